"""The follower's contract (tests/follower_contract.py) on Apache Kafka."""

from __future__ import annotations

from tests.follower_contract import FollowerContract
from tests.harness import fresh_settings
from tests.topics import KafkaTopics


class TestFollowerOnKafka(FollowerContract):
    make = staticmethod(KafkaTopics)
    settings = staticmethod(fresh_settings)
