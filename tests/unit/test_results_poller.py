"""Asking ZTO how an intercept ended (router.tickets.results) over its real protocol on the simulator: the open
ticket's outcome is published once it is final, as the event the follower applies by the operation's key; a
pending one publishes nothing; a carrier that cannot be asked is not asked."""

from __future__ import annotations

import random
from pathlib import Path

import anyio
import msgspec

from kefu_dev import world
from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.carrier.model import CarrierEvent, Item, Op, ParcelState
from router.carrier.wire.setup import Pools, result_carriers
from router.config import isolated, load_settings
from router.contracts import Ticket
from router.outlets import Network
from router.tickets.results import ResultPoller, open_accounts
from router.tickets.store import open_store
from tests.carrier_kit import served
from tests.unit.test_console import Recorded

ME = SimAccount(customer="OUTLET-001", app_key="kefu-router-test", secret="sim-secret")


async def test_an_intercepts_outcome_is_asked_for_and_published_once_final(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(app_key=ME.app_key, secret=ME.secret, customer=ME.customer, callback_delay_s=0.2))
    rng = random.Random(3)
    moving, waiting = world.waybill(rng, 1, "zto"), world.waybill(rng, 1, "zto")
    for w in (moving, waiting):
        p = sim.parcel(w)
        assert p is not None
        p.state = ParcelState.IN_TRANSIT
    async with served(sim) as url:
        s = isolated(load_settings(env={}), "", carrier={
            "base_url": url, "protocol": "open_platform", "ownership": "shipments", "carriers": ["zto", "yto"],
            "accounts": {"zto": credentials("zto", ME).values, "yto": credentials("yto", ME).values},
            "result_poll_s": 0.01, "linger_ms": 1.0})
        assert result_carriers(s.carrier) == ["zto"]  # (YTO's outcome cannot be asked for)
        store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
        pools = Pools(4)
        try:
            accounts = open_accounts(s, Network.from_settings(s), pools)
            async with anyio.create_task_group() as tg:
                await tg.start(accounts.run)
                acted = await accounts.submit("", "zto", Op.INTERCEPT, Item(key="K-moving", waybill=moving))
                assert acted.ok, acted.message
                tickets = [Ticket(id=f"r-{w}:intercept:{w}", request_id=f"r-{w}", merchant="m1", group="g-m1",
                                  waybill=w, carrier="zto", intent="intercept", ticket_class=1, key=f"K-{name}",
                                  platform="demo", sender="u1", text=f"{w} 拦截")
                           for name, w in (("moving", moving), ("waiting", waiting))]
                await store.open(tickets, {}, 3600.0)
                sink = Recorded()
                poller = ResultPoller(s, store, accounts, sink, result_carriers(s.carrier))
                early = await poller.poll_once()  # the intercept is still under way
                await anyio.sleep(0.4)
                final = await poller.poll_once()
                again = await poller.poll_once()
                tg.cancel_scope.cancel()
        finally:
            pools.close()
        events = [msgspec.json.decode(v, type=CarrierEvent) for _, _, v in sink.records]
        applied = await store.apply_events(events + events)  # (a second poll's, a second follower's: once)
        row = await store.get(tickets[0].id)
        await store.close()
    assert (early, final, again) == (0, 1, 1)
    assert {(e.id, e.key, e.event) for e in events} == {(f"asked:{tickets[0].id}:succeeded", "K-moving", "succeeded")}
    assert [a.outcome for a in applied] == ["applied"] + ["duplicate"] * 3  # (two rounds asked before it closed)
    assert row is not None and row.status == "succeeded"
    assert sim.stats.protocols["zto"] >= 4 and sim.stats.protocols["generic"] == 0
