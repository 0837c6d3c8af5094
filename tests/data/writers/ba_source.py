"""Writer "ba": a county-town outlet's ordinary weekday.

Casting note: the merchants of a county town in southern Henan / the Hubei border (信阳毛尖 country) who ship
through one outlet run by 王姐 (with 小孙 at the counter and 李师傅 on the pickup van): 老刘's tea shop, 张嫂's dried
goods (香菇 木耳 红薯粉条 腊肉), 陈姐's small children's-clothing workshop (her daughter sometimes types for her),
小周's phone-accessory shop, the online store of 惠民大药房 (小何), 老杨's farm produce (土鸡蛋 板栗 蜂蜜 猕猴桃
葛根粉) and a few others.  Mostly middle-aged, they write in the WeChat group the way they would talk to a
neighbour: a greeting first ("王姐早", "在不在"), thanks after ("辛苦了", "谢谢啊", [抱拳] 🌹), voice input with
commas everywhere and one run-on sentence, Henan and Hubei words (俺 恁 中 嘞 咋 啥 夜儿个 晌午 黑来 冇 冇得 搞么事
一哈 莫 蛮), homophone slips (该地址, 拦劫, 催见), the story of the customer before the request, prices, weights
and dates in passing, [图片]/[表情] placeholders, and now and then a message that asks nothing at all.  About half
are a plain single parcel; the rest are what such a day brings: a mind changed, a number put right, the bot's or
王姐's reply quoted back, a customer's phone or a 淘宝/拼多多 order number pasted beside the waybill, a number typed
with spaces or wrapped onto the next line, three parcels with "头一个 … 后头俩", and a broken jar of honey that
needs both a claim and a complaint.
"""

from harness import Writer

W = Writer("ba", seed=26041)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# 0. plain single-parcel requests: intercept
# ---------------------------------------------------------------------------------------------------------------
R("王姐早[太阳] {A} 麻烦拦一下 客户不要了 谢谢啊", "zto", "intercept A")
R("早上好，{A}，这个件，麻烦帮我退回来，买家说买错了，谢谢。", "sto", "intercept A")
R("王姐，夜儿个后晌发的那箱香菇，{A}，人家说不要了，钱都退了，给我拦回来，辛苦辛苦", "yunda", "intercept A")
R("{A}拦截 谢谢王姐[抱拳][抱拳]", "yto", "intercept A")
R("王姐啊 今儿清早一个老客户打电话 说茶叶买重了 家里还有两斤没喝完 叫我退 我说中 {A} 你帮我拦回来", "jt",
  "intercept A")
R("{A} 这个退件 地址写的老地方 人家早搬走了 联系不上", "zto", "intercept A")
R("王姐 麻烦你个事 {A} 截回来 客户拒收了 说等不及在超市买了", "yunda", "intercept A")
R("在不在 {A}这个别派了 退回来 买家退款了[捂脸]", "sto", "intercept A")
R("{A}\n帮我拦截一下 谢谢啊王姐", "ems", "intercept A")
R("王姐好 {A} 这单拦回来 发错货了 人家要的是红薯粉条我给发成粉丝了 人老了脑子不中用了[捂脸]", "cainiao",
  "intercept A")
R("麻烦拦截 {A} 顾客说不要了 辛苦啦🌹", "jd", "intercept A")
R("{A} 退回 谢谢", "deppon", "intercept A")
R("王姐，刚才那个买蜂蜜的又打电话来了，说家里老人已经买了，{A}，这个给我退回来，麻烦你了。", "yto",
  "intercept A")
R("小孙 {A} 拦一下 衣服尺码发错了 130的发成110了 娃穿不上", "zto", "intercept A")
R("王姐 {A}这个件给我拦住 客户那边出了点事 人不在家了 退回来我再说", "sto", "intercept A")
R("{A} 截件 谢谢姐", "jt", "intercept A")
R("姐 跟你说个事 {A} 这个是给我表哥发的腊肉 他说他人去广东了 没人收 麻烦退回来", "yunda", "intercept A")
R("王姐早，{A}拦截退回，客户那边说不要了，谢谢，中午请你喝茶[呲牙]", "zto", "intercept A")
R("{A} 拦回来拦回来 发错人了 俺把两个客户的单子贴反了", "yto", "intercept A")
R("王姐 {A} 麻烦拦截 药店那边说这个药品批号发错了 得换", "jt", "intercept A")
R("{A}拦回 拼多多买家申请退款了 我已经同意了", "yunda", "intercept A")
R("王姐，那个{A}，是发到南京的那件，麻烦你截一下，客户说地址不对，他自己也说不清，退回来我重新发。", "ems",
  "intercept A")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain single-parcel requests: cancel
# ---------------------------------------------------------------------------------------------------------------
R("王姐 {A} 这个还没拉走 不寄了 撤单", "zto", "cancel A")
R("李师傅还没来拿货 {A}这个单子作废 人家不要了", "sto", "cancel A")
R("王姐 下单下错了 {A} 撤了 我重新下一个", "jt", "cancel A")
R("{A} 取消寄件 谢谢", "cainiao", "cancel A")
R("王姐，那个，{A}，这个单子不寄了，你帮我取消了，谢谢啊。", "ems", "cancel A")
R("{A}撤单哈 地址填成上一个客户的了 我重下", "yto", "cancel A")
R("王姐 夜个黑来下的单 {A} 东西还搁我店里 不发了 取消掉", "zto", "cancel A")
R("{A} 这单作废 客户改主意了 东西还在我这没打包", "yunda", "cancel A")
R("小孙 {A} 帮我取消订单 下重复了 下了两回", "sto", "cancel A")
R("王姐 {A} 不寄了 客户自己开车过来拿[呲牙] 麻烦撤一下", "sf", "cancel A")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain single-parcel requests: change address
# ---------------------------------------------------------------------------------------------------------------
R("王姐 {A} 改个地址 改到 郑州市金水区农业路东段88号 收件人还是刘洋", "zto", "change_address A")
R("{A} 客户搬家了 地址改为 武汉市洪山区珞喻路1037号 华中科技大学东区 陈老师", "yunda", "change_address A")
R("王姐麻烦你 {A} 这个改派到 长沙市岳麓区麓山南路932号 湖南大学南校区 取件人 周小琴 电话不变", "sto",
  "change_address A")
R("{A} 改地址 上海市闵行区七宝镇漕宝路3366号 七宝万科广场旁边的菜鸟驿站 谢谢", "yto", "change_address A")
R("王姐早 {A}客户说送到他单位去 地址：合肥市蜀山区长江西路499号 市人社局一楼门卫 谢谢啊", "jt",
  "change_address A")
R("{A} 转寄 南昌市红谷滩区丰和中大道1188号 收件人 熊丽", "ems", "change_address A")
R("王姐，{A}，这个件地址写错了，应该是，广州市白云区三元里大道1119号，麻烦给改一下。", "zto", "change_address A")
R("{A} 收件人改成他媳妇 李春燕 地址改到 驻马店市驿城区解放路东段206号 她在那开店", "yunda", "change_address A")
R("王姐 {A} 人家说别送家里 家里没人 改到 信阳市平桥区平西办事处龙江路18号 龙江小区南门 菜鸟驿站", "sto",
  "change_address A")
