"""The customer-service handler the router runs: understand → check ownership → act per intent → one reply.

Per request (the router runs one per merchant at a time, in order):
1. the merchant must be in the directory, else a person takes the message (``unknown_merchant``);
2. the parser reads the text; when it is unsure (``needs_human``) nothing is acted on and a person gets the
   message with the parser's reason; chit-chat gets no answer at all;
3. every waybill is tracked at its carrier (batched with everyone else's): a waybill shipped under another
   customer account is refused with a clear reply and no operation is ever sent for it;
4. each understood request goes to the handler registered for its intent; their outcomes become one reply
   (@ the sender, one line per phrase, many waybills per line), tickets and escalations.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import partial

import aiohttp
from prometheus_client import CollectorRegistry, Counter

from handlers.base import (
    Context,
    IntentHandler,
    Outcome,
    Parcel,
    Task,
    carrier_trouble,
    idempotency_key,
    results_of,
)
from router.carrier.gateway import CarrierGateway, GatewayMetrics, http_clients
from router.carrier.limits import TokenBucket
from router.carrier.model import Item, ItemResult, Op
from router.config import LimitSettings, Settings
from router.contracts import Activity, MerchantRequest, Output, RequestOutcome, reply_to
from router.directory import Directory, MerchantEntry
from router.metrics import Children
from router.parsing.parser import MAX_CHARS, ParsedRequest, ParseResult, parse
from router.tasks import settle

log = logging.getLogger("kefu.service")

OWNER_CACHE = 200_000  # remembered parcel owners (a few MB)
PARSED_CACHE = 50_000  # parse results kept from ``lanes`` for ``handle``; more than the router ever buffers
TO_HUMAN = "您的消息已转人工客服处理，请稍候"
TOO_FREQUENT = "您发送得太频繁了，请稍后再试（每分钟最多 {n} 条）"
TOO_MANY = "单条消息最多处理 {n} 个单号，请分批发送"
TOO_LONG = "消息过长，请分条发送（每条不超过 {n} 字）"
NOT_YOURS = "{w} 不是您账户下的运单，无法操作，请核对单号"
NOT_FOUND = "{w} 未查到该运单，请核对单号"
NOT_CONNECTED = "{w} 暂不支持该快递公司自动处理，已转人工"


class ServiceMetrics:
    """Labels are intents and reasons: fixed vocabularies."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        r = self.registry = registry or CollectorRegistry()
        self.requests = Counter("kefu_understood_requests_total", "Understood requests, by intent", ["intent"],
                                registry=r)
        self.escalations = Counter("kefu_escalations_total", "Work handed to a person, by reason", ["reason"],
                                   registry=r)
        self.refused = Counter("kefu_refused_waybills_total", "Waybills refused before any operation, by reason",
                               ["reason"], registry=r)
        self.chitchat = Counter("kefu_no_action_messages_total", "Messages that asked for nothing", registry=r)
        self.outcomes = Counter("kefu_requests_total", "Requests by what became of them: answered (by the bot), "
                                "to_human, no_action, refused", ["outcome"], registry=r)
        for o in ("answered", "to_human", "no_action", "refused"):
            self.outcomes.labels(o)
        self.limited = Counter("kefu_refused_requests_total", "Requests refused over a limit, by limit", ["limit"],
                               registry=r)
        # the children used per request, without a ``labels`` call each time
        self.by_intent, self.by_outcome = Children(self.requests), Children(self.outcomes)
        self.by_escalation, self.by_refusal = Children(self.escalations), Children(self.refused)


