"""Writer dc: small florists, bakeries and gift shops shipping things that only matter on one day.

Casting note. Six small shops write in their outlets' WeCom and DingTalk groups (SF and JD for same-city and cold
chain, ZTO, YTO, STO, Yunda, J&T, EMS, Deppon and Cainiao for the rest, one 驿站 group that takes every carrier):
花间集 (林晓雨 and her helper 小周, a florist in 昆明 斗南 shipping bouquets, 手捧花 and 花篮 across the country),
麦穗烘焙 (陈姐, her apprentice 阿杰 and 小米 at the counter, a bakery in 苏州 sending birthday and wedding cakes
in the city and the province), 何记饼家 (何婷, typing for her father 何师傅, in 广州: mooncakes, 嫁女饼 and 龙凤饼
for weddings), 鲜果时光 (王阿姨 and her son 小王 in 上海: fruit baskets for hospitals, shop openings and funerals),
拾光手作 (苏苏 in 杭州: wedding favours, 伴手礼, hand-made soap and engraved gifts) and 素心花坊 (老刘 in a county
town: 花圈 and 挽联 for funerals, 花篮 for openings). Everything is due on a day and often by an hour: the ceremony
at ten, the party at half past six, the funeral at eight in the morning, 520, 七夕, 母亲节, 中秋. Venues move, patients
change wards, weddings are called off and put back, the recipient of a surprise must not be called, cakes arrive
crushed and flowers black. They write warm, hurried everyday Mandarin: 亲, 拜托拜托, 辛苦啦, 求求了, emoji, the story
first or the story after, sometimes half a paragraph about the bride before the number. Numbers that are not
waybills are everywhere: recipients' phones, 美团 and 淘宝 order numbers, prices, cake sizes (6寸, 8寸), how many
roses (99朵, 52朵), table and hall numbers, times of day and dates. Staff quote each other and the bot, put each
other's numbers right, and change their minds as the bride does.
"""

from harness import Writer

W = Writer("dc", seed=5201311)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests
# intercept
R("{A} 麻烦拦截退回🙏 婚礼取消了，新娘那边刚通知的", "sf", "intercept A")
R("亲 {A} 帮忙拦一下 退回昆明 客户说花订重复了", "yto", "intercept A")
R("{A}\n拦截，蛋糕上的字写错了 王小明写成了王晓明 😭 我们重做一个再发", "sf", "intercept A")
R("{A} 这票月饼退回吧，公司团购那边取消了", "zto", "intercept A")
R("你好，{A} 这个花篮别派了，开业推迟到下个月了，退回给我们", "sto", "intercept A")
R("麻烦把 {A} 截回来，伴手礼盒子里少放了一张感谢卡，我重新包一份发", "zto", "intercept A")
R("{A} {B} 两箱喜饼都拦截退回，男方家说不办酒了", "yto", "intercept A B")
R("拦截 {A}", "jt", "intercept A")
R("{A} 退件 收件人说他出差了人在北京 花放三天就谢了 退回来吧", "yunda", "intercept A")
R("辛苦辛苦 {A} 这单水果篮退回来 病人昨天出院了 送医院没人收", "sto", "intercept A")
R("{A} 客户拒收了 退回吧 定制的蛋糕退回来也没法卖 唉 总比扔在网点强", "sf", "intercept A")
R("{A} 这个寄错人了！！！应该给张老师的寄给了李老师 赶紧拦回来", "zto", "intercept A")
R("早上好☀️ {A} 麻烦退回哈，手工皂包装上的祝福语印错了", "cainiao", "intercept A")
R("急急急 {A} 和 {B} 装反了 白菊花篮和婚礼手捧花装反了！！两个都拦回来 😭😭", "sf", "intercept A B")
R("{A} 帮忙退回 谢谢 🌷", "jd", "intercept A")
R("我们家 {A} 发的寿桃 老人家昨天夜里走了… 寿宴不办了 麻烦退回吧", "yto", "intercept A")
R("{A} 拦截退回苏州 麦穗烘焙 寄件地址不变", "sf", "intercept A")
R("{A} 截件，收件地址是公司 明天周六没人 客户说宁可退回来下周重发", "zto", "intercept A")
R("{A} 能拦截吗 新郎新娘吵架婚礼延期了 😅", "yunda", "intercept A")
R("请问 {A} 还能拦回来吗？客户把订单取消了", "sto", "intercept A")
R("{A} 里面的百合客户花粉过敏 订单备注我没看到 😭 拦截退回 我换成玫瑰重发", "jd", "intercept A")
R("麻烦帮我把 {A} 退回来，发错款了，客户要的是粉色系我发成了香槟色", "yto", "intercept A")
R("{A} 退回退回 追悼会已经结束了 花圈送过去没意义了", "ems", "intercept A")
R("你好 这个 {A} 是开业花篮 店家说开业不搞了 铺子转出去了 麻烦退回", "jt", "intercept A")
R("{A} 拦截一下吧 里面的慕斯蛋糕冰袋忘放了 这个天到了肯定化 我重新做", "sf", "intercept A")
R("在吗在吗 {A} 要拦截 客户下错单了 生日是下个月不是这个月 🤦‍♀️", "zto", "intercept A")
R("{A}\n{B}\n这两单伴手礼 拦截退回杭州 新人说伴手礼换成喜糖了", "yto", "intercept A B", cats=(7,))
R("求求了 {A} 别派了 退回来 收件的姑娘已经和他分手了 这束花送过去要出事的", "sf", "intercept A")
R("{A} 退回寄件人", "deppon", "intercept A")
R("老板让我说一下 {A} 退回 寄错城市了 本来是发南宁的写成了南京", "zto", "intercept A")
R("{A} 这单中秋礼盒 客户公司倒闭了…… 没人收了 退回来吧", "ems", "intercept A")
R("{A} 麻烦截一下 小周把別人的贺卡塞进去了 写着“亲爱的老婆” 这是送客户领导的 🙈", "yto", "intercept A")

# cancel
R("{A} 撤单 快递员还没来 客户改成到店自提了", "sf", "cancel A")
R("{A} 取消寄件，订单客户退了", "jd", "cancel A")
R("你好 {A} 这单还没揽收 帮我作废一下 面单打错了 已经重新下单了", "zto", "cancel A")
R("{A} {B} 不寄了 撤单 谢谢 婚礼推迟了", "yto", "cancel A B")
R("{A} 麻烦取消 这盒月饼让客户自己来店里拿了", "ems", "cancel A")
R("{A} 撤销 小哥还没上门 蛋糕还在烤箱里 明天重新下单", "sf", "cancel A")
R("取消订单 {A} 客户那边生日会不办了", "sto", "cancel A")
R("{A} 这个单子不发了 花还在店里 麻烦帮我撤了", "yunda", "cancel A")
R("亲 {A} 能帮忙撤一下单吗 面单打了两张 这张多余的", "zto", "cancel A")
R("{A}作废", "deppon", "cancel A")
R("{A} 取消 客户改要同城闪送了 你们明天才到来不及", "jd", "cancel A")
R("早 {A} {B} {C} 三单撤掉 喜饼的日子看错了 农历和公历搞混了 下个月再发", "zto", "cancel A B C")
R("{A} 这单还在我们店里没人来取 撤单吧 客户临时不要了", "jt", "cancel A")
R("帮忙把 {A} 这个寄件取消一下 小哥今天别来了 谢谢 🙏", "sf", "cancel A")

# change_address
R("{A} 改地址：婚宴换酒店了，改到 杭州市西湖区 曙光路120号 黄龙饭店 三楼宴会厅，收件人不变", "zto",
  "change_address A")
