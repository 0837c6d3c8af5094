"""The demo: sample outlet traffic through a real broker, the router, the customer service and the carrier
simulator (over HTTP), with carrier callbacks coming back; prints what the merchants and the outlet would see.

Each run uses its own topic names and consumer group, so runs never see each other's records.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import anyio
import msgspec
from aiohttp import web

from handlers.service import build
from router import kafkatools, sample
from router.carrier.callbacks import CallbackReceiver
from router.carrier.model import event_decoder
from router.carrier.sim import CarrierSim, SimConfig
from router.config import Settings, isolated
from router.contracts import DeadLetter, Escalation, Reply, Ticket, decode_as
from router.parsing.parser import parse
from router.service import Router
from router.tickets.follower import Follower
from router.tickets.report import day_report
from router.tickets.store import open_store
from router.transport.kafka import KafkaSink, KafkaSource, ensure_topics


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


async def run_demo(base: Settings, count: int, n_merchants: int) -> int:
    settings = isolated(base, f"demo-{time.strftime('%Y%m%d%H%M%S')}")
    t = settings.topics
    bootstrap = settings.kafka.bootstrap
    await ensure_topics(settings)
    reqs = list(sample.requests(count, n_merchants, seed=11, zipf=0.3))
    expected = {r.id for r in reqs if (p := parse(r.text)).requests or p.needs_human}
    items = [sample.encoded(r) for r in reqs]
    step = max(1, len(items) // len(sample.POISON))
    for i, poison in enumerate(sample.POISON):  # a few broken records among the good ones
        items.insert(i * step, (reqs[i].merchant.encode(), poison))
    print(f"demo: {count} requests from {n_merchants} merchants (+{len(sample.POISON)} broken) → {t.requests}")
    await kafkatools.produce_all(bootstrap, t.requests, items)

    sim = CarrierSim(SimConfig(latency_ms=20, callback_delay_s=0.5))
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "directory.json"
        sample.directory(n_merchants).dump(directory)
        sim_runner, sim_url = await _serve(sim.app())
        store = await open_store(f"sqlite:///{Path(tmp) / 'tickets.db'}")
        async with KafkaSink(settings) as sink, aiohttp.ClientSession() as session:
            cb_runner, cb_url = await _serve(CallbackReceiver(settings, sink).app())
            # the sample evening is compressed into seconds: per-merchant rate limits would refuse most of it
            settings = isolated(settings, settings.kafka.group_id, directory={"path": str(directory)},
                                gateway={"base_url": sim_url, "callback_url": f"{cb_url}/callbacks"},
                                limits={"merchant_per_minute": 1_000_000, "merchant_burst": 1_000_000})
            print(f"demo: carrier simulator at {sim_url}, callbacks at {cb_url}/callbacks")
            started = time.perf_counter()
            try:
                async with anyio.create_task_group() as tg:
                    service, gateway = build(settings, session)
                    await tg.start(gateway.run)
                    follower = Follower(settings, store, sink)
                    await tg.start(follower.run)
                    router = Router(settings, KafkaSource(settings), sink, service, gate=gateway)
                    async with anyio.create_task_group() as inner:
                        await inner.start(router.run)
                        replies = await kafkatools.read_topic(
                            bootstrap, t.replies, len(expected), timeout_s=180,
                            counts=lambda m: decode_as(m.value or b"", Reply).id.endswith(":reply"))
                        elapsed = time.perf_counter() - started
                        await anyio.sleep(2.0)  # let the first asynchronous carrier results come back
                        router.request_stop()
                    tg.cancel_scope.cancel()
                counts = await store.counts()
                with anyio.fail_after(10):  # the follower notes every request for the day's figures
                    # polling the store: nothing signals when the follower has written
                    while len(await store.requests_between(0, time.time() + 60)) < count:  # noqa: ASYNC110
                        await anyio.sleep(0.2)
                report = await day_report(store, datetime.now(ZoneInfo("Asia/Shanghai")).date())
            finally:
                await cb_runner.cleanup()
                await sim_runner.cleanup()
                await store.close()
    letters = await kafkatools.read_topic(bootstrap, t.dlq, len(sample.POISON), timeout_s=10)
    tickets = [decode_as(m.value or b"", Ticket) for m in await kafkatools.read_topic(bootstrap, t.tickets, 1, 5)]
    human = [decode_as(m.value or b"", Escalation) for m in await kafkatools.read_topic(bootstrap, t.human, 1, 5)]
    events = [event_decoder.decode(m.value or b"") for m in await kafkatools.read_topic(
        bootstrap, t.carrier_events, 1, 5)]

    everything = [decode_as(m.value or b"", Reply) for m in replies]
    decoded = [r for r in everything if r.id.endswith(":reply")]
    told = [r for r in everything if r.id.endswith(":result")]
    received = {r.id: r.received_at for r in reqs}
    latencies = [(r.created_at - received[r.request_id]).total_seconds() * 1000 for r in decoded]
    by_merchant: dict[str, list[str]] = defaultdict(list)
    for r in decoded:
        by_merchant[r.merchant].append(r.request_id)
    in_order = all(ids == sorted(ids) for ids in by_merchant.values())
    reasons = sorted({decode_as(m.value or b"", DeadLetter).reason for m in letters})
    answered = {r.request_id for r in decoded}
    print(f"demo: {len(answered)}/{len(expected)} requests answered in {elapsed:.1f}s "
          f"({len(decoded) / elapsed:,.0f}/s); {count - len(expected)} were chit-chat (no answer needed)")
    if latencies:
        q = statistics.quantiles(latencies, n=100)
        print(f"demo: reply latency from receipt (incl. backlog) p50 {q[49]:.0f} ms, p99 {q[98]:.0f} ms")
    print(f"demo: per-merchant order kept: {in_order}; dead letters: {len(letters)} ({', '.join(reasons)})")
    classes = Counter(tk.ticket_class for tk in tickets)
    print(f"demo: tickets {len(tickets)} (class 1: {classes[1]}, class 2: {classes[2]}); to a person: {len(human)} "
          f"({', '.join(f'{k} {v}' for k, v in Counter(e.reason for e in human).most_common(4))})")
    print(f"demo: carrier calls {sum(sim.stats.calls.values())} for {sum(sim.stats.items.values())} items; "
          f"carrier events back so far: {len(events)} ({Counter(e.event for e in events).most_common()})")
    print(f"demo: ticket store (SQLite) by status: {dict(sorted(counts.items()))}; carrier results told to "
          f"merchants so far: {len(told)}")
    for r in decoded[:3] + told[:2]:
        print(f"demo: reply to {r.group}: @{r.mention[0]} {r.text}")
    if tickets:
        print(f"demo: a ticket: {msgspec.json.encode(tickets[0]).decode()}")
    print("demo: the day's report from the ticket store (kefu-router report --day):")
    print("\n".join(f"  | {line}" for line in report.splitlines()))
    ok = answered == expected and in_order and len(letters) == len(sample.POISON) and bool(tickets)
    print("demo: OK" if ok else "demo: FAILED")
    return 0 if ok else 1
