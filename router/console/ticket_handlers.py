"""The console's ticket pages: tickets found by waybill, merchant, status and day, and one ticket.

A person sees their own outlet's tickets only (an admin, and everyone in a deployment of one outlet: all of them);
another outlet's ticket does not exist for them (404).
"""

from __future__ import annotations

from typing import Final

from aiohttp import web

from router.console import pages
from router.console.accounts import User
from router.console.handler_base import _CSRF, _USER, _ZONE, ConsoleBase, _page, _Refused
from router.tickets.report import day_bounds

_TICKETS_SHOWN: Final = 100


class TicketHandlers(ConsoleBase):
    """Tickets found, and one ticket, of the outlets the person sees."""

    async def tickets_found(self, request: web.Request) -> web.Response:
        """Tickets by waybill, merchant, status and the day they were opened, newest first."""
        user: User = request[_USER]
        q = request.query
        asked = {k: q.get(k, "").strip()[:64] for k in ("waybill", "merchant", "status", "day")}
        opened = None
        if asked["day"]:
            day = self._day(request)
            opened = day_bounds(day, _ZONE)
            asked["day"] = day.isoformat()
        found = await self._store.query(waybill=asked["waybill"].upper() or None, merchant=asked["merchant"] or None,
                                        status=asked["status"] or None, outlet=self._records_outlet(user),
                                        opened=opened, limit=_TICKETS_SHOWN)
        return _page(pages.tickets(user, request[_CSRF], found, asked, _TICKETS_SHOWN))

    async def ticket(self, request: web.Request) -> web.Response:
        user: User = request[_USER]
        t = await self._store.get(request.match_info["ticket"][:300])
        outlet = self._records_outlet(user)
        if t is None or (outlet is not None and t.outlet != outlet):
            raise _Refused(404, "没有这个工单")  # (another outlet's ticket does not exist for this person)
        return _page(pages.ticket(user, request[_CSRF], t))
