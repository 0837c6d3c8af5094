"""The outlet console with 1,000,000 tickets in PostgreSQL (issue 26): server time of its pages. A report.

The store (a schema of its own in the PostgreSQL of deploy/local/with-postgres.sh) is preloaded with COPY, not
measured: 1,000,000 tickets over the last 60 days (about 16,700 a day), the day's 20,000 requests, and 300 open
staff tasks. Then the console's app (router.console.app, over aiohttp's test server on 127.0.0.1) is asked, in turns,
for the queue, the owner's dashboard and a ticket search by waybill (a random existing one) and by merchant; each
request's time from sending to the last byte is a sample. One outlet, the worst case for a dashboard: every
request and ticket of the day is its own. Writes bench/results/console.{json,md}.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import uuid
from typing import Any

import anyio
from aiohttp.test_utils import TestClient, TestServer

from bench.report import Target, environment, quantiles_ms, target_rows, verdict, write
from router.config import StaffGroup, load_settings
from router.console.app import Console
from router.contracts import Escalation
from router.outlets import Network
from router.testing import MemoryBroker, MemorySink
from router.tickets.store import open_store

PAGE_P95_MS = 150.0
SEARCH_P95_MS = 50.0
DAY_S = 86_400.0
_TICKET_COLUMNS = ["id", "request_id", "merchant", "grp", "platform", "sender", "waybill", "carrier", "intent",
                   "ticket_class", "status", "op_key", "carrier_ref", "text", "opened_at", "updated_at", "due_at",
                   "escalated_at", "requested_at", "answered_at", "outlet"]


def _tickets(start: int, end: int, now: float, days: int) -> list[tuple[Any, ...]]:
    rng = random.Random(start)
    out = []
    for j in range(start, end):
        opened = now - rng.random() * days * DAY_S
        status = "open" if rng.random() < 0.05 else rng.choice(("succeeded", "done", "resolved", "closed"))
        m = f"m{j % 2000:05d}"
        out.append((f"r{j}:intercept:YT{j:013d}", f"r{j}", m, f"g-{m}", "wecom", "u", f"YT{j:013d}", "yto",
                    "intercept", 1, status, f"K{j}", "", "YT 拦截", opened, opened, opened + 14_400.0, None, opened,
                    opened, ""))
    return out


def _requests(n: int, now: float) -> list[tuple[Any, ...]]:
    rng = random.Random(7)
    start = now - (now % DAY_S) - 8 * 3600.0  # (the outlet's day, in Beijing time)
    return [(f"q{j}", f"m{j % 2000:05d}", rng.choice(("intercept", "urge", "track", "change_address")),
             rng.choice(("answered", "answered", "answered", "asked", "to_human")),
             start + rng.random() * (now - start),
             start + rng.random() * (now - start)) for j in range(n)]


async def preload(dsn: str, n_tickets: int, n_requests: int, days: int) -> str:
    import asyncpg  # type: ignore[import-untyped]

    schema = f"bench_console_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(dsn)
    await conn.execute(f"CREATE SCHEMA {schema}")
    await conn.close()
    store_dsn = f"{dsn}?search_path={schema}"
    await (await open_store(store_dsn)).close()  # the schema through the migrations
    conn = await asyncpg.connect(store_dsn)
    try:
        now = time.time()
        for i in range(0, n_tickets, 100_000):
            await conn.copy_records_to_table("tickets", records=_tickets(i, min(i + 100_000, n_tickets), now, days),
                                             columns=_TICKET_COLUMNS)
        await conn.copy_records_to_table("requests", records=_requests(n_requests, now))
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    return store_dsn


async def _timed(client: TestClient, path: str) -> float:  # type: ignore[type-arg]
    started = time.perf_counter()
    async with client.get(path) as r:
        await r.read()
        if r.status != 200:
            raise RuntimeError(f"{path}: HTTP {r.status}")
    return time.perf_counter() - started


async def main(n_tickets: int, n_requests: int, rounds: int) -> int:
    dsn = os.environ.get("KEFU_PG_DSN")
    if not dsn:
        print("console_bench: KEFU_PG_DSN is not set (run via deploy/local/with-postgres.sh)", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    store_dsn = await preload(dsn, n_tickets, n_requests, 60)
    loaded_s = time.monotonic() - t0
    settings = load_settings(env={"KEFU_TICKETS__STORE": store_dsn})
    store = await open_store(store_dsn)
    network = Network.one(staff_groups={"wr-staff": StaffGroup(platform="wecom", webhook="")})
    console = Console(settings, store, MemorySink(MemoryBroker()), lambda: network)
    for k in range(300):
        await console.tasks.open(Escalation(id=f"e{k}", request_id=f"q{k}", merchant=f"m{k:05d}", group=f"g-m{k:05d}",
                                    reason="negated_command", text="YT 拦截 算了不拦了", sender="u"), "default", "")
    await console.accounts.add("owner", "default", "owner", "店长", "bench-password")
    rng = random.Random(3)
    samples: dict[str, list[float]] = {"queue": [], "dashboard": [], "search_waybill": [], "search_merchant": []}
    client = TestClient(TestServer(console.app()))
    await client.start_server()
    try:
        async with client.get("/login") as r:
            csrf = re.search(r'name="csrf" value="([^"]+)"', await r.text()).group(1)  # type: ignore[union-attr]
        async with client.post("/login", data={"username": "owner", "password": "bench-password", "csrf": csrf},
                               allow_redirects=False) as r:
            assert r.status == 302, r.status
        for path in ("/", "/dashboard", "/tickets?waybill=YT0000000000001"):  # (warm: plans, pools)
            await _timed(client, path)
        for _ in range(rounds):
            samples["queue"].append(await _timed(client, "/"))
            samples["dashboard"].append(await _timed(client, "/dashboard"))
            samples["search_waybill"].append(
                await _timed(client, f"/tickets?waybill=YT{rng.randrange(n_tickets):013d}"))
            samples["search_merchant"].append(await _timed(client, f"/tickets?merchant=m{rng.randrange(2000):05d}"))
    finally:
        await client.close()
        await store.close()
    q = {k: quantiles_ms(v) for k, v in samples.items()}
    pages = max(q["queue"]["p95"], q["dashboard"]["p95"])
    targets = [Target("queue and dashboard pages, p95 server time (ms)", f"<= {PAGE_P95_MS:g}", pages,
                      pages <= PAGE_P95_MS),
               Target("ticket search by waybill, p95 (ms)", f"<= {SEARCH_P95_MS:g}", q["search_waybill"]["p95"],
                      q["search_waybill"]["p95"] <= SEARCH_P95_MS)]
    data: dict[str, Any] = {
        "benchmark": "console", "environment": environment(), "tickets": n_tickets, "requests_today": n_requests,
        "open_tasks": 300, "rounds": rounds, "preload_s": round(loaded_s, 1), "latency_ms": q,
        "targets": [t.as_dict() for t in targets]}
    md = ("# The outlet console with 1,000,000 tickets\n\n"
          f"{data['environment']['when']} · PostgreSQL (deploy/local/with-postgres.sh) · {n_tickets:,} tickets over 60 "
          f"days, {n_requests:,} requests today, 300 open tasks, one outlet; {rounds} rounds of each page, in turns, "
          "time from request to last byte on 127.0.0.1.\n\n"
          "| page | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n"
          + "".join(f"| {k} | {v['p50']} | {v['p95']} | {v['p99']} | {v['max']} |\n" for k, v in q.items())
          + "\n| target | wanted | measured | met |\n|---|---|---:|---|\n" + target_rows(targets))
    j, m = write("console", data, md)
    print(md)
    print(f"wrote {j} and {m}")
    return verdict(targets)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=100)
    a = ap.parse_args()
    sys.exit(anyio.run(main, a.tickets, a.requests, a.rounds))
