"""Article metadata from one parsed page: JSON-LD, meta tags, markup conventions, URL and text.

Layered like trafilatura's ``metadata.py``: every reader is a small function over a
``Page`` (the tree, its meta tags and JSON-LD nodes, computed once); ``extract.py`` decides
precedence. Nothing here raises on odd markup: a broken JSON-LD block is skipped.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from pipeline.extract.textclean import clean_line
from spiders.dates import MONTH_RE as _MONTH_RE
from spiders.dates import format_instant, parse_page_date, text_date, url_date  # noqa: F401 (md.text_date, md.url_date)
from spiders.items import ARTICLE_TYPES


# --- the page, computed once ------------------------------------------------------------
class Page:
    """Precomputed views of a tree shared by all readers (Fundus' ``precomputed``)."""

    __slots__ = ("tree", "url", "meta", "metas", "jsonld", "article_node", "base")

    def __init__(self, tree, url: str):
        self.tree = tree
        self.url = url or ""
        self.meta: dict[str, str] = {}
        self.metas: dict[str, list[str]] = {}
        self.base = self.url
        for el in tree.iter("meta"):
            key = (el.get("property") or el.get("name") or el.get("itemprop")
                   or el.get("http-equiv") or "").strip().lower()
            val = el.get("content")
            if not key or val is None:
                continue
            val = clean_line(val)
            if not val:
                continue
            self.metas.setdefault(key, []).append(val)
            self.meta.setdefault(key, val)
        for el in tree.iter("base"):
            if el.get("href"):
                self.base = urljoin(self.url, el.get("href").strip())
                break
        self.jsonld = list(_jsonld_nodes(tree))
        self.article_node = _pick_article(self.jsonld)

    def absolute(self, href: str | None) -> str | None:
        if not href or not isinstance(href, str):
            return None
        href = href.strip()
        if not href or href.startswith(("javascript:", "data:", "mailto:")):
            return None
        try:
            out = urljoin(self.base, href)
        except ValueError:
            return None
        return out if urlsplit(out).scheme in ("http", "https") else (out or None)


def _loads(raw: str):
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw[4:]
    if raw.endswith("-->"):
        raw = raw[:-3]
    raw = raw.strip().removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        pass
    # common breakage: trailing commas, raw newlines inside strings
    fixed = re.sub(r",\s*([}\]])", r"\1", raw)
    try:
        return json.loads(fixed, strict=False)
    except (ValueError, RecursionError):
        return None


def _jsonld_nodes(tree):
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        data = _loads(script.text)
        stack, seen = [data], 0
        while stack and seen < 500:
            item = stack.pop(0)
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
                yield item
                main = item.get("mainEntity")
                if isinstance(main, (dict, list)):
                    stack.append(main)


def _types(node) -> set[str]:
    t = node.get("@type") if isinstance(node, dict) else None
    if isinstance(t, str):
        t = [t]
    if not isinstance(t, list):
        return set()
    return {x.rsplit("/", 1)[-1].lower() for x in t if isinstance(x, str)}


def _pick_article(nodes):
    best, best_score = None, 0
    for node in nodes:
        types = _types(node)
        score = 0
        if types & ARTICLE_TYPES:
            score = 3
        elif types & {"webpage", "itempage"} and ("headline" in node or "datePublished" in node):
            score = 1
        if score and "articleBody" in node:
            score += 1
        if score > best_score:
            best, best_score = node, score
    return best


def _resolve(page: Page, val):
    """Follow a JSON-LD ``{"@id": …}`` reference to the node it names (if present on the page)."""
    if isinstance(val, list):
        val = val[0] if val else None
    if isinstance(val, dict) and set(val) <= {"@id", "@type"} and val.get("@id"):
        for node in page.jsonld:
            if node.get("@id") == val["@id"] and len(node) > len(val):
                return node
    return val


_PAYWALLED_TIERS = {"locked", "metered", "premium", "subscriber", "subscription", "paid"}


def _free_value(val) -> bool | None:
    if isinstance(val, bool):
        return val
    if isinstance(val, int):
        return bool(val)
    if isinstance(val, str):
        v = val.strip().lower().rsplit("/", 1)[-1]  # "https://schema.org/False" too
        if v in ("false", "no", "0"):
            return False
        if v in ("true", "yes", "1"):
            return True
    return None


def _jsonld_free(node, depth: int = 0) -> bool | None:
    """``isAccessibleForFree`` wherever the page's JSON-LD puts it (on the article, inside
    ``hasPart`` or ``isPartOf``, in a list); False as soon as any part says not free."""
    if depth > 6:
        return None
    found = None
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, val in items:
        if key == "isAccessibleForFree":
            f = _free_value(val[0] if isinstance(val, list) and val else val)
        elif isinstance(val, (dict, list)):
            f = _jsonld_free(val, depth + 1)
        else:
            continue
        if f is False:
            return False
        found = found or f
    return found


def paywall_declared(page: Page) -> bool | None:
    """What the page says of its own access: True for paywalled (``isAccessibleForFree`` false in
    JSON-LD or microdata, ``article:content_tier`` locked or metered), False for declared free,
    None when it says nothing."""
    declared = None
    for node in page.jsonld:
        f = _jsonld_free(node)
        if f is False:
            return True
        declared = declared if f is None else False
    f = _free_value(page.meta.get("isaccessibleforfree"))
    if f is False:
        return True
    tier = (page.meta.get("article:content_tier") or page.meta.get("og:article:content_tier") or "").lower()
    if tier in _PAYWALLED_TIERS:
        return True
    if f is True or tier == "free":
        declared = False
    return declared


def jsonld_value(page: Page, key: str):
    node = page.article_node
    if node is not None and node.get(key) not in (None, "", []):
        return node.get(key)
    return None


def _text(val) -> str | None:
    if isinstance(val, list):
        val = next((v for v in val if v), None)
    if isinstance(val, dict):
        val = val.get("name") or val.get("@value")
    if isinstance(val, (int, float)) and not isinstance(val, bool):
        val = str(val)
    if not isinstance(val, str):
        return None
    val = clean_line(_strip_tags(val))
    return val or None


_TAG = re.compile(r"<[^>]{0,400}>")


def _strip_tags(s: str) -> str:
    if "<" in s and ">" in s:
        s = _TAG.sub(" ", s)
    if "&" in s:
        import html
        s = html.unescape(s)
    return s


# --- simple fields ----------------------------------------------------------------------
def canonical_url(page: Page) -> str | None:
    for el in page.tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split():
            u = page.absolute(el.get("href"))
            if u:
                return u
    u = page.absolute(page.meta.get("og:url"))
    if u:
        return u
    node = page.article_node
    if node:
        for key in ("url", "mainEntityOfPage"):
            val = node.get(key)
            if isinstance(val, dict):
                val = val.get("@id") or val.get("url")
            u = page.absolute(val if isinstance(val, str) else None)
            if u:
                return u
    return None


def site_name(page: Page) -> str | None:
    val = page.meta.get("og:site_name") or page.meta.get("application-name")
    if val:
        return val
    pub = _resolve(page, jsonld_value(page, "publisher"))
    name = _text(pub.get("name") if isinstance(pub, dict) else pub)
    if name and not name.startswith("http"):
        return name
    for node in page.jsonld:
        if _types(node) & {"website", "organization", "newsmediaorganization"}:
            name = _text(node.get("name"))
            if name:
                return name
    return None


_TITLE_SEPS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+|\s*[_｜|]\s*(?=[\u3000-\u9fff\uac00-\ud7af])")
_TITLE_SEP_START = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+|\s*[_｜|-]")


def clean_title(title: str | None, site: str | None) -> str | None:
    """Drop " | Site name" style suffixes (and prefixes) from a title."""
    if not title:
        return None
    title = clean_line(_strip_tags(title))
    parts = _TITLE_SEPS.split(title)
    if len(parts) > 1:
        s = (site or "").lower().strip()

        def is_site(p: str) -> bool:
            p = p.lower().strip()
            if s and (p == s or p in s or s in p):
                return True
            return False

        while len(parts) > 1 and is_site(parts[-1]):
            parts.pop()
        while len(parts) > 1 and is_site(parts[0]):
            parts.pop(0)
        if len(parts) > 1 and not s:
            # unknown site: drop a short last part when the rest is clearly the headline
            last = parts[-1]
            looks_like_name = all(w[:1].isupper() or w[:1].isdigit() or "." in w for w in last.split())
            if looks_like_name and len(last.split()) <= 3 and len(" ".join(parts[:-1]).split()) >= 3:
                parts.pop()
        # keep the original separators of the surviving run
        if len(parts) < len(_TITLE_SEPS.split(title)):
            start = title.find(parts[0])
            end = title.rfind(parts[-1]) + len(parts[-1])
            if 0 <= start < end:
                title = title[start:end]
    return title.strip() or None


def _h1(page: Page) -> str | None:
    for el in page.tree.iter("h1"):
        t = clean_line(el.text_content())
        if t:
            return t
    return None


def title(page: Page, site: str | None) -> str | None:
    val = _text(jsonld_value(page, "headline")) or _text(jsonld_value(page, "name"))
    if val:
        return clean_title(val, site)
    raw = None
    for key in ("og:title", "twitter:title"):
        if page.meta.get(key):
            raw = page.meta[key]
            break
    if raw is None:
        for el in page.tree.iter("title"):
            raw = el.text_content() if hasattr(el, "text_content") else (el.text or "")
            break
    h1 = _h1(page)
    if raw and raw.strip():
        raw = clean_line(_strip_tags(raw))
        if h1 and h1 != raw and raw.startswith(h1) and _TITLE_SEP_START.match(raw[len(h1):]):
            return h1  # "<h1 text> | Section | Site"
        return clean_title(raw, site)
    return h1


def description(page: Page) -> str | None:
    for key in ("og:description", "description", "twitter:description", "dc.description"):
        if page.meta.get(key):
            return clean_line(_strip_tags(page.meta[key])) or None
    return _text(jsonld_value(page, "description"))


def image(page: Page) -> str | None:
    for key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"):
        u = page.absolute(page.meta.get(key))
        if u:
            return u
    val = jsonld_value(page, "image")
    if isinstance(val, list):
        val = val[0] if val else None
    if isinstance(val, dict):
        val = val.get("url") or val.get("contentUrl") or val.get("@id")
    return page.absolute(val if isinstance(val, str) else None)


def tags(page: Page) -> list[str]:
    out: list[str] = []
    kw = jsonld_value(page, "keywords")
    if isinstance(kw, str):
        out.extend(kw.split(","))
    elif isinstance(kw, list):
        out.extend(k for k in kw if isinstance(k, str))
    out.extend(page.metas.get("article:tag", []))
    if not out and page.meta.get("news_keywords"):
        out.extend(page.meta["news_keywords"].split(","))
    for a in page.tree.iter("a"):
        if "tag" in (a.get("rel") or "").lower().split():
            out.append(a.text_content())
    return _dedupe(clean_line(t) for t in out if isinstance(t, str))


def _dedupe(items) -> list[str]:
    seen, out = set(), []
    for it in items:
        if not it:
            continue
        key = it.casefold()
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def language(page: Page) -> str | None:
    root = page.tree.getroottree().getroot() if hasattr(page.tree, "getroottree") else page.tree
    for val in (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"),
                page.meta.get("og:locale"), page.meta.get("content-language"),
                page.meta.get("language"), page.meta.get("dc.language"),
                _text(jsonld_value(page, "inLanguage"))):
        code = _lang_code(val)
        if code:
            return code
    return None


def _lang_code(val) -> str | None:
    if not isinstance(val, str):
        return None
    m = re.match(r"\s*([a-zA-Z]{2})(?:[-_,;\s]|$)", val)
    return m.group(1).lower() if m else None


_STOPWORDS = {
    "en": "the and of to in is that for it with as on was be are this by at from have not",
    "de": "der die und das ist nicht mit sich den des auf für ein eine dem von zu auch",
    "fr": "le la les et des est une un du que dans pour pas qui sur au avec ce il",
    "es": "el la los las de que y en un una es por con para del se no al lo",
    "it": "il di che la e un una per non del della sono con le si gli al da",
    "pt": "o a de que e do da em um uma para com não os no na se por as",
    "nl": "de het een en van is dat op te in zijn niet met voor er aan ook",
}
_STOP = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}


