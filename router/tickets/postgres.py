"""PostgreSQL backend (asyncpg): for deployments where several router instances share the tickets.

The store writes SQL with ``?`` placeholders; they become ``$1 … $n`` here. A transaction holds one pooled
connection, and the statements run inside it use that connection (a context variable says which).
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import AsyncIterator, Sequence
from typing import Any

import asyncpg  # type: ignore[import-untyped]

from router.errors import ConfigError

_current: contextvars.ContextVar[Any] = contextvars.ContextVar("kefu_pg_connection", default=None)
_MARK = re.compile(r"\?")


def _numbered(sql: str) -> str:
    n = 0

    def repl(_m: re.Match[str]) -> str:
        nonlocal n
        n += 1
        return f"${n}"

    return _MARK.sub(repl, sql)


class PostgresDb:
    def __init__(self, pool: Any) -> None:
        self._pool = pool
        self._sql: dict[str, str] = {}

    @classmethod
    async def connect(cls, dsn: str) -> PostgresDb:
        try:
            pool = await asyncpg.create_pool(dsn, min_size=1, max_size=8)
        except (OSError, asyncpg.PostgresError) as e:
            raise ConfigError(f"cannot connect to the ticket store (tickets.store): {type(e).__name__}: {e}") from None
        return cls(pool)

    def _q(self, sql: str) -> str:
        q = self._sql.get(sql)
        if q is None:
            q = self._sql[sql] = _numbered(sql)
        return q

    @contextlib.asynccontextmanager
    async def _conn(self) -> AsyncIterator[Any]:
        conn = _current.get()
        if conn is not None:
            yield conn
        else:
            async with self._pool.acquire() as fresh:
                yield fresh

    async def execute(self, sql: str, args: Sequence[Any] = ()) -> None:
        async with self._conn() as c:
            await c.execute(self._q(sql), *args)

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        async with self._conn() as c:
            await c.executemany(self._q(sql), [tuple(r) for r in rows])

    async def fetch(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]:
        async with self._conn() as c:
            return [tuple(r) for r in await c.fetch(self._q(sql), *args)]

    async def script(self, sql: str) -> None:
        async with self._conn() as c:
            await c.execute(sql)

    async def lock_for_migrations(self) -> None:
        # Held until the transaction ends; concurrent CREATE TABLEs would otherwise fail one of the routers.
        await self.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.kefu_migrations'))")

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if _current.get() is not None:
            yield
            return
        async with self._pool.acquire() as conn, conn.transaction():
            token = _current.set(conn)
            try:
                yield
            finally:
                _current.reset(token)

    async def close(self) -> None:
        await self._pool.close()
