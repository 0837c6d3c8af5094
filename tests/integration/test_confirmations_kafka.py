"""Questions to merchants on real Kafka, with router processes (issue 22): a question asked by one router is
answered through another after a kill -9, after a rebalance, and with the router killed right after the "确认"
arrives; each confirmed parcel is acted on exactly once, nothing unconfirmed is acted on, and a question nobody
answers lapses with one reply. The store is SQLite shared by the processes, and PostgreSQL for its contract."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import anyio

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample, world
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.carrier.model import ParcelState
from router.confirm.model import ASK, EXPIRED, WHAT, ConfirmationStore
from router.confirm.store import open_confirmations
from router.contracts import MerchantRequest, Reply, decode_as, encode
from router.kafka import ensure_topics
from tests.carrier_kit import served
from tests.confirm_contract import settles_each_question_once
from tests.integration.procs import RouterProcess
from tests.service_kit import settings_for
from tests.store_contract import pg_dsn

RNG = random.Random(23)
M = sample.merchants(10)  # merchant i ships the parcels world.waybill(…, i) makes


def parcel(sim: CarrierSim, owner: int) -> str:
    number = world.waybill(RNG, owner, "zto")
    p = sim.parcel(number)
    assert p is not None
    p.state = ParcelState.IN_TRANSIT
    return number


def ask_text(w: str) -> str:
    return ASK.format(what=WHAT["intercept"].format(w=w), minutes=1)  # a 30 s question says 1 minute


class Chat:
    """Merchants talking to the routers through the topics."""

    def __init__(self, bootstrap: str, requests: str, replies: str) -> None:
        self.bootstrap, self.requests, self.replies = bootstrap, requests, replies

    async def say(self, rid: str, merchant: str, text: str) -> None:
        r = MerchantRequest(id=rid, merchant=merchant, group=f"g-{merchant}", sender=f"u-{merchant}",
                            platform="demo", text=text, received_at=datetime.now(UTC))
        await kafkatools.produce_all(self.bootstrap, self.requests, [(merchant.encode(), encode(r))])

    async def heard(self, timeout_s: float = 60.0, **want: str) -> list[Reply]:
        """Every reply so far, once one matches ``want`` (e.g. request_id=…, text=…)."""
        with anyio.fail_after(timeout_s):
            while True:
                msgs = await kafkatools.read_topic(self.bootstrap, self.replies, 10**9, timeout_s=1.0)
                got = [decode_as(m.value or b"", Reply) for m in msgs]
                if any(all(getattr(r, k) == v for k, v in want.items()) for r in got):
                    return got


async def test_a_question_survives_kill9_and_a_rebalance_and_acts_once(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=5, callback_delay_s=600))
    async with served(sim) as url:
        await _scenario(sim, url, tmp_path)


async def _scenario(sim: CarrierSim, url: str, tmp: Path) -> None:
    s = settings_for(tmp, url, merchants=10, topics={"partitions": 4})
    await ensure_topics(s)
    env = {"KEFU_CARRIER__ENABLED": "true", "KEFU_CONFIRM__TTL_S": "30", "KEFU_CONFIRM__CHECK_INTERVAL_S": "0.5",
           "KEFU_CONFIRM__GRACE_S": "2"}
    chat = Chat(s.kafka.bootstrap, s.topics.requests, s.topics.replies)
    a, b, c, d = (parcel(sim, i) for i in (1, 2, 3, 4))
    routers = [RouterProcess(s, "a", tmp, **env).start()]
    try:
        # asked by router a, which then crashes; answered through router b
        await chat.say("m1-1", M[1], f"{a} 要不拦截吧 我再问问客户")
        await chat.heard(request_id="m1-1", text=ask_text(a))
        routers[0].kill9()
        routers.append(RouterProcess(s, "b", tmp, **env).start())
        await chat.say("m1-2", M[1], "确认")
        await chat.heard(request_id="m1-2", text=f"{a} 拦截已提交，结果会第一时间通知您")
        # asked while b runs alone; c joins and b leaves (a rebalance, then a handover of every partition)
        await chat.say("m2-1", M[2], f"{b} 可能要退回")
        await chat.heard(request_id="m2-1", text=ask_text(b))
        routers.append(RouterProcess(s, "c", tmp, **env).start())
        await anyio.sleep(8)  # c is in the group: partitions moved
        assert routers[1].terminate(60) == 0, routers[1].log()[-2000:]
        await chat.say("m2-2", M[2], "确认")
        await chat.heard(request_id="m2-2", text=f"{b} 拦截已提交，结果会第一时间通知您")
        # "确认" and a kill -9 at once: whoever handles it again acts once
        await chat.say("m3-1", M[3], f"{c} 好像得拦截")
        await chat.heard(request_id="m3-1", text=ask_text(c))
        await chat.say("m3-2", M[3], "确认")
        await anyio.sleep(0.05)
        routers[2].kill9()
        routers.append(RouterProcess(s, "d", tmp, **env).start())
        await chat.heard(request_id="m3-2", text=f"{c} 拦截已提交，结果会第一时间通知您", timeout_s=90)
        # a question nobody answers lapses, told once
        await chat.say("m4-1", M[4], f"{d} 要不拦截吧")
        await chat.heard(request_id="m4-1", text=ask_text(d))
        got = await chat.heard(text=EXPIRED.format(w=d), timeout_s=120)
    finally:
        for r in routers:
            r.ensure_stopped()
    acted = [(op, w) for op, w, _ in sim.acted() if op == "intercept"]
    assert sorted(acted) == sorted([("intercept", a), ("intercept", b), ("intercept", c)])  # once each; not d
    assert [r.text for r in got].count(EXPIRED.format(w=d)) == 1


async def test_the_store_contract_on_postgres() -> None:
    store: ConfirmationStore = await open_confirmations(await pg_dsn())
    try:
        await settles_each_question_once(store)
    finally:
        await store.close()
