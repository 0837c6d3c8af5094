"""Writer c: hand-written merchant messages in the style of an online shop's after-sales agent (WeCom / DingTalk).

Run ``python tests/data/writers/c_source.py`` to (re)write ``tests/data/writers/c.jsonl`` deterministically.

Every message below is written by hand; only the numbers are drawn from ``tests/data/waybill_numbers.py``.

Entry:  m(spec, text, expected, categories, nh=False, cf=False)

spec      "?"   : the group carrier is drawn (one of the ten carriers) or the group has no carrier (then every
                  waybill is a prefixed one: YT JT SF JD DPK or UPU S10);
          "zto" : this group carrier, all waybills of that carrier ("ems": 13-digit numbers or S10 numbers);
          "-"   : no group carrier, prefixed numbers;
          extra tokens "A=yto" pin the kind of one placeholder.
text      waybills {A} .. {H}; forms {A|sp} (spaced as a chat client or a person breaks it), {A|nl} (split over a
          line), {A|fw} (full-width), {A|short} (too short: not a usable waybill), {A|tail} (last four digits);
          phones {P} {P2} {P3} in a random notation of waybill_numbers.phone_notation; order numbers {O} {O2}
          (18-19 digits); <Q> is a WeCom quote separator line.
expected  "intercept:A,B; urge:C" ("" for none).
"""

from __future__ import annotations

