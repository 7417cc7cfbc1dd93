from pipeline.store import dedup

BASE = ("DeepSeek released V3.2 on Monday with a sparse attention mechanism that cuts the cost of long "
        "contexts. The lab says the model matches GPT-5 on several reasoning benchmarks while costing a "
        "fraction to run, and it published the weights under an MIT licence for anyone to download. ") * 3


def test_content_hash_ignores_whitespace_and_punctuation():
    assert dedup.content_hash("Hello,  world!") == dedup.content_hash("hello world")
    assert dedup.content_hash("hello world") != dedup.content_hash("hello there world")


def test_simhash_near_duplicate_small_edit():
    edited = "This article first appeared on Tokenwise. " + BASE
    assert dedup.is_near_duplicate(dedup.simhash(BASE), dedup.simhash(edited))


def test_simhash_different_texts_are_far_apart():
    other = ("Alibaba's Qwen team shipped a coding model that tops LiveCodeBench, and the company plans a "
             "larger release next quarter with longer context and cheaper pricing for developers. ") * 3
    assert dedup.hamming(dedup.simhash(BASE), dedup.simhash(other)) > 10


def test_bands_roundtrip():
    v = dedup.simhash(BASE)
    b = dedup.bands(v)
    assert (b[0] << 48 | b[1] << 32 | b[2] << 16 | b[3]) == v
    assert dedup.from_hex(dedup.to_hex(v)) == v


def test_simhash_values_are_stable():
    """Stored SimHashes are compared with new ones: the function may get faster, never different."""
    text = "DeepSeek released V3.2 on Monday; it scores 89.3% on AIME 2025, ahead of GPT-5 and Qwen3-Max."
    assert dedup.to_hex(dedup.simhash(text)) == "a18aea2fe6554c80"
    assert dedup.to_hex(dedup.simhash("one two")) == "5dec09e91a8dcb07"
    assert dedup.simhash("") == 0