R("{A} 麻烦改派 送到 上海市徐汇区 宛平南路600号 住院部6楼 病人转科了 收件人还是王秀兰", "sto", "change_address A")
R("{A} 地址改为：苏州工业园区 星湖街328号 创意产业园B栋2楼前台 生日会换地方了", "sf", "change_address A")
R("你好 {A} 能改个地址吗 改成 昆明市盘龙区 北京路1089号 世纪金源大饭店 A厅 订婚宴改到这里了", "yto",
  "change_address A")
R("改址 {A}\n新地址 南京市雨花台区 安德门大街 殡仪馆 3号告别厅\n联系人 刘先生", "ems", "change_address A")
R("{A} 地址改一下，原来写的滨江区 改成 萧山区 市心中路818号 开业花篮要放店门口", "zto", "change_address A")
R("{A} 转寄到 成都市武侯区 人民南路四段 9号 家属院 3栋 2单元 601 奶奶搬到女儿家住了 寿桃送这里", "jt",
  "change_address A")
R("亲，{A} 帮忙改到同小区的 6栋2单元501 客户说之前写成5栋了", "yunda", "change_address A")
R("{A} 改送到 广州市天河区 珠江新城 花城大道85号 高德置地广场A座 2803 公司前台 生日是同事的 今天在公司过",
  "sf", "change_address A")
R("{A} 改派到 宁波市鄞州区 中山东路 1899号 香格里拉大酒店 二楼 宴会厅 婚礼场地临时换了 😭", "zto",
  "change_address A")
R("麻烦 {A} 改个地址 武汉市江汉区 解放大道 1277号 协和医院 门诊楼后面的住院部 11楼 产科 宝宝提前出生了 果篮送医院",
  "sto", "change_address A")
R("{A} 要改地址 聚会换地方了 新地址我等下发给你们", "jt", "change_address A", nh=True)
R("{A} 能改地址吗？客户说那天不在家", "yto", "change_address A", nh=True)
R("{A} 改一下地址 改到新娘娘家那边", "zto", "change_address A", nh=True)
R("{A} 地址改为 杭州市余杭区 文一西路 969号 阿里巴巴西溪园区 访客中心 收件人不变 求婚的花 别弄错了🙏", "zto",
  "change_address A")
R("{A} 改地址 送到厦门市思明区 演武路 环岛路口 白城沙滩旁边的 海边餐厅 “蓝色海岸” 他们在那办订婚", "yto",
  "change_address A")
R("地址写错了 {A} 改成 北京市朝阳区 建国路 87号 SKP 写字楼 12层 不是12号楼", "jd", "change_address A")
R("{A} 帮忙转寄到 天津市河西区 友谊路 32号 天津宾馆 请小哥送到宴会厅门口 新人在那办回门宴", "ems",
  "change_address A")

# urge
R("{A} 麻烦催一下 婚礼明天上午十点 手捧花今晚必须到酒店 🙏🙏", "sf", "urge A")
R("{A} 催件！生日蛋糕 今天下午6点前要到 小朋友的派对六点半开始", "sf", "urge A")
R("拜托 {A} 加急派送 老人家追悼会明早八点 花圈今天一定要到", "yto", "urge A")
R("{A} 怎么还在转运中心 催催 后天就中秋了 这是送客户的月饼", "zto", "urge A")
R("{A} {B} 都是今天送的生日花 帮忙催一下派件小哥 谢谢谢谢", "jd", "urge A B")
R("能不能催一下 {A} 果篮是送开业的 上午十一点剪彩", "sto", "urge A")
R("{A} 花快蔫了 尽快派送吧 求求了", "yunda", "urge A")
R("催一下 {A} 谢谢", "zto", "urge A")
R("{A} 已经到你们网点了吧 能不能让小哥先送这个 蛋糕是奶油的 天太热了", "sf", "urge A")
R("亲 {A} 帮我催催 客户明天一早的飞机 今天收不到花就白买了", "jt", "urge A")
R("{A} 今天务必送到 520的花 过了今天就没意义了 🌹", "sf", "urge A")
R("姐妹们帮帮忙 {A} 加个急 是给我闺蜜的婚礼伴手礼 后天办", "yto", "urge A")
R("{A} 派件员能不能快一点 冰袋只管到晚上", "jd", "urge A")
R("{A} 催一下派送 收件人在医院 病房只允许下午三点前送东西进去", "sto", "urge A")
R("麻烦加急 {A} 母亲节的康乃馨 今天是母亲节啊", "yunda", "urge A")
R("{A} 早上就显示派送中了 现在下午四点了还没到 帮忙催催 七点要用", "sf", "urge A")
R("{A} 这单催一下 到你们网点第二天了 水果放不住的", "zto", "urge A")
R("拜托拜托 {A} 尽快派 老爷子九十大寿 中午开席 寿桃要摆台上的", "ems", "urge A")
R("{A} 七夕的花 今天能不能优先派 我们备注了下午五点前", "jt", "urge A")
R("{A}\n{B}\n{C}\n都是今天中午婚宴要用的喜糖盒 麻烦统一催一下 🙏", "zto", "urge A B C", cats=(7,))
R("{A} 能不能让派件小哥中午前送到 下午一点仪式就开始了", "yto", "urge A")
R("你们好 {A} 催促派送 葬礼是明天上午 家属在灵堂守着等花圈", "sto", "urge A")
R("{A} 快点送吧 蛋糕里是鲜奶油 再晚就塌了", "sf", "urge A")
R("{A} 加急加急加急！！！", "yunda", "urge A")

# track
R("{A} 到哪了", "sf", "track A")
R("{A} 今天能送到吗 明天是她生日", "zto", "track A")
R("{A}", "yto", "track A")
R("查一下 {A} 物流 客户问什么时候到 是求婚用的花", "jd", "track A")
R("请问 {A} 现在在哪 新娘那边一直问我", "sto", "track A")
R("{A} 几点能派到呀 我好跟客户说一声", "sf", "track A")
R("亲 麻烦看下 {A} 的物流 我这边页面一直刷不出来", "jt", "track A")
R("{A} {B} 这两个月饼到哪了 客户公司说明天发福利", "ems", "track A B")
R("{A} 查件", "yunda", "track A")
R("{A} 明天上午能到吗 上午是婚礼 下午就用不上了", "zto", "track A")
R("想问下 {A} 派送了没有 生日会七点开始", "sf", "track A")
R("{A} 现在什么状态 有没有出发", "deppon", "track A")
R("{A} 在路上了吗 客户等着呢", "cainiao", "track A")
R("你好 帮我看一下 {A} 到哪里了 是从昆明发上海的花", "yto", "track A")

# delay
R("{A} 在转运中心趴了两天不动了", "yunda", "delay A")
R("{A} 说好的次日达 今天第三天了 还在路上 这是延误了吧", "sf", "delay A")
R("{A} 物流三天没更新了 鲜花啊 😭", "zto", "delay A")
R("{A} 从周一到现在一直显示 已到达 杭州中转 没动过", "yto", "delay A")
R("{A} 破天荒第一次这么慢 四天了还在路上", "sto", "delay A")
R("{A} 好几天没更新了 月饼都快过中秋了", "ems", "delay A")

# damaged
R("{A} 蛋糕到了 整个压塌了 奶油糊了一盒子 😭 小朋友哭了", "sf", "damaged A")
R("{A} 花瓶碎了 客户刚签收拍照给我", "zto", "damaged A")
R("{A} 月饼礼盒外盒压瘪了 里面铁盒也变形了", "ems", "damaged A")
R("{A} 果篮到了 最上面的芒果全压烂了 汁流了一箱子", "sto", "damaged A")
R("{A} 手工香薰蜡烛 收到断成两截了 玻璃杯也裂了", "cainiao", "damaged A")
R("{A} 花盒被压扁 玫瑰花头折了好几支", "yto", "damaged A")
R("{A} 这个婚礼蛋糕 三层的 到了第二层歪了 侧面全蹭花了", "jd", "damaged A")
R("{A} 红酒礼盒漏液了 整个箱子都是酒味", "jt", "damaged A")

