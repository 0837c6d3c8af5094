"""Written Cantonese read as Mandarin: merchants in Guangdong and Hong Kong type the way they speak ("唔该帮我截返呢单",
"个件系咪唔见咗", "去咗边"), and the words of the commands are Mandarin. Replacing Cantonese function words and verb
endings by their Mandarin counterparts lets every other rule of the parser read them.

Only the parser's reading is rewritten, never what goes to a carrier or a person (names and addresses are taken
from the text as written), and every replacement keeps the text's length, so a place in one is the same place in
the other. Words are replaced before characters ("唔该" is 麻烦, not 不该); both apply only where a character that
only Cantonese writes is present (``MARKERS``), or 返 ("截返"), so Mandarin text is never touched.
"""

from __future__ import annotations

import re
from typing import Final

# Words, in simplified characters (traditional ones are simplified first: 唔該 is read as 唔该). Each pair has
# the same length.
_WORDS: Final[dict[str, str]] = {
    "唔好意思": "不好意思", "唔该": "麻烦", "唔使": "不用", "唔洗": "不用", "唔好": "不要", "唔系": "不是",
    "唔啱": "不对", "啱啱": "刚刚", "系咪": "是否", "系唔系": "是不是", "应该系": "应该是", "定系": "或者",
    "而家": "现在", "听日": "明天", "琴日": "昨天", "寻日": "昨天", "今日": "今天", "成日": "整天", "几时": "何时",
    "点解": "为何", "点样": "怎样", "做乜": "为何", "乜嘢": "什么", "边度": "哪里", "边个": "哪个", "边一": "哪一",
    "边间": "哪家",
    "去咗边": "到哪了", "到咗边": "到哪了", "去到边": "到哪了", "喺边": "在哪", "去边": "去哪",
    "到边度": "到哪里", "到边一步": "到哪一步", "到边": "在哪",
    "攞返嚟": "拦回来", "截咗佢": "截回来",
    "截返未": "截回没", "截返": "截回", "退返": "退回", "寄返": "寄回", "送返": "送回",
    "攞返": "拿回", "拎返": "拿回", "拦返": "拦回",
    "返嚟": "回来", "返去": "回去", "冇郁": "没动", "唔郁": "不动", "郁过": "动过", "冇晒": "全没", "跌咗": "丢了",
    "签咗收": "签收了", "咗未": "了没", "仲未": "还没", "仲有": "还有", "仲要": "还要", "仲系": "还是", "仲喺": "还在",
    "咁耐": "好久", "咁就": "那就", "咁慢": "太慢", "快啲": "快点", "啲嘢": "东西", "同埋": "还有", "睇下": "查下",
    "睇睇": "查查", "呢单": "这单", "呢个": "这个", "呢件": "这件", "呢票": "这票", "呢两": "这两", "呢几": "这几",
    "呢三": "这三", "呢啲": "这些", "呢批": "这批", "入面": "里面", "未到": "没到",
    "搞掂": "搞定", "揽咗收": "揽收了", "冇话": "没说", "冇叫": "没叫", "唔爱": "不要", "冇爱": "不要",
    "要唔系": "要不然",
    "我度": "我这", "佢度": "他那", "边日": "哪天", "瞓咗": "卡住", "改去": "改到", "转去": "转到",
    "会唔会": "会不会", "到唔到": "到没到",
    # Wu (Shanghai, Zhejiang), read the same way: 伐 is 不 before these (阿里, 哪里, is ``wu``'s)
    "伐要": "不要", "伐用": "不用", "伐晓得": "不晓得",
}
# Characters (after the words): 揾 is how 搵 comes out of simplification.
_CHARS: Final = str.maketrans({
    "唔": "不", "冇": "没", "咗": "了", "嘅": "的", "喺": "在", "嚟": "来", "啲": "些", "揾": "找", "搵": "找",
    "睇": "看", "俾": "给", "畀": "给", "佢": "他", "哋": "们", "嗰": "那", "乜": "啥", "攞": "拿", "嘢": "货",
    "喎": "啊", "咩": "吗", "啱": "对", "咁": "这", "㗎": "的", "啩": "吧", "冚": "全", "覅": "别",
})
# 系 and 话 mean 是 and 说 only after a word that takes them ("都系", "客人话"); elsewhere they are Mandarin
# (系统, 电话); 喇 is a particle except in 喇叭.
_SAYS_IS: Final = re.compile(
    r"(?<=[不都就只真仲又佢我你人统户确思 ，,])(?:系(?=[^统列数])|话(?![费筒机]))|[喇嘞](?!叭)|"
    r"(?<![电说讲通对])话(?=唔|冇)|"  # ("豪哥摩托话唔要了": someone says)
    r"未(?<=[\u4e00-\u9fff]未)(?<![尚仍并从]未)(?=[呀啊]?(?:$|[\s，,。?？!！]))")  # ("搞掂未", "到我度未": 没, asked)
_PARTICLE: Final = {"系": "是", "话": "说", "未": "没"}  # and 喇, 嘞: 了 (not in 喇叭)
_WORD: Final = re.compile("|".join(sorted(_WORDS, key=len, reverse=True)))
MARKERS: Final = "唔冇咗嘅喺嚟啲揾搵睇俾畀佢哋嗰乜攞嘢喇嘞喎咩啱咁㗎啩冚覅伐返"
# (边度 is Cantonese's "where"; Mandarin writes it only in 一边度假)
# ("DPK… 到边": where is it, with no other Cantonese; not 走到边, 靠到边)
_MARKED: Final = re.compile(
    f"[{MARKERS.replace('返', '')}]|[截退寄送拦攞拎]返|(?<!一)边度|(?<![走靠])到边(?![上缘界])|定系|搞掂|边日|同埋|"
    r"去(?<=[改转]去)(?=\s)|系(?<=\s系)(?=\s)|"
    r"未(?<=[了收到签派好定这站]未)(?=$|[\s，,。?？!！呀啊])")


def to_mandarin(text: str) -> str:
    """``text`` (simplified characters) with its Cantonese read as Mandarin; the same length, and unchanged
    unless it holds Cantonese."""
    if _MARKED.search(text) is None:
        return text
    text = _WORD.sub(lambda m: _WORDS[m.group()], text)
    text = _SAYS_IS.sub(lambda m: _PARTICLE.get(m.group(), "了"), text)
    return text.translate(_CHARS)
