"""Writer o: the night shift of a busy outlet during the Double-11 surge — staff typing into the outlet's WeCom
merchant groups on behalf of about 30 merchants, and the merchants themselves typing on their phones. A realistic
traffic mix: mostly plain one-number requests written many ways, some chit-chat, and a share of harder messages
(withdrawals, corrections, quotes, phones, broken numbers, several parcels, compound and hedged requests).

Every message text below is written by hand; only waybill numbers, phone numbers and platform order numbers are
filled in (from ../waybill_numbers.py, seeded). Run from the repository root:

    python tests/data/writers/o_source.py

which writes tests/data/writers/o.jsonl (reproducible).

Template placeholders:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case, {A:fw} full-width characters
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
"""

from __future__ import annotations

from harness import Writer  # tests/data/writers/harness.py: placeholders, build, main

W = Writer("o", seed=20241111)
R = W.R


# ---------------------------------------------------------------------------------------------------------
# Plain requests: one number (sometimes a few), one command, written the many ways the night traffic writes them.
# ---------------------------------------------------------------------------------------------------------

# intercept
R("{A} 拦截", "yto", "intercept A")
R("麻烦拦截一下 {A} 客户不要了", "zto", "intercept A")
R("【小美服饰】{A} 退回，谢谢", "sto", "intercept A")
R("{A}拦回来 买家退款了🙏", "jt", "intercept A")
R("截件 {A}", "yunda", "intercept A")
R("{A} 别派了 直接退回来", "sf", "intercept A")
R("帮忙把 {A} 拦下来，收件地址填错了", "jd", "intercept A")
R("{A} 客户拒收了 退件吧", "ems", "intercept A")
R("这个件拦一下 {A} 买家拍错颜色了", "deppon", "intercept A")
R("{A} 拦截退回 辛苦啦 今晚单子是真多", "cainiao", "intercept A")
R("拦截：{A}", "zto", "intercept A")
R("{A}，拦截，急！！", "yto", "intercept A")
R("@值班客服 {A} 买家仅退款了 件帮我拦一下", "jt", "intercept A")
R("能拦截吗 {A}", "sto", "intercept A")
R("{A} 这个帮我截一下吧 客户说不想要了", "yunda", "intercept A")
R("{A} {B} 都拦截", "yto", "intercept A B")
R("下面三单都退回\n{A}\n{B}\n{C}", "zto", "intercept A B C")
R("{A} 要是还没签收 就帮我拦回来", "sf", "intercept A")
R("{A} 要退回 收件人出国了没人收", "jd", "intercept A")
R("{A} 赶紧拦 别让他派出去了 😭", "cainiao", "intercept A")
R("麻烦 {A} 拦截退回发件人", "ems", "intercept A")
R("{A} 退回给我们 买家留的地址是假的", "deppon", "intercept A")
R("{A} 拦截 谢谢亲", "jt", "intercept A")
R("申请拦截 {A} 原因：重复发货", "sto", "intercept A")
R("亲 {A} 能帮忙拦一下不", "yto", "intercept A")
R("{A} 退件 退件 退件", "zto", "intercept A")
R("截住 {A} 里面东西装错了", "sf", "intercept A")
R("{A} 帮忙拦截退回，来回运费我们承担", "deppon", "intercept A")
R("{A} 客户说在别家买到了 退回吧", "ems", "intercept A")
R("{A} 拦下 [抱拳]", "jd", "intercept A")
R("{A} 退回 收件人电话一直打不通", "yto", "intercept A")
R("晚上好～{A} 麻烦拦一下，明早我再来看结果", "cainiao", "intercept A")
R("直播间下错单的 {A} 退回处理", "jt", "intercept A")
R("{A} 退回退回 买家说不要了 别送了", "yunda", "intercept A")
R("今晚最后一单 {A} 拦截 拦完我就下班了😮‍💨", None, "intercept A", draw="jt")
R("{A} 拦截，客户收货地址是学校，放假了没人收", None, "intercept A", draw="sf")

# cancel
R("{A} 撤单", "zto", "cancel A")
R("{A} 还没揽收 帮我撤了吧", "yto", "cancel A")
R("取消寄件 {A}", "sf", "cancel A")
R("{A} 这单作废", "jt", "cancel A")
R("{A} 不寄了 快递员还没来取", "yunda", "cancel A")
R("麻烦取消一下订单 {A} 客户刚申请退款", "sto", "cancel A")
R("{A} 撤单撤单 下错了", "cainiao", "cancel A")
R("{A} 面单打错了 作废重打", "zto", "cancel A")
R("单号 {A} 撤销一下 还没发出去", "ems", "cancel A")
R("{A} 快递员要是还没取走就撤单", "jd", "cancel A")
R("这两个还没揽 直接作废\n{A}\n{B}", "yto", "cancel A B")
R("帮忙撤个单 {A} 谢谢哈😊", "jt", "cancel A")
R("{A} 能撤单吗 快递员还没上门", "sf", "cancel A")
R("{A} 客户地址没填全 先撤单 回头重新下", "yunda", "cancel A")
R("撤单 {A} {B} {C}", "jd", "cancel A B C")
R("{A}这个单子取消掉 货还在我们仓库没给快递员", "deppon", "cancel A")
R("取消订单：{A}", "sto", "cancel A")
R("{A} 用错了月结账号 先作废吧", "yto", "cancel A")
R("{A} 没发 撤", "zto", "cancel A")
R("店铺后台打印多了一张 {A} 取消一下", None, "cancel A", draw="yto")

# change_address
R("{A} 改地址：浙江省杭州市西湖区文三路259号 陈女士 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 地址改为 广东省深圳市南山区高新南七道18号 王先生 {P}", "yto", "change_address A", cats=(4,))
R("改址 {A}\n新地址：江苏省苏州市工业园区星湖街328号\n收件人：刘洋\n电话：{PN}", "sto", "change_address A",
  cats=(4,))
