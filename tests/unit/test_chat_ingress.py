"""The ingress answers 200 only once the broker acknowledged, 503 when it could not (the platform sends again)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from router.chat.api_auth import ApiAuth
from router.chat.ingress import Ingress
from router.config import ChatGroup, load_settings
from router.contracts import MerchantRequest, decode_request
from router.errors import ConfigError


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


TOKEN = "token-0123456789abcdef"


async def _client(sink: HeldSink) -> TestClient:  # type: ignore[type-arg]
    settings = load_settings(env={"KEFU_CHAT__API_TOKEN": TOKEN})
    ingress = Ingress(settings, {"g1": ChatGroup(merchant="m1", platform="api")}, sink)
    client = TestClient(TestServer(ingress.app()))
    await client.start_server()
    return client


MSG = {"id": "42", "group": "g1", "sender": "u1", "text": "YT7514236985412 拦截"}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


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
        assert (await response.json())["request_id"] == "api-2-g1-42"  # ids are the group's own
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


async def _api(tmp_path: Path, sink: HeldSink) -> TestClient:  # type: ignore[type-arg]
    """The API with two integrations: an ERP for g1, a shop system for g2 and g3."""
    (tmp_path / "shop").write_text("shop-token-0123456789\n")
    settings = load_settings(env={
        "KEFU_CHAT__API_SOURCES": '{"erp": {"token": "env:ERP_TOKEN", "groups": ["g1"]}, '
                                  f'"shop": {{"token": "file:{tmp_path / "shop"}", "groups": ["g2", "g3"]}}}}'})
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ERP_TOKEN", "erp-token-0123456789")
        ingress = Ingress(settings, {g: ChatGroup(merchant=f"m-{g}", platform="api") for g in ("g1", "g2", "g3")},
                          sink)
    client = TestClient(TestServer(ingress.app()))
    await client.start_server()
    return client


async def test_each_api_token_posts_for_its_own_groups_and_ids_are_the_groups_own(tmp_path: Path) -> None:
    sink = HeldSink()
    client = await _api(tmp_path, sink)

    async def post(token: str, group: str, msg_id: str = "7") -> int:
        ack = len(sink.acks)
        task = asyncio.create_task(client.post("/api/messages", json={**MSG, "group": group, "id": msg_id},
                                               headers={"Authorization": f"Bearer {token}"}))
        while not task.done() and len(sink.acks) == ack:
            await asyncio.sleep(0.005)
        if len(sink.acks) > ack:
            sink.acks[-1].set_result(None)
        return (await task).status

    try:
        assert await post("erp-token-0123456789", "g1") == 200
        assert await post("erp-token-0123456789", "g2") == 403  # not its group
        assert await post("shop-token-0123456789", "g2") == 200  # the same id "7", another group's
        assert await post("shop-token-01234567", "g2") == 401  # a token's beginning is no token
        assert await post("shop-token-0123456789x", "g2") == 401
        assert await post("erp-token-0123456789", "g1", "x" * 129) == 400
        async with client.post("/api/messages", json=MSG, headers={"Authorization": "Bearer 令牌"}) as r:
            assert r.status == 401
    finally:
        await client.close()
    assert [decode_request(v).id for _, _, v in sink.records] == ["api-2-g1-7", "api-2-g2-7"]


@pytest.mark.parametrize("sources,env,error", [
    ('{"erp": {"token": "env:T", "groups": ["g1"]}}', {"T": "short"}, "at least 16"),
    ('{"erp": {"token": "env:T", "groups": ["g1"]}, "shop": {"token": "env:T", "groups": ["g2"]}}',
     {"T": "same-token-0123456789"}, "the same token as erp"),
    ('{"erp": {"token": "erp-token-0123456789", "groups": ["g1"]}}', {}, "must reference the secret"),
    ('{"erp": {"token": "env:MISSING", "groups": ["g1"]}}', {}, "MISSING is not set"),
    ('{"erp": {"token": "env:T", "groups": []}}', {"T": "erp-token-0123456789"}, "groups is empty"),
])
def test_api_sources_that_cannot_work_are_refused_at_start(sources: str, env: dict[str, str], error: str) -> None:
    settings = load_settings(env={"KEFU_CHAT__API_SOURCES": sources})
    with pytest.raises(ConfigError, match=error) as e:
        ApiAuth.from_settings(settings.chat, env)
    assert "0123456789" not in str(e.value)  # never the token itself

