"""Writer "af": logistics coordinators of brands and mid-size manufacturers (家电, 母婴, 美妆, 服装).

Casting note. They are the 物流专员 / 仓储主管 / 售后物流对接人 of a brand or a factory's e-commerce arm, sitting
in the outlet's WeCom or DingTalk group. They write to the group the way they write internal notices and e-mails:
formal, complete, polite (烦请 / 敬请 / 特此 / 如下 / 盖章确认), with numbered items (一、二、 / 1. 2. / ① ②),
structured fields (运单号：… 处理方式：… 新地址：… 联系人：…), rows pasted from the ERP or Excel (tabs), amounts
in 元 and declared values, weights in kg, dates and times, and order numbers next to waybills. They correct
themselves formally ("更正：第2项单号有误，应为…", "前述第三项作废", "上条消息撤回，以此条为准", "补充说明"), ask
for compensation formally with amounts, escalate delays with 时效 / 超时 / 考核 wording, file complaints about
couriers with details, and now and then forward a foreign colleague's e-mail in English or write bilingually
(a Hong Kong or Taiwan colleague writes traditional characters). Some are deputies who hedge when the decision is
not theirs ("待领导确认后再拦截", "原则上需要退回，请先协助确认是否可行"). Short messages happen too: thanks,
notices to the outlet, a bare number pasted in a hurry.
"""

from harness import Writer

W = Writer("af", seed=4409)
R = W.R
Q = "\n- - - - - - - - - - - - - - -\n"  # the WeCom quote separator

# ---------------------------------------------------------------- category 0: intercept
R("{A} 烦请拦截退回，谢谢。", "yto", "intercept A")
R("您好，运单号 {A} 客户已申请退款，烦请协助拦截，原路退回我司仓库。", "zto", "intercept A")
R("运单号：{A}\n处理方式：拦截退回\n原因：客户取消订单\n烦请尽快处理，谢谢！", "sto", "intercept A")
R("各位好，以下两单因仓库错发型号，需拦截退回：\n{A}\n{B}\n烦请今日内处理，感谢配合。", "jt", "intercept A B")
R("【拦截申请】\n运单号：{A}\n寄件方：启航家电华东仓\n申请原因：收件人拒收\n请协助退回，谢谢", None, "intercept A",
  draw="sf")
R("烦请将 {A} 拦截，货物退回发货仓。", "jd", "intercept A")
R("{A}\n拦截\n（客户地址填写错误，已通知客户重新下单）", "deppon", "intercept A")
R("麻烦网点同事帮忙把 {A} 截下来退回，该批次产品待质检复检，暂不能发给客户。", "cainiao", "intercept A")
R("特此申请拦截：{A}、{B}、{C}，以上三单为同一客户重复下单，请一并退回。", "yunda", "intercept A B C")
R("您好，{A} 这票请拦回，谢谢", "ems", "intercept A")
R("运单 {A} 请予以拦截退回处理，如已在派送途中，请联系派件员暂停派送。", "yto", "intercept A")
R("{A} 拦截退回。\n备注：该单赠品漏发，退回后重新打包发出。", "zto", "intercept A")
R("请协助办理退件：{A}\n退回地址：原寄件地址。", "sto", "intercept A")
R("紧急：{A} 买家已在平台取消订单，烦请立即拦截，拜托！", "jt", "intercept A")
R("打扰了，{A} 这一单需要退回，辛苦安排。", "sf", "intercept A")
R("今日发出的 {A} 外箱未贴防伪标签，需拦截返仓，敬请协助。", None, "intercept A", draw="jd")
R("{A}，{B} 两票均请拦截，退回寄件网点，我司安排人员自提。", "deppon", "intercept A B")
R("拦截退回 {A}", "yunda", "intercept A")
R("各位同事辛苦，{A} 请安排拦截，该订单买家已在平台申请仅退款。", "ems", "intercept A")
R("兹因发货信息有误，申请对以下运单进行拦截：\n1. {A}\n2. {B}\n3. {C}\n4. {D}\n退回地址同寄件地址。请知悉。", "yto",
  "intercept A B C D")
R("{A}　烦请拦截，谢谢配合！", "zto", "intercept A")
R("@网点客服 {A} 需要拦截，客户说不要了", "jt", "intercept A")
R("您好，我司发出的 {A} 收件人信息疑似虚假（恶意下单），请务必拦截退回。", "sf", "intercept A")
R("退回：{A}", "jd", "intercept A")
R("请将运单号为 {A} 的包裹拦截并退回寄件人。", "sto", "intercept A")
R("{A} 收件人拒收，麻烦退回，谢谢！", "yunda", "intercept A")
R("大件家电 {A}（滚筒洗衣机一台）客户退订，烦请安排拦截退回，勿再派送。", "deppon", "intercept A")
R("{A}\n{B}\n以上两单拦截，辛苦", "cainiao", "intercept A B")
R("麻烦拦一下 {A}，收件省份是客户填错的，退回后我们重新发。", "ems", "intercept A")
R("王师傅您好，{A} 请帮忙截件，退回仓库。", "yto", "intercept A")
R("特此通知：{A} 对应订单已取消，货物需拦截退回，请网点协助办理，谢谢。", "zto", "intercept A")
R("{A}\n{B}\n{C}\n均需拦截退回，原因：活动价格设置错误，相关订单已全部关闭。", "sto", "intercept A B C")
R("您好，申请拦截 {A}，谢谢。", None, "intercept A", draw="jt")
R("{A} 请别派了，直接退回，客户已拒收。", "sf", "intercept A")
R("各位好！因系统超卖，以下订单无法履约，已发出的包裹需拦截退回：{A} / {B}。敬请协助，谢谢！", "jd", "intercept A B")
R("烦请拦截并退回：{A}（母婴用品，请勿挤压）", "yunda", "intercept A")
R("拦截件：{A}\n退回原地址\n谢谢", "ems", "intercept A", draw="ems_s10")
R("菜鸟单号 {A} 需要拦截，感谢。", "cainiao", "intercept A")
R("{A} 辛苦拦截一下，退回至我司苏州仓。", "deppon", "intercept A")
R("附件为我司盖章确认的拦截申请函，涉及运单：{A}、{B}，烦请按函办理。", "yto", "intercept A B")
R("{A} 发错色号了（应发 02 号发的 05 号），请拦截退回，我们补发正确的。", "zto", "intercept A")
R("【紧急】{A}\n该单收件人为已列入黑名单的职业索赔人，请务必拦截，退回我司。", None, "intercept A", draw="yto")
R("各位好，{A} 为召回批次产品（婴儿推车），需立即拦截，敬请优先处理。", "jt", "intercept A")
R("{A} 这件请退回发件人，谢谢您。", "sto", "intercept A")

# ---------------------------------------------------------------- category 0: track
R("{A}", "yto", "track A")
R("烦请查询 {A} 当前物流状态，谢谢。", "zto", "track A")
R("您好，{A} 请告知预计送达时间，客户在询问。", "sto", "track A")
R("请帮忙查询以下单号物流轨迹：\n{A}\n{B}\n{C}", "jt", "track A B C")
R("{A} 目前在哪个环节？", "sf", "track A")
R("您好，{A} 显示已到达贵网点，请问何时能派送？", "jd", "track A")
R("{A} 麻烦看下到哪了", "yunda", "track A")
R("查件：{A}", "ems", "track A")
R("{A} 请问预计几号能到？客户在等安装师傅上门。", "deppon", "track A")
R("{A}\n{B}", "cainiao", "track A B")
R("您好，麻烦查一下 {A} 的物流信息，谢谢！", None, "track A", draw="sf")
R("请协助查询运单 {A} 的最新轨迹并告知，谢谢。", "zto", "track A")
R("{A} 客户询问物流进度，烦请回复。", "sto", "track A")
R("各位好，{A}、{B} 两单烦请查询物流，客户在询问具体到哪里了。", "jt", "track A B")
R("{A} 请查询当前所在位置。", "jd", "track A")
R("以下单号请协助查询派送情况：\n① {A}\n② {B}\n③ {C}", "yunda", "track A B C")
R("{A} 物流轨迹烦请发一下，谢谢", "ems", "track A", draw="ems_s10")
R("麻烦查询 {A}，这票客户比较关注，想了解大概什么时候到。", "deppon", "track A")
R("请问 {A} 是否已经发出？谢谢", "cainiao", "track A")
R("{A} 这单什么时候能到？", "zto", "track A")
R("{A} 请查询，谢谢", None, "track A", draw="jt")
R("Hi，{A} 麻烦查一下", "sf", "track A")
R("{A}\n{B}\n{C}\n{D}\n以上单号请查询物流状态", "jd", "track A B C D")
R("各位好，{A} 的物流信息请帮忙确认一下目前到了哪个城市。", "yunda", "track A")
R("请协助查询该邮件：{A}", "ems", "track A")
R("{A} 货物现在在哪个转运中心？", "deppon", "track A")
R("烦请告知 {A} 当前派送进度。", "cainiao", "track A")
R("{A}、{B} 请查件", "yto", "track A B")
R("{A} 麻烦查下轨迹，客户想确认是否已到本地。", "zto", "track A")
R("烦请提供 {A} 的最新物流节点，我司需回复经销商。", "sto", "track A")

