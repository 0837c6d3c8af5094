"""A carrier's scans (its pushes, router.carrier.wire.pushes) → the outcome of the ticket they decide.

A push names a waybill and what happened to it, not our operation: it is matched to the outlet's open ticket for
that waybill at that carrier whose outcome the scan says (``OUTCOMES``): the parcel on its way back to its sender
(``returned``) is an intercept's success, sent on to a new address (``redirected``) a change of address's, and
delivered to its receiver (``delivered``, read only where it cannot be a returned parcel signed for) an
intercept's failure. Nothing else decides: a change of address is never failed by a delivery (at its new address
it is the success). The outcome is then an ordinary carrier event of the ticket (``TicketStore.apply_events``),
with an id of the ticket and the outcome, so that a scan pushed again, a second scan of the same kind, or the same
outcome also learned by asking (router.tickets.results) is recorded once and told once.

A scan without a time it can be placed by, or from before the merchant asked (``SLACK_S`` allowing for the
carrier's clock), is not its outcome. A returned or redirected scan that finds no open ticket (the follower has
not stored it yet: tickets and events are separate topics) waits in ``orphan_events`` under the scan's carrier,
waybill and outlet, and is applied when such a ticket opens; a delivered one that finds none is dropped. A scan
waits about ``WAIT_S`` at most (``forget_waiting``, run with the follower's hourly purges: up to twice that):
most returned parcels are not ours (refused by their receivers).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Final

import msgspec

from router.carrier.model import CarrierEvent
from router.tickets.store import TICKET_COLUMNS, Applied, TicketRow, TicketStore, row_to_ticket

log = logging.getLogger("kefu.follower")

DECIDED: Final = ("intercept", "change_address")  # the intents a scan decides
OUTCOMES: Final = {("intercept", "returned"): "succeeded", ("intercept", "delivered"): "failed",
                   ("change_address", "redirected"): "succeeded"}
WAITS: Final = ("returned", "redirected")  # the scans that wait for their ticket
SLACK_S: Final = 300.0
WAIT_S: Final = 3600.0  # how long a scan waits for its ticket (the follower's lag behind the carrier's)
_encode = msgspec.json.Encoder().encode


def is_scan(e: CarrierEvent) -> bool:
    return e.op == "scan" and not e.key


def waiting_key(carrier: str, waybill: str, outlet: str) -> str:
    """The ``op_key`` a scan waits under in ``orphan_events`` until its ticket opens."""
    return f"scan:{carrier}:{waybill}:{outlet}"


async def apply_scans(store: TicketStore, scans: Sequence[CarrierEvent], now: float | None = None) -> list[Applied]:
    """Each scan's outcome applied to the ticket it decides (``Applied`` of the ticket's event, or of the scan
    itself: ``unmatched`` dropped, ``orphan`` waiting for its ticket)."""
    if not scans:
        return []
    now = time.time() if now is None else now
    db = store.db
    rows = await store.in_(
        db, f"SELECT {TICKET_COLUMNS} FROM tickets WHERE status = 'open' AND op_key <> '' "
            f"AND intent IN ({', '.join('?' * len(DECIDED))}) AND waybill IN ({{}})",
        list({s.waybill for s in scans}), prefix=DECIDED)
    tickets: dict[tuple[str, str, str], list[TicketRow]] = {}
    for t in map(row_to_ticket, rows):
        tickets.setdefault((t.carrier, t.waybill, t.outlet), []).append(t)
    derived: list[CarrierEvent] = []
    used: list[str] = []  # the scans that decided (those that waited are let go)
    out: list[Applied] = []
    waiting: list[tuple[str, str, str, float]] = []
    for s in scans:
        if not s.at:  # (no time to place it by: it could be any day's, so it decides nothing)
            log.info("a %s scan without a time it can be placed by: not an outcome", s.carrier)
            out.append(Applied(s, "unmatched", None))
            continue
        found = [(t, o) for t in tickets.get((s.carrier, s.waybill, s.outlet), [])
                 if (o := OUTCOMES.get((t.intent, s.event))) is not None
                 and s.at >= (t.requested_at or t.opened_at) - SLACK_S]
        derived += [CarrierEvent(id=f"scan:{t.id}:{o}", carrier=t.carrier, waybill=t.waybill, key=t.key,
                                 op=t.intent, event=o, detail=f"{s.detail} ({s.id})", at=s.at, outlet=t.outlet)
                    for t, o in found]
        if found:
            used.append(s.id)
            continue
        if s.event in WAITS:
            waiting.append((s.id, waiting_key(s.carrier, s.waybill, s.outlet), _encode(s).decode(), now))
        out.append(Applied(s, "orphan" if s.event in WAITS else "unmatched", None))
    if waiting:
        async with db.transaction():
            await db.executemany("INSERT INTO orphan_events VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", waiting)
    if derived:
        out += await store.apply_events(derived, now)
        async with db.transaction():
            await store.in_(db, "DELETE FROM orphan_events WHERE event_id IN ({}) RETURNING event_id", used)
    return out


async def forget_waiting(store: TicketStore, now: float) -> int:
    """Drop the scans that waited ``WAIT_S`` for a ticket none opened (a parcel refused by its receiver and
    returned, an intercept a person asked for by telephone: no ticket of ours), and any event with no operation
    key (a scan stored by a follower from before scans: never anyone's)."""
    async with store.db.transaction():
        rows = await store.db.fetch("DELETE FROM orphan_events WHERE (op_key LIKE 'scan:%' AND received_at < ?) "
                                    "OR op_key = '' RETURNING event_id", (now - WAIT_S,))
    return len(rows)
