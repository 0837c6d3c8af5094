"""Writer d's labelled messages: a live-stream (直播带货) merchant in their twenties and their assistants.

Fast, playful, mixed-language: pinyin (lanjie, lj, cuijian, gaizhi, chedan, tousu, peichang, kdy = 快递员 …),
English words and sentences, internet slang and emoji, a Hong Kong / Taiwan assistant writing traditional
characters (now and then Cantonese), full-width characters, withdrawals and changes of mind.

Every sentence below is hand-written; only the numbers are filled in from ``tests/data/waybill_numbers.py``.
Labels follow ``tests/data/LABELLING.md``. Run:

    /work/main/.venv/bin/python tests/data/writers/d_source.py

which writes ``tests/data/writers/d.jsonl`` next to this file, deterministically.

Placeholders in a text:
    {A} … {H}       waybill numbers (canonical form); {A:fmt} the same number written another way:
                    lo (lower case), fw (full-width), sp (grouped with spaces), s10sp ("EJ 302 993 041 CN"),
                    dash (grouped with dashes), nl (split over two lines), tail (last 4 digits only),
                    short (last 3 characters dropped: invalid), short1 (last character dropped: invalid),
                    bad (S10 with a wrong check digit: invalid)
    {P1} {P2}       mobile phone numbers; {P1:fmt}: n (any notation of waybill_numbers.phone_notation), fw, dash,
                    sp, plus ("+86 139 1234 5678"), plusdash, 0086, paren, 86
    {O1} {O2}       platform order numbers (19 digits; {O1:18} 18 digits)
The carrier argument of ``m``: a carrier name (the group's carrier, numbers of that carrier), "g" (the next group
carrier in rotation) or "n" (a group of several carriers: carrier null, prefixed numbers only). Keyword overrides
(A="ems_s10") pick one placeholder's carrier.
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
_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
assert _spec is not None and _spec.loader is not None
wn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wn)

INTENTS = (
    "intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight", "track",
    "delay", "claim", "complaint", "arbitration",
)
GROUP_CARRIERS = ("zto", "yto", "sto", "yunda", "jt", "sf", "jd", "ems", "deppon", "cainiao")
NULL_POOL = ("yto", "jt", "sf", "jd", "deppon", "ems_s10")
WECOM = "- - - - - - - - - - - - - - -"  # the line under a WeCom quote

MESSAGES: list[dict] = []


def m(cats, carrier, text, exp="", nh=False, cf=False, drop="", **over):
    """One hand-written message. ``exp``: "intercept:A urge:BC" (intent: placeholder letters).

    ``drop``: the reason a message was taken out of the corpus by the audit (AUDIT-de.md). A dropped message still
    draws its numbers, so the ids and numbers of every other message stay as they were; it is only not written.
    """
    MESSAGES.append(
        {"cats": [cats] if isinstance(cats, int) else list(cats), "carrier": carrier, "text": text, "exp": exp,
         "nh": nh, "cf": cf, "over": over, "drop": drop}
    )


# ---------------------------------------------------------------------------------------------------------------
# Category 0: ordinary requests, every intent, the usual words (in this writer's voice)
# ---------------------------------------------------------------------------------------------------------------
# intercept
m(0, "zto", "{A} 拦截 谢谢亲", "intercept:A")
m(0, "yto", "家人们帮我拦截一下 {A} 客户不要了😭", "intercept:A")
m(0, "sto", "{A}\n{B}\n这俩拦截退回", "intercept:AB")
m(0, "yunda", "{A} 退回吧 买家地址写错了 我重新发", "intercept:A")
m(0, "n", "麻烦 {A} 截件 🙏", "intercept:A")
m(0, "deppon", "{A} 别派了 拦回来", "intercept:A")
m(0, "cainiao", "{A} 拦截退回，谢谢🙏", "intercept:A")
m(0, "ems", "{A} {B} {C} 全部拦截 这批货有问题", "intercept:ABC")
# cancel
m(0, "zto", "{A} 撤单 还没来揽收", "cancel:A")
m(0, "n", "取消寄件 {A} 客户退款了", "cancel:A", A="jd")
m(0, "yunda", "{A} 这单不寄了 帮忙取消订单", "cancel:A")
m(0, "cainiao", "撤单 {A} {B}", "cancel:AB")
m(0, "sf", "今天下午下的单 {A} 取消一下 谢谢", "cancel:A")
m(0, "n", "{A} 取消订单哈 快递员还没来", "cancel:A", A="deppon")
# change_address
m(0, "zto", "改址 {A} 杭州市西湖区文三路90号 张三 {P1}", "change_address:A")
m(0, "yto", "{A} 地址改为 上海市浦东新区张杨路500号 李娜 {P1}", "change_address:A")
m(0, "sto", "{A} 改地址：广州市天河区体育西路103号 陈小姐 {P1}", "change_address:A")
m(0, "jt", "{A} 转寄到 成都市武侯区人民南路四段12号 王先生 {P1}", "change_address:A")
m(0, "sf", "{A} 改派 深圳市南山区科技园南区8栋 刘洋 {P1}", "change_address:A")
m(0, "jd", "麻烦 {A} 修改收件地址 北京市朝阳区建国路88号 赵敏 {P1}", "change_address:A")
m(0, "ems", "{A} 改址 武汉市洪山区珞喻路1037号 孙丽 {P1} 谢谢宝", "change_address:A")
# urge
m(0, "zto", "{A} 催一下 客户等着用", "urge:A")
m(0, "yto", "{A} 加急 拜托了🙏", "urge:A")
m(0, "jt", "{A} 咋还不到 催催", "urge:A")
m(0, "yunda", "催件 {A} {B}", "urge:AB")
m(0, "cainiao", "{A} 麻烦催派一下 买家都问三遍了", "urge:A")
m(0, "deppon", "{A} 到站点两天了 催下派送", "urge:A")
m(0, "n", "{A} 帮忙催一下哈 客户明天要用", "urge:A", A="jd")
# verify_delivery
m(0, "zto", "{A} 显示签收但客户没收到", "verify_delivery:A")
m(0, "yto", "{A} 核实签收 客户说没拿到", "verify_delivery:A")
m(0, "sto", "{A} 虚假签收吧这是 客户一直在家根本没人送", "verify_delivery:A")
m(0, "jt", "{A} 别人签收了 不是客户本人 帮忙核实", "verify_delivery:A")
m(0, "ems", "{A} 签收了？？客户一整天在家没人来 核实一下", "verify_delivery:A")
m(0, "n", "{A} 妥投了但没收到", "verify_delivery:A", A="ems_s10")
m(0, "cainiao", "{A} 显示签收在驿站 客户去问了驿站说没有这个件", "verify_delivery:A")
# damaged
m(0, "zto", "{A} 破损 客户拍了照", "damaged:A")
m(0, "yto", "{A} 外箱破了", "damaged:A")
m(0, "jt", "{A} 碎了 玻璃杯全碎😭", "damaged:A")
m(0, "yunda", "{A} 漏液 洗发水漏了一箱", "damaged:A")
m(0, "sf", "{A} 东西烂了 水果全烂", "damaged:A")
m(0, "deppon", "{A} 收到的时候盒子都扁了 东西也坏了", "damaged:A")
# lost
m(0, "zto", "{A} 丢件了 站点说找不到", "lost:A")
m(0, "yto", "{A} 遗失 站点说没这件", "lost:A")
m(0, "sto", "{A} 件没了 哪都找不着", "lost:A")
m(0, "jt", "{A} 少件 发了3件只到2件", "lost:A")
m(0, "ems", "{A} 一周没动 是不是丢了", "lost:A")
m(0, "cainiao", "{A} 网点说找不到这个件 登记丢件", "lost:A")
m(0, "jd", "{A} 包裹丢失", "lost:A")
# weight
m(0, "zto", "{A} 查重量 感觉不对", "weight:A")
m(0, "yto", "{A} 核重 这么小一件怎么收了5公斤", "weight:A")
m(0, "sto", "{A} 重量不对 帮忙看下", "weight:A")
m(0, "jt", "{A} 超重？？我称的才1斤", "weight:A")
m(0, "deppon", "{A} {B} 核一下重量 运费多扣了", "weight:AB")
m(0, "sf", "{A} 计费重量有问题 核重", "weight:A")
m(0, "cainiao", "{A} 这个重量离谱了 查一下重量", "weight:A")
# track
m(0, "zto", "{A}", "track:A")
m(0, "yto", "{A} 到哪了", "track:A")
m(0, "jt", "{A} 什么时候到呀", "track:A")
m(0, "yunda", "{A} 查一下物流", "track:A")
m(0, "ems", "{A}\n{B}\n查下这两个", "track:AB")
m(0, "n", "{A} 走到哪了 客户问", "track:A", A="deppon")
m(0, "n", "{A}", "track:A")
# delay
m(0, "zto", "{A} 三天没动了", "delay:A")
m(0, "sf", "{A} 延误了 说好的次日达", "delay:A")
m(0, "yto", "{A} 不动了 卡在中转", "delay:A")
m(0, "jt", "{A} 停在转运中心四天了", "delay:A")
m(0, "yunda", "{A} 怎么还没到 是不是延误了", "delay:A")
m(0, "cainiao", "{A} 打延误", "delay:A")
m(0, "jd", "{A} 物流停滞 一直显示运输中", "delay:A")
# claim
m(0, "zto", "{A} 理赔", "claim:A")
m(0, "yto", "{A} 申请赔偿 货值299", "claim:A")
m(0, "sto", "{A} 丢了 要赔钱", "claim:A")
m(0, "jt", "{A} 破损 申请理赔", "claim:A")
m(0, "yunda", "{A} 赔付一下 客户那边我已经退款了", "claim:A")
m(0, "ems", "{A} 碎了 要赔偿", "claim:A")
m(0, "cainiao", "{A} 件丢了 申请理赔 发票我有", "claim:A")
# complaint
m(0, "zto", "{A} 投诉 快递员态度差", "complaint:A")
m(0, "yto", "{A} 客诉", "complaint:A")
m(0, "sto", "{A} 快递员骂人 投诉", "complaint:A")
m(0, "jt", "{A} 派件员不送上门还不接电话 投诉他", "complaint:A")
m(0, "yunda", "{A} 我要投诉 放驿站也不说一声", "complaint:A")
m(0, "sf", "{A} 小哥态度太差了", "complaint:A")
m(0, "n", "投诉 {A} 快递员让客户自己下楼拿 还凶人", "complaint:A", A="jd")
# arbitration
m(0, "zto", "{A} 申请仲裁", "arbitration:A")
m(0, "yto", "{A} 仲裁 对方一直不认", "arbitration:A")
m(0, "jt", "{A} 网点一直不认 走仲裁吧", "arbitration:A")
m(0, "n", "仲裁 {A} 网点推来推去", "arbitration:A")
m(0, "yunda", "{A} 麻烦发起仲裁", "arbitration:A")
m(0, "cainiao", "{A} 判责有问题 申请仲裁", "arbitration:A")
m(0, "jd", "{A} 要求仲裁 谢谢", "arbitration:A")

# hedged class-1 requests (confirm) and clear ones that only look hedged
m(0, "zto", "{A} 先拦着吧？我再问问客户", "intercept:A", cf=True)
m(0, "yto", "{A} 看看能不能撤单", "cancel:A", cf=True)
m(0, "sto", "{A} 好像得改个地址 改到 上海市黄浦区南京东路300号 小吴 {P1}", "change_address:A", cf=True)
m(0, "jt", "{A} 可能要退回 我等客户回消息", "intercept:A", cf=True)
m(0, "yunda", "{A} 感觉要撤单 客户好像不想要了", "cancel:A", cf=True)
m(0, "sf", "{A} 如果还没签收就拦截", "intercept:A")
m(0, "cainiao", "{A} 还没派送的话 改址到 杭州市拱墅区湖墅南路111号 小蒋 {P1}", "change_address:A")
m(0, "deppon", "{A} 要不催一下吧", "urge:A")
m(0, "zto", "{A} 能拦截吗", "intercept:A")
m(0, "jd", "可以帮忙改个地址吗 {A} 改到 北京市海淀区学院路30号 小邱 {P1}", "change_address:A")

# needs a person: no new address, something outside the intents, thanks with a number
m(0, "yto", "{A} 收件人改为 陈晨", "change_address:A", nh=True)
m(0, "sto", "{A} 要改地址 新地址我等下发", "change_address:A", nh=True)
m(0, "n", "{A} 能帮我打印一下面单吗", "", nh=True)
m(0, "zto", "{A} 帮我改成到付 顺便看看到哪了", "track:A", nh=True)
m(0, "yunda", "{A} 开个发票 抬头发你私信", "", nh=True)
m(0, "jt", "{A} 收到啦 客户说包装很好 thx", "")

# ---------------------------------------------------------------------------------------------------------------
# No waybill: chit-chat, thanks, questions, commands with no usable number
# ---------------------------------------------------------------------------------------------------------------
m(0, "zto", "好的谢谢家人🙏")
m(0, "n", "收到收到")
m(0, "yto", "thx 爱你们❤️")
m(0, "n", "ok ok")
m(0, "sto", "绝了 你们今天好快")
m(0, "n", "今晚8点开播 单量会很大 提前打个招呼哈")
m(0, "jt", "明天几点来收件呀")
m(0, "n", "今天还能发吗 几点截单")
m(0, "yunda", "在吗在吗")
m(0, "n", "哈哈哈哈哈 好的")
m(0, "sf", "辛苦啦 小哥今天来得好早")
m(0, "n", "謝謝 超快的")
m(0, "jd", "請問今天幾點收件？")
m(0, "n", "双十一期间会延迟吗")
m(0, "ems", "新疆能发吗 运费多少")
m(0, "n", "good morning 家人们☀️")
m(0, "deppon", "👍👍👍")
m(0, "n", "🙏")
m(0, "cainiao", "你们周末上班吗")
m(0, "n", "上次那个问题解决了 thanks")
m(0, "zto", "hello 有人吗")
m(0, "n", "你们客服 yyds")
m(0, "yto", "今天单子好多 救命😭")
m(0, "n", "拦截一般多久有结果呀")
m(0, "sto", "理赔一般几天到账")
m(0, "n", "how long does an intercept usually take?")
m(0, "jt", "改地址要收费吗")
m(0, "n", "xswl 小哥刚刚在群里发的表情包")
m(0, "yunda", "明天下播后大概 500 单 麻烦多派个车")
# commands with no usable number
m(5, "n", "帮我 lanjie 一下！！", nh=True)
m(0, "sf", "急急急 催一下", nh=True)
m(5, "n", "intercept pls", nh=True)
m(0, "zto", "尾号{A:tail} 拦截", nh=True)
m(5, "n", "那个 cancel 掉", nh=True)
m(5, "n", "where is my parcel 客户在催", nh=True)
m(0, "jd", "单号后四位 {A:tail} 的那个 催一下", nh=True)
m(0, "n", "刚才那个改地址 帮我改成 上海市闵行区七莘路1888号 小叶 {P1}", nh=True)
m(0, "ems", "帮我查下今天发的所有件", nh=True)
m(0, "n", "客户说东西碎了 咋办", nh=True)
m(0, "cainiao", "投诉！！你们小哥又把件扔门口", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# Category 1: negation and withdrawal, double negation, "不要 X，要 Y"
# ---------------------------------------------------------------------------------------------------------------
m((1, 5), "n", "{A} lanjie {B} 不用拦", "intercept:A")
m(1, "zto", "{A} 不用拦了", "", nh=True)
m((1, 5), "n", "{A} 刚刚说的拦截 啊不用了 nvm", "", nh=True)
m((1, 5), "n", "{A} lj 一下 …… 等等 {A} 算了 not intercept 客户又要了", "")
m(1, "yto", "不是不拦，是现在就拦 {A}！！", "intercept:A")
m(1, "sto", "{A} 不要退回，改派到 杭州市余杭区文一西路969号 小王 {P1}", "change_address:A")
m((1, 5), "n", "{A} don't intercept, 催一下就行", "urge:A")
m((1, 5), "jt", "cancel 那个拦截 {A}", "", nh=True)
m(1, "yunda", "{A} 不用催了 客户收到了", "", nh=True)
m(1, "cainiao", "不用理赔了 {A} 客户说算了", "", nh=True)
m(1, "zto", "{A} 不拦 {B} 拦", "intercept:B")
m(1, "n", "{A} {B} {C} 都拦截 除了 {B}", "intercept:AC")
m(1, "yto", "{A} 撤单 {B} 不撤 {B} 要催件", "cancel:A urge:B")
m(1, "jd", "{A} 不是要拦截 是要改地址 新地址 深圳市福田区华强北路1002号 林小姐 {P1}", "change_address:A")
m(1, "sto", "{A} 不要撤单 已经揽收了 直接拦截", "intercept:A")
m(1, "yunda", "{A} 没说要投诉啊 就催一下", "urge:A")
m((1, 5), "n", "{A} 不用改地址了 nvm 客户说原地址能收", "", nh=True)
m((1, 5), "ems", "算了 not intercept {A}", "", nh=True)
m(1, "deppon", "刚才说退回的 {A} 别退回了 客户又要了", "", nh=True)
m((1, 5), "n", "{A} no need to lanjie anymore", "", nh=True)
m(1, "zto", "{A} 不需要仲裁了 已经和解了", "", nh=True)
m(1, "sto", "不要取消!! {A} 客户又要了 别撤单", "", nh=True)
m(1, "n", "{A} 撤單 {B} 不用撤", "cancel:A")
m(1, "n", "{A} 別攔了 謝謝", "", nh=True)
m(1, "yunda", "{A} 不是延误 是丢了 找不到了", "lost:A")
m(1, "sf", "{A} 不要赔偿 要仲裁", "arbitration:A")
m(1, "zto", "{A} 我没有要撤单啊 是拦截！已经发出去了", "intercept:A")
m((1, 2), "jd", "{A} 不拦了 改成催件", "urge:A")
m(1, "n", "之前让拦的 {A} 不用拦了，{B} 还是要拦", "intercept:B", nh=True)
m((1, 5), "cainiao", "{A} 不用改址 but 要加急 urgent!!", "urge:A")
m((1, 5), "n", "{A} 拦截不要了 cancel the intercept pls", "", nh=True)
m((1, 5), "n", "{A} lj  {B} 不lj  {C} lj", "intercept:AC")
m(1, "jt", "{A} 拦截 投诉 …… 算了投诉不用了 拦截就行", "intercept:A")
m(1, "sf", "{A} 不用拦了 {B} 拦截", "intercept:B", nh=True)
m(1, "yto", "{A} 不是不催 是催了好几次了 现在再催一次!!", "urge:A")
m((1, 5), "n", "{A} not return pls, 改地址 to 福州市仓山区金山大道618号 小陈 {P1}", "change_address:A")

# ---------------------------------------------------------------------------------------------------------------
# Category 2: corrections
# ---------------------------------------------------------------------------------------------------------------
m(2, "zto", "{A} 撤单。哦不对 已经揽收了 那就拦截", "intercept:A")
m(2, "yto", "{A} 改址取消，还是拦截吧", "intercept:A")
m(2, "sto", "{A} 拦截 —— 更正 单号打错了 是 {B}", "intercept:B")
m((2, 5), "n", "{A} lanjie！！sorry 打错了 是 {B}", "intercept:B")
m((2, 5), "n", "cancel {A}, oh wait 已经寄出去了 intercept instead", "intercept:A")
m(2, "jt", "{A} 催件 哦不对 是要拦截", "intercept:A")
m(2, "yunda", "{A} 拦截 更正：{A} 改地址 北京市海淀区中关村大街27号 吴磊 {P1}", "change_address:A")
m(2, "cainiao", "单号错了 不是 {A} 是 {B}，催一下", "urge:B")
m(2, "sf", "{A} 丢了？哦不对 找到了 是破损 外箱烂了", "damaged:A")
m((2, 7), "jd", "{A} 拦截 {B} 催件 —— 反了反了 {A} 催件 {B} 拦截", "urge:A intercept:B")
m(2, "ems", "{A} 改到 苏州市工业园区星湖街328号 那个地址写错了 更正为 苏州市工业园区星海街200号 邓女士 {P1}",
  "change_address:A")
m(2, "deppon", "{A} 撤单 更正 撤单的是 {B}，{A} 是要催", "cancel:B urge:A")
m(2, "zto", "{A} 投诉 哦不是 是要理赔 东西丢了", "claim:A")
m(2, "yto", "{A} 查下到哪了，算了直接拦吧", "intercept:A")
m((2, 5), "n", "{A} 拦截 wait 我看错了 是 {B} 要拦 {A} 正常送", "intercept:B")
m((2, 4), "sto", "{A} 改址 上海市徐汇区漕溪北路88号 王芳 {P1}\n更正：电话是 {P2}", "change_address:A")
m(2, "jt", "{A} 催一下 不对 应该是显示签收了但没收到 帮忙核实", "verify_delivery:A")
m(2, "yunda", "{A} 超重了？？ 不对不对 是少件 盒子里少了一个", "lost:A")
m((2, 5), "n", "{A}撤单 啊不 拦截 已经发了😭", "intercept:A")
m(2, "sf", "{A} 拦截 还是改址吧 改到 厦门市思明区环岛南路100号 小郑 {P1}", "change_address:A")
m(2, "jd", "{A} 退回 更正 不退了 改派到 长沙市岳麓区麓山南路932号 唐先生 {P1}", "change_address:A")
m((2, 5), "n", "{A} lanjie → 改成 cuijian 吧 客户说还要", "urge:A")
m(2, "zto", "{A} 延误 打错了 是 {B} 延误 {A} 是好的", "delay:B")
m(2, "ems", "{A} 核重 —— 啊发错群了 这个是别家的 不用管", "")
m(2, "yto", "{A} 破损 {B} 丢件 哦不对 {B} 也是破损", "damaged:AB")
m(2, "sto", "更正一下 刚才发的 {A} 是要改址 不是拦截 新地址：西安市雁塔区小寨东路126号 马先生 {P1}",
  "change_address:A")
m(2, "n", "{A} 投訴 欸不對 是要仲裁", "arbitration:A")
m((2, 5), "n", "{A} cancel pls... nope 已经揽收了 return to sender then", "intercept:A")
m(2, "zto", "{A:short1} 催件 单号少打了一位 正确的是 {A}", "urge:A")
m((2, 7), "yunda", "{A} 拦截\n{B} 拦截\n哦第二个不用拦 是催件", "intercept:A urge:B")
m(2, "deppon", "{A} 改地址 杭州市拱墅区莫干山路100号 更正 收件人不是我 是 许晴 {P1}", "change_address:A")
m((2, 5), "n", "{A} 撤单 no wait 改 gaizhi 到 青岛市市南区香港中路10号 小孙 {P1}", "change_address:A")
m(2, "jt", "我刚刚说 {A} 丢件 是我搞错了 其实是延误 还在路上 三天没动", "delay:A")
m(2, "cainiao", "{A} 理赔\n更正：{B} 理赔 {A} 是另一个店的", "claim:B")
m(2, "yto", "{A} 查件 算了 不用查了 直接投诉吧 三天打不通快递员电话", "complaint:A")
m((2, 5), "n", "{A} 拦截 hmm 不对 是 cancel 还没揽收呢", "cancel:A")
m(2, "zto", "{A} {B} 拦截 更正 {B} 打错了 是 {C}", "intercept:AC")
m((2, 8), "jd", "{A} 破损 理赔 —— 更正：不理赔了 登记破损就行", "damaged:A")
m(2, "yunda", "{A} 退回 哦不对是 {B} 退回 {A} 要改地址 天津市和平区南京路189号 冯先生 {P1}",
  "intercept:B change_address:A")
m((2, 5), "n", "{A} 撤單 唔係 係攔截", "intercept:A")
m(2, "ems", "{A} 到哪了\n不对 是 {B} 到哪了 {A} 已经收到了", "track:B")
m(2, "cainiao", "{A} 是不是丢了…… 哦刚刷新 动了 只是慢 延误吧", "delay:A")

# ---------------------------------------------------------------------------------------------------------------
# Category 3: quoted and replied-to messages, the bot's replies quoted back
# ---------------------------------------------------------------------------------------------------------------
m(3, "zto", "「小美：{A} 到哪了」\n" + WECOM + "\n这单催一下 客户急用", "urge:A")
m(3, "yto", "「阿杰：{A} 拦截」\n" + WECOM + "\n{B} 这个也拦截一下", "intercept:B")
m(3, "sto", "「小美：{A} 客户说不要了」\n" + WECOM + "\n这个拦截一下 thx", "intercept:A")
m((3, 1), "jt", "引用 小美：{A} 拦截\n不用了", "", nh=True)
m(3, "n", "回复 @客服机器人：@小美 {A} 拦截已提交，结果会第一时间通知您\n谢谢宝", "")
m((3, 1), "yunda", "「客服机器人：@小美 {A} 拦截已提交，结果会第一时间通知您」\n" + WECOM + "\n不用拦了 客户又要了", "",
  nh=True)
m(3, "sf", "「客服机器人：@小美 {A} 已签收，无法拦截」\n" + WECOM + "\n那核实签收吧 客户说没收到啊😭",
  "verify_delivery:A")
m(3, "cainiao", "「客服机器人：@小美 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + WECOM + "\n撤单 {A}",
  "cancel:A")
m(3, "zto", "「客服机器人：@小美 {A} 已为您催促派送，请耐心等待」\n" + WECOM + "\n催了三次了还没到 投诉!!", "complaint:A")
m(3, "n", "「客服机器人：@小美 {A} 改址已提交，结果会第一时间通知您」\n" + WECOM + "\nok 蹲一个结果", "")
m(3, "jd", "「客服机器人：@阿杰 {A} 撤单成功」\n" + WECOM + "\n👍", "")
m((3, 8), "ems", "「客服机器人：@小美 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + WECOM
  + "\n顺便申请理赔 货值 129", "claim:A")
m(3, "deppon", "「客服机器人：@小美 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + WECOM + "\n都五天了 能不能催一下",
  "urge:A")
m(3, "yto", "「客服机器人：@小美 您的消息已转人工客服处理，请稍候」\n" + WECOM + "\n人呢人呢 等半小时了", "")
m((3, 1), "sto", "回复 @小美：{A} {B} 拦截\n{B} 不用 我刚问了客户", "", nh=True)
m((3, 2), "n", "「{A} 拦截」 这个改成改地址 成都市锦江区春熙路1号 小杨 {P1}", "change_address:A")
m((3, 1), "yunda", "“{A} 催一下” 这条发错了 不用管", "", nh=True)
m((3, 5), "jt", "引用 阿杰：{A} 到哪了？\n客户等不及了 直接 lanjie 吧", "intercept:A")
m(3, "zto", "引用 阿杰：{A} 到哪了？\n{B} 也查一下", "track:B")
m(3, "cainiao", "回复 @Lily：{A} 破损了\n+1 我这边 {B} 也破了", "damaged:B")
m(3, "sf", "{A} 显示派送中\n--------------------\n客户不要了 拦截", "intercept:A")
m(3, "n", "「小美：家人们 {A} 这单客户要改地址」\n" + WECOM + "\n新地址 郑州市金水区花园路38号 韩梅梅 {P1} 改吧",
  "change_address:A")
m(3, "n", "「阿杰：{A} 攔截」\n" + WECOM + "\n收到 已轉達", "")
m(3, "yto", "回复 @小美：{A} 拦截\n我已经发过了 你别重复发哈", "")
m(3, "sto", "「客服机器人：@小美 {A} 拦截已提交，结果会第一时间通知您」\n" + WECOM + "\n{B} 也拦一下 谢谢",
  "intercept:B")
m((3, 8), "jd", "「客服机器人：@小美 {A} 拦截已提交，结果会第一时间通知您」\n" + WECOM + "\n这个顺便投诉一下快递员 态度超差",
  "complaint:A")
m((3, 2), "zto", "引用 小美：“{A} 撤单”\n已经揽收了 撤不了吧 那就拦截", "intercept:A")
m((3, 8), "jt", "回复 @阿杰：{A} 漏液了\n这个要赔偿 客户要我们全额退", "claim:A")
m((3, 7), "yunda", "「小美：{A} {B} {C} 这三个怎么处理」\n" + WECOM + "\n第一个拦截 后两个催一下", "intercept:A urge:BC")
m((3, 5), "n", "「客户：我的快递到哪了 {A}」\n" + WECOM + "\n帮忙查下 where is it", "track:A")
m(3, "n", "「客户：東西碎了 {A}」\n" + WECOM + "\n幫我登記一下破損 謝謝", "damaged:A")
m((3, 5), "ems", "「老板：{A} 拦截」\n" + WECOM + "\n@客服 老板说的这个 帮忙 lanjie 下", "intercept:A")
m(3, "cainiao", "回复 @客服机器人：@小美 {A} 已为您催促派送，请耐心等待\n还是没动 打延误吧", "delay:A")
m(3, "deppon", "「客服机器人：@阿杰 {A} 撤单成功」\n" + WECOM + "\n{B} {C} 也撤单", "cancel:BC")
m((3, 1), "sf", "“{A} 改址 南宁市青秀区民族大道100号 黄先生 {P1}” 这条作废 地址发错了 不用改了", "", nh=True)
m(3, "yto", "引用 小美：{A} 这个好像被别人签收了\n对 帮忙核实签收", "verify_delivery:A")
m(3, "sto", "「小美：{A} 三天没动了」\n" + WECOM + "\n救命 帮忙催一下 🙏", "urge:A")
m((3, 5), "n", "回复 @小美：{A} 称重多少\n我也想知道 核重 pls", "weight:A")
m(3, "zto", "{A} 拦截\n------------\n上面这个是客户发我的 不是让你们拦哈 帮我查下到哪了", "track:A")
m(3, "jt", "「阿杰：要不 {A} 拦截吧」\n" + WECOM + "\n嗯 拦吧 确定", "intercept:A")
m((3, 4), "yunda", "回复 @客服机器人：@小美 {A} 改址已提交，结果会第一时间通知您\n电话写错了 改成 {P1}", "change_address:A",
  nh=True)
m((3, 2), "cainiao", "「小美：{A} 丢了」\n" + WECOM + "\n不是丢了 是延误 刚更新了", "delay:A")
m((3, 5), "n", "引用 客户：快递员把我东西扔门口还骂人 {A}\n帮我投诉 complain about the courier", "complaint:A")
m(3, "sf", "「小美：@阿杰 {A} 你拦了吗」\n" + WECOM + "\n还没 现在拦 {A} 拦截", "intercept:A")
m(3, "jd", "回复 @小美：{A} 撤单\n{B} 呢？也撤", "cancel:B")
m(3, "ems", "「客服机器人：@小美 {A} 已签收，无法拦截」\n" + WECOM + "\n{B} 这个还没签收 拦截", "intercept:B")
m(3, "deppon", "「小美：{A} 改地址 济南市市中区经十路100号 小商 {P1}」\n" + WECOM + "\n改好了吗 顺便催一下派送",
  "urge:A", drop="audit: a status question (outside the intents) beside urge; the guide does not decide needs_human")

# ---------------------------------------------------------------------------------------------------------------
# Category 4: numbers that are not waybills: phones, order numbers, amounts, dates, weights
# ---------------------------------------------------------------------------------------------------------------
m(4, "zto", "改址 {A} 杭州市西湖区文二路391号 张敏 {P1:n}", "change_address:A")
m(4, "yto", "{A} 改地址 上海市静安区南京西路1266号 Lily {P1:plus}", "change_address:A")
m(4, "sto", "{A} 收件人电话改为 {P1:dash}", "change_address:A", nh=True)
m(4, "jt", "订单号 {O1} 运单号 {A} 客户退款了 拦截", "intercept:A")
m(4, "yunda", "{O1} 这个单 拦截", "", nh=True)
m(4, "n", "抖音订单 {O1}\n快递单号 {A}\n催一下 🙏", "urge:A")
m(4, "zto", "{A} 客户 {P1:fw} 说没收到 显示签收了", "verify_delivery:A")
m(4, "sf", "{A} 12月12号发的 今天12月18号了还没到 延误", "delay:A")
m(4, "jd", "{A} 赔偿 货值 ¥399 要全赔", "claim:A")
m(4, "ems", "{A} 1.2kg 的东西收了我 3kg 的钱 核重", "weight:A")
m(4, "yto", "改址 {A}\n新地址：广东省佛山市顺德区大良街道清晖路100号\n收件人：黄小姐\n电话：{P1:0086}",
  "change_address:A")
m(4, "jt", "客户 {P1:86} 找我 说 {A} 被别人签了", "verify_delivery:A")
m(4, "yunda", "{P1} 拦截", "", nh=True)
m(4, "n", "{P1:n} 这个单号到哪了", "", nh=True)
m(4, "zto", "{A} 改到 南京市江宁区双龙大道1500号 邮编 211100 钱女士 {P1}", "change_address:A")
m(4, "cainiao", "{A} 3 件货只到了 2 件 少件", "lost:A")
m((4, 8), "n", "订单 {O1:18} 对应 {A} 东西碎了 要赔 200", "claim:A")
m(4, "ems", "{A}\n收件人 王可 {P1:paren}\n改地址 福州市鼓楼区五四路158号", "change_address:A")
m(4, "zto", "退款单号 {O1} 已退 {A} 拦截退回", "intercept:A")
m((4, 5), "yto", "{A} 第 2 次催了 3 天没动 cuijian", "urge:A")
m(4, "sto", "{A} 改派 新收件人 赵小刀 {P1:dash} 地址 大连市中山区人民路15号", "change_address:A")
m((4, 8), "jt", "{A} 单价 59.9 × 3 = 179.7 全丢了 理赔", "claim:A")
m(4, "yunda", "快递员 {P1} 说 {A} 找不到 是丢了吗", "lost:A")
m(4, "cainiao", "{A} 电话改为 {P1:n}", "change_address:A", nh=True)
m(4, "sf", "{P1:fw} 是我电话 {A} 有问题打给我 这单帮我拦截一下", "intercept:A")
m(4, "jd", "{A} 2024年11月11日发出 仲裁", "arbitration:A")
m(4, "n", "淘宝订单 {O1}\n{A}\n撤单", "cancel:A")
m(4, "yto", "客户 {P1} 和 {P2:n} 两个号都打了 没人接 {A} 拦截退回", "intercept:A")
m(4, "n", "{A:short} 拦截", "", nh=True)
m(4, "n", "单号 {A:bad} 改址 上海市普陀区曹杨路500号 小宁 {P1}", "", nh=True, A="ems_s10")
m(4, "sto", "{A} 拦截 客户手机号 {P1:plusdash}", "intercept:A")
m(4, "jt", "{A} 改址 地址：昆明市五华区翠湖南路2号3栋502室 联系人：段先生 {P1:n}", "change_address:A")
m(4, "yunda", "{A} 下单 5 天了 还没揽收 撤单吧", "cancel:A")
m((4, 8), "cainiao", "{A} 破了 客户拍照了 金额 68.00 能赔吗", "claim:A")
m(4, "n", "抖店订单号是 {O1} 不是快递单号哈 快递单号是 {A} 到哪了", "track:A")
m(4, "jd", "{A}\n{P1:n}\n{P2:n}\n两个电话都是客户的 催一下", "urge:A")
m(4, "sf", "{A} 收件人 刘芸 电话 {P1:fw} 改到 珠海市香洲区情侣中路 99 号", "change_address:A")

# ---------------------------------------------------------------------------------------------------------------
# Category 5: pinyin, English, mixed, colloquial, voice-to-text, traditional and full-width writing
# ---------------------------------------------------------------------------------------------------------------
# pinyin
m(5, "zto", "{A} lanjie", "intercept:A")
m(5, "jt", "{A} gaizhi 杭州市滨江区江南大道3850号 小陈 {P1}", "change_address:A")
m(5, "yunda", "{A} chedan", "cancel:A")
m(5, "cainiao", "{A} tousu kdy 态度超差", "complaint:A")
m(5, "sf", "{A} peichang 东西碎成渣了", "claim:A")
m(5, "zto", "{A} zhongcai", "arbitration:A")
m(5, "yunda", "{A} diu le?? 找不到了", "lost:A")
m(5, "cainiao", "{A} ke yi lanjie ma", "intercept:A")
m(5, "n", "{A} neng cui yi xia ma 🥺", "urge:A")
m(5, "sf", "{A} gai di zhi: 太原市小店区长风街100号 小贾 {P1}", "change_address:A")
m(5, "deppon", "{A} hezhong 一下 重量不对吧", "weight:A")
m(5, "zto", "{A} 客户没收到 但显示 qianshou 了", "verify_delivery:A")
# English
m(5, "yto", "{A} return to sender", "intercept:A")
m(5, "n", "{A} change address to 上海市长宁区愚园路1088号 Amy {P1}", "change_address:A")
m(5, "sto", "{A} urgent!!", "urge:A")
m(5, "n", "{A} where is it", "track:A")
m(5, "jt", "pls cancel this order {A}", "cancel:A")
m(5, "n", "{A} complain about the courier, he threw the box at the door", "complaint:A")
m(5, "yunda", "{A} the box is broken and we want compensation", "claim:A")
m(5, "n", "{A} lost?? can't find it anywhere", "lost:A")
m(5, "sf", "{A} weight is wrong, pls check", "weight:A")
m(5, "jd", "{A} shows delivered but customer didn't get it", "verify_delivery:A")
m(5, "ems", "{A} arbitration pls", "arbitration:A")
m(5, "deppon", "Hi, could you intercept {A}? thx", "intercept:A")
m(5, "n", "{A} & {B} return to sender pls, customer refused", "intercept:AB")
# mixed
m(5, "yunda", "这个 order cancel 掉 {A}", "cancel:A")
m(5, "cainiao", "{A} 快递 stuck 了 三天 no update", "delay:A")
m(5, "jd", "{A} 快递员 attitude 好差 我要 complain", "complaint:A")
m(5, "ems", "{A} 地址 change 一下 to 南昌市东湖区八一大道357号 小熊 {P1}", "change_address:A")
m(5, "yto", "{A} 签收了？？客户 said no 啊 核实下", "verify_delivery:A")
m(5, "n", "客户要 refund 了 {A} 帮我 lanjie", "intercept:A")
# colloquial, slang
m(5, "n", "救命 {A} 快拦住它😭😭", "intercept:A")
m(5, "ems", "{A} 蹲一个派送 家人们催催🙏", "urge:A")
m(5, "jt", "{A} 地址填错了 给我 gaizhi 到 宁波市鄞州区天童南路588号 阿May {P1}", "change_address:A")
m(5, "yunda", "{A} 啥时候到啊 蹲一个", "track:A")
m(5, "cainiao", "{A} 我真的会谢 又超重 称一下", "weight:A")
# voice-to-text
m(5, "zto", "那个就是说 {A} 这个单号帮我拦截一下啊 客户说不要了 谢谢啊", "intercept:A")
m(5, "jt", "呃 {A} 这个要改一下地址 改到 济南市历下区泉城路180号 收件人是 曲女士 电话 {P1}", "change_address:A")
m(5, "yunda", "就那个 {A} 东西坏了 客户说收到就是坏的 登记一下破损 谢谢", "damaged:A")
m(5, "sf", "你好我想问一下 {A} 这个单子 好像被别人签收了 你帮我核实一下", "verify_delivery:A")
# traditional characters, Cantonese
m(5, "n", "{A} 遺失了 請登記", "lost:A")
m(5, "jd", "{A} 顯示簽收但客人沒收到", "verify_delivery:A")
m(5, "n", "{A} 改地址 廣州市越秀區北京路200號 黃生 {P1}", "change_address:A")
m(5, "zto", "{A} 投訴派件員 態度很差", "complaint:A")
m(5, "n", "{A} 而家去咗邊度？", "track:A")
m(5, "n", "唔該幫我攔截 {A}", "intercept:A")
# full-width and lower case
m(5, "jt", "{A:fw} 拦截！", "intercept:A")
m(5, "yto", "{A:fw}\u3000催件", "urge:A")
m(5, "yunda", "{A}\u3000ｌａｎｊｉｅ", "intercept:A")
m(5, "n", "{A:lo} where is it", "track:A")
# hedged, in this writer's voice
m(5, "n", "{A} 要不 lanjie 吧？", "intercept:A", cf=True)
m(5, "zto", "{A} 可能要 return to sender…我再确认下", "intercept:A", cf=True)
m(5, "n", "{A} maybe cancel?? idk 客户还没回我", "cancel:A", cf=True)
m(5, "sto", "{A} 拦？不拦？救命 我也不知道 先拦吧??", "intercept:A", cf=True)
m(5, "yunda", "{A} 拦截吧…可能…我再想想", "intercept:A", cf=True)
m(5, "n", "{A} 好像要 gaizhi 客户说搬家了 新地址 南京市秦淮区中华路88号 小沈 {P1} 我再确认一下", "change_address:A",
  cf=True)
m(5, "jt", "{A} gaizhi", "change_address:A", nh=True)
m(5, "n", "{A} change address pls, 新地址等客户发我", "change_address:A", nh=True)
m(5, "deppon", "{A} pls 帮我改成到付 thx", "", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# Category 6: numbers broken by the chat client (spaced S10, grouped digits, split over lines)
# ---------------------------------------------------------------------------------------------------------------
m(6, "ems", "{A:s10sp} 拦截", "intercept:A", A="ems_s10")  # audit: cf removed (rule 11: spaced on one line)
m(6, "ems", "{A:s10sp} 到哪了", "track:A", A="ems_s10")
m(6, "yto", "{A:nl} 拦截", "intercept:A", cf=True)
m(6, "zto", "{A:nl}\n催一下", "urge:A")
m((6, 5), "n", "{A:sp} lanjie pls", "intercept:A", A="jt")  # audit: cf removed (rule 11)
m(6, "sto", "{A:sp} 催件", "urge:A")
m(6, "yunda", "单号：{A:sp}\n破损了 客户拍照了", "damaged:A")
m((6, 4), "zto", "{A:nl} 改址 杭州市上城区解放路138号 钱多多 {P1}", "change_address:A", cf=True)
m(6, "n", "{A:s10sp} 撤单", "cancel:A", A="ems_s10")  # audit: cf removed (rule 11)
m((6, 7), "ems", "{A:s10sp}\n{B:s10sp}\n都拦截", "intercept:AB", A="ems_s10", B="ems_s10")  # audit: cf removed (rule 11)
m((6, 5), "n", "{A:nl} cancel pls", "cancel:A", cf=True)
m(6, "ems", "{A:sp} 三天没动了", "delay:A")
m(6, "jt", "{A:nl} 显示签收没收到", "verify_delivery:A")
m(6, "n", "{A:dash} 查一下 到哪了", "track:A", A="sf")
m(6, "yunda", "{A:dash} 超重了 核一下", "weight:A")
m((6, 8), "n", "{A:s10sp} 丢了 理赔", "claim:A", A="ems_s10")
m(6, "cainiao", "{A:nl} 投诉快递员", "complaint:A")
m(6, "deppon", "{A:sp} 申请仲裁", "arbitration:A")
m((6, 5), "n", "{A:s10sp} where is it", "track:A", A="ems_s10")
m(6, "sf", "{A:nl} 碎了", "damaged:A")
m((6, 7), "sto", "{A:sp}\n{B}\n都催一下", "urge:AB")
m(6, "ems", "{A:s10sp} 退回 客户拒收", "intercept:A", A="ems_s10")  # audit: cf removed (rule 11)
m(6, "yto", "{A:sp} 拦截退回 谢谢", "intercept:A")  # audit: cf removed (rule 11)
m(6, "jd", "{A:nl} 遗失", "lost:A")
m(6, "cainiao", "{A:sp} 延误", "delay:A")
m((6, 4), "n", "{A:s10sp} 改地址 石家庄市长安区中山东路508号 小白 {P1}", "change_address:A", A="ems_s10")  # audit: cf removed (rule 11)
m((6, 5), "zto", "{A:nl}\n这单 urgent", "urge:A")
m(6, "sto", "帮我拦截\n{A:nl}", "intercept:A", cf=True)
m((6, 7), "ems", "{A:s10sp} 催一下 {B:s10sp} 拦截", "urge:A intercept:B", A="ems_s10", B="ems_s10")  # audit: cf removed (rule 11)
m(6, "n", "{A:sp} 撤單", "cancel:A")  # audit: cf removed (rule 11)
m(6, "yunda", "{A:nl} 核重", "weight:A")
m((6, 8), "jt", "{A:sp} 要赔偿 丢了一周了", "claim:A")
m(6, "n", "{A:s10sp} 签收了但是没收到", "verify_delivery:A", A="ems_s10")
m(6, "deppon", "{A:nl} 仲裁", "arbitration:A")
m(6, "yto", "{A:sp} 客户投诉 派件员态度差", "complaint:A")
m(6, "ems", "{A:s10sp} 好几天没更新", "delay:A", A="ems_s10")
m((6, 7), "zto", "{A:nl} {B} 催件", "urge:AB")
m((6, 5), "n", "{A:sp} return to sender", "intercept:A")  # audit: cf removed (rule 11)
m(6, "n", "{A:s10sp}\n漏液了 全是洗衣液", "damaged:A", A="ems_s10")
m((6, 8), "sto", "{A:nl} 丢件 要赔钱", "claim:A")
m(6, "sf", "{A:sp} 加急", "urge:A")
m(6, "ems", "{A:s10sp} 到哪了 客户在问", "track:A", A="ems_s10")
m((6, 5), "jd", "{A:nl} chedan", "cancel:A", cf=True)
m(6, "cainiao", "{A:dash} 催一下派送", "urge:A")
m(6, "n", "{A:nl}\n帮我改地址 沈阳市和平区太原北街 86 号 小高 {P1}", "change_address:A", cf=True)
m(6, "yunda", "{A:sp} 到哪了", "track:A")

# ---------------------------------------------------------------------------------------------------------------
# Category 7: several parcels and commands: positional references, pasted tables
# ---------------------------------------------------------------------------------------------------------------
m(7, "zto", "{A} {B} {C}\n这三单 第一单拦截 后两单催一下", "intercept:A urge:BC")
m(7, "yto", "{A}\n{B}\n上面两个拦截", "intercept:AB")
m((7, 5), "n", "{A}\n{B}\n{C}\n以上全部 lanjie", "intercept:ABC")
m(7, "sto", "单号\t操作\n{A}\t拦截\n{B}\t催件\n{C}\t撤单", "intercept:A urge:B cancel:C")
m((7, 4), "jt", "{A}\t改址\t深圳市宝安区新安街道创业一路50号 小许 {P1}\n{B}\t拦截", "change_address:A intercept:B")
m(7, "yunda", "{A}    拦截\n{B}    拦截\n{C}    催件", "intercept:AB urge:C")
m(7, "cainiao", "{A} 拦截 {B} 催件 {C} 查件", "intercept:A urge:B track:C")
m((7, 5), "n", "{A} {B} 第一个 cancel 第二个 lanjie", "cancel:A intercept:B")
m(7, "sf", "这两个 一个拦截一个催件 {A} {B}", "", nh=True)
m(7, "jd", "{A} {B} {C} {D}\n前三个拦截 最后一个不用管", "intercept:ABC")
m(7, "ems", "{A}\n{B}\n{C}\n第二个破损了 其他的催一下", "damaged:B urge:AC")
m((7, 4), "deppon", "{A} 拦截\n{B} 改址 武汉市江汉区解放大道690号 小罗 {P1}\n{C} 查下到哪了",
  "intercept:A change_address:B track:C")
m((7, 4), "yto", "1. {A} 拦截\n2. {B} 拦截\n3. {C} 撤单", "intercept:AB cancel:C")
m((7, 8), "n", "{A} {B} 都丢了 要理赔", "claim:AB")
m(7, "jt", "{A} {B} 前面那个撤单 后面那个拦截", "cancel:A intercept:B")
m(7, "yunda", "{A}（拦截）{B}（催）", "intercept:A urge:B")
m(7, "cainiao", "{A} 拦截 / {B} 核重 / {C} 投诉", "intercept:A weight:B complaint:C")
m(7, "n", "{A}-拦截\n{B}-拦截\n{C}-改址 南昌市红谷滩区丰和中大道1号 小钟 {P1}", "intercept:AB change_address:C")
m((7, 5), "sf", "{A} {B} {C} 全部 return to sender", "intercept:ABC")
m(7, "jd", "运单号    问题类型    备注\n{A}    破损    外箱压扁\n{B}    丢件\n{C}    延误    5天没动",
  "damaged:A lost:B delay:C")
m(7, "ems", "{A} 和 {B} 一个拦截一个改址", "", nh=True)
m(7, "deppon", "{A} {B} 都显示签收 客户都说没收到", "verify_delivery:AB")
m(7, "zto", "{A} 拦截\n{B} 同上", "intercept:AB")
m(7, "n", "最后一个拦截 其他催件 {A} {B} {C}", "intercept:C urge:AB")
m((7, 1), "sto", "{A} {B}\n都拦 除了第二个", "intercept:A")
m((7, 8), "cainiao", "{A} {B} 这俩 第一个破了 第二个丢了 都要赔", "claim:AB")
m((7, 5), "n", "{A} lj\n{B} cui\n{C} lj", "intercept:AC urge:B")
m((7, 1), "sf", "{A} {B} {C} 三个都拦 第三个算了不拦", "intercept:AB")
m(7, "jd", "{A} {B} {C} {D} {E} 这五个全部催件 谢谢家人们", "urge:ABCDE")
m((7, 4), "ems", "{A} 改址 太原市迎泽区迎泽大街289号 阿伟 {P1}\n{B} 改址 同一个地址", "change_address:AB")
m(7, "n", "单号 | 操作\n{A} | 拦截\n{B} | 退回", "intercept:AB")
m(7, "zto", "{A}\n{B}\n{C}\n这几个哪个是破损的我也不知道 客户说有一个碎了", "", nh=True)
m(7, "yto", "{A} {B}\n第一单延误 第二单少件", "delay:A lost:B")
m(7, "sto", "{A}\t拦截\t客户拒收\n{B}\t改址\t\n{C}\t催件\t急", "intercept:A change_address:B urge:C", nh=True)
m((7, 1), "jt", "{A} 拦 {B} 拦 {C} 不拦 {D} 拦", "intercept:ABD")
m(7, "yunda", "{A} {B} 后面那个要仲裁 前面那个要理赔", "claim:A arbitration:B")
m((7, 5), "n", "帮我把这些 lanjie 掉🔥\n{A}\n{B}\n{C}", "intercept:ABC")
m(7, "cainiao", "{A}\n{B}\n两个都催一下 第一个顺便投诉", "urge:AB complaint:A")
m((7, 5), "n", "{A} where is it\n{B} intercept\n{C} cancel order", "track:A intercept:B cancel:C")

# ---------------------------------------------------------------------------------------------------------------
# Category 8: compound requests: compensation, damage with complaint, several intents for one number
# ---------------------------------------------------------------------------------------------------------------
m((8, 5), "n", "{A} broken + want compensation", "claim:A")
m(8, "yto", "{A} 快递员态度差还把东西摔坏了", "damaged:A complaint:A")
m(8, "sto", "{A} 东西压坏了 快递员还骂人 要赔偿 还要投诉", "claim:A complaint:A")
m(8, "jt", "{A} 拦截并投诉", "intercept:A complaint:A")
m(8, "yunda", "{A} 延误了 客户要投诉", "delay:A complaint:A")
m(8, "cainiao", "{A} 快点送 客户投诉了", "urge:A complaint:A")
m((8, 5), "n", "{A} rude courier + damaged box 😡", "damaged:A complaint:A")
m(8, "sf", "{A} 丢件 申请理赔 顺便投诉网点", "claim:A complaint:A")
m(8, "jd", "{A} 核重 顺便投诉 每次都多算", "weight:A complaint:A")
m(8, "ems", "{A} 显示签收没收到 快递员电话也不接 投诉他", "verify_delivery:A complaint:A")
m(8, "zto", "{A} 延误 打延误 再申请个赔偿", "delay:A claim:A")
m(8, "yto", "{A} 拦截 顺便查下重量", "intercept:A weight:A")
m(8, "sto", "{A} 催件 + 核重", "urge:A weight:A")
m((8, 5), "yunda", "{A} 丢了 peichang + tousu", "claim:A complaint:A")
m(8, "cainiao", "{A} 三天没动 催一下 顺便投诉", "urge:A complaint:A")
m(8, "sf", "{A} 破损 + 延误 双重暴击", "damaged:A delay:A")
m(8, "ems", "{A} 拦截退回 再核一下重量 多收钱了", "intercept:A weight:A")
m(8, "zto", "{A} 少件 要赔钱 还要投诉派件员", "claim:A complaint:A")
m(8, "yto", "{A} 投诉 + 仲裁 网点一直踢皮球", "complaint:A arbitration:A")
m((8, 4), "sto", "{A} 丢了 要理赔 理赔金额 299 元", "claim:A")
m((8, 5), "n", "{A} damaged, also the courier was super rude. complain + compensation pls", "claim:A complaint:A")
m(8, "yunda", "{A} 催件 顺便看下到哪了", "urge:A")
m(8, "cainiao", "{A} 到哪了 再帮我催一下", "urge:A")
m((8, 5), "n", "{A} 遺失 申請賠償 並投訴", "claim:A complaint:A")
m(8, "jd", "{A} 丢了 理赔 丢了 理赔 快点啊", "claim:A")
m((8, 4), "ems", "{A} 改址 长春市朝阳区人民大街5000号 小于 {P1} 再加急一下", "change_address:A urge:A")
m(8, "yto", "{A} 撤单 顺便投诉 快递员说来揽收放了三次鸽子", "cancel:A complaint:A")
m(8, "sto", "{A} 说是延误 我看是丢了 一直找不到", "lost:A")
m(8, "jt", "{A} 核实签收 + 投诉 快递员自己签的", "verify_delivery:A complaint:A")
m(8, "yunda", "{A} 破损 + 少件", "damaged:A lost:A")
m((8, 5), "cainiao", "{A} 催件 + 投诉 + 查重量 一条龙", "urge:A complaint:A weight:A")
m((8, 1), "sf", "{A} 碎了 破损登记 不要赔偿", "damaged:A")
m((8, 1), "jd", "{A} 东西坏了 不用赔 但是投诉一下快递员 乱扔件", "damaged:A complaint:A")
m((8, 5), "n", "{A} intercept + complain about the courier pls", "intercept:A complaint:A")
m(8, "ems", "{A} 压坏了 客户很生气 登记破损 顺便催下补发的 {B}", "damaged:A urge:B")
m((8, 5), "n", "{A} 丢件 + 仲裁 lol 这次真的忍不了", "lost:A arbitration:A")


# ---------------------------------------------------------------------------------------------------------------
# Filling in the numbers, labelling, validating
# ---------------------------------------------------------------------------------------------------------------
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
# every current waybill form of ../../shared/DOMAIN.md, to check that an "invalid" number really is invalid
VALID = re.compile(
    r"YT\d{13}|JT\d{13}|SF[0-9A-Z]\d{12}|JD[0-9A-Z]{2}\d{11}|DPK\d{12}|(?:7[3-6]|78)\d{12}|77\d{13}|43\d{10,13}"
    r"|(?:3|4[6-9])\d{14}|5\d{12}|[189]\d{12}|621\d{12}|[A-Z]{2}\d{9}[A-Z]{2}|\d{12}"
)
PH = re.compile(r"\{([A-H]|P[12]|O[12])(?::([a-z0-9+]+))?\}")


def _prefix_len(w: str) -> int:
    if w[:2] == "JD":
        return 4
    n = 0
    while n < len(w) and w[n].isalpha():
        n += 1
    return n


def _groups(digits: str) -> list[str]:
    out = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    if len(out) > 1 and len(out[-1]) < 3:
        last = out.pop()
        out[-1] += last
    return out


def fmt_waybill(w: str, spec: str | None, rng: random.Random) -> str:
    if not spec:
        return w
    if spec == "lo":
        return w.lower()
    if spec == "fw":
        return "".join(FW.get(c, c) for c in w)
    if spec == "s10sp":
        assert re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", w), w
        return f"{w[:2]} {w[2:5]} {w[5:8]} {w[8:11]} {w[11:]}"
    if spec in ("sp", "dash"):
        sep = " " if spec == "sp" else "-"
        if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", w):  # an S10 number is grouped as it is printed
            return sep.join((w[:2], w[2:5], w[5:8], w[8:11], w[11:]))
        p = _prefix_len(w)
        parts = ([w[:p]] if p else []) + _groups(w[p:])
        return sep.join(parts)
    if spec == "nl":
        k = rng.randint(6, len(w) - 5)
        return w[:k] + "\n" + w[k:]
    if spec == "tail":
        return w[-4:]
    if spec in ("short", "short1"):
        cut = w[:-3] if spec == "short" else w[:-1]
        assert not VALID.fullmatch(cut), cut  # a truncated number must not be a valid one
        return cut
    if spec == "bad":
        assert re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", w), w
        good = int(w[10])
        bad = w[:10] + str((good + 3) % 10) + w[11:]
        assert not s10_ok(bad), bad
        return bad
    raise ValueError(spec)


def fmt_phone(p: str, spec: str | None, rng: random.Random) -> str:
    a, b, c = p[:3], p[3:7], p[7:]
    forms = {
        None: p, "n": None, "fw": "".join(FW[d] for d in p), "dash": f"{a}-{b}-{c}", "sp": f"{a} {b} {c}",
        "plus": f"+86 {a} {b} {c}", "plusdash": f"+86-{a}-{b}-{c}", "0086": f"0086-{p}", "paren": f"({a}){b}-{c}",
        "86": f"86-{p}",
    }
    if spec == "n":
        return wn.phone_notation(rng, p)
    return forms[spec]


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s\-]", "", t)


def s10_ok(w: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", w)) and wn.s10_check(w[2:10]) == int(w[10])


def build() -> list[dict]:
    rng = random.Random(20241204)
    used: set[str] = set()
    rotation = 0
    records = []
    for i, msg in enumerate(MESSAGES, 1):
        carrier = msg["carrier"]
        if carrier == "g":
            carrier = GROUP_CARRIERS[rotation % len(GROUP_CARRIERS)]
            rotation += 1
        group = None if carrier == "n" else wn.GROUP_CARRIER.get(carrier, carrier)
        values: dict[str, str] = {}
        kinds: dict[str, str] = {}
        for name, _spec in PH.findall(msg["text"]):
            if name in values:
                continue
            if name[0] == "P":
                values[name] = wn.phone(rng)
            elif name[0] == "O":
                values[name] = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(18))
            else:
                kind = msg["over"].get(name) or (rng.choice(NULL_POOL) if carrier == "n" else carrier)
                while True:
                    w = wn.waybill(rng, kind)
                    if w not in used:
                        break
                used.add(w)
                values[name], kinds[name] = w, kind

        def sub(mt: re.Match) -> str:
            name, spec = mt.group(1), mt.group(2)
            if name[0] == "P":
                return fmt_phone(values[name], spec, rng)
            if name[0] == "O":
                return values[name][:18] if spec == "18" else values[name]
            return fmt_waybill(values[name], spec, rng)

        text = PH.sub(sub, msg["text"])
        expected = []
        for part in msg["exp"].split():
            intent, letters = part.split(":")
            expected.append({"intent": intent, "waybills": [values[x] for x in letters]})
        if msg["drop"]:
            continue  # removed by the audit; its id stays unused
        records.append({
            "id": f"d-{i:04d}", "text": text, "carrier": group, "expected": expected, "needs_human": msg["nh"],
            "confirm": msg["cf"], "categories": msg["cats"], "style": "d", "_kinds": kinds,
        })
    return records


def validate(records: list[dict]) -> None:
    ids, texts, errors = set(), set(), []
    for r in records:
        rid = r["id"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["text"] in texts:
            errors.append(f"{rid}: duplicate text")
        texts.add(r["text"])
        if r["needs_human"] and r["confirm"]:
            errors.append(f"{rid}: needs_human and confirm")
        if r["carrier"] is not None and r["carrier"] not in GROUP_CARRIERS:
            errors.append(f"{rid}: bad carrier {r['carrier']}")
        norm = _norm(r["text"])
        pairs = set()
        intents = set()
        for g in r["expected"]:
            if g["intent"] not in INTENTS:
                errors.append(f"{rid}: unknown intent {g['intent']}")
            intents.add(g["intent"])
            for w in g["waybills"]:
                if w not in norm:
                    errors.append(f"{rid}: {w} not in text")
                if w != w.upper() or re.search(r"[\s\-]", w):
                    errors.append(f"{rid}: {w} not canonical")
                if re.fullmatch(r"[A-Z]{2}\d{9}CN", w) and not s10_ok(w):
                    errors.append(f"{rid}: {w} bad S10")
                if r["carrier"] is None and w.isdigit():
                    errors.append(f"{rid}: all-digit {w} with carrier null")
                if (g["intent"], w) in pairs:
                    errors.append(f"{rid}: ({g['intent']}, {w}) twice")
                pairs.add((g["intent"], w))
        for w in {w for _, w in pairs}:
            if ("track", w) in pairs and len([1 for i, x in pairs if x == w]) > 1:
                errors.append(f"{rid}: track beside another intent for {w}")
        if r["confirm"] and not intents & {"intercept", "cancel", "change_address"}:
            errors.append(f"{rid}: confirm without intercept/cancel/change_address")
        if r["carrier"] is None and re.search(r"(?<![A-Za-z0-9])\d{12,}", unicodedata.normalize("NFKC", r["text"])):
            # all-digit long strings in a carrier-null group must be order numbers, never waybills
            for g in r["expected"]:
                for w in g["waybills"]:
                    if w.isdigit():
                        errors.append(f"{rid}: digit waybill without carrier")
        if not r["categories"] or any(c not in range(9) for c in r["categories"]):
            errors.append(f"{rid}: categories {r['categories']}")
    # a sentence at most twice: compare texts with the numbers taken out
    shapes: dict[str, int] = {}
    for msg in MESSAGES:
        shapes[msg["text"]] = shapes.get(msg["text"], 0) + 1
    errors += [f"sentence used {n} times: {t!r}" for t, n in shapes.items() if n > 2]
    if errors:
        sys.exit("\n".join(errors))


def main() -> None:
    records = build()
    validate(records)
    out = HERE / "d.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in records:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} messages to {out}")


if __name__ == "__main__":
    main()
