"""Writer "f": hand-written labelled merchant messages, written independently of the parser.

Two voices, interleaved in the output:
  H  a merchant's family helper minding the shop's chat in the evening (changes their mind, withdraws, re-asks,
     scopes negations to single numbers, corrects typos over several lines);
  K  the outlet's front-desk clerk relaying what merchants said on the phone (neutral register, also corrects).

Every message below is its own sentence; number placeholders are filled from ../waybill_numbers.py:
  {A} … {F}        a valid waybill (carrier from the entry, else a random one for the entry)
  {A_sw}           the same number with its last two digits swapped (a typo); {A_l2} / {A_sw2} those two digits
  {A_drop}         the number with one digit missing;  {A_x} / {A_x2} the number with one digit changed
  {A_split}        the number split over two lines;    {A_sp} / {A_dash} spaced / dashed on one line
  {ADDR} {ADDR2} {NAME} {NAME2} {P} {P2} (raw mobiles) {PN} {PN2} (mobiles in some notation) {ORD} (order no.) {T4}
Labels follow tests/data/LABELLING.md.  Run:  python tests/data/writers/f_source.py  → tests/data/writers/f.jsonl
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wn)

OUT = HERE / "f.jsonl"
SEED = 20240917
INTENTS = (
    "intercept",
    "cancel",
    "change_address",
    "urge",
    "verify_delivery",
    "damaged",
    "lost",
    "weight",
    "track",
    "delay",
    "claim",
    "complaint",
    "arbitration",
)
GROUPS = ("sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao")
PREFIXED = ("yto", "jt", "sf", "jd", "deppon", "ems_s10")

ADDRS = [
    "杭州市西湖区文三路90号东部软件园3号楼",
    "上海市浦东新区张杨路500号",
    "北京市朝阳区阜通东大街6号院3号楼1202",
    "广州市天河区体育西路103号维多利广场B座",
    "深圳市南山区高新南七道12号",
    "成都市武侯区天府大道北段1700号",
    "南京市鼓楼区中山北路200号",
    "武汉市洪山区珞喻路129号",
    "苏州市工业园区星湖街328号",
    "郑州市金水区花园路88号",
    "西安市雁塔区小寨西路26号",
    "长沙市岳麓区麓山南路2号",
    "重庆市渝北区金开大道68号",
    "青岛市市南区香港中路10号",
    "宁波市鄞州区天童南路588号",
    "合肥市蜀山区长江西路669号",
    "厦门市思明区湖滨南路388号",
    "济南市历下区泉城路180号",
    "天津市南开区卫津路94号",
    "昆明市五华区东风西路11号",
    "义乌市稠城街道工人北路1088号",
    "金华市婺城区八一南街399号",
    "温州市鹿城区车站大道577号",
    "福州市鼓楼区五四路158号",
    "无锡市梁溪区中山路333号",
    "佛山市禅城区季华五路22号",
]
NAMES = [
    "张伟",
    "李娜",
    "王芳",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄丽",
    "周杰",
    "吴敏",
    "徐涛",
    "孙悦",
    "马超",
    "朱琳",
    "胡斌",
    "郭蕾",
    "林晓",
    "何平",
]

KEEP = object()  # "work the group carrier out from the numbers"
ENTRIES: list[dict] = []


def _add(voice, text, exp, cats, nh=False, cf=False, c=None, g=KEEP, n=1):
    ENTRIES.append(dict(voice=voice, text=text, exp=exp, cats=cats, nh=nh, cf=cf, c=c, g=g, n=n))


def H(text, exp, cats, **kw):
    """The family helper in the evening."""
    _add("H", text, exp, cats, **kw)


def K(text, exp, cats, **kw):
    """The outlet's front-desk clerk relaying a phone call."""
    _add("K", text, exp, cats, **kw)


DIV = "- - - - - - - - - - - - - - -"  # WeCom quote divider

# ---------------------------------------------------------------------------------------------------------------
# 0. ordinary requests, all 13 intents
# ---------------------------------------------------------------------------------------------------------------
H("{A} 拦截一下 谢谢", "intercept:A", [0])
K("{A}\n{B}\n秦老板说这两单退回", "intercept:A B", [0])
K("丁姐来电 {A} 撤单 她说不寄了", "cancel:A", [0])
K("叶姐电话说 {A} 改地址 新地址 {ADDR} {NAME} {P}", "change_address:A", [0])
H("{A} 帮忙催一下 客户等着用", "urge:A", [0])
H("{A} 显示签收了 可是客户说没收到", "verify_delivery:A", [0])
H("{A} 外箱破了 里面的碗碎了一个", "damaged:A", [0])
K("侯姐说 {A} 件丢了 到处都找不到", "lost:A", [0])
H("{A} 重量不对吧 我在家称的才1.2公斤", "weight:A", [0])
H("{A} 到哪了", "track:A", [0])
H("{A}", "track:A", [0], n=2)
H("{A} 四天没动了", "delay:A", [0])
H("{A} 申请理赔", "claim:A", [0])
K("韩老板来电投诉 {A} 派件员不打电话直接放驿站", "complaint:A", [0])
H("{A} 这单要申请仲裁", "arbitration:A", [0])
K("贾姐问 {A} 能拦截吗 客户退款了", "intercept:A", [0])
K("邵姐问 {A} 能不能催一下 都第五天了", "urge:A", [0])
H("晚上好 {A} {B} {C} 这三单帮我退回 谢谢", "intercept:A B C", [0])
H("{A} 物流好几天没更新了", "delay:A", [0])
K("唐姐说 {A} 转寄到 {ADDR} 收件人不变", "change_address:A", [0])
H("{A} 别派了 退回来", "intercept:A", [0])
K("孟老板说 {A} 少件 客户说箱子里只有一件", "lost:A", [0])
H("{A} 客诉 快递员态度很差", "complaint:A", [0])
K("{A} 蒋老板说作废 这单不发了", "cancel:A", [0])
K("沈姐说 {A} 没签收的话帮她拦一下", "intercept:A", [0])

