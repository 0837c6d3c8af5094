from __future__ import annotations

import itertools
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import anyio
import anyio.lowlevel
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.offsets import PartitionOffsets
from router.scheduler import KeyedScheduler


@dataclass
class J:
    key: bytes | None
    seq: int
    partition: int = 0
    release: anyio.Event = field(default_factory=anyio.Event)
    outlet: str | None = None  # (shares: see _outlet)
    lanes: frozenset[str] | None = frozenset()

    @property
    def tp(self) -> tuple[str, int]:
        return ("t", self.partition)

    @property
    def size(self) -> int:
        return 10


class Probe:
    """Work that records start/finish and waits for the test to release each job."""

    def __init__(self) -> None:
        self.started: list[J] = []
        self.finished: list[J] = []
        self.running: set[int] = set()
        self.running_keys: defaultdict[bytes | None, int] = defaultdict(int)
        self.max_running = 0
        self.violations: list[str] = []

    async def __call__(self, job: J) -> None:
        self.running_keys[job.key] += 1
        if self.running_keys[job.key] > 1:
            self.violations.append(f"key {job.key!r} ran twice at once")
        self.running.add(job.seq)
        self.max_running = max(self.max_running, len(self.running))
        self.started.append(job)
        try:
            await job.release.wait()
        finally:
            self.running.discard(job.seq)
            self.running_keys[job.key] -= 1
        self.finished.append(job)


async def _settle() -> None:
    for _ in range(5):
        await anyio.lowlevel.checkpoint()


@settings(max_examples=120, deadline=None)
@given(
    keys=st.lists(st.sampled_from([b"a", b"b", b"c", b"d", b"e", None]), min_size=1, max_size=60),
    max_inflight=st.integers(1, 6),
    picks=st.lists(st.integers(0, 10_000), min_size=200, max_size=200),
)
def test_random_completion_orders_keep_key_order_and_commit_safety(
    keys: list[bytes | None], max_inflight: int, picks: list[int]
) -> None:
    async def scenario() -> None:
        probe = Probe()
        offsets = PartitionOffsets()
        finished_offsets: set[int] = set()

        async def work(job: J) -> None:
            await probe(job)
            offsets.finish(job.seq)
            finished_offsets.add(job.seq)
            sched.done(job)

        sched: KeyedScheduler[J] = KeyedScheduler(work, max_inflight)
        jobs = [J(k, i) for i, k in enumerate(keys)]
        async with anyio.create_task_group() as tg:
            await tg.start(sched.run)
            for j in jobs:
                offsets.receive(j.seq)
                sched.submit(j)
            pick = iter(picks)
            while len(probe.finished) < len(jobs):
                await _settle()
                running = [j for j in probe.started if not j.release.is_set()]
                assert running, "work stalled with jobs outstanding"
                assert len(running) <= max_inflight
                running[next(pick, 0) % len(running)].release.set()
                await _settle()
                point = offsets.commit_point()
                assert point is not None
                assert all(s in finished_offsets for s in range(point)), "commit covers an unfinished record"
            tg.cancel_scope.cancel()
        assert not probe.violations
        by_key: defaultdict[bytes | None, list[int]] = defaultdict(list)
        for j in probe.started:
            by_key[j.key].append(j.seq)
        for seqs in by_key.values():
            assert seqs == sorted(seqs)
        assert offsets.commit_point() == len(jobs)
        assert sched.buffered_records == 0 and sched.inflight == 0

    anyio.run(scenario)


def completing(probe: Probe, max_inflight: int = 4, **options: Any) -> tuple[KeyedScheduler[J], Probe]:
    """A scheduler whose work runs the probe and completes the job in place (``options``: the scheduler's)."""

    async def work(job: J) -> None:
        await probe(job)
        sched.done(job)

    sched: KeyedScheduler[J] = KeyedScheduler(work, max_inflight=max_inflight, **options)
    return sched, probe


async def test_slow_merchant_does_not_block_others_and_holds_one_slot() -> None:
    sched, probe = completing(Probe())
    hot = [J(b"hot", i) for i in range(100)]
    others = [J(f"m{i}".encode(), 100 + i) for i in range(20)]
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for j in hot:
            sched.submit(j)
        for j in others:
            sched.submit(j)
        await _settle()
        # The hot merchant's first job never completes; everyone else must still get through.
        for _ in range(40):
            for j in list(probe.started):
                if j.key != b"hot":
                    j.release.set()
            await _settle()
        assert {j.seq for j in probe.finished} == {j.seq for j in others}
        assert [j.seq for j in probe.started if j.key == b"hot"] == [0]
        assert sched.buffered_records == 100
        tg.cancel_scope.cancel()


