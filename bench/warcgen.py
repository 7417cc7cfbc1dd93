"""WARC files for the backfill tests and benchmark: demo-site pages, AI pages, ordinary news.

``write_warc(path, records)`` writes gzip WARC response records (one gzip member each, as
CC-NEWS does) with warcio. ``demo_records()`` gives the demo site's HTML pages under fixed
``https://<outlet>.example`` origins with a WARC date per page; ``offtopic_page(k)`` makes a
50–200 KB page of everyday local news (seeded, so the same ``k`` gives the same bytes) in the
same heavy page chrome as ``bench.sitegen``'s AI pages, so the prefilter sees real-sized pages.
"""
from __future__ import annotations

import io
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from functools import lru_cache
from typing import Iterable, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "pipeline" / "demo" / "site"
ORIGINS = {"tokenwise": "https://tokenwise.example", "frontier-ledger": "https://frontier-ledger.example",
           "openweights-lab": "https://openweights-lab.example"}
PLACEHOLDERS = {b"__BASE_TOKENWISE__": "tokenwise", b"__BASE_FRONTIER_LEDGER__": "frontier-ledger",
                b"__BASE_OPENWEIGHTS_LAB__": "openweights-lab"}
FALLBACK = datetime(2025, 10, 1, 8, 0, tzinfo=timezone.utc)


STORED_KINDS = {"article", "updated", "paywalled", "charset"}


class Rec(NamedTuple):
    url: str
    date: datetime
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    kind: str = ""          # the demo manifest's kind of page ("" for generated pages)


