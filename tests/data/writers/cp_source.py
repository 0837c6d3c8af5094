"""Writer cp: an ordinary outlet group in a big city on a busy afternoon (上海 闵行 七宝, some forty merchants).

Casting note. The group is 中通七宝网点 商家售后群 in WeCom, run by the outlet's clerk 小杨 and her colleague 阿斌;
the same merchants also sit in the 圆通 中春路, 极兔 七宝, 申通, 韵达, 顺丰 月结, 京东 闵行营业部, 邮政 七宝揽投部,
德邦 and 菜鸟 groups of the 七宝 e-commerce park, and in the park's 多家快递 对接群 where only prefixed numbers are
posted. It is a weekday, 13:00 to 18:00, the busiest hours before the evening pickup. Some forty merchants write, all
in everyday standard Mandarin, typed on phones and office PCs: 木棉衣橱 小周 (women's clothes), 陈姐 (children's
clothes), 林记茶行 老林 (tea), 阿杰 (pet food), 王哥 (phone cases), 莉莉 (cosmetics), 刘老师 (stationery), 孙阿姨
(bedding, slow typist, long stories), 小郑 (baking supplies), 芳芳 (jewellery), 老赵 (car accessories), 大伟
(outdoor gear), 晓雯 (second-hand books), 阿峰 (sneakers), 小何 (baby goods), 唐总 (health products, terse), 静静
(handmade soap), 胡哥 (tea sets and ceramics), 小米 (glassware), 周老板 (wine), 阿凯 (guitar parts), 老蒋 (printing),
小胖 (snacks), 老马 (printer toner), 婷婷 (storage boxes), 老钱 (lamps), 小吴 (sportswear), 小雅 (wigs), 米娅
(scented candles), 阿南 (figures and models), and the customer-service girls of the bigger shops who relay their
buyers' words. What makes the afternoon hard is not the language but what is said: stories told before the request,
several parcels in one message each with its own command, a broken cup and a rude courier in one breath, a lost
parcel and its compensation, a late parcel with a refunded buyer and a complaint, a number or an address or a
command put right halfway, one parcel of several taken back, buyers' wishes passed on, colleagues and the bot
quoted, and questions about what was asked this morning that ask for nothing new. Numbers that are not waybills
come along: buyers' phones, platform order numbers, amounts, weights, pickup codes, dates. About two messages in
three are plain requests and questions.
"""

from harness import Writer

W = Writer("cp", seed=5310311)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule
BOT = "中通七宝售后助手"

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("{A} 麻烦拦截退回，客户下单拍错颜色了", "zto", "intercept A")
R("下午好，打扰一下。今天上午发出去的一件羊毛大衣，买家中午说家里人已经给她买了一件一样的，死活不要了，"
  "已经在平台上申请了仅退款。单号 {A}，麻烦帮我拦截退回，谢谢！", "zto", "intercept A")
R("拦截 {A}", "yto", "intercept A")
R("{A}\n拦回来 发错货了 把 M 码发成 XL 了", "jt", "intercept A")
R("你好，{A} 这个件麻烦退回给我，收件人电话一直打不通，问了买家说填的是以前的号码，不想折腾了", "zto", "intercept A")
R("@小杨 {A} 帮忙截一下 谢谢小杨", "zto", "intercept A")
R("{A} {B} 两票都退回，同一个买家，两个订单都申请退款了", "yto", "intercept A B")
R("麻烦把 {A} 拦下来，这个买家我们查了历史记录，收货就申请退款，已经是第三次了，这单不做了", "zto", "intercept A")
R("{A} 别派了，退回仓库，这批货有质量问题厂家要召回", "sto", "intercept A")
R("林记茶行 老林：{A} 这票拦截退回。客户订的是明前龙井，仓库小姑娘给装成了雨前的，差价一百多，得换回来", "zto",
  "intercept A")
R("{A} 退件，客户拒收了", "yunda", "intercept A")
R("你们好 我是做宠物粮的阿杰，{A} 这票猫粮发错口味了，帮我拦截，退回七宝这边", "jt", "intercept A")
R("{A}\n{B}\n{C}\n以上三单全部拦截，地址批量导错了", "zto", "intercept A B C", cats=(7,))
R("{A} 拦截吧，买家说他搬家了，这个地址已经没人了，我重新给他发一单", "zto", "intercept A")
R("帮我退回 {A}，谢谢 辛苦", "sf", "intercept A")
R("小杨在吗？{A} 要拦截，买家嫌我们发货慢，直接退款了，货还在路上，赶紧拦回来", "zto", "intercept A")
R("{A} 拦截退回 原因：地址不详 快递员打电话说找不到这个小区", "yto", "intercept A")
R("{A} 如果还没签收就拦截，签收了就算了", "zto", "intercept A")
R("今天上午发的 {A}，客户刚取消订单，麻烦拦截退给我，还在网点的话就别往外发了", "zto", "intercept A")
R("{A} 截件 客户地址是学校宿舍 放寒假了 没人收", "jt", "intercept A")
R("麻烦拦截：{A}（鞋子尺码错了）", "zto", "intercept A")
R("{A} 退回退回，买家说收到也会拒收，别浪费时间了", "yunda", "intercept A")
R("老师，{A} 能拦截吗？客户地址写成了他公司的，公司这周放假没人", "zto", "intercept A")
R("{A} {B}\n这两个都是发给同一个客户的，他只要一个，把 {B} 拦回来就行", "zto", "intercept B", cats=(1, 7))
R("我是楼下做灯具的老钱，{A} 拦截一下，灯罩型号发错了，E27 的发成 E14 了", "sto", "intercept A")
R("{A} 客户退款了，退回", "jt", "intercept A")
R("请拦截退回 {A} {B} {C} {D}，这四个都是昨天那批有瑕疵的保温杯，厂家通知召回", "zto", "intercept A B C D",
  cats=(7,))
R("{A} 这票请退回寄件人，收件人说没买过这个东西，可能是家里小孩乱下的单", "ems", "intercept A")
R("hello，{A} 拦截一下哈～", "yto", "intercept A")
R("{A} 这个不要送了，退回来。", "zto", "intercept A")
R("打扰了，{A} 帮我拦一下，客户在直播间拍了两单，这单是重复的", "zto", "intercept A")
R("孙阿姨这边：上礼拜有个老客户订了两套四件套，一套给女儿一套给自己，结果女儿那套她说不要了，女儿嫌颜色老气。"
  "我跟她商量了半天，还是退回来吧。单号是 {A}，麻烦你们了，谢谢谢谢", "zto", "intercept A")
R("{A} 这单拦截，发往新疆的，新疆那边现在停发，过不去", "yunda", "intercept A")
R("{A} 退回 货发错了 一会儿重新发", "deppon", "intercept A")
R("{A} 客户人在国外了 下个月才回来 退回吧", "sf", "intercept A")
R("急！{A} 拦截，里面少装了配件，客户收到肯定要闹", "zto", "intercept A")
R("{A} 拦截，退回地址就写我们七宝仓库，不要退到老地址了，老仓库已经退租了", "zto", "intercept A")

