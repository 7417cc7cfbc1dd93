"""Hand-written code vs libraries: the measurements behind the choices in bench/RESULTS.md
("Libraries vs hand-written (layout issue)").

Usage::

    python -m bench.libraries            # all three comparisons
    python -m bench.libraries urls       # spiders.urls.normalize_url vs w3lib.url
    python -m bench.libraries charset    # textclean.decode_html / fix_mojibake vs w3lib, charset-normalizer, ftfy
    python -m bench.libraries toml       # config.render_source_toml (append) vs tomlkit

Data: the demo site (always) and, when present, the two extraction development sets under
``<shared>/data`` (see ``bench.extraction.shared_dir``). ftfy and tomlkit are needed for their
parts (``pip install ftfy tomlkit``).
"""
from __future__ import annotations

import html
import re
import sys
import time
import tomllib
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.extraction import load, page_counts, shared_dir, summarize  # noqa: E402

DATASETS = ("article-extraction-benchmark", "wcxb-dev-articles")


def datasets() -> dict[str, list]:
    out = {}
    for name in DATASETS:
        ds = shared_dir() / "data" / name
        if (ds / "ground-truth.json").exists():
            out[name] = load(ds)
    return out


def demo_pages() -> list[tuple[str, str, bytes, str]]:
    site = ROOT / "pipeline" / "demo" / "site"
    return [(str(p), f"http://127.0.0.1:8000/{p.relative_to(site).as_posix()}", p.read_bytes(), "")
            for p in sorted(site.rglob("*.html"))]


