"""What a ticket-store backend must do (``Db``): the SQLite and PostgreSQL backends (router.tickets.sqlite,
router.tickets.postgres) implement it, and every store sharing the ticket database writes through it.

A module of its own so that the store's parts (its queries) and the stores beside it can name the protocol without
importing the ticket store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


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
