"""The ticket store's read-only queries: tickets by id or by filter, and the counts behind the day's report and
the console's dashboard.

A base class of ``TicketStore`` (router.tickets.store), so that they stay its methods (``store.query(...)``,
``store.request_counts(...)``) while the store's module keeps the writes: opening tickets, applying carrier events,
escalating, purging. None opens a transaction: each is one statement, but for ``get``, which reads a ticket and then
its history.
"""

from __future__ import annotations

from router.tickets.db import Db
from router.tickets.rows import TICKET_COLUMNS as _COLUMNS
from router.tickets.rows import HistoryEntry, TicketRow, row_to_ticket


class TicketQueries:
    """Reads of the tickets and requests tables, over the ``Db`` its subclass holds."""

    _db: Db

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
