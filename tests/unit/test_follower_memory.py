"""The follower's contract (tests/follower_contract.py) on the in-memory broker."""

from __future__ import annotations

from tests.follower_contract import FollowerContract
from tests.harness import fresh_settings
from tests.topics import MemoryTopics


class TestFollowerOnMemory(FollowerContract):
    make = staticmethod(MemoryTopics)
    settings = staticmethod(fresh_settings)
