"""A new address in a message: whether one is given, and the details of an address change.

``has_address`` / ``new_address``: an address and a phone, or a new address said so, with no command word (the
merchant is asking for an address change). ``address_fields``: the receiver's name, phone and address of an
address change and the address's province, city and district, the last of each when the merchant puts one right
("… 138… 哦不对 电话是 139…"); ``as_written``: names and addresses as the merchant wrote them, before the
normalisation translated their characters.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.clauses import Clause
from router.parsing.result import ParsedRequest

# A name beside a phone number: looked for from the phone (the digits are rarer than the characters of a name).
_MOBILE: Final = re.compile(r"1[3-9][0-9]{9}")
_NAME_BEFORE: Final = re.compile(r"([\u4e00-\u9fa5]{2,4})\s*$")
_NAME_AFTER: Final = re.compile(r"\s*([\u4e00-\u9fa5]{2,4})(?=\s|$)")
_NAME_LABEL: Final = re.compile(r"(?:收件人|姓名|联系人)[:：\s]*([\u4e00-\u9fa5]{2,4})")
_ADDRESS_HINT: Final = re.compile(r"[省市区县镇乡村路街道号巷弄栋楼室]")
# What a sentence holds and an address does not; something of a place: its parts, a building or an institution, a
# number, or the same in English
_SAID: Final = re.compile("|".join("说讲了吧吗呢要不没我你他她"))
_NO_PLACE: Final = re.compile(r"[吗么嘛呢?？]$|^(?:省外|外省|市外|外市|省内|市内|国外|外地|别的省|别的城市)")
_PLACE_WORD: Final = re.compile(
    r"[省市区县镇乡村路街道号巷弄栋楼室团连校园厂店仓院场馆湾岛0-9]|大厦|中心|广场|公司|小区|驿站|"
    r"ROAD|RD\b|STREET|AVENUE|AVE\b|ROOM|TOWER|FLOOR|BUILDING|DISTRICT|PLAZA")
_ADDRESS_PARTS: Final = re.compile(
    r"^(?P<province>[\u4e00-\u9fa5]{2,7}?(?:省|自治区))?(?P<city>[\u4e00-\u9fa5]{2,7}?市)?"
    r"(?P<district>[\u4e00-\u9fa5]{1,7}?(?:区|县|旗))?(?P<detail>.*)$"
)
_FIELD_BREAK: Final = re.compile(r"[\s,，;；]+")
# After a part of the address with a road, a number or a district (never alone, never from another row): a
# place that names none ("菜鸟驿站", "南门", "环球中心"), a unit or a room ("2单元", "1203"); a place is a name,
# with no verb in it ("别放快递柜", "卡在转运中心", "送到门口" are remarks).
_PLACE_OR_UNIT: Final = re.compile(
    r"[^放送别在到去要不没让请帮给]*(?:驿站|店|门|院|园|苑|大厦|广场|小区|公寓|花园|市场|超市|中心|自提点|代收点|大学|学校|公司)"
    r"|[0-9A-Z]{1,5}(?:单元|座|幢|层|楼|室|号楼|栋)|[0-9]{2,5}")
# "3号 改地址 …", "第二个改地址：…": the place in the list the change is for, not a part of the address
_LIST_PLACE: Final = re.compile(r"第?[0-9一二三四五六七八九十]{1,2}(?:号|个|单)")
_BRACKETS: Final = str.maketrans("", "", "()（）[]【】:：")
_BREAK: Final = " ¦ "  # where a number or a line stood: no place reaches across it
# the blanks around a house number ("高新四路 9 号", "3 栋 2 单元")
_SPACED_NUMBER: Final = re.compile(
    r"([路街道巷弄村](?=[ \t]+[0-9]{1,5}[ \t]*[号栋楼室弄幢单])|[0-9](?=[ \t]+[号栋楼室弄幢单]))[ \t]+")
_LABELS: Final = re.compile(r"(?:新地址|收件地址|地址|收件人|姓名|联系人|电话|手机|手机号)[:：]?")
# Written out alternative by alternative, each starting with a character, so that the engine skips every place
# where none of them can start.
_PHONE_TEXT: Final = re.compile("|".join(
    prefix + first + r"[ -]?[0-9]{4}[ -]?[0-9]{4}"
    for prefix in (r"\+ ?86[ -]?", r"00 ?86[ -]?", r"86[ -]", "") for first in (r"\(1[3-9][0-9]\)", r"1[3-9][0-9]")
))
_DIGITS: Final = re.compile(r"[^0-9]")
# What puts a field right ("哦不对 电话是 …", "更正 收件人 …"); not 还是, 其实, 哦: "备用 139… 还是打第一个".
_PUT_RIGHT: Final = re.compile(
    r"不对|更正|改为|改成|换成|应该是|应为|正确的是|打错|写错|说错|搞错|弄错|填错|错了|以此为准|为准")
_RESTATED: Final = re.compile(r"^(?:是|为|成|改成|改为|应该是|应为|改到|送到)+")
_NEW_ADDRESS: Final = re.compile(r"新地址|地址改为|地址改成|地址是|按这个地址")


def new_address(norm: str, phones: list[str]) -> bool:
    """A new address given with no command word (the command is in the message it answers)."""
    return has_address(norm, phones) or (_NEW_ADDRESS.search(norm) is not None
                                          and len(_ADDRESS_HINT.findall(norm)) >= 2)


def has_address(norm: str, phones: list[str]) -> bool:
    """A new address and a phone number but no command word: the merchant is asking for an address change."""
    return bool(phones) and len(_ADDRESS_HINT.findall(norm)) >= 3


def address_fields(r: ParsedRequest, text: str, clauses: list[Clause], phones: list[str],
                   reasons: list[str]) -> None:
    """The receiver's name, phone and address of the address change ``r``, read from ``text`` (the message, or the
    rows that name its numbers) less the message's numbers and its command words; "address_missing" noted when none
    is given."""
    for w in {*r.waybills, *(w.number for c in clauses for w in c.waybills)}:  # not only its own: "①YT1 ②YT2 …"
        text = text.replace(w, _BREAK)
    mine = [p for p in phones if p in text or p in _DIGITS.sub("", text)] or phones
    for m in _PHONE_TEXT.finditer(text):
        text = text.replace(m.group(), " " + _DIGITS.sub("", m.group())[-11:] + " ")
    labels = [m.group(1) for m in _NAME_LABEL.finditer(text)]
    # "… 138… 哦不对 电话是 139…", "收件人 张三 … 更正 收件人 李四": a correction between two of them, the last wins
    marks = list(_PUT_RIGHT.finditer(text))
    last = (len(mine) > 1 or len(labels) > 1) and bool(marks)
    name = (labels[-1] if last else labels[0]) if labels else None
    phone = (mine[-1] if last else mine[0]) if mine else None
    if name is None:
        name = _name_near_phone(text)
    for c in clauses:
        for cmd in c.mentions:
            text = text.replace(c.text[cmd.start : cmd.end], " ")
    for piece in (*mine, *labels, name):
        if piece:
            text = text.replace(piece, " ")
    text = _LABELS.sub(" ", text)
    address = (_corrected_address(text) if marks else "") or _address_in(text)
    r.name, r.phone = name, phone
    if address:
        r.address = address
        parts = _ADDRESS_PARTS.match(address.replace(" ", ""))
        if parts:
            r.address_parts = {k: v for k, v in parts.groupdict().items() if v}
    else:
        reasons.append("address_missing")


def _name_near_phone(text: str) -> str | None:
    """The name written just before or just after the first phone number that has one ("张三 138…", "138… 张三")."""
    for m in _MOBILE.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if before is not None:
            return before.group(1)
        after = _NAME_AFTER.match(text, m.end())
        if after is not None:
            return after.group(1)
    return None


def _address_in(text: str) -> str:
    """The parts of ``text`` that make an address, in order."""
    text = _SPACED_NUMBER.sub(r"\1", text.replace("\n", _BREAK))  # "高新四路 9 号": one part, not three
    kept: list[str] = []
    after_address = False  # the part before was kept for a road, a number or a district
    for part in _FIELD_BREAK.split(text.translate(_BRACKETS)):
        t = part.removeprefix("到")  # "改派到菜鸟驿站"
        if _NO_PLACE.search(t) is not None:
            t = ""  # ("改地址能改到省外吗": a question, and a place said of no place)
        if t and (_ADDRESS_HINT.search(t) or len(t) > 6) and t != _BREAK.strip():
            if kept or _LIST_PLACE.fullmatch(t) is None:
                kept.append(t)
                after_address = True
        elif after_address and _PLACE_OR_UNIT.fullmatch(t) is not None:
            kept.append(t)
        elif t:
            after_address = False
    address = " ".join(kept)
    # (a sentence with nothing of a place in it is no address: "换个地址吧 客户说不住那了")
    return "" if _SAID.search(address) is not None and _PLACE_WORD.search(address) is None else address


def _corrected_address(text: str) -> str:
    """"改到 天津市南开区鞍山西道56号 哎不对 是鞍山西道65号": the address after the last correction, in the region
    of the first when it names none of its own; "" when no address was put right."""
    fixes = [m for m in _PUT_RIGHT.finditer(text) if m.group() not in ("改成", "改为", "换成")]
    if not fixes:
        return ""
    first, then = _address_in(text[: fixes[-1].start()]), _address_in(text[fixes[-1].end() :])
    if not first or not then:
        return ""
    then = _RESTATED.sub("", then.replace(" ", "", 1) if then.startswith(("是 ", "为 ")) else then)
    was = _ADDRESS_PARTS.match(first.replace(" ", ""))
    now = _ADDRESS_PARTS.match(then.replace(" ", ""))
    if was is not None and now is not None:  # the region the new part leaves out, above the first part it names
        named = [k for k in ("province", "city", "district") if now.group(k)]
        above = ("province", "city", "district")[: ("province", "city", "district").index(named[0])] if named else (
            "province", "city", "district")
        then = "".join(was.group(k) or "" for k in above) + then
    return then


def as_written(requests: list[ParsedRequest], norm: str, written: str) -> None:
    """Names and addresses as the merchant wrote them (濛阳镇 王昇, not 蒙阳镇 王升): read on the normalised text,
    taken from the same places of the text normalised without translation."""
    if len(written) != len(norm) or written == norm:
        return

    def back(value: str | None) -> str | None:
        if not value:
            return value
        out = []
        for piece in value.split(" "):
            at = norm.find(piece)
            out.append(written[at : at + len(piece)] if at >= 0 and piece else piece)
        return " ".join(out)

    for q in requests:
        q.address, q.name = back(q.address), back(q.name)
        if q.address_parts:
            q.address_parts = {k: back(v) or v for k, v in q.address_parts.items()}
