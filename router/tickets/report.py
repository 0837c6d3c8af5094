"""``kefu-router report --day``: the day's figures for the outlet owner, from the ticket store.

Counts cover tickets (requests that opened one: every intent but track and weight). A day is a calendar day in
the outlet's time zone (Asia/Shanghai unless told otherwise). Bars are drawn where a picture says it better.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from router.tickets.store import TicketRow, TicketStore

AUTOMATIC = frozenset({"succeeded", "done", "resolved"})  # the carrier finished it and no person was needed
FINAL = AUTOMATIC | {"failed", "closed"}
AGES = ((3600, "< 1 h"), (4 * 3600, "1-4 h"), (24 * 3600, "4-24 h"), (48 * 3600, "1-2 d"), (float("inf"), "> 2 d"))


def _bar(n: int, most: int, width: int = 30) -> str:
    return "█" * max(1 if n else 0, round(width * n / most)) if most else ""


def _seconds(xs: list[float]) -> str:
    if not xs:
        return "-"
    m = statistics.median(xs)
    return f"{m:.1f} s" if m < 120 else f"{m / 60:.1f} min" if m < 7200 else f"{m / 3600:.1f} h"


def _table(title: str, counts: list[tuple[str, int]]) -> list[str]:
    most = max((n for _, n in counts), default=0)
    width = max((len(k) for k, _ in counts), default=0)
    return [title] + [f"  {k:<{width}}  {n:>7,}  {_bar(n, most)}" for k, n in counts] + [""]


async def day_report(store: TicketStore, day: date, tz: str = "Asia/Shanghai", now: float | None = None) -> str:
    zone = ZoneInfo(tz)
    start = datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()
    end = (datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(days=1)).timestamp()
    rows = await store.opened_between(start, end)
    now = time.time() if now is None else now
    lines = [f"kefu-router report for {day.isoformat()} ({tz}): {len(rows):,} tickets opened", ""]
    if rows:
        lines += _table("Tickets by intent", Counter(t.intent for t in rows).most_common())
        class1 = [t for t in rows if t.ticket_class == 1]
        auto = [t for t in class1 if t.status in AUTOMATIC and t.escalated_at is None]
        share = len(auto) / len(class1) if class1 else 0.0
        lines += [f"Resolved automatically (class 1, no person involved): {len(auto):,} of {len(class1):,} "
                  f"({share:.0%})",
                  f"Class 2 (a person follows): {len(rows) - len(class1):,}",
                  f"Median time to first reply: {_seconds(_first_reply(rows))}",
                  f"Median time to result: {_seconds([t.updated_at - t.opened_at for t in rows if t.status in FINAL])}",
                  f"Handed to a person when overdue: {sum(1 for t in rows if t.escalated_at is not None):,}", ""]
        lines += _table("Top merchants by tickets", Counter(t.merchant for t in rows).most_common(10))
    open_rows = await store.query(status="open", limit=1_000_000)
    ages: Counter[str] = Counter()
    for t in open_rows:
        age = now - t.opened_at
        ages[next(label for limit, label in AGES if age < limit)] += 1
    lines += _table(f"Open tickets by age (all days): {len(open_rows):,}", [(label, ages[label]) for _, label in AGES])
    return "\n".join(lines).rstrip() + "\n"


def _first_reply(rows: list[TicketRow]) -> list[float]:
    return [t.answered_at - t.requested_at for t in rows if t.answered_at is not None and t.requested_at is not None]
