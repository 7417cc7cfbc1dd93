"""Where an organisation's name starts and ends, by the name's structure (round 17; after :mod:`nlp.span_edges`).

Each reader looks at the found organisation spans and a few words around them (linear in the names found);
none quotes a wording: they read legal forms (:mod:`nlp.legal_forms`, the registers' abbreviations), the
knowledge base and the spans the finders produced.

* **legal forms are left out and never a name alone** (the README: "Pvt Ltd", "Ltd", "Inc." are not part of the
  span): a span that is a legal form alone ("Ltd" of "Meridiem AI Ltd") goes; a guessed span that runs into
  the start of one ("Anvaya Pvt" of "Anvaya Pvt Ltd") ends before it;
* **a known acronym + a business noun is another company**: "SBI Investment", "KDB Capital", "NH Securities"
  (a group's subsidiary named by the group's acronym and its trade): read whole, as a new name, unless the longer
  string is itself in the knowledge base (then the gazetteer has found it already);
  round 26: so is a known brand written in full + a finance arm's trade ("Samsung Securities", "Samsung Venture
  Investment"; :data:`FINANCE_ARM`, fewer trades: "Apple Card" and "Google Finance" are products);
* **a connector inside an institution's name**: "Pontificia Universidad Católica" + "de Valparaíso", "Instituto
  Nacional" + "de Estadística" — a guessed name with an institution head word (university, institute, academy,
  agency, bank …, in the Romance and Germanic languages) followed by de/del/da/do/dos/des/di/du + one to three
  capitalised words (no "y"/"e" between: that is a list) continues the name even where a finder took the place
  after it for a name of its own; a KB name goes on only into a longer KB name;

:func:`not_names` reads three more constructions, each saying that a found span is no name at all (the one
implementation of these; round 17 had built them twice, here and in :mod:`nlp.typed_heads`, merged in dedupe17):

* **"<ORG> of <Place>"**: "Kumohane AI of Osaka" — a one-word guess right after a separate organisation and
  " of " is where that organisation is, not another one (a KB organisation stays);
* **a person whose surname is a lab's name**: "Chief executive Ingrid Skarvik", "Ingrid Skarvik (CEO)" — a
  one-word organisation (or a one-word model or benchmark guess without digits) right after a capitalised first
  name, with a role title before or a role after, is a person;
* **a lower-case description is not the name**: "BNDES, the Brazilian development bank" — a several-word KB
  match whose text writes a content word in lower case where none of the entry's names does is a description.

Round 21 (branch ents21) adds three edges of the same kind:

* **a country before a legal form is the local subsidiary's registration, not the name**: "Microsoft Kenya Ltd",
  "Quorvex Labs Brazil Ltda" — a span ending in a country name right before a legal form ends before the country
  (the parent is the organisation; a KB name of its own stays whole);
* **"St." inside a name**: "University of St" + ". Gallen" — a span ending in the abbreviation St / Ste / Mt / Ft,
  a full stop right after it and one capitalised word, goes on over the word (a sentence does not end there);
* **two bodies joined by "and"**: "University of Ostmarrow and Velliscar open ..." — a guessed institution span
  holding " and " ends before it when the passage also writes the first part elsewhere without that tail (the evidence that
  it is a name by itself; "University of Science and Technology" is never written cut).

``edits(text, ents, kb_names)`` takes (start, end, label, canonical, known, entry) rows and returns
``(moves, drops)``: moves as :func:`nlp.span_edges.edits` gives them (old start, old end, new start, new end,
canonical or None, known) and the (start, end) of spans to drop (legal forms alone). ``not_names(text, ents)`` takes
the same rows and returns the (start, end) of the spans above; :mod:`nlp.entities` calls it late, beside
:func:`nlp.typed_heads.not_names` (names cited as words), so that it sees the spans every finder has added.
"""
from __future__ import annotations

import re

from . import legal_forms
from .canonical import clean, key
from .demonyms import COUNTRIES
from .unknown import _UP