async def test_round_robin_between_busy_keys() -> None:
    order: list[bytes | None] = []

    async def work(job: J) -> None:
        order.append(job.key)
        await anyio.lowlevel.checkpoint()
        sched.done(job)

    sched: KeyedScheduler[J] = KeyedScheduler(work, max_inflight=1)
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for i in range(30):
            sched.submit(J(b"big", i))
        for i in range(3):
            sched.submit(J(b"small", 100 + i))
        await sched.wait_idle()
        tg.cancel_scope.cancel()
    # The small merchant is served within the first few turns, not after all 30 of the big one.
    assert order.index(b"small") <= 2
    assert [k for k in order[:6]].count(b"small") == 3


async def test_drop_queued_and_abandon_partition() -> None:
    sched, probe = completing(Probe())
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for i in range(5):
            sched.submit(J(b"k", i, partition=0))
            sched.submit(J(b"k", 10 + i, partition=1))
        await _settle()
        assert len(sched.drop_queued([("t", 0)])) == 4
        assert sched.abandon([("t", 0)]) == 1
        await _settle()
        assert ("t", 0) not in sched.load
        assert sched.buffered_records == 5  # partition 1 untouched
        for _ in range(10):
            for j in probe.started:
                j.release.set()
            await _settle()
        await sched.wait_idle()
        assert [j.seq for j in probe.finished] == [10, 11, 12, 13, 14]
        tg.cancel_scope.cancel()


def test_rejects_zero_inflight() -> None:
    async def work(job: J) -> None: ...

    with pytest.raises(ValueError, match="max_inflight"):
        KeyedScheduler(work, 0)


async def test_handed_over_job_frees_its_key_but_stays_buffered_until_done() -> None:
    """A key's next job may start once the previous one's ordered phase returned; the first stays buffered
    (and its offset uncommittable) until its owner reports it done."""
    offsets = PartitionOffsets()
    ordered: list[int] = []
    handed: dict[int, J] = {}

    async def work(job: J) -> None:
        ordered.append(job.seq)
        handed[job.seq] = job  # completion happens later, e.g. in a broker acknowledgement callback

    sched: KeyedScheduler[J] = KeyedScheduler(work, max_inflight=4)
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for i in (0, 1):
            offsets.receive(i)
            sched.submit(J(b"k", i))
        await _settle()
        assert ordered == [0, 1]  # job 1 ran although job 0 is not complete
        assert sched.inflight == 0 and sched.buffered_records == 2
        offsets.finish(1)
        sched.done(handed[1])
        assert offsets.commit_point() == 0  # job 1 finished, job 0 not: nothing committable
        drained = anyio.Event()

        async def wait() -> None:
            await sched.wait_drained([("t", 0)])
            drained.set()

        tg.start_soon(wait)
        await _settle()
        assert not drained.is_set()
        offsets.finish(0)
        sched.done(handed[0])
        await _settle()
        assert drained.is_set() and offsets.commit_point() == 2 and sched.buffered_records == 0
        tg.cancel_scope.cancel()


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def _jobs_done_at_each_turn_of_another_task(max_inflight: int, jobs: int, job_s: float) -> list[int]:
    """Run ``jobs`` jobs that never suspend (``job_s`` of CPU each); return how many were done each time
    another task got a turn of the loop."""
    done_count = 0
    seen: list[int] = []

    async def work(job: J) -> None:
        nonlocal done_count
        _busy(job_s)
        done_count += 1
        sched.done(job)

    sched: KeyedScheduler[J] = KeyedScheduler(work, max_inflight=max_inflight)

    async def other() -> None:
        while True:
            seen.append(done_count)
            await anyio.lowlevel.checkpoint()

    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        tg.start_soon(other)
        for i in range(jobs):
            sched.submit(J(f"k{i}".encode(), i))
        await sched.wait_idle()
        tg.cancel_scope.cancel()
    return seen


