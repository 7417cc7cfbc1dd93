"""Which addresses a crawl may reach: public ones, plus what the user allows.

Shared by ``middlewares.PrivateAddressMiddleware`` (checked before a request is sent) and
``resolver.GuardedResolver`` (checked on the addresses the connection will use).
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Not all of these are covered by ipaddress' is_private & co.
EXTRA_FORBIDDEN_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "100.64.0.0/10",        # carrier-grade NAT (also Alibaba metadata 100.100.100.200)
        "169.254.169.254/32",   # cloud metadata (also link-local)
        "fd00:ec2::254/128",    # AWS IPv6 metadata (also ULA)
        "64:ff9b::/96",         # NAT64: may embed a private IPv4
    )
)


def is_forbidden_address(ip: IPAddress | str) -> bool:
    """True for private, loopback, link-local, reserved, multicast, unspecified and metadata addresses."""
    if isinstance(ip, str):
        ip = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return is_forbidden_address(ip.ipv4_mapped)
        if ip.sixtofour is not None and is_forbidden_address(ip.sixtofour):
            return True
        if ip.is_site_local:
            return True
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or any(ip.version == net.version and ip in net for net in EXTRA_FORBIDDEN_NETWORKS)
    )


_HOST_NAME = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")


@dataclass(frozen=True)
class Allowance:
    """One ``MODELWIRE_ALLOW_PRIVATE`` entry: a network or a host name, on one port or all."""

    network: ipaddress.IPv4Network | ipaddress.IPv6Network | None
    host: str | None
    port: int | None

    def port_ok(self, port: int | None) -> bool:
        return self.port is None or self.port == port


def parse_allowance(text: str) -> Allowance:
    """``ADDR``, ``ADDR:PORT``, ``CIDR``, ``CIDR:PORT``, ``[V6]:PORT``, ``[V6-CIDR]:PORT``,
    ``HOST`` or ``HOST:PORT``; ValueError naming the entry otherwise."""
    v = str(text).strip()
    problem = f"{text!r} is not an address, CIDR range or host name, with an optional :PORT"
    port: str | None = None
    bracketed = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?", v)
    if bracketed:
        addr, port = bracketed.group(1), bracketed.group(2)
    elif v.count(":") == 1:                  # IPv4, IPv4 range or host name, with a port
        addr, _, port = v.partition(":")
    else:                                    # no port (a bare IPv6 address has several colons)
        addr = v
    if port is not None and not (port.isdigit() and 1 <= int(port) <= 65535):
        raise ValueError(f"{text!r}: port {port!r} is not 1-65535")
    number = int(port) if port is not None else None
    try:
        return Allowance(ipaddress.ip_network(addr, strict=False), None, number)
    except ValueError:
        pass
    if addr and not bracketed and _HOST_NAME.fullmatch(addr):
        return Allowance(None, addr.lower().rstrip("."), number)
    raise ValueError(problem)


def proxy_endpoints() -> set[tuple[str, int]]:
    """``(host, port)`` of the proxies set in the environment (``http_proxy``, ``https_proxy``)."""
    from urllib.parse import urlsplit
    from urllib.request import getproxies

    out = set()
    for scheme, url in getproxies().items():
        if scheme not in ("http", "https"):
            continue
        parts = urlsplit(url if "://" in url else f"http://{url}")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            continue
        if parts.hostname:
            out.add((parts.hostname.lower(), port))
    return out


class AddressPolicy:
    """Which resolved addresses may be fetched: public ones, plus what ``MODELWIRE_ALLOW_PRIVATE`` names.

    An entry names an address or CIDR range (checked on the addresses a host name resolves to,
    so ``localhost``, ``127.1`` or a redirect reach no more than the entry allows) or a host
    name (trusted by name), each on one port (``127.0.0.1:8080``) or on all. Connections to the
    proxies of the environment (``http_proxy``, ``https_proxy``) are allowed, since requests
    then go to the proxy, not to the target; the target is checked before, by name.

    Shared by ``PrivateAddressMiddleware`` (checked before the request is sent) and
    ``spiders.resolver.GuardedResolver`` (checked on the addresses the connection will use).
    """

    def __init__(self, allow: list[str] | tuple[str, ...] = (), proxies: set[tuple[str, int]] | None = None):
        self.allowances = [parse_allowance(e) for e in allow or () if str(e).strip()]
        self.proxies = proxies or set()

    @classmethod
    def from_settings(cls, settings: Any) -> AddressPolicy:
        proxies = proxy_endpoints() if settings.getbool("HTTPPROXY_ENABLED", True) else set()
        return cls(settings.getlist("MODELWIRE_ALLOW_PRIVATE"), proxies)

    def host_allowed(self, host: str, port: int | None = None) -> bool:
        host = (host or "").lower().rstrip(".")
        return any(a.host == host and a.port_ok(port) for a in self.allowances)

    def is_proxy(self, host: str, port: int | None) -> bool:
        return ((host or "").lower().rstrip("."), port) in self.proxies

    def is_allowed(self, ip: IPAddress | str, port: int | None = None) -> bool:
        if isinstance(ip, str):
            ip = ipaddress.ip_address(ip.split("%", 1)[0])
        candidates = [ip]
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            candidates.append(ip.ipv4_mapped)
        return any(a.network is not None and a.port_ok(port) and c.version == a.network.version
                   and c in a.network for c in candidates for a in self.allowances)

    def blocked_addresses(self, addresses: list[str], port: int | None = None) -> list[str]:
        """The addresses among ``addresses`` that are forbidden and not allowed on ``port`` (unparsable ones too)."""
        bad = []
        for a in addresses:
            try:
                if is_forbidden_address(a) and not self.is_allowed(a, port):
                    bad.append(a)
            except ValueError:
                bad.append(a)
        return bad