R("{A} 转寄到 上海市浦东新区张江路188弄3号502 赵敏 {PN}", "jt", "change_address A", cats=(4,))
R("{A} 麻烦改派 北京市海淀区中关村大街27号 李华 {PN}", "sf", "change_address A", cats=(4,))
R("{A} 客户搬家了 地址改成 成都市武侯区天府大道北段1700号 周先生 {PN}", "yunda", "change_address A",
  cats=(4,))
R("{A} 改个地址 重庆市渝中区民族路101号 电话不变", "ems", "change_address A")
R("{A} 收件地址改一下 湖北省武汉市洪山区珞喻路1037号 收件人不变", "jd", "change_address A")
R("{A} 地址写错了，改到 山东省青岛市市南区香港中路61号 孙女士 {PN}", "deppon", "change_address A",
  cats=(4,))
R("{A} 更改收件地址为：河南省郑州市金水区花园路39号 马先生", "cainiao", "change_address A")
R("{A} 麻烦修改地址 福建省厦门市思明区湖滨南路90号 林小姐 {PN} 谢谢", "ems", "change_address A", cats=(4,))
R("{A} 改址到天津市南开区卫津路92号 客户本人收 手机{PN}", "yunda", "change_address A", cats=(4,))
R("{A} 送到 浙江省宁波市鄞州区天童南路588号 别送老地址了 电话 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 改派到公司：广州市天河区华夏路10号 前台陈小姐 {PN}", "sf", "change_address A", cats=(4,))
R("{A} 换个地址 西安市雁塔区小寨东路126号 吴 {PN}", "jd", "change_address A", cats=(4,))
R("能不能帮我改个地址 {A} 改成 南京市鼓楼区中山路18号 何先生 {PN}", "cainiao", "change_address A",
  cats=(4,))
R("{A} 改地址 收件人 郑丽 电话 {PN} 地址 长沙市岳麓区麓山南路932号", "deppon", "change_address A", cats=(4,))
R("{A} 改到 合肥市蜀山区长江西路130号，手机号也换成 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 客户说送到他单位去 沈阳市和平区南京北街206号 3楼 电话没变", "sto", "change_address A")
R("修改收件信息 {A}\n姓名：黄婷\n手机：{PN}\n地址：广西南宁市青秀区民族大道136号", "jt", "change_address A",
  cats=(4,))
R("{A} 地址改一下哈 昆明市五华区东风西路11号 收件人手机 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 转寄 哈尔滨市南岗区西大直街92号 刘先生 {PN}", "ems", "change_address A", cats=(4,))
R("{A} 改地址", "zto", "change_address A", nh=True)
R("{A} 帮忙改下地址 客户说要换地方收", "yto", "change_address A", nh=True)
R("{A} 电话改为 {PN}", "sto", "change_address A", nh=True, cats=(4,))
R("{A} 收件人改为 张晓东", "jt", "change_address A", nh=True)
R("{A} 要改派 新地址我一会发你", "yunda", "change_address A", nh=True)
R("{A} 客户换手机号了 新号 {PN} 麻烦改一下", "cainiao", "change_address A", nh=True, cats=(4,))
R("{A} 改地址到 杭州市余杭区五常大道181号 李先生", None, "change_address A", draw="sf")

# urge
R("{A} 催一下", "zto", "urge A")
R("{A} 催件 客户急用", "yto", "urge A")
R("{A} 两天了物流一动不动 催一下", "sto", "urge A")
R("{A} 怎么还不到啊 帮我催催", "jt", "urge A")
R("麻烦加急 {A}", "sf", "urge A")
R("{A} 尽快派送 谢谢", "jd", "urge A")
R("{A} 客户一直在问 帮忙催下派件", "yunda", "urge A")
R("{A} 快点送吧 买家明天就要用", "ems", "urge A")
R("{A} 催一催🙏🙏", "deppon", "urge A")
R("催派 {A}", "cainiao", "urge A")
R("{A} {B} 都催一下", "yto", "urge A B")
R("{A} 到站好几天了 还没派 催下快递员", "zto", "urge A")
R("{A} 今天能派吗 客户等着呢 催一下", "sto", "urge A")
R("{A} 帮忙催催 在驿站旁边的网点放两天了", "jt", "urge A")
R("{A} 客户要今天收到 能加急吗", "sf", "urge A")
R("{A} 催件！！！第三次了", "yunda", "urge A")
R("{A} 派件员能不能今天给送一下 客户在家等了一天", "cainiao", "urge A")
R("{A} 帮我催一下派送", "ems", "urge A")
R("{A} 尽快送达 买家是老客户了", "deppon", "urge A")
R("以下催件\n{A}\n{B}\n{C}\n{D}", "zto", "urge A B C D")
R("{A} 麻烦快一点 生鲜的 放久了要坏", "yto", "urge A")
R("{A} 加急加急 客户说再不到就退款", "sto", "urge A")
R("{A} 能不能催一下", "jt", "urge A")
R("{A} 今天务必派送 谢谢师傅", "yunda", "urge A")
R("{A} 催 😤", "sf", "urge A")
R("{A} 同城件走了四天 催下吧", "ems", "urge A")
R("{A} 客户后天生日 礼物 麻烦尽快派", "jd", "urge A")
R("{A} 催下件 买家天天在旺旺上骂我", "deppon", "urge A")
R("{A}\n{B}\n这俩加急一下", "yunda", "urge A B")
R("{A} 客户说打快递员电话没人接 催一下派件", None, "urge A", draw="jt")

