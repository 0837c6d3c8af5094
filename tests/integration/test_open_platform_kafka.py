"""The router on real Kafka speaking the carriers' own protocols (carrier.protocol = "open_platform") to the
simulator's open platforms over HTTP, with ownership from the outlet's pickup records: merchants' requests for
ZTO, YTO, SF and J&T parcels are acted on in each carrier's envelope and signature, a parcel recorded under
another account is refused, one without a record goes to a person, and nothing is acted on twice, nothing goes
through the generic protocol. Outcomes come back as the carriers do it: ZTO's asked for by the router, the
others' pushed by the carrier in its own format to the router's callback endpoint; each told to its merchant
once."""

from __future__ import annotations

import random
import socket
from pathlib import Path

import anyio

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import world
from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.carrier.model import ParcelState
from router.config import Settings
from router.contracts import Escalation, Reply, Ticket, decode_as
from router.kafka import ensure_topics
from router.shipments import Shipment, Shipments
from router.tickets.follower import follow
from router.tickets.store import open_store
from tests.carrier_kit import served
from tests.service_kit import req, running, settings_for

CARRIERS = ["zto", "yto", "sf", "jt", "ems"]


async def result_replies(s: Settings) -> list[Reply]:
    """The carrier results told to merchants so far."""
    end = await kafkatools.end_offsets(s.kafka.bootstrap, s.topics.replies)
    replies = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, sum(end.values()), 10)
    return [r for r in (decode_as(m.value or b"", Reply) for m in replies) if r.id.endswith(":result")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def parcel(sim: CarrierSim, rng: random.Random, owner: int, carrier: str, state: ParcelState) -> str:
    number = world.waybill(rng, owner, carrier)
    p = sim.parcel(number)
    assert p is not None
    p.state = state
    return number


async def test_the_router_acts_through_each_carriers_own_protocol(tmp_path: Path) -> None:
    port = free_port()  # the router's callback endpoint, registered at each carrier as the outlet's push URL
    sim = CarrierSim(SimConfig(latency_ms=2, carriers=CARRIERS,
                               push_url=f"http://127.0.0.1:{port}/callbacks/{{carrier}}"))
    rng = random.Random(27)
    zto, yto, sf, jt = (parcel(sim, rng, 1, c, ParcelState.IN_TRANSIT) for c in ("zto", "yto", "sf", "jt"))
    tracked = parcel(sim, rng, 1, "zto", ParcelState.OUT_FOR_DELIVERY)
    others = parcel(sim, rng, 2, "yto", ParcelState.IN_TRANSIT)
    unrecorded = parcel(sim, rng, 1, "jt", ParcelState.IN_TRANSIT)
    async with served(sim) as url:
        accounts = {c: credentials(c, sim.config_account()).values for c in CARRIERS}
        s = settings_for(tmp_path, url, carrier={
            "base_url": url, "protocol": "open_platform", "ownership": "shipments", "carriers": CARRIERS,
            "accounts": accounts, "linger_ms": 5.0, "item_deadline_s": 60.0, "result_poll_s": 0.5},
            callbacks={"port": port})
        await ensure_topics(s)
        store = await open_store(s.tickets.store)
        try:  # the outlet's pickup records: who shipped what (the unrecorded parcel is not there)
            await Shipments(store.db).record("", [Shipment(w, world.carrier_of(w) or "", world.customer(1))
                                                  for w in (zto, yto, sf, jt, tracked)]
                                             + [Shipment(others, "yto", world.customer(2))])
        finally:
            await store.close()
        records = [
            req("r1", "m00001", f"拦截 {zto}"),
            req("r2", "m00001", f"{yto} 拦截"),
            req("r3", "m00001", f"改址 {sf} 浙江省杭州市西湖区文三路90号 张三 13800000000"),
            req("r4", "m00001", f"{jt} 拦截"),
            req("r5", "m00001", f"{tracked} 查件"),
            req("r6", "m00001", f"{others} 拦截"),  # m00002's parcel
            req("r7", "m00001", f"{unrecorded} 拦截"),  # no pickup record
            req("r1", "m00001", f"拦截 {zto}"),  # redelivered
        ]
        await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, records)
        async with running(s), anyio.create_task_group() as tg:
            await tg.start(follow, s)
            replies = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, 8, 60)
            tickets = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.tickets, 4, 30)
            human = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.human, 1, 30)
            with anyio.fail_after(30):  # ZTO's outcome asked for by the router, the others' pushed
                while len({r.request_id for r in await result_replies(s)}) < 4:
                    await anyio.sleep(0.5)
            await anyio.sleep(1.5)  # three more rounds of asking: the outcome is told once all the same
            results = await result_replies(s)
            tg.cancel_scope.cancel()
    said = {r.request_id: r.text for r in (decode_as(m.value or b"", Reply) for m in replies)}
    assert said.pop("r5").startswith(f"{tracked} 派送中")
    assert said == {
        "r1": f"{zto} 拦截已提交，结果会第一时间通知您",
        "r2": f"{yto} 拦截已提交，结果会第一时间通知您",
        "r3": f"{sf} 改址已提交，结果会第一时间通知您",
        "r4": f"{jt} 拦截已提交，结果会第一时间通知您",
        "r6": f"{others} 不是您账户下的运单，无法操作，请核对单号",
        "r7": f"{unrecorded} 暂未查到本网点的揽收记录，已转人工核实",
    }
    opened = {t.id: t.waybill for t in (decode_as(m.value or b"", Ticket) for m in tickets)}
    assert sorted(opened.values()) == sorted([zto, yto, sf, jt])  # (r1 read twice: its ticket, the same id)
    assert [decode_as(m.value or b"", Escalation).reason for m in human] == ["owner_unknown"]
    assert (sim.stats.effects["intercept"], sim.stats.effects["change_address"]) == (3, 1)  # once each
    assert sim.stats.protocols["generic"] == 0 and {"zto", "yto", "sf", "jt"} <= set(sim.stats.protocols)
    assert sorted(r.text for r in results) == sorted([
        f"{zto} 拦截成功，包裹将退回", f"{yto} 拦截成功，包裹将退回", f"{sf} 改址成功，将按新地址派送",
        f"{jt} 拦截成功，包裹将退回"])  # (each once: ZTO asked about three more times, pushes acknowledged)
    assert dict(sim.stats.pushes_sent) == {"zto": 1, "yto": 1, "sf": 1, "jt": 1} and not sim.stats.pushes_failed
