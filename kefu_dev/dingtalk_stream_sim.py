"""A DingTalk Stream gateway on 127.0.0.1, speaking the protocol of DingTalk's open platform as its official SDK
does (``dingtalk-stream``): ``POST /v1.0/gateway/connections/open`` with the application's clientId and
clientSecret answers a websocket endpoint and a ticket; over the websocket, robot messages go out as CALLBACK
frames (topic ``/v1.0/im/bot/messages/get``, the message as a JSON string in ``data``) and come back acknowledged
(``code`` 200, or an error for a message to deliver again, which the simulator does after ``redeliver_s``).

``push(message)`` queues a robot message (the body DingTalk's HTTP callback would carry); ``push_raw(text)`` a
frame as is (a malformed one, say); ``system(topic)`` a SYSTEM frame ("ping", or "disconnect", after which the
client is to connect again). ``acks`` holds each acknowledgement by message id; frames not acknowledged when a
connection ends are sent again on the next; ``refused_opens`` counts connection attempts with the wrong secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

TOPIC = "/v1.0/im/bot/messages/get"


@dataclass
class StreamSim:
    client_id: str
    client_secret: str
    redeliver_s: float = 0.5
    acks: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    refused_opens: int = 0
    opens: int = 0
    _tickets: set[str] = field(default_factory=set)
    system_acks: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    _queue: asyncio.Queue[tuple[str, str, str]] | None = None  # (message id, frame type, frame)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v1.0/gateway/connections/open", self._open)
        app.router.add_get("/gateway", self._gateway)
        return app

    def push(self, message: dict[str, Any]) -> str:
        """Queue a robot message for the connected client; returns its frame's message id."""
        frame_id = secrets.token_hex(8)
        data = json.dumps(message, ensure_ascii=False)
        self._q().put_nowait((frame_id, "CALLBACK", self._frame("CALLBACK", TOPIC, frame_id, data)))
        return frame_id

    def push_raw(self, text: str, frame_id: str = "") -> None:
        """Queue a frame as it is (``frame_id``: the message id it carries, to find its acknowledgement)."""
        self._q().put_nowait((frame_id or secrets.token_hex(8), "RAW", text))

    def system(self, topic: str) -> str:
        frame_id = secrets.token_hex(8)
        self._q().put_nowait((frame_id, "SYSTEM", self._frame("SYSTEM", topic, frame_id,
                                                            json.dumps({"opaque": frame_id}))))
        return frame_id

    def _frame(self, kind: str, topic: str, frame_id: str, data: str) -> str:
        return json.dumps({
            "specVersion": "1.0", "type": kind,
            "headers": {"appId": self.client_id, "connectionId": "c1", "contentType": "application/json",
                        "messageId": frame_id, "time": str(int(time.time() * 1000)), "topic": topic},
            "data": data}, ensure_ascii=False)

    def _q(self) -> asyncio.Queue[tuple[str, str, str]]:
        if self._queue is None:
            self._queue = asyncio.Queue()
        return self._queue

    async def _open(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except ValueError:
            return web.json_response({"code": "invalidParameter"}, status=400)
        if body.get("clientId") != self.client_id or body.get("clientSecret") != self.client_secret:
            self.refused_opens += 1
            return web.json_response({"code": "Forbidden.AccessDenied", "message": "bad credentials"}, status=403)
        if not any(s.get("topic") == TOPIC for s in body.get("subscriptions", [])):
            return web.json_response({"code": "invalidParameter", "message": "no subscription"}, status=400)
        ticket = secrets.token_urlsafe(16)
        self._tickets.add(ticket)
        self.opens += 1
        # (the websocket endpoint on the host and port the client reached)
        return web.json_response({"endpoint": f"ws://{request.host}/gateway", "ticket": ticket})

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        if request.query.get("ticket") not in self._tickets:
            raise web.HTTPUnauthorized()
        self._tickets.discard(request.query["ticket"])
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        sent: dict[str, tuple[str, str, str]] = {}

        async def send() -> None:
            while True:
                queued = await self._q().get()
                sent[queued[0]] = queued
                await ws.send_str(queued[2])

        sender = asyncio.ensure_future(send())  # (owned: cancelled when the connection ends)
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                ack = json.loads(msg.data)
                frame_id = ack.get("headers", {}).get("messageId", "")
                if frame_id not in sent:
                    continue
                again = sent.pop(frame_id)
                if again[1] == "SYSTEM":
                    self.system_acks[frame_id].append(int(ack.get("code", 0)))
                    continue
                self.acks[frame_id].append(int(ack.get("code", 0)))
                if ack.get("code") != 200:  # delivered again later
                    asyncio.get_running_loop().call_later(self.redeliver_s, self._q().put_nowait, again)
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
            for frame in sent.values():  # not acknowledged on this connection: sent again on the next
                self._q().put_nowait(frame)
        return ws
