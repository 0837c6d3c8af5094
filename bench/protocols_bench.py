"""The carriers' real protocols against the generic one (issue 27): a report, not a timed test.

The service benchmark's load (bench.service_bench: ``kefu-router run`` as one process, the carrier simulator with
50 ms median latency as another, 1,000 merchants, the realistic intent mix) offered at 2,500 requests a second,
in turns: once with ``carrier.protocol = "generic"`` (this project's own protocol, every operation batched, the
owner in the tracking answer) and once with ``"open_platform"`` (ZTO, YTO, SF and J&T each in its own envelope
and signature on the simulator's open platforms; only SF's tracking batches, every effect a call of its own;
the owner from the outlet's pickup records, written for every parcel of the load beforehand; the per-carrier
limits sized for one waybill a call: ``OPEN_LIMITS``). Reported for
each: the router's CPU per answered request while the load was offered, p99 from produced to reply, requests
answered, and carrier calls per request. Writes bench/results/protocols.json and protocols.md; exits 1 if a
request went unanswered.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import uuid
from typing import Any

import anyio

from bench.report import Target, environment, target_rows, verdict, write
from bench.router_bench import LOGS
from bench.service_bench import GATE_RATE, MERCHANTS, _run, service_settings
from kefu_dev import sample, world
from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import SimAccount, SimConfig
from router.config import Settings
from router.parsing.parser import parse
from router.shipments import Shipment, Shipments
from router.tickets.store import open_store

CARRIERS = ["zto", "yto", "sf", "jt", "ems"]  # the sample's numbers' carriers, each in its own protocol here
ROUNDS = 2
# One waybill a call: at 50 ms a call, the default 16 calls in flight and 200 calls a second per carrier carry at
# most 200 items a second per carrier (about 530 answers a second in all, measured). A carrier's real limits are
# the outlet's contract with it; here they are sized for the load, as an outlet would ask its carriers for.
OPEN_LIMITS = {"concurrency": 64, "rate_per_s": 1000.0, "burst": 100}


async def record_pickups(s: Settings, seconds: float, rate: float) -> int:
    """The outlet's pickup records for every parcel the load names: the simulator's world says who shipped it."""
    rows: dict[str, Shipment] = {}
    for r in sample.requests(int(rate * seconds) + 1, MERCHANTS, seed=51):
        for pr in parse(r.text).requests:
            for w in pr.waybills:
                owner, carrier = world.owner_of(w), world.carrier_of(w)
                if owner is not None and carrier is not None:
                    rows[w] = Shipment(w, carrier, owner)
    store = await open_store(s.tickets.store)
    try:
        return await Shipments(store.db).record("", list(rows.values()))
    finally:
        await store.close()


async def run(protocol: str, seconds: float, rate: float) -> dict[str, Any]:
    tag = f"proto-{protocol}-{uuid.uuid4().hex[:6]}"
    carrier: dict[str, Any] = {}
    sections: dict[str, Any] = {}
    if protocol == "open_platform":
        sim = SimConfig()  # (the simulator's default account, as `python -m kefu_dev carrier-sim` starts it)
        main = SimAccount(customer=sim.customer, app_key=sim.app_key, secret=sim.secret)
        carrier = {"protocol": "open_platform", "ownership": "shipments", "carriers": CARRIERS,
                   "accounts": {c: credentials(c, main).values for c in CARRIERS}, **OPEN_LIMITS}
        LOGS.mkdir(parents=True, exist_ok=True)
        sections = {"tickets": {"store": f"sqlite:///{LOGS / f'{tag}.db'}"}}
    async with service_settings(tag, carrier=carrier, **sections) as (s, url, port):
        if protocol == "open_platform":
            print(f"  {await record_pickups(s, seconds, rate):,} pickup records written", flush=True)
        row = await _run(s, tag, url, port, True, seconds, rate, 1)
    row["protocol"] = protocol
    row["calls_per_request"] = round(row["carrier_calls"] / row["sent"], 2) if row["sent"] else 0.0
    return row


def render(data: dict[str, Any]) -> str:
    rows = "".join(
        f"| {r['protocol']} | {r['offered_per_second']:,.0f} | {r['answered']:,}/{r['expected_replies']:,} | "
        f"{r['router_us_per_answer']} | {r['latency_ms']['p50']} | {r['latency_ms']['p99']} | "
        f"{r['carrier_calls']:,} | {r['carrier_items']:,} | {r['calls_per_request']} |\n" for r in data["runs"])
    s = data["summary"]
    return (
        "# The carriers' real protocols against the generic one\n\n"
        f"{data['environment']['when']}, {data['environment']['cpus']} CPUs. The service benchmark's load at "
        f"{data['rate']:,.0f} requests a second for {data['seconds']:.0f} s, each protocol {ROUNDS} times in turns "
        "(bench/protocols_bench.py).\n\n"
        "| protocol | offered/s | answered | router µs per answer | p50 ms | p99 ms | carrier calls | items | "
        "calls per request |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n" + rows +
        f"\nMedians: generic {s['generic']['us']} µs per answer, p99 {s['generic']['p99']} ms, "
        f"{s['generic']['calls']} calls a request; open platforms {s['open_platform']['us']} µs, p99 "
        f"{s['open_platform']['p99']} ms, {s['open_platform']['calls']} calls a request "
        f"(CPU ×{s['cpu_ratio']}).\n\n## Targets\n\n| target | wanted | measured | met |\n|---|---|---:|---|\n"
        + target_rows([Target(**t) for t in data["targets"]]))


async def main(seconds: float) -> int:
    print(f"protocols benchmark: {GATE_RATE:,.0f}/s for {seconds:.0f} s, generic and open platforms in turns",
          flush=True)
    # A broker started moments ago answers slowly for a minute or two (docs/benchmarks.md): a short run it may
    # spend on that, kept out of the report (as the service benchmark does).
    await run("generic", 6.0, GATE_RATE)
    runs = []
    for _ in range(ROUNDS):
        for protocol in ("generic", "open_platform"):
            runs.append(await run(protocol, seconds, GATE_RATE))

    def median(protocol: str, key: str) -> float:
        values = [r[key] if key != "p99" else r["latency_ms"]["p99"] for r in runs if r["protocol"] == protocol]
        return round(float(statistics.median(values)), 2)

    summary = {p: {"us": median(p, "router_us_per_answer"), "p99": median(p, "p99"),
                   "calls": median(p, "calls_per_request")} for p in ("generic", "open_platform")}
    generic_us = summary["generic"]["us"]
    ratio = round(summary["open_platform"]["us"] / generic_us, 2) if generic_us else float("inf")
    answered = all(r["answered"] == r["expected_replies"] for r in runs)
    targets = [Target("every request answered, both protocols, every run", "all", float(answered), answered)]
    data = {"benchmark": "protocols", "environment": environment(), "rate": GATE_RATE, "seconds": seconds,
            "runs": runs, "summary": {**summary, "cpu_ratio": ratio}, "targets": [t.as_dict() for t in targets]}
    j, m = write("protocols", data, render(data))
    print(f"wrote {j} and {m}")
    return verdict(targets)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=12.0)
    sys.exit(anyio.run(main, ap.parse_args().seconds, backend_options={"use_uvloop": True}))