# ---------------------------------------------------------------- category 0: urge
R("{A} 烦请加急派送，谢谢。", "yto", "urge A")
R("{A} 客户急用，请尽快安排派送，感谢！", "zto", "urge A")
R("以下单号烦请催派：\n{A}\n{B}", "sto", "urge A B")
R("{A} 已到达派送网点两天，烦请督促派件员尽快派送。", "jt", "urge A")
R("您好，{A} 麻烦催一下，客户明天出差。", "sf", "urge A")
R("{A} 请加急，谢谢", None, "urge A", draw="jd")
R("催件：{A}", "yunda", "urge A")
R("{A} 收件方为医院科室，物资急需，烦请优先投递。", "ems", "urge A")
R("{A} 客户已预约今天下午安装，请务必今天送达，拜托！", "deppon", "urge A")
R("{A} 催一下派送，感谢", "cainiao", "urge A")
R("各位好，{A} 烦请网点今日内派送，客户已多次来电催促。", "yto", "urge A")
R("{A}、{B}、{C} 三票均请加急派送。", "zto", "urge A B C")
R("{A} 请尽快派送", "jt", "urge A")
R("您好，请协助催派 {A}，收件人今天下班前需要。", "sf", "urge A")
R("{A} 烦请联系派送站点尽快配送，客户已等待较久。", "jd", "urge A")
R("{A} 拜托催一下，客户急等着用", "yunda", "urge A")
R("请协助催促 {A} 的投递。", "ems", "urge A", draw="ems_s10")
R("{A} 客户非常着急，麻烦催派！", "cainiao", "urge A")
R("{A}\n催件\n谢谢", "yto", "urge A")
R("{A} 怎么还没派送？请催一下。", "zto", "urge A")
R("请将 {A} 列为优先派送，收件方为我司重点客户。", "sto", "urge A")
R("{A} 敬请督促派送，感谢。", None, "urge A", draw="jt")
R("以下几单客户都在催，辛苦加急：{A}；{B}；{C}", "sf", "urge A B C")
R("麻烦网点帮忙加急派送 {A}，收件人是孕妇，不方便多次出门取件。", "yunda", "urge A")
R("{A} 催投", "ems", "urge A")
R("{A} 请催促派送，收货方仓库周六不收货。", "deppon", "urge A")
R("您好，{A} 能否今天送到？烦请催一下。", "cainiao", "urge A")
R("{A} 已超出合同约定时效，按月度考核将计入超时，烦请今日内完成派送。", "yto", "urge A")
R("各位辛苦：{A} 为门店补货件，门店明早开业前必须到，恳请加急处理。", "zto", "urge A")
R("敬请协助：{A} 请尽快派送，收件人为经销商仓库，逾期将影响下游发货。", "sto", "urge A")
R("{A} 加急派送，此单为样品，客户下午开评审会要用。", None, "urge A", draw="sf")

# ---------------------------------------------------------------- category 0: change_address
R("{A} 改址\n新地址：江苏省苏州市工业园区星湖街328号创意产业园11幢502室", "yto", "change_address A")
R("您好，{A} 烦请改派至：上海市浦东新区张江路665号3号楼401室，收件人不变。", "zto", "change_address A")
R("运单号：{A}\n处理方式：改址\n新地址：浙江省宁波市鄞州区天童南路588号宁波文化广场A座1201\n收件人：林小姐", "sto",
  "change_address A")
R("{A} 收件地址更改为：广东省深圳市南山区高新南七道R2-B栋6楼前台，谢谢。", "jt", "change_address A")
R("申请改址：{A}\n改为：北京市朝阳区阜通东大街6号方恒国际C座1803", None, "change_address A", draw="sf")
R("{A} 烦请转寄至 四川省成都市武侯区天府大道中段1268号天府软件园E3栋 前台代收", "jd", "change_address A")
R("{A} 客户搬家，地址需改为：湖北省武汉市洪山区光谷大道77号金融港B18栋3楼，麻烦了。", "yunda", "change_address A")
R("{A} 请修改收件地址：山东省青岛市市南区香港中路10号颐和国际A座2201", "ems", "change_address A")
R("{A}（冰箱）送货地址变更为：河南省郑州市金水区花园路39号院2号楼1单元，收货人不变，需送货上楼。", "deppon",
  "change_address A")
R("{A} 改地址：福建省厦门市思明区观日路24号（软件园二期）", "cainiao", "change_address A")
R("麻烦 {A} 改派到 天津市南开区鞍山西道192号 大悦城写字楼9层，谢谢！", "yto", "change_address A")
R("{A} 地址改为：江西省南昌市红谷滩区丰和中大道1266号", "zto", "change_address A")
R("各位好，{A} 收件人要求改为公司地址：安徽省合肥市蜀山区望江西路800号 创新产业园D7栋。", "sto", "change_address A")
R("{A}\n改址：重庆市渝北区金开大道68号 协信星光时代4栋5-2", "jt", "change_address A")
R("{A} 请转寄至新地址：广州市天河区珠江新城华夏路8号 合景国际金融广场28楼", "sf", "change_address A")
R("{A} 申请修改地址，新地址：南京市建邺区江东中路359号 国睿大厦1号楼B区6楼", None, "change_address A", draw="jd")
R("{A} 麻烦改一下地址，改成 长沙市岳麓区麓谷大道627号 新长海中心B1栋1502", "yunda", "change_address A")
R("烦请将 {A} 改投至：西安市雁塔区科技路48号 创业广场B座1105室。", "ems", "change_address A", draw="ems_s10")
R("{A} 改派至 昆明市官渡区春城路289号 云纺物流园3号库，收货人：仓管周工。", "deppon", "change_address A")
R("{A} 收件地址有误，请更改为：沈阳市和平区青年大街390号 华润大厦16层", "cainiao", "change_address A")
R("【改址申请】\n运单号：{A}\n原地址：杭州市余杭区五常街道（客户填错）\n新地址：杭州市余杭区仓前街道 文一西路1818号 人工智能小镇7号楼\n"
  "收件人：不变\n烦请协助，谢谢。", "yto", "change_address A")
R("{A} 请改送至收件人单位：苏州市相城区 元和街道 采莲路1288号 行政楼一楼收发室。", "zto", "change_address A")
R("您好，{A} 客户临时出差，烦请转寄至：大连市中山区 人民路68号 宏誉大厦20层 前台（收件人不变）", "jt",
  "change_address A")
R("运单号：{A}\n需求：更改收件地址\n改为：海口市龙华区 国贸大道2号 时代广场18楼\n以上，感谢。", "sf", "change_address A")
R("{A} 改址：兰州市城关区 东岗西路638号 兰州财富中心 11楼 1106", "sto", "change_address A")
R("{A} 敬请改派到下述地址：呼和浩特市赛罕区 敕勒川大街 1号 东方君座 B座 905。", "yunda", "change_address A")

# ---------------------------------------------------------------- category 0: cancel
R("{A} 尚未揽收，烦请撤单。", "yto", "cancel A")
R("{A} 取消寄件，谢谢。", "zto", "cancel A")
R("运单号：{A}\n处理方式：撤单\n原因：客户取消订单（未揽收）", "sto", "cancel A")
R("今日下单的 {A}、{B} 均取消，快递员无需上门揽收了。", "jt", "cancel A B")
R("您好，{A} 这单不寄了，麻烦撤销。", "sf", "cancel A")
R("{A} 作废，谢谢。", "jd", "cancel A")
R("烦请将 {A} 做撤单处理，货物尚在我司仓库。", "yunda", "cancel A")
R("{A} 请取消，订单已关闭，尚未交寄。", "ems", "cancel A")
R("{A} 预约的上门揽收请取消，该批货物暂不发出。", "deppon", "cancel A")
R("撤单：{A}", "cainiao", "cancel A")
R("以下面单打印后未使用，烦请作废：\n{A}\n{B}\n{C}", "yto", "cancel A B C")
R("{A} 请帮忙取消订单，谢谢！", "zto", "cancel A")
R("{A} 客户申请退款，货还没发出，麻烦撤单。", "sto", "cancel A")
R("各位好，{A} 面单信息有误，已重新打单，原单请作废。", None, "cancel A", draw="jt")
R("{A} 取消揽收，谢谢配合。", "jd", "cancel A")
R("请协助撤销该邮件：{A}（未交寄）", "ems", "cancel A", draw="ems_s10")
R("{A} 这票不发了，麻烦取消。", "cainiao", "cancel A")
R("{A}\n撤单\n原因：客户改期，另行预约。", "deppon", "cancel A")
R("特此申请撤销以下寄件订单（货物均未出库）：{A}、{B}。", "zto", "cancel A B")
R("{A} 麻烦取消一下，仓库那边还没打包。", "yto", "cancel A")