# a legal form written alone (the whole span): "Ltd", "Pvt Ltd", "Inc.", "GmbH" (the register abbreviations of nlp.legal_forms)
FORM_ALONE = re.compile(r"(?:" + "|".join(legal_forms._FORMS + legal_forms._CAPS) + r"|Pvt\.?|Pte\.?|Pty\.?|Sdn\.?)\Z")
# the sectors a group's subsidiaries are named by ("SBI Investment", "Mirae Asset Securities"): trades, not descriptions
BUSINESS = re.compile(r"[ ]((?:Investments?|Capital|Securities|Ventures|Bank|Banking|Insurance|Life|Asset[ ]Management|"
                      r"Holdings|Financial|Finance|Leasing|Payments|Partners|Trust|Card|Cards|Reinsurance|Assurance)"
                      r"(?:[ ](?:Co\.|Corporation|Company|International))?)(?![\w\-])")
# the trades a group's finance arms are named by after a brand written in full ("Samsung Securities", "Mirae Asset
# Management"): not "Card", "Pay" or "Finance", which follow a tech brand as its products ("Apple Card", "Google Finance"),
# nor "Investment" alone, a common noun in a headline ("Samsung Investment In X")
FINANCE_ARM = re.compile(r"[ ]((?:Securities|Venture[ ]Investment|Asset[ ]Management|Life[ ]Insurance)"
                         r"(?:[ ](?:Co\.|Corporation|Company))?)(?![\w\-])")
# institution head words (English, Romance, Germanic, Slavic): the first or second word of a body's name
INSTITUTION = frozenset("""University Universidad Universidade Università Universitat Université Universiteit Universität
Pontificia Pontifícia Pontifical Institute Instituto Institut Istituto Instytut Academy Academia Accademia Académie Akademie
Escuela Escola École Scuola Faculdade Facultad Facoltà Faculté Colegio Collegio Collège Centro Centre Center Consejo Conselho
Consiglio Conseil Fundación Fundação Fondazione Fondation Hospital Hôpital Ospedale Laboratorio Laboratório Laboratoire
Agencia Agência Agenzia Agence Banco Banca Banque Caixa Caja Cámara Câmara Camera Comisión Comissão Commissione Commission
Ministerio Ministério Ministero Ministère Secretaría Superintendencia Servicio Serviço Servizio Tribunal Tribunale Corte
Observatorio Observatório Museo Museu Biblioteca Bibliothèque Sociedad Sociedade Società Société Federación Federação""".split())
CONNECTOR = re.compile(rf"[ ](?:del|de[ ]la|de[ ]los|de[ ]las|della|dello|degli|delle|dei|di|de|da|do|dos|das|du|des)"
                       rf"[ ]([{_UP}][\w\-]+(?:[ ][{_UP}][\w\-]+){{0,2}})(?![\w\-])")
_NOT_CONTINUED = frozenset("The Il La El Le Los Las Les".split())
OF_PLACE = re.compile(r"[ ]of[ ]\Z")
# a role title before "<First> <Surname>": chief executive, chief economist, CEO, founder, professor, Dr ...
TITLE_BEFORE = re.compile(r"(?:\b(?:[Cc]hief[ ]executive(?:[ ]officer)?|[Cc]hief[ ]\w+[ ]officer|[Cc]hief(?:[ ][a-z]+)?|[Ee]xecutive|"
                          r"CEO|CTO|COO|CFO|[Cc]o-?[Ff]ounder|[Ff]ounder|"
                          r"[Pp]resident|[Cc]hair(?:man|woman|person)?|[Dd]irector|[Pp]rofessor|Prof\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|"
                          r"[Mm]anaging[ ]partner|[Hh]ead[ ]of[ ]\w+|[Ss]pokes(?:person|woman|man)|[Rr]esearcher|[Ss]cientist|"
                          r"[Ee]ngineer|[Mm]inister|[Ss]enator|[Ss]ecretary|[Aa]nalyst|[Mm]anager)[ ,]+)\Z")
ROLE_AFTER = re.compile(r"(?:[ ]?\((?:CEO|CTO|COO|CFO|founder|co-founder|chief|chair)|,[ ](?:the[ ]|its[ ]|our[ ])?"
                        r"(?:CEO|CTO|chief[ ]executive|founder|co-founder|chief[ ]\w+[ ]officer)\b)")
