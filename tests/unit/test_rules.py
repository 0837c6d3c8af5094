"""Workflow rules (router.rules): the first matching rule decides, by intent, merchant, tier, carrier, Beijing
time of day across midnight and the kind of day (holidays, weekends, make-up workdays); rules that cannot work say
what to fix."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from router.errors import ConfigError
from router.rules.engine import Rules
from router.rules.model import Rule, RuleSettings

INTENTS = ("intercept", "cancel", "change_address", "track", "urge")


def beijing(day: str, hm: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{hm}:00+08:00").astimezone(UTC)


RULES = Rules(RuleSettings(rules=[
    Rule(name="vip-address-person", mode="record", intents=["change_address"], tiers=["vip"]),
    Rule(name="night-confirm", mode="confirm", intents=["intercept", "change_address"], hours="22:00-08:00"),
    Rule(name="holiday-record", mode="record", days=["holiday"]),
    Rule(name="sf-weekend-cancel", mode="record", intents=["cancel"], carriers=["sf"], days=["weekend"]),
], holidays=["2027-01-01"], workdays=["2026-12-12"]), INTENTS)


@pytest.mark.parametrize(("intent", "tier", "carrier", "at", "decided"), [
    ("change_address", "vip", "zto", beijing("2026-12-07", "10:00"), ("record", "vip-address-person")),
    ("change_address", "", "zto", beijing("2026-12-07", "23:30"), ("confirm", "night-confirm")),
    ("intercept", "", "zto", beijing("2026-12-08", "07:59"), ("confirm", "night-confirm")),  # (across midnight)
    ("intercept", "", "zto", beijing("2026-12-08", "08:00"), ("auto", "default")),  # (the end is not included)
    ("track", "", "zto", beijing("2027-01-01", "12:00"), ("record", "holiday-record")),
    ("cancel", "", "sf", beijing("2026-12-06", "12:00"), ("record", "sf-weekend-cancel")),  # (a Sunday)
    ("cancel", "", "sf", beijing("2026-12-12", "12:00"), ("auto", "default")),  # (a Saturday worked: 调休)
    ("cancel", "", "zto", beijing("2026-12-06", "12:00"), ("auto", "default")),
    ("cancel", "", "", beijing("2026-12-06", "12:00"), ("auto", "default")),  # (parcels of several carriers)
])
def test_the_first_matching_rule_decides(intent: str, tier: str, carrier: str, at: datetime,
                                         decided: tuple[str, str]) -> None:
    d = RULES.decide(intent, "m1", tier, carrier, at)
    assert (d.mode, d.rule) == decided


@pytest.mark.parametrize(("settings", "says"), [
    (RuleSettings(rules=[Rule(name="x", mode="auto", intents=["teleport"])]), "'teleport' is no intent"),
    (RuleSettings(rules=[Rule(name="x", mode="confirm", intents=["track"])]), 'mode "confirm" is for intents'),
    (RuleSettings(rules=[Rule(name="x", mode="confirm")]), 'mode "confirm" is for intents'),
    (RuleSettings(rules=[Rule(name="x", mode="auto", hours="22-8")]), "write hours as HH:MM-HH:MM"),
    (RuleSettings(rules=[Rule(name="x", mode="auto", hours="08:00-08:00")]), "leave hours out"),
    (RuleSettings(rules=[Rule(name="x", mode="auto"), Rule(name="x", mode="record")]), "give each rule its own"),
    (RuleSettings(rules=[Rule(name=" ", mode="auto")]), "name each rule"),
    (RuleSettings(holidays=["1月1日"]), "write YYYY-MM-DD"),
])
def test_a_rule_that_cannot_work_says_what_to_fix(settings: RuleSettings, says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        Rules(settings, INTENTS, "outlets.hz.rules")


async def test_the_service_acts_asks_or_records_each_request_as_its_outlets_rules_say() -> None:
    """In the service: a recorded request never reaches a carrier and goes to a person with its rule; a rule's
    question is asked as the parser's are; every request's activity names the rule that decided it."""
    import dataclasses

    from handlers.confirming import Confirming
    from handlers.workflow import RECORDED
    from kefu_dev import world
    from kefu_dev.carrier_sim import CarrierSim
    from router.carrier.model import ParcelState
    from router.confirm.memory import MemoryConfirmations
    from router.contracts import Activity
    from router.directory import Directory, MerchantEntry
    from router.outlets import DEFAULT_OUTLET, Network
    from tests.unit.test_service import parcel, request, service, split

    sim = CarrierSim()
    a, b, c = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(3))
    settings = RuleSettings(rules=[
        Rule(name="vip-address-person", mode="record", intents=["change_address"], tiers=["vip"]),
        Rule(name="intercept-confirm", mode="confirm", intents=["intercept"]),
    ])
    async with service(sim) as (svc, transports):
        directory = Directory({"m1": MerchantEntry(customer=world.customer(1), tier="vip"),
                               "m2": MerchantEntry(customer=world.customer(2))})
        network = Network.one(directory=directory)
        network.outlets[DEFAULT_OUTLET] = dataclasses.replace(network.outlets[DEFAULT_OUTLET],
                                                              rules=Rules(settings, INTENTS))
        svc.network = network
        svc.confirming = Confirming(MemoryConfirmations(), 600.0)
        recorded = list(await svc.handle(request(f"改址 {a} 浙江省杭州市西湖区文三路90号 张三 13800000000",
                                                 rid="r1")))
        asked = list(await svc.handle(request(f"拦截 {b}", rid="r2")))
        tracked = list(await svc.handle(request(f"查件 {c}", rid="r3")))
    replies, tickets, people = split(recorded)
    assert [r.text for r in replies] == [RECORDED.format(w=a)] and tickets == []
    assert [(e.reason, e.detail["rule"]) for e in people] == [("rule_record", "vip-address-person")]
    assert "change_address" not in [op.value for op, _ in transports["zto"].calls]
    assert "确认" in split(asked)[0][0].text and "intercept" not in [op.value for op, _ in transports["zto"].calls]
    acts = [next(o for o in x if isinstance(o, Activity)) for x in (recorded, asked, tracked)]
    assert "intercept" not in [op.value for op, _ in transports["zto"].calls]
    assert [(x.outcome, x.rules) for x in acts] == [
        ("to_human", ["vip-address-person"]), ("asked", ["intercept-confirm"]), ("answered", ["default"])]


async def test_a_question_confirmed_after_a_rule_now_records_it_is_recorded_not_acted_on() -> None:
    """Asked (the parser unsure) with no rule; a record rule for intercepts comes meanwhile; "确认" then records the
    intercept for a person instead of acting on it."""
    import dataclasses

    from handlers.confirming import Confirming
    from handlers.workflow import RECORDED
    from kefu_dev.carrier_sim import CarrierSim
    from router.carrier.model import ParcelState
    from router.confirm.memory import MemoryConfirmations
    from router.contracts import Escalation, Reply
    from router.outlets import DEFAULT_OUTLET
    from tests.unit.test_service import parcel, request, service

    sim = CarrierSim()
    w = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim) as (svc, transports):
        svc.confirming = Confirming(MemoryConfirmations(), 600.0)
        asked = list(await svc.handle(request(f"{w} 要不拦截吧 我再问问客户", rid="q1")))
        network = svc.network
        network.outlets[DEFAULT_OUTLET] = dataclasses.replace(network.outlets[DEFAULT_OUTLET], rules=Rules(
            RuleSettings(rules=[Rule(name="intercept-person", mode="record", intents=["intercept"])]), INTENTS))
        svc.network = network
        confirmed = list(await svc.handle(request("确认", rid="q2")))
    assert any("确认" in o.text for o in asked if isinstance(o, Reply))
    assert [o.text for o in confirmed if isinstance(o, Reply)] == [RECORDED.format(w=w)]
    assert [e.reason for e in confirmed if isinstance(e, Escalation)] == ["rule_record"]
    assert "intercept" not in [op.value for op, _ in transports["zto"].calls]


def test_parcels_of_several_carriers_get_the_most_careful_decision() -> None:
    from datetime import UTC, datetime

    from handlers.base import Parcel
    from handlers.workflow import decide
    from router.contracts import MerchantRequest
    from router.parsing.parser import ParsedRequest

    rules = Rules(RuleSettings(rules=[Rule(name="sf-person", mode="record", intents=["intercept"],
                                           carriers=["sf"])]), INTENTS)
    req = MerchantRequest(id="r", merchant="m1", group="g", sender="u", platform="demo", text="拦截",
                          received_at=datetime(2026, 12, 7, 4, tzinfo=UTC))
    mixed = [Parcel("A", "zto", ""), Parcel("B", "sf", "")]
    got = decide(rules, req, None, ParsedRequest(intent="intercept", waybills=["A", "B"], carrier=None), mixed)
    assert (got.mode, got.rule) == ("record", "sf-person")
