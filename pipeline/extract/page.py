"""Main text and metadata of one article page.

``extract(html, url, hints=None, encoding=None) -> dict`` returns one ``articles`` record and
never raises. The page is decoded once (``textclean.decode_html``), parsed once with lxml and
that tree is shared by the metadata readers (``metadata.py``) and the text extractors.

Text strategy (``text_source`` says which one won: ``trafilatura``, ``readability``,
``json-ld`` or ``paragraphs``):

1. ``trafilatura`` in default mode (its own readability/jusText comparison on), comments off;
   its blocks are then cleaned (``clean_blocks``): kicker, headline, standfirst and dateline at
   the top, boilerplate lines (share/newsletter/cookie/"Leave a Comment"/contact lines…),
   "Don't miss"/"Related" teaser boxes and trailing link lists go.
2. ``readability`` runs on a copy of the same tree where its reasons are likely (not on pages
   of links; the ``gate`` rule) and is cleaned the same way; ``prefer_readability`` names the
   evidence when it is the article instead: it covers more of the JSON-LD ``articleBody``, it
   holds the meta description (the lede) and trafilatura does not, it holds trafilatura's text
   and adds prose paragraphs, trafilatura found only a short teaser, it lies inside
   trafilatura's text and what that adds is not prose, or it holds trafilatura's text and adds the
   section heads / lists / paragraphs trafilatura dropped between paragraphs both keep
   (``inner-structure``; readability's blocks keep their kind, ``readability_blocks``).
3. JSON-LD ``articleBody`` wins when it contains the extracted text and is clearly longer
   (the visible page was cut), or when almost nothing else was found.
4. Pathological documents (> ``MAX_ELEMENTS`` elements) only get a cheap paragraph pass.

Field precedence ("structured page data first, then hints, then url/text"):

* published: JSON-LD ``datePublished`` > meta tags / microdata (``article:published_time``,
  ``itemprop=datePublished``…) > hints (source ``feed``/``sitemap`` from ``date_source``) >
  first ``<time datetime>`` (``time-tag``) > date in the URL (``url``, 00:00Z) > a visible
  "Posted on …"/dateline date (``text``, 00:00Z). modified: JSON-LD > meta > hints.
  All times are UTC ``YYYY-MM-DDTHH:MM:SSZ``; naive times are taken as UTC.
* title: JSON-LD headline > og:title > ``<title>`` (the h1 when it is the title's first part,
  else minus " | Site" suffixes) > h1 > hints.
* authors: JSON-LD (Person only) > meta author > hints > rel=author / byline markup.
* tags: page tags (JSON-LD keywords, article:tag, rel=tag) followed by hint tags, deduplicated.
* language: html lang > og:locale > content-language > JSON-LD inLanguage > stopword guess.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from copy import deepcopy
from functools import cached_property

import lxml.html
from lxml import etree

from pipeline.extract import metadata as md
from pipeline.extract.textclean import clean_line, clean_text, decode_html, word_count

EXTRACTOR_VERSION = "2026.12.4"   # forum threads lose their profile fields; 2026.12.3: readability also wins by inner-structure, teaser boxes and trailing teaser lists (issue 21)

LOGGER = logging.getLogger(__name__)

KEYS = (
    "url", "canonical_url", "title", "authors", "published", "published_source", "modified",
    "modified_source", "language", "site_name", "description", "text", "word_count", "image",
    "tags", "paywalled", "page_type", "text_source",
)

MAX_BYTES = 8_000_000  # larger documents are truncated before parsing
MAX_ELEMENTS = 30_000  # above this, only a cheap paragraph pass runs (real articles have ~1-5k)

# Every cleanup or fallback rule by name; ``extract(..., disabled={name})`` switches one off so that
# ``bench/extraction.py`` can show what each earns on each development set (issue 21).
RULES = {
    "kicker": "drop short blocks above the headline (section label, kicker)",
    "headline": "drop the headline repeated as the first block",
    "standfirst": "drop the meta description shown as a standfirst above the body",
    "dateline": "drop a dateline before the first paragraph",
    "teaser-box": "skip a 'Related' / 'Don't miss' box and its linked teasers (up to a heading or list item without links)",
    "boilerplate": "drop short share/newsletter/cookie/credit lines",
    "trailing-links": "drop trailing headings, link-only paragraphs and link-dense (teaser) lists",
    "forum-profile": "on a forum thread (profile fields beside posts), drop the fields, member titles, user names and "
                     "'Posted:' lines",
    "readability": "run readability as a second candidate",
    "links-page": "no readability on a page of links (home, tag, section page)",
    "gate": "readability only where one of its reasons can apply (for speed; it also keeps some wrong switches away)",
    "json-ld-agree": "readability wins when it covers more of the JSON-LD articleBody",
    "lede": "readability wins when it holds the meta description (the lede) and trafilatura does not",
    "readability-longer": "readability wins when it holds trafilatura's text and adds prose paragraphs",
    "short-vs-article": "readability wins over a short trafilatura text (teaser, bio) when it is 4x longer prose",
    "clean-subset": "readability wins when it lies inside trafilatura's text and what that adds is not prose",
    "inner-structure": "readability wins when it holds trafilatura's text and adds headings, list items or prose "
                       "between the paragraphs both hold (not captions, not repeats, little at the edges)",
    "json-ld-body": "JSON-LD articleBody wins when it holds the visible text and is longer",
}


def empty_record(url: str) -> dict:
    return {
        "url": url, "canonical_url": None, "title": None, "authors": [], "published": None,
        "published_source": None, "modified": None, "modified_source": None, "language": None,
        "site_name": None, "description": None, "text": "", "word_count": 0, "image": None,
        "tags": [], "paywalled": False, "page_type": "empty", "text_source": None,
    }


def extract(html: bytes | str, url: str, *, hints: dict | None = None, encoding: str | None = None,
            disabled: frozenset = frozenset()) -> dict:
    """Extract one article record from ``html``; never raises (worst case: ``page_type="empty"``).
    ``disabled``: names from ``RULES`` switched off (for the benchmark's ablation)."""
    try:
        return _extract(html, url, hints if isinstance(hints, dict) else {}, encoding, disabled)
    except RecursionError:
        LOGGER.warning("extract: document too deeply nested: %s", url)
    except Exception:  # noqa: BLE001 - the contract is "never raises"
        LOGGER.exception("extract failed: %s", url)
    rec = empty_record(url)
    _apply_hints_only(rec, hints if isinstance(hints, dict) else {})
    return rec


# --- parsing --------------------------------------------------------------------------
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)