# ---------------------------------------------------------------- category 0: delay
R("{A} 已三天未更新物流信息。", "yto", "delay A")
R("{A} 物流停滞在转运中心，好几天没动了。", "zto", "delay A")
R("{A} 超时未达，请登记延误。", "sto", "delay A")
R("请登记延误：{A}", "jt", "delay A")
R("{A} 承诺次日达，现已第三天仍未送达，时效超时，请予以登记。", "sf", "delay A")
R("{A} 轨迹一直停在始发分拣中心，不动了。", "jd", "delay A")
R("{A}、{B} 均已超过承诺时效，烦请打延误。", "yunda", "delay A B")
R("{A} 好几天没有更新了", "ems", "delay A")
R("{A} 运输时效已超出合同约定，请登记延误，月底考核需要相关记录。", "deppon", "delay A")
R("{A} 四天没动了，是不是延误了？", "cainiao", "delay A")
R("{A} 时效考核超时，烦请按延误件登记。", None, "delay A", draw="yto")
R("各位好，{A} 自揽收后一直显示“运输中”，已严重超时。", "zto", "delay A")

# ---------------------------------------------------------------- category 0: damaged
R("{A} 客户签收时发现外箱破损，内件有挤压，请登记。", "yto", "damaged A")
R("{A} 破损，客户已拍照，请登记破损。", "zto", "damaged A")
R("{A} 内件（精华液）漏液，请登记。", "jt", "damaged A")
R("{A} 到货时外包装已压坏，烦请登记破损工单。", "sf", "damaged A")
R("{A} 电饭煲内胆摔变形，请登记破损。", "jd", "damaged A")
R("{A} 客户开箱验货发现电视屏幕碎裂，已拍照留证。", "deppon", "damaged A")
R("{A} 奶粉罐体凹陷，外箱破损", "cainiao", "damaged A")
R("{A} 收件人反馈货物损坏，请处理。", "sto", "damaged A")
R("{A} 玻璃香水瓶碎了，整箱都是香水味，请登记。", "yunda", "damaged A")

# ---------------------------------------------------------------- category 0: lost
R("{A} 丢件，请核实。", "yto", "lost A")
R("{A} 一周未更新，是不是丢了？", "zto", "lost A")
R("{A} 网点反馈找不到货，请登记遗失。", "sto", "lost A")
R("{A} 客户签收时少件，订单共三箱只收到两箱。", "jt", "lost A")
R("{A} 转运中心表示查无此件，请登记遗失。", "sf", "lost A")
R("{A} 疑似遗失，请协助核查。", "jd", "lost A")
R("{A} 邮件丢失，请登记。", "ems", "lost A", draw="ems_s10")
R("{A} 已确认遗失，请按遗失件流程处理。", "yunda", "lost A")

# ---------------------------------------------------------------- category 0: weight
R("{A} 计费重量不对，请核重。", "yto", "weight A")
R("{A} 请称一下重量，账单显示超重。", "zto", "weight A")
R("{A} 核重，谢谢", "jt", "weight A")
R("{A} 账单重量与实际严重不符，烦请复核重量。", "sf", "weight A")
R("{A} 请查重量。", "deppon", "weight A")
R("{A} 超重扣费有异议，请协助核实重量。", "cainiao", "weight A")
R("{A}、{B} 两单计费重量明显偏高，烦请重新称重。", "sto", "weight A B")

# ---------------------------------------------------------------- category 0: verify_delivery
R("{A} 显示已签收，但客户反馈没有收到，请核实。", "yto", "verify_delivery A")
R("{A} 请核实签收，收件人本人并未签收。", "zto", "verify_delivery A")
R("{A} 系统显示签收，客户称未收到包裹，疑似虚假签收，请调查。", "sto", "verify_delivery A")
R("{A} 妥投了但客户没收到。", "jd", "verify_delivery A")
R("{A} 显示已妥投，收件人未收到，请核实投递情况。", "ems", "verify_delivery A")
R("{A} 被别人签收了，客户不认识签收人。", "sf", "verify_delivery A")
R("{A} 签收未收到，请核实签收人及签收凭证。", "yunda", "verify_delivery A")
R("{A} 物流显示“已放置门口”并签收，客户回家未见包裹，烦请核实。", "cainiao", "verify_delivery A")

# ---------------------------------------------------------------- category 0: claim, complaint, arbitration
R("{A} 申请理赔。", "yto", "claim A")
R("{A} 请走理赔流程，谢谢。", "jt", "claim A")
R("{A} 要求赔偿，请告知所需材料。", "sf", "claim A")
R("{A} 申请赔付，相关材料已发至贵网点邮箱。", "deppon", "claim A")
R("投诉 {A} 的派件员：未经同意将包裹放在驿站，且拒绝送货上门。", "zto", "complaint A")
R("{A} 客诉：派件员电话中态度恶劣，请网点核实处理。", "sto", "complaint A")
R("{A} 派件员多次未按约定时间派送，客户投诉，请网点处理。", "yunda", "complaint A")
R("{A} 投诉快递员服务态度差，收件人已向我司客服反映两次。", "jd", "complaint A")
R("对 {A} 的派送服务进行投诉：快递员要求收件人加钱才送上楼。", "cainiao", "complaint A")
R("{A} 申请仲裁。", "yto", "arbitration A")
R("{A} 破损责任认定有争议，我方申请仲裁。", "jt", "arbitration A")
R("{A} 申请平台仲裁，相关证据随后提交。", "zto", "arbitration A")
R("关于 {A} 的责任划分，双方多次沟通未果，特此申请仲裁。", "sf", "arbitration A")

# ---------------------------------------------------------------- category 0: hedged (confirm)
R("{A} 原则上需要退回，请先协助确认是否可行。", "yto", "intercept A", cf=True)
R("{A} 待领导确认后再拦截，烦请网点先做好准备。", "zto", "intercept A", cf=True)
R("{A} 客户可能要改址到 北京市海淀区中关村大街27号 中关村大厦9层，目前还在跟客户确认。", "jd", "change_address A",
  cf=True)
R("{A} 视情况可能需要撤单，我先在群里报备一下。", "sf", "cancel A", cf=True)
R("{A} 客户倾向于退货，我再请示一下领导。您这边能先帮忙拦着吗？", "jt", "intercept A", cf=True)
R("{A} 要不先拦截吧，是否最终退回我下午给您答复。", "deppon", "intercept A", cf=True)
R("{A} 好像得改个地址，客户说公司搬到 深圳市龙华区民治街道 民康路 汇德大厦1号楼 了，我再核实一下。", "cainiao",
  "change_address A", cf=True)
R("{A} 可能要撤单，烦请先确认一下是否已揽收。", "sto", "cancel A", cf=True)
R("{A} 是否拦截尚在内部审批中，如方便请先帮忙拦截，审批不通过我们再通知放行。", "yunda", "intercept A", cf=True)
R("{A} 拟申请拦截退回，待财务确认退款后正式执行，请先评估是否可拦截。", "ems", "intercept A", cf=True)
R("我是代同事发的：{A} 大概率要退回，但需要主管签字，麻烦先按拦截预登记。", "yto", "intercept A", cf=True)

# ---------------------------------------------------------------- category 0: questions after earlier requests, other asks
R("{A} 昨日申请的拦截，请问是否已成功？", "yto", nh=True)
R("{A} 改地址了没？客户在问。", "jt", nh=True)
R("请问 {A} 撤单是否已处理完毕？", "sf", nh=True)
R("{A} 如拦截退回，退回运费如何计算？", "zto", nh=True)
R("{A} 烦请提供该单运费发票，开票信息见邮件。", "jd", nh=True)
R("{A} 请提供派件员联系方式，并告知目前到哪了。", "deppon", "track A", nh=True)
R("{A} 请协助提供签收底单扫描件，财务对账需要。", "sto", nh=True)
R("烦请将我司今早发往成都的那票拦截退回，单号稍后补发。", "yto", nh=True)
R("尾号 3321 的那单请加急派送，完整单号我在找。", "zto", nh=True)
R("{A} 的破损工单处理进度如何？已经一周没有回复了。", "cainiao", nh=True)

