"""The demo's people: the outlet's staff group (待人工处理群) and two staff members answering the bot's tasks there.

The staff group's robot is the chat simulator's, with the platforms' real limit (20 messages a minute): a real
evening spreads its tasks over four hours, the demo's over well under a minute, so the posts queue behind the
robot and the report says how many reached the group while the demo ran. Each task that reaches the group is
answered from chat a moment later by 张三 or 李四 in turn (``#K7Q2 …``, posted to the chat gateway as a WeCom
callback, like the merchants' messages); the answer reaches the merchant's group through the staff desk, the
follower and the chat egress, and the report times it.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import aiohttp
import anyio

from kefu_dev import sample
from kefu_dev.chat_sim import ChatSim
from router.config import StaffGroup, StaffMember

GROUP = "wr-staff"
STAFF = {"zhangsan": "张三", "lisi": "李四"}
_ANSWER_AFTER_S = 1.0  # how long a person takes to read a task and answer it (compressed, as the evening is)
_POST = re.compile(r"^#([0-9A-Z]{4,8}) 【待人工】", re.M)
_RELAYED = re.compile(r"人工客服回复：.*（编号 ([0-9A-Z]{4,8})）")

Post = Callable[[aiohttp.ClientSession, str, sample.ChatLine], Awaitable[int]]


def settings(sink_url: str) -> dict[str, object]:
    """The ``[chat]`` values that make the staff group and its people (the demo's one outlet)."""
    robot = StaffGroup(platform="wecom", webhook=f"{sink_url}/cgi-bin/webhook/send?key={GROUP}")
    return {"staff_groups": {GROUP: robot}, "staff": {uid: StaffMember(name=name) for uid, name in STAFF.items()}}


@dataclass
class StaffTally:
    posted_at: dict[str, float] = field(default_factory=dict)  # handle → when its post reached the staff group
    answered_at: dict[str, float] = field(default_factory=dict)  # handle → when a person answered it
    relayed_at: dict[str, float] = field(default_factory=dict)  # handle → when the answer reached the merchant
    refused: int = 0  # answers the gateway did not take
    closing: bool = False  # the demo is ending: no new answers (those given are waited for)

    def waiting(self) -> int:
        """Answers given that have not reached their merchant's group yet."""
        return len(self.answered_at.keys() - self.relayed_at.keys())


async def at_work(url: str, sink: ChatSim, tally: StaffTally, post: Post) -> None:
    """Watch the chat simulator until cancelled: answer each task posted to the staff group, and see the answers
    arrive in the merchants' groups."""
    people = itertools.cycle(STAFF)
    read = 0
    async with aiohttp.ClientSession() as http, anyio.create_task_group() as tg:

        async def answer(handle: str, who: str) -> None:
            await anyio.sleep(_ANSWER_AFTER_S)
            if tally.closing:
                return
            line = sample.ChatLine(at_s=0.0, clock="", index=0, merchant="", platform="wecom", group=GROUP,
                                   sender=who, msgid=f"staff-{handle}",
                                   text=f"#{handle} 已为您核实处理，有问题请在群里回复（编号 {handle}）")
            tally.answered_at[handle] = time.time()
            if await post(http, url, line) != 200:
                tally.refused += 1

        while True:
            new, read = sink.messages[read:], len(sink.messages)
            for m in new:
                if m.robot == GROUP:
                    for handle in _POST.findall(m.content):
                        if handle not in tally.posted_at:
                            tally.posted_at[handle] = m.at
                            tg.start_soon(answer, handle, next(people))
                else:
                    for handle in _RELAYED.findall(m.content):
                        tally.relayed_at.setdefault(handle, m.at)
            await anyio.sleep(0.2)
