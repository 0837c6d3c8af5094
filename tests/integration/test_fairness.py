"""Fairness with the whole service on Kafka (issue 9, scenario 7): one merchant floods (1,000 messages within 5 s
of its own time) among 100 merchants sending as usual. The per-merchant rate limit (the default: 60 a minute,
20 at once) applies to the flooder, and only to it: everything it sent past the limit is answered with the
standard refusal, nobody else is refused, every message of every merchant is answered, in each merchant's order.
The others' latency with and without a flooder is compared in bench/load.py (profile hot-merchant), not here:
timings belong in benchmarks."""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec

from handlers.customer_service import TOO_FREQUENT
from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.config import LimitSettings
from router.kafka import ensure_topics
from router.parsing.parser import parse
from tests.carrier_kit import served
from tests.integration.test_router_processes import read_replies
from tests.service_kit import running, settings_for

FLOOD, FLOOD_SPAN_S = 1000, 5.0


async def test_a_flooding_merchant_is_limited_and_nobody_else_is(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=5))
    limits = LimitSettings()  # the defaults an outlet runs with
    async with served(sim) as url:
        s = settings_for(tmp_path, url, merchants=101, limits=msgspec.structs.asdict(limits))
        await ensure_topics(s)
        others = list(sample.requests(500, 101, seed=66))
        flooder = sample.merchants(101)[100]
        others = [r for r in others if r.merchant != flooder]
        t0 = datetime.now(UTC)
        flood = [
            msgspec.structs.replace(r, id=f"{flooder}-{i + 1}", merchant=flooder, group=f"g-{flooder}",
                                    received_at=t0 + timedelta(seconds=FLOOD_SPAN_S * i / FLOOD))
            for i, r in enumerate(sample.requests(FLOOD, 1, seed=67))
        ]
        items = [sample.encoded(r) for r in others]
        for i, r in enumerate(flood):  # the flood interleaved with everyone else's messages
            items.insert(i * len(items) // FLOOD + i, sample.encoded(r))
        await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, items)
        answer_needed = {r.id for r in others if (p := parse(r.text)).requests or p.needs_human}
        async with running(s):
            # the flood's last message is past the limit, so it is answered (refused); in the merchant's order,
            # once it is, so is every flood message before it
            replies = await read_replies(s.kafka.bootstrap, s.topics.replies, answer_needed | {flood[-1].id}, 120)
    refusal = TOO_FREQUENT.format(n=limits.merchant_per_minute)
    refused = Counter(r.merchant == flooder for r in replies if r.text == refusal)
    allowed = limits.merchant_burst + math.ceil(FLOOD_SPAN_S * limits.merchant_per_minute / 60)
    print(f"\nfairness: flooder sent {FLOOD} in {FLOOD_SPAN_S:.0f} s, refused {refused[True]} (limit lets "
          f"{allowed} through); others sent {len(others)}, needing an answer {len(answer_needed)}, refused "
          f"{refused[False]}")
    assert refused[False] == 0  # nobody else is limited
    assert refused[True] >= FLOOD - allowed  # the flooder is
    assert answer_needed <= {r.request_id for r in replies}  # and everyone else is answered
    flood_order = [int(r.request_id.rsplit("-", 1)[1]) for r in replies if r.merchant == flooder]
    assert flood_order == sorted(flood_order)
