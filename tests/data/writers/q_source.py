"""Writer q: the operations team of a mid-size Tmall/Douyin shop in a DingTalk group with their outlet.

Three staff post: 小林 writes half-formal sentences (您好/麻烦/谢谢), 阿杰 pastes rows from the ERP order export
(tabs or 丨 between columns, platform order numbers and buyer phones included), 橙子 types fast on a phone
("拦" "催" "改" "撤", no punctuation). They relay buyers ("买家说…", "顾客反馈…"), correct each other inside one
message, quote the outlet bot's replies back, and mix several parcels with different commands.

Every message text below is written by hand; only waybill numbers, phone numbers and platform order numbers are
filled in (from ../waybill_numbers.py, seeded). Run from the repository root:

    python tests/data/writers/q_source.py

which writes tests/data/writers/q.jsonl (reproducible).

Template placeholders:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case, {A:fw} full-width, {A:cut} last character missing (a typo the message
                    then corrects), {A:x} one digit too many (likewise)
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
"""

from __future__ import annotations

from harness import Writer  # tests/data/writers/harness.py: placeholders, build, main

W = Writer("q", seed=20240719)
R = W.R


# ---------------------------------------------------------------------------------------------------------
# 1. Plain requests: one command, one or several numbers, in the three staff voices.
# ---------------------------------------------------------------------------------------------------------

# intercept
R("您好，麻烦帮忙拦截一下{A}，买家申请仅退款了，谢谢🙏", "yto", "intercept A")
R("{A} 拦", "zto", "intercept A")
R("拦 {A} {B}", "jt", "intercept A B")
R("{A}\t拦截退回", "sto", "intercept A")
R("您好 {A} 这单麻烦退回一下，买家不要了，谢谢", "sf", "intercept A")
R("{A}拦回来 顾客说拍错尺码了 已经重新下单了", "yunda", "intercept A")
R("截件 {A}", "ems", "intercept A")
R("{A} 别派了 退回来 买家拒收", "jd", "intercept A")
R("麻烦{A}做退件处理，谢谢您", "deppon", "intercept A")
R("lanjie {A}", "cainiao", "intercept A", cats=(5,))
R("{A} intercept pls, buyer refunded", "sf", "intercept A", cats=(5,))
R("{A} 拦截！！！急 买家已经退款了", "yto", "intercept A")
R("{A} {B} {C} 这三个都拦截 抖店那边退款了", "zto", "intercept A B C")
R("{A}拦截退回，谢谢您～", "jt", "intercept A")
R("拦一下哈 {A}", "sto", "intercept A")
R("{A} 帮我拦住 仓库发错货了😭", "yunda", "intercept A")
R("{A:lc} 拦截", "yto", "intercept A")
R("您好，{A}这一单客户退款了，麻烦您安排拦截退回，辛苦了", "cainiao", "intercept A")
R("{A} 地址填错了 退回吧 让买家重新拍", "ems", "intercept A")
R("买家说不要了 {A} 拦一下", "jd", "intercept A")
R("{A} 退回 退回 退回", "yto", "intercept A")
R("拦截\n{A}\n{B}", "jt", "intercept A B")
R("{A} 拦截 谢了", "deppon", "intercept A")
R("这单拦截下 {A} 麻烦快点 已经到派件网点了", "zto", "intercept A")
R("帮我把这个单号{A}烂截一下 谢谢", "sto", "intercept A", cats=(5,))
R("Return to sender {A} thx", "sf", "intercept A", cats=(5,))
R("{A} 买家拒收了 直接退回就行", "yto", "intercept A")
R("截回 {A} 这个地址是假的 派不了", "jd", "intercept A")
R("@快递小助手 {A} 拦截", "yto", "intercept A")
R("{A}、{B} 拦截，顾客取消了", "ems", "intercept A B")
R("{A}-拦截", "jt", "intercept A")
R("攔截 {A} 謝謝", "sf", "intercept A", cats=(5,))
R("拦 {A} 买家退款 快", "cainiao", "intercept A")
R("{A}这个拦一下 买家那边仅退款已经同意了", "deppon", "intercept A")
R("拦截退回 {A}　原因：买家七天无理由", "zto", "intercept A")
R("{A} 拦截 退回仓库", "sto", "intercept A")
R("{A} 拦截 发货时候贴错面单了 里面是别人的货", "yunda", "intercept A")
R("麻烦帮我把 {A} 截下来，买家在飞鸽上说不要了，谢谢", "jt", "intercept A")
R("{A:sp} 拦截退回", "jd", "intercept A", cats=(6,))
R("兰截 {A}", "zto", "intercept A", cats=(5,))

# cancel
R("您好，{A}这单还没揽收，麻烦帮忙撤单，谢谢", "zto", "cancel A")
R("撤 {A}", "sto", "cancel A")
R("{A} 取消寄件 不发了", "yto", "cancel A")
R("{A} 作废", "jt", "cancel A")
R("{A} {B} 撤单 买家退款了 还没来收", "yunda", "cancel A B")
R("chedan {A}", "ems", "cancel A", cats=(5,))
R("{A} 不寄了 撤一下", "deppon", "cancel A")
R("cancel the order {A}, not shipping", "sf", "cancel A", cats=(5,))
R("您好，{A}面单打错了，麻烦作废一下，谢谢", "cainiao", "cancel A")
R("{A} 取消订单", "jd", "cancel A")
R("{A}撤销 快递员还没来", "zto", "cancel A")
R("刚打的单 {A} 不要了 撤单", "sto", "cancel A")
R("撤单撤单 {A}", "yto", "cancel A")
R("{A} 这个单号作废，重新打了一张", "jt", "cancel A")
R("麻烦撤一下{A}、{B}、{C}，这批货不发了，谢谢您", "yunda", "cancel A B C")
R("取消寄件{A}😅 下错单了", "sf", "cancel A")
R("撤單 {A}", "ems", "cancel A", cats=(5,))
R("{A} 撤了 库存没货发不了", "jd", "cancel A")
R("{A}\t撤单\t缺货", "cainiao", "cancel A")
R("您好，{A}是重复打印的面单，麻烦取消一下，谢谢", "deppon", "cancel A")

