"""Asking before an uncertain irreversible action (issue 22): the question, the answer, its time limit, and the
store that keeps questions across restarts — the same contract on the in-memory store and on SQLite."""

from __future__ import annotations

import random
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import anyio
import pytest

import handlers
from handlers.base import Context
from handlers.confirming import Confirming, answer_of
from handlers.customer_service import CustomerService
from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim
from router.carrier.model import ParcelState
from router.confirm.keeper import keep_lapses, lapse_once
from router.confirm.memory import MemoryConfirmations
from router.confirm.model import ASK, DECLINED, EXPIRED, WHAT, ConfirmationStore, Pending, describe
from router.confirm.store import open_confirmations
from router.contracts import Activity, Escalation, MerchantRequest, Reply, Ticket, decode_as
from router.directory import Directory, MerchantEntry
from router.errors import StoreError
from router.parsing.quotes import split as split_quotes
from router.testing import MemoryBroker, MemorySink
from tests.carrier_kit import SimTransport, carrier_settings, memory_carriers
from tests.confirm_contract import settles_each_question_once

RNG = random.Random(11)
DIRECTORY = Directory({f"m{i}": MerchantEntry(customer=world.customer(i)) for i in (1, 2)})


@pytest.fixture(params=["memory", "sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[ConfirmationStore]:
    s: ConfirmationStore = (MemoryConfirmations() if request.param == "memory"
                            else await open_confirmations(f"sqlite:///{tmp_path}/store.db"))
    yield s
    await s.close()


class Clock:
    """The routers' clock in a test; the chat ingress stamps messages by the latest one made (``msg``)."""

    last: ClassVar[Clock | None] = None

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        Clock.last = self

    def __call__(self) -> float:
        return self.now


def parcel(sim: CarrierSim, owner: int, state: ParcelState) -> str:
    number = world.waybill(RNG, owner, "zto")
    p = sim.parcel(number)
    assert p is not None
    p.state = state
    return number


def msg(text: str, rid: str, sender: str = "u-m1", merchant: str = "m1", at: float | None = None) -> MerchantRequest:
    """``at``: when the chat ingress received it (the router reads it later); by default the test clock's now."""
    if at is None:
        at = Clock.last.now if Clock.last is not None else time.time()
    return MerchantRequest(id=rid, merchant=merchant, group=f"g-{merchant}", sender=sender, platform="demo",
                           text=text, received_at=datetime.fromtimestamp(at, UTC))


@asynccontextmanager
async def service(sim: CarrierSim, store: ConfirmationStore, clock: Clock,
                  ttl_s: float = 600.0) -> AsyncIterator[CustomerService]:
    transports = {c: SimTransport(c, sim) for c in ("zto", "yto")}
    async with memory_carriers(dict(transports), carrier_settings()) as carriers:
        yield CustomerService(Context(carriers), DIRECTORY, handlers.intent_handlers(),
                              confirming=Confirming(store, ttl_s, clock))


def replies(outputs: object) -> list[str]:
    return [o.text for o in outputs if isinstance(o, Reply)]  # type: ignore[attr-defined]


def outcome(outputs: object) -> str:
    (a,) = [o for o in outputs if isinstance(o, Activity)]  # type: ignore[attr-defined]
    return a.outcome


async def test_a_hedged_intercept_is_asked_and_acted_on_once_confirmed(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock) as svc:
        asked = list(await svc.handle(msg(f"{a} 要不拦截吧 我再问问客户", "r1")))
        assert replies(asked) == [ASK.format(what=WHAT["intercept"].format(w=a), minutes=10)]
        assert outcome(asked) == "asked" and sim.stats.effects["intercept"] == 0
        confirmed = list(await svc.handle(msg("确认", "r2")))
        assert replies(confirmed) == [f"{a} 拦截已提交，结果会第一时间通知您"]
        assert outcome(confirmed) == "confirmation"  # the answer: not counted as a request of its own
        (ticket,) = [o for o in confirmed if isinstance(o, Ticket)]
        assert (ticket.request_id, ticket.waybill) == ("r1", a)  # the action is the asking request's
        again = list(await svc.handle(msg("确认", "r2")))  # the answer redelivered (a restart before its commit)
        assert replies(again) == replies(confirmed) and sim.stats.effects["intercept"] == 1
        later = list(await svc.handle(msg("确认", "r3")))  # a second "确认": nothing waits any more
        assert replies(later) == [] and outcome(later) == "no_action"
    assert sim.stats.effects["intercept"] == 1


async def test_a_prepared_answer_runs_alone_and_acts_as_the_unprepared_one(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock) as svc:
        ask = msg(f"{a} 要不拦截吧 我再问问客户", "r1")
        assert svc.prepare(ask).lanes == frozenset({a})
        await svc.handle(ask, svc.prepare(ask))
        answer = msg("确认", "r2")
        prepared = svc.prepare(answer)
        assert prepared.lanes is None  # an answer waits for everything before it of its merchant
        confirmed = list(await svc.handle(answer, prepared))
        assert replies(confirmed) == [f"{a} 拦截已提交，结果会第一时间通知您"]
        stranger = msg(f"{a} 拦截", "r3", merchant="m-unknown")
        assert svc.prepare(stranger).lanes == frozenset()
        assert outcome(list(await svc.handle(stranger, svc.prepare(stranger)))) == "to_human"
    assert sim.stats.effects["intercept"] == 1


async def test_only_the_sender_who_was_asked_can_confirm(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock) as svc:
        await svc.handle(msg(f"{a} 可能要退回", "r1"))
        other = list(await svc.handle(msg("确认", "r2", sender="u-someone-else")))
        assert replies(other) == [] and sim.stats.effects["intercept"] == 0
        stranger = list(await svc.handle(msg("确认", "r3", sender="u-m2", merchant="m2")))
        assert replies(stranger) == [] and sim.stats.effects["intercept"] == 0
        assert replies(await svc.handle(msg("确认", "r4"))) == [f"{a} 拦截已提交，结果会第一时间通知您"]


async def test_declined_withdrawn_lapsed_and_superseded_questions_never_act(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a, b, c, d = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(4))
    sink = MemorySink(MemoryBroker())
    async with service(sim, store, clock, ttl_s=60) as svc:
        await svc.handle(msg(f"{a} 要不拦截吧", "r1"))
        assert replies(await svc.handle(msg("不用了", "r2"))) == [DECLINED.format(w=a)]
        await svc.handle(msg(f"{b} 好像得拦截", "r3"))
        withdrawn = list(await svc.handle(msg(f"{b} 算了不拦了", "r4")))
        assert replies(withdrawn) == [DECLINED.format(w=b)] and outcome(withdrawn) == "answered"  # nobody need look
        await svc.handle(msg(f"{c} 要不拦截吧", "r5"))
        await svc.handle(msg(f"改址 {c} 杭州市西湖区文三路90号 张三 13800138000", "r6"))  # a newer word replaces it
        assert replies(await svc.handle(msg("确认", "r7"))) == []
        await svc.handle(msg(f"{d} 要不拦截吧", "r8"))
        clock.now += 61
        told = await lapse_once(store, sink, "replies", clock.now)
        assert told == 1
        (rec,) = sink.broker.records("replies")
        lapsed = decode_as(rec.value or b"", Reply)
        assert (lapsed.text, lapsed.mention, lapsed.group) == (EXPIRED.format(w=d), ["u-m1"], "g-m1")
        assert await lapse_once(store, sink, "replies", clock.now + 120) == 0  # told once
        # too late, and this router still had the question in mind: its answer is the keeper's notice again,
        # under the same id, which the chat egress delivers once; never acted on
        late = [o for o in await svc.handle(msg("确认", "r9", at=clock.now)) if isinstance(o, Reply)]
        assert [(r.id, r.text, r.request_id) for r in late] == [(lapsed.id, lapsed.text, "r9")]
    assert sim.stats.effects["intercept"] == 0
    assert sim.stats.effects["change_address"] == 1


async def test_a_question_outlives_the_router_that_asked(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock) as first:
        await first.handle(msg(f"{a} 要不拦截吧", "r1"))
    async with service(sim, store, clock) as restarted:  # a new process: nothing in memory, the store remembers
        assert replies(await restarted.handle(msg("确认", "r2"))) == [f"{a} 拦截已提交，结果会第一时间通知您"]
        restarted.revoked()  # a rebalance: what was cached may be stale; the store still decides
        assert replies(await restarted.handle(msg("确认", "r2"))) == [f"{a} 拦截已提交，结果会第一时间通知您"]
    assert sim.stats.effects["intercept"] == 1


async def test_confirming_too_late_is_answered_as_lapsed(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock, ttl_s=60) as svc:
        await svc.handle(msg(f"{a} 要不拦截吧", "r1"))
        clock.now += 61  # past its time, before any keeper told the merchant
        assert replies(await svc.handle(msg("确认", "r2", at=clock.now))) == [EXPIRED.format(w=a)]
    assert sim.stats.effects["intercept"] == 0


async def test_an_answer_sent_in_time_counts_however_late_it_is_read(store: ConfirmationStore) -> None:
    """A surge's backlog: "确认" sent 30 s after the question is read 90 s after it, past a 60 s limit. It was in
    time; the keeper, running confirm.grace_s behind the clock, has not told the merchant otherwise meanwhile."""
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    sink = MemorySink(MemoryBroker())
    asked_at = clock.now
    async with service(sim, store, clock, ttl_s=60) as svc:
        await svc.handle(msg(f"{a} 要不拦截吧", "r1", at=asked_at))
        clock.now = asked_at + 90
        assert await lapse_once(store, sink, "replies", clock.now, grace_s=120) == 0  # within the grace: nobody told
        confirmed = list(await svc.handle(msg("确认", "r2", at=asked_at + 30)))
        assert replies(confirmed) == [f"{a} 拦截已提交，结果会第一时间通知您"]
        assert await lapse_once(store, sink, "replies", clock.now + 600) == 0  # settled: never told it lapsed
    assert sim.stats.effects["intercept"] == 1 and sink.broker.records("replies") == []


async def test_an_answer_in_a_backlog_answers_the_question_it_could_see(store: ConfirmationStore) -> None:
    """"YT1 要不拦截吧" (asked), then "YT2 要不拦截吧" and "确认" sent two seconds apart, all read later: the merchant
    could only have seen YT1's question when they confirmed."""
    sim, clock = CarrierSim(), Clock()
    a, b = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(2))
    t0 = clock.now
    async with service(sim, store, clock) as svc:
        await svc.handle(msg(f"{a} 要不拦截吧", "r1", at=t0))
        clock.now = t0 + 100  # a backlog: what follows is read long after it was sent
        await svc.handle(msg(f"{b} 要不拦截吧", "r2", at=t0 + 10))
        confirmed = replies(await svc.handle(msg("确认", "r3", at=t0 + 12)))
    assert confirmed == [f"{a} 拦截已提交，结果会第一时间通知您"]
    assert [w for op, w, _ in sim.acted() if op == "intercept"] == [a]


async def test_a_late_answer_is_told_once(store: ConfirmationStore) -> None:
    """"确认" after the question's time: the merchant is told it lapsed, and the keeper does not tell them again."""
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    sink = MemorySink(MemoryBroker())
    async with service(sim, store, clock, ttl_s=60) as svc:
        await svc.handle(msg(f"{a} 要不拦截吧", "r1"))
        clock.now += 90
        assert replies(await svc.handle(msg("确认", "r2"))) == [EXPIRED.format(w=a)]
        assert await lapse_once(store, sink, "replies", clock.now + 600) == 0
    assert sim.stats.effects["intercept"] == 0


async def test_a_late_answer_read_while_the_keeper_tells_is_told_once(store: ConfirmationStore) -> None:
    """The keeper has claimed the question (it is telling the merchant) when "确认", sent after its time, is read.
    Both say it lapsed, under the question's one reply id: the merchant hears it once. A redelivered "确认" of a
    question it found late says so again, under the same id (its first reply may never have reached Kafka)."""
    sim, clock = CarrierSim(), Clock()
    a, b = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(2))
    async with service(sim, store, clock, ttl_s=60) as svc:
        await svc.handle(msg(f"{a} 要不拦截吧", "r1"))
        await svc.handle(msg(f"{b} 要不拦截吧", "r2"))
        clock.now += 90
        claimed = await store.lapse(clock.now)
        late = [o for o in await svc.handle(msg(f"{a} {b} 确认", "r3")) if isinstance(o, Reply)]
        assert {r.id for r in late} == {f"{p.id}:lapsed" for p in claimed} and len(claimed) == 2
        assert {r.text for r in late} == {EXPIRED.format(w=w) for w in (a, b)}
        assert {r.request_id for r in late} == {"r3"}
        svc.revoked()
        again = [o for o in await svc.handle(msg(f"{a} {b} 确认", "r3")) if isinstance(o, Reply)]
        assert {r.id for r in again} <= {r.id for r in late} and again, [(r.id, r.text) for r in again]
    assert sim.stats.effects["intercept"] == 0


