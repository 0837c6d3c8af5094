"""A person's approval before the bot acts (a rule's mode "approve"): the rules that ask for it, the staff desk's
同意 / 拒绝, and the confirmation store's claims of approved requests (and the service's side)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from router.confirm.memory import MemoryConfirmations
from router.confirm.model import STAFF, ConfirmationStore, Parcel, Pending
from router.confirm.store import SqlConfirmations
from router.contracts import Escalation, Reply, decode_as
from router.errors import ConfigError
from router.outlets import Network
from router.rules.engine import Rules
from router.rules.model import Rule, RuleSettings
from router.staff.approvals import APPROVAL, PENDING_KEY, WHAT_KEY, verdict
from router.staff.desk import Desk
from router.staff.posts import task_post
from router.staff.tasks import Tasks
from router.tickets.store import open_store
from tests.desk_contract import STAFF as STAFF_CHAT
from tests.desk_contract import said
from tests.harness import fresh_settings

INTENTS = ("intercept", "cancel", "change_address", "track", "urge")


def beijing(day: str, hm: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{hm}:00+08:00").astimezone(UTC)


def test_business_hours_make_open_and_closed_rules_and_approve_is_for_actions_held_back() -> None:
    rules = Rules(RuleSettings(business_hours="08:30-18:00", rules=[
        Rule(name="night-approve", mode="approve", intents=["intercept", "change_address"], hours="closed"),
        Rule(name="day-urge-record", mode="record", intents=["urge"], hours="open"),
    ]), INTENTS)
    decided = [(d.mode, d.rule) for d in (
        rules.decide("intercept", "m1", "", "zto", beijing("2026-12-07", "18:00")),  # (the end is not open)
        rules.decide("intercept", "m1", "", "zto", beijing("2026-12-08", "08:29")),  # (across midnight)
        rules.decide("intercept", "m1", "", "zto", beijing("2026-12-08", "08:30")),
        rules.decide("urge", "m1", "", "zto", beijing("2026-12-08", "12:00")),
        rules.decide("urge", "m1", "", "zto", beijing("2026-12-08", "20:00")))]
    assert decided == [("approve", "night-approve"), ("approve", "night-approve"), ("auto", "default"),
                       ("record", "day-urge-record"), ("auto", "default")]


@pytest.mark.parametrize(("settings", "says"), [
    (RuleSettings(rules=[Rule(name="x", mode="approve", intents=["urge"])]), 'mode "approve" is for intents'),
    (RuleSettings(rules=[Rule(name="x", mode="approve")]), 'mode "approve" is for intents'),
    (RuleSettings(rules=[Rule(name="x", mode="record", hours="closed")]), "needs rules.business_hours"),
    (RuleSettings(business_hours="8:30-18:00"), "rules.business_hours = '8:30-18:00'"),
    (RuleSettings(approve_within_s=10), "approve_within_s = 10"),
])
def test_rules_that_cannot_work_say_what_to_fix(settings: RuleSettings, says: str) -> None:
    with pytest.raises(ConfigError, match=says.replace("(", r"\(")):
        Rules(settings, INTENTS)


@pytest.mark.parametrize(("words", "read"), [
    ("同意", ("approve", "")), ("同意办理！", ("approve", "")), ("可以", ("approve", "")), ("ok", ("approve", "")),
    ("拒绝 客户已签收", ("refuse", "客户已签收")), ("不同意：这单是到付件", ("refuse", "这单是到付件")),
    ("驳回", ("refuse", "")),
    ("同意吗？我问问店长", None), ("可以先问问客户是不是要改到公司", None), ("已核实，包裹在驿站", None),
    ("不行吗？我问问店长", None), ("驳回了吗", None), ("拒绝的话商户会投诉吗", None), ("OK", ("approve", "")),
])
def test_staff_words_read_as_approval_refusal_or_neither(words: str, read: tuple[str, str] | None) -> None:
    assert verdict(words) == read


def pending(n: int, intent: str = "intercept", expires_at: float = 2e9) -> Pending:
    return Pending(id=f"m1:r{n}:confirm:0:YT751423698541{n}", request_id=f"r{n}", merchant="m1", group="g-m1",
                   sender="u-m1", platform="wecom", text=f"YT751423698541{n} 拦截", received_at=datetime.now(UTC),
                   intent=intent, parcels=[Parcel(f"YT751423698541{n}", "yto")], reason="rule", asked_at=1.0,
                   expires_at=expires_at, approver=STAFF)


def approval(p: Pending) -> Escalation:
    return Escalation(id=f"{p.request_id}:approval", request_id=p.request_id, merchant=p.merchant, group=p.group,
                      reason=APPROVAL, text=p.text, sender=p.sender, platform="wecom",
                      detail={PENDING_KEY: p.id, WHAT_KEY: f"{p.waybills[0]} 拦截退回", "rule": "night-approve"})


@pytest.fixture(params=["memory", "sqlite"])
async def confirmations(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    if request.param == "memory":
        yield MemoryConfirmations()
        return
    store = await open_store(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        yield SqlConfirmations(store)
    finally:
        await store.close()


async def test_an_approved_request_is_claimed_by_one_router_then_again_only_if_it_never_finished(
        confirmations: ConfirmationStore) -> None:
    p = pending(1)
    await confirmations.add([p])
    assert await confirmations.claim_approved(100.0) == []  # (not approved yet)
    assert [x.id for x in await confirmations.resolve([p.id], "approved", "staff:张三", 100.0)] == [p.id]
    assert await confirmations.resolve([p.id], "approved", "staff:李四", 101.0) == []  # once
    assert [x.id for x in await confirmations.claim_approved(102.0)] == [p.id]
    assert await confirmations.claim_approved(103.0) == []  # another router: claimed already
    assert [x.id for x in await confirmations.claim_approved(200.0, retry_after_s=60.0)] == [p.id]  # never finished
    await confirmations.acted([p.id], 201.0)
    assert await confirmations.claim_approved(400.0) == []
    assert await confirmations.purge(150.0) == 0 and await confirmations.purge(300.0) == 1  # (settled: forgotten)


async def test_staff_approve_once_refuse_with_a_reason_and_are_told_when_nothing_is_left(
        tmp_path: Path) -> None:
    s = fresh_settings(chat=STAFF_CHAT)
    store = await open_store(f"sqlite:///{tmp_path / 'd.db'}")
    try:
        confirmations = SqlConfirmations(store)
        network = Network.from_settings(s, accounts=False, directories=False)
        tasks = Tasks(store.db, clock=lambda: 1000.0)
        desk = Desk(s, tasks, lambda: network, clock=lambda: 1000.0, confirmations=confirmations)
        one, two, three = pending(1), pending(2), pending(3, expires_at=500.0)
        await confirmations.add([one, two, three])
        handles = [(await tasks.open(approval(p), "default", "wr-staff")).handle for p in (one, two, three)]
        out = {}
        for n, (h, words) in enumerate(zip(handles, ["跟你确认一下", "同意", "拒绝 客户已签收"], strict=True)):
            out[n] = await desk.staff_said(said(f"a{n}", f"#{h} {words}"))
        # "#h 跟你确认一下" on an approval: told how to answer, nothing done
        h0 = f"#{handles[0]}"
        assert _texts(out[0]) == [f"{h0} 这是待审批的请求：回复“{h0} 同意”即办理，“{h0} 拒绝 原因”不办理并告知商户"]
        assert _texts(out[1]) == [f"#{handles[1]} 已同意（张三），机器人正在办理"]  # the router acts, not the desk
        assert [x.id for x in await confirmations.claim_approved(1001.0)] == [two.id]
        # three had lapsed: nothing to refuse, the merchant is told nothing by the desk (the keeper tells them)
        assert _texts(out[2]) == [f"#{handles[2]} 无需审批：商户已撤回、已超时或已有人处理"]
        again = await desk.staff_said(said("a9", f"#{handles[1]} 同意"))  # the same task answered again
        assert _texts(again) == [f"#{handles[1]} 无需审批：商户已撤回、已超时或已有人处理"]
        await confirmations.add([pending(4)])
        h4 = (await tasks.open(approval(pending(4)), "default", "wr-staff")).handle
        refused = await desk.staff_said(said("a10", f"#{h4} 不同意：这单是到付件", sender="u-li"))
        assert _texts(refused, merchant=True) == ["YT7514236985414 拦截退回：网点未同意办理。原因：这单是到付件"]
        assert _texts(refused) == [f"#{h4} 已拒绝（李四），已告知商户"]
        (reply,) = [decode_as(v, Reply) for t, _, v in refused if decode_as(v, Reply).merchant]
        assert (reply.group, reply.mention, reply.id) == ("g-m1", ["u-m1"], "wecom-a10:refused")
        # the same staff message read again (the follower stopped before its outputs went out): said again, with
        # the same ids, so the merchant hears it once (the egress sends a reply id once)
        again = await desk.staff_said(said("a10", f"#{h4} 不同意：这单是到付件", sender="u-li"))
        said_again = sorted((r.id, r.text) for r in (decode_as(v, Reply) for _, _, v in again))
        assert said_again == sorted((r.id, r.text) for r in (decode_as(v, Reply) for _, _, v in refused))
        assert await confirmations.claim_approved(1002.0) == []  # a refusal is never acted on
    finally:
        await store.close()


def test_an_approval_post_says_how_to_approve() -> None:
    post = task_post("K7Q2", approval(pending(1)), due_at=1_765_000_000.0)
    assert post.startswith("#K7Q2 【待人工】网点规则：此请求需审批后办理\n")
    assert "待审批：YT7514236985411 拦截退回" in post and "回复“#K7Q2 同意”即办理；“#K7Q2 拒绝 原因”" in post


def _texts(out: list[tuple[str, bytes | None, bytes]], merchant: bool = False) -> list[str]:
    replies = [decode_as(v, Reply) for topic, _, v in out if topic.endswith(".replies")]
    return [r.text for r in replies if bool(r.merchant) == merchant]


async def test_a_held_request_waits_for_staff_acts_once_when_approved_and_never_when_refused() -> None:
    """Through the service: an intercept an "approve" rule holds reaches no carrier, the merchant is told it waits
    for the outlet, and the staff get a task naming the questions; the merchant's own "确认" settles nothing. Once
    approved, a router's loop acts on it (a second pass, or a second router, acts no more); the merchant hears the
    action's own reply, apart from the first. A refused one is never acted on; a merchant's "不拦了" withdraws one
    still waiting."""
    import dataclasses

    from handlers.confirming import Confirming
    from kefu_dev.carrier_sim import CarrierSim
    from router.carrier.model import ParcelState
    from router.confirm.approved import act_once
    from router.confirm.model import AWAITING
    from router.contracts import Activity, encode
    from router.outlets import DEFAULT_OUTLET
    from tests.unit.test_service import parcel, request, service, split

    sim = CarrierSim()
    a, b, c = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(3))
    store = MemoryConfirmations()
    rules = Rules(RuleSettings(approve_within_s=3600, rules=[
        Rule(name="intercept-approve", mode="approve", intents=["intercept"])]), INTENTS)
    async with service(sim) as (svc, transports):
        network = svc.network
        network.outlets[DEFAULT_OUTLET] = dataclasses.replace(network.outlets[DEFAULT_OUTLET], rules=rules)
        svc.network = network
        svc.confirming = Confirming(store, 600.0)
        held = [list(await svc.handle(request(f"拦截 {w}", rid=f"r{n}"))) for n, w in enumerate((a, b, c))]
        merchant_says_yes = list(await svc.handle(request("确认", rid="r9")))
        intercepts = [op for op, _ in transports["zto"].calls if op.value == "intercept"]
        tasks = [e for out in held for e in split(out)[2]]
        ids = [t.detail[PENDING_KEY] for t in tasks]
        await store.resolve([ids[0]], "approved", "staff:张三", 1.0)
        await store.resolve([ids[1]], "declined", "staff:张三", 1.0)
        withdrawn = list(await svc.handle(request(f"{c} 不拦了", rid="r10")))
        sink = _Collect()

        async def act(p: Pending) -> list[tuple[str, bytes | None, bytes]]:
            return [("out", p.merchant.encode(), encode(o)) for o in await svc.act_approved(p)]

        acted = [await act_once(store, act, sink, 2e9), await act_once(store, act, sink, 2e9 + 1)]
        after = [op for op, _ in transports["zto"].calls if op.value == "intercept"]
    assert intercepts == [] and acted == [1, 0] and len(after) == 1  # one intercept: the approved one's
    assert [split(out)[0][0].text for out in held] == [AWAITING.format(w=w) for w in (a, b, c)]
    assert [(t.reason, t.detail["rule"], t.detail[WHAT_KEY]) for t in tasks] == [
        (APPROVAL, "intercept-approve", f"{w} 拦截退回") for w in (a, b, c)]
    assert [next(o for o in out if isinstance(o, Activity)).outcome for out in held] == ["to_human"] * 3
    assert not any("拦截" in r.text for r in split(merchant_says_yes)[0])  # "确认" is not the merchant's to give
    assert any("已为您取消" in r.text for r in split(withdrawn)[0])
    (told,) = [decode_as(v, Reply) for v in sink.values if b'"mention"' in v]
    assert a in told.text and told.id == f"{ids[0]}:approved:reply"


class _Collect:
    def __init__(self) -> None:
        self.values: list[bytes] = []

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[None]:
        self.values += [v for _, _, v in records]
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    async def flush(self) -> None:
        return None


async def test_the_console_approves_and_refuses_as_the_staff_group_does(tmp_path: Path) -> None:
    """A task waiting for approval shows 同意办理 and 拒绝; 同意 makes its question the routers' to act on, 拒绝
    tells the merchant the reason; each is told to the staff group, and an answered task takes no second verdict."""
    from aiohttp.test_utils import TestClient, TestServer

    from router.console.app import Console
    from tests.unit.test_console import PASSWORD, Recorded, _csrf, log_in

    s = fresh_settings(chat=STAFF_CHAT)
    store = await open_store(f"sqlite:///{tmp_path / 'c.db'}")
    network = Network.from_settings(s, accounts=False, directories=False)
    sink = Recorded()
    c = Console(s, store, sink, lambda: network, clock=lambda: 1000.0)
    await c.accounts.add("zhang", "default", "staff", "张三", PASSWORD)
    confirmations = SqlConfirmations(store)
    one, two = pending(1), pending(2)
    await confirmations.add([one, two])
    h1, h2 = [(await c.tasks.open(approval(p), "default", "wr-staff")).handle for p in (one, two)]
    client = TestClient(TestServer(c.app()))
    await client.start_server()
    try:
        assert await log_in(client, "zhang") == 302
        async with client.get(f"/tasks/{h1}") as r:
            page = await r.text()
        assert "同意办理" in page and "YT7514236985411 拦截退回" in page
        csrf = _csrf(page)
        async with client.post(f"/tasks/{h1}/decide", data={"decision": "approve", "csrf": csrf}) as r:
            assert r.status == 200 and "已同意，机器人正在办理" in await r.text()
        async with client.post(f"/tasks/{h1}/decide", data={"decision": "refuse", "csrf": csrf}) as r:
            assert r.status == 409  # answered: no second verdict
        async with client.post(f"/tasks/{h2}/decide", data={"decision": "maybe", "csrf": csrf}) as r:
            assert r.status == 400
        async with client.post(f"/tasks/{h2}/decide", data={"decision": "refuse", "reason": "到付件不能拦",
                                                              "csrf": csrf}) as r:
            assert r.status == 200 and "已拒绝，已告知商户" in await r.text()
    finally:
        await client.close()
    try:
        assert [p.id for p in await confirmations.claim_approved(1001.0)] == [one.id]
        replies = [decode_as(v, Reply) for t, _, v in sink.records if t.endswith(".replies")]
        assert [(r.group, r.text) for r in replies] == [
            ("wr-staff", f"#{h1} 已同意（张三），机器人正在办理（客服台）"),
            ("g-m1", "YT7514236985412 拦截退回：网点未同意办理。原因：到付件不能拦"),
            ("wr-staff", f"#{h2} 已拒绝（张三），已告知商户（客服台）")]
    finally:
        await store.close()


async def test_each_parcel_held_after_the_merchant_confirmed_gets_a_task_of_its_own() -> None:
    """Asked about two parcels (the parser unsure), confirmed, then held by an approve rule one question at a time:
    two hand-overs with two ids (one id would make one task, and the other parcel could never be approved)."""
    import dataclasses

    from handlers.confirming import Confirming
    from kefu_dev.carrier_sim import CarrierSim
    from router.carrier.model import ParcelState
    from router.outlets import DEFAULT_OUTLET
    from tests.unit.test_service import parcel, request, service, split

    sim = CarrierSim()
    a, b = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(2))
    rules = Rules(RuleSettings(rules=[Rule(name="intercept-approve", mode="approve", intents=["intercept"])]),
                  INTENTS)
    async with service(sim) as (svc, transports):
        svc.confirming = Confirming(MemoryConfirmations(), 600.0)
        asked = list(await svc.handle(request(f"{a} {b} 要不拦截吧 我再问问客户", rid="q1")))
        network = svc.network
        network.outlets[DEFAULT_OUTLET] = dataclasses.replace(network.outlets[DEFAULT_OUTLET], rules=rules)
        svc.network = network
        confirmed = list(await svc.handle(request("确认", rid="q2")))
    assert any("确认" in r.text for r in split(asked)[0])
    tasks = split(confirmed)[2]
    assert sorted(t.detail["waybills"] for t in tasks) == sorted([a, b]) and len({t.id for t in tasks}) == 2
    assert "intercept" not in [op.value for op, _ in transports["zto"].calls]
