"""Outlets kept in the store: added and changed by ``kefu-router outlet …`` and ``merchant import``, read again by
every running router when they change (``keep_network``), without a restart.

Each outlet is one row: its ``[outlets.<id>]`` table as JSON (validated as ``OutletSettings`` before it is
written) and a version, the network's next. A removed outlet stays as an empty row with a new version, so that a
router that polls the highest version sees the removal too. Stored outlets come over ``[outlets]`` of the file
with the same id.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager

import anyio
import msgspec
from anyio.abc import TaskStatus

from router.config import Settings
from router.config.sections import OutletSettings
from router.errors import ConfigError, StoreError
from router.outlets import Network
from router.tickets.store import Db, open_store

log = logging.getLogger("kefu.outlets")

_decoder = msgspec.json.Decoder(OutletSettings)
_encoder = msgspec.json.Encoder()


class OutletStore:
    """The stored outlets, over the ticket store's database (or another, ``network.store``)."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def __repr__(self) -> str:
        return "<OutletStore>"

    async def version(self) -> int:
        """The network's version: it moves on whenever an outlet is added, changed or removed."""
        rows = await self._db.fetch("SELECT COALESCE(MAX(version), 0) FROM outlet_config")
        return int(rows[0][0])

    async def outlets(self) -> tuple[int, dict[str, OutletSettings]]:
        """(version, the stored outlets by id)."""
        async with self._db.transaction():
            rows = await self._db.fetch("SELECT id, body, version FROM outlet_config")
        out: dict[str, OutletSettings] = {}
        for oid, body, _ in rows:
            if body:
                try:
                    out[str(oid)] = _decoder.decode(str(body).encode())
                except msgspec.DecodeError as e:  # written by a newer release, or by hand: say which
                    raise ConfigError(f"stored outlet {oid!r} cannot be read: {e}") from None
        return max((int(r[2]) for r in rows), default=0), out

    async def get(self, oid: str) -> OutletSettings | None:
        return (await self.outlets())[1].get(oid)

    async def put(self, outlets: Mapping[str, OutletSettings | None], now: float | None = None) -> int:
        """Write outlets (None: remove it) in one transaction; returns the network's new version."""
        now = time.time() if now is None else now
        async with self._db.transaction():
            rows = await self._db.fetch("SELECT COALESCE(MAX(version), 0) FROM outlet_config")
            version = int(rows[0][0]) + 1
            for oid, o in outlets.items():
                body = "" if o is None else _encoder.encode(o).decode()
                await self._db.execute(
                    "INSERT INTO outlet_config (id, body, version, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET body = excluded.body, version = excluded.version, "
                    "updated_at = excluded.updated_at", (oid, body, version, now))
        return version


@asynccontextmanager
async def network_store(settings: Settings) -> AsyncIterator[OutletStore | None]:
    """A network's stored outlets (``[outlets]`` or ``network.store`` set: in ``network.store``, else the ticket
    store), open for the block; None for a deployment of one outlet."""
    if not (settings.outlets or settings.network.store):
        yield None
        return
    store = await open_store(settings.network.store or settings.tickets.store)
    try:
        yield OutletStore(store.db)
    finally:
        with anyio.CancelScope(shield=True):
            await store.close()


async def watch_network(settings: Settings, store: OutletStore, on_change: Callable[[Network], Awaitable[None]], *,
                        accounts: bool = True, directories: bool = True,
                        task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Until cancelled, every ``network.reload_s``: when the stored outlets changed, the network they make with
    the file's, handed to ``on_change`` (``accounts``, ``directories``: as ``Network.from_settings``). A network
    that does not validate, or a store out of reach, is logged and the one before stays."""
    seen = await store.version()
    task_status.started()
    while True:
        await anyio.sleep(settings.network.reload_s)
        try:
            if await store.version() == seen:
                continue
            version, stored = await store.outlets()
            network = Network.from_settings(settings, stored=stored, accounts=accounts, directories=directories)
        except (ConfigError, StoreError) as e:
            log.error("stored outlets not taken (the network before stays): %s", e)
            continue
        await on_change(network)
        seen = version
        log.info("outlets now: %d (version %d)", len(network.outlets), version)