async def test_the_keeper_tells_only_after_the_grace() -> None:
    store = MemoryConfirmations()
    sink = MemorySink(MemoryBroker())
    clock = Clock()
    p = Pending(id="m1:r1:confirm:0:YT1", request_id="r1", merchant="m1", group="g-m1", sender="u-m1",
                platform="demo", text="YT1 要不拦截吧", received_at=datetime.fromtimestamp(clock.now, UTC),
                intent="intercept", parcels=[], reason="hedged", asked_at=clock.now, expires_at=clock.now + 60)
    await store.add([p])
    async with anyio.create_task_group() as tg:
        await tg.start(keep_lapses, store, sink, "replies", 0.01, clock, 86400.0, 120.0)
        clock.now += 150  # past its time, within the grace
        await anyio.sleep(0.05)
        assert sink.broker.records("replies") == []
        clock.now += 60  # past the grace
        with anyio.fail_after(5):
            while not sink.broker.records("replies"):
                await anyio.sleep(0.01)
        tg.cancel_scope.cancel()
    (rec,) = sink.broker.records("replies")
    assert decode_as(rec.value or b"", Reply).id == "m1:r1:confirm:0:YT1:lapsed"


async def test_without_a_store_an_uncertain_action_goes_to_a_person() -> None:
    sim = CarrierSim()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    transports = {"zto": SimTransport("zto", sim)}
    async with memory_carriers(dict(transports), carrier_settings()) as carriers:
        svc = CustomerService(Context(carriers), DIRECTORY, handlers.intent_handlers())
        outputs = list(await svc.handle(msg(f"{a} 要不拦截吧", "r1")))
    assert outcome(outputs) == "to_human" and sim.stats.effects["intercept"] == 0