K("刚才王姐电话说 {A} 要拦截", "intercept:A", [0])
K("陈老板来电 {A} 这单撤单", "cancel:A", [0])
K("周姐电话里说 {A} 改派到 {ADDR} 收件人 {NAME} 电话 {P}", "change_address:A", [0])
K("老刘那边说 {A} 催一下派送", "urge:A", [0])
K("刚接到电话 {A} 客户说显示签收但没收到 麻烦核实一下", "verify_delivery:A", [0])
K("李姐打电话来说 {A} 东西压坏了 登记一下破损", "damaged:A", [0])
K("{A} 王总说这单遗失了 登记一下", "lost:A", [0])
K("赵哥电话说 {A} 称重有问题 麻烦核重", "weight:A", [0])
K("张姐问 {A} 现在到哪了", "track:A", [0])
K("孙老板说 {A} 停滞三天了 打个延误", "delay:A", [0])
K("吴姐来电 {A} 申请赔付", "claim:A", [0])
K("刘总电话投诉 {A} 揽收员迟到两个小时", "complaint:A", [0])
K("马姐说 {A} 那个纠纷要走仲裁", "arbitration:A", [0])
K("前台登记：{A} 退件", "intercept:A", [0])
K("{A} 徐老板要求截件", "intercept:A", [0])
K("胡姐电话 {A} {B} 两单都取消订单", "cancel:A B", [0])
K("朱姐说 {A} 尽快派送 客户明天出差", "urge:A", [0])
K("杨哥说 {A} 被别人签收了 他客户根本没拿到", "verify_delivery:A", [0])
K("郭姐来电 {A} 里面的玻璃瓶碎了", "damaged:A", [0])
K("黄老板说 {A} 一直没到 问一下什么时候到", "track:A", [0])
K("{A} 客户那边说好几天不动了 周姐让登记一下", "delay:A", [0])
K("王总来电 {A} 要赔偿 金额等他把发票发过来", "claim:A", [0])
K("{A} 帮刘姐查一下物流", "track:A", [0])
K("李老板电话 {A} 改地址 改到 {ADDR} 其他不变", "change_address:A", [0])
K("孙姐电话说 {A} 仲裁申请一下 资料她明天送来", "arbitration:A", [0])
K("赵姐让把 {A} 核一下重量 说多收了运费", "weight:A", [0])
K("{A} {B} 张总说都拦截退回", "intercept:A B", [0])
K("老周说 {A} 这个件没了 找不到", "lost:A", [0])
K("张总说 {A} 要是还没揽收就撤单", "cancel:A", [0])
K("孙老板说 {A} 收件人换成 {NAME}", "change_address:A", [0], nh=True)
K("何姐来电 {A} 收件电话改成 {P} 地址没说", "change_address:A", [0], nh=True)
H("{A} 改个地址", "change_address:A", [0], nh=True)

# hedged intercept / cancel / address change → confirm
H("{A} 要不还是拦了吧 客户好像不想要了", "intercept:A", [0], cf=True)
H("{A} 可能要退回 我再问问客户", "intercept:A", [0], cf=True)
K("范姐说 {A} 帮她看看能不能撤单 她也不确定客户还要不要", "cancel:A", [0], cf=True)
H("{A} 好像得改个地址 {ADDR} 我再跟客户确认下", "change_address:A", [0], cf=True)
H("{A} 先拦着吧？我明天问问我妈", "intercept:A", [0], cf=True)
K("李姐说 {A} 可能要拦 她还在跟客户核对", "intercept:A", [0], cf=True)
H("{A} 要不撤单吧 应该还没来收", "cancel:A", [0], cf=True)
H("{A} 估计得退回了 客户一直联系不上", "intercept:A", [0], cf=True)
K("黄姐说 {A} 大概要改派 地址是 {ADDR} 她晚点再确认", "change_address:A", [0], cf=True)
K("钱老板说 {A} 也许得拦一下 等他问完客户再定", "intercept:A", [0], cf=True)

# ---------------------------------------------------------------------------------------------------------------
# 1. negation, withdrawal, double negation, 不要X要Y
# ---------------------------------------------------------------------------------------------------------------
# scoped to a number within the same message (nothing asked earlier is withdrawn)
H("{A} {B} {C} 都拦 {B}先别动", "intercept:A C", [1, 7])
K("邱姐说 {A} 拦截 {B} 不用拦", "intercept:A", [1])
H("{A} {B} 都催一下 {A} 先不用", "urge:B", [1])
H("{A} 拦截\n{B} 不拦 客户又要了", "intercept:A", [1])
K("石老板这几单退回：{A} {B} {C} {D} 其中 {C} 不退", "intercept:A B D", [1, 7])
H("{A} 拦截 {A} 算了不拦了", "", [1])
H("{A} 要拦一下…等等 客户说又要了 那就不拦了", "", [1])
H("{A} {B} {C} 全部退回 除了 {C}", "intercept:A B", [1, 7])
H("{A} {B} 两单都拦截 哦 {A} 不用 客户说要了", "intercept:B", [1, 7])
K("刚才黄老板电话说 {A} {B} {C} 这三单拦截 但 {A} 已经签收了就不拦了", "intercept:B C", [1, 7])
H("{A} 拦截\n{B} 拦截\n{C} 拦截\n{B} 不拦了 写错了", "intercept:A C", [1, 7])
H("{A} {B} {C} {D} 都催一下 前两单不用", "urge:C D", [1, 7])
H("{A} 退回 {B} 退回 {C} 退回 哦{C}不退 {C}催一下", "intercept:A B; urge:C", [1, 2, 7])
H("{A} 不拦 {B} 不拦 {C} 拦", "intercept:C", [1, 7])
K("张姐说 {A} {B} 催一下 不过 {A} 先不用 她再等两天", "urge:B", [1])
K("任老板说 {A} {B} 都投诉 {B} 算了 不投了", "complaint:A", [1])
K("前台登记：{A} {B} {C} 陈姐要拦截 其中 {B} 她说先别动", "intercept:A C", [1, 7])
K("廖姐说 {A} 拦截 {B} 就算了", "intercept:A", [1])
K("吴老板说 {A} {B} {C} {D} 四单都撤单 {D} 不撤 那单客户还要", "cancel:A B C", [1, 7])

# a withdrawal of something asked in an earlier message, nothing replaces it → needs_human
H("{A} 不用拦了 客户又要了", "", [1], nh=True)
H("刚才说的 {A} 不用拦了 另外那个 {B} 照拦", "intercept:B", [1], nh=True)
H("{A} 改址那个作废 还是按原地址送", "", [1], nh=True)
K("{A} 谭老板说取消拦截", "", [1], nh=True)
H("{A} 不用催了 客户已经拿到了", "", [1], nh=True)
K("邓姐来电 {A} 理赔不用了 客户说算了", "", [1], nh=True)
K("刚才王姐电话说 {A} 不拦了 正常派送", "", [1], nh=True)
K("{A} 陈老板说撤单的事不作数 件照常发", "", [1], nh=True)
K("李姐来电 上午报的 {A} 投诉撤回 已经和快递员沟通好了", "", [1], nh=True)
H("{A} 拦截先不用了 客户说再等等", "", [1], nh=True)
K("李老板说 {A} 和 {B} 都不用拦了 {C} 还要拦", "intercept:C", [1, 7], nh=True)
K("薛姐来电 {A} 不拦了 {B} 继续拦", "intercept:B", [1], nh=True)
K("{A} 赵姐说那个仲裁不申请了 私下协商好了", "", [1], nh=True)
K("{A} 孙老板来电说不用改派了", "", [1], nh=True)
H("那个 {A} 改地址不用了 {B} 照样改 改到 {ADDR}", "change_address:B", [1], nh=True)
H("{A} 不要赔偿了 客户说重新发一个就行", "", [1], nh=True)
H("{A} 那个投诉撤了吧 客户满意了", "", [1], nh=True)
K("{A}\n{B}\n{C}\n尹老板说这三个都不用拦了", "", [1], nh=True)
H("{A} {B} 刚才说拦的 现在都不拦了 {C} 新加的 拦一下", "intercept:C", [1, 7], nh=True)
K("刘老板来电 上午说撤单的 {A} 不撤了 {B} 照撤", "cancel:B", [1], nh=True)
K("{A} 陈姐说别催了 客户人在外地 下周才回", "", [1], nh=True)
K("韦姐说 {A} 撤销改址 {B} 撤销拦截", "", [1], nh=True)
H("{A} 不用理了 {B} 拦一下", "intercept:B", [1], nh=True)
K("朱老板说 {A} 不取消了 {B} 取消", "cancel:B", [1], nh=True)
H("{A} 拦截的事当我没说", "", [1], nh=True)
K("胡老板说 {A} 不用核实了 是客户家里人签的", "", [1], nh=True)

