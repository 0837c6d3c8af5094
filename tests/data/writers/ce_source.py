"""Writer ce: small merchants of Hunan, Jiangxi and Hubei in their county outlets' WeChat groups.

Casting note. Each county outlet (中通、韵达、圆通、申通、极兔、邮政, a 顺丰 point and a 菜鸟驿站 counter that takes
several carriers) keeps a WeChat group for the people who ship through it; the outlet's 老板娘 邓姐 and the clerk
小罗 answer there, and the group's robot (中通小助手, 圆通客服助手 …) posts its replies. The merchants are small and
local. In Hunan: 谭姐 (谭桂香) of 新化, who smokes 腊肉 and 腊鱼 in the loft and dictates everything by voice in
新化-accented Mandarin (f and h swapped, n and l merged: 发 comes out 花, 拦 comes out 南); 周嫂子 of 湘潭, 湘莲 and
剁辣椒 in glass jars; 黎哥 of 浏阳, 豆豉 and 蒸菜 sauces; 小付, twenty-three, who sells 平江 辣条 online and types
fast; 曾老板, 邵东 clothes sent on from 株洲 芦淞 服饰城; her husband 老倌子 sometimes writes for her. In Jiangxi:
揭老表 of 南丰 with 蜜桔 in season, 胡师傅 of 余干 with dried and pickled chillies, 曾伢崽 of 广昌 with 白莲 (lotus
seeds), 彭姐 of 萍乡 with 腊货 and 南昌拌粉 / 安义米粉. In Hubei: 向大姐 of 恩施 (土家 腊肉, 土豆 and 富硒茶), 陈哥 of
洪湖 with 莲藕 and 藕带, 汪老板 of 孝感 with 米酒 and 麻糖, 熊姐 who has a stall at 汉正街 and sends clothes.
They write as they speak: 么子, 搞么子, 冇得, 冇, 咯, 啰, 噻, 撒, 哒 (了), 啵 (吗), 克 (去), 嗯 (你), 要得, 霸蛮,
晓得, 莫 (别), 不消 (不用), 何解 (why), 么样 (how), 下子 (一下), 老表; the voice input turns their accents into
homophone slips (南截/蓝截 for 拦截, 扯单 for 撤单, 吹件/催建 for 催件, 该地址 for 改地址, 签售 for 签收, 理陪 for 理赔).
Requests come wrapped in chat: the weather, the season's goods, a customer's story, a price, the customer's phone,
the 拼多多/抖音 order number. They quote one another and the robot, change their minds in the next breath, and ask
about what was done yesterday as often as they ask for something new.
"""

from harness import Writer

W = Writer("ce", seed=7310753)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests
# intercept
R("邓姐 {A} 帮我拦截一下咯，客户讲不要哒", "zto", "intercept A")
R("{A} 拦截退回 剁辣椒花错地址哒", "yunda", "intercept A", cats=(5,))
R("嗯好 {A} 这个腊肉拦下子 退回新化 谢谢哒", "yto", "intercept A", cats=(5,))
R("{A}\n退回 客户拒收哒", "sto", "intercept A")
R("麻烦拦截 {A} 买家拍错哒规格 要的是微辣 我发的特辣", "jt", "intercept A")
R("老板娘 {A} {B} 两个都拦回来 是同一个客户 他讲屋里冇人收", "zto", "intercept A B")
R("{A} 截回来 截回来 发错哒 发成别个的件哒", "yunda", "intercept A")
R("你好，{A} 这票莲子帮我拦截，客户退款哒", "ems", "intercept A")
R("拦截 {A}", "yto", "intercept A")
R("{A} 拦截", "jt", "intercept A")
R("{A} 莫派哒 退回来 地址是错的", "zto", "intercept A", cats=(5,))
R("麻烦嗯帮我把 {A} 退回来 客户讲买重哒", "sto", "intercept A", cats=(5,))
R("美女 {A} 这个米粉帮我拦截退回 客户那边修路 派件员讲送不进去", "yto", "intercept A")
R("{A} 退件 谢谢", "cainiao", "intercept A")
R("{A} 这个件克哒好远哒吧 还拦得回来啵 拦一下咯", "yunda", "intercept A", cats=(5,))
R("老表 {A} 帮我拦一下 客户电话打不通 三天哒", "yto", "intercept A")
R("{A} 拦截 原因：衣服尺码发错 XL发成M哒", "sto", "intercept A")
R("请把 {A} 拦截退回 邵东 廉桥 发货地址", "jt", "intercept A")
R("熊姐这边 {A} 退回撒 退到汉正街档口", "jt", "intercept A")
R("{A} 这个拦下来 我重新发 里面少放哒一包豆豉", "yunda", "intercept A")
R("帮我拦截 {A} {B} {C} 这三票 全部退回 那个批发客户跑路哒", "zto", "intercept A B C")
R("{A} 退回 退回 退回", "yto", "intercept A")
R("在吗 {A} 拦截一下 急", "jt", "intercept A")
R("{A} 客户讲东西买贵哒 要退 帮我拦回来撒", "sto", "intercept A")
R("{A} 件是昨天下午寄的 腊鱼 客户今天打电话讲屋里冇得人 回老家过年哒 拦截退回吧", "zto", "intercept A")
R("{A} 地址写错哒 写成岳阳楼区哒 应该是岳阳县 嗯帮我退回来我重新寄", "yunda", "intercept A")
R("邓姐早 今天好冷咯 {A} 南截一下 客户不要哒", "zto", "intercept A", cats=(5,))
R("{A} 蓝截退回 谢谢", "yto", "intercept A", cats=(5,))
R("小罗 {A} 拦截 我屋里老倌子花错哒 把衣服花到长沙去哒", "sto", "intercept A", cats=(5,))
R("{A} 帮我拦回来 客户在拼多多上申请仅退款哒", "yunda", "intercept A")
R("{A} 截件 南丰蜜桔 客户讲收到要坏 不要哒", "ems", "intercept A")
R("{A} 这个拦截咯 发错哒 白莲发成红莲哒", "zto", "intercept A")
R("早上好 麻烦拦截 {A} 客户讲地址冇得人 退回 谢谢哒", "jt", "intercept A")
R("{A}\n{B}\n拦截退回 两个都是", "yto", "intercept A B", cats=(7,))
R("{A} 拦截 客户买的辣条 他屋里伢买的 大人不准 要退", "zto", "intercept A")
R("帮我把 {A} 截下来 退回 萍乡 芦溪", "sto", "intercept A")
R("{A} 退回来咯 那个人讲他冇买过 怕是地址搞错哒", "yunda", "intercept A")
R("{A} 拦截一下，今天发的，还在县里冇走吧", "zto", "intercept A")
R("你好 麻烦帮我拦截 {A}\n客户讲收到哒也不要 莫送哒", "yto", "intercept A")
R("{A} 恩施腊肉 客户讲家里有人过世哒 不要哒 拦回来 唉", "ems", "intercept A")
R("{A} 拦截退回 麻烦哒 客户跟我吵哒一上午 烦死哒", "zto", "intercept A")
R("师傅 {A} 这个米酒 帮我拦下 客户讲喝不惯甜的", "yunda", "intercept A")
R("{A} 这个莲藕帮忙退回 天热哒怕放坏 客户又不在屋里", "yto", "intercept A")
R("帮我退回 {A} 客户讲尺码小哒", "sto", "intercept A")