def guess_language(text: str) -> str | None:
    """Cheap guess: script for CJK/Cyrillic/…, stopword counts for Latin-script languages."""
    if not text:
        return None
    sample = text[:3000]
    if re.search(r"[\u3040-\u30ff]", sample):
        return "ja"
    if len(re.findall(r"[\uac00-\ud7af]", sample)) > 10:
        return "ko"
    if len(re.findall(r"[\u4e00-\u9fff]", sample)) > 10:
        return "zh"
    if len(re.findall(r"[\u0400-\u04ff]", sample)) > 20:
        return "ru"
    if len(re.findall(r"[\u0600-\u06ff]", sample)) > 20:
        return "ar"
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 5:
        return None
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOP.items()}
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    return lang if n >= 2 and n >= 0.05 * len(words) else None


# --- dates ------------------------------------------------------------------------------
# One parser for the whole project: spiders.dates. A page's dates go through parse_page_date
# (JSON-LD shapes, epoch numbers, dates in prose, years 1995 .. next year); fmt is the one
# stored form, YYYY-MM-DDTHH:MM:SSZ.
parse_date = parse_page_date
fmt = format_instant


_PUB_META = ("article:published_time", "og:article:published_time", "article:published", "datepublished",
             "og:published_time", "published_time", "publishdate", "publish-date", "pubdate",
             "publication_date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.date",
             "dc.date", "dcterms.created", "date", "article.published", "cxenseparse:recs:publishtime")