async def test_store_settles_each_question_once(store: ConfirmationStore) -> None:
    await settles_each_question_once(store)


def test_what_answers_a_question() -> None:
    assert answer_of("确认") == ("yes", set())
    assert answer_of("确认！") == ("yes", set())
    assert answer_of("好的确认") == ("yes", set())
    assert answer_of("YT4019283746501 确认") == ("yes", {"YT4019283746501"})
    assert answer_of("yes") == ("yes", set())
    assert answer_of("不用了") == ("no", set())
    assert answer_of("算了") == ("no", set())
    # written in ways normalisation folds before reading: traditional, full-width, mathematical letters, a cross
    assert answer_of("確認") == ("yes", set())
    assert answer_of("ＯＫ") == ("yes", set())
    assert answer_of("\U0001d418\U0001d404\U0001d412") == ("yes", set())  # bold YES
    assert answer_of("❌") == ("no", set())
    for not_an_answer in ["好的谢谢", "确认一下到哪了", "YT4019283746501 拦截", "收到", ""]:
        assert answer_of(not_an_answer) is None, not_an_answer


def test_the_bots_questions_and_answers_are_read_as_the_bots_when_quoted_back() -> None:
    w = "YT4019283746501"
    for line in [ASK.format(what=WHAT["intercept"].format(w=w), minutes=10),
                 ASK.format(what=WHAT["change_address"].format(w=w, address="杭州市西湖区文三路90号"), minutes=10),
                 ASK.format(what=describe("change_address", [w], "杭州市西湖区文三路90号", "张三", "13800138000"),
                            minutes=10),
                 DECLINED.format(w=w), EXPIRED.format(w=w)]:
        sp = split_quotes(f"@张三 {line}\n好的")
        assert w not in sp.own and sp.bot, line


