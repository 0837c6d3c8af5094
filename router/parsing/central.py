"""Central Plains and northwestern speech read as Mandarin: merchants of Henan, Shandong, Shanxi, Shaanxi, Gansu,
Ningxia and Qinghai type their own words into Mandarin characters ("木见着", "嫑送了", "中不中", "夜个撤的那单",
"额就是问问", "到阿达了", "么动静"), and the words of the commands are Mandarin. As with Cantonese (``cantonese``)
and Minnan (``minnan``), the parser's reading is rewritten, never what goes to a carrier or a person, and every
replacement keeps the text's length.

Only where a word of these dialects stands in the message (``MARKED``): 木 is wood in Mandarin (木箱, 红木), 额 an
amount, 白 "for nothing" (白跑一趟).
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.dialect import MANDARIN_ME, reread

# Words, each with a Mandarin one of the same length ("夜儿个" is 昨天 with a space: the 的 after it stays its own).
_WORDS: Final[dict[str, str]] = {
    # (今儿个, 明儿个, 收着了: ``normalize._spoken`` reads them for every message)
    "中不中": "行不行", "弄啥嘞": "干啥呢", "夜儿个": " 昨天", "夜个": "昨天", "末了": "最后", "么麻达": "没问题",
    "没麻达": "没问题", "俺": "我",
    # (northwestern: 阿达 is where, 阿么了 what happened, 撒 what, 一老 always, 麻利 quick)
    "到阿达": "到哪里", "在阿达": "在哪里", "阿达去": "哪里去", "到阿搭": "到哪里", "在阿搭": "在哪里",
    "阿么了": "怎么了", "阿门了": "怎么了", "撒情况": "啥情况", "撒时候": "啥时候", "一老是": "一直是", "麻利": "麻溜",
    "催些": "催下", "恁样": "这样",
}
_WORD: Final = re.compile("|".join(sorted(_WORDS, key=len, reverse=True)))
# 木 (没) before what did not happen, after a pause or a word that leads it ("木见着", "都木更新"); 额 (我) where a
# sentence starts and before what one does; 白 (别) before a return, a change or a hurry ("白退了", "白拦了 客户说要",
# "催了也白催"; not "白送了一趟")
_AROUND: Final = re.compile(
    r"木(?<![^\s，,。！!？?都还也就又俺他她家户说人根]木)(?=[见拿更拦人叫收到动签送])|木(?<=了木)(?=$|[\s，,。?？!！])|"
    r"额(?<![^\s，,。！!？?]额)(?=[不就是叫要想也都的家觉])|"
    r"白(?=[拦退撤改催])(?![拦退撤改催]了?一[趟次回])|"
    rf"么(?<![{MANDARIN_ME}]么)(?=有|动|收|到|揽|让|拦|派|更新|人|回)")
_AROUND_AS: Final = {"木": "没", "额": "我", "白": "别", "么": "没"}
# (嫑 and 木有 are read for every message by ``normalize._spoken``, before this)
MARKED: Final = re.compile(r"俺|中不中|弄啥嘞|夜儿个|夜个|咋弄|麻达|恁|阿达|阿搭|阿么了|阿门了|"
                           rf"撒情况|撒时候|尕|么有(?<![{MANDARIN_ME}]么有)|"
                           rf"么(?<![{MANDARIN_ME}]么)(?=动|收到|揽收|到)|催些|"
                           r"木(?=见|拿到|收到|更新|人|拦)|了木(?=$|[\s，,。?？!！])|白(?=[拦退撤改催])")


def to_mandarin(text: str) -> str:
    """``text`` with its Central Plains and northwestern words read as Mandarin; the same length, and unchanged
    unless it holds some."""
    return text if MARKED.search(text) is None else reread(text, _WORD, _WORDS, _AROUND, _AROUND_AS)