_MOD_META = ("article:modified_time", "og:updated_time", "datemodified", "og:article:modified_time",
             "modified_time", "last-modified", "dcterms.modified", "article.updated", "updated_time")


_ITEMPROP_DATES = etree.XPath("//*[@itemprop='datePublished' or @itemprop='dateModified']")


def structured_dates(page: Page) -> dict:
    """``{"published": (dt, source), "modified": (dt, source)}`` from JSON-LD, meta and <time>."""
    out: dict = {}
    node = page.article_node
    if node:
        for field, key in (("published", "datePublished"), ("modified", "dateModified")):
            dt = parse_date(node.get(key))
            if field == "published" and dt is None:
                dt = parse_date(node.get("dateCreated"))
            if dt:
                out[field] = (dt, "json-ld")
    for field, keys in (("published", _PUB_META), ("modified", _MOD_META)):
        if field in out:
            continue
        for key in keys:
            dt = parse_date(page.meta.get(key))
            if dt:
                out[field] = (dt, "meta")
                break
    if "published" not in out or "modified" not in out:
        # microdata on any element, e.g. <time itemprop="datePublished" datetime=…>
        for el in _ITEMPROP_DATES(page.tree):
            prop = el.get("itemprop")
            if prop in ("datePublished", "dateModified"):
                field = "published" if prop == "datePublished" else "modified"
                if field not in out:
                    dt = parse_date(el.get("datetime") or el.get("content") or el.text_content())
                    if dt:
                        out[field] = (dt, "meta")
    return out


