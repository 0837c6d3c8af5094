"""The staff desk's parts: handles, the task store, the posts (tests/desk_contract.py runs the desk itself)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from router.contracts import Escalation
from router.staff.handles import ALPHABET, SHORTEST, candidates, find_handle
from router.staff.posts import beijing, task_post
from router.staff.tasks import Tasks
from router.tickets.store import open_store
from tests.desk_contract import escalation, exercise_tasks


@given(st.text(min_size=1, max_size=80))
def test_a_handle_is_short_plain_and_the_same_for_the_same_escalation(eid: str) -> None:
    first = candidates(eid)
    assert first == candidates(eid)
    assert len(first[0]) == SHORTEST and all(set(h) <= set(ALPHABET) for h in first)
    assert all(a == b[: len(a)] for a, b in pairwise(first))  # each the one before, longer
    assert not set(first[-1]) & set("01ILO")


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
    from router.contracts import Reply, decode_as
    from router.outlets import Network
    from router.staff.desk import Desk
    from tests.desk_contract import STAFF
    from tests.harness import fresh_settings

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
