"""Router behaviour that must hold on any transport. Subclasses provide the ``make`` fixture."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import anyio

from kefu_dev import sample
from router.config import Settings
from router.contracts import DeadLetter, MerchantRequest, Reply, decode_as, encode
from router.deadletters import VALUE_MAX as DEAD_LETTER_VALUE_MAX
from router.dispatcher import Dispatcher
from tests.harness import FirstHandler, Harness, LanedHandler, OutletsHandler, ScriptedHandler, fresh_settings

MakeHarness = Callable[[Settings], Harness]


def _seq(request_id: str) -> int:
    return int(request_id.rsplit("-", 1)[1])


def assert_in_order(replies: list[Reply]) -> dict[str, list[int]]:
    by_merchant: defaultdict[str, list[int]] = defaultdict(list)
    for r in replies:
        by_merchant[r.merchant].append(_seq(r.request_id))
    for merchant, seqs in by_merchant.items():
        assert seqs == sorted(seqs), f"merchant {merchant} handled out of order: {seqs[:20]}"
    return by_merchant


async def assert_fully_committed(h: Harness) -> None:
    committed, ends = await h.committed(), await h.end_offsets()
    assert {p: committed.get(p, 0) for p in ends} == ends  # an empty partition has nothing to commit


def set_aside(router: Dispatcher) -> float:
    """Records set aside by every outlet so far."""
    return sum(s.value for m in router.metrics.registry.collect() if m.name == "kefu_outlet_intake_set_aside"
               for s in m.samples if s.name.endswith("_total"))


async def wait_until(predicate: Callable[[], bool], timeout_s: float = 30.0) -> None:
    with anyio.fail_after(timeout_s):
        while not predicate():
            await anyio.sleep(0.02)


class RouterContract:
    make: MakeHarness

    async def _harness(self, **sections: dict[str, object]) -> Harness:
        h = self.make(fresh_settings(**sections))
        await h.setup()
        return h

    async def test_every_request_handled_once_in_merchant_order_and_committed(self) -> None:
        h = await self._harness(topics={"partitions": 6})
        reqs = list(sample.requests(3000, 150, seed=1))
        await h.produce([sample.encoded(r) for r in reqs])
        handler = ScriptedHandler(delay_s=0.001)
        async with h.running(handler):
            got = await h.read(h.settings.topics.replies, len(reqs))
        replies = [decode_as(v, Reply) for _, v in got]
        assert sorted(r.request_id for r in replies) == sorted(r.id for r in reqs)
        assert all(k == r.merchant.encode() for (k, _), r in zip(got, replies, strict=True))
        by_merchant = assert_in_order(replies)
        assert len(by_merchant) == 150
        await assert_fully_committed(h)

    async def test_poison_goes_to_dead_letters_and_the_merchant_goes_on(self) -> None:
        h = await self._harness(topics={"partitions": 3})
        reqs = list(sample.requests(40, 4, seed=2))
        items = [sample.encoded(r) for r in reqs]
        key = reqs[0].merchant.encode()
        for i, poison in enumerate(sample.POISON):
            items.insert(2 + 3 * i, (key, poison))
        await h.produce(items)
        async with h.running(ScriptedHandler()):
            replies = await h.read(h.settings.topics.replies, len(reqs))
            letters = await h.read(h.settings.topics.dlq, len(sample.POISON))
        assert sorted(decode_as(v, Reply).request_id for _, v in replies) == sorted(r.id for r in reqs)
        dead = [decode_as(v, DeadLetter) for _, v in letters]
        assert sorted(d.value or b"" for d in dead) == sorted(sample.POISON)
        assert {d.reason for d in dead} == {"undecodable", "invalid_request", "unsupported_version"}
        for d in dead:
            assert d.topic == h.settings.topics.requests and d.offset >= 0 and d.key == key and d.detail
        await assert_fully_committed(h)

    async def test_a_record_crossing_merchants_is_a_dead_letter_and_nothing_else(self) -> None:
        """A request whose group speaks for another merchant (or another outlet) gets no reply, no ticket and no
        action: one dead letter with the reason, and the merchant's later requests go on in order."""
        h = await self._harness(topics={"partitions": 3})
        reqs = list(sample.requests(60, 5, seed=4))
        refused = {reqs[3].id, reqs[17].id}
        await h.produce([sample.encoded(r) for r in reqs])
        async with h.running(ScriptedHandler(refuse=refused)):
            got = await h.read(h.settings.topics.replies, len(reqs) - len(refused))
            letters = await h.read(h.settings.topics.dlq, len(refused))
        replies = [decode_as(v, Reply) for _, v in got]
        assert sorted(r.request_id for r in replies) == sorted(r.id for r in reqs if r.id not in refused)
        assert_in_order(replies)
        dead = [decode_as(v, DeadLetter) for _, v in letters]
        assert {d.reason for d in dead} == {"group_merchant_mismatch"}
        assert sorted(decode_as(d.value or b"", MerchantRequest).id for d in dead) == sorted(refused)
        await assert_fully_committed(h)

    async def test_a_record_too_big_to_dead_letter_whole_is_cut_short_and_the_merchant_goes_on(self) -> None:
        """A 900 KB undecodable record: its dead letter, with the value in base64, would be over the broker's
        1 MB, and a letter the broker refuses would hold the merchant (and the partition's commits) forever."""
        h = await self._harness(topics={"partitions": 1})
        reqs = list(sample.requests(6, 1, seed=3))
        huge = b"\x00" + b"\xff" * 900_000
        items = [sample.encoded(r) for r in reqs]
        items.insert(2, (reqs[0].merchant.encode(), huge))
        await h.produce(items)
        async with h.running(ScriptedHandler()):
            replies = await h.read(h.settings.topics.replies, len(reqs))
            letters = await h.read(h.settings.topics.dlq, 1)
        assert sorted(decode_as(v, Reply).request_id for _, v in replies) == sorted(r.id for r in reqs)
        (dead,) = [decode_as(v, DeadLetter) for _, v in letters]
        assert dead.reason == "undecodable" and dead.offset == 2
        assert dead.value == huge[:DEAD_LETTER_VALUE_MAX] and f"{len(huge)} bytes" in dead.detail
        await assert_fully_committed(h)

    async def test_handler_errors_and_timeouts_become_dead_letters(self) -> None:
        h = await self._harness(topics={"partitions": 2}, scheduler={"handler_timeout_s": 0.3})
        reqs = list(sample.requests(20, 2, seed=3))
        await h.produce([sample.encoded(r) for r in reqs])
        handler = ScriptedHandler(fail={reqs[0].id}, stall={reqs[1].id})
        async with h.running(handler):
            replies = await h.read(h.settings.topics.replies, len(reqs) - 2)
            letters = await h.read(h.settings.topics.dlq, 2)
        assert len(replies) == len(reqs) - 2
        reasons = sorted(decode_as(v, DeadLetter).reason for _, v in letters)
        assert reasons == ["handler_error", "handler_timeout"]
        assert_in_order([decode_as(v, Reply) for _, v in replies])

    async def test_a_timed_out_worker_goes_on_and_a_handler_that_swallows_the_timeout_keeps_its_result(self) -> None:
        """One worker (max_inflight 1) runs every record: after the watchdog cancelled its handler twice, once
        taken as a timeout and once swallowed by the handler, it still handles every later record."""
        h = await self._harness(
            topics={"partitions": 1}, scheduler={"handler_timeout_s": 0.2, "max_inflight": 1}
        )
        reqs = list(sample.requests(12, 3, seed=5))
        await h.produce([sample.encoded(r) for r in reqs])
        handler = ScriptedHandler(stall={reqs[1].id}, stubborn={reqs[4].id}, delay_s=0.001)
        async with h.running(handler):
            replies = await h.read(h.settings.topics.replies, len(reqs) - 1)
            letters = await h.read(h.settings.topics.dlq, 1)
        got = [decode_as(v, Reply) for _, v in replies]
        assert sorted(r.request_id for r in got) == sorted(r.id for r in reqs if r.id != reqs[1].id)
        assert [decode_as(v, DeadLetter).reason for _, v in letters] == ["handler_timeout"]
        assert_in_order(got)
        await assert_fully_committed(h)

    async def test_restart_redoes_only_unfinished_records(self) -> None:
        """A blocked record holds the commit back; records finished past it are not handled again."""
        h = await self._harness(topics={"partitions": 1}, shutdown={"drain_timeout_s": 0.5})
        reqs = list(sample.requests(200, 20, seed=4))
        await h.produce([sample.encoded(r) for r in reqs])
        stuck = reqs[5]  # its merchant's later records cannot run either
        first = ScriptedHandler(block={stuck.id})
        async with h.running(first) as router:
            await h.read(h.settings.topics.replies, len(reqs) - 10)
            await wait_until(lambda: router.commit_points()[(h.settings.topics.requests, 0)] == 5)
        committed = await h.committed()
        assert committed == {0: 5}
        not_done = [r for r in reqs if r.merchant == stuck.merchant and _seq(r.id) >= _seq(stuck.id)]
        assert len(first.calls) == len(reqs) - len(not_done) + 1
        second = ScriptedHandler()
        async with h.running(second):
            await h.read(h.settings.topics.replies, len(reqs))

            await wait_until(lambda: len(second.calls) >= len(not_done))
        assert sorted(second.calls) == sorted(r.id for r in not_done)
        await assert_fully_committed(h)

    async def test_backpressure_pauses_intake_and_bounds_the_buffer(self) -> None:
        h = await self._harness(
            topics={"partitions": 4},
            backpressure={
                "high_records": 200, "low_records": 100, "partition_high_records": 80, "partition_low_records": 40,
            },
            kafka={"fetch_max_records": 50},
        )
        reqs = list(sample.requests(2000, 40, seed=5))
        await h.produce([sample.encoded(r) for r in reqs])
        handler = ScriptedHandler(block={r.id for r in reqs})
        async with h.running(handler) as router:
            await wait_until(lambda: len(router.paused) == 4)
            peak = 0
            for _ in range(20):
                peak = max(peak, router.metrics.buffered_records._value.get())
                await anyio.sleep(0.02)
            assert 0 < peak <= 200 + 50
            handler.released.set()
            got = await h.read(h.settings.topics.replies, len(reqs), timeout_s=60)
        assert len(got) == len(reqs)
        assert_in_order([decode_as(v, Reply) for _, v in got])

    async def test_a_merchants_requests_on_different_lanes_run_together_and_reply_in_order(self) -> None:
        """A laned handler: one merchant's requests on different lanes overlap (at most max_per_key at once),
        requests sharing a lane never overlap and start in order, a lane-less request runs alone; replies still
        leave in offset order per merchant, and everything is committed."""
        h = await self._harness(topics={"partitions": 2}, scheduler={"max_per_key": 4})
        reqs = list(sample.requests(600, 6, seed=11))
        await h.produce([sample.encoded(r) for r in reqs])
        handler = LanedHandler(lambda seq: None if seq % 23 == 0 else f"w{seq % 7}", seed=11)
        async with h.running(handler):
            got = await h.read(h.settings.topics.replies, len(reqs))
        replies = [decode_as(v, Reply) for _, v in got]
        assert sorted(r.request_id for r in replies) == sorted(r.id for r in reqs)
        assert_in_order(replies)
        await assert_fully_committed(h)
        by_merchant: defaultdict[str, list[str]] = defaultdict(list)
        for r in reqs:
            by_merchant[r.merchant].append(r.id)
        widest = 0
        for ids in by_merchant.values():
            spans = [handler.spans[i] for i in ids]
            for a in range(len(ids)):
                overlapping = [b for b in range(len(ids)) if b != a
                               and spans[b][0] < spans[a][1] and spans[a][0] < spans[b][1]]
                lane_a = handler.lane_of(_seq(ids[a]))
                for b in overlapping:
                    lane_b = handler.lane_of(_seq(ids[b]))
                    assert lane_a is not None and lane_b is not None, f"{ids[a]} ran beside {ids[b]}: one is alone"
                    assert lane_a != lane_b, f"{ids[a]} and {ids[b]} share lane {lane_a} and overlapped"
                if a and handler.lane_of(_seq(ids[a])) is not None:
                    for b in range(a):
                        if handler.lane_of(_seq(ids[b])) in (None, lane_a):
                            assert spans[b][1] <= spans[a][0], f"{ids[a]} started before {ids[b]} ended"
            running = 0
            for _step, change in sorted([(s, 1) for s, _ in spans] + [(e, -1) for _, e in spans]):
                running += change
                widest = max(widest, running)
        assert 1 < widest <= 4, f"at most {widest} requests of one merchant ran at once"
        assert len(handler.asked) == len(set(handler.asked))  # lanes asked at most once per request

    async def test_an_outlet_over_its_share_of_the_intake_holds_back_no_other(self) -> None:
        """An outlet whose requests all wait (its carrier down) holds at most its share of the buffer: the rest of
        its records are set aside, so neither the router's nor a partition's watermark pauses the other outlets,
        whose requests are all answered meanwhile. Once it goes on, its records set aside are fetched again and
        answered in each merchant's order, and everything is committed."""
        h = await self._harness(
            topics={"partitions": 2},
            scheduler={"max_per_key": 4, "max_inflight": 64, "max_inflight_per_outlet": 8},
            backpressure={"high_records": 120, "low_records": 60, "partition_high_records": 60,
                          "partition_low_records": 30, "max_records_per_outlet": 20},
            kafka={"fetch_max_records": 50},
        )
        reqs = list(sample.requests(900, 9, seed=12))
        slow_merchants = {reqs[0].merchant, reqs[1].merchant, reqs[2].merchant}
        slow = {r.id for r in reqs if r.merchant in slow_merchants}
        await h.produce([sample.encoded(r) for r in reqs])
        handler = OutletsHandler(lambda m: "slow" if m in slow_merchants else "quick", block=slow)
        async with h.running(handler) as router:
            got = await h.read(h.settings.topics.replies, len(reqs) - len(slow), timeout_s=60)
            assert not {decode_as(v, Reply).request_id for _, v in got} & slow  # every other outlet's, first
            # the slow outlet's share and no more (the others' last ones are on their way out)
            await wait_until(lambda: router.metrics.buffered_records._value.get() <= 20)
            assert all(handler.calls.count(i) == 1 for i in handler.calls)
            assert set_aside(router) >= len(slow) - 20
            handler.released.set()
            got = await h.read(h.settings.topics.replies, len(reqs), timeout_s=60)
        replies = [decode_as(v, Reply) for _, v in got]
        assert sorted(r.request_id for r in replies) == sorted(r.id for r in reqs)
        assert_in_order(replies)
        assert router.metrics.fetched_again._value.get() > 0
        await assert_fully_committed(h)

    async def test_a_vip_merchants_requests_start_before_those_waiting_their_turn(self) -> None:
        """A backlog of 31 merchants' requests, one of them a VIP: with two slots, the VIP's requests start before
        the others waiting their turn (one turn in 31 otherwise), in its order."""
        h = await self._harness(topics={"partitions": 2}, scheduler={"max_per_key": 2, "max_inflight": 2})
        every = list(sample.requests(310, 31, seed=21))  # (ten each, the merchants taking turns)
        vip = [r for r in every if r.merchant == every[30].merchant]
        reqs = [r for r in every if r.merchant != every[30].merchant]
        await h.produce([sample.encoded(r) for r in every])
        handler = FirstHandler({vip[0].merchant}, delay_s=0.005)
        async with h.running(handler):
            got = await h.read(h.settings.topics.replies, len(reqs) + len(vip), timeout_s=60)
        replies = [decode_as(v, Reply) for _, v in got]
        assert sorted(r.request_id for r in replies) == sorted(r.id for r in reqs + vip)
        assert_in_order(replies)
        mine = {r.id for r in vip}
        at = [i for i, rid in enumerate(handler.calls) if rid in mine]  # when each was handled, of all
        # (waiting its turn among 31 merchants, two at a time, its last would come near the end)
        assert len(handler.calls) == len(every) and at[-1] < len(every) // 2, at
        await assert_fully_committed(h)

    async def test_a_fast_drain_commits_every_so_many_records_not_only_on_the_clock(self) -> None:
        """commit.max_records: with a commit interval far longer than the drain, what finished is committed while
        the router runs once that many records finished (what a crash would redo is bounded by records); with 0,
        nothing is committed before the interval."""
        for max_records, early in ((100, True), (0, False)):
            h = await self._harness(topics={"partitions": 2}, commit={"interval_s": 120, "max_records": max_records})
            reqs = list(sample.requests(1000, 20, seed=31))
            await h.produce([sample.encoded(r) for r in reqs])
            async with h.running(ScriptedHandler()):
                await h.read(h.settings.topics.replies, len(reqs))
                with anyio.move_on_after(10 if early else 1):
                    while sum((await h.committed()).values()) < len(reqs) - max_records:
                        await anyio.sleep(0.05)
                committed = sum((await h.committed()).values())
            assert (committed >= len(reqs) - max_records) is early, (max_records, committed)

    async def test_wrong_type_fields_never_reach_the_handler(self) -> None:
        h = await self._harness(topics={"partitions": 1})
        good = next(sample.requests(1, 1, seed=6))
        bad = encode(MerchantRequest(**{**{f: getattr(good, f) for f in good.__struct_fields__}, "id": "x"}))
        bad = bad.replace(b'"platform":"demo"', b'"platform":42')
        await h.produce([(b"m", bad), sample.encoded(good)])
        handler = ScriptedHandler()
        async with h.running(handler):
            await h.read(h.settings.topics.replies, 1)
            letters = await h.read(h.settings.topics.dlq, 1)
        assert handler.calls == [good.id]
        assert decode_as(letters[0][1], DeadLetter).reason == "invalid_request"


__all__ = ["RouterContract", "assert_fully_committed", "assert_in_order"]