def parse_html(html: bytes | str, encoding: str | None = None):
    """Decode and parse once; returns an lxml root or None."""
    if html is None:
        return None
    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html)
    if not isinstance(html, (bytes, str)):
        return None
    if len(html) > MAX_BYTES:
        html = html[:MAX_BYTES]
    text, _ = decode_html(html, encoding)
    text = _XML_DECL.sub("", text.replace("\x00", ""))
    if not text.strip():
        return None
    tree = _parse(text)
    if tree is not None and _lost_to_nesting(tree, text):
        # libxml2 drops everything below ~255 levels of nesting; wrapper tags carry no text,
        # so without them the page parses whole.
        flat = _parse(_WRAPPER_TAGS.sub(" ", text))
        if flat is not None:
            tree = flat
    return tree


_WRAPPER_TAGS = re.compile(r"</?(?:div|span|font|center|section|b|i|em|strong|small|big|u)(?:\s[^>]*)?>", re.I)
_SCRIPTS = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def _parse(text: str):
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, huge_tree=False)
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None


def _lost_to_nesting(tree, text: str) -> bool:
    """True when the parsed tree holds far less text than the markup (deep nesting cut off)."""
    if len(text) < 5000 or text.count("<") < 500:
        return False
    parsed = len(" ".join(tree.text_content().split()))
    if parsed * 5 > len(text):
        return False
    visible = len(" ".join(_TAG.sub(" ", _SCRIPTS.sub(" ", text)).split()))
    return visible > 200 and parsed < visible * 0.5


# --- text candidates ------------------------------------------------------------------
_BLOCK_TAGS = {"p", "head", "list", "quote", "code", "table"}


def _flatten_layout_tables(body):
    """Yield output blocks; a table used for layout (cells holding paragraphs) yields its
    cells' blocks instead, so paragraphs stay apart and navigation rows can be judged alone."""
    for el in body:
        if el.tag != "table" or not any(c.tag in _BLOCK_TAGS for cell in el.iter("cell") for c in cell):
            yield el
            continue
        for cell in el.iter("cell"):
            loose = etree.Element("p")
            for child in cell:
                if child.tag in _BLOCK_TAGS:
                    if len(loose) or (loose.text or "").strip():
                        yield loose
                        loose = etree.Element("p")
                    yield child
                elif child.tag != "table":
                    loose.append(deepcopy(child))
            if (cell.text or "").strip():
                loose.text = cell.text + (loose.text or "")
            if len(loose) or (loose.text or "").strip():
                yield loose


def trafilatura_blocks(tree, url: str, precision: bool = False, fast: bool = False) -> list[tuple[str, str, float]]:
    """``[(tag, text, link_density)]`` from trafilatura's output tree (empty on failure).

    Default mode (``fast=False``): trafilatura compares its own result with its readability and
    jusText fallbacks; fast mode skips that and lost 0.013 F1 on the 2025 development set. Links
    are not asked for (``include_links=True`` changes what trafilatura keeps: 0.92 → 0.52 F1 on a
    blog page of the tuning set); each block's link density comes from the page's anchors instead."""
    import trafilatura
    from trafilatura.xml import xmltotxt

    anchors = _Anchors(tree)
    try:
        doc = trafilatura.bare_extraction(
            tree, url=None, fast=fast, include_comments=False, include_links=False,
            include_tables=True, favor_precision=precision, with_metadata=False, deduplicate=False,
        )
    except Exception:  # noqa: BLE001
        LOGGER.debug("trafilatura failed on %s", url, exc_info=True)
        return []
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return []
    blocks = []
    for el in _flatten_layout_tables(body):
        if not isinstance(el.tag, str):
            continue
        # trafilatura's own serialisation (our earlier one repeated nested table cells and joined
        # a heading to the paragraph after it inside list items)
        lines = (clean_line(x) for x in xmltotxt(el, False).split("\n"))
        txt = "\n".join(c[2:] if el.tag == "list" and c.startswith("- ") else c for c in lines if c)
        if txt:
            blocks.append((el.tag, txt, anchors.density(txt)))
    return blocks


