"""Whether a message asks something: a knowledge answer goes only to a message that asks.

A merchant's statement uses the same topic words as a question ("运费已经转过去了", "明天放假不发货了哈", "停发的
那几单我先不发了") and must get no answer. A message asks when it has a question mark, a question particle at a
clause's end (吗, 么, 嘛, 呢, 不, 没), an interrogative word (几点, 多少, 什么, 怎么, 咋, 哪, 如何, 多久, 是否), an
A-not-A choice (能不能, 收不收, 发不发) or an either-or (还是), or a request for the information itself (请问, 问下,
想知道, 价格表发一下, 提供一下, 烦请告知, or a message ending in what it wants: "件破损 理赔流程").
"""

from __future__ import annotations

import re
from typing import Final

# (几 only where it asks a number: "那几单" counts parcels, "几点"/"几天" ask)
_INTERROGATIVE: Final = re.compile(
    r"[?？]|几(?:点|天|号|时|日|块|毛|钱|公斤|斤|个(?:小时|工作日|点|钟)|趟|次|折)|多少|多久|多长|多大|多重|多远|多会|百分之几|几个点|"
    r"什么|啥|怎么|怎样|咋|如何|哪|谁|为何|为什么|为啥|是否|有无|可否|能否|"
    r"请问|问下|问一下|问问|咨询|想知道|想了解|打听|了解一下|求(?:问|助|解)|有人知道|"
    r"(?:发|给|来|说|讲|报|告诉)(?:我|一?下|个|份|张)(?:.{0,4})?(?:价格|价目|报价|运费|时效|时间|电话|流程|标准|规则|清单|表)|"
    r"(?:价格|价目|报价|运费|时效|标准|清单)表?(?:发|给|来|说|报)(?:我|一?下|个|份)")
# asked for: "停发地区发一下", "提供一下电话", "说下流程"
_ASKED_FOR: Final = re.compile(
    r"(?:发|给|提供|告诉|说|报|讲|来)(?:我|我们)?一?下|(?:留|给|来|发)个|还是|告知|请提供|(?:烦请|敬请|麻烦)(?:告知|提供|说明|回复|发)|"
    r"(?:流程|标准|明细|清单|价目表|价格表|时间表|规则|方式|时间段)\s*[。.]?\s*$")
# A-not-A: 能不能, 收不收, 发不发, 要不要, 可不可以, 有没有, 是不是 (the same character on both sides of 不/没)
_A_NOT_A: Final = re.compile(r"(.)[不没]\1")
# a question particle closing a clause ("能寄吗", "收费不", "到了没", "今天收嘛"); 呢 only after a topic ("运费呢")
_PARTICLE: Final = re.compile(r"(?:吗|么|嘛|麽|不|没|没有|呢|伐|咩|冇)(?=\s*(?:$|[。.!！,，~～…\s]|[啊呀哈哦]))")


def asks(text: str) -> bool:
    """Whether ``text`` (normalised) asks something."""
    return (_INTERROGATIVE.search(text) is not None or _A_NOT_A.search(text) is not None
            or _PARTICLE.search(text) is not None or _ASKED_FOR.search(text) is not None)
