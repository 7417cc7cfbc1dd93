"""A model card's `model-index` written with YAML flow mappings ("- {type: accuracy, value: 73.6}",
"dataset: {name: QuillmereQA, type: org/quillmere}"): unquoted keys are no JSON, and nlp.result_trees reads them as
the block mappings they stand for. Invented names (Brantle, QuillmereQA, Tollbar-Eval, Kestwick); the whole pipeline
runs."""
import pytest

import nlp
from nlp.result_trees import _flow

CARD = """# brantle-4 / README.md (front matter)

```yaml
license: apache-2.0
base_model: dunmore/brantle-3
model-index:
  - name: Brantle 4
    results:
      - task: {type: question-answering}
        dataset: {name: QuillmereQA, type: dunmore/quillmere-qa}
        metrics:
          - {type: accuracy, value: 71.2, name: accuracy (%)}
      - task: {type: text-generation}
        dataset: {name: Tollbar-Eval, type: tollbar}
        metrics:
          - {type: accuracy, value: 58.4, name: accuracy (%)}
  - name: Brantle 3
    results:
      - dataset: {name: QuillmereQA}
        metrics:
          - {type: accuracy, value: 63.0}
```

Brantle 4 is a 9B model from Kestwick Labs. All numbers above are from our own evaluation harness.
"""


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def test_a_flow_style_model_index_gives_every_result(p):
    got = {(c["model"], c["benchmark"], c["score"]) for c in p(CARD)._.claims}
    assert got == {("Brantle 4", "QuillmereQA", 71.2), ("Brantle 4", "Tollbar-Eval", 58.4), ("Brantle 3", "QuillmereQA", 63.0)}


def test_flow_mapping_keys_values_and_offsets():
    text = "{type: accuracy, value: 73.6, name: accuracy (%)}"
    node = _flow(text, 0, len(text), (0, len(text)))
    assert [(k, v.text) for k, _, v in node.items] == [("type", "accuracy"), ("value", "73.6"), ("name", "accuracy (%)")]
    k, (ks, ke), v = node.items[1]
    assert text[ks:ke] == "value" and v.kind == "num" and text[v.span[0]:v.span[1]] == "73.6"
    assert _flow("{a: {b: 1}}", 0, 11, None) is None  # nested: not this reader's
    assert _flow("{not a map}", 0, 11, None) is None
