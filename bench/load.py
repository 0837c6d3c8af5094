"""Load profiles end to end (issue 8): realistic merchant traffic into Kafka, the router and the carrier simulator
as their own processes, every reply timed. A report, not a timed test.

Profiles (sizes for the standard run; ``--full`` for the issue's full sizes):
- ``day``: an outlet day compressed: a base rate with an evening peak three times higher;
- ``surge``: a Double-11 evening: a backlog of requests (60,000; 1,000,000 with --full) drained at full speed;
- ``hot-merchant``: one merchant sends half of all traffic, measured against the same load without it;
- ``carrier-slow``: the carrier answers in seconds (median 2 s);
- ``carrier-outage``: the carrier fails every call for a window (20 s; 60 s with --full) in the middle of the load.
Traffic: the intent mix and message shapes of kefu_dev/sample.py (from ../shared/DOMAIN.md), merchants Zipf-skewed.
Measured: latency (request produced → reply observed on the replies topic) in an HDR histogram, replies per second,
consumer lag (scraped from the router's /metrics) and the router's RSS and CPU, every second.
Writes bench/results/<profile>.json (with a ``targets`` list), .md and .png; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
import tomllib
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
from aiokafka import AIOKafkaProducer
from hdrh.histogram import HdrHistogram  # type: ignore[import-untyped]

from bench.report import RESULTS, Target, environment, target_rows, verdict, write
from bench.router_bench import Proc, Tail, send_paced
from bench.service_bench import free_port, service_settings, start_sim
from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample
from router.config import Settings, child_env
from router.contracts import MerchantRequest, encode
from router.parsing.parser import parse

TARGETS = Path(__file__).parent / "targets.toml"
MERCHANTS = 1000


@dataclass
class Profile:
    name: str
    seconds: float = 30.0
    base_rate: float = 400.0
    peak: tuple[float, float, float] | None = None  # (start s, end s, multiplier)
    backlog: int = 0  # produced before the router starts, then drained
    hot_share: float = 0.0
    zipf: float = 0.8
    latency_ms: float = 50.0
    outage: tuple[float, float] | None = None

    def rate(self, t: float) -> float:
        if self.peak and self.peak[0] <= t < self.peak[1]:
            return self.base_rate * self.peak[2]
        return self.base_rate


def profiles(full: bool) -> dict[str, Profile]:
    return {
        "day": Profile("day", seconds=40, base_rate=300, peak=(20, 30, 3.0), zipf=0.5),
        "surge": Profile("surge", backlog=1_000_000 if full else 60_000, seconds=0, zipf=0.0),
        "hot-merchant": Profile("hot-merchant", seconds=10, base_rate=100, hot_share=0.5, zipf=0.5),
        # slow or failing carrier: merchants evenly loaded (one merchant's chain at 2 s a hop says nothing new)
        "carrier-slow": Profile("carrier-slow", seconds=20, base_rate=100, latency_ms=2000, zipf=0.0),
        "carrier-outage": Profile("carrier-outage", seconds=50 if not full else 100, base_rate=150, zipf=0.0,
                                  outage=(15, 35) if not full else (20, 80)),
    }


@dataclass
class Traffic:
    """Seeded merchant traffic: Zipf-skewed merchants, optionally one hot merchant with a share of everything."""

    profile: Profile
    rng: random.Random = field(default_factory=lambda: random.Random(8))
    seq: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        z = self.profile.zipf
        self.weights = [1.0 / (i + 1) ** z for i in range(MERCHANTS)]

    def next(self) -> MerchantRequest:
        p = self.profile
        if p.hot_share and self.rng.random() < p.hot_share:
            index = MERCHANTS - 1  # the hot one: otherwise a quiet merchant
        else:
            index = self.rng.choices(range(MERCHANTS - (1 if p.hot_share else 0)),
                                     weights=self.weights[: MERCHANTS - (1 if p.hot_share else 0)])[0]
        n = self.seq[index] = self.seq.get(index, 0) + 1
        m = f"m{index:05d}"
        return MerchantRequest(id=f"{m}-{n:07d}", merchant=m, group=f"g-{m}", sender=f"u-{m}", platform="demo",
                               text=sample.message_text(self.rng, index), received_at=datetime.now(UTC))


def _lag(metrics_url: str) -> float | None:
    try:
        with urllib.request.urlopen(metrics_url, timeout=2) as r:
            text = r.read().decode()
    except OSError:
        return None
    return sum(float(v) for v in re.findall(r"^kefu_consumer_lag_records\{[^}]*\} (\S+)$", text, re.M))


async def run(p: Profile) -> dict[str, Any]:
    tag = f"load-{p.name}-{uuid.uuid4().hex[:6]}"
    metrics_port = free_port()
    async with service_settings(tag, metrics={"port": metrics_port}) as (s, _url, sim_port):
        return await _run(p, s, tag, metrics_port, sim_port)


async def _run(p: Profile, s: Settings, tag: str, metrics_port: int, sim_port: int) -> dict[str, Any]:
    outage = ["--outage", f"{p.outage[0]}:{p.outage[1]}"] if p.outage else []
    traffic = Traffic(p)
    expected: set[str] = set()

    def take(n: int) -> list[tuple[str, bytes, bytes]]:
        out = []
        for _ in range(n):
            r = traffic.next()
            res = parse(r.text)
            if res.requests or res.needs_human:
                expected.add(r.id)
            out.append((r.id, r.merchant.encode(), encode(r)))
        return out

    if p.backlog:
        await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, [(k, v) for _, k, v in take(p.backlog)])
    sim = await start_sim(tag, s, sim_port, p.latency_ms, *outage)
    tail = Tail(s.kafka.bootstrap, s.topics.replies)
    producer = AIOKafkaProducer(bootstrap_servers=s.kafka.bootstrap, acks="all", enable_idempotence=True, linger_ms=2)
    sent: dict[str, float] = {}
    timeline: list[dict[str, float]] = []
    router: Proc | None = None
    started = time.perf_counter()
    try:
        async with anyio.create_task_group() as tg:
            await tg.start(tail.run)
            await producer.start()
            router = Proc(f"{tag}-router", [sys.executable, "-m", "kefu", "run"], child_env(s))
            started = time.perf_counter()

            async def sampler() -> None:
                last_count = 0
                while True:
                    await anyio.sleep(1.0)
                    assert router is not None
                    rss, cpu = router.rss_mb(), router.cpu_seconds()
                    lag = await anyio.to_thread.run_sync(_lag, f"http://127.0.0.1:{metrics_port}/metrics")
                    timeline.append({"t": round(time.perf_counter() - started, 1),
                                     "replies_per_s": tail.count - last_count,
                                     "lag": lag if lag is not None else float("nan"), "rss_mb": rss, "cpu_s": cpu})
                    last_count = tail.count

            tg.start_soon(sampler)
            one_at_a_time = (item for _ in itertools.count() for item in take(1))
            await send_paced(producer, s.topics.requests, one_at_a_time, sent, p.rate, started, p.seconds)
            # a backlog drains at some thousands a second: allow it a generous rate's worth of time
            with anyio.move_on_after(max(600.0, p.backlog / 500)):
                while not expected <= tail.arrivals.keys():
                    await anyio.sleep(0.2)
            finished = time.perf_counter()
            tg.cancel_scope.cancel()
    finally:
        await producer.stop()
        code = router.stop() if router else None
        sim.stop()
    # (seconds since the router started when the reply arrived, ms from produced to reply) of every answer.
    # Backlog requests have no produce time of their own: they count as produced when the router started.
    answers = [(tail.arrivals[rid] - started, max(1, int((tail.arrivals[rid] - sent.get(rid, started)) * 1000)))
               for rid in expected if rid in tail.arrivals]
    hist = HdrHistogram(1, 3_600_000, 3)  # milliseconds, 1 ms to 1 h, 3 significant digits
    for _, ms in answers:
        hist.record_value(ms)
    lost = len(expected - tail.arrivals.keys())
    q = {f"p{int(x) if x.is_integer() else x}": hist.get_value_at_percentile(x) for x in (50.0, 95.0, 99.0, 99.9)}
    q["max"] = hist.get_max_value()
    others = HdrHistogram(1, 3_600_000, 3)
    hot = f"m{MERCHANTS - 1:05d}"
    for rid, t0 in sent.items():
        if rid in tail.arrivals and rid in expected and not rid.startswith(hot):
            others.record_value(max(1, int((tail.arrivals[rid] - t0) * 1000)))
    return {
        "profile": p.name, "settings": {k: v for k, v in p.__dict__.items()}, "sent": len(sent) + p.backlog,
        "expected_replies": len(expected), "answered": len(expected & tail.arrivals.keys()), "lost": lost,
        "duplicate_replies": tail.count - len(tail.arrivals), "latency_ms": q,
        "others_p99_ms": others.get_value_at_percentile(99.0),
        "seconds_to_drain": round(finished - started, 1),
        "peak_rss_mb": max((x["rss_mb"] for x in timeline), default=0.0),
        "router_cpu_s": timeline[-1]["cpu_s"] if timeline else 0.0, "router_exit": code, "timeline": timeline,
        "latency_timeline": latency_by_second(answers),
    }


def latency_by_second(answers: list[tuple[float, int]]) -> list[dict[str, float]]:
    """p50 and p99 (ms) of the answers that arrived in each second, by (arrival second, latency ms)."""
    by_second: dict[int, list[int]] = {}
    for t, ms in answers:
        by_second.setdefault(int(t), []).append(ms)
    out = []
    for second in sorted(by_second):
        xs = sorted(by_second[second])
        out.append({"t": second + 0.5, "n": len(xs), "p50": xs[(len(xs) - 1) // 2],
                    "p99": xs[min(len(xs) - 1, int(0.99 * len(xs)))]})
    return out


def check(name: str, r: dict[str, Any], baseline: dict[str, Any] | None) -> list[Target]:
    want = tomllib.loads(TARGETS.read_text()).get(name, {})
    out = []
    if "p99_ms_max" in want:
        m = r["latency_ms"]["p99"]
        out.append(Target("p99 latency, ms", f"<= {want['p99_ms_max']}", m, m <= want["p99_ms_max"]))
    if "answered_ratio_min" in want:
        m = r["answered"] / r["expected_replies"] if r["expected_replies"] else 0.0
        out.append(Target("answered / expected", f">= {want['answered_ratio_min']}", round(m, 4),
                          m >= want["answered_ratio_min"]))
    if "lost_max" in want:
        out.append(Target("requests lost", f"<= {want['lost_max']}", r["lost"], r["lost"] <= want["lost_max"]))
    if "rss_mb_max" in want:
        m = r["peak_rss_mb"]
        out.append(Target("router peak RSS, MB", f"<= {want['rss_mb_max']}", m, m <= want["rss_mb_max"]))
    if "others_p99_ratio_max" in want and baseline is not None:
        m = round(r["others_p99_ms"] / max(1, baseline["others_p99_ms"]), 2)
        out.append(Target("other merchants' p99 vs without the hot merchant", f"<= {want['others_p99_ratio_max']}",
                          m, m <= want["others_p99_ratio_max"]))
    return out


def chart(name: str, r: dict[str, Any]) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tl = r["timeline"]
    t = [x["t"] for x in tl]
    fig, axes = plt.subplots(4, 1, figsize=(9, 9), sharex=True)
    axes[0].plot(t, [x["replies_per_s"] for x in tl])
    axes[0].set_ylabel("replies/s")
    lt = r.get("latency_timeline", [])
    axes[1].plot([x["t"] for x in lt], [x["p50"] for x in lt], label="p50")
    axes[1].plot([x["t"] for x in lt], [x["p99"] for x in lt], label="p99")
    axes[1].set_ylabel("latency ms\n(by reply's second)")
    axes[1].set_yscale("log")
    axes[1].legend(loc="upper left", fontsize="small")
    axes[2].plot(t, [x["lag"] for x in tl], color="tab:red")
    axes[2].set_ylabel("consumer lag")
    axes[3].plot(t, [x["rss_mb"] for x in tl], color="tab:green")
    axes[3].set_ylabel("router RSS MB")
    axes[3].set_xlabel("seconds since the router started")
    q = r["latency_ms"]
    fig.suptitle(f"{name}: p50 {q['p50']} ms, p99 {q['p99']} ms, lost {r['lost']}")
    fig.tight_layout()
    path = RESULTS / f"{name}.png"
    RESULTS.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=80)
    plt.close(fig)
    return path


def report(name: str, r: dict[str, Any], targets: list[Target]) -> str:
    q = r["latency_ms"]
    when = r.get("environment", environment())["when"]
    return (
        f"# Load profile `{name}`\n\n{when} · one router process, the carrier simulator "
        f"({r['settings']['latency_ms']:.0f} ms median), Kafka on the same 2-core machine · "
        f"{MERCHANTS:,} merchants.\n\n"
        f"Sent {r['sent']:,}; {r['expected_replies']:,} needed an answer; answered {r['answered']:,}; lost "
        f"{r['lost']}; duplicate replies {r['duplicate_replies']}; drained in {r['seconds_to_drain']} s; router peak "
        f"RSS {r['peak_rss_mb']:.0f} MB, CPU {r['router_cpu_s']:.1f} s.\n\n"
        f"Latency (produced → reply observed, HDR): p50 {q['p50']} ms, p95 {q['p95']} ms, p99 {q['p99']} ms, "
        f"p99.9 {q['p99.9']} ms, max {q['max']} ms.\n\n![{name}]({name}.png)\n\n"
        "| target | wanted | measured | met |\n|---|---|---:|---|\n"
        + target_rows(targets)
        + ("" if all(t.met for t in targets) else "\n## Why missed\n\n" + _why(r["profile"]) + "\n")
    )


def _why(name: str) -> str:
    why = tomllib.loads(TARGETS.read_text()).get(name, {}).get("why_if_missed")
    return str(why) if why else "No explanation recorded in bench/targets.toml for this profile yet."


async def main(names: list[str], full: bool) -> int:
    all_profiles = profiles(full)
    ok = True
    for name in names:
        p = all_profiles[name]
        out = f"{name}.full" if full else name  # the full sizes keep their own report beside the standard one
        baseline = None
        if p.hot_share:  # the same load without the hot merchant, in the same run, for the ratio
            print(f"{name}: baseline without the hot merchant", flush=True)
            baseline = await run(Profile(f"{name}-baseline", seconds=p.seconds,
                                         base_rate=p.base_rate * (1 - p.hot_share), zipf=p.zipf,
                                         latency_ms=p.latency_ms))
        print(f"{name}: running", flush=True)
        r = await run(p)
        targets = check(name, r, baseline)
        r["targets"] = [t.as_dict() for t in targets]
        r["environment"] = environment()
        if baseline is not None:
            r["baseline"] = {k: v for k, v in baseline.items() if k != "timeline"}
        chart(out, r)
        write(out, r, report(out, r, targets))
        q = r["latency_ms"]
        print(f"  {name}: answered {r['answered']}/{r['expected_replies']}, lost {r['lost']}, p50 {q['p50']} ms, "
              f"p99 {q['p99']} ms, peak RSS {r['peak_rss_mb']:.0f} MB, drained in {r['seconds_to_drain']} s",
              flush=True)
        ok &= verdict(targets, indent="    ") == 0
    return 0 if ok else 1


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("profiles", nargs="*", default=list(profiles(False)))
    ap.add_argument("--full", action="store_true", help="the issue's full sizes (1,000,000 backlog, 60 s outage)")
    ap.add_argument("--render", action="store_true", help="rebuild the markdown from the saved JSON only")
    args = ap.parse_args()
    if args.render:
        import json

        for name in (f"{n}.full" if args.full else n for n in args.profiles):
            saved = json.loads((RESULTS / f"{name}.json").read_text())
            write(name, saved, report(name, saved, [Target(**t) for t in saved["targets"]]))
        sys.exit(0)
    sys.exit(anyio.run(main, args.profiles, args.full, backend_options={"use_uvloop": True}))