def _timeit(fn, items, repeat=3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for x in items:
            fn(x)
        best = min(best, time.perf_counter() - t)
    return best


# --- URLs -------------------------------------------------------------------------------
_HREF = re.compile(rb"""<a\b[^>]*?\bhref\s*=\s*["']([^"'<>]+)["']""", re.I)

URL_TEST_INPUTS = [
    "HTTPS://Example.COM:443/news/a-story/?utm_source=rss&utm_medium=feed&fbclid=x#comments",
    "https://x.org/p?b=2&a=1&gclid=9", "http://x.org//a/./b/../c", "http://127.0.0.1:8080/x",
    "https://x.org/%7Euser/caf%C3%A9", "https://x.org/~user/café",
]


def url_corpus(sets) -> list[str]:
    urls = list(URL_TEST_INPUTS)
    for pages in [demo_pages(), *sets.values()]:
        for _pid, url, raw, _ in pages:
            if url:
                urls.append(url)
            for m in _HREF.finditer(raw):
                href = html.unescape(m.group(1).decode("utf-8", "replace")).strip()
                if href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
                    continue
                try:
                    absu = urljoin(url or "http://127.0.0.1/", href)
                except ValueError:
                    continue
                if absu.startswith(("http://", "https://")):
                    urls.append(absu)
    return urls


def run_urls(sets) -> None:
    from w3lib.url import canonicalize_url, url_query_cleaner

    from spiders.urls import TRACKING_PARAMS, normalize_url

    def w3lib_plain(u):
        return canonicalize_url(u)

    def w3lib_cleaned(u):  # w3lib's own tracking-parameter removal (exact names only) + canonicalize
        return canonicalize_url(url_query_cleaner(u, TRACKING_PARAMS, remove=True, keep_fragments=False))

    corpus = url_corpus(sets)
    uniq = sorted(set(corpus))
    print(f"URL corpus: {len(corpus):,} hrefs ({len(uniq):,} distinct) from the demo site and "
          f"{', '.join(sets) or 'no shared data'}")
    ours = {}
    for u in uniq:
        try:
            ours[u] = normalize_url(u)
        except ValueError:
            ours[u] = None
    for name, fn in (("w3lib canonicalize_url", w3lib_plain),
                     ("w3lib url_query_cleaner + canonicalize_url", w3lib_cleaned)):
        same, diff, kinds, examples = 0, 0, {}, {}
        for u in uniq:
            try:
                theirs = fn(u)
            except ValueError:
                theirs = None
            if theirs == ours[u]:
                same += 1
                continue
            diff += 1
            kind = _url_diff_kind(u, ours[u], theirs)
            kinds[kind] = kinds.get(kind, 0) + 1
            examples.setdefault(kind, (u, ours[u], theirs))
        print(f"  {name}: identical {same:,}/{len(uniq):,} ({100 * same / len(uniq):.1f}%), different {diff:,}")
        for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
            u, o, t = examples[kind]
            print(f"    {n:>6}  {kind}: {u[:70]!r} -> ours {str(o)[:70]!r} / w3lib {str(t)[:70]!r}")
    # keys equal under one function but not the other (what decides dedup)
    for name, fn in (("w3lib url_query_cleaner + canonicalize_url", w3lib_cleaned),):
        groups_ours, groups_w3 = {}, {}
        for u in uniq:
            groups_ours.setdefault(ours[u], set()).add(u)
            try:
                groups_w3.setdefault(fn(u), set()).add(u)
            except ValueError:
                pass
        print(f"  distinct keys: ours {len(groups_ours):,}, {name} {len(groups_w3):,} (fewer = more spellings merged)")
    sample = uniq[:20000]

    def _safe(fn):
        def inner(u):
            try:
                fn(u)
            except ValueError:
                pass
        return inner

    t_ours = t_w3 = t_w3c = float("inf")
    for _ in range(2):  # alternated, best of each
        t_ours = min(t_ours, _timeit(_safe(normalize_url), sample))
        t_w3 = min(t_w3, _timeit(_safe(w3lib_plain), sample))
        t_w3c = min(t_w3c, _timeit(_safe(w3lib_cleaned), sample))
    n = len(sample)
    print(f"  time per URL ({n:,} URLs, best of 6, alternated): ours {1e6 * t_ours / n:.1f} µs, canonicalize_url "
          f"{1e6 * t_w3 / n:.1f} µs, url_query_cleaner + canonicalize_url {1e6 * t_w3c / n:.1f} µs")


def _url_diff_kind(u, o, t) -> str:
    from urllib.parse import urlsplit

    if o is None or t is None:
        return "one of them raises"
    if "%EF%BF%BD" in o and "%EF%BF%BD" not in t:
        return "non-UTF-8 percent-escape: ours turns it into U+FFFD (two URLs, one key), w3lib keeps the byte"
    po, pt = urlsplit(o), urlsplit(t)
    if po.netloc != pt.netloc:
        if pt.netloc.endswith((":80", ":443")):
            return "default port kept by w3lib"
        return "host differs"
    if po.path != pt.path:
        if "//" in pt.path:
            return "duplicate slashes kept by w3lib"
        return "path escaping differs"
    if po.query != pt.query:
        if "+" in pt.query and po.query == pt.query.replace("+", "%20"):
            return "query space as '+' (w3lib) vs '%20' (ours)"
        from spiders.urls import is_tracking_param
        from urllib.parse import parse_qsl
        if any(is_tracking_param(k) for k, _ in parse_qsl(pt.query, keep_blank_values=True)):
            return "tracking parameter kept by w3lib"
        return "query escaping differs"
    return "other"


# --- charsets and mojibake -------------------------------------------------------------------
def _scrapy_like_w3lib(data: bytes, declared: str | None) -> tuple[str, str]:
    """w3lib.encoding.html_to_unicode with Scrapy's own auto-detection (ascii, utf-8, then charset-normalizer)."""
    from charset_normalizer import from_bytes
    from w3lib.encoding import html_to_unicode, resolve_encoding

    def auto(text: bytes):
        for enc in ("ascii", "utf-8"):
            try:
                text.decode(enc)
            except UnicodeError:
                continue
            return resolve_encoding(enc)
        match = from_bytes(text).best()
        return resolve_encoding(match.encoding) if match else None

    if isinstance(data, str):
        return data, "unicode"
    enc, text = html_to_unicode(f"text/html; charset={declared}" if declared else None, data,
                                auto_detect_fun=auto, default_encoding="ascii")
    return text, enc


def _charset_normalizer_only(data: bytes, declared: str | None) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    if isinstance(data, str):
        return data, "unicode"
    best = from_bytes(data).best()
    if best is None:
        return data.decode("cp1252", "replace"), "cp1252"
    return str(best), best.encoding


def _decoder_unit_cases():
    """The cases of tests/pipeline/test_extract.py (decode_html units and the two charset fixtures)."""
    text = "naïve café — “quoted”"
    zh = "<html><body><p>" + "人工智能模型发布新的版本，推理能力大幅提升。" * 5 + "</p></body></html>"
    sjis = "<p>" + "大規模言語モデルの新しいバージョンが公開されました。" * 5 + "</p>"
    mixed = ("<p>" + "naïve café crème brûlée " * 5 + "</p>").encode("utf-8") + "“quoted”".encode("cp1252")
    pages = ROOT / "tests" / "data" / "pages"
    cafe = (pages / "legacy" / "cafe-chatbots.html").read_bytes()
    gbk = (pages / "zhnews" / "guochan-damoxing.html").read_bytes()
    return [
        ("utf-8 bytes, declared iso-8859-1", text.encode("utf-8"), "iso-8859-1", lambda s: s == text),
        ("cp1252 bytes, declared utf-8", text.encode("cp1252"), "utf-8", lambda s: s == text),
        ("utf-8 BOM", b"\xef\xbb\xbfhi", None, lambda s: s == "hi"),
        ("GBK bytes, declared iso-8859-1", zh.encode("gbk"), "iso-8859-1", lambda s: s == zh),
        ("Shift_JIS bytes, undeclared", sjis.encode("shift_jis"), None, lambda s: s == sjis),
        ("utf-8 with stray cp1252 bytes", mixed, None, lambda s: "crème" in s and s.endswith("“quoted”")),
        ("fixture legacy/cafe-chatbots (cp1252, header utf-8)", cafe, "utf-8",
         lambda s: "Café chatbots" in s and "€23.50" in s and "\ufffd" not in s),
        ("fixture zhnews/guochan-damoxing (GBK, header ISO-8859-1)", gbk, "ISO-8859-1",
         lambda s: "国产大模型发布新版本" in s),
    ]


MOJIBAKE_CASES = [  # (input, expected)
    ("Itâ€™s a cafÃ© â€” ok", "It’s a café — ok"),
    ("Ünïcödé stays", "Ünïcödé stays"),
]


def _handwritten_fix_mojibake(text: str) -> str:
    """textclean.fix_mojibake before it used ftfy (commit 54f8b5f), for comparison."""
    from pipeline.extract.textclean import _MOJIBAKE

    def _fix_segment(m):
        seg = m.group(0)
        try:
            return seg.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                return seg.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                return seg

    if not text or not _MOJIBAKE.search(text):
        return text
    return _MOJIBAKE.sub(_fix_segment, text)


def _page_counts(pages, extract_fn) -> list:
    return [page_counts(truth, extract_fn(raw, url)["text"]) for _pid, url, raw, truth in pages]


def _f1_with(base_counts, pages, extract_fn, changed: list[int]) -> float:
    """F1 over all pages, re-extracting only the pages whose input the variant changes (the others
    give the same text as ours, so their counts are reused)."""
    counts = list(base_counts)
    for i in changed:
        _pid, url, raw, truth = pages[i]
        counts[i] = page_counts(truth, extract_fn(raw, url)["text"])
    return summarize(counts)[2]


def run_charset(sets) -> None:
    import pipeline.extract.page as page
    import pipeline.extract.textclean as tc

    decoders = {"ours (decode_html)": tc.decode_html, "w3lib html_to_unicode (as Scrapy)": _scrapy_like_w3lib,
                "charset-normalizer alone": _charset_normalizer_only}
    print("Charset detection")
    cases = _decoder_unit_cases()
    for name, fn in decoders.items():
        ok = [label for label, data, declared, check in cases if check(fn(data, declared)[0])]
        failed = [label for label, *_ in cases if label not in ok]
        print(f"  {name}: our test cases {len(ok)}/{len(cases)}" + (f"; fails: {'; '.join(failed)}" if failed else ""))
    base_counts = {}
    for set_name, pages in {"demo site": demo_pages(), **sets}.items():
        raws = [raw for _pid, _url, raw, _ in pages]
        ref = [tc.decode_html(r)[0] for r in raws]
        print(f"  {set_name} ({len(pages)} pages, no HTTP charset header given):")
        if set_name in sets:
            t = time.perf_counter()
            base_counts[set_name] = _page_counts(pages, page.extract)
            print(f"    extraction F1 with ours: {summarize(base_counts[set_name])[2]:.4f} "
                  f"({time.perf_counter() - t:.0f} s for all pages)")
        original = page.decode_html
        for name, fn in decoders.items():
            changed = [i for i, (r, o) in enumerate(zip(raws, ref)) if fn(r, None)[0] != o]
            dt = _timeit(lambda r: fn(r, None), raws, repeat=2)
            line = f"    {name}: {1000 * dt / len(raws):.2f} ms/page; decodes {len(changed)} page(s) differently from ours"
            if set_name in sets and fn is not tc.decode_html:
                page.decode_html = fn
                try:
                    line += f"; extraction F1 {_f1_with(base_counts[set_name], pages, page.extract, changed):.4f}"
                finally:
                    page.decode_html = original
            print(line)

    print("Mojibake repair (clean_line applies it to every extracted line)")
    try:
        import ftfy
    except ImportError:
        print("  ftfy not installed: skipped")
        return
    fixers = {"hand-written (before)": _handwritten_fix_mojibake,
              "ours now (fix_mojibake: pre-check + ftfy.fix_encoding)": tc.fix_mojibake,
              "ftfy.fix_encoding": ftfy.fix_encoding, "ftfy.fix_text (defaults)": ftfy.fix_text}
    for name, fn in fixers.items():
        ok = sum(1 for x, want in MOJIBAKE_CASES if fn(x) == want)
        print(f"  {name}: our test cases {ok}/{len(MOJIBAKE_CASES)}")
    original_fix = tc.fix_mojibake
    tc.fix_mojibake = _handwritten_fix_mojibake  # the baseline: extraction as it was
    try:
        base_counts = {name: _page_counts(pages, page.extract) for name, pages in sets.items()}
    finally:
        tc.fix_mojibake = original_fix
    for set_name, counts in base_counts.items():
        print(f"  extraction F1 on {set_name} with the hand-written repair: {summarize(counts)[2]:.4f}")
    for set_name, pages in sets.items():
        texts = [tc.decode_html(raw)[0] for _pid, _url, raw, _ in pages]
        # the lines clean_line sees: roughly, the text between tags
        page_lines = [[x for x in re.split(r"<[^>]*>|\n", t) if x.strip()] for t in texts]
        lines = [x for pl in page_lines for x in pl]
        print(f"  {set_name} ({len(pages)} pages, {len(lines):,} text lines):")
        for name, fn in fixers.items():
            changed_lines = sum(1 for x in lines if fn(x) != x)
            agree = sum(1 for x in lines if fn(x) == _handwritten_fix_mojibake(x))
            dt = _timeit(fn, lines, repeat=1)
            line = (f"    {name}: changes {changed_lines:,} lines, same result as hand-written on {agree:,}; "
                    f"{1e6 * dt / len(lines):.2f} µs/line")
            if fn is not _handwritten_fix_mojibake:
                changed = [i for i, pl in enumerate(page_lines)
                           if any(fn(x) != _handwritten_fix_mojibake(x) for x in pl)]
                tc.fix_mojibake = fn
                try:
                    line += (f"; extraction F1 {_f1_with(base_counts[set_name], pages, page.extract, changed):.4f} "
                             f"(pages where it differs from hand-written: {len(changed)})")
                finally:
                    tc.fix_mojibake = original_fix
            print(line)


# --- TOML -------------------------------------------------------------------------------------
TOML_SOURCES = [
    {"name": "plain", "kind": "feed", "urls": ["https://example.org/feed.xml"]},
    {"name": "quote", "kind": "listing", "urls": ["https://example.org/news/"],
     "link_selector": 'a[href*="/news/"]', "next_selector": "a.next"},
    {"name": "backslash", "kind": "listing", "urls": ["https://example.org/"], "follow_pattern": r"/\d{4}/\d\d/"},
    {"name": "newline", "kind": "listing", "urls": ["https://example.org/"], "link_selector": "h2 a,\nh3 a"},
    {"name": "tab-and-control", "kind": "listing", "urls": ["https://example.org/"], "link_selector": "a\t.x\x7f"},
    {"name": "unicode", "kind": "feed", "urls": ["https://例え.jp/フィード"]},
    {"name": "url-with-quote", "kind": "feed", "urls": ['https://example.org/feed?q="ai"']},
]

USER_CONFIG = '''# My modelwire config -- hand-edited, keep my notes!
[modelwire]
db = "news.db"          # next to this file
timezone = "Europe/Berlin"

[crawl]
download_delay = "2s"   # be nice
# concurrency = 4

[[sources]]
name = "lab"            # the lab blog
kind = "feed"
urls = ["https://lab.example/feed.atom"]

# [[sources]]
# name = "disabled"

[smtp]
to = ["me@example.org"] # just me
'''


def _handwritten_render_source_toml(source: dict) -> str:
    """pipeline.config.render_source_toml before it used tomlkit (commit 54f8b5f), for comparison."""
    def _toml_str(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["", "[[sources]]", f'name = "{source["name"]}"', f'kind = "{source["kind"]}"']
    urls = ", ".join(f'"{u}"' for u in source["urls"])
    lines.append(f"urls = [{urls}]")
    for key in ("link_selector", "next_selector", "follow_pattern"):
        if source.get(key):
            lines.append(f"{key} = {_toml_str(source[key])}")
    return "\n".join(lines) + "\n"


def run_toml() -> None:
    from pipeline.config import add_source_to_toml

    variants = {"hand-written (render_source_toml at 54f8b5f, appended)":
                lambda text, src: text + _handwritten_render_source_toml(src),
                "tomlkit (config.add_source_to_toml)": add_source_to_toml}
    print("TOML: add a [[sources]] entry to a commented user config, then read it back with tomllib")
    inline = ('sources = [{name = "lab", urls = ["https://lab.example/feed.atom"]}]  # inline, before any table\n'
              + USER_CONFIG.replace('[[sources]]\nname = "lab"            # the lab blog\nkind = "feed"\n'
                                    'urls = ["https://lab.example/feed.atom"]\n', ""))
    assert "[[sources]]\nname" not in inline
    for name, fn in variants.items():
        for label, user in (("[[sources]] file", USER_CONFIG), ("inline sources = [...] file", inline)):
            ok, bad, kept = 0, [], 0
            for src in TOML_SOURCES:
                try:
                    text = fn(user, src)
                    got = [s for s in tomllib.loads(text)["sources"] if s["name"] == src["name"]][0]
                except Exception as e:  # noqa: BLE001
                    bad.append(f"{src['name']} ({type(e).__name__})")
                    continue
                if all(got.get(k) == v for k, v in src.items()):
                    ok += 1
                else:
                    bad.append(f"{src['name']} (value changed)")
                kept += all(line in text.splitlines() for line in user.splitlines() if not line.startswith("sources ="))
            print(f"  {name}, {label}: {ok}/{len(TOML_SOURCES)} sources read back unchanged"
                  + (f" (fails: {', '.join(bad)})" if bad else "")
                  + f"; every line of the user's file (but an inline sources array) kept in {kept} of the valid outputs")
    import tomlkit

    example = (ROOT / "pipeline" / "modelwire.example.toml").read_text(encoding="utf-8")
    print(f"  tomlkit parse+dump is byte-identical: user config {tomlkit.dumps(tomlkit.parse(USER_CONFIG)) == USER_CONFIG}, "
          f"modelwire.example.toml {tomlkit.dumps(tomlkit.parse(example)) == example}")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parts = argv or ["urls", "charset", "toml"]
    sets = datasets() if {"urls", "charset"} & set(parts) else {}
    if "urls" in parts:
        run_urls(sets)
    if "charset" in parts:
        run_charset(sets)
    if "toml" in parts:
        run_toml()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