# cancel
R("{A} 撤单 还冇来收", "zto", "cancel A")
R("{A} 取消寄件 不寄哒", "yto", "cancel A")
R("老板 {A} 这个单子作废 我重新下单", "sto", "cancel A")
R("{A} 扯单 客户不要哒", "jt", "cancel A", cats=(5,))
R("{A} {B} 撤单 今天不发哒", "yunda", "cancel A B")
R("你好 {A} 帮我取消一下订单 面单打错哒", "zto", "cancel A")
R("刚下的单 {A} 取消掉 东西还在我屋里 冇拿走", "yto", "cancel A")
R("{A} 这个单撤咯 快递员还冇来拿 客户讲不要哒", "sto", "cancel A")
R("{A} 作废", "cainiao", "cancel A")
R("师傅 {A} 车单 车单 我下错哒", "zto", "cancel A", cats=(5,))
R("{A} 取消 不寄哒 货卖完哒", "jt", "cancel A")
R("{A} 冇揽收的 帮我撤掉", "zto", "cancel A")
R("{A}\n{B}\n{C}\n这三个都撤单 今天的米粉冇得货哒", "zto", "cancel A B C", cats=(7,))
R("小罗 {A} 取消寄件咯 客户讲不买哒 我还冇打包", "yto", "cancel A")
R("{A} 撤单，快递员莫来哒", "sto", "cancel A")
R("我下午下错哒一个单 {A} 帮我作废下子", "jt", "cancel A", cats=(5,))
R("麻烦取消 {A} 寄件人地址填成我娘屋里哒 我重新下", "zto", "cancel A")
R("{A} 撤单撤单 重复下单哒", "ems", "cancel A")
R("邓姐 {A} 帮我取消咯 今天落大雨 我不寄哒 明天再下单", "zto", "cancel A")
R("{A} 撤单 谢谢老表", "yto", "cancel A")

# change_address
R("{A} 改地址 改到 湖南省长沙市开福区 伍家岭街道 湘江世纪城 5栋1202 电话不变", "zto", "change_address A")
R("{A} 帮我改个地址 新地址：江西省南昌市青山湖区 上海路 188号 收件人不变", "yto", "change_address A")
R("{A} 该地址 改到武汉市洪山区 光谷步行街 德国风情街 菜鸟驿站", "jt", "change_address A", cats=(5,))
R("{A} 客户搬屋哒 改到 长沙市雨花区 井湾子 万科城 8栋", "yunda", "change_address A")
R("{A} 转寄 湘潭市岳塘区 建设北路 金侨小区 收件人 刘春华 {PN}", "ems", "change_address A", cats=(4,))
R("{A} 地址改为：湖北省荆州市沙市区 北京中路 万达 5号门 周先生 {P}", "zto", "change_address A", cats=(4,))
R("{A} 改派 送到 株洲市芦淞区 服饰城 B区 二楼 206档口", "sto", "change_address A")
R("{A} 地址写错哒 帮我改到 九江市浔阳区 庾亮南路 65号 电话一样的", "yto", "change_address A")
R("{A} 改地址", "zto", "change_address A", nh=True)
R("{A} 要改个地址 客户等下发给我", "yunda", "change_address A", nh=True)
R("{A} 收件人改为 陈秀英", "jt", "change_address A", nh=True)
R("{A} 电话改成 {PN}，其他不变", "zto", "change_address A", nh=True, cats=(4,))
R("美女 {A} 帮忙改下地址 改到 益阳市赫山区 会龙山街道 桃花仑路 天福园 3栋2单元 谢谢哒", "sto",
  "change_address A")
R("{A} 送到客户单位去 地址：宜昌市西陵区 夷陵大道 58号 三峡大厦 12楼 前台", "yto", "change_address A")
R("{A} 改到 赣州市章贡区 红旗大道 万象城对面 丰巢柜 收件人还是她", "jd", "change_address A")
R("{A} 客户讲放驿站 改地址到 孝感市孝南区 槐荫大道 兔喜生活超市", "zto", "change_address A")
R("{A} {B} 两个都改到 常德市武陵区 人民路 1188号 步步高 后门", "yunda", "change_address A B")
R("{A} 麻烦改下地址 客户讲发到她公司 衡阳市蒸湘区 解放西路 华源大厦 8楼 收件人 罗女士", "jt",
  "change_address A")
R("{A} 改地址撒 改成 武汉市江汉区 汉正街 大夹街 68号 熊记服饰", "sto", "change_address A")
R("{A} 盖地址 改到 上饶市信州区 五三大道 128号", "yto", "change_address A", cats=(5,))
R("嗯好 {A} 帮我改个地址咯\n湖南省 邵阳市 双清区 宝庆中路 龙须塘 邮政局对面 收件人 曾凡 {PN}", "ems",
  "change_address A", cats=(4,))
R("{A} 地址改到 湘西州吉首市 人民北路 乾州古城 东门口 客户讲村里冇得快递点", "zto", "change_address A")
R("{A} 帮我改派到 十堰市张湾区 车城路 东风大道 28号", "jt", "change_address A")
R("{A} 改地址 客户讲之前的地址冇人 送她老弟屋里 黄石市下陆区 团城山 杭州东路 36号", "yto",
  "change_address A")
R("{A} 要改地址 地址我发私信给嗯哒", "zto", "change_address A", nh=True)
R("邓姐 {A} 改一下地址 客户发错哒 发的是老地址", "yunda", "change_address A", nh=True)