async def test_work_that_never_suspends_does_not_starve_other_tasks() -> None:
    """Workers take ready keys back to back, but the loop gets a turn every slice (20 ms): heartbeats and intake
    must run."""
    seen = await _jobs_done_at_each_turn_of_another_task(max_inflight=8, jobs=4000, job_s=0.0002)  # ~0.8 s
    during = {n for n in seen if 0 < n < 4000}
    assert len(during) >= 20, f"the other task ran only at {sorted(during)[:10]}"


async def test_work_that_never_suspends_shares_each_turn_of_the_loop_across_the_whole_pool() -> None:
    """However many workers are runnable, jobs that never suspend get about one slice of a turn between two
    turns of another task: a yield every few jobs per worker let 512 workers x 8 jobs run in one turn."""
    seen = await _jobs_done_at_each_turn_of_another_task(max_inflight=256, jobs=4000, job_s=0.0001)  # ~0.4 s
    most = max(b - a for a, b in itertools.pairwise(seen))
    # A 20 ms slice holds about 200 such jobs; each turn adds at most the few workers let go in it. With a
    # yield every 8 jobs per worker, one turn ran 256 x 8 = 2,048.
    assert 0 < most <= 600, most


async def test_cancelling_the_pool_while_workers_wait_for_a_turn_ends_cleanly() -> None:
    started = 0

    async def work(job: J) -> None:
        nonlocal started
        started += 1
        _busy(0.0001)
        sched.done(job)

    sched: KeyedScheduler[J] = KeyedScheduler(work, max_inflight=128)
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            await tg.start(sched.run)
            for i in range(20_000):
                sched.submit(J(f"k{i % 500}".encode(), i))
            while started < 500:  # well into the backlog: most workers wait for a turn
                await anyio.sleep(0.001)
            tg.cancel_scope.cancel()  # must not raise (a worker let go and cancelled at once, or cancelled alone)
    assert 500 <= started < 20_000


@dataclass
class LJ(J):
    lanes: frozenset[str] | None = frozenset()


@settings(max_examples=120, deadline=None)
@given(
    jobs=st.lists(
        st.tuples(st.sampled_from([b"a", b"b", b"c"]),
                  st.one_of(st.none(), st.frozensets(st.sampled_from("vwxyz"), max_size=2))),
        min_size=1, max_size=50,
    ),
    max_per_key=st.integers(1, 4),
    max_inflight=st.integers(1, 6),
    picks=st.lists(st.integers(0, 10_000), min_size=200, max_size=200),
)
def test_lanes_let_a_keys_unrelated_jobs_overlap_and_keep_each_lanes_order(
    jobs: list[tuple[bytes, frozenset[str] | None]], max_per_key: int, max_inflight: int, picks: list[int]
) -> None:
    async def scenario() -> None:
        asked: list[int] = []

        def lanes(job: LJ) -> frozenset[str] | None:
            asked.append(job.seq)
            return job.lanes

        running: dict[int, LJ] = {}
        started: list[int] = []
        violations: list[str] = []

        async def work(job: LJ) -> None:
            mine = [j for j in running.values() if j.key == job.key]
            if len(mine) >= max_per_key:
                violations.append(f"{len(mine) + 1} jobs of {job.key!r} at once")
            for other in mine:
                if job.lanes is None or other.lanes is None or job.lanes & other.lanes:
                    violations.append(f"{other.seq} and {job.seq} conflict and overlapped")
            # every earlier job of the key that conflicts must have started (and, by the check above, ended)
            for earlier in all_jobs[: job.seq]:
                if earlier.key == job.key and earlier.seq not in started and (
                        job.lanes is None or earlier.lanes is None or job.lanes & earlier.lanes):
                    violations.append(f"{job.seq} started before the earlier conflicting {earlier.seq}")
            running[job.seq] = job
            started.append(job.seq)
            try:
                await job.release.wait()
            finally:
                del running[job.seq]
            sched.done(job)

        sched: KeyedScheduler[LJ] = KeyedScheduler(work, max_inflight, max_per_key=max_per_key, lanes=lanes)
        all_jobs = [LJ(k, i, lanes=ln) for i, (k, ln) in enumerate(jobs)]
        async with anyio.create_task_group() as tg:
            await tg.start(sched.run)
            for j in all_jobs:
                sched.submit(j)
            pick = iter(picks)
            while len(started) < len(all_jobs) or running:
                await _settle()
                now = list(running.values())
                assert now, "work stalled with jobs outstanding"
                assert len(now) <= max_inflight
                now[next(pick, 0) % len(now)].release.set()
                await _settle()
            tg.cancel_scope.cancel()
        assert not violations, violations[:5]
        assert sorted(started) == list(range(len(all_jobs)))
        assert sched.buffered_records == 0 and sched.inflight == 0
        if max_per_key == 1:
            assert not asked  # one at a time needs no lanes

    anyio.run(scenario)


