"""Wordings found by patterns of their own rather than by a word of the lexicon.

A change of the receiver's details however worded ("改一下收件电话", "收件人手机换成"), words with something
between their parts ("态度也差", "一周了还没到"), nothing to be done ("正常派送", "是好的"), the same command as
before ("同上", "也是"), and a verb with its object ("查一下重量"). No list of words can hold these; each pattern is
tried only when the text holds a character every match of it needs (``has``, from the one scan in ``intents``).
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.lexicon import BUYERS, NOTHING, SAME, STILL_SENT, WITHDRAW
from router.parsing.polarity import return_address
from router.parsing.words import Mention

# A change of the receiver's details, however worded: "改一下收件电话", "收件人手机换成", "改个地址".
CHANGE_CHARS: Final = frozenset("改换变正应新")  # one of them stands in every change of contact ("电话应为")
_CHANGE_CONTACT: Final = re.compile(
    r"改(?:一下|下|个|成|到)?(?:这个|这|新的?)?(?:收件|收货)?人?(?:的)?(?:电话|手机号?|联系方式|地址|名字|姓名)|"
    + each(("收件", "收货"), r"人?(?:的)?(?:电话|手机号?|联系方式|名字|姓名)?(?:改|换|变更)") + "|"
    + each(("收件人", "收货人", "电话", "手机号?", "姓名", "名字", "收件地址", "收货地址"),
            # (not "电话里把单号报错了 A 应该是 B": a waybill number put right)
            r"(?:(?!单号)[^，。\n]){0,24}?(?:改为|改成|换成|变更为|更改为|更换为|正确的是|正确是|正确为|应该是|应为|"
            r"更正为)") + "|"
    r"换号|换了号|换了个号|新(?:号码?|电话|手机号?)(?=\s*[:：是为]?\s*[+0-9])|"  # "新号 139…", not "我问问客户新号码"
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
    # time gone by and the parcel still where it was: a delay, unless something firmer is asked ("在石家庄趴了四天了",
    # "还在原地 一个礼拜了", "一直在转运中 一周了")
    (("天", "周", "礼拜", "星期", "个月"), re.compile(
        r"(?:还在|一直|仍在|仍然|还是|趴了?|躺了?|待了|停了|卡了)[^，。\n]{0,12}?"
        r"(?:[0-9一二两三四五六七八九十几多半]+ ?(?:个)?(?:天|周|星期|礼拜)|好几天|好多天)|"
        # (each starts with its unit, so that the engine skips to one; 今天, 上周 are no time gone by)
        r"(?:天(?<![今昨前明后当每哪整天]天)|周(?<![上本这下每]周)|星期(?<![上本这下每]星期)|礼拜(?<![上本这下每]礼拜)|"
        r"个月(?<![这上下每本]个月))"
        r"了?[^，。\n]{0,6}?(?:还在|一直|仍在|都没|没变|没信|也没人送|没有?\s?更新)"), "delay~"),
    # "3月5号发的 今天15号了还没到", "6月3号发的 到今天还没到": sent long ago and not there
    (("没到", "没收到", "没送到"), re.compile(
        r"(?:发|寄)(?:的|出)[^，。\n]{0,6}?(?:到今天|到现在|至今|今天[0-9一二三四五六七八九十]+号了?)[^，。\n]{0,5}?"
        r"(?:还没到|没到|还没收到|还没送到)"), "delay"),
    # "六天了 还在路上", "今天1月9号了 还在路上": still on the way after days gone by is late, not a question
    # ("十来天了 还在路上", "早就该到了 现在还在半路上")
    (("还在路上", "还在运输", "还在中转", "还在半路"), re.compile(
        r"(?:[0-9一二两三四五六七八九十几多半]+ ?来?(?:个)?(?:天|周|星期|礼拜|月)了?|好几天了?|好多天了?|这么久了?|"
        r"[0-9]+ ?号了|今天 ?[0-9]+ ?号|该到了)[^，。\n]{0,8}?还在(?:路上|运输|中转|半路)"), "delay"),
    # "显示放驿站了 可是我去驿站找了没有": left somewhere, and not there
    (("驿站", "快递柜", "门口", "代收点"), re.compile(
        r"(?:放|送到|放在|放到)(?:了)?[^，。\n]{0,4}?(?:驿站|快递柜|门口|代收点)[^。\n]{0,24}?(?:没有|找不到|没找到|没看到|说没|没得(?!问题))"),
     "verify_delivery"),
    # "到沈阳没", "明天能到哈尔滨不", "到驿站了吧": whether it has reached a place, or will
    (("没", "吗", "不", "吧"), re.compile(
        # (not "能退到仓库吗", "能寄到新地址不": where a command sends it, asked politely)
        r"到(?<![收已退拦撤转寄送改运发派回截返搬]到)(?<!已经到)(?!账|付|期|时|底|处|点)[^\s，,。0-9A-Z?？了]{1,6}?了?(?:没有?|吗|不|了吧)"
        r"(?=$|[\s，,。?？!！~])"), "track~"),
    # words whose first character is everywhere in chat (体, 首, 里, 解 …): looked for by a rarer part, so that the
    # lexicon's scan does not stop at every such character
    (("蜗牛",), re.compile(r"蜗牛"), "delay~"),
    (("空",), re.compile(r"空盒|空箱|空袋(?<!真空袋)|空包(?!装)|收到空(?![气调心])|是空的|里面是空"),
     "lost"),  # (not "收到空气炸锅")
    (("体积重", "首重", "续重"), re.compile(r"体积重|首重|续重"), "weight"),
    (("解冻",), re.compile(r"解冻了"), "damaged~"),
    # signed for, yet not received: "私自签收 客户没收到", "是谁签收的 客户说没收到", "放快递柜签收 柜子里没有"
    (("签",), re.compile(r"签(?:收|的)[^。\n]{0,16}?(?<!不是)"  # ("客户说是破了 不是没收到": not that)
                         r"(?:没收到|未收到|没拿到|没见到|说没有|没有这个件|没这个件|没见过|找不到|里没有|里面没有|里也没有|不在家)"),
     "verify_delivery"),
    # "派件员说送了 客户说没有", "物流说放门卫了 门卫说没有": delivered as told, not as found
    (("说",), re.compile(r"说(?:已经|已)?(?:送了|送到了|送过了|放[^\s，,。]{1,4}了|签收了)[^。\n]{0,12}?"
                        rf"(?:{BUYERS}|门卫|保安|家里|驿站)[^。\n]{{0,4}}?说?(?:没有|没收到|没这个件|没见到)"),
     "verify_delivery"),
    # "实际1.2kg 按3kg收的": charged another weight
    (("按",), re.compile(r"按 ?[0-9.]+ ?(?:KG|公斤|斤|千克) ?(?:收|算|计)"), "weight"),
    # "两箱 只收到一箱"
    # "帮看下这单物流": where it is, asked with words between
    # (or with the number between: "看下 JT… 的物流")
    (("物流",), re.compile(r"看(?:一?下|看)?(?:(?:这|那)?[单个件票]?的?|\s?[0-9A-Z]{10,20}\s?的)物流|"
                          r"物流(?:麻烦|帮忙|帮)(?:我)?(?:看|查)(?:一?下|看)"), "track"),
    # ("只收到上衣 裤子没有": one thing arrived, the other named missing)
    (("只收到",), re.compile(r"只收到了?(?:[0-9一二两三四五六七八九十]+ ?(?:箱|件|个|包|盒|袋)|"
                            r"[^\s，。,\n0-9]{1,8}[\s，,]+[^\s，。,\n0-9]{1,6}(?:没有|没收到|没到|没见到))"), "lost"),
    # "里面少了一瓶", "少了两个": part of the contents missing, counted (not "少了一位", a digit of the number)
    (("少",), re.compile(r"少了?[0-9一二两三四五六七八九十几]+ ?(?:瓶|个|件|盒|包|袋|箱|双|套|只|支|罐|本|桶|份)"),
     "lost"),
    (("GAI",), re.compile(r"G(?<![A-Z]G)AI ?(?:个|一下|下)? ?(?:地址|DIZHI)"), "change_address"),
    # "你们给算了七斤", "按3kg收": charged a weight the merchant disputes
    (("斤", "KG", "千克"), re.compile(r"(?:算|收|计|计费)(?:了|成|的|成了|为)?(?:我)?\s?[0-9一二两三四五六七八九十几]+"
                                      r"(?:\.[0-9]+)?\s?"
                                  r"(?:斤|公斤|KG|千克)"), "weight"),
    # "我称的才一公斤多", "称了是2斤": the merchant's own weighing, set against the charge
    (("重量",), re.compile(r"重量[也都还]?(?:不对|有问题|不准|有误)"), "weight"),  # "重量也不对"
    # "请于 6 月 20 日前送达": a date to deliver by
    (("送达", "送到"), re.compile(r"(?:日|号|点|之)前(?:务必)?(?:送达|送到)"), "urge"),
    # words that start with common characters, looked for by their rarer ones
    (("赔", "陪"), re.compile(r"(?:你们|得|必须|全额|按保价|保价|照价|按货值|要求)赔|里[赔陪]|得(?:你们?|恁)赔"),
     "claim"),
    (("签",), re.compile(r"谁(?:给|帮)?签(?:收)?的|哪个签的|驿站已签收"), "verify_delivery"),
    (("回来",), re.compile(r"拉回来"), "intercept≈"),
    (("斤", "KG", "千克"), re.compile(r"称(?:的|了|过)?(?:是|才|只有)?\s?[0-9一二两三四五六七八九十几]+(?:\.[0-9]+)?\s?"
                        r"(?:斤|公斤|KG|千克)"),
     "weight"),
    # "签收没", "收到没", "派出去没", "在什么地方": asked where it is, closing the sentence (not "收到没问题",
    # "签收没事", "放在什么地方都行")
    (("收没", "到没", "到了没", "去没", "去了没", "什么地方", "啥地方"), re.compile(
        r"(?:签收|收到了?|派出去了?)没(?:有)?(?=$|[\s，,。?？!！呢啊呀])|在(?:什么|啥)地方(?![都也])"), "track"),
    # "到成都了没有", "到站了吗": where it is, asked by place
    # ("到底拦截了没有" asks after a request, not where the parcel is)
    (("了没", "了吗", "了么"), re.compile(r"到(?!底)[^\s，。,\n0-9]{1,5}了(?:没有?|吗|么)"), "track"),
    # "出了海关没", "出咗海关未": past a stage yet?
    (("出",), re.compile(r"出了[^\s，。,\n0-9]{1,5}?(?:没有?|吗|么|未)|"
                        # ("出东莞了没": past a place yet; not "出什么事了吗")
                        r"出(?![了来去库门货单])(?![^\s，。,\n]{0,4}?(?:事|问题|错|毛病|状况|岔|来|去))[^\s，。,\n0-9了]{1,4}了"
                        r"(?:没有?|吗|么|未)"),
     "track"),
    # "大概几天到成都", "什么时候能送到杭州": when it reaches a place
    (("几天", "多久", "啥时候", "什么时候", "哪天"), re.compile(
        r"(?:几天|多久|啥时候|什么时候|哪天)(?:能|可以|才|会)?(?:到|送到)(?!账|期|位|手|时|底)[^\s，,。0-9A-Z]{1,6}"),
     "track"),
    # "共 5 箱 第 3 箱没收到": one part of the parcel missing
    (("没收到", "没到"), re.compile(
        r"第\s?[0-9一二两三四五六七八九十]+\s?(?:箱|件|个|包|袋)\s?(?:没收到|没到|没有收到)"), "lost"),
    # "改成 绵竹市九龙镇…", "送到他单位去 昆明市…": a new place given
    # (a guess, confirmed first: the words also stand in reports and questions)
    (("改成", "改为", "换成", "新地址", "收件地址", "收货地址", "地址转", "地址", "转到", "放到", "送到", "送去",
      "改去", "改下", "改一下", "新家"),
     re.compile(
        r"(?:改成|改为|换成|新地址|新家(?:在|是|地址)|"
        # (not the merchant's own: "退货地址改一下", "我们仓库改一下")
        r"改一?下(?<!退货地址改下)(?<!退货地址改一下)(?<!仓库改下)(?<!仓库改一下)(?<!发货地址改一下)"
        r"(?![^，。\n]{0,3}?(?:备注|价|尺码|颜色|数量|重量|订单|时间|电话))|(?<=改)[^，。\n]{0,20}?(?:收件|收货)地址[:：]|地址转(?:去|到)|"
        r"(?<=送到)[^，。\n]{0,10}?地址(?:是|[:：])|"
        r"(?:转到|转送到|放到|送到|送去|改去)(?<!显示..)(?<!本来要..)(?<!原本要..)(?<!应该..)(?<!已经..)(?<!本来是..)(?<!原来是..)(?<!是..))(?!改|换|更)"
        r"(?=[^，。\n?？]{2,24}?(?:省|市|区|县|镇|乡|村|路|街|道)[^，。\n?？]{0,16}?[0-9一二三四五六七八九十]+\s?(?:号|组|栋|幢|楼|室|单元))"),
     "change_address≈"),
)
# Which of _SPREAD may match, by a character its words start with (``has`` holds the characters a text has): bit k
# stands for _SPREAD[k].
_SPREAD_MASK: Final[dict[str, int]] = {}
for _k, _entry in enumerate(_SPREAD):
    for _c in {n[0] for n in _entry[0]}:
        _SPREAD_MASK[_c] = _SPREAD_MASK.get(_c, 0) | (1 << _k)
SPREAD_CHARS: Final = frozenset(_SPREAD_MASK)  # for the one scan of the text that tells which passes may apply
# "正常派送", "按原地址送": nothing is to be done for the numbers these stand with; nothing was taken back either.
NOTHING_CHARS: Final = frozenset("常原已动好照续留还")  # or 没, with the words below
_NOTHING: Final = re.compile(r"(?<=[个单票的号俩仨])\s?不动(?!了)|没拦住|没截住|没拦下|"
                             r"还是(?:照常)?(?:寄|发)(?:吧|了吧)|"  # ("撤单 不对不对 还是寄吧": sent after all)
                             + STILL_SENT + "|"
                             r"正常派送|正常送|正常派|正常发|正常寄|照常派送|照常派|照常配送|照常送|照常发|照常寄|照寄|照发|照送|照派(?<!按照派)|照旧|"
                             r"照常(?<=[本个单票件箱台盒余它他]照常)(?![派送发配寄营上])|"
                             # ("A 拦截 B 照常", "B 正常": that number goes as it is)
                             r"照常(?<=[0-9A-Z] 照常)(?=$|[\s，,。]|就行)|正常(?<=[0-9A-Z] 正常)(?=$|[\s，,。]|就行)|"
                             r"按原地址|是正常的|正常的|"
                             # ("名片不急": no hurry for that one)
                             r"不急(?=$|[\s，,。!！])|不着急(?=$|[\s，,。!！])|"

                             r"继续派送|继续送|留(?<![滞不]留)(?=[ \t]?[0-9A-Z]{10})|"
                             # ("B 留着", "B 保留": that one is kept)
                             r"留着(?<=[0-9A-Z] 留着)|留着(?<=[0-9A-Z]留着)|"
                             r"保留(?<=[0-9A-Z] 保留)|保留(?<=[0-9A-Z]保留)|"
                      r"是好的(?<!之前是好的)(?<!时候是好的)(?<!时是好的)|完好|"
                      r"好好的|没(?:(?<=[0-9A-Z的个]没)|(?<=[0-9A-Z的] 没))[得有]?(?:问题|事)|"
                      # ("A 这单没问题 B 退回"; not "这票没问题只是慢")
                      r"没(?<=[单票件]没)[得有]?(?:问题|事)(?=$|[\s，,。!！])(?![\s，,。!！]*(?:只是|就是|但|不过|可是))|"
                      r"已经拦了|已经给拦了|已经给截了|已经拦截了|已拦截|已经撤了|已经撤单了|已经催过了|已经改过了|已经改了")
# ("没那么急", "不是很急", "也不太急")
_NO_HURRY: Final = re.compile(r"(?:没|不是|不)(?:那么|这么|太|很|特别)着?急(?=$|[\s，,。!！的])")
# "也是", "同上": the same as the command before ("YT1 到哪了 YT2 也是").
SAME_CHARS: Final = frozenset("是同样此〃”+加")
_SAME_AS_BEFORE: Final = re.compile(
    # ("〃", "”" alone after a number in a column: ditto)
    r"〃(?<=[0-9A-Z] 〃)(?=\s*(?:$|\n))|”(?<=[0-9A-Z] ”)(?=\s*(?:$|\n))|"
    r"也是(?![\u4e00-\u9fff]{0,2}(?:破|坏|丢|拦|催|改|撤|投诉|赔))|同上|也一样|一样的?(?=$|\s)|按此处理|照此处理|同样处理|"
    r"\+1(?![0-9])(?<![^\s]\+1)|"  # ("+1 B" under a quoted command: the same for B)
    r"也加上(?=$|\s|[，,。吧])"  # ("B 也加上" under a quoted list: B added to it)
)


def _extra(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], pattern: re.Pattern[str],
           intent: str, negated: bool, replace: bool = False) -> None:
    """Mentions found by a pattern of their own, where no command word stands already (``replace``: the pattern's
    reading wins over the words inside it, "已经拦了" is a report, not 拦)."""
    k = 0
    for m in pattern.finditer(text, clauses[0][0], clauses[-1][1]):
        while clauses[k][1] < m.end():
            k += 1
        lo = clauses[k][0]
        if intent.startswith("change_address") and return_address(text, m.start(), lo):
            continue  # ("退回地址改成 …": where a return goes)
        s, e = m.start() - lo, m.end() - lo
        mine = out[k]
        inside = [x for x in mine if x.start < e and s < x.end]
        if inside and not (replace and all(s <= x.start and x.end <= e for x in inside)):
            continue
        for x in inside:
            mine.remove(x)
        mine.append(Mention(intent, s, e, negated, m.group()))
        mine.sort(key=lambda x: x.start)


def change_of_contact(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]],
                      has: frozenset[str]) -> None:
    """"改一下收件电话", "收件人手机换成": a change of the receiver's details, however worded."""
    if not has.isdisjoint(CHANGE_CHARS):
        _extra(text, clauses, out, _CHANGE_CONTACT, "change_address", False)



