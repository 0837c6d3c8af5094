"""DingTalk Stream mode: the robot's group messages come over a connection the gateway opens to DingTalk, so an
outlet needs no public endpoint (DingTalk's official ``dingtalk-stream`` SDK reads the frames;
``chat.dingtalk_stream_client_id`` and ``chat.dingtalk_stream_client_secret``, the robot application's AppKey and
AppSecret).

Each message is taken as a verified callback is (``Ingress.take_stream``: bound to its group's merchant and
outlet, published to the requests topic) and acknowledged only once Kafka has it. A message the broker did not
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

from router.chat import dingtalk
from router.errors import ConfigError

log = logging.getLogger("kefu.chat.stream")

# (msg id, conversation id, sender, text) -> the HTTP status the callback path would answer
Take = Callable[[str, str, str, str], Awaitable[int]]
ROBOT_TOPIC = "/v1.0/im/bot/messages/get"  # the SDK's ChatbotMessage.TOPIC
OPEN_URL = "https://api.dingtalk.com/v1.0/gateway/connections/open"
_OPEN_TIMEOUT_S = 10.0
_TAKE_ATTEMPTS = 4  # a message the broker did not take: tried this often (0.5, 1, 2 s apart) before failing it


def _handler(take: Take, robot_code: str) -> Any:
    """The SDK's callback handler for robot messages, around ``take`` (made here: the SDK is imported lazily)."""
    import dingtalk_stream  # type: ignore[import-untyped]

    class RobotMessages(dingtalk_stream.CallbackHandler):  # type: ignore[misc]
        async def process(self, callback: Any) -> tuple[int, str]:
            # (a message never to be taken is acknowledged all the same: DingTalk would deliver it for ever)
            ok = dingtalk_stream.AckMessage.STATUS_OK
            try:
                cb = dingtalk.callback_decoder.decode(msgspec.json.encode(callback.data))
            except (msgspec.DecodeError, msgspec.ValidationError, TypeError) as e:
                log.warning("dropped a stream message that is no robot message: %s", type(e).__name__)
                return ok, "ignored: not a robot message"
            if robot_code and cb.robot_code != robot_code:
                log.warning("dropped a stream message for another robot (chat.dingtalk_robot_code)")
                return ok, "ignored: another robot"
            if cb.msgtype != "text" or cb.text is None:
                return ok, "ignored"
            sender = cb.sender_staff_id or cb.sender_id
            for attempt in range(_TAKE_ATTEMPTS):
                if attempt:
                    await anyio.sleep(0.5 * 2 ** (attempt - 1))
                if await take(cb.msg_id, cb.conversation_id, sender, cb.text.content) < 500:
                    return ok, "OK"
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


async def run_stream(client_id: str, client_secret: str, take: Take, *, robot_code: str = "",
                     open_url: str = "", task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Receive the robot's messages until cancelled. ``open_url``: DingTalk's connection API (its own when
    empty; the simulator's in tests). Raises ConfigError when the first connection is refused."""
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
    client.register_callback_handler(ROBOT_TOPIC, _handler(take, robot_code))
    client.pre_start()
    started = False
    backoff = 1.0
    async with aiohttp.ClientSession() as session:
        while True:
            opened = await _open(session, open_url or OPEN_URL, client_id, client_secret)
            if opened is None and not started:  # at start, say what is wrong rather than retry for ever
                raise ConfigError(f"DingTalk refused to open a stream for {client_id!r} (or could not be "
                                          "reached): check chat.dingtalk_stream_client_id and its secret")
            if opened is not None:
                try:
                    async with websockets.connect(f"{opened[0]}?ticket={quote_plus(opened[1])}") as ws:
                        client.websocket = ws
                        if not started:
                            started = True
                            log.info("DingTalk Stream: connected as %s", client_id)
                            task_status.started()
                        async for raw in ws:
                            backoff = 1.0  # (reset by a frame, not by a connection that closes at once)
                            frame: Any = None
                            try:
                                frame = json.loads(raw)
                                routed = await client.route_message(frame)
                            except Exception as e:  # an unreadable frame ends neither the stream nor the gateway
                                log.warning("dropped an unreadable stream frame (%s)", type(e).__name__)
                                await _ack_unreadable(ws, frame)
                                continue
                            if routed == client.TAG_DISCONNECT:  # DingTalk is moving this connection: a new one
                                break
                except (OSError, websockets.exceptions.WebSocketException) as e:
                    log.warning("DingTalk Stream connection lost (%s); reconnecting", type(e).__name__)
            await anyio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)
