"""The whole service on real Kafka with the carrier simulator over HTTP: requests in → exact replies, tickets,
escalations and carrier events out; duplicates act once; other merchants' parcels are refused; an outage pauses
intake and everything completes after it."""

from __future__ import annotations

import random
from pathlib import Path

import aiohttp
import anyio
import msgspec

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample, world
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.carrier.callbacks import CallbackReceiver
from router.carrier.model import CarrierEvent, ParcelState, event_decoder
from router.contracts import Escalation, Reply, Ticket, decode_as
from router.kafka import KafkaSink, ensure_topics
from router.parsing.parser import parse
from tests.carrier_kit import served
from tests.harness import fresh_settings
from tests.service_kit import req, running, settings_for


async def test_requests_in_exact_outputs_out(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=5, callback_delay_s=0.2))
    rng = random.Random(2)

    def parcel(owner: int, state: ParcelState) -> str:
        number = world.waybill(rng, owner, "zto")
        p = sim.parcel(number)
        assert p is not None
        p.state = state
        return number

    a, b = parcel(1, ParcelState.IN_TRANSIT), parcel(1, ParcelState.DELIVERED)
    c, d = parcel(2, ParcelState.CREATED), parcel(1, ParcelState.OUT_FOR_DELIVERY)
    async with KafkaSink(fresh_settings()) as events_sink, served(sim) as url:
        s = settings_for(tmp_path, url)
        receiver = CallbackReceiver(s, events_sink)
        async with served(sim, receiver.app()) as cb_url:
            s = msgspec.structs.replace(
                s, carrier=msgspec.structs.replace(s.carrier, callback_url=f"{cb_url}/callbacks"))
            await ensure_topics(s)
            dup = req("m00001-1", "m00001", f"{a} {b} 拦截")
            records = [
                dup, dup,  # the same record twice (a producer retry upstream)
                req("m00002-1", "m00002", f"拦截 {a}"),  # m00001's parcel
                req("m00002-2", "m00002", f"撤单 {c}"),
                req("m00001-2", "m00001", f"{d} 核实签收"),
                req("m00001-3", "m00001", f"{d} 不用拦截了"),
                req("m00001-4", "m00001", "好的谢谢"),
                req("m09999-1", "m09999", f"{a} 拦截"),  # not in the directory
            ]
            await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, records)
            async with running(s):
                replies = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, 7, 60)
                tickets = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.tickets, 4, 30)
                human = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.human, 2, 30)
                events = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.carrier_events, 1, 30)
    by_request: dict[str, list[str]] = {}
    for m in replies:
        r = decode_as(m.value or b"", Reply)
        by_request.setdefault(r.request_id, []).append(r.text)
    assert by_request == {
        "m00001-1": [f"{a} 拦截已提交，结果会第一时间通知您\n{b} 已签收，无法拦截"] * 2,
        "m00002-1": [f"{a} 不是您账户下的运单，无法操作，请核对单号"],
        "m00002-2": [f"{c} 撤单成功"],
        "m00001-2": [f"{d} 已为您登记核实签收工单，专人跟进，结果会第一时间通知您"],
        "m00001-3": ["您的消息已转人工客服处理，请稍候"],
        "m09999-1": ["您的消息已转人工客服处理，请稍候"],
    }
    got_tickets = sorted({(t.id, t.intent, t.ticket_class, t.status) for t in
                          (decode_as(m.value or b"", Ticket) for m in tickets)})
    assert got_tickets == sorted({
        (f"m00001-1:intercept:{a}", "intercept", 1, "open"),
        (f"m00002-2:cancel:{c}", "cancel", 1, "done"),
        (f"m00001-2:verify_delivery:{d}", "verify_delivery", 2, "open"),
    })
    assert sorted(decode_as(m.value or b"", Escalation).reason for m in human) == ["negated_command",
                                                                                    "unknown_merchant"]
    assert sim.stats.effects["intercept"] == 1  # the duplicate record acted once
    intercepted = [e for e in (event_decoder.decode(m.value or b"") for m in events) if e.op == "intercept"]
    assert [(e.waybill, e.event) for e in intercepted] == [(a, "succeeded")]
    ticket_keys = {decode_as(m.value or b"", Ticket).key for m in tickets}
    assert intercepted[0].key in ticket_keys  # the event names the ticket it resolves
    assert isinstance(intercepted[0], CarrierEvent)


async def test_outage_pauses_intake_and_all_complete_after_recovery(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=5))
    async with served(sim) as url:
        s = settings_for(tmp_path, url, merchants=40)
        await ensure_topics(s)
        reqs = list(sample.requests(800, 40, seed=12))
        expected = {r.id for r in reqs if parse(r.text).requests or parse(r.text).needs_human}
        first, rest = reqs[:200], reqs[200:]
        await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, [sample.encoded(r) for r in first])
        async with running(s) as router, aiohttp.ClientSession() as admin:
            await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, 50, 30)
            await admin.post(f"{url}/admin/outage", json={"seconds": 2.0},
                             headers={"Authorization": f"Bearer {sim.admin_token}"})
            await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, [sample.encoded(r) for r in rest])
            paused_seen = False
            with anyio.move_on_after(10):
                while not paused_seen:
                    paused_seen = router.blocked and len(router.paused) == 4
                    await anyio.sleep(0.01)
            replies = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, len(expected), 90)
    assert paused_seen, "intake never paused while the carrier was down"
    answered = {decode_as(m.value or b"", Reply).request_id for m in replies}
    assert answered == expected
    assert sim.stats.status[503] > 0