def time_tag_date(page: Page) -> datetime | None:
    """The first ``<time datetime>`` (or one marked pubdate) in the page."""
    first = None
    for el in page.tree.iter("time"):
        dt = parse_date(el.get("datetime"))
        if not dt:
            continue
        if el.get("pubdate") is not None or "publish" in (el.get("class") or "").lower():
            return dt
        first = first or dt
    return first


_DATELINE_XPATH = etree.XPath(
    ".//*[" + " or ".join(f"contains(@class, '{w}') or contains(@id, '{w}')" for w in (
        "date", "Date", "byline", "Byline", "posted", "entry-meta", "dateline", "time", "meta")) + "]"
)
_POSTED = re.compile(r"(?:posted|published|updated|written)\s+(?:on|at)?\s*:?\s*", re.I)


def visible_text_date(page: Page) -> datetime | None:
    """A date in a byline/dateline-like element, else after "Posted on" in the body text."""
    body = page.tree.find(".//body")
    if body is None:
        return None
    for el in _DATELINE_XPATH(body):
        if el.tag not in ("script", "style"):
            txt = el.text_content()
            if len(txt) < 300:
                dt = text_date(txt)
                if dt:
                    return dt
    txt = body.text_content()[:20000]
    for m in _POSTED.finditer(txt):
        dt = text_date(txt[m.end(): m.end() + 40])
        if dt:
            return dt
    return None