# double negation → a request
H("{A} 不是不拦 是现在就要拦", "intercept:A", [1])
H("{A} 没说不催啊 催一下", "urge:A", [1])
K("{A} 袁姐说不拦不行了 客户天天打电话要退", "intercept:A", [1])
H("{A} 不能不赔啊 里面东西全碎了", "claim:A", [1, 8])
K("{A} 龚姐说不是不想撤 是要马上撤单", "cancel:A", [1])
K("周姐说 {A} 她没说不改地址 还是要改到 {ADDR}", "change_address:A", [1])
H("{A} 不是不急 是非常急 赶紧催", "urge:A", [1])
K("刘总说 {A} 不是不要理赔 是金额要再核一下 先申请着", "claim:A", [1])
H("{A} 没有不拦的意思 赶紧拦", "intercept:A", [1])
H("{A} 不核实不行啊 签收人根本不认识", "verify_delivery:A", [1])
K("钱姐说 {A} 这单不能不仲裁 对方一直不认", "arbitration:A", [1])

# 不要X 要Y / refusal of one action in favour of another
H("{A} 不要退回 改派到 {ADDR} {NAME}", "change_address:A", [1])
H("{A} 不要拦截 催一下就行", "urge:A", [1])
K("严姐说 {A} 别撤单 已经揽收了 直接拦截", "intercept:A", [1])
K("邹老板说 {A} 不用理赔 登记个破损就行", "damaged:A", [1, 8])
H("{A} 不要投诉了 帮忙催一下就好", "urge:A", [1])
K("王姐说 {A} 不退回了 改成转寄 {ADDR} {NAME} {P}", "change_address:A", [1])
H("{A} 不改地址了 直接退回来吧", "intercept:A", [1])
K("黎姐说 {A} 别催了 拦下来", "intercept:A", [1])
K("陈姐来电 {A} 不用拦 改个地址 {ADDR}", "change_address:A", [1])
K("熊姐说 {A} 不要登记延误 要投诉", "complaint:A", [1])
H("{A} 不撤单 改成拦截", "intercept:A", [1])
H("{A} 改址就算了 太麻烦 还是退回吧", "intercept:A", [1, 2])
H("{A} 先不用拦 帮我催一下", "urge:A", [1])
K("马姐说 {A} 的催件取消 客户改主意了不要了 直接退回", "intercept:A", [1, 2])
H("{A} 不是拦截 不是改址 是撤单 还没揽收呢", "cancel:A", [1, 2])
K("常老板说 {A} 拦截 不对 先不拦 改成催件", "urge:A", [1, 2])
K("前台转：{A} 张老板说不撤单了 改成拦截退回", "intercept:A", [1, 2])
H("{A} 不用查了 直接拦截", "intercept:A", [1])
H("{A} 拦截不是撤单", "intercept:A", [1, 2])
H("{A} 不是丢件 是压坏了", "damaged:A", [1, 2])
H("{A} 不是要退 是要改派 到 {ADDR}", "change_address:A", [1, 2])
K("吴姐说 {A} 不是延误 是根本没发出去 要撤单", "cancel:A", [1])
H("{A} 不催了 不催了 就拦吧", "intercept:A", [1])
K("王姐来电 {A} 别退 别改 催一下尽快送到就行", "urge:A", [1])
K("{A} 段老板说不要理赔 要仲裁", "arbitration:A", [1])
H("{A} 不是要查件 是要催件", "urge:A", [1, 2])

# ---------------------------------------------------------------------------------------------------------------
# 2. corrections of the command and of the number
# ---------------------------------------------------------------------------------------------------------------
H("{A} 拦截 哦不对 是催件", "urge:A", [2])
H("不不不 我说错了 {A} 是催件不是拦截", "urge:A", [2])
H("{A} 撤单\n啊不对 快递员下午已经收走了 拦截", "intercept:A", [2])
H("{A} 改址 {ADDR}\n算了算了 还是直接退回", "intercept:A", [2])
K("前台更正：{A} 雷姐报的是丢件 不是破损", "lost:A", [2])
K("刚才小李电话说 {A} 要拦截 后来又打过来说改成改地址 {ADDR} {NAME} {P}", "change_address:A", [2])
H("{A} 拦截\n等下\n不是拦截\n是改地址 改到 {ADDR}", "change_address:A", [2])
H("更正一下 {A} 是撤单 不是拦截 还没发出去", "cancel:A", [2])
K("王姐刚才电话说错了 {A} 不是投诉 是要理赔", "claim:A", [2])
H("{A} 催一下\n哦不 我看错了 显示签收了 但是没收到", "verify_delivery:A", [2])
H("{A} 延误登记 不对 应该是丢了 一周都没动了", "lost:A", [2])
H("{A} 拦截… 哦 客户说只是地址写错了 改个地址就行 {ADDR} {NAME}", "change_address:A", [2])
K("周老板刚才说的 {A} 撤单是说错了 是要拦截 件昨天就发了", "intercept:A", [2])
H("{A} 改派\n不对\n客户人在家 不用改\n催一下就行", "urge:A", [2])
H("{A} 核重\n更正：理赔", "claim:A", [2])
H("{A} 拦截拦截\n哦 搞错了 是 {B} 要拦 {A} 是催件", "intercept:B; urge:A", [2])
K("刚才帮马姐报的 {A} 投诉 她说搞错了 应该是延误", "delay:A", [2])
H("{A} 退回\n等等 我问下\n客户说不退了 改成催件", "urge:A", [2])
H("{A} 作废\n不对不对 不是作废 是拦截 件已经在路上了", "intercept:A", [2])
H("{A} 拦截 哦不 撤单 哦不 还是拦截", "intercept:A", [2])
H("{A} 拦一下 哦不是 拦不拦我再问问客户 先拦着吧", "intercept:A", [2], cf=True)
K("赵姐说 {A} 先登记破损 她再想想 哦她又说直接申请理赔", "claim:A", [2])
H("{A} 改地址到 {ADDR}\n哦地址发错了 是 {ADDR2}", "change_address:A", [2])
H("{A} 改址 {ADDR} 收件人 {NAME} 电话 {P}\n电话打错了 是 {P2}", "change_address:A", [2, 4])
H("{A} 拦截 不拦 拦…哎我也不知道 客户一会儿要一会儿不要", "intercept:A", [1, 2], cf=True)
K("陈老板电话里说 {A} 撤单吧 又说等等 最后也没说定", "cancel:A", [2], cf=True)
H("{A} 拦截\n哦好像不用\n算了还是拦吧 不确定 你们先别急着办", "intercept:A", [2], cf=True)
H("{A} 催 {B} 拦\n反了反了 {A} 拦 {B} 催", "intercept:A; urge:B", [2, 7])
H("{A} 改地址 {ADDR}\n发错群了 不好意思 忽略", "", [1, 2])
H("{A} 破损登记\n哦不对 是 {B} 破了 {A} 是好的", "damaged:B", [2])
H("{A} 丢件\n找到了 在驿站 不用登记了 帮我催他们送上门", "urge:A", [1, 2])
K("刚才报的 {A} 催件 王姐说其实客户要的是查重量 运费扣多了", "weight:A", [2])
H("{A} 核实签收 不对 是 {B} 显示签收 {A} 还在路上 催一下", "verify_delivery:B; urge:A", [2])
K("前台更正：{A} 不是撤单 是拦截退回", "intercept:A", [2])
H("{A} 理赔 哦不对 先登记破损 理赔等客户把照片发来再说", "damaged:A", [1, 2, 8])
H("{A} 加急\n等下 我看了一下 已经签收了 不用催了\n但是客户说没收到 核实一下", "verify_delivery:A", [1, 2])
K("周姐电话又打来了 {A} 改派的地址换成 {ADDR}", "change_address:A", [2])
H("{A} 拦截\n哦 看错了 拦的是 {B}\n{A} 不动", "intercept:B", [2])
H("{A} 投诉 哦打错字了 是催件 输入法联想的", "urge:A", [2, 5])
H("{A} 拦截 {B} 拦截 {C} 拦截\n哦 {C} 是撤单 还没发", "intercept:A B; cancel:C", [2, 7])
H("{A}\n拦截\n不\n撤单\n还没揽收", "cancel:A", [2])
H("{A} 催件\n{B} 催件\n不对\n{B} 是拦截", "urge:A; intercept:B", [2, 7])
H("{A} {B} {C}\n都拦截\n哦不对\n只拦第一个\n后面两个催件", "intercept:A; urge:B C", [2, 7])
H("{A} 改地址\n{ADDR}\n{NAME} {P}\n等下\n客户说不改了\n直接退回", "intercept:A", [2])
H("上一条说错了 {A} 要改地址不是拦截 改到 {ADDR} {NAME} {P}", "change_address:A", [2])
H("刚才那条 {A} 的地址写错了 正确的是 {ADDR} {NAME}", "change_address:A", [2])
K("乔姐说刚才 {A} 报的破损 其实是少件 里面少了一双鞋", "lost:A", [2])
K("孙姐说刚才 {A} 报的延误 其实是显示签收了没收到 麻烦核实", "verify_delivery:A", [2])
H("{A} 催一下吧 嗯…还是拦截吧", "intercept:A", [2])
H("{A} 退回还是改地址呢 还是改地址吧 {ADDR} {NAME} {P}", "change_address:A", [2])
H("{A} 撤单 还是算了吧", "", [1, 2])
H("{A} 拦截 还是不拦了 让他送吧", "", [1, 2])
K("王总说 {A} 本来想先申请理赔 现在决定直接走仲裁", "arbitration:A", [2])
H("{A} 投诉派件员 还是算了 登记延误就行", "delay:A", [1, 2])
K("郑老板刚打电话 {A} 刚才说的改址改成退回", "intercept:A", [2])
K("刚才冯姐说 {A} 要催 其实她是想问到哪了 不用催", "track:A", [1, 2])
H("{A} 破损\n更正 破损是 {B} 不是 {A}\n{A} 是延误", "damaged:B; delay:A", [2, 7])

