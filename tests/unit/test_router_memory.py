from __future__ import annotations

import anyio
import pytest

from kefu_dev import sample
from router.config import Settings
from router.contracts import MerchantRequest, Reply, decode_as
from router.dispatcher import Dispatcher
from router.testing import MemoryBroker, MemorySink, MemorySource
from tests.harness import LanedHandler, MemoryHarness, OutletsHandler, ScriptedHandler, fresh_settings
from tests.router_contract import RouterContract, assert_in_order, set_aside, wait_until


def _loaded(s: Settings, reqs: list[MerchantRequest]) -> tuple[MemoryBroker, MemorySource]:
    """A broker with the requests topic (as many partitions as the settings say) holding ``reqs``, and a
    source reading it as the settings' consumer group."""
    broker = MemoryBroker()
    broker.create_topic(s.topics.requests, s.topics.partitions)
    for key, value in map(sample.encoded, reqs):
        broker.produce(s.topics.requests, key, value)
    return broker, MemorySource(broker, s.topics.requests, s.kafka.group_id)


class TestRouterOnMemory(RouterContract):
    @pytest.fixture(autouse=True)
    def _make(self) -> None:
        self.make = MemoryHarness


async def test_records_fetched_before_assignment_setup_finishes_are_not_lost() -> None:
    s = fresh_settings(topics={"partitions": 3})
    broker = MemoryBroker()
    broker.create_topic(s.topics.requests, 3)
    source = MemorySource(broker, s.topics.requests, s.kafka.group_id, assign_delay_s=0.3)
    reqs = list(sample.requests(200, 30, seed=8))
    for key, value in map(sample.encoded, reqs[:100]):
        broker.produce(s.topics.requests, key, value)
    router = Dispatcher(s, source, MemorySink(broker), ScriptedHandler())

    def replies() -> list[Reply]:
        return [decode_as(r.value or b"", Reply) for r in broker.records(s.topics.replies)]

    async with anyio.create_task_group() as tg:
        await tg.start(router.run)
        with anyio.fail_after(10):
            while len(replies()) < 100:
                await anyio.sleep(0.01)
        tg.start_soon(source.rebalance, source.assignment())
        await anyio.sleep(0.05)  # inside the assignment delay: the router fetches before on_assigned ran
        for key, value in map(sample.encoded, reqs[100:]):
            broker.produce(s.topics.requests, key, value)
        with anyio.fail_after(10):
            while len(replies()) < 200:
                await anyio.sleep(0.01)
        router.request_stop()
    got = replies()
    assert sorted(r.request_id for r in got) == sorted(r.id for r in reqs)
    assert_in_order(got)


async def test_lag_grows_while_a_blocked_gate_keeps_intake_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    """While a carrier circuit is open nothing is fetched; the lag metric must still show the waiting work."""
    import router.commits

    monkeypatch.setattr(router.commits, "LAG_INTERVAL_S", 0.05)

    class Gate:
        blocked = True

    s = fresh_settings(topics={"partitions": 2}, commit={"interval_s": 0.05})
    broker = MemoryBroker()
    broker.create_topic(s.topics.requests, 2)
    r = Dispatcher(s, MemorySource(broker, s.topics.requests), MemorySink(broker), ScriptedHandler(), gate=Gate())

    def lag() -> float:
        return sum(sm.value for m in r.metrics.registry.collect() for sm in m.samples
                   if sm.name == "kefu_consumer_lag_records")

    async with anyio.create_task_group() as tg:
        await tg.start(r.run)
        with anyio.fail_after(5):
            while not r.blocked:
                await anyio.sleep(0.01)
        for req in sample.requests(50, 5, seed=9):
            broker.produce(s.topics.requests, *sample.encoded(req))
        with anyio.fail_after(5):
            while lag() < 50:
                await anyio.sleep(0.05)
        assert not (s.topics.replies in broker.partitions and broker.records(s.topics.replies))  # nothing handled
        Gate.blocked = False
        with anyio.fail_after(5):
            while lag() > 0:
                await anyio.sleep(0.05)
        r.request_stop()


async def test_a_worker_whose_handler_timed_out_can_still_be_abandoned_at_a_rebalance() -> None:
    """The watchdog cancels a handler with Task.cancel and must take that request back (uncancel): a request
    left over would make the worker's cancel scope refuse its own cancellation when a rebalance deadline later
    abandons the job, and the router would crash instead of handing the record to the next owner."""
    s = fresh_settings(
        topics={"partitions": 1},
        scheduler={"handler_timeout_s": 0.5, "max_inflight": 1},
        shutdown={"revoke_timeout_s": 0.1},
    )
    reqs = list(sample.requests(6, 2, seed=10))
    broker, source = _loaded(s, reqs)
    handler = ScriptedHandler(stall={reqs[0].id}, stubborn={reqs[1].id}, block={reqs[3].id})
    router = Dispatcher(s, source, MemorySink(broker), handler)
    async with anyio.create_task_group() as tg:
        await tg.start(router.run)
        with anyio.fail_after(10):
            while reqs[3].id not in handler.calls:  # the same worker timed out twice, now blocks on reqs[3]
                await anyio.sleep(0.01)
        await source.rebalance(source.assignment())  # reqs[3] is abandoned after 0.1 s, then handled again
        assert router.metrics.abandoned._value.get() == 1
        handler.released.set()
        with anyio.fail_after(10):
            while len(broker.records(s.topics.replies)) < len(reqs) - 1:
                await anyio.sleep(0.01)
        router.request_stop()
    got = [decode_as(r.value or b"", Reply) for r in broker.records(s.topics.replies)]
    assert sorted({r.request_id for r in got}) == sorted(r.id for r in reqs[1:])


