"""The outlet console over HTTP (aiohttp's test client; tests/integration/test_console_browser.py drives it in
Chromium): log-in and its limits, sessions, CSRF, roles, outlets kept apart, an answer sent as the staff group's
are, the owner's figures."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from router.console.accounts import Accounts
from router.console.app import SESSION_COOKIE, Console
from router.contracts import HumanReply, Reply, decode_as
from router.outlets import Network
from router.staff.tasks import Tasks
from router.tickets.store import open_store
from tests.desk_contract import STAFF, escalation
from tests.harness import fresh_settings
from tests.store_contract import event, ticket

PASSWORD = "correct horse battery"


class Recorded:
    """A broker that takes everything at once and keeps it."""

    def __init__(self) -> None:
        self.records: list[tuple[str, bytes | None, bytes]] = []

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        self.records += list(records)
        done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    async def flush(self) -> None:
        return None


@asynccontextmanager
async def console(tmp_path: Path) -> AsyncIterator[tuple[TestClient, Recorded, Tasks, str]]:  # type: ignore[type-arg]
    s = fresh_settings(chat=STAFF)
    store = await open_store(f"sqlite:///{tmp_path / 'c.db'}")
    network = Network.from_settings(s, accounts=False, directories=False)
    sink = Recorded()
    c = Console(s, store, sink, lambda: network)
    for user, outlet, role in (("zhang", "default", "staff"), ("li", "default", "owner"), ("wang", "sh", "staff")):
        await c.accounts.add(user, outlet, role, {"zhang": "张三", "li": "李四"}.get(user, user), PASSWORD)  # type: ignore[arg-type]
    task = await c.tasks.open(escalation(1), "default", "wr-staff")
    await store.open([ticket(1), ticket(2, "damaged", merchant="m2")], {}, 3600.0)
    await store.apply_events([event(1, "ev1")])
    client = TestClient(TestServer(c.app()))
    await client.start_server()
    try:
        yield client, sink, c.tasks, task.handle
    finally:
        await client.close()
        await store.close()


async def log_in(client: TestClient, user: str, password: str = PASSWORD) -> int:  # type: ignore[type-arg]
    async with client.get("/login") as r:
        csrf = _csrf(await r.text())
    async with client.post("/login", data={"username": user, "password": password, "csrf": csrf},
                           allow_redirects=False) as r:
        return r.status


def _csrf(page: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', page)
    assert m is not None, page[:300]
    return m.group(1)


async def test_log_in_sets_a_safe_session_cookie_and_pages_need_it(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, _):
        async with client.get("/", allow_redirects=False) as r:
            assert (r.status, r.headers["Location"]) == (302, "/login")
        assert await log_in(client, "zhang", "wrong password") == 401
        assert await log_in(client, "nobody") == 401
        async with client.post("/login", data={"username": "zhang", "password": PASSWORD, "csrf": "forged"},
                               allow_redirects=False) as r:
            assert r.status == 403  # the log-in form's own token (its cookie) is not the field's
        async with client.get("/login") as r:
            csrf = _csrf(await r.text())
        async with client.post("/login", data={"username": "zhang", "password": PASSWORD, "csrf": csrf},
                               allow_redirects=False) as r:
            assert r.status == 302
            cookie = r.headers["Set-Cookie"]
        assert cookie.startswith(f"{SESSION_COOKIE}=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        async with client.get("/") as r:
            assert r.status == 200 and "待人工处理" in await r.text()


async def test_log_ins_are_refused_after_too_many_failures(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, _):
        assert [await log_in(client, "zhang", "wrong") for _ in range(5)] == [401] * 5
        assert await log_in(client, "zhang") == 429  # the right password, too late: refused unchecked


async def test_staff_see_and_answer_their_outlets_tasks_only_and_every_form_needs_its_token(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, sink, tasks, handle):
        assert await log_in(client, "wang") == 302  # staff of another outlet
        async with client.get("/") as r:
            assert handle not in await r.text()
        async with client.get(f"/tasks/{handle}") as r:
            assert r.status == 404
        client.session.cookie_jar.clear()
        assert await log_in(client, "zhang") == 302
        async with client.get("/") as r:
            page = await r.text()
        assert f"#{handle}" in page and "商户撤回或否定了指令" in page
        async with client.get(f"/tasks/{handle}") as r:
            csrf = _csrf(await r.text())
        async with client.post(f"/tasks/{handle}/answer", data={"text": "已核实"}) as r:
            assert r.status == 403  # no token: nothing done
        assert sink.records == []
        async with client.post(f"/tasks/{handle}/answer", data={"text": "已核实，已为您拦截", "csrf": csrf}) as r:
            assert r.status == 200 and "已发送给商户" in await r.text()
        async with client.post(f"/tasks/{handle}/answer", data={"text": "已核实，已为您拦截", "csrf": csrf}) as r:
            pass  # submitted twice: one answer (the same reply id)
        answers = [decode_as(v, HumanReply) for t, _, v in sink.records if t.endswith("human-replies")]
        assert {a.id for a in answers} == {answers[0].id} and len(answers) == 2
        assert (answers[0].group, answers[0].mention, answers[0].text) == (
            "g-m1", ["u-m1"], "人工客服回复：已核实，已为您拦截")
        told = [decode_as(v, Reply) for t, _, v in sink.records if t.endswith(".replies")]
        assert told[0].group == "wr-staff" and told[0].text == f"#{handle} 已回复商户（张三，客服台）"
        done = await tasks.get(handle, "default")
        assert done is not None and (done.status, done.answered_by) == ("answered", "张三")
        store = await open_store(f"sqlite:///{tmp_path / 'c.db'}")
        try:
            actions = [(who, action) for _, who, _, action, _ in await Accounts(store.db, 3600).audit_log()]
        finally:
            await store.close()
        assert ("zhang", "answer") in actions and ("zhang", "refused_csrf") in actions and ("wang", "login") in actions


async def test_the_dashboard_is_the_owners(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, _):
        assert await log_in(client, "zhang") == 302
        async with client.get("/dashboard") as r:
            assert r.status == 403
        client.session.cookie_jar.clear()
        assert await log_in(client, "li") == 302
        async with client.get("/dashboard") as r:
            page = await r.text()
            assert r.status == 200 and "自动处理率" in page and "待人工" in page and "知识库命中率" in page
        async with client.get("/dashboard.csv") as r:
            rows = dict(line.replace('"', "").split(",", 1) for line in (await r.text()).splitlines()[1:])
        assert rows["tasks_waiting"] == "1" and rows["requests"] == "0"


async def test_the_rules_page_is_the_owners_and_a_deployment_of_one_outlet_keeps_them_in_its_file(
        tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, _):
        assert await log_in(client, "zhang") == 302
        async with client.get("/rules") as r:
            assert r.status == 403
        client.session.cookie_jar.clear()
        assert await log_in(client, "li") == 302
        async with client.get("/rules") as r:
            page = await r.text()
            assert r.status == 200 and "知识库" in page and "停发区域" in page and "流程规则" in page
            assert "disabled" in page  # (no store: shown, not editable)
        async with client.post("/rules", data={"section": "rules", "text": "", "csrf": _csrf(page)}) as r:
            assert r.status == 409 and "配置文件" in await r.text()
        async with client.post("/rules", data={"section": "rules", "text": ""}) as r:  # (no CSRF token)
            assert r.status == 403


async def test_log_out_ends_the_session(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, _):
        assert await log_in(client, "zhang") == 302
        async with client.get("/") as r:
            csrf = _csrf(await r.text())
        token = client.session.cookie_jar.filter_cookies(client.make_url("/"))[SESSION_COOKIE].value
        async with client.post("/logout", data={"csrf": csrf}, allow_redirects=False) as r:
            assert r.status == 302
        client.session.cookie_jar.update_cookies({SESSION_COOKIE: token})  # the old cookie, kept by someone
        async with client.get("/", allow_redirects=False) as r:
            assert r.status == 302  # back to the log-in


async def test_accounts_keep_no_password_and_no_session_token(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        accounts = Accounts(store.db, 3600)
        await accounts.add("zhang", "default", "staff", "张三", PASSWORD)
        user = await accounts.check("zhang", PASSWORD)
        assert user is not None
        token, _ = await accounts.open_session(user)
        dumped = repr(await store.db.fetch("SELECT * FROM console_users")) + repr(
            await store.db.fetch("SELECT * FROM console_sessions"))
        assert PASSWORD not in dumped and token not in dumped and "$argon2id$" in dumped
    finally:
        await store.close()


async def test_malformed_requests_are_4xx_never_5xx(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, handle):
        bad_bodies = [(b"username=\xff\xfe&password=x", "application/x-www-form-urlencoded"),
                      (b"username=a", "application/x-www-form-urlencoded; charset=zz"),
                      (b"--x\r\n", "multipart/form-data"), (b"{}", "application/json"),
                      (b"username=a%00b&password=x&csrf=y", "application/x-www-form-urlencoded")]
        for body, kind in bad_bodies:
            async with client.post("/login", data=body, headers={"Content-Type": kind}) as r:
                assert r.status == 400, (body, kind, r.status)
        assert await log_in(client, "zhang") == 302
        for body, kind in bad_bodies:
            async with client.post(f"/tasks/{handle}/answer", data=body, headers={"Content-Type": kind}) as r:
                assert r.status == 400, (body, kind, r.status)
        for path in ("/tasks/%00", "/tasks/<script>", "/tasks/" + "Z" * 300):
            async with client.get(path) as r:
                main = (await r.text()).split("<main>")[1].split("</main>")[0]
                assert r.status == 404 and "<script>" not in main, path
        for path in ("/?show=\\", "/?show=%27%3C"):  # (only the three filters reach the page's script)
            async with client.get(path) as r:
                assert r.status == 200 and "fetch('/queue/rows?show=all'" in await r.text(), path
        client.session.cookie_jar.clear()
        assert await log_in(client, "li") == 302
        for day in ("9999-12-31", "0001-01-01", "2026-02-30", "x"):
            async with client.get(f"/dashboard?day={day}") as r:
                assert r.status == 200, day


async def test_log_in_attempts_made_at_once_are_counted_too(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, _):
        async def attempt() -> int:
            async with client.get("/login") as r:
                csrf = _csrf(await r.text())
            data = {"username": "zhang", "password": "wrong", "csrf": csrf}
            async with client.post("/login", data=data, allow_redirects=False) as r:
                return r.status
        # (one browser's cookie jar: the log-in form's token is the last one fetched, so each posts its own in turn)
        statuses = [await attempt() for _ in range(3)]
        statuses += await asyncio.gather(*[client_post(client) for _ in range(12)])
        assert statuses.count(401) <= 5 and 429 in statuses


async def client_post(client: TestClient) -> int:  # type: ignore[type-arg]
    """A wrong password, posted with the form's token held now."""
    csrf = client.session.cookie_jar.filter_cookies(client.make_url("/"))["kefu_login"].value
    async with client.post("/login", data={"username": "zhang", "password": "wrong", "csrf": csrf},
                           allow_redirects=False) as r:
        return r.status