async def test_a_key_runs_unrelated_jobs_side_by_side_up_to_its_cap() -> None:
    probe_running: list[int] = []
    peak = 0

    async def work(job: LJ) -> None:
        nonlocal peak
        probe_running.append(job.seq)
        peak = max(peak, len(probe_running))
        await job.release.wait()
        probe_running.remove(job.seq)
        sched.done(job)

    sched: KeyedScheduler[LJ] = KeyedScheduler(work, 64, max_per_key=3, lanes=lambda j: j.lanes)
    jobs = [LJ(b"hot", i, lanes=frozenset({f"w{i}"})) for i in range(10)]
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for j in jobs:
            sched.submit(j)
        await _settle()
        assert sorted(probe_running) == [0, 1, 2]
        for j in jobs:
            j.release.set()
        with anyio.fail_after(5):
            while sched.buffered_records:
                await anyio.sleep(0.01)
        tg.cancel_scope.cancel()
    assert peak == 3


def test_rejects_zero_per_key() -> None:
    with pytest.raises(ValueError, match="max_per_key"):
        KeyedScheduler(lambda _j: anyio.lowlevel.checkpoint(), max_per_key=0, lanes=lambda _j: None)


async def test_a_job_waits_for_an_earlier_queued_job_it_shares_a_lane_with() -> None:
    """0 holds v; 1 wants v and w, so it waits; 2 wants only w: it must wait for 1, though w is free now."""
    started: list[int] = []

    async def work(job: LJ) -> None:
        started.append(job.seq)
        await job.release.wait()
        sched.done(job)

    sched: KeyedScheduler[LJ] = KeyedScheduler(work, 8, max_per_key=4, lanes=lambda j: j.lanes)
    jobs = [LJ(b"m", 0, lanes=frozenset("v")), LJ(b"m", 1, lanes=frozenset("vw")), LJ(b"m", 2, lanes=frozenset("w")),
            LJ(b"m", 3, lanes=frozenset("x")), LJ(b"m", 4, lanes=None), LJ(b"m", 5, lanes=frozenset("y"))]
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for j in jobs:
            sched.submit(j)
        await _settle()
        assert started == [0, 3]  # 4 (no lanes) holds back 5
        jobs[0].release.set()
        await _settle()
        assert started == [0, 3, 1]
        jobs[1].release.set()
        await _settle()
        assert started == [0, 3, 1, 2]
        jobs[2].release.set()
        jobs[3].release.set()
        await _settle()
        assert started == [0, 3, 1, 2, 4]  # alone
        jobs[4].release.set()
        await _settle()
        assert started == [0, 3, 1, 2, 4, 5]
        jobs[5].release.set()
        with anyio.fail_after(5):
            while sched.buffered_records:
                await anyio.sleep(0.01)
        tg.cancel_scope.cancel()


# -- shares: one outlet of a network holds at most its share of the slots ----------------------------------------


def _outlet(job: J) -> str | None:
    """The test's share: the job's outlet if it names one, else its key's first letter (b"a1" is outlet "a"); no
    key shares with nobody."""
    if job.outlet is not None:
        return job.outlet
    return job.key[:1].decode() if job.key else None


async def test_a_share_at_its_limit_waits_aside_while_other_shares_run() -> None:
    sched, probe = completing(Probe(), max_inflight=8, share=_outlet, max_per_share=2)
    surge = [J(f"a{i}".encode(), i) for i in range(20)]  # one outlet's twenty merchants, all stuck
    others = [J(b"b1", 100), J(b"b2", 101), J(b"c1", 102), J(None, 103)]
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for j in surge + others:
            sched.submit(j)
        await _settle()
        assert [j.seq for j in probe.started] == [0, 1, 100, 101, 102, 103]  # a: two; the others at once
        for j in others:
            j.release.set()
        await _settle()
        assert sched.inflight == 2  # six slots free, and still a's two: it waits for its own
        surge[1].release.set()
        await _settle()
        assert [j.seq for j in probe.started][-1] == 2  # the next of a's merchants, in the order they came
        for j in surge:
            j.release.set()
        with anyio.fail_after(5):
            while len(probe.finished) < len(surge) + len(others):
                await _settle()
        tg.cancel_scope.cancel()
    assert sched.buffered_records == 0 and sched.inflight == 0


