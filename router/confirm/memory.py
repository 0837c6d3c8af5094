"""The confirmation store in memory: for unit tests and the in-process benchmarks (not shared, not durable)."""

from __future__ import annotations

from collections.abc import Sequence

from router.confirm.model import Answered, Pending, Status


class MemoryConfirmations:
    def __init__(self) -> None:
        self._rows: dict[str, tuple[Pending, Status, str]] = {}  # id → (question, status, settled by)
        self._settled_at: dict[str, float] = {}

    def __repr__(self) -> str:
        return f"<MemoryConfirmations {len(self._rows)}>"

    async def add(self, pending: Sequence[Pending]) -> list[str]:
        new = []
        for p in pending:
            if p.id not in self._rows:
                self._rows[p.id] = (p, "pending", "")
                new.append(p.id)
        return new

    async def open_for(self, merchant: str) -> list[Pending]:
        return sorted((p for p, s, _ in self._rows.values() if p.merchant == merchant and s == "pending"),
                      key=lambda p: (p.asked_at, p.id))

    async def resolve(self, ids: Sequence[str], status: Status, by: str, now: float,
                      unexpired: bool = True, said_at: float | None = None) -> list[Pending]:
        out = []
        at = now if said_at is None else said_at
        for i in ids:
            row = self._rows.get(i)
            settles = ("pending", "lapsing") if status == "lapsed" else ("pending",)  # (a keeper's claim too)
            if row is not None and row[1] in settles and (not unexpired or row[0].expires_at > at):
                self._rows[i] = (row[0], status, by)
                self._settled_at[i] = now
                out.append(row[0])
        return out

    async def answered_by(self, merchant: str, request_id: str) -> list[Answered]:
        return [Answered(p, s) for p, s, by in self._rows.values() if by == request_id and p.merchant == merchant]

    async def lapse(self, now: float, limit: int = 500, retry_after_s: float = 60.0,
                    grace_s: float = 0.0) -> list[Pending]:
        due = sorted((p for p, s, by in self._rows.values() if p.expires_at <= now - grace_s and (
            s == "pending" or (s == "lapsing" and float(by or 0) < now - retry_after_s))),
            key=lambda p: p.expires_at)[:limit]
        for p in due:
            self._rows[p.id] = (p, "lapsing", str(now))
        return due

    async def lapsed(self, ids: Sequence[str], now: float) -> None:
        for i in ids:
            row = self._rows.get(i)
            if row is not None and row[1] == "lapsing":
                self._rows[i] = (row[0], "lapsed", "")
                self._settled_at[i] = now

    async def claim_approved(self, now: float, limit: int = 100, retry_after_s: float = 60.0) -> list[Pending]:
        due = [p for i, (p, s, _) in self._rows.items()
               if s == "approved" or (s == "acting" and self._settled_at.get(i, now) < now - retry_after_s)]
        due = sorted(due, key=lambda p: self._settled_at.get(p.id, now))[:limit]
        for p in due:
            self._rows[p.id] = (p, "acting", self._rows[p.id][2])
            self._settled_at[p.id] = now
        return due

    async def acted(self, ids: Sequence[str], now: float) -> None:
        for i in ids:
            row = self._rows.get(i)
            if row is not None and row[1] == "acting":
                self._rows[i] = (row[0], "confirmed", row[2])
                self._settled_at[i] = now

    async def purge(self, before: float) -> int:
        gone = [i for i, (_, s, _) in self._rows.items()
                if s not in ("pending", "lapsing", "approved", "acting") and self._settled_at.get(i, before) < before]
        for i in gone:
            del self._rows[i]
            self._settled_at.pop(i, None)
        return len(gone)

    async def close(self) -> None:
        pass
