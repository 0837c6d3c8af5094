from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from router.offsets import PartitionOffsets, decode_finished, encode_finished


def test_commit_point_is_first_unfinished() -> None:
    o = PartitionOffsets()
    assert o.commit_point() is None
    for off in range(10, 15):
        assert o.receive(off)
    o.finish(11)
    o.finish(13)
    assert o.commit_point() == 10
    o.finish(10)
    assert o.commit_point() == 12
    o.finish(12)
    o.finish(14)
    assert o.commit_point() == 15
    assert o.unfinished == 0


def test_refetched_offsets_are_refused() -> None:
    o = PartitionOffsets()
    assert o.receive(5)
    assert not o.receive(5)
    assert not o.receive(3)
    assert o.receive(9)  # gaps (compaction, transaction markers) are fine


def test_gap_offsets_never_received_do_not_block_commit() -> None:
    o = PartitionOffsets()
    for off in (0, 1, 4, 5):  # 2 and 3 are transaction markers the consumer never sees
        o.receive(off)
    for off in (0, 1, 4, 5):
        o.finish(off)
    assert o.commit_point() == 6


def test_metadata_round_trip_names_exactly_the_finished_past_gap() -> None:
    o = PartitionOffsets()
    for off in range(100, 120):
        o.receive(off)
    for off in (101, 102, 103, 110, 119):
        o.finish(off)
    meta = o.metadata(4000)
    assert decode_finished(meta, 100) == {101, 102, 103, 110, 119}


def test_metadata_for_another_commit_or_foreign_format_is_ignored() -> None:
    meta = encode_finished(100, [105], 4000)
    assert decode_finished(meta, 101) == frozenset()
    assert decode_finished("written by some other tool", 100) == frozenset()
    assert decode_finished("kr1:100:!!!not-base64", 100) == frozenset()
    assert decode_finished(None, 100) == frozenset()


def test_metadata_over_budget_keeps_a_prefix_and_never_invents_offsets() -> None:
    rng = random.Random(3)
    finished = sorted(rng.sample(range(1, 2_000_000), 20_000))
    meta = encode_finished(0, finished, 500)
    assert 0 < len(meta) <= 500
    got = decode_finished(meta, 0)
    assert got and got <= set(finished)
    assert sorted(got) == finished[: len(got)]  # a prefix: the dropped tail is simply redone


@settings(max_examples=300, deadline=None)
@given(
    base=st.integers(0, 2**40),
    rel=st.lists(st.integers(1, 50_000), max_size=400, unique=True),
)
def test_encode_decode_property(base: int, rel: list[int]) -> None:
    finished = sorted(base + r for r in rel)
    meta = encode_finished(base, finished, 4096)
    got = decode_finished(meta, base)
    assert got <= set(finished)
    if len(meta) < 4000:
        assert got == set(finished)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_commit_never_covers_an_unfinished_record(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 200))
    offsets = sorted(data.draw(st.sets(st.integers(0, 1000), min_size=n, max_size=n)))
    order = data.draw(st.permutations(offsets))
    o = PartitionOffsets()
    for off in offsets:
        o.receive(off)
    done: set[int] = set()
    for off in order:
        o.finish(off)
        done.add(off)
        point = o.commit_point()
        assert point is not None
        assert all(x in done for x in offsets if x < point)
        unfinished = [x for x in offsets if x not in done]
        if unfinished:
            assert point == unfinished[0]
            beyond = decode_finished(o.metadata(4096), point)
            assert beyond <= done and all(x > point for x in beyond)
    assert o.commit_point() == offsets[-1] + 1


def test_a_record_set_aside_holds_the_commit_point_and_is_taken_once_when_fetched_again() -> None:
    o = PartitionOffsets()
    for off in range(10, 15):
        assert o.receive(off)
    o.set_aside(11)
    o.set_aside(13)
    for off in (10, 12, 14):
        o.finish(off)
    assert o.commit_point() == 11  # nothing at or past a record set aside is committed
    fetched_again = [off for off in range(11, 16) if o.receive(off)]
    assert fetched_again == [11, 13, 15]  # the two set aside, then what is new; 12 and 14 were taken already
    assert not o.receive(11) and not o.aside  # taken once
    for off in (11, 13, 15):
        o.finish(off)
    assert o.commit_point() == 16
