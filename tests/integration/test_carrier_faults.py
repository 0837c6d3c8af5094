"""Carrier faults with the whole service on Kafka (issue 9, scenario 4): a carrier that answers 500s, 429 storms
with Retry-After, busy items and answers cut short after the operations took effect, all at once; and a carrier
that takes seconds per call. Every request is answered, nothing is lost, no parcel is acted on twice (a call
retried after a cut-short answer reuses its keys). Each on the generic protocol and on the carriers' real ones
(ZTO, YTO, SF, J&T and EMS each in its own, owners from the outlet's pickup records). Carrier outages:
tests/integration/test_service_kafka.py. pytest -s prints the figures."""

from __future__ import annotations

import time
from pathlib import Path

import msgspec
import pytest

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.contracts import Reply, decode_as
from router.kafka import ensure_topics
from router.parsing.parser import parse
from tests.carrier_kit import served
from tests.service_kit import CHAOS_SCALE, PROTOCOLS, Tally, real_protocols, record_pickups, running, settings_for

FAULTY = SimConfig(latency_ms=5, error_rate=0.1, rate_429=0.15, retry_after_s=0.05, busy_rate=0.05,
                   malformed_rate=0.1, seed=9)
SLOW = SimConfig(latency_ms=2000, latency_sigma=0.3, seed=10)  # seconds per call: about 1.1 s to 3.6 s


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(("name", "config", "n"), [("faulty", FAULTY, 1500), ("slow", SLOW, 300)])
async def test_every_request_answered_once_acted_on_through_carrier_faults(
    tmp_path: Path, name: str, config: SimConfig, n: int, protocol: str
) -> None:
    n *= CHAOS_SCALE
    sim = CarrierSim(msgspec.structs.replace(config))
    async with served(sim) as url:
        carrier = real_protocols(sim) if protocol == "open_platform" else {}
        s = settings_for(tmp_path, url, merchants=100, carrier=carrier)
        await ensure_topics(s)
        reqs = list(sample.requests(n, 100, seed=64))
        if protocol == "open_platform":
            await record_pickups(s, (r.text for r in reqs))
        expected = {r.id for r in reqs if (p := parse(r.text)).requests or p.needs_human}
        started = time.monotonic()
        await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, [sample.encoded(r) for r in reqs])
        async with running(s):
            got = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, len(expected), 180)
        elapsed = time.monotonic() - started
    t = Tally(expected, [decode_as(m.value or b"", Reply) for m in got], sim)
    st = sim.stats
    print(f"\ncarrier {name} ({protocol}): sent {n}, {t!r}; answers 500: {st.status[500]}, 429: {st.status[429]}, "
          f"cut short: {st.malformed}; calls by protocol {dict(st.protocols)}; {elapsed:.1f} s")
    t.check()
    if name == "faulty":  # the faults did happen, and were ridden out
        assert st.status[500] and st.status[429] and st.malformed
    if protocol == "open_platform":
        assert not st.protocols["generic"] and {"zto", "yto", "sf", "jt"} <= set(st.protocols)
