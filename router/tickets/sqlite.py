"""SQLite backend (aiosqlite): the embedded default, one file, one writer (this process)."""

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

_inside: ContextVar[bool] = ContextVar("_inside", default=False)  # this task holds the connection's transaction


class SqliteDb:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn
        # One connection: a statement of another task run while a transaction is open would join it, and vanish
        # with its rollback; so every statement outside the transaction's own task waits for it to end.
        self._lock = anyio.Lock()

    @classmethod
    async def connect(cls, path: str) -> SqliteDb:
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = await aiosqlite.connect(path, isolation_level=None)
        except (OSError, sqlite3.Error) as e:  # a directory that cannot be made, a file that is no database
            raise ConfigError(f"cannot open the ticket store (tickets.store) at {path}: {type(e).__name__}: {e}"
                              ) from None
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes
        await conn.execute("PRAGMA busy_timeout=5000")
        return cls(conn)

    @contextlib.asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        if _inside.get():
            yield
        else:
            async with self._lock:
                yield

    async def execute(self, sql: str, args: Sequence[Any] = ()) -> None:
        async with self._turn():
            await self._conn.execute(sql, tuple(args))

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        async with self._turn():
            await self._conn.executemany(sql, [tuple(r) for r in rows])

    async def fetch(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]:
        async with self._turn(), self._conn.execute(sql, tuple(args)) as cur:
            return list(await cur.fetchall())

    async def script(self, sql: str) -> None:
        async with self._turn():
            for statement in (s.strip() for s in sql.split(";")):
                if statement:
                    await self._conn.execute(statement)

    async def lock_for_migrations(self) -> None:
        pass  # BEGIN IMMEDIATE already holds the database's write lock

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if _inside.get():  # (nested: part of the transaction open, as on PostgreSQL)
            yield
            return
        async with self._lock:
            token = _inside.set(True)
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
