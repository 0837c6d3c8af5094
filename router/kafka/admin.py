"""Topics and the broker: creating and deleting the router's topics, waiting for leaders and for the broker."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

from router.config import Settings
from router.errors import TransportError
from router.kafka.errors import connecting
from router.kafka.security import client_security, described

TOPIC_ALREADY_EXISTS = 36


def topic_names(settings: Settings) -> list[str]:
    """Every topic the router and its companions use."""
    t = settings.topics
    return [t.requests, t.replies, t.tickets, t.human, t.dlq, t.carrier_events, t.human_replies, t.activity,
            t.staff_messages]


async def ensure_topics(settings: Settings, extra: Mapping[str, int] | None = None) -> list[str]:
    """Create the router's topics (auto-creation is off on our brokers). Returns the names created now."""
    t = settings.topics
    wanted = {name: t.partitions for name in topic_names(settings)}
    wanted.update(extra or {})
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka.bootstrap, client_id="kefu-router-admin",
                                **client_security(settings.kafka))
    try:
        with connecting(f"topic admin on {described(settings.kafka)} failed"):
            await admin.start()
            existing = set(await admin.list_topics())
            todo = [NewTopic(n, p, t.replication_factor) for n, p in wanted.items() if n not in existing]
            if not todo:
                return []
            resp = await admin.create_topics(todo)
            failed = [
                f"{name}: {msg or code}" for name, code, *rest in resp.topic_errors
                for msg in [rest[0] if rest else None]
                if code not in (0, TOPIC_ALREADY_EXISTS)
            ]
            if failed:
                raise TransportError("could not create topics: " + "; ".join(failed))
            await _wait_for_leaders(admin, [nt.name for nt in todo])
            return [nt.name for nt in todo]
    finally:
        await admin.close()


async def delete_topics(settings: Settings) -> None:
    """Delete the router's topics (a benchmark's own, made by ``isolated``): a broker that keeps every run's
    partitions grows slower, its heap filling with them."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka.bootstrap, client_id="kefu-router-admin",
                                **client_security(settings.kafka))
    try:
        with connecting(f"topic admin on {described(settings.kafka)} failed"):
            await admin.start()
            existing = set(await admin.list_topics())
            gone = [n for n in topic_names(settings) if n in existing]
            if gone:
                await admin.delete_topics(gone)
    finally:
        await admin.close()


async def _wait_for_leaders(admin: Any, topics: list[str], timeout_s: float = 30.0) -> None:
    """Creation returns before partition leaders are elected; producing before that only earns retries."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while loop.time() < deadline:
        described = await admin.describe_topics(topics)
        if all(
            t.get("error_code", 0) == 0 and t["partitions"] and all(p["leader"] >= 0 for p in t["partitions"])
            for t in described
        ):
            return
        await asyncio.sleep(0.1)
    raise TransportError(f"topics {topics} have no leaders after {timeout_s}s")


async def wait_for_broker(bootstrap: str, timeout_s: float = 60.0, security: Mapping[str, Any] | None = None) -> None:
    """Wait until the broker answers a metadata request (``security``: ``client_security``'s options)."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    last: Exception | None = None
    while asyncio.get_running_loop().time() < deadline:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000, **(security or {}))
        try:
            with connecting(f"Kafka at {bootstrap}"):
                await admin.start()
                await admin.describe_cluster()
            return
        except (TransportError, OSError) as e:
            last = e
            await asyncio.sleep(0.5)
        finally:
            with contextlib.suppress(KafkaError):
                await admin.close()
    raise TransportError(f"Kafka at {bootstrap} did not answer within {timeout_s}s; last: {last}")
