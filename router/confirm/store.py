"""The confirmation store on the ticket database (``tickets.store``: SQLite embedded, PostgreSQL shared).

Questions live in the ``confirmations`` table (migration 4 of ``router.tickets.store``); their state changes with
one ``UPDATE … WHERE status = 'pending' … RETURNING``, so exactly one caller settles each, whichever router or
process it runs in.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence

from router.confirm.model import Answered, Pending, Status, pending_decoder, pending_encoder
from router.errors import StoreError
from router.tickets.store import TicketStore, open_store


@contextlib.contextmanager
def _mapped(what: str) -> Iterator[None]:
    """The database's own errors as ``StoreError``: the service then hands the message to a person."""
    try:
        yield
    except (sqlite3.Error, OSError) as e:
        raise StoreError(f"confirmation store: {what} failed: {type(e).__name__}: {e}") from e
    except Exception as e:  # asyncpg's errors, imported only where PostgreSQL is used
        if type(e).__module__.startswith("asyncpg"):
            raise StoreError(f"confirmation store: {what} failed: {type(e).__name__}") from e
        raise


class SqlConfirmations:
    def __init__(self, tickets: TicketStore) -> None:
        self._tickets = tickets
        self._db = tickets.db

    def __repr__(self) -> str:
        return f"<SqlConfirmations {self._tickets!r}>"

    async def add(self, pending: Sequence[Pending]) -> None:
        rows = [(p.id, p.merchant, p.sender, pending_encoder.encode(p).decode(), "pending", p.asked_at, p.expires_at)
                for p in pending]
        if rows:
            with _mapped("add"):
                async with self._db.transaction():
                    await self._db.executemany(
                        "INSERT INTO confirmations (id, merchant, sender, body, status, asked_at, expires_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", rows)

    async def open_for(self, merchant: str) -> list[Pending]:
        with _mapped("open_for"):
            rows = await self._db.fetch("SELECT body FROM confirmations WHERE merchant = ? AND status = 'pending' "
                                        "ORDER BY asked_at, id", (merchant,))
        return [pending_decoder.decode(str(r[0]).encode()) for r in rows]

    async def resolve(self, ids: Sequence[str], status: Status, by: str, now: float,
                      unexpired: bool = True) -> list[Pending]:
        if not ids:
            return []
        sql = ("UPDATE confirmations SET status = ?, resolved_by = ?, resolved_at = ? WHERE status = 'pending'"
               + (" AND expires_at > ?" if unexpired else "") + " AND id IN ({}) RETURNING body")
        with _mapped("resolve"):
            async with self._db.transaction():
                rows = await TicketStore.in_(self._db, sql, ids,
                                             prefix=(status, by, now, now) if unexpired else (status, by, now))
        return [pending_decoder.decode(str(r[0]).encode()) for r in rows]

    async def answered_by(self, request_id: str) -> list[Answered]:
        with _mapped("answered_by"):
            rows = await self._db.fetch("SELECT body, status FROM confirmations WHERE resolved_by = ?",
                                        (request_id,))
        return [Answered(pending_decoder.decode(str(r[0]).encode()), r[1]) for r in rows]

    async def lapse(self, now: float, limit: int = 500, retry_after_s: float = 60.0) -> list[Pending]:
        due = "(status = 'pending' OR (status = 'lapsing' AND resolved_at < ?)) AND expires_at <= ?"
        with _mapped("lapse"):
            async with self._db.transaction():
                rows = await self._db.fetch(
                    f"UPDATE confirmations SET status = 'lapsing', resolved_by = '', resolved_at = ? WHERE id IN "
                    f"(SELECT id FROM confirmations WHERE {due} ORDER BY expires_at LIMIT ?) AND {due} RETURNING body",
                    (now, now - retry_after_s, now, limit, now - retry_after_s, now))
        return [pending_decoder.decode(str(r[0]).encode()) for r in rows]

    async def lapsed(self, ids: Sequence[str], now: float) -> None:
        if ids:
            with _mapped("lapsed"):
                async with self._db.transaction():
                    await TicketStore.in_(self._db, "UPDATE confirmations SET status = 'lapsed', resolved_at = ? "
                                          "WHERE status = 'lapsing' AND id IN ({}) RETURNING id", ids, prefix=(now,))

    async def close(self) -> None:
        await self._tickets.close()


async def open_confirmations(dsn: str) -> SqlConfirmations:
    """Connect to the database named by ``dsn`` (``tickets.store``) and bring its schema up to date."""
    return SqlConfirmations(await open_store(dsn))
