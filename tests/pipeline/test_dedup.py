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


STORY = ("Mistral released Large 3, an open-weight mixture-of-experts model, together with three small "
         "Ministral models for phones and laptops. The company says the large model matches the best open "
         "systems on general knowledge and coding while using a fraction of the active parameters, and "
         "all four are under the Apache 2.0 licence. Early users praised the multilingual results but "
         "noted that the reasoning variant is not out yet, which the company promises within weeks. ")


def test_syndicated_copy_with_new_intro_and_boilerplate_is_a_copy_and_shares_bands():
    original = dedup.words(STORY * 2)
    copy = dedup.words("Republished with permission from Wire, where it first ran on Tuesday. " + STORY * 2
                       + "Get our newsletter every morning and follow us for more news on AI models.")
    assert dedup.is_copy(original, copy)
    assert set(dedup.minhash_bands(original)) & set(dedup.minhash_bands(copy))


def test_a_brief_quoting_part_of_a_story_is_not_a_copy():
    brief = dedup.words(STORY + "More in our weekly roundup of model releases, benchmarks and research news.")
    feature = dedup.words(STORY * 2 + " ".join(f"section{i} goes deeper into training data and costs" for i in range(60)))
    assert not dedup.is_copy(brief, feature)


def test_different_stories_share_no_band():
    other = dedup.words(("Google shipped Gemini 3 Pro to its app and search, with a new agent mode that can book "
                         "travel and fill forms, and developers get it through the API at a higher price. ") * 4)
    assert not dedup.is_copy(dedup.words(STORY * 2), other)
    assert not set(dedup.minhash_bands(dedup.words(STORY * 2))) & set(dedup.minhash_bands(other))


EXPECTED_BANDS = [7907394827764570677, 217096366718722468]


def test_minhash_bands_are_stable():
    """Stored bands are compared with new ones: the function may get faster, never different."""
    assert dedup.minhash_bands(dedup.words(STORY * 2))[:2] == EXPECTED_BANDS
    assert dedup.minhash_bands(dedup.words("too short")) == []
