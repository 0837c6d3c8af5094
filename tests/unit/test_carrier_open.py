"""The real-protocol clients (router.carrier.wire) against the simulator's open platforms (kefu_dev.carrier_open)
over HTTP on 127.0.0.1, through the carrier layer (batching, retries, limits): ZTO, YTO, SF, J&T and EMS each
track, intercept and change an address in their own envelopes and signatures, batch only where the carrier does
(SF's track, ten a call), refuse in their own codes, and never act twice."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import pytest

from kefu_dev import world
from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.carrier.carriers import Carriers
from router.carrier.http import HttpPool
from router.carrier.model import Item, Op, ParcelState
from router.carrier.wire import WIRES
from router.carrier.wire.base import Credentials
from router.carrier.wire.client import WireClient
from router.carrier.wire.kuaidi100 import Kuaidi100
from router.errors import CarrierRejectedError
from tests.carrier_kit import carrier_settings, served

CARRIERS = ("zto", "yto", "sto", "sf", "jt", "ems")
ME = SimAccount(customer="OUTLET-HZ", app_key="hz-key", secret="hz-secret")


OWN_FORMS = {"ems": "11{:011d}", "sto": "77{:013d}"}  # (numbers the simulator's world does not make)


def number(carrier: str, n: int) -> str:
    if carrier in OWN_FORMS:
        return OWN_FORMS[carrier].format(n)
    return world.waybill(random.Random(n), n, carrier)


@asynccontextmanager
async def open_platforms(sim: CarrierSim, creds: dict[str, Credentials] | None = None
                         ) -> AsyncIterator[tuple[Carriers, dict[str, WireClient]]]:
    async with served(sim) as url:
        pools = {c: HttpPool(f"{url}/open/{c}", max_idle=4) for c in CARRIERS}
        clients = {c: WireClient(WIRES[c], pools[c], (creds or {}).get(c) or credentials(c, ME), timeout_s=5.0)
                   for c in CARRIERS}
        try:
            async with anyio.create_task_group() as tg:
                carriers = Carriers(clients, carrier_settings(linger_ms=20.0), seed=1)
                await tg.start(carriers.run)
                yield carriers, clients
                tg.cancel_scope.cancel()
        finally:
            for pool in pools.values():
                pool.close()


def sim_with(parcels: dict[str, ParcelState]) -> CarrierSim:
    sim = CarrierSim(SimConfig(app_key="not-ours", secret="-", customer="NOBODY", accounts=[ME]))
    for w, state in parcels.items():
        carrier = world.carrier_of(w) or ("ems" if len(w) == 13 else "sto")
        assert carrier is not None
        sim.put_parcel(w, carrier, "C00001", state)
    return sim


@pytest.mark.parametrize("carrier", CARRIERS)
async def test_each_carrier_tracks_in_its_own_protocol(carrier: str) -> None:
    states = [ParcelState.CREATED, ParcelState.PICKED_UP, ParcelState.IN_TRANSIT, ParcelState.OUT_FOR_DELIVERY,
              ParcelState.DELIVERED]
    numbers = {number(carrier, 10 + i): s for i, s in enumerate(states)}
    sim = sim_with(numbers)
    async with open_platforms(sim) as (carriers, _):
        got = [await carriers.submit(carrier, Op.TRACK, Item(key=f"t{w}", waybill=w)) for w in numbers]
    assert [r.data.get("state") for r in got] == [s.value for s in states], [r.message for r in got]
    assert sim.stats.calls["track"] == len(states) and sim.stats.status.get(200, 0) >= len(states)


@pytest.mark.parametrize("carrier", ["zto", "yto", "sto", "sf", "jt"])
async def test_an_intercept_acts_once_and_the_carriers_refusals_read_as_words(carrier: str) -> None:
    moving, delivered, again = number(carrier, 21), number(carrier, 22), number(carrier, 23)
    sim = sim_with({moving: ParcelState.IN_TRANSIT, delivered: ParcelState.DELIVERED,
                    again: ParcelState.IN_TRANSIT})
    async with open_platforms(sim) as (carriers, _):
        first = await carriers.submit(carrier, Op.INTERCEPT, Item(key="req-1", waybill=moving))
        other = await carriers.submit(carrier, Op.INTERCEPT, Item(key="req-2", waybill=moving))
        refused = await carriers.submit(carrier, Op.INTERCEPT, Item(key="req-3", waybill=delivered))
        change = await carriers.submit(carrier, Op.CHANGE_ADDRESS, Item(key="req-4", waybill=again, params={
            "address": "浙江省杭州市西湖区文三路90号", "name": "张三", "phone": "13800000000"}))
    assert first.ok, first.message
    assert (other.ok, other.code) == (False, "already_intercepted")
    assert (refused.ok, refused.code) == (False, "delivered")
    assert change.ok, change.message
    assert sim.stats.effects["intercept"] == 1 and sim.stats.effects["change_address"] == 1
    assert sim.parcel(again) is not None


async def test_sf_tracks_ten_a_call_and_every_effect_is_a_call_of_its_own() -> None:
    numbers = [number("sf", 100 + i) for i in range(23)]
    sim = sim_with(dict.fromkeys(numbers, ParcelState.IN_TRANSIT))
    async with open_platforms(sim) as (carriers, _):
        tracked = await asyncio.gather(*(carriers.submit("sf", Op.TRACK, Item(key=f"t{w}", waybill=w))
                                         for w in numbers))
        await asyncio.gather(*(carriers.submit("sf", Op.INTERCEPT, Item(key=f"i{w}", waybill=w))
                               for w in numbers[:5]))
    assert all(r.ok and r.data["state"] == "in_transit" for r in tracked)
    assert sim.stats.max_batch_seen <= 10 and sim.stats.items["track"] == 23 and sim.stats.calls["track"] >= 3
    assert sim.stats.calls["intercept"] == sim.stats.items["intercept"] == 5


async def test_what_a_carrier_does_not_offer_or_cannot_carry_goes_to_a_person_with_the_reason() -> None:
    parcel = number("ems", 31)
    sim = sim_with({parcel: ParcelState.IN_TRANSIT, number("zto", 32): ParcelState.IN_TRANSIT})
    async with open_platforms(sim) as (carriers, _):
        ems = await carriers.submit("ems", Op.INTERCEPT, Item(key="e1", waybill=parcel))
        vague = await carriers.submit("zto", Op.CHANGE_ADDRESS, Item(key="z1", waybill=number("zto", 32),
                                                                     params={"address": "文三路90号"}))
    assert (ems.ok, ems.code) == (False, "not_supported") and "intercept" in ems.message
    assert (vague.ok, vague.code) == (False, "address_incomplete")
    assert sum(sim.stats.effects.values()) == 0


@pytest.mark.parametrize(("carrier", "says"), [("zto", "签名"), ("sf", "A1006"), ("yto", "签名"), ("jt", "签名"),
                                               ("sto", "签名")])
async def test_a_wrong_secret_is_refused_for_good_not_retried(carrier: str, says: str) -> None:
    field = {"zto": "secret", "sf": "checkword", "yto": "secret", "jt": "private_key", "sto": "secret"}[carrier]
    wrong = Credentials({**credentials(carrier, ME).values, field: "not-the-secret"})
    sim = sim_with({number(carrier, 41): ParcelState.IN_TRANSIT})
    async with open_platforms(sim, {carrier: wrong}) as (carriers, clients):
        with pytest.raises(CarrierRejectedError, match=says):
            await clients[carrier].call(Op.TRACK, [Item(key="k", waybill=number(carrier, 41))])
        answered = sum(sim.stats.status.values())
        through = await carriers.submit(carrier, Op.INTERCEPT, Item(key="i", waybill=number(carrier, 41)))
    assert not through.ok  # through the carrier layer: refused, once, never retried
    assert sum(sim.stats.status.values()) == answered + 1
    assert sim.stats.calls["track"] == sim.stats.calls["intercept"] == 0  # refused at the door


async def test_kuaidi100_speaks_for_a_carrier_tracking_and_intercepting_on_its_two_hosts() -> None:
    """YTO's parcels through kuaidi100: its query on one host, interceptOrder on the other (a second simulator:
    a call to the wrong host is not answered)."""
    moving, again, late = number("yto", 51), number("yto", 52), number("yto", 53)
    sim = sim_with({moving: ParcelState.OUT_FOR_DELIVERY, again: ParcelState.IN_TRANSIT,
                    late: ParcelState.IN_TRANSIT})
    async with served(sim) as url, served(CarrierSim(SimConfig(carriers=[]))) as elsewhere:
        poll, api = HttpPool(f"{url}/open/kuaidi100", max_idle=2), HttpPool(f"{url}/open/kuaidi100", max_idle=2)
        wrong = HttpPool(f"{elsewhere}/open/kuaidi100", max_idle=2)
        misrouted = WireClient(Kuaidi100("yto"), poll, credentials("kuaidi100", ME), endpoints={"api": wrong})
        client = WireClient(Kuaidi100("yto"), poll, credentials("kuaidi100", ME), endpoints={"api": api})
        try:
            async with anyio.create_task_group() as tg:
                carriers = Carriers({"yto": client}, carrier_settings(linger_ms=5.0), seed=1)
                await tg.start(carriers.run)
                tracked = await carriers.submit("yto", Op.TRACK, Item(key="t", waybill=moving))
                intercepted = await carriers.submit("yto", Op.INTERCEPT, Item(key="i", waybill=again))
                twice = await carriers.submit("yto", Op.INTERCEPT, Item(key="i2", waybill=again))
                urged = await carriers.submit("yto", Op.URGE, Item(key="u", waybill=late))
                tg.cancel_scope.cancel()
            with pytest.raises(CarrierRejectedError):  # (its intercepts go to the other host, not this one)
                await misrouted.call(Op.INTERCEPT, [Item(key="m", waybill=late)])
        finally:
            for p in (poll, api, wrong):
                p.close()
    assert tracked.ok and tracked.data["state"] == "out_for_delivery"
    assert intercepted.ok and (twice.ok, twice.code) == (False, "already_intercepted")
    assert (urged.ok, urged.code) == (False, "not_supported")  # (its work orders are not confirmed)
    assert sim.stats.protocols["kuaidi100"] == 3 and sim.stats.effects["intercept"] == 1


async def test_zto_files_urges_and_delays_as_incidents_and_tells_when_one_is_finished() -> None:
    late, waiting = number("zto", 41), number("zto", 42)
    sim = sim_with({late: ParcelState.IN_TRANSIT, waiting: ParcelState.OUT_FOR_DELIVERY})
    sim.config.callback_delay_s = 0.1
    async with open_platforms(sim) as (carriers, _):
        urged = await carriers.submit("zto", Op.URGE, Item(key="u1", waybill=waiting))
        filed = await carriers.submit("zto", Op.TICKET, Item(key="d1", waybill=late, params={"type": "delay"}))
        again = await carriers.submit("zto", Op.TICKET, Item(key="d1", waybill=late, params={"type": "delay"}))
        no = str(filed.data.get("ticket_no", ""))
        asked = Item(key="q1", waybill=late, params={"ticket_no": no})
        early = await carriers.submit("zto", Op.RESULT, asked)
        await anyio.sleep(0.3)
        later = await carriers.submit("zto", Op.RESULT, Item(key="q2", waybill=late, params={"ticket_no": no}))
        unknown = await carriers.submit("zto", Op.RESULT, Item(key="q3", waybill=late, params={"ticket_no": "WO9"}))
    assert urged.ok and str(urged.data.get("ticket_no", "")).startswith("WO"), urged
    assert filed.ok and no.startswith("WO") and again.data == filed.data  # (the same traceId: the same ticket)
    assert (early.data.get("outcome"), later.data.get("outcome")) == ("pending", "resolved")
    assert (unknown.ok, unknown.code) == (False, "not_found")
    assert sim.stats.effects["ticket"] == 2
