"""The router benchmark's Parallel Consumer system: reading what Bench.java prints, and its tuning as shown."""

from __future__ import annotations

from dataclasses import asdict

from bench.router_bench import PC, PcTuning, pc_label, pc_stats

CLOSING = (
    '{"system": "parallel-consumer", "handled": 60000, "max_concurrency": 256, "commit_mode": "async", '
    '"commit_interval_ms": 1000, "batch_size": 1, "delay_ms": 0, "peak_threads": 281, "gc_ms": 129, '
    '"gc_count": 7, "jit_ms": 15450, "uptime_ms": 29553, "close_ms": 122, "processors": 2, "max_heap_mb": 6028}'
)


def test_closing_figures_read_from_the_last_line() -> None:
    stats = pc_stats("something else\n" + CLOSING + "\n")
    assert stats["system"] == PC
    assert stats["handled"] == 60000
    assert stats["peak_threads"] == 281
    assert stats["jit_ms"] == 15450


def test_the_last_closing_line_counts() -> None:
    earlier = CLOSING.replace('"handled": 60000', '"handled": 5')
    assert pc_stats(earlier + "\n" + CLOSING)["handled"] == 60000


def test_nothing_when_killed_before_closing() -> None:
    assert pc_stats("") == {}
    assert pc_stats("Bench: started\n") == {}


def test_a_cut_or_foreign_line_is_not_taken() -> None:
    assert pc_stats(CLOSING[:40]) == {}
    assert pc_stats('{"system": "router", "handled": 3}') == {}
    assert pc_stats('{"note": "parallel-consumer"}') == {}


def test_tuning_as_arguments() -> None:
    assert PcTuning(256, "sync", 1000, 10).argv() == [
        "--max-concurrency", "256", "--commit-mode", "sync", "--commit-interval-ms", "1000", "--batch-size", "10"]


def test_labels_name_the_defaults_and_the_commit_interval() -> None:
    assert PcTuning().label() == "maxConcurrency 16, async commits every 5 s (its defaults)"
    assert PcTuning(256, "async", 1000).label() == "maxConcurrency 256, async commits every 1 s"
    assert pc_label(asdict(PcTuning(64, "async", 1000, 10))) == (
        "maxConcurrency 64, async commits every 1 s, batches of 10")
    assert PcTuning(16, "transactional").label() == "maxConcurrency 16, transactional commits every 100 ms"
