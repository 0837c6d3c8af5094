"""DingTalk Stream mode: the robot's group messages come over a connection the gateway opens to DingTalk, so an
outlet needs no public endpoint (DingTalk's official ``dingtalk-stream`` SDK reads the frames;
``chat.dingtalk_stream_client_id`` and ``chat.dingtalk_stream_client_secret``, the robot application's AppKey and
AppSecret).

Each message is taken as a verified callback is (``Ingress.take_stream``: read, checked to be the robot's
(``chat.dingtalk_robot_code``), bound to its group's merchant and outlet, counted, published to the requests
topic) and acknowledged only once Kafka has it. A message the broker did not
take is tried again here (DingTalk does not document that it delivers a message acknowledged as failed again), and
acknowledged as failed only when it still could not be taken. Its message id makes the request id, so a message
delivered twice is one request. A frame that cannot be read is acknowledged and dropped (logged by its type of
error, never its content): DingTalk would otherwise send it for ever, and it must not end the stream. The
connection is DingTalk's to authenticate (the AppSecret, over TLS): there is no per-message signature.

Ownership and cancellation: ``run_stream`` owns the connection and its loop; cancelling it closes the connection
(the HTTP call that opens one has a timeout and is cancellable). Messages are taken one at a time in the order
DingTalk sends them (a merchant's order kept), each acknowledged before the next is read. A lost or closed
connection, or DingTalk's "disconnect", is opened again with backoff.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote_plus

import aiohttp
import anyio
import msgspec
from anyio.abc import TaskStatus

from router.errors import ConfigError

log = logging.getLogger("kefu.chat.stream")

# a robot message (the body of DingTalk's HTTP callback) -> the HTTP status the callback path would answer
Take = Callable[[bytes], Awaitable[int]]
ROBOT_TOPIC = "/v1.0/im/bot/messages/get"  # the SDK's ChatbotMessage.TOPIC
_OPEN_TIMEOUT_S = 10.0
_TAKE_ATTEMPTS = 4  # a message the broker did not take: tried this often (0.5, 1, 2 s apart) before failing it


def _handler(take: Take) -> Any:
    """The SDK's callback handler for robot messages, around ``take`` (made here: the SDK is imported lazily)."""
    import dingtalk_stream  # type: ignore[import-untyped]

    class RobotMessages(dingtalk_stream.CallbackHandler):  # type: ignore[misc]
        async def process(self, callback: Any) -> tuple[int, str]:
            # (a message never to be taken is acknowledged all the same: DingTalk would deliver it for ever)
            try:
                body = msgspec.json.encode(callback.data)
            except (msgspec.EncodeError, TypeError):
                body = b""  # (refused by take as unreadable, and counted)
            for attempt in range(_TAKE_ATTEMPTS):
                if attempt:
                    await anyio.sleep(0.5 * 2 ** (attempt - 1))
                if await take(body) < 500:
                    return dingtalk_stream.AckMessage.STATUS_OK, "OK"
            log.error("a stream message could not be published after %d attempts; acknowledged as failed",
                      _TAKE_ATTEMPTS)
            return dingtalk_stream.AckMessage.STATUS_SYSTEM_EXCEPTION, "try again"

    return RobotMessages()


async def _open(session: aiohttp.ClientSession, url: str, client_id: str, client_secret: str
                ) -> tuple[str, str] | None:
    """A websocket endpoint and its ticket, as DingTalk's connection API answers them; None when refused or not
    reached (the reason logged, never the secret)."""
    body = {"clientId": client_id, "clientSecret": client_secret, "ua": "kefu-router",
            "subscriptions": [{"type": "CALLBACK", "topic": ROBOT_TOPIC}]}
    try:
        async with session.post(url, json=body, timeout=aiohttp.ClientTimeout(total=_OPEN_TIMEOUT_S)) as r:
            if r.status != 200:
                log.warning("DingTalk refused to open a stream for %s: HTTP %d", client_id, r.status)
                return None
            answer = await r.json(content_type=None)
        endpoint, ticket = answer["endpoint"], answer["ticket"]
        if not isinstance(endpoint, str) or not isinstance(ticket, str):
            raise TypeError("endpoint and ticket must be strings")
        return endpoint, ticket
    except (aiohttp.ClientError, TimeoutError, ValueError, KeyError, TypeError) as e:
        log.warning("could not open a DingTalk stream for %s (%s)", client_id, type(e).__name__)
        return None


