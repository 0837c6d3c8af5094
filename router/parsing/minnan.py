"""Written Minnan (Hokkien) read as Mandarin: merchants in southern Fujian, Chaoshan and Taiwan type their own
words into Mandarin characters ("卡紧送", "有到没", "恁免拦了", "件无去了", "拢总退转来"), and the words of the commands
are Mandarin. As with Cantonese (``cantonese``), the parser's reading is rewritten, never what goes to a carrier or
a person, and every replacement keeps the text's length.

Only words Mandarin does not write are replaced, and the pronouns and negations (恁, 阮, 伊, 无, 免) only where a word
of their own stands in the message (``MARKED``): 免 is 免费 in Mandarin, 阮 and 伊 are surnames.
"""

from __future__ import annotations

import re
from typing import Final

# Words that only Minnan writes, each with a Mandarin one of the same length.
_WORDS: Final[dict[str, str]] = {
    "卡紧": "赶紧", "拢总": "全部", "歹势": "抱歉", "歹去": "坏了", "破去": "破了", "无去": "丢了", "按怎": "怎么",
    "安怎": "怎么", "啥物": "什么", "代志": "事情", "佗位": "哪里", "叨位": "哪里", "甘有": "有没", "甘会": "能否",
    "甘是": "是否", "毋免": "不用", "免了": "算了",
    "退转来": "退回来", "寄转来": "寄回来", "送转来": "送回来", "拦转来": "拦回来", "截转来": "截回来",
}
# "有拦到没", "有催没", "有收到无": whether it was done, asked (有 before the verb, 没 or 无 after it)
_HAVE_DONE: Final = re.compile(r"有([拦催改寄送派退撤收发签赔查到][到出去回来住好]?)[没无]")
# The pronouns and negations, where the message is Minnan: 恁 (you), 阮 (we), 伊 (he, she), 无 before a verb, 免
# before one (don't), 拢 before one (all), 袂 (cannot)
_WORD: Final = re.compile("|".join(sorted(_WORDS, key=len, reverse=True)))
_AROUND: Final = re.compile(
    r"恁|阮(?=[收无有要这讲叫发寄的已自都也没不])|伊(?=[讲说在要不已今明的公就家])|无(?=[叫让收拦催改寄送派退撤有人动要啥])|"
    r"免(?=[拦催改撤退寄送派查赔弄])|拢(?<![靠拉合聚]拢)(?=[拦催改撤退寄送派查赔是])|袂")
_AROUND_AS: Final = {"恁": "你", "阮": "我", "伊": "他", "无": "没", "免": "别", "拢": "都", "袂": "不"}
MARKED: Final = re.compile(
    "|".join(sorted(_WORDS, key=len, reverse=True)) + r"|恁|" + _HAVE_DONE.pattern
    + r"|免(?=[拦催改撤退寄送派查赔弄])")


def _done_asked(m: re.Match[str]) -> str:
    """"有催没" is 催了没; "有拦到没" is 拦到没有 (拦到了没 would ask where the parcel is)."""
    done = m.group(1)
    return done + ("没有" if len(done) > 1 and done[0] in "拦截改撤退催赔" and done[-1] in "到住" else "了没")


def to_mandarin(text: str) -> str:
    """``text`` with its Minnan read as Mandarin; the same length, and unchanged unless it holds Minnan."""
    if MARKED.search(text) is None:
        return text
    text = _WORD.sub(lambda m: _WORDS[m.group()], text)
    text = _HAVE_DONE.sub(_done_asked, text)
    return _AROUND.sub(lambda m: _AROUND_AS[m.group()], text)
