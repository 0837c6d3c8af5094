"""The customer-service handler the router runs: understand → check ownership → act per intent → one reply.

Per request (the router runs one per merchant at a time, in order):
0. the request's outlet is read from its group (``router.outlets``): a record whose group, merchant and outlet do
   not agree is refused (``CrossingError``: a dead letter, nothing acted on); the request carries its outlet on;
1. the merchant must be in its outlet's directory, else a person takes the message (``unknown_merchant``);
2. the parser reads the text; when it is unsure (``needs_human``) nothing is acted on and a person gets the
   message with the parser's reason; chit-chat gets no answer at all; an irreversible action it is not sure of
   (``confirm``) is asked about in the group and waits for the merchant's "确认" (``handlers.confirming``), and an
   answer to such a question acts on what was asked (or declines it) (``handlers.confirm_flow``); a message that
   asks rather than commands is answered from the outlet's knowledge base (``handlers.inquiries``);
3. every waybill is tracked at its carrier (batched with everyone else's; ``handlers.ownership``): a waybill
   shipped under another customer account is refused with a clear reply and no operation is ever sent for it;
4. each understood request goes to the handler registered for its intent; their outcomes become one reply
   (@ the sender, one line per phrase, many waybills per line), tickets and escalations (``handlers.replies``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import partial
from typing import Final

import anyio
import msgspec
from anyio.abc import TaskStatus
from prometheus_client import CollectorRegistry

from handlers import confirm_flow, inquiries, workflow
from handlers.acting import act_all as _act_all
from handlers.base import Context, IntentHandler, Outcome, OwnerRecords, Parcel, Task
from handlers.confirming import Answer, Confirming, answer_of
from handlers.metrics import ServiceMetrics
from handlers.outlet_carriers import account_carriers, outlet_accounts
from handlers.ownership import Ownership
from handlers.replies import activity, no_handler, outputs, to_human
from handlers.staff_quiet import STAFF_TALKING, StaffQuiet
from handlers.vip import any_vip, marked_vip, sent_by_vip
from router.carrier.accounts import CarrierAccounts
from router.carrier.carriers import CarrierMetrics
from router.carrier.http import HttpPool
from router.carrier.ledger import EffectLedger
from router.carrier.limits import TokenBucket
from router.carrier.wire.setup import Pools
from router.config import LimitSettings, Settings
from router.config.sections import OutletSettings
from router.confirm import model as confirm_model
from router.contracts import MerchantRequest, Output, reply_to
from router.directory import Directory, MerchantEntry
from router.errors import ConfigError, StoreError
from router.outlet_store import NetworkWatch, OutletStore
from router.outlets import CrossingError, Network
from router.parsing.parser import MAX_CHARS, ParsedRequest, ParseResult, parse
from router.registry import Prepared
from router.rules.engine import NO_RULES, Decision, Rules

# (``_act_all``, ``account_carriers``: of handlers.acting and handlers.outlet_carriers, named here for importers)
__all__ = ["ASKABLE", "TOO_FREQUENT", "TOO_LONG", "TOO_MANY", "UNKNOWN_OUTLET", "CustomerService", "_act_all",
           "account_carriers", "build", "keep_network"]

UNKNOWN_OUTLET = "\0unknown"  # the share of requests from groups no outlet has (yet)

# the parser's readings of a message without a command that the outlet's answers may answer (a question about an
# action, one about something else, a command word with no waybill: "停发查询 <地址>")
ASKABLE: Final = (None, "question", "command_without_waybill")
log = logging.getLogger("kefu.service")

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
        self.quiet = StaffQuiet()
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
        self.quiet.revoked()

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
    def prioritised(self) -> bool:  # (router.registry.Prioritised: an outlet's VIP merchants' requests go first)
        return any_vip(self.network)

    def first(self, request: MerchantRequest) -> bool:
        return sent_by_vip(request, self.network)

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
        do not agree. What a VIP merchant hands to a person says so (its staff see it first)."""
        return marked_vip(await self._handle(request, prepared), self.network)

    async def _handle(self, request: MerchantRequest, prepared: Prepared | None) -> Sequence[Output]:
        kept = prepared.kept if prepared is not None else None
        if isinstance(kept, _Read) and kept.network is self.network:  # read by ``prepare``: not read again
            request = kept.request
            entry: MerchantEntry | None = kept.entry
            read: ParseResult | tuple[Answer, set[str]] | None = kept.read
        elif isinstance(kept, _Read):  # the network changed while it waited (a merchant moved, an outlet gone)
            (request, entry), read = await self._resolved_now(request), kept.read
        else:
            (request, entry), read = await self._resolved_now(request), None
        if (held := self._held_back(request, entry)) is not None or entry is None:
            return held or []
        if read is None and self.confirming is not None:  # not read by ``prepare`` (a caller that does not ask it)
            read = answer_of(request.text)
        if self.confirming is not None and isinstance(read, tuple):
            answered = await confirm_flow.answered(self, request, entry, read)
            if answered is not None:
                return answered
        result = read if isinstance(read, ParseResult) else parse(request.text, entry.carrier)
        screened = await self._screened(request, result)
        if screened is not None:
            return screened
        return await self._carry_out(request, entry, result)

    def _held_back(self, request: MerchantRequest, entry: MerchantEntry | None) -> list[Output] | None:
        """What a message gets before it is read, if it is not to be read: the outlet's staff talking in the group
        (nothing to act on; the bot keeps quiet after them), a merchant not in the directory, one over its rate.
        None for a message to read."""
        outlet = self.network.outlet(request.outlet)
        if self.quiet.staff_spoke(request, outlet):  # (a person talking to the merchant: nothing to act on)
            return [activity(request, [], "no_action", self.metrics)]
        if entry is None:
            return [*to_human(self, request, "unknown_merchant"), activity(request, [], "to_human", self.metrics)]
        if self.quiet.quiet(request, outlet) and answer_of(request.text) is None:  # (an answer: the bot's question)
            # staff are answering in the group: they decide, the bot is silent; what asks nothing needs nobody
            read = parse(request.text, entry.carrier)
            if not read.requests and not read.needs_human and not read.waybills:
                return [activity(request, [], "no_action", self.metrics)]
            self.metrics.by_escalation(STAFF_TALKING).inc()
            return [self.ctx.escalate(request, STAFF_TALKING), activity(request, [], "to_human", self.metrics)]
        # Counted in the merchant's own time (when each message was sent), not ours: a backlog drained after an
        # outage or a restart must not be refused for arriving all at once.
        if self._bucket((request.outlet, request.merchant)).try_acquire(at=request.received_at.timestamp()) != 0:
            return self._refuse(request, "merchant_rate", TOO_FREQUENT.format(n=self.limits.merchant_per_minute))
        return None

    async def _screened(self, request: MerchantRequest, result: ParseResult) -> list[Output] | None:
        """What the message gets without any carrier call: refused over a limit, a withdrawal of a question, a
        person (the parser was unsure), nothing (chit-chat). None for a message to carry out."""
        intents = [r.intent for r in result.requests]
        if (refused := self._over_limits(request, result)) is not None:
            return refused
        if (result.needs_human and result.reason == "negated_command" and not result.requests
                and self.confirming is not None):  # nothing else asked: else a person reads the whole message
            try:
                declined = await confirm_flow.withdrawn(self, request, result.withdrawn)
            except StoreError as e:
                log.warning("confirmation store unavailable for a withdrawal: %s", e)
                declined = None  # a person sees it, as any withdrawal of something perhaps under way
            if declined is not None:
                return declined
        if not result.requests and not result.waybills and result.reason in ASKABLE:
            said = inquiries.answered_question(self, request, result)
            if said is not None:
                return said
        if result.needs_human or (self.confirming is None and any(r.confirm for r in result.requests)):
            return [*to_human(
                self, request, (result.reason or "confirm_" + (result.confirm or "unsure")).split(":")[0],
                intents=",".join(intents),
                waybills=",".join(w for r in result.requests for w in r.waybills),
            ), activity(request, intents, "to_human", self.metrics)]
        if not result.requests:
            self.metrics.chitchat.inc()
            return [activity(request, [], "no_action", self.metrics)]
        return await confirm_flow.superseding(self, request, result, intents)

    def _over_limits(self, request: MerchantRequest, result: ParseResult) -> list[Output] | None:
        if result.reason == "too_long":
            return self._refuse(request, "too_long", TOO_LONG.format(n=MAX_CHARS))
        most = self.limits.max_waybills_per_message
        if len({w for r in result.requests for w in r.waybills}) > most:
            return self._refuse(request, "too_many_waybills", TOO_MANY.format(n=most))
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
        holds: list[tuple[ParsedRequest, list[Parcel], Decision]] = []
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
            if decision.mode == "approve" and not parsed.confirm:  # (unsure: the merchant first, then staff)
                holds.append((parsed, mine, decision))
                continue
            if parsed.confirm or decision.mode == "confirm":
                asks.append((parsed, [confirm_model.Parcel(p.waybill, p.carrier) for p in mine]))
                why = why if parsed.confirm or result.confirm else f"rule:{decision.rule}"  # (the parser's first)
                continue
            handler = self.handlers.get(parsed.intent)
            acting.append(parsed)
            if handler is None:
                acts.append(partial(no_handler, self, request, parsed, mine))
            else:
                acts.append(partial(handler.act, self.ctx, Task(request, parsed, mine)))
        for outcome in await _act_all(acts, acting):
            out.merge(outcome)
        if holds:
            await confirm_flow.hold_for_staff(self, request, holds, rules.approve_within_s, out)
        questions = await confirm_flow.ask(self, request, asks, why, out) if asks else []
        return outputs(self, request, [r.intent for r in result.requests], out, questions,
                       rules=decided if rules else ())

    async def act_approved(self, p: confirm_model.Pending) -> list[Output]:
        """Carry out a request the outlet's staff approved (router.confirm.approved calls it)."""
        return await confirm_flow.act_approved(self, p)

    def _rules_of(self, request: MerchantRequest) -> Rules:
        outlet = self.network.outlet(request.outlet)
        return outlet.rules if outlet is not None else NO_RULES

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
        return [reply_to(request, text), activity(request, [], "refused", self.metrics)]


async def keep_network(settings: Settings, store: OutletStore, service: CustomerService, accounts: CarrierAccounts,
                       *, since: int, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Take the stored outlets whenever they change after version ``since``, until cancelled
    (``router.outlet_store.watch_network``): an outlet added gets its carrier account on its first request, one
    whose account changed or that is gone has its old account retired; a group or merchant moved belongs to its
    new outlet from the next request on."""

    async def take(network: Network) -> None:
        accounts.update(outlet_accounts(network))
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
        carriers = CarrierAccounts(accounts=outlet_accounts(network), make=make, metrics=metrics)
    confirming = (Confirming(confirmations, settings.confirm.ttl_s)
                  if confirmations is not None and settings.confirm.enabled else None)
    service = CustomerService(Context(carriers, owners if settings.carrier.ownership == "shipments" else None),
                              network, intent_handlers(), ServiceMetrics(registry),
                              settings.limits, confirming)
    return service, carriers