# --- authors ----------------------------------------------------------------------------
_BY = re.compile(r"^\s*(?:written\s+|posted\s+|reported\s+)?by\s*:?\s+", re.I)
_ROLE = re.compile(
    r"(?:,|\s[-–—|]|\s+is\s+(?:a|an|the))\s+.*?\b(?:writer|editor|reporter|correspondent|contributor|columnist|"
    r"staff|journalist|producer|analyst|author|intern|fellow|researcher|scientist|engineer|photographer|"
    r"director|manager|chief|head|professor|lead)\b.*$", re.I)
_ROLE_WORDS = re.compile(
    r"\b(?:staff\s+writer|senior\s+\w+|contributing\s+\w+|associate\s+\w+|\w+\s+editor|\w+\s+reporter|"
    r"editor|reporter|correspondent|contributor|columnist)\b$", re.I)
_NOISE = re.compile(
    r"email the author|e-mail the author|follow (?:on|me|us)|contact the author|view all posts|more by|"
    r"twitter|facebook|linkedin|updated|published|posted|minute read|min read|\bread\b|"
    r"\bcomments?\b|@\w+|https?://\S+|\S+@\S+", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\bwith\b|·|•|/)\s*", re.I)
_NAME_OK = re.compile(r"^[^\W\d_][\w.'’\- ]*[\w.]$", re.UNICODE)


_ORG_WORDS = re.compile(
    r"\b(?:press|news|business|staff|media|magazine|agency|reuters|afp|wire|desk|team|newsroom|editorial|"
    r"international|times|post|daily|journal|tribune|herald|gazette|network|online|digital|blog|inc|ltd|llc|"
    r"corporation|company|department|office|university|institute|associated|bureau)\b", re.I)


_ROLE_END = frozenset(
    "writer editor editor-at-large reporter correspondent columnist contributor producer analyst intern "
    "photographer critic anchor author journalist fellow director manager ms md phd rdn rd cpa".split())
_PARTICLES = frozenset("van von de da del della der den di du la le ter bin al el y e".split())
_COMMENTER = re.compile(r"\bcommented\b|\bsays:|\breplied\b|\breply\b", re.I)


