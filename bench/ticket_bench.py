"""Ticket store benchmark (issue 6): carrier-event matching with 1,000,000 open tickets. A report.

The store is preloaded with open tickets (PostgreSQL: COPY; SQLite: batched inserts — setup, not measured),
then carrier events for random open tickets are applied in batches of ``BATCH`` (as the follower applies a fetched
batch), each batch one transaction through ``TicketStore.apply_events``. Writes bench/results/tickets.{json,md}.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from typing import Any

import anyio

from bench.report import Target, environment, quantiles_ms, target_rows, verdict, write
from router.carrier.model import CarrierEvent
from router.tickets.store import TicketStore, open_store

BATCH = 500
TARGET = 5000.0


def rows(start: int, end: int, now: float) -> list[tuple[Any, ...]]:
    """Open intercept tickets ``start`` … ``end - 1`` in the tickets table's column order."""
    return [
        (f"r{j}:intercept:W{j}", f"r{j}", f"m{j % 1000:05d}", f"g-m{j % 1000:05d}", "demo", "u", f"W{j:014d}", "zto",
         "intercept", 1, "open", f"K{j}", "", "拦截", now, now, now + 14_400.0, None, now, now)
        for j in range(start, end)
    ]


async def preload_pg(dsn: str, n: int) -> str:
    import asyncpg  # type: ignore[import-untyped]

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(dsn)
    await conn.execute(f"CREATE SCHEMA {schema}")
    await conn.close()
    store_dsn = f"{dsn}?search_path={schema}"
    await (await open_store(store_dsn)).close()  # creates the schema through the migrations
    conn = await asyncpg.connect(store_dsn)
    try:
        now = time.time()
        for i in range(0, n, 100_000):
            await conn.copy_records_to_table("tickets", records=rows(i, min(i + 100_000, n), now))
        await conn.execute("ANALYZE tickets")
    finally:
        await conn.close()
    return store_dsn


async def preload_sqlite(path: str, n: int) -> str:
    dsn = f"sqlite:///{path}"
    store = await open_store(dsn)
    db = store._db
    now = time.time()
    insert = f"INSERT INTO tickets VALUES ({', '.join('?' * 20)})"
    for i in range(0, n, 50_000):
        async with db.transaction():
            await db.executemany(insert, rows(i, min(i + 50_000, n), now))
    await store.close()
    return dsn


async def measure(store: TicketStore, n_tickets: int, n_events: int) -> dict[str, Any]:
    rng = random.Random(7)
    picks = rng.sample(range(n_tickets), n_events)
    events = [CarrierEvent(id=f"ev{i}", carrier="zto", waybill=f"W{j:014d}", key=f"K{j}", op="intercept",
                           event="succeeded") for i, j in enumerate(picks)]
    batch_s: list[float] = []
    applied = 0
    start = time.perf_counter()
    for i in range(0, n_events, BATCH):
        t = time.perf_counter()
        out = await store.apply_events(events[i:i + BATCH])
        batch_s.append(time.perf_counter() - t)
        applied += sum(1 for a in out if a.outcome == "applied")
    elapsed = time.perf_counter() - start
    # the same events again (a redelivered fetch): recorded once, told once
    dup_start = time.perf_counter()
    dups = 0
    for i in range(0, min(n_events, 5 * BATCH), BATCH):
        dups += sum(1 for a in await store.apply_events(events[i:i + BATCH]) if a.outcome == "duplicate")
    dup_rate = min(n_events, 5 * BATCH) / (time.perf_counter() - dup_start)
    return {"events": n_events, "applied": applied, "events_per_second": round(n_events / elapsed, 1),
            "batch_latency_ms": quantiles_ms(batch_s), "duplicates_recognised": dups,
            "duplicate_events_per_second": round(dup_rate, 1)}


async def main(n_tickets: int, n_events: int) -> int:
    dsn = os.environ.get("KEFU_PG_DSN")
    if not dsn:
        print("ticket_bench: KEFU_PG_DSN is not set (run via deploy/local/with-postgres.sh)", file=sys.stderr)
        return 2
    results: dict[str, Any] = {}
    t = time.perf_counter()
    pg = await open_store(await preload_pg(dsn, n_tickets))
    print(f"  postgresql: {n_tickets:,} open tickets loaded in {time.perf_counter() - t:.0f} s", flush=True)
    results["postgresql"] = await measure(pg, n_tickets, n_events)
    await pg.close()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        lite = await open_store(await preload_sqlite(f"{tmp}/tickets.db", n_tickets))
        print(f"  sqlite: {n_tickets:,} open tickets loaded in {time.perf_counter() - t:.0f} s", flush=True)
        results["sqlite"] = await measure(lite, n_tickets, n_events)
        await lite.close()
    for name, r in results.items():
        q = r["batch_latency_ms"]
        print(f"  {name:<10} {r['events_per_second']:>9,.0f} events/s  batch of {BATCH}: p50 {q['p50']} ms, "
              f"p99 {q['p99']} ms; duplicates {r['duplicate_events_per_second']:,.0f}/s", flush=True)
    pgr = results["postgresql"]["events_per_second"]
    targets = [Target(f"PostgreSQL event matching with {n_tickets:,} open tickets, events/s", f">= {TARGET:,.0f}",
                      pgr, pgr >= TARGET)]
    data: dict[str, Any] = {"benchmark": "tickets", "environment": environment(), "open_tickets": n_tickets,
                            "batch": BATCH, "results": results, "targets": [x.as_dict() for x in targets]}
    md = (
        "# Ticket store benchmark\n\n"
        f"{data['environment']['when']} · {data['environment']['cpus']} CPUs · PostgreSQL 15 (Debian) on 127.0.0.1 "
        f"and SQLite (WAL) on the same machine · {n_tickets:,} open tickets preloaded · {n_events:,} carrier "
        f"events for random open tickets, applied {BATCH} per transaction with `TicketStore.apply_events` (match by "
        "operation key, history row, status update). Produced by `python -m bench.ticket_bench`.\n\n"
        "| backend | events/s | batch p50 ms | batch p99 ms | redelivered events/s (recognised as duplicates) |\n"
        "|---|---:|---:|---:|---:|\n"
        + "".join(f"| {k} | {r['events_per_second']:,.0f} | {r['batch_latency_ms']['p50']} | "
                  f"{r['batch_latency_ms']['p99']} | {r['duplicate_events_per_second']:,.0f} |\n"
                  for k, r in results.items())
        + "\n## Targets\n\n| target | wanted | measured | met |\n|---|---|---:|---|\n"
        + target_rows(targets)
    )
    j, m = write("tickets", data, md)
    print(f"wrote {j} and {m}")
    return verdict(targets)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=1_000_000)
    ap.add_argument("--events", type=int, default=50_000)
    args = ap.parse_args()
    sys.exit(anyio.run(main, args.tickets, args.events))