async def test_a_new_password_ends_the_sessions_and_a_refresh_of_an_ended_one_is_401(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, _):
        assert await log_in(client, "zhang") == 302
        async with client.get("/queue/rows") as r:
            assert r.status == 200
        store = await open_store(f"sqlite:///{tmp_path / 'c.db'}")
        try:
            await Accounts(store.db, 3600).add("zhang", "default", "staff", "张三", "a new password here")
        finally:
            await store.close()
        async with client.get("/queue/rows", allow_redirects=False) as r:
            assert r.status == 401  # (the page's refresh reloads to the log-in)
        async with client.get("/", allow_redirects=False) as r:
            assert (r.status, r.headers["Location"]) == (302, "/login")


async def test_the_csv_writes_no_formula(tmp_path: Path) -> None:
    from router.console.pages import Figures

    rows = Figures(day="2026-12-06", requests=1, auto_share=1.0, to_person=0, by_intent=[("=cmd|' /C calc'!A0", 1)],
                   by_hour=[0] * 24, tickets_opened=0, tickets_open=0, tasks_waiting=0, by_staff=[]).rows()
    assert ("intent:=cmd|' /C calc'!A0", "1") in rows  # the figures as they are; the CSV guards them
    async with console(tmp_path) as (client, _, _, _):
        assert await log_in(client, "li") == 302
        async with client.get("/dashboard.csv") as r:
            assert r.headers["Cache-Control"] == "no-store" and r.status == 200
            assert (await r.text()).startswith("name,value\r\n")
    from router.console.app import _csv

    written = _csv([*rows, ("=cmd|' /C calc'!A0", "@SUM(1)")])  # (a cell a spreadsheet would run)
    assert "'=cmd|' /C calc'!A0,'@SUM(1)" in written and "\n=" not in written