async def _ack_unreadable(ws: Any, frame: Any) -> None:
    """Acknowledge a frame that could not be read, when its message id can be (else DingTalk sends it again)."""
    headers = frame.get("headers") if isinstance(frame, dict) else None
    message_id = headers.get("messageId") if isinstance(headers, dict) else None
    if isinstance(message_id, str):
        await ws.send(json.dumps({"code": 200, "headers": {"messageId": message_id,
                                                          "contentType": "application/json"},
                                  "message": "ignored: unreadable", "data": "{}"}))


async def run_stream(client_id: str, client_secret: str, take: Take, *, open_url: str,
                     task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Receive the robot's messages until cancelled. ``open_url``: DingTalk's connection API
    (``chat.dingtalk_stream_url``; the simulator's in tests). Raises ConfigError when the first connection is
    refused."""
    import dingtalk_stream
    import websockets

    if not client_id or not client_secret:
        raise ConfigError("DingTalk Stream needs chat.dingtalk_stream_client_id and its secret")
    # the SDK's client routes frames (acknowledging pings and callbacks); its own loop is not used (it opens
    # the connection with a blocking call on the event loop, swallows cancellation and leaves tasks unowned)
    sdk_log = logging.getLogger("kefu.chat.stream.sdk")
    sdk_log.setLevel(logging.ERROR)  # (it logs whole frames, message text included, at warning)
    client = dingtalk_stream.DingTalkStreamClient(dingtalk_stream.Credential(client_id, client_secret),
                                                  logger=sdk_log)
    client.register_callback_handler(ROBOT_TOPIC, _handler(take))
    client.pre_start()
    started = False
    backoff = 1.0
    async with aiohttp.ClientSession() as session:
        while True:
            opened = await _open(session, open_url, client_id, client_secret)
            if opened is None and not started:  # at start, say what is wrong rather than retry for ever
                raise ConfigError(f"DingTalk refused to open a stream for {client_id!r} (or could not be "
                                  "reached): check chat.dingtalk_stream_client_id and its secret")
            frames = [0]
            if opened is not None:
                try:
                    async with websockets.connect(f"{opened[0]}?ticket={quote_plus(opened[1])}") as ws:
                        client.websocket = ws
                        if not started:
                            started = True
                            log.info("DingTalk Stream: connected as %s", client_id)
                            task_status.started()
                        await _serve(client, ws, frames)
                except (OSError, websockets.exceptions.WebSocketException) as e:
                    log.warning("DingTalk Stream connection lost (%s); reconnecting", type(e).__name__)
            if frames[0]:  # (reset by a frame, not by a connection that closes at once)
                backoff = 1.0
            await anyio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)


async def _serve(client: Any, ws: Any, frames: list[int]) -> None:
    """Route one connection's frames (counted in ``frames[0]``) until it closes or DingTalk moves it elsewhere.
    A frame that cannot be read or routed is acknowledged and dropped; a connection lost, while reading or while
    acknowledging, raises websockets' error to the caller, which connects again."""
    import websockets

    async for raw in ws:
        frames[0] += 1
        frame: Any = None
        try:
            frame = json.loads(raw)
            routed = await client.route_message(frame)
        except websockets.exceptions.WebSocketException:
            raise
        except Exception as e:  # an unreadable frame ends neither the stream nor the gateway
            log.warning("dropped an unreadable stream frame (%s)", type(e).__name__)
            await _ack_unreadable(ws, frame)
            continue
        if routed == client.TAG_DISCONNECT:  # DingTalk is moving this connection: a new one
            return
