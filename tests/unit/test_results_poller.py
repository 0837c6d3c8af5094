"""Asking ZTO how an intercept ended (router.tickets.results) over its real protocol on the simulator, through the
router's own carrier layer: an outcome is published once final, as the event the follower applies by the
operation's key; a pending one publishes nothing; one router of several asks; a ticket whose outlet or carrier
cannot be asked does not stop the others; the least recently asked are asked first."""

from __future__ import annotations

import random
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import anyio
import msgspec

from handlers.customer_service import build
from kefu_dev import world
from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.carrier.accounts import CarrierAccounts
from router.carrier.http import HttpPool
from router.carrier.model import CarrierEvent, Item, Op, ParcelState
from router.carrier.wire.setup import Pools, result_carriers
from router.config import Settings, isolated, load_settings
from router.contracts import Ticket
from router.shipments import Shipments
from router.tickets.results import ResultPoller
from router.tickets.store import TicketStore, open_store
from tests.carrier_kit import served
from tests.unit.test_console import Recorded

ME = SimAccount(customer="OUTLET-001", app_key="kefu-router-test", secret="sim-secret")


@dataclass
class Poll:
    settings: Settings
    store: TicketStore
    accounts: CarrierAccounts
    sim: CarrierSim
    sink: Recorded

    def poller(self) -> ResultPoller:
        return ResultPoller(self.settings, self.store, self.accounts, self.sink, result_carriers(self.settings.carrier))

    def events(self) -> list[CarrierEvent]:
        return [msgspec.json.decode(v, type=CarrierEvent) for _, _, v in self.sink.records]


def ticket(w: str, name: str, outlet: str = "") -> Ticket:
    return Ticket(id=f"r-{name}:intercept:{w}", request_id=f"r-{name}", merchant="m1", group="g-m1", waybill=w,
                  carrier="zto", intent="intercept", ticket_class=1, key=f"K-{name}", platform="demo", sender="u1",
                  text=f"{w} 拦截", outlet=outlet)


@asynccontextmanager
async def polling(tmp_path: Path) -> AsyncIterator[Poll]:
    sim = CarrierSim(SimConfig(app_key=ME.app_key, secret=ME.secret, customer=ME.customer, callback_delay_s=0.2,
                               intercept_fail_rate=1.0))
    async with served(sim) as url:
        s = isolated(load_settings(env={}), "", carrier={
            "base_url": url, "protocol": "open_platform", "ownership": "shipments", "carriers": ["zto", "yto"],
            "accounts": {"zto": credentials("zto", ME).values, "yto": credentials("yto", ME).values},
            "result_poll_s": 0.01, "linger_ms": 1.0})
        store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
        pools = Pools(4)
        try:
            _, accounts = build(s, HttpPool("http://127.0.0.1:9"), owners=Shipments(store.db), pools=pools)
            async with anyio.create_task_group() as tg:
                await tg.start(accounts.run)
                yield Poll(s, store, accounts, sim, Recorded())
                tg.cancel_scope.cancel()
        finally:
            pools.close()
            await store.close()


def parcels(sim: CarrierSim, n: int, state: ParcelState) -> list[str]:
    rng = random.Random(n)
    out = [world.waybill(rng, 1, "zto") for _ in range(n)]
    for w in out:
        p = sim.parcel(w)
        assert p is not None
        p.state = state
    return out


async def test_an_intercepts_outcome_is_asked_for_and_published_once_final(tmp_path: Path) -> None:
    async with polling(tmp_path) as p:
        moving, failing, waiting = parcels(p.sim, 3, ParcelState.IN_TRANSIT)
        p.sim.parcel(failing).state = ParcelState.OUT_FOR_DELIVERY  # type: ignore[union-attr]  # (fails: rate 1)
        assert result_carriers(p.settings.carrier) == ["zto"]  # (YTO's outcome cannot be asked for)
        for w, key in ((moving, "K-moving"), (failing, "K-failing")):
            assert (await p.accounts.submit("", "zto", Op.INTERCEPT, Item(key=key, waybill=w))).ok
        tickets = [ticket(moving, "moving"), ticket(failing, "failing"), ticket(waiting, "waiting")]
        await p.store.open(tickets, {}, 3600.0)
        poller = p.poller()
        await anyio.sleep(0.05)  # (old enough to be asked)
        early = await poller.poll_once()  # both intercepts still under way; the third never asked for
        await anyio.sleep(0.4)
        final = await poller.poll_once()
        other_router = await p.poller().poll_once()  # the lease is the first one's
        applied = await p.store.apply_events(p.events() * 2)
        rows = [await p.store.get(t.id) for t in tickets]
    assert (early, final, other_router) == (0, 2, 0)
    assert sorted((e.key, e.event) for e in p.events()) == [("K-failing", "failed"), ("K-moving", "succeeded")]
    assert sorted(a.outcome for a in applied) == ["applied", "applied", "duplicate", "duplicate"]
    assert [r.status if r else None for r in rows] == ["succeeded", "failed", "open"]


async def test_one_ticket_that_cannot_be_asked_stops_no_other_and_the_least_recently_asked_go_first(
        tmp_path: Path) -> None:
    async with polling(tmp_path) as p:
        numbers = parcels(p.sim, 4, ParcelState.IN_TRANSIT)
        await p.store.open([ticket(numbers[0], "lost", outlet="gone"), *(ticket(w, f"t{i}") for i, w in
                                                                         enumerate(numbers[1:]))], {}, 3600.0)
        for i, w in enumerate(numbers[1:]):
            assert (await p.accounts.submit("", "zto", Op.INTERCEPT, Item(key=f"K-t{i}", waybill=w))).ok
        await anyio.sleep(0.4)
        published = await p.poller().poll_once()  # (the outlet "gone" has no account: that ticket waits)
        now = time.time()
        first = await p.store.open_effects(["zto"], ["intercept"], now, now + 1, limit=1)
        second = await p.store.open_effects(["zto"], ["intercept"], now, now + 2, limit=1)
    assert published == 3
    assert first[0].outlet == "gone" and second[0].id != first[0].id  # (each asked goes to the back)


async def test_a_delay_ticket_filed_at_zto_is_asked_after_by_its_number_until_finished(tmp_path: Path) -> None:
    async with polling(tmp_path) as p:
        late, unnumbered = parcels(p.sim, 2, ParcelState.IN_TRANSIT)
        filed = await p.accounts.submit("", "zto", Op.TICKET, Item(key="K-late", waybill=late))
        no = str(filed.data.get("ticket_no", ""))
        base = ticket(late, "late")
        tickets = [msgspec.structs.replace(base, id=f"r-late:delay:{late}", intent="delay", carrier_ref=no),
                   msgspec.structs.replace(ticket(unnumbered, "x"), id=f"r-x:delay:{unnumbered}", intent="delay")]
        await p.store.open(tickets, {}, 3600.0)
        await anyio.sleep(0.05)
        early = await p.poller().poll_once()  # (processing at ZTO; the unnumbered one cannot be asked)
        await anyio.sleep(0.3)  # (finished at ZTO)
        final = await p.poller().poll_once()
        applied = await p.store.apply_events(p.events())
        row = await p.store.get(f"r-late:delay:{late}")
    assert filed.ok and no and (early, final) == (0, 1)
    assert [(e.op, e.event, e.key) for e in p.events()] == [("ticket", "resolved", "K-late")]
    assert [a.outcome for a in applied] == ["applied"] and row is not None and row.status == "resolved"
