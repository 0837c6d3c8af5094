"""Writer "aw": Gen-Z sellers and student part-timers on Xiaohongshu, Douyin and Xianyu.

Casting note. Nineteen to twenty-six, running a one-person shop from a dorm room or a rented flat: hand-made
jewellery, second-hand clothes, cosplay props, snacks, phone cases. They ship a few dozen to a few hundred parcels
a day through whatever outlet's group their supplier put them in (ZTO/YTO/STO/Yunda/J&T/Cainiao mostly, SF or JD
for pricier items, EMS for Xianyu trades, Deppon for a bulky one now and then). They type fast on a phone, talk to
the outlet the way they talk in their friends' group chats: memes (yyds, 绝绝子, 栓Q, 无语子, 蚌埠住了, 破防了,
离谱, 救命, 家人们, 尊嘟假嘟), pinyin initials (xswl, dbq, u1s1, dddd, yysy), reduplication (拦一下下, 催催催,
查查查), emoji and kaomoji, English words dropped in (pls, asap, cancel, refund, thx), self-mocking asides about
their own mistakes, and several thoughts in one message (a complaint about a buyer, a request, a question about
pickup time). Their requests are real and they mean them: the job of a reader is to pick the request out of the
banter. About half of the messages are plain requests as these sellers ordinarily send them; the rest are the
harder shapes of LABELLING.md's categories 1-8 as these people produce them (changing their mind mid-message,
quoting the bot back, pasting buyers' phone numbers and Douyin order numbers, pinyin/English, voice input,
numbers mangled by the phone keyboard, lists of parcels, several problems with one parcel).
"""

from harness import Writer

W = Writer("aw", seed=7331)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# Category 0: ordinary requests
# ---------------------------------------------------------------------------------------------------------------

# intercept
R("{A} 拦截 客户不要了 无语子", "yto", "intercept A")
R("救命 {A} 帮我拦截一下 买家申请仅退款了😭", "zto", "intercept A")
R("家人们 这单拦截退回 {A}", "jt", "intercept A")
R("{A}\n拦截 谢谢宝", "sto", "intercept A")
R("拦截拦截 {A} 地址写错了退回来吧 我重新发", "yunda", "intercept A")
R("{A} 截件！！客户拍错颜色了 我真的会谢", "sf", "intercept A")
R("姐妹帮我拦回来 {A} 买家跑路了 (╥﹏╥)", "jd", "intercept A")
R("{A} 退回 客户拒收了", "ems", "intercept A")
R("{A} {B} 这俩都拦截 抖店那边都退款了", "yto", "intercept A B")
R("能帮我拦一下这个吗 {A} 🙏🙏", "cainiao", "intercept A")
R("{A} 别派了 退回给我 谢谢🙏", "deppon", "intercept A")
R("栓Q 又一个仅退款的 {A} 拦截", "jt", "intercept A")
R("{A} 拦截 这个买家是职业打假的 dddd", "yunda", "intercept A")
R("闲鱼买家反悔了 救命 {A} 拦截一下", "ems", "intercept A")
R("拦截 {A}", "sf", "intercept A")
R("{A} 麻烦拦截下 买家说不想要了 我已经给她退款了", "yto", "intercept A")
R("今日份破防：{A} 要拦截 买家说填的是前任家地址 蚌埠住了😅", "zto", "intercept A")
R("{A} 拦截退回哈 这个发错货了 我的锅我的锅", "jt", "intercept A")
R("快快快 {A} 拦截 晚了就派出去了", "cainiao", "intercept A")
R("{A} 退件 谢谢亲", "deppon", "intercept A")
R("{A} 拦截！！！！", "yunda", "intercept A")
R("{A} 拦截 🙏 呜呜呜今天第三单了 我是什么退款吸引体质", "sto", "intercept A")
R("{A} 帮忙截一下 谢谢谢谢", "ems", "intercept A")
R("宝子们在吗 {A} 拦截退回 客户下错单了", "yto", "intercept A")
R("{A}\n{B}\n拦截", "zto", "intercept A B")
R("这个拦回来 {A} 里面少放了一个配件 我自己重发 我是笨蛋", "sf", "intercept A")
R("@客服 {A} 拦截 麻烦啦 ✨", "jt", "intercept A")
R("{A} 拦截退回 买家说收到了也会拒收的 那就别浪费运费了", "sto", "intercept A")
R("小红书有个姐妹退款了 {A} 拦截哈", "yunda", "intercept A")
R("{A} 辛苦拦截一下 ٩(๑´0`๑)۶", "cainiao", "intercept A")
R("拦一下 {A} 买家说不要了 绝了 刚发出去", "zto", "intercept A")
R("{A} 这单要截件 客户家里人已经买了", "deppon", "intercept A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了 买家催我三遍了😩", "yto", "track A")
R("{A} 查一下物流 谢谢", "sto", "track A")
R("{A} 这个什么时候能到呀 买家说要送人的", "jt", "track A")
R("家人们帮我看看 {A} 到哪了", "yunda", "track A")
R("{A}\n{B}\n查件", "cainiao", "track A B")
R("{A} 物流一直显示运输中 到底到哪了呀", "sf", "track A")
R("{A} 轨迹帮忙看下 🥺", "ems", "track A")
R("{A} 现在在哪呀 客户问了", "jd", "track A")
R("{A} 明天能到不", "zto", "track A")
R("{A} 查件", "deppon", "track A")
R("麻烦看下 {A} 到哪儿了 蟹蟹宝", "yto", "track A")
R("{A} 还在路上吗 客户说一直没看到派送信息", "sto", "track A")
R("{A} {B} {C} 这三个到哪了 帮忙查查", "jt", "track A B C")
R("请问 {A} 大概什么时候到 客户在学校 周末不在", "yunda", "track A")
R("{A} 现在到哪个站了", "cainiao", "track A")
R("{A}\n查下这个", "sf", "track A")
R("{A} 哪天能送到啊 客户问我我也不知道 尴尬", "ems", "track A")
R("{A} 物流信息麻烦查下", "jd", "track A")

# urge
R("{A} 催一下 客户等着用", "zto", "urge A")
R("{A} 催催催 买家要给差评了😭", "yto", "urge A")
R("{A} 加急 谢谢", "sf", "urge A")
R("{A} 麻烦尽快派送 这个是生日礼物 后天就要用", "jt", "urge A")
R("{A} 三天没动了 催一下", "sto", "urge A")
R("{A} 已经到站了还不派 催一下派送呗", "yunda", "urge A")
R("{A} {B} 帮忙催派", "cainiao", "urge A B")
R("{A} 能不能催一下呀 客户天天问我 我要emo了", "ems", "urge A")
R("{A} 咋还不到 催催", "jd", "urge A")
R("家人们 {A} 帮我催一下下 这个买家已经第五次问了 我人麻了", "zto", "urge A")
R("{A} 催一下派件 客户说今天下午在家", "yto", "urge A")
R("{A}\n{B}\n这两个催一下 都是同城的怎么还没到", "sto", "urge A B")
R("{A} 加急派送 求求了", "jt", "urge A")
R("{A} 在驿站躺两天了 能催下派送吗", "yunda", "urge A")
R("{A} 帮我催催 小红书买家说再不到就退款了 破防", "cainiao", "urge A")

# change_address (with a new address)
R("{A} 改地址 改到 四川省成都市武侯区一环路南一段24号 四川大学望江校区 东区12舍 收件人不变", "zto",
  "change_address A")
