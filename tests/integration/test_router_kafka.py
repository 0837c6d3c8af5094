"""The shared router tests, on the real Apache Kafka broker (KAFKA_BOOTSTRAP, started by make test)."""

from __future__ import annotations

import pytest

from tests.harness import KafkaHarness
from tests.router_contract import RouterContract

pytestmark = pytest.mark.integration


class TestRouterOnKafka(RouterContract):
    @pytest.fixture(autouse=True)
    def _make(self) -> None:
        self.make = lambda s: KafkaHarness(s)  # type: ignore[method-assign]
