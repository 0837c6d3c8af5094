"""Short handles for the tasks of the staff group (``#K7Q2``): easy to read aloud and to type on a phone.

A handle is made from the task's escalation id, so the same escalation read twice gets the same handle; four
characters of an alphabet without look-alikes (no 0/O, 1/I/L), longer only when another task holds those four.
Staff may type it in either case, with a full-width ``＃``, and a space after the ``#``.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

ALPHABET: Final = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 characters: no 0, 1, I, L, O
SHORTEST: Final = 4
LONGEST: Final = 8
# (a handle alone: not the start of a longer word of letters and digits, such as a waybill after a "#")
_HANDLE: Final = re.compile(r"[#＃]\s?([" + ALPHABET + ALPHABET.lower() + r"]{4,8})(?![0-9A-Za-z])")


def candidates(escalation_id: str) -> list[str]:
    """The handles ``escalation_id`` may take, shortest first: the first one no other task holds is its."""
    digest = int.from_bytes(hashlib.sha256(escalation_id.encode()).digest(), "big")
    chars = []
    for _ in range(LONGEST):
        digest, k = divmod(digest, len(ALPHABET))
        chars.append(ALPHABET[k])
    return ["".join(chars[:n]) for n in range(SHORTEST, LONGEST + 1)]


def find_handle(text: str) -> tuple[str, int, int] | None:
    """The first handle written in ``text``, upper-cased, with where it stands (start, end); None when there is
    none."""
    m = _HANDLE.search(text)
    if m is None:
        return None
    return m.group(1).upper(), m.start(), m.end()