# cancel
R("{A} 撤单，快递员还没来取", "zto", "cancel A")
R("你好，{A} 取消寄件，客户临时不要了，货还在我这里没交出去", "zto", "cancel A")
R("{A} 作废，面单打错了，重新打了一张", "yto", "cancel A")
R("{A} {B} 不寄了，帮忙撤一下单", "jt", "cancel A B")
R("我早上在小程序上下了个单 {A}，现在不想寄了，能帮忙取消吗", "sf", "cancel A")
R("撤单 {A} 谢谢", "sto", "cancel A")
R("{A} 这个单子取消掉，下午小哥来了不用拿这个", "zto", "cancel A")
R("@小杨 {A} 帮我取消一下订单，客户改主意了要换别的款，我晚点重新下单", "zto", "cancel A")
R("刚打印的三张面单 {A} {B} {C} 全部作废，打印机卡纸了字都糊了，我重新打", "yunda", "cancel A B C", cats=(7,))
R("{A} 取消寄件。", "jd", "cancel A")
R("麻烦撤单：{A}，原因：重复下单", "zto", "cancel A")
R("{A} 还没揽收吧？没揽收就直接撤了", "zto", "cancel A")
R("{A} 不发了 撤单", "deppon", "cancel A")
R("我们仓库今天下午有一张是测试打的单，{A}，帮忙撤销一下，别让小哥来揽", "zto", "cancel A")
R("{A} 这单不寄了，客户自己开车来店里拿走了", "jt", "cancel A")
R("老马这边 {A} 取消，硒鼓缺货发不了，跟客户说好了退款", "sto", "cancel A")
R("{A} 帮撤一下，下单的时候寄件人写成我老婆的店了", "zto", "cancel A")
R("你好 能不能帮我把 {A} 这个单撤了？货还在柜台上没拿走", "ems", "cancel A")

# change_address
R("{A} 改地址：上海市浦东新区 张江镇 祖冲之路 887 弄 12 号 302 室，收件人不变", "zto", "change_address A")
R("你好，{A} 麻烦改一下地址，买家说他下周出差，寄到他公司去：江苏省苏州市工业园区 星湖街 328 号 创意产业园 5 栋 "
  "李先生 {P}", "zto", "change_address A", cats=(4,))
R("{A} 改派到 杭州市余杭区 五常街道 文一西路 998 号 海创园 18 幢，电话 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 转寄 北京市朝阳区 望京 阜通东大街 6 号 方恒国际 C 座 1608 收件人 刘洋", "sf", "change_address A")
R("买家刚在旺旺上说地址填错了，{A} 地址改为：广东省深圳市南山区 粤海街道 高新南七道 6 号 陈小姐 {P}，麻烦了", "jt",
  "change_address A", cats=(4,))
R("{A}\n新地址：成都市武侯区 天府大道北段 1700 号 环球中心 W6 区 2 楼\n收件人：赵敏\n电话：{PN}", "zto",
  "change_address A", cats=(4,))