import collections
import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
_spec = importlib.util.spec_from_file_location("waybill_numbers", DATA / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(wn)

OUT = HERE / "c.jsonl"
SEED = 20261111

INTENTS = {
    "intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight", "track",
    "delay", "claim", "complaint", "arbitration",
}
CLASS1 = {"intercept", "cancel", "change_address"}
GROUPS = ("sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao")
PREFIXED = ("yto", "jt", "sf", "jd", "deppon", "ems_s10")
Q = "- - - - - - - - - - - - - - -"

ENTRIES: list[tuple[str, str, str, list[int], bool, bool]] = []


def m(spec: str, text: str, exp: str, cats: list[int], nh: bool = False, cf: bool = False) -> None:
    ENTRIES.append((spec, text, exp, cats, nh, cf))


# ---------------------------------------------------------------------------------------------------------------
# 0. Ordinary requests, every intent
# ---------------------------------------------------------------------------------------------------------------
# intercept
m("?", "@快递小助手 {A} 拦截退回，客户不要了", "intercept:A", [0])
m("?", "{A} 帮忙拦截一下 谢谢", "intercept:A", [0])
m("?", "麻烦拦回来 {A}", "intercept:A", [0])
m("?", "{A}\n{B}\n这两单拦截退回", "intercept:A,B", [0])
m("?", "{A} 截件，地址写错了", "intercept:A", [0])
m("?", "客户拒收了 {A} 直接退回", "intercept:A", [0])
m("?", "{A} 退件 仓库发错颜色了", "intercept:A", [0])
m("?", "早上好 {A} 帮忙拦截一下，客户昨晚下单下错了", "intercept:A", [0])
m("?", "{A} 能拦截吗 客户不想要了", "intercept:A", [0])
m("?", "{A} 没签收的话就拦截退回", "intercept:A", [0])
# cancel
m("?", "{A} 撤单，客户退款了", "cancel:A", [0])
m("?", "@快递小助手 取消寄件 {A}", "cancel:A", [0])
m("?", "{A} 这单作废 不寄了", "cancel:A", [0])
m("?", "{A} 还没揽收吧？帮忙撤单", "cancel:A", [0])
m("?", "{A} {B} 都取消订单 仓库没货了", "cancel:A,B", [0])
m("?", "{A}、{B}、{C} 撤单", "cancel:A,B,C", [0])
m("?", "{A} 客户取消了 帮忙撤销一下这个寄件", "cancel:A", [0])
# change_address
m("?", "{A} 改地址 新地址：江苏省苏州市工业园区星湖街328号 创意产业园9栋 收件人不变", "change_address:A", [0])
m("?", "{A} 转寄到 上海市浦东新区张江路665号 3楼前台", "change_address:A", [0])
m("?", "麻烦 {A} 改派到 广州市天河区天河路385号太古汇北塔17楼，收件人 陈先生", "change_address:A", [0])
m("?", "{A} 地址改为 北京市朝阳区望京街10号 望京SOHO T1 1203 刘女士", "change_address:A", [0])
m("?", "{A}改址 成都市高新区天府大道北段1700号 环球中心E1区 周敏", "change_address:A", [0])
m("?", "能帮忙改个地址吗 {A} 改到 西安市碑林区南大街52号 收件人不变", "change_address:A", [0])
# urge
m("?", "{A} 催一下 客户急用", "urge:A", [0])
m("?", "@快递小助手 {A} 加急派送", "urge:A", [0])
m("?", "{A} 三天没动了 催件", "urge:A", [0])
m("?", "{A} {B} {C} 都催一下，这几个客户天天来问", "urge:A,B,C", [0])
m("?", "{A} 咋还不到 催催", "urge:A", [0])
m("?", "{A} 能不能催一下 客户等着用", "urge:A", [0])
# verify_delivery
m("?", "{A} 显示签收但客户说没收到，帮忙核实", "verify_delivery:A", [0])
m("?", "{A} 核实签收 客户家里没人 不知道谁签的", "verify_delivery:A", [0])
m("?", "{A} 别人签收了，客户不认识签收人", "verify_delivery:A", [0])
m("?", "{A} 虚假签收 快递根本没送上门", "verify_delivery:A", [0])
m("?", "{A} 妥投了但是客户没收到", "verify_delivery:A", [0])
m("?", "{A} 显示已签收 客户翻遍了驿站也没有 请核实", "verify_delivery:A", [0])
# damaged
m("?", "{A} 破损 外箱压扁了", "damaged:A", [0])
m("?", "{A} 客户收到东西碎了 拍了照片", "damaged:A", [0])
m("?", "{A} 漏液，整箱都湿了", "damaged:A", [0])
m("?", "{A} 东西烂了（水果）客户很生气", "damaged:A", [0])
m("?", "{A} 外包装破损 里面的杯子裂了", "damaged:A", [0])
# lost
m("?", "{A} 丢件了 网点说找不到", "lost:A", [0])
m("?", "{A} 网点和中转都说没见过这个件 找不着了", "lost:A", [0])
m("?", "{A} 遗失 登记一下", "lost:A", [0])
m("?", "{A} 少件 客户只收到一箱 应该有两箱", "lost:A", [0])
m("?", "{A} 七八天没有任何轨迹了 是不是丢件了", "lost:A", [0])
# weight
m("?", "{A} 查一下重量 感觉多收了", "weight:A", [0])
m("?", "{A} 重量不对 帮忙核重", "weight:A", [0])
m("?", "{A} 核重", "weight:A", [0])
m("?", "{A} 超重了？帮忙称一下", "weight:A", [0])
m("?", "@快递小助手 {A} {B} 这两单重量帮忙核一下", "weight:A,B", [0])
# track
m("?", "{A}", "track:A", [0])
m("?", "{A} 到哪了", "track:A", [0])
m("?", "{A} 什么时候能到", "track:A", [0])
m("?", "查件 {A}", "track:A", [0])
m("?", "{A} 查一下物流 客户问", "track:A", [0])
m("?", "{A}\n{B}", "track:A,B", [0])
# delay
m("?", "{A} 停在分拨中心三天了", "delay:A", [0])
m("?", "{A} 好几天没更新了", "delay:A", [0])
m("?", "{A} 物流停滞 在中转站卡了四天", "delay:A", [0])
m("?", "{A} 说好两天到 这都第五天了 是延误了吧", "delay:A", [0])
m("?", "{A} 打延误", "delay:A", [0])
# claim
m("?", "{A} 申请理赔", "claim:A", [0])
m("?", "{A} 要赔偿 客户已经退款了", "claim:A", [0])
m("?", "{A} 走一下赔付流程", "claim:A", [0])
# complaint
m("?", "{A} 投诉 派件员态度差", "complaint:A", [0])
m("?", "{A} 客诉 快递员不送上门直接放驿站", "complaint:A", [0])
m("?", "{A} 派件员电话不接 投诉", "complaint:A", [0])
# arbitration
m("?", "{A} 申请仲裁", "arbitration:A", [0])
m("?", "{A} 理赔结果不认可，申请仲裁", "arbitration:A", [0])
m("?", "{A} 仲裁 对方网点不认责", "arbitration:A", [0])
m("?", "{A} 这个纠纷麻烦走仲裁", "arbitration:A", [0])
# several lines, several commands; the same request twice
m("?", "{A} 拦截\n{B} 催件\n{C} 查重量", "intercept:A; urge:B; weight:C", [0])
m("?", "{A} 撤单 {B} 改地址 深圳市南山区科技园南区高新南七道 收件人不变", "cancel:A; change_address:B", [0])
m("?", "{A} 催件\n{B} 破损\n{C} 投诉", "urge:A; damaged:B; complaint:C", [0])
m("?", "{A} 查件 {B} 丢了", "track:A; lost:B", [0])
m("?", "{A} 延误 {B} 理赔", "delay:A; claim:B", [0])
m("?", "{A} 查件 查件 到哪了", "track:A", [0])
m("?", "{A} 催件 {A} 再催一下", "urge:A", [0])
# full-width input
m("?", "{A|fw} 拦截", "intercept:A", [0])
m("?", "{A|fw} 到哪了", "track:A", [0])
# a person must look
m("?", "{A} 帮忙开一下发票", "", [0], nh=True)
m("?", "{A} 到哪了 另外帮我改一下月结账号", "track:A", [0], nh=True)
m("?", "{A} 能不能帮我把面单重新打印一下", "", [0], nh=True)
m("?", "{A} 改地址", "change_address:A", [0], nh=True)
m("?", "{A} 需要改地址 新地址等客户回复", "change_address:A", [0], nh=True)
m("?", "{A} 收件人改为 张三", "change_address:A", [0], nh=True)
m("?", "{A|short} 拦截", "", [0], nh=True)
m("?", "{A} 拦截 {B|short} 也拦", "intercept:A", [0], nh=True)
# not decided yet
m("?", "{A} 要不还是拦一下吧", "intercept:A", [0], cf=True)
m("?", "{A} 估计得退回 客户还在犹豫", "intercept:A", [0], cf=True)
m("?", "{A} 好像地址得改一下 改到 绍兴市越城区解放北路218号 鲁先生", "change_address:A", [0], cf=True)
m("?", "{A} 要不先拦着？等我跟客户再确认下", "intercept:A", [0], cf=True)
m("?", "{A} 撤单？不知道还来不来得及 要不试试", "cancel:A", [0], cf=True)
m("?", "{A} 要不撤了吧 我再跟客户确认一下", "cancel:A", [0], cf=True)

# ---------------------------------------------------------------------------------------------------------------
# No waybill: chit-chat, thanks, questions, commands without a number
# ---------------------------------------------------------------------------------------------------------------
for _t in [
    "好的 谢谢", "收到", "辛苦了 👍", "明天几点来收件", "今天还能发吗 几点截单", "@快递小助手 你好",
    "双十一期间会不会爆仓啊", "请问退回的件一般几天能到", "你们网点地址在哪", "今天下午的件都揽收了吗",
    "新疆能发吗 运费多少", "👌", "嗯嗯 我跟客户说一下", "晚上九点以后还有人处理吗", "拦截一般要多久有结果",
    "谢谢小助手 今天效率很高", "我们仓库明天放假 后天再来收", "改址要收费吗", "理赔一般多久到账",
    "上午的问题已经解决了 谢谢", "@王芳 你下午把退货单整理一下", "这个群可以直接发单号就行吗", "早",
    "月结账单什么时候出", "OK thanks", "节假日正常派送吗",
]:
    m("?", _t, "", [0])
m("?", "[2026-11-11 20:31] 李娜: 好的收到\n------\n👍", "", [3, 4])
m("?", "11月11日当天下单的 明天能全部发出吗", "", [4])
m("?", "客服电话是 {P} 吗 一直打不通", "", [4])
m("?", "拦截一下", "", [0], nh=True)
m("?", "@快递小助手 帮我撤单", "", [0], nh=True)
m("?", "尾号{A|tail} 拦截", "", [4], nh=True)
m("?", "刚才那个单子帮忙催一下", "", [0], nh=True)
m("?", "帮我查一下昨天发的那单到哪了", "", [0], nh=True)
m("?", "那个杭州的件改地址", "", [0], nh=True)
m("?", "麻烦投诉一下 派件员太过分了", "", [0], nh=True)
m("?", "下午发的全部拦截", "", [0], nh=True)
m("?", "订单 {O} 帮忙拦截", "", [4], nh=True)
m("?", "客户电话 {P} 的那个件催一下", "", [4], nh=True)
m("?", "@快递小助手 理赔", "", [0], nh=True)

# ---------------------------------------------------------------------------------------------------------------
# 1. Negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
m("?", "{A} 要拦截，{B} 不用，那个是正常件", "intercept:A", [1])
m("?", "{A} {B} 都拦截，{B} 算了 不用拦了", "intercept:A", [1])
m("?", "{A} 不是说不拦 是马上拦 别等明天", "intercept:A", [1])
m("?", "{A} 别退回 帮忙改派到 南京市鼓楼区中山北路200号 王磊", "change_address:A", [1])
m("?", "{A} 别拦截了 改成催一下", "urge:A", [1])
m("?", "{A} 拦截\n…\n{A} 算了不拦了 客户又要了", "", [1])
m("?", "{A} 这单不拦了 客户联系上了", "", [1], nh=True)
m("?", "理赔不用了 {A} 客户自己跟买家协商好了", "", [1], nh=True)
m("?", "{A} 先不撤单了 客户又要了", "", [1], nh=True)
m("?", "{A} 催件 {B} 不用催 已经到了", "urge:A", [1])
m("?", "{A} 不撤单 改地址：青岛市市南区香港中路8号 李先生", "change_address:A", [1])
m("?", "{A} 别派了", "intercept:A", [1])
m("?", "{A} 不是要拦截 是要改地址 改到 厦门市思明区软件园二期望海路10号 林小姐", "change_address:A", [1])
m("?", "{A} 不能不拦 客户已经退款了", "intercept:A", [1])
m("?", "{A} 和 {B} 拦截，其中 {B} 先不要动", "intercept:A", [1])
m("?", "{A} 拦截\n{B} 拦截\n{C} 拦截\n第二个不拦了", "intercept:A,C", [1, 7])
m("?", "{A} 不投诉了 帮忙催一下就行", "urge:A", [1])
m("?", "{A} 破损不用登记了 客户说东西没坏", "", [1], nh=True)
m("?", "{A} 地址不改了 直接拦截退回", "intercept:A", [1, 2])
m("?", "{A} 不退回了 继续派送", "", [1], nh=True)
m("?", "{A} 拦截，不是 {B}，{B} 是正常的", "intercept:A", [1])
m("?", "{A} 不要赔偿 只要投诉", "complaint:A", [1])
m("?", "{A} 这单不要改址了 还是原地址送", "", [1], nh=True)
m("?", "{A} 客户不要了 拦截", "intercept:A", [1])
m("?", "{A} 不是没收到 是收到了东西坏了", "damaged:A", [1])
m("?", "{A} 不是签收了没收到 是一直没派送 催一下", "urge:A", [1])
m("?", "{A} 拦截 {B} 拦截 {C} 不拦 {D} 拦截", "intercept:A,B,D", [1])
m("?", "{A} 不撤单了，改成拦截", "intercept:A", [1, 2])
m("?", "{A} 不仲裁了 直接理赔", "claim:A", [1])
m("?", "{A} 拦截 不用告诉客户", "intercept:A", [1])
m("?", "{A} 不是不想要 是地址写错了 改到 太原市小店区长治路111号 山西国际贸易中心 白女士", "change_address:A", [1])
m("?", "{A} 投诉不用了 帮忙查下到哪了", "track:A", [1])

# ---------------------------------------------------------------------------------------------------------------
# 2. Corrections
# ---------------------------------------------------------------------------------------------------------------
m("?", "{A} 取消寄件，啊不对 快递员下午已经收走了 那改成拦截", "intercept:A", [2])
m("?", "{A} 拦截\n—— 更正一下 单号抄错了 应为 {B}", "intercept:B", [2])
m("?", "{A} 催件\n更正：是 {B} 催件，上一个发错了", "urge:B", [2])
m("?", "{A} 拦截 不对不对 是催件", "urge:A", [2])
m("?", "{A} 撤单 哦不对 是 {B} 撤单", "cancel:B", [2])
m("?", "{A} 拦截\n打错了 应该是 {B}", "intercept:B", [2])
m("?", "{A} 查件 更正一下 是查重量", "weight:A", [2])
m("?", "{A} 破损，更正：不是破损 是少件", "lost:A", [2, 1])
m("?", "{A} 催一下 算了 直接拦截 客户不要了", "intercept:A", [2])
m("?", "{A} 改地址到 天津市和平区南京路189号 —— 更正 门牌号是198号", "change_address:A", [2])
m("?", "{A} 和 {B} 拦截，哦不对 第二个是 {C}", "intercept:A,C", [2])
m("?", "刚才发错了，以这条为准：{A} 拦截", "intercept:A", [2])
m("?", "{A} 拦截 还是改成撤单 还没揽收", "cancel:A", [2])
m("?", "{A} 拦截，更正：{A} 改派到 长沙市岳麓区麓山南路932号 湖南大学 谢同学", "change_address:A", [2])
m("?", "{A} 催件 {B} 拦截\n更正：反了，{A} 拦截 {B} 催件", "intercept:A; urge:B", [2])
m("?", "{A} 核实签收，不对，客户找到了，是东西碎了", "damaged:A", [2])
m("?", "{A} 理赔 哦不对 先登记丢件 理赔后面再说", "lost:A", [2])
m("?", "{A} 拦截\n哦不对不对 单号是 {B}\n{A} 正常派", "intercept:B", [2])
m("?", "{A} {B} 都拦截 更正：只拦第一个", "intercept:A", [2, 7])
m("?", "{A} 改址 到 西安市雁塔区科技路48号\n更正：改到 西安市雁塔区高新路52号 收件人 孙先生", "change_address:A", [2])
m("?", "{A} 延误 更正一下 是丢了 网点说找不到", "lost:A", [2])
m("?", "{A} 拦截 还是撤单吧\n哦不对 已经发出去了 还是拦截", "intercept:A", [2])
m("?", "{A} 投诉\n更正：{B} 投诉，{A} 是另外一个客户的 没问题", "complaint:B", [2])
m("?", "@快递小助手 {A} 加急 —— 打错了 是 {B} 加急，{A} 已经签收了", "urge:B", [2])
m("?", "{A} 仲裁 不对 是理赔", "claim:A", [2])
m("?", "{A} 拦截 → 纠正：撤单", "cancel:A", [2])
m("?", "{A} 退回 哦不 改址 新地址 昆明市五华区东风西路11号 何女士", "change_address:A", [2])
m("?", "{A} 催件\n{B} 催件\n更正：第二个单号是 {C}", "urge:A,C", [2, 7])
m("?", "{A} 改地址 哦不对 客户说不要了 直接拦截退回", "intercept:A", [2])
m("?", "{A} 撤单\n抱歉 说错了 这单要改地址 改到 南昌市红谷滩区丰和中大道1111号 熊先生", "change_address:A", [2])
m("?", "{A} 丢件 —— 更正：不是丢了，是显示签收了没收到", "verify_delivery:A", [2])
m("?", "{A} 查下到哪了\n算了 直接拦截 客户不要了", "intercept:A", [2])
m("?", "{A} 拦截 哦不 还是别拦 唉 我也不知道 客户一会要一会不要", "intercept:A", [2], cf=True)
m("?", "单号更正：{A} → {B}，催件", "urge:B", [2])
m("?", "{A} 是丢了 哦不对 是延误 物流今天刚更新", "delay:A", [2])

# ---------------------------------------------------------------------------------------------------------------
# 3. Quoted and replied-to messages, the bot's own replies quoted back
# ---------------------------------------------------------------------------------------------------------------
m("?", "「王芳：{A} 拦截」\n<Q>\n这个不用拦了 客户又要了", "", [3, 1], nh=True)
m("?", "「王芳：{A} 拦截」\n<Q>\n{B} 也拦截一下", "intercept:B", [3])
m("?", "「客户-陈女士：我的快递 {A} 怎么还没到」\n<Q>\n这单催一下", "urge:A", [3])
m("?", "引用 李娜：{A} 显示签收了 客户说没收到\n帮忙核实一下", "verify_delivery:A", [3])
m("?", "「快递小助手：@售后小林 {A} 拦截已提交，结果会第一时间通知您」\n<Q>\n不用拦了 客户说还要", "", [3, 1], nh=True)
m("?", "「快递小助手：@售后小林 {A} 已签收，无法拦截」\n<Q>\n那帮忙核实下签收 客户说没收到", "verify_delivery:A", [3])
m("?", "「快递小助手：@售后小林 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n<Q>\n撤单 {A}",
  "cancel:A", [3])
m("?", "「快递小助手：@售后小林 {A} 已为您催促派送，请耐心等待」\n<Q>\n好的 谢谢", "", [3])
m("?", "「快递小助手：@售后小林 {A} 改址已提交，结果会第一时间通知您」\n<Q>\n收到", "", [3])
m("?", "引用 快递小助手：@售后小林 {A} 撤单成功\n👍", "", [3])
m("?", "「快递小助手：@售后小林 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n<Q>\n客户要求赔偿 帮忙走理赔",
  "claim:A", [3, 8])
m("?", "「快递小助手：@售后小林 {A} 已为您登记延误工单，结果会第一时间通知您」\n<Q>\n还是不动 再帮忙催一下", "urge:A", [3])
m("?", "「快递小助手：@售后小林 您的消息已转人工客服处理，请稍候」\n<Q>\n好的", "", [3])
m("?", "「快递小助手：@售后小林 请确认：{A} 拦截退回？回复“确认”即办理」\n<Q>\n确认 拦截退回", "intercept:A", [3])
m("?", "「快递小助手：@售后小林 {A} 已为您催促派送，请耐心等待」\n<Q>\n催了还是没到 客户要投诉", "complaint:A", [3])
m("?", "回复 @王芳：{A} 拦截\n这个我已经跟客户确认过了，拦", "intercept:A", [3])
m("?", "回复 @王芳：客户说 {A} {B} 这两个都不要了\n第一个拦截，第二个已经签收了不用管", "intercept:A", [3, 7])
m("?", "「阿杰：{A} 改址 苏州市姑苏区人民路1号 吴先生」\n<Q>\n这个地址不对 不改了 直接拦截", "intercept:A", [3, 2])
m("?", "[2026-11-11 20:31] 李娜: {A} 帮忙催一下\n[2026-11-11 20:33] 李娜: {B} 也催\n------\n这两单今天还没到 再催",
  "urge:A,B", [3, 4])
m("?", "[2026-11-11 21:05] 陈姐: {A} 拦截\n- - - - - - - -\n@快递小助手 这单麻烦现在就拦", "intercept:A", [3, 4])
m("?", "引用 客户：{A} 外包装破了 东西也碎了\n麻烦登记破损", "damaged:A", [3])
m("?", "「客户王先生：快递员把东西扔门口就走了 {A}」\n<Q>\n投诉派件员", "complaint:A", [3])
m("?", "“{A} 拦截” 这个是我昨天发的，今天不用拦了", "", [3, 1], nh=True)
m("?", "【转发】客户说：我的件 {A} 显示签收了，可是我根本没收到！\n@快递小助手 帮忙核实签收", "verify_delivery:A", [3])
m("?", "以下是客户原话：“{A} 都五天了还在转运中心不动”\n麻烦催一下", "urge:A", [3])
m("?", "以下是客户原话：“收到的杯子碎了两个 {A}”\n登记一下，客户要赔偿", "claim:A", [3, 8])
m("?", "【转发】客户说：你们快递员态度太差了，{A} 打电话还骂人\n投诉", "complaint:A", [3])
m("?", "回复 @小周：{A} 是不是丢了\n是丢了 网点说找不到 登记遗失", "lost:A", [3])
m("?", "「王芳：{A} 拦截 {B} 拦截」\n<Q>\n{B} 别拦 客户又要了", "", [3, 1], nh=True)
m("?", "「王芳：{A} 拦截」\n<Q>\n同上，{B} {C} 也拦截", "intercept:B,C", [3])
m("?", "引用 快递小助手：@售后小林 {A} 拦截已提交，结果会第一时间通知您\n{B} 也拦一下", "intercept:B", [3])
m("?", "「快递小助手：@售后小林 {A} 拦截已提交，结果会第一时间通知您」\n<Q>\n不拦了，改地址：福州市鼓楼区五四路158号 林女士",
  "change_address:A", [3, 1, 2])
m("?", "引用 王芳：{A} 拦截\n@王芳 这单我昨天已经让客户拒收了，不用拦", "", [3, 1], nh=True)
m("?", "回复 @李娜：{A} 改地址\n新地址 上海市徐汇区漕溪北路88号 李娜收 {P}", "change_address:A", [3, 4])
m("?", "「陈姐：客户 {P} 说快递一直没到」\n<Q>\n单号是 {A} 催一下", "urge:A", [3, 4])
m("?", "「{A}」这个单号拦截", "intercept:A", [3])
m("?", "「客户：我要退货，{A} 别给我送了」\n<Q>\n拦截退回", "intercept:A", [3])
m("?", "引用 阿杰：今天这批 {A} {B} {C} 都发错货了\n全部拦截", "intercept:A,B,C", [3, 7])
m("?", "引用 阿杰：今天这批 {A} {B} {C} 也发错货了\n第一个和第三个拦截 第二个客户说不用退", "intercept:A,C", [3, 7, 1])
m("?", "「快递小助手：@售后小林 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n<Q>\n不用登记了 客户说能用",
  "", [3, 1], nh=True)
m("?", "「快递小助手：@售后小林 {A} 已为您催促派送，请耐心等待」\n<Q>\n{B} 也帮忙催一下", "urge:B", [3])
m("?", "「快递小助手：@售后小林 {A} 改址已提交，结果会第一时间通知您」\n<Q>\n电话写错了 改成 {P}", "change_address:A",
  [3, 4], nh=True)
m("?", "回复 @快递小助手：@售后小林 {A} 撤单成功\n谢谢", "", [3])
m("?", "[11-11 20:45] 客户(王先生): 快递 {A} 显示在派送 但我人不在家\n------\n"
  "改派到 杭州市滨江区江南大道3850号 创新大厦前台 王先生 {P}", "change_address:A", [3, 4])
m("?", "「王芳：{A} 查一下到哪了」\n<Q>\n顺便催一下", "urge:A", [3])
m("?", "「王芳：{A} 查一下重量」\n<Q>\n这单也要查下重量 {B}", "weight:B", [3])
m("?", "引用 小周：{A} 理赔\n已经赔过了，不用理赔", "", [3, 1], nh=True)
m("?", "回复 @阿杰：{A} 延误\n这单也投诉一下", "complaint:A", [3])
m("?", "「客户：{A} 三天了还没到，是不是丢了？」\n<Q>\n帮查一下到哪了", "track:A", [3])
m("?", "【转发】客户说：快递 {A} 被别人签收了 签收人我不认识\n核实一下 谢谢", "verify_delivery:A", [3])
m("?", "以下是客户原话：我地址填错了，应该是 长沙市开福区芙蓉中路一段478号 刘洋 {P}，快递单号 {A}\n帮忙改址",
  "change_address:A", [3, 4])
m("?", "引用 李娜：{A} 拦截\n{A} 麻烦加急拦截 客户急", "intercept:A", [3])
m("?", "「李娜：{A} 催件」\n<Q>\n「快递小助手：@李娜 {A} 已为您催促派送，请耐心等待」\n<Q>\n还是没动 投诉",
  "delay:A; complaint:A", [3, 8])  # audit-abc: rule 7, "延误了 客户要投诉" -> delay + complaint
m("?", "回复 @王芳：{A} 核重\n重量没问题了 不用核了", "", [3, 1], nh=True)
m("?", "「王芳：{A} {B} 拦截」\n<Q>\n上面两个改成撤单 还没揽收", "cancel:A,B", [3, 2, 7])
m("?", "引用 王芳：[图片]\n{A} 这个破损", "damaged:A", [3])
m("?", "「快递小助手：@售后小林 {A} 已为您登记延误工单，结果会第一时间通知您」\n<Q>\n客户要投诉", "complaint:A", [3])
m("?", "“我下单的 {A} 能不能改到公司地址”\n客户问的 帮忙改一下：深圳市福田区深南大道6008号 特区报业大厦12楼 郑小姐",
  "change_address:A", [3])
m("?", "「阿杰：{A} 撤单」\n<Q>\n已经揽收了 撤不了 改拦截", "intercept:A", [3, 2])
m("?", "回复 @王芳：客户说 {A} 的东西漏液了\n麻烦登记一下", "damaged:A", [3])
m("?", "引用 快递小助手：@售后小林 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n另外快递员态度也很差 一起投诉",
  "complaint:A", [3])
m("?", "「李娜：{A} 丢了吗」\n<Q>\n@快递小助手 丢了 客户要赔钱", "claim:A", [3, 8])
m("?", "“{A} 帮我退回”——客户发的，麻烦拦截", "intercept:A", [3])
m("?", "引用 客户：东西收到了 但是少了一件 单号 {A}\n登记少件", "lost:A", [3])
m("?", "回复 @小周：{A} 多收了运费\n帮忙核一下重量", "weight:A", [3])
m("?", "「快递小助手：@售后小林 {A} 已签收，无法拦截」\n<Q>\n客户说根本没收到 核实签收 另外要理赔",
  "verify_delivery:A; claim:A", [3, 8])
m("?", "「快递小助手：@售后小林 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n<Q>\n好 那就撤单", "cancel:A", [3])
m("?", "王芳：\n{A} 催件\n————————————\n这单已经签收了 不用催了", "", [3, 1], nh=True)
m("?", "「李娜: {A} 到哪了」\n这个已经丢了 帮忙登记遗失", "lost:A", [3])
m("?", "[2026-11-12 09:02] 王芳: {A} 拦截\n[2026-11-12 09:03] 王芳: {B} 拦截\n- - - - - - - - - - -\n两个都不用拦了 客户都要了",
  "", [3, 1, 4], nh=True)
m("?", "回复 @快递小助手：@售后小林 {A} 已为您催促派送，请耐心等待\n{A} 催了一天了还没派 投诉派件员", "complaint:A", [3])
m("?", "「客户：{A} 我不要了 退回去吧」\n<Q>\n按客户说的 拦截", "intercept:A", [3])
m("?", "引用 快递小助手：@售后小林 请确认：{A} 拦截退回？回复“确认”即办理\n确认拦截", "intercept:A", [3])
m("?", "「王芳：客户说 {A} 要改地址 新地址还没发过来」\n<Q>\n"
  "@快递小助手 这单改址 地址是 南京市建邺区江东中路369号 新华报业大厦6楼 孙经理", "change_address:A", [3])
m("?", "“{A}”\n“{B}”\n客户发来的两个单号 都催一下", "urge:A,B", [3])
m("?", "回复 @阿杰：{A} 东西碎了\n客户要赔偿 帮忙理赔", "claim:A", [3, 8])
m("?", "「快递小助手：@售后小林 {A} 拦截已提交，结果会第一时间通知您」\n<Q>\n@快递小助手 谢谢 辛苦", "", [3])
m("?", "引用 陈姐：{A} 到哪了\n@快递小助手 {B} 这个也查一下", "track:B", [3])
m("?", "「快递小助手：@售后小林 {A} 撤单成功」\n<Q>\n{B} 也撤单 同一个客户的", "cancel:B", [3])
m("?", "以下是客户原话：\n“你好 我的快递 {A} 到现在还没发货吗 我不要了”\n帮忙撤单 还没揽收", "cancel:A", [3])
m("?", "【转发】客户说：快递 {A} 的外箱湿透了 里面的书全泡了\n@快递小助手 登记破损 另外这个派件员上次也这样 投诉",
  "damaged:A; complaint:A", [3, 8])

# ---------------------------------------------------------------------------------------------------------------
# 4. Numbers that are not waybills: phones, order numbers, amounts, dates
# ---------------------------------------------------------------------------------------------------------------
m("?", "{A} 改址 浙江省杭州市西湖区文三路90号 张三 {P}", "change_address:A", [4])
m("?", "{A} 改地址：广东省深圳市南山区科苑路15号 科兴科学园B栋 李明 {P}", "change_address:A", [4])
m("?", "改址 {A}\n收件人：王丽\n电话：{P}\n地址：江苏省南京市玄武区珠江路88号 新世界中心A座", "change_address:A", [4])
m("?", "{A} 客户电话 {P} 打不通 派件员说联系不上 拦截退回", "intercept:A", [4])
m("?", "订单号 {O}\n运单号 {A}\n客户申请退款了 拦截", "intercept:A", [4])
m("?", "{O} 这个订单的快递 {A} 催一下", "urge:A", [4])
m("?", "客户 {P} 反映 {A} 显示签收没收到", "verify_delivery:A", [4])
m("?", "{A} 货值 ¥368.00 破损 要求赔偿", "claim:A", [4, 8])
m("?", "{A} 重量不对 我们称的1.2kg 你们计费3.5kg 多收了12元", "weight:A", [4])
m("?", "2026-11-11 下单的 {A} 到今天还没到 催一下", "urge:A", [4])
m("?", "{A} 11月9日发的 11月13日还在中转 延误", "delay:A", [4])
m("?", "{A} 收件人电话改为 {P}", "change_address:A", [4], nh=True)
m("?", "{A} 改址 新电话 {P} 新地址 成都市锦江区红星路三段1号 IFS国金中心 杨女士", "change_address:A", [4])
m("?", "{A} 拦截 有问题打我电话 {P}", "intercept:A", [4])
m("?", "{A} 客户要求改地址\n新地址：河北省石家庄市长安区中山东路39号 勒泰中心\n联系人：马先生 {P}\n原地址作废",
  "change_address:A", [4])
m("?", "订单 {O} / 运单 {A} / 金额 89.90 / 客户拒收 退回", "intercept:A", [4])
m("?", "{A} 客户 {P} 说签收人不是本人 核实签收", "verify_delivery:A", [4])
m("?", "{A} 丢件 货值 1299 元 申请理赔 订单号 {O}", "claim:A", [4, 8])
m("?", "{A}\n{P}\n这个帮忙催一下", "urge:A", [4])
m("?", "{P}\n{A}\n拦截", "intercept:A", [4])
m("?", "客户手机 {P} 单号 {A} 收件人写错了 改成 刘芳 地址不变", "change_address:A", [4], nh=True)
m("?", "{A} 到哪了 客户 {P} 一直打电话来问", "track:A", [4])
m("?", "2026年11月11日 20:31 发的 {A} 撤单", "cancel:A", [4])
m("?", "{A} 双十一那天发的 今天都11月18号了还没到 是不是丢了", "lost:A", [4])
m("?", "{A} 破损 赔 50 元就行", "claim:A", [4, 8])
m("?", "客户 {P}（备用 {P2}）的件 {A} 加急", "urge:A", [4])
m("?", "订单号：{O}\n物流单号：{A}\n问题：少件\n金额：¥59.00", "lost:A", [4])
m("?", "{A} 客户 11.11 买的 11.15 说收到东西碎了", "damaged:A", [4])
m("?", "客户电话 {P} 已经打了 3 次 快递员都说在路上 {A} 投诉", "complaint:A", [4])
m("?", "@快递小助手 {A} 地址改为 安徽省合肥市蜀山区长江西路189号 收件人 吴老师 手机 {P} 备用 {P2}", "change_address:A", [4])
m("?", "{A} 运单重量 5kg 实际 0.8kg 核重", "weight:A", [4])
m("?", "{A} 快件价值 2680 元 理赔只给了 300 不认可 申请仲裁", "arbitration:A", [4])
m("?", "{A} 这个 19 号就该到了 今天 23 号 延误四天了", "delay:A", [4])
m("?", "{O}\n{O2}\n这两个订单对应的快递 {A} {B} 都拦截", "intercept:A,B", [4])
m("?", "{A} 收件人手机号改为 {P}，地址改为 江西省南昌市东湖区八一大道357号 财富广场 胡女士", "change_address:A", [4])
m("?", "{A} 下午 3 点前能到吗 客户 {P} 急用", "track:A", [4])
m("?", "晚上 20:45 客户 {P} 说不要了 {A} 拦截", "intercept:A", [4])
m("?", "{A} 保价 500 元 丢了 赔偿", "claim:A", [4, 8])
m("?", "{A} 收件人 {P} 改为 {P2}", "change_address:A", [4], nh=True)
m("?", "{A} 12.12 之前必须到 加急", "urge:A", [4])
m("?", "{A} 拦截 客户已退款 退款金额 ¥129.00 退款单号 {O}", "intercept:A", [4])
m("?", "{A}\t{P}\t拦截", "intercept:A", [4])
m("?", "客户电话 {P} 地址 上海市长宁区延安西路1088号 长峰中心 {A} 转寄", "change_address:A", [4])
m("?", "{A}｜客户 {P}｜改地址：广西南宁市青秀区民族大道136号 华润大厦C座 黄先生", "change_address:A", [4])
m("?", "{A} 这件我们 10 月 30 日寄的 重量 2.3kg 系统显示 6kg 超重 查重量", "weight:A", [4])
m("?", "{A} 客户投诉 说快递员 11 月 12 日下午没打电话就放门口 客户手机 {P}", "complaint:A", [4])
m("?", "淘宝订单 {O} 的包裹 {A} 查一下", "track:A", [4])
m("?", "{A} 包裹 3 件只到了 2 件 少件", "lost:A", [4])
m("?", "{A} 拼多多订单 {O} 客户说没收到 但显示签收", "verify_delivery:A", [4])
m("?", "{A} 改址 收件人：赵磊 手机：{P} 地址：山东省济南市历下区泉城路180号 齐鲁国际大厦1508", "change_address:A", [4])
m("?", "{A} 仲裁 工单号 {O} 处理了 15 天没结果", "arbitration:A", [4])
m("?", "@快递小助手 {A} 客户 {P} 要求今天 18:00 前送到 加急", "urge:A", [4])
m("?", "{A} 退款 ¥45.60 已经退了 东西拦回来", "intercept:A", [4])
m("?", "客户电话：{P}\n客户电话2：{P2}\n单号：{A}\n问题：显示签收没收到", "verify_delivery:A", [4])
m("?", "[2026-11-11 20:58] 客户(李小姐): 电话 {P} 我不要了\n------\n{A} 拦截", "intercept:A", [4, 3])
m("?", "{A} 订单金额 ¥1,280 东西摔坏了 申请理赔", "claim:A", [4, 8])
m("?", "{A} 改地址 联系人 蒋琳 {P} 地址 云南省大理市古城人民路 120号", "change_address:A", [4])
m("?", "订单号{O}，运单号{A}，客户要求撤单", "cancel:A", [4])
m("?", "{A} 客户说 11/20 前必须收到 到哪了", "track:A", [4])
m("?", "{A} 这单 2026.11.10 就发了 还在始发地 不动了", "delay:A", [4])
m("?", "{A} 客户 {P} 说派件员辱骂 投诉 订单 {O}", "complaint:A", [4])
m("?", "{A} 拦截\n（客户 {P} 11 月 12 日 22:10 来电要求）", "intercept:A", [4])
m("?", "{A} 改地址 北京市海淀区学院路 30号 科大天工大厦 B座 7层 杜先生 {P}\n订单 {O}", "change_address:A", [4])

# ---------------------------------------------------------------------------------------------------------------
# 5. Commands written other ways: pinyin, English, mixed, colloquial, voice-to-text, traditional characters
# ---------------------------------------------------------------------------------------------------------------
m("?", "{A} lanjie", "intercept:A", [5])
m("?", "{A} chedan", "cancel:A", [5])
m("?", "{A} gaizhi 杭州市上城区解放路138号 小林", "change_address:A", [5])
m("?", "{A} cuijian 谢谢", "urge:A", [5])
m("?", "{A} intercept pls", "intercept:A", [5])
m("?", "pls cancel the order {A}", "cancel:A", [5])
m("?", "{A} urgent!! customer needs it tomorrow", "urge:A", [5])
m("?", "where is it? {A}", "track:A", [5])
m("?", "{A} return to sender", "intercept:A", [5])
m("?", "{A} 帮忙 intercept 一下", "intercept:A", [5])
m("?", "{A} 客户要 compensation 货坏了", "claim:A", [5, 8])
m("?", "{A} complain 派件员", "complaint:A", [5])
m("?", "{A} 给我截住 别送了", "intercept:A", [5])
m("?", "{A} 整回来 客户不要了", "intercept:A", [5])
m("?", "嗯那个 {A} 这个单子帮我拦一下啊 对 拦截 客户说不要了", "intercept:A", [5])
m("?", "{A} 攔截", "intercept:A", [5])
m("?", "{A} 撤單", "cancel:A", [5])
m("?", "{A} 破損 外箱壓壞了", "damaged:A", [5])
m("?", "{A} 遺失 請登記", "lost:A", [5])
m("?", "{A} 簽收了但沒收到 請核實", "verify_delivery:A", [5])
m("?", "{A} hurry up plz", "urge:A", [5])
m("?", "{A} 这货咋还在路上晃悠 催催催", "urge:A", [5])
m("?", "{A} 东西稀碎 客户拍照了", "damaged:A", [5])
m("?", "{A} 咋这么多天还不动弹", "delay:A", [5])
m("?", "{A} 称重不对劲 帮看下", "weight:A", [5])
m("?", "{A} change address to 深圳市宝安区新安街道创业二路28号 Mr. Li", "change_address:A", [5])
m("?", "那个什么 {A} 这个件啊 客户说一直没收到 然后显示签收了 你帮我核实一下 好吧", "verify_delivery:A", [5])
m("?", "嗯 {A} 这个 帮我退回 对 退回 谢谢啊", "intercept:A", [5])
m("?", "{A} 走个 lipei", "claim:A", [5])
m("?", "{A} tousu 快递员", "complaint:A", [5])
m("?", "{A} track pls", "track:A", [5])
m("?", "{A} weight check", "weight:A", [5])
m("?", "{A} damaged, box crushed", "damaged:A", [5])
m("?", "{A} lost parcel, pls file a claim", "claim:A", [5, 8])
m("?", "{A} 催一哈 谢谢亲", "urge:A", [5])
m("?", "{A} 莫派了 退回去", "intercept:A", [5])
m("?", "@快递小助手 {A} 这个 delay 好几天了", "delay:A", [5])
m("?", "{A} jiaji", "urge:A", [5])
m("?", "{A} 麻烦 cancel 掉 不寄了", "cancel:A", [5])
m("?", "{A} 退件退件退件！！！", "intercept:A", [5])
m("?", "喂 你好 就是 {A} 这个快递 嗯 三天了 一直不动 帮我催一下啊 谢谢", "urge:A", [5])
m("?", "{A} 仲裁 arbitration pls", "arbitration:A", [5])
m("?", "{A} 派件員態度很差 投訴", "complaint:A", [5])

# ---------------------------------------------------------------------------------------------------------------
# 6. Numbers broken by the chat client: spaced S10 numbers, numbers split over lines
# ---------------------------------------------------------------------------------------------------------------
m("- A=ems_s10", "{A|sp} 拦截", "intercept:A", [6])  # audit-abc: rule 11, spaced: no confirm
m("ems A=ems_s10", "{A|sp} 到哪了", "track:A", [6])
m("- A=ems_s10", "{A|sp} 催一下 客户急", "urge:A", [6])
m("ems A=ems_s10", "国际件 {A|sp} 客户说外箱破损", "damaged:A", [6])
m("- A=ems_s10 B=ems_s10", "{A|sp}\n{B|sp}\n两个都催件", "urge:A,B", [6])
m("ems A=ems_s10", "邮件号 {A|sp} 撤单", "cancel:A", [6])  # audit-abc: rule 11, spaced: no confirm
m("- A=ems_s10", "{A|sp} 显示妥投 客户没收到", "verify_delivery:A", [6])
m("ems A=ems_s10", "邮件号 {A|sp} 延误一周了", "delay:A", [6])
m("- A=ems_s10", "@快递小助手 {A|sp} 改址 江苏省无锡市滨湖区蠡湖大道1800号 江南大学 王同学", "change_address:A", [6])
# audit-abc: rule 11, spaced on one line: no confirm
m("- A=ems_s10", "{A|sp} 丢了 客户等了半个月", "lost:A", [6])
m("ems A=ems_s10", "{A|sp} 查一下重量", "weight:A", [6])
m("- A=ems_s10", "EMS {A|sp} 理赔", "claim:A", [6])
m("?", "{A|nl} 拦截", "intercept:A", [6], cf=True)
m("?", "{A|nl}\n催件", "urge:A", [6])
m("?", "@快递小助手 {A|nl} 查一下", "track:A", [6])
m("?", "{A|nl} 改址 南宁市西乡塘区大学东路100号 广西大学 韦同学", "change_address:A", [6], cf=True)
m("?", "单号 {A|nl} 丢了", "lost:A", [6])
m("?", "{A|nl} 撤单 客户取消了", "cancel:A", [6], cf=True)
m("?", "{A} 拦截\n{B|nl} 也拦截", "intercept:A,B", [6], cf=True)
m("?", "{A|nl} 破损", "damaged:A", [6])
m("?", "{A|nl} 重量不对", "weight:A", [6])
m("?", "{A|nl} 投诉 派件员乱放", "complaint:A", [6])
m("?", "{A|nl} 显示签收了 客户说没收到", "verify_delivery:A", [6])
m("?", "{A|nl} 好几天没更新了", "delay:A", [6])
m("?", "{A|nl} 退回", "intercept:A", [6], cf=True)
m("?", "{A|nl} 申请仲裁", "arbitration:A", [6])
m("?", "{A|nl} 改地址 收件人 刘畅 {P} 地址 哈尔滨市南岗区西大直街92号 哈工大", "change_address:A", [6, 4], cf=True)
m("?", "客户 {P} 的件 {A|nl} 催一下", "urge:A", [6, 4])
m("- A=yto", "{A|sp} 拦截", "intercept:A", [6])  # audit-abc: rule 11, spaced: no confirm
m("zto", "{A|sp} 催件", "urge:A", [6])
m("- A=jt", "{A|sp} 到哪了", "track:A", [6])
m("- A=sf", "{A|sp} 撤单", "cancel:A", [6])  # audit-abc: rule 11, spaced: no confirm
m("sto", "{A|sp} 破损", "damaged:A", [6])
m("- A=jd", "{A|sp} 查件", "track:A", [6])
m("yunda", "{A|sp} 三天没动了", "delay:A", [6])
m("- A=deppon", "{A|sp} 丢件", "lost:A", [6])
m("cainiao", "{A|sp} 催一下", "urge:A", [6])
m("ems", "{A|sp} 拦截退回", "intercept:A", [6])  # audit-abc: rule 11, spaced: no confirm
m("?", "{A|nl} 拦截\n{B} 催件", "intercept:A; urge:B", [6], cf=True)
m("?", "{A|nl} 催件\n{B|nl} 催件", "urge:A,B", [6])
m("?", "{A|nl} 理赔 东西摔坏了", "claim:A", [6])
# audit-abc: rule 11, spaced: no confirm
m("- A=ems_s10", "{A|sp} 改地址 收件人不变 新地址 合肥市包河区徽州大道 1号", "change_address:A", [6])
m("- A=ems_s10", "{A|sp} 投诉 邮递员说送了其实没送", "complaint:A", [6])

# ---------------------------------------------------------------------------------------------------------------
# 7. Several parcels and commands in one message: positional references, pasted tables
# ---------------------------------------------------------------------------------------------------------------
m("?", "{A}\n{B}\n{C}\n这三个 头一个拦截 剩下两个催一下", "intercept:A; urge:B,C", [7])
m("?", "{A}\n{B}\n上面这两单都拦截", "intercept:A,B", [7])
m("?", "{A} {B} {C} {D}\n以上全部催件", "urge:A,B,C,D", [7])
m("?", "{A}\t拦截\n{B}\t催件\n{C}\t查重量", "intercept:A; urge:B; weight:C", [7])
m("?", "单号              操作\n{A}   拦截\n{B}   撤单\n{C}   拦截", "intercept:A,C; cancel:B", [7])
m("?", "{A} {B} 第一个改地址 重庆市江北区观音桥步行街9号 唐女士 第二个撤单", "change_address:A; cancel:B", [7])
m("?", "{A}、{B}、{C} 前两个破损 最后一个丢了", "damaged:A,B; lost:C", [7])
m("?", "{A}\n{B}\n{C}\n中间那个拦截 其他的催一下", "intercept:B; urge:A,C", [7])
m("?", "{A}\t改址\t杭州市萧山区金城路438号\t陈晨\t{P}\n{B}\t改址\t宁波市鄞州区天童南路588号\t方圆\t{P2}",
  "change_address:A,B", [7, 4])
m("?", "{A} {B} 这俩一个要拦一个要催", "", [7], nh=True)
m("?", "{A}\n{B}\n{C}\n{D}\n1、3 拦截 2、4 催件", "intercept:A,C; urge:B,D", [7])
m("?", "{A} {B} 前者催件 后者投诉", "urge:A; complaint:B", [7])
m("?", "序号\t运单号\t问题\n1\t{A}\t破损\n2\t{B}\t少件\n3\t{C}\t延误", "damaged:A; lost:B; delay:C", [7])
m("?", "{A}\n{B}\n{C}\n最后一单不用管 前面的都拦截", "intercept:A,B", [7, 1])
m("?", "{A} 和 {B} 分别是拦截和催件", "intercept:A; urge:B", [7])
m("?", "{A} {B} {C}\n除了 {B} 都拦截", "intercept:A,C", [7, 1])
m("?", "运单号    收件人    新地址    电话\n{A}    吴婷    苏州市吴中区东吴北路299号    {P}\n"
  "{B}    徐磊    无锡市梁溪区人民中路139号    {P2}\n这两个改址", "change_address:A,B", [7, 4])
m("?", "{A} 催 {B} 催 {C} 拦 {D} 拦", "urge:A,B; intercept:C,D", [7])
m("?", "①{A} 拦截 ②{B} 改地址 北京市海淀区中关村大街27号 中关村大厦10层 刘工 ③{C} 催件",
  "intercept:A; change_address:B; urge:C", [7])
m("?", "{A}\n{B}\n{C}\n这几单一直不动 第一个催一下 第二个第三个登记延误", "urge:A; delay:B,C", [7])
m("?", "拦截：{A} {B}\n催件：{C}\n撤单：{D}", "intercept:A,B; urge:C; cancel:D", [7])
m("?", "{A}-拦截\n{B}-拦截\n{C}-改派 佛山市南海区桂城街道南海大道北68号 梁小姐", "intercept:A,B; change_address:C", [7])
m("?", "{A} {B} {C} {D} 前三个撤单 最后一个已经揽收了 拦截", "cancel:A,B,C; intercept:D", [7])
m("?", "{A} 催件\n{B} 同上\n{C} 同上", "urge:A,B,C", [7])
m("?", "单号\t状态\t处理\n{A}\t已发货\t拦截\n{B}\t未揽收\t撤单\n{C}\t已签收\t核实签收",
  "intercept:A; cancel:B; verify_delivery:C", [7])
m("?", "{A} {B} 一个破损一个丢件", "", [7], nh=True)
m("?", "{A} 和 {B} 都要拦截，另外 {A} 顺便投诉一下", "intercept:A,B; complaint:A", [7, 8])
m("?", "{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n这批全部拦截 发错货了", "intercept:A,B,C,D,E,F", [7])
m("?", "{A} {B} 后面那个改地址到 大连市中山区人民路15号 于先生，前面那个不用管", "change_address:B", [7])
m("?", "{A}  拦截退回\n{B}  拦截退回\n{C}  改址 珠海市香洲区情侣中路39号 钟女士 {P}\n{D}  催件",
  "intercept:A,B; change_address:C; urge:D", [7, 4])
m("?", "运单号\t订单号\t操作\n{A}\t{O}\t拦截\n{B}\t{O2}\t拦截", "intercept:A,B", [7, 4])
m("?", "{A} {B} {C}\n这几个都是同一个客户的 全部改地址到 济南市历城区工业南路57号 高女士",
  "change_address:A,B,C", [7])
m("?", "{A}\n{B}\n{C}\n前两个丢了要理赔 第三个破损", "claim:A,B; damaged:C", [7, 8])
m("?", "{A} {B} 这两个不是一个意思 第一个是查件 第二个是仲裁", "track:A; arbitration:B", [7])
m("?", "{A}\n{B}\n{C}\n全部催件，第二个除外 那个已经签收了", "urge:A,C", [7, 1])

# ---------------------------------------------------------------------------------------------------------------
# 8. Compound requests: compensation, damage with complaint, several intents for one number
# ---------------------------------------------------------------------------------------------------------------
m("?", "{A} 丢了 要求赔偿", "claim:A", [8])
m("?", "{A} 破损 要赔偿", "claim:A", [8])
m("?", "{A} 外箱破了 东西碎了 快递员还扔件 投诉", "damaged:A; complaint:A", [8])
m("?", "{A} 压坏了 要赔偿 并且投诉派件员", "claim:A; complaint:A", [8])
m("?", "{A} 拦截退回 同时投诉派件员", "intercept:A; complaint:A", [8])
m("?", "{A} 晚了好几天 客户说要投诉", "delay:A; complaint:A", [8])
m("?", "{A} 快点派送吧 客户都投诉了", "urge:A; complaint:A", [8])
m("?", "{A} 催一下 另外重量不对 帮忙核一下", "urge:A; weight:A", [8])
m("?", "{A} 到哪了 赶紧催一下", "urge:A", [8])
m("?", "{A} 遗失 申请赔付 并投诉网点", "claim:A; complaint:A", [8])
m("?", "{A} 显示签收没收到 核实一下 另外投诉派件员", "verify_delivery:A; complaint:A", [8])
m("?", "{A} 申请仲裁 同时投诉", "arbitration:A; complaint:A", [8])
m("?", "{A} 漏液了 把同车的件都弄湿了 要赔偿", "claim:A", [8])
m("?", "{A} 查一下到哪了 顺便核一下重量", "weight:A", [8])
m("?", "{A} 破损 登记一下 顺便催一下另外一单 {B}", "damaged:A; urge:B", [8, 7])
m("?", "{A} 延误又破损", "delay:A; damaged:A", [8])
m("?", "{A} 拦截 另外查下重量 感觉收多了", "intercept:A; weight:A", [8])
m("?", "{A} 改地址 厦门市集美区杏林湾路518号 陈女士 改完尽快派送", "change_address:A; urge:A", [8])
m("?", "{A} 东西碎了 快递员态度差 要赔偿也要投诉", "claim:A; complaint:A", [8])
m("?", "{A} 签收了没收到 核实签收 并申请理赔", "verify_delivery:A; claim:A", [8])
m("?", "{A} 丢了 投诉", "lost:A; complaint:A", [8])
m("?", "{A} 催件 加投诉 三天了", "urge:A; complaint:A", [8])
m("?", "{A} 重量不对 多收了钱 投诉", "weight:A; complaint:A", [8])
m("?", "{A} 撤单 另外之前那单 {B} 理赔", "cancel:A; claim:B", [8, 7])
m("?", "{A} 拦截 {A} 投诉", "intercept:A; complaint:A", [8])
m("?", "{A} 破损理赔", "claim:A", [8])
m("?", "{A} 同时申请理赔和仲裁", "claim:A; arbitration:A", [8])
m("?", "{A} 拦截退回 同时理赔 货已经坏了", "intercept:A; claim:A", [8])
m("?", "{A} 延误 + 少件", "delay:A; lost:A", [8])
m("?", "{A} 查重量 + 投诉 + 催件", "weight:A; complaint:A; urge:A", [8])
m("?", "{A} 外包装破损 里面少了一个 登记破损和少件", "damaged:A; lost:A", [8])
m("?", "@快递小助手 {A} 拦截 {B} 理赔加投诉", "intercept:A; claim:B; complaint:B", [8, 7])
m("?", "{A} 碎了 赔偿 {B} 丢了 赔偿", "claim:A,B", [8, 7])


# ---------------------------------------------------------------------------------------------------------------
# Building the records
# ---------------------------------------------------------------------------------------------------------------
PLACE = re.compile(r"\{([A-H])(?:\|(\w+))?\}|\{(P\d?)\}|\{(O\d?)\}")


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def spaced(n: str, kind: str) -> str:
    if kind == "ems_s10":
        return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:11]} {n[11:]}"
    if kind == "jd":
        head, digits = n[:4], n[4:]
    else:
        k = len(n) - len(n.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        head, digits = n[:k], n[k:]
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return " ".join(([head] if head else []) + groups)


def split_line(n: str, rng: random.Random) -> str:
    cut = len(n) // 2 + rng.randint(-1, 1)
    return n[:cut] + "\n" + n[cut:]


def order_number(rng: random.Random) -> str:
    return rng.choice("1234") + "".join(rng.choice("0123456789") for _ in range(rng.choice((17, 18)) ))


def parse_expected(exp: str) -> list[tuple[str, list[str]]]:
    groups = []
    for part in filter(None, (p.strip() for p in exp.split(";"))):
        intent, letters = part.split(":")
        groups.append((intent.strip(), [x.strip() for x in letters.split(",")]))
    return groups


def build(rng: random.Random) -> list[dict]:
    records = []
    used: set[str] = set()
    for i, (spec, text, exp, cats, nh, cf) in enumerate(ENTRIES, 1):
        toks = spec.split()
        head = toks[0]
        pinned = dict(t.split("=") for t in toks[1:])
        if head == "?":
            head = rng.choice(GROUPS) if rng.random() < 0.65 else "-"
        carrier = None if head == "-" else head
        if carrier is None:
            same = rng.random() < 0.5
            base = rng.choice(PREFIXED)
        elif carrier == "ems":
            same, base = True, ("ems_s10" if rng.random() < 0.3 else "ems")
        else:
            same, base = True, carrier
        letters = sorted({g[0] for g in PLACE.findall(text) if g[0]})
        nums: dict[str, str] = {}
        kinds: dict[str, str] = {}
        for letter in letters:
            kind = pinned.get(letter) or (base if same else rng.choice(PREFIXED))
            n = wn.waybill(rng, kind)
            while n in used:
                n = wn.waybill(rng, kind)
            used.add(n)
            nums[letter], kinds[letter] = n, kind
            if carrier is None and n.isdigit():
                raise ValueError(f"entry {i}: all-digit number without a group carrier")
        extras: dict[str, str] = {}

        def fill(mt: re.Match) -> str:
            letter, form, ph, order = mt.groups()
            if ph:
                if ph not in extras:
                    extras[ph] = wn.phone_notation(rng, wn.phone(rng))
                return extras[ph]
            if order:
                if order not in extras:
                    extras[order] = order_number(rng)
                return extras[order]
            n = nums[letter]
            if form is None:
                return n
            if form == "sp":
                return spaced(n, kinds[letter])
            if form == "nl":
                return split_line(n, rng)
            if form == "fw":
                return fullwidth(n)
            if form == "short":
                return n[:-5]
            if form == "tail":
                return n[-4:]
            raise ValueError(f"entry {i}: unknown form {form}")

        body = PLACE.sub(fill, text).replace("<Q>", Q)
        expected = [{"intent": intent, "waybills": [nums[x] for x in xs]} for intent, xs in parse_expected(exp)]
        records.append({
            "id": f"c-{i:04d}", "text": body, "carrier": carrier, "expected": expected,
            "needs_human": nh, "confirm": cf, "categories": sorted(set(cats)), "style": "c",
        })
    return records


def squash(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-]", "", t)


def validate(records: list[dict]) -> None:
    ids, texts = set(), set()
    for r in records:
        rid = r["id"]
        assert rid not in ids, rid
        ids.add(rid)
        assert r["text"] not in texts, f"duplicate text {rid}"
        texts.add(r["text"])
        assert not (r["confirm"] and r["needs_human"]), rid
        intents = {g["intent"] for g in r["expected"]}
        assert intents <= INTENTS, (rid, intents)
        if r["confirm"]:
            assert intents & CLASS1, f"{rid}: confirm without intercept/cancel/change_address"
        flat = squash(r["text"])
        for g in r["expected"]:
            assert g["waybills"], rid
            for w in g["waybills"]:
                assert w == w.upper() and " " not in w, rid
                assert w in flat, f"{rid}: {w} not in text"
        pairs = [(g["intent"], w) for g in r["expected"] for w in g["waybills"]]
        assert len(pairs) == len(set(pairs)), f"{rid}: repeated pair"
        tracked = {w for i, w in pairs if i == "track"}
        others = {w for i, w in pairs if i != "track"}
        assert not tracked & others, f"{rid}: track beside another intent"
        assert r["carrier"] in (None, *GROUPS), rid
        if r["carrier"] is None:
            assert not any(w.isdigit() for _, w in pairs), rid
        assert set(r["categories"]) <= set(range(9)) and r["categories"], rid
    counts = collections.Counter(t for _, t, *_ in ENTRIES)
    assert max(counts.values()) <= 2, [t for t, c in counts.items() if c > 2]


def main() -> None:
    rng = random.Random(SEED)
    records = build(rng)
    validate(records)
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = collections.Counter(c for r in records for c in r["categories"])
    intents = collections.Counter(g["intent"] for r in records for g in r["expected"] for _ in g["waybills"])
    print(f"{len(records)} messages -> {OUT}", file=sys.stderr)
    print("categories", dict(sorted(cats.items())), file=sys.stderr)
    print("intents (pairs)", dict(intents.most_common()), file=sys.stderr)
    print("needs_human", sum(r["needs_human"] for r in records), "confirm", sum(r["confirm"] for r in records),
          "no waybill", sum(not r["expected"] for r in records), file=sys.stderr)


if __name__ == "__main__":
    main()