R("{A} 客户地址填错了 帮忙改成 上海市徐汇区漕溪北路595号 上海电影广场B座 1203", "yto", "change_address A")
R("改址 {A}\n新地址：湖北省武汉市洪山区珞喻路1037号 华中科技大学韵苑23栋 周同学", "jt", "change_address A")
R("{A} 转寄到 北京市朝阳区望京街10号 望京SOHO T3 1502 谢谢", "sf", "change_address A")
R("{A} 地址改为 江苏省苏州市工业园区仁爱路199号 东南大学苏州校区 菜鸟驿站", "cainiao", "change_address A")
R("{A} 改派到 广州市番禺区小谷围街 大学城外环东路132号 中山大学至善园5号楼", "sto", "change_address A")
R("{A} 买家说地址写成老家了 改到 浙江省杭州市余杭区文一西路998号 海创园5号楼 前台", "yunda",
  "change_address A")
R("宝 {A} 帮忙改个地址 新的是 重庆市沙坪坝区沙正街174号 重庆大学A区 梅园2舍 收件人刘星雨", "jd",
  "change_address A")
R("{A}\n地址修改为：福建省厦门市思明区思明南路422号 厦门大学芙蓉四 312 电话不变", "ems", "change_address A")
R("{A} 改一下收件地址 陕西省西安市雁塔区小寨东路126号 百隆广场 旁边的丰巢柜就行", "deppon", "change_address A")
R("{A} 更改收件地址 天津市南开区卫津路92号 天津大学 26斋", "zto", "change_address A")
R("改地址哈 {A} 改成 南京市鼓楼区汉口路22号 南京大学鼓楼校区 南园11舍", "yto", "change_address A")

# change_address without the new address
R("{A} 要改地址 客户搬家了", "sto", "change_address A", nh=True)
R("{A} 改个地址呗 地址我等下发你们", "jt", "change_address A", nh=True)
R("{A} 收件人改为 王小美", "yunda", "change_address A", nh=True)
R("{A} 地址错了 改一下 (｡•́︿•̀｡)", "cainiao", "change_address A", nh=True)

# cancel
R("{A} 撤单 买家拍错了", "zto", "cancel A")
R("{A} 取消寄件 还没来收", "yto", "cancel A")
R("{A} 作废 我重新下单了", "sto", "cancel A")
R("{A} 不寄了 撤单", "yunda", "cancel A")
R("{A} {B} 这俩都撤单 小红书那边退款了", "jt", "cancel A B")
R("撤单撤单 {A}", "cainiao", "cancel A")
R("{A} 取消订单 客户说不要了 栓Q", "jd", "cancel A")
R("{A} 麻烦撤单 面单打错了 我真的是个小迷糊", "sf", "cancel A")
R("{A} 这单还没揽收 帮我取消一下", "ems", "cancel A")
R("家人们 {A} 取消 买家说地址不对 我先问清楚再重新下", "zto", "cancel A")
R("{A} 撤销 这单不发了", "sto", "cancel A")
R("{A} 帮我取消寄件 快递员还没来 我不想发了 货有瑕疵", "yunda", "cancel A")
R("撤单 {A} {B} {C} 都是今天下午下的 全部不要了", "jt", "cancel A B C")

# delay
R("{A} 四天没动了 无语子", "zto", "delay A")
R("{A} 好几天没更新了 离谱", "yto", "delay A")
R("{A} 延误了 客户在骂我", "sto", "delay A")
R("{A} 卡在转运中心三天了 一动不动", "yunda", "delay A")
R("{A} 怎么还没到 是不是延误了", "jt", "delay A")
R("{A} 一直停在发往杭州 已经两天了", "cainiao", "delay A")
R("{A} 打延误", "ems", "delay A")
R("{A} 停滞好久了 物流一点变化都没有", "jd", "delay A")

# damaged
R("{A} 外箱破了 客户发图了", "zto", "damaged A")
R("{A} 压坏了 里面的杯子碎了 呜呜", "yto", "damaged A")
R("{A} 漏液了 整个盒子都湿透了", "sto", "damaged A")
R("{A} 破损 东西烂了 救命", "yunda", "damaged A")
R("{A} 客户说收到的时候盒子都扁了 手办的角也断了 心碎", "sf", "damaged A")
R("{A} 碎了 香薰瓶子全碎 客户拍了视频", "jt", "damaged A")
R("{A} 登记破损 包装被划开了", "deppon", "damaged A")

# lost
R("{A} 丢件了 一周没更新 网点说找不到", "zto", "lost A")
R("{A} 是不是丢了 一个礼拜没动了", "yto", "lost A")
R("{A} 件没了 哪都找不着", "sto", "lost A")
R("{A} 少件 客户说只收到两件 我明明发了三件", "yunda", "lost A")
R("{A} 遗失 帮忙登记一下", "ems", "lost A")
R("{A} 中转站说没到 网点说发了 件到底去哪了 应该是丢了吧", "cainiao", "lost A")

# weight
R("{A} 重量不对 我这就是件T恤 怎么算我两公斤", "zto", "weight A")
R("{A} 核重一下 谢谢", "yto", "weight A")
R("{A} 超重？？离谱 帮我称一下", "jt", "weight A")
R("{A} 查重量 感觉被多收了", "sto", "weight A")
R("{A} 这个重量肯定算错了 一个手机壳能有多重 核一下", "yunda", "weight A")

# verify_delivery
R("{A} 显示签收了 客户说没收到", "zto", "verify_delivery A")
R("{A} 虚假签收 帮忙核实", "yto", "verify_delivery A")
R("{A} 别人签收了？？客户不认识签收人", "jt", "verify_delivery A")
R("{A} 妥投了但是买家说没收到 快递柜驿站都找了", "ems", "verify_delivery A")
R("{A} 核实签收 客户一口咬定没收到 我要疯了", "sto", "verify_delivery A")

# claim
R("{A} 理赔 东西碎了", "zto", "claim A")
R("{A} 丢了 要赔偿", "yto", "claim A")
R("{A} 申请理赔 这个件确定丢了", "sf", "claim A")
R("{A} 压坏了 这个得赔 我小本生意亏不起", "jt", "claim A")
R("{A} 件破成这样了 要赔付", "deppon", "claim A")

# complaint
R("{A} 投诉 快递员态度差到离谱", "zto", "complaint A")
R("{A} 派件员不打电话直接扔驿站 客户投诉到我这了 我要投诉", "yunda", "complaint A")
R("{A} 我要投诉 小哥说话好凶 把买家都凶哭了", "sto", "complaint A")
R("{A} 客诉 揽收的小哥放我鸽子三次了", "cainiao", "complaint A")

# arbitration
R("{A} 理赔结果不接受 申请仲裁", "zto", "arbitration A")
R("{A} 这个要走仲裁 你们给的结果我不认", "yto", "arbitration A")
R("{A} 仲裁", "jd", "arbitration A")

# several numbers, one or two commands, still ordinary
R("{A} 拦截\n{B} 催一下", "zto", "intercept A; urge B")
R("{A} 撤单 {B} 查件", "yto", "cancel A; track B")
R("{A} 催件\n{B} 催件\n{C} 催件\n今天都要到的 拜托拜托", "sto", "urge A B C")
R("{A} 拦截 {B} 改地址 改到 武汉市武昌区八一路299号 武汉大学 枫园3舍", "yunda",
  "intercept A; change_address B")
R("{A} 破损\n{B} 延误 三天没动", "jt", "damaged A; delay B")