async def test_a_revocation_releases_a_merchants_handled_requests_waiting_behind_a_stuck_one() -> None:
    """Laned: a merchant's later requests finish handling while its first one is stuck; their outputs wait for
    it. When a rebalance abandons the stuck one, the waiting ones are released unsent and handled again after the
    rebalance, so every reply leaves once and in order."""
    s = fresh_settings(topics={"partitions": 1}, scheduler={"max_per_key": 8}, shutdown={"revoke_timeout_s": 0.2})
    reqs = list(sample.requests(40, 4, seed=12))
    broker, source = _loaded(s, reqs)
    stuck = reqs[0]
    behind = [r for r in reqs if r.merchant == stuck.merchant and r is not stuck]
    handler = LanedHandler(lambda seq: f"w{seq}", max_delay_s=0.0)
    handler.block = {stuck.id}
    router = Dispatcher(s, source, MemorySink(broker), handler)

    def replies() -> list[Reply]:
        return [decode_as(r.value or b"", Reply) for r in broker.records(s.topics.replies)]

    async with anyio.create_task_group() as tg:
        await tg.start(router.run)
        with anyio.fail_after(10):  # everyone else answered; the stuck merchant's others handled, not sent
            while len(replies()) < len(reqs) - 1 - len(behind) or not all(r.id in handler.spans for r in behind):
                await anyio.sleep(0.01)
        assert not any(r.merchant == stuck.merchant for r in replies())
        await source.rebalance(source.assignment())
        assert router.metrics.abandoned._value.get() == 1
        handler.released.set()
        with anyio.fail_after(10):
            while len(replies()) < len(reqs):
                await anyio.sleep(0.01)
        router.request_stop()
    got = replies()
    assert sorted(r.request_id for r in got) == sorted(r.id for r in reqs)
    assert_in_order(got)
    assert sum(1 for i in handler.calls if i in {r.id for r in behind}) == 2 * len(behind)  # handled again


async def test_a_handler_that_caches_merchants_is_told_of_every_revocation() -> None:
    """The customer service caches each merchant's waiting questions (handlers.confirming): once a partition
    may have gone to another router, what it cached may be stale, so the router tells it after each revocation
    (and not at a first assignment, when nothing was cached)."""
    s = fresh_settings(topics={"partitions": 2})
    reqs = list(sample.requests(20, 4, seed=13))
    broker, source = _loaded(s, reqs)

    class Caching(ScriptedHandler):
        revocations = 0

        def revoked(self) -> None:
            self.revocations += 1

    handler = Caching()
    router = Dispatcher(s, source, MemorySink(broker), handler)
    async with anyio.create_task_group() as tg:
        await tg.start(router.run)
        with anyio.fail_after(10):
            while len(broker.records(s.topics.replies)) < len(reqs):
                await anyio.sleep(0.01)
        assert handler.revocations == 0
        await source.rebalance({(s.topics.requests, 0)})
        await source.rebalance(source.assignment())
        assert handler.revocations == 2
        router.request_stop()


async def test_records_set_aside_when_a_partition_is_taken_away_are_read_by_its_next_owner() -> None:
    """An outlet over its share of the intake has records set aside when the partition is revoked: nothing at or
    past them was committed, so the partition's next owner (here the same member, reassigned) reads them from
    the commit point and every request is answered once, in order."""
    s = fresh_settings(topics={"partitions": 1}, scheduler={"max_per_key": 4, "max_inflight_per_outlet": 4},
                       backpressure={"max_records_per_outlet": 6}, shutdown={"revoke_timeout_s": 0.2})
    reqs = list(sample.requests(120, 6, seed=13))
    broker, source = _loaded(s, reqs)
    slow_merchant = reqs[0].merchant
    slow = {r.id for r in reqs if r.merchant == slow_merchant}
    handler = OutletsHandler(lambda m: "slow" if m == slow_merchant else "quick", block=slow)
    router = Dispatcher(s, source, MemorySink(broker), handler)

    def replies() -> list[Reply]:
        return [decode_as(r.value or b"", Reply) for r in broker.records(s.topics.replies)]

    async with anyio.create_task_group() as tg:
        await tg.start(router.run)
        await wait_until(lambda: len(replies()) >= len(reqs) - len(slow), 10)
        assert set_aside(router) > 0
        where = (s.kafka.group_id, (s.topics.requests, 0))
        await wait_until(lambda: where in broker.commits, 10)
        assert broker.commits[where].offset == 0  # held by the slow outlet's first request, in flight
        await source.rebalance(source.assignment())  # the stuck ones abandoned, the set aside ones forgotten
        handler.released.set()
        await wait_until(lambda: len(replies()) >= len(reqs), 10)
        router.request_stop()
    got = replies()
    assert sorted(r.request_id for r in got) == sorted(r.id for r in reqs)
    assert_in_order(got)
