from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry, Histogram, generate_latest

from router.metrics import LoopHistogram

BUCKETS = (0.001, 0.0025, 0.05, 1, 30)
values = st.lists(
    st.one_of(st.sampled_from([0.0, *BUCKETS, 31.0]), st.floats(min_value=0, max_value=100, allow_nan=False)),
    max_size=60,
)


@given(values)
def test_loop_histogram_is_exposed_exactly_as_a_prometheus_histogram(observed: list[float]) -> None:
    reference, ours = CollectorRegistry(), CollectorRegistry()
    h = Histogram("kefu_x_seconds", "doc", buckets=BUCKETS, registry=reference)
    mine = LoopHistogram("kefu_x_seconds", "doc", BUCKETS, ours)
    for v in observed:
        h.observe(v)
        mine.observe(v)
    expected = [line for line in generate_latest(reference).decode().splitlines() if "_created" not in line]
    assert generate_latest(ours).decode().splitlines() == expected
