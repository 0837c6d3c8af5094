"""``kefu-router report --day``: the day's figures for the outlet owner, from the ticket store.

Requests come from the activity the service records for every request; tickets from the ticket store. A day is
a calendar day in the outlet's time zone (Asia/Shanghai unless told otherwise). Bars where a picture says more.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from router.tickets.store import TicketStore

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


def day_bounds(day: date, zone: ZoneInfo) -> tuple[float, float]:
    """``day`` at ``zone`` as [start, end) in seconds since the epoch."""
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    return start.timestamp(), (start + timedelta(days=1)).timestamp()


async def day_report(store: TicketStore, day: date, tz: str = "Asia/Shanghai", now: float | None = None,
                     outlet: str | None = None) -> str:
    """The day's figures; ``outlet``: one outlet's alone (its owner's report), else the whole deployment's, with
    the outlets that asked most (a network's shares, ten at most: one line per outlet of thousands says little)."""
    zone = ZoneInfo(tz)
    start, end = day_bounds(day, zone)
    recorded = await store.requests_between(start, end, outlet)
    requests = [r for r in recorded if r[3] != "confirmation"]  # an answer ("确认") is no request of its own
    answers = [r for r in recorded if r[3] == "confirmation"]
    tickets = await store.opened_between(start, end, outlet)
    now = time.time() if now is None else now
    whose = f" for outlet {outlet}" if outlet else ""
    lines = [f"kefu-router report{whose} for {day.isoformat()} ({tz}): {len(requests):,} requests, "
             f"{len(tickets):,} tickets opened", ""]
    if outlet is None and any(r[6] for r in requests):
        by_outlet = Counter(r[6] or "(none)" for r in requests)
        top = by_outlet.most_common(10)
        lines += _table(f"Top outlets by requests ({len(by_outlet):,} outlets; share of all requests)",
                        [(f"{o} {n / len(requests):.0%}", n) for o, n in top])
    if requests:
        lines += _table("Requests by intent", Counter(i for r in requests for i in (r[2] or ["(no action)"]))
                        .most_common())
        acting = [r for r in requests if r[3] in ("answered", "asked", "to_human")]
        auto = [r for r in acting if r[3] != "to_human"]  # asked: the merchant, not a person, decides
        share = len(auto) / len(acting) if acting else 0.0
        refused = sum(1 for r in requests if r[3] == "refused")
        asked = sum(1 for r in requests if r[3] == "asked")
        lines += [f"Resolved automatically (no person needed): {len(auto):,} of {len(acting):,} requests that asked "
                  f"for something ({share:.0%})",
                  f"Asked the merchant to confirm first: {asked:,}; answers to such questions: {len(answers):,}",
                  f"Refused over a limit (too frequent, too many waybills, too long): {refused:,}",
                  f"Median time to first reply: {_seconds([r[5] - r[4] for r in acting])}", ""]
        lines += _table("Top merchants by requests", Counter(r[1] for r in requests).most_common(10))
    if tickets:
        final = [t.updated_at - t.opened_at for t in tickets if t.status in FINAL]
        lines += [f"Tickets: class 1 {sum(1 for t in tickets if t.ticket_class == 1):,}, class 2 "
                  f"{sum(1 for t in tickets if t.ticket_class == 2):,}; carrier results: "
                  f"{sum(1 for t in tickets if t.status in AUTOMATIC):,} succeeded or done, "
                  f"{sum(1 for t in tickets if t.status == 'failed'):,} failed",
                  f"Median time to result: {_seconds(final)}",
                  f"Handed to a person when overdue: {sum(1 for t in tickets if t.escalated_at is not None):,}", ""]
    open_rows = await store.query(status="open", outlet=outlet, limit=1_000_000)
    ages: Counter[str] = Counter()
    for t in open_rows:
        age = now - t.opened_at
        ages[next(label for limit, label in AGES if age < limit)] += 1
    lines += _table(f"Open tickets by age (all days): {len(open_rows):,}", [(label, ages[label]) for _, label in AGES])
    return "\n".join(lines).rstrip() + "\n"