async def test_a_key_waiting_aside_whose_partition_is_dropped_lets_the_next_go() -> None:
    sched, probe = completing(Probe(), max_inflight=4, share=_outlet, max_per_share=1)
    first, dropped, kept = J(b"a1", 0), J(b"a2", 1, partition=1), J(b"a3", 2)
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for j in (first, dropped, kept):
            sched.submit(j)
        await _settle()
        assert sched.drop_queued([("t", 1)]) == [dropped]
        first.release.set()
        kept.release.set()
        with anyio.fail_after(5):
            while len(probe.finished) < 2:
                await _settle()
        tg.cancel_scope.cancel()
    assert [j.seq for j in probe.started] == [0, 2]


async def test_a_share_whose_offered_key_was_revoked_offers_the_next() -> None:
    """a2 is offered outlet a's slot when a1 returns, but its partition is revoked before a worker reaches it: the
    slot passes to a3, which waited behind it."""
    sched, probe = completing(Probe(), max_inflight=2, share=_outlet, max_per_share=1,
                              lanes=lambda j: j.lanes, max_per_key=4)
    a1, a2, a3 = J(b"a1", 0), J(b"a2", 1, partition=1), J(b"a3", 2)
    b1, c1 = J(b"b1", 3), J(b"c1", 4)
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for batch in ((a1,), (a2, a3), (b1,), (c1,)):
            for j in batch:
                sched.submit(j)
            await _settle()
        assert [j.seq for j in probe.started] == [0, 3]  # a2, a3 aside; c1 waits for a slot
        a1.release.set()
        await _settle()  # a2 offered behind c1, which takes the slot
        assert sched.drop_queued([("t", 1)]) == [a2]
        for j in (b1, c1, a3):
            j.release.set()
        with anyio.fail_after(5):
            while len(probe.finished) < 4:
                await _settle()
        tg.cancel_scope.cancel()
    assert [j.seq for j in probe.started] == [0, 3, 4, 2]


async def test_a_merchant_of_two_outlets_is_held_back_only_by_its_own_parcels() -> None:
    """One merchant id in outlets a and b (one Kafka key). Outlet b's slot is taken: the merchant's request of
    outlet b waits, its later request of outlet a about another parcel goes on, and one about the waiting
    request's parcel stays behind it."""
    sched, probe = completing(Probe(), max_inflight=8, share=_outlet, max_per_share=1,
                              lanes=lambda j: j.lanes, max_per_key=4)
    hold_b = J(b"x", 0, outlet="b")
    waits = J(b"m0", 1, outlet="b", lanes=frozenset({"w1"}))
    passes = J(b"m0", 2, outlet="a", lanes=frozenset({"w2"}))
    behind = J(b"m0", 3, outlet="a", lanes=frozenset({"w1"}))
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for j in (hold_b, waits, passes, behind):
            sched.submit(j)
        await _settle()
        assert [j.seq for j in probe.started] == [0, 2]
        passes.release.set()
        await _settle()
        assert [j.seq for j in probe.started] == [0, 2]  # "behind" is about w1: it waits for "waits"
        hold_b.release.set()
        await _settle()
        assert [j.seq for j in probe.started] == [0, 2, 1]
        waits.release.set()
        await _settle()
        assert [j.seq for j in probe.started] == [0, 2, 1, 3]
        behind.release.set()
        tg.cancel_scope.cancel()