# chit-chat, thanks, questions without a waybill
R("好的谢谢 栓Q", "zto")
R("收到💗", "yto")
R("家人们今天出了200+单 yyds 🎉", "sto")
R("明天几点来收件呀", "yunda")
R("今天还有人来揽收吗 我还有20单没打包", "jt")
R("哈哈哈哈笑死 我打包打到手抽筋", "cainiao")
R("谢谢小哥哥 绝绝子", "sf")
R("无语子 今天又是被差评的一天 摆烂了", "ems")
R("晚安 打工人下班啦 🌙", "jd")
R("爱你们❤️ 服务yyds", "deppon")
R("尊嘟假嘟 今天这么快就揽收完了", "zto")
R("早上好家人们☀️", "yto")
R("👌", "sto")
R("好滴好滴 (๑•̀ㅂ•́)و✧", "yunda")
R("我的面单打印机又卡纸了 蚌埠住了", "jt")
R("618快到了 大家冲鸭", "cainiao")
R("双十一之前的发货还能赶上吗", "zto")
R("辛苦啦 今天的件都收到了 明天见～", "yto")
R("u1s1 你们网点揽收真的快 比我之前那家强多了", "sto")
R("周末有人收件吗 我周六能不能寄", "jd")
R("纸箱还有吗 我想买点 小号的", "yunda")
R("笑死 我妈问我为啥天天在群里发单号 我说这是我的工作群 她说你不是学生吗", "cainiao")
R("ok ok 明白了", "sf")
R("呜呜谢谢你们 今天救了我的狗命", "ems")

# asking after an earlier request, or about the rules, or outside the intents
R("{A} 拦截成功没呀", "zto", nh=True)
R("{A} 改地址改了没 客户在问", "yto", nh=True)
R("{A} 拦截要收费吗", "sto", nh=True)
R("{A} 能开发票吗 公司报销要用", "jd", nh=True)
R("{A} 能改成到付吗", "yunda", nh=True)
R("{A} 到哪了 顺便问下能开个电子发票不", "sf", "track A", nh=True)
R("拦截一下", "jt", nh=True)
R("尾号3361的那个 拦截", "zto", nh=True)
R("催一下催一下 就是昨天那个寄到北京的 (ㆆ_ㆆ)", "yto", nh=True)
R("{A} 撤单了没啊 扣款了都", "cainiao", nh=True)

# multi-carrier groups (prefixed numbers only) and the longer, rambling ordinary messages
R("圆通的 {A} 拦截", None, "intercept A", draw="yto")
R("{A} 顺丰的 催一下 客户今天就要", None, "urge A", draw="sf")
R("{A} 到哪了", None, "track A", draw="jt")
R("{A} 京东这单 撤单", None, "cancel A", draw="jd")
R("{A} 德邦的大件 客户说外箱变形了 里面的椅子腿也弯了", None, "damaged A", draw="deppon")
R("{A} 拦截\n{B} 催件", None, "intercept A; urge B", draw={"A": "yto", "B": "jt"})
R("{A} 邮政的 查下到哪了", None, "track A", draw="ems_s10")
R("{A} 改地址 新地址 杭州市滨江区网商路699号 阿里巴巴滨江园区 4号楼 前台代收", None, "change_address A",
  draw="sf")
R("{A} {B} 都拦截 一个圆通一个极兔 都是同一个买家", None, "intercept A B", draw={"A": "yto", "B": "jt"})
R("{A} 丢了 要理赔 京东的件也能丢 我服了", None, "claim A", draw="jd")
R("{A} 核重 这个大件怎么算的", None, "weight A", draw="deppon")
R("{A} 极兔这个三天没更新了", None, "delay A", draw="jt")
R("{A} 圆通 显示签收了 客户说压根没见到", None, "verify_delivery A", draw="yto")
R("{A} 顺丰的 投诉 小哥把件放门口就走了 也不打电话", None, "complaint A", draw="sf")
R("{A}\n{B}\n{C}\n查件 都是昨天发的", None, "track A B C", draw={"A": "yto", "B": "sf", "C": "jt"})
R("{A} 撤单 德邦说下午来收 不用来了", None, "cancel A", draw="deppon")
R("{A} 这个EMS的挂号 丢了吧 半个月了", None, "lost A", draw="ems_s10")

R("家人们今天好忙 对了 {A} 客户说不要了 拦截一下 然后明天几点来收件呀", "zto", "intercept A")
R("{A} 这个买家好离谱 收货地址写的学校 结果人放假回家了 改到 河南省郑州市金水区花园路139号 "
  "省人民医院家属院 3号楼2单元 收件人赵一一", "yto", "change_address A")
R("{A} 催一下 顺便说一句你们家小哥人超好 yyds", "sto", "urge A")
R("{A} 到哪了呀 客户问我我只能说在路上了 哈哈哈哈我好会糊弄", "yunda", "track A")
R("那 {A} 拦截 买家说已经在别家买了 行吧 爱买不买", "jt", "intercept A")
R("刚睡醒 看到买家半夜发消息说不要了 😇 {A} 拦截退回", "cainiao", "intercept A")
R("{A} 这个帮我查查 买家说物流好几天没变 我看了下确实 不会出啥事吧", "zto", "track A")
R("今天的第一个崩溃：{A} 漏液了 是精华水 客户说整个箱子都是味道", "yto", "damaged A")
R("{A} 撤单 刚刚手滑下了两次单 这个是多的那个", "sto", "cancel A")
R("{A}\n麻烦加急 客户后天考试要用 是计算器", "yunda", "urge A")
R("我真的会谢 {A} 这个显示签收 买家说没有 驿站也说没有 帮忙核实下签收人是谁", "jt", "verify_delivery A")
R("有没有人理理我 {A} 核一下重量 我自己称的才300克", "cainiao", "weight A")
R("{A} 撤单哈 客户说要换个码 我重新下单", "zto", "cancel A")
R("{A} 还没派 催一下 已经在你们网点躺着了", "yto", "urge A")
R("{A} 拦截 客户说收件人写错了 是她室友的名字 让我重发", "sto", "intercept A")
R("宝宝们 {A} 查下到哪了 谢谢 今天也是努力搬砖的一天", "jt", "track A")
R("{A} 外包装破了个大洞 客户说里面的东西还好 先登记一下破损吧", "yunda", "damaged A")
R("{A} 一直没动静 客户说要取消订单 我先问问物流到哪了", "zto", "track A")
R("{A} 丢件登记 货值不高 但是客户很急 我重新补发了", "yto", "lost A")
R("晚上好 {A} 改地址 客户换到公司收了 上海市浦东新区张江路665号 张江科学城 2号楼 7楼", "sto",
  "change_address A")
R("{A} 催件 我今天已经被问了八百遍了 救救孩子", "cainiao", "urge A")
R("{A} 怎么还在发往中 是不是延误了 买家天天来问我", "jt", "delay A")
R("{A} 拦截 另外 明天能早点来揽收吗 我上午有课", "yunda", "intercept A")
R("{A} 帮忙核实一下签收 客户说家里没人签", "zto", "verify_delivery A")
R("{A}\n{B}\n{C}\n{D}\n全部催一下 都是预售款 客户等一个月了", "yto", "urge A B C D")
R("感觉自己是个冤种 {A} 被算了3公斤 查一下重量", "sto", "weight A")
R("{A} 派送员把件放错小区了 客户去拿没有 投诉", "ems", "complaint A")
R("{A} 有点急 加急派送 谢谢宝贝们", "sf", "urge A")
R("{A} 东西坏了 客户说要赔 理赔申请一下", "deppon", "claim A")
R("早 {A} 到哪了 昨晚就显示到你们网点了", "zto", "track A")
R("{A} 麻烦退回 这个是我寄错地址了 我填成上一个买家的了 蚌埠住了", "yto", "intercept A")

