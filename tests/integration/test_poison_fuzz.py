"""Poison and fuzz on real Kafka with the whole service: malformed records of every kind interleaved with good
ones from the same merchants. No crash; every bad record in the DLQ with its reason and origin; every good one
answered, in each merchant's order. (Reduced size in CI; `make chaos` runs 10,000 bad records.)"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.contracts import DeadLetter, Reply, decode_as
from router.kafka import ensure_topics
from router.parsing.parser import parse
from tests.carrier_kit import served
from tests.fuzz import malformed
from tests.service_kit import CHAOS_SCALE, real_protocols, record_pickups, running, settings_for

N_BAD, N_GOOD = (10_000, 5_000) if CHAOS_SCALE > 1 else (2400, 1200)  # `make chaos`: the full size


async def test_malformed_records_never_stop_anyone(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=2))
    async with served(sim) as url:
        s = settings_for(tmp_path, url, merchants=60, carrier=real_protocols(sim))  # (the carriers' own protocols)
        await ensure_topics(s)
        good = list(sample.requests(N_GOOD, 60, seed=77))
        await record_pickups(s, (r.text for r in good))
        bad = malformed(N_BAD)
        rng = random.Random(3)
        items: list[tuple[bytes | None, bytes]] = [sample.encoded(r) for r in good]
        for _, raw in bad:  # the same merchants' keys: a bad record sits in a good merchant's queue
            items.insert(rng.randrange(len(items) + 1), (rng.choice(good).merchant.encode(), raw))
        await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, items)
        expected = {r.id for r in good if (p := parse(r.text)).requests or p.needs_human}
        async with running(s):
            replies = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, len(expected), 120)
            letters = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.dlq, N_BAD, 60)
    answered = [decode_as(m.value or b"", Reply) for m in replies]
    assert {r.request_id for r in answered} == expected
    by_merchant: dict[str, list[str]] = {}
    for r in answered:
        by_merchant.setdefault(r.merchant, []).append(r.request_id)
    assert all(ids == sorted(ids) for ids in by_merchant.values())
    dead = [decode_as(m.value or b"", DeadLetter) for m in letters]
    assert len(dead) == N_BAD
    reasons = Counter(d.reason for d in dead)
    assert set(reasons) <= {"undecodable", "invalid_request", "unsupported_version", "empty_value"}
    assert all(d.topic == s.topics.requests and d.offset >= 0 for d in dead)
    # every bad record is accounted for by its bytes (phone masking changes none of these)
    assert Counter(d.value or b"" for d in dead) == Counter(raw for _, raw in bad)
