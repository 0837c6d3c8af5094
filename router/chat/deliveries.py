"""Which replies reached their group: so that a merchant never sees the bot answer twice.

The replies topic is read at least once: a router killed mid-request handles it again when it restarts and
produces its reply a second time (the same reply id), and a gateway killed before committing reads again what it
had sent. The egress remembers what it delivered in process memory, which a restart or a rebalance to another
gateway loses; so the ids of delivered replies are also kept here, in the ticket store (table
``replies_delivered``, shared by every gateway on PostgreSQL), written once the platform accepted the message and
asked, a fetch at a time, before a reply is queued. What remains is the moment between a platform's acceptance
and the write: a gateway killed exactly then sends that message again, since the platforms' robot APIs take no
idempotency key. Ids are purged after ``RETENTION_S``, longer than a reply stays on the topic.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager

import anyio

from router.config import Settings
from router.tickets.store import Db, TicketStore, open_store

RETENTION_S = 8 * 24 * 3600.0  # Kafka keeps a topic's records 7 days by default
_PURGE_EVERY_S = 3600.0


class Deliveries:
    def __init__(self, db: Db, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock
        self._purged = 0.0

    def __repr__(self) -> str:
        return "<Deliveries>"

    async def delivered(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` delivered already. Raises the store's error when it cannot say."""
        if not ids:
            return set()
        rows = await TicketStore.in_(self._db, "SELECT reply_id FROM replies_delivered WHERE reply_id IN ({})",
                                     list(dict.fromkeys(ids)))
        return {str(r[0]) for r in rows}

    async def record(self, ids: Sequence[str]) -> None:
        """``ids`` reached their group now."""
        now = self._clock()
        if now - self._purged >= _PURGE_EVERY_S:
            self._purged = now
            await self._db.execute("DELETE FROM replies_delivered WHERE delivered_at < ?", (now - RETENTION_S,))
        await self._db.executemany("INSERT INTO replies_delivered VALUES (?, ?) ON CONFLICT DO NOTHING",
                                   [(i, now) for i in ids])


@asynccontextmanager
async def chat_store(settings: Settings) -> AsyncIterator[TicketStore]:
    """The ticket store, open for the block: where the gateway keeps the replies delivered and the callbacks
    taken."""
    store = await open_store(settings.tickets.store)
    try:
        yield store
    finally:
        with anyio.CancelScope(shield=True):
            await store.close()
