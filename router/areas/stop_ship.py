"""An outlet's stop-ship areas (停发区域): where parcels cannot go now, and what the merchant is told.

``[[stop_ship.areas]]`` (one outlet) or ``[[outlets.<id>.stop_ship.areas]]``: an area is an address down to the
level that stops (``"新疆"``, ``"浙江省杭州市西湖区"``, ``"杭州市余杭区五常街道"``), optionally from and until a day
(Beijing dates, both included), for some carriers only, with the words the merchant is shown. Each area is read
with the divisions when the outlet is loaded (router.areas.divisions); one that names no division, or one that
several share ("西湖区": Hangzhou's or Nanchang's?), is refused with what to write instead.

An address is stopped when a place it names lies within an area active that day for the parcel's carrier. A change
of address into a stopped area is refused before any carrier is asked (handlers.operation), and "停发查询 <地址>"
answers whether each place it names is open (handlers.answers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final

import msgspec

from router.areas.divisions import Divisions, Place
from router.errors import ConfigError
from router.parsing.normalize import normalize
from router.parsing.waybills import CARRIERS

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

    def __init__(self, settings: StopShipSettings, divisions: Divisions | None,
                 where: str = "stop_ship") -> None:
        """``divisions``: where addresses are (None only when there are no areas). An area is read strictly: one
        place, its names each the only division of that name where it stands (朝阳 alone is a city and two
        districts), nothing left after its last name (五常街 is no street of 余杭区: 五常街道 is). Raises
        ConfigError saying what to fix."""
        self._divisions = divisions
        self.stops: list[Stop] = []
        for i, a in enumerate(settings.areas):
            at = f"{where}.areas[{i}]"
            if divisions is None:
                raise ConfigError(f"{at}: the divisions are not loaded")
            written = normalize(a.area).strip()
            places = divisions.places(written, strict=True)
            if len(places) != 1 or not places[0].known:
                raise ConfigError(f"{at}.area = {a.area!r} names no province, city or district, or several, or one "
                                  "that several places share: write one area from the province down, e.g. "
                                  "\"浙江省杭州市西湖区\"")
            if rest := written[places[0].read_to:].strip():
                raise ConfigError(f"{at}.area = {a.area!r}: {rest!r} after {places[0]} is no street or town of it "
                                  "we know: write the street or town as it is named (…街道, …镇, …乡), or leave it "
                                  "out to stop the whole district")
            if unknown := sorted(set(a.carriers) - set(CARRIERS)):
                raise ConfigError(f"{at}.carriers: {unknown[0]!r} is no carrier; write them as {', '.join(CARRIERS)}")
            self.stops.append(Stop(a, places[0], _day(a.start, f"{at}.start"), _day(a.until, f"{at}.until")))

    def __repr__(self) -> str:
        return f"<StopList areas={len(self.stops)}>"

    def __bool__(self) -> bool:
        return bool(self.stops)

    def places(self, address: str) -> list[Place]:
        """Every place ``address`` names (router.areas.divisions ``places``)."""
        return self._divisions.places(normalize(address)) if self._divisions is not None else []

    def stopped(self, address: str, carrier: str = "", now: datetime | None = None) -> tuple[Place, Stop | None]:
        """The first place ``address`` names that an area stops now for ``carrier`` ("" any carrier's area), and
        that area; else the first place it names and None (open, as far as the outlet knows). Every place counts:
        "中山路 新疆乌鲁木齐" is stopped by 新疆 whatever else it names."""
        found = self.check(address, carrier, now)
        stopped = next(((p, s) for p, s in found if s is not None), None)
        return stopped or (found[0] if found else (Place(), None))

    def check(self, address: str, carrier: str = "", now: datetime | None = None) -> list[tuple[Place, Stop | None]]:
        """Each place ``address`` names in China, with the area that stops it now (None: open)."""
        day = ((now or datetime.now(UTC)).astimezone(UTC) + BEIJING).date()
        out: list[tuple[Place, Stop | None]] = []
        for place in self.places(address):
            if not place.known:
                continue
            stop = next((s for s in self.stops if s.active(day, carrier) and place.within(s.place)), None)
            out.append((place, stop))
        return out


def _day(value: str, where: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise ConfigError(f"{where} = {value!r}: write a day as YYYY-MM-DD") from None


EMPTY: Final = StopList(StopShipSettings(), None)
