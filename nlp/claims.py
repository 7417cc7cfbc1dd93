"""`modelwire_claims`: benchmark results stated in a text, as plain dicts on `doc._.claims`.

It reads the MODEL and BENCHMARK spans that `modelwire_entities` put in `doc.ents` (their
`span._.canonical`), finds the numbers of each sentence, and pairs number ↔ benchmark ↔ model by
position. One claim is::

    {
        "model": "DeepSeek-V3.2",        # canonical name of the MODEL span
        "benchmark": "AIME 2025",        # canonical name of the BENCHMARK span
        "score": 89.3,                   # float, thousands separators removed ("1,450" -> 1450.0)
        "unit": "%",                     # see UNITS below
        "metric": "pass@1",              # metric named next to the number, or None
        "comparison": {"vs": "GPT-5", "score": 88.0, "relation": "ahead"},   # or None
        "is_comparison": False,          # True for a competitor's score cited for comparison
        "source_kind": "self-reported",  # | "independent" | "unknown" (see nlp.claim_source)
        "confidence": 0.97,              # how far to trust it, 0..1 (see nlp.claim_confidence)
        "sentence": "...",               # the sentence (or Markdown table row) text
        "start": 1203, "end": 1290,      # its character offsets in doc.text
    }

UNITS
    "%"       the number was written with %, "percent" or "per cent";
    "elo"     "1,450 Elo", or any bare number on an arena leaderboard (LMArena);
    "rating"  "a 2,100 Codeforces rating", or a bare number on Codeforces;
    "points"  "35 out of 42 points", or a bare number whose benchmark has no unit in the knowledge
              base (a bare number takes the KB's unit: "74.9 on SWE-bench Verified" is "%" in the
              full pipeline); pass@k, accuracy and the like go to `metric`, not `unit`;
    "rank"    a place: "came first on LMArena", "#3", "the top spot", "ranks X second", "X is now
              second", "the new #1 on", "X came first, Y second and Z fifth" (`score` 1.0, 3.0, …;
              a run of numbers after such places zips with the ranked models); not a place "among
              open models" or "the first model to";
    "percentile"  "the 96th percentile of Codeforces competitors", then "… is in the 99th";
    "USD"     a dollar result on a benchmark the knowledge base scores in USD (Vending-Bench);
    "medal"   "gold-medal performance at the IMO": `score` is the medal's place (gold 1.0,
              silver 2.0, bronze 3.0, so lower is better) and `metric` is "gold"/"silver"/"bronze".

comparison
    When the sentence sets the result against another model ("ahead of Claude Opus 4.1's 74.5",
    "beats GPT-5 (88.0)", "compared with 87.5% for Gemini 2.5 Pro", "beating GPT-5 on AIME"), the
    claim of the sentence's subject gets ``{"vs": <canonical model>, "score": <its score on the
    same benchmark, or None>, "relation": "ahead"|"behind"|"vs"}``. The other model's own number,
    when given, is also emitted as a separate claim (with comparison None and ``is_comparison``
    True). A number after "it scores"/"the model reached" stays the subject's even when a compared
    model follows ("it scores 75.8, near X's 77.1"); a model named as "not X" never takes one. Models named as an
    ancestor ("built on DeepSeek-V3", "distilled from R1") never get the subject's numbers.

Pairing, within one sentence (sentencizer sentences split again at block line breaks):
    * benchmark: the nearest one, preferring "<number> on <benchmark>", never past another number;
      a run of numbers ("79.5 vs 79.8") shares one; equal-length lists zip ("MMLU-Pro and GPQA
      Diamond scores of 85.0 and 79.9"); one number before a list of benchmarks goes to each;
    * model: the one glued to the number ("X scored", "X's", "X (…)", "… for X"), else the nearest
      preceding model that is not a compared/ancestor model; lists zip ("X and Y scored a and b
      respectively"); a pair "a to b" follows the two models named before it;
    * a sentence with a benchmark and a score but no model takes the subject of the last sentence
      that named one, or of the title (`doc.user_data["title"]`, run through the components before
      this one), unless it is about humans or a baseline; with no subject yet, the first model named
      within 300 characters after it ("## Reasoning / - AIME 2025: 89.3 / These are X's numbers");
    * a sentence whose subject is a pronoun ("It started from V3.1-Terminus") keeps the passage's
      subject: its models take only numbers glued to them; "X has …; its score is 65.8%" points back
      at X; a model inside a closed parenthesis ("(V3.1: 88.4)") takes no number after it;
    * a run of numbers right after "compared with / against / vs" with no model glued to it is an
      unnamed compared model's and is dropped, like "up from 70.0%" ("89.3% against 88.4%"), unless
      it is the same model measured elsewhere ("against 71.3% reported by Moonshot", "… without");
      "from 63.6% to 55.8%" keeps the second; "Both X and Y scored 76%" gives each the number;
    * a sentence with a model and a score but no benchmark takes the paragraph's topic benchmark
      (most often named so far), if the number is glued to the model or carries a unit;
    * "N on the same benchmark/test" takes the last benchmark named; across a clause break a number
      takes the sentence's own subject before the passage's; "What changed between X and Y? On B, a
      became b" gives a to X and b to Y; "the Speciale model" is the one model named before with that
      word in its name; a number on a capitalised name that is no benchmark here ("38.5 on
      GlyphSearch") or in a clause about an unnamed model ("an OpenAI system") takes nobody.

Markdown tables give one claim per numeric cell (models as columns and benchmarks as rows, or the
other way round, the row's model in any cell that is not a benchmark's column; or a `| Model |
Score |` leaderboard whose benchmark is named around it; outer bars optional for 3+ rows with the
same number of bars; "accuracy in %" on the line under or over gives the unit), and so
do "1. Model — 1501" leaderboard lists and "Model ........ 88.1" dotted leaders; `sentence`, `start`
and `end` are then those of the row. Tables split by "¦", tabs, ";", "," or aligned columns read the
same way, as do tables flattened to one cell per line (by rows or by columns) and aligned columns
under an indented header; a "Rank" column gives each row's place (unit "rank"), a "Model" column the
row's model; a table's layout names the cells no list knows or relabels them, a caption or key line
gives its numbers' unit, and more layouts feed the same grid (" / " cells, "Model: X — A: n" lines,
keyed arrows, nested bullets: `nlp.grid`; rows whose column order a key gives once: `nlp.keyed_rows`; a
caption's full names for abbreviated headers and its units per column: `nlp.grid_caption`); inline "name
score; name score" lists and model-shaped subjects of result verbs name models (`nlp.claim_names`);
a chat answer that is a bare number takes the question's model and benchmark (`nlp.claim_chat`);
a caption or note over or under a block gives its lines' source_kind (`nlp.claim_source`).
Sentences are read in one discourse state (subject, heading/paragraph/document topic benchmark, with
its resets), and references only the document resolves ("the arena", "its model" after a lab,
"its Intelligence Index"), places in prose and numbered boards come from
`nlp.claim_discourse`; more places ("takes No. 1", "first on the text board", "the top three are A, B
and C"; not within a division), medal headings over lists, a stated rating and ± half-widths come from
`nlp.claim_places`; every withdrawn figure (a correction notice's, "not … as we first reported", a
re-run's superseded figure) from `nlp.withdrawn_figures`.

Numbers that are dates, years, prices, sizes, counts, ranks, ranges, thresholds ("the first to pass
80%"), shares ("93% of competitors"), earlier scores without a model ("up from 70.0%") or
differences ("by 2.1 points", "a 5-point jump", "shares rose 8%") are never scores (see
`nlp.numbers.find_numbers`); nor are counts with modifiers ("74 real coding tasks", "100 agents"),
forecasts ("would score 55%"), business figures ("market share … reached 42%"), a share of another
model's result ("90% of X's performance"), a price cut ("a 40% discount"), a bound ("the first model
past 80%") or a digit hyphened to a name ("Seal-0"). A benchmark named as a reference ("well under
their SWE-bench Verified results") is not the place of the sentence's numbers, and an ancestor in an
apposition ("X, Moonshot's update to Y,") is not the subject. Two kinds come
back: a year-shaped rating ("a 2029 Codeforces rating") and a dollar amount on a benchmark the
knowledge base scores in USD ("$5,478 in the bank" on Vending-Bench 2; not "$2 per task").
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .claim_confidence import confidence, passage_context
from .tagger_claims import temper
from .claim_discourse import (Discourse, _version, comparison_aside, family_refs, lab_refs, lead_places, list_ranks, org_refs, owned_benches,
                              predecessor_refs, product_mentions, short_benches)
from .claim_linker import link
from .claim_source import (HEDGE, _same_maker, block_around, developer_voice, first_person_only, note_kind, note_scopes, passage_kind,
                           passage_makers, sentence_cues, source_kind)
from .claim_tables import cells as sep_cells
from .run_cues import below_scopes, speaker_turns
from .claim_rivals import SAME_RUN as _SAME_RUN, mark_comparisons
from .maker_runs import foreign_marks, maker_run_scopes, marked
from .header_words import harness_claims, new_column, not_header_models, numeric_column, old_columns  # a table's column words are no models
from .own_marks import own_voice  # "X (ours)", a model's README: the developer speaking
from .quant_tags import strip_quant_tags  # a quantisation tag keeps the model's name
from .source_scope import (bench_note_kind, bench_notes, caption_scopes, clause_kind, number_clause_kind, page_owners,
                           release_voice, variant_makers)
from .claim_chat import qa_pairs
from .claim_quiz import quiz_pairs
from .claim_model_forms import bracketed_benches, bracketed_models, family_tiers, json_key_benches, size_refs
from .claim_names import bench_by_noun, cue_names, list_names
from .claim_position import position_names
from .claim_boards import scored_on_boards
from .claim_discourse import bracketed as _bracketed
from .claim_places import ORD_WORDS, board_columns, half_width, line_rank, medal_sections, more_places, stated_unit, subset_place, \
    unnamed_contest_medals
from .withdrawn_figures import drop_withdrawn
from .rank_marks import blank_moves, trim_ents
from .release_steps import release_steps, step_lines
from .spread_marks import blank_spreads
from .footnote_marks import blank_footnotes
from .block_attrs import Blocks, own_blocks
from .name_columns import with_column_cells
from .sheet_rows import sheet_places
from .column_kinds import column_kinds, percentile_board, quantity_label, split_columns
from .format_docs import decoded_doc, mapped_back
from .table_rows import NON_SCORE_UNITS, group_row, units_row, markup_tables, metric_header, metric_row, one_row_tables, pipe_tables
from .record_lines import record_tables, role_ents
from .line_labels import label_names
from .aligned_columns import aligned_tables, with_names  # DataFrame prints: columns by character position
from .result_trees import result_claims  # nested JSON / YAML results: model-index, results files
from .money_boards import money_column  # a board scored in dollars: "Ending balance (USD)"
from .table_reach import caption_end  # a table's own words below it: the paragraph right under it
from .table_heads import caption_boards, split_blocks  # tables one under another: each its own header and board
from .position_keys import position_tables
from .pair_rows import pair_row_tables
from .inline_pairs import inline_pair_tables, mark_vs, pair_names, vs_key
from .result_fields import field_names
from .place_markers import drop_unranked, marker_places
from .board_commentary import commentary_claims
from .prose_links import link_prose
from .lab_voices import behind_speakers, speaking_labs
from .clause_binding import bind_clauses
from .figure_alignment import align_figures
from .unsaid_figures import drop_unsaid
from .claim_tables import _MODEL_QUALIFIER, _NUMERIC_CELL, bare_heading_bench, bullet_names, cell_line_tables, heading_bench, line_names, table_blocks
from .grid_caption import caption_names, column_units, title_board
from .flat_rows import flat_tables
from .delimited_exports import export_tables
from .glued_rows import glued_tables
from .leader_lines import leader_blocks, leader_score
from .part_columns import board_parts, part_columns
from .grid import arrow_rows, bench_column, block_unit, category_corner, corner_benches, grid_roles, grid_unit, grids, mark_before, mark_rivals, \
    statement_unit
from .entities import ent_rows, register_extensions
from .name_roles import claim_benchmarks, org_shaped
from .claim_speaker import (company_release, family_makers, page_quotes_makers, page_voice, role_turns, said_makers,
                            speaker_kind, speakers_of)  # who speaks: the developer or a third party (source_kind)
from .paragraph_speaker import lead_actor, lead_rivals, paragraph_kinds  # the lead actor speaks (source_kind)
from .column_sources import column_kind  # a table column's header: "card", "our run" (source_kind)
from .unit_notes import row_unit, said_unit  # a benchmark's unit said in a note of the passage
from .literal_starts import LiteralStarts
from .split_refs import rebind_splits
from .same_models import align_same_models
from .numbers import MONTHS, Number, any_finder, doc_text, find_numbers, has_any, lowered, parse_number, segments
from .needed_words import literal_gated
from .quick_rejects import from_starts

register_extensions()  # doc._.claims and span._.canonical, in their one place

# --------------------------------------------------------------------------- patterns

_COMPARE = re.compile(
    r"\b(?P<w>ahead of|beat|beats|beating|bests|besting|bested|outperform\w*|outscor\w*|surpass\w*|"
    r"outpac\w*|edg\w* out|eclips\w*|tops|topping|topped|(?:lead|edge|advantage|wins?|gains?) over|"
    r"than|vs\.?|versus|against|compared (?:with|to)|relative to|behind|trail\w*|lags?|lagging|below|"
    r"short of|above|like|unlike|match\w*|rival\w*|on par with|level with|parity with|close to|superior to|inferior to|"
    r"approach\w*|similar to|up from|down from|jump from|near|previous (?:best|record)|prior (?:best|record)|"
    r"improv\w* (?:on|over|upon))\b",
    re.I,
)
# models named as an ancestor or tool, not as the one the result belongs to
_OBJECT_ONLY = re.compile(
    r"\b(?:built on|based on|fine-?tuned (?:from|on)|distill\w* (?:from|into)|derived from|"
    r"(?:pruned|compressed|quantized|quantised|merged|upcycled|trimmed|adapted) from|successor "
    r"(?:to|of)|generated by|initiali[sz]ed from|on top of|powered by|replac\w*|instead of|such as|(?<![\w-])not|"
    r"update (?:to|of)|upgrade (?:to|of|over|on)|(?:version|variant|sibling|descendant) of|follow-up to|"
    # "Its predecessor, X, scored …": the older model, named to compare
    r"predecessor|forerunner|(?:previous|prior|older|earlier|last) (?:model|version|generation|release)|"
    # "a 67% reduction from X", "a third of what X did": the model a change or a price is measured from
    r"(?:reduction|cut|discount|saving|drop|decrease|increase|rise|step up|switch|move|migration) from|of what|"
    # "went from 41.2% for X to 58.9% for Y": X is the before of a change, Y its subject
    r"(?:went|goes|rose|rises|climbed|climbs|jumped|jumps|improved|improves|grew|grows|moved|moves|increased|"
    r"increases|fell|falls|dropped|drops) from)\b",
    re.I,
)
# quick reject (see numbers.lowered): a lower-case piece of every _COMPARE and _OBJECT_ONLY alternative
_OBJECT_WORDS = (
    "ahead of", "beat", "best", "outperform", "outscor", "surpass", "outpac", "edg", "eclips", "top",
    " over", "than", "vs", "versus", "against", "compared ", "relative to", "behind", "trail", "lag",
    "below", "short of", "above", "like", "match", "rival", "on par with", "level with", "parity with",
    "close to", "superior to", "inferior to", "approach", "similar to", "up from", "down from", "jump from", "near", "previous ", "prior ",
    "improv",
    "built on", "based on", "tuned ", "distill", "derived from", "pruned from", "compressed from", "quantized from",
    "quantised from", "merged from", "upcycled from", "trimmed from", "adapted from", "successor ", "generated by",
    "initiali", "on top of", "powered by", "replac", "instead of", "such as", "not",
    "update ", "upgrade ", "version of", "variant of", "sibling of", "descendant of", "follow-up to",
    "predecessor", "forerunner", "previous ", "prior ", "older ", "earlier ", "last ",
    "reduction from", "cut from", "discount from", "saving from", "drop from", "decrease from", "increase from",
    "rise from", "step up from", "switch from", "move from", "migration from", "of what",
    "went from", "goes from", "rose from", "rises from", "climbed from", "climbs from", "jumped from", "jumps from",
    "improved from", "improves from", "grew from", "grows from", "moved from", "moves from", "increased from",
    "increases from", "fell from", "falls from", "dropped from", "drops from",
)
_has_object_word = any_finder(_OBJECT_WORDS)  # has_any(low, _OBJECT_WORDS), for the short pieces tested here
_AHEAD = re.compile(r"ahead|above|beat|best|outperform|outscor|surpass|outpac|edg|eclips|top|over|up from|improv|superior", re.I)
_BEHIND = re.compile(r"behind|trail|lag|below|short|under|down from|inferior", re.I)
_LIST_SEP = re.compile(r"^\s*(?:,|,?\s*(?:and|or|&)|/)\s*$", re.I)
# benchmarks of a list may repeat the preposition: "at IMO 2025 and at IOI 2025"
_BENCH_LIST_SEP = re.compile(r"^\s*(?:,|,?\s*(?:and|or|&)|/)\s*(?:(?:at|on|in)\s+(?:the\s+)?)?$", re.I)
# "67.8 became 73.1", "67.8 → 73.1": a change, read like "from 67.8 to 73.1"
_CHANGE = r"to|became|turned into|→|->"
_SCORE_UNITS = frozenset({"elo", "rating", "score", "pts", "pt", "points"})  # of a units row (nlp.table_rows)
_ROW_UNIT = {"elo": "elo", "rating": "rating", "%": "%"}  # a units row's unit as a claim's
_PAIR_VS = re.compile(r"^\s*,?\s*(?:vs\.?|versus)\s*$", re.I)
_PAIR_SEP = re.compile(rf"^\s*,?\s*(?:{_CHANGE}|vs\.?|versus|against|compared (?:with|to))\s*$", re.I)
_RUN_SEP = re.compile(
    rf"^\s*(?:,|,?\s*(?:and|or|&)|/|,?\s*(?:{_CHANGE}|vs\.?|versus|against|compared (?:with|to)))\s*$", re.I
)
_FOR_MODEL = re.compile(
    r"^[\s)]*(?:(?:accuracy|score|success rate|win rate|solve rate)\s+)?"
    # "the 76.4 it gives for X", "the 52.0% Orlin Labs reported for X", "the 44.1% we recorded for X": a figure
    # someone quotes or measured for X
    r"(?:(?:it|they|we|the (?:company|lab|firm|team|authors|maintainers|developers?)|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)"
    r"\s+(?:gives|gave|reports|reported|lists|listed|cites|cited|quotes|quoted|puts|put|published|publishes|measured|"
    r"measures|recorded|records|obtained|announced|claimed|claims)\s+)?(?:(?:held|set|posted) by|for|from|by|of)\s+(?:(?:the|an?|\S+['’]s)\s+)?(?:(?!(?:and|or|on|in|before|after|until|since|when|while)\b)[a-z][\w-]*\s+){0,2}$"
)
# "for the lab's earlier release, " before a model: the model in apposition to the noun the figure is given for
_FOR_APPOSITIVE = re.compile(r"^[\s)]*for\s+(?:(?:the|an?|its|their|our)\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
                             r"(?:release|version|model|predecessor|checkpoint|generation|variant|sibling|build|system)\s*,\s*$")
_DIRECT_BEFORE = re.compile(
    # "X (Blackthorn Labs) enters at 68.4": a developer or a note in brackets after the name
    r"^(?:['’]s|\([^()\d\n]{1,40}\)|[\s,:;(=–—-]|\b(?:which|that|who|it|has|had|have|is|was|now|also|then|"
    r"score[sd]?|scoring|reach(?:es|ed|ing)?|hit(?:s|ting)?|post(?:s|ed|ing)?|achiev(?:es|ed|ing)?|"
    r"get(?:s|ting)?|got|manag(?:es|ed|ing)|record(?:s|ed|ing)?|earn(?:s|ed|ing)?|deliver(?:s|ed|ing)?|"
    r"land(?:s|ed|ing)?|debut(?:s|ed|ing)?|enter(?:s|ed|ing)?|sits?|sat|stays?|stayed|remains?|remained|comes?|came|in|at|with|of|on|a|an|its|just|"
    # "Pylon-4 says 2,410", "X claimed 46.0%": a model's own (reported) figure, named by a verb of saying
    r"says|said|claims|claimed|reports|reported|quotes|quoted|cites|cited|touts|touted|boasts|boasted|"
    # "X climbs to 83.5": a change of the model's own score
    r"(?:climb(?:s|ed)?|ris(?:es|en)|rose|jump(?:s|ed)?|improv(?:es|ed)|grow(?:s|n)|grew|mov(?:es|ed)|go(?:es)?|"
    r"went|fall(?:s|en)?|fell|drop(?:s|ped)?|slip(?:s|ped)?)\s+to|"
    r"only|roughly|about|"
    r"around|nearly|almost|over|result|rating|accuracy|elo|pass@\d+)\b"
    # "X without thinking is #2 at 1465": a setting and a place between model and number
    r"|\bwith(?:out)?\s+(?:thinking|reasoning|tools)\b|#\d{1,3}\b|"
    # "Qwen3-235B on the same harness, 65.8": the conditions the number was measured in
    r"\b(?:(?:on|in|with|under|using)\s+)?(?:the\s+|my\s+|our\s+)?(?:same|identical)\s+(?:harness|setup|settings?|config(?:uration)?|run|test|benchmark|hardware|box|rig|"
    r"prompts?|eval(?:uation)?|split|seeds?)\b|\b(?:first|second|third|fourth|fifth|"
    r"\d{1,3}(?:st|nd|rd|th))\b)*$",
    re.I,
)
# ", the coder variant," / ", its smallest model,": a description in apposition right after a name
_APPOSITIVE = re.compile(r"\s*,\s*(?:the|an?|its|our|their|\w+['’]s)\s[^,;.\d()]{1,40},")
# a compared model owns a number only when it is glued to it: "X's 74.5", "X (88.0)", "X at 86.4"
_DIRECT_OBJECT = re.compile(
    # ("… ahead of X, second at 80.7%": an ordinal in apposition, then X's own figure)
    r"^(?:['’]s\s*|\s*\(\s*|\s+(?:at|with)\s+|,\s*(?:first|second|third|fourth|fifth|sixth)\s+(?:at|with)\s+|,?\s+which\s+(?:had\s+)?(?:scored|scores|reached|posted|got)\s+|"
    r"\s+(?:scored|scores|scoring|posted|reached|reaching|hit|hitting)\s+)"
    r"(?:an?\s+|about\s+|around\s+|roughly\s+|just\s+)?$",
    re.I,
)
_AFTER_FILLER = re.compile(
    r"^(?:[\s\-‐‑,*]|\(?pass@\d+\)?|of\s+\d+|\b(?:accuracy|score|scores|performance|level|result|results|"
    r"standard|on|in|at|for|across|the|of|its|problems|tasks|questions|issues|puzzles|place|spot|position)\b)*$",
    re.I,
)
_ON_DESCRIBED = re.compile(r"^\s*(?:on|in)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][a-z-]*\s+){1,2}$")
_CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bmeanwhile\b", re.I)
_CLAUSE_WORDS = (";", "while", "whereas", "but")  # quick reject; "meanwhile" contains "while"
_AFTER_MODEL_BREAK = re.compile(r"[;]|\b(?:and|while|whereas|where|when|before|after|until|since|once|but|that|which|than)\b", re.I)
_METRIC = re.compile(
    r"pass@\d+|avg@\d+|cons@\d+|maj@\d+|mean@\d+|\baccuracy\b|\bElo\b|\bresolv\w*|exact match|"
    r"\bF1\b|win rate|success rate|solve rate|\bpercentile\b",
    re.I,
)
_METRIC_WORDS = ("@", "accuracy", "elo", "resolv", "exact match", "f1", "win rate", "success rate", "solve rate",
                 "percentile")  # quick reject
_MEDAL = re.compile(
    # ASCII case-folding: a Unicode-blind match would take look-alikes ("ſilver", "sılver") whose
    # lower-case form is not a colour
    r"\b(?P<colour>gold|silver|bronze)(?:[- ]medal(?:s|ist|list)?\b|[- ]level\b|(?=\s+(?:at|in|on)\b))"
    # "took 371 points and a bronze", "scored 498 points, also gold": the colour alone after a score
    r"|(?<=\d)(?:\s*(?:points?|pts)?\s*(?:,|and)\s+(?:(?:was\s+)?(?:also|again|a|an|won|took|earned|reached|got)\s+){1,2}?)"
    r"(?P<bare>gold|silver|bronze)\b(?=\s*(?:[,.;:)]|$))"
    # "Its Aristotle system also reached gold.", "won silver, too": a medal verb and the colour alone
    r"|\b(?:reach(?:ed|es)?|won|wins?|took|takes?|earn(?:ed|s)?|claim(?:ed|s)?|secur(?:ed|es)?|achiev(?:ed|es)?)\s+"
    r"(?:(?:a|an|the)\s+)?(?P<won>gold|silver|bronze)\b(?=\s*(?:[,.;:)]|$)|\s+(?:too|again|as\s+well)\b)", re.I | re.A
)
_MEDAL_WORDS = ("gold", "silver", "bronze")  # quick reject
_MEDAL_PLACE = {"gold": 1.0, "silver": 2.0, "bronze": 3.0}
_NOT_A_MODEL_SUBJECT = literal_gated(re.compile(
    # "average" of people, not "its 12-benchmark average" or "an average score of"
    # "on average" says how a model's runs were summed up, not who scored
    r"\b(?:human|humans|people|person|(?<!its )(?<!their )(?<!benchmark )(?<!task )(?<!on )average(?!\s+(?:score|of)\b)|median|baseline|participants|contestants|students|"
    r"experts?|previous (?:record|best)|prior (?:record|best)|record holder|random chance|"
    r"(?:the )?(?:best|top|leading|strongest) (?:models?|systems?)|"
    r"(?:reasoning|frontier|open|other|most|many|several|all|leading|top|\d+|no) (?:other )?(?:models|systems|labs))\b",
    re.I,
))
# quick reject: a lower-case piece of every _NOT_A_MODEL_SUBJECT alternative (the pattern costs ~10 µs
# per sentence)
_NOT_A_MODEL_WORDS = (
    "human", "people", "person", "average", "median", "baseline", "participants", "contestants", "students",
    "expert", "previous ", "prior ", "record holder", "random chance", " model", " system", " labs",
)
# "It started from V3.1-Terminus": a sentence whose subject is a pronoun for the passage's model;
# the models it names are objects, not the next sentences' subject ("That model, o3, …" names its
# subject, an appositive)
_PRONOUN_LEAD = re.compile(
    r"^\W*(?:it|the (?:new )?model|this (?:new )?model|the system)\b(?!['’]s)"
    # "That model, o3, …" names its subject (the model right after the comma: the match ends at
    # the first model); "The model, previously limited to ChatGPT Pro users, …" does not
    r"(?!\s+(?:card|cards|family|weights|page|release|name|team|series|itself)\b)(?!\s*,?\s*$)",  # "The model X" too
    re.I,
)
_NOT_BEFORE_NAME = re.compile(r"\s*(?:(?:the|a|an|even|just|only|yet|to|for|by|from|with|like)\s+)*\W*$", re.I)
_PRONOUN_CLAUSE = re.compile(r"\s*(?:it|its|the model['’]s|the model)\b(?!['’]s)", re.I)
_PRONOUN_SUBJECT = re.compile(r"^(?:\W*\w+\W+){0,5}?(?:it|its|the model|the system)\b(?!\s+[A-Z][\w.-]*\d)", re.I)
# the stems of the verbs that report a result ("scored", "reaches", "posted", "got", "delivers")
_RESULT_VERBS = r"scor|reach|post|hit|get|got|achiev|land|manag|record|earn|deliver"
# "With majority voting over 64 samples, it reached 90.0%": "it" + a result verb opening a clause
_PRONOUN_VERB = re.compile(
    rf"(?:^|[,;:])\s*(?:it|the (?:new )?model)\s+(?:also\s+|now\s+|then\s+)?(?:{_RESULT_VERBS})\w*\b", re.I)


# "it gets 61.1%", "the model solved 23.4%": a number glued to a pronoun for the passage's model is
# that model's, whatever else the sentence says about people or other models
_PRONOUN_GLUED = re.compile(
    rf"\b(?:it|the (?:new )?model)\s+(?:also\s+|now\s+|then\s+|still\s+)?(?:{_RESULT_VERBS}|solv|answer|resolv)\w*\s+"
    r"(?:an?\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+|nearly\s+)?$", re.I)

# "Anthropic's own figure is 62.9%", "the official number was 41%": a reported result as the subject
_RESULT_SUBJECT = re.compile(
    r"\b(?:own|official|reported|published|claimed|headline)\s+(?:figure|number|result|score)s?\s+"
    r"(?:is|was|are|were|stands at|comes to)\b"
    # "Google's own table says 64.6%", "the model card lists 71%"
    r"|\b(?:table|chart|model card|card|paper|report|blog post|slide)\s+(?:says|shows|lists|gives|reports|puts it at)\b",
    re.I)


_FOR_IT_AFTER = re.compile(r"\s+(?:for|to|by)\s+(?:it|the\s+(?:new\s+)?model)\b(?!['’])", re.I)
# "an independent run … put it at 66.2%": someone else's figure for the passage's model, named "it"
_PUT_IT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|had|has|rated|rates|measured|measures|scored|scores)\s+"
                        r"(?:it|the\s+(?:new\s+)?model)\s+at\s+(?:about\s+|around\s+|roughly\s+|just\s+)?\d", re.I)


# a reader's own run of the model the passage or thread is about: "I ran the v6 split … and got 66.4", "we
# measured 52.3%", "Same ballpark here: 67.0" — the number is the subject model's on the topic benchmark
# ("Artificial Analysis, testing without tools, measured 22.3%": a third party's re-measurement, likewise)
_OWN_RUN_BEFORE = re.compile(
    r"(?:\b(?:I|we|We)\b(?:(?![.;!?]\s)[^\n]){0,80}?\b(?:got|get|gets|getting|measured|measure|see|saw|seeing|obtained|"
    r"reached|scored)|\b(?:same|similar)\s+(?:ballpark|range|numbers?|results?)\s+here\s*[:,—–-]?|"
    r"\b(?:measured|re-?measured|reproduced|clocked)(?:\s+(?:it|the\s+model))?(?:\s+at)?)"
    r"\s*(?:about\s+|around\s+|roughly\s+|~\s*)?\Z", re.I)


def _own_run(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a reader's own run of the subject model (`_OWN_RUN_BEFORE`)."""
    return has_any(text[max(0, start - 100):start], _OWN_RUN_WORDS) and \
        _OWN_RUN_BEFORE.search(text, max(0, start - 100), start) is not None


