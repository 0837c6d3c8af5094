"""Writer k: the after-sales desk of a mid-size brand shipping with several carriers.

Works from ERP exports and spreadsheets: numbered lists, pasted rows (tabs / runs of spaces), headers, mixed
carriers, positional references, exceptions to a whole-list instruction, corrections of numbers and commands,
compound after-sales cases, formal polite wording. Every message is written by hand below; only waybill numbers,
phones and order numbers are filled in (from ../waybill_numbers.py).

Run from the repository root:  python tests/data/writers/k_source.py   ->  tests/data/writers/k.jsonl

Template placeholders: {yt} {yt2} ... a waybill of a carrier (yt yto, zt zto, st sto, yd yunda, jt jt, sf sf,
jd jd, em ems 13 digits, eu ems S10, dp deppon, cn cainiao); the same placeholder is the same number throughout
the message. {ph} a phone written plainly, {pn} a phone in some notation, {od} a platform order number.
A format after a colon: {yt:sp} spaced, {yt:dash} dashed, {yt:nl} split over two lines, {yt:typo} the number with
one digit wrong, {yt:short} the number with one digit missing.
Expected: "intercept:yt,yt2;urge:sf" (intent: placeholder keys).
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wn)

ALIAS = {"yt": "yto", "zt": "zto", "st": "sto", "yd": "yunda", "jt": "jt", "sf": "sf", "jd": "jd", "em": "ems",
         "eu": "ems_s10", "dp": "deppon", "cn": "cainiao"}
ALL_DIGIT = {"zt", "st", "yd", "em", "cn"}
INTENTS = {"intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight",
           "track", "delay", "claim", "complaint", "arbitration"}
GROUPS = {None, "sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao"}
PLACE = re.compile(r"\{([a-z]{2})(\d?)(?::([a-z]+))?\}")

MSGS: list[tuple] = []


def m(cats, group, text, exp="", nh=False, cf=False):
    """One hand-written message: categories (digits), group carrier, template, expected, needs_human, confirm."""
    MSGS.append((cats, group, text, exp, nh, cf))


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def order_no(rng):
    """A platform order number: 19 digits (Taobao/Tmall, Douyin) or 18 digits."""
    kind = rng.choice(["tb", "tb", "dy", "18"])
    if kind == "tb":
        return rng.choice("234") + _digits(rng, 18)
    if kind == "dy":
        return rng.choice(["69", "49"]) + _digits(rng, 17)
    return rng.choice("12") + _digits(rng, 17)


def _prefix_len(v):
    n = 0
    while n < len(v) and v[n].isalpha():
        n += 1
    return n


def fmt(rng, kind, v, how):
    if not how:
        return v
    p = _prefix_len(v)
    if how == "sp":
        if kind == "eu":
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:11]} {v[11:]}"
        body = v[p:]
        groups = [body[i:i + 4] for i in range(0, len(body), 4)]
        return " ".join(([v[:p]] if p else []) + groups)
    if how == "dash":
        body = v[p:]
        groups = [body[i:i + 4] for i in range(0, len(body), 4)]
        return "-".join(([v[:p]] if p else []) + groups)
    if how == "nl":
        cut = {"eu": 8, "jd": 10, "dp": 10}.get(kind, p + 8 if p else 8)
        return v[:cut] + "\n" + v[cut:]
    if how == "typo":
        end = len(v) - (2 if kind == "eu" else 0)
        start = end - 8
        i = rng.randrange(start, end - 1 if kind == "eu" else end)
        d = rng.choice([c for c in "0123456789" if c != v[i]])
        return v[:i] + d + v[i + 1:]
    if how == "short":
        end = len(v) - (2 if kind == "eu" else 0)
        i = rng.randrange(end - 8, end)
        return v[:i] + v[i + 1:]
    raise ValueError(how)


def build(rng, idx, cats, group, template, exp, nh, cf):
    vals: dict[str, str] = {}
    notes: dict[str, str] = {}
    kinds: dict[str, str] = {}

    def sub(mo):
        kind, n, how = mo.group(1), mo.group(2), mo.group(3)
        key = kind + n
        if key not in vals:
            if kind in ("ph", "pn"):
                vals[key] = wn.phone(rng)
                notes[key] = wn.phone_notation(rng, vals[key]) if kind == "pn" else vals[key]
            elif kind == "od":
                vals[key] = order_no(rng)
            elif kind in ALIAS:
                vals[key] = wn.waybill(rng, ALIAS[kind])
            else:
                raise ValueError(f"message {idx}: unknown placeholder {mo.group(0)}")
            kinds[key] = kind
        if kind == "pn":
            return notes[key]
        return fmt(rng, kind, vals[key], how)

    text = PLACE.sub(sub, template)
    assert "{" not in text and "}" not in text, (idx, template)
    expected = []
    for part in [p for p in exp.split(";") if p.strip()]:
        intent, keys = part.split(":")
        intent = intent.strip()
        assert intent in INTENTS, (idx, intent)
        wbs = []
        for k in keys.split(","):
            k = k.strip()
            assert k in vals and kinds[k] in ALIAS, (idx, k)
            wbs.append(vals[k])
        expected.append({"intent": intent, "waybills": wbs})
    # checks of the guide's mechanical rules
    assert group in GROUPS, (idx, group)
    if any(kinds[k] in ALL_DIGIT or kinds[k] in ("ph", "pn", "od") for k in vals):
        assert group is not None, (idx, template)
    assert not (nh and cf), idx
    intents = {g["intent"] for g in expected}
    if cf:
        assert intents & {"intercept", "cancel", "change_address"}, idx
    pairs = [(g["intent"], w) for g in expected for w in g["waybills"]]
    assert len(pairs) == len(set(pairs)), (idx, pairs)
    per = {}
    for i, w in pairs:
        per.setdefault(w, set()).add(i)
    for w, s in per.items():
        assert not ("track" in s and len(s) > 1), (idx, w)
        assert not ("claim" in s and s & {"lost", "damaged"}), (idx, w)
    squashed = re.sub(r"[\s\-]", "", text)
    for _, w in pairs:
        assert w in squashed or w in text, (idx, w)
    categories = {int(c) for c in cats}
    if any(kinds[k] in ("ph", "pn", "od") for k in vals):
        categories.add(4)  # a phone or an order number beside the waybills
    categories = sorted(categories)
    return {"id": f"k-{idx:04d}", "text": text, "carrier": group, "expected": expected,
            "needs_human": bool(nh), "confirm": bool(cf), "categories": categories, "style": "k"}


# ---------------------------------------------------------------------------------------------------------------
# 0. ordinary requests, formal and polite, one or several numbers
# ---------------------------------------------------------------------------------------------------------------
m("0", "yto", "您好，{yt} 麻烦帮忙拦截退回，谢谢。", "intercept:yt")
m("0", None, "{jt} 催件，客户着急用，辛苦尽快安排派送。", "urge:jt")
m("0", "zto", "{zt}", "track:zt")
m("0", "zto", "{zt} 麻烦查一下现在到哪了", "track:zt")
m("0", "sto", "您好，{st} 系统显示已签收，客户反馈并未收到，麻烦核实一下签收情况，谢谢。", "verify_delivery:st")
m("0", "yunda", "{yd} 麻烦撤单，这单不发了", "cancel:yd")
m("0", None, "{sf} 客户反馈外箱破损，里面的玻璃杯碎了两个，麻烦登记一下。", "damaged:sf")
m("04", "ems", "{em} 麻烦核一下重量，我们出库称重是1.3kg，账单上是3kg。", "weight:em")
m("0", None, "{jd} 好几天没更新了", "delay:jd")
m("0", None, "{dp} 这票大件物流一直没有更新，客户那边也没收到，应该是丢了，麻烦登记遗失。", "lost:dp")
m("0", "cainiao", "查件 {cn}", "track:cn")
m("0", None, "{yt} {yt2} {yt3} 这三单麻烦都催一下，谢谢", "urge:yt,yt2,yt3")
m("0", "zto", "您好，{zt} 申请仲裁，之前网点给出的处理结果我们不认可。", "arbitration:zt")
m("0", "yto", "好的，收到，辛苦了", "")
m("0", None, "麻烦问一下今天下午几点来收件？我们这边大概有八十票。", "")
m("0", "zto", "谢谢，看到拦截成功了", "")
m("0", None, "{jt} 投诉，派件员态度非常差，客户已经打电话到我们店里了", "complaint:jt")
m("0", None, "请问 {jd} 什么时候能到？", "track:jd")
m("0", "yunda", "{yd} 到哪了", "track:yd")
m("0", "sto", "{st} 加急派送，谢谢", "urge:st")
m("0", None, "您好，麻烦把 {yt} 拦截一下，客户不要了。", "intercept:yt")
m("0", "ems", "{eu} 这个邮政的件麻烦查一下轨迹", "track:eu")
m("0", "ems", "{eu} 麻烦催一下投递，谢谢", "urge:eu")
m("0", None, "{dp} 客户说签收人不是本人，家里人也都没收到，麻烦核实签收。", "verify_delivery:dp")
m("0", "zto", "{zt} 这单撤销一下，仓库还没交出去", "cancel:zt")
m("0", None, "{sf} 麻烦尽快派送，客户明天要出差", "urge:sf")
m("0", "yto", "{yt} 三天没动了", "delay:yt")
m("0", "jt", "{jt} 物流停滞五天了，麻烦打个延误", "delay:jt")
m("0", "zto", "{zt} 包裹漏液了 客户拍了照片 麻烦登记破损", "damaged:zt")
m("0", None, "{jd} 麻烦称一下，这单运费明显不对", "weight:jd")
m("0", None, "您好，{yt} 客户反馈少件，一共三件只收到两件。", "lost:yt")
m("0", "sto", "{st} 件没了 哪都找不着", "lost:st")
m("0", None, "下午好，{jt} 和 {jt2} 都麻烦拦截", "intercept:jt,jt2")
m("0", "yunda", "{yd} {yd2} 拦截退回", "intercept:yd,yd2")
m("0", None, "明白了，那我们等通知", "")
m("0", None, "您好，请问你们网点周日正常上班吗？", "")
m("0", "cainiao", "{cn} 麻烦催一下，驿站一直没上架", "urge:cn")
m("0", None, "{sf} 客户拒收，麻烦退回", "intercept:sf")
m("0", None, "{yt} 地址写错了，麻烦拦截退回", "intercept:yt")
m("0", None, "{jd} 改地址：上海市浦东新区张杨路1200号3楼 收件人王先生", "change_address:jd")
m("04", "zto", "{zt} 麻烦改地址，新地址：广东省深圳市南山区高新南七道18号 林女士 {ph}", "change_address:zt")
m("0", None, "{dp} 家具送到了，外包装全烂了，里面的柜门也裂了", "damaged:dp")
m("0", "ems", "{em} 请问现在到哪个环节了", "track:em")
m("0", None, "OK 谢谢", "")
m("048", "yto", "{yt} 申请理赔，货值258元", "claim:yt")
m("0", "jt", "辛苦了，今天的都处理完了吗？", "")
m("0", None, "{jt} 客户地址填错了 退回吧", "intercept:jt")
m("0", "zto", "{zt} 核实签收 客户说没收到", "verify_delivery:zt")
m("0", None, "{sf} 麻烦查询物流", "track:sf")
m("0", "yunda", "{yd} 五天没更新了", "delay:yd")
m("0", None, "{yt}\n麻烦拦截", "intercept:yt")
m("0", "sto", "{st}\n{st2}\n催件", "urge:st,st2")
m("0", None, "您好，打扰了，{jd} 这单麻烦核一下重量，客户觉得运费偏高。", "weight:jd")
m("0", "deppon", "{dp} 麻烦尽快安排送货上门，客户这两天都在家。", "urge:dp")
m("0", None, "收到，辛苦！", "")
m("0", "yto", "{yt} 作废", "cancel:yt")
m("0", None, "{jt} 麻烦取消寄件，客户不要了还没来揽收", "cancel:jt")
m("0", "zto", "{zt} 签收了但客户没收到", "verify_delivery:zt")
m("0", None, "{sf} 要投诉，电话不打直接放快递柜，客户很不满意", "complaint:sf")


# ---------------------------------------------------------------------------------------------------------------
# 7. lists, pasted rows, positional references, mixed carriers, instructions for the whole list with exceptions
# ---------------------------------------------------------------------------------------------------------------
m("7", None, "您好，以下单号麻烦统一拦截退回：\n1. {yt}\n2. {yt2}\n3. {jt}\n谢谢！", "intercept:yt,yt2,jt")
m("7", None, "{yt}\n{yt2}\n{yt3}\n{yt4}\n第2、4单拦截，其余的催一下", "intercept:yt2,yt4;urge:yt,yt3")
m("7", None, "1. {sf}\n2. {sf2}\n3. {sf3}\n以上全部拦截，除了第一个", "intercept:sf2,sf3")
m("47", "zto", "单号\t操作\t备注\n{zt}\t拦截\t客户拒收\n{zt2}\t催件\t客户急用\n{zt3}\t改址\t江苏省苏州市工业园区星湖街328号 陈女士 {ph}",
  "intercept:zt;urge:zt2;change_address:zt3")
m("7", "yunda", "运单号               收件人     处理\n{yd}      王**       拦截退回\n{yd2}      李*明      拦截退回\n{yd3}      张**       催派",
  "intercept:yd,yd2;urge:yd3")
m("47", "sto", "订单号\t运单号\t客户\t问题\t处理\n{od}\t{st}\t刘女士\t超时未到\t催件\n{od2}\t{st2}\t周先生\t显示签收未收到\t核实签收",
  "urge:st;verify_delivery:st2")
m("7", None, "①{jt}\n②{jt2}\n③{jt3}\n④{jt4}\n⑤{jt5}\n前三个拦截，后两个催件", "intercept:jt,jt2,jt3;urge:jt4,jt5")
m("7", None, "今天的售后汇总如下：\n一、{yt} 客户拒收，拦截退回\n二、{jd} 催件\n三、{sf} 显示签收但客户没收到，麻烦核实\n辛苦！",
  "intercept:yt;urge:jd;verify_delivery:sf")
m("7", "zto", "{zt}\n{zt2}\n{zt3}\n{zt4}\n{zt5}\n{zt6}\n以上6单，奇数行拦截，偶数行催件", "intercept:zt,zt3,zt5;urge:zt2,zt4,zt6")
m("7", None, "1.{yt}\n2.{yt2}\n3.{yt3}\n最后一单撤单，其他两单正常发，不用处理", "cancel:yt3")
m("7", None, "以下几单客户都说不要了：\n{jt}\n{jt2}\n{yt}\n麻烦拦截", "intercept:jt,jt2,yt")
m("47", "yto", "麻烦处理：\n1、{yt} 拦截\n2、{yt2} 拦截\n3、{yt3} 改地址 北京市朝阳区阜通东大街6号 方女士 {pn}\n4、{yt4} 催件",
  "intercept:yt,yt2;change_address:yt3;urge:yt4")
m("7", "zto", "单号\t操作\n{zt}\t拦截\n{zt2}\t拦截\n{zt3}\t拦截\n{zt4}\t拦截", "intercept:zt,zt2,zt3,zt4")
m("7", None, "{sf} 拦截\n{sf2} 催件\n{jd} 拦截\n{jd2} 查件", "intercept:sf,jd;urge:sf2;track:jd2")
m("7", "yunda", "{yd}、{yd2}、{yd3} 这三单 第一单拦截 后两单催一下", "intercept:yd;urge:yd2,yd3")
m("7", None, "上午那批再补充两个：\n{yt}\n{yt2}\n这两个也是拦截", "intercept:yt,yt2")
m("7", "sto", "除了第一个，剩下的都催一下：\n{st}\n{st2}\n{st3}\n{st4}", "urge:st2,st3,st4")
m("7", None, "1  {jt}  张*琴  拦截\n2  {jt2}  李先生  拦截\n3  {jt3}  王女士  拦截\n4  {jt4}  赵*  催件",
  "intercept:jt,jt2,jt3;urge:jt4")
m("47", "yto", "快递\t单号\t处理方式\n圆通\t{yt}\t拦截\n极兔\t{jt}\t拦截\n顺丰\t{sf}\t催派\n京东\t{jd}\t改址 杭州市西湖区文三路90号 孙先生 {ph}",
  "intercept:yt,jt;urge:sf;change_address:jd")
m("47", "zto", "这几单麻烦按顺序处理\n{zt}\n{zt2}\n{zt3}\n第一个拦截，第二个改址到 山东省青岛市市南区香港中路10号 赵女士 {ph}，第三个催件",
  "intercept:zt;change_address:zt2;urge:zt3")
m("7", None, "{yt}\n{jt}\n{sf}\n以上三单都催一下，谢谢", "urge:yt,jt,sf")
m("17", "yto", "{yt} {yt2} {yt3} {yt4} 前两个拦截 后两个不用管", "intercept:yt,yt2")
m("17", "jt", "1. {jt}\n2. {jt2}\n3. {jt3}\n只有第2单需要拦截，另外两单不用动", "intercept:jt2")
m("7", None, "麻烦这几单都退回：\n{jd}\n{jd2}\n{jd3}", "intercept:jd,jd2,jd3")
m("7", "sto", "单号                   操作       备注\n{st}        拦截       地址错误\n{st2}        拦截       客户拒收\n{st3}        加急       VIP客户",
  "intercept:st,st2;urge:st3")
m("47", "yto", "{yt}\n{yt2}\n{yt3}\n第一单和第三单拦截，第二单改地址：成都市高新区天府大道中段1268号 罗先生 {ph}",
  "intercept:yt,yt3;change_address:yt2")
m("7", "zto", "今天需要拦截的单号\n{zt}\n{zt2}\n{zt3}\n{zt4}\n{zt5}\n{zt6}\n{zt7}\n{zt8}\n一共8单，麻烦了",
  "intercept:zt,zt2,zt3,zt4,zt5,zt6,zt7,zt8")
m("7", None, "①{sf} 催件\n②{sf2} 催件\n③{sf3} 查一下物流\n④{sf4} 拦截", "urge:sf,sf2;track:sf3;intercept:sf4")
m("7", "yunda", "以下单号麻烦帮忙催派：\n{yd}\n{yd2}\n{yd3}\n其中最后一个客户比较急", "urge:yd,yd2,yd3")
m("7", None, "请帮忙处理以下售后：\n1. {jt}  延误  已经5天没有更新\n2. {jt2}  破损  客户拍照了\n3. {jt3}  丢件  中转站一直没出来",
  "delay:jt;damaged:jt2;lost:jt3")
m("7", "zto", "{zt} 客户A\n{zt2} 客户B\n{zt3} 客户C\nA和C拦截，B催件", "intercept:zt,zt3;urge:zt2")
m("7", None, "前三个拦截：\n{yt}\n{yt2}\n{yt3}\n{yt4}\n{yt5}\n后面两个催一下", "intercept:yt,yt2,yt3;urge:yt4,yt5")
m("7", "ems", "{em}\n{em2}\n{em3}\n这三个都是昨天寄出的，全部拦截退回", "intercept:em,em2,em3")
m("7", "ems", "{eu}\n{eu2}\n{em}\n以上邮件麻烦查询一下投递状态", "track:eu,eu2,em")
m("47", "deppon", "运单号\t收件人\t新地址\t操作\n{jd}\t吴女士\t南京市鼓楼区中山北路200号\t改址\n{dp}\t郑先生\t合肥市蜀山区长江西路500号 {ph}\t改址",
  "change_address:jd,dp")
m("7", "yto", "1.{yt}\n2.{yt2}\n3.{yt3}\n4.{yt4}\n5.{yt5}\n全部拦截", "intercept:yt,yt2,yt3,yt4,yt5")
m("7", None, "剩下这两单也按催件处理：\n{jt}\n{jt2}", "urge:jt,jt2")
m("7", "zto", "{zt}\t拦截\n{zt2}\t拦截\n{zt3}\t催件\n{zt4}\t查件", "intercept:zt,zt2;urge:zt3;track:zt4")
m("7", None, "这两个 一个拦截一个催件\n{yt}\n{yt2}", "", nh=True)
m("7", "sto", "这几单怎么处理我写在后面了：\n{st} 退回\n{st2} 退回\n{st3} 尽快派送\n{st4} 客户说没收到 核实签收",
  "intercept:st,st2;urge:st3;verify_delivery:st4")
m("7", None, "序号 运单号 问题描述 诉求\n1 {sf} 外箱破损 登记破损\n2 {sf2} 一周未更新 催件\n3 {sf3} 签收未收到 核实",
  "damaged:sf;urge:sf2;verify_delivery:sf3")
m("7", "yunda", "{yd} {yd2} {yd3} {yd4} 第三个除外，其他全部拦截", "intercept:yd,yd2,yd4")
m("7", None, "客户今天集中反馈了几单：\n{yt} 物流三天没动\n{yt2} 物流三天没动\n{jt} 物流四天没动\n麻烦统一催一下", "urge:yt,yt2,jt")
m("47", "zto", "{zt}\n{zt2}\n{zt3}\n上面三个，第一个改址到 河南省郑州市金水区花园路88号 马先生 {ph}，另外两个拦截",
  "change_address:zt;intercept:zt2,zt3")
m("7", None, "第2、3单麻烦拦截\n1. {jd}\n2. {jd2}\n3. {jd3}\n第1单正常派送就行", "intercept:jd2,jd3")
m("7", "cainiao", "{cn}\n{cn2}\n{cn3}\n都是菜鸟的，麻烦查一下到哪了", "track:cn,cn2,cn3")
m("47", "yto", "一、拦截：{yt}、{yt2}\n二、催件：{jt}\n三、改址：{sf} 改为 武汉市洪山区珞喻路1037号 曹同学 {pn}",
  "intercept:yt,yt2;urge:jt;change_address:sf")
m("7", "sto", "单号\t处理\n{st}\t退件\n{st2}\t退件\n{st3}\t退件\n{st4}\t催派\n{st5}\t催派", "intercept:st,st2,st3;urge:st4,st5")
m("78", None, "{jt} {jt2} {jt3} 前两单拦截，最后一单要投诉，派送员态度太差", "intercept:jt,jt2;complaint:jt3")
m("7", "yto", "麻烦处理以下售后（按表格）\n运单号\t客户\t诉求\n{yt}\t于女士\t催件\n{yt2}\t许先生\t拦截\n{yt3}\t潘女士\t查件",
  "urge:yt;intercept:yt2;track:yt3")
m("7", None, "{sf}\n{jd}\n{yt}\n三家快递的，都帮忙催一下，谢谢", "urge:sf,jd,yt")
m("7", "zto", "1 {zt}\n2 {zt2}\n3 {zt3}\n4 {zt4}\n5 {zt5}\n1-3拦截，4、5催件", "intercept:zt,zt2,zt3;urge:zt4,zt5")
m("7", None, "最后一单拦截，前面几单催一下\n{jt}\n{jt2}\n{jt3}", "intercept:jt3;urge:jt,jt2")
m("7", "yunda", "{yd}\n{yd2}\n{yd3}\n{yd4}\n双数的拦截，单数的催件", "intercept:yd2,yd4;urge:yd,yd3")
m("7", None, "以下为今日需撤单明细，仓库尚未交接：\n{yt}\n{yt2}\n{jt}\n{jt2}", "cancel:yt,yt2,jt,jt2")
m("47", "ems", "{em}  刘**  退回\n{em2}  陈**  退回\n{em3}  黄**  改址 广州市天河区天河路385号 {ph}",
  "intercept:em,em2;change_address:em3")
m("7", None, "运单号,操作,备注\n{yt},拦截,客户不要了\n{yt2},拦截,重复下单\n{yt3},催件,", "intercept:yt,yt2;urge:yt3")
m("7", "zto", "中通的这几单：{zt}，{zt2}，{zt3}，都拦截；圆通的 {yt} 催一下", "intercept:zt,zt2,zt3;urge:yt")
m("7", None, "还有这几单\n{sf}\n{sf2}\n{sf3}\n同上，拦截", "intercept:sf,sf2,sf3")
m("7", "jt", "{jt}\n{jt2}\n{jt3}\n{jt4}\n第一单催件，第二单拦截，第三单催件，第四单拦截", "urge:jt,jt3;intercept:jt2,jt4")
m("7", None, "以下是昨天的退货拦截明细，麻烦处理\n单号\t商品\t数量\n{yt}\t保温杯\t2\n{yt2}\t保温杯\t1\n{yt3}\t餐具套装\t1",
  "intercept:yt,yt2,yt3")
m("7", "zto", "{zt}  {zt2}  {zt3}\n中间那个拦截，两边的催一下", "intercept:zt2;urge:zt,zt3")
m("7", None, "{jd}\n{jd2}\n{jd3}\n{jd4}\n前两单拦截，后两单先不动", "intercept:jd,jd2")
m("7", "sto", "1、{st}\n2、{st2}\n3、{st3}\n第一个和最后一个都拦截，第二个不动", "intercept:st,st3")
m("7", None, "售后处理单（5月第3周）\n———————————\n1）{sf}  催派\n2）{sf2}  催派\n3）{jt}  拦截\n4）{yt}  核实签收\n———————————\n请查收，谢谢",
  "urge:sf,sf2;intercept:jt;verify_delivery:yt")
m("7", "yto", "{yt}\n{yt2}\n{yt3}\n这三单都是同一个客户的，全部改址到 南昌市红谷滩区丰和中大道1099号 熊女士 {ph}",
  "change_address:yt,yt2,yt3")
m("47", "yunda", "运单号\t收件人\t电话\t处理\n{yd}\t邓女士\t{pn}\t催件\n{yd2}\t冯先生\t{pn2}\t催件\n{yd3}\t韩女士\t{pn3}\t拦截",
  "urge:yd,yd2;intercept:yd3")
m("7", None, "上午那批拦截的再补充一单，一样拦截退回：{jt}", "intercept:jt")
m("7", "zto", "{zt} {zt2} {zt3} {zt4} {zt5} {zt6}\n前三个拦截，剩下的催", "intercept:zt,zt2,zt3;urge:zt4,zt5,zt6")
m("7", None, "{yt}、{yt2}、{yt3} 这几个麻烦查一下到哪了", "track:yt,yt2,yt3")
m("7", "sto", "麻烦把下面几单加急：\n· {st}\n· {st2}\n· {st3}\n· {st4}", "urge:st,st2,st3,st4")
m("7", "jt", "1. {jt} 显示签收 客户没收到\n2. {jt2} 外包装破损\n3. {jt3} 物流停了一周\n麻烦分别登记一下", "verify_delivery:jt;damaged:jt2;delay:jt3")
m("7", None, "{sf}\n{sf2}\n{sf3}\n{sf4}\n除了最后一单都拦截，最后一单改成催件", "intercept:sf,sf2,sf3;urge:sf4")
m("7", "yto", "运单号           状态         需要处理\n{yt}  运输中       拦截\n{yt2}  派送中       拦截\n{yt3}  已到网点     催派",
  "intercept:yt,yt2;urge:yt3")
m("7", None, "一、{jd} 催件\n二、{jd2} 催件\n三、{dp} 催件\n四、{dp2} 拦截", "urge:jd,jd2,dp;intercept:dp2")
m("7", "zto", "这批都拦截，第2单和第5单除外：\n{zt}\n{zt2}\n{zt3}\n{zt4}\n{zt5}", "intercept:zt,zt3,zt4")
m("47", "cainiao", "日期\t单号\t问题\n5/12\t{cn}\t催件\n5/12\t{cn2}\t催件\n5/13\t{cn3}\t拦截", "urge:cn,cn2;intercept:cn3")
m("7", None, "①{yt} ②{yt2} ③{yt3} ④{yt4}\n①③拦截 ②④催件", "intercept:yt,yt3;urge:yt2,yt4")
m("7", "yunda", "以下几单麻烦统一登记延误：\n{yd}\n{yd2}\n{yd3}", "delay:yd,yd2,yd3")
m("7", None, "{jt}\n{jt2}\n{jt3}\n第一个拦截，第二、三个查一下物流", "intercept:jt;track:jt2,jt3")
m("7", "ems", "邮政的：\n{em} 拦截\n{em2} 拦截\n顺丰的：\n{sf} 催件", "intercept:em,em2;urge:sf")
m("7", None, "{yt} 拦截 {yt2} 拦截 {yt3} 拦截 {yt4} 催件 {yt5} 催件", "intercept:yt,yt2,yt3;urge:yt4,yt5")
m("7", "zto", "单号\t操作\t备注\n{zt}\t核实签收\t客户说没有收到\n{zt2}\t核实签收\t快递柜里没有\n{zt3}\t催件\t", "verify_delivery:zt,zt2;urge:zt3")
m("7", None, "这几单全部撤单：{jt}，{jt2}，{jt3}。谢谢配合！", "cancel:jt,jt2,jt3")
m("7", "sto", "{st}\n{st2}\n{st3}\n{st4}\n{st5}\n后三个拦截，前两个正常派送", "intercept:st3,st4,st5")
m("7", None, "今天的:\n{sf} 拦截\n{sf2} 拦截\n{sf3} 拦截\n其余的明天再发", "intercept:sf,sf2,sf3")
m("47", "yto", "{yt}\n{yt2}\n这两单麻烦核一下重量，都是按5kg收的费，实际不到2kg", "weight:yt,yt2")
m("7", None, "A区仓库发出：\n{jt}\n{jt2}\nB区仓库发出：\n{yt}\nA区的拦截，B区的催件", "intercept:jt,jt2;urge:yt")
m("7", "jt", "1 {jt} 拦截\n2 {jt2} 同上\n3 {jt3} 同上", "intercept:jt,jt2,jt3")
m("7", None, "{jd} 催件\n{jd2} 同上\n{jd3} 拦截\n{jd4} 同上", "urge:jd,jd2;intercept:jd3,jd4")
m("7", "zto", "这些都拦截 {zt} {zt2} {zt3}\n这些都催件 {zt4} {zt5}", "intercept:zt,zt2,zt3;urge:zt4,zt5")
m("7", None, "请按以下处理，谢谢：\n【拦截】\n{yt}\n{yt2}\n【催件】\n{yt3}\n【查件】\n{sf}", "intercept:yt,yt2;urge:yt3;track:sf")
m("47", "yunda", "【改址】\n{yd} → 浙江省宁波市鄞州区天童南路588号 汪女士 {ph}\n{yd2} → 浙江省温州市鹿城区车站大道577号 叶先生 {ph2}",
  "change_address:yd,yd2")
m("7", "sto", "{st} {st2}\n两个都催一下", "urge:st,st2")
m("7", None, "下面这些客户都拒收了，麻烦统一退回：\n{yt}\n{jt}\n{sf}\n{jd}", "intercept:yt,jt,sf,jd")
m("7", "ems", "序号\t邮件号\t诉求\n1\t{eu}\t查件\n2\t{eu2}\t催投\n3\t{em}\t退回", "track:eu;urge:eu2;intercept:em")
m("7", None, "{yt} 客户一\n{yt2} 客户二\n这两个客户都要求加急", "urge:yt,yt2")
m("7", "zto", "{zt}\n{zt2}\n{zt3}\n{zt4}\n全部拦截，最后一个除外", "intercept:zt,zt2,zt3")
m("7", None, "1、{jt} 查件\n2、{jt2} 查件\n3、{jt3} 查件", "track:jt,jt2,jt3")
m("7", "jt", "{jt}\n{jt2}\n{jt3}\n第一个拦截，后两个都是催件", "intercept:jt;urge:jt2,jt3")


# ---------------------------------------------------------------------------------------------------------------
# 2. corrections of numbers and of commands (often inside lists)
# ---------------------------------------------------------------------------------------------------------------
m("27", "yto", "1.{yt} 拦截\n2.{yt2:typo} 拦截\n3.{yt3} 催件\n上面第二个单号错了 应该是 {yt2}", "intercept:yt,yt2;urge:yt3")
m("27", None, "{jt}\n{jt2}\n{jt3}\n全部催件\n更正：第三单不是催件，是拦截", "urge:jt,jt2;intercept:jt3")
m("2", "zto", "{zt:short} 拦截 少打了一位 是{zt}", "intercept:zt")
m("2", None, "{sf} 撤单。哦不对 已经揽收了 那就拦截", "intercept:sf")
m("2", None, "{yt} 改址取消，还是拦截吧", "intercept:yt")
m("2", None, "{jd} 拦截 —— 更正 单号打错了 是 {jd2}", "intercept:jd2")
m("27", "yto", "1、{yt}\n2、{yt2:typo}\n3、{yt3}\n以上拦截\n不好意思，第2个发错了，应该是 {yt2}", "intercept:yt,yt2,yt3")
m("27", "sto", "单号\t操作\n{st}\t催件\n{st2}\t催件\n{st3}\t催件\n更正一下，第一行是拦截，不是催件", "intercept:st;urge:st2,st3")
m("27", "zto", "{zt} {zt2} 拦截\n哦不对 第二个是催件", "intercept:zt;urge:zt2")
m("2", None, "{yt} 催件 —— 说错了，是查件，看看到哪了", "track:yt")
m("2", "jt", "{jt} 麻烦登记延误\n更正：不是延误，客户说东西丢了，查了一圈都没有", "lost:jt")
m("2", "yunda", "{yd:typo}拦截 单号错了 是{yd}", "intercept:yd")
m("2", None, "麻烦拦截 {sf:short}\n抱歉少打了一位，完整单号 {sf}", "intercept:sf")
m("24", "deppon", "{dp} 改地址到 天津市南开区鞍山西道\n地址再更正一下：天津市和平区南京路189号 高女士 {ph}", "change_address:dp")
m("27", "yto", "{yt} 拦截\n{yt2} 拦截\n第二个改成催件吧", "intercept:yt;urge:yt2")
m("24", "jd", "{jd} 先拦一下\n……算了 还是改址吧 改到 西安市雁塔区小寨东路126号 田先生 {ph}", "change_address:jd")
m("127", "zto", "{zt}\n{zt2}\n{zt3}\n三单都拦截\n不对，第三单不用拦，正常派送", "intercept:zt,zt2")
m("27", "yto", "{yt:short}\n{yt2}\n上面两个拦截\n第一个单号少打了一位，应该是 {yt}", "intercept:yt,yt2")
m("2", None, "{jt} 改址\n更正 是拦截 地址没问题 客户不要了", "intercept:jt")
m("2", None, "{sf} 理赔\n更正：是投诉，东西没坏，就是快递员态度差", "complaint:sf")
m("2", "zto", "{zt} 核重\n不对 我看错了 重量没问题，是物流好几天没更新了", "delay:zt")
m("2", None, "麻烦把{yt}拦截一下\n不对不对 是{yt2}，{yt}是正常件", "intercept:yt2")
m("27", None, "1.{jt} 催件 2.{jt2} 催件 3.{jt3} 拦截\n改一下：2和3对调，2拦截，3催件", "urge:jt,jt3;intercept:jt2")
m("27", "yto", "运单号\t操作\n{yt}\t拦截\n{yt2:typo}\t拦截\n\n第二行单号导出的时候错了，正确的是{yt2}", "intercept:yt,yt2")
m("27", "sto", "{st}\n{st2:short}\n{st3}\n全部催件\n第二个少打了一位：{st2}", "urge:st,st2,st3")
m("2", None, "{jd} 催件\n更正：拦截", "intercept:jd")
m("2", "yunda", "{yd} 撤单\n不好意思说错了，这单已经发出去了，麻烦拦截退回", "intercept:yd")
m("27", None, "①{sf} 拦截\n②{sf2} 拦截\n③{sf3} 拦截\n更正：②是改址，新地址 深圳市福田区福华三路88号 李女士", "intercept:sf,sf3;change_address:sf2")
m("27", "zto", "单号\t客户\t操作\n{zt}\t胡女士\t拦截\n{zt2:typo}\t卢先生\t拦截\n{zt3}\t沈女士\t拦截\n注：卢先生那一行单号有误，正确单号 {zt2}",
  "intercept:zt,zt2,zt3")
m("2", None, "{yt} 登记破损\n哦不对，是另外一单 {yt2} 破损，{yt} 没事", "damaged:yt2")
m("2", "ems", "{em} 拦截\n更正一下 单号是 {em2}", "intercept:em2")
m("27", None, "1. {jt}\n2. {jt2}\n3. {jt3}\n4. {jt4}\n第三单不是催件 是拦截，其余的还是催件", "urge:jt,jt2,jt4;intercept:jt3")
m("2", "jt", "{jt} 查件\n不是查件，是催件，客户等着用", "urge:jt")
m("2", None, "{sf} 延误\n不对 是丢了 中转站说找不到这个件", "lost:sf")
m("27", "yto", "{yt}\n{yt2}\n{yt3}\n上面三单改址到 沈阳市和平区南京北街168号 白女士 {ph}\n更正：只有前两单改址，第三单拦截",
  "change_address:yt,yt2;intercept:yt3")
m("2", None, "{jd:typo} 这单麻烦催一下\n不好意思 单号复制错了 是这个 {jd}", "urge:jd")
m("2", "sto", "{st} 麻烦核实签收\n更正：客户刚找到了，是家里人签收的，这单改成核重，运费不对", "weight:st")
m("27", "zto", "{zt}\n{zt2}\n{zt3}\n{zt4}\n后两单拦截\n更正 是前两单拦截 后两单催件", "intercept:zt,zt2;urge:zt3,zt4")
m("2", "deppon", "{dp} 催件——等下，看错了，这单是要改址，改到 昆明市五华区东风西路123号 {ph} 段先生", "change_address:dp")
m("2", "yunda", "{yd} 拦截\n{yd} 更正：改为撤单，还没揽收", "cancel:yd")
m("2", None, "{yt} 投诉\n刚才说错了 不是投诉 是核实签收 客户没收到", "verify_delivery:yt")
m("27", None, "今天拦截：\n{jt}\n{jt2:typo}\n{jt3}\n—— 第二个单号有一位打错了，正确：{jt2}", "intercept:jt,jt2,jt3")
m("2", "cainiao", "{cn:short} 催件\n单号少了一位 {cn}", "urge:cn")
m("27", "yto", "1 {yt} 拦截\n2 {yt2} 拦截\n3 {yt3} 拦截\n更正：1号不拦了，改成催件", "urge:yt;intercept:yt2,yt3")
m("2", "sf", "{sf} 改址 北京市海淀区中关村大街27号\n更正地址：北京市海淀区中关村大街59号 {ph} 黎先生", "change_address:sf")
m("2", "zto", "{zt} 丢件\n更正一下：件找到了，但是压坏了，麻烦登记破损", "damaged:zt")
m("27", None, "{jd}\n{jd2}\n{jd3}\n以上改地址\n不对 是以上拦截 地址没变", "intercept:jd,jd2,jd3")
m("2", "jt", "{jt2:typo} 催件\n上面那个单号不对 以这个为准：{jt2}", "urge:jt2")
m("27", "ems", "邮件号\t处理\n{eu}\t退回\n{eu2}\t退回\n更正：第二个是催投，不是退回", "intercept:eu;urge:eu2")
m("2", None, "{yt} 拦截，不对，撤单，不对不对，还没揽收吗？我看了一下已经揽收了，那还是拦截", "intercept:yt")
m("27", "sto", "{st} 拦截\n{st2} 拦截\n{st3} 拦截\n第三个单号错了，正确是 {st4}", "intercept:st,st2,st4")
m("2", "jt", "更正：{jt} 的新地址是 厦门市湖里区云顶中路2888号 魏女士 {ph}，上一条发错了", "change_address:jt")
m("28", "yto", "{yt} 登记破损\n更正：客户要求理赔，不只是登记", "claim:yt")


# ---------------------------------------------------------------------------------------------------------------
# 8. compound after-sales cases: lost + claim, damaged + complaint, delay + complaint, weight disputes, several
#    intents for one number
# ---------------------------------------------------------------------------------------------------------------
m("48", "yto", "{yt} 丢件了，麻烦登记理赔，货值399元", "claim:yt")
m("8", "zto", "{zt} 外箱压坏，里面的陶瓷碗碎了，客户要投诉快递员野蛮装卸", "damaged:zt;complaint:zt")
m("8", "jt", "{jt} 延误三天了 客户要投诉", "delay:jt;complaint:jt")
m("8", None, "{sf} 破损，要求赔偿，同时投诉派件员", "claim:sf;complaint:sf")
m("8", "sto", "{st} 拦截并投诉，快递员私自把件放门口了", "intercept:st;complaint:st")
m("8", None, "{jd} 快点送，客户已经投诉了", "urge:jd;complaint:jd")
m("48", "yunda", "{yd} 重量不对，我们称的0.8kg，你们按2.5kg收的，麻烦核重，另外要投诉一下", "weight:yd;complaint:yd")
m("8", None, "{jt} 显示签收但客户没收到，虚假签收，要投诉这个快递员", "verify_delivery:jt;complaint:jt")
m("8", "zto", "{zt} 破损，申请理赔，照片已经发群里了", "claim:zt")
m("78", "yto", "1. {yt} 丢件 申请理赔\n2. {yt2} 破损 客户投诉\n3. {yt3} 延误 客户投诉",
  "claim:yt;damaged:yt2;complaint:yt2;delay:yt3;complaint:yt3")
m("8", None, "{sf} 客户说漏液了，要赔", "claim:sf")
m("8", None, "{jd} 少件，要求赔付，另外投诉一下仓配", "claim:jd;complaint:jd")
m("8", "sto", "{st} 超重了，核一下重量；再查一下现在到哪了", "weight:st")
m("8", None, "{yt} 拦截退回，顺便查下现在到哪了", "intercept:yt")
m("8", "jt", "{jt} 催一下，同时打个延误", "urge:jt;delay:jt")
m("8", "deppon", "{dp} 理赔结果我们不认可，申请仲裁", "arbitration:dp")
m("8", None, "{yt} 丢了，要赔偿，客户也要投诉", "claim:yt;complaint:yt")
m("78", "jt", "运单号\t问题\t诉求\n{jt}\t破损\t理赔\n{jt2}\t丢件\t理赔\n{jt3}\t破损\t投诉",
  "claim:jt,jt2;damaged:jt3;complaint:jt3")
m("48", "ems", "{em} 这个件丢了，麻烦登记遗失并走赔偿流程，保价金额500元", "claim:em")
m("8", "yunda", "{yd} 压坏了 客户投诉", "damaged:yd;complaint:yd")
m("8", None, "{jd} 拦截，客户改主意了；另外这单派送员辱骂客户，必须投诉", "intercept:jd;complaint:jd")
m("8", "yto", "{yt} 延误 + 投诉", "delay:yt;complaint:yt")
m("8", "zto", "{zt} 催件，另外核一下重量", "urge:zt;weight:zt")
m("48", "jt", "{jt} 改地址到 长沙市岳麓区麓山南路932号 彭女士 {ph}，另外这单派送员态度差，投诉一下", "change_address:jt;complaint:jt")
m("8", None, "{sf} 东西碎了 客户要求赔钱", "claim:sf")
m("8", "sto", "{st} 一周没动了 是不是丢了", "lost:st")
m("8", None, "{yt} 怎么还没到 是不是延误了", "delay:yt")
m("48", "yto", "{yt} 客户收到货发现少了一件，价值89元，麻烦走理赔", "claim:yt")
m("8", "zto", "{zt} 件丢了，申请理赔；同时投诉网点，问了三天都没人回复", "claim:zt;complaint:zt")
m("8", None, "{jt} 破损 + 理赔 + 投诉", "claim:jt;complaint:jt")
m("48", None, "{dp} 这票货物送到时托盘断裂，两台设备外壳变形，价值共计6800元，申请理赔，并投诉司机野蛮装卸。",
  "claim:dp;complaint:dp")
m("8", "jd", "{jd} 重量不对，客户投诉了，麻烦核重", "weight:jd;complaint:jd")
m("8", None, "{yt} 物流五天没更新，客户投诉了，麻烦登记延误", "delay:yt;complaint:yt")
m("18", "sto", "{st} 外包装破了 东西还好 只登记破损就行 不用赔", "damaged:st")
m("78", "zto", "{zt}\n{zt2}\n{zt3}\n这三单都是同一车压坏的，全部登记破损并申请理赔", "claim:zt,zt2,zt3")
m("8", "jt", "{jt} 仲裁。网点判定是我们包装问题，不认可", "arbitration:jt")
m("8", None, "{yt} 已经延误一周，客户要退款，麻烦登记延误并投诉", "delay:yt;complaint:yt")
m("48", "yunda", "{yd} 结算重量3.2kg，实际1.1kg，差距太大，请核重。这个月已经第三次了，要投诉", "weight:yd;complaint:yd")
m("8", None, "{jd} 东西丢了 赔偿 快点处理", "claim:jd")
m("78", "sto", "售后汇总：\n① {st} 丢件 → 理赔\n② {st2} 破损 → 理赔\n③ {st3} 破损 → 登记即可\n④ {st4} 延误 → 投诉",
  "claim:st,st2;damaged:st3;delay:st4;complaint:st4")
m("8", None, "{sf} 快递员态度恶劣，还把东西摔坏了，麻烦登记破损并投诉", "damaged:sf;complaint:sf")
m("8", "ems", "{eu} 国际件丢失，申请赔偿，并投诉国内段的服务", "claim:eu;complaint:eu")
m("8", "yto", "{yt} 催件并投诉，承诺昨天到，到现在还没派", "urge:yt;complaint:yt")
m("8", "zto", "{zt} 遗失，走理赔，客户那边我们先补发了", "claim:zt")
m("8", None, "{jd} 这单申请仲裁，破损理赔金额和我们的货值差太多", "arbitration:jd")
m("78", "yunda", "{yd}、{yd2} 都丢了，申请理赔；{yd3} 压坏了，投诉", "claim:yd,yd2;damaged:yd3;complaint:yd3")
m("8", None, "{yt} 破损了，登记一下，另外称一下重量，感觉收费不对", "damaged:yt;weight:yt")
m("48", "jt", "{jt} 保价1000元，现在件丢了，客户要求全额赔付", "claim:jt")
m("8", None, "{sf} 拦截，同时查一下重量，这单运费收多了", "intercept:sf;weight:sf")


# ---------------------------------------------------------------------------------------------------------------
# 1. negation and withdrawal, scoped to a number or a row; double negation; "不要 X，要 Y"
# ---------------------------------------------------------------------------------------------------------------
m("1", None, "{yt} 拦截 {yt2} 不用拦", "intercept:yt")
m("1", "zto", "{zt} 不用拦了", "", nh=True)
m("18", "jt", "{jt} 不用理赔了，客户说东西能用", "", nh=True)
m("1", None, "不是不拦，是现在就拦 {sf}", "intercept:sf")
m("14", "jd", "{jd} 不要退回，改派到 苏州市姑苏区人民路1888号 钱先生 {ph}", "change_address:jd")
m("1", None, "之前发的拦截里面，{yt2} 这单不用拦了，客户又要了", "", nh=True)
m("17", "sto", "{st} {st2} {st3} 都拦截，{st2} 除外", "intercept:st,st3")
m("12", None, "{yt} 先不要拦截，改成催件", "urge:yt")
m("1", "jt", "{jt} 撤单 不对 不撤了", "")
m("17", "zto", "单号\t操作\n{zt}\t拦截\n{zt2}\t不拦截，正常派送\n{zt3}\t拦截", "intercept:zt,zt3")
m("1", None, "{sf} 之前说的改址取消，不改了", "", nh=True)
m("1", "yunda", "{yd} 不用催了，已经到了，谢谢", "", nh=True)
m("1", None, "{yt} 别拦，{yt2} 拦", "intercept:yt2")
m("1", None, "{jd} 不是要投诉，是要催件", "urge:jd")
m("17", None, "以下几单不用拦截了：\n{yt}\n{yt2}", "", nh=True)
m("1", None, "{jt} 不用拦了，{jt2} 继续催", "urge:jt2", nh=True)
m("1", "zto", "{zt} 拦截。{zt2} 也拦截。算了 {zt2} 不拦了", "intercept:zt")
m("17", "yto", "1. {yt} 拦截\n2. {yt2} 拦截\n3. {yt3} 拦截\n第二个先别拦，客户还在考虑，其他照拦", "intercept:yt,yt3")
m("1", None, "{sf} 不是不退，是退回到原寄件地址，麻烦拦截", "intercept:sf")
m("1", "sto", "{st} 不要催了 改成拦截退回", "intercept:st")
m("1", "jd", "{jd} 不是拦截，是改地址：广州市海珠区新港东路1068号 {ph} 欧阳女士", "change_address:jd")
m("17", "yunda", "{yd}\n{yd2}\n{yd3}\n都不用拦了，客户全部确认收货", "", nh=True)
m("1", None, "{yt} 拦截，{yt2} 和 {yt3} 不拦", "intercept:yt")
m("1", "zto", "{zt} 不用改址了 直接拦截退回吧", "intercept:zt")
m("1", None, "{jt} 不撤单了，已经发出去了，那就正常走，不用拦", "", nh=True)
m("17", None, "{sf}\n{sf2}\n{sf3}\n除了{sf2}，其他都不需要处理了", "", nh=True)
m("1", "ems", "{em} 不是不要，是现在不方便收，麻烦改地址到 成都市武侯区人民南路四段11号 {ph} 贺先生", "change_address:em")
m("1", None, "{yt} 投诉撤回，已经和快递员沟通好了", "", nh=True)
m("17", "jt", "{jt} {jt2} {jt3}\n这三个拦截\n第一个算了，不拦了", "intercept:jt2,jt3")
m("1", None, "{jd} 不需要理赔，只登记破损就行", "damaged:jd")
m("1", "yto", "{yt} 没有说不拦啊，要拦的，麻烦尽快拦截", "intercept:yt")
m("1", None, "{sf} 催件取消，客户已经自提了", "", nh=True)
m("17", "sto", "单号\t操作\t备注\n{st}\t拦截\t\n{st2}\t拦截\t\n{st3}\t不用拦\t客户又要了", "intercept:st,st2")
m("1", None, "{dp} 不退了 {dp2} 还是退", "intercept:dp2", nh=True)
m("1", "zto", "{zt} 刚才让拦截的 不要拦截了 不要拦截了 客户已经签收了", "", nh=True)
m("1", None, "{jt} 拦截取消，改成催件", "urge:jt")
m("17", "yto", "{yt}\n{yt2}\n这两单先拦截，第一单算了，不用拦", "intercept:yt2")


# ---------------------------------------------------------------------------------------------------------------
# 3. quoted and replied-to messages (colleagues' messages, the ERP paste above a dash line, the bot's own replies)
# ---------------------------------------------------------------------------------------------------------------
DASH = "- - - - - - - - - - - - - - -"
m("13", "yto", "「售后小周：{yt} 拦截」\n" + DASH + "\n这个不用拦了", "", nh=True)
m("37", None, "「仓库-阿杰：{jt}\n{jt2}」\n" + DASH + "\n这两个也拦截一下", "intercept:jt,jt2")
m("3", None, "@售后小李 {sf} 拦截已提交，结果会第一时间通知您\n好的 谢谢", "")
m("38", "zto", "引用 客服小王：@售后部 {zt} 已为您催促派送，请耐心等待\n已经延误两天了，客户要投诉", "delay:zt;complaint:zt")
m("23", None, "回复 @售后-小陈：{yt} 催一下\n这单改成拦截，客户不要了", "intercept:yt")
m("3", None, "「客服：@售后部 {yt} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + DASH + "\n撤单 {yt}", "cancel:yt")
m("3", "zto", "@王经理 {zt} 已签收，无法拦截\n那麻烦核实一下签收，客户说没收到", "verify_delivery:zt")
m("37", "yto", "引用 仓库-阿杰：这三单发错货了 {yt} {yt2} {yt3}\n第一和第三拦截，第二个让客户签收后再换货", "intercept:yt,yt3")
m("38", None, "「李姐：{sf} 客户说漏液了」\n" + DASH + "\n这单麻烦登记破损并申请理赔", "claim:sf")
m("13", "jt", "@售后01 {jt} 改址已提交，结果会第一时间通知您\n不好意思 这单不改了", "", nh=True)
m("3", None, "@售后01 {yt} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n收到 谢谢", "")
m("37", "zto", "回复 @周周：{zt} {zt2} 这俩到哪了\n第二个顺便催一下", "urge:zt2")
m("3", "deppon", "@采购-赵 {dp} 撤单成功\n{dp2} 也撤一下", "cancel:dp2")
m("38", None, "「客服小刘：@运营 {sf} 已为您催促派送，请耐心等待」\n" + DASH + "\n催了两天还是没送，已经延误了，麻烦投诉", "delay:sf;complaint:sf")
m("3", None, "@张经理 您的消息已转人工客服处理，请稍候\n好的", "")
m("3", "yto", "{yt} 拦截\n------------------------------\n上面这单改成改址，地址：重庆市渝北区金开大道68号 蒋女士 {ph}", "change_address:yt")
m("3", "zto", "「财务-孙：{zt} 这单运费是不是多收了」\n" + DASH + "\n麻烦帮这单核一下重量", "weight:zt")
m("37", None, "引用 小周：{jt} {jt2} {jt3}\n这三单全部催件", "urge:jt,jt2,jt3")
m("3", "yto", "@售后组 {yt} 拦截已提交，结果会第一时间通知您\n{yt2} 也麻烦拦截", "intercept:yt2")
m("38", None, "回复 @店长：{sf} 这单客户说破了\n是的 麻烦登记破损，另外投诉一下派件员", "damaged:sf;complaint:sf")
m("23", "yunda", "「张三：{yd} 催件」\n" + DASH + "\n不是催件 是拦截", "intercept:yd")
m("3", None, "@小林 请确认：{jt} 拦截退回？回复“确认”即办理\n稍等 我问下客户", "")
m("3", "sto", "@客服-阿May {st} 已为您登记延误工单，结果会第一时间通知您\n辛苦了", "")
m("37", None, "「运营-Lily：今天要处理的\n1. {yt}\n2. {yt2}\n3. {yt3}」\n" + DASH + "\n第1、3单拦截，第2单催件",
  "intercept:yt,yt3;urge:yt2")
m("3", "zto", "回复 @仓库：{zt} 这个是不是昨天那单\n对 就是这单 麻烦查一下到哪了", "track:zt")
m("13", None, "@售后小李 {jd} 已为您催促派送，请耐心等待\n不用催了，客户说不急", "", nh=True)
m("3", "jt", "引用 客服-小美：{jt} 显示已签收\n客户说没收到，麻烦核实签收", "verify_delivery:jt")
m("3", None, "「仓库：{sf} 已出库」\n" + DASH + "\n好的", "")
m("37", "yunda", "回复 @阿杰：{yd} {yd2} 这两单客户要退\n好的，这两单都拦截", "intercept:yd,yd2")
m("3", "ems", "@邮政-小孙 {em} 撤单成功\n谢谢！另外 {em2} 也麻烦撤单", "cancel:em2")


# ---------------------------------------------------------------------------------------------------------------
# 4. numbers that are not waybills: phones in every notation, platform order numbers, amounts, dates, counts
# ---------------------------------------------------------------------------------------------------------------
m("4", "yto", "{yt} 改址：收件人 孙女士 电话 {pn} 地址 福建省厦门市思明区软件园二期望海路10号", "change_address:yt")
m("4", "jt", "订单号 {od}\n运单号 {jt}\n客户要求拦截", "intercept:jt")
m("4", "zto", "{zt} 电话改为 {ph}", "change_address:zt", nh=True)
m("4", "yunda", "{yd} 收件人改为 张伟", "change_address:yd", nh=True)
m("4", "sf", "联系电话 {pn}，有事打这个。{sf} 催件", "urge:sf")
m("4", "yto", "订单{od} 对应运单 {yt}，客户已经退款了，麻烦拦截", "intercept:yt")
m("4", "jd", "{jd} 申报价值1299元，2024-05-18寄出，到现在还没到，是不是丢了", "lost:jd")
m("4", "sto", "客户电话 {pn}，她说 {st} 显示签收但没收到，麻烦核实", "verify_delivery:st")
m("4", "zto", "订单号：{od}（这个不是运单号）\n运单号：{zt}\n催件", "urge:zt")
m("4", "yto", "{pn} 这个电话一直打不通，客户说派件员没联系她，{yt} 麻烦催一下", "urge:yt")
m("4", "jt", "订单号 {od} 这单发的是哪家快递？", "")
m("4", "zto", "尾号3721 拦截", "", nh=True)
m("4", "yto", "{yt} 收件人电话写错了，正确的是 {pn}", "change_address:yt", nh=True)
m("47", "yunda", "订单号\t运单号\t金额\t处理\n{od}\t{yd}\t128.00\t拦截\n{od2}\t{yd2}\t59.90\t拦截\n{od3}\t{yd3}\t299.00\t催件",
  "intercept:yd,yd2;urge:yd3")
m("47", "zto", "客户\t电话\t运单号\t诉求\n周女士\t{pn}\t{zt}\t催件\n钱先生\t{pn2}\t{zt2}\t拦截", "urge:zt;intercept:zt2")
m("4", "sto", "麻烦拦截 {st}，客户 {pn} 说不要了", "intercept:st")
m("4", "jd", "{jd} 改派，新收件人 陈先生 {pn}，新地址 上海市徐汇区漕溪北路88号", "change_address:jd")
m("48", "yto", "{yt} 5月12日寄出，保价2000元，今天已经5月20日了还没到，延误太久了，客户说要投诉", "delay:yt;complaint:yt")
m("4", "jt", "{od} 这个订单的快递麻烦拦截一下", "", nh=True)
m("4", "ems", "{em} 客户手机号 {pn}，麻烦投递前先打电话", "", nh=True)
m("4", "zto", "运单 {zt} 订单 {od} 重量 0.52kg 计费 3kg，麻烦核重", "weight:zt")
m("4", "sf", "客户刚来电 {pn}：{sf} 麻烦改地址到 杭州市滨江区江南大道3888号 叶女士", "change_address:sf")
m("47", "yto", "1. {yt}  订单{od}  拦截\n2. {yt2}  订单{od2}  拦截\n3. {yt3}  订单{od3}  催件", "intercept:yt,yt2;urge:yt3")
m("4", "cainiao", "{cn} 这单麻烦催一下，收件人 {pn}，驿站说没收到货", "urge:cn")
m("4", "jt", "{jt} 麻烦改一下收件电话 {pn}", "change_address:jt", nh=True)
m("4", "yunda", "3号那天发的 {yd}，一共12件，客户只收到11件", "lost:yd")
m("48", "sto", "{st} 货值 ￥1,580.00，外箱破损内物损坏，申请理赔", "claim:st")
m("4", "zto", "2024年6月3日 {zt} 拦截", "intercept:zt")
m("4", "yto", "退款单号 {od}，对应快递单号 {yt}，麻烦退回", "intercept:yt")
m("47", "jd", "收件人\t手机\t运单号\t新地址\n杜女士\t{pn}\t{jd}\t天津市河西区友谊路20号\n方先生\t{pn2}\t{jd2}\t天津市南开区卫津路94号",
  "change_address:jd,jd2")
m("4", "sf", "{pn} 这个是收件人电话 不是单号哈 单号是 {sf} 麻烦查件", "track:sf")
m("4", "yunda", "{yd}\n客户新电话：{pn}\n新地址：江苏省无锡市梁溪区中山路333号 华女士\n麻烦改址", "change_address:yd")
m("4", "ems", "订单号 {od} 邮件号 {eu} 麻烦拦截退回", "intercept:eu")
m("4", "zto", "今天一共发了 236 单，{zt} 这单麻烦查一下到哪了，客户一直在问", "track:zt")
m("4", "jt", "{jt} 运费怎么是 18.5 元，平时都是 6 元，麻烦核一下重量", "weight:jt")


# ---------------------------------------------------------------------------------------------------------------
# 5. commands written other ways: English column headers from the ERP, pinyin, mixed, traditional, voice input
# ---------------------------------------------------------------------------------------------------------------
m("57", None, "Tracking No.\tAction\n{yt}\tintercept\n{yt2}\turgent\n{jt}\treturn to sender", "intercept:yt,jt;urge:yt2")
m("5", None, "{sf} lanjie", "intercept:sf")
m("5", "zto", "{zt} cuijian pls", "urge:zt")
m("45", "jd", "{jd} gaizhi 新地址：大连市中山区人民路15号 吕女士 {ph}", "change_address:jd")
m("5", None, "{yt} chedan", "cancel:yt")
m("5", None, "Hi, could you please intercept {jt}? Thanks.", "intercept:jt")
m("5", "yunda", "{yd} where is it", "track:yd")
m("58", None, "{sf} damaged, customer wants compensation", "claim:sf")
m("5", None, "{yt} 帮我那个拦一下哈 客户说不要了", "intercept:yt")
m("5", "zto", "那个 {zt} 就是那个 催一催 咋还不到呢", "urge:zt")
m("5", None, "{jt} complain 派件员 attitude 太差了", "complaint:jt")
m("57", None, "AWB\tCarrier\tIssue\n{sf}\tSF\tlost\n{jd}\tJD\tdelay", "lost:sf;delay:jd")
m("5", None, "{dp} 攔截 謝謝", "intercept:dp")
m("5", None, "pls cancel the order {yt}", "cancel:yt")
m("5", None, "{jt} hurry 客户急用", "urge:jt")
m("5", None, "{sf} 簽收了但是沒收到 麻煩核實", "verify_delivery:sf")
m("45", "yto", "{yt} change address to 上海市静安区南京西路1266号 Ms. Li {pn}", "change_address:yt")
m("57", "sto", "No.\tWaybill\tRequest\n1\t{st}\tlanjie\n2\t{st2}\tlanjie\n3\t{st3}\tcuijian", "intercept:st,st2;urge:st3")
m("5", None, "{yt} 这个嗯 帮忙拦截退回一下 然后 嗯 就这样 谢谢", "intercept:yt")
m("5", "jt", "极兔那单 {jt} 客户说要退回 麻烦你们给拦一下 拦回来", "intercept:jt")
m("5", None, "{jd} pls check weight, 运费不对", "weight:jd")
m("5", "zto", "{zt} 遺失了 找不到", "lost:zt")
m("5", None, "{sf} urgent!!! 客户明天要用", "urge:sf")
m("5", "yto", "拦截拦截 {yt} 别派了", "intercept:yt")
m("57", None, "1. {yt} – intercept\n2. {yt2} – intercept\n3. {jd} – urge\n4. {sf} – track", "intercept:yt,yt2;urge:jd;track:sf")
m("5", None, "{jt} 破損 外箱都壓扁了", "damaged:jt")
m("5", "yunda", "{yd} gai dizhi 到 郑州市二七区大学路40号 {ph} 牛先生", "change_address:yd")
m("58", None, "{yt} lost, please claim, 货值 ¥360", "claim:yt")
m("5", None, "{jd} 快递小哥能不能快点给送过来 客户在家等一天了", "urge:jd")
m("5", "sto", "{st} 這個件三天沒動了 延誤", "delay:st")


# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken by the chat client: spaced S10 numbers, grouped/dashed numbers, numbers split over two lines
# ---------------------------------------------------------------------------------------------------------------
m("6", "ems", "{eu:sp} 麻烦查一下", "track:eu")
m("6", None, "{yt:nl} 拦截", "intercept:yt", cf=True)
m("67", None, "1. {jt}\n2. {jt2:nl}\n3. {jt3}\n以上拦截", "intercept:jt,jt2,jt3", cf=True)
m("6", "ems", "{eu:sp} 催件", "urge:eu")
m("6", "zto", "{zt:sp} 拦截", "intercept:zt")
m("6", None, "{yt:dash} 催一下", "urge:yt")
m("6", None, "{sf:nl} 催件", "urge:sf")
m("6", "zto", "{zt:nl} 撤单", "cancel:zt", cf=True)
m("67", "ems", "邮政的几单麻烦拦截退回：\n{eu:sp}\n{eu2:sp}\n{eu3}", "intercept:eu,eu2,eu3")
m("46", "jd", "{jd:nl} 改地址 南京市玄武区珠江路688号 尹女士 {ph}", "change_address:jd", cf=True)
m("67", None, "单号\t操作\n{yt}\t拦截\n{yt2:nl}\t拦截", "intercept:yt,yt2", cf=True)
m("6", "ems", "{eu:sp}\n这个国际件到哪了", "track:eu")
m("6", "sto", "{st:sp} 核实签收，客户没收到", "verify_delivery:st")
m("67", None, "{jt:sp}\n{jt2:sp}\n两单都催件", "urge:jt,jt2")
m("6", "yunda", "{yd:dash} 拦截退回", "intercept:yd")
m("68", "ems", "{eu:sp} 丢了，申请赔偿", "claim:eu")
m("6", None, "麻烦拦截\n{dp:nl}", "intercept:dp", cf=True)
m("67", "ems", "邮件号\t处理\n{eu:sp}\t退回\n{eu2:sp}\t催投", "intercept:eu;urge:eu2")
m("6", None, "{sf:sp} 麻烦退回", "intercept:sf")
m("6", "zto", "{zt:nl}\n延误好几天了", "delay:zt")
m("67", None, "①{yt}\n②{yt2:nl}\n③{yt3}\n全部催件", "urge:yt,yt2,yt3")
m("6", "jt", "{jt:dash} 撤单", "cancel:jt")
m("26", "ems", "{eu2:sp} 拦截\n不对，是 {eu:sp}", "intercept:eu")
m("6", None, "{jd:sp} 破损了 客户拍了照", "damaged:jd")
m("67", "zto", "{zt:nl} 拦截\n{zt2:nl} 拦截", "intercept:zt,zt2", cf=True)
m("6", "ems", "EMS {eu:sp} 查一下轨迹，客户说一周没更新了，是不是延误了", "delay:eu")
m("6", None, "客户发过来的单号是 {yt:sp}，麻烦查询一下到哪了", "track:yt")
m("67", "sto", "以下麻烦拦截：\n{st}\n{st2:nl}\n{st3}", "intercept:st,st2,st3", cf=True)
m("6", "cainiao", "{cn:sp} 催一下", "urge:cn")
m("6", "ems", "{eu:sp} 改地址到 北京市东城区东长安街1号 孔先生 {pn}", "change_address:eu")


# ---------------------------------------------------------------------------------------------------------------
# hedged irreversible requests (confirm) and longer mixed after-sales messages
# ---------------------------------------------------------------------------------------------------------------
m("0", None, "{yt} 要不拦截吧，客户好像不想要了", "intercept:yt", cf=True)
m("0", "zto", "{zt} 可能要退回，我再跟客户确认一下", "intercept:zt", cf=True)
m("0", "jd", "{jd} 好像得改个地址，客户说搬家了，新地址 武汉市江汉区解放大道688号 {ph} 柯女士", "change_address:jd", cf=True)
m("0", None, "{sf} 先拦着吧？我再问问客户", "intercept:sf", cf=True)
m("0", "yunda", "{yd} 看看能不能撤单", "cancel:yd", cf=True)
m("7", None, "{jt}\n{jt2}\n{jt3}\n前两单催件，第三单可能需要拦截，客户还没最终确定", "urge:jt,jt2;intercept:jt3", cf=True)
m("0", "sto", "{st} 如果还没签收就拦截", "intercept:st")
m("7", "yto", "{yt}\n{yt2}\n这两单如果还没派送就拦截退回，已经派送的就算了", "intercept:yt,yt2")
m("0", None, "{yt} 这单客户犹豫要不要了，要不先拦一下？", "intercept:yt", cf=True)
m("0", "zto", "{zt} 能拦截吗", "intercept:zt")
m("0", "jt", "可以帮忙改个地址吗 {jt} 改到 青岛市崂山区海尔路1号 {ph} 于先生", "change_address:jt")
m("0", "jt", "{jt} 能不能催一下", "urge:jt")

m("78", "yto", "5月售后问题件汇总（请协助处理）\n运单号\t问题类型\t处理诉求\t备注\n{yt}\t丢件\t理赔\t货值320元\n{yt2}\t破损\t理赔+投诉\t派件员扔件\n{yt3}\t延误\t投诉\t超时4天\n{yt4}\t签收未收到\t核实签收\t",
  "claim:yt,yt2;complaint:yt2,yt3;delay:yt3;verify_delivery:yt4")
m("27", None, "1.{jt} 拦截\n2.{jt2:short} 拦截\n3.{jt3} 催件\n4.{jt4} 催件\n更正：第2单单号少打了一位，应为 {jt2}；第4单不是催件，是拦截",
  "intercept:jt,jt2,jt4;urge:jt3")
m("278", "zto", "{zt}\n{zt2}\n{zt3}\n以上三单全部登记破损\n更正：第一单客户要求理赔，第三单还要投诉派件员",
  "claim:zt;damaged:zt2,zt3;complaint:zt3")
m("47", "yunda", "客户\t手机号\t运单号\t处理\n严女士\t{pn}\t{yd}\t退回\n苗先生\t{pn2}\t{yd2}\t退回\n石女士\t{pn3}\t{yd3}\t改址（地址：苏州市吴中区东吴北路299号）\n以上请按表处理",
  "intercept:yd,yd2;change_address:yd3")
m("17", "sto", "以下全部拦截，第3单除外，第3单改为催件：\n{st}\n{st2}\n{st3}\n{st4}", "intercept:st,st2,st4;urge:st3")
m("7", None, "{yt}  拦截\n{jt}  拦截\n{sf}  拦截\n{jd}  拦截\n{dp}  拦截\n五家的都在这了，麻烦统一处理", "intercept:yt,jt,sf,jd,dp")
m("178", "jt", "{jt} 丢件理赔\n{jt2} 丢件理赔\n{jt3} 破损理赔\n{jt4} 破损，不用理赔，只登记", "claim:jt,jt2,jt3;damaged:jt4")
m("278", None, "{sf} 破损 客户投诉\n补充：客户现在要求赔偿", "claim:sf;complaint:sf")
m("127", "yto", "第1单 {yt}\n第2单 {yt2}\n第3单 {yt3}\n第1单 改址 兰州市城关区东岗西路100号 {ph} 杨女士\n第2、3单 拦截\n——第2单不拦截了，正常派",
  "change_address:yt;intercept:yt3")
m("7", "zto", "{zt}\n{zt2}\n{zt3}\n{zt4}\n{zt5}\n{zt6}\n{zt7}\n第1~4单拦截，第5~7单催件", "intercept:zt,zt2,zt3,zt4;urge:zt5,zt6,zt7")
m("7", None, "剩下的都催一下：\n{jd}\n{jd2}\n{jd3}\n{jd4}\n（其中第一单客户很急）", "urge:jd,jd2,jd3,jd4")
m("7", "sto", "{st} 一周没动，是不是丢了？\n{st2} 物流一周没动 麻烦催一下", "lost:st;urge:st2")
m("8", "yunda", "{yd} 这单客户说外包装没问题，但里面的化妆品瓶子碎了，怀疑运输中受压，麻烦登记破损，客户要求赔偿，另外我们也要投诉中转的暴力分拣",
  "claim:yd;complaint:yd")
m("127", None, "{yt}\n{yt2}\n{yt3}\n全部拦截。\n等等，我再核一下……第二单客户已经签收了，那就不拦了，另外两单照拦。", "intercept:yt,yt3")
m("7", "ems", "EMS 的：{eu}、{eu2}\n中国邮政快递包裹：{em}、{em2}\n全部退回", "intercept:eu,eu2,em,em2")
m("7", None, "{jt}\t退回\t客户拒收\n{jt2}\t退回\t地址不详\n{jt3}\t改址\t天津市河东区十一经路78号 邵先生", "intercept:jt,jt2;change_address:jt3")
m("7", "jt", "{jt}\n{jt2}\n{jt3}\n{jt4}\n中间两单拦截，头尾两单催件", "intercept:jt2,jt3;urge:jt,jt4")
m("7", None, "这批：\n{sf}\n{sf2}\n{sf3}\n第一个查件，第二个拦截，第三个改址到 珠海市香洲区情侣中路99号 梅女士", "track:sf;intercept:sf2;change_address:sf3")
m("27", "zto", "单号\t操作\n{zt}\t拦截\n{zt2}\t拦截\n{zt3:short}\t催件\n第三行单号少了一位，完整的是 {zt3}", "intercept:zt,zt2;urge:zt3")
m("78", None, "{yt} 丢件\n{yt2} 丢件\n这两单都要理赔，第一单还要投诉", "claim:yt,yt2;complaint:yt")
m("7", "yunda", "{yd} {yd2} {yd3}\n这三个里面前两个核一下重量，最后一个催件", "weight:yd,yd2;urge:yd3")
m("7", None, "麻烦了，以下单号查一下物流：\n{jd}\n{jd2}\n{sf}\n{yt}", "track:jd,jd2,sf,yt")
m("2", "sto", "{st} 拦截\n{st} 这单更正一下：不是拦截，客户说地址没错，是要催件", "urge:st")
m("78", "zto", "{zt} 破损理赔\n{zt2} 延误投诉\n{zt3} 核重\n{zt4} 仲裁", "claim:zt;delay:zt2;complaint:zt2;weight:zt3;arbitration:zt4")
m("17", None, "{yt}\n{jt}\n{sf}\n除了顺丰那单，其他两单都拦截", "intercept:yt,jt")
m("7", "cainiao", "{cn} 拦截\n{cn2} 拦截\n{cn3} 改址 沈阳市皇姑区黄河南大街70号 {ph} 葛女士", "intercept:cn,cn2;change_address:cn3")
m("27", "yto", "1、{yt} 催件\n2、{yt2} 催件\n3、{yt3} 催件\n不好意思，上面第二个应该是 {yt4}，第三个不是催件是查件", "urge:yt,yt4;track:yt3")
m("78", "yto", "以下两单申请仲裁：\n{yt}\n{yt2}\n网点对破损责任的认定我们不认可", "arbitration:yt,yt2")
m("8", None, "{jt} 理赔被驳回了，申请仲裁，另外投诉网点处理太慢", "arbitration:jt;complaint:jt")


def main():
    rng = random.Random(20240611)
    records = [build(rng, i + 1, *msg) for i, msg in enumerate(MSGS)]
    texts = Counter(r["text"] for r in records)
    dup = [t for t, n in texts.items() if n > 1]
    assert not dup, dup
    out = HERE / "k.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(c for r in records for c in r["categories"])
    heavy = sum(1 for r in records if set(r["categories"]) & {2, 7, 8})
    print(f"{len(records)} messages -> {out}", file=sys.stderr)
    print("per category:", dict(sorted(cats.items())), file=sys.stderr)
    print(f"categories 2/7/8: {heavy} ({heavy / len(records):.0%})", file=sys.stderr)


if __name__ == "__main__":
    main()
