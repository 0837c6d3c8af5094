"""Messages that ask rather than command: answered from the outlet's knowledge base and stop-ship areas.

The parser decides first: a message with a waybill or a request is a command, never a knowledge question. Of the
rest, one that asks whether an address is open ("停发查询 <地址>", "新疆能发吗") is answered from the outlet's
stop-ship areas (router.areas.stop_ship), and one that asks one of the knowledge base's questions surely is
answered with its entry (router.knowledge). A question neither answers goes to a person when it says enough to
answer ("你们招人吗"; not a bare "在吗").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from router.areas.stop_ship import StopList
from router.knowledge.asking import asks
from router.outlets import Outlet
from router.parsing.normalize import normalize

CARRIER_NAMES: Final = {"sf": "顺丰", "zto": "中通", "yto": "圆通", "sto": "申通", "yunda": "韵达", "jt": "极兔",
                        "jd": "京东", "ems": "邮政", "deppon": "德邦", "cainiao": "菜鸟"}
# "停发查询 <地址>": asked by name (the bot's own command for it)
STOP_QUERY: Final = re.compile(r"^\s*(?:停发查询|查询停发|查停发|停发查一?下)\s*[:：]?\s*(?P<address>.*)$", re.S)
# "新疆能发吗", "杭州西湖区停发了没": an address and whether parcels go there
_ABOUT_AREA: Final = re.compile(r"停发|暂停派送|暂停发|能发|能寄|可以发|可以寄|发得了|发不了|寄不了|到不了|能到|派送吗")
OPEN: Final = "{place} 目前不在本网点的停发名单中，可以正常发货（以快递公司实际派送为准）"
STOPPED: Final = "{place} 目前暂停派送：{reason}{until}，请暂缓发往该地区"
UNPLACED: Final = "没看懂要查的地址，请按“停发查询 省市区”发送，例如“停发查询 浙江省杭州市西湖区”"
NONE_KEPT: Final = "本网点暂未登记停发地区，具体请以快递公司通知为准"
# what a question about a command asks (its cost, its time, its procedure), with no waybill: "拦截收费吗" asks about
# intercepting, it intercepts nothing
_ABOUT_COMMAND: Final = re.compile(
    r"收费|费用|运费|多少钱|加钱|要钱|收钱|给钱|花钱|几块|免费|多久|几天|时效|流程|怎么操作|怎么申请|材料|手续|怎么发|"
    r"指令|格式")
ASKS_ENOUGH: Final = 5  # characters a question needs (beside punctuation) to be worth a person's answer


@dataclass(frozen=True, slots=True)
class Answered:
    text: str
    intent: str  # "knowledge" or "stop_ship_query", as the request's activity records it
    entry: str = ""  # the knowledge entry's id


def answer(outlet: Outlet, text: str, now: datetime | None = None) -> Answered | None:
    """The answer to a message the parser found no command in; None when it has none."""
    plain = normalize(text)
    m = STOP_QUERY.match(plain)
    if m is not None:
        return Answered(_area(outlet.stops, m.group("address"), now, asked=True) or UNPLACED, "stop_ship_query")
    if outlet.stops and _ABOUT_AREA.search(plain) is not None and asks(plain):
        said = _area(outlet.stops, plain, now, asked=False)
        if said is not None:
            return Answered(said, "stop_ship_query")
    found = outlet.knowledge.answer(text, now)
    return Answered(found.text, "knowledge", found.entry) if found is not None else None


def about_a_command(text: str) -> bool:
    """Whether a message with a command word and no waybill asks about the command rather than gives it."""
    plain = normalize(text)
    return asks(plain) and _ABOUT_COMMAND.search(plain) is not None


def worth_a_person(text: str) -> bool:
    """Whether an unanswered message asks something a person should answer."""
    plain = normalize(text)
    return asks(plain) and sum(1 for c in plain if c.isalnum()) >= ASKS_ENOUGH


def _area(stops: StopList, address: str, now: datetime | None, asked: bool) -> str | None:
    """Whether each place ``address`` names is open, in words, a line each ("从杭州发新疆": both); None when it
    names no place (and nobody asked by name)."""
    if not stops:
        return NONE_KEPT if asked and address.strip() else None
    found = stops.check(address, "", now)
    if not found:
        return None
    return "\n".join(OPEN.format(place=place) if stop is None else STOPPED.format(
        place=place, reason=stop.area.reason, until=_until(stop.until) + _only(stop.area.carriers))
        for place, stop in found)


def _until(d: date | None) -> str:
    return f"（预计至 {d.month} 月 {d.day} 日）" if d is not None else ""


def _only(carriers: list[str]) -> str:
    return f"（仅限{'、'.join(CARRIER_NAMES.get(c, c) for c in carriers)}的快件）" if carriers else ""

