"""Writer "a": labelled merchant messages in the voice of a big Taobao/Douyin shop's operations staff.

Run from the repository root:

    .venv/bin/python tests/data/writers/a_source.py

It writes ``tests/data/writers/a.jsonl`` deterministically. Every message below is hand-written; the
placeholders are filled from ``tests/data/waybill_numbers.py`` with a seeded ``random.Random``.

Placeholders in a text:
    {A} … {H}   waybill numbers, same number for every occurrence of the letter in one message
    {P} {Q}     mobile phone numbers
    {O}         a platform order number (18–19 digits)
A placeholder may carry a display form, ``{A|split}``:
    waybills: split (over two lines), sp (S10 spaced "EJ 302 993 041 CN"), sp4 (groups of four, spaces),
              dash (groups of four, dashes), fw (full-width), lower, and the wrong forms merchants type:
              typo (one digit wrong), short (one digit missing), extra0 (a 0 too many), tail4 (last four digits)
    phones:   plain, p86sp, p86, p86g, d86, z86sp, z86d, dash, space, paren, p86d, fw

``expected`` is written "intent A B; intent C". Labels follow tests/data/LABELLING.md.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
OUT = HERE / "a.jsonl"

_spec = importlib.util.spec_from_file_location("waybill_numbers", DATA / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(wn)

INTENTS = {
    "intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight", "track",
    "delay", "claim", "complaint", "arbitration",
}
GROUP_CARRIERS = {"sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao"}
PREFIXED = {"yto", "jt", "sf", "jd", "deppon", "ems_s10"}
CONFIRMABLE = {"intercept", "cancel", "change_address"}

# WeCom quote separator line.
SEP = "\n- - - - - - - - - - - - - - -\n"
BOT = "kefu机器人"

AUTO = "auto"
_ROT = ["zto", "yto", None, "sto", "yunda", "jt", None, "sf", "ems", "jd", None, "deppon", "cainiao",
        "zto", None, "yto", "sto", "yunda", "jt", None]
_NULL_ROT = ["yto", "jt", "sf", "jd", "deppon", "ems_s10", "yto", "sf", "jt", "jd", "yto", "deppon"]

MSGS: list[dict] = []


def M(text, exp="", cats=(0,), c=AUTO, w=None, nh=False, cf=False):
    """One hand-written message: text template, expected, categories, group carrier, number carriers."""
    MSGS.append(dict(text=text, exp=exp, cats=tuple(cats), c=c, w=w, nh=nh, cf=cf))


# =====================================================================================================
# Category 0: ordinary requests, all 13 intents
# =====================================================================================================
# intercept
M("{A} 拦截", "intercept A")
M("拦截\n{A}\n{B}\n{C}", "intercept A B C")
M("{A}\n{B}\n拦截退回", "intercept A B")
M("截件 {A} {B} 客户不要了", "intercept A B")
M("{A} 退回 谢谢", "intercept A")
M("麻烦拦一下 {A}", "intercept A")
M("{A}拦截退回发件人", "intercept A")
M("这单别派了 拦回来 {A}", "intercept A")
M("{A} {B} {C} 全部拦截", "intercept A B C")
M("{A} 客户拒收 退回", "intercept A")
M("{A} 地址错了 退回", "intercept A")
M("{A} 拦截退回 买家申请退款了", "intercept A")
M("晚上好 今天的拦截\n{A}\n{B}\n{C}\n{D}\n{E}", "intercept A B C D E")
M("{A}\n{B}\n{C}\n全部退回，谢谢", "intercept A B C", c=None)
M("{A} 能拦截吗", "intercept A")
M("{A} 还没签收的话就拦截 签收了就算了", "intercept A")
# cancel
M("撤单 {A}", "cancel A")
M("{A}\n{B}\n取消寄件 还没揽收", "cancel A B")
M("{A} 作废 重新下单了", "cancel A")
M("{A} 不寄了 撤单", "cancel A")
M("这几个撤单\n{A}\n{B}\n{C}\n{D}", "cancel A B C D")
M("取消订单 {A}", "cancel A")
M("{A} 撤销，谢谢", "cancel A")
M("{A} 撤单 地址填错了 重新下", "cancel A")
# change_address
M("改址 {A} 杭州市西湖区教工路18号 欧阳 {P}", "change_address A")
M("{A} 地址改为 上海市闵行区七莘路1588号 李娜 {P}", "change_address A")
M("{A} 转寄 北京市朝阳区望京SOHO T3 1205 王总 {P}", "change_address A")
M("{A}改派 广州市天河区体育西路103号维多利广场 陈先生 {P}", "change_address A")
M("改地址 {A}\n新地址：成都市武侯区天府大道中段1268号 刘丽 {P}", "change_address A")
M("{A} 收件人改为 赵敏 {P} 地址改到 南京市鼓楼区中山路321号", "change_address A")
M("修改地址\n{A}\n苏州市工业园区星湖街328号 周杰 {P}", "change_address A")
M("{A} 更址 武汉市洪山区珞喻路1037号 吴昊 {P}", "change_address A")
M("{A} 改址 客户要送到公司 福州市鼓楼区五四路158号环球广场 黄女士 {P}", "change_address A")
M("{A} 可以帮忙改个地址吗 改到 太原市迎泽区迎泽大街269号 于洋 {P}", "change_address A")
# urge
M("{A} 催一下 客户急用", "urge A")
M("催件\n{A}\n{B}", "urge A B")
M("{A} 加急 谢谢", "urge A")
M("{A} 三天没动了 催一下", "urge A")
M("{A} {B} 尽快派送 客户在催", "urge A B")
M("麻烦催下派送 {A}", "urge A")
M("{A} 到了两天了还没派 催催", "urge A")
M("催派 {A}", "urge A")
M("{A} 能不能催一下 明天要用", "urge A")
# verify_delivery
M("{A} 显示签收了 客户说没收到", "verify_delivery A")
M("核实签收 {A}", "verify_delivery A")
M("{A} 虚假签收 客户根本没拿到", "verify_delivery A")
M("{A}\n{B}\n这两单显示签收 买家都说没收到 帮忙核实", "verify_delivery A B")
M("{A} 签收未收到 麻烦查下谁签的", "verify_delivery A")
M("{A} 被别人签收了 客户没拿到", "verify_delivery A")
M("{A} 核实一下签收人 客户没收到", "verify_delivery A")
# damaged
M("{A} 破损 客户拍了照片", "damaged A")
M("{A} 外箱压坏了 里面杯子碎了", "damaged A")
M("{A} 漏液 洗发水全洒了", "damaged A")
M("破损登记 {A}", "damaged A")
M("{A} 东西烂了 水果全坏了", "damaged A")
M("{A} 到货损坏", "damaged A")
# lost
M("{A} 丢件", "lost A")
M("{A} 遗失 网点说找不到", "lost A")
M("{A} 件没了 哪都找不着", "lost A")
M("{A} 少件 客户说只收到一箱 应该两箱", "lost A")
M("{A} 丢失登记一下", "lost A")
# weight
M("{A} 查重量 后台显示5公斤 实际才1公斤", "weight A")
M("核重 {A} {B}", "weight A B")
M("{A} 重量不对 帮忙核一下", "weight A")
M("{A} 超重了? 就一件T恤", "weight A")
M("{A} 称一下 运费扣多了", "weight A")
M("{A} 重量异常 请核实", "weight A")
# track
M("{A}", "track A")
M("{A}\n{B}\n{C}", "track A B C")
M("{A} 到哪了", "track A")
M("查件 {A}", "track A")
M("{A} 什么时候能到", "track A")
M("{A} 查下物流", "track A")
M("{A} 轨迹", "track A")
M("查一下 {A} {B}", "track A B")
M("{A} 查下什么时候到 客户问", "track A")
M("{A}\n查件", "track A")
# delay
M("{A} 三天没动了", "delay A")
M("{A} 好几天没更新了", "delay A")
M("{A} 延误", "delay A")
M("{A} 停在中转站不动了", "delay A")
M("打延误 {A} {B}", "delay A B")
M("{A} 一周了还在路上 物流一直不更新", "delay A")
M("{A} 延误了 答应客户今天到的", "delay A")
# claim
M("{A} 理赔", "claim A")
M("{A} 申请赔付 货值200", "claim A")
M("{A} 要赔偿 客户已经退款了", "claim A")
M("{A} 赔钱 按保价走", "claim A")
M("申请理赔 {A} 商品价值368元", "claim A")
# complaint
M("{A} 投诉 快递员态度差", "complaint A")
M("{A} 客诉 派件员没打电话直接放驿站", "complaint A")
M("投诉 {A} 送货不上门", "complaint A")
M("{A} 快递员骂人 必须投诉", "complaint A")
# arbitration
M("{A} 申请仲裁", "arbitration A")
M("{A} 仲裁", "arbitration A")
M("仲裁 {A} 网点一直不处理", "arbitration A")
# several lines, several commands
M("{A} 拦截\n{B} 催件\n{C} 查件", "intercept A; urge B; track C")
M("{A} 撤单\n{B} 撤单\n{C} 拦截", "cancel A B; intercept C")
M("{A} 拦截 {B} 改址 深圳市南山区科技园南区高新南七道 林涛 {P}", "intercept A; change_address B")
M("{A} 破损\n{B} 丢件", "damaged A; lost B")
M("{A} 催件 {B} 核实签收", "urge A; verify_delivery B")
M("拦截 {A}\n撤单 {B}", "intercept A; cancel B")
M("{A} 催件 {B} 催件 {C} 催件", "urge A B C", c=None)
M("{A} 拦截 {B} 拦截", "intercept A B")
M("{A} 拦截 {B} 理赔 {C} 投诉 {D} 仲裁", "intercept A; claim B; complaint C; arbitration D")
# hedged: confirm
M("{A} 要不拦截吧 客户好像不想要了", "intercept A", cf=True)
M("{A} 可能要退回 我再跟客户确认下", "intercept A", cf=True)
M("{A} 好像得改个地址 客户说搬家了 新地址 东莞市松山湖大学路1号 韦华 {P}", "change_address A", cf=True)
M("{A} 先拦一下吧? 等我问问买家", "intercept A", cf=True)
M("{A} 看看能不能撤单", "cancel A", cf=True)
M("{A} 是不是得撤单啊 客户说不要了 还没揽收", "cancel A", cf=True)
M("{A} 要不改派吧 改到 昆明市五华区东风西路11号 罗敏 {P}", "change_address A", cf=True)
M("{A} 可能要拦 客户在犹豫\n{B} 确定拦截", "intercept A B", cf=True)
# a number with words asking for something outside the intents
M("{A} 帮忙开个发票", "", nh=True)
M("{A} 能改成到付吗 现在到哪了", "track A", nh=True)
M("{A} 寄件人信息改成我们公司名字", "", nh=True)

# =====================================================================================================
# Category 1: negation and withdrawal, double negation, "不要 X，要 Y"
# =====================================================================================================
M("{A} 拦截 {B} 不用拦", "intercept A", (1,))
M("{A}\n{B}\n{C}\n拦截 第二个不用", "intercept A C", (1, 7))
M("{A} 不用拦了", "", (1,), nh=True)
M("{A} 不用撤单了 客户又要了", "", (1,), nh=True)
M("不用理赔了 {A}", "", (1,), nh=True)
M("{A} 不是不拦，是现在就拦", "intercept A", (1,))
M("{A} 不要退回，改派到 西安市雁塔区小寨东路126号 孙磊 {P}", "change_address A", (1,))
M("{A} 拦截\n算了 {A} 不拦了 客户又要了", "", (1,))
M("{A} 不催了 已经到了", "", (1,), nh=True)
M("{A} 不要撤单 要拦截 已经发出去了", "intercept A", (1,))
M("{A} {B} 拦截\n{C} 不拦 正常派送", "intercept A B", (1,))
M("{A} 别撤单 改地址 成都市锦江区春熙路1号 何平 {P}", "change_address A", (1,))
M("{A}\n{B}\n{C}\n除了最后一个 其他都拦截", "intercept A B", (1, 7))
M("{A} 催件\n{B} 不用催 明天自提", "urge A", (1,))
M("不是不撤 是要撤单 {A}", "cancel A", (1,))
M("{A} 不拦截了 改成催件", "urge A", (1,))
M("{A} 没有不让拦 要拦的 赶紧", "intercept A", (1,))
M("{A} 不要改址了 直接退回", "intercept A", (1,))
M("{A} {B} {C} 都拦截 {B}除外", "intercept A C", (1,))
M("{A} 不是要撤单 是要拦截", "intercept A", (1,))
M("{A} 拦截 {B} 不拦 {C} 拦截 {D} 不拦", "intercept A C", (1,))
M("{A} 不用改地址了", "", (1,), nh=True)
M("{A} 不投诉了 快递员已经道歉了", "", (1,), nh=True)
M("{A} 不用核实了 客户找到了", "", (1,), nh=True)
M("{A}\n{B}\n这俩不拦了 取消拦截", "", (1,), nh=True)
M("取消拦截 {A} 客户说要了", "", (1,), nh=True)
M("{A} 不用退回 {B} 要退回", "intercept B", (1,))
M("{A} 拦截 不对 不用拦 催一下就行", "urge A", (1, 2))
M("{A} 不催 直接拦截", "intercept A", (1,))
M("{A} 不要赔偿 只要投诉", "complaint A", (1,))
M("{A} 正常派送 不用拦\n{B} 拦截退回", "intercept B", (1,))
M("{A} 别拦 让它派 {B} 拦", "intercept B", (1,))
M("{A} 不用撤了 已经揽收 直接拦截", "intercept A", (1,))
M("{A} 不是延误 是丢件 网点说找不到了", "lost A", (1,))
M("{A} 不是破损 是少件 箱子好的 里面少了一个", "lost A", (1,))
M("{A} 不改地址 改电话 {P}", "change_address A", (1, 4), nh=True)
M("{A} 退回不用了 改成转寄 杭州市滨江区网商路699号 郑爽 {P}", "change_address A", (1,))
M("{A} {B} {C}\n都不用拦了", "", (1,), nh=True)
M("{A} 加急取消 客户说不急了", "", (1,), nh=True)
M("{A} 不拦不行了 赶紧拦", "intercept A", (1,))
M("{A} 拦截\n{B} 拦截\n{A} 还是不拦了", "intercept B", (1, 2))
M("{A} 撤单 {B} 不撤", "cancel A", (1,))
M("{A} 不改派\n{B} 改派到 长沙市岳麓区麓谷大道658号 邓超 {P}", "change_address B", (1,))
M("{A} 拦截还是不拦呢 客户一会说要一会说不要", "intercept A", (1,), cf=True)

# =====================================================================================================
# Category 2: corrections
# =====================================================================================================
M("{B|typo} 拦截 —— 更正 单号打错了 是 {B}", "intercept B", (2,))
M("{A} 撤单。哦不对 已经揽收了 那就拦截", "intercept A", (2,))
M("{A} 改址不要了 还是拦截吧", "intercept A", (2,))
M("{A}\n{D|typo}\n{C}\n拦截\n更正 第二个单号是 {D}", "intercept A D C", (2, 7))
M("{B|typo} 催件 打错了 是 {B}", "urge B", (2,))
M("{B} 拦截\n上面那个不对 应该是 {A}", "intercept A", (2,))
M("{A} 拦截 不对 是撤单 还没发", "cancel A", (2,))
M("{A} 催件 不对不对 是丢件 网点说找不到了", "lost A", (2,))
M("{A} 转寄 北京市海淀区中关村大街1号 秦岚 {P}\n地址写错了 是中关村大街27号", "change_address A", (2,))
M("撤单 {B|typo}\n更正：{B}", "cancel B", (2,))
M("{A} 拦截 还是催件吧 客户说能等", "urge A", (2,))
M("{A} 查件\n更正 这个要拦截", "intercept A", (2,))
M("{A} 投诉\n算了 改成理赔吧 东西坏了", "claim A", (2, 8))
M("{C|typo} {B} 拦截\nsorry 第一个打错了 是 {C}", "intercept C B", (2,))
M("{A} 延误\n说错了 是丢了 网点说件没了", "lost A", (2,))
M("{B} 拦截\n单号发错了 重新发\n{A} 拦截", "intercept A", (2,))
M("{A} 撤单 撤错了 是 {B} 撤单 {A} 正常发", "cancel B", (1, 2))
M("{A} 地址改为 郑州市金水区花园路39号 吴刚 {P}\n更正 电话是 {Q}", "change_address A", (2, 4))
M("{A} 改派 → 不对 还是退回吧", "intercept A", (2,))
M("{A} 核重\n打错了 应该是核实签收", "verify_delivery A", (2,))
M("{A} 拦截\n{B} 催件\n搞反了 {A}催件 {B}拦截", "urge A; intercept B", (2,))
M("{A} 理赔 不对 是仲裁 网点不给赔", "arbitration A", (2,))
M("{A} 拦截 哦不对 {A} 是要改地址 改到 天津市和平区南京路189号 马丽 {P}", "change_address A", (2,))
M("{A}\t拦截\n{B}\t拦截\n{C}\t撤单\n\n第三行写错了 {C} 也是拦截", "intercept A B C", (2, 7))
M("{B|short} 撤单\n抱歉 单号少打一位 {B}", "cancel B", (2,))
M("{A} 丢件\n哦 找到了 是延误 在中转站压着", "delay A", (2,))
M("{A}催件 {B}催件 {D|typo}催件 最后一个写错了 是{D}", "urge A B D", (2, 7))
M("{A} 查件 不对 直接拦截吧 客户不要了", "intercept A", (2,))
M("{A} 改址 不改了 还是拦截退回", "intercept A", (2,))
M("拦截 {B|typo}\n错了错了 是 {B}", "intercept B", (2,))
M("{A} 破损\n更正 是漏液 不是压坏", "damaged A", (2,))
M("{A} 撤单\n等下 看了下已经发出去了 改成拦截", "intercept A", (2,))
M("{A|extra0}\n{A}\n第一个多打了个0 以第二个为准 拦截", "intercept A", (2, 7))
M("{A} 拦截退回\n改一下 退回改成转寄 宁波市鄞州区天童南路588号 许晴 {P}", "change_address A", (2,))
M("{A} 仲裁\n不对 先投诉", "complaint A", (2,))
M("{A} 撤单 {C|typo} 撤单\n第二个不对 是{C}", "cancel A C", (2, 7))
M("{A} 拦截\n抱歉 发错了 应该是催件 不是拦截", "urge A", (2,))
M("{A}\n{B}\n都催件\n哦 第一个是要核实签收 客户说没收到", "verify_delivery A; urge B", (2, 7))
M("{A} 改址 杭州市上城区解放路138号 林峰 {P}\n不对 还是拦截吧 客户说不要了", "intercept A", (2,))
M("{B|typo} 拦截\n单号错了 {B}", "intercept B", (2,), c="yunda")
M("{A} 理赔\n更正 先登记破损 理赔后面再说", "damaged A", (2,))
M("{A} 催件\n哦不对 这单是超重 核一下重量", "weight A", (2,))
M("更正一下\n{A} 不是撤单 是改址 新地址 青岛市市南区香港中路76号 曲波 {P}", "change_address A", (1, 2))

# =====================================================================================================
# Category 3: quotes and replies, the bot's own replies quoted back
# =====================================================================================================
M("「运营-阿杰：{A} 拦截」" + SEP + "{B} 这个也拦截", "intercept B", (3,))
M("「仓库-小刘：{A} 客户说还没到」" + SEP + "这单催一下", "urge A", (3,))
M("回复 @仓库小刘：{A} 这个是不是要退回？\n对 拦截", "intercept A", (3,))
M("「" + BOT + "：@小美 {A} 拦截已提交，结果会第一时间通知您」" + SEP + "好的 谢谢", "", (3,))
M("「" + BOT + "：@小美 {A} 拦截已提交，结果会第一时间通知您」" + SEP + "不用拦了 客户又要了", "", (1, 3), nh=True)
M("引用 客服：@小美 {A} 已签收，无法拦截\n那核实签收 客户说没收到", "verify_delivery A", (3,))
M("引用 客服：@小美 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "cancel A", (3,))
M("回复 @客服：@小美 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单", "cancel A", (3,))
M("“{A} 拦截” 这个撤回 不拦了", "", (1, 3), nh=True)
M("「采购-老陈：{A} {B} 这两个什么情况」" + SEP + "两个都催一下", "urge A B", (3,))
M("引用 小美：{A} 拦截\n{B} 也拦", "intercept B", (3,))
M("「" + BOT + "：@小美 {A} 已为您催促派送，请耐心等待」" + SEP + "催了两次都没用 投诉网点", "complaint A", (3,))
M("回复 @" + BOT + "：@小美 {A} 改址已提交，结果会第一时间通知您\n收到", "", (3,))
M("“@小美 {A} 撤单成功”\n谢谢 再撤一个 {B}", "cancel B", (3,))
M("「" + BOT + "：@小美 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + SEP + "这个要理赔 货值299",
  "claim A", (3, 8))
M("「" + BOT + "：@小美 {A} 已为您登记延误工单，结果会第一时间通知您」" + SEP + "今天还是没动 再催一下",
  "urge A", (3,))
M("回复 @小美：{A} 拦截\n这个先别拦 我问下客户", "", (1, 3), nh=True)
M("「" + BOT + "：@小美 您的消息已转人工客服处理，请稍候」" + SEP + "好", "", (3,))
M("{A} 拦截\n------------\n这个已经拦了 再加一个 {B} 拦截", "intercept B", (3,))
M("「小美：{A}\n{B}\n{C}\n拦截」" + SEP + "第二个不拦了", "", (1, 3, 7), nh=True)
M("引用 售后-婷婷：{A} 客户要退货\n拦截退回", "intercept A", (3,))
M("“{A} 外箱破了”\n这个登记破损 再投诉一下派件员 态度太差", "damaged A; complaint A", (3, 8))
M("回复 @仓库小刘：{A} 发错货了\n拦截 {B} 也拦", "intercept A B", (3,))
M("「客服小王：{A} 明天派送」" + SEP + "好的", "", (3,))
M("「" + BOT + "：@小美 {A} 拦截已提交，结果会第一时间通知您」" + SEP + "{B} 这个也拦", "intercept B", (3,))
M("「" + BOT + "：@小美 {A} 已签收，无法拦截」" + SEP + "客户说没收到啊 核实一下", "verify_delivery A", (3,))
M("回复 @" + BOT + "：@小美 请确认：{A} 拦截退回？回复“确认”即办理\n不拦了 改成催件", "urge A", (1, 3))
M("引用 老陈：{A} {B} 这两个退回\n{A} 不用退 {B} 退", "intercept B", (1, 3), nh=True)
M("“{A} 拦截”\n上面这个是昨天的 今天这个 {B} 拦截", "intercept B", (3,))
M("「店长：{A} 看下为什么还没到」" + SEP + "查了 三天没动了 打延误", "delay A", (3,))
M("回复 @店长：{A} 客户投诉了\n已经处理 申请理赔吧 东西碎了", "claim A", (3, 8))
M("「" + BOT + "：@小美 {A} 撤单成功」" + SEP + "撤错了 这个不撤 {B} 才是要撤的", "cancel B", (2, 3), nh=True)
M("引用 小美：{A} 改址 厦门市思明区鹭江道8号 陈晨 {P}\n地址再改一下 改成 厦门市湖里区枋湖北二路1号 陈晨 {P}",
  "change_address A", (2, 3))
M("“@小美 {A} 已为您催促派送，请耐心等待”\n催了也没用 客户要投诉", "complaint A", (3,))
M("「仓库-小刘：今天发的 {A} {B} {C}」" + SEP + "全部拦截 客户取消了", "intercept A B C", (3, 7))
M("回复 @小美：{A} 拦截\n这个已经签收了 算了", "", (1, 3), nh=True)
M("「客服小王：{A} 已拦截」" + SEP + "{B} {C} 这两个也拦", "intercept B C", (3,))
M("“{A} 客户要改地址”\n新地址 重庆市渝中区解放碑民权路28号 杜鹃 {P}", "change_address A", (3,))
M("引用 小美：{A} 丢件\n这个找到了 不用登记了", "", (1, 3), nh=True)
M("回复 @售后-婷婷：{A} 要不要拦\n要拦 马上", "intercept A", (3,))
M("「" + BOT + "：@小美 {A} 拦截已提交，结果会第一时间通知您」" + SEP + "收到 辛苦 {B} 查下到哪了",
  "track B", (3,))
M("引用 " + BOT + "：@小美 {A} 已为您催促派送，请耐心等待\n{A} 还是没派 再催 {B} 也催一下", "urge A B", (3,))
M("「仓库-小刘：{A} 这个打包的时候就有点漏」" + SEP + "登记漏液 客户那边还没说", "damaged A", (3,))

# =====================================================================================================
# Category 4: numbers that are not waybills: phones in every notation, order numbers, amounts, dates
# =====================================================================================================
M("{A} 改址 上海市浦东新区张江路665号 王磊 {P|p86g}", "change_address A", (4,))
M("{A} 拦截 客户电话 {P|dash} 联系不上", "intercept A", (4,))
M("订单号 {O} 对应快递 {A} 拦截", "intercept A", (4,))
M("{A} 理赔 金额 128.50 元 订单 {O}", "claim A", (4,))
M("电话改为 {P} {A}", "change_address A", (4,), nh=True)
M("{A} 收件人电话改成 {P|p86g}", "change_address A", (4,), nh=True)
M("{P} 这个是我电话 有问题打我 {A} 催件", "urge A", (4,))
M("{A} 12月3号发的 到现在没动 延误", "delay A", (4,))
M("{A} 2024-11-11 发出 一直没更新", "delay A", (4,))
M("催件 {A} 收件人 {P|z86sp}", "urge A", (4,))
M("{A} 改地址 南昌市红谷滩区丰和中大道1号 樊先生 {P|fw}", "change_address A", (4,))
M("{A} 改址 广州市海珠区新港中路397号 邱女士 手机 {P|paren}", "change_address A", (4,))
M("客户订单 {O} 拦截 快递单号 {A}", "intercept A", (4,))
M("{A} 超重 后台扣了 23.6 元 实际 0.8kg", "weight A", (4,))
M("{A} 核重 系统 3.2kg 我们称的 1.15kg", "weight A", (4,))
M("{A} 赔付 300元 订单号{O}", "claim A", (4,))
M("{P|p86d} 这个号码的客户 件没收到 {A} 核实签收", "verify_delivery A", (4,))
M("{A} 电话 {P|space} 打不通 改一下收件电话 {Q}", "change_address A", (4,), nh=True)
M("{A} 拦截 订单{O} 客户退款了 退款金额 89", "intercept A", (4,))
M("{A} 11.25 发的 今天 12.02 了还没到 催一下", "urge A", (4,))
M("只有电话 {P} 没有单号 能查吗", "", (4,), nh=True)
M("{A} 地址改为 济南市历下区泉城路180号 宋佳 {P|d86}", "change_address A", (4,))
M("收件人 {P|dash} 说没收到 {A} 显示已签收", "verify_delivery A", (4,))
M("{A} 投诉 派件员 {P} 态度恶劣", "complaint A", (4,))
M("{A} 加急 客户 {P|p86sp} 明天上午必须到", "urge A", (4,))
M("订单号：{O}\n运单号：{A}\n处理：拦截", "intercept A", (4,))
M("{A} 破损 货值 1299 元 客户要求赔 订单 {O}", "claim A", (4, 8))
M("{A}\n{P}\n改派到 郑州市二七区大学路80号 收件人 韩梅 电话见上", "change_address A", (4,))
M("尾号{A|tail4}的拦截一下", "", (4,), nh=True)
M("{A|short} 拦截", "", (4,), nh=True)
M("{A} 拦截 客户手机{P|p86}", "intercept A", (4,))
M("帮查下 {P|z86d} 这个手机号的件 客户说一直没到", "", (4,), nh=True)
M("{A} 一共3件 只收到2件 少件", "lost A", (4,))
M("{A} 运费 15 元 按 2kg 收的 实际 500g 核重", "weight A", (4,))
M("{A} 改址 深圳市宝安区新安街道建安一路99号 曾先生 {P|z86d} 备用 {Q|dash}", "change_address A", (4,))
M("{A} 催件 今天 18:00 前要到", "urge A", (4,))
M("{A} 客户 {P|fw} 说没收到 快递员说放门口了 核实签收", "verify_delivery A", (4,))
M("{A} 保价 2000 丢了 要赔", "claim A", (4, 8))
M("{A} 延误 承诺 48 小时 现在 96 小时了", "delay A", (4,))
M("{A} 改收件人 孙悦 {P|p86g}", "change_address A", (4,), nh=True)
M("抖音订单 {O} 客户问货到哪了 {A}", "track A", (4,))
M("{A} 派件员电话 {P|space} 一直不接 催一下派送", "urge A", (4,))
M("{A} 2 箱 共 35kg 系统显示 53kg 重量不对", "weight A", (4,))
M("{O} 这是订单号 不是快递单号 快递单号是 {A} 撤单", "cancel A", (4,))
M("{A} 收件电话 {P|d86} 投诉快递员电话都不打", "complaint A", (4,))

# =====================================================================================================
# Category 5: commands written other ways: pinyin, English, mixed, colloquial, voice-to-text, traditional
# =====================================================================================================
M("{A} lanjie", "intercept A", (5,))
M("{A} chedan", "cancel A", (5,))
M("{A} gaizhi 杭州市拱墅区莫干山路100号 钱多多 {P}", "change_address A", (5,))
M("{A} cuijian", "urge A", (5,))
M("{A} intercept pls", "intercept A", (5,), c=None)
M("pls cancel the order {A}", "cancel A", (5,), c=None)
M("{A} where is it", "track A", (5,), c=None)
M("{A} urgent, customer waiting", "urge A", (5,), c=None)
M("{A} return to sender", "intercept A", (5,), c=None)
M("{A} change address to Room 1203, No.8 Zhongshan Rd, Nanjing, Mr Li {P}", "change_address A", (5,), c=None)
M("{A} hurry up pls", "urge A", (5,))
M("{A} damaged, box crushed", "damaged A", (5,), c=None)
M("{A} lost, need compensation", "claim A", (5, 8), c=None)
M("{A} complain courier rude", "complaint A", (5,))
M("{A} 这个帮我拦接一下 嗯 退回来", "intercept A", (5,))
M("嗯 就是那个 {A} 呃 客户说不要了 帮我退回去 谢谢", "intercept A", (5,))
M("{A} 咋还不到 催催", "urge A", (5,))
M("{A} 这货咋回事 仨礼拜了 是不是丢了", "lost A", (5,))
M("{A} 给整回来 客户不要了", "intercept A", (5,))
M("{A} 帮忙 cui 一下", "urge A", (5,))
M("{A} 攔截", "intercept A", (5,))
M("{A} 撤單", "cancel A", (5,))
M("{A} 遺失", "lost A", (5,))
M("{A} 破損 客戶要賠償", "claim A", (5, 8))
M("{A} 簽收了但沒收到", "verify_delivery A", (5,))
M("{A} check weight pls 好像多算了", "weight A", (5,))
M("{A} delay 五天了", "delay A", (5,))
M("{A} 要 claim 货坏了", "claim A", (5, 8))
M("{A} 麻烦 hold 住别派 退回", "intercept A", (5,))
M("{A} 快递小哥态度贼差 我要投诉他", "complaint A", (5,))
M("{A} 东西稀碎 箱子都扁了", "damaged A", (5,))
M("{A} 咋回事啊 签收了 人家压根没收着", "verify_delivery A", (5,))
M("{A} 给催催呗 客户天天问", "urge A", (5,))
M("{A} chexiao 不要了 还没揽收", "cancel A", (5,))
M("{A} cha yi xia dao na le", "track A", (5,))
M("{A} zhongcai", "arbitration A", (5,))
M("{A} lipei", "claim A", (5,))
M("这个单号 {A} 嗯 地址要改一下 改到合肥市蜀山区长江西路189号 收件人方圆 电话是 {P|space} 对 就这样",
  "change_address A", (5,))
M("{A} 帮我查查重 感觉不对劲", "weight A", (5,))
M("{A} 派送太慢了 speed up", "urge A", (5,))
M("{A} 物流不动了 stuck 3 days", "delay A", (5,))
M("{A} track pls", "track A", (5,), c=None)
M("{A} cancel", "cancel A", (5,))
M("{A} 損壞 賠償", "claim A", (5, 8))
M("{A} 改地址 廣州市越秀區北京路168號 林先生 {P}", "change_address A", (5,))
M("{A}\nLJ 拦截 thx", "intercept A", (5,))

# =====================================================================================================
# Category 6: numbers broken by the chat client (split over lines: confirm for intercept/cancel/change)
# =====================================================================================================
M("{A|split} 拦截", "intercept A", (6,), c="yto", cf=True)
M("拦截\n{A|split}", "intercept A", (6,), c="zto", cf=True)
M("{A|sp} 催件", "urge A", (6,), c=None, w="ems_s10")
M("{A|sp} 到哪了", "track A", (6,), c="ems", w="ems_s10")
M("{A|split} 撤单", "cancel A", (6,), c="sto", cf=True)
M("{A|split}\n改址 南宁市青秀区民族大道136号 梁静 {P}", "change_address A", (6,), c="jt", cf=True)
M("{A|split} 催一下", "urge A", (6,), c="yunda")
M("{A|sp} 破损 包装都烂了", "damaged A", (6,), c=None, w="ems_s10")
M("{A|sp}\n{B|sp}\n这两个查一下", "track A B", (6,), c="ems", w="ems_s10")
M("{A|dash} 催件", "urge A", (6,), c="zto")
M("{A|sp4} 查件", "track A", (6,), c="zto")
M("{A} 拦截\n{B|split} 拦截", "intercept A B", (6,), c="yto", cf=True)
M("{A|split} 延误 一直不动", "delay A", (6,), c="jt")
M("{A|sp} 丢了 邮局说找不到", "lost A", (6,), c="ems", w="ems_s10")
M("{A|split} 核实签收", "verify_delivery A", (6,), c="sf")
M("{A|split} 理赔", "claim A", (6,), c="deppon")
M("{A|sp} 投诉 投递员不送上门", "complaint A", (6,), c=None, w="ems_s10")
M("{A|sp} 仲裁", "arbitration A", (6,), c="ems", w="ems_s10")
M("{A|split} 查重量", "weight A", (6,), c="cainiao")
M("退回\n{A|split}", "intercept A", (6,), c=None, w="jd", cf=True)
M("{A|fw}", "track A", (6,), c="sto")
M("{A|fw} 催件", "urge A", (6,), c="yunda")
M("{A|fw} 拦截", "intercept A", (6,), c="zto")
M("{A|lower} 拦截", "intercept A", (6,), c=None, w="yto")
M("{A|lower} 到哪了", "track A", (6,), c=None, w="jd")
M("{A|sp} {B|sp} 催件", "urge A B", (6,), c="ems", w="ems_s10")
M("{A|sp} 核实签收 显示本人签收 客户说没有", "verify_delivery A", (6,), c=None, w="ems_s10")
M("{A|split} 取消寄件", "cancel A", (6,), c="cainiao", cf=True)
M("{A|split} 改派 太原市小店区长风街118号 高洁 {P}", "change_address A", (6,), c=None, w="yto", cf=True)
M("{A|split}\n加急", "urge A", (6,), c="sto")
M("{A|split}\n投诉", "complaint A", (6,), c="zto")
M("{A|sp}\n查一下", "track A", (6,), c=None, w="ems_s10")
M("{A|sp} 超重 核一下", "weight A", (6,), c="ems", w="ems_s10")
M("{A|sp} 延误三天了", "delay A", (6,), c=None, w="ems_s10")
M("{A|split} 丢件", "lost A", (6,), c="yunda")
M("{A|split} 破损", "damaged A", (6,), c="ems")
M("{A|split} 拦截 客户拒收", "intercept A", (6,), c="jt", cf=True)
M("{A|fw}　改址　沈阳市和平区太原北街86号　白雪　{P}", "change_address A", (6,), c="yto")
M("{A|split} 到哪了", "track A", (6,), c="deppon")
M("{A|sp} 理赔 邮件丢了", "claim A", (6, 8), c="ems", w="ems_s10")
M("{A|sp4} 核重", "weight A", (6,), c="sto")
M("{A|split} 退回", "intercept A", (6,), c=None, w="ems_s10", cf=True)
M("{A|dash} 查一下", "track A", (6,), c="yunda")
M("{A|split}\n{B|split}\n撤单", "cancel A B", (6, 7), c="zto", cf=True)
M("{A|sp4} 仲裁", "arbitration A", (6,), c="cainiao")

# =====================================================================================================
# Category 7: several parcels and commands: positional references, pasted tables
# =====================================================================================================
M("{A}\n{B}\n{C}\n第一单拦截 后两单催一下", "intercept A; urge B C", (7,))
M("{A}\n{B}\n上面两个拦截", "intercept A B", (7,))
M("{A}\n{B}\n{C}\n{D}\n以上拦截", "intercept A B C D", (7,))
M("单号\t处理\n{A}\t拦截\n{B}\t撤单\n{C}\t催件", "intercept A; cancel B; urge C", (7,))
M("单号\t处理\t新地址\n{A}\t改址\t杭州市萧山区市心中路818号 冯雷 {P}\n{B}\t改址\t温州市鹿城区车站大道577号 蒋欣 {Q}",
  "change_address A B", (7,))
M("{A}\t拦截\n{B}\t拦截\n{C}\t拦截", "intercept A B C", (7,))
M("{A}  拦截退回\n{B}  催件\n{C}  查件", "intercept A; urge B; track C", (7,))
M("{A}\n{B}\n{C}\n最后一个撤单 其他拦截", "intercept A B; cancel C", (7,))
M("{A}\n{B}\n第二个破损 第一个丢了", "damaged B; lost A", (7,))
M("{A}\n{B}\n{C}\n{D}\n{E}\n前三个拦截 后两个撤单", "intercept A B C; cancel D E", (7,))
M("{A} {B} {C} 这三单 第二单加急", "urge B", (7,))
M("{A}\n{B}\n都催一下", "urge A B", (7,))
M("运单号\t问题\n{A}\t破损\n{B}\t少件\n{C}\t签收未收到", "damaged A; lost B; verify_delivery C", (7,))
M("{A}\n{B}\n{C}\n第一个和第三个拦截", "intercept A C", (7,))
M("{A}\n{B}\n第一个查件 第二个核重", "track A; weight B", (7,))
M("单号 处理\n{A} 拦截\n{B} 拦截\n{C} 改址 湖州市吴兴区人民路100号 陶然 {P}", "intercept A B; change_address C", (7,))
M("{A}\n{B}\n{C}\n{D}\n上面四个全部撤单", "cancel A B C D", (7,))
M("{A}\n{B}\n{C}\n中间那个拦截 其余催件", "intercept B; urge A C", (7,))
M("{A}、{B}、{C} 第一单理赔 第二单投诉 第三单仲裁", "claim A; complaint B; arbitration C", (7,))
M("单号\t操作\t备注\n{A}\t拦截\t客户退款\n{B}\t催件\t客户急用\n{C}\t核实签收\t客户没收到\n{D}\t查件\t",
  "intercept A; urge B; verify_delivery C; track D", (7,))
M("{A}\n{B}\n{C}\n{D}\n1、2拦截 3、4催件", "intercept A B; urge C D", (7,))
M("{A}\n{B}\n最后一个别管 第一个拦截", "intercept A", (7,))
M("{A}\n{B}\n{C}\n这三个 第一个撤单 第二个拦截 第三个改址 地址：佛山市禅城区祖庙路33号 卢平 {P}",
  "cancel A; intercept B; change_address C", (7,))
M("上面三个拦截", "", (7,), nh=True)
M("{A}\n{B}\n{C}\n后两单延误 第一单丢件", "delay B C; lost A", (7,))
M("拦截：\n{A}\n{B}\n催件：\n{C}\n{D}\n撤单：\n{E}", "intercept A B; urge C D; cancel E", (7,))
M("{A}\n{B}\n这两个 一个拦截一个催件", "", (7,), nh=True)
M("{A} 拦截 {B} 也是 {C} 也是", "intercept A B C", (7,))
M("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n全部拦截退回 今晚直播下单的 客户都取消了", "intercept A B C D E F", (7,))
M("单号\t状态\t需求\n{A}\t已签收\t核实签收\n{B}\t运输中\t拦截\n{C}\t派送中\t改址 嘉兴市南湖区中环南路1288号 严冬 {P}",
  "verify_delivery A; intercept B; change_address C", (7,))
M("{A}\n{B}\n{C}\n以上三单客户都没收到 显示签收 核实一下", "verify_delivery A B C", (7,))
M("{A} {B}\n前一个拦 后一个催", "intercept A; urge B", (7,))
M("{A}\n{B}\n{C}\n第二个不要动 其他的退回", "intercept A C", (1, 7))
M("{A}\n{B}\n{C}\n以上全部查件", "track A B C", (7,))
M("{A}  破损  客户要赔\n{B}  破损\n{C}  丢件", "claim A; damaged B; lost C", (7, 8))
M("{A}\n{B}\n第一个改址 广州市白云区机场路1962号 苏哲 {P}\n第二个改址 东莞市南城区鸿福路200号 江南 {Q}",
  "change_address A B", (7,))
M("序号\t单号\t处理\n1\t{A}\t拦截\n2\t{B}\t拦截\n3\t{C}\t撤单", "intercept A B; cancel C", (4, 7))
M("{A}\n{B}\n{C}\n{D}\n第三个催件 其他查一下到哪了", "urge C; track A B D", (7,))
M("{A}\n{B}\n这俩都超重了 核一下", "weight A B", (7,))
M("{A}\n{B}\n{C}\n最后一个是仲裁 前两个投诉", "arbitration C; complaint A B", (7,))
M("{A} 拦截\n下面这几个也一样\n{B}\n{C}", "intercept A B C", (7,))
M("{A}\n{B}\n{C}\n这几个估计都得退回 等我对下单", "intercept A B C", (7,), cf=True)
M("{A}\t{B}\n{C}\t{D}\n第一行拦截 第二行催件", "intercept A B; urge C D", (7,))

# =====================================================================================================
# Category 8: compound requests: compensation, damage with complaint, several intents for one number
# =====================================================================================================
M("{A} 丢件 要理赔", "claim A", (8,))
M("{A} 破损 申请赔偿", "claim A", (8,))
M("{A} 外箱破了 快递员还扔 投诉", "damaged A; complaint A", (8,))
M("{A} 压坏了 要赔钱 快递员态度还很差 投诉他", "claim A; complaint A", (8,))
M("{A} 拦截并投诉", "intercept A; complaint A", (8,))
M("{A} 延误了 买家闹着要投诉", "delay A; complaint A", (8,))
M("{A} 快点送 客户投诉了", "urge A; complaint A", (8,))
M("{A} 丢了 赔钱 还要投诉网点", "claim A; complaint A", (8,))
M("{A} 催件 顺便查下重量 感觉扣多了", "urge A; weight A", (8,))
M("{A} 漏液 把其他件也弄脏了 赔偿", "claim A", (8,))
M("{A} 碎了 登记破损 再投诉下派件员", "damaged A; complaint A", (8,))
M("{A} 拦截 顺便核下重量", "intercept A; weight A", (8,))
M("{A} 虚假签收 投诉快递员", "verify_delivery A; complaint A", (8,))
M("{A} 网点不赔 申请仲裁", "arbitration A", (8,))
M("{A} 丢件理赔 {B} 破损理赔", "claim A B", (8,))
M("{A} 破损 投诉 理赔", "claim A; complaint A", (8,))
M("{A} 少件 要赔偿 客户已经给差评了", "claim A", (8,))
M("{A} 催件 投诉派件慢", "urge A; complaint A", (8,))
M("{A} 破损 {B} 丢件 都要赔 {C} 投诉", "claim A B; complaint C", (7, 8))
M("{A} 拦截 退回来后查下重量", "intercept A; weight A", (8,))
M("{A} 五天没动了 延误登记一下 顺便投诉", "delay A; complaint A", (8,))
M("{A} 客户说箱子破了 东西也少了", "damaged A; lost A", (8,))
M("{A} 碎了 赔偿 这个快递员第三次了 投诉", "claim A; complaint A", (8,))
M("{A} 加急 再查下到哪了", "urge A", (8,))
M("{A} 拦截 查一下现在在哪", "intercept A", (8,))
M("{A} 破损 理赔 客诉", "claim A; complaint A", (8,))
M("{A} 超重 多收了运费 投诉", "weight A; complaint A", (8,))
M("{A} 核实签收 同时投诉快递员乱签", "verify_delivery A; complaint A", (8,))
M("{A} 撤单 顺便投诉一下 揽收员三天没来", "cancel A; complaint A", (8,))
M("{A} 改址 上海市徐汇区漕溪北路88号 蔡琳 {P} 另外加急", "change_address A; urge A", (8,))
M("{A} 漏液了 要赔 {B} 压坏了 要赔 {C} 丢了 要赔", "claim A B C", (7, 8))
M("{A} 东西烂了 水果 客户要全额赔偿 派件员态度也不好 投诉", "claim A; complaint A", (8,))
M("{A} 破损 派件员态度也差", "damaged A; complaint A", (8,))
M("{A} 遗失 赔付 另外 {B} 好几天没动 催一下", "claim A; urge B", (8,))
M("{A} 催一下 还有重量也不对 帮核一下 再有就是快递员态度 投诉", "urge A; weight A; complaint A", (8,))
M("{A} 丢了 要赔偿 还有 {A} 投诉", "claim A; complaint A", (8,))
M("{A} 破损理赔 + 投诉", "claim A; complaint A", (8,))
M("{A} 破了 拍照了 登记下 另外客户要投诉", "damaged A; complaint A", (8,))
M("{A} 拦截 另外这单客户投诉了 登记一下", "intercept A; complaint A", (8,))
M("{A} 显示签收没收到 核实一下 重量也不对 顺便核重", "verify_delivery A; weight A", (8,))
M("{A} 丢件 走理赔 {A} 理赔", "claim A", (8,))
M("{A} 一直不动 加急 客户说要投诉", "urge A; complaint A", (8,))
M("{A} 仲裁 顺便投诉这个网点", "arbitration A; complaint A", (8,))

# =====================================================================================================
# No waybill: chit-chat, thanks, questions, commands without a number
# =====================================================================================================
M("好的 谢谢")
M("收到")
M("辛苦了")
M("明天几点来收件")
M("今天还收件吗 我们这边还有200单")
M("拦截一下", nh=True)
M("帮忙催件", nh=True)
M("在吗")
M("晚上好 今天单子有点多 麻烦了")
M("改地址怎么操作")
M("撤单", nh=True)
M("👍")
M("谢谢 已经收到了")
M("双十一期间能正常发吗")
M("这周日休息吗")
M("刚才那几个拦了没")
M("好的 明白")
M("运费怎么算的 首重多少")
M("麻烦快点 客户在催了", nh=True)
M("怎么还没回复")
M("ok")
M("已处理 谢谢")
M("明天开始每天下午4点来收")
M("今天的件都拦截", nh=True)
M("退回", nh=True)
M("改址", nh=True)
M("哈哈 好的")
M("麻烦问下 拦截费用多少")
M("有个件破损了 单号等下发", nh=True)
M("理赔要什么材料")
M("投诉！！！ 你们快递员太过分了", nh=True)
M("早")
M("拦截 单号见图", nh=True)
M("好的 知道了 谢谢啊")
M("今天揽收几点截单")
M("@客服 在不在")
M("这个月的账单发一下")
M("lanjie", (), (5,), nh=True)
M("嗯嗯")
M("收到 辛苦")
M("以上都拦截", nh=True)


# =====================================================================================================
# Rendering
# =====================================================================================================
PLACE = re.compile(r"\{([A-HOPQ])(?:\|([a-z0-9]+))?\}")
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def _phone_form(p: str, form: str | None) -> str:
    a, b, c = p[:3], p[3:7], p[7:]
    forms = {
        None: p, "plain": p, "p86sp": f"+86 {p}", "p86": f"+86{p}", "p86g": f"+86 {a} {b} {c}",
        "d86": f"86-{p}", "z86sp": f"0086 {p}", "z86d": f"0086-{p}", "dash": f"{a}-{b}-{c}",
        "space": f"{a} {b} {c}", "paren": f"({a}){b}-{c}", "p86d": f"+86-{a}-{b}-{c}",
        "fw": "".join(FW[d] for d in p),
    }
    return forms[form]


def _prefix_len(w: str) -> int:
    return len(w) - len(w.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def _waybill_form(rng: random.Random, w: str, carrier: str, form: str | None) -> str:
    s10 = carrier == "ems_s10"
    if form is None:
        return w
    if form == "split":
        cut = len(w) // 2 + rng.randint(-2, 2)
        return w[:cut] + "\n" + w[cut:]
    if form == "sp":
        assert s10, "sp is for S10 numbers"
        return f"{w[:2]} {w[2:5]} {w[5:8]} {w[8:11]} {w[11:]}"
    if form in ("sp4", "dash"):
        assert w.isdigit(), "sp4/dash are for all-digit numbers"
        sep = " " if form == "sp4" else "-"
        return sep.join(w[i:i + 4] for i in range(0, len(w), 4))
    if form == "fw":
        return "".join(FW[ch] for ch in w)
    if form == "lower":
        return w.lower()
    assert not s10, f"{form} is not used with S10 numbers"
    p = _prefix_len(w)
    if form == "typo":
        i = rng.randrange(max(p + 3, len(w) - 8), len(w))
        return w[:i] + rng.choice([d for d in "0123456789" if d != w[i]]) + w[i + 1:]
    if form == "short":
        i = rng.randrange(p + 3, len(w) - 2)
        return w[:i] + w[i + 1:]
    if form == "extra0":
        i = rng.randrange(p + 3, len(w) - 2)
        return w[:i] + "0" + w[i:]
    if form == "tail4":
        return w[-4:]
    raise ValueError(form)


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-]", "", t).upper()


def build() -> list[dict]:
    rng = random.Random(20240611)
    used: set[str] = set()
    rot = null_rot = 0
    records = []

    def fresh(make):
        while True:
            v = make()
            if v not in used:
                used.add(v)
                return v

    for n, msg in enumerate(MSGS, 1):
        group = msg["c"]
        if group == AUTO:
            group = _ROT[rot % len(_ROT)]
            rot += 1
        names = []
        for m in PLACE.finditer(msg["text"]):
            if m.group(1) not in names:
                names.append(m.group(1))
        wcar: dict[str, str] = {}
        for name in names:
            if name in "OPQ":
                continue
            spec = msg["w"]
            if isinstance(spec, dict):
                spec = spec.get(name, spec.get("*"))
            if spec is None:
                if group is None:
                    spec = _NULL_ROT[null_rot % len(_NULL_ROT)]
                    null_rot += 1
                else:
                    spec = group
            wcar[name] = spec
        values: dict[str, str] = {}
        for name in names:
            if name in "PQ":
                values[name] = fresh(lambda: wn.phone(rng))
            elif name == "O":
                values[name] = fresh(lambda: rng.choice("123456789")
                                     + "".join(rng.choice("0123456789") for _ in range(rng.choice((17, 18)))))
            else:
                values[name] = fresh(lambda c=wcar[name]: wn.waybill(rng, c))

        def sub(m):
            name, form = m.group(1), m.group(2)
            if name in "PQ":
                return _phone_form(values[name], form)
            if name == "O":
                assert form is None
                return values[name]
            return _waybill_form(rng, values[name], wcar[name], form)

        text = PLACE.sub(sub, msg["text"])
        expected = []
        exp_str = msg["exp"] if isinstance(msg["exp"], str) else ""
        for part in filter(None, (p.strip() for p in exp_str.split(";"))):
            intent, *refs = part.split()
            expected.append({"intent": intent, "waybills": [values[r] for r in refs]})
        for name, c in wcar.items():
            if group is None:
                assert c in PREFIXED, (n, msg["text"], "all-digit number in a group without carrier")
            else:
                assert c == group or (group == "ems" and c == "ems_s10"), (n, msg["text"], c, group)
        records.append({
            "id": f"a-{n:04d}",
            "text": text,
            "carrier": group,
            "expected": expected,
            "needs_human": msg["nh"],
            "confirm": msg["cf"],
            "categories": list(msg["cats"]),
            "style": "a",
            "_template": msg["text"],
        })
    return records


def validate(records: list[dict]) -> None:
    ids = Counter(r["id"] for r in records)
    assert all(v == 1 for v in ids.values()), "duplicate ids"
    texts = Counter(r["text"] for r in records)
    dup = [t for t, v in texts.items() if v > 1]
    assert not dup, f"duplicate texts: {dup}"
    templates = Counter(r["_template"] for r in records)
    over = [t for t, v in templates.items() if v > 2]
    assert not over, f"sentence used more than twice: {over}"
    for r in records:
        where = (r["id"], r["text"])
        assert r["carrier"] in GROUP_CARRIERS or r["carrier"] is None, where
        assert not (r["confirm"] and r["needs_human"]), where
        assert r["categories"] and all(0 <= c <= 8 for c in r["categories"]), where
        norm = _norm(r["text"])
        seen = set()
        for g in r["expected"]:
            assert g["intent"] in INTENTS, where
            assert g["waybills"], where
            for w in g["waybills"]:
                assert w == w.upper() and re.fullmatch(r"[A-Z0-9]+", w), where
                assert w in norm, (where, w)
                assert (g["intent"], w) not in seen, (where, "pair listed twice")
                seen.add((g["intent"], w))
        intents_by_number: dict[str, set] = {}
        for intent, w in seen:
            intents_by_number.setdefault(w, set()).add(intent)
        for w, s in intents_by_number.items():
            assert not ("track" in s and len(s) > 1), (where, "track beside another intent")
        if r["confirm"]:
            assert any(g["intent"] in CONFIRMABLE for g in r["expected"]), where
        digits_only = any(w.isdigit() for g in r["expected"] for w in g["waybills"])
        if digits_only:
            assert r["carrier"] is not None, where


def main() -> int:
    records = build()
    validate(records)
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(c for r in records for c in r["categories"])
    intents = Counter(g["intent"] for r in records for g in r["expected"] for _ in g["waybills"])
    msgs_per_intent = Counter(i for r in records for i in {g["intent"] for g in r["expected"]})
    carriers = Counter(r["carrier"] for r in records)
    print(f"{len(records)} messages -> {OUT}")
    print("categories:", dict(sorted(cats.items())))
    print("messages per intent:", dict(msgs_per_intent.most_common()))
    print("(intent, waybill) pairs per intent:", dict(intents.most_common()))
    print("no waybill expected:", sum(1 for r in records if not r["expected"]),
          "| needs_human:", sum(r["needs_human"] for r in records),
          "| confirm:", sum(r["confirm"] for r in records))
    print("carriers:", {str(k): v for k, v in carriers.most_common()})
    for c in range(1, 9):
        assert cats[c] >= 40, f"category {c} has only {cats[c]} messages"
    return 0


if __name__ == "__main__":
    sys.exit(main())