# verify_delivery
R("{A} 系统显示签收了 客户说压根没收到", "zto", "verify_delivery A")
R("{A} 核实一下签收 买家说根本没拿到", "yto", "verify_delivery A")
R("{A} 这是虚假签收吧 客户那天人都不在家", "sto", "verify_delivery A")
R("{A} 别人签收了 不是本人", "jt", "verify_delivery A")
R("{A} 签收人不是我们客户 帮忙核实", "yunda", "verify_delivery A")
R("{A} 妥投了但是客户没收到货", "ems", "verify_delivery A")
R("{A} 物流显示已签收 买家家门口和物业都问了 没有", "cainiao", "verify_delivery A")
R("{A} 显示驿站签收 客户去驿站没找到", "jd", "verify_delivery A")
R("{A} 签收未收到 麻烦查下谁签的", "deppon", "verify_delivery A")
R("{A} 核实签收", "zto", "verify_delivery A")
R("{A} 快递员自己点的签收吧 客户一直在家没人敲门", "yto", "verify_delivery A")
R("{A} 显示本人签收 本人说没见过这个件", "sto", "verify_delivery A")
R("{A} 已签收？？客户说没有啊 帮忙核实一下", "jt", "verify_delivery A")
R("{A} 放快递柜了显示签收 客户没收到取件码", "yunda", "verify_delivery A")

# damaged
R("{A} 破损", "zto", "damaged A")
R("{A} 到货外箱压坏了 里面杯子碎了两个", "yto", "damaged A")
R("{A} 漏液了 洗发水洒了一箱", "sto", "damaged A")
R("{A} 东西烂了 草莓全压成酱了", "jt", "damaged A")
R("{A} 客户收到屏幕碎了", "jd", "damaged A")
R("{A} 外包装破了 里面的东西也坏了 登记一下破损", "yunda", "damaged A")
R("{A} 瓷盘碎了 客户拍了照片", "deppon", "damaged A")
R("{A} 箱子被压瘪了 鞋盒也变形了", "cainiao", "damaged A")
R("{A} 损坏 纸箱全湿了 里面的书泡了", "ems", "damaged A")
R("{A} 鸡蛋碎了一半", "sf", "damaged A")
R("{A} 玻璃瓶碎了 酒全漏了", "zto", "damaged A")
R("{A} 外箱破了个大洞", "yto", "damaged A")

# lost
R("{A} 丢件了", "zto", "lost A")
R("{A} 网点仓库都翻遍了 件就是没了", "yto", "lost A")
R("{A} 遗失 登记一下", "sto", "lost A")
R("{A} 十来天没动静了 是不是丢了啊", "jt", "lost A")
R("{A} 少件 发了三箱只到了两箱", "yunda", "lost A")
R("{A} 网点说找不到了 应该是丢了", "sf", "lost A")
R("{A} 中转站说件不见了", "jd", "lost A")
R("{A} 丢失", "ems", "lost A")
R("{A} 里面少了一件外套 箱子是好的", "cainiao", "lost A")
R("{A} 这件估计是丢了 一直没有任何更新", "deppon", "lost A")
R("{A} 件在分拨中心搞丢了 你们登记一下", "yto", "lost A")

