"""Writer m: the formal customer-service desk of a large brand / a company's logistics department.

Every message below is written by hand as a template. Only waybill numbers ({A} … {H}), phones ({P}, {Q};
{PR} is a phone written plainly) and platform order numbers ({O}, {O2}) are filled in, from a seeded random, so
`python tests/data/writers/m_source.py` (run from the repository root) always writes the same m.jsonl.

Placeholders: {A} canonical number; {A_s} spaced on one line ("YT 7514 2369 8541 2", "EJ 302 993 041 CN");
{A_d} dashed on one line; {A_n} split over two lines. A waybill spec "~A" makes a number that differs from A in
one digit (a mistyped number corrected in the message). Labels follow tests/data/LABELLING.md.
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

OUT = HERE / "m.jsonl"
SEED = 20240613

INTENTS = {"intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight",
           "track", "delay", "claim", "complaint", "arbitration"}
GROUPS = {"sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao", None}

RECORDS: list[dict] = []


def R(text, c, exp="", nh=False, cf=False, cats=(0,), w=None):
    """One hand-written message: text template, group carrier, expected ("intent:A,B;intent:C"), flags."""
    assert c in GROUPS, c
    RECORDS.append({"text": text, "c": c, "exp": exp, "nh": nh, "cf": cf, "cats": list(cats), "w": w})


# ---------------------------------------------------------------------------------------------------------------
# 0. Ordinary formal requests
# ---------------------------------------------------------------------------------------------------------------
R("您好，运单号：{A}，收件人拒收，烦请予以拦截退回，谢谢。", "yto", "intercept:A")
R("您好，烦请协助核实以下运单的物流进度：{A}。客户来电询问预计送达时间，谢谢。", "zto", "track:A")
R("您好，运单号{A}已超出承诺时效两日，烦请尽快安排派送，谢谢配合。", "sto", "urge:A")
R("您好，{A}该单客户已申请退款，快递员尚未揽收，烦请予以撤单。", "yunda", "cancel:A")
R("运单号：{A}\n处理方式：拦截退回\n原因：客户取消订单\n请予以办理，谢谢。", "jt", "intercept:A")
R("运单号：{A}\n处理方式：改址\n新地址：浙江省杭州市西湖区文三路478号华星时代广场A座1203室\n收件人：陈女士\n联系电话：{P}\n烦请协助办理。",
  "sf", "change_address:A", cats=(0, 4))
R("您好，运单{A}物流信息已连续四日未更新，特此反馈，烦请登记。", "ems", "delay:A")
R("您好，{A}显示已签收，但收件人反映并未收到货物，烦请核实签收情况。", "jd", "verify_delivery:A")
R("您好，运单号{A}客户反馈外包装严重破损，内件受损，特此报备。", "deppon", "damaged:A")
R("您好，{A}经多方查询仍无下落，疑似遗失，烦请贵司登记丢件并协助查找。", "cainiao", "lost:A")
R("您好，运单号{A}计费重量为8.6kg，我方出库称重为3.2kg，差异较大，烦请核实计费重量。", "zto", "weight:A", cats=(0, 4))
R("您好，{A}派送员服务态度恶劣，对收件人出言不逊，我司正式提出投诉，请予以处理。", "yto", "complaint:A")
R("您好，关于运单{A}的理赔结果，我司不予认可，现申请仲裁，请安排。", "sto", "arbitration:A")
R("您好，以下运单烦请催促派送：\n{A}\n{B}\n{C}\n谢谢。", "yunda", "urge:A,B,C")
R("您好，{A}、{B}两单客户均已取消订单，货物均已发出，烦请拦截退回。", "jt", "intercept:A,B")
R("您好，烦请查询该单当前状态：{A}", "ems", "track:A", w="ems_s10")
R("您好，运单号{A}，烦请告知目前所在网点及预计派送时间。", "sf", "track:A")
R("您好，烦请对运单{A}进行拦截，原因：收件地址填写有误，客户要求退回后重新发货。", "jd", "intercept:A")
R("您好，运单{A}仍未揽收，我司订单已取消，现申请取消寄件。", "deppon", "cancel:A")
R("您好，运单{A}因收件人临时出差，需变更收件地址如下：\n收件人：刘先生\n联系电话：{P}\n地址：江苏省南京市鼓楼区中山北路283号\n烦请协助改址。",
  "zto", "change_address:A", cats=(0, 4))
R("您好，运单号{A}已在派送网点滞留三天，客户催促，烦请加急派送。", "sto", "urge:A")
R("运单号：{A}\n问题类型：签收未收到\n情况说明：系统显示已于昨日签收，收件人确认未收到，亦未授权他人代收。\n请予以核实。",
  "yunda", "verify_delivery:A")
R("您好，{A}收件人反映货物为玻璃制品，到货时已碎裂，特此报破损。", "yto", "damaged:A")
R("运单号：{A}\n问题类型：重量异议\n系统计重：12kg\n实际重量：5.5kg\n请予以核重。", "jt", "weight:A", cats=(0, 4))
R("您好，{A}物流停滞已逾一周，烦请登记延误。", "cainiao", "delay:A")
R("您好，{A}揽收员多次未按约定时间上门，严重影响我司发货，现予以投诉。", "zto", "complaint:A")
R("您好，运单{A}客户已拒收，烦请退回我司仓库。", "ems", "intercept:A")
R("您好，请协助查询以下两单的派送进度：{A}、{B}，谢谢。", None, "track:A,B", w="sf")
R("您好，烦请将{A}截回，该批次货品存在质量问题，暂停发货。", None, "intercept:A", w="jt")
R("您好，烦请帮忙催一下{A}，客户着急使用，谢谢。", None, "urge:A", w="jd")
R("您好，{A}已派送三次未成功，烦请联系收件人尽快派送。", "yto", "urge:A")
R("您好，{A}该件揽收后至今无任何中转记录，疑似丢失，请予以登记。", "sto", "lost:A")
R("烦请撤销运单{A}，该单为重复下单，快递员尚未上门。", "yunda", "cancel:A")
R("您好！运单{A}请于今日内加急派送，收件人明日出国。", "sf", "urge:A")
R("运单号：{A}\n处理方式：催件\n备注：收件地址为医院，请于工作时间内派送。", None, "urge:A", w="deppon")
R("您好，{A}客户反映包裹内少了一件商品，外包装完好，烦请核实少件情况。", "jd", "lost:A")
R("您好，请问{A}目前到哪了？客户已来电询问多次。", "jt", "track:A")
R("运单号：{A}\n处理方式：退件\n退回地址：原寄件地址\n请予以办理。", "cainiao", "intercept:A")
R("您好，烦请核实{A}的签收人，收件人本人并未签收，小区亦无代收点记录。", "ems", "verify_delivery:A")
R("您好，运单{A}外箱受潮变形，内件（电子产品）无法正常使用，特此报备损坏。", "zto", "damaged:A")
R("您好，{A}、{B}、{C}三单均已发出，客户整单退款，请全部拦截退回。", "yto", "intercept:A,B,C")
R("您好，{A}、{B}两单请尽快派送，均为加急订单。", "sto", "urge:A,B")
R("您好，现申请对运单{A}进行改址，新地址：广东省深圳市南山区高新南七道18号，收件人、联系电话不变。", "sf",
  "change_address:A")
R("您好，{A}已于三日前到达目的地网点，至今未派送，请予以催派。", "jt", "urge:A")
R("您好，运单{A}计费重量明显偏高，请安排复称。", "deppon", "weight:A")
R("您好，{A}运输途中延误严重，已影响客户使用，请登记延误并反馈原因。", "yunda", "delay:A")
R("您好，烦请对{A}予以拦截。", "ems", "intercept:A", w="ems_s10")
R("{A} 烦请催件，谢谢。", "cainiao", "urge:A")
R("您好，请将运单{A}取消寄件，订单已作废，快递员尚未揽收。", "jd", "cancel:A")
R("您好，{A}收件人已搬离原址，原地址无人签收，烦请退回。", "zto", "intercept:A")
R("您好，请协助查询运单{A}的最新轨迹，谢谢。", "yunda", "track:A")
R("您好，烦请查询：\n{A}\n{B}", None, "track:A,B", w={"A": "yto", "B": "jt"})
R("运单号：{A}\n处理方式：核实签收\n说明：签收照片显示的门牌号与收件地址不符。", "sto", "verify_delivery:A")
R("您好，{A}内件为易碎陶瓷，收件人开箱发现已压碎，特此登记破损。", None, "damaged:A", w="deppon")
R("您好，{A}于本月3日揽收，至今十日仍无派件信息，应已丢失，请登记丢件。", "jt", "lost:A", cats=(0, 4))

# ---------------------------------------------------------------------------------------------------------------
# Hedged irreversible requests (confirm) and checkable conditions (not hedged)
# ---------------------------------------------------------------------------------------------------------------
R("您好，{A}客户可能要退货，或许需要拦截，烦请先行处理。", "yto", "intercept:A", cf=True)
R("您好，{A}暂定拦截退回，待客户最终确认，如有变化另行通知。", "zto", "intercept:A", cf=True)
R("您好，{A}可能需要改址，新地址：浙江省温州市鹿城区车站大道577号，收件人：潘先生，电话：{P}，请先看看能否办理。",
  "sto", "change_address:A", cf=True, cats=(0, 4))
R("您好，{A}或许需要撤单，客户尚未最终决定，烦请先看看能不能撤单。", "yunda", "cancel:A", cf=True)
R("您好，{A}我方倾向于拦截退回，但尚需与客户进一步确认。", "jt", "intercept:A", cf=True)
R("您好，{A}要不先拦截吧？我方再与客户沟通。", "sf", "intercept:A", cf=True)
R("您好，{A}好像得改个地址，客户说已搬家，新地址：吉林省长春市朝阳区人民大街5088号，收件人：孟女士。", "jd",
  "change_address:A", cf=True)
R("您好，{A}请先拦着，我方再问问客户，视情况决定是否退回。", "deppon", "intercept:A", cf=True)
R("您好，{A}若客户坚持拒收，则请予以退回。", "cainiao", "intercept:A", cf=True)
R("您好，{A}如收件人明日仍联系不上，烦请退回。", "ems", "intercept:A", cf=True)
R("您好，{A}请拦截；{B}或许也需要拦截，烦请先看看能否办理。", "yto", "intercept:A,B", cf=True, cats=(0, 7))
R("您好，{A}客户似乎不想要了，可能要撤单，烦请先行撤单。", "zto", "cancel:A", cf=True)
R("您好，{A}若尚未签收，烦请予以拦截退回；如已签收则无需处理。", "sto", "intercept:A")
R("您好，{A}如已派送则无需处理；如尚未派送，请改址至：广西壮族自治区南宁市青秀区民族大道136号，收件人：农女士，电话：{P}。",
  "yunda", "change_address:A", cats=(0, 4))
R("您好，{A}若仍在途中，烦请拦截；若已到达派送网点，同样请拦截退回。", "jt", "intercept:A")
R("您好，烦请对{A}予以拦截，若拦截失败请及时告知。", None, "intercept:A", w="jd")
R("您好，{A}若尚未出仓，请予以撤单。", "deppon", "cancel:A")

# ---------------------------------------------------------------------------------------------------------------
# 1. Withdrawals of EARLIER requests -> [] and needs_human
# ---------------------------------------------------------------------------------------------------------------
R("您好，撤回此前提交的{A}拦截申请，客户已同意收货，请勿拦截。", "yto", "", nh=True, cats=(1,))
R("您好，关于{A}，此前申请的改址暂不需要，请勿处理，以原地址为准。", "zto", "", nh=True, cats=(1,))
R("{A}：此前的催件申请予以撤回，收件人已自提，无需处理。", "sto", "", nh=True, cats=(1,))
R("您好，运单{A}此前申请的撤单予以撤回，该单继续寄送。", "yunda", "", nh=True, cats=(1,))
R("您好，我司此前就{A}提出的投诉予以撤回，经核实系误会，特此说明。", "jt", "", nh=True, cats=(1,))
R("您好，{A}的理赔申请现予撤回，已与客户协商解决，无需再行理赔。", "deppon", "", nh=True, cats=(1,))
R("特此通知：此前申请拦截的{A}、{B}两单，客户已确认收货，拦截申请一并撤回。", "sf", "", nh=True, cats=(1,))
R("您好，此前提交的拦截申请撤回，暂不需要拦截了。", None, "", nh=True, cats=(1,))
R("您好，{A}不用拦截了，客户已联系我方表示仍需要该货物，谢谢。", "jd", "", nh=True, cats=(1,))
R("您好，{A}此前报备的破损经客户复核为外包装轻微压痕，内件完好，破损登记请予以撤销。", "cainiao", "", nh=True,
  cats=(1,))
R("您好，{A}此前提交的核重申请作废，系我方称重有误。", "zto", "", nh=True, cats=(1,))
R("您好，{A}已找到，此前登记的丢件请予以撤回。", "yto", "", nh=True, cats=(1,))
R("您好，关于{A}的仲裁申请，双方已达成和解，现予以撤回。", "ems", "", nh=True, cats=(1,))
R("{A}：客户改变主意，此前的退回申请取消，继续派送即可。", "jt", "", nh=True, cats=(1,))
R("您好，此前申请拦截的{A}暂不需要拦截了，烦请正常派送。", "sto", "", nh=True, cats=(1,))
R("您好，{A}此前申请的加急无需再处理，收件人已签收。", "zto", "", nh=True, cats=(1,))
R("您好，{A}：撤回今日上午提交的拦截退回申请，以此为准。", "jt", "", nh=True, cats=(1,))
R("您好，关于{A}，我方此前在群内提交的撤单申请作废，请以本条为准，正常揽收。", "yunda", "", nh=True, cats=(1,))
R("您好，{A}的核实签收申请撤回，客户已在邻居处找到包裹。", "ems", "", nh=True, cats=(1,))
R("您好，{A}无需再催派，收件人已取件，谢谢。", "sto", "", nh=True, cats=(1,))
R("您好，昨日提交的{A}改址申请请予以撤回，收件人已返回原地址。", None, "", nh=True, cats=(1,), w="sf")
R("您好，{A}此前申请退回，现客户与我方协商一致同意收货，退回申请予以撤回，请照常派送。", None, "", nh=True,
  cats=(1,), w="jd")
R("您好，此前提交的{A}延误登记请撤销，经核实系我方查询有误，物流正常。", "cainiao", "", nh=True, cats=(1,))
R("您好，{A}此前的投诉暂不需要了，快递员已上门致歉。", "deppon", "", nh=True, cats=(1,))
R("您好，{A}、{B}、{C}此前申请的拦截全部撤回，订单已恢复。", "yto", "", nh=True, cats=(1, 7))
R("您好，上午发送的撤单申请有误，{A}无需撤单，请正常上门揽收。", "zto", "", nh=True, cats=(1,))
R("关于运单{A}：\n此前提交的改址申请予以撤回，收件信息以下单时为准。\n特此说明。", "sf", "", nh=True, cats=(1,))
R("您好，{A}此前申请理赔，现客户撤回索赔诉求，请予以撤销理赔申请。", "jt", "", nh=True, cats=(1,))
R("您好，{A}的退件申请请勿执行，客户已重新确认收货地址无误。", "ems", "", nh=True, cats=(1,), w="ems_s10")
R("您好，烦请撤回我方此前对{A}提交的拦截指令。", "yunda", "", nh=True, cats=(1,))

# earlier withdrawal plus a new request for another number -> that request, needs_human
R("您好，{A}此前的拦截申请撤回；另{B}请予以催件。", "yunda", "urge:B", nh=True, cats=(1,))
R("一、撤回此前提交的{A}改址申请；\n二、{B}申请拦截退回，原因：客户拒收。", "zto", "intercept:B", nh=True,
  cats=(1, 7))
R("您好，{A}此前申请撤单，现予以撤回；{B}尚未揽收，请予以撤单。", "sto", "cancel:B", nh=True, cats=(1,))
R("您好：\n（1）{A}不用拦截了，此前申请作废；\n（2）{B}请登记破损，内件碎裂。", None, "damaged:B", nh=True,
  cats=(1, 7), w={"A": "yto", "B": "jt"})
R("您好，{A}此前的理赔申请撤回，{B}请核实签收，收件人称未收到。", "jd", "verify_delivery:B", nh=True, cats=(1,))

# earlier request withdrawn and replaced by another command for the same number -> the new command
R("您好，{A}此前申请的拦截予以撤回，现改为改址，新地址：北京市朝阳区建国路88号SOHO现代城2号楼1506室，收件人：赵女士，电话：{P}。",
  "sf", "change_address:A", cats=(1, 2, 4))
R("您好，{A}此前申请撤单，现予以撤回，该件已揽收，改为申请拦截退回。", "yto", "intercept:A", cats=(1, 2))
R("{A}：此前提交的催件申请撤回，改为登记延误。", "jt", "delay:A", cats=(1, 2))
R("您好，{A}此前申请改址，现撤回改址申请，请直接退回寄件人。", "zto", "intercept:A", cats=(1, 2))
R("您好，{A}此前报的丢件撤回，包裹已找到但内件破损，请改为登记破损。", "sto", "damaged:A", cats=(1, 2))

# a command given and taken back within the same message -> [] without needs_human
R("您好，运单{A}申请拦截。\n补充：经与客户再次确认，客户同意收货，上述拦截申请予以撤回，无需处理。", "yto", "",
  cats=(1,))
R("一、{A}申请改址；\n二、{B}申请催件。\n特此更正：上述第一项申请作废。", "zto", "urge:B", cats=(1, 2, 7))
R("您好，烦请对{A}予以撤单。\n抱歉，刚与仓库确认该单正常发货，上述撤单申请请忽略。", "sto", "", cats=(1,))
R("{A}、{B}申请拦截，其中{B}客户已同意签收，无需拦截。", "yunda", "intercept:A", cats=(1,))
R("以下三单申请催件：{A}、{B}、{C}。其中{C}收件人已自提，无需催派。", "jt", "urge:A,B", cats=(1, 7))
R("您好，{A}、{B}、{C}均申请拦截退回，{A}除外。", "sf", "intercept:B,C", cats=(1, 7))
R("您好，{A}申请理赔。\n——经内部核对，该件货值未达理赔标准，上述理赔申请取消，无需处理。", "deppon", "",
  cats=(1,))
R("运单号：{A}\n处理方式：改址\n新地址：山西省太原市小店区长治路227号\n收件人：贾先生\n——以上申请作废，暂不需要改址。",
  "cainiao", "", cats=(1,))
R("您好，{A}请登记延误。补充：刚刷新已有派件信息，延误无需登记。", "ems", "", cats=(1,))
R("您好，{A}拦截；{A}算了，不拦了，客户说先收下。", "jd", "", cats=(1,))
R("您好，现申请以下事项：\n一、{A}拦截退回；\n二、{B}催件；\n三、{C}核实签收。\n特此更正：上述第二项申请作废，其余不变。",
  "yto", "intercept:A;verify_delivery:C", cats=(1, 2, 7))
R("您好，{A}投诉快递员。\n补充：已与快递员沟通清楚，投诉暂不需要，无需处理。", "zto", "", cats=(1,))

# a refusal of one action in favour of another; double negation
R("您好，{A}请勿退回，改派至：上海市徐汇区漕溪北路595号B座7楼，收件人：孙先生，电话：{P}。", "yto",
  "change_address:A", cats=(1, 4))
R("{A}无需拦截，烦请尽快派送即可。", "zto", "urge:A", cats=(1,))
R("您好，{A}并非申请撤单，而是申请拦截退回，该件已于昨日揽收。", "sto", "intercept:A", cats=(1,))
R("您好，{A}不是不拦，是请即刻拦截，客户已明确拒收。", "jd", "intercept:A", cats=(1,))
R("{A}不需要改址，烦请直接退回寄件人。", "yunda", "intercept:A", cats=(1,))
R("您好，{A}无需登记延误，请直接催派。", "cainiao", "urge:A", cats=(1,))
R("您好，{A}客户不申请理赔，仅需登记破损备案。", "deppon", "damaged:A", cats=(1,))
R("{A}：暂不需要投诉，烦请先核实签收情况。", "ems", "verify_delivery:A", cats=(1,))
R("您好，{A}我方并非要求赔偿，仅需贵司核实计费重量。", "zto", "weight:A", cats=(1,))
R("您好，{A}请拦截；{B}请勿拦截，正常派送。", "jt", "intercept:A", cats=(1,))
R("{A}、{B}两单中仅{A}需要催件，{B}无需处理。", "sto", "urge:A", cats=(1,))
R("您好，{A}无需改址，仍按原地址派送；{B}请改址至：四川省成都市武侯区天府大道北段1480号东楼12层，收件人：何女士，电话：{P}。",
  "sf", "change_address:B", cats=(1, 4))
R("您好，{A}不是破损，是少件，请按少件登记。", "jd", "lost:A", cats=(1, 2))
R("您好，{A}暂不申请理赔，先请贵司登记遗失并全力查找。", "yto", "lost:A", cats=(1,))
R("您好，{A}不是不需要拦截，而是此前未来得及提交，现正式申请拦截退回。", "yunda", "intercept:A", cats=(1,))
R("您好，{A}请勿撤单，该件已揽收，请改为拦截退回。", "zto", "intercept:A", cats=(1, 2))
R("您好，{A}不要转寄，请直接退回我司仓库。", "ems", "intercept:A", cats=(1,))
R("您好，{A}无需核重，重量无误；请催促尽快派送。", "jt", "urge:A", cats=(1,))
R("您好，{A}不必退回，烦请改派至：河北省石家庄市长安区中山东路39号勒泰中心写字楼2806室，收件人：高女士，电话：{P}。",
  None, "change_address:A", cats=(1, 4), w="jd")
R("您好，{A}客户并非不要货，而是需要更换收件地址：新地址为辽宁省沈阳市和平区南京北街206号，收件人不变。",
  "cainiao", "change_address:A", cats=(1,))
R("您好，{A}客户未收到货但无需投诉，仅请核实签收。", "sto", "verify_delivery:A", cats=(1,))
R("{A}请勿派送，予以退回。", "yto", "intercept:A", cats=(1,))

# scope: a negation names one number or clause only
R("您好，{A}、{B}、{C}三单请催件，{B}已签收无需催。", "zto", "urge:A,C", cats=(1, 7))
R("您好，{A}请登记破损；{B}外包装虽有压痕但内件完好，无需登记。", "yunda", "damaged:A", cats=(1,))
R("您好，{A}请拦截退回，{B}不拦，{C}也请拦截。", None, "intercept:A,C", cats=(1, 7), w="jt")
R("您好，本批次{A}、{B}均为客户拒收件，请拦截退回；同批次的{C}客户已签收，不在此列。", "sf", "intercept:A,B",
  cats=(1, 7))
R("您好，{A}延误请登记，但无需投诉。", "deppon", "delay:A", cats=(1,))
R("您好，{A}破损请登记并申请理赔；快递员无责，不予投诉。", "yto", "claim:A", cats=(1, 8))
R("您好，客户此前考虑拦截{A}，现已决定不拦截，此事无需处理。另{B}请尽快派送。", "zto", "urge:B", cats=(1,))
R("您好，{A}客户正在考虑是否拒收，如需拦截我方会另行通知，目前暂不需要处理。", "sto", "", cats=(1,))
R("您好，{A}客户若明日仍不接电话，我方将另行申请退回，今日暂不处理。", "jt", "", cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# 2. Corrections of the number and of the action
# ---------------------------------------------------------------------------------------------------------------
R("您好，{A}申请拦截。\n特此更正：运单号有误，正确单号为{B}，请以此为准。", "yto", "intercept:B", cats=(2,),
  w={"A": "yto", "B": "~A"})
R("运单号：{A}\n处理方式：撤单\n——更正：该件已揽收，处理方式改为拦截退回。", "zto", "intercept:A", cats=(2,))
R("您好，{A}催件。更正：应为核实签收，系统显示已签收但收件人未收到。", "sto", "verify_delivery:A", cats=(2,))
R("您好，{A}申请改址至：湖北省武汉市洪山区珞喻路1037号，收件人周先生，电话{P}。\n更正：地址有误，应为湖北省武汉市江夏区光谷大道77号金融港B18栋，其余信息不变。",
  "yunda", "change_address:A", cats=(2, 4))
R("您好，烦请对{A}予以撤单。哦不对，该件快递员已于上午揽收，那请拦截退回。", "jt", "intercept:A", cats=(2,))
R("{A} 改址取消，还是拦截退回吧，客户不要了。", "sf", "intercept:A", cats=(2,))
R("您好，{A}请登记破损。\n更正：经客户开箱核实，内件缺失两件而非破损，请改为登记少件。", "deppon", "lost:A",
  cats=(2,))
R("您好，以下单号申请拦截：{A}。\n抱歉，末位录入错误，正确单号为{B}。", "cainiao", "intercept:B", cats=(2,),
  w={"A": "cainiao", "B": "~A"})
R("您好，{A}申请催件。\n更正：单号应为{B}，{A}无需处理。", "jt", "urge:B", cats=(2,), w={"A": "jt", "B": "~A"})
R("您好，{A}此前备注的处理方式有误，特此更正：不是改址，是拦截退回。", "zto", "intercept:A", cats=(2,))
R("运单号：{A}\n处理方式：核重\n更正：处理方式应为投诉，快递员私自加收上楼费。", "yto", "complaint:A", cats=(2,))
R("您好，{A}申请拦截，还是改址吧：新地址：福建省厦门市思明区望海路10号，收件人：林小姐，电话：{P}。", "sto",
  "change_address:A", cats=(2, 4))
R("您好，{A}请退回。更正一下，不退回了，烦请催促尽快派送。", "zto", "urge:A", cats=(1, 2))
R("您好，{A}申请登记延误——更正，应为催件。", "ems", "urge:A", cats=(2,))
R("您好，特此更正上条信息中的收件人电话：{A}改址后的联系电话应为{P}，地址不变。", "yto", "change_address:A",
  nh=True, cats=(2, 4))
R("您好，{A}、{B}申请拦截。\n更正：{B}应为{C}。", "yto", "intercept:A,C", cats=(2,),
  w={"A": "yto", "B": "yto", "C": "~B"})
R("您好，{A}申请撤单——不对，应为改址，改至：河南省郑州市金水区花园路39号，收件人：马先生，联系电话：{P}。", "yunda",
  "change_address:A", cats=(2, 4))
R("您好，{A}登记丢件。\n更正：该件已找到，但外包装严重破损，请改为登记破损。", "jt", "damaged:A", cats=(2,))
R("您好，{A}：此前申请催件系误操作，应为核实签收，请以此为准。", "sf", "verify_delivery:A", cats=(2,))
R("您好，{A}申请理赔，货值520元。更正：货值应为1520元，以此为准。", "sf", "claim:A", cats=(2, 4, 8))
R("运单号：{A}\n收件人：吴先生\n联系电话：{P}\n处理方式：改址至浙江省宁波市鄞州区天童南路588号\n——更正：处理方式改为拦截退回，客户决定不要了。",
  "deppon", "intercept:A", cats=(2, 4))
R("您好，{A}申请拦截。\n补充更正：单号中有一位录入错误，正确为{B}。", "cainiao", "intercept:B", cats=(2,),
  w={"A": "cainiao", "B": "~A"})
R("您好，{A}申请改址。\n新地址：天津市和平区南京路189号津汇广场2座2208室\n收件人：郑女士\n联系电话：{P}\n更正：收件人应为郑先生，电话不变。",
  "yto", "change_address:A", cats=(2, 4))
R("您好，{A}重量异议申请作废，更正为延误登记：该件已停滞五日。", "zto", "delay:A", cats=(1, 2))
R("您好，运单{A}催件。\n——哦不对，客户说显示已签收但没拿到，请核实签收。", "sto", "verify_delivery:A", cats=(2,))
R("您好，{A}申请拦截退回，还是改为撤单吧，刚确认尚未揽收。", "yunda", "cancel:A", cats=(2,))
R("您好，{A}投诉。——更正，先不投诉，仅请催促派送。", "jt", "urge:A", cats=(1, 2))
R("运单号：{A}\n处理方式：撤单\n特此更正：运单号应为{B}。", "zto", "cancel:B", cats=(2,), w={"A": "zto", "B": "~A"})
R("您好，烦请将{A}拦截退回，谢谢。\n更正：{A}为已签收单号，实际需要拦截的是同批次的{B}。", "sf", "intercept:B",
  cats=(2,))
R("您好，{A_s}申请催件。\n更正：单号为{B_s}。", None, "urge:B", cats=(2, 6), w="ems_s10")
R("您好，{A}请登记延误。更正：应为丢件，揽收后七日无任何轨迹。", "cainiao", "lost:A", cats=(2,))
R("您好，{A}申请核重——特此更正，应为{B}申请核重，{A}重量无误。", "deppon", "weight:B", cats=(2,))
R("您好，{A}申请改址，地址如下：广东省佛山市禅城区季华五路22号，收件人：梁女士，电话：{P}。\n特此更正：单号应为{B}。",
  "yunda", "change_address:B", cats=(2, 4), w={"A": "yunda", "B": "~A"})
R("您好，{A}催件；更正，{A}催件有误，应为{B}催件。", "jd", "urge:B", cats=(2,), w={"A": "jd", "B": "~A"})
R("您好，{A}拦截退回。不对，是改址，新地址：重庆市江北区观音桥步行街6号，收件人：罗先生，电话：{P}。", "ems",
  "change_address:A", cats=(2, 4))
R("运单号：{A}\n处理方式：登记破损\n更正：处理方式为申请理赔，货值2,300元。", "jt", "claim:A", cats=(2, 4, 8))
R("您好，{A}撤单。更正：应为催件，该件已发出两日。", "sto", "urge:A", cats=(2,))
R("您好，{A}核实签收。\n更正，是{B}，上一行单号粘贴错误。", "zto", "verify_delivery:B", cats=(2,))
R("您好，{A}拦截。——更正：不是这单，是{B}。", None, "intercept:B", cats=(2,), w={"A": "yto", "B": "jt"})
R("您好，{A}申请仲裁。更正：暂不申请仲裁，先申请理赔，货值690元。", "deppon", "claim:A", cats=(1, 2, 4, 8))
R("您好，{A}、{B}两单请催件。\n更正：第二单应为{C}。", "yunda", "urge:A,C", cats=(2, 7),
  w={"A": "yunda", "B": "yunda", "C": "~B"})
R("您好，{A}改址。收件人：任女士，电话：{P}，地址：云南省大理市下关镇建设路78号。\n更正：新地址应为云南省大理市大理镇人民路152号，收件人、电话不变。",
  "sf", "change_address:A", cats=(2, 4))
R("您好，{A}请登记延误，还是催一下吧，客户比较着急。", "ems", "urge:A", cats=(2,))
R("您好，{A}重量不对，申请核重。\n更正：是{B}重量不对，{A}无误。", "jt", "weight:B", cats=(2,))
R("您好，运单号：{A}\n处理方式：退回\n特此更正：处理方式应为转寄，新地址：甘肃省兰州市城关区东岗西路638号，收件人：包先生，电话：{P}。",
  "zto", "change_address:A", cats=(2, 4))
R("您好，{A}请核实签收——更正，请登记丢件，快递员称该件从未到站。", "sto", "lost:A", cats=(2,))
R("您好，{A}申请拦截；哦不对，该件尚未揽收，直接撤单即可。", None, "cancel:A", cats=(2,), w="deppon")
R("您好，{A}改址至：内蒙古呼和浩特市新城区新华大街63号，收件人：其其格女士，电话：{P}。\n更正：改址作废，请催促按原地址派送。",
  "yto", "urge:A", cats=(1, 2, 4))
R("您好，如下更正：此前{A}申请的是拦截，应为催件，请按催件处理。", "cainiao", "urge:A", cats=(2,))
R("您好，如下两单请对调处理：{A}原申请催件，现改为拦截；{B}原申请拦截，现改为催件。", "jt", "intercept:A;urge:B",
  cats=(2, 7))

# ---------------------------------------------------------------------------------------------------------------
# 3. Quotes, replies, forwards, the bot's replies pasted back, notifications
# ---------------------------------------------------------------------------------------------------------------
R("「李经理：{A} 拦截」\n- - - - - - - - - - - - - - -\n已收到，该单由我方与客户另行沟通。", "yto", "", cats=(3,))
R("「李经理：{A} 拦截」\n- - - - - - - - - - - - - - -\n烦请对该单予以拦截，以上为我司同事意见，特此确认。", "yto",
  "intercept:A", cats=(3,))
R("引用 客服：@王芳 {A} 拦截已提交，结果会第一时间通知您\n好的，收到，谢谢。", "zto", "", cats=(3,))
R("引用 客服：@王芳 {A} 已签收，无法拦截\n您好，既然显示已签收，烦请核实签收，收件人表示尚未收到。", "zto",
  "verify_delivery:A", cats=(3,))
R("引用 客服：@王芳 {A} 拦截已提交，结果会第一时间通知您\n您好，该单不用拦截了，客户已同意收货。", "sto", "",
  nh=True, cats=(1, 3))
R("回复 @陈主管：{A} 请催一下\n另外{B}请催件。", "yunda", "urge:B", cats=(3,))
R("「张敏：{A} 改地址」\n- - - - - - - - - - - - - - -\n此单改址信息如下：\n新地址：重庆市渝中区民族路188号\n收件人：张敏\n联系电话：{P}",
  "jt", "change_address:A", cats=(3, 4))
R("引用 客服：@客服部 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n您好，该单货值1,200元，现申请理赔，破损照片见附件。",
  "sf", "claim:A", cats=(3, 4, 8))
R("引用 客服：@客服部 {A} 已为您催促派送，请耐心等待\n您好，该网点派送员电话不接、短信不回，现予以投诉。", "jd",
  "complaint:A", cats=(3,))
R("> 原邮件：\n> 请对运单{A}予以拦截退回。\n> ——华东仓 王经理\n以上邮件已收悉，该件由仓库自行与快递员沟通处理，贵方无需操作。",
  "deppon", "", cats=(3,))
R("转发 仓储部邮件：\n“运单{A}已于6月3日退回入库，退件流程结束。”\n特此告知，无需处理。", "cainiao", "", cats=(3, 4))
R("「赵磊：{A} 催件」\n- - - - - - - - - - - - - - -\n此单请登记延误，已超出时效四日。", "ems", "delay:A",
  cats=(3,))
R("引用 客服：@物流部 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "zto", "cancel:A",
  cats=(3,))
R("引用 客服：@物流部 {A} 改址已提交，结果会第一时间通知您\n您好，此前改址申请撤回，客户已回到原地址，请勿改派。",
  "yto", "", nh=True, cats=(1, 3))
R("引用 客服：@物流部 您的消息已转人工客服处理，请稍候\n好的，辛苦。", None, "", cats=(3,))
R("回复 @刘洋：{A} 是不是丢了？一周没动\n经我方核实仓库无此件，请贵司登记丢件。", "sto", "lost:A", cats=(3,))
R("“{A} 请加急派送”——以上为客户原话，仅供参考。我方意见：该单无需加急，正常派送即可。", "yunda", "",
  cats=(1, 3))
R("引用 仓库-小周：{A} 客户拒收了\n您好，此单请拦截退回。", "jt", "intercept:A", cats=(3,))
R("引用 客服：@售后组 {A} 已为您登记延误工单，结果会第一时间通知您\n另请催促派送，客户明日急用。", "sf", "urge:A",
  cats=(3,))
R("回复 @客服：{A} 撤单成功\n收到，谢谢。另{B}也申请撤单，尚未揽收。", "jd", "cancel:B", cats=(3,))
R("「王总：{A}这单赶紧退回来」\n- - - - - - - - - - - - - - -\n遵照上述指示，烦请对该单予以拦截退回。", "deppon",
  "intercept:A", cats=(3,))
R("「王总：{A}这单赶紧退回来」\n- - - - - - - - - - - - - - -\n王总，该单已于昨日签收，无法退回，已另行联系客户协商。",
  "cainiao", "", cats=(3,))
R("引用 客服：@客服中心 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n补充：快递员当面拒绝验货，现一并投诉。",
  "ems", "complaint:A", cats=(3, 8))
R("引用 客服：@客服中心 {A} 已签收，无法拦截\n好的，知悉。", "zto", "", cats=(3,))
R("引用 客户（订单号{O}）：“快递到哪了，怎么还没到？”\n您好，烦请查询{A}的物流进度。", "yto", "track:A",
  cats=(3, 4))
R("「客户：我收到的杯子碎了」\n- - - - - - - - - - - - - - -\n运单号{A}，请登记破损。", "sto", "damaged:A", cats=(3,))
R("引用 客服：@华东仓 {A} 已为您催促派送，请耐心等待\n您好，催促后两日仍无派件记录，现申请登记延误。", "yunda",
  "delay:A", cats=(3,))
R("回复 @售后-小林：{A} 改址到哪里？\n新地址：安徽省合肥市蜀山区长江西路499号，收件人：钱女士，电话：{P}。烦请改址。",
  "jt", "change_address:A", cats=(3, 4))
R("【系统通知】您的运单{A}拦截申请已受理，拦截结果将以短信通知，请留意。\n——以上为系统推送，转发备查。", "sf", "",
  cats=(3,))
R("【短信】尊敬的客户，您寄出的快件{A}已由收件人签收，如有疑问请致电客服。\n特此转发，供贵方参考。", "jd", "",
  cats=(3,))
R("邮件摘录：“……关于运单{A}的理赔款项1,350元已于6月12日到账……”\n特此告知，理赔事宜已结案。", "deppon", "",
  cats=(3, 4))
R("【工单通知】工单号GD20240612001：运单{A}改址申请处理成功，新地址已生效。\n收悉，谢谢。", "zto", "", cats=(3, 4))
R("转发客户邮件：“快递员态度极差，我要投诉！”\n该邮件未附运单号，待我方核实后再行提交。", None, "", cats=(3,))
R("引用 客服：@王芳 请确认：{A} 拦截退回？回复“确认”即办理\n好的，我方先与客户核实，稍后回复。", "yto", "",
  cats=(3,))
R("引用 客服：@物流部 {A} 已为您催促派送，请耐心等待\n已签收，感谢贵司协助。", "sto", "", cats=(3,))
R("「客户：快递三天没动了」\n- - - - - - - - - - - - - - -\n运单号：{A}，烦请催件。", "yunda", "urge:A", cats=(3,))
R("引用 品牌方-赵经理：请尽快拦截{A}，该批次召回\n您好，遵照品牌方要求，烦请对{A}予以拦截退回。", "yto",
  "intercept:A", cats=(3,))
R("> 发件人：财务部\n> 主题：{A} 理赔款核对\n> 正文：该单理赔款金额与申请不符，请物流部跟进。\n您好，{A}理赔核定金额为200元，我方申报货值为860元，现申请仲裁。",
  "zto", "arbitration:A", cats=(3, 4))
R("「吴主管：{A} 申请撤单」\n- - - - - - - - - - - - - - -\n吴主管，该件已揽收，撤单不可行。烦请客服改为拦截退回。",
  "ems", "intercept:A", cats=(2, 3))
R("回复 @物流专员：{A} 要不要投诉？\n经部门讨论，对该件派送员予以正式投诉。", None, "complaint:A", cats=(3,), w="sf")
R("引用 客服：@华南仓 {A} 改址已提交，结果会第一时间通知您\n收到。另烦请加急派送。", "sf", "urge:A", cats=(3,))
R("【物流提醒】您的包裹{A}派送异常：收件人电话无法接通。\n以上为系统提示，我方已联系收件人，请继续派送即可，无需退回。",
  "jt", "", cats=(1, 3))
R("转发 门店邮件：\n“{A} 客户拒收，申请退回。”\n该申请已由门店于今早直接提交贵司官网，此处仅作同步，无需重复处理。", "cainiao",
  "", cats=(3,))
R("「客户：显示签收了但是我没收到啊」\n- - - - - - - - - - - - - - -\n运单号{A}，烦请核实签收。", None, "verify_delivery:A",
  cats=(3,), w="jd")
R("引用 客服：@售后组 {A} 撤单成功\n您好，此单撤单有误，客户仍需寄出，烦请恢复。", "yunda", "", nh=True, cats=(1, 3))

# ---------------------------------------------------------------------------------------------------------------
# 4. Numbers that are not waybills: phones, order numbers, amounts, dates, tails
# ---------------------------------------------------------------------------------------------------------------
R("您好，运单{A}收件人联系电话有误，烦请改为{P}，地址不变。", "zto", "change_address:A", nh=True, cats=(4,))
R("您好，{A}对应客户订单号{O}，客户已申请退款，烦请拦截退回。", "yto", "intercept:A", cats=(4,))
R("您好，\n订单号：{O}\n运单号：{A}\n烦请催促派送，客户电话{P}。", "sto", "urge:A", cats=(4,))
R("您好，客户来电（{P}）反映{A}显示签收但未收到，烦请核实。", "yunda", "verify_delivery:A", cats=(4,))
R("您好，尾号6732的那单烦请拦截退回。", "jt", "", nh=True, cats=(4,))
R("您好，收件人电话：{P}，订单号：{O}，运单号：{A}。该件已破损，客户要求赔偿，货值899元。", "sf", "claim:A",
  cats=(4, 8))
R("您好，{A}已于2024年6月5日揽收，6月6日起至今无任何更新，烦请登记延误。", "zto", "delay:A", cats=(4,))
R("您好，保价金额3,000元的运单{A}外包装破损，内件摔坏，特此登记破损。", "jd", "damaged:A", cats=(4,))
R("您好，订单{O}对应的快递现在到哪了？", "yto", "", nh=True, cats=(4,))
R("运单号：{A}\n收件人：黄先生\n原联系电话：{P}\n新联系电话：{Q}\n处理方式：修改收件人电话", "cainiao",
  "change_address:A", nh=True, cats=(4,))
R("您好，{A}货值2,680.00元，已保价，运输途中丢失，现申请全额赔付。", "ems", "claim:A", cats=(4, 8))
R("您好，客户订单号{O}、运单号{A}，烦请于6月18日前送达，请加急。", "deppon", "urge:A", cats=(4,))
R("您好，收件人{P}来电称{A}不要了，别派了，请退回。", "zto", "intercept:A", cats=(4,))
R("您好，{A}改址，收件人电话：{P}，新地址：陕西省西安市雁塔区科技路48号创业广场B座906室。", "yunda",
  "change_address:A", cats=(4,))
R("您好，运单{A}于6月10日14:30显示签收，签收人非本人，收件人电话{P}，烦请核实。", "sto", "verify_delivery:A",
  cats=(4,))
R("您好，{A}计费重量15.8kg，运费86元，实际货物重6kg，请核重并退还差价。", "jt", "weight:A", cats=(4,))
R("您好，请问订单号{O}是否可以申请拦截？", "sf", "", nh=True, cats=(4,))
R("您好，客户电话{P}，订单号{O}，该客户要求撤单，但我方尚未查到对应运单号，待查到后另行提交。", "zto", "", cats=(4,))
R("您好，联系人：谢经理 {P}，如拦截结果有更新请致电。\n运单号：{A}，处理方式：拦截。", "yto", "intercept:A", cats=(4,))
R("您好，{A}理赔金额核定为200元，我方认为应按保价金额1,500元赔付，现申请仲裁。", "deppon", "arbitration:A",
  cats=(4,))
R("您好，收件人（手机{P}）表示{A}外箱破损、内件完好，特此备案破损，暂不索赔。", "zto", "damaged:A", cats=(1, 4))
R("您好，订单号{O}（运单号{A}）客户签收后申请退货，请问退货件是否需要重新下单？", "sto", "", nh=True, cats=(4,))
R("您好，手机尾号8821的客户反映快递显示签收但未收到，烦请核实。", "yunda", "", nh=True, cats=(4,))
R("运单号：{A}\n订单号：{O}\n收件人：冯女士\n联系电话：{P}\n处理方式：催件", "jt", "urge:A", cats=(4,))
R("您好，{A}运费已付23元，账单显示扣款46元，重量计费疑似有误，烦请核重。", "sf", "weight:A", cats=(4,))
R("您好，收件人电话{P}，{A}请改派至同城新地址：湖南省株洲市天元区泰山路168号，收件人不变。", "jd",
  "change_address:A", cats=(4,))
R("您好，订单号{O}，运单号{A}，货值4,560元，已丢失，申请理赔。\n联系人：物流部 汪先生 {P}", "zto", "claim:A",
  cats=(4, 8))
R("您好，{A}请于2024年6月20日18:00前送达，届时收件人将离开，请加急派送。", "yunda", "urge:A", cats=(4,))
R("您好，{A}收件人姓名及电话变更为：杜先生，{P}。", "ems", "change_address:A", nh=True, cats=(4,))
R("您好，订单号{O}与订单号{O2}均已退款，对应运单{A}、{B}请拦截退回。", "yto", "intercept:A,B", cats=(4,))
R("您好，{A}该件申报货值980元，实收时少了一半货物，请登记少件。", "sto", "lost:A", cats=(4,))
R("您好，客户（{P}）反映{A}的派送员索要额外费用20元，特此投诉。", "cainiao", "complaint:A", cats=(4,))
R("您好，6月1日至6月15日期间发出的{A}至今未到，请协助查询到哪了。", "jt", "track:A", cats=(4,))
R("您好，请问收件人电话{P}名下的快递到哪了？", "zto", "", nh=True, cats=(4,))
R("您好，{A}请退回，退回联系人：仓库李工，电话：{P}。", "deppon", "intercept:A", cats=(4,))
R("您好，{A}改址，新收件人：黎女士，电话：{P}，新地址：海南省海口市龙华区滨海大道105号百方广场17楼。", "sf",
  "change_address:A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# 5. Commands written other ways: English, traditional characters, pinyin, mixed, voice-to-text
# ---------------------------------------------------------------------------------------------------------------
R("Dear Sir/Madam,\nPlease intercept shipment {A} and return it to sender. The consignee has refused the order.\nBest regards,\nCustomer Service",
  None, "intercept:A", cats=(5,), w="sf")
R("Hello, kindly expedite the delivery of {A}. The customer needs it by Friday. Thank you.", None, "urge:A",
  cats=(5,), w="jt")
R("Hi team, could you please check where parcel {A} is now? Thanks.", None, "track:A", cats=(5,), w="yto")
R("Dear team, the parcel {A} arrived damaged (broken glass). We would like to claim compensation. Declared value: RMB 680.",
  None, "claim:A", cats=(4, 5, 8), w="jd")
R("Please cancel the order {A}; it has not been picked up yet. Thank you.", "zto", "cancel:A", cats=(5,))
R("您好，煩請攔截運單{A}，客戶已取消訂單，謝謝。", None, "intercept:A", cats=(5,), w="yto")
R("您好，運單{A}顯示已簽收，但收件人未收到，煩請核實簽收。", "sto", "verify_delivery:A", cats=(5,))
R("您好，{A}包裹於運輸途中遺失，現申請理賠，貨值1,200元。", "yunda", "claim:A", cats=(4, 5, 8))
R("您好，{A}請撤單，尚未攬收。", "jt", "cancel:A", cats=(5,))
R("您好，{A}麻烦 intercept 一下，客户 refuse 了。", None, "intercept:A", cats=(5,), w="deppon")
R("Hi，{A} 请 urgent 处理一下，客户催了好几次。", "sf", "urge:A", cats=(5,))
R("{A} lanjie，谢谢。", "cainiao", "intercept:A", cats=(5,))
R("您好，{A} cuijian 一下，辛苦。", "ems", "urge:A", cats=(5,))
R("您好，{A}麻烦chedan，订单已取消。", "zto", "cancel:A", cats=(5,))
R("您好，{A} gaizhi 到：广州市天河区体育西路103号维多利广场A塔28楼，收件人 Mr. Lee，电话 {P}。", "yto",
  "change_address:A", cats=(4, 5))
R("Dear team,\nRe: Waybill {A}\nThe consignee reports that the parcel was marked as delivered but was never received. Please verify the delivery.\nRegards",
  None, "verify_delivery:A", cats=(5,), w="sf")
R("Dear team, we wish to file a complaint regarding the courier who handled {A}: he was rude to our customer.",
  None, "complaint:A", cats=(5,), w="jt")
R("Please hold off on the intercept for {A}. We requested it earlier; kindly withdraw that request.", None, "",
  nh=True, cats=(1, 5), w="yto")
R("您好，{A}的貨物重量計費有誤，煩請核重。", "deppon", "weight:A", cats=(5,))
R("您好，{A}延誤多日，煩請催派。", "jd", "urge:A", cats=(5,))
R("（语音转文字）您好{A}这个件帮忙拦截一下客户说不要了谢谢", "zto", "intercept:A", cats=(5,))
R("（语音转文字）喂你好那个{A}麻烦催一下啊客户等着用呢", "sto", "urge:A", cats=(5,))
R("Dear team, kindly arrange an address change for {A}. New address: Room 1502, Tower B, No. 1 Zhongguancun Street, Haidian District, Beijing. Recipient: Ms. Wang, Tel: {P}.",
  None, "change_address:A", cats=(4, 5), w="sf")
R("Please note: shipment {A} has been stuck for 5 days without any tracking update. Kindly log a delay.", "yunda",
  "delay:A", cats=(5,))
R("Hello, parcel {A} seems to be lost: no scan for 10 days. Please register it as lost.", None, "lost:A",
  cats=(5,), w="jt")
R("Hi, please re-weigh {A}; the charged weight (12kg) is wrong.", None, "weight:A", cats=(4, 5), w="deppon")
R("您好，{A} 客户 complain 快递员态度差，我方正式投诉。", "yto", "complaint:A", cats=(5,))
R("您好，{A}麻烦 return to sender，thanks。", "jt", "intercept:A", cats=(5,))
R("Dear team, we request arbitration on the claim decision for {A}.", None, "arbitration:A", cats=(5,), w="jd")
R("您好，{A}客戶說東西碎了，申請賠償。", "zto", "claim:A", cats=(5, 8))
R("Dear team, please do NOT return {A}. Instead, redirect it to: 88 Century Avenue, Pudong, Shanghai, Attn: Mr. Xu, Tel: {P}.",
  None, "change_address:A", cats=(1, 4, 5), w="yto")
R("Please intercept {A}. Correction: the number should be {B}.", None, "intercept:B", cats=(2, 5),
  w={"A": "jt", "B": "~A"})
R("（语音转文字）那个{A}不用退回了啊就让他送吧之前说的退回不算了", "yunda", "", nh=True, cats=(1, 5))
R("您好，{A} pls 加急 ASAP，客户明天要。", "jd", "urge:A", cats=(5,))
R("Dear team, for {A} we do not need compensation; please just log the damage.", "cainiao", "damaged:A",
  cats=(1, 5))
R("您好，{A}丟件了，煩請登記遺失並協助查找。", "sto", "lost:A", cats=(5,))
R("Hi, {A} and {B}: intercept the first, expedite the second. Thanks.", None, "intercept:A;urge:B", cats=(5, 7),
  w="jt")
R("（语音转文字）您好这个{A}呃显示签收了但是客户说没收到麻烦核实一下签收", "ems", "verify_delivery:A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# 6. Numbers broken by the chat client: spaced / dashed on one line (no confirm), split over two lines (confirm)
# ---------------------------------------------------------------------------------------------------------------
R("您好，运单号：{A_s}，烦请拦截退回。", "ems", "intercept:A", cats=(6,), w="ems_s10")
R("运单号：{A_n}\n处理方式：拦截退回", "yto", "intercept:A", cf=True, cats=(6,))
R("您好，{A_s} 烦请催件。", "yto", "urge:A", cats=(6,))
R("您好，以下单号申请撤单：\n{A_n}\n谢谢。", "zto", "cancel:A", cf=True, cats=(6,))
R("运单号：{A_d}\n请核实签收。", "jt", "verify_delivery:A", cats=(6,))
R("您好，{A_n} 请改址至：山东省青岛市市南区香港中路10号颐和国际A座2101，收件人：于先生，电话：{P}。", "sf",
  "change_address:A", cf=True, cats=(4, 6))
R("您好，{A_n}\n烦请催派，谢谢。", "sto", "urge:A", cats=(6,))
R("您好，国际件{A_s}显示已签收，收件人未收到，请核实。", "ems", "verify_delivery:A", cats=(6,), w="ems_s10")
R("Dear team, please intercept {A_s}, thank you.", "ems", "intercept:A", cats=(5, 6), w="ems_s10")
R("您好，{A_s}、{B_s}两单均请拦截。", None, "intercept:A,B", cats=(6,), w="ems_s10")
R("运单号：{A_n}\n问题：外包装破损\n请登记。", "jd", "damaged:A", cats=(6,))
R("您好，烦请对{A_n}予以拦截，若已签收则无需处理。", "deppon", "intercept:A", cf=True, cats=(6,))
R("您好，{A_d}烦请退回。", "zto", "intercept:A", cats=(6,))
R("您好，单号{A_s}、{B}，前者拦截，后者催件。", "ems", "intercept:A;urge:B", cats=(6, 7),
  w={"A": "ems_s10", "B": "ems"})
R("您好，{A_n}申请理赔，货物丢失，货值900元。", "yunda", "claim:A", cats=(4, 6, 8))
R("您好，{A_s}请查询物流进度。", "cainiao", "track:A", cats=(6,))
R("您好，{A_n}请撤单。\n{B}请催件。", "jt", "cancel:A;urge:B", cf=True, cats=(6, 7))
R("运单号：{A_s}\n处理方式：改址\n新地址：辽宁省大连市中山区人民路23号\n收件人：白女士\n联系电话：{P}", "yto",
  "change_address:A", cats=(4, 6))
R("您好，{A_d}，烦请登记延误，已停滞六日。", "yunda", "delay:A", cats=(6,))
R("您好，烦请拦截：{A_n}，客户拒收。", "sto", "intercept:A", cf=True, cats=(6,))
R("您好，烦请核重：{A_s}，计费重量异常。", "deppon", "weight:A", cats=(6,))
R("您好，{A_n}\n此件疑似遗失，请登记丢件。", "cainiao", "lost:A", cats=(6,))
R("您好，{A_s}此前申请的拦截予以撤回。", "ems", "", nh=True, cats=(1, 6), w="ems_s10")
R("您好，{A_n} 可能需要拦截，客户还在犹豫。", "sf", "intercept:A", cf=True, cats=(6,))
R("您好，{A_d}申请退回；{B_d}申请改址，新地址：云南省昆明市五华区东风西路11号，收件人：杨女士，电话：{P}。", "jt",
  "intercept:A;change_address:B", cats=(4, 6, 7))
R("您好，{A_s}改址，收件人电话改为{P}。", "jd", "change_address:A", nh=True, cats=(4, 6))
R("运单号：{A_n}\n投诉事由：快递员未经同意将包裹放置驿站。", "zto", "complaint:A", cats=(6,))
R("您好，{A_s}、{B_s}、{C_s}三单请催件。", None, "urge:A,B,C", cats=(6, 7), w="ems_s10")
R("您好，运单{A_n}\n请予以退回，订单已关闭。", "ems", "intercept:A", cf=True, cats=(6,))
R("Dear team, {A_s} arrived broken; please register the damage and file a complaint against the courier.", None,
  "damaged:A;complaint:A", cats=(5, 6, 8), w="ems_s10")
R("您好，{A_d}请加急派送。", "sf", "urge:A", cats=(6,))
R("您好，{A_n}改址至：贵州省贵阳市观山湖区长岭北路8号，收件人：田先生，电话：{P}。\n{B}同样改至上述地址。",
  "yunda", "change_address:A,B", cf=True, cats=(4, 6, 7))
R("运单号：\n{A_n}\n{B_n}\n处理方式：均拦截退回", "jt", "intercept:A,B", cf=True, cats=(6, 7))
R("您好，{A_s}请拦截。\n更正：不用拦截，请催件。", "ems", "urge:A", cats=(2, 6), w="ems_s10")

# ---------------------------------------------------------------------------------------------------------------
# 7. Several parcels and commands in one message: positions, numbered items, pasted tables
# ---------------------------------------------------------------------------------------------------------------
R("您好，以下三单：\n一、{A}\n二、{B}\n三、{C}\n第一、三单请拦截退回，第二单请催件。", "yto", "intercept:A,C;urge:B",
  cats=(7,))
R("您好，如下两单：{A}、{B}，前者改址至：北京市海淀区中关村大街27号中关村大厦10层，收件人：冯先生，电话：{P}；后者请拦截。",
  "sf", "change_address:A;intercept:B", cats=(4, 7))
R("运单号\t处理方式\t备注\n{A}\t拦截\t客户拒收\n{B}\t催件\t加急\n{C}\t核实签收\t收件人未收到", "zto",
  "intercept:A;urge:B;verify_delivery:C", cats=(7,))
R("{A}    撤单    重复下单\n{B}    撤单    客户取消\n{C}    催件    超时效", "sto", "cancel:A,B;urge:C", cats=(7,))
R("{A}\n{B}\n{C}\n以上三单均请催件，谢谢。", "yunda", "urge:A,B,C", cats=(7,))
R("您好，{A}、{B}、{C}、{D}四单，前两单请拦截，后两单请登记延误。", "jt", "intercept:A,B;delay:C,D", cats=(7,))
R("您好，以下单号：\n（1）{A}\n（2）{B}\n（3）{C}\n其中（2）已签收无需处理，其余请拦截退回。", "cainiao",
  "intercept:A,C", cats=(1, 7))
R("您好，上述两单烦请一并拦截退回。", "yto", "", nh=True, cats=(7,))
R("运单号\t处理\t新地址\t收件人\t电话\n{A}\t改址\t江西省南昌市红谷滩区会展路999号\t邓女士\t{P}\n{B}\t拦截\t\t\t", "jd",
  "change_address:A;intercept:B", cats=(4, 7))
R("您好，{A}拦截，{B}催件，{C}撤单，{D}核重。", None, "intercept:A;urge:B;cancel:C;weight:D", cats=(7,), w="jt")
R("您好，以下五单均为同一客户订单，客户已整单退款：\n{A}\n{B}\n{C}\n{D}\n{E}\n其中最后一单尚未揽收，请撤单；其余四单请拦截退回。",
  "zto", "cancel:E;intercept:A,B,C,D", cats=(7,))
R("您好，这两单一个拦截一个催件：{A}、{B}", "sto", "", nh=True, cats=(7,))
R("您好，{A}、{B}两单请分别办理：前者催件，后者核实签收。", "yunda", "urge:A;verify_delivery:B", cats=(7,))
R("序号  运单号  问题\n1  {A}  破损\n2  {B}  少件\n3  {C}  延误", "jt", "damaged:A;lost:B;delay:C", cats=(7,))
R("您好，以下单号第二单除外，均请催件：\n{A}\n{B}\n{C}\n{D}", "sf", "urge:A,C,D", cats=(1, 7))
R("一、拦截退回：{A}、{B}\n二、催件：{C}\n三、改址：{D}，新地址：湖南省长沙市岳麓区麓谷大道658号，收件人：彭先生，电话：{P}",
  "yto", "intercept:A,B;urge:C;change_address:D", cats=(4, 7))
R("您好，{A}、{B}、{C}，第一单拦截，第二单改址（新地址稍后提供），第三单催件。", "zto",
  "intercept:A;change_address:B;urge:C", nh=True, cats=(7,))
R("{A}\t拦截\n{B}\t拦截\n{C}\t不拦截，正常派送", "jt", "intercept:A,B", cats=(1, 7))
R("您好，以下为本周异常件汇总，烦请逐一处理：\n1. {A} 破损\n2. {B} 丢件\n3. {C} 签收未收到\n4. {D} 重量不符", "deppon",
  "damaged:A;lost:B;verify_delivery:C;weight:D", cats=(7,))
R("您好，{A}、{B}、{C}这三单，除最后一单外均请登记延误。", "cainiao", "delay:A,B", cats=(1, 7))
R("运单号\t货值\t处理方式\n{A}\t560\t理赔（丢失）\n{B}\t1280\t理赔（破损）\n{C}\t0\t仅登记破损", "yto",
  "claim:A,B;damaged:C", cats=(4, 7, 8))
R("您好，下列单号均请查询当前物流状态：{A}、{B}、{C}、{D}", None, "track:A,B,C,D", cats=(7,),
  w={"A": "yto", "B": "jt", "C": "sf", "D": "jd"})
R("您好，前一单拦截，后一单撤单：{A} {B}", "zto", "intercept:A;cancel:B", cats=(7,))
R("{A}\n{B}\n{C}\n以上均请拦截，{B}除外。", "sto", "intercept:A,C", cats=(1, 7))
R("您好，{A}和{B}，其中一单需要拦截，具体哪一单稍后确认。", "yunda", "", nh=True, cats=(7,))
R("您好，{A}、{B}、{C}三单请拦截，另{D}、{E}两单请催件。", "jt", "intercept:A,B,C;urge:D,E", cats=(7,))
R("运单号          处理方式\n{A}    退回\n{B}    退回\n{C}    改址（地址见备注）\n备注：{C}新地址为浙江省嘉兴市南湖区中环南路1288号，收件人：沈先生，电话：{P}",
  "sf", "intercept:A,B;change_address:C", cats=(4, 7))
R("您好，如下：\n（1）{A}：加急派送；\n（2）{B}：核实签收；\n（3）{C}：登记延误；\n（4）{D}：申请理赔，货值1,800元，运输途中丢失。",
  "ems", "urge:A;verify_delivery:B;delay:C;claim:D", cats=(4, 7, 8))
R("您好，以下三单请核重，计费重量均明显偏高：{A}、{B}、{C}", "deppon", "weight:A,B,C", cats=(7,))
R("您好，{A}、{B}两单，第一单核实签收，第二单登记破损并投诉快递员。", "jd", "verify_delivery:A;damaged:B;complaint:B",
  cats=(7, 8))
R("您好，上面三单的最后一单请催件。", "zto", "", nh=True, cats=(7,))
R("运单号\t操作\n{A}\t撤单\n{B}\t撤单\n{C}\t撤单\n{D}\t作废（同上）", "yunda", "cancel:A,B,C,D", cats=(7,))
R("您好，以下单号分两类处理：\n拦截：{A}、{B}\n催件：{C}\n其余无需处理：{D}", "sto", "intercept:A,B;urge:C",
  cats=(1, 7))
R("您好，{A}、{B}、{C}，前两单拦截，第三单也拦截。", "yto", "intercept:A,B,C", cats=(7,))
R("您好，本批退款订单对应运单如下，均请拦截退回：\n{A}（订单号{O}）\n{B}（订单号{O2}）", "zto", "intercept:A,B",
  cats=(4, 7))
R("您好，{A}拦截退回，{B}改址至：福建省泉州市丰泽区田安南路536号，收件人：洪先生，电话：{P}，{C}催件。", "jt",
  "intercept:A;change_address:B;urge:C", cats=(4, 7))
R("No.\tWaybill\tAction\n1\t{A}\tintercept\n2\t{B}\turge\n3\t{C}\tverify delivery", None,
  "intercept:A;urge:B;verify_delivery:C", cats=(5, 7), w="sf")

# ---------------------------------------------------------------------------------------------------------------
# 8. Compound requests: claims, damage with complaint, several intents for one number
# ---------------------------------------------------------------------------------------------------------------
R("您好，运单{A}货物破损，客户要求赔偿，货值1,580元，已保价，现申请理赔。", "yto", "claim:A", cats=(4, 8))
R("您好，{A}外包装破损，且快递员拒绝当面验货，特此登记破损并投诉该快递员。", "zto", "damaged:A;complaint:A", cats=(8,))
R("您好，{A}破损严重，现申请赔付，并投诉派送员野蛮装卸。", "sto", "claim:A;complaint:A", cats=(8,))
R("您好，{A}已丢失，申请理赔，货值3,200元。", "yunda", "claim:A", cats=(4, 8))
R("您好，{A}已丢失，特此登记丢件，并对揽收网点予以投诉。", "jt", "lost:A;complaint:A", cats=(8,))
R("您好，{A}请拦截退回，并对快递员私自改派一事进行投诉。", "sf", "intercept:A;complaint:A", cats=(8,))
R("您好，{A}延误四日，客户已投诉，烦请登记延误。", "jd", "delay:A;complaint:A", cats=(8,))
R("您好，{A}请尽快派送，客户已就此事投诉。", "deppon", "urge:A;complaint:A", cats=(8,))
R("您好，{A}：\n一、请催促派送；\n二、请登记延误；\n三、对派送网点予以投诉。", "cainiao",
  "urge:A;delay:A;complaint:A", cats=(8,))
R("您好，{A}重量计费有误，请核重，并对多收运费一事提出投诉。", "ems", "weight:A;complaint:A", cats=(8,))
R("您好，{A}显示签收但收件人未收到，请核实签收；如核实为虚假签收，我方届时将另行申请理赔。", "zto",
  "verify_delivery:A", cats=(8,))
R("您好，{A}改址至：江苏省苏州市工业园区星湖街328号5栋，收件人：韩女士，电话：{P}，并烦请加急派送。", "yto",
  "change_address:A;urge:A", cats=(4, 8))
R("您好，{A}漏液，污染同批次其他货物，现申请理赔，货值460元。", "sto", "claim:A", cats=(4, 8))
R("您好，{A}内件碎裂，特此登记破损，暂不申请理赔。", "yunda", "damaged:A", cats=(1, 8))
R("您好，{A}丢件，申请赔偿，并对贵司处理效率提出投诉。", "jt", "claim:A;complaint:A", cats=(8,))
R("您好，{A}：客户反映快递员态度恶劣且外箱破损，烦请登记破损并予以投诉。", "sf", "damaged:A;complaint:A", cats=(8,))
R("您好，{A}显示已签收但收件人未收到，申请核实签收，并投诉该快递员虚假签收。", "jd",
  "verify_delivery:A;complaint:A", cats=(8,))
R("您好，{A}理赔金额与保价金额不符：保价2,000元，核定赔付300元，我方不予接受，申请仲裁并投诉理赔专员。", "deppon",
  "arbitration:A;complaint:A", cats=(4, 8))
R("您好，{A}：\n（1）请加急派送；\n（2）派送时请复核重量，该件计费重量有误。", "cainiao", "urge:A;weight:A", cats=(8,))
R("您好，{A}已延误五日，请催件，同时登记延误工单。", "ems", "urge:A;delay:A", cats=(8,))
R("您好，{A}、{B}两单均破损，申请理赔，合计货值2,360元。", "zto", "claim:A,B", cats=(4, 7, 8))
R("您好，{A}丢失，{B}破损，两单均申请赔付。", "yto", "claim:A,B", cats=(7, 8))
R("您好，{A}外包装破损、内件完好，仅作破损登记；{B}内件损坏，申请理赔，货值780元。", "sto", "damaged:A;claim:B",
  cats=(4, 7, 8))
R("您好，{A}请拦截退回，并复核重量，退回运费按实际重量计算。", "yunda", "intercept:A;weight:A", cats=(8,))
R("您好，{A}已于6月8日申请理赔，至今未有结果，现对理赔处理时效提出投诉。", "jt", "complaint:A", cats=(4, 8))
R("您好，{A}少件：订单共3件，实收2件，申请赔付缺失部分，金额398元。", "sf", "claim:A", cats=(4, 8))
R("您好，{A}破损，申请理赔。\n补充：客户表示不需要赔偿了，仅登记破损即可。", "jd", "damaged:A", cats=(1, 2, 8))
R("您好，{A}丢失，申请理赔。更正：货值应为1,050元而非150元。", "deppon", "claim:A", cats=(2, 4, 8))
R("您好，{A}外箱破损，快递员拒绝备注异常，客户要求赔偿并投诉。", "cainiao", "claim:A;complaint:A", cats=(8,))
R("您好，{A}：申请理赔，内件破损；同时请拦截同批次的{B}，以免再次破损。", "ems", "claim:A;intercept:B", cats=(7, 8))
R("您好，{A}：\n一、登记破损；\n二、申请理赔，货值1,100元；\n三、投诉派送员。", "zto", "claim:A;complaint:A",
  cats=(4, 8))
R("您好，{A}请改址并催派：新地址：黑龙江省哈尔滨市南岗区西大直街92号，收件人：常先生，电话：{P}。", "yto",
  "change_address:A;urge:A", cats=(4, 8))
R("您好，{A}超重计费且已三日无更新，请核重并登记延误。", "sto", "weight:A;delay:A", cats=(8,))
R("您好，{A}客户已投诉，烦请尽快派送并登记客诉。", "yunda", "urge:A;complaint:A", cats=(8,))
R("您好，{A}收到时为空箱，货物疑似被调包，申请理赔并投诉，货值2,999元。", "jt", "claim:A;complaint:A", cats=(4, 8))
R("您好，{A}请核实签收并投诉，签收照片并非收件人家门口。", "sf", "verify_delivery:A;complaint:A", cats=(8,))
R("您好，{A}重量不符，申请核重；同时该件已停滞四日，申请登记延误；另对揽收员提出投诉。", "jd",
  "weight:A;delay:A;complaint:A", cats=(8,))
R("您好，{A}客户已拒收，现申请拦截退回，并投诉快递员未经同意将包裹放置驿站。", "deppon", "intercept:A;complaint:A",
  cats=(8,))
R("您好，{A}若尚未签收，烦请拦截退回；{B}请催件。", "cainiao", "intercept:A;urge:B", cats=(0, 7))
R("运单号：{A}\n问题类型：破损\n处理诉求：理赔＋投诉\n货值：3,480元\n联系人：品牌售后 严女士 {P}", "zto",
  "claim:A;complaint:A", cats=(4, 8))
R("运单号：{A}\n问题类型：丢失\n处理诉求：仅登记，暂不理赔", "yto", "lost:A", cats=(1, 8))
R("您好，{A}破损，申请赔付；{A}派送员同时投诉。", "sto", "claim:A;complaint:A", cats=(8,))
R("您好，关于{A}：\n一、此前申请的拦截撤回；\n二、现申请改址至：广东省东莞市南城区鸿福路106号，收件人：叶女士，电话：{P}；\n三、并请加急派送。",
  "jt", "change_address:A;urge:A", cats=(1, 2, 4, 8))
R("您好，{A}破损及少件，申请理赔，货值合计1,760元。", "sf", "claim:A", cats=(4, 8))
R("您好，{A}漏液，请登记破损，并对包装操作不当进行投诉，暂不索赔。", "jd", "damaged:A;complaint:A", cats=(1, 8))
R("您好，{A}显示签收未收到，请核实签收；{B}破损，请登记；{C}丢失，申请理赔。", "deppon",
  "verify_delivery:A;damaged:B;claim:C", cats=(7, 8))
R("您好，{A}拦截退回并登记延误，该件已超时效五日，客户拒收。", "cainiao", "intercept:A;delay:A", cats=(8,))
R("您好，{A}申请理赔并仲裁：前次理赔被驳回，理由不成立。", "ems", "claim:A;arbitration:A", cats=(8,))
R("您好，{A}被快递员私自拆封，内件缺失，申请赔偿，并对该快递员予以投诉。", "zto", "claim:A;complaint:A", cats=(8,))
R("您好，{A}撤单，并投诉揽收员三次爽约未上门。", "yto", "cancel:A;complaint:A", cats=(8,))
R("您好，{A}请加急，并核实此前计费重量。", "sto", "urge:A;weight:A", cats=(8,))
R("您好，{A}丢失，客户投诉，请登记丢件及投诉，理赔另行申请。", "yunda", "lost:A;complaint:A", cats=(8,))
R("您好，{A}：登记破损；{A}：申请理赔，货值650元。", "jt", "claim:A", cats=(4, 8))
R("您好，{A}改址至：上海市闵行区虹桥镇申长路988号虹桥万科中心1号楼，收件人：邱先生，电话：{P}。另请对该件派送员的服务态度提出投诉。",
  "sf", "change_address:A;complaint:A", cats=(4, 8))

# ---------------------------------------------------------------------------------------------------------------
# Policy questions, acknowledgements, reports of what is already done, hypotheticals (command words, nothing asked)
# ---------------------------------------------------------------------------------------------------------------
R("您好，请问贵司拦截件的退回运费如何收取？", None, "")
R("您好，请问已签收的快件是否还能申请理赔？理赔时效为多久？", "zto", "")
R("您好，请问改址服务是否收取额外费用？跨省改址是否支持？", "yto", "")
R("您好，请问撤单后运费一般何时退还？", "sto", "")
R("您好，请问保价费率是多少？货值5,000元的货物应如何保价？", "sf", "", cats=(0, 4))
R("您好，烦请告知贵司破损理赔所需材料清单，以便我方提前准备。", "jd", "")
R("收到，谢谢贵司配合。", "yunda", "")
R("好的，已知悉，感谢。", None, "")
R("您好，请问仲裁申请一般需要多长时间出结果？", "deppon", "")
R("您好，特此告知：我司端午节期间（6月8日至6月10日）暂停发货，期间无需上门揽收。", "zto", "", cats=(0, 4))
R("您好，请问夜间提交的拦截申请，是否会在次日上午优先处理？", "jt", "")
R("您好，请问催件后一般多久能安排派送？", "ems", "")
R("您好，请问虚假签收如何认定？需要我方提供哪些证明材料？", "cainiao", "")
R("您好，请问超重件的计费规则是什么？首重、续重分别如何计费？", "deppon", "")
R("您好，明日上午烦请安排上门揽收，约50件。", "sto", "", cats=(0, 4))
R("您好，请问投诉处理结果会以何种方式通知我方？", "yunda", "")
R("您好，拦截申请的结果已收到，感谢贵司及时处理。", "yto", "")
R("您好，贵司昨日处理的三笔改址均已成功，特此致谢。", "sf", "")
R("您好，请问同一运单能否多次申请拦截？", "jt", "")
R("您好，请问破损件是否需要收件人当场拒收后才能理赔？", "zto", "")
R("Dear team, could you tell us your policy on intercept fees? Thank you.", None, "", cats=(5,))
R("您好，請問攔截件退回一般需要幾天？", "sto", "", cats=(5,))
R("您好，我司新版售后对接流程如下：\n一、拦截、改址类需求请在群内发送运单号及处理方式；\n二、理赔类需求请发送邮件至售后邮箱。\n特此告知。",
  "yto", "")
R("您好，6月份对账单显示共计拦截126票、改址43票，烦请核对费用明细。", "zto", "", cats=(0, 4))
R("您好，如后续有需要撤单的订单，我方会统一在每日17:00前提交，特此说明。", "yunda", "", cats=(0, 4))
R("您好，请问能否为我司开通批量拦截的接口权限？", "jd", "")
R("您好，{A}的拦截已通过贵司官网自助提交成功，此处仅作备案，无需重复处理。", "yto", "")
R("您好，{A}客户已自行联系快递员改址，已改派成功，特此告知，无需处理。", "zto", "")
R("您好，{A}的理赔款已到账，金额680元，特此确认，感谢。", "sto", "", cats=(0, 4))
R("您好，{A}拦截退回的件已于6月14日退回我司仓库并签收入库，特此告知。", "jt", "", cats=(0, 4))
R("您好，{A}已由我方致电贵司客服热线登记投诉，受理编号TS0613078，此处仅作同步，无需重复登记。", "sf", "", cats=(0, 4))
R("您好，{A}撤单已成功，已收到系统通知，感谢。", "deppon", "")
R("您好，假如{A}明天还不到，是否可以申请延误赔偿？", "yunda", "", nh=True)
R("您好，如{A}后续出现破损，理赔流程是否与普通件相同？", "cainiao", "", nh=True)
R("您好，如客户拒收，我方是否需要另行申请拦截，还是贵司会自动退回？", None, "")
R("您好，若日后需要批量改址，是否可以通过表格形式提交？", "ems", "")
R("您好，{A}的核重结果已收到，差价已退还，此事结案，无需再处理。", "jd", "")
R("您好，{A}请问如申请拦截，退回运费由哪一方承担？", "zto", "", nh=True)
R("您好，以下为本月异常件处理情况汇报，均已处理完毕，仅供贵司备案：\n{A} 拦截成功\n{B} 改址成功\n{C} 理赔已结案", "yto", "",
  cats=(0, 7))
R("您好，特此说明：今后凡我方消息中注明“仅供参考”的单号，均无需拦截或催件。", None, "")
R("您好，请问若拦截失败、快件已签收，后续应如何处理？", "sto", "")
R("您好，{A}的延误工单已有回复，客户表示理解，谢谢。", "jt", "")
R("您好，麻烦了，辛苦各位。", "sf", "")
R("您好，请问贵司的理赔上限是否以保价金额为准？未保价的件最高赔付多少？", "deppon", "")


# ---------------------------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------------------------
_PREFIXES = ("DPK", "JD", "YT", "JT", "SF")
_FIXED_HEAD = {"zto": 2, "sto": 2, "yunda": 2, "ems": 1, "cainiao": 3, "yto": 3, "jt": 3, "sf": 2, "jd": 4,
               "deppon": 4}


def _prefix(number: str) -> str:
    if number.startswith("JD"):  # JD + two letters/digits: JDVA, JDX0, JDJD
        return number[:4]
    for p in _PREFIXES:
        if number.startswith(p):
            return p
    return ""


def _spaced(number: str, sep: str = " ") -> str:
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", number):  # UPU S10: EJ 302 993 041 CN
        return sep.join([number[:2], number[2:5], number[5:8], number[8:11], number[11:]])
    p = _prefix(number)
    digits = number[len(p):]
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return sep.join(([p] if p else []) + groups)


def _split(rng: random.Random, number: str) -> str:
    k = rng.randint(len(number) // 2 - 2, len(number) // 2 + 2)
    return number[:k] + "\n" + number[k:]


def _variant(rng: random.Random, number: str, carrier: str) -> str:
    """The same number with one digit mistyped: still a valid number of the carrier."""
    if carrier == "ems_s10":
        serial = list(number[2:10])
        i = rng.randrange(8)
        serial[i] = rng.choice([d for d in "0123456789" if d != serial[i]])
        s = "".join(serial)
        return number[:2] + s + str(wn.s10_check(s)) + "CN"
    i = rng.randrange(max(_FIXED_HEAD.get(carrier, 4), len(number) - 6), len(number))
    return number[:i] + rng.choice([d for d in "0123456789" if d != number[i]]) + number[i + 1:]


def _order_number(rng: random.Random) -> str:
    n = rng.choice((18, 19))
    return rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))


_SLOT = re.compile(r"\{([A-H])(?:_([sdn]))?\}|\{(PR|P|Q)\}|\{(O2|O)\}")


def build(rec: dict, rng: random.Random, idx: int) -> dict:
    c = rec["c"]
    spec = rec["w"]
    letters = sorted(set(re.findall(r"\{([A-H])(?:_[sdn])?\}", rec["text"])))
    if spec is None:
        assert c is not None or not letters, rec["text"]
        spec = c
    carriers = {x: (spec[x] if isinstance(spec, dict) else spec) for x in letters}
    numbers: dict[str, str] = {}
    for x in letters:  # plain carriers first, then the mistyped variants of them
        if not carriers[x].startswith("~"):
            numbers[x] = wn.waybill(rng, carriers[x])
    for x in letters:
        if carriers[x].startswith("~"):
            src = carriers[x][1:]
            carriers[x] = carriers[src]
            numbers[x] = _variant(rng, numbers[src], carriers[x])
            assert numbers[x] != numbers[src]
    assert len(set(numbers.values())) == len(numbers), rec["text"]
    phones: dict[str, str] = {}
    orders: dict[str, str] = {}

    def fill(m: re.Match) -> str:
        if m.group(1):
            n = numbers[m.group(1)]
            form = m.group(2)
            if form == "s":
                return _spaced(n)
            if form == "d":
                return _spaced(n, "-")
            if form == "n":
                return _split(rng, n)
            return n
        if m.group(3):
            key = m.group(3)
            if key not in phones:
                raw = wn.phone(rng)
                phones[key] = raw if key == "PR" else wn.phone_notation(rng, raw)
            return phones[key]
        key = m.group(4)
        if key not in orders:
            orders[key] = _order_number(rng)
        return orders[key]

    text = _SLOT.sub(fill, rec["text"])
    expected = []
    for part in filter(None, (p.strip() for p in rec["exp"].split(";"))):
        intent, names = part.split(":")
        assert intent in INTENTS, intent
        expected.append({"intent": intent, "waybills": [numbers[x.strip()] for x in names.split(",")]})
    group = c
    if group is None and any(n.isdigit() for n in numbers.values()):
        raise AssertionError(f"all-digit number in a null group: {rec['text']}")
    return {"id": f"m-{idx:04d}", "text": text, "carrier": group, "expected": expected, "needs_human": rec["nh"],
            "confirm": rec["cf"], "categories": rec["cats"], "style": "m"}


def check(records: list[dict]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    texts = Counter(r["text"] for r in records)
    assert max(texts.values()) == 1, [t for t, k in texts.items() if k > 1]
    for r in records:
        flat = re.sub(r"[\s\-]", "", r["text"])
        for g in r["expected"]:
            for w in g["waybills"]:
                assert w == w.upper() and re.fullmatch(r"[A-Z0-9]+", w), w
                assert w in r["text"] or w in flat, (r["id"], w)
        assert not (r["needs_human"] and r["confirm"]), r["id"]
        if r["confirm"]:
            assert any(g["intent"] in ("intercept", "cancel", "change_address") for g in r["expected"]), r["id"]
        if re.search(r"(?<![A-Z0-9])\d{12,15}(?!\d)", r["text"]) and r["carrier"] is None:
            raise AssertionError(f"all-digit number without a group carrier: {r['id']}")
        assert r["categories"] and all(0 <= k <= 8 for k in r["categories"]), r["id"]
        pairs = [(g["intent"], w) for g in r["expected"] for w in g["waybills"]]
        assert len(pairs) == len(set(pairs)), r["id"]
        tracked = {w for i, w in pairs if i == "track"}
        others = {w for i, w in pairs if i != "track"}
        assert not tracked & others, r["id"]


def main() -> None:
    rng = random.Random(SEED)
    records = [build(rec, rng, i) for i, rec in enumerate(RECORDS, 1)]
    check(records)
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(k for r in records for k in r["categories"])
    empty_with_words = sum(1 for r in records if not r["expected"] and re.search(
        r"拦|截|撤|退回|改址|改派|转寄|催|加急|签收|破损|碎|丢|遗失|少件|重量|核重|延误|理赔|赔|投诉|仲裁|作废|"
        r"攔|撤單|intercept|cancel|return|urge|expedite|claim|complain|damage|lost|deliver", r["text"], re.I))
    core = sum(1 for r in records if set(r["categories"]) & {1, 2, 8})
    print(f"{len(records)} messages -> {OUT.name}", file=sys.stderr)
    print("per category: " + ", ".join(f"{k}: {cats[k]}" for k in range(9)), file=sys.stderr)
    print(f"categories 1/2/8: {core} ({core / len(records):.0%}); expected [] with command words: "
          f"{empty_with_words}; needs_human: {sum(r['needs_human'] for r in records)}; "
          f"confirm: {sum(r['confirm'] for r in records)}", file=sys.stderr)
    print("groups: " + ", ".join(f"{k}: {v}" for k, v in Counter(str(r['carrier']) for r in records).most_common()),
          file=sys.stderr)


if __name__ == "__main__":
    main()
