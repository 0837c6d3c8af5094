"""The ticket follower's contract, run on the in-memory broker (tests/unit) and on Apache Kafka
(tests/integration): a carrier's result reaches the merchant once, whatever is delivered twice; bad records go
to the dead letters and the rest goes on; everything handled is committed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import anyio
import msgspec

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


    async def test_a_persons_answer_reaches_only_the_tickets_own_group(self, tmp_path: Path) -> None:
        """A person's answer naming a ticket goes to that ticket's merchant's group, in its outlet; one sent to
        another merchant's group (a slip, or a forged record) is a dead letter and the ticket is left as it was."""
        h = self._harness()
        await h.setup()
        t = h.settings.topics
        await h.produce(t.tickets, b"m1", encode(msgspec.structs.replace(ticket(1, "damaged"), outlet="hz")))
        await h.produce(t.tickets, b"m2", encode(ticket(2, "damaged", merchant="m2")))
        right = HumanReply(id="h1", ticket_id="r1:damaged:W1", merchant="m1", group="g-m1", text="已登记破损")
        wrong_group = HumanReply(id="h2", ticket_id="r1:damaged:W1", merchant="m2", group="g-m2", text="别人的答复")
        wrong_outlet = HumanReply(id="h3", ticket_id="r1:damaged:W1", merchant="m1", group="g-m1", text="越界",
                                  outlet="sh")
        for a in (wrong_group, right, wrong_outlet):
            await h.produce(t.human_replies, a.merchant.encode(), encode(a))

        async def settled() -> None:
            await h.read(t.replies, 1)
            await h.read(t.dlq, 2)
            await all_committed(h, t.human_replies, t.tickets)

        await self._following(h, tmp_path, settled)
        replies = [decode_as(v, Reply) for v in await h.read(t.replies, 2, timeout_s=1.0)]
        letters = [decode_as(v, DeadLetter) for v in await h.read(t.dlq, 2)]
        assert [(r.id, r.group, r.text, r.outlet) for r in replies] == [("h1:relay", "g-m1", "已登记破损", "hz")]
        assert sorted((decode_as(d.value or b"", HumanReply).id, d.reason) for d in letters) == [
            ("h2", "not_the_tickets_group"), ("h3", "not_the_tickets_group")]
