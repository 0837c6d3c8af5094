"""Effects a carrier would do twice are sent at most once (router.carrier.ledger), over YTO's real protocol on the
simulator (its change of address carries no key of ours): a request redelivered after its answer replays the
answer and sends nothing; one redelivered after a crash between sending and recording is in doubt and goes to a
person, never sent again; one the carrier surely did not take (429) may be sent again."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.carrier.http import HttpPool
from router.carrier.ledger import IN_DOUBT, IN_FLIGHT_S, EffectLedger
from router.carrier.model import Item, Op, ParcelState
from router.carrier.wire import WIRES
from router.carrier.wire.client import WireClient
from router.errors import CarrierRetryableError
from router.tickets.store import open_store
from tests.carrier_kit import served

ME = SimAccount(customer="OUTLET-HZ", app_key="hz-key", secret="hz-secret")
W = "YT0000112345678"
NEW = {"address": "浙江省杭州市西湖区文三路90号", "name": "张三", "phone": "13800000000"}


@asynccontextmanager
async def yto(tmp_path: Path, sim: CarrierSim, timeout_s: float = 5.0
              ) -> AsyncIterator[tuple[WireClient, EffectLedger]]:
    store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
    ledger = EffectLedger(store.db)
    async with served(sim) as url:
        pool = HttpPool(f"{url}/open/yto", max_idle=2)
        try:
            yield WireClient(WIRES["yto"], pool, credentials("yto", ME), timeout_s=timeout_s, ledger=ledger), ledger
        finally:
            pool.close()
            await store.close()


def sim_with_parcel() -> CarrierSim:
    sim = CarrierSim(SimConfig(app_key="not-ours", secret="-", customer="NOBODY", accounts=[ME]))
    sim.put_parcel(W, "yto", "C00001", ParcelState.IN_TRANSIT)
    return sim


async def test_a_change_sent_again_replays_its_answer_and_sends_nothing(tmp_path: Path) -> None:
    sim = sim_with_parcel()
    async with yto(tmp_path, sim) as (client, _):
        (first,) = await client.call(Op.CHANGE_ADDRESS, [Item(key="K1", waybill=W, params=NEW)])
        (again,) = await client.call(Op.CHANGE_ADDRESS, [Item(key="K1", waybill=W, params=NEW)])
        (other,) = await client.call(Op.CHANGE_ADDRESS, [Item(key="K2", waybill=W, params=NEW)])  # (a new ask)
    assert first.ok and again == first
    assert other.ok and sim.stats.calls["change_address"] == 2 and sim.stats.effects["change_address"] == 2


async def test_a_change_sent_and_not_answered_before_a_crash_is_never_sent_again(tmp_path: Path) -> None:
    sim = sim_with_parcel()
    async with yto(tmp_path, sim) as (client, ledger):
        item, fresh = Item(key="K3", waybill=W, params=NEW), Item(key="K5", waybill=W, params=NEW)
        assert await ledger.begin("yto", Op.CHANGE_ADDRESS, item, time.time() - 2 * IN_FLIGHT_S) is None  # (died)
        (after,) = await client.call(Op.CHANGE_ADDRESS, [item])
        assert await ledger.begin("yto", Op.CHANGE_ADDRESS, fresh) is None  # (another router sends it right now)
        with pytest.raises(CarrierRetryableError) as in_flight:
            await client.call(Op.CHANGE_ADDRESS, [fresh])
    assert (after.ok, after.code, after.message) == (False, "in_doubt", IN_DOUBT)
    assert in_flight.value.not_sent  # (asked again shortly: by then the other's answer is recorded)
    assert sim.stats.calls["change_address"] == 0


async def test_a_change_whose_answer_is_lost_in_a_timeout_is_in_doubt_one_never_sent_is_not(tmp_path: Path) -> None:
    sim = sim_with_parcel()
    sim.config.latency_ms = 3000
    async with yto(tmp_path, sim, timeout_s=0.3) as (slow, ledger):
        (lost,) = await slow.call(Op.CHANGE_ADDRESS, [Item(key="K6", waybill=W, params=NEW)])
        nowhere = WireClient(WIRES["yto"], HttpPool("http://127.0.0.1:9", max_idle=1), credentials("yto", ME),
                             timeout_s=1.0, ledger=ledger)
        with pytest.raises(CarrierRetryableError) as refused:
            await nowhere.call(Op.CHANGE_ADDRESS, [Item(key="K7", waybill=W, params=NEW)])
        kept = await ledger.purge(time.time() + 1)
    assert (lost.ok, lost.code) == (False, "in_doubt")
    assert refused.value.not_sent and kept == 1  # (K6 kept in doubt; K7, never sent, let go)


async def test_a_change_the_carrier_surely_did_not_take_may_be_sent_again(tmp_path: Path) -> None:
    sim = sim_with_parcel()
    sim.config.rate_429 = 1.0
    async with yto(tmp_path, sim) as (client, ledger):
        item = Item(key="K4", waybill=W, params=NEW)
        with pytest.raises(CarrierRetryableError):
            await client.call(Op.CHANGE_ADDRESS, [item])
        sim.config.rate_429 = 0.0
        (later,) = await client.call(Op.CHANGE_ADDRESS, [item])
        purged = await ledger.purge(time.time() + 1)
    assert later.ok and sim.stats.effects["change_address"] == 1 and purged == 1


async def test_intercepts_and_tracking_are_not_written(tmp_path: Path) -> None:
    sim = sim_with_parcel()
    async with yto(tmp_path, sim) as (client, ledger):
        await client.call(Op.TRACK, [Item(key="T1", waybill=W)])
        await client.call(Op.INTERCEPT, [Item(key="I1", waybill=W)])
        purged = await ledger.purge(time.time() + 1)
    assert purged == 0