R("{A}改址：深圳市龙岗区坂田街道五和大道南2号 华为基地北门 收件人王浩", "jt", "change_address A")
R("姐 {A} 这个件改到俺闺女那 苏州市工业园区星湖街328号 创意产业园8栋 陈思雨", "zto", "change_address A")
R("{A} 改派 北京市丰台区丽泽路16号院 铭丰大厦 收件人 赵磊 谢谢", "sf", "change_address A")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain single-parcel requests: urge
# ---------------------------------------------------------------------------------------------------------------
R("王姐 {A}这个件帮我催催哈，客户打了三回电话了，辛苦了[抱拳]", "yunda", "urge A")
R("{A} 加急 客户等着吃药", "jd", "urge A")
R("王姐 {A} 麻烦催一下 是药 老人等着用 谢谢啊", "zto", "urge A")
R("{A}催一下派送 人家明天要过生 等着这箱土鸡蛋", "sto", "urge A")
R("{A} 能不能快点送啊 客户都问了好几遍了", "yto", "urge A")
R("王姐，{A}，这个件帮我催一下，谢谢，客户在群里天天艾特我。", "yunda", "urge A")
R("{A} 尽快派送 谢谢王姐辛苦", "jt", "urge A")
R("{A} 到了武汉就不动了 帮我催催", "zto", "urge A")
R("王姐 {A} 里头是猕猴桃 放久了要烂 麻烦叫那边快点送", "ems", "urge A")
R("{A} 催件 谢谢", "sto", "urge A")
R("王姐在忙不 {A} 这个能不能帮我加个急 客户后天出国 走之前要带上这两斤茶叶", "yto", "urge A")
R("{A}\n催催 谢谢王姐 辛苦了", "cainiao", "urge A")
R("小孙帮个忙 {A} 催一下 人家孩子开学要穿的校服 等不及了", "zto", "urge A")
R("{A} 老客户的 帮我催紧点 咱不能叫人家说咱慢", "yunda", "urge A")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain single-parcel requests: track
# ---------------------------------------------------------------------------------------------------------------
R("{A} 到哪了王姐 武汉那边的老客户问", "yto", "track A")
R("{A}", "zto", "track A")
R("王姐帮我查下{A}到哪儿了 客户问", "yunda", "track A")
R("{A} 这个件啥时候能到啊 人家问我", "sto", "track A")
R("查件 {A}", "jt", "track A")
R("王姐 麻烦看看 {A} 走到哪了 谢谢", "ems", "track A")
R("{A} 物流到哪了 帮查一下", "cainiao", "track A")
R("王姐，{A}，这个件，现在到哪了，我手机上看不到物流，眼睛也花了。", "zto", "track A")
R("{A}\n这个到哪了姐", "yunda", "track A")
R("王姐 {A} 明天能到上海不 客户问的", "yto", "track A")
R("{A} 帮我瞅瞅到哪了[抱拳]", "sf", "track A")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain single-parcel requests: delay
# ---------------------------------------------------------------------------------------------------------------
R("{A} 三天了物流一直不动", "zto", "delay A")
R("王姐 {A} 这个件好几天没更新了 还在郑州转运中心", "yunda", "delay A")
R("{A} 从上礼拜五到现在都没动过", "sto", "delay A")
R("{A}，这个件，延误了，说好的两天到，现在第五天了。", "yto", "delay A")
R("王姐 {A} 这个件在路上走了一个礼拜了 人家早就到了 咱这个还在半路上", "jt", "delay A")
R("{A} 一直显示运输中 好几天没更新", "ems", "delay A")
R("王姐 {A} 物流卡在长沙不动了 都四天了", "zto", "delay A")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain single-parcel requests: damaged / lost / weight / verify
# ---------------------------------------------------------------------------------------------------------------
R("[图片]\n王姐 {A} 客户收到说箱子压扁了 里面的鸡蛋碎了一半", "zto", "damaged A")
R("{A} 漏了 菜籽油漏了一箱子 客户发的图 [图片][图片]", "yunda", "damaged A")
R("{A} 这个茶叶罐压瘪了 客户拍了视频", "jt", "damaged A")
R("王姐 {A} 客户说外箱破了个大洞 里面的钢化膜碎了好几张", "sto", "damaged A")
R("{A} 到了一开箱 猕猴桃全压烂了 汤汤水水的[流泪]", "ems", "damaged A")
R("王姐 {A} 这箱蜂蜜瓶子碎了 客户说一箱子黏糊糊的", "yto", "damaged A")
R("{A} 一个多礼拜了 网点说找不着 是不是丢了", "yto", "lost A")
R("王姐 {A} 件丢了 转运中心说没这个件", "zto", "lost A")
R("{A} 客户收到少了一袋木耳 一共三袋只收到两袋", "yunda", "lost A")
R("{A} 遗失了 派件员说车上翻遍了找不着", "sto", "lost A")
R("王姐，{A}，这个件，哪都找不着了，问了一圈，都说冇见过。", "jt", "lost A")
R("{A} 重量不对吧 一件T恤咋能两公斤", "yto", "weight A")
R("{A} 核个重 这个超重了", "jt", "weight A")
R("王姐 {A} 帮我称一下 这个箱子咋算那么重 我自己称的没那么多", "zto", "weight A")
R("{A} 查下重量 我觉得称错了", "sto", "weight A")
R("{A} 这个件显示签收了 可是客户说冇见着 王姐帮忙问问放哪了", "ems", "verify_delivery A")
R("王姐 {A}显示别人签收了 客户本人没收到 帮忙核实一下", "zto", "verify_delivery A")
R("{A} 客户说根本没收到 物流上显示本人签收 这不是虚假签收嘛", "sto", "verify_delivery A")
R("王姐 {A} 显示签收了 客户问了门卫 问了邻居 都说没见着", "yunda", "verify_delivery A")
R("{A} 签收了? 人家没收到啊 帮我核实一下谁签的", "yto", "verify_delivery A")

# ---------------------------------------------------------------------------------------------------------------
# 0. complaint / arbitration / claim (single intent)
# ---------------------------------------------------------------------------------------------------------------
R("王姐 {A} 要投诉 那边派件的小伙子态度太差 客户问一句他就骂人", "zto", "complaint A")
R("{A} 投诉 派件员不送上门 叫七十多岁的老太太自己下楼去驿站拿", "yunda", "complaint A")
R("王姐 跟你说 {A} 这个 我跟买家扯了半个月了 平台让申请仲裁 你帮我申请一下", "jd", "arbitration A")
R("{A} 要理赔 客户那边说东西坏了不要了 这一单我亏大了", "sto", "claim A", cats=(8,))
R("{A} 我要投诉 打了五个电话 派件员一个都不接", "yto", "complaint A")

# ---------------------------------------------------------------------------------------------------------------
# 0. null (several-carrier) group, prefixed numbers
# ---------------------------------------------------------------------------------------------------------------
R("王姐 {A} 圆通的 帮我拦一下 谢谢", None, "intercept A", draw="yto")
R("{A} 极兔的 催一下 辛苦", None, "urge A", draw="jt")
R("王姐早 {A} 顺丰的这个到哪了", None, "track A", draw="sf")
R("{A} 德邦的 改地址 郑州市管城区航海东路1356号 建材市场C区12号 老周", None, "change_address A",
  draw="deppon")
