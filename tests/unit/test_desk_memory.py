"""The staff desk's contract (tests/desk_contract.py) on the in-memory broker."""

from __future__ import annotations

from tests.desk_contract import DeskContract
from tests.harness import fresh_settings
from tests.topics import MemoryTopics


class TestDeskOnMemory(DeskContract):
    make = staticmethod(MemoryTopics)
    settings = staticmethod(fresh_settings)
