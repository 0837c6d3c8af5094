"""What the desk writes in the staff group, and the words staff answer with.

A task's post says everything a person needs without opening anything else: the handle, the merchant and the
group, who asked, the merchant's own words, why the bot handed it on, what it had understood (intents and
waybills), the ticket's history when there is one, and by when to answer. The merchant's words and the details
are the bot's own records; a staff group is the outlet's, and its people may read them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Final

from router.contracts import Escalation

_BEIJING: Final = timezone(timedelta(hours=8))
_TEXT_MAX: Final = 600  # of the merchant's words in a post (a message holds 2,048 bytes)

# Why the bot handed a request on, in the words of the staff (unknown reasons are shown as they are).
REASONS: Final[dict[str, str]] = {
    "negated_command": "商户撤回或否定了指令，可能已在办理",
    "unclear_assignment": "多个单号与指令对应不清",
    "unclear_correction": "商户更正了单号或指令，更正内容不清",
    "unclear_reference": "说的是哪一单不清楚",
    "conflicting_commands": "同一单号有相互矛盾的指令",
    "command_without_waybill": "有指令但没有单号",
    "unrecognised_number": "单号无法识别",
    "ambiguous_carrier": "单号属于哪家快递不确定",
    "address_missing": "改址缺少新地址",
    "relayed_request": "转述了买家的要求，商户未说怎么办",
    "unplaced_command": "指令对应的单号不清",
    "unplaced_waybill": "单号对应的指令不清",
    "unknown_command": "看不懂的要求",
    "question": "商户在提问",
    "too_long": "消息过长",
    "parser_error": "机器人读不懂这条消息",
    "unknown_merchant": "商户未登记",
    "carrier_unavailable": "快递公司接口暂时不可用",
    "effect_in_doubt": "已向快递公司提交，但没收到答复：先到快递公司后台查是否已办，没办再办，切勿重复提交",
    "carrier_not_connected": "该快递公司未接入",
    "carrier_not_offered": "快递公司开放平台不提供此项：请到快递公司系统里办理",
    "rule_record": "网点规则：此类请求由人工办理",
    "approval": "网点规则：此请求需审批后办理",
    "staff_talking": "员工正在群里与商户沟通，机器人未回复：请接着处理",
    "confirm_unavailable": "确认功能暂不可用",
    "weight_dispute": "重量异议",
    "no_handler": "机器人不处理这类请求",
    "ticket_overdue": "工单超时未处理",
    "reply_in_doubt": "机器人的回复可能没有送达商户群，请到群里看一下，缺了就补发",
}
# Detail fields of an escalation worth a staff member's eye, and what to call them.
DETAILS: Final = (("intents", "机器人理解"), ("intent", "机器人理解"), ("waybills", "单号"), ("waybill", "单号"),
                   ("carrier", "快递"), ("codes", "快递返回"), ("detail", "说明"), ("history", "工单记录"),
                   ("what", "待审批"), ("rule", "规则"))

ANSWERED: Final = "{h} 已回复商户（{name}）"
FOLLOWED: Final = "{h} 已把跟进内容发给商户，仍由 {name} 跟进"
CLAIMED: Final = "{h} 已由 {name} 认领"
HANDED: Final = "{h} 已转给 {name}"
NO_SUCH_STAFF: Final = "{h} 没有叫“{name}”的客服，未转交"
UNKNOWN_HANDLE: Final = "{h} 找不到这个待办，请核对编号"
NOT_STAFF: Final = "{h} 未处理：您不是本网点登记的客服，请联系店长登记"
TOO_LONG: Final = "{h} 回复太长（商户群一条最多约 2,000 字），请分几条发，每条以编号开头"
SEVERAL: Final = "引用的消息里有几个待办，请在回复开头写上编号，例如：#K7Q2 已核实"
EMPTY: Final = "{h} 请在编号后写上给商户的回复，例如：{h} 已核实，包裹在驿站，请凭取件码领取"
TO_MERCHANT: Final = "人工客服回复：{text}"
OVERDUE: Final = "{h} 已超过 {due} 仍未回复商户（{who}），请尽快处理"


def beijing(at: float) -> str:
    """``at`` (seconds since the epoch) as the outlet's clock reads it: "12-06 18:30"."""
    return datetime.fromtimestamp(at, UTC).astimezone(_BEIJING).strftime("%m-%d %H:%M")


def task_post(handle: str, e: Escalation, due_at: float) -> str:
    """The staff group's post for one task."""
    why = REASONS.get(e.reason, e.reason)
    words = e.text if len(e.text) <= _TEXT_MAX else e.text[:_TEXT_MAX] + "…"
    lines = [f"#{handle} 【待人工】{why}" + ("【VIP商户】" if e.detail.get("tier") == "vip" else ""),
             f"商户：{e.merchant}　群：{e.group}" + (f"　提问人：{e.sender}" if e.sender else ""),
             f"原话：{words}"]
    shown: set[str] = set()
    for key, label in DETAILS:
        value = e.detail.get(key, "")
        if value and label not in shown:
            shown.add(label)
            lines.append(f"{label}：{value[:_TEXT_MAX]}")
    if e.reason == "approval":
        lines.append(f"请在 {beijing(due_at)} 前审批。回复“#{handle} 同意”即办理；“#{handle} 拒绝 原因”不办理并告知"
                     f"商户；“#{handle} 跟进 内容”先问商户；“#{handle} 认领”；“#{handle} 转 姓名”")
    else:
        lines.append(f"请在 {beijing(due_at)} 前回复。回复“#{handle} 内容”即转给商户；“#{handle} 认领”；"
                     f"“#{handle} 转 姓名”；“#{handle} 跟进 内容”（不结案）")
    return "\n".join(lines)