R("{A} 京东的 客户说没收到 显示签收了", None, "verify_delivery A", draw="jd")
R("王姐 {A} 这个撤单 还没揽收", None, "cancel A", draw="yto")
R("{A} 拦截 谢谢王姐", None, "intercept A", draw="jt")
R("{A}\n{B}\n这俩催一下", None, "urge A B", draw={"A": "yto", "B": "jt"})
R("王姐 {A} 压坏了 盒子都扁了", None, "damaged A", draw="sf")
R("{A} 好几天不动了", None, "delay A", draw="yto")
R("王姐 这个{A} 邮政的 到哪了 寄给俺儿子的", None, "track A", draw="ems_s10")
R("{A} 退回 {B} 催件", None, "intercept A; urge B", draw={"A": "jt", "B": "yto"})
R("王姐 {A} 重量不对 帮我核一下 一盒手机壳哪有三公斤", None, "weight A", draw="jd")
R("{A} 查一下 丢了没有 半个月了", None, "lost A", draw="deppon")
R("{A} 取消 不寄了", None, "cancel A", draw="sf")

# ---------------------------------------------------------------------------------------------------------------
# 0. several parcels, plain
# ---------------------------------------------------------------------------------------------------------------
R("王姐 {A} {B} 这两个都催一下 谢谢啊", "zto", "urge A B")
R("{A} 拦截\n{B} 催件\n谢谢王姐", "yunda", "intercept A; urge B")
R("王姐 今儿这几个帮忙查一下到哪了\n{A}\n{B}\n{C}", "sto", "track A B C")
R("{A} 退回\n{B} 退回\n都是一个客户的 他不要了", "yto", "intercept A B")
R("王姐早 {A}催一下 {B}帮我查查到哪了 谢谢", "jt", "urge A; track B")
R("{A}\n{B}\n这两个撤单 东西不发了", "zto", "cancel A B")
R("王姐 {A} 这个拦截 还有 {B} 这个改地址 改到 荆州市沙市区北京中路213号 刘华", "yunda",
  "intercept A; change_address B")
R("{A} 显示签收没收到\n{B} 好几天不动了\n王姐帮我看看", "sto", "verify_delivery A; delay B")
R("王姐 {A} {B}两个件都压坏了 客户发了图[图片]", "zto", "damaged A B")
R("麻烦催催这几个\n{A}\n{B}\n{C}\n谢谢王姐辛苦了🌹", "yto", "urge A B C")
R("{A} 核重\n{B} 核重\n这两个运费都算多了", "jt", "weight A B")
R("王姐，{A}，拦截，{B}，也拦截，谢谢。", "ems", "intercept A B")

# ---------------------------------------------------------------------------------------------------------------
# 0. messages that ask nothing, questions without a waybill
# ---------------------------------------------------------------------------------------------------------------
R("王姐早[太阳]", "zto")
R("收到了收到了 谢谢王姐[抱拳]", "yunda")
R("王姐 今儿几点来收件啊 我这有十几箱板栗", "zto")
R("今天下大雨 李师傅慢点来 不急", "sto")
R("王姐 你们端午放不放假啊", "yto")
R("[图片]\n王姐你看今年新茶 头采的 给你留了半斤[呲牙]", "zto")
R("运费咋又涨了 上个月首重还是3块5", "yunda")
R("好的好的 辛苦了", "jt")
R("王姐 昨天那个件客户收到了 说包装得好 谢谢你们啊", "zto")
R("[表情]", "sto")
R("晚上给你们送点粽子过去 自家包的 碱水粽[呲牙]", "yunda")
R("王姐 俺那个月结账单啥时候出", "zto")
R("今天发的单子都打好了 搁门口了 李师傅来了直接拿就中", "yto")
R("明儿个我那有二十来件 早点来拿哈", "zto")
R("中 知道了", "jt")
R("王姐 你们那收不收冻品啊 我想发点腊鱼", "ems")
R("好嘞[OK]", "yunda")
R("谢谢王姐 问题解决了 客户收到了[玫瑰][玫瑰][玫瑰]", "sto")
R("王姐 快递袋子还有没 给我留两捆 下午去拿", "zto")
R("今儿个件多 辛苦李师傅跑两趟了", "yunda")
R("[图片]", "zto")
R("王姐 发广州的 一斤多大概多少钱", "sto")
R("群里有冇人要新打的菜籽油 自家榨的 25一斤", "yto")
R("王姐 你们几点下班 我六点多才能打包好", "jt")
R("哎呀今天真是忙死了 一上午就打了四十多单[捂脸]", "zto")
R("好的王姐 麻烦了🙏", "ems")
R("王姐 下午能上门不 我这有一箱猕猴桃 三十来斤 要发北京", "yunda")
R("小孙 你那打印机修好了没", "zto")

