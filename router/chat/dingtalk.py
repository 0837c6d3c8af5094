"""DingTalk (钉钉) robots: callbacks in (``timestamp`` + ``sign`` headers), webhook messages out.

- A callback carries ``timestamp`` (ms) and ``sign`` = base64(HmacSHA256(key=AppSecret, timestamp + "\\n" +
  AppSecret)); DingTalk documents refusing it when the timestamp is more than an hour from now.
- The robot webhook (``…/robot/send?access_token=…``) with signing on takes ``&timestamp=…&sign=…``, the same
  HMAC over the robot's SEC… secret, URL-encoded. A text message is ``{"msgtype": "text", "text": {"content"},
  "at": {"atUserIds": [...]}}``; the content must contain "@userid" for each mention to show as one.
- 20 messages a minute per robot; over that the robot is throttled for 10 minutes (errcode 130101 and kin).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import urllib.parse

import msgspec

from router.chat.replays import fresh
from router.errors import KefuError

MAX_SKEW_MS = 3600 * 1000


class SignatureError(KefuError):
    """Missing, stale or wrong ``timestamp``/``sign``."""


def sign(timestamp_ms: str, secret: str) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify(timestamp_ms: str, signature: str, secret: str, now_ms: float | None = None,
           window_ms: float = MAX_SKEW_MS) -> None:
    """Raises SignatureError unless ``signature`` is the secret's for ``timestamp_ms``, within ``window_ms`` of now
    (DingTalk's own limit is an hour; the gateway keeps a shorter one, ``chat.callback_window_s``). Headers of
    any other shape (not ASCII digits, not ASCII) are refused as such, never raised as something else."""
    if not (timestamp_ms.isascii() and timestamp_ms.isdigit() and len(timestamp_ms) <= 16):
        raise SignatureError("timestamp header missing or not milliseconds")
    if not fresh(int(timestamp_ms) / 1000, window_ms / 1000, None if now_ms is None else now_ms / 1000):
        raise SignatureError(f"timestamp more than {window_ms / 1000:g} s away")
    if not signature.isascii() or not hmac.compare_digest(signature, sign(timestamp_ms, secret)):
        raise SignatureError("sign does not match")


def signed_url(webhook: str, secret: str, now_ms: int | None = None) -> str:
    """The webhook with ``timestamp`` and ``sign`` appended (robots with signing switched on)."""
    if not secret:
        return webhook
    ts = str(int(time.time() * 1000) if now_ms is None else now_ms)
    sep = "&" if "?" in webhook else "?"
    return f"{webhook}{sep}timestamp={ts}&sign={urllib.parse.quote_plus(sign(ts, secret))}"


class Text(msgspec.Struct):
    content: str


class Callback(msgspec.Struct, kw_only=True, rename="camel"):
    """A robot message callback (the fields we use)."""

    msg_id: str
    msgtype: str
    conversation_id: str
    conversation_type: str = "2"  # 1: one-to-one, 2: group
    sender_staff_id: str = ""  # inside the organisation
    sender_id: str = ""  # always present: the fallback
    robot_code: str = ""  # the robot called (an enterprise app's robots share its AppSecret)
    text: Text | None = None


callback_decoder = msgspec.json.Decoder(Callback)


class At(msgspec.Struct, rename="camel"):
    at_user_ids: list[str] = msgspec.field(default_factory=list)
    at_mobiles: list[str] = msgspec.field(default_factory=list)
    is_at_all: bool = False


class Message(msgspec.Struct):
    text: Text
    at: At
    msgtype: str = "text"


def message(content: str, mentions: list[str]) -> Message:
    return Message(text=Text(content=content), at=At(at_user_ids=mentions))


RATE_LIMITED = frozenset({130101, 410100})  # "send too fast" and its current-limit kin
