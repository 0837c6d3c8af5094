"""A parcel sent again in place of one lost or broken: "补发件 B（原单 A 遗失 理赔已申请）催一下", "原单号 A（丢件）
\\n新单号 B\\n新单地址改一下 …". The old number is told of: what happened to it is the story of the new one, and a
command said of the message's parcels is for the new one. Only what the old number's own words ask of it (a command
between it and the next number, bracket or line, or a symptom asked to be recorded) stays its request.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.events import Event
from router.parsing.lexicon import SYMPTOMS
from router.parsing.waybills import Found

# the word that names the old parcel, right before its number
_OLD: Final = re.compile(r"(?:原单号?|原来的?(?:单号?|那单|那个)|老单号?|旧单号?|之前的单号?)\s?(?:是|为|[:：])?\s?$")
# a parcel sent again (or its new number) named in the message
RESENT: Final = re.compile(r"补发|补寄|重发|重寄|新单")


def old_told_of(state: dict[str, list[Event]], found: Found, norm: str) -> None:
    """Take out of ``state`` what the message does not ask of its old parcels (see the module's docstring)."""
    old = [w for w in found.waybills if _OLD.search(norm, max(0, w.span[0] - 8), w.span[0]) is not None]
    if not old or len({w.number for w in old}) == len({w.number for w in found.waybills}):
        return
    # what is said of an old number: from it to the next number, a closing bracket or the line's end
    said = {(w.number, w.span[1], _said_until(norm, found, w.span[1])) for w in old}
    olds = {w.number for w in old}
    for number, held in list(state.items()):
        mine = [(s, e) for w, s, e in said if w == number]
        if number in olds:
            kept = [e for e in held if e.recorded or (e.base not in SYMPTOMS and any(s <= e.at < t for s, t in mine))]
        else:  # ("原单 A 丢件" beside the new number: A's story, not the new parcel's)
            kept = [e for e in held if e.recorded or e.base not in SYMPTOMS
                    or not any(s <= e.at < t for _, s, t in said)]
        if kept:
            state[number] = kept
        else:
            del state[number]


def _said_until(norm: str, found: Found, at: int) -> int:
    nxt = min((w.span[0] for w in found.waybills if w.span[0] >= at), default=len(norm))
    m = _UNTIL.search(norm, at, nxt)
    return m.start() if m is not None else nxt


_UNTIL: Final = re.compile(r"[)）\n]")
