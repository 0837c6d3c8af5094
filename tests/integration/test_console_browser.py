"""The outlet console in a real browser (Debian's Chromium through Selenium, headless), against the whole system
on Kafka: a merchant's message the bot hands to a person appears in the console's queue without a reload; a staff
member claims and answers it; the answer reaches the merchant's group through the chat simulator; a staff account
is refused the owner's page; a form without its CSRF token is refused; the owner's dashboard shows who answered.
Every page is saved as a screenshot under .run/screenshots/ (and checked to be a page, not an empty one)."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from pathlib import Path

import aiohttp
import anyio
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from kefu_dev.carrier_sim import CarrierSim, SimConfig
from kefu_dev.chat_sim import ChatSim
from router.config import StaffGroup, StaffMember
from router.console.app import Console
from router.httpserve import served
from router.kafka import KafkaSink, ensure_topics
from router.outlets import Network
from router.tickets.follower import Follower
from router.tickets.store import open_store
from tests.carrier_kit import served as served_sim
from tests.integration.test_chat_gateway import AES_KEY, TOKEN, _wecom_callback, gateway
from tests.integration.test_staff_group import _messages
from tests.service_kit import running, settings_for

SHOTS = Path(__file__).parent.parent.parent / ".run" / "screenshots"
PASSWORD = "console-test-password"


def _browser() -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900",
                "--lang=zh-CN"):
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))


def _shot(driver: WebDriver, name: str) -> Path:
    """Save the page as it looks; it must be one of the console's pages with something on it."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"console-{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 4_000, f"{path} is next to empty"
    assert driver.title.endswith("网点客服台") and driver.find_element(By.TAG_NAME, "main").text.strip(), name
    return path


def _log_in(driver: WebDriver, url: str, user: str) -> None:
    driver.delete_all_cookies()
    driver.get(f"{url}/login")
    driver.find_element(By.NAME, "username").send_keys(user)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def _until(driver: WebDriver, done: Callable[[WebDriver], object], timeout_s: float = 30) -> None:
    WebDriverWait(driver, timeout_s, poll_frequency=0.2).until(done)


def _staff_session(driver: WebDriver, url: str, queue_open: threading.Event) -> tuple[str, list[str]]:
    """Zhang logs in, waits for the task to appear in the open queue (no reload), claims and answers it."""
    driver.get(f"{url}/")
    _shot(driver, "login-redirect")
    _log_in(driver, url, "zhang")
    rows = "#rows tr[data-handle]"
    _until(driver, lambda d: "待人工处理" in d.page_source)
    assert not driver.find_elements(By.CSS_SELECTOR, rows)  # nothing yet: the merchant writes now
    _shot(driver, "queue-empty")
    queue_open.set()
    _until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, rows))  # appears by the page's own refresh
    _shot(driver, "queue")
    handle = driver.find_element(By.CSS_SELECTOR, rows).get_attribute("data-handle") or ""
    driver.find_element(By.LINK_TEXT, f"#{handle}").click()
    _shot(driver, "task")
    driver.find_element(By.XPATH, "//button[text()='认领']").click()
    _until(driver, lambda d: "已认领" in d.page_source)
    driver.find_element(By.NAME, "text").send_keys("两单都已处理：第一单已拦截，第二单已催派送员")
    driver.find_element(By.XPATH, "//button[text()='发送给商户']").click()
    _until(driver, lambda d: "已发送给商户" in d.page_source)
    _shot(driver, "answered")
    driver.get(f"{url}/tickets?waybill=YT7514236985412")
    _until(driver, lambda d: "没有找到" in d.page_source)  # (the bot opened no ticket: it could not tell which)
    _shot(driver, "tickets")
    seen = []
    driver.get(f"{url}/dashboard")  # not the staff's page
    seen.append(driver.title)
    _shot(driver, "dashboard-refused")
    driver.get(f"{url}/")  # a form whose CSRF token was taken out
    driver.execute_script("document.querySelector('form[action=\"/logout\"] input[name=csrf]').remove()")
    driver.find_element(By.XPATH, "//button[text()='退出']").click()
    _until(driver, lambda d: "表单已失效" in d.page_source)
    seen.append(driver.title)
    _shot(driver, "csrf-refused")
    return handle, seen


