"""Hakka (Meizhou, Heyuan, Ganzhou, Longyan) and Hainan speech read as Mandarin: merchants type "𠊎" for 我, "到奈位了"
for 到哪里了, "快兜子送" for 快点送, "有去没" for 到了没 ("做么个", 为什么, is read by ``wu`` first). As with the other
readers, the parser's reading is rewritten, never what goes to a carrier or a person, every replacement keeps the
text's length, and only where a word these speakers alone write stands (``MARKED``); 唔, 冇, 系 and 嘅 are
Cantonese's too and read there (唔爱 and 冇爱, 不要, with them).
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.dialect import MANDARIN_ME, reread

# Words, each with a Mandarin one of the same length ("今晡日" is 今天 with a space before it).
_WORDS: Final[dict[str, str]] = {
    "𠊎": "我", "奈位": "哪里", "快兜子": "快点儿", "快兜": "快点", "么个": "什么",
    "有去没": "到了没",
    "今晡日": " 今天", "昨晡日": " 昨天", "天光日": " 明天", "承蒙": "谢谢",
}
# (么个 not after 怎, 这, 那, 什, 多: Mandarin's 怎么个情况)
_WORD: Final = re.compile("|".join(w + (f"(?<![{MANDARIN_ME}]么个)" if w == "么个" else "")
                                    for w in sorted(_WORDS, key=len, reverse=True)))
# 爱 (要) before a command: "爱改", "爱拦截"
# (and Hainan 去了没 after a number: 到了没)
_AROUND: Final = re.compile(r"爱(?=[拦截改撤退催赔寄送查])|去(?<=[\s0-9A-Z]去)(?=了没)")
_AROUND_AS: Final = {"爱": "要", "去": "到"}
MARKED: Final = re.compile(rf"𠊎|奈位|快兜|么个(?<![{MANDARIN_ME}]么个)|承蒙|今晡日|昨晡日|天光日|有去没|"
                           r"去(?<=[\s0-9A-Z]去)了没")


def to_mandarin(text: str) -> str:
    """``text`` with its Hakka and Hainan words read as Mandarin; the same length, and unchanged unless it holds
    some."""
    return text if MARKED.search(text) is None else reread(text, _WORD, _WORDS, _AROUND, _AROUND_AS)
