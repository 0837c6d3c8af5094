"""The outlet's pickup records (揽收记录): which customer account shipped each waybill, and with which carrier.

The carriers' open platforms do not say whose a parcel is (docs/carriers.md); the outlet that picked it up does.
With ``carrier.ownership = "shipments"`` the router takes a parcel's owner from here, not from the carrier's
tracking answer, and a waybill the outlet has no record of goes to a person instead of being acted on. The records
are written by ``kefu-router shipments import`` (a CSV the outlet's pickup system exports: ``waybill,carrier,
customer``), per outlet, in the ticket store; a record written again replaces the earlier one (a correction).
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from router.errors import ConfigError
from router.parsing.waybills import CARRIERS
from router.tickets.store import Db, TicketStore

_WAYBILL: Final = re.compile(r"[0-9A-Z]{8,30}")
_BATCH: Final = 500  # rows written per statement group, and waybills looked up per query


@dataclass(frozen=True, slots=True)
class Shipment:
    waybill: str
    carrier: str
    customer: str


class Shipments:
    """The pickup records in the ticket store's database."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def __repr__(self) -> str:
        return "<Shipments>"

    async def record(self, outlet: str, rows: Sequence[Shipment], now: float | None = None) -> int:
        """Write ``rows`` for ``outlet`` (each replacing the waybill's earlier record); returns how many."""
        at = time.time() if now is None else now
        for start in range(0, len(rows), _BATCH):
            async with self._db.transaction():
                for r in rows[start:start + _BATCH]:
                    await self._db.execute(
                        "INSERT INTO shipments (outlet, waybill, carrier, customer, recorded_at) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (outlet, waybill) DO UPDATE SET "
                        "carrier = excluded.carrier, customer = excluded.customer, recorded_at = excluded.recorded_at",
                        (outlet, r.waybill, r.carrier, r.customer, at))
        return len(rows)

    async def owners(self, outlet: str, waybills: Sequence[str]) -> dict[str, Shipment]:
        """The records of ``waybills`` in ``outlet``, by waybill (those without one are absent)."""
        out: dict[str, Shipment] = {}
        unique = list(dict.fromkeys(waybills))
        for start in range(0, len(unique), _BATCH):
            chunk = unique[start:start + _BATCH]
            rows = await self._db.fetch(
                f"SELECT waybill, carrier, customer FROM shipments WHERE outlet = ? AND waybill IN "
                f"({', '.join('?' * len(chunk))})", (outlet, *chunk))
            out.update({str(w): Shipment(str(w), str(c), str(cu)) for w, c, cu in rows})
        return out


def read_csv(text: str, where: str) -> list[Shipment]:
    """The rows of a pickup export: a header naming ``waybill``, ``carrier`` and ``customer``; ConfigError names
    the first line that is wrong."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    names = {f.strip() for f in reader.fieldnames or []}
    if not {"waybill", "carrier", "customer"} <= names:
        raise ConfigError(f"{where}: the first line must name the columns waybill,carrier,customer")
    rows = []
    for n, raw in enumerate(reader, start=2):
        cell = {str(k).strip(): (v or "").strip() for k, v in raw.items() if k is not None and isinstance(v, str)}
        waybill, carrier, customer = cell.get("waybill", "").upper(), cell.get("carrier", "").lower(), \
            cell.get("customer", "")
        if not _WAYBILL.fullmatch(waybill):
            raise ConfigError(f"{where}:{n}: a waybill is 8 to 30 letters and digits")
        if carrier not in CARRIERS:
            raise ConfigError(f"{where}:{n}: carrier {carrier[:20]!r} is not one of {', '.join(CARRIERS)}")
        if not 0 < len(customer) <= 64:
            raise ConfigError(f"{where}:{n}: every row needs its customer account (at most 64 characters)")
        rows.append(Shipment(waybill, carrier, customer))
    return rows


async def import_file(store: TicketStore, outlet: str, text: str, where: str) -> int:
    return await Shipments(store.db).record(outlet, read_csv(text, where))
