"""Command words for the 13 canonical intents (../shared/DOMAIN.md), matched on normalised text.

Longest match wins where words overlap (拦截退回 over 退回, 签收未收到 over 签收). Pinyin and English words
("lanjie", "return to sender") are matched as whole words of the upper-cased text. A command preceded or followed
by a negation ("不用拦截了", "别改址", "取消拦截", "拦截取消", "不是要退回", "don't intercept") is reported as
negated and never executed as the positive command; a denied denial ("不是不拦") is not a negation.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.sounds import SoundIndex


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split("|"))


LEXICON: Final[dict[str, tuple[str, ...]]] = {
    "intercept": _split(
        "拦截退回|拦截|退回|退件|截件|拦回来|拦一下|拦回|截回|原路返回|退回发件人|撤回|拦接|截一下|截下|拦住|"
        "拦下|暂停派送|别派了|不要派送|不要送了|原单退回|退回原寄件|弄回来|退给我|截住|别送了|不要派了|"
        "停止派送|打回|退回去|拦回去|给我退了|栏截|兰截|蓝截|拦节|推回|整回来|弄回去|退回来|拦截下来|拽回来|"
        "退回仓库|LANJIE|"
        "LAN JIE|LAN YI XIA|LAN YIXIA|LAN HUI|LANHUI|LAN HUI LAI|LAN|LJ|TUIHUI|TUI HUI|INTERCEPT|RETURN TO SENDER|"
        "SEND IT BACK|SEND BACK|"
        "RETURN IT|RETURN BACK|RETURN THE PARCEL|RETURN THE PACKAGE|STOP DELIVERY|STOP THE DELIVERY|RTS"
    ),
    "cancel": _split(
        "撤单|取消订单|取消寄件|取消快递|作废|撤销|不寄了|不发了|撤件|别发了|不用发了|订单取消|撤回订单|"
        "取消发货|不发货|撤掉|取消运单|取消下单|撤销寄件|撤销订单|撤销运单|车单|撤蛋|CHEDAN|CHE DAN|CHEXIAO|CHE XIAO|"
        "CANCEL|"
        "CANCEL THE ORDER|CANCEL ORDER|CANCEL IT|CANCEL THIS ORDER|VOID"
    ),
    "change_address": _split(
        "更换收件地址|更换收货地址|变更收件地址|更改收货地址|更改收件地址|修改收件地址|修改地址|更改地址|改地址|改址|更址|转寄|改派|地址改为|地址改成|换地址|"
        "换个地址|收件人改为|改收件人|电话改为|电话改成|改电话|联系电话改为|改送|改到|改收货地址|收货地址改|"
        "收货人改|改个地址|改下地址|改一下地址|地址改一下|地址换成|地址变更|变更地址|更换地址|修改收货地址|"
        "该址|该地址|该个地址|GAI GE DIZHI|GAIZHI|GAI ZHI|GAI DIZHI|CHANGE ADDRESS|CHANGE THE ADDRESS|"
        "ADDRESS CHANGE|NEW ADDRESS|REDIRECT|UPDATE ADDRESS|UPDATE THE ADDRESS|CHANGE THE RECEIVER|"
        "CHANGE RECEIVER"
    ),
    "urge": _split(
        "催件|催派|催一下|加急|尽快派送|尽快派件|尽快送|催促|快点派|催下|重新派送|重新派件|再派送|二次派送|"
        "催一催|明天再送|再送一次|再派一次|快点送|催催|催见|崔件|求催|再催|也催|帮我催|帮忙催|给我催|快催|去催|催他|"
        "赶紧催|赶紧送|赶快送|赶紧派|快送|早点送|务必送到|一定要送到|安排送货|尽快安排|尽快派|抓紧送|抓紧派|快派|"
        "早点派|加快派送|"
        "CUIJIAN|CUI JIAN|CUI YI XIA|CUIYIXIA|CUI YIXIA|CUICUI|CUI|HURRY|HURRY UP|RUSH|EXPEDITE|URGE|CHASE|"
        "EXPEDITE|SPEED UP"
    ),
    "verify_delivery": _split(
        "核实签收|签收未收到|显示签收但没收到|虚假签收|妥投了但没收到|显示签收|虚假妥投|"
        "签收异常|是否签收|签收情况|别人签收|代签收|代签|冒签|被签收|不是本人|显示妥投|"
        "压根没收|根本没收|显示已签收|显示本人签收|别人给签收|别人签了|不是本人签|冒领|"
        "NOT RECEIVED|DIDN'T GET|DIDNT GET|DIDN'T RECEIVE|DIDNT RECEIVE|NEVER RECEIVED|"
        "NOT DELIVERED|SHOWS DELIVERED|VERIFY DELIVERY|VERIFY THE DELIVERY|CHECK THE DELIVERY|MARKED DELIVERED|"
        "MARKED AS DELIVERED|FAKE DELIVERY|"
        "SIGNED BUT NOT RECEIVED"
    ),
    "damaged": _split(
        "破损|压坏|碎了|漏液|损坏|摔坏|坏了|瘪了|变形|泡坏|水渍|破了|烂了|摔碎|磕坏|砸坏|压碎|泡水|进水|淋湿|"
        "凹了|凹的|凹进去|刮花|划花|划开|划破|压爆|摔烂|压扁|磕了|"
        "POSUN|PO SUN|DAMAGED|DAMAGE|BROKEN|CRUSHED|SMASHED|LEAKING"
    ),
    "lost": _split(
        "遗失|丢件|丢了|丢失|找不到件|找不到了|到处都找不到|到处找不到|哪都找不到|都找不到|没这个件|少件|少了一件|内件短少|短少|件没了|东西没了|货没了|找不着|"
        "不见了|弄丢|搞丢|东西少了|少东西|少了东西|丢见|DIUJIAN|DIU JIAN|DIU LE|LOST|MISSING"
    ),
    "weight": _split(
        "查重量|核重|重量不对|多少斤|多少公斤|多重|超重|称重|核实重量|重量|称一下|称一哈|称下|重新称|过磅|查重|查下重|查查重|查查重量|多算了|"
        "多收了|多扣了|HEZHONG|WEIGHT|REWEIGH|OVERWEIGHT"
    ),
    "track": _split(
        "查件|查一下|查一下物流|查物流|到哪了|到哪里了|轨迹|什么时候到|物流信息|查询|查下|走到哪|跟进|"
        "看下物流|看看物流|放快递柜|签收了吗|到了没|到了吗|什么情况|啥情况|啥时候能到|啥时候到|几天能到|"
        "多久能到|多久到|在路上|查查|到哪儿了|在哪|什么时候能到|能到吗|能到不|能不能到|几点到|几点能到|啥时候|"
        "嘛时候|多会儿到|物流进度|所在网点|何时送达|何时到|哪天能到|哪天到|到哪个|到哪一站|到没到|到了没有|派了吗|派了没|送了没|送了吗|预计派送时间|预计送达时间|送达时间|派送时间|睇下|睇睇|去咗边|喺边|哪嘎达|瞅瞅|瞅一眼|到哪点了|到哪个环节|哪个环节|"
        "CHAJIAN|CHA JIAN|CHA YI XIA|CHA WULIU|WHERE IS IT|WHERE IS MY|WHERE IS|TRACK|CHECK|"
        "TRACKING|STATUS|ANY UPDATE|ETA"
    ),
    "delay": _split(
        "延误|延迟|未更新|没有更新|无更新|莫得动静|莫得动|没得动静|冇动静|咁耐都未到|就是慢|太慢了|慢死了|这么慢|不动了|停滞|好几天没更新|打延误|没更新|不更新|没动静|一直显示派送中|一直派送中|一直在派送|"
        "一直不派送|不派送|没派送|还没派送|没动|不动|卡住|卡在|停在|没信息|没有物流|超时效|超过时效|超时了|"
        "还在始发地|在始发地|一直显示运输中|一直运输中|YANWU|DELAYED|DELAY|STUCK|"
        "NOT MOVING|NO UPDATE|STILL NOT DELIVERED|NOT DELIVERED YET|STILL NOT ARRIVED|NOT ARRIVED YET|NO UPDATES"
    ),
    "claim": _split(
        "理赔|赔付|赔偿|赔款|索赔|赔多少|赔钱|怎么赔|要赔|一起赔|都要赔|都赔|一起理赔|理陪|陪偿|赔尝|给我赔|赔给我|"
        "LIPEI|LI PEI|PEICHANG|PEI CHANG|PEI QIAN|PEIQIAN|COMPENSATION|COMPENSATE|CLAIM|REIMBURSE"
    ),
    "complaint": _split("投诉|客诉|态度恶劣|态度差|态度不好|投宿|头诉|偷诉|TOUSU|TOU SU|COMPLAIN|COMPLAINT"),
    "arbitration": _split("仲裁|ZHONGCAI|ARBITRATION"),
}

# Weak words state a reason or a mood rather than ask for an action ("地址错了退回" asks for a return;
# "客户着急" only colours a request). They count only when no other command is given for the same waybill,
# as ``track`` does (see parser._requests); their intent carries a trailing "~" until then.
WEAK: Final[dict[str, tuple[str, ...]]] = {
    "change_address": _split(
        "地址填错|地址写错|地址错了|地址不对|收件人写错|收件人错了|名字写错|名字错了|姓名写错|电话写错|"
        "电话错了|手机号写错|地址又变了|地址变了|地址改了|WRONG ADDRESS"
    ),
    # not received, said alone: maybe signed for by someone else, maybe only late (a reason beside a request)
    "verify_delivery": _split("没收到|未收到|没拿到|没收着|没拿着|没见着|没见到"),
    "urge": _split("URGENT|ASAP|着急|急用|今天送到|今天送|今天派|今天就派|派出去|送过去|电话打不通|联系不上快递员|"
                   "联系不上派送员|联系不上派件员"),
    "delay": _split("停了"),
    "track": _split("咋还不到|怎么还不到|还没到"),
    "lost": _split("少了"),
    "claim": _split("REFUND"),
    "cancel": _split("取消"),
    "complaint": _split("RUDE"),
}

# Morphemes: stems that carry an intent inside words no list can hold ("加个急", "压扁了", "就是坏的"). They are
# read only when nothing firmer is said about the waybill (intent marked "≈"), and for the intents whose mistake
# costs a parcel (intercept, cancel, change address) the parser then asks the merchant to confirm.
MORPHEMES: Final[dict[str, tuple[str, ...]]] = {
    "intercept": ("拦", "退"),
    "cancel": ("撤",),
    "track": ("查",),
    "change_address": ("改",),
    "claim": ("赔",),
    "verify_delivery": ("核实",),
    "urge": ("急", "快点", "快些", "催"),
    "damaged": ("坏", "破", "扁", "瘪", "碎", "裂", "漏", "烂"),
    "lost": ("丢",),
    "delay": ("不送", "没送", "不派"),
}


# Where a morpheme means something else: 退款 is money back, 撤回 and 撤销 are words of their own.
_NOT_AFTER: Final[dict[str, tuple[str, ...]]] = {
    "退": ("款", "钱", "费", "运费", "货款", "出", "换", "群"), "撤": ("回", "销", "错"), "核实": ("一下重量", "重量"),
    "催": ("了好几", "过"), "快派": ("送了", "了", "件了"),
    # 改到明天: a day, not an address
    "改到": ("明天", "后天", "今天", "下午", "上午", "晚上", "周", "下周", "星期", "礼拜", "几点"),
    "漏": ("发", "寄", "填", "写", "掉", "看", "打", "单", "件"),  # 漏发: forgotten, not leaking
    "少了": ("一位", "位", "一个数", "个数字"),  # "单号少了一位": a digit, not a part of the parcel
    # the payout, not a request for one
    "理赔": ("款",), "赔付": ("款",), "赔偿": ("款", "金"), "赔款": ("项", "已", "到"),
}
# "手快点错了", "经核实", "易碎": no hurry, no check, fragile rather than broken
_NOT_BEFORE: Final[dict[str, str]] = {"快点": "手", "核实": "经", "碎": "易"}
_LATIN_BEFORE: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'")
_LATIN_AFTER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'")

_words = sorted(
    [(w, i) for i, ws in LEXICON.items() for w in ws]
    + [(w, i + "~") for i, ws in WEAK.items() for w in ws]
    + [(w, i + "≈") for i, ws in MORPHEMES.items() for w in ws],
    key=lambda x: -len(x[0]),
)
# The command words by their first character, longest first: the scan below tries only those that can start at a
# position (a regex alternation of them all tried every word at every position where any could start).
_BY_FIRST: Final[dict[str, list[tuple[str, str]]]] = {}
for _w, _i in _words:
    _BY_FIRST.setdefault(_w[0], []).append((_w, _i))


def _fits(text: str, at: int, word: str) -> bool:
    """Whether ``word``, found at ``at``, is that word there: Latin words only whole, morphemes not inside the
    words they are part of."""
    end = at + len(word)
    if word[0] in _LATIN_AFTER:
        return (at == 0 or text[at - 1] not in _LATIN_BEFORE) and (end == len(text) or text[end] not in _LATIN_AFTER)
    after = _NOT_AFTER.get(word)
    if after is not None and any(text.startswith(x, end) for x in after):
        return False
    before = _NOT_BEFORE.get(word)
    return before is None or at == 0 or text[at - 1] != before


# Where a command word may start: one character class, scanned for in C. At each such place the words of that
# character alone are tried, longest first. (One alternation of every word, grouped by first character, cost a
# probe of each of the groups after the right one wherever its words did not match: at the letters of every
# waybill prefix, at every 不 and 一.)
# (a Latin word only whole: not at the T of "YT…", nor wherever a letter or a digit stands before it)
_STARTS: Final = re.compile("[" + "".join(re.escape(c) for c in sorted(_BY_FIRST)) + "](?<![A-Z0-9'][A-Z'])")
_WORDS_AT: Final[dict[str, re.Pattern[str]]] = {
    first: re.compile("|".join(re.escape(w) for w, _ in words)) for first, words in _BY_FIRST.items()}
_INTENT_OF: Final = dict(_words)
# Words everyday phrases sound like ("第一时间" is yi shi, as 遗失) are not listened for.
_NOT_HEARD: Final = frozenset({"遗失"})
_SOUNDS: Final = SoundIndex([(w, i) for w, i in _words if not w.isascii() and i[-1] != "≈" and w not in _NOT_HEARD])


def commands(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Command words in ``text[lo:hi]``, leftmost first and longest at each place: (start, end, intent)."""
    out: list[tuple[int, int, str]] = []
    pos = lo
    while (m := _STARTS.search(text, pos, hi)) is not None:
        s = m.start()
        word_at = _WORDS_AT[m.group()].match(text, s, hi)
        if word_at is None or not _fits(text, s, word := word_at.group()):
            pos = s + 1  # "退款", "CANCELLED": not this word here; something may start inside it
            continue
        pos = word_at.end()
        out.append((s, pos, _INTENT_OF[word]))
    return out
