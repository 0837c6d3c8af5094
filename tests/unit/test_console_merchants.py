"""The console's merchant directory (owners): a merchant written or removed, a CSV imported, each written to the
stored outlets only when the routers would take it, and taken by a running router's watch without a restart;
staff refused, an owner kept to their own outlet, robots' keys never shown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import msgspec
import pytest
from aiohttp.test_utils import TestClient, TestServer

from router.config import ChatGroup
from router.config.sections import OutletSettings
from router.console.accounts import Accounts
from router.console.app import Console
from router.errors import ConfigError
from router.merchant_edits import MerchantRow, read_csv, removed, rows_of, written
from router.outlet_store import NetworkWatch, OutletStore
from router.outlets import Network
from router.shipments import Shipments
from router.staff.tasks import Tasks
from router.tickets.store import open_store
from tests.harness import fresh_settings
from tests.unit.test_console import PASSWORD, Recorded, _csrf, log_in

HOOK = "http://127.0.0.1:9/cgi-bin/webhook/send?key=robot-key-a1b2"


@dataclass
class Desk:
    client: TestClient  # type: ignore[type-arg]
    kept: OutletStore
    networks: list[Network]  # what a router's watch of the store took, in order
    watch: NetworkWatch
    accounts: Accounts
    pickups: Shipments  # (the outlet's pickup records, in the same store)
    tasks: Tasks  # (the staff's tasks, in the same store)

    async def csrf(self, path: str = "/merchants") -> str:
        async with self.client.get(path) as r:
            return _csrf(await r.text())

    async def post(self, path: str, **fields: str) -> tuple[int, str]:
        data = {"csrf": await self.csrf(), **fields}
        async with self.client.post(path, data=data, allow_redirects=False) as r:
            return r.status, await r.text()

    async def stored(self, oid: str) -> OutletSettings:
        return (await self.kept.outlets())[1][oid]


@asynccontextmanager
async def desk(tmp_path: Path, user: str = "owner-hz", networked: bool = True) -> AsyncIterator[Desk]:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    s = fresh_settings(network={"store": url, "reload_s": 60.0} if networked else {}, tickets={"store": url})
    store = await open_store(url)
    kept = OutletStore(store.db)
    hz = OutletSettings(customer="OUTLET-HZ", secret="env:HZ", merchants={"m1": {"customer": "C1"}},
                        groups={"g-1": ChatGroup(merchant="m1", platform="wecom", webhook=HOOK)})
    version = await kept.put({"hz": hz, "sh": OutletSettings(customer="OUTLET-SH", secret="env:SH")})
    network = Network.from_settings(s, accounts=False, directories=False, stored=(await kept.outlets())[1])
    taken: list[Network] = []

    async def take(n: Network) -> None:
        taken.append(n)

    watch = NetworkWatch(s, kept, take, since=version, accounts=False, directories=False)
    c = Console(s, store, Recorded(), lambda: network, outlets=kept if networked else None)
    for name, outlet, role in (("owner-hz", "hz", "owner"), ("staff-hz", "hz", "staff"), ("admin", "*", "admin")):
        await c.accounts.add(name, outlet, role, name, PASSWORD)  # type: ignore[arg-type]
    client = TestClient(TestServer(c.app()))
    await client.start_server()
    try:
        assert await log_in(client, user) == 302
        yield Desk(client, kept, taken, watch, c.accounts, Shipments(store.db), c.tasks)
    finally:
        await client.close()
        await store.close()


async def test_an_owner_adds_a_merchant_and_a_running_router_takes_it_without_a_restart(tmp_path: Path) -> None:
    async with desk(tmp_path) as d:
        status, _ = await d.post("/merchants", outlet="hz", merchant="m2", customer="C2", carrier="zto",
                                 group="g-2", platform="dingtalk", webhook="")
        assert status == 303
        await d.watch.look_now()
        async with d.client.get("/merchants?said=written") as r:
            page = await r.text()
        audit = [(who, outlet, action, detail) for _, who, outlet, action, detail in await d.accounts.audit_log()]
    assert ("owner-hz", "hz", "merchant_written", "m2") in audit
    assert len(d.networks) == 1
    taken = d.networks[0]
    assert taken.outlet_of_group("g-2") == "hz" and taken.outlets["hz"].groups["g-2"].platform == "dingtalk"
    assert "m2" in page and "已保存" in page


async def test_the_directory_page_never_shows_a_robots_key(tmp_path: Path) -> None:
    async with desk(tmp_path) as d, d.client.get("/merchants") as r:
        page = await r.text()
    assert r.status == 200 and "m1" in page and "C1" in page
    assert "robot-key" not in page and "…a1b2" in page


async def test_editing_a_merchant_keeps_its_robot_when_the_form_leaves_it_empty(tmp_path: Path) -> None:
    async with desk(tmp_path) as d:
        status, _ = await d.post("/merchants", outlet="hz", merchant="m1", customer="C1-NEW", carrier="",
                                 group="g-1", platform="wecom", webhook="")
        hz = await d.stored("hz")
    assert status == 303
    assert hz.merchants["m1"] == {"customer": "C1-NEW"} and hz.groups["g-1"].webhook == HOOK


@pytest.mark.parametrize(("fields", "says"), [
    ({"merchant": "m 2", "customer": "C2"}, "商户编号"),
    ({"merchant": "m2", "customer": ""}, "客户编码"),
    ({"merchant": "m2", "customer": "C2", "carrier": "ups"}, "快递公司"),
    ({"merchant": "m2", "customer": "C2", "group": "g-2", "webhook": "https://evil.example/hook?key=x"},
     "not written"),
])
async def test_a_merchant_the_routers_would_refuse_is_not_written_and_the_owner_is_told_why(
        tmp_path: Path, fields: dict[str, str], says: str) -> None:
    async with desk(tmp_path) as d:
        before = await d.kept.version()
        status, page = await d.post("/merchants", outlet="hz", **{"platform": "wecom", **fields})
        after = await d.kept.version()
    assert status == 400 and says in page and "没有保存" in page
    assert after == before


async def test_a_csv_is_imported_and_a_group_moves_from_another_outlet(tmp_path: Path) -> None:
    async with desk(tmp_path, user="admin") as d:
        text = ("\ufeffmerchant,customer,carrier,group,platform\n"
                "m1,C1,yto,g-1,wecom\n"  # hz's group: moves to sh
                "m5,C5,,g-5,dingtalk\n")
        status, _ = await d.post("/merchants/import", outlet="sh", csv=text)
        hz, sh = await d.stored("hz"), await d.stored("sh")
    assert status == 303
    assert "g-1" not in hz.groups and sh.groups["g-1"].merchant == "m1"
    assert sh.merchants == {"m1": {"customer": "C1", "carrier": "yto"}, "m5": {"customer": "C5"}}


async def test_a_bad_csv_writes_nothing_names_its_line_and_comes_back_to_be_mended(tmp_path: Path) -> None:
    async with desk(tmp_path) as d:
        before = await d.kept.version()
        status, page = await d.post("/merchants/import", outlet="hz",
                                    csv="merchant,customer\nm7,C7\nm8,\n")
        after = await d.kept.version()
    assert status == 400 and "CSV:3" in page and "m7,C7" in page  # the draft shown again
    assert after == before


async def test_a_merchant_removed_takes_its_groups_with_it(tmp_path: Path) -> None:
    async with desk(tmp_path) as d:
        status, _ = await d.post("/merchants/remove", outlet="hz", merchant="m1")
        hz = await d.stored("hz")
    assert status == 303 and hz.merchants == {} and hz.groups == {}


async def test_an_owner_changes_their_own_outlet_only_and_staff_none(tmp_path: Path) -> None:
    async with desk(tmp_path) as d:  # the owner of hz names sh: hz is written, never sh
        await d.post("/merchants", outlet="sh", merchant="m3", customer="C3", platform="wecom")
        hz, sh = await d.stored("hz"), await d.stored("sh")
    assert "m3" in hz.merchants and "m3" not in sh.merchants
    async with desk(tmp_path / "staff", user="staff-hz") as d:
        async with d.client.get("/merchants") as r:
            assert r.status == 403
        async with d.client.get("/") as r:
            csrf = _csrf(await r.text())
        async with d.client.post("/merchants/remove", data={"csrf": csrf, "merchant": "m1"}) as r:
            assert r.status == 403
        assert "m1" in (await d.stored("hz")).merchants


async def test_one_outlet_deployment_says_where_its_directory_is_and_changes_nothing(tmp_path: Path) -> None:
    async with desk(tmp_path, networked=False) as d:
        async with d.client.get("/merchants") as r:
            page = await r.text()
        status, _ = await d.post("/merchants", merchant="m2", customer="C2", platform="wecom")
    assert "directory.path" in page and status == 409


def test_a_csv_names_what_it_lacks() -> None:
    with pytest.raises(ConfigError, match="first line must name the columns"):
        read_csv("id,account\nm1,C1\n", "f.csv")
    with pytest.raises(ConfigError, match="only the header"):
        read_csv("merchant,customer\n", "f.csv")
    with pytest.raises(ConfigError, match=r"f\.csv:2: 平台"):
        read_csv("merchant,customer,group,platform\nm1,C1,g1,qq\n", "f.csv")
    assert read_csv(" merchant , customer ,carrier\n m1 , C1 , ZTO \n", "f.csv") == [MerchantRow("m1", "C1", "zto")]


def test_rows_list_each_merchant_with_each_of_its_groups_and_groups_without_an_entry() -> None:
    o = OutletSettings(customer="X", merchants={"m1": {"customer": "C1"}, "m2": {"customer": "C2"}},
                       groups={"g-1a": ChatGroup(merchant="m1", platform="wecom"),
                               "g-1b": ChatGroup(merchant="m1", platform="dingtalk"),
                               "g-9": ChatGroup(merchant="m9", platform="api")})
    assert [(r.merchant, r.customer, r.group) for r in rows_of(o)] == [
        ("m1", "C1", "g-1a"), ("m1", "C1", "g-1b"), ("m2", "C2", ""), ("m9", "", "g-9")]
    with pytest.raises(ConfigError, match="not in the store"):
        written({}, "hz", [])
    with pytest.raises(ConfigError, match="not in stored outlet"):
        removed({"hz": o}, "hz", "m7")


async def test_an_owner_imports_pickup_records_and_the_ownership_check_reads_them(tmp_path: Path) -> None:
    async with desk(tmp_path) as d:
        status, _ = await d.post("/merchants/pickups", outlet="hz",
                                 pickups="waybill,carrier,customer\n75000000000001,zto,C1\n")
        bad, page = await d.post("/merchants/pickups", outlet="hz", pickups="waybill,carrier,customer\nX,zto,C1\n")
        owners = await d.pickups.owners("hz", ["75000000000001"])
    assert status == 303 and bad == 400 and "CSV:2" in page
    assert {w: (s.carrier, s.customer) for w, s in owners.items()} == {"75000000000001": ("zto", "C1")}
    async with desk(tmp_path / "staff", user="staff-hz") as d:
        refused, _ = await d.post("/merchants/pickups", pickups="waybill,carrier,customer\n75000000000001,zto,C9\n")
    assert refused == 403


async def test_an_owner_cannot_take_another_outlets_group_nor_learn_whose_it_is(tmp_path: Path) -> None:
    async with desk(tmp_path) as d:  # owner of hz; sh binds g-7 first (as its admin would)
        await d.kept.change(lambda stored: {"sh": msgspec.structs.replace(stored["sh"], groups={
            "g-7": ChatGroup(merchant="m7", platform="wecom", webhook=HOOK)})})
        status, page = await d.post("/merchants", outlet="hz", merchant="m1", customer="C1", group="g-7",
                                    platform="wecom")
        imported, _ = await d.post("/merchants/import", outlet="hz", csv="merchant,customer,group\nm1,C1,g-7\n")
        sh = await d.stored("sh")
    assert (status, imported) == (400, 400) and "群已属于其他网点" in page and "'sh'" not in page
    assert "g-7" in sh.groups and sh.groups["g-7"].webhook == HOOK


async def test_a_csv_import_keeps_the_robots_it_does_not_name_and_an_admins_move_keeps_its_robot(
        tmp_path: Path) -> None:
    async with desk(tmp_path) as d:
        await d.post("/merchants/import", outlet="hz", csv="merchant,customer,group\nm1,C1-NEW,g-1\n")
        hz = await d.stored("hz")
    assert hz.groups["g-1"].webhook == HOOK and hz.merchants["m1"] == {"customer": "C1-NEW"}
    async with desk(tmp_path / "admin", user="admin") as d:
        await d.post("/merchants/import", outlet="sh", csv="merchant,customer,group\nm1,C1,g-1\n")
        sh = await d.stored("sh")
    assert sh.groups["g-1"].webhook == HOOK  # (moved with its robot)


async def test_an_owners_answer_to_a_question_is_drafted_as_a_knowledge_entry_and_kept_once_reviewed(
        tmp_path: Path) -> None:
    import html
    import re

    from router.contracts import Escalation
    from router.knowledge.base import KnowledgeBase

    asked = "你们网点招不招打包工"
    async with desk(tmp_path) as d:
        t = await d.tasks.open(Escalation(id="r1:human", request_id="r1", merchant="m1", group="g-1",
                                          reason="question", text=asked, outlet="hz", sender="u1",
                                          platform="wecom"), "hz", "")
        async with d.client.get(f"/tasks/{t.handle}") as r:
            page = await r.text()
        status, drafted = await d.post(f"/tasks/{t.handle}/answer", text="招的，请打店长电话 13800138000",
                                       learn="1")
        before = await d.stored("hz")
        box = re.search(r'name="section" value="knowledge">.*?<textarea[^>]*>(.*?)</textarea>', drafted, re.S)
        assert box is not None
        text = html.unescape(box.group(1))
        saved, _ = await d.post("/rules", outlet="hz", section="knowledge", text=text)
        hz = await d.stored("hz")
    assert "同时存入知识库" in page and status == 200 and "请检查" in drafted
    assert before.knowledge.entries == []  # (nothing kept before the owner saves it)
    assert "138****8000" in text and "13800138000" not in text  # (a phone in the answer masked for review)
    (entry,) = hz.knowledge.entries
    assert saved == 303 and (entry.id, entry.question) == (f"staff-{t.handle.lower()}", asked)
    said = KnowledgeBase(hz.knowledge).answer(asked)
    assert said is not None and said.text == "招的，请打店长电话 138****8000"


async def test_an_owner_adds_edits_and_deletes_a_knowledge_entry_with_its_own_form(tmp_path: Path) -> None:
    """Without TOML: a question, its other phrasings one a line, the answer; a router's watch takes each."""
    from router.console.policy import shown
    from router.knowledge.base import KnowledgeBase

    async with desk(tmp_path) as d:
        await d.post("/rules", outlet="hz", section="knowledge",
                     text='[vars]\n"揽收时间" = "每天 10 点"\n\n[[entries]]\nid = "pickup"\nquestion = "几点揽收"\n'
                          'patterns = ["揽收 + 几点"]\nanswer = "{揽收时间}"\n')
        added, _ = await d.post("/rules/entry", outlet="hz", action="save", id="", question=" 周末  收件吗 ",
                                similar="星期天有人来收吗\n\n周六收不收件\n", answer="周末照常揽收，{揽收时间}")
        after_add = await d.stored("hz")
        edited, _ = await d.post("/rules/entry", outlet="hz", action="save", id="pickup", question="几点来揽收",
                                 similar="", answer="揽收时间：{揽收时间}",
                                 was=shown(after_add.knowledge.entries[0]))
        after_edit = await d.stored("hz")
        async with d.client.get("/rules") as r:
            page = await r.text()
        deleted, _ = await d.post("/rules/entry", outlet="hz", action="delete", id="entry-2",
                                  was=shown(after_edit.knowledge.entries[1]))
        await d.watch.look_now()
        after_delete = await d.stored("hz")
        audit = [(action, detail) for _, _, _, action, detail in await d.accounts.audit_log()]
    assert (added, edited, deleted) == (303, 303, 303)
    new = after_add.knowledge.entries[1]
    assert (new.id, new.question, new.similar) == ("entry-2", "周末 收件吗", ["星期天有人来收吗", "周六收不收件"])
    said = KnowledgeBase(after_add.knowledge).answer("星期天有人来收吗")
    assert said is not None and said.text == "周末照常揽收，每天 10 点"
    pickup = after_edit.knowledge.entries[0]
    assert (pickup.question, pickup.answer, pickup.patterns) == ("几点来揽收", "揽收时间：{揽收时间}", ["揽收 + 几点"])
    assert 'data-entry="pickup"' in page and 'data-entry="entry-2"' in page and "问答条目（2）" in page
    assert [e.id for e in after_delete.knowledge.entries] == ["pickup"]
    kb = KnowledgeBase(after_delete.knowledge)
    weekend, pickup_said = kb.answer("星期天有人来收吗"), kb.answer("几点来揽收")
    assert (weekend is None or "周末" not in weekend.text) and pickup_said is not None
    assert pickup_said.text == "揽收时间：每天 10 点" and d.networks  # (and a router's watch took the change)
    assert ("knowledge_entry_save", "entry-2") in audit and ("knowledge_entry_delete", "entry-2") in audit


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"action": "save", "id": "", "question": "几点揽收", "answer": " "}, "问题和答案都要填"),
        ({"action": "save", "id": "gone", "question": "几点揽收", "answer": "十点"}, "请刷新页面"),
        ({"action": "delete", "id": "gone"}, "请刷新页面"),
        ({"action": "save", "id": "", "question": "几点揽收", "answer": "x" * 1_001}, "答案最多"),
        ({"action": "save", "id": "a" * 201, "question": "几点揽收", "answer": "十点"}, "请刷新页面"),
        ({"action": "save", "id": "", "question": "几点揽收", "answer": "{没有的变量}"}, "没有保存"),
    ],
)
async def test_an_entry_the_routers_would_refuse_is_not_written_and_the_page_says_why(
        tmp_path: Path, fields: dict[str, str], why: str) -> None:
    async with desk(tmp_path) as d:
        status, page = await d.post("/rules/entry", outlet="hz", **fields)
        hz = await d.stored("hz")
    assert status == 400 and why in page and hz.knowledge.entries == []
    if fields["id"] == "":  # (a new entry's form comes back as written, open, to be mended)
        assert 'name="question" maxlength="200" value="几点揽收"' in page


