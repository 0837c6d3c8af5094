"""Writer u: the logistics desks of a mid-size manufacturer and of a B2B distributor writing formally to their
outlet — 您好/烦请/谨此/特此/为盼, numbered lists, labelled fields (运单号：/处理方式：/原因：/备注：), formal
withdrawals and corrections (此前申请予以撤回, 特此更正, 以本条为准, 前述第二项作废), conditions, claims with
amounts and insured values, weight disputes with figures, escalations to arbitration, notices that ask nothing —
and, now and then, a warehouse clerk of the same desks typing fast. A realistic traffic mix: about half plain
requests, a tenth chat and questions, the rest corrections, compounds, positions, scoped withdrawals, quotes,
phones and hedges.

Every message text below is written by hand; only waybill numbers, phone numbers and platform order numbers are
filled in (from ../waybill_numbers.py, seeded). Run from the repository root:

    python tests/data/writers/u_source.py

which writes tests/data/writers/u.jsonl (reproducible).

Template placeholders:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case, {A:fw} full-width, {A:cut} with its last digit missing (a mistyped number)
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
"""

from __future__ import annotations

from harness import Writer  # tests/data/writers/harness.py: placeholders, build, main

W = Writer("u", seed=20240725)
R = W.R


# Multi-carrier groups (carrier None) only ever carry prefixed numbers.
MIX2 = {"A": "sf", "B": "yto"}
MIX3 = {"A": "jt", "B": "deppon", "C": "jd"}

# ---------------------------------------------------------------------------------------------------------
# 1. Plain requests, one number, one command — the desk's everyday wording
# ---------------------------------------------------------------------------------------------------------

# intercept
R("您好，运单号：{A}，因客户取消采购，烦请拦截退回我司，谢谢。", "yto", "intercept A")
R("烦请将 {A} 拦截退回，收货单位已暂停合作。", "zto", "intercept A")
R("{A} 截件，退回发货仓为盼。", "sto", "intercept A")
R("物流部通知：{A} 请立即拦截，货物型号发错。", "jt", "intercept A")
R("您好！{A} 这票货烦请帮忙拦回来，客户那边项目暂停了。", "sf", "intercept A")
R("运单号：{A}\n处理方式：拦截退回\n原因：收件单位拒收\n烦请尽快处理，谢谢！", "zto", "intercept A")
R("{A} 退件处理，退回原发货地址即可。", "yunda", "intercept A")
R("{A} 别派了，退回来，谢谢", "jd", "intercept A")
R("烦请协助拦截 {A}，该批次质检不合格需召回。", "deppon", "intercept A")
R("{A} 拦截", "cainiao", "intercept A")
R("谨此申请：{A} 拦截退回原寄件地。", "ems", "intercept A")
R("老师好，麻烦 {A} 拦截一下，仓库发错货了🙏", "yto", "intercept A")
R("{A}\n拦截退回，原因：重复发货。", "jt", "intercept A")
R("您好，我司一票零部件 {A} 需截回，收件地址有误，烦请处理为盼。", "sf", "intercept A")
R("【拦截】{A}", "sto", "intercept A")
R("{A} 客户拒收，烦请退回。", "zto", "intercept A")
R("麻烦把 {A} 拦住退回来，谢谢您。", "yunda", "intercept A")
R("处理方式：拦截\n运单号：{A}\n备注：退回至我司成品仓，收件人：仓管 周", "deppon", "intercept A")

# cancel
R("您好，{A} 尚未揽收，烦请撤单。", "zto", "cancel A")
R("{A} 取消寄件，该订单客户已取消。", "sto", "cancel A")
R("运单号：{A}\n处理方式：撤单\n原因：客户临时取消订单", "yunda", "cancel A")
R("{A} 这单不寄了，麻烦撤销一下。", "jt", "cancel A")
R("烦请将今日下单的 {A} 作废处理，谢谢。", "yto", "cancel A")
R("{A} 取消订单，为盼。", "sf", "cancel A")
R("撤单：{A}（系统重复下单）", "ems", "cancel A")
R("您好，{A} 快递员还没来收，这单我们不发了，烦请撤单。", "cainiao", "cancel A")
R("{A} 面单打错，请作废。", "jd", "cancel A")
R("特此申请撤销寄件：{A}，货物已改为自提。", "deppon", "cancel A")

# change_address
R("{A} 地址改为：广东省东莞市长安镇霄边第三工业区宏达路 8 号，收件人不变。", "yto", "change_address A")
R("{A} 转寄至苏州工业园区星湖街 328 号创意产业园 12 栋 3 楼，烦请协助。", "sf", "change_address A")
R("{A} 改派到 上海市嘉定区安亭镇墨玉南路 1018 号 仓库收货口", "jt", "change_address A")
R("烦请修改 {A} 收件地址：天津市西青区张家窝工业区兴业道 9 号，收货人：赵主管。", "deppon", "change_address A")
R("运单号：{A}\n处理方式：改址\n新地址：河北省廊坊市广阳区万达广场东侧物流园 C 区 6 号库", "zto", "change_address A")
R("您好，{A} 需更改收件地址为 成都市双流区西航港大道 2166 号 二号门岗，谢谢。", "sto", "change_address A")
R("{A} 改地址：武汉市东西湖区走马岭汇通大道 18 号 华中仓", "yunda", "change_address A")
R("{A} 麻烦转寄到客户新厂区：安徽省合肥市肥西县桃花工业园玉兰大道与繁华大道交口", "ems", "change_address A")
R("烦请将 {A} 改派至南京市江宁区秣陵街道将军大道 529 号 北门，收件人改为 孙经理。", "jd", "change_address A")
R("{A} 更址：郑州市经开区第九大街 156 号 中原物流港 7 号仓", "cainiao", "change_address A")

# urge
R("{A} 已发出四天，烦请催促派送，客户产线待料。", "zto", "urge A")
R("您好，{A} 请加急派送，谢谢。", "yto", "urge A")
R("{A} 催一下，急用", "sto", "urge A")
R("{A} 客户催得紧，麻烦尽快派送为盼。", "jd", "urge A")
R("烦请协调 {A} 今日内送达，该批为生产急件。", "sf", "urge A")
R("运单号：{A}\n处理方式：催派\n备注：收件单位周六不上班，务必周五前送达", "jt", "urge A")
R("{A} 催件", "cainiao", "urge A")
R("{A} 已到贵网点两天了还没派，请尽快安排派送。", "yunda", "urge A")
R("请帮忙催一下 {A}，收货方每天都在问。", "ems", "urge A")
R("{A} 加急！", "deppon", "urge A")

# verify_delivery
R("{A} 系统显示已签收，收货单位称未收到，烦请核实签收情况。", "yunda", "verify_delivery A")
R("{A} 显示本人签收，但客户仓库无任何签收记录，请核实。", "jt", "verify_delivery A")
R("{A} 疑似虚假签收，烦请调取签收底单及派送照片。", "sf", "verify_delivery A")
R("您好，{A} 物流显示已妥投，收件人表示并未收到货物，请协助核实。", "ems", "verify_delivery A")
R("{A} 显示门卫代签，门卫说没见过这个件，麻烦核实一下。", "zto", "verify_delivery A")
R("{A} 签收了但客户没收到", "sto", "verify_delivery A")

