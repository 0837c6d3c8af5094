"""The customer-service handler the router runs: understand → check ownership → act per intent → one reply.

Per request (the router runs one per merchant at a time, in order):
0. the request's outlet is read from its group (``router.outlets``): a record whose group, merchant and outlet do
   not agree is refused (``CrossingError``: a dead letter, nothing acted on); the request carries its outlet on;
1. the merchant must be in its outlet's directory, else a person takes the message (``unknown_merchant``);
2. the parser reads the text; when it is unsure (``needs_human``) nothing is acted on and a person gets the
   message with the parser's reason; chit-chat gets no answer at all; an irreversible action it is not sure of
   (``confirm``) is asked about in the group and waits for the merchant's "确认" (``handlers.confirming``), and an
   answer to such a question acts on what was asked (or declines it);
3. every waybill is tracked at its carrier (batched with everyone else's; ``handlers.ownership``): a waybill
   shipped under another customer account is refused with a clear reply and no operation is ever sent for it;
4. each understood request goes to the handler registered for its intent; their outcomes become one reply
   (@ the sender, one line per phrase, many waybills per line), tickets and escalations.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from functools import partial
from typing import Final, Literal

import anyio
import msgspec
from anyio.abc import TaskStatus
from prometheus_client import CollectorRegistry

from handlers import answers, workflow
from handlers.base import (
    Context,
    IntentHandler,
    Outcome,
    OwnerRecords,
    Parcel,
    Task,
)
from handlers.confirming import Answer, Confirming, answer_of
from handlers.intents import TICKET_CLASS
from handlers.metrics import ServiceMetrics
from handlers.ownership import Ownership
from router.carrier.accounts import CarrierAccounts, Make
from router.carrier.carriers import CarrierMetrics, Carriers, http_clients
from router.carrier.http import HttpPool
from router.carrier.ledger import EffectLedger
from router.carrier.limits import TokenBucket
from router.carrier.wire.setup import Pools, open_clients
from router.config import LimitSettings, Settings
from router.config.sections import OutletSettings
from router.confirm import model as confirm_model
from router.confirm.model import DECLINED, EXPIRED
from router.contracts import Activity, MerchantRequest, Output, RequestOutcome, reply_to
from router.directory import Directory, MerchantEntry
from router.errors import ConfigError, StoreError
from router.outlet_store import NetworkWatch, OutletStore
from router.outlets import Account, CrossingError, Network
from router.parsing.parser import IRREVERSIBLE, MAX_CHARS, ParsedRequest, ParseResult, parse
from router.registry import Prepared
from router.rules.engine import NO_RULES, Rules
from router.tasks import settle

UNKNOWN_OUTLET = "\0unknown"  # the share of requests from groups no outlet has (yet)

# the parser's readings of a message without a command that the outlet's answers may answer (a question about an
# action, one about something else, a command word with no waybill: "停发查询 <地址>")
ASKABLE: Final = (None, "question", "command_without_waybill")
log = logging.getLogger("kefu.service")

TO_HUMAN = "您的消息已转人工客服处理，请稍候"
TOO_FREQUENT = "您发送得太频繁了，请稍后再试（每分钟最多 {n} 条）"
TOO_MANY = "单条消息最多处理 {n} 个单号，请分批发送"
TOO_LONG = "消息过长，请分条发送（每条不超过 {n} 字）"


class _Read:
    """What ``prepare`` read from a request, for its ``handle``: the request with its outlet, the merchant's
    entry, and the reading."""

    __slots__ = ("entry", "network", "read", "request")

    def __init__(self, request: MerchantRequest, entry: MerchantEntry,
                 read: ParseResult | tuple[Answer, set[str]], network: Network) -> None:
        self.request, self.entry, self.read = request, entry, read
        self.network = network  # the one they were read in: a request that waited past a change is read again


class CustomerService:
    def __init__(
        self,
        ctx: Context,
        network: Network | Directory,
        handlers: Mapping[str, IntentHandler],
        metrics: ServiceMetrics | None = None,
        limits: LimitSettings | None = None,
        confirming: Confirming | None = None,
    ) -> None:
        self.ctx = ctx
        # None: requests the parser wants confirmed go to a person instead
        self.confirming = confirming
        # (a Directory alone: one outlet whose groups are not checked, as a deployment without [outlets])
        self.network = network if isinstance(network, Network) else Network.one(directory=network)
        # a look at the stored outlets (keep_network's), for a group no outlet has: it may be a new outlet's. Given
        # when the message was received: a look begun after that has seen any outlet there was
        self.look_again: Callable[[float], Awaitable[None]] | None = None
        self.handlers = dict(handlers)
        self.metrics = metrics or ServiceMetrics()
        self.ownership = Ownership(ctx, self.metrics)
        self.limits = limits or LimitSettings()
        # One bucket per merchant. A merchant's records all come to one router (keyed partitions), so the limit
        # holds across a consumer group without shared state.
        self._buckets: dict[tuple[str, str], TokenBucket] = {}

    def __repr__(self) -> str:
        return f"<CustomerService intents={sorted(self.handlers)} {self.network!r}>"

    @property
    def network(self) -> Network:
        """The outlets, their groups, merchants and rules (the handlers see the same: ``Context.network``)."""
        return self._network

    @network.setter
    def network(self, network: Network) -> None:
        self._network = self.ctx.network = network

    def revoked(self) -> None:
        """Partitions went to another router: what is cached about their merchants may be out of date."""
        if self.confirming is not None:
            self.confirming.revoked()

    def prepare(self, request: MerchantRequest) -> Prepared:
        """The request's waybills as its lanes: a merchant's requests about different parcels may be handled at
        once. The merchant's entry and the reading (a parse, or an answer to a question) are kept for
        ``handle``. An answer to a question ("确认") waits for everything before it (lanes None)."""
        try:
            request, entry = self._resolved(request)
        except CrossingError as e:
            if e.reason == "unknown_group" and self.look_again is not None:
                # maybe a new outlet's: ``handle`` looks in the store, and may act. Until then nothing is known of
                # its parcels: it runs alone for its merchant
                return Prepared(None)
            return Prepared(frozenset())  # refused by ``handle``
        if entry is None:
            return Prepared(frozenset())
        network = self.network
        if self.confirming is not None and (answer := answer_of(request.text)) is not None:
            return Prepared(None, _Read(request, entry, answer, network))
        result = parse(request.text, entry.carrier)
        return Prepared(frozenset(w for r in result.requests for w in r.waybills),
                        _Read(request, entry, result, network))

    @property
    def several(self) -> bool:
        """A network of outlets, not a deployment of one."""
        return not self.network.single

    def outlet_of(self, request: MerchantRequest) -> str | None:
        """The outlet of the request's group: its share of the router (none in a deployment of one outlet). A
        group no outlet has yet, while the store may still name it, shares one outlet's share with every other
        such group; one refused as it stands, nobody's."""
        network = self.network
        if network.single:
            return None
        outlet = network.outlet_of_group(request.group)
        if outlet is None and self.look_again is not None:
            return UNKNOWN_OUTLET
        return outlet

    def _resolved(self, request: MerchantRequest) -> tuple[MerchantRequest, MerchantEntry | None]:
        """The request with its outlet (read from its group), and the merchant's entry there. Raises
        CrossingError for a record whose group, merchant and outlet do not agree."""
        outlet, entry = self.network.resolve(request.group, request.merchant, request.outlet)
        named = self.network.record_outlet(outlet)
        if request.outlet != named:
            request = msgspec.structs.replace(request, outlet=named)
        return request, entry

    async def _resolved_now(self, request: MerchantRequest) -> tuple[MerchantRequest, MerchantEntry | None]:
        """As ``_resolved``; a group no outlet has is looked for once more in the store first (an outlet added since
        the last look: its first messages are not refused for the wait)."""
        try:
            return self._resolved(request)
        except CrossingError as e:
            if e.reason != "unknown_group" or self.look_again is None:
                raise
        await self.look_again(request.received_at.timestamp())
        return self._resolved(request)

    async def handle(self, request: MerchantRequest, prepared: Prepared | None = None) -> Sequence[Output]:
        """The request's outputs. Raises CrossingError (a dead letter) for a record whose group, merchant and outlet
        do not agree."""
        kept = prepared.kept if prepared is not None else None
        if isinstance(kept, _Read) and kept.network is self.network:  # read by ``prepare``: not read again
            request = kept.request
            entry: MerchantEntry | None = kept.entry
            read: ParseResult | tuple[Answer, set[str]] | None = kept.read
        elif isinstance(kept, _Read):  # the network changed while it waited (a merchant moved, an outlet gone)
            (request, entry), read = await self._resolved_now(request), kept.read
        else:
            (request, entry), read = await self._resolved_now(request), None
        if entry is None:
            return [*self._to_human(request, "unknown_merchant"), _activity(request, [], "to_human", self.metrics)]
        # Counted in the merchant's own time (when each message was sent), not ours: a backlog drained after an
        # outage or a restart must not be refused for arriving all at once.
        if self._bucket((request.outlet, request.merchant)).try_acquire(at=request.received_at.timestamp()) != 0:
            return self._refuse(request, "merchant_rate", TOO_FREQUENT.format(n=self.limits.merchant_per_minute))
        if read is None and self.confirming is not None:  # not read by ``prepare`` (a caller that does not ask it)
            read = answer_of(request.text)
        if self.confirming is not None and isinstance(read, tuple):
            answered = await self._answered(request, entry, read)
            if answered is not None:
                return answered
        result = read if isinstance(read, ParseResult) else parse(request.text, entry.carrier)
        screened = await self._screened(request, result)
        if screened is not None:
            return screened
        return await self._carry_out(request, entry, result)

    async def _answered(self, request: MerchantRequest, entry: MerchantEntry, read: tuple[Answer, set[str]]
                        ) -> list[Output] | None:
        """The message answers a question; None when no question waits for its sender."""
        try:
            return await self._answer(request, entry, *read)
        except StoreError as e:  # the questions cannot be looked at: a person reads the answer
            log.warning("confirmation store unavailable for an answer: %s", e)
            return [*self._to_human(request, "confirm_unavailable"), _activity(request, [], "to_human", self.metrics)]

    async def _screened(self, request: MerchantRequest, result: ParseResult) -> list[Output] | None:
        """What the message gets without any carrier call: refused over a limit, a withdrawal of a question, a
        person (the parser was unsure), nothing (chit-chat). None for a message to carry out."""
        intents = [r.intent for r in result.requests]
        if (refused := self._over_limits(request, result)) is not None:
            return refused
        if (result.needs_human and result.reason == "negated_command" and not result.requests
                and self.confirming is not None):  # nothing else asked: else a person reads the whole message
            try:
                declined = await self._withdrawn(request, result.withdrawn)
            except StoreError as e:
                log.warning("confirmation store unavailable for a withdrawal: %s", e)
                declined = None  # a person sees it, as any withdrawal of something perhaps under way
            if declined is not None:
                return declined
        if not result.requests and not result.waybills and result.reason in ASKABLE:
            said = self._answered_question(request, result)
            if said is not None:
                return said
        if result.needs_human or (self.confirming is None and any(r.confirm for r in result.requests)):
            return [*self._to_human(
                request, (result.reason or "confirm_" + (result.confirm or "unsure")).split(":")[0],
                intents=",".join(intents),
                waybills=",".join(w for r in result.requests for w in r.waybills),
            ), _activity(request, intents, "to_human", self.metrics)]
        if not result.requests:
            self.metrics.chitchat.inc()
            return [_activity(request, [], "no_action", self.metrics)]
        return await self._superseding(request, result, intents)

    def _over_limits(self, request: MerchantRequest, result: ParseResult) -> list[Output] | None:
        if result.reason == "too_long":
            return self._refuse(request, "too_long", TOO_LONG.format(n=MAX_CHARS))
        most = self.limits.max_waybills_per_message
        if len({w for r in result.requests for w in r.waybills}) > most:
            return self._refuse(request, "too_many_waybills", TOO_MANY.format(n=most))
        return None

    def _answered_question(self, request: MerchantRequest, result: ParseResult) -> list[Output] | None:
        """A message that asks (no command in it): answered from the outlet's knowledge base or stop-ship areas;
        one neither answers goes to a person when it asks enough (handlers.answers); None: read on as before."""
        outlet = self.network.outlet(request.outlet)
        if outlet is None:
            return None
        said = answers.answer(outlet, request.text, request.received_at)
        if said is not None:
            self.metrics.questions.labels("stop_ship" if said.intent == "stop_ship_query" else "knowledge").inc()
            if (result.reason == "command_without_waybill" and answers.STOP_QUERY.match(result.normalized) is None
                    and not answers.about_a_command(request.text)):
                # a command too ("那单帮我拦截，拦截多少钱"): answered, and the command to a person, as before
                self.metrics.by_escalation("command_without_waybill").inc()
                return [reply_to(request, f"{said.text}\n{TO_HUMAN}"),
                        self.ctx.escalate(request, "command_without_waybill"),
                        _activity(request, [said.intent], "to_human", self.metrics)]
            return [reply_to(request, said.text), _activity(request, [said.intent], "answered", self.metrics)]
        if result.reason is None and answers.worth_a_person(request.text):
            self.metrics.questions.labels("person").inc()
            return [*self._to_human(request, "question"), _activity(request, ["question"], "to_human", self.metrics)]
        if result.reason == "question":
            self.metrics.questions.labels("person").inc()  # (and to a person as the parser says, below)
        return None

    async def _superseding(self, request: MerchantRequest, result: ParseResult, intents: list[str]
                           ) -> list[Output] | None:
        """A newer word about a parcel replaces a question about it; a person decides when the store is away."""
        if self.confirming is None:
            return None
        costly = {w for r in result.requests if not r.confirm and r.intent in IRREVERSIBLE for w in r.waybills}
        if not costly:
            return None
        try:
            replaced = await self.confirming.supersede(request, costly, "superseded")
            self.metrics.confirmations.labels("superseded").inc(len(replaced))
        except StoreError as e:  # the old question would stay beside the new word: a person decides
            log.warning("confirmation store unavailable: a question was not superseded: %s", e)
            return [*self._to_human(request, "confirm_unavailable", intents=",".join(intents),
                                    waybills=",".join(sorted(costly))),
                    _activity(request, intents, "to_human", self.metrics)]
        return None

    async def _carry_out(self, request: MerchantRequest, entry: MerchantEntry, result: ParseResult) -> list[Output]:
        """Each request the merchant may make about their own parcels goes to its intent's handler (at once, see
        ``_act_all``); one asked to be confirmed becomes a question instead, and one the outlet's rules hold back
        is asked about or recorded for a person (handlers.workflow)."""
        out = Outcome()
        parcels = await self.ownership.owned(request, entry, result.requests, out)
        rules = self._rules_of(request)
        acts: list[Callable[[], Awaitable[Outcome]]] = []
        acting: list[ParsedRequest] = []
        asks: list[tuple[ParsedRequest, list[confirm_model.Parcel]]] = []
        decided: list[str] = []
        why = result.confirm or "unsure"
        for parsed in result.requests:
            self.metrics.by_intent(parsed.intent).inc()
            mine = [parcels[w] for w in parsed.waybills if w in parcels]
            decision = workflow.decide(rules, request, entry, parsed, mine)
            decided.append(decision.rule)
            if not mine:
                continue
            if decision.mode == "record" or (decision.mode == "confirm" and self.confirming is None):
                workflow.record(self.ctx, request, parsed, mine, decision, out)
                continue
            if parsed.confirm or decision.mode == "confirm":
                asks.append((parsed, [confirm_model.Parcel(p.waybill, p.carrier) for p in mine]))
                why = why if parsed.confirm or result.confirm else f"rule:{decision.rule}"  # (the parser's first)
                continue
            handler = self.handlers.get(parsed.intent)
            acting.append(parsed)
            if handler is None:
                acts.append(partial(self._no_handler, request, parsed, mine))
            else:
                acts.append(partial(handler.act, self.ctx, Task(request, parsed, mine)))
        for outcome in await _act_all(acts, acting):
            out.merge(outcome)
        questions = await self._ask(request, asks, why, out) if asks else []
        return self._outputs(request, [r.intent for r in result.requests], out, questions,
                             rules=decided if rules else ())

    def _rules_of(self, request: MerchantRequest) -> Rules:
        outlet = self.network.outlet(request.outlet)
        return outlet.rules if outlet is not None else NO_RULES

    async def _ask(self, request: MerchantRequest, asks: list[tuple[ParsedRequest, list[confirm_model.Parcel]]],
                   why: str, out: Outcome) -> list[str]:
        """The questions to put to the merchant; none, and a person told instead, when they cannot be kept."""
        if self.confirming is None:
            return []
        try:
            questions = await self.confirming.ask(request, asks, why)
            self.metrics.confirmations.labels("asked").inc(len(questions))
            return questions
        except StoreError as e:  # no question can be kept: a person decides instead
            log.warning("confirmation store unavailable: questions handed to a person: %s", e)
            for parsed, held in asks:
                for x in held:
                    out.say("{w} " + TO_HUMAN, x.waybill)
                out.escalations.append(self.ctx.escalate(
                    request, "confirm_unavailable", parsed.intent, intent=parsed.intent,
                    waybills=",".join(x.waybill for x in held)))
            return []

    def _outputs(self, request: MerchantRequest, intents: list[str], out: Outcome,
                 questions: Sequence[str] = (), answer: bool = False, rules: Sequence[str] = ()) -> list[Output]:
        """One reply (the outcome's lines, then any questions), the tickets, the escalations, the activity
        (``answer``: the message answers a question, counted apart from requests; ``rules``: the rule that decided
        each request, where the outlet has rules)."""
        for e in out.escalations:
            self.metrics.by_escalation(e.reason).inc()
        outputs: list[Output] = []
        if lines := [*out.render(), *questions]:
            outputs.append(reply_to(request, "\n".join(lines)))
        outputs.extend(out.tickets)
        outputs.extend(out.escalations)
        # A class-2 ticket is a person's work as much as an escalation is: not resolved automatically.
        person = bool(out.escalations) or any(t.ticket_class == 2 for t in out.tickets)
        outcome: RequestOutcome = ("confirmation" if answer else "to_human" if person else "asked" if questions
                                   else "answered")
        outputs.append(_activity(request, intents, outcome, self.metrics, rules))
        return outputs

    async def _answer(self, request: MerchantRequest, entry: MerchantEntry, answer: Literal["yes", "no"],
                      named: set[str]) -> list[Output] | None:
        """The merchant answers a question: act on what was asked ("确认") or drop it ("不用"). None when no
        question waits for this sender (the message is then read as any other)."""
        assert self.confirming is not None
        settled = await self.confirming.settle(request, answer, named)
        if settled is None:
            # Handled before and redelivered (a restart before its offset was committed): answer as then. The
            # operations are the asking request's, with its idempotency keys, so the carrier acts once.
            before = await self.confirming.store.answered_by(request.merchant, request.id)
            if not before:
                return None
            now = [a.pending for a in before if a.status in ("confirmed", "declined")]
            settled = ([p for p in now if any(a.pending.id == p.id and a.status == "confirmed" for a in before)]
                       if answer == "yes" else now, [])
        done, late = settled
        out = Outcome()
        if answer == "yes":
            outcomes = await _act_all([partial(self._act_confirmed, p, request.received_at) for p in done], [])
            for o in outcomes:
                out.merge(o)
        else:
            for p in done:
                out.say(DECLINED, "、".join(p.waybills))
        for p in late:
            out.say(EXPIRED, "、".join(p.waybills))
        m = self.metrics.confirmations
        m.labels("confirmed" if answer == "yes" else "declined").inc(len(done))
        m.labels("late").inc(len(late))
        return self._outputs(request, [p.intent for p in done], out, answer=True)

    async def _act_confirmed(self, p: confirm_model.Pending, at: datetime) -> Outcome:
        """Carry out a confirmed question as the request that asked for it (its id, so its idempotency keys; its
        outlet, so its carrier account: only its own merchant in that outlet could confirm it), unless the outlet's
        rules, as they are when the merchant confirmed (``at``), now record it for a person."""
        asked = MerchantRequest(id=p.request_id, merchant=p.merchant, group=p.group, sender=p.sender,
                                platform=p.platform, text=p.text, received_at=p.received_at, outlet=p.outlet)
        parsed = ParsedRequest(intent=p.intent, waybills=p.waybills, carrier=p.parcels[0].carrier, address=p.address,
                               name=p.name, phone=p.phone, address_parts=p.address_parts)
        handler = self.handlers.get(p.intent)
        parcels = [Parcel(x.waybill, x.carrier, "") for x in p.parcels]
        outlet = self.network.outlet(asked.outlet)
        rules = outlet.rules if outlet is not None else NO_RULES
        if rules:
            entry = outlet.directory.get(p.merchant) if outlet is not None else None
            decision = workflow.decide(rules, asked, entry, parsed, parcels, at)
            if decision.mode == "record":
                out = Outcome()
                workflow.record(self.ctx, asked, parsed, parcels, decision, out)
                return out
        if handler is None or TICKET_CLASS.get(p.intent) != 1:
            return await self._no_handler(asked, parsed, parcels)
        return await handler.act(self.ctx, Task(asked, parsed, parcels))

    async def _withdrawn(self, request: MerchantRequest, withdrawn: list[str]) -> list[Output] | None:
        """"YT1 算了不拦了" about a question still waiting: it is declined, and nobody need look. None when a
        withdrawn number has no question waiting (its request may be under way: a person must see it)."""
        assert self.confirming is not None
        if not withdrawn:
            return None
        waiting = {w for p in await self.confirming.waiting(request.merchant, request.outlet) for w in p.waybills}
        if not set(withdrawn) <= waiting:
            return None
        done = await self.confirming.supersede(request, set(withdrawn), "declined")
        self.metrics.confirmations.labels("declined").inc(len(done))
        out = Outcome()
        for p in done:
            out.say(DECLINED, "、".join(p.waybills))
        return self._outputs(request, [], out)

    async def _no_handler(self, request: MerchantRequest, parsed: ParsedRequest, mine: list[Parcel]) -> Outcome:
        out = Outcome()
        for p in mine:
            out.say("{w} " + TO_HUMAN, p.waybill)
        out.escalations.append(self.ctx.escalate(request, "no_handler", parsed.intent, intent=parsed.intent))
        return out

    def _bucket(self, merchant: tuple[str, str]) -> TokenBucket:
        """The bucket of (outlet, merchant): the same id in two outlets is two merchants."""
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
    message naming three parcels of three carriers would wait for three carrier round trips (docs/performance.md).
    When two of them name the same waybill, they act in the message's order. If one fails, the others are
    cancelled and the error is the request's (the router dead-letters it).

    Structured like a task group: each request acts in a task that never outlives this call (awaited, or
    cancelled and awaited), and cancelling the caller cancels them all. Plain asyncio tasks (``router.tasks``),
    which cost less to start than anyio's."""
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
              metrics: ServiceMetrics | None = None, rules: Sequence[str] = ()) -> Activity:
    if metrics is not None:
        metrics.by_outcome(outcome).inc()
        if outcome != "confirmation":  # an answer to a question is no request of its own
            metrics.by_outlet(request.outlet).inc()
    return Activity(id=request.id, merchant=request.merchant, intents=intents, outcome=outcome,
                    received_at=request.received_at, outlet=request.outlet, rules=list(rules))