async def test_staff_and_a_form_without_its_token_write_no_entry(tmp_path: Path) -> None:
    async with desk(tmp_path, user="staff-hz") as d:
        status, _ = await d.post("/rules/entry", outlet="hz", action="save", question="几点揽收", answer="十点")
        assert status == 403
    async with desk(tmp_path / "owner") as d:
        async with d.client.post("/rules/entry", data={"outlet": "hz", "action": "save", "question": "q",
                                                       "answer": "a"}, allow_redirects=False) as r:
            assert r.status == 403
        assert (await d.stored("hz")).knowledge.entries == []


async def test_a_form_left_open_changes_nothing_once_its_entry_changed_or_gave_its_id_to_another(
        tmp_path: Path) -> None:
    """Two owners: one deletes the last entry and adds another, which takes the same id; the other's form of the
    deleted entry, still open, neither overwrites nor deletes the new one."""
    from router.console.policy import shown

    async with desk(tmp_path) as d:
        await d.post("/rules/entry", outlet="hz", action="save", id="", question="几点揽收", answer="十点")
        await d.post("/rules/entry", outlet="hz", action="save", id="", question="周末收吗", answer="收")
        old = (await d.stored("hz")).knowledge.entries[1]
        await d.post("/rules/entry", outlet="hz", action="delete", id=old.id, was=shown(old))
        await d.post("/rules/entry", outlet="hz", action="save", id="", question="能开发票吗", answer="能")
        new = (await d.stored("hz")).knowledge.entries[1]
        saved, page = await d.post("/rules/entry", outlet="hz", action="save", id=old.id, was=shown(old),
                                   question="周末收吗", answer="不收")
        deleted, _ = await d.post("/rules/entry", outlet="hz", action="delete", id=old.id, was=shown(old))
        after = (await d.stored("hz")).knowledge.entries
    assert new.id == old.id and (saved, deleted) == (400, 400) and "请刷新页面" in page
    assert [(e.question, e.answer) for e in after] == [("几点揽收", "十点"), ("能开发票吗", "能")]