class Broken(MemoryConfirmations):
    """A store that cannot be reached (a locked SQLite file, PostgreSQL down)."""

    async def add(self, pending: Sequence[Pending]) -> list[str]:
        raise StoreError("confirmation store: add failed: OperationalError: database is locked")

    async def open_for(self, merchant: str) -> list[Pending]:
        raise StoreError("confirmation store: open_for failed: OperationalError: database is locked")


async def test_without_its_store_a_question_or_an_answer_goes_to_a_person_and_nothing_breaks() -> None:
    sim, clock = CarrierSim(), Clock()
    a, b = parcel(sim, 1, ParcelState.IN_TRANSIT), parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, Broken(), clock) as svc:
        asked = list(await svc.handle(msg(f"{a} 要不拦截吧\n{b} 催件", "r1")))
        assert [e.reason for e in asked if isinstance(e, Escalation)] == ["confirm_unavailable"]
        assert f"{b} 已为您催促派送，请耐心等待" in replies(asked)[0]  # the rest of the message is still done
        answer = list(await svc.handle(msg("确认", "r2")))
        assert [e.reason for e in answer if isinstance(e, Escalation)] == ["confirm_unavailable"]
    assert sim.stats.effects["intercept"] == 0 and sim.stats.effects["urge"] == 1