# urge
R("{A} 催一下 客户天天问", "zto", "urge A")
R("{A} 帮我催下子咯 四天哒还冇到", "yto", "urge A", cats=(5,))
R("{A} 催件", "jt", "urge A")
R("{A} 加急 客户办酒要用的 腊肉", "sto", "urge A")
R("老板娘 {A} 嗯帮我催一下撒 客户霸蛮讲今天要到", "yunda", "urge A", cats=(5,))
R("{A} 吹件 吹件 客户催死哒", "zto", "urge A", cats=(5,))
R("{A} 催建", "ems", "urge A", cats=(5,))
R("{A} 尽快派送 谢谢", "yto", "urge A")
R("{A} {B} 都帮我催一下 是一个客户的", "zto", "urge A B")
R("{A} 到哒县里两天哒 还冇派 催下 搞么子咯", "yunda", "urge A", cats=(5,))
R("你好 {A} 快点送撒 冷冻的腊鱼 怕化哒", "sf", "urge A")
R("{A} 麻烦催一下派件员 客户在屋里等一上午哒", "jt", "urge A")
R("{A} 么样还冇到咧 帮我催下撒", "zto", "urge A", cats=(5,))
R("{A} 这个快点 客户讲再不到就退款", "yto", "urge A")
R("{A}\n{B}\n{C}\n都是发广东的 帮我催一下", "yunda", "urge A B C", cats=(7,))
R("{A} 客户要得急 能不能帮忙催一下", "zto", "urge A")
R("{A} 派件员讲明天送 客户讲今天一定要 嗯帮我催下咯", "ems", "urge A")
R("{A} 五天哒 还在武汉转运中心 何解不动咯 催一下", "zto", "urge A", cats=(5,))
R("{A} 催派", "sto", "urge A")
R("{A} 藕带 怕放坏哒 快点送哈", "jt", "urge A")
R("嗯帮我看下 {A} 这个件 到哒南昌两天哒 催一下咯 客户讲要投诉我哒 我冇得办法", "yunda", "urge A")
R("{A} 崔一下", "zto", "urge A", cats=(5,))
R("{A} 搞快滴 客户等倒要", "yto", "urge A", cats=(5,))
R("邓姐 {A} 催一下 这个客户是老客户 莫得罪哒", "sto", "urge A")
R("{A} 催件 {B} 催件", "jt", "urge A B")
R("{A} 到哒驿站冇人通知客户 客户不晓得 催一下派送", "zto", "urge A")
R("{A} 加急派送 客户讲下午要拿去送人", "sf", "urge A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪里哒", "yto", "track A")
R("{A} 查下子 到哪哒", "yunda", "track A", cats=(5,))
R("帮我看下 {A} 这个件到哪里克哒", "sto", "track A", cats=(5,))
R("{A} 么时候到", "jt", "track A")
R("{A} 现在在哪里 客户问我 我也不晓得", "zto", "track A")
R("{A} 物流么样哒", "yunda", "track A", cats=(5,))
R("{A}\n{B}\n看下这两个到哪哒", "yto", "track A B")
R("{A} 今天到得哒啵", "sto", "track A", cats=(5,))
R("{A} 帮我查一下物流 客户讲看不到", "zto", "track A")
R("请问 {A} 发出去冇", "cainiao", "track A")
R("{A} 揽收哒冇", "zto", "track A")
R("{A} ？", "jt", "track A")
R("{A} 到武汉冇", "yto", "track A")
R("{A} {B} {C}", "zto", "track A B C", cats=(7,))
R("老表 {A} 这个到哪里哩", "yunda", "track A", cats=(5,))
R("{A} 明天送得到啵", "sto", "track A", cats=(5,))
R("你好 查下 {A} 客户问几时到", "ems", "track A")
R("{A} 这个件克哒广州冇", "zto", "track A", cats=(5,))
R("{A} 派送冇", "yto", "track A")
R("{A} 这个件么样一直显示运输中 到哪里哒", "yunda", "track A")
R("小罗 {A} 这个 嗯帮我看下是到哪个驿站哒 客户找不到", "zto", "track A")
R("{A} 客户问什么时候能到 老人家等倒恰", "yto", "track A")

# verify_delivery
R("{A} 显示签收哒 客户讲冇收到", "zto", "verify_delivery A")
R("{A} 签收哒？客户屋里冇人啊 么人签的", "yunda", "verify_delivery A")
R("{A} 显示签售 但是客户讲根本冇拿到东西 帮我核实下", "yto", "verify_delivery A", cats=(5,))
R("{A} 虚假签收 快递员冇送上门就点签收哒", "jt", "verify_delivery A")
R("你好 {A} 物流显示驿站签收 客户讲驿站冇得这个件", "zto", "verify_delivery A")
R("{A} 别个签收哒 不是我客户签的 查下是么人签的", "sto", "verify_delivery A")
R("{A} 妥投哒 客户讲冇收到 嗯帮我核实下子", "ems", "verify_delivery A", cats=(5,))
R("{A} 签收哒 客户讲冇看到 门口也冇得", "yto", "verify_delivery A")
R("邓姐 {A} 这个显示本人签收 客户讲她一天都在上班 冇签过么子", "yunda", "verify_delivery A")

# damaged
R("{A} 客户收到 剁辣椒瓶子碎哒 漏得一箱子都是", "zto", "damaged A")
R("{A} 破损 外箱压扁哒", "yto", "damaged A")
R("{A} 腊肉真空袋破哒 客户讲有点气味", "yunda", "damaged A")
R("{A} 茶油漏液哒 客户拍哒照片", "ems", "damaged A")
R("{A} 东西烂哒 蜜桔压烂一半", "sto", "damaged A")
R("{A} 米酒坛子碎哒 客户拍哒视频 帮我登记一下破损", "zto", "damaged A")
R("{A} 衣服到手是湿的 箱子也破哒", "jt", "damaged A")
R("{A} 压坏哒 麻糖全部碎成渣", "yto", "damaged A")

# lost
R("{A} 一个礼拜冇动哒 是不是丢哒", "zto", "lost A")
R("{A} 遗失 网点讲找不到", "yto", "lost A")
R("{A} 件冇得哒 哪里都找不到", "jt", "lost A")
R("{A} 少件 客户讲发的三箱只收到两箱", "yunda", "lost A")
R("{A} 是不是搞丢哒 十天哒", "sto", "lost A")
R("{A} 网点讲件不见哒 登记丢件", "ems", "lost A")

# weight
R("{A} 查下重量 我称的1.5公斤 扣我3公斤的钱", "zto", "weight A", cats=(4,))
R("{A} 核重 超重哒吧", "yto", "weight A")
R("{A} 这个重量不对 一件衣服么样有5斤", "jt", "weight A", cats=(4,))
R("{A} 称一下 怕是算重哒", "yunda", "weight A")
R("{A} 重量帮我核一下 两包米粉 算我六斤 我屋里称的四斤", "sto", "weight A", cats=(4,))

# delay
R("{A} 三天冇动哒", "zto", "delay A")
R("{A} 在南昌转运中心趴哒四天哒", "yto", "delay A")
R("{A} 好几天冇更新哒 搞么子", "sto", "delay A", cats=(5,))
R("{A} 延物哒 帮我登记下", "yunda", "delay A", cats=(5,))
R("{A} 物流停哒一个礼拜 冇得一点更新", "zto", "delay A")
R("{A} 从长沙发出来就冇动过 今天第五天", "yto", "delay A")
R("{A} 打延误", "sto", "delay A")

# claim, complaint, arbitration
R("{A} 丢哒 要理赔 货值380", "zto", "claim A", cats=(4, 8))
R("{A} 碎哒 要赔钱", "yto", "claim A", cats=(8,))
R("{A} 理陪 申请一下 腊肉两斤 160块", "sto", "claim A", cats=(4, 5, 8))
R("{A} 这个赔多少 客户的蜜桔烂完哒 要赔偿", "yunda", "claim A", cats=(8,))
R("{A} 投诉派件员 态度好差 骂我客户", "zto", "complaint A")
R("{A} 我要投素 快递员不送上门 还讲冇人", "jt", "complaint A", cats=(5,))
R("{A} 客诉 客户讲派件员把件丢在门口就走哒", "sto", "complaint A")
R("{A} 这个申请仲裁 网点讲不赔", "zto", "arbitration A")
R("{A} 仲才 理赔给的太少哒 我不同意", "yunda", "arbitration A", cats=(5,))