# change_address
R("改 {A} 地址改为 杭州市西湖区文三路90号 收件人不变", "zto", "change_address A")
R("{A} 改派到 上海市闵行区七宝镇漕宝路3366号 菜鸟驿站", "jt", "change_address A")
R("{A} 转寄 广州市天河区体育西路191号 中石化大厦B座15楼", "sf", "change_address A")
R("gaizhi {A} 北京市朝阳区望京SOHO T1 1202", "jd", "change_address A", cats=(5,))
R("{A} 地址改为：成都市武侯区天府大道北段1700号 环球中心W6区，收件人电话不变", "sto", "change_address A")
R("改 {A} 改到福州市鼓楼区温泉街道东湖花园 北门快递柜", "yunda", "change_address A")
R("change address {A} to 深圳市南山区粤海街道高新南一道8号", "ems", "change_address A", cats=(5,))
R("您好，买家要求{A}改地址，新地址：湖南省长沙市岳麓区麓谷大道658号，收件人刘先生，电话不变，麻烦了", "deppon",
  "change_address A")
R("{A} 改地址 重庆市渝中区八一路177号 3楼", "cainiao", "change_address A")
R("顾客说搬家了 {A} 改到 天津市南开区华苑小区 5-3-201", "yto", "change_address A")
R("{A} 更改收件地址 河北省石家庄市裕华区槐安东路 万达广场东门", "zto", "change_address A")
R("改址 {A} → 武汉市洪山区珞瑜路1037号", "jt", "change_address A")
R("{A} 麻烦改派 买家说送到单位：苏州市吴中区宝带西路 东吴证券大厦 前台", "sf", "change_address A")
R("{A} 改到同小区 12栋1单元 原来写成21栋了", "sto", "change_address A")
R("您好，{A}麻烦修改一下收件地址，改为 西安市碑林区 南大街 钟楼饭店对面 鼓楼小区3号楼，谢谢", "yunda",
  "change_address A")
R("改 {A} 送 南京市建邺区 江东中路 苏宁睿城 买家说原地址没人", "ems", "change_address A")

# urge
R("{A} 催", "yto", "urge A")
R("催一下 {A}", "zto", "urge A")
R("您好，{A}买家着急用，麻烦帮忙催一下派送，谢谢", "sf", "urge A")
R("{A} 加急 加急", "jt", "urge A")
R("cuijian {A}", "sto", "urge A", cats=(5,))
R("{A} 咋还不到 催催", "yunda", "urge A")
R("{A} 尽快派送 客户后天出国", "ems", "urge A")
R("{A} {B} 都催下 买家在旺旺一直问", "jd", "urge A B")
R("麻烦您帮忙催派一下{A}，买家已经在旺旺问好几次了，辛苦🙏", "cainiao", "urge A")
R("{A} hurry up pls 买家急用", "deppon", "urge A", cats=(5,))
R("{A} 三天没动了 催一下", "yto", "urge A")
R("{A} 能不能快点送 顾客都打差评了", "zto", "urge A")
R("催件：\n{A}\n{B}\n{C}", "jt", "urge A B C")
R("{A} 快点派 急急急", "sto", "urge A")
R("{A} 买家说明天生日 今天能送到最好 麻烦催一下", "yunda", "urge A")
R("催催催 {A}😭", "sf", "urge A")
R("{A} 派送中一整天了还没到 帮忙催下", "ems", "urge A")
R("{A}，帮忙加急派送，谢谢您", "jd", "urge A")
R("{A} urgent", "cainiao", "urge A", cats=(5,))
R("{A} 在网点放两天了 催", "deppon", "urge A")
R("那个单号{A}帮我崔一下 客户一直在问", "yto", "urge A", cats=(5,))
R("能不能催一下{A}", "zto", "urge A")
R("{A} 买家说再不到就申请退款了 帮忙催派", "jt", "urge A")
R("{A:fw} 催件", "zto", "urge A")
R("{A}\n{B}\n催", "sto", "urge A B")
R("您好，以下单号麻烦统一催一下派送：{A}、{B}、{C}、{D}，谢谢！", "yto", "urge A B C D")
R("{A} 催派 今天务必送到 谢谢", "cainiao", "urge A")
R("{A} 快递员说明天送 能不能今天送 买家在家等着呢", "sf", "urge A")

# verify_delivery
R("您好，{A}显示已签收，但买家反馈没有收到，麻烦帮忙核实一下，谢谢", "zto", "verify_delivery A")
R("{A} 显示签收 顾客说没收到", "yto", "verify_delivery A")
R("{A} 签收了但人没拿到 查下谁签的", "sf", "verify_delivery A")
R("{A} 虚假签收 买家根本没见到件", "jt", "verify_delivery A")
R("核实签收 {A}", "sto", "verify_delivery A")
R("{A} 别人签收了 买家说不是本人签的", "yunda", "verify_delivery A")
R("{A} 妥投了但没收到", "ems", "verify_delivery A")
R("买家说{A}没收到 系统显示签收了 麻烦核实", "jd", "verify_delivery A")
R("{A} 显示驿站已签收 买家去拿说没有这个件", "cainiao", "verify_delivery A")
R("{A} 签收未收到 麻烦跟进", "deppon", "verify_delivery A")
R("{A} 物流显示本人签收 顾客说根本没人给他打电话 东西也没拿到", "zto", "verify_delivery A")
R("{A} 谁签的？？买家没收到啊", "yto", "verify_delivery A")
R("{A} {B} 两单都显示签收了 同一个买家 说一件都没收到 麻烦核实", "jt", "verify_delivery A B")

# damaged
R("{A} 破损 买家发来照片了 外箱都烂了", "yto", "damaged A")
R("您好，{A}买家反馈收到时杯子碎了，麻烦登记一下破损，谢谢", "sf", "damaged A")
R("{A} 漏液了 洗发水整瓶漏光", "jt", "damaged A")
R("{A} 压坏了", "zto", "damaged A")
R("{A} 东西烂了 水果全坏了", "sto", "damaged A")
R("{A} 外箱破了", "yunda", "damaged A")
R("{A} 碎了 顾客拍视频了", "ems", "damaged A")
R("{A} 屏幕裂了 买家当面拆的", "jd", "damaged A")
R("破损登记 {A}", "deppon", "damaged A")
R("{A} 包装被划开了 里面的东西刮花了", "cainiao", "damaged A")
R("{A} damaged 客户说盒子都扁了", "yto", "damaged A", cats=(5,))
R("顾客反馈{A}里面的花瓶碎成好几块 麻烦登记下", "zto", "damaged A")