# ---------------------------------------------------------------- category 0: chit-chat, thanks, notices
R("收到，感谢贵网点的配合！", "yto")
R("各位好，我司本周六起仓库调整为下午4点统一交件，特此通知。", "zto")
R("好的，辛苦了。", "sto")
R("请问今日揽收截止时间是几点？", "jt")
R("谢谢王经理，问题已解决。", "sf")
R("各位同事：中秋节假期我司仓库暂停发货，节后首个工作日恢复，敬请知悉。", "jd")
R("明白，我们这边等通知。", "yunda")
R("您好，我司新对接人为物流部陈静，今后相关事宜请与她联系。", "ems")
R("已收到处理结果，非常感谢！", "deppon")
R("早上好，今天的货大概什么时间来收？", "cainiao")
R("辛苦各位，本月对账单已发送至贵网点邮箱，请查收核对。", "yto")
R("好的 👌", "zto")
R("感谢支持，祝工作顺利！", "jt")
R("请问贵网点双十一期间是否有揽收量上限？需要提前报备吗？", "sf")
R("大家好，我是启航家电新任物流专员，后续由我负责对接，请多关照。", "jd")
R("多谢，处理得很及时🙏", "deppon")
R("明天我司盘点，暂停发货一天，特此告知。", "sto")
R("好的，收到，谢谢！", "yunda")
R("感谢李主管及网点各位同事本季度的支持，下季度合作协议已盖章寄出，请注意查收。", "yto")

# ---------------------------------------------------------------- category 1: negation and withdrawal
R("{A} 拦截；{B} 暂不处理，正常派送即可。", "yto", "intercept A", cats=(1,))
R("{A} 无需拦截了，改为加急派送，客户已同意收货。", "zto", "urge A", cats=(1, 2))
R("此前申请拦截的 {A} 请撤销拦截，客户已同意签收，谢谢。", "sto", nh=True, cats=(1,))
R("{A} 不用理赔了，客户已与我方协商解决。", "jt", nh=True, cats=(1,))
R("{A} 原申请的改址取消，按原地址派送即可。", "sf", nh=True, cats=(1,))
R("{A}、{B} 拦截。其中 {B} 经核实客户仍需要，不拦了。", "jd", "intercept A", cats=(1,))
R("{A} 并非不拦截，是需要今天之内拦截下来，请务必尽快处理。", "deppon", "intercept A", cats=(1,))
R("{A} 不要退回，请改派至：广东省佛山市顺德区大良街道 德和路5号 美的海岸花园6座", "cainiao", "change_address A",
  cats=(1,))
R("{A} 不是要撤单，是要拦截退回，货已经被揽收了。", "yunda", "intercept A", cats=(1,))
R("{A}\n{B}\n{C}\n以上三单中第三单无需处理，其余两单烦请拦截。", "ems", "intercept A B", cats=(1, 7))
R("{A} 上午申请的拦截请暂缓，待客户最终确认后另行通知。", "yto", nh=True, cats=(1,))
R("{A} 拦截退回\n——\n补充说明：刚与客户沟通，该单不再拦截，正常派送。", "zto", cats=(1,))
R("麻烦把 {A} 的撤单申请取消，客户又要了，请照常上门揽收。", "jt", nh=True, cats=(1,))
R("{A} 催件请求撤回，客户已收到。", "sf", nh=True, cats=(1,))
R("{A} 不要撤单，改为拦截退回（已揽收）。", "jd", "intercept A", cats=(1,))
R("{A}、{B}、{C} 三票需拦截退回——稍等，{A} 客户确认仍要，照常派送；其余两票拦截。", "deppon", "intercept B C", cats=(1, 7))
R("{A} 之前报的破损不用登记了，客户说是内包装问题，货没坏。", "cainiao", nh=True, cats=(1,))
R("{A} 不拦截，也不用改址，麻烦加急派送就行。", "yunda", "urge A", cats=(1,))
R("一、{A} 拦截退回\n二、{B} 拦截退回\n三、{C} 拦截退回\n特此说明：前述第三项作废，其余照常办理。", "yto",
  "intercept A B", cats=(1, 7))
R("{A} 客户不是不要货，是要改送到公司：杭州市西湖区文三路90号 东部软件园2号楼5楼。", "sto", "change_address A",
  cats=(1,))
R("{A} 之前的拦截申请作废，以本条为准：改派至 厦门市湖里区高崎南五路206号 国际航运中心3楼。", "jt",
  "change_address A", cats=(1, 2))
R("{A} 早上发的拦截申请麻烦撤回，请勿退回，客户已同意收货。", "sf", nh=True, cats=(1,))
R("{A} 拦截 / {B} 拦截 / {C} 不拦", "jd", "intercept A B", cats=(1,))
R("{A}、{B} 这两单，{A} 客户又要了不用拦，只拦 {B}。", "yunda", "intercept B", cats=(1,))
R("不需要理赔，只需登记破损：{A}", "cainiao", "damaged A", cats=(1, 8))
R("{A} 取消改址申请，改为直接退回。", "deppon", "intercept A", cats=(1, 2))
R("{A} 不是不能等，是客户明早就要用，必须今天投递，麻烦加急。", "ems", "urge A", cats=(1,))
R("{A} 延误工单不必登记了，货已于今早送达，谢谢跟进。", "yto", nh=True, cats=(1,))
R("{A} 请勿拦截！该单为客户补发件，前面同事发错了，正常派送即可。", "sto", nh=True, cats=(1,))
R("{A} 外箱完好、货物无破损；但派件员未电话联系即放快递柜，特此投诉。", "jt", "complaint A", cats=(1, 8))
R("{A} 先不撤单了，客户说再等等，谢谢。", "cainiao", nh=True, cats=(1,))

# ---------------------------------------------------------------- category 2: corrections
R("{A:typo} 拦截\n更正：单号有误，应为 {A}", "yto", "intercept A", cats=(2,))
R("一、{A} 拦截退回\n二、{B:typo} 加急派送\n三、{C} 撤单\n更正：第二项单号有误，应为 {B}。", "zto",
  "intercept A; urge B; cancel C", cats=(2, 7))
R("{A} 撤单。\n更正：该单已于今日上午揽收，改为拦截退回。", "sto", "intercept A", cats=(2,))
R("上条消息撤回，以此条为准：{A} 加急派送（不是拦截）。", "jt", "urge A", cats=(1, 2))
R("{A} 改址至：苏州市吴中区东吴北路299号 吴中大厦12楼\n更正：门牌号写错，新地址应为 苏州市吴中区东吴北路229号。", "sf",
  "change_address A", cats=(2,))
R("{A:cut} 烦请拦截\n补充：上述单号漏录一位，完整单号为 {A}", "jd", "intercept A", cats=(2, 6))
R("{A} 催件 —— 抱歉，应为核实签收，客户反馈未收到货而系统显示已签收。", "deppon", "verify_delivery A", cats=(2,))
R("{A:typo} 请查件\n不好意思，单号发错了，是 {A}", "cainiao", "track A", cats=(2,))
R("{A} 拦截，哦不对，这单是要改地址：南宁市青秀区民族大道136号 华润大厦C座2103", "yunda", "change_address A",
  cats=(2,))
R("{A} 请登记破损。\n更正：系内件漏液，外箱完好，请按漏液登记。", "ems", "damaged A", cats=(2,))
R("更正：刚才发的 {A:typo} 有误，正确单号 {A}，烦请拦截。", "yto", "intercept A", cats=(2,))
R("{A} 撤单\n{B} 撤单\n更正：{B} 已揽收，改为拦截。", "sto", "cancel A; intercept B", cats=(2,))
R("{A} 改址：武汉市江汉区建设大道568号 新世界国贸大厦I座30楼\n还是直接退回吧，客户说不要了。", "jt", "intercept A",
  cats=(2,))
R("前条消息中 {A} 的处理方式有误，特此更正：不是撤单，是拦截退回。", "sf", "intercept A", cats=(1, 2))
R("{A} {B} 拦截\n更正：第二个单号应为 {C}，{B} 是已签收的旧单。", "jd", "intercept A C", cats=(2,))
R("{A} 改址 → 更正为拦截退回，客户已申请退款。", "cainiao", "intercept A", cats=(2,))
R("{A:x} 拦截\n多打了一位，正确单号为 {A}", "yto", "intercept A", cats=(2, 6))
R("{A:typo} 请查询投递情况\n更正：邮件号为 {A}", "ems", "track A", cats=(2,), draw="ems_s10")
R("抱歉，上一条 {A} 的改址信息中联系人电话有误，请以下列信息为准：\n新地址：济南市历下区经十路9777号 鲁商国奥城2号楼1608\n"
  "联系人：孙女士 {PN}", "yto", "change_address A", cats=(2, 4))