def write_warc(path: Path, records: Iterable[Rec]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for r in records:
            headers = StatusAndHeaders(f"{r.status} OK", [("Content-Type", r.content_type),
                                                          ("Content-Length", str(len(r.body)))], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                r.url, "response", payload=io.BytesIO(r.body), http_headers=headers,
                warc_headers_dict={"WARC-Date": r.date.strftime("%Y-%m-%dT%H:%M:%SZ")})
            writer.write_record(record)
    return path


def manifest() -> list[dict]:
    return json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _demo_records() -> tuple[Rec, ...]:
    return tuple(_read_demo())


def demo_records() -> list[Rec]:
    """Every revision-1 HTML page of the demo site; its WARC date is an hour after publication."""
    return list(_demo_records())


def _read_demo() -> list[Rec]:
    by_path = {(e["outlet"], e["path"]): e for e in manifest()}
    out = []
    for outlet, origin in ORIGINS.items():
        for p in sorted((SITE / outlet).rglob("*.html")):
            if ".v2" in p.suffixes:
                continue
            rel = "/" + p.relative_to(SITE / outlet).as_posix()
            path = rel[: -len("index.html")] if rel.endswith("/index.html") else rel
            entry = by_path.get((outlet, path))
            if entry is None or entry["revision"] != 1:
                continue
            body = p.read_bytes().replace(b"__BASE__", origin.encode())
            for mark, other in PLACEHOLDERS.items():
                body = body.replace(mark, ORIGINS[other].encode())
            published = entry.get("published")
            date = (datetime.fromisoformat(published) + timedelta(hours=1)) if published else FALLBACK
            ctype = "text/html" if entry["kind"] == "charset" else "text/html; charset=utf-8"
            out.append(Rec(origin + path, date.astimezone(timezone.utc), body, ctype, kind=entry["kind"]))
    return out


def stored_kinds_urls() -> dict[str, Rec]:
    """The demo pages a crawl stores as articles (as ``tests/pipeline/test_crawl_demo.py`` says)."""
    kinds = STORED_KINDS
    wanted = {ORIGINS[e["outlet"]] + e["path"] for e in manifest() if e["kind"] in kinds and e["revision"] == 1}
    return {r.url: r for r in demo_records() if r.url in wanted}


# -- ordinary news, in our own words ------------------------------------------------------------

TOWNS = ["Harrowgate", "Millbrook", "Stonebridge", "Kestrel Bay", "Ashford Vale", "Northmere", "Penhallow",
         "Larkfield", "Oakhurst", "Wrenfold"]
SUBJECTS = [
    ("council", ["The council voted {n} to {m} to resurface the high street before the spring market.",
                 "Residents packed the town hall to argue about parking charges near the station.",
                 "A new cycle lane along the river path is due to open after the summer holidays.",
                 "The planning committee deferred its decision on the riverside flats for a month.",
                 "Bin collections will move to a fortnightly rota from the first week of next month."]),
    ("sport", ["The home side came from two goals down to draw {n}-{n} in front of a sold-out stand.",
               "Their captain limped off before half-time and will miss the derby next Saturday.",
               "The under-14s reached the county final for the first time in {m} years.",
               "Rain delayed the cricket match by three hours, and the visitors never recovered.",
               "The rowing club's new boat was christened with a bottle of ginger beer on Sunday."]),
    ("weather", ["Forecasters expect a band of heavy rain to cross the hills overnight.",
                 "Gardeners were warned to bring tender plants indoors as temperatures drop to {n} degrees.",
                 "The ferry to the islands was cancelled for a second day because of high winds.",
                 "Fog closed the coast road for most of the morning, causing long queues in the village.",
                 "A dry spell has left the reservoir at {m} percent, the lowest level in a decade."]),
    ("food", ["The bakery on Mill Lane has won a regional prize for its sourdough loaf.",
              "A farmers' market will return to the square on the last Saturday of every month.",
              "The recipe calls for {n} ripe plums, a spoon of honey and a pinch of cinnamon.",
              "Slow-roast the shoulder for four hours and rest it under foil before carving.",
              "The cafe's owners said rising energy bills forced them to shorten opening hours."]),
    ("transport", ["The number {n} bus will run every twenty minutes once the new timetable starts.",
                   "Engineering works mean no trains between the two towns on Sunday morning.",
                   "Drivers face a diversion while the old stone bridge is repaired.",
                   "The station's lift has been out of order for {m} days, passengers complained.",
                   "A petition for a night bus to the hospital gathered more than a thousand names."]),
]
INCIDENTAL = ["The hall's new heating system was installed by a firm that also supplies Intel's plant up the valley.",
              "One speaker compared the traffic lights to a chatbot that never answers the question."]


def offtopic_page(k: int, origin: str = "https://dailyherald.example") -> Rec:
    """One ordinary local-news page. One page in twenty carries an incidental tech word (Intel,
    chatbot) that the prefilter lets through and the relevance filter then drops."""
    rng = random.Random(k)
    town = rng.choice(TOWNS)
    topic, sentences = rng.choice(SUBJECTS)
    date = datetime(2025, 1, 1, 6, tzinfo=timezone.utc) + timedelta(minutes=37 * k)
    title = f"{town}: {rng.choice(sentences).format(n=rng.randint(2, 9), m=rng.randint(10, 60))[:70]}"
    paras = []
    for _ in range(rng.randint(8, 30)):
        words = " ".join(rng.choice(sentences).format(n=rng.randint(2, 9), m=rng.randint(10, 60))
                         for _ in range(rng.randint(2, 5)))
        paras.append(f"<p>{words} {town} residents said they would keep watching closely.</p>")
    if k % 20 == 7:
        paras.insert(2, f"<p>{INCIDENTAL[k % 2]}</p>")
    nav = "".join(f'<li><a href="{origin}/{t}/">{t.title()}</a></li>' for t, _ in SUBJECTS)
    related = "".join(f'<li><a href="{origin}/{topic}/{k + i}.html">{rng.choice(TOWNS)} update {k + i}</a></li>'
                      for i in range(1, 25))
    state = json.dumps({"page": k, "section": topic, "items": [
        {"id": k * 100 + i, "headline": f"{rng.choice(TOWNS)} {rng.choice(SUBJECTS)[0]} item {i}",
         "views": rng.randint(10, 9999)} for i in range(rng.randint(150, 900))]})
    css = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{(i * 7919) % 0xFFFFFF:06x}}}" for i in range(300))
    slug = f"{topic}/{date:%Y/%m}/{town.lower().replace(' ', '-')}-{k}.html"
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Daily Herald</title>
<meta property="og:title" content="{title}"><meta property="article:published_time" content="{date:%Y-%m-%dT%H:%M:%SZ}">
<link rel="canonical" href="{origin}/{slug}"><style>{css}</style></head><body>
<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>
<p class="byline">By Staff Reporter · {date:%d %B %Y}</p>{''.join(paras)}</article>
<aside><h2>More from the region</h2><ul>{related}</ul></aside></main>
<footer><p>Daily Herald, 12 Quay Street. Letters to the editor welcome.</p></footer>
<script>window.__STATE__ = {state};</script></body></html>"""
    return Rec(f"{origin}/{slug}", date, html.encode("utf-8"))


@lru_cache(maxsize=4)
def _site(n_site: int):
    from bench.sitegen import Site

    return Site(n_site, base="https://ainews.example")


def ai_page(k: int, n_site: int = 5000) -> Rec:
    """One generated AI-news article page (``bench.sitegen``), dated like the site dates it."""
    site = _site(n_site)
    return Rec(site.url(k), datetime(2025, 1, 6, 8, tzinfo=timezone.utc) + timedelta(hours=3 * k), site.page(k))


# -- big files, fast -----------------------------------------------------------------------------

def raw_record(url: str, date: datetime, body: bytes, level: int = 1) -> bytes:
    """One gzip member holding one WARC response record, written directly (warcio takes ~10× longer
    per record, which matters for a 1 GB file)."""
    import uuid
    import zlib

    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body)
    block = http + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: {date:%Y-%m-%dT%H:%M:%SZ}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    z = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return z.compress(head) + z.compress(block) + z.compress(b"\r\n\r\n") + z.flush()


def write_mix(path: Path, target_bytes: int, ai_every: int = 50, noise: int = 30_000, seed: int = 0) -> dict:
    """A gzip WARC of about ``target_bytes``: one generated AI article in ``ai_every`` pages, the rest
    ordinary news with ``noise`` random hex digits each (so the file does not compress to nothing)."""
    import os

    plain = [offtopic_page(k) for k in range(60)]
    written = pages = ai = 0
    with open(path, "wb") as fh:
        while written < target_bytes:
            if pages % ai_every == ai_every // 2:
                r = ai_page((seed * 1000 + ai) % 5000)
                ai += 1
                url, body = r.url, r.body
            else:
                r = plain[pages % len(plain)]
                blob = os.urandom(noise // 2).hex().encode()
                body = r.body.replace(b"</footer>", b"</footer><script>var v='" + blob + b"';</script>", 1)
                url = f"{r.url[:-5]}-{seed}-{pages}.html"
            data = raw_record(url, r.date, body)
            fh.write(data)
            written += len(data)
            pages += 1
    return {"bytes": written, "pages": pages, "ai": ai}
