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
from functools import partial
from typing import Any

import anyio
import msgspec
from anyio.abc import TaskGroup, TaskStatus

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
        """(version, the stored outlets by id). One that cannot be read (written by hand, or by a newer release)
        is left out, and said so in the log."""
        async with self._db.transaction():
            rows = await self._db.fetch("SELECT id, body, version FROM outlet_config")
        # (a network's outlets are read in a worker thread: not on the event loop's time, docs/outlets.md)
        return max((int(r[2]) for r in rows), default=0), await anyio.to_thread.run_sync(_decoded, rows)

    async def change(self, edit: Callable[[dict[str, OutletSettings]], Mapping[str, OutletSettings | None]],
                     now: float | None = None) -> tuple[int, Mapping[str, OutletSettings | None]]:
        """Apply ``edit`` to the stored outlets and write what it returns (None: removed), one writer at a time:
        read, edited and written in one transaction under the store's write lock, so that two commands at once
        neither lose an update nor share a version. ``edit`` raises ConfigError to write nothing. Returns the
        network's new version and what was written."""
        now = time.time() if now is None else now
        async with self._db.transaction():
            await self._db.lock_for_migrations()  # the same lock serialises writers of the shared outlets
            rows = await self._db.fetch("SELECT id, body, version FROM outlet_config")
            changed = edit(_decoded(rows))
            version = max((int(r[2]) for r in rows), default=0) + 1
            for oid, o in changed.items():
                body = "" if o is None else _encoder.encode(o).decode()
                await self._db.execute(
                    "INSERT INTO outlet_config (id, body, version, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET body = excluded.body, version = excluded.version, "
                    "updated_at = excluded.updated_at", (oid, body, version, now))
        return version, changed

    async def put(self, outlets: Mapping[str, OutletSettings | None], now: float | None = None) -> int:
        """Write outlets (None: remove it); returns the network's new version."""
        return (await self.change(lambda _: outlets, now))[0]


def _decoded(rows: list[Any]) -> dict[str, OutletSettings]:
    out: dict[str, OutletSettings] = {}
    for oid, body, _ in rows:
        if body:
            try:
                out[str(oid)] = _decoder.decode(str(body).encode())
            except msgspec.DecodeError as e:
                log.error("stored outlet %r cannot be read, left out: %s", oid, e)
    return out


@asynccontextmanager
async def network_store(settings: Settings, tickets: Db | None = None) -> AsyncIterator[OutletStore | None]:
    """A network's stored outlets (``[outlets]`` or ``network.store`` set: in ``network.store``, else the ticket
    store, ``tickets`` when the caller has it open already), open for the block; None for a deployment of one
    outlet."""
    if not (settings.outlets or settings.network.store):
        yield None
        return
    if tickets is not None and not settings.network.store:
        yield OutletStore(tickets)
        return
    store = await open_store(settings.network.store or settings.tickets.store)
    try:
        yield OutletStore(store.db)
    finally:
        with anyio.CancelScope(shield=True):
            await store.close()


_CLOCKS_APART_S = 1.0  # how far the gateway's clock (a message's time) may be from ours


class NetworkWatch:
    """Takes the stored outlets whenever they change after version ``since`` (the one the caller's network was
    made of): every ``network.reload_s`` (``run``), and at once when asked (``look_now``: a router that met a group
    no outlet has, which may belong to an outlet added a moment ago). A network that does not validate, or a store
    out of reach, is logged and the one before stays; the next change is tried again.

    ``accounts``, ``directories``: as ``Network.from_settings``."""

    MIN_LOOK_S = 0.5  # a flood of unknown groups asks the store at most this often (each waiting at most this)

    def __init__(self, settings: Settings, store: OutletStore, on_change: Callable[[Network], Awaitable[None]], *,
                 since: int, accounts: bool = True, directories: bool = True) -> None:
        self._settings, self._store, self._on_change = settings, store, on_change
        self._seen = since
        self._accounts, self._directories = accounts, directories
        self._lock = anyio.Lock()
        self._last_look = -1e9  # when the latest look began: the loop's clock
        self._last_look_wall = time.time()  # ... and the wall clock's, for messages' times (the caller's network was
        # read from the store just before)

    def __repr__(self) -> str:
        return f"<NetworkWatch version={self._seen}>"

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Look every ``network.reload_s`` until cancelled."""
        task_status.started()
        while True:
            await anyio.sleep(self._settings.network.reload_s)
            await self.look_now()

    async def look_now(self, received_at: float | None = None) -> None:
        """Look at the store, in a look that begins after this call did: callers at once share one look, and looks
        begin at most every ``MIN_LOOK_S`` (a later caller waits for the next). A change found is handed over
        before this returns. ``received_at`` (epoch seconds): when the message that asks was received; a look
        begun well after that has seen every outlet there was then, and none is made (a removed outlet's backlog
        is refused at once, not a look for each)."""
        asked = anyio.current_time()
        async with self._lock:  # (held through each look: once we have it, no look is half done)
            if self._last_look > asked:
                return  # a look began after we asked: it has seen what we would see
            if received_at is not None and self._last_look_wall > received_at + _CLOCKS_APART_S:
                return
            await anyio.sleep(max(0.0, self._last_look + self.MIN_LOOK_S - anyio.current_time()))
            self._last_look, self._last_look_wall = anyio.current_time(), time.time()
            await self._look()

    async def _look(self) -> None:
        try:
            if await self._store.version() == self._seen:
                return
            version, stored = await self._store.outlets()
            network = await anyio.to_thread.run_sync(partial(
                Network.from_settings, self._settings, stored=stored, accounts=self._accounts,
                directories=self._directories))
        except (ConfigError, StoreError) as e:
            log.error("stored outlets not taken (the network before stays): %s", e)
            return
        except Exception as e:  # the database's own error (a restart, a dropped connection): try again later
            log.error("stored outlets not read (%s); trying again", type(e).__name__)
            return
        await self._on_change(network)
        self._seen = version
        log.info("outlets now: %d (version %d)", len(network.outlets), version)


async def watch_network(settings: Settings, store: OutletStore, on_change: Callable[[Network], Awaitable[None]], *,
                        since: int, accounts: bool = True, directories: bool = True,
                        task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """``NetworkWatch(...).run()``: until cancelled, every ``network.reload_s``, the network of the stored outlets
    handed to ``on_change`` when they changed."""
    watch = NetworkWatch(settings, store, on_change, since=since, accounts=accounts, directories=directories)
    await watch.run(task_status=task_status)


async def followed_network(settings: Settings, kept: OutletStore | None, tg: TaskGroup,
                           on_change: Callable[[Network], Awaitable[None]]) -> Network:
    """The groups of the network (no secrets, no directories: a chat gateway's, a follower's) as the settings and
    the store have them now; while ``tg`` runs, a later change goes to ``on_change`` (not before
    ``network.reload_s``, so that the caller may build what it updates after this returns)."""
    if kept is None:
        return Network.from_settings(settings, accounts=False, directories=False)
    version, stored = await kept.outlets()
    network = Network.from_settings(settings, accounts=False, directories=False, stored=stored)
    await tg.start(partial(watch_network, settings, kept, on_change, since=version, accounts=False,
                           directories=False))
    return network