class _Anchors:
    """The page's link texts, to tell how much of an output block sits inside links. Only lines of
    at most ``LONG`` characters are looked at: link density matters for short lines (link lines,
    teasers, lists of links); a long line counts as prose."""

    LONG = 200

    def __init__(self, tree):
        self.exact: set[str] = set()
        self.by_first: dict[str, list[str]] = {}
        for a in tree.iter("a"):
            t = " ".join(a.text_content().split())
            if len(t) < 3 or t in self.exact:
                continue
            self.exact.add(t)
            self.by_first.setdefault(t.split(" ", 1)[0], []).append(t)

    def density(self, txt: str) -> float:
        linked = 0
        for line in txt.split("\n"):
            if len(line) > self.LONG:
                continue
            if line in self.exact:
                linked += len(line)
                continue
            found = 0
            for word in set(line.split()):
                for t in self.by_first.get(word, ()):
                    if t in line:
                        found += len(t)
            linked += min(found, len(line))
        return min(1.0, linked / max(1, len(txt)))


def readability_blocks(tree) -> list[tuple[str, str]]:
    """readability's article as ``[(kind, text)]``; kind is ``head`` (h2-h6), ``item`` (li, dt, dd),
    ``caption`` (figcaption), ``row`` (tr) or ``p`` (paragraphs and loose text). Empty on failure."""
    try:
        html = _text_document()(deepcopy(tree)).summary(html_partial=True)
        frag = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001
        return []
    out: list[tuple[str, str]] = []

    def walk(el):
        if not isinstance(el.tag, str):
            return
        kind = _READ_KINDS.get(el.tag)
        if kind:
            txt = clean_line(el.text_content())
            if txt:
                out.append((kind, txt))
            return
        if el.text and el.text.strip():
            out.append(("p", clean_line(el.text)))
        for child in el:
            walk(child)
            if child.tail and child.tail.strip():
                out.append(("p", clean_line(child.tail)))

    walk(frag)
    return [(k, t) for k, t in out if t]


def _text_document():
    """readability's ``Document`` for text only. Its own ``_parse`` runs an lxml ``Cleaner`` with
    ``javascript=True``, which rewrites every link and attribute on the page (a quarter to a half of
    readability's time); for the text that pass changes nothing, so this one cleans the same way
    without it (same hidden / display:none removal, same scripts/styles/comments/links removal).
    The texts were compared on all 623 tuning pages: identical."""
    global _TextDocument
    if _TextDocument is None:
        from readability import Document
        from readability.cleaners import html_cleaner
        from readability.readability import REGEXES

        cleaner = deepcopy(html_cleaner)
        cleaner.javascript = False

        class _TextDocument(Document):
            def _parse(self, input):  # noqa: A002 - readability's signature
                doc, self.encoding = input, "utf-8"
                for elem in doc.xpath("//*[@hidden]"):
                    elem.drop_tree()
                for elem in doc.xpath("//*[@style]"):
                    if REGEXES["displayNoneRe"].search(elem.get("style")):
                        elem.drop_tree()
                return cleaner.clean_html(doc)
    return _TextDocument


_TextDocument = None
_READ_KINDS = {"p": "p", "blockquote": "p", "pre": "p", "h2": "head", "h3": "head", "h4": "head", "h5": "head",
               "h6": "head", "li": "item", "dd": "item", "dt": "item", "tr": "row", "figcaption": "caption"}


# Short lines that are page furniture, not article prose.
_BOILER = re.compile(
    r"^(?:advertisement|advertising|sponsored|related(?: articles| posts| stories| content)?|"
    r"read more|read next|more from|see also|recommended(?: for you)?|you (?:may|might) also like|"
    r"trending(?: now)?|most (?:popular|read)|leave a (?:comment|reply)|post a comment|"
    r"share(?: this)?(?: article| story| post)?|share on \w+|tweet|print(?: article)?|order reprints|"
    r"email|comments?|\d+ comments?|sign up|subscribe(?: now)?|thanks for signing up!?|sorry!?|"
    r"click here.*|follow us.*|corrections?\?.*|.*\be-?mail the (?:author|editor|reporter)\b.*|"
    r"write to the (?:author|editor).*|like this story\?.*|image:.*|photo:.*|credit:.*|image source:.*|"
    r"(?:have a tip\?.*)?\S.{0,80}(?:may|can) be reached at .*|follow (?:him|her|them|me|us) on (?:twitter|facebook|instagram).*|"
    r"(?:image|photo|picture)s?\s*(?:credit|courtesy|via|by)\b.*|getty images|"
    r"all rights reserved\.?|copyright\b.*|©.*|\(c\) .*|"
    r"this (?:copy|material) is for your personal,? non-commercial use only.*|"
    r"an error has occurred.*|there was an error.*|thank you!?|"
    r"also on [\w.]+\b.*|read also:?.*|tags?:.*|filed under:?.*|categories:.*|"
    r"we use cookies.*|this (?:web)?site uses cookies.*|accept (?:all )?cookies|"
    r"(?:sign up for|subscribe to|get) (?:our|the) [\w\s-]{0,40}newsletter.*|"
    r"newsletter|by signing up,? you agree.*|enter your email.*|"
    r"posted (?:on|in|by)\b.*|published (?:on|by)\b.*|updated (?:on|at)?\s*[\d:apm. ]+.*|"
    r"by [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:,? and [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})?)$",
    re.I,
)
_BOILER_ANY = re.compile(
    r"(?:you must be logged in to post a comment|your email address will not be published|"
    r"required fields are marked|this article (?:has been|was) sent to|"
    r"keep an eye on your inbox|to order presentation-ready copies|share (?:it )?with a friend|"
    r"subscribe (?:now )?to (?:continue|keep) reading|already a subscriber\?|"
    r"you have reached (?:your|the) (?:limit|maximum)|to read the full (?:article|story)|"
    r"delivered (?:to|through|into) your (?:inbox|letterbox|door)|sign up for .{0,50}newsletter|"
    r"click here (?:for more|to subscribe|to sign up|to register))",
    re.I,
)
_WORDS = re.compile(r"\w+")
# headings that open a block of teasers to other pages
_TEASER_HEAD = re.compile(
    r"^(?:don'?t miss|top stories|partner news|related(?: \w+)?|more (?:from|on|in|stories|news)\b.*|"
    r"read (?:more|next|also)|recommended(?: \w+)?|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|"
    r"popular (?:stories|posts|now)|latest (?:news|stories|posts)|you (?:may|might) also like|"
    r"(?:other|similar) (?:stories|articles|posts)|editor'?s picks|see also|also read|in case you missed it)"
    r"\s*[:.!]?$", re.I)