# damaged
R("{A} 到货外箱严重变形，内装控制板两块碎裂，特此登记破损。", "zto", "damaged A")
R("{A} 收件方反馈漏液，请登记。", "sto", "damaged A")
R("{A} 货物压坏了，客户已拍照留存。", "yto", "damaged A")
R("您好，{A} 玻璃视窗碎了，烦请登记破损。", "jd", "damaged A")
R("运单号：{A}\n问题：破损\n说明：木箱一角开裂，设备外壳有明显划痕", "deppon", "damaged A")
R("{A} 外包装破了，里面的配件散出来了", "yunda", "damaged A")

# lost
R("{A} 物流停在中转站后再无记录，网点称找不到，烦请按遗失登记。", "yunda", "lost A")
R("{A} 少件：一票三件，仅到两件。", "deppon", "lost A")
R("{A} 丢件，请登记。", "jt", "lost A")
R("您好，{A} 经查已遗失，特此报备。", "sf", "lost A")
R("{A} 件没了，问了派件员和驿站都找不着。", "cainiao", "lost A")

# weight
R("{A} 计费重量 15.6kg，我方出库称重 9.8kg，差异较大，烦请核重。", "zto", "weight A", cats=(4,))
R("{A} 重量不对，麻烦复称一下。", "yto", "weight A")
R("{A} 超重扣费有误，请查重量。", "sto", "weight A")
R("您好，{A} 账单重量与实际不符，烦请核实计费重量。", "jt", "weight A")
R("{A} 我们发的是一箱螺丝，账单按 32 公斤收，麻烦称一下。", "yunda", "weight A", cats=(4,))

# track
R("{A} 烦请查询当前位置。", "sf", "track A")
R("{A} 到哪了？", "jt", "track A")
R("{A}", "ems", "track A")
R("您好，请问 {A} 预计何时送达？", "yunda", "track A")
R("烦请告知 {A} 的物流轨迹，谢谢。", "deppon", "track A")
R("查件：{A}", "zto", "track A")
R("{A} 查一下物流", "cainiao", "track A")

# delay
R("{A} 已三天未更新物流信息。", "zto", "delay A")
R("{A} 在分拨中心停滞两日，特此登记延误。", "yto", "delay A")
R("{A} 不动了", "sto", "delay A")
R("运单号：{A}\n问题类型：延误\n说明：承诺次日达，现已第四天", "sf", "delay A")
R("{A} 好几天没更新了，请登记延误。", "jd", "delay A")

# claim
R("{A} 遗失，货值 3,200 元，已保价 3,000 元，烦请启动理赔。", "zto", "claim A", cats=(8, 4))
R("{A} 申请赔偿，货损金额 860 元，发票已发至贵网点邮箱。", "jt", "claim A", cats=(4,))
R("运单号：{A}\n处理方式：理赔\n保价金额：5000 元\n货值：5680 元\n备注：整件遗失", "deppon", "claim A", cats=(8, 4))
R("您好，{A} 破损已核实，烦请按保价赔付。", "yto", "claim A", cats=(8,))

# complaint
R("投诉：{A} 派件员未联系收件人直接放置门卫，且电话中态度恶劣。", "yto", "complaint A")
R("{A} 客诉：收件方反映派送员索要上楼费。", "sto", "complaint A")
R("您好，对 {A} 的派送服务提出投诉，快递员多次爽约。", "yunda", "complaint A")

# arbitration
R("{A} 理赔方案我方不予认可，特此申请仲裁。", "zto", "arbitration A")
R("{A} 申请仲裁，附件为往来沟通记录。", "jd", "arbitration A")
R("关于 {A} 破损责任认定，双方协商未果，谨此提请仲裁。", "sf", "arbitration A")
# ---------------------------------------------------------------------------------------------------------
# 2. Plain requests: command first, trailing chatter, emoji, full-width, clerks typing fast
# ---------------------------------------------------------------------------------------------------------

R("烦请拦截：{A}", "jt", "intercept A")
R("拦截退回 {A} 谢谢 今天辛苦了", "zto", "intercept A")
R("撤单 {A}", "yto", "cancel A")
R("麻烦催下 {A}，另外下周一我们有一批大货要发，到时候提前跟您约车。", "sto", "urge A")
R("核实签收 {A}", "sf", "verify_delivery A")
R("登记破损：{A}，照片稍后补发。", "jd", "damaged A")
R("查一下 {A} 到哪了，客户在问，谢谢啦", "yunda", "track A")
R("申请理赔 {A} 👉 保价 2000 元，货值 2350 元", "deppon", "claim A", cats=(4,))
R("请核重 {A}", "cainiao", "weight A")
R("投诉 {A} 快递员把货扔在路边", "ems", "complaint A")
R("{A} 拦截退回🙏🙏", "yto", "intercept A")
R("{A} 麻烦尽快派送哈😊 客户明早开工要用", "jt", "urge A")
R("{A} 显示签收了😭 人家说没收到 帮忙核实下", "zto", "verify_delivery A")
R("{A} 撤单，谢谢👍", "sto", "cancel A")
R("{A:fw} 拦截退回，谢谢", "yto", "intercept A")
R("运单号：{A:fw}\n处理方式：催件\n备注：收货方明日开工急用", "sf", "urge A")
R("{A:fw}　改址：长沙市望城区铜官循环经济工业基地 铜官大道 88 号", "jt", "change_address A")
R("{A:fw} 查件", "zto", "track A")
R("{A:lc} 截件", "jt", "intercept A")
R("{A:lc} 催派，谢谢", "yto", "urge A")
R("急急急 {A} 拦截！！！", "jd", "intercept A")
R("{A} 拦截。这是今天第二次发错了，我们内部也在整改，给您添麻烦了。", "deppon", "intercept A")
R("{A} 帮忙退回，收件人电话一直打不通，客户说不要了", "yunda", "intercept A")
R("辛苦查下 {A} 现在在哪个网点", "ems", "track A")
R("{A} 这个件怎么还没到 帮忙催催", "cainiao", "urge A")
R("{A} 一直显示运输中，五天了，登记一下延误吧", "zto", "delay A")
R("{A} 单子作废，不发了。", "sto", "cancel A")
R("仓库刚打错一张面单，{A} 请作废。", "yunda", "cancel A")
R("{A} 到付被拒，退回我司。", "sf", "intercept A")
R("收件人反映 {A} 里面的油漆罐漏了一地", "jt", "damaged A")
R("{A} 客户开箱发现电机外壳摔裂了", "yto", "damaged A")
R("{A} 发货时称的 4.3 公斤，怎么变成 7 公斤了？麻烦核实重量", "sto", "weight A", cats=(4,))
R("{A} 这件被多计了 2kg，烦请复核。", "zto", "weight A", cats=(4,))
R("{A} 哪天能到？", "deppon", "track A")
R("{A} 到了没", "sf", "track A")
R("{A} 中转停了三天", "jd", "delay A")
R("{A} 我司对该件的派送态度投诉，详情如下：派件员拒绝送货上门且辱骂收件人。", "cainiao", "complaint A")
R("{A} 走仲裁吧，这个赔付金额我们接受不了。", "ems", "arbitration A")

