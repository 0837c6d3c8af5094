"""Signed callbacks against replay and malformed headers: each is taken once, within the window, and anything
malformed is a 401 with a reason, never a 500."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from router.chat import dingtalk, wecom
from router.chat.ingress import Ingress
from router.chat.replays import ReplayGuard
from router.config import ChatGroup, load_settings
from router.contracts import decode_request
from router.tickets.store import open_store

TOKEN = "tok"
AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
SECRET = "SECding"
GROUPS = {"cid-1": ChatGroup(merchant="m1", platform="dingtalk"), "wr-1": ChatGroup(merchant="m2", platform="wecom")}


class Sink:
    """Acknowledges at once, or fails while ``down``."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.down = False

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        ack: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if self.down:
            ack.set_exception(ConnectionError("broker gone"))
        else:
            self.texts += [decode_request(v).text for _, _, v in records]
            ack.set_result(None)
        return ack

    async def flush(self) -> None:
        return None


@asynccontextmanager
async def ingress(tmp_path: Path, sink: Sink, **chat: str) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    """An ingress over a replay guard in a store file of its own (two of them on one file: two gateways)."""
    env = {"KEFU_CHAT__DINGTALK_APP_SECRET": SECRET, "KEFU_CHAT__WECOM_TOKEN": TOKEN,
           "KEFU_CHAT__WECOM_AES_KEY": AES_KEY, **{f"KEFU_CHAT__{k.upper()}": v for k, v in chat.items()}}
    settings = load_settings(env=env)
    store = await open_store(f"sqlite:///{tmp_path / 'seen.db'}")
    client = TestClient(TestServer(Ingress(settings, GROUPS, sink, replays=ReplayGuard(
        store.db, settings.chat.callback_window_s)).app()))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()
        await store.close()


def ding(text: str, msg_id: str = "d1", at_ms: int | None = None, robot: str = "") -> tuple[dict[str, str], bytes]:
    ts = str(int(time.time() * 1000) if at_ms is None else at_ms)
    body = {"msgId": msg_id, "msgtype": "text", "conversationId": "cid-1", "senderStaffId": "s1",
            "robotCode": robot, "text": {"content": text}}
    return {"timestamp": ts, "sign": dingtalk.sign(ts, SECRET)}, json.dumps(body, ensure_ascii=False).encode()


def wecom_cb(text: str, msg_id: str = "w1", at_s: int | None = None) -> tuple[dict[str, str], bytes]:
    crypto = wecom.WeComCrypto(TOKEN, AES_KEY)
    enc = crypto.encrypt(json.dumps({"msgid": msg_id, "chatid": "wr-1", "from": {"userid": "u1"},
                                     "msgtype": "text", "text": {"content": text}}, ensure_ascii=False))
    ts, nonce = str(int(time.time()) if at_s is None else at_s), "n1"
    return {"msg_signature": crypto.sign(ts, nonce, enc), "timestamp": ts, "nonce": nonce}, json.dumps(
        {"encrypt": enc}).encode()


async def status(client: TestClient, path: str, body: bytes, *, headers: dict[str, str] | None = None,  # type: ignore[type-arg]
                 params: dict[str, str] | None = None) -> int:
    async with client.post(path, data=body, headers=headers, params=params) as r:
        return r.status


async def test_a_dingtalk_callback_is_taken_once_and_only_within_the_window(tmp_path: Path) -> None:
    sink = Sink()
    async with ingress(tmp_path, sink) as client:
        captured, body = ding("YT7514236985412 查件")
        assert await status(client, "/dingtalk/callback", body, headers=captured) == 200
        # the sign covers only the timestamp: the same request again, and the same one with its text changed
        _, forged = ding("YT7514236985412 拦截")
        assert await status(client, "/dingtalk/callback", body, headers=captured) == 401
        assert await status(client, "/dingtalk/callback", forged, headers=captured) == 401
        _, same_ms = ding("YT7514236985413 查件", msg_id="d2")  # another message signed in the same millisecond
        assert await status(client, "/dingtalk/callback", same_ms, headers=captured) == 200
        # signed 58 minutes ago: within DingTalk's hour, not within the gateway's window
        headers, old = ding("YT7514236985412 拦截", msg_id="d3", at_ms=int((time.time() - 58 * 60) * 1000))
        assert await status(client, "/dingtalk/callback", old, headers=headers) == 401
    async with ingress(tmp_path, sink) as other:  # another gateway (or this one restarted) on the same store
        assert await status(other, "/dingtalk/callback", forged, headers=captured) == 401
    assert sink.texts == ["YT7514236985412 查件", "YT7514236985413 查件"]


async def test_a_wecom_callback_is_taken_once_and_only_when_fresh(tmp_path: Path) -> None:
    sink = Sink()
    async with ingress(tmp_path, sink) as client:
        query, body = wecom_cb("YT7514236985412 查件")
        assert await status(client, "/wecom/callback", body, params=query) == 200
        assert await status(client, "/wecom/callback", body, params=query) == 401  # the replay
        query, body = wecom_cb("YT7514236985412 拦截", msg_id="w2", at_s=1)  # timestamp=1, correctly signed
        assert await status(client, "/wecom/callback", body, params=query) == 401
        query, body = wecom_cb("YT7514236985412 拦截", msg_id="w3", at_s=int(time.time()) + 3600)
        assert await status(client, "/wecom/callback", body, params=query) == 401
    assert sink.texts == ["YT7514236985412 查件"]


