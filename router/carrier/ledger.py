"""Effects a carrier would do twice, sent at most once across crashes and redeliveries.

Most carriers' effect requests carry no key of ours they deduplicate by (YTO's, J&T's, STO's and kuaidi100's
changes of address; ZTO's incidents, ❓ whether by ``traceId``): sent again, after a crash between the carrier's
answer and the commit of the merchant's request, it would be done again. For those (``Wire.resend_safe`` false)
the carrier layer writes the item's key here before sending (``begin``) and the answer after (``finish``), in the
ticket store every router shares:
- a key with an answer recorded: the answer is replayed, nothing is sent;
- a key sent and not answered (the router stopped, or the call timed out, in between): it may have been done, so
  it is not sent again: its result is ``in_doubt`` and a person checks at the carrier first; one sent less than
  a call's timeout ago (and a margin) is another router's call still under way: asked again shortly
  (``InFlight``);
- a call the carrier surely did not take (HTTP 429, no connection made, a signature it refused) is let go
  (``abandon``) and may be sent again.
A ledger that cannot be written sends nothing (the item is retried as the carrier's trouble would be).
Intercepts are not here: a parcel takes one intercept at its carrier, and one sent again is refused as asked
already.
"""

from __future__ import annotations

import logging
import time
from typing import Final

import anyio
import msgspec
from anyio.abc import TaskStatus

from router.carrier.model import Item, ItemResult, Op
from router.tickets.store import Db

log = logging.getLogger("kefu.carrier")
# a key sent this recently and not answered is another router's call still under way (the default; the carrier
# layer gives its call timeout and a margin: a call outlives neither, and a crash's keys wait no longer)
IN_FLIGHT_S: Final = 15.0


class InFlight(Exception):
    """Sent moments ago by another router (or this one), not answered yet: ask again shortly."""


IN_DOUBT: Final = "sent once, its answer not recorded: it may have been done, so it is not sent again"
_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder(ItemResult).decode


class EffectLedger:
    def __init__(self, db: Db) -> None:
        self._db = db

    def __repr__(self) -> str:
        return "<EffectLedger>"

    @staticmethod
    def key(carrier: str, op: Op, item: Item) -> str:
        return f"{carrier}:{op.value}:{item.key}"

    async def begin(self, carrier: str, op: Op, item: Item, now: float | None = None,
                    in_flight_s: float = IN_FLIGHT_S) -> ItemResult | None:
        """None: not sent before, and now marked sent (the caller sends it). Else what it answered before, or
        ``in_doubt`` when it was sent long enough ago and its answer is not known. Raises ``InFlight`` for one
        sent moments ago and not answered yet (two routers at once: one sends, the other waits for its answer)."""
        key, now = self.key(carrier, op, item), time.time() if now is None else now
        async with self._db.transaction():
            mine = await self._db.fetch(
                "INSERT INTO effects_sent (key, carrier, op, waybill, sent_at, result) VALUES (?, ?, ?, ?, ?, NULL) "
                "ON CONFLICT (key) DO NOTHING RETURNING key", (key, carrier, op.value, item.waybill, now))
            rows = [] if mine else await self._db.fetch("SELECT result, sent_at FROM effects_sent WHERE key = ?",
                                                        (key,))
        if mine:
            return None
        if not rows:  # (let go by its sender between the two statements: it may be sent, on the next try)
            raise InFlight(key)
        said, sent_at = rows[0]
        if said:
            return _decode(str(said).encode())
        if now - float(sent_at) < in_flight_s:
            raise InFlight(key)
        return ItemResult(waybill=item.waybill, key=item.key, ok=False, code="in_doubt", message=IN_DOUBT)

    async def finish(self, carrier: str, op: Op, item: Item, result: ItemResult) -> None:
        async with self._db.transaction():
            await self._db.execute("UPDATE effects_sent SET result = ? WHERE key = ?",
                                   (_encode(result).decode(), self.key(carrier, op, item)))

    async def abandon(self, carrier: str, op: Op, item: Item) -> None:
        """The call surely was not taken: it may be sent again."""
        async with self._db.transaction():
            await self._db.execute("DELETE FROM effects_sent WHERE key = ? AND result IS NULL",
                                   (self.key(carrier, op, item),))

    async def purge(self, before: float) -> int:
        """Forget what was sent before ``before`` (a request is not redelivered days later)."""
        async with self._db.transaction():
            rows = await self._db.fetch("DELETE FROM effects_sent WHERE sent_at < ? RETURNING key", (before,))
        return len(rows)


KEEP_S: Final = 7 * 86400.0  # a request is redelivered within minutes; a week is ample


async def keep_ledger(ledger: EffectLedger, *, every_s: float = 3600.0,
                      task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Forget what was sent more than ``KEEP_S`` ago, every ``every_s``, until cancelled (a store away this round:
    the next round tries again)."""
    task_status.started()
    while True:
        await anyio.sleep(every_s)
        try:
            await ledger.purge(time.time() - KEEP_S)
        except Exception as e:
            log.warning("the ledger of effects sent was not purged (%s)", type(e).__name__)