def _pronoun_subject(text: str) -> bool:
    """Whether the sentence's subject is "it" / "the model" or a reported result (the passage's model), or
    one of its numbers is someone's own run of that model (`_own_run`)."""
    return _PRONOUN_SUBJECT.search(text) is not None or _PRONOUN_VERB.search(text) is not None \
        or _RESULT_SUBJECT.search(text) is not None or _PUT_IT_AT.search(text) is not None \
        or (has_any(text, _OWN_RUN_WORDS) and any(_own_run(text, m.start()) for m in _DIGIT_RUN.finditer(text)))


_DIGIT_RUN = re.compile(r"(?<![\d.,])\d")
_OWN_RUN_WORDS = ("I ", "I'", "I’", "we ", "We ", "here", "measur", "reproduc", "clocked")  # quick reject for _OWN_RUN_BEFORE


_TABLE_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"^[\s|:\-+]+$")  # (+: a psql or grid rule, "------+------")
# a sentence that opens on an unnamed model's document: "The card also lists …", "The model card claims …"
_CARD_LEAD = re.compile(r"\W*(?:the|its)\s+(?:model\s+)?(?:card|launch post|announcement|release notes?)\b"
                        # (round 15) "The company has also reported 71.6% on B": the maker of the passage's model speaking,
                        # not the rival the sentence before measured
                        r"|\W*the\s+(?:company|lab|firm|start-?up|developer|maker)\s+(?:has\s+|had\s+)?(?:also\s+)?"
                        r"(?:reported|reports|claimed|claims|announced|announces|published|publishes|gives|gave|lists|listed|"
                        r"cites|cited|quotes|quoted)\b"
                        # (round 16) "The model also reached 71.4% on B" in a new paragraph or after rivals: the passage's model
                        r"|\W*the\s+model\s+(?:also|additionally|further)\s+(?:reached|reaches|scored|scores|achieved|achieves|"
                        r"obtained|obtains|got|gets|posted|posts|hit|hits|recorded|records)\b", re.I)
# "Dovetail's launch post claims 71.5% …": the document of a lab, so the scores are of the model that
# lab released in the passage ("Dovetail AI announced Cinder 4 Ultra", "Dovetail's Cinder 4 Ultra")
_ORG_DOC_AFTER = re.compile(
    r"(?:['’]s?|\s+said\s+in\s+its)\s+(?:own\s+|new\s+|official\s+)?(?:model\s+)?(?:card|launch post|announcement|release notes?|"
    r"blog(?:\s+post)?|technical report|tech report|paper|post|press release|benchmark table|results table|table|"
    r"release|documentation|docs)\b", re.I)
_ORG_RELEASED = re.compile(
    r"^(?:['’]s?\s+(?:new\s+|latest\s+)?|\s+(?:has\s+|have\s+|also\s+|on\s+\w+\s+|today\s+)*"
    r"(?:announced|released|launched|unveiled|introduced|published|shipped|debuted|open-sourced|rolled out|"
    r"announces|releases|launches|unveils|introduces|publishes|ships|debuts|open-sources)\s+"
    r"(?:(?:its|their|the|a|an|new|latest)\s+){0,2})$", re.I)
_RANK_HEADER = re.compile(r"[ \t]*(?:#|rank(?:ing)?|pos(?:ition)?\.?|place|no\.)[ \t]*$", re.I)
_MODEL_COL_HEADER = re.compile(r"[ \t]*" + _MODEL_QUALIFIER + r"(?:model|models|llm)[ \t]*$", re.I)  # (nlp.claim_tables)
_RANK_CELL = re.compile(r"[ \t]*#?(\d{1,3})(?:st|nd|rd|th)?\.?[ \t]*\*?[ \t]*$")
_NOT_SCORE_HEADER = re.compile(r"\b(?:share|cost|price|latency|time|speed|tokens?|usage|traffic|revenue|growth|change|"
                               r"delta|diff)\b|Δ", re.I)  # "Market share (%)", "Change (%)": no score column
_QUANTITY_HEADER = re.compile(r"[ \t*_]*(?:price|cost|\$|params?|parameters|size|context(?:[ \t]+(?:length|window))?|ctx|"
                              r"tokens?|latency|speed|throughput|memory|vram|gpus?|release(?:d|[ \t]+date)?|date|"
                              r"licen[cs]e|votes?)(?=[ \t]*(?:[(/:*_]|$))", re.I)
_INDEX_HEADER = re.compile(r"[ \t]*(?:index|composite)[ \t]*$", re.I)  # a composite's column, when no other says score
_SCORE_HEADER = re.compile(r"\b(?:score|elo|rating|accuracy|pass@\d+|result|overall|resolved|solved|success)|%"
                           r"|\b(?:acc(?:_pct)?|pass(?:_rate)?|pass_at_1|win_rate|solve_rate|exact_match)\b", re.I)  # + result-record keys (nlp.record_lines)
# small patterns used in loops, compiled once (``re.search(r"…")`` pays a cache lookup per call)
_WORD_RE = re.compile(r"\w+")
_SCORED_ON_AFTER = re.compile(r"\s*(?:on|in)\s+(?:the\s+)?[A-Z\dτ]")
# a model the text does not name: "an OpenAI reasoning system", "a rival lab's model"
_UNNAMED_MODEL = re.compile(
    r"\b(?:an?|another)\s+(?:(?!(?:where|which|that|who|when|than|and|or|of|on|in)\b)[\w'’-]+\s+){0,3}?"
    r"(?:model|system|LLM|chatbot|entry|submission)\b"  # not "agent": "with a custom agent, it reaches" is a setting
    # "the top Kaggle entry reached 24%": the best of a field, unnamed
    r"|\bthe\s+(?:top|best|winning|leading|strongest|highest[- ]scoring)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:entry|entries|submission|submissions|team|teams|agent|system|model)\b"
    # "our vendor's model gets 95%": a model of someone the text does not name
    r"|\b(?:our|your|my|their|his|her|a|the)\s+(?:vendor|rival|competitor|client|customer|partner|supplier|provider|"
    r"friend|neighbou?r|colleague)s?['’]s?\s+(?:[\w-]+\s+){0,2}?(?:model|system|LLM|chatbot|AI)\b")
_ON_NAME = re.compile(
    rf"\s*(?:%|points?)?\s+on\s+(?:the\s+)?(?!(?i:{MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"the|an?|its|their|our|it|this|that|these|those|average)\b)[A-Z]")
_HIGHER_BEFORE = re.compile(r"\b(?:higher|better|more|stronger|faster)\s*$", re.I)
_LOWER_BEFORE = re.compile(r"\b(?:lower|worse|less|weaker|slower)\s*$", re.I)
_LIST_GAP_NOISE = re.compile(r"(?:['’]s|\s+at)\s+\d[\d.,]*\s*%?|\([^)]*\)|\b[A-Z][\w.-]*['’]s\b|['’]s")
_RUN_GAP_NOISE = re.compile(r"\([^)\d]*\)|['’]s")
_ASIDE_NOISE = re.compile(r"\([^()\n]{0,40}\)|['’]s")  # asides in brackets, digits too ("(35 of 42 points)")
_ORDINALS = {w: float(i) for i, w in enumerate(ORD_WORDS, start=1)}
_ORD = "|".join(sorted(ORD_WORDS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th)"  # (to "twentieth" since round 26)
_HASH = r"(?:#|No\.\s?)\d{1,3}"
# a place on a leaderboard or in a competition: "came first on X", "ranks #5", "the #1 spot", "is #2"
_RANK = re.compile(
    rf"\b(?:came|comes|coming|went|goes|going|finish(?:es|ed|ing)?|plac(?:es|ed|ing)|rank(?:s|ed|ing)?(?:\s+(?:it|them))?|"
    rf"land(?:s|ed|ing)?|debut(?:s|ed|ing)?)\s+(?:(?:in|at)\s+)?(?:the\s+)?(?P<a>{_ORD}|{_HASH})(?![\w-])"
    rf"|(?<![\w-])(?P<b>{_ORD}|{_HASH}|top)\s+(?:place|spot|position|(?:model|system)(?=\s+(?:on|in|at)\s))\b"
    # (not "the top spot changed hands twice": the place as a subject, nobody's)
    rf"(?!\s+(?:changed|changes|changing|switched|switches|flipped|flips|passed|passes|moved|moves)\b)"
    rf"|\b(?:is|was|are|at)\s+(?P<c>{_HASH})(?![\w-])"
    # "ranks Claude Opus 4.5 second": the model (masked as \uE000…) between verb and place
    rf"|\b(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|put(?:s|ting)?)\s+\uE000+\s+(?:(?:in|at)\s+)?(?:the\s+)?"
    rf"(?P<d>{_ORD}|{_HASH})(?![\w-])"
    # "pushing X (1478) to second", "knocked X down to third": the place a newcomer leaves X in
    rf"|\b(?:push(?:es|ed|ing)?|knock(?:s|ed|ing)?|drop(?:s|ped|ping)?|bump(?:s|ed|ing)?)\s+\uE000+"
    rf"(?:\s*\([^()\n]{{0,24}}\))?\s+(?:(?:back|down)\s+)?to\s+(?:the\s+)?(?P<e>{_ORD}|{_HASH})(?![\w-])",
    re.I,
)
# "Claude Sonnet 4.5 is now second", "X is the new #1 on B", "… came first, Y second and Z fifth", "with Y
# second at 70": a place right after a model; without a verb only where the sentence already gives a
# place or after "with"
_RANK_AFTER_MODEL = re.compile(
    # (", was third at 1465" after an appositive name: only with a verb)
    rf"(?:\s+|\s*,\s+(?=(?:is|was|sits|sat|stands|stood)\s))"
    # ("X is listed 3rd at 57.5%", "X was first again, at 1,497", "X is in 5th rank")
    rf"(?P<verb>(?:(?:is|was)\s+(?:(?:now|currently|still|also)\s+)?(?=listed|placed|ranked|rated))?"
    rf"(?:is|was|sits|sat|stands|stood|ranks|ranked|placed|came|comes|finished|finishes|listed|rated)\s+)?"
    rf"(?:(?:now|currently|still|also)\s+)?(?:(?:in|at)\s+)?(?:the\s+|an?\s+(?:close|distant)\s+)?(?:new\s+)?"
    rf"(?P<r>{_ORD}|{_HASH})"
    rf"(?:\s+(?:place|spot|position|rank))?"
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|with|overall|and|behind|after|ahead|for|again|once\s+more)\b)",
    re.I,
)
_POSSESSIVE_WORDS = ("their", "its", "his", "her")  # quick reject
_POSSESSIVE_BEFORE = re.compile(r"\b(?:their|its|his|her)\s+$", re.I)
_RESULTS_AFTER = re.compile(
    r"\s+(?:figures?|scores?|numbers|results?|marks)\b"
    # "its B score is 65.8%", "its B figure is modest: 38.6%": the sentence's own number follows
    r"(?!\s*(?:(?:of|at|is|was|were|are|stands? at)\s+)?(?:[a-z]+\s*){0,2}[:=(]?\s*\d)", re.I
)
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)
_OWN_SCORE_GAP = re.compile(
    r"^\s*,?\s*(?:had\s+|has\s+|have\s+)?(?:(?:earlier|already|first|also|since|previously)\s+)?(?:posted|published|reported|"
    r"gave|given|claimed|announced|shared|quoted|put\s+out)\s+(?:its|their)\s+own\s+(?:score|figure|result|number|rating)\s+"
    r"(?:of\s+)?(?:about\s+|around\s+)?$", re.I)
# (round 15) also past the board the place is on ("second place on the B board, behind only X") and without "only"
# after a second place and a comma ("lists it second, behind X"; claims-dev reads "placed second on B behind X" as no
# place of X)
_BEHIND_ONLY = re.compile(r"(?:\s+(?:place|spot|position|overall))*(?:\s+(?:on|in)\s+(?:the\s+|its\s+)?[^,.;:()\n\d]{1,60}?)?"
                          r"(?:\s*,?\s+behind\s+only|\s*,\s+behind)\s+(?:the\s+)?", re.I)  # "second on B behind X": no
_BEHIND_NAME = re.compile(r"behind\s+(?:only\s+)?(?:the\s+)?")
_AND_NAME = re.compile(r"\s*(?:,|and\b|&)\s*(?:the\s+)?[A-Z\d]")
_EACH_AFTER = re.compile(r"\s*(?:%|points?|pts)?\s+(?:each|apiece)\b", re.I)
# "… the 99.8th percentile; o4-mini is in the 99th": a place in a sentence that has said "percentile"
_PERCENTILE_ELLIPSIS = re.compile(r"\b(?:in|at|to)\s+the\s+(?P<v>\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)\b(?!\s+percentile)", re.I)
_RANK_WORDS = ("came", "come", "went", "goes", "going", "debut", "finish", "plac", "rank", "land", "place", "spot",
               "position", "#", "top model", "top system", "push", "knock", "drop", "bump")  # quick reject
_ORDINAL_WORDS = tuple(_ORDINALS)  # quick reject for _RANK_AFTER_MODEL, with _NUM_ORDINAL and "#"
_NUM_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b", re.I)
# "ranked No. 3 among open models": a place within a subset of models, not on the leaderboard
_AMONG_MODELS = re.compile(r"\s+among\s+(?!(?:all\s+|the\s+)?\d[\d,]*\s+(?:models|systems|entries|LLMs)\b)"  # "among 31 models": the field
                           r"(?:[\w-]+\s+){0,3}?(?:models|systems|entries|rivals|labs|LLMs|peers)\b", re.I)
_ABOVE_SHARE = re.compile(
    r"\b(?:above|better\s+than|ahead\s+of|higher\s+than|outscor\w*|beat(?:s|ing)?|surpass\w*)\s+"
    r"(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?(?P<v>\d{1,2}(?:\.\d+)?)(?P<pct>\s*(?:%|percent))\s+of\s+"
    r"(?:all\s+|the\s+)?(?:human\s+|\w+\s+)?(?:test[- ]takers|candidates|contestants|participants|competitors|examinees|"
    r"entrants|students|humans|players)\b", re.I)
_PERCENTILE = re.compile(r"(?<![\d.])(?P<v>\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)?\s+percentile\b", re.I)
# differences, counts and labels that find_numbers reads as scores: "76% below", "18 points above",
# "3 of those", "tiers 1-3"
_NOT_SCORE_AFTER = re.compile(
    r"\s*(?:%|percent|per cent|points?|pts|x|times)?\s*(?:cheaper|fewer|less|more|faster|slower|smaller|"
    r"larger|lower|higher|below|above|ahead|behind|longer|shorter|better|worse|discount|cut|reduction|off|"
    r"savings?|markup|premium)\b"
    r"|-[A-Za-z]"  # "a 200-problem slice", "a 100-turn limit": a count used as a modifier
    r"|\s+(?:versions?|releases?|editions?|checkpoints?)\b",  # "the 1.0 versions"
    re.I,
)
# "the 500 SWE-bench Verified tasks": a count of the benchmark's items
_ITEMS_AFTER = re.compile(r"\s+(?:tasks|problems|questions|items|puzzles|issues|examples|prompts|samples)\b", re.I)
# "3 of those" is a count; "61% of them" a rate over the things named before
_OF_THOSE = re.compile(r"\s+of\s+(?:those|them|these)\b", re.I)
# "8% of what X costs": a share of another thing, not a score
_OF_WHAT_AFTER = re.compile(r"\s+of\s+what\b", re.I)
# "8 needles", "40 crates": a whole number before a plural noun counts things (not "61 points",
# not a verb: "its 74 remains the best")
_PLURAL_NOUN_AFTER = re.compile(
    r"\s+(?!(?:points|pts|is|was|has|its|as|this|thus|yes|plus|versus|"
    r"remains|stands|holds|leads|trails|beats|tops|puts|looks|seems|means|makes|sits|comes|lands|ranks|places|"
    r"gets|scores|matches|edges|lags|falls|rises|drops|goes|shows|marks|sets|equals|keeps|takes|wins|loses|"
    r"tracks|fits|needs|counts|reads|says|suggests|compares|reflects|represents|translates)\b)"
    r"[a-z][a-z-]*(?<![su])s\b")
# "tier 2", "version 3.1", "Apache 2.0", "CC BY 4.0", "release 1.1": a label's digits, never a score
_NOT_SCORE_BEFORE = re.compile(
    r"\b(?:tiers?|levels?|versions?|phases?|rounds?|stages?|steps?|seasons?|splits?|releases?|builds?|patch|"
    r"weeks?|episodes?|chapters?|parts?|volumes?|vol\.|"
    r"apache|licen[cs]es?|[al]?gpl(?:v\d)?|cc[- ]by(?:[- ](?:sa|nc|nd))*|"
    # "scores are out of 100", "at temperature 0": a scale's top, a sampling setting
    r"out\s+of|temperature(?:\s+of)?|temp\.?|top[- ]p|top[- ]k)[\s=:-]*$", re.I)
_GLUED_GAP = re.compile(r"^\s*[:=]?\s*$")
# "[09:02] ana: …", "09:02 — …", "1/ it is out", "2/7 …": a chat log's clock or a thread's counter at a
# line's start, never a score
_LINE_LEAD_NOT_SCORE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*\]"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?=\s*[\u2014\u2013-]\s|\s+<?[\w.@-]{1,24}>?:\s)"
    r"|\d{1,3}/(?:\d{1,3})?(?=\s))")
# "lost 41 points", "gained 12 Elo": a change, not a score
_CHANGE_VERB_BEFORE = re.compile(r"\b(?:lost|loses|lose|losing|gained|gains|gaining|shed|sheds|dropped|drops|added|adds)"
                                 r"\s+(?:about\s+|around\s+|roughly\s+|some\s+|another\s+)?$", re.I)
_POINTS_AFTER = re.compile(r"\d\s*(?:points?|pts|elo)\b", re.I)
# "30 tok/s", "19 tokens per second", "120 t/s": a speed, never a score
_SPEED_AFTER = re.compile(
    r"\s*(?:k\s*)?(?:tok(?:en)?s?|t|it|char(?:acter)?s?|words?|req(?:uest)?s?|queries)\s*(?:/|per\s+|a\s+)\s*"
    r"(?:s\b|sec\b|secs\b|seconds?\b|min\b|minutes?\b)|\s*(?:tps|qps|rps)\b", re.I)
_FOR_REFERENCE = re.compile(r"\W*[^,;:]{1,60}?,\s*(?:for|by|in)\s+(?:reference|comparison)\s*,", re.I)
_PLUS_MINUS_BEFORE = re.compile(r"(?:±|\+/-|\+-)\s*$")
_PLUS_MINUS_WORDS_BEFORE = re.compile(r"\b(?:plus or minus|give or take)\s+(?:about\s+|roughly\s+)?$", re.I)
# "(95% CI 69.0-73.5)", "a 95% confidence interval": the interval's level, not a score
_LEVEL_AFTER = re.compile(r"\s*(?:CI\b|(?:confidence|credible|prediction)\s+(?:interval|level|bound)|interval\b)", re.I)
# a whole number before words describing items: "12 unusually hard final-answer problems", "900 keigo and
# contract-reading questions" (two describing words joined by "and"/"or")
_MODIFIED_ITEMS_AFTER = re.compile(
    r"(?:\s+(?!(?:on|in|at|of|for|with|across|over|from|to|and|or|vs|than|by|points?|pts)\b)[a-z][a-z-]*){1,3}"
    r"(?:\s+(?:and|or)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?"
    r"\s+(?:tasks|problems|questions|items|puzzles|issues|examples|prompts|samples|exercises|challenges)\b")
# "100 agents", "74 real coding tasks", "10 evaluations": a count of things, up to two lower-case
# modifiers between (numbers.find_numbers knows one noun right after the number, or two words)
_COUNT_AFTER = re.compile(
    r"\s+(?:(?!(?:on|in|at|for|across|with|and|or|of|from|to|vs|than|over|under|among|while|which|when|"
    r"after|as|per|the|a|an|its|their|is|was|are|were)\b)[A-Za-z][\w.-]*\s+){0,2}"
    r"(?:agents|evaluations|evals|issues|repositories|repos|environments|games|puzzles|items|prompts|"
    r"conversations|dialogues|scenarios|subtasks|domains|categories|instances|cases|sessions|websites|"
    r"documents|papers|experiments|seeds|tasks|problems|questions|samples|examples|benchmarks|models|"
    r"tests|exercises|challenges|episodes|trajectories|apps|projects|languages|contestants|participants|"
    r"workers|employees|customers|users|developers|engineers|students|pages|files|steps|turns|tools|"
    r"categories|active|sites|shops|stores|companies|firms|countries|cities|hospitals|schools|people|teams|"
    r"images|videos|clips|photos|recordings|patients|records|tickets|transactions)\b"
)
# "would score 55%", "is expected to reach 60%", "aims to hit": a forecast or a target, not a result
# (lower case only: "May" is a month)
_HEDGE_BEFORE = re.compile(
    r"\b(?:would|could|might|will|should|may|(?:is|are|was|were) (?:expected|projected|predicted|likely|set) to|"
    r"aims? (?:to|for|at)|aiming (?:to|for|at)|aimed (?:for|at)|hopes? (?:to|for)|hoping (?:to|for)|targets?|"
    r"targeting|goal of|promis\w+ to)"
    r"(?:\s+(?!(?:and|but|while|whereas|than)\b)[\"“‘']?[\w-]+){0,3}\s+(?:about\s+|around\s+)?$"
)
# "Market share for Claude reached 42%", "OpenAI's revenue grew to 27%": a business figure
_HEDGE_WORDS = ("would", "could", "might", "will", "should", "may", " to", "target", "goal", "aim", "hop")  # quick reject
_SHARE_WORDS = ("share", "revenue", "spending", "usage", "adoption", "traffic", "downloads", "user base",
                "subscribers", "valuation", "stake")  # quick reject: a lower-case piece of each _SHARE_BEFORE word