# weight
R("{A} 查重量", "zto", "weight A")
R("{A} 重量不对 我们称的1.2kg 系统扣了3kg的钱", "yto", "weight A", cats=(4,))
R("{A} 核重 超重了吧 才一件T恤", "sto", "weight A")
R("{A} 帮忙称一下 运费扣多了", "jt", "weight A")
R("{A} 超重？不可能这么重", "yunda", "weight A")
R("{A} 计费重量怎么是5公斤 核一下", "deppon", "weight A", cats=(4,))
R("{A} 这个重量有问题 麻烦复核", "jd", "weight A")
R("核重 {A} {B}", "cainiao", "weight A B")
R("{A} 称重称错了吧 一个手机壳按两公斤收", "ems", "weight A")
R("{A} 查下重量 账单上偏高", "sf", "weight A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("{A} 什么时候到", "sto", "track A")
R("查件 {A}", "jt", "track A")
R("{A} 查一下物流", "sf", "track A")
R("{A} 现在在哪个位置", "jd", "track A")
R("{A} 今天能到吗", "yunda", "track A")
R("{A} ？", "cainiao", "track A")
R("帮看下 {A} 到哪儿了", "deppon", "track A")
R("{A} {B} 查下这俩到哪了", "ems", "track A B")
R("{A} 看看轨迹", "yto", "track A")
R("{A} 大概几号能送到", "zto", "track A")
R("这个件现在到哪里了呀 {A}", "jt", "track A")
R("{A}\n{B}\n{C}", "yunda", "track A B C")
R("{A} 物流信息帮我看下", "sf", "track A")
R("{A} 请问现在什么状态", "jd", "track A")
R("{A} 查下", "cainiao", "track A")
R("{A} 发出去没有", "ems", "track A")
R("{A} 这个到哪了啊 买家问三遍了", None, "track A", draw="deppon")
R("{A} 在哪", None, "track A", draw="jd")

# delay
R("{A} 已经三天没动静了", "zto", "delay A")
R("{A} 好几天没更新了", "yto", "delay A")
R("{A} 卡在中转站不动了", "sto", "delay A")
R("{A} 延误了 登记一下", "jt", "delay A")
R("{A} 这都第几天了还没到 算延误了吧", "yunda", "delay A")
R("{A} 打延误", "ems", "delay A")
R("{A} 物流停在义乌四天了", "cainiao", "delay A")
R("{A} 说好次日达 现在第三天了", "sf", "delay A")
R("{A} 停滞 一直显示运输中", "jd", "delay A")
R("{A} 五天了还在始发地", "deppon", "delay A")
R("{A} 从上周五到现在一条轨迹都没有新的", "yto", "delay A")

# claim
R("{A} 申请理赔", "zto", "claim A")
R("{A} 丢了 要赔钱 货值299", "yto", "claim A", cats=(4, 8))
R("{A} 碎了 客户要求赔偿", "sto", "claim A", cats=(8,))
R("{A} 赔付一下吧 这单损失三百多", "jt", "claim A")
R("{A} 理赔 照片已经发群里了", "sf", "claim A")
R("{A} 破了 我们要走理赔", "yunda", "claim A", cats=(8,))
R("{A} 货值¥560 遗失 申请赔偿", "ems", "claim A", cats=(4, 8))
R("{A} 按保价赔 东西全坏了", "jd", "claim A", cats=(8,))
R("{A} 赔偿", "cainiao", "claim A")
R("{A} 件找不到了 麻烦按货值赔给我们", "deppon", "claim A", cats=(8,))

# complaint
R("{A} 投诉快递员 态度差", "zto", "complaint A")
R("{A} 快递员没打电话直接放门口 投诉", "yto", "complaint A")
R("{A} 客诉 派件员骂客户", "sto", "complaint A")
R("{A} 这个快递员态度太差了", "jt", "complaint A")
R("{A} 我要投诉 派件的不送上楼还让客户下来搬", "yunda", "complaint A")
R("{A} 投诉 快递员私自放驿站 没经过客户同意", "sf", "complaint A")
R("{A} 帮客户登记个投诉 派送员说话很冲", "ems", "complaint A")
R("{A} 客户要投诉你们的派件员 电话里吵起来了", "cainiao", "complaint A")
R("{A} 投诉", "jd", "complaint A")

# arbitration
R("{A} 申请仲裁", "zto", "arbitration A")
R("{A} 理赔一直谈不拢 要仲裁", "yto", "arbitration A")
R("{A} 这单我们不认 走仲裁", "sto", "arbitration A")
R("{A} 仲裁一下 网点判的不合理", "jt", "arbitration A")
R("{A} 麻烦提交仲裁", "deppon", "arbitration A")

# ---------------------------------------------------------------------------------------------------------
# Commands written other ways: pinyin, English, typos of the input method, traditional characters, voice input.
# ---------------------------------------------------------------------------------------------------------
R("{A} lanjie", "yto", "intercept A", cats=(5,))
R("chedan {A}", "zto", "cancel A", cats=(5,))
R("{A} cuijian", "sto", "urge A", cats=(5,))
R("{A} gaizhi 贵阳市云岩区中华北路216号 {PN}", "jt", "change_address A", cats=(4, 5))
R("{A} intercept pls", "sf", "intercept A", cats=(5,))
R("please cancel the order {A}, not shipped yet", "jd", "cancel A", cats=(5,))
R("{A} hurry pls, customer waiting", "deppon", "urge A", cats=(5,))
R("{A} return to sender", "yto", "intercept A", cats=(5,))
R("where is {A}", "sf", "track A", cats=(5,))
R("{A} lost!! need compensation", "jt", "claim A", cats=(5, 8))
R("{A} 帮我 complain 一下这个快递员", "zto", "complaint A", cats=(5,))
R("{A} 栏截", "sto", "intercept A", cats=(5,))
R("{A} 崔件 崔件", "yunda", "urge A", cats=(5,))
R("{A} 拦劫一下 谢谢", "cainiao", "intercept A", cats=(5,))
R("{A} 發錯貨了 麻煩攔截", "jt", "intercept A", cats=(5,))
R("{A} 撤單", "deppon", "cancel A", cats=(5,))
R("{A} 遺失了 請登記", "ems", "lost A", cats=(5,))
R("{A} 破損 箱子都爛了", "jd", "damaged A", cats=(5,))
R("嗯那个单号是{A}这个件客户说不要了你帮我退回去吧谢谢", "zto", "intercept A", cats=(5,))
R("帮我查一下单号{A}的快递现在到哪了然后跟我说一下", "yto", "track A", cats=(5,))
R("喂你好那个{A}这个麻烦催一下派送客户那边很着急", "sto", "urge A", cats=(5,))
R("{A} change address to 深圳市福田区福华三路88号 Ms Li {PN}", "sf", "change_address A", cats=(4, 5))
R("{A} pls check the weight, charged too much", "jd", "weight A", cats=(5,))
R("{A} 件 damaged 了 客户很生气", "yto", "damaged A", cats=(5,))
R("{A} urgent!!!", "jt", "urge A", cats=(5,))
R("{A} 麻烦 lan 一下", "yunda", "intercept A", cats=(5,))
R("{A} cancel", None, "cancel A", cats=(5,), draw="yto")
R("{A} 拦兰拦 手滑了 就是拦截", "zto", "intercept A", cats=(5,))
R("{A} 显示签收 but 客户没收到", "cainiao", "verify_delivery A", cats=(5,))
R("{A} 延误 delay 好几天了", "ems", "delay A", cats=(5,))
R("圆通单号 {A:fw} 催件", "yto", "urge A", cats=(6,))
R("{A:fw}　拦截", "jt", "intercept A", cats=(6,))
R("{A:fw} 到什么地方了", "zto", "track A", cats=(6,))

# ---------------------------------------------------------------------------------------------------------
# Chit-chat, thanks, questions with no action asked.
# ---------------------------------------------------------------------------------------------------------
R("好的 谢谢", "zto")
R("收到👌", "yto")
R("辛苦了 今晚又要通宵了吧", "sto")
R("明天几点来收件", "jt")
R("今晚几点截单啊", "yunda")
R("双十一期间还正常揽收吗", "sf")
R("[强][强][强]", "jd")
R("群里今晚谁值班", "ems")
R("明天上午能多派一个车来吗 我们有八百多单", "deppon")
R("好的好的 麻烦了", "cainiao")
R("在吗", None)
R("晚上好 有人吗", "zto")
R("面单纸没了 明天能送两卷过来吗", "yto")
R("我们这个月的账单什么时候出", "sto")
R("月结发票怎么开", "jt")
R("OK", "yunda")
R("谢谢小哥 你们太给力了", "sf")
R("今天的件都揽走了吗", "jd")
R("大促价格能再便宜点不 一天三千单", "ems")
R("😂😂😂", None)
R("收到 已经跟客户说了", "deppon")
R("新疆西藏现在能发吗", "cainiao")
R("嗯嗯 明白", "zto")
R("快递员几点到啊 货都打包好了", "yto")
R("今晚还能下单吗 明天早上能走吗", "sto")
R("拦截是不是要收费的", "jt")
R("改地址一般多久能改好", "yunda")
R("撤单以后运费退不退", "sf")
R("已经签收的件还能核实吗 要怎么操作", "jd")
R("仲裁一般要多久出结果", "ems")
R("催件有用吗 感觉催了也不送😂", "deppon")
R("理赔需要提供什么材料", "cainiao")
R("丢件的话一般赔多少", "zto")
R("双十一期间拦截还来得及吗", "yto")
R("改址是不是要加钱", "sto")
R("好的 那明天再说", "yunda")
R("晚安各位", None)
R("这个群是中通的吗", "zto")
R("刚才那个搞定了 谢谢", "sf")
R("哈哈 好的", "jd")
R("我们换仓库地址了 以后到新仓库揽收：义乌市稠江街道杨村路88号", "yto")
R("周末正常派送吗", "ems")
R("客户问能不能送货上门 我说会打电话的", "cainiao")
R("[捂脸] 今天又被客户骂了", "deppon")
R("破损的件赔付一般几个工作日", "sto")

# ---------------------------------------------------------------------------------------------------------
# Negation and withdrawal, scoped to the number or clause they name.
# ---------------------------------------------------------------------------------------------------------
R("{A} 拦截 {B} 不拦 客户还要", "yto", "intercept A", cats=(1,))
R("{A} {B} 都拦截，{B} 算了别拦了 客户又要了", "zto", "intercept A", cats=(1,))
R("{A} 这单不用拦了哈 客户改主意了", "sto", nh=True, cats=(1,))
R("不用理赔了 {A} 客户那边私了了", "jt", nh=True, cats=(1,))
R("{A} 我没说不拦啊 是现在马上拦", "yunda", "intercept A", cats=(1,))
R("{A} 别退回来 改派到 杭州市滨江区江南大道3850号 徐先生 {PN}", "zto", "change_address A", cats=(1, 4))
R("{A} 别撤单 改成拦截 快递员已经取走了", "yto", "intercept A", cats=(1, 2))
R("{A} 拦截……算了 {A} 不拦了 客户说还是要", "sf", cats=(1,))
R("{A} 不用催了 客户已经拿到了", "jt", nh=True, cats=(1,))
R("{A} 先别改地址了 客户说原地址能收", "jd", nh=True, cats=(1,))
R("{A} {B} {C} 催件，{C} 不用催 已经到了", "cainiao", "urge A B", cats=(1,))
R("{A} 不拦了 改成催件吧 客户又说要了 让快点送", "sto", "urge A", cats=(1, 2))
R("{A} 不用撤单 要拦截", "ems", "intercept A", cats=(1,))
R("{A} 没丢 找到了 不用登记了", "yunda", nh=True, cats=(1,))
R("{A} 不是要改地址 是要退回", "deppon", "intercept A", cats=(1,))
R("{A} 不用退回了 直接派送就行 客户联系上了", "zto", nh=True, cats=(1,))
R("{A} 刚才说的拦截取消 别拦", "yto", nh=True, cats=(1,))
R("{A} 退回 {B} 别退 {C} 退回", "jt", "intercept A C", cats=(1,))
R("{A} 催一下，{B} 那个不着急 不用催", "sf", "urge A", cats=(1,))
R("{A} 不用投诉了 快递员给客户道歉了", "sto", nh=True, cats=(1,))
R("{A} 不是不要改 是要改到 苏州市吴中区东吴北路99号 {PN}", "yunda", "change_address A", cats=(1, 4))
R("{A} 别撤 别撤 已经发了 拦回来", "cainiao", "intercept A", cats=(1,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n等下 {A} 不用了 那个是别的客户的", "zto", "intercept B C", cats=(1, 7))
R("{A} 破损的工单撤了吧 客户说不影响使用", "jd", nh=True, cats=(1,))
R("{A} 不理赔了 改成投诉快递员", "deppon", "complaint A", cats=(1, 2))
R("{A} 不要撤单！！是拦截！！", "yto", "intercept A", cats=(1,))

# ---------------------------------------------------------------------------------------------------------
# Corrections of the command or of the number.
# ---------------------------------------------------------------------------------------------------------
R("{A} 拦截\n更正 前面单号打错一位 应该是 {B}", "yto", "intercept B", cats=(2,))
R("{A} 撤单 哦 不对 快递员下午来拿走了 那拦截吧", "zto", "intercept A", cats=(2,))
R("{A} 改址那个不要了，还是直接拦截吧", "sto", "intercept A", cats=(2,))
R("{A} 催件 不对不对 是拦截", "jt", "intercept A", cats=(2,))
R("{A} 查重量 哦不 查件 看下到哪了", "yunda", "track A", cats=(2,))
R("{A} 改地址到 嘉兴市南湖区中山东路1号 算了还是退回吧", "zto", "intercept A", cats=(2,))
R("{A} 退回\n更正：不退了 改地址 新地址 温州市鹿城区车站大道577号 叶女士 {PN}", "ems",
  "change_address A", cats=(2, 4))
R("{A} {B} 拦截 更正：第二个是 {C}", "jd", "intercept A C", cats=(2, 7))
R("更正一下 {A} 不是破损 是少件", "cainiao", "lost A", cats=(2,))
R("{A} 延误 → 不对 应该是丢了 网点说找不到", "deppon", "lost A", cats=(2,))
R("{A} 投诉 啊不是 是催件 发错了", "yto", "urge A", cats=(2,))
R("单号发错了 {A} 应该是 {B} 催一下", "sto", "urge B", cats=(2,))
R("YT40192837 拦截 不对 少了几位 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 撤单 更正 是拦截 刚问了快递员说下午就揽走了", "jt", "intercept A", cats=(2,))
R("{A} 催一下……不对，我看错了，是显示签收了但客户没收到，核实下", "zto", "verify_delivery A", cats=(2,))
R("{A} 拦截 不好意思复制错了 是 {B} 拦截", "yunda", "intercept B", cats=(2,))
R("{A} 改地址 福州市仓山区金山大道618号 更正 是台江区 福州市台江区五一中路88号 {PN}", "sf",
  "change_address A", cats=(2, 4))
R("{A} 理赔 不对 是仲裁 理赔已经被驳回了", "jd", "arbitration A", cats=(2,))
R("{A} 退回 啊不 撤单就行 还没揽收", "cainiao", "cancel A", cats=(2,))
R("{A} 破损 更正：单号写错了，正确单号 {B}", "ems", "damaged B", cats=(2,))
R("{A} 拦截，不好意思，应该是 {B}，{A} 正常派送", "deppon", "intercept B", cats=(2,))
R("{A} 改地址 不对 还是拦截吧 客户说地址换了也收不了", "zto", "intercept A", cats=(2,))
R("{A} 催件 额 看错了 这个是三天没动了 给登记个延误", "yto", "delay A", cats=(2,))

# ---------------------------------------------------------------------------------------------------------
# Quoted and replied-to messages, the bot's own replies quoted back among them.
# ---------------------------------------------------------------------------------------------------------
D = "\n- - - - - - - - - - - - - - -\n"
R("「张姐：{A} 拦截」" + D + "{B} 也拦", "yto", "intercept B", cats=(3,))
R("「小王：{A} 催件」" + D + "这单再催一下 还是没动", "zto", "urge A", cats=(3,))
R("「鲜果坊-阿杰：{A} 拦截」" + D + "这个也帮我查下现在到哪了", "sto", "track A", cats=(3,))
R("引用 小王：{A} 催件\n还没派 再催", "jt", "urge A", cats=(3,))
R("回复 @李四：{A} 改地址到 长春市朝阳区人民大街5988号\n改好没", "jd", nh=True, cats=(3,))
R("“{A} 撤单” 这条不算 不用撤了", "yunda", nh=True, cats=(1, 3))
R("「@王姐 {A} 拦截已提交，结果会第一时间通知您」" + D + "不用拦了 客户又要了", "zto",
  nh=True, cats=(1, 3))
R("「@王姐 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + D + "好的 谢谢", "yto", cats=(3,))
R("「@陈哥 {A} 已签收，无法拦截」" + D + "签收的不是我们客户啊 核实一下", "sto", "verify_delivery A", cats=(3,))
R("「@陈哥 {A} 已为您登记延误工单，结果会第一时间通知您」" + D + "又两天没动了 是不是丢了", "jt",
  "lost A", cats=(3,))
R("「@小刘 {A} 撤单成功」" + D + "👌", "cainiao", cats=(3,))
R("「@小刘 {A} 改址已提交，结果会第一时间通知您」" + D + "地址又变了 改成 无锡市梁溪区中山路343号 {PN}",
  "yunda", "change_address A", cats=(3, 4))
R("「@小刘 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + D + "撤单 {A}", "zto", "cancel A",
  cats=(3,))
R("「@阿May {A} 已为您催促派送，请耐心等待」" + D + "等了一天了还没送 再催", "ems", "urge A", cats=(3,))
R("「@阿May {A} 拦截已提交，结果会第一时间通知您」" + D + "好的辛苦", "deppon", cats=(3,))
R("「@阿May 您的消息已转人工客服处理，请稍候」" + D + "等半天了 人呢", "sf", cats=(3,))
R("「@老周 请确认：{A} 拦截退回？回复“确认”即办理」" + D + "确认 拦截退回", "yto", "intercept A", cats=(3,))
R("@老周 {A} 拦截已提交，结果会第一时间通知您\n------------\n收到 谢谢", "jt", cats=(3,))
R("@老周 {A} 已为您催促派送，请耐心等待\n---------------\n{B} 这个也催下", "sto", "urge B", cats=(3,))
R("客户原话：“快递到哪了 怎么还不送 我急用”\n{A} 催一下", "yunda", "urge A", cats=(3,))
R("「王姐：{A} {B} 都退回」" + D + "{B} 不退了 改成催件", "zto", "urge B", cats=(1, 2, 3))
R("引用 运营-小林：{A} 破损 客户拍照了\n这个顺便投诉一下快递员 扔件扔的", "jd", "complaint A", cats=(3,))
R("「群友-阿珍：{A} 退回」" + D + "退回成功没", "cainiao", nh=True, cats=(3,))
R("回复 @客服小美：{A} 已签收\n不可能 客户说没收到啊", "deppon", "verify_delivery A", cats=(3,))
R("「@张三 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + D + "另外 {B} 也破了 一起登记",
  "ems", "damaged B", cats=(3,))
R("{A} 拦截\n----------------\n这个已经拦住了吗", "yto", nh=True, cats=(3,))
R("「小王：{A} 什么时候到」" + D + "别查了 直接拦截吧 客户不要了", "sf", "intercept A", cats=(3,))
R("“{A} 催件”\n同样的问题 {B} 也是 一起催", "zto", "urge B", cats=(3,))

# ---------------------------------------------------------------------------------------------------------
# Numbers that are not waybills: phones in many notations, order numbers, amounts, dates, tails of numbers.
# ---------------------------------------------------------------------------------------------------------
R("{A} 客户电话 {PN} 一直打不通 退回吧", "zto", "intercept A", cats=(4,))
R("{PN} 这是我手机 {A} 有问题直接打我 先拦截", "yto", "intercept A", cats=(4,))
R("订单号 {O} 快递单号 {A} 催件", "sto", "urge A", cats=(4,))
R("{O} 这个订单拦截 快递单号是 {A}", "jt", "intercept A", cats=(4,))
R("拦截 尾号5678", "yunda", nh=True, cats=(4,))
R("{A} 货值¥158 破损 要理赔", "ems", "claim A", cats=(4, 8))
R("{A} 11月11日发的 到现在没动", "cainiao", "delay A", cats=(4,))
R("收件人手机 {PN}\n{A} 什么时候到", "deppon", "track A", cats=(4,))
R("{P} 这个号码收件的那个件帮我拦截", "zto", nh=True, cats=(4,))
R("拦截 {O}", "yto", nh=True, cats=(4,))
R("{A}\n收件人：孔先生\n新电话：{PN}\n新地址：石家庄市长安区中山东路326号\n改地址 谢谢", "sto", "change_address A",
  cats=(4,))
R("{A} 改地址 太原市小店区长风街8号 电话 {PN} 备用 {PN2}", "jt", "change_address A", cats=(4,))
R("客户淘宝订单 {O} 对应的 {A} 显示签收 没收到", "yunda", "verify_delivery A", cats=(4,))
R("{A} 运费扣了23.5 实际才1公斤 核重", "zto", "weight A", cats=(4,))
R("帮忙催下 尾号 3921 的那单 客户姓李", "cainiao", nh=True, cats=(4,))
R("{A} 收件人 {PN} 转寄到 南昌市红谷滩区红谷中大道1368号", "ems", "change_address A", cats=(4,))
R("客户{PN}来电说 {A} 到现在没收到 催一下", "yto", "urge A", cats=(4,))
R("{A} 改电话 原来的 {PN} 改成 {PN2}", "sto", "change_address A", nh=True, cats=(4,))
R("{A} 快递员 {PN} 态度很差 挂客户电话 投诉", "jd", "complaint A", cats=(4,))
R("{A} 客户 {PN} 说11.12就签收了 但人没拿到", "deppon", "verify_delivery A", cats=(4,))
R("订单 {O}\n运单 {A}\n买家退款 拦截退回", "sf", "intercept A", cats=(4,))
R("{A} 1号仓发的 货值2999 少了一台 按少件登记", "yunda", "lost A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------
# Numbers broken by the chat client or typed apart: spaced, dashed, lower case, split over two lines.
# ---------------------------------------------------------------------------------------------------------
R("{A:sp} 催件", "ems", "urge A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截 客户退款了", "yto", "intercept A", cf=True, cats=(6,))
R("{A:dash} 查一下到哪了", "zto", "track A", cats=(6,))
R("单号 {A:sp} 丢了 找不到", "ems", "lost A", cats=(6,), draw="ems_s10")
R("{A:nl} 撤单 还没揽收", "sto", "cancel A", cf=True, cats=(6,))
R("{A:nl}\n改地址 扬州市邗江区文昌西路56号 {PN}", "jt", "change_address A", cf=True, cats=(4, 6))
R("{A:nl} 催一下 谢谢", "yunda", "urge A", cats=(6,))
R("{A:lc} 这个拦一下", "sf", "intercept A", cats=(6,))
R("{A:sp} 退回", "jd", "intercept A", cats=(6,))
R("国际件 {A:sp} 显示妥投 客户没收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A:dash} 破损了 外箱全瘪", "cainiao", "damaged A", cats=(6,))
R("麻烦拦截\n{A:nl}", "deppon", "intercept A", cf=True, cats=(6,))
R("{A:sp} 这个件五天没更新了", "yto", "delay A", cats=(6,))
R("{A:lc} {B:lc} 这两单加急", "jt", "urge A B", cats=(6,))
R("{A:dash} 核重", "sto", "weight A", cats=(6,))
R("{A:nl} 这个件现在在哪", "zto", "track A", cats=(6,))
R("{A:sp} 拦截退回 {B} 催件", "yunda", "intercept A; urge B", cats=(6, 7))
R("{A:nl} 投诉快递员 骂人", "sf", "complaint A", cats=(6,))
R("{A:sp} 撤单 客户不要了", "cainiao", "cancel A", cats=(6,))

# ---------------------------------------------------------------------------------------------------------
# Several parcels and several commands: positional references, pasted tables, 除了 / 其余.
# ---------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n这三个 头一个拦截 剩下两个催派", "zto", "intercept A; urge B C", cats=(7,))
R("{A} {B} 前者撤单 后者拦截", "yto", "cancel A; intercept B", cats=(7,))
R("{A}\n{B}\n上面两单都帮忙拦下", "sto", "intercept A B", cats=(7,))
R("{A}\n{B}\n{C}\n以上全部加急", "jt", "urge A B C", cats=(7,))
R("{A} {B} {C} {D} 除了第三个 其余都退回", "yunda", "intercept A B D", cats=(7,))
R("{A} 和 {B} 一个要拦 一个要催", "sf", nh=True, cats=(7,))
R("第一单 {A} 拦截，第二单 {B} 改地址 珠海市香洲区情侣中路47号 {PN}", "jd",
  "intercept A; change_address B", cats=(4, 7))
R("单号\t操作\n{A}\t拦截\n{B}\t催件\n{C}\t撤单", "zto", "intercept A; urge B; cancel C", cats=(7,))
R("{A}    退回\n{B}    退回\n{C}    查重量", "cainiao", "intercept A B; weight C", cats=(7,))
R("{A} 拦截 {B} 同上", "ems", "intercept A B", cats=(7,))
R("{A} {B} 后面这个催一下 前面那个不用管", "deppon", "urge B", cats=(1, 7))
R("{A} 拦截，{B} 催件，{C} 查下重量", "yto", "intercept A; urge B; weight C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n最后一个拦截 其他的催件", "sto", "intercept E; urge A B C D", cats=(7,))
R("{A} {B} {C} 除了 {B} 都拦截", "jt", "intercept A C", cats=(1, 7))
R("{A}\t破损\t客户拍照了\n{B}\t丢件\t\n{C}\t延误\t五天没动", "yunda",
  "damaged A; lost B; delay C", cats=(7,))
R("{A} 和 {B} 这两个都显示签收 客户都说没收到", "zto", "verify_delivery A B")
R("今晚这批：\n1. {A} 拦截\n2. {B} 拦截\n3. {C} 改地址 惠州市惠城区江北文明一路2号 {PN}\n4. {D} 催",
  "yto", "intercept A B; change_address C; urge D", cats=(4, 7))
R("{A}\n{B}\n两单都是同一个客户的 都撤了", "sf", "cancel A B", cats=(7,))
R("{A} {B} {C} 第二单破损 另外两单丢了", "jd", "damaged B; lost A C", cats=(7,))
R("{A}\n{B}\n{C}\n前两个到哪了 第三个直接拦", "cainiao", "track A B; intercept C", cats=(7,))
R("{A} {B} 这俩 前一个查件 后一个投诉", "ems", "track A; complaint B", cats=(7,))
R("单号                  问题\n{A}      超重\n{B}      超重\n{C}      少件", "zto",
  "weight A B; lost C", cats=(7,))
R("{A} {B} {C} 这几个 有的要拦有的要催 我一会儿再说", "deppon", nh=True, cats=(7,))
R("{A} 拦截\n{B} {C} 也是", "yunda", "intercept A B C", cats=(7,))
R("{A}（拦截）{B}（催件）{C}（拦截）", None, "intercept A C; urge B", cats=(7,),
  draw={"A": "sf", "B": "jt", "C": "yto"})
R("{A} {B}\n上面这两单 第一单客户要改地址 第二单正常 不用动", "sto", "change_address A", nh=True, cats=(7,))

# ---------------------------------------------------------------------------------------------------------
# Compound requests: compensation, damage with a complaint, several intents for one number.
# ---------------------------------------------------------------------------------------------------------
R("{A} 拦截并投诉快递员 私自改了派送时间", "zto", "intercept A; complaint A", cats=(8,))
R("{A} 延误好几天 客户说要投诉", "yto", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户已经投诉了", "sto", "urge A; complaint A", cats=(8,))
R("{A} 外箱破了 快递员还扔件 投诉他", "jt", "damaged A; complaint A", cats=(8,))
R("{A} 破损 快递员态度还差 要赔偿 也要投诉", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 丢了 申请理赔", "sf", "claim A", cats=(8,))
R("{A} 显示签收没收到 而且快递员电话不接 投诉", "jd", "verify_delivery A; complaint A", cats=(8,))
R("{A} 催一下 顺便查下重量 感觉扣多了", "ems", "urge A; weight A", cats=(8,))
R("{A} 三天没动 重量还比我们称的多一倍", "cainiao", "delay A; weight A", cats=(8,))
R("{A} 漏液 理赔", "deppon", "claim A", cats=(8,))
R("{A} 遗失了 要赔偿 货值四百 另外投诉一下网点 问了三次都推脱", "zto", "claim A; complaint A", cats=(8,))
R("{A} 少件 照价赔偿", "sto", "claim A", cats=(8,))
R("{A} 东西压坏了 赔不赔无所谓 派件员必须投诉", "jt", "damaged A; complaint A", cats=(8,))
R("{A} 延误五天 客户拒收了 退回", "sf", "intercept A")
R("{A} 破损 登记下 然后这个件退回给我们", "jd", "damaged A; intercept A", cats=(8,))
R("{A} 仲裁 顺带投诉下你们的理赔专员 一直不回消息", "ems", "arbitration A; complaint A", cats=(8,))
R("{A} 快递员态度差 而且件还没送到 赶紧催", "cainiao", "complaint A; urge A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------
# Hedged and conditional requests; questions about an action that do not ask for it; no usable waybill;
# requests outside the intents.
# ---------------------------------------------------------------------------------------------------------
R("{A} 要不就拦了吧？", "zto", "intercept A", cf=True)
R("{A} 这单可能得退回来 等客户回话", "yto", "intercept A", cf=True)
R("{A} 客户好像要换地址 换到 福州市鼓楼区五四路158号 {PN}", "sto", "change_address A", cf=True, cats=(4,))
R("{A} 要不先拦住？客户那边我还在沟通", "jt", "intercept A", cf=True)
R("{A} 你们看看能不能撤单 不行就算了", "yunda", "cancel A", cf=True)
R("{A} 要不撤了吧 客户犹豫半天了", "sf", "cancel A", cf=True)
R("{A} 拦不拦呢 客户说考虑一下 要不先拦", "jd", "intercept A", cf=True)
R("{A} 拦截 算了不拦 哎还是拦吧 我也不知道 客户一会一个说法", "ems", "intercept A", cf=True, cats=(1, 2))
R("{A} 要不催一下吧", "cainiao", "urge A")
R("{A} 客户说想换个地址收 也许改到 东莞市南城区鸿福路106号 吧 {PN}", "deppon", "change_address A",
  cf=True, cats=(4,))
R("{A} 要是还没派送就改地址到 中山市石岐区孙文中路42号 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 还没被揽走就直接作废", "sto", "cancel A")
R("{A} 感觉这单得退回了 你们看能不能拦", "jt", "intercept A", cf=True)
R("{A} 应该是要撤单的吧 等我五分钟", "yunda", "cancel A", cf=True)
R("{A} 地址改好了没有", "zto", nh=True)
R("{A} 之前拦截的 现在拦回来了没", "yto", nh=True)
R("{A} 理赔款啥时候到账", "sto", nh=True)
R("{A} 拦截要收费吗", "jt", nh=True)
R("拦截一下", "yunda", nh=True)
R("帮我催一下 单号等会发", "zto", nh=True)
R("改地址 新地址 太仓市城厢镇上海东路18号 王女士", "ems", nh=True)
R("刚才那个件拦截", "cainiao", nh=True)
R("{A} 帮我开个发票", "jd", nh=True)
R("{A} 能改成到付吗", "deppon", nh=True)
R("{A} 到哪了 顺便问下能开发票吗", "zto", "track A", nh=True)
R("{A} 退回的运费怎么算", "yunda", nh=True)


# ---------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    W.main()
