"""The chat egress's contract (tests/egress_contract.py) on Apache Kafka."""

from __future__ import annotations

from tests.egress_contract import EgressContract
from tests.harness import fresh_settings
from tests.topics import KafkaTopics


class TestEgressOnKafka(EgressContract):
    make = staticmethod(KafkaTopics)
    settings = staticmethod(fresh_settings)
