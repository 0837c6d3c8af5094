"""The ticket follower's contract, run on the in-memory broker (tests/unit) and on Apache Kafka
(tests/integration): a carrier's result reaches the merchant once, whatever is delivered twice; bad records go
to the dead letters and the rest goes on; everything handled is committed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import anyio

from router.config import Settings
from router.contracts import DeadLetter, HumanReply, Reply, decode_as, encode
from router.tickets.follower import Follower
from router.tickets.store import open_store
from tests.store_contract import event, ticket
from tests.topics import TopicsHarness, all_committed


class FollowerContract:
    make: Callable[[Settings, str], TopicsHarness]
    settings: Callable[[], Settings]

    def _harness(self) -> TopicsHarness:
        s = self.settings()
        return self.make(s, s.tickets.group_id)

    async def _following(self, h: TopicsHarness, tmp_path: Path, until: Callable[[], Awaitable[None]]) -> None:
        store = await open_store(f"sqlite:///{tmp_path / 'tickets.db'}")
        try:
            async with h.sink() as sink, anyio.create_task_group() as tg:
                t = h.settings.topics
                source = h.source([t.tickets, t.carrier_events, t.human_replies, t.activity])
                await tg.start(Follower(h.settings, store, sink, source=source).run)
                await until()
                tg.cancel_scope.cancel()
        finally:
            await store.close()

    async def test_a_result_reaches_the_merchant_once_though_delivered_twice(self, tmp_path: Path) -> None:
        h = self._harness()
        await h.setup()
        t = h.settings.topics
        await h.produce(t.tickets, b"m1", encode(ticket(1)))
        await h.produce(t.carrier_events, b"W1", encode(event(1, "ev1")))

        async def told() -> None:
            await h.read(t.replies, 1)
            await all_committed(h, t.tickets, t.carrier_events)

        await self._following(h, tmp_path, told)
        # the carrier posts its result again (and our receiver publishes it again): nobody is told twice
        await h.produce(t.carrier_events, b"W1", encode(event(1, "ev1")))
        await self._following(h, tmp_path, lambda: all_committed(h, t.carrier_events))
        replies = [decode_as(v, Reply) for v in await h.read(t.replies, 2, timeout_s=1.0)]
        assert [(r.id, r.group, r.text) for r in replies] == [
            ("r1:intercept:W1:result", "g-m1", "W1 拦截成功，包裹将退回")]

    async def test_bad_records_go_to_the_dead_letters_and_the_rest_goes_on(self, tmp_path: Path) -> None:
        h = self._harness()
        await h.setup()
        t = h.settings.topics
        await h.produce(t.human_replies, b"m1", b'{"not": "an answer"')
        answer = HumanReply(id="h1", merchant="m1", group="g-m1", platform="demo", text="已核实，请取件")
        await h.produce(t.human_replies, b"m1", encode(answer))

        async def relayed() -> None:
            await h.read(t.replies, 1)
            await h.read(t.dlq, 1)
            await all_committed(h, t.human_replies)

        await self._following(h, tmp_path, relayed)
        (reply,) = [decode_as(v, Reply) for v in await h.read(t.replies, 1)]
        (letter,) = [decode_as(v, DeadLetter) for v in await h.read(t.dlq, 1)]
        assert (reply.group, reply.text) == ("g-m1", "已核实，请取件")
        assert (letter.reason, letter.topic) == ("undecodable", t.human_replies)

