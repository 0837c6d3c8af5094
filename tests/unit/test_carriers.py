"""The carrier layer over an in-process transport: batching, per-item results, retries, the breaker, idempotency."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any

import anyio
import pytest

from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim
from router.carrier.model import Item, Op
from tests.carrier_kit import BlockedWatch, SimTransport, carrier_settings, memory_carriers


def waybills(n: int, owner: int = 1, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [world.waybill(rng, owner, "zto") for _ in range(n)]


async def submit_all(carriers: Any, op: Op, numbers: list[str], prefix: str = "k") -> list[Any]:
    results: dict[int, object] = {}

    async def one(i: int, w: str) -> None:
        results[i] = await carriers.submit("zto", op, Item(key=f"{prefix}{i}", waybill=w))

    async with anyio.create_task_group() as tg:
        for i, w in enumerate(numbers):
            tg.start_soon(one, i, w)
    return [results[i] for i in range(len(numbers))]


async def test_items_from_many_callers_share_calls_up_to_max_batch() -> None:
    t = SimTransport("zto", CarrierSim())
    async with memory_carriers({"zto": t}, carrier_settings(max_batch=20, linger_ms=50)) as carriers:
        results = await submit_all(carriers, Op.TRACK, waybills(100))
    assert all(r.ok for r in results)
    assert len(t.calls) == 5  # 100 items / 20 per call
    assert max(len(w) for _, w in t.calls) == 20


async def test_batching_off_sends_one_item_per_call() -> None:
    t = SimTransport("zto", CarrierSim())
    async with memory_carriers({"zto": t}, carrier_settings(batching=False)) as carriers:
        await submit_all(carriers, Op.TRACK, waybills(30))
    assert len(t.calls) == 30


async def test_one_bad_waybill_fails_only_itself() -> None:
    t = SimTransport("zto", CarrierSim())
    numbers = waybills(5)
    numbers[2] = "75" + "99999" + "1234567"  # an owner index the world has no parcels for
    async with memory_carriers({"zto": t}, carrier_settings(linger_ms=30)) as carriers:
        results = await submit_all(carriers, Op.TRACK, numbers)
    assert [r.ok for r in results] == [True, True, False, True, True]
    assert results[2].code == "not_found"
    assert len(t.calls) == 1  # not_found is an answer, not retried
    counted = carriers.metrics.results
    assert counted.labels("zto", "track", "true")._value.get() == 4
    assert counted.labels("zto", "track", "false")._value.get() == 1


async def test_a_withdrawn_item_is_not_sent_and_the_others_are() -> None:
    t = SimTransport("zto", CarrierSim())
    first, second = waybills(2)
    async with memory_carriers({"zto": t}, carrier_settings(linger_ms=30)) as carriers:
        withdrawn = carriers.submit("zto", Op.INTERCEPT, Item(key="a", waybill=first))
        kept = carriers.submit("zto", Op.INTERCEPT, Item(key="b", waybill=second))
        withdrawn.cancel()  # what a cancelled caller's await does to the item's future
        assert (await kept).ok
    assert [w for _, ws in t.calls for w in ws] == [second]


async def test_busy_items_alone_are_retried() -> None:
    sim = CarrierSim()
    sim.config.busy_rate = 0.3
    t = SimTransport("zto", sim)
    async with memory_carriers({"zto": t}, carrier_settings(linger_ms=20, max_attempts=20)) as carriers:
        results = await submit_all(carriers, Op.TRACK, waybills(40))
    assert all(r.ok for r in results)
    sent = [w for _, ws in t.calls for w in ws]
    assert len(t.calls) > 1 and 40 < len(sent) < 80  # only the busy ones went again


async def test_retryable_call_failures_are_retried_and_rejections_are_not() -> None:
    t = SimTransport("zto", CarrierSim(), script=["500", "429", "timeout"])
    async with memory_carriers({"zto": t}, carrier_settings(linger_ms=20)) as carriers:
        results = await submit_all(carriers, Op.TRACK, waybills(10))
    assert all(r.ok for r in results)
    assert len(t.calls) == 4  # three failures, then the same batch again

    t = SimTransport("zto", CarrierSim(), script=["400"])
    async with memory_carriers({"zto": t}, carrier_settings(linger_ms=20)) as carriers:
        results = await submit_all(carriers, Op.TRACK, waybills(10))
    assert {r.code for r in results} == {"rejected"}
    assert len(t.calls) == 1
    assert carriers.metrics.results.labels("zto", "track", "false")._value.get() == 10  # each item once


async def test_429_retry_after_holds_every_call() -> None:
    t = SimTransport("zto", CarrierSim(), script=["429"])
    async with memory_carriers({"zto": t}, carrier_settings(linger_ms=1)) as carriers:
        started = anyio.current_time()
        results = await submit_all(carriers, Op.TRACK, waybills(3))
        elapsed = anyio.current_time() - started
    assert all(r.ok for r in results)
    assert elapsed >= 0.05  # Retry-After of the scripted 429


async def test_a_retry_after_past_the_backoff_ceiling_waits_only_the_ceiling() -> None:
    t = SimTransport("zto", CarrierSim(), script=["429-a-day"])
    async with memory_carriers({"zto": t}, carrier_settings(linger_ms=1, backoff_max_s=0.05)) as carriers:
        with anyio.fail_after(5):  # not a day
            results = await submit_all(carriers, Op.TRACK, waybills(3))
    assert all(r.ok for r in results) and len(t.calls) == 2


@pytest.mark.parametrize("header,seconds", [
    ("2.5", 2.5), ("0", 0.0), ("-3", 0.0), ("inf", None), ("nan", None), ("-inf", None), ("1e400", None),
    ("Wed, 21 Oct 2026 07:28:00 GMT", None), ("", None), (None, None),
])
def test_retry_after_headers_are_read_as_seconds_or_not_at_all(header: str | None, seconds: float | None) -> None:
    from router.carrier.client import _retry_after

    assert _retry_after(header) == seconds


async def test_give_up_after_max_attempts_with_carrier_unavailable() -> None:
    t = SimTransport("zto", CarrierSim(), script=["500"] * 10)
    s = carrier_settings(max_attempts=3, breaker_threshold=100)
    async with memory_carriers({"zto": t}, s) as carriers:
        results = await submit_all(carriers, Op.TRACK, waybills(2))
    assert {r.code for r in results} == {"carrier_unavailable"}
    assert len(t.calls) == 3
    counted = carriers.metrics.results
    assert counted.labels("zto", "track", "false")._value.get() == 2
    assert counted.labels("zto", "track", "true")._value.get() == 0


async def test_breaker_opens_blocks_and_closes_after_recovery() -> None:
    t = SimTransport("zto", CarrierSim(), script=["500"] * 3)
    s = carrier_settings(breaker_threshold=3, breaker_cooldown_s=0.3, max_attempts=50, linger_ms=1, batching=False)
    async with memory_carriers({"zto": t}, s) as carriers:
        watch = BlockedWatch(carriers)
        async with anyio.create_task_group() as tg:
            tg.start_soon(watch.run)
            results = await submit_all(carriers, Op.TRACK, waybills(1))
            tg.cancel_scope.cancel()
        assert results[0].ok
        assert watch.seen and not carriers.blocked
        assert carriers.limits["zto"].breaker.openings == 1
    assert len(t.calls) == 4  # three failures, no calls while open, one probe that succeeded


async def test_the_item_deadline_counts_from_when_the_merchant_asked() -> None:
    # A carrier down for good: an item asked for 19.8 s ago (deadline 20 s) is given up within a moment, one asked
    # 30 s ago at once, and one asked now goes on waiting for the carrier.
    t = SimTransport("zto", CarrierSim(), script=["500"] * 1000)
    s = carrier_settings(breaker_threshold=1, breaker_cooldown_s=60, max_attempts=1000, batching=False)
    async with memory_carriers({"zto": t}, s) as carriers:
        first = carriers.submit("zto", Op.TRACK, Item(key="k0", waybill=waybills(1)[0]))
        with anyio.fail_after(2):
            while not carriers.limits["zto"].breaker.rejecting:
                await anyio.sleep(0.01)
        now = time.time()
        fresh = carriers.submit("zto", Op.TRACK, Item(key="k1", waybill=waybills(1, seed=1)[0]), now)
        nearly = carriers.submit("zto", Op.TRACK, Item(key="k2", waybill=waybills(1, seed=2)[0]), now - 19.8)
        stale = carriers.submit("zto", Op.TRACK, Item(key="k3", waybill=waybills(1, seed=3)[0]), now - 30)
        assert stale.done() and stale.result().code == "carrier_unavailable"  # not even queued
        with anyio.fail_after(3):
            assert (await nearly).code == "carrier_unavailable"
        assert not fresh.done() and not first.done()  # 20 s each, counted from when they were asked
        fresh.cancel()
        first.cancel()


async def test_an_old_request_still_gets_its_retries_from_a_carrier_that_answers() -> None:
    # a backlog read after a restart: asked long ago, the carrier up, one call failing; it is retried, not given up
    t = SimTransport("zto", CarrierSim(), script=["500"])
    async with memory_carriers({"zto": t}, carrier_settings(breaker_threshold=50, batching=False)) as carriers:
        with anyio.fail_after(5):
            result = await carriers.submit("zto", Op.TRACK, Item(key="k0", waybill=waybills(1)[0]), time.time() - 600)
    assert result.ok and len(t.calls) == 2


async def test_the_same_key_acts_once() -> None:
    sim = CarrierSim()
    number = next(w for w in waybills(50) if world.initial_state(w).value == "in_transit")
    t = SimTransport("zto", sim)
    async with memory_carriers({"zto": t}, carrier_settings()) as carriers:
        first = await carriers.submit("zto", Op.INTERCEPT, Item(key="req-1", waybill=number))
        again = await carriers.submit("zto", Op.INTERCEPT, Item(key="req-1", waybill=number))
        other = await carriers.submit("zto", Op.INTERCEPT, Item(key="req-2", waybill=number))
    assert first.ok and again == first
    assert not other.ok and other.code == "already_intercepted"
    assert sim.stats.effects["intercept"] == 1


async def test_an_unexpected_client_error_never_ends_the_carrier_layer() -> None:
    class Broken(SimTransport):
        async def call(self, op, items):  # type: ignore[no-untyped-def]
            self.calls.append((op, [i.waybill for i in items]))
            raise ValueError("a library error nobody mapped")

    t = Broken("zto", CarrierSim())
    async with memory_carriers({"zto": t}, carrier_settings(max_attempts=2, breaker_threshold=100)) as carriers:
        first = await submit_all(carriers, Op.TRACK, waybills(2))
        second = await submit_all(carriers, Op.TRACK, waybills(1, seed=1))  # the carrier layer still runs
    assert {r.code for r in first + second} == {"carrier_unavailable"}


async def test_ending_the_carrier_layer_cancels_its_calls_in_flight_and_waits_for_them() -> None:
    """The batcher's calls are its own tasks: none outlives the carrier layer, and each one's clean-up has run."""
    ended: list[str] = []

    class Stuck(SimTransport):
        async def call(self, op, items):  # type: ignore[no-untyped-def]
            self.calls.append((op, [i.waybill for i in items]))
            try:
                await anyio.sleep_forever()
            finally:
                with anyio.CancelScope(shield=True):
                    await anyio.sleep(0.01)  # a clean-up that takes a while: it must still be waited for
                ended.append(op.value)
            return []

    t = Stuck("zto", CarrierSim())
    async with memory_carriers({"zto": t}, carrier_settings()) as carriers:
        carriers.submit("zto", Op.TRACK, Item(key="k1", waybill=waybills(1)[0]))
        carriers.submit("zto", Op.URGE, Item(key="k2", waybill=waybills(1, seed=1)[0]))
        with anyio.fail_after(5):
            while len(t.calls) < 2:
                await anyio.sleep(0.005)
    assert sorted(ended) == ["track", "urge"]


async def test_an_error_escaping_a_call_ends_the_carrier_layer_with_it() -> None:
    """As in a task group: a bug after the call (here the result counter) is raised, not lost with its task."""

    class Boom(Exception):
        pass

    t = SimTransport("zto", CarrierSim())
    with pytest.raises(BaseExceptionGroup) as caught:
        async with memory_carriers({"zto": t}, carrier_settings()) as carriers:
            batcher = carriers.batcher("zto", Op.TRACK)

            def boom(ok: int, failed: int) -> None:
                raise Boom(f"{ok} ok, {failed} failed")

            batcher._observe_result = boom
            carriers.submit("zto", Op.TRACK, Item(key="k1", waybill=waybills(1)[0]))
            await anyio.sleep(5)  # ended by the error well before this
    assert caught.group_contains(Boom)


# -- a network's accounts, made on first use -----------------------------------------------------------------


async def test_accounts_are_made_on_first_use_and_a_replaced_one_retires_when_answered() -> None:
    from router.carrier.accounts import CarrierAccounts
    from router.carrier.carriers import CarrierMetrics, Carriers
    from router.outlets import Account

    made: list[tuple[Account, SimTransport]] = []
    settings = carrier_settings(linger_ms=1)

    def make(account: Account) -> Carriers:
        t = SimTransport("zto", CarrierSim(), script=["500"] if account.customer == "HZ-1" else [])
        made.append((account, t))
        return Carriers({"zto": t}, settings, seed=1)

    hz, sh = Account("HZ-1", "k-hz", "s"), Account("SH", "k-sh", "s")
    accounts = CarrierAccounts(accounts={"hz": hz, "sh": sh}, make=make, metrics=CarrierMetrics())
    async with anyio.create_task_group() as tg:
        await tg.start(accounts.run)
        assert accounts.made == 0 and not accounts.blocked  # nothing made before an outlet needs it
        first = accounts.of("hz")
        pending = first.submit("zto", Op.TRACK, Item(key="k1", waybill=waybills(1)[0]))  # taken at once
        assert accounts.made == 1 and [a for a, _ in made] == [hz]
        accounts.update({"hz": Account("HZ-2", "k-hz", "s2"), "sh": sh})  # hz's account changed
        assert accounts.made == 0
        with anyio.fail_after(5):
            assert (await pending).ok  # the old account answers what it had (after a retry of a 500)
        assert accounts.of("hz") is not first and made[-1][0].customer == "HZ-2"
        accounts.update({"sh": sh})  # hz removed
        with pytest.raises(KeyError):
            accounts.of("hz")
        with anyio.fail_after(5):
            while first.running:  # the retired account's batchers end once idle
                await anyio.sleep(0.05)
        tg.cancel_scope.cancel()
    assert len(made[0][1].calls) == 2  # the 500, then the retry, on the old account


async def test_each_outlets_carrier_results_are_counted_apart_and_bounded() -> None:
    from router.carrier.accounts import CarrierAccounts
    from router.carrier.carriers import CarrierMetrics, Carriers
    from router.metrics import OUTLET_SERIES
    from router.outlets import Account

    metrics = CarrierMetrics()
    settings = carrier_settings(linger_ms=1)

    def make(account: Account) -> Carriers:
        failing = account.customer == "hz"  # hz's carrier refuses its calls; the others' answer
        return Carriers({"zto": SimTransport("zto", CarrierSim(), script=["400"] if failing else [])}, settings,
                        metrics)

    names = ["hz", *(f"o{i}" for i in range(OUTLET_SERIES + 5))]
    accounts = CarrierAccounts(accounts={o: Account(o, o, "s") for o in names}, make=make, metrics=metrics)
    w = waybills(1)[0]
    async with anyio.create_task_group() as tg:
        await tg.start(accounts.run)
        with anyio.fail_after(5):
            for i, o in enumerate(names):
                await accounts.submit(o, "zto", Op.TRACK, Item(key=f"k{i}", waybill=w))
        tg.cancel_scope.cancel()

    def counted(outlet: str, ok: str) -> float:
        return float(metrics.outlet_results.labels(outlet, ok)._value.get())

    assert (counted("hz", "false"), counted("hz", "true"), counted("o0", "true")) == (1, 0, 1)
    assert counted("other", "true") == 6  # past the bound, one series for the rest
    assert {s.labels["outlet"] for s in next(iter(metrics.outlet_results.collect())).samples} == {
        *names[:OUTLET_SERIES], "other"}


async def test_a_quiet_batcher_sends_at_once_and_a_busy_one_lingers() -> None:
    """An item that comes long after the one before has nothing to wait for: it leaves at once, not after the
    linger (a network's quiet outlet would wait the linger on every call for nothing); items coming close together
    still wait for each other."""
    t = SimTransport("zto", CarrierSim())
    first, *rest = waybills(6)
    async with memory_carriers({"zto": t}, carrier_settings(linger_ms=400)) as carriers:
        with anyio.fail_after(0.3):  # well inside the linger
            assert (await carriers.submit("zto", Op.TRACK, Item(key="k0", waybill=first))).ok
        pending = []
        for i, w in enumerate(rest):  # 5 ms apart, and soon after the first: they wait for each other
            pending.append(carriers.submit("zto", Op.TRACK, Item(key=f"k{i + 1}", waybill=w)))
            await anyio.sleep(0.005)
        for p in pending:
            assert (await p).ok
    assert [len(w) for _, w in t.calls] == [1, 5]


async def test_outlets_of_one_account_share_its_carriers_and_are_counted_apart() -> None:
    """Two outlets on one carrier account: one rate limit and one breaker at the carrier, so one set of carriers
    (their items share calls); each outlet's results are still its own. The account is retired only when no
    outlet has it any more."""
    from router.carrier.accounts import CarrierAccounts
    from router.carrier.carriers import CarrierMetrics, Carriers
    from router.outlets import Account

    metrics = CarrierMetrics()
    transports: list[SimTransport] = []

    def make(_account: Account) -> Carriers:
        transports.append(SimTransport("zto", CarrierSim()))
        return Carriers({"zto": transports[-1]}, carrier_settings(linger_ms=50), metrics)

    shared, own = Account("GROUP-1", "k1", "s"), Account("SOLO", "k2", "s")
    accounts = CarrierAccounts(accounts={"hz": shared, "sh": shared, "bj": own}, make=make, metrics=metrics)
    w1, w2 = waybills(2)
    async with anyio.create_task_group() as tg:
        await tg.start(accounts.run)
        assert accounts.of("hz") is accounts.of("sh") is not accounts.of("bj")
        with anyio.fail_after(5):
            results = await asyncio.gather(accounts.submit("hz", "zto", Op.TRACK, Item(key="a", waybill=w1)),
                                           accounts.submit("sh", "zto", Op.TRACK, Item(key="b", waybill=w2)))
        assert all(r.ok for r in results)
        first = accounts.of("hz")
        accounts.update({"hz": shared, "bj": own})  # sh gone: the account is still hz's
        assert accounts.of("hz") is first and first.running
        accounts.update({"bj": own})  # hz gone too: nobody has it
        with anyio.fail_after(5):
            while first.running:
                await anyio.sleep(0.05)
        tg.cancel_scope.cancel()
    assert [len(w) for _, w in transports[0].calls] == [2]  # the two outlets' items in one call of the account
    assert [metrics.outlet_results.labels(o, "true")._value.get() for o in ("hz", "sh")] == [1, 1]
