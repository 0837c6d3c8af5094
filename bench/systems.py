"""Systems under test, each run as its own process: ``python -m bench.systems {router,passthrough,sequential}``.

Settings come from the environment exactly as for ``kefu-router run``. Each stops cleanly on SIGTERM.
- router: kefu-router with a handler that replies to every request, optionally after ``--delay-ms``
  (a stand-in for a carrier call).
- passthrough: raw aiokafka consume → produce of the same bytes, commit per batch: the ceiling.
- transactional: the passthrough with each batch's copies and offsets in one Kafka transaction (exactly once
  for read_committed readers): what exactly-once would cost.
- sequential: each partition's records handled one after another (``--delay-ms`` each), partitions in
  parallel: the naive approach.
- faststream: the customer-service pipeline (parser, handlers, carrier layer) as a FastStream subscriber: the
  framework a Python team would otherwise pick, as its documentation shows it.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
from collections.abc import Sequence

import anyio
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from faststream.kafka import KafkaBroker, KafkaMessage

from handlers.receipt import ReceiptHandler
from kefu.serve import serve
from router.config import Settings, load_settings
from router.contracts import MerchantRequest, Output, decode_request, encode
from router.registry import HandlerRegistry
from router.runtime import tune_gc


class DelayedReceipt:
    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.inner = ReceiptHandler()

    async def handle(self, request: MerchantRequest) -> Sequence[Output]:
        if self.delay_s:
            await anyio.sleep(self.delay_s)
        return await self.inner.handle(request)


def _clients(s: Settings, transactional_id: str | None = None) -> tuple[AIOKafkaConsumer, AIOKafkaProducer]:
    consumer = AIOKafkaConsumer(
        s.topics.requests, bootstrap_servers=s.kafka.bootstrap, group_id=s.kafka.group_id,
        enable_auto_commit=False, auto_offset_reset="earliest",
        isolation_level="read_committed" if transactional_id else "read_uncommitted",
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=s.kafka.bootstrap, acks="all", enable_idempotence=True, transactional_id=transactional_id,
        linger_ms=s.kafka.producer_linger_ms, max_batch_size=256 * 1024,
    )
    return consumer, producer


async def passthrough(s: Settings, stop: anyio.Event) -> None:
    consumer, producer = _clients(s)
    await consumer.start()
    await producer.start()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100, max_records=s.kafka.fetch_max_records)
            futures = [
                await producer.send(s.topics.replies, m.value, key=m.key) for msgs in batches.values() for m in msgs
            ]
            if futures:
                await asyncio.gather(*futures)
                await consumer.commit()
    finally:
        await consumer.stop()
        await producer.stop()


async def transactional(s: Settings, stop: anyio.Event) -> None:
    """The passthrough, exactly once: each fetched batch's copies and its consumed offsets in one Kafka
    transaction (consume-transform-produce), so a crash can duplicate nothing a read_committed reader sees."""
    consumer, producer = _clients(s, transactional_id=f"{s.kafka.group_id}-tx")
    await consumer.start()
    await producer.start()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100, max_records=s.kafka.fetch_max_records)
            if not batches:
                continue
            async with producer.transaction():
                for msgs in batches.values():
                    for m in msgs:
                        await producer.send(s.topics.replies, m.value, key=m.key)
                offsets = {tp: msgs[-1].offset + 1 for tp, msgs in batches.items()}
                await producer.send_offsets_to_transaction(offsets, s.kafka.group_id)
    finally:
        await consumer.stop()
        await producer.stop()


async def sequential(s: Settings, delay_s: float, stop: anyio.Event) -> None:
    consumer, producer = _clients(s)
    await consumer.start()
    await producer.start()
    handler = DelayedReceipt(delay_s)

    async def one_partition(msgs: list[object]) -> None:
        for m in msgs:
            reply = (await handler.handle(decode_request(m.value)))[0]  # type: ignore[attr-defined]
            await (await producer.send(s.topics.replies, encode(reply), key=m.key))  # type: ignore[attr-defined]

    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100, max_records=s.kafka.fetch_max_records)
            if batches:
                await asyncio.gather(*(one_partition(list(msgs)) for msgs in batches.values()))
                await consumer.commit()
    finally:
        await consumer.stop()
        await producer.stop()


async def faststream(s: Settings, stop: anyio.Event) -> None:
    """The same pipeline (parse, ownership check, intent handlers, carrier layer) as a FastStream app written
    the way its documentation shows: one subscriber on the requests topic, outputs published from the handler."""
    from handlers.customer_service import build
    from router.carrier.carriers import http_pool
    from router.contracts import Activity, DeadLetter, Escalation, Reply, Ticket
    from router.errors import DecodeError

    topic_of = {Reply: s.topics.replies, Ticket: s.topics.tickets, Escalation: s.topics.human,
                DeadLetter: s.topics.dlq, Activity: s.topics.activity}
    broker = KafkaBroker(s.kafka.bootstrap)
    async with http_pool(s.carrier) as pool, anyio.create_task_group() as tg:
        service, carriers = build(s, pool)
        await tg.start(carriers.run)

        @broker.subscriber(s.topics.requests, group_id=s.kafka.group_id, auto_offset_reset="earliest")
        async def handle(msg: KafkaMessage) -> None:
            try:
                request = decode_request(msg.body)
            except DecodeError:
                return
            for out in await service.handle(request):
                await broker.publish(encode(out), topic=topic_of[type(out)], key=request.merchant.encode())

        await broker.start()
        try:
            await stop.wait()
        finally:
            await broker.stop()
            tg.cancel_scope.cancel()


async def _until_signal(body: object, *args: object) -> None:
    tune_gc()  # the same collector settings as kefu-router run: the comparison is of the code, not of the GC
    stop = anyio.Event()
    async with anyio.create_task_group() as tg:

        async def watch() -> None:
            with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as sigs:
                async for _ in sigs:
                    stop.set()
                    return

        tg.start_soon(watch)
        await body(*args, stop)  # type: ignore[operator]
        tg.cancel_scope.cancel()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("system", choices=["router", "passthrough", "transactional", "sequential", "faststream"])
    p.add_argument("--delay-ms", type=float, default=0.0)
    args = p.parse_args()
    s = load_settings()
    delay = args.delay_ms / 1000
    if args.system == "router":
        registry = HandlerRegistry()
        registry.register("receipt", DelayedReceipt(delay))
        anyio.run(serve, s, registry, backend_options={"use_uvloop": True})
    elif args.system == "faststream":
        anyio.run(_until_signal, faststream, s, backend_options={"use_uvloop": True})
    elif args.system == "passthrough":
        anyio.run(_until_signal, passthrough, s, backend_options={"use_uvloop": True})
    elif args.system == "transactional":
        anyio.run(_until_signal, transactional, s, backend_options={"use_uvloop": True})
    else:
        anyio.run(_until_signal, sequential, s, delay, backend_options={"use_uvloop": True})


if __name__ == "__main__":
    main()