# ---------------------------------------------------------------------------------------------------------------
# a number with words outside the intents, questions whether something was done, rules
# ---------------------------------------------------------------------------------------------------------------
R("王姐 早上那个{A} 拦住了没", "zto", "", nh=True)
R("{A} 拦截要收钱不", "yunda", "", nh=True)
R("{A} 改地址了没有 客户又问了", "sto", "", nh=True)
R("王姐 {A} 这个帮我开个发票 客户要报销", "yto", "", nh=True)
R("{A} 这个面单能重新打一张不 贴歪了", "zto", "", nh=True)
R("{A} 到哪了 顺便给开个收据", "jt", "track A", nh=True)
R("王姐 {A} 退回来运费谁出啊", "yunda", "", nh=True)
R("{A} 催了没 人家又打电话了", "sto", "", nh=True)
R("{A} 这个件到了能不能叫派件员帮客户搬上楼 老两口腿脚不好", "zto", "", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# needs_human: command without a usable waybill, address change without an address
# ---------------------------------------------------------------------------------------------------------------
R("王姐 尾号3527那个件 帮我拦一下", "zto", "", nh=True)
R("拦截一下 谢谢王姐", "yunda", "", nh=True)
R("王姐 昨天发武汉那个件 催一下 单号我找不着了", "sto", "", nh=True)
R("{A} 客户说要改地址 新地址我问了再发你", "zto", "change_address A", nh=True)
R("{A} 收件人改成 张小红", "yunda", "change_address A", nh=True)
R("王姐 {A} 这个改个地址 他换地方住了", "jt", "change_address A", nh=True)
R("王姐 给张大爷发的那箱鸡蛋 就是你们昨天下午来拿的 帮我退回来", "zto", "", nh=True)
R("后四位8806的 催一下 客户说急", "yto", "", nh=True)
R("{A} {B} 这两个 一个拦一个催 哪个拦我给忘了 等我看看", "sto", "", nh=True, cats=(7,))

# ---------------------------------------------------------------------------------------------------------------
# 1. negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
R("王姐 刚才那个{A}不用拦了 客户又要了 真不好意思[捂脸]", "zto", "", nh=True, cats=(1,))
R("{A} 拦截\n{B} 这个不拦 这个是老客户的", "yunda", "intercept A", cats=(1,))
R("{A} 先不退 你帮我催催 客户说还要", "sto", "urge A", cats=(1,))
R("不要退回 {A} 改派到 信阳市浉河区新华西路160号 收件人 王丽", "zto", "change_address A", cats=(1,))
R("{A} 我没说不拦啊 拦 赶紧拦 人家钱都退了", "yto", "intercept A", cats=(1,))
R("{A} 拦一下 哎算了算了 不拦了 客户说又想要了", "yto", "", cats=(1,))
R("王姐 {A} 这个理赔不用弄了 客户说东西还能用 就不麻烦了", "zto", "", nh=True, cats=(1,))
R("王姐 {A} 早上说撤单的 不撤了 东西照发 李师傅来了叫他拿走", "sto", "", nh=True, cats=(1,))
R("{A}\n{B}\n{C}\n都催一下 中间那个不用 已经到了", "yunda", "urge A C", cats=(1, 7))
R("王姐 {A} 千万别拦 千万别拦 客户又要了 我早上说错了", "jt", "", nh=True, cats=(1,))
R("{A} 不用催了 到了 谢谢王姐", "zto", "", nh=True, cats=(1,))
R("王姐 {A} 我早上说改地址 不改了 还送原来的地方", "jt", "", nh=True, cats=(1,))
R("{A} 别退别退 改个地址就中 改到 南阳市卧龙区车站南路99号 李秀英", "zto", "change_address A", cats=(1,))
R("{A}拦截 {B}也拦 {C}不拦 {C}客户说要", "yunda", "intercept A B", cats=(1,))
R("王姐 {A} 不撤单 已经拉走了 给我拦回来", "sto", "intercept A", cats=(1,))
R("{A} 也不是不要 就是太慢了 你帮我催催 别退", "yto", "urge A", cats=(1,))
R("王姐，{A}，这个件，不是要退回，是要改地址，改到，襄阳市樊城区人民路67号，收件人，郭燕。", "zto",
  "change_address A", cats=(1, 5))
R("{A} 不是投诉 就是想问问到哪了", "jt", "track A", cats=(1,))
R("{A} 催件 {B} 先别管 等我问问", "zto", "urge A", cats=(1,))
R("王姐 {A} 这个不要拦截了 客户刚才打电话说还是要 麻烦你了", "yunda", "", nh=True, cats=(1,))
R("{A} 不用投诉了 刚才派件员打电话来道歉了 态度还中", "sto", "", nh=True, cats=(1,))
R("{A} 不拦也不退 就改个电话 收件人电话改为{PN}", "zto", "change_address A", nh=True, cats=(1, 4))
R("王姐 {A} {B}都拦一下 哦不 {B}不拦 {B}是发给我姐的", "yto", "intercept A", cats=(1, 2))
R("{A} 不是不想要 是放门口不放心 你叫派件员打电话再送", "jt", "", nh=True, cats=(1,))
R("{A} 拦截\n{A} 不拦了 刚问了 人家要", "zto", "", cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# 2. corrections
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单 哎不对 早上李师傅已经拉走了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截\n单号打错了 是这个 {A}", "yunda", "intercept A", cats=(2,))
R("{A} 催一下\n哦不对 是{B} 看错行了", "sto", "urge B", cats=(2,))
R("{A} 改地址 改到 武汉市江岸区解放大道1277号\n更正 是1377号 门牌号说错了", "yto", "change_address A",
  cats=(2,))
R("{A} 改址取消 还是拦回来吧 客户说不要了", "zto", "intercept A", cats=(2,))
R("王姐 刚才发错了 {A}不是催 是退回", "jt", "intercept A", cats=(2,))
R("{A} 查下到哪了 算了 直接拦截 不等了", "yunda", "intercept A", cats=(2,))
R("王姐 {A} 拦截 不对不对 是{B} 俺眼花了[捂脸]", "zto", "intercept B", cats=(2,))
R("{A} 催件 哦不 这个是要核重的 运费扣多了", "sto", "weight A", cats=(2,))
R("{A:typo}\n催一下\n王姐不好意思 单号少看了一眼 是{A}", "yto", "urge A", cats=(2,))
R("{A} 取消寄件 哦 已经揽收了啊 那退回来", "zto", "intercept A", cats=(2,))
R("王姐，{A}，这个拦截，嗯，不对，拦截不是这个，是{B}，{A}是要催一下的。", "yunda", "intercept B; urge A",
  cats=(2, 5))
R("{A} 改到 郑州市二七区大学路80号\n哎呀 说错了 是大学路90号 郑州大学老校区", "jt", "change_address A",
  cats=(2,))
R("{A} 退回吧 ... 还是改个地址吧 改到 孝感市孝南区城站路106号 客户妹妹家", "zto", "change_address A",
  cats=(2,))
R("{A} 拦截\n更正：单号是{B}", "sto", "intercept B", cats=(2,))
R("王姐 {A}催一下 {B}拦截\n说反了 {A}拦截 {B}催一下", "zto", "intercept A; urge B", cats=(2,))
R("{A} 破损\n不是破损 是少了一包 里面三包香菇只有两包", "yunda", "lost A", cats=(2,))
R("{A} 延误了\n哦不对 看了下 昨天就签收了 客户说没收到", "zto", "verify_delivery A", cats=(2,))
R("王姐 上午说的那个{A} 不是撤单 是拦截 已经发走了", "jt", "intercept A", cats=(2,))
R("{A} 拦截 哎不对 客户说改地址就行 改到 九江市浔阳区庐山北路36号 万达广场对面", "yto", "change_address A",
  cats=(2,))
R("{A:typo} 到哪了\n{A} 这个才对 刚才那个按错了一个数", "sto", "track A", cats=(2,))
R("王姐 {A} 投诉\n算了不投诉了 帮我催催就中", "zto", "urge A", cats=(1, 2))

# ---------------------------------------------------------------------------------------------------------------
# 3. quotes and replies (王姐's, colleagues', the bot's)
# ---------------------------------------------------------------------------------------------------------------
R("「@张嫂干货 {A} 拦截已提交，结果会第一时间通知您」\n王姐 这个拦住了没", "zto", "", nh=True, cats=(3,))
R("「小客服：@老杨土特产 {A} 已为您催促派送，请耐心等待」\n催了还是不动啊 再帮我催催 客户都急死了", "yunda",
  "urge A", cats=(3,))
R("「@陈姐服装 {A} 已签收，无法拦截」\n那咋弄啊 客户说没收到 谁签的 帮我查查", "sto", "verify_delivery A",
  cats=(3,))
R("「@小周手机配件 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n撤单 {A}", "yto", "cancel A",
  cats=(3,))
R("「王姐：{A} 今天下午派」\n好的谢谢王姐[抱拳]", "zto", "", cats=(3,))
R("回复 @王姐：{A} 这个件已经到镇上了\n那麻烦快点给送过去 人家等着用", "yunda", "urge A", cats=(3,))
R("「茶叶刘：{A} 拦截」\n王姐 俺跟刘哥卖给同一个客户了 这个也拦一下 {B}", "zto", "intercept B", cats=(3,))
R("“{A} 退回”\n这是俺闺女昨天发的 不算了 东西照送", "jt", "", nh=True, cats=(1, 3))
R("「@惠民大药房 {A} 改址已提交，结果会第一时间通知您」\n谢谢 辛苦了", "sto", "", cats=(3,))
R("引用 李师傅：{A} 这个件客户不在家\n那帮我改到他单位 信阳市羊山新区新七大道200号 市民之家 让他下楼拿", "zto",
  "change_address A", cats=(3,))
R("「@老刘茶叶 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n王姐 这个能赔不 客户要我赔 两罐毛尖三百多",
  "yto", "claim A", cats=(3, 8))
R("「@张嫂干货 {A} 已为您催促派送，请耐心等待」\n催了两回了咋还冇到 再催催 客户都要投诉了", "yunda",
  "urge A; complaint A", cats=(3, 8))
R("「@陈姐服装 请确认：{A} 拦截退回？回复“确认”即办理」\n确认 拦 谢谢", "zto", "intercept A", cats=(3,))
R("「王姐：你那个{A} 客户拒收了」\n那就退回来吧 没法子", "sto", "intercept A", cats=(3,))
R("「@老杨土特产 {A} 拦截已提交，结果会第一时间通知您」\n不用拦了 客户又打电话说要", "zto", "", nh=True,
  cats=(1, 3))
R("「陈姐服装：{A} 催一下」\n王姐 这个也催一下 {B} 俺俩发的一个地方", "jt", "urge B", cats=(3,))
R("「@小周手机配件 您的消息已转人工客服处理，请稍候」\n好的 等着", "zto", "", cats=(3,))
R("「王姐：{A} 这个件在转运中心压着 明天才能走」\n哦 那帮我加个急 能早一天是一天", "yto", "urge A", cats=(3,))
R("「@惠民大药房 {A} 已为您登记延误工单，结果会第一时间通知您」\n这都三天了还没结果 客户要投诉 我也要投诉", "sto",
  "complaint A", cats=(3,))
R("「老杨土特产：{A} 改地址 武汉市武昌区中北路108号」\n王姐 老杨让我跟你说 这个不改了 改好了再改回去麻烦", "zto",
  "", nh=True, cats=(1, 3))
R("“王姐：{A} 派件员说送了放门口了”\n门口啥也没有啊 邻居也说没看见 你帮我核实一下", "yunda", "verify_delivery A",
  cats=(3,))
R("「@张嫂干货 {A} 撤单成功」\n[抱拳][抱拳]", "jt", "", cats=(3,))
R("回复 @王姐：{A} 重量3.2公斤\n不可能 俺称的才1.5公斤 再给称称", "zto", "weight A", cats=(3, 4))
R("引用 王姐：{A} 已经签收了\n签收了? 客户说冇收到啊 哪个签的", "sto", "verify_delivery A", cats=(3,))
R("「陈姐服装：{A} {B} 拦截」\n王姐 俺妈发的这两个 只拦第一个 第二个照送", "zto", "intercept A", nh=True, cats=(1, 3))

# ---------------------------------------------------------------------------------------------------------------
# 4. phones, order numbers, amounts, dates
# ---------------------------------------------------------------------------------------------------------------
R("{A} 收件人电话改为{PN}", "zto", "change_address A", nh=True, cats=(4,))
R("王姐 {A} 催一下 客户电话{PN} 着急用", "yunda", "urge A", cats=(4,))
R("{A} 拦截 有事打我电话 {P}", "sto", "intercept A", cats=(4,))
R("淘宝订单号{O}\n快递单号{A}\n买家退款了 帮我拦下", "sto", "intercept A", cats=(4,))
R("{A} 改地址 十堰市茅箭区北京中路62号 张红梅 {PN}", "yto", "change_address A", cats=(4,))
R("王姐 {A} 这个箱子里是两盒阿莫西林一盒布洛芬 订单{O} 客户收到说少了一盒布洛芬", "zto", "lost A", cats=(4,))
R("3月12号发的{A} 到今天还没到 一直没更新", "yunda", "delay A", cats=(4,))
R("王姐 {A} 帮我称一下重量 我这边称的2.3斤 咋扣了我3公斤的钱", "zto", "weight A", cats=(4,))
R("{A} 帮我查查重量 运费算了21块 平时都是8块", "yunda", "weight A", cats=(4,))
R("{A} 丢了 这箱茶叶680块 要赔", "yto", "claim A", cats=(4, 8))
R("{A} 这个客户电话{P} 人在医院陪床 麻烦改到 信阳市中心医院 住院部七楼 骨科 刘春花", "zto", "change_address A",
  cats=(4,))
R("拼多多订单{O} 买家说显示签收没收到 单号{A}", "yunda", "verify_delivery A", cats=(4,))
R("王姐 {A} 催一下 客户说再不到就退款 这单才赚5块钱[捂脸]", "sto", "urge A", cats=(4,))
R("{A} 到哪了 客户{PN}一直打我电话问", "zto", "track A", cats=(4,))
R("订单号{O} 快递{A} 客户不要了 拦截", "yto", "intercept A", cats=(4,))
R("王姐，{A}，客户换电话了，新号码是，{P}，麻烦通知一下派件员。", "yunda", "change_address A", nh=True,
  cats=(4, 5))
R("5月8号寄的 {A} 到现在十来天了 还在路上", "zto", "delay A", cats=(4,))
R("{A} 超重了吧 一双鞋1.2公斤算成5公斤 多收了我十几块", "sto", "weight A", cats=(4,))
R("{A} 碎了三瓶蜂蜜 一瓶68 客户要赔偿 你们得赔", "zto", "claim A", cats=(4, 8))
R("王姐 {A} 收件人 周建国 电话{PN} 地址改成 信阳市光山县紫水街道正大街218号 他回老家了", "jt",
  "change_address A", cats=(4,))
R("{A} 客户电话{P} 打不通 地址也不对 退回来吧 不折腾了", "zto", "intercept A", cats=(4,))
R("{A} 撤单 淘宝那边已经退款了 订单{O}", "yunda", "cancel A", cats=(4,))
R("今天上午十点多发的 {A} 到郑州了没", "sto", "track A", cats=(4,))
R("王姐 {A} 和 {B} 是一个客户 {PN} 两个都催一下", "zto", "urge A B", cats=(4,))
R("{A} 重量 你们称的4.6 我在家称的3.1 差了一斤半呢 核一下", "jt", "weight A", cats=(4,))
R("{A} 这个件丢了 要赔 2280块钱的茶叶呢", "yto", "claim A", cats=(4, 8))
R("{A} 买家{PN} 说收到的药盒子压烂了 药片都碎了", "yunda", "damaged A", cats=(4,))
R("{A}\n订单编号：{O}\n收货人电话：{PN}\n买家要求改地址 新地址 襄阳市襄城区檀溪路188号 檀溪小区3栋", "zto",
  "change_address A", cats=(4,))
R("王姐 {A} 快递员送件的时候跟客户吵起来了 客户电话{PN} 你问问他 我要投诉", "sto", "complaint A", cats=(4,))
R("{A} 这个14号就该到 今天都19号了", "yunda", "delay A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# 5. voice input, local words, homophone slips, pinyin
# ---------------------------------------------------------------------------------------------------------------
R("{A} 该地址 北京市朝阳区望京街10号 望京SOHO T1 前台 客户在那上班[抱拳]", "yunda", "change_address A",
  cats=(5,))
R("王姐 {A} 帮我拦劫一下 客户不要了", "zto", "intercept A", cats=(5,))
R("{A} 催见 客户急", "sto", "urge A", cats=(5,))
R("王姐，嗯，那个，{A}，这个件呢，你帮我给它拦回来，呃，客户说不要了，好，谢谢王姐。", "zto", "intercept A",
  cats=(5,))
R("{A} lanjie 谢谢", "jt", "intercept A", cats=(5,))
R("{A} cuijian 谢谢姐", "yto", "urge A", cats=(5,))
R("{A} 快给俺送过去 人家等着嘞", "zto", "urge A", cats=(5,))
R("{A} 莫派了 退回来", "yunda", "intercept A", cats=(5,))
R("{A} 这个件冇得动静 四五天了", "sto", "delay A", cats=(5,))
R("{A}这个件搞么事还冇到 帮我催一哈", "zto", "urge A", cats=(5,))
R("王姐 {A} 恁帮俺催催 咋恁慢嘞", "yto", "urge A", cats=(5,))
R("{A} 车单 不寄了", "zto", "cancel A", cats=(5,))
R("王姐，{A}，这个，显示签收了，但是，客户说，冇收到，麻烦你，帮我核实一哈。", "jt", "verify_delivery A", cats=(5,))
R("{A} 给俺截下来 那人不是好人 收了货就说没收到 上回就这样搞过", "zto", "intercept A", cats=(5,))
R("王姐 {A} 这个该个地址 改到 南阳市宛城区仲景路32号 张桂兰", "sto", "change_address A", cats=(5,))
R("{A} 理陪 客户说东西全烂了 一箱子桃子", "yunda", "claim A", cats=(5, 8))
R("{A}\ngaizhi 杭州市滨江区江南大道588号 恒鑫大厦 小周", "yto", "change_address A", cats=(5,))
R("王姐，那个，俺说一下啊，{A}，这个件，客户说，那个地方，他不住了，你给它，退回来吧，退回来，谢谢。", "zto",
  "intercept A", cats=(5,))
R("{A} 咋还不到 给催催 都等几天了", "jt", "urge A", cats=(5,))
R("{A} 称重不对 和实一下", "zto", "weight A", cats=(5,))
R("{A} urgent 客户急用 谢谢王姐", "sto", "urge A", cats=(5,))
R("{A} 跑到哪去了 找一哈", "yunda", "track A", cats=(5,))
R("王姐 {A} 这个不中了 拦回来 客户嫌贵不要了", "zto", "intercept A", cats=(5,))
R("{A} 搁半路上不走了 蛮多天了", "yto", "delay A", cats=(5,))
R("{A}，这个件，里头的碗，碎了两个，客户拍了照片，给你发过去，[图片]。", "sto", "damaged A", cats=(5,))
R("{A} 东西冇得了 网点说找不到 搞么事的", "zto", "lost A", cats=(5,))
R("{A} 客户要的急 加急加急 麻烦王姐了 回头请你吃饭", "jt", "urge A", cats=(5,))
R("{A} 取消掉 俺不发了 李师傅莫来拿了", "zto", "cancel A", cats=(5,))
R("{A} 投素 派件员态度恶劣", "yunda", "complaint A", cats=(5,))
R("王姐，{A}，这个件啊，俺跟你说，客户说，送到，送到他店里去，地址是，信阳市浉河区民权路82号，东方红大道口，老李烟酒。",
  "sto", "change_address A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken or mistyped
# ---------------------------------------------------------------------------------------------------------------
R("{A:sp} 拦截", "zto", "intercept A", cats=(6,))
R("{A:nl} 这个件拦一下", "yunda", "intercept A", cf=True, cats=(6,))
R("{A:lc} 催一下 谢谢", "yto", "urge A", cats=(6,))
R("{A:fw} 到哪了", "zto", "track A", cats=(6,))
R("{A:cut} 帮我拦一下", "yto", "", nh=True, cats=(6,))
R("王姐 {A:sp} 这个邮件到哪了 寄给俺闺女的", "ems", "track A", draw="ems_s10", cats=(6,))
R("王姐 {A:nl}\n催一下", "sto", "urge A", cats=(6,))
R("{A:dash} 退回 谢谢王姐", "jt", "intercept A", cats=(6,))
R("{A:lc} 拦截 客户不要了", "jt", "intercept A", cats=(6,))
R("王姐 {A:cut} 这个催一下\n好像少打了一位 我再看看", "zto", "", nh=True, cats=(6,))
R("{A:nl} 改地址 武汉市青山区和平大道1198号 武钢医院旁边 王德明", "yunda", "change_address A", cf=True,
  cats=(6,))
R("{A:sp}\n麻烦核个重", "sto", "weight A", cats=(6,))
R("{A:fw} 撤单", "yto", "cancel A", cats=(6,))
R("王姐 {A:sp} 这个挂号信寄出去半个月了 还没到 是不是丢了", "ems", "lost A", draw="ems_s10", cats=(6,))
R("{A:lc}\n{B:lc}\n这俩都催下", None, "urge A B", draw={"A": "yto", "B": "jt"}, cats=(6,))
R("{A:nl} 不寄了 撤单", "zto", "cancel A", cf=True, cats=(6,))
R("{A:x} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:dash}\n到哪了王姐", "zto", "track A", cats=(6,))
R("{A:sp} 显示签收了 没收到", "yunda", "verify_delivery A", cats=(6,))
R("王姐，{A:nl}，这个，帮我查下，到哪了。", "sto", "track A", cats=(5, 6))
R("{A:cut}\n{B}\n这两个拦截", "jt", "intercept B", nh=True, cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# 7. several parcels: positions, 以上, pasted rows
# ---------------------------------------------------------------------------------------------------------------
R("王姐 这三个\n{A}\n{B}\n{C}\n头一个拦截 后头俩催催", "zto", "intercept A; urge B C", cats=(7,))
R("{A}\n{B}\n上面两个都退回", "yunda", "intercept A B", cats=(7,))
R("{A} {B} {C} 以上都帮我查下到哪了", "sto", "track A B C", cats=(7,))
R("{A}\t拦截\n{B}\t催件\n{C}\t改地址\t杭州市余杭区文一西路969号 阿里巴巴西溪园区 刘婷", "zto",
  "intercept A; urge B; change_address C", cats=(7,))
R("王姐 今儿早上这几个\n{A}\n{B}\n{C}\n{D}\n前两个是张嫂的 催一下 后两个是俺的 拦截", "yto",
  "urge A B; intercept C D", cats=(7,))
R("{A}\n{B}\n第二个撤单 第一个不动", "jt", "cancel B", cats=(1, 7))
R("王姐 {A} {B} 两个都是昨天发的 第一个到哪了 第二个催催", "zto", "track A; urge B", cats=(7,))
R("{A}\n{B}\n{C}\n这三个都是发武汉的 都不动了 帮我催一下", "yunda", "urge A B C", cats=(7,))
R("{A}    拦截\n{B}    拦截\n{C}    核重", "sto", "intercept A B; weight C", cats=(7,))
R("王姐，{A}，{B}，{C}，最后一个，帮我拦下来，前面两个，催一下。", "zto", "intercept C; urge A B", cats=(5, 7))
R("{A}\n{B}\n{C}\n{D}\n以上全部退回 客户全退款了", "yto", "intercept A B C D", cats=(7,))
R("{A} 这个拦截\n{B} 跟上面一样", "jt", "intercept A B", cats=(7,))
R("王姐 下面这几个都显示签收了 客户都说没收到 是不是一个派件员搞的\n{A}\n{B}\n{C}", "zto",
  "verify_delivery A B C", cats=(7,))
R("{A}\n{B}\n一个拦截一个改地址 改到 信阳市浉河区胜利路55号\n头一个拦 第二个改", "yunda",
  "intercept A; change_address B", cats=(7,))
R("单号\t操作\n{A}\t退回\n{B}\t退回\n{C}\t加急", "zto", "intercept A B; urge C", cats=(7,))
R("{A}\n{B}\n{C}\n除了最后一个 都拦一下", "sto", "intercept A B", cats=(7,))
R("王姐 这俩 {A} {B} 都好几天不动了 前一个是茶叶 后一个是干货", "yto", "delay A B", cats=(7,))
R("{A} {B}\n这两个 头一个压坏了 第二个丢了一袋", "zto", "damaged A; lost B", cats=(7,))
R("{A}\n{B}\n{C}\n中间那个拦截 其他的催", "jt", "intercept B; urge A C", cats=(7,))
R("{A} 撤单 {B} 撤单 {C} 也撤了 今儿这一批都不发了", "zto", "cancel A B C", cats=(7,))
R("陈姐服装今天的问题件：\n1. {A} 拦截\n2. {B} 催\n3. {C} 改地址 株洲市芦淞区服饰城南门 王芳\n谢谢王姐", "zto",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A}\n{B}\n{C}\n三个都帮我看看到哪了 第三个要快点 给催催", None, "track A B; urge C",
  draw={"A": "yto", "B": "yto", "C": "jt"}, cats=(7,))
R("①{A} 拦截 ②{B} 核重 ③{C} 查件", "sto", "intercept A; weight B; track C", cats=(7,))

# ---------------------------------------------------------------------------------------------------------------
# 8. compound requests
# ---------------------------------------------------------------------------------------------------------------
R("{A} 碎了两瓶蜂蜜 客户要我赔 你们得赔我 快递员还把箱子扔地上 我要投诉他", "zto", "claim A; complaint A",
  cats=(8,))
R("{A} 外箱压扁了 派件的直接扔门口 我要投诉", "yunda", "damaged A; complaint A", cats=(8,))
R("王姐 {A} 丢了 要理赔 这一箱毛尖好几百", "yto", "claim A", cats=(8,))
R("{A} 核一下重 顺便催催", "jt", "weight A; urge A", cats=(8,))
R("{A} 拦截 这个派件员太不像话了 投诉他", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 延误好几天了 客户要投诉", "zto", "delay A; complaint A", cats=(8,))
R("王姐，{A}，这个件，东西坏了，要赔钱，还有那个派件的，说话太难听了，我要投诉他。", "yunda",
  "claim A; complaint A", cats=(5, 8))
R("{A} 改个地址 改到 随州市曾都区烈山大道256号 顺便催一下 客户急", "zto", "change_address A; urge A", cats=(8,))
R("{A} 快点送 客户都投诉了", "sto", "urge A; complaint A", cats=(8,))
R("{A} 显示签收 客户没收到 派件员也不接电话 投诉", "yto", "verify_delivery A; complaint A", cats=(8,))
R("王姐 {A} 丢了一个礼拜了 也没人管 要赔钱 还要投诉你们那个转运中心", "zto", "claim A; complaint A",
  cats=(8,))
R("{A} 里面的玻璃杯碎了 申请理赔 客户那边已经补发了", "jt", "claim A", cats=(8,))
R("{A} 查下重量 再查下到哪了", "yunda", "weight A", cats=(8,))
R("王姐 {A} 这个件压坏了 客户要退 帮我拦回来 还得赔我", "zto", "intercept A; claim A", cats=(8,))
R("{A} 延误了五天 猕猴桃都放坏了 要赔", "sto", "claim A", cats=(8,))
R("{A} 丢了 要理赔 平台那边扯皮不认 帮我申请仲裁", "jd", "claim A; arbitration A", cats=(8,))
R("王姐 {A} 拦截退回 顺便投诉一下 派件员说客户拒收 客户根本没见着人", "yto", "intercept A; complaint A",
  cats=(8,))
R("{A} 漏液了 洗洁精漏了一箱 派件员还不承认 投诉他", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 超重了 帮我核重 还有这个件到现在还冇到 催一下", "yunda", "weight A; urge A", cats=(8,))
R("{A} 少了一件衣服 三件只收到两件 要赔", "sto", "claim A", cats=(8,))
R("王姐 {A} 这个件 延误了 客户要投诉 还要赔钱 说耽误他送礼了", "zto", "claim A; complaint A", cats=(8,))
R("{A} 显示签收但是没收到 帮我核实 另外要理赔 客户那边我已经先退钱了", "jt", "verify_delivery A; claim A", cats=(8,))
R("{A}\n{B}\n头一个碎了要赔 第二个拦截", "yto", "claim A; intercept B", cats=(7, 8))
R("{A} 催一下 另外这个派件的每回都不打电话 投诉", "zto", "urge A; complaint A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------------
# more ordinary traffic: greetings, stories, prices in passing
# ---------------------------------------------------------------------------------------------------------------
R("王姐早 昨天那个买葛根粉的大姐又来了 说她儿子嫌少 要再加两斤 那这个{A}先拦回来 我重新打包一起发", "zto",
  "intercept A")
R("王姐辛苦了 {A} 这个件客户明天上午要 能不能帮忙催一下 谢谢啊🙏", "yunda", "urge A")
R("哎王姐 {A} 这个到哪了 客户说他那下雪了 怕路上耽误", "sto", "track A")
R("王姐 今天太阳好 出来晒晒[太阳] 对了 {A} 这个帮我查下重量 感觉算多了", "zto", "weight A")
R("{A} 这个给派到菜鸟驿站去 客户说白天家里没人 驿站地址 荆门市东宝区象山大道6号 象山小区北门", "cainiao",
  "change_address A")
R("在吗王姐 {A} 这个件我想撤了 客户转账没成功 东西先不发", "zto", "cancel A")
R("王姐 {A} 这件衣服客户穿着小了 拒收了 退回来吧 我给她换个大一码的", "yto", "intercept A")
R("早啊王姐 今儿发货的单子待会发你 先说个事 {A} 这个件催一下 人家说等着送礼", "jt", "urge A")
R("王姐 {A} 这个件客户说里头少了一包茶叶 盒子是好的 你给看看是不是丢了", "yunda", "lost A")
R("{A} 显示已签收 放快递柜了? 客户说柜子里没有 王姐帮我问问", "zto", "verify_delivery A")
R("王姐 {A} 这个件走了六天了 在合肥那转了两圈 这是咋回事 延误了吧", "sto", "delay A")
R("王姐，我是卖药的小何，{A}，这个件，客户说外包装破了，药盒子挤扁了，帮忙登记一下。", "zto", "damaged A")
R("{A} 王姐 这个件帮我拦一下 客户说他老婆也在网上买了 买重了", "yunda", "intercept A")
R("王姐晚上好 这么晚打扰了 {A} 这个明天一早能催一下不 客户说下午要走", "yto", "urge A")
R("王姐 俺家那口子今天发的 {A} 地址写成俺娘家了 改到 固始县蓼城街道中原路61号 收件人 周桂芝", "zto",
  "change_address A")
R("王姐 {A} 我那个老主顾的 他说收到了 就是外盒湿了 里头的衣服也湿了一半", "sto", "damaged A")
R("王姐 {A} 撤单 俺算错价格了 这一单赔钱", "yunda", "cancel A")
R("{A} 快递费收了我十八 称的是五斤 我觉得不到五斤 核重", "zto", "weight A", cats=(4,))
R("王姐好久不见 最近生意咋样 {A} 这个件麻烦看看走到哪了", "sto", "track A")
R("王姐 {A} 这个客户说签收了 可他一直在外地出差 家里没人 谁签的啊", "yto", "verify_delivery A")
R("{A} 拦回来吧 发出去才想起来少装了个充电头 我重新发", "zto", "intercept A")
R("王姐 {A}这个件 半个月了 哪都找不着 网点也说没有 丢了吧这是", "yunda", "lost A")
R("王姐 跟你商量个事 {A} 这个能改派不 客户人去郑州了 地址 郑州市中原区建设西路187号 绿城广场北", "jt",
  "change_address A")
R("{A}\n王姐这个件帮我加急 客户开的民宿 周末要用这批床单", "zto", "urge A")
R("王姐 中午吃了没 {A} 这个件退回吧 买家说等不了了", "sto", "intercept A")
R("{A} 王姐 这是给俺姑寄的板栗 到哪了 她一直问", "yunda", "track A")
R("王姐 刚打包完 累死了 {A} 这单取消 地址不全 客户联系不上", "zto", "cancel A")
R("{A}这个件压烂了 客户发了照片 [图片] 里头的土鸡蛋碎了十来个", "yto", "damaged A")
R("王姐 {A} 投诉一下 派件员把件放到小区门口的垃圾桶边上 客户找了半天", "zto", "complaint A")
R("{A} 麻烦姐 这个件好几天了还在转运中心 一直没动", "jt", "delay A")
R("王姐 {A} 这个改到 上海市浦东新区世纪大道100号 环球金融中心 收件人 孙宏 他公司", "yto", "change_address A")
R("俺不会弄这个 王姐你看 {A} 客户说不要了 咋退啊 你帮俺退回来", "zto", "intercept A")
R("{A} 急件 药 客户明天手术前要用 帮忙催一下 拜托了王姐", "sto", "urge A")
R("王姐 今天寄的那一箱 {A} 写的是到付 客户不愿意付 给我拦回来", "zto", "intercept A")
R("{A} 这个件 客户说收到是空盒子 东西没了", "yunda", "lost A")
R("王姐 {A} 查下在哪 客户说快递员打电话他没接着", "jt", "track A")
R("{A} 是不是延误了 平时两天就到 这回都四天了", "zto", "delay A")
R("{A} 撤了吧 不寄了 客户说过两天再买", "yto", "cancel A")
R("王姐 {A} 帮我催一下 谢谢 [抱拳] 上回你送的那个西瓜真甜", "zto", "urge A")
R("{A} 到哪了 都三天了 客户问我我也答不上来", "sto", "track A")
R("王姐 {A} 麻烦核实一下 快递柜显示已取件 客户没取", "yunda", "verify_delivery A")
R("{A} 这个件 重量给我算成了八公斤 就两件羽绒服 能有八公斤?", "zto", "weight A")
R("王姐你好，我是大药房的，{A}，这个件麻烦拦截一下，顾客下错药了，谢谢。", "jt", "intercept A")
R("{A} 转寄到 宜昌市西陵区东山大道95号 三峡大学 北苑 快递点 谢谢王姐", "yto", "change_address A")
R("王姐 {A} 这个件到哪了 客户说要是明天到不了就不要了", "zto", "track A")
R("{A} 王姐 这个丢了 客户等了半个月 哪都查不到", "sto", "lost A")
R("今天寄了三十多件 最后一个填错了 {A} 这个撤单 其他的不动", "yunda", "cancel A")
R("{A} 客户打电话来哭 说他妈等着这个药 王姐帮帮忙 催一下派件", "zto", "urge A")
R("王姐 {A} 这个件到了镇上两天了还冇送 帮催一下", "ems", "urge A")
R("{A} 这个是寄到村里的 派件员说太远不送 投诉他", "zto", "complaint A")
R("王姐 {A} 好像是被人拿错了 显示签收 可是签收人不是俺客户", "yunda", "verify_delivery A")
R("{A}\n拦\n谢谢王姐", "jt", "intercept A")
R("王姐 {A} 客户在群里说盒子漏了 蜂蜜淌了一箱", "sto", "damaged A")
R("{A} 帮我核实重量 上回也是多算", "yto", "weight A")
R("{A} 这个件快递员说送了 客户说没送 你们给核实一下签收", "zto", "verify_delivery A")
R("王姐 {A} 客户让转到他丈母娘家 地址 平顶山市新华区中兴路158号 收件人 马凤英", "yunda", "change_address A")
R("{A} 什么时候能到 客户问了三遍了[捂脸]", "jt", "track A")
R("王姐 {A} 退件 客户说东西发错颜色了 要红的我发成蓝的", "zto", "intercept A")
R("{A} 作废 重新下单了", "sto", "cancel A")
R("王姐，{A}，这个件不动了，一直在信阳分拨中心，三天了。", "zto", "delay A")
R("{A} 姐 催催 人家孩子等着手机壳 天天闹", "yunda", "urge A")

# ---------------------------------------------------------------------------------------------------------------
# hedged (confirm)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 要不拦了吧 客户犹犹豫豫的", "zto", "intercept A", cf=True)
R("王姐 {A} 可能要退回 客户说再考虑考虑 你先拦着吧？我再问问", "yunda", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说他那个小区拆了 改到 武汉市汉阳区鹦鹉大道328号 先这么改", "sto", "change_address A",
  cf=True)
R("王姐 {A} 看看能不能撤单 不晓得李师傅拉走没有", "zto", "cancel A", cf=True)
R("{A} 拦截? 还是不拦? 哎呀我也拿不准 客户一会说要一会说不要", "yto", "intercept A", cf=True)
R("王姐 {A} 要不退回来算了 天热了 腊肉放久了怕坏", "jt", "intercept A", cf=True)
R("{A} 应该是要改地址 改到 商丘市梁园区凯旋路126号 我再跟客户确认一下", "zto", "change_address A", cf=True)
R("{A} 撤单吧？ 东西好像还在我这 我去仓库看看", "yunda", "cancel A", cf=True)
R("王姐 {A} 要是还没签收就拦回来 签收了就算了", "zto", "intercept A")
R("{A} 可能要拦一下 客户好像说不要了 我也没听清 电话信号不好", "sto", "intercept A", cf=True)
R("{A}\n{B}\n这俩都催一下 {C} 这个说不定要退 先拦着", "zto", "urge A B; intercept C", cf=True, cats=(7,))

if __name__ == "__main__":
    W.main()
