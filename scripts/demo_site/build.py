"""Generate the static demo site under ``pipeline/demo/site/`` from the texts in ``sources/``.

The generated files are committed (they ship as data; this generator does not); run this only
after editing ``sources/`` or the templates below:

    .venv/bin/python scripts/demo_site/build.py

It rewrites ``site/<outlet>/`` completely, plus ``site/manifest.json`` and ``site/lastmod.json``.
Revision 2 files are written as ``NAME.v2.EXT`` only where they differ from revision 1 (or are new).
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import unicodedata
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sources import frontier_ledger as FL  # noqa: E402
from sources import openweights_lab as OW  # noqa: E402
from sources import tokenwise as TW  # noqa: E402

SITE = Path(__file__).resolve().parents[2] / "pipeline" / "demo" / "site"
OUTLETS = ("tokenwise", "frontier-ledger", "openweights-lab")
# Fixed Last-Modified for files that are not tied to an article (robots.txt, static assets, ...).
STATIC_DATE = "2025-10-01T08:00:00+00:00"
TRACK_FEED = "utm_source=rss&utm_medium=feed&utm_campaign={}"


def e(s: str) -> str:
    return escape(s, quote=True)


def dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("'", "")).strip("-")


def t(s: str) -> str:
    """Escape for a text node (apostrophes stay readable)."""
    return escape(s, quote=False)


def body_html(body: str, indent: str = "      ") -> str:
    out = []
    for block in body.strip().split("\n\n"):
        lines = block.strip().split("\n")
        if lines[0].startswith("## "):
            out.append(f"<h2>{t(lines[0][3:])}</h2>")
            lines = lines[1:]
            if not lines:
                continue
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>\n" + "\n".join(f"{indent}  <li>{t(l[2:])}</li>" for l in lines) + f"\n{indent}</ul>")
        elif lines[0].startswith("> "):
            out.append(f"<blockquote><p>{t(' '.join(l[2:] for l in lines))}</p></blockquote>")
        else:
            out.append(f"<p>{t(' '.join(lines))}</p>")
    return ("\n" + indent).join(out)


def paragraphs(body: str) -> list[str]:
    return [b for b in body.strip().split("\n\n") if not b.startswith("## ") and not b.startswith("- ")]


def words(body: str) -> int:
    return len(re.findall(r"\w[\w'’.%-]*", body))


def jsonld(obj: dict) -> str:
    return '<script type="application/ld+json">\n' + json.dumps(obj, indent=2, ensure_ascii=False) + "\n</script>"


def rfc822(iso: str) -> str:
    return format_datetime(dt(iso))


def long_date_us(iso: str) -> str:
    d = dt(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def long_date_eu(iso: str) -> str:
    d = dt(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def ap_datetime(iso: str) -> str:
    d = dt(iso)
    months = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
    mon = months.get(d.month, d.strftime("%B"))
    hour = d.hour % 12 or 12
    ampm = "a.m." if d.hour < 12 else "p.m."
    return f"{mon} {d.day}, {d.year}, {hour}:{d.minute:02d} {ampm} ET"


def v2_name(rel: str) -> str:
    p = Path(rel)
    return str(p.with_name(f"{p.stem}.v2{p.suffix}"))


def authors_en(names: list[str], link=None) -> str:
    parts = [link(n) if link else e(n) for n in names]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def max_date(isos) -> str:
    return max(isos, key=lambda s: dt(s))


TW_CSS = """body{font:17px/1.6 Georgia,serif;margin:0;color:#222}#page{display:grid;grid-template-columns:1fr 18rem;gap:2rem;max-width:70rem;margin:auto;padding:1rem}
#masthead,#colophon{grid-column:1/-1}.menu{list-style:none;display:flex;gap:1rem;padding:0}.entry-meta,.entry-footer{color:#666;font-size:.9em}
.share-buttons{list-style:none;display:flex;gap:.5rem;padding:0}.widget{margin-bottom:2rem}#content{display:contents}
"""
FL_CSS = """body{font:16px/1.55 Helvetica,Arial,sans-serif;margin:0}.cookie-banner{background:#111;color:#eee;padding:.75rem 1rem}
.site-header{border-bottom:3px solid #1d2b3a;padding:1rem}.primary-nav ul{list-style:none;display:flex;gap:1.5rem;padding:0}
.layout{display:grid;grid-template-columns:1fr 20rem;gap:2.5rem;max-width:72rem;margin:auto;padding:1rem}.kicker{text-transform:uppercase;font-weight:bold}
.story-headline{font:700 2.4rem/1.15 Georgia,serif}.lead-image img{width:100%;height:auto}.paywall-prompt{border:2px solid #e8b34b;padding:1rem}
.rail section{border-top:1px solid #ccc;margin-bottom:2rem}
"""
OW_CSS = """body{font:16px/1.65 system-ui,sans-serif;margin:0;background:#fafafa}.topbar{display:flex;justify-content:space-between;padding:1rem 2rem;background:#fff}
.container{max-width:46rem;margin:auto;padding:1rem}.post-tags{list-style:none;display:flex;gap:.5rem;padding:0;color:#2b6}
.post-author+.post-author:before{content:", "}.citation{background:#eee;padding:1rem;overflow:auto}.post-list{list-style:none;padding:0}
"""

# ---------------------------------------------------------------------------------------------
# Tokenwise (WordPress-style)
# ---------------------------------------------------------------------------------------------

TW_CATEGORIES = ["Models", "Hands-on", "Analysis", "Off-topic"]


def tw_articles():
    arts = []
    for a in TW.ARTICLES:
        a = dict(a)
        d = dt(a["published"])
        a["path"] = f"/{d:%Y/%m/%d}/{a['slug']}/"
        a["post_id"] = 1000 + a["id"] * 7
        arts.append(a)
    return sorted(arts, key=lambda a: dt(a["published"]), reverse=True)


def tw_head(title: str, extra: str = "", charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<link rel="profile" href="https://gmpg.org/xfn/11">
<link rel="alternate" type="application/rss+xml" title="Tokenwise &raquo; Feed" href="__BASE__/feed/">
<link rel="stylesheet" id="minimalist-ink-style-css" href="__BASE__/wp-content/themes/minimalist-ink/style.css?ver=2.3.1" media="all">
<meta name="generator" content="WordPress 6.8.3">
{extra}</head>
"""


def tw_header(body_class: str) -> str:
    cats = "\n".join(
        f'        <li class="menu-item menu-item-type-taxonomy"><a href="__BASE__/category/{slugify(c)}/">{e(c)}</a></li>'
        for c in TW_CATEGORIES[:3]
    )
    return f"""<body class="{body_class}">
<div id="page" class="site">
  <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
  <header id="masthead" class="site-header">
    <div class="site-branding">
      <p class="site-title"><a href="__BASE__/" rel="home">Tokenwise</a></p>
      <p class="site-description">Notes on language models, one token at a time</p>
    </div>
    <nav id="site-navigation" class="main-navigation" aria-label="Primary menu">
      <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
      <ul id="primary-menu" class="menu">
        <li class="menu-item menu-item-home"><a href="__BASE__/">Home</a></li>
{cats}
        <li class="menu-item"><a href="__BASE__/feed/">RSS</a></li>
      </ul>
    </nav>
  </header>
  <div id="content" class="site-content">
"""


def tw_sidebar(arts) -> str:
    recent = "\n".join(
        f'          <li><a href="__BASE__{a["path"]}">{e(a["title"])}</a></li>' for a in arts[:5]
    )
    cats = "\n".join(
        f'          <li class="cat-item"><a href="__BASE__/category/{slugify(c)}/">{e(c)}</a> ({sum(1 for a in arts if a["category"] == c)})</li>'
        for c in TW_CATEGORIES
    )
    tags = sorted({t for a in arts for t in a["tags"]})
    cloud = "\n".join(f'          <a href="__BASE__/tag/{slugify(t)}/" class="tag-cloud-link">{e(t)}</a>' for t in tags)
    trending = [a for a in arts if a["id"] in (11, 13)]
    trend = "\n".join(
        f'          <li><a href="__BASE__{a["path"]}?fbclid=IwAR2x{a["post_id"]}Qk7vZt_demo">{e(a["title"])}</a></li>'
        for a in trending
    )
    return f"""    <aside id="secondary" class="widget-area">
      <section id="search-2" class="widget widget_search">
        <form role="search" method="get" class="search-form" action="__BASE__/">
          <label><span class="screen-reader-text">Search for:</span>
          <input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
          <input type="submit" class="search-submit" value="Search">
        </form>
      </section>
      <section id="recent-posts-2" class="widget widget_recent_entries">
        <h2 class="widget-title">Recent Posts</h2>
        <ul>
{recent}
        </ul>
      </section>
      <section id="custom_html-3" class="widget widget_custom_html">
        <h2 class="widget-title">Shared a lot this week</h2>
        <ul>
{trend}
        </ul>
      </section>
      <section id="categories-2" class="widget widget_categories">
        <h2 class="widget-title">Categories</h2>
        <ul>
{cats}
        </ul>
      </section>
      <section id="tag_cloud-2" class="widget widget_tag_cloud">
        <h2 class="widget-title">Tags</h2>
        <div class="tagcloud">
{cloud}
        </div>
      </section>
    </aside><!-- #secondary -->
"""


def tw_footer() -> str:
    return """  </div><!-- #content -->
  <footer id="colophon" class="site-footer">
    <div class="site-info">
      <a href="https://wordpress.org/">Proudly powered by WordPress</a>
      <span class="sep"> | </span>
      Theme: Minimalist Ink by Inkwell Themes.
      <span class="sep"> | </span>
      <a href="__BASE__/private/" rel="nofollow">Staff</a>
    </div>
  </footer>
</div><!-- #page -->
</body>
</html>
"""


def tw_author_link(n: str) -> str:
    return f'<span class="author vcard"><a class="url fn n" href="__BASE__/author/{slugify(n)}/">{e(n)}</a></span>'


def tw_article(a, arts) -> str:
    charset = "windows-1252" if a.get("legacy_charset") else "utf-8"
    extra = f"""<link rel="canonical" href="__BASE__{a['path']}">
<link rel="shortlink" href="__BASE__/?p={a['post_id']}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:url" content="__BASE__{a['path']}">
<meta property="og:site_name" content="Tokenwise">
<meta property="og:description" content="{e(a['summary'])}">
<meta name="twitter:card" content="summary">
"""
    date_text = long_date_us(a["published"])
    if a.get("date_only_in_url"):
        posted = f'<a href="__BASE__{a["path"]}" rel="bookmark">{date_text}</a>'
    else:
        posted = (
            f'<a href="__BASE__{a["path"]}" rel="bookmark"><time class="entry-date published" '
            f'datetime="{a["published"]}">{date_text}</time></a>'
        )
    cat_slug = slugify(a["category"])
    classes = " ".join(
        [f"post-{a['post_id']}", "post", "type-post", "status-publish", "format-standard", "hentry", f"category-{cat_slug}"]
        + [f"tag-{slugify(t)}" for t in a["tags"]]
    )
    tags = ", ".join(f'<a href="__BASE__/tag/{slugify(t)}/" rel="tag">{e(t)}</a>' for t in a["tags"])
    related = [b for b in arts if b is not a and set(b["tags"]) & set(a["tags"])][:3]
    if len(related) < 3:
        related += [b for b in arts if b is not a and b not in related][: 3 - len(related)]
    rel_html = "\n".join(
        f'        <div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="__BASE__{b["path"]}">{e(b["title"])}</a></h4>'
        f'<p class="jp-relatedposts-post-context">In &quot;{e(b["category"])}&quot;</p></div>'
        for b in related
    )
    idx = arts.index(a)
    newer = arts[idx - 1] if idx > 0 else None
    older = arts[idx + 1] if idx + 1 < len(arts) else None
    nav = ""
    if older:
        nav += f'<div class="nav-previous"><a href="__BASE__{older["path"]}" rel="prev"><span class="meta-nav">Previous post</span> {e(older["title"])}</a></div>'
    if newer:
        nav += f'<div class="nav-next"><a href="__BASE__{newer["path"]}" rel="next"><span class="meta-nav">Next post</span> {e(newer["title"])}</a></div>'
    share_url = f"__BASE__{a['path']}"
    return (
        tw_head(f"{a['title']} – Tokenwise", extra, charset)
        + tw_header(f"post-template-default single single-post postid-{a['post_id']} single-format-standard")
        + f"""  <div id="primary" class="content-area">
    <main id="main" class="site-main">
    <article id="post-{a['post_id']}" class="{classes}">
      <header class="entry-header">
        <h1 class="entry-title">{e(a['title'])}</h1>
        <div class="entry-meta">
          <span class="posted-on">Posted on {posted}</span>
          <span class="byline"> by {authors_en(a['authors'], tw_author_link)}</span>
          <span class="sep"> | </span><span class="comments-link"><a href="__BASE__{a['path']}#respond">Leave a Comment</a></span>
        </div>
      </header>
      <div class="entry-content">
      {body_html(a['body'])}
      </div><!-- .entry-content -->
      <div class="sharedaddy sd-sharing-enabled">
        <h3 class="sd-title">Share this:</h3>
        <ul class="share-buttons">
          <li class="share-twitter"><a href="https://twitter.com/intent/tweet?url={share_url}" class="share-twitter sd-button" rel="nofollow noopener" target="_blank">Share on X</a></li>
          <li class="share-facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="share-facebook sd-button" rel="nofollow noopener" target="_blank">Facebook</a></li>
          <li class="share-linkedin"><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={share_url}" class="share-linkedin sd-button" rel="nofollow noopener" target="_blank">LinkedIn</a></li>
          <li class="share-email"><a href="mailto:?subject={e(a['title'])}&amp;body={share_url}" class="share-email sd-button" rel="nofollow">Email</a></li>
        </ul>
      </div>
      <footer class="entry-footer">
        <span class="cat-links">Posted in <a href="__BASE__/category/{cat_slug}/" rel="category tag">{e(a['category'])}</a></span>
        <span class="tags-links">Tagged {tags}</span>
      </footer>
      <div id="jp-relatedposts" class="jp-relatedposts">
        <h3 class="jp-relatedposts-headline"><em>Related posts</em></h3>
{rel_html}
      </div>
    </article><!-- #post-{a['post_id']} -->
    <nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">{nav}</div></nav>
    <div id="comments" class="comments-area">
      <div id="respond" class="comment-respond">
        <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
        <form action="__BASE__/wp-comments-post.php" method="post" id="commentform" class="comment-form">
          <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
          <p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
          <p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text" size="30" required></p>
          <p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email" size="30" required></p>
          <p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url" size="30"></p>
          <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment">
          <input type="hidden" name="comment_post_ID" value="{a['post_id']}" id="comment_post_ID"></p>
        </form>
      </div>
    </div>
    </main>
  </div>
"""
        + tw_sidebar(arts)
        + tw_footer()
    )


def tw_archive(title: str, heading: str, items, arts, body_class: str, intro: str = "") -> str:
    entries = []
    for a in items:
        entries.append(
            f"""    <article id="post-{a['post_id']}" class="post-{a['post_id']} post type-post status-publish hentry">
      <header class="entry-header">
        <h2 class="entry-title"><a href="__BASE__{a['path']}" rel="bookmark">{e(a['title'])}</a></h2>
        <div class="entry-meta"><span class="posted-on">{long_date_us(a['published'])}</span> <span class="byline">by {authors_en(a['authors'])}</span></div>
      </header>
      <div class="entry-summary"><p>{e(a['summary'])} <a class="more-link" href="__BASE__{a['path']}">Continue reading<span class="screen-reader-text"> &ldquo;{e(a['title'])}&rdquo;</span></a></p></div>
    </article>"""
        )
    intro_html = f'\n      <div class="archive-description"><p>{e(intro)}</p></div>' if intro else ""
    return (
        tw_head(title, '<meta property="og:type" content="website">\n<meta property="og:title" content="' + e(title) + '">\n')
        + tw_header(body_class)
        + f"""  <div id="primary" class="content-area">
    <main id="main" class="site-main">
    <header class="page-header">
      <h1 class="page-title">{heading}</h1>{intro_html}
    </header>
"""
        + "\n".join(entries)
        + """
    </main>
  </div>
"""
        + tw_sidebar(arts)
        + tw_footer()
    )


def tw_feed(arts) -> str:
    items = []
    for a in arts:
        creators = "\n".join(f"      <dc:creator><![CDATA[{n}]]></dc:creator>" for n in a["authors"])
        cats = "\n".join(f"      <category><![CDATA[{c}]]></category>" for c in [a["category"]] + a["tags"])
        link = f"__BASE__{a['path']}?{TRACK_FEED.format('tokenwise-feed')}"
        items.append(
            f"""    <item>
      <title>{e(a['title'])}</title>
      <link>{e(link)}</link>
      <comments>__BASE__{a['path']}#respond</comments>
{creators}
      <pubDate>{rfc822(a['published'])}</pubDate>
{cats}
      <guid isPermaLink="false">__BASE__/?p={a['post_id']}</guid>
      <description><![CDATA[{a['summary']} [&#8230;]]]></description>
      <content:encoded><![CDATA[{body_html(a['body'], '')}]]></content:encoded>
      <slash:comments>0</slash:comments>
    </item>"""
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
  xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
  <channel>
    <title>Tokenwise</title>
    <atom:link href="__BASE__/feed/" rel="self" type="application/rss+xml" />
    <link>__BASE__/</link>
    <description>Notes on language models, one token at a time</description>
    <lastBuildDate>{rfc822(max_date(a['published'] for a in arts))}</lastBuildDate>
    <language>en-US</language>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>1</sy:updateFrequency>
    <generator>https://wordpress.org/?v=6.8.3</generator>
{chr(10).join(items)}
  </channel>
</rss>
"""


def build_tokenwise(rev: int):
    arts = tw_articles()
    files, pages, lastmod = {}, [], {}

    def page(rel, path, html, title, kind="not_article", a=None, date=None, encoding="utf-8"):
        files[rel] = html.encode(encoding, errors="strict")
        lastmod[rel] = date or STATIC_DATE
        pages.append((path, title, kind, a))

    newest = max_date(a["published"] for a in arts)
    for a in arts:
        enc = "cp1252" if a.get("legacy_charset") else "utf-8"
        kind = "charset" if a.get("legacy_charset") else ("non_ai" if a["category"] == "Off-topic" else "article")
        page(a["path"].strip("/") + "/index.html", a["path"], tw_article(a, arts), a["title"], kind, a, a["published"], enc)
    page("index.html", "/", tw_archive("Tokenwise – Notes on language models, one token at a time", "Latest posts", arts, arts, "home blog"),
         "Latest posts", date=newest)
    for t in sorted({t for a in arts for t in a["tags"]}):
        items = [a for a in arts if t in a["tags"]]
        page(f"tag/{slugify(t)}/index.html", f"/tag/{slugify(t)}/",
             tw_archive(f"{t} – Tokenwise", f"Tag: <span>{e(t)}</span>", items, arts, f"archive tag tag-{slugify(t)}"),
             f"Tag: {t}", date=max_date(a["published"] for a in items))
    for c in TW_CATEGORIES:
        items = [a for a in arts if a["category"] == c]
        page(f"category/{slugify(c)}/index.html", f"/category/{slugify(c)}/",
             tw_archive(f"{c} – Tokenwise", f"Category: <span>{e(c)}</span>", items, arts, f"archive category category-{slugify(c)}"),
             f"Category: {c}", date=max_date(a["published"] for a in items))
    for n in sorted({n for a in arts for n in a["authors"]}):
        items = [a for a in arts if n in a["authors"]]
        html = tw_archive(f"{n} – Tokenwise", f"Author: <span class=\"vcard\">{e(n)}</span>", items, arts,
                          f"archive author author-{slugify(n)}")
        enc = "utf-8"
        page(f"author/{slugify(n)}/index.html", f"/author/{slugify(n)}/", html, f"Author: {n}",
             date=max_date(a["published"] for a in items), encoding=enc)
    page("private/index.html", "/private/",
         tw_head("Staff area – Tokenwise") + "<body><h1>Staff area</h1><p>Drafts and embargoed posts. Not for crawlers.</p></body></html>\n",
         "Staff area")
    files["feed/index.xml"] = tw_feed(arts).encode()
    lastmod["feed/index.xml"] = newest
    files["robots.txt"] = (
        "User-agent: *\nCrawl-delay: 0.1\nDisallow: /wp-admin/\nDisallow: /private/\nAllow: /wp-admin/admin-ajax.php\n"
    ).encode()
    lastmod["robots.txt"] = STATIC_DATE
    files["wp-content/themes/minimalist-ink/style.css"] = TW_CSS.encode()
    lastmod["wp-content/themes/minimalist-ink/style.css"] = STATIC_DATE
    return files, pages, lastmod


# ---------------------------------------------------------------------------------------------
# The Frontier Ledger (news site)
# ---------------------------------------------------------------------------------------------

FL_BIOS = {
    "Maren Holt": "Maren Holt covers OpenAI, Anthropic and the economics of frontier AI from San Francisco.",
    "Samuel Adeyemi": "Samuel Adeyemi is a senior technology correspondent covering Google, Meta and AI research.",
    "Lin Zhao": "Lin Zhao reports on China's technology industry and its AI labs from Beijing.",
    "Clara Neumann": "Clara Neumann writes about Europe's technology sector and, occasionally, local government.",
    "Rafael Ortiz": "Rafael Ortiz covers AI start-ups, chips and the business of inference.",
}
FL_SECTIONS = ["Companies", "Research", "Analysis", "Local"]


def fl_articles():
    arts = []
    for a in FL.ARTICLES:
        a = dict(a)
        a["path"] = f"/{slugify(a['section'])}/{a['slug']}.html"
        arts.append(a)
    return sorted(arts, key=lambda a: dt(a["published"]), reverse=True)


def fl_head(title, extra):
    return f"""<!doctype html>
<html lang="en" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}</title>
  <link rel="stylesheet" href="__BASE__/static/ledger.css">
{extra}</head>
"""


def fl_top(arts):
    nav = "\n".join(f'        <li><a href="__BASE__/{slugify(s)}/">{e(s)}</a></li>' for s in FL_SECTIONS)
    return f"""<body class="ledger">
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to measure our audience and to keep you signed in. You can accept all cookies or only the ones we need to run the site. Details are in our privacy policy.</p>
  <button type="button" class="cookie-accept">Accept all</button>
  <button type="button" class="cookie-reject">Only necessary</button>
</div>
<header class="site-header">
  <div class="masthead"><a class="logo" href="__BASE__/"><img src="__BASE__/static/lead.svg" alt="" width="32" height="32"> The Frontier Ledger</a>
    <span class="tagline">Independent reporting on artificial intelligence</span>
    <a class="subscribe-cta" href="__BASE__/subscribe">Subscribe</a></div>
  <nav class="primary-nav" aria-label="Sections">
    <ul>
{nav}
    </ul>
  </nav>
</header>
"""


def fl_rail(arts):
    most = [a for a in arts if not a.get("non_ai")][:5]
    items = "\n".join(f'      <li><a href="__BASE__{a["path"]}">{e(a["title"])}</a></li>' for a in most)
    return f"""  <aside class="rail">
    <section class="most-read">
      <h3>Most read</h3>
      <ol>
{items}
      </ol>
    </section>
    <section class="newsletter-signup">
      <h3>The Weekly Ledger</h3>
      <p>Our best AI reporting in your inbox every Friday.</p>
      <form action="__BASE__/newsletter/subscribe" method="post">
        <input type="email" name="email" placeholder="you@example.com" required>
        <button type="submit">Sign up</button>
      </form>
    </section>
  </aside>
"""


def fl_bottom():
    return """<footer class="site-footer">
  <p class="copyright">&copy; 2025 The Frontier Ledger. All rights reserved.</p>
</footer>
<script src="__BASE__/static/consent.js" defer></script>
</body>
</html>
"""


def fl_author(n):
    return f'<span class="byline-name" itemprop="author">{t(n)}</span>'


def fl_jsonld(a, url, modified, free=True, based_on=None):
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": a["title"],
        "description": a["description"],
        "image": ["__BASE__/static/lead.svg"],
        "datePublished": a["published"],
        "dateModified": modified,
        "author": [{"@type": "Person", "name": n, "url": f"__BASE__/authors/{slugify(n)}"} for n in a["authors"]],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "The Frontier Ledger",
            "logo": {"@type": "ImageObject", "url": "__BASE__/static/lead.svg"},
        },
        "articleSection": a["section"],
        "keywords": a["keywords"],
        "isAccessibleForFree": free,
    }
    if not free:
        obj["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"}
    if based_on:
        obj["isBasedOn"] = based_on
    return jsonld(obj)


def fl_article(a, arts, rev, *, syndicated_from=None):
    modified = a.get("modified_v2") if (rev >= 2 and a.get("modified_v2")) else a["modified"]
    url = f"__BASE__{a['path']}"
    canonical = syndicated_from["url"] if syndicated_from else url
    paywalled = a.get("paywalled")
    extra = [
        f'  <meta name="description" content="{e(a["description"])}">',
        f'  <meta name="author" content="{e(", ".join(a["authors"]))}">',
        f'  <link rel="canonical" href="{canonical}">',
    ]
    if a.get("amp"):
        extra.append(f'  <link rel="amphtml" href="__BASE__/amp{a["path"]}">')
    extra += [
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:title" content="{e(a["title"])}">',
        f'  <meta property="og:description" content="{e(a["description"])}">',
        f'  <meta property="og:url" content="{canonical}">',
        '  <meta property="og:image" content="__BASE__/static/lead.svg">',
        '  <meta property="og:site_name" content="The Frontier Ledger">',
        f'  <meta property="article:published_time" content="{a["published"]}">',
        f'  <meta property="article:modified_time" content="{modified}">',
        f'  <meta property="article:section" content="{e(a["section"])}">',
    ]
    extra += [f'  <meta property="article:tag" content="{e(k)}">' for k in a["keywords"]]
    extra.append('  <meta name="twitter:card" content="summary_large_image">')
    extra.append("  " + fl_jsonld(a, canonical if syndicated_from else url, modified, not paywalled,
                                  syndicated_from["url"] if syndicated_from else None).replace("\n", "\n  "))
    if paywalled:
        teaser = paragraphs(a["body"])[:2]
        body = "\n      ".join(f"<p>{t(' '.join(p.split()))}</p>" for p in teaser)
        body += """
      <div class="paywalled" aria-hidden="true"></div>
      <div class="paywall-prompt">
        <h3>Subscribe to read</h3>
        <p>This article is for subscribers. Get unlimited access to The Frontier Ledger from $4 a month.</p>
        <a class="button" href="__BASE__/subscribe">Subscribe</a> <a class="signin" href="__BASE__/login">Sign in</a>
      </div>"""
    else:
        body = body_html(a["body"])
        if syndicated_from:
            body = (f'<p class="syndication-note"><em>This article first appeared on <a href="{syndicated_from["url"]}">'
                    f'{e(syndicated_from["site"])}</a> and is republished with permission.</em></p>\n      ' + body)
        if rev >= 2 and a.get("correction"):
            body += f'\n      <p class="correction"><em>{e(a["correction"])}</em></p>'
    updated = ""
    if modified and modified != a["published"]:
        updated = f' <span class="sep">&middot;</span> Updated <time class="modified" datetime="{modified}">{ap_datetime(modified)}</time>'
    bios = "\n".join(
        f'    <div class="author-bio"><h4>{e(n)}</h4><p>{e(FL_BIOS.get(n, "Contributor."))}</p></div>' for n in a["authors"]
    )
    return (
        fl_head(f"{a['title']} | The Frontier Ledger", "\n".join(extra) + "\n")
        + fl_top(arts)
        + f"""<main class="layout">
  <article class="story{' story--premium' if paywalled else ''}">
    <header class="story-header">
      <a class="kicker" href="__BASE__/{slugify(a['section'])}/">{e(a['section'])}</a>
      <h1 class="story-headline">{e(a['title'])}</h1>
      <p class="story-dek">{e(a['description'])}</p>
      <div class="byline">By {authors_en(a['authors'], fl_author)}</div>
      <div class="timestamps">Published <time class="published" datetime="{a['published']}">{ap_datetime(a['published'])}</time>{updated}</div>
    </header>
    <figure class="lead-image"><img src="__BASE__/static/lead.svg" alt="" width="1200" height="675"><figcaption>Illustration: The Frontier Ledger</figcaption></figure>
    <div class="article-body">
      {body}
    </div>
    <section class="author-bios">
{bios}
    </section>
  </article>
"""
        + fl_rail(arts)
        + "</main>\n"
        + fl_bottom()
    )


def fl_amp(a, rev):
    modified = a.get("modified_v2") if (rev >= 2 and a.get("modified_v2")) else a["modified"]
    url = f"__BASE__{a['path']}"
    return f"""<!doctype html>
<html ⚡ lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(a['title'])} | The Frontier Ledger</title>
  <link rel="canonical" href="{url}">
  <meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
  <script async src="https://cdn.ampproject.org/v0.js"></script>
  <style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
  <style amp-custom>body{{font-family:Georgia,serif;margin:0 1rem}}.amp-byline{{color:#555}}</style>
  {fl_jsonld(a, url, modified).replace(chr(10), chr(10) + '  ')}
</head>
<body>
  <header class="amp-header"><a href="__BASE__/">The Frontier Ledger</a></header>
  <article class="amp-story">
    <h1>{e(a['title'])}</h1>
    <p class="amp-byline">By {authors_en(a['authors'])} &middot; {ap_datetime(a['published'])}</p>
    <amp-img src="__BASE__/static/lead.svg" width="1200" height="675" layout="responsive" alt=""></amp-img>
    <div class="amp-body">
      {body_html(a['body'])}
    </div>
  </article>
  <footer><a href="{url}">View the full site</a></footer>
</body>
</html>
"""


def fl_listing(title, heading, items, arts):
    lis = "\n".join(
        f"""    <li class="story-card"><a class="story-card__link" href="__BASE__{a['path']}"><h2>{e(a['title'])}</h2></a>
      <p class="story-card__dek">{e(a['description'])}</p>
      <p class="story-card__meta">{authors_en(a['authors'])} &middot; <time datetime="{a['published']}">{ap_datetime(a['published'])}</time></p></li>"""
        for a in items
    )
    return (
        fl_head(title, '  <meta property="og:type" content="website">\n  <link rel="canonical" href="__BASE__/">\n'
                if heading == "Latest" else '  <meta property="og:type" content="website">\n')
        + fl_top(arts)
        + f"""<main class="layout">
  <section class="front">
  <h1 class="front-heading">{e(heading)}</h1>
  <ul class="story-list">
{lis}
  </ul>
  </section>
"""
        + fl_rail(arts)
        + "</main>\n"
        + fl_bottom()
    )


def build_frontier(rev: int, tw_by_id):
    arts = fl_articles()
    files, pages, lastmod = {}, [], {}

    def mod(a):
        return a.get("modified_v2") if (rev >= 2 and a.get("modified_v2")) else a["modified"]

    for a in arts:
        kind = "paywalled" if a.get("paywalled") else "non_ai" if a.get("non_ai") else "updated" if a.get("correction") else "article"
        files[a["path"].lstrip("/")] = fl_article(a, arts, rev).encode()
        lastmod[a["path"].lstrip("/")] = mod(a)
        pages.append((a["path"], a["title"], kind, a))
        if a.get("amp"):
            p = "/amp" + a["path"]
            files[p.lstrip("/")] = fl_amp(a, rev).encode()
            lastmod[p.lstrip("/")] = mod(a)
            pages.append((p, a["title"], "amp_copy", dict(a, canonical_of=a["path"], canonical_outlet="frontier-ledger")))
    # syndicated copy of a Tokenwise article
    s = FL.SYNDICATED
    src = tw_by_id[s["source_id"]]
    syn = dict(
        title=src["title"], description=src["summary"], published=s["published"], modified=s["published"],
        authors=src["authors"], section=s["section"], keywords=src["tags"], body=src["body"],
        path=f"/partner/{s['slug']}.html",
    )
    files[syn["path"].lstrip("/")] = fl_article(
        syn, arts, rev, syndicated_from={"url": f"__BASE_TOKENWISE__{src['path']}", "site": "Tokenwise"}
    ).encode()
    lastmod[syn["path"].lstrip("/")] = syn["published"]
    pages.append((syn["path"], syn["title"], "syndicated_copy",
                  dict(syn, modified=None, canonical_of=src["path"], canonical_outlet="tokenwise")))

    in_sitemap = arts + [syn]
    newest = max_date(mod(a) for a in in_sitemap)
    files["index.html"] = fl_listing("The Frontier Ledger – Independent reporting on artificial intelligence", "Latest", arts, arts).encode()
    lastmod["index.html"] = newest
    pages.append(("/", "Latest", "not_article", None))
    for sec in FL_SECTIONS:
        items = [a for a in arts if a["section"] == sec]
        rel = f"{slugify(sec)}/index.html"
        files[rel] = fl_listing(f"{sec} | The Frontier Ledger", sec, items, arts).encode()
        lastmod[rel] = max_date(mod(a) for a in items)
        pages.append((f"/{slugify(sec)}/", sec, "not_article", None))
    files["private/index.html"] = fl_head("Private | The Frontier Ledger", "").encode() + b"<body><h1>Newsroom tools</h1><p>Staff only.</p></body></html>\n"
    lastmod["private/index.html"] = STATIC_DATE
    pages.append(("/private/", "Newsroom tools", "not_article", None))

    news = "\n".join(
        f"""  <url>
    <loc>__BASE__{a['path']}</loc>
    <news:news>
      <news:publication>
        <news:name>The Frontier Ledger</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>{a['published']}</news:publication_date>
      <news:title>{e(a['title'])}</news:title>
      <news:keywords>{e(', '.join(a['keywords']))}</news:keywords>
    </news:news>
  </url>"""
        for a in sorted(in_sitemap, key=lambda a: dt(a["published"]), reverse=True)
    )
    files["sitemap-news.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
        '        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + news + "\n</urlset>\n"
    ).encode()
    lastmod["sitemap-news.xml"] = max_date(a["published"] for a in in_sitemap)
    urls = "\n".join(
        f"  <url>\n    <loc>__BASE__{a['path']}</loc>\n    <lastmod>{mod(a)}</lastmod>\n  </url>"
        for a in sorted(in_sitemap, key=lambda a: dt(a["published"]))
    )
    home = f"  <url>\n    <loc>__BASE__/</loc>\n    <lastmod>{newest}</lastmod>\n    <changefreq>hourly</changefreq>\n  </url>\n"
    files["sitemap-articles.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + home + urls + "\n</urlset>\n"
    ).encode()
    lastmod["sitemap-articles.xml"] = newest
    files["sitemap-index.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>__BASE__/sitemap-news.xml</loc>
    <lastmod>{lastmod['sitemap-news.xml']}</lastmod>
  </sitemap>
  <sitemap>
    <loc>__BASE__/sitemap-articles.xml</loc>
    <lastmod>{newest}</lastmod>
  </sitemap>
</sitemapindex>
""".encode()
    lastmod["sitemap-index.xml"] = newest
    files["robots.txt"] = (
        "# The Frontier Ledger\nUser-agent: CCBot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nDisallow: /search\n"
        "Disallow: /login\nDisallow: /subscribe\nDisallow: /newsletter/\n\nSitemap: __BASE__/sitemap-index.xml\n"
    ).encode()
    lastmod["robots.txt"] = STATIC_DATE
    files["static/lead.svg"] = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">'
        b'<rect width="1200" height="675" fill="#1d2b3a"/><circle cx="600" cy="337" r="160" fill="#e8b34b"/></svg>\n'
    )
    lastmod["static/lead.svg"] = STATIC_DATE
    files["static/ledger.css"] = FL_CSS.encode()
    files["static/consent.js"] = b"document.querySelectorAll('.cookie-banner button').forEach(function(b){b.onclick=function(){b.parentNode.remove();};});\n"
    lastmod["static/ledger.css"] = lastmod["static/consent.js"] = STATIC_DATE
    return files, pages, lastmod


# ---------------------------------------------------------------------------------------------
# OpenWeights Lab (research blog)
# ---------------------------------------------------------------------------------------------

OW_PER_PAGE = 6


def ow_articles(rev):
    arts = []
    for a in OW.ARTICLES:
        if a.get("revision", 1) > rev:
            continue
        a = dict(a)
        a["path"] = f"/blog/{a['slug']}/"
        arts.append(a)
    return sorted(arts, key=lambda a: dt(a["published"]), reverse=True)


def ow_head(title, extra=""):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" type="application/atom+xml" title="OpenWeights Lab blog" href="__BASE__/feed.atom">
<link rel="icon" href="__BASE__/favicon.svg">
<link rel="stylesheet" href="__BASE__/assets/lab.css">
{extra}</head>
<body>
<div class="site">
<header class="topbar">
  <a class="brand" href="__BASE__/"><span class="brand-mark">OW</span> OpenWeights Lab</a>
  <nav class="topnav"><a href="__BASE__/">Home</a> <a href="__BASE__/blog/">Blog</a> <a href="__BASE__/feed.atom">Atom feed</a></nav>
</header>
"""


OW_FOOT = """<footer class="site-footer">
  <p>OpenWeights Lab evaluates open and closed language models on shared, public harnesses.
  Text on this blog is licensed CC BY 4.0.</p>
</footer>
</div>
</body>
</html>
"""


def ow_article(a, arts):
    url = f"__BASE__{a['path']}"
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": a["title"],
        "description": a["summary"],
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": a["published"],
        "author": [{"@type": "Person", "name": n} for n in a["authors"]],
        "publisher": {"@type": "Organization", "name": "OpenWeights Lab", "url": "__BASE__/"},
        "keywords": ", ".join(a["tags"]),
        "wordCount": words(a["body"]),
        "inLanguage": "en",
    }
    if a.get("modified"):
        ld["dateModified"] = a["modified"]
    extra = (
        f'<meta name="description" content="{e(a["summary"])}">\n'
        f'<link rel="canonical" href="{url}">\n'
        f'<meta property="og:title" content="{e(a["title"])}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{url}">\n'
        + jsonld(ld) + "\n"
    )
    idx = arts.index(a)
    pager = []
    if idx + 1 < len(arts):
        b = arts[idx + 1]
        pager.append(f'<a class="pager-prev" href="__BASE__{b["path"]}">&larr; {e(b["title"])}</a>')
    if idx > 0:
        b = arts[idx - 1]
        pager.append(f'<a class="pager-next" href="__BASE__{b["path"]}">{e(b["title"])} &rarr;</a>')
    updated = ""
    if a.get("modified"):
        updated = f' &middot; updated <time datetime="{a["modified"]}">{long_date_eu(a["modified"])}</time>'
    tags = "".join(f'<li class="post-tag">{e(t)}</li>' for t in a["tags"])
    authors = "".join(f'<span class="post-author">{e(n)}</span>' for n in a["authors"])
    first = a["authors"][0].split()[-1]
    year = dt(a["published"]).year
    return (
        ow_head(f"{a['title']} · OpenWeights Lab", extra)
        + f"""<main class="container">
  <article class="post-full">
    <div class="post-header">
      <ul class="post-tags">{tags}</ul>
      <h1 class="post-title">{e(a['title'])}</h1>
      <p class="post-lede">{e(a['summary'])}</p>
      <div class="post-authors">{authors}</div>
      <div class="post-date"><time datetime="{a['published']}">{long_date_eu(a['published'])}</time>{updated}</div>
    </div>
    <div class="post-content">
      {body_html(a['body'])}
    </div>
    <div class="post-footer">
      <h3>Cite this post</h3>
      <pre class="citation">@misc{{{slugify(first)}{year}{a['slug'].split('-')[0]},
  title  = {{{e(a['title'])}}},
  author = {{{e(' and '.join(a['authors']))}}},
  year   = {{{year}}},
  url    = {{{url}}}
}}</pre>
    </div>
  </article>
  <nav class="pager">{' '.join(pager)}</nav>
</main>
"""
        + OW_FOOT
    )


def ow_listing(arts, page_no, pages):
    chunk = arts[(page_no - 1) * OW_PER_PAGE: page_no * OW_PER_PAGE]

    def page_url(n):
        return "__BASE__/blog/" if n == 1 else f"__BASE__/blog/page/{n}/"

    extra = f'<link rel="canonical" href="{page_url(page_no)}">\n'
    if page_no > 1:
        extra += f'<link rel="prev" href="{page_url(page_no - 1)}">\n'
    if page_no < pages:
        extra += f'<link rel="next" href="{page_url(page_no + 1)}">\n'
    cards = "\n".join(
        f"""    <li class="post-card">
      <h2 class="post-card-title"><a href="__BASE__{a['path']}">{e(a['title'])}</a></h2>
      <p class="post-card-meta"><time datetime="{a['published']}">{long_date_eu(a['published'])}</time> &middot; {authors_en(a['authors'])}</p>
      <p class="post-card-excerpt">{e(a['summary'])}</p>
    </li>"""
        for a in chunk
    )
    nav = []
    if page_no > 1:
        nav.append(f'<a class="newer-posts" rel="prev" href="{page_url(page_no - 1)}">&larr; Newer posts</a>')
    nav.append(f'<span class="page-number">Page {page_no} of {pages}</span>')
    if page_no < pages:
        nav.append(f'<a class="older-posts" rel="next" href="{page_url(page_no + 1)}">Older posts &rarr;</a>')
    title = "Blog · OpenWeights Lab" if page_no == 1 else f"Blog (page {page_no}) · OpenWeights Lab"
    return (
        ow_head(title, extra)
        + f"""<main class="container">
  <h1 class="listing-title">Blog</h1>
  <ul class="post-list">
{cards}
  </ul>
  <nav class="pagination">{' '.join(nav)}</nav>
</main>
"""
        + OW_FOOT
    ), title


def ow_atom(arts):
    entries = []
    for a in arts:
        authors = "".join(f"\n    <author><name>{e(n)}</name></author>" for n in a["authors"])
        cats = "".join(f'\n    <category term="{e(t)}"/>' for t in a["tags"])
        link = f"__BASE__{a['path']}?{TRACK_FEED.format('lab-blog')}"
        entries.append(
            f"""  <entry>
    <id>tag:openweights-lab.example,2025:blog/{a['slug']}</id>
    <title>{e(a['title'])}</title>
    <link rel="alternate" type="text/html" href="{e(link)}"/>
    <published>{a['published']}</published>
    <updated>{a.get('modified') or a['published']}</updated>{authors}{cats}
    <summary>{e(a['summary'])}</summary>
  </entry>"""
        )
    updated = max_date(a.get("modified") or a["published"] for a in arts)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>tag:openweights-lab.example,2025:blog</id>
  <title>OpenWeights Lab blog</title>
  <subtitle>Evaluations of open and closed language models</subtitle>
  <link rel="self" type="application/atom+xml" href="__BASE__/feed.atom"/>
  <link rel="alternate" type="text/html" href="__BASE__/blog/"/>
  <updated>{updated}</updated>
  <generator>labsite 0.9</generator>
{chr(10).join(entries)}
</feed>
""", updated


def build_openweights(rev: int):
    arts = ow_articles(rev)
    files, pages, lastmod = {}, [], {}
    for a in arts:
        rel = a["path"].strip("/") + "/index.html"
        files[rel] = ow_article(a, arts).encode()
        lastmod[rel] = a.get("modified") or a["published"]
        kind = "new_in_v2" if a.get("revision", 1) == 2 else "article"
        pages.append((a["path"], a["title"], kind, a))
    n_pages = -(-len(arts) // OW_PER_PAGE)
    for n in range(1, n_pages + 1):
        html, title = ow_listing(arts, n, n_pages)
        rel = "blog/index.html" if n == 1 else f"blog/page/{n}/index.html"
        files[rel] = html.encode()
        chunk = arts[(n - 1) * OW_PER_PAGE: n * OW_PER_PAGE]
        lastmod[rel] = max_date(a.get("modified") or a["published"] for a in chunk)
        pages.append(("/" + rel[: -len("index.html")], title, "not_article", None))
    latest = "\n".join(
        f'    <li><a href="__BASE__{a["path"]}">{e(a["title"])}</a> <time datetime="{a["published"]}">{long_date_eu(a["published"])}</time></li>'
        for a in arts[:3]
    )
    files["index.html"] = (
        ow_head("OpenWeights Lab – open evaluations of language models",
                '<link rel="canonical" href="__BASE__/">\n<meta name="description" content="An independent lab that evaluates language models on public harnesses.">\n')
        + f"""<main class="container home">
  <section class="hero">
    <h1>Open evaluations of language models</h1>
    <p>We run open-weights and API models on the same harnesses, publish every prompt and output, and write up what we find.</p>
  </section>
  <section class="latest">
    <h2>Latest from the blog</h2>
    <ul>
{latest}
    </ul>
    <p><a href="__BASE__/blog/">All posts</a></p>
  </section>
</main>
"""
        + OW_FOOT
    ).encode()
    feed, updated = ow_atom(arts)
    lastmod["index.html"] = updated
    pages.append(("/", "Open evaluations of language models", "not_article", None))
    files["feed.atom"] = feed.encode()
    lastmod["feed.atom"] = updated
    files["robots.txt"] = b"User-agent: *\nDisallow: /private/\nDisallow: /internal-evals/\n"
    lastmod["robots.txt"] = STATIC_DATE
    files["favicon.svg"] = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#2b6"/></svg>\n'
    lastmod["favicon.svg"] = STATIC_DATE
    files["assets/lab.css"] = OW_CSS.encode()
    lastmod["assets/lab.css"] = STATIC_DATE
    return files, pages, lastmod


# ---------------------------------------------------------------------------------------------


def build_revision(rev: int):
    tw = build_tokenwise(rev)
    tw_by_id = {a["id"]: a for a in tw_articles()}
    return {
        "tokenwise": tw,
        "frontier-ledger": build_frontier(rev, tw_by_id),
        "openweights-lab": build_openweights(rev),
    }


def manifest_entry(outlet, path, title, kind, a, first_rev):
    is_article = kind != "not_article"
    return {
        "outlet": outlet,
        "path": path,
        "title": title,
        "published": a["published"] if is_article else None,
        "modified": (a.get("modified_v2") or a.get("modified")) if is_article else None,
        "authors": list(a["authors"]) if is_article else [],
        "kind": kind,
        "canonical_of": a.get("canonical_of") if is_article else None,
        "canonical_outlet": a.get("canonical_outlet") if is_article else None,
        "revision": first_rev,
    } | ({"modified_rev1": a["modified"]} if is_article and a.get("modified_v2") else {})


def main() -> None:
    revs = {1: build_revision(1), 2: build_revision(2)}
    for outlet in OUTLETS:
        shutil.rmtree(SITE / outlet, ignore_errors=True)
    lastmod_out = {"1": {}, "2": {}}
    manifest = []
    seen = set()
    for outlet in OUTLETS:
        f1, p1, l1 = revs[1][outlet]
        f2, p2, l2 = revs[2][outlet]
        for rel, data in f1.items():
            out = SITE / outlet / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        for rel, data in f2.items():
            if f1.get(rel) != data:
                out = SITE / outlet / v2_name(rel)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(data)
        assert set(f1) <= set(f2), f"{outlet}: revision 2 may not delete files"
        lastmod_out["1"].update({f"{outlet}/{k}": v for k, v in l1.items()})
        lastmod_out["2"].update({f"{outlet}/{k}": v for k, v in l2.items()})
        for rev, plist in ((1, p1), (2, p2)):
            for path, title, kind, a in plist:
                if (outlet, path) in seen:
                    continue
                seen.add((outlet, path))
                manifest.append(manifest_entry(outlet, path, title, kind, a, rev))
    (SITE / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (SITE / "lastmod.json").write_text(json.dumps(lastmod_out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    n_art = sum(1 for m in manifest if m["kind"] != "not_article")
    print(f"wrote {len(manifest)} manifest entries ({n_art} article pages) to {SITE}")


if __name__ == "__main__":
    main()
