"""DingTalk Stream mode: the robot's group messages come over a connection the gateway opens to DingTalk, so an
outlet needs no public endpoint (DingTalk's official ``dingtalk-stream`` SDK; ``chat.dingtalk_stream_client_id``
and ``chat.dingtalk_stream_client_secret``, the robot application's AppKey and AppSecret).

Each message is taken as a verified callback is (``Ingress.take_stream``: bound to its group's merchant and
outlet, published to the requests topic) and acknowledged only once Kafka has it: a message the broker did not
take is answered with an error, and DingTalk delivers it again. Its message id makes the request id, so a message
delivered twice is one request. The connection is DingTalk's to authenticate (the AppSecret, over TLS): there is
no per-message signature to check.

Ownership and cancellation: ``run_stream`` owns the connection and its loop (the SDK's client gives the pieces:
opening the connection, routing a frame, acknowledging it); cancelling it closes the connection. Messages are
taken one at a time in the order DingTalk sends them (a merchant's order kept), each acknowledged before the next
is read; a lost connection is opened again with backoff.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote_plus

import anyio
import msgspec
from anyio.abc import TaskStatus

from router.chat import dingtalk

log = logging.getLogger("kefu.chat.stream")

# (msg id, conversation id, sender, text) -> the HTTP status the callback path would answer
Take = Callable[[str, str, str, str], Awaitable[int]]
ROBOT_TOPIC = "/v1.0/im/bot/messages/get"  # the SDK's ChatbotMessage.TOPIC


class StreamSettingsError(ValueError):
    """The stream cannot be opened as configured."""


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
                return dingtalk_stream.AckMessage.STATUS_OK, "ignored"
            status = await take(cb.msg_id, cb.conversation_id, cb.sender_staff_id or cb.sender_id, cb.text.content)
            if status >= 500:  # the broker did not take it: DingTalk delivers it again
                return dingtalk_stream.AckMessage.STATUS_SYSTEM_EXCEPTION, "try again"
            return dingtalk_stream.AckMessage.STATUS_OK, "OK"

    return RobotMessages()


async def run_stream(client_id: str, client_secret: str, take: Take, *, robot_code: str = "",
                     open_url: str = "", task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Receive the robot's messages until cancelled. ``open_url``: DingTalk's connection API (its default when
    empty; the simulator's in tests). Raises StreamSettingsError when DingTalk refuses the first connection."""
    import dingtalk_stream
    import websockets

    if not client_id or not client_secret:
        raise StreamSettingsError("DingTalk Stream needs chat.dingtalk_stream_client_id and its secret")
    client = dingtalk_stream.DingTalkStreamClient(dingtalk_stream.Credential(client_id, client_secret),
                                                  logger=logging.getLogger("kefu.chat.stream.sdk"))
    if open_url:
        # (the SDK reads it from the class: one stream client per process)
        dingtalk_stream.DingTalkStreamClient.OPEN_CONNECTION_API = open_url
    client.register_callback_handler(ROBOT_TOPIC, _handler(take, robot_code))
    client.pre_start()
    # The SDK's own loop (DingTalkStreamClient.start) opens the connection with a blocking HTTP call on the event
    # loop, swallows cancellation and leaves a task per message unowned; this loop uses its pieces instead: the
    # connection opened in a thread, each message routed (and acknowledged) in turn, reconnecting with backoff.
    started = False
    backoff = 1.0
    while True:
        connection = await anyio.to_thread.run_sync(client.open_connection)
        if connection is None:
            if not started:  # at start, say what is wrong rather than retry for ever
                raise StreamSettingsError(f"DingTalk refused to open a stream for {client_id!r} (or could not be "
                                          "reached): check chat.dingtalk_stream_client_id and its secret")
            await anyio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)
            continue
        uri = f"{connection['endpoint']}?ticket={quote_plus(connection['ticket'])}"
        try:
            async with websockets.connect(uri) as ws:
                client.websocket = ws
                if not started:
                    started = True
                    log.info("DingTalk Stream: connected as %s", client_id)
                    task_status.started()
                backoff = 1.0
                async for raw in ws:
                    await client.route_message(json.loads(raw))
        except (OSError, websockets.exceptions.WebSocketException, ValueError) as e:
            log.warning("DingTalk Stream connection lost (%s); reconnecting", type(e).__name__)
            await anyio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)
