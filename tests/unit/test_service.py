"""The customer service end to end in-process: parser → ownership check → intent handler → outputs.

Parcel states are set explicitly on the simulator so every expected reply is written out in full.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import anyio
import msgspec
import pytest

import handlers
from handlers.base import Context, Outcome
from handlers.customer_service import CustomerService, _act_all
from handlers.intents import TICKET_CLASS
from handlers.operation import CarrierOperation
from handlers.person import PersonTicket
from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim
from router.carrier.model import ParcelState
from router.config import LimitSettings
from router.contracts import Activity, Escalation, MerchantRequest, Reply, Ticket
from router.directory import Directory, MerchantEntry
from router.parsing.lexicon import LEXICON
from router.parsing.parser import ParsedRequest, ParseResult
from tests.carrier_kit import SimTransport, carrier_settings, memory_carriers

RNG = random.Random(5)
DIRECTORY = Directory({f"m{i}": MerchantEntry(customer=world.customer(i)) for i in (1, 2)})
# Two requests of one message about parcels of two carriers: they act at once
APART = [ParsedRequest(intent="intercept", waybills=["A"], carrier="zto"),
         ParsedRequest(intent="urge", waybills=["B"], carrier="yto")]


def parcel(sim: CarrierSim, owner: int, state: ParcelState, carrier: str = "zto") -> str:
    number = world.waybill(RNG, owner, carrier)
    p = sim.parcel(number)
    assert p is not None
    p.state = state
    return number


def request(text: str, merchant: str = "m1", rid: str = "r1") -> MerchantRequest:
    return MerchantRequest(id=rid, merchant=merchant, group=f"g-{merchant}", sender=f"u-{merchant}",
                           platform="demo", text=text, received_at=datetime.now(UTC))


@asynccontextmanager
async def service(sim: CarrierSim, limits: LimitSettings | None = None
                  ) -> AsyncIterator[tuple[CustomerService, dict[str, SimTransport]]]:
    transports = {c: SimTransport(c, sim) for c in ("zto", "yto", "jt", "sf")}
    async with memory_carriers(dict(transports), carrier_settings()) as carriers:
        yield CustomerService(Context(carriers), DIRECTORY, handlers.intent_handlers(), limits=limits), transports


def split(outputs: list) -> tuple[list[Reply], list[Ticket], list[Escalation]]:  # type: ignore[type-arg]
    return ([o for o in outputs if isinstance(o, Reply)], [o for o in outputs if isinstance(o, Ticket)],
            [o for o in outputs if isinstance(o, Escalation)])


def test_every_intent_has_a_handler_and_a_fixed_ticket_class() -> None:
    registered = handlers.intent_handlers()
    # class 1 is a carrier operation, class 2 a person's ticket: the class and the handler never disagree
    for intent, h in registered.items():
        assert h.ticket_class == {1: 1, 2: 2}.get(TICKET_CLASS.get(intent, 0), 0)
        assert isinstance(h, {1: CarrierOperation, 2: PersonTicket}.get(h.ticket_class, object)), intent
    assert set(registered) == set(LEXICON)
    assert {i for i, c in TICKET_CLASS.items() if c == 1} == {"intercept", "change_address", "cancel", "urge", "delay"}
    assert {i for i, c in TICKET_CLASS.items() if c == 2} == {
        "verify_delivery", "damaged", "lost", "claim", "complaint", "arbitration"}


async def test_intercept_of_several_waybills_one_reply_and_a_class1_ticket_each() -> None:
    sim = CarrierSim()
    a, b = parcel(sim, 1, ParcelState.IN_TRANSIT), parcel(sim, 1, ParcelState.OUT_FOR_DELIVERY)
    done = parcel(sim, 1, ParcelState.DELIVERED)
    async with service(sim) as (svc, _):
        outputs = list(await svc.handle(request(f"{a}\n{b}\n{done} 拦截")))
    replies, tickets, escalations = split(outputs)
    assert [(o.intents, o.outcome) for o in outputs if isinstance(o, Activity)] == [(["intercept"], "answered")]
    assert [r.text for r in replies] == [f"{a}、{b} 拦截已提交，结果会第一时间通知您\n{done} 已签收，无法拦截"]
    assert replies[0].mention == ["u-m1"] and replies[0].group == "g-m1"
    assert [(t.waybill, t.intent, t.ticket_class, t.status) for t in tickets] == [
        (a, "intercept", 1, "open"), (b, "intercept", 1, "open")]
    assert all(t.key for t in tickets)
    assert escalations == []
    assert sim.stats.effects["intercept"] == 2


async def test_class2_intents_open_person_tickets_without_carrier_operations() -> None:
    sim = CarrierSim()
    a = parcel(sim, 1, ParcelState.DELIVERED)
    async with service(sim) as (svc, transports):
        outputs = list(await svc.handle(request(f"{a} 签收了但没收到，核实签收")))
    replies, tickets, _ = split(outputs)
    assert [r.text for r in replies] == [f"{a} 已为您登记核实签收工单，专人跟进，结果会第一时间通知您"]
    assert [(t.intent, t.ticket_class) for t in tickets] == [("verify_delivery", 2)]
    assert [o.outcome for o in outputs if isinstance(o, Activity)] == ["to_human"]  # a person follows it
    assert [op for op, _ in transports["zto"].calls] == ["track"]  # the ownership check only


async def test_a_merchant_cannot_act_on_another_merchants_waybill() -> None:
    sim = CarrierSim()
    theirs = parcel(sim, 2, ParcelState.IN_TRANSIT)
    mine = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim) as (svc, transports):
        replies, tickets, _ = split(list(await svc.handle(request(f"拦截 {theirs} {mine}", merchant="m1"))))
    assert replies[0].text == (f"{theirs} 不是您账户下的运单，无法操作，请核对单号\n"
                               f"{mine} 拦截已提交，结果会第一时间通知您")
    assert [t.waybill for t in tickets] == [mine]
    intercepted = [w for op, ws in transports["zto"].calls if op == "intercept" for w in ws]
    assert intercepted == [mine]  # never sent for theirs
    assert sim.stats.effects["intercept"] == 1


async def test_redelivered_request_acts_once_and_answers_the_same() -> None:
    sim = CarrierSim()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim) as (svc, _):
        record = request(f"{a} 拦截", rid="r7")
        first = list(await svc.handle(record))
        again = list(await svc.handle(record))  # the same record delivered again
        later = list(await svc.handle(request(f"{a} 拦截", rid="r8")))  # a new request for the same parcel

    def strip(outs: list) -> list:  # type: ignore[type-arg]
        fixed = datetime(2026, 1, 1, tzinfo=UTC)  # when each output was made differs; nothing else may
        return [msgspec.structs.replace(o, **{"answered_at" if isinstance(o, Activity) else "created_at": fixed})
                for o in outs]

    assert strip(first) == strip(again)
    assert sim.stats.effects["intercept"] == 1
    assert split(later)[0][0].text == f"{a} 已在拦截中，结果会第一时间通知您"


async def test_cancel_change_address_urge_weight_track_delay_phrasing() -> None:
    sim = CarrierSim()
    created = parcel(sim, 1, ParcelState.CREATED)
    moving = parcel(sim, 1, ParcelState.IN_TRANSIT)
    moving2 = parcel(sim, 1, ParcelState.PICKED_UP)
    async with service(sim) as (svc, _):
        cases = {
            f"撤单 {created}": f"{created} 撤单成功",
            f"撤单 {moving}": f"{moving} 已揽收，无法撤单，如需退回请回复“拦截 单号”",
            f"改址 {moving} 杭州市西湖区文三路90号 张三 13800001111": f"{moving} 改址已提交，结果会第一时间通知您",
            f"催件 {moving2}": f"{moving2} 已为您催促派送，请耐心等待",
            f"查件 {moving2}": f"{moving2} 已揽收",
            f"{moving2} 延误": f"{moving2} 已为您登记延误工单，结果会第一时间通知您",
            f"{moving2} 查重量": f"{moving2} 计费重量 {world.weight_kg(moving2):.2f} kg",
        }
        for i, (text, expected) in enumerate(cases.items()):
            replies, _, _ = split(list(await svc.handle(request(text, rid=f"c{i}"))))
            assert [r.text for r in replies] == [expected], text


async def test_unsure_unknown_and_chitchat() -> None:
    sim = CarrierSim()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim) as (svc, transports):
        unsure = list(await svc.handle(request(f"{a} 不用拦截了")))
        stranger = list(await svc.handle(request(f"{a} 拦截", merchant="m9")))
        chat = list(await svc.handle(request("好的谢谢")))
    replies, tickets, escalations = split(unsure)
    assert [r.text for r in replies] == ["您的消息已转人工客服处理，请稍候"]
    assert tickets == [] and [e.reason for e in escalations] == ["negated_command"]
    assert escalations[0].text == f"{a} 不用拦截了"  # the person sees the message itself
    assert [e.reason for e in split(stranger)[2]] == ["unknown_merchant"]
    assert [(type(o).__name__, getattr(o, "outcome", None)) for o in chat] == [("Activity", "no_action")]  # noted
    assert all(not t.calls for t in transports.values())  # none of these reached a carrier


async def test_carrier_outage_past_the_deadline_goes_to_a_person() -> None:
    sim = CarrierSim()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    t = SimTransport("zto", sim, script=["500"] * 100)
    async with memory_carriers({"zto": t}, carrier_settings(max_attempts=2, breaker_threshold=50)) as carriers:
        svc = CustomerService(Context(carriers), DIRECTORY, handlers.intent_handlers())
        with anyio.fail_after(10):
            replies, tickets, escalations = split(list(await svc.handle(request(f"{a} 拦截"))))
    assert replies[0].text == f"{a} 系统繁忙，已转人工处理，请稍候"
    assert tickets == [] and [e.reason for e in escalations] == ["carrier_unavailable"]


async def test_limits_get_a_clear_reply_and_nothing_is_done() -> None:
    sim = CarrierSim()
    many = " ".join(parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(21))
    one = parcel(sim, 1, ParcelState.IN_TRANSIT)
    limits = LimitSettings(max_waybills_per_message=20, merchant_per_minute=60, merchant_burst=3)
    async with service(sim, limits) as (svc, transports):
        too_many = list(await svc.handle(request(f"拦截 {many}", rid="a1")))
        too_long = list(await svc.handle(request(f"{one} 拦截 " + "很急" * 1100, rid="a2")))
        ok = list(await svc.handle(request(f"{one} 查件", rid="a3")))
        flood = list(await svc.handle(request(f"{one} 查件", rid="a4")))  # the burst of 3 is spent
    assert [r.text for r in split(too_many)[0]] == ["单条消息最多处理 20 个单号，请分批发送"]
    assert [r.text for r in split(too_long)[0]] == ["消息过长，请分条发送（每条不超过 2000 字）"]
    assert split(ok)[0][0].text.startswith(one)
    assert [r.text for r in split(flood)[0]] == ["您发送得太频繁了，请稍后再试（每分钟最多 60 条）"]
    assert [o.outcome for outs in (too_many, too_long, flood) for o in outs if isinstance(o, Activity)] == [
        "refused"] * 3
    assert [op for op, _ in transports["zto"].calls] == ["track"]  # only the one request within the limits


async def test_a_remembered_owner_saves_the_tracking_round_trip_but_not_for_track() -> None:
    sim = CarrierSim()
    mine = parcel(sim, 1, ParcelState.IN_TRANSIT)
    theirs = parcel(sim, 2, ParcelState.IN_TRANSIT)
    async with service(sim) as (svc, transports):
        await svc.handle(request(f"{mine} 拦截", rid="c1"))
        urge = list(await svc.handle(request(f"{mine} 催件", rid="c2")))
        again = list(await svc.handle(request(f"{theirs} 拦截", rid="c3")))
        refused = list(await svc.handle(request(f"{theirs} 催件", rid="c4")))
        tracked = list(await svc.handle(request(f"{mine} 查件", rid="c5")))
    ops = [op.value for op, _ in transports["zto"].calls]
    assert ops == ["track", "intercept", "urge", "track", "track"]  # c1 both; c2 urge only; c3 track; c4 none; c5
    assert split(urge)[0][0].text == f"{mine} 已为您催促派送，请耐心等待"
    assert split(again)[0][0].text == split(refused)[0][0].text == f"{theirs} 不是您账户下的运单，无法操作，请核对单号"
    assert split(tracked)[0][0].text.startswith(f"{mine} 运输中")


async def test_a_backlog_is_judged_by_when_merchants_sent_it_not_when_it_drains() -> None:
    from datetime import timedelta

    sim = CarrierSim()
    one = parcel(sim, 1, ParcelState.IN_TRANSIT)
    limits = LimitSettings(merchant_per_minute=60, merchant_burst=3)
    start = datetime.now(UTC) - timedelta(minutes=10)
    async with service(sim, limits) as (svc, _):
        outs = []
        for i in range(10):  # sent one a second ten minutes ago, handled now all at once (after an outage)
            r = msgspec.structs.replace(request(f"{one} 查件", rid=f"b{i}"), received_at=start + timedelta(seconds=i))
            outs += list(await svc.handle(r))
    assert [o.outcome for o in outs if isinstance(o, Activity)] == ["answered"] * 10


class BarrierTransport(SimTransport):
    """Holds every intercept call until all ``expected`` transports have one in hand: requests acted on one
    after another never get there (the first waits for calls the others have not made yet)."""

    def __init__(self, carrier: str, sim: CarrierSim, arrived: set[str], expected: int, all_in: anyio.Event) -> None:
        super().__init__(carrier, sim)
        self.arrived, self.expected, self.all_in = arrived, expected, all_in

    async def call(self, op, items):  # type: ignore[no-untyped-def]
        if op.value == "intercept":
            self.arrived.add(self.carrier)
            if len(self.arrived) == self.expected:
                self.all_in.set()
            await self.all_in.wait()
        return await super().call(op, items)


async def test_a_messages_requests_for_parcels_of_different_carriers_act_at_once() -> None:
    sim = CarrierSim()
    numbers = [parcel(sim, 1, ParcelState.IN_TRANSIT, c) for c in ("zto", "yto", "jt")]
    arrived: set[str] = set()
    all_in = anyio.Event()
    transports = {c: BarrierTransport(c, sim, arrived, 3, all_in) for c in ("zto", "yto", "jt", "sf")}
    async with memory_carriers(dict(transports), carrier_settings()) as carriers:
        svc = CustomerService(Context(carriers), DIRECTORY, handlers.intent_handlers())
        with anyio.fail_after(5):  # one after another, the first intercept would wait here for good
            outputs = list(await svc.handle(request("\n".join(numbers) + " 拦截")))
    replies, tickets, _ = split(outputs)
    assert arrived == {"zto", "yto", "jt"}
    # the reply keeps the message's order however the calls finished
    assert [r.text for r in replies] == ["、".join(numbers) + " 拦截已提交，结果会第一时间通知您"]
    assert [t.waybill for t in tickets] == numbers


async def test_requests_of_one_message_naming_the_same_waybill_act_in_order() -> None:
    log: list[str] = []

    def act(name: str) -> Callable[[], Awaitable[Outcome]]:
        async def run() -> Outcome:
            log.append(f"{name} start")
            await anyio.sleep(0.01)
            log.append(f"{name} end")
            out = Outcome()
            out.say(name)
            return out
        return run

    same = [ParsedRequest(intent="intercept", waybills=["A"], carrier="zto"),
            ParsedRequest(intent="urge", waybills=["A"], carrier="zto")]
    got = await _act_all([act("first"), act("second")], same)
    assert log == ["first start", "first end", "second start", "second end"]
    assert [o.render() for o in got] == [["first"], ["second"]]
    log.clear()
    got = await _act_all([act("first"), act("second")], APART)
    assert log[:2] == ["first start", "second start"]
    assert [o.render() for o in got] == [["first"], ["second"]]


@pytest.mark.parametrize("failing_first", [True, False])
async def test_when_one_of_a_messages_requests_fails_the_others_are_cancelled_and_its_error_raised(
    failing_first: bool,
) -> None:
    cancelled = anyio.Event()

    async def fails() -> Outcome:
        await anyio.sleep(0.01)
        raise ValueError("handler bug")

    async def waits() -> Outcome:
        try:
            await anyio.sleep(10)
        finally:
            cancelled.set()
        return Outcome()

    acts: list[Callable[[], Awaitable[Outcome]]] = [fails, waits] if failing_first else [waits, fails]
    with anyio.fail_after(5), pytest.raises(ValueError, match="handler bug"):  # not after the other's 10 s
        await _act_all(acts, APART)
    assert cancelled.is_set()


async def test_cancelling_the_caller_cancels_every_request_before_it_returns() -> None:
    ended: list[str] = []

    def act(name: str) -> Callable[[], Awaitable[Outcome]]:
        async def run() -> Outcome:
            try:
                await anyio.sleep(10)
            finally:
                with anyio.CancelScope(shield=True):
                    await anyio.sleep(0.01)  # cleanup that takes a moment: the caller must wait for it
                ended.append(name)
            return Outcome()
        return run

    with anyio.move_on_after(0.05) as scope:
        await _act_all([act("first"), act("second")], APART)
    assert scope.cancelled_caught
    assert sorted(ended) == ["first", "second"]  # both had ended when the caller's cancellation completed


async def test_what_prepare_read_is_handled_without_reading_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import handlers.customer_service

    sim = CarrierSim()
    a, b = parcel(sim, 1, ParcelState.IN_TRANSIT), parcel(sim, 1, ParcelState.IN_TRANSIT)
    reads: list[str] = []
    from router.parsing.parser import parse as real

    def counting(text: str, carrier: str | None = None) -> ParseResult:
        reads.append(text)
        return real(text, carrier)

    monkeypatch.setattr(handlers.customer_service, "parse", counting)
    async with service(sim) as (svc, _):
        record = request(f"{a} 拦截")
        prepared = svc.prepare(record)
        assert prepared.lanes == frozenset({a})
        outputs = list(await svc.handle(record, prepared))
        assert reads == [record.text]  # read once, by prepare
        assert len(await svc.handle(request(f"{b} 拦截", rid="r2"))) and len(reads) == 2  # unprepared: read here
    assert split(outputs)[0][0].text.startswith(f"{a} 拦截已提交")