@settings(max_examples=80, deadline=None)
@given(
    keys=st.lists(st.tuples(st.sampled_from([b"a1", b"a2", b"a3", b"b1", b"b2", b"c1", None]),
                            st.sampled_from([None, "a", "b"])), min_size=1, max_size=60),
    max_inflight=st.integers(2, 6),
    max_per_share=st.integers(1, 3),
    picks=st.lists(st.integers(0, 10_000), min_size=200, max_size=200),
)
def test_shares_never_exceed_their_slots_and_never_stall(
    keys: list[tuple[bytes | None, str | None]], max_inflight: int, max_per_share: int, picks: list[int]
) -> None:
    async def scenario() -> None:
        sched, probe = completing(Probe(), max_inflight, share=_outlet, max_per_share=max_per_share)
        jobs = [J(k, i, outlet=o) for i, (k, o) in enumerate(keys)]  # a key's jobs may be of several outlets
        async with anyio.create_task_group() as tg:
            await tg.start(sched.run)
            for j in jobs:
                sched.submit(j)
            pick = iter(picks)
            while len(probe.finished) < len(jobs):
                await _settle()
                running = [j for j in probe.started if not j.release.is_set()]
                assert running, "work stalled with jobs outstanding"
                per_share: defaultdict[str | None, int] = defaultdict(int)
                for j in running:
                    per_share[_outlet(j)] += 1
                assert all(n <= max_per_share for s, n in per_share.items() if s is not None), per_share
                # work-conserving: a slot is idle only if each key's next job waits for its key or its full share
                nexts: dict[bytes | None, J] = {}
                for j in jobs:
                    if j not in probe.started:
                        nexts.setdefault(j.key, j)
                busy = {j.key for j in running}
                if len(running) < max_inflight:
                    assert all(j.key in busy or (_outlet(j) is not None and per_share[_outlet(j)] >= max_per_share)
                               for j in nexts.values()), "a slot idle while a job could run"
                running[next(pick, 0) % len(running)].release.set()
                await _settle()
            tg.cancel_scope.cancel()
        by_key: defaultdict[bytes | None, list[int]] = defaultdict(list)
        for j in probe.started:
            by_key[j.key].append(j.seq)
        assert all(seqs == sorted(seqs) for seqs in by_key.values())
        assert sched.buffered_records == 0 and sched.inflight == 0

    anyio.run(scenario)


@pytest.mark.parametrize("named", [True, False])
async def test_a_key_named_first_starts_before_the_keys_waiting_their_turn(named: bool) -> None:
    """``first`` (the router's VIP merchants): the key's jobs start before those of every key merely waiting its
    turn, in their own order; without it the key waits its turn like the rest (the test can tell them apart)."""
    order: list[tuple[bytes | None, int]] = []

    async def work(job: J) -> None:
        order.append((job.key, job.seq))
        await anyio.lowlevel.checkpoint()
        sched.done(job)

    sched: KeyedScheduler[J] = KeyedScheduler(
        work, max_inflight=1, first=(lambda j: j.key == b"vip") if named else None)
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for seq in range(3):
            for k in range(10):
                sched.submit(J(f"m{k}".encode(), seq))
        for seq in range(3):
            sched.submit(J(b"vip", 100 + seq))
        await sched.wait_idle()
        tg.cancel_scope.cancel()
    vip = [(i, seq) for i, (key, seq) in enumerate(order) if key == b"vip"]
    assert [seq for _, seq in vip] == [100, 101, 102]  # its own order
    assert len(order) == 33
    if named:
        assert [i for i, _ in vip] == [0, 1, 2]
    else:
        assert vip[0][0] >= 10  # behind the ten keys that were there first


async def test_a_key_named_first_waits_at_the_head_of_its_full_share() -> None:
    """The cold review's case: an outlet at its slot limit, three of its keys waiting for a slot, then its VIP key:
    the VIP's job takes the outlet's next slot, before the keys that were waiting."""
    sched, probe = completing(Probe(), max_inflight=4, share=_outlet, max_per_share=1,
                              first=lambda j: j.key == b"a9")
    jobs = [J(b"a1", 1), J(b"a2", 2), J(b"a3", 3), J(b"a4", 4), J(b"a9", 9)]
    async with anyio.create_task_group() as tg:
        await tg.start(sched.run)
        for j in jobs[:4]:
            sched.submit(j)
        await _settle()
        sched.submit(jobs[4])
        await _settle()
        for _ in range(5):
            for j in [j for j in probe.started if not j.release.is_set()]:
                j.release.set()
            await _settle()
        tg.cancel_scope.cancel()
    assert [j.key for j in probe.started] == [b"a1", b"a9", b"a2", b"a3", b"a4"]