# A change of the receiver's details, however worded: "改一下收件电话", "收件人手机换成", "改个地址".
_CHANGE_CHARS: Final = frozenset("改换变正应新")  # one of them stands in every change of contact ("电话应为")
_CHANGE_CONTACT: Final = re.compile(
    r"改(?:一下|下|个|成|到)?(?:这个|这|新的?)?(?:收件|收货)?人?(?:的)?(?:电话|手机号?|联系方式|地址|名字|姓名)|"
    + each(("收件", "收货"), r"人?(?:的)?(?:电话|手机号?|联系方式|名字|姓名)?(?:改|换|变更)") + "|"
    + each(("收件人", "收货人", "电话", "手机号?", "姓名", "名字"),
            # (not "电话里把单号报错了 A 应该是 B": a waybill number put right)
            r"(?:(?!单号)[^，。\n]){0,24}?(?:改为|改成|换成|变更为|更改为|更换为|正确的是|应该是|应为|更正为)") + "|"
    r"换号|换了号|换了个号|新号码?(?=\s*[:：是为]?\s*[+0-9])|"  # "新号 139…", not "我问问客户新号码"
    + each(("电话", "手机号?", "联系方式"), r"(?:也|再)?(?:改|换)(?:一下|下)?")
)
# Wordings with something between their parts: (pattern, intent) — "态度也差", "东西也少了", "gai 个地址".
_SPREAD: Final[tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...]] = (  # (words it needs one of, pattern, intent)
    (("态度",), re.compile(r"态度[^，。\n]{0,3}(?:差|不好|恶劣)"), "complaint"),
    (("少",), re.compile(r"东西[也都还]少了|少了?(?:点|些)?东西"), "lost"),
    # time gone by and still not there: a delay ("一周了还没到", "3月12号发的 今天都18号了还没到")
    (("没到", "没收到", "没送到", "没来"), re.compile(
        r"(?:[0-9一二两三四五六七八九十几多半]+ ?(?:个)?(?:天|日|周|星期|礼拜|月)|好几天|好多天|这么久|"
        r"都[0-9一二三四五六七八九十]+号)了?[^，。\n]{0,3}?(?:还没到|还没收到|还没送到|没到|没送到|还没来)"), "delay"),
    # signed for, yet not received: "私自签收 客户没收到", "是谁签收的 客户说没收到"
    (("签",), re.compile(r"签(?:收|的)[^。\n]{0,16}?(?:没收到|未收到|没拿到|没见到|说没有|没有这个件|没见过|找不到)"),
     "verify_delivery"),
    # "实际1.2kg 按3kg收的": charged another weight
    (("按",), re.compile(r"按 ?[0-9.]+ ?(?:KG|公斤|斤|千克) ?(?:收|算|计)"), "weight"),
    # "两箱 只收到一箱"
    (("只收到",), re.compile(r"只收到了?[0-9一二两三四五六七八九十]+ ?(?:箱|件|个|包|盒|袋)"), "lost"),
    (("GAI",), re.compile(r"G(?<![A-Z]G)AI ?(?:个|一下|下)? ?(?:地址|DIZHI)"), "change_address"),
    # "你们给算了七斤", "按3kg收": charged a weight the merchant disputes
    (("斤", "KG", "千克"), re.compile(r"(?:算|收|计)(?:了|成|的)?(?:我)?\s?[0-9一二两三四五六七八九十几]+"
                                      r"(?:\.[0-9]+)?\s?"
                                  r"(?:斤|公斤|KG|千克)"), "weight"),
    # "我称的才一公斤多", "称了是2斤": the merchant's own weighing, set against the charge
    (("重量",), re.compile(r"重量[也都还]?(?:不对|有问题|不准|有误)"), "weight"),  # "重量也不对"
    # "请于 6 月 20 日前送达": a date to deliver by
    (("送达", "送到"), re.compile(r"(?:日|号|点|之)前(?:务必)?(?:送达|送到)"), "urge"),
    # words that start with common characters, looked for by their rarer ones
    (("赔", "陪"), re.compile(r"(?:你们|得|全额|按保价|保价|照价|按货值|要求)赔|里[赔陪]"), "claim"),
    (("签",), re.compile(r"谁签(?:收)?的|驿站已签收"), "verify_delivery"),
    (("回来",), re.compile(r"拉回来"), "intercept≈"),
    (("斤", "KG", "千克"), re.compile(r"称(?:的|了|过)?(?:是|才|只有)?\s?[0-9一二两三四五六七八九十几]+(?:\.[0-9]+)?\s?"
                        r"(?:斤|公斤|KG|千克)"),
     "weight"),
    # "到成都了没有", "到站了吗": where it is, asked by place
    (("了没", "了吗", "了么"), re.compile(r"到[^\s，。,\n0-9]{1,5}了(?:没有?|吗|么)"), "track"),
    # "改成 绵竹市九龙镇…", "送到他单位去 昆明市…": a new place given
    # (a guess, confirmed first: the words also stand in reports and questions)
    (("改成", "改为", "新地址", "收件地址", "收货地址"), re.compile(
        r"(?:改成|改为|新地址|(?<=改)[^，。\n]{0,20}?(?:收件|收货)地址[:：])(?!改|换|更)"
        r"(?=[^，。\n?？]{2,24}?(?:省|市|区|县|镇|乡|村|路|街|道)[^，。\n?？]{0,16}?[0-9一二三四五六七八九十]+\s?(?:号|组|栋|幢|楼|室|单元))"),
     "change_address≈"),
)
# Words that take back a command before it ("不用拦截了", "别改址", "取消拦截", "不是要退回", "don't intercept").
# "是不是丢了" asks, it does not deny: 不是 counts only when no 是 stands before it.
_DENYING: Final = (
    "不用", "不要(?<!要不要)", "别", "无需", "不需要", "先别", "暂不", "不必", "不该", "不应该", "不应", "唔使", "唔好",
    "唔要", "莫要", "莫", "甭", "请勿", "勿", "不予", "无须", "另行", "暂缓", "没必要", "用不着", "犯不着", "不必再",
    "覅", "不消", "勿要", "不能(?<!能不能)", "不可以(?<!可不可以)", "HOLD OFF ON(?: THE)?", "HOLD OFF", "BU ?YONG",
    "BU ?YAO", "BIE", "BU")