_SHARE_BEFORE = re.compile(
    r"\b(?:market[- ]share|share of|revenue|spending|usage|adoption|traffic|downloads|user base|"
    r"subscribers|valuation|stake)\b", re.I
)
_SAME_BENCH_AFTER = re.compile(
    r"\s+(?:on|in|for)\s+the\s+same\s+(?:[\w-]+\s+)?(?:benchmark|test|set|eval|evaluation|leaderboard|suite|exam|"
    r"board|task set|(?:\d[\d,]*\s+)?(?:tasks|problems|questions|items|prompts))\b", re.I)  # "the same 50 tasks"
_SAME_BENCHES = re.compile(r"\b(?:(?:on|in|across)\s+(?:the\s+same|both|these|those)\b(?!\s+(?:model|day|week|month|year))|respectively\b)", re.I)
_NON_BEFORE = re.compile(r"\bnon[-‐‑ ]$", re.I)
_FAMILY_NOUN_AFTER = re.compile(r"\s+(?:model|models|family|series|line|lineup)\b", re.I)
_OWNER_ADJ_BEFORE = re.compile(r"(?:\w['’]s|\ws['’])\s+(?:[a-z][\w-]*\s+){0,2}$")
_SAME_ORDER = re.compile(r"\b(?:in\s+the\s+same\s+order|in\s+(?:that|this)\s+order|(?:in\s+)?the\s+same\s+sequence)\b", re.I)
_SAME_SETTINGS = re.compile(r"\b(?:in|under)\s+the\s+same\s+(?:\w+\s+)?(?:settings|conditions|modes|configurations|setups)\b", re.I)
_LICENCE_AFTER = re.compile(r"\s+(?:community\s+|open\s+|research\s+)?licen[cs]e\b", re.I)
_has_other_model_word = any_finder((
    "predecessor", "successor", "sibling", "rival", "competitor", "previous model", "previous version", "older model",
    "older version", "earlier model", "earlier version", "base model", "teacher", "parent", "original model"))
_SIZE = r"for\s+(?:the|its)\s+(?:\d+(?:\.\d+)?\s?[BbMmKk]\b|smaller|larger|bigger|small|mini|lite|base|distilled)(?!-)"
_OTHER_SIZE_AFTER = re.compile(rf"(?:\s+(?:on|in)\s+[^,;]{{1,40}}?)?\s+{_SIZE}", re.I)
_INVERSE_WORDS = ("hallucinat", "error", "fail", "refus", "wrong", "incorrect")  # quick reject
_INVERSE_BEFORE = re.compile(r"\b(?:hallucinat\w*|errors?|error rates?|fail\w*|refus\w*|wrong|incorrect\w*)\b", re.I)
_OF_THE_N = re.compile(r"\s+of\s+(?:the|its|their|all)\s+\d[\d,]*\s+[a-z]", re.I)
_OTHER_MODEL_BEFORE = re.compile(
    r"\b(?:its|their|the)\s+(?:\w+\s+)?(?:predecessor|successor|sibling|rivals?|competitors?|previous (?:model|version)|"
    r"older (?:model|version)|earlier (?:model|version)|base model|teacher|parent(?: model)?|original model)\b", re.I)
_CLAUSE_OR_COMMA = re.compile(r"[;,]|\b(?:while|whereas|but)\b", re.I)
_NO_BEFORE = re.compile(r"\b(?:no|without|nor)\s+(?:(?:official|public|published|any|new)\s+)?$", re.I)
# "X, which Meta lists at 88.7": a number in a relative clause on the model before it
_WHICH_GAP = re.compile(r"\s*,\s*(?:which|who)\s+[^\d,;.()]{0,40}?\b(?:at|of|with|to)\s+(?:about\s+|around\s+)?$", re.I)
_has_not_bench_word = any_finder(("-style", "-like", "-type", "-esque", "-inspired", "-based", "-format",
                                  "no ", "without", "nor ", " team", " group", " authors", " maintainers",
                                  " organi", " creators"))
# "IFEval-style", or "the MathArena team ran …": the people behind a benchmark, not the benchmark
_PEOPLE_WORDS = r"team|authors|maintainers|organi[sz]ers|creators"  # the people behind a benchmark
_STYLE_AFTER = re.compile(r"[-‐‑](?:style|like|type|esque|inspired|based|format)\b|"
                          rf"\s+(?:{_PEOPLE_WORDS}|group)\b(?!\s*['’]s\s+(?:leaderboard|board))",
                          re.I)
# "the B team ran …", "the B authors give …": the people behind a benchmark, as a sentence's subject
_TEAM_AFTER = re.compile(rf"\s+(?:{_PEOPLE_WORDS})\b(?!\s*['’]s)", re.I)
_TEAM_RAN_NAMED = re.compile(r"\b(?:on|in|with)\s+(?:the\s+)?(?:same|this|that|these|those)\b", re.I)
_DIFF_BEFORE = re.compile(
    r"\b(?:gap|difference|margin|lead|delta|spread)\s+(?:is|was|of|stands at|narrows to|widens to)\s+"
    r"(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|nearly\s+)?$", re.I)
_DIFF_WORDS = ("gap", "difference", "margin", "lead", "delta", "spread")  # quick reject
_VERSION_SHAPE = re.compile(r"\d\.0")
_NAME_BEFORE = re.compile(r"[A-Z][\w.-]*\s$")
# "Seal-0", "Tier-2": a digit hyphened to a word is part of a name
_NAME_HYPHEN_BEFORE = re.compile(r"[A-Za-z][-‐‑]$")
# a year-shaped number that is a rating: "a 2029 Codeforces rating", "a rating of 2001"
_RATING_AFTER = re.compile(r"\s*(?:rating|elo)\b", re.I)
_RATING_OF_BEFORE = re.compile(r"\b(?:rating|elo|score)\s+of\s*$|\brated\s*$", re.I)
# "$5,478 in the bank" on a benchmark scored in dollars is a result; "$2 per task" stays a price
_DOLLARS = re.compile(r"(?<![\w.])(?:US)?\$\s?(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,]?\d)")
_DOLLAR_SIZE_AFTER = re.compile(r"\s*(?:[kKmMbBtT]\b|thousand|million|billion|trillion|bn|mn)", re.I)
_COMPARED_SEP = re.compile(r"^\s*,?\s*(?:vs\.?|versus|against|compared (?:with|to))\s*$", re.I)
_TO_SEP = re.compile(rf"^\s*,?\s*(?:{_CHANGE})\s*$", re.I)
# "66.8%, against 71.3% reported by Moonshot", "71% against 52% without": the same model measured
# by someone else or in another setting, not a compared model
_SAME_MODEL_AFTER = re.compile(
    r"\s*(?:(?:as\s+|that\s+(?:was\s+|were\s+)?)?(?:reported|claimed|published|quoted|cited|measured|stated)\b|"
    r"without\b|(?:in|from)\s+(?:its|the\s+(?:company|lab)['’]s)\s+own\b)",
    re.I,
)
_THAT_GAP = re.compile(r"^\s*(?:(?:that|which)\s+)?$", re.I)
_MANAGED_AFTER = re.compile(r"\s+(?:had\s+)?(?:managed|scored|got|posted|reached|achieved|hit|recorded)\b", re.I)
# "90% of Claude Sonnet 3.7's performance": a share of another model's result, not a score
_RELATIVE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,4}?[\w.-]+['’]s?\s+"
    r"(?:performance|score|scores|quality|capabilit\w+|accuracy|level|results?)\b",
    re.I,
)
_BOTH_BEFORE = re.compile(r"\bboth\s+$", re.I)
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?|relative to|than)\s*(?:about|around|roughly|just|only)?\s*$",
    re.I,
)
_PRICE_RATE_AFTER = re.compile(r"\s*(?:per|a|an|each|/|for every|in (?:fees|costs?|api|compute))\b|\s*/", re.I)
_ON_OTHER_THING = re.compile(r"\s*(?:%|points?)?(?:\s+of\s+[\w-]+)?\s+(?:on|in)\s+(?:an?|its|their|our)\s+(?!(?:same|own|account|bank|balance|wallet|runs?|harness|setup|hardware|machines?|box|rig|cluster|GPUs?)\b)"
    # (nor where the figure was said: "had quoted $3,120 in its launch post")
    r"(?!(?:[\w-]+\s+)?(?:post|blog|announcement|paper|report|card|tweet|thread|release|notes|slides?|deck|video|"
    r"newsletter|press\s+release|keynote|interview)\b)", re.I)
_ELO_WORD = re.compile(r"\belo\b", re.I)
_RATING_WORD = re.compile(r"\brating\b", re.I)
_ELO_ANY = re.compile(r"elo", re.I)
# a "Rating" column of an arena (pairwise votes) is an Elo rating: "Abacus Arena | Rating" (not "Arena-Hard", a judged test)
_ARENA_BOARD = re.compile(r"arena(?![\s-]*hard)", re.I)
_ON_ARENA = re.compile(r"\b(?:on|in)\s+(?:the|an?|its)\s+(?:[\w-]+\s+)?arena\b(?![\s-]*hard)", re.I)
_RATING_ANY = re.compile(r"rating", re.I)
_PERCENT_HEADER = re.compile(r"\(%\)|%")
# a lead line's percent: "(percentages)", "(accuracy, %)", "in percent", "% correct" on a line ending in ":"
_LEAD_PERCENT = re.compile(r"(?:\bpercent(?:ages?)?\b|\bper cent\b|%)[^\n]{0,60}:[ \t]*$", re.I)


def _lead_percent(text: str, a: int) -> bool:
    """Whether the last non-blank line before the table at text[a:] is a lead line (ending in ":") giving percent."""
    end = text.rfind("\n", 0, a)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return False
    start = text.rfind("\n", 0, end) + 1
    return end - start <= 160 and _LEAD_PERCENT.search(text, start, end) is not None


_PERCENT_NOTE = re.compile(r"\b(?:in|as)\s+(?:%|percent\b|per cent\b|percentages\b)|\(\\?%\)", re.I)  # "(\%)": LaTeX's


@dataclass
class _Ent:
    start: int  # char offsets relative to the segment
    end: int
    label: str
    canonical: str
    obj: bool = False  # named as a comparison ("ahead of X") or an ancestor ("built on X")
    relation: str | None = None  # "ahead" | "behind" | "vs" for comparisons, None otherwise


def _canonical(span) -> str:
    return span._.canonical or span.text