def nothing_to_do(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """"正常派送", "按原地址", "没问题": nothing is to be done for the numbers these stand with; "没那么急": no hurry
    (an urge denied, nothing else)."""
    if not has.isdisjoint(NOTHING_CHARS) or (
            "没" in has and ("问题" in text or "没事" in text or "没拦" in text or "没截" in text)) or (
            "不急" in text or "不着急" in text):
        _extra(text, clauses, out, _NOTHING, NOTHING, True, replace=True)
    if "么急" in text or "太急" in text or "很急" in text or "特别急" in text:
        _extra(text, clauses, out, _NO_HURRY, "urge", True, replace=True)


def same_as_before(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """"YT2 也是", "同上": the command said before (``SAME``; the parser puts in which one, quoted or not)."""
    if not has.isdisjoint(SAME_CHARS):
        _extra(text, clauses, out, _SAME_AS_BEFORE, SAME, False)


def spread(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
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


def verb_and_object(mine: list[Mention]) -> None:
    """"查一下重量", "查下签收": a bare 查 before what it looks into is that one request, not a lookup as well."""
    for i in range(len(mine) - 2, -1, -1):
        a, b = mine[i], mine[i + 1]
        if a.intent == "track" and b.end > a.end == b.start and b.intent.rstrip("~≈") != "track" and not (
                a.negated or b.negated):
            b.start = a.start
            del mine[i]


# "改电话 …，地址不用改", "改一下收件人电话 … 地址不用动": the address said to stay, beside a change of contact
_ADDRESS_STAYS: Final = re.compile(r"地址\s?(?:不用|不要|别|不|无需|甭|就)?\s?$")
_CONTACT: Final = re.compile(r"电话|手机|号码|收件人|姓名|名字|联系人")


def address_kept(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    """Drops the denial of an address change ("地址不用改", "地址不用动") said beside a change of contact for the
    same message: what stays is the address, and the new phone or name is the request."""
    if "地址" not in text or _CONTACT.search(text) is None:
        return
    if not any(not m.negated and m.intent.startswith("change_address")
               and _CONTACT.search(text, max(lo, lo + m.start - 6), lo + m.end + 6) is not None
               for (lo, _), mine in zip(clauses, out, strict=True) for m in mine):
        return
    for (lo, _), mine in zip(clauses, out, strict=True):
        mine[:] = [m for m in mine if not (m.negated and m.intent.startswith(("change_address", WITHDRAW))
                                            and _ADDRESS_STAYS.search(text, max(lo, lo + m.start - 4), lo + m.start))]
