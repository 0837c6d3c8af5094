"""A change of address into an area the carrier does not deliver to now is refused with the carrier's reason before
anything is changed, where the carrier offers the check (ZTO's areaUnobstructed, over its real protocol on the
simulator); where it does not, or on the generic protocol, the change goes as before."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import handlers
from handlers.base import Context
from handlers.customer_service import CustomerService
from kefu_dev import world
from router.carrier.model import ParcelState
from router.shipments import Shipment
from tests.unit.test_carrier_open import number, open_platforms, sim_with
from tests.unit.test_service import DIRECTORY, request, service, split
from tests.unit.test_service import parcel as sim_parcel
from tests.unit.test_shipments import records

FAR = "新疆维吾尔自治区乌鲁木齐市天山区解放北路1号 张三 13800000000"
NEAR = "浙江省杭州市西湖区文三路90号 张三 13800000000"


async def test_a_change_into_a_stopped_area_is_refused_before_anything_is_changed(tmp_path: Path) -> None:
    far, near, yto = number("zto", 1), world.waybill(random.Random(2), 1, "zto"), number("yto", 1)
    sim = sim_with({far: ParcelState.IN_TRANSIT, near: ParcelState.IN_TRANSIT, yto: ParcelState.IN_TRANSIT})
    async with records(tmp_path) as kept, open_platforms(sim) as (carriers, _):
        await kept.record("", [Shipment(w, c, world.customer(1)) for w, c in ((far, "zto"), (near, "zto"),
                                                                              (yto, "yto"))])
        svc = CustomerService(Context(carriers, kept), DIRECTORY, handlers.intent_handlers())
        refused = split(list(await svc.handle(request(f"改址 {far} {FAR}", rid="a1"))))
        done = split(list(await svc.handle(request(f"改址 {near} {NEAR}", rid="a2"))))
        # (YTO offers no check: the change is sent, and YTO's own refusal, in its words, is read)
        unchecked = split(list(await svc.handle(request(f"改址 {yto} {FAR}", rid="a3"))))
    assert refused[0][0].text == f"{far} 新地址所在区域目前暂停派送（新疆维吾尔自治区停发），无法改址，" \
                                 "请更换地址；如需帮助请回复"
    assert not refused[1] and not refused[2]  # no ticket, no person: the merchant chooses another address
    assert done[0][0].text == f"{near} 改址已提交，结果会第一时间通知您" and len(done[1]) == 1
    assert unchecked[0][0].text == f"{yto} 新地址所在区域目前暂停派送，无法改址，请更换地址；如需帮助请回复"
    assert sim.stats.calls["reach"] == 2  # (ZTO's two changes; YTO was not asked)
    assert sim.stats.effects["change_address"] == 1  # (the stopped ones never changed: ZTO's checked, YTO's refused)


async def test_the_generic_protocol_is_not_asked_to_check() -> None:
    from kefu_dev.carrier_sim import CarrierSim

    sim = CarrierSim()
    w = sim_parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim) as (svc, transports):
        out = split(list(await svc.handle(request(f"改址 {w} {FAR}", rid="g1"))))
    assert [op.value for op, _ in transports["zto"].calls] == ["track", "change_address"]
    assert out[0][0].text == f"{w} 新地址所在区域目前暂停派送，无法改址，请更换地址；如需帮助请回复"


@pytest.mark.parametrize(("result", "reachable", "reason"), [
    ({"isUnobstructed": 0, "forbidType": "B04"}, True, ""),
    ({"isUnobstructed": "1", "forbidType": "A02", "forbidReason": "疫情停发"}, False, "疫情停发"),
    ({"isUnobstructed": 1, "forbidType": "A03"}, False, "网点停发"),  # (no reason given: the type in words)
    ({"isUnobstructed": 1, "forbidType": "B04"}, None, ""),  # (stopped by a released type: not guessed)
    ({"isUnobstructed": True}, None, ""), ({}, None, ""), ([{"isUnobstructed": 1}], None, ""),
])
def test_zto_area_answers_are_read_as_they_say_and_nothing_else_is_guessed(
        result: object, reachable: bool | None, reason: str) -> None:
    import json

    from router.carrier.model import Item, Op
    from router.carrier.wire.zto import Zto

    (r,) = Zto().results(Op.REACH, [Item(key="k", waybill="", params={"address": FAR})], 200,
                         json.dumps({"status": True, "result": result}).encode())
    if reachable is None:
        assert (r.ok, r.code) == (False, "unreadable")  # (the change then goes ahead: ZTO judges a stopped area)
    else:
        assert r.ok and r.data == {"reachable": reachable, "reason": reason}