R("{A} 拦截退回\n{B} 拦截退回\n更正：{B} 应为催件，非拦截。", "zto", "intercept A; urge B", cats=(2,))
R("{A} 请投诉派件员……算了，先催派吧，投诉的事后面再说。", "sto", "urge A", cats=(1, 2))
R("1. {A} 催件\n2. {B} 催件\n3. {C} 催件\n更正：第3项应为拦截退回。", "jt", "urge A B; intercept C", cats=(2, 7))
R("{A} 撤单 —— 不对，已经揽收了，那就拦截。", "sf", "intercept A", cats=(2,))
R("【更正】{A} 的处理方式由“改址”变更为“撤单”，请以本条为准。", "jd", "cancel A", cats=(2,))
R("{A} 查件\n更正：查件改为催派，客户明早开业需要这批货架。", "deppon", "urge A", cats=(2,))
R("{A:cut} 加急\n单号少打一位，应为 {A}", "cainiao", "urge A", cats=(2, 6))
R("{A} 登记遗失\n更正：件已找到，在贵网点货架上，麻烦尽快派送。", "yunda", "urge A", cats=(1, 2))
R("{A} 改投：太原市小店区长治路227号 高新国际大厦15层\n—— 更正：不改了，还是按原地址投递。", "ems", cats=(1, 2))
R("1. {A} 拦截\n2. {B} 改址（新地址：杭州市滨江区网商路699号 4号楼）\n补充说明：第1项改为撤单，货尚未出库。", "yto",
  "cancel A; change_address B", cats=(2, 7))
R("{A} 申请理赔\n更正：暂不理赔，先登记破损，待定损后再议。", "sf", "damaged A", cats=(1, 2))
R("{A} {B} {C} 请加急\n更正：{C} 单号有误，正确为 {D}", "zto", "urge A B D", cats=(2,))
R("{A} 核重\n补充说明：另请登记延误，该单已超时两天。", "jd", "weight A; delay A", cats=(8,))
R("上条消息撤回，以此条为准：\n运单号：{A}\n处理方式：改址\n新地址：郑州市郑东新区商务外环路20号 海联大厦12楼\n联系人：不变",
  "cainiao", "change_address A", cats=(1, 2))
R("{A} 拦截。更正：是 {B} 拦截，{A} 正常派送。", "sto", "intercept B", cats=(2,))
R("{A} 退回\n抱歉抱歉，说反了，是 {A} 加急，另一单 {B} 退回。", "yunda", "urge A; intercept B", cats=(2,))

# ---------------------------------------------------------------- category 3: quotes, replies, the bot quoted back
R("「圆通网点客服：@刘静 {A} 拦截已提交，结果会第一时间通知您」" + Q + "好的，辛苦。", "yto", cats=(3,))
R("「中通客服：@物流部-王琳 {A} 拦截已提交，结果会第一时间通知您」" + Q + "此单不用拦了，客户已同意收货，烦请撤回拦截申请。",
  "zto", nh=True, cats=(1, 3))
R("「王琳：{A} 烦请拦截退回」" + Q + "同上，{B} 也请一并拦截。", "sto", "intercept B", cats=(3,))
R("引用 陈晓：{A} 客户反馈一直没收到\n这单烦请加急派送。", "jt", "urge A", cats=(3,))
R("「顺丰客服：@李娜 {A} 已签收，无法拦截」" + Q + "客户称并未收到货，烦请核实签收人。", "sf", "verify_delivery A",
  cats=(3,))
R("「京东站点客服：@赵敏 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + Q + "撤单 {A}", "jd", "cancel A",
  cats=(3,))
R("「德邦客服：@周工 请确认：{A} 拦截退回？回复“确认”即办理」" + Q + "确认拦截退回，领导已批准。", "deppon", "intercept A",
  cats=(3,))
R("「菜鸟驿站客服：@孙倩 {A} 已为您催促派送，请耐心等待」" + Q + "已过去两天仍未派送，请再次催促。", "cainiao", "urge A",
  cats=(3,))
R("“{A} 拦截退回” —— 这是上午同事发的，请问目前拦截成功了吗？", "yto", nh=True, cats=(3,))
R("引用 仓储-赵磊：{A}、{B} 拦截\n{B} 不用拦了，只拦 {A}。", "zto", "intercept A", nh=True, cats=(1, 3))
R("「顺丰客服：@李娜 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + Q +
  "补充：该单货值 1,680 元，客户要求全额赔偿，请一并走理赔。", "sf", "claim A", cats=(3, 4, 8))
R("「京东站点客服：@赵敏 {A} 已为您登记延误工单，结果会第一时间通知您」" + Q + "已超时三天，客户要求投诉，请同步登记。", "jd",
  "complaint A", cats=(3, 8))
R("「德邦客服：@周工 您的消息已转人工客服处理，请稍候」" + Q + "{A} 今天必须送达，麻烦人工尽快跟进加急。", "deppon",
  "urge A", cats=(3,))
R("「孙倩：{A} 改址到 杭州市上城区 解放东路 ...」" + Q + "地址不用改了，这单直接拦截退回，客户已退款。", "cainiao",
  "intercept A", cats=(2, 3))
R("引用 黄经理：{A} 麻烦查下到哪了\n该单也请登记延误，已经五天没有更新。", "yunda", "delay A", cats=(3,))
R("{A} 请催投\n------------------------------\n上述邮件今日已妥投，无需再催，感谢。", "ems", nh=True, cats=(1, 3))
R("「刘静：{A} 烦请改址：郑州市金水区 农业路27号」" + Q + "@网点客服 同事这条门牌号写错了，请改派至：郑州市金水区 农业路72号 "
  "国际企业中心A座12楼（以此为准）。", "yto", "change_address A", cats=(2, 3))
R("「王琳：{A} 拦截退回，客户拒收」" + Q + "这单还没揽收，改为撤单。", "zto", "cancel A", cats=(2, 3))
R("「仓储-赵磊：{A} 发错货了」" + Q + "这个请拦截退回，谢谢。", "jt", "intercept A", cats=(3,))
R("「顺丰客服：@李娜 {A} 改址已提交，结果会第一时间通知您」" + Q + "改址撤回，客户说原地址能收。", "sf", nh=True, cats=(1, 3))
R("「京东站点客服：@赵敏 {A} 拦截已提交，结果会第一时间通知您」" + Q + "另，{B} 也烦请拦截。", "jd", "intercept B",
  cats=(3,))
R("引用 周工：{A} 货到了但是没送上楼\n此单请予以投诉，合同约定送货上楼。", "deppon", "complaint A", cats=(3,))
R("「菜鸟驿站客服：@孙倩 {A} 已签收，无法拦截」" + Q + "好的，那我们联系客户走退货流程。", "cainiao", cats=(3,))
R("“{A}、{B} 请加急”\n以上为昨日所报，至今仍未派送，请再次催促。", "yunda", "urge A B", cats=(3,))
R("Fwd: 客服部周报摘录\n“{A} 客户反馈未收到货”\n------------------------------\n此单系统显示已签收，烦请核实签收情况。", "yto",
  "verify_delivery A", cats=(3,))
R("「圆通网点客服：@刘静 {A} 已为您催促派送，请耐心等待」" + Q + "@圆通网点客服 此单客户已取消订单，不必再催，请直接拦截退回。",
  "yto", "intercept A", cats=(1, 3))
R("「中通客服：@物流部-王琳 {A} 撤单成功」" + Q + "{B} 同样情况，也请撤单。", "zto", "cancel B", cats=(3,))
R("引用 物流部-王琳：{A} 破损，请登记\n补充：货值 560 元，申请理赔，照片已私发。", "zto", "claim A", cats=(3, 4, 8))
R("「仓储-赵磊：{A} 帮忙查一下物流」" + Q + "@赵磊 这单我这边已经查过了，在派送中，明天到。", "jt", cats=(3,))
R("「顺丰客服：@李娜 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + Q + "好的，那麻烦撤单。", "sf",
  "cancel A", cats=(3,))
R("回复 李娜：“{A} 什么时候到”\n这单一直没更新，请登记延误并加急。", "sf", "delay A; urge A", cats=(3, 8))
R("「黄经理：{A} 客户拒收」" + Q + "这单请退回；另 {B} 也是同一客户，同样拒收，一并退回。", "yunda",
  "intercept A B", cats=(3,))

