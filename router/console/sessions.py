"""The console's log-in and sessions: the middleware every request passes, and the log-in and log-out pages.

Every page but the log-in (and the health check and the icon a browser asks for on its own) needs a session
(HttpOnly, SameSite=Strict cookie; ``router.console.accounts``); every POST's form carries the session's CSRF
token, checked before any handler runs (403 without it); log-ins are rate-limited per name and per client address
(``client_address``: the peer, or what our own proxies forwarded for). The middlewares run in the order
``router.console.app`` lists them: refusals outermost, so a refusal raised by the session check or by any handler
becomes a page. Nothing personal goes to the log.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import secrets
from collections.abc import Awaitable, Callable

from aiohttp import web

from router.console import pages
from router.console.accounts import User
from router.console.handler_base import _CSRF, _FORM, _USER, ConsoleBase, _form, _page, _Refused

log = logging.getLogger("kefu.console")

SESSION_COOKIE = "kefu_session"
_LOGIN_COOKIE = "kefu_login"  # the log-in form's own CSRF token (double submit: the cookie and the field agree)
_Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Sessions(ConsoleBase):
    """The refusal and session middlewares, the health check, and the log-in and log-out pages."""

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
