"""The demo's people: the outlet's staff group (待人工处理群), two staff members answering the bot's tasks there and
a third answering from the outlet console.

The staff group has three robots (as a busy outlet adds them: ``more_robots``), each the chat simulator's with the
platforms' real limit (20 messages a minute): a real evening spreads its tasks over four hours, the demo's over
well under a minute, and one robot could not keep up. 王五 keeps the console's queue open
(polling its rows as the page does) and the report times when each task appeared there. Tasks are answered a
moment after they are seen, in turn: 张三 and 李四 from chat (``#K7Q2 …``, posted to the chat gateway as a WeCom
callback, like the merchants' messages) once the post reaches the staff group, 王五 in the console (the task's
page, its CSRF token, the answer form). Every answer reaches the merchant's group through the staff desk, the
follower and the chat egress, and the report times it.

A task that waits for approval (the outlet's rule for its big merchants' address changes) is approved from chat
("#K7Q2 同意") and refused from the console (拒绝, with a reason for the merchant). Its answer has reached the
merchant when the merchant's group next hears about its parcel (the action's own reply, or the refusal), or, when
there was nothing left to approve, once the desk said so in the staff group.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import aiohttp
import anyio
from anyio.abc import TaskGroup

from kefu_dev import sample
from kefu_dev.chat_sim import ChatSim
from router.config import StaffGroup, StaffMember
from router.config.sections import MoreRobot

GROUP = "wr-staff"
# the staff group's robots: three, as a busy outlet adds them (each may post 20 messages a minute)
ROBOTS = (GROUP, f"{GROUP}-2", f"{GROUP}-3")
STAFF = {"zhangsan": "张三", "lisi": "李四"}  # answering in the staff group (their WeCom user ids)
CONSOLE_STAFF = ("wangwu", "王五")  # answering in the console (its user name)
_ANSWER_AFTER_S = 1.0  # how long a person takes to read a task and answer it (compressed, as the evening is)
_POST = re.compile(r"^#([0-9A-Z]{4,8}) 【待人工】", re.M)
_RELAYED = re.compile(r"人工客服回复：.*（编号 ([0-9A-Z]{4,8})）")
_HELD = re.compile(r"^#([0-9A-Z]{4,8}) 【待人工】网点规则：此请求需审批后办理.*\n(?:.*\n)*?待审批：(\S+)", re.M)
_SETTLED = re.compile(r"#([0-9A-Z]{4,8}) (?:已同意|已拒绝|无需审批)")
_HELD_PAGE = re.compile(r"<th>待审批</th><td>(\S+) ")
REFUSAL = "新地址需与商户电话核实后再改"
GONE = "-"  # an approval task with nothing left to approve
_ROW = re.compile(r'data-handle="([0-9A-Z]{4,8})"')
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')

Post = Callable[[aiohttp.ClientSession, str, sample.ChatLine], Awaitable[int]]


def settings(sink_url: str) -> dict[str, object]:
    """The ``[chat]`` values that make the staff group and its people (the demo's one outlet)."""
    hook = f"{sink_url}/cgi-bin/webhook/send?key="
    robot = StaffGroup(platform="wecom", webhook=hook + ROBOTS[0],
                       more_robots=[MoreRobot(webhook=hook + key) for key in ROBOTS[1:]])
    return {"staff_groups": {GROUP: robot}, "staff": {uid: StaffMember(name=name) for uid, name in STAFF.items()}}


@dataclass
class StaffTally:
    posted_at: dict[str, float] = field(default_factory=dict)  # handle → when its post reached the staff group
    answered_at: dict[str, float] = field(default_factory=dict)  # handle → when a person answered it
    relayed_at: dict[str, float] = field(default_factory=dict)  # handle → when the answer reached the merchant
    seen_at: dict[str, float] = field(default_factory=dict)  # handle → when it appeared in the console's queue
    by_console: set[str] = field(default_factory=set)  # the handles answered in the console
    escalated_at: dict[str, float] = field(default_factory=dict)  # handle → when the router handed it to a person
    refused: int = 0  # answers the gateway did not take
    approvals: dict[str, str] = field(default_factory=dict)  # handle → the waybill held for approval
    decided: dict[str, str] = field(default_factory=dict)  # handle → 同意 | 拒绝, as staff answered it
    closing: bool = False  # the demo is ending: no new answers (those given are waited for)

    def waiting(self) -> int:
        """Answers given that have not reached their merchant's group yet."""
        return len(self.answered_at.keys() - self.relayed_at.keys())


class ConsoleHand:
    """王五 at the outlet console, over HTTP as the browser is: logged in, the queue's rows polled as the page polls
    them, an answer given on the task's page with its CSRF token."""

    def __init__(self, url: str, password: str) -> None:
        self.url, self._password = url, password

    async def log_in(self, http: aiohttp.ClientSession) -> None:
        async with http.get(f"{self.url}/login") as r:
            csrf = _token(await r.text())
        async with http.post(f"{self.url}/login", data={"username": CONSOLE_STAFF[0], "password": self._password,
                                                        "csrf": csrf}, allow_redirects=False) as r:
            if r.status != 302:
                raise RuntimeError(f"the demo's console log-in was refused: HTTP {r.status}")

    async def queue(self, http: aiohttp.ClientSession) -> list[str]:
        async with http.get(f"{self.url}/queue/rows") as r:
            return _ROW.findall(await r.text()) if r.status == 200 else []

    async def answer(self, http: aiohttp.ClientSession, handle: str, text: str) -> tuple[int, str]:
        """Answer the task on its page: the HTTP status, and for one waiting for approval (refused there, with
        the reason) the waybill it held (GONE when there was nothing left to refuse: nothing reaches the merchant)."""
        async with http.get(f"{self.url}/tasks/{handle}") as r:
            page = await r.text()
        if (held := _HELD_PAGE.search(page)) is not None and 'id="refuse"' in page:
            form = {"csrf": _token(page), "decision": "refuse", "reason": REFUSAL}
            async with http.post(f"{self.url}/tasks/{handle}/decide", data=form, allow_redirects=False) as r:
                return r.status, GONE if "said=gone" in r.headers.get("Location", "") else held.group(1)
        async with http.post(f"{self.url}/tasks/{handle}/answer", data={"csrf": _token(page), "text": text},
                             allow_redirects=False) as r:
            return r.status, ""


def _token(page: str) -> str:
    m = _CSRF.search(page)
    if m is None:
        raise RuntimeError("a console page without its CSRF token")
    return m.group(1)


def _text(handle: str) -> str:
    return f"#{handle} 已为您核实处理，有问题请在群里回复（编号 {handle}）"


class _AtWork:
    """The three of them, taking tasks in turn as each is first seen (in the console's queue or the group)."""

    def __init__(self, url: str, sink: ChatSim, tally: StaffTally, post: Post, console: ConsoleHand) -> None:
        self._url, self._sink, self._tally, self._post, self._console = url, sink, tally, post, console
        self._turns = itertools.cycle([*STAFF, CONSOLE_STAFF[0]])
        self._whose: dict[str, str] = {}  # handle → who answers it

    def _who(self, handle: str) -> str:
        if handle not in self._whose:
            self._whose[handle] = next(self._turns)
        return self._whose[handle]

    async def _from_chat(self, http: aiohttp.ClientSession, handle: str, who: str) -> None:
        await anyio.sleep(_ANSWER_AFTER_S)
        if self._tally.closing:
            return
        held = handle in self._tally.approvals
        text = f"#{handle} 同意" if held else _text(handle)
        if held:
            self._tally.decided[handle] = "同意"
        line = sample.ChatLine(at_s=0.0, clock="", index=0, merchant="", platform="wecom", group=GROUP,
                               sender=who, msgid=f"staff-{handle}", text=text)
        self._tally.answered_at[handle] = time.time()
        if await self._post(http, self._url, line) != 200:
            self._tally.refused += 1

    async def _from_console(self, desk: aiohttp.ClientSession, handle: str) -> None:
        await anyio.sleep(_ANSWER_AFTER_S)
        if self._tally.closing:
            return
        self._tally.answered_at[handle] = time.time()
        self._tally.by_console.add(handle)
        # (typed into the task's form without the "#K7Q2 " a staff group needs)
        status, held = await self._console.answer(desk, handle, _text(handle).split(" ", 1)[1])
        if held == GONE:  # (nothing left to refuse: nothing to tell the merchant)
            self._tally.relayed_at.setdefault(handle, time.time())
        elif held:
            self._tally.approvals[handle], self._tally.decided[handle] = held, "拒绝"
        if status != 302:
            self._tally.refused += 1

    async def watch_console(self, desk: aiohttp.ClientSession, tg: TaskGroup) -> None:
        while True:
            for handle in await self._console.queue(desk):
                if handle not in self._tally.seen_at:
                    self._tally.seen_at[handle] = time.time()
                    if self._who(handle) == CONSOLE_STAFF[0]:
                        tg.start_soon(self._from_console, desk, handle)
            await anyio.sleep(0.2)  # (the page's own refresh is console.refresh_s)

    def _approval_told(self, content: str, at: float) -> None:
        """A merchant's group heard about a parcel whose approval staff answered: the answer reached them."""
        t = self._tally
        for handle, waybill in t.approvals.items():
            if handle in t.decided and handle not in t.relayed_at and at >= t.answered_at.get(handle, at + 1) \
                    and waybill in content:
                t.relayed_at[handle] = at

    async def watch_chat(self, http: aiohttp.ClientSession, tg: TaskGroup) -> None:
        read = 0
        while True:
            new, read = self._sink.messages[read:], len(self._sink.messages)
            for m in new:
                if m.robot not in ROBOTS:
                    for handle in _RELAYED.findall(m.content):
                        self._tally.relayed_at.setdefault(handle, m.at)
                    self._approval_told(m.content, m.at)
                    continue
                for handle, waybill in _HELD.findall(m.content):
                    self._tally.approvals[handle] = waybill
                for handle in _SETTLED.findall(m.content):  # (nothing left to approve: nothing to tell)
                    self._tally.relayed_at.setdefault(handle, m.at)
                for handle in _POST.findall(m.content):
                    if handle not in self._tally.posted_at:
                        self._tally.posted_at[handle] = m.at
                        if (who := self._who(handle)) != CONSOLE_STAFF[0]:
                            tg.start_soon(self._from_chat, http, handle, who)
            await anyio.sleep(0.2)


async def at_work(url: str, sink: ChatSim, tally: StaffTally, post: Post, console: ConsoleHand) -> None:
    """Watch the chat simulator and the console until cancelled: answer each task, in turn from the staff group
    (once its post is there) or the console (once it is in the queue), and see the answers arrive in the
    merchants' groups."""
    staff = _AtWork(url, sink, tally, post, console)
    # (the console is on 127.0.0.1: a cookie jar keeps an address's cookies only when told it may)
    async with aiohttp.ClientSession() as http, aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) \
            as desk, anyio.create_task_group() as tg:
        await console.log_in(desk)
        tg.start_soon(staff.watch_console, desk, tg)
        tg.start_soon(staff.watch_chat, http, tg)
