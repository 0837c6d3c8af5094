"""Writer j: a busy shop's three-person customer-service team (小鱼, 阿杰, 琳琳) in WeCom/DingTalk/QQ/WeChat groups.

They quote and reply to earlier messages (their own, each other's, the outlet staff's, the bot's replies), forward
chat records, paste customer messages and address blocks, mention order numbers, amounts, dates and times, and add
their own instruction, or only acknowledge, or take something back.

Every message below is hand-written; only waybill numbers ({A}…{E}), phones ({P}, {P2}) and order numbers ({O},
{O2}) are filled in, from ``tests/data/waybill_numbers.py``. Run from the repository root:

    python tests/data/writers/j_source.py      # writes tests/data/writers/j.jsonl
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

SEED = 20240618
OUT = HERE / "j.jsonl"

# WeCom quote separator line.
SEP = "- - - - - - - - - - - - - - -"

INTENTS = {"intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight",
           "track", "delay", "claim", "complaint", "arbitration"}
PREFIXED = {"yto", "jt", "sf", "jd", "deppon", "ems_s10"}
ALL_DIGIT = {"zto", "sto", "yunda", "ems", "cainiao"}

MESSAGES: list[dict] = []


def m(group, text, exp="", cats=(0,), nh=0, cf=0, wb=None):
    """One hand-written message.

    group: the chat group's carrier (None: a group shipping with several carriers).
    exp:   "intent:A,B;intent2:C" over the placeholders; "" for [].
    wb:    carriers of the placeholders A, B, C… in order (space separated); default: the group's carrier.
    """
    MESSAGES.append({"group": group, "text": text.replace("<SEP>", SEP), "exp": exp, "cats": list(cats),
                     "nh": bool(nh), "cf": bool(cf), "wb": wb})


# ---------------------------------------------------------------------------------------------------------------
# A. The bot's own replies quoted back, then an acknowledgement, a withdrawal, or a different action.
# ---------------------------------------------------------------------------------------------------------------
m("yto", "「小助手：@小鱼 {A} 拦截已提交，结果会第一时间通知您」\n<SEP>\n收到 谢谢", "", [3])
m("yto", "「小助手：@小鱼 {A} 拦截已提交，结果会第一时间通知您」\n<SEP>\n不用拦了 客户说又要了", "", [1, 3], nh=1)
m("zto", "引用 小助手：@阿杰 {A} 拦截已提交，结果会第一时间通知您\n这个取消拦截，客户改主意了", "", [1, 3], nh=1)
m("jt", "「小助手：@琳琳 {A} 已签收，无法拦截」\n<SEP>\n客户说根本没收到 帮忙核实下签收", "verify_delivery:A", [3])
m("sto", "回复 @小助手：@小鱼 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单 {A}", "cancel:A", [3])
m("sto", "「小助手：@阿杰 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n<SEP>\n撤单 {A}", "cancel:A", [3])
m("yunda", "「小助手：@小鱼 {A} 已为您催促派送，请耐心等待」\n<SEP>\n这单直接投诉吧 派送员一直不接电话", "complaint:A", [3])
m("jt", "「小助手：@琳琳 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n<SEP>\n这单客户要求赔偿 货值¥168",
  "claim:A", [3, 4, 8])
m("zto", "引用 小助手：@阿杰 {A} 已为您登记延误工单，结果会第一时间通知您\n客户等不及了 帮忙催一下", "urge:A", [3])
m("zto", "引用 小助手：@阿杰 {A} 已为您登记延误工单，结果会第一时间通知您\n好的", "", [3])
m("yto", "回复 @小助手：@小鱼 {A} 改址已提交，结果会第一时间通知您\n改址取消，还是拦截吧", "intercept:A", [1, 2, 3])
m("sf", "「小助手：@琳琳 {A} 改址已提交，结果会第一时间通知您」\n<SEP>\n不好意思 收件电话也要改 改成 {P}",
  "change_address:A", [3, 4], nh=1)
m(None, "「小助手：@阿杰 {A} 撤单成功」\n<SEP>\n👌", "", [3], wb="jd")
m("yto", "「小助手：@小鱼 您的消息已转人工客服处理，请稍候」\n<SEP>\n就是 {A} 拦截退回 没别的意思", "intercept:A", [3])
m("ems", "「小助手：@琳琳 请确认：{A} 拦截退回？回复“确认”即办理」\n<SEP>\n先别拦 改成催一下派送", "urge:A",
  [1, 2, 3], wb="ems_s10")
m("yto", "@小鱼 {A} 拦截已提交，结果会第一时间通知您\n------\n这单再加个投诉 快递员私自放驿站还不通知", "complaint:A", [3])
m("zto", "「小助手：@阿杰 {A} {B} 拦截已提交，结果会第一时间通知您」\n<SEP>\n第二个不用拦了，客户签收了说不退了", "",
  [1, 3, 7], nh=1)
m("zto", "「小助手：@阿杰 {A} {B} 拦截已提交，结果会第一时间通知您」\n<SEP>\n第一单另外投诉一下 揽收员把箱子摔了",
  "complaint:A", [3, 7])
m("yto", "「小助手：@小鱼 {A} 已签收，无法拦截」\n<SEP>\n好的 知道了", "", [3])
m("jt", "回复 @小助手：@琳琳 {A} 已为您催促派送，请耐心等待\n{B} 也帮忙催一下 同一个收件人的", "urge:B", [3])
m("yunda", "「小助手：@阿杰 {A} 已为您登记延误工单，结果会第一时间通知您」\n<SEP>\n客户那边说要投诉 麻烦加一下",
  "complaint:A", [3])
m("cainiao", "引用 小助手：@琳琳 {A} 拦截已提交，结果会第一时间通知您\n收到👌", "", [3])
m("jt", "「小助手：@阿杰 {A} 已为您催促派送，请耐心等待」\n<SEP>\n[强]", "", [3])
m("yto", "不拦了 客户自己去驿站拿了\n「小助手：@小鱼 {A} 拦截已提交，结果会第一时间通知您」", "", [1, 3], nh=1)
m(None, "「小助手：@琳琳 {A} 已签收，无法拦截」\n<SEP>\n签收了？？客户说没收到啊 是不是别人签的 查一下",
  "verify_delivery:A", [3], wb="sf")
m("ems", "「小助手：@小鱼 {A} 已为您催促派送，请耐心等待」\n<SEP>\n客户要求赔偿运费 ¥15，能赔吗", "claim:A", [3, 4])
m("yto", "「小助手：@小鱼 请确认：{A} 拦截退回？回复“确认”即办理」\n<SEP>\n不是退回 是改地址 新地址：上海市闵行区七莘路 1885 弄 12 号 602 陈磊 {P}",
  "change_address:A", [1, 2, 3, 4])
m("jt", "「小助手：@小鱼 {A} 改址已提交，结果会第一时间通知您」\n<SEP>\n👍 辛苦", "", [3])
m("sto", "「小助手：@阿杰 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n<SEP>\n补充一下 快递员扔件 态度也很差 投诉他",
  "complaint:A", [3])
m("yunda", "「小助手：@小鱼 {A} 已为您催促派送，请耐心等待」\n<SEP>\n{B} {C} 也一样 都催一下", "urge:B,C", [3, 7])
m("yto", "「小助手：@阿杰 {A} 拦截已提交，结果会第一时间通知您」\n<SEP>\n@阿杰 这单我早上已经在群里拦过一次了 你别重复发哈", "",
  [3])
m("zto", "「小助手：@小鱼 {A} 拦截已提交，结果会第一时间通知您\n@小鱼 {B} 已签收，无法拦截」\n<SEP>\n{B} 签收了那就核实一下签收 客户说没见到件",
  "verify_delivery:B", [3, 7])
m("jt", "「小助手：@琳琳 {A} 已为您登记延误工单，结果会第一时间通知您」\n<SEP>\n谢了 顺便问下明天几点来收件", "", [3])
m("yunda", "「小助手：@阿杰 {A} 已为您登记延误工单，结果会第一时间通知您」\n<SEP>\n延误工单撤回吧 件今天到了", "", [1, 3], nh=1)
m(None, "「小助手：@琳琳 {A} 撤单成功」\n<SEP>\n啊？撤错了 这单要发的 能恢复吗", "", [1, 3], nh=1, wb="jd")
m("yto", "「小助手：@小鱼 {A} 拦截已提交，结果会第一时间通知您」\n<SEP>\n{B} 也拦截", "intercept:B", [3])
m("zto", "「小助手：@阿杰 {A} 已为您催促派送，请耐心等待」\n<SEP>\n耐心不了了 客户要退款 直接拦截", "intercept:A", [3])
m("sto", "「小助手：@琳琳 {A} 改址已提交，结果会第一时间通知您」\n<SEP>\n这单再催一下 客户今天要", "urge:A", [3])
m("jt", "引用 小助手：@小鱼 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n不只是破损 快递员还把件扔地上 投诉+理赔",
  "claim:A;complaint:A", [3, 8])
m("yunda", "回复 @小助手：@阿杰 {A} 撤单成功\n{B} {C} 也撤", "cancel:B,C", [3])
m("zto", "「小助手：@小鱼 您的消息已转人工客服处理，请稍候」\n<SEP>\n等半天了 {A} 到底能不能拦", "intercept:A", [3])
m("yto", "@小鱼 {A} 拦截已提交，结果会第一时间通知您\n@小鱼 {B} 拦截已提交，结果会第一时间通知您\n————————\n第二个拦错了 不拦 改成催件",
  "urge:B", [1, 2, 3])
m(None, "「小助手：@阿杰 请确认：{A} 拦截退回？回复“确认”即办理」\n<SEP>\n不拦了 客户说收", "", [1, 3], nh=1, wb="sf")
m("ems", "「小助手：@琳琳 {A} 已为您催促派送，请耐心等待」\n<SEP>\n收到 另外 {B} 显示签收了客户没收到 帮忙核实",
  "verify_delivery:B", [3])
m("cainiao", "引用 小助手：@小鱼 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "cancel:A", [3])
m("jt", "「小助手：@阿杰 {A} 已签收，无法拦截」\n<SEP>\n那改成投诉 客户明确拒收了快递员还硬放门口点了签收", "complaint:A",
  [2, 3])
m("yto", "回复 @小助手：@琳琳 {A} 已为您登记延误工单，结果会第一时间通知您\n好 顺便催一下", "urge:A", [3])
m("zto", "「小助手：@小鱼 {A} 改址已提交，结果会第一时间通知您」\n<SEP>\n改址不要了 直接退回", "intercept:A", [1, 2, 3])
m("sto", "「网点小助手：@小鱼 {A} 撤单成功」\n<SEP>\n好的 谢谢 另外 {B} 催一下", "urge:B", [3])
m(None, "「小助手：@阿杰 {A} 拦截已提交，结果会第一时间通知您」\n<SEP>\n收到 明早我再看下结果", "", [3], wb="deppon")
m("yunda", "@琳琳 {A} 已为您催促派送，请耐心等待\n----------\n客户说还是不要了 这单退回吧 运费我们出", "intercept:A", [2, 3])
m("jt", "「小助手：@小鱼 {A} 拦截已提交，结果会第一时间通知您」\n<SEP>\n拦截撤销 客户补了差价 照常派送", "", [1, 3], nh=1)
m(None, "回复 @小助手：@琳琳 {A} 改址已提交，结果会第一时间通知您\nchange address cancelled, pls intercept instead",
  "intercept:A", [1, 2, 3, 5], wb="jd")
m("zto", "「小助手：@阿杰 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n<SEP>\n好 撤单 {A} 另外 {B} 也撤",
  "cancel:A,B", [3])

# ---------------------------------------------------------------------------------------------------------------
# B. A colleague's command quoted: done already, should not be done, changed, or extended to another parcel.
# ---------------------------------------------------------------------------------------------------------------
m("yto", "「阿杰：{A} 拦截」\n<SEP>\n这个我刚才已经拦过了 不用重复", "", [3])
m("zto", "引用 琳琳：{A} 拦截退回\n@琳琳 这单别拦！客户刚付了尾款 要发的", "", [1, 3], nh=1)
m("sto", "回复 @阿杰：{A} 撤单\n已经撤了 系统里显示作废了", "", [3])
m("yunda", "「小鱼：{A} 催一下」\n<SEP>\n这个也投诉 两天打三次电话都不接", "complaint:A", [3])
m("jt", "「琳琳：{A} 催件」\n<SEP>\n{B} 同上", "urge:B", [3])
m("yto", "“{A} 改地址 改到公司” 这条作废，地址还是原来的", "", [1, 3], nh=1)
m("zto", "引用 阿杰：{A} {B} {C} 都拦截\n第三个别拦 发对了", "", [1, 3, 7], nh=1)
m("zto", "引用 阿杰：{A} {B} {C} 都拦截\n@阿杰 我问过客户了 这三单 第一单拦截 后两单催一下就行",
  "intercept:A;urge:B,C", [2, 3, 7])
m("jt", "回复 @琳琳：{A} 拦截\n@琳琳 不是拦截，是改地址，客户只是搬家了\n新地址：广州市天河区体育西路 191 号中石化大厦 B 座 2708 收件人 周敏 {P}",
  "change_address:A", [1, 2, 3, 4])
m(None, "「阿杰：{A} 加急」\n<SEP>\n收到", "", [3], wb="sf")
m("zto", "引用 小鱼：{A} 撤单\n哦不对 这单昨天已经揽收了 那就拦截", "intercept:A", [2, 3])
m("sto", "「琳琳：{A} 拦截」\n<SEP>\n这单不是不拦，是现在就拦 客户催着呢", "intercept:A", [1, 3])
m("jt", "「阿杰：{A} 拦截」\n<SEP>\n不要退回，改派到 杭州市余杭区五常街道文一西路 998 号 海创园 5 号楼 收件人不变",
  "change_address:A", [1, 3])
m("yunda", "引用 琳琳：{A} 客户说不要了 帮忙退回\n+ {B} 一样 也退回", "intercept:B", [3])
m("ems", "回复 @小鱼：{A} 查一下到哪了\n查过了 在济南分拣中心 明天到", "", [3])
m("zto", "「阿杰：{A} 拦截 {B} 催件」\n<SEP>\n@阿杰 反了 应该是 {A} 催件 {B} 拦截，我刚跟客户确认过",
  "urge:A;intercept:B", [2, 3, 7])
m("sto", "“{A} 取消订单”\n@琳琳 这个别取消 客户补了地址 照常发", "", [1, 3], nh=1)
m("yto", "引用 阿杰：{A} 拦截\n我看了下已经签收了 拦不了 改成核实签收 客户说没收到", "verify_delivery:A", [2, 3])
m(None, "「小鱼：{A} 催件」\n<SEP>\n算了这单不催了 客户说今天能到", "", [1, 3], nh=1, wb="jd")
m(None, "引用 琳琳：{A} 核重 我们称的 8.5kg 系统扣了 12kg 的钱\n这单重量麻烦尽快核一下 差了 ¥36 运费", "weight:A",
  [3, 4], wb="deppon")
m("jt", "回复 @阿杰：{A} 投诉\n投诉就别了 跟网点关系还要处 改成催一下", "urge:A", [1, 2, 3])
m("zto", "「琳琳：{A} 理赔 货值 ¥299」\n<SEP>\n同上 {B} 也是破的 也要赔", "claim:B", [3, 4, 8])
m("yto", "引用 阿杰：上面那三单都拦截\n已经拦了，小助手都回了", "", [3])
m("sto", "「小鱼：{A} 改地址 新地址 南京市鼓楼区中山北路 30 号 王娟 {P}」\n<SEP>\n地址写错了 是中山北路 32 号 其他不变",
  "change_address:A", [2, 3, 4])
m("zto", "「阿杰：{A} 拦截」\n<SEP>\n@阿杰 这单你拦了吗？没拦的话别拦了 客户说要", "", [1, 3], nh=1)
m("jt", "「阿杰：{A} 催一下」\n<SEP>\n我也催了一遍 重复了哈哈", "", [3])
m("yunda", "“{A} 延误” 这条是我发错群了 不用登记", "", [1, 3], nh=1)
m("cainiao", "引用 小鱼：{A} 加急\n这单也要投诉 快递员电话里骂人", "complaint:A", [3])
m("yto", "「阿杰：{A} 拦截」\n<SEP>\n这个我拦过了 你别再发了 会重复", "", [3])
m("sto", "引用 琳琳：{A}\n这个是啥 要拦还是要催？", "", [3])
m("zto", "「琳琳：{A} 客户说坏了」\n<SEP>\n登记破损 另外问下客户要不要赔", "damaged:A", [3])
m("jt", "回复 @阿杰：{A} 丢了吗\n问过极兔了 确认丢了 直接理赔 货值 ¥89.9", "claim:A", [3, 4, 8])
m("yto", "「琳琳：{A} 拦截 {B} 拦截」\n<SEP>\n@琳琳 {B} 是我们自己的补发件 别拦", "", [1, 3], nh=1)
m("zto", "引用 阿杰：这两单 {A} {B} 怎么处理\n都拦截 客户两单都退款了 订单 {O}", "intercept:A,B", [3, 4, 7])
m("jt", "“{A} 加急”\n“{B} 加急”\n这两个是我发的 加急都取消 客户说不急了", "", [1, 3], nh=1)
m("yto", "「阿杰：{A} 改地址 改到 温州市鹿城区车站大道 577 号 财富中心 1205」\n<SEP>\n收到", "", [3])
m("yto", "回复 @小鱼：{A} 拦截\n我看了轨迹 这单还没揽收 改撤单", "cancel:A", [2, 3])
m("zto", "「阿杰：{A} 撤单」\n<SEP>\n@阿杰 已揽收了撤不了 我改成拦截了 {A} 拦截", "intercept:A", [2, 3])
m("jt", "引用 琳琳：{A} 客户要改地址 还没发新地址\n新地址来了：昆明市五华区三市街 6 号 柏联广场 8 楼 收件人 杨帆 {P}",
  "change_address:A", [3, 4])
m("sto", "“{A} 催件” ←这个是我发的 已经到了 不用催了", "", [1, 3], nh=1)
m("jt", "「琳琳：{A} 拦截」\n<SEP>\n+1 {B} 也拦", "intercept:B", [3])
m("yto", "「阿杰：{A} 拦截」\n<SEP>\n这单客户说再考虑下 先别动", "", [1, 3], nh=1)
m("yto", "「阿杰：{A} lanjie」\n<SEP>\nok 另外 {B} 也 cuijian 一下", "urge:B", [3, 5])
m(None, "Reply @Lynn: {A} intercept pls\nnope, don't intercept, customer wants it. change address to 上海市浦东新区世纪大道 100 号 环球金融中心 45F",
  "change_address:A", [1, 3, 5], wb="jd")
m("jt", "回复 @阿杰：{A} chedan\n已揽收 chedan 不了 改 lanjie", "intercept:A", [2, 3, 5])
m("sto", "「阿杰：{A} 撤单」\n<SEP>\n{B} 同上", "cancel:B", [3])
m("yto", "回复 @琳琳：{A} 客户要退\n@琳琳 {A} 我来拦 你别管了\n{A} 拦截", "intercept:A", [3])
m("zto", "回复 @阿杰：{A} 拦截了没\n拦了 王姐说下午能截住", "", [3])
m("jt", "「琳琳：客户说 {A} 和 {B} 是一起买的 一单到了一单没到」\n<SEP>\n没到的是 {B} 催一下", "urge:B", [3])
m("sto", "“{A} 拦截 {B} 拦截” 这条我发错了 两单都不用拦", "", [1, 3, 7], nh=1)
m("cainiao", "引用 小鱼：{A} 到哪了\n看了 在菜鸟仓 还没出库 催一下出库", "urge:A", [3])
m("yto", "「阿杰：{A} 延误了」\n<SEP>\n这单客户要投诉 加一个投诉", "complaint:A", [3])
m("zto", "回复 @小鱼：{A} 改地址到 厦门\n具体地址：厦门市湖里区枋湖北二路 1111 号 国际金融中心 3 楼 收件人 郑凯 {P}",
  "change_address:A", [3, 4])
m("yto", "「小鱼：这几单帮忙加急 {A} {B} {C}」\n<SEP>\n{C} 不用加急了 已经签收", "", [1, 3, 7], nh=1)
m("zto", "「琳琳：{A} 破损 {B} 丢件」\n<SEP>\n这两单都要理赔 一共 ¥420", "claim:A,B", [3, 4, 7, 8])
m("sto", "引用 阿杰：{A} 撤单\n撤单成功了 小助手回了 你看上面", "", [3])
m("jt", "回复 @阿杰：{A} 查一下\n@阿杰 我查了 显示签收 但客户说没收到 我已经发核实了", "", [3])
m("yunda", "「小鱼：{A} 拦截」\n<SEP>\n@小鱼 这单客户又打电话来 说地址没错 是他自己没接电话 还是别拦了 催一下派送",
  "urge:A", [1, 2, 3])
m("ems", "「琳琳：{A} 海外件 延误」\n<SEP>\n同上 {B} {C}", "delay:B,C", [3, 7], wb="ems_s10 ems_s10 ems_s10")
m("yto", "「阿杰：{A} 核实签收」\n<SEP>\n客户说找到了 在门卫那 不用核实了", "", [1, 3], nh=1)
m("jt", "回复 @琳琳：{A} 要不要拦\n要不拦一下吧 我感觉客户不会要了", "intercept:A", [3], cf=1)
m("zto", "「琳琳：{A} 客户要加急」\n<SEP>\n@王姐 麻烦加急 {A}", "urge:A", [3])
m("yto", "「阿杰：@小鱼 {A} 这单你拦了吗」\n<SEP>\n还没 现在拦 {A} 拦截", "intercept:A", [3])
m("zto", "引用 阿杰：{A} 客户退款了\n{A} 拦截 退款 ¥39.9 已退", "intercept:A", [3, 4])
m("yto", "「琳琳：{A} {B} {C} 拦截」\n<SEP>\n{B} 我刚看已经签收了 拦不了 改成核实签收 客户说没收到", "verify_delivery:B",
  [2, 3, 7])
m("sto", "「小鱼：{A} 投诉」\n<SEP>\n投诉先压一压 客户说再给快递员一次机会", "", [1, 3], nh=1)
m("jt", "「阿杰：{A} 撤单」\n<SEP>\n这单不撤了 客户付款了 正常发", "", [1, 3], nh=1)
m("yto", "回复 @琳琳：{A} 这个地址是对的吗\n地址是对的 收件人不对 收件人改为 吴磊", "change_address:A", [3], nh=1)
m("zto", "「小鱼：{A} 拦截」\n<SEP>\n@小鱼 这单王姐说已经在派送了 拦截要 ¥3 手续费 我直接让拦了", "", [3, 4])
m("jt", "引用 琳琳：{A} 改地址 收件人 {P}\n地址呢？", "", [3, 4])
m("yunda", "「小鱼：{A} 核重」\n<SEP>\n韵达回了 重量没问题 是包装算了体积重", "", [3])
m("sto", "「琳琳：{A}  拦截\n{B}  催件\n{C}  拦截」\n<SEP>\n表里第二行改成拦截 其他照旧", "intercept:B", [2, 3, 7])
m("zto", "「阿杰：{A} 拦截」\n<SEP>\n这个也投诉一下 揽收的时候就把箱子踩了", "complaint:A", [3])
m("jt", "「阿杰：{A}\n{B}\n{C}」\n<SEP>\n第一个和第三个拦截 第二个不用管", "intercept:A,C", [3, 7])
m("yunda", "引用 阿杰：{A} {B} 两单客户都要退\n@阿杰 {A} 拦截 {B} 还没揽收 撤单", "intercept:A;cancel:B", [3, 7])
m(None, "「琳琳：{A} 催件」\n<SEP>\n催件没用 直接投诉", "complaint:A", [2, 3], wb="yto")
m("yto", "回复 @小鱼：{A} 投诉\n我已经在圆通官网投诉过了 这边不用再发", "", [3])

# ---------------------------------------------------------------------------------------------------------------
# C. The outlet staff's messages quoted, then the shop's decision.
# ---------------------------------------------------------------------------------------------------------------
m("zto", "「中通王姐：{A} 这个地址不详 联系不上收件人 你们看怎么处理」\n<SEP>\n那就退回吧", "intercept:A", [3])
m("zto", "「中通王姐：{A} 这个地址不详 联系不上收件人 你们看怎么处理」\n<SEP>\n要不先退回？我问下客户", "intercept:A", [3], cf=1)
m("yto", "回复 @网点小刘：{A} 客户拒收了\n拒收就退回 运费我们出", "intercept:A", [3])
m("jt", "引用 极兔晓晓：{A} 到付件 收件人不肯付 ¥18\n改派到 苏州市工业园区星湖街 328 号 创意产业园 12 栋 李先生 {P} 他会付",
  "change_address:A", [3, 4])
m("sto", "「网点小刘：{A} 外包装破了 里面东西应该没事」\n<SEP>\n拆开看了 杯子碎了两个 登记破损", "damaged:A", [3])
m("yto", "「圆通阿强：{A} {B} 这两单今天派不了 车坏了」\n<SEP>\n两单都催一下 明天一早派", "urge:A,B", [3, 7])
m("sf", "「顺丰陈师傅：{A} 已经送到前台了」\n<SEP>\n前台说没收到 核实一下签收", "verify_delivery:A", [3], wb="sf")
m("ems", "回复 @邮政张姐：{A} 海关退回了\n好的 那就不用管了", "", [3], wb="ems_s10")
m("jt", "「极兔晓晓：你们那单 {A} 件丢了 我们在找」\n<SEP>\n找不到的话直接理赔 货值 ¥560 发票有", "claim:A", [3, 4, 8])
m("zto", "「中通王姐：@小鱼 今天的件都揽了 有问题的单号发我」\n<SEP>\n{A} 拦截 {B} 催一下 其他没问题",
  "intercept:A;urge:B", [3, 7])
m("sto", "引用 申通阿龙：{A} 这个件是不是你们要拦的？已经在派送了\n对 派送中也拦 别送了", "intercept:A", [3])
m("yto", "「圆通阿强：{A} 已经拦截成功 明天退回」\n<SEP>\n好的 谢谢阿强", "", [3])
m("yunda", "「韵达小王：{A} 收件人电话空号」\n<SEP>\n电话改成 {P} 客户刚给的", "change_address:A", [3, 4], nh=1)
m("jd", "「京东小哥：{A} 收件人说没买过这个」\n<SEP>\n那就退回来 地址写错了", "intercept:A", [3], wb="jd")
m("deppon", "回复 @德邦李工：{A} 这件超重了 实际 32kg\n不可能 我们发的时候称过 26.4kg 麻烦核重", "weight:A", [3, 4],
  wb="deppon")
m("zto", "「中通王姐：{A} 在我们网点放了三天了 没人来取」\n<SEP>\n那退回吧 别放了", "intercept:A", [3])
m("cainiao", "「菜鸟驿站-小梅：{A} 包裹在驿站 收件人说没收到取件码」\n<SEP>\n麻烦再发一遍取件码给收件人 {P}", "", [3, 4], nh=1)
m("jt", "引用 极兔晓晓：{A} {B} {C} 三单都是同一个收件人 要不要合并派送？\n可以 都催一下 今天送到", "urge:A,B,C",
  [3, 7])
m("yto", "「圆通阿强：{A} 显示已签收」\n<SEP>\n客户没收到 核实一下签收", "verify_delivery:A", [3])
m("sto", "「申通阿龙：{A} 你们改址的那单 新地址超区了 改不了」\n<SEP>\n那直接退回吧 客户说不要了", "intercept:A", [2, 3])
m("zto", "{A} 您好，您的件已在派送中，派送员 {P}\n————————\n@王姐 这个件收件人要改地址 改到 北京市朝阳区望京西园三区 312 号楼 东门丰巢柜 收件人不变",
  "change_address:A", [3, 4])
m("jd", "「京东小哥：{A} 收件人要求改到公司 你们同意吗」\n<SEP>\n同意 改到 北京市大兴区亦庄经济开发区科创十一街 18 号 京东总部 2 号楼",
  "change_address:A", [3], wb="jd")
m("zto", "回复 @王姐：{A} 这个件已经到你们网点了吧\n对 到了就拦下来 别派了", "intercept:A", [3])
m("zto", "「中通王姐：{A} 这单拦截成功了 已经在退回途中」\n<SEP>\n好的 退回来后帮忙再核一下重量 上次扣多了", "weight:A", [3])
m("jt", "回复 @极兔晓晓：{A} 件在中转站破了 要登记吗\n要 登记破损 客户要赔的话我再找你", "damaged:A", [3])
m("sf", "引用 顺丰陈师傅：{A} 明天上午派送\n客户下午才在家 能不能改到下午送", "", [3], nh=1, wb="sf")
m("yto", "「圆通阿强：{A} 收件人拒收 你们要退回还是再派一次」\n<SEP>\n再派一次 尽快派送", "urge:A", [3])
m("zto", "「中通王姐：{A} 收件人拒收 你们要退回还是再派一次」\n<SEP>\n退回", "intercept:A", [3])
m("zto", "「中通王姐：{A} 收件人拒收 你们要退回还是再派一次」\n<SEP>\n不退 转寄到他单位 地址：无锡市梁溪区中山路 333 号 无锡商业大厦 16 楼",
  "change_address:A", [1, 3])
m("jt", "引用 客户-刘姐：{A} 我要的是黑色 你们发成白色了\n这单拦回来 我们重新发", "intercept:A", [3])
m("sto", "回复 @小鱼：{A} 这单客户说改到 {P} 的那个地址\n客户说的地址在哪？你有吗", "", [3, 4])
m("cainiao", "「菜鸟驿站-小梅：{A} 在驿站放了 5 天 今天要退回了」\n<SEP>\n别退 再放两天 我让客户去取", "", [1, 3], nh=1)
m("ems", "回复 @邮政张姐：{A} 地址不详 要不要改\n要改 新地址 石家庄市长安区中山东路 39 号 勒泰中心写字楼 2115 收件人 马丽 {P}",
  "change_address:A", [3, 4])
m("zto", "「中通王姐：{A} 这件重量 3.2kg 没错 你们自己称错了」\n<SEP>\n我们称的 2.1kg 有照片 申请仲裁", "arbitration:A", [3, 4])
m("jd", "回复 @京东小哥：{A} 要送货上门还是放快递柜\n放快递柜就行 尽快送", "urge:A", [3], wb="jd")
m("sf", "「顺丰陈师傅：{A} 已经派送了 收件人不接电话」\n<SEP>\n拦截退回 客户跑路了", "intercept:A", [3], wb="sf")
m("ems", "引用 邮政张姐：{A} 是你们的件吗 地址写的不全\n是的 改一下地址 完整的是 兰州市城关区东岗西路 638 号 兰州财富中心 21 楼 收件人 白洁",
  "change_address:A", [3])
m("yunda", "「韵达小王：@琳琳 {A} 你们要拦是吧」\n<SEP>\n对的 拦", "intercept:A", [3])
m("yunda", "「韵达小王：{A} 这个件超区 只能退回或者自提」\n<SEP>\n自提 我跟客户说", "", [3], nh=1)
m("yto", "「圆通阿强：{A} 收件人电话 {P} 关机」\n<SEP>\n我们联系上客户了 明天再派一次 催一下", "urge:A", [3, 4])
m("sto", "「申通阿龙：你们昨天那批 {A} 到 {B} 都揽收了」\n<SEP>\n收到 谢谢", "", [3])
m("ems", "「邮政张姐：{A} 收件人地址查无此人」\n<SEP>\n退回 收件人电话 {P} 也打不通", "intercept:A", [3, 4])
m("sto", "「申通阿龙：{A} 你们要改的地址是哪个」\n<SEP>\n按这个地址改：台州市椒江区市府大道 398 号 收件人 胡斌 {P}",
  "change_address:A", [3, 4])
m("yunda", "引用 韵达小王：{A} 超重了 补 ¥8\n补就补吧 下次注意", "", [3, 4])
m("sf", "「顺丰陈师傅：{A} 收件人要改约明天」\n<SEP>\n好的 没问题", "", [3], wb="sf")
m("cainiao", "回复 @小鱼：{A} {B} 已经催了\n👍", "", [3])
m("jt", "回复 @极兔晓晓：{A} 已经派送了 还要拦吗\n要 派送中也拦", "intercept:A", [3])
m("zto", "中通王姐：{A} 收件人说东西是坏的 拒收了\n——————\n拒收就退回来 顺便登记一下破损", "intercept:A;damaged:A", [3, 8])
m("yto", "「圆通阿强：{A} 这件今天 17:30 前能派到」\n<SEP>\n好的 辛苦 再帮催一下 {B} 这单三天没动了", "urge:B", [3, 4])

# ---------------------------------------------------------------------------------------------------------------
# D. Forwarded chat records and pasted customer messages.
# ---------------------------------------------------------------------------------------------------------------
m("yto", "[聊天记录]\n客户-王女士：你好 我的单号 {A} 能退吗 买错颜色了\n琳琳：可以的亲 我们帮您拦截\n\n@小助手 {A} 拦截退回",
  "intercept:A", [3])
m("zto", "客户说：“{A} 三天了都没更新 还能不能到了”\n麻烦催一下", "urge:A", [3])
m("jt", "客户说：{A} 这个破了 盒子都瘪了\n先登记一下 客户要求赔 ¥45", "claim:A", [3, 4, 8])
m("sto", "[聊天记录]\n阿杰：{A} 这单客户要退\n小鱼：拦了没\n阿杰：还没\n————\n拦一下 谢谢", "intercept:A", [3])
m("sf", "转发 琳琳 的消息：\n客户说收件人写错了 应该是 张伟 {P} 地址 深圳市南山区科技园南区 W1-A 栋 3 楼\n\n{A} 按这个改一下",
  "change_address:A", [3, 4])
m("yunda", "客户原话：“我不要了 你们给我退了吧 {A}”\n@韵达小王 这单退回", "intercept:A", [3])
m("zto", "[聊天记录]\n客户：订单号 {O} 的快递怎么还没到\n小鱼：亲 单号是 {A} 我帮您催一下\n\n@小助手 {A} 催件", "urge:A",
  [3, 4])
m("yto", "客户说：“{A} 不用退了 我留着了”\n之前让拦的那单 不拦了", "", [1, 3], nh=1)
m("jt", "客户发来的：\n收货人：赵雪\n手机：{P}\n地址：成都市武侯区天府大道北段 1700 号 环球中心 W6 区 1105\n\n{A} 按这个地址改",
  "change_address:A", [3, 4])
m("ems", "客户说：{A} 显示签收了但是家里没人收到过\n帮查一下是谁签的", "verify_delivery:A", [3])
m("sto", "[聊天记录]\n客户-小周：单号 {A} 快递员态度太差了 还把我东西摔了\n客户-小周：里面的杯子碎了\n————\n登记破损 投诉快递员",
  "damaged:A;complaint:A", [3, 8])
m("cainiao", "客户说：“{A} 查不到物流 是不是丢了”\n@菜鸟小梅 先帮忙看下到哪了", "track:A", [3])
m("zto", "[聊天记录]\n客户：{A} 能不能送快点 我明天出差\n琳琳：好的亲\n\n加急 谢谢 今天能送尽量今天", "urge:A", [3])
m(None, "客户说：买错了 不要了 单号 {A}\n帮忙撤一下单 还没发", "cancel:A", [3], wb="jd")
m("sf", "客户说：“顺丰 {A} 到了没 急用”\n@顺丰陈师傅 到哪了", "track:A", [3])
m("jt", "[聊天记录]\n客户A：{A} 收到了 谢谢\n客户B：{B} 还没收到 都5天了\n————\n第二个催一下", "urge:B", [3, 7])
m("yto", "客户说：“{A} 我签收了 东西是坏的 要赔钱 另外快递员很凶”\n\n帮客户申请理赔 并投诉快递员", "claim:A;complaint:A",
  [3, 8])
m("zto", "[聊天记录]\n客户：我的件 {A} 好像被别人拿走了 驿站说签收了\n小鱼：我帮您核实\n\n核实签收 {A}", "verify_delivery:A", [3])
m("jt", "客户消息：\n「{A} 收件地址错了，应该是 武汉市洪山区珞喻路 1037 号 华中科技大学东区 12 栋」\n按客户说的改一下",
  "change_address:A", [3])
m("ems", "客户：{A} 一直显示在海关 一周没动了\n帮登记一下延误", "delay:A", [3], wb="ems_s10")
m("yunda", "客户说：“快递三天没动了 {A}”\n客户说：“是不是丢了”\n\n@小王 查一下在哪", "track:A", [3])
m("zto", "[聊天记录]\n张先生：你好 {A} 是我的\n张先生：电话 {P}\n张先生：我搬家了 新地址 杭州市滨江区江南大道 3850 号 创新大厦 16 楼\n————\n@王姐 帮这位改下地址 收件人 张先生",
  "change_address:A", [3, 4])
m("deppon", "客户：{A} 沙发腿断了一条\n@德邦李工 破损登记一下 照片私发你", "damaged:A", [3], wb="deppon")
m("yunda", "[聊天记录]\n客户-赵哥：{A} 快递员说要我自己去网点拿\n客户-赵哥：我花钱买的送货上门\n————\n投诉 这个派送员",
  "complaint:A", [3])
m("zto", "[聊天记录]\n王姐：@小鱼 {A} 这个收件人说你们发错货了\n小鱼：我问下仓库\n仓库-老李：确实发错了\n————\n@王姐 拦截退回吧 我们重发",
  "intercept:A", [3])
m("jt", "[聊天记录]\n客户：{A} 我地址写错了\n客户：应该是 长春市朝阳区人民大街 5788 号 5 栋 1201 收件人 不变\n琳琳：好的亲\n————\n按客户给的地址改一下",
  "change_address:A", [3])
m("yto", "琳琳和客户的聊天记录\n客户 2024-06-12 21:03\n{A} 能拦截吗 我不想要了\n琳琳 2024-06-12 21:05\n可以的 我帮您拦\n\n@小助手 拦截 {A}",
  "intercept:A", [3, 4])
m("sto", "客户说：“{A} 说好今天到的 到现在还没人送”\n客户说：“再不到我就退款了”\n\n催一下 今天务必送到", "urge:A", [3])
m("zto", "[聊天记录]\n客户：{A} 外箱压扁了 里面的蛋糕全烂了\n客户：要么赔要么重发\n————\n理赔 ¥128 货值 付款截图在客户那", "claim:A",
  [3, 4, 8])
m("jd", "客户说：{A} 是我老公的件 他签收了但是是别人代签的 东西找不到了\n@京东小哥 核实一下签收", "verify_delivery:A", [3],
  wb="jd")
m("cainiao", "[聊天记录]\n客户：{A} 包裹里少了一件 我买了 3 件只收到 2 件\n小鱼：亲 我们查一下\n————\n少件 登记一下", "lost:A",
  [3])
m("jt", "客户说：{A} 到付 ¥22 不想付 让我们退回\n算了 不退 改寄付 我们出", "", [1, 3], nh=1)
m("yunda", "[聊天记录]\n客户-陈：{A} 还没揽收吗？我不要了\n阿杰：我帮您撤\n————\n{A} 撤单", "cancel:A", [3])

# ---------------------------------------------------------------------------------------------------------------
# E. Address blocks, order numbers, phones in every notation, amounts, dates, times.
# ---------------------------------------------------------------------------------------------------------------
m("zto", "订单号：{O}\n运单号：{A}\n收件人：何静 {P}\n客户要求改地址 新地址：重庆市渝北区金开大道 68 号 6 栋 2 单元 801",
  "change_address:A", [4])
m("yto", "{A} 拦截 客户退款了 订单 {O} 金额 ¥129.9", "intercept:A", [4])
m("sto", "{A}\n收件人电话 {P} 打不通 帮忙催一下派送员联系", "urge:A", [4])
m("jt", "{A} 改地址\n收件人：孙悦\n电话：{P}\n地址：西安市雁塔区科技路 48 号 创业广场 B 座 1603", "change_address:A", [4])
m("yunda", "{A} 电话改为 {P}", "change_address:A", [4], nh=1)
m("zto", "6月12日 20:35 发的 {A} 到现在没揽收 撤单 不寄了", "cancel:A", [4])
m("ems", "{A} 客户 {P} 说 6/15 到现在还没收到 催一下", "urge:A", [4])
m("sf", "{A} 寄的手机 ¥3999 显示签收 客户没收到 核实签收", "verify_delivery:A", [4], wb="sf")
m("yto", "订单 {O} 客户申请退款了 对应单号 {A} 拦截", "intercept:A", [4])
m("zto", "{A} 运费收了 ¥23.5 实际 1.2kg 应该 ¥12 重量不对", "weight:A", [4])
m("jt", "收件人 林小红 {P} 单号 {A} 这个件漏液了 洗发水 客户要赔 ¥59", "claim:A", [4, 8])
m("cainiao", "{A} 催一下 客户电话 {P} 订单号 {O}", "urge:A", [4])
m("yunda", "{A}\n{P}\n这个收件人电话改成上面这个", "change_address:A", [4], nh=1)
m("sto", "2024-06-18 的单 {A} {B} 都拦截 订单 {O} {O2} 已退款", "intercept:A,B", [4])
m("yto", "帮忙改个地址 {A}\n新地址：长沙市岳麓区麓谷大道 627 号 新长海中心 B2 栋 9 楼\n收件人：邓超\n联系电话：{P}",
  "change_address:A", [4])
m("jd", "{A} 客户 6 月 20 号前要用 尽快派送", "urge:A", [4], wb="jd")
m("zto", "{A} 11:30 就显示派送中 现在 18:40 还没送到 催一下", "urge:A", [4])
m("deppon", "{A} 到付 ¥86 收件人拒付 退回", "intercept:A", [4], wb="deppon")
m(None, "{A} 寄往马来西亚 申报价值 $120 一个月了没有任何轨迹 应该是丢了 要理赔", "claim:A", [4, 8], wb="ems_s10")
m("zto", "{A} 拦截\n拦截原因：客户 {P} 来电说订单 {O} 重复下单了", "intercept:A", [4])
m("sto", "收件人：黄磊\n手机：{P}\n地址：福州市鼓楼区五四路 158 号 环球广场 22 楼\n单号：{A}\n这个客户说一直没人送 今天 14:00 前务必送到",
  "urge:A", [4])
m("yto", "{A} 和 {B} 收件人都是 {P} 同一个人 两个都改地址到 济南市历下区泉城路 180 号 齐鲁国际大厦 11 层",
  "change_address:A,B", [4, 7])
m("zto", "「琳琳：订单 {O} 客户要改地址」\n<SEP>\n单号还没找到 我查下", "", [3, 4])
m("sto", "引用 小鱼：{A} 拦截 客户 {P}\n这单客户电话打过了 他说收到再拒收 不用拦了", "", [1, 3, 4], nh=1)
m("jt", "回复 @琳琳：收件人 陈晨 {P} 单号 {A} 改地址\n新地址是 厦门市思明区软件园二期望海路 10 号 之前漏发了", "change_address:A",
  [3, 4])
m("zto", "「王姐：{A} 运费 ¥18 已扣」\n<SEP>\n这单不对 1kg 的件怎么扣 ¥18 核一下重量", "weight:A", [3, 4])
m("jd", "{A} 订单金额 ¥2499 显示 6 月 3 日签收 客户说没收到 是不是被冒领了 要求核实", "verify_delivery:A", [4], wb="jd")
m("zto", "@中通王姐 {A} 拦截 客户 {P} 说地址填错了 订单 {O}", "intercept:A", [4])
m("yto", "{A} 拦截 退款 ¥45.8 已经退了", "intercept:A", [4])
m("jt", "{A} 客户 6.18 买的 现在 6.25 了还没到 是不是丢了", "lost:A", [4])
m("sto", "{A} 收件人 {P} 说没收到 显示 12:03 签收 核实下", "verify_delivery:A", [4])
m("yunda", "{A} 收件人电话 {P} 改成 {P2}", "change_address:A", [4], nh=1)
m("ems", "{A} 寄件人电话 {P} 收件人电话 {P2} 都打不通 催一下派送", "urge:A", [4])
m("zto", "{A} 这单客户申请了仅退款 ¥66 拦截回来", "intercept:A", [4])
m("deppon", "{A} 6 月 1 号发的 大件 45kg 收了 60kg 的钱 ¥142 核重", "weight:A", [4], wb="deppon")
m("jd", "{A} 京东那边显示 6 月 10 日已送达 客户没收到 核实", "verify_delivery:A", [4], wb="jd")
m("yto", "{A} 改地址\n王小明 {P}\n浙江省金华市义乌市稠城街道工人西路 15 号 2 楼", "change_address:A", [4])
m("jt", "{A}\n姓名：钱多多\n电话：{P}\n详细地址：东莞市南城区鸿福路 200 号 第一国际 B 座 808\n请改址 谢谢", "change_address:A", [4])
m("sto", "{A} 改地址 地址不变 收件人电话改 {P}", "change_address:A", [4], nh=1)
m("zto", "{A} 运单上写的电话 {P} 是错的 改成 {P2}", "change_address:A", [4], nh=1)
m("yunda", "订单号 {O} 单号 {A}\n订单号 {O2} 单号 {B}\n这两单都催", "urge:A,B", [4, 7])
m("cainiao", "{A} 客户下单时间 2024/06/08 09:15 查下到哪了", "track:A", [4])
m("sf", "{A} 保价 ¥2000 件丢了 理赔", "claim:A", [4, 8], wb="sf")
m("ems", "{A} 邮费 ¥12 超重收了 ¥20 麻烦核重", "weight:A", [4])
m("ems", "{A} 收件人搬家了 转寄到 呼和浩特市赛罕区敕勒川大街 1 号 东方君座 B 座 1702 {P}", "change_address:A", [4])
m("cainiao", "{A} 到付件 客户不要了 拦截 客户订单 {O} 已取消", "intercept:A", [4])
m("zto", "{A}\n{B}\n{C}\n{D}\n这几个都催一下 都是 6 月 15 号发的", "urge:A,B,C,D", [4])
m("sto", "{A} 收件人 {P}（张女士）改派到 合肥市包河区徽州大道 1188 号 万达广场 7 号楼 903", "change_address:A", [4])
m("yunda", "{A} 客户在 2024.06.20 19:48 打电话说不要了 麻烦退回 订单 {O}", "intercept:A", [4])
m("jt", "{A} ¥15.5 运费的件 赔了 ¥0 ？？丢件理赔怎么算的 帮重新申请理赔", "claim:A", [4, 8])
m("zto", "{A} 改地址\n收件人：冯婷\n手机号：{P}\n备用号：{P2}\n地址：太原市小店区长治路 111 号 山西世贸中心 A 座 2306", "change_address:A",
  [4])
m("yto", "{A} 客户 {P} 说快递员让他加 ¥10 才送上楼 投诉", "complaint:A", [4])

# ---------------------------------------------------------------------------------------------------------------
# F. Plain commands: ordinary, other wordings (pinyin, English, colloquial, voice), compound requests.
# ---------------------------------------------------------------------------------------------------------------
m("yto", "{A} 拦截", "intercept:A")
m("zto", "{A} 催件", "urge:A")
m("jt", "{A}", "track:A")
m("sto", "{A} 到哪了", "track:A")
m("yunda", "{A} 退回", "intercept:A")
m(None, "{A} 撤单 客户不要了", "cancel:A", wb="sf")
m("zto", "{A} {B} {C} 拦截", "intercept:A,B,C")
m("yto", "{A} lanjie", "intercept:A", [5])
m("jt", "{A} cuijian xie xie", "urge:A", [5])
m("sto", "{A} chedan", "cancel:A", [5])
m("zto", "{A} gaizhi 新地址 宁波市鄞州区天童南路 588 号 宁波文化广场 C 座 收件人不变", "change_address:A", [5])
m(None, "pls intercept {A} asap, thx", "intercept:A", [5], wb="sf")
m(None, "{A} urgent!! customer waiting", "urge:A", [5], wb="jd")
m("yunda", "{A} 咋还不到 催催", "urge:A", [5])
m("yto", "{A} 这个给我拦回来哈 别派了", "intercept:A", [5])
m("zto", "{A} 拦截一下下 谢谢王姐～", "intercept:A", [5])
m("jt", "{A} 赶紧的 客户都骂人了 催催催", "urge:A", [5])
m("sto", "那个那个 {A} 帮我拦一下啊 嗯就这个", "intercept:A", [5])
m("ems", "{A} where is it? customer asking", "track:A", [5], wb="ems_s10")
m("yto", "{A} cancel the order pls 还没揽收", "cancel:A", [5])
m("deppon", "{A} 破损 要赔偿 客户拍了照", "claim:A", [8], wb="deppon")
m("zto", "{A} 丢件 理赔 货值 ¥340", "claim:A", [4, 8])
m("jt", "{A} 压坏了 快递员态度也差 投诉", "damaged:A;complaint:A", [8])
m("yto", "{A} 碎了 要赔 还要投诉快递员 一问三不知", "claim:A;complaint:A", [8])
m("sto", "{A} 拦截并投诉 快递员私自点签收", "intercept:A;complaint:A", [8])
m("zto", "{A} 延误了 客户要投诉", "delay:A;complaint:A", [8])
m("yunda", "{A} 快点送 客户投诉了", "urge:A;complaint:A", [8])
m(None, "{A} 显示签收 客户没收到 核实一下 另外要投诉派送员", "verify_delivery:A;complaint:A", [8], wb="sf")
m(None, "{A} 核重 多收了 ¥20 另外投诉一下揽收员", "weight:A;complaint:A", [4, 8], wb="jd")
m("zto", "{A} 一周没动 是不是丢了", "lost:A")
m("yto", "{A} 怎么还没到 是不是延误了", "delay:A")
m("jt", "{A} 三天没动了", "delay:A")
m("sto", "{A} 外箱破了", "damaged:A")
m("cainiao", "{A} 件没了 哪都找不着", "lost:A")
m("ems", "{A} 核重 我们称的 0.8kg", "weight:A", [4])
m("yunda", "{A} 要仲裁 网点一直不处理", "arbitration:A")
m("zto", "{A} 仲裁 客户已经申请退款 ¥199 平台介入了", "arbitration:A", [4])
m("yto", "{A} 显示签收但没收到", "verify_delivery:A")
m("jt", "能拦截吗 {A}", "intercept:A")
m("sto", "可以帮忙改个地址吗 {A} 改到 青岛市市南区香港中路 10 号 颐和国际 A 座 2103", "change_address:A")
m("zto", "能不能催一下 {A} 急", "urge:A")
m("yto", "{A} 要不拦截吧 客户好像不想要了", "intercept:A", cf=1)
m("jt", "{A} 可能要退回 我再确认下", "intercept:A", cf=1)
m("yunda", "{A} 先拦着吧？我再问问客户", "intercept:A", cf=1)
m("zto", "{A} 看看能不能撤单", "cancel:A", cf=1)
m("yto", "{A} 如果还没签收就拦截", "intercept:A")
m("jd", "{A} 漏液了 整箱都湿了", "damaged:A", wb="jd")
m(None, "{A} 少件 三件只到了两件", "lost:A", wb="sf")
m("zto", "{A} 超重了吧 这么小个件 2 斤都没有", "weight:A")
m("yto", "{A} 好几天没更新了", "delay:A")
m("jt", "{A} 赔钱 东西丢了", "claim:A", [8])
m("sto", "{A} 要赔付 货都烂了 水果", "claim:A", [8])
m("ems", "{A} 客诉 客户说快递员要加钱才送上楼", "complaint:A")
m("cainiao", "{A} 别人签收了 客户不认识这个人", "verify_delivery:A")
m("yto", "{A} 作废", "cancel:A")
m("zto", "{A} 取消寄件", "cancel:A")
m("jt", "{A} 转寄 到 郑州市金水区花园路 39 号 国贸 360 写字楼 收件人 王涛 {P}", "change_address:A", [4])
m("sto", "{A} 截件", "intercept:A")
m("yunda", "{A} 尽快派送 谢谢", "urge:A")
m("yto", "{A} 改派 送到菜鸟驿站 杭州市拱墅区湖墅南路 111 号", "change_address:A")
m("zto", "{A} 拦截 {B} 催件 {C} 改地址 上海市徐汇区漕溪北路 88 号 圣爱大厦 1901 收件人不变",
  "intercept:A;urge:B;change_address:C", [7])
m("jt", "{A} 破损+投诉+理赔", "claim:A;complaint:A", [8])
m("yto", "{A} 拦截退回 同时帮我投诉这个网点 揽收说好的时间没来", "intercept:A;complaint:A", [8])
m(None, "{A} where is it now? customer keeps asking", "track:A", [5], wb="sf")
m(None, "{A} complain pls, courier was rude", "complaint:A", [5], wb="jd")
m(None, "{A} 要 compensation 家具磕坏了", "claim:A", [5, 8], wb="deppon")
m("zto", "{A} 改 di zhi 改成 天津市和平区南京路 189 号 津汇广场 2 座 2205", "change_address:A", [5])
m("yunda", "{A} 能快点不 都等疯了😭", "urge:A", [5])
m("yto", "{A} 帮我截下来 客户退货了", "intercept:A", [5])
m("zto", "{A} 不寄了 取消", "cancel:A")
m("sto", "{A} 称一下 感觉重量不对", "weight:A")
m("jt", "{A} hurry pls, 客户明天出国", "urge:A", [5])
m("ems", "{A} 查件", "track:A")
m("cainiao", "{A} 什么时候到", "track:A")
m("zto", "{A} {B} 拦截\n@中通王姐 辛苦", "intercept:A,B")
m("yto", "@小助手 {A} 催件", "urge:A")
m("jt", "@小助手 {A} 拦截 @琳琳 这单你跟一下", "intercept:A")
m("sto", "{A} 帮忙查下物流 客户问了三遍了", "track:A")
m("yunda", "{A} 物流一直是 已揽收 两天没更新", "delay:A")
m("yto", "急急急 {A} 拦截!!! 客户发现地址写的是老家的", "intercept:A")
m("jt", "{A} 客户说快递员态度差 投诉一下 另外件也压坏了", "damaged:A;complaint:A", [8])
m("sto", "{A} 漏液 要赔偿 另外投诉派送员野蛮装卸", "claim:A;complaint:A", [8])
m("zto", "{A} 拦截 另外 {B} 破损登记", "intercept:A;damaged:B", [7])
m(None, "{A} 超重 + 投诉 揽收员乱称", "weight:A;complaint:A", [8], wb="jd")
m("yto", "{A} 丢了 先登记 赔不赔等客户定", "lost:A")
m(None, "{A} 理赔金额谈不拢 申请仲裁", "arbitration:A", wb="sf")
m(None, "{A} intercept & return to sender, wrong item shipped", "intercept:A", [5], wb="yto")
m("zto", "{A} 派件员把件放门口丢了 要赔 还要投诉", "claim:A;complaint:A", [8])
m("jt", "{A} 客户要退货 件在路上 lan hui lai", "intercept:A", [5])
m("sto", "{A} 帮催催呗 亲 客户天天问", "urge:A", [5])
m(None, "{A} 破了 赔偿 + 核下重量 收了 5kg", "claim:A;weight:A", [4, 8], wb="deppon")
m("yunda", "{A} 外箱破了 里面也碎了 投诉揽收员没按易碎件打包", "damaged:A;complaint:A", [8])

# ---------------------------------------------------------------------------------------------------------------
# G. Withdrawals and corrections in the message itself.
# ---------------------------------------------------------------------------------------------------------------
m("yto", "{A} 拦截 {B} 不用拦", "intercept:A", [1])
m("zto", "{A} 不用拦了", "", [1], nh=1)
m("jt", "不用理赔了 {A}", "", [1], nh=1)
m("sto", "{A} 拦截 … 算了 {A} 不拦了 客户又要了", "", [1])
m("yunda", "{A} 撤单。哦不对 已经揽收了 那就拦截", "intercept:A", [2])
m("yto", "{A} 改址取消，还是拦截吧", "intercept:A", [1, 2])
m("zto", "{A} 拦截 —— 更正 单号打错了 是 {B}", "intercept:B", [2])
m("jt", "{A} 催件 {B} 催件 {C} 拦截 哦不对 {C} 也是催件", "urge:A,B,C", [2, 7])
m("sto", "{A} 不要退回，改派到 沈阳市和平区青年大街 286 号 华润大厦 2908 刘丽 {P}", "change_address:A", [1, 4])
m("yto", "{A} 不是不拦 是现在就拦 快点", "intercept:A", [1])
m("zto", "{A} {B} {C} 都拦截 {B} 除外", "intercept:A,C", [1, 7])
m(None, "{A} 先别拦 改成催件", "urge:A", [1, 2], wb="jd")
m("yunda", "{A} 不催了 客户收到了", "", [1], nh=1)
m("yto", "{A} 投诉撤回 快递员道歉了", "", [1], nh=1)
m(None, "{A} 拦截 更正 是改地址 地址 北京市海淀区中关村大街 27 号 中关村大厦 1106", "change_address:A", [2], wb="sf")
m("zto", "{A} 催一下 不对不对 是 {B} 催一下 {A} 已经到了", "urge:B", [2])
m("jt", "{A} 拦截 不 改地址吧 还是拦截", "intercept:A", [2])
m("yto", "{A} 不用撤单 继续发", "", [1], nh=1)
m("zto", "{A} 取消拦截", "", [1], nh=1)
m("jt", "{A} 别退了 改派 新地址 合肥市蜀山区长江西路 669 号 省农科院 收件人 吴静 {P}", "change_address:A", [1, 4])
m("yunda", "{A} 不要延误工单了 已经到了", "", [1], nh=1)
m("zto", "{A} 拦截 {B} 拦截 {C} 拦截 —— 第二个不拦了", "intercept:A,C", [1, 7])
m("sto", "{A} 理赔 哦不对 先登记破损 赔不赔等客户定", "damaged:A", [2])
m("jt", "{A} 催件 算了不催了", "", [1])
m("zto", "{A} 别拦 {B} 拦", "intercept:B", [1])
m("cainiao", "{A} 不是要拦截 是要催件", "urge:A", [1, 2])
m("yto", "{A} 投诉 客户说算了 不投诉了", "", [1])
m("jt", "{A} 拦截 {B} 催件 不对 反了 {A} 催件 {B} 拦截", "urge:A;intercept:B", [2, 7])
m("sto", "{A} 撤单 不对 是 {B} 撤单", "cancel:B", [2])
m("yto", "{A} 改地址 改到 南宁市青秀区民族大道 136 号 华润大厦 C 座\n哦不对 是 138 号", "change_address:A", [2])
m("zto", "{A} 拦截 算了 还是催一下吧", "urge:A", [2])
m("yunda", "{A} 理赔 不是 是投诉", "complaint:A", [2])
m(None, "{A} 加急 更正 {A} 撤单 还没揽收", "cancel:A", [2], wb="jd")
m("yto", "{A} 投诉 不对 先不投诉 催一下就行", "urge:A", [1, 2])
m("cainiao", "{A} 退回 {B} 退回 {C} 退回 全部不用了 客户都要", "", [1, 7])
m("sto", "{A} 不拦截也不撤单 就催一下", "urge:A", [1])
m("zto", "{A} 别催了 直接拦截", "intercept:A", [1, 2])
m("jt", "{A} 不要投诉 要理赔 货丢了", "claim:A", [1, 8])
m("yto", "{A} 拦截 客户说不要拦了 哦不对 客户说还是要退 拦截", "intercept:A", [1, 2])
m("ems", "{A} 催件\n{B} 催件\n{B} 不用了 刚签收", "urge:A", [1, 7])
m(None, "{A} 不用核实了 客户找到了 在邻居家", "", [1], nh=1, wb="sf")
m("zto", "{A} {B} 都别拦了", "", [1], nh=1)
m("yunda", "不用改址了 {A} 按原地址送", "", [1], nh=1)
m("jt", "{A} 不拦了 改地址 地址：贵阳市观山湖区长岭北路 55 号 贵州金融城 1 期 T3 栋 收件人 潘丽 {P}", "change_address:A",
  [1, 2, 4])
m(None, "{A} 撤单 哦不对 单号写错了 是 {B}", "cancel:B", [2], wb="yto yto")
m("sto", "{A} 改址 改到 济南市槐荫区经十路 28988 号 —— 不改了 直接退回", "intercept:A", [1, 2])

# ---------------------------------------------------------------------------------------------------------------
# H. Numbers broken by the chat client: spaced, dashed, split over two lines.
# ---------------------------------------------------------------------------------------------------------------
m(None, "{A:sp} 拦截", "intercept:A", [6], wb="ems_s10")
m("yto", "{A:sp} 催一下", "urge:A", [6])
m("yto", "{A:nl} 拦截", "intercept:A", [6], cf=1)
m("zto", "{A:nl} 催件", "urge:A", [6])
m("jt", "{A:nl} 改地址 改到 南昌市红谷滩区丰和中大道 1266 号 收件人不变", "change_address:A", [6], cf=1)
m(None, "{A:sp} 到哪了", "track:A", [6], wb="ems_s10")
m("sto", "{A:sp} 撤单", "cancel:A", [6])
m("yunda", "{A:dash} 退回", "intercept:A", [6])
m(None, "{A:nl}\n显示签收 客户没收到", "verify_delivery:A", [6], wb="sf")
m("yto", "「琳琳：{A:nl} 拦截」\n<SEP>\n收到", "", [3, 6])
m("ems", "{A:sp} {B:sp} 都催一下", "urge:A,B", [6], wb="ems_s10 ems_s10")
m("jd", "{A:sp} 撤单", "cancel:A", [6], wb="jd")
m("cainiao", "{A:nl} 退件", "intercept:A", [6], cf=1)
m("zto", "{A:nl} 丢了 理赔", "claim:A", [6, 8])
m("deppon", "{A:sp} 破损", "damaged:A", [6], wb="deppon")
m(None, "国际件 {A:sp} 寄错了 退回", "intercept:A", [6], wb="ems_s10")
m(None, "{A:nl} 拦截", "intercept:A", [6], cf=1, wb="ems_s10")
m("sto", "{A:nl} {B} 都撤单", "cancel:A,B", [6, 7], cf=1)
m("yto", "{A:nl}\n这个拦截 客户退款了", "intercept:A", [6], cf=1)
m("jt", "{A:sp} 这个退回", "intercept:A", [6])
m("sto", "{A:sp}、{B:sp} 催件", "urge:A,B", [6])
m(None, "{A:sp} 延误两周了", "delay:A", [6], wb="ems_s10")
m("yunda", "{A:nl}\n破了 登记一下", "damaged:A", [6])
m("zto", "「阿杰：{A:nl} 拦截」\n<SEP>\n这个也投诉一下", "complaint:A", [3, 6])
m(None, "{A:dash} 催件", "urge:A", [6], wb="jd")
m(None, "{A:sp} 改地址 改到 广州市越秀区环市东路 339 号 广东国际大厦 3201", "change_address:A", [6], wb="sf")
m(None, "{A:nl} 撤单", "cancel:A", [6], cf=1, wb="ems_s10")
m("cainiao", "{A:sp} 核实签收 客户没收到", "verify_delivery:A", [6])
m("yto", "{A:nl} {B} 都拦截", "intercept:A,B", [6, 7], cf=1)
m(None, "{A:nl}\n改派到 佛山市顺德区大良街道新城区德和路 2 号 收件人 卢先生", "change_address:A", [6], cf=1, wb="deppon")
m("zto", "{A:dash} 客户 {P} 说没收到 核实签收", "verify_delivery:A", [4, 6])
m("ems", "单号 {A:sp} 海关扣了 客户不要了 退回", "intercept:A", [6], wb="ems_s10")

# ---------------------------------------------------------------------------------------------------------------
# I. Several parcels and commands: positions, pasted tables.
# ---------------------------------------------------------------------------------------------------------------
m("zto", "{A}\t拦截\n{B}\t催件\n{C}\t改地址\t北京市东城区东直门南大街 1 号 来福士中心 18 层",
  "intercept:A;urge:B;change_address:C", [7])
m("yto", "{A}  拦截\n{B}  拦截\n{C}  催件", "intercept:A,B;urge:C", [7])
m("jt", "这三单 {A} {B} {C} 第一单拦截 后两单催一下", "intercept:A;urge:B,C", [7])
m("sto", "{A}\n{B}\n上面两个拦截", "intercept:A,B", [7])
m("yunda", "{A}\n{B}\n{C}\n以上都催件", "urge:A,B,C", [7])
m("zto", "{A} {B} 这两个 一个拦截一个催件", "", [7], nh=1)
m("yto", "单号\t操作\t备注\n{A}\t拦截\t客户退款\n{B}\t催件\t{P}\n{C}\t撤单\t订单 {O}", "intercept:A;urge:B;cancel:C", [4, 7])
m("sto", "{A} {B} {C} {D} 前三个催件 最后一个拦截", "urge:A,B,C;intercept:D", [7])
m("zto", "{A} 拦截\n{B} 同上\n{C} 同上", "intercept:A,B,C", [7])
m("yunda", "1. {A} 退回\n2. {B} 催\n3. {C} 破损", "intercept:A;urge:B;damaged:C", [7])
m(None, "{A} {B} 第二个撤单 第一个已经发了 拦截", "cancel:B;intercept:A", [7], wb="jd jd")
m("ems", "{A}    拦截\n{B}    拦截\n{C}    催件", "intercept:A,B;urge:C", [7])
m("yto", "{A}、{B}、{C} 这几单都是同一个客户 都拦截 最后一单不用", "intercept:A,B", [1, 7])
m("jt", "{A}\t破损\t¥35\n{B}\t丢件\t¥120\n{C}\t延误", "damaged:A;lost:B;delay:C", [4, 7])
m("zto", "今天要处理的：\n{A} 拦截\n{B} 拦截\n{C} 改地址 重庆市江北区观音桥步行街 7 号 收件人 秦川 {P}\n{D} 催件",
  "intercept:A,B;change_address:C;urge:D", [4, 7])
m(None, "{A} {B} {C} 第一个催 第二个拦 第三个查下到哪了", "urge:A;intercept:B;track:C", [7], wb="yto jt sf")
m("sto", "{A} {B} 后面那个拦截 前面那个不用", "intercept:B", [1, 7])
m("yunda", "{A}\t{P}\t拦截\n{B}\t{P2}\t拦截", "intercept:A,B", [4, 7])

# ---------------------------------------------------------------------------------------------------------------
# J. Acknowledgements and chit-chat.
# ---------------------------------------------------------------------------------------------------------------
m("zto", "收到")
m("yto", "好的 谢谢阿强")
m("jt", "👌👌")
m("sto", "明天几点来收件")
m("yunda", "今天还能收件吗 我们有 86 单", "", [4])
m(None, "在吗 @小助手")
m("zto", "辛苦王姐 今天件多")
m("ems", "好的 收到 谢谢张姐")
m(None, "@琳琳 客户那边我回复了")
m(None, "今晚几点截单？20:30 还能发吗", "", [4])
m("cainiao", "谢谢🙏")
m(None, "好的")
m("zto", "「中通王姐：今晚 9 点后的件明天发」\n<SEP>\n好的 知道了", "", [3, 4])
m(None, "回复 @阿杰：今天的单子都打完了吗\n打完了 一共 156 单", "", [3, 4])
m(None, "「琳琳：@小助手 在吗」\n<SEP>\n它只认单号 直接发单号+指令", "", [3])
m("zto", "引用 小鱼：明天几点来收件\n@王姐 同问", "", [3])
m("yto", "「圆通阿强：@所有人 端午节 6 月 10 日 停发一天」\n<SEP>\n收到", "", [3, 4])
m("zto", "「阿杰：@王姐 今天收件能提前到 3 点吗」\n<SEP>\n+1 我们也想早点", "", [3, 4])
m("sto", "「申通阿龙：@小鱼 你们今天多少单」\n<SEP>\n大概 300 单 下午 4 点前打完", "", [3, 4])

# ---------------------------------------------------------------------------------------------------------------
# K. A person must look: no usable waybill, no new address, outside the intents, unmatched.
# ---------------------------------------------------------------------------------------------------------------
m("zto", "拦截一下", "", nh=1)
m("yto", "尾号 6501 拦截", "", [4], nh=1)
m(None, "{A:cut} 拦截", "", nh=1, wb="yto")
m("yto", "{A} 帮开个发票", "", nh=1)
m("zto", "{A} 运费多少 到哪了", "track:A", nh=1)
m("sto", "{A} 改地址", "change_address:A", nh=1)
m("yunda", "{A} 收件人改为 李娜", "change_address:A", nh=1)
m("jt", "客户说：东西不要了 能退吗\n帮忙拦一下", "", [3], nh=1)
m("zto", "「琳琳：订单 {O} 客户不要了」\n<SEP>\n这单拦截", "", [3, 4], nh=1)
m(None, "{A} 这单帮我改成到付", "", nh=1, wb="jt")
m("sto", "{A} 帮我打印个面单", "", nh=1)
m("yto", "{A} {B} 一个改址一个拦截 地址等会发", "", [7], nh=1)
m(None, "{A:cut} 催一下 客户急", "", nh=1, wb="jd")
m("zto", "订单 {O} 催一下 单号我找不到了", "", [4], nh=1)
m("sto", "客户 {P} 的件 帮忙拦截", "", [4], nh=1)
m(None, "{A} 运单备注改一下 写上易碎", "", nh=1, wb="deppon")
m("yunda", "「小鱼：@韵达小王 尾号 3321 的那单」\n<SEP>\n对 就那单 退回", "", [3], nh=1)


# ---------------------------------------------------------------------------------------------------------------
# Rendering and checks.
# ---------------------------------------------------------------------------------------------------------------
PH = re.compile(r"\{([A-E]|P2?|O2?)(?::(\w+))?\}")


def order_number(rng: random.Random) -> str:
    """A platform order number: 18 or 19 digits."""
    n = rng.choice([18, 19])
    return rng.choice("23456") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _groups(digits: str, sep: str) -> str:
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def broken(num: str, how: str, rng: random.Random) -> str:
    if how == "nl":
        k = rng.randint(5, len(num) - 4)
        return num[:k] + "\n" + num[k:]
    if how == "cut":
        return num[:-3]
    sep = " " if how == "sp" else "-"
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", num):  # UPU S10
        return sep.join([num[:2], num[2:5], num[5:8], num[8:11], num[11:]])
    prefix = re.match(r"[A-Z]*", num).group(0)
    if prefix.startswith("JD"):
        prefix = num[:4]
    body = num[len(prefix):]
    return (prefix + sep if prefix else "") + _groups(body, sep)


def phone_text(rng: random.Random, number: str, how: str | None) -> str:
    if how == "plain":
        return number
    if how == "fw":
        return "".join(chr(ord(d) + 0xFEE0) for d in number)
    return wn.phone_notation(rng, number)


def render(msg: dict, rng: random.Random) -> dict:
    text, group = msg["text"], msg["group"]
    letters = sorted({k for k, _ in PH.findall(text) if k in "ABCDE"})
    carriers = (msg["wb"] or "").split()
    nums: dict[str, str] = {}
    for i, letter in enumerate(letters):
        carrier = carriers[i] if i < len(carriers) else (carriers[-1] if carriers else group)
        if carrier is None:
            raise ValueError(f"no carrier for {letter}: {text!r}")
        if group is None and carrier not in PREFIXED:
            raise ValueError(f"all-digit number in a null group: {text!r}")
        if group is not None and carrier in ALL_DIGIT and carrier != group:
            raise ValueError(f"all-digit {carrier} number in a {group} group: {text!r}")
        while True:
            num = wn.waybill(rng, carrier)
            if num not in nums.values():
                break
        nums[letter] = num
    phones: dict[str, str] = {}
    orders: dict[str, str] = {}
    for key, _ in PH.findall(text):
        if key.startswith("P") and key not in phones:
            phones[key] = wn.phone(rng)
        if key.startswith("O") and key not in orders:
            orders[key] = order_number(rng)
    if group is None and (phones or orders):
        raise ValueError(f"phone or order number in a null group: {text!r}")

    def sub(mo: re.Match) -> str:
        key, how = mo.group(1), mo.group(2)
        if key in nums:
            return broken(nums[key], how, rng) if how else nums[key]
        if key in phones:
            return phone_text(rng, phones[key], how)
        return orders[key]

    out = PH.sub(sub, text)
    expected = []
    for part in filter(None, msg["exp"].split(";")):
        intent, refs = part.split(":")
        assert intent in INTENTS, intent
        expected.append({"intent": intent, "waybills": [nums[r] for r in refs.split(",")]})
    return {"text": out, "carrier": group, "expected": expected, "needs_human": msg["nh"], "confirm": msg["cf"],
            "categories": msg["cats"]}


def check(rec: dict) -> None:
    text = rec["text"]
    assert "{" not in text and "}" not in text, text
    flat = re.sub(r"[\s\-]", "", text).upper()
    for group in rec["expected"]:
        for w in group["waybills"]:
            assert w == w.upper() and " " not in w and "-" not in w, w
            assert w in text or w in flat, (w, text)
    assert not (rec["needs_human"] and rec["confirm"]), text
    if rec["confirm"]:
        assert {g["intent"] for g in rec["expected"]} & {"intercept", "cancel", "change_address"}, text
    pairs = [(g["intent"], w) for g in rec["expected"] for w in g["waybills"]]
    assert len(pairs) == len(set(pairs)), text
    track = {w for i, w in pairs if i == "track"}
    other = {w for i, w in pairs if i != "track"}
    assert not (track & other), text
    assert rec["carrier"] in {None, "sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao"}
    joined = re.sub(r"(?<=[\dA-Z])[\s\-()]+(?=\d)", "", text)
    if re.search(r"(?<![A-Za-z\d])\d{7,}", joined) or re.search(r"[０-９]{7,}", text):
        assert rec["carrier"] is not None, text
    assert rec["categories"] and all(0 <= c <= 8 for c in rec["categories"]), text


def main() -> None:
    rng = random.Random(SEED)
    records = []
    for n, msg in enumerate(MESSAGES, 1):
        rec = {"id": f"j-{n:04d}", **render(msg, rng), "style": "j"}
        check(rec)
        records.append(rec)
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts)), "duplicate texts"
    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    per_cat = Counter(c for r in records for c in r["categories"])
    print(f"{len(records)} messages -> {OUT.name}", file=sys.stderr)
    for c in range(9):
        print(f"  category {c}: {per_cat[c]}", file=sys.stderr)
    print(f"  needs_human: {sum(r['needs_human'] for r in records)}  confirm: {sum(r['confirm'] for r in records)}",
          file=sys.stderr)
    print(f"  carriers: {dict(Counter(r['carrier'] for r in records))}", file=sys.stderr)


if __name__ == "__main__":
    main()
