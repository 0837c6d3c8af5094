"""The staff desk's contract (router.staff), run inside the follower on the in-memory broker (tests/unit) and on
Apache Kafka (tests/integration): an escalation is posted once to the outlet's staff group with its handle; a
registered staff member's answer by handle or by quote-reply reaches the merchant's group @ the merchant who
asked, once, however often it is read; claims and hand-ons are kept and confirmed; a stranger, an unknown handle
or a message naming no handle changes nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import anyio

from router.config import Settings, StaffGroup, StaffMember
from router.contracts import Escalation, Reply, StaffMessage, decode_as, encode
from router.staff.handles import candidates
from router.staff.tasks import Tasks
from router.tickets.follower import Follower, topics_read
from router.tickets.store import TicketStore, open_store
from tests.topics import TopicsHarness, all_committed

STAFF = {"staff_groups": {"wr-staff": StaffGroup(platform="wecom", webhook="http://127.0.0.1:9/cgi-bin/webhook/send")},
         "staff": {"u-zhang": StaffMember(name="张三"), "u-li": StaffMember(name="李四", role="owner")}}


def escalation(n: int, reason: str = "negated_command") -> Escalation:
    return Escalation(id=f"r{n}:human", request_id=f"r{n}", merchant=f"m{n}", group=f"g-m{n}", reason=reason,
                      text=f"YT751423698541{n} 拦截 算了不拦了", sender=f"u-m{n}", platform="wecom",
                      detail={"intents": "intercept", "waybills": f"YT751423698541{n}"})


def said(msg_id: str, text: str, sender: str = "u-zhang", group: str = "wr-staff") -> StaffMessage:
    return StaffMessage(id=f"wecom-{msg_id}", group=group, sender=sender, platform="wecom", text=text,
                        received_at=datetime.now(UTC))


async def exercise_tasks(store: TicketStore) -> None:
    """The task store's life cycle (on SQLite here, on PostgreSQL in tests/integration/test_staff_postgres.py)."""
    now = [1_000.0]
    tasks = Tasks(store.db, clock=lambda: now[0])
    one = await tasks.open(escalation(1), "default", "wr-staff")
    again = await tasks.open(escalation(1), "default", "wr-other")
    two = await tasks.open(escalation(2), "default", "wr-staff")
    assert again == one and two.handle != one.handle
    assert await tasks.get(one.handle, "other-outlet") is None  # another outlet's handle is no task here
    await tasks.claim(one.handle, "张三")
    await tasks.answered(one.handle, "李四", close=False)  # a follow-up: the task stays with whoever has it
    kept = await tasks.get(one.handle, "default")
    assert kept is not None and (kept.status, kept.claimed_by, kept.answered_by) == ("claimed", "张三", "李四")
    await tasks.answered(two.handle, "李四", close=True)
    done = await tasks.get(two.handle, "default")
    assert done is not None and (done.status, done.claimed_by, done.answered_at) == ("answered", "李四", 1_000.0)
    assert [t.handle for t in await tasks.open_tasks("default")] == [one.handle]
    now[0] += 10
    assert [t.handle for t in await tasks.overdue(now[0])] == [one.handle]  # (the answered one is not late)
    assert await tasks.mark_reminded([one.handle]) == [one.handle]
    assert await tasks.mark_reminded([one.handle]) == [] and await tasks.overdue(now[0]) == []


