"""Which addresses a crawl may reach: public ones, plus what the user allows.

Shared by ``middlewares.PrivateAddressMiddleware`` (checked before a request is sent) and
``resolver.GuardedResolver`` (checked on the addresses the connection will use).
"""
from __future__ import annotations

import ipaddress
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


class AddressPolicy:
    """Which resolved addresses may be fetched: public ones, plus what ``MODELWIRE_ALLOW_PRIVATE`` names.

    Shared by ``PrivateAddressMiddleware`` (checked before the request is sent) and
    ``spiders.resolver.GuardedResolver`` (checked on the addresses the connection will use).
    """

    def __init__(self, allow: list[str] | tuple[str, ...] = ()):
        self.allowed_hosts: set[str] = set()
        self.allowed_networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in allow or ():
            entry = str(entry).strip()
            if not entry:
                continue
            try:
                self.allowed_networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                self.allowed_hosts.add(entry.lower().rstrip("."))

    @classmethod
    def from_settings(cls, settings: Any) -> AddressPolicy:
        return cls(settings.getlist("MODELWIRE_ALLOW_PRIVATE"))

    def host_allowed(self, host: str) -> bool:
        return (host or "").lower().rstrip(".") in self.allowed_hosts

    def is_allowed(self, ip: IPAddress | str) -> bool:
        if isinstance(ip, str):
            ip = ipaddress.ip_address(ip.split("%", 1)[0])
        candidates = [ip]
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            candidates.append(ip.ipv4_mapped)
        return any(c.version == n.version and c in n for c in candidates for n in self.allowed_networks)

    def blocked_addresses(self, addresses: list[str]) -> list[str]:
        """The addresses among ``addresses`` that are forbidden and not allowed (unparsable ones too)."""
        bad = []
        for a in addresses:
            try:
                if is_forbidden_address(a) and not self.is_allowed(a):
                    bad.append(a)
            except ValueError:
                bad.append(a)
        return bad