# several numbers, one command
R("以下单号烦请统一拦截退回：\n{A}\n{B}\n{C}", "zto", "intercept A B C")
R("{A}、{B} 催件", "yto", "urge A B")
R("1. {A}\n2. {B}\n3. {C}\n以上均请加急派送，谢谢。", "sto", "urge A B C")
R("您好，以下两单尚未揽收，烦请撤单：{A}；{B}。", "yunda", "cancel A B")
R("{A} {B} 两票均显示签收，客户均未收到，烦请一并核实。", "jt", "verify_delivery A B")
R("撤单\n{A}\n{B}\n{C}\n{D}", "jd", "cancel A B C D")
R("今日需拦截的单号如下：\n①{A}\n②{B}\n特此申请。", "sf", "intercept A B")
R("{A}\n{B}\n查一下这两个到哪了", "ems", "track A B")
R("{A}，{B}，{C} 三票均在转运中心滞留超过 48 小时，特此登记延误。", "zto", "delay A B C")
R("烦请核重：{A}、{B}（两件实重均为 6.5kg，账单均计 12kg）", "deppon", "weight A B", cats=(4,))
R("{A}\n{B}\n拦截", "cainiao", "intercept A B")
R("催件：{A} / {B} / {C}", "yunda", "urge A B C")
R("{A} {B}", "sto", "track A B")
R("下列运单货物破损，烦请登记：\n一、{A}\n二、{B}", "yto", "damaged A B")
R("{A} 和 {B} 都撤单吧，客户改成自提了。", "zto", "cancel A B")
R("您好，{A}、{B}、{C} 均请转寄至新仓库：嘉兴市秀洲区洪合镇洪福路 77 号。", "jt", "change_address A B C")
R("批量拦截（共 4 票）：\n{A}\n{B}\n{C}\n{D}\n原因：整批退货", "yto", "intercept A B C D")
R("{A} 和 {B} 加急派送，谢谢。", None, "urge A B", draw=MIX2)
R("麻烦查下这三票：{A} {B} {C}", None, "track A B C", draw=MIX3)
R("{A}、{B} 一并投诉，同一个快递员，两次都没送货上门直接签收。", "sto", "complaint A B")

# several numbers, each with its own command, line by line
R("{A} 拦截\n{B} 催件\n{C} 撤单", "zto", "intercept A; urge B; cancel C")
R("一、{A}：拦截退回\n二、{B}：加急派送\n烦请处理，谢谢。", "yto", "intercept A; urge B")
R("运单号：{A}　处理方式：撤单\n运单号：{B}　处理方式：查件", "sf", "cancel A; track B")
R("{A} 催一下；{B} 显示签收没收到，请核实。", "jt", "urge A; verify_delivery B")
R("① {A} 破损登记\n② {B} 核重（实重 3.2kg，计费 5kg）\n③ {C} 延误登记", "deppon", "damaged A; weight B; delay C",
  cats=(0, 4))
R("{A} 退回，{B} 改址到 青岛市城阳区棘洪滩街道锦盛二路 17 号。", "yunda", "intercept A; change_address B")
R("{A} 拦截\n{B} 拦截\n{C} 催派", None, "intercept A B; urge C", draw={"A": "sf", "B": "jd", "C": "yto"})
R("今天两件事：{A} 请撤单；{B} 请查一下怎么还在始发地。", "cainiao", "cancel A; track B")
R("{A} 丢了，请登记遗失；{B} 正常，不用管。", "ems", "lost A", cats=(0, 1))
R("{A} 理赔（保价 1500 元）\n{B} 投诉（派件员态度差）", "zto", "claim A; complaint B", cats=(0, 4))
# ---------------------------------------------------------------------------------------------------------
# 3. Commands written other ways: pinyin, English (the distributor's export desk), voice input, traditional
# ---------------------------------------------------------------------------------------------------------

R("{A} lanjie 退回", "zto", "intercept A", cats=(5,))
R("cuijian {A}", "yto", "urge A", cats=(5,))
R("{A} chedan 谢谢", "sto", "cancel A", cats=(5,))
R("{A} gaizhi：宁波市鄞州区投资创业中心诚信路 99 号", "yunda", "change_address A", cats=(5,))
R("Hi, please intercept {A} and return to sender. Thanks.", "sf", "intercept A", cats=(5,))
R("{A} pls cancel the order, not shipping anymore", "jt", "cancel A", cats=(5,))
R("Dear team, {A} is urgent, please hurry the delivery.", "jd", "urge A", cats=(5,))
R("where is {A}?", "deppon", "track A", cats=(5,))
R("{A} arrived damaged, the carton was crushed. Please record it.", "yto", "damaged A", cats=(5,))
R("{A} shows delivered but the consignee never received it, pls check", "sf", "verify_delivery A", cats=(5,))
R("{A} compensation please, declared value RMB 1,800", "jt", "claim A", cats=(5, 4))
R("{A} 请 intercept，客户 reject 了", "yto", "intercept A", cats=(5,))
R("{A} change address to 深圳市宝安区福海街道新田大道 71 号 B 栋", "sf", "change_address A", cats=(5,))
R("{A} 帮我兰截一下 谢谢", "zto", "intercept A", cats=(5,))
R("圆通的单子 {A} 麻烦拦结退回", "yto", "intercept A", cats=(5,))
R("{A} 这个件帮忙崔一下 客户急着要", "sto", "urge A", cats=(5,))
R("{A} 帮我扯单 还没来拿货", "yunda", "cancel A", cats=(5,))
R("语音转文字：运单号 {A} 请帮忙拦截退回 逗号 原因是客户不要了 句号", "jt", "intercept A", cats=(5,))
R("{A} 攔截退回，謝謝。", "sf", "intercept A", cats=(5,))
R("{A} 撤單", "jd", "cancel A", cats=(5,))
R("{A} 顯示簽收但客戶沒收到，煩請核實。", "deppon", "verify_delivery A", cats=(5,))
R("{A} 遺失，請登記。", "ems", "lost A", cats=(5,))
R("{A} weight is wrong, billed 8kg but actual 5.2kg", "cainiao", "weight A", cats=(5, 4))
R("{A} cuicui 🙏", "zto", "urge A", cats=(5,))
R("{A} 破损了 pls register, 照片见下", "yto", "damaged A", cats=(5,))
R("complain {A}, courier was rude on the phone", "sto", "complaint A", cats=(5,))
R("{A} 请帮忙 check 一下 where it is now", "jt", "track A", cats=(5,))
R("{A} 好几天 no update 了，登记 delay 吧", "sf", "delay A", cats=(5,))
R("{A} {B} both intercept pls", None, "intercept A B", cats=(5,), draw={"A": "yto", "B": "jt"})
# ---------------------------------------------------------------------------------------------------------
# 4. Chat, thanks, notices that only inform, general questions — nothing to do
# ---------------------------------------------------------------------------------------------------------

