"""The console's side of the staff desk: the queue of open tasks, a task's page, and claiming, handing on and
answering one, approving or refusing one that waits for approval (the same as ``#K7Q2 同意`` / ``#K7Q2 拒绝`` in the
staff group: router.staff.approvals).

A person sees and acts on their own outlet's tasks only (an admin: every outlet's); another outlet's task does not
exist for them (404). An answer goes out exactly as one written in the staff group does (a ``HumanReply`` the
follower relays to the merchant's own group, @ the merchant who asked), once however often the form is submitted
(its id is the session and the text), and every action is told to the staff group after it is done. An owner's
answer to a question can be offered to the knowledge base: that is why the group derives from the outlet edits
(``router.console.outlet_edits``), whose rules page it shows with the answer added.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from aiohttp import web

from router.console import pages, policy
from router.console.accounts import EVERY_OUTLET, User
from router.console.handler_base import _CSRF, _FORM, _USER, _page, _Refused
from router.console.outlet_edits import OutletEdits
from router.contracts import encode
from router.staff import approvals
from router.staff.desk import answer_record, staff_post
from router.staff.handles import ALPHABET
from router.staff.tasks import Task

_HANDLE: Final = re.compile(f"[{ALPHABET}]{{4,8}}")
_SHOWN: Final = ("all", "mine", "unclaimed")


class TaskHandlers(OutletEdits):
    """The queue, a task, and what is done to one: claimed, handed on, answered."""

    async def _open_tasks(self, user: User, show: str) -> list[Task]:
        tasks = await self.tasks.open_tasks(None if user.outlet == EVERY_OUTLET else user.outlet)
        tasks.sort(key=lambda t: t.detail.get("tier") != "vip")  # VIP merchants' first, each oldest first (stable)
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
                "handed": "已转交", "approved": "已同意，机器人正在办理", "refused": "已拒绝，已告知商户",
                "gone": "无需审批：商户已撤回、已超时或已有人处理"}.get(request.query.get("said", ""), "")
        due = t.opened_at + self._settings.tickets.staff_answer_s
        return _page(pages.task(request[_USER], request[_CSRF], t, due, said, await self._colleagues(t.outlet)))

    async def _colleagues(self, outlet: str) -> list[str]:
        """Whom a task of ``outlet`` can be handed to: its staff in the staff group and in the console."""
        staff = self._network().outlets.get(outlet)
        named = {m.name for m in staff.staff.values()} if staff is not None else set()
        return sorted(named | set(await self.accounts.names(outlet)))

    async def decide(self, request: web.Request) -> web.Response:
        """同意 or 拒绝 (with a reason for the merchant) a task waiting for approval."""
        user: User = request[_USER]
        t = await self._task_of(request)
        form = request[_FORM]
        said, reason = form.get("decision", ""), str(form.get("reason", "")).strip()
        if not approvals.is_approval(t) or t.status == "answered":
            raise _Refused(409, "这个待办没有等待审批的请求")
        if said not in ("approve", "refuse") or len(reason) > 200:
            raise _Refused(400, "请选择同意或拒绝（拒绝的原因不超过 200 字）")
        if self._confirmations is None:
            raise _Refused(409, "确认存储不在工单库里，请在员工群里回复审批")
        digest = hashlib.sha256(f"{request[_CSRF]}\n{said}\n{reason}".encode()).hexdigest()[:16]
        settled = await approvals.settle(self._confirmations, t, "approve" if said == "approve" else "refuse",
                                         reason, self._clock(), f"console:{t.handle}:{digest}")
        if settled.to_merchant is not None:
            record = (self._settings.topics.replies, t.merchant.encode(), encode(settled.to_merchant))
            await (await self._sink.enqueue([record]))
        await self.tasks.answered(t.handle, user.name, True)
        outcome = "gone" if not settled.ids else "approved" if said == "approve" else "refused"
        await self.accounts.audit(user.username, t.outlet, outcome, t.handle)
        if settled.ids:
            done = approvals.APPROVED if said == "approve" else approvals.REFUSED_STAFF
            await self._tell_staff(t, f"console:{t.handle}:{digest}:staff",
                                   done.format(h=f"#{t.handle}", name=user.name) + "（客服台）")
        raise web.HTTPFound(f"/tasks/{t.handle}?said={outcome}")

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