# corrections of the number
H("{A_sw} 拦截\n最后两位是{A_l2}不是{A_sw2} 应该是 {A}", "intercept:A", [2])
K("刚才白姐报的 {A_drop} 少了一位 应该是 {A} 催一下", "urge:A", [2])
H("上一条第二个单号不对 正确的是 {A} 一样是拦截", "intercept:A", [2])
H("{A_x} 改址 {ADDR} —— 更正 单号打错了 是 {A}", "change_address:A", [2])
H("{A_x} {B} 都催一下\n更正 第一个是 {A}", "urge:A B", [2, 7])
H("{A_x} 拦截\n等等\n单号错了\n{A}", "intercept:A", [2])
K("刚才王姐报的单号念错了 不是 {A_x} 是 {A} 要撤单", "cancel:A", [2])
H("{A_sw} 撤单\n尾巴两个数字反了 {A}", "cancel:A", [2])
H("{A_drop} 破损\n单号少了个数 {A}", "damaged:A", [2])
K("李姐说 {A_x} 这个单号是她抄错了 正确单号 {A} 查一下到哪了", "track:A", [2])
H("{A} {B_x} 拦截\n第二个打错了 是 {B}", "intercept:A B", [2, 7])
H("{A_x} 改地址 {ADDR} {NAME} {P}\n单号错了 应该是 {A} 地址不变", "change_address:A", [2])
H("{A_x}\n{B}\n{C}\n三单加急\n第一个单号改成 {A}", "urge:A B C", [2, 7])
H("上一条发错了 单号是 {A} 不是 {A_x} 要拦截", "intercept:A", [2])
K("周姐刚才报的 {A_x} 不对 她看错行了 是 {A} 这单延误", "delay:A", [2])
H("{A_sw} 投诉\n最后两位{A_l2} 我打反了\n{A}", "complaint:A", [2])
K("{A_x} 核实签收\n前台更正单号：{A}", "verify_delivery:A", [2])
K("{A_x} 仲裁 这是前台录错的 更正 {A}", "arbitration:A", [2])
H("{A} 拦截 {B} 拦截\n更正 {B} 打错了 应该是 {C}", "intercept:A C", [2, 7])
K("刘老板说单号给错了 {A_x} 作废 用这个 {A} 拦截", "intercept:A", [2])
H("{A_drop}\n{A}\n上面那个少打一位 以下面这个为准 催件", "urge:A", [2])
H("{A_x} 拦截\n{A_x2}… 也不对\n{A} 这个才对 😅", "intercept:A", [2])
H("{A_x} 拦截\n单号错了 是 {A}\n而且不是拦截 是改地址 {ADDR} {NAME}", "change_address:A", [2])
K("王姐说刚才报的全错了 单号是 {A} 要的是催件不是拦截", "urge:A", [2])
H("{A_drop} 改地址 {ADDR} {NAME} {P}\n单号漏了一个数字 完整的是 {A}", "change_address:A", [2])
K("刚才电话里陈姐念的单号我记错了一位 {A_x} 改成 {A} 要退回", "intercept:A", [2])
H("{A} 催件 {B_x} 催件\n第二个号错了 {B}\n第一个没错", "urge:A B", [2, 7])
K("更正：上午登记的丢件单号应该是 {A} 不是 {A_x}", "lost:A", [2])
H("{A_sw} 撤单\n打反了 最后是{A_l2}\n{A}", "cancel:A", [2])
K("前台更正：{A_x} 是我录错了 黄老板的单号是 {A} 要理赔", "claim:A", [2])
H("{A_x} 延误\n{A}\n发错了 以第二个为准", "delay:A", [2])
K("张姐电话里把单号报错了 {A_x} 应该是 {A} 她要仲裁", "arbitration:A", [2])

