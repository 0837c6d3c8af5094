"""An outlet's knowledge base as configured, checked and ready to answer.

``[knowledge]`` (one outlet) or ``[outlets.<id>.knowledge]``: entries, each an id, a standard question, similar
phrasings and an answer, and the outlet's variables the answers name as ``{name}`` (揽收时间, 首重价格 …). An entry
may be valid only from or until a day (a holiday notice: ``valid_from``/``valid_until``, Beijing dates). Checked
when it is loaded, with errors that say what to fix: ids unique, nothing empty, every variable an answer names
defined. ``path`` names a TOML file of the same shape (``deploy/knowledge/express-outlet.toml``), read at start,
whose entries and variables come under the inline ones.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Final

import msgspec

from router.areas.divisions import Place
from router.errors import ConfigError
from router.knowledge.asking import asks
from router.knowledge.matcher import Match, Matcher, folded
from router.knowledge.patterns import compile_pattern
from router.parsing.normalize import normalize

BEIJING: Final = timedelta(hours=8)
_VAR: Final = re.compile(r"\{([^{}]+)\}")
_SENTENCES: Final = re.compile(r"(?<=[。？！?!\n])")  # (after each end mark, which stays its sentence's)
ABROAD: Final = "国外"  # what a message naming a place abroad is read as naming too (a pattern may forbid it)
PLACE: Final = "地区"  # ... and a place in China: "西藏那边还能寄嘛" asks about an area
SHORT: Final = 24  # characters of a message read whole (one sentence, however punctuated)
MAX_ANSWER: Final = 1000  # characters of an answer, variables filled (a chat message holds 2,048 bytes)


class KnowledgeEntry(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    id: str
    question: str
    answer: str
    similar: list[str] = msgspec.field(default_factory=list)
    # what the question is about, in merchants' words (router.knowledge.patterns): decides before similarity
    patterns: list[str] = msgspec.field(default_factory=list)
    valid_from: str = ""  # YYYY-MM-DD (Beijing): answered from that day on
    valid_until: str = ""  # YYYY-MM-DD (Beijing): answered until the end of that day
    enabled: bool = True


class KnowledgeSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The knowledge base of an outlet (``[knowledge]``, ``[outlets.<id>.knowledge]``)."""

    # [[knowledge.entries]]: id, question, similar (phrasings), patterns, answer, valid_from/valid_until, enabled
    # (docs/knowledge.md)
    entries: list[KnowledgeEntry] = msgspec.field(default_factory=list)
    vars: dict[str, str] = msgspec.field(default_factory=dict)  # the outlet's figures an answer names as {name}
    # a TOML file of entries and vars under the inline ones (read at start and on each change of the outlet)
    path: str = ""
    # how similar a question without a pattern must be to an entry's phrasing to be answered (0–1), and how far
    # ahead of the next entry; below, a person answers (a pattern's match is sure: router.knowledge.patterns)
    answer_at: float = 0.75
    margin: float = 0.3  # (the next entry's score at least this far below)


@dataclass(frozen=True, slots=True)
class KnowledgeAnswer:
    entry: str
    text: str
    score: float


