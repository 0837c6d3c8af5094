"""The ingress answers 200 only once the broker acknowledged, 503 when it could not (the platform sends again)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from router.chat.ingress import Ingress
from router.config import ChatGroup, load_settings
from router.contracts import MerchantRequest, decode_request


class HeldSink:
    """A sink whose acknowledgements the test gives (or fails) by hand."""

    def __init__(self) -> None:
        self.records: list[tuple[str, bytes | None, bytes]] = []
        self.acks: list[asyncio.Future[Any]] = []

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        self.records += records
        ack: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.acks.append(ack)
        return ack

    async def flush(self) -> None:
        return None


async def _client(sink: HeldSink) -> TestClient:  # type: ignore[type-arg]
    settings = load_settings(env={"KEFU_CHAT__API_TOKEN": "t"})
    ingress = Ingress(settings, {"g1": ChatGroup(merchant="m1", platform="api")}, sink)
    client = TestClient(TestServer(ingress.app()))
    await client.start_server()
    return client


MSG = {"id": "42", "group": "g1", "sender": "u1", "text": "YT7514236985412 拦截"}
AUTH = {"Authorization": "Bearer t"}


async def _posted(client: TestClient, sink: HeldSink) -> asyncio.Task[Any]:  # type: ignore[type-arg]
    """POST the message; return once the ingress has handed it to the sink (the answer still pending)."""
    post = asyncio.create_task(client.post("/api/messages", json=MSG, headers=AUTH))
    while not sink.acks:
        await asyncio.sleep(0.01)
    return post


async def test_the_answer_waits_for_the_brokers_acknowledgement() -> None:
    sink = HeldSink()
    client = await _client(sink)
    try:
        post = await _posted(client, sink)
        await asyncio.sleep(0.2)
        assert not post.done()  # no answer while Kafka has not acknowledged
        sink.acks[0].set_result(None)
        response = await post
        assert response.status == 200
        assert (await response.json())["request_id"] == "api-42"
        topic, key, value = sink.records[0]
        request: MerchantRequest = decode_request(value)
        assert (topic, key, request.merchant, request.group, request.text) == (
            "kefu.requests", b"m1", "m1", "g1", MSG["text"])
    finally:
        await client.close()


async def test_a_failed_acknowledgement_is_answered_503_so_the_platform_sends_again() -> None:
    sink = HeldSink()
    client = await _client(sink)
    try:
        post = await _posted(client, sink)
        sink.acks[0].set_exception(ConnectionError("broker gone"))
        assert (await post).status == 503
    finally:
        await client.close()