# claim
R("{A} 蛋糕摔坏了 生日会没蛋糕吹蜡烛 客户骂了我半小时 要求赔偿 蛋糕398元", "sf", "claim A", cats=(4, 8))
R("{A} 99朵红玫瑰到的时候花头全黑了 烂了一大半 申请理赔", "jd", "claim A")
R("{A} 丢了 里面是定制的婚礼伴手礼 30份 要赔", "zto", "claim A", cats=(8,))
R("{A} 果篮里的榴莲压烂了 客户不要了 我要理赔 发票可以提供", "sto", "claim A")
R("{A} 这盒月饼碎成渣了 要求赔付 客户是我们十年的老客户了 😭", "ems", "claim A")
R("我想申请一下理赔 {A} 花篮运到的时候架子散了 花全掉了 开业用的 1280块", "deppon", "claim A", cats=(4,))
R("{A} 寄的手工陶瓷杯碎了两只 申请赔偿", "cainiao", "claim A")

# complaint
R("投诉 {A} 的派件员 我备注了是惊喜不要打电话 他直接打给收件人说你男朋友给你送花了 惊喜全没了 😤", "yto",
  "complaint A")
R("{A} 快递员把花篮扔在小区门口就走了 也不打招呼 投诉", "zto", "complaint A")
R("我要投诉 {A} 送花的小哥 到了楼下不上楼 让九十岁的老太太自己下来拿", "sto", "complaint A")
R("{A} 投诉一下 派件员态度太差了 新娘家人问了一句他就吼人", "jt", "complaint A")

# verify_delivery
R("{A} 显示已签收 可是新娘说根本没收到 酒店前台也说没有 帮忙核实一下", "sf", "verify_delivery A")
R("{A} 签收人写的是门卫 但是小区门卫说没见过这个蛋糕", "jd", "verify_delivery A")
R("{A} 显示签收了 收件人说没收到 花呢？？", "zto", "verify_delivery A")
R("你好 {A} 签收了但是医院护士站说没有收到果篮 麻烦核实", "sto", "verify_delivery A")
R("{A} 虚假签收吧 客户一整天都在家 门都没人敲", "yto", "verify_delivery A")

# lost
R("{A} 五天了 一直显示在中转 客服说找不到 是不是丢了", "zto", "lost A")
R("{A} 三箱月饼只到了两箱 少了一箱", "ems", "lost A")
R("{A} 你们网点说件找不着了？？这是明天婚礼的喜糖啊", "yto", "lost A")
R("{A} 丢件了 物流停在“已到达 昆明转运中心”一个礼拜 问谁都说不知道", "sf", "lost A")

# weight
R("{A} 一个6寸蛋糕 怎么按8公斤收的 核一下重量", "sf", "weight A", cats=(4,))
R("{A} 花盒体积是大 但是很轻啊 收了我96块 是不是算重了", "deppon", "weight A", cats=(4,))
R("{A} 称一下 我们自己称的2.3公斤 你们系统写5公斤", "zto", "weight A", cats=(4,))

# arbitration
R("{A} 理赔的事谈了一个多星期了 网点一直说不是他们的责任 我要申请仲裁", "zto", "arbitration A")

# chit-chat, thanks, questions without a waybill
R("谢谢小哥 花准时到了 新娘特别开心 🥰", None)
R("收到 辛苦啦", None)
R("请问中秋节当天你们网点上班吗 我还有三十盒月饼要发", None)
R("冷链能寄生日蛋糕吗 同城的 大概多少钱呀", None)
R("今天几点来收件呀 我们下午四点前花都能包好", None)
R("好的好的 谢谢你们 今天真的帮大忙了 改天请你们吃蛋糕 🎂", None)
R("问一下 寄鲜花到乌鲁木齐要几天 客户下周三结婚", None)
R("你们这边可以寄活体绿植吗 带土的那种", None)
R("520那天能保证当天送到吗 我们要提前准备多少单心里没底", None)
R("明天早上八点前能来拿件吗 三十个花篮 都是开业的", None)
R("👍👍👍", None)
R("花圈这种大件寄德邦还是顺丰划算 有没有人知道", None)
R("哈哈好的 新娘说谢谢你们 蛋糕一点没坏", None)

# ---------------------------------------------------------------- 0: ordinary, several parcels and intents
R("{A} 拦截 {B} 催一下", "zto", "intercept A; urge B", cats=(7,))
R("{A} 催件 {B} 改地址 改到 苏州市吴中区 东吴北路 299号 吴中万达 3楼 小猪佩奇主题餐厅", "sf",
  "urge A; change_address B", cats=(7,))
R("今天三单：\n{A} 到哪了\n{B} 催一下 中午婚宴\n{C} 撤单 客户不要了", "yto", "track A; urge B; cancel C", cats=(7,))
R("{A} 花瓶碎了 {B} 没碎 但是花蔫了 今天再不到就全废了 催一下", "jd", "damaged A; urge B", cats=(7,))
R("{A} {B} 都催一下 {C} 查一下到哪了", "zto", "urge A B; track C", cats=(7,))
R("{A} 退回\n{B} 退回\n{C} 退回\n全是那个取消的婚礼的 唉 今年第三个了", "sto", "intercept A B C", cats=(7,))
R("{A} 月饼盒子压坏了 登记一下 {B} 同一个客户的 还没到 帮忙催催", "ems", "damaged A; urge B", cats=(7,))

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 拦截 {B} 不用拦 那个是送医院的 照常送", "yto", "intercept A", cats=(1,))
R("{A} 不用拦了！婚礼照常办 新郎刚刚来道歉了 哈哈哈", "zto", "", nh=True, cats=(1,))
R("{A} 拦截退回…… 算了算了不拦了 客户说花收下送给她妈妈", "jd", "", cats=(1,))
R("不是不催 是现在就要催！{A} 蛋糕四点前要到", "sf", "urge A", cats=(1,))
R("{A} 不要退回 改派到 上海市静安区 南京西路1266号 恒隆广场 办公楼38楼前台 过生日的同事换楼层了", "sto",
  "change_address A", cats=(1,))
R("{A} {B} {C} 这三个都拦截 除了 {B} 那个是送奶奶寿宴的 照常送", "yto", "intercept A C", cats=(1, 7))
R("{A} 不是要改地址 是想改送达时间 能改成晚上七点以后送吗", "zto", "", nh=True, cats=(1,))
R("先不拦了 {A} 等新娘那边回话再说", "zto", "", nh=True, cats=(1,))
R("{A} 别拦别拦 是我看错了 这个地址是对的 昨天说的作废", "sf", "", nh=True, cats=(1,))
R("{A} 不用催了 刚刚送到了 谢谢哈", "jt", "", nh=True, cats=(1,))
R("{A} 的理赔不用了 客户说算了 花钱我自己认了", "jd", "", nh=True, cats=(1,))
R("{A} {B} 都退回，哦 {B} 照常派送 客户又要了", "sto", "intercept A", cats=(1, 2))
R("{A} 不寄了 撤单\n{B} 寄 照常寄", "zto", "cancel A", cats=(1,))
R("{A} 婚礼没取消 不用拦 只是换了个酒店 改到 长沙市岳麓区 枫林三路 899号 华美达酒店 二楼", "yunda",
  "change_address A", cats=(1,))
