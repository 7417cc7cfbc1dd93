"""Run ``pipeline.cli.main`` with a DNS that rebinds: ``rebind.test`` first resolves to a public
address, then to 127.0.0.2 (not allowed). Used by ``test_security.py``.

``socket.getaddrinfo`` is replaced before anything imports it (Twisted binds it at import).
REBIND_LOG (a file path) receives one line per lookup: ``host answer``.
"""
from __future__ import annotations

import os
import socket
import sys

_real = socket.getaddrinfo
_count = {"n": 0}
PUBLIC = "93.184.216.34"     # the first answer: public, so the early check passes
PRIVATE = "127.0.0.2"        # every later answer: where the attacker wants the connection to go


def fake_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    name = host.decode() if isinstance(host, bytes) else host
    if name and name.rstrip(".").lower() == "rebind.test":
        _count["n"] += 1
        answer = PUBLIC if _count["n"] == 1 else PRIVATE
        with open(os.environ["REBIND_LOG"], "a") as fh:
            fh.write(f"{name} {answer}\n")
        p = int(port or 0)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answer, p))]
    return _real(host, port, family, type, proto, flags)


socket.getaddrinfo = fake_getaddrinfo
_real_byname = socket.gethostbyname


def fake_gethostbyname(host):   # what Scrapy's stock resolver uses
    if host.rstrip(".").lower() == "rebind.test":
        return fake_getaddrinfo(host, 0)[0][4][0]
    return _real_byname(host)


socket.gethostbyname = fake_gethostbyname


def _stock_resolver() -> None:
    """REBIND_STOCK_RESOLVER=1: the control run, with Scrapy's own resolver (the old gap)."""
    import spiders.settings as st

    original = st.crawl_settings

    def crawl_settings(options=None):
        s = original(options)
        s["TWISTED_DNS_RESOLVER"] = "scrapy.resolver.CachingThreadedResolver"
        s["DOWNLOADER_MIDDLEWARES"] = {k: v for k, v in s["DOWNLOADER_MIDDLEWARES"].items()
                                       if "ResolvedAddress" not in k}
        return s

    st.crawl_settings = crawl_settings

if __name__ == "__main__":
    if os.environ.get("REBIND_STOCK_RESOLVER"):
        _stock_resolver()
    from pipeline.cli.main import main

    sys.argv[0] = "modelwire"
    main()