R("{A} 改个地址，从闵行区改到徐汇区 漕溪北路 88 号 圣爱大厦 14 楼，人和电话都不变", "zto", "change_address A")
R("@小杨 {A} 改址 南京市鼓楼区 中山北路 30 号 城市名人酒店 前台代收", "sto", "change_address A")
R("{A} 收件人改为 王建国，电话改为 {P}", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 电话改一下，改成 {PN}，原来那个号码停机了", "yto", "change_address A", nh=True, cats=(4,))
R("{A} 改地址", "zto", "change_address A", nh=True)
R("帮忙改下地址 {A}，客户说要寄到他妈妈家，地址我等下问到了发过来", "zto", "change_address A", nh=True)
R("{A} 改派，同一个小区，从 12 号楼改到 15 号楼 902，其他都不变", "zto", "change_address A")
R("{A} 客户要求改地址：天津市南开区 鞍山西道 与 白堤路 交口 天津科技大厦 1103", "jt", "change_address A")
R("{A} 不送家里了，送到他公司：上海市长宁区 金钟路 968 号 凌空 SOHO 8 号楼，前台签收就行", "zto", "change_address A")
R("你好，{A} 这个件已经到派送网点了，还能改地址吗？能的话改到 上海市闵行区 古美路 1528 号 古美大厦 6 楼 "
  "人事部 朱女士", "zto", "change_address A")
R("{A} 麻烦转寄到 武汉市洪山区 珞喻路 1037 号 华中科技大学 韵苑 23 栋 宿管阿姨代收，学生放假前要拿到", "yunda",
  "change_address A")
R("地址改一下：{A} → 浙江省杭州市西湖区 文三路 478 号 华星时代广场 A 座 1203 王女士", "zto", "change_address A")
R("{A} 改地址 客户说原来那个地址拆迁了", "jt", "change_address A", nh=True)
R("{A} 改成送 上海市闵行区 七宝镇 七莘路 3655 号 七宝万科广场 B1 菜鸟驿站，客户说白天不在家，放驿站他下班去拿",
  "zto", "change_address A")
R("小何母婴：{A} 改一下收货地址，新地址 江苏省南京市建邺区 江东中路 369 号 新华报业传媒广场 18F，电话 {PN} "
  "收件人 何静", "zto", "change_address A", cats=(4,))
R("{A} 改派 广州市海珠区 新港东路 1000 号 保利世贸中心 E 座 前台", "sf", "change_address A")
R("这个 {A} 地址改为 重庆市渝中区 解放碑 民权路 28 号 英利国际金融中心 32 楼，其他信息不变，谢谢", "jd",
  "change_address A")

# urge
R("{A} 催一下，客户明天过生日要用", "zto", "urge A")
R("{A} 麻烦催个件，买家一天问三遍了", "yto", "urge A")
R("{A} 到你们网点两天了还没派，帮忙催下", "zto", "urge A")
R("你好，{A} 显示派送中一上午了，客户在家等着呢，能不能让小哥快点", "zto", "urge A")
R("加急 {A} 客户要赶飞机，下午五点前必须拿到", "sf", "urge A")
R("{A} {B} {C} 这几单都催一下，都是发同一个地区的，好像都卡住了", "jt", "urge A B C", cats=(7,))
R("{A} 帮忙尽快派送，里面是药，老人等着吃", "ems", "urge A")
R("催件 {A}", "sto", "urge A")
R("{A} 这个能不能今天送到？明天客户就去外地了，麻烦跟派件员说一声", "zto", "urge A")
R("{A} 客户说三天了还没到，催一下吧", "yunda", "urge A")
R("小杨，{A} 麻烦催一下派送，收件人是幼儿园，明天六一要用的演出服", "zto", "urge A")
R("{A} 催催 谢谢", "zto", "urge A")
R("下午好～我这边有一单 {A}，客户是开店的，说周末要上新，这批衣架等着用，能不能帮忙催一下派送呀", "zto", "urge A")
R("{A} 加急派送，客户婚礼要用的喜糖盒", "jt", "urge A")
R("麻烦催一下 {A} {B}，两个都是同城件，昨天发的今天还没到，同城不应该这么慢吧", "zto", "urge A B")
R("{A} 这个已经到 浦东 的网点了，能不能今天派掉，客户急着用", "yto", "urge A")
R("帮我催下这单 {A}，客户说再不到就要退款了", "zto", "urge A")
R("{A} 尽快派送谢谢", "deppon", "urge A")
R("我是做运动服的小吴，{A} 这单是给一个健身房的团体订单，他们周六有比赛要穿，麻烦催一下", "zto", "urge A")
R("{A} 快点送吧 客户都打了五六个电话了", "sto", "urge A")
R("周老板：{A} 红酒，客户明晚请客用，今天务必送到，拜托了", "sf", "urge A")
R("{A} 催一下派件 小哥说没空 客户一直在家等", "yunda", "urge A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("帮查一下 {A} 现在什么位置", "zto", "track A")
R("{A} 今天能到吗？客户问", "zto", "track A")
R("{A} {B} 查下物流", "jt", "track A B")
R("你好，{A} 这个件今天上午揽收的，帮看下发出去没有", "zto", "track A")
R("{A} 什么时候能派送", "sto", "track A")
R("客户问 {A} 到哪了，我这边物流页面一直打不开", "zto", "track A")
R("{A}\n{B}\n{C}\n帮查一下这三个的物流，客户都在问", "yunda", "track A B C", cats=(7,))
R("麻烦看一下 {A} 现在在哪个网点", "jd", "track A")
R("{A} 预计几号能到 乌鲁木齐", "ems", "track A")
R("小杨 帮我看看 {A} 派了没", "zto", "track A")
R("查件 {A}", "yto", "track A")
R("{A} 这个走到哪了？客户说他那边查不到物流", "zto", "track A")
R("这单 {A} 明天能到杭州吗", "sf", "track A")
R("{A} 现在什么状态了", "jt", "track A")

# delay
R("{A} 在杭州转运中心三天没动了", "zto", "delay A")
R("{A} 物流四天没更新了", "yto", "delay A")
R("{A} 怎么还没到，是不是延误了", "jt", "delay A")
R("{A} 延误，登记一下", "zto", "delay A")
R("{A} 从上周五发出去，到现在一直显示在 嘉兴 中转，一个礼拜了", "zto", "delay A")
R("你好，{A} 好几天没有更新物流了，客户天天来问，我也不知道怎么回复", "sto", "delay A")
R("{A} 停在 郑州 不动了", "yunda", "delay A")
R("{A} 显示到了 昆明 就没动静了，已经五天", "ems", "delay A")
R("{A} 这票延误了，时效承诺的是两天，现在第四天了", "sf", "delay A")
R("{A} {B} 都卡在 广州 分拨中心 两天了", "jt", "delay A B")

# damaged
R("{A} 客户收到外箱破了，里面的陶瓷杯碎了一个，照片我发小杨私信了", "zto", "damaged A")
R("{A} 破损，洗发水漏了一箱子", "yto", "damaged A")
R("胡哥这边，{A} 客户签收的时候发现茶壶盖子碎了，我们包了三层气泡膜还这样，你们分拣是扔的吧", "zto", "damaged A")
R("{A} 压坏了，纸箱都扁了，里面的蛋糕模具变形", "zto", "damaged A")
R("{A} 东西到了是坏的，台灯灯罩裂了一条缝", "sto", "damaged A")
R("你好，{A} 客户说收到的时候外包装湿透了，里面的书都泡了，登记一下破损", "zto", "damaged A")
R("{A} 红酒碎了一瓶 箱子里全是酒", "sf", "damaged A")
R("{A} 外箱破了", "jt", "damaged A")
R("小米玻璃杯：{A} 六个杯子碎了两个，客户拍了开箱视频", "zto", "damaged A")
R("{A} 漏液 香薰精油瓶盖松了 洒了一半", "yunda", "damaged A")

# lost
R("{A} 丢件了吧，一个星期没动了", "zto", "lost A")
R("{A} 网点说找不到了，登记遗失", "zto", "lost A")
R("{A} 一周没动，是不是丢了", "yto", "lost A")
R("{A} 件没了，哪都找不着，问了派件员也说没见过", "zto", "lost A")
R("{A} 客户收到箱子是空的，东西没了", "jt", "lost A")
R("{A} 少件，一共三盒，客户只收到两盒", "zto", "lost A")
R("{A} 这个件是不是丢了？转运中心说没到，发件网点说发出去了", "sto", "lost A")
R("{A} 遗失，麻烦登记一下", "deppon", "lost A")

# weight
R("{A} 重量不对，我们称的 1.2 公斤，系统里是 3.5 公斤，帮核一下", "zto", "weight A", cats=(4,))
R("{A} 核重，一件 T 恤怎么可能 2 公斤", "zto", "weight A")
R("{A} {B} 这两单运费扣得不对，帮忙查一下重量", "yto", "weight A B")
R("{A} 超重了？我发的就是一盒茶叶 250 克，怎么按 3 公斤收的", "zto", "weight A", cats=(4,))
R("麻烦称一下 {A}，我觉得你们称错了", "sto", "weight A")
R("{A} 查重量，月结账单上这单 18 块，平时这种都是 6 块", "zto", "weight A", cats=(4,))
R("{A} 抛重算得不对吧，箱子 30×20×10 的，算成了 8 公斤", "jt", "weight A", cats=(4,))

# verify_delivery
R("{A} 显示签收了，客户说没收到，门卫也说没有", "zto", "verify_delivery A")
R("{A} 显示已签收 但是客户根本没收到 麻烦核实一下是谁签的", "yto", "verify_delivery A")
R("你好，{A} 物流显示本人签收，但是收件人说那天他在外地出差，不可能本人签收，帮忙查一下", "zto", "verify_delivery A")
R("{A} 虚假签收", "jt", "verify_delivery A")
R("{A} 签收了 但是客户说没见过这个件 快递柜里也没有", "zto", "verify_delivery A")
R("{A} 显示放驿站了，客户去驿站找没有，驿站说没收到过，核实一下签收", "yunda", "verify_delivery A")
R("{A} 别人签收了，不是我们客户签的", "sto", "verify_delivery A")

# claim
R("{A} 丢了，申请理赔，货值 368 元，订单截图我发小杨了", "zto", "claim A", cats=(4, 8))
R("{A} 破损，要求赔偿", "yto", "claim A", cats=(8,))
R("{A} 理赔 茶具碎了 客户退款了 损失 560", "zto", "claim A", cats=(4, 8))
R("{A} 申请赔付，保价了 1000 块", "sf", "claim A", cats=(4,))
R("{A} 这个要赔钱的，东西都碎成渣了，客户全额退款，我们亏了两百多", "zto", "claim A", cats=(4, 8))
R("{A} 要理赔", "jt", "claim A")

# complaint
R("投诉一下 {A} 的派件员，没打电话直接放驿站，客户找了半天", "zto", "complaint A")
R("{A} 快递员态度太差，客户问了一句他就挂电话，投诉", "yto", "complaint A")
R("{A} 我要投诉，派件员把件扔在小区门口就走了", "zto", "complaint A")
R("{A} 客诉，收件人说快递员让他自己到路口拿", "jt", "complaint A")
R("你好，{A} 这个派件员太过分了，客户让他送上楼，他说不送就把件拉回去了，麻烦投诉处理一下", "sto", "complaint A")
R("{A} 投诉 派件员不打招呼就放快递柜，客户年纪大了不会用快递柜", "yunda", "complaint A")

# arbitration
R("{A} 申请仲裁，理赔金额双方谈不拢", "zto", "arbitration A")
R("{A} 这个我们要求仲裁，网点说是我们包装问题，我们有打包视频", "yto", "arbitration A")
R("{A} 仲裁", "jt", "arbitration A")

# no request, greetings, questions without a waybill
R("明天几点来收件？我这边有四十多件", "zto", "")
R("谢谢小杨 搞定了", "zto", "")
R("今天还能发吗？几点截单", "zto", "")
R("小哥今天怎么还没来收件，都四点半了", "zto", "")
R("好的 收到", "yto", "")
R("下午好各位老板，今天双十二预热，单量大的提前跟我报一下数，我让小哥多开一辆车", "zto", "")
R("请问周六你们上班吗", "jt", "")
R("辛苦了辛苦了 🙏", "zto", "")
R("小杨，月结账单什么时候出？", "zto", "")
R("新来的小哥叫什么名字？电话多少？我存一下", "sto", "")
R("好的 明白了 谢谢", "yunda", "")
R("打包的纸箱还有吗？我下午过去拿一捆", "zto", "")

# ---------------------------------------------------------------- 7: several parcels, each its own command
R("三件事：\n1、{A} 拦截，客户退款了\n2、{B} 改地址，改到 上海市浦东新区 世纪大道 100 号 环球金融中心 45 楼\n"
  "3、{C} 催一下，客户明天要", "zto", "intercept A; change_address B; urge C", cats=(7,))
R("{A} 拦截 {B} 催件 {C} 查一下到哪了", "zto", "intercept A; urge B; track C", cats=(7,))
R("{A} 破损，{B} 显示签收但没收到，{C} 重量不对，三个都是今天客户反馈的，麻烦一起处理下", "zto",
  "damaged A; verify_delivery B; weight C", cats=(7,))
R("{A}\n{B}\n{C}\n第一个拦截，后面两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} {B} {C} {D}\n上面四个，前三个都是发错货的，拦截；最后一个客户催了好几次，催一下", "zto",
  "intercept A B C; urge D", cats=(7,))
R("{A}\t拦截\t发错货\n{B}\t改地址\t上海市嘉定区 安亭镇 墨玉南路 888 号\n{C}\t催件\t客户急用", "zto",
  "intercept A; change_address B; urge C", cats=(7,))
R("今天发的这几单\n1. {A}\n2. {B}\n3. {C}\n4. {D}\n2 和 4 拦截，其他的正常", "zto", "intercept B D", cats=(7, 1))
R("{A} {B} {C} 以上都拦截", "yto", "intercept A B C", cats=(7,))
R("{A}\n{B}\n{C}\n中间那个不要拦，其余拦截", "zto", "intercept A C", cats=(7, 1))
R("下午一口气来了好几个售后，我一个个说：\n{A} 客户说东西不要了，拦截；\n{B} 这个催一下，三天了；\n"
  "{C} 客户说显示签收但是没收到；\n{D} 查一下到哪了。\n辛苦小杨", "zto",
  "intercept A; urge B; verify_delivery C; track D", cats=(7,))
R("{A} 撤单\n{B} 撤单\n{C} 拦截（这个已经揽收了）", "zto", "cancel A B; intercept C", cats=(7,))
R("{A} 拦截，{B} 改地址到 上海市松江区 广富林路 658 弄 14 号，{C} 不用管", "zto",
  "intercept A; change_address B", cats=(7, 1))
R("单号\t问题\n{A}\t破损\n{B}\t少件\n{C}\t延误", "zto", "damaged A; lost B; delay C", cats=(7,))
R("{A} 和 {B} 都催一下，{A} 客户比较急，先催这个", "yto", "urge A B", cats=(7,))
R("{A} 拦截 客户退款\n{B} 拦截 地址错误\n{C} 改址 北京市东城区 东直门南大街 1 号 来福士中心 办公楼 12 层\n"
  "{D} 催件", "zto", "intercept A B; change_address C; urge D", cats=(7,))
R("这两单 {A} {B} 一个重量不对一个破损，重量不对的是前面那个", "zto", "weight A; damaged B", cats=(7,))
R("{A} {B} {C}\n这三个第一个和第三个催一下，第二个查一下重量", "jt", "urge A C; weight B", cats=(7,))
R("{A} {B}\n这两个 一个拦截一个催件", "zto", "", nh=True, cats=(7,))
R("前两个拦截 {A}", "zto", "", nh=True, cats=(7,))
R("@小杨 我这边五个单：\n{A}\n{B}\n{C}\n{D}\n{E}\n全部催一下，都是发 北京 的，北京那边好像在限行", "zto",
  "urge A B C D E", cats=(7,))
R("{A} 查件\n{B} 查件\n{C} 显示签收了客户没收到", "sto", "track A B; verify_delivery C", cats=(7,))
R("以下单号拦截退回：\n{A}\n{B}\n以下单号改地址（地址相同）：\n{C}\n{D}\n新地址：上海市普陀区 真北路 1108 号 "
  "月星环球港 3 号门 物业前台", "zto", "intercept A B; change_address C D", cats=(7,))
R("{A} {B} 拦截，{C} 撤单", "yunda", "intercept A B; cancel C", cats=(7,))
R("第一单 {A} 催件\n第二单 {B} 核实签收\n第三单 {C} 投诉 快递员说话很难听", "zto",
  "urge A; verify_delivery B; complaint C", cats=(7,))
R("{A} {B} {C} {D} 这四个都查一下，后两个顺便催一下", "zto", "track A B; urge C D", cats=(7,))

# ---------------------------------------------------------------- relayed from buyers, stories before the request
R("买家原话：“亲，我地址写错了，能不能帮我改到 浙江省宁波市鄞州区 天童南路 588 号 宁波文化广场 B 座”。单号 {A}，"
  "麻烦按买家说的改一下", "zto", "change_address A", cats=(3,))
R("买家说 {A} 快递员打电话他没接到，让小哥明天上午再送一次，麻烦帮忙转告一下", "zto", "", nh=True)
R("买家在问 {A} 怎么还没到，我跟他说已经在催了，你们帮忙催一下哈", "zto", "urge A")
R("客户说 {A} 收到的杯子是碎的，发了照片给我，外箱一角压扁了，杯身裂开。麻烦登记一下破损", "zto", "damaged A")
R("买家：“你们的快递员太凶了，我就问了一句放哪，他说你自己找”。{A}，这个帮忙投诉一下吧", "zto", "complaint A",
  cats=(3,))
R("买家问：“能不能退回去啊，我不想要了”\n{A}\n我跟她说可以，帮拦一下", "zto", "intercept A", cats=(3,))
R("客户说 {A} 不要了让退回去，但我觉得还能再跟他聊聊，先别拦", "zto", "", cats=(1,))
R("我们客服转过来的：{A} 的买家说他人在医院陪床，这周都回不了家，问能不能寄到医院：上海市徐汇区 宛平南路 600 号 "
  "门诊楼 一楼 服务台 转 刘先生 {P}", "zto", "change_address A", cats=(4,))
R("刚才有个买家打电话来骂了我二十分钟，说 {A} 快递员把件放在他家门口被人拿走了，现在显示签收但是东西没了。"
  "我也很无奈，麻烦你们核实一下签收，到底是谁签的", "zto", "verify_delivery A")
R("说来话长。{A} 这个客户是我们老客户了，上礼拜订了一箱猫砂，一直没到，今天她说物流五天没更新，"
  "她家猫都没得用了，跑去超市买了一袋。我这边能做的就是催一下你们，麻烦了", "jt", "urge A")
R("晓雯二手书：{A} 这个客户挺好的，买了我二十多本书，结果收到的时候箱子底破了，掉了三本在路上，"
  "客户说只收到十九本。少件登记一下吧", "zto", "lost A")
R("下午好。跟大家说个事，今天上午我们有一批货是发 江苏 的，一共八单，其中 {A} 这一单客户刚打电话来说，"
  "他们公司地址搬了，新地址是 江苏省无锡市滨湖区 蠡湖大道 2019 号 无锡国家软件园 天鹅座 C 栋，"
  "收件人还是 顾经理，电话 {PN}，麻烦帮忙改一下", "zto", "change_address A", cats=(4,))
R("唉，今天真是倒霉。{A} 这个件客户等了一个礼拜，今天终于到了，结果打开一看，里面的手办断了一只手，"
  "客户拍了视频发给我，我还得给他退钱。破损帮我登记一下", "zto", "damaged A")
R("孙阿姨：小杨啊，上午那个我跟你说的被子，就是发到 宁波 给我外甥女的那个，单号我找到了，{A}，"
  "她说还没收到，你帮我看看到哪里了好伐", "zto", "track A")
R("买家说 {A} 已经签收了，但是里面的东西不对，我们发的是蓝色她收到的是红色。这个是我们仓库发错了，不关你们的事，"
  "跟你们说一声", "zto", "")
R("客户那边说 {A} 小哥放了快递柜，但是没收到取件码短信，帮忙查一下取件码", "zto", "", nh=True)
R("有个买家发消息说：“{A} 显示派送中一整天了，到底送不送？”，麻烦帮我催一下", "zto", "urge A", cats=(3,))
R("买家让我跟你们说，{A} 别送他家了，他家里没人，送到他单位：上海市闵行区 东川路 800 号 上海交通大学 "
  "闵行校区 电院 3 号楼 门卫", "zto", "change_address A")
R("{A} 这个买家刚刚在平台申请了退货退款，理由是不想要了，货还在路上，帮我拦回来", "zto", "intercept A")

# ---------------------------------------------------------------- 1: withdrawals and negation, scoped
R("{A} {B} {C} 三个拦截。等下，{B} 客户刚回消息说还要，{B} 不拦了，另外两个照拦", "zto", "intercept A C", cats=(1, 7))
R("{A} 拦截一下……算了算了 不拦了，客户说他自己去驿站拒收", "zto", "", cats=(1,))
R("{A} 上午让你们拦截的那个不用拦了，买家又说要了，麻烦跟小哥说一声正常派送", "zto", "", nh=True, cats=(1,))
R("早上说撤单的 {A} 先别撤了，快递员已经拿走了，那就正常发吧", "yto", "", nh=True, cats=(1,))
R("{A} 不用改地址了，客户说原地址能收到", "zto", "", nh=True, cats=(1,))
R("{A} 不是不拦，是现在马上拦，客户已经退款了", "zto", "intercept A", cats=(1,))
R("{A} 不要退回，改派到 上海市松江区 九亭镇 沪亭北路 218 号 中技大厦 2 号楼 门卫", "zto", "change_address A", cats=(1,))
R("{A} 和 {B} 都是发苏州的。{A} 拦截，{B} 不用拦，{B} 那个客户还要的", "zto", "intercept A", cats=(1, 7))
R("{A} 理赔不用了，客户说东西能用，就是盒子有点瘪，我们自己补偿他个小礼物就行", "zto", "", nh=True, cats=(1,))
R("{A} 我之前发的投诉撤回吧，后来问清楚了不是小哥的问题，是客户自己填错了楼号", "zto", "", nh=True, cats=(1,))
R("{A} {B} 催一下。哦 {A} 刚刚签收了，只催 {B} 吧", "jt", "urge B", cats=(1, 7))
R("{A} 拦截 {B} 拦截 {C} 拦截 {D} 先别拦 我再问问", "zto", "intercept A B C", cats=(1, 7))
R("不拦了不拦了，{A} 客户刚打电话说要了，刚才那条作废", "zto", "", nh=True, cats=(1,))
R("{A} 别撤单，我说错了，要撤的是 {B}", "zto", "cancel B", nh=True, cats=(1, 2))
R("{A} 不用催了，已经收到了，谢谢", "yto", "", nh=True, cats=(1,))
R("刚才让拦的 {A} 先不用拦了，客户说再考虑一下，考虑好了我再说", "zto", "", nh=True, cats=(1,))
R("{A} {B} {C} 都催一下，{C} 不用，{C} 是自提的", "zto", "urge A B", cats=(1, 7))
R("{A} 不是不要了，是要改地址，别给我退回来啊！新地址：北京市海淀区 中关村大街 27 号 中关村大厦 10 层 孙先生 {P}",
  "zto", "change_address A", cats=(1, 4))
R("麻烦 {A} 不要拦截，不要拦截，这个客户是要的，我同事刚才发错群了", "zto", "", nh=True, cats=(1,))
R("{A} 拦截。\n{B} 拦截。\n{C} 拦截。\n不好意思 {C} 是别人家的单号，我复制错了，忽略", "yto", "intercept A B",
  cats=(1, 2, 7))
R("{A} 这个我本来想拦截的，后来客户又说要了，就让它正常送吧", "zto", "", cats=(1,))
R("{A} 先别派，也别退，客户说等他周一回来再送", "zto", "", nh=True, cats=(1,))
R("{A} {B} 两个都改地址到 上海市闵行区 漕宝路 3366 号 七宝宝龙城市广场 写字楼 A 座 1508。{B} 算了，{B} 不改，"
  "{B} 那个客户本来就住那边", "zto", "change_address A", cats=(1, 7))
R("{A} 撤单\n{B} 撤单\n{C} 撤单\n…… {A} {C} 不撤了，小哥已经拿走了，拿走就发吧", "jt", "cancel B", cats=(1, 7))
R("{A} 不催了，客户说不着急，慢慢送", "zto", "", nh=True, cats=(1,))
R("{A} 别拦 别拦 是 {B} 要拦，两个单号长得太像了", "zto", "intercept B", cats=(1, 2))
R("{A} 拦截吧。哎不对不对，不能拦，这个是客户补差价的，要送的，不拦了", "zto", "", cats=(1, 2))
R("{A} 客户说不要退回，他还要的，只是要晚两天送", "zto", "", nh=True, cats=(1,))
R("{A} 没说要拦截啊，我说的是查一下到哪了", "zto", "track A", nh=True, cats=(1, 2))
R("{A} 不要理赔，就登记个破损，我们自己跟客户协商", "zto", "damaged A", cats=(1, 8))
R("{A} 包装破了，但东西没坏，就登记一下破损，不用赔", "zto", "damaged A", cats=(1, 8))
R("{A} {B} {C} {D} 催件，除了 {C}，{C} 今天已经派了", "sto", "urge A B D", cats=(1, 7))

# ---------------------------------------------------------------- 2: corrections of number, command, address
R("{A} 撤单。哦不对 已经揽收了 那就拦截吧", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 更正，单号打错了，是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改地址 改到 上海市静安区 南京西路 1266 号 恒隆广场 —— 不好意思说错了，是 1515 号 嘉里中心", "zto",
  "change_address A", cats=(2,))
R("{A} 催一下，不对，是要改地址，客户说要寄到公司：上海市黄浦区 淮海中路 300 号 香港新世界大厦 28 楼 前台", "zto",
  "change_address A", cats=(2,))
R("{A} 改址取消，还是拦截吧，客户说不要了", "zto", "intercept A", cats=(2,))
R("{A} {B} 拦截，{C} 催件。弄反了，{A} {B} 催件，{C} 拦截", "jt", "urge A B; intercept C", cats=(2, 7))
R("刚才发的单号少了一位，重新发一下：{A} 拦截", "yto", "intercept A", cats=(2,))
R("{A} 拦截退回，收件人手机 {PN}。哦这个是我自己的手机号，不用管，反正拦回来就行", "zto", "intercept A", cats=(2, 4))
R("{A} 查一下到哪了。算了不用查了，直接拦截吧，客户不要了", "zto", "intercept A", cats=(2,))
R("{A} 地址改为 上海市闵行区 莘庄镇 莘建东路 58 弄 3 号 1101，电话 {P}。更正一下，是 58 弄 5 号，不是 3 号", "zto",
  "change_address A", cats=(2, 4))
R("{A} 拦截 —— 等一下我看错了，要拦的是下面这个 {B}，上面那个正常送", "zto", "intercept B", cats=(2,))
R("{A} 撤单 {B} 撤单。不好意思 {B} 已经被揽走了，{B} 改成拦截", "yunda", "cancel A; intercept B", cats=(2, 7))
R("{A} 催件。哦不，是查重量，这单运费扣了 28 块，不对劲", "zto", "weight A", cats=(2, 4))
R("{A} 登记破损——不是破损，是少件，箱子好好的，打开少了两盒", "zto", "lost A", cats=(2,))
R("拦截 {A}\n拦截 {B}\n更正：第二个单号是 {C}，{B} 是已经签收的那个，不用管", "zto", "intercept A C", cats=(2, 7))
R("{A} 改地址改到 苏州市姑苏区 观前街 —— 还是退回来吧，客户说地址他自己也说不清楚", "zto", "intercept A", cats=(2,))
R("{A} 理赔，货值 420 元。写错了，是 240 元，数字打反了", "zto", "claim A", cats=(2, 4))
R("{A} {B} {C}\n第一个拦截，第二个改地址，第三个催一下。不对，第二个也拦截，地址不改了", "zto",
  "intercept A B; urge C", cats=(2, 7))
R("{A:x} 催一下 —— 多打了一位，是 {A}", "yto", "urge A", cats=(2,))
R("{A} 拦截，收件人是张女士。哦我记错了，张女士是 {B}，{B} 拦截，{A} 是李先生的，不用拦", "zto", "intercept B",
  cats=(1, 2))
R("{A} 改派 杭州市拱墅区 湖墅南路 186 号 —— 收件人也改一下，写错了，是 钱文 不是 钱雯", "zto", "change_address A",
  cats=(2,))
R("{A} 转寄到 南京市 玄武区 珠江路 88 号 新世界中心 —— 哦客户刚说是 南京市 秦淮区 中山南路 1 号 南京中心，"
  "以这个为准", "zto", "change_address A", cats=(2,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n不对，最后一个是催件，打错了", "zto", "intercept A B; urge C", cats=(2, 7))
R("{A} 投诉派件员。不好意思 刚刚情绪有点激动，不投诉了，帮忙催一下就行", "zto", "urge A", cats=(2,))
R("@小杨 {A} 这个之前说拦截的，现在改成改地址吧，客户找到新地址了：上海市宝山区 淞宝路 155 弄 3 号 201 室 "
  "电话 {PN}", "zto", "change_address A", cats=(2, 4))
R("{A} 显示签收没收到，哦不好意思，客户刚刚在门卫那里找到了。那就不用核实了", "zto", "", cats=(1, 2))
R("单号发错了，不是 {A}，是 {B}，{B} 拦截", "zto", "intercept B", cats=(2,))
R("{A} 延误登记一下——我刚刚看了下物流又动了，到 杭州 了，那就不登记了，催一下吧", "zto", "urge A", cats=(2,))
R("{A} 拦截退回 退回地址改成 上海市闵行区 中春路 7001 号 我们新仓库，别退到老地方", "zto", "intercept A")
R("{A} 拦截……不不不，撤单，还没揽收呢，我看错了", "zto", "cancel A", cats=(2,))

# ---------------------------------------------------------------- 3: quotes of colleagues, buyers and the bot
R("「" + BOT + "：@小周 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的 辛苦", "zto", "", cats=(3,))
R("「" + BOT + "：@小周 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n不用拦了 客户又说要了", "zto", "", nh=True,
  cats=(1, 3))
R("「" + BOT + "：@阿杰 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n那就撤单吧", "zto",
  "cancel A", cats=(3,))
R("「" + BOT + "：@老林 {A} 已签收，无法拦截」\n" + Q + "\n签收了？？客户说没收到啊，谁签的", "zto",
  "verify_delivery A", cats=(3,))
R("「陈姐童装：{A} 拦截」\n" + Q + "\n陈姐，这个我刚问了客户，他说要的，不用拦", "zto", "", nh=True, cats=(1, 3))
R("「小何母婴：{A} 地址写错了 怎么办」\n" + Q + "\n这个帮她改一下：上海市普陀区 长寿路 155 号 华东大厦 16 楼", "zto",
  "change_address A", cats=(3,))
R("引用 小周：{A} {B} 拦截\n{B} 不用了，我刚问过，客户还要", "zto", "", nh=True, cats=(1, 3))
R("回复 @王哥：{A} 这个件到哪了\n这个顺便催一下吧，我这边客户也在问", "zto", "urge A", cats=(3,))
R("「" + BOT + "：@小周 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n催了两次了，快递员给客户打电话说今天不送了，客户问为什么他就挂了，投诉他",
  "zto", "complaint A", cats=(3, 8))
R("“@莉莉 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您”\n这个登记了两天了，有人跟进吗？", "zto", "",
  nh=True, cats=(3,))
R("「客服晓雯：{A} 显示签收了，客户说没收到」\n" + Q + "\n这个我也遇到了，{B} 也是一样，也帮我核实一下", "zto",
  "verify_delivery B", cats=(3,))
R("「小郑烘焙：{A} 拦截」\n" + Q + "\n{B} 也拦一下，跟她是同一批", "zto", "intercept B", cats=(3,))
R("「小郑烘焙：{A} 地址写错了，收件人说不要了」\n" + Q + "\n这个也拦截一下", "zto", "intercept A", cats=(3,))
R("「" + BOT + "：@莉莉 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n改址成功了吗？客户下午要出门", "zto", "",
  nh=True, cats=(3,))
R("「芳芳：{A}\n{B}\n{C}\n这三个拦截」\n" + Q + "\n芳芳，第二个不用拦，那个是补发的", "zto", "", nh=True,
  cats=(1, 3, 7))
R("「" + BOT + "：@小吴 您的消息已转人工客服处理，请稍候」\n" + Q + "\n等了一个小时了还没人理，{A} 就是要拦截", "zto",
  "intercept A", cats=(3,))
R("回复 @小杨：{A} 已经拦截成功了，退回中\n好的谢谢，那 {B} 也麻烦拦一下", "zto", "intercept B", cats=(3,))
R("{A} 拦截\n-----------\n上面是我同事上午发的，这个不用拦了，搞错了", "zto", "", nh=True, cats=(1, 3))
R("「老赵汽车用品：{A} 破了 要赔」\n" + Q + "\n老赵，这种要先登记破损再申请理赔，你先把照片发给小杨", "zto", "",
  cats=(3,))
R("「小胖零食：{A} 催件」\n" + Q + "\n我也催一下 {B}", "zto", "urge B", cats=(3,))
R("「" + BOT + "：@小吴 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n登记完然后呢？客户已经退款了，"
  "那就拦回来吧", "zto", "intercept A", cats=(3,))
R("「" + BOT + "：@婷婷 {A} 撤单成功」\n" + Q + "\n谢谢～", "zto", "", cats=(3,))
R("「" + BOT + "：@阿峰 {A} 已签收，无法拦截」\n" + Q + "\n那怎么办，客户说不要了，签收了也没用啊", "zto", "",
  nh=True, cats=(3,))
R("「阿凯：{A} 这个拦截一下」\n" + Q + "\n阿凯 你发错群了，这是中通群，你那个是极兔的单号", "zto", "", cats=(3,),
  draw="jt")
R("「陈姐童装：{A} {B} 这两个催一下」\n" + Q + "\n陈姐，{B} 我这边看已经签收了哦，{A} 已经帮你催了", "zto", "",
  cats=(3,))
R("「大伟：{A} 客户说收到的帐篷杆断了一根」\n" + Q + "\n大伟，你这个要登记破损的，@小杨 帮他登记一下", "zto",
  "damaged A", cats=(3,))
R("引用 静静：{A} 这个是不是丢了啊 一个礼拜没动\n静静 你这个小杨已经在查了。我这边 {B} 也一个礼拜没动了", "zto", "delay B",
  cats=(3,))
R("「" + BOT + "：@小周 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n先不确认，我还要问问客户。另外 {B} 是别的客户的，这个直接拦截", "zto",
  "intercept B", cats=(3,))
R("回复 @小杨：{A} 改地址改到哪里？\n上海市长宁区 天山路 789 号 汇金百货 5 楼 办公室，麻烦改一下", "zto", "change_address A",
  cats=(3,))
R("买家发来的截图文字：“物流显示 {A} 已签收，本人未收到”\n帮忙核实下", "zto", "verify_delivery A", cats=(3,))
R("「小雅：{A} 拦截退回」\n" + Q + "\n@小雅 这单我刚看了还没揽收，你要的是撤单吧", "zto", "", cats=(3,))
R("「" + BOT + "：@胡哥 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q + "\n好的，另外这个要申请理赔，"
  "茶壶 880 块的", "zto", "claim A", cats=(3, 4, 8))

# ---------------------------------------------------------------- questions about earlier requests, commands mentioned not asked
R("{A} 上午拦截的，拦住了没有？", "zto", "", nh=True)
R("上次拦截的那票 {A} 现在到哪了", "zto", "track A")
R("{A} 前天申请的理赔，到现在没消息，什么时候能处理", "zto", "", nh=True)
R("昨天让改地址的 {A}，改好了吗？客户问我", "zto", "", nh=True)
R("{A} 撤单成功了吗？小程序上还显示待揽收", "sf", "", nh=True)
R("拦截一般多久有结果啊？我上午提交的到现在还没回复", "zto", "", nh=True)
R("拦截要收费吗？收的话多少钱", "zto", "", nh=True)
R("{A} 拦截的话运费谁出？我们还没想好要不要拦", "zto", "", nh=True)
R("{A} 投诉的那个处理结果出来没", "zto", "", nh=True)
R("{A} 这票昨天催过了，今天还是没派，再催一次", "zto", "urge A")
R("{A} 前两天拦截退回的那个，今天怎么又显示派送中了？", "zto", "", nh=True)
R("{A} 改址的话要加钱吗", "yto", "", nh=True)
R("{A} 理赔的钱什么时候到账", "zto", "", nh=True)
R("{A} 登记延误之后会怎么处理？客户要我给个说法", "zto", "", nh=True)
R("昨天那个拦截的件退回来了吗？退回来在你们网点还是直接送我店里？", "zto", "", nh=True)
R("上周拦截的那个 {A} 退回来了，已经收到了，谢谢", "zto", "")
R("{A} 破损的那个理赔已经到账了，谢谢你们处理这么快", "zto", "")
R("{A} 跟昨天那个破损的是同一个客户，这个是补发的，麻烦这次小心点送", "zto", "", nh=True)
R("以前我们拦截都是打电话给网点，现在直接在群里发单号就行了吧？", "zto", "", nh=True)
R("{A} 昨天申请的改地址，客户说今天收到短信还是原地址，是不是没改成功？", "zto", "", nh=True)
R("小杨，我上午发的那三个拦截，处理了吗？单号是 {A} {B} {C}", "zto", "", nh=True, cats=(7,))
R("{A} 之前登记了遗失，现在客户说收到了，那还要不要撤销？", "zto", "", nh=True)
R("{A} 拦截成功了 谢谢啊", "zto", "")
R("退回来的件 {A} 收到了，但是箱子破了，里面的东西也碎了，这个算谁的", "zto", "damaged A")
R("{A} 我记得上个月也投诉过这个派件员，这次又是他，一样的问题，不打电话直接放驿站。再投诉一次", "zto",
  "complaint A")
R("{A} 你们上次说核实签收要三个工作日，今天已经第五天了", "zto", "", nh=True)
R("之前改地址的 {A} 现在到哪了？客户说还没收到派送短信", "zto", "track A")
R("{A} 今天上午说催件的，下午还是没送，客户快疯了，再帮忙催一下", "yto", "urge A")
R("我想问一下，一般已经到派送站的件还能拦截吗？还是只能让客户拒收", "zto", "", nh=True)
R("{A} 前天拦截的时候你们说拦截成功，怎么客户今天收到了？？", "zto", "", nh=True)

# ---------------------------------------------------------------- 8: compound requests
R("{A} 收到的时候箱子整个塌了，里面的玻璃花瓶碎成几块，快递员扔下就走，客户叫他等一下他还嫌烦，骂了一句。"
  "破损登记一下，这个快递员我也要投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 箱子压扁了，里面两个保温杯都凹了，客户说快递员是从车上直接扔下来的，她在楼上看见了。"
  "要求赔偿，这个快递员也必须投诉", "zto", "claim A; complaint A", cats=(8,))
R("{A} 一个星期没动了，问了网点也说找不到，应该是丢了，按货值赔吧，268", "zto", "claim A", cats=(4, 8))
R("{A} 六天没到，买家已经退款了，我这边一单白发，要投诉你们延误", "zto", "delay A; complaint A", cats=(8,))
R("{A} 催一下，另外运费好像多扣了，顺便核一下重量", "zto", "urge A; weight A", cats=(8,))
R("{A} 显示签收但客户没收到，快递员说放门口了，客户说门口没有。先核实一下签收，另外这个快递员每次都不打电话，投诉",
  "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 洗衣液漏了一箱，旁边的件也弄湿了，快递员态度也很差，说漏了关他什么事。投诉一下，货值 89 申请理赔", "zto",
  "claim A; complaint A", cats=(4, 8))
R("{A} 拦截退回，同时投诉一下派件员，客户说打电话给他被骂了", "zto", "intercept A; complaint A", cats=(8,))
R("{A} 丢了，赔偿", "yto", "claim A", cats=(8,))
R("{A} 丢了，网点一直推来推去，说是转运中心丢的，转运中心说是网点丢的，投诉", "zto", "lost A; complaint A", cats=(8,))
R("{A} 重量不对，多收了 12 块，而且快递员收件的时候还让我自己搬上车，投诉一下", "zto", "weight A; complaint A",
  cats=(4, 8))
R("{A} 外箱破了，客户拒收，直接退回吧", "zto", "intercept A", cats=(8,))
R("{A} 地址写得清清楚楚还派错，客户没收到人家都退款了。拦截退回，然后投诉这个派件员", "zto",
  "intercept A; complaint A", cats=(8,))
R("{A} 没送到就点了签收，虚假签收，投诉", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 理赔只给赔 50，我们货值 300，不接受，申请仲裁", "zto", "arbitration A", cats=(4, 8))
R("{A} 快递员把件送错了楼，客户下楼找了半小时，找到的时候箱子已经被雨泡了，衣服全湿了。破损登记，另外送错这个事我要投诉",
  "zto", "damaged A; complaint A", cats=(8,))
R("{A} 已经签收了，但是里面少了一件，客户说外箱有被拆过的痕迹，登记少件，顺便投诉一下", "zto",
  "lost A; complaint A", cats=(8,))
R("{A} 快点送 客户都投诉了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 这个件五天了还在 济南 转运中心，买家今天申请了退款，我跟买家解释了半天没用。你们这个延误我要投诉，"
  "另外帮我拦回来，买家不要了", "zto", "delay A; complaint A; intercept A", cats=(8,))
R("{A} 破了，赔钱，投诉", "jt", "claim A; complaint A", cats=(8,))
R("{A} 延误三天，客户要求赔偿，时效件买的就是这个速度", "sf", "delay A; claim A", cats=(8,))
R("{A} 催一下，还有这个单号重量也不对，另外这单来收件的小哥在我店里抽烟，说了他还不听，投诉", "zto",
  "urge A; weight A; complaint A", cats=(8,))
R("{A} 客户说打开是碎的，我看了照片确实是运输压的，先登记破损，理赔的事等客户确认金额再说", "zto", "damaged A",
  cats=(8,))
R("{A} 这个少了一盒，登记一下少件，另外要理赔，一盒 45", "zto", "claim A", cats=(4, 8))
R("{A} 丢件 + 理赔 + 投诉，客户问了好几次最后告诉我丢了，我真的服了", "zto", "claim A; complaint A", cats=(8,))
R("{A} 破损，另外 {B} 丢了要理赔，{C} 重量不对", "zto", "damaged A; claim B; weight C", cats=(7, 8))
R("{A} 显示签收了客户没收到，核实一下，理赔先不用", "zto", "verify_delivery A", cats=(1, 8))

# ---------------------------------------------------------------- hedged requests
R("{A} 要不拦截吧，客户一直说不想要了但又没申请退款", "zto", "intercept A", cf=True)
R("{A} 可能要退回，客户说家里人也买了一个，我再跟他确认下", "zto", "intercept A", cf=True)
R("{A} 先拦着吧？我再问问客户到底要不要", "zto", "intercept A", cf=True)
R("{A} 好像得改个地址，客户说他可能搬到 闵行区 浦江镇 江月路 1599 弄 了，我晚点确认", "zto", "change_address A", cf=True)
R("{A} 看看能不能撤单", "zto", "cancel A", cf=True)
R("{A} 拦截吧……要不还是别拦了……算了你们先拦，拦不住也没关系", "zto", "intercept A", cats=(1, 2))
R("{A} 拦截？不拦截？客户自己也说不清楚，我也不知道了", "zto", "intercept A", cf=True, cats=(1,))
R("{A} 估计要撤单，客户那边还在犹豫", "yto", "cancel A", cf=True)
R("{A} 这个我在想要不要退回来，客户说收到了再看，你们觉得呢", "zto", "intercept A", cf=True)
R("{A} 大概率要改地址，客户还没给我新地址，先跟你们打个招呼", "zto", "change_address A", nh=True)

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下", "ems", "urge A", draw="ems_s10", cats=(6,))
R("客户发过来的单号是 {A:sp}，说三天没动了", "zto", "delay A", cats=(6,))
R("{A:nl} 改地址 上海市宝山区 一二八纪念路 968 号 宝山万达广场 5 楼", "zto", "change_address A", cf=True, cats=(6,))
R("{A:dash} 帮查下", "yto", "track A", cats=(6,))
R("{A:cut} 拦截 客户急", "yto", "", nh=True, cats=(6,))
R("{A:fw} 催件", "zto", "urge A", cats=(6,))
R("单号 {A:sp} 客户说压坏了", "ems", "damaged A", draw="ems_s10", cats=(6,))
R("{A:nl} 撤单，下错了", "jt", "cancel A", cf=True, cats=(6,))
R("{A:lc} 拦截退回", "jt", "intercept A", cats=(6,))

# ---------------------------------------------------------------- no usable waybill
R("拦截一下", "zto", "", nh=True)
R("尾号 6623 的那个件拦截一下，就是今天下午发苏州的那个", "zto", "", nh=True, cats=(4,))
R("今天下午来收件的那个小哥态度太差了，我要投诉", "zto", "", nh=True)
R("上午那个发 成都 的件帮我催一下，单号我找不到了，收件人叫 刘芳", "zto", "", nh=True)
R("我有个件显示签收了但是客户没收到，怎么办", "zto", "", nh=True)
R("那个改地址的，改成 上海市闵行区 莘松路 958 号 就行", "zto", "", nh=True)
R("客户电话 {PN}，麻烦看一下他的件到哪了", "zto", "", nh=True, cats=(4,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 拦截，淘宝订单号 {O}，买家已退款", "zto", "intercept A", cats=(4,))
R("客户电话 {PN}，单号 {A}，麻烦催一下，客户说一直没人联系他", "zto", "urge A", cats=(4,))
R("订单 {O} 对应的快递是 {A}，买家说显示签收了但没收到，帮忙核实", "zto", "verify_delivery A", cats=(4,))
R("{A} 重量不对，我们寄的是一件 T 恤，0.3 公斤，你们按 2 公斤收的，多扣了 9 块", "zto", "weight A", cats=(4,))
R("{A} 丢件了，货值 1299 元（订单号 {O}），申请理赔", "zto", "claim A", cats=(4, 8))
R("{A} 改地址 新电话 {PN} 新地址 上海市杨浦区 国定路 335 号 8 号楼 1902", "zto", "change_address A", cats=(4,))
R("我手机号 {P}，小杨你有空回个电话，{A} 这个件的事情在群里说不清楚", "zto", "", nh=True, cats=(4,))
R("{O}\n这个订单的快递是 {A}，客户要退货，直接拦截退回", "zto", "intercept A", cats=(4,))
R("{A} 快递员 {PN} 态度太差，客户打过去被骂了，投诉", "zto", "complaint A", cats=(4, 8))
R("12月3号发的 {A}，今天都12月9号了还在路上，帮查查", "zto", "track A", cats=(4,))
R("{A} 外包装破了，里面的蓝牙耳机壳子裂了，售价 199，要求赔偿 199 元", "zto", "claim A", cats=(4, 8))
R("{A} 这个地址改一下，客户原来留的电话 {PN} 不对，新地址：南京市江宁区 双龙大道 1222 号 同曦鸣城 3 栋 2 单元 601，"
  "电话 {PN2}", "zto", "change_address A", cats=(4,))
R("抖音订单 {O} 买家申请了仅退款，快递是 {A}，拦回来", "yunda", "intercept A", cats=(4,))
R("收件人 {P} 打不通，{A} 退回吧", "sto", "intercept A", cats=(4,))
R("{A} 客户 {PN} 说明天上午在家，能不能上午送？下午他要出去", "zto", "", nh=True, cats=(4,))
R("拼多多订单号 {O}\n快递单号 {A}\n问题：显示签收未收到\n买家电话：{P}", "zto", "verify_delivery A", cats=(4,))
R("{A} 保价 2000，里面是一台二手相机，镜头摔裂了，申请理赔，维修报价单 860 元", "sf", "claim A", cats=(4, 8))
R("{A} 我们月结编号 SH20418，这单系统里算了 5.6 公斤，实际就 1.8，帮忙核一下", "zto", "weight A", cats=(4,))
R("{A} 客户新手机号 {PN}，地址没变，就是电话换了", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 催一下，客户是 {P}，下午三点以后都在", "jt", "urge A", cats=(4,))
R("今天的单子：{A}、{B}，两个订单号分别是 {O} 和 {O2}，都拦截", "zto", "intercept A B", cats=(4, 7))
R("{A} 到付 35 块客户不肯付，退回来吧", "zto", "intercept A", cats=(4,))

# ---------------------------------------------------------------- other groups of the park, more everyday traffic
R("{A} 帮忙看下物流", None, "track A", draw="yto")
R("{A} 拦截 {B} 催件", None, "intercept A; urge B", draw={"A": "jt", "B": "yto"}, cats=(7,))
R("{A} 显示签收了客户没收到", None, "verify_delivery A", draw="sf")
R("{A} 这个德邦的大件，客户说家具脚断了一条，破损", None, "damaged A", draw="deppon")
R("{A} 京东的这单改地址：上海市浦东新区 陆家嘴 银城中路 501 号 上海中心 52 层", None, "change_address A",
  draw="jd")
R("{A} 菜鸟的这单到哪了", "cainiao", "track A")
R("{A} 这个件在驿站放了三天了，客户说没收到通知，帮忙催一下派送或者通知一下", "cainiao", "urge A")
R("{A} 退回", "jd", "intercept A")
R("{A} 重量查一下，沙发 65 公斤怎么算成了 110", "deppon", "weight A", cats=(4,))
R("{A} 大件，客户说楼层太高，师傅不给送上楼，还要加 50 块上楼费，投诉", "deppon", "complaint A", cats=(4,))
R("{A} 邮政的件，客户说一个礼拜没动了", "ems", "delay A")
R("{A} 这个挂号信寄丢了吧，两周了", "ems", "lost A", draw="ems_s10")
R("各位早，下午小杨休息，有事找阿斌", "zto", "")
R("阿斌你好，{A} 麻烦拦截一下，客户说拍错地址了，让我们退回重新下单", "zto", "intercept A")
R("阿斌 {A} {B} 这两个帮我催一下，谢谢", "zto", "urge A B")
R("米娅：{A} 香薰蜡烛，客户说收到的时候化了一半，夏天车里太热了吧，登记一下破损吧", "zto", "damaged A")
R("阿南手办：{A} 这个件是限量款，客户很着急，麻烦尽快派送，千万别摔", "zto", "urge A")
R("{A} 刘老师这边，一箱作业本，学校周一开学要用，今天能到吗", "zto", "track A")
R("老蒋印刷：{A} {B} {C} 三箱宣传册是一个客户的，明天上午开会要用，一起催一下", "zto", "urge A B C")
R("{A} 芳芳这边的，客户说收到的耳环少了一只，登记少件", "zto", "lost A")
R("{A} 婷婷收纳，客户说箱子被划破了，里面的收纳盒裂了三个", "yto", "damaged A")
R("{A} 小雅这边，假发的件客户要求改地址到 上海市长宁区 愚园路 1107 号 弄堂里 3 号 后门", "zto", "change_address A")
R("{A} 静静：手工皂碎了两块，其他的没事，登记一下破损就行", "zto", "damaged A")
R("{A} 阿峰潮鞋，客户说鞋盒被压扁了，鞋没事，但他要退货，拦截退回", "zto", "intercept A")
R("我这边 {A} 已经第三次催了，再催一下，到底什么时候送？", "zto", "urge A")
R("{A} 老赵这边，客户刚说脚垫买错车型了，件还在路上，这个不是你们的问题，就是问一下能不能直接原路退回，运费我出",
  "zto", "intercept A")
R("{A} 到哪了？还有 {B} 也帮看一下", "yto", "track A B")
R("{A} 客户说今天必须收到，不然就不要了，能加急吗", "zto", "urge A")
R("{A} 这个件查一下，客户说派件员打电话说地址不对，但我看地址没问题啊", "zto", "track A")
R("{A} 撤单 下午不发了 明天一起发", "zto", "cancel A")
R("你好，{A} 是昨天发的，客户说今天在家里等了一天都没送到，帮忙催一下", "jt", "urge A")


if __name__ == "__main__":
    W.main()