# forum posts' profile fields ("Joined: 14 Feb 2024", "Messages 1,204"), member titles and post headers
_PROFILE_FIELD = re.compile(
    r"(?:joined|member since|posts|messages|threads|location|reaction score|likes(?: received)?|"
    r"(?:trophy )?points|reputation|karma|solutions)\b\s*:?\s*"
    r"(?:[A-Z]?[a-z]{2,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{4}|[\d.,]+[km]?|"
    r"[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,2})"
    r"(?=\s|$)", re.I)
_MEMBER_TITLE = re.compile(
    r"^(?:(?:new|junior|senior|full|well-known|active|registered|veteran|elite|regular|premium|verified|banned)\s+)?"
    r"(?:member|user|moderator|administrator|admin|super moderator|guest|contributor|author|message|messages|topic)$|"
    r"^posted:?\s.{0,120}$", re.I)


def _profile_block(txt: str) -> int:
    """How many profile fields make up ``txt`` (0 when it holds anything else)."""
    found = _PROFILE_FIELD.findall(txt)
    return len(found) if found and not _PROFILE_FIELD.sub("", txt).strip(" \t|·•,;") else 0


def _drop_forum_profiles(blocks: list) -> list:
    """A forum thread's profile fields, member titles, user names and post headers around its posts:
    only when blocks made of profile fields hold at least three of them, of two kinds or more (a
    "Location:" line in an article, or two field lines, are left alone)."""
    fields = [_profile_block(b[1]) for b in blocks]
    kinds = {m.group(0).split()[0].lower().rstrip(":") for b, f in zip(blocks, fields) if f
             for m in _PROFILE_FIELD.finditer(b[1])}
    if sum(fields) < 3 or len(kinds) < 2:
        return blocks
    furniture = [bool(f) or bool(_MEMBER_TITLE.match(b[1].strip())) for b, f in zip(blocks, fields)]
    out = []
    for i, b in enumerate(blocks):
        # a user name: one short word beside the profile block it belongs to
        name = len(b[1].split()) == 1 and len(b[1]) <= 30 and any(
            0 <= j < len(blocks) and furniture[j] for j in (i - 1, i + 1))
        if not (furniture[i] or name):
            out.append(b)
    return out


_DATELINE = re.compile(r"^(?:(?:posted|published|updated|by)\b.*|[\w ,.:]*\d{4}[\w ,.:|]*)$", re.I)


def _norm(s: str) -> str:
    return " ".join(_WORDS.findall(s.lower()))


def clean_blocks(blocks, title: str | None, h1: str | None, dek: str | None = None,
                 dek_is_standfirst: bool = False, off: frozenset = frozenset()) -> list[tuple[str, str, float]]:
    """Drop headline/dateline/standfirst at the top, boilerplate lines and trailing link lists
    (each a rule of ``RULES``; ``off`` names those switched off)."""
    heads = {_norm(t) for t in (title, h1) if t} if "headline" not in off else set()
    dek = _norm(dek or "") if "standfirst" not in off else ""
    # a kicker / section label above the headline: drop everything up to the headline
    for j, (_tag, txt, _ld) in enumerate(blocks[:5] if "kicker" not in off else ()):
        if heads and _norm(txt) in heads:
            if j and all(len(b[1].split()) <= 8 for b in blocks[:j]):
                blocks = blocks[j:]
            break
    if "forum-profile" not in off:
        blocks = _drop_forum_profiles(list(blocks))
    out = []
    skipping = False
    for i, (tag, txt, ld) in enumerate(blocks):
        n = _norm(txt)
        if not n:
            continue
        nwords = n.count(" ") + 1
        if nwords <= 6 and "teaser-box" not in off and _TEASER_HEAD.match(txt.strip()):
            skipping = True  # a "Don't miss" / "Related" box: skip its teasers
            continue
        if skipping:
            # a short heading or list item without links ends the box (the article's next section);
            # a short paragraph without links is a teaser's summary line and does not
            if ld > 0.3 or (nwords < 30 and (ld > 0 or tag not in ("head", "item", "list"))):
                continue
            skipping = False
        if not out and heads and (n in heads or any(h and (n == h or (nwords >= 4 and n in h)) for h in heads)):
            continue  # the headline repeated as first block
        if not out and dek and n == dek and len(blocks) - i >= 3 and dek_is_standfirst:
            continue  # the standfirst (= meta description) above the body
        if not out and nwords <= 12 and len(blocks) - i >= 2 and "dateline" not in off \
                and _DATELINE.search(txt) and md.text_date(txt):
            continue  # a dateline before the first paragraph
        if nwords <= 60 and "boilerplate" not in off and (
                (nwords <= 25 and _BOILER.match(txt)) or _BOILER_ANY.search(txt)):
            continue
        # (no rule drops link lists or link lines in the middle: it cost 0.0044 F1 on the 2025 set's
        # tuning part for 0.0001 on the 2019 set's, whose ground truth keeps such lists; issue 21)
        out.append((tag, txt, ld))
    # trailing short headings, link-only paragraphs and lists of linked teasers (headline + one line each)
    # after the article's paragraphs (a page that is only such lists is a listing, and keeps them)
    while out and "trailing-links" not in off and (out[-1][0] == "head" or (out[-1][2] > 0.5 and len(out[-1][1]) < 200)
                                                   or (out[-1][0] == "list" and out[-1][2] > 0.3
                                                       and any(b[0] == "p" for b in out[:-1]))):
        out.pop()
    return out


