"""The chat egress's contract (tests/egress_contract.py) on the in-memory broker."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from aiohttp import web

from tests.egress_contract import EgressContract
from tests.harness import fresh_settings
from tests.topics import MemoryTopics


class TestEgressOnMemory(EgressContract):
    make = staticmethod(MemoryTopics)
    settings = staticmethod(fresh_settings)


@pytest.mark.parametrize("replies", [1, 9])
async def test_a_rebalance_waits_for_the_message_on_its_way_so_the_new_owner_does_not_send_it_again(
        replies: int) -> None:
    """The old owner's message mid-send goes out; the revocation waits for it to be answered and committed, so
    that the partition's next owner does not read it again and send it twice. With several messages' worth
    queued (9 replies, three to a message), the old owner composes no further message meanwhile, and the new
    owner sends the rest: each reply once."""
    import aiohttp
    import anyio
    from aiohttp import web

    from router.chat.egress import Egress
    from router.config import ChatGroup
    from router.contracts import encode
    from router.testing import MemorySource
    from tests.carrier_kit import served
    from tests.egress_contract import _reply

    posted: list[bytes] = []

    async def slow_robot(request: web.Request) -> web.Response:
        body = await request.read()
        await anyio.sleep(0.5)  # the platform takes its time to answer
        posted.append(body)
        return web.json_response({"errcode": 0})

    robot = web.Application()
    robot.router.add_post("/cgi-bin/webhook/send", slow_robot)
    s = fresh_settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 0.0, "startup_hold": False,
                             "max_bytes": 64})
    h = MemoryTopics(s, s.chat.group_id)
    await h.setup()
    async with served(None, robot) as url:  # type: ignore[arg-type]
        groups = {"g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1")}
        for n in range(replies):
            await h.produce(s.topics.replies, b"m1", encode(_reply("g1", "m1", n)))
        source = h.source([s.topics.replies])
        assert isinstance(source, MemorySource)
        async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
            egress = Egress(s, groups, session, out, source=source)
            await tg.start(egress.run)
            await anyio.sleep(0.2)  # the message is on its way
            await source.rebalance(set())  # its partitions go to another gateway
            other = Egress(s, groups, session, out, source=h.source([s.topics.replies]))
            await tg.start(other.run)  # which reads them from the committed offsets
            await anyio.sleep(0.6 * (replies // 3 + 2))  # time for every message, and a copy, were one read again
            tg.cancel_scope.cancel()
    lines = [line for body in posted for line in json.loads(body)["text"]["content"].split("\n")]
    assert sorted(lines) == sorted(f"@u-m1 g1 第{n}条" for n in range(replies))


async def test_a_message_left_unanswered_stays_in_doubt_and_one_that_never_left_is_taken_back(
        tmp_path: Path) -> None:
    """g1's robot takes the message and never answers (the platform may have shown it): its reply stays begun,
    so a gateway after this one hands it to a person. Nothing listens at g2's robot: the message never left, its
    reply is taken back and a later gateway sends it as usual."""
    import socket

    import aiohttp
    import anyio
    from aiohttp import web

    from router.chat.deliveries import Deliveries
    from router.chat.egress import Egress
    from router.config import ChatGroup
    from router.contracts import encode
    from router.tickets.store import open_store
    from tests.carrier_kit import served
    from tests.egress_contract import _reply

    async def silent_robot(request: web.Request) -> web.Response:
        await request.read()
        await anyio.sleep(1.0)  # past the gateway's timeout
        return web.json_response({"errcode": 0})

    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        dead_port = closed.getsockname()[1]
    robot = web.Application()
    robot.router.add_post("/cgi-bin/webhook/send", silent_robot)
    s = fresh_settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 0.0, "startup_hold": False,
                             "timeout_s": 0.3, "retry_base_s": 0.05, "retry_max_s": 0.1})
    h = MemoryTopics(s, s.chat.group_id)
    await h.setup()
    r1, r2 = _reply("g1", "m1", 0), _reply("g2", "m2", 0)
    store = await open_store(f"sqlite:///{tmp_path / 'delivered.db'}")
    try:
        deliveries = Deliveries(store.db)
        async with served(None, robot) as url:  # type: ignore[arg-type]
            groups = {"g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1"),
                      "g2": ChatGroup(merchant="m2", platform="wecom",
                                      webhook=f"http://127.0.0.1:{dead_port}/cgi-bin/webhook/send?key=k2")}
            for r in (r1, r2):
                await h.produce(s.topics.replies, r.merchant.encode(), encode(r))
            async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]), deliveries=deliveries)
                await tg.start(egress.run)
                with anyio.fail_after(20):  # (r2 is tried again and again: it may be begun again at any moment)
                    while egress.metrics.sends.labels("wecom", "unsure")._value.get() < 2 or \
                            egress.metrics.sends.labels("wecom", "failed")._value.get() < 2 or \
                            await deliveries.states([r1.id, r2.id]) != (set(), {r1.id}):
                        await anyio.sleep(0.01)
                tg.cancel_scope.cancel()
        assert egress.metrics.sends.labels("wecom", "ok")._value.get() == 0
    finally:
        await store.close()


async def test_nothing_is_sent_while_the_store_of_deliveries_cannot_answer_and_each_reply_goes_once(
        tmp_path: Path) -> None:
    """The store refuses its first questions and announcements ("database is locked"): no message goes out until
    it has said what was delivered and taken down the send about to begin (sent regardless, a gateway killed
    after it would leave its successor no trace, and the merchant would see it twice). Then each reply goes
    once; a second gateway reading copies of them afterwards sends none again."""
    import sqlite3

    import aiohttp
    import anyio

    from router.chat.deliveries import Deliveries
    from router.chat.egress import Egress
    from router.config import ChatGroup
    from router.contracts import encode
    from router.tickets.store import open_store
    from tests.carrier_kit import served
    from tests.egress_contract import _reply

    class Locked(Deliveries):
        """Refuses ``failures[step]`` times before answering."""

        def __init__(self, *args: object, failures: dict[str, int]) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            self.failures = failures

        def _refuse(self, step: str) -> None:
            if self.failures.get(step, 0) > 0:
                self.failures[step] -= 1
                posted_while_refusing.append(len(posted))
                raise sqlite3.OperationalError("database is locked")

        async def states(self, ids: Sequence[str]) -> tuple[set[str], set[str]]:
            self._refuse("states")
            return await super().states(ids)

        async def begin(self, ids: Sequence[str]) -> set[str]:
            self._refuse("begin")
            return await super().begin(ids)

    robot, posted = _recording_robot()
    posted_while_refusing: list[int] = []
    s = fresh_settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 0.0, "startup_hold": False,
                             "retry_base_s": 0.05, "retry_max_s": 0.1})
    h = MemoryTopics(s, s.chat.group_id)
    await h.setup()
    replies = [_reply("g1", "m1", n) for n in range(3)]
    store = await open_store(f"sqlite:///{tmp_path / 'delivered.db'}")
    try:
        locked = Locked(store.db, failures={"states": 3, "begin": 3})
        async with served(None, robot) as url:  # type: ignore[arg-type]
            groups = {"g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1")}
            for r in replies:
                await h.produce(s.topics.replies, b"m1", encode(r))
            async with aiohttp.ClientSession() as session, h.sink() as out:
                for n, deliveries in enumerate((locked, Deliveries(store.db))):
                    async with anyio.create_task_group() as tg:
                        egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]),
                                        deliveries=deliveries)
                        await tg.start(egress.run)
                        if n == 0:
                            with anyio.fail_after(20):
                                while egress.delivered < len(replies):
                                    await anyio.sleep(0.01)
                            errors = egress.metrics.store_errors
                            assert (errors.labels("ask")._value.get(), errors.labels("begin")._value.get()) == (3, 3)
                        else:
                            with anyio.fail_after(20):
                                while egress.metrics.repeated._value.get() < len(replies):
                                    await anyio.sleep(0.01)
                            await anyio.sleep(0.2)  # (time for a copy to be posted, were one sent)
                        tg.cancel_scope.cancel()
                    for r in replies:  # a router killed mid-request produces them again
                        await h.produce(s.topics.replies, b"m1", encode(r))
    finally:
        await store.close()
    assert posted_while_refusing == [0] * 6
    lines = [line for body in posted for line in body.split("\n")]
    assert sorted(lines) == sorted(f"@u-m1 g1 第{n}条" for n in range(3))


async def test_replies_another_gateway_announced_first_go_to_a_person(tmp_path: Path) -> None:
    """A gateway evicted from the consumer group and not told yet still holds replies it read, while the gateway
    given their partition reads them too. Both asked the store before either announced a send; the one that
    announces first sends. Here another gateway announced g1's second reply between this one's fetch and its send:
    this one sends the others once each, never that one, and hands it to a person (the other may fail or die)."""
    import aiohttp
    import anyio

    from router.chat.deliveries import Deliveries
    from router.chat.egress import Egress
    from router.config import ChatGroup
    from router.contracts import Escalation, decode_as, encode
    from router.tickets.store import open_store
    from tests.carrier_kit import served
    from tests.egress_contract import _reply

    class AskedEarly(Deliveries):
        """Answers the fetch's question as it stood before the other gateway announced its send."""

        async def states(self, ids: Sequence[str]) -> tuple[set[str], set[str]]:
            return set(), set()

    robot, posted = _recording_robot()
    s = fresh_settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 0.0, "startup_hold": False})
    h = MemoryTopics(s, s.chat.group_id)
    await h.setup()
    replies = [_reply("g1", "m1", n) for n in range(3)]
    store = await open_store(f"sqlite:///{tmp_path / 'delivered.db'}")
    try:
        assert await Deliveries(store.db).begin([replies[1].id]) == {replies[1].id}  # the other gateway's
        async with served(None, robot) as url:  # type: ignore[arg-type]
            groups = {"g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1")}
            for r in replies:
                await h.produce(s.topics.replies, b"m1", encode(r))
            async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]),
                                deliveries=AskedEarly(store.db))
                await tg.start(egress.run)
                with anyio.fail_after(20):
                    while egress.delivered < 2 or egress.queued:
                        await anyio.sleep(0.01)
                await anyio.sleep(0.3)  # (time for the left one to be sent, were it)
                tg.cancel_scope.cancel()
        assert egress.metrics.in_doubt._value.get() == 1  # (which of the two got it out: a person looks)
        (task,) = [decode_as(v, Escalation) for v in await h.read(s.topics.human, 1)]
        assert (task.reason, task.detail["reply_id"]) == ("reply_in_doubt", replies[1].id)
        assert await Deliveries(store.db).states([r.id for r in replies]) == (
            {replies[0].id, replies[2].id}, {replies[1].id})
    finally:
        await store.close()
    assert sorted(line for body in posted for line in body.split("\n")) == ["@u-m1 g1 第0条", "@u-m1 g1 第2条"]