# ---------------------------------------------------------------------------------------------------------------
# 3. quoted messages and the bot's own replies quoted back
# ---------------------------------------------------------------------------------------------------------------
H("「王姐：{A} 拦截」\n" + DIV + "\n这个不用拦了 客户又要了", "", [1, 3], nh=True)
H("引用 李姐：{A} 催件\n这单改成拦截吧 客户不要了", "intercept:A", [2, 3])
H(
    "「客服小助手：@王姐 {A} 拦截已提交，结果会第一时间通知您」\n" + DIV + "\n不用拦了 我妈说客户又要了",
    "",
    [1, 3],
    nh=True,
)
H("回复 @客服小助手：@王姐 {A} 已为您催促派送，请耐心等待\n还是没动 再催一下", "urge:A", [3])
K("「王姐：{A} 改址 {ADDR}」\n" + DIV + "\n王姐说这单改址作废 按原地址送", "", [1, 3], nh=True)
K("「李哥：{A} 拦截」\n" + DIV + "\n李哥电话说 {B} 也拦截一下", "intercept:B", [3])
H("引用 张三：{A} 查一下到哪了\n这单直接拦截", "intercept:A", [3])
H("回复 @李姐：{A} {B} 拦截\n第二个不用拦了", "", [1, 3, 7], nh=True)
H("「客服小助手：@王姐 {A} 已签收，无法拦截」\n" + DIV + "\n那帮我核实一下 客户根本没收到", "verify_delivery:A", [3])
K("引用 客服小助手：@陈老板 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n陈老板说那就撤单", "cancel:A", [3])
H(
    "「客服小助手：@王姐 请确认：{A} 拦截退回？回复“确认”即办理」\n" + DIV + "\n先不拦了 客户说再等等",
    "",
    [1, 3],
    nh=True,
)
H("「客服小助手：@王姐 {A} 撤单成功」\n" + DIV + "\n好的谢谢", "", [3])
K(
    "「客服小助手：@李姐 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + DIV + "\n李姐说客户还要赔偿",
    "claim:A",
    [3, 8],
)
H("回复 @客服小助手：@王姐 {A} 改址已提交，结果会第一时间通知您\n地址又变了 改成 {ADDR}", "change_address:A", [2, 3])
H("{A} 拦截\n------------------------\n这单客户又说要了 不拦了", "", [1, 3], nh=True)
H("“{A} 催件”\n{B} 也催一下 同上", "urge:B", [3])
K("引用 客服小助手：@王姐 {A} 已为您登记延误工单，结果会第一时间通知您\n王姐来电说这单还要投诉", "complaint:A", [3])
K("「周姐：{A} 拦截」\n" + DIV + "\n周姐电话说这单改成改地址 {ADDR} {NAME} {P}", "change_address:A", [2, 3])
H("回复 @前台小刘：{A} 这单是要拦截吗？\n对 拦", "intercept:A", [3])
H("“{A} 拦截 {B} 拦截”\n上面两个 第一个不拦了", "", [1, 3, 7], nh=True)
H("引用 我妈：{A} 客户说不要了\n这单退回", "intercept:A", [3])
H("「张三：{A} 到哪了」\n" + DIV + "\n+1 {B} 也查一下", "track:B", [3])
K("引用 李姐：{A} 仲裁\n李姐说这单不仲裁了 和客户谈好了", "", [1, 3], nh=True)
H("「客服小助手：@王姐 您的消息已转人工客服处理，请稍候」\n" + DIV + "\n{A} 麻烦快点 客户在催", "urge:A", [3])
K("“{A} 撤单”\n刚才这条是我替黄姐发的 她说发错了 是拦截", "intercept:A", [2, 3])
H("「客服小助手：@王姐 {A} 拦截已提交，结果会第一时间通知您」\n" + DIV + "\n好的 辛苦", "", [3])
K("回复 @郑老板：{A} 破损\n郑老板电话说这单东西其实也少了 要一起赔", "claim:A", [3, 8])
H("“{A} 改址 {ADDR}”\n{B} 也是这个地址", "change_address:B", [3])

# ---------------------------------------------------------------------------------------------------------------
# 4. numbers that are not waybills
# ---------------------------------------------------------------------------------------------------------------
K("{A} 陆姐说改址 {ADDR} {NAME} {PN}", "change_address:A", [4])
H("{A} 收件人电话改为 {PN}", "change_address:A", [4], nh=True)
K("王姐来电 她电话 {PN} {A} 拦截", "intercept:A", [4])
K("阎姐报：订单号 {ORD} 快递单号 {A} 客户退款了 拦截", "intercept:A", [4])
H("订单号 {ORD} 拦截一下", "", [4], nh=True)
H("尾号{T4}的那个帮我拦一下", "", [4], nh=True)
H("{A} 客户电话{PN}打不通 先别派 拦回来", "intercept:A", [4])
K("刘总 {PN} 说 {A} 运费多收了12元 核一下重量", "weight:A", [4])
H("{A} 29号发的 到现在没动 催一下", "urge:A", [4])
H("{A} 货值 368 元 碎了 要赔", "claim:A", [4, 8])
K("{A} 苏老板说改派 收件人 {NAME} {PN} 地址 {ADDR}", "change_address:A", [4])
H("{PN} 这个是客户电话 {A} 转寄到 {ADDR}", "change_address:A", [4])
H("{A} 订单 {ORD} 延误五天了 客户要投诉", "delay:A; complaint:A", [4, 8])
H("淘宝订单{ORD}\n{A}\n客户申请了退款 退回", "intercept:A", [4])
H("{T4} 结尾的那单催一下", "", [4], nh=True)
H("{A_drop} 拦截", "", [4], nh=True, c="yto")
K("陈姐 {PN} 明天上午过来寄件 二十件左右", "", [4])
H("{A} 改电话 {PN}", "change_address:A", [4], nh=True)
H("{A} 重量写的3.5kg 实际2kg 核重", "weight:A", [4])
K("客户电话 {PN} 地址 {ADDR} 单号 {A} 许姐说改一下地址", "change_address:A", [4])
H("{PN}\n{A}\n这单退回 电话是我的", "intercept:A", [4])
K("订单 {ORD} 对应的 {A} 林姐说要撤单", "cancel:A", [4])
H("{A_drop} 催一下", "", [4], nh=True, c="jt")
K("{A} 赔付金额 259.9 元 何老板说按这个申请理赔", "claim:A", [4])
H("{T4} 这个尾号的帮我查一下", "", [4], nh=True)

# ---------------------------------------------------------------------------------------------------------------
# 5. other wording: pinyin, English, mixed, colloquial, voice-to-text, traditional characters
# ---------------------------------------------------------------------------------------------------------------
H("{A} lanjie", "intercept:A", [5])
H("pls intercept {A}, customer cancelled", "intercept:A", [5])
H("{A} cuijian 谢谢", "urge:A", [5])
H("{A} chedan", "cancel:A", [5])
H("{A} gaizhi {ADDR} {NAME}", "change_address:A", [5])
H("{A} where is it?", "track:A", [5])
H("{A} return to sender pls", "intercept:A", [5])
H("那个圆通的单号 {A} 帮我拦一下哈 谢谢", "intercept:A", [5], c="yto")
H("嗯那个就是那个中通的 {A} 那个件 客户说不要了你帮我退回去吧", "intercept:A", [5], c="zto")
H("{A} 咋还不到 催催", "urge:A", [5])
H("{A} 这个件咋回事 一个礼拜了还没到 是不是丢了", "lost:A", [5])
H("{A} 攔截", "intercept:A", [5])
H("{A} 撤單 謝謝", "cancel:A", [5])
K("刚才语音里周姐说的是 {A} 拦截退回 她打字不方便让我代发", "intercept:A", [5])
H("{A} cancel the order pls", "cancel:A", [5])
H("{A} change address to {ADDR}", "change_address:A", [5])
H("{A} 麻烦快点送哈 客户急死了 🙏", "urge:A", [5])
H("{A} 显示妥投了 人没收到啊", "verify_delivery:A", [5])
H("{A} compensation please 箱子压扁了", "claim:A", [5, 8])
H("{A} complain 快递员", "complaint:A", [5])
H("{A} 不要了不要了 退回去", "intercept:A", [5])
K("韵达的 {A} 曹老板用语音说的 帮他催催件 他说都一个礼拜了", "urge:A", [5], c="yunda")
H("申通 {A} 遺失了 幫忙登記", "lost:A", [5], c="sto")
K("极兔 {A} 宋姐说 hurry up 客户在骂了", "urge:A", [5], c="jt")
H("顺丰 {A} 簽收了但沒收到", "verify_delivery:A", [5], c="sf")

# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken by the chat client
# ---------------------------------------------------------------------------------------------------------------
H("{A_split} 拦截", "intercept:A", [6], cf=True)
H("{A_sp} 拦截", "intercept:A", [6], c="ems_s10")
H("{A_sp} 催一下", "urge:A", [6])
H("{A_split} 催件", "urge:A", [6])
H("{A_split}\n撤单", "cancel:A", [6], cf=True)
H("{A_split} 改地址 {ADDR} {NAME} {P}", "change_address:A", [6], cf=True)
K("{A_dash} 姜姐说拦截", "intercept:A", [6])
K("王姐报的单号 {A_sp} 要退回", "intercept:A", [6], c="ems_s10")
H("{A_sp} 破损了", "damaged:A", [6])
H("{A_split} 到哪了", "track:A", [6])
H("{A_split} 拦截\n{B} 催件", "intercept:A; urge:B", [6, 7], cf=True)
H("{A_sp} 不用拦了", "", [1, 6], nh=True)
H("{A_x} 拦截\n不对 是 {A_sp}", "intercept:A", [2, 6])
H("{A_split} 拦截 哦不对 是催件", "urge:A", [2, 6])
H("{A_sp}\n{B_sp}\n两个都催", "urge:A B", [6])
H("EMS的 {A_sp} 显示签收了没收到", "verify_delivery:A", [6], c="ems_s10")
H("{A_split} 丢了", "lost:A", [6])
K("{A_dash} 潘老板说改址 {ADDR}", "change_address:A", [6])
K("{A_split} 陈老板说拦一下", "intercept:A", [6], cf=True)
K("{A_split}\n杨姐说这单退回", "intercept:A", [6], cf=True)
H("{A_split} 延误好几天了", "delay:A", [6])

# ---------------------------------------------------------------------------------------------------------------
# 7. several parcels and commands: positional references, pasted tables
# ---------------------------------------------------------------------------------------------------------------
K("魏姐电话：{A} {B} {C} 第一单拦截 后两单催一下", "intercept:A; urge:B C", [7])
H("{A}\n{B}\n上面两个拦截", "intercept:A B", [7])
H("{A}\n{B}\n{C}\n以上全部催件", "urge:A B C", [7], c="mix")
H("单号\t操作\n{A}\t拦截\n{B}\t催件\n{C}\t改址\t{ADDR}", "intercept:A; urge:B; change_address:C", [7])
H("{A}    拦截\n{B}    拦截\n{C}    催件", "intercept:A B; urge:C", [7])
H("{A} {B} 一个拦截一个催件", "", [7], nh=True)
K("王姐报了四单：{A} 拦截、{B} 撤单、{C} 催件、{D} 查重量", "intercept:A; cancel:B; urge:C; weight:D", [7])
H("{A} {B} {C} 中间那个拦截 其他两个催", "intercept:B; urge:A C", [7])
K("田老板说 {A} 破损 {B} 丢件 {C} 延误", "damaged:A; lost:B; delay:C", [7], c="mix")
H("{A}\n{B}\n{C}\n{D}\n最后一个改地址 {ADDR} {NAME} 其余退回", "intercept:A B C; change_address:D", [7])
K("张老板的三单 {A} {B} {C} 前两单撤单 第三单已经发了 拦截", "cancel:A B; intercept:C", [7])
H("单号\t收件人\t新地址\n{A}\t{NAME}\t{ADDR}\n{B}\t{NAME2}\t{ADDR2}\n以上改地址", "change_address:A B", [7])
H("{A} 催\n{B} 催\n{C} 催\n{D} 拦", "urge:A B C; intercept:D", [7])
K("施姐说 {A}、{B}、{C} 这三单都显示签收了 客户都说没收到 帮忙核实", "verify_delivery:A B C", [7])
H("第一单 {A} 拦截\n第二单 {B} 改派 {ADDR}\n第三单 {C} 催件", "intercept:A; change_address:B; urge:C", [7])
K("李姐：{A} {B} 第二个拦 第一个催", "urge:A; intercept:B", [7])
K("前台：贺老板 {A} {B} {C} {D} {E} 这五单全部拦截 客户集体退款了", "intercept:A B C D E", [7])
H("{A} 和 {B} 退回 {C} 和 {D} 催件", "intercept:A B; urge:C D", [7], c="mix")
H("{A} {B} 两单 一单破了一单丢了", "", [7], nh=True)
H("{A}  拦截退回\n{B}  撤单\n{C}  加急", "intercept:A; cancel:B; urge:C", [7])
H("今天的：\n1. {A} 拦截\n2. {B} 催件\n3. {C} 拦截\n4. {D} 查件", "intercept:A C; urge:B; track:D", [7])
K("王总那边几单：{A} 重量不对 {B} 破损 {C} 投诉揽收员", "weight:A; damaged:B; complaint:C", [7])
H("{A}\n{B}\n{C}\n前两个改地址到 {ADDR} 收件人 {NAME} 最后一个拦截", "change_address:A B; intercept:C", [7])
H("{A}\t拦截\n{B}\t不拦\n{C}\t拦截", "intercept:A C", [1, 7])
K("前台汇总 何姐的单：\n{A}\t催件\n{B}\t催件\n{C}\t核实签收", "urge:A B; verify_delivery:C", [7])
K("钱老板说这四个 {A} {B} {C} {D} 单数的拦截 双数的催件", "intercept:A C; urge:B D", [7])
H("{A}  {NAME}  {ADDR}\n{B}  {NAME2}  {ADDR2}\n这两单按表改地址", "change_address:A B", [7])
H("{A} {B}\n这俩 一个撤单 一个拦截 哪个是哪个我也忘了", "", [7], nh=True)

