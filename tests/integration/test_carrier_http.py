"""The real HTTP client and carrier layer against the carrier simulator over HTTP on 127.0.0.1."""

from __future__ import annotations

import random

import aiohttp
import anyio
import msgspec
import pytest

from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from router.carrier.client import HttpCarrierClient
from router.carrier.http import HttpPool
from router.carrier.model import Item, ItemResult, Op, ParcelState
from router.carrier.signing import signer_for
from router.errors import CarrierRejectedError
from tests.carrier_kit import BlockedWatch, carrier_settings, http_carriers, served


def numbers(n: int, seed: int = 3, carrier: str = "zto") -> list[str]:
    rng = random.Random(seed)
    return [world.waybill(rng, rng.randrange(1000), carrier) for _ in range(n)]


async def submit_many(carriers, op: Op, items: list[Item], carrier: str = "zto") -> list[ItemResult]:  # type: ignore[no-untyped-def]
    out: dict[int, ItemResult] = {}

    async def one(i: int, item: Item) -> None:
        out[i] = await carriers.submit(carrier, op, item)

    async with anyio.create_task_group() as tg:
        for i, item in enumerate(items):
            tg.start_soon(one, i, item)
    return [out[i] for i in range(len(items))]


async def test_a_bad_signature_is_refused_with_401() -> None:
    sim = CarrierSim()
    async with served(sim) as url, HttpPool(url) as pool:
        good = HttpCarrierClient("zto", pool, signer_for("zto", "kefu-router", "sim-secret"), "OUTLET-001")
        bad = HttpCarrierClient("zto", pool, signer_for("zto", "kefu-router", "wrong"), "OUTLET-001")
        item = Item(key="k", waybill=numbers(1)[0])
        assert (await good.call(Op.TRACK, [item]))[0].ok
        with pytest.raises(CarrierRejectedError) as e:
            await bad.call(Op.TRACK, [item])
    assert e.value.status == 401
    assert sim.stats.status[401] == 1 and sim.stats.calls["track"] == 1


async def test_n_items_at_load_take_at_most_n_over_batch_size_calls() -> None:
    sim = CarrierSim(SimConfig(latency_ms=20))
    n, batch = 1000, 50
    async with served(sim) as url, http_carriers(url, carrier_settings(max_batch=batch, linger_ms=20)) as carriers:
        items = [Item(key=f"k{i}", waybill=w) for i, w in enumerate(numbers(n))]
        results = await submit_many(carriers, Op.TRACK, items)
    assert all(r.ok for r in results)
    assert [r.waybill for r in results] == [i.waybill for i in items]  # each caller got its own item's result
    assert sim.stats.items["track"] == n
    assert sim.stats.calls["track"] <= n // batch
    assert sim.stats.max_batch_seen == batch


async def test_429_and_5xx_are_retried_and_everything_completes() -> None:
    sim = CarrierSim(SimConfig(error_rate=0.25, rate_429=0.25, retry_after_s=0.05, seed=4))
    settings = carrier_settings(max_batch=10, linger_ms=5, max_attempts=30, breaker_threshold=1000)
    async with served(sim) as url, http_carriers(url, settings) as carriers:
        items = [Item(key=f"k{i}", waybill=w) for i, w in enumerate(numbers(200))]
        results = await submit_many(carriers, Op.TRACK, items)
    assert all(r.ok for r in results)
    assert sim.stats.status[429] > 0 and sim.stats.status[500] > 0
    assert sim.stats.items["track"] == 200  # failed calls carried no answers; each item answered once


async def test_4xx_is_not_retried() -> None:
    sim = CarrierSim(SimConfig(max_batch=5))  # the carrier layer below sends more than the carrier accepts
    async with served(sim) as url, http_carriers(url, carrier_settings(max_batch=20, linger_ms=30)) as carriers:
        items = [Item(key=f"k{i}", waybill=w) for i, w in enumerate(numbers(20))]
        results = await submit_many(carriers, Op.TRACK, items)
    assert {r.code for r in results} == {"rejected"}
    assert sim.stats.status[400] == 1  # one call, never repeated


async def test_breaker_opens_in_an_outage_and_everything_completes_after() -> None:
    sim = CarrierSim()
    settings = carrier_settings(max_batch=10, linger_ms=5, breaker_threshold=3, breaker_cooldown_s=0.3,
                                max_attempts=100, backoff_max_s=0.1)
    async with served(sim) as url, http_carriers(url, settings) as carriers, aiohttp.ClientSession() as admin:
        await admin.post(f"{url}/admin/outage", json={"seconds": 1.5},
                         headers={"Authorization": f"Bearer {sim.admin_token}"})
        watch = BlockedWatch(carriers)
        async with anyio.create_task_group() as tg:
            tg.start_soon(watch.run)
            started = anyio.current_time()
            items = [Item(key=f"k{i}", waybill=w) for i, w in enumerate(numbers(100))]
            results = await submit_many(carriers, Op.TRACK, items)
            elapsed = anyio.current_time() - started
            tg.cancel_scope.cancel()
        assert all(r.ok for r in results)
        assert watch.seen and not carriers.blocked and elapsed >= 1.0
        # while open the carrier layer waited instead of retrying hot: few calls hit the outage
        assert sim.stats.status[503] < 30


async def test_a_key_sent_twice_acts_once_over_http() -> None:
    sim = CarrierSim()
    rng = random.Random(9)
    number = world.waybill(rng, 7, "yto")
    p = sim.parcel(number)
    assert p is not None
    p.state = ParcelState.IN_TRANSIT
    async with served(sim) as url, http_carriers(url, carrier_settings()) as carriers:
        first = await carriers.submit("yto", Op.INTERCEPT, Item(key="same", waybill=number))
        second = await carriers.submit("yto", Op.INTERCEPT, Item(key="same", waybill=number))
    assert first.ok and msgspec.structs.asdict(first) == msgspec.structs.asdict(second)
    assert sim.stats.calls["intercept"] == 2 and sim.stats.effects["intercept"] == 1
