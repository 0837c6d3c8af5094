"""What crosses the wire to a carrier's head-office API, and what a caller gets back per item.

The HTTP contract (the simulator serves it; the client speaks it): ``POST {base_url}/{carrier}/{op}`` with a
JSON ``BatchRequest`` body, signed per carrier (router.carrier.signing). A 200 carries one ``ItemResult`` per
item, in order: one bad waybill fails only itself. 401 = bad signature, 429 = slow down (``Retry-After``),
4xx = the call itself is wrong, 5xx = try again later.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import msgspec

SCHEMA_VERSION = 1


class Op(StrEnum):
    TRACK = "track"
    INTERCEPT = "intercept"
    CANCEL = "cancel"
    CHANGE_ADDRESS = "change_address"
    URGE = "urge"
    WEIGHT = "weight"
    TICKET = "ticket"
    # how an effect asked earlier ended, for a carrier that says so only when asked (ZTO's intercept status):
    # data {"outcome": "pending" | "succeeded" | "failed"}
    RESULT = "result"
    # whether the carrier delivers to an address now (a stop-ship check, before a change of address): params
    # {"address"}; data {"reachable": bool, "reason": the carrier's words when it does not}
    REACH = "reach"


# Operations that change something at the carrier: they need an idempotency key and an ownership check.
EFFECTS = frozenset({Op.INTERCEPT, Op.CANCEL, Op.CHANGE_ADDRESS, Op.URGE, Op.TICKET})


class ParcelState(StrEnum):
    CREATED = "created"  # label printed, not picked up: can be cancelled, not intercepted
    PICKED_UP = "picked_up"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"


class Item(msgspec.Struct, frozen=True, kw_only=True):
    key: str  # idempotency key: the same key is acted on once, however often it is sent
    waybill: str
    params: dict[str, str] = msgspec.field(default_factory=dict)


class BatchRequest(msgspec.Struct, frozen=True, kw_only=True):
    v: int = SCHEMA_VERSION
    customer: str  # the outlet's account at the carrier (the caller), not the merchant's
    items: list[Item]
    callback_url: str | None = None


class ItemResult(msgspec.Struct, frozen=True, kw_only=True):
    """``code`` is ``ok`` or a machine-readable reason (``not_found``, ``delivered``, ``busy`` ...)."""

    waybill: str
    key: str
    ok: bool
    code: str = "ok"
    message: str = ""
    data: dict[str, Any] = msgspec.field(default_factory=dict)


class BatchResponse(msgspec.Struct, frozen=True, kw_only=True):
    v: int = SCHEMA_VERSION
    results: list[ItemResult]


class CarrierEvent(msgspec.Struct, frozen=True, kw_only=True):
    """An asynchronous result the carrier posts to our callback URL (intercept succeeded, ticket resolved ...).

    Published to the carrier-events topic, keyed by waybill. A carrier's own push is a scan, not a result: op
    ``scan``, no ``key``, ``event`` returned | redirected | delivered, and the ``outlet`` whose URL it came to
    (the follower finds that outlet's open ticket for the waybill).
    """

    v: int = SCHEMA_VERSION
    id: str
    carrier: str
    waybill: str
    key: str  # the idempotency key of the operation it reports on ("" for a scan)
    op: str
    event: str  # succeeded | failed | resolved (a scan: returned | redirected | delivered)
    detail: str = ""
    at: float = 0.0
    outlet: str = ""  # (a scan's: whose callback URL; "" a deployment's one outlet)


# Item codes worth sending again (the carrier said "not now", not "no").
RETRYABLE_CODES = frozenset({"busy", "timeout", "carrier_unavailable"})

encoder = msgspec.json.Encoder()
request_decoder = msgspec.json.Decoder(BatchRequest)
response_decoder = msgspec.json.Decoder(BatchResponse)
event_decoder = msgspec.json.Decoder(CarrierEvent)