FIRST_NAME = re.compile(rf"(?<![\w\-.])([{_UP}][a-z\u00e0-\u024f]+)[ ]\Z")
_LOWER_OK = frozenset("""of for and the de del della di da do dos das du des la le les los las und für der van von for on in at
to y e et i och og og und""".split())


# an abbreviation that takes a full stop inside a name, then the next word: "St. Gallen", "Mt. Kenya"
ABBREV_END = re.compile(r"[ ](?:St|Ste|Mt|Ft)\Z")
ABBREV_GOES_ON = re.compile(rf"\.[ ]([{_UP}][\w\-]+)")


def _country_cut(text: str, s: int, e: int, kb_names: dict):
    """The end before "<Country>" in "<Name> <Country> <legal form>" ("Microsoft Kenya Ltd" -> "Microsoft"), or None."""
    head, _, last = text[s:e].rpartition(" ")
    if not head or last not in COUNTRIES or not legal_forms.SUFFIX.match(text, e):
        return None
    hit = kb_names.get(key(text[s:e]))
    return None if hit is not None and hit.label == "ORG" else s + len(head)


def _and_cut(text: str, s: int, e: int) -> int | None:
    """The end before " and " in a guessed "<Institution> of X and Y" whose first part the passage writes alone."""
    surface = text[s:e]
    i = surface.find(" and ")
    if i < 0 or surface.split(" ", 1)[0] not in INSTITUTION or " of " not in surface[:i]:
        return None
    first, tail = surface[:i], surface[i:]
    for m in re.finditer(re.escape(first), text):
        if m.start() != s and not text.startswith(tail, m.end()) and not text[m.end():m.end() + 1].isalnum():
            return s + i
    return None


_LINE_BREAK = re.compile(r"(?<=\w)[\-\u00ad][ \t]*\n[ \t]*(?=\w)")


def _form_alone(surface: str) -> bool:
    return FORM_ALONE.fullmatch(surface) is not None


def _cut_at_form(text: str, s: int, e: int) -> int | None:
    """Where a guessed span ends when a legal form starts inside it ("Anvaya Pvt" + " Ltd": after "Anvaya")."""
    i = text.find(" ", s, e)
    while 0 <= i < e:
        m = legal_forms.SUFFIX.match(text, i)
        if m and m.group("form") not in legal_forms.SHORT_FORMS and i > s:
            return i
        i = text.find(" ", i + 1, e)
    return None


def _descriptive(surface: str, entry) -> bool:
    """A several-word match that writes a content word in lower case where every name of the entry capitalises it."""
    surface = clean(_LINE_BREAK.sub("", surface))  # "Region Midtjyl-\nland": one word broken at a line's end
    words = surface.split()
    if len(words) < 2 or entry is None:
        return False
    low = [w for w in words if w[:1].islower() and w not in _LOWER_OK and len(w) >= 4]
    if not low:
        return False
    names = [entry.name, *entry.aliases]
    return not any(clean(surface) == n for n in names) and not any(any(w in n.split() for w in low) for n in names)