_DEK_CLASS = re.compile(r"dek|standfirst|sub-?(?:head|title)|summary|excerpt|intro|lede|lead|descr|teaser|strap|"
                        r"deck|synopsis|abstract|kicker", re.I)


def is_standfirst(tree, dek: str) -> bool:
    """Is the meta description shown as a standfirst (a heading or a dek-classed element),
    rather than being simply the article's first paragraph?"""
    want = _norm(dek)
    for el in tree.iter("h2", "h3", "p", "div", "span", "header"):
        txt = el.text_content()
        if len(txt) > 2 * len(dek) + 40 or _norm(txt) != want:
            continue
        if el.tag in ("h2", "h3"):
            return True
        for node in (el, el.getparent()):
            if node is not None and _DEK_CLASS.search((node.get("class") or "") + " " + (node.get("id") or "")):
                return True
    return False


def _shingles(text: str, n: int = 4) -> Counter:
    toks = _WORDS.findall(text.lower())
    return Counter(tuple(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1)))


def _containment(a: str, b: str) -> float:
    """Share of ``a``'s 4-shingles that also occur in ``b`` (0 when ``a`` is empty)."""
    sa = _shingles(a)
    if not sa:
        return 0.0
    sb = _shingles(b)
    return sum((sa & sb).values()) / sum(sa.values())


_PROSE_XPATH = etree.XPath(
    "//p[not(ancestor::nav or ancestor::footer or ancestor::header or ancestor::aside"
    " or ancestor::form or ancestor::*[contains(@class,'comment')])]"
)


def prose_words(tree) -> int:
    """Words in paragraphs of at least 12 words outside nav/footer/aside/comments."""
    total = 0
    for p in _PROSE_XPATH(tree):
        n = len(_WORDS.findall(p.text_content()))
        if n >= 12:
            total += n
    return total


_STRUCTURE_XPATH = etree.XPath(
    "//body//*[self::h2 or self::h3 or self::h4 or self::ul or self::ol]"
    "[not(ancestor::nav or ancestor::footer or ancestor::header or ancestor::aside or ancestor::form)]")


def dropped_structure(tree, traf: str) -> int:
    """Words of headings and lists that trafilatura left out although a paragraph right next to them
    is in its text: the article's own section heads and bullet lists (trafilatura drops them on many
    2025 pages), a reason to ask readability, which keeps them."""
    kept = _norm(traf)
    words = 0
    for el in _STRUCTURE_XPATH(tree):
        t = _norm(el.text_content())
        if not t or t in kept:
            continue
        for sib in (el.getprevious(), el.getnext()):
            if sib is not None and sib.tag == "p":
                st = _norm(sib.text_content())
                if len(st) > 80 and st in kept:
                    words += t.count(" ") + 1
                    break
    return words