class KnowledgeBase:
    """The entries of one outlet, checked, with their matcher."""

    def __init__(self, settings: KnowledgeSettings, where: str = "knowledge",
                 places: Callable[[str], Place] | None = None, is_word: Callable[[str], bool] | None = None
                 ) -> None:
        """``places``: where a message's place names are (router.areas.divisions), so that a question about a
        city is read as one about its province too ("发喀什多少钱" names 新疆, which a pattern may name). Raises
        ConfigError saying what to fix. ``is_word``: whether characters are a real word
        (router.knowledge.words), never corrected as misheard."""
        self._places = places
        entries, variables = _merged(settings, where)
        self._entries = {e.id: e for e in entries if e.enabled}
        self._answers = {e.id: _filled(e, variables, f"{where}.entries[{e.id}]") for e in self._entries.values()}
        self._windows = {e.id: _window(e, where) for e in self._entries.values()}
        if not 0 < settings.answer_at <= 1 or not 0 <= settings.margin < 1:
            raise ConfigError(f"{where}.answer_at must be in (0, 1] and margin in [0, 1)")
        patterns = {e.id: [compile_pattern(p, variables, folded, f"{where}.entries[{e.id}].patterns")
                           for p in e.patterns] for e in self._entries.values()}
        self.matcher = Matcher({e.id: [e.question, *e.similar] for e in self._entries.values()},
                               settings.answer_at, settings.margin, patterns, is_word)

    def __repr__(self) -> str:
        return f"<KnowledgeBase entries={len(self._entries)}>"

    def __len__(self) -> int:
        return len(self._entries)

    def answer(self, text: str, now: datetime | None = None) -> KnowledgeAnswer | None:
        """The answer to ``text`` when it asks one of the entries surely (and that entry is valid ``now``). Each
        sentence is read on its own, and only one that asks: a long message's other sentences ("我们需要据此安排
        打包人员") neither match nor dilute; two sentences asking different entries are answered by a person."""
        if not self._entries:
            return None
        found: dict[str, float] = {}
        for sentence in _SENTENCES.split(text) if len(text) > SHORT else (text,):
            if not sentence.strip():
                continue
            m = self.matcher.sure(self._with_places(sentence))
            if m is not None and (m.statement or asks(normalize(sentence))):
                found[m.entry] = max(found.get(m.entry, 0.0), m.score)
        if len(found) != 1:
            return None
        ((entry, score),) = found.items()
        m = Match(entry, score, 0.0)
        start, end = self._windows[m.entry]
        today = ((now or datetime.now(UTC)).astimezone(UTC) + BEIJING).date()
        if (start is not None and today < start) or (end is not None and today > end):
            return None
        return KnowledgeAnswer(m.entry, self._answers[m.entry], m.score)

    def _with_places(self, text: str) -> str:
        """``text`` and the provinces (full and short names) of the places it names."""
        if self._places is None:
            return text
        place = self._places(normalize(text))
        if place.abroad:
            return f"{text} {ABROAD}"
        if not place.province:
            return text
        return f"{text} {PLACE} {place.names[0]} {place.shorts[0]}"



def _merged(settings: KnowledgeSettings, where: str) -> tuple[list[KnowledgeEntry], dict[str, str]]:
    """The inline entries and vars over the file's (by id, by name)."""
    entries: dict[str, KnowledgeEntry] = {}
    variables: dict[str, str] = {}
    if settings.path:
        try:
            loaded = msgspec.convert(tomllib.loads(Path(settings.path).read_text("utf-8")), KnowledgeSettings)
        except FileNotFoundError:
            raise ConfigError(f"{where}.path: no file {settings.path!r}") from None
        except OSError as e:
            raise ConfigError(f"{where}.path: {settings.path!r} cannot be read ({type(e).__name__})") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, msgspec.ValidationError) as e:
            raise ConfigError(f"{where}.path: {settings.path!r} is no knowledge file: {e}") from None
        entries, variables = _unique(loaded.entries, f"{where}.path"), dict(loaded.vars)
    entries |= _unique(settings.entries, f"{where}.entries")
    variables |= settings.vars
    for entry in entries.values():
        for name, value in (("id", entry.id), ("question", entry.question), ("answer", entry.answer)):
            if not value.strip():
                raise ConfigError(f"{where}.entries[{entry.id or '?'}].{name} is empty")
    return list(entries.values()), variables


def _unique(entries: list[KnowledgeEntry], where: str) -> dict[str, KnowledgeEntry]:
    out: dict[str, KnowledgeEntry] = {}
    for e in entries:
        if e.id in out:
            raise ConfigError(f"{where}: two entries have id {e.id!r}: give each its own")
        out[e.id] = e
    return out


def _filled(e: KnowledgeEntry, variables: dict[str, str], where: str) -> str:
    missing = sorted({name for name in _VAR.findall(e.answer) if name not in variables})
    if missing:
        raise ConfigError(f"{where}.answer names {{{missing[0]}}}, which [vars] does not define: add it to vars "
                          "or change the answer")
    text = _VAR.sub(lambda m: variables[m.group(1)], e.answer)
    if len(text) > MAX_ANSWER:
        raise ConfigError(f"{where}.answer is {len(text)} characters with its variables: keep it under {MAX_ANSWER}")
    return text


def _window(e: KnowledgeEntry, where: str) -> tuple[date | None, date | None]:
    out: list[date | None] = []
    for name, value in (("valid_from", e.valid_from), ("valid_until", e.valid_until)):
        try:
            out.append(date.fromisoformat(value) if value else None)
        except ValueError:
            raise ConfigError(f"{where}.entries[{e.id}].{name} = {value!r}: write a day as YYYY-MM-DD") from None
    return out[0], out[1]


EMPTY: Final = KnowledgeBase(KnowledgeSettings())  # (an outlet without a knowledge base)
