"""Writer "b": hand-written merchant messages, persona of a small-shop owner in their fifties.

The persona types with voice input (语音转文字) or a slow handwriting input: run-on messages, little or stray
punctuation, homophone slips, northern colloquial speech (俺, 咋, 啥, 整, 嘞, 搁 …), rambling context, changes of
mind and hedging. Every sentence below is written by hand; number placeholders are filled from
``tests/data/waybill_numbers.py`` with a seeded ``random.Random``, so the output is reproducible.

    /work/main/.venv/bin/python tests/data/writers/b_source.py      # writes tests/data/writers/b.jsonl

Template placeholders:
    {a} … {f}        waybill numbers of the entry's carriers (canonical form)
    {a|nl}           the number split over two lines (rule 11)
    {a|sp}           S10 spaced as "EJ 302 993 041 CN"; other numbers in groups of four
    {a|g4}           the number in groups of four ("YT 7514 2369 85412", "7530 1234 5678 90")
    {a|t4}           the last four characters only (not a usable waybill)
    {a|short}        the number with its last four characters missing (invalid)
    {ph} {ph2}       a mobile number in some notation (phone_notation)
    {mob} {mob2}     a mobile number, plain 11 digits
    {ord}            a platform order number (18 or 19 digits)
Variants: "zto" (zto group, zto numbers), "null:yto,jt" (no group carrier; a→yto, b→jt, c→yto …),
"ems:ems_s10" (ems group, S10 numbers). An entry with two variants is written twice, with different numbers.
Expected: "intercept:a,b urge:c" ; "" for nothing.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "b.jsonl"

_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(wn)

INTENTS = {
    "intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight", "track",
    "delay", "claim", "complaint", "arbitration",
}
ACTION_INTENTS = {"intercept", "cancel", "change_address"}
GROUPS = {"sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao"}
PREFIXED = {"yto", "jt", "sf", "jd", "deppon", "ems_s10"}
LETTERS = "abcdef"
SEP = "\n- - - - - - - - - - - - - - -\n"  # WeCom quote separator line


def wq(quote: str, new: str) -> str:
    """A WeCom quote: 「quote」, the dashed line, then the new text."""
    return "「" + quote + "」" + SEP + new


ENTRIES: list[dict] = []


def E(text: str, variants: str, expected: str, *, cats=(0,), nh: bool = False, cf: bool = False,
      drop: str = "") -> None:
    """``drop``: the audit's reason for leaving the message out (its label is not decided by the guide). A dropped
    entry is still rendered, so every other record keeps its id and numbers, but it is not written."""
    ENTRIES.append({"text": text, "variants": variants, "expected": expected, "cats": tuple(cats), "nh": nh,
                    "cf": cf, "drop": drop})


# ---------------------------------------------------------------------------------------------------------------
# Category 0: ordinary requests, all 13 intents
# ---------------------------------------------------------------------------------------------------------------
# intercept
E("{a} 拦截 这个客户不要了 麻烦给退回来 谢谢嘞", "null:yto", "intercept:a")
E("你好 那个{a}这个件帮俺拦一下哈 发错货了 俺家老头子给装错了 装成别人家的了", "yunda", "intercept:a")
E("{a}\n{b}\n这俩都给俺退回 客户在平台上退款了 钱都退了东西还往那送啥", "jt null:yto,jd", "intercept:a,b")
E("麻烦拦截退回 {a} 谢谢嘞", "sto", "intercept:a")
E("那个啥 {a} 截件 别让他派了 人家说了不要了 俺们也没办法", "null:sf", "intercept:a")
E("{a} 要是还没签收的话就给俺拦截 签收了就拉倒", "zto", "intercept:a")
E("{a}这个还没派出去的话 就别派了 给俺退回来", "deppon null:deppon", "intercept:a")
# cancel
E("{a} 撤单 还没来拿呢 不寄了 货让俺自己卖了", "null:jd", "cancel:a")
E("早上下的单那个{a} 取消寄件 货没备齐 明天再说", "yto", "cancel:a")
E("麻烦把{a}这单作废了 地址填错了俺重新下一个单", "sto jt", "cancel:a")
E("撤单 {a} {b} 这两个都不寄了 买家不要了 小哥还没来收呢", "yunda", "cancel:a,b")
E("{a}这个单子给俺取消了 东西还在俺柜台上搁着呢 没人来拿", "cainiao", "cancel:a")
# change_address
E("{a} 改地址 改成 河南省郑州市金水区农业路22号 王建国 {ph}", "zto", "change_address:a", cats=(0, 4))
E("{a} 客户搬家了 这不刚跟俺说 地址改为 江苏省南京市鼓楼区中山北路101号 刘芳 别的不变", "null:jt",
  "change_address:a")
E("帮俺转寄一下{a} 转到 广东省广州市天河区体育西路188号 陈先生 {ph} 麻烦了啊", "yunda", "change_address:a",
  cats=(0, 4))
E("{a} 改派到 四川省成都市武侯区科华北路35号 收件人还是那个人 电话也不变", "jd null:sf", "change_address:a")
E("可以帮忙改个地址吗 {a} 新地址是 浙江省宁波市海曙区中山西路58号 黄丽娟", "ems", "change_address:a")
# urge
E("{a} 催一下 客户天天问俺 俺也没法说 一天问八遍", "null:jt", "urge:a")
E("{a} 这个咋还不到 催催 都第五天了 人家等着用呢", "yto", "urge:a")
E("麻烦加急派送 {a} {b} 客户等着用呢 明天就要", "sto", "urge:a,b")
E("催件 {a}", "cainiao deppon", "urge:a")
E("能不能催一下{a} 客户说再不到就不要了", "sf", "urge:a")
# verify_delivery
E("{a} 显示签收了 客户说根本没收到 帮忙核实一下", "zto", "verify_delivery:a")
E("这个{a}咋就签收了 俺客户说家里一直没人啊 谁给签的 帮俺查查是不是别人签收了", "yunda", "verify_delivery:a")
E("核实签收 {a} 客户没拿到件 驿站也说没有", "null:yto", "verify_delivery:a")
E("{a}虚假签收 快递员自己点的签收 东西压根没送", "ems", "verify_delivery:a")
# damaged
E("{a} 破损 客户拍了照片 箱子都压扁了 俺看着心疼", "zto null:sf", "damaged:a")
E("{a}这个件东西烂了 水果全压坏了 客户发图给俺了 黑乎乎一片", "jt", "damaged:a")
E("{a} 漏液 洗衣液漏了一箱子 客户说外面都湿了", "yunda", "damaged:a")
E("俺那个{a}到了 里面的碗碎了俩 登记一下", "deppon", "damaged:a")
# lost
E("{a} 件没了 哪都找不着 网点说没到 中转说发了 踢皮球呢这是", "zto", "lost:a")
E("{a}丢件了 帮忙登记一下 俺这边急", "sto cainiao", "lost:a")
E("客户说少件 {a} 发了三件只到了两件 那一件上哪去了", "yto", "lost:a")
E("{a} 遗失 物流停在中转站一个礼拜 中转站说找不到了", "ems", "lost:a")
# weight
E("{a} 这个重量不对 俺就寄了一件衣服咋算了三公斤", "zto", "weight:a")
E("帮俺称一下{a} 看看到底多重 俺觉得没那么沉", "jt", "weight:a")
E("{a} 核重 超重了 俺这边称的跟你们差老鼻子了", "sf", "weight:a")
E("查重量 {a}", "yunda", "weight:a")
# track
E("{a} 到哪了", "zto null:jt", "track:a")
E("{a}", "cainiao", "track:a")
E("帮俺查查{a}这个件到哪了 啥时候能到", "sto", "track:a")
E("{a} 查一下物流 客户问什么时候到", "ems:ems_s10 jd", "track:a")
# delay
E("{a} 三天没动了", "zto", "delay:a")
E("{a} 好几天没更新了 物流一直停在那 跟睡着了一样", "yunda jt", "delay:a")
E("打延误 {a}", "sto", "delay:a")
E("{a} 延误了 说好两天到的 现在第六天了", "sf", "delay:a")
# claim
E("{a} 申请理赔 货值两百多 一直没给处理", "zto", "claim:a")
E("{a} 赔偿的事啥时候给答复 俺要理赔 都等半个月了", "yto", "claim:a")
E("{a} 理赔", "deppon", "claim:a")
E("麻烦给{a}走一下赔付 资料俺都准备好了", "jt", "claim:a")
# complaint
E("{a} 投诉 派件员态度差 骂俺客户", "zto null:yto", "complaint:a")
E("俺要投诉 {a} 这个派件的不打电话直接扔门口 问都不问一声", "yunda", "complaint:a")
E("{a} 客诉 客户投诉到平台了 帮忙处理一下", "sto", "complaint:a")
E("这个{a}的快递员说话太冲了 态度太差 必须投诉", "cainiao", "complaint:a")
# arbitration
E("{a} 申请仲裁", "zto", "arbitration:a")
E("{a} 这个理赔谈不拢 俺要仲裁", "yto", "arbitration:a")
E("{a} 走仲裁 网点一直推 说不清楚 俺也不想跟他们磨了", "sto", "arbitration:a")
E("帮俺把{a}提交仲裁 客户那边不认 俺这边也不认", "ems", "arbitration:a")
E("{a} 之前报的理赔一直拖着没信 这回俺直接申请仲裁", "jd", "arbitration:a")
# two commands
E("{a} 拦截\n{b} 催件", "zto null:yto,jt", "intercept:a urge:b")
E("{a} 催一下 {b} 到哪了", "yunda", "urge:a track:b")
# hedged: confirm
E("{a} 要不拦截吧 客户也没个准话 俺也闹心", "null:yto", "intercept:a", cf=True)
E("{a} 可能得退回 俺寻思客户不会要了", "yunda", "intercept:a", cf=True)
E("{a} 好像得改个地址 客户说搬了 新地址 青海省西宁市城西区五四大街33号 韩梅", "sto", "change_address:a",
  cf=True)
E("{a} 先拦着吧？俺再问问客户", "jt null:sf", "intercept:a", cf=True)
E("{a} 看看能不能撤单 俺也不知道小哥来拿了没有", "zto", "cancel:a", cf=True)
E("{a} 可能要转寄 转到 吉林省长春市朝阳区人民大街2000号 姜丽 {ph} 俺等客户回话", "yto", "change_address:a",
  cf=True, cats=(0, 4))
# needs a person
E("{a} 改地址", "null:yto", "change_address:a", nh=True)
E("{a} 收件人改为 张大山", "yunda", "change_address:a", nh=True)
E("{a} 面单上客户名字写错了 改成刘桂芝", "sto", "change_address:a", nh=True)
E("{a} 帮俺开个发票 月底要对账", "jt", "", nh=True)
E("{a} 这个寄付改成到付 还有现在到哪了", "zto", "track:a", nh=True)
E("{a} 能不能给俺补个保价", "yto", "", nh=True)
E("{a|short} 拦截 着急", "zto", "", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# No waybill: chit-chat, thanks, general questions, commands without a number
# ---------------------------------------------------------------------------------------------------------------
_NOWB_GROUPS = ["zto", "null:yto", "yto", "sto", "yunda", "jt", "null:jt", "jd", "ems", "sf", "deppon", "cainiao"]
for _i, _t in enumerate([
    "好的谢谢",
    "好嘞 谢谢你啊 辛苦了 大晚上的还回消息",
    "收到 收到",
    "明天几点来收件啊 俺这有二十多个件 都打好包了",
    "你们过年放假不 啥时候停发 俺好跟客户说一声",
    "老板在不在 问个事",
    "今天收件的车咋还没来 都四点了 俺等着关门呢",
    "哦哦 知道了 那俺等着",
    "中午好 吃了没",
    "你们那个面单纸还有没有 给俺拿两卷",
    "运费咋又涨了 上个月还不是这个价",
    "发新疆多少钱一公斤",
    "行 那就这样吧 麻烦了",
    "👍👍",
    "嗯嗯 好的",
    "发到西藏能不能到 要几天",
    "晚上几点之前发的今天能走",
    "俺这个群是发哪家的来着 没拉错群吧",
    "谢谢啊 拦住了 客户也挺高兴",
    "你们这个机器人挺好使 比以前得劲多了",
    "俺闺女说这个群能自己拦截 是真的不",
    "好的 那就麻烦你们了 有消息告诉俺一声",
    "在吗在吗",
    "今天发货的单子下午几点截单",
    "新来的那个收件小哥挺好 人实在",
    "你好 请问上门取件咋约 俺腿脚不方便",
    "理赔要准备啥材料啊 俺头一回弄",
    "收到了 客户说东西挺好 谢谢你们",
    "哈哈 好的好的",
]):
    E(_t, _NOWB_GROUPS[_i % len(_NOWB_GROUPS)], "")
for _i, _t in enumerate([
    "那个刚才那个件 给俺拦截一下 麻烦了",
    "帮俺催一下 客户急死了 天天打电话",
    "俺那个件丢了 单号在俺闺女手机上 你先给登记一下",
    "撤单 撤单 早上那个不寄了",
    "东西烂了 要赔钱 单号俺一会发你",
    "改地址 改到 河南省郑州市二七区大学路78号 单号等会发",
    "投诉 你们那个快递员又把件扔门口了 说了多少回了",
    "那几个件都催一下",
    "俺昨天发的那个到哪了",
    "三天没动了 咋回事啊 你们给看看",
    "帮俺查查重量 上午发的那个",
]):
    E(_t, _NOWB_GROUPS[(_i + 5) % len(_NOWB_GROUPS)], "", nh=True)
E("尾号{a|t4}那个件帮俺拦了 单号找不着了", "zto", "", nh=True, cats=(0, 4))
E("拦截 单号是七五三零幺二八八四六九幺零二", "zto", "", nh=True, cats=(0, 5),
  drop="audit-abc: a number spelled in Chinese numerals; the guide does not say whether it is a usable waybill")

# ---------------------------------------------------------------------------------------------------------------
# Category 1: negation and withdrawal, double negation, "不要 X，要 Y"
# ---------------------------------------------------------------------------------------------------------------
E("{a} 拦截 {b} 不用拦 {b}那个客户又要了", "null:yto", "intercept:a", cats=(1,))
E("不是不拦 是现在就拦 {a} 赶紧的 再晚就派出去了", "yunda", "intercept:a", cats=(1,))
E("{a} 不要退回 给俺改派到 陕西省西安市雁塔区小寨东路12号 赵磊 {ph}", "null:sf", "change_address:a",
  cats=(1, 4))
E("{a} 不用拦了", "zto null:yto", "", nh=True, cats=(1,))
E("{a}那个不用理赔了 客户说算了 东西还能用", "jt", "", nh=True, cats=(1,))
E("{a} 拦截 哎 算了算了不拦了 让他送 客户说能收", "sto", "", cats=(1,))
E("{a} {b} {c} 都拦截 {c}除外 {c}不拦", "null:yto", "intercept:a,b", cats=(1, 7))
E("{a} 别撤单 撤错了 这个还要寄的 俺早上手快点错了", "zto", "", nh=True, cats=(1,))
E("不要拦截 {a} 催一下就行 客户还要呢", "jt", "urge:a", cats=(1,))
E("{a} 不是不要了 是要改个地址 改到 湖南省长沙市岳麓区麓山南路8号 周敏", "sto", "change_address:a", cats=(1,))
E("{a}先不用催了 客户说不急 过完节再说", "cainiao", "", nh=True, cats=(1,))
E("{a} 不退了 不退了 客户又要了 正常派就行", "yto", "", nh=True, cats=(1,))
E("{a} 拦截 {b}也拦截 哦{b}不用 {b}客户都签收了", "zto", "intercept:a", cats=(1, 2))
E("{a} 别派了 给俺退回来 不是要改地址 就是退", "null:sf", "intercept:a", cats=(1,))
E("{a} 不要投诉了 跟那个快递员说开了 人家也道歉了", "jt", "", nh=True, cats=(1,))
E("{a} 不能不拦 客户死活不要了 你们得给俺拦住", "sto", "intercept:a", cats=(1,))
E("{a}的改址不要了 还按原来的地址送", "zto", "", nh=True, cats=(1,))
E("{a} 不用催 {b} 要催 {b}都一个礼拜了", "yto null:jt", "urge:b", cats=(1,))
E("{a} 没说不拦啊 俺说的就是拦 赶紧拦", "null:jt", "intercept:a", cats=(1,))
E("{a} 这个不用改地址 直接退回 省得麻烦", "deppon", "intercept:a", cats=(1,))
E("{a} 不用退回 也不用改 就催一下让他赶紧送", "zto", "urge:a", cats=(1,))
E("{a} 拦截\n{b} 拦截\n{c} 拦截\n哎最后那个不拦 最后那个客户说要了", "yunda", "intercept:a,b", cats=(1, 7))
E("不用拦截了 {a} 客户联系上了 人家要", "sto", "", nh=True, cats=(1,))
E("{a} 不催了 改成拦截 客户退款了", "null:yto", "intercept:a", cats=(1,))
E("{a} 拦截不要了 改派 改到 湖北省武汉市洪山区珞喻路1037号 孙丽 {ph}", "zto", "change_address:a", cats=(1, 4))
E("{a}不用改地址了 {b}要改 改到 江西省南昌市东湖区八一大道300号 钱伟", "sto", "change_address:b", nh=True,
  cats=(1,))
E("{a} 不是不赔 是赔得太少了 俺要仲裁", "yunda", "arbitration:a", cats=(1,))
E("{a} 不要理赔 俺就要投诉这个快递员 钱不钱的无所谓", "yto", "complaint:a", cats=(1,))
E("{a} 别催了 别催了 催也没用 给俺退回", "jt", "intercept:a", cats=(1,))
E("{a} 不是不能退 你们就给俺退 咋那么多事", "cainiao", "intercept:a", cats=(1,))
E("{a} 取消订单 {b} 不取消 {b}正常寄", "yunda", "cancel:a", cats=(1,))
E("{a} 不用查了 找着了 在门卫那搁着呢", "zto", "", nh=True, cats=(1,))
E("{a} 不要拦 不要拦 俺说错了 是催件", "yto", "urge:a", cats=(1, 2))
E("{a} 不用转寄了 直接退给俺", "jd null:jd", "intercept:a", cats=(1,))
E("别给俺退回 {a} 俺说的是改地址 地址 山西省太原市小店区长风街20号 郝建军 {ph}", "null:yto",
  "change_address:a", cats=(1, 4))
E("{a} 催件 {b} 催件 {c} 不用催 {c}昨天到了", "zto", "urge:a,b", cats=(1, 7))
E("{a}这个不是不要 是客户不在家 别退 改到他单位 上海市徐汇区漕溪北路88号 李总", "yto", "change_address:a",
  cats=(1,))
E("{a} 拦截 {a} 不拦了", "jt", "", cats=(1,))
E("不用撤单了 {a} 来收件的已经拿走了", "sto", "", nh=True, cats=(1,))
E("不用拦了 客户又说要了", "yto", "", nh=True, cats=(1,))
E("{a} 没有不让你拦 俺意思是今天就得拦 明天就晚了", "null:deppon", "intercept:a", cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# Category 2: corrections
# ---------------------------------------------------------------------------------------------------------------
E("{a} 撤单 哦不对 已经揽收了 那就拦截", "zto", "intercept:a", cats=(2,))
E("{a} 改址取消 还是拦截吧 客户那边地址也说不清楚", "sto", "intercept:a", cats=(2,))
E("{a} 拦截 —— 更正 单号打错了 是{b}", "null:jt", "intercept:b", cats=(2,))
E("{a} 催一下 哎不对是{b} 前面那个发错了", "jt", "urge:b", cats=(2,))
E("{a}拦截 不对不对 是改地址 改到 辽宁省沈阳市和平区南京北街5号 马丽 {ph}", "zto", "change_address:a",
  cats=(2, 4))
E("单号发错了 不是{a} 是{b} 拦截", "yto", "intercept:b", cats=(2,))
E("{a} 要理赔 哎不对 先核实签收 客户说没收到", "sto", "verify_delivery:a", cats=(2,))
E("{a} 退回 算了 还是改派吧 改到 安徽省合肥市蜀山区长江西路99号 陈静", "cainiao", "change_address:a", cats=(2,))
E("{a} 改地址 改到 天津市南开区鞍山西道56号 哎不对 写错了 是鞍山西道65号 刘强", "jd null:sf",
  "change_address:a", cats=(2,))
E("更正 刚才那个{a}不是拦截 是催件", "zto", "urge:a", cats=(2,))
E("{a} 查一下到哪了 哦不用查了 直接拦截 客户不要了", "yto", "intercept:a", cats=(2,))
E("{a} {b} 拦截 更正 {b}是催件", "yunda", "intercept:a urge:b", cats=(2, 7))
E("{a}丢件 哎不对 找着了 是压坏了 箱子瘪了", "jt", "damaged:a", cats=(2,))
E("{a} 延误 哎呀说错了 不是延误 是显示签收了人没收到", "sto", "verify_delivery:a", cats=(2,))
E("{b|short} 拦截 少打了几位 完整的是{b}", "null:yto", "intercept:b", cats=(2,))
E("{a} 取消寄件 哦它已经发走了啊 那给俺拦回来", "ems", "intercept:a", cats=(2,))
E("{a} 拦截 哎不对 不是这个 是{b}", "deppon", "intercept:b", cats=(2,))
E("{a} 催件 嗯 不对 还是投诉吧 都催了三回了", "sto", "complaint:a", cats=(2,))
E("{a} 改到 北京市朝阳区望京西路41号 收件人 吴伟 哎不对 更正一下 收件人是 吴倩 {ph}", "yto", "change_address:a",
  cats=(2, 4))
E("{a}查重量 不对不对 俺要查的是{b} 这个是早上发的", "yunda", "weight:b", cats=(2,))
E("{a} 拦截 {a} 哦不是拦截 是撤单 还没揽收呢", "zto null:jt", "cancel:a", cats=(2,))
E("{a} 拦截退回 等会 俺问下客户 …… 客户说还要 那就改地址 改到 云南省昆明市五华区人民中路17号 杨帆 {ph}",
  "sto", "change_address:a", cats=(2, 4))
E("{a}赔偿 哦不对 东西是好的 就是晚了好几天 打延误", "jt", "delay:a", cats=(2,))
E("{a} 催一下 哎不对 俺看了下它都三天没动了 干脆拦截退回重新发", "null:yto", "intercept:a", cats=(2,))
E("{a} 投诉 算了算了 不投诉了 还是催一下就行", "zto", "urge:a", cats=(1, 2))
E("{a} 核实签收 哦不对 客户找着了 是家里人签的 那没事了", "sto", "", cats=(1, 2))
E("{a}到哪了 哦 改一下 是{b}到哪了 上一个俺看错了", "cainiao", "track:b", cats=(2,))
E("拦截{a} 不好意思 最后一位打错了 应该是{b}", "yto", "intercept:b", cats=(2,))
E("{a} 撤单 还是别撤了 拦截吧 司机已经拿走了", "jt", "intercept:a", cats=(2,))
E("{a} 改址 哎呀不对 客户说不要了 给退回来", "zto", "intercept:a", cats=(2,))
E("{a}理赔 更正 是{b}理赔 {a}那个没事", "null:sf", "claim:b", cats=(2,))
E("{a} 重量不对 哦 不是重量 是里面东西少了一件", "yunda", "lost:a", cats=(2,))
E("{a} 改派到 江苏省苏州市姑苏区人民路200号 刚才那条作废 以这条为准", "zto", "change_address:a", cats=(2,))
E("{a} 催件\n{b} 催件\n打错了 第二个是拦截", "yto null:jt", "urge:a intercept:b", cats=(2, 7))
E("{a} 拦截 {b} 拦截 哦不对{b}是撤单 {b}还没发", "sto", "intercept:a cancel:b", cats=(2, 7))
E("{a}延误 延误 不对是丢了 中转说找不着", "jd", "lost:a", cats=(2,))
E("{a} 改地址到 辽宁省大连市中山区人民路50号 哎俺寻思了一下 还是给退回来得了", "zto", "intercept:a",
  cats=(2,))
E("{a}催一下 更正 {a}投诉 快递员电话打不通三天了", "ems", "complaint:a", cats=(2,))
E("{a} 仲裁 哦不对 先理赔 理赔不行再说仲裁", "sto", "claim:a", cats=(2,))
E("{a} 转寄 不对 客户说放驿站就行 不用转了 催一下派送", "yunda", "urge:a", cats=(1, 2))
E("{a} 取消 哦取消错了 是要改地址 新地址 福建省福州市鼓楼区五四路158号 林涛 {ph}", "cainiao",
  "change_address:a", cats=(2, 4))
E("{a} 拦截 算了还是别拦 哎 也不知道 拦吧拦吧 要不还是等等", "yto", "intercept:a", cf=True, cats=(2,))
E("{a} 撤单吧 哎 也可能不撤 等俺问问", "null:jd", "cancel:a", cf=True, cats=(2,))
E("{a} 拦截 不拦截 拦截 俺也糊涂了 先拦截着吧 俺再问问客户", "jt", "intercept:a", cf=True, cats=(1, 2))

# ---------------------------------------------------------------------------------------------------------------
# Category 3: quotes and replies, the bot's own replies quoted back
# ---------------------------------------------------------------------------------------------------------------
E("引用 老李：{a} 到哪了\n这个催一下 俺也等着呢", "zto null:yto", "urge:a", cats=(3,))
E(wq("@客服 {a} 催件", "{b} 这个也催一下 一块发的"), "yunda", "urge:b", cats=(3,))
E(wq("客服机器人：@王大姐 {a} 拦截已提交，结果会第一时间通知您", "好嘞 谢谢啊 辛苦"), "null:jt", "",
  cats=(3,))
E(wq("客服机器人：@王大姐 {a} 拦截已提交，结果会第一时间通知您", "不用拦了 客户又要了 哎这人真是"), "zto", "",
  nh=True, cats=(1, 3))
E("引用 客服：@老周 {a} 已为您催促派送，请耐心等待\n催了两天了还没到 再催一下 啥时候是个头", "yto", "urge:a",
  cats=(3,))
E("回复 @客服小妹：@老王 {a} 已签收，无法拦截\n签收了 那客户说没收到啊 核实一下谁签的", "sto",
  "verify_delivery:a", cats=(3,))
E(wq("客服：@刘姐 {a} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）", "撤单 {a}"), "yunda",
  "cancel:a", cats=(3,))
E(wq("客服：@刘姐 请确认：{a} 拦截退回？回复“确认”即办理", "确认 确认 赶紧拦"), "jt", "intercept:a", cats=(3,))
E(wq("客服：@刘姐 请确认：{a} 拦截退回？回复“确认”即办理", "不拦了 让他送 俺刚问了客户"), "zto", "", nh=True,
  cats=(1, 3))
E("引用 张三：{a} {b} 拦截\n{b}不用拦了", "yto", "", nh=True, cats=(1, 3))
E("回复 @李会计：这几个件你看下 {a} {b}\n第一个催一下 第二个查查到哪了", "sto", "urge:a track:b", cats=(3, 7))
E(wq("小王：{a} 破损了 箱子压扁了", "对 就是这个 客户要赔钱 帮俺申请理赔"), "zto null:yto", "claim:a",
  cats=(3, 8))
E("引用 老板娘：{a} 拦截\n这个是俺家老板娘发的 别听她的 不拦 正常送", "jt", "", nh=True, cats=(1, 3))
E("回复 @快递小哥：{a} 明天派\n明天派个啥 都拖了四天了 俺要投诉", "yunda", "delay:a complaint:a", cats=(3, 8))
# audit-abc: rule 7, a delay stated with a complaint is delay + complaint ("延误了 客户要投诉")
E(wq("客服：@俺 {a} 撤单成功", "哎呀撤错了 能不能给恢复啊"), "sto", "", nh=True, cats=(3,))
E(wq("客服：@老赵 {a} 已为您登记破损工单，专人跟进，结果会第一时间通知您", "都一个礼拜了 没人跟进 俺要投诉"),
  "zto", "complaint:a", cats=(3,))
E("引用 客服：@老赵 {a} 已为您登记延误工单，结果会第一时间通知您\n登记有啥用 催催呀 给派出来", "null:jd",
  "urge:a", cats=(3,))
E(wq("张姐：{a} 拦截 {b} 拦截", "{c} 也拦了 跟上面是一批的"), "sto", "intercept:c", cats=(3,))
E("回复 @张姐：{a} 拦截\n{b} 这个也拦截一下 跟她那个一样的情况", "zto", "intercept:b", cats=(3,))
E("引用 客服：@王姐 {a} 改址已提交，结果会第一时间通知您\n好的好的 那俺等着", "cainiao", "", cats=(3,))
E(wq("客服：@王姐 {a} 改址已提交，结果会第一时间通知您",
     "地址还得再改一下 刚才门牌号说错了 改到 山东省济南市历下区幸福路16号 孙大爷"), "yto",
  "change_address:a", cats=(2, 3))
E("回复 @小美：{a} 到哪了\n俺查了 在派送了 你别急", "sto", "", cats=(3,))
E(wq("李哥：这个件 {a} 客户说东西烂了", "俺看了照片 确实烂了 登记破损"), "jt", "damaged:a", cats=(3,))
E("引用 客服：@老刘 {a} 已签收，无法拦截\n签收了就签收了 那给俺核实一下 客户说没拿到", "zto",
  "verify_delivery:a", cats=(3,))
E(wq("客服：@俺 您的消息已转人工客服处理，请稍候", "等半天了 人工呢 {a}这个到底能不能拦"), "null:yto",
  "intercept:a", cats=(3,))
E("引用 孙姐：{a} {b} 发错了 都得退\n{a}拦截 {b}拦截 俺替她发的", "yunda", "intercept:a,b", cats=(3,))
E(wq("客服：@老陈 {a} 撤单成功", "{b} 这个也撤了 一样的情况"), "zto", "cancel:b", cats=(3,))
E("回复 @客服：@阿强 {a} 已为您催促派送，请耐心等待\n收到 谢谢", "jd", "", cats=(3,))
E("“{a} 延误”\n上回报了延误也没用 这回俺要理赔 误了客户的事", "sto", "claim:a", cats=(3, 8))
E("引用 客服：@芳芳 {a} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单", "yunda null:jt",
  "cancel:a", cats=(3,))
E(wq("芳芳：{a} 改地址 改到 贵州省贵阳市云岩区中华北路5号", "不用改了 客户自己去拿"), "zto", "", nh=True,
  cats=(1, 3))
E("回复 @小张：{a} 快递员说没见着人\n没见着人 他电话都不打 投诉他", "sf", "complaint:a", cats=(3,))
E(wq("客服机器人：@老周 {a} 拦截已提交，结果会第一时间通知您", "{b} 拦截 这个也拦"), "jt", "intercept:b",
  cats=(3,))
E("{a} 到哪了\n------------------\n这是昨天问的 到现在没人回 这件三天没动了 催一下", "null:sf", "urge:a",
  cats=(3,))
E("回复 @快递站：{a} 在驿站 取件码 3-2-1056\n驿站说没有 找了一圈了 件没了", "zto", "lost:a", cats=(3, 4))
E(wq("客服：@大刘 {a} 已签收，无法拦截", "行吧 签收了就算了"), "cainiao", "", cats=(3,))
E("引用 小红：{a} 客户拒收\n拒收了就给退回", "yunda", "intercept:a", cats=(3,))
E(wq("客服：@胖姐 {a} 已为您催促派送，请耐心等待", "{a}又三天没动了 这回不催了 直接打延误"), "jt",
  "delay:a", cats=(3,))
E("回复 @老王：{a} 拦截\n老王你发错了 那是俺的件 别拦", "sto", "", nh=True, cats=(1, 3))
E("引用 小李：{a} 客户不要了\n那要不拦截吧 你说呢", "zto", "intercept:a", cf=True, cats=(3,))
E("“{a} 拦截 {b} 拦截”\n这俩是俺家小孩发的 俺看了 就{a}拦 {b}不拦", "yto", "intercept:a", nh=True, cats=(1, 3))

# ---------------------------------------------------------------------------------------------------------------
# Category 4: numbers that are not waybills (phones, order numbers, amounts, dates, codes)
# ---------------------------------------------------------------------------------------------------------------
E("{a} 改地址 收件人 张秀兰 电话 {ph} 地址 河北省石家庄市长安区中山东路39号", "null:yto", "change_address:a",
  cats=(4,))
E("{a} 客户电话{ph} 打不通 派件员让俺问问 俺也打不通 那就给退了", "yunda", "intercept:a", cats=(4,))
E("{a} 电话改为 {ph}", "sto", "change_address:a", nh=True, cats=(4,))
E("订单号{ord} 快递单号{a} 客户退款了 拦截", "jt null:jd", "intercept:a", cats=(4,))
E("{a} 货值358元 东西丢了 要赔偿", "zto", "claim:a", cats=(4, 8))
E("{a} 11月3号发的 到今天11月9号还没到 催一下", "yto", "urge:a", cats=(4,))
E("{a} 称的是2.5公斤 俺家秤称的1.2 重量不对", "null:sf", "weight:a", cats=(4,))
E("{a} 取件码 6-3-2017 驿站说找不着 件没了", "yunda", "lost:a", cats=(4,))
E("俺电话{ph} 有事打俺电话 {a}这个拦截", "jd", "intercept:a", cats=(4,))
E("拼多多订单{ord} 这个对应的快递{a} 显示签收了客户没收到", "sto", "verify_delivery:a", cats=(4,))
E("{a} 运费收了俺23块 平时12块 是不是超重了 给核下重", "yto", "weight:a", cats=(4,))
E("{a} 2024年12月1号发的 一直在路上 三天没动了", "zto", "delay:a", cats=(4,))
E("{a} 改址 新地址 黑龙江省哈尔滨市南岗区西大直街92号 收件人 赵春花 {ph} 备用电话 {ph2}", "yunda",
  "change_address:a", cats=(4,))
E("{a} 派送员电话 {mob} 打了八遍不接 投诉", "jt", "complaint:a", cats=(4,))
E("{a} 客户手机号{ph}你们让派送员打一下这个 催催", "cainiao", "urge:a", cats=(4,))
E("订单{ord} 撤单", "zto", "", nh=True, cats=(4,))
E("{a} 下午3点前能到不 客户4点要走", "yunda", "track:a", cats=(4,))
E("{ph} 这是俺的手机号 {a} 到哪了 查到了给俺回个电话", "yto", "track:a", cats=(4,))
E("{a} 东西碎了 138块钱买的 你们得赔", "sto", "claim:a", cats=(4, 8))
E("{a} 这件是12月12号上午10点揽收的 已经48小时没动静了 打延误", "ems", "delay:a", cats=(4,))
E("{a} 这个收件人换了 新的 王丽丽 {ph} 还是原来那个地址", "yunda null:sf", "change_address:a", nh=True,
  cats=(4,))
E("{a} 寄件人电话{ph} 收件人电话{ph2} 俩都打了 都说没收到 签收的不知道是谁 核实一下", "zto",
  "verify_delivery:a", cats=(4,))
E("{a} 重量写的15kg 实际就7公斤多 你们那秤是不是坏了", "deppon", "weight:a", cats=(4,))
E("1688订单号{ord}\n运单号{a}\n客户申请退款了 帮忙退回", "null:yto", "intercept:a", cats=(4,))
E("{a} 保价500 丢了 理赔", "sto", "claim:a", cats=(4, 8))
E("{a} 收件电话{ph}\n{b} 收件电话{ph2}\n这俩都打不通 派不出去 催一下派送员再打打", "zto", "urge:a,b",
  cats=(4, 7))
E("{a} 那个快递员 手机尾号3345 态度差得很 投诉他", "yunda", "complaint:a", cats=(4,))
E("{a} 客户要求改到公司 地址 广东省深圳市南山区高新南七道12号 联系人 黄先生 {ph}", "sf",
  "change_address:a", cats=(4,))
E("退款单号{ord} 这个退回来的件 {a} 到哪了", "jt", "track:a", cats=(4,))
E("{a} 这个件运单上的电话{mob}是错的 能不能改成{ph}", "sto", "change_address:a", nh=True, cats=(4,))
E("{a} 11.11发的 现在都11.20了 东西哪都找不着", "zto", "lost:a", cats=(4,))
E("{a} 客户说快递员要了他10块钱上楼费 投诉", "yunda", "complaint:a", cats=(4,))
E("{a} 仲裁 之前理赔只给了50 货值300", "sto", "arbitration:a", cats=(4,))
E("{ph}\n{a}\n拦截", "null:yto", "intercept:a", cats=(4,))
E("{a} 客户说9点到12点在家 让派送员这个时间送 催一下", "jt", "urge:a", cats=(4,))
E("俺手机{mob}换号了 新号{ph2} {a}这个件给俺打延误 五天了", "zto", "delay:a", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# Category 5: other ways of writing commands: pinyin, English, mixed, colloquial, voice-input slips
# ---------------------------------------------------------------------------------------------------------------
E("{a} lanjie", "zto null:yto", "intercept:a", cats=(5,))
E("{a} 拦接 客户不要了", "yunda", "intercept:a", cats=(5,))
E("{a}栏截 栏截 退回来", "sto", "intercept:a", cats=(5,))
E("{a} 该地址 改到 重庆市渝中区邮政局巷8号 刘老板 {ph}", "jt", "change_address:a", cats=(4, 5))
E("{a} 催见 客户急用 等着开业呢", "null:jd", "urge:a", cats=(5,))
E("{a} 撤但 不寄了", "zto", "cancel:a", cats=(5,))
E("{a} cuijian", "sto", "urge:a", cats=(5,))
E("{a} chedan", "yunda", "cancel:a", cats=(5,))
E("{a} gaizhi 地址 甘肃省兰州市城关区庆阳路88号 马晓军", "zto", "change_address:a", cats=(5,))
E("{a} intercept please, customer refused", "jd", "intercept:a", cats=(5,))
E("{a} where is it", "null:yto", "track:a", cats=(5,))
E("{a} urgent 客户急", "jt", "urge:a", cats=(5,))
E("{a} 东西烂了 整个箱子都湿透了 里边的东西泡了", "sf", "damaged:a", cats=(5,))
E("{a} 咋回事啊 这个件 三天没动了 你们是不是给整丢了 哪都找不着", "yunda", "lost:a", cats=(5,))
E("{a} 这个给俺弄回来 客户不要了", "null:yto", "intercept:a", cats=(5,))
E("{a} 咋还不到 催催 催催", "zto", "urge:a", cats=(5,))
E("{a} 查见 到哪了这是", "yto", "track:a", cats=(5,))
E("{a} 理陪 东西丢了好些天了", "sto", "claim:a", cats=(5, 8))
E("{a} 俺要投宿 这快递员太不像话了 件给扔楼道里", "yunda", "complaint:a", cats=(5,))
E("{a} 拦劫一下 发错了", "cainiao", "intercept:a", cats=(5,))
E("帮俺把这个{a}给退了 人家不要了", "zto", "intercept:a", cats=(5,))
E("{a} return to sender", "null:jt", "intercept:a", cats=(5,))
E("{a} cancel the order 还没来取", "jd null:yto", "cancel:a", cats=(5,))
E("{a} 妥投了 可人没收到 你们那个妥投是咋妥投的", "ems", "verify_delivery:a", cats=(5,))
E("{a} 派送员电话打不通 件也不送 搁那放着 赶紧催催", "sto", "urge:a", cats=(5,))
E("{a} 东西压怀了 盒子都扁了", "jt", "damaged:a", cats=(5,))
E("{a} 丢见了 给找找", "zto", "lost:a", cats=(5,))
E("{a} 核石签收 客户没收到", "yunda", "verify_delivery:a", cats=(5,))
E("{a} 延物了 都五天了", "sto", "delay:a", cats=(5,))
E("{a} 帮俺 gai 个地址 浙江省杭州市拱墅区莫干山路100号 周小姐", "zto", "change_address:a", cats=(5,))
E("{a} 那个 嗯 就是 那个拦截 拦截一下 对 拦截", "yto", "intercept:a", cats=(5,))
E("{a}撒单 不发了 还没来拿", "jt", "cancel:a", cats=(5,))
E("{a} 催一催 客户那边都骂娘了", "yunda", "urge:a", cats=(5,))
E("{a} 这咋还显示签收了 俺客户压根没见着东西 你们给瞅瞅谁签的", "null:sf", "verify_delivery:a", cats=(5,))
E("{a} 仲材 这事没完", "zto", "arbitration:a", cats=(5,))
E("{a} 超中了 收这么多钱 称一下", "jt", "weight:a", cats=(5,))
E("{a} 这个件 俺不寄了 给俺作废了得嘞", "yto", "cancel:a", cats=(5,))
E("{a} 嘛时候能到啊 客户问好几遍了", "sto", "track:a", cats=(5,))
E("{a} 咋还搁那不动 都四天了", "zto", "delay:a", cats=(5,))
E("{a} 快给俺退会来", "yunda", "intercept:a", cats=(5,))
E("{a} 拦节退回", "cainiao", "intercept:a", cats=(5,))
E("{a} pls check weight 重量不对", "null:jd", "weight:a", cats=(5,))
E("{a} compensation 东西坏了", "null:yto", "claim:a", cats=(5, 8))
E("{a} 撤蛋 撤蛋 打错了是撤单 还没来拿件呢", "zto", "cancel:a", cats=(5,))
E("{a} 该个地址 俺一会把地址发你", "yunda", "change_address:a", nh=True, cats=(5,))
E("那个。{a}这个件，帮俺拦一下。发错了。", "null:jt", "intercept:a", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# Category 6: numbers broken by the chat client (spaced S10, groups, split over lines)
# ---------------------------------------------------------------------------------------------------------------
E("{a|sp} 拦截", "ems:ems_s10 null:ems_s10", "intercept:a", cats=(6,))  # audit-abc: rule 11, spaced: no confirm
E("{a|nl} 拦截 客户不要了", "yto null:jt", "intercept:a", cf=True, cats=(6,))
E("{a|nl}催一下", "zto", "urge:a", cats=(6,))
E("{a|sp} 到哪了 俺寄的挂号信", "null:ems_s10", "track:a", cats=(6,))
E("这个单号 {a|g4} 拦截退回", "sto", "intercept:a", cats=(6,))  # audit-abc: rule 11, spaced: no confirm
E("{a|nl} 这个撤单 还没取件", "yunda", "cancel:a", cf=True, cats=(6,))
E("改地址 {a|nl} 改到 内蒙古呼和浩特市新城区中山东路11号 白玉梅 {ph}", "jt", "change_address:a", cf=True,
  cats=(4, 6))
E("{a|sp} 显示签收了 没收到", "ems:ems_s10", "verify_delivery:a", cats=(6,))
E("{a|g4} 破损 里边杯子碎了", "zto", "damaged:a", cats=(6,))
E("单号是{a|nl}\n帮忙查下到哪了", "sto", "track:a", cats=(6,))
E("{a|sp} {b|sp} 这两个都拦截", "ems:ems_s10", "intercept:a,b", cats=(6, 7))  # audit-abc: rule 11, spaced: no confirm
E("{a|nl} 丢了 哪都找不着", "yunda", "lost:a", cats=(6,))
E("{a|g4} 催件", "null:sf", "urge:a", cats=(6,))
E("拦截\n{a|nl}", "zto", "intercept:a", cf=True, cats=(6,))
# audit-abc: rule 11, spaced: no confirm
E("{a|sp} 这个邮政的 客户说不要了 给退回", "ems:ems_s10", "intercept:a", cats=(6,))
E("{a|nl} 重量不对 称一下", "sto", "weight:a", cats=(6,))
# audit-abc: rule 11, spaced: no confirm
E("{a|g4} 改址 新地址 宁夏银川市兴庆区解放西街2号 马国强", "yunda", "change_address:a", cats=(6,))
E("{a|nl} 三天没动了", "cainiao", "delay:a", cats=(6,))
E("{a|sp} 理赔 丢了", "null:ems_s10", "claim:a", cats=(6, 8))
E("{a|g4} 投诉 派件员不接电话", "zto", "complaint:a", cats=(6,))
E("{a} 拦截 {b|nl} 也拦截", "yto", "intercept:a,b", cf=True, cats=(6, 7))
E("{a|g4}\n这个件到哪了 咋查不到", "jd", "track:a", cats=(6,))
E("{a|nl} 作废 不寄了", "sto null:yto", "cancel:a", cf=True, cats=(6,))
E("{a|sp} 延误 一个礼拜了", "ems:ems_s10", "delay:a", cats=(6,))
E("{a|nl} 核实签收", "zto", "verify_delivery:a", cats=(6,))
E("{a|g4} 仲裁", "sf", "arbitration:a", cats=(6,))
# audit-abc: rule 11, spaced: no confirm
E("俺打字慢 单号分开打了 {a|g4} 就是这个 拦回来", "null:jt", "intercept:a", cats=(6,))
E("{a|nl} 帮忙催催 谢谢", "deppon", "urge:a", cats=(6,))
E("{a|sp} 东西碎了 要赔钱", "ems:ems_s10", "claim:a", cats=(6, 8))
E("{a|g4} 撤单", "zto", "cancel:a", cats=(6,))  # audit-abc: rule 11, spaced: no confirm
E("{a|nl} 转寄到 海南省海口市龙华区国贸路8号 符先生 {ph}", "sto", "change_address:a", cf=True, cats=(4, 6))
E("{a|sp} where is it", "null:ems_s10", "track:a", cats=(5, 6))
E("{a|nl} 查件", "yto", "track:a", cats=(6,))
E("{a|g4} 少件了 发三个到俩", "jt", "lost:a", cats=(6,))
E("{a|nl}\n{b|nl}\n这俩都催一下", "zto", "urge:a,b", cats=(6, 7))
E("{a|sp} 退件", "null:ems_s10", "intercept:a", cats=(6,))  # audit-abc: rule 11, spaced: no confirm
E("单号 {a|g4} 拦截 这个件地址写错了", "yunda", "intercept:a", cats=(6,))  # audit-abc: rule 11, spaced: no confirm
E("{a|nl} 投诉 快递员骂人", "cainiao", "complaint:a", cats=(6,))
E("{a|sp} 查重量", "ems:ems_s10", "weight:a", cats=(6,))
E("{a|nl}\n拦接 拦接", "sto", "intercept:a", cf=True, cats=(5, 6))
E("{a|g4} 漏液了 客户不要了 拦截退回", "zto", "intercept:a", cats=(6,))  # audit-abc: rule 11, spaced: no confirm

# ---------------------------------------------------------------------------------------------------------------
# Category 7: several parcels and commands: positional references, pasted tables
# ---------------------------------------------------------------------------------------------------------------
E("{a} {b} {c} 这三单 第一单拦截 后两单催一下", "null:yto", "intercept:a urge:b,c", cats=(7,))
E("{a}\n{b}\n上面两个拦截", "yunda", "intercept:a,b", cats=(7,))
E("{a} 催件 {b} 拦截 {c} 到哪了", "jt", "urge:a intercept:b track:c", cats=(7,))
E("{a}\t拦截\n{b}\t催件\n{c}\t改址\t广东省广州市海珠区江南大道中168号 林小红 {ph}", "sto",
  "intercept:a urge:b change_address:c", cats=(4, 7))
E("单号              操作\n{a}    拦截\n{b}    拦截\n{c}    撤单", "zto", "intercept:a,b cancel:c", cats=(7,))
E("{a} {b} 以上都催一下 三天没动了", "null:jt", "urge:a,b", cats=(7,))
E("{a}\n{b}\n{c}\n{d}\n以上 全部拦截 这批货有问题", "yunda", "intercept:a,b,c,d", cats=(7,))
E("这几个 {a} {b} {c} 前俩拦截 最后一个撤单 还没揽收", "sto", "intercept:a,b cancel:c", cats=(7,))
E("{a} 拦截 {b} 也是 {c} 也是", "jt", "intercept:a,b,c", cats=(7,))
E("{a} 破损 {b} 丢件 {c} 延误 麻烦都登记一下", "null:sf", "damaged:a lost:b delay:c", cats=(7,))
E("{a} {b} 第二个拦截 第一个不用管", "yunda", "intercept:b", cats=(7,))
E("{a} 到哪了\n{b} 到哪了\n{c} 到哪了\n客户都在问", "cainiao", "track:a,b,c", cats=(7,))
E("拦截：{a} {b} {c}\n催件：{d} {e}", "zto", "intercept:a,b,c urge:d,e", cats=(7,))
E("{a}、{b}、{c}这仨 中间那个改地址 改到 江苏省南京市秦淮区中华路26号 余强 {ph} 另外俩退回", "null:yto",
  "change_address:b intercept:a,c", cats=(4, 7))
E("{a} 拦截\n{b}\n{c}\n后面两个也一样", "jt", "intercept:a,b,c", cats=(7,))
E("运单号\t问题\t备注\n{a}\t破损\t客户拍照了\n{b}\t丢件\t\n{c}\t延误\t五天没动", "zto",
  "damaged:a lost:b delay:c", cats=(7,))
E("{a} {b} {c} {d} 前三个催件 第四个查一下到哪了", "null:jt", "urge:a,b,c track:d", cats=(7,))
E("这两个一个拦截一个催件 {a} {b}", "sto", "", nh=True, cats=(7,))
E("{a} {b} 都是今天下的单 上面那个撤单 下面这个已经拉走了 拦截", "zto", "cancel:a intercept:b", cats=(7,))
E("{a} 核实签收\n{b} 核实签收\n{c} 理赔", "yto", "verify_delivery:a,b claim:c", cats=(7,))
E("{a}   改址   河南省郑州市中原区建设西路187号   牛建设   {ph}\n{b}   改址   河南省洛阳市西工区中州中路29号   杜鹃   {ph2}",
  "yunda", "change_address:a,b", cats=(4, 7))
E("{a} {b} {c} 第一个和第三个拦截 第二个不拦", "jt", "intercept:a,c", cats=(1, 7))
E("{a}\n{b}\n{c}\n{d}\n{e}\n这五个都催一下 都快一个礼拜了", "zto", "urge:a,b,c,d,e", cats=(7,))
E("{a} {b} 两单 头一个投诉 第二个要理赔", "yunda", "complaint:a claim:b", cats=(7, 8))
E("以下拦截\n{a}\n{b}\n{c}", "cainiao", "intercept:a,b,c", cats=(7,))
E("{a} 撤单 {b} 撤单 {c} 撤单 今天都不发了", "zto", "cancel:a,b,c", cats=(7,))
E("{a} {b} {c} 这仨 有俩要拦截 有一个要催 俺一会儿告诉你哪个是哪个", "yto", "", nh=True, cats=(7,))
E("{a} 仲裁 {b} 仲裁 同一个客户的", "sto", "arbitration:a,b", cats=(7,))
E("表格发你 \n单号\t要干啥\n{a}\t退回\n{b}\t退回\n{c}\t催\n{d}\t查", "null:jt",
  "intercept:a,b urge:c track:d", cats=(7,))
E("{a} 到哪了 {b} 也是 {c} 拦截", "yunda", "track:a,b intercept:c", cats=(7,))
E("{a} {b} 后一个改地址 改到 山东省青岛市市南区香港中路76号 曲丽 前一个不用动", "jt", "change_address:b",
  cats=(7,))
E("{a} 漏液\n{b} 压坏\n{c} 碎了\n一车货全毁了", "sto", "damaged:a,b,c", cats=(7,))
E("{a} {b} {c} 最后一个拦截 其他的催", "null:sf", "intercept:c urge:a,b", cats=(7,))
E("{a}拦截{b}拦截{c}拦截", "yto", "intercept:a,b,c", cats=(7,))
E("{a} {b} 都拦截 另外 {c} 催一下 {d} 查下重量", "yunda", "intercept:a,b urge:c weight:d", cats=(7,))
E("{a} 投诉 {b} 投诉 同一个快递员 俩件都扔门口了 一个都没打电话", "jt", "complaint:a,b", cats=(7,))
E("头一个撤单 第二个拦截\n{a}\n{b}", "sto", "cancel:a intercept:b", cats=(7,))
E("{a} 延误 {b} 延误 {c} 延误 都是同一天发往新疆的", "yunda", "delay:a,b,c", cats=(7,))
E("单号\t收件人\t新地址\n{a}\t韩梅梅\t北京市海淀区中关村大街27号\n{b}\t李雷\t北京市海淀区学院路15号\n都给改一下地址",
  "zto", "change_address:a,b", cats=(7,))
E("{a} {b} {c} 这三个哪个也别拦了 全催一下", "jt", "urge:a,b,c", cats=(1, 7))
E("{a}\n{b}\n这俩要不都退回得了 客户一直不回话", "null:jd", "intercept:a,b", cf=True, cats=(7,))

# ---------------------------------------------------------------------------------------------------------------
# Category 8: compound requests
# ---------------------------------------------------------------------------------------------------------------
E("{a} 东西碎了 客户要赔钱", "zto null:yto", "claim:a", cats=(8,))
E("{a} 破损了 快递员还骂人 态度太差 投诉他", "yunda", "damaged:a complaint:a", cats=(8,))
E("{a} 破损 要理赔 还要投诉那个快递员 扔件扔的", "sto", "claim:a complaint:a", cats=(8,))
E("{a} 拦截 还要投诉 这个快递员私自改了地址", "jt", "intercept:a complaint:a", cats=(8,))
E("{a} 延误了 客户要投诉", "zto", "delay:a complaint:a", cats=(8,))
E("{a} 快点送 客户投诉了", "null:jd", "urge:a complaint:a", cats=(8,))
E("{a} 件丢了 赔钱 这都第三回了 必须投诉", "yunda", "claim:a complaint:a", cats=(8,))
E("{a} 派送员太横了 件还晚了四天 投诉 顺便催一下", "sto", "complaint:a urge:a", cats=(8,))
E("{a} 重量不对 给核一下 还有这快递员态度差 一并投诉", "zto", "weight:a complaint:a", cats=(8,))
E("{a} 漏液了 把别的件都弄脏了 客户要赔偿", "jt", "claim:a", cats=(8,))
E("{a} 少件 发了四个到了仨 缺的那个得赔", "null:sf", "claim:a", cats=(8,))
E("{a} 拦截 顺便催一下{b}", "zto", "intercept:a urge:b", cats=(7, 8))
E("{a} 压坏了 俺要投诉 还要赔偿", "cainiao", "claim:a complaint:a", cats=(8,))
E("{a} 一个礼拜没动了 是不是丢了 俺要理赔", "zto", "claim:a", cats=(8,))
E("{a} 客户说东西碎了 还有 快递员送的时候直接扔的 客户都看见了 投诉", "sto null:yto", "damaged:a complaint:a",
  cats=(8,))
E("{a} 催件 还有{a}的快递员态度极差 投诉", "yunda", "urge:a complaint:a", cats=(8,))
E("{a} 东西坏了 要赔偿 另外把{b}拦截了 一样的货 别再坏了", "jt", "claim:a intercept:b", cats=(7, 8))
E("{a} 虚假签收 快递员自己签的 俺要投诉", "zto", "verify_delivery:a complaint:a", cats=(8,))
E("{a} 破损 {a} 要赔偿", "sto", "claim:a", cats=(8,))
E("{a} 拦截并投诉", "yto", "intercept:a complaint:a", cats=(8,))
E("{a} 破了 东西洒一地 派件的还说不关他的事 投诉 赔钱", "null:jd", "claim:a complaint:a", cats=(8,))
E("{a} 漏液 登记一下 客户还说派送员态度差 投诉一下", "jt", "damaged:a complaint:a", cats=(8,))
E("{a} 重量不对 还有一个礼拜没动了", "yunda", "weight:a delay:a", cats=(8,))
E("{a} 丢件 投诉 这家快递员老丢件", "sto", "lost:a complaint:a", cats=(8,))
E("{a} 给俺拦截退回 再给这个快递员投诉一下 他把俺的件给拆了", "zto", "intercept:a complaint:a", cats=(8,))
E("{a} 核实签收 另外这个件 客户说要投诉你们派件的 放驿站也不说一声", "yunda",
  "verify_delivery:a complaint:a", cats=(8,))
E("{a} 超重 俺要投诉 收费乱来", "jt", "weight:a complaint:a", cats=(8,))
E("{a} 三天没动了 催一下 客户已经投诉了", "zto", "urge:a complaint:a", cats=(8,))
E("{a} 丢了 赔偿 {b} 破损 登记一下", "yunda", "claim:a damaged:b", cats=(7, 8))
E("{a} 催一下 顺便查查重量 感觉收多了", "null:jt", "urge:a weight:a", cats=(8,))
E("{a} 东西漏了 客户拒收 退回 还要赔偿", "sto", "intercept:a claim:a", cats=(8,))
E("{a} 客户说包装破了 里面东西没事 但是快递员态度太差 投诉", "yunda", "damaged:a complaint:a", cats=(8,),
  drop="audit-abc: box broken, contents fine, said in passing before a complaint: damaged or not is a coin flip")
E("{a} 拦截 {a} 投诉 发错地方了都", "zto null:yto", "intercept:a complaint:a", cats=(8,))
E("{a} 快递员乱签收 东西没到客户手上 核实 投诉 都给俺整上", "sto", "verify_delivery:a complaint:a", cats=(8,))
E("{a} 查重量 还有这件压坏了 登记破损", "yto", "weight:a damaged:a", cats=(8,))
E("{a} 仲裁 还有 这快递员要投诉", "zto", "arbitration:a complaint:a", cats=(8,))
E("{a} 东西碎了 要赔钱 要不干脆拦截退回来", "sto", "claim:a intercept:a", cf=True, cats=(8,))
E("{a} 改地址 还要投诉 送错地方两回了", "jt", "change_address:a complaint:a", nh=True, cats=(8,))
E("{a} 件没了 客户急得跳脚 理赔 顺带把{b}也催一下 别也丢了", "yunda", "claim:a urge:b", cats=(7, 8))

# ---------------------------------------------------------------------------------------------------------------
# Longer rambling messages in the persona (mixed categories)
# ---------------------------------------------------------------------------------------------------------------
E("哎你好啊 俺是街口开小卖部的老刘 那个前天给一个老客户发的茶叶 {a} 人家刚打电话说不要了 嫌贵 俺也不跟人家犟 你就给俺拦截退回来 麻烦你了啊",
  "zto null:yto", "intercept:a", cats=(0,))
E("那个 俺跟你说个事 俺闺女帮俺下的单 {a} 俺今天一看地址写的是俺家老房子 人早不在那住了 给改到 河北省保定市竞秀区朝阳北大街66号 刘淑芬 {ph} 就这个",
  "yunda", "change_address:a", cats=(0, 4))
E("早上发的那几个 {a} {b} 客户都催俺呢 俺也不懂这个 你们给催催 俺这小店就指着这几个老客户了",
  "sto null:jt", "urge:a,b", cats=(0,))
E("你说这事闹的 {a}这个件 客户说收着的时候箱子就是破的 里头的酒碎了一瓶 俺也不知道咋整 你们给登记个破损吧",
  "jt", "damaged:a", cats=(0,))
E("俺就想问问 {a} 这个件咋回事 网上看一直显示在转运中心 俺也看不懂 到底到哪了", "zto", "track:a", cats=(0,))
E("唉 这个{a} 俺寻思着可能是丢了 找了一个礼拜了 中转也说没有 网点也说没有 你们给俺报个丢件", "yto",
  "lost:a", cats=(0,))
E("{a}这个件 你们那个派件的小伙子 俺客户说给他打电话他不接 上门也不敲门 直接放楼下 还说俺客户事多 这得投诉他 俺客户气得不行",
  "yunda null:jd", "complaint:a", cats=(0,))
E("俺这个{a} 称的时候俺记得是一公斤多点 咋扣了俺四公斤的钱 你们给核一下重量 是不是弄错了", "sto",
  "weight:a", cats=(0,))
E("{a} 那个啥 俺刚才说拦截 你先别急 俺再跟客户问问 可能得拦 也可能不拦", "zto", "", nh=True,
  cats=(1,))  # audit-abc: a hold on an intercept asked earlier, not a new request: needs_human
E("哎呀 俺记性不好 昨天让你们拦截的那个 {a} 客户又打电话说要了 那就不拦了吧 让他正常送", "jt", "",
  nh=True, cats=(1,))
E("{a} 这个件啊 本来是要拦的 后来寻思算了 现在又想了想 还是得拦 客户那人不靠谱 拦截退回 就这么定了", "sto",
  "intercept:a", cats=(2,))
E("俺跟你说 {a} 是俺发给俺外甥的 他说显示签收了 可他压根没见着东西 俺寻思是不是给别人签收了 你们给核实一下",
  "zto null:sf", "verify_delivery:a", cats=(0,))
E("{a} 都五天了咋还不到 俺客户天天骂俺 你们那个快递员电话打不通 催一下 再投诉一下那个快递员 太不负责了",
  "yunda", "urge:a complaint:a", cats=(8,))
E("{a} 这个件是俺给人发的样品 还没人来拿呢 俺不寄了 给俺取消了就行 省得跑一趟", "cainiao", "cancel:a",
  cats=(0,))
E("好几天了 {a} 一直停在那个啥分拨中心 一点没动 俺也不知道咋回事 给报个延误", "jd", "delay:a", cats=(0,))
E("{a} 理赔的事 你们说要照片 俺照片都发了 货值三百 这都半个多月了 赶紧给俺赔了", "zto null:yto", "claim:a",
  cats=(0,))


# ---------------------------------------------------------------------------------------------------------------
# Rendering and validation
# ---------------------------------------------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{([a-z]+\d?)(?:\|(\w+))?\}")
S10 = re.compile(r"^[A-Z]{2}\d{9}[A-Z]{2}$")


def parse_variant(v: str) -> tuple[str | None, list[str]]:
    if ":" in v:
        group, cs = v.split(":", 1)
        carriers = cs.split(",")
    else:
        group, carriers = v, [v]
    g = None if group == "null" else group
    if g is not None and g not in GROUPS:
        raise ValueError(f"bad group {group!r}")
    for c in carriers:
        if c not in wn.CARRIERS:
            raise ValueError(f"bad carrier {c!r}")
        if g is None and c not in PREFIXED:
            raise ValueError(f"all-digit carrier {c!r} needs a group carrier")
        if g is not None and wn.GROUP_CARRIER.get(c, c) != g:
            raise ValueError(f"carrier {c!r} in group {g!r}")
    return g, carriers


def g4(n: str) -> str:
    m = re.match(r"^([A-Z]*)(\d+)$", n)
    assert m, n
    prefix, digits = m.groups()
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    if len(groups) > 1 and len(groups[-1]) < 3:  # no dangling single digit
        last = groups.pop()
        groups[-1] = groups[-1] + last
    return " ".join(([prefix] if prefix else []) + groups)


def fmt(n: str, how: str | None) -> str:
    if how is None:
        return n
    if how == "nl":
        k = len(n) // 2
        return n[:k] + "\n" + n[k:]
    if how == "sp":
        if S10.match(n):
            s = n[2:11]
            return f"{n[:2]} {s[:3]} {s[3:6]} {s[6:]} {n[11:]}"
        return g4(n)
    if how == "g4":
        return g4(n)
    if how == "t4":
        return n[-4:]
    if how == "short":
        return n[:-4]
    raise ValueError(how)


def order_number(rng: random.Random) -> str:
    n = rng.choice((18, 19))
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-]", "", t)


def render(entry: dict, group: str | None, carriers: list[str], rng: random.Random) -> dict:
    values: dict[str, str] = {}
    split: set[str] = set()

    def value(name: str) -> str:
        if name not in values:
            if name in LETTERS and len(name) == 1:
                values[name] = wn.waybill(rng, carriers[LETTERS.index(name) % len(carriers)])
            elif name.startswith("ph"):
                values[name] = wn.phone_notation(rng, wn.phone(rng))
            elif name.startswith("mob"):
                values[name] = wn.phone(rng)
            elif name == "ord":
                values[name] = order_number(rng)
            else:
                raise ValueError(f"unknown placeholder {name!r}")
        return values[name]

    def sub(m: re.Match) -> str:
        name, how = m.group(1), m.group(2)
        if how == "nl":
            split.add(name)
        return fmt(value(name), how)

    text = PLACEHOLDER.sub(sub, entry["text"])
    assert "{" not in text and "}" not in text, text
    expected = []
    for part in entry["expected"].split():
        intent, names = part.split(":")
        if intent not in INTENTS:
            raise ValueError(f"bad intent {intent!r}")
        nums = []
        for nm in names.split(","):
            if nm not in values or len(nm) != 1:
                raise ValueError(f"label {nm!r} not a waybill in text: {entry['text']!r}")
            nums.append(values[nm])
        expected.append({"intent": intent, "waybills": nums})
    # a number split over two lines for an action must be flagged confirm (rule 11), unless a person must look
    # anyway; a number only spaced or grouped on one line (sp, g4) is not a reason for confirm
    if not entry["nh"]:
        for grp in expected:
            if grp["intent"] in ACTION_INTENTS and any(
                    values[n] in grp["waybills"] for n in split):
                assert entry["cf"], f"joined action number needs confirm: {entry['text']!r}"
    return {"text": text, "carrier": group, "expected": expected, "needs_human": entry["nh"],
            "confirm": entry["cf"], "categories": list(entry["cats"]), "style": "b", "_drop": entry["drop"]}


def validate(records: list[dict]) -> None:
    ids, texts, templates = set(), set(), {}
    for e in ENTRIES:
        templates[e["text"]] = templates.get(e["text"], 0) + len(e["variants"].split())
    over = [t for t, n in templates.items() if n > 2]
    assert not over, f"sentences used more than twice: {over}"
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, f"duplicate text {r['text']!r}"
        texts.add(r["text"])
        assert not (r["needs_human"] and r["confirm"]), r
        assert r["carrier"] is None or r["carrier"] in GROUPS, r
        flat = norm(r["text"])
        seen = set()
        for g in r["expected"]:
            assert g["intent"] in INTENTS, g
            assert g["waybills"], g
            for w in g["waybills"]:
                assert w == w.upper() and " " not in w and "-" not in w, w
                assert w in flat, f"{w} not in {r['text']!r}"
                assert (g["intent"], w) not in seen, f"duplicate pair in {r['id']}"
                seen.add((g["intent"], w))
        if r["confirm"]:
            assert any(g["intent"] in ACTION_INTENTS for g in r["expected"]), r
        intents_by_wb: dict[str, set] = {}
        for g in r["expected"]:
            for w in g["waybills"]:
                intents_by_wb.setdefault(w, set()).add(g["intent"])
        for w, s in intents_by_wb.items():
            assert not ("track" in s and len(s) > 1), f"track beside another intent in {r['id']}"
        # an all-digit waybill needs the group's carrier
        if any(w.isdigit() for g in r["expected"] for w in g["waybills"]):
            assert r["carrier"] is not None, r
        assert r["categories"] and all(0 <= c <= 8 for c in r["categories"]), r


def build() -> list[dict]:
    rng = random.Random(20240517)
    records = []
    for entry in ENTRIES:
        for v in entry["variants"].split():
            group, carriers = parse_variant(v)
            records.append(render(entry, group, carriers, rng))
    random.Random(7).shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"b-{i:04d}"
    # audit removals are left out after numbering, so every other record keeps its id
    records = [{"id": r["id"], **{k: v for k, v in r.items() if k not in ("id", "_drop")}} for r in records
               if not r["_drop"]]
    validate(records)
    return records


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
