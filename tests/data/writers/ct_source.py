"""Writer ct: the after-sales desk of a Cixi small-appliance and clothing seller, three agents in the outlet groups.

Casting note. 慈溪暖屿电器 (Ningbo, 周巷镇) sells small appliances — 空气炸锅 AF-35, 电饭煲 RC-30/RC-40, 养生壶,
挂烫机, 暖风机, 电热毯, 吹风机, 破壁机, 绞肉机 — and, under a sister label 屿衣, winter clothing (羽绒服, 加绒卫衣,
冲锋衣, 睡衣套装) on Tmall, Pinduoduo and Douyin. The 周巷 warehouse and a small 义乌 clothing warehouse ship four to
seven hundred parcels a day, mostly ZTO, then YTO and J&T, SF for anything over 500 yuan, now and then STO, Yunda,
EMS or JD when a platform asks for them. Three agents write in the outlets' WeCom and DingTalk groups: 方慧 (方姐),
the after-sales lead — short, decisive, overrules the others, counts money; 林晓雨 (小林), new this autumn — long
polite messages that tell the whole story, buyers' phones and order numbers, corrects herself a line later;
陈豪 (阿豪) — weights, freight bills and claims, figures and ERP rows pasted from 旺店通, reports of what was done
last week beside what he wants today. Their messages are compound because their cases are: a box crushed and the
courier rude to the buyer, a parcel lost and its value claimed, a parcel late, the buyer refunded on the platform
and a complaint, a freight bill for a weight nobody packed and a broken pot inside, a claim filed last week and a
new one today, an intercept that worked told beside one that is needed. Around the numbers: platform order
numbers, buyers' phones in every notation, SKU codes (AF35-BK), 工单 numbers, amounts in yuan, weights in kg.
They quote each other, the outlet's clerk (网点小何) and the bot, and pass on buyers' words.
"""

from harness import Writer

W = Writer("ct", seed=3571429)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule
BOT = "售后机器人"

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("{A} 拦截退回，买家申请退款了，订单号 {O}", "zto", "intercept A", cats=(0, 4))
R("您好，{A} 麻烦拦截一下，买家拍错型号了（要RC-30拍成了RC-40），谢谢~", "yto", "intercept A")
R("{A} 拦截", "jt", "intercept A")
R("拦截 {A} {B}，都是今天下午发的电热毯，同一个买家退款了", "zto", "intercept A B")
R("{A}\n{B}\n{C}\n以上三票拦截退回，系统重复推单多发了", "zto", "intercept A B C", cats=(0, 7))
R("麻烦这个件拦截退回 {A}，买家 {PN} 说人出差一个月收不了", "yto", "intercept A", cats=(0, 4))
R("{A} 退回，地址写的小区拆迁了 买家也联系不上", "jt", "intercept A")
R("在吗 {A} 截一下 退回我们周巷仓", "zto", "intercept A")
R("{A} 买家拒收了 退回吧", "yto", "intercept A")
R("退件 {A} 羽绒服尺码发错 L发成XL了 我们重新发", "sto", "intercept A")
R("{A} 挂烫机 买家不要了 帮忙拦截退回 退回运费我们出", "sf", "intercept A")
R("{A} 还没派送的话帮忙拦截，买家已退款 ¥329", "zto", "intercept A", cats=(0, 4))
R("拦回来 {A} 谢谢", "jt", "intercept A")
R("{A} 这个别派了，退回发件人", "zto", "intercept A")
R("平台已经同意退款了，订单 {O} 对应运单 {A}，麻烦拦截", "zto", "intercept A", cats=(0, 4))
R("方姐说的那两票：{A} {B} 拦截退回，发错仓了（应该从义乌仓发）", "yto", "intercept A B")
R("{A} 这单拦截 收货地址在新疆 我们这款暖风机不发偏远 客服漏看了", "zto", "intercept A")
R("【退回】{A} 买家下单备注要粉色，仓库发了白色", "jt", "intercept A")
R("{A}、{B}、{C}、{D} 全部拦截，这批卫衣质检有问题 要召回", "zto", "intercept A B C D", cats=(0, 7))
R("您好 打扰了 {A} 买家说家里老人已经在超市买了一个一样的电饭煲，这个不要了，能拦截吗", "jt", "intercept A")
R("今天发出的 {A} 麻烦拦截，SKU 发错了：AF35-BK 发成 AF35-WH", "zto", "intercept A", cats=(0, 4))
R("打扰一下～ {A} 退回哈，买家拍了两件一样的冲锋衣，只要一件，另一件 {B} 正常送", "yto", "intercept A",
  cats=(1,))
R("{A} 拦截退回 买家说地址是他前女友家 不能送那里 让我们先拿回来", "jt", "intercept A")
R("截件 {A}", "zto", "intercept A")

# cancel
R("{A} 撤单，还没揽收，买家取消订单了", "zto", "cancel A")
R("{A} 取消寄件 谢谢 快递员还没上门取", "yto", "cancel A")
R("麻烦撤销 {A} {B}，面单打错了 重新打了新的", "jt", "cancel A B")
R("{A} 面单作废，仓库贴错箱了", "zto", "cancel A")
R("今天这批里 {A} 不寄了 撤一下", "sto", "cancel A")
R("{A} 撤单 订单号 {O} 买家已经退款 ¥89", "zto", "cancel A", cats=(0, 4))
R("{A} 还在我们仓库没交接 取消掉吧", "yunda", "cancel A")
R("撤单：\n{A}\n{B}\n{C}\n都是下午那批没拉走的", "zto", "cancel A B C", cats=(0, 7))
R("{A} 买家说不要了 还没揽收 帮忙撤单哈", "sf", "cancel A")
R("小哥还没来收，{A} 先取消寄件吧，暖风机缺货发不了", "zto", "cancel A")

# change_address
R("{A} 改地址：浙江省宁波市鄞州区首南街道天童南路588号 2号楼1203，收件人 刘女士 {PN}", "zto", "change_address A",
  cats=(0, 4))
R("{A} 买家说地址写错了 改到 江苏省苏州市工业园区星湖街328号 9栋前台 电话不变", "yto", "change_address A")
R("麻烦 {A} 转寄到 上海市闵行区七宝镇漕宝路3366号，收件人改 张先生 {P}", "zto", "change_address A", cats=(0, 4))
R("{A} 改派到 北京市朝阳区望京西园三区 菜鸟驿站，买家白天上班不在家", "jt", "change_address A")
R("{A} 改一下地址，买家新地址还没发我，先报个备", "zto", "change_address A", nh=True)
R("{A} 收件人电话改为 {PN}", "yto", "change_address A", nh=True, cats=(0, 4))
R("帮忙把 {A} 的收件人改成 王建华", "zto", "change_address A", nh=True)
R("{A} 地址改为：广东省深圳市南山区粤海街道科技园南区 R2-B栋5楼，黄先生 {PN}，麻烦了", "sf", "change_address A",
  cats=(0, 4))
R("{A} 修改地址 四川省成都市武侯区人民南路四段12号 华西坝小区3-2-501 周女士", "yunda", "change_address A")
R("麻烦改地址 {A}\n新地址：杭州市余杭区五常街道文一西路998号 海创园18幢\n收件人：吴先生\n电话：{PN}", "zto",
  "change_address A", cats=(0, 4))
R("{A} 改到他公司：南京市建邺区江东中路359号 国睿大厦2号楼17层 前台代收", "jt", "change_address A")
R("{A} 改址 买家要送到他妈妈家：郑州市金水区纬五路21号院6号楼东单元302 李桂兰 {PN}", "yto", "change_address A",
  cats=(0, 4))
R("{A} 地址门牌号写错了，3栋改成13栋，其他不变", "zto", "change_address A")
R("您好，{A} 这个买家留的是老家地址，麻烦改派到 长沙市岳麓区麓谷大道658号 麓谷信息港A栋 谢先生 {P}，谢谢！",
  "zto", "change_address A", cats=(0, 4))
R("{A} 改地址 详细地址我私聊小何", "zto", "change_address A", nh=True)