# ---------------------------------------------------------------------------------------------------------------
# Category 1: negation and withdrawal (scoped), double negation, "不要 X，要 Y"
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 {B} 不用拦", "zto", "intercept A", cats=(1,))
R("{A} 不用拦了 客户又说要了 栓Q", "yto", nh=True, cats=(1,))
R("{A} 拦截…算了算了不拦了 客户刚回我说还要", "sto", cats=(1,))
R("不是不拦 是现在就拦！！{A}", "jt", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 浙江省宁波市鄞州区首南街道天童南路588号 宁波文化广场3号楼", "yunda",
  "change_address A", cats=(1,))
R("{A} 不要拦截 催一下就行 客户说还要的", "cainiao", "urge A", cats=(1,))
R("{A} {B} {C} 都拦截 除了{B} {B}是另一个买家的", "zto", "intercept A C", cats=(1, 7))
R("{A} 不用催了 客户已经拿到了 谢谢～", "yto", nh=True, cats=(1,))
R("不用理赔了 {A} 客户说东西还能用 她人还挺好", "sto", nh=True, cats=(1,))
R("{A} 的改址不要了 就按原地址送吧 买家又回学校了", "jt", nh=True, cats=(1,))
R("刚刚那个拦截是发错群了 {A} 不用管 🙏 dbq", "yunda", nh=True, cats=(1,))
R("{A} 撤单 {B} 先别撤 我再问问买家", "cainiao", "cancel A", cats=(1,))
R("{A} 别拦了别拦了 买家又想要了 让它正常送吧", "zto", nh=True, cats=(1,))
R("{A} 不要撤单 要拦截 已经被揽收了", "yto", "intercept A", cats=(1,))
R("不是要改地址 是要退回 {A}", "sto", "intercept A", cats=(1,))
R("{A} 别派了…不对 派吧派吧 买家说能收 没事了", "jt", cats=(1,))
R("{A} 不投诉了 小哥刚给我道歉了 人还挺好的", "yunda", nh=True, cats=(1,))
R("{A} 没丢 找到了 在驿站角落里 不用登记了 虚惊一场", "cainiao", nh=True, cats=(1,))
R("{A}\n{B}\n{A}不拦 {B}拦", "zto", "intercept B", cats=(1, 7))
R("别撤单！！{A} 是正常件 我同事搞错了", "yto", nh=True, cats=(1,))
R("{A} 先不拦 催一下看看 实在不行再说", "sto", "urge A", cats=(1,))
R("{A} 不用催 帮我查下到哪了就行", "jt", "track A", cats=(1,))
R("{A} 拦截 {B} 拦截 {C} 不拦 {D} 拦截", "yunda", "intercept A B D", cats=(1, 7))
R("{A} 没有不想拦 就是要拦 快点快点", "cainiao", "intercept A", cats=(1,))
R("{A} 不是破损 是少件 客户就收到一个 另一个不见了", "zto", "lost A", cats=(1,))
R("{A} 不用改址了 直接拦截退回 买家说不要了", "yto", "intercept A", cats=(1, 2))
R("{A} 不取消了 继续寄 买家又付款了", "sto", nh=True, cats=(1,))
R("{A} 不是要查件 是要催件！！", "sf", "urge A", cats=(1,))
R("{A} 拦截不用了 客户签收了 好评都给了 哈哈", "ems", nh=True, cats=(1,))
R("{A} {B} 撤单\n{B} 算了不撤了 留着", "zto", "cancel A", cats=(1,))
R("{A} 不是不要改 是要改到新地址 江西省南昌市红谷滩区学府大道999号 南昌大学前湖校区 6栋",
  "yto", "change_address A", cats=(1,))
R("不要催件 {A} 这个要拦截 买家要退款", "jt", "intercept A", cats=(1,))
R("{A} 改址 {B} 不改 {B}地址是对的", "sf", "change_address A", cats=(1, 7), nh=True)
R("{A} 不拦截了 改成投诉 小哥说拦不了 态度还超差", "sto", "complaint A", cats=(1, 2))

# ---------------------------------------------------------------------------------------------------------------
# Category 2: corrections of the command or the number
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截\n更正 单号打错了 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改址取消 还是拦截吧", "sto", "intercept A", cats=(2,))
R("{A:cut} 拦截 啊少打了一位 {A}", "jt", "intercept A", cats=(2,))
R("{A} 催一下 啊不对 是拦截 手滑了😅", "yunda", "intercept A", cats=(2,))
R("{A} 拦截\n发错了 是这个 {B}", "cainiao", "intercept B", cats=(2,))
R("{A} 改地址到 湖南省长沙市岳麓区麓山南路932号 中南大学 新校区 12舍\n更正：是13舍 不是12舍", "zto",
  "change_address A", cats=(2,))
R("{A:x} 催件 多打了个8 蚌埠住了 {A}", "jt", "urge A", cats=(2,))
R("{A} 破损 嗷不对 是丢了 客户说外箱在 东西没了", "sto", "lost A", cats=(2,))
R("{A} 撤单 {B} 拦截 不对反了 {A}拦截 {B}撤单", "yunda", "intercept A; cancel B", cats=(2, 7))
R("{A} 拦截 更正：是改地址 改到 广东省佛山市南海区桂城街道 南海大道北 66号 千灯湖壹号 2座1801", "cainiao",
  "change_address A", cats=(2,))
R("{A} 拦截 等下 还是改个地址吧 改到 山东省青岛市崂山区 松岭路238号 中国海洋大学崂山校区", "zto",
  "change_address A", cats=(2,))
R("{A} 退回。更正 单号是{B} 上面那个是别的单", "yto", "intercept B", cats=(2,))
R("{A} 改址到 上海市普陀区中山北路3663号 华东师大 啊不对不对 买家说不改了 直接退回", "sto",
  "intercept A", cats=(2,))
R("{A} 延误 更正 不是延误 是显示签收了但客户没收到", "jt", "verify_delivery A", cats=(2,))
R("{A:typo} 催一下\n诶打错了 {A} 才对 (｀・ω・´)", "sto", "urge A", cats=(2,))
R("{A} 仲裁 写错了 是理赔 我还没到仲裁那步呢😂", "yunda", "claim A", cats=(2,))
R("撤单 {A} 哦不 撤错了 是 {B}", "cainiao", "cancel B", cats=(2,))
R("{A} 核重 等等不是这单 是{B}", "zto", "weight B", cats=(2,))
R("{A} 拦截… 不对 还没发出去 撤单就行", "yto", "cancel A", cats=(2,))
R("{A} 催件 emmm 看错了 已经签收了 那不用了", "sto", cats=(1, 2))
R("{A} 投诉 算了 还是先催一下吧 给小哥一次机会", "jt", "urge A", cats=(2,))
R("{A} {B} 拦截 更正：{B}应该是{C}", "yunda", "intercept A C", cats=(2, 7))
R("{A:cut} 撤单\n救命少了一位 完整的是 {A}", "cainiao", "cancel A", cats=(2,))
R("{A} 查一下到哪了\n啊不用查了 直接拦截吧 买家刚说不要了", "zto", "intercept A", cats=(2,))
R("{A} 拦截 打错字了 是催件 不是拦截 吓死", "yto", "urge A", cats=(2,))
R("{A:x} 拦截 不对 多打了一位 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 登记丢件\n更正 是破损 刚刚客户发图了 东西在 就是碎了", "deppon", "damaged A", cats=(2,))
R("{A} 改地址 哦不对 客户说原来的地址其实没错 是电话错了 电话改成 {PN}", "zto", "change_address A", nh=True,
  cats=(2, 4))