def _rows(page: str) -> str:
    """The table's rows alone."""
    assert page.count("<tbody>") == 1, page
    return page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]


async def test_tickets_are_found_by_waybill_merchant_status_and_day_with_their_history(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, _, _, _):
        assert await log_in(client, "zhang") == 302
        async with client.get("/tickets?waybill=w1") as r:
            rows = _rows(await r.text())  # (the page's CSRF token is random text that may hold "W2")
        assert "/tickets/r1%3Aintercept%3AW1" in rows and "W2" not in rows
        async with client.get("/tickets?merchant=m2&status=open") as r:
            rows = _rows(await r.text())
        assert "W2" in rows and "W1" not in rows
        async with client.get("/tickets?day=1999-01-01") as r:  # (out of range: today, when both were opened)
            assert "W1" in _rows(await r.text())
        async with client.get("/tickets/r1%3Aintercept%3AW1") as r:
            page = await r.text()
        assert r.status == 200 and "W1 拦截" in page and "快递公司" in page and "succeeded" in page
        client.session.cookie_jar.clear()
        assert await log_in(client, "wang") == 302  # a person of an outlet this deployment does not have
        async with client.get("/tickets?waybill=W1") as r:
            assert "W1" not in _rows(await r.text())
        async with client.get("/tickets/r1%3Aintercept%3AW1") as r:
            assert r.status == 404


