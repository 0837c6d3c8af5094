"""Broker restart with the whole service (issue 9, scenario 3): the Kafka process is stopped with SIGTERM while
merchants keep sending and two routers are handling, and started again from its log on disk a few seconds later.
Reports sent, answered, lost (must be 0), duplicate replies (counted), parcels acted on twice (must be 0) and how
long after the broker was back every request was answered. pytest -s prints the figures.

The broker is the test's own (tests.integration.procs.OwnBroker): stopping the suite's shared one would pull it
from under the other tests, and a cluster given by KAFKA_BOOTSTRAP is not ours to stop."""

from __future__ import annotations

import time
from pathlib import Path

import anyio

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.kafka import ensure_topics
from router.parsing.parser import parse
from tests.carrier_kit import served
from tests.integration.procs import OwnBroker, RouterProcess
from tests.integration.test_router_processes import read_replies
from tests.service_kit import CHAOS_SCALE, Tally, real_protocols, record_pickups, settings_for


async def produce_through_outages(bootstrap: str, topic: str, items: list[tuple[bytes, bytes]], seconds: float,
                                  retries: list[int]) -> None:
    """Send in 20 chunks over ``seconds``, as the chat ingress would: a chunk the broker does not take (it is
    down) is sent again until it is acknowledged. A chunk taken in part and sent again yields duplicate requests,
    which the router must absorb (one carrier action each)."""
    chunks = 20
    size = -(-len(items) // chunks)
    for i in range(chunks):
        while True:
            try:
                with anyio.fail_after(15):
                    await kafkatools.produce_all(bootstrap, topic, items[i * size : (i + 1) * size])
                break
            except Exception:  # the broker's error while it is down, whatever its type: try again shortly
                retries[0] += 1
                await anyio.sleep(0.5)
        await anyio.sleep(seconds / chunks)


async def test_broker_restart_during_load_loses_nothing_and_acts_once(tmp_path: Path) -> None:
    broker = OwnBroker(tmp_path / "broker").start()
    sim = CarrierSim(SimConfig(latency_ms=10, callback_delay_s=60))
    routers: list[RouterProcess] = []
    try:
        async with served(sim) as url:
            # (on the carriers' real protocols: the generic one has the restarts and the carrier faults)
            s = settings_for(tmp_path, url, merchants=200, topics={"partitions": 6},
                             kafka=broker.kafka, carrier=real_protocols(sim))
            await ensure_topics(s)
            reqs = list(sample.requests(3000 * CHAOS_SCALE, 200, seed=62))
            await record_pickups(s, (r.text for r in reqs))
            env = {"KEFU_CARRIER__ENABLED": "true"}  # procs' default is acknowledge-only
            routers += [RouterProcess(s, name, tmp_path, **env).start() for name in ("a", "b")]
            expected = {r.id for r in reqs if (p := parse(r.text)).requests or p.needs_human}
            retries = [0]
            async with anyio.create_task_group() as tg:
                tg.start_soon(produce_through_outages, broker.bootstrap, s.topics.requests,
                              [sample.encoded(r) for r in reqs], 12.0 * CHAOS_SCALE, retries)
                await anyio.sleep(4.0 * CHAOS_SCALE)
                await anyio.to_thread.run_sync(broker.stop)
                down_at = time.monotonic()
                await anyio.sleep(5.0)
                await anyio.to_thread.run_sync(broker.start)
                up_at = time.monotonic()
            replies = await read_replies(broker.bootstrap, s.topics.replies, expected, 180)
            answered_at = time.monotonic()
            alive = [r.name for r in routers if r.alive()]
    finally:
        for r in routers:
            r.ensure_stopped()
        broker.stop()
    t = Tally(expected, replies, sim)
    assert not sim.stats.protocols["generic"] and {"zto", "yto", "sf", "jt"} <= set(sim.stats.protocols)
    print(f"\nbroker restart during load: sent {len(reqs)}, {t!r}, broker down {up_at - down_at:.1f} s (producer "
          f"chunks retried {retries[0]}), every request answered {answered_at - up_at:.1f} s after the broker was "
          f"back, routers alive {alive}")
    t.check()
    assert alive == ["a", "b"]  # the routers rode the outage out: no crash, no restart needed
