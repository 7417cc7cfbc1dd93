"""Connect-time address guard: a Twisted name resolver that refuses non-public addresses.

``PrivateAddressMiddleware`` checks a request's host before the request is sent, but the
HTTP client resolves the name again when it connects, and a hostile DNS server can answer
the second lookup differently (DNS rebinding). ``GuardedResolver`` is installed as the
reactor's name resolver (``TWISTED_DNS_RESOLVER``), so it sees the very addresses the
connection will use, for every request and every redirect hop. If any of them is private,
loopback, link-local, reserved or a cloud-metadata address (``is_forbidden_address``) and
not allowed by ``MODELWIRE_ALLOW_PRIVATE``, it hands the connection *no* address at all:
the download fails before a socket is opened, and the host is remembered in ``REFUSED`` so
that ``ResolvedAddressMiddleware`` reports the failure as ``blocked / private_address``
(not as a DNS error, and without retrying).

Nothing is cached here: every connection is checked on its own lookup (the operating
system's resolver caches as it likes), so no connection uses an address that was not checked.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Sequence

from twisted.internet.interfaces import IAddress, IHostnameResolver, IHostResolution, IResolutionReceiver
from zope.interface import implementer, provider

from spiders.addresses import AddressPolicy

logger = logging.getLogger(__name__)

# host (lower case) -> the forbidden addresses it resolved to when it was last refused.
# Per process: the reactor (and so the resolver) is shared by every crawler in a process.
REFUSED: dict[str, tuple[str, ...]] = {}
_REFUSED_LOCK = threading.Lock()


def refused_addresses(host: str) -> tuple[str, ...] | None:
    """The forbidden addresses ``host`` resolved to at its last refused connection, if any."""
    with _REFUSED_LOCK:
        return REFUSED.get((host or "").lower().rstrip("."))


def _host_of(address: IAddress) -> str:
    return str(getattr(address, "host", "") or "")


@provider(IResolutionReceiver)
class _CheckingReceiver:
    """Collects the addresses of one lookup; passes them on only if every one is allowed."""

    def __init__(self, resolver: GuardedResolver, receiver: IResolutionReceiver, host: str, port: int = 0):
        self.resolver = resolver
        self.receiver = receiver
        self.host = host
        self.port = port
        self.addresses: list[IAddress] = []

    def resolutionBegan(self, resolution: IHostResolution) -> None:
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: IAddress) -> None:
        self.addresses.append(address)

    def resolutionComplete(self) -> None:
        passed = self.resolver.check(self.host, self.addresses, self.port)
        for address in passed:
            self.receiver.addressResolved(address)
        self.receiver.resolutionComplete()


@implementer(IHostnameResolver)
class GuardedResolver:
    """``IHostnameResolver`` wrapping the reactor's own (``getaddrinfo`` in a thread)."""

    def __init__(self, reactor: Any, policy: AddressPolicy, enabled: bool = True):
        self.reactor = reactor
        self.original = reactor.nameResolver
        self.policy = policy
        self.enabled = enabled

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        settings = crawler.settings
        return cls(reactor, AddressPolicy.from_settings(settings),
                   settings.getbool("MODELWIRE_PRIVATE_GUARD_ENABLED", True))

    def install_on_reactor(self) -> None:
        self.reactor.installNameResolver(self)

    def check(self, host: str, addresses: list[IAddress], port: int | None = None) -> list[IAddress]:
        """The addresses a connection to ``host:port`` may use: all of them, or none if any is forbidden."""
        key = host.lower().rstrip(".")
        port = port or None
        if not self.enabled or self.policy.host_allowed(key, port) or self.policy.is_proxy(key, port):
            return addresses
        bad = self.policy.blocked_addresses([_host_of(a) for a in addresses], port)
        if bad:
            with _REFUSED_LOCK:
                REFUSED[key] = tuple(bad)
            logger.warning("Refusing to connect to %s: it resolves to non-public %s", host, ", ".join(bad))
            return []
        with _REFUSED_LOCK:
            REFUSED.pop(key, None)
        return addresses

    def resolveHostName(
        self,
        resolutionReceiver: IResolutionReceiver,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type[IAddress]] | None = None,
        transportSemantics: str = "TCP",
    ) -> IHostResolution:
        return self.original.resolveHostName(
            _CheckingReceiver(self, resolutionReceiver, hostName, portNumber), hostName, portNumber,
            addressTypes, transportSemantics)

