"""Knowledge patterns: how a knowledge base's author says what a question is about, in words merchants use.

A pattern is groups joined by ``+``, each group alternatives joined by ``|``: ``揽收|来收|上门 + 几点|什么时候|
时间`` matches a message that names one of the first and one of the second, in any order. Alternatives are
matched in the message as the matcher reads it (normalised, colloquial words in their common form:
router.knowledge.matcher.SYNONYMS), so a pattern written with 揽收 also matches 收件 and 取件. An alternative may
be an outlet variable, ``{偏远地区}``: each of the variable's items (split at 、，, and spaces). A pattern ending
in ``!`` matches a message that does not ask (a need said as a statement: "面单没了").

Patterns decide before similarity: the entry whose pattern matches answers. A message that patterns of two
entries match asks two things ("收件几点 顺便问下运费"): neither is answered, a person answers both. An alternative
preceded by ``-`` forbids: the pattern does not match a message that has it (``运费|价格 + 多少 + -{偏远地区}``);
a word that messages are read as another (寄 is read as 发) cannot be forbidden, which would forbid the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from router.errors import ConfigError

_VAR: Final = re.compile(r"^\{([^{}]+)\}$")
_ITEMS: Final = re.compile(r"[、，,\s/]+")


@dataclass(frozen=True, slots=True)
class Pattern:
    groups: tuple[tuple[str, ...], ...]  # each group's alternatives, folded
    forbidden: tuple[str, ...]
    statement: bool  # matches without a question

    def hit(self, text: str) -> int:
        """How many characters the pattern's words take in ``text`` (folded), or 0 when it does not match."""
        if any(w in text for w in self.forbidden):
            return 0
        taken = 0
        for group in self.groups:
            found = max((len(w) for w in group if w in text), default=0)
            if not found:
                return 0
            taken += found
        return taken


def compile_pattern(source: str, variables: Mapping[str, str], fold: Callable[[str], str], where: str) -> Pattern:
    """``fold``: the matcher's reading of a word (the same as of a message). Raises ConfigError saying what to
    fix."""
    text = source.strip()
    statement = text.endswith("!")
    text = text.rstrip("!").strip()
    groups: list[tuple[str, ...]] = []
    forbidden: list[str] = []
    for raw in text.split("+"):
        words: list[str] = []
        banned_here = False
        for written in (a.strip() for a in raw.split("|")):
            if not written:
                continue
            banned = written.startswith("-")
            folded = _alternative(written.lstrip("-").strip(), banned, variables, fold, f"{where}: pattern {source!r}")
            banned_here = banned_here or banned
            (forbidden if banned else words).extend(f for f in folded if f)
        if words:
            groups.append(tuple(words))
        elif not banned_here:
            raise ConfigError(f"{where}: pattern {source!r} has an empty group")
    if not groups:
        raise ConfigError(f"{where}: pattern {source!r} names no words: write groups of words joined by + and |")
    return Pattern(tuple(groups), tuple(forbidden), statement)


def _alternative(alt: str, banned: bool, variables: Mapping[str, str], fold: Callable[[str], str], where: str
                 ) -> list[str]:
    """An alternative's words as messages are read (a variable's items)."""
    m = _VAR.match(alt)
    if m is not None:
        if m.group(1) not in variables:
            raise ConfigError(f"{where} names {{{m.group(1)}}}, which vars does not define")
        items = [i for i in _ITEMS.split(variables[m.group(1)]) if i]
    else:
        items = [alt]
    folded = [fold(i) for i in items]
    if banned and (changed := [(i, f) for i, f in zip(items, folded, strict=True) if i != f]):
        raise ConfigError(f"{where} forbids {changed[0][0]!r}, which messages are read as {changed[0][1]!r}: forbid "
                          "a longer word, or none")
    return folded
