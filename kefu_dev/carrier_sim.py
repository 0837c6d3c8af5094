"""``python -m kefu_dev carrier-sim``: an HTTP simulator of the carriers' head-office APIs, with the client's contract.

What it models, so the carrier layer is tested against behaviour and not against a stub:
- signatures checked per carrier (401 on a bad one), batch endpoints ``POST /{carrier}/{op}`` with a per-carrier
  batch limit (400 over it), the outlet's account checked (403 for another);
- parcels from kefu_dev.world with states that decide whether an intercept, cancel, address change or urge
  can succeed; each parcel is owned by a customer account (reported by ``track``);
- idempotency by key: the same (op, key) is acted on once and answered from memory afterwards;
- intercept and address-change results and ticket resolutions arrive later, posted (signed) to the callback URL;
- a latency distribution (log-normal around a median), a 5xx rate, a 429 rate with Retry-After, a per-item
  ``busy`` rate, answers cut short after the operations took effect, and outage windows (503) — all seeded for
  reproducible runs;
- counters of calls, items and effects per operation at ``GET /admin/stats`` for tests and benchmarks.

Its ``/admin`` endpoints change what it answers and how it signs: they take ``Authorization: Bearer
<admin_token>`` (a random one unless given; ``CarrierSim.admin_token``) and never show a secret. Its callbacks go
only to the hosts of ``callback_hosts`` (this machine by default), whatever callback URL a request names.
"""

from __future__ import annotations

import asyncio
import hmac
import itertools
import logging
import math
import random
import secrets
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import msgspec
from aiohttp import web
from aiohttp.typedefs import Handler

from kefu_dev import carrier_open, carrier_pushes, world
from router.carrier.model import (
    EFFECTS,
    BatchRequest,
    BatchResponse,
    CarrierEvent,
    Item,
    ItemResult,
    Op,
    ParcelState,
    encoder,
    request_decoder,
)
from router.carrier.signing import signer_for
from router.config.sections import SIM_SECRET
from router.httpserve import serve_app

log = logging.getLogger("kefu.carrier_sim")
OPS = frozenset(op.value for op in Op)
# what the carrier's staff answer a ticket, by the type it was filed as ("": any other)
_TICKET_REPLIES = {"event-sign-not-receive": "已核实：快件已投递至驿站，请收件人凭取件码领取",
                   "verify_delivery": "已核实：快件已投递至驿站，请收件人凭取件码领取",
                   "": "已催促派件网点，今日内派送"}


@dataclass(frozen=True, slots=True)
class OpenPush:
    """Where an effect asked on a real protocol has its outcome pushed: the platform it was asked on and the
    account that asked."""

    platform: str
    account_key: str


Callback = str | OpenPush | None  # a generic request's callback URL, or an open-platform account's pushes


class SimAccount(msgspec.Struct, frozen=True, kw_only=True):
    """A caller's account at the carriers: an outlet of a network signs with its own key and secret."""

    customer: str
    app_key: str
    secret: str
    # where its carriers push its parcels' scans on the real protocols ("{carrier}" the platform: a carrier, or
    # kuaidi100 for those it speaks for); empty: no pushes
    push_url: str = ""


