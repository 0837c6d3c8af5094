from __future__ import annotations

from router.config import BackpressureSettings
from router.flow import decide

BP = BackpressureSettings(
    high_records=100, low_records=50, high_bytes=10_000, low_bytes=5_000,
    partition_high_records=40, partition_low_records=20,
)
A, B, C = ("t", 0), ("t", 1), ("t", 2)


def test_hot_partition_pauses_alone_and_resumes_below_low() -> None:
    roomy = BackpressureSettings(high_records=200, low_records=100, partition_high_records=40,
                                 partition_low_records=20)  # (three partitions' even share, 66, is above 40)
    d = decide(roomy, {A, B, C}, set(), {A: 40, B: 5}, 45, 100, False)
    assert d.pause == {A} and not d.resume and not d.saturated
    d = decide(roomy, {A, B, C}, {A}, {A: 25, B: 5}, 30, 100, False)
    assert not d.pause and not d.resume  # between the watermarks: stays paused
    d = decide(roomy, {A, B, C}, {A}, {A: 20, B: 5}, 25, 100, False)
    assert d.resume == {A}


def test_a_partition_holds_at_most_its_even_share_of_the_buffer() -> None:
    """With many partitions assigned, a few deep ones do not fill the buffer while the others wait unfetched:
    twelve partitions of a 100-record buffer pause at 8 records each (their own mark, 40, would let three fill it),
    and resume at 4."""
    parts = {("t", i) for i in range(12)}
    d = decide(BP, parts, set(), {A: 8, B: 7}, 15, 100, False)
    assert d.pause == {A} and not d.saturated
    d = decide(BP, parts, {A}, {A: 5}, 5, 100, False)
    assert not d.resume
    d = decide(BP, parts, {A}, {A: 4}, 4, 100, False)
    assert d.resume == {A}


def test_global_watermark_pauses_everything_with_hysteresis() -> None:
    d = decide(BP, {A, B, C}, set(), {A: 35, B: 35, C: 30}, 100, 100, False)
    assert d.pause == {A, B, C} and d.saturated
    d = decide(BP, {A, B, C}, {A, B, C}, {A: 30, B: 30}, 60, 100, True)
    assert d.saturated and not d.resume
    d = decide(BP, {A, B, C}, {A, B, C}, {A: 25, B: 15, C: 10}, 50, 100, True)
    # Below the global low mark each partition resumes by its own watermark: A still holds more than 20.
    assert not d.saturated and d.resume == {B, C}


def test_bytes_watermark() -> None:
    d = decide(BP, {A, B}, set(), {A: 1, B: 1}, 2, 10_000, False)
    assert d.saturated and d.pause == {A, B}


def test_unassigned_partitions_are_neither_paused_nor_resumed() -> None:
    d = decide(BP, {B}, {A}, {A: 90}, 90, 100, False)
    assert A not in d.pause and A not in d.resume


def test_a_partitions_own_marks_stand_where_the_even_share_is_larger() -> None:
    """Only a mark the share capped moves: 4,000 and 3,000 of a 20,000-record buffer over two partitions stay."""
    from router.flow import partition_marks

    own = BackpressureSettings(partition_high_records=4_000, partition_low_records=3_000)
    assert partition_marks(own, 2) == (4_000, 3_000)
    assert partition_marks(own, 12) == (1_666, 833)  # capped: resumes at half the share
