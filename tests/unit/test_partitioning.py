from __future__ import annotations

from aiokafka.partitioner import DefaultPartitioner
from hypothesis import given, settings
from hypothesis import strategies as st

from router.kafka import KeyPartitions


@settings(max_examples=300)
@given(key=st.binary(min_size=0, max_size=64), count=st.integers(1, 64))
def test_same_placement_as_the_default_partitioner(key: bytes, count: int) -> None:
    parts = list(range(count))
    kp = KeyPartitions()
    assert kp.partition("t", key, count) == DefaultPartitioner()(key, parts, parts)
    assert kp.partition("t", key, count) == DefaultPartitioner()(key, parts, parts)  # from the cache


def test_cache_is_bounded_and_per_partition_count() -> None:
    kp = KeyPartitions(max_keys=10)
    for i in range(100):
        kp.partition("t", f"k{i}".encode(), 12)
    assert all(len(m) <= 10 for m in kp._maps.values())
    parts = list(range(24))
    assert kp.partition("t", b"k1", 24) == DefaultPartitioner()(b"k1", parts, parts)