# ---------------------------------------------------------------- category 4: phones, order numbers, amounts, dates
R("订单号：{O}\n运单号：{A}\n处理方式：拦截退回", "yto", "intercept A", cats=(4,))
R("{A} 收件人电话 {PN}，客户反映派件员联系不上，请催派。", "zto", "urge A", cats=(4,))
R("{A} 需核重：账单计费 5.6kg，实际称重 2.1kg，差异较大，请复核。", "sto", "weight A", cats=(4,))
R("{A} 收件人电话更改为 {PN}，其余信息不变。", "jt", "change_address A", nh=True, cats=(4,))
R("运单号：{A}\n订单号：{O}\n货值：2,599.00 元\n情况：确认遗失\n诉求：申请全额赔偿", "jd", "claim A", cats=(4, 8))
R("{A}\n新地址：东莞市松山湖高新区 工业西路12号 C栋3楼\n联系人：何工 {PN}", "deppon", "change_address A", cats=(4,))
R("订单 {O} 对应运单 {A}，客户已退款，烦请拦截。", "cainiao", "intercept A", cats=(4,))
R("{A} 收件人 {PN} 反映物流显示已签收但本人未收到，请核实签收。", "yunda", "verify_delivery A", cats=(4,))
R("{A} 请改投：南昌市东湖区八一大道357号 财富广场A座18楼，收件人邹先生，电话 {PN}。", "ems", "change_address A",
  cats=(4,))
R("{A} 收件人改为 刘芳，电话 {PN}。", "yto", "change_address A", nh=True, cats=(4,))
R("{A} 申报价值 800 元，包裹内护肤套装两盒全部碎裂，申请按申报价值赔付。", "sto", "claim A", cats=(4, 8))
R("{A} 收件人（手机 {PN}）反馈未收到货，物流显示 6 月 18 日 14:32 已签收，请核实。", "sf", "verify_delivery A",
  cats=(4,))
R("请联系我司对接人 刘女士 {PN}，{A} 需拦截退回，退回前请电话告知。", "jd", "intercept A", cats=(4,))
R("{A}\t{O}\t退回\t客户拒收", "deppon", "intercept A", cats=(4,))
R("{A} 5月20日下单，承诺72小时送达，现已超时48小时，请加急派送。", "cainiao", "urge A", cats=(4,))
R("{A} 请改派至：石家庄市长安区中山东路39号 勒泰中心写字楼22层，联系人 郝女士 {PN}，派送前请电话联系。", "yunda",
  "change_address A", cats=(4,))
R("{A}\n收件人：陈先生\n原电话：{PN}\n新电话：{PN2}\n地址不变", "zto", "change_address A", nh=True, cats=(4,))
R("2024/06/03 下单的 {A}、{B} 至今未揽收，请取消寄件。", "jt", "cancel A B", cats=(4,))
R("{A} 为冷链件（奶粉），6月1日寄出，预计6月2日送达，现已6月4日仍在途，超时48小时，请登记延误并尽快派送。", "sf",
  "delay A; urge A", cats=(4, 8))
R("烦请将 {A} 退回，退回联系人：仓管 韩工 {P}，退回地址：原寄件仓。", "jd", "intercept A", cats=(4,))
R("{A} 冰箱一台（货值 4,299 元，保价 4,300 元）到货时门体凹陷，申请保价理赔。", "deppon", "claim A", cats=(4, 8))
R("订单号 {O}\n运单号 {A}\n客户反馈少了一件赠品（价值 59 元），请登记少件。", "cainiao", "lost A", cats=(4,))
R("{A} 请转寄：长春市南关区人民大街3888号 门诊楼药剂科，收件人 韩医生 {PN}", "ems", "change_address A", cats=(4,))
R("{A} 申请理赔：\n货物：儿童安全座椅 1 台\n货值：1,299 元\n损失情况：底座断裂\n联系人：郑经理 {PN}", "yto", "claim A",
  cats=(4, 8))
R("截至 6 月 20 日 18:00，{A} 仍显示在途，距揽收已 96 小时，请核查是否遗失。", "zto", "lost A", cats=(4,))
R("{A} 客户电话 {PN}，收件地址改为：深圳市宝安区西乡街道宝源路1065号 F518创意园8栋", "sto", "change_address A",
  cats=(4,))
R("订单号 {O} / 运单号 {A}：请加急，客户 {PN} 今日已第三次来电。", "jt", "urge A", cats=(4,))
R("{A} 于 6/15 签收，客户 6/16 开箱发现洗碗机面板碎裂，请登记破损，照片稍后发送。", "deppon", "damaged A", cats=(4,))
R("运单号：{A}\n平台订单：{O}\n收件人：{PN}\n处理方式：撤单", "sf", "cancel A", cats=(4,))
R("{A} 计费 23 元，按首重 1kg 应为 12 元，疑似重量录入错误，请核重。", "cainiao", "weight A", cats=(4,))
R("客户电话 {PN} 一直没接到派件电话，请查一下 {A} 现在在哪。", "yto", "track A", cats=(4,))
R("{A} 联系人电话由 {P} 更正为 {P2}，请告知派件员。", "sto", "change_address A", nh=True, cats=(4,))
R("{A}（订单 {O}）客户 2024-06-21 已在平台发起退款，烦请拦截，退回我司嘉兴仓。", "yunda", "intercept A", cats=(4,))
R("{A} 6月10日揽收，6月25日仍未签收，超时 15 天，烦请登记延误。", "ems", "delay A", cats=(4,), draw="ems_s10")
R("{A} 新收件信息：\n地址：厦门市集美区杏林湾路 1011 号 软件园三期 B07 栋\n姓名：蔡小姐\n手机：{PN}", "jt",
  "change_address A", cats=(4,))
R("{A} 签收时间 2024-07-02 09:14，签收人“本人”，但客户当天在外地出差，请核实签收。", "jd", "verify_delivery A",
  cats=(4,))

# ---------------------------------------------------------------- category 5: English, bilingual, traditional, voice slips
R("Dear team,\nPlease help to intercept the following shipment and return it to sender:\nAWB: {A}\n"
  "Reason: wrong SKU shipped.\nThanks & regards,\nEmily\n\n烦请协助拦截，谢谢。", "yto", "intercept A", cats=(5,))
R("Shipment {A} shows delivered but the consignee never received it. Please verify the POD. 烦请核实签收。", None,
  "verify_delivery A", cats=(5,), draw="sf")
R("Please expedite {A}, it's for a key account. 麻烦加急，谢谢！", "jd", "urge A", cats=(5,))
R("Kindly cancel the pickup for {A}, the order has been cancelled by the buyer.", "jt", "cancel A", cats=(5,))
R("Please change the delivery address of {A} to: Room 1205, Tower B, No. 88 Century Avenue, Pudong, Shanghai. "
  "Contact: Mr. Li.", "deppon", "change_address A", cats=(5,))
R("Parcel {A} arrived damaged. We'd like to file a claim for RMB 560 (declared value). Photos attached.", "sf",
  "claim A", cats=(4, 5, 8))
R("以下为我司香港同事 Kevin 的邮件原文，烦请将两单拦截退回：\n\nHi team, please intercept {A} and {B} and return both to "
  "sender. The buyer has cancelled. Thanks, Kevin", None, "intercept A B", cats=(5,), draw={"A": "yto", "B": "jt"})
R("煩請攔截 {A}，謝謝。", "zto", "intercept A", cats=(5,))
R("{A} 請協助查詢物流狀態，客戶在詢問。", "jt", "track A", cats=(5,))
R("（语音转文字）{A} 麻烦帮忙拦接一下退回仓库谢谢", "sto", "intercept A", cats=(5,))
R("{A} 麻烦崔建一下，客户等着用（语音输入，见谅）", "yunda", "urge A", cats=(5,))
R("手机输入法故障，见谅：{A} lanjie tuihui", "ems", "intercept A", cats=(5,))
R("{A} pls urgent delivery, customer waiting. 烦请加急。", "cainiao", "urge A", cats=(5,))
R("RE: Missing parcel\nHi, {A} has been in transit for 8 days with no update. Is it lost? Please advise ASAP.", "sf",
  "lost A", cats=(5,))
R("Complaint: the courier handling {A} was rude to our customer on the phone. Please follow up.", "jd", "complaint A",
  cats=(5,))
R("Hi team, pls check the weight of {A}, billed 35kg but actual is 18kg.", "deppon", "weight A", cats=(4, 5))
R("Dear Sir/Madam,\n\nWith reference to AWB {A}, please be advised that the consignee has refused the delivery. "
  "Kindly arrange return to sender at your earliest convenience.\n\nBest regards,\nLogistics Dept.", "yto", "intercept A",
  cats=(5,))
R("{A} 这个件 hold 住别派了，退回来", "zto", "intercept A", cats=(5,))
R("（语音转文字）申通的 {A} 那个件帮我改个地址改到杭州市拱墅区莫干山路972号北部软件园3号楼 麻烦了", "sto",
  "change_address A", cats=(5,))
