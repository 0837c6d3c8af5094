"""Wire contracts: every message on a topic is one of these Structs, JSON-encoded, with a version field ``v``.

Decoders and the encoder are built once at import and reused; decoding is strict (wrong types are errors,
unknown fields are ignored so that a newer producer may add fields without breaking an older router).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal, TypeVar, cast, get_args

import msgspec

from router.errors import DecodeError

SCHEMA_VERSION = 1
T = TypeVar("T", bound=msgspec.Struct)
Platform = Literal["wecom", "dingtalk", "qq", "api", "demo"]
NonEmpty = Annotated[str, msgspec.Meta(min_length=1, max_length=256)]
# Chat platforms cap a message well below this; anything larger is not a chat message.
MessageText = Annotated[str, msgspec.Meta(max_length=64 * 1024)]


def platform_of(name: str) -> Platform:
    """A platform's name as stored (a ticket's, a task's), as the contract's type: "api" for any other."""
    return cast(Platform, name) if name in get_args(Platform) else "api"


def utcnow() -> datetime:
    return datetime.now(UTC)


class MerchantRequest(msgspec.Struct, frozen=True, kw_only=True):
    """One chat message from a merchant, keyed on Kafka by ``merchant``."""

    v: int = SCHEMA_VERSION
    id: NonEmpty
    merchant: NonEmpty
    group: NonEmpty
    sender: NonEmpty
    platform: Platform
    text: MessageText
    received_at: datetime
    # the outlet the group is bound to, as the chat gateway knows it; the router derives it again from the group
    # and refuses a record whose outlet disagrees (router.outlets)
    outlet: str = ""


class Reply(msgspec.Struct, frozen=True, kw_only=True):
    """A message for the merchant's group; ``mention`` holds platform user ids to @."""

    v: int = SCHEMA_VERSION
    id: str
    request_id: str
    merchant: str
    group: str
    platform: Platform
    mention: list[str] = msgspec.field(default_factory=list)
    text: str
    created_at: datetime = msgspec.field(default_factory=utcnow)
    outlet: str = ""  # whose group: the egress delivers only to a group bound to this outlet and merchant


def reply_to(request: MerchantRequest, text: str, kind: str = "reply") -> Reply:
    """The reply to ``request`` in its group, @ its sender; ``kind`` makes the id (one reply of each kind per
    request, so a redelivered request produces the same id)."""
    return Reply(
        id=f"{request.id}:{kind}",
        request_id=request.id,
        merchant=request.merchant,
        group=request.group,
        platform=request.platform,
        mention=[request.sender],
        text=text,
        outlet=request.outlet,
    )


class Ticket(msgspec.Struct, frozen=True, kw_only=True):
    """Class 1: the carrier resolves it through its API. Class 2: a person must follow it."""

    v: int = SCHEMA_VERSION
    id: str
    request_id: str
    merchant: str
    group: str
    waybill: str
    carrier: str
    intent: str
    ticket_class: Literal[1, 2]
    status: str = "open"  # open: waiting for the carrier or a person; done: finished when opened
    key: str = ""  # the carrier operation's idempotency key: carrier events name it
    carrier_ref: str = ""  # the carrier's own ticket number, when it gave one
    platform: Platform = "api"  # where the merchant's group is, to tell them the result
    sender: str = ""  # who asked, to @ them with the result
    text: str = ""  # the merchant's message, for the person who may have to follow it
    requested_at: datetime | None = None  # when the merchant asked (for time-to-first-reply figures)
    created_at: datetime = msgspec.field(default_factory=utcnow)
    outlet: str = ""


class Escalation(msgspec.Struct, frozen=True, kw_only=True):
    """Work handed to the outlet's human queue, with what a person needs to act."""

    v: int = SCHEMA_VERSION
    id: str
    request_id: str
    merchant: str
    group: str
    reason: str
    text: str
    detail: dict[str, str] = msgspec.field(default_factory=dict)
    created_at: datetime = msgspec.field(default_factory=utcnow)
    outlet: str = ""  # whose staff takes it
    sender: str = ""  # who asked in the merchant's group: a person's answer @ them
    platform: Platform = "api"  # the merchant's group's platform