_NEGATION_BEFORE: Final = re.compile(
    "(?:" + each(_DENYING, r"(?:给(?:我|俺|咱)?|帮(?:我|俺)|再行|再|也|登记|报|申请|去)?") + "|取消|不再|"
    r"不是(?<!是不是)要?|不(?<!要不)(?:申请|要求)?|没有?(?:申请|要求|说过?|让)要?|"
    + each(("从未", "从没有?", "从来没有?"), r"(?:申请|要求|说过?)?") + r"|而非|非(?<![除而并]非)|"
    r"并非(?:要求|要|申请)?|并不(?:要求|要|需要)?|"
    r"DON'?T(?: NEED)?|DO NOT(?: NEED)?|NO NEED (?:TO|FOR)|NOT|DOESN'?T NEED)\s*$"
)
# Used with match() at the end of a command, hence no "^". "拦截取消" cancels the command; "取消订单/寄件/快递"
# are themselves the cancel command, never a negation.
_NEGATION_AFTER: Final = re.compile(
    r"\s*(?:的事|这事|的话|就)?\s*(?:了)?\s*(?:不用了|不要了|取消(?![订寄快])|先不用|算了|不需要了|就算了|后面再说|以后再说|"
    r"回头再说|再说|不申请了?|不办了|不弄了|不搞了|不登记了|有误|没用|没啥用|不管用|另行申请|另行处理|稍后再?申请|"
    r"就?不必了|就免了|"
    r"无需登记|无须登记|不必登记|暂不登记|系误操作|无需再?处理|错了|错啦|NVM)"
)
# 没 denies a state ("没坏", "没有破损", "没丢"), never a command ("还没拦截" asks after one).
_NOT_STATE: Final = re.compile(r"(?:没有|没|并没有|并没)\s*$")
_STATES: Final = frozenset({"damaged", "lost"})
# "不是不拦": a denied denial asks for the action.
_DOUBLE: Final = re.compile(r"(?:不是|不能|不得|不可能)\s*$")