R("您好，收到，谢谢贵网点配合。", "zto")
R("好的，辛苦了。", "yto")
R("特此告知：我司五一假期（5 月 1 日至 5 月 5 日）暂停发货，5 月 6 日恢复正常，仅作告知，无需处理。", "sto", cats=(4,))
R("谨此通知：自下月起我司发货仓迁至昆山市千灯镇石浦恒升路 21 号，揽收地址请同步更新。", "jt")
R("请问明天几点来揽收？我们大概有 60 件。", "yunda", cats=(4,))
R("您好，本月对账单已收到，财务核对后再与您联系。", "zto")
R("收到，感谢！", "sf")
R("👍", "jd")
R("好的好的", "deppon")
R("麻烦问一下，贵网点周日正常揽收吗？", "cainiao")
R("您好，我司新同事小陈今天入群，后续发货事宜由她对接，烦请关照。", "ems")
R("仅作告知：今日下午仓库盘点，16:00 前暂停出货。", "yto", cats=(4,))
R("请问月结账户的发票一般几号开？", "sto")
R("谢谢，问题已解决。", "jt")
R("您好，上周的几票破损件客户已经确认收货了，感谢贵网点跟进。", "zto")
R("特此说明：今日无发货计划，无需安排车辆。", "yunda")
R("请问大件（单件超过 60 公斤）贵网点能收吗？需要提前预约吗？", "deppon", cats=(4,))
R("好的明白了，我们这边按流程走。", "sf")
R("收到，已转告客户。", "jd")
R("今天的件都已打包完毕，共 38 票，司机到了直接拉就行。", "ems", cats=(4,))
R("您好，请问新疆、西藏地区是否正常收派？", "cainiao")
R("节日快乐！感谢一年来的支持🎉", "yto")
R("麻烦问下，运费结算方式能否从月结改为半月结？", "zto")
R("特此告知，我司物流对接人自即日起变更为 采购部 郑工，原对接人不再负责。", "sto")
R("OK", "jt")
R("了解，谢谢答复。", "yunda")
R("请问外省件目前时效大概几天？", "sf")
R("您好，明天上午我们有两托盘货，请问需要什么车型？", "deppon")
R("好的，等您消息。", "jd")
R("这周的件发得很顺，谢谢各位师傅。", "cainiao")
R("已阅。", "ems")
R("您好，请问保价费率是多少？", "zto")
R("仅作告知：我司月底系统升级，29 日晚 20:00 至 24:00 无法打印面单。", "yto", cats=(4,))
R("收到，我们这边再核对一下出库记录。", "sto")
R("哈哈 好的 辛苦啦", "yunda")
R("请问今天最晚几点截单？", "jt")
R("Thanks, noted.", "sf", cats=(5,))
R("您好，上次说的纸箱样品什么时候能送过来？", "jd")

# a notice that an earlier request is over: a withdrawal of an earlier request, so a person looks
R("{A} 已由收件方到网点自提，此前催件申请无需再处理，仅作告知。", "zto", nh=True, cats=(1,))
R("特此告知：{A} 客户已同意签收，前日提交的拦截申请请勿执行。", "yto", nh=True, cats=(1,))
R("{A} 收货方已找到货物（被其他部门代收），此前核实签收的申请撤回，谢谢。", "sf", nh=True, cats=(1,))
# ---------------------------------------------------------------------------------------------------------
# 5. Questions ABOUT an action (status, rules, fees): they do not ask for it
# ---------------------------------------------------------------------------------------------------------

R("请问拦截要收费吗？", "zto", nh=True)
R("您好，改址是否产生额外费用？如有请告知标准。", "yto", nh=True)
R("{A} 拦截是否已成功？烦请告知进度。", "sto", nh=True)
R("{A} 改地址了吗？", "jt", nh=True)
R("请问 {A} 昨天申请的撤单办好了没有？", "yunda", nh=True)
R("{A} 催件之后有回复吗？", "sf", nh=True)
R("您好，{A} 理赔目前进行到哪一步了？", "deppon", nh=True)
R("请问已经派送中的件还能拦截吗？", "jd", nh=True)
R("{A} 的破损工单有结果了吗？", "zto", nh=True)
R("请问理赔一般多久能到账？", "cainiao", nh=True)
R("仲裁需要提供哪些材料？请告知清单。", "ems", nh=True)
R("您好，拦截退回的运费由哪方承担？", "yto", nh=True)
R("{A} 拦截成功没有？客户又在问了。", "zto", nh=True)
R("请问转寄到外省，时效会延长多少？", "sto", nh=True)
R("{A} 核重结果出来了吗", "jt", nh=True)
R("已揽收的件还能撤单吗？还是只能拦截？", "yunda", nh=True)
R("请问 {A} 延误登记后会有补偿吗？", "sf", nh=True)
R("您好，{A} 投诉受理了吗？受理编号烦请发一下。", "jd", nh=True)
# ---------------------------------------------------------------------------------------------------------
# 6. Negation and withdrawal, scoped to one number or clause; formal withdrawals of earlier requests
# ---------------------------------------------------------------------------------------------------------

R("{A}、{B} 拦截；{C} 暂不拦截。", "zto", "intercept A B", cats=(1,))
R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=(1,))
R("{A} 此前拦截申请予以撤回。", "sto", nh=True, cats=(1,))
R("{A} 取消拦截，客户又决定收货了。", "jt", nh=True, cats=(1,))
R("{A} 烦请拦截……稍等，刚与客户通话，{A} 不拦了，客户同意签收。", "yunda", cats=(1,))
R("并非不拦，请立即拦截 {A}。", "sf", "intercept A", cats=(1,))
R("{A} 不要退回，改派至 杭州市萧山区经济技术开发区建设三路 733 号，收件人不变。", "zto", "change_address A", cats=(1,))
R("以下三单：{A}、{B}、{C}，除 {B} 外均请拦截。", "yto", "intercept A C", cats=(1, 7))
R("一、{A} 拦截退回\n二、{B} 加急派送\n三、{C} 改址：厦门市集美区杏林湾路 1116 号 6 楼\n补充：前述第二项作废。", "jt",
  "intercept A; change_address C", cats=(1, 7))
R("{A} 不用理赔了，客户已同意我司补发。", "deppon", nh=True, cats=(1,))
R("{A} 催件申请撤回，货已送到。", "zto", nh=True, cats=(1,))
R("{A} 不必改址，收件人说原地址可以收。", "sto", nh=True, cats=(1,))
R("{A} 和 {B} 撤单。{B} 先别撤，那单客户可能还要。", "yunda", "cancel A", cats=(1,))
R("{A} 不需要拦截了，请正常派送。", "jd", nh=True, cats=(1,))
R("{A} 无需核重；{B} 烦请核重，计费 9kg，实重 4.6kg。", "deppon", "weight B", cats=(1, 4))
R("{A} {B} {C} 均请催件，其中 {C} 刚显示签收，不用催了。", "yto", "urge A B", cats=(1,))
R("{A} 先不拦截了，改为催件，尽快送到客户手上。", "sf", "urge A", cats=(1, 2))
R("不要撤单！{A} 是要拦截，货已经发出去了。", "zto", "intercept A", cats=(1,))
R("{A} 不要转寄，直接退回我司。", "jt", "intercept A", cats=(1,))
R("{A} 的投诉撤销，快递员已上门致歉。", "yto", nh=True, cats=(1,))
R("{A} 仲裁申请撤回，双方已协商一致。", "sf", nh=True, cats=(1,))
R("{A} 拦截、{B} 拦截、{C} 不拦截、{D} 拦截", "sto", "intercept A B D", cats=(1,))
R("{A} 既不拦截也不撤单，麻烦查一下到哪了就行。", "cainiao", "track A", cats=(1,))
R("谨此说明：{A} 无需理赔，仅登记破损即可。", "zto", "damaged A", cats=(1, 8))
R("{A} 不是要投诉，只是请催一下派送。", "yunda", "urge A", cats=(1,))
R("{A} 不用再催了，客户说下周才有人收货。", "ems", nh=True, cats=(1,))
R("{A} 延误不用登记了，物流刚刚更新。", "jt", nh=True, cats=(1,))
R("不是不改，是现在就改：{A} 地址改为 佛山市南海区狮山镇科技工业园 A 区 5 号。", "sf", "change_address A", cats=(1,))
R("{A} 拦截。{B} 和 {C} 别动，正常派。", "jd", "intercept A", cats=(1,))
R("您好，{A}、{B} 两票此前申请的改址均予以撤回，按原地址派送。", "deppon", nh=True, cats=(1,))
R("{A} 不撤单了，直接拦截退回吧，已经揽收了。", "yto", "intercept A", cats=(1, 2))
R("{A} 退回不要了，还是撤单，快递员还没来。", "zto", "cancel A", cats=(1, 2))
R("{A} 不投诉了，登记个延误就行。", "sto", "delay A", cats=(1,))
R("除 {A} 外，今天上午报的其余几单拦截都撤回。", "yunda", nh=True, cats=(1,))
# ---------------------------------------------------------------------------------------------------------
# 7. Corrections: of the number, of the command, 特此更正 / 以本条为准 / 打错了 / 少打一位
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截 —— 更正，单号打错了，应为 {B}。", "yto", "intercept B", cats=(2,))
R("{A} 改址至 无锡市新吴区旺庄路 156 号 宝龙城 2 号门。\n特此更正：运单号应为 {B}，地址不变。", "zto",
  "change_address B", cats=(2,))
