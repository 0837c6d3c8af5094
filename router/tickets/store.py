"""The ticket store: one interface, two real backends (SQLite embedded, PostgreSQL shared by several routers).

Schema changes are versioned migrations applied at open, in order, each once (``schema_migrations``).
Every write is idempotent: opening a ticket twice (a redelivered record) keeps the first; an event applied twice
(a redelivered callback) is recorded once. Events that arrive before their ticket wait in ``orphan_events`` and
are applied when it opens.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any, Protocol

import msgspec

from router.carrier.model import CarrierEvent
from router.contracts import Activity, Ticket
from router.errors import ConfigError

log = logging.getLogger("kefu.tickets")

# Terminal carrier events and the ticket status each leaves.
FINAL = {"succeeded": "succeeded", "failed": "failed", "resolved": "resolved"}


class HistoryEntry(msgspec.Struct, frozen=True):
    at: float
    kind: str  # opened | carrier_event | escalated | human_reply
    detail: str


class TicketRow(msgspec.Struct, kw_only=True):
    id: str
    request_id: str
    merchant: str
    group: str
    platform: str
    sender: str
    waybill: str
    carrier: str
    intent: str
    ticket_class: int
    status: str  # open | done | succeeded | failed | resolved | closed
    key: str
    carrier_ref: str
    text: str
    opened_at: float
    updated_at: float
    due_at: float
    escalated_at: float | None
    requested_at: float | None = None
    answered_at: float | None = None
    outlet: str = ""  # whose ticket: its outlet's staff follow it, its outlet's group hears the result
    history: list[HistoryEntry] = msgspec.field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status == "open"


class Applied(msgspec.Struct, frozen=True):
    """What one carrier event did: ``outcome`` is applied | duplicate | late (ticket already final) | orphan |
    mismatch (its key is a ticket's, its carrier or waybill not: refused, forged or misrouted)."""

    event: CarrierEvent
    outcome: str
    ticket: TicketRow | None


MIGRATIONS: list[str] = [
    # 1: tickets, their history, events waiting for their ticket
    """
    CREATE TABLE tickets (
        id TEXT PRIMARY KEY, request_id TEXT NOT NULL, merchant TEXT NOT NULL, grp TEXT NOT NULL,
        platform TEXT NOT NULL, sender TEXT NOT NULL, waybill TEXT NOT NULL, carrier TEXT NOT NULL,
        intent TEXT NOT NULL, ticket_class INTEGER NOT NULL, status TEXT NOT NULL, op_key TEXT NOT NULL,
        carrier_ref TEXT NOT NULL, text TEXT NOT NULL, opened_at DOUBLE PRECISION NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL, due_at DOUBLE PRECISION NOT NULL, escalated_at DOUBLE PRECISION
    );
    CREATE INDEX tickets_by_key ON tickets (op_key);
    CREATE INDEX tickets_due ON tickets (due_at) WHERE status = 'open' AND escalated_at IS NULL;
    CREATE INDEX tickets_by_merchant ON tickets (merchant, opened_at);
    CREATE TABLE ticket_history (
        ticket_id TEXT NOT NULL, seq_key TEXT NOT NULL, at DOUBLE PRECISION NOT NULL, kind TEXT NOT NULL,
        detail TEXT NOT NULL, PRIMARY KEY (ticket_id, seq_key)
    );
    CREATE TABLE orphan_events (
        event_id TEXT PRIMARY KEY, op_key TEXT NOT NULL, body TEXT NOT NULL, received_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX orphans_by_key ON orphan_events (op_key);
    """,
    # 2: when the merchant asked and when the first answer went out, for the day's report
    """
    ALTER TABLE tickets ADD COLUMN requested_at DOUBLE PRECISION;
    ALTER TABLE tickets ADD COLUMN answered_at DOUBLE PRECISION;
    CREATE INDEX tickets_by_opened ON tickets (opened_at);
    """,
    # 3: every request's outcome (from the activity topic), for the day's figures
    """
    CREATE TABLE requests (
        id TEXT PRIMARY KEY, merchant TEXT NOT NULL, intents TEXT NOT NULL, outcome TEXT NOT NULL,
        received_at DOUBLE PRECISION NOT NULL, answered_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX requests_by_received ON requests (received_at);
    """,
    # 4: questions waiting for a merchant's confirmation (router.confirm), shared by every router
    """
    CREATE TABLE confirmations (
        id TEXT PRIMARY KEY, merchant TEXT NOT NULL, sender TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL,
        asked_at DOUBLE PRECISION NOT NULL, expires_at DOUBLE PRECISION NOT NULL, resolved_by TEXT,
        resolved_at DOUBLE PRECISION
    );
    CREATE INDEX confirmations_waiting ON confirmations (merchant, asked_at) WHERE status = 'pending';
    CREATE INDEX confirmations_due ON confirmations (expires_at) WHERE status = 'pending';
    CREATE INDEX confirmations_by_answer ON confirmations (resolved_by);
    """,
    # 5: the outlet of each ticket (a network's tenants; '': the one outlet of a deployment without [outlets]).
    # Added with a default, so that a router of the release before, still writing its columns by name during an
    # upgrade, keeps working.
    """
    ALTER TABLE tickets ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
    CREATE INDEX tickets_by_outlet ON tickets (outlet, opened_at);
    """,
    # 6: each request's outlet, in a table of its own (an older router inserts into requests by position)
    """
    CREATE TABLE request_outlets (id TEXT PRIMARY KEY, outlet TEXT NOT NULL);
    """,
    # 7: outlets kept in the store (router.outlet_store); a removed one stays as an empty body, so that the
    # network's version (the highest) moves on
    """
    CREATE TABLE outlet_config (
        id TEXT PRIMARY KEY, body TEXT NOT NULL, version BIGINT NOT NULL, updated_at DOUBLE PRECISION NOT NULL
    );
    """,
    # 8: the signatures of chat callbacks taken, so that a replay is refused by every gateway (router.chat.replays)
    """
    CREATE TABLE callbacks_seen (key TEXT PRIMARY KEY, seen_at DOUBLE PRECISION NOT NULL);
    CREATE INDEX callbacks_seen_at ON callbacks_seen (seen_at);
    """,
    # 9: the replies delivered to their groups, so that no gateway sends one twice (router.chat.deliveries)
    """
    CREATE TABLE replies_delivered (reply_id TEXT PRIMARY KEY, delivered_at DOUBLE PRECISION NOT NULL);
    CREATE INDEX replies_delivered_at ON replies_delivered (delivered_at);
    """,
    # 10: the replies a gateway began to send, written before the platform is asked: one begun and never
    # delivered was on its way when its gateway died, and is handed to a person rather than sent again
    """
    CREATE TABLE replies_sending (reply_id TEXT PRIMARY KEY, started_at DOUBLE PRECISION NOT NULL);
    CREATE INDEX replies_sending_at ON replies_sending (started_at);
    """,
    # 11: the staff's tasks, one per escalation, each with its handle (router.staff.tasks)
    """
    CREATE TABLE staff_tasks (
        handle TEXT PRIMARY KEY, escalation_id TEXT NOT NULL UNIQUE, outlet TEXT NOT NULL, request_id TEXT NOT NULL,
        merchant TEXT NOT NULL, grp TEXT NOT NULL, platform TEXT NOT NULL, sender TEXT NOT NULL,
        reason TEXT NOT NULL, ticket_id TEXT NOT NULL, staff_group TEXT NOT NULL, status TEXT NOT NULL,
        claimed_by TEXT, answered_by TEXT, opened_at DOUBLE PRECISION NOT NULL, claimed_at DOUBLE PRECISION,
        answered_at DOUBLE PRECISION
    );
    CREATE INDEX staff_tasks_waiting ON staff_tasks (outlet, opened_at) WHERE status <> 'answered';
    """,
    # 12: when a task past its answer time was reminded in the staff group (once)
    """
    ALTER TABLE staff_tasks ADD COLUMN reminded_at DOUBLE PRECISION;
    """,
    # 13: what a task is about, for the people who read it elsewhere than in the group (the merchant's words, the
    # escalation's details as JSON; forgotten with the tickets' text)
    """
    ALTER TABLE staff_tasks ADD COLUMN text TEXT NOT NULL DEFAULT '';
    ALTER TABLE staff_tasks ADD COLUMN detail TEXT NOT NULL DEFAULT '{}';
    """,
    # 14: the console's accounts, sessions (kept by the SHA-256 of their token) and audit log (router.console)
    """
    CREATE TABLE console_users (
        username TEXT PRIMARY KEY, outlet TEXT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL,
        password_hash TEXT NOT NULL, created_at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE console_sessions (
        token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, csrf TEXT NOT NULL,
        expires_at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE console_audit (
        at DOUBLE PRECISION NOT NULL, username TEXT NOT NULL, outlet TEXT NOT NULL, action TEXT NOT NULL,
        detail TEXT NOT NULL
    );
    CREATE INDEX console_audit_at ON console_audit (at);
    """,
    # 15: tickets found by their waybill (the console's search)
    """
    CREATE INDEX tickets_by_waybill ON tickets (waybill);
    """,
    # 16: open tickets counted without reading the closed (the console's dashboard)
    """
    CREATE INDEX tickets_open_by_outlet ON tickets (outlet) WHERE status = 'open';
    """,
    # 17: the outlet's pickup records: which customer account shipped each waybill (router.shipments)
    """
    CREATE TABLE shipments (
        outlet TEXT NOT NULL, waybill TEXT NOT NULL, carrier TEXT NOT NULL, customer TEXT NOT NULL,
        recorded_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (outlet, waybill)
    );
    """,
    # 18: failed console log-ins, counted by every console instance alike (router.console.accounts.Limiter)
    """
    CREATE TABLE console_login_failures (
        username TEXT NOT NULL, address TEXT NOT NULL, at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX console_login_failures_by_name ON console_login_failures (username, address, at);
    CREATE INDEX console_login_failures_by_address ON console_login_failures (address, at);
    CREATE INDEX console_login_failures_by_time ON console_login_failures (at);
    """,
    # 19: when a ticket's outcome was last asked of its carrier (router.tickets.results: the least recently asked
    # first), open tickets by age without reading the closed, and the one router that asks this round
    """
    ALTER TABLE tickets ADD COLUMN result_asked_at DOUBLE PRECISION;
    CREATE INDEX tickets_open_by_asked ON tickets (result_asked_at, opened_at) WHERE status = 'open';
    CREATE TABLE result_poll_lease (id INTEGER PRIMARY KEY, holder TEXT NOT NULL,
                                    until DOUBLE PRECISION NOT NULL);
    """,
    # 20: the effects a carrier would do twice, sent at most once (router.carrier.ledger)
    """
    CREATE TABLE effects_sent (key TEXT PRIMARY KEY, carrier TEXT NOT NULL, op TEXT NOT NULL, waybill TEXT NOT NULL,
                               sent_at DOUBLE PRECISION NOT NULL, result TEXT);
    CREATE INDEX effects_sent_at ON effects_sent (sent_at);
    """,
]

_NUMBERED = "AND carrier_ref <> '' "  # (a ticket the carrier gave its number)
_COLUMNS = ("id, request_id, merchant, grp, platform, sender, waybill, carrier, intent, ticket_class, status, op_key, "
            "carrier_ref, text, opened_at, updated_at, due_at, escalated_at, requested_at, answered_at, outlet")
TICKET_COLUMNS = _COLUMNS  # (for the modules that read tickets beside the store: router.tickets.scans)
_event_encoder = msgspec.json.Encoder()
_event_decoder = msgspec.json.Decoder(CarrierEvent)


def row_to_ticket(r: Sequence[Any], history: list[HistoryEntry] | None = None) -> TicketRow:
    return TicketRow(
        id=r[0], request_id=r[1], merchant=r[2], group=r[3], platform=r[4], sender=r[5], waybill=r[6],
        carrier=r[7], intent=r[8], ticket_class=int(r[9]), status=r[10], key=r[11], carrier_ref=r[12], text=r[13],
        opened_at=float(r[14]), updated_at=float(r[15]), due_at=float(r[16]),
        escalated_at=None if r[17] is None else float(r[17]),
        requested_at=None if r[18] is None else float(r[18]), answered_at=None if r[19] is None else float(r[19]),
        outlet=str(r[20]), history=history or [],
    )


class Db(Protocol):
    """The little a backend must do: run SQL with ``?`` placeholders inside one transaction at a time."""

    async def execute(self, sql: str, args: Sequence[Any] = ()) -> None: ...
    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...
    async def fetch(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]: ...
    async def script(self, sql: str) -> None: ...
    def transaction(self) -> Any: ...
    async def lock_for_migrations(self) -> None:
        """Inside a transaction: make routers that start together migrate one after another."""
    async def close(self) -> None: ...


class TicketStore:
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

    async def requests_between(self, start: float, end: float, outlet: str | None = None
                               ) -> list[tuple[str, str, list[str], str, float, float, str]]:
        """(id, merchant, intents, outcome, received_at, answered_at, outlet) of the requests received in
        [start, end); ``outlet``: only that outlet's ("" the one outlet of a deployment without [outlets])."""
        rows = await self._db.fetch(
            "SELECT r.id, r.merchant, r.intents, r.outcome, r.received_at, r.answered_at, "
            "COALESCE(o.outlet, '') FROM requests r LEFT JOIN request_outlets o ON o.id = r.id "
            "WHERE r.received_at >= ? AND r.received_at < ?" + ("" if outlet is None else
                                                                " AND COALESCE(o.outlet, '') = ?"),
            (start, end) if outlet is None else (start, end, outlet))
        return [(str(r[0]), str(r[1]), [i for i in str(r[2]).split(",") if i], str(r[3]), float(r[4]), float(r[5]),
                 str(r[6])) for r in rows]

    async def opened_between(self, start: float, end: float, outlet: str | None = None) -> list[TicketRow]:
        if outlet is None:
            rows = await self._db.fetch(f"SELECT {_COLUMNS} FROM tickets WHERE opened_at >= ? AND opened_at < ?",
                                        (start, end))
        else:
            rows = await self._db.fetch(f"SELECT {_COLUMNS} FROM tickets WHERE outlet = ? AND opened_at >= ? AND "
                                        "opened_at < ?", (outlet, start, end))
        return [row_to_ticket(r) for r in rows]

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

    async def get(self, ticket_id: str) -> TicketRow | None:
        rows = await self._db.fetch(f"SELECT {_COLUMNS} FROM tickets WHERE id = ?", (ticket_id,))
        if not rows:
            return None
        hist = await self._db.fetch("SELECT at, kind, detail FROM ticket_history WHERE ticket_id = ? ORDER BY at, kind",
                                    (ticket_id,))
        return row_to_ticket(rows[0], [HistoryEntry(float(h[0]), str(h[1]), str(h[2])) for h in hist])

    async def query(self, *, status: str | None = None, intent: str | None = None, merchant: str | None = None,
                    outlet: str | None = None, waybill: str | None = None, opened: tuple[float, float] | None = None,
                    limit: int = 100) -> list[TicketRow]:
        """Tickets by any of these, newest first; ``opened``: opened within [start, end)."""
        where: list[str] = []
        args: list[object] = []
        for column, value in (("status", status), ("intent", intent), ("merchant", merchant), ("waybill", waybill)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if outlet is not None:  # ("": a deployment's one outlet)
            where.append("outlet = ?")
            args.append(outlet)
        if opened is not None:
            where += ["opened_at >= ?", "opened_at < ?"]
            args += list(opened)
        sql = f"SELECT {_COLUMNS} FROM tickets" + (" WHERE " + " AND ".join(where) if where else "")
        rows = await self._db.fetch(sql + " ORDER BY opened_at DESC LIMIT ?", (*args, limit))
        return [row_to_ticket(r) for r in rows]

    async def request_counts(self, start: float, end: float, outlet: str | None, utc_offset_s: int
                             ) -> tuple[dict[str, int], dict[str, int], dict[int, int]]:
        """The requests received in [start, end) counted in the store (a day of an outlet's requests is tens of
        thousands of rows): by outcome, by their intents (as recorded, comma-joined) and by hour of the day at
        ``utc_offset_s``. An answer to the bot's question ("确认") is no request of its own and is not counted.
        ``outlet`` as in ``requests_between``."""
        join = "" if outlet is None else " LEFT JOIN request_outlets o ON o.id = r.id"
        where = "r.received_at >= ? AND r.received_at < ? AND r.outcome <> 'confirmation'" + ("" if outlet is None else
                                                              " AND COALESCE(o.outlet, '') = ?")
        args = (start, end) if outlet is None else (start, end, outlet)
        hour = f"CAST(r.received_at + {int(utc_offset_s)} AS BIGINT) % 86400 / 3600"
        rows = await self._db.fetch(f"SELECT r.outcome, r.intents, {hour}, COUNT(*) FROM requests r{join} "
                                    f"WHERE {where} GROUP BY 1, 2, 3", args)  # (one pass over the day)
        outcomes: dict[str, int] = {}
        intents: dict[str, int] = {}
        hours: dict[int, int] = {}
        for outcome, joined, h, n in rows:
            outcomes[str(outcome)] = outcomes.get(str(outcome), 0) + int(n)
            intents[str(joined)] = intents.get(str(joined), 0) + int(n)
            hours[int(h)] = hours.get(int(h), 0) + int(n)
        return outcomes, intents, hours

    async def opened_count(self, start: float, end: float, outlet: str | None = None) -> int:
        """Tickets opened in [start, end), of one outlet or all."""
        rows = await self._db.fetch("SELECT COUNT(*) FROM tickets WHERE opened_at >= ? AND opened_at < ?" + (
            "" if outlet is None else " AND outlet = ?"), (start, end) if outlet is None else (start, end, outlet))
        return int(rows[0][0])

    async def open_count(self, outlet: str | None = None) -> int:
        """Open tickets, of one outlet or all."""
        rows = await self._db.fetch("SELECT COUNT(*) FROM tickets WHERE status = 'open'" + (
            "" if outlet is None else " AND outlet = ?"), () if outlet is None else (outlet,))
        return int(rows[0][0])

    async def counts(self) -> dict[str, int]:
        rows = await self._db.fetch("SELECT status, COUNT(*) FROM tickets GROUP BY status")
        return {str(r[0]): int(r[1]) for r in rows}

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
