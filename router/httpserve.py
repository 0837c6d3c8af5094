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
from aiohttp.http_exceptions import HttpProcessingError
from anyio.abc import TaskStatus

log = logging.getLogger("kefu.http")


class _MalformedRequests(logging.Filter):
    """aiohttp logs a request it cannot parse (a bad header, a bad request line) as an error with a traceback,
    though the client is answered 400: a hostile client could fill the log with them. One line, a warning; the
    raw bytes it quotes are left out (they are the client's, and may hold anything)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, HttpProcessingError) and exc.code < 500:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg, record.args = "malformed HTTP request refused: %s %s", (exc.code, type(exc).__name__)
            record.exc_info = record.exc_text = None
        return True


logging.getLogger("aiohttp.server").addFilter(_MalformedRequests())


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