R("{A}、{B:cut} 催件。\n第二个单号少打一位，正确为 {B}。", "jt", "urge A B", cats=(2,))
R("撤单 {A}。哦不对，已经揽收了，那就拦截吧。", "sto", "intercept A", cats=(2,))
R("{A} 改址取消，还是拦截吧。", "yunda", "intercept A", cats=(2,))
R("更正：上一条 {A} 处理方式应为催件，非拦截，以本条为准。", "sf", "urge A", cats=(2,))
R("{A} 登记破损。搞错了，应该是 {B} 破损，{A} 是好的。", "deppon", "damaged B", cats=(2,))
R("{A} 拦截。不对，是 {B}，{A} 是另一个客户的单。", "jd", "intercept B", cats=(2,))
R("特此更正：此前报送的改址信息门牌号有误，{A} 新地址为 沈阳市浑南区创新路 155 号 3 门，以本条为准。", "zto",
  "change_address A", cats=(2,))
R("{A} 核实签收 —— 更正，应为催件，物流显示还在派送中。", "yto", "urge A", cats=(2,))
R("{A} 拦截\n{B} 催件\n更正：上面两单处理方式写反了，{A} 催件，{B} 拦截。", "sto", "urge A; intercept B", cats=(2, 7))
R("运单号：{A:cut}\n处理方式：拦截\n——单号漏了最后一位，完整为 {A}", "jt", "intercept A", cats=(2,))
R("{A} 撤单，搞错了，是拦截退回，货昨天就发走了。", "yunda", "intercept A", cats=(2,))
R("{A} 地址改为 昆明市官渡区螺蛳湾国际商贸城 3 期 B 区 12 号。\n更正：改为 昆明市官渡区螺蛳湾国际商贸城 5 期 D 区 8 号，以后者为准。",
  "ems", "change_address A", cats=(2,))
R("{A} 申请理赔，金额更正为 1260 元（此前报 1620 元系笔误）。", "deppon", "claim A", cats=(2, 4))
R("{A} 请查件。哦不对，这单是要核重的，账单 18kg，实际 11kg。", "cainiao", "weight A", cats=(2, 4))
R("{A} 延误登记 —— 打错了，是 {B} 延误，{A} 已经签收了。", "zto", "delay B", cats=(2,))
R("一、{A} 拦截\n二、{B} 拦截\n三、{C} 催件\n前述第三项更正为拦截。", "yto", "intercept A B C", cats=(2, 7))
R("{A} 投诉，哦不对，是登记破损，快递员态度倒还好。", "jt", "damaged A", cats=(2,))
R("{A} 拦截，{B:cut} 拦截。（后者单号少录一位，补正为 {B}）", "sf", "intercept A B", cats=(2, 7))
R("{A} 改址：南昌市青山湖区昌东工业区东升大道 2 号。抱歉，单号发错了，正确单号是 {B}。", "yunda",
  "change_address B", cats=(2,))
R("上条消息单号有误，{A} 应为 {B}，处理方式不变（拦截）。", "jd", "intercept B", cats=(2,))
R("{A} 地址改为 太原市小店区龙城大街 99 号 山西转型综改示范区 9 号楼，联系电话 {PN}。\n更正：电话应为 {PN2}。",
  "zto", "change_address A", cats=(2, 4))
R("{A}拦截，啊不是，{A}撤单，还没揽收", "sto", "cancel A", cats=(2,))
R("{A} 催件。更正一下：是 {B} 催件，{A} 要拦截。", "yto", "intercept A; urge B", cats=(2,))
R("{A} 称重有误，烦请核重。\n更正：经仓库复核，系我方出库记录错误，无需核重，打扰了。", "jt", cats=(2,))
R("{A} 拦截。\n以下为更正：单号无误，处理方式改为改址，新地址：贵阳市观山湖区金阳南路 6 号 世纪金源购物中心 后门。",
  "sf", "change_address A", cats=(2,))
R("{A} 请登记遗失。更正：货物已找到，仅外箱破损，请登记破损。", "deppon", "damaged A", cats=(2,))
R("特此更正：{A} 收件人应为「李玉梅」，非「李玉海」。", "yunda", "change_address A", nh=True, cats=(2,))
R("{A:cut}\n这个单号打少了一位，应该是 {A}，帮忙查一下到哪了", "zto", "track A", cats=(2,))
R("{A} 改址 → 更正为拦截退回，客户不要了。", "jt", "intercept A", cats=(2,))
R("{A}、{B} 撤单。更正：{B} 已揽收，改为拦截。", "yto", "cancel A; intercept B", cats=(2,))
R("{A} 破损理赔 3,000 元。\n更正：保价金额为 2,000 元，按保价金额申请赔付。", "sto", "claim A", cats=(2, 4, 8))
R("{A} 延误了，请催一下。\n——不对，刚刷新显示已签收，但客户说没收到，请核实签收。", "cainiao", "verify_delivery A", cats=(2,))
R("{A} 打错了，应该是 {B}，请帮忙查件。", "sf", "track B", cats=(2,))
R("运单号：{A}\n处理方式：撤单\n备注：以上单号有误，更正为 {B}，撤单不变。", "ems", "cancel B", cats=(2,))
# ---------------------------------------------------------------------------------------------------------
# 8. Quotes and replies: colleagues' messages, our own earlier ones, the bot's replies pasted back
# ---------------------------------------------------------------------------------------------------------

R("「@华锐物流部 {A} 拦截已提交，结果会第一时间通知您」\n收到，谢谢。", "yto", cats=(3,))
R("引用 网点小助手：@鼎和储运 {A} 已为您催促派送，请耐心等待\n这单两天过去了仍未更新，烦请登记延误。", "zto",
  "delay A", cats=(3,))
R("回复 @网点客服：{A} 改址已提交，结果会第一时间通知您\n好的，等结果。", "sf", cats=(3,))
R("「{A} 拦截退回」\n这单不用拦了，客户又决定收货。", "sto", nh=True, cats=(1, 3))
R("「王敏：{A} 拦截」\n- - - - - - - - - - - - - - -\n{B} 也按此处理。", "jt", "intercept B", cats=(3,))
R("引用 李工：{A} 破损\n这单烦请一并投诉派件员，外箱有明显踩踏痕迹。", "yunda", "complaint A", cats=(3,))
R("「@鼎和储运 {A} 已签收，无法拦截」\n那烦请核实签收，客户说根本没收到。", "jd", "verify_delivery A", cats=(3,))
R("「@华锐物流部 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n撤单 {A}", "zto", "cancel A", cats=(3,))
R("回复 @网点小助手：@鼎和储运 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单吧。", "yto",
  "cancel A", cats=(3,))
R("「@华锐物流部 请确认：{A} 拦截退回？回复“确认”即办理」\n先不要办，我再跟客户确认一下。", "sto", nh=True, cats=(1, 3))
R("「@鼎和储运 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n烦请同时启动理赔，该件保价 800 元。", "deppon",
  "claim A", cats=(3, 4, 8))