R("{A} 不是不要了 是客户要晚两天收 这个能不能先放网点", "zto", "", nh=True, cats=(1,))
R("{A} 早上让你们催的那个 别催了 客户说今天人不在家 催了也白催", "sf", "", nh=True, cats=(1,))
R("{A} 改地址的那个取消吧 客户又回原来的地方住了", "yto", "", nh=True, cats=(1,))
R("{A} 先别退回！我刚联系上收件人了 他说下午在家 还是正常送吧", "ems", "", nh=True, cats=(1,))
R("{A} 不拦了 不拦了 新娘说就算婚礼延期花也留着 放冰箱", "jd", "", nh=True, cats=(1,))
R("{A} {B} 两单 {A} 不用催 {B} 催一下 六点的生日会", "sf", "urge B", cats=(1, 7))
R("{A} 催一下 其他的都不用管", "zto", "urge A", cats=(1,))
R("{A} 拦截 算了 还是不拦了 {B} 拦截", "yto", "intercept B", cats=(1,))
R("{A} 还以为丢了 原来送到隔壁店了 邻居已经帮忙拿过来了 没事了", "sto", "")
R("{A} 这个也别撤了 客户又要了 就按原来的地址寄", "sf", "", nh=True, cats=(1,))
R("我没说要拦截啊 {A} 正常送 谁报的拦截 🤨", "zto", "", nh=True, cats=(1,))
R("{A} 不用投诉了 小哥刚刚专门上门道歉了 还帮忙把花摆好了", "jt", "", nh=True, cats=(1,))
R("{A} 退回的话还要运费吧 那就不退了 让他送", "yunda", "", cats=(1,))
R("{A} 不是退回！是催件！这个是今天追悼会用的 一定要送到", "yto", "urge A", cats=(1,))
R("{A} 千万别拦 客户的婚礼是明天 我那条消息是发错群了 应该发另一个单子", "zto", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 撤单。哦不对 小哥已经取走了 那就拦截", "sf", "intercept A", cats=(2,))
R("{A} 拦截 —— 更正 单号发错了 是 {B}", "yto", "intercept B", cats=(2,))
R("{A} 改址到 昆明市五华区 翠湖南路2号 …… 改址取消，还是拦截吧 新娘说婚礼不办了", "jt", "intercept A", cats=(2,))
R("{A} 催一下\n打错了 是 {B} 催一下 {A} 那个早就到了", "zto", "urge B", cats=(2,))
R("{A} 地址改成 三楼宴会厅 哦不对 是五楼 杭州市上城区 解放路238号 五楼 牡丹厅", "zto", "change_address A",
  cats=(2,))
R("{A} 拦截\n更正：不是拦截 是改地址 改到 南京市建邺区 江东中路 100号 河西万达 3楼 婚礼堂", "yunda",
  "change_address A", cats=(2,))
R("{A} 查一下到哪了 哦 不用查了 直接退回吧 客户说不要了", "sto", "intercept A", cats=(2,))
R("{A} 催件 ～ 写错了 是催 {B} {A} 是另一家店的", "jd", "urge B", cats=(2,))
R("刚才发的 {A:cut} 不对 少了个数字 应该是 {A} 这单拦截", "yto", "intercept A", cats=(2, 6))
R("{A} 撤单 不对不对 还是寄吧 客户又说要了", "zto", "", cats=(2,))
R("{A} 转寄到 上海市浦东新区 世纪大道 8号 国金中心 二期 29楼\n改一下 不是二期 是一期 29楼",
  "sto", "change_address A", cats=(2,))
R("{A} {B} 拦截 啊不对 是 {A} {C} 拦截 {B} 是正常的", "zto", "intercept A C", cats=(2,))
R("{A} 拦截 小周说已经签收了…… 那不拦了 登记个破损吧 客户说盒子是扁的", "sf", "damaged A", cats=(2,))
R("{A} 退回吧\n还是改地址吧 改到 福州市鼓楼区 五四路 158号 环球广场 1801 新娘公司 她说直接送公司", "jt",
  "change_address A", cats=(2,))
R("{A} 催一下 —— 不好意思 是 {B} 手机上看串行了", "yto", "urge B", cats=(2,))
R("{A} 撤单\n哦不 撤单没用了 显示已揽收 拦截吧", "zto", "intercept A", cats=(2,))
R("{A} 这单是丢了吧 …… 等等 刚刷新显示在派送了 那就催一下吧", "sto", "urge A", cats=(2,))
R("{A} 地址改成 武汉市洪山区 珞喻路 1037号 华中科技大学 东九楼\n弄错了 改成 西十二楼 其他不变", "yunda",
  "change_address A", cats=(2,))
R("更正一下，刚才那个 {A} 是中秋礼盒的单 不是蛋糕的 所以不用拦 要拦的是 {B}", "sf", "intercept B", nh=True,
  cats=(1, 2))

# ---------------------------------------------------------------- 3: quotes and the bot's replies
R("「小周：{A} 拦截退回」\n" + Q + "\n这个不用了 婚礼还办", "yto", "", nh=True, cats=(1, 3))
R("「林晓雨：{A} 这单催一下」\n" + Q + "\n{B} 这单也催一下", "sf", "urge B", cats=(3,))
R("「陈姐：{A} 蛋糕送错地址了」\n" + Q + "\n这个帮忙改派到 苏州市姑苏区 人民路1588号 1幢502", "sf",
  "change_address A", cats=(3,))
R("「客服助手：@花间集 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的谢谢 辛苦了", "sf", "", cats=(3,))
R("「客服助手：@麦穗烘焙 {A} 已签收，无法拦截」\n" + Q + "\n啊？？签收了？可是客户说没收到啊 谁签的 帮忙查一下签收",
  "sf", "verify_delivery A", cats=(3,))
R("回复 @客服助手：@拾光手作 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "zto", "cancel A",
  cats=(3,))
R("「客服助手：@鲜果时光 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n都下午五点了还没到 再催一次 病房六点就不让进了",
  "sto", "urge A", cats=(3,))
R("「客服助手：@何记饼家 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n不用改了 新娘又说回娘家办了 原地址就行",
  "zto", "", nh=True, cats=(1, 3))
R("引用 何婷：{A} {B} 喜饼 退回\n{A} 不退了 老爸说送给客户当添头 {B} 照退", "zto", "intercept B", nh=True,
  cats=(1, 3))
R("@客服助手 @花间集 {A} 拦截已提交，结果会第一时间通知您\n这个拦截结果出来没有呀 都一天了", "yto", "", nh=True,
  cats=(3,))
R("「阿杰：陈姐 {A} 这个生日蛋糕客户说6点前必须到」\n" + Q + "\n好 我来催 @客服 {A} 麻烦催一下", "sf", "urge A",
  cats=(3,))
R("「客服助手：@素心花坊 您的消息已转人工客服处理，请稍候」\n" + Q + "\n好的 我等着 辛苦", None, "",
  cats=(3,))
R("「小王：妈 {A} 是不是要拦」\n" + Q + "\n要拦 拦回来 病人都出院了", "sto", "intercept A", cats=(3,))
R("「王阿姨：{A} 拦截」\n" + Q + "\n妈 这个不能拦 是送李叔叔开业的 开业没取消 你看错群消息了", "sto", "", nh=True,
  cats=(1, 3))
R("回复 @林晓雨：{A} 这个是不是要催\n不用催 明天才用 今天到了反而没人收", "jd", "", cats=(3,))
R("「苏苏：{A} 拦截 {B} 拦截」\n" + Q + "\n{B} 客户又要了 别拦了 {A} 继续拦", "yto", "intercept A", nh=True,
  cats=(1, 3))
R("「客服助手：@麦穗烘焙 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q +
  "\n客户那边要赔偿 398的蛋糕 麻烦转理赔", "sf", "claim A", cats=(3, 8))
R("“{A} 帮我查一下到哪了”\n上面那个我昨天问过了 今天还是没动 催一下吧", "zto", "urge A", cats=(3,))
R("「客服助手：@拾光手作 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n不拦 不拦 我发错单号了 要拦的是 {B}",
  "zto", "intercept B", cats=(2, 3))
R("「陈姐：{A} {B} {C} 这三个蛋糕今天都要到」\n" + Q + "\n第二个已经到了 剩下两个催一下", "sf", "urge A C",
  cats=(3, 7))
R("「客服助手：@花间集 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n延误登记了有啥用 花都死了 我要投诉",
  "sf", "complaint A", cats=(3,))
R("引用 小周：上次拦截的那个 {A} 退回来了吗\n我问一下 到哪了", "yto", "track A", cats=(3,))
R("客户原话：“你们那个花要是明天中午前到不了我就不要了”\n{A} 帮忙催一下吧 明天中午前", "jd", "urge A", cats=(3,))
R("新娘发的：“地址改到 深圳市南山区 深南大道9028号 益田假日广场 万豪酒店”\n{A} 按这个改一下", "zto", "change_address A", cats=(3,))
R("「小米：{A} 取消了吗」\n" + Q + "\n没取消 小哥已经拿走了 那就拦截吧", "sf", "intercept A", cats=(2, 3))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 改派 收件人 林女士 {PN} 地址 福州市鼓楼区 五一北路158号 3楼喜宴厅 第18桌", "yto", "change_address A",
  cats=(4,))
