"""What every intent handler works with: the task (one understood request, its parcels checked), the context
(the carrier layer) and the outcome (reply lines, tickets, escalations).

A handler never sees a waybill the merchant does not own: the service checks ownership first and answers those
itself. Handlers decide carrier operations, phrasing, the ticket class and escalation; nothing else.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from router.areas.stop_ship import EMPTY as NO_STOPS
from router.areas.stop_ship import StopList
from router.carrier.accounts import CarrierAccounts
from router.carrier.carriers import Carriers
from router.carrier.model import Item, ItemResult, Op
from router.contracts import Escalation, MerchantRequest, Ticket
from router.outlets import Network
from router.parsing.parser import ParsedRequest
from router.shipments import Shipment


@dataclass(frozen=True)
class Parcel:
    """A waybill the merchant owns, as the carrier's tracking answered just now."""

    waybill: str
    carrier: str
    state: str
    intercept: str = ""


@dataclass
class Task:
    request: MerchantRequest
    parsed: ParsedRequest
    parcels: list[Parcel]


async def results_of(futures: list[asyncio.Future[ItemResult]]) -> list[ItemResult]:
    """The items' results, in order. Awaited one by one: most requests name one parcel, and a gather costs a
    future of its own and a callback per item. Cancelled while waiting, every item still queued is withdrawn."""
    try:
        return [await f for f in futures]
    except BaseException:
        for f in futures:
            f.cancel()
        raise


def idempotency_key(request_id: str, intent: str, waybill: str) -> str:
    """The same request, intent and waybill always give the same key: a redelivered record acts once."""
    return hashlib.sha1(f"{request_id}\x1f{intent}\x1f{waybill}".encode(), usedforsecurity=False).hexdigest()[:24]


@dataclass
class Outcome:
    """Reply lines grouped by phrase (one line may cover many waybills), tickets and escalations."""

    lines: dict[str, list[str]] = field(default_factory=dict)  # phrase with {w} → waybills, in order
    tickets: list[Ticket] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)

    def say(self, phrase: str, waybill: str = "") -> None:
        self.lines.setdefault(phrase, [])
        if waybill:
            self.lines[phrase].append(waybill)

    def render(self) -> list[str]:
        return [phrase.format(w="、".join(wbs)).strip() for phrase, wbs in self.lines.items()]

    def merge(self, other: Outcome) -> None:
        for phrase, wbs in other.lines.items():
            self.lines.setdefault(phrase, []).extend(wbs)
        self.tickets.extend(other.tickets)
        self.escalations.extend(other.escalations)


class OwnerRecords(Protocol):
    async def owners(self, outlet: str, waybills: Sequence[str]) -> Mapping[str, Shipment]:
        """The records of ``waybills`` in ``outlet`` (as records name it), by waybill; those without are absent."""
        ...