async def test_a_named_answer_settles_the_named_parcel_and_only_the_latest_question_about_it(
        store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a, b = (parcel(sim, 1, ParcelState.IN_TRANSIT) for _ in range(2))
    async with service(sim, store, clock) as svc:
        await svc.handle(msg(f"{a} {b} 要不拦截吧", "r1"))
        assert replies(await svc.handle(msg(f"{a} 确认", "r2"))) == [f"{a} 拦截已提交，结果会第一时间通知您"]
        assert sim.stats.effects["intercept"] == 1  # b still waits for its own answer
        assert replies(await svc.handle(msg(f"{b} 确认", "r3"))) == [f"{b} 拦截已提交，结果会第一时间通知您"]
        c = parcel(sim, 1, ParcelState.IN_TRANSIT)
        clock.now += 1
        await svc.handle(msg(f"{c} 要不拦截吧", "r4"))
        clock.now += 1
        await svc.handle(msg(f"{c} 要不改址到 杭州市西湖区文三路90号 张三 13800138000 吧", "r5"))
        await svc.handle(msg(f"{c} 确认", "r6"))  # the address change: the intercept was replaced by it
    assert sim.stats.effects["intercept"] == 2
    assert sim.stats.effects["change_address"] == 1


async def test_an_address_question_shows_whom_it_goes_to_as_corrected(store: ConfirmationStore) -> None:
    """The merchant confirms what will be sent: the name and phone as the parser read them, corrections included,
    the phone masked in the group."""
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock) as svc:
        asked = replies(await svc.handle(msg(
            f"{a} 要不改址到 杭州市西湖区文三路90号 张三 13800138000 哦不对 电话是 13900139000 吧", "r1")))
    assert len(asked) == 1 and "改址到 杭州市西湖区文三路90号" in asked[0], asked
    assert "收件人 张三 139****9000" in asked[0] and "13900139000" not in asked[0], asked


