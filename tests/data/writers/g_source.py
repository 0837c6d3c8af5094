"""Writer g: the warehouse clerk of a wholesale business (spreadsheets, WMS exports, numbered lists).

Every message below is written by hand; only the numbers are filled in from ``tests/data/waybill_numbers.py``.
Run ``python tests/data/writers/g_source.py`` to (re)write ``tests/data/writers/g.jsonl`` deterministically.

Placeholders in a text: ``{a}`` … ``{h}`` waybills (carriers given per entry), ``{p}``/``{q}`` phone numbers,
``{o}``/``{o2}``/``{o3}`` platform order numbers (19 digits). A format may follow a colon:
``split`` (the number broken over two lines), ``sp4``/``sp3`` (spaced groups on one line), ``dash`` (dashed groups),
``s10sp`` (``EJ 302 993 041 CN``), ``fw`` (full-width digits), ``lower``, ``trunc`` (last character missing),
and for phones ``note`` (a notation from ``phone_notation``).
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
DATA = HERE.parent
OUT = HERE / "g.jsonl"

_spec = importlib.util.spec_from_file_location("waybill_numbers", DATA / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wn)

INTENTS = {
    "intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight", "track",
    "delay", "claim", "complaint", "arbitration",
}
ICC = {"intercept", "cancel", "change_address"}
GROUP_CARRIERS = {"sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao"}
ALL_DIGIT = {"zto", "sto", "yunda", "ems", "cainiao"}

ENTRIES: list[dict] = []


def E(text, nums="", exp="", cats=(0,), grp="auto", nh=False, cf=False):
    """One hand-written message: text, waybill carriers ("a=yto b=zto"), labels ("intercept:a,b; urge:c")."""
    ENTRIES.append(dict(text=text, nums=nums, exp=exp, cats=list(cats), grp=grp, nh=nh, cf=cf))


# ---------------------------------------------------------------------------------------------------------------
# Category 7: several parcels and commands — positional references, pasted tables, numbered lists
# ---------------------------------------------------------------------------------------------------------------
E("今日异常件：\n{a}\n{b}\n{c}\n{d}\n{e}\n以上5单全部拦截 除了第3单改址 改到 杭州市西湖区文三路90号 张三 {p}",
  "a=yto b=jt c=sf d=jd e=deppon", "intercept:a,b,d,e; change_address:c", (7, 4))
E("中通的这几个催一下 圆通的拦截\n{a}\n{b}\n{c}\n{d}\n{e}",
  "a=zto b=yto c=zto d=yto e=zto", "urge:a,c,e; intercept:b,d", (7,))
E("单号\t状态\t处理意见\n{a}\t派送中\t拦截\n{b}\t运输中\t催件\n{c}\t已签收\t核实签收\n{d}\t待揽收\t撤单",
  "a=yto b=jt c=sf d=jd", "intercept:a; urge:b; verify_delivery:c; cancel:d", (7,))
E("{a}\n{b}\n{c}\n第一个拦截 后两个催一下", "a=zto b=zto c=zto", "intercept:a; urge:b,c", (7,))
E("1. {a}\n2. {b}\n3. {c}\n4. {d}\n1、3拦截 2、4催件", "a=jt b=yto c=jt d=sf", "intercept:a,c; urge:b,d", (7,))
E("WMS导出的 麻烦处理下\n序号\t单号\t处理\n1\t{a}\t拦截\n2\t{b}\t拦截\n3\t{c}\t催件\n4\t{d}\t查重量",
  "a=sto b=sto c=sto d=sto", "intercept:a,b; urge:c; weight:d", (7,))
E("{a} {b} {c} {d} {e} {f}\n前两个拦截 第3到第5个催一下 最后一个核实下重量",
  "a=yunda b=yunda c=yunda d=yunda e=yunda f=yunda", "intercept:a,b; urge:c,d,e; weight:f", (7,))
E("{a}\n{b}\n{c}\n中间那个改地址 改成 南京市鼓楼区中山北路200号 李梅 {p}  另外两个退回",
  "a=jd b=jd c=jd", "change_address:b; intercept:a,c", (7, 4))
E("圆通\n{a}\n{b}\n中通\n{c}\n{d}\n极兔\n{e}\n圆通的催件 中通的拦截 极兔的查一下到哪了",
  "a=yto b=yto c=zto d=zto e=jt", "urge:a,b; intercept:c,d; track:e", (7,))
E("今天要处理的：\n{a}\t拦截\n{b}\t拦截\n{c}\t改址 上海市浦东新区张杨路500号 王磊 {p}\n{d}\t催件",
  "a=sf b=yto c=jt d=jd", "intercept:a,b; change_address:c; urge:d", (7, 4))
E("{a}\n{b}\n{c}\n{d}\n{e}\n第2到第4个拦截 剩下的催一下",
  "a=zto b=zto c=zto d=zto e=zto", "intercept:b,c,d; urge:a,e", (7,))
E("以下几单三天没更新了\n{a}\n{b}\n{c}\n第一单和最后一单催一下 中间的查下是不是丢了",
  "a=yto b=yto c=yto", "urge:a,c; lost:b", (7,))
E("今日异常件：\n1\t{a}\t破损\n2\t{b}\t丢件\n3\t{c}\t延误\n4\t{d}\t虚假签收",
  "a=jt b=sf c=deppon d=jd", "damaged:a; lost:b; delay:c; verify_delivery:d", (7,))
E("{a}、{b}、{c}这三个拦截，{d}、{e}这两个撤单 还没揽收",
  "a=yto b=yto c=yto d=yto e=yto", "intercept:a,b,c; cancel:d,e", (7,))
E("上午发的这批有问题\n{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n全部拦截退回",
  "a=yto b=jt c=sf d=jd e=deppon f=ems_s10", "intercept:a,b,c,d,e,f", (7,))
E("{a}\n{b}\n上面两个拦截\n{c}\n{d}\n这两个催件", "a=zto b=zto c=zto d=zto", "intercept:a,b; urge:c,d", (7,))
E("单号 状态 处理意见\n{a}  已到站  拦截\n{b}  派送中  拦截\n{c}  在途  催件",
  "a=jt b=jt c=jt", "intercept:a,b; urge:c", (7,))
E("这几单帮忙催一下 客户在催了\n{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n{g}",
  "a=yto b=yto c=yto d=jt e=jt f=sf g=jd", "urge:a,b,c,d,e,f,g", (7,))
E("{a}\n{b}\n{c}\n{d}\n除了第二个 其他都拦截", "a=sto b=sto c=sto d=sto", "intercept:a,c,d", (7,))
E("麻烦看下这几单\n{a} 到哪了\n{b} 到哪了\n{c} 三天没动了 催一下",
  "a=yunda b=yunda c=yunda", "track:a,b; urge:c", (7,))
E("快递公司\t单号\t处理意见\n中通\t{a}\t拦截\n申通\t{b}\t拦截\n韵达\t{c}\t催件\n圆通\t{d}\t催件",
  "a=zto b=sto c=yunda d=yto", "intercept:a,b; urge:c,d", (7,), grp="zto")
E("{a}\n{b}\n{c}\n第1行改址 新地址 广州市天河区体育西路103号 陈晨 {p}\n第2行拦截\n第3行催件",
  "a=yto b=jt c=jd", "change_address:a; intercept:b; urge:c", (7, 4))
E("{a} {b} {c}\n这三单是同一个客户的 都改地址 改到 成都市武侯区天府大道北段1700号 周杰 {p}",
  "a=yto b=yto c=yto", "change_address:a,b,c", (7, 4))
E("这几单不动了\n{a}\n{b}\n{c}\n{d}", "a=zto b=zto c=zto d=zto", "delay:a,b,c,d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n前三个核实签收 客户说没收到 后两个查一下物流",
  "a=jd b=sf c=jt d=yto e=deppon", "verify_delivery:a,b,c; track:d,e", (7,))
E("序号\t快递\t单号\t问题\t处理\n1\t圆通\t{a}\t地址错\t拦截\n2\t极兔\t{b}\t客户催\t催件\n3\t顺丰\t{c}\t外箱破\t登记破损\n"
  "4\t京东\t{d}\t称重不对\t核重",
  "a=yto b=jt c=sf d=jd", "intercept:a; urge:b; damaged:c; weight:d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n1-3拦截 4-6催件",
  "a=jt b=jt c=jt d=jt e=jt f=jt", "intercept:a,b,c; urge:d,e,f", (7,))
E("{a}拦截，{b}催件，{c}改址到 武汉市洪山区珞喻路1037号 刘洋 {p}，{d}查重量",
  "a=zto b=zto c=zto d=zto", "intercept:a; urge:b; change_address:c; weight:d", (7, 4))
E("中通：{a} {b}\n圆通：{c} {d}\n都拦截", "a=zto b=zto c=yto d=yto", "intercept:a,b,c,d", (7,))
E("这批都是昨天发的 最后一个是发错货了要拦 其余的催一下\n{a}\n{b}\n{c}\n{d}",
  "a=sf b=sf c=sf d=sf", "intercept:d; urge:a,b,c", (7,))
E("今天的拦截单：\n{a}\n{b}\n{c}\n今天的催件单：\n{d}\n{e}",
  "a=yto b=jt c=sf d=jd e=deppon", "intercept:a,b,c; urge:d,e", (7,))
E("单号\t处理意见\n{a}\t拦截退回\n{b}\t拦截退回\n{c}\t拦截退回\n{d}\t改派 北京市朝阳区建国路88号 赵敏 {p}\n{e}\t加急",
  "a=zto b=zto c=zto d=zto e=zto", "intercept:a,b,c; change_address:d; urge:e", (7, 4))
E("{a} {b} {c} {d}\n上面这几单 除了{b} 其它都拦截",
  "a=cainiao b=cainiao c=cainiao d=cainiao", "intercept:a,c,d", (7,))
E("下面是客户要退的 拦截\n{a}\n{b}\n{c}\n下面是客户要改地址的 都改到 西安市雁塔区小寨东路1号 孙丽 {p}\n{d}\n{e}",
  "a=yunda b=yunda c=yunda d=yunda e=yunda", "intercept:a,b,c; change_address:d,e", (7, 4))
E("{a}\t{b}\t{c}\t{d}\n这一排全部催件", "a=jt b=jt c=jt d=jt", "urge:a,b,c,d", (7,))
E("{a}\n{b}\n{c}\n后两个丢了 帮忙登记一下 第一个查下到哪了",
  "a=sto b=sto c=sto", "lost:b,c; track:a", (7,))
E("1、{a}\n2、{b}\n3、{c}\n4、{d}\n5、{e}\n2、5拦截 其余催件",
  "a=yto b=jt c=sf d=jd e=ems_s10", "intercept:b,e; urge:a,c,d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n{g}\n{h}\n这8单全部拦截 仓库发错货了",
  "a=zto b=zto c=zto d=zto e=yto f=jt g=sf h=jd", "intercept:a,b,c,d,e,f,g,h", (7,))
E("这三单 第一单拦截 后两单催一下\n{a}\n{b}\n{c}", "a=ems b=ems c=ems", "intercept:a; urge:b,c", (7,))
E("最后一个改地址 地址：深圳市南山区科技园南区高新南四道18号 黄晓明 {p}\n{a}\n{b}\n{c}\n前面的都拦截",
  "a=yto b=yto c=yto", "intercept:a,b; change_address:c", (7, 4))
E("第二个和第四个拦截\n{a}\n{b}\n{c}\n{d}\n{e}\n其他的不用管",
  "a=jt b=jt c=jt d=jt e=jt", "intercept:b,d", (7, 1))
E("单号\t状态\n{a}\t三天未更新\n{b}\t三天未更新\n{c}\t五天未更新\n以上都催一下",
  "a=zto b=zto c=zto", "urge:a,b,c", (7,))
E("{a}拦截 {b}拦截 {c}拦截 {d}撤单 {e}撤单",
  "a=sf b=sf c=sf d=sf e=sf", "intercept:a,b,c; cancel:d,e", (7,))
E("以下单号请加急：{a}、{b}、{c}、{d}、{e}、{f}",
  "a=yto b=jt c=jd d=sf e=deppon f=ems_s10", "urge:a,b,c,d,e,f", (7,))
E("{a}\n{b}\n{c}\n{d}\n第1、2个客户要退货 拦截 第3个催一下 第4个没问题",
  "a=yunda b=yunda c=yunda d=yunda", "intercept:a,b; urge:c", (7,))
E("韵达的催件：\n{a}\n{b}\n申通的拦截：\n{c}\n{d}",
  "a=yunda b=yunda c=sto d=sto", "urge:a,b; intercept:c,d", (7,), grp="yunda")
E("序号  单号  处理意见\n1  {a}  拦截\n2  {b}  核实签收\n3  {c}  拦截\n4  {d}  催件\n5  {e}  拦截",
  "a=jt b=yto c=jd d=sf e=deppon", "intercept:a,c,e; verify_delivery:b; urge:d", (7,))
E("这两单 {a} {b} 先拦截 后面这个 {c} 催一下就行", "a=zto b=zto c=zto", "intercept:a,b; urge:c", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n第2-4单改址 统一改到 苏州市工业园区星湖街328号 郑爽 {p} 第1单和第5单拦截",
  "a=sto b=sto c=sto d=sto e=sto", "change_address:b,c,d; intercept:a,e", (7, 4))
E("今日待处理（共6单）\n{a}\t拦截\n{b}\t拦截\n{c}\t催件\n{d}\t催件\n{e}\t查件\n{f}\t核重",
  "a=yto b=jt c=sf d=jd e=deppon f=ems_s10", "intercept:a,b; urge:c,d; track:e; weight:f", (7,))
E("这几个都催一下\n{a}\n{b}\n{c}\n另外这个{d}退回", "a=jd b=jd c=jd d=jd", "urge:a,b,c; intercept:d", (7,))
E("{a}\n{b}\n{c}\n{d}\n前两个是破损 后两个是少件 都登记一下",
  "a=deppon b=deppon c=deppon d=deppon", "damaged:a,b; lost:c,d", (7,))
E("单号\t处理\n{a}\t撤单\n{b}\t撤单\n{c}\t撤单\n{d}\t撤单",
  "a=cainiao b=cainiao c=cainiao d=cainiao", "cancel:a,b,c,d", (7,))
E("{a}、{b}、{c} 这三单显示签收了 客户都说没收到 帮核实一下",
  "a=zto b=zto c=zto", "verify_delivery:a,b,c", (7,))
E("圆通的 {a} {b} {c} 全部拦截\n极兔的 {d} {e} 全部催件\n顺丰的 {f} 查一下到哪了",
  "a=yto b=yto c=yto d=jt e=jt f=sf", "intercept:a,b,c; urge:d,e; track:f", (7,))
E("刚导出来的 麻烦按处理意见操作\n单号\t收件人\t处理意见\n{a}\t张*\t拦截\n{b}\t李*\t催件\n{c}\t王*\t拦截\n"
  "{d}\t赵*\t核实签收\n{e}\t钱*\t催件",
  "a=yto b=jt c=sf d=jd e=ems_s10", "intercept:a,c; urge:b,e; verify_delivery:d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n单数行拦截 双数行催件",
  "a=yto b=yto c=yto d=yto e=yto f=yto", "intercept:a,c,e; urge:b,d,f", (7,))
E("{a} {b}\n这两个 一个拦截一个催件", "a=zto b=zto", "", (7,), nh=True)
E("{a}\n{b}\n{c}\n{d}\n第三个拦截 其余的查一下物流", "a=jt b=jt c=jt d=jt", "intercept:c; track:a,b,d", (7,))
E("昨天那批发错地址了 以下全部改址 新地址：长沙市岳麓区麓山南路932号 林峰 {p}\n{a}\n{b}\n{c}\n{d}\n{e}",
  "a=yunda b=yunda c=yunda d=yunda e=yunda", "change_address:a,b,c,d,e", (7, 4))
E("{a}\n{b}\n{c}\n最后一个拦截 前两个不用", "a=sf b=sf c=sf", "intercept:c", (7, 1))
E("{a}\n{b}\n{c}\n{d}\n{e}\n以上全部催件 第4单再加一个核重",
  "a=zto b=zto c=zto d=zto e=zto", "urge:a,b,c,d,e; weight:d", (7, 8))
E("{a}\n{b}\n{c}\n{d}\n{e}\n第一行到第三行都拦截 第四第五行催一下",
  "a=jd b=jd c=jd d=jd e=jd", "intercept:a,b,c; urge:d,e", (7,))
E("下面这些单 {a} {b} {c} {d} 后面两个退回 前面两个改派到 天津市和平区南京路189号 马丽 {p}",
  "a=yto b=yto c=yto d=yto", "change_address:a,b; intercept:c,d", (7, 4))
E("拦截：{a}、{b}、{c}\n催件：{d}、{e}\n改址：{f} 改到 合肥市蜀山区长江西路99号 何静 {p}",
  "a=jt b=jt c=yto d=sf e=jd f=deppon", "intercept:a,b,c; urge:d,e; change_address:f", (7, 4))
E("{a}\n{b}\n{c}\n这三个都查一下重量 另外第二个也催一下",
  "a=sto b=sto c=sto", "weight:a,b,c; urge:b", (7, 8))
E("单号\t问题\t诉求\n{a}\t外包装破损\t赔偿\n{b}\t丢件\t赔偿\n{c}\t延误三天\t催件",
  "a=jd b=sf c=yto", "claim:a,b; urge:c", (7, 8))
E("{a} {b} {c} {d} {e}\n1、2、3拦截 4、5改址 都改到 郑州市金水区花园路39号 许诺 {p}",
  "a=jt b=jt c=jt d=jt e=jt", "intercept:a,b,c; change_address:d,e", (7, 4))
E("这几单 {a} {b} {c} 麻烦看看到哪了", "a=zto b=zto c=zto", "track:a,b,c", (7,))
E("{a}\n{b}\n{c}\n{d}\n中间两个拦截 两头的催一下", "a=sf b=sf c=sf d=sf", "intercept:b,c; urge:a,d", (7,))
E("今日异常件：\n{a}  客户拒收  退回\n{b}  地址不详  退回\n{c}  电话打不通  退回",
  "a=zto b=zto c=zto", "intercept:a,b,c", (7,))
E("麻烦把这几单拦一下 {a} {b} {c} {d} {e}",
  "a=ems_s10 b=jd c=deppon d=sf e=yto", "intercept:a,b,c,d,e", (7,))
E("{a} 催\n{b} 催\n{c} 催\n{d} 拦\n{e} 拦",
  "a=yunda b=yunda c=yunda d=yunda e=yunda", "urge:a,b,c; intercept:d,e", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n除了第1个和第5个 其它都改地址 改到 昆明市五华区东风西路11号 杨帆 {p}",
  "a=sto b=sto c=sto d=sto e=sto", "change_address:b,c,d", (7, 4))
E("这6单全部撤单 仓库缺货发不了\n1 {a}\n2 {b}\n3 {c}\n4 {d}\n5 {e}\n6 {f}",
  "a=cainiao b=cainiao c=cainiao d=cainiao e=cainiao f=cainiao", "cancel:a,b,c,d,e,f", (7,))
E("{a}\n{b}\n{c}\n第1个 拦截\n第2个 改址 福州市鼓楼区五四路158号 邓超 {p}\n第3个 撤单",
  "a=yto b=jt c=sf", "intercept:a; change_address:b; cancel:c", (7, 4))
E("{a} {b} 这两个丢了 {c} {d} 这两个破了 都帮忙登记",
  "a=zto b=zto c=zto d=zto", "lost:a,b; damaged:c,d", (7,))
E("单号\t备注\n{a}\t加急\n{b}\t加急\n{c}\t拦截\n{d}\t加急",
  "a=jt b=yto c=sf d=jd", "urge:a,b,d; intercept:c", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n第1、3、5个拦截\n第2、4、6个催件",
  "a=ems b=ems c=ems d=ems e=ems f=ems", "intercept:a,c,e; urge:b,d,f", (7,))
E("今天申通这几单都不动了 催一下\n{a}\n{b}\n{c}\n{d}", "a=sto b=sto c=sto d=sto", "urge:a,b,c,d", (7,))
E("以下两单改址\n{a} 改到 南昌市东湖区八一大道368号 冯琳 {p}\n{b} 改到 济南市历下区泉城路180号 曹阳 {q}",
  "a=zto b=zto", "change_address:a,b", (7, 4))
E("{a}\n{b}\n{c}\n剩下的那个不用拦 前两个拦", "a=yto b=yto c=yto", "intercept:a,b", (7, 1))
E("{a}\t拦截\n{b}\t拦截\n{c}\t催件\n{d}\t核实签收\n{e}\t查件\n{f}\t拦截\n{g}\t撤单",
  "a=yto b=jt c=sf d=jd e=deppon f=ems_s10 g=yto",
  "intercept:a,b,f; urge:c; verify_delivery:d; track:e; cancel:g", (7,))
E("顺丰的单子帮我全部催一下 其它快递的拦截\n{a}\n{b}\n{c}\n{d}\n{e}",
  "a=sf b=yto c=sf d=jt e=jd", "urge:a,c; intercept:b,d,e", (7,))
E("{a}\n{b}\n{c}\n{d}\n第四个丢了要赔 其余催件",
  "a=deppon b=deppon c=deppon d=deppon", "claim:d; urge:a,b,c", (7, 8))
E("这几单 {a}/{b}/{c}/{d} 统一核重", "a=zto b=zto c=zto d=zto", "weight:a,b,c,d", (7,))
E("{a} {b} {c}\n{d} {e} {f}\n第一排拦截 第二排催件",
  "a=jt b=jt c=jt d=yto e=yto f=yto", "intercept:a,b,c; urge:d,e,f", (7,))
E("下面3单 客户买错了 还没发出去 帮撤单\n{a}\n{b}\n{c}\n另外这单{d}已经发了 拦截",
  "a=yunda b=yunda c=yunda d=yunda", "cancel:a,b,c; intercept:d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n第2个延误了 登记一下 其他的查一下到哪了",
  "a=sf b=sf c=yto d=yto e=sf", "delay:b; track:a,c,d,e", (7,))
E("异常件汇总\n单号\t异常类型\t要求\n{a}\t破损\t登记\n{b}\t丢失\t登记\n{c}\t延误\t登记\n{d}\t虚假签收\t核实",
  "a=jd b=sf c=yto d=jt", "damaged:a; lost:b; delay:c; verify_delivery:d", (7,))
E("{a}\n{b}\n上面这两单都拦截 下面这两单都催一下\n{c}\n{d}",
  "a=zto b=zto c=zto d=zto", "intercept:a,b; urge:c,d", (7,))
E("{a}、{b}、{c}、{d}、{e}这几单，前两个加急，第三个退回，后两个改址到 沈阳市和平区太原北街2号 宋雨 {p}",
  "a=sto b=sto c=sto d=sto e=sto", "urge:a,b; intercept:c; change_address:d,e", (7, 4))
E("1.{a} 拦截\n2.{b} 拦截\n3.{c} 催件\n4.{d} 查重量\n5.{e} 查件",
  "a=yto b=jt c=sf d=jd e=deppon", "intercept:a,b; urge:c; weight:d; track:e", (7,))
E("麻烦处理下 都是极兔的\n{a}\n{b}\n{c}\n{d}\n全部拦截 其中第3个如果已经签收了就算了",
  "a=jt b=jt c=jt d=jt", "intercept:a,b,c,d", (7,))
E("第二单改派 改到 太原市小店区长风街111号 钱程 {p}\n第一单和第三单催件\n{a}\n{b}\n{c}",
  "a=jd b=jd c=jd", "change_address:b; urge:a,c", (7, 4))
E("{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n{g}\n{h}\n以上8单 前5单拦截 后3单撤单",
  "a=yto b=yto c=yto d=jt e=jt f=sf g=sf h=sf", "intercept:a,b,c,d,e; cancel:f,g,h", (7,))
E("单号        处理\n{a}        拦截\n{b}        拦截\n{c}        催派",
  "a=zto b=zto c=zto", "intercept:a,b; urge:c", (7,))
E("{a} 这单催一下\n{b} {c} 这两单拦截\n{d} 这单查下重量",
  "a=zto b=yto c=yto d=jt", "urge:a; intercept:b,c; weight:d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n除了最后一个都拦截 最后一个催件",
  "a=jt b=jt c=jt d=jt e=jt", "intercept:a,b,c,d; urge:e", (7,))
E("这四单都超时了还没到 全部登记延误\n{a}\n{b}\n{c}\n{d}",
  "a=yto b=yto c=jt d=jt", "delay:a,b,c,d", (7,))
E("{a}\t{b}\n{c}\t{d}\n左边一列拦截 右边一列催件", "a=sf b=sf c=sf d=sf", "intercept:a,c; urge:b,d", (7,))
E("这几单 {a} {b} {c} 第二个不用动 另外两个催件", "a=zto b=zto c=zto", "urge:a,c", (7, 1))
E("{a}\n{b}\n{c}\n{d}\n第3单拦截\n第4单核实签收\n前两单查下到哪了",
  "a=yunda b=yunda c=yunda d=yunda", "intercept:c; verify_delivery:d; track:a,b", (7,))
E("单号\t状态\t处理意见\n{a}\t已签收\t核实签收\n{b}\t已签收\t核实签收\n{c}\t派送中\t拦截\n{d}\t派送中\t拦截\n"
  "{e}\t运输中\t加急",
  "a=cainiao b=cainiao c=cainiao d=cainiao e=cainiao", "verify_delivery:a,b; intercept:c,d; urge:e", (7,))
E("第1到3单拦截 第4单改址 第5单撤单\n{a}\n{b}\n{c}\n{d}\n{e}\n第4单新地址：大连市中山区人民路15号 韩梅 {p}",
  "a=sto b=sto c=sto d=sto e=sto", "intercept:a,b,c; change_address:d; cancel:e", (7, 4))
E("这几个催一下 {a} {b} {c}\n这几个拦一下 {d} {e} {f}",
  "a=zto b=zto c=zto d=yto e=yto f=yto", "urge:a,b,c; intercept:d,e,f", (7,))
E("{a}\n{b}\n{c}\n都帮我查一下重量 上面两个应该没这么重",
  "a=deppon b=deppon c=deppon", "weight:a,b,c", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n以上除了{c} 都拦截 {c}改地址 改到 石家庄市长安区中山东路326号 田甜 {p}",
  "a=yto b=yto c=yto d=yto e=yto", "intercept:a,b,d,e; change_address:c", (7, 4))
E("{a}\n{b}\n{c}\n第一个退回 第二个也退回 第三个加急派送",
  "a=zto b=zto c=zto", "intercept:a,b; urge:c", (7,))
E("按顺序：拦截、催件、拦截、改址（青岛市市南区香港中路8号 毛毛 {p}）\n{a}\n{b}\n{c}\n{d}",
  "a=jt b=jt c=jt d=jt", "intercept:a,c; urge:b; change_address:d", (7, 4))
E("{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n{g}\n第2、第5、第7个拦截 其余不用处理",
  "a=yunda b=yunda c=yunda d=yunda e=yunda f=yunda g=yunda", "intercept:b,e,g", (7, 1))
E("{a} {b} {c} 这三个是申通的 帮催下\n{d} {e} 这两个是韵达的 拦截",
  "a=sto b=sto c=sto d=yunda e=yunda", "urge:a,b,c; intercept:d,e", (7,), grp="sto")
E("表格里的 麻烦处理\n单号\t处理意见\t备注\n{a}\t拦截\t发错货\n{b}\t拦截\t客户取消\n{c}\t催件\t客户急用\n"
  "{d}\t改址\t杭州市余杭区文一西路969号 {p}",
  "a=yto b=jt c=sf d=jd", "intercept:a,b; urge:c; change_address:d", (7, 4))
E("{a}\n{b}\n{c}\n{d}\n第一个和最后一个拦截", "a=zto b=zto c=zto d=zto", "intercept:a,d", (7,))
E("{a}\n{b}\n{c}\n第2个客户说不要了 拦截 另外两个正常派送 催一下",
  "a=jd b=jd c=jd", "intercept:b; urge:a,c", (7,))
E("单号\t快递\t处理\n{a}\t顺丰\t催件\n{b}\t京东\t催件\n{c}\t德邦\t拦截\n{d}\t邮政\t拦截",
  "a=sf b=jd c=deppon d=ems_s10", "urge:a,b; intercept:c,d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n{g}\n{h}\n这8单都是今天上午揽收的 全部核实一下重量",
  "a=zto b=zto c=zto d=zto e=zto f=zto g=zto h=zto", "weight:a,b,c,d,e,f,g,h", (7,))
E("第一单 {a} 拦截\n第二单 {b} 拦截\n第三单 {c} 改址 上海市静安区南京西路1266号 徐静 {p}\n第四单 {d} 撤单",
  "a=yto b=jt c=sf d=jd", "intercept:a,b; change_address:c; cancel:d", (7, 4))
E("{a} {b}\n{c} {d}\n{e} {f}\n每行第一个拦截 第二个催件",
  "a=yto b=jt c=yto d=jt e=yto f=jt", "intercept:a,c,e; urge:b,d,f", (7,))
E("这几单{a} {b} {c} 帮忙看下怎么还没到 是不是延误了", "a=yto b=yto c=yto", "delay:a,b,c", (7,))
E("{a}\n{b}\n{c}\n{d}\n第一二个丢了 第三个破损 第四个虚假签收 都登记下",
  "a=deppon b=jd c=sf d=yto", "lost:a,b; damaged:c; verify_delivery:d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n前面三个改址 都改到 厦门市思明区湖滨南路90号 郭峰 {p}\n后面两个拦截",
  "a=cainiao b=cainiao c=cainiao d=cainiao e=cainiao", "change_address:a,b,c; intercept:d,e", (7, 4))
E("今日异常件：\n{a}（圆通）催件\n{b}（极兔）催件\n{c}（中通）拦截\n{d}（申通）拦截",
  "a=yto b=jt c=zto d=sto", "urge:a,b; intercept:c,d", (7,), grp="zto")
E("{a}\n{b}\n{c}\n{d}\n{e}\n第三个到第五个催一下 第一个第二个查件",
  "a=ems b=ems c=ems d=ems e=ems", "urge:c,d,e; track:a,b", (7,))
E("都是韵达的 帮看下\n{a}\n{b}\n{c}\n{d}\n后面两单加急 前面两单退回",
  "a=yunda b=yunda c=yunda d=yunda", "urge:c,d; intercept:a,b", (7,))
E("今天要核重的：{a} {b} {c}\n今天要核实签收的：{d} {e}",
  "a=deppon b=deppon c=sf d=jd e=jt", "weight:a,b,c; verify_delivery:d,e", (7,))
E("序号\t运单号\t处理方式\n1\t{a}\t退回\n2\t{b}\t退回\n3\t{c}\t加急\n4\t{d}\t退回\n5\t{e}\t加急\n6\t{f}\t查物流",
  "a=zto b=zto c=zto d=zto e=zto f=zto", "intercept:a,b,d; urge:c,e; track:f", (7,))
E("{a} {b} {c} {d} {e}\n后三单拦截 前两单不用管",
  "a=yto b=jt c=jd d=sf e=ems_s10", "intercept:c,d,e", (7, 1))
E("老板让处理的：\n1）{a} 退回\n2）{b} 退回\n3）{c} 改址 南通市崇川区工农路57号 蒋雯 {p}\n4）{d} 加急\n5）{e} 加急",
  "a=jt b=jt c=yto d=yto e=sf", "intercept:a,b; change_address:c; urge:d,e", (7, 4))
E("{a}\n{b}\n{c}\n{d}\n{e}\n{f}\n以上都是今天的拦截件 统一拦截 第6个除外 第6个改成催件",
  "a=cainiao b=cainiao c=cainiao d=cainiao e=cainiao f=cainiao", "intercept:a,b,c,d,e; urge:f", (7,))
E("{a}\n{b}\n{c}\n第1个和第3个都是客户拒收 退回\n第2个客户说地址写错了 改到 常州市天宁区延陵西路23号 鲁晓 {p}",
  "a=jd b=jd c=jd", "intercept:a,c; change_address:b", (7, 4))
E("这几单是德邦的 全部查一下重量 {a} {b} {c} 另外{d}这个顺丰的催一下",
  "a=deppon b=deppon c=deppon d=sf", "weight:a,b,c; urge:d", (7,))
E("单号\t处理\n{a}\t查件\n{b}\t查件\n{c}\t查件\n{d}\t催件", "a=yto b=yto c=yto d=yto",
  "track:a,b,c; urge:d", (7,))
E("{a}\n{b}\n{c}\n{d}\n{e}\n第1单改址 其他的都拦截\n第1单地址：烟台市芝罘区南大街166号 姜涛 {p}",
  "a=zto b=zto c=zto d=yto e=yto", "change_address:a; intercept:b,c,d,e", (7, 4))
E("{a}\n{b}\n{c}\n{d}\n前两个 撤单\n后两个 拦截", "a=sto b=sto c=sto d=sto", "cancel:a,b; intercept:c,d", (7,))
E("今天WMS里标红的几单：\n{a}\n{b}\n{c}\n{d}\n{e}\n都是显示签收但客户没收到的 麻烦全部核实",
  "a=yto b=jt c=sf d=jd e=zto", "verify_delivery:a,b,c,d,e", (7,))
E("{a}\n{b}\n{c}\n中间这单不动了 登记延误 上下两单催一下", "a=jt b=jt c=jt",
  "delay:b; urge:a,c", (7,))
E("{a} {b} {c} {d} {e} {f}\n第1、2个拦截 第3、4个撤单 第5、6个催件",
  "a=yunda b=yunda c=yunda d=yunda e=yunda f=yunda", "intercept:a,b; cancel:c,d; urge:e,f", (7,))

# --- category 7 with numbers broken by the chat client (6)
E("{a}\n{b:split}\n{c}\n全部拦截", "a=yto b=yto c=yto", "intercept:a,b,c", (7, 6), cf=True)
E("拦截 {a} {b:split} 催件 {c}", "a=jt b=jt c=jt", "intercept:a,b; urge:c", (7, 6), cf=True)
E("{a}\n{b:sp4}\n{c}\n以上都催件", "a=zto b=zto c=zto", "urge:a,b,c", (7, 6))
E("{a:s10sp}\n{b:s10sp}\n{c:s10sp}\n第一个拦截 后两个催一下",
  "a=ems_s10 b=ems_s10 c=ems_s10", "intercept:a; urge:b,c", (7, 6))
E("单号\t处理\n{a:dash}\t拦截\n{b}\t催件", "a=sf b=sf", "intercept:a; urge:b", (7, 6))
E("{a}\n{b}\n{c:split}\n第三个改址 改到 宁波市鄞州区天童南路588号 罗宇 {p}\n前两个催件",
  "a=sto b=sto c=sto", "change_address:c; urge:a,b", (7, 6, 4), cf=True)
E("{a}  {b}  {c:sp4}\n都查一下到哪了", "a=yto b=yto c=yto", "track:a,b,c", (7, 6))
E("这两单催一下 {a} {b:split}", "a=jt b=jt", "urge:a,b", (7, 6))
E("{a:s10sp} {b:s10sp} 这两个丢了 登记一下\n{c} 催件", "a=ems_s10 b=ems_s10 c=jd",
  "lost:a,b; urge:c", (7, 6))
E("{a:split}\n{b}\n两单都撤单", "a=cainiao b=cainiao", "cancel:a,b", (7, 6), cf=True)

# --- category 7 with negation and withdrawal (1)
E("{a}\n{b}\n{c}\n{d}\n都拦截 第三个不拦了 客户又要了", "a=zto b=zto c=zto d=zto",
  "intercept:a,b,d", (7, 1))
E("{a} {b} {c} 这三单都不用拦截了 改成催件", "a=yto b=yto c=yto", "urge:a,b,c", (7, 1))
E("{a}\n{b}\n{c}\n第一个不是不拦 是现在马上拦 另外两个催件", "a=jd b=jd c=jd",
  "intercept:a; urge:b,c", (7, 1))
E("{a}\n{b}\n{c}\n{d}\n上午发的这几单 第2单昨天让拦截的 不用拦了 其他照常催件",
  "a=sf b=sf c=sf d=sf", "urge:a,c,d", (7, 1), nh=True)
E("{a} {b} {c}\n不要退回 都改派到 东莞市南城区鸿福路106号 卢敏 {p}", "a=jt b=jt c=jt",
  "change_address:a,b,c", (7, 1, 4))
E("{a}\n{b}\n{c}\n{d}\n全部拦截\n{b} 算了不拦了", "a=jt b=jt c=jt d=jt", "intercept:a,c,d", (7, 1))
E("{a}\n{b}\n{c}\n前两个催件 最后一个不用催 已经签收了", "a=sf b=sf c=sf", "urge:a,b", (7, 1))
E("单号\t处理意见\n{a}\t拦截\n{b}\t不拦截\n{c}\t拦截\n{d}\t不拦截",
  "a=yunda b=yunda c=yunda d=yunda", "intercept:a,c", (7, 1))
E("{a} {b} {c} {d} 除了{d} 都不用催了 {d}继续催", "a=zto b=zto c=zto d=zto", "urge:d", (7, 1), nh=True)
E("{a} 不拦截 {b} 拦截 {c} 不拦截", "a=jt b=jt c=jt", "intercept:b", (7, 1))

# --- category 7 with corrections (2)
E("{a}\n{b}\n{c}\n第一个拦截 第二个改址 哦不对 第二个也是拦截 第三个催件", "a=yto b=jt c=sf",
  "intercept:a,b; urge:c", (7, 2))
E("{a}\n{b}\n{c}\n以上全部拦截\n更正：第三个单号打错了 是{d}", "a=yto b=yto c=yto d=yto",
  "intercept:a,b,d", (7, 2))
E("{a} {b} {c} 这三单撤单\n不对 已经揽收了 那就全部拦截", "a=jt b=jt c=jt", "intercept:a,b,c", (7, 2))
E("{a}\n{b}\n{c}\n{d}\n第2、3单催件 不好意思说错了 是第3、4单催件 第1、2单拦截",
  "a=zto b=zto c=zto d=zto", "urge:c,d; intercept:a,b", (7, 2))
E("单号\t处理\n{a}\t拦截\n{b}\t拦截\n{c}\t拦截\n刚才表格第二行填错了 {b}应该是催件", "a=sf b=jd c=yto",
  "intercept:a,c; urge:b", (7, 2))
E("{a} {b} {c} 改址到 郑州市二七区大学路80号 邹凯 {p}\n哦不对 {c}不改 {c}是拦截", "a=sto b=sto c=sto",
  "change_address:a,b; intercept:c", (7, 2, 4))
E("{a}\n{b}\n{c}\n{d}\n{e}\n前两单拦截 后三单催件 更正一下 是前三单拦截 后两单催件",
  "a=sto b=sto c=sto d=sto e=sto", "intercept:a,b,c; urge:d,e", (7, 2))
E("{a}\n{b}\n这两单都改地址 改到 太原市迎泽区迎泽大街289号 潘婷 {p}\n还是算了 都拦截退回吧", "a=yto b=jt",
  "intercept:a,b", (7, 2, 4))
E("{a}\n{b}\n{c}\n{d}\n第四个单号贴错了 应该是{e} 以上全部催件", "a=jt b=jt c=jt d=jt e=jt",
  "urge:a,b,c,e", (7, 2))
E("{a}\n{b}\n{c}\n第二个催件 写错了 第二个是核实签收 客户说没收到", "a=zto b=zto c=zto",
  "verify_delivery:b", (7, 2))

# --- category 7 with phones, order numbers, amounts, dates (4)
E("订单号\t快递单号\t处理\n{o}\t{a}\t拦截\n{o2}\t{b}\t拦截\n{o3}\t{c}\t催件", "a=yto b=jt c=sf",
  "intercept:a,b; urge:c", (7, 4))
E("{a}\t{p}\t改址\t杭州市拱墅区莫干山路100号\n{b}\t{q}\t改址\t杭州市上城区解放路138号", "a=zto b=zto",
  "change_address:a,b", (7, 4))
E("客户电话{p} 这几单都是他的 {a} {b} {c} 帮忙催一下", "a=sto b=sto c=sto", "urge:a,b,c", (7, 4))
E("{a} 货值1280元\n{b} 货值560元\n{c} 货值2300元\n以上都丢了 要赔偿", "a=sf b=jd c=deppon",
  "claim:a,b,c", (7, 8, 4))
E("2024-11-11 发的那批\n{a}\n{b}\n{c}\n今天11月14号了还没到 全部催一下", "a=yunda b=yunda c=yunda",
  "urge:a,b,c", (7, 4))
E("平台订单{o} 对应的两个包裹 {a} {b} 都拦截", "a=jd b=jd", "intercept:a,b", (7, 4))
E("{a}\n{b}\n{c}\n第1个改址 收件人电话改为{p:note} 地址改为 佛山市禅城区季华五路22号\n第2、3个拦截",
  "a=yto b=yto c=yto", "change_address:a; intercept:b,c", (7, 4))
E("序号\t单号\t金额\t处理\n1\t{a}\t39.9\t拦截\n2\t{b}\t129\t拦截\n3\t{c}\t88.5\t催件", "a=zto b=zto c=zto",
  "intercept:a,b; urge:c", (7, 4))
E("{a}\n{b}\n客户手机 {p:note}\n两单都改地址 改到 温州市鹿城区人民路66号", "a=jt b=jt",
  "change_address:a,b", (7, 4))
E("12月3日发出\t{a}\t拦截\n12月3日发出\t{b}\t拦截\n12月4日发出\t{c}\t催件", "a=yto b=sf c=jd",
  "intercept:a,b; urge:c", (7, 4))
E("{a} {b} {c}\n收件人都是 {p:note} 这个号 客户说都没收到 显示签收了 核实一下", "a=jt b=jt c=yto",
  "verify_delivery:a,b,c", (7, 4))

# --- category 7 with compound requests (8)
E("{a}\n{b}\n{c}\n第一个破损 第二个丢了 都要理赔 第三个延误了 客户要投诉", "a=jd b=sf c=yto",
  "claim:a,b; delay:c; complaint:c", (7, 8))
E("单号\t问题\t处理\n{a}\t破损\t理赔+投诉\n{b}\t丢件\t理赔\n{c}\t破损\t登记破损", "a=deppon b=sf c=jd",
  "claim:a,b; complaint:a; damaged:c", (7, 8))
E("{a} {b} {c} 这三单都拦截 并且投诉快递员", "a=yto b=yto c=yto",
  "intercept:a,b,c; complaint:a,b,c", (7, 8))
E("{a}\n{b}\n前一个催件加核重 后一个拦截", "a=zto b=zto", "urge:a; weight:a; intercept:b", (7, 8))
E("{a}\n{b}\n{c}\n{d}\n这四单全部压坏了 要求赔偿 还要投诉网点暴力分拣", "a=jt b=jt c=jt d=jt",
  "claim:a,b,c,d; complaint:a,b,c,d", (7, 8))
E("{a}\n{b}\n{c}\n第一个丢件理赔 第二个破损理赔 第三个催一下 客户已经投诉了", "a=sf b=jd c=yto",
  "claim:a,b; urge:c; complaint:c", (7, 8))
E("{a} 破了 {b} 漏液了 {c} 少件 都帮忙登记 另外{a}要投诉快递员态度差", "a=sf b=jd c=deppon",
  "damaged:a,b; complaint:a; lost:c", (7, 8))
E("{a}\n{b}\n{c}\n以上三单一直不动 已经延误了 客户要投诉 帮忙登记延误和投诉", "a=yunda b=yunda c=yunda",
  "delay:a,b,c; complaint:a,b,c", (7, 8))
E("{a}\n{b}\n第一个显示签收没收到 核实一下 第二个丢了 要赔钱", "a=zto b=zto",
  "verify_delivery:a; claim:b", (7, 8))
E("{a}\n{b}\n{c}\n都申请仲裁 之前理赔谈不拢", "a=sf b=sf c=sf", "arbitration:a,b,c", (7,))
E("{a}破损 {b}丢件 {c}破损 三单都要理赔", "a=jt b=yto c=sf", "claim:a,b,c", (7, 8))
E("单号\t异常\t处理意见\n{a}\t超重\t核重\n{a}\t延误\t催件\n{b}\t漏液\t理赔", "a=zto b=zto",
  "weight:a; urge:a; claim:b", (7, 8))

# --- category 7 with hedging (confirm)
E("{a}\n{b}\n{c}\n这几单可能要退回 客户还在考虑 先拦着吧？", "a=yto b=jt c=sf",
  "intercept:a,b,c", (7,), cf=True)
E("{a}\n{b}\n{c}\n第一个应该是要拦截的 我再跟老板确认下 后两个催件", "a=zto b=zto c=zto",
  "intercept:a; urge:b,c", (7,), cf=True)
E("{a} {b} 这两单看看能不能撤单 老板还没定", "a=cainiao b=cainiao", "cancel:a,b", (7,), cf=True)
E("{a}\n{b}\n{c}\n{d}\n后面两个好像得改个地址 改到 芜湖市镜湖区中山路1号 黎明 {p} 我再问问 前面两个催一下",
  "a=jd b=jd c=jd d=jd", "change_address:c,d; urge:a,b", (7, 4), cf=True)

# ---------------------------------------------------------------------------------------------------------------
# Category 8: compound requests
# ---------------------------------------------------------------------------------------------------------------
E("{a} 外箱破损 里面的货碎了 要求理赔", "a=jd", "claim:a", (8,))
E("{a} 丢件了 申请赔偿 货值268", "a=sf", "claim:a", (8, 4))
E("{a} 到了压坏了 快递员还态度很差 投诉一下", "a=zto", "damaged:a; complaint:a", (8,))
E("{a} 破损 要赔偿 另外投诉派件员乱扔", "a=yto", "claim:a; complaint:a", (8,))
E("{a} 催一下 顺便帮核一下重量 好像多收了", "a=jt", "urge:a; weight:a", (8,))
E("{a} 拦截 同时投诉揽收员 发错了还不给改", "a=sf", "intercept:a; complaint:a", (8,))
E("{a} 延误五天了 客户要投诉", "a=sto", "delay:a; complaint:a", (8,))
E("{a} 麻烦快点派 客户那边已经投诉到平台了", "a=yunda", "urge:a; complaint:a", (8,))
E("{a} 虚假签收 客户没拿到 还要投诉快递员", "a=zto", "verify_delivery:a; complaint:a", (8,))
E("{a} 少件 客户只收到一箱 另一箱没了 登记丢件 要求赔偿", "a=deppon", "claim:a", (8,))
E("{a}破损理赔 {b}丢件理赔", "a=jd b=sf", "claim:a,b", (8,))
E("{a} 重量不对 帮核一下 另外这单三天没动了", "a=yto", "weight:a; delay:a", (8,))
E("{a} 一个礼拜没动 估计丢了 直接走理赔吧", "a=jt", "claim:a", (8,))
E("{a} 拦截退回 另外{b}催一下", "a=yto b=jt", "intercept:a; urge:b", (8,))
E("{a} 碎了两瓶 客户要赔偿 还说要投诉到总部", "a=zto", "claim:a; complaint:a", (8,))
E("{a} 漏液了 把同批的货都污染了 登记破损 再投诉一下分拣", "a=sto", "damaged:a; complaint:a", (8,))
E("{a} 核重 超重了十几块钱运费 另外投诉一下揽收员", "a=yunda", "weight:a; complaint:a", (8,))
E("{a} 派送员不打电话直接放驿站 投诉 另外这单催一下送上门", "a=jt", "complaint:a; urge:a", (8,))
E("{a} 收到破损了 {b} 收到也破损了 两单都要理赔", "a=sf b=sf", "claim:a,b", (8,))
E("{a} 改址到 无锡市梁溪区中山路288号 倪红 {p} 另外核实下重量", "a=zto",
  "change_address:a; weight:a", (8, 4))
E("{a} 核实签收 同时帮查一下重量", "a=jd", "verify_delivery:a; weight:a", (8,))
E("{a} 丢件 登记一下 另外投诉网点一直不回消息", "a=yto", "lost:a; complaint:a", (8,))
E("{a} 东西烂了 水果全烂 客户要求全额赔付", "a=sf", "claim:a", (8,))
E("{a} 拦截 {b} 撤单 {c} 改址 {c}改到 绍兴市越城区解放北路99号 施琪 {p}", "a=yto b=yto c=yto",
  "intercept:a; cancel:b; change_address:c", (8, 7, 4))
E("{a} 外包装破了 登记破损 同时催一下派送", "a=jt", "damaged:a; urge:a", (8,))
E("{a} 快递员态度差 投诉 另外件也压坏了 要赔偿", "a=zto", "complaint:a; claim:a", (8,))
E("{a} 延误 登记一下 {b} 丢件 登记一下", "a=sto b=sto", "delay:a; lost:b", (8,))
E("{a} 超重 帮核重 {b} 显示签收没收到 帮核实", "a=yto b=jt", "weight:a; verify_delivery:b", (8,))
E("{a} 客户收到是空箱 要理赔 顺便投诉", "a=deppon", "claim:a; complaint:a", (8,))
E("{a} 催件加急 并且投诉 已经第三次催了", "a=yunda", "urge:a; complaint:a", (8,))
E("{a} 丢件要赔偿 {b} 破损要赔偿 {c} 延误要投诉", "a=jd b=sf c=yto",
  "claim:a,b; delay:c; complaint:c", (8, 7))
E("{a} 别人代签了 客户没收到 核实签收 并投诉快递员未经同意放驿站", "a=jt",
  "verify_delivery:a; complaint:a", (8,))
E("{a} 破损 还超重 两个问题一起处理下", "a=jd", "damaged:a; weight:a", (8,))
E("{a} 理赔一直不给处理 申请仲裁 另外投诉网点", "a=sf", "arbitration:a; complaint:a", (8,))
E("{a} 少了两件货 要赔偿 {b} 正常 催一下", "a=zto b=zto", "claim:a; urge:b", (8,))
E("{a} 到了全碎了 照片已发 申请理赔", "a=yto", "claim:a", (8,))
E("{a} 客户说箱子被雨泡了 货都湿了 登记破损 要投诉", "a=jt", "damaged:a; complaint:a", (8,))
E("{a} 改地址 改到 惠州市惠城区麦地路68号 {p} 另外催一下", "a=sto", "change_address:a; urge:a", (8, 4))
E("{a} 撤单 另外{b} 核重", "a=cainiao b=cainiao", "cancel:a; weight:b", (8,))
E("{a} 五天没更新了 登记延误 同时催一下", "a=zto", "delay:a; urge:a", (8,))
E("{a} 丢了 {b} 也丢了 两个都要赔 还要投诉", "a=ems b=ems", "claim:a,b; complaint:a,b", (8,))
E("{a} 破损 客户拒收了 退回 并登记破损", "a=jd", "intercept:a; damaged:a", (8,))
E("{a} 查一下到哪了 另外这个件超重了 核重", "a=yto", "weight:a", (8,))
E("{a} 派件员私自签收 客户没收到 核实 并投诉", "a=zto", "verify_delivery:a; complaint:a", (8,))
E("{a} 件丢了 理赔 {b} 件压坏了 理赔 {c} 件慢 催", "a=jd b=sf c=yto", "claim:a,b; urge:c", (8, 7))
E("{a} 赔偿 + 投诉 破损严重", "a=deppon", "claim:a; complaint:a", (8,))
E("{a} 延误三天 客诉了", "a=jt", "delay:a; complaint:a", (8,))
E("{a} 催件 {a} 核重 {a} 投诉", "a=sto", "urge:a; weight:a; complaint:a", (8,))
E("{a} 加急派送 同时{b}拦截", "a=zto b=yto", "urge:a; intercept:b", (8,))
E("{a} 外箱变形 里面的玻璃杯碎了 登记破损 并申请赔付", "a=jd", "claim:a", (8,))
E("{a} 遗失 登记一下 另外投诉一下 问了三天都没人回", "a=ems_s10", "lost:a; complaint:a", (8,))
E("{a} 破损了要理赔 {b} 虚假签收要核实", "a=sf b=yto", "claim:a; verify_delivery:b", (8,))
E("{a} 客户要改地址 改到 南宁市青秀区民族大道100号 {p} 再加急派送", "a=jt",
  "change_address:a; urge:a", (8, 4))
E("{a} 重量不对 核重 {b} 重量也不对 核重 {c} 漏液 登记", "a=zto b=zto c=zto",
  "weight:a,b; damaged:c", (8, 7))
E("{a} 拦截 还要投诉 揽收的时候就说了不要寄", "a=yunda", "intercept:a; complaint:a", (8,))
E("{a} 被压扁了 客户投诉到我们这了 帮登记破损和投诉", "a=cainiao", "damaged:a; complaint:a", (8,))
E("{a} 少件 要赔偿 还有{b}好几天没动了", "a=jd b=jd", "claim:a; delay:b", (8,))
E("{a} 两件货只到了一件 另一件找不到了 赔偿", "a=sf", "claim:a", (8,))
E("{a} 赔付还没到账 申请仲裁 另外{b}破损 登记一下", "a=yto b=yto", "arbitration:a; damaged:b", (8,))
E("{a} 这个包裹损坏了 客户要求赔偿并投诉快递员暴力派件", "a=jt", "claim:a; complaint:a", (8,))
E("{a} 核重 {b} 催件 {c} 延误 {d} 投诉", "a=zto b=zto c=zto d=zto",
  "weight:a; urge:b; delay:c; complaint:d", (8, 7))
E("{a} 漏液 赔偿", "a=yunda", "claim:a", (8,))
E("{a} 到哪了 客户急 催一下", "a=jd", "urge:a", (8,))
E("{a} 取消寄件 不寄了 另外投诉一下 揽收员约了三次都没来", "a=cainiao", "cancel:a; complaint:a", (8,))
E("{a} {b} 都是虚假签收 都帮核实 两单都要投诉", "a=zto b=zto",
  "verify_delivery:a,b; complaint:a,b", (8,))
E("{a} 破了 里面东西没坏 登记一下破损就行 不用赔", "a=sf", "damaged:a", (8, 1))
E("{a} 丢了 先不投诉 先理赔", "a=yto", "claim:a", (8, 1))
E("{a} 投诉 + 仲裁 理赔给的太少了", "a=jd", "complaint:a; arbitration:a", (8,))
E("{a} 丢了 要赔偿 哦不对 是破损 也要赔偿", "a=deppon", "claim:a", (8, 2))
E("{a} 破损 登记 {b} 也是 破损 登记", "a=sf b=sf", "damaged:a,b", (8,))
E("{a} 重量不对 要核重 另外催一下 客户急用", "a=yto", "weight:a; urge:a", (8,))
E("{a} 外箱破了 里面少了一件 登记破损和丢件", "a=jt", "damaged:a; lost:a", (8,))
E("{a} 客户投诉了 说快递员没送上门也没打电话 显示签收 核实一下", "a=jt",
  "complaint:a; verify_delivery:a", (8,))
E("{a} 改址 {b} 改址 地址都改成 珠海市香洲区凤凰北路8号 {p} 另外{a}要核重", "a=zto b=zto",
  "change_address:a,b; weight:a", (8, 7, 4))
E("{a} 催一下 {b} 查下到哪了 {c} 核重", "a=yto b=jt c=sf", "urge:a; track:b; weight:c", (8, 7))
E("{a} 丢件赔偿 并申请仲裁 上次就是这样拖着", "a=sf", "claim:a; arbitration:a", (8,))
E("{a} 拦截 拦截后帮核一下重量", "a=jt", "intercept:a; weight:a", (8,))
E("{a} 延误+破损 都登记", "a=yto", "delay:a; damaged:a", (8,))
E("{a} 三天没动 登记延误 {b} 显示签收 客户没收到 核实", "a=sto b=sto",
  "delay:a; verify_delivery:b", (8,))
E("{a} 破损 投诉", "a=deppon", "damaged:a; complaint:a", (8,))
E("{a} 遗失 赔偿 投诉", "a=ems", "claim:a; complaint:a", (8,))
E("{a} 漏液 {b} 压坏 两单都要赔偿", "a=yunda b=yunda", "claim:a,b", (8,))
E("{a} 改派到 扬州市广陵区文昌中路100号 {p} 顺便核下重量 感觉称多了", "a=yto",
  "change_address:a; weight:a", (8, 4))
E("{a} 催件 + 核实重量 仓库说只有3公斤", "a=deppon", "urge:a; weight:a", (8,))
E("{a} 丢了 客户很生气 要投诉你们 也要赔偿", "a=jt", "complaint:a; claim:a", (8,))
E("{a} 核实签收 {b} 登记延误 {c} 催件", "a=sf b=sf c=sf",
  "verify_delivery:a; delay:b; urge:c", (8, 7))
E("{a} 一直显示派送中 三天了 登记延误 顺便投诉派件员", "a=zto", "delay:a; complaint:a", (8,))
E("{a} 破损 要赔偿\n{b} 丢件 要赔偿\n{c} 破损 只登记不赔", "a=jd b=jd c=jd",
  "claim:a,b; damaged:c", (8, 7))
E("{a} 压坏了 快递员还不承认 投诉 并且要理赔", "a=cainiao", "complaint:a; claim:a", (8,))
E("{a} 撤单 {b} 拦截 {b} 还要投诉", "a=sto b=sto", "cancel:a; intercept:b; complaint:b", (8,))
E("{a} 里面的东西少了 申请理赔 同时仲裁 上次这种情况拖了一个月", "a=zto", "claim:a; arbitration:a", (8,))
E("{a} 快递员把件扔在门口 湿透了 破损登记一下 投诉快递员", "a=yunda", "damaged:a; complaint:a", (8,))
E("{a} 签收了但不是本人签的 核实签收 {b} 查一下重量", "a=jt b=jt",
  "verify_delivery:a; weight:b", (8,))

# ---------------------------------------------------------------------------------------------------------------
# Category 1: negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
E("{a} 不用拦了", "a=yto", "", (1,), nh=True)
E("{a} 拦截 {b} 不用拦", "a=zto b=zto", "intercept:a", (1,))
E("{a} 不是不拦 是今天必须拦下来", "a=jt", "intercept:a", (1,))
E("{a} 不要退回 改派到 哈尔滨市南岗区西大直街92号 谷雨 {p}", "a=sf", "change_address:a", (1, 4))
E("{a} 昨天说的改址不用改了", "a=sf", "", (1,), nh=True)
E("不用理赔了 {a} 客户说找到了", "a=jd", "", (1,), nh=True)
E("{a} 拦截\n{a} 算了 不拦了 客户说还要", "a=yto", "", (1,))
E("{a} 先别撤单 改成拦截", "a=zto", "intercept:a", (1,))
E("{a} 不是要催件 是要拦截", "a=deppon", "intercept:a", (1,))
E("{a} 不用催了 已经到了 {b} 还没到 催一下", "a=jt b=jt", "urge:b", (1,), nh=True)
E("{a} 客户又要了 别拦了", "a=yunda", "", (1,), nh=True)
E("{a} 不要撤单 不要拦截 只要改地址 改到 兰州市城关区张掖路87号 {p}", "a=sto", "change_address:a", (1, 4))
E("{a} 别退回 也别改址 就正常派送 催一下", "a=zto", "urge:a", (1,))
E("{a} 不是不催 是催了没用 帮我再催一下", "a=yunda", "urge:a", (1,))
E("{a} 不需要赔偿 登记一下破损就行", "a=jd", "damaged:a", (1, 8))
E("{a} 拦截取消 不拦了", "a=jt", "", (1,), nh=True)
E("{a} 还没揽收 不用拦截 直接撤单", "a=cainiao", "cancel:a", (1,))
E("{a} 不用改址了 还是原地址派送 催一下就行", "a=yto", "urge:a", (1, 2))
E("{a} 没丢 找到了 不用登记丢件了", "a=sf", "", (1,), nh=True)
E("{a} 催件\n{b} 不用催 这单客户自提", "a=jd b=jd", "urge:a", (1,))
E("{a} 不是不要了 是要改地址 改到 潍坊市奎文区东风东街1号 {p}", "a=zto", "change_address:a", (1, 4))
E("{a} 别派了 不要改址 直接退回", "a=jt", "intercept:a", (1,))

# ---------------------------------------------------------------------------------------------------------------
# Category 2: corrections
# ---------------------------------------------------------------------------------------------------------------
E("{a} 撤单 等下 看了下已经揽收了 那就拦截", "a=zto", "intercept:a", (2,))
E("{a} 拦截\n更正 单号打错了 是{b}", "a=yto b=yto", "intercept:b", (2,))
E("{a} 改址 取消 还是拦截退回", "a=jt", "intercept:a", (2,))
E("{a} 催件 不对不对 是拦截", "a=sf", "intercept:a", (2,))
E("{a} 核重 发错了 是{b} 核重", "a=zto b=zto", "weight:b", (2,))
E("{a} 拦截 哦不 是改址 改到 呼和浩特市新城区中山东路9号 {p}", "a=jd", "change_address:a", (2, 4))
E("{a} 破损 不好意思 看错了 是{b}破损", "a=yunda b=yunda", "damaged:b", (2,))
E("{a} 拦截 等等 客户说不退了 改成催件", "a=yto", "urge:a", (2,))
E("{a} 丢件 更正一下 不是丢了 是签收了没收到 帮核实", "a=jt", "verify_delivery:a", (2,))
E("{a} 撤单\n撤单单号更正为 {b}", "a=cainiao b=cainiao", "cancel:b", (2,))
E("改址 {a} 新地址 柳州市城中区文昌路6号 {p}\n不好意思地址写错了 是柳州市鱼峰区文昌路6号", "a=sf",
  "change_address:a", (2, 4))
E("{a} 催件 → 改为拦截", "a=zto", "intercept:a", (2,))
E("{a} 查件 哦不是 这单要核重", "a=deppon", "weight:a", (2,))
E("{a} 改派到 昆山市玉山镇前进西路1号 {p}\n算了还是拦截退回吧 客户不要了", "a=yto", "intercept:a", (2, 4))
E("{a} 延误 不对 单号是{b}", "a=sto b=sto", "delay:b", (2,))
E("{a} 拦截退回 —— 更正：退回改为改址 地址 镇江市京口区中山东路301号 {p}", "a=jt", "change_address:a", (2, 4))
E("{a:trunc}\n上面单号少打了一位 正确的是 {a} 拦截", "a=yto", "intercept:a", (2,))
E("{a} 拦截 不好意思说错了 这单是要催件", "a=jd", "urge:a", (2,))
E("{a} 撤单 不对 不是撤单是拦截 也不对 是改地址 改到 桂林市秀峰区中山中路22号 {p}", "a=yunda",
  "change_address:a", (2, 4))
E("{a} 核实签收 搞错了 是{b} 这单签收没收到", "a=sf b=sf", "verify_delivery:b", (2,))
E("{a} 退回 哦不对 看错行了 是{b}退回 {a}是催件", "a=zto b=zto", "intercept:b; urge:a", (2,))
E("{a} 查重量\n刚才那条作废 是{b}查重量", "a=jt b=jt", "weight:b", (2,))

# ---------------------------------------------------------------------------------------------------------------
# Category 4: numbers that are not waybills
# ---------------------------------------------------------------------------------------------------------------
E("{a} 改址 收件人电话 {p:note} 地址 苏州市姑苏区干将西路1号 赵倩", "a=zto", "change_address:a", (4,))
E("订单号{o} 快递单号{a} 拦截", "a=yto", "intercept:a", (4,))
E("{a} 催件 客户电话{p} 急用", "a=jt", "urge:a", (4,))
E("{p:note} 这个手机号的客户 单号{a} 帮查一下", "a=sf", "track:a", (4,))
E("{a} 电话改为 {p}", "a=zto", "change_address:a", (4,), nh=True)
E("{a} 收件人改为 王五", "a=jt", "change_address:a", (0,), nh=True)
E("{a} 货值3980元 丢了 要赔", "a=jd", "claim:a", (4, 8))
E("{a} 11月3号发的 到今天11月9号还没到 延误了", "a=yunda", "delay:a", (4,))
E("拼多多订单 {o} 客户申请退款了 快递{a} 拦截退回", "a=zto", "intercept:a", (4,))
E("{a} 运费收了23.5 实际才2公斤 核重", "a=sto", "weight:a", (4,))
E("{a} 改地址 {p:note} 刘女士 宁夏银川市兴庆区解放西街2号", "a=sf", "change_address:a", (4,))
E("{a} 客户{p:note}说没收到 显示已签收 核实", "a=jt", "verify_delivery:a", (4,))
E("{a} 催一下 收件人电话 {p:note} 打不通的话发短信", "a=yto", "urge:a", (4,))
E("订单{o}\n运单{a}\n金额 ¥199.00\n客户要求退回", "a=jd", "intercept:a", (4,))
E("{a} 2024年12月1日揽收 12月5日还在原地 不动了", "a=zto", "delay:a", (4,))
E("{a} 改址 新收件人 孙红 {p:note} 地址不变", "a=deppon", "change_address:a", (4,), nh=True)
E("客户微信同手机号{p} 单号{a} 改派到 上饶市信州区五三大道1号", "a=yunda", "change_address:a", (4,))
E("{a} 代收货款 560元 客户拒收 退回", "a=ems", "intercept:a", (4,))
E("订单编号：{o}\n物流单号：{a}\n问题：超重 请核实重量", "a=deppon", "weight:a", (4,))
E("{a} 客户手机 {p:note} 地址改为 衢州市柯城区新桥街55号", "a=cainiao", "change_address:a", (4,))
E("{o} 这个是订单号 快递单号是 {a} 查一下到哪了", "a=jt", "track:a", (4,))
E("尾号5678 的那单拦截", "", "", (4,), grp="zto", nh=True)
E("订单号{o} 拦截", "", "", (4,), nh=True)
E("{p} 这个电话的客户件拦截一下", "", "", (4,), nh=True)
E("{a} 客户是{p:note} 明早9点前送到 加急", "a=sto", "urge:a", (4,))
E("{a} 重量显示12.6kg 实际5kg 核重", "a=jd", "weight:a", (4,))
E("退款订单{o} 对应快递{a} 已经签收了但客户说没收到 核实一下", "a=yto", "verify_delivery:a", (4,))

# ---------------------------------------------------------------------------------------------------------------
# Category 6: numbers broken by the chat client
# ---------------------------------------------------------------------------------------------------------------
E("{a:split} 拦截", "a=yto", "intercept:a", (6,), cf=True)
E("{a:s10sp} 催件", "a=ems_s10", "urge:a", (6,))
E("{a:sp4} 拦截", "a=zto", "intercept:a", (6,))
E("改址 {a:split} 新地址 绍兴市柯桥区笛扬路1号 {p}", "a=jt", "change_address:a", (6, 4), cf=True)
E("{a:split} 催一下", "a=sf", "urge:a", (6,))
E("{a:dash} 撤单", "a=cainiao", "cancel:a", (6,))
E("撤单 {a:split}", "a=sto", "cancel:a", (6,), cf=True)
E("{a:s10sp} 拦截退回", "a=ems_s10", "intercept:a", (6,))
E("{a:split} 破损 登记一下", "a=jd", "damaged:a", (6,))
E("{a:sp4} 查重量", "a=yunda", "weight:a", (6,))
E("{a:fw} 拦截", "a=zto", "intercept:a", (6,))
E("{a:split} 核实签收 客户没收到", "a=yto", "verify_delivery:a", (6,))
E("拦截\n{a:split}", "a=deppon", "intercept:a", (6,), cf=True)
E("{a:s10sp} 改址 改到 保定市竞秀区朝阳北大街1号 {p}", "a=ems_s10", "change_address:a", (6, 4))
E("{a:dash} 催件", "a=sf", "urge:a", (6,))
E("{a:split} 丢件 要理赔", "a=jt", "claim:a", (6, 8))
E("{a:split} 拦截 {b} 催件", "a=yto b=jt", "intercept:a; urge:b", (6,), cf=True)
E("{a:sp3} 催件", "a=zto", "urge:a", (6,))
E("{a:split} 改地址 改到 湖州市吴兴区红旗路1号 {p} 麻烦了", "a=jd", "change_address:a", (6, 4), cf=True)
E("{a:sp4} 三天没动了", "a=sto", "delay:a", (6,))
E("{a:s10sp} 到哪了", "a=ems_s10", "track:a", (6,))
E("退回 {a:split}", "a=zto", "intercept:a", (6,), cf=True)

# ---------------------------------------------------------------------------------------------------------------
# Category 3 and 5: quotes, other ways of writing commands
# ---------------------------------------------------------------------------------------------------------------
E("「张三：{a} 拦截」\n- - - - - - - - - - - - - - -\n这个不拦了 改催件", "a=yto", "urge:a", (3, 1))
E("引用 客服机器人：@仓库小王 {a} 拦截已提交，结果会第一时间通知您\n{b} 这个也拦截一下", "a=zto b=zto",
  "intercept:b", (3,))
E("回复 @仓库小王：{a} {b} {c} 这三单明天要拦截\n第一单现在就拦 其他的等通知", "a=jt b=jt c=jt",
  "intercept:a", (3, 7))
E("「李姐：{a}\n{b}\n{c}」\n- - - - - - - - - - - - - - -\n这几单都催一下", "a=sf b=jd c=yto",
  "urge:a,b,c", (3, 7))
E("引用 客服机器人：@王仓管 {a} 已签收，无法拦截\n那帮我核实一下签收 客户说没收到", "a=yto",
  "verify_delivery:a", (3,))
E("“{a} 拦截 {b} 拦截”\n上面这条 第二个不用拦了 改成改址 改到 金华市婺城区八一北街1号 {p}", "a=jt b=jt",
  "change_address:b", (3, 7, 1, 4))
E("引用 客服机器人：@仓库 {a} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {a}", "a=sto",
  "cancel:a", (3,))
E("{a} lanjie", "a=yto", "intercept:a", (5,))
E("{a} cuijian pls", "a=zto", "urge:a", (5,))
E("{a} {b} intercept, {c} urgent", "a=jt b=jt c=sf", "intercept:a,b; urge:c", (5, 7))
E("{a:lower} gaizhi 改到 杭州市上城区清泰街1号 {p}", "a=jd", "change_address:a", (5,))
E("{a} chedan", "a=cainiao", "cancel:a", (5,))
E("{a} where is it", "a=deppon", "track:a", (5,))
E("{a} return to sender please\n{b} hurry", "a=yto b=sf", "intercept:a; urge:b", (5, 7))

# ---------------------------------------------------------------------------------------------------------------
# Category 0: ordinary requests
# ---------------------------------------------------------------------------------------------------------------
E("{a} 拦截", "a=yto", "intercept:a")
E("拦截 {a}", "a=zto", "intercept:a")
E("{a} 催一下 客户在问了", "a=jt", "urge:a")
E("{a} 撤单 不发了", "a=cainiao", "cancel:a")
E("{a} 改址 新地址：杭州市滨江区江南大道3588号 何平 {p}", "a=sf", "change_address:a")
E("{a} 到哪了", "a=yunda", "track:a")
E("{a}", "a=sto", "track:a")
E("{a} 显示签收了 客户说没收到", "a=jd", "verify_delivery:a")
E("{a} 外箱破了", "a=deppon", "damaged:a")
E("{a} 丢件了", "a=yto", "lost:a")
E("{a} 重量不对 帮核一下", "a=zto", "weight:a")
E("{a} 三天没动了", "a=jt", "delay:a")
E("{a} 申请理赔", "a=sf", "claim:a")
E("{a} 投诉派件员 不送上门", "a=zto", "complaint:a")
E("{a} 申请仲裁", "a=jd", "arbitration:a")
E("麻烦 {a} 加急", "a=ems_s10", "urge:a")
E("{a} 截件", "a=ems", "intercept:a")
E("{a} 作废", "a=sto", "cancel:a")
E("{a} 转寄到 佛山市南海区桂城街道海八路1号 {p}", "a=yunda", "change_address:a")
E("{a} 什么时候能到", "a=deppon", "track:a")
E("{a} 核实签收", "a=yto", "verify_delivery:a")
E("{a} 碎了", "a=jt", "damaged:a")
E("{a} 件没了 哪都找不着", "a=sto", "lost:a")
E("{a} 超重了吧 称一下", "a=sf", "weight:a")
E("{a} 好几天没更新了", "a=cainiao", "delay:a")
E("{a} 要赔钱 东西坏了", "a=zto", "claim:a")
E("{a} 客诉 快递员态度太差", "a=yto", "complaint:a")
E("{a} 仲裁 这个理赔结果不认", "a=deppon", "arbitration:a")
E("{a} 赔偿金额不对 申请仲裁", "a=jt", "arbitration:a")
E("{a} {b} 拦截", "a=jt b=jt", "intercept:a,b")
E("{a} {b} {c} 催件", "a=zto b=zto c=zto", "urge:a,b,c")
E("能拦截吗 {a}", "a=yto", "intercept:a")
E("可以帮忙改个地址吗 {a} 改到 泉州市丰泽区田安路1号 {p}", "a=sf", "change_address:a")
E("{a} 能不能催一下", "a=jd", "urge:a")
E("{a} 退件", "a=yunda", "intercept:a")
E("{a} 取消寄件", "a=cainiao", "cancel:a")
E("{a} 这个件在哪呢", "a=jt", "track:a")
E("{a} 咋还不到 催催", "a=sto", "urge:a")
E("{a} 漏液了", "a=yto", "damaged:a")
E("{a} 遗失 登记", "a=ems", "lost:a")
E("{a} 查重量", "a=jt", "weight:a")
E("{a} 不动了", "a=yunda", "delay:a")
E("{a} 赔付", "a=ems_s10", "claim:a")
E("{a} 投诉", "a=sf", "complaint:a")
E("{a} 帮忙拦回来 谢谢", "a=deppon", "intercept:a")
E("{a} 撤销订单", "a=zto", "cancel:a")
E("{a} 尽快派送", "a=cainiao", "urge:a")
E("{a} 改派 新地址 台州市椒江区市府大道1号 {p}", "a=jd", "change_address:a")
E("{a} 虚假签收", "a=zto", "verify_delivery:a")
E("{a} 压坏了", "a=sto", "damaged:a")
E("{a} 查件", "a=yto", "track:a")
E("@客服 {a} 别派了 退回来", "a=jt", "intercept:a")
E("{a} 打延误", "a=sf", "delay:a")
E("{a} 要不拦截吧", "a=zto", "intercept:a", cf=True)
E("{a} 好像得改个地址 改到 嘉兴市秀洲区中山西路1号 {p} 我再问问客户", "a=jt", "change_address:a", cf=True)
E("{a} 先拦着吧？我再跟客户确认一下", "a=sf", "intercept:a", cf=True)
E("{a} 如果还没签收就拦截", "a=yto", "intercept:a")

# ---------------------------------------------------------------------------------------------------------------
# No waybill
# ---------------------------------------------------------------------------------------------------------------
E("好的 收到 谢谢")
E("明天几点来收件")
E("今天下午仓库盘点 五点以后再来揽收")
E("拦截一下", nh=True)
E("YT12345 拦截", nh=True)
E("辛苦了 今天的单都处理完了吗")
E("下周开始每天多发两百单 揽收车能不能早点来")
E("这几单都拦截一下", cats=(7,), nh=True)
E("异常件表格我晚点发")
E("上次那个理赔到账了 谢谢")
E("今天的面单打印机坏了 晚点发货")
E("收到 已处理")
E("明天双十一预售 发货量大 麻烦多派两个人")
E("改地址 新地址 杭州市西湖区文三路90号 {p}", cats=(4,), nh=True)
E("催一下 客户等急了", nh=True)
E("第三单拦截", cats=(7,), nh=True)
E("👍")
E("今天的运费账单发一下")
E("@客服 在吗")
E("以上几单麻烦今天处理完 谢谢", cats=(7,), nh=True)


# ---------------------------------------------------------------------------------------------------------------
# Filling in numbers and writing the file
# ---------------------------------------------------------------------------------------------------------------
PH = re.compile(r"\{(\w+)(?::(\w+))?\}")
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _groups(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


def fmt_number(rng: random.Random, num: str, how: str | None) -> str:
    if how is None:
        return num
    head = re.match(r"[A-Z]*", num).group(0)
    body = num[len(head):]
    if how == "split":
        cut = rng.randint(5, len(num) - 4)
        return num[:cut] + "\n" + num[cut:]
    if how in ("sp4", "sp3", "dash"):
        if head.endswith("CN") or num.endswith("CN"):
            raise ValueError("use s10sp for S10 numbers")
        parts = _groups(body, 3 if how == "sp3" else 4)
        sep = "-" if how == "dash" else " "
        return sep.join(([head] if head else []) + parts)
    if how == "s10sp":
        return " ".join([num[:2], num[2:5], num[5:8], num[8:11], num[11:]])
    if how == "fw":
        return num.translate(FW)
    if how == "lower":
        return num.lower()
    if how == "trunc":
        return num[:-1]
    raise ValueError(how)


def order_number(rng: random.Random) -> str:
    return rng.choice("23456") + "".join(rng.choice("0123456789") for _ in range(18))


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[\s\-]", "", s)


def build() -> list[dict]:
    rng = random.Random(20240917)
    records = []
    seen_texts: set[str] = set()
    template_uses: Counter = Counter()
    for i, e in enumerate(ENTRIES, 1):
        template_uses[e["text"]] += 1
        carriers = dict(kv.split("=") for kv in e["nums"].split()) if e["nums"] else {}
        values: dict[str, str] = {}
        for name, car in carriers.items():
            values[name] = wn.waybill(rng, car)
        fill: dict[str, str] = {}

        def sub(m: re.Match) -> str:
            name, how = m.group(1), m.group(2)
            if name in carriers:
                return fmt_number(rng, values[name], how)
            if name in ("p", "q"):
                if name not in fill:
                    fill[name] = wn.phone(rng)
                return wn.phone_notation(rng, fill[name]) if how == "note" else fill[name]
            if name.startswith("o"):
                if name not in fill:
                    fill[name] = order_number(rng)
                return fill[name]
            raise KeyError(f"entry {i}: unknown placeholder {name}")

        text = PH.sub(sub, e["text"])
        used = {m.group(1) for m in PH.finditer(e["text"])}
        assert set(carriers) <= used, (i, e["text"], "unused number")

        expected = []
        split_names = {m.group(1) for m in PH.finditer(e["text"]) if m.group(2) == "split"}
        for part in filter(None, (p.strip() for p in e["exp"].split(";"))):
            intent, names = part.split(":")
            intent = intent.strip()
            assert intent in INTENTS, (i, intent)
            wbs = [values[n.strip()] for n in names.split(",")]
            expected.append({"intent": intent, "waybills": wbs})

        # group carrier
        grp = e["grp"]
        digit_carriers = {("ems" if c == "ems_s10" else c) for c in carriers.values() if c in ALL_DIGIT}
        if grp == "auto":
            all_c = {("ems" if c == "ems_s10" else c) for c in carriers.values()}
            if len(digit_carriers) > 1:
                raise ValueError(f"entry {i}: several all-digit carriers, give grp")
            if digit_carriers:
                grp = digit_carriers.pop()
            elif len(all_c) == 1:
                grp = all_c.pop()
            else:
                grp = None
        else:
            assert grp is None or grp in digit_carriers or not digit_carriers, (i, grp)
        assert grp is None or grp in GROUP_CARRIERS, (i, grp)
        if any(v.isdigit() for v in values.values()):
            assert grp is not None, (i, "all-digit number without carrier")

        # validation
        nt = norm(text)
        pairs = set()
        for g in expected:
            for w in g["waybills"]:
                assert w == w.upper() and w in nt, (i, w, text)
                assert (g["intent"], w) not in pairs, (i, "duplicate pair", g["intent"], w)
                pairs.add((g["intent"], w))
        per_number: dict[str, set] = {}
        for intent, w in pairs:
            per_number.setdefault(w, set()).add(intent)
        for w, its in per_number.items():
            assert not ("track" in its and len(its) > 1), (i, "track beside another intent", w)
        assert not (e["nh"] and e["cf"]), (i, "needs_human and confirm")
        if e["cf"]:
            assert any(g["intent"] in ICC for g in expected), (i, "confirm without intercept/cancel/change")
        icc_split = any(intent in ICC and values[n] == w
                        for intent, w in pairs for n in split_names)
        if icc_split:
            assert e["cf"], (i, "split number with intercept/cancel/change_address must confirm")
        assert text not in seen_texts, (i, "duplicate text")
        seen_texts.add(text)
        assert all(c in range(9) for c in e["cats"]), i
        records.append({
            "id": f"g-{i:04d}", "text": text, "carrier": grp, "expected": expected,
            "needs_human": e["nh"], "confirm": e["cf"], "categories": sorted(set(e["cats"])), "style": "g",
        })
    over = [t for t, n in template_uses.items() if n > 2]
    assert not over, over
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(c for r in records for c in r["categories"])
    intents = Counter(g["intent"] for r in records for g in r["expected"] for _ in g["waybills"])
    print(f"{len(records)} messages -> {OUT}")
    print("categories:", dict(sorted(cats.items())))
    print("intent pairs:", dict(intents.most_common()))
    print("messages per intent:", dict(Counter(i for r in records for i in {g['intent'] for g in r['expected']})
                                       .most_common()))
    print("needs_human:", sum(r["needs_human"] for r in records), "confirm:", sum(r["confirm"] for r in records))
    print("empty expected:", sum(1 for r in records if not r["expected"]),
          "no waybill placeholder:", sum(1 for e in ENTRIES if not e["nums"]),
          "3-8 numbers:", sum(1 for r in records if 3 <= len({w for g in r["expected"] for w in g["waybills"]}) <= 8))
    print("carriers:", dict(Counter(r["carrier"] for r in records).most_common()))


if __name__ == "__main__":
    main()