async def test_a_task_is_handed_to_a_colleague_of_its_outlet_only(tmp_path: Path) -> None:
    async with console(tmp_path) as (client, sink, tasks, handle):
        assert await log_in(client, "zhang") == 302
        async with client.get(f"/tasks/{handle}") as r:
            page = await r.text()
        csrf = _csrf(page)
        assert '<option value="李四">' in page and '<option value="wang">' not in page  # (another outlet's)
        async with client.post(f"/tasks/{handle}/hand", data={"to": "wang", "csrf": csrf}) as r:
            assert r.status == 400
        async with client.post(f"/tasks/{handle}/hand", data={"to": "李四", "csrf": csrf}) as r:
            assert r.status == 200 and "已转交" in await r.text()
        kept = await tasks.get(handle, "default")
        assert kept is not None and (kept.status, kept.claimed_by) == ("claimed", "李四")
        told = [decode_as(v, Reply).text for t, _, v in sink.records if t.endswith(".replies")]
        assert told == [f"#{handle} 已由 张三 转给 李四（客服台）"]


async def test_the_dashboard_counts_the_days_requests_in_the_store(tmp_path: Path) -> None:
    """Requests by outcome, intent and hour of the outlet's day (Beijing time); an answer to a question is none."""
    from datetime import UTC, datetime, timedelta, timezone

    from router.contracts import Activity

    today = datetime.now(UTC).astimezone(timezone(timedelta(hours=8))).replace(hour=9, minute=30)
    done = [Activity(id=f"q{n}", merchant="m1", intents=intents, outcome=outcome, received_at=today,  # type: ignore[arg-type]
                     answered_at=today) for n, (intents, outcome) in enumerate([
                         (["intercept"], "answered"), (["intercept", "urge"], "answered"), (["urge"], "to_human"),
                         ([], "confirmation"), (["knowledge"], "answered"), (["stop_ship_query"], "answered"),
                         (["question"], "to_human")])]
    async with console(tmp_path) as (client, _, _, _):
        store = await open_store(f"sqlite:///{tmp_path / 'c.db'}")
        try:
            await store.record_requests(done)
        finally:
            await store.close()
        assert await log_in(client, "li") == 302
        async with client.get(f"/dashboard.csv?day={today.date().isoformat()}") as r:
            rows = dict(line.split(",", 1) for line in (await r.text()).splitlines()[1:])
    assert (rows["requests"], rows["to_person"], rows["auto_resolved_share"]) == ("6", "2", "0.6667")
    assert (rows["intent:intercept"], rows["intent:urge"], rows["hour:09"]) == ("2", "2", "6")
    assert (rows["questions"], rows["knowledge_hit_rate"]) == ("3", "0.6667")  # (two of three questions answered)


