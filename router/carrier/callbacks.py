"""Carrier callbacks over HTTP → the carrier-events topic.

``POST /callbacks/{carrier}`` with a signed ``CarrierEvent``. It is answered 200 only after the broker has
acknowledged the event, so a crash between receipt and publication makes the carrier send it again
(at-least-once; events carry ids for consumers to deduplicate). Bad signature: 401. Unreadable body: 400.
Broker trouble: 503, and the carrier retries.
"""

from __future__ import annotations

import logging

import anyio
import msgspec
from aiohttp import web
from anyio.abc import TaskStatus

from router.carrier.model import event_decoder
from router.carrier.signing import signer_for
from router.config import Settings
from router.httpserve import serve_app
from router.source import Sink

log = logging.getLogger("kefu.callbacks")


class CallbackReceiver:
    def __init__(self, settings: Settings, sink: Sink) -> None:
        self._settings = settings
        self._sink = sink
        self._topic = settings.topics.carrier_events
        g = settings.carrier
        self._signers = {c: signer_for(c, g.app_key, g.secret) for c in g.carriers}
        self.accepted = 0
        self.refused = 0

    def __repr__(self) -> str:
        return f"<CallbackReceiver topic={self._topic} accepted={self.accepted} refused={self.refused}>"

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/callbacks/{carrier}", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.Response:
        carrier = request.match_info["carrier"]
        body = await request.read()
        signer = self._signers.get(carrier)
        if signer is None or not signer.verify(body, request.headers):
            self.refused += 1
            return web.json_response({"error": "bad signature or unknown carrier"}, status=401)
        try:
            event = event_decoder.decode(body)
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            self.refused += 1
            return web.json_response({"error": f"unreadable event: {e}"}, status=400)
        if event.carrier != carrier:
            self.refused += 1
            return web.json_response({"error": "event carrier does not match the URL"}, status=400)
        try:
            acked = await self._sink.enqueue([(self._topic, event.waybill.encode(), body)])
            await acked
        except Exception as e:  # TransportError or the broker's own, whatever its type: the carrier retries
            log.warning("could not publish a carrier event (%s); answering 503", type(e).__name__)
            return web.json_response({"error": "try again"}, status=503)
        self.accepted += 1
        return web.json_response({"ok": True})


async def run_callbacks(settings: Settings, sink: Sink, *, task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED
                        ) -> None:
    """Serve the callback endpoint on callbacks.host:callbacks.port until cancelled."""
    await serve_app(CallbackReceiver(settings, sink).app(), settings.callbacks.host, settings.callbacks.port,
                    "carrier callbacks (/callbacks/<carrier>)", task_status=task_status)