# urge
R("{A} 催一下，买家在平台催了三次了", "zto", "urge A")
R("{A} 四天了还在杭州转运中心 催催", "zto", "urge A")
R("{A} 加急派送 买家后天出国 羽绒服要带走", "sf", "urge A")
R("麻烦催一下这几单 {A} {B} {C}，都是北京的，都卡在北京顺义分拨", "zto", "urge A B C", cats=(0, 7))
R("催件 {A}", "jt", "urge A")
R("{A} 到派送站两天了还没派 帮催下派送员", "zto", "urge A")
R("{A} 买家等着这个电热毯过冬 麻烦尽快派送", "yunda", "urge A")
R("{A} {B} 催派，买家电话 {PN} 说一直在家", "zto", "urge A B", cats=(0, 4))
R("{A} 在你们网点放了三天了 怎么还不派 催一下啊", "zto", "urge A")
R("{A} 五天没动了 催一下", "zto", "urge A")
R("麻烦跟一下 {A} 的派送，订单 {O}，买家说今天不到就差评", "jt", "urge A", cats=(0, 4))

# track
R("{A}", "zto", "track A")
R("{A} 到哪了 买家问", "yto", "track A")
R("{A} 麻烦查下物流 买家说页面一直显示已揽收", "jt", "track A")
R("{A} 什么时候能到广州？买家问能不能周五前到", "zto", "track A")
R("{A}\n{B}\n查一下这两单物流", "yto", "track A B")
R("查件 {A} 订单 {O}", "zto", "track A", cats=(0, 4))
R("{A} 揽收了没 下午交接的", "jt", "track A")
R("买家 {PN} 问 {A} 啥时候到，帮看下", "yto", "track A", cats=(0, 4))
R("{A} 这个退回件现在到哪了 仓库等着收", "zto", "track A")
R("{A} {B} {C} 三个查下状态", "zto", "track A B C")

# damaged
R("{A} 买家收到空气炸锅 外壳裂了 登记个破损", "zto", "damaged A")
R("{A} 电饭煲内胆摔变形了 买家发了照片", "yto", "damaged A")
R("{A} 破损", "zto", "damaged A")
R("{A} 外箱湿透了 羽绒服全是水 买家说有股味", "zto", "damaged A")
R("{A} 挂烫机水箱裂了漏水 买家拍了开箱视频", "yto", "damaged A")
R("{A} {B} 都压坏了，同一个小区的两单，估计一起被压的", "zto", "damaged A B")
R("{A} 破壁机杯体碎了，买家电话 {PN}，图片已经发小何微信", "zto", "damaged A", cats=(0, 4))

# lost
R("{A} 一个星期没有物流了，是不是丢了？", "zto", "lost A")
R("{A} 丢件了 网点说找不到", "yto", "lost A")
R("{A} 两件装只收到一件 少了一件卫衣", "jt", "lost A")
R("{A} 中转站说没到 派送站说没收到 哪都找不着", "zto", "lost A")
R("{A} 买家收到的是空箱子 电热毯没了", "zto", "lost A")
R("{A} 这个件是不是丢了 从15号到现在都停在嘉兴", "yto", "lost A")
R("{A} 一单发了三箱，买家只收到两箱，第三箱没收到", "deppon", "lost A")

# weight
R("{A} 这单计费 5.6kg？我们打包称的 2.1kg，麻烦核一下重量", "zto", "weight A", cats=(0, 4))
R("{A} {B} 重量不对 后台每单多扣了8块", "yto", "weight A B")
R("昨天账单里 {A} 计费重量 12kg，一个吹风机怎么可能12公斤，麻烦核重", "zto", "weight A", cats=(0, 4))
R("{A} 超重了？一件卫衣0.4kg 收了我们3kg的钱", "jt", "weight A")
R("{A} 称一下 我们这边是1.8", "zto", "weight A")
R("麻烦核重：\n{A} 我方 1.2kg / 账单 4kg\n{B} 我方 2.6kg / 账单 6kg\n{C} 我方 0.9kg / 账单 3kg", "zto",
  "weight A B C", cats=(0, 4, 7))
R("{A} 运费怎么是 26 块？按 1kg 算应该 5 块，查下重量", "jt", "weight A", cats=(0, 4))

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 停在金华中转站五天了 一直没更新", "yto", "delay A")
R("{A} 怎么还没到 是不是延误了", "jt", "delay A")
R("{A} 打个延误 买家等了一周了", "zto", "delay A")
R("{A} 超时好几天了 承诺 48 小时到 现在第五天", "sf", "delay A", cats=(0, 4))
R("{A} 登记延误，订单 {O}，买家在平台投了延迟发货的诉我们已处理，这边只要登记一下", "zto", "delay A",
  cats=(1, 4))

# verify_delivery
R("{A} 显示签收了 买家说没收到，买家电话 {PN}", "zto", "verify_delivery A", cats=(0, 4))
R("{A} 快递柜签收？买家说柜子里没有 取件码也没收到", "yto", "verify_delivery A")
R("{A} 签收人写的“门卫” 买家小区没有门卫", "zto", "verify_delivery A")
R("{A} 妥投了 但买家没收到东西", "ems", "verify_delivery A")
R("核实签收 {A}", "zto", "verify_delivery A")
R("{A} 显示驿站签收 买家去驿站找了 驿站说没有这个件", "yto", "verify_delivery A")

# claim
R("{A} 丢了 申请理赔 货值 ¥459 有保价", "zto", "claim A", cats=(0, 4))
R("{A} 破损 买家要赔 ¥129", "yto", "claim A", cats=(0, 4))
R("{A} 遗失 申请理赔 货值 ¥1,099 保价了", "sf", "claim A", cats=(0, 4))
R("{A} 件丢了 要赔偿 订单 {O} 实付 ¥238", "jt", "claim A", cats=(0, 4))
R("理赔 {A} 羽绒服被压出油 买家退货了 损失 ¥569", "zto", "claim A", cats=(0, 4))
R("{A} 箱子破了 少了一件 要赔", "yto", "claim A")

# complaint
R("{A} 投诉 快递员不送上门 让买家自己下楼拿 买家给我们差评了", "zto", "complaint A")
R("{A} 快递员态度很差 骂买家 投诉", "jt", "complaint A")
R("投诉 {A} 派送员 电话里说“爱要不要”", "yto", "complaint A")
R("我要投诉 {A} 的快递员，买家 {PN} 说他收件时被要求加 5 块上楼费", "zto", "complaint A", cats=(0, 4))

# arbitration
R("{A} 平台判我们承担 ¥459，我们有快递员签收视频，申请仲裁", "zto", "arbitration A", cats=(0, 4))
R("{A} 仲裁", "yto", "arbitration A")
R("{A} 这个纠纷网点和我们说不清楚 走仲裁吧", "jt", "arbitration A")

# chit-chat, questions without a waybill
R("好的 谢谢小何", "zto")
R("收到", "yto")
R("今天有六百多单 能不能多来一辆车 下午四点前", "zto")
R("明天几点来收件？双十二备货 大概八百单", "zto")
R("辛苦了各位 今天的都处理好了", "jt")
R("拦截要收费吗？", "zto", "", nh=True)
R("理赔一般多久到账啊", "yto", "", nh=True)
R("请问偏远地区现在停发吗 新疆西藏那种", "zto")