@pytest.mark.parametrize("field,value", [
    ("sign", "签名不对"), ("sign", ""), ("timestamp", "²"), ("timestamp", "1e3"), ("timestamp", "9" * 40),
    ("timestamp", "-5"), ("timestamp", "١٢٣"),
])
async def test_malformed_dingtalk_headers_are_401_never_500(tmp_path: Path, field: str, value: str) -> None:
    async with ingress(tmp_path, Sink()) as client:
        headers, body = ding("查件")
        headers[field] = value
        async with client.post("/dingtalk/callback", data=body,
                               headers={k: v.encode().decode("latin-1") for k, v in headers.items()}) as r:
            assert r.status == 401
            assert "error" in await r.json()


@pytest.mark.parametrize("field,value", [
    ("msg_signature", "签名"), ("timestamp", "²"), ("timestamp", "9" * 40), ("nonce", "随机"),
])
async def test_malformed_wecom_parameters_are_401_never_500(tmp_path: Path, field: str, value: str) -> None:
    async with ingress(tmp_path, Sink()) as client:
        query, body = wecom_cb("查件")
        assert await status(client, "/wecom/callback", body, params={**query, field: value}) == 401
        async with client.get("/wecom/callback", params={**query, field: value, "echostr": "x"}) as r:
            assert r.status == 401


async def test_a_callback_for_another_robot_is_refused(tmp_path: Path) -> None:
    sink = Sink()
    async with ingress(tmp_path, sink, dingtalk_robot_code="ding-robot-1") as client:
        headers, body = ding("查件", robot="ding-robot-2")
        assert await status(client, "/dingtalk/callback", body, headers=headers) == 401
        headers, body = ding("查件", msg_id="d2", robot="ding-robot-1")
        assert await status(client, "/dingtalk/callback", body, headers=headers) == 200
    assert sink.texts == ["查件"]


async def test_a_callback_the_broker_did_not_take_passes_when_the_platform_sends_it_again(tmp_path: Path) -> None:
    sink = Sink()
    async with ingress(tmp_path, sink) as client:
        headers, body = ding("YT7514236985412 查件")
        sink.down = True
        assert await status(client, "/dingtalk/callback", body, headers=headers) == 503
        sink.down = False
        assert await status(client, "/dingtalk/callback", body, headers=headers) == 200
        assert await status(client, "/dingtalk/callback", body, headers=headers) == 401
    assert sink.texts == ["YT7514236985412 查件"]


class HeldSink(Sink):
    """Acknowledges when the test says."""

    def __init__(self) -> None:
        super().__init__()
        self.acks: list[asyncio.Future[Any]] = []

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        ack: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.acks.append(ack)
        self.texts += [decode_request(v).text for _, _, v in records]
        return ack


async def test_a_repeat_while_the_first_is_being_taken_is_told_to_try_again_not_refused(tmp_path: Path) -> None:
    sink = HeldSink()
    async with ingress(tmp_path, sink) as client:
        headers, body = ding("YT7514236985412 查件")
        first = asyncio.create_task(status(client, "/dingtalk/callback", body, headers=headers))
        while not sink.acks:
            await asyncio.sleep(0.01)
        assert await status(client, "/dingtalk/callback", body, headers=headers) == 503  # the platform's retry
        sink.acks[0].set_exception(ConnectionError("broker gone"))
        assert await first == 503
        again = asyncio.create_task(status(client, "/dingtalk/callback", body, headers=headers))
        while len(sink.acks) < 2:
            await asyncio.sleep(0.01)
        sink.acks[1].set_result(None)
        assert await again == 200


async def test_a_staff_group_takes_messages_from_its_own_platform_only(tmp_path: Path) -> None:
    """The JSON API names any sender it likes: it never speaks in a staff group (as staff), and a group's
    messages come from its own platform."""
    sink = Sink()
    staff = json.dumps({"cid-staff": {"platform": "wecom"}})
    async with ingress(tmp_path, sink, staff_groups=staff, api_token="api-token-0123456789abcdef") as client:
        body = json.dumps({"group": "cid-staff", "id": "7", "sender": "u-zhang", "text": "#ABCD 已退款"}).encode()
        assert await status(client, "/api/messages", body,
                            headers={"Authorization": "Bearer api-token-0123456789abcdef"}) == 403
        headers, ding_body = ding("#ABCD 已退款")  # (a DingTalk message from cid-1, bound to a merchant: taken)
        staff_ding = ding_body.replace(b'"cid-1"', b'"cid-staff"')
        assert await status(client, "/dingtalk/callback", staff_ding, headers=headers) == 403  # wecom's group
    assert sink.texts == []
