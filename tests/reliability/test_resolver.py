"""spiders.resolver.GuardedResolver on its own: what a connection is handed after name resolution."""
from __future__ import annotations

from twisted.internet.address import IPv4Address, IPv6Address

from spiders.addresses import AddressPolicy
from spiders.resolver import GuardedResolver, refused_addresses


class FakeReactor:
    def __init__(self, answers):
        self.nameResolver = FakeResolver(answers)
        self.installed = None

    def installNameResolver(self, resolver):
        self.installed = resolver


class FakeResolver:
    def __init__(self, answers):
        self.answers = answers

    def resolveHostName(self, receiver, host, port=0, addressTypes=None, transportSemantics="TCP"):
        receiver.resolutionBegan(object())
        for a in self.answers[host]:
            receiver.addressResolved(IPv6Address("TCP", a, port) if ":" in a else IPv4Address("TCP", a, port))
        receiver.resolutionComplete()


class Receiver:
    def __init__(self):
        self.addresses, self.began, self.done = [], False, False

    def resolutionBegan(self, resolution):
        self.began = True

    def addressResolved(self, address):
        self.addresses.append(address.host)

    def resolutionComplete(self):
        self.done = True


ANSWERS = {
    "public.test": ["93.184.216.34", "2606:2800:220:1::1"],
    "mixed.test": ["93.184.216.34", "10.0.0.5"],
    "meta.test": ["169.254.169.254"],
    "mapped.test": ["::ffff:127.0.0.2"],
    "cgnat.test": ["100.100.100.200"],
    "allowed.test": ["127.0.0.1"],
    "byname.test": ["192.168.1.10"],
}


def resolve(host, allow=("127.0.0.1", "byname.test")):
    reactor = FakeReactor(ANSWERS)
    resolver = GuardedResolver(reactor, AddressPolicy(list(allow)))
    resolver.install_on_reactor()
    assert reactor.installed is resolver
    r = Receiver()
    resolver.resolveHostName(r, host, 80)
    assert r.began and r.done
    return r.addresses


def test_public_addresses_pass():
    assert resolve("public.test") == ["93.184.216.34", "2606:2800:220:1::1"]
    assert refused_addresses("public.test") is None


def test_any_forbidden_address_refuses_the_host():
    for host in ("mixed.test", "meta.test", "mapped.test", "cgnat.test"):
        assert resolve(host) == [], host
        assert refused_addresses(host), host


def test_allowed_addresses_and_host_names_pass():
    assert resolve("allowed.test") == ["127.0.0.1"]
    assert resolve("byname.test") == ["192.168.1.10"]
    assert resolve("allowed.test", allow=()) == []


def test_a_later_public_answer_clears_the_refusal():
    ANSWERS["flip.test"] = ["127.0.0.9"]
    assert resolve("flip.test") == [] and refused_addresses("flip.test") == ("127.0.0.9",)
    ANSWERS["flip.test"] = ["93.184.216.34"]
    assert resolve("flip.test") == ["93.184.216.34"] and refused_addresses("flip.test") is None
