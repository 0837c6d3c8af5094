"""Writer l: many small sellers in the Double-11 rush, typing fast on their phones.

Terse commands (拦/退/催/查/改/撤 alone), emoji and kaomoji, odd punctuation, numbers glued to the command,
pinyin/English fragments (lj, pls, asap, thx), slang, follow-ups, hedges, quick self-corrections, withdrawals,
symptoms with or without a request, and chit-chat.

Every message text below is written by hand. Only the waybill numbers, phone numbers and platform order numbers
are filled in (waybills and phones from ``tests/data/waybill_numbers.py``). Run from the repository root:

    python tests/data/writers/l_source.py

and it writes ``tests/data/writers/l.jsonl`` (seeded, reproducible).

Template placeholders:
    {A} … {H}      a waybill number (carrier from ``k``)
    {A|sp}         the same number spaced on one line (S10: "EJ 302 993 041 CN"; else groups of four)
    {A|dash}       the same number with dashes on one line
    {A|nl}         the same number split over two lines
    {A|trunc}      the number with its last four characters missing (not a usable waybill)
    {A|tail}       the last four digits only
    {P} {Q}        a phone number in some notation;  {Pd} a phone number as plain digits
    {O} {R}        a platform order number (18–19 digits)
Expected: "intent:AB; intent:C" (letters are placeholders).
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wn)

SEED = 1111
OUT = HERE / "l.jsonl"

ALL_DIGIT = {"zto", "sto", "yunda", "ems", "cainiao"}
PREFIXED = ["yto", "jt", "sf", "jd", "deppon", "ems_s10"]
POOL = ["yto", "yto", "zto", "zto", "sto", "yunda", "jt", "jt", "sf", "jd", "ems", "ems_s10", "deppon", "cainiao"]

TEMPLATES: list[dict] = []


def M(text, exp, cats, nh=False, cf=False, k=None, g="auto"):
    """One hand-written message. k: carrier key or tuple of keys (one per placeholder A, B, …)."""
    TEMPLATES.append(dict(text=text, exp=exp, cats=cats, nh=nh, cf=cf, k=k, g=g))


# --------------------------------------------------------------------------------------------------------------
# 0: ordinary requests, terse, fast typing
# --------------------------------------------------------------------------------------------------------------
M("拦截{A}", "intercept:A", [0])
M("{A}拦截", "intercept:A", [0])
M("{A} 拦！", "intercept:A", [0])
M("拦 {A}", "intercept:A", [0])
M("{A} 退回 谢", "intercept:A", [0])
M("退件 {A} 谢谢亲", "intercept:A", [0])
M("截件{A}！！", "intercept:A", [0])
M("催{A}", "urge:A", [0])
M("{A} 催催催！！", "urge:A", [0])
M("{A}催一下 客户急死了😭", "urge:A", [0])
M("查{A}", "track:A", [0])
M("{A}", "track:A", [0])
M("{A}到哪了？？", "track:A", [0])
M("{A} ??", "track:A", [0])
M("{A}。。。", "track:A", [0])
M("{A}\n{B}", "track:AB", [0])
M("撤单{A}", "cancel:A", [0])
M("{A}撤", "cancel:A", [0])
M("{A} 取消寄件 不寄了", "cancel:A", [0])
M("{A} 作废", "cancel:A", [0])
M("{A} 改地址 改到 杭州市余杭区文一西路998号 李女士 {P}", "change_address:A", [0, 4])
M("{A}改派 新地址：成都市武侯区天府大道北段1700号 收件人王先生", "change_address:A", [0])
M("{A} 转寄到 上海市闵行区七莘路3588弄12号 谢谢~", "change_address:A", [0])
M("{A} 加急！！", "urge:A", [0])
M("{A} 拦截退回 拦截退回！！", "intercept:A", [0])
M("{A} 拦 {A} 拦截！！快", "intercept:A", [0])
M("{A}\n{B}\n拦截", "intercept:AB", [0])
M("{A} {B} {C} 都拦", "intercept:ABC", [0])
M("催 {A} {B}", "urge:AB", [0])
M("{A} 三天没动了", "delay:A", [0])
M("{A} 好几天没更新了。。。", "delay:A", [0])
M("{A}破损 外箱都烂了", "damaged:A", [0])
M("{A} 碎了 (╥﹏╥)", "damaged:A", [0])
M("{A} 漏液了 客户拍照了", "damaged:A", [0])
M("{A} 丢件", "lost:A", [0])
M("{A} 少件 客户说只收到一个", "lost:A", [0])
M("{A} 显示签收 客户没收到", "verify_delivery:A", [0])
M("{A} 核重", "weight:A", [0])
M("{A}超重了？？不可能吧", "weight:A", [0])
M("{A} 投诉 派件员不打电话直接扔驿站", "complaint:A", [0])
M("{A} 理赔", "claim:A", [0])
M("{A} 申请仲裁", "arbitration:A", [0])
M("{A} 仲裁！这个判罚不服", "arbitration:A", [0])
M("在吗 {A} 拦一下", "intercept:A", [0])
M("亲 {A} 帮忙拦截下 感谢🙏", "intercept:A", [0])
M("{A} 客户拒收 退回", "intercept:A", [0])
M("{A} 地址错了 退回", "intercept:A", [0])
M("{A} 轨迹", "track:A", [0])
M("{A} 拦\n{B} 催", "intercept:A; urge:B", [0, 7])
M("{A} 也拦", "intercept:A", [0])
M("还有这个 {A} 一样拦掉", "intercept:A", [0])
M("{A} 这个也催下", "urge:A", [0])
M("同上 也拦 {A}", "intercept:A", [0])
M("双11的件 {A} 催一下 都五天了", "urge:A", [0])
M("爆单了 发错好几个 {A} {B} 拦回来", "intercept:AB", [0])
M("{A} 客户退款了 拦截", "intercept:A", [0])
M("如果还没签收就拦截 {A}", "intercept:A", [0])
M("{A} 没签收的话拦一下", "intercept:A", [0])
M("{A} 还没揽收的话撤单", "cancel:A", [0])
M("中通 {A} 拦截", "intercept:A", [0], k="zto")
M("申通的 {A} 催一下", "urge:A", [0], k="sto")
M("韵达{A} 到哪了", "track:A", [0], k="yunda")
M("邮政 {A} 退回", "intercept:A", [0], k="ems")
M("顺丰 {A} 撤单", "cancel:A", [0], k="sf")
M("京东的{A}破了", "damaged:A", [0], k="jd")
M("德邦 {A} 重量不对", "weight:A", [0], k="deppon")
M("菜鸟 {A} 显示签收了 没收到", "verify_delivery:A", [0], k="cainiao")
M("极兔{A} 一周没动 是不是丢了", "lost:A", [0], k="jt")
M("圆通 {A} 怎么还没到 是不是延误了", "delay:A", [0], k="yto")

# no usable waybill / outside the intents
M("拦截一下", "", [0], nh=True)
M("拦！！", "", [0], nh=True)
M("尾号5678 拦截", "", [0], nh=True)
M("尾号{A|tail} 帮忙退回", "", [0], nh=True)
M("{A|trunc} 拦截", "", [0], nh=True)
M("催一下 单号等下发", "", [0], nh=True)
M("刚发的那个 帮撤一下", "", [0], nh=True)
M("{A} 改地址", "change_address:A", [0], nh=True)
M("{A} 改", "change_address:A", [0], nh=True)
M("{A} 收件人改为 王丽", "change_address:A", [0], nh=True)
M("{A} 能改地址不？", "change_address:A", [0], nh=True)
M("{A} 帮我打印下面单", "", [0], nh=True)
M("{A} 能开发票吗", "", [0], nh=True)
M("{A} 到哪了 顺便问下能开发票不", "track:A", [0], nh=True)

# hedged irreversible actions
M("{A} 要不退了吧", "intercept:A", [0], cf=True)
M("{A} 可能要拦 我问下客户", "intercept:A", [0], cf=True)
M("{A} 先拦着吧？我再问问客户", "intercept:A", [0], cf=True)
M("{A} 看看能不能撤单", "cancel:A", [0], cf=True)
M("{A} emm 可能要退回 客户在犹豫", "intercept:A", [0, 5], cf=True)
M("{A} 要不改派吧 改到 福州市鼓楼区五四路75号 林 {P}", "change_address:A", [0, 4], cf=True)
M("{A} 是不是该拦了 都三天没动了", "intercept:A", [0], cf=True)
M("{A} 拦吧 应该拦吧 🤔", "intercept:A", [0], cf=True)
M("{A} 要不撤了吧 客户说不要了", "cancel:A", [0], cf=True)
M("{A} 实在不行就退回吧", "intercept:A", [0], cf=True)
M("{A} 好像得改个地址 改成 南昌市红谷滩区丰和中大道1266号 {P}", "change_address:A", [0, 4], cf=True)
M("{A} 要不催一下？", "urge:A", [0])

# chit-chat, thanks, weather, the courier — no request
M("好的 谢谢~", "", [0])
M("收到👌", "", [0])
M("thx!!", "", [0, 5])
M("辛苦啦小哥🙏", "", [0])
M("今天又爆单了 手都打麻了😭", "", [0])
M("双十一冲冲冲🔥🔥", "", [0])
M("下雨了 小哥路上慢点", "", [0])
M("今天好冷啊 (´･_･`)", "", [0])
M("明天几点来收件呀", "", [0])
M("晚上还收件不？", "", [0])
M("小哥今天来得好晚啊 等到8点 累死", "", [0])
M("在吗在吗", "", [0])
M("打包打到凌晨3点 orz", "", [0])
M("刚才那个好了 谢谢", "", [0])
M("这雨下得 纸箱都软了 (ｰ ｰ;)", "", [0])
M("yyds 你们处理好快", "", [0, 5])
M("今年双十一单量翻倍 累并快乐着✌", "", [0])
M("小哥人超好 还帮我搬箱子 点赞👍", "", [0])
M("明天还来不来收 下大雪了", "", [0])

# --------------------------------------------------------------------------------------------------------------
# 1: negation and withdrawal, scoped; double negation; 不要 X 要 Y
# --------------------------------------------------------------------------------------------------------------
M("{A} 拦截 {B} 不用拦", "intercept:A", [1])
M("{A}不拦了", "", [1], nh=True)
M("刚才那个不拦了", "", [1], nh=True)
M("{A} 算了算了 不拦了", "", [1], nh=True)
M("{A} 拦截。。。算了不拦了", "", [1])
M("不是不拦 是现在马上拦 {A}", "intercept:A", [1])
M("{A} 不要退回 改派到 南京市鼓楼区中山北路100号 陈 {P}", "change_address:A", [1, 4])
M("{A} 别退 催一下派送就行", "urge:A", [1])
M("{A} 不用催了 客户收到了", "", [1], nh=True)
M("{A} 别催了 到了到了", "", [1], nh=True)
M("{A} 不撤了 照常发", "", [1], nh=True)
M("{A} 撤单取消 还是要寄的", "", [1], nh=True)
M("{A} 改地址不用了 客户说原地址能收", "", [1], nh=True)
M("{A} {B} 都拦 {B}不用", "intercept:A", [1])
M("{A} 拦 {B}别拦 {C}拦", "intercept:AC", [1, 7])
M("{A}不理赔了 客户找到了", "", [1], nh=True)
M("不用投诉了 {A}", "", [1], nh=True)
M("{A} 不是要拦截 是要催件！！", "urge:A", [1])
M("{A} 别拦 别拦 客户又要了", "", [1], nh=True)
M("{A}\n{B}\n都不拦了", "", [1], nh=True)
M("{A} 不是不要了 是要改地址 改到 武汉市洪山区珞喻路1037号 小周 {P}", "change_address:A", [1, 4])
M("{A} 不要撤单 拦截", "intercept:A", [1])
M("{A} 不催了 直接退回", "intercept:A", [1, 2])
M("{A} 拦截不要了", "", [1], nh=True)
M("{A} {B} 催一下 {A}不用 已经到了", "urge:B", [1])
M("不不不 {A} 不拦", "", [1], nh=True)
M("{A} 取消拦截", "", [1], nh=True)
M("{A} 拦截撤回！", "", [1], nh=True)
M("{A} 没有不拦啊 拦！", "intercept:A", [1])
M("{A} 不用改地址了 直接拦回来", "intercept:A", [1, 2])
M("{A} 先不退了", "", [1], nh=True)
M("{A} 不需要核重了 算了", "", [1], nh=True)
M("{A} {B} {C} 除了{B}都拦", "intercept:AC", [1, 7])
M("{A} 不要催 要拦截", "intercept:A", [1])
M("{A} 催件 不用登记延误", "urge:A", [1])
M("{A} 别投诉 理赔就行", "claim:A", [1])
M("不拦了不拦了 {A} 客户说要了🙏", "", [1], nh=True)
M("{A} 这个不用撤 {B} 撤", "cancel:B", [1])
M("{A}不拦\n{B}拦", "intercept:B", [1])
M("{A} 不要拦截 不要拦截 是改派！改到 西安市雁塔区科技路48号 刘 {P}", "change_address:A", [1, 4])
M("{A} 拦截 {B} 拦截 {A}算了 不拦", "intercept:B", [1])
M("{A} 拦截 (╯‵□′)╯ 发错群了 不好意思", "", [1])
M("{A} 别派了 也别退 改地址 改到 太原市小店区长风街 12号 郭 {P}", "change_address:A", [1, 4])
M("{A} 投诉撤了吧 快递员道歉了", "", [1], nh=True)
M("{A} 不用退回 不用退回 我弄错了", "", [1], nh=True)
M("{A}拦截 {B}拦截 {C}不要动", "intercept:AB", [1, 7])
M("不是不退！！是现在就退 {A}", "intercept:A", [1])
M("{A} 别撤单 已经发了 拦", "intercept:A", [1])
M("{A} 不查了 直接催", "urge:A", [1])
M("{A} 不用拦截 显示签收了但是客户没收到 核实一下", "verify_delivery:A", [1])
M("那个件 不用拦了", "", [1], nh=True)

# --------------------------------------------------------------------------------------------------------------
# 2: corrections
# --------------------------------------------------------------------------------------------------------------
M("拦 不 催 {A}", "urge:A", [2])
M("{A} 撤单。哦不对 已经揽收了 那就拦截", "intercept:A", [2])
M("{A} 拦截——更正 单号打错了 是 {B}", "intercept:B", [2])
M("{A} 催 打错了 是{B}", "urge:B", [2])
M("{A} 改址 算了还是拦截吧", "intercept:A", [2])
M("{A} 退回 哦不 改地址 改到 郑州市金水区花园路66号 赵 {P}", "change_address:A", [2, 4])
M("拦{A} 不对不对 是{B}", "intercept:B", [2])
M("{A} 撤 啊不是 拦", "intercept:A", [2])
M("{A} 拦截 → 改成催件", "urge:A", [2])
M("更正：{A} 不是拦截 是撤单", "cancel:A", [1, 2])
M("{A}催一下 sorry发错了 是要拦截", "intercept:A", [2, 5])
M("{A} 拦截\n更正 {B} 拦截 上面那个打错了", "intercept:B", [2])
M("{A} 改派 还是退回吧 客户不要了", "intercept:A", [2])
M("{A} 退 呃 不 退 催", "urge:A", [2])
M("{A}核重 哦不是 是破损 外包装破了", "damaged:A", [2])
M("{A} 延误 不对 应该是丢了 一周没动 肯定丢了", "lost:A", [2])
M("{A} 拦 手滑 是{B}！！", "intercept:B", [2])
M("打错了打错了 {A} 是催件不是拦截", "urge:A", [2])
M("{A} 撤单 哦 已经发出去了啊 那拦截", "intercept:A", [2])
M("{A} 查一下 算了直接退回", "intercept:A", [2])
M("{A}\n{B}\n拦截\n不对 {B}是催", "intercept:A; urge:B", [2, 7])
M("{A} 改地址改到 深圳市南山区科技园8栋 不对是9栋 张先生 {P}", "change_address:A", [2, 4])
M("{A} 理赔 啊不对 先登记破损", "damaged:A", [2])
M("{A} 投诉 算了 催一下就行", "urge:A", [2])
M("{A} 拦 哦是{B} 不是{A}", "intercept:B", [2])
M("{A} cj 不对 lj", "intercept:A", [2, 5])
M("{A} 拦！！不 改地址 改到 长沙市岳麓区麓山南路932号 收件人不变", "change_address:A", [2])
M("{A} 催 还是拦吧 客户等不了了", "intercept:A", [2])
M("{A} 退 -> 不退了 改催", "urge:A", [1, 2])
M("{A} 撤单 噢 单号错了 {B}", "cancel:B", [2])
M("{A} 帮查下 哦不用查了 直接拦", "intercept:A", [2])
M("{A} 改地址\n哦不 不改了 拦截", "intercept:A", [2])
M("{A} 核实签收 写错 应该是查件", "track:A", [2])
M("{A} 丢件 哦找到了 是破损 东西碎了", "damaged:A", [2])
M("{A} 拦 {B} 催 反了反了 {A}催 {B}拦", "urge:A; intercept:B", [2, 7])
M("{A} 取消 不是 是拦截 已经发了", "intercept:A", [2])
M("{A} 催件 再更正 是理赔 东西丢了", "claim:A", [2, 8])
M("改 不 拦 {A}", "intercept:A", [2])
M("{A} 拦截 不对 撤单 还没揽收呢", "cancel:A", [2])
M("{A} 催 不不不 投诉！！", "complaint:A", [2])
M("拦截 {A} 哦发错了 是{B} 上个不管", "intercept:B", [2])
M("{A} 退回\n啊不对 是{B}退回 {A}是要催的", "urge:A; intercept:B", [2])
M("{A} 破损 嗯。。。不对 是漏液 都一样 登记下", "damaged:A", [2])
M("{A} lj 打错了 是cuijian", "urge:A", [2, 5])
M("{A}撤 。。。还是拦截吧已经揽收了", "intercept:A", [2])
M("{A} 改地址 → 算了还是退回 客户不要了", "intercept:A", [2])
M("{A} 拦截 喔 号码打错了 {B}", "intercept:B", [2])
M("{A} 查件 不 催件 🙏", "urge:A", [2])
M("{A} 延误 登记下 哦 不用登记 直接催", "urge:A", [2])
M("{A} 到哪了 哦算了 不管到哪 拦回来", "intercept:A", [2])
M("更正 {A} 那个是改地址 改到 贵阳市观山湖区长岭北路 8号 苏 {P}", "change_address:A", [2, 4])
M("{A} 加急 不对不对 拦截！", "intercept:A", [2])

# --------------------------------------------------------------------------------------------------------------
# 3: quotes and replies, the bot's own replies quoted back
# --------------------------------------------------------------------------------------------------------------
M("「{A} 拦截」\n这个也拦截一下", "intercept:A", [3])
M("「{A} 拦截」\n{B} 也拦", "intercept:B", [3])
M("引用 小美：{A} 催一下\n这单也催", "urge:A", [3])
M("「@小美 {A} 拦截已提交，结果会第一时间通知您」\n不用拦了", "", [1, 3], nh=True)
M("「@小美 {A} 已签收，无法拦截」\n那核实签收 客户没收到", "verify_delivery:A", [3])
M("「@小美 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n撤单 {A}", "cancel:A", [3])
M("「@小美 {A} 已为您催促派送，请耐心等待」\n还没到啊！！投诉", "complaint:A", [3])
M("回复 @小美：{A} 到哪了\n催一下", "urge:A", [3])
M("「@小美 {A} 改址已提交，结果会第一时间通知您」\nthx~", "", [3])
M("「@小美 {A} 撤单成功」\n👌", "", [3])
M("「@小美 {A} 拦截已提交，结果会第一时间通知您」\n{B} 也拦 谢", "intercept:B", [3])
M("「阿杰：{A} 退回」\n- - - - - - - - - - - - - - -\n{B} 一样 退回", "intercept:B", [3])
M("「@小美 请确认：{A} 拦截退回？回复“确认”即办理」\n拦！", "intercept:A", [3])
M("「@小美 您的消息已转人工客服处理，请稍候」\n好慢啊。。。", "", [3])
M("「{A} 破损」\n这个要理赔", "claim:A", [3, 8])
M("回复 @老王：{A} 拦截\n拦错了 不用拦", "", [1, 3], nh=True)
M("「@小美 {A} 已为您登记延误工单，结果会第一时间通知您」\n登记完然后呢 催一下啊", "urge:A", [3])
M("「小李：{A} 催件」\n- - - - - - - - - - - - - - -\n这个不催了 拦截", "intercept:A", [1, 3])
M("引用 客服：{A} 已签收\n签收了？？客户说没收到啊", "verify_delivery:A", [3])
M("「@小美 {A} 拦截已提交，结果会第一时间通知您」\n好的 谢谢亲", "", [3])
M("「@小美 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n还要投诉 快递员扔件", "complaint:A", [3])
M("「小王：{A} {B} 拦截」\n第二个不用拦", "", [1, 3, 7], nh=True)
M("引用 @我：{A} 催件\n还没到 还是退回吧 客户不要了", "intercept:A", [2, 3])
M("「@小美 {A} 撤单成功」\n不对 我要的是拦截不是撤单 这个已经发了", "intercept:A", [2, 3])
M("「阿杰：{A} 改地址」\n- - - - - - - - - - - - - - -\n改到 厦门市思明区软件园二期观日路24号 {P}", "change_address:A", [3, 4])
M("「{A}」\n这单到哪了", "track:A", [3])
M("回复 @阿May：{A} 退回\n收到", "", [3])
M("「@小美 {A} 已为您催促派送，请耐心等待」\n催了三次了 还不到 拦截 不要了", "intercept:A", [3])
M("引用 小美：{A} {B} 改地址\n第一个改到 大连市中山区人民路 23号 {P}", "change_address:A", [3, 4, 7])
M("「@小美 {A} 已签收，无法拦截」\n啊？？那丢了吧 客户没拿到 理赔", "claim:A", [3, 8])
M("「老板娘：{A} 拦一下」\n- - - - - - - - - - - - - - -\n这个不拦了 我搞错了", "", [1, 3], nh=True)
M("「{A} 到哪了」\n快点啊 催", "urge:A", [3])
M("回复 @小美：@小美 {A} 撤单成功\n{B} 也撤", "cancel:B", [3])
M("「@小美 您的消息已转人工客服处理，请稍候」\n{A} 拦截 人工快点看", "intercept:A", [3])
M("「小李：{A} 投诉」\n这个我也要投诉 同一个快递员", "complaint:A", [3])
M("“@小美 {A} 改址已提交，结果会第一时间通知您”\n改址不要了 直接退回", "intercept:A", [1, 2, 3])
M("引用 店长：{A} {B} {C} 全拦\n收到 已发 (๑•̀ㅂ•́)و✧", "", [3])

# --------------------------------------------------------------------------------------------------------------
# 4: numbers that are not waybills: phones, order numbers, amounts, dates
# --------------------------------------------------------------------------------------------------------------
M("{A} 改电话 {P}", "change_address:A", [4], nh=True)
M("{A} 收件人电话改成{P} 地址不变", "change_address:A", [4], nh=True)
M("{P} 这个号码的件拦一下", "", [4], nh=True)
M("订单号{O} 拦截", "", [4], nh=True)
M("订单{O} 快递单{A} 退回", "intercept:A", [4])
M("{A} 联系电话{P} 派之前打电话 催一下", "urge:A", [4])
M("{A} 客户电话{P} 一直打不通 退回", "intercept:A", [4])
M("{A} 11月11号发的 到今天没动", "delay:A", [4])
M("{A} 价值299 丢了要赔", "claim:A", [4, 8])
M("{A} 改地址 广州市番禺区市桥街繁华路8号 黄生 {P}", "change_address:A", [4])
M("{P} 是我电话 有事打我 {A} 催", "urge:A", [4])
M("查一下 {O}", "", [4], nh=True)
M("{A} 1.5kg 被算成3kg？？", "weight:A", [4])
M("{A} 客户 {P} 说没收到 但是显示签收", "verify_delivery:A", [4])
M("拦截 {A}（订单{O}）", "intercept:A", [4])
M("{A} 寄件人电话{P} 撤单", "cancel:A", [4])
M("11.11 下的单 {A} 什么时候到", "track:A", [4])
M("{P}\n{A}\n拦", "intercept:A", [4])
M("{A} 找不到了 货值1280 要理赔", "claim:A", [4, 8])
M("{A} 转寄 地址：天津市南开区鞍山西道57号 电话{P}", "change_address:A", [4])
M("改地址 {A} 新电话 {P} 新地址 重庆市渝中区解放碑邹容路68号", "change_address:A", [4])
M("{A} 3号发的 今天都9号了 咋还不到 催！", "urge:A", [4])
M("订单尾号0871 帮拦一下", "", [4], nh=True)
M("{A} 电话{P} 收不到件 核实一下签收", "verify_delivery:A", [4])
M("{Pd}这个是手机号不是单号哈 单号是{A} 催", "urge:A", [4])
M("{A} 体积30*20*15 重量按3kg算的？不对吧", "weight:A", [4])
M("拦截 {O}", "", [4], nh=True)
M("{A} 客户新号码{P} 改一下", "change_address:A", [4], nh=True)
M("{O}\n{A}\n这单 客户不要了 退回", "intercept:A", [4])
M("订单{O} 对应快递{A} 催一哈", "urge:A", [4])
M("{A} 收件人 {P} 拒收 退回 不要了", "intercept:A", [4])
M("{A} 拦截 有问题打我 {P}", "intercept:A", [4])
M("{Pd} 拦", "", [4], nh=True)
M("11.12 发的{A} 11.18了还没到 延误了吧", "delay:A", [4])
M("{A} 改到 昆山市花桥镇绿地大道 231号 1栋 1802 收件人 {P} 谢谢", "change_address:A", [4])
M("{A} 39.9的东西 运费收我18？核重！", "weight:A", [4])
M("订单{O}\n订单{R}\n这俩 催一下", "", [4], nh=True)
M("急！！{A} 客户{Q}要求改地址 改到 石家庄市长安区中山东路 39号", "change_address:A", [4])
M("{A} 2kg的件 称了5kg 重量不对 ヽ(`Д´)ﾉ", "weight:A", [4])

# --------------------------------------------------------------------------------------------------------------
# 5: other wordings: pinyin, English, mixed, slang, voice-to-text, traditional
# --------------------------------------------------------------------------------------------------------------
M("{A} lj", "intercept:A", [5])
M("lj {A} asap", "intercept:A", [5])
M("{A} lanjie pls", "intercept:A", [5])
M("{A} intercept pls thx", "intercept:A", [5])
M("{A} return to sender", "intercept:A", [5])
M("{A} cuijian", "urge:A", [5])
M("{A} hurry up pls 客户催疯了", "urge:A", [5])
M("{A} urgent!!!", "urge:A", [5])
M("{A} where is it??", "track:A", [5])
M("{A} chedan", "cancel:A", [5])
M("{A} cancel the order pls", "cancel:A", [5])
M("{A} gaizhi 改到 苏州工业园区星湖街328号 钱 {P}", "change_address:A", [4, 5])
M("{A} change address to 北京市朝阳区望京SOHO T1 1001室 {P}", "change_address:A", [4, 5])
M("{A} 拦回来拦回来 (｀へ´)", "intercept:A", [5])
M("{A} 别派了！！", "intercept:A", [5])
M("{A} 麻烦 cui 一下", "urge:A", [5])
M("{A} 咋还不到 催催", "urge:A", [5])
M("{A} 东西烂了 (T_T)", "damaged:A", [5])
M("{A} 压扁了都 🙃", "damaged:A", [5])
M("{A} 到哪儿了鸭", "track:A", [5])
M("{A} complain 派件员态度差", "complaint:A", [5])
M("{A} compensation pls 件丢了", "claim:A", [5, 8])
M("{A} lost?? 哪都找不到了", "lost:A", [5])
M("{A} 妥投了但是没收到啊", "verify_delivery:A", [5])
M("{A} 被人签收了？？客户说没收到", "verify_delivery:A", [5])
M("{A} 拦jie", "intercept:A", [5])
M("{A} 催jian", "urge:A", [5])
M("{A} 帮忙lj一下 ty", "intercept:A", [5])
M("{A}\n拦截 plz", "intercept:A", [5])
M("{A} 蓝截一下 谢谢", "intercept:A", [5])
M("{A} 崔一下 客户等着用", "urge:A", [5])
M("{A} 快递员太拽了 投诉！！😡", "complaint:A", [5])
M("{A} 称一下 重量肯定不对", "weight:A", [5])
M("{A}\u3000退回\u3000谢", "intercept:A", [5])
M("{A}，，，拦，，，", "intercept:A", [5])
M("{A} 能加急不", "urge:A", [5])
M("{A} 能拦不？", "intercept:A", [5])
M("{A} 拦得住不", "intercept:A", [5])
M("{A} 能改地址不？改到 合肥市蜀山区长江西路200号 吴 {P}", "change_address:A", [4, 5])
M("{A} 撤得了吗", "cancel:A", [5])
M("{A} 给催一哈嘛", "urge:A", [5])
M("{A} 帮我瞅瞅到哪了", "track:A", [5])
M("{A} zhongcai", "arbitration:A", [5])
M("{A} 东西丢了 lipei", "claim:A", [5, 8])
M("{A} plz check where it is", "track:A", [5])
M("{A} delay好几天了", "delay:A", [5])
M("{A} broken 客户拍照了", "damaged:A", [5])
M("{A} 催催 到底啥时候到啊喂", "urge:A", [5])
M("{A} 拦一哈", "intercept:A", [5])
M("{A} 能不能帮忙催下 谢谢啦~", "urge:A", [5])
M("{A} 可以帮忙拦截吗🙏", "intercept:A", [5])
M("{A} gkd 催一下", "urge:A", [5])
M("{A} 核重 pls 明显不对", "weight:A", [5])
M("{A} tousu 派件员骂人", "complaint:A", [5])
M("{A} 攔截", "intercept:A", [5])
M("{A} 撤單", "cancel:A", [5])
M("{A} 遺失了", "lost:A", [5])
M("{A} 破損 客戶拍了照", "damaged:A", [5])
M("{A} 该地址 改到 济南市历下区泉城路 180号 徐 {P}", "change_address:A", [4, 5])
M("{A} 拦截拦截 救命 (ﾟДﾟ≡ﾟдﾟ)!?", "intercept:A", [5])
M("{A} intercept asap!! customer refused", "intercept:A", [5])
M("{A} 这个件咋回事啊 一直在转运中 卡住了？", "delay:A", [5])
M("{A} 撤销 不发了 sorry", "cancel:A", [5])
M("{A} chajian", "track:A", [5])
M("{A} 签收了？？我客户说毛都没收到 核实下", "verify_delivery:A", [5])
M("{A} 帮我 lan 一下", "intercept:A", [5])
M("{A} 撤单 qwq 拍错了", "cancel:A", [5])
M("{A} 拦下来 拜托拜托 ٩(๑>◡<๑)۶", "intercept:A", [5])
M("Lj {A} {B}", "intercept:AB", [5])
M("{A} 7天没动静了 wtf", "delay:A", [5])

# --------------------------------------------------------------------------------------------------------------
# 6: numbers broken by the chat client
# --------------------------------------------------------------------------------------------------------------
M("{A|sp} 拦截", "intercept:A", [6], k="ems_s10")
M("{A|sp} 催", "urge:A", [6], k="ems_s10")
M("{A|nl} 拦截", "intercept:A", [6], cf=True)
M("拦截 {A|nl}", "intercept:A", [6], cf=True)
M("{A|nl} 催一下", "urge:A", [6])
M("{A|sp} 退回", "intercept:A", [6], k="yto")
M("{A|dash} 撤单", "cancel:A", [6])
M("{A|nl}\n撤", "cancel:A", [6], cf=True)
M("{A|sp} 到哪了", "track:A", [6], k="ems_s10")
M("{A|nl} 到哪了", "track:A", [6])
M("{A|nl} 改地址 改到 青岛市市南区香港中路10号 {P}", "change_address:A", [4, 6], cf=True)
M("{A|sp}\n{B|sp}\n都拦", "intercept:AB", [6], k="ems_s10")
M("{A|nl} 破了", "damaged:A", [6])
M("lj {A|sp}", "intercept:A", [5, 6], k="jt")
M("{A|nl}\n{B}\n拦截", "intercept:AB", [6], cf=True)
M("{A|sp} {B|sp} 催催", "urge:AB", [6], k=("yto", "jt"))
M("{A|nl}退回！！", "intercept:A", [6], cf=True)
M("{A|sp} 丢了？？", "lost:A", [6], k="ems_s10")
M("{A|sp} 显示签收没收到", "verify_delivery:A", [6], k="ems_s10")
M("{A|sp}拦截 谢谢", "intercept:A", [6], k="sf")
M("{A|dash} 查", "track:A", [6])
M("{A|sp} 拦", "intercept:A", [6], k="zto")
M("{A|nl}\n拦截 (ಥ_ಥ)", "intercept:A", [6], cf=True)
M("{A|sp}\n改地址 收件人不变 地址改为 沈阳市和平区南京北街188号", "change_address:A", [6], k="ems_s10")
M("{A|nl}要不拦截吧", "intercept:A", [6], cf=True)
M("{A|sp} 延误好几天了", "delay:A", [6], k="ems_s10")
M("{A|dash} 退", "intercept:A", [6], k="jd")
M("{A|sp} 催件 pls", "urge:A", [5, 6], k="cainiao")
M("{A|nl} 撤单 不寄了", "cancel:A", [6], cf=True)
M("{A|sp} 压坏了 要赔", "claim:A", [6, 8], k="ems_s10")
M("{A|sp} 这个不拦了", "", [1, 6], nh=True, k="ems_s10")
M("{A|nl} 核重", "weight:A", [6])
M("{A|sp}    拦截\n{B|sp}    催", "intercept:A; urge:B", [6, 7], k="ems_s10")
M("拦截\n{A|sp}\n{B}", "intercept:AB", [6], k=("ems_s10", "yto"))
M("{A|dash}拦截！", "intercept:A", [6], k="deppon")
M("{A|nl} 催 谢谢", "urge:A", [6])
M("{A|sp} 的件碎了", "damaged:A", [6], k="sto")

# --------------------------------------------------------------------------------------------------------------
# 7: several parcels and commands: positions, tables
# --------------------------------------------------------------------------------------------------------------
M("{A}\n{B}\n{C}\n第一单拦截 后两单催一下", "intercept:A; urge:BC", [7])
M("{A} {B}\n上面两个拦截", "intercept:AB", [7])
M("{A}\n{B}\n{C}\n以上都退回", "intercept:ABC", [7])
M("{A}\t拦截\n{B}\t催件\n{C}\t改地址\t杭州市西湖区文三路90号\t{P}", "intercept:A; urge:B; change_address:C",
  [4, 7])
M("{A}    拦截\n{B}    拦截\n{C}    撤单", "intercept:AB; cancel:C", [7])
M("{A} {B} 前一个拦 后一个催", "intercept:A; urge:B", [7])
M("{A}\n{B}\n{C}\n{D}\n全拦 除了第三个", "intercept:ABD", [1, 7])
M("{A} 拦 {B} 催 {C} 查", "intercept:A; urge:B; track:C", [7])
M("{A}\n{B}\n这两个 一个拦截一个催件", "", [7], nh=True)
M("第一个拦 第二个撤\n{A}\n{B}", "intercept:A; cancel:B", [7])
M("{A} 拦\n{B} 同上", "intercept:AB", [7])
M("{A} 催\n{B} 一样", "urge:AB", [7])
M("{A} 拦截\n{B} 也是", "intercept:AB", [7])
M("{A}\n{B}\n{C}\n1拦 2催 3撤", "intercept:A; urge:B; cancel:C", [7])
M("单号\t操作\n{A}\t退回\n{B}\t退回\n{C}\t加急", "intercept:AB; urge:C", [7])
M("{A} {B} {C} 中间那个拦 其他催", "intercept:B; urge:AC", [7])
M("{A}\n{B}\n最后一个拦 第一个不用", "intercept:B", [1, 7])
M("{A} 破损 {B} 丢件 {C} 延误", "damaged:A; lost:B; delay:C", [7])
M("{A}\n{B}\n上面俩都三天没动了 催", "urge:AB", [7])
M("{A} 拦 {B} 拦 {C} 拦 {D} 催", "intercept:ABC; urge:D", [7])
M("拦：{A} {B}\n催：{C}", "intercept:AB; urge:C", [7])
M("{A}\n{B}\n{C}\n都是双11的 全拦 客户退款了", "intercept:ABC", [7])
M("{A}  客户拒收  退回\n{B}  地址错  改派  昆明市五华区东风西路11号  {P}\n{C}  催",
  "intercept:A; change_address:B; urge:C", [4, 7])
M("{A} {B} 后面那个撤 前面那个拦", "intercept:A; cancel:B", [7])
M("{A}\n{B}\n以上 催件 谢", "urge:AB", [7])
M("{A}（拦）{B}（催）{C}（拦）", "intercept:AC; urge:B", [7])
M("{A} 和 {B} 第二个先别管 第一个退回", "intercept:A", [1, 7])
M("{A}\n{B}\n{C}\n前两个 拦", "intercept:AB", [7])
M("{A} 查 {B} 也查", "track:AB", [7])
M("{A}\n{B}\n{C}\n第一个第三个拦 第二个催催", "intercept:AC; urge:B", [7])
M("{A}\t拦截\t客户拒收\n{B}\t拦截\t地址错误\n{C}\t催件\t超时", "intercept:AB; urge:C", [7])
M("{A} {B} {C} {D} {E}\n这5个全部拦截 谢谢🙏", "intercept:ABCDE", [7])
M("{A}\n{B}\n{C}\n最后那个不拦 前面的拦", "intercept:AB", [1, 7])
M("{A} 拦 {B} 撤 {C} 改地址 改到 兰州市城关区庆阳路 77号 {P}", "intercept:A; cancel:B; change_address:C",
  [4, 7])
M("{A}\n{B}\n两个都是破损 登记一下", "damaged:AB", [7])
M("{A} {B} 第二个是丢了 第一个催一下", "urge:A; lost:B", [7])
M("拦截：\n{A}\n{B}\n{C}\n催件：\n{D}", "intercept:ABC; urge:D", [7])
M("{A} 拦截 {B} 同上 {C} 同上", "intercept:ABC", [7])

# --------------------------------------------------------------------------------------------------------------
# 8: compound requests
# --------------------------------------------------------------------------------------------------------------
M("{A} 压坏了 要赔偿", "claim:A", [8])
M("{A} 破了 快递员态度还超差 投诉", "damaged:A; complaint:A", [8])
M("{A} 碎了 要赔钱 还要投诉派件员", "claim:A; complaint:A", [8])
M("{A} 拦截并投诉", "intercept:A; complaint:A", [8])
M("{A} 延误了 客户要投诉", "delay:A; complaint:A", [8])
M("{A} 快点送 客户投诉了", "urge:A; complaint:A", [8])
M("{A} 丢件 理赔", "claim:A", [8])
M("{A} 件没了 赔！", "claim:A", [8])
M("{A} 漏液 赔付 💢", "claim:A", [8])
M("{A} 拦截 还有 核下重量 多收了", "intercept:A; weight:A", [8])
M("{A} 显示签收 没收到 投诉", "verify_delivery:A; complaint:A", [8])
M("{A} 催一下 顺便查下重量", "urge:A; weight:A", [8])
M("{A} 丢了 赔偿+投诉", "claim:A; complaint:A", [8])
M("{A} 拦截 客户投诉了", "intercept:A; complaint:A", [8])
M("{A} 东西碎了 快递员还不承认 投诉！要赔", "claim:A; complaint:A", [8])
M("{A} 破了一个角 登记一下 另外快递员扔件 投诉", "damaged:A; complaint:A", [8])
M("{A} 虚假签收 要投诉", "verify_delivery:A; complaint:A", [8])
M("{A} 催件 {B} 理赔 丢了", "urge:A; claim:B", [7, 8])
M("{A} 重量不对 多扣了钱 投诉", "weight:A; complaint:A", [8])
M("{A} 外包装破了 里面还少了一件", "damaged:A; lost:A", [8])
M("{A} 破损 理赔 快递员态度差 投诉", "claim:A; complaint:A", [8])
M("{A} 延误 + 投诉", "delay:A; complaint:A", [8])
M("{A} 催 + 投诉 客户骂死我了", "urge:A; complaint:A", [8])
M("{A} 压坏了 pei qian", "claim:A", [5, 8])
M("{A} 核重 + 拦截", "weight:A; intercept:A", [8])
M("{A} 改地址 改到 宁波市鄞州区天童南路588号 顺便催一下", "change_address:A; urge:A", [8])
M("{A} 态度差 投诉 还把件弄破了", "complaint:A; damaged:A", [8])
M("{A} 丢件 理赔 {B} 破损 理赔", "claim:AB", [7, 8])
M("{A} 投诉 + 查件", "complaint:A", [8])
M("{A} 拦截 顺便看看到哪了", "intercept:A", [8])
M("{A} 少件 要赔偿", "claim:A", [8])
M("{A} 投诉快递员 还要理赔 东西摔坏了", "claim:A; complaint:A", [8])
M("{A} 拦截 顺便查下重量 感觉收多了", "intercept:A; weight:A", [8])
M("{A} 漏液了 登记破损 派件员还甩脸 投诉", "damaged:A; complaint:A", [8])
M("{A} 催件+投诉+核重 一起弄", "urge:A; complaint:A; weight:A", [8])
M("{A} 仲裁 + 投诉", "arbitration:A; complaint:A", [8])
M("{A} 遗失 要理赔 价值500", "claim:A", [4, 8])


# --------------------------------------------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------------------------------------------
PH = re.compile(r"\{([A-HPQOR]d?)(?:\|(\w+))?\}")


def order_number(rng: random.Random) -> str:
    """A platform order number: 18–19 digits (never a waybill)."""
    n = rng.choice((18, 19))
    return rng.choice("1234") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def spaced(number: str, carrier: str) -> str:
    if carrier == "ems_s10":
        return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:11]} {number[11:]}"
    head = ""
    body = number
    m = re.match(r"[A-Z]+", number)
    if m:
        head, body = m.group(0) + " ", number[m.end():]
    return head + " ".join(body[i:i + 4] for i in range(0, len(body), 4))


def dashed(number: str, carrier: str) -> str:
    return spaced(number, carrier).replace(" ", "-")


def split_lines(rng: random.Random, number: str) -> str:
    cut = rng.randint(len(number) // 2 - 2, len(number) // 2 + 2)
    return number[:cut] + "\n" + number[cut:]


def build() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    for t in TEMPLATES:
        letters = sorted({m.group(1)[0] for m in PH.finditer(t["text"]) if m.group(1)[0] in "ABCDEFGH"})
        k = t["k"]
        carriers: dict[str, str] = {}
        for i, letter in enumerate(letters):
            if isinstance(k, tuple):
                carriers[letter] = k[i % len(k)]
            elif k is not None:
                carriers[letter] = k
            else:
                carriers[letter] = rng.choice(POOL) if i == 0 else carriers[letters[0]]
        numbers = {letter: wn.waybill(rng, c) for letter, c in carriers.items()}
        phones = {"P": wn.phone(rng), "Q": wn.phone(rng)}
        orders = {"O": order_number(rng), "R": order_number(rng)}
        needs_digits_group = False

        def fill(m: re.Match) -> str:
            nonlocal needs_digits_group
            key, form = m.group(1), m.group(2)
            if key in ("P", "Q"):
                needs_digits_group = True
                return wn.phone_notation(rng, phones[key])
            if key == "Pd":
                needs_digits_group = True
                return phones["P"]
            if key in ("O", "R"):
                needs_digits_group = True
                return orders[key]
            number, carrier = numbers[key], carriers[key]
            if carrier in ALL_DIGIT:
                needs_digits_group = True
            if form is None:
                return number
            if form == "sp":
                return spaced(number, carrier)
            if form == "dash":
                return dashed(number, carrier)
            if form == "nl":
                return split_lines(rng, number)
            if form == "trunc":
                return number[:-4]
            if form == "tail":
                return number[-4:]
            raise ValueError(form)

        text = PH.sub(fill, t["text"])
        # the chat group's carrier
        group_of = {letter: wn.GROUP_CARRIER.get(c, c) for letter, c in carriers.items()}
        digit_letters = [x for x in letters if carriers[x] in ALL_DIGIT]
        if digit_letters:
            group = group_of[digit_letters[0]]
        elif needs_digits_group:
            group = group_of[letters[0]] if letters else rng.choice(["zto", "yto", "sto", "yunda", "jt"])
        elif not letters:
            group = rng.choice([None, "zto", "yto", "sto", "yunda", "jt", "sf", "ems"])
        elif isinstance(k, tuple) and len(set(k)) > 1:
            group = None
        else:
            group = None if rng.random() < 0.35 else group_of[letters[0]]

        expected = []
        if t["exp"]:
            for part in t["exp"].split(";"):
                intent, refs = part.strip().split(":")
                expected.append({"intent": intent.strip(), "waybills": [numbers[r] for r in refs.strip()]})
        records.append({
            "text": text, "carrier": group, "expected": expected, "needs_human": bool(t["nh"]),
            "confirm": bool(t["cf"]), "categories": sorted(t["cats"]), "style": "l",
        })
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"l-{i:04d}", **r})
    return out


def check(records: list[dict]) -> None:
    ids = set()
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert not (r["confirm"] and r["needs_human"]), r
        if r["confirm"]:
            assert any(g["intent"] in ("intercept", "cancel", "change_address") for g in r["expected"]), r
        squashed = re.sub(r"[\s\-]", "", r["text"])
        for g in r["expected"]:
            for w in g["waybills"]:
                assert w in r["text"] or w in squashed, (w, r)
        pairs = [(g["intent"], w) for g in r["expected"] for w in g["waybills"]]
        assert len(pairs) == len(set(pairs)), r
        tracked = {w for i, w in pairs if i == "track"}
        others = {w for i, w in pairs if i != "track"}
        assert not tracked & others, r
        # an all-digit number (after making full-width digits half-width) needs the group's carrier
        half = r["text"].translate({0xFF10 + d: 0x30 + d for d in range(10)})
        if re.search(r"(?<![A-Za-z0-9])\d{9,}", re.sub(r"(?<=[A-Za-z0-9])[ \-()\n]+(?=\d)", "", half)):
            assert r["carrier"] is not None, r


def main() -> None:
    records = build()
    check(records)
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[int, int] = {}
    for r in records:
        for c in r["categories"]:
            counts[c] = counts.get(c, 0) + 1
    print(f"{len(records)} messages -> {OUT}")
    for c in sorted(counts):
        print(f"  category {c}: {counts[c]}")


if __name__ == "__main__":
    main()