# lost
R("{A} 丢件了吧 一周没更新了", "zto", "lost A")
R("您好，{A}网点说找不到了，麻烦登记遗失，谢谢", "yto", "lost A")
R("{A} 件没了 哪都找不着", "jt", "lost A")
R("{A} 少件 买了三件只收到两件", "sf", "lost A")
R("{A} 一周没动 是不是丢了", "sto", "lost A")
R("{A} 遗失", "yunda", "lost A")
R("{A} 丢了 中转站说没扫到", "ems", "lost A")
R("{A} 丢失 麻烦登记", "jd", "lost A")
R("{A} lost 找不到了", "cainiao", "lost A", cats=(5,))
R("{A} 遺失 麻煩登記", "deppon", "lost A", cats=(5,))

# weight
R("{A} 重量不对 我们称的1.2kg 你们算了3kg", "deppon", "weight A")
R("您好，{A}的计费重量好像有误，麻烦帮忙核重一下，谢谢", "sf", "weight A")
R("{A} 超重？？一件T恤怎么5公斤", "yto", "weight A")
R("查重量 {A} {B}", "zto", "weight A B")
R("{A} 称一下 运费多扣了", "jt", "weight A")
R("{A} 核重", "sto", "weight A")
R("{A} 这个重量怎么回事 半斤的货收了2kg的钱", "yunda", "weight A")
R("{A} 抛重算错了吧 麻烦复核重量", "ems", "weight A")
R("check weight {A}", "jd", "weight A", cats=(5,))
R("{A}\t{B}\t{C}\t核重", "cainiao", "weight A B C")

# track
R("{A}", "yto", "track A")
R("{A} 到哪了", "zto", "track A")
R("{A} 什么时候能到", "sf", "track A")
R("查件 {A}", "jt", "track A")
R("您好，麻烦帮忙查一下{A}的物流，买家问到哪了，谢谢", "sto", "track A")
R("{A}\n{B}", "yunda", "track A B")
R("{A} 现在在哪", "ems", "track A")
R("where is {A}", "jd", "track A", cats=(5,))
R("{A} 轨迹发一下", "deppon", "track A")
R("{A} 买家问啥时候到", "cainiao", "track A")
R("查 {A}", "yto", "track A")
R("{A} 到哪儿了呀 顾客问了三遍了", "zto", "track A")
R("chajian {A}", "sf", "track A", cats=(5,))
R("{A} 今天能到吗", "jt", "track A")
R("查件：{A:fw}", "ems", "track A")
R("{A:sp}", "ems", "track A", cats=(6,), draw="ems_s10")

# delay
R("{A} 三天没动了", "sto", "delay A")
R("{A} 好几天没更新了", "yunda", "delay A")
R("{A} 延误", "ems", "delay A")
R("您好，{A}停在转运中心四天了，麻烦登记一下延误，谢谢", "zto", "delay A")
R("{A} 怎么还没到 是不是延误了", "yto", "delay A")
R("{A} 物流一直不动", "jt", "delay A")
R("打延误 {A}", "sf", "delay A")
R("{A} 卡在义乌两天了", "jd", "delay A")
R("{A} 停滞", "cainiao", "delay A")
R("{A} 5天没更新 打个延误", "deppon", "delay A")

# claim
R("{A} 理赔", "yto", "claim A")
R("{A} 丢了 要赔钱", "zto", "claim A", cats=(8,))
R("您好，{A}破损了，买家要求赔偿，麻烦帮忙申请理赔，谢谢", "sf", "claim A", cats=(8,))
R("{A} 申请赔付 货值268", "jt", "claim A")
R("{A} compensation please 货碎了", "sto", "claim A", cats=(5, 8))
R("{A} 遗失理赔", "yunda", "claim A", cats=(8,))
R("{A} 找不到了 赔吧", "ems", "claim A", cats=(8,))

# complaint
R("{A} 投诉 快递员态度差", "yto", "complaint A")
R("{A} 客诉 买家说派送员骂人", "zto", "complaint A")
R("您好，{A}的派件员没打电话直接放门口，买家很不满意，麻烦帮忙投诉一下，谢谢", "sf", "complaint A")
R("{A} complain 快递员不送上楼", "jt", "complaint A", cats=(5,))
R("投诉 {A} 派件员态度恶劣", "sto", "complaint A")
R("{A} 快递员要加钱才送 必须投诉", "yunda", "complaint A")

# arbitration
R("{A} 申请仲裁", "jd", "arbitration A")
R("您好，{A}的理赔结果买家不认可，麻烦走仲裁，谢谢", "deppon", "arbitration A")
R("{A} 仲裁 赔付金额不对", "cainiao", "arbitration A")
R("{A} 走仲裁吧 网点一直拖着不处理", "zto", "arbitration A")

# mixed carriers in one group (only prefixed numbers)
R("{A} 拦截 {B} 拦截", None, "intercept A B", draw={"A": "sf", "B": "jt"})
R("{A} {B} 催一下 一个顺丰一个京东", None, "urge A B", draw={"A": "sf", "B": "jd"})
R("{A} 到哪了", None, "track A", draw="deppon")
R("撤单 {A}", None, "cancel A", draw="yto")
R("{A} 破损 {B} 破损 同一批玻璃杯", None, "damaged A B", draw={"A": "yto", "B": "jt"})


# ---------------------------------------------------------------------------------------------------------
# 2. Chit-chat, thanks, staff talking to each other, questions without a waybill.
# ---------------------------------------------------------------------------------------------------------