class HumanReply(msgspec.Struct, frozen=True, kw_only=True):
    """A person's answer from the human queue: relayed to the merchant's group; ``close`` ends the ticket."""

    v: int = SCHEMA_VERSION
    id: str
    ticket_id: str = ""  # the ticket it answers, if any
    merchant: str
    group: str
    platform: Platform = "api"
    mention: list[str] = msgspec.field(default_factory=list)
    text: Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]
    close: bool = True
    created_at: datetime = msgspec.field(default_factory=utcnow)
    outlet: str = ""  # the outlet whose staff answered: relayed only to a group of that outlet


class StaffMessage(msgspec.Struct, frozen=True, kw_only=True):
    """What someone wrote in an outlet's staff group (the chat gateway → the staff-messages topic, keyed by the
    group): the staff desk reads answers, claims and hand-ons of its tasks in it (router.staff)."""

    v: int = SCHEMA_VERSION
    id: NonEmpty  # the platform's message id, as a request's (a message delivered twice is one)
    group: NonEmpty
    sender: NonEmpty  # the writer's id on the platform: registered staff are known by it
    platform: Platform
    text: MessageText
    received_at: datetime
    outlet: str = ""


RequestOutcome = Literal["answered", "asked", "to_human", "no_action", "refused", "confirmation"]


class Activity(msgspec.Struct, frozen=True, kw_only=True):
    """What became of one request, for the outlet's figures (no message text, no personal data).

    ``outcome``: answered (the bot handled all of it), asked (an irreversible action waits for the merchant's
    confirmation), to_human (a person got some or all of it), no_action (chit-chat), refused (over a limit: too
    long, too many waybills, too frequent; the merchant was told why), confirmation (the merchant's answer to a
    question: "确认" or "不用"; not a request of its own, the asking request is).
    ``intents`` lists each understood request's intent; ``rules``, where the outlet has workflow rules, the name of
    the rule that decided each (``default``: none matched; router.rules).
    """

    v: int = SCHEMA_VERSION
    id: str  # the request id
    merchant: str
    intents: list[str] = msgspec.field(default_factory=list)
    outcome: RequestOutcome
    received_at: datetime
    answered_at: datetime = msgspec.field(default_factory=utcnow)
    outlet: str = ""
    rules: list[str] = msgspec.field(default_factory=list)


class DeadLetter(msgspec.Struct, frozen=True, kw_only=True):
    """A record the router could not handle, with why and where it came from. ``value`` is the original bytes with
    personal data masked (router.privacy); the origin points at the unmasked record."""

    v: int = SCHEMA_VERSION
    reason: str
    detail: str
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    failed_at: datetime = msgspec.field(default_factory=utcnow)


Output = Reply | Ticket | Escalation | DeadLetter | Activity

_encoder = msgspec.json.Encoder()
_request_decoder = msgspec.json.Decoder(MerchantRequest)
_decoders: dict[type[msgspec.Struct], msgspec.json.Decoder[msgspec.Struct]] = {}


def encode(msg: msgspec.Struct) -> bytes:
    return _encoder.encode(msg)


def decode_request(value: bytes | None) -> MerchantRequest:
    """Decode a request record; raises DecodeError(reason, detail) for anything that is not a valid v1 request."""
    if value is None:
        raise DecodeError("empty_value", "record has no value (tombstone)")
    try:
        req = _request_decoder.decode(value)
    except msgspec.ValidationError as e:
        raise DecodeError("invalid_request", str(e)) from None
    except (msgspec.DecodeError, UnicodeDecodeError) as e:  # invalid UTF-8 inside a JSON string is the latter
        raise DecodeError("undecodable", str(e)) from None
    if req.v != SCHEMA_VERSION:
        raise DecodeError("unsupported_version", f"schema version {req.v}, this router reads {SCHEMA_VERSION}")
    return req


def decode_as(value: bytes, kind: type[T]) -> T:
    """Decode any contract (used by tools and tests that read output topics)."""
    dec = _decoders.get(kind)
    if dec is None:
        dec = _decoders[kind] = msgspec.json.Decoder(kind)
    return dec.decode(value)  # type: ignore[return-value]
