"""China's administrative divisions, and where in them an address is.

The divisions are JioNLP's (``jionlp/dictionary/china_location.zip``, Apache 2.0, kept current with the Ministry
of Civil Affairs' codes; its ``china_location_change.txt`` lists renamed divisions, so an address written with an
old name, 襄樊市, is read as today's 襄阳市): read from the installed package's data, the package itself never
imported. Levels kept: province, city, district (each with its six-digit code and short name: 浙江, 杭州, 西湖) and
the streets and towns (街道, 镇, 乡) of each district, by name.

``locate`` reads where an address is: the names it gives, in order, each within the one before (西湖区 is
Hangzhou's after 杭州, Nanchang's after 南昌), a missing level inferred from the one below when only one division
has that name (文三路 no, 西湖区 no, 余杭区 yes: Hangzhou's). Short names count for provinces and cities, and for
districts within a city or province already named, or alone when of three characters or more and the only one
(格尔木: "南山" alone is in many places, and two characters are too often a word).

Loaded once per process (``load``, blocking: kefu-router run calls it from a worker thread at start), in half a
second to a second.
"""

from __future__ import annotations

import importlib.util
import io
import re
import threading
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from router.errors import ConfigError

LEVELS: Final = ("province", "city", "district")
# after a division's name, what makes it a street's name: 新疆路, 中山大道, 北京东路, 南京西街
_STREET: Final = re.compile(r"(?:[东南西北中]?(?:路|街|大街|大道|巷|弄|胡同|里(?!程)))")
_TOWN_SUFFIX: Final = re.compile(r"(?:街道办事处|街道|镇|乡)$")


@dataclass(frozen=True, slots=True)
class Division:
    level: int  # 0 province, 1 city, 2 district
    name: str
    code: str
    short: str
    parent: int  # index of the division above (-1 for a province)


@dataclass(frozen=True, slots=True)
class Place:
    """Where an address is, as deep as it says: codes of its province, city, district ("" where not known) and its
    street or town's name."""

    province: str = ""
    city: str = ""
    district: str = ""
    town: str = ""
    names: tuple[str, ...] = ()  # the divisions' full names, province first
    shorts: tuple[str, ...] = ()  # ... and their short names (浙江, 杭州, 西湖)
    abroad: str = ""  # the country outside China the address names instead (日本, for 东京), if any
    read_to: int = field(default=0, compare=False)  # where in the text its last name (or its town) ends

    def within(self, area: Place) -> bool:
        """Whether this place is inside ``area`` (every level ``area`` gives is this place's too)."""
        return all(not want or want == got for want, got in ((area.province, self.province), (area.city, self.city),
                                                              (area.district, self.district), (area.town, self.town)))

    @property
    def known(self) -> bool:
        return bool(self.province or self.city or self.district)

    def __str__(self) -> str:
        return "".join(self.names) + self.town