# several commands, everyday
R("{A} 拦截 {B} 催一下", "zto", "intercept A; urge B", cats=(7,))
R("{A} 催件\n{B} 到哪哒", "yto", "urge A; track B", cats=(7,))
R("{A} 撤单 {B} 拦截 今天搞错哒好几个", "sto", "cancel A; intercept B", cats=(7,))
R("邓姐 {A} 改地址 改到 湘乡市 望春门 东山学校旁边\n{B} 催一下", "yunda", "change_address A; urge B", cats=(7,))
R("{A} 破损哒 {B} 三天冇动", "jt", "damaged A; delay B", cats=(7,))

# chit-chat, questions without a waybill
R("邓姐 明天几点来收件咯", "zto", "")
R("今天还收件啵", "yto", "")
R("要得 谢谢哒", "sto", "")
R("好的 辛苦哒 老板娘", "zto", "")
R("过年几号停发啊 我腊肉还有好多冇发", "yunda", "")
R("收到 谢谢", "jt", "")
R("晓得哒", "ems", "")
R("下午有冇人来拿件咯 我这里有二十几件", "zto", "")
R("今天下大雨 件会不会慢咯", "yto", "")
R("发恩施的要几天到", "sto", "")
R("老表 蜜桔现在发得出去啵 冷库那边讲不收生鲜", "yunda", "")
R("👍", "zto", "")
R("好嘞 明天我自己送过来", "yto", "")
R("嗯们几点下班", "sto", "", cats=(5,))
R("莲子今年新货上来哒 邓姐要不要尝下 给你留一斤", "zto", "")
R("发香港的收不收", "ems", "")
R("明天上午九点前能来拿啵 我要赶早班车", "yunda", "")
R("今天单量好多 打单机卡死哒 等下发单号给嗯们", "jt", "")

# ---------------------------------------------------------------- stories, chat around the request
R("邓姐 吃饭冇 我跟嗯讲 今天有个客户好扯 买哒两斤腊肉 收到又讲不要哒 嗯帮我把 {A} 退回来咯 钱我已经退给他哒",
  "zto", "intercept A")
R("老表 昨天下午寄的那箱蜜桔 {A} 客户讲他搬到南昌去哒 改到 南昌市红谷滩区 丰和中大道 1099号 红谷十二庭 3栋 "
  "麻烦哒", "ems", "change_address A")
R("哎呀 我跟嗯讲 今天忙死哒 上午打哒八十几单 {A} 这个是客户催得最急的 帮我催一下咯", "yunda", "urge A")
R("老板娘 {A} 这个件我客户讲快递员打电话讲要放驿站 她腿脚不方便 要送上门 嗯帮我跟派件员讲下 催一下送上门",
  "zto", "urge A")
R("小罗 今天来收件的那个师傅是新来的吧 不晓得路 {A} 这个件他揽走哒冇 查下子", "yto", "track A", cats=(5,))
R("我屋里伢今天帮我打的单 {A} 地址打错哒 把湘潭打成湘阴哒 嗯帮我改下 湘潭市雨湖区 韶山西路 金湖小区 12栋",
  "sto", "change_address A")
R("今年腊肉卖得好 就是快递慢 {A} 发广州的 四天哒 还在长沙 催下咯", "zto", "urge A")
R("跟嗯讲个事 {A} 这个客户好难搞 收到讲剁辣椒瓶子碎哒一瓶 要我赔 嗯帮我登记下破损 我看下是不是真的", "yunda",
  "damaged A")
R("今天我跑哒三趟网点 累死哒 {A} {B} 两个都是发武汉的 帮我催一下", "jt", "urge A B")
R("曾老板这边 芦淞拿的货 {A} 发错颜色哒 客户要的黑色 我发的卡其 帮我拦下来 我换好再发", "sto", "intercept A")
R("彭姐 萍乡的 早上好 {A} 这票腊货 客户讲单位放假 冇人收 改到她屋里 萍乡市安源区 跃进北路 凤凰池小区 5栋",
  "yto", "change_address A")
R("陈哥 洪湖的 {A} 藕带 客户讲臭哒 拍哒照片 我看是压烂哒 要赔 嗯们么样赔", "zto", "claim A", cats=(8,))
R("向大姐 恩施的 跟嗯讲 {A} 这个腊肉发到深圳去 一个礼拜哒 客户讲物流一直冇变 是不是丢哒 我心里急",
  "yunda", "lost A")
R("汪老板孝感的 我那个 {A} 米酒 客户讲到哒 但是他冇收到 驿站也冇得 查下是么回事 显示签收哒", "zto",
  "verify_delivery A")
R("胡师傅 {A} 我寄的干辣椒 两斤 扣我12块 以前都是8块 是不是称错哒 核一下重量", "yto", "weight A", cats=(4,))
R("我跟嗯讲 这个派件员太过分哒 {A} 客户打他电话他讲我冇空 件丢在门口就走 我要投诉他", "sto",
  "complaint A")
R("邓姐 今天冷 我就不过来哒 {A} 帮我撤单 明天一起寄", "zto", "cancel A")
R("小付这边 平江辣条 今天直播卖哒好多 {A} 这个是重复下单的 客户付哒两次钱 撤单", "jt", "cancel A")
R("周嫂子 湘潭的 {A} 莲子 客户讲寄到哒 打开一看少哒一包 我明明装哒五包 少件 嗯帮我查下", "ems", "lost A")
R("哎 {A} 这个件 客户又讲不要哒 我都寄出去两天哒 还拦得倒啵 拦一下咯 运费我出", "yunda", "intercept A")
R("我问一下哈 {A} 这个件到底到哪里哒 客户问我三遍哒 我也讲不清楚", "zto", "track A")
R("我跟客户讲好哒 {A} 改地址 改到 仙桃市 仙桃大道 中段 沔阳小区 她妈屋里 收件人 徐桂兰", "yto",
  "change_address A")
