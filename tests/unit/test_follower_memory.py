"""The follower's contract (tests/follower_contract.py) on the in-memory broker."""

from __future__ import annotations

from tests.follower_contract import FollowerContract, MemoryFollowerHarness
from tests.harness import fresh_settings


class TestFollowerOnMemory(FollowerContract):
    make = staticmethod(MemoryFollowerHarness)
    settings = staticmethod(fresh_settings)
