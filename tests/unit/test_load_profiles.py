"""The load generator's traffic shapes and the target check (the runs themselves are benchmarks)."""

import asyncio
import json
import time
from collections import Counter
from pathlib import Path

import anyio
import pytest

from bench.load import MERCHANTS, Profile, Traffic, check, latency_by_second
from bench.router_bench import _median_p99, send_paced
from router.kafka import KeyPartitions
from router.parsing.parser import parse


def test_hot_merchant_sends_its_share_and_text_is_varied() -> None:
    t = Traffic(Profile("hot", hot_share=0.5))
    reqs = [t.next() for _ in range(4000)]
    by = Counter(r.merchant for r in reqs)
    assert 0.45 < by[f"m{MERCHANTS - 1:05d}"] / len(reqs) < 0.55
    assert len({r.text for r in reqs}) > 3000  # realistic text, not one fixed string
    intents = Counter(i.intent for r in reqs for i in parse(r.text).requests)
    assert {"intercept", "change_address", "track", "urge"} <= set(intents)


def test_zipf_skews_volume_and_the_peak_multiplies_the_rate() -> None:
    t = Traffic(Profile("z", zipf=0.8))
    by = Counter(t.next().merchant for _ in range(5000))
    assert by["m00000"] > 5 * by.get("m00500", 1)
    p = Profile("day", base_rate=100, peak=(10, 20, 3.0))
    assert (p.rate(5), p.rate(15), p.rate(25)) == (100, 300, 100)


def test_targets_are_checked_from_the_toml() -> None:
    r = {"latency_ms": {"p99": 300}, "answered": 99, "expected_replies": 100, "lost": 1, "peak_rss_mb": 80.0,
         "others_p99_ms": 30}
    got = {t.name: t.met for t in check("day", r, None)}
    assert got == {"p99 latency, ms": False, "answered / expected": False, "requests lost": False}
    hot = {t.name: (t.measured, t.met) for t in check("hot-merchant", r, {"others_p99_ms": 25})}
    assert hot["other merchants' p99 vs without the hot merchant"] == (1.2, True)


def test_latency_over_time_is_by_the_second_the_reply_arrived() -> None:
    answers = [(0.2, 10), (0.9, 30), (0.5, 20), *((1.0 + i / 200, i + 1) for i in range(200)), (3.7, 500)]
    got = latency_by_second(answers)
    assert got == [
        {"t": 0.5, "n": 3, "p50": 20, "p99": 30},
        {"t": 1.5, "n": 200, "p50": 100, "p99": 199},
        {"t": 3.5, "n": 1, "p50": 500, "p99": 500},  # a second without replies has no point
    ]


def test_cpu_meter_reports_each_process_and_this_one_over_the_window() -> None:
    import time

    from bench.report import CpuMeter
    from tests.clock import FakeClock

    clock = FakeClock()
    seconds = iter([10.0, 10.0 + 0.5])  # a child process that used half a second of CPU in the window
    meter = CpuMeter({"router": lambda: next(seconds)}, clock=clock)
    meter.start()
    t0 = time.process_time()
    while time.process_time() - t0 < 0.05:  # this process uses at least 0.05 s of CPU
        pass
    clock.now += 0.25  # a window of 0.25 s
    cores = meter.stop()
    assert set(cores) == {"router", "load generator", "machine"}
    assert cores["router"] == 2.0  # 0.5 s of CPU in 0.25 s
    assert cores["load generator"] >= 0.2  # at least 0.05 s of CPU in 0.25 s
    assert cores["machine"] > 0


class _Batch:
    def __init__(self, room: int) -> None:
        self.records: list[tuple[bytes, bytes]] = []
        self.room = room

    def append(self, *, key: bytes, value: bytes, timestamp: None) -> object | None:
        if len(self.records) == self.room:
            return None  # full, as aiokafka's BatchBuilder says
        self.records.append((key, value))
        return object()


class _Producer:
    """What send_paced uses of AIOKafkaProducer: the topic's partitions, batches and their sending."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, list[tuple[bytes, bytes]]]] = []

    async def partitions_for(self, topic: str) -> set[int]:
        return set(range(4))

    def create_batch(self) -> _Batch:
        return _Batch(room=3)

    async def send_batch(self, batch: _Batch, topic: str, *, partition: int) -> object:
        self.sent.append((partition, batch.records))
        done = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


def test_paced_records_go_out_in_order_per_key_batched_by_partition_and_stamped_when_sent() -> None:
    items = [(f"r{i}", f"m{i % 7}".encode(), f"v{i}".encode()) for i in range(200)]
    producer, sent = _Producer(), dict[str, float]()

    async def main() -> float:
        start = time.perf_counter()
        await send_paced(producer, "t", items, sent, lambda _t: 2000.0, start)
        return start

    start = anyio.run(main)
    assert list(sent) == [rid for rid, _, _ in items]  # every item, taken in order
    stamps = list(sent.values())
    assert stamps == sorted(stamps)
    assert all(t - start >= (i + 1) / 2000 - 1e-9 for i, t in enumerate(stamps))  # the schedule held: none early
    assert len(set(stamps)) < len(stamps)  # records due together share a wake-up
    part = KeyPartitions()
    for p, records in producer.sent:
        assert 1 <= len(records) <= 3 and all(part.partition("t", k, 4) == p for k, _ in records)
    out = [record for _, records in producer.sent for record in records]
    for m in {k for _, k, _ in items}:  # each key's records reach the broker in the order they were due
        assert [v for _, k, v in items if k == m] == [v for k, v in out if k == m]


def test_half_max_latency_is_the_run_with_the_median_p99() -> None:
    runs = [{"id": i, "latency_ms": {"p99": p99}} for i, p99 in enumerate([124.6, 29.6, 52.8])]
    assert _median_p99(runs)["id"] == 2  # neither the lucky run nor the unlucky one


def test_the_summary_lists_every_target_of_every_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bench import report

    for name, met in (("a", [True, False]), ("b", [True])):
        targets = [{"name": f"{name}{i}", "target": ">= 1", "measured": i, "met": m} for i, m in enumerate(met)]
        (tmp_path / f"{name}.json").write_text(json.dumps({"environment": {"when": "T"}, "targets": targets}))
    monkeypatch.setattr(report, "RESULTS", tmp_path)
    text = report.summary()
    assert "3 targets, 1 missed." in text
    assert "| a | a1 | >= 1 | 1 | **no** | T |" in text and "| b | b0 | >= 1 | 0 | yes | T |" in text