R("{A} 催一下 不对 是 {B} 要催 {A}已经到了", "jd", "urge B", cats=(2,))
R("{A} 退回\n诶等等 是 {B} 退回 {A} 正常送", "ems", "intercept B", cats=(2,))

# ---------------------------------------------------------------------------------------------------------------
# Category 3: quoted and replied-to messages, the bot's own replies quoted back
# ---------------------------------------------------------------------------------------------------------------
Q = "\n- - - - - - - - - - - - - - -\n"  # WeChat / WeCom quote separator

R("「芋圆波波：{A} 拦截」" + Q + "不用拦了 客户又要了 栓Q", "zto", nh=True, cats=(1, 3))
R("「快递小助手：@芋圆波波 {A} 拦截已提交，结果会第一时间通知您」" + Q + "好滴 栓Q🙏", "yto", cats=(3,))
R("「快递小助手：@小鹿 {A} 已为您催促派送，请耐心等待」" + Q + "还是没动啊 再催催 客户要疯了", "sto", "urge A",
  cats=(3,))
R("引用 阿梨：{A} 到哪了\n这个帮我拦截一下 客户不要了", "jt", "intercept A", cats=(3,))
R("回复 @快递小助手：@桃桃 {A} 已签收，无法拦截\n啊这 可是客户说没收到啊 帮我核实下签收", "yunda",
  "verify_delivery A", cats=(3,))
R("「快递小助手：@可乐 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + Q + "撤单 {A}", "cainiao",
  "cancel A", cats=(3,))
R("“{A} 拦截” 这个昨天发的 成功了没呀", "zto", nh=True, cats=(3,))
R("「小鹿：{A} 拦截」" + Q + "{B} 这个也拦截一下", "yto", "intercept B", cats=(3,))
R("「糯米：{A} 改地址 改到 上海市长宁区延安西路1882号 东华大学 延安路校区」" + Q + "这单改好了吗 客户问", "sto",
  nh=True, cats=(3,))
R("「快递小助手：@七七 {A} 改址已提交，结果会第一时间通知您」" + Q + "谢谢宝 爱了爱了", "jt", cats=(3,))
R("「快递小助手：@柚子 {A} 撤单成功」" + Q + "好耶 {B} 这个也撤一下", "yunda", "cancel B", cats=(3,))
R("「快递小助手：@Momo {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + Q
  + "要理赔 货值299 客户那边我已经先退款了", "cainiao", "claim A", cats=(3, 4))
R("「快递小助手：@果冻 {A} 已为您登记延误工单，结果会第一时间通知您」" + Q + "都一周了还没动 我要投诉", "zto",
  "complaint A", cats=(3,))
R("「快递小助手：@小鹿 您的消息已转人工客服处理，请稍候」" + Q + "好的好的 等你们", "yto", cats=(3,))
R("「我：{A} 催一下」" + Q + "这个改成拦截 客户不要了", "sto", "intercept A", cats=(2, 3))
R("买家：亲 我不想要了 能退吗\n----------------\n{A} 拦截", "jt", "intercept A", cats=(3,))
R("回复 @阿梨：{A} {B} 都拦截\n{B} 不用了 只拦{A}", "yunda", "intercept A", nh=True, cats=(1, 3))
R("「快递小助手：@桃桃 {A} 拦截已提交，结果会第一时间通知您」" + Q + "啊啊啊不用拦了 买家撤回退款申请了", "cainiao",
  nh=True, cats=(1, 3))
R("“{A} 改地址到 北京市海淀区中关村大街59号 人民大学 东门”\n这个地址错了 应该是 北京市海淀区中关村南大街5号 "
  "北京理工大学 东门", "zto", "change_address A", cats=(2, 3))
R("「快递小助手：@七七 {A} 已为您催促派送，请耐心等待」" + Q + "到了到了 栓Q", "yto", cats=(3,))
R("引用 快递小助手：@可乐 {A} 改址已提交，结果会第一时间通知您\n客户又说不改了 😓 原地址送就行", "sto", nh=True,
  cats=(1, 3))
R("「快递小助手：@果冻 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + Q
  + "小哥还摔件 我在监控里都看到了 投诉！", "jt", "complaint A", cats=(3,))
R("「七七：{A} 帮忙查下到哪了」" + Q + "这单顺便催一下 是我合伙人的件", "yunda", "urge A", cats=(3,))
R("「抖店：订单{O}买家已申请退款」" + Q + "{A} 拦截", "cainiao", "intercept A", cats=(3, 4))
R("「快递小助手：@芋圆 {A} 已为您催促派送，请耐心等待」" + Q + "客户说还没收到 离谱 系统都显示签收了", "zto",
  "verify_delivery A", cats=(3,))
R("“{A} 丢件了” 这个找到了吗", "yto", nh=True, cats=(3,))
R("回复 @快递小助手：@小鹿 {A} 拦截已提交，结果会第一时间通知您\n{B} 也要拦 一样的情况", "sto", "intercept B",
  cats=(3,))
R("「阿梨：家人们 明天几点收件」" + Q + "同问 还有 {A} 催一下", "jt", "urge A", cats=(3,))
R("引用 桃桃：{A} 催件\n这个我来跟 不用催了 已经联系上客户了", "yunda", nh=True, cats=(1, 3))
R("{A} 改地址" + Q + "新地址是 浙江省温州市鹿城区学院中路276号 温州大学 学院路校区 收件人不变", "cainiao",
  "change_address A", cats=(3,))
R("「买家：我电话 {PN} 地址不变 让快递员送之前打我电话」" + Q + "{A} 催一下 就是这个买家", "zto", "urge A",
  cats=(3, 4))
R("「快递小助手：@Momo {A} 已签收，无法拦截」" + Q + "蚌埠住了 那算了", "yto", cats=(3,))
R("回复 @快递小助手：@桃桃 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单", "sto", "cancel A",
  cats=(3,))
R("回复 @糯米：{A} 到哪了\n在你们网点了 帮我催下派送", "jt", "urge A", cats=(3,))
R("「小鹿：{A} {B} 拦截」" + Q + "第二个不用了", "yunda", nh=True, cats=(1, 3, 7))
R("「快递小助手：@柚子 {A} 已为您登记延误工单，结果会第一时间通知您」" + Q + "好的 辛苦啦", None, cats=(3,),
  draw="jt")
R("「快递小助手：@可乐 {A} 拦截已提交，结果会第一时间通知您」" + Q + "{A} 拦截成功了吗 都两天了", None, nh=True,
  cats=(3,), draw="sf")

# ---------------------------------------------------------------------------------------------------------------
# Category 4: phones, order numbers, amounts, dates beside the waybills
# ---------------------------------------------------------------------------------------------------------------
R("{A} 改地址 收件人 陈同学 {PN} 浙江省杭州市西湖区留和路288号 浙江工业大学屏峰校区", "zto", "change_address A",
  cats=(4,))
