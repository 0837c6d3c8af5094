"""The owner's edits of their outlet in the console: the merchant directory (one merchant, a CSV import, a
removal), the pickup records, and the rules (``/rules``: knowledge base, stop-ship areas, rules).

Only owners (and admins, for the outlet they ask for) edit. A change is written through the outlet store as the
routers will take it (checked as they build it) and audited; a change they would refuse is not written, and the
page is shown again with its reason (400) and what the person wrote. A deployment of one outlet keeps these in its
configuration's files, so they are shown there but not edited (409).
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from aiohttp import web

from router import merchant_edits
from router.config.sections import OutletSettings
from router.console import pages, policy
from router.console.accounts import EVERY_OUTLET, User
from router.console.handler_base import _CSRF, _FORM, ConsoleBase, _page, _Refused
from router.errors import ConfigError
from router.shipments import Shipments
from router.shipments import read_csv as read_pickups


class OutletEdits(ConsoleBase):
    """The merchant directory, pickup and rules pages and their writes (owners and admins only)."""

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
                          section: str = "", draft: str | None = None, status: int = 200,
                          note: str = "", entry_draft: policy.EntryForm | None = None) -> web.Response:
        stored = (await self._outlets.outlets())[1] if self._outlets is not None else {}
        outlet: OutletSettings | None = stored.get(oid) or self._settings.outlets.get(oid)
        texts = policy.texts_of(outlet)
        if section in texts and draft is not None:
            texts[section] = draft  # (what was written, to be mended)
        view = policy.PolicyView(
            outlet=oid, outlets=sorted(self._network().outlets) if user.outlet == EVERY_OUTLET else [],
            texts=texts, editable=oid in stored, reload_s=self._settings.network.reload_s, said=said, error=error,
            section=section, note=note, entries=tuple(outlet.knowledge.entries) if outlet is not None else (),
            entry_draft=entry_draft)
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

    async def knowledge_entry(self, request: web.Request) -> web.Response:
        """One entry of the outlet's knowledge base saved (a new one without an id) or deleted, as the routers
        will take it, audited; refused with its reason (400)."""
        user, oid = self._managed(request, request[_FORM].get("outlet", "")[:64])
        if self._outlets is None:
            raise _Refused(409, "本部署只有一个网点，知识库在配置文件里；设置 network.store 后可在这里编辑")
        f = request[_FORM]
        if len(f.get("id", "")) > policy.MAX_ID:
            return await self._rules_page(request, user, oid, error="没有保存：没有这一条，请刷新页面",
                                          section="knowledge", status=400)
        form = policy.EntryForm(action=f.get("action", ""), id=f.get("id", ""), question=f.get("question", ""),
                                similar=f.get("similar", ""), answer=f.get("answer", ""), was=f.get("was", ""))
        saved: list[str] = []

        def change(stored: dict[str, OutletSettings]) -> merchant_edits.Changed:
            current = stored.get(oid)
            if current is None:
                raise ConfigError("本网点的设置在配置文件里，不能在这里编辑")
            knowledge = policy.entry_written(current.knowledge, form)
            saved[:] = [e.id for e in knowledge.entries if e.id not in {x.id for x in current.knowledge.entries}]
            changed: merchant_edits.Changed = {oid: msgspec.structs.replace(current, knowledge=knowledge)}
            return merchant_edits.checked(self._settings, stored, changed)

        try:
            await self._outlets.change(change)
        except ConfigError as e:
            return await self._rules_page(request, user, oid, error=f"没有保存：{e}", section="knowledge",
                                          status=400, entry_draft=form)
        entry = saved[0] if saved else form.id
        await self.accounts.audit(user.username, oid, f"knowledge_entry_{form.action}", entry)
        raise web.HTTPSeeOther(f"/rules?outlet={oid}&said=written#knowledge")

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
