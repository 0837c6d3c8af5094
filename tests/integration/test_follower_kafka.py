"""Closing the loop on real Kafka and PostgreSQL, with the carrier simulator's callbacks over HTTP: an intercept
is answered "submitted" then "succeeded" in the same group; an overdue ticket goes to a person exactly once; a
person's answer reaches the merchant; router and follower restarted in the middle lose nothing."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import msgspec

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.carrier.callbacks import CallbackReceiver
from router.carrier.model import ParcelState
from router.config import Settings
from router.contracts import Escalation, HumanReply, Reply, decode_as, encode
from router.kafka import KafkaSink, ensure_topics
from router.tickets.follower import Follower
from router.tickets.store import TicketStore
from tests.carrier_kit import served
from tests.harness import fresh_settings
from tests.service_kit import req, running, settings_for
from tests.store_contract import pg_store


@asynccontextmanager
async def following(settings: Settings, store: TicketStore) -> AsyncIterator[Follower]:
    async with KafkaSink(settings) as sink, anyio.create_task_group() as tg:
        f = Follower(settings, store, sink)
        await tg.start(f.run)
        yield f
        tg.cancel_scope.cancel()


async def replies_of(s: Settings, n: int, timeout_s: float = 30) -> list[Reply]:
    return [decode_as(m.value or b"", Reply) for m in await kafkatools.read_topic(
        s.kafka.bootstrap, s.topics.replies, n, timeout_s)]


async def test_results_overdue_and_human_answers_reach_the_merchant(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=5, callback_delay_s=1.0))
    rng = random.Random(4)
    a, d = world.waybill(rng, 1, "zto"), world.waybill(rng, 1, "yto")
    for w, state in ((a, ParcelState.IN_TRANSIT), (d, ParcelState.DELIVERED)):
        p = sim.parcel(w)
        assert p is not None
        p.state = state
    store = await pg_store()
    async with KafkaSink(fresh_settings()) as events_sink, served(sim) as url:
        s = settings_for(tmp_path, url, tickets={"due_s": {"intercept": 60.0}, "default_due_s": 1.5,
                                                 "check_interval_s": 0.2})
        async with served(sim, CallbackReceiver(s, events_sink).app()) as cb_url:
            s = msgspec.structs.replace(
                s, carrier=msgspec.structs.replace(s.carrier, callback_url=f"{cb_url}/callbacks"))
            await ensure_topics(s)
            await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests,
                                         [req("m00001-1", "m00001", f"{a} 拦截"),
                                          req("m00001-2", "m00001", f"{d} 核实签收")])
            async with running(s), following(s, store):
                first = await replies_of(s, 2)
            # router and follower are stopped while the carrier's result is still on its way, and started again
            async with running(s), following(s, store):
                replies = await replies_of(s, 4)
                await anyio.sleep(1.0)  # several more overdue checks: none may escalate again
                t2 = f"m00001-2:verify_delivery:{d}"
                answer = HumanReply(id="h-1", ticket_id=t2, merchant="m00001", group="g-m00001",
                                    platform="demo", mention=["u-m00001"], text=f"{d} 已核实：快递柜 3 号格")
                await kafkatools.produce_all(s.kafka.bootstrap, s.topics.human_replies,
                                             [(b"m00001", encode(answer))])
                replies = await replies_of(s, 5)
                with anyio.fail_after(10):
                    while (await store.get(t2)).status != "closed":  # type: ignore[union-attr]
                        await anyio.sleep(0.1)
            human = [decode_as(m.value or b"", Escalation) for m in await kafkatools.read_topic(
                s.kafka.bootstrap, s.topics.human, 1, 5)]
    texts = [r.text for r in replies]
    assert [r.text for r in first] == [f"{a} 拦截已提交，结果会第一时间通知您",
                                       f"{d} 已为您登记核实签收工单，专人跟进，结果会第一时间通知您"]
    assert texts[:2] == [r.text for r in first]
    assert sorted(texts[2:]) == sorted([f"{a} 拦截成功，包裹将退回", f"{d} 处理时间较长，已转人工专人跟进，请稍候",
                                        f"{d} 已核实：快递柜 3 号格"])
    assert {r.group for r in replies} == {"g-m00001"} and all(r.mention == ["u-m00001"] for r in replies)
    assert [(e.reason, e.detail["ticket"]) for e in human] == [("ticket_overdue", f"m00001-2:verify_delivery:{d}")]
    assert "核实签收" in human[0].text and "opened" in human[0].detail["history"]
    intercept = await store.get(f"m00001-1:intercept:{a}")
    assert intercept is not None and intercept.status == "succeeded"
    noted = {(r[0], tuple(r[2]), r[3]) for r in await store.requests_between(0, 1e12)}
    assert noted == {("m00001-1", ("intercept",), "answered"), ("m00001-2", ("verify_delivery",), "to_human")}
    await store.close()
