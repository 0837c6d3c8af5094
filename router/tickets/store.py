"""The ticket store: one interface, two real backends (SQLite embedded, PostgreSQL shared by several routers).

Schema changes are versioned migrations applied at open, in order, each once (``schema_migrations``).
Every write is idempotent: opening a ticket twice (a redelivered record) keeps the first; an event applied twice
(a redelivered callback) is recorded once. Events that arrive before their ticket wait in ``orphan_events`` and
are applied when it opens.

This module keeps the store's writes (opening tickets, carrier events, escalation, purges) and ``open_store``; the
schema is in router.tickets.schema, the rows in router.tickets.rows, the ``Db`` protocol in router.tickets.db and
the read-only queries in router.tickets.queries (a base class of ``TicketStore``). Their names are re-exported
here, where the rest of the code imports them from.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

import msgspec

from router.carrier.model import CarrierEvent
from router.contracts import Activity, Ticket
from router.errors import ConfigError
from router.tickets.db import Db
from router.tickets.queries import TicketQueries
from router.tickets.rows import TICKET_COLUMNS, Applied, HistoryEntry, TicketRow, row_to_ticket
from router.tickets.schema import MIGRATIONS

# (the names the rest of the code imports from here, wherever they are defined)
__all__ = ["FINAL", "MIGRATIONS", "TICKET_COLUMNS", "Applied", "Db", "HistoryEntry", "TicketRow", "TicketStore",
           "open_store", "row_to_ticket"]

log = logging.getLogger("kefu.tickets")

# Terminal carrier events and the ticket status each leaves.
FINAL = {"succeeded": "succeeded", "failed": "failed", "resolved": "resolved"}

_NUMBERED = "AND carrier_ref <> '' "  # (a ticket the carrier gave its number)
_COLUMNS = TICKET_COLUMNS
_event_encoder = msgspec.json.Encoder()
_event_decoder = msgspec.json.Decoder(CarrierEvent)


class TicketStore(TicketQueries):
    """All ticket state, over a ``Db``. Use ``await open_store(dsn)``; every method is one transaction."""

    def __init__(self, db: Db, dsn: str) -> None:
        self._db = db
        self.dsn = dsn

    def __repr__(self) -> str:
        scheme = self.dsn.split(":", 1)[0]
        return f"<TicketStore {scheme}>"  # never the DSN itself: it may carry a password

    @property
    def db(self) -> Db:
        """The database, for the other stores that share it (router.confirm)."""
        return self._db

    async def migrate(self) -> int:
        db = self._db
        async with db.transaction():
            await db.lock_for_migrations()
            await db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                             "(version INTEGER PRIMARY KEY, applied_at DOUBLE PRECISION NOT NULL)")
            done = {int(r[0]) for r in await db.fetch("SELECT version FROM schema_migrations")}
            for version, sql in enumerate(MIGRATIONS, start=1):
                if version not in done:
                    await db.script(sql)
                    await db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, time.time()))
        return len(MIGRATIONS)

    async def record_requests(self, activity: Sequence[Activity]) -> None:
        """Note what became of requests (idempotent by request id: a redelivery keeps the first)."""
        unique = {a.id: a for a in activity}.values()
        rows = [(a.id, a.merchant, ",".join(a.intents), a.outcome, a.received_at.timestamp(),
                 a.answered_at.timestamp()) for a in unique]
        outlets = [(a.id, a.outlet) for a in unique if a.outlet]
        if rows:
            async with self._db.transaction():
                await self._db.executemany(
                    "INSERT INTO requests VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows)
                if outlets:
                    await self._db.executemany(
                        "INSERT INTO request_outlets VALUES (?, ?) ON CONFLICT DO NOTHING", outlets)

    async def close(self) -> None:
        await self._db.close()

    async def open(self, tickets: Sequence[Ticket], due_s: dict[str, float], default_due_s: float,
                   now: float | None = None) -> tuple[int, list[Applied]]:
        """Store new tickets (idempotent by id). Returns how many were new, and orphan events now applied."""
        from router.tickets.scans import DECIDED, apply_scans, is_scan, waiting_key  # (scans build on this store)

        now = time.time() if now is None else now
        unique = list({t.id: t for t in tickets}.values())  # a batch may hold the same ticket twice
        rows = [
            (t.id, t.request_id, t.merchant, t.group, t.platform, t.sender, t.waybill, t.carrier, t.intent,
             t.ticket_class, "open" if t.status == "open" else t.status, t.key, t.carrier_ref, t.text, now, now,
             now + due_s.get(t.intent, default_due_s), None,
             t.requested_at.timestamp() if t.requested_at else None, t.created_at.timestamp(), t.outlet)
            for t in unique
        ]
        db = self._db
        async with db.transaction():
            ids = [t.id for t in unique]
            existing = {r[0] for r in await self.in_(db, "SELECT id FROM tickets WHERE id IN ({})", ids)}
            new = [r for r in rows if r[0] not in existing]
            if new:
                await db.executemany(f"INSERT INTO tickets ({_COLUMNS}) VALUES ({', '.join('?' * 21)}) "
                                     "ON CONFLICT (id) DO NOTHING", new)
                await db.executemany("INSERT INTO ticket_history VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                     [(r[0], "opened", now, "opened", r[10]) for r in new])
            # (every ticket of the batch, not only those new: a batch read again after a crash between storing its
            # tickets and applying what waited for them finds its tickets stored, and what waits is applied now)
            keys = [r[11] for r in rows if r[11]]
            keys += [waiting_key(r[7], r[6], r[20]) for r in rows if r[11] and r[8] in DECIDED]
            orphans = await self.in_(db, "SELECT body FROM orphan_events WHERE op_key IN ({})", keys)
        applied: list[Applied] = []
        if orphans:
            events = [_event_decoder.decode(str(o[0]).encode()) for o in orphans]
            keyed = [e for e in events if not is_scan(e)]
            applied = (await self.apply_events(keyed, now) if keyed else [])
            applied += await apply_scans(self, [e for e in events if is_scan(e)], now)
        return len(new), applied

    async def apply_events(self, events: Sequence[CarrierEvent], now: float | None = None) -> list[Applied]:
        """Match carrier events to tickets by operation key, carrier and waybill, and record them, in one
        transaction. (A key alone is no proof: an event for another carrier's or another waybill's parcel that
        names it is refused, ``mismatch``, and changes nothing.)"""
        now = time.time() if now is None else now
        db = self._db
        out: list[Applied] = []
        async with db.transaction():
            keys = list({e.key for e in events})
            found = await self.in_(db, f"SELECT {_COLUMNS} FROM tickets WHERE op_key IN ({{}})", keys)
            by_key = {r[11]: row_to_ticket(r) for r in found}
            seen = {(r[0], r[1]) for r in await self.in_(
                db, "SELECT ticket_id, seq_key FROM ticket_history WHERE ticket_id IN ({})",
                [t.id for t in by_key.values()])}
            history, updates, orphans = [], [], []
            for e in events:
                t = by_key.get(e.key)
                if t is None:
                    orphans.append((e.id, e.key, _event_encoder.encode(e).decode(), now))
                    out.append(Applied(e, "orphan", None))
                    continue
                if (t.carrier, t.waybill) != (e.carrier, e.waybill):
                    log.warning("a %s event names ticket %s of %s: refused", e.carrier, t.id, t.carrier)
                    out.append(Applied(e, "mismatch", None))
                    continue
                if (t.id, e.id) in seen:
                    out.append(Applied(e, "duplicate", t))
                    continue
                seen.add((t.id, e.id))
                history.append((t.id, e.id, now, "carrier_event", f"{e.op} {e.event} {e.detail}".strip()))
                final = FINAL.get(e.event)
                if t.is_open and final is not None:
                    t.status, t.updated_at = final, now
                    updates.append((final, now, t.id))
                    out.append(Applied(e, "applied", t))
                else:
                    out.append(Applied(e, "late", t))  # the ticket already had its result: recorded only
            if history:
                await db.executemany("INSERT INTO ticket_history VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                     history)
            if updates:
                await db.executemany("UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?", updates)
            if orphans:
                await db.executemany("INSERT INTO orphan_events VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", orphans)
            applied_keys = [e.key for e in events if by_key.get(e.key) is not None]
            if applied_keys:
                await self.in_(db, "DELETE FROM orphan_events WHERE op_key IN ({}) RETURNING event_id", applied_keys)
        return out

    async def due(self, now: float | None = None, limit: int = 500) -> list[TicketRow]:
        """Open tickets past their due time that no person has been given yet."""
        now = time.time() if now is None else now
        rows = await self._db.fetch(
            f"SELECT {_COLUMNS} FROM tickets WHERE status = 'open' AND escalated_at IS NULL AND due_at <= ? "
            "ORDER BY due_at LIMIT ?", (now, limit))
        return [row_to_ticket(r) for r in rows]

    async def open_effects(self, carriers: Sequence[str], intents: Sequence[str], opened_before: float,
                           now: float, limit: int = 500, asked_before: float | None = None,
                           numbered: bool = False) -> list[TicketRow]:
        """Open tickets of ``intents`` at ``carriers`` opened before ``opened_before`` (and last asked before
        ``asked_before``, if given), with the key of the operation that acted (and the carrier's ticket number, if
        ``numbered``), not yet a person's (not escalated, not past due), the least recently asked first; each is
        marked asked at ``now`` (router.tickets.results: a ticket that never gets a final answer does not keep the
        others from being asked)."""
        if not carriers or not intents:
            return []
        async with self._db.transaction():
            rows = await self._db.fetch(
                f"SELECT {_COLUMNS} FROM tickets WHERE status = 'open' AND op_key <> '' AND opened_at < ? "
                f"{_NUMBERED if numbered else ''}"
                "AND escalated_at IS NULL AND due_at > ? AND COALESCE(result_asked_at, 0) < ? "
                f"AND carrier IN ({', '.join('?' * len(carriers))}) AND intent IN ({', '.join('?' * len(intents))}) "
                "ORDER BY COALESCE(result_asked_at, 0), opened_at LIMIT ?",
                (opened_before, now, now if asked_before is None else asked_before, *carriers, *intents, limit))
            found = [row_to_ticket(r) for r in rows]
            await self.in_(self._db, "UPDATE tickets SET result_asked_at = ? WHERE id IN ({})",
                           [t.id for t in found], (now,))
        return found

    async def take_result_lease(self, holder: str, now: float, hold_s: float) -> bool:
        """Whether ``holder`` asks the carriers this round: it holds the lease until ``now + hold_s`` if no one
        else holds it now (one router of many asks; another takes over when one stops)."""
        async with self._db.transaction():
            await self._db.lock_for_migrations()  # (the store's write lock: one taker at a time)
            rows = await self._db.fetch("SELECT holder, until FROM result_poll_lease WHERE id = 1")
            if rows and str(rows[0][0]) != holder and float(rows[0][1]) > now:
                return False
            await self._db.execute(
                "INSERT INTO result_poll_lease (id, holder, until) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "holder = excluded.holder, until = excluded.until", (holder, now + hold_s))
        return True

    async def mark_escalated(self, ids: Sequence[str], now: float | None = None) -> list[str]:
        """Mark tickets as handed to a person; returns those not marked before (each is escalated once)."""
        now = time.time() if now is None else now
        db = self._db
        async with db.transaction():
            marked = [str(r[0]) for r in await self.in_(
                db, "UPDATE tickets SET escalated_at = ?, updated_at = ? WHERE escalated_at IS NULL AND id IN ({}) "
                "RETURNING id", ids, prefix=(now, now))]
            await db.executemany("INSERT INTO ticket_history VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                 [(i, "escalated", now, "escalated", "past due: handed to a person") for i in marked])
        return marked

    async def human_reply(self, ticket_id: str, reply_id: str, text: str, close: bool,
                          now: float | None = None) -> TicketRow | None:
        now = time.time() if now is None else now
        db = self._db
        async with db.transaction():
            rows = await db.fetch(f"SELECT {_COLUMNS} FROM tickets WHERE id = ?", (ticket_id,))
            if not rows:
                return None
            t = row_to_ticket(rows[0])
            await db.execute("INSERT INTO ticket_history VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                             (ticket_id, reply_id, now, "human_reply", text[:500]))
            if close and t.status not in ("closed",):
                t.status = "closed"
                await db.execute("UPDATE tickets SET status = 'closed', updated_at = ? WHERE id = ?", (now, ticket_id))
        return t

    async def purge_text(self, before: float, batch: int = 1000) -> int:
        """Forget what merchants and people wrote on tickets with a result, last changed before ``before``: the
        ticket's text (the merchant's message: names, phones, addresses) and people's answers in its history.
        What was done, when and with what result stays, for the figures. Returns the tickets purged.

        ``batch`` rows a transaction: the first purge of a store kept for years touches millions of rows, and
        one transaction of them all would hold its locks (and the follower) for as long."""
        db = self._db
        purged = 0
        while True:
            async with db.transaction():
                rows = await db.fetch(
                    "UPDATE tickets SET text = '' WHERE id IN (SELECT id FROM tickets WHERE status <> 'open' "
                    "AND updated_at < ? AND text <> '' LIMIT ?) RETURNING id", (before, batch))
            purged += len(rows)
            if len(rows) < batch:
                break
        # people's answers on their own clock: one written after the ticket's text was forgotten, or one that did
        # not change the ticket, is forgotten once it is itself past the cut-off
        while True:
            async with db.transaction():
                rows = await db.fetch(
                    "UPDATE ticket_history SET detail = '' WHERE (ticket_id, seq_key) IN (SELECT ticket_id, seq_key "
                    "FROM ticket_history WHERE kind = 'human_reply' AND detail <> '' AND at < ? AND ticket_id IN "
                    "(SELECT id FROM tickets WHERE status <> 'open') LIMIT ?) RETURNING ticket_id", (before, batch))
            if len(rows) < batch:
                break
        return purged

    @staticmethod
    async def in_(db: Db, sql: str, values: Sequence[Any], prefix: Sequence[Any] = ()) -> list[Sequence[Any]]:
        """Run ``sql`` with its ``IN ({})`` filled for ``values`` (in chunks the backends accept)."""
        out: list[Sequence[Any]] = []
        values = list(values)
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            out += await db.fetch(sql.format(", ".join("?" * len(chunk))), (*prefix, *chunk))
        return out


async def open_store(dsn: str) -> TicketStore:
    """Connect to the store named by ``dsn`` and bring its schema up to date."""
    if dsn.startswith("sqlite:///"):
        from router.tickets.sqlite import SqliteDb

        db: Db = await SqliteDb.connect(dsn.removeprefix("sqlite:///"))
    elif dsn.startswith(("postgresql://", "postgres://")):
        from router.tickets.postgres import PostgresDb

        db = await PostgresDb.connect(dsn)
    else:
        scheme = dsn.split(":", maxsplit=1)[0]
        raise ConfigError(f"tickets.store must be sqlite:///<file> or postgresql://<dsn>, not {scheme}:…")
    store = TicketStore(db, dsn)
    await store.migrate()
    return store
