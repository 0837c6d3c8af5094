"""Chaoshan speech (Teochew) read as Mandarin: merchants of Shantou, Chaozhou and Jieyang type their own words into
Mandarin characters ("拦好势未", "到底块了", "碎了 欲赔", "甲我截落来", "揣无着", "拦截着收钱无"), and the words of the
commands are Mandarin. As with Cantonese (``cantonese``) and Minnan (``minnan``, which reads the Min words the two
share, after this reader), the parser's reading is rewritten, never what goes to a carrier or a person, and every
replacement keeps the text's length.

Only where a word that Mandarin does not write stands in the message (``MARKED``): 欲 is a literary "wish" in
Mandarin (欲望), 无 and 未 are formal "without" and "not yet", 个 is the classifier and 着 a particle; in a Teochew
message they are "want", a closing question ("收钱无": 吗; "收着未": 没), "of" (伊个件: 他的件) and "got" or "must".
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.dialect import WITHOUT, closing

# Words that only Teochew writes, each with a Mandarin one of the same length.
_WORDS: Final[dict[str, str]] = {
    "底块": "哪里", "在块": "在哪", "好势": "好了", "孬势": "抱歉", "劳力": "谢谢", "做呢": "怎么", "甲我": "帮我",
    "甲伊": "让他", "揣无着": "找不到", "揣唔着": "找不到", "揣不着": "找不到", "揣无": "没找", "揣着": "找到",
    "收着": "收到", "落来": "下来", "无欲": "不要", "唔欲": "不要", "不欲": "不要",
    "许件": "那件", "许个": "那个", "许单": "那单", "许票": "那票", "许箱": "那箱", "只件": "这件", "只单": "这单",
    "只票": "这票", "只箱": "这箱", "前日": "前天", "昨日": "昨天", "明日": "明天", "今日": "今天", "无动": "没动",
    "无行": "没动", "无事": "没事", "有无": "有没", "凹去": "凹了", "改做": "改成", "紧派": "快派", "紧送": "快送",
    "呾": "说", "厝": "家",
}
_WORD: Final = re.compile("|".join(sorted(_WORDS, key=len, reverse=True)))
# In such a message: 欲 (want); 夭 before a verb (still); 伊 (he, she: a surname in Mandarin); 未 and 无 closing a
# question (没, 吗); 无 before a verb (没); 个 after a command or a pronoun (的: "拦个 YT…", "伊个件"); 着 after a verb
# that gets something (到: "拦着未") or before a cost (要: "拦截着收钱无"); a count of 日 (days: "四日无动")
_AROUND: Final = re.compile(
    r"欲(?![望念])|夭(?=[未无在欲唔不是有要没])|伊(?=[讲说在要不已今明的公就家个无唔欲是])|"
    r"未(?<=[\u4e00-\u9fff]未)(?<![尚仍并从还]未)(?=[呀啊]?(?:$|[\s，,。?？!！]))|"
    + closing("无", WITHOUT + "揣") + "|"
    r"无(?=[叫让收拦催改寄送派退撤有人动要啥行])|"
    r"个(?<=[拦截催改撤退赔寄发签收]个)(?=$|[\s，,。]|[许只]|[0-9A-Z])|个(?<=[我伊恁阮你他]个)(?=[件单货钱箱])|"
    r"着(?<=[拦截找收到]着)(?=[未无没了吗])|着(?=收钱|付钱|加钱|钱|多少钱)|"
    r"日(?<=[两三四五六七八九十几半]日)")
_AROUND_AS: Final = {"欲": "要", "夭": "还", "伊": "他", "未": "没", "无": "没", "个": "的", "着": "到", "日": "天"}
MARKED: Final = re.compile(
    r"底块|在块|好势|孬势|劳力|做呢|甲我|甲伊|揣无|揣唔|揣着|落来|呾|厝|许(?=[件个单票箱])(?<![也或允]许)|"
    r"欲(?=[拦截赔退改催撤寄送派投登查])|欲(?<=[无唔不是我伊客恁阮夭]欲)|夭(?=[未无在欲唔不是有要没])|"
    r"无(?<=[钱快到了着势去来收]无)(?=$|[\s，,。?？!！])|无动|无行|收着未|收着无|乜都无|改做|紧派(?<![赶抓加]紧派)|紧送(?<![赶抓加]紧送)")


def _closing(m: re.Match[str]) -> str:
    """A closing 无 asks (吗); every other word as ``_AROUND_AS`` reads it."""
    if m.group() == "无" and (m.end() == len(m.string) or m.string[m.end()] in " \t\n，,。?？!！"):
        return "吗"
    return _AROUND_AS[m.group()]


def to_mandarin(text: str) -> str:
    """``text`` with its Teochew read as Mandarin; the same length, and unchanged unless it holds some."""
    if MARKED.search(text) is None:
        return text
    text = _WORD.sub(lambda m: _WORDS[m.group()], text)
    return _AROUND.sub(_closing, text)