class Divisions:
    def __init__(self, text: str, changes: str = "", world: str = "") -> None:
        """``text``, ``changes``, ``world``: JioNLP's china_location.txt, china_location_change.txt and
        world_location.txt (countries, capitals and main cities: an address abroad is known as such)."""
        self.all: list[Division] = []
        self.towns: dict[int, tuple[str, ...]] = {}
        by_name: dict[str, list[int]] = defaultdict(list)
        stack = [-1, -1, -1]
        towns: dict[int, list[str]] = defaultdict(list)
        for line in text.splitlines():
            depth = len(line) - len(line.lstrip("\t"))
            if depth > 3 or not line.strip():
                continue
            fields = line.strip("\t").split("\t")
            if depth == 3:
                if stack[2] >= 0:
                    towns[stack[2]].append(fields[0])
                continue
            k = len(self.all)
            name, code = fields[0], fields[1] if len(fields) > 1 else ""
            short = fields[2] if len(fields) > 2 else name
            self.all.append(Division(depth, name, code, short, stack[depth - 1] if depth else -1))
            stack[depth] = k
            for n in {name, short}:
                if len(n) >= 2:
                    by_name[n].append(k)
        self.towns = {d: tuple(ts) for d, ts in towns.items()}
        for old, new in _renamed(changes, self):
            by_name.setdefault(old, []).extend(i for i in new if i not in by_name.get(old, []))
        self.by_name: dict[str, tuple[int, ...]] = {n: tuple(ks) for n, ks in by_name.items()}
        self.abroad = {n: country for n, country in _countries(world) if n not in self.by_name}
        self._lengths = sorted({len(n) for n in (*self.by_name, *self.abroad)}, reverse=True)

    def __repr__(self) -> str:
        return f"<Divisions {len(self.all)} and {sum(map(len, self.towns.values()))} towns>"

    def locate(self, address: str, strict: bool = False) -> Place:
        """Where ``address`` is, as far as it says: the first place it names (an empty Place when none)."""
        found = self.places(address, strict)
        return found[0] if found else Place()

    def places(self, address: str, strict: bool = False) -> list[Place]:
        """Every place ``address`` names, in order ("从杭州发新疆": 杭州 and 新疆): a name that cannot be read
        within the place before it begins another. A name used as a street's (新疆路, 中山路, 南京路) is none.
        ``strict`` (an area in the configuration): a short name is taken only when no other division has it."""
        named = self._named(address)
        chains = self._chains(named, strict)
        out: list[Place] = []
        for i, (ks, _, last) in enumerate(chains):
            upto = chains[i + 1][1] if i + 1 < len(chains) else len(address)
            place = self._place(ks, address[last:upto], last)
            if place not in out:
                out.append(place)
        if not out:
            abroad = next((self.abroad[n] for n, _, _ in named if n in self.abroad), "")
            if abroad:
                out.append(Place(abroad=abroad))
        return out

    def _chains(self, named: list[tuple[str, int, int]], strict: bool) -> list[tuple[list[int], int, int]]:
        """The divisions chosen for each place (province, city, district; -1 where not named), where its first name
        begins and its last ends."""
        chains: list[tuple[list[int], int, int]] = []
        chosen: list[int] = [-1, -1, -1]
        start = end = 0
        for name, at, to in named:
            if name not in self.by_name:
                continue
            fits = self._fitting(name, chosen, strict)
            if not fits and any(k >= 0 for k in chosen):
                fresh = self._fitting(name, [-1, -1, -1], strict)
                if fresh:  # (another place: the one before is complete)
                    chains.append((chosen, start, end))
                    chosen, start, fits = [-1, -1, -1], at, fresh
            for k in fits[:1]:
                if not any(c >= 0 for c in chosen):
                    start = at
                chosen[self.all[k].level] = k
                self._fill_up(k, chosen)
                end = to
        if any(k >= 0 for k in chosen):
            chains.append((chosen, start, end))
        return chains

    def _place(self, chosen: list[int], rest: str, offset: int) -> Place:
        """The place of ``chosen`` with its street or town, if ``rest`` (the text after its last name) begins with
        one of its district's (by full name, or without 街道/镇/乡 when two characters or more remain)."""
        town, read_to = "", offset
        if chosen[2] >= 0:
            head = rest.lstrip()
            skipped = len(rest) - len(head)
            for t in sorted(self.towns.get(chosen[2], ()), key=len, reverse=True):
                short = _TOWN_SUFFIX.sub("", t)
                # (a short form that is a road's name, 解放北路 of 解放北路街道, is the road: 解放北路1号)
                shorts: tuple[str, ...] = (short,) if len(short) >= 2 and short[-1] not in "路街道巷" else ()
                for form in (t, *shorts):
                    if head.startswith(form) and (form == t or _STREET.match(head, len(form)) is None):
                        town, read_to = t, offset + skipped + len(form)
                        break
                if town:
                    break
        province, city, district = (self.all[k].code if k >= 0 else "" for k in chosen)
        names = tuple(dict.fromkeys(self.all[k].name for k in chosen if k >= 0))  # (上海市 once)
        short_names = tuple(dict.fromkeys(self.all[k].short for k in chosen if k >= 0))
        return Place(province, city, district, town, names, short_names, read_to=read_to)

    def _named(self, address: str) -> list[tuple[str, int, int]]:
        """The division names in ``address`` with where each stands, in order, the longest at each place (a
        dictionary's lookups: a few per character); a name a street is named after (新疆路) is left out."""
        out: list[tuple[str, int, int]] = []
        i, n, names, abroad = 0, len(address), self.by_name, self.abroad
        while i < n - 1:
            for size in self._lengths:
                if i + size <= n and (address[i:i + size] in names or address[i:i + size] in abroad):
                    if _STREET.match(address, i + size) is None:
                        out.append((address[i:i + size], i, i + size))
                    i += size
                    break
            else:
                i += 1
        return out

    def _fitting(self, name: str, chosen: list[int], strict: bool = False) -> list[int]:
        """The divisions named ``name`` that agree with those chosen so far: within them, below the deepest
        (``strict``: a short name of two characters alone too, so that its other places make it ambiguous)."""
        out = []
        for k in self.by_name[name]:
            d = self.all[k]
            if chosen[d.level] >= 0:
                continue  # (that level is known: a later name of it is a street's or a shop's)
            above = [c for c in chosen[:d.level] if c >= 0]
            if above and not self._under(k, above[-1]):
                continue
            if not above and d.level == 2 and name == d.short != d.name and len(name) < 3 and not strict:
                continue  # (a district's short name of two characters alone says too little: 朝阳, 鼓楼)
            out.append(k)
        if len(out) > 1:
            deepest = max(out, key=lambda k: self.all[k].level)
            if all(self._under(deepest, k) for k in out):
                return [deepest]  # (北京: the city, in the province of the same name)
            return []  # more than one place of that name, nothing above to choose: not guessed
        return out

    def _under(self, k: int, ancestor: int) -> bool:
        while k >= 0:
            if k == ancestor:
                return True
            k = self.all[k].parent
        return False

    def _fill_up(self, k: int, chosen: list[int]) -> None:
        p = self.all[k].parent
        while p >= 0:
            lvl = self.all[p].level
            if chosen[lvl] < 0:
                chosen[lvl] = p
            p = self.all[p].parent