# ---------------------------------------------------------------------------------------------------------------
# 8. compound requests
# ---------------------------------------------------------------------------------------------------------------
K("康姐说 {A} 外箱压坏了 里面杯子碎了两个 要赔偿", "claim:A", [8])
K("吴姐来电 {A} 件丢了 要理赔", "claim:A", [8])
K("金姐说 {A} 破损 快递员态度还差 要投诉他", "damaged:A; complaint:A", [8])
H("{A} 东西烂了 要赔钱 另外投诉派件员乱扔", "claim:A; complaint:A", [8])
H("{A} 拦回来 顺便投诉一下揽收员 收件的时候骂人", "intercept:A; complaint:A", [8])
K("{A} 钱老板说延误好几天了 客户要投诉", "delay:A; complaint:A", [8])
H("{A} 快点送吧 客户已经投诉我了", "urge:A; complaint:A", [8])
H("{A} 到哪了 顺便催一下", "urge:A", [8])
H("{A} 催一下 再帮我核一下重量 感觉多收了", "urge:A; weight:A", [8])
K("李老板说 {A} 显示签收了 客户没收到 还要投诉派件员", "verify_delivery:A; complaint:A", [8])
H("{A} 漏液了 把别的件也弄脏了 登记破损 再投诉一下", "damaged:A; complaint:A", [8])
K("{A} 谷老板说一个礼拜没动了 肯定是丢了 申请理赔", "claim:A", [8])
K("{A} 夏老板说超重 重量不对 要投诉", "weight:A; complaint:A", [8])
H("{A} 拦截 另外核一下重量", "intercept:A; weight:A", [8])
H("{A} 碎了 登记破损\n{B} 丢了 要理赔", "damaged:A; claim:B", [7, 8])
K("周姐说 {A} 改地址 {ADDR} {NAME} {P} 顺便投诉上次那个派件员", "change_address:A; complaint:A", [8])
K("傅姐说 {A} 三天没动了 登记延误 再催一下", "delay:A; urge:A", [8])
K("毛老板说 {A} 压坏了 要理赔 重量也不对 帮忙核一下", "claim:A; weight:A", [8])
K("赵哥说 {A} 丢件 要投诉网点", "lost:A; complaint:A", [8])
H("{A} 丢了 要赔偿 还要投诉", "claim:A; complaint:A", [8])
K("刚才孙哥电话说 {A} 破了 要赔 还说快递员骂人 要投诉", "claim:A; complaint:A", [8])
H("{A} 破损 {A} 理赔", "claim:A", [8])
H("{A} 漏液 登记一下就行 不用赔", "damaged:A", [1, 8])
H("{A} 丢了 先登记丢件 理赔的事以后再说", "lost:A", [1, 8])
H("{A} 破了 不要投诉 要赔偿", "claim:A", [1, 8])
K("王总说 {A} 申请仲裁 另外投诉一下这个网点的处理态度", "arbitration:A; complaint:A", [8])
K("黄姐说 {A} 延误了 客户闹着要投诉 麻烦登记", "delay:A; complaint:A", [8])
H("{A} 显示签收 没收到 派件员电话也不接 投诉", "verify_delivery:A; complaint:A", [8])
K("陈姐说 {A} 外包装破了 里面没坏 登记一下破损就行 另外催一下 {B}", "damaged:A; urge:B", [7, 8])
H("{A} 改地址 {ADDR} {NAME} 再加急", "change_address:A; urge:A", [8])
K("马姐说 {A} 少件 快递员态度差 要投诉", "lost:A; complaint:A", [8])
H("{A} 压坏了 拍照了 要赔 {B} 延误了 客户要投诉", "claim:A; delay:B; complaint:B", [7, 8])
H("{A} 丢了 赔偿 {B} 也丢了 也要赔", "claim:A B", [7, 8])
K("刘姐电话说 {A} 被人冒签了 要核实 还要投诉", "verify_delivery:A; complaint:A", [8])
H("{A} 仲裁 另外 {B} 理赔", "arbitration:A; claim:B", [7, 8])
H("{A} 里面东西坏了 登记破损 不赔也行 但要投诉", "damaged:A; complaint:A", [1, 8])
K("许老板说 {A} 拦截退回 退回来以后还要核一下重量", "intercept:A; weight:A", [8])
K("罗老板来电 {A} 丢了 要赔 {B} 显示签收没收到 核实一下", "claim:A; verify_delivery:B", [7, 8])
H("{A} 破了 也慢 五天才到 登记破损 也登记延误", "damaged:A; delay:A", [8])

# ---------------------------------------------------------------------------------------------------------------
# no waybill: chit-chat, questions, commands and withdrawals without a number
# ---------------------------------------------------------------------------------------------------------------
H("好的谢谢", "", [0])
H("收到 辛苦了", "", [0])
H("明天几点来收件呀", "", [0])
K("今天的件都发出去了吗 王姐问的", "", [0])
H("拦截一下", "", [0], nh=True)
H("帮我催一下 谢谢", "", [0], nh=True)
H("刚才说的那个不用拦了 另外那个照拦", "", [1], nh=True)
H("改址那个作废 还是按原地址", "", [1], nh=True)
H("不不不 我说错了 是催件不是拦截", "", [2], nh=True)
H("上一条第二个单号不对 我找一下正确的", "", [2], nh=True)
H("刚才那几单都不用管了", "", [1], nh=True)
K("上午让你们拦的那个 李姐说客户又要了 别拦了", "", [1], nh=True)
H("改地址 改到 {ADDR} {NAME}", "", [0], nh=True)
H("晚上谁值班啊", "", [0])
H("👍", "", [0])
K("周姐说明天下午三点左右过来寄件 大概三十件", "", [0])
H("运费怎么算的 首重多少钱", "", [0])
H("刚才电话里说的那单 帮忙拦一下", "", [0], nh=True)
H("今晚还能寄吗", "", [0])
H("催件催件 都三天了", "", [0], nh=True)
K("前台通知：明天网点盘点 下午四点前截单", "", [0])
H("这两单都拦一下", "", [7], nh=True)
H("谢谢你们 上次那个拦截很及时", "", [0])
H("以后拦截是直接发单号就行吗", "", [0])
H("撤单要怎么操作", "", [0])
K("刚才那个说要投诉的客户 陈姐说不投诉了", "", [1], nh=True)
H("理赔一般要多久啊", "", [0])
H("我刚才发的那个单号打错了 拦截改成催件", "", [2], nh=True)
K("黄老板说他那单破了 要赔 单号等会儿发", "", [8], nh=True)

# ---------------------------------------------------------------------------------------------------------------
# a number with words asking for something outside the intents
# ---------------------------------------------------------------------------------------------------------------
H("{A} 能开发票吗", "", [0], nh=True)
H("{A} 到哪了 另外帮我开个发票", "track:A", [0], nh=True)
K("{A} 朱姐说面单打印模糊了 要补打一张", "", [0], nh=True)


# ===============================================================================================================
# generation
# ===============================================================================================================
KEY_RE = re.compile(r"\{([A-Z][A-Za-z0-9_]*)\}")
LETTER_RE = re.compile(r"([A-F])(?:_(sw|l2|sw2|drop|x|x2|split|sp|dash))?$")


def _spaced(num: str, sep: str) -> str:
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", num):  # S10
        return sep.join([num[:2], num[2:5], num[5:8], num[8:11], num[11:]])
    m = re.match(r"([A-Z]*)(\d+)$", num)
    prefix, digits = m.group(1), m.group(2)
    groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    return sep.join(([prefix] if prefix else []) + groups)


def _change_digit(num: str, pos: int) -> str:
    d = num[pos]
    assert d.isdigit(), num
    return num[:pos] + str((int(d) + 3) % 10) + num[pos + 1 :]


def _digit_positions(num: str) -> list[int]:
    return [i for i, ch in enumerate(num) if ch.isdigit()]


