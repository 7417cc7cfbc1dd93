"""modelwire.nlp: find AI models, labs and benchmarks in news text.

    >>> import nlp
    >>> pipe = nlp.load()                      # blank "en" + sentencizer + our components
    >>> for row in nlp.analyze(pipe, [{"id": 1, "text": "DeepSeek-R1 scores 79.8% on AIME 2024."}]):
    ...     print(row["entities"][0]["canonical"])
    DeepSeek-R1

Imports stay light: spaCy is imported by :func:`load`, not by ``import nlp``.
"""

from __future__ import annotations

from .analyze import analyze  # noqa: E402  (the function shadows the submodule name on purpose)
from .kb import builtin_paths, digest_files

CODE_VERSION = "0.25.0"  # raise it when output can change (0.2.0: chunked long texts, HTML in input; claims gained ranks, is_comparison, source_kind, KB units; 0.3.0: claims grammar of comparisons, pronouns, counts, USD; 0.3.1: more cues for unknown model/benchmark names; 0.3.2/0.3.3: third round of entity cues and of doubtful-number claim rules; 0.3.4: claims carry a confidence, fourth round of claim rules; 0.4.0: a learned scorer of unknown names; 0.4.1: both together, the scorer opt-in; 0.4.2: labs no list knows, names by apposition; 0.4.3: fifth round of claim rules and source cues; 0.4.4: both; 0.4.5: a number credited beside it keeps that credit; 0.5.0: sixth round of entity and claim rules (tables of any separator, chat answers, passage-level source notes), the opt-in claim linker; 0.5.1: a document's own names repeated, tables one cell per line, Rank columns, references across paragraphs; 0.5.2: an interval's level and half-width are no scores; 0.6.0: seventh round: a document's short forms of its names, tables in every layout, references to the released model, an opt-in learned name tagger, a new version of a family kb accept wrote; 0.7.0: eighth round: name memory across the stream, one grid reader with layout roles and caption units, a discourse state for claims, organisation name shapes, name roles and edges, the tagger learns labs; 0.7.1: benchmarks from claim position, clocks/counters/speeds are no scores, one-word models from release syntax, table headers and ranked lists; 0.8.0: ninth round: a broad real knowledge base (1,134 entries by category), labels from list siblings, coordinated official names, referents across sentences and layouts, passage-level source, caption units, typed numbers, the tagger gated by the rules; 0.8.1: capitals of any cased script in name shapes, "is releasing Family N", part numbers no score cue, official canonicals, a review naming the technical report is not the developer speaking; 0.9.0: tenth round: one-word names from syntax, names used as plain words, column order given once, title boards and caption abbreviations, ranks/medals/withdrawn figures, source and comparison over lists and tables, passage-level claim confidence, 911 more real KB entries by region; 0.9.1: letters of any script inside names, "Family N Word" with spaces, accent-folded and dated variants, board names before Arena/Board/Index, title boards, medals beside points; 0.10.0: eleventh round: name cues in prose (appositives, business verbs, "points on X"), typos and variants within a passage, 700 more real KB entries by domain, licence words and demonyms, model forms in claims ("Product (Model)", "the 32B version", API ids), footnote marks, stderr and ± units, ranks from # columns and lead verbs, entrants and medals, discourse benchmarks, withdrawn figures in one module, source and comparison from who ran the numbers and the layout, decimal commas; then LaTeX tables, dotted leaders, flattened and glued HTML rows, organisation shapes in their own language, native-script names; 0.11.0: twelfth round: HTML tables, inline value groups ("A vs B", chart legends), result-file keys, rank movement marks, headings over boards, places from list markers and ordinals, qualified benchmark names, comparison asides, a developer's own runs, reference blocks, glossary heads and run-in lists, business cues, new tier words, lower-case chat forms, 692 more real organisations; 0.11.1: new tiers from one mention by position, drawn (box and +---+) tables, JSON Lines and key=value records, position-keyed charts, pair rows, names in claim position; 0.12.0: thirteenth round: one table normaliser (drawn, MediaWiki, reST, Org, one-row and metric-column tables), tiers bound to their family from one mention, list siblings anywhere, slug and short forms, names across scripts, ALL-CAPS lines and line breaks, tickers and codes no names, non-scores by key and kind, places in any order, bracketed rivals, corrections, source and comparison from reported speech and board stories, unit notes, 1,169 more real organisations; 0.12.1: group header rows, units rows, mean ± spread, same-order sequences and release deltas in tables and prose; organisations by legal form and by institution words in their own language; other-script versions, X Arena boards, a tiered model's base name; 0.13.0: fourteenth round: bilingual headlines and other-script table headers, a name's lower-case, slug, two-letter and ALL-CAPS forms, benchmarks by definition and use, companies by business syntax, list-mates of found models, one canonical per written name, columns that never carry scores, footnote marks, block units and own-block source, places and scores in commentary, prose links, corrections; 0.13.1: a developer's own voice ((ours), its README, release openings), harness tables, quantisation tags, caps board titles; benchmarks after "beats Y on", regional arms of bodies, Latin names glued to CJK text, capitals and nationalities no labs; 0.14.0: fifteenth round: native-script names of KB entries, bodies by their kind word in 27 languages, benchmarks by shape (language prefixes, exam names, eval configs, column headers), machine-printed results, non-scores and unasserted figures, checkable claim features in the confidence; 0.15.0: sixteenth round: a claim's own sentence as evidence of its names, role and apposition frames, organisations in business lists, span edges and Slavic case forms, launch frames in press languages, HTML references decoded for the entity finder, changelog lines, document-part words no names, clause binding and board carry-over in claims, source_kind by the speaker first, an indexed name memory; 0.16.0: seventeenth round: organisation span bounds and 208 sourced organisations, claim vetoes and cue features in the confidence, typed heads and their propagation, source_kind by paragraph speaker and the page's lead release, figure alignment (respective lists, rivals, from/to, clause ranks), a variant index of found names, tables without a corner cell and line-scoped boards; 0.17.0: eighteenth round: format decoders and an export reader, a retrained confidence; 0.18.0: twentieth round: labs named like their model family, key=value and metrics-label fields, a benchmark's maker after "from", "<Word> Verified" benchmarks, console and diff table rows; claims from measure columns, corrected-vs-shown tables, predecessors' figures, psql/tibble/YAML-flow/code-dict layouts, a lab speaking for its model, rivals' runs, "the N% Y reported for X", places in prose, boards by clause; confidence, linker and unknown-name scorer retrained; 0.19.0: twenty-first round: trade cues for bare organisations, task-line verbs and country-before-legal-form span edges, quoted code names, benchmarks by their maintainers, sizes and "On X I measured"; charts written as code and REPL data-frame printouts as tables, a simulation board's money column; confidence and linker retrained; 0.20.0: twenty-second round: a lab speaking as its developer/page/card, second parties' figures, a model's earlier figure, withdrawn figures in prose, thresholds and targets no results, language parts of a benchmark, a table's benchmark only from the paragraph under it, end-balance boards in USD, prose pairing by the clause's subject; the opt-in tagger retrained with its organisations and a claims guard; confidence and linker retrained; 0.21.0: the learned name tagger on by default, its spans through the rules' own refusals; claim confidence and linker trained with it, with features for its names; 0.22.0: twenty-fourth round: organisation keys and vendor folders in configs, config directive keys no names, a maker bracketed after its model; score keys with units, text-format result trees, model-shaped line heads before benchmark figures, verdicts whose subject is the figure; confidence and linker retrained with claims-test24; 0.23.0: twenty-fifth round: the name tagger reads every sentence of an AI passage (stricter thresholds outside AI context), a score after a name no longer hides its later mention, knowledge-base names that are English words match only as written, claims by split references, "the same models" and a benchmark's team; confidence and linker retrained with claims-test25; 0.24.0: twenty-sixth round: names a claim's position gives (a benchmark-shaped name after "N% on", a family with a tier before a result verb), quizzes and mark schemes, a tier or size outside a model's span, ordinals to twentieth; laboratory heads in their own language, a brand's finance arm, a company's own voice, organisations in capitals as a field; the one-process annotate out of the garbage collector's sight; confidence and linker retrained with claims-test26; 0.25.0: twenty-seventh round: a record's column of names and a sheet's row numbers in claims, board names in test talk, a shouted benchmark's variant, lower-case benchmark slugs, a passage's own arena, shouted months/SQL/log words no names; confidence and linker retrained with claims-test27)
#: code version + digests of the learned weights (unknown-name scorer, claim confidence, claim linker, name tagger)
#: and of the built-in knowledge-base files: retraining or a KB edit changes it
_LEARNED = [p for p in (builtin_paths()[0].parent / n for n in ("unknown_scorer.npz", "claim_confidence.json", "claim_linker.json",
                                                                 "name_tagger/tagger.json", "name_tagger/spancat_singlelabel/model"))
            if p.is_file()]
