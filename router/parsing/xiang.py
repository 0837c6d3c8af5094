"""Hunan, Jiangxi and Hubei speech read as Mandarin: merchants type Xiang, Gan and Hubei words into Mandarin
characters ("到哪哒", "拦住哒冇", "要收钱啵", "么时候到", "克哒广州冇", "嗯们帮我催哒冇"), and the words of the
commands are Mandarin. As with Cantonese (``cantonese``) and Minnan (``minnan``), the parser's reading is rewritten,
never what goes to a carrier or a person, and every replacement keeps the text's length.

Only where a word that Mandarin does not write stands in the message (``MARKED``): 哒 is a sound in Mandarin
("么么哒"), 嗯 an assent, 克 a gram.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.dialect import MANDARIN_ME, reread

# Words that only these dialects write, each with a Mandarin one of the same length.
_WORDS: Final[dict[str, str]] = {
    "么子": "什么", "么样": "怎样", "么时候": "啥时候", "么人": "是谁", "么事": "啥事", "何解": "为啥", "几多": "多少",
    "除咯": "除了", "别个": "别人", "嗯们": "你们", "快滴": "快点", "趴哒": "停了", "趴在": "停在", "克哒": "去了",
    # (冇 is read by ``cantonese`` first, 出克/回克/过克 by ``normalize`` for every message)
}
# (么 not after 什, 怎, 这, 那, 多, 要: Mandarin's 什么时候, 怎么样)
_WORD: Final = re.compile("|".join(w + (f"(?<![{MANDARIN_ME}]么" + w[1:] + ")" if w[0] == "么" else "")
                                    for w in sorted(_WORDS, key=len, reverse=True)))
# In such a message: 哒 after a word (了), 啵 closing a question (吗), 嗯 as whom one speaks to (你)
_AROUND: Final = re.compile(
    r"哒(?<![么萌哒嘀滴]哒)(?!哒)|啵(?=$|[\s，,。?？!！]|\S?[?？])|嗯(?<=[跟给帮叫让]嗯)|嗯(?=[帮讲说看查跟给])")
_AROUND_AS: Final = {"哒": "了", "啵": "吗", "嗯": "你"}
MARKED: Final = re.compile(
    rf"哒(?<![么萌哒嘀滴]哒)(?!哒)|啵(?<=[吗钱得到的啦]啵)|么(?<![{MANDARIN_ME}]么)(?:子|样|时候|人)|"
    r"何解|几多|除咯|嗯们|别个|快滴|趴哒")


def to_mandarin(text: str) -> str:
    """``text`` with its Xiang, Gan and Hubei words read as Mandarin; the same length, and unchanged unless it
    holds some."""
    return text if MARKED.search(text) is None else reread(text, _WORD, _WORDS, _AROUND, _AROUND_AS)