R("好的 谢谢", "yto")
R("收到👌", "zto")
R("辛苦了辛苦了", "jt")
R("您好，请问今天几点过来揽收？我们这边大概有300单", "sto")
R("明天双十一预售发货 大概800单 能多派一辆车吗", "yunda")
R("拦截要收费吗", "sf")
R("改地址一般多久能生效呀", "jd")
R("你们网点晚上几点下班", "ems")
R("@橙子 下午那批退货你签收了吗", "deppon")
R("@阿杰 表格导出来发我一下", "cainiao")
R("谢谢谢谢🙏", "yto")
R("好的 我跟买家说一下", "zto")
R("这个机器人挺快的哈哈", "jt")
R("周末有人来收件吗", "sto")
R("面单打印机又卡纸了 谁有空去看看", "yunda")
R("运费账单这个月什么时候出", "sf")
R("您好，退回来的件一般送到哪个仓？我们有两个发货地址", "jd")
R("拦截成功率高不高啊 最近好多失败的", "ems")
R("买家问能不能指定时间派送", "deppon")
R("国庆放假安排麻烦发一下 谢谢", "cainiao")
R("收到 已经跟顾客说了", "yto")
R("嗯嗯", "zto")
R("OK", "jt")
R("麻烦明天早点来收 今天货太多了 仓库堆不下", "sto")
R("拦截失败了一般怎么处理", "yunda")
R("催件一般多久有回复？", "sf")
R("理赔需要准备什么材料呀", "jd")
R("您好，想问一下撤单之后面单费会退吗？", "ems")
R("好的好的 那等结果", "deppon")
R("橙子你先别发 等我核对一下库存", "cainiao")
R("今天的件都出库了吗 @阿杰", "yto")
R("👍👍", "zto")
R("大促期间加急还能用吗", "jt")
R("感谢网点小哥 今天送得很快 买家还夸了", "sto")
R("新来的同事 @小林 以后她也在群里提需求", "yunda")
R("请问破损的件需要我们寄回去吗", "sf")
R("早上好☀️ 今天还是老时间来收吗", "jd")
R("地址改了之后运费要补吗", "ems")
R("明天停电 仓库不发货 跟快递员说一声别白跑", "deppon")
R("麻烦问下改派到外省能改吗", "cainiao")
R("哈哈 好的", "yto")
R("刚才那单已经处理好了是吧 好的谢谢", "zto")
R("下周开始我们换仓库了 新仓库在嘉兴 揽收地址要改一下 回头发给你们", "jt")
R("@快递小助手 你好", "sto")
R("拦截、改地址、催件都可以直接发群里是吧", "yunda")
R("@小林 {A} 拦截已提交，结果会第一时间通知您\n好的 谢谢", "zto", cats=(3,))
R("「@阿杰 {A} 已为您催促派送，请耐心等待」\n好的👌", "jd", cats=(3,))
R("回复 快递小助手：@橙子 {A} 撤单成功\n收到", "sto", cats=(3,))


# ---------------------------------------------------------------------------------------------------------
# 3. Corrections of the number or of the command, also of a colleague's request relayed in the same message.
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截 —— 更正，单号打错了，是{B}", "yto", "intercept B", cats=(2,))
R("撤单{A}\n哦不对 已经揽收了 那就拦截吧", "zto", "intercept A", cats=(2,))
R("{A} {B:cut} 拦\n第二个单号少打一位 {B}", "yto", "intercept A B", cats=(2,))
R("您好，{A}麻烦改地址到杭州市余杭区五常街道文一西路998号，谢谢。\n不好意思更正一下，是文一西路969号", "sf",
  "change_address A", cats=(2,))
R("{A} 改址取消，还是拦截吧", "jt", "intercept A", cats=(2,))
R("{A} 催件 不对不对 是要拦截 买家不要了", "sto", "intercept A", cats=(2,))
R("{A} 拦截\n搞错了 应该是{B}", "zto", "intercept B", cats=(2,))
R("{A} 查重量\n不对 是破损 重量没问题 箱子压扁了", "deppon", "damaged A", cats=(2,))
R("{A} {B} 都拦截\n更正 {B}不拦 是催件", "yto", "intercept A; urge B", cats=(2, 7))
R("{A}改地址 广州市海珠区新港中路397号\n搞错了 这单是要撤单 还没发出去呢", "cainiao", "cancel A", cats=(2,))
R("{A} 退回，不好意思打错了，是{B}，{A}正常派送", "jd", "intercept B", cats=(2,))
R("拦截 {A:x}\n单号多打了一位 是{A}", "jt", "intercept A", cats=(2,))
R("{A} 撤单 — 不对 是{B}撤单，{A}是要发的", "jt", "cancel B", cats=(2,))
R("顾客说{A}没收到，显示签收了 麻烦核实\n更正：是{B}，{A}已经收到了", "zto", "verify_delivery B", cats=(2,))
R("{A} 改地址到南京市鼓楼区中山北路30号\n不改了 直接退回", "sf", "intercept A", cats=(1, 2))
R("{A} {B} {C} 催件\n第三个打错了 是{D}", "yunda", "urge A B D", cats=(2, 7))
R("更正一下上一条：{A}不是拦截，是改地址，改到 西安市雁塔区小寨东路126号 百隆广场", "ems",
  "change_address A", cats=(2,))
R("{A}麻烦催一下，谢谢。\n不好意思发错了，是要理赔，件已经确认丢了", "deppon", "claim A", cats=(2, 8))
R("{A} 改 电话{PN} 地址 郑州市金水区农业路72号\n啊电话也错了 是{PN2}", "zto", "change_address A",
  cats=(2, 4))
R("撤单 {A} {B}\n更正 只撤{A}", "yto", "cancel A", cats=(1, 2))
R("{A}破损 {B}催件\n搞反了 {A}催件 {B}破损", "jt", "urge A; damaged B", cats=(2, 7))
R("{A}\t拦截\n{B}\t拦截\n上面第二行贴错了 应该是{C}", "yunda", "intercept A C", cats=(2, 7))
R("{A} 理赔 嗯…不对 先登记破损就行 理赔等买家照片发过来再说", "sf", "damaged A", cats=(2,))
R("您好，{A}麻烦撤单。抱歉，刚确认过已经揽收了，麻烦改为拦截退回，谢谢", "jd", "intercept A", cats=(2,))
R("帮阿杰发一下：{A} 拦截。阿杰说单号抄错了，应该是{B}", "yto", "intercept B", cats=(2,))
R("橙子让我催{A} 她看错了 是{B} 麻烦催{B}", "zto", "urge B", cats=(2,))
R("阿杰让我帮他发：\n{A}\t改址\t北京市丰台区 丽泽路 16号 平安幸福中心\n他说第一列单号错了 是{B}", "jd",
  "change_address B", cats=(2,))
