"""Restarts with the whole service: two router processes (parser, handlers, carrier layer against the simulator
over HTTP), each stopped and started again in turn while merchants keep sending — with SIGTERM (a rolling upgrade)
and with kill -9 (a crash) — and five kill -9 at random moments (issue 9, scenarios 1 and 2). Reports sent,
answered, lost (must be 0), duplicate replies (counted) and parcels acted on twice (must be 0: a redelivered record
reuses its idempotency key). pytest -s prints the figures."""

from __future__ import annotations

import random
import time
from pathlib import Path

import anyio
import pytest

from kefu_dev import sample
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.kafka import ensure_topics
from router.parsing.parser import parse
from tests.carrier_kit import served
from tests.integration.procs import RouterProcess
from tests.integration.test_router_processes import produce_paced, read_replies
from tests.service_kit import CHAOS_SCALE, Tally, settings_for


@pytest.mark.parametrize("plan", ["sigterm", "kill9", "kill9_random_x5"])
async def test_restarts_during_load_lose_nothing_and_act_once(tmp_path: Path, plan: str) -> None:
    """sigterm / kill9: each of the two routers in turn, 3 s apart (a rolling upgrade; a crash). kill9_random_x5:
    five kill -9 of a live router picked at random, at random moments, each restarted at once."""
    rng = random.Random(65)
    if plan == "kill9_random_x5":
        load_s = 20.0 * CHAOS_SCALE
        waits = [rng.uniform(1.0, 2 * load_s / 5 - 1.0) for _ in range(5)]
    else:
        load_s, waits = 12.0 * CHAOS_SCALE, [3.0 * CHAOS_SCALE] * 2
    sim = CarrierSim(SimConfig(latency_ms=10, callback_delay_s=60))
    async with served(sim) as url:
        s = settings_for(tmp_path, url, merchants=200, topics={"partitions": 6})
        await ensure_topics(s)
        env = {"KEFU_CARRIER__ENABLED": "true"}  # procs' default is acknowledge-only
        routers = [RouterProcess(s, name, tmp_path, **env).start() for name in ("a", "b")]
        reqs = list(sample.requests(int(4000 * load_s / 12), 200, seed=61))
        expected = {r.id for r in reqs if (p := parse(r.text)).requests or p.needs_human}
        started = time.monotonic()
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(produce_paced, s.kafka.bootstrap, s.topics.requests,
                              [sample.encoded(r) for r in reqs], load_s)
                for i, wait in enumerate(waits):  # while traffic flows
                    await anyio.sleep(wait)
                    live = [r for r in routers if r.alive()]
                    old = rng.choice(live) if plan == "kill9_random_x5" else live[0]
                    if plan == "sigterm":  # a rolling upgrade
                        assert old.terminate(60) == 0, old.log()[-2000:]
                    else:  # a crash or a power cut
                        old.kill9()
                    last_stop = time.monotonic()
                    routers.append(RouterProcess(s, f"{old.name}{i}", tmp_path, **env).start())
            load_ended = time.monotonic()
            replies = await read_replies(s.kafka.bootstrap, s.topics.replies, expected, 180)
            answered_at = time.monotonic()
        finally:
            for r in routers:
                r.ensure_stopped()
    t = Tally(expected, replies, sim)
    print(f"\n{plan} ({len(waits)} stops during {load_s:.0f} s of load): sent {len(reqs)}, {t!r}; recovery: every "
          f"request answered {answered_at - last_stop:.1f} s after the last stop ({answered_at - load_ended:.1f} s "
          f"after the load ended); {answered_at - started:.1f} s in all")
    t.check()
