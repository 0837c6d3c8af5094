"""An outlet's stop-ship areas (停发区域): where parcels cannot go now, and what the merchant is told.

``[[stop_ship.areas]]`` (one outlet) or ``[[outlets.<id>.stop_ship.areas]]``: an area is an address down to the
level that stops (``"新疆"``, ``"浙江省杭州市西湖区"``, ``"杭州市余杭区五常街道"``), optionally from and until a day
(Beijing dates, both included), for some carriers only, with the words the merchant is shown. Each area is read
with the divisions when the outlet is loaded (router.areas.divisions); one that names no division, or one that
several share ("西湖区": Hangzhou's or Nanchang's?), is refused with what to write instead.

An address is stopped when its place lies within an area active that day for the parcel's carrier. A change of
address into a stopped area is refused before any carrier is asked (handlers.operation), and "停发查询 <地址>"
answers whether an address is open (handlers.stop_ship_query).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final

import msgspec

from router.areas.divisions import Place
from router.errors import ConfigError
from router.parsing.normalize import normalize

BEIJING: Final = timedelta(hours=8)
DEFAULT_REASON: Final = "该地区暂停派送"


class StopArea(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    area: str  # 省 / 省市 / 省市区 / …街道, as an address is written
    reason: str = DEFAULT_REASON  # what the merchant is shown ("疫情管控，暂停派送")
    start: str = ""  # YYYY-MM-DD (Beijing): from that day on
    until: str = ""  # YYYY-MM-DD (Beijing): until the end of that day
    carriers: list[str] = msgspec.field(default_factory=list)  # empty: every carrier


class StopShipSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The outlet's stop-ship areas (``[stop_ship]``, ``[outlets.<id>.stop_ship]``)."""

    # [[stop_ship.areas]]: area (an address down to the level that stops: "新疆", "浙江省杭州市西湖区"), reason (what
    # the merchant is shown), start/until (YYYY-MM-DD, Beijing), carriers (empty: all)
    areas: list[StopArea] = msgspec.field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Stop:
    area: StopArea
    place: Place
    start: date | None
    until: date | None

    def active(self, day: date, carrier: str) -> bool:
        return ((self.start is None or day >= self.start) and (self.until is None or day <= self.until)
                and (not self.area.carriers or not carrier or carrier in self.area.carriers))


class StopList:
    """The outlet's areas, each read into its place."""

    def __init__(self, settings: StopShipSettings, locate: Callable[[str], Place] | None,
                 where: str = "stop_ship") -> None:
        """``locate``: where an address is (router.areas.divisions; None only when there are no areas). Raises
        ConfigError saying what to fix."""
        self._locate = locate
        self.stops: list[Stop] = []
        for i, a in enumerate(settings.areas):
            at = f"{where}.areas[{i}]"
            if locate is None:
                raise ConfigError(f"{at}: the divisions are not loaded")
            place = locate(normalize(a.area))
            if not place.known:
                raise ConfigError(f"{at}.area = {a.area!r} names no province, city or district (or one that several "
                                  "share): write it from the province down, e.g. \"浙江省杭州市西湖区\"")
            self.stops.append(Stop(a, place, _day(a.start, f"{at}.start"), _day(a.until, f"{at}.until")))

    def __repr__(self) -> str:
        return f"<StopList areas={len(self.stops)}>"

    def __bool__(self) -> bool:
        return bool(self.stops)

    def place(self, address: str) -> Place:
        return self._locate(normalize(address)) if self._locate is not None else Place()

    def stopped(self, address: str, carrier: str = "", now: datetime | None = None) -> tuple[Place, Stop | None]:
        """Where ``address`` is, and the area that stops it now for ``carrier`` (None: open, as far as the outlet
        knows)."""
        place = self.place(address)
        if not self.stops or not place.known:
            return place, None
        day = ((now or datetime.now(UTC)).astimezone(UTC) + BEIJING).date()
        for s in self.stops:
            if s.active(day, carrier) and place.within(s.place):
                return place, s
        return place, None

    def active(self, now: datetime | None = None) -> list[Stop]:
        day = ((now or datetime.now(UTC)).astimezone(UTC) + BEIJING).date()
        return [s for s in self.stops if s.active(day, "")]


def _day(value: str, where: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise ConfigError(f"{where} = {value!r}: write a day as YYYY-MM-DD") from None


EMPTY: Final = StopList(StopShipSettings(), None)