# "不用催了", "别拦了": a negation before a one-character verb that is no command word by itself.
_NEGATED_VERB_CHARS: Final = frozenset("不别无")
_NEGATED_VERB: Final = re.compile(
    each(("不用", "不要", "别", "无需", "不需要", "先别"), r"(?:再|也|给(?:我|俺)?)?(拦|催|改|退|撤|赔|取消)")
    + r"|不再?(拦|催|改|撤|退|赔|取消)了?"
)
_VERB_INTENT: Final = {"拦": "intercept", "催": "urge", "改": "change_address", "退": "intercept", "撤": "cancel",
                "赔": "claim", "取消": "cancel"}
# A withdrawal that names no command: it takes back what was asked for the numbers it stands with, or for those
# of the message before it ("YT1 拦截\nYT1 算了"). "客户不要了" gives a reason, it withdraws nothing.
WITHDRAW: Final = "*"
_WITHDRAWAL: Final = re.compile(
    r"算(?<![多少计合估打核结盘清给]算)了(?!\s?(?:我)?[0-9一二两三四五六七八九十几]+\s?(?:斤|公斤|KG|千克|块|元))|不用了|不需要了|不用弄了|不用管了?|别管了?|不用处理了|先不用了|作罢|不办了|除外|不要动|"
    r"先不动|不用动|别动|先别动|不要动|跳过|后面再说|以后再说|回头再说|当我没说|就当没说|当没说|不用理|别理|不用理会|"
    r"不用登记了?|不登记了|无需登记|无须登记|不必登记|再说(?=$|[\s，,。])|"
    r"不用处理(?=$|[\s，,。])|"
    r"不用(?=$|[\s，,。])|不需要(?=$|[\s，,。])|NVM|NEVER ?MIND|"
    r"NO NEED(?<!SAY NO NEED)(?<!SAYS NO NEED)(?<!SAID NO NEED)|WITHDRAW(?: THAT| THE| THIS)? REQUEST|"
    r"无需处理|无须处理|无需再处理|无需再行处理|暂不处理|暂不需要处理|请勿执行|不予处理|"
    r"先放着|放一放|先搁着|先缓缓|缓一缓|先缓一缓|再等等|不用麻烦了|没必要了|用不着了|没事了|找着了|找到了|"
    r"先压一压|压一压|先压着|"
    r"不要了(?<!客户不要了)(?<!顾客不要了)(?<!买家不要了)(?<!对方不要了)(?<![他她说定示想]不要了)"
)
# Characters one of the negations above must hold: a cheap test before the patterns.
_NEGATION_CHARS: Final = re.compile("[不别无需消NTB唔莫甭勿另D暂没用犯覅非未]")
# one of them stands in every word _NEGATION_AFTER reads
_AFTER_CHARS: Final = re.compile("[不取算再有系无错N没另稍暂免]")
# every withdrawal holds one of them
_WITHDRAWAL_SET: Final = frozenset("算不别作除跳后以回先N无暂请W放缓再没用找压")
# "正常派送", "按原地址送": nothing is to be done for the numbers these stand with; nothing was taken back either.
NOTHING: Final = "-"
_NOTHING_CHARS: Final = frozenset("常原已动好")  # or 没, with the words below
_NOTHING: Final = re.compile(r"(?<=[个单票])\s?不动(?!了)|没拦住|没截住|没拦下|"
                             r"正常派送|正常送|正常派|正常发|正常寄|照常派送|照常送|照常发|按原地址|是正常的|正常的|"
                      r"是好的|完好|好好的|没(?:(?<=[0-9A-Z的个]没)|(?<=[0-9A-Z的] 没))(?:问题|事)|"
                      r"已经拦了|已经拦截了|已拦截|已经撤了|已经撤单了|已经催过了|已经改过了|已经改了")
# "也是", "同上": the same as the command before ("YT1 到哪了 YT2 也是").
SAME: Final = "="
_SAME_CHARS: Final = frozenset("是同样此")
_SAME_AS_BEFORE: Final = re.compile(
    r"也是(?![\u4e00-\u9fff]{0,2}(?:破|坏|丢|拦|催|改|撤|投诉|赔))|同上|也一样|一样的?(?=$|\s)|按此处理|照此处理|同样处理"
)
# Words that cancel the command right after them ("撤销拦截", "cancel 拦截") rather than an order.
_CANCELS_NEXT: Final = frozenset({"撤销", "CANCEL", "CANCEL IT", "取消"})
# "投诉撤回", "投诉撤了吧": the complaint is withdrawn, nothing is intercepted or cancelled
_WITHDRAWS_BEFORE: Final = frozenset({"撤回", "撤销", "撤", "取消"})
# Deferrals take back only the command they follow ("先登记破损 理赔等照片发来再说").
_DEFERRALS: Final = frozenset({"再说", "后面再说", "以后再说", "回头再说", "先放着", "放一放", "先搁着", "先缓缓",
                               "先压一压", "压一压", "先压着",
                               "缓一缓",
                               "先缓一缓", "再等等"})
# "不核实不行": the denial is denied by what follows it.
_MUST: Final = re.compile(r"\s*(?:不行|不可|不得行)")


class Mention:
    """A command word in a clause; ``start``/``end`` are relative to the clause. (A plain class: see Waybill.)"""

    __slots__ = ("contrast", "done", "end", "intent", "negated", "start", "word")

    def __init__(self, intent: str, start: int, end: int, negated: bool, word: str = "") -> None:
        self.intent, self.start, self.end, self.negated, self.word = intent, start, end, negated, word
        self.contrast = False  # negated by 不是 ("是漏液 不是压坏"): a detail put right, not a request taken back
        self.done = False  # reported as done already ("拦过了", "已经投诉"): nothing asked, nothing taken back

    def __repr__(self) -> str:
        return f"Mention({self.intent!r}, {self.start}, {self.end}, negated={self.negated})"


def mentions(line: str) -> list[Mention]:
    """Command mentions in one normalised line, in order."""
    return mentions_by_clause(line, [(0, len(line))])[0]


