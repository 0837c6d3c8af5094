"""The chat egress's contract, run on the in-memory broker (tests/unit) and on Apache Kafka (tests/integration):
each group's replies reach its robot in the order they were read, a reply no robot can take goes to the dead
letters while the rest goes on, and every reply is committed once its robot took it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import aiohttp
import anyio
import msgspec
from aiohttp import web

from kefu_dev.chat_sim import ChatSim
from router.chat.deliveries import Deliveries
from router.chat.egress import Egress
from router.config import ChatGroup, Settings, StaffGroup
from router.config.sections import MoreRobot
from router.contracts import DeadLetter, Escalation, Reply, decode_as, encode
from router.directory import Directory
from router.outlets import Account, Network, Outlet
from router.tickets.store import open_store
from tests.carrier_kit import served
from tests.topics import TopicsHarness, all_committed


def _reply(group: str, merchant: str, n: int) -> Reply:
    return Reply(id=f"{group}-{n}:reply", request_id=f"{group}-{n}", merchant=merchant, group=group,
                 platform="wecom", mention=[f"u-{merchant}"], text=f"{group} 第{n}条")


async def _lines_arrived(sink: ChatSim, n: int, timeout_s: float = 20.0) -> None:
    """Until the robots were sent ``n`` reply lines in all (replies are joined into messages, one a line)."""
    with anyio.fail_after(timeout_s):
        while sum(m.content.count("\n") + 1 for m in sink.messages) < n:
            await anyio.sleep(0.05)


class EgressContract:
    make: Callable[[Settings, str], TopicsHarness]
    settings: Callable[..., Settings]

    async def test_each_groups_replies_go_in_order_and_what_cannot_go_is_dead_lettered(self, tmp_path: Path) -> None:
        s = self.settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 10.0, "startup_hold": False,
                                "retry_base_s": 0.05, "retry_max_s": 0.2})
        h = self.make(s, s.chat.group_id)
        await h.setup()
        sink = ChatSim(per_minute=100, window_s=1.0, fail_rate=0.3, seed=7)  # retries: order must hold through them
        async with served(sink, sink.app()) as url:
            groups = {f"g{i}": ChatGroup(merchant=f"m{i}", platform="wecom",
                                         webhook=f"{url}/cgi-bin/webhook/send?key=k{i}") for i in (1, 2)}
            groups["g3"] = ChatGroup(merchant="m3", platform="api")  # no robot: nothing can take its replies
            sent = [_reply("g1", "m1", n) for n in range(6)] + [_reply("g2", "m2", n) for n in range(4)]
            for i, r in enumerate(sent):
                await h.produce(s.topics.replies, r.merchant.encode(), encode(r))
                if i == 3:
                    await h.produce(s.topics.replies, b"m3", encode(_reply("g3", "m3", 0)))
            # (the sink outside the task group: it closes after the egress is cancelled, not cancelled itself)
            async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]))
                await tg.start(egress.run)
                await _lines_arrived(sink, len(sent))
                await all_committed(h, s.topics.replies)
                tg.cancel_scope.cancel()
        lines = {robot: [line for m in sink.messages if m.robot == robot for line in m.content.split("\n")]
                 for robot in ("k1", "k2")}
        assert lines == {f"k{i}": [f"@u-m{i} g{i} 第{n}条" for n in range(count)] for i, count in ((1, 6), (2, 4))}
        (letter,) = [decode_as(v, DeadLetter) for v in await h.read(s.topics.dlq, 1)]
        assert (letter.reason, letter.topic) == ("no_robot", s.topics.replies)
        assert sink.stats.failed_on_purpose > 0  # the retries ran

    async def test_a_staff_group_with_several_robots_sends_through_each_in_turn_in_order(self) -> None:
        """Three robots in one staff group, each within its own limit (the simulator counts each robot's
        messages): the posts go out through all three, one message at a time, in the order they were read."""
        sink = ChatSim(per_minute=3, window_s=1.0)
        async with served(sink, sink.app()) as url:
            hook = f"{url}/cgi-bin/webhook/send?key="
            staff = StaffGroup(platform="wecom", webhook=hook + "s1", more_robots=[
                MoreRobot(webhook=hook + "s2"), MoreRobot(webhook=hook + "s3")])
            s = self.settings(chat={"window_s": 1.0, "per_minute": 3, "linger_ms": 0.0, "startup_hold": False,
                                    "staff_groups": {"staff": staff}})
            h = self.make(s, s.chat.group_id)
            await h.setup()
            posts = [Reply(id=f"task-{n}:staff", request_id=f"r{n}", merchant="", group="staff", platform="wecom",
                           text=f"#T{n:03d} 【待人工】" + "内容" * 300) for n in range(12)]  # one post a message
            for r in posts:
                await h.produce(s.topics.replies, b"staff", encode(r))
            async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                egress = Egress(s, {}, session, out, source=h.source([s.topics.replies]))
                await tg.start(egress.run)
                await _lines_arrived(sink, len(posts))
                await all_committed(h, s.topics.replies)
                tg.cancel_scope.cancel()
        assert [m.content[:5] for m in sink.messages] == [f"#T{n:03d}" for n in range(12)]
        assert {m.robot for m in sink.messages} == {"s1", "s2", "s3"}
        assert sink.stats.violations == 0  # none over its own limit

    async def test_a_reply_for_another_merchants_group_or_another_outlet_is_dead_lettered(self) -> None:
        """Whatever a producer writes on the replies topic, a reply reaches only the group its merchant is bound
        to, in its own outlet; anything else is a dead letter with the reason, and the rest goes on."""
        s = self.settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 10.0, "startup_hold": False})
        h = self.make(s, s.chat.group_id)
        await h.setup()
        sink = ChatSim(per_minute=100, window_s=1.0, seed=3)
        async with served(sink, sink.app()) as url:
            hz = {"g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1")}
            sh = {"g2": ChatGroup(merchant="m2", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k2")}
            network = Network({o: Outlet(o, "", Account(o, "key", ""), Directory(), g, {}, {})
                               for o, g in (("hz", hz), ("sh", sh))})
            fine = [msgspec.structs.replace(_reply("g1", "m1", 0), outlet="hz"),
                    msgspec.structs.replace(_reply("g2", "m2", 1), outlet="sh"),
                    _reply("g2", "m2", 2)]  # naming no outlet: its group's
            crossing = {"group_merchant_mismatch": msgspec.structs.replace(_reply("g1", "m2", 3), outlet="hz"),
                        "outlet_mismatch": msgspec.structs.replace(_reply("g2", "m2", 4), outlet="hz"),
                        "unknown_group": msgspec.structs.replace(_reply("g9", "m2", 5), outlet="sh")}
            for r in [fine[0], crossing["group_merchant_mismatch"], fine[1], crossing["outlet_mismatch"], fine[2],
                      crossing["unknown_group"]]:
                await h.produce(s.topics.replies, r.merchant.encode(), encode(r))
            async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                egress = Egress(s, network.bindings(), session, out, source=h.source([s.topics.replies]),
                                network=network)
                await tg.start(egress.run)
                letters = [decode_as(v, DeadLetter) for v in await h.read(s.topics.dlq, len(crossing))]
                await _lines_arrived(sink, len(fine))
                await all_committed(h, s.topics.replies)
                tg.cancel_scope.cancel()
        assert {d.reason for d in letters} == set(crossing)
        for d in letters:
            assert decode_as(d.value or b"", Reply).id == crossing[d.reason].id
        delivered = {robot: [line for m in sink.messages if m.robot == robot for line in m.content.split("\n")]
                     for robot in ("k1", "k2")}
        assert delivered == {"k1": ["@u-m1 g1 第0条"], "k2": ["@u-m2 g2 第1条", "@u-m2 g2 第2条"]}

    async def test_a_robot_elsewhere_is_dead_lettered_and_a_redirect_is_never_followed(self) -> None:
        """A group whose webhook points off its platform's hosts (here a cloud metadata address, as a group from a
        file or the store may) gets no request at all: its replies are dead letters. A robot answering with a
        redirect is not followed to where it points."""
        s = self.settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 10.0, "startup_hold": False,
                                "retry_base_s": 0.05, "retry_max_s": 0.2})
        h = self.make(s, s.chat.group_id)
        await h.setup()
        sink = ChatSim(per_minute=100, window_s=1.0, seed=5)
        redirected: list[str] = []
        sink_url = ""

        async def moved(request: web.Request) -> web.Response:  # to the real robot: followed, it would deliver
            redirected.append(request.path)
            raise web.HTTPTemporaryRedirect(location=f"{sink_url}/cgi-bin/webhook/send?key=k3")

        async with served(sink, sink.app()) as url:
            sink_url = url
            mover = web.Application()
            mover.router.add_post("/{tail:.*}", moved)
            async with served(sink, mover) as moving_url:
                groups = {
                    "g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1"),
                    "g2": ChatGroup(merchant="m2", platform="wecom", webhook="http://169.254.169.254/latest?key=k2"),
                    "g3": ChatGroup(merchant="m3", platform="wecom",
                                    webhook=f"{moving_url.replace('127.0.0.1', 'localhost')}/x?key=k3"),
                }
                hosts = {"wecom": ["127.0.0.1", "localhost"]}
                s = msgspec.structs.replace(s, chat=msgspec.structs.replace(s.chat, webhook_hosts=hosts))
                for r in (_reply("g2", "m2", 0), _reply("g3", "m3", 0), _reply("g1", "m1", 0)):
                    await h.produce(s.topics.replies, r.merchant.encode(), encode(r))
                async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                    egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]))
                    await tg.start(egress.run)
                    (letter,) = [decode_as(v, DeadLetter) for v in await h.read(s.topics.dlq, 1)]
                    with anyio.fail_after(20):
                        while not sink.messages or not redirected:
                            await anyio.sleep(0.05)
                    await anyio.sleep(0.3)  # (time for a redirect to be followed, were it followed)
                    tg.cancel_scope.cancel()
        assert (letter.reason, decode_as(letter.value or b"", Reply).group) == ("webhook_not_allowed", "g2")
        assert "k2" not in letter.detail  # the robot's key is not repeated
        assert [m.robot for m in sink.messages] == ["k1"]  # g3's message never reached where the redirect pointed

    async def test_a_reply_produced_again_after_a_restart_is_not_sent_twice(self, tmp_path: Path) -> None:
        """Routers killed mid-request handle it again and produce its reply once more (the same id), and a
        gateway killed before committing reads again what it sent. A second gateway (another process: nothing in
        memory) on the same store sends none of them again, and sends what is new."""
        s = self.settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 10.0, "startup_hold": False})
        h = self.make(s, s.chat.group_id)
        await h.setup()
        sink = ChatSim(per_minute=100, window_s=1.0, seed=9)
        first = [_reply("g1", "m1", n) for n in range(5)]
        async with served(sink, sink.app()) as url:
            groups = {"g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1")}
            store = await open_store(f"sqlite:///{tmp_path / 'delivered.db'}")
            try:
                for batch, expected in ((first, 5), ([*first[2:], _reply("g1", "m1", 5)], 6)):
                    for r in batch:
                        await h.produce(s.topics.replies, r.merchant.encode(), encode(r))
                    async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                        egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]),
                                        deliveries=Deliveries(store.db))
                        await tg.start(egress.run)
                        await _lines_arrived(sink, expected)
                        await all_committed(h, s.topics.replies)
                        tg.cancel_scope.cancel()
            finally:
                await store.close()
        lines = [line for m in sink.messages for line in m.content.split("\n")]
        assert lines == [f"@u-m1 g1 第{n}条" for n in range(6)]  # each once, the new one too
        assert egress.metrics.repeated._value.get() == 3

    async def test_a_copy_read_while_the_first_still_waits_for_its_robot_is_not_sent(self) -> None:
        """A router killed after producing a reply and restarted at once produces it again while the first copy
        still waits for its (pacing) robot: one goes out."""
        s = self.settings(chat={"window_s": 1.0, "per_minute": 1, "linger_ms": 10.0, "startup_hold": False})
        h = self.make(s, s.chat.group_id)
        await h.setup()
        sink = ChatSim(per_minute=1, window_s=1.0, seed=4)
        async with served(sink, sink.app()) as url:
            groups = {"g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1")}
            for r in (_reply("g1", "m1", 0), _reply("g1", "m1", 1), _reply("g1", "m1", 1), _reply("g1", "m1", 1)):
                await h.produce(s.topics.replies, r.merchant.encode(), encode(r))
            async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]))
                await tg.start(egress.run)
                await _lines_arrived(sink, 2)
                await all_committed(h, s.topics.replies)
                tg.cancel_scope.cancel()
        lines = [line for m in sink.messages for line in m.content.split("\n")]
        assert lines == ["@u-m1 g1 第0条", "@u-m1 g1 第1条"]
        assert egress.metrics.repeated._value.get() == 2


    async def test_a_reply_a_dead_gateway_was_sending_goes_to_a_person_not_again_to_the_group(
            self, tmp_path: Path) -> None:
        """A gateway killed between a platform's acceptance and writing it down leaves the reply begun and never
        delivered: the next gateway cannot tell whether the merchant saw it, so it hands it to a person (the
        human topic) and does not send it. A send refused for certain was taken back and goes out as usual; a
        delivered one is a copy; a new one goes out."""
        s = self.settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 10.0, "startup_hold": False})
        h = self.make(s, s.chat.group_id)
        await h.setup()
        sink = ChatSim(per_minute=100, window_s=1.0, seed=12)
        replies = [_reply("g1", "m1", n) for n in range(4)]
        store = await open_store(f"sqlite:///{tmp_path / 'delivered.db'}")
        try:
            before = Deliveries(store.db)  # what gateways before this one wrote down
            await before.begin([r.id for r in replies[:3]])
            await before.record([replies[0].id])  # delivered
            await before.abandon([replies[2].id])  # refused by the platform
            assert await before.states([r.id for r in replies]) == ({replies[0].id}, {replies[1].id})
            async with served(sink, sink.app()) as url:
                groups = {"g1": ChatGroup(merchant="m1", platform="wecom",
                                          webhook=f"{url}/cgi-bin/webhook/send?key=k1")}
                for r in replies:
                    await h.produce(s.topics.replies, r.merchant.encode(), encode(r))
                async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                    egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]),
                                    deliveries=Deliveries(store.db))
                    await tg.start(egress.run)
                    (task,) = [decode_as(v, Escalation) for v in await h.read(s.topics.human, 1)]
                    await _lines_arrived(sink, 2)
                    await all_committed(h, s.topics.replies)
                    tg.cancel_scope.cancel()
            assert await before.states([r.id for r in replies]) == (
                {replies[0].id, replies[2].id, replies[3].id}, {replies[1].id})
        finally:
            await store.close()
        lines = [line for m in sink.messages for line in m.content.split("\n")]
        assert lines == ["@u-m1 g1 第2条", "@u-m1 g1 第3条"]
        assert (task.reason, task.detail["reply_id"], task.group, task.text) == (
            "reply_in_doubt", replies[1].id, "g1", "@u-m1 g1 第1条")
        assert (egress.metrics.in_doubt._value.get(), egress.metrics.repeated._value.get()) == (1, 1)
