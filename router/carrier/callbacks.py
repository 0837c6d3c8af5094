"""Carrier callbacks over HTTP → the carrier-events topic.

The generic protocol: ``POST /callbacks/{carrier}`` with a signed ``CarrierEvent``. The real protocols
(``carrier.protocol = "open_platform"``): each carrier's own push (router.carrier.wire.pushes) to
``/callbacks/{carrier}`` (a deployment of one outlet) or ``/callbacks/{carrier}/{outlet}`` (a network: the URL
the outlet registers at its carrier, so that the push is verified with that outlet's credentials and speaks of
its parcels only; pushes through kuaidi100 come to ``/callbacks/kuaidi100[/{outlet}]``). A scan that may decide an
intercept or a change of address (the parcel returned, redirected or delivered) is published as a ``CarrierEvent`` of op
``scan`` without an operation key: the follower finds the outlet's open ticket for that waybill. Other scans are
acknowledged and dropped.

Every push is answered as delivered only after the broker has acknowledged what it published, so a crash between
receipt and publication makes the carrier send it again (at-least-once; events carry the carrier's own ids for
consumers to deduplicate). Bad signature: 401. Unreadable body: 400. Broker trouble: 503, and the carrier
retries. The real protocols' answers are in the carrier's own body (its "not delivered" for a refusal).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import anyio
import msgspec
from aiohttp import web
from anyio.abc import TaskStatus

from router.carrier.accounts import CarrierAccounts
from router.carrier.model import CarrierEvent, encoder, event_decoder
from router.carrier.signing import signer_for
from router.carrier.wire import pushes
from router.carrier.wire.base import Credentials
from router.config import Settings
from router.httpserve import serve_app
from router.source import Sink

log = logging.getLogger("kefu.callbacks")

# an outlet's credentials at a carrier's platform (outlet "" : a deployment's one), None: it has none there
Lookup = Callable[[str, str], Credentials | None]


def lookup_in(accounts: CarrierAccounts) -> Lookup:
    """The outlets' credentials at the carriers as the router's carrier layer holds them (taken as they change)."""

    def lookup(outlet: str, platform: str) -> Credentials | None:
        account = accounts.account_of(outlet)
        return dict(account.open).get(platform) if account is not None else None

    return lookup


class CallbackReceiver:
    def __init__(self, settings: Settings, sink: Sink, accounts: Lookup | None = None) -> None:
        """``accounts``: the outlets' credentials at the carriers' own platforms, for their pushes (the real
        protocols); without it, the generic protocol's signed events."""
        self._settings = settings
        self._sink = sink
        self._topic = settings.topics.carrier_events
        g = settings.carrier
        self._signers = {c: signer_for(c, g.app_key, g.secret) for c in g.carriers}
        self._accounts = accounts
        self.accepted = 0
        self.refused = 0
        self.scans = 0  # published from pushes
        self.dropped = 0  # scans that decide nothing (in transit, arrived …)

    def __repr__(self) -> str:
        return f"<CallbackReceiver topic={self._topic} accepted={self.accepted} refused={self.refused}>"

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/callbacks/{carrier}", self.handle)
        app.router.add_post("/callbacks/{carrier}/{outlet}", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.Response:
        carrier = request.match_info["carrier"]
        body = await request.read()
        if self._accounts is not None:
            return await self._push(request, carrier, request.match_info.get("outlet", ""), body, self._accounts)
        return await self._event(request, carrier, body)

    async def _event(self, request: web.Request, carrier: str, body: bytes) -> web.Response:
        """The generic protocol's signed ``CarrierEvent``."""
        signer = self._signers.get(carrier)
        if signer is None or not signer.verify(body, request.headers):
            self.refused += 1
            return web.json_response({"error": "bad signature or unknown carrier"}, status=401)
        event: CarrierEvent | None = None
        try:
            event = event_decoder.decode(body)
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            why = f"unreadable event: {e}"
        else:
            why = ("event carrier does not match the URL" if event.carrier != carrier else
                   # (a scan is a real protocol's push, matched by waybill alone: never through this door)
                   "the generic protocol's events name their operation" if event.op == "scan" or event.outlet
                   else "")
        if event is None or why:
            self.refused += 1
            return web.json_response({"error": why}, status=400)
        if not await self._publish([(self._topic, event.waybill.encode(), body)]):
            return web.json_response({"error": "try again"}, status=503)
        self.accepted += 1
        return web.json_response({"ok": True})

    async def _publish(self, records: list[tuple[str, bytes | None, bytes]]) -> bool:
        try:
            if records:
                await (await self._sink.enqueue(records))
        except Exception as e:  # TransportError or the broker's own, whatever its type: the carrier retries
            log.warning("could not publish carrier events (%s); answering 503", type(e).__name__)
            return False
        return True

    async def _push(self, request: web.Request, carrier: str, outlet: str, body: bytes, accounts: Lookup
                    ) -> web.Response:
        """A carrier's own push for ``outlet``'s parcels, answered in the carrier's own words."""
        creds = accounts(outlet, carrier) if carrier in pushes.READERS else None
        if creds is None:
            self.refused += 1
            return web.json_response({"error": "no such carrier or outlet here"}, status=404)
        read = self._read(request, carrier, outlet, body, creds)
        if isinstance(read, web.Response):
            return read
        records, scans = read
        if not await self._publish(records):
            return self._ack(carrier, False, "稍后重试", 503)
        self.accepted += 1
        self.scans += len(records)
        self.dropped += scans - len(records)
        return self._ack(carrier, True, "", 200)

    def _read(self, request: web.Request, carrier: str, outlet: str, body: bytes, creds: Credentials
              ) -> tuple[list[tuple[str, bytes | None, bytes]], int] | web.Response:
        """The records a push makes and how many scans it had, or the carrier's refusal (401, 400)."""
        try:
            scans = pushes.read(carrier, request.headers, request.query, body, creds)
            events = [CarrierEvent(id=f"push:{s.id}", carrier=s.carrier, waybill=s.waybill, key="", op="scan",
                                   event=s.kind, detail=s.code, at=s.at, outlet=outlet)
                      for s in scans if s.kind != pushes.OTHER]
            return [(self._topic, e.waybill.encode(), encoder.encode(e)) for e in events], len(scans)
        except pushes.PushRefused as e:
            self.refused += 1
            log.warning("a %s push refused: %s", carrier, e)
            return self._ack(carrier, False, "验签失败", 401)
        except Exception as e:  # PushUnreadable, or input no reader foresaw: the carrier's to mend, never a 500
            self.refused += 1
            log.warning("a %s push not read: %s", carrier, e if isinstance(e, pushes.PushUnreadable)
                        else type(e).__name__)
            return self._ack(carrier, False, "报文格式错误", 400)

    @staticmethod
    def _ack(carrier: str, ok: bool, reason: str, status: int) -> web.Response:
        a = pushes.ack(carrier, ok, reason)
        return web.Response(body=a.body, status=status, content_type=a.content_type, charset="utf-8")


async def run_callbacks(settings: Settings, sink: Sink, accounts: Lookup | None = None, *,
                        task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED) -> None:
    """Serve the callback endpoint on callbacks.host:callbacks.port until cancelled (``accounts``: as
    ``CallbackReceiver``'s)."""
    await serve_app(CallbackReceiver(settings, sink, accounts).app(), settings.callbacks.host,
                    settings.callbacks.port, "carrier callbacks (/callbacks/<carrier>)", task_status=task_status)