# ---------------------------------------------------------------- ordinary compounds (rule 7), stated plainly
R("{A} 压坏了 快递员还不承认 投诉他", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 破损 要赔偿 还要投诉快递员 东西是被扔坏的", "jt", "claim A; complaint A", cats=(8,))
R("{A} 五天没到 买家要投诉", "zto", "delay A; complaint A", cats=(8,))
R("{A} 显示签收没收到，投诉派送员", "jt", "verify_delivery A; complaint A", cats=(8,))
R("{A} 拦截退回 并投诉快递员私自把件放驿站", "zto", "intercept A; complaint A", cats=(8,))
R("{A} 重量不对 核一下 同时投诉 已经第三次多收了", "zto", "weight A; complaint A", cats=(8,))
R("{A} 催件，同时投诉，派送员一直不接电话", "yto", "urge A; complaint A", cats=(8,))
R("{A} 丢件 投诉", "jt", "lost A; complaint A", cats=(8,))
R("{A} 丢了，申请理赔 保价 ¥500，再投诉你们网点 找了一周都没人回", "zto", "claim A; complaint A", cats=(8,))
R("{A} 快点送吧 买家已经投诉了", "jt", "urge A; complaint A", cats=(8,))
R("{A} 计费 8kg 实际 2.2kg，多扣 42 元，麻烦核重；另外箱子里的暖风机也摔坏了，申请理赔 货值 ¥239", "yto",
  "weight A; claim A", cats=(4, 8))
R("{A} 显示签收 买家没收到，快递员乱签的，要投诉", "jt", "verify_delivery A; complaint A", cats=(8,))
R("{A} 拦截退回 顺便投诉一下：昨天打电话让派送员别送 他还是送了 买家当场拒收", "yto",
  "intercept A; complaint A", cats=(8,))
R("{A} 催件 + 投诉 + 登记延误，买家等了9天", "zto", "urge A; complaint A; delay A", cats=(8,))
R("{A} 破损 理赔 投诉 一起办，快递员扔件 监控都拍到了", "zto", "claim A; complaint A", cats=(8,))
R("{A} 压坏了，另外称重也不对，我们发的 1.5kg 账单 5kg，一起核一下", "jt", "damaged A; weight A", cats=(8,))
R("{A} 丢件 要赔 ¥219\n{B} 延误 投诉", "zto", "claim A; delay B; complaint B", cats=(7, 8))
R("{A} 三天没动 催一下\n{B} 破损 登记\n{C} 拦截退回", "yto", "urge A; damaged B; intercept C", cats=(7,))
R("{A} 买家收到少了一件睡衣，登记少件，另外 {B} 显示签收买家没收到，核实一下", "zto",
  "lost A; verify_delivery B", cats=(7, 8))
R("{A} 派送员把电饭煲摔了 买家拒收 退回来 我们还要申请理赔 ¥199", "jt", "intercept A; claim A", cats=(8,))
R("{A} 延误了 买家退款了 我们要求赔偿运费和货款 ¥188", "zto", "delay A; claim A", cats=(4, 8))
R("{A} 少件 + 投诉 打包好好的到买家手里拆开过", "yto", "lost A; complaint A", cats=(8,))
R("{A} 破了，买家要赔钱，快递员还说“你们自己包装不好”，一并投诉", "zto", "claim A; complaint A", cats=(8,))
R("{A} 称重错了 要求核重 多收的运费要赔给我们 ¥37", "zto", "weight A; claim A", cats=(4, 8))
R("{A} 丢了 平台先赔给买家了 ¥329，我们这边找你们理赔，另外网点拖了七天才告诉我们丢了，也投诉一下", "jt",
  "claim A; complaint A", cats=(4, 8))
R("{A} 催一下\n{B} 改地址 浙江省绍兴市柯桥区笛扬路 轻纺城大厦 1208 室 沈先生\n{C} 查下重量", "zto",
  "urge A; change_address B; weight C", cats=(7,))

# several parcels, everyday
R("{A} {B} 拦截\n{C} {D} 催件", "zto", "intercept A B; urge C D", cats=(7,))
R("今天的售后：\n1. {A} 拦截（买家退款）\n2. {B} 改地址：温州市鹿城区车站大道 688 号 财富中心 2 幢 1601 朱女士\n3. {C} 催件",
  "yto", "intercept A; change_address B; urge C", cats=(7,))
R("{A}\t拦截\n{B}\t催件\n{C}\t查重量\n{D}\t破损", "zto", "intercept A; urge B; weight C; damaged D", cats=(7,))
R("这三票都显示签收了 买家都说没收到 同一个小区：\n{A}\n{B}\n{C}", "jt", "verify_delivery A B C", cats=(7,))
R("{A} {B} {C} {D} {E} 这五单都卡在武汉转运中心三天了 统一催一下", "zto", "urge A B C D E", cats=(7,))
R("下面这些都拦截退回：\n{A}\n{B}\n{C}\n{D}\n（直播间超卖，没货了，买家都已退款）", "yto",
  "intercept A B C D", cats=(7,))
R("{A} 拦截，{B} 改派到 上海市徐汇区漕溪北路 88 号 圣爱大厦 钱先生 {PN}", "zto",
  "intercept A; change_address B", cats=(4, 7))
R("{A} 核重 {B} 核重，都是暖风机 单箱 4.2kg 账单都是 9kg", "zto", "weight A B", cats=(4, 7))
R("{A} 破损 要赔 ¥99\n{B} 破损 要赔 ¥149\n同一个派送员 投诉他", "yto", "claim A B; complaint A B", cats=(7, 8))
R("{A} 到哪了\n{B} 到哪了\n{C} 怎么三天没动", "jt", "track A B; delay C", cats=(7,))
R("订单号\t运单号\t问题\n{O}\t{A}\t买家拒收 退回\n{O2}\t{B}\t催派送", "zto", "intercept A; urge B",
  cats=(4, 7))
R("多渠道群说一下：{A} 拦截，{B} 催件，{C} 查一下到哪了", None, "intercept A; urge B; track C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("{A} 理赔 ¥259，{B} 理赔 ¥89，都是上周破损登记过的", "zto", "claim A B", cats=(4, 7, 8))
R("顺丰的 {A} 加急，圆通的 {B} 拦截", None, "urge A; intercept B", cats=(7,), draw={"A": "sf", "B": "yto"})
R("{A} {B} 两单同一个买家 都改到：重庆市渝北区金开大道 68 号 协信星光时代 3 栋 1702 唐女士 {PN}", "jt",
  "change_address A B", cats=(4, 7))

# numbers in other notations (ordinary)
R("{A:sp} 拦截", "zto", "intercept A", cats=(6,))
R("{A:sp} 催一下 买家急用", "ems", "urge A", cats=(6,), draw="ems_s10")
R("{A:dash} 查件", "yto", "track A", cats=(6,))
R("{A:fw} 催一下", "jt", "urge A", cats=(6,))
R("{A:lc} 查一下到哪了", "yto", "track A", cats=(6,))
R("{A:nl} 拦截退回", "zto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n破损 买家要赔 ¥159", "yto", "claim A", cats=(6, 8))
R("{A:sp} 破损登记 买家电话 {PN}", "ems", "damaged A", cats=(4, 6), draw="ems_s10")
R("改地址 {A:nl} 新地址 宁波市江北区 洪塘街道 姚江大道 2 号 谢女士", "jt", "change_address A", cf=True, cats=(6,))
R("{A:dash} 显示签收 买家没收到", "zto", "verify_delivery A", cats=(6,))

# ---------------------------------------------------------------- 8: what was done told beside what is asked now
R("{A} 上周已经申请理赔了（工单 GD1128-031），今天 {B} 又破了一个，一样的电饭煲，先登记破损", "zto",
  "damaged B", cats=(8,))
R("{A} 之前拦截成功了 谢谢！{B} 再帮忙拦一个 买家也退款了", "yto", "intercept B", cats=(8,))
R("上周投诉过 {A} 那个快递员了，这次 {B} 又是他 不送上门直接丢驿站，再投诉一次", "zto", "complaint B", cats=(8,))
R("{A} 之前登记过破损了 今天买家说要赔 申请理赔 ¥189", "zto", "claim A", cats=(4, 8))
R("{A} 的理赔已经赔了 谢谢。{B} 也是一样的情况 外箱破 锅盖碎了 也帮申请理赔", "yto", "claim B", cats=(8,))
R("{A} 上周拦截失败已经签收了，买家申请退货退款，这个没事了。{B} 今天刚发的 趁早拦", "zto", "intercept B",
  cats=(8,))
R("上次拦截的那个 {A} 退回来了 仓库收到了 谢谢；这次 {B} 也是买家退款 一样拦", "yto", "intercept B", cats=(8,))
R("{A} 超重的事上次核过了 是我们自己称错 没事了。今天 {B} 又多算了 2 公斤 麻烦再核一次", "zto", "weight B",
  cats=(8,))
R("{A} 重量不对要核，另外之前那单 {B} 的理赔款收到了 谢谢", "jt", "weight A", cats=(8,))
R("{A} 上周五已经申请理赔了 工单号 LP1205-77，今天买家又说另一单 {B} 显示签收但是没收到", "zto",
  "verify_delivery B", cats=(8,))
R("{A} 上次催过一次了 还是没到 再催一下", "jt", "urge A", cats=(8,))
R("{A} 上次投诉之后那个快递员态度好多了，这次麻烦催一下，买家等着用", "zto", "urge A", cats=(8,))
R("{A} 之前说丢了的那件，今天买家收到了 但是箱子是破的 风扇叶片断了 登记破损", "yto", "damaged A", cats=(8,))
R("{A} 退回来的件收到了 箱子是破的 里面挂烫机也摔坏了 申请理赔 ¥259", "zto", "claim A", cats=(4, 8))
R("{A} 理赔金额只给了 ¥50，我们货值 ¥329 有发票，不认可，申请仲裁", "zto", "arbitration A", cats=(4, 8))
R("{A} 上周理赔被驳回了 说包装不合格，我们是原厂泡沫箱，投诉理赔处理", "yto", "complaint A", cats=(8,))
R("上次登记的延误 {A} 到现在也没人联系我们，投诉一下处理效率", "zto", "complaint A", cats=(8,))
R("「{BOT}：@陈豪 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n{Q}\n这单买家要求赔偿了 货值 ¥399 麻烦转理赔"
  .replace("{BOT}", BOT).replace("{Q}", Q), "zto", "claim A", cats=(3, 8))
R("「{BOT}：@林晓雨 {A} 拦截已提交，结果会第一时间通知您」\n{Q}\n好的谢谢 另外 {B} 也拦一下 同一个买家的"
  .replace("{BOT}", BOT).replace("{Q}", Q), "zto", "intercept B", cats=(3,))
R("「{BOT}：@方慧 {A} 已为您催促派送，请耐心等待」\n{Q}\n催了两次了还是没到，投诉"
  .replace("{BOT}", BOT).replace("{Q}", Q), "jt", "complaint A", cats=(3, 8))
R("「{BOT}：@林晓雨 {A} 已签收，无法拦截」\n{Q}\n那帮忙核实一下签收，买家说根本没收到"
  .replace("{BOT}", BOT).replace("{Q}", Q), "yto", "verify_delivery A", cats=(3,))
R("「{BOT}：@方慧 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n{Q}\n撤单 {A}"
  .replace("{BOT}", BOT).replace("{Q}", Q), "zto", "cancel A", cats=(3,))
R("「{BOT}：@陈豪 {A} 已为您登记延误工单，结果会第一时间通知您」\n{Q}\n登记了也没用 买家已经退款了 直接拦截退回吧"
  .replace("{BOT}", BOT).replace("{Q}", Q), "zto", "intercept A", cats=(3, 8))
R("@林晓雨 {A} 拦截已提交，结果会第一时间通知您\n↑ 这个是昨天的，今天同一个买家的 {B} 也拦一下", "yto",
  "intercept B", cats=(3,))
R("「{BOT}：@陈豪 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n{Q}\n好的"
  .replace("{BOT}", BOT).replace("{Q}", Q), "zto", "", cats=(3,))
R("「{BOT}：@方慧 {A} 拦截已提交，结果会第一时间通知您」\n{Q}\n两天了 拦截成功没有？"
  .replace("{BOT}", BOT).replace("{Q}", Q), "jt", "", nh=True, cats=(3,))
R("今日售后跟进：\n1. {A} 昨天已拦截成功，等退回\n2. {B} 上周申请的理赔还没结果，麻烦跟进一下\n3. {C} 新的：买家说挂烫机摔裂了，登记破损",
  "zto", "damaged C", nh=True, cats=(7, 8))
R("本周汇总：{A} 理赔已到账 ¥199；{B} 投诉已回访；{C} 拦截已退回仓库。新增：{D} 丢件，申请理赔 ¥429", "zto",
  "claim D", cats=(4, 7, 8))
R("{A} 已经退回仓库了，{B} 已经签收了，这两个结了，就剩 {C} 还在路上 催一下", "yto", "urge C", cats=(8,))
R("{A} 前天改过一次地址了（改到杭州滨江），买家今天又说还是送回原地址：绍兴市越城区中兴中路 222 号 欧女士",
  "zto", "change_address A", cats=(2, 8))
R("{A} 延误登记过了，今天买家收到了但是是坏的，延误那个撤了吧，改成申请理赔 ¥229", "jt", "claim A",
  cats=(1, 2, 8))
R("{A} 上次是我们报错了 不是丢件 是买家家人代收了。不好意思。今天 {B} 是真的丢了 申请理赔 货值 ¥318", "yto",
  "claim B", nh=True, cats=(1, 8))
R("小何 昨天那个 {A} 你说拦截成功了 今天买家说收到了？？这怎么回事", "zto", "", nh=True, cats=(8,))
R("{A} 理赔的钱什么时候到账？申请快两周了 金额 ¥268", "zto", "", nh=True, cats=(4, 8))
R("{A} 理赔申请了两周了 没人回 催一下", "zto", "", nh=True, cats=(8,))
R("{A} 的理赔你们要什么材料？照片 发票都有", "yto", "", nh=True, cats=(8,))
R("{A} 重量核完了没？", "jt", "", nh=True)
R("{A} 拦截了吗？买家又在催退款了", "zto", "", nh=True)
R("上次拦截的那票 {A} 现在到哪了", "zto", "track A")
R("上周理赔的那个 {A} 买家又来问了，包裹现在在哪", "jt", "track A", cats=(8,))
R("{A} 理赔申请两次都被驳回 这次直接仲裁", "zto", "arbitration A", cats=(8,))
R("{A} 之前改址成功了，今天买家说新地址那边也没人 要求退回了", "yto", "intercept A", cats=(8,))

# ---------------------------------------------------------------- 8: compounds told as stories
R("{A} 发出 6 天还在义乌中转没动，买家已经申请仅退款 ¥169 退掉了，这单白发了，麻烦登记延误，我们要投诉", "zto",
  "delay A; complaint A", cats=(4, 8))
R("{A} 九天了还在路上 买家退款了 拦截退回 同时投诉延误", "yto", "intercept A; delay A; complaint A", cats=(8,))
R("{A} 破损 买家要求赔偿 ¥219，另外这个快递员态度很差，买家说让他自己去驿站拿还骂人，投诉", "zto",
  "claim A; complaint A", cats=(4, 8))
R("买家原话：“快递员把箱子摔地上，电饭煲摔坏了，我要投诉他，还要你们赔！”\n{A} 麻烦按买家说的处理，理赔 ¥279 + 投诉快递员",
  "zto", "claim A; complaint A", cats=(3, 4, 8))
R("{A} 买家说破了要赔钱，我们看了照片 只是外箱有点凹 东西没事，就不申请理赔了，登记破损留个底就行", "yto",
  "damaged A", cats=(1, 8))
R("{A} 买家已签收 但是说电饭煲是碎的 要退货退款，我们这边申请理赔 ¥349", "jt", "claim A", cats=(4, 8))
R("{A} 买家拒收了 退回来的路上又丢了？显示退回中十天了", "zto", "lost A", cats=(8,))
R("{A} 快递员态度不好 不过买家说算了不投诉了，就是件到现在还没到，催一下", "yto", "urge A", cats=(1, 8))
R("{A} 这单不是我们要投诉，是买家在平台投诉我们发货慢，跟你们没关系，就是催一下", "jt", "urge A", cats=(1, 8))
R("{A} 买家说明天还不到就退款加投诉，帮忙催一下", "zto", "urge A", cats=(8,))
R("{A} 丢件 要赔\n{B} 破损 不用赔 只登记\n{C} 重量不对", "zto", "claim A; damaged B; weight C", cats=(1, 7, 8))
R("{A} {B} 都破了，{A} 要赔 ¥159，{B} 买家说还能用 不用赔 登记一下就行", "zto", "claim A; damaged B",
  cats=(1, 4, 8))
R("{A} 丢的那件我们已经补发了，补发单号 {B}。{A} 理赔照常走，{B} 帮催一下 买家急", "yto", "claim A; urge B",
  cats=(7, 8))
R("{A} 买家 {PN} 投诉快递员电话里态度差，麻烦处理一下，东西没问题 不用登记破损", "zto", "complaint A",
  cats=(1, 4, 8))
R("{A} 我们内部记一下：买家投诉快递慢，已给买家补偿 ¥10 优惠券，快递这边不用处理", "zto", "", cats=(1, 4))
R("{A} 买家说收到的电饭煲不通电 是质量问题 不是快递的事，这单不用登记破损 我们自己处理", "zto", "", cats=(1,))
R("{A} 延误三天，买家已经退款了，这个就退回来吧，延误的事也帮我们记一下", "jt", "intercept A; delay A",
  cats=(8,))
R("{A} 买家收到时外箱完好 但是里面的破壁机刀头断了 我们怀疑是运输中摔的 登记破损 暂时不理赔 等买家寄回来检测",
  "yto", "damaged A", cats=(1, 8))
R("{A} 派送员把件放门口被人拿走了 显示签收 买家没收到 申请核实 找不回来就要赔", "zto",
  "verify_delivery A", cats=(8,))
R("{A} 重量按 6kg 收的 我们的是 2kg 核重；另外里面的电热毯漏电 是质量问题 不用理赔", "zto", "weight A",
  cats=(1, 8))
R("{A} 压坏了 登记破损，快递员说是我们包装问题，我们包了三层气泡膜，这个说法不接受，投诉", "yto",
  "damaged A; complaint A", cats=(8,))
R("{A} 到现在八天 物流不动 网点电话也不接 买家 {PN} 已经退款 ¥459，东西肯定是丢了，直接走理赔", "zto",
  "claim A", cats=(4, 8))
R("{A} 超时三天 买家申请了延迟赔付，平台扣了我们 ¥20，这个延误要登记，罚款找你们赔", "jt",
  "delay A; claim A", cats=(4, 8))
R("{A} 买家拒收，理由是外箱破了，东西我们也不知道坏没坏，先退回来，理赔等收到再说", "zto", "intercept A",
  cats=(8,))
R("{A} 派送员说“箱子本来就是破的”，我们发的时候好好的有出库照片，买家要赔 ¥199，投诉加理赔", "yto",
  "claim A; complaint A", cats=(3, 4, 8))
R("{A} 被压坏 + 少一个配件（炸篮） 申请理赔 ¥269", "zto", "claim A", cats=(4, 8))
R("{A} 买家两个月前买的 现在说没收到？查了下当时显示签收 理赔时效可能过了 不过还是麻烦帮忙核实一下签收", "jt",
  "verify_delivery A", cats=(8,))
R("{A} 买家收到衣服有油污 疑似运输中沾的 登记破损，另外这个网点派送慢 买家等了六天 登记延误", "zto",
  "damaged A; delay A", cats=(8,))
R("{A} 称重 9kg，实际 3kg，核一下；退回件 {B} 还收了我们退回运费 18 块，之前说好拦截免费的，这个投诉", "yto",
  "weight A; complaint B", cats=(4, 7, 8))

# ---------------------------------------------------------------- 1: negation, withdrawal, scoped
R("{A} 拦截，{B} 不用拦，{B} 催一下就行", "yto", "intercept A; urge B", cats=(1, 7))
R("{A} {B} 拦截退回\n{C} 正常派送", "yto", "intercept A B", cats=(1, 7))
R("{A} 拦截 {B} 拦截 {C} 不用 {C} 买家已经签收了", "zto", "intercept A B", cats=(1, 7))
R("「林晓雨：{A} 拦截退回」\n{Q}\n这个先不拦了 买家又说要了".replace("{Q}", Q), "zto", "", nh=True, cats=(1, 3))
R("{A} 先不用拦截了，买家又说要了", "zto", "", nh=True, cats=(1,))
R("{A} 不用理赔了，买家收到补发的已经确认收货", "zto", "", nh=True, cats=(1,))
R("{A} 拦截…… 算了不拦了 买家说留着送人", "jt", "", cats=(1,))
R("{A} 计费重量多算了 不过就差五毛 算了不核了", "zto", "", cats=(1,))
R("刚才谁报的拦截？{A} 不要拦截！买家已经签收了", "zto", "", nh=True, cats=(1,))
R("{A} 不用催了 已经送到了。{B} 还没到 帮催下", "jt", "urge B", nh=True, cats=(1, 7))
R("{A} 那票上周说丢了 现在找到了 已经派送了 不用理赔了", "yto", "", nh=True, cats=(1, 8))
R("{A} 买家要退货 他自己会拒收的 不用拦截 只要快点送到就行", "zto", "urge A", cats=(1,))
R("投诉就不投诉了，{A} 赶紧送到就行", "jt", "urge A", cats=(1,))
R("{A} 买家说不要退回了，改派到他公司：广州市天河区珠江新城花城大道85号 高德置地A座2201", "yto",
  "change_address A", cats=(1,))
R("{A} 客户那边不要了 退回。{B} 客户说还要 正常派 别拦", "zto", "intercept A", cats=(1, 7))
R("{A} 不是不拦，是现在就拦，买家钱都退了", "zto", "intercept A", cats=(1,))
R("{A} 不要退回，改派到 福州市鼓楼区五四路 158 号 环球广场 15 层 林先生 {PN}", "jt", "change_address A",
  cats=(1, 4))
R("{A} 不是丢了，网点说在郑州找到了，麻烦催一下", "jt", "urge A", cats=(1,))
R("{A} 不用投诉，快递员已经上门道歉了，买家也满意，撤了吧", "zto", "", nh=True, cats=(1,))
R("{A} {B} {C} 都催一下，除了 {B}，{B} 买家说周末不在家 下周一再送", "yto", "urge A C", cats=(1, 7))
R("{A} 买家说没收到，等等，他老婆收了，不用核实了", "zto", "", cats=(1,))
R("{A} 不用改地址了 买家说原地址有人收 还是原地址", "jt", "", nh=True, cats=(1,))
R("{A} 外箱破了点 买家说东西没事 不用登记破损 跟你们说一声", "zto", "", cats=(1,))
R("这批要拦截的：{A} {B} {C} {D}，其中 {A} 不拦，其他照常拦", "yto", "intercept B C D", cats=(1, 7))
R("{A} 不催了，买家退款了，拦截退回吧", "zto", "intercept A", cats=(1, 2))
R("{A} 撤单取消，已经揽收了，别撤了，正常发", "zto", "", nh=True, cats=(1,))
R("{A} 我们不投诉快递员 是买家误会了 但是东西确实压坏了 登记破损", "jt", "damaged A", cats=(1, 8))
R("{A} 不是要理赔，是要核一下重量，账单 7.5kg 不对", "yto", "weight A", cats=(1, 2, 8))
R("没丢没丢 {A} 在驿站 买家找到了", "zto", "", nh=True, cats=(1,))
R("{A} 还没到，但是买家说不急，先不用催，也别登记延误", "zto", "", cats=(1,))
R("{A} 不是我们的件 发错群了 不好意思", "jt", "", cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 撤单，哦不对 刚看了已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{B:typo} 改地址：上海市浦东新区张杨路500号 时代广场18F —— 更正 单号打错了 是 {B}", "zto",
  "change_address B", cats=(2,))
R("{A} 催件\n不对 是 {B} 催件，{A} 已经签收了", "yto", "urge B", cats=(2,))
R("{A} 破损登记一下。更正：不是破损 是少件，箱子好好的 里面少了一个锅盖", "zto", "lost A", cats=(2,))
R("{A} 改地址的事取消，还是拦截吧 买家说不要了", "zto", "intercept A", cats=(2,))
R("{A} 登记延误——算了 直接拦截退回吧 买家退款了", "jt", "intercept A", cats=(2,))
R("{A} 理赔 ¥199\n{B} 理赔 ¥259\n{C} 理赔 ¥89 —— 不对，{C} 买家撤销退款了 不用赔", "zto", "claim A B",
  cats=(1, 2, 4, 7))
R("{A:typo} 催件\n打错了 {A}", "yto", "urge A", cats=(2,))
R("{A} 拦截 —— 更正：单号是 {B}，{A} 是另一个买家的 正常送", "zto", "intercept B", cats=(1, 2))
R("{A} 称重 {B} 称重 都不对，{A} 实际 1.1kg 算了 3kg，{B} 我看错了 没问题", "zto", "weight A", cats=(1, 2))
R("{A} 本来要改地址，小林问了买家 说不改了要退，那就拦截", "yto", "intercept A", cats=(2,))
R("{A} 丢件 申请理赔 ¥329\n补充一下 刚才金额写错了 是 ¥392", "zto", "claim A", cats=(2, 4))
R("{A} 拦截\n{B} 催件\n搞反了 {A} 催件 {B} 拦截", "zto", "urge A; intercept B", cats=(2, 7))
R("{A} 改派到 苏州吴中区 —— 等一下 买家说地址发错了 改到 苏州市相城区元和街道 御窑路 1088 号 阳光城 8 栋",
  "yto", "change_address A", cats=(2,))
R("{A} 显示签收没收到 要核实，哦 买家刚回消息说是放快递柜了 没看到短信，不用核实了，不过这个件有点破 登记破损",
  "zto", "damaged A", cats=(1, 2))
R("{A} 投诉……我看错了 不是这单 是 {B} 的快递员", "jt", "complaint B", cats=(2,))
R("更正上一条：上一条 {A} 不是拦截 是改地址 新地址 宁波市海曙区 药行街 168 号 天一广场 6 号门 洪女士", "zto",
  "change_address A", cats=(2,))
R("{A} {B} {C} 拦截\n更正：第二个不拦 是催件", "yto", "intercept A C; urge B", cats=(2, 7))
R("{A} 理赔，不不不，先只登记丢件，理赔等平台判完再说", "zto", "lost A", cats=(2, 8))
R("{A} 查件\n—— 不用查了 直接拦截吧 买家退了", "jt", "intercept A", cats=(2,))
R("{A:cut} 撤单\n不好意思 少打了一位 我再找下完整单号", "zto", "", nh=True, cats=(2, 6))

# ---------------------------------------------------------------- 3: quotes of colleagues, buyers, the outlet
R("回复 方慧：{A} 要不要拦？\n拦吧，买家退款了", "zto", "intercept A", cats=(3,))
R("「陈豪：{A} {B} {C} 这三单帮忙催一下」\n{Q}\n{B} 已经签收了 另外两单还没到 继续催".replace("{Q}", Q), "zto",
  "urge A C", cats=(3, 7))
R("「网点小何：{A} 这个件已经到派送站了 今天派」\n{Q}\n好的 那就不拦了 谢谢".replace("{Q}", Q), "yto", "",
  nh=True, cats=(1, 3))
R("「林晓雨：{A} 破损 登记一下」\n{Q}\n这单买家要赔 ¥179 改成理赔吧".replace("{Q}", Q), "zto", "claim A",
  cats=(2, 3, 8))
R("「方慧：{A} 拦截」\n{Q}\n方姐 这个买家刚说不退了，要改到 嘉兴市南湖区 中环南路 1288 号 沈女士，要不改地址吧？".replace(
  "{Q}", Q), "jt", "change_address A", cf=True, cats=(2, 3))
R("引用 陈豪：{A} 重量不对 核一下\n{B} 也一样 核一下", "zto", "weight B", cats=(3,))
R("引用 陈豪：{A} 重量不对 核一下\n{B} 拦截", "zto", "intercept B", cats=(3,))
R("买家说：“快递员态度太差了，我要投诉”\n{A} 这单买家的意思转达一下，我们这边也要投诉", "yto", "complaint A",
  cats=(3,))
R("网点小何：@林晓雨 {A} 已经在派送员手上了 拦不了了\n————————\n那就让派送员别送 直接带回网点退回", "zto",
  "intercept A", cats=(3,))
R("「{BOT}：@陈豪 您的消息已转人工客服处理，请稍候」\n{Q}\n就是 {A} 核一下重量啊 很简单的".replace(
  "{BOT}", BOT).replace("{Q}", Q), "zto", "weight A", cats=(3,))
R("「{BOT}：@方慧 {A} 改址已提交，结果会第一时间通知您」\n{Q}\n好的 {B} 也要改 同一个地址".replace(
  "{BOT}", BOT).replace("{Q}", Q), "zto", "change_address B", cats=(3,))
R("「{BOT}：@林晓雨 {A} 撤单成功」\n{Q}\n谢谢！".replace("{BOT}", BOT).replace("{Q}", Q), "jt", "", cats=(3,))
R("「方慧：{A} 理赔走了没」\n{Q}\n走了，工单号 LP1203-19，金额 ¥268".replace("{Q}", Q), "zto", "", cats=(3, 4))
R("「陈豪：{A} 拦截退回」\n{Q}\n@陈豪 这个不能拦 买家已经重新付款了 正常派".replace("{Q}", Q), "yto", "", nh=True,
  cats=(1, 3))
R("「林晓雨：{A} 催件」\n{Q}\n这单顺便投诉一下 派送员电话里骂人".replace("{Q}", Q), "zto", "complaint A",
  cats=(3, 8))
R("买家聊天记录：\n买家：我的快递怎么还没到\n买家：单号 {A}\n买家：都一周了\n——\n麻烦催一下这个", "jt", "urge A",
  cats=(3,))
R("转发 方慧 的消息：“{A} {B} 今天必须拦下来”\n小何 这两个拦截有结果了吗", "zto", "", nh=True, cats=(3, 7))
R("「网点小何：{A} 重量复称 3.1kg 账单没错」\n{Q}\n好吧 那没事了".replace("{Q}", Q), "zto", "", cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 买家电话 {PN}，订单 {O}，退款 ¥299，拦截", "zto", "intercept A", cats=(4,))
R("{PN} 这个买家的件 拦截一下", "zto", "", nh=True, cats=(4,))
R("订单号 {O} 拦截退回", "yto", "", nh=True, cats=(4,))
R("订单 {O} 对应的快递查不到 买家说没收到", "zto", "", nh=True, cats=(4,))
R("{A} 的收件电话不是 {P}，是 {P2}，麻烦改一下", "zto", "change_address A", nh=True, cats=(2, 4))
R("尾号 3321 那单 拦截", "zto", "", nh=True, cats=(4,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(4, 6))
R("买家 {PN} 催了好几次了 {A} 催一下", "jt", "urge A", cats=(4,))
R("{A} 买家 {P} 说快递员打 {P2} 打错了号码 所以没联系上 催一下派送", "zto", "urge A", cats=(4,))
R("{O}\n{A}\n买家申请退款 ¥1,299 拦截", "zto", "intercept A", cats=(4,))
R("{A} 货值 ¥2,399 保价 ¥2,000 丢了 理赔", "sf", "claim A", cats=(4,))
R("{A} 理赔 ¥ 165.50 开户行 宁波银行 周巷支行 账号找方姐要", "zto", "claim A", cats=(4,))
R("{A}（订单 {O}，买家 {PN}）显示签收未收到 核实", "yto", "verify_delivery A", cats=(4,))
R("单号 {A} 订单号 {O} 手机 {PN} 收件人 孙女士 改地址 合肥市包河区 马鞍山路 130 号 万达广场 3 号楼", "zto",
  "change_address A", cats=(4,))
R("{A} 12 月 3 号发的 今天 12 号了 还没到", "zto", "delay A", cats=(4,))
R("{A} 账单 ¥23.5 按 5kg，我们 SKU RC30-W 出厂毛重 3.6kg，核重", "jt", "weight A", cats=(4,))
R("{A} 售后单号 {O} 买家退货退款 这单拦截", "zto", "intercept A", cats=(4,))
R("联系电话 {PN}，{A} 改派到 嘉兴桐乡市梧桐街道 庆丰中路 1 号 收件人 姚先生", "zto", "change_address A",
  cats=(4,))
R("{A} 工单 GD1204-117 已登记破损 这次补充申请理赔 ¥88", "yto", "claim A", cats=(4, 8))
R("{PN} 这个号码是买家的，{A} 显示签收 但买家说没有任何人联系过他", "zto", "verify_delivery A", cats=(4,))
R("{A} 共 3 件 1/3 2/3 已收到 3/3 没收到", "deppon", "lost A", cats=(4,))
R("{A} 买家说 {O} 这个订单少了一件卫衣", "zto", "lost A", cats=(4,))

# ---------------------------------------------------------------- 7: positions, lists
R("{A}\n{B}\n{C}\n第一单拦截，后两单催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} {B} 这俩一个要拦截一个要催，小林你看下哪个是北京那单", "zto", "", nh=True, cats=(7,))
R("{A}\n{B}\n上面两个拦截", "yto", "intercept A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上都催一下 都是双十二的单", "zto", "urge A B C D", cats=(7,))
R("{A} {B} {C}\n第二单破损 其他两单催件", "jt", "damaged B; urge A C", cats=(7,))
R("{A}\n{B}\n{C}\n第三个拦截 第一个改地址：金华市婺城区 八一北街 1 号 朱先生 中间那个不动", "yto",
  "intercept C; change_address A", cats=(7,))
R("订单号\t运单号\t商品\t问题\n{O}\t{A}\tAF35空气炸锅\t破损 买家要赔 ¥199\n{O2}\t{B}\t加绒卫衣XL\t显示签收未收到",
  "zto", "claim A; verify_delivery B", cats=(4, 7, 8))
R("运单号      问题          处理\n{A}    破损          登记\n{B}    丢件          理赔 ¥329\n{C}    重量不符      核重", "zto",
  "damaged A; claim B; weight C", cats=(4, 7, 8))
R("{A} {B} {C} 前两个拦截", "zto", "intercept A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n除了最后一个 都拦截", "yto", "intercept A B C", cats=(1, 7))
R("①{A} 催件\n②{B} 改地址 新地址还没定\n③{C} 拦截", "jt", "urge A; change_address B; intercept C", nh=True,
  cats=(7,))
R("{A}\n{B}\n这两单 第一单的快递员投诉 第二单重量核一下", "zto", "complaint A; weight B", cats=(7, 8))
R("今天新增的三单理赔：\n{A} ¥199\n{B} ¥329\n{C} ¥88\n都是破损，照片在群文件", "zto", "claim A B C",
  cats=(4, 7, 8))
R("{A} {B} {C} {D} {E} {F}\n以上六单 同一个收件人 地址全部改到：义乌市 福田街道 商城大道 L 座 1 楼 屿衣仓", "yto",
  "change_address A B C D E F", cats=(7,))
R("{A} 拦截\n{B} 同上", "zto", "intercept A B", cats=(7,))

# ---------------------------------------------------------------- hedges and undecided
R("{A} 要不先拦下来吧？买家还在犹豫要不要退", "yto", "intercept A", cf=True)
R("{A} 好像得改个地址，买家说要送到 合肥市蜀山区望江西路800号 中安创谷C2栋，我再跟他确认下", "jt",
  "change_address A", cf=True)
R("拦截要收费吗？{A} 想拦一下，如果收费的话就算了", "jt", "intercept A", cf=True)
R("{A} 可能要退回，买家说考虑一下，先拦着吧？", "zto", "intercept A", cf=True)
R("{A} 看看能不能撤单，仓库说可能已经交接了", "zto", "cancel A", cf=True)
R("{A} 如果还没签收就拦截，签收了就算了", "yto", "intercept A")
R("{A} 明天上午还没派出的话就拦截退回", "zto", "intercept A")
R("{A} 估计要改地址 买家在问能不能送到他公司 地址：宁波市高新区 聚贤路 1299 号 研发园 B 区 5 号楼", "yto",
  "change_address A", cf=True)
R("{A} 要不撤了吧 买家那边还没回话", "zto", "cancel A", cf=True)
R("{A} 理赔能赔多少？保价 ¥300 的话", "zto", "", nh=True, cats=(4, 8))
R("{A} 快递员不送上门 能帮我们投诉一下吗", "jt", "complaint A")
R("{A} 能不能帮忙催一下 买家急用", "yto", "urge A")
R("{A} 可以帮忙改个地址吗 改到 台州市椒江区 市府大道 288 号 台州商会大厦 12 楼 叶先生", "zto",
  "change_address A")

# ---------------------------------------------------------------- more everyday traffic in the style
R("小何 早！{A} 帮忙拦截 买家昨晚十一点退的款", "zto", "intercept A")
R("{A} 买家说快递员让他自己去镇上拿 30 公里 能不能送上门 催一下", "jt", "urge A")
R("{A} 今天务必派送 买家 {PN} 下午在家", "zto", "urge A", cats=(4,))
R("下午好 {A} 查一下 买家说显示到了但是没通知", "yto", "track A")
R("{A} 买家不在国内了 拦截退回", "sf", "intercept A")
R("{A} 破损，外箱完好内件碎，估计是内部挤压，登记一下", "yto", "damaged A")
R("{A} 显示已签收 驿站说没这个件 买家要个说法", "zto", "verify_delivery A")
R("{A} 退回件 仓库签收了但是没收到货 核实一下", "zto", "verify_delivery A")
R("{A} 显示签收 买家说送错人了 他收到的是别人的快递", "jt", "verify_delivery A")
R("{A} 这个是顺丰特快吗 怎么三天了还在宁波", "sf", "delay A")
R("{A} 丢了吧 六天了 一个站都没走", "zto", "lost A")
R("{A} 箱子被雨淋了 暖风机不知道还能不能用 先登记破损", "yto", "damaged A")
R("请问 {A} 这个件 派送员电话多少 买家想自己联系", "zto", "", nh=True)
R("{A} 重新称一下，一件羽绒服怎么会 4 公斤", "zto", "weight A")
R("{A} 撤单。{B} 撤单。{C} 撤单。下午那车不用等我们了", "yto", "cancel A B C", cats=(7,))
R("{A} 地址写的“宿舍楼下” 派送员找不到 改到 浙江大学紫金港校区 蓝田 3 舍 传达室", "zto", "change_address A")
R("{A} 有没有派送员的照片 签收底单 买家说不是他签的", "yto", "verify_delivery A")
R("{A} 要投诉 派送员把件扔在楼道 没打电话 东西被人拿了", "zto", "complaint A")
R("{A} 投诉 快递员让买家到付 我们明明是寄付", "jt", "complaint A")
R("{A} 退回来的件 仓库说箱子里是别人的东西", "zto", "", nh=True)
R("{A} 这个件还在仓库吗 没揽收的话撤单", "yto", "cancel A")
R("{A} 理赔 照片发群里了 请查收", "zto", "claim A")
R("早上好～今天的两单：{A} 拦截，{B} 查件", "zto", "intercept A; track B", cats=(7,))
R("{A} 派送员说地址不详 改到 常州市武进区湖塘镇 延政中路 5 号 购物中心 2 楼 屿衣专柜", "jt", "change_address A")
R("{A} 这个空气炸锅 买家要理赔 帮申请一下 保价多少你们系统里有", "zto", "claim A", cats=(8,))
R("{A} 这单改成到付可以吗", "zto", "", nh=True)
R("{A} 买家说家里没人 帮忙放快递柜", "yto", "", nh=True)
R("{A} 买家拒收是因为快递员态度恶劣 投诉 件退回来就行", "yto", "intercept A; complaint A", cats=(8,))
R("{A} 拦截退回\n原因：买家说不要了\n备注：退回义乌仓 不要退周巷", "zto", "intercept A")
R("@网点小何 {A} 麻烦核下签收 买家 {PN}", "zto", "verify_delivery A", cats=(4,))
R("@网点小何 在吗 昨天说的那车能多拉两百件吗", "zto")
R("{A} 买家说收到的时候外包装被拆开过 东西少了", "jt", "lost A")
R("{A} 延误 + 破损，买家等了五天收到一个坏的，先都登记上", "zto", "delay A; damaged A", cats=(8,))
R("{A} 东西碎了要赔，快递员还不接电话，投诉+理赔", "yto", "claim A; complaint A", cats=(8,))
R("{A} 收件人改为 刘洋 电话 {PN} 地址不变", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 买家说派送员态度还行 就是太慢 催一下就好", "zto", "urge A", cats=(1,))
R("{A} 破损 买家不要赔偿 只要求重发 我们自己重发 你们登记下就行", "jt", "damaged A", cats=(1, 8))
R("{A} 地址是对的 派送员说找不到 电话也不打 催派 并投诉", "zto", "urge A; complaint A", cats=(8,))
R("这周第三次了 {A} 又是显示签收没收到 同一个派送员 核实 + 投诉", "yto", "verify_delivery A; complaint A",
  cats=(8,))
R("{A} 你们说的“已登记延误” 是什么意思 会赔吗", "zto", "", nh=True, cats=(8,))
R("{A} 拦截的话退回运费多少？先问一下 还没决定", "zto", "", nh=True)
R("{A} 买家刚刚说收到了 谢谢", "jt", "")
R("{A} 退回 地址：宁波慈溪周巷镇 环城北路 669 号 暖屿仓库 方慧 {PN}", "zto", "intercept A", cats=(4,))
R("{A} 仲裁，理由见附件，派送员签收照片是别人家门口", "zto", "arbitration A")
R("{A} 我们不同意网点给的定责 申请仲裁", "jt", "arbitration A")
R("{A} 延误 顾客投诉", "zto", "delay A; complaint A", cats=(8,))
R("{A} 改地址 → 宁波北仑 新碶街道 明州路 1 号 北仑万达 收件人改 蔡女士 {PN}", "zto", "change_address A",
  cats=(4,))
R("{A} 帮忙看下揽收了没有 没揽收就撤了", "zto", "cancel A")

# ---------------------------------------------------------------- more hard cases
R("{A} 上周投诉的那个快递员 今天又把 {B} 放门口了 买家没收到 显示签收", "zto", "verify_delivery B", cats=(8,))
R("方姐：{A} 不拦了 直接让买家拒收\n小林：好的", "zto", "", nh=True, cats=(1, 3))
R("{A} 我们已经在平台给买家赔了 ¥50，这个不找你们理赔了，但是投诉还是要投的", "yto", "complaint A",
  cats=(1, 4, 8))
R("{A} 先投诉吧，理赔等货退回来检测了再说", "zto", "complaint A", cats=(1, 8))
R("{A} 破损理赔上周提交了 这周又发现同批次 {B} {C} 也破了 这两个一起理赔", "zto", "claim B C", cats=(7, 8))
R("{A} 买家签收第三天才发现是破的 能帮忙登记个破损吗", "yto", "damaged A", cats=(8,))
R("{A} 已经核过重了 结果是 2.1kg 账单还是没改 这次投诉", "jt", "complaint A", cats=(8,))
R("{A} 去年双十一也是这个派送员，投诉了也没用，这次直接拦截退回 不送了", "zto", "intercept A", cats=(8,))
R("{A} 查件就行 不用催 也不用拦", "yto", "track A", cats=(1,))
R("{A} 不是延误 是买家填错地址 改到 长沙市开福区 芙蓉中路 一段 88 号 曾先生", "zto", "change_address A",
  cats=(1, 2))
R("不是我要撤单 是买家要撤单，{A} 已经揽收了，那就拦截", "jt", "intercept A", cats=(1, 2))
R("{A} 拦截失败了？那就改派吧 送到 买家公司 宁波市鄞州区 四明中路 999 号 宁波文化广场 5 号楼", "zto",
  "change_address A", cats=(2, 8))
R("{A} 丢了的话我们要理赔，找到了就催一下派送", "yto", "", nh=True, cats=(8,))
R("{A} 这是补发单，原单 {B} 上周丢件已理赔。补发的这单麻烦加急", "zto", "urge A", cats=(8,))
R("{A} 这个称重没问题 是 {B} 有问题 {B} 核一下", "jt", "weight B", cats=(1, 7))
R("{A} 这是本月第二次破损了，上次那单的理赔还没到，这次先登记，理赔的事一起算", "zto", "damaged A", cats=(8,))
R("{A} {B} 都丢了 {A} 理赔 {B} 买家说不要了 只登记丢件", "yto", "claim A; lost B", cats=(1, 7, 8))
R("{A} 显示签收 买家没收到，昨天已经登记过核实了，今天再问一下结果", "zto", "", nh=True, cats=(8,))
R("{A} 买家说快递员态度好 东西也没坏 就是晚了两天 不投诉 登记一下延误就行", "jt", "delay A", cats=(1, 8))
R("{A} 超重 我们认 不用核，但是里面的养生壶碎了 要赔 ¥139", "zto", "claim A", cats=(1, 4, 8))
R("{A} 件在你们网点摔的 派送员亲口承认的 要求理赔 ¥289 并投诉网点操作", "yto", "claim A; complaint A",
  cats=(4, 8))
R("{A} 上次说的改地址 是改这个 不是 {B}，{B} 原地址不动；新地址：宁波市镇海区 骆驼街道 镇骆东路 1 号 何先生",
  "zto", "change_address A", nh=True, cats=(1, 2, 8))
R("{A} 这个也拦一下", "yto", "intercept A")
R("{A} 跟 {B} 一样处理", "zto", "", nh=True, cats=(7,))
R("{A} 买家刚打电话 说破损是他自己摔的 不用登记了", "jt", "", nh=True, cats=(1,))
R("阿豪：{A} 核重\n方姐：{A} 不用核了 是我们称错了", "zto", "", cats=(1, 3))
R("小林刚才报的 {A} 拦截 别拦了 改地址 买家新地址 慈溪市 浒山街道 新城大道北路 288 号 银泰城 2 楼", "yto",
  "change_address A", cats=(1, 2))
R("{A} 买家电话 {PN} 打不通 先别派 问问派送员能不能联系上", "zto", "", nh=True, cats=(4,))
R("{A} 理赔 {B} 理赔 {C} 理赔\n不好意思 发错了 这三个是要投诉的 不是理赔", "zto", "complaint A B C",
  cats=(2, 7, 8))
R("{A} 原来是要改地址的 后来买家说不要了 所以现在是拦截", "zto", "intercept A", cats=(2,))
R("{A} 没有丢，是我们仓库漏发了，登记的丢件撤一下", "yto", "", nh=True, cats=(1, 8))
R("{A} 客户说如果今天送不到就拒收，麻烦催一下", "zto", "urge A")
R("{A} 已经拦截回来了 但是退回运费收了两次 核一下", "jt", "", nh=True, cats=(8,))
R("{A} 是催件 不是投诉", "zto", "urge A", cats=(1, 2))

# ---------------------------------------------------------------- a few more of the everyday
R("{A} 麻烦拦截退回，买家说拍错颜色了 要黑色", "zto", "intercept A")
R("{A} 催一下派送 买家 {PN} 说家里一直有人", "yto", "urge A", cats=(0, 4))
R("{A} 查一下什么时候能到 买家说下周要回老家了", "zto", "track A")
R("{A} 到苏州了吗", "jt", "track A")
R("{A} 改地址 苏州市姑苏区人民路1888号 5幢203 江女士 {PN}", "zto", "change_address A", cats=(0, 4))
R("{A} 撤单 今天这箱不发了", "jt", "cancel A")
R("{A} 暖风机破损 外壳碎了 买家拒签了", "zto", "damaged A")
R("{A} 显示签收 买家说没收到 人在外地出差 家里没人", "yto", "verify_delivery A")
R("{A} 丢了 理赔 ¥139", "zto", "claim A", cats=(0, 4))
R("{A} 超重 核重 谢谢", "jt", "weight A")
R("{A} 停在上海转运中心四天了", "zto", "delay A")
R("{A} 帮忙拦截一下 谢谢", "sto", "intercept A")
R("下午好，{A} {B} 这两单帮忙催一下，都是加绒卫衣，买家等着穿", "zto", "urge A B")
R("{A} 投诉 派送员把大件放在小区门口 没通知买家", "yto", "complaint A")

W.main() if __name__ == "__main__" else None