R("Please track {A} for us, thanks.", "ems", "track A", cats=(5,), draw="ems_s10")
R("{A} 已经 delay 四天了，please log a delay，谢谢。", "cainiao", "delay A", cats=(5,))
R("{A} 客户说东西烂了，要求赔钱，麻烦走一下流程。", "yunda", "claim A", cats=(5, 8))
R("Hi there, any update on {A}? Customer's been waiting for a week.", "sf", "track A", cats=(5,))
R("FYI: {A} — consignee moved. New address: 18/F, Tower 2, Kerry Plaza, 1 Zhongxinsi Road, Futian, Shenzhen. "
  "收件人：Ms. Chan。请协助改址。", "jd", "change_address A", cats=(5,))
R("We'd like to escalate {A} to arbitration as we cannot agree on liability for the damage. 申请仲裁。", "deppon",
  "arbitration A", cats=(5,))
R("（语音转文字）圆通 {A} 这个单子显示签收了但是客户说没收到麻烦核实一下签收", "yto", "verify_delivery A", cats=(5,))
R("{A} 麻烦拦一下哈，别送了，客户那边不要了", "jt", "intercept A", cats=(5,))
R("Subject: Return to sender – {A}\n\nDear colleagues, the goods were shipped to the wrong distributor. "
  "Please stop the delivery and return the parcel to our Suzhou warehouse. Many thanks.", None, "intercept A",
  cats=(5,), draw="sf")
R("Please hold {A} and {B} at your station and return them to us; both orders were cancelled.", None,
  "intercept A B", cats=(5,), draw={"A": "jd", "B": "yto"})
R("{A} 收件人要求轉寄至：台北市信義區松仁路100號 — 不對，客戶說改送上海公司：上海市静安区南京西路1266号 恒隆广场1座35楼。",
  "sf", "change_address A", cats=(2, 5))
R("（语音转文字）{A} 这一单超重了吧 帮我和一下重量 账单上写的八公斤", "jt", "weight A", cats=(4, 5))
R("{A} 請登記破損，外箱壓壞，內件（面霜）瓶身破裂。", "cainiao", "damaged A", cats=(5,))
R("Hi, {A} has been stuck at the sorting centre for five days. Could you please chase it? 麻烦催一下。", "yto",
  "urge A", cats=(5,))
R("{A} 客人話冇收到，但系統顯示已簽收，麻煩核實。", "zto", "verify_delivery A", cats=(5,))
R("Our courier complaint for {A}: parcel was thrown over the gate. We also want compensation for the dented "
  "lid, RMB 320. 投诉 + 理赔。", "sto", "claim A; complaint A", cats=(4, 5, 8))

