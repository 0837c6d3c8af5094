"""The Kafka sink on the real broker: records appended into per-partition batches per linger (an epoch)."""

from __future__ import annotations

import asyncio

import anyio
import pytest

from kefu_dev import kafka_tools as kafkatools
from router.errors import TransportError
from router.kafka import MAX_REQUEST_SIZE, KafkaSink, ensure_topics
from tests.harness import fresh_settings


async def test_each_partition_gets_the_calls_records_in_call_order_and_the_future_means_acknowledged() -> None:
    s = fresh_settings(topics={"partitions": 4}, kafka={"producer_linger_ms": 5})
    await ensure_topics(s)
    topics = (s.topics.replies, s.topics.activity)
    sent: list[tuple[str, bytes, bytes]] = []
    async with KafkaSink(s) as sink:
        first = await sink.enqueue([(s.topics.replies, b"k0", b"first")])
        await first
        # acknowledged means readable: the record is there without waiting for anything else
        got = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, 1, timeout_s=10)
        assert [m.value for m in got] == [b"first"]
        futures = []
        for i in range(3000):  # calls of one to three records, many keys, two topics, unkeyed ones too
            call = [(topics[(i + j) % 2], f"k{(i * 7 + j) % 23}".encode(), f"{i}.{j}".encode())
                    for j in range(1 + i % 3)]
            sent.extend(call)
            futures.append(await sink.enqueue(call))
            if i % 500 == 0:
                await anyio.sleep(0.01)  # let some epochs go out while others fill
        unkeyed = [await sink.enqueue([(s.topics.replies, None, f"u{i}".encode())]) for i in range(40)]
        await asyncio.gather(*futures, *unkeyed)
        assert len({id(f) for f in futures}) > 1  # several epochs, not one
    for topic in topics:
        got = await kafkatools.read_topic(s.kafka.bootstrap, topic, len([r for r in sent if r[0] == topic])
                                          + (41 if topic == s.topics.replies else 0), timeout_s=30)
        by_key: dict[bytes, list[bytes]] = {}
        for m in got:
            if m.key is not None and m.value != b"first":
                by_key.setdefault(m.key, []).append(m.value or b"")
        want: dict[bytes, list[bytes]] = {}
        for t, k, v in sent:
            if t == topic:
                want.setdefault(k, []).append(v)
        assert by_key == want  # every record once, each key's records in the order they were enqueued
        if topic == s.topics.replies:
            unkeyed_parts = {m.partition for m in got if m.key is None}
            assert len(unkeyed_parts) == 4  # spread over the partitions, not piled on one


async def test_the_open_epoch_is_sent_when_the_sink_closes_and_flush_waits_for_everything() -> None:
    s = fresh_settings(topics={"partitions": 2}, kafka={"producer_linger_ms": 10_000})  # never by the linger
    await ensure_topics(s)
    async with KafkaSink(s) as sink:
        acked = await sink.enqueue([(s.topics.replies, b"a", b"1"), (s.topics.replies, b"b", b"2")])
        await sink.flush()
        assert acked.done() and acked.exception() is None
        late = await sink.enqueue([(s.topics.replies, b"a", b"3")])
    assert late.done() and late.exception() is None  # closing delivered the open epoch
    got = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, 3, timeout_s=10)
    assert sorted(m.value or b"" for m in got) == [b"1", b"2", b"3"]


async def test_a_record_over_the_request_size_is_refused_and_others_still_go() -> None:
    s = fresh_settings(topics={"partitions": 1})
    await ensure_topics(s)
    async with KafkaSink(s) as sink:
        with pytest.raises(TransportError, match="maximum request size"):
            await sink.enqueue([(s.topics.dlq, b"k", b"x" * MAX_REQUEST_SIZE)])
        big = b"y" * (MAX_REQUEST_SIZE // 2)  # larger than a batch: it gets a batch of its own
        await (await sink.enqueue([(s.topics.dlq, b"k", b"small"), (s.topics.dlq, b"k", big)]))
    got = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.dlq, 2, timeout_s=10)
    assert [len(m.value or b"") for m in got] == [5, len(big)]


async def test_an_error_in_the_block_comes_out_as_raised_and_what_was_handed_over_is_sent() -> None:
    s = fresh_settings(topics={"partitions": 1}, kafka={"producer_linger_ms": 10_000})
    await ensure_topics(s)
    with pytest.raises(LookupError, match="the block's own"):  # not wrapped in a group by the sink's task group
        async with KafkaSink(s) as sink:
            await sink.enqueue([(s.topics.replies, b"k", b"before the error")])
            raise LookupError("the block's own")
    got = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, 1, timeout_s=10)
    assert [m.value for m in got] == [b"before the error"]