async def test_a_redelivered_question_is_not_asked_again_once_answered(store: ConfirmationStore) -> None:
    """A restart before the offsets of the question and of its "确认" were committed: both come again."""
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock) as svc:
        first = replies(await svc.handle(msg(f"{a} 要不拦截吧", "r1")))
        done = replies(await svc.handle(msg("确认", "r2")))
    async with service(sim, store, clock) as restarted:
        assert replies(await restarted.handle(msg(f"{a} 要不拦截吧", "r1"))) == first  # the same reply, deduplicated
        assert replies(await restarted.handle(msg("确认", "r2"))) == done  # answered as the first time
        assert replies(await restarted.handle(msg("确认", "r3"))) == []  # nothing waits
    assert sim.stats.effects["intercept"] == 1


async def test_a_withdrawal_beside_other_requests_goes_to_a_person_with_all_of_them(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a, b = parcel(sim, 1, ParcelState.IN_TRANSIT), parcel(sim, 1, ParcelState.CREATED)
    async with service(sim, store, clock) as svc:
        await svc.handle(msg(f"{a} 要不拦截吧", "r1"))
        out = list(await svc.handle(msg(f"{a} 不用拦截了 {b} 撤单", "r2")))
        (esc,) = [o for o in out if isinstance(o, Escalation)]
        assert outcome(out) == "to_human" and b in esc.text and esc.reason == "negated_command"
    assert sim.stats.effects["intercept"] == 0 and sim.stats.effects["cancel"] == 0


async def test_everyday_replies_are_no_answer() -> None:
    for text in ("对", "是", "1", "Y", "不", "2", "N", "嗯", "好"):
        assert answer_of(text) is None, text
    assert answer_of("好的 确认") == ("yes", set()) and answer_of("不用了") == ("no", set())


async def test_a_store_failure_while_replacing_a_question_goes_to_a_person(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock) as svc:
        await svc.handle(msg(f"{a} 要不拦截吧", "r1"))
        assert svc.confirming is not None

        async def broken(*_: object, **__: object) -> list[Pending]:
            raise StoreError("confirmation store: resolve failed: down")

        svc.confirming.store.resolve = broken  # type: ignore[method-assign]
        out = list(await svc.handle(msg(f"{a} 改址 杭州市西湖区文三路90号 张三 13800138000", "r2")))
        assert outcome(out) == "to_human"
    assert sim.stats.effects["change_address"] == 0


async def test_a_reply_quoting_the_question_answers_it(store: ConfirmationStore) -> None:
    sim, clock = CarrierSim(), Clock()
    a = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim, store, clock) as svc:
        (question,) = replies(await svc.handle(msg(f"{a} 要不拦截吧", "r1")))
        quoted = f"「客服：@u-m1 {question}」\n- - - - - - - - - - - - - - -\n确认"
        assert answer_of(quoted) == ("yes", {a})
        assert replies(await svc.handle(msg(quoted, "r2"))) == [f"{a} 拦截已提交，结果会第一时间通知您"]
    assert sim.stats.effects["intercept"] == 1


async def test_a_bare_answer_settles_the_question_of_the_latest_message_whichever_was_asked_last(
        store: ConfirmationStore) -> None:
    """Two messages a moment apart, handled at once (different parcels, different lanes): their questions may be
    asked in either order, but the merchant sees them in the messages' order, and "确认" is for the last one."""
    sim, clock = CarrierSim(), Clock()
    a, b = parcel(sim, 1, ParcelState.IN_TRANSIT), parcel(sim, 1, ParcelState.IN_TRANSIT)
    sent = clock.now
    async with service(sim, store, clock) as svc:
        clock.now = sent + 0.2
        await svc.handle(msg(f"{b} 可能要退回", "r2", at=sent + 0.1))  # (the later message, asked first)
        clock.now = sent + 0.3
        await svc.handle(msg(f"{a} 要不拦截吧", "r1", at=sent))
        clock.now = sent + 2.0
        confirmed = list(await svc.handle(msg("确认", "r3")))
    assert replies(confirmed)[0].startswith(b)
    assert [t.request_id for t in confirmed if isinstance(t, Ticket)] == ["r2"]
    assert sim.stats.effects["intercept"] == 1
