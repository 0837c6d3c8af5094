"""The shared router tests, on the real Apache Kafka broker (KAFKA_BOOTSTRAP, started by make test)."""

from __future__ import annotations

import pytest

from kefu_dev import sample
from router.contracts import Reply, decode_as
from tests.harness import KafkaHarness, ScriptedHandler, fresh_settings
from tests.router_contract import RouterContract, assert_fully_committed, assert_in_order


class TestRouterOnKafka(RouterContract):
    @pytest.fixture(autouse=True)
    def _make(self) -> None:
        self.make = KafkaHarness


async def test_20k_requests_1000_merchants_12_partitions_exactly_once_in_order() -> None:
    """Without crashes every request is answered exactly once, in merchant order, and all offsets committed."""
    h = KafkaHarness(fresh_settings(topics={"partitions": 12}))
    await h.setup()
    reqs = list(sample.requests(20_000, 1_000, seed=31, zipf=0.6))
    await h.produce([sample.encoded(r) for r in reqs])
    async with h.running(ScriptedHandler(delay_s=0.002)):
        got = await h.read(h.settings.topics.replies, len(reqs), timeout_s=120)
    replies = [decode_as(v, Reply) for _, v in got]
    assert sorted(r.request_id for r in replies) == sorted(r.id for r in reqs)
    assert len(assert_in_order(replies)) == len({r.merchant for r in reqs})
    await assert_fully_committed(h)


async def test_fetches_held_for_min_bytes_still_deliver_a_trickle_within_the_max_wait() -> None:
    """With fetch_min_bytes far above what a trickle fills, the broker answers each fetch at fetch_max_wait_ms:
    every request is still answered, in order, and committed."""
    h = KafkaHarness(fresh_settings(topics={"partitions": 3}, kafka={"fetch_min_bytes": 1_000_000,
                                                                    "fetch_max_wait_ms": 20}))
    await h.setup()
    reqs = list(sample.requests(60, 6, seed=32))
    async with h.running(ScriptedHandler()):
        for i in range(0, len(reqs), 10):  # a trickle: a few records at a time, far below the minimum
            await h.produce([sample.encoded(r) for r in reqs[i:i + 10]])
        got = await h.read(h.settings.topics.replies, len(reqs), timeout_s=60)
    replies = [decode_as(v, Reply) for _, v in got]
    assert sorted(r.request_id for r in replies) == sorted(r.id for r in reqs)
    assert_in_order(replies)
    await assert_fully_committed(h)
