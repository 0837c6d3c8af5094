"""Restarts with the whole service: two router processes (parser, handlers, carrier gateway against the simulator
over HTTP), each stopped and started again in turn while merchants keep sending — with SIGTERM (a rolling upgrade)
and with kill -9 (a crash). Reports sent, answered, lost (must be 0), duplicate replies (counted) and parcels acted
on twice (must be 0: a redelivered record reuses its idempotency key). pytest -s prints the figures."""

from __future__ import annotations

import time
from pathlib import Path

import anyio
import pytest

from router import sample
from router.carrier.sim import CarrierSim, SimConfig
from router.parsing.parser import parse
from router.transport.kafka import ensure_topics
from tests.carrier_kit import served
from tests.integration.procs import RouterProcess
from tests.integration.test_router_processes import produce_paced, read_replies
from tests.service_kit import Tally, settings_for

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize("stop", ["sigterm", "kill9"])
async def test_restarts_during_load_lose_nothing_and_act_once(tmp_path: Path, stop: str) -> None:
    sim = CarrierSim(SimConfig(latency_ms=10, callback_delay_s=60))
    async with served(sim) as url:
        s = settings_for(tmp_path, url, merchants=200, topics={"partitions": 6})
        await ensure_topics(s)
        env = {"KEFU_GATEWAY__ENABLED": "true"}  # procs' default is acknowledge-only
        a = RouterProcess(s, "a", tmp_path, **env).start()
        b = RouterProcess(s, "b", tmp_path, **env).start()
        routers = [a, b]
        reqs = list(sample.requests(4000, 200, seed=61))
        expected = {r.id for r in reqs if (p := parse(r.text)).requests or p.needs_human}
        started = time.monotonic()
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(produce_paced, s.kafka.bootstrap, s.topics.requests,
                              [sample.encoded(r) for r in reqs], 12.0)
                for name in ("a", "b"):  # upgrade one, then the other, while traffic flows
                    await anyio.sleep(3.0)
                    old = next(r for r in routers if r.name == name)
                    if stop == "sigterm":  # a rolling upgrade
                        assert old.terminate(60) == 0, old.log()[-2000:]
                    else:  # a crash or a power cut
                        old.kill9()
                    routers.append(RouterProcess(s, f"{name}2", tmp_path, **env).start())
            replies = await read_replies(s.kafka.bootstrap, s.topics.replies, expected, 120)
        finally:
            for r in routers:
                r.ensure_stopped()
    t = Tally(expected, replies, sim)
    print(f"\n{stop} of each router in turn: sent {len(reqs)}, {t!r}, {time.monotonic() - started:.1f} s")
    assert not t.lost
    assert not t.twice  # each intercept, cancel, address change happened once per parcel