R("回复 @华锐物流部：{A} 撤单成功\n好的，谢谢。另外 {B} 也请撤单。", "jt", "cancel B", cats=(3,))
R("[引用] 陈主管：{A} 催件\n这单已经签收了，不用催了。", "cainiao", nh=True, cats=(1, 3))
R("{A} 拦截退回\n------------------------------\n上面这条作废，不用拦。", "zto", nh=True, cats=(1, 3))
R("「{A} 催件」\n{B} 也催一下。", "yunda", "urge B", cats=(3,))
R("「@华锐物流部 您的消息已转人工客服处理，请稍候」\n请问 {A} 处理得怎么样了？", "sf", nh=True, cats=(3,))
R("“{A} 地址改为 温州市瓯海区娄桥工业园”\n上述地址不完整，特此补正，以本条为准：温州市瓯海区娄桥工业园 古岸头路 12 号 3 幢。",
  "ems", "change_address A", cats=(2, 3))
R("引用 张会计：{A} 理赔金额核定 2,400 元\n该金额与货值相差过大，我方不予认可，申请仲裁。", "zto", "arbitration A", cats=(3, 4))
R("「@鼎和储运 {A} 已为您登记延误工单，结果会第一时间通知您」\n辛苦，顺便帮忙催一下派送。", "jt", "urge A", cats=(3,))
R("「刘经理：{A} 拦截\n{B} 拦截」\n- - - - - - - - - - - - - - -\n第二个不用了，客户同意收货。", "yto", nh=True, cats=(1, 3, 7))
R("「{A} {B} 拦截」\n第一个不变，第二个改为催件。", "sto", "urge B", cats=(3, 7))
R("回复 @采购部 赵工：{A} 这单到了吗？\n还没到，烦请网点查一下 {A} 目前到哪了。", "yunda", "track A", cats=(3,))
R("「张三：{A} 改址 杭州市余杭区仓前街道文一西路 1500 号」\n- - - - - - - - - - - - - - -\n这单收件电话也改一下：{PN}",
  "zto", "change_address A", nh=True, cats=(3, 4))
R("引用 网点客服：请各位商家今晚 20 点前提交当日拦截申请\n收到", "yto", cats=(3,))
R("转发 [客户 刘总]：{A} 怎么还没到，我们产线等着用\n烦请加急派送。", "sf", "urge A", cats=(3,))
R("「@华锐物流部 {A} 改址已提交，结果会第一时间通知您」\n地址再补充一下门牌，以本条为准：济南市历城区工业北路 53 号 东门。", "jd",
  "change_address A", cats=(2, 3))
R("「{A} 催件」\n此单催件申请予以撤回，改为拦截退回。", "deppon", "intercept A", cats=(2, 3))
R("@网点小助手 @鼎和储运 {A} 拦截已提交，结果会第一时间通知您\n👌", "cainiao", cats=(3,))
R("回复 @华锐物流部：@华锐物流部 {A} 已为您催促派送，请耐心等待\n客户反映派件员电话里说没空送、让自己去取，要求投诉。", "ems",
  "complaint A", cats=(3,))
R("引用 仓库小周：{A} 这个是不是发错了\n是发错了，这单烦请拦截退回。", "jt", "intercept A", cats=(3,))
R("「@鼎和储运 {A} 撤单成功」\n感谢。{B} 同样情况，也尚未揽收，一并撤单。", "sto", "cancel B", cats=(3,))
R("“{A} 显示签收没收到”这条是昨天报的，今天客户在门卫室找到了，核实申请撤回。", "yunda", nh=True, cats=(1, 3))
# ---------------------------------------------------------------------------------------------------------
# 9. Numbers that are not waybills: phones in every notation, order numbers, amounts, dates, accounts
# ---------------------------------------------------------------------------------------------------------

R("您好，{A} 烦请改址。\n收件人：刘工\n联系电话：{PN}\n地址：浙江省宁波市北仑区新碶街道明州路 566 号 B 栋", "zto",
  "change_address A", cats=(4,))
R("{A} 收件人电话更正为 {PN}", "yto", "change_address A", nh=True, cats=(4,))
R("订单号：{O}\n运单号：{A}\n处理方式：拦截", "sto", "intercept A", cats=(4,))
R("{O} 这个订单的快递 {A} 催一下", "jt", "urge A", cats=(4,))
R("客户电话 {PN}，一直联系不上派件员，{A} 烦请催派。", "yunda", "urge A", cats=(4,))
R("{A} 改派：收件人 陈女士 {PN} 上海市闵行区莘庄工业区春东路 508 号", "sf", "change_address A", cats=(4,))
R("拦截，联系电话 {PN}", "zto", nh=True, cats=(4,))
R("{P} 这个号码的收件人的件请拦截退回", "yto", nh=True, cats=(4,))
R("{A} 联系人电话改为 {PN}，地址不变，只改电话。", "deppon", "change_address A", nh=True, cats=(4,))
R("{A} 保价 5,000 元，实际货值 6,800 元，整件丢失，申请理赔。", "jd", "claim A", cats=(4, 8))
R("{A} 12 月 3 日发出，12 月 9 日仍未送达，特此登记延误。", "ems", "delay A", cats=(4,))
R("订单 {O} 对应运单 {A}，客户已申请退货，烦请拦截退回。另：订单 {O2} 照常发货。", "zto", "intercept A", cats=(4,))
R("{A} 地址改为：苏州市相城区黄埭镇春秋路 8 号，收件人 吴先生，手机 {PN}，座机 0512-6578 3321", "sto",
  "change_address A", cats=(4,))
R("{A} 收件人换成 王磊 {PN}，地址不变。", "yunda", "change_address A", nh=True, cats=(4,))
R("麻烦联系一下 {PN}，就是 {A} 的收件人，跟他约个送货时间。", "cainiao", nh=True, cats=(4,))
R("{A} 计费 23.5kg，出库记录 14.2kg（磅单编号 20240611-087），请核重。", "deppon", "weight A", cats=(4,))
R("退款单号 {O}，{A} 客户已退款，请拦截。", "jt", "intercept A", cats=(4,))
R("{A} 申请理赔 1,350 元，赔款请汇入我司对公账户：工商银行 6222 0212 3456 7890 123", "sf", "claim A", cats=(4,))
R("——华锐精密 物流部 王 {PN}\n{A} 拦截，谢谢。", "yto", "intercept A", cats=(4,))
R("{A} 收件人 {PN} 说没收到货，物流却显示已签收，请核实。", "zto", "verify_delivery A", cats=(4,))
R("{A} 改址至 深圳市龙华区观澜街道桂花路 32 号 富士工业园 5 栋\n联系电话：{PN}\n备用电话：{PN2}", "jt",
  "change_address A", cats=(4,))
R("请拦截 {A}，如有疑问请致电 {PN}。", "sto", "intercept A", cats=(4,))
R("派件员电话 {PN} 打了十几次都不接，{A} 投诉。", "yunda", "complaint A", cats=(4,))
R("{A} 催件，收件人 {PN} 下午两点后在公司。", "ems", "urge A", cats=(4,))
R("尾号 5678 的那票拦截一下", "zto", nh=True, cats=(4,))
R("{A} 发票号 {O}，金额 12,800 元，外箱破损导致仪表报废，申请理赔。", "cainiao", "claim A", cats=(4, 8))
R("2024 年 6 月 18 日发出的 {A}，至今仍未签收，烦请催派。", "yto", "urge A", cats=(4,))
R("{A} 改地址，电话 {PN}", "jt", "change_address A", nh=True, cats=(4,))
R("收件人：赵德明\n联系电话：{PN}\n运单号：{A}\n处理方式：改址\n新地址：重庆市渝北区空港工业园 宝环路 420 号", "deppon",
  "change_address A", cats=(4,))
