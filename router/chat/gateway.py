"""``kefu-router chat-gateway``: the ingress and the egress in one process, with its metrics endpoint.

Ingress and egress share one idempotent Kafka producer (requests in; dead letters and replies in doubt out) and one
HTTP session.
``run_gateway`` reports readiness through ``TaskGroup.start`` once the egress is consuming and the ingress is
listening (``chat.port = 0``: no ingress in this process, only the egress).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

import aiohttp
import anyio
from anyio.abc import TaskGroup, TaskStatus

from router.chat.deliveries import Deliveries, chat_store
from router.chat.egress import Egress
from router.chat.ingress import Ingress
from router.chat.metrics import ChatMetrics
from router.chat.replays import replay_guard
from router.config import ChatSettings, Settings
from router.config.secrets import read_secret
from router.contracts import Reply
from router.httpserve import serve_app
from router.kafka import KafkaSink
from router.outlet_store import followed_network, network_store
from router.outlets import Network

log = logging.getLogger("kefu.chat")


@dataclass(slots=True)
class Gateway:
    """What a running gateway exposes to its owner (the demo reads the egress; tests read both)."""

    ingress: Ingress
    egress: Egress
    port: int


async def run_gateway(settings: Settings, on_delivered: Callable[[Reply], None] | None = None,
                      *, task_status: TaskStatus[Gateway] = anyio.TASK_STATUS_IGNORED) -> None:
    """Run until cancelled. The egress commits what it delivered on the way out; ``on_delivered`` is told of
    each reply a platform accepted."""
    async with network_store(settings) as kept, chat_store(settings) as store, KafkaSink(settings) as sink, \
            aiohttp.ClientSession() as session, anyio.create_task_group() as tg:

        async def take(new: Network) -> None:  # a network: groups added or moved are taken while it runs
            egress.use_network(new)
            ingress.use_network(new)

        network = await followed_network(settings, kept, tg, take)
        groups = network.bindings()
        metrics = ChatMetrics()
        egress = Egress(settings, groups, session, sink, metrics, on_delivered, network=network,
                        deliveries=Deliveries(store.db))
        await tg.start(egress.run)
        ingress = Ingress(settings, groups, sink, metrics, network=network, replays=replay_guard(settings, store.db))
        if settings.chat.dingtalk_stream_client_id:
            await _start_stream(settings, ingress, tg)
        port = 0
        if settings.chat.port:
            port = await tg.start(serve_app, ingress.app(), settings.chat.host, settings.chat.port, "chat ingress")
        if settings.metrics.port:
            from router.ops import serve_ops

            await tg.start(serve_ops, metrics.registry, lambda: (True, []), settings.metrics.host,
                           settings.metrics.port)
        log.info("chat gateway: %d groups bound, replies from %s", len(groups), settings.topics.replies)
        task_status.started(Gateway(ingress, egress, port))


async def _start_stream(settings: Settings, ingress: Ingress, tg: TaskGroup) -> None:
    """DingTalk Stream mode beside (or instead of) the callbacks: messages over a connection the gateway opens."""
    from router.chat.dingtalk_stream import run_stream

    c = settings.chat
    await tg.start(partial(run_stream, c.dingtalk_stream_client_id, stream_secret(c), ingress.take_stream,
                           open_url=c.dingtalk_stream_url))


def stream_secret(chat: ChatSettings, env: Mapping[str, str] | None = None) -> str:
    """DingTalk Stream's AppSecret, read from where ``chat.dingtalk_stream_client_secret`` says ("" when Stream
    mode is off); raises ConfigError saying what to fix."""
    if not chat.dingtalk_stream_client_secret:
        return ""
    return read_secret(chat.dingtalk_stream_client_secret, "chat.dingtalk_stream_client_secret",
                       os.environ if env is None else env)
