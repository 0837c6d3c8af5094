"""The staff desk's contract (tests/desk_contract.py) on Apache Kafka."""

from __future__ import annotations

import pytest

from tests.desk_contract import DeskContract
from tests.harness import fresh_settings
from tests.topics import KafkaTopics

pytestmark = pytest.mark.integration


class TestDeskOnKafka(DeskContract):
    make = staticmethod(KafkaTopics)
    settings = staticmethod(fresh_settings)