R("{A} 撤单（对应订单号 {O}，客户已取消）", "zto", "cancel A", cats=(4,))
R("{A} 派件员 {PN} 未经同意将货物放在小区门口，导致被雨淋湿，特此投诉并登记破损。", "sto", "damaged A; complaint A",
  cats=(4, 8))
R("{A} 请于 6 月 20 日前送达，收货单位 21 日起停工检修，联系人 {PN}。", "jd", "urge A", cats=(4,))
# ---------------------------------------------------------------------------------------------------------
# 10. Numbers broken by the chat client: spaced, dashed, split over two lines
# ---------------------------------------------------------------------------------------------------------

R("邮件 {A:sp} 请拦截退回寄件人", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("您好，国际件 {A:sp} 烦请查询目前状态。", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:sp} 烦请催派，收货方今日需要", "yto", "urge A", cats=(6,))
R("运单号：{A:dash}\n处理方式：撤单\n原因：采购单已关闭", "jt", "cancel A", cats=(6,))
R("{A:nl} 烦请拦截", "sf", "intercept A", cf=True, cats=(6,))
R("运单号：{A:nl}\n处理方式：催件\n备注：已超时效", "zto", "urge A", cats=(6,))
R("烦请将 {A:nl} 改址至 石家庄市栾城区窦妪工业区 裕翔街 6 号", "yunda", "change_address A", cf=True, cats=(6,))
R("{A:nl} 撤单，面单作废", "sto", "cancel A", cf=True, cats=(6,))
R("{A:sp} 显示签收，客户未收到，请核实。", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A:dash} 外箱破损，请登记", "deppon", "damaged A", cats=(6,))
R("{A:sp}\n{B:sp}\n两件均请拦截", "yto", "intercept A B", cats=(6,))
R("{A:nl} 一周没更新了，是不是丢了？", "jt", "lost A", cats=(6,))
R("{A:sp} 核重，账单 7kg，实重 2.8kg", "sto", "weight A", cats=(6, 4))
R("{A} 拦截\n{B:nl} 也拦截", "zto", "intercept A B", cf=True, cats=(6,))
R("{A:dash} 目前在哪个环节？", "sf", "track A", cats=(6,))
R("邮件 {A:sp} 遗失，保价 600 元，申请赔偿。", "ems", "claim A", cats=(6, 4, 8), draw="ems_s10")
# ---------------------------------------------------------------------------------------------------------
# 11. Several parcels, different commands: 前者/后者, 第一单, 上面两个, 其余, 除了…, pasted tables
# ---------------------------------------------------------------------------------------------------------

R("{A}、{B}：前者拦截，后者催件。", "zto", "intercept A; urge B", cats=(7,))
R("{A}\n{B}\n{C}\n这三单第一单拦截，后两单催一下。", "yto", "intercept A; urge B C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n上面两个拦截，下面两个撤单。", "sto", "intercept A B; cancel C D", cats=(7,))
R("以下四票：\n{A}\n{B}\n{C}\n{D}\n第三票改址至 长春市绿园区西新工业园 锦程大街 1999 号，其余均加急派送。", "jt",
  "change_address C; urge A B D", cats=(7,))
R("{A} {B} {C}\n除了第二个，其余都退回。", "yunda", "intercept A C", cats=(7,))
R("{A}、{B}：后者显示签收但未收到，请核实；前者正常，无需处理。", "sf", "verify_delivery B", cats=(7, 1))
R("运单号\t处理方式\t备注\n{A}\t拦截\t客户拒收\n{B}\t改址\t兰州市七里河区西津西路 16 号\n{C}\t催件\t急", "zto",
  "intercept A; change_address B; urge C", cats=(7,))
R("{A}    撤单\n{B}    撤单\n{C}    拦截", "yto", "cancel A B; intercept C", cats=(7,))
R("今日异常件汇总：\n序号\t运单号\t问题\n1\t{A}\t破损\n2\t{B}\t延误\n3\t{C}\t少件", "deppon",
  "damaged A; delay B; lost C", cats=(7,))
R("{A}\n{B}\n以上两单均拦截。", "jd", "intercept A B", cats=(7,))
R("{A}、{B}、{C} 三票，第一票理赔（保价 1,000 元），第二、三票仅登记破损。", "zto", "claim A; damaged B C", cats=(7, 4, 8))
R("{A} {B}\n第一单查件，第二单核重。", "cainiao", "track A; weight B", cats=(7,))
R("{A}、{B} 两票均显示签收未收到，烦请核实；另，后一票收货方急用，烦请优先核实。", "sto",
  "verify_delivery A B", cats=(7,))
R("{A}\n{B}\n{C}\n最后一个不用管，前两个加急。", "yunda", "urge A B", cats=(7, 1))
R("①{A}\n②{B}\n③{C}\n处理方式：①撤单 ②拦截 ③改址（新地址：南宁市西乡塘区高新四路 9 号）", "jt",
  "cancel A; intercept B; change_address C", cats=(7,))
R("{A}、{B}：一个拦截一个催件，具体哪个我待会儿确认。", "yto", nh=True, cats=(7,))
R("{A}\t拦截\t退回我司\n{B}\t拦截\t退回我司\n{C}\t——\t不用拦，客户已签收", "sf", "intercept A B", cats=(7, 1))
R("这两单 {A} {B}，前一单已经揽收请拦截，后一单还没揽收直接撤单。", "zto", "intercept A; cancel B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n以上全部拦截退回，整批召回。", "jt", "intercept A B C D E", cats=(7,))
R("{A}（圆通）催件，{B}（极兔）拦截。", None, "urge A; intercept B", cats=(7,), draw={"A": "yto", "B": "jt"})
R("以下三票：{A}、{B}、{C}。其中第二票破损，第三票延误，第一票请核实签收。", "yunda",
  "verify_delivery A; damaged B; delay C", cats=(7,))
R("运单号        处理\n{A}   催派\n{B}   核重\n{C}   投诉", "deppon", "urge A; weight B; complaint C", cats=(7,))
R("{A}、{B}、{C}、{D}，除 {D} 改址外，其余均撤单。{D} 新地址：嘉兴市海宁市许村镇 荡湾路 36 号。", "sto",
  "cancel A B C; change_address D", cats=(7,))
R("{A} 和 {B} 都是同一个客户的，前者拦截，后者也拦截。", "ems", "intercept A B", cats=(7,))
R("{A}\n{B}\n{C}\n第一、第三单拦截；第二单暂不处理。", "zto", "intercept A C", cats=(7, 1))
R("{A}、{B}：后面那个烦请催一下，前面那个等我方通知再说。", "yto", "urge B", cats=(7,))
R("上午发的那批里，{A} 拦截，{B} 撤单，其余正常派送。", "jd", "intercept A; cancel B", cats=(7,))
R("{A}\n{B}\n{C}\n上面三个第一个改地址：广州市白云区太和镇 北太路 1633 号 民营科技园，另外两个核实签收。", "sf",
  "change_address A; verify_delivery B C", cats=(7,))
R("{A} 拦截 {B} 拦截 {C} 拦截 {D} 催件 {E} 催件", "cainiao", "intercept A B C; urge D E", cats=(7,))
R("{A}、{B}、{C} 三票都请登记延误，第二票另请加急。", "jt", "delay A B C; urge B", cats=(7, 8))
# ---------------------------------------------------------------------------------------------------------
# 12. Compound requests: loss/damage + compensation is one claim; damage + complaint; urge + delay;
#     a complaint about what the courier did is not a request for that thing; several intents on one number
# ---------------------------------------------------------------------------------------------------------

R("{A} 遗失，烦请登记并按保价 2,000 元理赔。", "zto", "claim A", cats=(8, 4))
R("{A} 外箱破损，派件员态度恶劣，一并投诉。", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 破损，申请赔偿 680 元，同时投诉派件员野蛮装卸。", "sto", "claim A; complaint A", cats=(8, 4))
R("{A} 已超承诺时效三天，烦请加急派送并登记延误。", "jt", "urge A; delay A", cats=(8,))
R("{A} 派件员未经我司同意把件退回了，特此投诉。", "yunda", "complaint A", cats=(8,))
R("{A} 派件员擅自改派到驿站，收件方要求投诉。", "zto", "complaint A", cats=(8,))
R("{A} 拦截并投诉，派件员私自拆包查验。", "sf", "intercept A; complaint A", cats=(8,))
R("{A} 延误五日，收货单位已提出投诉，请一并登记延误和投诉。", "jd", "delay A; complaint A", cats=(8,))
R("{A} 请尽快派送，客户已投诉。", "deppon", "urge A; complaint A", cats=(8,))
R("{A} 漏液污染了同批其他货物，保价 300 元，申请赔付。", "cainiao", "claim A", cats=(8, 4))
R("{A} 账单计 20kg，实重 12kg，烦请核重；如确认多计，多收运费请退至我司月结账户。", "ems", "weight A", cats=(8, 4))
R("{A} 破损，客户拒收，请拦截退回并登记破损。", "yto", "intercept A; damaged A", cats=(8,))
R("{A} 一周没有任何动静，是不是丢了？", "zto", "lost A", cats=(8,))
R("{A} 怎么还没到，是不是延误了？", "sto", "delay A", cats=(8,))
R("{A} 丢件理赔", "jt", "claim A", cats=(8,))
R("{A} 少到一箱，申请赔偿该箱货值 2,250 元。", "deppon", "claim A", cats=(8, 4))
R("{A} 破损，另外重量也不对，计费 15kg，实际 9kg，两件事一并处理。", "yunda", "damaged A; weight A", cats=(8, 4))
R("{A} 催件，顺便核实一下重量，账单多了 3 公斤。", "sf", "urge A; weight A", cats=(8, 4))
R("{A} 改址：合肥市蜀山区经济开发区 湖光路 1688 号；另外前几天的延误请一并登记。", "jd",
  "change_address A; delay A", cats=(8,))
R("{A} 派件员把货放在门口被人拿走了，投诉并要求赔偿。", "yto", "claim A; complaint A", cats=(8,))
R("{A} 我方从未申请退回，派件员却以“地址不详”为由擅自退件，特此投诉。", "zto", "complaint A", cats=(8,))
R("{A} 派件员没送货上门就点了签收，客户至今没拿到货，请核实签收并投诉该派件员。", "sto",
  "verify_delivery A; complaint A", cats=(8,))
R("{A} 已签收但箱内少了两台样机，申请理赔，样机单价 1,500 元。", "jt", "claim A", cats=(8, 4))
R("{A} 理赔被驳回，我方对驳回理由有异议，申请仲裁；同时投诉理赔专员推诿拖延。", "sf",
  "arbitration A; complaint A", cats=(8,))
R("{A} 延误七天，造成客户停线，申请赔偿延误损失 2,000 元。", "yunda", "claim A", cats=(8, 4))
R("{A} 外包装破损，内件完好，仅登记破损，不申请理赔。", "deppon", "damaged A", cats=(8, 1))
R("{A} 货物碎了，投诉快递员暴力分拣，理赔就不必了。", "jd", "damaged A; complaint A", cats=(8, 1))
R("{A} 请拦截，派件员把地址抄错了导致送不到，顺带投诉。", "cainiao", "intercept A; complaint A", cats=(8,))
R("{A} 破损，申请理赔。附件：破损照片 4 张、发票 1 张、装箱单 1 张。", "zto", "claim A", cats=(8, 4))
R("{A} 少件且外箱破损，请一并登记。", "ems", "lost A; damaged A", cats=(8,))
R("{A} 退回途中被压坏了，请登记破损。", "yto", "damaged A", cats=(8,))
R("{A} 改址之后反而又耽误了两天，特此登记延误并投诉。", "jt", "delay A; complaint A", cats=(8,))
R("{A} 派件员擅自将件转寄到我们老仓库地址，投诉。", "sto", "complaint A", cats=(8,))
R("{A} 快递员催我们客户付上楼费，不付就不送，投诉，并请尽快安排正常派送。", "yunda", "complaint A; urge A", cats=(8,))
R("{A} 签收显示本人签收，实际被邻居代收后丢失，烦请核实签收，我方保留理赔权利。", "zto", "verify_delivery A", cats=(8,))
R("{A} 货损 3,600 元（保价 3,000 元），按保价全额理赔；如贵司不同意，我方将申请仲裁。", "deppon", "claim A",
  cats=(8, 4))
# ---------------------------------------------------------------------------------------------------------
# 13. Hedged requests (confirm), conditions the bot can check (not hedged), polite questions (requests)
# ---------------------------------------------------------------------------------------------------------

R("{A} 可能需要拦截退回，客户尚在确认中。", "zto", "intercept A", cf=True)
R("{A} 要不先拦截吧？客户那边还在犹豫。", "yto", "intercept A", cf=True)
R("{A} 看看能不能撤单，好像还没来收。", "sto", "cancel A", cf=True)
R("{A} 好像得改个地址，收件方说搬到 福州市仓山区金山工业区 浦上大道 216 号 了，我再核实下。", "jt", "change_address A",
  cf=True)
R("{A} 先拦着吧？我再问问采购部。", "yunda", "intercept A", cf=True)
R("{A} 拦截……也不一定，客户说再考虑考虑。", "sf", "intercept A", cf=True)
R("{A} 拟申请拦截退回，待我司领导审批后再行确认。", "deppon", "intercept A", cf=True)
R("{A} 客户说要退货，我们内部还没定，要不先拦下来？", "jd", "intercept A", cf=True)
R("{A} 撤单吧，也许客户还会要，先这样？", "cainiao", "cancel A", cf=True)
R("{A} 如尚未揽收则撤单。", "zto", "cancel A")
R("{A} 如未派送请拦截退回；若已派送则无需处理。", "yto", "intercept A")
R("{A} 如果还没签收就拦截。", "sto", "intercept A")
R("{A} 若仍在始发网点，请改址至 绍兴市柯桥区齐贤街道 羊山工业园 6 号；若已发出则按原地址派送。", "yunda",
  "change_address A")
R("{A} 如已到达目的网点，烦请今日安排派送。", "jt", "urge A")
R("{A} 尚未发出的话直接作废，已发出就算了。", "ems", "cancel A")
R("您好，{A} 能否帮忙拦截？", "sf", "intercept A")
R("{A} 可以帮忙改个地址吗？改到 珠海市金湾区三灶镇 机场西路 681 号。", "jd", "change_address A")
R("{A} 能不能催一下？", "deppon", "urge A")
R("请问 {A} 还能撤单吗？能的话请直接撤。", "cainiao", "cancel A")
R("{A} 若未签收，烦请拦截；若已签收，请告知签收人。", "zto", "intercept A")
# ---------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    W.main()