def choose_text(tree, page: md.Page, title: str | None, url: str, off: frozenset = frozenset()) -> tuple[str, str, dict]:
    """Return ``(text, text_source, signals)``."""
    h1 = None
    for el in tree.iter("h1"):
        h1 = clean_line(el.text_content())
        break
    if tree.xpath("count(//*)") > MAX_ELEMENTS:
        # pathological size: full extractors would take seconds; keep the paragraphs
        paras = [clean_line(p.text_content()) for p in _PROSE_XPATH(tree)]
        text = "\n\n".join(p for p in paras if len(p.split()) >= 3)
        return text, ("paragraphs" if text else None), {"prose_words": word_count(text)}
    dek = md.description(page)
    raw_blocks = trafilatura_blocks(tree, url)
    standfirst = bool(dek and raw_blocks and _norm(dek) in {_norm(b[1]) for b in raw_blocks[:3]}
                      and is_standfirst(tree, dek))
    blocks = clean_blocks(raw_blocks, title, h1, dek, standfirst, off)
    traf = "\n\n".join(b[1] for b in blocks)
    tw = word_count(traf)
    signals = {"trafilatura_words": tw}

    body = md.jsonld_value(page, "articleBody")
    body = clean_text(md._strip_tags(body)) if isinstance(body, str) else ""
    bw = word_count(body)

    text, source = traf, "trafilatura"
    pw = prose_words(tree)
    signals["prose_words"] = pw
    run_readability = "readability" not in off
    if run_readability and tw < 60 and bw < 60 and "links-page" not in off and _link_share(tree) > 0.5:
        run_readability = False  # a page of links (home, tag, section page): no article for readability to find
    if run_readability and "gate" not in off:
        # readability takes twice trafilatura's time: run it only where prefer_readability's reasons
        # are likely (a short text, one unlike the page's paragraph prose in size, a JSON-LD body not
        # in it). Not when only the lede is missing: meta descriptions are mostly rewritten summaries
        # found nowhere on the page (61% of the tuning pages), and the lede alone rarely decides.
        # Also when the page has section heads or lists right next to paragraphs trafilatura kept, but
        # trafilatura dropped them (``inner-structure``'s case; its 10% threshold is on words of
        # readability's additions, 3% of dropped heads/lists runs readability on ~24% of the 2025 tuning
        # pages instead of 32% at any 10 words, for 0.0005 F1 there).
        run_readability = tw < 60 or pw > 1.3 * tw or tw > 2 * pw + 100 \
            or (bw >= 60 and _containment(body, traf) < 0.9) or dropped_structure(tree, traf) >= max(10, 0.03 * tw)
    if run_readability:
        rb = [(k, clean_text(t)) for k, t in readability_blocks(tree)]
        anchors = _Anchors(tree)
        rb = clean_blocks([(k, t, anchors.density(t)) for k, t in rb if t], title, h1, dek, standfirst, off)
        read = "\n\n".join(b[1] for b in rb)
        signals["readability_words"] = word_count(read)
        reason = prefer_readability(traf, read, dek, body, off, [(b[0], b[1]) for b in rb])
        signals["reason"] = reason
        if reason:
            text, source = read, "readability"
    cw = word_count(text)
    signals["visible_words"] = cw
    if bw and "json-ld-body" not in off and (cw < 30 or (bw > 1.3 * cw and _containment(text, body) >= 0.7)):
        text, source = body, "json-ld"
    return text, (source if text else None), signals


_SENTENCE_END = re.compile(r"[.!?…\"”’)]$")


def _additions(a: str, b: str) -> tuple[int, int, int]:
    """What text ``a`` adds to text ``b``: ``(words, words in prose paragraphs, repeated paragraphs)``.
    A prose paragraph has at least 15 words and ends a sentence; captions, bylines, "Updated",
    link labels and table rows do not."""
    sb = _shingles(b)
    words = prose = repeated = 0
    seen = set()
    for para in a.split("\n\n"):
        repeated += para in seen
        seen.add(para)
        sa = _shingles(para)
        if sa and sum((sa & sb).values()) >= 0.5 * sum(sa.values()):
            continue
        n = word_count(para)
        words += n
        if n >= 15 and _SENTENCE_END.search(para):
            prose += n
    return words, prose, repeated


def prefer_readability(traf: str, read: str, dek: str | None, body: str, off: frozenset = frozenset(),
                       read_blocks: list[tuple[str, str]] | None = None) -> str | None:
    """Why readability's text, rather than trafilatura's, is the article (a ``RULES`` name), or None.

    Evidence, not word overlap alone: what the page says its article is (JSON-LD ``articleBody``,
    the meta description = the lede), and whether what one candidate adds to the other is prose.
    Measured on the tuning parts of both development sets (bench/RESULTS.md). ``read_blocks``:
    readability's ``[(kind, text)]`` (``readability_blocks``), whose paragraphs make ``read``."""
    tw, rw = word_count(traf), word_count(read)
    if not rw:
        return None
    if not tw:
        return "readability"
    if "json-ld-agree" not in off and word_count(body) >= 60 \
            and _containment(body, read) >= _containment(body, traf) + 0.1:
        return "json-ld-agree"  # the page's own structured copy of the article is more in readability's
    if "lede" not in off and rw >= 60 and word_count(dek or "") >= 8 \
            and _containment(dek, read) >= _containment(dek, traf) + 0.3:
        return "lede"  # readability holds the page's summary (usually the lede), trafilatura does not
    if rw > 1.25 * tw:
        words, prose, repeated = _additions(read, traf)
        paras = read.count("\n\n") + 1
        adds_prose = words and prose >= 0.5 * words and repeated <= 0.05 * paras
        if "readability-longer" not in off and adds_prose and (tw < 30 or _containment(traf, read) >= 0.7):
            return "readability-longer"  # holds trafilatura's text and adds paragraphs of prose
        if "short-vs-article" not in off and adds_prose and tw < 60 and rw >= 4 * tw:
            return "short-vs-article"  # trafilatura found a teaser or author bio; readability the article
    if "clean-subset" not in off and tw > 1.25 * rw and rw >= 50 and _containment(read, traf) >= 0.9:
        # The only case where a long text is replaced by a short one: the short one lies inside it and
        # what the long one adds is not prose (menus, link lists, short lines of a whole-page dump).
        # A long article that readability cut short keeps its prose paragraphs, and stays.
        words, prose, _ = _additions(traf, read)
        if prose <= 0.1 * words:
            return "clean-subset"
    if "inner-structure" not in off and rw > tw >= 30 and _containment(traf, read) >= 0.8:
        inner, edge = _inner_additions(traf, read_blocks or [("p", p) for p in read.split("\n\n")])
        structure = inner["head"] + inner["item"] + inner["p"] + inner["row"]
        if structure >= 0.1 * tw and edge <= 0.05 * rw and inner["junk"] <= 0.5 * structure:
            # trafilatura dropped the article's own section heads / lists / paragraphs between
            # paragraphs it kept; additions at the ends (bios, teasers, comments) do not count
            return "inner-structure"
    return None


