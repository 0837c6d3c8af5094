"""The outlet's staff speaking in a merchant's group (handlers.staff_quiet): never a request, and the bot keeps
quiet there for the outlet's ``quiet_after_staff_s``, handing the merchant's requests to the staff meanwhile."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import msgspec

from kefu_dev.carrier_sim import CarrierSim
from router.carrier.model import ParcelState
from router.config import StaffMember
from router.contracts import Activity, MerchantRequest
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