def _ent_tuples(doc: Doc, labels: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
    """(start_char, end_char, label, canonical) of the spans in `doc.ents` with one of `labels`.

    Same values as `_canonical`, read from `ent_rows`: ``doc.ents`` builds a ``Span`` per entity and
    ``span._`` an ``Underscore`` object per read, which adds up over a corpus.
    """
    text = doc_text(doc)
    return [(a, b, label, canonical or text[a:b])
            for a, b, label, _, canonical, _, _, _ in ent_rows(doc) if label in labels]


class _TitleSubject:
    """The model the title names, worked out on first use only: running the components on the
    title costs as much as a short article, and most documents name a model before a sentence
    needs the title's."""

    __slots__ = ("_compute", "_value", "_done")

    def __init__(self, compute):
        self._compute = compute
        self._value = None
        self._done = False

    def get(self) -> str | None:
        if not self._done:
            self._value = self._compute()
            self._done = True
        return self._value


@lru_cache(maxsize=1024)  # (a sentence's length, asked again per claim of it)
def _words(s: str) -> int:
    return len(_WORD_RE.findall(s))


# --------------------------------------------------------------------------- component


@Language.factory(
    "modelwire_claims",
    assigns=["doc._.claims"],
    requires=["doc.ents", "token.is_sent_start"],
    default_config={"previous_subject": True, "claim_linker": False},
)
def make_claims(nlp: Language, name: str, previous_subject: bool, claim_linker: bool) -> "ClaimExtractor":
    return ClaimExtractor(nlp, name, previous_subject=previous_subject, claim_linker=claim_linker)


class ClaimExtractor:
    """Pairs numbers with MODEL and BENCHMARK spans, sentence by sentence and cell by cell."""

    def __init__(self, nlp: Language | None = None, name: str = "modelwire_claims", *, previous_subject: bool = True,
                 claim_linker: bool = False):
        self.nlp = nlp
        self.name = name
        self.previous_subject = previous_subject
        self.claim_linker = claim_linker  # also the learned linker's claims (nlp.claim_linker; opt-in)

    def _bench_units(self) -> dict:
        """{benchmark name: unit} from the knowledge base of the pipeline's entity component (empty
        without one), read once."""
        units = getattr(self, "_units", None)
        if units is None:
            kb = None
            if self.nlp is not None and "modelwire_entities" in self.nlp.pipe_names:
                kb = getattr(self.nlp.get_pipe("modelwire_entities"), "kb", None)
            units = {name: e.unit for name, e in kb.benchmarks.items() if e.unit} if kb is not None else {}
            self._units = units
        return units

    def _bench_names(self) -> frozenset:
        """The knowledge base's benchmark names (for "its Intelligence Index"), read once; empty
        without an entity component."""
        names = getattr(self, "_benches", None)
        if names is None:
            kb = None
            if self.nlp is not None and "modelwire_entities" in self.nlp.pipe_names:
                kb = getattr(self.nlp.get_pipe("modelwire_entities"), "kb", None)
            names = self._benches = frozenset(kb.benchmarks) if kb is not None else frozenset()
        return names

    def _title_ents(self, title: str):
        """Run the components before this one on the title, to find the model it names."""
        if self.nlp is None:
            return []
        tdoc = self.nlp.make_doc(title)
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            tdoc = proc(tdoc)
        return [(e.start_char, e.end_char, e.label_, _canonical(e)) for e in tdoc.ents if e.label_ == "MODEL"]

    def __call__(self, doc: Doc) -> Doc:
        read, back = decoded_doc(self.nlp, doc, self.name)  # a quoted-printable e-mail, a feed: its decoded copy (nlp.format_docs)
        claims = extract_claims(read, previous_subject=self.previous_subject, title_ents=self._title_ents,
                                bench_units=self._bench_units(), bench_names=self._bench_names())
        if self.claim_linker:
            claims = sorted(claims + link(read, claims, self._bench_units()), key=lambda c: c["start"])
        doc._.claims = mapped_back(claims, back)
        return doc


def extract_claims(doc: Doc, *, previous_subject: bool = True, title_ents=None, bench_units=None,
                   bench_names=frozenset()) -> list[dict]:
    """All claims of `doc` (see the module docstring), in text order."""
    text = original = doc_text(doc)
    text = blank_moves(text)  # "1. ▲2 Tamarind 3 — 88.5": the movement mark blanked, offsets kept (nlp.rank_marks)
    text = blank_spreads(text)  # "62.4 ± 1.1 on A": the spread after a mean blanked, offsets kept (nlp.spread_marks)
    text = blank_footnotes(text)  # "61.8%[1]", "71.2^a", a "[4]: …" reference line's label, offsets kept (nlp.footnote_marks)
    unruled = text
    text = pipe_tables(text)  # "│ a │ b │", "+----+", "|---+---|", rST "===  ===": drawn tables in pipes, offsets kept (nlp.table_rows)
    known = _ent_tuples(doc, ("MODEL", "BENCHMARK", "ORG"))
    if text is not original:
        known = trim_ents(original, text, known)
    # "ChatGPT (GPT-5.1)", "Albatross-2 Swift", "the 32B version" (nlp.claim_model_forms)
    ents = json_key_benches(text, bracketed_benches(text, bracketed_models(text, [x for x in known if x[2] != "ORG"])))
    ents = size_refs(text, _tier_refs(text, family_tiers(text, ents)))
    ents = bench_by_noun(text, ents, {(s, e) for s, e, _, _, _, k, _, _ in ent_rows(doc) if not k})
    # references only the document resolves: "the arena" after "Kaggle Game Arena", "its model" after a lab
    owned = owned_benches(text, known, bench_names)  # "Artificial Analysis … Its Intelligence Index"
    ents = short_benches(text, sorted(ents + owned) if owned else ents)
    ents = caption_boards(text, ents, known)  # "LatchBench (accuracy, %)" over a table names that board (nlp.table_heads)
    if previous_subject:
        rows = [(s, e, lab, c or text[s:e], org) for s, e, lab, _, c, _, org, _ in ent_rows(doc)]
        # "its model" after a lab, "Tiamat reports 83.7%", "its predecessor" (nlp.claim_discourse)
        labs = org_refs(text, known, rows) + lab_refs(text, known, rows, ents) + predecessor_refs(text, ents)
        if labs:
            ents = sorted(ents + labs)
    named = list_names(text, known) + cue_names(text, known) + bullet_names(text, known) + line_names(text, known)
    named += pair_names(text, known)  # the models a caption's "A vs B" or a chart's legend keys (nlp.inline_pairs)
    named += field_names(text, known)  # "model: X" of a result file, "bar chart of X" (nlp.result_fields)
    named += label_names(text, sorted(known + named))  # "Sedgewarp-Sur 2: TinselQA 61.0 %", a line's head (nlp.line_labels)
    # (nlp.claim_names, nlp.claim_tables)
    if named:
        ents = sorted(ents + named)
    # a versioned name before "scores N on B", an inline list's item, a CSV row's first cell; "X Arena" (nlp.claim_position)
    ents = position_names(text, ents)
    ents = with_column_cells(text, ents)  # "Farrowgate 3 <tab> MillraceBench <tab> 58.9": a record's column of names (nlp.name_columns)
    # "71.4% on Quarry-SWE" with the board unrecognised (nlp.claim_boards)
    boards_on = scored_on_boards(text, ents, known)
    if boards_on:
        ents = sorted(ents + boards_on)
    records = record_tables(text)  # JSON Lines, logfmt: the keys name the model and the benchmark (nlp.record_lines)
    if records:
        ents = role_ents(text, records, ents)
    aligned, aligned_names = aligned_tables(text, ents)  # a DataFrame print's slug headers (nlp.aligned_columns)
    ents = with_names(ents, aligned_names)
    # names a claim ranks or scores models on, or a heading names over a ranked list (nlp.name_roles);
    # a lab's name's first word ("Shanlan" of "Shanlan Technology") is no claim's model
    boards = claim_benchmarks(text, ents + [x for x in known if x[2] == "ORG"])
    if boards:
        ents = sorted([x for x in ents if not any(s <= x[0] and x[1] <= e for s, e, _, _ in boards)] + boards)
    ents = [x for x in ents if x[2] != "MODEL" or not org_shaped(text, x[0], x[1])]
    # "the Gemini app" is no model; "Devstral" after "Devstral Small 1.1" is that model (nlp.claim_discourse)
    ents = family_refs(product_mentions(text, ents))
    ent_starts = [s for s, _, _, _ in ents]  # doc.ents come in text order
    claims: list[dict] = []
    tables = split_blocks(text, _table_blocks(text))  # a second box under the first: its own header (nlp.table_heads)
    # each block gets the entities within 300 characters of it (all its readers look at), by
    # bisection: a document of many tables or lists stays linear; and the benchmarks of the title line,
    # which may name the board far over it ("X leaderboard — update 7", then an introduction)
    title_end = text.find("\n")
    title_benches = [x for x in ents[:bisect_left(ent_starts, title_end)] if x[2] == "BENCHMARK"] if title_end > 0 else []

    def near(a: int, b: int) -> list:
        return [x for x in title_benches if x[0] < a - 300] + ents[bisect_left(ent_starts, a - 300):bisect_right(ent_starts, b + 300)]

    for a, b in tables:
        claims.extend(_table_claims(text, a, b, near(a, b)))
    if text is not unruled:
        # a drawn table the table reader reads nothing of is left to the sentence reader, as it was before
        # nlp.table_rows drew it in pipes ("║ GPQA ║ 90.8 ║ 91.9 ║" under "our run | card" columns)
        tables = [(a, b) for a, b in tables if unruled[a:b] == text[a:b]
                  or any(a <= c["start"] < b for c in claims)]
    printed = []  # a printed table's cells by character position (nlp.aligned_columns): no other reader's
    for a, b, rows in aligned:
        found = _table_claims(text, a, b, near(a, b), "|", rows=rows)
        if found:
            claims = [c for c in claims if not a <= c["start"] < b] + found
            tables.append((a, b))
            printed.append((a, b))
    for a, b, found in result_claims(text, ents):  # the keys of a nested results file say each number's role
        made = []
        for model, bench, vs, ve, la, lb, unit, rival, card in found:
            num = Number(vs - la, ve - la, float(text[vs:ve].rstrip("%")), "%" if text[ve - 1] == "%" else None, "score")
            line = text[la:lb]
            made.append({"model": model, "benchmark": bench, "score": num.value, "unit": unit, "metric": None,
                         "comparison": None, "_how": _how("table", num, line), "sentence": line.strip(),
                         "start": la + len(line) - len(line.lstrip()), "end": lb - len(line) + len(line.rstrip())})
            if rival:
                made[-1]["is_comparison"] = True  # beside entries marked "# ours" (nlp.result_trees)
            if card:
                made[-1]["_card"] = True  # a model card's model-index: self-reported (set after the source readers)
        claims = [c for c in claims if not a <= c["start"] < b] + made
        tables.append((a, b))
        printed.append((a, b))
    exports = export_tables(text)  # CSV/TSV/";" exports under a header of words, quoted fields (nlp.delimited_exports)
    for a, b, sep in table_blocks(text):  # "¦", tabs, ";", "," and aligned columns (nlp.claim_tables)
        if exports and any(p < b and a < q for p, q, _ in exports):
            continue  # an export's lines: read by their fields below
        found = _table_claims(text, a, b, near(a, b), sep)
        if found and printed:
            found = [c for c in found if not any(p <= c["start"] < q for p, q in printed)]
        if found:
            claims.extend(found)
            tables.append((a, b))
    # one cell per line, by rows or by columns (nlp.claim_tables); slashes, field lines, keyed arrows (nlp.grid)
    # LaTeX source rows, "Model & MMLU \\" with \textbf{} marks; HTML tags; MediaWiki "{| … |}" (nlp.table_rows)
    # … and a table flattened into one line, "Benchmark A B MMLU 52.1 68.4 GPQA 38.0 55.6" (nlp.flat_rows)
    for a, b, rows, sep in [(*t, "|") for t in cell_line_tables(text) + markup_tables(text) + one_row_tables(text) + inline_pair_tables(text) + flat_tables(text, ents) + glued_tables(text) + records + position_tables(text) + pair_row_tables(text) + exports] + [
            (*t, "/") for t in grids(text)]:
        found = _table_claims(text, a, b, near(a, b), sep, rows=rows)
        if found and printed:
            found = [c for c in found if not any(p <= c["start"] < q for p, q in printed)]
        if found and sep == "/" and arrow_rows(text, rows):
            mark_before(found)  # "54.1 → 63.7": the first column's model is the before (nlp.grid)
        if found and vs_key(text, rows):
            mark_vs(found)  # "A vs B: X 92.3 vs 88.0": B is cited for comparison with A (nlp.inline_pairs)
        if found:
            claims.extend(found)
            tables.append((a, b))
    if claims:  # the table's rivals beside the headline's model (nlp.grid)
        mark_rivals(text, claims, tables, doc.user_data.get("title") if isinstance(doc.user_data, dict) else None)
    lists = _list_blocks(text)
    leaders = [x for x in leader_blocks(text) if x not in lists]  # a run of dotted-leader lines (nlp.leader_lines)
    title_end = text.find("\n")
    led = []
    for a, b in lists + leaders:
        # (the title's names too: "Souk Arena: November standings" over a board further down)
        head = ents[:bisect_left(ent_starts, min(title_end, a - 300))] if title_end > 0 else []
        found = _leaderboard_list_claims(text, a, b, head + ents[bisect_left(ent_starts, a - 300):bisect_right(ent_starts, b + 300)])
        if found and (a, b) in leaders:
            led += found
            tables.append((a, b))
        else:
            claims.extend(found)
    claims.extend(_chat_claims(text, ents))
    claims.extend(_quiz_claims(text, ents, claims))
    claim_starts = sorted(c["start"] for c in claims)
    tables = tables + [(a, b) for a, b in lists
                       if bisect_left(claim_starts, a) < len(claim_starts) and claim_starts[bisect_left(claim_starts, a)] < b]
    claims += led
    in_table = _Overlaps(tables)
    st = Discourse(text)  # subject, topic benchmarks, heading in force (nlp.claim_discourse)
    st.subject = _TitleSubject(lambda: _title_subject(doc, ents, title_ents)) if previous_subject else None
    org_models = _org_models(text, known) if previous_subject else {}
    pending: list[dict] = []  # claims waiting for a model named after them (see _sentence_claims)
    for a, b in segments(doc):
        st.enter(a, b, _HEADING.match(text, a, b) is not None)
        lo, hi = bisect_left(ent_starts, a), bisect_right(ent_starts, b)
        first_subject = st.first_subject
        if first_subject and lo < hi:
            named = {x[3] for x in ents[lo:hi] if x[2] == "MODEL" and x[1] <= b}
            if named:  # "Two variants ship: X Instant … and X Thinking": a later "the model" is X
                st.variants = len(named) >= 2 and all(c.startswith(first_subject + " ") for c in named)
        if lo == hi and st.context_bench is None:
            continue  # no entity and no topic benchmark: nothing to claim (see _sentence_claims)
        if tables and in_table.hits(a, b):
            continue
        if hi - lo >= 2:
            st.change_pair = _change_pair(text, ents[lo:hi]) or (st.change_pair if not any(
                e[2] == "MODEL" for e in ents[lo:hi]) else None)
        elif lo < hi and ents[lo][2] == "MODEL":
            st.change_pair = None
        if st.context_bench is None:
            settled, new_subject = _no_claim_subject(text, a, b, ents[lo:hi])
            if settled:  # most sentences: no need to build _Ent objects and read the numbers
                if new_subject:
                    st.set_subject(new_subject)
                    if pending:
                        claims.extend(_adopt(pending, new_subject, a, b))
                        pending = []
                continue
        seg_ents = [_Ent(s - a, e - a, label, canon) for s, e, label, canon in ents[lo:hi] if e <= b]
        orphans: list[dict] = []
        own = st.subject
        if first_subject and (lead := _CARD_LEAD.match(text, a, b)) and not any(
                e.label == "MODEL" and (lead.group(0).lstrip()[:3].lower() != "the" or lead.group(0).split()[1].lower()
                                        in ("card", "launch", "announcement", "release", "model")
                                        or e.start < _first_digit(text, a, b)) for e in seg_ents):
            # "The card also lists 64.3% on B": the card of the passage's model, not of the last one named;
            # of the model this paragraph is about when it named one ("Then there is X … The card lists …")
            own = st.para_subject or first_subject
        elif org_models and not any(e.label == "MODEL" for e in seg_ents):
            own = _org_doc_subject(text, a, b, known, org_models) or own
        if st.variants and isinstance(own, str) and own.startswith(first_subject + " ") and not any(
                e.label == "MODEL" for e in seg_ents):
            own = first_subject
        topic = st.context_bench
        if st.last_bench and "same" in text[a:b] and not any(e.label == "BENCHMARK" for e in seg_ents) \
                and _SAME_TEST.search(text, a, b):
            # "In the same test, X only reached 52.4%": the benchmark named last, not the paragraph's topic
            topic = _Ent(-1, -1, "BENCHMARK", st.last_bench)
        found, new_subject = _sentence_claims(
            text[a:b], seg_ents, own if previous_subject else None, topic, bench_units or {},
            orphans=orphans if previous_subject else None,
            topic_benches=st.topic_benches(), last_bench=st.last_bench,
            change_pair=st.change_pair,
        )
        if (found or orphans) and _doubtful(text, a, b):
            found, orphans = [], []  # a question or a condition claims nothing; its subject still counts
        for c in found + orphans:
            c.update(sentence=text[a:b], start=a, end=b)
        claims.extend(found)
        pending += orphans
        if new_subject and st.subject and new_subject != st.subject and comparison_aside(text, a, b):
            new_subject = None  # "For comparison, the model we shipped last spring, X, was at 19.0": the subject stays
        if new_subject:
            st.set_subject(new_subject)
            claims.extend(_adopt(pending, new_subject, a, b))
            pending = []
        st.named_benchmarks(a, seg_ents, b)
    if any("_own_run" in c for c in claims):
        # "I ran it … and got 66.4": a re-run of a claim the passage made before (a card's, another reader's), so
        # only for a model and benchmark a claim before it gave
        claims = [c for c in claims if not c.pop("_own_run", False) or any(
            o["start"] < c["start"] and o["model"] == c["model"] and o["benchmark"] == c["benchmark"] for o in claims)]
    claims += medal_sections(text, claims)  # a "Gold" heading over list items (nlp.claim_places)
    # "1. X — $5,478", "🥇 X — 81.9%", "4️⃣ X" lines of a board (nlp.place_markers), not a sheet's row numbers (nlp.sheet_rows)
    claims += sheet_places(text, marker_places(text, claims))
    claims = drop_unranked(text, claims)  # "This list is not ranked": its numbered lines give no places (nlp.place_markers)
    claims += commentary_claims(text, claims, ents, _BARE)  # "Still first.", "unbeaten on 71", "Gold for X" (nlp.board_commentary)
    claims = link_prose(text, claims, ents)  # "vs X …: 48.3%", "re-ran the model …, they got N", "That figure was wrong" (nlp.prose_links)
    claims = bind_clauses(text, claims, ents, segments(doc))  # "B, which scored N", "the previous model, B, scored N", "there" (nlp.clause_binding)
    claims = align_figures(text, claims, ents, segments(doc))  # k figures to k owners named in order, rivals, from/to, ranks (nlp.figure_alignment)
    claims = speaking_labs(text, claims, ents)  # a lab named like its models speaking: its model's figure (nlp.lab_voices)
    claims = behind_speakers(text, claims, ents)  # "the makers behind X report their model hits N": X's (nlp.lab_voices)
    claims = unnamed_contest_medals(claims)  # "a gold at a programming contest" is no medal on B (nlp.claim_places)
    # "- Bench: 55.8 → 61.2" in release notes: the released model's new value, the replaced one's old (nlp.release_steps)
    claims = release_steps(text, claims, ents)
    claims += _step_claims(text, claims, ents)
    claims.sort(key=lambda c: c["start"])
    # "The article said … 91.3%; the report gives 87.3%", "not 79.1% as we first reported", a re-run's old figure
    claims = drop_withdrawn(text, claims)  # (nlp.withdrawn_figures)
    claims = drop_unsaid(text, claims, ents)  # a hoax, a joke, "did not score 92%", a team's entry (nlp.unsaid_figures)
    claims = strip_quant_tags(claims)  # "Galago-14B-Instruct Q8_0": the model's own name (nlp.quant_tags)
    claims = not_header_models(harness_claims(text, claims, ents))  # a harness table's rows; "Version", "Stderr" read as
    # models (nlp.header_words)
    claims = align_same_models(text, claims, ents, segments(doc))  # "the same models reach N1 and N2" (nlp.same_models)
    claims = rebind_splits(text, claims, ents)  # "on the clean split" after "X-Clean" is named: X-Clean's figure (nlp.split_refs)
    claims = _dedupe(claims)
    if claims:  # rivals of the passage's subject, "For comparison, …", the before of an arrow (nlp.claim_rivals)
        mark_comparisons(text, claims, sorted(ents + [x for x in known if x[2] == "ORG"]))
    if text is not original:  # the sentences as written, marks and all
        for c in claims:
            if text[c["start"]:c["end"]] == c["sentence"]:
                c["sentence"] = original[c["start"]:c["end"]]
    _add_fields(doc, text, claims, bench_units or {})
    own_blocks(text, claims)  # an "(ours)" row, an "our evaluations" title: the block's source and rivals (nlp.block_attrs)
    for c in claims:
        if c.pop("_card", False):
            c["source_kind"] = "self-reported"  # a model card's model-index (nlp.result_trees)
    return claims


def _step_claims(text: str, claims: list[dict], ents) -> list[dict]:
    """Claims of release notes' "- Bench: old → new" lines no reader gave a claim, when the passage names the
    released model and the one it replaces ("X, replacing Y"): new to X, old to Y cited for comparison
    (nlp.release_steps)"""
    pair, lines = step_lines(text, ents)
    if pair is None:
        return []
    out = []
    for a, b, bench, (os_, oe), (ns, ne) in lines:
        if any(a <= c["start"] < b for c in claims):
            continue
        unit = "%" if "%" in text[a:b] or _PERCENT_NOTE.search(text, max(0, a - 300), a) or "%" in text[max(0, a - 300):a] else _BARE
        sent = text[a:b].strip()
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        for (s, e), model, cmp in (((ns, ne), pair[0], False), ((os_, oe), pair[1], True)):
            v = float(text[s:e])
            num = Number(s - a, e - a, v, unit, "score")
            c = {"model": model, "benchmark": bench, "score": v, "unit": unit, "metric": None, "comparison": None,
                 "_how": _how("table", num, text[a:b]), "sentence": sent, "start": a + lead, "end": a + lead + len(sent)}
            if cmp:
                c["is_comparison"] = True
            out.append(c)
    return out


# "in the same test", "on that same benchmark": the benchmark named last
_SAME_TEST = re.compile(r"\b(?:in|on|at|for|under)\s+(?:the|that|this)\s+(?:very\s+)?same\s+"
                        r"(?:test|benchmark|eval(?:uation)?|exam|suite|task\s+set|leaderboard|board)\b", re.I)


def _org_models(text: str, known) -> dict[str, str]:
    """{lab: the model the passage says it released} from "ORG announced MODEL" / "ORG's MODEL"
    (the last such mention wins); `known`: (start, end, label, canonical) in text order."""
    out = {}
    for x, y in zip(known, known[1:]):
        if x[2] == "ORG" and y[2] == "MODEL" and y[0] - x[1] <= 60 and _ORG_RELEASED.match(text[x[1]:y[0]]):
            out[x[3]] = y[3]
    return out


def _org_doc_subject(text: str, a: int, b: int, known, org_models: dict) -> str | None:
    """The model of the lab whose document opens the sentence text[a:b] ("Dovetail's launch post
    claims …"), when the passage says which model that lab released."""
    i = bisect_left(known, (a,))
    if i >= len(known) or known[i][2] != "ORG" or known[i][0] >= b or text[a:known[i][0]].strip(" \t\n\"'“‘*_"):
        return None
    org = known[i]
    if not _ORG_DOC_AFTER.match(text, org[1], b):
        return None
    return org_models.get(org[3])


# "Can X really hit 60% on B?", "If X keeps its 74.9% …, it would …": asked or supposed, not claimed
_CLOSERS = "\"'”’)]*_ \t\n"
_CONDITIONAL_START = re.compile(r"\W*(?:if|unless|suppose|supposing|assuming|should|were|had)\b", re.I)


# "the smaller model", "the medium one": a sibling named by its tier word
_TIER_REF = re.compile(
    r"\b(?:the|its)\s+(?P<tier>small|smaller|medium|large|larger|mini|nano|lite|flash|pro|max|ultra|plus|turbo)"
    r"\s+(?:model|one|version|variant|sibling)\b", re.I)
_TIER_WORD = {"smaller": "small", "larger": "large"}
_NAME_REF = LiteralStarts(re.compile(  # (scanned from "The", "the", "Its", "its": nlp.literal_starts)
    r"\b(?:The|the|Its|its)\s+(?P<word>[A-Z][A-Za-z]{2,})\s+(?:model|one|version|variant|sibling)\b"))
_TIER_REACH = 600  # characters back to the models a tier reference may point at
# "the smaller one", "the largest model": by the size its name gives (a tier word or a parameter count)
_SIZE_REF = from_starts(re.compile(  # (tried only after "the", "its": nlp.quick_rejects)
    r"\b(?:the|its)\s+(?P<how>smaller|smallest|larger|largest|bigger|biggest|big|little)"
    r"(?:\s+(?:model|one|version|variant|sibling|brother|sister)\b|(?=\s+(?:\d|at\s|with\s)))", re.I))
_TIER_RANK = {"nano": 0, "tiny": 1, "micro": 1, "mini": 1, "lite": 2, "light": 2, "small": 2, "flash": 2, "air": 2,
              "haiku": 2, "medium": 3, "plus": 4, "pro": 4, "sonnet": 4, "large": 5, "max": 6, "ultra": 6, "opus": 6,
              "heavy": 6}
_PARAMS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?[Bb]\b")
# a tier word alone as the subject of a score: "Pro scores 80.1 …, Flash 70.3"
_BARE_TIER = LiteralStarts(re.compile(
    r"(?<![\w.\-])(?P<word>Pro|Flash|Mini|Nano|Lite|Max|Ultra|Plus|Turbo|Air|Heavy)(?![\w.\-])"
    r"(?=['’]s\s|\s+(?:scores?|scored|gets|got|reaches|reached|posts|posted|hits|hit|manages|managed|achieves|"
    r"achieved|leads|led|trails|trailed|lands|landed|sits|is at|was at|comes in|came in|\d))"))  # (scanned from its words: nlp.literal_starts)
# "the new model", "the release": the model the passage released
_NEW_REF = re.compile(r"\b(?:the|this)\s+(?:(?:new|newer|newest|latest)\s+(?:model|release|version|system|one)|release)\b",
                      re.I)
_RELEASED_BEFORE = literal_gated(re.compile(  # (searched only in a window holding one of its verbs: nlp.needed_words)
    r"\b(?:released|launched|unveiled|introduced|announced|shipped|debuted|open-sourced|rolled out|releases|launches|"
    r"unveils|introduces|announces|ships|debuts)\s+(?:(?:its|the|a|an|new|latest)\s+){0,2}$", re.I))
_RELEASED_AFTER = re.compile(r"\s+(?:is|was)\s+(?:out|here|live|available)\b|\s+(?:arrives|arrived|launches|launched|"
                             r"ships|shipped|debuts|debuted)\b", re.I)


_FORMER_REF = re.compile(r"\b[Tt]he\s+(former|latter)\b")
_BASE_REF = re.compile(r"\b(?:the|its)\s+(?:standard|base|regular|vanilla|default|plain|original|non-\w+)\s+"
                       r"(?:model|version|variant|one|release)\b", re.I)
_BASE_WORDS = ("standard", "base", "regular", "vanilla", "default", "plain", "original", "non-")


def _size_rank(name: str) -> float | None:
    """How big a model its name says it is: a parameter count, else a tier word; None when neither."""
    m = _PARAMS.search(name)
    if m:
        return 100.0 + float(m.group(1))
    ranks = [_TIER_RANK[w] for w in re.findall(r"[a-z]+", name.lower()) if w in _TIER_RANK]
    return float(ranks[-1]) if ranks else 3.0  # a name without a tier word: the family's base size


def _tier_refs(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` with a MODEL tuple for each tier reference ("The smaller model's …", "the small one
    86.1%") that points at exactly one model named in the _TIER_REACH characters before it whose
    name has that tier word ("Mistral Small 3.2"); the latest such model when several versions of
    one name share it."""
    if not ents or not has_any(lowered(text), (" model", " one", " version", " variant", " sibling", " release",
                                                "pro", "flash", "mini", "nano", "lite", "max", "ultra", "plus",
                                                "turbo", "air", "heavy", "former", "latter")):
        return ents
    starts = [e[0] for e in ents]
    added = []
    for m in _TIER_REF.finditer(text):
        word = m.group("tier").lower()
        tier = re.compile(rf"\b{_TIER_WORD.get(word, word)}\b", re.I)
        before = ents[bisect_left(starts, m.start() - _TIER_REACH):bisect_left(starts, m.start())]
        names = [c for s, e, label, c in before if label == "MODEL" and e <= m.start() and tier.search(c)]
        if names and not any(s < m.end() and m.start() < e for s, e, _, _ in ents):
            added.append((m.start(), m.end(), "MODEL", names[-1]))
    for m in _NAME_REF.finditer(text):
        # "the Speciale model": a word of exactly one model named before, written as its name
        word = re.compile(rf"(?<![\w.]){re.escape(m.group('word'))}(?![\w.])")
        before = ents[bisect_left(starts, m.start() - _TIER_REACH):bisect_left(starts, m.start())]
        names = {c for s, e, label, c in before if label == "MODEL" and e <= m.start() and word.search(c)}
        if len(names) == 1 and not any(s < m.end() and m.start() < e for s, e, _, _ in ents):
            added.append((m.start(), m.end(), "MODEL", names.pop()))
    added += _more_refs(text, ents, starts, added)
    return sorted(ents + added) if added else ents


def _more_refs(text: str, ents: list[tuple], starts: list[int], taken: list[tuple]) -> list[tuple]:
    """MODEL tuples for "the smaller one" (the smallest of the models named just before, by
    `_size_rank`), a bare tier word ("Pro scores 80.1": the one model named before with that
    word) and "the new model" / "the release" (the last model the passage says was released,
    else its first model)."""
    out = []

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e, _, _ in ents + taken + out)

    def models_before(at: int) -> list[str]:
        seen: list[str] = []
        for s, e, label, c in ents[bisect_left(starts, at - _TIER_REACH):bisect_left(starts, at)]:
            if label == "MODEL" and e <= at and c not in seen:
                seen.append(c)
        return seen

    low = lowered(text)
    if has_any(low, ("smaller", "smallest", "larger", "largest", "big", "little")):
        for m in _SIZE_REF.finditer(text):
            names = models_before(m.start())[-4:]
            ranked = sorted({_size_rank(c) for c in names})
            if len(names) < 2 or len(ranked) < 2 or not free(m.start(), m.end()):
                continue
            want = ranked[0] if m.group("how").lower().startswith(("small", "little")) else ranked[-1]
            pick = [c for c in names if _size_rank(c) == want]
            if len(pick) == 1:
                out.append((m.start(), m.end(), "MODEL", pick[0]))
    for m in _BARE_TIER.finditer(text):
        word = re.compile(rf"\b{m.group('word')}\b")
        seen = models_before(m.start())
        names = [c for c in seen if word.search(c)]
        if len(names) > 1:  # "the Max's 43.0%" beside "X-2 Max" and "X-1 Max" (one family): the newest version
            parts = [_version(c) for c in names]
            if len({(p[0], p[2]) for p in parts}) == 1 and all(p[1] for p in parts):
                newest = max(p[1] for p in parts)
                names = [c for c, p in zip(names, parts) if p[1] == newest]
        if len(names) == 1 and free(m.start(), m.end()):
            out.append((m.start(), m.end(), "MODEL", names[0]))
    if has_any(low, ("former", "latter")):
        for m in _FORMER_REF.finditer(text):
            # "the former got 63.0%, the latter 55.5%": the two models named last, in order
            names = models_before(m.start())
            if len(names) >= 2 and free(m.start(), m.end()):
                pair = names[-2:]
                out.append((m.start(), m.end(), "MODEL", pair[0] if m.group(1).lower() == "former" else pair[1]))
    if has_any(low, _BASE_WORDS):
        for m in _BASE_REF.finditer(text):
            # "the standard model" beside "X-Speciale": the name the variants extend
            names = models_before(m.start())[-4:]
            base = [c for c in names if any(o != c and o.startswith(c) and not o[len(c)].isalnum() for o in names)]
            if len(base) == 1 and free(m.start(), m.end()):
                out.append((m.start(), m.end(), "MODEL", base[0]))
    if has_any(low, ("new ", "newer ", "newest ", "latest ", "release")):
        for m in _NEW_REF.finditer(text):
            before = [x for x in ents[:bisect_left(starts, m.start())] if x[2] == "MODEL" and x[1] <= m.start()]
            if not before or not free(m.start(), m.end()):
                continue
            released = [x for x in before if _RELEASED_BEFORE.search(text, max(0, x[0] - 40), x[0])
                        or _RELEASED_AFTER.match(text, x[1])]
            out.append((m.start(), m.end(), "MODEL", (released or before[:1])[-1][3]))
    return out


_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_AND_TO_BEFORE = re.compile(r"\b(?:and|to)\s+(?:the\s+)?$", re.I)


def _change_pair(text: str, ents) -> tuple[str, str] | None:
    """(X, Y) when the entity tuples `ents` of a sentence hold "between X … and Y" / "from X … to Y",
    at most six words between the two models."""
    models = [e for e in ents if e[2] == "MODEL"]
    for x, y in zip(models, models[1:]):
        if x[3] != y[3] and _BETWEEN_BEFORE.search(text, max(0, x[0] - 14), x[0]) \
                and _AND_TO_BEFORE.search(text, max(x[1], y[0] - 9), y[0]) and _words(text[x[1]:y[0]]) <= 6:
            return x[3], y[3]
    return None


def _doubtful(text: str, a: int, b: int) -> bool:
    """Whether the sentence text[a:b] is a question, opens with a condition or is a correction
    notice's retracted figure ("An earlier version of this article said X scored 71.2%")."""
    tail = text[max(a, b - 8):b].rstrip(_CLOSERS)
    return tail.endswith("?") or _CONDITIONAL_START.match(text, a, b) is not None or (
        "version" in text[a:b] and _RETRACTED.search(text, a, b) is not None)


_UPDATE_OF = re.compile(r"\b(?:an?|the|its|their)\s+(?:new\s+|quiet\s+|major\s+|minor\s+)?(?:update|upgrade|refresh)\s+"
                        r"(?:to|of)\s+(?:the\s+|its\s+)?$", re.I)
_RETRACTED = re.compile(
    r"\b(?:earlier|previous|original|prior|first)\s+version\s+of\s+(?:this|the|our)\s+"
    r"(?:article|post|story|piece|report|newsletter|page|blog post|write-up)\b", re.I)


# a Markdown heading line, or a line that is all bold ("**GPQA Diamond**")
_HEADING = re.compile(r"[ \t]*(?:#{1,6}[ \t]|\*\*[^*\n]+\*\*[ \t]*:?[ \t]*$)", re.M)
_ORPHAN_REACH = 300  # characters from a model-less claim to the model named after it


def _adopt(pending: list[dict], model: str, at: int, to: int) -> list[dict]:
    """The claims of `pending` (no model) that end at most _ORPHAN_REACH characters before `at`,
    given `model`: the first model named after numbers that had none, in text[at:to] (whose cues
    also say who reported them: "These are X's numbers from the release notes")."""
    out = [c for c in pending if at - c["end"] <= _ORPHAN_REACH]
    for c in out:
        c["model"] = model
        c["_named_in"] = (at, to)
    return out
_VERSION_TAIL = re.compile(r"\s+(?:(?:19|20)\d\d|v?\d+(?:\.\d+)*)$")


def _add_fields(doc: Doc, text: str, claims: list[dict], bench_units: dict) -> None:
    """`unit` of a bare number from the benchmark's knowledge-base unit ("%", Elo, USD; else
    "points"), `is_comparison` and `source_kind` (see nlp.claim_source) of each claim."""
    rows = None
    drop = []
    cues_of: dict[tuple[int, int], tuple] = {}
    spoken_of: dict[tuple[int, int], list] = {}  # the speakers of each sentence (nlp.claim_speaker)
    if not claims:
        return
    notes_of: list = []  # the captions and notes of the text (nlp.claim_source.note_scopes), read once
    passage = None  # the passage's source_kind (nlp.claim_source.passage_kind), read once when needed
    voice = None  # whether the passage is its developer speaking (nlp.claim_source.developer_voice)
    turns = None  # a transcript's turns by the developer's own people (nlp.run_cues.speaker_turns)
    maker_scopes, marks = None, set()  # where the developer's own runs are said (nlp.maker_runs)
    known = {canon or text[s:e]: bool(k) for s, e, _, _, canon, k, _, _ in ent_rows(doc)}
    blocks = None
    for i, c in enumerate(claims):
        b = c["benchmark"]
        kb_unit = bench_units.get(b) or bench_units.get(_VERSION_TAIL.sub("", b))
        if c["unit"] == _BARE:  # a caption over the claim's line first (README convention 2), then the KB's unit
            if blocks is None:  # a block's unit said once: caption, lead line, note after it (nlp.block_attrs)
                blocks = Blocks(text, [x["start"] for x in claims])
            c["unit"] = block_unit(text, c["start"]) or said_unit(doc, text, b, c["start"], statement_unit) or blocks.unit(
                c["start"], b) or _KB_UNITS.get(kb_unit, "points")
            if c["unit"] == "%" and 0 < c["score"] < 1:
                c["unit"] = "points"  # '"acc": 0.551', "0.579 on MMLU": a 0–1 fraction (lm-eval style), no percentage
            if c["unit"] == "%" and c["score"] > 100:
                m = _MARKED_OUT_OF.search(text, max(0, c["start"] - 300), c["end"])
                if m and parse_number(m.group("n")) >= c["score"]:
                    c["unit"] = "points"  # "On the paper, marked out of 150, … X 145": the paper's own scale
                else:
                    drop.append(i)  # "a 200-problem slice of MMLU-Pro": a count on a percentage benchmark
                    continue
        c["unit"] = row_unit(doc, text, b, c["unit"])  # "Scores are % except the X row (0–100 scale)" (nlp.unit_notes)
        c.setdefault("is_comparison", False)
        said = c.get("sentence", "")
        if not c["is_comparison"] and ("compar" in said or "reference" in said):
            # "Qwen3-4B, for reference, scores 44.2": the sentence's subject is cited for comparison
            c["is_comparison"] = _FOR_REFERENCE.match(said) is not None
        if rows is None:
            rows = [(s, e, label, canon or text[s:e], org) for s, e, label, _, canon, _, org, _ in ent_rows(doc)]
            makers = passage_makers(text, rows)  # "Harrow Labs released Pennant 3": a maker no list knows
            if makers:  # and "Pennant 3 Flash" in its table is Harrow's too (nlp.source_scope)
                makers = variant_makers(makers, {r[3] for r in rows if r[2] == "MODEL"})
            if makers:
                rows = [(s, e, label, canon, org or makers.get(canon)) for s, e, label, canon, org in rows]
            # the claim's model may be named sentences earlier ("It scored …"): its developer by name
            developer = {canon: org for _, _, label, canon, org in rows if label == "MODEL" and org}
            # who speaks for the passage's makers decides first (nlp.claim_speaker): "X, a Helsinki start-up, said its new Y"
            named = {r[3] for r in rows if r[2] == "MODEL"}
            told = said_makers(text, rows)
            told = family_makers({**variant_makers(told, named), **developer} if told else developer, named)
            made_by = set(told.values())
            lead = lead_actor(text, rows)  # who releases the page's model or benchmark (nlp.paragraph_speaker)
            if lead is not None and lead.role == "maker" and lead.org:
                made_by.add(lead.org)  # "Brindlewood Labs on Monday released Pellorin 5": a maker no list knows
            page = page_voice(text, rows)  # a third party's report, study or test page (nlp.claim_speaker)
            if page is None and page_quotes_makers(text):
                page = "self-reported"  # "Benchmarks as published by each model's developer." (nlp.claim_speaker)
            starts = [r[0] for r in rows]  # ent_rows come in text order
        a, z = c["start"], c["end"]
        inside = _rows_in(rows, starts, a, z)
        cues = cues_of.get((a, z))
        if cues is None:
            cues = cues_of[(a, z)] = sentence_cues(text[a:z], inside)
        if c["model"] in developer:
            inside.append((0, 0, "MODEL", c["model"], developer[c["model"]]))
        c["source_kind"] = source_kind(text[a:z], inside, c["benchmark"], cues, c["score"])
        c["source_kind"] = (not any(cues[:3]) and column_kind(text, a, z, c["score"])) or c["source_kind"]  # nlp.column_sources
        if cues[0] and (cues[1] or cues[2]):  # mixed cues: the clause holding the number (nlp.source_scope)
            devs = {org for _, _, label, _, org in inside if label == "MODEL" and org}
            c["source_kind"] = number_clause_kind(text[a:z], inside, devs, c["score"]) or c["source_kind"]
        spoke = None  # who speaks decides before the cue words (nlp.claim_speaker)
        if cues[3].get(c["score"]) is None:
            said_by = spoken_of.get((a, z))
            if said_by is None:  # the sentence's speakers, read once per sentence
                said_by = spoken_of[(a, z)] = speakers_of(text[a:z], inside)
            spoke = speaker_kind(text[a:z], inside, c["score"], made_by, named, told.get(c["model"]), said_by) if said_by else None
            c["source_kind"] = spoke or c["source_kind"]
        c["_spoke"] = (spoke is not None or cues[3].get(c["score"]) is not None, any(cues[:3]))  # nlp.paragraph_speaker
        if c["source_kind"] == "independent" and c.get("is_comparison") and cues[2] and any(
                _same_maker(sp, org) for sp in cues[2] for org in developer.values()):
            # a rival's figure the passage's own developer gives ("GPT-5.1 recorded 78.9% under Hanbit's test
            # condition"): README convention 4, the announcement's cue
            c["source_kind"] = "self-reported"
        if c["source_kind"] == "self-reported" and _LEAK.search(text, a, z) and cues[3].get(c["score"]) is None:
            # "a screenshot, apparently from an internal dashboard, shows …": a hedge outweighs the developer cue it
            # reports (README convention 4: leaks and screenshots are unknown)
            c["source_kind"] = "unknown"
        elif c["source_kind"] == "unknown" and not any(cues[:3]) and i and _SAME_RUN.match(text, a, z):
            # "On the same harness Y reaches N": the run of the claim before it, in an earlier sentence
            prev = next((x for x in reversed(claims[:i]) if x["end"] <= a), None)
            if prev is not None and prev.get("source_kind") not in (None, "unknown"):
                c["source_kind"] = prev["source_kind"]
        named_in = c.pop("_named_in", None)
        if named_in and c["source_kind"] == "unknown":
            a, z = named_in  # the sentence that named the model may say who reported the numbers
            inside = _rows_in(rows, starts, a, z)
            cues = sentence_cues(text[a:z], inside)
            if c["model"] in developer:
                inside.append((0, 0, "MODEL", c["model"], developer[c["model"]]))
            c["source_kind"] = source_kind(text[a:z], inside, c["benchmark"], cues)
        if c["source_kind"] == "unknown" or (c["source_kind"] == "independent" and not any(cues[:3])):
            if maker_scopes is None:  # the developer's own runs named by a common noun or a name stem (nlp.maker_runs)
                maker_scopes = maker_run_scopes(text, rows)
                marks = foreign_marks(text) if maker_scopes else set()
            if any(sa <= c["start"] < sz for sa, sz in maker_scopes) and not (
                    marks and marked(text[c["start"]:c["end"]], c["score"], marks)):
                c["source_kind"] = "self-reported"
        if c["source_kind"] == "unknown":
            if not notes_of:  # sentences saying whose numbers a benchmark's are (nlp.source_scope), read once
                claimed = {x["start"] for x in claims}
                notes_of.append(bench_notes(text, segments(doc), lambda a, z: _rows_in(rows, starts, a, z), claimed))
            c["source_kind"] = _note_kind(text, c, rows, starts, developer, notes_of)
        if voice is None and c["source_kind"] in ("unknown", "independent"):
            # "our own harness" in a model card, "we ran" in a lab's announcement: the developer's own run
            pieces = segments(doc)
            voice = developer_voice(text, pieces, rows, starts) or release_voice(text, pieces, rows, starts) or own_voice(
                text, rows)  # "Parula-4 (ours)", a model's README (nlp.own_marks)
            voice = (voice or company_release(text, rows)) and page != "independent"  # "The company today introduces X"
        if c["source_kind"] in ("unknown", "independent") and ":" in text:
            if turns is None:  # a transcript's turns by the developer's own people (nlp.run_cues)
                turns = speaker_turns(text, rows, set(developer.values())) + (
                    [] if page == "independent" else role_turns(text))  # "CEO: …", "CHIEF SCIENTIST: …" (nlp.claim_speaker)
            if turns and any(ta <= c["start"] < tz for ta, tz in turns) and (
                    c["source_kind"] == "unknown" or first_person_only(text[c["start"]:c["end"]])):
                c["source_kind"] = "self-reported"
        if c["source_kind"] == "unknown" and not HEDGE.search(text, c["start"], c["end"]):
            # README convention 4: the passage's own cue (a launch post, a host's run), unless the sentence hedges
            if passage is None:
                passage = page or passage_kind(text, segments(doc), rows, starts, voice)
            c["source_kind"] = passage
        if c["source_kind"] == "independent" and spoke != "independent":  # a named third party keeps its word
            if voice and first_person_only(block_around(text, c["start"])):
                c["source_kind"] = "self-reported"
        c["_conf"] = (c.pop("_how", None) or {}, kb_unit)
    for i in reversed(drop):
        del claims[i]
    if rows is not None:  # who speaks for each paragraph: the page's lead actor and its references (nlp.paragraph_speaker)
        paragraph_kinds(text, claims, rows, lead)
        lead_rivals(text, claims, rows, lead)  # the lead's released model is the page's subject (README convention 3)
    for c in claims:
        c.pop("_spoke", None)
    others = passage_context(claims)  # the confidence weighs each claim against the passage's others
    for c in claims:
        how, kb_unit = c.pop("_conf")
        c["confidence"] = confidence(how, c, kb_unit, known, others)
    temper(doc, claims)  # a benchmark only the learned name tagger found (nlp.tagger_claims)


_NOTE_REACH = 8  # the scopes starting nearest before a claim that may cover it (beside whole-text notes)


# the hedges that outweigh a developer cue in the same sentence: a leak, a screenshot, "apparently" (not "not verified",
# which a developer's own claim may carry: "Corvid says … its own internal run …, but Andon has not verified it")
_LEAK = re.compile(r"\b(?:apparently|supposedly|allegedly|rumou?r(?:s|ed)?|screenshots?|leak(?:s|ed)?)\b", re.I)


def _note_kind(text: str, c: dict, rows, starts: list[int], developer: dict, notes_of: list) -> str:
    """source_kind from a sentence saying whose a benchmark's numbers are, else the caption or note that
    covers a claim's line (the innermost one), clause by clause (nlp.source_scope)."""
    if len(notes_of) == 1:
        scopes = sorted(note_scopes(text) + caption_scopes(text) + below_scopes(text))
        notes_of += [scopes, [n[0] for n in scopes], [n for n in scopes if n[:2] == (0, len(text))], {}]
    benched, scopes, scope_starts, whole, devs_of = notes_of
    rival = bool(c.get("is_comparison"))
    for na, nz in benched:
        if not na <= c["start"] < nz:
            devs = {developer[c["model"]]} if c["model"] in developer else set()
            kind = bench_note_kind(text[na:nz], _rows_in(rows, starts, na, nz), devs, c["benchmark"], rival)
            if kind:
                return kind
    i = bisect_right(scope_starts, c["start"])
    near = scopes[max(0, i - _NOTE_REACH):i] + whole  # bounded: a text of many notes stays linear
    for sa, sz, na, nz in sorted(near, key=lambda n: n[1] - n[0]):
        if sa <= c["start"] < sz and not na <= c["start"] < nz:
            devs = devs_of.get((sa, sz))
            if devs is None:  # the makers of the models a scope covers, read once per scope
                devs = devs_of[(sa, sz)] = {org for _, _, label, _, org in _rows_in(rows, starts, sa, sz)
                                            if label == "MODEL" and org}
            if c["model"] in developer:
                devs = devs | {developer[c["model"]]}
            key = (na, nz, c["benchmark"], rival, frozenset(devs))
            kind = devs_of.get(key)
            if kind is None:  # read once per note, benchmark and side
                note_ents = page_owners(text[na:nz], _rows_in(rows, starts, na, nz))
                kind = devs_of[key] = clause_kind(text[na:nz], note_ents, devs, c["benchmark"], rival) or note_kind(
                    text[na:nz], note_ents, devs)
            if kind != "unknown":
                return kind
    return "unknown"


def _rows_in(rows, starts: list[int], a: int, z: int) -> list[tuple]:
    """The entity rows inside text[a:z], with offsets relative to a."""
    return [(s - a, e - a, label, canon, org)
            for s, e, label, canon, org in rows[bisect_left(starts, a):bisect_right(starts, z)] if e <= z]


_BARE = "bare"  # a number with no unit written: the knowledge base's unit for the benchmark, else "points"
_KB_UNITS = {"%": "%", "Elo": "elo", "USD": "USD"}


class _Overlaps:
    """``any(ta <= a < tb or ta < b <= tb for ta, tb in spans)`` in logarithmic time: spans sorted by
    start, with the furthest end reached so far."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [ta for ta, _ in spans]
        self.reach, far = [], -1
        for _, tb in spans:
            far = max(far, tb)
            self.reach.append(far)

    def hits(self, a: int, b: int) -> bool:
        i = bisect_right(self.starts, a)  # spans with ta <= a
        if i and self.reach[i - 1] > a:
            return True
        j = bisect_left(self.starts, b)  # spans with ta < b
        return bool(j) and self.reach[j - 1] >= b


def _not_a_subject(text: str, a: int, b: int, s: int, e: int) -> bool:
    """The model filters `_sentence_claims` applies first, on whole-text offsets: a licence's name
    ("the Tarn Community License") or a model named to exclude it ("non-Deep-Think entries"), in the
    sentence text[a:b]."""
    return bool(_LICENCE_AFTER.match(text, e, b) or _NON_BEFORE.search(text, max(a, s - 4), s))


def _no_claim_subject(text: str, a: int, b: int, ents) -> tuple[bool, str | None]:
    """The first two exits of `_sentence_claims` for the sentence text[a:b] and its entity tuples,
    when there is no topic benchmark: (True, subject) when it names no benchmark and either no model
    (subject None) or a first model with no comparison or ancestor word before it (`_plain_subject`);
    else (False, None): the sentence needs the full reading."""
    first = None
    for s, e, label, canon in ents:
        if e > b:
            continue
        if label == "BENCHMARK":
            return False, None
        if first is None and not _not_a_subject(text, a, b, s, e):
            first = (s, canon, e)
    if first is None:
        return True, None
    s, canon, _ = first
    if _has_object_word(lowered(text[max(a, s - 105):s])):
        return False, None
    if _PRONOUN_LEAD.match(text[a:s]):
        return True, None  # "It started from X": the subject stays the passage's
    if _BARE_COMPARATIVE.match(text, first[2], b):
        return True, None  # "X is higher, I think": X is compared with the subject, which stays
    return True, canon


# "GPT-5 is higher, I think", "X does better": a model compared with the subject in force (no "than"
# names what it is compared with), not the next sentences' subject
_BARE_COMPARATIVE = re.compile(
    r"\s+(?:is|was|does|did|scores?|scored|comes?\s+in|came\s+in)\s+(?:(?:a\s+bit|a\s+little|slightly|much|far|"
    r"even|still)\s+)?(?:higher|better|stronger|lower|worse|weaker|ahead|behind)\b(?![^.;!?\n]*\bthan\b)", re.I)


_DIGIT = re.compile(r"\d")


def _first_digit(text: str, a: int, b: int) -> int:
    """Offset in text[a:b] of its first digit (b - a when it has none)."""
    m = _DIGIT.search(text, a, b)
    return m.start() - a if m else b - a


def _dedupe(claims: list[dict]) -> list[dict]:
    # a numbered board's place that the text also states ("holds the top spot … 1. X — 1492") is one claim
    stated = {(c["model"], c["benchmark"], c["score"]) for c in claims if c["unit"] == "rank" and not c.get("_list_rank")}
    claims = [c for c in claims if not (c.pop("_list_rank", False) and (c["model"], c["benchmark"], c["score"]) in stated)]
    if any(c["unit"] == "rank" and c["score"] == 1.0 for c in claims):
        # (round 15) "rank 2, behind X" read as X's first place, where another sentence states X's first place itself
        firsts = [c for c in claims if c["unit"] == "rank" and c["score"] == 1.0]
        claims = [c for c in claims if not (c in firsts and _behind_first(c) and any(
            o is not c and o["model"] == c["model"] and o["benchmark"] == c["benchmark"] and not _behind_first(o)
            for o in firsts))]
    return one_per_passage(claims)


def _behind_first(c: dict) -> bool:
    """Whether the first place `c` comes from "… second, behind X" (X its model), not from a place stated of X."""
    sentence = c.get("sentence") or ""
    i = sentence.find("behind")
    return i >= 0 and _BEHIND_NAME.match(sentence, i) is not None and \
        sentence[_BEHIND_NAME.match(sentence, i).end():].lower().startswith(c["model"].lower()[:6])


def one_per_passage(claims: list[dict]) -> list[dict]:
    """The claims with each (model, benchmark, number) once, the first kept (`nlp.analyze` applies it again
    over a long text's chunks, so a text read in pieces keeps what it keeps read whole)."""
    seen, out = set(), []
    for c in claims:
        # one claim per (model, benchmark, number): a table row repeating the score the prose gave
        # ("reaches 58.2 ± 2.1%" over a row "X  58.2 ± 2.1") is the same claim (places, medals and
        # percentiles only at the same place, as before)
        key = (c["model"], c["benchmark"], c["score"], c["start"])
        again = (c["model"], c["benchmark"], c["score"]) if c["unit"] not in _OWN_KIND_UNITS else key
        if key not in seen and again not in seen:
            seen.add(key)
            seen.add(again)
            out.append(c)
    return out


# "marked out of 150", "scored out of 200 points", "(maximum 150)": a test's own scale above 100
_MARKED_OUT_OF = re.compile(r"\b(?:(?:marked|scored|graded|graded|rated)\s+out\s+of|maximum(?:\s+score)?\s+(?:of\s+)?|"
                            r"max(?:imum)?\.?\s*[:=]?)\s*(?P<n>\d{3,4})\b", re.I)
_OWN_KIND_UNITS = ("rank", "medal", "percentile")


def _title_subject(doc: Doc, ents, title_ents=None) -> str | None:
    title = doc.user_data.get("title") if isinstance(doc.user_data, dict) else None
    if not title or not isinstance(title, str):
        return None
    if title_ents is not None:
        found = sorted(title_ents(title))
        if found:
            return found[0][3]
    low = title.lower()
    best = None
    for s, e, label, canon in ents:
        if label != "MODEL":
            continue
        for form in (doc_text(doc)[s:e], canon):
            pos = low.find(form.lower())
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, canon)
    return best[1] if best else None


# --------------------------------------------------------------------------- sentences


def _mark_objects(text: str, models: list[_Ent], anchors: list[tuple[int, int]]) -> None:
    """Flag models that are the object of a comparison ("ahead of X", "beats X", "than X") or an
    ancestor ("built on X"), and models listed right after such an object ("ahead of X and Y")."""
    for i, m in enumerate(models):
        # look back to the previous model, benchmark or number, at most 45 characters
        lo = max(0, m.start - 45)
        for s, e in anchors:
            if e <= m.start and e > lo:
                lo = e
        pre = text[lo:m.start]
        if _FOR_MODEL.match(_for_gap(pre)) and lo > 0:
            # "compared with 87.5% for X": the marker sits before X's number
            lo2 = max(0, lo - 60)
            num_start = max((s for s, e in anchors if e == lo), default=lo)
            for s, e in anchors:
                if e <= num_start and e > lo2:
                    lo2 = e
            pre = text[lo2:num_start]
            if _FROM_END.search(pre) and not _has_object_word(lowered(pre)):
                # "climbs to 83.5 from 71.2 for the base X": X is the before of a change, cited to compare
                m.obj, m.relation = True, "vs"
                continue
        if _has_object_word(lowered(pre)):
            hits = list(_COMPARE.finditer(pre))
            ancestor = list(_OBJECT_ONLY.finditer(pre))
        else:
            hits = ancestor = []
        if ancestor and ancestor[-1].group(0).lower() == "not" and not _NOT_BEFORE_NAME.match(pre, ancestor[-1].end()):
            ancestor = []  # "did not train X from scratch": the verb is negated, not the model
        if ancestor and _APPOSITION_GAP.fullmatch(pre, ancestor[-1].end()) and _APPOSITION_END.match(text, m.end):
            ancestor = []  # "The build it replaces, X, had …": X in apposition to the verb's head, not its object
        if ancestor and lo == 0 and not pre[ancestor[-1].end():].strip() and _LEAD_THE.fullmatch(pre, 0, ancestor[-1].start()) \
                and _GENERATION.fullmatch(ancestor[-1].group(0)):
            ancestor = []  # "The previous generation X had stayed at 49.0%": X heads the sentence, in apposition
        if ancestor and _ENTRANT_BEFORE.search(pre, 0, ancestor[-1].start()) and _ENTRANT_BASE.fullmatch(ancestor[-1].group(0)):
            ancestor = []  # "OpenAI's entry, built on X, scored 498": the entry is X at work, not X's descendant
        if ancestor and _words(pre[ancestor[-1].end():]) <= 3 and (not hits or ancestor[-1].end() >= hits[-1].end()):
            m.obj, m.relation = True, ("not" if ancestor[-1].group(0).lower() == "not" else None)
            if m.relation == "not" and _BUT_END.search(pre, 0, ancestor[-1].start()):
                m.relation = "vs"  # "beats A but not B (77.2)": B is compared, not negated
        elif hits and _words(pre[hits[-1].end():]) <= 4 and not _NO_OBJECT_AFTER.match(pre, hits[-1].end()):
            word = hits[-1].group("w")
            if word.lower() == "than":
                before_than = pre[:hits[-1].start()]
                word = ("ahead" if _HIGHER_BEFORE.search(before_than)
                        else "behind" if _LOWER_BEFORE.search(before_than)
                        else "than")
            m.obj = True
            m.relation = "behind" if _BEHIND.search(word) else "ahead" if _AHEAD.search(word) else "vs"
        elif i and models[i - 1].obj and _AND_WITH.fullmatch(pre):
            m.obj, m.relation = True, models[i - 1].relation  # "compared with X, which got 60.3%, and with Y" (round 16)
        elif i and models[i - 1].obj and _LIST_SEP.match(
            _LIST_GAP_NOISE.sub(" ", text[models[i - 1].end:m.start])
        ):
            m.obj, m.relation = True, models[i - 1].relation


# (round 26) "… is second at 1486, only six points behind, and Y third": a comparison word that ends its clause has
# no object; the model after the comma heads a clause of its own
_NO_OBJECT_AFTER = re.compile(r"(?:(?<=behind)|(?<=ahead)|(?<=below)|(?<=above))\s*[,;]", re.I)
_AND_WITH = re.compile(r"\W*(?:and|or)\s+(?:also\s+)?(?:with|to|against|versus|vs\.?)\s+(?:the\s+)?", re.I)
_APPOSITION_GAP = re.compile(r"\s*,\s*")
_LEAD_THE = re.compile(r"\W*(?:the|its|their)\s+", re.I)
_GENERATION = re.compile(r"(?:previous|prior|older|earlier|last)\s+(?:model|version|generation|release)", re.I)
# "<lab>'s entry, a version of X,", "the system built on X": an entrant in a contest described by its model
_ENTRANT_BEFORE = re.compile(r"(?:\b(?i:entry|entries|submission|system|agent)\s*,?\s*(?:(?i:an?|the)\s+)?|"
                             r"[A-Z][\w.-]*['’]s?\s+)"  # "Google DeepMind's advanced version of X": the lab's entry
                             r"(?:(?i:special|experimental|internal|advanced|unreleased)\s+)?$")
_ENTRANT_BASE = re.compile(r"built on|based on|powered by|version of|variant of", re.I)
_FROM_END = re.compile(r"\bfrom\s+(?:about\s+|around\s+|just\s+)?$", re.I)
_APPOSITION_END = re.compile(r"\s*,")


def _plain_subject(text: str, model: _Ent) -> bool:
    """True when `_mark_objects` cannot flag `model`, the first of its sentence: the text it looks
    at lies in the 105 characters before the model (45 back to an anchor, then 60 more for
    "… for X"), and every _COMPARE or _OBJECT_ONLY match contains one of _OBJECT_WORDS."""
    return not _has_object_word(lowered(text[max(0, model.start - 105):model.start]))


def _runs(items: list, text: str, sep: re.Pattern, noise: re.Pattern = None) -> list[list]:
    """Maximal runs of items separated only by `sep` (e.g. "85.0 and 79.9", "MMLU-Pro, GPQA"), after
    taking out `noise` (default: asides in brackets without digits, possessive marks)."""
    runs: list[list] = []
    noise = noise or _RUN_GAP_NOISE
    for it in items:
        if runs and sep.match(noise.sub(" ", text[runs[-1][-1].end:it.start])):
            runs[-1].append(it)
        else:
            runs.append([it])
    return runs


def _bench_for(lo: int, hi: int, benches: list[_Ent], others: list[Number], text: str,
               unnamed: list[int] = ()) -> _Ent | None:
    """Benchmark for the number (or run of numbers) at text[lo:hi]: the nearest one, preferring
    "<number> on <benchmark>", never reaching past another number if it can help it, and never
    past one said to be on something unnamed (`unnamed`: the ends of such numbers)."""
    best, best_cost = None, None
    if _on_unnamed(text, hi, benches):
        return None  # "51.3% on a refactoring test": a result on something the text does not name
    semi = text.rfind(";", 0, lo)
    if semi >= 0 and _CLAUSE_ON_NAME.match(text, semi + 1) and not any(semi < b.start < lo for b in benches):
        return None  # "…; on Flintmere Trail the model manages 30.2%": its own board, a name no benchmark here
    for b in benches:
        if b.start >= hi:
            gap = text[hi:b.start]
            if ";" in gap and _NEXT_CLAUSE_ON.search(gap):
                continue  # "X sits at 41.0% and Y at 39.5%; in B the lead flips": B opens the next clause, its numbers'
            # "19% on the separate B": "on", a word or two of description, then the benchmark
            cost = _words(gap) + (-10 if _AFTER_FILLER.match(gap) or _PART_GAP.match(gap) else -5 if _ON_DESCRIBED.match(gap)
                                  else 5)  # ("on the German part of B": round 16)
        elif b.end <= lo:
            gap = text[b.end:lo]
            # "Tau2-Bench 74.8, ACEBench 76.5": a benchmark glued to the number before it wins
            cost = -20 if _GLUED_GAP.match(gap) else _words(gap) + 1
        else:
            continue
        if best_cost is not None and cost >= best_cost:
            continue  # the penalties below only add to the cost: it cannot win
        a, z = min(lo, b.start), max(hi, b.end)
        if any(a < n.start < z for n in others):
            if unnamed and b.end <= lo and any(b.end < e <= lo for e in unnamed):
                continue  # "59.8 on its average, behind X at 63.2": not past a number on something unnamed
            cost += 20
        if _clause_break(text[a:z]):
            cost += 10
        if best_cost is None or cost < best_cost:
            best, best_cost = b, cost
    return best


# "…; on B", "…; and in B": a benchmark that opens the clause after a semicolon scopes that clause
# "; on Name …": a clause that opens on a capitalised name (its own board)
_CLAUSE_ON_NAME = re.compile(r"\s*(?:and\s+|but\s+|while\s+|whereas\s+)?(?:on|in)\s+(?:the\s+)?[A-Z]")
_NEXT_CLAUSE_ON = re.compile(r";\s*(?:and\s+|but\s+|while\s+|whereas\s+)?(?:on|in)\s+(?:the\s+)?$", re.I)


# a capitalised name right before a number, or before "goes / climbs / rises to" and the number
_NAME_GLUED_BEFORE = re.compile(
    r"(?<![\w.-])(?!(?:The|A|An|It|Its|This|That|These|Those|And|But|Or|On|In|At|With|To|Of|By|From|Is|Was|"
    r"Only|Just|About|Around|Nearly|Almost|Roughly|Up|Down|Score|Scores|Result|Results|Accuracy|Elo|Rating|"
    r"Avg|Average|Mean|Overall|Total|Pass@\d+)\b)[A-Z][\w.-]*[A-Za-z\d]"
    r"(?:\s+(?:goes|climbs|rises|jumps|moves|improves|grows|went|climbed|rose|jumped|moved|improved|grew)\s+to)?"
    r"\s*[:=]?\s*$")


def _glued_to_unknown_name(text: str, n: Number, ents: list[_Ent]) -> bool:
    """Whether the number follows a capitalised name that is no entity here ("BrowseComp 60.2" with
    BrowseComp unrecognised): its benchmark is that name, not another of the sentence."""
    m = _NAME_GLUED_BEFORE.search(text, max(0, n.start - 60), n.start)
    return m is not None and not any(e.start < m.end() and m.start() < e.end for e in ents)


def _unnamed_owner(text: str, n: Number) -> bool:
    """Whether the number's clause names an unnamed model before it ("an OpenAI reasoning system
    solved all 12, which would have ranked first"); not one described after it ("it scored 51.7%, a
    typical result for a non-reasoning model")."""
    lo = max(0, n.start - 200)
    for m in _CLAUSE_BREAK.finditer(text, lo, n.start) if _clause_break(text[lo:n.start]) else ():
        lo = m.end()
    return _UNNAMED_MODEL.search(text, lo, n.start) is not None


def _on_unnamed(text: str, end: int, benches: list[_Ent]) -> bool:
    """Whether the number ending at `end` is said to be on something the text does not name ("on a
    refactoring test", "on its average"), no benchmark named within two words after."""
    other = _ON_OTHER_THING.match(text, end)
    if other is not None:
        return not any(b.start >= other.end() and _words(text[other.end():b.start]) <= 2 for b in benches)
    # "38.5 on BrowseComp" with BrowseComp unrecognised: on a name that is no benchmark here
    name = _ON_NAME.match(text, end)
    if name is None:
        return False
    at = name.end() - 1  # the capital letter: a benchmark there or two words on ("on Scale's SWE-bench Pro")
    part = _PART_OF.match(text, at)  # "on the Italian section of B": a part of B takes B (round 16)
    if part is not None:
        at = part.end()
    return not any(b.end > at and _words(text[at:max(at, b.start)]) <= 2 for b in benches)


_PART_GAP = re.compile(r"^\s*(?:%|percent|per\s+cent|points?)?\s*(?:on|in)\s+(?:the\s+)?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[ ]"
                       r"(?:language[ ])?(?:section|part|split|subset|portion|track|slice|version|edition)[ ]of[ ](?:the[ ])?$")
_PART_OF = re.compile(r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[ ](?:language[ ])?(?:section|part|split|subset|portion|track|slice|"
                      r"version|edition)[ ]of[ ](?:the[ ])?")


def _about_non_model(text: str) -> bool:
    """Whether `text` is about people, a baseline or models in general (`_NOT_A_MODEL_SUBJECT`),
    not counting people or models it names only as a reference group ("the 99th percentile of human
    competitors", "ranked 10th among human teams", "better than most models"); skipped when the
    quick reject shows it cannot match."""
    if not has_any(lowered(text), _NOT_A_MODEL_WORDS):
        return False
    for m in _NOT_A_MODEL_SUBJECT.finditer(text):
        if not _REFERENCE_GROUP_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not _BENCH_DESCRIBED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            return True
    return False


# "…, a set where earlier frontier models scored in the low single digits": a benchmark described in
# apposition, whose models in general are not the sentence's subject
_BENCH_DESCRIBED_BEFORE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:set|benchmark|test|exam|suite|eval|evaluation|leaderboard|board|"
    r"task|competition)s?\s+(?:where|on\s+which|in\s+which|that|which|whose)\b[^,;()]*$", re.I)


# what puts a group of people or models in the object's place: a place among them, a comparison
_REFERENCE_GROUP_BEFORE = re.compile(
    r"\b(?:percentile|place|spot|rank(?:s|ed)?|\d(?:st|nd|rd|th)|first|second|third|top|best|"
    r"than|beat\w*|outperform\w*|surpass\w*|ahead of|over)\s+(?:(?:of|among|in)\s+)?"
    r"(?:(?:the|all|most|many)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _clause_break(s: str) -> bool:
    return has_any(lowered(s), _CLAUSE_WORDS) and _CLAUSE_BREAK.search(s) is not None


_BUT_END = re.compile(r"\bbut\s+$", re.I)
_PAREN_GAP = re.compile(r"\s*\(\s*$")
_LIST_FOR_END = re.compile(r"\s(?:for|by)\s+(?:the\s+)?$")
_LIST_FOR_NOISE = re.compile(r"\d[\d.,]*\s*%?|[A-Z][\w.+'’-]*|\S*\d\S*|[,()]")
_LIST_FOR_WORDS = frozenset(("on", "in", "and", "the", "for", "by", "points", "pts", "percent", "respectively"))


# "for last year's X", "for the previous year's X": a time's possessive before the model the figure is for
_TIME_POSSESSIVE_END = re.compile(r"(?:the\s+)?(?:last|this|previous|past)\s+(?:year|month|week|season|quarter|spring|summer|"
                                  r"autumn|fall|winter)['’]s\s+$", re.I)


def _for_gap(gap: str) -> str:
    """`gap` (between a number and a model) without a closing time possessive ("… for last year's ")."""
    if "'" not in gap and "’" not in gap:
        return gap
    m = _TIME_POSSESSIVE_END.search(gap)
    return gap[:m.start()] if m else gap


def _for_model_after_list(gap: str) -> bool:
    """The text between a number and the next model is a list of "N on B" pairs closed by "for":
    " on A and 43.9% on B for " (benchmark names, numbers and list words only)."""
    if len(gap) > 120 or not _LIST_FOR_END.search(gap) or " on " not in gap and " in " not in gap:
        return False
    words = _LIST_FOR_NOISE.sub(" ", gap).split()
    return bool(words) and all(w.lower() in _LIST_FOR_WORDS for w in words)


_SHARE_VERB_GAP = re.compile(r"^\s+(?:answer(?:s|ed)|solv(?:es|ed)|resolv(?:es|ed))\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$")


def _model_for(num: Number, models: list[_Ent], text: str, starts: tuple[int, ...] = ()) -> tuple[_Ent | None, bool]:
    """(model, attached): the model a number belongs to; attached is True when the model is glued
    to the number ("X scored 74.9", "74.5 for X") rather than merely the nearest subject. ``starts``: where the
    sentence's numbers start (a model named after a later number is that number's, not this one's)."""
    after = [m for m in models if m.start >= num.end]
    before = [m for m in models if m.end <= num.start]
    for m in after[:1]:
        gap = _for_gap(text[num.end:m.start])
        if _FOR_MODEL.match(gap):
            return m, True
        if _for_model_after_list(gap):
            return m, True  # "lists 85.5% on A and 43.9% on B for X": the closing "for X" covers the list
        if "," in gap and _FOR_APPOSITIVE.match(gap) and text[m.start:m.end].lower() == (m.canonical or "").lower():
            # "27.5% for the lab's earlier release, X": X in apposition to what the figure is for (as written: a bare
            # family name read as the passage's model, "the first version, X" of "X 2", is not that older model)
            return m, True
        if _THAT_GAP.match(text[num.end:m.start]) and _MANAGED_AFTER.match(text, m.end):
            return m, True  # "the 26.9% Kimi-Researcher managed", "the 42.2% that X posted"
    if before:
        m = before[-1]
        gap = text[m.end:num.start]
        if not gap and num.start == num.end:
            return m, True  # a place marked right after the name it belongs to ("behind only X", "top three are X")
        if _OWN_SCORE_GAP.match(gap):
            return m, True  # "Xingtu, which makes X, had earlier posted its own score of 144": the maker's figure for X
        app = _APPOSITIVE.match(gap) if not m.obj and "," in gap else None
        if app:
            gap = gap[app.end():]  # "X, the coder variant, climbs to 83.5": the apposition describes X
        if (m.relation != "not" or _PAREN_GAP.match(gap)) and (_DIRECT_OBJECT if m.obj else _DIRECT_BEFORE).match(gap):
            # (also "… but not X (77.2)": a number in brackets right after a name is that name's)
            return m, True
        if _WHICH_GAP.match(gap):
            return m, True  # "level with X, which Meta lists at 88.7": the relative clause is X's
        if num.unit == "%" and _SHARE_VERB_GAP.match(gap):
            return m, True  # "its previous model X answered 61.7%": a share of items, never "solved 10" (a count)
    if num.after_from:
        return None, False  # "up from 70.0%" without "for X" is an older model's score
    for m in reversed(before):
        if not m.obj:
            if ")" in text[m.end:num.start] and text.rfind("(", 0, m.start) > text.rfind(")", 0, m.start):
                continue  # "… (V3.1: 88.4) and 36.7 on …": a model inside a closed parenthesis
            if _clause_break(text[m.end:num.start]):
                # "X scored 9.9%, while human panels averaged 60%"; but "X has 1T parameters; its
                # score is 65.8%": a pronoun after the break points back at X
                clause = text[max(m.end, num.start - 120):num.start]
                last = None
                for last in _CLAUSE_BREAK.finditer(clause):
                    pass
                if last is not None and _PRONOUN_CLAUSE.match(clause, last.end()):
                    return m, False
                break
            return m, False
    # "it scores 75.8, near X's 77.1": X is compared (marked), so the number stays the subject's
    for m in after:
        gap = text[num.end:m.start]
        nearer = next((s for s in starts if num.end <= s < m.start), None) if starts else None
        if nearer is not None and _COMPARE.search(text, num.end, nearer):
            # "my run gave 40.2%, far below the 57.9% we saw for X": the figure after the comparison word is X's,
            # this one is the other side of the comparison
            break
        if not m.obj and _words(gap) <= 8 and not _AFTER_MODEL_BREAK.search(gap) and not (
                "(" in gap and _bracketed(text, m)):  # "it gets 66.0% (X 78.0%, …)": X's own figures follow
            return m, False
    return None, False


def _unit_metric(num: Number, bench: _Ent | None, text: str) -> tuple[str, str | None]:
    window_lo = max(0, num.start - 30)
    window_hi = min(len(text), num.end + 30)
    near = text[window_lo:window_hi]
    metric = None
    best = None
    for m in (_METRIC.finditer(near) if has_any(lowered(near), _METRIC_WORDS) else ()):
        d = abs((window_lo + m.start()) - num.start)
        if best is None or d < best:
            best, metric = d, m.group(0)
    if metric:
        low = metric.lower()
        metric = "Elo" if low == "elo" else "F1" if low == "f1" else "resolved" if low.startswith("resolv") else low
    if num.unit == "medal":
        return "medal", metric
    if num.unit in ("%", "elo", "rating", "points", "rank", "percentile", "USD"):
        return num.unit, metric
    if num.denominator and num.denominator != 100:
        return "points", metric  # "35/42", "298 out of 360": points out of the paper's total (README convention 2)
    if bench is not None and bench.start >= num.end:
        tail = text[num.end:min(len(text), bench.end + 12)]
    else:
        tail = text[num.end:num.end + 12]
    if metric == "Elo" or _ELO_WORD.search(tail):
        return "elo", metric
    if _RATING_WORD.search(tail):
        return "rating", metric
    canon = bench.canonical.lower() if bench is not None else ""
    if "arena" in canon and "hard" not in canon:
        return "elo", metric or "Elo"
    if "codeforces" in canon:
        return "rating", metric
    return _BARE, metric


def _claim(model: str, bench: _Ent, num: Number, unit: str, metric: str | None) -> dict:
    return {
        "model": model,
        "benchmark": bench.canonical,
        "score": float(num.value),
        "unit": unit,
        "metric": metric,
        "comparison": None,
    }


def _how(path: str, n: Number, text: str, *, model: _Ent | None = None, bench: _Ent | None = None,
         in_list: bool = False, models: list[_Ent] = (), starts: list[int] = (), names: frozenset = frozenset()) -> dict:
    """How a sentence's claim was found, for its confidence (nlp.claim_confidence): which way
    the model came (`path`), how far the model and the benchmark are from the number (in words;
    None when they are not in the sentence), how many other models the sentence names, and the
    number's shape. `starts` are the models' start offsets and `names` their canonical names, worked
    out once per sentence: each claim costs the same in a run-on sentence as in a short one."""
    def gap(e: _Ent | None) -> int | None:
        if e is None:
            return None
        a, z = (e.end, n.start) if e.end <= n.start else (n.end, e.start)
        return _words(text[a:min(z, a + _HOW_REACH)])  # bounded: the features stop counting at 12 words
    lo, hi = (model.end, n.start) if model is not None and model.end <= n.start else \
        (n.end, model.start) if model is not None else (0, 0)
    lo = max(lo, hi - _HOW_REACH)
    between = False
    for j in range(bisect_left(starts, lo), len(starts)):  # the models inside the gap, by bisection
        if starts[j] >= hi:
            break
        if models[j] is not model:
            between = True
            break
    others = len(names) - (1 if model is not None and model.canonical in names else 0)
    return {
        "path": path, "model_gap": gap(model), "bench_gap": gap(bench), "in_list": in_list,
        "other_models": others,
        "unit_written": n.unit is not None, "decimal": "." in text[n.start:n.end],
        "small_int": n.unit is None and n.value <= 10 and "." not in text[n.start:n.end],
        # another model between the owner and the number, or a clause break ("…, where X scores")
        "between": between,
        "clause_gap": hi > lo and (_clause_break(text[lo:hi]) or _WHERE.search(text, lo, hi) is not None),
        "before": text[max(0, n.start - 30):n.start],  # the words before the number ("not 79.1%": denied)
        "text": text, "at": n.start, "to": n.end,  # the number in its text, for nlp.claim_checks (no copy)
    }


_HOW_REACH = 150  # characters of a gap `_how` reads


_WHERE = re.compile(r",\s*(?:where|whereas|while|when)\b", re.I)


def _clause_of(text: str, n: Number) -> str:
    """The clause around a number: from the last clause break (";", "while", "but" …) before it
    to the first one after it."""
    lo = max(0, n.start - 300)  # a bounded window: the cost per number stays constant
    hi = min(len(text), n.end + 300)
    if _clause_break(text[lo:n.start]):
        for m in _CLAUSE_BREAK.finditer(text, lo, n.start):
            lo = m.end()
    m = _CLAUSE_BREAK.search(text, n.end, hi)
    return text[lo:m.start() if m else hi]


def _clause_before(text: str, n: Number) -> str:
    """The part of the number's clause before it (at most 120 characters)."""
    lo = max(0, n.start - 120)
    last = None
    for last in _CLAUSE_OR_COMMA.finditer(text, lo, n.start):
        pass
    return text[last.end() if last else lo:n.start]


# "45 tokens per second, against 21 for X": the second number has the first one's unit, no score's
_NON_SCORE_UNIT = (r"(?:tokens?|tok)(?:\s*(?:per|a|/)\s*(?:second|sec|s))?|t/s|[GMKT]B|ms|milliseconds?|seconds?|secs?|"
                   r"minutes?|mins?|hours?|days?|watts?|W|parameters|params|USD|dollars?|cents?|requests?|queries|users")
_ELLIPSIS_BEFORE = re.compile(
    rf"(?:\$\s?\d[\d.,]*|\d[\d.,]*\s*(?:{_NON_SCORE_UNIT}))\b\s*,?\s*"
    r"(?:against|vs\.?|versus|compared (?:with|to)|and|to|from|or)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?$")


_QUOTE_OPEN_BEFORE = re.compile(r"(?:^|[\s(])[\"“][^\"”\n]*$")
_QUESTION_CLOSE_AFTER = re.compile(r"[^\"”\n]{0,120}?\?[\"”]")
_COST_BEFORE = re.compile(r"\b(?:costs?|costing|priced at|charges?|charging)\s+(?:about\s+|around\s+|only\s+|just\s+|roughly\s+)?$",
                          re.I)


def _not_a_score(text: str, n: Number, benches: list[_Ent] = ()) -> bool:
    """A difference, a count of things or a label's digit that find_numbers took for a score."""
    if _NOT_SCORE_AFTER.match(text, n.end) or _NOT_SCORE_BEFORE.search(text, max(0, n.start - 12), n.start):
        return True
    if _SPEED_AFTER.match(text, n.end):
        return True  # "at 30 tok/s": a speed
    if _CHANGE_VERB_BEFORE.search(text, max(0, n.start - 24), n.start) and _POINTS_AFTER.search(
            text, n.start, n.end + 8):
        return True  # "lost 41 points since November": a change
    if ":" in text[max(0, n.start - 3):n.end + 3] or "/" in text[n.start:n.end + 1]:
        line = max(text.rfind("\n", 0, n.start) + 1, 0)
        lead = _LINE_LEAD_NOT_SCORE.match(text, line)
        if lead is not None and n.start < lead.end():
            return True  # "[09:02] ana: …", "1/ it is out": a clock or a thread counter
    if n.unit is None and (_OF_THOSE.match(text, n.end) or _OF_THE_N.match(text, n.end)):
        return True  # "3 of those", "23 of the 500 tasks"
    if n.unit == "%" and (_RELATIVE_AFTER.match(text, n.end) or _OF_WHAT_AFTER.match(text, n.end)):
        return True  # "90% of X's performance", "8% of what X costs"
    if n.unit is None and n.value >= 10000:
        return True  # "a cluster of about 100,000 H100s": no bare score, rating or Elo runs that high
    if "?" in text and _QUOTE_OPEN_BEFORE.search(text, max(0, n.start - 120), n.start) \
            and _QUESTION_CLOSE_AFTER.match(text, n.end):
        return True  # 'a headline asking "Could X reach 80% on B?"': a question quoted, not a claim
    if n.unit == "%" and _COST_BEFORE.search(text, max(0, n.start - 30), n.start):
        return True  # "costs 8% of X's price": a share of a price
    if n.unit is None and _ELLIPSIS_BEFORE.search(text, max(0, n.start - 60), n.start):
        return True  # "45 tokens per second, against 21 for X", "$40 … and 25 for Y"
    if _NAME_HYPHEN_BEFORE.search(text, max(0, n.start - 2), n.start):
        return True  # the 0 of "Seal-0"
    if _PLUS_MINUS_BEFORE.search(text, max(0, n.start - 4), n.start) or _PLUS_MINUS_WORDS_BEFORE.search(
            text, max(0, n.start - 30), n.start):
        return True  # "38% (±3)", "plus or minus 2.1 points": an error bar
    if n.unit == "%" and _LEVEL_AFTER.match(text, n.end):
        return True  # "(95% CI 69.0-73.5)": the level of an interval
    if n.unit is None and "." not in text[n.start:n.end] and _MODIFIED_ITEMS_AFTER.match(text, n.end):
        return True  # "a set of 12 unusually hard final-answer problems"
    if n.unit is None and _VERSION_SHAPE.fullmatch(text, n.start, n.end) and _NAME_BEFORE.search(text, max(0, n.start - 30), n.start):
        return True  # "beats GOT-OCR 2.0 and MinerU 2.0": a name's version, not a score
    if n.unit is None and "." not in text[n.start:n.end] and (
            _COUNT_AFTER.match(text, n.end) or _PLURAL_NOUN_AFTER.match(text, n.end)):
        return True  # "74 real coding tasks", "3 of 5 LMArena categories", "8 active", "8 needles"
    low = lowered(text[max(0, n.start - 80):n.start])  # for the quick rejects below (None: not ASCII)
    if has_any(low, _DIFF_WORDS) and _DIFF_BEFORE.search(text, max(0, n.start - 40), n.start):
        return True  # "the gap is 0.4 points", "a margin of 3%"
    if n.unit == "%" and has_any(low, _INVERSE_WORDS):
        inv = _INVERSE_BEFORE.search(text, max(0, n.start - 40), n.start)
        if inv and not _clause_break(text[inv.end():n.start]) and "," not in text[inv.end():n.start]:
            return True  # "hallucinates on 37.1% of them", "an error rate of 4%": a rate of failures
    if has_any(low, _HEDGE_WORDS) and _HEDGE_BEFORE.search(text, max(0, n.start - 50), n.start):
        return True  # "would score 55%"
    share = None
    if has_any(low, _SHARE_WORDS):
        for share in _SHARE_BEFORE.finditer(text, max(0, n.start - 80), n.start):
            pass
    if share is not None and not _clause_break(text[share.end():n.start]) and not _SCORED_ON_AFTER.match(text, n.end):
        return True  # "Market share for Claude reached 42%"
    i = bisect_left([b.start for b in benches], n.end) if benches else 0
    if i >= len(benches):
        return False
    b = benches[i]  # only the first benchmark after the number can be glued to it
    return not text[n.end:b.start].strip() and _ITEMS_AFTER.match(text, b.end) is not None


def _places(text: str, models: list[_Ent] = ()) -> list[Number]:
    """Ranks ("came first", "#3", "the top spot", "ranks X second") and percentiles ("the 96th
    percentile", then "in the 99th") of a sentence, as Numbers with unit "rank" / "percentile";
    ranks within a subset of models are left out."""
    low = lowered(text)
    out = []
    if has_any(low, _RANK_WORDS):
        masked = text
        if models and has_any(low, ("rank", "plac", "put", "push", "knock", "drop", "bump")):
            # "ranks X second": X masked, same length so that offsets stay those of `text`
            parts, at = [], 0
            for m in models:
                parts += [text[at:m.start], "\uE000" * (m.end - m.start)]
                at = m.end
            masked = "".join(parts) + text[at:]
        for m in _RANK.finditer(masked):
            key = next(k for k in "abcde" if m.group(k))
            g = m.group(key)
            if _AMONG_MODELS.search(text[m.end():m.end() + 80].split(",")[0]):
                continue  # "#2 on the index among open models"
            word = g.lower()
            value = 1.0 if word == "top" else _ORDINALS.get(word) or float(re.sub(r"\D", "", word))
            gs = m.start(key)
            out.append(Number(gs, gs + len(g), value, "rank", "score"))
    if has_any(low, ("lead", "led ", "top", "highest")):  # "X leads at 57.3%", "tops B with 74.0" (nlp.claim_discourse)
        taken = {p.start for p in out}
        out += [Number(a, b, 1.0, "rank", "score") for a, b in lead_places(text, models) if a not in taken]
    if "%" in text or has_any(low, ("percent",)):
        # "above 99.9% of test takers", "better than 96% of human contestants": a percentile by another name
        for m in _ABOVE_SHARE.finditer(text):
            out.append(Number(m.start("v"), m.end("pct"), float(m.group("v")), "percentile", "score"))
    if has_any(low, ("percentile",)):
        for m in _PERCENTILE.finditer(text):
            out.append(Number(m.start(), m.end(), float(m.group("v")), "percentile", "score"))
        for m in _PERCENTILE_ELLIPSIS.finditer(text):
            if not any(p.start <= m.start("v") < p.end for p in out):
                out.append(Number(m.start("v"), m.end(), float(m.group("v")), "percentile", "score"))
        out.sort(key=lambda n: n.start)
    if models and (has_any(low, _ORDINAL_WORDS) or "#" in text or _NUM_ORDINAL.search(text)):
        taken = {p.start for p in out}
        for m in models:
            r = _RANK_AFTER_MODEL.match(text, m.end)
            if r is None or r.start("r") in taken or _AMONG_MODELS.search(text[r.end():r.end() + 80].split(",")[0]):
                continue
            if not (r.group("verb") or any(p.unit == "rank" for p in out)
                    or _WITH_BEFORE.search(text, max(0, m.start - 6), m.start)):
                continue
            word = r.group("r").lower()
            value = _ORDINALS.get(word) or float(re.sub(r"\D", "", word))
            out.append(Number(r.start("r"), r.end("r"), value, "rank", "score"))
        out.sort(key=lambda n: n.start)
    # "takes No. 1", "first on the text board", "top three are A, B and C"; not "first place in the
    # small-model division" (nlp.claim_places)
    out = [p for p in out if p.unit != "rank" or not subset_place(text, p.end)]
    extra = [Number(a, b, v, "rank", "score") for a, b, v in more_places(text, models)
             if not any(p.start < max(b, a + 1) and a < p.end for p in out)]
    if extra:
        out = sorted(out + extra, key=lambda n: n.start)
    if models and has_any(low, ("behind",)):
        # "took 2nd place overall, behind only X (1,330)", "lists it second, behind X": X is first
        for p in [p for p in out if p.unit == "rank" and p.value == 2.0]:
            b = _BEHIND_ONLY.match(text, p.end)
            x = next((m for m in models if b and m.start == b.end()), None)
            if x is not None and not _AND_NAME.match(text, x.end) and not any(
                    q.unit == "rank" and q.start == x.end for q in out):  # not "behind X and Y"
                out.append(Number(x.end, x.end, 1.0, "rank", "score"))
        out.sort(key=lambda n: n.start)
    return out


def _rescued(text: str, n: Number, benches: list[_Ent]) -> bool:
    """A number find_numbers set aside as a year that is a rating here (then made a score):
    "a 2029 Codeforces rating", "a rating of 2001"."""
    if n.kind == "year":
        after = n.end
        for b in benches:
            if b.start >= n.end and not text[n.end:b.start].strip():
                after = b.end  # the benchmark's name between: "2029 Codeforces rating"
                break
        if _RATING_AFTER.match(text, after) or _RATING_OF_BEFORE.search(text, max(0, n.start - 15), n.start):
            n.kind = "score"
            return True
    return False


def _dollar_scores(text: str, benches: list[_Ent], bench_units: dict) -> list[Number]:
    """Dollar amounts of a sentence that names a benchmark the knowledge base scores in USD
    ("$5,478 in the bank" on Vending-Bench 2), as scores; not rates ("$2 per task") or amounts in
    millions. find_numbers never reads a number after "$"."""
    if "$" not in text or not any(
            bench_units.get(b.canonical, bench_units.get(_VERSION_TAIL.sub("", b.canonical))) == "USD"
            for b in benches):
        return []
    out = []
    for m in _DOLLARS.finditer(text):
        if not _PRICE_RATE_AFTER.match(text, m.end()) and not _DOLLAR_SIZE_AFTER.match(text, m.end()):
            out.append(Number(m.start("v"), m.end(), parse_number(m.group("v")), "USD", "score"))
    return out


def _ranked_models(text: str, nums: list[Number], models: list[_Ent]) -> list[_Ent]:
    """The models given a place by a rank right after them, in text order, when there are two or
    more and each is a different model ("X came first, Y second and Z fifth")."""
    out = []
    for n in nums:
        if n.unit == "rank":
            before = [m for m in models if m.end <= n.start]
            if before and _words(text[before[-1].end:n.start]) <= 4:
                out.append(before[-1])
    return out if len(out) >= 2 and len({m.canonical for m in out}) == len(out) else []


def _is_reference(text: str, b: _Ent) -> bool:
    """"… well under their SWE-bench Verified results": a benchmark named as a reference to other
    results, not as the place of this sentence's numbers (unless a number follows: "its SWE-bench
    Verified score is 65.8%")."""
    return _POSSESSIVE_BEFORE.search(text, max(0, b.start - 8), b.start) is not None \
        and _RESULTS_AFTER.match(text, b.end) is not None


def _mark_compared_runs(text: str, num_runs: list[list[Number]], anchors: list[tuple[int, int]]) -> None:
    """"X scores 77.9% and 58.1%, compared with 73.7% and 52.8%": a run of numbers right after a
    comparison word, no model between, is a compared model's; like "up from 70.0%" (`after_from`)
    it is kept only for a model glued to it ("… for X", "X's")."""
    ends = sorted(e for _, e in anchors)
    for run in num_runs:
        first = run[0]
        i = bisect_left(ends, first.start + 1) - 1
        lo = max(ends[i] if i >= 0 and ends[i] <= first.start else 0, first.start - 40)
        if _COMPARED_BEFORE.search(text, lo, first.start) and not _SAME_MODEL_AFTER.match(text, run[-1].end):
            for n in run:
                n.after_from = True
        elif len(run) > 2 and not _SAME_MODEL_AFTER.match(text, run[-1].end):
            # "91.8% and 86.1%, compared with 64.9% and 62.8%": the members after the comparison
            # word are the compared (older) models'
            cut = next((i for i in range(1, len(run)) if _COMPARED_SEP.match(text[run[i - 1].end:run[i].start])), None)
            for n in run[cut:] if cut else ():
                n.after_from = True


def _sentence_claims(
    text: str, ents: list[_Ent], subject: "str | _TitleSubject | None", context_bench: _Ent | None = None,
    bench_units: dict | None = None, orphans: list | None = None, topic_benches: dict | None = None,
    last_bench: str | None = None, change_pair: tuple[str, str] | None = None,
) -> tuple[list[dict], str | None]:
    """Claims of one sentence, and the model it is about (the next sentences' fallback subject).
    `subject` may be a `_TitleSubject`, resolved only if a number needs it. With no subject at all,
    a number on a named benchmark goes to `orphans` (a claim whose "model" is None) for a model
    named after it ("## Reasoning / - AIME 2025: 89.3 / These are X's numbers")."""
    bench_units = bench_units or {}
    models = [e for e in ents if e.label == "MODEL"]
    if models and ("icen" in text or "non" in text):
        # "the Llama 3.3 Community License", "among non-Deep-Think entries": not the model itself
        models = [e for e in models if not _not_a_subject(text, 0, len(text), e.start, e.end)]
    if len(models) > 1 and ("'" in text or "’" in text):
        # "X, Amazon's largest Nova model, scores …": a family described, not a second model
        models = models[:1] + [e for e in models[1:] if not (
            _FAMILY_NOUN_AFTER.match(text, e.end) and _OWNER_ADJ_BEFORE.search(text, max(0, e.start - 40), e.start))]
    benches = [e for e in ents if e.label == "BENCHMARK"]
    low_text = lowered(text) if benches else ""  # for the quick rejects (None: not ASCII); "": not yet
    if benches and has_any(low_text, _POSSESSIVE_WORDS):
        benches = [e for e in benches if not _is_reference(text, e)]
    if benches and _has_not_bench_word(low_text):
        # "IFEval-style instruction following", "an MMLU-like quiz": a kind of test, not the benchmark;
        # "publishes no SWE-bench numbers", "without MMLU results": a benchmark said to be missing
        kept = [e for e in benches if not _STYLE_AFTER.match(text, e.end)
                and not _NO_BEFORE.search(text, max(0, e.start - 20), e.start)]
        teams = [e for e in benches if _TEAM_AFTER.match(text, e.end) and not text[max(0, e.start - 3):e.start].rstrip().endswith("(")]
        if not kept and len({e.canonical for e in teams}) == 1 and not _TEAM_RAN_NAMED.search(text):
            # "The B team re-ran X and report N": with no other board named, the team's own benchmark is the figures'
            # (a "(B maintainers)" source note is not the sentence's subject; "ran X on the same problems" is the
            # test named before, which the team only ran)
            context_bench = teams[0]
        benches = kept
    if not models and not benches and not (context_bench and _pronoun_subject(text)):
        return [], None  # no claim and no subject can come out of it (most sentences): skip the numbers
    pronoun_lead = bool(models) and _PRONOUN_LEAD.match(text, 0, models[0].start) is not None
    if not benches and not context_bench and _plain_subject(text, models[0]):
        # no claim can come out of it, and only a comparison or ancestor word before the first
        # model could stop it being the subject: no need to find and classify the numbers
        return [], (None if pronoun_lead or _BARE_COMPARATIVE.match(text, models[0].end) else models[0].canonical)
    nums = [n for n in find_numbers(text, skip=[(e.start, e.end) for e in ents])
            if (n.is_score or _rescued(text, n, benches)) and not _not_a_score(text, n, benches)]
    for n in nums:
        if n.unit is None and ("rat" in text or "Elo" in text):
            n.unit = stated_unit(text, n.start, n.value)  # "claims a rating of 2,285" (nlp.claim_places)
            if n.unit == "rating" and (_ON_ARENA.search(text) or any(
                    _ARENA_BOARD.search(b.canonical or "") for b in benches + ([context_bench] if context_bench is not None else []))):
                n.unit = "elo"  # "was rated 1,440 … on the arena": an arena's rating is an Elo rating
    dollars = _dollar_scores(text, benches + ([context_bench] if context_bench is not None and not benches else []),
                             bench_units)  # (the topic benchmark's unit, in a sentence naming none)
    if dollars:
        nums = sorted(nums + dollars, key=lambda n: n.start)
    if low_text == "":
        low_text = lowered(text)
    if has_any(low_text, _MEDAL_WORDS):
        for m in _MEDAL.finditer(text):
            key = next(k for k in ("colour", "bare", "won") if m.group(k))
            nums.append(Number(m.start(key), m.end(), _MEDAL_PLACE[m.group(key).lower()], "medal", "score"))
        nums.sort(key=lambda n: n.start)  # find_numbers gives text order: only medals need placing
    places = _places(text, models)
    if places:
        nums = [n for n in nums if not any(p.start <= n.start < p.end for p in places)] + places
        nums.sort(key=lambda n: n.start)
    anchors = [(e.start, e.end) for e in ents] + [(n.start, n.end) for n in nums]
    _mark_objects(text, models, anchors)
    if pronoun_lead:
        for m in models:  # "It started from X and scores 89.3": X owns only numbers glued to it
            if not m.obj:
                m.obj = True
    # (not a rival named in brackets: "it gets 66.0% (X 78.0%, Y 73.3%)", nlp.claim_discourse.bracketed)
    new_subject = next((m for m in models if not m.obj and not _bracketed(text, m)), None)
    if new_subject is None and len(models) == 1 and _UPDATE_OF.search(text, max(0, models[0].start - 30), models[0].start):
        new_subject = models[0]  # "with an update to Kimi K2 Thinking …": the updated model is what follows is about
    # "GPT-5 is higher, I think 80 something": compared with the subject in force, which stays
    new_subject = new_subject.canonical if new_subject and not _BARE_COMPARATIVE.match(text, new_subject.end) else None
    pronoun = None  # whether the subject is "it"/"the model": searched for only when it matters
    if not nums:
        return [], new_subject
    if not benches:
        if not context_bench:
            return [], new_subject
        if not models:
            pronoun = _pronoun_subject(text)
            if not pronoun:
                return [], new_subject

    model_of: dict[int, _Ent] = {}
    bench_of: dict[int, list[_Ent]] = {}
    plain = [n for n in nums if n.unit not in ("medal", "rank")]
    num_runs = _runs(plain, text, _RUN_SEP)
    plain_index = {id(n): i for i, n in enumerate(plain)}
    _mark_compared_runs(text, num_runs, anchors)
    model_runs = _runs(models, text, _LIST_SEP)
    bench_runs = _runs(benches, text, _BENCH_LIST_SEP)
    ranked = _ranked_models(text, nums, models)
    unnamed = [n.end for n in plain if _ON_OTHER_THING.match(text, n.end) and _on_unnamed(text, n.end, benches)]
    named_before: set[int] = set()  # numbers whose benchmark was named in an earlier sentence
    for run in num_runs:
        run_ids = {id(n) for n in run}
        others = [n for n in nums if id(n) not in run_ids]
        if len(run) >= 2:
            for mr in model_runs + ([ranked] if ranked else []):
                if len(mr) == len(run):
                    # "X came first, Y second and Z fifth, with 76.4%, 61.6% and 60.5%": the models given
                    # places, in order, when no list of models matches
                    for n, m in zip(run, mr):
                        model_of[id(n)] = m
                    break
            zipped = False
            for br in bench_runs:
                if len(br) == len(run):
                    for n, b in zip(run, br):
                        bench_of[id(n)] = [b]
                    zipped = True
                    break
            if not zipped and not benches and topic_benches and len(topic_benches) == len(run) \
                    and _SAME_BENCHES.search(text):
                # "Y gets 84.0 and 71.5 on the same two": the paragraph's benchmarks (a dict of
                # canonical -> [count, start, _Ent], in first-mention order), in order
                for n, v in zip(run, topic_benches.values()):
                    bench_of[id(n)] = [v[2]]
                zipped = True
            if not zipped and topic_benches and (_SAME_ORDER.search(text) or (
                    not benches and len(run) >= 3 and len(run) == len(topic_benches))):
                # a chart's other outlines read in the order the passage gave ("its other points are 83, 62, 85, 30
                # and 61 in the same order", "the dotted one, Y, with 79, 55, 58, 77, 25 and 57"): the paragraph's
                # benchmarks in order, those this sentence names itself left out (round 13)
                own = {b.canonical for b in benches}
                order = [v[2] for k, v in topic_benches.items() if v[2].canonical not in own]
                if len(order) == len(run):
                    for n, v in zip(run, order):
                        bench_of[id(n)] = [v]
                    zipped = True
            if not zipped and not benches and context_bench is not None and _SAME_SETTINGS.search(text):
                # "scored 70.7% and 83.3% in the same two settings": each on the topic benchmark
                for n in run:
                    bench_of[id(n)] = [context_bench]
                zipped = True
            if not zipped and benches and benches[-1].start < run[0].start:
                # "71.3% on A and 47.1% on B, against X's 74.9% and 43.8%": a closing run of
                # numbers, no benchmark after it, follows the benchmarks of the numbers before it
                tail = []
                k = plain_index[id(run[0])]
                for n in (plain[j] for j in range(k - 1, max(-1, k - 50), -1)):  # a bounded look back
                    if bench_of.get(id(n)):
                        tail.insert(0, bench_of[id(n)][0])
                        if len(tail) == len(run):
                            break
                if len(tail) == len(run) and len({id(b) for b in tail}) == len(run):
                    for n, b in zip(run, tail):
                        bench_of[id(n)] = [b]
                    zipped = True
            if not zipped:
                # "AIME24 (79.5 vs 79.8)": the whole run shares one benchmark
                b = _bench_for(run[0].start, run[-1].end, benches, others, text, unnamed)
                for n in run:
                    bench_of[id(n)] = [b] if b else []
            # "with 74.9 to 74.5": a pair follows the order of the two models named before it
            if len(run) == 2 and _PAIR_SEP.match(text[run[0].end:run[1].start]) and id(run[0]) not in model_of:
                pair: list[_Ent] = []
                for m in reversed([m for m in models if m.end <= run[0].start]):
                    if m.canonical not in [p.canonical for p in pair]:
                        pair.insert(0, m)
                    if len(pair) == 2:
                        break
                if len(pair) == 2 and pair[0].obj and not pair[1].obj and _PAIR_VS.match(text[run[0].end:run[1].start]):
                    # "Against X, Y is ahead on B (62.4 vs 60.7)": the clause's subject's number first, the compared
                    # model's second, whichever was named first (round 13)
                    model_of[id(run[0])], model_of[id(run[1])] = pair[1], pair[0]
                elif len(pair) == 2:
                    model_of[id(run[0])], model_of[id(run[1])] = pair
                elif not models and change_pair and _TO_SEP.match(text[run[0].end:run[1].start]):
                    # "What changed between X and Y? On B, 67.8 became 73.1": the old model's, then the new one's
                    model_of[id(run[0])], model_of[id(run[1])] = (_Ent(-1, -1, "MODEL", c) for c in change_pair)
                elif not _TO_SEP.match(text[run[0].end:run[1].start]) and not _SAME_MODEL_AFTER.match(text, run[1].end):
                    # "AIME 2025 89.3% against 88.4%" with one model or none: the second number is
                    # the unnamed compared model's (like "up from 88.4%"), kept only with "for X";
                    # not "from 63.6% to 55.8%" (the second is the new score)
                    run[1].after_from = True
        elif _SAME_BENCH_AFTER.match(text, run[0].end):
            # "76.2% on the same benchmark": the last one named, in this sentence or before it
            n = run[0]
            prior = [b for b in benches if b.end <= n.start]
            if prior:
                bench_of[id(n)] = [prior[-1]]
            elif last_bench:
                bench_of[id(n)] = [_Ent(-1, -1, "BENCHMARK", last_bench)]
                named_before.add(id(n))
        elif _glued_to_unknown_name(text, run[0], ents):
            pass  # "BrowseComp 60.2", "BrowseComp goes to 60.2" with BrowseComp unrecognised: on that name
        else:
            n = run[0]
            b = _bench_for(n.start, n.end, benches, others, text, unnamed)
            if b is not None:
                # "reached 100% on AIME 25 and HMMT": one number, a list of benchmarks after it
                br = next((r for r in bench_runs if b in r), [b])
                bench_of[id(n)] = br if (len(br) > 1 and br[0] is b and b.start >= n.end) else [b]
    for n in nums:
        if n.unit in ("medal", "rank"):
            b = _bench_for(n.start, n.end, benches, [], text)
            # "won gold at A and at B": a place before a list of benchmarks is taken on each
            br = next((r for r in bench_runs if b in r), [b]) if b is not None else []
            if b is not None and len(br) == 1 and "(" in text and b.start >= n.end:
                # "gold-medal scores at A (35 of 42 points), at B (492 of 600) and at C": a list whose members
                # carry their points in brackets
                br = next((r for r in _runs(benches, text, _BENCH_LIST_SEP, _ASIDE_NOISE) if b in r), br)
            bench_of[id(n)] = br if (len(br) > 1 and br[0] is b and b.start >= n.end) else [b] if b else []

    num_starts = tuple(n.start for n in nums if n.unit not in ("medal", "rank"))
    picked = {id(n): ((model_of[id(n)], True) if id(n) in model_of else _model_for(n, models, text, num_starts)) for n in nums}
    for run in num_runs:
        # "scores of 85.0 and 79.9 ... GLM-4.5 said": members of a list share a model
        # a model glued to a member ("… 52.8% for X") wins over a merely preceding one
        source = next((n for n in run if picked[id(n)][1]), None) or \
            next((n for n in run if picked[id(n)][0] is not None), None)
        known = picked[id(source)] if source is not None else None
        if known and len(run) > 1 and not _PAIR_SEP.match(text[run[0].end:run[1].start]):
            for n in run:
                # "against X's 74.9% and 43.8%": a model glued to the run's first number owns the
                # members that no model is glued to; a compared member takes only a model glued to
                # a compared member ("91.8% and 88.1%, compared with 64.9%": not X's)
                if n.after_from and not (known[1] and source.after_from):
                    continue
                if picked[id(n)][0] is None or (known[1] and not picked[id(n)][1]):
                    picked[id(n)] = known
    listed = {id(n) for run in num_runs if len(run) > 1 for n in run}
    model_starts = [m.start for m in models]  # for _how
    model_names = frozenset(m.canonical for m in models)
    other = None
    allow_fallback = None  # whether numbers without a model take `subject`: decided on first need
    found: list[tuple[dict, _Ent | None, Number]] = []
    own_run: set[int] = set()  # bare numbers of a reader's own run ("… and got 66.4")
    for n in nums:
        these = bench_of.get(id(n)) or []
        model, attached = picked[id(n)]
        if not attached and other is None:  # quick rejects of the two checks below, once, on first need
            other = ("for " in text, _has_other_model_word(low_text))
        if not attached and other[0] and _OTHER_SIZE_AFTER.match(text, n.end):
            continue  # "… 31.4 on LiveCodeBench for the 7B": a sibling named by its size only
        if not attached and other[1] and _OTHER_MODEL_BEFORE.search(_clause_before(text, n)):
            continue  # "X scores 74.5%; its predecessor managed 72.5%": an unnamed other model's
        if model is None and n.after_from:
            continue
        via_subject = model is not None and model.start < 0  # named in an earlier sentence (change_pair)
        if model is None and not pronoun_lead:
            # "X reaches 77.9% on B; at medium effort the figure is 76.8%": across a clause break,
            # the sentence's own subject before the passage's
            own = next((m for m in models if not m.obj and not _bracketed(text, m)), None)
            if own is not None and own.end <= n.start and not _about_non_model(_clause_of(text, n)):
                model = own
        if model is None and _unnamed_owner(text, n):
            continue  # "an OpenAI reasoning system solved all 12, which would have ranked first": no name to give it
        if model is None:
            if allow_fallback is None:
                if isinstance(subject, _TitleSubject):
                    subject = subject.get()
                allow_fallback = bool(subject) and not _about_non_model(text)
            if allow_fallback or (subject and (not _about_non_model(_clause_of(text, n)) or n.unit == "percentile"
                                               or _PRONOUN_GLUED.search(text, max(0, n.start - 50), n.start))):
                # (a percentile names the humans it is measured against: "above 98.4 percent of the human competitors")
                # "it scored 51.7%; reasoning models such as X score above 90%": only the clause
                # of the number says whether it is about models in general
                model, via_subject = _Ent(-1, -1, "MODEL", subject), True
        if model is None:
            first = next((m for m in models if not m.obj), None)
            if orphans is not None and these and not subject and not _about_non_model(_clause_of(text, n)) \
                    and (first is None or not _clause_break(text[n.end:first.start])) \
                    and (first is not None or not _PRONOUN_SUBJECT.search(text)):
                # (not "it gets 35.5 on B" with no model named: "it" points back, at a model no list
                # knew, not at the next one named)
                # the model named next takes it ("AIME 2025 93.1, HMMT 92.5, numbers published for X"),
                # not across a clause break ("Only a few have topped 50% on B; X is at 45.1%")
                for bench in these:
                    unit, metric = _unit_metric(n, bench, text)
                    if unit != "medal":
                        orphan = _claim(None, bench, n, unit, metric)
                        orphan["_how"] = _how("adopted", n, text, bench=bench, in_list=id(n) in listed)
                        orphans.append(orphan)
            continue
        topic = not these or id(n) in named_before
        if not these:
            # no benchmark in the sentence: the paragraph's topic benchmark, for a number glued to a
            # model ("Gemini 3 Pro posted 37.5%") or, with a pronoun subject, a number with a unit
            explicit = n.unit in ("%", "elo", "rating", "points", "rank", "percentile", "medal") or (
                # "X ended the year with $5,478" on a board scored in dollars; not a baseline's "$63,000"
                n.unit == "USD" and not _about_non_model(_clause_of(text, n)))
            if context_bench is None or id(n) in listed:
                continue  # "X gets 84.0 and 71.5 on the same two": a list is not all on the topic benchmark
            if unnamed:
                continue  # "put X at 61 on its Intelligence Index, and Y at 56": on something else, not the topic
            if via_subject:
                if pronoun is None:
                    pronoun = _pronoun_subject(text)
                if not (pronoun and explicit):
                    if not _own_run(text, n.start):
                        continue
                    own_run.add(id(n))  # "I ran the v6 split … and got 66.4", "Same ballpark here: 67.0"
            if not via_subject and not (attached or explicit or _FOR_IT_AFTER.match(text, n.end)):
                if not _own_run(text, n.start):
                    continue  # (not "claimed 1483 for it": a figure given for the model the sentence is about)
                own_run.add(id(n))  # "I ran X locally with your harness and got 3.3"
            these = [context_bench]
        owners = [model]
        if not via_subject and id(n) not in model_of:
            # "Both X and Y scored 76%": one number for each model of the run
            # ("X and Y share second place with 70 each": the number said to be each one's)
            owners = next((mr for mr in model_runs if model in mr and len(mr) > 1
                           and (_BOTH_BEFORE.search(text, max(0, mr[0].start - 10), mr[0].start)
                                or _EACH_AFTER.match(text, n.end) and mr[-1].end <= n.start)), owners)
        for bench in these:
            unit, metric = _unit_metric(n, bench, text)
            if unit == "medal":
                metric = next(k for k, v in _MEDAL_PLACE.items() if v == n.value)
            for owner in owners:
                claim = _claim(owner.canonical, bench, n, unit, metric)
                claim["is_comparison"] = bool(owner.obj and owner.relation not in (None, "not"))
                if id(n) in own_run:
                    claim["_own_run"] = True  # kept only after a claim of the same model and benchmark (extract_claims)
                path = ("subject" if via_subject else "glued" if attached
                        else "after" if owner.start >= n.end else "nearest")
                claim["_how"] = _how(path, n, text, model=None if via_subject else owner,
                                     bench=None if topic else bench, in_list=id(n) in listed,
                                     models=models, starts=model_starts, names=model_names)
                found.append((claim, owner, n))

    # comparisons: the subject's claim points at the compared model and its score on the benchmark
    for c, model, n in found:
        if model.obj:
            continue
        for m in models:
            if not m.obj or m.relation is None or m.canonical == c["model"]:
                continue
            other = next(
                (o for o, om, _ in found if om.canonical == m.canonical and o["benchmark"] == c["benchmark"]),
                None,
            )
            c["comparison"] = {
                "vs": m.canonical,
                "score": other["score"] if other else None,
                "relation": m.relation,
            }
            break
    return [c for c, _, _ in found], new_subject


# --------------------------------------------------------------------------- tables


def _runs_of_lines(text: str, line: re.Pattern) -> list[tuple[int, int]]:
    """Spans of two or more consecutive ``line`` matches (blank lines between them allowed)."""
    blocks: list[list[int]] = []
    for m in line.finditer(text):
        if blocks and text[blocks[-1][1]:m.start()].strip() == "":
            blocks[-1][1] = m.end()
        else:
            blocks.append([m.start(), m.end()])
    return [(a, b) for a, b in blocks if text[a:b].count("\n") >= 1]


def _table_blocks(text: str) -> list[tuple[int, int]]:
    """Markdown tables: runs of "| a | b |" lines, and runs of three or more lines without the
    outer bars ("Rank | Model | Score") that all have the same number of bars."""
    if "|" not in text:  # quick reject: _TABLE_LINE tries every line start otherwise
        return []
    blocks = _runs_of_lines(text, _TABLE_LINE)
    for a, b in _runs_of_lines(text, _BARE_TABLE_LINE):
        # (a console's rule under the header, "------+------", has no bars: it joins the run and is not counted)
        lines = [line for line in text[a:b].split("\n") if line.strip() and not _PSQL_RULE.fullmatch(line)]
        if len(lines) >= 3 and len({line.count("|") for line in lines}) == 1:
            blocks.append((a, b))
    return sorted(blocks)


# a table row without the outer bars: "2 | Vireo 3 | 56.0"
# (or " | MMLU | GPQA": a blank corner cell, the bar opening the line but none closing it)
# … and a SQL console's rule between header and rows (psql: "------+-------+-----")
_PSQL_RULE_SRC = r"[ \t]*-{2,}(?:\+-{2,})+[ \t]*"
_PSQL_RULE = re.compile(_PSQL_RULE_SRC)
_BARE_TABLE_LINE = re.compile(r"^(?:(?![ \t]*\|[^\n]*\|[ \t]*$)[ \t]*\|?[ \t]*[^|\s][^|\n]*(?:\|[^|\n]*)+|" + _PSQL_RULE_SRC + ")$", re.M)


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of the cells of the table row text[a:b] (outer bars optional)."""
    bars = []  # offsets of the "|" in text[a:b], found in C rather than by a loop over characters
    i = text.find("|", a, b)
    while i >= 0:
        bars.append(i)
        i = text.find("|", i + 1, b)
    if bars and text[a:bars[0]].strip():
        bars.insert(0, a - 1)  # no opening bar: the first cell starts the line
    if bars and text[bars[-1] + 1:b].strip():
        bars.append(b)  # no closing bar
    return [(i + 1, j) for i, j in zip(bars, bars[1:])]


def _ent_in(ents, a: int, b: int, label: str):
    for s, e, lab, canon in ents:
        if lab == label and s >= a and e <= b:
            return s, e, canon
    return None


_HARNESS_RUN = re.compile(r"[ \t]+v?\d+(?:\.\d+)+[^`\n]{0,20}`")  # "…-eval 1.2`": the rest of a code span after a name


_QUERY_LINE = re.compile(r"\bSELECT\b.*\bFROM\b")


def _in_query(text: str, at: int) -> bool:
    """Whether text[at] lies on a SQL query's line ("leaderboard=> SELECT rank, model FROM board LIMIT 6;")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return "SELECT" in line and _QUERY_LINE.search(line) is not None


def _context_bench(text: str, a: int, b: int, ents):
    """The benchmark a leaderboard table or list is about: a heading right over it that is only a
    benchmark-shaped name no list knows ("### Tamarind-QA", nlp.claim_tables), else the last one named in
    the 300 characters before it, else the first one in the 300 characters after it within the paragraph
    right under it."""
    named = bare_heading_bench(text, a)
    # (a shorter benchmark inside the heading's name is a part of it: "Arena" of "Quire Arena")
    if named and not any(x[0] < named[1] and named[0] < x[1] and not (
            x[2] == "BENCHMARK" and named[0] <= x[0] and x[1] <= named[1] and x[1] - x[0] < named[1] - named[0]) for x in ents):
        return (*named, "BENCHMARK", text[named[0]:named[1]])
    # (not a harness named in code with its version, "run with `ordlist-eval 1.2`": a tool, no board)
    # … nor a word of a query over a console's table ("SELECT … LIMIT 6"): code, no board's name
    before = [x for x in ents if x[2] == "BENCHMARK" and a - 300 <= x[0] and x[1] <= a and not (
        text[x[0] - 1:x[0]] == "`" and _HARNESS_RUN.match(text, x[1])) and not _in_query(text, x[0])]
    if before:
        return before[-1]
    # (only in the paragraph right under it, a caption or note: a later paragraph is about something else, nlp.table_reach)
    reach = min(b + 300, caption_end(text, b))
    after = [x for x in ents if x[2] == "BENCHMARK" and b <= x[0] and x[1] <= reach]
    if after:
        return after[0]
    named = heading_bench(text, a)  # "Crossword Hard — December snapshot" over the board (nlp.claim_tables)
    # or the title's subject, "Lighthouse Index — December refresh" (nlp.grid_caption)
    named = named if named and not any(x[0] < named[1] and named[0] < x[1] for x in ents) else title_board(text)
    if named and not any(x[0] < named[1] and named[0] < x[1] for x in ents):
        return (*named, "BENCHMARK", text[named[0]:named[1]])
    # the board the title names ("Gambit Ladder: the chess rating list …" over "This month's list:")
    title_end = text.find("\n")
    title = [x for x in ents if x[2] == "BENCHMARK" and x[1] <= title_end] if title_end > 0 else []
    return title[0] if len(title) == 1 else None


# a list line: a marker ("1.", "-", "•"), or none when the line is "name: number" / "name — number"
# … or "Model: X — Score: 71.3"
_FIELD_ITEM = r"(?:[Mm]odel|MODEL|LLM|[Ss]ystem)[ \t]*:[^\n|]{2,80}?[—–,;][ \t]*(?:[Ss]core|SCORE|[Rr]esult|[Aa]ccuracy)[ \t]*:[ \t]*\d"
_LIST_ITEM = re.compile(r"^[ \t]*(?:(?:\d{1,3}[.)]|(?:#|No\.[ \t]?)\d{1,3}[.):]?|[-*•])[ \t]+|(?=[^\n:|]{2,80}?[ \t][:—–][ \t]*\d|[^\n:|]{2,80}?:[ \t]*\d|"
                        rf"{_FIELD_ITEM}))(.*)$", re.M)
# … or "name ....... 88.1" (dotted leaders), tried only on texts that have them
_LIST_ITEM_DOTS = re.compile(r"^[ \t]*(?:(?:\d{1,3}[.)]|(?:#|No\.[ \t]?)\d{1,3}[.):]?|[-*•])[ \t]+|(?=[^\n:|]{2,80}?[ \t][:—–][ \t]*\d|[^\n:|]{2,80}?:[ \t]*\d|"
                             rf"[^\n:|]{{2,80}}?[ \t]*(?:\.{{3,}}|…+)[ \t]*\d|{_FIELD_ITEM}))(.*)$", re.M)


def _list_item(text: str) -> re.Pattern:
    return _LIST_ITEM_DOTS if "..." in text or "…" in text else _LIST_ITEM
# a line whose first character (after spaces and tabs) can start a list item; found much faster
# than _LIST_ITEM, which is tried at every line start
_MARKER_FIRST_LINE = re.compile(r"[ \t]*(?:[\d*•-]|#\d|No\.)")
_MARKER_LINE = re.compile(r"\n[ \t]*(?:[\d*•-]|#\d|No\.)")


def _list_blocks(text: str) -> list[tuple[int, int]]:
    if not (_MARKER_FIRST_LINE.match(text) or _MARKER_LINE.search(text) or ":" in text or "—" in text
            or "–" in text or "..." in text or "…" in text):  # quick reject
        return []
    return _runs_of_lines(text, _list_item(text))


def _leaderboard_list_claims(text: str, a: int, b: int, ents) -> list[dict]:
    """"1. Gemini 3 Pro — 1501" lines: one model and one score per item, none naming a benchmark;
    the benchmark comes from the text around the list."""
    items = []
    starts = [x[0] for x in ents]
    for m in _list_item(text).finditer(text, a, b):
        la, lb = m.start(1), m.end(1)
        line = ents[bisect_left(starts, la):bisect_right(starts, lb)]  # by bisection: a long list stays linear
        models = [x for x in line if x[2] == "MODEL" and la <= x[0] and x[1] <= lb]
        # a line of another kind after a blank line ("Puzzles: 250 grids") ends the board
        ends = len(items) >= 2 and "\n\n" in text[items[-1][1]:m.start()].replace(" ", "").replace("\t", "")
        if [x for x in line if x[2] == "BENCHMARK" and la <= x[0] and x[1] <= lb] or len(models) != 1:
            if ends:
                break
            return []
        skip = [(x[0] - la, x[1] - la) for x in line if la <= x[0] and x[1] <= lb]
        masked = text[la:lb]
        for s, e in skip:  # "Claude Opus 4.5 — 1510": the name's digits must not read as a range's start
            masked = masked[:s] + "M" * (e - s) + masked[e:]
        nums = [n for n in find_numbers(masked, skip=skip) if n.is_score and not half_width(masked, n.start)]
        if len(nums) > 1:  # "X ........ 1,684  (412 games)": the number the dots lead to (nlp.leader_lines)
            nums = leader_score(masked, nums)
        if len(nums) != 1:
            if ends:
                break
            return []
        items.append((m.start(), m.end(), models[0], nums[0]))
    bench = _context_bench(text, a, b, ents) if len(items) >= 2 else None
    if bench is None:
        return []
    bench_ent = _Ent(0, 0, "BENCHMARK", bench[3])
    out = []
    ranks = list_ranks(text, items)  # "1. X — 1462 / 2. Y — 1438": a numbered board gives places (nlp.claim_discourse)
    for i, (la, lb, model, num) in enumerate(items):
        unit, metric = _unit_metric(num, None, text[la:lb])
        if unit == _BARE and ("arena" in bench[3].lower() and "hard" not in bench[3].lower()):
            unit, metric = "elo", metric or "Elo"
        claim = _claim(model[3], bench_ent, num, unit, metric)
        claim["_how"] = _how("list", num, text[la:lb])
        line = text[la:lb]
        claim.update(sentence=line.strip(), start=la + len(line) - len(line.lstrip()), end=lb - (len(line) - len(line.rstrip())))
        out.append(claim)
        if ranks:
            out.append(dict(claim, score=ranks[i], unit="rank", metric=None, _list_rank=True))
        elif line_rank(line) is not None:  # "- X enters at 58.3, rank 6" (nlp.claim_places)
            out.append(dict(claim, score=line_rank(line), unit="rank", metric=None))
        if "percentile" in line:  # "1. o3 — 1682 (89th percentile of club players)"
            out += [dict(claim, score=p.value, unit="percentile", metric=None) for p in _places(line) if p.unit == "percentile"]
    return out


def _chat_claims(text: str, ents) -> list[dict]:
    """A bare number answering a chat question that names a model and a benchmark (nlp.claim_chat)."""
    out = []
    for model, bench, a, b in qa_pairs(text, ents):
        nums = find_numbers(text[a:b])
        if not nums or not nums[0].is_score or _not_a_score(text[a:b], nums[0]):
            continue
        out.append(_answered(text, model[3], bench[3], nums[0], a, b, a))
    return out


def _answered(text: str, model: str, bench: str, num, a: int, b: int, how_from: int) -> dict:
    """The claim an answer gives for a question's model and benchmark (chat logs, quizzes): its unit read in
    ``text[a:b]``, the evidence that line, the reading shown from ``how_from``."""
    bench_ent = _Ent(0, 0, "BENCHMARK", bench)
    unit, metric = _unit_metric(num, bench_ent, text[a:b])
    claim = _claim(model, bench_ent, num, unit, metric)
    claim["_how"] = _how("list", num, text[how_from:b])
    claim.update(sentence=text[a:b].strip(), start=a, end=b)
    return claim


def _quiz_claims(text: str, ents, claims: list[dict]) -> list[dict]:
    """The figures a numbered question and its answer give together, that no other reader gave (nlp.claim_quiz)."""
    pairs = quiz_pairs(text, ents)
    if not pairs:
        return []
    have = {(c["model"], c["benchmark"], c["score"]) for c in claims}
    out = []
    for model, bench, seg, num in pairs:
        if (model[3], bench[3], float(num.value)) in have:
            continue
        line_a = text.rfind("\n", 0, seg + num.start) + 1
        line_b = text.find("\n", seg + num.end)
        line_b = len(text) if line_b < 0 else line_b
        have.add((model[3], bench[3], float(num.value)))
        out.append(_answered(text, model[3], bench[3], num, line_a, line_b, seg))
    return out


def _sub_header_row(text: str, header, cells) -> bool:
    """A row under the header that continues it: no number, and a blank or missing first cell."""
    if not cells or (len(cells) >= len(header) and cells[0][1] > cells[0][0]):
        return False
    return not any(_NUMERIC_CELL.match(text[s:e]) for s, e in cells)


def _percentile_context(text: str, a: int, b: int, ents):
    """the board named around the table text[a:b], as (start, end, canonical), or None"""
    bench = _context_bench(text, a, b, ents)
    return bench and (bench[0], bench[1], bench[3])


def _percentile_claims(text: str, pct_cols: dict, cells, model: str, bench: str, la: int, lb: int) -> list[dict]:
    """claims of unit "percentile" from the row's ``cells`` in the percentile columns ``pct_cols`` (nlp.column_kinds)"""
    out = []
    for j in pct_cols:
        if j >= len(cells):
            continue
        ca, cb = cells[j]
        nums = [n for n in find_numbers(text[ca:cb]) if n.is_score and 0 <= n.value <= 100]
        if not nums:
            continue
        out.append({"model": model, "benchmark": bench, "score": float(nums[0].value), "unit": "percentile",
                    "metric": None, "comparison": None, "_how": _how("table", nums[0], text[ca:cb]),
                    "sentence": text[la:lb].strip(), "start": la + (len(text[la:lb]) - len(text[la:lb].lstrip())),
                    "end": lb - (len(text[la:lb]) - len(text[la:lb].rstrip()))})
    return out


def _table_claims(text: str, a: int, b: int, ents, sep: str = "|", rows=None) -> list[dict]:
    """Claims of the table text[a:b]: its lines split by `sep`, or the (start, end, cells) `rows`
    given (a table of one cell per line, nlp.claim_tables)."""
    if rows is None:
        rows = []
        pos = a
        for line in text[a:b].split("\n"):
            la, lb = pos, pos + len(line)
            pos = lb + 1
            if not line.strip() or _TABLE_RULE.match(line):
                continue
            rows.append((la, lb, _cells(text, la, lb) if sep == "|" else sep_cells(text, la, lb, sep)))
    if group_row(text, rows, ents):
        rows = rows[1:]  # "| | Reasoning | | Coding |" over the benchmarks' header: a qualifier row (nlp.table_rows)
    row_units = units_row(text, rows[0][2], rows[1][2]) if len(rows) > 2 else None
    if row_units:
        del rows[1]  # "#,,elo,±,count,%" under the header: each column's unit, no data row (nlp.table_rows)
    while len(rows) > 2 and _sub_header_row(text, rows[0][2], rows[1][2]):
        del rows[1]  # the header's second line ("| | 5-shot | 0-shot |")
    if len(rows) < 2:
        return []
    if len(rows[0][2]) == len(rows[1][2]) - 1:
        rows[0] = (rows[0][0], rows[0][1], [(rows[0][0], rows[0][0])] + rows[0][2])  # a blank corner cell
    header = rows[0][2]
    out = []
    # the cells look only at the entities inside the table (a long article has many outside it);
    # _context_bench still gets them all; the layout names cells no list knows or relabels them (nlp.grid)
    inside = grid_roles(text, rows, [x for x in ents if a <= x[0] and x[1] <= b])
    # a header abbreviating a name the caption gives in full ("SWE-V"), and the caption's units per column (nlp.grid_caption)
    inside = caption_names(text, a, rows, inside, ents)
    col_units = column_units(text, a, ents)
    starts = [x[0] for x in inside]

    def in_row(la: int, lb: int):
        """The entities of the row text[la:lb], by bisection: a long table stays linear."""
        return inside[bisect_left(starts, la):bisect_right(starts, lb)]

    # a note on the line right under or over the table: "accuracy in %", "(scores in percent)"; the
    # header line of per-row slashes ("MMLU / GPQA (%):") is one for all its columns
    note_percent = sep == "/" and "%" in text[rows[0][0]:rows[0][1]] or any(_PERCENT_NOTE.search(line) for line in (
        text[b:text.find("\n", b + 1) if text.find("\n", b + 1) >= 0 else len(text)],
        text[text.rfind("\n", 0, max(0, a - 1)) + 1:a]))
    # … or a lead line over it, blank lines between allowed: "The scores (percentages) as exported:", "Results
    # (accuracy, %):" (round 12); a board named as an arena keeps its Elo under such a line
    lead_percent = not note_percent and _lead_percent(text, a)
    note_percent = note_percent or lead_percent
    note_unit = "%" if note_percent else grid_unit(text, a, b, rows)  # a caption's or key line's unit (nlp.grid)
    head_row = in_row(rows[0][0], rows[0][1])
    head_models = {j: _ent_in(head_row, *c, "MODEL") for j, c in enumerate(header)}
    head_benches = {j: _ent_in(head_row, *c, "BENCHMARK") for j, c in enumerate(header)}
    head_benches = part_columns(text, header, head_benches)  # "Polish part (%)" beside "Matura-X (%)" (nlp.part_columns)
    # a column headed by a quantity of the model ("Price ($/1M tok)", "Params (B)", "Latency (ms)") is no benchmark's,
    # even when the finder took its word for a name (round 12, tests/nlp/claim_layout_gen.py's hard-negative columns)
    # … and a metric heading a column ("model  EM", "| Acc. |") is the measure of the board named around it (nlp.table_rows)
    head_benches = {j: (None if v and (_QUANTITY_HEADER.match(text, *header[j]) or metric_header(text, *header[j])) else v)
                    for j, v in head_benches.items()}
    if row_units:  # a column whose unit is a spread, a count, a time or a price holds no score
        head_benches = {j: (None if row_units.get(j) in NON_SCORE_UNITS else v) for j, v in head_benches.items()}
    # a quantity's column ("p50 latency", "$/1M in", "ci_95"), the ranks 1..n and a "Percentile" column hold no score
    # of a board of their own, in any markup (nlp.column_kinds)
    kinds = column_kinds(text, header, rows[1:])
    if kinds:
        pct_cols = {j: percentile_board(kinds, j, head_benches) for j, k in kinds.items() if k == "percentile"}
        head_benches = {j: (None if kinds.get(j) else v) for j, v in head_benches.items()}
    else:
        pct_cols = {}
    split = split_columns(text, header, kinds)  # "# | Model | Public | Private": each split of the board, no board's name
    if split:
        head_benches = {j: (None if j in split else v) for j, v in head_benches.items()}
    models_across = sum(1 for v in head_models.values() if v) >= 1
    # a "Rank" column gives each row's place, a "Model" column the row's model (before an "Agent"'s)
    rank_col = next((j for j, (ca, cb) in enumerate(header) if _RANK_HEADER.match(text, ca, cb)), None)
    model_col = next((j for j, (ca, cb) in enumerate(header) if _MODEL_COL_HEADER.match(text, ca, cb)), None)

    def row_model(row, cells):
        if model_col is not None and model_col < len(cells):
            m = _ent_in(row, *cells[model_col], "MODEL")
            if m:
                return m
        return next((m for c in cells for m in [_ent_in(row, *c, "MODEL")] if m), None)

    def rank_claim(model: str, bench: str, la: int, lb: int, cells):
        """The row's place in the Rank column, as a claim of unit "rank" (or None)."""
        if rank_col is None or rank_col >= len(cells) or models_across:
            return None
        ca, cb = cells[rank_col]
        r = _RANK_CELL.match(text, ca, cb)
        if not r:
            return None
        num = Number(ca - la, cb - la, float(r.group(1)), "rank", "score")
        return {"model": model, "benchmark": bench, "score": float(r.group(1)), "unit": "rank", "metric": None,
                "comparison": None, "_how": _how("table", num, text[la:lb]), "sentence": text[la:lb].strip(),
                "start": la + (len(text[la:lb]) - len(text[la:lb].lstrip())),
                "end": lb - (len(text[la:lb]) - len(text[la:lb].rstrip()))}

    if not models_across and not any(head_benches.values()):
        # a leaderboard: | Rank | Model | Score |, the benchmark named around the table
        score_cols = [j for j, (ca, cb) in enumerate(header) if (_SCORE_HEADER.search(text[ca:cb]) or metric_header(text, ca, cb))
                      and not _NOT_SCORE_HEADER.search(text[ca:cb])] or [
            j for j, (ca, cb) in enumerate(header) if j != rank_col and _INDEX_HEADER.match(text, ca, cb)]  # "| Index |"
        if (new_col := new_column(text, header)) is not None:
            # "Model  new  old  change", "| Corrected (%) | Shown during incident (%) |": the rescored figures, never the
            # superseded ones (nlp.header_words)
            stale = old_columns(text, header)
            score_cols = [new_col] + [j for j in score_cols if j != new_col and j not in stale]
        if row_units:  # a units row's "elo"/"rating"/"points" marks the score column; its "±"/"count" columns are none
            score_cols = [j for j in sorted(row_units) if row_units[j] in _SCORE_UNITS] + [
                j for j in score_cols if row_units.get(j) not in NON_SCORE_UNITS and row_units.get(j) not in _SCORE_UNITS]
        score_cols = [j for j in score_cols if j not in kinds]  # (nlp.column_kinds)
        bench_col = bench_column(text, header)  # long format: "model | benchmark | score", a benchmark per row
        if bench_col is not None and numeric_column(text, rows, bench_col):
            bench_col = None  # "| Tasks |" of counts (500) beside the score: no benchmark per row (nlp.header_words)
        money_col = money_column(text, header, rank_col) if not score_cols and bench_col is None else None
        if money_col is not None:  # "# | Agent | Ending balance (USD)": a simulation's dollar board (nlp.money_boards)
            score_cols = [money_col]
        if not score_cols and bench_col is None and rank_col is not None:
            # "Rank | Model | Index" under "Lighthouse Index": the board's own word heads its scores
            bench = _context_bench(text, a, b, ents)
            score_cols = board_columns(text, header, bench[3]) if bench else []
        split = split if not score_cols and bench_col is None else []
        score_cols = score_cols or split  # "# | Model | Public | Private": each split of the board (nlp.column_kinds)
        bench = _context_bench(text, a, b, ents) if score_cols and bench_col is None else None
        if bench is None and (bench_col is None or not score_cols):
            return []
        # "rank | model | overall | historical | modern": the aggregate's parts are the board's too (nlp.part_columns)
        parts = board_parts(text, header, rows[1:], score_cols[0], set(kinds) | {rank_col, model_col}) \
            if score_cols and not split and bench_col is None else []
        for la, lb, cells in rows[1:]:
            row = in_row(la, lb)
            model = row_model(row, cells)
            if model is None or score_cols[0] >= len(cells):
                continue
            if bench_col is not None:
                bench = _ent_in(row, *cells[bench_col], "BENCHMARK") if bench_col < len(cells) else None
                if bench is None:
                    continue
                bench = (bench[0], bench[1], "BENCHMARK", bench[2])
            ranked = rank_claim(model[2], bench[3], la, lb, cells)
            if ranked:
                out.append(ranked)
            for sc in split or score_cols[:1] + parts:
                if sc >= len(cells):
                    continue
                ca, cb = cells[sc]
                nums = [n for n in find_numbers(text[ca:cb]) if n.is_score]
                if not nums:
                    continue
                head = text[header[sc][0]:header[sc][1]]
                unit = nums[0].unit or ("USD" if sc == money_col else None) or _ROW_UNIT.get((row_units or {}).get(sc)) or (
                    "%" if "%" in head else "elo" if _ELO_ANY.search(head) or note_unit == "elo" else "rating" if _RATING_ANY.search(head) and not _ARENA_BOARD.search(bench[3]) else
                    note_unit or (
                        "elo" if "arena" in bench[3].lower() and "hard" not in bench[3].lower() else
                        "rating" if "codeforces" in bench[3].lower() else _BARE)
                )
                out.append({
                    "model": model[2], "benchmark": bench[3], "score": float(nums[0].value), "unit": unit,
                    "metric": "Elo" if unit == "elo" else None, "comparison": None,
                    "_how": _how("table", nums[0], text[ca:cb]),
                    "sentence": text[la:lb].strip(),
                    "start": la + (len(text[la:lb]) - len(text[la:lb].lstrip())),
                    "end": lb - (len(text[la:lb]) - len(text[la:lb].rstrip())),
                })
            out += _percentile_claims(text, pct_cols, cells, model[2], bench[3], la, lb)
        return out
    # "Category | X | Y" over "Reasoning | 86.1 | 79.4": the rows are parts of the benchmark named around the table
    parent = _context_bench(text, a, b, ents) if models_across and category_corner(text, header) else None
    parent = parent and (parent[0], parent[1], parent[3])
    # "| LedgerQA | X | Y |" over "| Accuracy (%) | … |": the corner names the one benchmark, the rows its measures (nlp.grid)
    corners = corner_benches(text, rows, inside) if models_across and parent is None else None
    # "| Metric | X | Y |" over one "| Accuracy | 58.2 | 61.0 |" row: the benchmark named around the table (nlp.table_rows)
    if models_across and parent is None and not corners and metric_row(text, rows[1:], inside) is not None:
        parent = _context_bench(text, a, b, ents)
        parent = parent and (parent[0], parent[1], parent[3])
    for i, (la, lb, cells) in enumerate(rows[1:]):
        if not cells:
            continue
        label_cell = cells[0]
        row_label = text[label_cell[0]:label_cell[1]]
        if models_across and quantity_label(row_label):
            continue  # a "Cost ($)" or "Latency (s)" row under the benchmarks' rows (nlp.column_kinds)
        row = in_row(la, lb)
        if models_across:
            row_ent = (corners[i] and (corners[i][0], corners[i][1], corners[i][3])) if corners else \
                _ent_in(row, *label_cell, "BENCHMARK") or parent
            columns = head_models
        else:
            columns = head_benches
            # "| 2 | Vireo 3 | 56.0 |": the model may sit in any cell that is not a benchmark's column
            row_ent = _ent_in(row, *label_cell, "MODEL") or row_model(row, [
                c if not columns.get(j) else (c[0], c[0]) for j, c in enumerate(cells)])
        if not row_ent:
            continue
        bench_cols = [col for col in columns.values() if col] if not models_across else []
        if len(bench_cols) > 1:
            # (round 26) a column the layout named but whose cells hold no score ("Max context tested" of "1M",
            # "400K") is no second board of the row's place
            bench_cols = [col for j, col in columns.items() if col and j < len(cells)
                          and any(n.is_score for n in find_numbers(text[cells[j][0]:cells[j][1]]))]
        if len(bench_cols) == 1:  # a place on the table's one benchmark
            ranked = rank_claim(row_ent[2], bench_cols[0][2], la, lb, cells)
            if ranked:
                out.append(ranked)
        if pct_cols and not models_across:  # "| Codeforces rating | Percentile |": the row's board (nlp.column_kinds)
            for j, board in pct_cols.items():
                board = board or (bench_cols[0] if len(bench_cols) == 1 else None) or _percentile_context(text, a, b, ents)
                if board:
                    out += _percentile_claims(text, {j: None}, cells, row_ent[2], board[2], la, lb)
        for j, (ca, cb) in enumerate(cells[1:], start=1):
            col = columns.get(j)
            if not col:
                continue
            skip = [(s - ca, e - ca) for s, e, _, _ in row if s >= ca and e <= cb]
            nums = [n for n in find_numbers(text[ca:cb], skip=skip) if n.is_score]
            if not nums:
                continue
            num = nums[0]
            model, bench = (col[2], row_ent[2]) if models_across else (row_ent[2], col[2])
            head_text = text[header[j][0]:header[j][1]]
            context = row_label + " " + head_text
            metric_m = _METRIC.search(context) if has_any(lowered(context), _METRIC_WORDS) else None
            metric = metric_m.group(0).lower() if metric_m else None
            if metric == "elo":
                metric = "Elo"
            unit = num.unit or col_units.get(bench) or (not models_across and _ROW_UNIT.get((row_units or {}).get(j))) or (statement_unit(context) == "points" and "points")
            if not unit:
                if _PERCENT_HEADER.search(context):
                    unit = "%"
                elif _ELO_WORD.search(context) or note_unit == "elo":  # "Rating" under "ratings on an Elo scale"
                    unit = "elo"
                elif _RATING_WORD.search(context):
                    unit = "rating"
                elif note_unit and not (lead_percent and "arena" in bench.lower() and "hard" not in bench.lower()):
                    unit = note_unit
                elif "arena" in bench.lower() and "hard" not in bench.lower():
                    unit = "elo"
                elif "codeforces" in bench.lower():
                    unit = "rating"
                else:
                    unit = _BARE
            out.append(
                {
                    "model": model,
                    "benchmark": bench,
                    "score": float(num.value),
                    "unit": unit,
                    "metric": metric,
                    "comparison": None,
                    "_how": _how("table", num, text[ca:cb]),
                    "sentence": text[la:lb].strip(),
                    "start": la + (len(text[la:lb]) - len(text[la:lb].lstrip())),
                    "end": lb - (len(text[la:lb]) - len(text[la:lb].rstrip())),
                }
            )
    return out