class CustomerService:
    def __init__(
        self,
        ctx: Context,
        directory: Directory,
        handlers: Mapping[str, IntentHandler],
        metrics: ServiceMetrics | None = None,
        limits: LimitSettings | None = None,
    ) -> None:
        self.ctx = ctx
        self.directory = directory
        self.handlers = dict(handlers)
        self.metrics = metrics or ServiceMetrics()
        self.limits = limits or LimitSettings()
        # One bucket per merchant. A merchant's records all come to one router (keyed partitions), so the limit
        # holds across a consumer group without shared state.
        self._buckets: dict[str, TokenBucket] = {}
        self._owners: dict[tuple[str, str], str] = {}  # (carrier, waybill) → the account it was shipped under
        self._parsed: dict[str, ParseResult] = {}  # request id → what ``lanes`` parsed, until ``handle`` takes it

    def __repr__(self) -> str:
        return f"<CustomerService intents={sorted(self.handlers)} {self.directory!r}>"

    def lanes(self, request: MerchantRequest) -> frozenset[str]:
        """The request's waybills: a merchant's requests about different parcels may be handled at once. The
        parse is kept for ``handle``."""
        entry = self.directory.get(request.merchant)
        if entry is None:
            return frozenset()
        result = parse(request.text, entry.carrier)
        if len(self._parsed) >= PARSED_CACHE:  # requests dropped on a revocation never come to take theirs
            self._parsed.clear()
        self._parsed[request.id] = result
        return frozenset(w for r in result.requests for w in r.waybills)

    async def handle(self, request: MerchantRequest) -> Sequence[Output]:
        early = self._parsed.pop(request.id, None)
        entry = self.directory.get(request.merchant)
        if entry is None:
            return [*self._to_human(request, "unknown_merchant"), _activity(request, [], "to_human", self.metrics)]
        lim = self.limits
        # Counted in the merchant's own time (when each message was sent), not ours: a backlog drained after an
        # outage or a restart must not be refused for arriving all at once.
        if self._bucket(request.merchant).try_acquire(at=request.received_at.timestamp()) != 0:
            return self._refuse(request, "merchant_rate", TOO_FREQUENT.format(n=lim.merchant_per_minute))
        result = early or parse(request.text, entry.carrier)
        intents = [r.intent for r in result.requests]
        if result.reason == "too_long":
            return self._refuse(request, "too_long", TOO_LONG.format(n=MAX_CHARS))
        if len({w for r in result.requests for w in r.waybills}) > lim.max_waybills_per_message:
            return self._refuse(request, "too_many_waybills", TOO_MANY.format(n=lim.max_waybills_per_message))
        if result.needs_human:
            return [*self._to_human(
                request, (result.reason or "unsure").split(":")[0],
                intents=",".join(intents),
                waybills=",".join(w for r in result.requests for w in r.waybills),
            ), _activity(request, intents, "to_human", self.metrics)]
        if not result.requests:
            self.metrics.chitchat.inc()
            return [_activity(request, [], "no_action", self.metrics)]
        out = Outcome()
        parcels = await self._owned(request, entry, result.requests, out)
        acts: list[Callable[[], Awaitable[Outcome]]] = []
        for parsed in result.requests:
            self.metrics.by_intent(parsed.intent).inc()
            mine = [parcels[w] for w in parsed.waybills if w in parcels]
            if not mine:
                continue
            handler = self.handlers.get(parsed.intent)
            if handler is None:
                acts.append(partial(self._no_handler, request, parsed, mine))
            else:
                acts.append(partial(handler.act, self.ctx, Task(request, parsed, mine)))
        for outcome in await _act_all(acts, result.requests):
            out.merge(outcome)
        for e in out.escalations:
            self.metrics.by_escalation(e.reason).inc()
        outputs: list[Output] = []
        if lines := out.render():
            outputs.append(reply_to(request, "\n".join(lines)))
        outputs.extend(out.tickets)
        outputs.extend(out.escalations)
        # A class-2 ticket is a person's work as much as an escalation is: not resolved automatically.
        person = bool(out.escalations) or any(t.ticket_class == 2 for t in out.tickets)
        outputs.append(_activity(request, intents, "to_human" if person else "answered", self.metrics))
        return outputs

    async def _owned(
        self, request: MerchantRequest, entry: MerchantEntry, parsed: list[ParsedRequest], out: Outcome
    ) -> dict[str, Parcel]:
        """Track every waybill once; keep those shipped under the merchant's account, answer the others.

        A parcel's account never changes, so a waybill whose owner is remembered is not tracked again unless its
        state is wanted (a ``track`` request): one carrier round trip instead of two for parcels seen before.
        """
        wanted: dict[str, str] = {}
        need_state: set[str] = set()
        for pr in parsed:
            for w in pr.waybills:
                wanted.setdefault(w, pr.carrier or "")
                if pr.intent == "track":
                    need_state.add(w)
        unsupported = [w for w, c in wanted.items() if not self.ctx.gateway.supports(c)]
        if unsupported:
            for w in unsupported:
                out.say(NOT_CONNECTED, w)
                self.metrics.by_refusal("carrier_not_connected").inc()
            out.escalations.append(self.ctx.escalate(request, "carrier_not_connected", "carrier",
                                                     waybills=",".join(unsupported)))
        todo: list[tuple[str, str]] = []
        known: list[tuple[str, str, str]] = []  # (waybill, carrier, remembered owner)
        for w, c in wanted.items():
            if w in unsupported:
                continue
            owner = self._owners.get((c, w))
            if owner is not None and w not in need_state:
                known.append((w, c, owner))
            else:
                todo.append((w, c))
        tracked = await results_of([
            self.ctx.gateway.submit(c, Op.TRACK, Item(key=idempotency_key(request.id, "track", w), waybill=w))
            for w, c in todo
        ])
        answers: list[tuple[str, str, ItemResult | str]] = [
            *((w, c, r) for (w, c), r in zip(todo, tracked, strict=True)), *known]
        owned: dict[str, Parcel] = {}
        failed: list[tuple[Parcel, ItemResult]] = []
        foreign = 0
        for w, c, r in answers:
            if isinstance(r, ItemResult) and not r.ok:
                if r.code == "not_found":
                    out.say(NOT_FOUND, w)
                    self.metrics.by_refusal("not_found").inc()
                else:
                    failed.append((Parcel(w, c, ""), r))
                continue
            data = r.data if isinstance(r, ItemResult) else {"customer": r}
            owner = str(data.get("customer", ""))
            if isinstance(r, ItemResult):
                self._remember(c, w, owner)
            if owner == entry.customer:
                owned[w] = Parcel(w, c, str(data.get("state", "")), str(data.get("intercept", "")))
            else:
                foreign += 1
                out.say(NOT_YOURS, w)
                self.metrics.by_refusal("not_owner").inc()
        if foreign:  # worth an operator's eye: a merchant asking about parcels of another account
            log.warning("merchant %s named %d waybills of another customer account; refused", request.merchant,
                        foreign)
        carrier_trouble(self.ctx, request, "track", out, failed)
        return owned

    async def _no_handler(self, request: MerchantRequest, parsed: ParsedRequest, mine: list[Parcel]) -> Outcome:
        out = Outcome()
        for p in mine:
            out.say("{w} " + TO_HUMAN, p.waybill)
        out.escalations.append(self.ctx.escalate(request, "no_handler", parsed.intent, intent=parsed.intent))
        return out

    def _remember(self, carrier: str, waybill: str, owner: str) -> None:
        if len(self._owners) >= OWNER_CACHE:  # bounded: forget the oldest half
            for k in list(self._owners)[: OWNER_CACHE // 2]:
                del self._owners[k]
        self._owners[(carrier, waybill)] = owner

    def _bucket(self, merchant: str) -> TokenBucket:
        b = self._buckets.get(merchant)
        if b is None:
            if len(self._buckets) > 100_000:  # forget idle merchants rather than grow without end
                self._buckets.clear()
            b = self._buckets[merchant] = TokenBucket(self.limits.merchant_per_minute / 60,
                                                      self.limits.merchant_burst, clock=time.time)
        return b

    def _refuse(self, request: MerchantRequest, limit: str, text: str) -> list[Output]:
        self.metrics.limited.labels(limit).inc()
        return [reply_to(request, text), _activity(request, [], "refused", self.metrics)]

    def _to_human(self, request: MerchantRequest, reason: str, **detail: str) -> list[Output]:
        self.metrics.by_escalation(reason).inc()
        return [reply_to(request, TO_HUMAN), self.ctx.escalate(request, reason, **detail)]


async def _act_all(acts: list[Callable[[], Awaitable[Outcome]]], parsed: list[ParsedRequest]) -> list[Outcome]:
    """The outcomes of one message's requests, in the message's order. Requests about different waybills act at
    once (the parser makes one request per carrier and command: "ZTO1 YT1 拦截" is two): one after another, a
    message naming three parcels of three carriers waited for three carrier round trips (p50 295 ms against 148
    ms for one, in the ``day`` load profile). When two of them name the same waybill, they act in the message's
    order. If one fails, the others are cancelled and the error is the request's (the router dead-letters it).

    Structured like a task group: each request acts in a task that never outlives this call (awaited, or
    cancelled and awaited), and cancelling the caller cancels them all. Plain asyncio tasks (``router.tasks``):
    in-process, with one message in nine naming several carriers, 195-200 µs of CPU a request became 186-204."""
    if len(acts) <= 1:  # most messages ask one thing
        return [await act() for act in acts]
    named = [w for p in parsed for w in p.waybills]
    if len(named) != len(set(named)):  # a request's own waybills are distinct: a repeat is shared by two
        return [await act() for act in acts]
    tasks: list[asyncio.Future[Outcome]] = []
    try:
        tasks.extend(asyncio.ensure_future(act()) for act in acts)  # inside: none is left behind if one fails
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for t in tasks:  # the first failure in the message's order is the request's
            if t.done() and not t.cancelled() and (e := t.exception()) is not None:
                raise e
        return [t.result() for t in tasks]
    finally:
        await settle(tasks)  # the caller may be cancelled itself: still wait for them


def _activity(request: MerchantRequest, intents: list[str], outcome: RequestOutcome,
              metrics: ServiceMetrics | None = None) -> Activity:
    if metrics is not None:
        metrics.by_outcome(outcome).inc()
    return Activity(id=request.id, merchant=request.merchant, intents=intents, outcome=outcome,
                    received_at=request.received_at)


def build(
    settings: Settings, session: aiohttp.ClientSession, registry: CollectorRegistry | None = None
) -> tuple[CustomerService, CarrierGateway]:
    """The service and its gateway from settings (the caller runs ``gateway.run`` in its task group)."""
    from handlers import intent_handlers

    gateway = CarrierGateway(http_clients(settings.gateway, session), settings.gateway, GatewayMetrics(registry))
    service = CustomerService(Context(gateway), Directory.load(settings.directory.path), intent_handlers(),
                              ServiceMetrics(registry), settings.limits)
    return service, gateway
