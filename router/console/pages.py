"""The console's pages: server-rendered HTML in Chinese, readable on a phone; every value escaped.

No script is needed to use them; one small one refreshes the queue's rows in place (``/queue/rows``) so new work
appears without reloading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Final
from urllib.parse import quote, urlsplit

from router.console.accounts import User
from router.merchant_edits import CSV_HEADER, PLATFORMS, MerchantRow
from router.parsing.waybills import CARRIERS
from router.staff.posts import DETAILS, REASONS, beijing
from router.staff.tasks import OPEN_SHOWN, Task
from router.tickets.store import TicketRow

_STYLE: Final = """
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f6f8;color:#222}
header{background:#1f6feb;color:#fff;padding:10px 16px;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header a,header button{color:#fff;text-decoration:none;background:none;border:0;font-size:15px;cursor:pointer}
header .who{margin-left:auto;font-size:14px}
main{padding:12px 16px;max-width:1100px;margin:auto}
h1{font-size:20px;margin:8px 0 12px}
table{width:100%;border-collapse:collapse;background:#fff;font-size:14px}
th,td{padding:8px;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top}
th{white-space:nowrap}
.ok{color:#1a7f37}.soon{color:#9a6700;font-weight:600}.late{color:#cf222e;font-weight:700}
.card{background:#fff;padding:12px 16px;margin:0 0 12px;border-radius:6px;box-shadow:0 1px 2px #0001}
.figures{display:flex;gap:12px;flex-wrap:wrap}.figures .card{flex:1 1 160px}
.big{font-size:26px;font-weight:700}
textarea{width:100%;min-height:90px;font-size:15px;box-sizing:border-box}
input[type=text],input[type=password]{font-size:16px;padding:6px;width:100%;box-sizing:border-box;margin:4px 0 10px}
button.primary{background:#1f6feb;color:#fff;border:0;padding:8px 16px;border-radius:4px;font-size:15px}
.error{color:#cf222e}.filters a{margin-right:12px}.hint{color:#57606a;font-size:13px}
.bar{background:#1f6feb;height:12px;display:inline-block}
code{word-break:break-all}input[type=file]{max-width:100%}
button.danger{background:#fff;color:#cf222e;border:1px solid #cf222e;padding:7px 14px;border-radius:4px;margin-left:8px}
details{border-top:1px solid #e5e7eb;padding:6px 0}summary{cursor:pointer;font-size:15px}form.entry{padding:8px 0}
@media (max-width:640px){.hide-narrow{display:none}}
"""


def layout(title: str, body: str, user: User | None = None, csrf: str = "", script: str = "") -> str:
    nav = ""
    if user is not None:
        owner = ('<a href="/dashboard">看板</a><a href="/merchants">商户</a><a href="/rules">规则</a>'
                 if user.owner else "")
        nav = (f'<a href="/">待办</a><a href="/tickets">工单</a>{owner}'
               f'<span class="who">{escape(user.name)}（{escape(user.role)}）</span>'
               f'<form method="post" action="/logout" style="margin:0"><input type="hidden" name="csrf" '
               f'value="{escape(csrf)}"><button>退出</button></form>')
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)} · 网点客服台'
            f'</title><style>{_STYLE}</style></head><body><header><strong>网点客服台</strong>{nav}</header>'
            f"<main>{body}</main>{script}</body></html>")


def login(error: str = "", csrf: str = "") -> str:
    said = f'<p class="error">{escape(error)}</p>' if error else ""
    return layout("登录", f'<div class="card" style="max-width:360px;margin:40px auto"><h1>登录</h1>{said}'
                          '<form method="post" action="/login">'
                          f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
                          '<label>用户名<input type="text" name="username" autocomplete="username" required></label>'
                          '<label>密码<input type="password" name="password" autocomplete="current-password" '
                          'required></label><button class="primary" type="submit">登录</button></form></div>')


def error(status: int, message: str, user: User | None = None, csrf: str = "") -> str:
    return layout(f"{status}", f'<div class="card"><h1>{status}</h1><p class="error">{escape(message)}</p>'
                               '<p><a href="/">返回待办</a></p></div>', user, csrf)


def _age(task: Task, now: float, due_s: float) -> tuple[str, str]:
    """How long the task has waited, and how that stands against its due time (a CSS class)."""
    waited = now - task.opened_at
    minutes = int(waited // 60)
    text = f"{minutes} 分钟" if minutes < 120 else f"{minutes // 60} 小时"
    return text, "late" if waited > due_s else "soon" if waited > due_s * 0.75 else "ok"


def queue_rows(tasks: Sequence[Task], now: float, due_s: float, user: User) -> str:
    if not tasks:
        return '<tr><td colspan="7">没有待处理的事项</td></tr>'
    rows = []
    for t in tasks:  # (VIP merchants' first, then oldest first)
        waited, state = _age(t, now, due_s)
        outlet = f'<td class="hide-narrow">{escape(t.outlet)}</td>' if user.outlet == "*" else ""
        rows.append(
            f'<tr data-handle="{escape(t.handle)}"><td><a href="/tasks/{escape(t.handle)}">#{escape(t.handle)}</a></td>'
            f"{outlet}<td>{escape(REASONS.get(t.reason, t.reason))}</td><td>{escape(t.merchant)}"
            f"{' <b>VIP</b>' if t.detail.get('tier') == 'vip' else ''}</td>"
            f'<td class="hide-narrow">{escape(t.text[:60])}</td><td class="{state}">{waited}</td>'
            f'<td>{escape(beijing(t.opened_at + due_s))}</td><td>{escape(t.claimed_by or "未认领")}</td></tr>')
    if len(tasks) >= OPEN_SHOWN:
        rows.append(f'<tr><td colspan="7">只列出最早的 {OPEN_SHOWN} 条；总数见看板</td></tr>')
    return "".join(rows)


def queue(user: User, csrf: str, rows: str, shown: str, refresh_s: float) -> str:
    outlet = '<th class="hide-narrow">网点</th>' if user.outlet == "*" else ""
    filters = "".join(f'<a href="/?show={k}"{" style=font-weight:700" if k == shown else ""}>{label}</a>'
                      for k, label in (("all", "全部"), ("mine", "我的"), ("unclaimed", "未认领")))
    # (shown is one of three words, checked by the app; a session ended meanwhile reloads to the log-in)
    script = (f"<script>setInterval(function(){{fetch('/queue/rows?show={shown}',{{credentials:'same-origin',"
              "redirect:'manual'}).then(function(r){if(!r.ok){location.reload();return null}return r.text()})"
              ".then(function(h){if(h!==null){document.getElementById('rows').innerHTML=h}})}"
              f",{int(refresh_s * 1000)})</script>")
    body = (f'<h1>待人工处理</h1><p class="filters">{filters}</p><table><thead><tr><th>编号</th>{outlet}<th>原因</th>'
            '<th>商户</th><th class="hide-narrow">原话</th><th>已等待</th><th>截止</th><th>认领</th></tr></thead>'
            f'<tbody id="rows">{rows}</tbody></table>')
    return layout("待办", body, user, csrf, script)


def _decide(t: Task, csrf: str) -> str:
    """The approval of a request a rule held for staff: 同意 acts on it, 拒绝 tells the merchant the reason."""
    action = f"/tasks/{escape(t.handle)}/decide"
    hidden = f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
    return (f'<div class="card"><h2 style="margin:0">审批</h2><p>{escape(t.detail.get("what", ""))}</p>'
            f'<form method="post" action="{action}" style="display:inline">{hidden}'
            '<input type="hidden" name="decision" value="approve">'
            '<button class="primary" id="approve">同意办理</button>'
            f'</form><form method="post" action="{action}" style="display:inline;margin-left:12px">{hidden}'
            '<input type="hidden" name="decision" value="refuse"><input name="reason" maxlength="200" '
            'placeholder="拒绝原因（告知商户）"> <button id="refuse">拒绝</button></form></div>')


def task(user: User, csrf: str, t: Task, due_at: float, said: str = "", colleagues: Sequence[str] = ()) -> str:
    labels = dict(DETAILS)
    details = "".join(f"<tr><th>{escape(labels[k])}</th><td>{escape(t.detail[k])}</td></tr>"
                      for k in labels if t.detail.get(k))
    done = t.status == "answered"
    answer = (_decide(t, csrf) if not done and t.reason == "approval" else "") + ("" if done else
              f'<div class="card"><form method="post" action="/tasks/{escape(t.handle)}/answer">'
              f'<input type="hidden" name="csrf" value="{escape(csrf)}"><label>回复商户（@{escape(t.sender)}）'
              '<textarea name="text" required maxlength="1990"></textarea></label>'
              '<label><input type="checkbox" name="follow" value="1"> 只是跟进，不结案</label><br>'
              + ('<label><input type="checkbox" name="learn" value="1"> 同时存入知识库（下次机器人直接回答这个问题）'
                 '</label><br>' if user.owner and t.reason == "question" else "")
              + '<button class="primary" type="submit">发送给商户</button></form></div>')
    claim = ("" if done or t.claimed_by == user.name else
             f'<form method="post" action="/tasks/{escape(t.handle)}/claim" style="display:inline">'
             f'<input type="hidden" name="csrf" value="{escape(csrf)}"><button class="primary">认领</button></form>')
    others = [c for c in colleagues if c != t.claimed_by]
    hand = ("" if done or not others else
            f'<form method="post" action="/tasks/{escape(t.handle)}/hand" style="display:inline;margin-left:12px">'
            f'<input type="hidden" name="csrf" value="{escape(csrf)}"><select name="to">'
            + "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in others)
            + '</select> <button class="primary">转交</button></form>')
    notice = f'<p class="ok">{escape(said)}</p>' if said else ""
    body = (f'<h1>#{escape(t.handle)} {escape(REASONS.get(t.reason, t.reason))}</h1>{notice}'
            f'<div class="card"><table><tr><th>商户</th><td>{escape(t.merchant)}</td></tr>'
            f"<tr><th>群</th><td>{escape(t.group)}</td></tr><tr><th>提问人</th><td>{escape(t.sender)}</td></tr>"
            f"<tr><th>原话</th><td>{escape(t.text)}</td></tr>{details}"
            f"<tr><th>截止</th><td>{escape(beijing(due_at))}</td></tr>"
            f'<tr><th>状态</th><td>{escape({"open": "待处理", "claimed": "处理中", "answered": "已回复"}[t.status])}'
            f'{("（" + escape(t.claimed_by) + "）") if t.claimed_by else ""}</td></tr></table> {claim}{hand}</div>'
            f"{answer}")
    return layout(f"#{t.handle}", body, user, csrf)


@dataclass(frozen=True, slots=True)
class Figures:
    day: str
    requests: int
    auto_share: float
    to_person: int
    by_intent: list[tuple[str, int]]
    by_hour: list[int]
    tickets_opened: int
    tickets_open: int
    tasks_waiting: int
    by_staff: list[tuple[str, int, float]]  # name, answered, median minutes to answer
    questions: int = 0  # messages that asked rather than commanded (router.console.app.ASKED)
    questions_answered: int = 0  # ... answered by the knowledge base or the stop-ship areas

    @property
    def knowledge_hit_rate(self) -> float:
        """The knowledge base's hit rate (WeCom's ai_knowledge_hit_rate): questions answered without a person."""
        return self.questions_answered / self.questions if self.questions else 0.0

    def rows(self) -> list[tuple[str, str]]:
        """The figures as (name, value) rows: the CSV export's."""
        out = [("day", self.day), ("requests", str(self.requests)), ("auto_resolved_share", f"{self.auto_share:.4f}"),
               ("to_person", str(self.to_person)), ("tickets_opened", str(self.tickets_opened)),
               ("tickets_open", str(self.tickets_open)), ("tasks_waiting", str(self.tasks_waiting)),
               ("questions", str(self.questions)), ("knowledge_hit_rate", f"{self.knowledge_hit_rate:.4f}")]
        out += [(f"intent:{i}", str(n)) for i, n in self.by_intent]
        out += [(f"hour:{h:02d}", str(n)) for h, n in enumerate(self.by_hour)]
        out += [(f"staff:{name}:answered", str(n)) for name, n, _ in self.by_staff]
        out += [(f"staff:{name}:median_minutes", f"{m:.1f}") for name, _, m in self.by_staff]
        return out


def dashboard(user: User, csrf: str, f: Figures) -> str:
    most = max(f.by_hour) or 1
    hours = "".join(f'<tr><td>{h:02d}:00</td><td><span class="bar" style="width:{int(240 * n / most)}px"></span> '
                    f"{n}</td></tr>" for h, n in enumerate(f.by_hour) if n)
    intents = "".join(f"<tr><td>{escape(i)}</td><td>{n}</td></tr>" for i, n in f.by_intent)
    staff = "".join(f"<tr><td>{escape(name)}</td><td>{n}</td><td>{m:.1f} 分钟</td></tr>" for name, n, m in f.by_staff)
    cards = (("请求", f"{f.requests:,}"), ("自动处理率", f"{f.auto_share:.0%}"), ("转人工", f"{f.to_person:,}"),
             ("新工单", f"{f.tickets_opened:,}"), ("未结工单", f"{f.tickets_open:,}"),
             ("待人工", f"{f.tasks_waiting:,}"),
             ("知识库命中率", f"{f.knowledge_hit_rate:.0%}（{f.questions_answered:,}/{f.questions:,}）" if f.questions
              else "—"))
    body = (f'<h1>{escape(f.day)} 看板 <a style="font-size:14px" href="/dashboard.csv?day={escape(f.day)}">导出 CSV</a>'
            '</h1><div class="figures">' + "".join(f'<div class="card"><div>{k}</div><div class="big">{v}</div></div>'
                                                   for k, v in cards) +
            '</div><div class="card"><h2>人效</h2><table><tr><th>客服</th><th>回复</th><th>回复用时（中位数）</th></tr>'
            f'{staff or "<tr><td colspan=3>今日还没有人工回复</td></tr>"}</table></div>'
            f'<div class="card"><h2>按小时</h2><table>{hours}</table></div>'
            f'<div class="card"><h2>按请求类型</h2><table>{intents}</table></div>')
    return layout("看板", body, user, csrf)


_STATUS: Final = {"open": "跟进中", "done": "已办结", "succeeded": "成功", "failed": "失败", "resolved": "已解决",
                  "closed": "已关闭"}


def tickets(user: User, csrf: str, found: Sequence[TicketRow], asked: dict[str, str], limit: int) -> str:
    """The search form and what it found."""
    def field(name: str, label: str, kind: str = "text") -> str:
        return (f'<label style="flex:1 1 160px">{label}<input type="{kind}" name="{name}" '
                f'value="{escape(asked.get(name, ""))}"></label>')

    statuses = "".join(f'<option value="{k}"{" selected" if asked.get("status") == k else ""}>{v}</option>'
                       for k, v in (("", "全部"), *_STATUS.items()))
    form = (f'<form method="get" action="/tickets" class="card" style="display:flex;gap:12px;flex-wrap:wrap">'
            f'{field("waybill", "单号")}{field("merchant", "商户")}{field("day", "日期", "date")}'
            f'<label style="flex:1 1 120px">状态<select name="status">{statuses}</select></label>'
            '<button class="primary" type="submit" style="align-self:center">查找</button></form>')
    rows = "".join(
        f'<tr><td><a href="/tickets/{quote(t.id, safe="")}">{escape(t.waybill)}</a></td><td>{escape(t.merchant)}</td>'
        f'<td>{escape(t.intent)}</td><td>{escape(_STATUS.get(t.status, t.status))}</td>'
        f'<td class="hide-narrow">{escape(beijing(t.opened_at))}</td></tr>' for t in found)
    more = f'<p>只列出最新的 {limit} 条，请缩小范围</p>' if len(found) >= limit else ""
    body = (f"<h1>工单</h1>{form}<table><thead><tr><th>单号</th><th>商户</th><th>类型</th><th>状态</th>"
            f'<th class="hide-narrow">开单</th></tr></thead><tbody>{rows or "<tr><td colspan=5>没有找到</td></tr>"}'
            f"</tbody></table>{more}")
    return layout("工单", body, user, csrf)


def ticket(user: User, csrf: str, t: TicketRow) -> str:
    """One ticket's whole history: the merchant's words, the carrier's events, people's answers."""
    kinds = {"opened": "开单", "carrier_event": "快递公司", "escalated": "转人工", "human_reply": "人工回复"}
    history = "".join(f"<tr><td>{escape(beijing(h.at))}</td><td>{escape(kinds.get(h.kind, h.kind))}</td>"
                      f"<td>{escape(h.detail)}</td></tr>" for h in t.history)
    body = (f"<h1>{escape(t.waybill)} · {escape(t.intent)}</h1><div class=\"card\"><table>"
            f"<tr><th>状态</th><td>{escape(_STATUS.get(t.status, t.status))}</td></tr>"
            f"<tr><th>商户</th><td>{escape(t.merchant)}（群 {escape(t.group)}，提问人 {escape(t.sender)}）</td></tr>"
            f"<tr><th>快递</th><td>{escape(t.carrier)} {escape(t.carrier_ref)}</td></tr>"
            f"<tr><th>原话</th><td>{escape(t.text) or '（已按保留期清除）'}</td></tr>"
            f"<tr><th>开单</th><td>{escape(beijing(t.opened_at))}</td></tr></table></div>"
            f'<div class="card"><h2>经过</h2><table>{history or "<tr><td>暂无</td></tr>"}</table></div>')
    return layout(t.waybill, body, user, csrf)


@dataclass(frozen=True, slots=True)
class MerchantsView:
    outlet: str
    outlets: list[str]  # an admin's choice of outlets (empty for an owner: their own)
    rows: list[MerchantRow]
    editable: bool  # kept in the store (an outlet of the configuration file is changed in the file)
    networked: bool  # the deployment keeps outlets in a store at all
    reload_s: float
    said: str = ""
    error: str = ""
    find: str = ""
    draft: str = ""  # the CSV the owner pasted, shown again when it was refused


_MERCHANTS_SHOWN: Final = 500
_PLATFORM_NAMES: Final = {"wecom": "企业微信", "dingtalk": "钉钉", "api": "接口"}


def masked_webhook(url: str) -> str:
    """A robot's webhook as people may see it: its host, and the last four characters of its key."""
    if not url:
        return "（无机器人）"
    parts = urlsplit(url)
    return f"{parts.hostname or '?'} …{parts.query[-4:]}"


def _merchant_form(v: MerchantsView, csrf: str) -> str:
    def field(name: str, label: str, hint: str = "", required: bool = False) -> str:
        return (f'<label style="flex:1 1 180px">{label}<input type="text" name="{name}" id="f-{name}" '
                f'placeholder="{escape(hint)}"{" required" if required else ""}></label>')

    def choice(name: str, label: str, options: list[tuple[str, str]]) -> str:
        return (f'<label style="flex:1 1 120px">{label}<select name="{name}" id="f-{name}">'
                + "".join(f'<option value="{escape(k)}">{escape(t)}</option>' for k, t in options)
                + "</select></label>")

    hidden = f'<input type="hidden" name="csrf" value="{escape(csrf)}"><input type="hidden" name="outlet" ' \
             f'value="{escape(v.outlet)}">'
    write = (f'<form method="post" action="/merchants" class="card" style="display:flex;gap:12px;flex-wrap:wrap">'
             f'<h2 style="flex:1 1 100%;margin:0">添加或修改商户</h2>{hidden}'
             f'{field("merchant", "商户编号", "如 m00001", True)}'
             f'{field("customer", "客户编码", "快递公司的客户账号", True)}'
             + choice("carrier", "常用快递", [("", "（不指定）"), *((c, c) for c in CARRIERS)])
             + field("group", "群编号", "群的 chatid，可留空")
             + choice("platform", "平台", [(p, _PLATFORM_NAMES[p]) for p in PLATFORMS])
             + field("webhook", "群机器人地址", "留空则保留原机器人")
             + '<button class="primary" type="submit" style="align-self:center">保存</button></form>')
    # (a chosen file is read into the box by the browser: the form stays one URL-encoded post)
    script = ("<script>document.getElementById('csv-file').addEventListener('change',function(e){var f=e.target"
              ".files[0];if(!f){return}f.text().then(function(t){document.getElementById('csv-text').value=t})})"
              "</script>")
    upload = (f'<form method="post" action="/merchants/import" class="card">{hidden}<h2 style="margin:0">从 CSV 导入'
              f'</h2><p>第一行是列名：<code>{CSV_HEADER}</code>（至少 merchant 和 customer）。已有的商户按新内容更新。'
              '</p><input type="file" id="csv-file" accept=".csv,text/csv"><textarea name="csv" id="csv-text" '
              f'required>{escape(v.draft)}</textarea><button class="primary" type="submit">导入</button></form>'
              f"{script}")
    return write + upload


def _pickups_form(v: MerchantsView, csrf: str) -> str:
    """The outlet's pickup records (router.shipments), from its pickup system's export."""
    hidden = (f'<input type="hidden" name="csrf" value="{escape(csrf)}"><input type="hidden" name="outlet" '
              f'value="{escape(v.outlet)}">')
    return (f'<form method="post" action="/merchants/pickups" class="card">{hidden}<h2 style="margin:0">揽收记录</h2>'
            '<p>每个单号由哪个客户编码寄出（网点揽收系统导出的 CSV，第一行：<code>waybill,carrier,customer</code>）。'
            '按快递公司开放平台办理时，机器人只对有揽收记录且属于该商户的单号动手。</p>'
            '<textarea name="pickups" required></textarea><button class="primary" type="submit">导入揽收记录</button>'
            "</form>")


def _merchant_rows(v: MerchantsView, csrf: str) -> str:
    found = [r for r in v.rows if not v.find or v.find in r.merchant or v.find in r.group or v.find in r.customer]
    out = []
    for r in found[:_MERCHANTS_SHOWN]:
        remove = ("" if not v.editable else
                  f'<form method="post" action="/merchants/remove" class="remove" style="margin:0">'
                  f'<input type="hidden" name="csrf" value="{escape(csrf)}"><input type="hidden" name="outlet" '
                  f'value="{escape(v.outlet)}"><input type="hidden" name="merchant" value="{escape(r.merchant)}">'
                  '<button>删除</button></form>')
        edit = ("" if not v.editable else
                f'<button type="button" class="edit" data-merchant="{escape(r.merchant)}" data-customer='
                f'"{escape(r.customer)}" data-carrier="{escape(r.carrier)}" data-group="{escape(r.group)}" '
                f'data-platform="{escape(r.platform)}">修改</button>')
        out.append(f"<tr><td>{escape(r.merchant)}</td><td>{escape(r.customer) or '（未登记）'}</td>"
                   f"<td>{escape(r.carrier)}</td><td>{escape(r.group)}</td>"
                   f'<td class="hide-narrow">{escape(_PLATFORM_NAMES.get(r.platform, "")) if r.group else ""}</td>'
                   f'<td class="hide-narrow">{escape(masked_webhook(r.webhook)) if r.group else ""}</td>'
                   f'<td style="display:flex;gap:6px">{edit}{remove}</td></tr>')
    if len(found) > _MERCHANTS_SHOWN:
        out.append(f'<tr><td colspan="7">只列出前 {_MERCHANTS_SHOWN} 条（共 {len(found):,} 条），'
                   "请用查找缩小范围</td></tr>")
    return "".join(out) or '<tr><td colspan="7">没有商户</td></tr>'


def merchants(user: User, csrf: str, v: MerchantsView) -> str:
    """The outlet's merchant directory: who ships under which account, which group is whose; owners change it
    here and the routers take it within ``network.reload_s``."""
    pick = "".join(f'<a href="/merchants?outlet={escape(o)}"{" style=font-weight:700" if o == v.outlet else ""}>'
                   f"{escape(o)}</a>" for o in v.outlets)
    notes = []
    if v.said:
        notes.append(f'<p class="ok">{escape(v.said)}，{v.reload_s:g} 秒内生效</p>')
    if v.error:
        notes.append(f'<p class="error">没有保存：{escape(v.error)}</p>')
    if not v.networked:
        notes.append("<p>本部署只有一个网点：商户目录在配置文件里（directory.path、chat.groups_path）。"
                     "设置 network.store 后，可在这里编辑并即时生效。</p>")
    elif not v.editable:
        notes.append("<p>这个网点写在配置文件的 [outlets] 里，请在文件中修改；"
                     "用 kefu-router outlet set 把它存入数据库后，可在这里编辑。</p>")
    search = (f'<form method="get" action="/merchants" class="filters"><input type="hidden" name="outlet" '
              f'value="{escape(v.outlet)}"><input type="text" name="q" value="{escape(v.find)}" '
              'placeholder="查找商户、群或客户编码" style="max-width:320px"> <button>查找</button></form>')
    # (修改 fills the form above with the row's values; the robot's key is never sent back to the page)
    script = ("<script>document.querySelectorAll('button.edit').forEach(function(b){b.addEventListener('click',"
              "function(){['merchant','customer','carrier','group','platform'].forEach(function(k){"
              "document.getElementById('f-'+k).value=b.dataset[k]});document.getElementById('f-webhook').value='';"
              "window.scrollTo(0,0)})});document.querySelectorAll('form.remove').forEach(function(f){"
              "f.addEventListener('submit',function(e){if(!confirm('删除商户 '+f.merchant.value+' 及其群？'))"
              "{e.preventDefault()}})})</script>")
    body = (f'<h1>商户 · {escape(v.outlet)}</h1><p class="filters">{pick}</p>{"".join(notes)}'
            + (_merchant_form(v, csrf) if v.editable else "") + _pickups_form(v, csrf) + search
            + '<table><thead><tr><th>商户</th><th>客户编码</th><th>快递</th><th>群</th>'
            '<th class="hide-narrow">平台</th>'
            f'<th class="hide-narrow">机器人</th><th></th></tr></thead><tbody>{_merchant_rows(v, csrf)}</tbody></table>'
            + script)
    return layout("商户", body, user, csrf)
