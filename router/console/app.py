"""``kefu-router console``: the outlet console, a web app over the ticket store (docs/staff.md).

Staff log in, see their outlet's open tasks (the staff desk's, ``router.staff``) sorted by waiting time and
coloured against their due time, claim one and answer the merchant: the answer goes out exactly as one written in
the staff group does (a ``HumanReply`` the follower relays to the merchant's own group, @ the merchant who asked)
and is confirmed in the staff group. The owner also sees the day's figures (``/dashboard``, CSV export).

Trust: every page but the log-in needs a session (HttpOnly, SameSite=Strict cookie; ``router.console.accounts``);
every form carries the session's CSRF token, checked before anything is done (403 without it); owner pages refuse
staff (403); a person sees and acts on their own outlet's tasks only (an admin: every outlet's); log-ins are
rate-limited; every action is audited. Nothing personal goes to the log.

The handlers are grouped by the pages they serve, one module each, and ``Console`` composes the groups and routes
to them: the log-in, sessions and their middleware (``router.console.sessions``), the queue and a task
(``router.console.task_handlers``), tickets (``router.console.ticket_handlers``), the owner's figures
(``router.console.dashboard``) and the owner's edits of their outlet (``router.console.outlet_edits``), all on
the state and checks of ``router.console.handler_base``.
"""

from __future__ import annotations

from typing import Final

import anyio
from aiohttp import web
from anyio.abc import TaskStatus

from router.config import Settings
from router.console.dashboard import ANSWERED, ASKED, Dashboard, _csv
from router.console.outlet_edits import OutletEdits
from router.console.sessions import SESSION_COOKIE, Sessions, client_address
from router.console.task_handlers import TaskHandlers
from router.console.ticket_handlers import TicketHandlers
from router.httpserve import serve_app
from router.outlets import Network

# the names other modules and the tests import from here, kept importable though the groups' modules now hold
# them (ASKED: router.console.pages refers to it here)
__all__ = ["ANSWERED", "ASKED", "SESSION_COOKIE", "Console", "_csv", "client_address", "run_console"]

_MAX_FORM: Final = 1024 * 1024


class Console(TaskHandlers, OutletEdits, TicketHandlers, Dashboard, Sessions):
    """The console: the handler groups on one ``ConsoleBase``, routed to by ``app``."""

    def __repr__(self) -> str:
        return f"<Console {self._store!r}>"

    def app(self) -> web.Application:
        # (a merchant directory pasted as CSV is the largest form)
        app = web.Application(middlewares=[self._refusals, self._session], client_max_size=_MAX_FORM)
        r = app.router
        r.add_get("/login", self.login_form)
        r.add_post("/login", self.login)
        r.add_post("/logout", self.logout)
        r.add_get("/", self.queue)
        r.add_get("/queue/rows", self.queue_rows)
        r.add_get("/tasks/{handle}", self.task)
        r.add_post("/tasks/{handle}/claim", self.claim)
        r.add_post("/tasks/{handle}/answer", self.answer)
        r.add_post("/tasks/{handle}/hand", self.hand_on)
        r.add_post("/tasks/{handle}/decide", self.decide)
        r.add_get("/tickets", self.tickets_found)
        r.add_get("/tickets/{ticket}", self.ticket)
        r.add_get("/dashboard", self.dashboard)
        r.add_get("/dashboard.csv", self.dashboard_csv)
        r.add_get("/merchants", self.merchants)
        r.add_post("/merchants", self.merchant_write)
        r.add_post("/merchants/remove", self.merchant_remove)
        r.add_post("/merchants/import", self.merchant_import)
        r.add_post("/merchants/pickups", self.pickups_import)
        r.add_get("/rules", self.rules)
        r.add_post("/rules", self.rules_write)
        r.add_post("/rules/entry", self.knowledge_entry)
        r.add_get("/healthz", self._health)
        r.add_get("/favicon.ico", self._no_icon)
        return app


async def run_console(settings: Settings, *, task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED) -> None:
    """Serve the console on console.host:console.port until cancelled, with the store, a producer and the outlets
    (followed as they change)."""
    from router.confirm.store import open_confirmations
    from router.kafka import KafkaSink
    from router.outlet_store import followed_network, network_store
    from router.outlets import preload
    from router.tickets.store import open_store

    store = await open_store(settings.tickets.store)
    apart = settings.confirm.store not in ("", settings.tickets.store)  # (questions kept in a store of their own)
    confirmations = await open_confirmations(settings.confirm.store) if apart else None
    try:
        async with network_store(settings, store.db) as kept, KafkaSink(settings) as sink, \
                anyio.create_task_group() as tg:
            current: list[Network] = []

            async def take(new: Network) -> None:
                current[:] = [new]

            current.append(await followed_network(settings, kept, tg, take))
            if kept is not None:  # (what checking an outlet's knowledge and areas reads: off the event loop, once)
                await anyio.to_thread.run_sync(preload, settings, (await kept.outlets())[1])
            console = Console(settings, store, sink, lambda: current[0], outlets=kept, confirmations=confirmations)
            await serve_app(console.app(), settings.console.host, settings.console.port, "outlet console",
                            task_status=task_status)
    finally:
        with anyio.CancelScope(shield=True):
            if confirmations is not None:
                await confirmations.close()
            await store.close()
