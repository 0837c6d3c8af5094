"""The staff desk's parts: handles, the task store, the posts (tests/desk_contract.py runs the desk itself)."""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from router.contracts import Escalation, HumanReply, Reply, decode_as
from router.outlets import Network
from router.staff.desk import Desk
from router.staff.handles import ALPHABET, SHORTEST, candidates, find_handle
from router.staff.posts import SEVERAL, beijing, task_post
from router.staff.tasks import Tasks
from router.tickets.store import TicketStore, open_store
from tests.desk_contract import STAFF, escalation, exercise_tasks, said
from tests.harness import fresh_settings


@given(st.text(min_size=1, max_size=80))
def test_a_handle_is_short_plain_and_the_same_for_the_same_escalation(eid: str) -> None:
    first = candidates(eid)
    assert first == candidates(eid)
    assert len(first[0]) == SHORTEST and all(set(h) <= set(ALPHABET) for h in first)
    assert all(a == b[: len(a)] for a, b in pairwise(first))  # each the one before, longer


def test_a_handle_is_found_as_staff_type_it_and_not_inside_other_words() -> None:
    assert find_handle("#K7Q2 已核实") == ("K7Q2", 0, 5)
    assert find_handle("好的 ＃ k7q2 认领")[:1] == ("K7Q2",)  # type: ignore[index]
    assert find_handle("「bot：#ABCD 【待人工】」") is not None
    assert find_handle("#YT7514236985412 拦截") is None  # a waybill after a #, not a handle
    assert find_handle("#K7Q") is None and find_handle("K7Q2 已核实") is None
    assert find_handle("#K1Q2 已核实") is None  # (1 is no handle character)


