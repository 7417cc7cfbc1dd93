"""Look at an HTML page the way readers' screens do: headless Chromium, one start for every frame.

Chromium's window cannot be narrower than 500 px, so pages are shown in iframes of the widths
asked for (375 px is a phone), with ``color-scheme: light`` or ``dark`` (an iframe's
``prefers-color-scheme`` follows its element's colour scheme). A script in the wrapper page measures
every frame after ``load`` and writes the results into the wrapper's ``<title>``, which
``--dump-dom`` prints; ``--screenshot`` keeps a picture of all frames side by side. One Chromium
start serves every frame.

Measured per frame: horizontal overflow (``scrollWidth`` against ``innerWidth``, plus the
elements that stick out), every image's ``naturalWidth`` and the lowest text contrast (WCAG
ratio of a text's colour against the first opaque background behind it).

``python tests/screen.py PAGE.html [OUT_DIR]`` prints the measures as JSON.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--allow-file-access-from-files", "--hide-scrollbars", "--mute-audio"]

PROBE = r"""
function rgb(s) { const m = s.match(/[\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; }
function lum(c) { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); }
function ratio(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
function background(w, el) {
  for (; el; el = el.parentElement) {
    const c = rgb(w.getComputedStyle(el).backgroundColor);
    if (c.length < 4 || c[3] > 0.5) return c;
  }
  return w.matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18] : [255, 255, 255];
}
function describe(el) { return el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
                               + ' "' + (el.textContent || '').trim().slice(0, 40) + '"'; }
function measure(f) {
  const w = f.contentWindow, d = f.contentDocument, iw = w.innerWidth;
  const out = {page: f.dataset.page, width: iw, scheme: f.dataset.scheme,
               background: w.getComputedStyle(d.body).backgroundColor, dark: w.matchMedia('(prefers-color-scheme: dark)').matches,
               scrollWidth: d.documentElement.scrollWidth, height: d.documentElement.scrollHeight,
               images: [], overflowing: [], contrast: 99, worst: ''};
  for (const img of d.images) out.images.push({src: img.getAttribute('src'), naturalWidth: img.naturalWidth,
                                              shownWidth: Math.round(img.getBoundingClientRect().width)});
  for (const el of d.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > iw + 0.5 && out.overflowing.length < 5 && ![...el.children].some(c => c.getBoundingClientRect().right > iw + 0.5))
      out.overflowing.push(describe(el) + ' right=' + Math.round(r.right));
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !r.width || !r.height) continue;
    const c = ratio(rgb(w.getComputedStyle(el).color), background(w, el));
    if (c < out.contrast) { out.contrast = Math.round(c * 100) / 100;
      out.worst = describe(el) + ' ' + w.getComputedStyle(el).color + ' on ' + background(w, el).join(','); }
  }
  f.style.height = out.height + 'px';
  return out;
}
window.addEventListener('load', () => {
  document.title = JSON.stringify([...document.querySelectorAll('iframe')].map(measure));
});
"""


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def wrapper(frames: list[tuple[Path, int, str]]) -> str:
    tags = "".join(
        f'<iframe data-scheme="{scheme}" data-page="{html.escape(page.name)}" src="{html.escape(page.resolve().as_uri())}" '
        f'style="width:{width}px;height:3000px;color-scheme:{scheme};border:0;margin:0 12px 12px 0;'
        f'vertical-align:top;background:{"#000" if scheme == "dark" else "#fff"}"></iframe>'
        for page, width, scheme in frames)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>pending</title></head>'
            f'<body style="margin:0;background:#888">{tags}<script>{PROBE}</script></body></html>')


def check_frames(frames: list[tuple[Path, int, str]], artefacts: Path, *, window: tuple[int, int] = (2640, 7000),
                 timeout: float = 90) -> list[dict]:
    """Measure each (page, width, scheme) frame, all in one Chromium start; pages' images sit beside them.

    Writes ``wrapper.html`` and ``screens.png`` into ``artefacts``: the frames as they look, in
    rows as wide as the window (the first row is what the screenshot shows in full). Raises
    RuntimeError with Chromium's last words when it gives no measures.
    """
    exe = chromium()
    if exe is None:
        raise FileNotFoundError("chromium is not installed")
    artefacts.mkdir(parents=True, exist_ok=True)
    wrap = artefacts / "wrapper.html"
    wrap.write_text(wrapper(frames), encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        proc = subprocess.run(
            [exe, *FLAGS, f"--user-data-dir={profile}", f"--window-size={window[0]},{window[1]}",
             f"--screenshot={artefacts / 'screens.png'}", "--dump-dom", wrap.resolve().as_uri()],
            capture_output=True, text=True, timeout=timeout)
    m = re.search(r"<title>(.*?)</title>", proc.stdout, re.S)
    if not m or m.group(1) == "pending":
        raise RuntimeError(f"chromium gave no measures (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
    return json.loads(html.unescape(m.group(1)))


if __name__ == "__main__":
    target = Path(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else target.parent
    print(json.dumps(check_frames([(target, w, s) for w in (375, 900) for s in ("light", "dark")], out), indent=1))
