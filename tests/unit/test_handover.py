"""The hand-over on its own: each job's outputs reach the producer in its merchant's order, and the scheduler
hears ``done`` exactly once per job, however the job ends."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any, cast

import anyio
import pytest

from router.errors import TransportError
from router.handover import HandOver
from router.jobs import Job, OutRecord
from router.metrics import RouterMetrics
from router.offsets import PartitionOffsets
from router.scheduler import KeyedScheduler
from router.source import Record

TP = ("kefu.requests", 0)


class Scheduler:
    """Counts ``done`` per job, as the real scheduler requires it once."""

    def __init__(self) -> None:
        self.done_calls: Counter[int] = Counter()

    def done(self, job: Job) -> None:
        self.done_calls[job.record.offset] += 1


class Sink:
    """Outputs in the order handed over; acknowledgements that fail the first ``failures`` times."""

    def __init__(self, failures: int = 0) -> None:
        self.sent: list[bytes] = []
        self.failures = failures

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        self.sent += [value for _, _, value in records]
        acked: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if self.failures:
            self.failures -= 1
            acked.set_exception(TransportError("not acknowledged"))
        else:
            acked.set_result(None)
        return acked

    async def flush(self) -> None:
        return None


def jobs(n: int, offsets: PartitionOffsets) -> list[Job]:
    out = []
    for i in range(n):
        offsets.receive(i)
        out.append(Job(Record(TP[0], TP[1], i, b"m1", b"{}"), offsets, TP, b"m1", 2))
    return out


def outputs(job: Job) -> list[OutRecord]:
    return [("kefu.replies", b"m1", f"reply {job.record.offset}".encode())]


def handover(sched: Scheduler, sink: Sink, laned: bool = True) -> HandOver:
    return HandOver(cast(KeyedScheduler[Job], sched), sink, RouterMetrics(), laned)


@asynccontextmanager
async def running(h: HandOver, *following: Job) -> AsyncIterator[None]:
    """The hand-over owned by a task group (as the router's run owns it), the jobs given in their merchant's order."""
    async with anyio.create_task_group() as tg:
        h.attach(tg)
        for job in following:
            h.follow(job)
        yield


async def ended(sched: Scheduler, timeout_s: float) -> None:
    with anyio.fail_after(timeout_s):
        while not sched.done_calls:
            await anyio.sleep(0.01)


async def test_outputs_go_in_the_merchants_order_when_handling_finishes_out_of_order() -> None:
    sched, sink, offsets = Scheduler(), Sink(), PartitionOffsets()
    h = handover(sched, sink)
    a, b, c = jobs(3, offsets)
    async with running(h, a, b, c):
        await h.deliver(c, outputs(c), "handled")  # finished first: waits for b
        await h.deliver(b, outputs(b), "handled")  # waits for a
        assert sink.sent == []
        await h.deliver(a, outputs(a), "handled")
        await anyio.sleep(0.01)
    assert sink.sent == [b"reply 0", b"reply 1", b"reply 2"]
    assert sched.done_calls == {0: 1, 1: 1, 2: 1}
    assert offsets.commit_point() == 3


async def test_a_cancelled_job_releases_those_behind_it_unsent_each_done_once() -> None:
    sched, sink, offsets = Scheduler(), Sink(), PartitionOffsets()
    h = handover(sched, sink)
    a, b, c = jobs(3, offsets)
    async with running(h, a, b, c):
        await h.deliver(b, outputs(b), "handled")
        await h.deliver(c, outputs(c), "handled")
        h.failed(a)  # a's handling was cancelled (a revocation): the scheduler ends a itself
    assert sink.sent == []  # b and c are redelivered after a, in order: nothing of theirs went out
    assert sched.done_calls == {1: 1, 2: 1}
    assert offsets.commit_point() == 0


async def test_a_job_after_a_lost_one_is_given_up_too() -> None:
    sched, sink, offsets = Scheduler(), Sink(), PartitionOffsets()
    h = handover(sched, sink)
    a, b = jobs(2, offsets)
    async with running(h, a, b):
        h.failed(a)
        await h.deliver(b, outputs(b), "handled")
    assert sink.sent == [] and sched.done_calls == {1: 1}


@pytest.mark.parametrize("laned", [True, False])
async def test_outputs_not_acknowledged_are_sent_again_and_the_job_ends_once(laned: bool) -> None:
    sched, sink, offsets = Scheduler(), Sink(failures=2), PartitionOffsets()
    h = handover(sched, sink, laned)
    (a,) = jobs(1, offsets)
    async with running(h, a):
        await h.deliver(a, outputs(a), "handled")
        await ended(sched, 5)
    assert sink.sent == [b"reply 0"] * 3 and sched.done_calls == {0: 1} and offsets.commit_point() == 1


async def test_a_revoked_partitions_resends_stop_and_the_job_ends_once() -> None:
    sched, sink, offsets = Scheduler(), Sink(failures=100), PartitionOffsets()
    h = handover(sched, sink)
    (a,) = jobs(1, offsets)
    async with running(h):
        await h.deliver(a, outputs(a), "handled")
        await anyio.sleep(0.05)
        offsets.revoked = True
        await ended(sched, 10)
    assert sched.done_calls == {0: 1} and offsets.commit_point() == 0
