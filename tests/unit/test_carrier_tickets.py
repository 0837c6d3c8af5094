"""A class-2 request the carrier takes as a ticket of its own (a parcel signed for but not received: ZTO's incident
"event-sign-not-receive", over its real protocol on the simulator) is filed there too and keeps the carrier's
number; the result poller asks after it by that number and publishes ZTO's answer, which the merchant is told
once. A parcel not signed for, a carrier without tickets, or a claim is a person's ticket only, filed nowhere."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import msgspec

import handlers
from handlers.base import NOT_OFFERED, Context
from handlers.customer_service import CustomerService
from handlers.person import FILED
from router.carrier.model import Item, Op, ParcelState
from router.carrier.wire.base import Credentials
from router.carrier.wire.zto import Zto
from router.contracts import Reply, decode_as, encode
from router.shipments import Shipment
from router.source import Record
from router.testing import MemoryBroker, MemorySink
from router.tickets.follower import ANSWERED, Follower
from tests.unit.test_carrier_open import number, open_platforms, sim_with
from tests.unit.test_results_poller import parcels, polling, ticket
from tests.unit.test_service import DIRECTORY, request, split
from tests.unit.test_shipments import records


async def test_a_parcel_signed_for_but_not_received_is_filed_with_zto_and_keeps_its_number(tmp_path: Path) -> None:
    signed, moving, yto, broken = number("zto", 1), number("zto", 2), number("yto", 3), number("zto", 4)
    sim = sim_with({signed: ParcelState.DELIVERED, moving: ParcelState.IN_TRANSIT, yto: ParcelState.DELIVERED,
                    broken: ParcelState.DELIVERED})
    async with records(tmp_path) as kept, open_platforms(sim) as (carriers, _):
        await kept.record("", [Shipment(w, c, "C00001") for w, c in
                               ((signed, "zto"), (moving, "zto"), (yto, "yto"), (broken, "zto"))])
        svc = CustomerService(Context(carriers, kept), DIRECTORY, handlers.intent_handlers())
        asked = {w: split(list(await svc.handle(request(f"{w} 显示签收了但是没收到", rid=f"v{i}"))))
                 for i, w in enumerate((signed, moving, yto))}
        claim = split(list(await svc.handle(request(f"{broken} 破损了", rid="d1"))))
        again = split(list(await svc.handle(request(f"{signed} 显示签收了但是没收到", rid="v0"))))  # (redelivered)
    (filed,), (kept_moving,), (kept_yto,) = (asked[w][1] for w in (signed, moving, yto))
    assert filed.carrier_ref.startswith("WO") and filed.ticket_class == 2 and filed.status == "open"
    assert asked[signed][0][0].text == FILED.replace("{label}", "核实签收").format(w=signed)
    assert FILED == "{w} 已为您登记{label}工单并提交快递公司核实，专人跟进，结果会第一时间通知您"
    for w, t in ((moving, kept_moving), (yto, kept_yto)):  # (not signed for; YTO takes no tickets)
        assert t.carrier_ref == ""
        assert asked[w][0][0].text == f"{w} 已为您登记核实签收工单，专人跟进，结果会第一时间通知您"
    assert claim[1][0].carrier_ref == "" and claim[1][0].intent == "damaged"  # (a claim: a person files it)
    assert again[1][0].carrier_ref == filed.carrier_ref  # (the same filing: its traceId is the request's)
    assert sim.stats.effects["ticket"] == 1


def test_zto_is_asked_for_the_incident_type_of_the_ticket() -> None:
    def kind(params: dict[str, str]) -> str:
        fields = Zto().fields(Op.TICKET, Item(key="k", waybill="W", params=params),
                              Credentials({"app_key": "a", "secret": "s"}))
        return str(json.loads(json.dumps(fields))["incident"]["type"])

    assert [kind({"type": "verify_delivery"}), kind({"type": "delay"}), kind({})] == \
           ["event-sign-not-receive", "event-urge", "event-urge"]


async def test_ztos_answer_to_the_ticket_is_asked_after_and_told_to_the_merchant_once(tmp_path: Path) -> None:
    async with polling(tmp_path) as p:
        (w,) = parcels(p.sim, 1, ParcelState.DELIVERED)
        filed = await p.accounts.submit("", "zto", Op.TICKET,
                                        Item(key="K-v", waybill=w, params={"type": "verify_delivery"}))
        t = msgspec.structs.replace(ticket(w, "v"), id=f"r-v:verify_delivery:{w}", intent="verify_delivery",
                                    ticket_class=2, carrier_ref=str(filed.data["ticket_no"]), key="K-v")
        await p.store.open([t], {}, 3600.0)
        await anyio.sleep(0.3)  # (finished at ZTO)
        assert await p.poller().poll_once() == 1
        (event,) = p.events()
        f = Follower(p.settings, p.store, MemorySink(MemoryBroker()))
        topic = p.settings.topics.carrier_events
        told = await f.handle([Record(topic, 0, 0, b"m1", encode(event)), Record(topic, 0, 1, b"m1", encode(event))])
        row = await p.store.get(t.id)
    assert (event.op, event.event) == ("ticket", "resolved")
    assert event.detail == "已核实：快件已投递至驿站，请收件人凭取件码领取"  # (the simulator's ZTO staff)
    (reply,) = [decode_as(v, Reply) for topic_, _, v in told if topic_ == p.settings.topics.replies]
    assert reply.text == f"{w} 您登记的工单已处理完毕{ANSWERED}{event.detail}" and reply.mention == ["u1"]
    assert row is not None and row.status == "resolved"


async def test_what_a_carriers_platform_does_not_offer_goes_to_a_person_as_such_not_as_a_passing_trouble(
        tmp_path: Path) -> None:
    yto = number("yto", 5)
    sim = sim_with({yto: ParcelState.IN_TRANSIT})
    async with records(tmp_path) as kept, open_platforms(sim) as (carriers, _):
        await kept.record("", [Shipment(yto, "yto", "C00001")])
        svc = CustomerService(Context(carriers, kept), DIRECTORY, handlers.intent_handlers())
        replies, tickets, escalations = split(list(await svc.handle(request(f"延误 {yto} 帮忙登记下", rid="u1"))))
    assert replies[0].text == NOT_OFFERED.format(w=yto) and tickets == []
    assert [(e.reason, e.detail["codes"]) for e in escalations] == [("carrier_not_offered", "not_supported")]
    assert "ticket" not in sim.stats.calls  # (never sent: YTO's platform has no tickets)
