"""The digest on any screen and in any client: the HTML in headless Chromium at phone and desktop
widths, light and dark, with and without its <style> blocks; the text part within 78 columns.

Screenshots of every frame are kept in ``$MODELWIRE_ARTEFACTS/digest-screens/`` when that is
set (CI can upload the folder), otherwise in the test's pytest tmp dir (pytest keeps the last
three runs under its basetemp); the test prints where.
"""
import os
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import main
from pipeline.digest import build as D
from pipeline.digest.plaintext import fold, too_long
from pipeline.store.db import open_db

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
import screen  # noqa: E402  (tests/screen.py)

LONG_WORD = "Mixture-of-Experts-Routing_with_names_that_never_break_" * 2
LONG_URL = "https://very-long-outlet-name.example/" + "section/" * 12 + "a-story-about-an-unbreakable-path"


def _store_with_awkward_text(path, seed):
    """The basic week plus what breaks layouts: an unbreakable headline word, a long URL and
    outlet name, a benchmark name without spaces."""
    store = open_db(path)
    seed.seed_basic(store)
    with store.conn as conn:
        aid = seed.insert_article(conn, "long", "2025-12-12T09:00:00Z", "longoutlet",
                                  "The Extraordinarily Long-Named Independent Outlet of Machine Learning",
                                  f"Kimi K3 gets {LONG_WORD}", "Kimi K3 arrives. " + seed.FILLER, url=LONG_URL)
        seed.add_annotations(conn, aid, {"kimi": 2, "hle": 1},
                             [("Kimi K3", "HLE-Text-Only-Subset-Without-Tools-2025-Edition", 44.9, "%")],
                             summary=f"Moonshot AI shipped {LONG_WORD} today.")
    store.close()


def _luminance(css: str) -> float:
    r, g, b = (int(v) / 255 for v in re.findall(r"[\d.]+", css)[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory, digest_seed):
    root = tmp_path_factory.mktemp("screens")
    _store_with_awkward_text(root / "digest.db", digest_seed)
    out = root / "out"
    r = CliRunner().invoke(main, ["--db", str(root / "digest.db"), "digest", "--week", "2025-W50", "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out


def test_digest_fits_phone_and_desktop_light_and_dark_in_chromium(out_dir, tmp_path):
    if screen.chromium() is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
    page = out_dir / "digest-2025-W50.html"
    html = page.read_text(encoding="utf-8")
    # a client that drops <style> blocks keeps only the inlined light theme
    stripped = out_dir / "digest-stripped.html"
    stripped.write_text(re.sub(r"<style\b.*?</style>", "", html, flags=re.S), encoding="utf-8")
    assert "<style" not in stripped.read_text(encoding="utf-8") and 'style="' in html
    # the probe must see an overflow where there is one
    control = out_dir / "control-too-wide.html"
    control.write_text('<html><body style="margin:0"><div style="width:640px">640 px</div></body></html>')
    frames = [(page, w, s) for w in (375, 900) for s in ("light", "dark")]
    # the layout does not depend on the scheme: one frame each for the stripped page (dark: the
    # client's dark canvas around the inlined light theme) and the archive page
    frames += [(stripped, 375, "dark"), (out_dir / "index.html", 375, "dark"), (control, 375, "light")]
    artefacts = Path(os.environ.get("MODELWIRE_ARTEFACTS") or tmp_path) / "digest-screens"
    results = screen.check_frames(frames, artefacts)
    print(f"screenshots: {artefacts / 'screens.png'}")
    assert (artefacts / "screens.png").stat().st_size > 10_000

    *checked, ctl = results
    assert ctl["scrollWidth"] > 375 and ctl["overflowing"], "the probe no longer notices an overflow"
    assert len(checked) == len(frames) - 1
    for f, (p, width, scheme) in zip(checked, frames):
        where = f"{p.name} at {width} px, {scheme}"
        assert f["width"] == width and f["dark"] == (scheme == "dark"), where
        assert f["scrollWidth"] <= width and f["overflowing"] == [], f"{where}: too wide: {f['overflowing']}"
        assert f["contrast"] >= 4.5, f"{where}: text hard to read: {f['worst']} (contrast {f['contrast']})"
        if p.name.startswith("digest-"):
            assert [i["src"] for i in f["images"]] == ["digest-2025-W50.png"], where
            assert f["images"][0]["naturalWidth"] > 0 and 0 < f["images"][0]["shownWidth"] <= width, where
        if p != stripped:   # the dark theme really applies (the stripped page stays light: inline styles)
            assert (_luminance(f["background"]) < 0.2) == (scheme == "dark"), f"{where}: background {f['background']}"


def test_digest_text_part_fits_78_columns(out_dir):
    text = (out_dir / "digest-2025-W50.txt").read_text(encoding="utf-8")
    assert too_long(text) == []
    assert any(ln.strip() == LONG_URL for ln in text.splitlines())   # the URL whole, on a line of its own
    assert re.search(r"Generated by modelwire on \w{3} \d\d? \w{3} \d{4}, \d\d:\d\d UTC", text)   # with the year


def test_plaintext_fold_keeps_indent_items_urls_and_flags():
    url = "https://example.org/" + "x" * 80
    text = ("   - The Outlet: " + url + "\n"
            "12. " + "word " * 20 + "\n"
            "    Kimi K3                               1    0  new [first seen] [not in knowledge base]\n"
            "short line stays\n")
    got = fold(text)
    assert got.splitlines() == [
        "   - The Outlet:",
        "     " + url,
        "12. " + " ".join(["word"] * 15),     # 78 columns exactly
        "    word word word word word",
        "    Kimi K3                               1    0  new [first seen]",
        "    [not in knowledge base]",
        "short line stays",
    ]
    assert too_long(got) == [] and fold(got) == got
    assert got.endswith("\n")
