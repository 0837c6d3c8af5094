"""The follower's contract (tests/follower_contract.py) on Apache Kafka."""

from __future__ import annotations

from tests.follower_contract import FollowerContract, KafkaFollowerHarness
from tests.harness import fresh_settings


class TestFollowerOnKafka(FollowerContract):
    make = staticmethod(KafkaFollowerHarness)
    settings = staticmethod(fresh_settings)