R("{A} 改到 厦门市湖里区 枋湖北二路 1号\n不对 是 枋湖北二路 11号 小林写错了", "sf", "change_address A",
  cats=(2,))
R("{A} 加急\n{B} 加急\n第二个不对 应该是{C}", "cainiao", "urge A C", cats=(2, 7))
R("拦截 {A} 不对是{B:cut}\n又少一位 {B}", "yto", "intercept B", cats=(2,))


# ---------------------------------------------------------------------------------------------------------
# 4. Negation and withdrawal, scoped to one number of several; double negation; 不要 X 要 Y.
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=(1,))
R("{A} {B} {C} 催件，{B}不用催 已经签收了", "zto", "urge A C", cats=(1, 7))
R("不是不拦，是现在就拦 {A}", "jt", "intercept A", cats=(1,))
R("{A} 不要退回，改派到 上海市浦东新区张杨路500号 时代广场", "sf", "change_address A", cats=(1,))
R("{A} 别拦了 算了 还是拦吧 买家说了不要", "sto", "intercept A", cats=(1, 2))
R("{A} 拦截\n等等 {A}算了不拦了 买家又说要了", "yunda", cats=(1,))
R("{A} 不用拦了", "jd", nh=True, cats=(1,))
R("{A} {B} 除了{B}都拦截", "cainiao", "intercept A", cats=(1, 7))
R("{A} 不是要催件 是要查一下到哪了", "yto", "track A", cats=(1,))
R("{A}、{B}、{C} 三个都改派到 杭州市拱墅区莫干山路 北部软件园东门\n{C}不用改 那个买家自己去拿", "jt",
  "change_address A B", cats=(1, 7))
R("{A} 不要拦截！！买家又要了 正常派", "sto", nh=True, cats=(1,))
R("{A} {B} 催件 {A}不用了 刚看已经签收", "sf", "urge B", cats=(1,))
R("{A} 不要改地址了 直接退回", "ems", "intercept A", cats=(1,))
R("{A} 别撤单 要拦截 已经发出去了", "jd", "intercept A", cats=(1,))
R("{A} 不是破损 是少件 里面少了一瓶", "deppon", "lost A", cats=(1,))
R("{A}\n{B}\n{C}\n都催 除了最后一个", "yto", "urge A B", cats=(1, 7))
R("{A} 不用催了 改成核实签收 买家说显示签收了没拿到", "sf", "verify_delivery A", cats=(1, 2))
R("{A} 买家说先不退了 不用拦", "jt", nh=True, cats=(1,))
R("{A} 不是不催 是要加急催 今天必须送到", "yto", "urge A", cats=(1,))
R("{A} {B} 拦截 {B}算了 那个买家同意收货了", "yunda", "intercept A", cats=(1,))
R("{A} 拦截 {B} 先不拦 等买家回复", "jd", "intercept A", cats=(1, 7))
R("{A} 别退 改派到 宁波市海曙区 中山西路 天一广场 3号门", "cainiao", "change_address A", cats=(1,))
R("拦截 {A} {B} {C}\n{A}和{C}不拦了", "deppon", "intercept B", cats=(1, 7))


# ---------------------------------------------------------------------------------------------------------
# 5. Quotes and replies: colleagues' messages, buyers' words, the bot's own replies quoted back.
# ---------------------------------------------------------------------------------------------------------

R("回复 @橙子：{A} 拦\n这单不拦了 买家又要了", "yto", nh=True, cats=(1, 3))
R("回复 阿杰：{A} 催件\n这个也拦截一下 买家退款了", "zto", "intercept A", cats=(3,))
R("「@橙子 {A} 已签收，无法拦截」\n那麻烦核实一下签收 买家说没收到", "jt", "verify_delivery A", cats=(3,))
R("「@小林 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n撤单 {A}", "sto", "cancel A", cats=(3,))
R("「@阿杰 {A} 已为您催促派送，请耐心等待」\n催了两天了还没到 再催 顺便投诉派件员", "yunda", "urge A; complaint A",
  cats=(3, 8))
R("回复 快递小助手：@小林 {A} 改址已提交，结果会第一时间通知您\n您好，门牌号写错了，麻烦改成 18号楼2单元501，谢谢",
  "ems", "change_address A", cats=(2, 3))
R("「阿杰：{A} {B} 拦截」\n{B}不用拦了 刚问了买家 要收货", "jd", nh=True, cats=(1, 3))
R("引用 小林：您好，麻烦帮忙催一下{A}，谢谢\n----------\n还有{B}也一起催一下", "cainiao", "urge B", cats=(3,))
R("「@小林 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n买家说要赔钱 麻烦走理赔", "deppon",
  "claim A", cats=(3, 8))
R("「@小林 {A} 已为您登记延误工单，结果会第一时间通知您」\n现在还是没动 是不是丢了", "zto", "lost A", cats=(3,))
R("「@阿杰 您的消息已转人工客服处理，请稍候」\n等了半小时了 {A} 到底能不能拦", "jt", "intercept A", cats=(3,))
R("「买家：我的快递{A}怎么显示签收了 我没收到啊」\n麻烦核实下", "sf", "verify_delivery A", cats=(3,))
R("买家原话：“{A}三天了还不到 再不到我就投诉” 麻烦催一下", "sto", "urge A", cats=(3,))
R("「@小林 {A} 拦截已提交，结果会第一时间通知您」\n「@小林 {B} 拦截已提交，结果会第一时间通知您」\n第二个的结果什么时候出",
  "yto", nh=True, cats=(3,))
R("回复 阿杰：{A} 改地址 成都市高新区天府三街 {P}\n收件人也改一下 改成陈女士", "zto", "change_address A", nh=True,
  cats=(3, 4))
R("「阿杰：{A} 拦截\n{B} 拦截\n{C} 拦截」\n上面三个里 {B} 改成催件", "yto", "urge B", cats=(2, 3))
R("@橙子 {A} 拦截已提交，结果会第一时间通知您\n这个也顺便投诉一下 快递员把买家的件扔在楼下", "sf", "complaint A",
  cats=(3,))
R("橙子：{A} 拦截 {B} 催\n------------------------------\n{A}不用拦了 改成催件", "cainiao", "urge A", cats=(2, 3))
R("买家在旺旺发的：“快递单号{A} 帮我拦截一下 我不要了”\n麻烦拦截，谢谢", "yto", "intercept A", cats=(3,))
R("买家在飞鸽说：“{A}能不能改地址 我换工作了”\n还没给新地址 先跟你们说一声", "zto", "change_address A", nh=True,
  cats=(3,))
