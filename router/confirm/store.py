"""The confirmation store on the ticket database (``tickets.store``: SQLite embedded, PostgreSQL shared).

Questions live in the ``confirmations`` table (migration 4 of ``router.tickets.store``); their state changes with
one ``UPDATE … WHERE status = 'pending' … RETURNING``, so exactly one caller settles each, whichever router or
process it runs in.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Literal, overload

import msgspec

from router.confirm.model import Answered, Pending, Status, pending_decoder, pending_encoder
from router.errors import StoreError
from router.tickets.store import TicketStore, open_store

log = logging.getLogger("kefu.confirm")


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

    async def add(self, pending: Sequence[Pending]) -> list[str]:
        new: list[str] = []
        with _mapped("add"):
            async with self._db.transaction():
                for p in pending:  # a handful a message: one statement each, to learn which were new
                    rows = await self._db.fetch(
                        "INSERT INTO confirmations (id, merchant, sender, body, status, asked_at, expires_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id",
                        (p.id, p.merchant, p.sender, pending_encoder.encode(p).decode(), "pending", p.asked_at,
                         p.expires_at))
                    new += [str(r[0]) for r in rows]
        return new

    async def open_for(self, merchant: str) -> list[Pending]:
        with _mapped("open_for"):
            rows = await self._db.fetch("SELECT body FROM confirmations WHERE merchant = ? AND status = 'pending' "
                                        "ORDER BY asked_at, id", (merchant,))
        return _decoded(rows)

    async def resolve(self, ids: Sequence[str], status: Status, by: str, now: float,
                      unexpired: bool = True, said_at: float | None = None) -> list[Pending]:
        if not ids:
            return []
        sql = ("UPDATE confirmations SET status = ?, resolved_by = ?, resolved_at = ? WHERE status "
               + ("IN ('pending', 'lapsing')" if status == "lapsed" else "= 'pending'")
               + (" AND expires_at > ?" if unexpired else "") + " AND id IN ({}) RETURNING body")
        with _mapped("resolve"):
            async with self._db.transaction():
                rows = await TicketStore.in_(self._db, sql, ids,
                                             prefix=(status, by, now, now if said_at is None else said_at)
                                             if unexpired else (status, by, now))
        return _decoded(rows)

    async def answered_by(self, merchant: str, request_id: str) -> list[Answered]:
        with _mapped("answered_by"):
            rows = await self._db.fetch("SELECT body, status FROM confirmations WHERE resolved_by = ? AND merchant = ?",
                                        (request_id, merchant))
        return [Answered(p, r[1]) for r, p in zip(rows, _decoded(rows, keep_gaps=True), strict=True) if p is not None]

    async def lapse(self, now: float, limit: int = 500, retry_after_s: float = 60.0,
                    grace_s: float = 0.0) -> list[Pending]:
        due = "(status = 'pending' OR (status = 'lapsing' AND resolved_at < ?)) AND expires_at <= ?"
        with _mapped("lapse"):
            async with self._db.transaction():
                rows = await self._db.fetch(
                    f"UPDATE confirmations SET status = 'lapsing', resolved_by = '', resolved_at = ? WHERE id IN "
                    f"(SELECT id FROM confirmations WHERE {due} ORDER BY expires_at LIMIT ?) AND {due} RETURNING body",
                    (now, now - retry_after_s, now - grace_s, limit, now - retry_after_s, now - grace_s))
        return _decoded(rows)

    async def lapsed(self, ids: Sequence[str], now: float) -> None:
        if ids:
            with _mapped("lapsed"):
                async with self._db.transaction():
                    await TicketStore.in_(self._db, "UPDATE confirmations SET status = 'lapsed', resolved_at = ? "
                                          "WHERE status = 'lapsing' AND id IN ({}) RETURNING id", ids, prefix=(now,))

    async def claim_approved(self, now: float, limit: int = 100, retry_after_s: float = 60.0) -> list[Pending]:
        due = "(status = 'approved' OR (status = 'acting' AND resolved_at < ?))"
        with _mapped("claim_approved"):
            async with self._db.transaction():
                rows = await self._db.fetch(
                    f"UPDATE confirmations SET status = 'acting', resolved_at = ? WHERE id IN "
                    f"(SELECT id FROM confirmations WHERE {due} ORDER BY resolved_at LIMIT ?) AND {due} RETURNING body",
                    (now, now - retry_after_s, limit, now - retry_after_s))
        return _decoded(rows)

    async def acted(self, ids: Sequence[str], now: float) -> None:
        if ids:
            with _mapped("acted"):
                async with self._db.transaction():
                    await TicketStore.in_(self._db, "UPDATE confirmations SET status = 'confirmed', resolved_at = ? "
                                          "WHERE status = 'acting' AND id IN ({}) RETURNING id", ids, prefix=(now,))

    async def purge(self, before: float) -> int:
        with _mapped("purge"):
            async with self._db.transaction():
                rows = await self._db.fetch(
                    "DELETE FROM confirmations WHERE status NOT IN ('pending', 'lapsing', 'approved', 'acting') "
                    "AND resolved_at < ? RETURNING id", (before,))
        return len(rows)

    async def close(self) -> None:
        await self._tickets.close()


@overload
def _decoded(rows: Sequence[Sequence[object]]) -> list[Pending]: ...
@overload
def _decoded(rows: Sequence[Sequence[object]], keep_gaps: Literal[True]) -> list[Pending | None]: ...


def _decoded(rows: Sequence[Sequence[object]], keep_gaps: bool = False) -> list[Pending] | list[Pending | None]:
    """The questions of ``rows`` (body first); a row that no longer decodes (written by a newer version, or damaged)
    is logged and left out, never allowed to stop the router or the keeper."""
    out: list[Pending | None] = []
    for r in rows:
        try:
            out.append(pending_decoder.decode(str(r[0]).encode()))
        except msgspec.DecodeError as e:
            log.error("confirmation store: a question does not decode, left out: %s", e)
            if keep_gaps:
                out.append(None)
    return out if keep_gaps else [p for p in out if p is not None]


async def open_confirmations(dsn: str) -> SqlConfirmations:
    """Connect to the database named by ``dsn`` (``tickets.store``) and bring its schema up to date."""
    return SqlConfirmations(await open_store(dsn))
