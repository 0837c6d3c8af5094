"""A carrier's client over its real protocol (``Wire``): the gateway's ``CarrierClient``.

Transport errors are mapped here as in router.carrier.client: a timeout or a broken connection is
``CarrierRetryableError``; the adapter maps the carrier's own answers. What the carrier's protocol cannot say is
an item result, not an error, so that the handlers hand it to a person with the reason: an operation the carrier
does not offer (``not_supported``), an address that does not name its province, city and district
(``address_incomplete``). Cancellation: as router.carrier.client (the items' idempotency keys make a call sent
again the same request where the carrier takes one: ZTO's requestId, SF's requestID). An operation the carrier is
not known to take idempotently (``Wire.resend_safe`` false: changes of address at YTO, J&T, STO, SF and
kuaidi100, ZTO's incidents) is never sent again after a call that may have reached it: a timeout, a broken
connection or a 5xx is its items' ``in_doubt`` result (a person checks at the carrier first), not a retry; one
surely not taken (a 429, no connection made, a gateway's own refusal) is still retried. With a ledger
(router.carrier.ledger) that holds across crashes and routers too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import Any

import anyio

from router.carrier.http import HttpConnectionError, HttpNotSentError, HttpPool
from router.carrier.ledger import EffectLedger, InFlight
from router.carrier.model import Item, ItemResult, Op
from router.carrier.wire.base import Credentials, Wire, unreadable
from router.carrier.wire.signatures import SignatureError
from router.errors import CarrierError, CarrierRejectedError, CarrierRetryableError

log = logging.getLogger("kefu.carrier")
IN_FLIGHT_MARGIN_S = 5.0  # beyond a call's timeout, before a key sent and not answered is in doubt


class WireClient:
    def __init__(self, wire: Wire, pool: HttpPool, creds: Credentials, *, timeout_s: float = 10.0,
                 clock: Callable[[], float] = time.time, endpoints: Mapping[str, HttpPool] | None = None,
                 ledger: EffectLedger | None = None) -> None:
        """``pool``: the carrier's base URL's connections; ``endpoints``: its other hosts' (``Call.endpoint``);
        ``ledger``: where the effects the carrier would do twice are written before they are sent (without it
        they are still never resent after a call that may have reached the carrier, but a request redelivered
        after a crash would send them again)."""
        missing = [f for f in wire.NEEDS if not creds.get(f)]
        if missing:
            raise ValueError(f"{wire.carrier}: the account lacks {', '.join(missing)}")
        self.carrier = wire.carrier
        self._wire, self._pool, self._creds = wire, pool, creds
        self._timeout, self._clock = timeout_s, clock
        self._endpoints = dict(endpoints or {})
        self._ledger = ledger

    def __repr__(self) -> str:
        return f"<WireClient {self.carrier} {self._pool.host}:{self._pool.port}>"

    def batch_limit(self, op: Op) -> int:
        """How many items one call of ``op`` may carry at this carrier."""
        return self._wire.batch_limit(op)

    def offers(self, op: Op) -> bool:
        """Whether the carrier's platform has ``op`` (a check a handler makes only where it is offered)."""
        return self._wire.supports(op)

    async def call(self, op: Op, items: Sequence[Item]) -> list[ItemResult]:
        if not self._wire.supports(op):
            return [ItemResult(waybill=i.waybill, key=i.key, ok=False, code="not_supported",
                               message=f"{self.carrier}: its open platform offers no {op.value}") for i in items]
        if self._ledger is not None and not self._wire.resend_safe(op):
            return [await self._once(op, item, self._ledger) for item in items]  # (effects: one a call)
        return await self._send(op, items)

    async def _once(self, op: Op, item: Item, ledger: EffectLedger) -> ItemResult:
        """``item`` sent at most once, whatever was sent before it by any router (router.carrier.ledger). The
        ledger's writes are shielded from cancellation (a router draining): what the carrier answered is kept."""
        try:
            with anyio.CancelScope(shield=True):
                before = await ledger.begin(self.carrier, op, item, self._clock(), self._timeout + IN_FLIGHT_MARGIN_S)
        except InFlight:  # (another router sends it now: its answer, once recorded, is replayed here)
            raise CarrierRetryableError(self.carrier, f"{op}: sent now by another router", not_sent=True) from None
        except Exception as e:  # (the store away: nothing sent; the item is retried as the carrier's trouble)
            raise CarrierRetryableError(self.carrier, f"{op}: its ledger cannot be written ({type(e).__name__})",
                                        not_sent=True) from None
        if before is not None:
            return before
        try:
            (result,) = await self._send(op, [item])
        except CarrierError as e:
            if isinstance(e, CarrierRejectedError) or (isinstance(e, CarrierRetryableError) and e.not_sent):
                await self._keep(ledger.abandon(self.carrier, op, item))  # (surely not taken: may be sent again)
            raise
        if result.code != "in_doubt":  # (an answer not read stays in doubt: never sent again)
            await self._keep(ledger.finish(self.carrier, op, item, result))
        return result

    @staticmethod
    async def _keep(write: Coroutine[Any, Any, None]) -> None:
        """A ledger write, shielded; one that fails leaves its key in doubt (never sent again) and is logged, the
        carrier's answer still given."""
        try:
            with anyio.CancelScope(shield=True):
                await write
        except Exception as e:
            log.warning("the ledger of effects sent was not written (%s): that item stays in doubt",
                        type(e).__name__)

    async def _send(self, op: Op, items: Sequence[Item]) -> list[ItemResult]:
        try:
            call = self._wire.request(op, items, self._creds, self._clock())
        except SignatureError as e:  # (credentials that cannot sign: an EMS key that is no key)
            raise CarrierRejectedError(self.carrier, 0, f"{op}: {e}") from None
        except ValueError as e:  # (an item the protocol cannot carry: an address without its parts)
            return [ItemResult(waybill=i.waybill, key=i.key, ok=False, code="address_incomplete", message=str(e))
                    for i in items]
        pool = self._endpoints.get(call.endpoint) if call.endpoint else self._pool
        if pool is None:
            raise CarrierRejectedError(self.carrier, 0, f"{op}: no base URL for its {call.endpoint!r} host")
        try:
            try:
                resp = await pool.request(call.method, call.path, call.body, call.headers, timeout_s=self._timeout)
            except TimeoutError:
                raise CarrierRetryableError(self.carrier, f"{op} timed out") from None
            except HttpConnectionError as e:
                raise CarrierRetryableError(self.carrier, f"{op}: {e}",
                                            not_sent=isinstance(e, HttpNotSentError)) from None
            return self._wire.results(op, items, resp.status, resp.body)
        except CarrierRetryableError as e:
            if e.not_sent or self._wire.resend_safe(op):
                raise
            # (it may have been done, and sent again it could be done twice: a person checks, nothing is resent)
            return unreadable(items, f"{e}; it may have been done: not sent again", code="in_doubt")
