"""Each outlet's share of the intake, on its own: what is set aside, what is fetched again, what pauses."""

from __future__ import annotations

from typing import Any, cast

from router.config import BackpressureSettings, Settings
from router.intake import Intake
from router.intake_shares import IntakeShares
from router.jobs import Job
from router.metrics import RouterMetrics
from router.offsets import PartitionOffsets
from router.scheduler import KeyedScheduler

TP = ("t", 0)


class Setup:
    def __init__(self, max_records: int = 4, max_span: int = 100) -> None:
        self.buffered: dict[str, int] = {}
        self.rewinds: list[int] = []
        self.assigned = True
        self.offsets = {TP: PartitionOffsets()}
        self.shares = IntakeShares(max_records, lambda s: self.buffered.get(s, 0), self.rewind, RouterMetrics(),
                                   max_span)

    def rewind(self, _tp: tuple[str, int], offset: int) -> bool:
        self.rewinds.append(offset)
        return self.assigned

    def receive(self, offset: int, key: bytes, share: str | None) -> bool:
        o = self.offsets[TP]
        assert o.receive(offset)
        taken = self.shares.admit(TP, o, offset, key, share)
        if taken and share is not None:
            self.buffered[share] = self.buffered.get(share, 0) + 1
        return taken


def test_a_merchant_whose_outlet_changed_does_not_pass_its_own_record_set_aside() -> None:
    s = Setup()
    s.buffered["\0unknown"] = 4  # the share of groups no outlet has yet is full
    assert not s.receive(0, b"m1", "\0unknown")  # set aside
    assert not s.receive(1, b"m1", "hz")  # its group is hz's now, and hz has room: still behind its first
    assert not s.receive(2, b"m1", None)  # nobody's share: the same
    assert s.receive(3, b"m2", "hz")  # another merchant of hz goes on
    assert s.offsets[TP].aside == {0, 1, 2}


def test_a_partition_is_fetched_again_once_half_a_share_is_free_and_kept_aside_when_it_cannot_be() -> None:
    s = Setup()
    s.buffered["hz"] = 4
    assert not s.receive(0, b"m1", "hz")
    s.shares.fetch_again(s.offsets)
    assert s.rewinds == []  # hz still full
    s.buffered["hz"] = 2
    s.assigned = False  # (revoked meanwhile: the rewind fails)
    s.shares.fetch_again(s.offsets)
    assert s.rewinds == [0]
    assert not s.receive(1, b"m1", "hz")  # still aside: nothing of m1 passes what was not fetched again
    s.assigned = True
    s.shares.fetch_again(s.offsets)
    assert s.rewinds == [0, 0]
    assert s.offsets[TP].receive(0) and s.shares.admit(TP, s.offsets[TP], 0, b"m1", "hz")  # taken now


def test_a_partition_with_records_aside_pauses_at_its_span_and_resumes_at_half() -> None:
    s = Setup(max_records=2, max_span=10)
    s.buffered["hz"] = 2
    assert not s.receive(0, b"m1", "hz")
    o = s.offsets[TP]
    for off in range(1, 9):
        assert s.receive(off, b"m2", None)
        o.finish(off)
    assert s.shares.held(s.offsets) == set()  # a span of 9
    assert s.receive(9, b"m2", None)
    assert s.shares.held(s.offsets) == {TP}  # 10 received past the commit point, held at 0 by the one aside
    assert o.receive(0)  # fetched again
    o.finish(0)  # and handled: the commit point moves past everything
    assert s.shares.held(s.offsets) == set()


def test_a_paused_partition_is_resumed_when_it_is_fetched_again() -> None:
    """Held for its span, the partition must be read again once its outlet has room: else its records aside
    could never be taken, nor the commit point move, nor the pause end."""
    s = Setup(max_records=2, max_span=5)
    s.buffered["hz"] = 2
    assert not s.receive(0, b"m1", "hz")
    for off in range(1, 6):
        assert s.receive(off, b"m2", None)
    assert s.shares.held(s.offsets) == {TP}
    s.buffered["hz"] = 1  # room again
    s.shares.fetch_again(s.offsets)
    assert s.rewinds == [0] and s.shares.held(s.offsets) == set()



class _Source:
    """What flow control asks of a source: to pause, resume and fetch a partition again."""

    def pause(self, _tps: object) -> None:
        pass

    def resume(self, _tps: object) -> None:
        pass

    def rewind(self, _tp: object, _offset: int) -> bool:
        return True


def _outlet_share(bp: BackpressureSettings, partitions: int) -> int:
    """An outlet's share of the intake once flow control has run with ``partitions`` assigned."""

    async def work(_job: Job) -> None:
        pass

    offsets = {("t", p): PartitionOffsets() for p in range(partitions)}
    intake = Intake(Settings(backpressure=bp), cast(Any, _Source()), KeyedScheduler(work), offsets,
                    cast(Any, None), RouterMetrics(), None, read_share=lambda _job: None)
    intake.apply_flow()
    shares = intake._shares
    assert shares is not None
    return shares.max_records


def test_an_outlets_share_is_half_a_partitions_mark_and_shrinks_as_partitions_are_added() -> None:
    """The default share follows the partition's high mark, itself at most its even share of the buffer: one
    outlet's records alone never pause a partition that other outlets' merchants share."""
    bp = BackpressureSettings(high_records=1_000, low_records=500, partition_high_records=400,
                              partition_low_records=200)
    assert _outlet_share(bp, 1) == 200  # the partition's own mark, halved
    assert _outlet_share(bp, 2) == 200  # (an even share of 500 is more than its own 400)
    assert _outlet_share(bp, 10) == 50  # its even share: 100, halved
    assert _outlet_share(bp, 1_000) == 2  # never below two records
    set_share = BackpressureSettings(high_records=1_000, low_records=500, partition_high_records=400,
                                     partition_low_records=200, max_records_per_outlet=7)
    assert _outlet_share(set_share, 1) == _outlet_share(set_share, 10) == 7  # as configured, whatever is assigned
