"""URL normalization: many spellings of one article's address become one key."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that only track where a click came from; never part of an article's identity.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
        "mc_eid", "mkt_tok", "_hsenc", "_hsmi", "hsctatracking", "oly_anon_id", "oly_enc_id",
        "vero_id", "wickedid", "rb_clickid", "s_cid", "ncid", "cmpid", "ref_src", "ref_url",
        "share", "sh", "src", "spm", "ito", "guccounter", "guce_referrer", "guce_referrer_sig",
        "_ga", "_gl", "__twitter_impression", "cmp", "ocid", "sr_share", "taid", "soc_src",
        "soc_trk", "at_medium", "at_campaign", "ftag", "utm",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_", "at_", "trk_")
DEFAULT_PORTS = {"http": 80, "https": 443}
_SLASHES = re.compile(r"/{2,}")


def is_tracking_param(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


# Kept rather than w3lib.url (bench/libraries.py, RESULTS.md "Libraries vs hand-written"): on 77,557
# distinct hrefs (demo site + both extraction dev sets) w3lib's canonicalize_url gives the same key for
# 97.3% and url_query_cleaner + canonicalize_url for 97.8%. The rest would change stored keys or merge
# less: '+' for query spaces where we write %20 (834 URLs; existing databases would get new keys),
# tracking parameters matched by name only, not by prefix (utm_*, pk_*...: 756), duplicate slashes and
# :443/:80 kept (78). url_query_cleaner also keeps only the first of repeated parameters
# (?c=a&c=b -> ?c=a), giving two different pages one key. Speed is alike (31 vs 39 µs per URL).
def normalize_url(url: str) -> str:
    """Return the canonical key of ``url``.

    Lower-cases scheme and host, drops default ports, fragments, tracking
    parameters and empty query values order-insensitively (remaining
    parameters are sorted), collapses duplicate slashes, resolves ``.``/``..``
    segments and normalizes percent-escapes. ``http`` and ``https`` stay
    distinct: a site may serve different content on them.
    """
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("xn--") is False:
        try:
            host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
        except UnicodeError:
            pass
    port = None
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]"
    if port and DEFAULT_PORTS.get(scheme) != port:
        netloc = f"{netloc}:{port}"
    path = _normalize_path(parts.path)
    query_pairs = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    ]
    query_pairs.sort()
    query = urlencode(query_pairs, doseq=True, quote_via=quote)
    return urlunsplit((scheme, netloc, path, query, ""))


def _normalize_path(path: str) -> str:
    if not path:
        return "/"
    path = _SLASHES.sub("/", path)
    segments: list[str] = []
    for seg in path.split("/"):
        if seg == ".":
            continue
        if seg == "..":
            if len(segments) > 1:
                segments.pop()
            continue
        segments.append(quote(unquote(seg), safe="!$&'()*+,;=:@~-._%"))
    out = "/".join(segments)
    if not out.startswith("/"):
        out = "/" + out
    if path.endswith(("/.", "/..")) and not out.endswith("/"):
        out += "/"
    return out


def same_site(a: str, b: str) -> bool:
    """True when two URLs share a host (ignoring a leading ``www.``)."""
    ha = (urlsplit(a).hostname or "").lower().removeprefix("www.")
    hb = (urlsplit(b).hostname or "").lower().removeprefix("www.")
    return ha == hb


_SUFFIXES = None


def registrable_domain(url: str) -> str:
    """The part of a URL's host a registrant controls (``news.example.co.uk`` → ``example.co.uk``),
    with the port when one is given; an IP address or a one-label host stays whole. The public
    suffix list is tldextract's bundled copy: nothing is fetched."""
    global _SUFFIXES
    if _SUFFIXES is None:
        import tldextract

        _SUFFIXES = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    found = _SUFFIXES(host)
    domain = ".".join(p for p in (found.domain, found.suffix) if p) if found.suffix else host
    return f"{domain}:{port}" if port else domain


def same_registrable_domain(a: str, b: str) -> bool:
    """True when two URLs belong to one registrant (``amp.example.com`` and ``www.example.com``)."""
    return registrable_domain(a) == registrable_domain(b)
