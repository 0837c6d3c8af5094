"""The staff's tasks, kept in the ticket store (table ``staff_tasks``, shared by every follower on PostgreSQL).

A task is one escalation: what the bot could not do, for a person. It is opened once per escalation id (a
redelivered escalation finds its task and its handle again), claimed by a staff member, handed on to another, and
answered. Every write is idempotent, so a staff message read twice changes nothing the second time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import msgspec

from router.contracts import Escalation
from router.staff.handles import candidates
from router.tickets.store import Db, TicketStore

_COLUMNS = ("handle, escalation_id, outlet, request_id, merchant, grp, platform, sender, reason, ticket_id, "
            "staff_group, status, claimed_by, answered_by, opened_at, claimed_at, answered_at, text, detail")


OPEN_SHOWN = 500  # open tasks listed at most (the oldest): a queue longer than that is read by its count


class Task(msgspec.Struct, kw_only=True):
    handle: str
    escalation_id: str
    outlet: str  # the outlet id (never "" : a deployment of one outlet is "default")
    request_id: str
    merchant: str
    group: str
    platform: str
    sender: str
    reason: str
    ticket_id: str
    staff_group: str  # where it was posted ("" when the outlet has no staff group to post to)
    status: str  # open | claimed | answered
    claimed_by: str | None
    answered_by: str | None
    opened_at: float
    claimed_at: float | None
    answered_at: float | None
    text: str = ""  # the merchant's words
    detail: dict[str, str] = msgspec.field(default_factory=dict)  # the escalation's details


def _task(r: tuple[object, ...] | list[object]) -> Task:
    return Task(handle=str(r[0]), escalation_id=str(r[1]), outlet=str(r[2]), request_id=str(r[3]),
                merchant=str(r[4]), group=str(r[5]), platform=str(r[6]), sender=str(r[7]), reason=str(r[8]),
                ticket_id=str(r[9]), staff_group=str(r[10]), status=str(r[11]),
                claimed_by=None if r[12] is None else str(r[12]), answered_by=None if r[13] is None else str(r[13]),
                opened_at=float(str(r[14])), claimed_at=None if r[15] is None else float(str(r[15])),
                answered_at=None if r[16] is None else float(str(r[16])), text=str(r[17]),
                detail=_details(str(r[18])))


def _of(outlet: str | None) -> tuple[str, tuple[str, ...]]:
    """The condition (and its argument) for the tasks of ``outlet``; none for every outlet's (``None``)."""
    return ("AND outlet = ?", (outlet,)) if outlet is not None else ("", ())


def _details(raw: str) -> dict[str, str]:
    try:
        return msgspec.json.decode(raw, type=dict[str, str])
    except msgspec.DecodeError:
        return {}


