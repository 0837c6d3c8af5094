"""A Chinese address as carriers want it for an address change: province, city, district, and the rest.

Merchants write one line ("浙江省杭州市西湖区文三路90号"); every carrier's change-of-address call takes the parts
in fields of their own. The split follows the administrative suffixes: a province (省, or one of the autonomous
regions, or a municipality, which is then its own city), a city (市, 州, 盟, 地区), a district (区, 县, 旗, 市). A line
that does not begin with a province is not guessed at: ``split`` returns None, and the change goes to a person
rather than to a carrier with half an address.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

_MUNICIPALITIES: Final = ("北京", "上海", "天津", "重庆")
_REGIONS: Final = ("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
                   "香港特别行政区", "澳门特别行政区")
_PROVINCE: Final = re.compile("|".join([*(re.escape(r) for r in _REGIONS), r"[\u4e00-\u9fff]{2,3}?省",
                                        *(f"{m}市?" for m in _MUNICIPALITIES)]))
_CITY: Final = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:自治州|地区|盟|市|州(?!市))")
_DISTRICT: Final = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:自治县|新区|区|县|旗|市)")


@dataclass(frozen=True, slots=True)
class Address:
    province: str
    city: str
    district: str
    detail: str  # the street, number, building … (what follows the district)


def split(text: str) -> Address | None:
    """``text`` in its parts, or None when it does not begin with a province (or a municipality)."""
    line = re.sub(r"\s+", "", text)
    p = _PROVINCE.match(line)
    if p is None:
        return None
    province, rest = p.group(), line[p.end():]
    municipality = next((m for m in _MUNICIPALITIES if province.startswith(m)), None)
    if municipality is not None:
        province = city = municipality + "市"
        rest = rest.removeprefix(city)
    else:
        c = _CITY.match(rest)
        if c is None:
            return None
        city, rest = c.group(), rest[c.end():]
    d = _DISTRICT.match(rest)
    if d is None or d.end() == len(rest):
        return None  # no district, or nothing after it to deliver to
    return Address(province, city, d.group(), rest[d.end():])


def receiver(params: Mapping[str, str]) -> Address:
    """The new address of a change of address (``params``: the item's address, name, phone), split; ValueError
    saying what is missing when it lacks its parts or the receiver's name or phone (carriers take a change only
    with all of them: it goes back to the merchant, never half-made to the carrier)."""
    address = split(params.get("address", ""))
    if address is None:
        raise ValueError("the new address does not begin with its province, city and district")
    if not params.get("name") or not params.get("phone"):
        raise ValueError("the new address needs the receiver's name and phone")
    return address