R("引用 橙子：{A} 改派 深圳市福田区 华强北路 1002号 赛格广场\n- - - - - - - - - - - - - - -\n这个改了吗", "jt",
  nh=True, cats=(3,))
R("回复 快递小助手：@阿杰 {A} 已签收，无法拦截\n好吧 知道了", "sto", cats=(3,))
R("「@橙子 请确认：{A} 拦截退回？回复“确认”即办理」\n拦 确定拦 买家已经退款了", "yunda", "intercept A", cats=(3,))


# ---------------------------------------------------------------------------------------------------------
# 6. Numbers that are not waybills: phones in every notation next to address changes, order numbers, amounts.
# ---------------------------------------------------------------------------------------------------------

R("{A} 改地址 浙江省宁波市鄞州区首南街道天童南路588号 李先生 {PN}", "yto", "change_address A", cats=(4,))
R("您好，{A}收件人电话写错了，麻烦改为 {PN}，谢谢", "zto", "change_address A", nh=True, cats=(4,))
R("{O}\t{A}\t中通快递\t张*\t{P}\t拦截", "zto", "intercept A", cats=(4,))
R("订单号{O} 物流单号{A} 买家申请退款 拦截", "sto", "intercept A", cats=(4,))
R("买家 {PN} 说{A}显示签收没收到 麻烦核实", "ems", "verify_delivery A", cats=(4,))
R("{A} 理赔 货值1299元 订单{O}", "jd", "claim A", cats=(4,))
R("拦截 {A} （订单{O}）", "cainiao", "intercept A", cats=(4,))
R("{A} 改到 深圳市龙岗区坂田街道 华为基地南门 收件人赵* {PN} 麻烦了", "sf", "change_address A", cats=(4,))
R("{A} 标的3.5kg 实际1.08kg 运费多收了12.5元 核一下重量", "deppon", "weight A", cats=(4,))
R("您好，订单{O}对应的运单{A}，买家反馈少了一件，麻烦登记，谢谢", "jt", "lost A", cats=(4,))
R("{O}丨{A}丨改址丨福建省厦门市思明区软件园二期望海路10号丨林**丨{P}", "zto", "change_address A", cats=(4,))
R("收件人手机 {PN} 改成 {PN2}，{A}", "yunda", "change_address A", nh=True, cats=(4,))
R("订单 {O} 拍了两件 分两个包裹 {A} {B} {B}还没到 查一下", "jd", "track B", cats=(4,))
R("{A} 改地址 收件人王先生 电话 {PN} 地址 吉林省长春市朝阳区 红旗街万达 3号门", "deppon", "change_address A",
  cats=(4,))
R("{A}\n收件人：周**\n电话：{PN}\n新地址：云南省昆明市五华区翠湖南路12号\n麻烦改址 谢谢", "yto",
  "change_address A", cats=(4,))
R("{PN} 这个是买家电话 {A} 改派到他公司 上海市静安区南京西路1266号 恒隆广场32楼", "jt", "change_address A",
  cats=(4,))
R("{A} 丢了 订单号 {O} 售价399 申请赔偿", "sto", "claim A", cats=(4, 8))
R("尾号3821 拦截 买家退款了", "yto", nh=True, cats=(4,))
R("{PN} 拦截 买家电话", "zto", nh=True, cats=(4,))
R("订单{O} 买家退款了 拦截一下 单号我找找", "sf", nh=True, cats=(4,))
R("{A} 要改地址 买家电话{PN} 新地址买家还没发过来", "ems", "change_address A", nh=True, cats=(4,))
R("{O}\t{A}\t{P}\t未揽收\t撤单", "cainiao", "cancel A", cats=(4,))
R("{A} 收件人 孙先生 {PN} 改成 {PN2} 地址改成 沈阳市和平区 南京北街 206号", "jd", "change_address A",
  cats=(4,))


# ---------------------------------------------------------------------------------------------------------
# 7. Numbers broken by the chat client: spaced, dashed, split over two lines.
# ---------------------------------------------------------------------------------------------------------

