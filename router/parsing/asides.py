"""Words beside a command that change what it says: "还是直接催一下算了" settles for the urge (算了 gives nothing
up), "快点 不拦了" hurries the withdrawal (no urge of its own), "差点以为 A 丢掉了" tells what was feared, not what
is, "上边写的退回 可…" what the label says.
"""

from __future__ import annotations

import re
from typing import Final

# "还是直接催一下算了", "帮我退回来算了": the command settled for, not given up
_SETTLED_FOR: Final = ("还是", "直接", "就")  # (with endswith: 还是直接, 那就 too)
_REGRET: Final = ("早知道", "当初", "当时", "要是", "如果")  # ("早知道拦了算了": what should have been)
_THOUGHT: Final = re.compile(r"(?:差点|还|我|都)以为\s?(?:[0-9A-Z]{8,}\s?)?[^\s，,。!！?？]{0,8}$")
_FEARED: Final = frozenset({"lost", "damaged", "delay"})
# "上边写的退回 可收件人是我": what the label says, then a doubt
_WRITTEN_ON: Final = re.compile(r"(?:上边|上面|面单上?|单子上)写(?:的|着)\s?$")
_BUT_AFTER: Final = re.compile(r"\s?[，,]?\s?(?:可|但|可是|不过)")
_THOUGHT_DONE: Final = re.compile(r"以为(?:是|已经|已|都|要|得|会)?\s?$")
_HURRY_NOT: Final = re.compile(r"\s?[,，!！]?\s?(?:不用|不要|别|不|甭|莫)再?[拦截退撤改]")
# "要不退回算了", "干脆直接撤了吧": words that suggest the command after them (hedged: asked first, not given up)
SUGGESTING: Final = ("要不", "要不然", "要么", "干脆", "不如", "索性")
_SUGGESTED: Final = tuple(w + d for w in SUGGESTING for d in ("", "直接", "就"))


def resigned_to(text: str, lo: int, s: int, e: int, at: int) -> bool:
    """Whether 算了 at ``at`` settles for the command at ``[s, e)`` rather than gives it up."""
    return (at == e or (at == e + 1 and text[e] == "了" and not any(w in text[lo:s] for w in _REGRET))) and (
        text[lo:s].rstrip().endswith(_SETTLED_FOR) or text.endswith(("一下", "回来", "回去"), s, e)
        or text.startswith(("一下算了", "回来算了", "了算了"), e))  # ("撤了算了": just cancel it)


def suggested(text: str, lo: int, s: int) -> bool:
    """Whether ``text[lo:s]`` ends with words that suggest what comes at ``s`` ("要不", "干脆直接")."""
    return text.endswith(_SUGGESTED, lo, s)


def feared_or_hurried(text: str, s: int, e: int, intent: str, lo: int) -> bool:
    """Whether the command word at ``[s, e)`` (of clause start ``lo``) is a hurry of the withdrawal after it ("快点
    不拦了") or a symptom feared ("差点以为 A 丢掉了 今天到了")."""
    if intent == "urge≈" and _HURRY_NOT.match(text, e) is not None:
        return True
    if _THOUGHT_DONE.search(text, max(lo, s - 6), s) is not None:
        return True  # "我以为是拦截了的": thought done, an earlier request; "差点以为要拦截": feared
    return (intent.rstrip("~≈") in _FEARED and "以为" in text[max(lo, s - 32) : s]
            and _THOUGHT.search(text, max(lo, s - 32), s) is not None)


def written_on(text: str, lo: int, s: int, e: int) -> bool:
    """Whether the command word at ``[s, e)`` is what the label says ("上边写的退回 可收件人是我"), told."""
    return _WRITTEN_ON.search(text, max(lo, s - 5), s) is not None and _BUT_AFTER.match(text, e) is not None
