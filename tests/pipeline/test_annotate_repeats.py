"""pipeline.annotate.repeats: a text read again under the same name memory gets the first reading's result."""
from pipeline.annotate.repeats import RepeatedTexts


class Reader:
    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, recs):
        self.calls.append([r["id"] for r in recs])
        out = []
        for r in recs:
            if r["text"] == "boom":
                out.append({"id": r["id"], "error": "E035"})
            else:
                out.append({"id": r["id"], "entities": [{"text": r["text"][:5], "title": r.get("title")}],
                            "claims": [], "summary": r["text"][:3]})
        return out


def rec(i, text, title="Quillmark"):
    return {"id": i, "text": text, "title": title}


def test_repeat_across_batches_is_not_read_again():
    rt, read = RepeatedTexts(), Reader()
    a = rt.analyze([rec(1, "Vexmoor 3 tops Tarnel"), rec(2, "other")], 0, read)
    b = rt.analyze([rec(3, "Vexmoor 3 tops Tarnel"), rec(4, "new")], 0, read)
    assert read.calls == [[1, 2], [4]]
    assert b[0] == {**a[0], "id": 3} and list(b[0]) == list(a[0])  # same keys, same order
    assert b[1]["id"] == 4 and rt.hits == 1


def test_title_is_part_of_the_key_and_memory_change_drops_all():
    rt, read = RepeatedTexts(), Reader()
    rt.analyze([rec(1, "Brannock")], 0, read)
    rt.analyze([rec(2, "Brannock", title="Other headline")], 0, read)  # another title: read
    rt.analyze([rec(3, "Brannock")], 1, read)  # the memory grew: read again
    rt.analyze([rec(4, "Brannock")], 1, read)  # same memory: kept
    assert read.calls == [[1], [2], [3]]


def test_repeat_inside_a_batch_and_failed_first_copy():
    rt, read = RepeatedTexts(), Reader()
    out = rt.analyze([rec(1, "Tarnel"), rec(2, "boom"), rec(3, "Tarnel"), rec(4, "boom")], 0, read)
    assert [r["id"] for r in out] == [1, 2, 3, 4]
    assert out[2]["entities"] == out[0]["entities"] and "error" in out[3]
    assert read.calls == [[1, 2], [4]]  # the failed text is read again on its own, never served from a failure
    rt.analyze([rec(5, "boom")], 0, read)
    assert read.calls[-1] == [5]


def test_copies_are_independent_and_bad_records_pass_through():
    rt = RepeatedTexts()
    out = rt.analyze([rec(1, "Quillmark"), rec(2, "Quillmark")], 0, Reader())
    out[1]["entities"].append("x")
    assert out[0]["entities"] != out[1]["entities"]
    again = rt.analyze([rec(3, "Quillmark")], 0, Reader())[0]
    assert again["entities"] == [{"text": "Quill", "title": "Quillmark"}]
    calls = []
    rt.analyze([{"id": 9, "text": None}, {"id": 9, "text": None}], 0, lambda recs: calls.append(len(recs)) or [
        {"id": r["id"], "error": "E030"} for r in recs])
    assert calls == [2]


def test_limit_drops_the_oldest():
    rt, read = RepeatedTexts(limit=2), Reader()
    rt.analyze([rec(1, "a"), rec(2, "b"), rec(3, "c")], 0, read)
    rt.analyze([rec(4, "a"), rec(5, "c")], 0, read)
    assert read.calls[-1] == [4]


def test_annotate_single_process_gives_the_same_results_for_a_copy():
    import nlp
    from pipeline.annotate.run import _analyze_now

    lang = nlp.load({}, lexeme_attrs=False)
    text = "Vexmoor Labs released Tarnel-7 on Tuesday. Tarnel-7 scored 81.2 on Brannock-QA, ahead of Quillmark 2."
    fresh = list(nlp.analyze(lang, [{"id": "x", "text": text, "title": "Tarnel-7 tops Brannock-QA"}]))[0]
    submit = _analyze_now(lang, 64)
    recs = [{"id": i, "text": text, "title": "Tarnel-7 tops Brannock-QA"} for i in range(3)]
    out = submit(recs, []).result() + submit(recs[:1], []).result()
    for i, r in enumerate(out):
        assert r == {**fresh, "id": i % 3}
