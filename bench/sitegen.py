"""A generated AI-news site for the crawl benchmark, served on 127.0.0.1.

Every page is made on request from its number (a seeded RNG), so any size of site costs nothing to
prepare and the same number always gives the same bytes. Article pages are 50–200 KB like real news
pages: a head with Open Graph / JSON-LD metadata, navigation, inline CSS, a large inline JSON state
blob, the article (roughly 600–1,600 words made of AI-news sentences with unique model names and
figures, so no two articles are near-duplicates), related links, comments and a footer.

    python -m bench.sitegen --pages 5000            # serve until Ctrl-C; prints the base URL
    python -m bench.sitegen --pages 5000 --write DIR # write the pages to a folder instead

Paths: ``/robots.txt`` (names the sitemap), ``/sitemap.xml`` (index) → ``/sitemap-<k>.xml`` (1,000
URLs each, with ``lastmod``), ``/feed.xml`` (RSS, latest 50), ``/news/<yyyy>/<mm>/<slug>-<n>.html``.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

SITEMAP_CHUNK = 1000
EPOCH = datetime(2025, 1, 6, 8, 0, tzinfo=timezone.utc)
MIN_BYTES, MAX_BYTES = 50_000, 200_000

LABS = ["Anthropic", "OpenAI", "Google DeepMind", "Meta AI", "Mistral AI", "Alibaba Qwen", "DeepSeek",
        "Cohere", "AI21 Labs", "xAI", "Microsoft Research", "NVIDIA", "Zhipu AI", "Moonshot AI", "01.AI",
        "Allen Institute for AI", "Hugging Face", "Stability AI", "Reka", "Baidu"]
FAMILIES = ["Qwen", "Llama", "Mistral", "Gemini", "Claude", "GPT", "DeepSeek", "Phi", "Gemma", "Command",
            "Jamba", "Grok", "GLM", "Kimi", "Yi", "OLMo", "Nemotron", "Falcon", "Ernie", "Granite"]
BENCHMARKS = ["MMLU", "MMLU-Pro", "GPQA Diamond", "HumanEval", "SWE-bench Verified", "AIME 2025", "MATH-500",
              "LiveCodeBench", "ARC-AGI", "HellaSwag", "GSM8K", "BIG-Bench Hard", "MT-Bench", "Arena-Hard",
              "LMArena", "TruthfulQA", "DROP", "MMMU", "Humanity's Last Exam", "BrowseComp"]
TOPICS = ["open weights", "reasoning", "long context", "agents", "inference cost", "training compute",
          "safety evaluations", "multimodal input", "tool use", "code generation", "distillation",
          "mixture-of-experts", "quantization", "fine-tuning", "benchmarks", "GPU clusters", "licensing",
          "alignment", "retrieval", "speech recognition"]
NOUNS = ["model", "release", "checkpoint", "preview", "paper", "leaderboard", "evaluation", "dataset",
         "cluster", "API", "license", "tokenizer", "context window", "router", "agent", "benchmark",
         "pipeline", "inference stack", "training run", "system card"]
VERBS = ["released", "announced", "published", "open-sourced", "benchmarked", "fine-tuned", "distilled",
         "deployed", "previewed", "evaluated", "scaled", "quantized", "retrained", "documented", "shipped"]
ADJS = ["larger", "cheaper", "faster", "smaller", "open", "multilingual", "sparse", "dense", "efficient",
        "experimental", "updated", "instruction-tuned", "long-context", "multimodal", "compact"]
PEOPLE = ["Ana Ruiz", "Wei Zhang", "Priya Natarajan", "Tom Becker", "Lena Novak", "Kofi Mensah", "Sara Cohen",
          "Jonas Berg", "Mei Tanaka", "Omar Haddad", "Elena Petrova", "Lucas Silva"]
CITIES = ["San Francisco", "London", "Paris", "Beijing", "Hangzhou", "Toronto", "Zurich", "Seoul", "Tel Aviv",
          "Bangalore", "Berlin", "Tokyo"]
SECTIONS = ["Models", "Research", "Industry", "Policy", "Open Source", "Benchmarks", "Hardware", "Startups"]

TEMPLATES = [
    "{lab} {verb} {model}, a {adj} {noun} aimed at {topic}, on {weekday}.",
    "According to the company, {model} scored {score}% on {bench}, up from {score2}% for {model2}.",
    "The {noun} was trained on {tokens} trillion tokens using {gpus:,} GPUs in {city}.",
    "{person}, who leads the {topic} team at {lab}, said the {noun} is {adj} than anything they shipped before.",
    "Independent testers found that {model} reached {score} on {bench}, although results varied by prompt.",
    "{lab} says the {adj} {noun} supports a context window of {ctx:,} tokens.",
    "Pricing starts at ${price} per million input tokens, which analysts called {adj} for the category.",
    "Critics noted that {bench} is saturated and that gains of {delta} points may not matter in practice.",
    "The release follows {lab2}'s {model2}, which {verb2} a similar {noun} {weeks} weeks earlier.",
    "On {bench}, {model} trails {model2} by {delta} points but costs {factor} times less to run.",
    "Weights for the {params}B-parameter {noun} are available under a {license} license on Hugging Face.",
    "{person} wrote that the team {verb} {count} variants before settling on the final {noun}.",
    "Researchers at {lab} reported that {topic} improved when the {noun} was {verb2} with synthetic data.",
    "The {noun} ranks {rank} on the {bench} leaderboard as of this week, {person} told reporters in {city}.",
    "{lab} did not disclose how much compute the {noun} used, but estimates put it near {flops}e24 FLOPs.",
    "Developers can try {model} through the API today; a {adj} version is expected in {month}.",
]
WORDS = """ability absence academy access accident account acid acquisition action activity actor adapter
addition address adoption advantage advice agency agenda agreement aircraft alarm album alliance allocation
amount analysis analyst angle animal answer anxiety appeal appetite apple approach archive argument army
arrival article aspect assembly asset assistant atlas attempt attention attitude audience author autumn
balance banner barrier basket battery beach beacon behavior belief benefit bicycle billing biology border
bottle boundary branch breakfast bridge briefing broker budget buffer bundle bureau button cabinet cable
calendar camera campaign canvas capacity capital carbon career carpet cartoon castle catalog ceiling
census century ceremony chain chamber channel chapter charity charter chemistry circuit citizen climate
clinic cluster coalition coast coffee collar college colony column comfort commerce committee community
compass complaint concept concert conflict congress consensus contract corridor cotton council counter
courage courier crystal culture currency curtain customer cycle database deadline debate decade deficit
delivery density deposit desert designer detail device dialect diamond diary diet dinner diploma discount
district doctor document domain donor drawer driver economy editor effort elbow election element elevator
embassy emotion empire energy engine episode equity estate ethics event evidence exchange exhibit expert
fabric factory faculty fashion feature festival fiction figure filter finance fishing flavor flight
forest formula fortune forum fountain fragment frame freight fruit funding furniture galaxy gallery garden
gateway gender genome glacier harbor harvest heritage highway history holiday horizon hospital household
hunger identity image immigrant impact income index industry infant inflation insight instinct interest
invoice island journal journey justice kernel kitchen ladder landscape language laptop lawyer lecture
legacy lesson letter library license lifestyle literacy lobby logic lumber machine magazine magnet
manager margin market meadow medicine melody memory mentor message metal method migration mineral
mission mixture monitor monument morning mortgage motor museum mystery narrative nation network novel
nursery object ocean office orbit orchard outcome oxygen package painter palace panel parade parent
parish passage patent pattern pavement payment pension pepper percent period permit pilot pioneer
planet plastic platform pocket poetry policy portfolio portrait poverty powder prairie premium pressure
printer privacy prison problem profile project promise property protein protest province publisher
puzzle quarter question rabbit railway rainbow reactor reader recipe record region relief remedy
republic reserve resort retail revenue rhythm ribbon river rocket routine salary sample satellite
scandal scenario schedule scholar science season sector segment seminar senate sensor sentence
session shelter signal silver sketch society soldier solution speaker species spirit sponsor stadium
station statue storage strategy stream student studio subject suburb summit supplier surface survey
symbol system talent target teacher temple tenant terminal territory texture theater theory thread
ticket timber tissue tourism tower tractor traffic trailer transit treasury treaty tribute trophy
tunnel turbine uniform union universe vaccine valley vendor venture verdict version vessel village
vintage virus volume voyage wallet warehouse weather website wedding welfare wildlife window winter
wisdom witness workshop yield""".split()
CLAUSES = [
    " Observers compared it to a {w} {w2} rather than a {w3}.",
    " One engineer likened the {w} work to {w2} {w3} management.",
    " The {w} team also flagged {w2} and {w3} as open questions.",
    " A note on the {w} {w2} page mentions the {w3} too.",
    " Some users asked about {w} {w2} support and {w3} limits.",
    " That matters for {w} and {w2} buyers in the {w3} market.",
    " The {w} {w2} demo drew more attention than the {w3} itself.",
    " Its {w} roadmap lists {w2} work ahead of the {w3} port.",
    " Rivals are expected to answer with {w} and {w2} {w3} offers.",
]
OPENERS = ["", "", "In {w} news, ", "After the {w} {w2} briefing, ", "Separately, ", "As a {w} {w2} test, ",
           "Per the {w} filing, ", "During the {w} {w2} session, ", "Meanwhile, ", "For {w} customers, "]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
LICENSES = ["Apache 2.0", "MIT", "custom research", "community", "non-commercial"]

_CSS = ("".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{(i * 2654435761) & 0xFFFFFF:06x};"
                f"font-size:{12 + i % 9}px}}\n" for i in range(400)))
_ICONS = "".join(f'<svg class="i{i}" viewBox="0 0 24 24"><path d="M{i % 24} 0L24 {i % 13}L0 24Z"/></svg>'
                 for i in range(60))


def _state_pool() -> str:
    rnd = random.Random(99)
    out, size = [], 0
    while size < 3 * MAX_BYTES:
        card = f"{rnd.choice(TOPICS)}|{rnd.choice(NOUNS)}|/img/{rnd.randint(0, 10**6)}.jpg|{rnd.choice(WORDS)};"
        out.append(card)
        size += len(card)
    return "".join(out)


def model_name(rnd: random.Random) -> str:
    fam = rnd.choice(FAMILIES)
    return f"{fam}-{rnd.randint(1, 9)}.{rnd.randint(0, 9)}-{rnd.choice(['Pro', 'Max', 'Mini', 'Flash', 'Instruct', 'Coder', 'Vision', 'Turbo'])}"


def sentence(rnd: random.Random, lab: str, model: str) -> str:
    w = {"w": rnd.choice(WORDS), "w2": rnd.choice(WORDS), "w3": rnd.choice(WORDS)}
    opener = rnd.choice(OPENERS).format(**w)
    t = rnd.choice(TEMPLATES)
    if opener:
        t = opener + t[0].lower() + t[1:] if not t.startswith("{") else opener + t
    t += rnd.choice(CLAUSES).format(w=rnd.choice(WORDS), w2=rnd.choice(WORDS), w3=rnd.choice(WORDS))
    return t.format(
        lab=lab if rnd.random() < 0.6 else rnd.choice(LABS), lab2=rnd.choice(LABS),
        model=model if rnd.random() < 0.5 else model_name(rnd), model2=model_name(rnd),
        verb=rnd.choice(VERBS), verb2=rnd.choice(VERBS), adj=rnd.choice(ADJS), noun=rnd.choice(NOUNS),
        topic=rnd.choice(TOPICS), weekday=rnd.choice(WEEKDAYS), bench=rnd.choice(BENCHMARKS),
        score=round(rnd.uniform(30, 98), 1), score2=round(rnd.uniform(20, 90), 1),
        tokens=rnd.randint(2, 40), gpus=rnd.randint(512, 100_000), city=rnd.choice(CITIES),
        person=rnd.choice(PEOPLE), ctx=rnd.choice([32_768, 128_000, 200_000, 1_000_000, 2_000_000]),
        price=f"{rnd.uniform(0.05, 15):.2f}", delta=round(rnd.uniform(0.3, 12), 1), weeks=rnd.randint(1, 20),
        factor=rnd.randint(2, 30), params=rnd.choice([1, 3, 7, 8, 14, 32, 70, 123, 235, 405, 671]),
        license=rnd.choice(LICENSES), count=rnd.randint(2, 60), rank=rnd.randint(1, 40),
        flops=round(rnd.uniform(0.5, 90), 1), month=rnd.choice(MONTHS),
    )


_STATE = _state_pool()


def _card_pool(n: int = 4000) -> list[str]:
    """Teaser cards (trending, more-from, sponsored) like the link grids around real articles."""
    rnd = random.Random(98)
    out = []
    for k in range(n):
        t = f"{rnd.choice(LABS)} {rnd.choice(VERBS)} {model_name(rnd)} for {rnd.choice(TOPICS)}"
        href = f"/news/{2024 + k % 2}/{1 + k % 12:02d}/{rnd.choice(TOPICS).replace(' ', '-')}-{k}.html"
        out.append(
            f'<div class="card c{k % 400}"><a class="thumb" href="{href}"><img src="/img/t{k}.jpg" alt="" '
            f'loading="lazy" width="320" height="180"></a><div class="card-body"><span class="tag">'
            f'{rnd.choice(SECTIONS)}</span><h4 class="card-title"><a href="{href}">{escape(t)}</a></h4>'
            f'<div class="meta"><span class="by">{rnd.choice(PEOPLE)}</span><time>{rnd.randint(1, 28)} '
            f'{rnd.choice(MONTHS)[:3]}</time><span class="share"><a href="#s">Share</a></span></div></div></div>')
    return out


_CARDS = _card_pool()


class Site:
    """``pages`` article pages; ``page(n)`` and ``get(path)`` return bytes."""

    def __init__(self, pages: int, seed: int = 2025, base: str = ""):
        self.pages = int(pages)
        self.seed = int(seed)
        self.base = base
        self.cache: dict[int, bytes] | None = None

    def prerender(self) -> None:
        """Make every page now and keep it in memory, so serving costs (almost) no CPU."""
        self.cache = {n: self.page(n) for n in range(self.pages)}

    # -- paths ------------------------------------------------------------------------------------
    def published(self, n: int) -> datetime:
        # about 150 articles a week, newest last
        return EPOCH + timedelta(minutes=67 * n)

    def path(self, n: int) -> str:
        d = self.published(n)
        return f"/news/{d:%Y}/{d:%m}/{self._slug(n)}-{n}.html"

    def url(self, n: int) -> str:
        return self.base + self.path(n)

    def _slug(self, n: int) -> str:
        rnd = random.Random(self.seed * 1_000_003 + n)
        return "-".join(rnd.choice(TOPICS).replace(" ", "-") for _ in range(2)) + f"-{rnd.choice(NOUNS).replace(' ', '-')}"

    def number(self, path: str) -> int | None:
        if not path.startswith("/news/") or not path.endswith(".html"):
            return None
        try:
            n = int(path[:-5].rsplit("-", 1)[1])
        except (IndexError, ValueError):
            return None
        return n if 0 <= n < self.pages and self.path(n) == path else None

    # -- documents --------------------------------------------------------------------------------
    def robots(self) -> bytes:
        return f"User-agent: *\nAllow: /\n\nSitemap: {self.base}/sitemap.xml\n".encode()

    def sitemap_index(self) -> bytes:
        parts = [f"<sitemap><loc>{self.base}/sitemap-{k}.xml</loc></sitemap>"
                 for k in range((self.pages + SITEMAP_CHUNK - 1) // SITEMAP_CHUNK)]
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9">{"".join(parts)}</sitemapindex>\n').encode()

    def sitemap(self, k: int) -> bytes | None:
        lo, hi = k * SITEMAP_CHUNK, min(self.pages, (k + 1) * SITEMAP_CHUNK)
        if lo >= hi or k < 0:
            return None
        rows = "".join(f"<url><loc>{escape(self.url(n))}</loc><lastmod>{self.published(n):%Y-%m-%dT%H:%M:%SZ}"
                       "</lastmod></url>\n" for n in range(lo, hi))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{rows}</urlset>\n").encode()

    def feed(self, latest: int = 50) -> bytes:
        items = []
        for n in range(self.pages - 1, max(-1, self.pages - 1 - latest), -1):
            title = self._title(n)[0]
            items.append(f"<item><title>{escape(title)}</title><link>{escape(self.url(n))}</link>"
                         f"<pubDate>{self.published(n):%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Gradient Wire</title>'
                f"<link>{self.base}/</link><description>Generated AI news</description>{''.join(items)}"
                "</channel></rss>\n").encode()

    def home(self) -> bytes:
        links = "".join(f'<li><a href="{self.path(n)}">{escape(self._title(n)[0])}</a></li>'
                        for n in range(self.pages - 1, max(-1, self.pages - 31), -1))
        return (f"<!doctype html><html><head><title>Gradient Wire</title>"
                f'<link rel="alternate" type="application/rss+xml" href="{self.base}/feed.xml"></head>'
                f"<body><h1>Gradient Wire</h1><ul>{links}</ul></body></html>").encode()

    def _title(self, n: int) -> tuple[str, random.Random, str, str]:
        rnd = random.Random(self.seed * 7_919 + n)
        lab, model = rnd.choice(LABS), model_name(rnd)
        title = (f"{lab} {rnd.choice(VERBS)} {model}, a {rnd.choice(ADJS)} {rnd.choice(NOUNS)} for "
                 f"{rnd.choice(TOPICS)} (#{n})")
        return title, rnd, lab, model

    def page(self, n: int) -> bytes:
        title, rnd, lab, model = self._title(n)
        author = rnd.choice(PEOPLE)
        section = rnd.choice(SECTIONS)
        pub = self.published(n)
        target = rnd.randint(MIN_BYTES, MAX_BYTES)
        paras = []
        for _ in range(rnd.randint(8, 18)):
            paras.append(" ".join(sentence(rnd, lab, model) for _ in range(rnd.randint(3, 5))))
        body = []
        for i, p in enumerate(paras):
            if i and i % 6 == 0:
                body.append(f"<h2>{escape(rnd.choice(TOPICS).capitalize())} and the {escape(rnd.choice(NOUNS))}</h2>")
            body.append(f"<p>{escape(p)}</p>")
            if i == 3:
                body.append(f'<figure><img src="/img/{n}.jpg" alt="{escape(model)}"><figcaption>'
                            f"{escape(model)} launch event in {rnd.choice(CITIES)}.</figcaption></figure>")
        related = "".join(f'<li class="c{k % 400}"><a href="{self.path(m)}">{escape(self._title(m)[0])}</a></li>'
                          for k, m in enumerate(rnd.sample(range(self.pages), min(12, self.pages))))
        nav = "".join(f'<li><a href="/section/{s.lower().replace(" ", "-")}/">{s}</a></li>' for s in SECTIONS)
        comments = "".join(f'<div class="comment"><b>{rnd.choice(PEOPLE)}</b><p>{escape(sentence(rnd, lab, model))}'
                           "</p></div>" for _ in range(rnd.randint(2, 8)))
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                         "datePublished": pub.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "author": [{"@type": "Person", "name": author}],
                         "publisher": {"@type": "Organization", "name": "Gradient Wire"},
                         "mainEntityOfPage": self.url(n)})
        head = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | Gradient Wire'
                f'</title><link rel="canonical" href="{self.url(n)}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{escape(title)}"><meta property="og:site_name" content="Gradient Wire">'
                f'<meta property="article:published_time" content="{pub:%Y-%m-%dT%H:%M:%SZ}">'
                f'<meta name="author" content="{author}"><meta name="description" content="{escape(paras[0][:150])}">'
                f'<script type="application/ld+json">{ld}</script><style>{_CSS}</style></head>')
        top = (f'<body class="article"><header><a href="/" class="logo">Gradient Wire</a><nav><ul>{nav}</ul></nav>'
               f"{_ICONS}</header><main><article><p class=\"kicker\">{section}</p><h1>{escape(title)}</h1>"
               f'<p class="byline">By <span class="author">{author}</span> · <time datetime="{pub:%Y-%m-%dT%H:%M:%SZ}">'
               f"{pub:%B %d, %Y}</time></p><div class=\"article-body\">")
        tail = (f'</div></article><aside class="related"><h3>Related</h3><ul>{related}</ul></aside>'
                f'<section class="comments"><h3>Comments</h3>{comments}</section></main>'
                '<footer><p>© Gradient Wire. Generated for benchmarks.</p>'
                '<a href="/about/">About</a> <a href="/privacy/">Privacy</a></footer>')
        html = head + top + "".join(body)
        # the rest is page furniture, as on real news sites: about a third teaser-card grids (many small
        # elements: ~6 elements per KB over the page, like real pages), the rest a client-side JSON state blob
        grid = target - len(html.encode()) - len(tail.encode())
        cards, size = [], 0
        while size < grid * 0.3:
            c = _CARDS[rnd.randrange(len(_CARDS))]
            cards.append(c)
            size += len(c)
        third = len(cards) // 3
        main_end, _, footer = tail.partition("<footer>")
        html += (main_end + f'<section class="trending"><h3>Trending</h3>{"".join(cards[:third])}</section>'
                 f'<footer>{footer[:-9]}<section class="more"><h3>More from Gradient Wire</h3>'
                 f'{"".join(cards[third:])}</section></footer>')
        need = max(0, target - len(html.encode()) - 80)
        start = rnd.randrange(len(_STATE) - MAX_BYTES)
        html += (f'<script id="__STATE__" type="application/json">{{"page":{n},"cards":"{_STATE[start:start + need]}"}}'
                 "</script></body></html>")
        return html.encode("utf-8")

    def get(self, path: str) -> tuple[int, str, bytes]:
        path = path.split("?", 1)[0]
        if path == "/robots.txt":
            return 200, "text/plain", self.robots()
        if path == "/sitemap.xml":
            return 200, "application/xml", self.sitemap_index()
        if path.startswith("/sitemap-") and path.endswith(".xml"):
            try:
                body = self.sitemap(int(path[9:-4]))
            except ValueError:
                body = None
            if body is not None:
                return 200, "application/xml", body
        if path == "/feed.xml":
            return 200, "application/rss+xml", self.feed()
        if path == "/":
            return 200, "text/html; charset=utf-8", self.home()
        n = self.number(path)
        if n is not None:
            body = self.cache.get(n) if self.cache is not None else None
            return 200, "text/html; charset=utf-8", body if body is not None else self.page(n)
        return 404, "text/plain", b"not found\n"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Scrapy expects
    site: Site

    def do_GET(self):  # noqa: N802
        status, ctype, body = self.site.get(self.path)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):  # noqa: N802
        status, ctype, body = self.site.get(self.path)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()

    def log_message(self, *args):
        pass


class SiteServer:
    """Serve a :class:`Site` from a daemon thread on 127.0.0.1 (port 0 = any free port)."""

    def __init__(self, pages: int, seed: int = 2025, host: str = "127.0.0.1", port: int = 0,
                 prerender: bool = False):
        if host != "127.0.0.1":
            raise ValueError("the benchmark site only listens on 127.0.0.1")
        self.site = Site(pages, seed)
        if prerender:
            self.site.prerender()
        handler = type("Handler", (_Handler,), {"site": self.site})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.site.base = f"http://{host}:{self.httpd.server_address[1]}"
        self.thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        return self.site.base

    def start(self) -> str:
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="sitegen", daemon=True)
        self.thread.start()
        return self.base

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--write", metavar="DIR", help="write the pages to DIR instead of serving them")
    ap.add_argument("--prerender", action="store_true", help="make every page before serving (fast serving)")
    args = ap.parse_args(argv)
    if args.write:
        site = Site(args.pages, args.seed, base="http://127.0.0.1")
        out = Path(args.write)
        for n in range(site.pages):
            p = out / site.path(n).lstrip("/")
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(site.page(n))
        print(f"wrote {site.pages} pages to {out}")
        return 0
    srv = SiteServer(args.pages, args.seed, port=args.port, prerender=args.prerender)
    print(srv.base, flush=True)
    try:
        srv.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
