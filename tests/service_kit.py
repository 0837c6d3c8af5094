"""The whole service on real Kafka for integration tests: settings with a directory and the simulator's URL,
and a running router with the customer service and its carrier layer."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio

from bench.service_bench import UNLIMITED
from handlers.customer_service import build
from kefu_dev import sample, world
from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import CarrierSim
from router.carrier.callbacks import lookup_in, run_callbacks
from router.carrier.carriers import http_pool
from router.carrier.ledger import EffectLedger
from router.carrier.wire.setup import Pools
from router.config import Settings, isolated
from router.contracts import MerchantRequest, Reply, encode
from router.dispatcher import Dispatcher
from router.kafka import KafkaSink, KafkaSource
from router.parsing.parser import parse
from router.shipments import Shipment, Shipments
from router.tickets.results import poll_results
from router.tickets.store import open_store
from tests.harness import fresh_settings

# `make chaos` runs the fault scenarios at full size (KEFU_CHAOS=full); CI runs them reduced.
CHAOS_SCALE = 5 if os.environ.get("KEFU_CHAOS") == "full" else 1
PROTOCOLS = ("generic", "open_platform")  # the fault scenarios run on both
OPEN_CARRIERS = ("zto", "yto", "sf", "jt", "ems")  # the sample's numbers' carriers, each in its own protocol


def real_protocols(sim: CarrierSim) -> dict[str, Any]:
    """``[carrier]`` for the carriers' real protocols with the simulator's main account, its limits sized for a
    burst of sample traffic (one waybill a call)."""
    return {"protocol": "open_platform", "ownership": "shipments", "carriers": list(OPEN_CARRIERS),
            "accounts": {c: credentials(c, sim.config_account()).values for c in OPEN_CARRIERS},
            "concurrency": 64, "rate_per_s": 1000.0, "burst": 100, "result_poll_s": 0.5}


async def record_pickups(s: Settings, texts: Iterable[str]) -> int:
    """The outlet's pickup records of every parcel ``texts`` name (the simulator's world says who shipped each;
    a number it has no parcel for has no record), in the settings' ticket store."""
    rows = {w: Shipment(w, c, o) for text in texts for pr in parse(text).requests for w in pr.waybills
            if (o := world.owner_of(w)) is not None and (c := world.carrier_of(w)) is not None}
    store = await open_store(s.tickets.store)
    try:
        return await Shipments(store.db).record("", list(rows.values()))
    finally:
        await store.close()


def settings_for(tmp: Path, url: str, callback_url: str = "", merchants: int = 50,
                 **sections: Any) -> Settings:
    path = tmp / "directory.json"
    sample.directory(merchants).dump(path)
    base = fresh_settings(topics={"partitions": 4})
    # Sample traffic is produced in a burst, far faster than merchants type: the limits are unit-tested.
    return isolated(base, base.kafka.group_id,
                    carrier={"base_url": url, "callback_url": callback_url, "linger_ms": 5.0,
                             "breaker_threshold": 3, "breaker_cooldown_s": 0.3, "backoff_max_s": 0.2,
                             "max_attempts": 100, "item_deadline_s": 120.0, **sections.pop("carrier", {})},
                    directory={"path": str(path)}, commit={"interval_s": 0.2},
                    **{"limits": UNLIMITED, "tickets": {"store": f"sqlite:///{tmp / 'tickets.db'}"}, **sections})


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[Dispatcher]:
    pools = Pools(settings.carrier.concurrency)  # (the carriers' own platforms, when they are spoken)
    records = await open_store(settings.tickets.store) if settings.carrier.ownership == "shipments" else None
    try:
        async with KafkaSink(settings) as sink, http_pool(settings.carrier) as pool, \
                anyio.create_task_group() as tg:
            owners = Shipments(records.db) if records is not None else None
            ledger = EffectLedger(records.db) if records is not None else None
            service, carriers = build(settings, pool, owners=owners, pools=pools, ledger=ledger)
            await tg.start(carriers.run)
            if records is not None and settings.carrier.protocol == "open_platform":  # (as `kefu-router run`)
                await tg.start(poll_results, settings, records, carriers, sink)
            if settings.callbacks.port:  # (the carriers' pushes, verified with the outlets' credentials)
                pushed = lookup_in(carriers) if settings.carrier.protocol == "open_platform" else None
                await tg.start(run_callbacks, settings, sink, pushed)
            router = Dispatcher(settings, KafkaSource(settings), sink, service, gate=carriers)
            async with anyio.create_task_group() as inner:
                await inner.start(router.run)
                yield router
                router.request_stop()
            tg.cancel_scope.cancel()  # the carrier layer runs until cancelled
    finally:
        pools.close()
        if records is not None:
            await records.close()


def req(rid: str, merchant: str, text: str) -> tuple[bytes, bytes]:
    r = MerchantRequest(id=rid, merchant=merchant, group=f"g-{merchant}", sender=f"u-{merchant}",
                        platform="demo", text=text, received_at=datetime.now(UTC))
    return merchant.encode(), encode(r)


class Tally:
    """What a fault scenario did to the requests needing an answer: answered, lost (must be 0), duplicate replies
    (counted) and parcels acted on twice by the carrier (must be 0: a redelivered record reuses its idempotency
    key)."""

    COSTLY = ("intercept", "cancel", "change_address")

    def __init__(self, expected: set[str], replies: list[Reply], sim: CarrierSim) -> None:
        self.expected = expected
        self.answered = {r.request_id for r in replies}
        self.lost = expected - self.answered
        self.duplicates = sum(n - 1 for n in Counter(r.request_id for r in replies).values())
        acted = Counter((op, waybill) for op, waybill, _key in sim.acted())
        self.twice = {k: n for k, n in acted.items() if n > 1 and k[0] in self.COSTLY}
        self.effects = dict(sim.stats.effects)

    def check(self) -> None:
        """The two promises every fault scenario keeps: nothing lost, no parcel acted on twice."""
        assert not self.lost, f"{len(self.lost)} lost, e.g. {sorted(self.lost)[:5]}"
        assert not self.twice, f"acted on twice: {self.twice}"  # intercept, cancel, address change once a parcel

    def __repr__(self) -> str:
        return (
            f"needing an answer {len(self.expected)}, answered {len(self.answered & self.expected)}, lost "
            f"{len(self.lost)}, duplicate replies {self.duplicates}, parcels acted on twice {len(self.twice)}, "
            f"carrier effects {self.effects}"
        )
