"""Names by the sixth round of rules (nlp/unknown.py, nlp/unknown_orgs.py, nlp/entities.py): span
boundaries (a determiner before a name, a known name going on with a version or an API id's tier
words), canonical names (lower-case ids, clipped known names without their brand, tier before
version), contexts that hold in any text (apposition, task counts, CSV exports, reference lists,
ministries, translated company nouns, datelines), and the words they must leave alone.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

from tests.nlp.test_entities import ents, pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


@pytest.mark.parametrize("text, name, label", [
    ("The Pallor Ultra 3.5 model shipped beside a smaller Pallor Flash 3.5.", "Pallor Ultra 3.5", "MODEL"),
    ("Quarrystone raised $12M for Wicket, a legal drafting model for small firms.", "Wicket", "MODEL"),
    ("The team presents Tollgate, 350 long-horizon tasks where agents must keep earlier promises.", "Tollgate", "BENCHMARK"),
    ("Two universities released Skirmish, a tournament in which coding agents play each other for 20 rounds.",
     "Skirmish", "BENCHMARK"),
    ("Our harness covers GPQA Diamond, MMLU-Pro and our in-house suite Hollow-40 for every checkpoint.",
     "Hollow-40", "BENCHMARK"),
    ("The startup tested it on BasqueMMLU and on a set of local news questions for its language model.",
     "BasqueMMLU", "BENCHMARK"),
    ("It tops GraniteCode among open models under 30B parameters, the lab said of its new model.", "GraniteCode",
     "BENCHMARK"),
    ("[7] Ferreira, P. and Lund, K. (2025). CabinetQA: answering questions over filing cabinets. arXiv:2507.01234.\n"
     "[8] Meta (2025). The Llama 4 herd.", "CabinetQA", "BENCHMARK"),
    ("[3] Okafor, N. (2026). RoofLine-Hard: long terminal sessions for code agents. ICLR 2026.\n"
     "[4] Qwen team (2025). Qwen3 technical report.", "RoofLine-Hard", "BENCHMARK"),
    ("I put it against Tamsin 3 on my own spreadsheet test, which is not a benchmark, for the models.", "Tamsin 3",
     "MODEL"),
    ("- Oct: MiniMax-M2 (MiniMax); Brindle 2 (Mistral AI), a quiet open-weights release", "Brindle 2", "MODEL"),
    ("Orrin 2n E4B is the new on-device model from a small lab.", "Orrin 2n E4B", "MODEL"),
    ("The Quillmoor Ministry of Digital Services asked vendors which language models they host.",
     "Ministry of Digital Services", "ORG"),
    ("Die Berliner Firma Lantern Research hat ein neues open model released, a 7B language model.",
     "Lantern Research", "ORG"),
    ("La start-up Morbihan IA présente son modèle, an AI model for fishermen.", "Morbihan IA", "ORG"),
    ("rank,model,org,score\n1,gemini-3-pro,google,1501\n2,tessel-4,brantwood,1440", "tessel-4", "MODEL"),
    ("rank,model,org,score\n1,gemini-3-pro,google,1501\n2,tessel-4,brantwood,1440", "brantwood", "ORG"),
    ("Upstage quietly shipped Solar Pro 7 to its API, a reasoning model with a long context window.", "Solar Pro 7",
     "MODEL"),
    ("Set the model to grok-4-1-fast-reasoning in the API call for faster answers.", "grok-4-1-fast-reasoning", "MODEL"),
    ("For local agents I still see more Corvina and Qwen than any other open model.", "Corvina", "MODEL"),
    ("Next to this, Nvidia's Brantling releases are the only open models with their data.", "Brantling", "MODEL"),
    ("The update adds Wrenley as an in-car assistant for drivers in Europe.", "Wrenley", "MODEL"),
    ("[21:04] kas: anyone tried morrow max 2.1 yet\n[21:05] dee: worse than opus at tool calls, the model is cheap",
     "morrow max 2.1", "MODEL"),
    ("Lab researchers released QRN, a tiny recursive model of 9M parameters that solves mazes.", "QRN", "MODEL"),
    ("| Model | MMMU |\n|---|---|\n| Tarn 2 | 77.5 |\n\nSource: Vellacort launch blog. Other numbers are public.",
     "Vellacort", "ORG"),
    ("An analyst from Kestwick asked about the lab's plan to train larger AI models.", "Kestwick", "ORG"),
])
def test_found(pipe, text, name, label):
    found = spans(pipe, text)
    assert (name, label) in found, found


@pytest.mark.parametrize("text, name, canonical", [
    # a lower-case id: the text's own cased form, else its parts capitalised
    ("Birchwood 4 is out. Use birchwood-4-mini for routing, the smaller model.", "birchwood-4-mini", "Birchwood 4 Mini"),
    ("Try Pell-Coder-9B first; pell-coder-9b-agent is the model tuned for agent loops.", "pell-coder-9b-agent",
     "Pell-Coder-9B-Agent"),
    ("# tarn-2b-it\ntarn-2b-it is the instruction-tuned version of tarn-2b, an open model.", "tarn-2b-it", "Tarn 2B IT"),
    # a known model without its brand word; the tier before the version
    ("We moved routing to Haiku 4.5 and kept Opus 4.5 for the hard tasks in our coding model tests.", "Haiku 4.5",
     "Claude Haiku 4.5"),
    ("Gemini Pro 1.5 still wins on long video for the team's model benchmarks.", "Gemini Pro 1.5", "Gemini 1.5 Pro"),
    ("Set the model to grok-4-1-fast-reasoning in the API call for faster answers.", "grok-4-1-fast-reasoning",
     "Grok 4.1 Fast"),
])
def test_canonical(pipe, text, name, canonical):
    found = {t: c for t, _, c in ents(pipe, text)}
    assert found.get(name) == canonical, found


@pytest.mark.parametrize("text, name, label", [
    ("Quillwork ships Tarn 3, an open model.\n**Licence:** Tarn Community License (commercial use allowed)", "Tarn",
     "MODEL"),
    ("Stanford, CA — Researchers at Stanford University released a small language model.", "Stanford", "ORG"),
    ("Coding benchmark results: Pelwick 4 leads on CodeLadder among the language models.", "Coding", "BENCHMARK"),
    ("priya: same harness, same docker images, same H100 box for the model runs", "docker", "ORG"),
    ("The Lattice SDK lets agents call any model through one API.", "Lattice", "MODEL"),
    ("Orin Labs, a model maker from Oslo, said its model is cheaper.", "Orin", "MODEL"),  # "a model maker"
    ("Mistral, a French model developer, said on Tuesday that the model is open.", "Mistral", "MODEL"),
    ("We re-ran ARC-AGI-2 on Kestrel-R and the model got 12%.", "Kestrel-R", "BENCHMARK"),  # a version digit is no score
    ("The release notes link to claude-sonnet-4-in-coding, a blog post about the model.", "claude-sonnet-4-in-coding",
     "MODEL"),
    ("Claude Opus 4.5 is 3 times faster than the old model, the lab said.", "Claude Opus 4.5 is 3", "MODEL"),
    ("The planet Mercury, a model of stillness, rose at dawn.", "Mercury", "MODEL"),
    ("Musk said Claude and Sarah were both on stage at the AI model event.", "Sarah", "MODEL"),
    ("Their Friday releases of the model were late again.", "Friday", "MODEL"),
    ("my iphone pro 15 and an ipad pro 13 both run the small model fine", "iphone pro 15", "MODEL"),
    ("The Substack blog and the Medium blog posts about the model were both wrong.", "Substack", "ORG"),
])
def test_left_alone(pipe, text, name, label):
    found = spans(pipe, text)
    assert (name, label) not in found, found


@pytest.mark.parametrize("text", [
    "Upstage quietly shipped Solar Pro 7 to its API, a reasoning model with a long context window.",
    "Gemini Pro 1.5 still wins on long video for the team's model benchmarks.",
])
def test_a_known_name_going_on_with_a_version_is_one_entity(pipe, text):
    # the longer new name replaces the known one it begins with: what the claims and `analyze` read
    # (ent_rows) is what doc.ents holds, with no second, overlapping mention
    from nlp.entities import ent_rows
    doc = pipe(text)
    assert [r[:3] for r in ent_rows(doc)] == [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    ends = [(s, e) for s, e, *_ in ent_rows(doc)]
    assert all(b <= c for (_, b), (c, _) in zip(ends, ends[1:])), ends
