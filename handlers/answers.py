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

# "停发查询 <地址>": asked by name (the bot's own command for it)
STOP_QUERY: Final = re.compile(r"^\s*(?:停发查询|查询停发|查停发|停发查一?下)\s*[:：]?\s*(?P<address>.*)$", re.S)
# "新疆能发吗", "杭州西湖区停发了没": an address and whether parcels go there
_ABOUT_AREA: Final = re.compile(r"停发|暂停派送|暂停发|能发|能寄|可以发|可以寄|发得了|发不了|寄不了|到不了|能到|派送吗")
OPEN: Final = "{place} 目前不在本网点的停发名单中，可以正常发货（以快递公司实际派送为准）"
STOPPED: Final = "{place} 目前暂停派送：{reason}{until}，请暂缓发往该地区"
UNPLACED: Final = "没看懂要查的地址，请按“停发查询 省市区”发送，例如“停发查询 浙江省杭州市西湖区”"
NONE_KEPT: Final = "本网点暂未登记停发地区，具体请以快递公司通知为准"
ASKS_ENOUGH: Final = 5  # characters a question needs (beside punctuation) to be worth a person's answer


@dataclass(frozen=True, slots=True)
class Answered:
    text: str
    intent: str  # "knowledge" or "stop_ship_query", as the request's activity records it
    entry: str = ""  # the knowledge entry's id


def answer(outlet: Outlet, text: str, now: datetime | None = None) -> Answered | None:
    """The answer to a message the parser found no command in; None when it has none."""
    m = STOP_QUERY.match(normalize(text))
    if m is not None:
        return Answered(_area(outlet.stops, m.group("address"), now, asked=True) or UNPLACED, "stop_ship_query")
    if outlet.stops and _ABOUT_AREA.search(text) is not None and asks(normalize(text)):
        said = _area(outlet.stops, text, now, asked=False)
        if said is not None:
            return Answered(said, "stop_ship_query")
    found = outlet.knowledge.answer(text, now)
    return Answered(found.text, "knowledge", found.entry) if found is not None else None


def worth_a_person(text: str) -> bool:
    """Whether an unanswered message asks something a person should answer."""
    plain = normalize(text)
    return asks(plain) and sum(1 for c in plain if c.isalnum()) >= ASKS_ENOUGH


def _area(stops: StopList, address: str, now: datetime | None, asked: bool) -> str | None:
    """Whether ``address`` is open, in words; None when it names no place (and nobody asked by name)."""
    if not stops:
        return NONE_KEPT if asked and address.strip() else None
    place, stop = stops.stopped(address, "", now)
    if not place.known:
        return None
    if stop is None:
        return OPEN.format(place=place)
    until = f"（预计至 {_day(stop.until)}）" if stop.until is not None else ""
    return STOPPED.format(place=place, reason=stop.area.reason, until=until)


def _day(d: date) -> str:
    return f"{d.month} 月 {d.day} 日"