def mentions_by_clause(text: str, clauses: list[tuple[int, int]], by_sound: bool = False) -> list[list[Mention]]:
    """Command mentions of each clause ``(start, end)`` of ``text``, in order, positions relative to the clause.

    One pass of each pattern over the whole text (no command word holds a clause separator, so no match crosses
    a clause); the negation windows are clipped to the mention's clause, as if each clause were read alone.
    Negated mentions are kept (``negated``): the parser takes back what they name. A withdrawal that names no
    command ("算了", "不用了") is a negated mention of intent ``WITHDRAW``.

    The command words are read first (``_read_words``), then the passes that find wordings of their own or change
    what the words were read as, in this order: phrases and reports (``_phrases``), neighbouring words in a clause
    (``_pairs``), denials and withdrawals (``_denials``), and what is not asked for now (``_not_requests``).
    """
    out: list[list[Mention]] = [[] for _ in clauses]
    if not clauses:
        return out
    found = commands(text, clauses[0][0], clauses[-1][1])
    # which characters the checks below need are there at all: one scan instead of one a check
    has = frozenset(_TRIGGERS.findall(text))
    # (the Latin letters of the negations stand in waybill prefixes too: their words are looked for instead)
    may_deny = not has.isdisjoint(_NEGATION_CJK) or (
        not has.isdisjoint(_LATIN_DENIAL_FIRST) and _LATIN_DENIAL.search(text) is not None)
    may_follow = not has.isdisjoint(_AFTER_SET)
    if by_sound:
        found = _heard(text, clauses, found)
    complained = _read_words(text, clauses, found, out, may_deny, may_follow)
    _phrases(text, clauses, out, has)
    _pairs(out)
    _denials(text, clauses, out, has)
    _not_requests(text, clauses, out, has, complained)
    return out


