"""``kefu-router console``: the outlet console, a web app over the ticket store (docs/staff.md).

Staff log in, see their outlet's open tasks (the staff desk's, ``router.staff``) sorted by waiting time and
coloured against their due time, claim one and answer the merchant: the answer goes out exactly as one written in
the staff group does (a ``HumanReply`` the follower relays to the merchant's own group, @ the merchant who asked)
and is confirmed in the staff group. The owner also sees the day's figures (``/dashboard``, CSV export).

Trust: every page but the log-in needs a session (HttpOnly, SameSite=Strict cookie; ``router.console.accounts``);
every form carries the session's CSRF token, checked before anything is done (403 without it); owner pages refuse
staff (403); a person sees and acts on their own outlet's tasks only (an admin: every outlet's); log-ins are
rate-limited; every action is audited. Nothing personal goes to the log.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import ipaddress
import logging
import re
import secrets
import statistics
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

import anyio
import msgspec
from aiohttp import web
from anyio.abc import TaskStatus

from router import merchant_edits
from router.config import Settings
from router.config.sections import OutletSettings
from router.console import pages, policy
from router.console.accounts import EVERY_OUTLET, Accounts, Limiter, User
from router.errors import ConfigError
from router.httpserve import serve_app
from router.outlet_store import OutletStore
from router.outlets import DEFAULT_OUTLET, Network
from router.shipments import Shipments
from router.shipments import read_csv as read_pickups
from router.source import Sink
from router.staff.desk import answer_record, staff_post
from router.staff.handles import ALPHABET
from router.staff.tasks import Task, Tasks
from router.tickets.report import day_bounds
from router.tickets.store import TicketStore

log = logging.getLogger("kefu.console")

SESSION_COOKIE = "kefu_session"
_LOGIN_COOKIE = "kefu_login"  # the log-in form's own CSRF token (double submit: the cookie and the field agree)
# the activity intents of a question with no command (handlers.answers): answered by the outlet's knowledge base or
# stop-ship areas, or handed to a person; the knowledge base's hit rate is the first two over all three
ANSWERED: Final = ("knowledge", "stop_ship_query")
ASKED: Final = (*ANSWERED, "question")
_ZONE = ZoneInfo("Asia/Shanghai")
_Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_USER = web.RequestKey("user", User)
_CSRF = web.RequestKey("csrf", str)
_FORM = web.RequestKey("form", dict[str, str])


_HEADERS: Final = {"Cache-Control": "no-store", "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
                   "Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; "
                                              "script-src 'unsafe-inline'; form-action 'self'"}
_HANDLE: Final = re.compile(f"[{ALPHABET}]{{4,8}}")
_SHOWN: Final = ("all", "mine", "unclaimed")
_TICKETS_SHOWN: Final = 100
_MAX_FORM: Final = 1024 * 1024


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


class Console:
    def __init__(self, settings: Settings, store: TicketStore, sink: Sink, network: Callable[[], Network],
                 accounts: Accounts | None = None, clock: Callable[[], float] = time.time,
                 outlets: OutletStore | None = None) -> None:
        c = self._c = settings.console
        self._settings = settings
        self._store = store
        self._sink = sink
        self._network = network
        self._clock = clock
        self._outlets = outlets  # (None: one outlet, its directory in the configuration's files)
        self.tasks = Tasks(store.db, clock)
        self.accounts = accounts or Accounts(store.db, c.session_hours * 3600, clock)
        self._limiter = Limiter(store.db, c.login_attempts, c.login_window_s, clock)

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
        r.add_get("/healthz", self._health)
        r.add_get("/favicon.ico", self._no_icon)
        return app

    # -- sessions ----------------------------------------------------------------------------------------------

    @web.middleware
    async def _refusals(self, request: web.Request, handler: _Handler) -> web.StreamResponse:
        """A refusal raised anywhere, as a page of its own (with the person's navigation when they are known)."""
        try:
            return await handler(request)
        except _Refused as e:
            user = request.get(_USER)
            return _page(pages.error(e.status, e.message, user, request.get(_CSRF, "")), e.status)

    @web.middleware
    async def _session(self, request: web.Request, handler: _Handler) -> web.StreamResponse:
        if request.path in ("/login", "/healthz", "/favicon.ico"):
            return await handler(request)
        found = await self.accounts.session(request.cookies.get(SESSION_COOKIE, ""))
        if found is None:
            if request.method == "GET" and request.path != "/queue/rows":  # (the page's own refresh: it reloads)
                raise web.HTTPFound("/login")
            return _page(pages.error(401, "请先登录"), 401)
        user, csrf = found
        request[_USER], request[_CSRF] = user, csrf
        if request.method == "POST":
            form = await _form(request)
            if form is None:
                return _page(pages.error(400, "表单看不懂", user, csrf), 400)
            if not hmac.compare_digest(form.get("csrf", "").encode(), csrf.encode()):
                await self.accounts.audit(user.username, user.outlet, "refused_csrf", request.path)
                return _page(pages.error(403, "表单已失效，请刷新页面后重试", user, csrf), 403)
            request[_FORM] = form
        return await handler(request)

    async def _health(self, _: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def _no_icon(self, _: web.Request) -> web.Response:
        return web.Response(status=204)  # (a browser asks for it on its own: no redirect to the log-in)

    async def login_form(self, request: web.Request) -> web.Response:
        token = secrets.token_urlsafe(24)
        response = _page(pages.login(csrf=token))
        response.set_cookie(_LOGIN_COOKIE, token, httponly=True, samesite="Strict", secure=self._c.secure_cookies,
                            max_age=3600)
        return response

    async def login(self, request: web.Request) -> web.Response:
        form = await _form(request)
        if form is None:
            return _page(pages.error(400, "表单看不懂"), 400)
        token = request.cookies.get(_LOGIN_COOKIE, "")
        if not token or not hmac.compare_digest(form.get("csrf", "").encode(), token.encode()):
            await self.accounts.audit("", "", "refused_login_form", "")
            return _page(pages.error(403, "登录表单已失效，请刷新页面后重试"), 403)
        username, password = form.get("username", "")[:64], form.get("password", "")[:256]
        address = client_address(request.remote or "", request.headers.getall("X-Forwarded-For", []),
                                 self._c.trusted_proxies)
        if not await self._limiter.allowed(username, address):  # (counted before the check, at once with it)
            return _page(pages.login(f"尝试次数过多，请 {self._c.login_window_s / 60:.0f} 分钟后再试", token), 429)
        user = await self.accounts.check(username, password)
        if user is None:
            await self.accounts.audit(username, "", "login_failed", address)
            log.info("a console log-in failed")
            return _page(pages.login("用户名或密码不对", token), 401)
        await self._limiter.succeeded(username, address)
        session, _ = await self.accounts.open_session(user)
        await self.accounts.audit(user.username, user.outlet, "login", "")
        response = web.HTTPFound("/")
        response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="Strict", secure=self._c.secure_cookies,
                            max_age=int(self._c.session_hours * 3600))
        response.del_cookie(_LOGIN_COOKIE)
        raise response

    async def logout(self, request: web.Request) -> web.Response:
        user: User = request[_USER]
        await self.accounts.close_session(request.cookies.get(SESSION_COOKIE, ""))
        await self.accounts.audit(user.username, user.outlet, "logout", "")
        response = web.HTTPFound("/login")
        response.del_cookie(SESSION_COOKIE)
        raise response

    # -- the queue and a task ----------------------------------------------------------------------------------

    async def _open_tasks(self, user: User, show: str) -> list[Task]:
        tasks = await self.tasks.open_tasks(None if user.outlet == EVERY_OUTLET else user.outlet)
        if show == "mine":
            return [t for t in tasks if t.claimed_by == user.name]
        if show == "unclaimed":
            return [t for t in tasks if not t.claimed_by]
        return tasks

    async def queue(self, request: web.Request) -> web.Response:
        user: User = request[_USER]
        show = request.query.get("show", "all")
        show = show if show in _SHOWN else "all"
        tasks = await self._open_tasks(user, show)
        rows = pages.queue_rows(tasks, self._clock(), self._settings.tickets.staff_answer_s, user)
        return _page(pages.queue(user, request[_CSRF], rows, show, self._c.refresh_s))

    async def queue_rows(self, request: web.Request) -> web.Response:
        user: User = request[_USER]
        tasks = await self._open_tasks(user, request.query.get("show", "all"))
        return _page(pages.queue_rows(tasks, self._clock(), self._settings.tickets.staff_answer_s, user))

    async def _task_of(self, request: web.Request) -> Task:
        """The task the path names, if the person may see it (else 404: another outlet's task does not exist for
        them)."""
        user: User = request[_USER]
        handle = request.match_info["handle"].upper()
        found = None
        if _HANDLE.fullmatch(handle):
            found = await (self.tasks.find(handle) if user.outlet == EVERY_OUTLET
                           else self.tasks.get(handle, user.outlet))
        if found is None:
            raise _Refused(404, "没有这个待办")
        if found.outlet not in self._network().outlets:
            raise _Refused(409, "这个待办的网点已不在配置中")
        return found

    async def task(self, request: web.Request) -> web.Response:
        t = await self._task_of(request)
        said = {"answered": "已发送给商户", "followed": "跟进内容已发送给商户", "claimed": "已认领",
                "handed": "已转交"}.get(request.query.get("said", ""), "")
        due = t.opened_at + self._settings.tickets.staff_answer_s
        return _page(pages.task(request[_USER], request[_CSRF], t, due, said, await self._colleagues(t.outlet)))

    async def _colleagues(self, outlet: str) -> list[str]:
        """Whom a task of ``outlet`` can be handed to: its staff in the staff group and in the console."""
        staff = self._network().outlets.get(outlet)
        named = {m.name for m in staff.staff.values()} if staff is not None else set()
        return sorted(named | set(await self.accounts.names(outlet)))

    async def hand_on(self, request: web.Request) -> web.Response:
        user: User = request[_USER]
        t = await self._task_of(request)
        to = request[_FORM].get("to", "")
        if to not in await self._colleagues(t.outlet):
            raise _Refused(400, "没有这位客服")
        await self.tasks.claim(t.handle, to)
        await self.accounts.audit(user.username, t.outlet, "hand_on", f"{t.handle} {to}")
        await self._tell_staff(t, f"hand:{t.handle}:{to}:{user.username}",
                               f"#{t.handle} 已由 {user.name} 转给 {to}（客服台）")
        raise web.HTTPFound(f"/tasks/{t.handle}?said=handed")

    async def claim(self, request: web.Request) -> web.Response:
        user: User = request[_USER]
        t = await self._task_of(request)
        await self.tasks.claim(t.handle, user.name)
        await self.accounts.audit(user.username, t.outlet, "claim", t.handle)
        await self._tell_staff(t, f"claim:{t.handle}:{user.username}", f"#{t.handle} 已由 {user.name} 认领（客服台）")
        raise web.HTTPFound(f"/tasks/{t.handle}?said=claimed")

    async def answer(self, request: web.Request) -> web.Response:
        user: User = request[_USER]
        t = await self._task_of(request)
        form = request[_FORM]
        text = str(form.get("text", "")).strip()
        if not text or len(text) > 1990:
            return _page(pages.error(400, "回复不能为空，也不能超过 1,990 字", user, request[_CSRF]), 400)
        close = form.get("follow") is None
        network = self._network()
        # (the session and the text make the id: the same answer submitted twice is one answer, since the egress
        # sends a reply id once)
        digest = hashlib.sha256(f"{request[_CSRF]}\n{text}".encode()).hexdigest()[:16]
        rid = f"console:{t.handle}:{digest}"
        record = answer_record(self._settings, network, t, rid, text, close)
        await (await self._sink.enqueue([record]))
        await self.tasks.answered(t.handle, user.name, close)
        await self.accounts.audit(user.username, t.outlet, "answer" if close else "follow", t.handle)
        await self._tell_staff(t, f"{rid}:staff", f"#{t.handle} 已回复商户（{user.name}，客服台）")
        if close and form.get("learn") is not None and user.owner and t.reason == "question":
            # (to the owner's review, not saved: the answer may name a person or a day, the question a parcel)
            stored = (await self._outlets.outlets())[1] if self._outlets is not None else {}
            current = policy.texts_of(stored.get(t.outlet))["knowledge"]
            return await self._rules_page(request, user, t.outlet, section="knowledge",
                                          draft=current + policy.learned(t.handle, t.text, text),
                                          note="已发送给商户。下面的知识库里加了这条问答（电话已打码），请检查、改成通用的说法后保存")
        raise web.HTTPFound(f"/tasks/{t.handle}?said={'answered' if close else 'followed'}")

    async def _tell_staff(self, t: Task, rid: str, text: str) -> None:
        """The staff group hears what was done from the console, as it hears what was done in the group."""
        network = self._network()
        found = network.staff_group(t.staff_group) if t.staff_group else None
        if found is None or found[0] != t.outlet or not found[1].webhook:
            return
        record = staff_post(self._settings, network, t.outlet, t.staff_group, found[1].platform, rid, t.request_id,
                            text)
        await (await self._sink.enqueue([record]))

    # -- tickets ----------------------------------------------------------------------------------------------

    def _records_outlet(self, user: User) -> str | None:
        """The outlet a person's records are filtered by: records name none in a deployment of one outlet, whose
        people see them all (a person of an outlet it does not have sees none)."""
        if user.outlet == EVERY_OUTLET or (self._network().single and user.outlet == DEFAULT_OUTLET):
            return None
        return user.outlet

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

    # -- the owner's figures -----------------------------------------------------------------------------------

    def _day(self, request: web.Request) -> date:
        try:
            day = date.fromisoformat(request.query.get("day", "")[:10])
            if 2000 <= day.year <= 2999:
                return day
        except ValueError:
            pass
        return datetime.fromtimestamp(self._clock(), UTC).astimezone(_ZONE).date()

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

    def _owner(self, request: web.Request) -> User:
        user: User = request[_USER]
        if not user.owner:
            raise _Refused(403, "只有店长能看这一页")
        return user

    async def dashboard(self, request: web.Request) -> web.Response:
        user = self._owner(request)
        return _page(pages.dashboard(user, request[_CSRF], await self._figures(user, self._day(request))))

    async def dashboard_csv(self, request: web.Request) -> web.Response:
        user = self._owner(request)
        figures = await self._figures(user, self._day(request))
        return web.Response(text=_csv(figures.rows()), content_type="text/csv", charset="utf-8", headers={
            **_HEADERS, "Content-Disposition": f'attachment; filename="kefu-{figures.day}.csv"'})


    # -- the merchant directory (owners) ------------------------------------------------------------------------

    def _managed(self, request: web.Request, asked: str) -> tuple[User, str]:
        """The owner (or admin) and the outlet whose merchants they manage: an owner's own; an admin's as asked."""
        user = self._owner(request)
        if user.outlet != EVERY_OUTLET:
            return user, user.outlet
        outlets = sorted(self._network().outlets)
        if asked in outlets:
            return user, asked
        if asked or not outlets:
            raise _Refused(404, "没有这个网点")
        return user, outlets[0]

    async def rules(self, request: web.Request) -> web.Response:
        user, oid = self._managed(request, request.query.get("outlet", "")[:64])
        said = "已保存" if request.query.get("said") == "written" else ""
        return await self._rules_page(request, user, oid, said=said)

    async def _rules_page(self, request: web.Request, user: User, oid: str, *, said: str = "", error: str = "",
                          section: str = "", draft: str = "", status: int = 200, note: str = "") -> web.Response:
        stored = (await self._outlets.outlets())[1] if self._outlets is not None else {}
        outlet: OutletSettings | None = stored.get(oid) or self._settings.outlets.get(oid)
        texts = policy.texts_of(outlet)
        if section in texts:
            texts[section] = draft  # (what was written, to be mended)
        view = policy.PolicyView(
            outlet=oid, outlets=sorted(self._network().outlets) if user.outlet == EVERY_OUTLET else [],
            texts=texts, editable=oid in stored, reload_s=self._settings.network.reload_s, said=said, error=error,
            section=section, note=note)
        return _page(pages.layout("网点规则", policy.page(view, request[_CSRF]), user, request[_CSRF]), status)

    async def rules_write(self, request: web.Request) -> web.Response:
        """One section of the outlet's knowledge base, stop-ship areas or rules, written as the routers will take
        it (checked as they build it), audited; refused with its reason (400) and the text kept."""
        user, oid = self._managed(request, request[_FORM].get("outlet", "")[:64])
        if self._outlets is None:
            raise _Refused(409, "本部署只有一个网点，规则在配置文件里；设置 network.store 后可在这里编辑")
        section, text = request[_FORM].get("section", ""), request[_FORM].get("text", "")

        def change(stored: dict[str, OutletSettings]) -> merchant_edits.Changed:
            current = stored.get(oid)
            if current is None:
                raise ConfigError("本网点的设置在配置文件里，不能在这里编辑")
            changed: merchant_edits.Changed = {
                oid: msgspec.structs.replace(current, **{section: policy.read(section, text)})}
            return merchant_edits.checked(self._settings, stored, changed)

        try:
            await self._outlets.change(change)
        except ConfigError as e:
            return await self._rules_page(request, user, oid, error=f"没有保存：{e}", section=section, draft=text,
                                          status=400)
        await self.accounts.audit(user.username, oid, f"{section}_written", f"{len(text)} characters")
        raise web.HTTPSeeOther(f"/rules?outlet={oid}&said=written#{section}")

    async def merchants(self, request: web.Request) -> web.Response:
        user, oid = self._managed(request, request.query.get("outlet", "")[:64])
        said = {"written": "已保存", "removed": "已删除", "imported": "已导入",
                "pickups": "揽收记录已导入"}.get(request.query.get("said", ""), "")
        return await self._merchants_page(request, user, oid, said=said, find=request.query.get("q", "")[:64])

    async def _merchants_page(self, request: web.Request, user: User, oid: str, *, said: str = "", error: str = "",
                              status: int = 200, find: str = "", draft: str = "") -> web.Response:
        stored = (await self._outlets.outlets())[1] if self._outlets is not None else {}
        outlet: OutletSettings | None = stored.get(oid) or self._settings.outlets.get(oid)
        view = pages.MerchantsView(
            outlet=oid, outlets=sorted(self._network().outlets) if user.outlet == EVERY_OUTLET else [],
            rows=merchant_edits.rows_of(outlet) if outlet is not None else [], editable=oid in stored,
            networked=self._outlets is not None, reload_s=self._settings.network.reload_s, said=said, error=error,
            find=find, draft=draft)
        return _page(pages.merchants(user, request[_CSRF], view), status)

    async def _change(self, request: web.Request, action: str, detail: str,
                      edit: Callable[[dict[str, OutletSettings], str], merchant_edits.Changed],
                      draft: str = "") -> web.Response:
        """``edit`` (of the stored outlets, for the person's outlet) written as the routers will take it, audited,
        and the page shown again; a change the routers would refuse is not written, and its reason is shown (400)
        with what the person wrote (``draft``)."""
        user, oid = self._managed(request, request[_FORM].get("outlet", "")[:64])
        if self._outlets is None:
            raise _Refused(409, "本部署只有一个网点，商户目录在配置文件里；设置 network.store 后可在这里编辑")

        def change(stored: dict[str, OutletSettings]) -> merchant_edits.Changed:
            changed = edit(stored, oid)
            if user.outlet != EVERY_OUTLET and set(changed) != {oid}:  # (only an admin moves a group between outlets)
                raise ConfigError("群已属于其他网点，请联系管理员")
            return merchant_edits.checked(self._settings, stored, changed)

        try:
            await self._outlets.change(change)
        except ConfigError as e:  # (an owner is not told other outlets' ids or groups)
            said = str(e) if user.outlet == EVERY_OUTLET or "bound in outlets" not in str(e) else "群已属于其他网点"
            return await self._merchants_page(request, user, oid, error=said, status=400, draft=draft)
        await self.accounts.audit(user.username, oid, f"merchant_{action}", detail)
        raise web.HTTPSeeOther(f"/merchants?outlet={oid}&said={action}")

    async def merchant_write(self, request: web.Request) -> web.Response:
        form = {k: v.strip() for k, v in request[_FORM].items()}
        row = merchant_edits.MerchantRow(form.get("merchant", ""), form.get("customer", ""), form.get("carrier", ""),
                                         form.get("group", ""), form.get("platform", "wecom"), form.get("webhook", ""))

        def edit(stored: dict[str, OutletSettings], oid: str) -> merchant_edits.Changed:
            if (why := row.problem()) is not None:
                raise ConfigError(why)
            return merchant_edits.written(stored, oid, [row], keep_webhooks=True)

        return await self._change(request, "written", row.merchant[:256], edit)

    async def merchant_remove(self, request: web.Request) -> web.Response:
        merchant = request[_FORM].get("merchant", "")[:256]
        return await self._change(request, "removed", merchant,
                                  lambda stored, oid: merchant_edits.removed(stored, oid, merchant))

    async def merchant_import(self, request: web.Request) -> web.Response:
        text = request[_FORM].get("csv", "")
        return await self._change(request, "imported", f"{text.count(chr(10))} lines", lambda stored, oid: (
            merchant_edits.written(stored, oid, merchant_edits.read_csv(text, "CSV"), keep_webhooks=True)), draft=text)


    async def pickups_import(self, request: web.Request) -> web.Response:
        """The outlet's pickup records (who shipped each waybill: router.shipments), from its pickup system's CSV
        export: what ``carrier.ownership = "shipments"`` decides ownership by."""
        user, oid = self._managed(request, request[_FORM].get("outlet", "")[:64])
        text = request[_FORM].get("pickups", "")
        try:
            rows = read_pickups(text, "CSV")
        except ConfigError as e:
            return await self._merchants_page(request, user, oid, error=str(e), status=400)
        # (records name a deployment of one outlet's requests "": so are its pickups kept)
        written = await Shipments(self._store.db).record("" if self._network().single else oid, rows)
        await self.accounts.audit(user.username, oid, "pickups_imported", f"{written} rows")
        raise web.HTTPSeeOther(f"/merchants?outlet={oid}&said=pickups")


def client_address(peer: str, forwarded: list[str], proxies: list[str]) -> str:
    """Who is logging in: the peer, unless it is one of our proxies (addresses or networks); then the nearest
    address it forwarded for that is not a proxy of ours (what a client writes into the header itself stands
    farther left, untrusted)."""
    nets = [ipaddress.ip_network(p, strict=False) for p in proxies]

    def ours(address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
        return any((mapped or ip) in n for n in nets)

    if not ours(peer):
        return peer
    hops = [h.strip() for line in forwarded for h in line.split(",") if h.strip()]
    for hop in reversed(hops):
        if not ours(hop):
            return hop[:64]
    return peer


def _csv(rows: list[tuple[str, str]]) -> str:
    """The figures as CSV; a cell a spreadsheet would read as a formula is written as text."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "value"])
    writer.writerows([("'" + c if c[:1] in "=+-@" else c for c in row) for row in rows])
    return out.getvalue()


async def run_console(settings: Settings, *, task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED) -> None:
    """Serve the console on console.host:console.port until cancelled, with the store, a producer and the outlets
    (followed as they change)."""
    from router.kafka import KafkaSink
    from router.outlet_store import followed_network, network_store
    from router.outlets import preload
    from router.tickets.store import open_store

    store = await open_store(settings.tickets.store)
    try:
        async with network_store(settings, store.db) as kept, KafkaSink(settings) as sink, \
                anyio.create_task_group() as tg:
            current: list[Network] = []

            async def take(new: Network) -> None:
                current[:] = [new]

            current.append(await followed_network(settings, kept, tg, take))
            if kept is not None:  # (what checking an outlet's knowledge and areas reads: off the event loop, once)
                await anyio.to_thread.run_sync(preload, settings, (await kept.outlets())[1])
            console = Console(settings, store, sink, lambda: current[0], outlets=kept)
            await serve_app(console.app(), settings.console.host, settings.console.port, "outlet console",
                            task_status=task_status)
    finally:
        with anyio.CancelScope(shield=True):
            await store.close()

