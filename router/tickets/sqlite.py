"""SQLite backend (aiosqlite): the embedded default, one file, one writer at a time.

Two connections to the file: one that writes, taken by one task at a time (a transaction, or a single write
outside any), and one that reads outside transactions. A statement of another task therefore never joins a
transaction that is not its own (it would vanish with that transaction's rollback); a write waits for this
process's transaction to end on the lock, not on the file's (where a busy event loop could hold a transaction past
``busy_timeout`` and fail it); and reads need not wait at all (WAL: readers see what was committed). Other
processes on the same file wait for its write lock up to ``busy_timeout``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import aiosqlite
import anyio

from router.errors import ConfigError

# the SqliteDb whose transaction this task holds (a transaction's statements go to its connection)
_inside: ContextVar[SqliteDb | None] = ContextVar("_inside", default=None)


class SqliteDb:
    def __init__(self, conn: aiosqlite.Connection, auto: aiosqlite.Connection | None = None) -> None:
        self._conn = conn  # writes and transactions, one task at a time
        self._auto = auto or conn  # reads outside a transaction
        self._lock = anyio.Lock()

    @classmethod
    async def connect(cls, path: str) -> SqliteDb:
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            conns = [await aiosqlite.connect(path, isolation_level=None) for _ in range(2)]
        except (OSError, sqlite3.Error) as e:  # a directory that cannot be made, a file that is no database
            raise ConfigError(f"cannot open the ticket store (tickets.store) at {path}: {type(e).__name__}: {e}"
                              ) from None
        for conn in conns:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes
            await conn.execute("PRAGMA busy_timeout=5000")
        return cls(*conns)

    @contextlib.asynccontextmanager
    async def _writer(self) -> AsyncIterator[aiosqlite.Connection]:
        """The writing connection: this task's transaction's, or else its turn of it."""
        if _inside.get() is self:
            yield self._conn
        else:
            async with self._lock:
                yield self._conn

    async def execute(self, sql: str, args: Sequence[Any] = ()) -> None:
        async with self._writer() as conn:
            await conn.execute(sql, tuple(args))

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        async with self._writer() as conn:
            await conn.executemany(sql, [tuple(r) for r in rows])

    async def fetch(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]:
        if _inside.get() is not self and sql.lstrip()[:6].upper() == "SELECT":  # (a read: no turn needed)
            async with self._auto.execute(sql, tuple(args)) as cur:
                return list(await cur.fetchall())
        async with self._writer() as conn, conn.execute(sql, tuple(args)) as cur:  # (INSERT … RETURNING)
            return list(await cur.fetchall())

    async def script(self, sql: str) -> None:
        async with self._writer() as conn:
            for statement in (s.strip() for s in sql.split(";")):
                if statement:
                    await conn.execute(statement)

    async def lock_for_migrations(self) -> None:
        pass  # BEGIN IMMEDIATE already holds the database's write lock

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if _inside.get() is self:  # (nested: part of the transaction open, as on PostgreSQL)
            yield
            return
        async with self._lock:
            token = _inside.set(self)
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                    await self._conn.execute("COMMIT")
                except BaseException:  # (a COMMIT refused too: never leave the transaction open for the next)
                    with anyio.CancelScope(shield=True), contextlib.suppress(sqlite3.Error):
                        await self._conn.execute("ROLLBACK")
                    raise
            finally:
                _inside.reset(token)

    async def close(self) -> None:
        await self._conn.close()
        if self._auto is not self._conn:
            await self._auto.close()