async def test_a_long_reply_whose_later_part_fails_stays_announced(tmp_path: Path) -> None:
    """A reply longer than a message goes out in parts. The robot shows the first part and then refuses with
    HTTP 500: the reply is not taken back (a successor sending it whole would show the first part twice); it stays
    announced, in doubt to a later gateway, while this one goes on trying the part that failed."""
    import aiohttp
    import anyio
    from aiohttp import web

    from router.chat.deliveries import Deliveries
    from router.chat.egress import Egress
    from router.config import ChatGroup
    from router.contracts import Reply, encode
    from router.tickets.store import open_store
    from tests.carrier_kit import served

    posted: list[str] = []

    async def robot_app(request: web.Request) -> web.Response:
        if posted:
            return web.Response(status=500)
        posted.append(json.loads(await request.read())["text"]["content"])
        return web.json_response({"errcode": 0})

    robot = web.Application()
    robot.router.add_post("/cgi-bin/webhook/send", robot_app)
    s = fresh_settings(chat={"window_s": 1.0, "per_minute": 100, "linger_ms": 0.0, "startup_hold": False,
                             "max_bytes": 64, "retry_base_s": 0.05, "retry_max_s": 0.1})
    h = MemoryTopics(s, s.chat.group_id)
    await h.setup()
    long = Reply(id="r1:reply", request_id="r1", merchant="m1", group="g1", platform="wecom", mention=["u-m1"],
                 text="您好，" + "这是一条很长的回复，" * 12)
    store = await open_store(f"sqlite:///{tmp_path / 'delivered.db'}")
    try:
        deliveries = Deliveries(store.db)
        async with served(None, robot) as url:  # type: ignore[arg-type]
            groups = {"g1": ChatGroup(merchant="m1", platform="wecom", webhook=f"{url}/cgi-bin/webhook/send?key=k1")}
            await h.produce(s.topics.replies, b"m1", encode(long))
            async with aiohttp.ClientSession() as session, h.sink() as out, anyio.create_task_group() as tg:
                egress = Egress(s, groups, session, out, source=h.source([s.topics.replies]), deliveries=deliveries)
                await tg.start(egress.run)
                with anyio.fail_after(20):
                    while egress.metrics.sends.labels("wecom", "failed")._value.get() < 3:
                        await anyio.sleep(0.01)
                tg.cancel_scope.cancel()
        assert len(posted) == 1 and await deliveries.states([long.id]) == (set(), {long.id})
    finally:
        await store.close()


def _recording_robot() -> tuple[web.Application, list[str]]:
    """A WeCom robot that takes every message and keeps its text."""
    posted: list[str] = []

    async def robot_app(request: web.Request) -> web.Response:
        posted.append(json.loads(await request.read())["text"]["content"])
        return web.json_response({"errcode": 0})

    robot = web.Application()
    robot.router.add_post("/cgi-bin/webhook/send", robot_app)
    return robot, posted