class SimConfig(msgspec.Struct, kw_only=True):
    seed: int = 1
    app_key: str = "kefu-router"
    secret: str = SIM_SECRET
    customer: str = "OUTLET-001"
    accounts: list[SimAccount] = msgspec.field(default_factory=list)  # more callers beside the one above
    admin_token: str = ""  # the /admin endpoints' bearer token; empty: a random one (CarrierSim.admin_token)
    callback_hosts: list[str] = msgspec.field(default_factory=lambda: ["127.0.0.1", "localhost", "::1"])
    carriers: list[str] = msgspec.field(
        default_factory=lambda: ["zto", "yto", "sto", "yunda", "jt", "sf", "ems", "jd", "deppon", "cainiao"]
    )
    max_batch: int = 100
    max_batch_by_carrier: dict[str, int] = msgspec.field(default_factory=lambda: {"sf": 10})
    latency_ms: float = 0.0  # median; 0 = answer at once
    latency_sigma: float = 0.25
    error_rate: float = 0.0  # share of calls answered 500
    rate_429: float = 0.0  # share of calls answered 429
    retry_after_s: float = 0.2
    busy_rate: float = 0.0  # share of items answered {"ok": false, "code": "busy"}
    # share of calls whose 200 answer arrives cut short (unreadable JSON) after the operations took effect: the
    # worst case for a client, which must call again with the same keys and must not act twice
    malformed_rate: float = 0.0
    outages: list[tuple[float, float]] = msgspec.field(default_factory=list)  # (start, end) s after start: 503
    callback_delay_s: float = 0.5
    push_url: str = ""  # the main account's push URL on the real protocols (as SimAccount.push_url)
    intercept_fail_rate: float = 0.3  # of intercepts of parcels already out for delivery
    # areas the carriers do not deliver to now (a province, city or district named in an address): a change of
    # address into one is refused (ZTO's E23122), and the real protocols' area check says so
    stop_ship: list[str] = msgspec.field(default_factory=lambda: ["新疆维吾尔自治区", "西藏自治区"])


@dataclass
class Parcel:
    waybill: str
    carrier: str
    owner: str
    state: ParcelState
    intercept: str | None = None  # registered | succeeded | failed
    cancelled: bool = False
    address_changes: int = 0
    urges: int = 0


@dataclass
class Stats:
    calls: Counter[str] = field(default_factory=Counter)
    items: Counter[str] = field(default_factory=Counter)
    effects: Counter[str] = field(default_factory=Counter)
    status: Counter[int] = field(default_factory=Counter)
    callbacks_sent: int = 0
    callbacks_failed: int = 0
    callbacks_refused: int = 0  # callback URLs off callback_hosts, not called
    pushes_sent: Counter[str] = field(default_factory=Counter)  # the real protocols' pushes acknowledged, by platform
    pushes_failed: int = 0  # not acknowledged after every attempt
    max_batch_seen: int = 0
    malformed: int = 0  # answers sent cut short
    protocols: Counter[str] = field(default_factory=Counter)  # calls by protocol: "generic", or a carrier's own


