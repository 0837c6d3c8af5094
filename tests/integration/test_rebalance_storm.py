"""Rebalance storm with the whole service (issue 9, scenario 5): while merchants keep sending, router instances
join and leave the consumer group every few seconds (a new one started, the oldest newcomer stopped with
SIGTERM, and one newcomer killed with kill -9), around one instance that stays. Reports sent, answered, lost (must
be 0), duplicate replies (counted) and parcels acted on twice (must be 0). pytest -s prints the
figures."""

from __future__ import annotations

import time
from pathlib import Path

import anyio

from kefu_dev import sample
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.kafka import ensure_topics
from router.parsing.parser import parse
from tests.carrier_kit import served
from tests.integration.procs import RouterProcess
from tests.integration.test_router_processes import produce_paced, read_replies
from tests.service_kit import CHAOS_SCALE, Tally, real_protocols, record_pickups, settings_for

JOIN_EVERY_S, CHANGES = 3.0, 6 * CHAOS_SCALE


async def test_members_joining_and_leaving_every_few_seconds_lose_nothing_and_act_once(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=10, callback_delay_s=60))
    env = {"KEFU_CARRIER__ENABLED": "true"}  # procs' default is acknowledge-only
    stayer: RouterProcess | None = None
    every: list[RouterProcess] = []
    try:
        async with served(sim) as url:
            # (on the carriers' real protocols: the generic one has the restarts and the carrier faults)
            s = settings_for(tmp_path, url, merchants=200, topics={"partitions": 6}, carrier=real_protocols(sim))
            await ensure_topics(s)
            reqs = list(sample.requests(4000 * CHAOS_SCALE, 200, seed=63))
            await record_pickups(s, (r.text for r in reqs))
            stayer = RouterProcess(s, "stays", tmp_path, **env).start()
            every.append(stayer)
            expected = {r.id for r in reqs if (p := parse(r.text)).requests or p.needs_human}
            started = time.monotonic()
            exits: list[int] = []
            async with anyio.create_task_group() as tg:
                tg.start_soon(produce_paced, s.kafka.bootstrap, s.topics.requests,
                              [sample.encoded(r) for r in reqs], JOIN_EVERY_S * CHANGES)
                guests: list[RouterProcess] = []
                for i in range(CHANGES):
                    await anyio.sleep(JOIN_EVERY_S)
                    guest = RouterProcess(s, f"guest{i}", tmp_path, **env).start()
                    guests.append(guest)
                    every.append(guest)
                    if len(guests) > 2:  # two guests at most: the oldest leaves as the next one joins
                        leaving = guests.pop(0)
                        if i == CHANGES // 2:
                            await anyio.to_thread.run_sync(leaving.kill9)  # one leaves without a word
                        else:
                            exits.append(await anyio.to_thread.run_sync(leaving.terminate, 60.0))
            last_change = time.monotonic()
            replies = await read_replies(s.kafka.bootstrap, s.topics.replies, expected, 180)
            answered_at = time.monotonic()
            elapsed = time.monotonic() - started
            stayed = stayer.alive()
    finally:
        for r in every:
            r.ensure_stopped()
    t = Tally(expected, replies, sim)
    assert not sim.stats.protocols["generic"] and {"zto", "yto", "sf", "jt"} <= set(sim.stats.protocols)
    print(f"\nrebalance storm ({len(every) - 1} members joined, one every {JOIN_EVERY_S:.0f} s, {len(exits)} left "
          f"with SIGTERM, 1 with kill -9): sent {len(reqs)}, {t!r}; recovery: every request answered "
          f"{answered_at - last_change:.1f} s after the last membership change; {elapsed:.1f} s in all")
    assert stayed  # the member that stayed rode every rebalance out
    assert exits == [0] * len(exits)  # each graceful leaver drained and committed within the deadline
    t.check()
