"""The operations endpoint of a process: ``/metrics`` (Prometheus), ``/healthz`` (alive) and ``/readyz``.

``/readyz`` answers 200 only when the process says it is ready (for the router: partitions assigned, Kafka
fetches succeeding, no carrier circuit open) and 503 with the reasons otherwise, so an orchestrator routes
nothing to it and a rollout waits for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import anyio
from aiohttp import web
from anyio.abc import TaskStatus
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from router.httpserve import serve_app

log = logging.getLogger("kefu.ops")

Readiness = Callable[[], tuple[bool, list[str]]]


def app(registry: CollectorRegistry, ready: Readiness) -> web.Application:
    async def metrics(_request: web.Request) -> web.Response:
        return web.Response(body=generate_latest(registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(_request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def readyz(_request: web.Request) -> web.Response:
        ok, problems = ready()
        return web.Response(text="ready\n" if ok else "not ready: " + "; ".join(problems) + "\n",
                            status=200 if ok else 503)

    a = web.Application()
    a.router.add_get("/metrics", metrics)
    a.router.add_get("/healthz", healthz)
    a.router.add_get("/readyz", readyz)
    return a


async def serve_ops(registry: CollectorRegistry, ready: Readiness, host: str, port: int, *,
                    task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED) -> None:
    """Serve until cancelled."""
    await serve_app(app(registry, ready), host, port, "metrics and health (/metrics, /healthz, /readyz)",
                    task_status=task_status)
