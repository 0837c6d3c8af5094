"""How the regional readers (``wu``, ``xiang``, ``central``) rewrite a message: the words only its speakers write
replaced by Mandarin ones of the same length, then the words around them that change sense where they stand. Each
reader decides first whether the message is written its way at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

# The characters before 么 that make it Mandarin's (什么, 怎么, 这么, 那么, 多么, 要么, 为么, 干么): a reader takes
# 么 as its own word (没, 什么) only after none of them, e.g. "么(?<![" + MANDARIN_ME + "]么)".
MANDARIN_ME: Final = "什怎这那多要为干"
# Where a sentence or a clause closes: what a closing question particle (未, 无, 否, 伐) stands before.
CLOSING: Final = r"(?=$|[\s，,。?？!！])"
NOT_YET, WITHOUT, WHETHER = "尚仍并从还", "有都并毫从暂", "是与能可然"  # (尚未, 有无, 是否: Mandarin's own)


def closing(particle: str, not_after: str) -> str:
    """A pattern for ``particle`` closing a question after a word ("拦牢未", "要收钱无", "能拦否"), not after the
    characters ``not_after`` that make it Mandarin's (尚未, 有无, 是否)."""
    return f"{particle}(?<=[\u4e00-\u9fff]{particle})(?<![{not_after}]{particle}){CLOSING}"


def reread(text: str, word: re.Pattern[str], words: Mapping[str, str], around: re.Pattern[str],
           around_as: Mapping[str, str]) -> str:
    """``text`` with what ``word`` finds replaced from ``words``, then what ``around`` finds from ``around_as``."""
    text = word.sub(lambda m: words[m.group()], text)
    return around.sub(lambda m: around_as[m.group()], text)