R("订单号 {O}\n快递单号 {A}\n拦截", "yto", "intercept A", cats=(4,))
R("{A} 电话改为 {P}", "sto", "change_address A", nh=True, cats=(4,))
R("客户电话{PN} {A} 催一下 说今天必须到", "jt", "urge A", cats=(4,))
R("{A} 货值¥399 碎了 要理赔", "yunda", "claim A", cats=(4, 8))
R("{A} 3.12发的 今天都3.18了还没到 延误了吧", "cainiao", "delay A", cats=(4,))
R("{A} 这单收了我23.5的运费 重量肯定不对 核一下", "zto", "weight A", cats=(4,))
R("抖音订单{O} 对应的快递是{A} 买家退款了 拦截", "yto", "intercept A", cats=(4,))
R("{A} 改派 新号码 {PN} 地址不变", "sto", "change_address A", nh=True, cats=(4,))
R("{A} 派件员电话{PN}一直打不通 帮我催一下", "jt", "urge A", cats=(4,))
R("{P} 这是我电话 有事打我 {A} 拦截", "yunda", "intercept A", cats=(4,))
R("{A} {B} 催件 客户手机{PN}", "cainiao", "urge A B", cats=(4,))
R("订单{O} 订单{O2} 对应 {A} {B} 都撤单", "zto", "cancel A B", cats=(4, 7))
R("{A} 客户1号就下单了 今天5号了还在转运中心 离谱", "yto", "delay A", cats=(4,))
R("{A} 12kg 你们给我算成20kg?? 核重！！", "deppon", "weight A", cats=(4,))
R("2024.5.20 发的 {A} 到现在都没消息 是不是丢了", "sto", "lost A", cats=(4,))
R("{A} 收件人改成 林小满 {PN} 地址改到 广东省深圳市南山区南海大道3688号 深圳大学 荔天3栋", "jt",
  "change_address A", cats=(4,))
R("买家 {PN} 说没收到货 {A} 显示已签收", "yunda", "verify_delivery A", cats=(4,))
R("{A} 到哪了 订单号{O} 客户急用", "cainiao", "track A", cats=(4,))
R("{A} 货值1280 丢了 必须赔", "sf", "claim A", cats=(4, 8))
R("我vx {P} 有事加我\n{A} 改地址 改到 安徽省合肥市蜀山区金寨路96号 中科大东区 收件人不变", "zto",
  "change_address A", cats=(4,))
R("{A} 邮费平时15块的 这次怎么扣了我35 超重了？", "yto", "weight A", cats=(4,))
R("{A} 拦截 闲鱼订单{O} 买家不要了", "ems", "intercept A", cats=(4,))
R("{A} 618那天发的 今天6.25了 一直在路上 催！", "jt", "urge A", cats=(4,))
R("{A} 改地址 新手机号 {PN} 新地址 吉林省长春市朝阳区前进大街2699号 吉林大学 前卫南区", "yunda",
  "change_address A", cats=(4,))
