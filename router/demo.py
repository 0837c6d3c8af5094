"""The demo: sample outlet traffic through a real broker and the router, with a readable summary.

Each run uses its own topic names and consumer group, so runs never see each other's records.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict

import anyio

from handlers import default_registry
from router import kafkatools, sample
from router.config import Settings, isolated
from router.contracts import DeadLetter, Reply, decode_as
from router.service import Router
from router.transport.kafka import KafkaSink, KafkaSource, ensure_topics


async def run_demo(base: Settings, count: int, n_merchants: int) -> int:
    settings = isolated(base, f"demo-{time.strftime('%Y%m%d%H%M%S')}")
    t = settings.topics
    bootstrap = settings.kafka.bootstrap
    await ensure_topics(settings)
    reqs = list(sample.requests(count, n_merchants, seed=11, zipf=0.8))
    items = [sample.encoded(r) for r in reqs]
    step = max(1, len(items) // len(sample.POISON))
    for i, poison in enumerate(sample.POISON):  # a few broken records among the good ones
        items.insert(i * step, (reqs[i].merchant.encode(), poison))
    print(f"demo: {count} requests from {n_merchants} merchants (+{len(sample.POISON)} broken) → {t.requests}")
    await kafkatools.produce_all(bootstrap, t.requests, items)

    started = time.perf_counter()
    async with KafkaSink(settings) as sink:
        router = Router(settings, KafkaSource(settings), sink, default_registry())
        async with anyio.create_task_group() as tg:
            await tg.start(router.run)
            replies = await kafkatools.read_topic(bootstrap, t.replies, count, timeout_s=120)
            elapsed = time.perf_counter() - started
            router.request_stop()
    letters = await kafkatools.read_topic(bootstrap, t.dlq, len(sample.POISON), timeout_s=10)

    decoded = [decode_as(m.value or b"", Reply) for m in replies]
    received = {r.id: r.received_at for r in reqs}
    latencies = [(r.created_at - received[r.request_id]).total_seconds() * 1000 for r in decoded]
    by_merchant: dict[str, list[str]] = defaultdict(list)
    for r in decoded:
        by_merchant[r.merchant].append(r.request_id)
    in_order = all(ids == sorted(ids) for ids in by_merchant.values())
    reasons = sorted({decode_as(m.value or b"", DeadLetter).reason for m in letters})
    print(f"demo: {len(decoded)}/{count} answered in {elapsed:.1f}s ({len(decoded) / elapsed:,.0f}/s)")
    if latencies:
        q = statistics.quantiles(latencies, n=100)
        print(f"demo: reply latency from receipt (incl. backlog) p50 {q[49]:.0f} ms, p99 {q[98]:.0f} ms")
    print(f"demo: per-merchant order kept: {in_order}; dead letters: {len(letters)} ({', '.join(reasons)})")
    sample_reply = decoded[0] if decoded else None
    if sample_reply:
        print(f"demo: sample reply to group {sample_reply.group}: @{sample_reply.mention[0]} {sample_reply.text}")
    ok = len(decoded) == count and in_order and len(letters) == len(sample.POISON)
    print("demo: OK" if ok else "demo: FAILED")
    return 0 if ok else 1