R("早 {A} 这个件物流显示到哒县里 可是客户讲冇人送 嗯帮我催下子 老人家在屋里等", "sto", "urge A", cats=(5,))
R("老板娘 我又来麻烦嗯哒 {A} 拦截 客户讲她屋里人已经买哒", "zto", "intercept A")
R("熊姐 {A} 那件羽绒服 客户讲小哒 我讲嗯莫收 我给嗯换 她讲要得 所以帮我拦回来", "jt", "intercept A")

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 拦截 {B} 莫拦 {B}照常送", "zto", "intercept A", cats=(1,))
R("{A} 不消拦哒 客户又讲要", "yto", "", nh=True, cats=(1, 5))
R("{A} 拦截。哦 莫拦莫拦 客户刚刚打电话讲还是要", "sto", "", cats=(1, 2))
R("冇讲不拦噻 {A} 是要嗯马上拦 莫等明天", "zto", "intercept A", cats=(1, 5))
R("{A} 莫退回 帮我改派到 长沙市天心区 南湖路 南湖新城 2栋", "yunda", "change_address A", cats=(1,))
R("{A} {B} {C} 都拦截，{B} 算哒 那个客户讲要 莫拦", "zto", "intercept A C", cats=(1, 7))
R("{A} 莫催哒 客户讲不急 过两天再讲", "jt", "", nh=True, cats=(1,))
R("{A} 不要撤单哦 已经拿走哒 那就拦截", "yto", "intercept A", cats=(1, 2))
R("{A} 改地址的事算哒 客户讲还是送原地址", "sto", "", nh=True, cats=(1,))
R("{A} 不理赔哒 客户讲东西还能恰", "zto", "", nh=True, cats=(1,))
R("{A} 拦截 {B} 不用", "yunda", "intercept A", cats=(1,))
R("{A} 不是不拦哦 是今天就要拦 莫拖到明天", "sto", "intercept A", cats=(1,))
R("{A} 冇要拦截 催一下就行", "zto", "urge A", cats=(1,))
R("{A} 催一下\n{B} 莫催 客户出门哒 明天再送都要得", "yto", "urge A", cats=(1,))
R("{A} 这个冇得问题 莫管它 {B} 帮我拦下来", "sto", "intercept B", cats=(1,))
R("{A} 取消寄件，算哒算哒 还是寄 客户又要哒", "zto", "", cats=(1, 2))
R("上午讲的 {A} 那个拦截 不拦哒 客户收哒", "yunda", "", nh=True, cats=(1,))
R("{A} {B} 都莫拦哒", "jt", "", nh=True, cats=(1,))
R("{A} 撤单哦 不是拦截", "yto", "cancel A", cats=(1,))
R("{A} 不用改地址哒 直接退回来", "zto", "intercept A", cats=(1, 2))
R("{A} 冇破 是客户搞错哒 莫登记破损", "sto", "", nh=True, cats=(1,))
R("{A} 莫拦 ……哦不 要拦 客户确定不要哒", "zto", "intercept A", cats=(1, 2))
R("{A} {B} 拦截退回\n{A} 不退哒 客户讲留倒 只退 {B}", "yunda", "intercept B", cats=(1,))
R("算哒 {A} 不催哒 客户讲她自己克驿站拿", "yto", "", nh=True, cats=(1,))
R("{A} 不消改哒 客户又回原来屋里住哒", "ems", "", nh=True, cats=(1, 5))
R("{A} 不是要退回 是要改派 改到 宜昌市伍家岗区 夷陵大道 万达广场 B座 1506", "jt",
  "change_address A", cats=(1,))
R("{A} 莫撤 件我已经交给师傅哒 催一下就行", "sto", "urge A", cats=(1,))
R("{A} 拦截 \n算哒 不拦哒 让它送 客户讲收哒再讲", "zto", "", cats=(1, 2))
R("今天发的 {A} {B} {C} 除咯 {C} 都拦下来", "yto", "intercept A B", cats=(1, 7))
R("{A} 昨天讲的投诉 撤销哒 派件员跟我道歉哒", "yunda", "", nh=True, cats=(1,))
R("{A} 莫派 莫派 退回", "sto", "intercept A", cats=(1, 5))
R("{A} 不要改派 退回来就行", "jt", "intercept A", cats=(1,))
R("{A} 莫拦 我讲错哒 要拦的是 {B}", "yto", "intercept B", cats=(1, 2))

# ---------------------------------------------------------------- 2: corrections
R("{A} 撤单。哦不对 已经揽收哒 那就拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截\n搞错哒 号码打错一位 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 催一下 —— 讲错哒 不是这个 是 {B}", "jt", "urge B", cats=(2,))
R("{A} 改地址 改到南昌县莲塘镇 澄湖西路\n算哒 还是拦截吧 客户讲不要哒", "yunda", "intercept A", cats=(2,))
R("{A} 拦截 哦不是 是催件 我看错哒", "sto", "urge A", cats=(2,))
R("{A} 地址改到 武汉市武昌区 中南路 更正一下 是 中北路 99号 楚河汉街 对面", "zto", "change_address A",
  cats=(2,))
R("{A:cut} 拦截 少打哒一位 完整的是 {A}", "yto", "intercept A", cats=(2,))
R("{A} {B} 拦截\n更正：{B} 是催件 不是拦截", "zto", "intercept A; urge B", cats=(2, 7))
R("刚才发的 {A} 是错的 应该是 {B} 这个退回", "yunda", "intercept B", cats=(2,))
R("{A} 撤单 哦 冇撤单 是改地址 改到 上饶市信州区 五三大道 128号", "jt", "change_address A", cats=(2,))
R("{A} 拦截退回\n打错哒 是 {B}\n{A} 是别个的", "sto", "intercept B", cats=(2,))
R("{A} 拦截 不对不对 我看下 …… 是 {B} 要拦 {A} 催一下就行", "zto", "intercept B; urge A", cats=(2,))
R("{A} 查下到哪哒\n哦 还是直接催一下算哒", "yto", "urge A", cats=(2,))
R("{A} 改到衡阳市蒸湘区 解放西路 …… 讲错哒 是蒸湘南路 华新开发区 华源小区 9栋", "yunda", "change_address A",
  cats=(2,))
R("{A:x} 催件\n多打哒一个8 是 {A}", "jt", "urge A", cats=(2,))
R("{A} 退回……想了下 还是改地址吧 送到她妈屋里 仙桃市 干河街道 沔阳大道 88号", "yto", "change_address A",
  cats=(2,))
R("{A} 丢件 哦 找到哒 在驿站 那帮我查下么时候派", "zto", "track A", cats=(2,))
R("{A} 催一下 搞错哒 是拦截 客户不要哒", "sto", "intercept A", cats=(2,))
R("更正 上面那个单号是 {B} 不是 {A}\n{B} 改地址 改到 荆州市荆州区 荆中路 128号", "jt", "change_address B",
  cats=(2,))
R("{A} 拦截\n{B} 拦截\n哦 第二个我看错哒 是 {C}", "zto", "intercept A C", cats=(2, 7))
R("{A} 投诉 …… 算哒 莫投诉 就帮我催一下", "yunda", "urge A", cats=(1, 2))
R("语音打错哒 {A} 是拦截 不是南街", "yto", "intercept A", cats=(2, 5))
R("{A} 取消寄件\n不对 师傅已经拿走哒 嗯帮我拦截", "sto", "intercept A", cats=(2,))
R("{A} 改地址 改到 南昌市东湖区 八一大道 …… 哦 客户又讲不要哒 莫改哒 直接拦回来", "zto",
  "intercept A", cats=(1, 2))

# ---------------------------------------------------------------- 3: quotes and replies, the robot quoted back
R("「谭姐：{A} 拦截」\n" + Q + "\n这个我帮她问下 拦住哒冇", "zto", "", nh=True, cats=(3,))
R("「黎哥：{A} 到哪哒」\n" + Q + "\n这个也帮我催一下", "yunda", "urge A", cats=(3,))
R("「圆通客服助手：@周嫂子 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n要得 谢谢哒", "yto", "",
  cats=(3,))
