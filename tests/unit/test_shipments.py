"""The outlets' pickup records (router.shipments) and the ownership check that reads them
(``carrier.ownership = "shipments"``): a merchant acts on a parcel the outlet recorded under its account, is
refused one recorded under another, and a parcel without a record goes to a person, with nothing sent to the
carrier for it; the owner costs no carrier call, the state still does when asked for."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

import handlers
from handlers.base import Context
from handlers.customer_service import CustomerService
from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim
from router.carrier.model import ParcelState
from router.errors import ConfigError
from router.shipments import Shipment, Shipments, read_csv
from router.tickets.store import open_store
from tests.carrier_kit import SimTransport, carrier_settings, memory_carriers
from tests.unit.test_service import DIRECTORY, parcel, request, split


@asynccontextmanager
async def records(tmp_path: Path) -> AsyncIterator[Shipments]:
    store = await open_store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        yield Shipments(store.db)
    finally:
        await store.close()


async def test_records_are_kept_per_outlet_and_a_later_one_corrects_an_earlier(tmp_path: Path) -> None:
    async with records(tmp_path) as kept:
        await kept.record("hz", [Shipment("75000000000001", "zto", "C1"), Shipment("YT0000000000001", "yto", "C2")])
        await kept.record("sh", [Shipment("75000000000001", "zto", "C9")])
        await kept.record("hz", [Shipment("75000000000001", "zto", "C3")])  # corrected
        hz = await kept.owners("hz", ["75000000000001", "YT0000000000001", "SF0000000000001"])
        sh = await kept.owners("sh", ["75000000000001", "YT0000000000001"])
        many = await kept.owners("hz", [f"7500000000{n:04d}" for n in range(1200)])  # (more than one query)
    assert {w: s.customer for w, s in hz.items()} == {"75000000000001": "C3", "YT0000000000001": "C2"}
    assert {w: s.customer for w, s in sh.items()} == {"75000000000001": "C9"}
    assert list(many) == ["75000000000001"]


def test_a_pickup_export_names_the_line_that_is_wrong() -> None:
    assert read_csv("\ufeffwaybill,carrier,customer\n yt0000000000001 ,YTO, C2 \n", "f.csv") == [
        Shipment("YT0000000000001", "yto", "C2")]
    for text, says in (("waybill,customer\nYT1,C2\n", "first line"),
                       ("waybill,carrier,customer\nYT0000000000001,ups,C2\n", r"f.csv:2: carrier"),
                       ("waybill,carrier,customer\nYT0000000000001,yto,C2\nYT 1,yto,C2\n", r"f.csv:3: a waybill"),
                       ("waybill,carrier,customer\nYT0000000000001,yto,\n", r"f.csv:2: every row")):
        with pytest.raises(ConfigError, match=says):
            read_csv(text, "f.csv")


async def test_the_pickup_records_decide_whose_a_parcel_is(tmp_path: Path) -> None:
    sim = CarrierSim()
    mine, theirs, unrecorded = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(3))
    mine_too = parcel(sim, 2, ParcelState.IN_TRANSIT)  # the world says m2's: the outlet's record says m1's
    elsewhere = parcel(sim, 1, ParcelState.IN_TRANSIT)  # recorded as another carrier's parcel of that number
    slip = world.waybill(random.Random(5), world.MISSING_FROM + 1, "zto")  # a number the carrier does not know
    async with records(tmp_path) as kept:
        await kept.record("", [Shipment(mine, "zto", world.customer(1)), Shipment(theirs, "zto", world.customer(2)),
                               Shipment(mine_too, "zto", world.customer(1)),
                               Shipment(elsewhere, "yunda", world.customer(1))])
        transports = {c: SimTransport(c, sim) for c in ("zto", "yto", "jt", "sf")}
        async with memory_carriers(dict(transports), carrier_settings()) as carriers:
            svc = CustomerService(Context(carriers, kept), DIRECTORY, handlers.intent_handlers())
            replies, tickets, escalations = split(list(await svc.handle(request(
                f"拦截 {mine} {theirs} {unrecorded} {mine_too} {elsewhere} {slip}", rid="s1"))))
            tracked = list(await svc.handle(request(f"{mine} 查件", rid="s2")))
    assert replies[0].text.splitlines() == [
        f"{slip} 未查到该运单，请核对单号",
        f"{theirs} 不是您账户下的运单，无法操作，请核对单号",
        f"{unrecorded}、{elsewhere} 暂未查到本网点的揽收记录，已转人工核实",
        f"{mine}、{mine_too} 拦截已提交，结果会第一时间通知您"]
    assert sorted(t.waybill for t in tickets) == sorted([mine, mine_too])
    assert [(e.reason, e.detail.get("waybills")) for e in escalations] == [
        ("owner_unknown", f"{unrecorded},{elsewhere}")]
    ops = [(op.value, ws) for op, ws in transports["zto"].calls]
    # the owner from the records; the numbers without one asked about (do they exist?); the state for 查件
    assert [op for op, _ in ops] == ["track", "intercept", "track"]
    assert sorted(ops[0][1]) == sorted([unrecorded, elsewhere, slip])
    assert sorted(ops[1][1]) == sorted([mine, mine_too])
    assert split(tracked)[0][0].text.startswith(f"{mine} 运输中")


async def test_an_urge_of_a_parcel_delivered_or_not_picked_up_is_refused_before_any_ticket_is_filed(
        tmp_path: Path) -> None:
    sim = CarrierSim()
    done, printed, moving = (parcel(sim, 1, s) for s in (ParcelState.DELIVERED, ParcelState.CREATED,
                                                         ParcelState.IN_TRANSIT))
    async with records(tmp_path) as kept:
        await kept.record("", [Shipment(w, "zto", world.customer(1)) for w in (done, printed, moving)])
        transports = {c: SimTransport(c, sim) for c in ("zto", "yto", "jt", "sf")}
        async with memory_carriers(dict(transports), carrier_settings()) as carriers:
            svc = CustomerService(Context(carriers, kept), DIRECTORY, handlers.intent_handlers())
            replies, _, _ = split(list(await svc.handle(request(f"催件 {done} {printed} {moving}", rid="u1"))))
    assert sorted(replies[0].text.splitlines()) == sorted([
        f"{done} 已签收", f"{printed} 尚未揽收，已记录，揽收后会尽快发出", f"{moving} 已为您催促派送，请耐心等待"])
    urged = [ws for op, ws in transports["zto"].calls if op.value == "urge"]
    assert urged == [[moving]]  # (a carrier's ticket API files whatever the state: never asked for the others)


def test_pickup_records_are_imported_from_the_command_line(tmp_path: Path) -> None:
    from tests.unit.test_cli import kefu

    env = {"PATH": "/usr/bin:/bin", "KEFU_TICKETS__STORE": f"sqlite:///{tmp_path / 't.db'}"}
    good, bad = tmp_path / "pickups.csv", tmp_path / "bad.csv"
    good.write_text("waybill,carrier,customer\n75000000000001,zto,C00001\nYT0000000000001,yto,C00002\n",
                    encoding="utf-8")
    bad.write_text("waybill,carrier,customer\n75000000000001,zto,\n", encoding="utf-8")
    done = kefu("shipments", "import", str(good), env=env)
    assert (done.returncode, done.stdout.strip()) == (0, "2 pickup records written"), done.stderr
    refused = kefu("shipments", "import", str(bad), env=env)
    assert refused.returncode == 2 and "bad.csv:2" in refused.stderr
    elsewhere = kefu("shipments", "import", str(good), "--outlet", "hz", env=env)
    assert elsewhere.returncode == 2 and "--outlet" in elsewhere.stderr  # one outlet: no outlet ids


async def test_ownership_by_pickup_records_will_not_start_without_them() -> None:
    from handlers.customer_service import build
    from router.carrier.http import HttpPool
    from router.config import isolated, load_settings

    settings = isolated(load_settings(env={}), "", carrier={"ownership": "shipments"})
    with pytest.raises(ConfigError, match="pickup records"):
        build(settings, HttpPool("http://127.0.0.1:9"))