def _countries(world: str) -> list[tuple[str, str]]:
    """(a name, its country) for every country but China in JioNLP's world list (``name\tfull name\tcapital\t
    city/city…`` under each continent's heading): the country's names, its capital and main cities."""
    out: list[tuple[str, str]] = []
    for line in world.splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or fields[0] == "中国":
            continue
        country = fields[0]
        names = [fields[0], fields[1], *(fields[2:3]), *(fields[3].split("/") if len(fields) > 3 else [])]
        out += [(n.strip(), country) for n in names if len(n.strip()) >= 2]
    return out


def _renamed(changes: str, divisions: Divisions) -> list[tuple[str, list[int]]]:
    """(an old full name, the divisions it is now) from JioNLP's change list: ``date\\tkind\\told names…=>new names``
    with a full and a short name per level (the old side) and full names (the new side)."""
    full: dict[tuple[str, ...], int] = {}
    for k, d in enumerate(divisions.all):
        chain, p = [d.name], d.parent
        while p >= 0:
            chain.insert(0, divisions.all[p].name)
            p = divisions.all[p].parent
        full[tuple(chain)] = k
    out: list[tuple[str, list[int]]] = []
    for line in changes.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>", 1)
        old_names = [x for x in old.split("\t")[2:] if x]
        target = full.get(tuple(x for x in new.strip().split("\t") if x))
        if len(old_names) >= 2 and target is not None and old_names[-2] != divisions.all[target].name:
            out += [(n, [target]) for n in old_names[-2:] if len(n) >= 2]  # (its full and its short name)
    return out


_loaded: list[Divisions] = []  # (read once per process)
_lock = threading.Lock()


def data_dir() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the jionlp package (administrative divisions) is not installed: pip install jionlp")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary"


def load() -> Divisions:
    """The divisions, read once per process (blocking: call it from a worker thread in async code)."""
    with _lock:
        if not _loaded:
            where = data_dir()
            with zipfile.ZipFile(where / "china_location.zip") as z:
                text = io.TextIOWrapper(z.open("china_location.txt"), encoding="utf-8").read()
            changes = (where / "china_location_change.txt").read_text("utf-8")
            world = (where / "world_location.txt").read_text("utf-8")
            _loaded.append(Divisions(text, changes, world))
        return _loaded[0]
