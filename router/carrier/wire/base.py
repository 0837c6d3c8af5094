"""What every carrier's protocol adapter provides, and what they share.

An adapter (``Wire``) turns one of the gateway's operations on some items into the carrier's own HTTP request
(``Call``: the path under the carrier's base URL, headers, body) and the carrier's answer back into one
``ItemResult`` per item. It is pure: no I/O, no clock of its own (the caller passes the time), so that the same
adapter is what the simulator checks requests against and what the tests pin.

Errors for a call as a whole are raised at this boundary as router.errors: ``CarrierRetryableError`` (the
carrier's own trouble, a rate limit: ``throttled``) or ``CarrierRejectedError`` (a signature or a permission the
carrier refuses: no retry mends it, an operator must). A business refusal of one item (already delivered, not
found) is that item's ``ItemResult`` with ``ok=False``, its code, and the carrier's own reason for staff to read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Final, Protocol

from router.carrier.model import Item, ItemResult, Op, ParcelState
from router.errors import CarrierRejectedError, CarrierRetryableError


@dataclass(frozen=True, slots=True)
class Call:
    """One HTTP request to a carrier, relative to its base URL."""

    path: str  # with its query string, when the carrier puts parameters there (JD)
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)
    method: str = "POST"
    endpoint: str = ""  # which of the carrier's hosts ("": its base URL; "api": kuaidi100's second host)


class Credentials:
    """One account's credentials at one carrier: which fields, and what each means, is the carrier's (its
    adapter's ``NEEDS``). Compared and hashed by value (an outlet's account is a key of its carriers); never in a
    repr."""

    __slots__ = ("_items",)

    def __init__(self, values: Mapping[str, str]) -> None:
        self._items = tuple(sorted(values.items()))

    def __repr__(self) -> str:
        return f"Credentials({[k for k, _ in self._items]})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Credentials) and other._items == self._items

    def __hash__(self) -> int:
        return hash(self._items)

    @property
    def values(self) -> dict[str, str]:
        return dict(self._items)

    def __getitem__(self, name: str) -> str:
        value = self.get(name)
        if not value:
            raise KeyError(name)
        return value

    def get(self, name: str, default: str = "") -> str:
        return next((v for k, v in self._items if k == name), default)


class Wire(Protocol):
    @property
    def carrier(self) -> str:
        ...

    @property
    def NEEDS(self) -> tuple[str, ...]:  # (a constant of each adapter)
        """The credential fields it signs and addresses with."""
        ...

    def batch_limit(self, op: Op) -> int:
        """How many items one call of ``op`` carries (1 for every effect: carriers take one waybill a call)."""
        ...

    def supports(self, op: Op) -> bool:
        ...

    def resend_safe(self, op: Op) -> bool:
        """Whether a call of ``op`` may be sent again after one that may have reached the carrier."""
        ...

    def request(self, op: Op, items: Sequence[Item], creds: Credentials, now: float) -> Call:
        ...

    def results(self, op: Op, items: Sequence[Item], status: int, body: bytes) -> list[ItemResult]:
        ...


# A waybill with no scans yet: printed, not picked up (the carriers answer an unknown number the same way, unless
# they say it does not exist: then it is ``not_found``). Intercepting it is refused as "not picked up" by the
# carrier, and the merchant is told to cancel instead.
NOT_SCANNED: Final = ItemResult(waybill="", key="", ok=True, data={"state": ParcelState.CREATED.value, "scans": 0})


class Adapter:
    """What the adapters share: the operations their carrier offers (``OPS``: operation → the carrier's name for
    it), each one waybill a call unless ``BATCH`` says more for an operation (only tracking ever batches)."""

    OPS: ClassVar[Mapping[Op, object]] = {}
    BATCH: ClassVar[Mapping[Op, int]] = {}
    # operations the carrier is not known to take idempotently (no key it dedupes by): never sent again after a
    # call that may have reached it (router.carrier.wire.client)
    UNSURE_RESEND: ClassVar[frozenset[Op]] = frozenset()

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def supports(self, op: Op) -> bool:
        return op in self.OPS

    def batch_limit(self, op: Op) -> int:
        return self.BATCH.get(op, 1)

    def resend_safe(self, op: Op) -> bool:
        return op not in self.UNSURE_RESEND


# what a carrier says when the key or secret is wrong (the codes for it are not known at most carriers: ❓): an
# operator's to mend, never an item's refusal (router.errors.CarrierRejectedError)
SIGNATURE_WORDS: Final = ("签名", "验签", "digest")


def signature_refused(words: str) -> bool:
    return any(w in words for w in SIGNATURE_WORDS)


def unreadable(items: Sequence[Item], message: str, code: str = "unreadable") -> list[ItemResult]:
    """An answer not in the carrier's shape (or, ``in_doubt``, none for a call that may have reached it), for every
    item: a person reads it (never "not done", never "done")."""
    return each(items, ItemResult(waybill="", key="", ok=False, code=code, message=message[:200]))


# the words that tell a refusal the merchant must hear apart, in the order they are looked for (a "not
# delivered" before a "delivered"; ``None``: a refusal a person reads, ``rejected``)
_WORDS: Final = (
    (("未揽收",), "not_picked_up"), (("未签收", "未妥投"), None),
    (("停发", "暂停派送"), "stop_ship"),  # (a destination the carrier does not deliver to now: before the rest)
    (("签收", "妥投"), "delivered"), (("不存在", "未查到"), "not_found"), (("已存在", "重复"), "already_intercepted"),
)


def refusal_in_words(words: str) -> str:
    """The refusal code a carrier's words say, for carriers whose codes are not known (YTO, J&T, EMS, SF's
    business errors): what the merchant must hear told apart, the rest ``rejected`` (a person reads the words)."""
    found = next((code for said, code in _WORDS if any(w in words for w in said)), None)
    return found or "rejected"


def http_errors(carrier: str, op: Op, status: int, body: bytes) -> None:
    """Raise for an HTTP status that is not the carrier's 200 (their business errors come inside a 200)."""
    if status == 200:
        return
    if status == 429:
        raise CarrierRetryableError(carrier, f"{op}: HTTP 429 rate limited", throttled=True)
    if status >= 500:
        raise CarrierRetryableError(carrier, f"{op}: HTTP {status}")
    raise CarrierRejectedError(carrier, status, body[:200].decode("utf-8", "replace"))


def each(items: Sequence[Item], result: ItemResult) -> list[ItemResult]:
    """``result`` for every item (a call of one item, or an answer for the call as a whole)."""
    return [ItemResult(waybill=i.waybill, key=i.key, ok=result.ok, code=result.code, message=result.message,
                       data=result.data) for i in items]