class Tasks:
    def __init__(self, db: Db, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    def __repr__(self) -> str:
        return "<Tasks>"

    async def open(self, e: Escalation, outlet: str, staff_group: str) -> Task:
        """The task of escalation ``e``: opened with the first of its handles no other task holds, or the one
        opened for it before (by this process or another: the insert that loses a race finds the winner's)."""
        now = self._clock()
        for handle in candidates(e.id):
            await self._db.execute(
                f"INSERT INTO staff_tasks ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', NULL, NULL, "
                "?, NULL, NULL, ?, ?) ON CONFLICT DO NOTHING",
                (handle, e.id, outlet, e.request_id, e.merchant, e.group, e.platform, e.sender, e.reason,
                 e.detail.get("ticket", ""), staff_group, now, e.text, msgspec.json.encode(e.detail).decode()))
            found = await self._db.fetch(f"SELECT {_COLUMNS} FROM staff_tasks WHERE escalation_id = ?", (e.id,))
            if found:
                return _task(tuple(found[0]))
        raise RuntimeError(f"no free handle for escalation {e.id!r}")  # (every candidate taken: unheard of)

    async def get(self, handle: str, outlet: str) -> Task | None:
        """The task of ``handle`` in ``outlet`` (another outlet's handle is no task of this one)."""
        rows = await self._db.fetch(f"SELECT {_COLUMNS} FROM staff_tasks WHERE handle = ? AND outlet = ?",
                                    (handle, outlet))
        return _task(tuple(rows[0])) if rows else None

    async def find(self, handle: str) -> Task | None:
        """The task of ``handle`` in whichever outlet (a handle is unique in a deployment): for those who see every
        outlet."""
        rows = await self._db.fetch(f"SELECT {_COLUMNS} FROM staff_tasks WHERE handle = ?", (handle,))
        return _task(tuple(rows[0])) if rows else None

    async def claim(self, handle: str, who: str) -> None:
        """``who`` takes the task on (a hand-on is a claim for someone else); an answered task stays answered."""
        await self._db.execute(
            "UPDATE staff_tasks SET claimed_by = ?, claimed_at = ?, "
            "status = CASE WHEN status = 'answered' THEN status ELSE 'claimed' END WHERE handle = ?",
            (who, self._clock(), handle))

    async def answered(self, handle: str, who: str, close: bool) -> None:
        """``who`` answered the merchant: the task is done (``close``) or stays with them (a follow-up)."""
        now = self._clock()
        await self._db.execute(
            "UPDATE staff_tasks SET answered_by = COALESCE(answered_by, ?), answered_at = COALESCE(answered_at, ?), "
            "claimed_by = COALESCE(claimed_by, ?), claimed_at = COALESCE(claimed_at, ?), "
            "status = CASE WHEN ? THEN 'answered' WHEN status = 'open' THEN 'claimed' ELSE status END "
            "WHERE handle = ?",
            (who, now, who, now, close, handle))

    async def overdue(self, before: float, limit: int = 500) -> list[Task]:
        """Tasks opened before ``before``, posted, not answered and not reminded of yet, oldest first."""
        rows = await self._db.fetch(
            f"SELECT {_COLUMNS} FROM staff_tasks WHERE status <> 'answered' AND reminded_at IS NULL "
            "AND staff_group <> '' AND opened_at < ? ORDER BY opened_at LIMIT ?", (before, limit))
        return [_task(tuple(r)) for r in rows]

    async def mark_reminded(self, handles: list[str]) -> list[str]:
        """Mark tasks as reminded of; returns those not marked before (each is reminded of once, whichever
        follower gets there first)."""
        if not handles:
            return []
        rows = await TicketStore.in_(
            self._db, "UPDATE staff_tasks SET reminded_at = ? WHERE reminded_at IS NULL AND handle IN ({}) "
            "RETURNING handle", handles, prefix=(self._clock(),))
        return [str(r[0]) for r in rows]

    async def purge_text(self, before: float) -> None:
        """Forget what answered tasks said (the merchant's words, the details) once answered before ``before``."""
        await self._db.execute("UPDATE staff_tasks SET text = '', detail = '{}' WHERE status = 'answered' "
                               "AND answered_at < ? AND text <> ''", (before,))

    async def open_tasks(self, outlet: str | None) -> list[Task]:
        """The outlet's tasks not answered yet (``None``: every outlet's), oldest first."""
        where, args = _of(outlet)
        rows = await self._db.fetch(f"SELECT {_COLUMNS} FROM staff_tasks WHERE status <> 'answered' {where} "
                                    f"ORDER BY opened_at LIMIT {OPEN_SHOWN}", args)
        return [_task(tuple(r)) for r in rows]

    async def waiting_count(self, outlet: str | None) -> int:
        """Tasks not answered yet, of the outlet (``None``: every outlet's)."""
        where, args = _of(outlet)
        rows = await self._db.fetch(f"SELECT COUNT(*) FROM staff_tasks WHERE status <> 'answered' {where}", args)
        return int(str(rows[0][0]))

    async def answered_between(self, start: float, end: float, outlet: str | None) -> list[Task]:
        """Tasks answered in [start, end), of the outlet (``None``: every outlet's)."""
        where, args = _of(outlet)
        rows = await self._db.fetch(f"SELECT {_COLUMNS} FROM staff_tasks WHERE answered_at >= ? AND answered_at < ? "
                                    f"{where}", (start, end, *args))
        return [_task(tuple(r)) for r in rows]