class CarrierSim:
    def __init__(self, config: SimConfig | None = None) -> None:
        self.config = config or SimConfig()
        self._rng = random.Random(self.config.seed)
        self._parcels: dict[str, Parcel] = {}
        self._done: dict[tuple[str, str, str], ItemResult] = {}  # (carrier, op, key) → the answer given
        self._started = time.monotonic()
        self._outage_until = 0.0
        self._account_outage_until: dict[str, float] = {}  # one account's outage (a network's outlet), by key
        self._ticket_seq = itertools.count(1)
        self._tickets: dict[str, str] = {}  # ticket number → processing | finished (asked on the real protocols)
        self._ticket_of: dict[str, str] = {}  # an operation's key → the ticket it opened
        self._ticket_kind: dict[str, str] = {}  # a ticket's number → the type it was filed as
        self._event_seq = itertools.count(1)
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self.stats = Stats()
        self.admin_token = self.config.admin_token or secrets.token_urlsafe(16)

    def __repr__(self) -> str:
        return f"<CarrierSim parcels={len(self._parcels)} calls={sum(self.stats.calls.values())}>"

    @property
    def config(self) -> SimConfig:
        return self._config

    @config.setter
    def config(self, config: SimConfig) -> None:
        """(the callers' accounts by key follow the configuration, which may change while it runs)"""
        self._config = config
        main = SimAccount(customer=config.customer, app_key=config.app_key, secret=config.secret,
                          push_url=config.push_url)
        self._accounts = {a.app_key: a for a in (main, *config.accounts)}

    # -- app -----------------------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(client_max_size=8 * 1024 * 1024, middlewares=[self._admin_only])
        app.router.add_get("/admin/stats", self._stats)
        app.router.add_post("/admin/parcels", self._set_parcels)
        app.router.add_post("/admin/outage", self._outage)
        app.router.add_post("/admin/config", self._configure)
        app.router.add_post("/{carrier}/{op}", self._api)
        app.router.add_post("/open/{carrier}/{tail:.*}", self._open)  # the carriers' real protocols
        app.on_cleanup.append(self._cleanup)
        return app

    @web.middleware
    async def _admin_only(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """``/admin`` answers only with the admin token."""
        if request.path.startswith("/admin"):
            presented = request.headers.get("Authorization", "").encode("utf-8", "replace")
            if not hmac.compare_digest(presented, f"Bearer {self.admin_token}".encode()):
                return web.json_response({"error": "Authorization: Bearer <admin token> required"}, status=401)
        return await handler(request)

    async def _cleanup(self, _app: web.Application) -> None:
        for t in list(self._tasks):
            t.cancel()
        if self._session is not None:
            await self._session.close()

    def parcel(self, number: str) -> Parcel | None:
        p = self._parcels.get(number)
        if p is None:
            owner, carrier = world.owner_of(number), world.carrier_of(number)
            if owner is None or carrier is None:
                return None
            p = self._parcels[number] = Parcel(number, carrier, owner, world.initial_state(number))
        return p

    def config_account(self) -> SimAccount:
        """The main caller's account (the configuration's key, secret and customer)."""
        c = self.config
        return SimAccount(customer=c.customer, app_key=c.app_key, secret=c.secret, push_url=c.push_url)

    def put_parcel(self, waybill: str, carrier: str, owner: str, state: ParcelState) -> Parcel:
        """A parcel the world does not make (another carrier's number form, a test's own)."""
        p = self._parcels[waybill] = Parcel(waybill, carrier, owner, state)
        return p

    def acted(self) -> list[tuple[str, str, str]]:
        """(operation, waybill, key) of every operation that took effect, each once: for tests and benchmarks."""
        return [(op, r.waybill, key) for (_carrier, op, key), r in self._done.items() if r.ok]

    def in_outage(self) -> bool:
        now = time.monotonic()
        if now < self._outage_until:
            return True
        t = now - self._started
        return any(a <= t < b for a, b in self.config.outages)

    async def _api(self, request: web.Request) -> web.Response:
        carrier, op_name = request.match_info["carrier"], request.match_info["op"]
        body = await request.read()
        resp = await self._answer(carrier, op_name, body, request.headers)
        self.stats.status[resp.status] += 1
        return resp

    async def _answer(self, carrier: str, op_name: str, body: bytes, headers: Any) -> web.Response:
        read = self._read(carrier, op_name, body, headers)
        if isinstance(read, web.Response):
            return read
        op, req = read
        c = self.config
        if c.latency_ms > 0:
            await asyncio.sleep(self._rng.lognormvariate(math.log(c.latency_ms / 1000), c.latency_sigma))
        fault = self._fault(headers.get("x-appkey", ""))
        if fault is not None:
            return fault
        self.stats.calls[op.value] += 1
        self.stats.protocols["generic"] += 1
        self.stats.items[op.value] += len(req.items)
        self.stats.max_batch_seen = max(self.stats.max_batch_seen, len(req.items))
        results = [self.answer(carrier, op, item, req.callback_url) for item in req.items]
        out = encoder.encode(BatchResponse(results=results))
        if c.malformed_rate and self._rng.random() < c.malformed_rate:
            self.stats.malformed += 1
            out = out[: len(out) // 2]
        return web.Response(body=out, content_type="application/json")

    async def _open(self, request: web.Request) -> web.Response:
        """A call in the carrier's own protocol (kefu_dev.carrier_open): read, checked and answered as it would
        be, over the same parcels. An intercept's or a change of address's outcome is pushed later as the
        carrier's scan, in its own format, to the account's ``push_url``."""
        codec = carrier_open.CODECS.get(request.match_info["carrier"])
        if codec is None or (codec.carrier not in self.config.carriers and codec.carrier != "kuaidi100"):
            return web.json_response({"error": "no such carrier's open platform here"}, status=404)
        got = codec.read("/" + request.match_info["tail"], request.headers, await request.read(), self._accounts)
        if isinstance(got, carrier_open.Answer):
            self.stats.status[got.status] += 1
            return web.Response(body=got.body, status=got.status, content_type=got.content_type)
        c = self.config
        if c.latency_ms > 0:
            await asyncio.sleep(self._rng.lognormvariate(math.log(c.latency_ms / 1000), c.latency_sigma))
        fault = self._fault(got.account_key)
        if fault is not None:
            self.stats.status[fault.status] += 1
            return fault
        self.stats.calls[got.op.value] += 1
        self.stats.protocols[codec.carrier] += 1
        self.stats.items[got.op.value] += len(got.items)
        self.stats.max_batch_seen = max(self.stats.max_batch_seen, len(got.items))
        pushed_to = OpenPush(codec.carrier, got.account_key)  # (its outcome, later: a scan in the carrier's push)
        results = [self.answer(got.carrier or codec.carrier, got.op, item, pushed_to) for item in got.items]
        if any(r.code == "busy" for r in results):  # (a carrier's own trouble reaches a client as its gateway's)
            self.stats.status[503] += 1
            return web.json_response({"error": "system busy"}, status=503)
        answer = codec.answer(got, results, lambda w: p.state if (p := self.parcel(w)) is not None else None)
        self.stats.status[answer.status] += 1
        body = answer.body
        if c.malformed_rate and self._rng.random() < c.malformed_rate:  # (after the operations took effect)
            self.stats.malformed += 1
            body = body[: len(body) // 2]
        return web.Response(body=body, status=answer.status, content_type=answer.content_type)

    def _read(self, carrier: str, op_name: str, body: bytes, headers: Any
              ) -> tuple[Op, BatchRequest] | web.Response:
        """The call's operation and request, or the answer refusing it (as the carrier checks, in its order)."""
        c = self.config
        if carrier not in c.carriers or op_name not in OPS:
            what = f"carrier {carrier}" if carrier not in c.carriers else f"operation {op_name}"
            return web.json_response({"error": f"unknown {what}"}, status=404)
        account = self._accounts.get(headers.get("x-appkey", ""))
        if account is None or not signer_for(carrier, account.app_key, account.secret).verify(body, headers):
            return web.json_response({"error": "bad signature"}, status=401)
        try:
            req = request_decoder.decode(body)
        except msgspec.DecodeError as e:
            return web.json_response({"error": f"bad request: {e}"}, status=400)
        if req.customer != account.customer:  # a key signs for its own account only
            return web.json_response({"error": "unknown customer account"}, status=403)
        limit = c.max_batch_by_carrier.get(carrier, c.max_batch)
        if not req.items or len(req.items) > limit:
            return web.json_response({"error": f"batch of {len(req.items)}: 1..{limit} items"}, status=400)
        return Op(op_name), req

    def _fault(self, app_key: str) -> web.Response | None:
        """A whole-call failure the configuration asks for: an outage (of every account, or of the caller's),
        throttling, a server error."""
        c = self.config
        if self.in_outage() or time.monotonic() < self._account_outage_until.get(app_key, 0.0):
            return web.json_response({"error": "service unavailable"}, status=503)
        if self._rng.random() < c.rate_429:
            return web.json_response({"error": "too many requests"}, status=429,
                                     headers={"Retry-After": str(c.retry_after_s)})
        if self._rng.random() < c.error_rate:
            return web.json_response({"error": "internal error"}, status=500)
        return None

    # -- operations ----------------------------------------------------------------------------------

    def answer(self, carrier: str, op: Op, item: Item, callback_url: Callback) -> ItemResult:
        """One item of a call, as the carrier answers it (also used in-process by the unit tests' transport)."""
        if op in EFFECTS:
            done = self._done.get((carrier, op.value, item.key))
            if done is not None:
                return done  # idempotent: answered from memory, nothing done again
        if self.config.busy_rate and self._rng.random() < self.config.busy_rate:
            return ItemResult(waybill=item.waybill, key=item.key, ok=False, code="busy", message="system busy")
        if op is Op.REACH:  # (an area, not a parcel)
            stopped = self._stopped(item.params.get("address", ""))
            return self._yes(item, reachable=stopped is None, reason=f"{stopped}停发" if stopped else "")
        p = self.parcel(item.waybill)
        if p is None or p.carrier != carrier:
            result = self._no(item, "not_found", "no such waybill")
        else:
            result = self._act(carrier, op, item, p, callback_url)
        if op in EFFECTS:
            self._done[(carrier, op.value, item.key)] = result
            if result.ok:
                self.stats.effects[op.value] += 1
        return result

    @staticmethod
    def _no(item: Item, code: str, message: str) -> ItemResult:
        return ItemResult(waybill=item.waybill, key=item.key, ok=False, code=code, message=message)

    @staticmethod
    def _yes(item: Item, **data: Any) -> ItemResult:
        return ItemResult(waybill=item.waybill, key=item.key, ok=True, data=data)

    def _read_only(self, op: Op, item: Item, p: Parcel) -> ItemResult | None:
        """The answer to an operation that changes nothing (None for one that may)."""
        if op is Op.TRACK:
            return self._yes(item, customer=p.owner, state=p.state.value, intercept=p.intercept or "",
                             cancelled=p.cancelled)
        if op is Op.WEIGHT:
            return self._yes(item, customer=p.owner, weight_kg=world.weight_kg(p.waybill))
        if op is Op.RESULT and item.params.get("ticket_no"):  # (how a ticket ended, so far)
            status = self._tickets.get(item.params["ticket_no"])
            if status is None:
                return self._no(item, "not_found", "no such ticket")
            done = status == "finished"
            reply = ({"reply": _TICKET_REPLIES.get(self._ticket_kind.get(item.params["ticket_no"], ""),
                                                   _TICKET_REPLIES[""])} if done else {})
            return self._yes(item, outcome="resolved" if done else "pending", status=status, **reply)
        if op is Op.RESULT:  # (how the parcel's intercept ended, so far)
            outcome = {"succeeded": "succeeded", "failed": "failed"}.get(p.intercept or "", "pending")
            return self._yes(item, outcome=outcome, intercept=p.intercept or "")
        return None

    def _act(self, carrier: str, op: Op, item: Item, p: Parcel, callback_url: Callback) -> ItemResult:
        if (read := self._read_only(op, item, p)) is not None:
            return read
        if p.cancelled:
            return self._no(item, "cancelled", "waybill was cancelled")
        if op is Op.CANCEL:
            return self._cancel(item, p)
        if p.state is ParcelState.DELIVERED and op is not Op.TICKET:
            return self._no(item, "delivered", "already delivered")
        act = {Op.INTERCEPT: self._intercept, Op.CHANGE_ADDRESS: self._change_address, Op.URGE: self._urge,
               Op.TICKET: self._ticket}[op]
        return act(carrier, op, item, p, callback_url)

    def _cancel(self, item: Item, p: Parcel) -> ItemResult:
        if p.state is not ParcelState.CREATED:
            return self._no(item, "picked_up", "already picked up: intercept instead")
        p.cancelled = True
        return self._yes(item, status="cancelled")

    def _intercept(self, carrier: str, op: Op, item: Item, p: Parcel, callback_url: Callback) -> ItemResult:
        if p.state is ParcelState.CREATED:
            return self._no(item, "not_picked_up", "not picked up yet: cancel instead")
        if p.intercept is not None:
            return self._no(item, "already_intercepted", f"intercept already {p.intercept}")
        p.intercept = "registered"
        fails = p.state is ParcelState.OUT_FOR_DELIVERY and self._rng.random() < self.config.intercept_fail_rate
        self._later(callback_url, carrier, op, item, p, "failed" if fails else "succeeded")
        return self._yes(item, status="registered")

    def _stopped(self, address: str) -> str | None:
        return next((area for area in self.config.stop_ship if area in address), None)

    def _change_address(self, carrier: str, op: Op, item: Item, p: Parcel, callback_url: Callback) -> ItemResult:
        if not item.params.get("address"):
            return self._no(item, "address_missing", "new address required")
        if (stopped := self._stopped(item.params["address"])) is not None:
            return self._no(item, "stop_ship", f"目的地停发（{stopped}）")
        p.address_changes += 1
        if p.state is ParcelState.CREATED:
            return self._yes(item, status="changed")
        self._later(callback_url, carrier, op, item, p, "succeeded")
        return self._yes(item, status="registered")

    def _urge(self, carrier: str, op: Op, item: Item, p: Parcel, callback_url: Callback) -> ItemResult:
        if p.state is ParcelState.CREATED:
            return self._no(item, "not_picked_up", "not picked up yet")
        p.urges += 1
        return self._yes(item, status="urged")

    def _ticket(self, carrier: str, op: Op, item: Item, p: Parcel, callback_url: Callback) -> ItemResult:
        ticket_no = f"WO{next(self._ticket_seq):08d}"
        self._tickets[ticket_no], self._ticket_of[item.key] = "processing", ticket_no
        self._ticket_kind[ticket_no] = item.params.get("type", "")
        self._later(callback_url, carrier, op, item, p, "resolved")
        return self._yes(item, ticket_no=ticket_no)

    def _later(self, url: Callback, carrier: str, op: Op, item: Item, p: Parcel, event: str) -> None:
        task = asyncio.get_running_loop().create_task(self._report(url, carrier, op, item, p, event))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _report(self, url: Callback, carrier: str, op: Op, item: Item, p: Parcel, event: str) -> None:
        await asyncio.sleep(self.config.callback_delay_s)
        if op is Op.INTERCEPT:
            p.intercept = event
        if op is Op.TICKET and item.key in self._ticket_of:
            self._tickets[self._ticket_of[item.key]] = "finished"
        if isinstance(url, OpenPush):
            if op in (Op.INTERCEPT, Op.CHANGE_ADDRESS) and event in ("succeeded", "failed"):
                what = "delivered" if event == "failed" else "returned" if op is Op.INTERCEPT else "redirected"
                await self._push(url, carrier, p.waybill, what)
            return
        if url:
            await self._callback(url, carrier, op, item, p, event)

    async def _callback(self, url: str, carrier: str, op: Op, item: Item, p: Parcel, event: str) -> None:
        """The generic protocol's signed event, to the URL the request named."""
        ev = CarrierEvent(id=f"ev{next(self._event_seq):09d}", carrier=carrier, waybill=p.waybill, key=item.key,
                          op=op.value, event=event, at=time.time())
        body = encoder.encode(ev)
        headers = signer_for(carrier, self.config.app_key, self.config.secret).sign(body, "callback")
        sent = await self._post_until(url, body, headers, lambda status, _answer: status == 200)
        if sent is not None:
            if sent:
                self.stats.callbacks_sent += 1
            else:
                self.stats.callbacks_failed += 1

    async def _post_until(self, url: str, body: bytes, headers: Mapping[str, str],
                          accepted: Callable[[int, bytes], bool]) -> bool | None:
        """``body`` posted to ``url`` until an answer is ``accepted`` (carriers retry what was not, five attempts
        in all): whether one was; None for a URL off ``callback_hosts`` (a request's URL, not ours to call)."""
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if host not in {h.lower() for h in self.config.callback_hosts}:
            self.stats.callbacks_refused += 1
            return None
        if self._session is None:
            self._session = aiohttp.ClientSession()
        for attempt in range(5):
            try:
                async with self._session.post(url, data=body, headers=headers, allow_redirects=False,
                                              timeout=aiohttp.ClientTimeout(total=5)) as r:
                    if accepted(r.status, await r.read()):
                        return True
            except (aiohttp.ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.2 * 2**attempt)
        return False

    async def _push(self, to: OpenPush, carrier: str, waybill: str, what: str) -> None:
        """A scan of ``waybill`` pushed as its carrier (or kuaidi100 for it) does, to the account's URL, sent
        again until the answer is the carrier's "received" (five attempts)."""
        account = self._accounts.get(to.account_key)
        if account is None or not account.push_url:
            return
        creds = carrier_open.credentials(to.platform, account)
        seq = next(self._event_seq)
        if to.platform == "kuaidi100":
            push = carrier_pushes.kuaidi100(creds, waybill, what, time.time(), seq, carrier)
        elif to.platform in carrier_pushes.PUSHES:
            push = carrier_pushes.PUSHES[to.platform](creds, waybill, what, time.time(), seq)
        else:
            return
        url = account.push_url.format(carrier=to.platform) + (f"?{push.query}" if push.query else "")
        sent = await self._post_until(url, push.body, {"Content-Type": push.content_type, **push.headers},
                                      lambda status, answer: carrier_pushes.acked(to.platform, status, answer))
        if sent:
            self.stats.pushes_sent[to.platform] += 1
        elif sent is not None:
            self.stats.pushes_failed += 1

    # -- admin ---------------------------------------------------------------------------------------

    async def _stats(self, _request: web.Request) -> web.Response:
        s = self.stats
        return web.json_response({
            "calls": dict(s.calls), "items": dict(s.items), "effects": dict(s.effects),
            "status": {str(k): v for k, v in s.status.items()}, "callbacks_sent": s.callbacks_sent,
            "callbacks_failed": s.callbacks_failed, "callbacks_refused": s.callbacks_refused,
            "pushes_sent": dict(s.pushes_sent), "pushes_failed": s.pushes_failed,
            "max_batch_seen": s.max_batch_seen,
        })

    async def _set_parcels(self, request: web.Request) -> web.Response:
        """``[{"waybill": ..., "state": ..., "owner": ...}]``: put parcels into a given state for a test."""
        for row in await request.json():
            p = self.parcel(row["waybill"])
            if p is None:
                carrier = row.get("carrier") or world.carrier_of(row["waybill"]) or "zto"
                p = self._parcels[row["waybill"]] = Parcel(row["waybill"], carrier, row.get("owner", ""),
                                                           ParcelState.IN_TRANSIT)
            if "state" in row:
                p.state = ParcelState(row["state"])
            if "owner" in row:
                p.owner = row["owner"]
        return web.json_response({"ok": True})

    async def _outage(self, request: web.Request) -> web.Response:
        """``{"seconds": s}``: every call fails with 503 for s seconds; ``{"seconds": s, "app_key": k}``: only the
        calls of account k (one outlet's account, while the others' are answered)."""
        body = await request.json()
        seconds = float(body["seconds"])
        if "app_key" in body:
            self._account_outage_until[str(body["app_key"])] = time.monotonic() + seconds
        else:
            self._outage_until = time.monotonic() + seconds
        return web.json_response({"outage_until_s": seconds})

    async def _configure(self, request: web.Request) -> web.Response:
        """Change the simulated carrier's behaviour; the admin token and the secrets are set at start only (a change
        here would show in the config and not in what is checked)."""
        try:
            changes = msgspec.json.decode(await request.read())
            if not isinstance(changes, dict):
                raise msgspec.ValidationError("expected an object of settings")
            fixed = sorted({"admin_token", "secret", "accounts"} & set(changes))
            if fixed:
                raise msgspec.ValidationError(f"{', '.join(fixed)} are set when the simulator starts")
            config = msgspec.convert({**msgspec.to_builtins(self.config), **changes}, SimConfig)
        except (msgspec.DecodeError, msgspec.ValidationError) as e:
            return web.json_response({"error": str(e)}, status=400)
        self.config = config
        shown = msgspec.to_builtins(self.config)  # never a secret
        shown.update(secret="***", admin_token="***",
                     accounts=[{**a, "secret": "***"} for a in shown["accounts"]])
        return web.json_response(shown)


async def serve_sim(config: SimConfig, host: str, port: int) -> None:
    """Run the simulator until cancelled."""
    await serve_app(CarrierSim(config).app(), host, port, f"carrier simulator (seed {config.seed})")
