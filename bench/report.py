"""Benchmark reports: JSON for tools and markdown for people, under bench/results/."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import platform
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The benchmark's own cyclic collector off while it measures. Its full passes over what it holds (the load
    made up front, the maps of send and arrival times) took up to 78 ms each at 24,000 records a second (seen
    with ``gc.callbacks``), three in a row once: a pause that holds back reading the replies, and so counted as
    the system's latency. What the harness allocates meanwhile is freed by reference counting; the few cycles
    wait for the end of the measurement."""
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


def quantiles_ms(samples: list[float]) -> dict[str, float]:
    """p50/p95/p99/max of latencies given in seconds, as milliseconds."""
    if not samples:
        return {"p50": float("nan"), "p95": float("nan"), "p99": float("nan"), "max": float("nan"), "n": 0}
    xs = sorted(samples)

    def q(p: float) -> float:
        return round(xs[min(len(xs) - 1, int(p * len(xs)))] * 1000, 2)

    return {"p50": q(0.50), "p95": q(0.95), "p99": q(0.99), "max": round(xs[-1] * 1000, 2), "n": len(xs)}


@dataclass
class Target:
    name: str
    target: str
    measured: float
    met: bool

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "target": self.target, "measured": self.measured, "met": self.met}


def environment() -> dict[str, Any]:
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "broker": "Apache Kafka 3.9.1, single node on 127.0.0.1, same machine",
    }


class CpuMeter:
    """Cores in use between ``start`` and ``stop``: the whole machine (/proc/stat), this process (the load
    generator and the reply reader) and the given processes (``procs``: name -> its CPU seconds so far). What
    the machine used beyond them is mostly the broker."""

    def __init__(self, procs: dict[str, Callable[[], float]], clock: Callable[[], float] = time.perf_counter) -> None:
        self.procs = procs
        self._clock = clock
        self._t0 = 0.0
        self._machine0: tuple[int, int] = (0, 0)
        self._self0 = 0.0
        self._procs0: dict[str, float] = {}

    @staticmethod
    def _machine() -> tuple[int, int]:
        with open("/proc/stat") as f:
            ticks = [int(x) for x in f.readline().split()[1:]]
        return sum(ticks) - ticks[3] - ticks[4], sum(ticks)  # busy (all but idle and iowait), total

    @staticmethod
    def _self() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    def start(self) -> None:
        self._t0, self._machine0, self._self0 = self._clock(), self._machine(), self._self()
        self._procs0 = {k: f() for k, f in self.procs.items()}

    def stop(self) -> dict[str, float]:
        elapsed = self._clock() - self._t0
        busy, total = self._machine()
        cores = os.cpu_count() or 1
        out = {k: round((f() - self._procs0[k]) / elapsed, 2) for k, f in self.procs.items()}
        out["load generator"] = round((self._self() - self._self0) / elapsed, 2)
        out["machine"] = round((busy - self._machine0[0]) / max(1, total - self._machine0[1]) * cores, 2)
        return out


def write(name: str, data: dict[str, Any], markdown: str) -> tuple[Path, Path]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    j, m = RESULTS / f"{name}.json", RESULTS / f"{name}.md"
    j.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    m.write_text(markdown)
    return j, m


def target_rows(targets: list[Target]) -> str:
    """The markdown rows of a targets table (after its header)."""
    return "".join(f"| {t.name} | {t.target} | {t.measured} | {'yes' if t.met else '**no**'} |\n" for t in targets)


def verdict(targets: list[Target], indent: str = "  ") -> int:
    """Print each target's verdict; the process exit code: 1 when any was missed."""
    for t in targets:
        print(f"{indent}{'met   ' if t.met else 'MISSED'} {t.name}: {t.measured} (target {t.target})", flush=True)
    return 0 if all(t.met for t in targets) else 1


SUMMARY = RESULTS / "SUMMARY.md"


def summary() -> str:
    """Every target of every result file under bench/results/, as last measured: one table, so that what the
    benchmarks stand at is read from the results and never copied by hand."""
    rows, missed = [], 0
    for path in sorted(RESULTS.glob("*.json")):
        data = json.loads(path.read_text())
        when = data.get("environment", {}).get("when", "")
        for t in data.get("targets", []):
            met = "yes" if t["met"] else "**no**"
            missed += not t["met"]
            rows.append(f"| {path.stem} | {t['name']} | {t['target']} | {t['measured']} | {met} | {when} |")
    return (
        "# Where the benchmarks stand\n\n"
        "Generated from the result files beside this one by `python -m bench.report`; each row is the last run of "
        "its benchmark (`make bench` runs them all; `--full` profiles write `*.full.*`).\n\n"
        f"{len(rows)} targets, {missed} missed.\n\n"
        "| result | target | wanted | measured | met | measured at |\n|---|---|---|---:|---|---|\n"
        + "\n".join(rows) + "\n"
    )


if __name__ == "__main__":
    SUMMARY.write_text(summary(), encoding="utf-8")
    print(f"wrote {SUMMARY}")
