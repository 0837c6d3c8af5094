"""The chat egress's contract (tests/egress_contract.py) on the in-memory broker."""

from __future__ import annotations

from tests.egress_contract import EgressContract
from tests.harness import fresh_settings
from tests.topics import MemoryTopics


class TestEgressOnMemory(EgressContract):
    make = staticmethod(MemoryTopics)
    settings = staticmethod(fresh_settings)
