"""Which replies reached their group: so that a merchant never sees the bot answer twice.

The replies topic is read at least once: a router killed mid-request handles it again when it restarts and
produces its reply a second time (the same reply id), and a gateway killed before committing reads again what it
had sent. The egress remembers what it delivered in process memory, which a restart or a rebalance to another
gateway loses; so the ids of delivered replies are also kept here, in the ticket store (table
``replies_delivered``, shared by every gateway on PostgreSQL), written once the platform accepted the message, and
asked, a fetch at a time, before a reply is queued.

The platforms' robot APIs take no idempotency key, so a gateway killed after a platform accepted a message and
before that was written down cannot tell, once restarted, whether the message went out. Each send is therefore
announced first (``begin``, table ``replies_sending``): a reply begun and never delivered is **in doubt**, and the
egress hands it to a person instead of sending it a second time; a send that cannot be announced is not made.
The announcement is also a claim: of two gateways about to send the same reply (one evicted from the consumer
group and not told yet, still sending what it read, the other given its partition), only the first to announce it
sends it (``begin`` says which ids were announced now); the other hands them to a person, as in doubt.
A send the platform refused for certain (an error code, an HTTP error, no connection) is taken back (``abandon``)
and is sent again like any other. Ids are purged after ``RETENTION_S``, longer than a reply stays on the topic.
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
_CHUNK = 250  # ids a query (each given twice: within the 500 parameters a query takes elsewhere in the store)


class Deliveries:
    def __init__(self, db: Db, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock
        self._purged = 0.0

    def __repr__(self) -> str:
        return "<Deliveries>"

    async def states(self, ids: Sequence[str]) -> tuple[set[str], set[str]]:
        """Those of ``ids`` delivered already, and those in doubt (begun, never delivered). Raises the store's
        error when it cannot say."""
        if not ids:
            return set(), set()
        unique = list(dict.fromkeys(ids))
        done: set[str] = set()
        begun: set[str] = set()
        for i in range(0, len(unique), _CHUNK):  # (one round trip a chunk, for both tables)
            chunk = unique[i:i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for rid, table in await self._db.fetch(
                    f"SELECT reply_id, 'd' FROM replies_delivered WHERE reply_id IN ({marks}) UNION ALL "
                    f"SELECT reply_id, 's' FROM replies_sending WHERE reply_id IN ({marks})", (*chunk, *chunk)):
                (done if table == "d" else begun).add(str(rid))
        return done, begun - done

    async def begin(self, ids: Sequence[str]) -> set[str]:
        """A message carrying ``ids`` is about to be sent: those announced now (the others were announced before,
        by this process or another)."""
        now = self._clock()
        new: set[str] = set()
        for i in range(0, len(ids), _CHUNK):  # (one round trip a chunk)
            chunk = ids[i:i + _CHUNK]
            marks = ", ".join("(?, ?)" for _ in chunk)
            rows = await self._db.fetch(
                f"INSERT INTO replies_sending VALUES {marks} ON CONFLICT DO NOTHING RETURNING reply_id",
                [x for rid in chunk for x in (rid, now)])
            new |= {str(r[0]) for r in rows}
        return new

    async def abandon(self, ids: Sequence[str]) -> None:
        """The message carrying ``ids`` was not accepted, for certain: sending them again repeats nothing."""
        await self._db.executemany("DELETE FROM replies_sending WHERE reply_id = ?", [(i,) for i in ids])

    async def record(self, ids: Sequence[str]) -> None:
        """``ids`` reached their group now."""
        now = self._clock()
        if now - self._purged >= _PURGE_EVERY_S:
            self._purged = now
            await self._db.execute("DELETE FROM replies_delivered WHERE delivered_at < ?", (now - RETENTION_S,))
            await self._db.execute("DELETE FROM replies_sending WHERE started_at < ?", (now - RETENTION_S,))
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