async def test_a_task_keeps_its_handle_and_another_escalation_gets_another(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
    try:
        await exercise_tasks(store)
    finally:
        await store.close()


async def test_two_escalations_whose_first_handles_collide_get_two_handles(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
    try:
        tasks = Tasks(store.db)
        first = await tasks.open(escalation(1), "default", "")
        # another escalation whose four-character handle is taken: found by trying ids until one collides
        other = next(f"x{n}" for n in range(1_000_000) if candidates(f"x{n}")[0] == first.handle)
        e = Escalation(id=other, request_id="r", merchant="m", group="g", reason="question", text="?")
        second = await tasks.open(e, "default", "")
        assert second.handle == candidates(other)[1] and len(second.handle) == 5
    finally:
        await store.close()


def test_the_post_says_what_a_person_needs_and_when_to_answer() -> None:
    e = escalation(3, reason="ticket_overdue")
    post = task_post("K7Q2", e, due_at=1_765_000_000.0)
    assert post.startswith("#K7Q2 【待人工】工单超时未处理\n")
    assert f"请在 {beijing(1_765_000_000.0)} 前回复" in post and beijing(1_765_000_000.0) == "12-06 13:46"
    unknown = task_post("K7Q2", escalation(3, reason="something_new"), due_at=0.0)
    assert unknown.startswith("#K7Q2 【待人工】something_new\n")  # an unknown reason as it is, not dropped


async def test_a_task_not_answered_in_time_is_reminded_of_once_in_its_staff_group(tmp_path: Path) -> None:
    s = fresh_settings(chat=STAFF)
    now = [1_765_000_000.0]
    store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
    try:
        tasks = Tasks(store.db, clock=lambda: now[0])
        network = Network.from_settings(s, accounts=False, directories=False)
        desk = Desk(s, tasks, lambda: network)
        late, answered = await tasks.open(escalation(1), "default", "wr-staff"), await tasks.open(
            escalation(2), "default", "wr-staff")
        await tasks.claim(late.handle, "张三")
        await tasks.answered(answered.handle, "李四", close=True)
        now[0] += s.tickets.staff_answer_s - 1
        assert await desk.remind(now[0]) == []  # not late yet
        now[0] += 2
        (post,) = await desk.remind(now[0])
        assert await desk.remind(now[0] + 3600) == []  # once
    finally:
        await store.close()
    topic, key, value = post
    reply = decode_as(value, Reply)
    assert (topic, key, reply.group, reply.id) == (s.topics.replies, b"wr-staff", "wr-staff", "r1:human:overdue")
    due = beijing(late.opened_at + s.tickets.staff_answer_s)
    assert reply.text == f"#{late.handle} 已超过 {due} 仍未回复商户（张三 已认领），请尽快处理"


async def _desk(tmp_path: Path, clock: float = 1_765_000_000.0) -> tuple[Desk, Tasks, TicketStore]:
    s = fresh_settings(chat=STAFF)
    store = await open_store(f"sqlite:///{tmp_path / 'd.db'}")
    network = Network.from_settings(s, accounts=False, directories=False)
    tasks = Tasks(store.db, clock=lambda: clock)
    return Desk(s, tasks, lambda: network, clock=lambda: clock), tasks, store


def _human_replies(out: list[tuple[str, bytes | None, bytes]]) -> list[HumanReply]:
    return [decode_as(v, HumanReply) for topic, _, v in out if topic.endswith("human-replies")]


def _said(out: list[tuple[str, bytes | None, bytes]]) -> list[str]:
    return [decode_as(v, Reply).text for topic, _, v in out if topic.endswith(".replies")]


async def test_only_a_handle_first_thing_makes_an_answer_and_staff_words_go_as_written(tmp_path: Path) -> None:
    """Staff talking about a task ("谁来看一下 #K7Q2") tells the merchant nothing; "我认领" and "跟进中" take it on;
    "转 <a name no one has>" is a typo, never an answer; an answer in the bot's own phrases goes as written."""
    desk, tasks, store = await _desk(tmp_path)
    try:
        task = await tasks.open(escalation(1), "default", "wr-staff")
        h = f"#{task.handle}"
        for n, text in enumerate([f"谁来看一下 {h}？这个商户很急", f"{h} 我认领", f"{h} 跟进中", f"{h} 转 王五"]):
            out = await desk.staff_said(said(f"t{n}", text))
            assert _human_replies(out) == [], text
        assert _said(await desk.staff_said(said("t9", f"{h} 转 王五"))) == [f"{h} 没有叫“王五”的客服，未转交"]
        out = await desk.staff_said(said("t10", f"@kefu-bot {h} 已核实，已签收，无法拦截，请联系买家协商"))
        (answer,) = _human_replies(out)
        assert answer.text == "人工客服回复：已核实，已签收，无法拦截，请联系买家协商"
    finally:
        await store.close()


async def test_a_quote_of_several_posts_or_of_a_colleague_answers_no_merchant(tmp_path: Path) -> None:
    """The egress joins posts into one message: a quote-reply to it cannot say which task is meant. A quote of a
    colleague's words is no quote of a task."""
    desk, tasks, store = await _desk(tmp_path)
    try:
        one, two = [await tasks.open(escalation(n), "default", "wr-staff") for n in (1, 2)]
        joined = f"「kefu-bot：#{one.handle} 【待人工】…\n#{two.handle} 【待人工】…」\n- - - - - -\n第二单已核实"
        out = await desk.staff_said(said("q1", joined))
        assert _human_replies(out) == [] and _said(out) == [SEVERAL]
        colleague = f"「张三：#{two.handle} 认领」\n- - - - - -\n好的你来，我先下班了"
        assert await desk.staff_said(said("q2", colleague)) == []
        single = f"「kefu-bot：#{one.handle} 【待人工】…」\n- - - - - -\n已拦截"
        (answer,) = _human_replies(await desk.staff_said(said("q3", single)))
        assert (answer.group, answer.text) == ("g-m1", "人工客服回复：已拦截")
    finally:
        await store.close()


async def test_an_old_escalation_is_kept_as_a_task_not_posted(tmp_path: Path) -> None:
    """A first start over a topic with history must not flood the staff group with the past."""
    desk, tasks, store = await _desk(tmp_path, clock=time.time() + 2 * 86400)
    try:
        assert await desk.escalated(escalation(1)) == []
        kept = await tasks.open(escalation(1), "default", "wr-staff")
        assert kept.staff_group == ""  # (never posted: never reminded of in the group either)
    finally:
        await store.close()


async def test_a_huge_staff_message_is_read_in_bounded_time(tmp_path: Path) -> None:
    """Read only so far: pathological text (quote markers line after line) does not hold the follower."""
    desk, tasks, store = await _desk(tmp_path)
    try:
        await tasks.open(escalation(1), "default", "wr-staff")
        started = time.process_time()
        for text in (">\n" * 32_768, "引用\n" * 20_000, "- - -\n" * 10_000 + "x"):
            assert _human_replies(await desk.staff_said(said("big", text))) == []
        one_read = time.process_time() - started
        started = time.process_time()
        await desk.staff_said(said("small", "大家辛苦了"))
        assert one_read < 2_000 * max(time.process_time() - started, 1e-4)  # (a ratio, not a time limit)
    finally:
        await store.close()
