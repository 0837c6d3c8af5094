"""The HTTP client of one carrier's head-office API, behind the narrow ``CarrierClient`` protocol.

Transport and HTTP status errors are mapped here to router.errors: timeouts, connection errors, 5xx and 429 are
``CarrierRetryableError`` (429 carries its Retry-After); any other 4xx is ``CarrierRejectedError``.
Cancellation: cancelling ``call`` abandons the HTTP request; whether the carrier acted is then unknown, which
is why every item carries an idempotency key and is safe to send again.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Protocol

import msgspec

from router.carrier.http import HttpConnectionError, HttpPool
from router.carrier.model import BatchRequest, Item, ItemResult, Op, encoder, response_decoder
from router.carrier.signing import Signer
from router.errors import CarrierRejectedError, CarrierRetryableError

MAX_GENERIC_BATCH = 1000


class CarrierClient(Protocol):
    carrier: str

    def batch_limit(self, op: Op) -> int:
        """The most items one call of ``op`` may carry (the carrier's own limit; 1 where it takes one waybill)."""
        ...

    async def call(self, op: Op, items: Sequence[Item]) -> list[ItemResult]:
        """One batch call; a result per item in order, or a CarrierError for the call as a whole."""
        ...


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None  # an HTTP date: rare from these APIs; our own backoff applies
    return max(0.0, seconds) if math.isfinite(seconds) else None  # "inf", "nan": nonsense, our own backoff


class HttpCarrierClient:
    def __init__(
        self,
        carrier: str,
        pool: HttpPool,
        signer: Signer,
        customer: str,
        *,
        callback_url: str | None = None,
        timeout_s: float = 10.0,
    ) -> None:
        self.carrier = carrier
        self._pool = pool
        self._signer = signer
        self._customer = customer
        self._callback_url = callback_url
        self._timeout = timeout_s
        self._paths = _paths(carrier)

    def __repr__(self) -> str:
        return f"<HttpCarrierClient {self.carrier} {self._pool.host}:{self._pool.port} customer={self._customer}>"

    def batch_limit(self, op: Op) -> int:
        return MAX_GENERIC_BATCH  # (the generic protocol batches every operation)

    async def call(self, op: Op, items: Sequence[Item]) -> list[ItemResult]:
        body = encoder.encode(BatchRequest(customer=self._customer, items=list(items), callback_url=self._callback_url))
        try:
            resp = await self._pool.request("POST", self._paths[op], body, self._signer.sign(body, op.value),
                                            timeout_s=self._timeout)
        except TimeoutError:
            raise CarrierRetryableError(self.carrier, f"{op} timed out") from None
        except HttpConnectionError as e:
            raise CarrierRetryableError(self.carrier, f"{op}: {e}") from None
        payload, status = resp.body, resp.status
        retry_after = _retry_after(resp.headers.get("retry-after"))
        if status == 429:
            raise CarrierRetryableError(self.carrier, f"{op}: HTTP 429 rate limited", retry_after, throttled=True)
        if status >= 500:
            raise CarrierRetryableError(self.carrier, f"{op}: HTTP {status}", retry_after)
        if status != 200:
            raise CarrierRejectedError(self.carrier, status, payload[:200].decode("utf-8", "replace"))
        try:
            results = response_decoder.decode(payload).results
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            raise CarrierRetryableError(self.carrier, f"{op}: unreadable response: {e}") from None
        if len(results) != len(items):
            raise CarrierRejectedError(self.carrier, status, f"{len(results)} results for {len(items)} items")
        return results


@functools.cache
def _paths(carrier: str) -> dict[Op, str]:
    """Each operation's path for ``carrier``: one table for every account's client of that carrier."""
    return {op: f"/{carrier}/{op.value}" for op in Op}
