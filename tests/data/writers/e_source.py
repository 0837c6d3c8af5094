"""Writer "e": hand-written messages of a large corporate shipper's account manager (大客户客户经理).

Run ``python tests/data/writers/e_source.py`` to (re)write ``tests/data/writers/e.jsonl`` deterministically.

Every message below is a sentence written by hand. Placeholders in braces are filled from
``tests/data/waybill_numbers.py``:

    {yt1} {zt1} {st1} {yd1} {jt1} {sf1} {jd1} {em1} {eu1} {dp1} {cn1}
        waybills of yto, zto, sto, yunda, jt, sf, jd, ems (13 digits), ems_s10, deppon, cainiao;
        the same name within a message is the same number.
    {ph1}   a mobile phone;  {od1} a platform order number (18-19 digits);  {tail} four digits.

An optional ``:form`` writes a number another way: waybills ``sp`` (spaced), ``nl`` (split over two lines),
``dash``, ``fw`` (full-width digits), ``tr`` (truncated, invalid), ``bad`` (S10 with a wrong check digit);
phones ``n`` (a notation from waybill_numbers.phone_notation), ``plus``, ``plus0``, ``86``, ``00``, ``00s``,
``dash``, ``sp``, ``par``, ``fw``.

``exp`` lists what the message asks for: ``"intercept yt1 yt2; urge zt1"`` (placeholder names).
``h`` is needs_human, ``c`` is confirm.
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
_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(wn)

OUT = HERE / "e.jsonl"
SEED = 20240517
STYLE = "e"
INTENTS = {
    "intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight", "track",
    "delay", "claim", "complaint", "arbitration",
}
GROUP_CARRIERS = {"sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao", None}
PREFIX = {
    "yt": "yto", "zt": "zto", "st": "sto", "yd": "yunda", "jt": "jt", "sf": "sf", "jd": "jd", "em": "ems",
    "eu": "ems_s10", "dp": "deppon", "cn": "cainiao",
}
ALL_DIGIT = {"zto", "sto", "yunda", "ems", "cainiao"}

E: list[tuple] = []


def m(carrier, cats, text, exp="", h=False, c=False, drop=""):
    """``drop``: why the audit (AUDIT-de.md) took the message out. A dropped message still draws its numbers, so
    every other message keeps its id and numbers; it is only not written."""
    E.append((carrier, list(cats), text, exp, h, c, drop))


# =====================================================================================================
# Category 0: ordinary requests
# =====================================================================================================
# --- intercept
m("yto", [0], "您好，麻烦贵司协助处理以下事项：单号 {yt1}，收件人已明确拒收，烦请拦截退回至我司仓库，谢谢。",
  "intercept yt1")
m("zto", [0], "您好，{zt1}、{zt2} 两票货物因客户取消订单，烦请予以拦截退回，望尽快回复处理结果。",
  "intercept zt1 zt2")
m(None, [0], "各位好，以下两单请协助拦截：\n1) {sf1}\n2) {jd1}\n拦截后请原路退回发货仓，辛苦。",
  "intercept sf1 jd1")
m("sto", [0], "烦请将单号{st1}的快件截件退回，收件地址经核实为虚假地址，谢谢配合。", "intercept st1")
m("jt", [0], "您好，\n单号：{jt1}\n问题：客户下单后反悔\n诉求：拦截退回\n请协助处理，谢谢。", "intercept jt1")
m("yunda", [0], "敬请协助：{yd1} 如尚未派送，请予以拦截，退回原寄件网点。", "intercept yd1")
m("deppon", [0], "您好，{dp1} 这票大件货请帮忙拦回来，客户那边已经协商退货，运费按协议由我司承担。", "intercept dp1")
m("ems", [0], "您好，EMS邮件号 {em1} 烦请拦截退回，谢谢。", "intercept em1")
m("cainiao", [0], "您好，菜鸟单号{cn1}请协助退件处理，客户地址无法送达。", "intercept cn1")
# --- cancel
m("zto", [0], "您好，{zt1} 这单还未揽收，我司这边不寄了，烦请撤单。", "cancel zt1")
m("sf", [0], "烦请协助取消寄件：{sf1}，订单已在平台关闭，无需再上门揽收。", "cancel sf1")
m("yto", [0], "{yt1} 作废，该面单打印有误，我司已重新下单，谢谢。", "cancel yt1")
m("sto", [0], "您好，以下运单尚未揽件，麻烦统一撤单：{st1}、{st2}、{st3}。", "cancel st1 st2 st3")
m("jt", [0], "请帮忙取消订单 {jt1}，客户临时改为到店自提，谢谢贵司。", "cancel jt1")
m("deppon", [0], "德邦同事您好，{dp1} 预约的上门取件请帮忙取消，货物暂不寄出了。", "cancel dp1")
m("cainiao", [0], "{cn1} 麻烦撤销这张电子面单，货还没交给快递员，谢谢。", "cancel cn1")
# --- change_address
m("yto", [0], "您好，麻烦贵司协助改址：\n单号：{yt1}\n新地址：浙江省杭州市西湖区文三路90号东部软件园3号楼502室\n"
  "收件人：张伟\n联系方式：{ph1}\n烦请尽快处理，谢谢。", "change_address yt1")
m("zto", [0], "您好，{zt1} 收件地址需变更为：江苏省苏州市工业园区星湖街328号创意产业园12幢，收件人王芳，电话 {ph1}，"
  "烦请改派。", "change_address zt1")
m(None, [0], "烦请将 {jt1} 转寄至 四川省成都市武侯区天府大道北段1700号环球中心E2区，收件人不变。谢谢。",
  "change_address jt1")
m("sf", [0], "您好，{sf1} 地址改为：广东省深圳市南山区粤海街道高新南七道18号，刘洋收，电话{ph1}。望尽快回复。",
  "change_address sf1")
m("sto", [0], "您好，申通单号{st1}请修改收件地址：上海市浦东新区张江镇祖冲之路887弄5号楼，联系人陈静 {ph1}。",
  "change_address st1")
m("jd", [0], "烦请协助将{jd1}改派至北京市朝阳区建国路88号SOHO现代城A座1205室，收件人杨帆，手机{ph1}，不胜感激。",
  "change_address jd1")
m("yunda", [0], "您好，{yd1} 客户搬家了，麻烦改地址到 湖北省武汉市洪山区珞喻路1037号华中科技大学东校区，收件人赵磊，电话不变。",
  "change_address yd1")
m("deppon", [0], "您好，{dp1} 这单大件请改派到 河南省郑州市金水区花园路39号 周杰收 {ph1}，原地址暂时无人收货。",
  "change_address dp1")
# --- urge
m("yto", [0], "您好，{yt1} 已到派送网点两天仍未派送，烦请催件，客户着急使用。", "urge yt1")
m("zto", [0], "烦请贵司加急派送 {zt1}、{zt2}，均为客户活动物资，明日上午前必须送达。", "urge zt1 zt2")
m(None, [0], "您好，以下快件麻烦催一下：\n{sf1}\n{jt1}\n{yt1}\n谢谢。", "urge sf1 jt1 yt1")
m("jd", [0], "您好，{jd1} 三天没动了，麻烦贵司催促一下末端尽快配送。", "urge jd1")
m("yunda", [0], "您好，韵达单号{yd1}客户多次来电催问，烦请帮忙催派，感谢。", "urge yd1")
m("jt", [0], "您好，{jt1} 为医疗耗材，较为紧急，请安排优先派送。", "urge jt1")
m("cainiao", [0], "麻烦帮忙催一下 {cn1}，驿站一直没有通知取件。", "urge cn1")
# --- verify_delivery
m("yto", [0], "您好，{yt1} 物流显示已签收，但收件人表示并未收到货物，烦请核实签收情况。", "verify_delivery yt1")
m("zto", [0], "您好，{zt1} 系统显示本人签收，客户称从未收到，且当日不在家，疑似虚假签收，请核实。",
  "verify_delivery zt1")
m(None, [0], "烦请核实以下单号的签收情况：{sf1}、{jd1}。两单均显示签收，收件人均反馈未收到。",
  "verify_delivery sf1 jd1")
m("sto", [0], "{st1} 显示已由快递柜代收，但客户未收到取件码，烦请核查签收。", "verify_delivery st1")
m("jt", [0], "您好，{jt1} 显示他人代签，客户并不认识签收人，麻烦核实。", "verify_delivery jt1")
m("ems", [0], "您好，{eu1} 显示妥投，但收件单位称未收到该邮件，请协助核实。", "verify_delivery eu1")
m("cainiao", [0], "{cn1} 物流显示驿站已签收，收件人到驿站没有找到包裹，请核实签收。", "verify_delivery cn1")
# --- damaged
m("yto", [0], "您好，{yt1} 客户签收时发现外箱严重破损，内部商品有磕碰，烦请登记。", "damaged yt1")
m("zto", [0], "{zt1} 到货时玻璃杯全部碎了，客户已拍照留证，请贵司记录破损。", "damaged zt1")
m(None, [0], "您好，{dp1} 所运实木家具边角压坏，收件人已拍照留证，请登记破损。", "damaged dp1")
m("sto", [0], "您好，{st1} 内装洗发水漏液，污染了同箱其他商品，请登记。", "damaged st1")
m("jd", [0], "{jd1} 显示器屏幕碎裂，外包装有明显挤压痕迹，烦请贵司登记处理。", "damaged jd1")
m("yunda", [0], "您好，{yd1} 客户反馈水果到手已经烂了，麻烦登记一下。", "damaged yd1")
m("jt", [0], "您好，{jt1} 外箱破了，内件包装也有破损。", "damaged jt1")
# --- lost
m("yto", [0], "您好，{yt1} 已超过十天无任何物流更新，网点称找不到该件，应是遗失了，请登记。", "lost yt1")
m("zto", [0], "{zt1}、{zt2} 两票货在中转环节丢失，烦请登记丢件。", "lost zt1 zt2")
m("sf", [0], "您好，{sf1} 派件员称件没了，哪都找不着，请贵司正式登记遗失。", "lost sf1")
m("sto", [0], "您好，{st1} 收件人清点后发现少件，一票三箱只收到两箱。", "lost st1")
m("cainiao", [0], "您好，{cn1} 一周没动了，是不是丢了？请帮忙登记。", "lost cn1")
m("deppon", [0], "{dp1} 托运的五件货只到了四件，另外一件下落不明，请按丢件处理。", "lost dp1")
m("jt", [0], "您好，{jt1} 网点回复包裹已遗失，请协助登记，后续理赔事宜另行沟通。", "lost jt1")
# --- weight
m("yto", [0], "您好，{yt1} 实际重量约1.2公斤，账单计费3公斤，烦请核重。", "weight yt1")
m("zto", [0], "{zt1} 重量不对，我司出库称重仅0.8kg，请贵司重新称一下。", "weight zt1")
m(None, [0], "您好，以下单号计费重量明显偏高，烦请核实：{sf1}、{jt1}、{yt1}。", "weight sf1 jt1 yt1")
m("sto", [0], "您好，{st1} 被判超重，但同款商品一直按首重计费，请核查。", "weight st1")
m("yunda", [0], "麻烦查一下 {yd1} 的重量，月结账单上显示5.6kg，与我方记录不符。", "weight yd1")
m("deppon", [0], "您好，{dp1} 计费体积重与实际尺寸不符，烦请复核重量。", "weight dp1")
m("cainiao", [0], "您好，{cn1} 查重量，谢谢。", "weight cn1")
# --- track
m("yto", [0], "您好，烦请查询 {yt1} 目前的物流位置。", "track yt1")
m("zto", [0], "单号：{zt1}", "track zt1")
m(None, [0], "您好，麻烦查一下以下几单现在到哪了：\n{sf1}\n{jd1}\n{eu1}", "track sf1 jd1 eu1")
m("sto", [0], "请问 {st1} 预计什么时候能到？客户在询问。", "track st1")
m("ems", [0], "您好，邮件号{em1}请帮忙查件。", "track em1")
m("yunda", [0], "{yd1} 现在到哪个网点了？", "track yd1")
m("cainiao", [0], "烦请告知 {cn1} 的最新物流状态，谢谢。", "track cn1")
m("sf", [0], "{sf1}", "track sf1")
# --- delay
m("yto", [0], "您好，{yt1} 在杭州转运中心已停滞四天，烦请登记延误。", "delay yt1")
m("zto", [0], "{zt1} 好几天没更新了。", "delay zt1")
m(None, [0], "您好，{jt1}、{yt1} 承诺时效为两日达，现已第五日仍未送达，请按延误处理。", "delay jt1 yt1")
m("sto", [0], "您好，{st1} 三天没动了。", "delay st1")
m("yunda", [0], "您好，{yd1} 怎么还没到，是不是延误了？", "delay yd1")
m("jd", [0], "您好，{jd1} 物流信息停留在“已发往北京”已经一周，麻烦打个延误。", "delay jd1")
m("cainiao", [0], "{cn1} 从发货到现在一直显示已揽收，没有后续轨迹，请登记延误。", "delay cn1")
# --- claim
m("yto", [0], "您好，{yt1} 申请理赔，相关凭证稍后发至贵司邮箱。", "claim yt1")
m("zto", [0], "{zt1} 烦请启动理赔流程，谢谢。", "claim zt1")
m(None, [0], "您好，{sf1} 的赔偿事宜请贵司尽快给出方案。", "claim sf1")
m("jt", [0], "您好，{jt1} 请走赔付流程，发票及货值证明均已备齐。", "claim jt1")
m("cainiao", [0], "烦请告知 {cn1} 的理赔进度，并尽快赔付。", "claim cn1",
  drop="audit: a status question (outside the intents) beside claim; the guide does not decide needs_human")
m("deppon", [0], "您好，{dp1} 请安排理赔专员与我司联系。", "claim dp1")
# --- complaint
m("yto", [0], "您好，{yt1} 派件员未经同意将包裹放在门口，客户要求投诉。", "complaint yt1")
m("zto", [0], "{zt1} 快递员电话中态度恶劣，我司正式投诉。", "complaint zt1")
m(None, [0], "您好，就 {jt1} 一事提出投诉：派件员私自将快件放置驿站且未通知收件人。", "complaint jt1")
m("sto", [0], "您好，{st1} 客户投诉派送员辱骂，请贵司严肃处理。", "complaint st1")
m("yunda", [0], "{yd1} 快递员送货不上楼，且态度很差，请登记客诉。", "complaint yd1")
m("sf", [0], "您好，{sf1} 收派员上门取件迟到两小时且未提前告知，现予投诉。", "complaint sf1")
m("ems", [0], "邮件{em1} 投递员服务态度差，请贵司受理投诉。", "complaint em1")
# --- arbitration
m("yto", [0], "您好，{yt1} 平台判定我司责任，我司不认可，申请仲裁。", "arbitration yt1")
m("zto", [0], "{zt1} 与收件方就破损责任存在争议，烦请贵司介入仲裁。", "arbitration zt1")
m(None, [0], "您好，{sf1} 的理赔金额双方未能达成一致，我司申请仲裁。", "arbitration sf1")
m("jt", [0], "您好，{jt1} 请提交仲裁，相关聊天记录已整理完毕。", "arbitration jt1")
m("sto", [0], "烦请为 {st1} 发起仲裁，网点判责有误。", "arbitration st1")
m("yunda", [0], "{yd1} 仲裁，谢谢。", "arbitration yd1")
# --- several lines, several commands
m(None, [0], "您好，烦请协助处理以下事项：\n一、{yt1} 拦截退回；\n二、{jt1} 催件；\n三、{sf1} 查询物流。\n望尽快回复。",
  "intercept yt1; urge jt1; track sf1")
m("zto", [0], "您好：\n1) {zt1} 改址至 浙江省宁波市鄞州区天童南路588号 林晓 {ph1}\n2) {zt2} 核实签收\n3) {zt3} 登记破损\n谢谢。",
  "change_address zt1; verify_delivery zt2; damaged zt3")
# --- full-width digits typed by the merchant's input method
m("zto", [0], "您好，{zt1:fw} 请拦截退回，谢谢。", "intercept zt1")
m("cainiao", [0], "{cn1:fw} 麻烦催一下派送。", "urge cn1")
# --- hedged requests (confirm)
m("yto", [0], "您好，{yt1} 可能需要拦截退回，客户还在犹豫，烦请先按拦截处理，我再与客户确认。", "intercept yt1", c=True)
m("zto", [0], "{zt1} 要不拦截吧，客户好像不想要了。", "intercept zt1", c=True)
m(None, [0], "您好，{sf1} 好像得改个地址，客户说新地址是 广东省深圳市福田区福华三路88号 赵磊 {ph1}，我再核实一下。",
  "change_address sf1", c=True)
m("sto", [0], "{st1} 看看能不能撤单，还没揽收的话。", "cancel st1", c=True)
m("jt", [0], "您好，{jt1} 可能要退回，待客户最终确认。", "intercept jt1", c=True)
m("yunda", [0], "{yd1} 麻烦先拦一下？客户那边我再沟通一下。", "intercept yd1", c=True)
m("jd", [0], "您好，{jd1} 客户可能要改地址，新地址暂定 北京市西城区金融大街35号 王芳 {ph1}，以客户最终确认为准。",
  "change_address jd1", c=True)
m("cainiao", [0], "{cn1} 也许需要撤单，烦请先看一下是否已揽收。", "cancel cn1", c=True)
m("deppon", [0], "您好，{dp1} 或许得拦回来，客户说货不对，我们还在核对。", "intercept dp1", c=True)
m("ems", [0], "{em1} 拦截？还是不拦？我再想想……先拦吧。", "intercept em1", c=True)

# =====================================================================================================
# No waybill: chit-chat, thanks, general questions, commands without a number
# =====================================================================================================
m("yto", [0], "好的，收到，辛苦各位。")
m(None, [0], "感谢贵司今日的高效处理，特此致谢。")
m("zto", [0], "您好，请问明天几点来我司仓库揽收？")
m("sto", [0], "各位早上好，今日预计发货约1200票，请安排两台车辆上门揽收。")
m("jt", [0], "您好，请问贵司春节期间的停发时间是哪天？")
m(None, [0], "收到，谢谢！")
m("yunda", [0], "您好，麻烦把本月的对账单发一下，谢谢。")
m("jd", [0], "新年快乐，感谢过去一年的合作与支持！")
m("ems", [0], "请问寄往新疆、西藏的邮件目前是否正常收寄？")
m("deppon", [0], "您好，请问大件家具送货上楼是否另外收费？")
m("cainiao", [0], "好的，明白了，有劳。")
m("sf", [0], "您好，贵司新的月结协议我司已盖章寄回，请查收。")
m(None, [0], "各位辛苦了，双十一期间还请多多关照。")
m("yto", [0], "已收到处理结果，非常感谢！")
m("zto", [0], "请问拦截一般多久能有结果？")
m("sto", [0], "您好，贵司理赔需要提供哪些材料？")
m("jt", [0], "👌 好的")
m(None, [0], "@客服 您好，请问今天的揽收截止时间是几点？")
m("yunda", [0], "麻烦问一下，偏远地区的续重怎么计费？")
m("jd", [0], "收到，我们这边再和客户确认一下。")
m("ems", [0], "谢谢贵司，问题已解决。")
m("deppon", [0], "您好，请问改址是否会产生额外费用？")
m("cainiao", [0], "您好，想了解一下贵司的保价费率。")
m("sf", [0], "辛苦，祝工作顺利。")
m(None, [0], "您好，我是华辰电子的客户经理陈思远，今后我司的售后事宜由我在本群对接，请多关照。")
m("yto", [0], "明白，稍后我把单号整理好一起发过来。")
m("zto", [0], "好的，那就按贵司的方案处理，谢谢。")
m("sto", [0], "嗯嗯 收到")
m(None, [0], "请问贵司有没有上门取件的小程序？")
m("cainiao", [0], "请问 621 开头的单号是菜鸟的吗？")
# commands with no usable waybill
m("yto", [0], "您好，麻烦帮忙拦截一下，谢谢。", h=True)
m("zto", [4], "尾号{tail}的那单请帮忙拦截。", h=True)
m(None, [0], "您好，刚才那票请加急派送。", h=True)
m("sto", [0], "烦请撤单，客户不要了。", h=True)
m("jt", [0], "您好，客户地址写错了，麻烦改一下地址：广东省广州市天河区天河路385号太古汇一座。", h=True)
m("sf", [0], "收件人说没收到货，但显示签收了，麻烦核实。", h=True)
m("yunda", [0], "您好，那单货到了破损严重，请登记。", h=True)
m("jd", [0], "您好，今天上午发出的那批货，麻烦统一催一下。", h=True)
m("deppon", [0], "投诉！你们司机今天又迟到了。", h=True)
m("ems", [0], "烦请理赔，材料已准备好。", h=True)
m(None, [4], "您好，订单号 {od1} 的货物请帮忙拦截。", h=True)
m("yto", [0], "您好，单号稍后补发，先请帮忙登记延误。", h=True)

# =====================================================================================================
# Category 1: negation and withdrawal
# =====================================================================================================
m("yto", [1], "您好，{yt1} 请拦截退回；{yt2} 暂不拦截，正常派送即可。", "intercept yt1")
m("zto", [1], "{zt1} 不是不拦，是现在就拦，请立即处理。", "intercept zt1")
m(None, [1], "您好，{jt1} 不要退回，烦请改派至 江苏省南京市鼓楼区中山北路30号 徐明收，电话{ph1}。", "change_address jt1")
m("sto", [1], "您好，前日提交的 {st1} 拦截申请请撤销，客户已同意收货。", h=True)
m("yunda", [1], "{yd1} 不用理赔了，我司已与客户协商解决。", h=True)
m("sf", [1], "{sf1} 拦截。……{sf1} 算了，不拦了，客户又要了。")
m("jd", [1], "您好，{jd1} 无需催件，{jd2} 请加急派送。", "urge jd2")
m(None, [1], "此前申请的 {yt1} 改址请取消，客户仍按原地址收货；另 {jt1} 请拦截。", "intercept jt1", h=True)
m("ems", [1], "您好，邮件{em1}不要拦截，是要改地址：河北省石家庄市长安区中山东路39号 孙丽 {ph1}。", "change_address em1")
m("cainiao", [1], "您好，{cn1} 暂时不用撤单，{cn2} 麻烦撤单。", "cancel cn2")
m("deppon", [1], "{dp1} 并非不需要处理，而是请尽快催派，客户急用。", "urge dp1")
m("yto", [1], "您好，{yt1} 客户拒收，但请不要退回仓库，改派至同城另一收货点：上海市闵行区七宝镇漕宝路3366号 朱琳 {ph1}。",
  "change_address yt1")
m("zto", [1], "关于{zt1}：昨天说的催件不用了，客户已经自提。", h=True)
m("jt", [1], "{jt1} 拦截，{jt2} 拦截，{jt3} 不拦。", "intercept jt1 jt2")
m(None, [1], "您好，{sf1} 我司不再申请理赔，仅需登记破损即可。", "damaged sf1")
m("sto", [1], "您好，{st1} 不用改地址了，直接拦截退回吧。", "intercept st1")
m("yunda", [1, 2], "{yd1} 不是要投诉，是要登记延误，烦请更正工单类型。", "delay yd1")
m("jd", [1], "您好，{jd1} 没有丢，客户在邻居家找到了，之前的丢件登记请撤回。", h=True)
m("ems", [1], "{eu1} 请勿退回，收件人下周回国后会自行领取。", h=True)
m("cainiao", [1], "{cn1} 不拦了，谢谢。", h=True)
m(None, [1], "您好：\n一、{yt1} 拦截；\n二、{yt2} 拦截；\n三、{jt1} 不拦截，改为催件。\n烦请处理。",
  "intercept yt1 yt2; urge jt1")
m("deppon", [1, 2], "{dp1} 撤单取消，货已经交给司机了，麻烦改成拦截退回。", "intercept dp1")
m("sf", [1], "{sf1} 不催了，客户说不着急；{sf2} 还是要催一下。", "urge sf2", h=True)
m("zto", [1], "之前提交的 {zt1} 改址申请作废，收件人已回到原地址，请按原址派送。", h=True)
m("yto", [1], "您好，{yt1} 客户不是拒收，是地址写错了，请改派到 浙江省温州市鹿城区车站大道577号 董洁 {ph1}。",
  "change_address yt1")
m("jt", [1], "{jt1} 别派了，退回来。", "intercept jt1")
m(None, [1], "您好，{sf1} 拦截；{jd1} 不拦，请改为登记延误。", "intercept sf1; delay jd1")
m("sto", [1, 2], "您好，关于{st1}，我司此前申请的理赔撤回，改为投诉处理。", "complaint st1")
m("yunda", [1], "{yd1} 无须催件了，已签收。另 {yd2} 尚未签收，请加急。", "urge yd2", h=True)
m("jd", [1], "您好，{jd1} 不是没收到，是收到的商品破损了，请登记破损，不需要核实签收。", "damaged jd1")
m("ems", [1], "{em1} 请不要撤单，这票是要拦截的，已经揽收了。", "intercept em1")
m("cainiao", [1], "您好，{cn1} 和 {cn2} 都请撤单。{cn2} 刚确认客户还要，不撤了。", "cancel cn1")
m("deppon", [1], "{dp1} 不用送货上楼，放一楼即可，请尽快派送。", "urge dp1",
  drop="audit: a delivery instruction outside the intents beside urge; the guide does not decide needs_human")
m("yto", [1], "您好，{yt1} 客户不是要退货，不要拦截，麻烦催一下派送。", "urge yt1")
m("zto", [1, 7], "{zt1}、{zt2}、{zt3} 全部拦截，其中 {zt2} 除外。", "intercept zt1 zt3")
m(None, [1], "您好，{yt1} 拦截一事，无须再办理。", h=True)
m("jt", [1, 8], "{jt1} 不能不管，已经延误五天了，请登记延误并催件。", "delay jt1; urge jt1")
m("sf", [1], "您好，{sf1} 不需要查件了，直接帮忙拦截吧。", "intercept sf1")
m("sto", [1], "烦请协助：{st1} 拦截退回。若已签收则无需处理。", "intercept st1")
m("yunda", [1], "您好，{yd1} 的投诉我司决定不再追究，特此告知。", h=True)
m("jd", [1, 2], "{jd1} 不要改址了，也不要拦截，还是按原地址派送吧，麻烦催一下。", "urge jd1")
m("cainiao", [1], "{cn1} 不是不寄了，是换个地址寄，请改址至 广西壮族自治区南宁市青秀区民族大道136号 韩雪 {ph1}。",
  "change_address cn1")
m("ems", [1], "您好，{eu1} 的仲裁申请撤回，双方已和解；{eu2} 仍请贵司继续跟进理赔。", "claim eu2", h=True)
m("yto", [1], "{yt1} 拦截，{yt2} 也拦截……{yt2} 算了，客户刚回复说要，不用拦了。", "intercept yt1")
m("jt", [1], "您好，{jt1} 不要撤单，也不要拦截，请改派至 浙江省杭州市滨江区江南大道3588号 何勇 {ph1}。",
  "change_address jt1")

# =====================================================================================================
# Category 2: corrections
# =====================================================================================================
m("yto", [2], "您好，{yt1} 请催件。更正：应为拦截退回，特此更正。", "intercept yt1")
m("zto", [2], "{zt1} 拦截 —— 更正，单号打错了，是 {zt2}。", "intercept zt2")
m(None, [2], "您好，{sf1} 撤单。哦不对，已经揽收了，那就拦截。", "intercept sf1")
m("sto", [2], "{st1} 改址取消，还是拦截吧。", "intercept st1")
m("jt", [2], "前一条消息作废，以此条为准：{jt1} 请加急派送。", "urge jt1")
m("yunda", [2, 7], "您好，烦请处理以下事项：\n一、{yd1} 拦截；\n二、{yd2} 改址至 湖南省长沙市岳麓区麓山南路932号 唐亮 {ph1}；\n"
  "三、{yd3} 催件。\n前述第二项作废。", "intercept yd1; urge yd3")
m("jd", [2], "{jd1} 登记破损。更正：是丢件，不是破损。", "lost jd1")
m("ems", [2], "您好，邮件号 {em1} 请拦截。特此更正：邮件号应为 {em2}，前述号码有误。", "intercept em2")
m("cainiao", [2], "{cn1} 催一下，哦不对，是查一下到哪了。", "track cn1")
m("deppon", [2, 4], "您好，{dp1} 改址至 陕西省西安市雁塔区高新路52号 冯倩 {ph1}。更正：收件人电话应为 {ph2}，其余不变。",
  "change_address dp1")
m("yto", [2], "{yt1} 核实签收。\n更正：单号有误，正确单号为 {yt2}，以此条为准。", "verify_delivery yt2")
m("zto", [2], "您好，{zt1} 拦截，{zt2} 催件。不好意思说反了，{zt1} 催件，{zt2} 拦截。", "urge zt1; intercept zt2")
m(None, [2], "{jt1} 请登记延误……不对，是已经显示签收了但客户没收到，请核实签收。", "verify_delivery jt1")
m("sto", [2], "您好，{st1} 投诉。算了，还是先催件吧，投诉后面再说。", "urge st1")
m("yunda", [2, 4, 8], "{yd1} 理赔金额更正为 1260 元，原报 980 元作废，以此条为准。", "claim yd1")
m("jd", [2], "您好，{jd1} 请撤单。\n更正：撤单有误，请改为改址，新地址：天津市和平区南京路189号津汇广场2座 郑浩 {ph1}。",
  "change_address jd1")
m("ems", [2], "{eu1} 请核重。哦不对，单号是 {eu2}。", "weight eu2")
m("cainiao", [2], "您好，{cn1} 登记丢件——更正，是 {cn2} 丢件，{cn1} 已经找到了。", "lost cn2")
m("deppon", [2], "{dp1} 拦截退回。还是改派吧：重庆市渝中区解放碑民族路188号 谢婉 {ph1}。", "change_address dp1")
m("sf", [2], "您好，{sf1} 申请仲裁。更正：先申请理赔，理赔结果不满意再议仲裁。", "claim sf1")
m("yto", [2], "各位好，上一条消息中的第三项单号有误，应为 {yt1}，诉求为拦截退回，特此更正。", "intercept yt1")
m("zto", [2], "{zt1} 地址改为 广东省佛山市顺德区大良街道南国东路2号 梁宇 {ph1}\n更正：门牌号是 12 号，不是 2 号。",
  "change_address zt1")
m(None, [2], "您好，{jd1} 催件。\n以此条为准：{jd1} 拦截退回，不再催件。", "intercept jd1")
m("sto", [1, 2], "{st1} 核实签收。不对不对，客户找到了，是家人代收的，那就不用核实了。")
m("jt", [2], "您好，{jt1} 和 {jt2} 请登记破损。更正：只有 {jt2} 破损，{jt1} 完好。", "damaged jt2")
m("yunda", [2], "{yd1} 请拦截，哦不，是 {yd2}，{yd1} 正常派送。", "intercept yd2")
m("jd", [2], "您好，刚才说错了，{jd1} 不是催件，是要投诉配送员。", "complaint jd1")
m("ems", [2], "{em1} 拦截退回。更正：应为撤单，该邮件尚未交寄。", "cancel em1")
m("cainiao", [2], "您好，{cn1} 查重量。\n特此更正：应为查询物流轨迹，非核重。", "track cn1")
m("deppon", [2], "{dp1} 拦截。{dp1} 还是不拦了，改成催一下吧。", "urge dp1")
m(None, [2, 7], "您好，烦请协助：\n(1) {yt1} 拦截\n(2) {sf1} 拦截\n(3) {jt1} 拦截\n更正：(2) 应为改址，新地址 "
  "安徽省合肥市蜀山区长江西路130号 程刚 {ph1}。", "intercept yt1 jt1; change_address sf1")
m("sf", [2], "{sf1} 登记延误。\n更正：物流已更新，改为催件即可。", "urge sf1")
m("yto", [2], "您好，{yt1} 改址：福建省福州市鼓楼区五四路158号 林晓 {ph1}。\n更正：收件人为 林小晓。", "change_address yt1")
m("zto", [2], "{zt1} 催件，单号更正为 {zt2}。", "urge zt2")
m("sto", [2], "您好，{st1} 理赔，更正一下，是投诉，不是理赔。", "complaint st1")
m("jt", [2], "{jt1} 撤单，不好意思，应该是 {jt2} 撤单，{jt1} 已经发出去了要拦截。", "cancel jt2; intercept jt1")
m("yunda", [2], "您好，关于 {yd1}：先前所述“外箱破损”有误，实际是内件缺少一件，请更正为少件登记。", "lost yd1")
m("jd", [2], "{jd1} 改址至 辽宁省沈阳市和平区南京北街206号 宋佳 {ph1}。\n抱歉，还是直接拦截退回吧，客户不要了。",
  "intercept jd1")
m("ems", [2], "您好，{eu1} 催件。更正：{eu1} 已妥投，应为核实签收，收件人称未收到。", "verify_delivery eu1")
m("cainiao", [2], "{cn1} 拦截，{cn2} 撤单。更正：两单都拦截。", "intercept cn1 cn2")
m(None, [2], "您好，{dp1} 请核重，计费重量有误。哦不对，单号是 {dp2}，{dp1} 无误。", "weight dp2")
m("sf", [2, 4, 8], "{sf1} 请理赔 500 元。更正：金额为 800 元。", "claim sf1")
m("yto", [2], "{yt1} 拦截。\n{yt1} 不拦，正常派送。\n{yt1} 还是拦吧，我再跟客户确认一下。", "intercept yt1", c=True)
m("zto", [2], "您好，{zt1} 请登记延误。\n特此更正：该件并非延误，已确认丢失，请按遗失登记。", "lost zt1")

# =====================================================================================================
# Category 3: quoted and replied-to messages
# =====================================================================================================
DASHES = "- - - - - - - - - - - - - - -"
m("yto", [3], "「王主管：{yt1} 客户说还没收到」\n" + DASHES + "\n这单麻烦催一下派送，谢谢。", "urge yt1")
m("zto", [3], "引用 李娜：{zt1} 拦截\n您好，这单我司也确认需要拦截，烦请处理。", "intercept zt1")
m(None, [3], "回复 @周杰：{jt1} 显示已签收\n收件人确认未收到，烦请核实签收。", "verify_delivery jt1")
m("sto", [3], "「@陈思远 {st1} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n好的，辛苦了。")
m("yunda", [1, 3], "「@陈思远 {yd1} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n您好，这单不用拦了，客户又决定收货。",
  h=True)
m("jd", [3], "「@陈思远 {jd1} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + DASHES + "\n撤单 {jd1}", "cancel jd1")
m("ems", [3], "「@陈思远 {em1} 已签收，无法拦截」\n" + DASHES + "\n收件人反馈并未收到，烦请核实签收情况。",
  "verify_delivery em1")
m("cainiao", [3], "“{cn1} 撤单”\n以上是我同事上午发的，请问处理了吗？", h=True)
m("deppon", [3], "引用 高峰：{dp1} 这票货到了吗\n您好，这票请帮忙查一下到哪了。", "track dp1")
m("sf", [1, 3], "回复 @罗丹：{sf1} 拦截\n{sf1} 不用拦了，已和客户沟通好。", h=True)
m("yto", [3], "「@陈思远 {yt1} 已为您催促派送，请耐心等待」\n" + DASHES + "\n已经过去两天了还没送到，麻烦再催一次。", "urge yt1")
m("zto", [3], "「@陈思远 {zt1} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + DASHES + "\n收到，感谢。")
m(None, [3], "「@陈思远 {yt1} 改址已提交，结果会第一时间通知您」\n" + DASHES + "\n好的，另外 {jt1} 也请帮忙拦截一下。",
  "intercept jt1")
m("sto", [3], "「@陈思远 请确认：{st1} 拦截退回？回复“确认”即办理」\n" + DASHES + "\n确认，这单拦截退回。", "intercept st1")
m("jt", [3], "「@陈思远 {jt1} 撤单成功」\n" + DASHES + "\n谢谢！")
m("yunda", [1, 3, 7], "引用 韩雪：{yd1} 催件 {yd2} 催件\n第二单不用催了，第一单继续催。", "urge yd1", h=True)
m("jd", [3], "回复 @宋佳：{jd1} 到哪了？\n您好，这单已经延误三天了，麻烦登记延误。", "delay jd1")
m("ems", [3], "“{eu1} 请改址至 河北省保定市竞秀区朝阳北大街1号 客户本人收”\n上面是客户发来的原话，请贵司按此办理。",
  "change_address eu1")
m("cainiao", [3], "「客户：{cn1} 怎么还没到」\n" + DASHES + "\n您好，烦请催件。", "urge cn1")
m("deppon", [3], "「@陈思远 {dp1} 已为您登记延误工单，结果会第一时间通知您」\n" + DASHES + "\n请问这单现在到哪了？", "track dp1")
m("sf", [3], "引用 马超：{sf1} 拦截 {sf2} 拦截\n这两单均已与客户确认，请贵司尽快拦截。", "intercept sf1 sf2")
m("yto", [3], "{yt1} 拦截\n------------------------------\n以上为上午群内消息，麻烦查一下这件现在到哪了。", "track yt1")
m("zto", [3, 8], "回复 @朱琳：{zt1} 破损\n这单我司要求按货值赔偿 320 元。", "claim zt1")
m(None, [3], "「@陈思远 {sf1} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n另外同一客户的 {jd1} 也请拦截。",
  "intercept jd1")
m("sto", [1, 3], "引用 何勇：拦截 {st1}\n此单客户已撤回退货申请，不必拦截了。", h=True)
m("jt", [3], "「@陈思远 {jt1} 已签收，无法拦截」\n" + DASHES + "\n明白，那请帮忙登记投诉，派件员未经同意放快递柜。",
  "complaint jt1")
m("yunda", [2, 3], "“{yd1} 加急”——这是我们仓库同事发的，请以我这条为准：{yd1} 拦截退回。", "intercept yd1")
m("jd", [3], "回复 @谢婉：{jd1} 地址写错了\n烦请改派至 北京市海淀区中关村大街27号 谢婉 {ph1}。", "change_address jd1")
m("ems", [3], "「@陈思远 您的消息已转人工客服处理，请稍候」\n" + DASHES + "\n好的，等待回复。")
m("cainiao", [3], "引用 唐亮：{cn1} 退回\n请问这单退回成功了吗？", h=True)
m("deppon", [1, 3], "「@陈思远 请确认：{dp1} 拦截退回？回复“确认”即办理」\n" + DASHES + "\n先别拦，我再跟客户确认一下。", h=True)
m("sf", [3], "回复 @林晓：{sf1} 这单到了没有\n到了，但是外箱压坏了，烦请登记破损。", "damaged sf1")
m("yto", [3], "「仓库-董洁：{yt1} {yt2} 已发出」\n" + DASHES + "\n这两单客户要求加急，请贵司催一下。", "urge yt1 yt2")
m("zto", [3], "引用 陈思远：{zt1} 核实签收\n补充：收件人所在小区无快递柜，签收记录存疑，请一并核实。", "verify_delivery zt1")
m(None, [3], "「@陈思远 {yt1} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n好的。请再查一下 {jt1} 到哪了。", "track jt1")
m("sto", [3], "回复 @孙丽：{st1} 重量好像不对\n是的，账单按 4kg 计费，实际 1.5kg，请核重。", "weight st1")
m("jt", [2, 3], "“{jt1} 改址到 广东省东莞市南城街道鸿福路106号”\n这条作废，{jt1} 直接拦截。", "intercept jt1")
m("yunda", [3], "「@陈思远 {yd1} 已为您催促派送，请耐心等待」\n" + DASHES + "\n收到，谢谢贵司。")
m("jd", [3], "引用 客服小郭：请提供单号\n{jd1} 这单，麻烦登记丢件。", "lost jd1")
m("ems", [3], "回复 @程刚：{em1} 客户要投诉\n您好，客户情绪激动，我司正式提出投诉，请贵司受理。", "complaint em1")
m("cainiao", [3], "「@陈思远 {cn1} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n好的，请问贵司拦截通常需要多长时间？")
m("deppon", [3], "{dp1} 仲裁\n- - - - - - - - - - - - - - -\n以上是昨天发的，今天补充材料：聊天记录截图三张，请一并提交仲裁。",
  "arbitration dp1")
m("sf", [3], "引用 胡斌：{sf1} 撤单\n{sf2} 也撤单。", "cancel sf2")
m("yto", [3, 7], "回复 @郭颖：{yt1} 拦截 {yt2} 拦截\n我是客户经理，确认：第一单拦截；第二单不拦，改为催件。",
  "intercept yt1; urge yt2")
m("zto", [3], "「@陈思远 {zt1} 撤单成功」\n" + DASHES + "\n好的，另外 {zt2} 也请撤单，同样未揽收。", "cancel zt2")
m("jt", [3], "「@陈思远 {jt1} 改址已提交，结果会第一时间通知您」\n" + DASHES + "\n谢谢，改址后请尽快派送。", "urge jt1")

# =====================================================================================================
# Category 4: numbers that are not waybills
# =====================================================================================================
m("yto", [4], "您好，{yt1} 改址：浙江省杭州市余杭区文一西路969号 胡斌收，联系电话 {ph1:plus}。", "change_address yt1")
m("zto", [4], "{zt1} 请催件，收件人电话 {ph1:dash}，可先电话联系再派送。", "urge zt1")
m(None, [4], "您好，订单号 {od1}，运单号 {jd1}，客户申请退货，烦请拦截。", "intercept jd1")
m("sto", [4], "您好，{st1} 货值 2680 元，已破损，烦请登记；收件人电话 {ph1:sp}。", "damaged st1")
m("jt", [4], "{jt1} 收件人手机号码更正为 {ph1:00}，地址不变。", "change_address jt1", h=True)
m("yunda", [4], "您好，{yd1} 于 2024年11月12日 发出，至今未更新，请登记延误。", "delay yd1")
m("jd", [4], "订单 {od1} 对应运单 {jd1}，客户 {ph1:par} 反映未收到但显示签收，请核实。", "verify_delivery jd1")
m("ems", [4], "您好，邮件 {em1} 收件人：黄敏，电话：{ph1:fw}，地址改为 内蒙古自治区呼和浩特市赛罕区大学西街235号。",
  "change_address em1")
m("cainiao", [4], "{cn1} 请帮忙查件，客户电话 {ph1:86}，说一直没收到取件短信。", "track cn1")
m("deppon", [4], "您好，{dp1} 运费 356 元，计费重量 78kg，实际仅 52kg，请核重。", "weight dp1")
m("sf", [4], "您好，{sf1} 收件人联系方式：{ph1:plus}，烦请派送前致电，麻烦催一下。", "urge sf1")
m("yto", [4], "请拦截 {yt1}，客户退款金额 1299.00 元已原路退回，订单号 {od1}。", "intercept yt1")
m("zto", [4], "{zt1} 收件人电话 {ph1}，多次拨打无人接听，请退回。", "intercept zt1")
m(None, [4], "您好，{yt1} 和 {sf1} 这两票，客户统一联系电话 {ph1:00s}，烦请尽快派送。", "urge yt1 sf1")
m("sto", [4], "您好，{st1} 改址到 江西省南昌市红谷滩区丰和中大道1288号 罗丹 {ph1:plus}，原电话 {ph2} 停用。",
  "change_address st1")
m("jt", [4, 8], "{jt1} 赔偿 450 元，订单号 {od1}，请尽快处理。", "claim jt1")
m("yunda", [4], "您好，尾号 {tail} 的那票货请拦截。", h=True)
m("jd", [4], "您好，{jd1} 客户手机 {ph1:dash} 已更换，新号码 {ph2:dash}，烦请更新收件人电话。", "change_address jd1", h=True)
m("ems", [4], "{em1} 2月3日14:30显示签收，收件人当时在外地，请核实签收。", "verify_delivery em1")
m("cainiao", [4], "您好，{cn1} 单价 39.9 元共 12 件，到货少了 3 件，请登记。", "lost cn1")
m("deppon", [4], "{dp1} 收货人：何勇 {ph1:86} 地址：云南省昆明市五华区东风西路11号，请改派。", "change_address dp1")
m("sf", [4], "您好，{sf1} 收件人座机 0755-8613 2288，手机 {ph1}，已延误两天，烦请联系后尽快派送。", "urge sf1")
m("yto", [4], "{yt1} 邮编 310012，地址无误，为何显示地址不详退回？请查一下现在到哪了。", "track yt1",
  h=True)  # audit: a question outside the intents with where-is-it: track + needs_human
m("zto", [4], "您好，客户 {ph1} 反映其包裹 {zt1} 已三天未更新，请登记延误。", "delay zt1")
m("sto", [4], "订单号：{od1}\n运单号：{st1}\n问题：少件\n诉求：登记丢件", "lost st1")
m("yunda", [4], "{yd1} 收件人电话 {ph1:sp} 打不通，地址是对的，请正常派送并催一下。", "urge yd1")
m("jd", [4], "您好，{ph1} 是收件人电话不是单号，单号是 {jd1}，请拦截。", "intercept jd1")
m("ems", [4], "{eu1} 申报价值 USD 120，收件人电话 {ph1:plus0}，请查询当前位置。", "track eu1")
m("cainiao", [4, 8], "您好，{cn1} 客户要求赔偿 199 元，请走理赔流程。", "claim cn1")
m("deppon", [4], "{dp1} 原定 12月18日 送达，至今 12月21日 仍未送到，请登记延误。", "delay dp1")
m("sf", [4], "您好，订单 {od1} 的退货快递 {sf1}，请拦截。", "intercept sf1")
m("yto", [4], "{yt1} 收件人 张伟 {ph1:00}，地址不变，烦请改为周末派送。", h=True)
m("zto", [4], "您好，麻烦核实 {zt1} 的签收，签收人电话显示为 {ph1:dash}，并非我司客户。", "verify_delivery zt1")
m(None, [4, 8], "{jd1} 金额 5999 元，显示器碎屏，请按全额赔偿，发票号码 04412345。", "claim jd1")
m("sto", [4], "您好，{st1} 的收件人换成 吴婷，电话 {ph1:86}，地址不变。", "change_address st1", h=True)
m("jt", [4], "{jt1} 请撤单，客户已在平台退款，退款单号 {od1}。", "cancel jt1")
m("jd", [4], "客户联系方式 {ph1:fw} ，单号 {jd1}，包裹被压坏，请登记。", "damaged jd1")
m("ems", [4], "您好，{em1} 投递员 3 次未按约定时间上门，请受理投诉，投诉人电话 {ph1:00}。", "complaint em1")
m("cainiao", [4], "{cn1} 收件人改为 唐亮 {ph1:dash}，地址 湖南省株洲市天元区长江南路16号。", "change_address cn1")
m("yto", [4], "您好，{yt1}\n收件人：郑浩\n电话：{ph1:n}\n地址：重庆市江北区观音桥步行街8号\n烦请按以上信息改址。",
  "change_address yt1")
m("zto", [4], "您好，{zt1:tr} 请拦截。", h=True)
m(None, [4], "烦请拦截 {eu1:bad}，谢谢。", h=True)
m("sf", [4], "{sf1} 收件人电话 {ph1:n}，请改派至 广东省广州市海珠区新港中路397号 刘洋。", "change_address sf1")

# =====================================================================================================
# Category 5: other ways of writing commands (English, pinyin, traditional, colloquial, voice-to-text)
# =====================================================================================================
m("yto", [5], "Hi team, please intercept {yt1} and return to sender. Thanks.", "intercept yt1")
m("zto", [5], "{zt1} lanjie，麻烦了。", "intercept zt1")
m(None, [5], "您好，{sf1} 请 cancel the order，客户不需要了。", "cancel sf1")
m("sto", [5], "{st1} chedan，谢谢。", "cancel st1")
m("jt", [4, 5], "Dear colleague, kindly change address for {jt1} to: Room 1205, Tower A, 88 Jianguo Road, Chaoyang District, "
  "Beijing. Recipient: Mr. Yang, Tel {ph1:plus}.", "change_address jt1")
m("yunda", [5], "{yd1} gaizhi：江苏省无锡市梁溪区中山路333号 宋佳 {ph1}", "change_address yd1")
m("jd", [5], "{jd1} urgent please, customer needs it tomorrow morning.", "urge jd1")
m("ems", [5], "您好，{eu1} cuijian，谢谢。", "urge eu1")
m("cainiao", [5], "Where is {cn1}? Customer is asking.", "track cn1")
m("deppon", [5], "{dp1} 攔截退回，謝謝。", "intercept dp1")
m("sf", [5], "您好，{sf1} 顯示已簽收，但客戶未收到，煩請核實。", "verify_delivery sf1")
m("yto", [5], "{yt1} 貨物遺失，請登記。", "lost yt1")
m("zto", [5], "{zt1} 外箱破損，內件受損，請協助登記。", "damaged zt1")
m(None, [5], "Please file a complaint regarding {jt1}: the courier was rude to our customer.", "complaint jt1")
m("sto", [5, 8], "{st1} compensation please, the parcel was lost.", "claim st1")
m("yunda", [5], "您好麻烦您那个就是{yd1}这个单子帮我拦一下那个客户说不要了谢谢", "intercept yd1")
m("jd", [5], "喂你好我是华辰电子的那个陈经理啊就是{jd1}这个件客户说一直没收到你们帮忙催一下好吧", "urge jd1")
m("ems", [5], "邮件{em1}撤單，尚未交寄。", "cancel em1")
m("cainiao", [5], "{cn1} 这件咋还不到 催催呗", "urge cn1")
m("deppon", [5], "{dp1} 这货到底啥时候能到啊？客户都问了八百遍了。", "track dp1")
m("sf", [5], "{sf1} pls hurry, 客户急用。", "urge sf1")
m("yto", [5], "{yt1} weight check pls，账单上重量不对。", "weight yt1")
m("zto", [5], "Hello, {zt1} shows delivered but the recipient never got it. Could you verify the delivery?",
  "verify_delivery zt1")
m(None, [5], "{yt1} {jt1} 都帮忙 tuihui 一下", "intercept yt1 jt1")
m("sto", [5], "{st1} 东西烂了，赶紧给登记一下吧。", "damaged st1")
m("jt", [5], "{jt1} has been stuck for 5 days with no tracking updates. Please log a delay.", "delay jt1")
m("yunda", [5], "嗯那个{yd1}啊就是说那个地址改一下改到那个河南省洛阳市洛龙区开元大道218号收件人不变", "change_address yd1")
m("jd", [5], "{jd1} 理賠申請，貨值一千二百元。", "claim jd1")
m("ems", [5], "{eu1} 請查件，謝謝。", "track eu1")
m("cainiao", [5], "您好 {cn1} 我要 tousu 派件员，态度太差了", "complaint cn1")
m("deppon", [5], "We would like to file an arbitration for {dp1}, as the liability ruling is incorrect.", "arbitration dp1")
m("sf", [5], "{sf1} 别派了，给我拦回来！", "intercept sf1")
m("yto", [5], "{yt1} 这单 jiaji 一下，明天必须到", "urge yt1")
m("zto", [5], "{zt1} 不寄了哈，麻烦撤单", "cancel zt1")
m(None, [5, 7], "Please return {sf1} to sender and cancel {yt1} (not picked up yet).", "intercept sf1; cancel yt1")
m("sto", [5], "{st1} 簽收了但是沒收到，麻煩核實簽收。", "verify_delivery st1")
m("jt", [5, 8], "Dear team, {jt1} arrived broken and the customer requests compensation of RMB 300. Please process the claim.",
  "claim jt1")
m("yunda", [5], "{yd1} 延誤好幾天了，請登記。", "delay yd1")
m("jd", [5], "那个就是{jd1}你们那个称重是不是有问题啊帮我查一下重量", "weight jd1")
m("ems", [5], "{em1} zhongcai，谢谢。", "arbitration em1")
m("cainiao", [5], "{cn1} where is it", "track cn1")
m("deppon", [5, 8], "{dp1} 快点送啊 客户投诉了", "urge dp1; complaint dp1")
m("sf", [5], "{sf1} chaxun yixia wuliu", "track sf1")
m("yto", [5], "{yt1} 客户说不要了 你们给退回去吧 谢谢啊", "intercept yt1")
m("jt", [5], "Could you please change the delivery address of {jt1}? New address: 上海市长宁区延安西路1116号 冯倩 {ph1}",
  "change_address jt1")
m("zto", [5], "{zt1} 麻烦 cuijian 下，客户在群里催了三次了", "urge zt1")

# =====================================================================================================
# Category 6: numbers broken by the chat client (confirm for intercept, cancel, change_address)
# =====================================================================================================
m("ems", [6], "您好，{eu1:sp} 请拦截退回。", "intercept eu1")  # audit: c removed (rule 11)
m(None, [6], "烦请核实签收：{eu1:sp}，收件人称未收到。", "verify_delivery eu1")
m("yto", [6], "您好，单号 {yt1:nl} 请拦截，谢谢。", "intercept yt1", c=True)
m("zto", [6], "{zt1:nl} 催件，客户急用。", "urge zt1")
m("sto", [6], "您好，申通 {st1:sp} 请撤单。", "cancel st1")  # audit: c removed (rule 11)
m("jt", [6], "{jt1:sp} 改址至 浙江省绍兴市越城区解放北路235号 萧然 {ph1}", "change_address jt1")  # audit: c removed (rule 11)
m("yunda", [6], "您好，{yd1:dash} 请登记破损。", "damaged yd1")
m("jd", [6], "您好，{jd1:nl}\n这单请帮忙查一下物流。", "track jd1")
m("ems", [6], "{em1:sp} 请撤单，尚未交寄。", "cancel em1")  # audit: c removed (rule 11)
m("cainiao", [6], "您好，{cn1:nl} 显示签收但客户未收到，请核实。", "verify_delivery cn1")
m("deppon", [6], "{dp1:sp} 拦截退回，谢谢。", "intercept dp1")  # audit: c removed (rule 11)
m("sf", [6], "您好，单号如下：\n{sf1:nl}\n诉求：改派至 广东省珠海市香洲区情侣中路47号 梁宇 {ph1}", "change_address sf1",
  c=True)
m(None, [6], "烦请催件：{eu1:sp}、{eu2:sp}。", "urge eu1 eu2")
m("yto", [6], "您好，{yt1:sp} 请登记延误，已停滞五天。", "delay yt1")
m("zto", [6], "{zt1:sp} 丢件，请登记。", "lost zt1")
m("sto", [6], "您好，{st1:nl} 请核重。", "weight st1")
m("jt", [6], "您好，{jt1:nl}\n请拦截，收件人拒收。", "intercept jt1", c=True)
m("yunda", [6], "{yd1:sp} 投诉快递员态度恶劣。", "complaint yd1")
m("jd", [6, 8], "您好，{jd1:sp} 客户要求理赔，货值 680 元。", "claim jd1")
m("ems", [6], "您好，{eu1:sp} 请查询当前位置。", "track eu1")
m("cainiao", [6], "{cn1:sp} 麻烦撤单，谢谢。", "cancel cn1")  # audit: c removed (rule 11)
m("deppon", [6], "您好，{dp1:nl} 请催派。", "urge dp1")
m("sf", [4, 6], "{sf1:sp} 改址：上海市静安区南京西路1266号恒隆广场 陈静 {ph1:dash}", "change_address sf1")  # audit: c removed (rule 11)
m(None, [6], "您好，以下单号请拦截：\n{yt1:nl}\n{jt1}", "intercept yt1 jt1", c=True)
m("yto", [6], "{yt1:dash} 请催件。", "urge yt1")
m("zto", [6], "您好，{zt1:nl} 改地址到 浙江省嘉兴市南湖区中山东路1288号 高峰 {ph1}", "change_address zt1", c=True)
m("sto", [6], "{st1:sp} 已显示签收，收件人未收到，请核实签收情况。", "verify_delivery st1")
m("jt", [6], "您好，{jt1:sp} 请仲裁。", "arbitration jt1")
m("yunda", [6], "{yd1:nl} 拦截", "intercept yd1", c=True)
m("jd", [6], "您好，{jd1:dash} 请撤单。", "cancel jd1")  # audit: c removed (rule 11)
m("ems", [6], "邮件号 {eu1:sp} 破损，请登记。", "damaged eu1")
m("cainiao", [6], "您好，{cn1:sp} 三天没更新了，请登记延误。", "delay cn1")
m("deppon", [6], "{dp1:dash} 查件", "track dp1")
m("sf", [6], "您好，{sf1:nl} 遗失，请登记。", "lost sf1")
m(None, [4, 6], "{eu1:sp} 改址：新疆维吾尔自治区乌鲁木齐市天山区解放南路 萧然 {ph1:plus}", "change_address eu1")  # audit: c removed (rule 11)
m("yto", [6], "您好，烦请协助处理：\n单号：{yt1:nl}\n诉求：如尚未派送，请予以拦截。", "intercept yt1", c=True)
m("zto", [6, 8], "{zt1:sp} 客户要求赔偿，请走理赔。", "claim zt1")
m("sto", [6], "您好，{st1:dash} 请投诉派送员。", "complaint st1")
m("jt", [6], "{jt1:dash} 麻烦加急。", "urge jt1")
m("ems", [6], "{em1:nl} 请催一下。", "urge em1")
m("cainiao", [6], "您好，{cn1:dash} 请拦截。", "intercept cn1")  # audit: c removed (rule 11)
m("yunda", [6], "您好，{yd1:sp} 请查一下到哪了。", "track yd1")
m("ems", [6], "您好，{eu1:sp} 已按地址投递但收件人未收到，请核实。", "verify_delivery eu1")
m("deppon", [6], "您好，{dp1:nl}\n烦请撤单，客户已取消采购。", "cancel dp1", c=True)

# =====================================================================================================
# Category 7: several parcels and commands in one sentence; positional references; pasted tables
# =====================================================================================================
m("yto", [7], "您好，{yt1}、{yt2}、{yt3} 这三单，第一单拦截，后两单催一下。", "intercept yt1; urge yt2 yt3")
m(None, [7], "{sf1}\n{jt1}\n上面两个拦截。", "intercept sf1 jt1")
m("zto", [7], "{zt1}\n{zt2}\n{zt3}\n以上均请登记延误。", "delay zt1 zt2 zt3")
m("sto", [7], "单号\t诉求\n{st1}\t拦截\n{st2}\t催件\n{st3}\t核实签收",
  "intercept st1; urge st2; verify_delivery st3")
m("jt", [7], "{jt1}  拦截退回  客户拒收\n{jt2}  改址  广东省惠州市惠城区江北文昌一路9号 马超 {ph1}\n{jt3}  催件  客户急用",
  "intercept jt1; change_address jt2; urge jt3")
m("yunda", [7], "您好，{yd1} 和 {yd2}，前者登记破损，后者登记丢件。", "damaged yd1; lost yd2")
m("jd", [7], "{jd1} {jd2} {jd3} {jd4} 全部拦截，谢谢。", "intercept jd1 jd2 jd3 jd4")
m("ems", [7], "以下邮件请逐一处理：\n{em1} 撤单\n{em2} 拦截\n{em3} 查件", "cancel em1; intercept em2; track em3")
m("cainiao", [7], "{cn1}、{cn2} 两单，第二单请核实签收，第一单暂不处理。", "verify_delivery cn2")
m("deppon", [7], "序号\t运单号\t问题\t诉求\n1\t{dp1}\t外箱破损\t登记破损\n2\t{dp2}\t计费重量偏高\t核重",
  "damaged dp1; weight dp2")
m("sf", [7], "您好，{sf1}、{sf2}、{sf3}，第一、三单催件，第二单登记延误。", "urge sf1 sf3; delay sf2")
m(None, [7], "您好，以下三单：\n{yt1}\n{jt1}\n{jd1}\n最后一单拦截，其余两单查一下到哪了。", "intercept jd1; track yt1 jt1")
m("yto", [7], "{yt1} 拦截 {yt2} 改址 浙江省金华市义乌市福田街道商城大道1号 胡斌 {ph1} {yt3} 核重",
  "intercept yt1; change_address yt2; weight yt3")
m("zto", [7], "运单号            诉求\n{zt1}    催件\n{zt2}    催件\n{zt3}    拦截", "urge zt1 zt2; intercept zt3")
m("sto", [7], "{st1} {st2} 都催一下，{st3} 拦截。", "urge st1 st2; intercept st3")
m("jt", [7, 8], "您好，{jt1} 与 {jt2} 均请登记破损，同时 {jt1} 请一并投诉派件员野蛮装卸。",
  "damaged jt1 jt2; complaint jt1")
m("yunda", [7], "{yd1}\n{yd2}\n{yd3}\n{yd4}\n以上四单请统一加急派送。", "urge yd1 yd2 yd3 yd4")
m("jd", [7], "单号 | 诉求 | 备注\n{jd1} | 拦截 | 客户退货\n{jd2} | 核实签收 | 客户未收到", "intercept jd1; verify_delivery jd2")
m("ems", [7], "{eu1}、{eu2}、{eu3}：前两单请查件，第三单请登记遗失。", "track eu1 eu2; lost eu3")
m("cainiao", [7], "您好，{cn1} {cn2} {cn3}，上面三单除第二单外都拦截。", "intercept cn1 cn3")
m("deppon", [7], "{dp1} 和 {dp2} 这两个，一个拦截一个催件。", h=True)
m("sf", [7], "您好，{sf1} 撤单、{sf2} 拦截、{sf3} 改派至 上海市徐汇区漕溪北路88号 黄敏 {ph1}。",
  "cancel sf1; intercept sf2; change_address sf3")
m(None, [7], "{yt1}\t拦截\n{jt1}\t拦截\n{sf1}\t催件\n{jd1}\t查件", "intercept yt1 jt1; urge sf1; track jd1")
m("yto", [7], "您好，{yt1}、{yt2} 两单均显示签收，客户均未收到，请核实；另 {yt3} 请催件。",
  "verify_delivery yt1 yt2; urge yt3")
m("zto", [7], "{zt1} {zt2} 拦截\n{zt3} {zt4} 撤单", "intercept zt1 zt2; cancel zt3 zt4")
m("sto", [7], "您好，以下单号：\n(1) {st1}\n(2) {st2}\n(3) {st3}\n(1)(3) 请拦截，(2) 请登记延误。",
  "intercept st1 st3; delay st2")
m("jt", [7], "{jt1}、{jt2}、{jt3} 这几单都是同一客户的，全部改址至 福建省泉州市丰泽区田安南路536号 林晓 {ph1}。",
  "change_address jt1 jt2 jt3")
m("yunda", [7], "{yd1} {yd2} 这两单一个破损一个丢了，具体哪个我再确认。", h=True)
m("jd", [7], "您好，{jd1} 催件，{jd2} 催件，{jd3} 查一下物流，{jd4} 催件。", "urge jd1 jd2 jd4; track jd3")
m("ems", [7], "单号：{em1}\t{em2}\t{em3}\n诉求：全部核重", "weight em1 em2 em3")
m("cainiao", [7], "{cn1} 撤单\n{cn2} 撤单\n{cn3} 撤单\n{cn4} 撤单", "cancel cn1 cn2 cn3 cn4")
m("deppon", [7], "您好，{dp1}、{dp2} 两票货，前一票登记延误，后一票请仲裁。", "delay dp1; arbitration dp2")
m("sf", [7], "{sf1} {sf2} {sf3} 以上三单全部登记投诉，派件员均未联系收件人。", "complaint sf1 sf2 sf3")
m(None, [7], "您好，附上今日异常件清单：\n运单号              问题        诉求\n{yt1}     地址错误    拦截退回\n"
  "{jt1}     超时未派    催件\n{jd1}     外箱破损    登记破损", "intercept yt1; urge jt1; damaged jd1")
m("yto", [7], "{yt1} {yt2} {yt3} 第二单拦截，其余不用管。", "intercept yt2")
m("zto", [7], "您好，{zt1} 查件，{zt2} 查件，{zt3} 登记丢件。", "track zt1 zt2; lost zt3")
m("sto", [7, 8], "{st1} 和 {st2} 都拦截，然后 {st2} 顺便投诉一下派件员。", "intercept st1 st2; complaint st2")
m("jt", [7], "以下单号均已签收但客户未收到，请逐一核实：\n{jt1}\n{jt2}\n{jt3}", "verify_delivery jt1 jt2 jt3")
m("yunda", [7], "{yd1}、{yd2}：前者理赔，后者投诉。", "claim yd1; complaint yd2")
m("jd", [7], "您好，以上第一单请拦截。", h=True)
m("ems", [7], "{em1}\n{em2}\n这两个也一样，拦截。", "intercept em1 em2")
m("cainiao", [7], "您好，{cn1}、{cn2}、{cn3}，第三单请查件，前两单请登记延误。", "track cn3; delay cn1 cn2")
m(None, [7], "{yt1}\n{sf1}\n{jt1}\n{dp1}\n以上四单，第二单和第四单请催件，其余拦截。", "urge sf1 dp1; intercept yt1 jt1")
m("yto", [7], "您好，麻烦贵司协助处理以下事项：\n1) {yt1}\n2) {yt2}\n3) {yt3}\n其中 1) 2) 改址至 江苏省常州市武进区湖塘镇"
  "延政中路5号 韩雪 {ph1}，3) 撤单。", "change_address yt1 yt2; cancel yt3")

# =====================================================================================================
# Category 8: compound requests (compensation, damage with complaint, several intents for one number)
# =====================================================================================================
m("yto", [8], "您好，{yt1} 已确认遗失，货值人民币860元，烦请按保价条款予以理赔。", "claim yt1")
m("zto", [8], "{zt1} 到货外箱破损，内件（陶瓷餐具一套）碎裂，货值 420 元，请贵司照价赔偿。", "claim zt1")
m(None, [8], "您好，{jt1} 外箱严重破损，派件员卸货时态度粗暴，我司对此提出投诉。", "damaged jt1; complaint jt1")
m("sto", [8], "您好，{st1} 内件破损，且派件员拒绝当面验货，客户要求赔偿 560 元并投诉该派件员。", "claim st1; complaint st1")
m("jt", [8], "{jt1} 拦截并投诉，揽件员私自加价。", "intercept jt1; complaint jt1")
m("yunda", [8], "您好，{yd1} 延误了五天，客户要投诉。", "delay yd1; complaint yd1")
m("jd", [8], "{jd1} 快点送，客户已经投诉了。", "urge jd1; complaint jd1")
m("ems", [8], "您好，{em1} 遗失，请登记并按规定赔付，同时投诉投递员未按址投递。", "claim em1; complaint em1")
m("cainiao", [8], "{cn1} 请催件，同时核实一下重量，运费明显偏高。", "urge cn1; weight cn1")
m("deppon", [8], "您好，烦请处理 {dp1}：\n一、货物破损，请登记；\n二、司机态度恶劣，予以投诉；\n三、客户要求赔偿 1200 元，请启动理赔。",
  "claim dp1; complaint dp1")
m("sf", [8], "{sf1} 显示签收但客户未收到，请核实签收，同时投诉派件员虚假签收。", "verify_delivery sf1; complaint sf1")
m("yto", [8], "您好，{yt1} 少件（应到 5 件实到 3 件），外箱也有破损，请一并登记。", "lost yt1; damaged yt1")
m("zto", [8], "您好，{zt1} 延误四天，到货时已经压坏，客户要求赔偿，我司同时投诉网点。", "claim zt1; complaint zt1")
m(None, [8], "{sf1} 拦截，同时请核重，该件计费重量有误。", "intercept sf1; weight sf1")
m("sto", [8], "您好，{st1} 三天没动了，请催件，并登记延误。", "urge st1; delay st1")
m("jt", [8], "{jt1} 破损，要赔钱。", "claim jt1")
m("yunda", [8], "您好，{yd1} 丢了，客户要求全额赔偿 899 元，同时我司对贵司的处理时效提出投诉。", "claim yd1; complaint yd1")
m("jd", [8], "您好，{jd1} 理赔金额双方存在争议，我司申请仲裁，同时投诉理赔专员拖延处理。",
  "arbitration jd1; complaint jd1")
m("ems", [8], "{eu1} 破损，请登记并投诉投递员。", "damaged eu1; complaint eu1")
m("cainiao", [8], "您好，{cn1} 漏液污染了其他货物，请登记破损，客户要求赔偿 150 元。", "claim cn1")
m("deppon", [8], "{dp1} 拦截退回，同时申请理赔，货物已在运输途中受损。", "intercept dp1; claim dp1")
m("sf", [8], "{sf1} 请改址至 广东省广州市越秀区北京路68号 刘洋 {ph1}，并加急派送。", "change_address sf1; urge sf1")
m("yto", [8], "您好，{yt1} 延误且外包装破损，请分别登记延误与破损。", "delay yt1; damaged yt1")
m("zto", [8], "{zt1} 派件员虚假签收，请核实并投诉。", "verify_delivery zt1; complaint zt1")
m(None, [8], "您好，{jd1} 遗失一事，烦请尽快理赔，并对配送站点的推诿态度予以投诉。", "claim jd1; complaint jd1")
m("sto", [8], "{st1} 核重，超重部分要求退还，并赔偿我司损失 200 元。", "weight st1; claim st1")
m("yunda", [8], "{yd1} 请查一下到哪了，另外这单运费按 3kg 收的，请核重。", "weight yd1")
m("ems", [8], "{em1} 请撤单并投诉揽投员未按约上门。", "cancel em1; complaint em1")
m("cainiao", [8], "{cn1} 查件，顺便登记延误，已经一周没动了。", "delay cn1")
m("deppon", [8], "您好，{dp1} 货物破损，客户拒收，请退回并登记破损。", "intercept dp1; damaged dp1")
m("sf", [8], "{sf1} 丢件，客户要投诉，还要赔偿。", "claim sf1; complaint sf1")
m("yto", [8], "您好，{yt1} 重量不对，运费多收了 18 元，请核重；另外该件已延误两天，请催件。", "weight yt1; urge yt1")
m("zto", [8], "{zt1} 漏液，请登记破损，并投诉网点包装不当。", "damaged zt1; complaint zt1")
m(None, [8], "您好，{jt1} 的理赔结果我司不接受，申请仲裁；另请核实该件的计费重量。", "arbitration jt1; weight jt1")
m("sto", [8], "{st1} 改派至 山东省济南市历下区泉城路180号 马超 {ph1}，同时投诉原派件员无故拒绝送货上门。",
  "change_address st1; complaint st1")
m("yunda", [8], "您好，{yd1} 显示签收但客户未收到，怀疑丢件，请按丢件处理并理赔 268 元。", "claim yd1")
m("jd", [8], "{jd1} 破损，客户不要了，退回，顺便投诉一下派送员。", "intercept jd1; complaint jd1",
  drop="audit: rule 6 (damage as the reason for the return) and rule 7 (damage + complaint) disagree")
m("ems", [8], "您好，{eu1} 请加急，同时投诉：该邮件在海关放行后滞留九天。", "urge eu1; complaint eu1")
m("cainiao", [8], "您好，{cn1} 延误导致客户活动取消，客户要求赔偿 500 元，并对贵司提出投诉。", "claim cn1; complaint cn1")
m("deppon", [8], "{dp1} 查一下重量，同时查一下到哪了。", "weight dp1")
m("sf", [8], "您好，{sf1} 外箱压坏了，请登记，另外派件员态度很差，请一并投诉。", "damaged sf1; complaint sf1")
m("yto", [8], "您好，麻烦贵司协助处理 {yt1}：\n(1) 派件员未经同意放置驿站，请登记投诉；\n(2) 驿站称包裹已丢失，"
  "客户要求赔偿货值 1580 元。\n望尽快回复。", "complaint yt1; claim yt1")


# =====================================================================================================
# Filling placeholders, validation, output
# =====================================================================================================
PLACEHOLDER = re.compile(r"\{([a-z]+)(\d*)(?::([a-z0-9]+))?\}")
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _spaced(w: str, sep: str) -> str:
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", w):  # S10: EJ 302 993 041 CN
        return sep.join([w[:2], w[2:5], w[5:8], w[8:11], w[11:]])
    head = re.match(r"[A-Z]*", w).group(0)
    digits = w[len(head):]
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    if sep == "-":
        return head + "-".join(groups)
    return (head + " " if head else "") + " ".join(groups)


def _waybill_form(rng: random.Random, w: str, form: str | None) -> str:
    if form is None:
        return w
    if form == "sp":
        return _spaced(w, " ")
    if form == "dash":
        return _spaced(w, "-")
    if form == "nl":
        cut = len(w) - rng.choice([4, 5, 6])
        return w[:cut] + "\n" + w[cut:]
    if form == "fw":
        return w.translate(FW)
    if form == "tr":
        return w[:-4]
    if form == "bad":
        good = int(w[10])
        return w[:10] + str((good + 3) % 10) + w[11:]
    raise ValueError(form)


def _phone_form(rng: random.Random, p: str, form: str | None) -> str:
    a, b, c = p[:3], p[3:7], p[7:]
    forms = {
        None: p, "plus": f"+86 {a} {b} {c}", "plus0": f"+86{p}", "86": f"86-{p}", "00": f"0086-{p}",
        "00s": f"0086 {p}", "dash": f"{a}-{b}-{c}", "sp": f"{a} {b} {c}", "par": f"({a}){b}-{c}",
        "fw": p.translate(FW),
    }
    if form == "n":
        return wn.phone_notation(rng, p)
    return forms[form]


def _order_number(rng: random.Random) -> str:
    n = rng.choice([18, 19])
    return rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def build() -> list[dict]:
    rng = random.Random(SEED)
    used: set[str] = set()
    records = []
    template_count = Counter(t for _, _, t, *_ in E)
    for t, n in template_count.items():
        assert n <= 2, f"sentence used {n} times: {t!r}"

    for i, (carrier, cats, template, exp, h, c, drop) in enumerate(E, start=1):
        rid = f"e-{i:04d}"
        values: dict[str, str] = {}
        carriers_in_msg: set[str] = set()

        def fresh(make):
            while True:
                v = make()
                if v not in used:
                    used.add(v)
                    return v

        def fill(mt: re.Match) -> str:
            kind, idx, form = mt.group(1), mt.group(2), mt.group(3)
            name = kind + idx
            if name not in values:
                if kind in PREFIX:
                    values[name] = fresh(lambda: wn.waybill(rng, PREFIX[kind]))
                elif kind == "ph":
                    values[name] = fresh(lambda: wn.phone(rng))
                elif kind == "od":
                    values[name] = fresh(lambda: _order_number(rng))
                elif kind == "tail":
                    values[name] = "".join(rng.choice("0123456789") for _ in range(4))
                else:
                    raise ValueError(f"{rid}: unknown placeholder {mt.group(0)}")
            v = values[name]
            if kind in PREFIX:
                if form not in ("tr", "bad"):
                    carriers_in_msg.add(PREFIX[kind])
                return _waybill_form(rng, v, form)
            if kind == "ph":
                return _phone_form(rng, v, form)
            assert form is None, rid
            return v

        text = PLACEHOLDER.sub(fill, template)
        assert "{" not in text and "}" not in text, rid

        expected = []
        for part in filter(None, (p.strip() for p in exp.split(";"))):
            intent, *names = part.split()
            assert intent in INTENTS, f"{rid}: intent {intent}"
            assert names, rid
            for nm in names:
                assert nm in values and nm[:2] in PREFIX, f"{rid}: {nm} not in text"
            expected.append({"intent": intent, "waybills": [values[nm] for nm in names]})

        # --- validation
        assert carrier in GROUP_CARRIERS, rid
        assert not (h and c), f"{rid}: needs_human and confirm"
        if c:
            assert any(g["intent"] in ("intercept", "cancel", "change_address") for g in expected), rid
        assert cats and all(0 <= k <= 8 for k in cats), rid
        for car in carriers_in_msg:
            if car in ALL_DIGIT:
                assert carrier == wn.GROUP_CARRIER.get(car, car), f"{rid}: all-digit {car} in group {carrier}"
        flat = re.sub(r"[ \t\r\n\-]", "", unicodedata.normalize("NFKC", text))
        pairs = set()
        for g in expected:
            for w in g["waybills"]:
                assert w == w.upper() and re.fullmatch(r"[A-Z0-9]+", w), rid
                assert w in flat, f"{rid}: {w} not found in text"
                assert (g["intent"], w) not in pairs, f"{rid}: duplicate pair"
                pairs.add((g["intent"], w))
        for intent, w in pairs:
            if intent == "track":
                assert not any(x == w and i2 != "track" for i2, x in pairs), f"{rid}: track beside another intent"

        if drop:
            continue  # removed by the audit; its id stays unused
        records.append({
            "id": rid, "text": text, "carrier": carrier, "expected": expected,
            "needs_human": h, "confirm": c, "categories": cats, "style": STYLE,
        })

    texts = Counter(r["text"] for r in records)
    dup = [t for t, n in texts.items() if n > 1]
    assert not dup, dup
    assert len({r["id"] for r in records}) == len(records)
    return records


def summary(records: list[dict]) -> str:
    cats = Counter(k for r in records for k in r["categories"])
    intents = Counter(g["intent"] for r in records for g in r["expected"])
    pairs = Counter(g["intent"] for r in records for g in r["expected"] for _ in g["waybills"])
    carriers = Counter(r["carrier"] for r in records)
    lines = [
        f"messages: {len(records)}",
        "categories: " + ", ".join(f"{k}={cats[k]}" for k in sorted(cats)),
        "intents (groups): " + ", ".join(f"{k}={v}" for k, v in sorted(intents.items())),
        "intents (pairs): " + ", ".join(f"{k}={v}" for k, v in sorted(pairs.items())),
        f"needs_human: {sum(r['needs_human'] for r in records)}  confirm: {sum(r['confirm'] for r in records)}",
        f"no expected: {sum(not r['expected'] for r in records)}",
        "carriers: " + ", ".join(f"{k}={v}" for k, v in sorted(carriers.items(), key=lambda kv: str(kv[0]))),
    ]
    return "\n".join(lines)


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