def _heard(text: str, clauses: list[tuple[int, int]],
           found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"腿回", "众裁": what no word matched may sound like one (a guess: a morpheme's strength)."""
    heard = [(s, e, i.rstrip("~≈") + "≈") for s, e, i in _SOUNDS.find(text, clauses[0][0], clauses[-1][1])
             if all(e <= a or b <= s for a, b, _ in found) and _WHOLE_WORDS.isdisjoint(text[s:e])]
    return sorted(found + heard)


def _read_words(text: str, clauses: list[tuple[int, int]], found: list[tuple[int, int, str]],
                out: list[list[Mention]], may_deny: bool, may_follow: bool) -> bool:
    """The mentions of the command words ``found``, added to their clauses; whether one is a complaint."""
    k = 0
    complained = False
    for s, e, word_intent in found:
        while clauses[k][1] < e:
            k += 1
        lo, hi = clauses[k]
        mention = _mention(text, s, e, word_intent, lo, hi, out[k], may_deny, may_follow)
        if mention is not None:
            out[k].append(mention)
            complained = complained or mention.intent.rstrip("~≈") == "complaint"
    return complained


def _mention(text: str, s: int, e: int, intent: str, lo: int, hi: int, mine: list[Mention], may_deny: bool,
             may_follow: bool) -> Mention | None:
    """The mention of the command word at ``[s, e)`` of ``text``, in its clause ``[lo, hi)`` after the mentions
    ``mine``, with its polarity; None when the word asks for nothing here."""
    if intent[-1] == "≈" and e - s == 1 and text[s] in _WHOLE_WORDS:
        if _alone(text, s, e):
            intent = intent[:-1]  # "YT… 拦", "1拦 2催 3撤": a morpheme standing as a word is the command
        elif text[s] in _ONLY_ALONE:
            return None  # "改成", "查过", "赔得": these say something else inside other words
    base = intent.rstrip("~≈")
    before = _denial_before(text, s, lo, base, mine) if may_deny else None
    negated = _negated(text, s, e, lo, hi, intent, base, before, may_follow)
    if base in _THREATENED and _THREAT.search(text, lo, s) is not None:
        return None  # "要是明天还不到我就投诉了": what the merchant will do, not what they ask for now
    mention = Mention(intent, s - lo, e - lo, negated, text[s:e])
    mention.contrast = negated and before is not None and "不是" in before.group()
    return mention


def _denial_before(text: str, s: int, lo: int, base: str, mine: list[Mention]) -> re.Match[str] | None:
    """The negation standing before the command word at ``s``, if one does."""
    # English negations are longer words ("DON'T", "NO NEED TO"): a wider window after Latin letters
    w0 = max(lo, s - (12 if s and text[s - 1 : s].isascii() else 4))
    if _NEGATION_CHARS.search(text, w0, s) is None:  # most commands stand without one
        return None
    # a word that starts with its modal ("要赔") is negated through it ("不需要赔偿")
    s_neg = s + 1 if text.startswith("要", s) else s
    before = _NEGATION_BEFORE.search(text, w0, s_neg)
    if before is not None and mine and _NO_WAIT.fullmatch(text, lo + mine[-1].end, s) is not None:
        return None  # "拦 不 催", "催 不不不 投诉": "no, wait" after a command puts it right
    if before is not None and base == "cancel" and before.group().startswith("取消") and text[s] in "不别":
        return None  # "取消 不发了": two words for one cancel (but "取消撤单" takes the cancel back)
    return before


def _negated(text: str, s: int, e: int, lo: int, hi: int, intent: str, base: str, before: re.Match[str] | None,
             may_follow: bool) -> bool:
    """Whether the command word at ``[s, e)`` is negated: by the negation ``before`` it, as a state denied
    ("没坏"), or by what follows it ("拦截取消"); a denial denied ("不是不拦", "不核实不行") is none. ``base``: the
    intent without its strength mark."""
    negated = False
    if before is not None:
        # "不是不拦截": the denial is denied
        negated = not (before.group().startswith("不") and not before.group().startswith("不是")
                       and _DOUBLE.search(text, max(lo, before.start() - 3), before.start()) is not None)
    elif (base in _STATES or base == "complaint") and _NOT_STATE.search(text, max(lo, s - 3), s) is not None:
        negated = True
    # A trailing 取消 repeats a cancel ("不寄了 取消") rather than negating it.
    if not negated and intent != "cancel" and may_follow and _AFTER_CHARS.search(text, e, e + 8) is not None:
        negated = _NEGATION_AFTER.match(text, e, min(hi, e + 8)) is not None
    elif negated and _MUST.match(text, e, min(hi, e + 3)) is not None:
        negated = False  # "不核实不行"
    if base == "weight" and not negated and _WEIGHT_RIGHT.match(text, e) is not None:
        negated = True  # "重量无误", "重量是对的": no check wanted
    return negated


def _phrases(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """Wordings no command word holds (a change of contact, words with something between their parts), 作废, and
    requests withdrawn or reported done in so many words. ``has``: which of _TRIGGERS the text holds."""
    if not has.isdisjoint(_CHANGE_CHARS):
        _extra(text, clauses, out, _CHANGE_CONTACT, "change_address", False)
    _spread(text, clauses, out, has)
    if "废" in has and "作废" in text:
        _voided(text, clauses, out)
    if "撤" in has or "销" in has or "取" in has or "废" in has:
        _formal_withdrawals(text, clauses, out)
    if not has.isdisjoint(_REPORT_SET):
        _reports(text, clauses, out, has)


def _spread(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """The wordings of _SPREAD that a character of the text points to, in _SPREAD's order."""
    mask = 0
    for ch in has:
        mask |= _SPREAD_MASK.get(ch, 0)
    while mask:
        low = mask & -mask  # the entries in _SPREAD's order, only those a character of the text points to
        mask ^= low
        needed, pattern, intent = _SPREAD[low.bit_length() - 1]
        if intent[-1] == "≈" and any(x.intent.startswith(intent[:-1]) for mine in out for x in mine):
            continue  # a guess where the message already names the command ("改地址 改成 …")
        if any(n in text for n in needed):
            _extra(text, clauses, out, pattern, intent, False, replace=True)


def _pairs(out: list[list[Mention]]) -> None:
    """Two words side by side in a clause that make one request, or take one back."""
    for mine in out:
        if len(mine) > 1:
            _verb_and_object(mine)
            _cancel_before_command(mine)
            _withdrawn_after_command(mine)


def _denials(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """Negated verbs ("不用催了"), withdrawals ("算了"), nothing to do ("正常派送"), the same as before ("也是")."""
    if not has.isdisjoint(_NEGATED_VERB_CHARS):
        _negated_verbs(text, clauses, out)
    if not has.isdisjoint(_WITHDRAWAL_SET) and _WITHDRAWAL.search(text, clauses[0][0], clauses[-1][1]):
        _withdrawals(text, clauses, out)
    if not has.isdisjoint(_NOTHING_CHARS) or (
            "没" in has and ("没问题" in text or "没事" in text or "没拦" in text or "没截" in text)):
        _extra(text, clauses, out, _NOTHING, NOTHING, True, replace=True)
    if not has.isdisjoint(_SAME_CHARS):
        _extra(text, clauses, out, _SAME_AS_BEFORE, SAME, False)


def _not_requests(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str],
                  complained: bool) -> None:
    """Commands not asked for now: supposed or asked of someone else, the customer's reason for a request, what a
    complaint is about."""
    if any(out) and (not has.isdisjoint(_NOT_ASKED_CHARS) or _NOT_ASKED_WORDS.search(text) is not None):
        _not_asked(text, clauses, out)
    if "取" in has or "退" in has:
        _reasons_given(text, clauses, out)
    if complained and any(x.intent == "complaint" and not x.negated for mine in out for x in mine):
        _complained_of(text, clauses, out)


_COURIER_DID: Final = frozenset({"intercept", "intercept≈", "change_address", "change_address≈", "cancel"})
_ABOUT: Final = re.compile(r"对(?<![不核相面反绝针比]对)(?![的了吗啊劲])")


# Who handles the parcel: what they did ("快递员私自改派到驿站了") is what a complaint is about.
_COURIER: Final = re.compile(r"快递员|派件员|派送员|配送员|揽件员|揽收员|快递小哥|小哥|送货的|送快递的|业务员|司机")
_ASKED_OF: Final = re.compile(r"让|请|叫|帮|麻烦|给我(?!退|拦|改)")


def _complained_of(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    """"对快递员私自改派一事进行投诉", "对理赔处理时效提出投诉": what a complaint is about is no request; nor is
    what the courier did ("快递员没打电话就给退回了 投诉")."""
    for (lo, _), mine in zip(clauses, out, strict=True):
        for x in list(mine):
            if x.intent in _COURIER_DID and not x.negated and (who := _COURIER.search(
                    text, max(lo, lo + x.start - 14), lo + x.start)) is not None and _ASKED_OF.search(
                    text, who.end(), lo + x.start) is None:
                mine.remove(x)
        for c in [x for x in mine if x.intent == "complaint" and not x.negated]:
            about = [m.start() for m in _ABOUT.finditer(text, lo, lo + c.start)]
            if about:
                at = about[-1]
                mine[:] = [x for x in mine if x is c or not (at - lo < x.start and x.end <= c.start)]


# "客户已取消订单": what the customer did, the reason for a request beside it ("拦截退回，客户已取消订单").
_THEY_DID: Final = re.compile(r"(?:客户|顾客|买家|对方|收件人)(?:那边|已经|已|都|也|刚刚?|自己)*\s*$")


def _reasons_given(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    told = [(lo, x) for (lo, _), mine in zip(clauses, out, strict=True) for x in mine
            if x.intent == "cancel" and not x.negated
            and _THEY_DID.search(text, max(lo, lo + x.start - 8), lo + x.start)]
    if told and any(not x.negated and x.intent.rstrip("~≈") not in ("cancel", WITHDRAW, NOTHING, SAME)
                    for mine in out for x in mine):
        for mine in out:
            for _, x in told:
                if x in mine:
                    mine.remove(x)


_INFORMATION_CHARS: Final = frozenset("仅转特备系工无")  # one of them stands in every _FOR_INFORMATION
_DONE_AFTER_CHARS: Final = frozenset("过遍次功已款提金")  # and in every _DONE_AFTER
_DONE_BEFORE_CHARS: Final = frozenset("已过显上之以擅私自怎咋")  # and in every _DONE_BEFORE
_REPORT_SET: Final = _INFORMATION_CHARS | _DONE_AFTER_CHARS | _DONE_BEFORE_CHARS | {"被"}  # what _reports looks for
_NEGATION_SET: Final = frozenset(_NEGATION_CHARS.pattern[1:-1])
_AFTER_SET: Final = frozenset(_AFTER_CHARS.pattern[1:-1])
_NEGATION_CJK: Final = frozenset(c for c in _NEGATION_SET if not c.isascii())
_LATIN_DENIAL: Final = re.compile(r"NO|DON|DOESN|HOLD|BU|BIE")
_LATIN_DENIAL_FIRST: Final = frozenset("NDB")  # of them, only these are scanned for
# Which of _SPREAD may match, by a character its words start with (``has`` holds the characters a text has): bit k
# stands for _SPREAD[k].
_SPREAD_MASK: Final[dict[str, int]] = {}
for _k, _entry in enumerate(_SPREAD):
    for _c in {n[0] for n in _entry[0]}:
        _SPREAD_MASK[_c] = _SPREAD_MASK.get(_c, 0) | (1 << _k)
# The characters the guards of mentions_by_clause's passes look for (each rarer pattern needs one), scanned once.
_GUARDS: Final = (set("话时否后没废撤销取") | _CHANGE_CHARS | _NEGATED_VERB_CHARS | _NOTHING_CHARS | _SAME_CHARS
                  | {n[0] for needed, _, _ in _SPREAD for n in needed})
_TRIGGERS: Final = re.compile(
    "[" + "".join(sorted(_GUARDS | _REPORT_SET | _NEGATION_SET | _AFTER_SET | _WITHDRAWAL_SET)) + "]")


def _extra(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], pattern: re.Pattern[str],
           intent: str, negated: bool, replace: bool = False) -> None:
    """Mentions found by a pattern of their own, where no command word stands already (``replace``: the pattern's
    reading wins over the words inside it, "已经拦了" is a report, not 拦)."""
    k = 0
    for m in pattern.finditer(text, clauses[0][0], clauses[-1][1]):
        while clauses[k][1] < m.end():
            k += 1
        lo = clauses[k][0]
        s, e = m.start() - lo, m.end() - lo
        mine = out[k]
        inside = [x for x in mine if x.start < e and s < x.end]
        if inside and not (replace and all(s <= x.start and x.end <= e for x in inside)):
            continue
        for x in inside:
            mine.remove(x)
        mine.append(Mention(intent, s, e, negated, m.group()))
        mine.sort(key=lambda x: x.start)


def _withdrawn_after_command(mine: list[Mention]) -> None:
    """"投诉撤回", "拦截撤销": a withdrawing word right after a command takes that command back."""
    drop = []
    for a, b in itertools.pairwise(mine):
        if b.word in _WITHDRAWS_BEFORE and 0 <= b.start - a.end <= (
                1 if a.intent.rstrip("~≈") != b.intent.rstrip("~≈") else 0):  # "拦截撤回": glued, even the same
            a.negated = True
            drop.append(b)
    for b in drop:
        mine.remove(b)


# 作废 of an order is a cancel; of a message ("刚才那条作废") it takes the message back, and of a number given
# in place of another ("A 作废 用这个 B") it says the number was wrong: nothing is asked for A.
_VOIDED_MESSAGE: Final = re.compile(r"(?:条|刚才|刚刚|上面|之前|前面|上一|此前|上述|以上|申请|指令)[^0-9A-Z]{0,4}$")
_VOIDED_NUMBER: Final = re.compile(r"\s*(?:[,，]\s*)?(?:用这个|用这|用|以|换成|换|改用|正确的|应该是|应为|是)")


def _voided(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    for (lo, _), mine in zip(clauses, out, strict=True):
        for x in mine:
            if x.word != "作废" or x.negated:
                continue
            if _VOIDED_MESSAGE.search(text, lo, lo + x.start) is not None:
                x.intent, x.negated = WITHDRAW, True
            elif _VOIDED_NUMBER.match(text, lo + x.end) is not None:
                x.intent, x.negated = NOTHING, True


# Morphemes that, standing alone, are the whole command (terse chat: "拦！", "查", "改"); 急 and 快点 stay manner.
_WHOLE_WORDS: Final = frozenset("拦退撤催查改赔丢坏破碎")
_ONLY_ALONE: Final = frozenset("查改赔")
_EDGE: Final = frozenset(" \n0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!！?？,，。.、~+:：;；")


_EDGE_BEFORE: Final = _EDGE | frozenset("全都也再先快帮就还接的单个能照点")  # "全拦", "直接退", "照撤", "快点拦"
_EDGE_AFTER: Final = _EDGE | frozenset("吧啊呀哈嘛呗哦吗一")  # "拦吧", "催啊", "赔吗", "改一下"


def _alone(text: str, s: int, e: int) -> bool:
    return (s == 0 or text[s - 1] in _EDGE_BEFORE) and (e == len(text) or text[e] in _EDGE_AFTER)


# "不拦截的话客户就要闹了", "客户要赔的话我再找你": a supposition; "退回来后帮忙核一下重量": a time; "问下客户
#要不要赔": a question for someone else. None of them is asked for (or taken back) now.
# One of them stands in every word _not_asked reads (a cheap look before its patterns).
_NOT_ASKED_CHARS: Final = frozenset("话时否后")
_NOT_ASKED_WORDS: Final = re.compile("要不要|需不需要|的件|的那个件|的包裹|的单子|途中|权利|路上")
_SUPPOSED_AFTER: Final = re.compile(
    r"\s*(?:的件|的包裹|的那个件|的单子|的话|的时候|途中|的路上|(?:的)?权利|之后(?=\s*(?:反而|又|还是|却|才))|(?:之|以)?后(?=\s*[0-9一二两三四五六七八九十几]+\s*(?:天|日|小时|周)))")
_ASKED_WHETHER: Final = re.compile(r"(?:要不要|需不需要|是否要?)\s*$")
_WHETHER_ONLY: Final = frozenset({"claim", "complaint", "arbitration", "damaged", "lost", "delay", "weight", "urge"})


def _not_asked(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    for (lo, _), mine in zip(clauses, out, strict=True):
        mine[:] = [x for x in mine if not (
            _SUPPOSED_AFTER.match(text, lo + x.end) is not None
            or (x.intent.rstrip("~≈") in _WHETHER_ONLY and not x.negated
                and _ASKED_WHETHER.search(text, max(lo, lo + x.start - 5), lo + x.start) is not None))]


_WEIGHT_RIGHT: Final = re.compile(r"\s*(?:是对的|无误|没问题|没错|正确)")
# "再不到我就投诉", "要是丢了就得理赔": a threat on a condition, not a request.
_THREATENED: Final = frozenset({"complaint", "claim", "arbitration"})
_THREAT: Final = re.compile(
    each(("要是", "如果", "假如", "万一", "再不", "若是", "倘若"),
         r"[^，,。\n]{0,14}?(?:我|我们|俺)?就(?:要|会|去|得)?\s*$")
    + "|" + each(("如果?", "若"), r"[^。\n]{0,16}?(?:我方|我司|我们)(?:就|将|会)(?:要|去)?(?:申请|提请|提出)?\s*$"))
# A 不 standing alone right after a command: "no" — the merchant puts the command right, not denies the next.
_NO_WAIT: Final = re.compile(r"[\s，,。!！—-]*(?:(?:啊|哦|噢|呃|额|嗯|诶)?(?:不是|不对|不)+|等下|等等)[\s，,。!！~—-]+")
# "拦过了", "已经投诉", "撤单成功了", "催了一遍": a command done already, reported; nothing is asked.
_DONE_AFTER: Final = re.compile(
    r"了?过(?!来|去|期|于|重|多|程)|了一遍|了一次|成功(?![吗没么不?？]|了[吗没么?？])|已经?(?:走|办|弄|做)过|"
    r"提交了(?![吗没么])|"
    r"(?:申请|事宜|工单)?(?:已受理|已成功|处理成功|提交成功|已提交|已办理|已完成|已结案|已生效|已通过|已有回复|已回复)|"
    r"(?:款|款项|金)(?:[^，。\n]{0,12})?已?(?:到账|收到|打款)")
_DONE_BEFORE: Final = re.compile(
    r"(?:已(?<!订单已)(?<!单子已)(?:经|于[^\s，,。]{0,10}?)?(?:帮你|给你|帮您|在[^\s，,。]{0,6}|申请|提交|办理|登记|发起|发)?|"
    r"系统显示(?:已经?)?|显示(?:已经?)?|申请过|提交过|登记过|办理过|"
    r"上次|上回|上一次|之前那次|以前|擅自|私自|自作主张|"
    + each(("怎么", "咋"), r"(?:(?:还|又|就)?(?:给|被)|又)(?:我|俺)?")
    + ")$")
# "上次 YT… 拦截了": the same, with the number between
_DONE_BEFORE_NUMBER: Final = re.compile(r"(?:上次|上回|上一次|之前)\s*[0-9A-Z]{8,20}\s*$")
# "被拦截了", "被退回了": done to the parcel, not asked (but "被摔坏了", "被别人签收了" are its state).
_PASSIVE: Final = re.compile(r"(?<![要会])被$")
_ACTIONS: Final = frozenset({"intercept", "cancel", "change_address", "urge"})
# The message only passes something on: every command in it is a report ("此处仅作同步，无需重复处理").
_FOR_INFORMATION: Final = re.compile(r"仅作同步|仅作备案|仅供备案|仅作告知|仅供参考|转发备查|特此告知|无需重复|"
                                     r"此处仅作|备查|"
                                     r"以上为系统推送|系统通知|工单通知")


# Firm words of actions (not symptoms, which are states: "已经延误了"; not morphemes: "已退" is a refund).
_DONE_INTENTS: Final = frozenset({"intercept", "cancel", "change_address", "urge", "track", "verify_delivery", "weight",
                           "complaint", "claim", "arbitration"})
# Who did it, when not the merchant or us: "客户已经投诉了" is a complaint to record, not a report.
_SOMEONE_ELSE: Final = re.compile(r"客户|顾客|买家|对方|收件人|人家|他们|她|他")


def _reports(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """``has``: which of _TRIGGERS the text holds (each pattern below needs one of its characters)."""
    passed_on = not has.isdisjoint(_INFORMATION_CHARS) and _FOR_INFORMATION.search(text) is not None
    after = not has.isdisjoint(_DONE_AFTER_CHARS)
    earlier = "上次" in text or "上回" in text or "之前" in text
    before = not has.isdisjoint(_DONE_BEFORE_CHARS)
    for (lo, _), mine in zip(clauses, out, strict=True):
        for x in mine:
            if x.negated or x.intent.rstrip("~≈") not in _DONE_INTENTS:
                continue
            if passed_on:
                x.negated = x.done = True
                continue
            if ((after and _DONE_AFTER.match(text, lo + x.end) is not None) or (
                    before and x.intent[-1] != "≈" and not text.startswith("签", lo + x.start)  # "已签收但没收到"
                    and x.intent != "verify_delivery"  # "显示驿站已签收": the symptom itself
                    and (_DONE_BEFORE.search(text, max(lo, lo + x.start - 12), lo + x.start) is not None or (
                        earlier and _DONE_BEFORE_NUMBER.search(text, max(lo, lo + x.start - 28), lo + x.start)
                        is not None))) or (
                    x.intent in _ACTIONS and _PASSIVE.search(text, max(lo, lo + x.start - 3), lo + x.start))) and (
                    _SOMEONE_ELSE.search(text, max(lo, lo + x.start - 8), lo + x.start) is None):
                x.negated = x.done = True


# "此前申请的拦截予以撤回", "撤回此前提交的 YT… 拦截申请": a request (a noun here) withdrawn in so many words.
_WITHDRAW_WORDS: Final = frozenset({"撤回", "撤销", "取消", "作废"})
_WITHDRAWN_AFTER: Final = re.compile(
    r"(?:申请|指令|请求|登记|工单|报备|事宜)?(?:已|均|都|全部|一并|请|予以|请予以|现予|现予以|现|现在)*")
_GRANTED: Final = re.compile(r"(?:予以|现予|予|一并|全部|均|申请)$")
_REQUEST_NOUN: Final = re.compile(r"申请|指令|请求|登记|工单|诉求")
_WITHDRAWN_BEFORE: Final = re.compile(
    r"(?:我方|我们|我司|本公司|贵司)?[^，。,\n]{0,28}?(?:提交|申请|发起|登记|提出)?的?")


def _formal_withdrawals(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    for (lo, _), mine in zip(clauses, out, strict=True):
        for w in [x for x in mine if x.word in _WITHDRAW_WORDS]:
            others = [a for a in mine if a is not w and not a.negated and a.intent not in (WITHDRAW, NOTHING, SAME)]
            before = [a for a in others
                      if a.end <= w.start and _WITHDRAWN_AFTER.fullmatch(text, lo + a.end, lo + w.start)
                      and (w.start > a.end or w.word == "作废" or a.intent.rstrip("~≈") == w.intent.rstrip("~≈"))]
            after = [a for a in others if w.end <= a.start and _REQUEST_NOUN.match(text, lo + a.end)
                     and _WITHDRAWN_BEFORE.fullmatch(text, lo + w.end, lo + a.start)]
            hit = before[-1:] or after[:1]
            if hit and all(not (x.start < w.start < x.end) for x in mine if x is not w):
                hit[0].negated = True
                mine.remove(w)
            elif not hit and w.word in ("撤回", "撤销") and _GRANTED.search(
                    text, max(lo, lo + w.start - 3), lo + w.start):
                w.intent, w.negated = WITHDRAW, True  # "…，现予以撤回": the request named before, withdrawn


def _verb_and_object(mine: list[Mention]) -> None:
    """"查一下重量", "查下签收": a bare 查 before what it looks into is that one request, not a lookup as well."""
    for i in range(len(mine) - 2, -1, -1):
        a, b = mine[i], mine[i + 1]
        if a.intent == "track" and b.end > a.end == b.start and b.intent.rstrip("~≈") != "track" and not (
                a.negated or b.negated):
            b.start = a.start
            del mine[i]


def _cancel_before_command(mine: list[Mention]) -> None:
    """"撤销拦截", "cancel 拦截": a cancel word right before another command takes that command back."""
    drop = []
    for a, b in itertools.pairwise(mine):
        if a.word in _CANCELS_NEXT and b.intent != "cancel" and b.start - a.end <= (
                6 if a.word.isascii() else 2) and not a.negated:  # "撤销拦截", "cancel the intercept"
            b.negated = True
            drop.append(a)
    for a in drop:
        mine.remove(a)


def _negated_verbs(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    k = 0
    for m in _NEGATED_VERB.finditer(text, clauses[0][0], clauses[-1][1]):
        verb = m.lastindex or 1
        while clauses[k][1] < m.end():
            k += 1
        lo = clauses[k][0]
        mine = out[k]
        at = m.end(verb) - 1 - lo
        if any(x.start <= at < x.end for x in mine):  # part of a full command word
            continue
        # "不是不拦": the denial is denied, the verb is asked for
        positive = m.group().startswith("不") and _DOUBLE.search(text, max(lo, m.start() - 3), m.start()) is not None
        mine.append(Mention(_VERB_INTENT[m.group(verb)], m.start() - lo, m.end() - lo, not positive, m.group()))
        mine.sort(key=lambda x: x.start)


_OLD_VALUE: Final = re.compile(r"原来的?那?个?(?:电话|号码?|手机|地址)|原先的?(?:电话|号码?|地址)|"
                               r"旧(?:号码?|电话|手机|地址)|"
                               r"原(?:电话|号码|手机号?|地址)|以前的(?:电话|号码?|地址)")


_NOT_YET: Final = re.compile(r"(?:还不到|还没到|不到|没到|不行|没用|还不行)\s*$")


def _withdrawals(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    k = 0
    for m in _WITHDRAWAL.finditer(text, clauses[0][0], clauses[-1][1]):
        while clauses[k][1] < m.end():
            k += 1
        lo = clauses[k][0]
        mine = out[k]
        s, e = m.start() - lo, m.end() - lo
        if _inside_word(mine, s, e) or _takes_nothing_back(text, m, lo, mine, s):
            continue
        if m.group() in _DEFERRALS:
            earlier = [x for x in mine if x.end <= s and not x.negated and x.intent not in (WITHDRAW, NOTHING)]
            if earlier:  # "理赔等客户把照片发来再说": only that command waits
                earlier[-1].negated = True
                continue
        mine.append(Mention(WITHDRAW, s, e, True, m.group()))
        mine.sort(key=lambda x: x.start)


def _inside_word(mine: list[Mention], s: int, e: int) -> bool:
    """Whether a withdrawal at ``[s, e)`` of its clause is inside a command word ("不要了" of a longer one); a
    delay it covers is dropped instead ("先不动": leave it, not "it does not move")."""
    inside = [x for x in mine if x.start < e and s < x.end]
    if inside and all(x.intent.rstrip("~≈") == "delay" and s <= x.start and x.end <= e for x in inside):
        for x in inside:
            mine.remove(x)
        return False
    return bool(inside)


def _takes_nothing_back(text: str, m: re.Match[str], lo: int, mine: list[Mention], s: int) -> bool:
    """Withdrawing words that take back no request where they stand."""
    e = m.end() - lo
    if any(x.negated and (0 <= s - x.end <= 2 or 0 <= x.start - e <= 1) for x in mine):
        return True  # "理赔后面再说", "不用登记延误": it takes back the command beside it, already negated
    if _OLD_VALUE.search(text, max(lo, m.start() - 24), m.start()) is not None:
        return True  # "原来那个电话 不用了": the old phone or address is given up, not the request
    if m.group() == "不要了" and any(not x.negated for x in mine):
        return True  # "不要了 撤单": the reason for a command, not a withdrawal
    # "先催一下看看 还不到再说": what to do later, if it comes to that; nothing taken back
    return m.group() in _DEFERRALS and _NOT_YET.search(text, max(lo, m.start() - 4), m.start()) is not None