R("美团订单 {O} 对应的快递 {A} 帮我催一下 五点半前要到", "sf", "urge A", cats=(4,))
R("收件人电话 {PN} 千万别打这个电话 是惊喜！{A} 到哪了", "zto", "track A", nh=True, cats=(4,))
R("{A} 改地址 新的收件人 张婷 {PN} 地址 南京市玄武区 中山路 18号 德基广场 二期 7楼", "ems", "change_address A",
  cats=(4,))
R("订单号 {O}\n快递 {A}\n客户说蛋糕压坏了 申请理赔 金额 268", "sf", "claim A", cats=(4, 8))
R("{PN} 这是收件人电话 打了三次没人接 {A} 先别派 明天再送", "yto", "", nh=True, cats=(4,))
R("{A} 电话改为 {PN}", "jt", "change_address A", nh=True, cats=(4,))
R("淘宝单 {O} 99朵玫瑰 快递 {A} 今天七夕 麻烦加急 🙏", "jd", "urge A", cats=(4,))
R("{A} 收件人 何先生 {PN} 这个号码是对的 但是地址写成了 天河路 改成 广州市越秀区 环市东路 339号 广东国际大厦 26楼",
  "zto", "change_address A", cats=(4,))
R("客户电话 {PN} 一直问我花到哪了 {A} 帮看一下", "sto", "track A", cats=(4,))
R("{A} 8寸 双层 ¥588 压坏了 登记一下", "sf", "damaged A", cats=(4,))
R("{A} 收了我 46 元 两盒月饼才 1.6 公斤 超重了？核一下", "ems", "weight A", cats=(4,))
R("{O} 这个是美团单号不是快递单号 快递单号是 {A} 麻烦拦截 婚礼取消", "sf", "intercept A", cats=(4,))
R("下午六点之前 {A} 必须送到 18:30 生日宴开始 收件人电话 {PN}", "sf", "urge A", cats=(4,))
R("{A} 里面52朵玫瑰 客户说少了十几朵 盒子没破 是不是路上掉出来了", "jd", "lost A", cats=(4,))
R("帮忙改下电话 {A} 收件人电话 {PN} 改成 {PN2}", "zto", "change_address A", nh=True, cats=(4,))
R("{P} 这是我电话 {A} 有什么问题直接打我 别打收件人 拜托了 是惊喜", "yunda", "", nh=True, cats=(4,))
R("订单 {O} 和 {O2} 是同一个客户 快递分别是 {A} {B} 都催一下", "yto", "urge A B", cats=(4, 7))
R("{A} 改到 苏州市姑苏区 干将西路 1288号 2幢 1402 收件人 陈小姐 电话 {PN} 原来那个号别打 空号了", "sf",
  "change_address A", cats=(4,))
R("2024年5月20日 520！{A} 今天送到 不然白费 催", "jt", "urge A", cats=(4,))
R("{A} 保价 2000 的 手工银饰 寄丢了 要理赔", "sf", "claim A", cats=(4, 8))
R("{A}\n收件人：刘阿姨\n电话：{PN}\n新地址：郑州市金水区 花园路 39号 河南省人民医院 病房楼 15楼 23床", "zto",
  "change_address A", cats=(4,))

# ---------------------------------------------------------------- 5: other ways of writing
R("{A} lanjie 婚礼取消了", "yto", "intercept A", cats=(5,))
R("{A} gaizhi 到 成都市锦江区 红星路三段1号 IFS国金中心 7楼", "jt", "change_address A", cats=(5,))
R("{A} please intercept, wedding called off 😢", "sf", "intercept A", cats=(5,))
R("{A} urgent!! birthday cake, party at 6pm", "sf", "urge A", cats=(5,))
R("{A} cuijian 急 花要谢了", "zto", "urge A", cats=(5,))
R("{A} where is it? 客户问了好几次了", "jd", "track A", cats=(5,))
R("那个 就是 {A} 这个 帮我那个 拦 拦一下 哎呀 就是退回 婚礼黄了", "yto", "intercept A", cats=(5,))
R("{A} chedan 客户不要了", "jt", "cancel A", cats=(5,))
R("{A} 拦个截 谢谢 亲", "zto", "intercept A", cats=(5,))
R("{A} 快快快 给我冲！花今天必须到 🏃‍♀️🏃‍♀️", "sf", "urge A", cats=(5,))
R("{A} change address to: 深圳市南山区 科技南十二路 2号 金蝶软件园 A座 5楼, thx", "sf", "change_address A",
  cats=(5,))