R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催件", "zto", "urge A", cats=(6,))
R("拦 {A:dash}", "jt", "intercept A", cats=(6,))
R("{A:nl} 催一下", "sf", "urge A", cats=(6,))
R("撤单 {A:nl}", "sto", "cancel A", cf=True, cats=(6,))
R("{A:sp} 到哪了", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:sp} 改派 杭州市上城区 解放路 银泰百货 后门", "cainiao", "change_address A", cats=(6,))
R("您好 {A:nl}\n麻烦改址到 南宁市青秀区民族大道136号，谢谢", "jd", "change_address A", cf=True, cats=(6,))
R("{A} {B:nl} 都拦截", "yunda", "intercept A B", cf=True, cats=(6, 7))
R("{A:sp} 丢件", "ems", "lost A", cats=(6,), draw="ems_s10")
R("拦截退回 {A:sp} 谢谢", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("改地址 {A:nl} 改到 长春市南关区 人民大街 5688号", "zto", "change_address A", cf=True, cats=(6,))
R("{A:nl} 作废", "jt", "cancel A", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n拦截", "yunda", "intercept A B", cats=(6,))


# ---------------------------------------------------------------------------------------------------------
# 8. Compound requests: compensation, damage with a complaint, urge with a delay record, complaints about what
#    the courier did (which do not ask for that thing), track beside another intent.
# ---------------------------------------------------------------------------------------------------------

R("{A} 破损 快递员还骂人 投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 碎了 买家要赔 另外投诉快递员乱扔件", "jt", "claim A; complaint A", cats=(8,))
R("{A} 催一下 顺便登记个延误 都一周了", "sf", "urge A; delay A", cats=(8,))
R("{A} 快递员没打电话就给退回了 投诉", "sto", "complaint A", cats=(8,))
R("{A} 派件员私自改派到驿站 买家要投诉", "yunda", "complaint A", cats=(8,))
R("{A} 延误了 客户要投诉", "ems", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户已经投诉了", "jd", "urge A; complaint A", cats=(8,))
R("{A} 拦截并投诉 快递员把货拆了", "deppon", "intercept A; complaint A", cats=(8,))
R("{A} 显示签收没收到 快递员还不接电话 核实+投诉", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 重量多算了一倍 核重 顺便投诉一下揽收员", "yto", "weight A; complaint A", cats=(8,))
R("{A} 快递员催买家签收 还说不签就退回 投诉他", "jt", "complaint A", cats=(8,))
R("{A} 件丢了 要理赔 另外这个网点服务太差 投诉", "sf", "claim A; complaint A", cats=(8,))
R("{A} 一周没动了 应该是丢了 直接理赔吧", "ems", "claim A", cats=(8,))
R("{A} 拦截 已经说了三次了还在派 投诉", "jd", "intercept A; complaint A", cats=(8,))
R("{A} 显示签收 买家说没收到 应该是丢了 申请赔偿", "cainiao", "claim A", cats=(8,))
R("{A} 快递员放门口被偷了 投诉 还要赔", "zto", "claim A; complaint A", cats=(8,))
R("{A} 仲裁 理赔只给了50 货值300", "jt", "arbitration A", cats=(8,))
R("{A} 破损了 快递员说不是他弄的 态度特别差 麻烦投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 查下重量 再看看到哪了", "deppon", "weight A", cats=(8,))
R("{A} 到哪了 催一下", "sf", "urge A", cats=(8,))
R("{A} 拦截 顺便看看现在在哪", "jt", "intercept A", cats=(8,))
R("您好，{A}买家收到时商品破损，同时反馈派件员态度很差，麻烦登记破损并投诉，谢谢", "zto",
  "damaged A; complaint A", cats=(8,))
R("{A} 快递员把地址改到驿站了也不说一声 买家很生气 客诉", "cainiao", "complaint A", cats=(8,))
R("{A} 五天没更新 催一下 再登记延误 买家要退款了", "yto", "urge A; delay A", cats=(8,))
R("{A} 到哪了 多少斤", "jt", "weight A", cats=(8,))
R("{A} 漏液 + 延误 五天才到 买家说要投诉 麻烦都登记", "sto",
  "damaged A; delay A; complaint A", cats=(8,))


# ---------------------------------------------------------------------------------------------------------
# 9. Several parcels, different commands: positional references, pasted ERP rows, 同上, 其余, 除了.
# ---------------------------------------------------------------------------------------------------------

R("{A} {B} 前者拦截 后者催件", "yto", "intercept A; urge B", cats=(7,))
R("{A}\n{B}\n{C}\n这三单 第一单拦截 后两单催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} {B} {C} {D} 前两个拦截 其余催", "jt", "intercept A B; urge C D", cats=(7,))
R("{A} {B} {C} 除了{B} 都改派到 苏州市姑苏区观前街1号", "sf", "change_address A C", cats=(1, 7))
R("运单号\t操作\n{A}\t拦截\n{B}\t催件\n{C}\t改址 南京市江宁区双龙大道1222号", "sto",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A} 拦\n{B} 催\n{C} 查", "yunda", "intercept A; urge B; track C", cats=(7,))
R("您好，以下麻烦处理一下：\n1. {A} 拦截退回\n2. {B} 催派\n3. {C} 核实签收（买家说没收到）\n谢谢！", "ems",
  "intercept A; urge B; verify_delivery C", cats=(7,))
R("{A} {B} 都催 第二个顺便投诉一下 快递员态度差", "jd", "urge A B; complaint B", cats=(7, 8))
R("{A} 和 {B} 一个破损一个丢了 破的是第一个", "cainiao", "damaged A; lost B", cats=(7,))
R("{A} {B} 这两个 一个拦截一个催件", "yto", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n以上都拦截 买家整单退款", "zto", "intercept A B C", cats=(7,))
R("{A} {B} 后面那个改地址 北京市海淀区中关村大街27号 前面那个不动", "sf", "change_address B", cats=(7,))
R("顺丰 {A} 催一下，极兔 {B} 查重量，京东 {C} 到哪了", None, "urge A; weight B; track C", cats=(7,),
  draw={"A": "sf", "B": "jt", "C": "jd"})
R("{A}\t{O}\t已发货\t拦截\n{B}\t{O2}\t已发货\t拦截", "yto", "intercept A B", cats=(4, 7))
R("{O}丨{A}丨催件丨买家急用\n{O2}丨{B}丨查件丨", "zto", "urge A; track B", cats=(4, 7))
R("{A} {B} {C} {D} {E}\n这五个都催一下 第三个除外 那个已经签收了", "jt", "urge A B D E", cats=(1, 7))
R("{A} 拦截 {B} 改址 新地址 合肥市蜀山区长江西路189号 {C} 撤单", "ems",
  "intercept A; change_address B; cancel C", cats=(7,))
R("{A} {B}\n上面两个拦截\n{C}催", "jd", "intercept A B; urge C", cats=(7,))
R("{A} 碎了 {B} 也碎了 都要赔", "deppon", "claim A B", cats=(7, 8))
R("{A} {B} {C} 三单 前两单是同一个买家 改地址到 太原市小店区亲贤北街99号 最后一单拦截", "cainiao",
  "change_address A B; intercept C", cats=(7,))
R("{A} 查件\n{B} 查件\n{C} 拦截\n{D} 查件", "sf", "track A B D; intercept C", cats=(7,))
R("今天这几单麻烦处理：\n{A} 催\n{B} 催\n{C} 理赔（丢件）\n{D} 投诉 快递员态度差", "yunda",
  "urge A B; claim C; complaint D", cats=(7, 8))
R("{A} {B} {C} 全部拦截 哦 除了中间那个", "zto", "intercept A C", cats=(1, 2, 7))
R("{A} 催件\n{B} 同上\n{C} 拦截\n{D} 同上", "sf", "urge A B; intercept C D", cats=(7,))
R("物流公司\t运单号\t处理\n顺丰\t{A}\t拦截\n圆通\t{B}\t催件\n极兔\t{C}\t拦截", None, "intercept A C; urge B",
  cats=(7,), draw={"A": "sf", "B": "yto", "C": "jt"})
R("{A}\n{B}\n{C}\n{D}\n第一单和最后一单催件 中间两单核实签收", "yto", "urge A D; verify_delivery B C", cats=(7,))
R("拦截：{A} {B}\n催件：{C}\n改址：{D} 改到 佛山市顺德区大良街道 新桂中路 美的大厦", "jd",
  "intercept A B; urge C; change_address D", cats=(7,))
R("{A} {B} {C} 都是一个买家的 前面两个拦 最后一个已经签收就算了", "zto", "intercept A B", cats=(7,))
R("{A} 上午那个催一下\n{B} 这个查一下重量\n{C} 还是这个 拦截", "jt", "urge A; weight B; intercept C", cats=(7,))
R("线上单号\t快递单号\t售后类型\n{O}\t{A}\t仅退款-拦截\n{O2}\t{B}\t补寄-催件", "sto",
  "intercept A; urge B", cats=(4, 7))
R("{A}\n{B}\n两单都是同一个地址 上面的拦截 下面的改地址到 济南市历下区 泉城路 180号", "sf",
  "intercept A; change_address B", cats=(7,))


# ---------------------------------------------------------------------------------------------------------
# 10. Hedged and conditional requests, questions about an action, requests a person must read.
# ---------------------------------------------------------------------------------------------------------

R("{A} 要不拦截吧 买家好像不想要了", "yto", "intercept A", cf=True)
R("{A} 可能要退回 我再问问买家", "zto", "intercept A", cf=True)
R("{A} 好像得改个地址 买家说搬了 新地址 南昌市红谷滩区丰和中大道1288号", "jt", "change_address A", cf=True)
R("{A} 先拦着吧？我再问问客户", "sf", "intercept A", cf=True)
R("看看能不能撤单 {A}", "sto", "cancel A", cf=True)
R("{A} 如果还没签收就拦截", "yunda", "intercept A")
R("{A} 能拦截吗", "ems", "intercept A")
R("{A} 还能改地址吗 买家想改到公司 宁波市江北区洪塘街道裘市路6号", "jd", "change_address A")
R("{A} 买家在犹豫要不要退 先别派 拦一下？", "deppon", "intercept A", cf=True)
R("{A} 如果还没派送就改地址到 长沙市开福区湘江中路 万达广场C1栋", "yto", "change_address A")
R("{A} 昨天让改的地址改好了吗", "jt", nh=True)
R("{A} 拦截成功了没", "sf", nh=True)
R("{A} 改址 地址还在问买家", "jt", "change_address A", nh=True)
R("改{A}地址", "sf", "change_address A", nh=True)
R("拦截一下", "yto", nh=True)
R("YT12345678 拦", "yto", nh=True)
R("{A} 买家说要开发票", "yunda", nh=True)
R("{A} 帮忙看下到哪了 另外这单要开个电子发票", "jd", "track A", nh=True)
R("{A} 收件人改为 郑女士", "deppon", "change_address A", nh=True)
R("您好，{A}可能需要拦截，买家还在考虑，麻烦先帮忙看看还能不能拦", "cainiao", "intercept A", cf=True)
R("{A} 拦截吧…吧？买家说不想要了但又说考虑一下", "zto", "intercept A", cf=True)
R("{A} 拦截 不对 还是别拦了 哎 还是拦吧 我也不知道 买家一会一个说法", "jt", "intercept A", cf=True, cats=(1, 2))
R("{A} 没签收的话帮忙退回 签收了就算了", "sf", "intercept A")
R("{A} 单号拦截要多久能退回仓库", "yunda", nh=True)
R("这个怎么拦截 单号发哪里", "ems")
R("改地址需要提供什么信息", "jd")
R("{A} 改一下收件人电话", "cainiao", "change_address A", nh=True)
R("{A} 拦截 另外帮我把这单的运费发票开一下", "yto", "intercept A", nh=True)
R("拦 3211 这个", "yunda", nh=True, cats=(4,))
R("{A:cut} 拦截", "yto", nh=True)
R("{A} 可以拦截退回吗？买家刚申请了退款", "sto", "intercept A")


# ---------------------------------------------------------------------------------------------------------
# 11. More everyday traffic in the three voices.
# ---------------------------------------------------------------------------------------------------------

R("您好，麻烦帮忙查询一下{A}目前的物流状态，谢谢", "yunda", "track A")
R("{A} 咋还在杭州 催下", "zto", "urge A")
R("{A}\t{B}\t{C}\t{D}\t拦截", "jt", "intercept A B C D")
R("{A} 派了吗", "sto", "track A")
R("{A} 买家说东西摔坏了 盒子凹进去一大块", "cainiao", "damaged A")
R("撤 {A} {B}", "yto", "cancel A B")
R("{A} 顾客说今天必须到 帮忙盯一下 加急", "ems", "urge A")
R("您好，{A}买家反馈签收人不是她，家里也没人收到，麻烦核实，谢谢", "sf", "verify_delivery A")
R("{A} 改 上海市徐汇区漕溪北路 88号 圣爱大厦 买家公司", "sto", "change_address A")
R("{A} 在中转站卡了3天 延误登记", "yunda", "delay A")
R("{A} 这个重量不对吧 就一双袜子", "jd", "weight A")
R("麻烦拦截{A}，买家地址写成老家了，人不在那边，谢谢", "deppon", "intercept A")
R("{A} 拦截截截 快快快", "zto", "intercept A", cats=(5,))
R("{A} 查一下 买家说两天没更新", "yto", "track A")
R("帮忙催下{A}跟{B} 都是急单", "sf", "urge A B")
R("{A} 里面的蛋糕压扁了 买家要疯了", "jt", "damaged A")
R("{A} 撤单 买家说地址写错了 重新下单了", "sto", "cancel A")
R("{A} 您好 这个件一直显示派送中 但是两天了 麻烦登记个延误", "jd", "delay A")
R("{A} 买家说去驿站找了好几次 驿站说没有 系统显示已签收", "ems", "verify_delivery A")
R("{A} 给你们网点打了三次电话都没人接 直接投诉吧", "cainiao", "complaint A")
R("{A} 麻烦称重核实一下 后台扣了18块", "yunda", "weight A")
R("{A} 四天没动静了 一直在金华转运中心", "zto", "delay A")
R("拦截{A} 拦截{B}", "sf", "intercept A B")
R("好的 {A} 再麻烦催一下 谢谢", "deppon", "urge A")


# ---------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    W.main()