# ---------------------------------------------------------------- category 6: numbers broken by the chat client
R("邮件号：{A:sp}\n处理：拦截退回", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("运单号：{A:nl}\n处理方式：拦截退回", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 烦请加急派送", "zto", "urge A", cats=(6,))
R("{A:dash} 请查询物流", "jt", "track A", cats=(6,))
R("{A:fw} 申请撤单", "sf", "cancel A", cats=(6,))
R("{A:lc} 拦截退回，谢谢", "jd", "intercept A", cats=(6,))
R("{A:cut} 请催派", "deppon", nh=True, cats=(6,))
R("{A:nl} 撤单，谢谢", "cainiao", "cancel A", cf=True, cats=(6,))
R("{A:sp}\n请核实签收，客户未收到。", "yunda", "verify_delivery A", cats=(6,))
R("{A:dash} 改投：合肥市包河区徽州大道1188号 万达广场7号楼1506，收件人汪女士", "ems", "change_address A", cats=(6,),
  draw="ems_s10")
R("以下单号烦请拦截：\n{A}\n{B:nl}", "yto", "intercept A B", cf=True, cats=(6,))
R("{A:x} 改址至 贵阳市观山湖区林城西路 95 号 贵阳国际金融中心 2 号楼", "jt", nh=True, cats=(6,))
R("{A:sp} 破损，请登记", "sf", "damaged A", cats=(6,))
R("{A:nl}\n催件", "jd", "urge A", cats=(6,))
R("{A:dash}\n{B:dash}\n以上两单请撤单", "zto", "cancel A B", cats=(6,))
R("{A:cut} 拦截退回（单号为手抄，可能有误）", "cainiao", nh=True, cats=(6,))
R("{A:lc}\n{B:lc}\n两单请查件", "yto", "track A B", cats=(6,))
R("运单号：{A:nl}\n新地址：宁波市北仑区新碶街道明州路 555 号 北仑科创中心 6 楼\n联系人：王工", "deppon",
  "change_address A", cf=True, cats=(6,))
R("{A:sp} / {B:sp} 两件请查询投递情况", "ems", "track A B", cats=(6,), draw="ems_s10")
R("{A:x} 请查件", "sf", nh=True, cats=(6,))
R("{A:nl} 烦请拦截退回，谢谢", "sto", "intercept A", cf=True, cats=(6,))
R("运单号 {A:dash} 的包裹客户反馈外箱破损、内件缺失一件，申请理赔。", "zto", "claim A", cats=(6, 8))
R("{A:fw}\n处理方式：改址\n新地址：青岛市崂山区海尔路 178 号 苏宁广场 B 座 1906", "yunda", "change_address A", cats=(6,))
R("{A:cut}\n{B}\n以上两单请撤单。", "jd", "cancel B", nh=True, cats=(6,))
R("ERP 导出的单号（格式有点乱）：{A:sp}，请协助查询物流。", None, "track A", cats=(6,), draw="deppon")
R("{A:nl} 请登记延误，已经五天没动了。", "cainiao", "delay A", cats=(6,))
R("烦请撤单：{A:lc}", None, "cancel A", cats=(6,), draw="jd")
R("{A:sp}\n客户反映显示已妥投但未收到，烦请核实。", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")

# ---------------------------------------------------------------- category 7: several parcels, positions, tables
R("序号\t运单号\t处理方式\t备注\n1\t{A}\t拦截退回\t客户拒收\n2\t{B}\t催件\t客户急用\n3\t{C}\t查件\t", "yto",
  "intercept A; urge B; track C", cats=(7,))
R("{A}\n{B}\n{C}\n这三单：第一单拦截，后两单催一下。", "zto", "intercept A; urge B C", cats=(7,))
R("运单号\t订单号\t诉求\n{A}\t{O}\t拦截\n{B}\t{O2}\t撤单", "sto", "intercept A; cancel B", cats=(4, 7))
R("{A}\n{B}\n上面两个烦请拦截退回。", "jt", "intercept A B", cats=(7,))
R("一、拦截退回：{A}、{B}\n二、加急派送：{C}\n三、改址：{D}，新地址：广州市海珠区新港东路1068号 中洲中心北塔12楼", "sf",
  "intercept A B; urge C; change_address D", cats=(7,))
R("{A}\t拦截\n{B}\t拦截\n{C}\t催件\n{D}\t查件", "jd", "intercept A B; urge C; track D", cats=(7,))
R("① {A} 请登记破损\n② {B} 请核重\n③ {C} 请加急", "deppon", "damaged A; weight B; urge C", cats=(7,))
R("运单号              处理\n{A}    拦截\n{B}    加急\n{C}    撤单", "yunda", "intercept A; urge B; cancel C",
  cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n第1、3单请催投，第2单请核实签收，第4单查询即可。", "ems",
  "urge A C; verify_delivery B; track D", cats=(7,))
R("各位好，今日需处理事项如下：\n1. {A} 拦截退回（客户拒收）\n2. {B} 改址：南京市鼓楼区中山北路30号 紫峰大厦32楼\n"
  "3. {C} 登记延误（已 4 天未更新）\n4. {D}、{E} 加急派送\n烦请逐项处理，谢谢。", "yto",
  "intercept A; change_address B; delay C; urge D E", cats=(7,))
R("{A}\n{B}\n前一单拦截，后一单不用处理。", "zto", "intercept A", cats=(1, 7))
R("运单号\t收件人\t问题\t处理方式\n{A}\t张**\t客户拒收\t退回\n{B}\t李**\t地址错误\t改址：成都市高新区天府三街69号 新希望国际B座\n"
  "{C}\t王**\t未更新\t催派", "jt", "intercept A; change_address B; urge C", cats=(7,))
R("烦请查询：{A}、{B}；烦请加急：{C}；烦请拦截：{D}。", None, "track A B; urge C; intercept D", cats=(7,),
  draw={"A": "sf", "B": "sf", "C": "yto", "D": "jd"})
R("{A}\n{B}\n{C}\n以上三单第二单撤单，其余照常。", "jd", "cancel B", cats=(7,))
R("附件清单（ERP 导出）：\n单号\t件数\t重量(kg)\t异常\n{A}\t2\t36.5\t破损\n{B}\t1\t18.0\t少件\n{C}\t3\t52.0\t超重",
  "deppon", "damaged A; lost B; weight C", cats=(4, 7))
R("{A} 拦截，{B} 催件，{C} 查件，{D} 撤单", "cainiao", "intercept A; urge B; track C; cancel D", cats=(7,))
R("{A}\n{B}\n以上两单一个拦截一个催件，具体哪个拦截我稍后确认。", "yunda", nh=True, cats=(7,))
R("{A}、{B}、{C} 三件：前两件改投至 哈尔滨市南岗区红军街15号 奥威斯发展大厦20楼，第三件退回。", "ems",
  "change_address A B; intercept C", cats=(7,))
R("表格如下（请逐行处理）：\n运单号\t处理方式\t新地址\t联系人\n{A}\t改址\t苏州市姑苏区干将西路1188号\t钱女士\n"
  "{B}\t改址\t无锡市梁溪区中山路333号\t孙先生\n{C}\t拦截\t\t", "zto", "change_address A B; intercept C", cats=(7,))
R("{A}、{B} 核重；{C} 登记破损。", "sto", "weight A B; damaged C", cats=(7,))
R("{A}\n{B}\n{C}\n以上三单全部拦截。", None, "intercept A B C", cats=(7,), draw={"A": "yto", "B": "sf", "C": "sf"})
R("{A} {B}\n第一个查件，第二个核实签收", "jd", "track A; verify_delivery B", cats=(7,))
R("运单号\t货物\t处理\n{A}\t沙发\t加急\n{B}\t床垫\t加急\n{C}\t餐桌\t退回", "deppon", "urge A B; intercept C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n后两单撤单，前两单拦截退回。", "cainiao", "intercept A B; cancel C D", cats=(7,))
R("① {A} 查询\n② {B} 查询\n③ {C} 撤单\n④ {D} 撤单", "ems", "track A B; cancel C D", cats=(7,))
R("{A}、{B}、{C}、{D}\n这四单中间两单拦截，首尾两单催派。", "yto", "intercept B C; urge A D", cats=(7,))
R("{A} 和 {B} 两单一单拦截一单改址，麻烦了", "zto", nh=True, cats=(7,))
R("序号,运单号,处理\n1,{A},拦截\n2,{B},催件", "jt", "intercept A; urge B", cats=(7,))
R("以下为今日异常件汇总：\n{A}\t漏液\n{B}\t外箱压坏\n{C}\t三天未更新", "sf", "damaged A B; delay C", cats=(7,))
R("{A}、{B}、{C} 拦截退回。\n补充说明：{D} 为同批次货物，也请一并拦截。", "yto", "intercept A B C D", cats=(7,))
R("多承运商异常件汇总（请各家网点认领）：\n圆通 {A}\t催件\n京东 {B}\t催件\n极兔 {C}\t拦截", None,
  "urge A B; intercept C", cats=(7,), draw={"A": "yto", "B": "jd", "C": "jt"})
R("{A}\n{B}\n{C}\n最后一单请改派至 济南市高新区舜华路 2000 号 舜泰广场 8 号楼，前两单催一下。", "sto",
  "change_address C; urge A B", cats=(7,))
R("序号\t运单号\t收货单位\t要求\n1\t{A}\t武汉经销商\t今日送达\n2\t{B}\t长沙经销商\t今日送达\n3\t{C}\t南昌经销商\t暂停派送，退回", "jd",
  "urge A B; intercept C", cats=(7,))
R("{A} 和 {B}：前者查一下到哪了，后者请登记遗失。", "zto", "track A; lost B", cats=(7,))
R("本周需跟进清单：\n1、{A}（延误，请催）\n2、{B}（同上）\n3、{C}（同上）", "sto", "urge A B C", cats=(7,))

# ---------------------------------------------------------------- category 8: compound requests
R("{A} 外箱破损，内件损坏，申请理赔，货值 899 元。", "yto", "claim A", cats=(4, 8))
R("{A} 到货时外包装破损，且派件员态度恶劣，特此投诉。", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 破损申请赔付，同时投诉派件员野蛮装卸。", "sto", "claim A; complaint A", cats=(8,))
R("{A} 拦截退回，并投诉揽件员私自加收费用。", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 已超时 2 天，请加急派送并登记延误。", "sf", "urge A; delay A", cats=(8,))
R("{A} 请核重，另外派件员服务态度差，一并投诉。", "jd", "weight A; complaint A", cats=(8,))
R("{A} 延误了，客户要投诉。", "cainiao", "delay A; complaint A", cats=(8,))
R("{A} 快点送，客户已经投诉到平台了。", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 遗失，请登记，并投诉网点处理不及时。", "ems", "lost A; complaint A", cats=(8,))
R("关于 {A} 的处理诉求：\n一、登记破损；\n二、投诉派送员（未验货即强行要求签收）；\n三、申请理赔，金额 420 元。", "yto",
  "claim A; complaint A", cats=(4, 8))
R("{A} 漏液污染了同箱其他商品，请登记破损并核重（计费重量也不对）。", "zto", "damaged A; weight A", cats=(8,))
R("{A} 延误三天，客户已取消订单，请拦截退回并登记延误。", "sto", "intercept A; delay A", cats=(8,))
R("{A} 签收未收到，请核实签收并投诉派件员。", "jt", "verify_delivery A; complaint A", cats=(8,))
R("{A}：\n1. 请加急派送\n2. 派件员电话不接、短信不回，请予以投诉\n3. 请登记延误，月度时效考核需要", "sf",
  "urge A; complaint A; delay A", cats=(8,))
R("{A} 货损严重（显示器屏幕碎裂），申请理赔；另请对该站点包装不规范进行投诉。", "jd", "claim A; complaint A", cats=(8,))
R("{A} 核重 + 催派", "deppon", "weight A; urge A", cats=(8,))
R("{A} 客户表示签收时少了一件，要求赔偿 129 元。", "cainiao", "claim A", cats=(4, 8))
R("{A} 前期破损理赔网点拒绝受理，我司申请仲裁，并投诉网点客服推诿。", "yunda", "arbitration A; complaint A", cats=(8,))
R("{A} 延误 + 破损，请分别登记。", "ems", "delay A; damaged A", cats=(8,))
R("{A} 请核实签收（客户未收到），同时申请理赔 268 元。", "sto", "verify_delivery A; claim A", cats=(4, 8))
R("{A} 快递员态度恶劣并拒绝上门派送，特此投诉，另请尽快安排派送。", "jt", "complaint A; urge A", cats=(8,))
R("{A} 冷链食品超时送达已变质，申请理赔并投诉。", "sf", "claim A; complaint A", cats=(8,))
R("{A} 一周无轨迹更新，我司判断已遗失，申请赔偿 1,099 元。", "jd", "claim A", cats=(4, 8))
R("{A} 请改址并加急派送：新地址 苏州市相城区高铁新城南天成路88号 国际研发社区2号楼", "cainiao",
  "change_address A; urge A", cats=(8,))
R("{A} 请登记延误并催派，另请核重。", "yunda", "delay A; urge A; weight A", cats=(8,))
R("【理赔申请】\n运单号：{A}\n品名：婴儿奶瓶套装\n数量：6 套\n申报价值：1,140.00 元\n损失原因：运输途中挤压破损\n"
  "申请金额：1,140.00 元\n附件：开箱视频、照片、发票\n以上信息已盖章确认，敬请受理。", "zto", "claim A", cats=(4, 8))
R("特此投诉并申请赔偿：{A} 派件员将整箱化妆品扔在小区门口，导致 3 瓶精华液摔碎，损失 897 元。", "sto",
  "claim A; complaint A", cats=(4, 8))
R("{A}\n问题一：显示已签收，客户未收到；\n问题二：派件员电话无法接通。\n诉求：核实签收，并对派件员予以投诉。", "yunda",
  "verify_delivery A; complaint A", cats=(8,))
R("{A} 超时 72 小时未派送，按合同时效条款申请考核赔付 50 元，并请今日内派送。", "jt", "claim A; urge A", cats=(4, 8))
R("{A} 破损 {B} 丢件，两单都申请理赔。", "jd", "claim A B", cats=(7, 8))
R("{A} 拦截退回；{B} 登记破损并投诉派件员。", None, "intercept A; damaged B; complaint B", cats=(7, 8),
  draw={"A": "yto", "B": "jt"})
R("{A} 丢了，客户要投诉，我们要赔偿。", "ems", "claim A; complaint A", cats=(8,))

if __name__ == "__main__":
    W.main()