R("@曾老板 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "zto", "cancel A", cats=(3,))
R("「圆通客服助手：@向大姐 {A} 已签收，无法拦截」\n" + Q + "\n签收哒？客户讲冇收到咧 么人签的", "yto",
  "verify_delivery A", cats=(3,))
R("引用 熊姐：{A} {B} 这两个催一下\n{B} 客户已经拿到哒 只催 {A}", "jt", "urge A", cats=(1, 3))
R("「小付：{A} 退回」\n" + Q + "\n这个莫退 我搞错哒 是 {B} 要退", "sto", "intercept B", cats=(2, 3))
R("@胡师傅 {A} 已为您催促派送，请耐心等待\n都催哒两天哒 派件员电话打不通 接哒还骂人 我要投诉", "zto",
  "complaint A", cats=(3,))
R("「中通小助手：@陈哥 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n好的 辛苦", "zto", "", cats=(3,))
R("「中通小助手：@陈哥 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n不改哒 客户讲还是送原来那里", "zto",
  "", nh=True, cats=(1, 3))
R("转发 买家的话：\n“你好，我的快递 {A} 能不能改到公司 武汉市江岸区 解放大道 1268号 百步亭花园 物业”\n"
  "按买家讲的改一下", "zto", "change_address A", cats=(3,))
R("客户讲：“莫送哒 退回去”\n{A} 按她讲的搞", "yunda", "intercept A", cats=(3,))
R("「向大姐：{A} 破损 腊肉袋子破哒」\n" + Q + "\n这个要理赔 她讲货值120", "sto", "claim A", cats=(3, 4, 8))
R("上面 @小付 讲的 {A} 拦截 是我弄错哒 莫拦哒", "jt", "", nh=True, cats=(1, 3))
R("「中通小助手：@黎哥 {A} 撤单成功」\n" + Q + "\n好 那 {B} 也撤咯", "zto", "cancel B", cats=(3,))
R("「韵达客服：@熊姐 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q +
  "\n登记哒好几天哒 冇得人跟我讲 衣服全部泡坏哒 要赔钱", "yunda", "claim A", cats=(3, 8))
R("「圆通客服助手：@揭老表 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n莫拦 我再问下客户", "yto", "",
  nh=True, cats=(1, 3))
R("回复 @周嫂子：{A} 这个到哪哒\n嫂子 这个我刚看哒 到湘潭哒 嗯莫急", "ems", "", cats=(3,))
R("引用 谭姐：{A} 蓝截\n邓姐 我屋里姐姐语音打错哒 是要拦截 嗯帮她拦一下", "zto", "intercept A", cats=(3, 5))
R("「申通助手：@小付 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n好 谢谢 {B} 这个也催下", "sto", "urge B",
  cats=(3,))
R("「邓姐：{A} 这个件是嗯的吧 地址写的不清楚」\n" + Q + "\n是我的 改到 浏阳市 集里街道 金沙北路 188号 黎记豆豉",
  "zto", "change_address A", cats=(3,))
R("「极兔小助手：@汪老板 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n登记有么子用 快点送撒 "
  "米酒要酸哒", "jt", "urge A", cats=(3,))
R("@彭姐 {A} 拦截已提交，结果会第一时间通知您\n拦截成功冇", "yto", "", nh=True, cats=(3,))
R("回复 @邓姐：{A} 已经签收哒\n么人签的 我客户讲冇收到", "zto", "verify_delivery A", cats=(3,))
R("「熊姐：{A} 改地址 改到汉阳 钟家村」\n" + Q + "\n熊姐 这个具体门牌号冇讲 嗯问下客户", "jt", "", cats=(3,))
R("「圆通客服助手：@小付 您的消息已转人工客服处理，请稍候」\n" + Q + "\n人工快点咯 {A} 还是要拦截 急",
  "yto", "intercept A", cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 拦截 有事打我电话 {PN}", "zto", "intercept A", cats=(4,))
R("订单号 {O}\n快递号 {A}\n客户要改地址 改到 黄石市下陆区 团城山 桂林北路 22号", "yto", "change_address A",
  cats=(4,))
R("{A} 多收哒我运费 我称的2斤4两 收我18块 核一下重量", "zto", "weight A", cats=(4,))
R("{P} 这个是客户电话 打不通 {A} 帮我退回", "sto", "intercept A", cats=(4,))
R("客户电话 {PN} 讲冇收到 {A} 显示签收哒", "yunda", "verify_delivery A", cats=(4,))
R("{A} 丢哒 货值 268 块 要理赔 赔到我支付宝 {P}", "zto", "claim A", cats=(4, 8))
R("拼多多订单 {O} 买家要退 快递单号 {A} 拦截", "jt", "intercept A", cats=(4,))
R("2月8号寄的 {A} 到今天2月14号哒还冇到 催一下", "ems", "urge A", cats=(4,))
R("{A} 收件人电话 {PN} 打不通 派件员讲联系不上 电话改成 {PN2}", "yunda", "change_address A", nh=True,
  cats=(4,))
R("{A} 称重 0.8kg 收费按 3kg 算的 差价15元", "jt", "weight A", cats=(4,))
R("客户编码 HN07312 谭记腊肉 {A} 帮我拦截", "yto", "intercept A", cats=(4,))
R("尾号 3927 那个件 拦截一下", "zto", "", nh=True, cats=(4,))
R("{A} 货款 1280 块 客户拒收 退回", "zto", "intercept A", cats=(4,))
R("{A} 里面是 3 瓶剁辣椒 2 斤豆豉 共 5 样 碎哒 2 瓶", "yunda", "damaged A", cats=(4,))
R("{A} 抖音订单 {O} 买家讲地址写错哒 改到 十堰市张湾区 车城路 东风24厂 宿舍", "jt", "change_address A",
  cats=(4,))
R("{PN} 我是南丰揭老表 {A} 这个件催一下", "ems", "urge A", cats=(4,))
R("{A} 客户手机 {P} 她讲快递员打她电话冇接 莫退 再送一次 催一下", "zto", "urge A", cats=(1, 4))
R("淘宝 {O} 这个订单 对应单号 {A} 和 {B} 两个包裹 {B} 冇到 查下", "sto", "track B", cats=(4,))
R("{A} 8号下午3点寄的 今天12号 还在县里 延误好久哒", "yunda", "delay A", cats=(4,))
R("{A} 客户讲派件员问她要 5 块钱上楼费 投诉", "yto", "complaint A", cats=(4,))
R("{A} 这个改地址 新地址 南昌市新建区 长堎镇 新建大道 666号 收件人 万小军 {PN}", "ems", "change_address A",
  cats=(4,))
R("邓姐 我的月结卡 3207716 这个月账单冇对 {A} 这一票收哒 36 块 重量核下", "zto", "weight A", cats=(4,))
R("{A} 丢哒 货值 1500 我有保价 保价单号 BJ20240113 申请赔偿", "sf", "claim A", cats=(4, 8))
R("{A} 这个 客户讲 {PN} 这个号码打不通 换个号 {PN2} 收件人也改成 肖伟", "zto", "change_address A", nh=True,
  cats=(4,))
R("淘宝退款单号 {O} 已经退款哒 {A} 拦截退回", "yto", "intercept A", cats=(4,))
R("{A} 重量 1.2 斤 怎么算我 2.5 公斤 帮我称下", "jt", "weight A", cats=(4,))
R("{P} 给我回个电话 {A} 这个件的事 讲不清楚", "sto", "", nh=True, cats=(4,))

# ---------------------------------------------------------------- 5: voice input, dialect commands
R("{A} 南截 退肥 客户不要哒", "zto", "intercept A", cats=(5,))
R("嗯帮我把那个单号 {A} 的快递蓝结一下 因为客户讲他不要哒 谢谢哒 就咯样", "yto", "intercept A", cats=(5,))
R("喂 邓姐 那个 {A} 嗯帮我催下子啰 那个客户讲今天一定要收到 好 谢谢", "zto", "urge A", cats=(5,))
R("{A} 撤单 车单 那个快递师傅莫来哒 我不花哒", "sto", "cancel A", cats=(5,))
R("{A} 该个地址 改到 长沙市岳麓区 麓谷大道 芯城科技园 2栋", "yunda", "change_address A", cats=(5,))
R("{A} 签手哒 客户讲冇收到", "jt", "verify_delivery A", cats=(5,))
R("{A} 破顺哒 外面的箱子都烂哒", "yto", "damaged A", cats=(5,))
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("{A} cui yi xia", "sto", "urge A", cats=(5,))
R("{A} 推回 推回 客户讲不要", "yunda", "intercept A", cats=(5,))
R("{A} 这个理陪 客户讲藕带坏哒一半", "zto", "claim A", cats=(5, 8))
R("{A} 延物 好几天哒", "ems", "delay A", cats=(5,))
R("{A} 查建 到哪哒", "jt", "track A", cats=(5,))
R("嗯好嗯好 我是新化的谭姐 {A} 这个件帮我南截下子 花错地址哒 谢谢嗯哒", "yto", "intercept A", cats=(5,))
R("{A} 拦结", "sto", "intercept A", cats=(5,))
R("{A} 快点送 搞快滴 客户急得跳", "zto", "urge A", cats=(5,))
R("{A} 这个件冇得哒 哪个都讲不晓得 丢哒", "yunda", "lost A", cats=(5,))
R("老板娘 {A} 嗯跟我退转来 客户不要哒", "zto", "intercept A", cats=(5,))
R("{A} 头诉 派件员", "jt", "complaint A", cats=(5,))
R("{A} 快滴送过克撒", "yto", "urge A", cats=(5,))
R("{A} 称下子看 我觉得冇得咯重", "sto", "weight A", cats=(5,))
R("{A} 改个地枝 改到 武汉市青山区 和平大道 1059号", "zto", "change_address A", cats=(5,))
R("{A} 扯单哈 我不寄哒", "yunda", "cancel A", cats=(5,))
R("{A} 莫送哒 拦转来", "jt", "intercept A", cats=(5,))
R("{A} 咯个件拦得住就拦 拦不住就算哒", "yto", "intercept A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:sp} 催一下", "ems", "urge A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n到哪哒", "zto", "track A", cats=(6,))
R("{A:sp} 拦截退回", "zto", "intercept A", cats=(6,))
R("{A:dash} 改地址 改到 郴州市北湖区 国庆北路 友谊商店 对面", "yunda", "change_address A", cats=(6,))
R("{A:fw} 催件", "jt", "urge A", cats=(6,))
R("{A:lc} 拦截", "yto", "intercept A", cats=(6,))
R("单号 {A:nl} 撤单 谢谢", "sto", "cancel A", cf=True, cats=(6,))
R("{A:sp} 这个显示签收 客户冇收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A:nl} 好几天冇动哒", "yunda", "delay A", cats=(6,))
R("{A:sp}\n帮我查下到哪里哒", "sto", "track A", cats=(6,))
R("{A:nl} 改地址 改到 吉安市吉州区 井冈山大道 198号", "jt", "change_address A", cf=True, cats=(6,))
R("{A:dash} 退回", "zto", "intercept A", cats=(6,))
R("{A:fw} 到哪哒", "yto", "track A", cats=(6,))
R("{A:lc} 催一下 客户急", "jt", "urge A", cats=(6,))

# ---------------------------------------------------------------- 7: several parcels, positions, tables
R("{A}\n{B}\n{C}\n第一个拦截 后面两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A}\n{B}\n上面两个拦截 客户都不要哒", "yto", "intercept A B", cats=(7,))
R("{A} 拦截\n{B} 催件\n{C} 改地址 改到 株洲市天元区 长江北路 神农城 2期", "sto",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A}\t拦截\t发错货\n{B}\t催件\t\n{C}\t查重量\t", "zto", "intercept A; urge B; weight C", cats=(7,))
R("{A} {B} {C} {D}\n以上全部退回 批发商退货哒", "zto", "intercept A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n中间那个莫管 其他两个拦截", "yunda", "intercept A C", cats=(1, 7))
R("{A}\n{B}\n这两个 一个拦截一个催件 我搞不清楚哪个是哪个哒 等下问下我老倌子", "jt", "", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n第二个撤单 其他催一下", "zto", "cancel B; urge A C", cats=(7,))
R("1. {A} 拦截\n2. {B} 拦截\n3. {C} 催", "yto", "intercept A B; urge C", cats=(7,))
R("{A}  腊肉  拦截\n{B}  腊鱼  拦截\n{C}  香肠  正常送", "sto", "intercept A B", cats=(1, 7))
R("{A}\n{B}\n后面那个拦截", "yto", "intercept B", cats=(7,))
R("今天发的这几个 {A} {B} {C} 最后一个改地址 改到 宜春市袁州区 秀江东路 宜春一中 旁边 前面两个不动", "zto",
  "change_address C", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n这五个都是昨天发武汉的 一个都冇动 催一下", "yunda", "urge A B C D E", cats=(7,))
R("{A} 拦截 {B} 也拦截 {C} 催一下 {D} 查下到哪哒", "jt", "intercept A B; urge C; track D", cats=(7,))
R("{A}\n{B}\n{C}\n前两个显示签收 客户都讲冇收到 第三个破损", "zto", "verify_delivery A B; damaged C", cats=(7,))
R("①{A}\n②{B}\n③{C}\n②拦截 其他的不动", "yto", "intercept B", cats=(7,))
R("{A} 催\n{B} 催\n{C} 拦", "sto", "urge A B; intercept C", cats=(7,))
R("{A}\n{B}\n{C}\n这三个 一个是小付的 两个是我的 我的两个拦截", "zto", "", nh=True, cats=(7,))
R("单号\t操作\t备注\n{A}\t拦截\t客户不要\n{B}\t改地址\t南昌市青云谱区 洪都中大道 120号\n{C}\t撤单\t",
  "yunda", "intercept A; change_address B; cancel C", cats=(7,))
R("{A} {B}\n第一个催 第二个 查重量", "jt", "urge A; weight B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n最后两个拦截 前面的催下", "zto", "intercept C D; urge A B", cats=(7,))
R("这几个都帮我看下到哪哒\n{A}\n{B}\n{C}", "yto", "track A B C", cats=(7,))
R("{A}\n{B}\n这两票 都退回", "cainiao", "intercept A B", cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 碎哒 我要投诉 快递员乱丢", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 剁辣椒碎哒三瓶 要赔 派件员还骂人 投诉他", "yto", "claim A; complaint A", cats=(8,))
R("{A} 拦截 并且投诉 快递员私自改派", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 十天哒还冇到 延误哒 客户要投诉", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 快点送撒 客户投诉哒", "jt", "urge A; complaint A", cats=(8,))
R("{A} 丢哒 要赔偿", "zto", "claim A", cats=(8,))
R("{A} 核一下重量 另外催一下", "yto", "weight A; urge A", cats=(8,))
R("{A} 理赔加仲裁 网点拖哒一个月哒", "zto", "claim A; arbitration A", cats=(8,))
R("{A} 延误 登记下 顺便催一下", "sto", "delay A; urge A", cats=(8,))
R("{A} 显示签收 客户冇收到 要投诉这个快递员", "sto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 破损哒 {B} 丢哒 两个都要理赔", "zto", "claim A B", cats=(7, 8))
R("{A} 少哒一袋莲子 要赔 48块", "yunda", "claim A", cats=(4, 8))
R("{A} 压烂哒 派件员态度还差 讲是我包装不好 投诉", "jt", "damaged A; complaint A", cats=(8,))
R("{A} 拦截退回 还有 重量也核一下 收我22块", "yto", "intercept A; weight A", cats=(4, 8))
R("{A} 漏液哒 登记破损 要赔钱 货值 95", "zto", "claim A", cats=(4, 8))
R("{A} 客户要投诉哒 嗯们帮我催一下 快点送", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 这个丢哒 理赔 再投诉网点 我问哒三次冇人理", "sto", "claim A; complaint A", cats=(8,))

# ---------------------------------------------------------------- questions, commands mentioned but not asked
R("{A} 昨天讲哒拦截 拦住哒冇", "zto", "", nh=True, cats=(0,))
R("上次拦截的那票 {A} 退回来到哪里哒", "yto", "track A", cats=(0,))
R("{A} 拦截要收钱啵 几多钱", "sto", "", nh=True, cats=(0,))
R("{A} 改地址改哒冇 客户问我", "yunda", "", nh=True, cats=(0,))
R("{A} 撤单成功冇", "jt", "", nh=True, cats=(0,))
R("{A} 之前催过一次哒 还是冇动 是不是丢哒", "zto", "lost A", cats=(0,))
R("{A} 理赔的钱么时候到账", "zto", "", nh=True, cats=(0,))
R("{A} 上个礼拜拦截退回来的 今天收到哒 谢谢哒", "yto", "", cats=(0,))
R("邓姐 拦截一般要几天退得回来", "zto", "", cats=(0,))
R("{A} 还能拦啵 能拦就帮我拦下", "sto", "intercept A", cats=(0,))
R("{A} 为么子还冇派 是不是延误哒", "yunda", "delay A", cats=(0,))
R("客户问 {A} 能不能改地址 嗯们改得哒啵", "zto", "change_address A", nh=True, cats=(0,))
R("{A} 昨天嗯讲已经催哒 今天还是冇送 再催一下", "zto", "urge A", cats=(0,))
R("{A} 破损的那个工单 有结果冇", "yto", "", nh=True, cats=(0,))
R("改地址要加钱啵 {A} 这个", "jt", "", nh=True, cats=(0,))
R("{A} 那个退回来的件 到哪里哒 我等倒重新发", "yunda", "track A", cats=(0,))
R("我前天催的 {A} 今天到哒 谢谢邓姐", "zto", "", cats=(0,))
R("{A} 拦截哒的话 运费么样算", "sto", "", nh=True, cats=(0,))
R("{A} 嗯们帮我催哒冇", "yto", "", nh=True, cats=(0,))
R("{A} 这个件要不要打延误 我不晓得", "zto", "", nh=True, cats=(0,))
R("{A} 派件员电话好多 我自己跟他讲", "jt", "", nh=True, cats=(0,))
R("{A} 到哪里哒 派件员电话发我下", "sto", "track A", nh=True, cats=(0,))
R("{A} 开个发票 公司要报账", "zto", "", nh=True, cats=(0,))
R("{A} 投诉有结果冇 都一个礼拜哒", "yunda", "", nh=True, cats=(0,))
R("拦截一下", "zto", "", nh=True, cats=(0,))
R("帮我催个件 发长沙的 昨天寄的", "yto", "", nh=True, cats=(0,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(0,))
R("{A:x} 到哪哒", "jt", "", nh=True, cats=(0,))
R("{A} 这个被拦截哒？我冇叫拦啊 何解退回来哒", "zto", "", nh=True, cats=(0,))
R("上个月那个理赔 {A} 嗯们讲赔 200 到现在冇到 是不是要申请仲裁", "yunda", "", nh=True, cats=(0, 4))

# ---------------------------------------------------------------- hedges
R("{A} 要不拦截算哒 客户一直不接电话", "zto", "intercept A", cf=True, cats=(0,))
R("{A} 怕是要退回 我再问下客户", "yto", "intercept A", cf=True, cats=(0,))
R("{A} 先拦倒咯？我再跟客户讲下", "sto", "intercept A", cf=True, cats=(5,))
R("{A} 好像要改个地址 改到 南昌市红谷滩区 丰和中大道 万达广场 B区", "yunda", "change_address A", cf=True,
  cats=(0,))
R("{A} 看下能不能撤单 我也不晓得收走冇", "jt", "cancel A", cf=True, cats=(0,))
R("{A} 可能要拦截 客户讲考虑下", "zto", "intercept A", cf=True, cats=(0,))
R("{A} 如果还冇签收就拦截", "yto", "intercept A", cats=(0,))
R("{A} 拦截 ……唉 莫 …… 还是拦吧 我也不晓得 客户一下要一下不要", "sto", "intercept A", cf=True, cats=(1, 2))
R("{A} 估计要改地址 客户讲搬屋哒 新地址 孝感市孝南区 长征路 88号 她还冇讲死", "zto", "change_address A",
  cf=True, cats=(0,))
R("{A} 我想下 要不先撤单吧", "yunda", "cancel A", cf=True, cats=(0,))
R("{A} 还冇出县里就拦下来", "zto", "intercept A", cats=(0,))
R("{A} 可能要退回哦 嗯们先莫派", "jt", "intercept A", cf=True, cats=(0,))

# ---------------------------------------------------------------- the 菜鸟驿站 counter's group (several carriers)
R("{A} 拦截 {B} 催一下 一个圆通一个极兔", None, "intercept A; urge B", cats=(7,), draw={"A": "yto", "B": "jt"})
R("老板 {A} 这个顺丰的 客户讲改到 岳阳市岳阳楼区 巴陵中路 步行街 口子上", None, "change_address A", draw="sf")
R("{A} 京东的 到哪哒", None, "track A", draw="jd")
R("{A} 德邦的 沙发垫 客户讲压变形哒", None, "damaged A", draw="deppon")
R("{A}\n{B}\n都是圆通的 第一个催 第二个莫管", None, "urge A", cats=(1, 7), draw="yto")
R("{A} 极兔的 扯单 我寄错快递哒 改寄中通", None, "cancel A", cats=(5,), draw="jt")

if __name__ == "__main__":
    W.main()