async def test_the_log_in_limit_is_the_stores_every_console_instance_counts_the_same(tmp_path: Path) -> None:
    """Two consoles over one store (two replicas behind one address): failures at one count at the other; and
    one address trying many names is refused after ten times the per-name limit."""
    from router.console.accounts import Limiter

    store = await open_store(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        now = [1000.0]
        a, b = (Limiter(store.db, 5, 600.0, lambda: now[0]) for _ in range(2))
        seen = [await (a if i % 2 else b).allowed("zhang", "10.0.0.1") for i in range(7)]
        other_address = await a.allowed("zhang", "10.0.0.2")
        names = [await a.allowed(f"name{i}", "10.0.0.9") for i in range(51)]
        now[0] += 601.0  # the window passes
        later = await b.allowed("zhang", "10.0.0.1")
    finally:
        await store.close()
    assert seen == [True] * 5 + [False] * 2 and other_address and later
    assert names == [True] * 50 + [False]


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted_and_a_forged_one_is_not() -> None:
    from router.console.app import client_address

    proxies = ["10.0.0.2", "10.0.0.3"]
    assert client_address("10.0.0.2", ["203.0.113.7"], proxies) == "203.0.113.7"
    # the client wrote its own header first: the nearest hop the proxies added is the one counted
    assert client_address("10.0.0.2", ["1.1.1.1, 203.0.113.7, 10.0.0.3"], proxies) == "203.0.113.7"
    assert client_address("198.51.100.4", ["1.1.1.1"], proxies) == "198.51.100.4"  # not a proxy: header ignored
    assert client_address("10.0.0.2", [], proxies) == "10.0.0.2"


def test_trusted_proxies_are_addresses_or_networks() -> None:
    from router.config import load_settings
    from router.console.app import client_address
    from router.errors import ConfigError

    assert client_address("10.1.2.3", ["203.0.113.7"], ["10.0.0.0/8"]) == "203.0.113.7"
    assert client_address("::ffff:10.1.2.3", ["203.0.113.7"], ["10.0.0.0/8"]) == "203.0.113.7"
    with pytest.raises(ConfigError, match="trusted_proxies"):
        load_settings(env={"KEFU_CONSOLE__TRUSTED_PROXIES": '["proxy.local"]'})


async def test_refused_attempts_are_not_written_and_old_ones_are_purged(tmp_path: Path) -> None:
    from router.console.accounts import Limiter

    store = await open_store(f"sqlite:///{tmp_path / 'p.db'}")
    try:
        now = [1000.0]
        limiter = Limiter(store.db, 5, 600.0, lambda: now[0])
        for _ in range(40):
            await limiter.allowed("zhang", "10.0.0.1")
        held = (await store.db.fetch("SELECT COUNT(*) FROM console_login_failures"))[0][0]
        now[0] += 700.0
        await limiter.allowed("li", "10.0.0.5")
        after = (await store.db.fetch("SELECT COUNT(*) FROM console_login_failures"))[0][0]
    finally:
        await store.close()
    assert (held, after) == (5, 1)
