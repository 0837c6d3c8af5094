"""Words beside a command that change what it says: "还是直接催一下算了" settles for the urge (算了 gives nothing
up), "快点 不拦了" hurries the withdrawal (no urge of its own), "差点以为 A 丢掉了" tells what was feared, not what
is.
"""

from __future__ import annotations

import re
from typing import Final

# "还是直接催一下算了", "帮我退回来算了": the command settled for, not given up
_SETTLED_FOR: Final = ("还是", "还是直接", "直接", "那就", "就")
_THOUGHT: Final = re.compile(r"(?:差点|还|我|都)以为[^，,。!！?？\n]{0,20}$")
_HURRY_NOT: Final = re.compile(r"\s?[,，!！]?\s?(?:不用|不要|别|不|甭|莫)再?[拦截退撤改]")


def resigned_to(text: str, lo: int, s: int, e: int, at: int) -> bool:
    """Whether 算了 at ``at`` settles for the command at ``[s, e)`` rather than gives it up."""
    return at == e and (text[lo:s].rstrip().endswith(_SETTLED_FOR) or text.endswith(("一下", "回来", "回去"), s, e)
                        or text.startswith(("一下算了", "回来算了"), e))


def feared_or_hurried(text: str, s: int, e: int, intent: str, lo: int) -> bool:
    """Whether the command word at ``[s, e)`` (of clause start ``lo``) is a hurry of the withdrawal after it ("快点
    不拦了") or a symptom feared ("差点以为 A 丢掉了 今天到了")."""
    if intent == "urge≈" and _HURRY_NOT.match(text, e) is not None:
        return True
    return "以为" in text[max(lo, s - 24) : s] and _THOUGHT.search(text, max(lo, s - 24), s) is not None