R("{A} 攔截 婚禮取消了", "yto", "intercept A", cats=(5,))
R("{A} 兰姐 兰姐一下 语音打的字不对 就是拦截 客户不要了", "zto", "intercept A", cats=(5,))
R("{A} 崔一下 崔一下 打错字了 催一下 蛋糕六点要", "sf", "urge A", cats=(5,))
R("{A} 帮我 gaidizhi 改到 重庆市渝中区 解放碑 民权路 28号 英利国际 32楼", "yunda", "change_address A", cats=(5,))
R("{A} 查下wl 到哪了 🙏", "sto", "track A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截 婚礼取消", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 月饼 到哪了", None, "track A", cats=(6,), draw="ems_s10")
R("{A:cut} 催一下", "yto", "", nh=True, cats=(6,))
R("{A:sp} 拦截退回 谢谢", "sf", "intercept A", cats=(6,))
R("{A:dash} 催件 花今天要到", "jt", "urge A", cats=(6,))
R("{A:nl}\n催一下 老人家明天出殡", "zto", "urge A", cats=(6,))
R("{A:nl} 撤单 客户说不要了", "sf", "cancel A", cf=True, cats=(6,))
R("{A:fw} 到哪了 手机输入法变全角了 不好意思", "yto", "track A", cats=(6,))
R("{A:x} 拦截 婚礼延期了", "jt", "", nh=True, cats=(6,))
R("{A:sp} 中秋礼盒 麻烦退回 公司福利取消了", None, "intercept A", cats=(6,), draw="ems_s10")
R("{A:lc} 帮忙催一下 谢谢", "yto", "urge A", cats=(6,))
R("{A:nl} 改地址 改到 杭州市拱墅区 湖墅南路 88号 运河广场 3楼", "zto", "change_address A", cf=True, cats=(6,))
R("尾号 6688 的那单 拦截一下 今天婚礼的", "sf", "", nh=True, cats=(6,))
R("{A:cut} 地址改到 昆明市官渡区 春城路 289号", "yto", "", nh=True, cats=(6,))
R("{A:sp} {B:sp} 两个花盒 都催一下", "sf", "urge A B", cats=(6, 7))

# ---------------------------------------------------------------- 7: several parcels, positions, tables
R("{A}\n{B}\n{C}\n第一个拦截 后面两个催一下 都是今天婚礼的", "sf", "intercept A; urge B C", cats=(7,))
R("{A}\t拦截\t婚礼取消\n{B}\t催件\t明早十点\n{C}\t改址\t杭州市西湖区 北山街 78号 新新饭店", "zto",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A} {B} {C} {D}\n以上全部退回 客户公司中秋福利取消了", "ems", "intercept A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n上面两个拦截 最后一个不用管", "yto", "intercept A B", cats=(7,))
R("这三单 {A} {B} {C} 第二单改地址 改到 厦门市湖里区 云顶北路 16号 佰翔空港酒店 其他的照常", "jt",
  "change_address B", cats=(7,))
R("{A} {B} 一个拦截一个催件", "zto", "", nh=True, cats=(7,))
R("单号\t问题\n{A}\t破损\n{B}\t显示签收没收到\n{C}\t三天没动", "sto",
  "damaged A; verify_delivery B; delay C", cats=(7,))
R("{A} {B} {C} 都拦截 第三个除外 第三个是送医院的", "yunda", "intercept A B", cats=(1, 7))
R("今天要到的：\n1. {A}\n2. {B}\n3. {C}\n1和3催一下 2号明天的不急", "sf", "urge A C", cats=(7,))
R("{A}、{B} 这两个都是同一个婚礼的 前一个改到 上海市黄浦区 中山东一路 19号 和平饭店 后一个退回 新娘说多订了",
  "zto", "change_address A; intercept B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n这五箱月饼全部催一下 明天就中秋了", "zto", "urge A B C D E", cats=(7,))
R("{A} 拦 {B} 拦 {C} 不拦 {D} 拦", "yto", "intercept A B D", cats=(1, 7))
R("{A} 催件\n同上 {B}\n同上 {C}", "sf", "urge A B C", cats=(7,))
R("①{A}\n②{B}\n③{C}\n②③退回 ①正常送", "zto", "intercept B C", cats=(7,))
R("{A} {B} 两单 前面那个催 后面那个查一下到哪了", "jd", "urge A; track B", cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 蛋糕被压坏了 小哥态度还特别差 说蛋糕坏了关他什么事 必须投诉", "sf", "damaged A; complaint A", cats=(8,))
R("{A} 花篮摔散了 司机还骂人 我要投诉 还要赔偿 480块的花篮", "deppon", "claim A; complaint A", cats=(4, 8))
R("{A} 快点送吧 客户都投诉了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 延误了整整两天 婚礼都结束了 客户要投诉", "yto", "delay A; complaint A", cats=(8,))
R("{A} 拦截 顺便投诉一下 揽件小哥把面单贴反了 地址都看不清 才出的错", "zto", "intercept A; complaint A", cats=(8,))
R("{A} 月饼盒全碎了 要赔 还有 {B} 同一批的 到现在没到 催一下", "ems", "claim A; urge B", cats=(7, 8))
R("{A} 显示签收 客户没收到 核实一下 真丢了的话再说赔偿的事", "sf", "verify_delivery A", cats=(8,))
R("{A} 丢了 花是520订的 我要赔偿 还要投诉网点 问了三天都没人管", "jt", "claim A; complaint A", cats=(8,))
R("{A} 外箱破了 里面的水晶球碎了 麻烦登记破损 另外这个重量不对 才1公斤收了我3公斤的钱", "sto",
  "damaged A; weight A", cats=(4, 8))
R("{A} 果篮烂了一半 赔偿 另外要投诉 派件员放在太阳底下晒了一下午", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 先催一下 明天还到不了我就申请理赔了", "sf", "urge A", cats=(8,))
R("{A} 压坏了 不要赔钱 只要你们记录一下 客户说还能吃", "yto", "damaged A", cats=(1, 8))
R("{A} 客户拒收 说包装都压扁了 退回来吧 压坏的我找你们理赔", "zto", "intercept A; claim A", cats=(8,))
R("{A} 赔偿申请了没人理 投诉 还有我要仲裁", "deppon", "complaint A; arbitration A", cats=(8,))

# ---------------------------------------------------------------- hard: commands mentioned, not asked; questions
R("上次拦截的那票到哪了 {A}", "yto", "track A")
R("{A} 上周改过地址的 现在送到新酒店没有", "zto", "track A")
R("{A} 拦截了吗 新娘又问我了", "sf", "", nh=True)
R("{A} 改地址改好了没 婚礼是明天", "yto", "", nh=True)
R("{A} 理赔的钱啥时候到账 都半个月了", "jd", "", nh=True)
R("{A} 拦截的话要收费吗 收多少", "zto", "", nh=True)
R("{A} 拦截成功没有 客户那边还在等我回话", "sto", "", nh=True)
R("{A} 拦截的那个花篮今天退回来了 收到了 谢谢哈", "jt", "")
R("{A} 我已经在APP上自己改过地址了 跟你们说一声 免得搞重复", "sf", "")
R("{A} 贺卡上的字能改吗 改成“爸爸生日快乐” 之前写的是“妈妈”", "zto", "", nh=True)
R("{A} 丢在门口就行 不用送上楼 老人家腿脚不方便 别让她下楼", "yto", "", nh=True)
R("{A} 门口保安拦着不让快递进 小哥说送不进去 怎么办啊 婚礼现场就在里面", "sf", "", nh=True)
R("{A} 改到明天上午送可以吗 今天下午家里没人", "zto", "", nh=True)
R("{A} 派件的时候千万别打电话给收件人 是惊喜 直接放前台就行", "jd", "", nh=True)
R("客户一直催我 {A} 到底到哪了", "sto", "track A")
R("{A} 昨天催过了 今天怎么还没动 再催一次", "yunda", "urge A")
R("{A} 上次说破损登记了 到现在也没人联系我", "sf", "", nh=True)
R("你们那边要是能拦截的话 {A} 就拦 拦不了就算了", "zto", "intercept A")
R("如果还没签收 {A} 就拦截 签收了就算了", "yto", "intercept A")
R("{A} 下午三点前送不到就退回 追悼会三点开始", "sto", "intercept A")
R("{A} 先看看到哪了 退不退等客户回话再定", "zto", "track A")
R("撤单和拦截有啥区别啊 我这单 {A} 还没人来取", "zto", "", nh=True)
R("问下 改地址一般多久生效 {A} 婚礼是后天", "yto", "", nh=True)
R("{A} 取消拦截 婚礼又办了 😂", "sf", "", nh=True, cats=(1,))
R("{A} 不是说拦截成功了吗 怎么又显示派送中了？？", "zto", "", nh=True)
R("昨天有个拦截的单子 尾号是 4521 现在退回来没有", "yto", "", nh=True)
R("催一下 婚礼的那几单 你们知道的", "zto", "", nh=True)
R("拦截一下", "sf", "", nh=True)
R("{A} 理赔要准备什么材料 蛋糕照片我都拍了", "sf", "", nh=True)
R("客户说花被退回了 {A} 可是我没让退啊", "jd", "", nh=True)

# ---------------------------------------------------------------- hard: hedges
R("{A} 要不拦截吧？我再问问新娘", "yto", "intercept A", cf=True)
R("{A} 可能要退回 婚礼好像要延期 先帮我拦着？", "zto", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说可能换到 南京市秦淮区 中山南路1号 金陵饭店", "ems", "change_address A", cf=True)
R("看看 {A} 能不能撤单 不行就算了", "sf", "cancel A", cf=True)
R("{A} 拦截 不对 不拦 …… 还是拦吧 哎我也不知道 新娘一会一个主意", "jt", "intercept A", cf=True, cats=(2,))
R("{A} 先拦着吧？等我问问客户 追悼会时间还没定", "sto", "intercept A", cf=True)
R("{A} 感觉要退回 客户电话一直关机 要不先退了吧", "yunda", "intercept A", cf=True)
R("{A} 估计要改地址 改到 深圳市福田区 福华三路 88号 会展中心 6号馆 他们展会可能换馆", "sf", "change_address A",
  cf=True)
R("{A} 要不撤单吧 还没揽收 应该可以撤吧", "zto", "cancel A", cf=True)
R("{A} 应该是要拦截的吧 客户说不想要了 但是又说再想想", "yto", "intercept A", cf=True)

# ---------------------------------------------------------------- more everyday traffic
R("{A} 麻烦催一下 今天是奶奶八十大寿 中午十二点的席", "zto", "urge A")
R("你好 {A} 这个花到了吗 收件人说下午不在家", "sf", "track A")
R("亲们 {A} 帮我拦截退回昆明斗南 花间集 收件人电话打不通 地址也找不到", "yto", "intercept A")
R("{A} 麻烦改派到 昆明市西山区 滇池路 1299号 海埂会堂 东门 婚礼在那边办 联系人不变", "yto", "change_address A")
R("{A} 派送中好久了 一直没到 帮忙催一下 💐", "jd", "urge A")
R("{A} 收到的时候纸盒全湿了 里面的马卡龙全化了 😭 登记破损", "sf", "damaged A")
R("谢谢你们昨天帮忙拦回来 花我送给隔壁阿姨了 哈哈", None)
R("{A} 到了吗 客户说没人打电话给她", "zto", "track A")
R("{A} 加急 婚车十点出发 手捧花还没到", "sf", "urge A")
R("{A} 拦回来 我们发错了 发成了别人的葬礼花圈 挽联上的名字都不对 太吓人了 🙏🙏🙏", "sto", "intercept A")
R("{A} 客户说不要了 退回", "jt", "intercept A")
R("早上好 {A} 今天能到吗 今天是教师节 学生订的", "zto", "track A")
R("{A} 今天能不能送到 不能的话我就重新在本地订一束了", "yto", "track A")
R("{A} 撤单 刚才下错了 这是测试单", "cainiao", "cancel A")
R("{A} 催催催 蛋糕在车上晒着呢", "sf", "urge A")
R("{A} 请问这单什么时候能派 收货的是孕妇 不方便一直等", "sto", "track A")
R("辛苦帮我查一下 {A} 客户说昨天就该到了", "yunda", "track A")
R("{A} 这个水果篮 麻烦尽快派送 病人明天手术 家属想今天送进去", "sto", "urge A")
R("{A} 收件人说盒子被压了 里面的寿桃有两个裂开了", "ems", "damaged A")
R("{A} 退回吧 客户说订错日子了 婚礼是下个月", "zto", "intercept A")
R("{A} 改地址 改到 西安市雁塔区 大雁塔北广场 旁边的 曲江宾馆 一楼大堂 收件人 周小姐", "zto", "change_address A")
R("麻烦看下 {A} 是不是丢了 七天了 一点消息都没有", "yto", "lost A")
R("{A} 到网点了吗 是不是明天才派", "jt", "track A")
R("{A} 能不能今天就派 明天就是她的订婚宴 帮忙催催", "sf", "urge A")
R("在吗 {A} 帮忙拦截退回 客户在平台上申请退款了", "yto", "intercept A")
R("{A} 取消寄件 拍错了", "jd", "cancel A")
R("{A} 收件人说花到了 但是只有花没有花瓶 花瓶是另外装的一个小盒子 是不是掉了", "sf", "lost A")
R("{A} 生日花 麻烦今天送到 不要明天", "zto", "urge A")
R("{A} 麻烦查一下 怎么显示退回了", "sto", "track A")
R("{A} 这个是送葬礼的 家属要求上午送到 拜托催一下 真的很重要", "yunda", "urge A")
R("你好 想问下 {A} 是哪个小哥派送 我想给他打个电话 叮嘱一下蛋糕要平放", "sf", "", nh=True)
R("{A} 物流停在 成都转运中心 两天了", "jt", "delay A")
R("{A} 蛋糕裂了 客户拍的照片我发群里了 麻烦处理一下 要赔偿", "sf", "claim A")
R("{A} 和 {B} 都是开业花篮 都拦截退回 老板说开业延期到国庆", "sto", "intercept A B")
R("{A} 催 婚礼就在今天", "yto", "urge A")
R("{A} {B} 到哪了 两束花 送给两个姐妹的", "sf", "track A B")
R("{A} 麻烦帮我退回 里面的喜糖盒印错了新人名字 新郎叫张伟 印成了张玮", "zto", "intercept A")
R("收件人是我们老客户 {A} 麻烦改地址到 上海市长宁区 虹桥路 1438号 古北财富中心 20楼 她换公司了", "sto",
  "change_address A")
R("{A} 显示签收了 但是收件人在外地出差 不可能是本人签的", "yto", "verify_delivery A")
R("{A} 下午能到吗", "zto", "track A")
R("{A} 花到了 很新鲜 客户很满意 谢谢小哥！", "jd", "")
R("问一下 同城急送今天还能下单吗 五点前能送到吗", None)
R("{A} 月饼礼盒 一共六盒 只收到五盒", "ems", "lost A")
R("{A} 好几天了 在哪里都不知道 鲜花都臭了吧 延误了", "yunda", "delay A")
R("{A} 赶紧的 加急 这是送ICU的家属的 医院门口等着", "sto", "urge A")
R("{A} 撤一下单 客户说他自己来店里取", "sf", "cancel A")
R("{A} 收件人姓名写错了 改成 李静 电话地址都不变", "zto", "change_address A", nh=True)
R("{A} {B} 都退回 婚礼取消 两边的喜饼都不要了", "ems", "intercept A B")
R("{A} 花篮到了 倒着放的 花全散了 要赔 开业的面子都丢光了", "deppon", "claim A")
R("{A} 帮我查查 到哪了 是从昆明寄的花 客户说明天要用", "yto", "track A")
R("{A} 这个件派送员说地址找不到 改到 长沙市开福区 湘江中路 36号 北辰三角洲 D3区 3栋 1201", "yunda",
  "change_address A")
R("{A} 今天还没派送的话 能不能插个队 婚礼是明天早上七点接亲", "zto", "urge A")
R("{A} 蛋糕到了 盒子上有个大脚印 😡 蛋糕也塌了 投诉加赔偿", "sf", "claim A; complaint A", cats=(8,))
R("谢谢小哥 刚刚那束花送得太及时了 新娘都哭了", None)
R("{A} 怎么还不到 催催 老人家的灵堂今晚就要摆花了", "ems", "urge A")
R("{A} 取消寄件 老板改发顺丰了", "zto", "cancel A")
R("{A} 到哪了呀 亲 客户说想给她老公一个惊喜", "sf", "track A")
R("{A} 拦截退回 客户昨晚说他们分手了 别送了", "jd", "intercept A")
R("{A} 拦截一下 谢谢 收件人说地址写错了", "yunda", "intercept A")
R("{A} 麻烦派送时候小心点 里面是三层婚礼蛋糕 千万别倒着放", "sf", "", nh=True)
R("{A} 一直显示在派送中 两天了 催一下 再不到花就没用了", "zto", "urge A")

# ---------------------------------------------------------------- multi-carrier 驿站 group (prefixed numbers)
R("{A} 顺丰的 到哪了", None, "track A", draw="sf")
R("{A} 圆通 拦截退回 {B} 极兔 催一下", None, "intercept A; urge B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("{A} 京东的蛋糕 压坏了", None, "damaged A", draw="jd")
R("{A} 德邦 花篮 改地址到 合肥市蜀山区 长江西路 699号 安徽国际会展中心 2号馆", None, "change_address A",
  draw="deppon")
R("{A} 拦截 {B} 不拦 都是顺丰的", None, "intercept A", draw="sf", cats=(1,))
R("驿站老板 {A} 这个月饼帮我退回吧 客户说买重了", None, "intercept A", draw="yto")
R("{A} {B} {C} 圆通的三个 全部催件 明天中秋", None, "urge A B C", draw="yto")
R("{A} 撤单 极兔的 还没来取", None, "cancel A", draw="jt")
R("{A} 顺丰 显示签收 客户说没收到 核实一下", None, "verify_delivery A", draw="sf")
R("{A:sp} 这个国际件 寄到新加坡的月饼 到哪了", None, "track A", draw="ems_s10", cats=(6,))
R("{A} 德邦的 重量不对 花架子空心的 算了我40公斤 核一下", None, "weight A", draw="deppon", cats=(4,))
R("{A} 京东 {B} 顺丰 都是今天的生日蛋糕 都催一下 😭", None, "urge A B", draw={"A": "jd", "B": "sf"})
R("「拾光手作 苏苏：{A} 圆通 退回」\n" + Q + "\n老板 这个别退了 客户又要了", None, "", nh=True,
  draw="yto", cats=(1, 3))
R("{A} 极兔 拦截\n{B} 圆通 改派 宁波市海曙区 中山西路 138号 天一广场 1号门", None,
  "intercept A; change_address B", draw={"A": "jt", "B": "yto"}, cats=(7,))

# ---------------------------------------------------------------- more hard cases in the style
R("婚礼取消了 😭 新娘哭了一晚上 {A} 这个手捧花不用送了 退回来吧 钱我退给她", "sf", "intercept A")
R("{A} 婚礼取消了 这单还没寄出去 撤了吧", "zto", "cancel A")
R("{A} 不取消 是改期 婚礼挪到下周六 花先退回来 下周再发", "yto", "intercept A", cats=(1,))
R("{A} 地址没错 是收件人换了 改送给新娘妹妹 何小美 {PN} 地址还是原来的", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 这个别催了 是我自己催错单了 要催的是 {B}", "yto", "urge B", nh=True, cats=(1, 2))
R("我同事刚才说 {A} 要拦截 其实不用 她搞错了 是 {B} 要拦截", "jt", "intercept B", nh=True, cats=(1, 2))
R("{A} 客户说压坏了 我看了照片 其实没坏 就盒子角瘪了一点 跟大家说一声 不用管", "sf", "", cats=(1,))
R("{A} 理赔我不要了 改成投诉吧 钱不钱的无所谓 就是咽不下这口气", "sto", "complaint A", cats=(1, 2, 8))
R("{A} 被你们派到对面那栋楼去了 新娘没拿到 显示签收", "zto", "verify_delivery A")
R("{A} 花篮送到了 但是挽联被撕破了 家属很生气", "yunda", "damaged A")
R("{A} 不是破损 是客户自己摔的 不用管了 误会", "jd", "", nh=True, cats=(1,))
R("{A} 已经拦截过一次了 为啥还在派送？？再拦一次", "yto", "intercept A")
R("{A} 问下这个还能撤单吗 还是已经揽收了", "zto", "cancel A")
R("{A} 不是让你们退回 是改派！改到 苏州市相城区 相城大道 888号 圆融广场 4楼 新的生日会场地", "sf",
  "change_address A", cats=(1,))
R("{A} 生日是明天 今天送到反而没人收 正常送就行 不用特意赶", "sf", "")
R("{A} 退回退回 不对 打错了 这是要催的 催一下", "zto", "urge A", cats=(2,))
R("麻烦把上面那个单号拦截一下", "sto", "", nh=True, cats=(7,))
R("{A} {B} 同一个客户 一个是蛋糕一个是花 蛋糕那个拦截", "sf", "", nh=True, cats=(7,))
R("{A} 花到了 收件人很喜欢 就是盒子有点压 不影响 不用登记", "jd", "", cats=(1,))
R("{A} 帮我催下 派件小哥 {P} 这个电话一直打不通", "zto", "urge A", cats=(4,))
R("{A}\n{B}\n这两个 一个改地址 一个退回 新娘还没说哪个是哪个", "yto", "", nh=True, cats=(7,))
R("{A} 不要派送 不要退回 先放网点 等我通知", "zto", "", nh=True, cats=(1,))
R("{A} 签收的人是新娘妈妈 没问题 不用核实了", "sf", "", nh=True, cats=(1,))
R("{A} 超重了吧 不对 是我自己填错了 没事", "sto", "", cats=(1,))
R("刚才的单号发错了 {A} 才是要改地址的 改到 杭州市上城区 延安路 98号 湖滨银泰 in77 C区 5楼", "zto",
  "change_address A", cats=(2,))
R("{A} 拦截 {B} 拦截 {A} 算了 留着", "yto", "intercept B", cats=(1,))
R("{A} 这单 客户说如果今天到不了就不要了 你们看着办 能催就催", "sto", "urge A")
R("{A} 改了两次地址了 第一次改到酒店 第二次改回家 现在还是送家里 对吧？", "zto", "", nh=True)
R("{A} 麻烦拦截 啊 看错了 是已签收 那就算了", "sf", "", cats=(1,))
R("{A} 这个丢了的话能赔多少 先问问", "zto", "", nh=True)
R("{A} 投诉什么的就算了 只要今天能送到 催一下就好", "yto", "urge A", cats=(1,))
R("{A} 你们是不是把我的蛋糕和别人的弄混了 客户收到的是个榴莲", "sf", "", nh=True)
R("{A} {B} 前一个已经收到了 后一个还没到 催一下", "jd", "urge B", cats=(7,))
R("{A} 这个月饼是去年的单子 早就收到了 今天系统怎么又推消息 不用管", "ems", "")
R("{A} 压坏了…… 不过客户说不要赔 就是想让你们知道一下 以后注意", "sf", "damaged A", cats=(1,))
R("{A} 没丢 找到了 在前台 谢谢大家帮忙找 🙏", "yto", "", nh=True, cats=(1,))
R("{A}\n{B}\n{C}\n除了第一个 都拦截", "zto", "intercept B C", cats=(1, 7))
R("{A} 拦截 婚礼取消\n{B} 照常 生日会正常办\n{C} 改到 上海市杨浦区 国定路 400号 上海财经大学 学生活动中心",
  "sto", "intercept A; change_address C", cats=(7,))
R("「新娘：不好意思啊 地址又变了 改到 三亚市吉阳区 亚龙湾 国家旅游度假区 丽思卡尔顿酒店」\n" + Q +
  "\n{A} 麻烦按新娘说的改", "sf", "change_address A", cats=(3,))
R("{A} 是拦截吗？新娘妈妈说拦 新娘说别拦 我听谁的 😭", "yto", "", nh=True)
R("{A} 需要我提供什么才能改地址 新地址是 南京市鼓楼区 湖南路 1号 凤凰国际书城 五楼", "ems", "change_address A")
R("{A} 刚刚快递员打电话说要改地址？我没说要改啊", "zto", "", nh=True)
R("{A} 退回来的件收到了 但是花全烂了 这个你们要赔", "jt", "claim A")
R("{A} 改派到 厦门市集美区 集美大道 1300号 集美学村 嘉庚图书馆前 哦对了 还有 {B} 也是 同一个地址", "yto",
  "change_address A B", cats=(7,))
R("{A} 今天必须到！！不到的话 客户说就投诉你们", "sf", "urge A")
R("{A} 取消订单\n不是取消 是拦截 小哥早上就拿走了", "zto", "intercept A", cats=(2,))

# ---------------------------------------------------------------- a few more delays and losses
R("{A} 显示昨天就该到了 今天还在始发地 这不是延误是什么", "zto", "delay A")
R("{A} 卡在广州白云转运中心三天了 中秋月饼啊 再卡就过节了", "zto", "delay A")
R("{A} 从斗南发出去五天了 一点动静都没有 是不是丢了", "yto", "lost A")
R("{A} 网点说包裹找不到了 花是送给我妈六十大寿的 唉", "jt", "lost A")
R("{A} 一直显示“运输中” 没有任何更新 都第四天了", "sto", "delay A")
R("{A} 寄去医院的果篮 物流停了 好几天不动", "yunda", "delay A")

W.main()
