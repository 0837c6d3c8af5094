"""What every group of the console's request handlers stands on (``router.console.app`` composes them into one
``Console``).

``ConsoleBase`` holds the state they all read (the settings, the ticket store, the sink, the outlets, the desk's
tasks, the accounts) and the checks of who may see what that more than one group makes: whose records a person
sees, that a page is the owner's, which day a page asks about. Each group is a subclass of it, so a handler's body
reads ``self`` as it did when they were one class; the groups are split by the pages they serve.

Beside it, how a handler answers: a page with the console's security headers, a browser form read strictly, and a
refusal raised anywhere that the refusals middleware (``router.console.sessions``) shows as a page of its own. The
request keys are what the session middleware puts on a request before any handler runs: the person, their
session's CSRF token and, for a POST, the form it has already read and checked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Final
from zoneinfo import ZoneInfo

from aiohttp import web

from router.config import Settings
from router.confirm.model import ConfirmationStore
from router.confirm.store import SqlConfirmations
from router.console.accounts import EVERY_OUTLET, Accounts, Limiter, User
from router.outlet_store import OutletStore
from router.outlets import DEFAULT_OUTLET, Network
from router.source import Sink
from router.staff.tasks import Tasks
from router.tickets.store import TicketStore

_ZONE = ZoneInfo("Asia/Shanghai")
_USER = web.RequestKey("user", User)
_CSRF = web.RequestKey("csrf", str)
_FORM = web.RequestKey("form", dict[str, str])


_HEADERS: Final = {"Cache-Control": "no-store", "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
                   "Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; "
                                              "script-src 'unsafe-inline'; form-action 'self'"}


def _page(html: str, status: int = 200) -> web.Response:
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8", headers=_HEADERS)


async def _form(request: web.Request) -> dict[str, str] | None:
    """A browser form's fields (URL-encoded, UTF-8, no control characters); None for anything else (a 400)."""
    if request.content_type != "application/x-www-form-urlencoded":
        return None
    try:
        form = await request.post()
    except (ValueError, LookupError, UnicodeDecodeError):
        return None
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if any(c < " " and c not in "\r\n\t" for v in fields.values() for c in v):
        return None
    return fields


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class ConsoleBase:
    """The state every handler group reads, and the checks of who may see what that more than one makes."""

    def __init__(self, settings: Settings, store: TicketStore, sink: Sink, network: Callable[[], Network],
                 accounts: Accounts | None = None, clock: Callable[[], float] = time.time,
                 outlets: OutletStore | None = None, confirmations: ConfirmationStore | None = None) -> None:
        """``confirmations``: where requests wait for staff approval (by default in ``store``, when
        ``confirm.store`` is the ticket store)."""
        c = self._c = settings.console
        self._settings = settings
        self._store = store
        self._sink = sink
        self._network = network
        self._clock = clock
        self._outlets = outlets  # (None: one outlet, its directory in the configuration's files)
        self.tasks = Tasks(store.db, clock)
        # requests waiting for staff approval, where the routers keep them (router.staff.approvals)
        if confirmations is None and settings.confirm.store in ("", settings.tickets.store):
            confirmations = SqlConfirmations(store)
        self._confirmations = confirmations
        self.accounts = accounts or Accounts(store.db, c.session_hours * 3600, clock)
        self._limiter = Limiter(store.db, c.login_attempts, c.login_window_s, clock)

    def _records_outlet(self, user: User) -> str | None:
        """The outlet a person's records are filtered by: records name none in a deployment of one outlet, whose
        people see them all (a person of an outlet it does not have sees none)."""
        if user.outlet == EVERY_OUTLET or (self._network().single and user.outlet == DEFAULT_OUTLET):
            return None
        return user.outlet

    def _day(self, request: web.Request) -> date:
        try:
            day = date.fromisoformat(request.query.get("day", "")[:10])
            if 2000 <= day.year <= 2999:
                return day
        except ValueError:
            pass
        return datetime.fromtimestamp(self._clock(), UTC).astimezone(_ZONE).date()

    def _owner(self, request: web.Request) -> User:
        user: User = request[_USER]
        if not user.owner:
            raise _Refused(403, "只有店长能看这一页")
        return user