def _inner_additions(traf: str, read_blocks: list[tuple[str, str]]) -> tuple[Counter, int]:
    """What readability adds to trafilatura's text: ``(words by kind between the first and last block
    both hold, words before the first or after the last)``. Kinds as ``readability_blocks``; a short
    paragraph that does not end a sentence (caption, credit, "Image 1 of 5") or a block readability
    repeats (a caption shown twice) counts as ``junk``."""
    st = _shingles(traf)
    shared = []
    for _kind, txt in read_blocks:
        sp = _shingles(txt)
        shared.append(bool(sp) and sum((sp & st).values()) >= 0.5 * sum(sp.values()))
    idx = [i for i, x in enumerate(shared) if x]
    if not idx:
        return Counter(), sum(word_count(t) for _k, t in read_blocks)
    first, last = idx[0], idx[-1]
    seen = Counter(t for _k, t in read_blocks)
    inner: Counter = Counter()
    for i in range(first, last + 1):
        if shared[i]:
            continue
        kind, txt = read_blocks[i]
        n = word_count(txt)
        if kind == "caption" or seen[txt] > 1 or (kind == "p" and not (n >= 15 and _SENTENCE_END.search(txt))):
            kind = "junk"
        inner[kind] += n
    edge = sum(word_count(t) for i, (_k, t) in enumerate(read_blocks) if i < first or i > last)
    return inner, edge


def _link_share(tree) -> float:
    """Share of the body's visible text that sits inside links."""
    body = tree.find("body")
    if body is None:
        return 0.0
    total = len(" ".join(body.text_content().split()))
    if not total:
        return 0.0
    linked = sum(len(" ".join(a.text_content().split())) for a in body.iter("a"))
    return min(1.0, linked / total)


# --- page type / paywall --------------------------------------------------------------
_JS_MSG = re.compile(r"enable javascript|javascript (?:is )?(?:required|disabled)|turn on javascript|"
                     r"requires javascript|javascript must be enabled", re.I)
_PAYWALL_MSG = re.compile(
    r"subscribe (?:now )?to (?:continue|keep) reading|this (?:article|story|content) is (?:only )?(?:available )?"
    r"(?:for|to) (?:subscribers|members)|already a subscriber\??|subscribers only|members only|"
    r"to continue reading|for subscribers only|become a (?:subscriber|member) to read|premium content", re.I)
_PAYWALL_CLASS = etree.XPath(
    "//*[contains(@class,'paywall') or contains(@id,'paywall') or contains(@class,'subscriber-only')"
    " or contains(@class,'premium-content') or contains(@class,'meteredContent') or contains(@class,'piano-offer')"
    " or contains(@class,'regwall') or contains(@class,'subscriber-content') or @data-paywall"
    " or contains(@data-testid,'paywall')]"
)


_BODY_LINKS = etree.XPath("//body//a[@href]")
_HEADING_LINKS = etree.XPath(
    "//body//*[self::h2 or self::h3 or self::h4]"
    "[.//a[@href and not(starts-with(@href, '#'))] or ancestor::a[@href and not(starts-with(@href, '#'))]]")
_TIMED_ITEMS = etree.XPath("//body//li[.//a[@href] and .//time]")
_TIMES = etree.XPath("//body//time/@datetime")
_VISIBLE_XPATH = etree.XPath(
    "//body//text()[not(parent::script or parent::style or parent::noscript or parent::template)]")


def _visible_text(tree) -> str:
    try:
        return " ".join(" ".join(_VISIBLE_XPATH(tree)).split())
    except Exception:  # noqa: BLE001
        return ""


class _Lazy:
    """Visible page text and its word count, computed on first use only."""

    def __init__(self, tree):
        self.tree = tree

    @cached_property
    def text(self) -> str:
        return _visible_text(self.tree)

    @cached_property
    def words(self) -> int:
        return word_count(self.text)