R("退款金额 ¥59.9 已经退给买家了 {A} 拦截", "zto", "intercept A", cats=(4,))
R("{A} 买家说是尾号不对的人签收的 她的号是 {PN} 核实一下", "yto", "verify_delivery A", cats=(4,))
R("{A} {PN} 改电话", "sto", "change_address A", nh=True, cats=(4,))
R("{A} 货值3999 是相机 镜头碎了 要赔 还有快递员扔件 投诉", "sf", "claim A; complaint A", cats=(4, 8))
R("订单编号：{O}\n物流单号：{A}\n问题：破损\n买家手机：{PN}", "jt", "damaged A", cats=(4,))
R("{A} 10.1寄出 10.8还没到 国庆也不至于这么慢吧 延误登记", "ems", "delay A", cats=(4,))
R("{A} 催件 买家 {P} 说再不到就退货退款", "yunda", "urge A", cats=(4,))
R("{A} 外包装写着易碎品 结果碎了2个 一共6个杯子", "zto", "damaged A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# Category 5: commands in pinyin, English, mixed, slang, voice input, typos of the input method
# ---------------------------------------------------------------------------------------------------------------
R("{A} lanjie pls 🙏", "zto", "intercept A", cats=(5,))
R("{A} cui yi xia", "yto", "urge A", cats=(5,))
R("{A} chedan chedan", "sto", "cancel A", cats=(5,))
R("{A} gaizhi 到 上海市杨浦区邯郸路220号 复旦大学 北区学生公寓", "jt", "change_address A", cats=(5,))
R("pls intercept {A} asap thx", "sf", "intercept A", cats=(5,))
R("{A} where is it 🥲", "jd", "track A", cats=(5,))
R("{A} cancel this order pls 买家拍错了", "yunda", "cancel A", cats=(5,))
R("{A} hurry up pls 客户明天过生日", "cainiao", "urge A", cats=(5,))
R("{A} 拦节一下 谢谢", "zto", "intercept A", cats=(5,))
R("{A} 崔一下 急", "yto", "urge A", cats=(5,))
R("{A} 给我拦住它！！别让它送到买家手上", "sto", "intercept A", cats=(5,))
R("就是那个 嗯 {A} 这个单子 帮我拦截一下吧 然后 {B} 这个 催一下 好 谢谢", "jt", "intercept A; urge B",
  cats=(5, 7))
R("{A} 别送了别送了 退回来", "yunda", "intercept A", cats=(5,))
R("{A} 能不能让它走快点😭 蜗牛都比它快", "cainiao", "urge A", cats=(5,))
R("{A} complain 快递员把货扔门口就走了", "sf", "complaint A", cats=(5,))
R("{A} 赶紧给我送到啊 等到花儿都谢了", "zto", "urge A", cats=(5,))
R("{A} 不寄了不寄了 撤了", "yto", "cancel A", cats=(5,))
R("{A} 帮我 gai ge dizhi 到 广西南宁市西乡塘区大学东路100号 广西大学 西校园 18栋", "sto",
  "change_address A", cats=(5,))
R("{A} 求求了快点派 跪了 orz", "jt", "urge A", cats=(5,))
R("{A} 整一个撤单", "yunda", "cancel A", cats=(5,))
R("{A} track一下 谢谢", "jd", "track A", cats=(5,))
R("{A} lan yi xia xia", "cainiao", "intercept A", cats=(5,))
R("{A} return to sender pls 买家拒收了", "ems", "intercept A", cats=(5,))
R("喂 那个 {A} 这个件啊 它那个 嗯 显示签收了 但是客户说没收到 你帮我核实一下哈", "zto", "verify_delivery A",
  cats=(5,))
R("{A} 快递被压扁了 东西都变形了 呜", "yto", "damaged A", cats=(5,))
R("{A} 截胡！！别派！！", "sto", "intercept A", cats=(5,))
R("{A} 火速派送 求", "jt", "urge A", cats=(5,))
R("{A} 丢了丢了 找不到了 哭死", "yunda", "lost A", cats=(5,))
R("{A} 称重有问题 我自己秤是1.2斤", "cainiao", "weight A", cats=(5,))
R("{A} intercept and return thx", "jd", "intercept A", cats=(5,))
R("{A} 能帮我瞅瞅到哪了不", "zto", "track A", cats=(5,))
R("{A} 拦截一下下 ♪(^∇^*)", "yto", "intercept A", cats=(5,))
R("{A} 查查查 咋还没到", "sto", "track A", cats=(5,))
R("{A} pls check the weight 感觉被坑了", "deppon", "weight A", cats=(5,))
R("{A} 这个 urgent!!! 买家明天出国", "sf", "urge A", cats=(5,))
R("{A} 查一下wuliu 谢谢宝", "jt", "track A", cats=(5,))
R("{A} 被别人领走了??? 显示签收 买家说 not received", "yunda", "verify_delivery A", cats=(5,))
R("嗯 然后就是 {A} 那个要改个地址 改到 嗯 浙江省金华市婺城区迎宾大道688号 浙江师范大学 对 然后收件人不变",
  "cainiao", "change_address A", cats=(5,))
R("{A} 揽截 手机打字太快了 是拦截", "zto", "intercept A", cats=(5,))
R("{A} 撤蛋 (撤单 输入法抽风)", "sto", "cancel A", cats=(5,))
R("{A} 我要 claim compensation 碎成渣了", "sf", "claim A", cats=(5, 8))
R("{A} 件在哪 速速告诉我", None, "track A", cats=(5,), draw="yto")
R("{A} 这单 cancel 掉 还没揽收", None, "cancel A", cats=(5,), draw="jd")

# ---------------------------------------------------------------------------------------------------------------
# Category 6: numbers mangled by the keyboard or the chat client
# ---------------------------------------------------------------------------------------------------------------
R("{A:sp} 拦截", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl} 催一下 谢谢", "zto", "urge A", cats=(6,))
R("{A:dash} 查件", "jt", "track A", cats=(6,))
R("{A:lc} 拦截 买家退款了", "yto", "intercept A", cats=(6,))
R("{A:fw} 撤单", "sto", "cancel A", cats=(6,))
R("{A:nl}\n改地址 改到 云南省昆明市呈贡区景明南路727号 云南大学呈贡校区 楸苑", "cainiao", "change_address A",
  cf=True, cats=(6,))
R("{A:cut} 拦截", "jt", nh=True, cats=(6,))
R("{A:x} 催件", "sf", nh=True, cats=(6,))
R("{A:typo} 拦截 客户不要了", "ems", nh=True, cats=(6,), draw="ems_s10")
R("{A:sp} {B:sp} 都催一下", "zto", "urge A B", cats=(6,))
R("{A:nl} 撤单 面单上的地址打错了 重新下", "yunda", "cancel A", cf=True, cats=(6,))
R("{A:sp} 显示签收 客户没收到 救命", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("单号：{A:dash} 破损 客户发图了", "sto", "damaged A", cats=(6,))
R("{A} 拦截 {B:cut} 也拦", "yto", "intercept A", nh=True, cats=(6,))
R("{A:lc} where is it", "jt", "track A", cats=(5, 6))
R("{A:nl} 到哪了 蟹蟹", "cainiao", "track A", cats=(6,))
R("拦截 {A:sp}", "jd", "intercept A", cats=(6,))
R("{A:dash}\n{B:dash}\n这俩拦截 复制过来带了横杠 不知道能不能认", "yto", "intercept A B", cats=(6,))
R("{A:nl} 拦截退回 手机复制过来自动换行了 服了", "sf", "intercept A", cf=True, cats=(6,))
R("{A:fw} 催件 输入法变全角了 能看懂吧", "zto", "urge A", cats=(6,))
R("{A:cut} 丢件了", "cainiao", nh=True, cats=(6,))
R("{A:sp} 改地址 改到 黑龙江省哈尔滨市南岗区西大直街92号 哈工大 一校区 A17公寓", "ems",
  "change_address A", cats=(6,), draw="ems_s10")
R("{A:lc} {B:lc} 撤单", "jt", "cancel A B", cats=(6,))
R("{A:nl}\n{B:nl}\n都催一下", "sto", "urge A B", cats=(6, 7))
R("{A:sp} 这个挂号信到哪了", None, "track A", cats=(6,), draw="ems_s10")
R("{A:dash} 理赔 东西没了", "deppon", "claim A", cats=(6,))
R("{A:typo} 到哪了", "ems", nh=True, cats=(6,), draw="ems_s10")
R("{A:fw}\n拦截 谢谢宝", "jd", "intercept A", cats=(6,))
R("{A:nl} 拦截 {B} 催件", "zto", "intercept A; urge B", cf=True, cats=(6, 7))

# ---------------------------------------------------------------------------------------------------------------
# Category 7: several parcels and commands: positions, lists, pasted tables
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n以上拦截 都是同一个买家 一整个无语住", "sto", "intercept A B C", cats=(7,))
R("{A}\n{B}\n{C}\n第一个拦截 后面两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} {B}\n上面两个拦截", "yto", "intercept A B", cats=(7,))
R("{A}\t拦截\n{B}\t拦截\n{C}\t催件", "jt", "intercept A B; urge C", cats=(7,))
R("单号                    操作\n{A}     拦截\n{B}     改地址  上海市闵行区东川路800号 上海交大 西区 东12\n"
  "{C}     催件", "yunda", "intercept A; change_address B; urge C", cats=(7,))
R("这两个 一个拦截一个催件 {A} {B}", "cainiao", nh=True, cats=(7,))
R("{A} {B} {C} 前两个拦截 最后一个不用管", "zto", "intercept A B", cats=(7,))
R("{A} 拦截\n{B} 撤单\n{C} 查件\n{D} 催件", "yto", "intercept A; cancel B; track C; urge D", cats=(7,))
R("今天的售后汇总🙃\n1. {A} 拦截\n2. {B} 改地址 广州市海珠区新港西路135号 中山大学南校区 东十八\n3. {C} 破损\n"
  "4. {D} 催", "sto", "intercept A; change_address B; damaged C; urge D", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n全部拦截 这场直播的单全退了 今天亏麻了", "jt", "intercept A B C D E", cats=(7,))
R("{A} {B} {C}\n第二个拦截 其他的催一下", "yunda", "intercept B; urge A C", cats=(7,))
R("{A}、{B}、{C} 这三个都催一下 谢谢", "cainiao", "urge A B C", cats=(7,))
R("{A}\n{B}\n最后那个拦截 第一个查下到哪了", "zto", "intercept B; track A", cats=(7,))
R("{A} 和 {B} 都要改地址", "yto", "change_address A B", nh=True, cats=(7,))
R("{A}\t撤单\n{B}\t撤单\n{C}\t撤单\n{D}\t拦截（已揽收）", "sto", "cancel A B C; intercept D", cats=(7,))
R("快递单号\t问题\t备注\n{A}\t破损\t杯子碎了\n{B}\t延误\t5天没动\n{C}\t丢件\t", "jt",
  "damaged A; delay B; lost C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n1 3 拦截 2 4 催件", "yunda", "intercept A C; urge B D", cats=(7,))
R("{A}\n{B}\n这两个 前面那个撤单 后面那个拦截", "cainiao", "cancel A; intercept B", cats=(7,))
R("拦截：\n{A}\n{B}\n催件：\n{C}", "zto", "intercept A B; urge C", cats=(7,))
R("{A} {B} 一个拦截一个改地址 我搞混了是哪个 等我查一下", "yto", nh=True, cats=(7,))
R("以下全部撤单\n{A}\n{B}\n{C}", "sto", "cancel A B C", cats=(7,))
R("{A}\n{B}\n{C}\n上面三个 除了中间那个 其他都拦截", "jt", "intercept A C", cats=(1, 7))
R("{A} 圆通\n{B} 极兔\n{C} 顺丰\n全部催一下", None, "urge A B C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("{A} 拦截 {B} 也是 {C} 也是", "yunda", "intercept A B C", cats=(7,))
R("{A} {B}\n这俩到哪了 然后 {C} 催一下", "cainiao", "track A B; urge C", cats=(7,))
R("家人们 一口气发完\n{A} 拦截 买家退款\n{B} 拦截 买家退款\n{C} 改地址 北京市昌平区回龙观西大街 "
  "龙冠商务中心3层 收件人王一博(不是那个王一博)\n{D} 查件\n栓Q 今天就这些", "zto",
  "intercept A B; change_address C; track D", cats=(7,))
R("{A}    催件\n{B}    催件\n{C}    查重量", "yto", "urge A B; weight C", cats=(7,))
R("{A} {B} 两个件 第一个破损 第二个丢了", "sto", "damaged A; lost B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n这四个都是一个买家的 全部拦截 除了最后一个 最后一个她说要", "jt", "intercept A B C",
  cats=(1, 7))
R("{A} {B} {C} 这些都改地址 改到同一个地方：湖南省长沙市天心区芙蓉南路二段 湖南第一师范 城南书院", "yunda",
  "change_address A B C", cats=(7,))
R("{A} 跟 {B} 一样 都催一下", None, "urge A B", cats=(7,), draw={"A": "sf", "B": "jd"})
R("序号  单号  处理\n1  {A}  拦截\n2  {B}  拦截\n3  {C}  不用处理", "cainiao", "intercept A B", cats=(1, 7))
R("{A}\n{B}\n{C}\n都是上周五发的 到现在都没到 全部催一下 第三个顺便查下重量 运费好贵", "zto",
  "urge A B C; weight C", cats=(7, 8))
R("{A} 被压坏了 登记破损\n另外 {B} 催一下", "yto", "damaged A; urge B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n前三个撤单 第四个已经揽收了 拦截", None, "cancel A B C; intercept D", cats=(7,),
  draw={"A": "jd", "B": "jd", "C": "deppon", "D": "sf"})

# ---------------------------------------------------------------------------------------------------------------
# Category 8: compound requests (compensation, damage with complaint, several intents for one number)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 压坏了 快递小哥还凶我 投诉他", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 丢了 要赔 还要投诉", "yto", "claim A; complaint A", cats=(8,))
R("{A} 延误三天了 客户气炸了 要投诉", "sto", "delay A; complaint A", cats=(8,))
R("{A} 拦截 顺便投诉一下这个派件员 打电话骂人", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 催一下 顺便查下重量", "yunda", "urge A; weight A", cats=(8,))
R("{A} 碎成渣了 要理赔 截图我私发你们", "cainiao", "claim A", cats=(8,))
R("{A} 漏液 把旁边的书都泡了 赔钱！还有这网点服务太差 投诉", "zto", "claim A; complaint A", cats=(8,))
R("{A} 破损 {B} 丢了 都要理赔", "yto", "claim A B", cats=(7, 8))
R("{A} 少件 客户只收到一半 要赔偿", "sto", "claim A", cats=(8,))
R("{A} 快点送!! 客户都投诉了 呜呜", "jt", "urge A; complaint A", cats=(8,))
R("{A} 显示签收但没收到 小哥还不接电话 投诉", "yunda", "verify_delivery A; complaint A", cats=(8,))
R("{A} 破损了 重量还不对 一起看下", "cainiao", "damaged A; weight A", cats=(8,))
R("{A} 理赔一直拖 我要申请仲裁 然后投诉你们处理太慢", "zto", "arbitration A; complaint A", cats=(8,))
R("{A} 延误了一周 东西还压坏了 救命 这是什么地狱开局", "yto", "delay A; damaged A", cats=(8,))
R("{A} 拦截 之前收我的运费也不对 核一下重量", "sto", "intercept A; weight A", cats=(8,))
R("{A} 一个月了 确定丢了 申请赔付 货值88", "jt", "claim A", cats=(4, 8))
R("{A} 外箱破了 里面东西也坏了 小哥还说是我包装问题 离谱 投诉", "yunda", "damaged A; complaint A", cats=(8,))
R("{A} 改地址 改到 河北省石家庄市裕华区南二环东路20号 河北师大 然后顺便催一下 这个买家急", "zto",
  "change_address A; urge A", cats=(8,))
R("{A} 虚假签收 要投诉 快递员自己签的", "yto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 漏液了 客户说要退款 我这边要理赔", "sto", "claim A", cats=(8,))
R("{A} 重量算错了 多收我20 然后这个件还延误了", "jt", "weight A; delay A", cats=(4, 8))
R("{A} 件是破的 里面还少了一个 要赔", "yunda", "claim A", cats=(8,))
R("{A} 客户说派件员态度差 要投诉 顺便帮我催一下 还没送到", "cainiao", "complaint A; urge A", cats=(8,))
R("{A} 仲裁 理赔金额太低了 货值500只赔50", "zto", "arbitration A", cats=(4, 8))
R("{A} 破损了要理赔 还要投诉 三件事一起办😤", "yto", "claim A; complaint A", cats=(8,))
R("{A} 拦截 然后登记个延误 都卡了五天了", "sto", "intercept A; delay A", cats=(8,))
R("{A} 丢件 理赔 投诉 一条龙 我已经麻了", None, "claim A; complaint A", cats=(8,), draw="jd")
R("{A} 破损 客户拒收了 退回 顺便登记下破损", None, "intercept A; damaged A", cats=(8,), draw="sf")

# ---------------------------------------------------------------------------------------------------------------
# hedged or undecided intercept / cancel / address change (confirm), and checkable conditions (not hedged)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 要不拦截吧 买家好像不太想要了", "zto", "intercept A", cf=True)
R("{A} 可能要退回 我再跟客户确认下", "yto", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说她不在学校了 改到 江苏省无锡市滨湖区蠡湖大道1800号 江南大学 北门快递站", "sto",
  "change_address A", cf=True)
R("{A} 先拦着吧？我再问问客户", "jt", "intercept A", cf=True)
R("看看能不能撤单 {A}", "yunda", "cancel A", cf=True)
R("{A} 拦不拦呢 拦吧…不对不拦…算了还是拦吧？？我好纠结", "cainiao", "intercept A", cf=True, cats=(2,))
R("{A} 要不撤了吧 emmm 我也不知道", "zto", "cancel A", cf=True)
R("{A} 估计得拦截 买家在犹豫要不要退款 你们先准备着？", "yto", "intercept A", cf=True)
R("{A} 感觉要拦一下 买家说可能不要了 救命我好纠结", "sto", "intercept A", cf=True)
R("{A} 要不转寄到 浙江省绍兴市越城区环城西路508号 绍兴文理学院？我问问买家能不能去那边拿", "jt",
  "change_address A", cf=True)
R("{A} 拦截 不拦 拦截 不拦… 救命 我在数花瓣 先拦吧🥲", "yunda", "intercept A", cf=True, cats=(2,))
R("如果还没签收就拦截 {A}", "cainiao", "intercept A")
R("{A} 还没派送的话就拦截 派了就算了", "zto", "intercept A")
R("{A} 应该是要撤单的 我等下再确认一下", "jd", "cancel A", cf=True)
R("{A} 退回？还是让它送？买家说都行 那…退回吧？", "sf", "intercept A", cf=True, cats=(2,))
R("{A} 尊嘟要撤单吗 我自己都不确定了 先撤了吧 大概", "deppon", "cancel A", cf=True)

if __name__ == "__main__":
    W.main()
