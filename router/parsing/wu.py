"""Written Wu (Shanghai, Suzhou, Hangzhou, Ningbo; Taizhou and Wenzhou to the south) read as Mandarin: merchants
type their own words into Mandarin characters ("侬帮阿拉拦一记", "啥辰光到", "到阿里了", "撤脱了伐", "寻勿着"; "到何
物地方了", "拦牢未", "能拦否", "退转来爻"), and the words of the commands are Mandarin. As with Cantonese
(``cantonese``) and Minnan (``minnan``), the parser's reading is rewritten, never what goes to a carrier or a person,
and every replacement keeps the text's length.

Only where a word that Mandarin does not write stands in the message (``MARKED``): 勿 and 额 are formal Mandarin
("请勿", "金额"), 伊 a surname, 拨 a verb of its own, 渠 a channel (渠道), 否 formal (是否, 与否), 个 the classifier.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.dialect import WHETHER, closing, reread

# Words that only Wu writes, each with a Mandarin one of the same length.
_WORDS: Final[dict[str, str]] = {
    "阿拉": "我们", "侬拉": "你们", "伊拉": "他们", "啥辰光": "啥时候", "辰光": "时候", "今朝": "今天", "明朝": "明天",
    "昨日": "昨天", "前日": "前天", "几日": "几天", "呒没": "没有", "铜钿": "钱款", "物事": "东西", "哪能": "怎么",
    "交关": "非常", "一记": "一下", "拎勿清": "搞不清", "搿只": "这个", "阿是": "是否", "到阿里": "到哪里",
    "在阿里": "在哪里", "阿里了": "哪里了", "后头": "后面", "前头": "前面", "里厢": "里面", "老早": "早就",
    "上趟": "上次", "下趟": "下次", "头一只": "第一只", "停勒": "停在", "放勒": "放在", "除脱": "除了", "日天": "天了",
    "寻勿着": "找不到", "丢脱": "弄丢", "碎脱": "碎掉", "坏脱": "坏掉", "破脱": "破掉",
    "寻不着": "找不到", "寻过": "找过", "讲好": "说好", "勿": "不", "搿": "这",
    "哉": "了", "侬": "你", "掼": "摔", "拦牢": "拦住", "截牢": "截住", "拦勿牢": "拦不住",
    "揽收了伐": "揽收了没", "在啥地方": "在哪里了",
    # (Taizhou and Wenzhou: 何物 what, 做么 why, 该 this, 爻 了, 呒 没, 弗 不, 渠 he, 转来 back)
    "何物": "什么", "做么个": "为什么", "做么": "怎么", "事体": "事情", "要钞票": "要收钱",
    "钞票": "钱款",
    "拉转来": "退回来", "佗转来": "退回来", "驮转来": "退回来", "该件": "这件", "该单": "这单", "该批": "这批",
    "该个": "这个", "该票": "这票", "该箱": "这箱", "爻": "了", "弗": "不", "俫": "人",
}
_WORD: Final = re.compile("|".join(w + ("(?![巴旺云妈])" if w.endswith("阿里") else "")
                                    for w in sorted(_WORDS, key=len, reverse=True)))
# In a Wu message: 伊 and 俚 (he, she), 额 after a word (的, not 金额), 伐 closing a question (吗), 脱 after a verb
# (掉: "碎脱了", "撤脱了伐"), 拨 before whom it is given to (给)
_AROUND: Final = re.compile(
    r"伊(?=[讲说在要不已今明的公就家拉也屋])|俚|额(?<=[\u4e00-\u9fff]额)(?<![金余数差限份超面定总名巨税]额)(?![度外头])|"
    r"伐(?=$|[\s，,。?？!！]|\S?[?？])|脱(?<=[碎丢坏撤拦破寄退弄忘落]脱)|拨(?=你|他|我|客户|买家|人)|"
    # (of the south: 否 closing a question, 渠 he, 呒 没, 个 closing a phrase of what or whose it is; a closing 未 is
    # read for every message by ``normalize``)
    + closing("否", WHETHER) + "|"
    r"渠(?![道沟])|呒|个(?<=[\u4e00-\u9fff]个)(?<![一二两三四五六七八九十几这那哪每各某该半整单])(?=$|[\s，,。!！?？]|事|钱|人)")
_AROUND_AS: Final = {"伊": "他", "俚": "他", "额": "的", "伐": "吗", "脱": "掉", "拨": "给", "否": "吗", "渠": "他",
                      "呒": "没", "个": "的"}
MARKED: Final = re.compile(
    r"侬|阿拉|搿|辰光|今朝|明朝|呒没|铜钿|哪能|交关|一记|拎勿清|寻勿着|伐(?<![砍采讨征北步杀攻伐]伐)(?=$|[\s，,。?？!！])|"
    r"哉(?=$|[\s，,。?？!！])|勿(?=[要用动对晓拦催撤退改寄送派是牢])|到阿里(?![巴旺云妈])|在阿里(?![巴旺云妈])|阿里了|掼|拦牢|日(?<=[几两三四五]日)|"
    r"脱(?<=[碎丢坏撤拦破]脱)|除脱|在啥地方|额(?<=[\u4e00-\u9fff]额)(?<![金余数差限份超面定总名巨税]额)(?=$|[\s，,。!！?？])|"
    r"爻|何物|做么|钞票|拉转来|佗转来|驮转来|呒|弗(?=[要用拦截催撤退改寄送派是])|渠(?![道沟])|"
    + closing("否", WHETHER))


def to_mandarin(text: str) -> str:
    """``text`` with its Wu read as Mandarin; the same length, and unchanged unless it holds Wu."""
    return text if MARKED.search(text) is None else reread(text, _WORD, _WORDS, _AROUND, _AROUND_AS)