class Context:
    """The carrier layer as handlers see it: each request acts through its own outlet's account."""

    def __init__(self, carriers: Carriers | CarrierAccounts, owners: OwnerRecords | None = None) -> None:
        """``owners``: the outlets' pickup records, when they (not the carriers' tracking) say whose a parcel is."""
        self.accounts = carriers if isinstance(carriers, CarrierAccounts) else CarrierAccounts({"": (carriers, None)})
        self.owners = owners
        # the outlets (their stop-ship areas): the service's, kept up to date by it (handlers.customer_service)
        self.network: Network | None = None

    def __repr__(self) -> str:
        return f"<Context {self.accounts!r}>"

    def carriers(self, request: MerchantRequest) -> Carriers:
        """The carriers as the request's outlet's account."""
        return self.accounts.of(request.outlet)

    def stops(self, request: MerchantRequest) -> StopList:
        """The stop-ship areas of the request's outlet (none known: an empty list)."""
        outlet = self.network.outlet(request.outlet) if self.network is not None else None
        return outlet.stops if outlet is not None else NO_STOPS

    def submit(self, task: Task, op: Op, parcel: Parcel, **params: str) -> asyncio.Future[ItemResult]:
        """The item's result, to await (see ``Carriers.submit``)."""
        item = Item(key=idempotency_key(task.request.id, task.parsed.intent, parcel.waybill), waybill=parcel.waybill,
                    params=params)
        return self.accounts.submit(task.request.outlet, parcel.carrier, op, item,
                                    task.request.received_at.timestamp())

    async def submit_all(self, task: Task, op: Op, **params: str) -> list[tuple[Parcel, ItemResult]]:
        """One item per parcel, all at once, so they share batches; results in the parcels' order."""
        results = await results_of([self.submit(task, op, p, **params) for p in task.parcels])
        return list(zip(task.parcels, results, strict=True))

    @staticmethod
    def ticket(task: Task, parcel: Parcel, *, ticket_class: int, status: str = "open", ref: str = "",
               key: str = "") -> Ticket:
        """``key``: the idempotency key of the item that acted, when there was one (it is the ticket's)."""
        intent = task.parsed.intent
        return Ticket(
            id=f"{task.request.id}:{intent}:{parcel.waybill}",
            request_id=task.request.id,
            merchant=task.request.merchant,
            group=task.request.group,
            waybill=parcel.waybill,
            carrier=parcel.carrier,
            intent=intent,
            ticket_class=_ticket_class(ticket_class),
            status=status,
            key=key or idempotency_key(task.request.id, intent, parcel.waybill),
            carrier_ref=ref,
            platform=task.request.platform,
            sender=task.request.sender,
            text=task.request.text,
            requested_at=task.request.received_at,
            outlet=task.request.outlet,
        )

    @staticmethod
    def escalate(request: MerchantRequest, reason: str, suffix: str = "", **detail: Any) -> Escalation:
        return Escalation(
            id=f"{request.id}:human{(':' + suffix) if suffix else ''}",
            request_id=request.id,
            merchant=request.merchant,
            group=request.group,
            reason=reason,
            text=request.text,
            detail={k: str(v) for k, v in detail.items()},
            outlet=request.outlet,
            sender=request.sender,
            platform=request.platform,
        )


def _ticket_class(ticket_class: int) -> Literal[1, 2]:
    if ticket_class == 1:
        return 1
    if ticket_class == 2:
        return 2
    raise ValueError(f"a ticket is class 1 or 2, not {ticket_class}")


class IntentHandler(Protocol):
    @property
    def intent(self) -> str: ...

    @property
    def ticket_class(self) -> int:
        """1: the carrier resolves its tickets through its API; 2: a person follows them; 0: it opens none."""

    async def act(self, ctx: Context, task: Task) -> Outcome:
        """Act on the task's parcels; runs while the merchant's next request waits (per-merchant order)."""
        ...


CARRIER_TROUBLE = "{w} 系统繁忙，已转人工处理，请稍候"
# what the carrier's open platform does not do at all (no call is made): a person does it at the carrier
NOT_OFFERED = "{w} 该快递公司暂不支持线上办理此项，已转人工处理，请稍候"
# sent to the carrier, its answer lost: whether it was done is checked by a person at the carrier, never redone
IN_DOUBT = "{w} 已提交快递公司，处理结果待核实，已转人工跟进，请稍候"


def carrier_trouble(
    ctx: Context, request: MerchantRequest, intent: str, out: Outcome, failed: Sequence[tuple[Parcel, ItemResult]]
) -> None:
    """Items the carrier could not do for now (outage past the deadline, call refused): a person takes over. Those
    sent once with no answer known (``in_doubt``: it may have been done) are a case of their own: the person must
    check at the carrier before doing anything, never simply do it again; so are those the carrier's platform does
    not offer (``not_supported``: never sent), which a person does at the carrier and the merchant is not told
    is a passing trouble."""
    apart = ("in_doubt", "not_supported")
    for reason, phrase, items in (
            ("carrier_unavailable", CARRIER_TROUBLE, [(p, r) for p, r in failed if r.code not in apart]),
            ("effect_in_doubt", IN_DOUBT, [(p, r) for p, r in failed if r.code == "in_doubt"]),
            ("carrier_not_offered", NOT_OFFERED, [(p, r) for p, r in failed if r.code == "not_supported"])):
        if not items:
            continue
        for p, _ in items:
            out.say(phrase, p.waybill)
        out.escalations.append(ctx.escalate(
            request, reason, intent,
            intent=intent, waybills=",".join(p.waybill for p, _ in items),
            codes=",".join(sorted({r.code for _, r in items})), detail=items[0][1].message,
        ))
