"""Carrier test kit: the simulator served over real HTTP on a free port, and an in-process transport to it
(the simulator's own logic without sockets) for fast unit tests of the carrier layer and the handlers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any, Protocol

import anyio
import anyio.lowlevel
from aiohttp import web

from kefu_dev.carrier_sim import CarrierSim
from router import httpserve
from router.carrier.carriers import Carriers, http_clients, http_pool
from router.carrier.model import Item, ItemResult, Op
from router.config import CarrierSettings
from router.errors import CarrierRejectedError, CarrierRetryableError


class Served(Protocol):
    """A simulator that serves an aiohttp application (the carrier simulator, the chat simulator)."""

    def app(self) -> web.Application: ...


@asynccontextmanager
async def served(sim: Served, app: web.Application | None = None) -> AsyncIterator[str]:
    """Serve the simulator (or another app) on 127.0.0.1 and a free port; yields the base URL."""
    async with httpserve.served(app or sim.app()) as url:
        yield url


class SimTransport:
    """A CarrierClient that hands each batch to the simulator's logic in-process. ``script`` holds whole-call
    failures to raise first, in order ("429", "500", "400", "timeout")."""

    def __init__(self, carrier: str, sim: CarrierSim, script: Sequence[str] = ()) -> None:
        self.carrier = carrier
        self.sim = sim
        self.script = list(script)
        self.calls: list[tuple[Op, list[str]]] = []

    def batch_limit(self, op: Op) -> int:
        return 1000  # (the generic protocol's, as the simulator's logic takes it)

    async def call(self, op: Op, items: Sequence[Item]) -> list[ItemResult]:
        self.calls.append((op, [i.waybill for i in items]))
        await anyio.lowlevel.checkpoint()
        if self.script:
            what = self.script.pop(0)
            if what == "429":
                raise CarrierRetryableError(self.carrier, "HTTP 429", retry_after_s=0.05, throttled=True)
            if what == "429-a-day":
                raise CarrierRetryableError(self.carrier, "HTTP 429", retry_after_s=86400, throttled=True)
            if what in ("500", "timeout"):
                raise CarrierRetryableError(self.carrier, what)
            if what == "400":
                raise CarrierRejectedError(self.carrier, 400, "bad request")
        return [self.sim.answer(self.carrier, op, i, None) for i in items]


class BlockedWatch:
    """Notes whether the carrier layer ever said ``blocked`` (a circuit open) while the body ran."""

    def __init__(self, carriers: Carriers) -> None:
        self.carriers = carriers
        self.seen = False

    async def run(self) -> None:
        while True:
            self.seen |= self.carriers.blocked
            await anyio.sleep(0.01)


def carrier_settings(**overrides: Any) -> CarrierSettings:
    base: dict[str, Any] = dict(linger_ms=5.0, backoff_base_s=0.01, backoff_max_s=0.05, breaker_cooldown_s=0.2,
                                item_deadline_s=20.0)
    base.update(overrides)
    return CarrierSettings(**base)


@asynccontextmanager
async def http_carriers(url: str, settings: CarrierSettings) -> AsyncIterator[Carriers]:
    import msgspec

    s = msgspec.structs.replace(settings, base_url=url)
    async with http_pool(s) as pool, anyio.create_task_group() as tg:
        carriers = Carriers(http_clients(s, pool), s, seed=1)
        await tg.start(carriers.run)
        yield carriers
        tg.cancel_scope.cancel()


@asynccontextmanager
async def memory_carriers(clients: dict[str, Any], settings: CarrierSettings) -> AsyncIterator[Carriers]:
    async with anyio.create_task_group() as tg:
        carriers = Carriers(clients, settings, seed=1)
        await tg.start(carriers.run)
        yield carriers
        tg.cancel_scope.cancel()
