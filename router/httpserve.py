"""Serving an aiohttp application inside anyio structured concurrency: one implementation for every HTTP endpoint
the project runs (metrics, carrier callbacks, the carrier simulator, the chat ingress, the chat simulator, the demo's).

``serve_app`` runs until cancelled and reports the bound port through ``TaskGroup.start`` (port 0 picks a free
one); ``served`` is the same as an async context manager that yields the base URL. Cleanup runs shielded, so a
cancelled owner still closes its sockets.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from aiohttp import web
from anyio.abc import TaskStatus

log = logging.getLogger("kefu.http")


async def serve_app(app: web.Application, host: str, port: int, what: str = "",
                    *, task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED) -> None:
    """Serve ``app`` on ``host:port`` until cancelled; ``what`` names it in the log line."""
    async with served(app, host, port) as url:
        if what:
            log.info("%s on %s", what, url)
        task_status.started(int(url.rsplit(":", 1)[1]))
        await anyio.sleep_forever()


@asynccontextmanager
async def served(app: web.Application, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Serve ``app`` while the block runs; yields ``http://host:port`` with the bound port."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        bound = int(runner.addresses[0][1])
        yield f"http://{host}:{bound}"
    finally:
        with anyio.CancelScope(shield=True):
            await runner.cleanup()