NLP_VERSION = f"{CODE_VERSION}+learned.{digest_files(_LEARNED)}+kb.{digest_files(builtin_paths())}"

CONFIG_KEYS = {"kb_files": "extra knowledge-base JSONL files (users' own models/orgs/benchmarks)",
               "spacy_model": "an installed statistical spaCy pipeline whose NER adds ORG entities",
               "kb_exclude": "names of knowledge-base entries to switch off (a family takes its models with it)",
               "kb_exclude_where": "where kb_exclude was set (config file and key), named in its errors",
               "unknown_scorer": "also run the learned scorer of unknown model/benchmark names (off: see bench/RESULTS.md)",
               "name_tagger": "the learned tagger of model/benchmark/lab names no list knows (on unless False; see bench/RESULTS.md)",
               "claim_linker": "also add the learned claim linker's claims (pairings the rules miss; off: see bench/RESULTS.md)",
               "name_memory": "a stream's reader (annotate) remembers new names across documents (nlp.name_memory); "
                              "load() itself finds no remembered names until name_memory.set_memory gives some"}

__all__ = ["load", "analyze", "NLP_VERSION", "CONFIG_KEYS"]


def load(config: dict | None = None, *, lexeme_attrs: bool = True):
    """Build the pipeline: sentencizer -> modelwire_entities -> modelwire_claims -> modelwire_summary.

    ``config``: ``{"kb_files": [...], "spacy_model": "en_core_web_sm", "kb_exclude": ["Claude"],
    "unknown_scorer": True, "name_tagger": False, "claim_linker": True}`` (the name tagger is on unless
    ``"name_tagger": False``; the other learned parts are off unless True).
    Raises ``ValueError`` for unknown keys, a missing model or a ``kb_exclude`` name no entry has.

    ``lexeme_attrs=False`` is for callers that read only :func:`analyze`'s output (``annotate``,
    ``modelwire nlp``): each new word then gets only the lexical attribute the pipeline reads
    (``is_punct``, for the sentencizer), not spaCy's other twenty (``like_num``, ``shape``,
    ``is_stop``...), whose functions take about a fifth of tokenizing a word not seen before. A
    statistical model (``spacy_model``) reads them as features, so it keeps them all.
    """
    import spacy

    from . import entities  # noqa: F401  registers the factory and the extensions
    from .errors import msg

    config = dict(config or {})
    unknown = sorted(set(config) - set(CONFIG_KEYS))
    if unknown:
        raise ValueError(msg("E021", keys=unknown, known=sorted(CONFIG_KEYS)))
    kb_files = [str(p) for p in config.get("kb_files") or []]
    model = config.get("spacy_model")
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer", "textcat", "textcat_multilabel"])
        except OSError:
            raise ValueError(msg("E020", name=model)) from None
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
            nlp.add_pipe("sentencizer", first=True)
    else:
        if lexeme_attrs:
            nlp = spacy.blank("en")
        else:  # the vocabulary is made first: the tokenizer's special cases add 700 words to it
            from spacy.attrs import IS_PUNCT
            from spacy.lang.en import English
            from spacy.lang.lex_attrs import is_punct
            from spacy.vocab import Vocab

            nlp = spacy.blank("en", vocab=Vocab(lex_attr_getters={IS_PUNCT: is_punct},
                                                writing_system=English.Defaults.writing_system))
        nlp.add_pipe("sentencizer")
    exclude = [str(n) for n in config.get("kb_exclude") or []]
    nlp.add_pipe("modelwire_entities", config={"kb_files": kb_files, "use_ner_orgs": bool(model) and nlp.has_pipe("ner"),
                                               "kb_exclude": exclude,
                                               "kb_exclude_where": str(config.get("kb_exclude_where") or "kb_exclude"),
                                               "unknown_scorer": bool(config.get("unknown_scorer")),
                                               "name_tagger": bool(config.get("name_tagger", True))})
    from . import claims, summary  # noqa: F401  register their factories
    nlp.add_pipe("modelwire_claims", config={"claim_linker": bool(config.get("claim_linker"))})
    nlp.add_pipe("modelwire_summary")
    from .quick_rejects import install

    install()  # quicker scans of a few patterns, the same matches
    return nlp