def render(entry: dict, rng: random.Random) -> tuple[str, dict, str | None]:
    text = entry["text"]
    keys = KEY_RE.findall(text)
    letters = sorted({LETTER_RE.match(k).group(1) for k in keys if LETTER_RE.match(k)})
    needs_swap = {
        LETTER_RE.match(k).group(1)
        for k in keys
        if LETTER_RE.match(k) and LETTER_RE.match(k).group(2) in ("sw", "l2", "sw2")
    }
    c = entry["c"]
    carriers: dict[str, str] = {}
    if isinstance(c, dict):
        carriers = dict(c)
    elif c == "mix":
        for L in letters:
            carriers[L] = rng.choice(PREFIXED)
    else:
        pool = [x for x in wn.CARRIERS if not (needs_swap and x == "ems_s10")]
        one = c or rng.choice(pool)
        carriers = {L: one for L in letters}
    nums: dict[str, str] = {}
    for L in letters:
        while True:
            n = wn.waybill(rng, carriers[L])
            if L in needs_swap and not (n[-1].isdigit() and n[-2].isdigit() and n[-1] != n[-2]):
                continue
            if n not in nums.values():
                break
        nums[L] = n

    vals: dict[str, str] = {}
    addrs = rng.sample(ADDRS, 2)
    names = rng.sample(NAMES, 2)
    for k in keys:
        if k in vals:
            continue
        m = LETTER_RE.match(k)
        if m:
            num, suf = nums[m.group(1)], m.group(2)
            pos = _digit_positions(num)
            if suf is None:
                v = num
            elif suf == "sw":
                v = num[:-2] + num[-1] + num[-2]
            elif suf == "l2":
                v = num[-2:]
            elif suf == "sw2":
                v = num[-1] + num[-2]
            elif suf == "drop":
                i = pos[len(pos) // 2 + 1]
                v = num[:i] + num[i + 1 :]
            elif suf == "x":
                v = _change_digit(num, pos[-3])
            elif suf == "x2":
                v = _change_digit(num, pos[len(pos) // 2 - 1])
            elif suf == "split":
                i = rng.randint(len(num) // 2 - 2, len(num) // 2 + 3)
                v = num[:i] + "\n" + num[i:]
            elif suf == "sp":
                v = _spaced(num, " ")
            elif suf == "dash":
                v = _spaced(num, "-")
            else:
                raise KeyError(k)
        elif k in ("ADDR", "ADDR2"):
            v = addrs[0] if k == "ADDR" else addrs[1]
        elif k in ("NAME", "NAME2"):
            v = names[0] if k == "NAME" else names[1]
        elif k in ("P", "P2"):
            v = wn.phone(rng)
        elif k in ("PN", "PN2"):
            v = wn.phone_notation(rng, wn.phone(rng))
        elif k == "ORD":
            v = rng.choice("1234") + "".join(rng.choice("0123456789") for _ in range(rng.choice((17, 18))))
        elif k == "T4":
            v = "".join(rng.choice("0123456789") for _ in range(4))
        else:
            raise KeyError(f"unknown placeholder {k!r} in {text!r}")
        vals[k] = v
    out = text.format_map(vals)

    # the group's carrier
    digit_groups = {wn.GROUP_CARRIER.get(carriers[L], carriers[L]) for L in letters if nums[L].isdigit()}
    if entry["g"] is not KEEP:
        group = entry["g"]
    elif digit_groups:
        assert len(digit_groups) == 1, (text, carriers)
        group = digit_groups.pop()
    elif letters:
        distinct = {carriers[L] for L in letters}
        if len(distinct) == 1 and rng.random() < 0.75:
            one = distinct.pop()
            group = wn.GROUP_CARRIER.get(one, one)
        else:
            group = None
    else:
        group = rng.choice((*GROUPS, None))
    return out, nums, group


def parse_expected(exp: str, nums: dict[str, str]) -> list[dict]:
    groups = []
    for part in filter(None, (p.strip() for p in exp.split(";"))):
        intent, _, refs = part.partition(":")
        groups.append({"intent": intent.strip(), "waybills": [nums[r] for r in refs.split()]})
    return groups


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s\-\t\n]", "", t)


def build() -> list[dict]:
    rng = random.Random(SEED)
    seen_templates = Counter()
    rendered = {"H": [], "K": []}
    for e in ENTRIES:
        assert e["n"] in (1, 2)
        seen_templates[e["text"]] += e["n"]
        for _ in range(e["n"]):
            text, nums, group = render(e, rng)
            rendered[e["voice"]].append(
                dict(
                    text=text,
                    carrier=group,
                    expected=parse_expected(e["exp"], nums),
                    needs_human=e["nh"],
                    confirm=e["cf"],
                    categories=sorted(e["cats"]),
                    _nums=nums,
                    _tpl=e["text"],
                )
            )
    over = [t for t, k in seen_templates.items() if k > 2]
    assert not over, f"sentences used more than twice: {over}"

    # interleave the two voices (shuffled within each voice), in proportion
    for v in rendered.values():
        rng.shuffle(v)
    h, k = rendered["H"], rendered["K"]
    merged, i, j = [], 0, 0
    while i < len(h) or j < len(k):
        if j >= len(k) or (i < len(h) and i * len(k) <= j * len(h)):
            merged.append(h[i])
            i += 1
        else:
            merged.append(k[j])
            j += 1
    records = []
    for n, r in enumerate(merged, 1):
        rec = {
            "id": f"f-{n:04d}",
            "text": r["text"],
            "carrier": r["carrier"],
            "expected": r["expected"],
            "needs_human": r["needs_human"],
            "confirm": r["confirm"],
            "categories": r["categories"],
            "style": "f",
        }
        validate(rec, r)
        records.append(rec)
    ids = [r["id"] for r in records]
    texts = [r["text"] for r in records]
    assert len(set(ids)) == len(ids), "duplicate ids"
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, f"duplicate texts: {dup}"
    return records


def validate(rec: dict, raw: dict) -> None:
    where = f"{rec['id']} {rec['text']!r}"
    norm = _norm(rec["text"])
    pairs = set()
    for g in rec["expected"]:
        assert g["intent"] in INTENTS, f"{where}: unknown intent {g['intent']}"
        assert g["waybills"], where
        for w in g["waybills"]:
            assert w == w.upper() and " " not in w and "-" not in w, where
            assert w in norm, f"{where}: {w} not in text"
            assert (g["intent"], w) not in pairs, f"{where}: duplicate pair {g['intent']} {w}"
            pairs.add((g["intent"], w))
    by_number: dict[str, set] = {}
    for intent, w in pairs:
        by_number.setdefault(w, set()).add(intent)
    for its in by_number.values():
        assert not ("track" in its and len(its) > 1), f"{where}: track beside another intent"
    assert not (rec["confirm"] and rec["needs_human"]), f"{where}: confirm and needs_human"
    if rec["confirm"]:
        assert any(g["intent"] in ("intercept", "cancel", "change_address") for g in rec["expected"]), where
    assert set(rec["categories"]) <= set(range(9)) and rec["categories"], where
    assert rec["carrier"] in (*GROUPS, None), where
    for w in raw["_nums"].values():
        if w.isdigit():
            assert rec["carrier"] is not None, f"{where}: all-digit number without a group carrier"
    # every placeholder number actually used in the expected list must have been generated for this record
    gen = set(raw["_nums"].values())
    assert all(w in gen for _, w in pairs), where


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(c for r in records for c in r["categories"])
    intents = Counter(g["intent"] for r in records for g in r["expected"])
    print(f"{len(records)} messages → {OUT}")
    print("categories:", dict(sorted(cats.items())))
    print("intents:", dict(sorted(intents.items())))
    print("needs_human:", sum(r["needs_human"] for r in records), "confirm:", sum(r["confirm"] for r in records))
    print("no waybill in expected:", sum(not r["expected"] for r in records))
    print("carriers:", dict(Counter(str(r["carrier"]) for r in records)))


if __name__ == "__main__":
    main()