def page_type(tree, page: md.Page, text: str, url: str, visible: _Lazy, prose: int) -> str:
    tw = word_count(text)
    if tw <= 40 and visible.words < 40:
        scripts = list(tree.iter("script"))
        script_chars = sum(len(s.text or "") for s in scripts)
        noscript = " ".join(n.text_content() for n in tree.iter("noscript") if hasattr(n, "text_content"))
        if _JS_MSG.search(noscript) or _JS_MSG.search(visible.text) or len(scripts) >= 2 or script_chars > 2000 \
                or tree.xpath("//div[@id='root' or @id='app' or @id='__next' or @id='__nuxt']"):
            return "needs_js"
        if not tw:
            return "empty"
        has_markup = bool(page.article_node) or page.meta.get("og:type", "").lower() == "article"
        return "article" if has_markup or md.url_date(url) else "not_article"
    has_markup = bool(page.article_node) or page.meta.get("og:type", "").lower() == "article" \
        or "article:published_time" in page.meta
    listing_url = re.search(r"/(?:tag|tags|category|categories|topics?|author|page|archive|search|section)/", url or "")
    if has_markup and not listing_url:
        return "article" if tw else "empty"
    links = _BODY_LINKS(tree)
    link_words = sum(len(_WORDS.findall(a.text_content())) for a in links)
    heading_links = len(_HEADING_LINKS(tree))
    linky = link_words > 0.5 * max(visible.words, 1)
    if listing_url and not page.article_node and prose < 400 and (heading_links >= 3 or linky):
        return "not_article"
    if not has_markup:
        # listings: teaser headlines that are links, dated link lists, mostly link text; little prose
        timed_items = len(_TIMED_ITEMS(tree))
        dates = len(set(_TIMES(tree)))
        website = page.meta.get("og:type", "").lower() == "website"
        if heading_links >= 4 and prose < 300 and tw < 400:
            return "not_article"
        if heading_links >= 4 and tw < 80 * heading_links and (website or dates >= 3 or timed_items >= 2):
            return "not_article"
        if website and heading_links >= 1 and tw < 100:
            return "not_article"
        if (heading_links >= 2 or timed_items >= 2) and dates >= 2 and tw < 250:
            return "not_article"
        if website and (heading_links >= 2 or timed_items >= 2) and tw < 400:
            return "not_article"
        if linky and len(links) >= 30 and prose < 150 and tw < 150:
            return "not_article"
    return "article" if tw else "empty"


def is_paywalled(tree, page: md.Page, text: str, visible: _Lazy, tw: int | None = None) -> bool:
    """The page says it is not free (``md.paywall_declared``), or a paywall box / message shows
    next to a short text. ``tw``: words extracted from the visible page (not from JSON-LD
    ``articleBody``, which often carries the full text behind the wall)."""
    if md.paywall_declared(page):
        return True
    tw = word_count(text) if tw is None else tw
    if tw < 400:
        try:
            if _PAYWALL_CLASS(tree):
                return True
        except Exception:  # noqa: BLE001
            pass
        if _PAYWALL_MSG.search(visible.text[-5000:] + " " + text[-1000:]):
            return True
    return False


# --- assembly -------------------------------------------------------------------------
def _apply_hints_only(rec: dict, hints: dict) -> None:
    try:
        _fill_from_hints(rec, hints)
    except Exception:  # noqa: BLE001
        pass


def _fill_from_hints(rec: dict, hints: dict) -> None:
    if not hints or not isinstance(hints, dict):
        return
    src = hints.get("date_source") if hints.get("date_source") in ("feed", "sitemap") else "feed"
    for field in ("published", "modified"):
        if not rec.get(field) and hints.get(field):
            dt = md.parse_date(hints[field])
            if dt:
                rec[field] = md.fmt(dt)
                rec[field + "_source"] = src
    if not rec.get("title") and isinstance(hints.get("title"), str):
        rec["title"] = clean_line(hints["title"]) or None
    if not rec.get("authors") and hints.get("authors"):
        a = hints["authors"]
        rec["authors"] = md.clean_authors([a] if isinstance(a, str) else [x for x in a if isinstance(x, str)])
    if hints.get("tags"):
        t = hints["tags"]
        t = [t] if isinstance(t, str) else [x for x in t if isinstance(x, str)]
        rec["tags"] = md._dedupe([*rec.get("tags", []), *(clean_line(x) for x in t)])


def _extract(html, url: str, hints: dict, encoding: str | None, disabled: frozenset = frozenset()) -> dict:
    rec = empty_record(url)
    tree = parse_html(html, encoding)
    if tree is None:
        _fill_from_hints(rec, hints)
        return rec
    page = md.Page(tree, url)
    site = md.site_name(page)
    rec["site_name"] = site
    rec["canonical_url"] = md.canonical_url(page)
    title = md.title(page, site)
    rec["title"] = title
    authors, authors_source = md.authors(page, site)
    rec["description"] = md.description(page)
    rec["image"] = md.image(page)
    rec["tags"] = md.tags(page)

    dates = md.structured_dates(page)
    for field in ("published", "modified"):
        if field in dates:
            rec[field], rec[field + "_source"] = md.fmt(dates[field][0]), dates[field][1]

    text, source, _signals = choose_text(tree, page, title, url, disabled)
    text = clean_text(text)
    rec["text"], rec["text_source"] = text, (source if text else None)
    rec["word_count"] = word_count(text)

    # hints fill what structured page data lacks
    if authors_source in ("json-ld", "meta"):
        rec["authors"] = authors
    _fill_from_hints(rec, hints)
    if not rec["title"]:
        for el in tree.iter("h1"):
            rec["title"] = clean_line(el.text_content()) or None
            break
    if not rec["authors"]:
        rec["authors"] = authors
    if not rec["published"]:
        for finder, source_name in ((md.time_tag_date, "time-tag"), (lambda p: md.url_date(url), "url"),
                                    (md.visible_text_date, "text")):
            dt = finder(page)
            if dt:
                rec["published"], rec["published_source"] = md.fmt(dt), source_name
                break
    visible = _Lazy(tree)
    rec["language"] = md.language(page) or md.guess_language(text or visible.text[:3000])
    rec["page_type"] = page_type(tree, page, text, url, visible, _signals.get("prose_words", 0))
    rec["paywalled"] = rec["page_type"] == "article" and is_paywalled(tree, page, text, visible, _signals.get("visible_words"))
    if rec["page_type"] == "needs_js":
        rec["text"], rec["word_count"], rec["text_source"] = "", 0, None
    return rec
