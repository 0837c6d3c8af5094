"""Writer "h": hand-written merchant messages of a cross-border / marketplace seller team (Lily, Mia, 阿杰).

Three people share one account on phone, desktop and a chat bridge that mangles formatting: forwarded WhatsApp /
WeChat messages with "[转发]" headers, quotes in several renderings, the bot's replies pasted back, line breaks in
the middle of numbers, full-width characters, English and Chinglish, pinyin, phones in every notation.

Every message below is written by hand; only the numbers are filled in from ``tests/data/waybill_numbers.py``.
Labels follow ``tests/data/LABELLING.md``. Run:

    /work/main/.venv/bin/python tests/data/writers/h_source.py

which writes ``tests/data/writers/h.jsonl`` deterministically.

Placeholders in a text: ``{kindN}`` or ``{kindN|form}``.
  kinds: yto zto sto yd(yunda) jt sf jd ems(13 digits) upu(EMS S10) dp(deppon) cn(cainiao); ph (phone); ord
  (platform order number, 18-19 digits).
  waybill forms: lc (lower case), fw (full-width), sp (S10: "EJ 302 993 041 CN", others groups of 4), sp3
  (groups of 3), dash (groups of 4 joined by "-"), nlK (a line break after K characters), spnl (groups of 4 with
  the middle gap a line break), tail4 (last four characters), short (a truncated, invalid number).
  phone forms: n0..n11 (the notations of waybill_numbers.phone_notation, in its order), n (a random one), tail4.
Expected groups are written "intent:name,name; intent:name".  "~W~" is a WeCom quote separator line.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wn)

OUT = HERE / "h.jsonl"
SEED = 20240817

KINDS = {
    "yto": "yto", "zto": "zto", "sto": "sto", "yd": "yunda", "jt": "jt", "sf": "sf", "jd": "jd",
    "ems": "ems", "upu": "ems_s10", "dp": "deppon", "cn": "cainiao",
}
GROUP = {"ems_s10": "ems"}
ALL_DIGIT = {"zto", "sto", "yunda", "ems", "cainiao"}
INTENTS = {
    "intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight", "track",
    "delay", "claim", "complaint", "arbitration",
}
WECOM_SEP = "\n- - - - - - - - - - - - - - -\n"
AUTO = object()

MESSAGES: list[dict] = []


def m(text, exp="", cats=(0,), nh=False, cf=False, carrier=AUTO):
    MESSAGES.append({"tpl": text, "exp": exp, "cats": list(cats), "nh": nh, "cf": cf, "carrier": carrier})


# ---------------------------------------------------------------------------------------------------------------
# Category 0: ordinary requests
# ---------------------------------------------------------------------------------------------------------------
m("{yto1} 麻烦拦截退回，谢谢", "intercept:yto1")
m("{zto1} 催一下，客户在催了", "urge:zto1")
m("帮忙查下 {jt1} 到哪了", "track:jt1")
m("{sf1} 撤单 不寄了", "cancel:sf1")
m("改址 {yd1} 广州市天河区体育西路103号维多利广场B座 陈小姐 {ph1}", "change_address:yd1", (0, 4))
m("{jd1} 显示已签收但是客户说没收到，麻烦核实下", "verify_delivery:jd1")
m("{dp1} 外箱破损，里面的东西也压坏了", "damaged:dp1")
m("{cn1} 丢件了吧 物流一直没有更新 仓库也说找不到", "lost:cn1")
m("{ems1} 怎么三天没动了", "delay:ems1")
m("{yto1} 申请理赔", "claim:yto1")
m("{zto1} 投诉派件员 不打电话直接放门口", "complaint:zto1")
m("{jt1} 这单申请仲裁", "arbitration:jt1")
m("{upu1}", "track:upu1")
m("{yto1}\n{yto2}\n{yto3}\n这三单都催一下", "urge:yto1,yto2,yto3")
m("{sf1} {sf2} 拦截", "intercept:sf1,sf2")
m("早上好～ {yd1} 帮我催催，谢啦", "urge:yd1")
m("{jd1} 什么时候能到啊", "track:jd1")
m("@客服 {dp1} 拦截退回到发货仓", "intercept:dp1")
m("{cn1} 取消寄件", "cancel:cn1")
m("{ems1} 加急派送 客户明天要用", "urge:ems1")
m("{yto1} 漏液了 客户拍了照片", "damaged:yto1")
m("{jt1} 少件 客户说箱子里少了一双鞋", "lost:jt1")
m("{sto1} 截件", "intercept:sto1")
m("{sf1} 转寄到 深圳市南山区科技园科苑路15号 王先生 {ph1}", "change_address:sf1", (0, 4))
m("{yto1} 查件", "track:yto1")
m("{yd1} 别派了 拦回来", "intercept:yd1")
m("{jd1} 作废", "cancel:jd1")
m("{dp1} 重量不对 帮我核重", "weight:dp1")
m("{cn1} 客户投诉了 说快递员态度差", "complaint:cn1")
m("{zto1} 催件\n{zto2} 催件", "urge:zto1,zto2")
m("{jt1} 拦截\n{jt2} 查件", "intercept:jt1; track:jt2")
m("{yto1} 虚假签收 快递员根本没送上门", "verify_delivery:yto1")
m("{yd1} 帮忙拦截一下 谢谢亲", "intercept:yd1")
m("麻烦 {dp1} 改地址：成都市武侯区天府大道北段1700号 刘女士 {ph1}", "change_address:dp1", (0, 4))
m("{cn1} 停滞好几天了", "delay:cn1")
m("{zto1} 能拦截吗", "intercept:zto1")
m("{jt1} 能不能催一下 客户急用", "urge:jt1")
m("{sf1} 可以帮忙查一下物流吗", "track:sf1")
m("{yto1} {yto2} {yto3} 全部撤单", "cancel:yto1,yto2,yto3")
m("{sto1} 称一下 感觉超重收费了", "weight:sto1")
m("{upu1} 客户说签收的不是本人 东西没拿到", "verify_delivery:upu1")
m("{jd1} 仓库说没这个件 到处都找不到", "lost:jd1")
m("{zto1} 客户拒收 别再派了 退回", "intercept:zto1")
# hedged: confirm
m("{yto1} 要不先拦着？我再跟客户确认下", "intercept:yto1", cf=True)
m("{sf1} 好像得改个地址 客户说搬家了 新地址 厦门市湖里区仙岳路4666号 林女士 {ph1}", "change_address:sf1",
  (0, 4), cf=True)
m("{yd1} 看看能不能撤单 还没揽收的话", "cancel:yd1", cf=True)
m("{jd1} 拦截 哎 也可能不用拦 客户还没回我", "intercept:jd1", (1, 2), cf=True)
m("{dp1} 撤单 还是不撤 纠结 先撤吧", "cancel:dp1", (2,), cf=True)
m("{ems1} 可能要退回 客户说地址不对 等我问问清楚", "intercept:ems1", cf=True)
# a clear instruction with a condition the bot can check
m("{zto1} 如果还没签收就拦截", "intercept:zto1")

# ---------------------------------------------------------------------------------------------------------------
# Category 1: negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
m("{yto1} 拦截 {yto2} 不用拦 客户说要", "intercept:yto1", (1,))
m("{zto1} 不用催了 客户收到了", "", (1,), nh=True)
m("不是不拦，客户确定不要了，{jt1} 现在就拦", "intercept:jt1", (1,))
m("{sf1} 不要退回，改派到 北京市朝阳区建国路88号SOHO现代城 赵先生 {ph1}", "change_address:sf1", (1, 4))
m("{yd1} 拦截\n……\n{yd1} 算了 不拦了 客户又要了", "", (1,))
m("{jd1} 不撤单了 已经揽收 直接拦截", "intercept:jd1", (1, 2))
m("{dp1} {dp2} 都拦截，{dp2} 算了不用了", "intercept:dp1", (1,))
m("不是不想等 是客户明天就出国了 {cn1} 务必今天送到 催一下", "urge:cn1", (1,))
m("{ems1} 没有破损 就是慢 一周了还没到", "delay:ems1", (1,))
m("{yto1} 不用理赔了 客户不追究了", "", (1,), nh=True)
m("{zto1} 不要改地址了 原地址派送就行", "", (1,), nh=True)
m("{jt1} {jt2} {jt3} 催件 除了{jt2} 那个已经到了", "urge:jt1,jt3", (1, 7))
m("{sf1} 不是要撤单 是要拦截 已经发出去了", "intercept:sf1", (1,))
m("{sto1} 先别拦 改成催件 客户说还是要", "urge:sto1", (1, 2))
m("{yd1} 不拦截了 thx", "", (1, 5), nh=True)
m("{jd1} 拦截 {jd2} 也拦截 哦 {jd1} 不用 客户刚刚说收", "intercept:jd2", (1,))
m("没说不投诉啊 {dp1} 快递员把货扔门口 投诉", "complaint:dp1", (1,))
m("{yto1} 不不不 不是拦截 是查一下到哪了", "track:yto1", (1, 2))
m("刚才发的 {jt1} 不用撤了 我们自己跟客户沟通好了", "", (1,), nh=True)
m("{sf1} 不用改派 也不用拦 就正常送", "", (1,), nh=True)
m("{yd1} 没有不收 客户就是在外地 改地址到 西安市雁塔区小寨东路126号 周女士 {ph1}", "change_address:yd1",
  (1, 4))
m("{jd1} 这单别拦 {jd2} 拦", "intercept:jd2", (1,))
m("{dp1} 不是没收到 是收到了坏的 箱子都扁了", "damaged:dp1", (1,))
m("{cn1} 不能不拦啊 客户已经退款了", "intercept:cn1", (1,))
m("{yto1} 撤单 不对不对 不撤了 不好意思", "", (1,))
m("{upu1} not intercept, just urge pls 别拦 催一下就行", "urge:upu1", (1, 5))

# ---------------------------------------------------------------------------------------------------------------
# Category 2: corrections
# ---------------------------------------------------------------------------------------------------------------
m("{yto1} 撤单。哦不对 已经发出了 拦截", "intercept:yto1", (2,))
m("{zto1} 拦截 —— 更正 单号发错了 是 {zto2}", "intercept:zto2", (2,))
m("{jt1} 改址取消，还是退回吧", "intercept:jt1", (2,))
m("{sf1} 催件\n更正：{sf1} 是要拦截 不是催", "intercept:sf1", (2,))
m("{yd1} 查件 哦不对 是催件 客户等急了", "urge:yd1", (2,))
m("拦截 {jd1} 打错了 是 {jd2}", "intercept:jd2", (2,))
m("{dp1} 破损 ——不好意思说错了 是少件 箱子里少了两瓶", "lost:dp1", (2,))
m("{cn1} 改地址 南京市鼓楼区中山路18号 徐先生 {ph1}\n更正一下地址 是中山路81号 不是18号", "change_address:cn1",
  (2, 4))
m("{ems1} 投诉 不对 先理赔吧 投诉后面再说", "claim:ems1", (2,))
m("{yto1} {yto2} 催件\n第二个单号错了 应该是 {yto3}", "urge:yto1,yto3", (2, 7))
m("{zto1} 退回 哦 错了 这个是要改址的 新地址：武汉市洪山区珞喻路1037号 华科西门 李同学 {ph1}",
  "change_address:zto1", (2, 4))
m("{jt1} 撤单\nsorry 说错了 是拦截 已经揽收", "intercept:jt1", (2, 5))
m("{sf1} 延误 更正 是丢件 快递说找不到了", "lost:sf1", (2,))
m("更正上一条：{sto1} 不是拦截 是催件", "urge:sto1", (2,))
m("{yd1} 理赔 嗯不对 客户说东西还能用 只是外包装破了 登记破损就行", "damaged:yd1", (2,))
m("{dp1} 这个单号发错了 正确的是 {dp2} 拦截", "intercept:dp2", (2,))
m("{cn1} 催一下\n哦不对 {cn1} 已经签收了 是 {cn2} 要催", "urge:cn2", (2,))
m("{upu1} 拦截 等下 还是改派吧 地址：厦门市思明区湖滨南路388号 郑女士 {ph1}", "change_address:upu1", (2, 4))
m("{ems1} 作废 不对 还是拦截 快递员已经取走了", "intercept:ems1", (2,))
m("{yto1} 查重量\n更正 {yto1} 是查件 看看到哪了", "track:yto1", (2,))
m("{zto1} 拦截 {zto2} 催件 搞反了 是 {zto1} 催件 {zto2} 拦截", "urge:zto1; intercept:zto2", (2, 7))
m("{jt1} 丢了 哦 刚找到了 只是延误 三天没动", "delay:jt1", (2,))
m("{sf1} 改派到杭州 不对 客户说还是退回吧", "intercept:sf1", (2,))
m("{sto1} 撤单撤单 不对 是 {sto2} 撤单 {sto1} 正常发", "cancel:sto2", (2,))
m("{yd1} 催件 更正 是投诉 快递员三次没上门 电话也不接", "complaint:yd1", (2,))
m("{jd1} 虚假签收 啊不是 是签收后发现破损", "damaged:jd1", (2,))
m("Correction: {dp1} should be intercept not cancel, already picked up", "intercept:dp1", (2, 5))
m("{cn1} 拦截\n不好意思 打错了 这单是要催件的", "urge:cn1", (2,))
m("{ems1} 核重 写错了 是催件 不是核重", "urge:ems1", (2,))

# ---------------------------------------------------------------------------------------------------------------
# Category 3: quotes, replies, the bot's replies pasted back, forwards
# ---------------------------------------------------------------------------------------------------------------
m("「@Lily {yto1} 拦截已提交，结果会第一时间通知您」~W~谢谢", "", (3,))
m("> @Mia {zto1} 已为您催促派送，请耐心等待\n都两天了还没动 再催一下", "urge:zto1", (3,))
m("Re: @阿杰 {jt1} 已签收，无法拦截\n签收了？客户说没收到啊 麻烦核实签收", "verify_delivery:jt1", (3,))
m("引用 客服机器人：@Lily {sf1} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {sf1}", "cancel:sf1", (3,))
m("回复 @客服机器人：@Mia {yd1} 改址已提交，结果会第一时间通知您\n不用改了 客户说原地址能收", "", (3, 1), nh=True)
m("「客服机器人：@Lily {jd1} 撤单成功」~W~ok thanks", "", (3, 5))
m("「@阿杰 {dp1} 已为您登记破损工单，专人跟进，结果会第一时间通知您」~W~客户要求赔偿 货值三百", "claim:dp1",
  (3, 8))
m("> @Lily {cn1} 已为您登记延误工单，结果会第一时间通知您\n> \n一周了 是不是丢了", "lost:cn1", (3,))
m("引用 客服机器人：@Mia 您的消息已转人工客服处理，请稍候\n人呢 {ems1} 急着拦截", "intercept:ems1", (3,))
m("Re: @Lily 请确认：{yto1} 拦截退回？回复“确认”即办理\n确认 拦截退回", "intercept:yto1", (3,))
m("「Mia：{zto1} 拦截」~W~这个也拦截一下 {zto2}", "intercept:zto2", (3,))
m("回复 @Lily：{sf1} {sf2} 撤单\n{sf2} 不撤了 客户又要了", "", (3, 1), nh=True)
m("“{yd1} 到哪了”\n这个客户又在问了 查一下", "track:yd1", (3,))
m("> {jd1} 改址 广州市海珠区新港中路397号 黄生 {ph1}\n地址写错了 是新港西路397号", "change_address:jd1",
  (3, 2, 4))
m("[转发] WhatsApp - Customer Anna\nHi, I ordered by mistake, please don't ship\n——————\n{dp1} pls help cancel 还没揽收",
  "cancel:dp1", (3, 5))
m("[转发] 来自微信 客户：我换地址了，寄到 苏州市工业园区星湖街328号 张女士 {ph1}\n------\n{cn1} 按客户说的改地址",
  "change_address:cn1", (3, 4))
m("> @阿杰 {upu1} 拦截已提交，结果会第一时间通知您\n不用拦了 客户联系上了", "", (3, 1), nh=True)
m("Re: @Mia {yto1} 已为您登记延误工单，结果会第一时间通知您\n客户现在要投诉了", "complaint:yto1", (3,))
m("引用 客服机器人：@Lily {zto1} 拦截已提交，结果会第一时间通知您\n现在到哪了", "track:zto1", (3,))
m("「阿杰：{jt1} 破损」~W~补充一下 快递员还骂人 投诉他", "complaint:jt1", (3,))
m("回复 @客服机器人：@Lily {sf1} 已签收，无法拦截\n好吧 知道了", "", (3,))
m("> Mia: {yd1} {yd2} {yd3} 催件\n> \n第三个不用催了 已经签收", "", (3, 1), nh=True)
m("引用 Lily：{jd1} 拦截\n这单为什么还在派送 快点拦", "intercept:jd1", (3,))
m("「@Mia {dp1} 撤单成功」~W~撤错了 这单不该撤 能恢复吗", "", (3,), nh=True)
m("Re: 客户留言「东西收到了 盒子全碎了」\n{cn1} 登记一下破损", "damaged:cn1", (3,))
m("@客服机器人 「@Lily {ems1} 已为您登记破损工单，专人跟进，结果会第一时间通知您」 跟进到哪一步了？", "", (3,),
  nh=True)
m("> @阿杰 {upu1} 已为您催促派送，请耐心等待\nthis one still not move, urgent 催", "urge:upu1", (3, 5))
m("「@Lily {zto1} 拦截已提交，结果会第一时间通知您」~W~还有 {zto2} {zto3} 也要拦", "intercept:zto2,zto3", (3,))
m("> @Mia {jt1} 已为您催促派送，请耐心等待\n> \n{jt2} 也催一下 同一个客户的", "urge:jt2", (3,))
m("回复 @客服机器人：@阿杰 {sf1} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单", "cancel:sf1", (3,))
m("引用 客服机器人：@Lily {yd1} 已签收，无法拦截\n那帮我查一下是谁签收的 客户说没收到", "verify_delivery:yd1", (3,))
m("「客服机器人：@阿杰 {dp1} 改址已提交，结果会第一时间通知您」~W~电话也改一下 {ph1|n7}", "change_address:dp1",
  (3, 4), nh=True)
m("“@Lily {cn1} 拦截已提交，结果会第一时间通知您”\n客户又说要了，别拦了，改成催件", "urge:cn1", (3, 1, 2))
m("引用 Lily：帮我查下 {upu1} 到哪了\n查到了吗 客户在催 催一下", "urge:upu1", (3,))
m("「Mia：{yto1} 显示签收 客户没收到」~W~核实这么久了没结果 客户要赔偿了 申请理赔", "claim:yto1", (3, 8))
m("[转发] 阿杰 的聊天记录\n阿杰：{zto1} 客户说地址写错了\n客户：改成 长沙市岳麓区麓山南路932号 湖南大学 周同学 {ph1|n3}\n——\n帮忙按上面改址",
  "change_address:zto1", (3, 4))
m("[Forwarded from WhatsApp]\nCustomer: where is my parcel?? {jt1}\n---\n帮忙查一下这个", "track:jt1", (3, 5))
m("[转发]\nCustomer Tom: I received the box but it's totally broken, the glass inside is broken\n------\n{sf1} 登记破损 要理赔",
  "claim:sf1", (3, 5, 8))
m("[转发] WhatsApp\nMaria: still not arrived after 10 days!!!\n——————\n{yd1} 10天了 催一下", "urge:yd1", (3, 4, 5))
m("[转发] 客户：我不要了，退回吧\n{jd1} 拦截", "intercept:jd1", (3,))
m("引用 Mia：{dp1} 催件\n不用了 客户自己去驿站拿了", "", (3, 1), nh=True)
m("[引用] Lily 14:32\n{yto1} 催件\n————\n还是没动 到底啥情况 是不是延误了", "delay:yto1", (3, 4))
m("{zto1} 拦截\n----------------\n上面那个搞错了 不拦 是催", "urge:zto1", (3, 2))
m("> @Lily {sf1} 改址已提交，结果会第一时间通知您\n> \n谢谢 🙏", "", (3,))
m("Re: @Mia {yd1} 拦截已提交，结果会第一时间通知您\nhi 不用拦了 customer changed mind", "", (3, 1, 5), nh=True)
m("引用 客服机器人：@阿杰 {jd1} 已为您催促派送，请耐心等待\n别催了 客户说出差 下周再送", "", (3, 1), nh=True)
m("回复 @客服机器人：@Lily {dp1} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n不用登记了 客户说能用", "",
  (3, 1), nh=True)
m("「@Mia {cn1} 撤单成功」~W~{cn2} 也撤掉 同一批的", "cancel:cn2", (3,))
m("> @阿杰 您的消息已转人工客服处理，请稍候\n等了半小时了 {ems1} 到底能不能拦", "intercept:ems1", (3,))
m("「Lily：{yto1} 要不拦截吧？」~W~问过客户了 拦", "intercept:yto1", (3,))
m("> Mia: {zto1} 可能要退回 等我问问\n客户确认不要了 退回", "intercept:zto1", (3,))
m("[转发] WhatsApp - Kevin\nPlease send to my office: 上海市静安区南京西路1266号恒隆广场 Kevin Wang {ph1|n1}\n------\n{jd1} address change to above pls",
  "change_address:jd1", (3, 4, 5))
m("「阿杰：客户说 {sto1} 一直显示派送中」~W~这单催一下", "urge:sto1", (3,))
m("“{yd1} {yd2}”\n这两单查一下到哪了", "track:yd1,yd2", (3, 7))
m("> {jt1} 撤单\n> {jt2} 撤单\n同一批还有 {jt3} 也撤", "cancel:jt3", (3,))
m("引用 Mia：{sf1} 不用拦了\n不好意思 又要拦了 客户说不要了 {sf1} 拦截", "intercept:sf1", (3, 2))
m("「@Lily {zto1} {zto2} 已为您催促派送，请耐心等待」~W~第二个还是没动 投诉吧", "complaint:zto2", (3, 7))
m("> @Mia {sto1} 拦截已提交，结果会第一时间通知您\n> @Mia {sto2} 拦截已提交，结果会第一时间通知您\n第一个不用拦了", "",
  (3, 1, 7), nh=True)
m("「@Lily {yto1} 已为您催促派送，请耐心等待」~W~still not delivered, the customer say want to complain 投诉",
  "complaint:yto1", (3, 5))
m("> @Mia {zto1} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n好 那撤单", "cancel:zto1", (3,))
m("Re: @阿杰 {jt1} 改址已提交，结果会第一时间通知您\n改址提交了 但是客户又说不要了 直接退回", "intercept:jt1", (3, 2))
m("引用 客服机器人：@Lily {sf1} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n客户说不要赔 换货就行 不用跟进了", "",
  (3, 1), nh=True)
m("回复 @客服机器人：@Mia {yd1} 已为您登记延误工单，结果会第一时间通知您\n今天到了 不用跟了 谢谢", "", (3, 1), nh=True)
m("「@阿杰 {jd1} 撤单成功」~W~👍 thx", "", (3,))
m("> @Lily 请确认：{dp1} 拦截退回？回复“确认”即办理\nyes 确认拦截", "intercept:dp1", (3, 5))
m("引用 Lily：{ems1} 到哪了\n我也想知道 顺便催一下", "urge:ems1", (3,))
m("「Mia：{upu1} 拦截」~W~@客服 客户又说要了 别拦了", "", (3, 1), nh=True)
m("“{yto1} 改地址 福州市仓山区上三路8号 郑先生”\n上面这条作废 不用改了", "", (3, 1), nh=True)
m("> 阿杰: {zto1} 客户说少了一件\n> \n登记少件 要理赔", "claim:zto1", (3, 8))
m("Re: 客户 Emma\n> The tracking {jt1} hasn't moved for 5 days\n帮忙打个延误", "delay:jt1", (3, 5))
m("引用 客户：“你们发的什么快递 到现在都没到”\n{sf1} 催件", "urge:sf1", (3,))
m("「@Mia {jd1} 拦截已提交，结果会第一时间通知您」~W~@客服机器人 {jd2} 这单同样处理 也拦截", "intercept:jd2", (3,))
m("> @阿杰 {dp1} 已为您催促派送，请耐心等待\n催了没用啊 投诉", "complaint:dp1", (3,))
m("引用 客服机器人：@Lily {cn1} 改址已提交，结果会第一时间通知您\n地址打错了 改成 广州市番禺区市桥街光明北路218号 冼小姐 {ph1|n8}",
  "change_address:cn1", (3, 2, 4))
m("「@Mia {ems1} 已为您登记延误工单，结果会第一时间通知您」~W~还是没动 客户不要了 拦截退回", "intercept:ems1", (3,))
m("Re: @Lily {upu1} 撤单成功\n> 谢谢\n还有 {upu2} 麻烦也撤一下", "cancel:upu2", (3,))
m("引用 Mia：{yto1} {yto2} 催件\n第一个到了 第二个还没 继续催", "urge:yto2", (3, 7))
m("「@阿杰 {jt1} 已签收，无法拦截」~W~客户说签收的不是他 是被人冒领了 核实一下", "verify_delivery:jt1", (3,))
m("[转发] Mia 与客户的聊天记录\n客户：{sf1} 这个能不能快点\nMia：好的帮您催\n——\n@客服 催一下", "urge:sf1", (3,))
m("[转发] WhatsApp 消息\n\"Hi, my order number {ord1}, I want cancel\"\n——\n对应快递 {yd1} 还没揽收 撤单", "cancel:yd1",
  (3, 4, 5))
m("回复 @客服机器人：@Lily {jd1} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n好的 那不寄了 撤", "cancel:jd1", (3,))
m("引用 客服机器人：@Mia {dp1} 拦截已提交，结果会第一时间通知您\n另外这单快递员态度太差 投诉一下", "complaint:dp1", (3, 8))
m("> @阿杰 您的消息已转人工客服处理，请稍候\n> \n好的", "", (3,))
m("「Lily：{cn1} 查一下」~W~查到了 已经签收了 但客户没收到 核实签收", "verify_delivery:cn1", (3,))
m("Re: {ems1} 破损\n补充照片 另外客户要求赔偿", "claim:ems1", (3, 8))
m("引用 阿杰：{upu1} 可能要退回 我问下客户\n不退了 客户还是要 帮忙催一下", "urge:upu1", (3, 1))
m("「@Mia {yto1} 已为您登记破损工单，专人跟进，结果会第一时间通知您」~W~进展呢？这都三天了", "", (3,), nh=True)
m("> @Lily {zto1} 改址已提交，结果会第一时间通知您\n> @Lily {zto2} 改址已提交，结果会第一时间通知您\n谢谢 两个都收到了", "",
  (3,))
m("「@阿杰 {sf1} 拦截已提交，结果会第一时间通知您」~W~顺便投诉 快递员私自把件放门卫", "complaint:sf1", (3, 8))
m("引用 客服机器人：@Lily {yd1} 已为您催促派送，请耐心等待\n耐心等了三天了 还没到 是不是丢了", "lost:yd1", (3,))
m("Re: @Mia {jd1} 已签收，无法拦截\n客户拒收了啊 怎么会签收 帮忙核实", "verify_delivery:jd1", (3,))
m("> [转发] 客户 Sara: the parcel {dp1} arrived wet and broken\n帮忙登记破损", "damaged:dp1", (3, 5))
m("引用 Lily：{sto1} 拦截\n这个我刚发过了 别重复 {sto2} 才是新的 拦截", "intercept:sto2", (3,))
m("回复 @阿杰：客户说 {cn1} 东西坏了\n这单登记破损 另外要赔偿", "claim:cn1", (3, 8))
m("「@Mia {zto1} 撤单成功」~W~thanks! btw {zto2} also cancel pls", "cancel:zto2", (3, 5))
m("Re: Re: {jt1} 到哪了\n> 在中转站\n三天了还在中转站 催一下", "urge:jt1", (3,))

# ---------------------------------------------------------------------------------------------------------------
# Category 4: numbers that are not waybills (phones, order numbers, amounts, dates, times, weights, prices)
# ---------------------------------------------------------------------------------------------------------------
m("{yto1} 改址 杭州市西湖区文三路90号 张三 {ph1|n1}", "change_address:yto1", (4,))
m("订单号 {ord1} 快递单号 {zto1} 客户催了 催一下", "urge:zto1", (4,))
m("{jt1} 收件人电话 {ph1|n7} 联系不上 帮忙拦截退回", "intercept:jt1", (4,))
m("{sf1} 3月12号发的 今天都18号了还没到", "delay:sf1", (4,))
m("{yd1} 运费收了23.5元 重量按3kg算的 实际1.2kg 核重", "weight:yd1", (4,))
m("拦截 收件人 {ph1} 单号找不到了", "", (4,), nh=True)
m("{jd1} 货值 1299 元 丢了 要求全额赔付", "claim:jd1", (4, 8))
m("客户 {ph1|n11} 说 {dp1} 没收到 但是显示签收", "verify_delivery:dp1", (4,))
m("{cn1} 改派 新地址 重庆市渝中区解放碑民族路188号 何女士 {ph1|n2}", "change_address:cn1", (4,))
m("淘宝订单 {ord1} 对应 {ems1} 退回", "intercept:ems1", (4,))
m("{zto1} 下午3点前能到吗 客户3:30要出门", "track:zto1", (4,))
m("{upu1} 申报价值 $45 客户问到哪了 查一下", "track:upu1", (4,))
m("{yto1} 重 0.5kg 收了我们2kg的钱 多收了8块", "weight:yto1", (4,))
m("{sto1} 2024-05-03 寄出 一直停在中转站", "delay:sto1", (4,))
m("收件人电话 {ph1|n4} 改成 {ph2|n9}\n{jt1}", "change_address:jt1", (4,), nh=True)
m("{sf1} 客户电话 {ph1|n5} 打不通 快递员说没人接 直接退回", "intercept:sf1", (4,))
m("拼多多订单号：{ord1}\n物流单号：{yd1}\n客户申请退款了 麻烦拦截", "intercept:yd1", (4,))
m("12/03 下单 12/05 发货 {dp1} 到现在没有物流更新", "delay:dp1", (4,))
m("{cn1} 运费 8 元 首重1kg 续重2元 这单怎么算了15元 核一下重量", "weight:cn1", (4,))
m("改地址 {ems1} 福州市鼓楼区五四路158号 林先生 {ph1|n9}", "change_address:ems1", (4,))
m("{yto1} 客户 {ph1|n6} 说箱子破了 要赔偿", "claim:yto1", (4, 8))
m("{zto1} 13号那天就该到了 今天20号 延误太久 客户要投诉", "delay:zto1; complaint:zto1", (4, 8))
m("{sf1} 早上9:15显示派送中 现在晚上8点了还没送到 催一下", "urge:sf1", (4,))
m("尾号{ph1|tail4}的客户 {jt1} 改地址到 天津市和平区南京路219号 {ph1}", "change_address:jt1", (4,))
m("单号尾号 {yd1|tail4} 拦截", "", (4,), nh=True)
m("{jd1} 客户说实付 ¥2,399 现在显示签收 人没收到", "verify_delivery:jd1", (4,))
m("{dp1} 32.8kg 的大件 按40kg收的 查重量", "weight:dp1", (4,))
m("收件人 Mr. Lee {ph1|n5} {cn1} 联系不上收件人 退回", "intercept:cn1", (4,))
m("{ems1} 11月11日寄出 双十一的件 都一周了 是不是丢了", "lost:ems1", (4,))
m("订单 {ord1} 客户要求取消 快递 {sto1} 还没揽收 撤单", "cancel:sto1", (4,))
m("{yto1} {yto2}\n客户 {ph1|n3}\n客户 {ph2|n10}\n这两单都催", "urge:yto1,yto2", (4,))
m("{yd1} 退回 运费我们承担 客户电话 {ph1|n8}", "intercept:yd1", (4,))
m("客户王女士 {ph1|n8} 地址：郑州市金水区花园路39号 {jd1} 改成这个地址", "change_address:jd1", (4,))
m("{cn1} 电话 {ph1} 地址不变 收件人改为 钱先生", "change_address:cn1", (4,), nh=True)
m("1月8日 {ems1} 拦截\n1月9日 {ems2} 拦截\n两单都是客户退款的", "intercept:ems1,ems2", (4,))
m("{zto1} 客户收件电话是 {ph1|n2} 帮忙催派", "urge:zto1", (4,))
m("订单编号{ord1}，运单号{jt1}，申请仲裁", "arbitration:jt1", (4,))
m("{yd1} 客户在 {ph1|n6} 上打了好几次电话 什么时候能到", "track:yd1", (4,))
m("{jd1} 价值 ￥3,500 的手机 件没了 快递说找不到 要求理赔 同时投诉网点", "claim:jd1; complaint:jd1", (4, 8))
m("{dp1} 转寄 北京市海淀区中关村大街27号 吴先生 {ph1|n7}", "change_address:dp1", (4,))
m("帮我拦截一下 订单号 {ord1}", "", (4,), nh=True)
m("{ems1} 收件人 {ph1|n11} 说没收到 系统显示已妥投", "verify_delivery:ems1", (4,))
m("电话 {ph1|n3}\n{upu1}\n客户说改寄到 广州市越秀区北京路200号 罗小姐", "change_address:upu1", (4,))
m("{yto1} 14:20 被人签收了 客户 14:00 就出门了 不是本人签的", "verify_delivery:yto1", (4,))
m("{zto1} 第3次派送失败 客户电话 {ph1} 一直打不通 拦截退回", "intercept:zto1", (4,))
m("订单 {ord1}\n订单 {ord2}\n只有一个运单号 {jt1} 合并发货的 催一下", "urge:jt1", (4,))
m("{sto1} 客户 +86 电话 {ph1|n0} 地址改到 合肥市蜀山区长江西路669号 冯女士", "change_address:sto1", (4,))
m("退货单号 {yto1} 对应原订单 {ord1} 查一下到哪了", "track:yto1", (4,))
m("收件人 {ph1|n3} 的那个件 帮我催一下", "", (4,), nh=True)
m("{yto1|short} 拦截", "", (4,), nh=True)
m("客户地址改了 电话 {ph1|n10} 单号回头发你", "", (4,), nh=True)
m("{dp1}\n收件人：陶女士\n电话：{ph1|n4}\n新地址：宁波市鄞州区天童南路588号\n麻烦改派", "change_address:dp1", (4,))
m("{cn1} 2023年12月31日 发出 跨年了都没到 是不是延误了", "delay:cn1", (4,))
m("{upu1} 客户 {ph1|n5} 拒收 退回 运费 ¥120 我们出", "intercept:upu1", (4,))
m("{jt1} 两箱 一箱 12kg 一箱 8kg 只收到一箱", "lost:jt1", (4,))
m("{yd1} 客户 {ph1|n2} 电话改成 {ph2|n0} 其他不变", "change_address:yd1", (4,), nh=True)

# ---------------------------------------------------------------------------------------------------------------
# Category 5: pinyin, English, mixed, voice-to-text, dialect, homophone slips, traditional characters
# ---------------------------------------------------------------------------------------------------------------
m("pls help lanjie this one {yto1}", "intercept:yto1", (5,))
m("{zto1} this one urgent 催", "urge:zto1", (5,))
m("{jt1} address change to 深圳市福田区华强北路1002号 Lucy {ph1|n2}", "change_address:jt1", (5, 4))
m("{sf1} the customer say not received but system show signed", "verify_delivery:sf1", (5,))
m("{yd1} chedan pls, customer cancel order", "cancel:yd1", (5,))
m("{jd1} gaizhi: 成都市锦江区春熙路88号 Amy {ph1}", "change_address:jd1", (5, 4))
m("{cn1} intercept please, return to sender", "intercept:cn1", (5,))
m("{upu1} parcel lost? no update 2 weeks", "lost:upu1", (5,))
m("{zto1} weight wrong, we weigh 1kg only", "weight:zto1", (5,))
m("{jt1} we need compensation, item broken", "claim:jt1", (5, 8))
m("{sf1} want to complain the courier, very rude", "complaint:sf1", (5,))
m("{yd1} lan jie yi xia xie xie", "intercept:yd1", (5,))
m("{jd1} cha yi xia dao na le", "track:jd1", (5,))
m("{dp1} po sun le", "damaged:dp1", (5,))
m("{cn1} diu jian le ba, zhao bu dao", "lost:cn1", (5,))
m("{sto1} tou su", "complaint:sto1", (5,))
m("那个单号是{yto1}帮我拦截一下谢谢啊那个客户说不要了", "intercept:yto1", (5,))
m("喂你好帮我催一下那个{zto1}就是那个一直没到的那个", "urge:zto1", (5,))
m("{jt1} 栏截", "intercept:jt1", (5,))
m("{sf1} 兰截退回", "intercept:sf1", (5,))
m("{yd1} 催见 谢谢", "urge:yd1", (5,))
m("{jd1} 该地址 到 武汉市江汉区解放大道690号 吴女士 {ph1}", "change_address:jd1", (5, 4))
m("{dp1} 撤消 不发了", "cancel:dp1", (5,))
m("{cn1} 碎掉了 客户说一打开就是碎的", "damaged:cn1", (5,))
m("{ems1} 莫派了 拦回来嘛", "intercept:ems1", (5,))
m("{upu1} 咋个还没到嘛 催下子", "urge:upu1", (5,))
m("{yto1} 唔该帮我拦截", "intercept:yto1", (5,))
m("{zto1} 佢话冇收到 但系显示签收咗", "verify_delivery:zto1", (5,))
m("{jt1} 搞快点嘛 客户等得冒火了", "urge:jt1", (5,))
m("{sf1} 啷个三天都没动", "delay:sf1", (5,))
m("{yd1} 侬帮我催一催 谢谢侬", "urge:yd1", (5,))
m("{jd1} 弄啥嘞 一个礼拜没动静", "delay:jd1", (5,))
m("{dp1} 咁耐都未到 帮手查下去咗边", "track:dp1", (5,))
m("{cn1} pls 改址 to 南昌市东湖区八一大道357号 Jason {ph1|n3}", "change_address:cn1", (5, 4))
m("{ems1} cancel the order, 客户不要了 还没揽收", "cancel:ems1", (5,))
m("{upu1} intercept pls, wrong address, 退回", "intercept:upu1", (5,))
m("{yto1} 攔截 謝謝", "intercept:yto1", (5,))
m("{sf1} 破損 客人很生氣", "damaged:sf1", (5,))
m("{yd1} 簽收了但客人說沒收到", "verify_delivery:yd1", (5,))
m("{yto1|lc} lanjie", "intercept:yto1", (5,))
m("{jt1|lc} urgent pls cuicui", "urge:jt1", (5,))
m("帮我查一下物流单号是{jd1}看看到哪里了", "track:jd1", (5,))
m("{dp1} 客户说不要了 return to sender pls", "intercept:dp1", (5,))
m("{ems1} zhongcai", "arbitration:ems1", (5,))
m("{upu1} complain, courier throw my parcel over the wall", "complaint:upu1", (5,))
m("{jt1} 差一下到哪了", "track:jt1", (5,))
m("{sf1} 撤蛋", "cancel:sf1", (5,))
m("{jd1} 头诉 快递员", "complaint:jd1", (5,))
m("{dp1} 超重了 帮我 he zhong", "weight:dp1", (5,))
m("{cn1} 虚假签收!!! fake signed, customer never got it", "verify_delivery:cn1", (5,))
m("就是说这个件啊{upu1}它这个到现在还没有派送然后客户一直在问你们帮我加急一下", "urge:upu1", (5,))
m("{yto1} the customer say no need anymore, help return back", "intercept:yto1", (5,))
m("{zto1} address wrong, pls change to 青岛市市南区香港中路10号 Peter {ph1|n8}", "change_address:zto1", (5, 4))
m("{yd1} customer want compensation, parcel lost long time", "claim:yd1", (5, 8))
m("{jt1} maybe need intercept, let me ask customer first", "intercept:jt1", (5,), cf=True)
m("{jd1} 拦劫 拦劫 客户不要了", "intercept:jd1", (5,))
m("{dp1} 嗯那个改一下地址吧改到东莞市南城区鸿福路200号收件人还是梁先生电话{ph1}", "change_address:dp1", (5, 4))
m("Ｈｉ　{sf1} 帮忙催件　ｔｈａｎｋｓ", "urge:sf1", (5,))

# ---------------------------------------------------------------------------------------------------------------
# Category 6: numbers broken by the chat client
# ---------------------------------------------------------------------------------------------------------------
m("{upu1|sp} 拦截", "intercept:upu1", (6,))
m("拦截 {yto1|nl8}", "intercept:yto1", (6,), cf=True)
m("{zto1|nl7} 催件", "urge:zto1", (6,))
m("{sf1|sp} 撤单", "cancel:sf1", (6,))
m("{jt1|dash} 查件", "track:jt1", (6,))
m("改址 {yd1|nl9}\n地址 杭州市滨江区江南大道3850号 胡先生 {ph1}", "change_address:yd1", (6, 4), cf=True)
m("{jd1|nl6} lanjie", "intercept:jd1", (6, 5), cf=True)
m("{dp1|sp3} 核重", "weight:dp1", (6,))
m("{cn1|dash} 丢件", "lost:cn1", (6,))
m("{ems1|nl5} 退回", "intercept:ems1", (6,), cf=True)
m("{upu1|nl6} 撤单", "cancel:upu1", (6,), cf=True)
m("{upu1|sp} {upu2|sp} 都催一下", "urge:upu1,upu2", (6,))
m("{yto1|sp} 破损", "damaged:yto1", (6,))
m("{zto1|fw} 拦截", "intercept:zto1", (6,))
m("{sto1|sp} 延误", "delay:sto1", (6,))
m("单号：{jt1|nl9}\n客户要求退回", "intercept:jt1", (6,), cf=True)
m("{sf1|nl10} 催一下 谢谢", "urge:sf1", (6,))
m("{yd1|dash} 改派 上海市闵行区莘庄镇莘松路958号 程女士 {ph1|n7}", "change_address:yd1", (6, 4))
m("{jd1|sp} 显示签收 客户没收到", "verify_delivery:jd1", (6,))
m("{dp1|nl7}\n拦截", "intercept:dp1", (6,), cf=True)
m("{cn1|nl8} 查一下", "track:cn1", (6,))
m("EMS {upu1|sp} 丢了吗 三周没更新", "lost:upu1", (6,))
m("{yto1|nl9} 拦截\n{yto2|nl5} 拦截", "intercept:yto1,yto2", (6,), cf=True)
m("{zto1|sp}、{zto2|sp} 撤单", "cancel:zto1,zto2", (6,))
m("请拦截：{upu1|sp}（客户拒收）", "intercept:upu1", (6,))
m("{sto1|nl8}撤单", "cancel:sto1", (6,), cf=True)
m("{jt1|sp}\n{jt2|sp}\n催件", "urge:jt1,jt2", (6,))
m("{sf1|dash} 理赔 破损", "claim:sf1", (6, 8))
m("{yd1|nl6} 投诉", "complaint:yd1", (6,))
m("{jd1|fw} 催件", "urge:jd1", (6,))
m("{dp1|sp} 退回", "intercept:dp1", (6,))
m("{upu2|sp} 改址 南宁市青秀区民族大道136号 蒙女士 {ph1|n3}", "change_address:upu2", (6, 4))
m("{cn1|nl9}\n改地址 贵阳市云岩区中华北路216号 杨先生 {ph1}", "change_address:cn1", (6, 4), cf=True)
m("{ems1|sp} 仲裁", "arbitration:ems1", (6,))
m("{yto1|dash} 到哪了", "track:yto1", (6,))
m("{upu1|lcsp} 催", "urge:upu1", (6, 5))
m("帮我取消 {sto1|nl10}", "cancel:sto1", (6,), cf=True)
m("{zto1|nl7} 签收了没收到 核实", "verify_delivery:zto1", (6,))
m("{jt1|nl8}\n{jt2|nl8}\n都拦截", "intercept:jt1,jt2", (6,), cf=True)
m("{sf1|sp3} 漏液", "damaged:sf1", (6,))
m("{yd1|sp} 客户拒收了 退回", "intercept:yd1", (6,))
m("{jd1|nl10} 改派到 石家庄市长安区中山东路326号 马女士 {ph1|n6}", "change_address:jd1", (6, 4), cf=True)
m("{dp1|dash} 加急", "urge:dp1", (6,))
m("{cn1|sp} 超重 多收钱了", "weight:cn1", (6,))
m("{ems1|nl7} 拦截退回", "intercept:ems1", (6,), cf=True)
m("{upu1|nl4} 查件", "track:upu1", (6,))
m("{yto1|sp}\t拦截", "intercept:yto1", (6,))
m("拦一下 {zto1|dash}", "intercept:zto1", (6,))
m("{sto1|nl6} 作废 不寄了", "cancel:sto1", (6,), cf=True)
m("{jt1|fw} 改址 太原市小店区长风街123号 任先生 {ph1|n9}", "change_address:jt1", (6, 4))
m("{sf1|nl11} 三天没动了", "delay:sf1", (6,))
m("{yd1|nl8} 退件", "intercept:yd1", (6,), cf=True)
m("{jd1|sp} 撤单\n{jd2|sp} 拦截", "cancel:jd1; intercept:jd2", (6, 7))
m("{dp1|nl5} 赔偿 东西丢了", "claim:dp1", (6, 8))
m("{cn1|dash} 拦截 {cn2|dash} 催件", "intercept:cn1; urge:cn2", (6, 7))
m("{upu1|sp} 寄错了 拦截退回", "intercept:upu1", (6,))
m("{yto1|spnl} 拦截", "intercept:yto1", (6,), cf=True)
m("{zto1|spnl} 撤单", "cancel:zto1", (6,), cf=True)
m("{jt1|nl9} where is it", "track:jt1", (6, 5))
m("{ems1|dash} 催件", "urge:ems1", (6,))
m("{sto1|spnl} 催一下", "urge:sto1", (6,))
m("pls lanjie\n{sf1|nl7}", "intercept:sf1", (6, 5), cf=True)
m("{upu1|nl9}\n显示签收了 客户说没收到", "verify_delivery:upu1", (6,))
m("{yd1|fw} 到哪了", "track:yd1", (6,))

# ---------------------------------------------------------------------------------------------------------------
# Category 7: several parcels and commands: positional references, pasted tables
# ---------------------------------------------------------------------------------------------------------------
m("{yto1}\n{yto2}\n{yto3}\n第一个拦截 剩下两个催件", "intercept:yto1; urge:yto2,yto3", (7,))
m("{zto1}\n{zto2}\n上面两个拦截", "intercept:zto1,zto2", (7,))
m("{jt1}\n{jt2}\n{jt3}\n{jt4}\n以上全部撤单", "cancel:jt1,jt2,jt3,jt4", (7,))
m("{sf1}\t拦截\t客户拒收\n{sf2}\t催件\t\n{sf3}\t改址\t广州市白云区机场路1号 何先生 {ph1}",
  "intercept:sf1; urge:sf2; change_address:sf3", (7, 4))
m("单号              操作\n{yd1}    拦截\n{yd2}    拦截\n{yd3}    查件", "intercept:yd1,yd2; track:yd3", (7,))
m("{jd1} {jd2} {jd3} 前两个催件 最后一个查重量", "urge:jd1,jd2; weight:jd3", (7,))
m("{dp1}、{dp2}、{dp3} 都破损了 同一车货", "damaged:dp1,dp2,dp3", (7,))
m("{cn1}\n{cn2}\n第二单拦截 第一单不用管", "intercept:cn2", (7,))
m("{ems1} {ems2}\n这两个 一个拦截一个催件", "", (7,), nh=True)
m("1. {upu1} 拦截\n2. {upu2} 改址 昆明市五华区东风西路11号 段女士 {ph1}\n3. {upu3} 催",
  "intercept:upu1; change_address:upu2; urge:upu3", (7, 4))
m("{yto1} 催件 {yto2} 拦截 {yto3} 撤单 {yto4} 查件", "urge:yto1; intercept:yto2; cancel:yto3; track:yto4", (7,))
m("以下单号全部拦截：\n{zto1}\n{zto2}\n{zto3}\n{zto4}\n{zto5}", "intercept:zto1,zto2,zto3,zto4,zto5", (7,))
m("{jt1}\n{jt2}\n{jt3}\n中间那个催一下", "urge:jt2", (7,))
m("运单号\t问题\t处理\n{sf1}\t破损\t登记\n{sf2}\t丢件\t理赔\n{sf3}\t延误\t催件", "damaged:sf1; claim:sf2; urge:sf3",
  (7, 8))
m("{yd1} {yd2} {yd3} 这几个最后一个拦截 其他的催", "intercept:yd3; urge:yd1,yd2", (7,))
m("{jd1}\n{jd2}\n上面两单都显示签收 客户都说没收到", "verify_delivery:jd1,jd2", (7,))
m("{dp1} 拦截\n{dp2} 同上", "intercept:dp1,dp2", (7,))
m("{cn1} 催件\n{cn2} 同上\n{cn3} 拦截", "urge:cn1,cn2; intercept:cn3", (7,))
m("{yto1} {jt1} {sf1} 以上三单都是同一个客户 全部拦截", "intercept:yto1,jt1,sf1", (7,))
m("第一单 {upu1} 退回\n第二单 {upu2} 也退回\n第三单 {upu3} 催", "intercept:upu1,upu2; urge:upu3", (7,))
m("{zto1}  拦截  张三\n{zto2}  拦截  李四\n{zto3}  催件  王五", "intercept:zto1,zto2; urge:zto3", (7,))
m("{jt1} {jt2} 都拦 除了第一个", "intercept:jt2", (7, 1))
m("{sf1}\n{sf2}\n{sf3}\n前面两个改地址 地址都改成 沈阳市和平区中华路99号 白先生 {ph1}\n最后一个撤单",
  "change_address:sf1,sf2; cancel:sf3", (7, 4))
m("{yd1}\t{ph1}\t拦截\n{yd2}\t{ph2}\t拦截", "intercept:yd1,yd2", (7, 4))
m("这批都破了 {jd1} {jd2} {jd3} {jd4} 客户要赔钱", "claim:jd1,jd2,jd3,jd4", (7, 8))
m("{dp1}\n{dp2}\n以上两单 第一个查件 第二个核重", "track:dp1; weight:dp2", (7,))
m("{cn1} {cn2} {cn3} 后面两个不用管 第一个拦截", "intercept:cn1", (7,))
m("Lily 整理的 今天要处理的：\n{yto1} 拦截\n{yto2} 催\n{zto1} 催\n{zto2} 改址 台州市椒江区市府大道300号 叶女士 {ph1|n4}",
  "intercept:yto1; urge:yto2,zto1; change_address:zto2", (7, 4))
m("{ems1}\n{ems2}\n{ems3}\n这三个都是三天没动 都帮忙催一下", "urge:ems1,ems2,ems3", (7,))
m("{jt1}\tintercept\n{jt2}\tintercept\n{jt3}\turgent", "intercept:jt1,jt2; urge:jt3", (7, 5))

# ---------------------------------------------------------------------------------------------------------------
# Category 8: compound requests
# ---------------------------------------------------------------------------------------------------------------
m("{yto1} 东西碎了 要理赔", "claim:yto1", (8,))
m("{zto1} 丢了 客户要赔偿", "claim:zto1", (8,))
m("{jt1} 外箱压坏 快递员态度还很差 投诉", "damaged:jt1; complaint:jt1", (8,))
m("{sf1} 碎了 要赔 另外投诉快递员扔件", "claim:sf1; complaint:sf1", (8,))
m("{yd1} 拦截并投诉 快递员私自改了派送时间", "intercept:yd1; complaint:yd1", (8,))
m("{jd1} 延误了五天 客户要投诉", "delay:jd1; complaint:jd1", (8,))
m("{dp1} 赶紧送 客户都投诉了", "urge:dp1; complaint:dp1", (8,))
m("{cn1} 核一下重量 顺便催一下", "weight:cn1; urge:cn1", (8,))
m("{ems1} 催件 再查下到哪了", "urge:ems1", (8,))
m("{upu1} 签收了没收到 申请核实 同时投诉派件员", "verify_delivery:upu1; complaint:upu1", (8,))
m("{yto1} 漏液 把其他件也弄湿了 申请赔偿 并投诉", "claim:yto1; complaint:yto1", (8,))
m("{jt1} 少了一件 要求赔付 按货值 120 元", "claim:jt1", (8, 4))
m("{jd1} 拦截 顺便查一下重量 感觉多收了", "intercept:jd1; weight:jd1", (8,))
m("{dp1} 理赔 客户收到的时候箱子全烂了 另外快递员还骂人 投诉", "claim:dp1; complaint:dp1", (8,))
m("{cn1} 超重 而且三天没动了", "weight:cn1; delay:cn1", (8,))
m("{ems1} 改址 顺便催一下 地址 海口市龙华区国贸大道48号 符先生 {ph1}", "change_address:ems1; urge:ems1", (8, 4))
m("{upu1} 理赔被拒了 申请仲裁", "arbitration:upu1", (8,))
m("{jt1} 丢件 另外投诉网点不接电话", "lost:jt1; complaint:jt1", (8,))
m("{sf1} 催件 + 投诉 派送员三次没来", "urge:sf1; complaint:sf1", (8,))
m("{yd1} 查件 顺便核下重量", "weight:yd1", (8,))
m("{cn1} 延误 又破损", "delay:cn1; damaged:cn1", (8,))
m("{upu1} 件丢了 快递员还说是我们的问题 投诉 要赔偿", "claim:upu1; complaint:upu1", (8,))
m("{zto1} 催一下 另外这单重量也不对", "urge:zto1; weight:zto1", (8,))
m("{sto1} damaged and the courier very rude, complain + compensation", "claim:sto1; complaint:sto1", (8, 5))
m("{jd1} 虚假签收 投诉快递员", "verify_delivery:jd1; complaint:jd1", (8,))
m("{dp1} 撤单 顺便投诉一下 约好的时间没来揽收", "cancel:dp1; complaint:dp1", (8,))

# ---------------------------------------------------------------------------------------------------------------
# No waybill at all: chit-chat, thanks, questions, commands without a number
# ---------------------------------------------------------------------------------------------------------------
m("好的谢谢", "")
m("明天几点来收件", "")
m("在吗", "")
m("拦截一下", "", nh=True)
m("那个客户说不要了 帮我拦一下 单号等下发", "", nh=True)
m("hi, what time the courier come pick up today?", "", (5,))
m("收到 thanks a lot", "", (5,))
m("刚才那个不用拦了", "", (1,), nh=True)
m("今天的件都发了吗", "")
m("辛苦了 🙏🙏", "")
m("请问你们周末派送吗", "")
m("客户说改地址 新地址 杭州市上城区解放路138号 单号我找一下", "", nh=True)
m("[转发] 客户: where is my package\n帮忙查下 单号稍等", "", (3, 5), nh=True)
m("good morning team 🌞", "", (5,))
m("ok noted", "", (5,))
m("上午那批件 全部拦截", "", nh=True)
m("有个件破了 客户拍照了 怎么登记", "", nh=True)
m("这个月的运费账单发一下", "")
m("Pls help cancel all orders from today, 我们仓库出问题了", "", (5,), nh=True)
m("知道了 我们跟客户说", "")
m("👍", "")
m("you guys work on Sunday?", "", (5,))
m("谢谢亲 今天效率好高", "")
m("@客服 快递员今天还来吗 我们有 20 件要寄", "", (4,))
m("网点电话多少", "")
m("lanjie pls", "", (5,), nh=True)
m("催一下 催一下 急急急", "", nh=True)
m("阿杰你看下群里 客户那单到底拦了没有", "", nh=True)


# ---------------------------------------------------------------------------------------------------------------
# Filling, formatting, validation
# ---------------------------------------------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{([a-z]+)(\d+)(?:\|(\w+))?\}")


def _fw(s: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def _split_prefix(num: str) -> tuple[str, str]:
    i = 0
    while i < len(num) and num[i].isalpha():
        i += 1
    return num[:i], num[i:]


def _groups(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


def fmt_waybill(num: str, kind: str, form: str | None) -> str:
    if not form:
        return num
    if form == "lc":
        return num.lower()
    if form == "fw":
        return _fw(num)
    if form in ("sp", "sp3", "dash", "lcsp", "spnl"):
        if kind == "upu":
            parts = [num[:2], num[2:5], num[5:8], num[8:11], num[11:]]
        else:
            prefix, digits = _split_prefix(num)
            parts = ([prefix] if prefix else []) + _groups(digits, 3 if form == "sp3" else 4)
        if form == "dash":
            return "-".join(parts)
        out = " ".join(parts)
        if form == "lcsp":
            return out.lower()
        if form == "spnl":
            mid = len(parts) // 2
            return " ".join(parts[:mid]) + "\n" + " ".join(parts[mid:])
        return out
    if form.startswith("nl"):
        k = int(form[2:])
        assert 0 < k < len(num)
        return num[:k] + "\n" + num[k:]
    if form == "tail4":
        return num[-4:]
    if form == "short":
        return num[:-5]
    raise ValueError(form)


def fmt_phone(rng: random.Random, num: str, form: str | None) -> str:
    a, b, c = num[:3], num[3:7], num[7:]
    forms = [
        num, f"+86 {num}", f"+86{num}", f"+86 {a} {b} {c}", f"86-{num}", f"0086 {num}",
        f"0086-{num}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"({a}){b}-{c}", f"+86-{a}-{b}-{c}", _fw(num),
    ]
    if not form:
        return num
    if form == "n":
        return wn.phone_notation(rng, num)
    if form == "tail4":
        return num[-4:]
    if form.startswith("n"):
        return forms[int(form[1:])]
    raise ValueError(form)


def canon(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s\-]", "", t)


def parse_exp(exp: str) -> list[tuple[str, list[str]]]:
    groups = []
    for part in filter(None, (p.strip() for p in exp.split(";"))):
        intent, names = part.split(":")
        groups.append((intent.strip(), [n.strip() for n in names.split(",")]))
    return groups


def build() -> list[dict]:
    rng = random.Random(SEED)
    used: set[str] = set()
    records = []
    tpl_count: dict[str, int] = {}
    for i, msg in enumerate(MESSAGES, 1):
        tpl = msg["tpl"].replace("~W~", WECOM_SEP)
        tpl_count[tpl] = tpl_count.get(tpl, 0) + 1
        values: dict[str, str] = {}
        kinds: dict[str, str] = {}

        def fresh(kind: str) -> str:
            while True:
                if kind == "ph":
                    v = wn.phone(rng)
                elif kind == "ord":
                    v = rng.choice("123456789") + "".join(rng.choice("0123456789")
                                                          for _ in range(rng.choice([17, 18])))
                else:
                    v = wn.waybill(rng, KINDS[kind])
                if v not in used:
                    used.add(v)
                    return v

        def sub(mt: re.Match) -> str:
            kind, idx, form = mt.group(1), mt.group(2), mt.group(3)
            name = kind + idx
            if name not in values:
                values[name] = fresh(kind)
                kinds[name] = kind
            if kind in ("ph", "ord"):
                if kind == "ord":
                    assert not form
                    return values[name]
                return fmt_phone(rng, values[name], form)
            return fmt_waybill(values[name], kind, form)

        text = PLACEHOLDER.sub(sub, tpl)
        assert "{" not in text and "}" not in text, tpl

        expected = []
        for intent, names in parse_exp(msg["exp"]):
            assert intent in INTENTS, (intent, tpl)
            for n in names:
                assert n in values and kinds[n] in KINDS, (n, tpl)
            expected.append({"intent": intent, "waybills": [values[n] for n in names]})

        carriers = [GROUP.get(KINDS[k], KINDS[k]) for k in kinds.values() if k in KINDS]
        digit_carriers = {KINDS[k] for k in kinds.values() if k in KINDS and KINDS[k] in ALL_DIGIT}
        carrier = msg["carrier"]
        if carrier is AUTO:
            if digit_carriers:
                assert len(digit_carriers) == 1, tpl
                carrier = digit_carriers.pop()
            elif len(set(carriers)) == 1:
                carrier = carriers[0]
            else:
                carrier = None
        records.append({
            "id": f"h-{i:04d}", "text": text, "carrier": carrier, "expected": expected,
            "needs_human": msg["nh"], "confirm": msg["cf"], "categories": msg["cats"], "style": "h",
        })
    over = [t for t, c in tpl_count.items() if c > 2]
    assert not over, over
    return records


def validate(records: list[dict]) -> None:
    ids, texts = set(), set()
    carriers_ok = {"sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao", None}
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        assert r["carrier"] in carriers_ok, r
        assert not (r["needs_human"] and r["confirm"]), r
        assert r["categories"] and all(0 <= c <= 8 for c in r["categories"]), r
        if r["confirm"]:
            assert any(g["intent"] in ("intercept", "cancel", "change_address") for g in r["expected"]), r
        flat = canon(r["text"])
        pairs = set()
        for g in r["expected"]:
            assert g["intent"] in INTENTS, r
            for w in g["waybills"]:
                assert w == w.upper() and re.fullmatch(r"[A-Z0-9]+", w), r
                assert w in flat, (w, r["text"])
                assert (g["intent"], w) not in pairs, r
                pairs.add((g["intent"], w))
        # track never beside another intent for the same number
        per_wb: dict[str, set[str]] = {}
        for intent, w in pairs:
            per_wb.setdefault(w, set()).add(intent)
        for w, its in per_wb.items():
            assert not ("track" in its and len(its) > 1), r
        if re.search(r"\d{12,}", flat) and any(
                re.fullmatch(r"\d+", w) for g in r["expected"] for w in g["waybills"]):
            assert r["carrier"] is not None, r


def main() -> None:
    records = build()
    validate(records)
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
