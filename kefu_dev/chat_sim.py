"""A local stand-in for the chat platforms' robot webhooks (``python -m kefu_dev chat-sim``), for tests and the demo.

It answers as WeCom (``POST /cgi-bin/webhook/send?key=KEY``) and DingTalk (``POST /robot/send?access_token=T``,
with ``timestamp``/``sign`` checked when a secret is registered for the token) do, and checks what the platforms
would: the JSON shape, content at most ``max_bytes`` of UTF-8, and no more than ``per_minute`` messages in any
``window_s`` per robot. Over the rate it answers the platform's own error code (WeCom 45009, DingTalk 130101) and
counts a violation; the egress must never cause one. ``fail_rate`` answers HTTP 500 to that share of requests
(seeded), to exercise retries. Everything accepted is kept in ``messages``.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

import msgspec
from aiohttp import web

from router.chat import dingtalk, wecom


@dataclass(frozen=True, slots=True)
class Received:
    platform: str
    robot: str  # the webhook key or access token
    content: str
    mentions: tuple[str, ...]
    at: float  # time.time()


# The hosts a gateway must allow robot webhooks to (chat.webhook_hosts) to send to this simulator on this machine.
WEBHOOK_HOSTS = {"wecom": ["127.0.0.1"], "dingtalk": ["127.0.0.1"]}


@dataclass(slots=True)
class ChatSimStats:
    accepted: int = 0
    rejected: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # reason → count
    violations: int = 0  # sends over the rate limit
    failed_on_purpose: int = 0


class ChatSim:
    def __init__(self, per_minute: int = 20, window_s: float = 60.0, max_bytes: int = 2048,
                 fail_rate: float = 0.0, seed: int = 1, secrets: dict[str, str] | None = None) -> None:
        self.per_minute, self.window_s, self.max_bytes = per_minute, window_s, max_bytes
        self.fail_rate = fail_rate
        self._rng = random.Random(seed)
        self._secrets = secrets or {}  # DingTalk access token → its signing secret
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self.messages: list[Received] = []
        self.stats = ChatSimStats()

    def __repr__(self) -> str:
        return (f"<ChatSim accepted={self.stats.accepted} violations={self.stats.violations} "
                f"{self.per_minute}/{self.window_s}s ≤{self.max_bytes}B>")

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/cgi-bin/webhook/send", self.wecom)
        app.router.add_post("/robot/send", self.dingtalk)
        app.router.add_get("/stats", self._stats)
        return app

    async def _stats(self, _request: web.Request) -> web.Response:
        return web.json_response({"accepted": self.stats.accepted, "violations": self.stats.violations,
                                  "rejected": dict(self.stats.rejected), "messages": len(self.messages)})

    def _reject(self, reason: str, errcode: int, errmsg: str) -> web.Response:
        self.stats.rejected[reason] += 1
        return web.json_response({"errcode": errcode, "errmsg": errmsg})

    def _over_rate(self, robot: str) -> bool:
        now = time.monotonic()
        recent = self._recent[robot]
        while recent and recent[0] <= now - self.window_s:
            recent.popleft()
        recent.append(now)  # the platform counts every request it gets
        return len(recent) > self.per_minute

    def _fail(self) -> bool:
        if self.fail_rate and self._rng.random() < self.fail_rate:
            self.stats.failed_on_purpose += 1
            return True
        return False

    def _accept(self, platform: str, robot: str, content: str, mentions: list[str]) -> web.Response:
        self.stats.accepted += 1
        self.messages.append(Received(platform, robot, content, tuple(mentions), time.time()))
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    def _admit(self, robot: str, no_key: tuple[int, str], rate: tuple[int, str]) -> web.Response | None:
        """What every webhook checks before it reads the message: a robot named, injected failures, the rate."""
        if not robot:
            return self._reject("no_key", *no_key)
        if self._fail():
            return web.Response(status=500, text="injected failure")
        if self._over_rate(robot):
            self.stats.violations += 1
            return self._reject("rate", *rate)
        return None

    async def wecom(self, request: web.Request) -> web.Response:
        robot = request.query.get("key", "")
        refused = self._admit(robot, (93000, "invalid webhook url"), (wecom.RATE_LIMITED, "api freq out of limit"))
        return refused or self._wecom_message(robot, await request.read())

    def _wecom_message(self, robot: str, body: bytes) -> web.Response:
        try:
            msg = msgspec.json.decode(body, type=wecom.Message)
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            return self._reject("format", 40008, f"invalid message: {e}")
        if msg.msgtype != "text":
            return self._reject("format", 40008, "msgtype must be text")
        if len(msg.text.content.encode()) > self.max_bytes:
            return self._reject("too_long", 40058, f"content exceeds {self.max_bytes} bytes")
        return self._accept("wecom", robot, msg.text.content, msg.text.mentioned_list)

    async def dingtalk(self, request: web.Request) -> web.Response:
        robot = request.query.get("access_token", "")
        # no secret is registered for an empty token, so its "no_key" answer comes from _admit as before
        refused = self._unsigned(request, robot) or self._admit(
            robot, (300001, "token is not exist"), (130101, "send too fast, exceed 20 times per minute"))
        return refused or self._dingtalk_message(robot, await request.read())

    def _unsigned(self, request: web.Request, robot: str) -> web.Response | None:
        """A robot with signing switched on refuses a call without a good timestamp and sign."""
        secret = self._secrets.get(robot)
        if not secret:
            return None
        try:
            dingtalk.verify(request.query.get("timestamp", ""), request.query.get("sign", ""), secret)
        except dingtalk.SignatureError as e:
            return self._reject("sign", 310000, f"sign not match: {e}")
        return None

    def _dingtalk_message(self, robot: str, body: bytes) -> web.Response:
        try:
            msg = msgspec.json.decode(body, type=dingtalk.Message)
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            return self._reject("format", 40035, f"invalid message: {e}")
        if len(msg.text.content.encode()) > self.max_bytes:
            return self._reject("too_long", 460101, f"content exceeds {self.max_bytes} bytes")
        missing = [u for u in msg.at.at_user_ids if f"@{u}" not in msg.text.content]
        if missing:  # DingTalk shows a mention only when the content carries "@userid"
            return self._reject("mention", 40035, f"content lacks @{missing[0]}")
        return self._accept("dingtalk", robot, msg.text.content, msg.at.at_user_ids)

