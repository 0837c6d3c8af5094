"""The follower's handling of one fetched batch, on SQLite and without a broker: bad records, unknown and
out-of-order events never stop it; results become replies once."""

from __future__ import annotations

from pathlib import Path

import msgspec

from router.carrier.model import CarrierEvent
from router.contracts import DeadLetter, Reply, decode_as, encode
from router.source import Record
from router.testing import MemoryBroker, MemorySink
from router.tickets.follower import Follower
from router.tickets.store import open_store
from tests.harness import fresh_settings
from tests.store_contract import ticket


def Rec(topic: str, value: bytes, partition: int = 0, offset: int = 0, key: bytes | None = b"m1") -> Record:
    return Record(topic, partition, offset, key, value)


async def test_a_batch_with_garbage_unknown_and_late_events(tmp_path: Path) -> None:
    s = fresh_settings()
    t = s.topics
    store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
    f = Follower(s, store, MemorySink(MemoryBroker()))
    ok = CarrierEvent(id="e1", carrier="zto", waybill="W1", key="K1", op="intercept", event="succeeded")
    late = msgspec.structs.replace(ok, id="e2", event="failed")
    unknown = msgspec.structs.replace(ok, id="e3", key="K404", waybill="W404")
    out = await f.handle([
        Rec(t.tickets, encode(ticket(1))),
        Rec(t.carrier_events, b"{not json", offset=7),
        Rec(t.carrier_events, encode(ok)),
        Rec(t.carrier_events, encode(late)),
        Rec(t.carrier_events, encode(unknown)),
        Rec(t.carrier_events, encode(ok)),  # the carrier sent it twice
    ])
    replies = [decode_as(v, Reply) for topic, _, v in out if topic == t.replies]
    letters = [decode_as(v, DeadLetter) for topic, _, v in out if topic == t.dlq]
    assert [r.text for r in replies] == ["W1 拦截成功，包裹将退回"]
    assert replies[0].mention == ["u1"] and replies[0].group == "g-m1"
    assert [(d.topic, d.offset, d.value) for d in letters] == [(t.carrier_events, 7, b"{not json")]
    counted = {s.labels["outcome"]: s.value for m in f.metrics.registry.collect() for s in m.samples
               if m.name == "kefu_carrier_events" and s.name.endswith("_total")}
    assert counted == {"applied": 1.0, "late": 1.0, "orphan": 1.0, "duplicate": 1.0}
    again = await f.handle([Rec(t.carrier_events, encode(ok))])  # a redelivered batch tells nobody again
    assert again == []
    await store.close()


async def test_a_dead_letter_keeps_no_phone_number_and_says_where_the_record_is(tmp_path: Path) -> None:
    s = fresh_settings()
    store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
    try:
        f = Follower(s, store, MemorySink(MemoryBroker()))
        (out,) = await f.handle([Rec(s.topics.human_replies, b'{"text": "call 13812345678", "merchant": 1}',
                                     partition=2, offset=7)])
    finally:
        await store.close()
    topic, key, value = out
    letter = decode_as(value, DeadLetter)
    assert topic == s.topics.dlq and key == b"m1"
    assert (letter.topic, letter.partition, letter.offset) == (s.topics.human_replies, 2, 7)
    assert letter.value is not None and b"138****5678" in letter.value and b"13812345678" not in letter.value


async def test_ticket_text_is_forgotten_past_its_retention_and_kept_when_retention_is_off(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
    try:
        await store.open([ticket(1)], {"intercept": 100.0}, 10.0, now=1000.0)
        await store.apply_events([CarrierEvent(id="e1", carrier="zto", waybill="W1", key="K1", op="intercept",
                                               event="succeeded")], now=1000.0)
        kept = Follower(fresh_settings(tickets={"text_retention_days": 0.0}), store, MemorySink(MemoryBroker()))
        assert await kept.purge_text(now=1000.0 + 365 * 86400) == 0
        f = Follower(fresh_settings(tickets={"text_retention_days": 30.0}), store, MemorySink(MemoryBroker()))
        assert await f.purge_text(now=1000.0 + 29 * 86400) == 0
        assert await f.purge_text(now=1000.0 + 31 * 86400) == 1
        t = await store.get("r1:intercept:W1")
        assert t is not None and t.text == ""
    finally:
        await store.close()
