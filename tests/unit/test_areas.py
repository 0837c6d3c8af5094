"""Where an address is (router.areas.divisions, over JioNLP's division data) and the outlet's stop-ship areas
(router.areas.stop_ship): names read each within the one before, old names as today's, a name several places share
left unguessed; an area active by day and carrier; an area that cannot be read refused with what to write."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from router.areas.divisions import Divisions, load
from router.areas.stop_ship import StopArea, StopList, StopShipSettings
from router.errors import ConfigError


@pytest.fixture(scope="module")
def divisions() -> Divisions:
    return load()


@pytest.mark.parametrize(("address", "where", "codes"), [
    ("浙江省杭州市西湖区文三路90号", "浙江省杭州市西湖区", ("330000", "330100", "330106")),
    ("杭州西湖区文三路", "浙江省杭州市西湖区", ("330000", "330100", "330106")),  # (the short names)
    ("南昌市西湖区八一大道", "江西省南昌市西湖区", ("360000", "360100", "360103")),  # (the same district name)
    ("余杭区五常街道文一西路", "浙江省杭州市余杭区五常街道", ("330000", "330100", "330110")),  # (one 余杭区)
    ("北京朝阳区三里屯", "北京市朝阳区三里屯街道", ("110000", "110000", "110105")),  # (a city that is a province)
    ("湖北襄樊樊城区", "湖北省襄阳市樊城区", ("420000", "420600", "420606")),  # (襄樊: renamed 襄阳 in 2010)
    ("发喀什多少钱", "新疆维吾尔自治区喀什地区", ("650000", "653100", "")),
    ("西湖区文三路", "", ("", "", "")),  # (Hangzhou's or Nanchang's: not guessed)
    ("文三路90号", "", ("", "", "")),
])
def test_an_address_is_placed_as_deep_as_it_says(divisions: Divisions, address: str, where: str,
                                                 codes: tuple[str, str, str]) -> None:
    place = divisions.locate(address)
    assert (str(place), (place.province, place.city, place.district)) == (where, codes)


def test_a_stop_ship_area_stops_what_lies_within_it_on_its_days_for_its_carriers(divisions: Divisions) -> None:
    stops = StopList(StopShipSettings(areas=[
        StopArea(area="新疆", reason="疫情管控"),
        StopArea(area="浙江省杭州市余杭区五常街道", start="2026-12-01", until="2026-12-10"),
        StopArea(area="北京市朝阳区", carriers=["zto"]),
    ]), divisions)
    day, later = datetime(2026, 12, 6, 4, tzinfo=UTC), datetime(2026, 12, 10, 17, tzinfo=UTC)  # (later: the 11th)

    def stop(address: str, carrier: str = "", now: datetime = day) -> str | None:
        found = stops.stopped(address, carrier, now)[1]
        return found.area.reason if found else None

    assert stop("新疆乌鲁木齐市天山区解放北路1号") == "疫情管控"
    assert stop("杭州市余杭区五常街道文一西路") == "该地区暂停派送"
    assert stop("杭州市余杭区五常街道文一西路", now=later) is None  # (over in Beijing's 11 December)
    assert stop("杭州市余杭区仓前街道") is None  # (another street of the district)
    assert (stop("北京朝阳区三里屯", "zto"), stop("北京朝阳区三里屯", "yto")) == ("该地区暂停派送", None)
    assert stop("上海市浦东新区张江路") is None


@pytest.mark.parametrize(("area", "says"), [
    ("西湖区", "names no province"), ("火星", "names no province"),
    ("朝阳", "names no province"),  # (a city of Liaoning, and districts of Beijing and Changchun)
    ("新疆上海", "names no province"),  # (two areas: two entries)
    ("杭州市余杭区五常街", "'五常街' after 浙江省杭州市余杭区 is no street or town"),
    ("新疆兵团", "'兵团' after 新疆维吾尔自治区 is no street or town"),  # (never all of 新疆 by mistake)
])
def test_an_area_that_names_no_single_place_says_how_to_write_it(divisions: Divisions, area: str, says: str) -> None:
    with pytest.raises(ConfigError, match=f"outlets.hz.stop_ship.areas\\[0\\].area = '{area}'.* {says}"):
        StopList(StopShipSettings(areas=[StopArea(area=area)]), divisions, "outlets.hz.stop_ship")


def test_an_areas_carriers_are_named_as_the_router_names_them(divisions: Divisions) -> None:
    with pytest.raises(ConfigError, match="carriers: '中通' is no carrier"):
        StopList(StopShipSettings(areas=[StopArea(area="新疆", carriers=["中通"])]), divisions)


def test_every_place_an_address_names_counts_and_a_street_named_after_a_place_is_none(divisions: Divisions) -> None:
    stops = StopList(StopShipSettings(areas=[StopArea(area="新疆"), StopArea(area="杭州市余杭区五常街道")]),
                     divisions)
    assert [str(p) for p in divisions.places("从杭州发新疆能发吗")] == ["浙江省杭州市", "新疆维吾尔自治区"]
    assert [str(p) for p in divisions.places("上海市黄浦区西藏中路1号")] == ["上海市黄浦区"]  # (西藏中路: a street)
    assert str(stops.stopped("中山路 新疆乌鲁木齐市天山区")[0]) == "新疆维吾尔自治区乌鲁木齐市天山区"
    assert stops.stopped("南京路8号 新疆乌鲁木齐")[1] is not None
    assert stops.stopped("上海市黄浦区西藏中路1号")[1] is None
    assert stops.stopped("杭州余杭区五常 文一西路")[1] is not None  # (the town without 街道)
    assert stops.stopped("杭州市余杭区仓前街道")[1] is None


def test_a_day_is_written_as_iso(divisions: Divisions) -> None:
    with pytest.raises(ConfigError, match=r"areas\[0\].until = '12月31日': write a day as YYYY-MM-DD"):
        StopList(StopShipSettings(areas=[StopArea(area="新疆", until="12月31日")]), divisions)