def edits(text: str, ents: list[tuple], kb_names: dict) -> tuple[list[tuple], set[tuple[int, int]]]:
    moves: list[tuple] = []
    drops: set[tuple[int, int]] = set()
    starts = {s for s, *_ in ents}
    ends = {e: (s, lab, known) for s, e, lab, _, known, _ in ents}
    by_start = {s: (s, e, lab, known) for s, e, lab, _, known, _ in ents}
    for s, e, label, canon, known, entry in ents:
        if label != "ORG":
            continue
        surface = text[s:e]
        if _form_alone(surface):  # "Ltd" of "Meridiem AI Ltd"
            drops.add((s, e))
            continue
        if not known and " " in surface and not legal_forms.SPAN_TAKES_SUFFIX:
            cut = _cut_at_form(text, s, e)
            if cut is not None:  # "Anvaya Pvt" (+ " Ltd"): "Anvaya"
                moves.append((s, e, s, cut, clean(text[s:cut]), False))
                continue
        if known and _descriptive(surface, entry):  # a description: not_names drops it
            continue
        cut = _country_cut(text, s, e, kb_names)
        if cut is not None:  # "Microsoft Kenya" (+ " Ltd"): "Microsoft"
            hit = kb_names.get(key(text[s:cut]))
            if hit is not None and hit.label == "ORG":
                moves.append((s, e, s, cut, hit.name, True))
            else:
                moves.append((s, e, s, cut, clean(text[s:cut]), False))
            continue
        if ABBREV_END.search(surface) and (m := ABBREV_GOES_ON.match(text, e)) and m.end() not in ends \
                and not any(e < x < m.end() for x in starts):
            moves.append((s, e, s, m.end(), clean(text[s:m.end()]), False))  # "University of St. Gallen"
            continue
        if not known and " and " in surface:
            cut = _and_cut(text, s, e)
            if cut is not None:  # "University of Ostmarrow and Velliscar": the university
                moves.append((s, e, s, cut, clean(text[s:cut]), False))
                continue
        if known and (surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 6 or surface.isalpha() and surface.istitle()):
            m = BUSINESS.match(text, e) if surface.isupper() else FINANCE_ARM.match(text, e)
            if m and not any(e < x < m.end() for x in starts) and kb_names.get(key(text[s:m.end()])) is None:
                moves.append((s, e, s, m.end(), clean(text[s:m.end()]), False))  # "SBI Investment"
                continue
        words = surface.split(" ")
        if len(words) >= 2 and (words[0] in INSTITUTION or words[1] in INSTITUTION):
            m = CONNECTOR.match(text, e)
            if m and m.group(1).split()[0] not in _NOT_CONTINUED:
                inner = [by_start[x] for x in starts if e < x < m.end()]
                # what lies inside must be inside whole and a guess or a one-word name (a place taken for a name)
                if all(ie <= m.end() and (not ik or " " not in text[x:ie]) for x, ie, _, ik in inner) \
                        and not any(e < x < m.end() for x in ends if x not in {ie for _, ie, _, _ in inner}):
                    hit = kb_names.get(key(text[s:m.end()]))
                    if hit is not None and hit.label == "ORG":
                        moves.append((s, e, s, m.end(), hit.name, True))
                    elif not known:  # a KB name is whole: "Servicio de Impuestos Internos" + "de Chile" stays apart
                        moves.append((s, e, s, m.end(), clean(text[s:m.end()]), False))
                    continue
    return moves, drops


def not_names(text: str, ents: list[tuple]) -> set[tuple[int, int]]:
    """(start, end) of the rows ((start, end, label, canonical, known, entry)) that are no name: the place of
    "<ORG> of <City>", a person's surname after a first name and a role, a KB body's lower-case description."""
    drops: set[tuple[int, int]] = set()
    ends = {e: lab for _, e, lab, *_ in ents}
    for s, e, label, canon, known, entry in ents:
        if label not in ("MODEL", "ORG", "BENCHMARK"):
            continue
        surface = text[s:e]
        if " " in surface:
            if label == "ORG" and known and _descriptive(surface, entry):  # "the Brazilian development bank"
                drops.add((s, e))
            continue
        # a one-word organisation not in capitals, or a one-word guess without digits (a model's or benchmark's too)
        if not (label == "ORG" and not surface.isupper() or not known and not any(ch.isdigit() for ch in surface)):
            continue
        if label == "ORG" and not known and OF_PLACE.search(text, max(0, s - 4), s) and ends.get(s - 4) == "ORG":
            drops.add((s, e))  # "Kumohane AI of Osaka": the lab's city
            continue
        f = FIRST_NAME.search(text, max(0, s - 20), s)
        if f and f.group(1) not in INSTITUTION and not any(x < s and y > f.start(1) for x, y, *_ in ents):
            if TITLE_BEFORE.search(text, max(0, f.start(1) - 40), f.start(1)) or ROLE_AFTER.match(text, e):
                drops.add((s, e))  # "Chief executive Ingrid Skarvik": a person
    return drops
