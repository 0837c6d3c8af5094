"""``kefu-router run``: the router process put together: the customer service over the carrier layer, the loops
beside it (the confirmation keeper, staff approvals, the effect ledger, ZTO's result poller, outlet reloads, the
carriers' pushes) and the dispatcher, until SIGTERM or SIGINT, then a graceful drain.

Every background task is started in one task group and readiness is waited for (``tg.start``); a graceful stop of
the dispatcher cancels the rest.
"""

from __future__ import annotations

import logging
import signal
import time
from functools import partial
from typing import TYPE_CHECKING

import anyio
from anyio.abc import TaskGroup

from router.carrier.wire.setup import Pools
from router.config import Settings
from router.confirm.model import ConfirmationStore
from router.dispatcher import Dispatcher
from router.metrics import RouterMetrics
from router.registry import Handler
from router.shipments import Shipments
from router.source import Sink
from router.tickets.store import TicketStore

if TYPE_CHECKING:  # (the service is imported when the router starts, not for every command of the CLI)
    from handlers.customer_service import CustomerService

log = logging.getLogger("kefu.cli")


async def serve(settings: Settings, handler: Handler | None = None) -> None:
    """Create topics, run the router until SIGTERM/SIGINT, then drain, commit and return.

    Without a ``handler`` the router runs the customer service through the carrier layer (or, with
    ``carrier.enabled = false``, acknowledges every request and acts on none), with its questions to merchants
    kept in the confirmation store (``confirm.store``, else ``tickets.store``).
    """
    from router.kafka import ensure_topics
    from router.metrics import RouterMetrics

    created = await ensure_topics(settings)
    if created:
        log.info("created topics %s", created)
    metrics = RouterMetrics()
    confirmations = None
    if handler is None and settings.carrier.enabled and settings.confirm.enabled:
        from router.confirm.store import open_confirmations

        confirmations = await open_confirmations(settings.confirm.store or settings.tickets.store)
    records = None
    try:
        if handler is None and settings.carrier.enabled and settings.carrier.ownership == "shipments":
            from router.tickets.store import open_store

            records = await open_store(settings.tickets.store)  # (the outlets' pickup records: router.shipments)
        await _serve(settings, handler, metrics, confirmations, records)
    finally:
        with anyio.CancelScope(shield=True):
            if confirmations is not None:
                await confirmations.close()
            if records is not None:
                await records.close()


async def _close_at_exit(pools: Pools) -> None:
    try:
        await anyio.sleep_forever()
    finally:
        pools.close()


async def _serve(settings: Settings, handler: Handler | None, metrics: RouterMetrics,
                 confirmations: ConfirmationStore | None, records: TicketStore | None) -> None:
    from handlers import default_registry
    from handlers.customer_service import build
    from router.carrier.accounts import CarrierAccounts
    from router.carrier.callbacks import lookup_in, run_callbacks
    from router.carrier.carriers import http_pool
    from router.carrier.ledger import EffectLedger, keep_ledger
    from router.dispatcher import Gate
    from router.kafka import KafkaSink, KafkaSource
    from router.outlet_store import network_store
    from router.outlets import preload
    from router.runtime import tune_gc

    async with KafkaSink(settings) as sink, http_pool(settings.carrier) as pool, network_store(settings) as kept, \
            anyio.create_task_group() as tg:
        gate: Gate | None = None
        service: CustomerService | None = None
        if handler is None and settings.carrier.enabled:
            version, stored = (await kept.outlets()) if kept is not None else (0, None)
            owners = Shipments(records.db) if records is not None else None
            ledger = EffectLedger(records.db) if records is not None else None  # (effects sent at most once)
            pools = Pools(settings.carrier.concurrency)  # (the carriers' own platforms: used when they are spoken)
            tg.start_soon(_close_at_exit, pools)
            await anyio.to_thread.run_sync(preload, settings, stored)  # (the divisions: off the event loop)
            service, carriers = build(settings, pool, metrics.registry, confirmations, stored, owners, pools, ledger)
            await tg.start(carriers.run)
            if ledger is not None:
                await tg.start(keep_ledger, ledger)
            if records is not None and settings.carrier.protocol == "open_platform":
                from router.tickets.results import poll_results  # (ZTO tells an outcome only when asked)

                await tg.start(poll_results, settings, records, carriers, sink)
            if kept is not None:  # outlets added or changed while it runs: taken within network.reload_s
                from handlers.customer_service import keep_network

                await tg.start(partial(keep_network, settings, kept, service, carriers, since=version))
            handler, gate = service, carriers
        if confirmations is not None:
            await _keep_confirmations(settings, confirmations, sink, service, tg)
        open_platform = settings.carrier.protocol == "open_platform"
        if settings.callbacks.port and open_platform and not isinstance(gate, CarrierAccounts):
            log.warning("callbacks.port set, but without the carriers' accounts no push can be verified: not served")
        elif settings.callbacks.port:  # (the real protocols' pushes are verified with the outlets' credentials)
            pushed = lookup_in(gate) if isinstance(gate, CarrierAccounts) and open_platform else None
            await tg.start(run_callbacks, settings, sink, pushed)
        router = Dispatcher(settings, KafkaSource(settings), sink, handler or default_registry(), metrics, gate)
        if settings.metrics.port:
            from router.ops import serve_ops

            await tg.start(serve_ops, metrics.registry, router.ready, settings.metrics.host, settings.metrics.port)
        tg.start_soon(_stop_on_signal, router)
        tune_gc()
        await router.run()  # returns after a graceful stop
        tg.cancel_scope.cancel()


async def _keep_confirmations(settings: Settings, confirmations: ConfirmationStore, sink: Sink,
                              service: CustomerService | None, tg: TaskGroup) -> None:
    """The loops over the questions: telling merchants of those that lapsed, and acting on those staff approved
    (with the customer service only: it is what acts)."""
    from router.confirm.keeper import keep_lapses

    await tg.start(keep_lapses, confirmations, sink, settings.topics.replies, settings.confirm.check_interval_s,
                   time.time, settings.confirm.keep_settled_s, settings.confirm.grace_s)
    if service is not None:
        from router.confirm.approved import as_records, keep_approved

        await tg.start(keep_approved, confirmations, as_records(settings, service.act_approved), sink,
                       settings.confirm.check_interval_s)


async def _stop_on_signal(router: Dispatcher) -> None:
    with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
        async for sig in signals:
            log.info("received %s: stopping intake and draining", signal.Signals(sig).name)
            router.request_stop()
            return
