"""The outlet's staff speaking in a merchant's group (handlers.staff_quiet): never a request, and the bot keeps
quiet there for the outlet's ``quiet_after_staff_s``, handing the merchant's requests to the staff meanwhile."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import msgspec

from kefu_dev.carrier_sim import CarrierSim
from router.carrier.model import ParcelState
from router.config import StaffMember
from router.contracts import Activity, Escalation, MerchantRequest
from router.outlets import DEFAULT_OUTLET
from router.rules.engine import Rules
from router.rules.model import RuleSettings
from tests.unit.test_service import parcel, request, service, split

INTENTS = ("intercept", "cancel", "change_address", "track", "urge")
T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def at(r: MerchantRequest, seconds: float, sender: str = "") -> MerchantRequest:
    return msgspec.structs.replace(r, received_at=T0 + timedelta(seconds=seconds), sender=sender or r.sender)


async def test_staff_words_in_a_merchants_group_act_on_nothing_and_the_bot_keeps_quiet_for_a_while() -> None:
    sim = CarrierSim()
    a, b, c = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(3))
    async with service(sim) as (svc, transports):
        network = svc.network
        outlet = network.outlets[DEFAULT_OUTLET]
        network.outlets[DEFAULT_OUTLET] = dataclasses.replace(
            outlet, staff={"u-zhang": StaffMember(name="张三")},
            rules=Rules(RuleSettings(quiet_after_staff_s=300), INTENTS))
        svc.network = network
        said = list(await svc.handle(at(request(f"{a} 已拦截，稍后给您回复", rid="s1"), 0, sender="u-zhang")))
        within = list(await svc.handle(at(request(f"{b} 拦截", rid="r1"), 120)))
        after = list(await svc.handle(at(request(f"{c} 拦截", rid="r2"), 301)))
        intercepted = [w for op, ws in transports["zto"].calls if op.value == "intercept" for w in ws]
    assert split(said) == ([], [], []) and [o.outcome for o in said if isinstance(o, Activity)] == ["no_action"]
    replies, tickets, people = split(within)
    assert replies == [] and tickets == [] and [e.reason for e in people] == ["staff_talking"]
    assert split(after)[0] and intercepted == [c]  # (the staff's "已拦截" and the quiet one: never acted on)


async def test_without_a_quiet_time_the_bot_answers_at_once_but_staff_words_are_still_no_request() -> None:
    sim = CarrierSim()
    a, b = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(2))
    async with service(sim) as (svc, transports):
        network = svc.network
        network.outlets[DEFAULT_OUTLET] = dataclasses.replace(network.outlets[DEFAULT_OUTLET],
                                                              staff={"u-zhang": StaffMember(name="张三")})
        svc.network = network
        said = list(await svc.handle(at(request(f"{a} 拦截", rid="s1"), 0, sender="u-zhang")))
        asked = list(await svc.handle(at(request(f"{b} 拦截", rid="r1"), 1)))
        intercepted = [w for op, ws in transports["zto"].calls if op.value == "intercept" for w in ws]
    assert split(said) == ([], [], []) and split(asked)[0] and intercepted == [b]


def test_an_outlet_with_a_quiet_time_and_no_rules_keeps_its_quiet_time() -> None:
    from router.areas.stop_ship import StopShipSettings
    from router.knowledge.base import KnowledgeSettings
    from router.outlets import policy

    _, _, rules = policy(KnowledgeSettings(), StopShipSettings(), RuleSettings(quiet_after_staff_s=60), "")
    assert rules.quiet_after_staff_s == 60 and not rules  # (no rules to decide by: every request acted on)


async def test_a_vip_merchants_hand_overs_say_so_and_come_first() -> None:
    """What a VIP merchant (tier "vip") hands to a person is marked; its post says 【VIP商户】; the console's queue
    lists it before older tasks of other merchants."""
    from kefu_dev import world
    from router.directory import Directory, MerchantEntry
    from router.outlets import Network
    from router.staff.posts import task_post

    sim = CarrierSim()
    async with service(sim) as (svc, _):
        svc.network = Network.one(directory=Directory({
            "m1": MerchantEntry(customer=world.customer(1), tier="vip"),
            "m2": MerchantEntry(customer=world.customer(2))}))
        vip = list(await svc.handle(request("这个件怎么还没到 我要投诉你们网点", merchant="m1", rid="r1")))
        plain = list(await svc.handle(request("这个件怎么还没到 我要投诉你们网点", merchant="m2", rid="r2")))
    (e1,), (e2,) = split(vip)[2], split(plain)[2]
    assert e1.detail.get("tier") == "vip" and "tier" not in e2.detail
    assert task_post("K7Q2", e1, 0.0).split("\n")[0].endswith("【VIP商户】")
    assert not task_post("K7Q3", e2, 0.0).split("\n")[0].endswith("】")

    await _queue_lists_vip_first(e1, e2)


async def _queue_lists_vip_first(vip: Escalation, plain: Escalation) -> None:
    """The console's queue, as the page fetches it: the VIP merchant's task above the older one."""
    import tempfile
    from pathlib import Path

    from aiohttp.test_utils import TestClient, TestServer

    from router.console.app import Console
    from router.outlets import Network
    from router.tickets.store import open_store
    from tests.desk_contract import STAFF
    from tests.harness import fresh_settings
    from tests.unit.test_console import PASSWORD, Recorded, log_in

    s = fresh_settings(chat=STAFF)
    with tempfile.TemporaryDirectory() as tmp:
        store = await open_store(f"sqlite:///{Path(tmp) / 'c.db'}")
        clock = [1000.0]
        network = Network.from_settings(s, accounts=False, directories=False)
        c = Console(s, store, Recorded(), lambda: network, clock=lambda: clock[0])
        await c.accounts.add("zhang", "default", "staff", "张三", PASSWORD)
        older = await c.tasks.open(plain, "default", "")
        clock[0] += 60
        first = await c.tasks.open(vip, "default", "")
        client = TestClient(TestServer(c.app()))
        await client.start_server()
        try:
            assert await log_in(client, "zhang") == 302
            async with client.get("/queue/rows") as r:
                rows = await r.text()
        finally:
            await client.close()
            await store.close()
    assert rows.index(first.handle) < rows.index(older.handle) and "<b>VIP</b>" in rows
