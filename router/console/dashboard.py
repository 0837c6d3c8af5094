"""The owner's figures for a day (``/dashboard``) and their CSV export (``/dashboard.csv``).

Owner pages refuse staff (403). The figures are counted from the ticket store's request records and the desk's
tasks over the day in the outlets' time zone, for the owner's outlet (every outlet for a network's owner); the
CSV writes a cell a spreadsheet would read as a formula as text.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Final

from aiohttp import web

from router.console import pages
from router.console.accounts import EVERY_OUTLET, User
from router.console.handler_base import _CSRF, _HEADERS, _ZONE, ConsoleBase, _page
from router.tickets.report import day_bounds

# the activity intents of a question with no command (handlers.answers): answered by the outlet's knowledge base or
# stop-ship areas, or handed to a person; the knowledge base's hit rate is the first two over all three
ANSWERED: Final = ("knowledge", "stop_ship_query")
ASKED: Final = (*ANSWERED, "question")


class Dashboard(ConsoleBase):
    """The owner's figures of a day, as a page and as CSV."""

    async def _figures(self, user: User, day: date) -> pages.Figures:
        """The day's figures of the user's outlet (every outlet for a network's owner)."""
        start, end = day_bounds(day, _ZONE)
        records_outlet = self._records_outlet(user)  # (tasks are kept under the outlet's id, "default" too)
        tasks_outlet = None if user.outlet == EVERY_OUTLET else user.outlet
        offset = _ZONE.utcoffset(datetime.fromtimestamp(start, UTC)) or timedelta()
        outcomes, intents, hours = await self._store.request_counts(start, end, records_outlet,
                                                                    int(offset.total_seconds()))
        acting = sum(outcomes.get(o, 0) for o in ("answered", "asked", "to_human"))
        by_intent: Counter[str] = Counter()
        for joined, n in intents.items():
            for i in [x for x in joined.split(",") if x] or ["(无)"]:
                by_intent[i] += n
        answered = await self.tasks.answered_between(start, end, tasks_outlet)
        by_staff: dict[str, list[float]] = {}
        for t in answered:
            if t.answered_by and t.answered_at is not None:
                by_staff.setdefault(t.answered_by, []).append((t.answered_at - t.opened_at) / 60)
        return pages.Figures(
            day=day.isoformat(), requests=sum(outcomes.values()),
            auto_share=(acting - outcomes.get("to_human", 0)) / acting if acting else 0.0,
            to_person=outcomes.get("to_human", 0), by_intent=[(i, n) for i, n in by_intent.most_common() if n],
            by_hour=[hours.get(h, 0) for h in range(24)],
            tickets_opened=await self._store.opened_count(start, end, records_outlet),
            tickets_open=await self._store.open_count(records_outlet),
            tasks_waiting=await self.tasks.waiting_count(tasks_outlet),
            by_staff=sorted(((n, len(m), statistics.median(m)) for n, m in by_staff.items()), key=lambda x: -x[1]),
            questions=sum(by_intent[i] for i in ASKED), questions_answered=sum(by_intent[i] for i in ANSWERED))

    async def dashboard(self, request: web.Request) -> web.Response:
        user = self._owner(request)
        return _page(pages.dashboard(user, request[_CSRF], await self._figures(user, self._day(request))))

    async def dashboard_csv(self, request: web.Request) -> web.Response:
        user = self._owner(request)
        figures = await self._figures(user, self._day(request))
        return web.Response(text=_csv(figures.rows()), content_type="text/csv", charset="utf-8", headers={
            **_HEADERS, "Content-Disposition": f'attachment; filename="kefu-{figures.day}.csv"'})


def _csv(rows: list[tuple[str, str]]) -> str:
    """The figures as CSV; a cell a spreadsheet would read as a formula is written as text."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "value"])
    writer.writerows([("'" + c if c[:1] in "=+-@" else c for c in row) for row in rows])
    return out.getvalue()
