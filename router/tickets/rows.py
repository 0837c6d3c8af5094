"""The ticket store's rows as the code sees them: a ticket, its history, what a carrier event did to it, and the
column order the store reads and writes tickets in (``row_to_ticket`` reads that order back).

Apart from the store so that the modules reading tickets beside it (router.tickets.scans, the store's queries) share
one column list without importing the store itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from router.carrier.model import CarrierEvent


class HistoryEntry(msgspec.Struct, frozen=True):
    at: float
    kind: str  # opened | carrier_event | escalated | human_reply
    detail: str


class TicketRow(msgspec.Struct, kw_only=True):
    id: str
    request_id: str
    merchant: str
    group: str
    platform: str
    sender: str
    waybill: str
    carrier: str
    intent: str
    ticket_class: int
    status: str  # open | done | succeeded | failed | resolved | closed
    key: str
    carrier_ref: str
    text: str
    opened_at: float
    updated_at: float
    due_at: float
    escalated_at: float | None
    requested_at: float | None = None
    answered_at: float | None = None
    outlet: str = ""  # whose ticket: its outlet's staff follow it, its outlet's group hears the result
    history: list[HistoryEntry] = msgspec.field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status == "open"


class Applied(msgspec.Struct, frozen=True):
    """What one carrier event did: ``outcome`` is applied | duplicate | late (ticket already final) | orphan |
    mismatch (its key is a ticket's, its carrier or waybill not: refused, forged or misrouted)."""

    event: CarrierEvent
    outcome: str
    ticket: TicketRow | None


# (for the store and the modules that read tickets beside it: router.tickets.scans)
TICKET_COLUMNS = ("id, request_id, merchant, grp, platform, sender, waybill, carrier, intent, ticket_class, status, "
                  "op_key, carrier_ref, text, opened_at, updated_at, due_at, escalated_at, requested_at, answered_at, "
                  "outlet")


def row_to_ticket(r: Sequence[Any], history: list[HistoryEntry] | None = None) -> TicketRow:
    return TicketRow(
        id=r[0], request_id=r[1], merchant=r[2], group=r[3], platform=r[4], sender=r[5], waybill=r[6],
        carrier=r[7], intent=r[8], ticket_class=int(r[9]), status=r[10], key=r[11], carrier_ref=r[12], text=r[13],
        opened_at=float(r[14]), updated_at=float(r[15]), due_at=float(r[16]),
        escalated_at=None if r[17] is None else float(r[17]),
        requested_at=None if r[18] is None else float(r[18]), answered_at=None if r[19] is None else float(r[19]),
        outlet=str(r[20]), history=history or [],
    )