def account_carriers(settings: Settings, pool: HttpPool, metrics: CarrierMetrics, network: Network,
                     pools: Pools | None = None, ledger: EffectLedger | None = None) -> Make:
    """What makes an outlet's carriers from its account: its key and secret, ``[carrier]``'s address and limits;
    with ``carrier.protocol = "open_platform"``, its credentials at each carrier's own platform, over ``pools``."""

    def make(a: Account) -> Carriers:
        if settings.carrier.protocol == "open_platform":
            if pools is None:
                raise ValueError("the real protocols need their connection pools")
            clients = open_clients(settings.carrier, pools, dict(a.open), ledger)
        else:
            account = msgspec.structs.replace(settings.carrier, customer=a.customer, app_key=a.app_key,
                                              secret=a.secret)
            clients = http_clients(account, pool)
        return Carriers(clients, settings.carrier, metrics, state_gauge=network.single)

    return make


def _accounts(network: Network) -> dict[str, Account]:
    return {network.record_outlet(o): o.account for o in network.outlets.values()}


async def keep_network(settings: Settings, store: OutletStore, service: CustomerService, accounts: CarrierAccounts,
                       *, since: int, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Take the stored outlets whenever they change after version ``since``, until cancelled
    (``router.outlet_store.watch_network``): an outlet added gets its carrier account on its first request, one
    whose account changed or that is gone has its old account retired; a group or merchant moved belongs to its
    new outlet from the next request on."""

    async def take(network: Network) -> None:
        accounts.update(_accounts(network))
        service.network = network

    watch = NetworkWatch(settings, store, take, since=since)
    service.look_again = watch.look_now
    await watch.run(task_status=task_status)


def build(
    settings: Settings, pool: HttpPool, registry: CollectorRegistry | None = None,
    confirmations: confirm_model.ConfirmationStore | None = None,
    stored: Mapping[str, OutletSettings] | None = None,
    owners: OwnerRecords | None = None,
    pools: Pools | None = None,
    ledger: EffectLedger | None = None,
) -> tuple[CustomerService, CarrierAccounts]:
    """The service and its carriers, one account per outlet, from settings (the caller runs ``carriers.run`` in
    its task group). Without ``confirmations`` (or with ``confirm.enabled`` false) what the parser wants confirmed
    goes to a person. ``owners``: the outlets' pickup records, which ``carrier.ownership = "shipments"`` needs;
    ``pools``: the connections to the carriers' own platforms, which ``carrier.protocol = "open_platform"`` needs
    (the caller closes them); ``ledger``: where the real protocols' effects a carrier would do twice are written
    before they are sent (router.carrier.ledger: ``kefu-router run`` gives the ticket store's)."""
    if settings.carrier.ownership == "shipments" and owners is None:
        raise ConfigError('carrier.ownership = "shipments" needs the pickup records (the ticket store)')
    from handlers.intents import intent_handlers

    network = Network.from_settings(settings, stored=stored)
    metrics = CarrierMetrics(registry)
    make = account_carriers(settings, pool, metrics, network, pools, ledger)
    if network.single:  # made now: its only account, and what the intake's pause looks at from the start
        (only,) = network.outlets.values()
        carriers = CarrierAccounts({"": (make(only.account), only.account)}, make=make)
    else:
        carriers = CarrierAccounts(accounts=_accounts(network), make=make, metrics=metrics)
    confirming = (Confirming(confirmations, settings.confirm.ttl_s)
                  if confirmations is not None and settings.confirm.enabled else None)
    service = CustomerService(Context(carriers, owners if settings.carrier.ownership == "shipments" else None),
                              network, intent_handlers(), ServiceMetrics(registry),
                              settings.limits, confirming)
    return service, carriers