class DeskContract:
    make: Callable[[Settings, str], TopicsHarness]
    settings: Callable[..., Settings]

    def _harness(self) -> TopicsHarness:
        s = self.settings(chat=STAFF)
        return self.make(s, s.tickets.group_id)

    async def _following(self, h: TopicsHarness, tmp_path: Path, until: Callable[[], Awaitable[None]]) -> None:
        store = await open_store(f"sqlite:///{tmp_path / 'tickets.db'}")
        try:
            async with h.sink() as sink, anyio.create_task_group() as tg:
                await tg.start(Follower(h.settings, store, sink, source=h.source(topics_read(h.settings))).run)
                await until()
                tg.cancel_scope.cancel()
        finally:
            await store.close()

    async def _handle(self, tmp_path: Path, n: int) -> str:
        store = await open_store(f"sqlite:///{tmp_path / 'tickets.db'}")
        try:
            stored = [t for h in candidates(f"r{n}:human") if (t := await Tasks(store.db).get(h, "default"))]
        finally:
            await store.close()
        assert [t.escalation_id for t in stored] == [f"r{n}:human"], "the follower stored no task for it"
        return stored[0].handle

    async def test_an_escalation_is_posted_once_to_the_staff_group_with_its_handle(self, tmp_path: Path) -> None:
        h = self._harness()
        await h.setup()
        t = h.settings.topics
        for _ in range(2):  # the router handled the request twice (a restart): the same escalation twice
            await h.produce(t.human, b"m1", encode(escalation(1)))

        async def posted() -> None:
            await h.read(t.replies, 2)
            await all_committed(h, t.human)

        await self._following(h, tmp_path, posted)
        posts = [decode_as(v, Reply) for v in await h.read(t.replies, 2)]
        handle = await self._handle(tmp_path, 1)  # the handle the task was given
        assert {p.id for p in posts} == {"r1:human:staff"}  # one reply id: the egress sends it once
        post = posts[0]
        assert (post.group, post.merchant, post.platform) == ("wr-staff", "", "wecom")
        lines = post.text.split("\n")
        assert lines[0] == f"#{handle} 【待人工】商户撤回或否定了指令，可能已在办理"
        assert "商户：m1　群：g-m1　提问人：u-m1" in lines and "原话：YT7514236985411 拦截 算了不拦了" in lines
        assert "机器人理解：intercept" in lines and "单号：YT7514236985411" in lines

    async def test_a_staff_answer_by_handle_or_by_quote_reaches_the_merchant_once(self, tmp_path: Path) -> None:
        h = self._harness()
        await h.setup()
        t = h.settings.topics
        await h.produce(t.human, b"m1", encode(escalation(1)))
        await h.produce(t.human, b"m2", encode(escalation(2)))
        await self._following(h, tmp_path, lambda: all_committed(h, t.human))
        one, two = await self._handle(tmp_path, 1), await self._handle(tmp_path, 2)
        answer = said("s1", f"#{one.lower()} 已核实，包裹在驿站，请凭取件码领取")  # typed in lower case
        quote = said("s2", f"「kefu-bot：#{two} 【待人工】…」\n- - - - - - -\n已拦截，明天退回")
        for m in (answer, answer, quote):  # the first read twice
            await h.produce(t.staff_messages, b"wr-staff", encode(m))

        async def answered() -> None:
            await h.read(t.human_replies, 2)
            await all_committed(h, t.staff_messages)
            await h.read(t.replies, 2 + 2)  # the two confirmations in the staff group, and the relays
            await all_committed(h, t.human_replies)

        await self._following(h, tmp_path, answered)
        replies = [decode_as(v, Reply) for v in await h.read(t.replies, 7, timeout_s=1.0)]
        # (the answer read twice is relayed twice under one id: the egress sends a reply id once)
        to_merchants = sorted({(r.id, r.group, tuple(r.mention), r.text) for r in replies if r.group != "wr-staff"})
        assert [x[1:] for x in to_merchants] == [
            ("g-m1", ("u-m1",), "人工客服回复：已核实，包裹在驿站，请凭取件码领取"),
            ("g-m2", ("u-m2",), "人工客服回复：已拦截，明天退回")]
        confirmations = {r.id: r.text for r in replies if r.group == "wr-staff" and r.id.endswith(":desk")}
        assert sorted(confirmations.values()) == sorted([f"#{one} 已回复商户（张三）", f"#{two} 已回复商户（张三）"])

    async def test_claims_and_hand_ons_are_kept_and_strangers_change_nothing(self, tmp_path: Path) -> None:
        h = self._harness()
        await h.setup()
        t = h.settings.topics
        await h.produce(t.human, b"m1", encode(escalation(1)))
        await self._following(h, tmp_path, lambda: all_committed(h, t.human))
        one = await self._handle(tmp_path, 1)
        steps = [said("c1", f"#{one} 认领"), said("c2", f"#{one} 转 李四"), said("c3", f"#{one} 转给 王五"),
                 said("c4", f"#{one} 已处理", sender="u-stranger"), said("c5", "#ZZZZ 已处理"),
                 said("c6", f"＃{one}"), said("c7", "大家辛苦了，今天单量大")]
        for m in steps:
            await h.produce(t.staff_messages, b"wr-staff", encode(m))

        async def told() -> None:
            await h.read(t.replies, 1 + 6)  # the post, then six answers in the staff group (none to the chat)
            await all_committed(h, t.staff_messages)

        await self._following(h, tmp_path, told)
        replies = [decode_as(v, Reply) for v in await h.read(t.replies, 8, timeout_s=1.0)]
        said_back = {r.request_id: (r.text, r.mention) for r in replies if r.id.endswith(":desk")}
        assert said_back == {
            "wecom-c1": (f"#{one} 已由 张三 认领", []),
            "wecom-c2": (f"#{one} 已转给 李四", []),
            "wecom-c3": (f"#{one} 没有叫“王五”的客服，未转交", ["u-zhang"]),
            "wecom-c4": (f"#{one} 未处理：您不是本网点登记的客服，请联系店长登记", ["u-stranger"]),
            "wecom-c5": ("#ZZZZ 找不到这个待办，请核对编号", ["u-zhang"]),
            "wecom-c6": (f"#{one} 请在编号后写上给商户的回复，例如：#{one} 已核实，包裹在驿站，请凭取件码领取",
                         ["u-zhang"]),
        }
        assert not await h.read(t.human_replies, 1, timeout_s=0.5)  # nobody answered the merchant
        store = await open_store(f"sqlite:///{tmp_path / 'tickets.db'}")
        try:
            task = await Tasks(store.db).get(one, "default")
        finally:
            await store.close()
        assert task is not None and (task.status, task.claimed_by, task.answered_by) == ("claimed", "李四", None)