def _owner_session(driver: WebDriver, url: str) -> str:
    _log_in(driver, url, "li")
    driver.get(f"{url}/dashboard")
    _until(driver, lambda d: "人效" in d.page_source)
    _shot(driver, "dashboard")
    return driver.find_element(By.TAG_NAME, "main").text


async def test_a_task_is_answered_from_the_console_in_a_browser(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=5, callback_delay_s=60))
    robots = ChatSim(per_minute=1000, window_s=1.0)
    async with served_sim(sim) as carrier_url, served_sim(robots, robots.app()) as chat_url:
        webhook = f"{chat_url}/cgi-bin/webhook/send?key="
        (tmp_path / "groups.json").write_text(json.dumps(
            {"wr-m1": {"merchant": "m00001", "platform": "wecom", "webhook": webhook + "key-m1"}}))
        s = settings_for(tmp_path, carrier_url, chat={
            "wecom_token": TOKEN, "wecom_aes_key": AES_KEY, "groups_path": str(tmp_path / "groups.json"),
            "window_s": 1.0, "per_minute": 1000, "linger_ms": 10.0, "startup_hold": False, "retry_base_s": 0.05,
            "staff_groups": {"wr-staff": StaffGroup(platform="wecom", webhook=webhook + "key-staff")},
            "staff": {"zhangsan": StaffMember(name="张三")}}, console={"refresh_s": 0.5})
        await ensure_topics(s)
        store = await open_store(s.tickets.store)
        network = Network.from_settings(s, accounts=False, directories=False)
        try:
            async with running(s), gateway(s) as (_, ingress), KafkaSink(s) as sink, \
                    aiohttp.ClientSession() as http, anyio.create_task_group() as tg:
                await tg.start(Follower(s, store, sink).run)
                console = Console(s, store, sink, lambda: network)
                await console.accounts.add("zhang", "default", "staff", "张三", PASSWORD)
                await console.accounts.add("li", "default", "owner", "李店长", PASSWORD)
                async with served(console.app()) as url:
                    driver = await anyio.to_thread.run_sync(_browser)
                    try:
                        queue_open, got = threading.Event(), {}

                        async def staff() -> None:  # (the browser waits in a thread; the servers run here)
                            got["staff"] = await anyio.to_thread.run_sync(_staff_session, driver, url, queue_open)

                        async with anyio.create_task_group() as browsing:
                            browsing.start_soon(staff)
                            assert await anyio.to_thread.run_sync(queue_open.wait, 60)
                            query, body = _wecom_callback("m-1", "wr-m1", "lisi",
                                                          "YT7514236985412 和 YT7514236985413 一个拦截一个催件")
                            async with http.post(f"{ingress}/wecom/callback", params=query, data=body) as r:
                                assert r.status == 200
                        handle, titles = got["staff"]
                        answer = (await _messages(robots, "key-m1", 2))[1]
                        dashboard = await anyio.to_thread.run_sync(_owner_session, driver, url)
                    finally:
                        await anyio.to_thread.run_sync(driver.quit)
                tg.cancel_scope.cancel()
        finally:
            await store.close()
    assert answer.content == "@lisi 人工客服回复：两单都已处理：第一单已拦截，第二单已催派送员"
    assert titles == ["403 · 网点客服台", "403 · 网点客服台"]
    assert re.search(r"张三\s+1\s+[0-9.]+ 分钟", dashboard), dashboard
    assert f"#{handle} 已回复商户（张三，客服台）" in [m.content for m in robots.messages if m.robot == "key-staff"]