def clean_authors(values, site: str | None = None) -> list[str]:
    """Turn raw byline strings / JSON-LD values into a deduplicated list of person names.

    Organisations ("CNN Business", "Associated Press", the site's own name) are dropped.
    """
    names: list[str] = []
    site_key = (site or "").casefold().strip()
    for raw in values:
        if not raw:
            continue
        raw = clean_line(_strip_tags(raw))
        if _COMMENTER.search(raw):
            continue
        raw = re.sub(r"^\s*(?:analysis|opinion|commentary|review|text|story|words|photos?)\s+by\s+", "", raw, flags=re.I)
        # cut at a glued date or time
        raw = re.split(_MONTH_RE + r"\s+\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}:\d{2}", raw,
                       maxsplit=1, flags=re.I)[0]
        raw = _NOISE.sub("|", raw)
        raw = _BY.sub("", raw)
        raw = re.sub(r"(?<=[^\W\d_]{3})\.\s+", "|", raw)  # "Jane Doe. Agency Name"
        for part in _SPLIT.split(raw):
            part = _BY.sub("", part.strip(" \t-–—:|,.()[]"))
            part = _ROLE.sub("", part)
            part = _ROLE_WORDS.sub("", part).strip(" \t-–—:|,.")
            part = re.sub(r"^(?:dr|mr|mrs|ms|prof)\.?\s+", "", part, flags=re.I)
            part = re.sub(r"(?:\s+(?:on|at|in|for|from|posted|updated|published))+$", "", part, flags=re.I)
            if not part or not _NAME_OK.match(part):
                continue
            words = part.split()
            if not 1 <= len(words) <= 5 or part.lower() in ("admin", "staff", "editor", "anonymous", "guest", "by"):
                continue
            if part.islower() and len(words) == 1:
                continue
            if _ORG_WORDS.search(part) or (site_key and part.casefold() == site_key):
                continue
            if words[-1].lower().rstrip(".") in _ROLE_END or words[0].lower() == "the":
                continue
            if re.search(r"\.[a-z]{2,4}$", part) or (part.isupper() and len(part) <= 5 and len(words) == 1):
                continue
            if any(w[0].islower() and w.lower() not in _PARTICLES for w in words):
                continue
            if part.isupper():
                part = part.title()
            names.append(part)
    return _dedupe(names)


def _person_names(val) -> list[str]:
    out = []
    if isinstance(val, list):
        for v in val:
            out.extend(_person_names(v))
    elif isinstance(val, dict):
        if _types(val) & {"organization", "newsmediaorganization", "corporation"}:
            return []
        name = val.get("name")
        if isinstance(name, list):
            name = " ".join(n for n in name if isinstance(n, str))
        if not name and (val.get("givenName") or val.get("familyName")):
            name = f"{val.get('givenName') or ''} {val.get('familyName') or ''}".strip()
        if isinstance(name, str):
            out.append(name)
    elif isinstance(val, str) and not val.strip().startswith("http"):
        out.append(val)
    return out


_BYLINE_XPATH = etree.XPath(
    "//*[@rel='author' or @itemprop='author' or contains(@class, 'byline') or contains(@class, 'Byline')"
    " or contains(@class, 'author') or contains(@class, 'Author') or contains(@id, 'byline')]"
)
_BYLINE_CLASS = re.compile(
    r"(?:^|\s)(?:byline\w*|author|author-name|byline__name|entry-author|post-author|by-author|article-?byline)(?:\s|$)"
    r"|ArticleByline|byline", re.I)


def _in_comments(el) -> bool:
    for anc in el.iterancestors():
        if "comment" in ((anc.get("class") or "") + (anc.get("id") or "")).lower():
            return True
    return False


def authors(page: Page, site: str | None = None) -> tuple[list[str], str | None]:
    """Authors and where they came from (``json-ld``, ``meta``, ``markup``)."""
    node = page.article_node
    if node:
        names = clean_authors(_person_names(node.get("author")) or _person_names(node.get("creator")), site)
        if names:
            return names, "json-ld"
    raw = []
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator:name"):
        for val in page.metas.get(key, []):
            if not val.startswith("http") and not val.startswith("@"):
                raw.append(val)
    names = clean_authors(raw, site)
    if names:
        return names, "meta"
    try:
        els = [el for el in _BYLINE_XPATH(page.tree)
               if (el.get("rel") == "author" or el.get("itemprop") == "author" or "byline" in (el.get("id") or "")
                   or _BYLINE_CLASS.search(el.get("class") or "")) and not _in_comments(el)]
    except Exception:  # pragma: no cover
        els = []
    raw = []
    for el in els[:6]:
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script"):
            if el.tag == "meta" and el.get("content"):
                raw.append(el.get("content"))
            continue
        # itemprop=author container: prefer its name child
        names_in = [n.text_content() for n in el.iter() if isinstance(n.tag, str) and n.get("itemprop") == "name"]
        if names_in:
            raw.extend(names_in)
        elif len(el.text_content()) <= 150:
            raw.append(el.text_content())
    names = clean_authors(raw, site)
    return names, ("markup" if names else None)
