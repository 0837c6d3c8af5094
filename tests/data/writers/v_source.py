"""Writer v: an outlet's own front desk and customer-service staff relaying merchants into the outlet's group.

Persona: the people at a 快递网点's front desk (小刘, 小陈, the night-shift girl) who take calls, private WeChat
messages and voice notes from the outlet's merchants and post them into the outlet's chat group on their behalf,
late at night and early in the morning: "张姐那边说…", "老王刚打电话：…", "帮3号档口…", "林姐语音转的字：…".
Mixed in are the merchants' own short messages ("{A} 拦截", "催").

Style: relayed requests with the merchant's reason attached, fillers (那个、嗯、就是说), voice-to-text slips and
homophones (栏截, 拦接, 彻单, 崔一下, 该地址, 理陪, 千收, 重裁), regional particles (嘛、噻、哈、伐、中不中、整),
several parcels of one merchant in one message ("这几单", "上面那两个", "第一单… 后两单…"), merchants changing
their mind in the middle of a relay, relayed withdrawals ("他说不用拦了"), relayed questions that ask nothing,
staff notes that only inform ("已经帮他登记了"), phone numbers in relayed address changes, and the bot's earlier
replies quoted back. About half the messages are plain requests, about a tenth chat and questions.
"""

from harness import Writer

W = Writer("v", seed=52071)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: intercept
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截", "yto", "intercept A")
R("张姐那边说 {A} 拦一下，客户不要了", "yto", "intercept A")
R("老王刚打电话：{A} 帮他退回，买家退款了", "zto", "intercept A")
R("帮3号档口拦个件 {A}", "sto", "intercept A")
R("{A}\n拦截退回", "jt", "intercept A")
R("刘老板语音说这个单子{A}不要发了，已经被揽收了，麻烦给截回来", "yunda", "intercept A")
R("{A} 别派了 退回去", "sf", "intercept A")
R("晚上好 打扰了 {A}麻烦拦截一下 谢谢🙏", "jd", "intercept A")
R("拦截 {A}", "ems", "intercept A")
R("{A} 客户拒收了 退回吧", "deppon", "intercept A")
R("胖姐微信发我的：{A} 地址写错了，拦回来她重新发", "cainiao", "intercept A")
R("23:50了还有单要拦 {A} 服装店王总的", "yto", "intercept A")
R("早上好 鞋店老周昨晚十一点多私聊我，{A}要退件，麻烦今天一早处理下", "zto", "intercept A")
R("{A}退回 谢谢啦", "jt", "intercept A")
R("林姐说这个件给她拦下来 {A}", "sf", "intercept A")
R("{A} 截件", "sto", "intercept A")
R("阿强那边：{A} 买家说拍错了，拦截", "yunda", "intercept A")
R("你好，{A}这个件帮忙拦截退回，买家申请了仅退款", "ems", "intercept A")
R("{A} 这个拦住 别给他送了", "jd", "intercept A")
R("麻烦拦一下哈 {A}", "deppon", "intercept A")
R("水果档口的 {A} 要拦截，发错货了", "cainiao", "intercept A")
R("母婴店小周让我转达：{A} 拦截退回，收件人电话一直空号", "yto", "intercept A")
R("{A}拦截!!!", "zto", "intercept A")
R("3号档口 {A} 退件 快点哈 明早就要派了", "sto", "intercept A")
R("老王：{A} 帮我截回来 那个客户跑路了", "jt", "intercept A")
R("{A} 客户说不要了 退回来吧 辛苦", "yunda", "intercept A")
R("帮张姐拦截一下 {A}", "sf", "intercept A")
R("{A} 这个件退回给寄件人", "ems", "intercept A")
R("王总刚才电话里讲 {A} 要拦 对方没付尾款", "jd", "intercept A")
R("{A}  拦截  退回网点就行", "yto", "intercept A")
R("凌晨一点 茶叶店林姐发语音 说{A}这个一定要拦住 收件人是骗子", "zto", "intercept A")
R("{A}\n\n退回", "sto", "intercept A")
R("帮忙把{A}拦回来嘛，客户那边说不要了", "jt", "intercept A")
R("{A} 拦截退回，谢谢亲", "deppon", "intercept A")
R("小区封了送不进去 张姐说{A}退回来算了", "cainiao", "intercept A")
R("{A} 拦一下 发重复了", "jd", "intercept A")
R("早 6点多老王就打电话了 {A} 要拦截 他说买家昨晚退款了", "yto", "intercept A")
R("能帮忙拦截一下吗 {A}", "sf", "intercept A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: cancel
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单", "zto", "cancel A")
R("张姐说{A}还没揽收 帮忙撤了吧，不寄了", "yto", "cancel A")
R("老王那单{A}不寄了 取消订单", "sto", "cancel A")
R("帮3号档口作废一个单子 {A}", "yunda", "cancel A")
R("{A} 取消寄件 谢谢", "jt", "cancel A")
R("{A}下单下重复了 把这个撤掉", "sf", "cancel A")
R("刘老板讲 {A} 快递员还没来收 直接撤单", "ems", "cancel A")
R("{A} 撤销", "deppon", "cancel A")
R("撤单 {A} 客户取消了", "cainiao", "cancel A")
R("{A} 这个单作废哈 还没发货", "jd", "cancel A")
R("林姐：{A} 撤一下单 明天重新下", "zto", "cancel A")
R("{A} 取消订单", "yto", "cancel A")
R("鞋店老周说 {A} 这个面单打错了 不寄了 作废掉", "sto", "cancel A")
R("{A}\n撤单 快递员还没上门", "jt", "cancel A")
R("麻烦帮忙取消一下这个寄件 {A} 买家退款了货还在我这", "yunda", "cancel A")
R("{A} 撤了吧 不发了", "deppon", "cancel A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: change_address (phones here are never waybills)
# ---------------------------------------------------------------------------------------------------------------
R("改址 {A} 杭州市西湖区文三路90号 张三 {P}", "yto", "change_address A", cats=(0, 4))
R("张姐那边说{A}地址改一下：上海市闵行区七宝镇漕宝路1555号 李女士 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 改地址 改成 广州市白云区三元里大道88号 陈先生 {P}", "sto", "change_address A", cats=(0, 4))
R("老王刚打电话 {A} 收件地址要改到 成都市武侯区科华北路65号，人和电话都不变", "jt", "change_address A")
R("{A}\n新地址：北京市朝阳区望京街道阜通东大街6号\n收件人：赵磊\n电话：{PN}", "yunda", "change_address A",
  cats=(4,))
R("{A} 转寄到 南京市鼓楼区中山北路200号 刘女士收", "sf", "change_address A")
R("帮3号档口改派一个 {A} 改到 苏州工业园区星湖街328号 周先生 {P}", "ems", "change_address A", cats=(0, 4))
R("{A} 地址改为 郑州市金水区花园路39号 王姐 {P}", "deppon", "change_address A", cats=(0, 4))
R("{A} 改到武汉市洪山区珞喻路1037号 电话{PN}", "cainiao", "change_address A", cats=(4,))
R("林姐说 {A} 客户搬家了 改个地址：深圳市南山区高新南九道10号 张先生", "jd", "change_address A")
R("{A} 修改收件地址 改为 长春市朝阳区红旗街1号 收件人不变", "yto", "change_address A")
R("你好 {A} 能帮忙改个地址吗 客户写成老家了 应该是 佛山市禅城区祖庙路33号", "zto", "change_address A")
R("{A} 改派 送到 无锡市梁溪区中山路88号 门卫室", "jt", "change_address A")
R("晚上十点半 服装店王总：{A} 转寄 济南市历下区泉城路180号 王先生 {P}", "sto", "change_address A",
  cats=(0, 4))
R("{A} 地址改一下 兰州市城关区东岗西路555号 马先生", "sf", "change_address A")
R("老王的件 {A} 改到 石家庄市长安区中山东路39号 收件人改成 刘洋 {PN}", "yunda", "change_address A",
  cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: urge
# ---------------------------------------------------------------------------------------------------------------
R("{A} 催一下", "yto", "urge A")
R("张姐说{A}三天了还没到，帮催催", "zto", "urge A")
R("{A} 加急 客户等着用", "sto", "urge A")
R("老王：{A} 尽快派送 买家天天打他电话", "jt", "urge A")
R("{A} 催件", "yunda", "urge A")
R("帮3号档口催个件 {A}", "sf", "urge A")
R("{A}咋还不到 催催嘛", "ems", "urge A")
R("{A} 麻烦催一下派送，谢谢了", "jd", "urge A")
R("刘老板那单 {A} 快点送 明天婚礼上要用的", "deppon", "urge A")
R("{A} 客户急用 帮忙加急一下哈", "cainiao", "urge A")
R("{A} 到网点两天了都不派 催一下", "yto", "urge A")
R("胖姐说 {A} 派送中挂了一整天了 还没送到 帮催下快递员", "zto", "urge A")
R("催 {A}", "sto", "urge A")
R("{A} 能不能催一下 客户明天出差", "jt", "urge A")
R("林姐让催的：{A}", "yunda", "urge A")
R("{A} 尽快派送哈 药品 老人等着吃", "sf", "urge A")
R("老周说{A}一直显示派送中 催一下快递员噻", "ems", "urge A")
R("{A}\n催派", "jd", "urge A")
R("早上好，{A}今天能送就今天送了吧 客户急 麻烦催一下", "deppon", "urge A")
R("水果档口的{A} 生鲜啊 再不送要坏了 加急加急", "cainiao", "urge A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: track (a bare number is a query)
# ---------------------------------------------------------------------------------------------------------------
R("{A}", "sto", "track A")
R("{A} 到哪了", "jt", "track A")
R("张姐问 {A} 什么时候能到", "yunda", "track A")
R("{A} 查一下物流", "sf", "track A")
R("老王想知道{A}现在到哪了", "ems", "track A")
R("{A} 查件", "jd", "track A")
R("{A}？", "deppon", "track A")
R("帮3号档口查个件 {A}", "cainiao", "track A")
R("{A} 帮看看到哪了 客户在问", "yto", "track A")
R("{A} 轨迹发一下", "zto", "track A")
R("{A} 今天能到吗", "sto", "track A")
R("{A}\n", "jt", "track A")
R("林姐问下这个件走到哪儿了 {A}", "sf", "track A")
R("{A} 物流信息麻烦查一下 谢谢", "yunda", "track A")
R("{A} 在哪呢这个", "ems", "track A")
R("鞋店老周：{A} 大概啥时候能到啊", "jd", "track A")
R("{A} where is it now", "deppon", "track A", cats=(5,))
R("查一下 {A}", "cainiao", "track A")
R("{A} 发出去了没 到哪了", "yto", "track A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: verify_delivery
# ---------------------------------------------------------------------------------------------------------------
R("{A} 显示签收了 客户说没收到", "jt", "verify_delivery A")
R("张姐说{A}系统签收了 但她客户根本没拿到 帮核实一下", "yunda", "verify_delivery A")
R("{A} 核实签收", "sf", "verify_delivery A")
R("{A} 谁签收的？客户说那天家里没人", "ems", "verify_delivery A")
R("老王：{A} 虚假签收 客户找他闹了一晚上", "jd", "verify_delivery A")
R("{A} 妥投了但没收到", "deppon", "verify_delivery A")
R("{A} 显示本人签收 收件人说不是他签的", "cainiao", "verify_delivery A")
R("{A} 显示放驿站签收了 客户去驿站也没找到", "yto", "verify_delivery A")
R("{A} 签收未收到 麻烦查查是谁签的", "zto", "verify_delivery A")
R("帮3号档口核实一下 {A} 显示签收 客户说没见到件", "sto", "verify_delivery A")
R("{A} 别人签收了 不是我客户", "jt", "verify_delivery A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: damaged
# ---------------------------------------------------------------------------------------------------------------
R("{A} 破损", "zto", "damaged A")
R("张姐说{A}到了 外箱压扁了 里面杯子碎了俩", "sto", "damaged A")
R("{A} 漏液了 洗发水全洒了", "jt", "damaged A")
R("{A} 东西烂了 水果全压坏", "yunda", "damaged A")
R("老王那单{A} 屏幕碎了 客户拍了照片", "sf", "damaged A")
R("{A} 外包装破了 登记一下破损", "ems", "damaged A")
R("{A} 到货变形了 盒子都瘪了", "jd", "damaged A")
R("{A} 客户签收的时候发现破损了", "deppon", "damaged A")
R("{A} 蛋糕压坏了", "cainiao", "damaged A")
R("林姐说 {A} 那箱酒碎了两瓶 箱子都湿透了", "yto", "damaged A")
R("{A} 破了个大洞 东西还在 但是外观坏了", "zto", "damaged A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: lost
# ---------------------------------------------------------------------------------------------------------------
R("{A} 丢件", "yto", "lost A")
R("张姐说{A}一个礼拜没动了 是不是丢了", "zto", "lost A")
R("{A} 件没了 哪都找不着", "sto", "lost A")
R("{A} 遗失 麻烦登记", "jt", "lost A")
R("{A} 少件 客户说三件只收到两件", "yunda", "lost A")
R("老王：{A} 中转站说找不到了", "sf", "lost A")
R("{A} 这个估计是丢了", "ems", "lost A")
R("{A} 网点说件丢了 帮登记遗失", "jd", "lost A")
R("{A} 丢失", "deppon", "lost A")
R("帮3号档口报个丢件 {A}", "cainiao", "lost A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: weight
# ---------------------------------------------------------------------------------------------------------------
R("{A} 查重量", "deppon", "weight A")
R("{A} 重量不对 我发的1.2公斤 扣了我5公斤的钱", "cainiao", "weight A")
R("张姐说{A}超重收费不对 帮核重", "yto", "weight A")
R("{A} 称一下 感觉多算了", "zto", "weight A")
R("{A} 核重", "sto", "weight A")
R("老王问{A}怎么算了8公斤 他那个就一双鞋 帮核一下", "jt", "weight A")
R("{A} 重量有问题 麻烦复称", "yunda", "weight A")
R("{A} 超重？不可能啊 一包纸巾 查一下重量", "sf", "weight A")
R("林姐说{A}的计费重量不对", "jd", "weight A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: delay
# ---------------------------------------------------------------------------------------------------------------
R("{A} 延误", "sf", "delay A")
R("{A} 三天没动了", "ems", "delay A")
R("张姐说{A}好几天没更新了", "jd", "delay A")
R("{A} 物流一直卡在中转 不动了", "deppon", "delay A")
R("{A} 打延误", "cainiao", "delay A")
R("老王那单 {A} 停在转运中心四天了", "yto", "delay A")
R("{A} 说好次日达 现在第三天了", "zto", "delay A")
R("{A} 怎么还没到 是不是延误了", "sto", "delay A")
R("{A} 从发出到现在物流就没更新过", "jt", "delay A")
R("帮3号档口登记个延误 {A}", "yunda", "delay A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: claim, complaint, arbitration
# ---------------------------------------------------------------------------------------------------------------
R("{A} 理赔", "sto", "claim A")
R("{A} 丢了 要赔偿", "jt", "claim A", cats=(8,))
R("张姐说{A}碎了 要理赔 货值300", "yunda", "claim A", cats=(8,))
R("{A} 申请赔付", "sf", "claim A")
R("老王那单{A}破损 他要求赔钱", "ems", "claim A", cats=(8,))
R("{A} 东西坏了 客户要赔偿", "jd", "claim A", cats=(8,))
R("林姐问{A}能不能赔 件丢了快一个月了", "cainiao", "claim A", cats=(8,))
R("{A} 投诉 快递员态度差", "deppon", "complaint A")
R("张姐要投诉 {A} 那个派件的 打电话骂人", "cainiao", "complaint A")
R("{A} 快递员没打电话直接扔门口 投诉", "yto", "complaint A")
R("{A} 客诉", "zto", "complaint A")
R("老王讲{A}派件员让客户自己来网点拿 要投诉他", "sto", "complaint A")
R("{A} 我要投诉这个快递员", "jt", "complaint A")
R("帮3号档口投诉一下 {A} 收件员乱收费", "sf", "complaint A")
R("{A} 申请仲裁", "jt", "arbitration A")
R("{A} 这个赔付一直谈不拢 张姐说走仲裁", "yunda", "arbitration A")
R("{A} 仲裁", "sf", "arbitration A")
R("老王那单{A}对方网点不认账 要仲裁", "ems", "arbitration A")
R("{A} 理赔被拒了 申请仲裁", "jd", "arbitration A")
R("林姐说{A}这个事她要申请仲裁 扯了半个月了", "yto", "arbitration A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: several numbers, one command; several commands on separate lines (ordinary)
# ---------------------------------------------------------------------------------------------------------------
R("{A} {B} 催一下", "zto", "urge A B")
R("{A}\n{B}\n拦截", "yto", "intercept A B")
R("张姐的两单 {A} {B} 都撤单", "sto", "cancel A B")
R("{A} 拦截\n{B} 催件", "jt", "intercept A; urge B")
R("{A}、{B} 查下到哪了", "yunda", "track A B")
R("老王的 {A} 破损 {B} 也破了", "sf", "damaged A B")
R("{A} 拦截 {B} 催一下", None, "intercept A; urge B", draw={"A": "yto", "B": "jt"})
R("{A} 撤单\n{B} 撤单", None, "cancel A B", draw={"A": "sf", "B": "jd"})
R("帮3号档口：{A} 退回，{B} 加急", None, "intercept A; urge B", draw={"A": "deppon", "B": "yto"})
R("{A} 到哪了\n{B} 到哪了", None, "track A B", draw={"A": "jt", "B": "sf"})
R("{A} 显示签收没收到 {B} 延误", "ems", "verify_delivery A; delay B")
R("{A} {B} {C} 这三单都是林姐的 帮查一下重量", "cainiao", "weight A B C")

# plain messages in multi-carrier groups
R("{A} 拦截", None, "intercept A", draw="sf")
R("{A} 催一下 谢谢", None, "urge A", draw="jd")
R("张姐说{A}地址改到 太原市迎泽区柳巷50号 郭女士收", None, "change_address A", draw="yto")
R("{A} 丢了", None, "lost A", draw="jt")
R("{A}", None, "track A", draw="deppon")
R("{A} 破损 客户拍照了", None, "damaged A", draw="ems_s10")
R("{A} 撤单", None, "cancel A", draw="jd")
R("{A} 投诉 送错了还不承认", None, "complaint A", draw="sf")

# ---------------------------------------------------------------------------------------------------------------
# Chat, thanks and questions that ask for nothing
# ---------------------------------------------------------------------------------------------------------------
R("收到", None)
R("好的谢谢", None)
R("张姐说谢谢大家 件拿到了", None)
R("老王问明天几点来收件", None)
R("今天晚上还有人值班吗", None)
R("早", None)
R("晚安 明天见", None)
R("快递员今天下午几点过来收？3号档口问的", None)
R("辛苦了 这么晚还在回消息", None)
R("明天网点几点开门啊", None)
R("👌", None)
R("刘老板问你们这边能不能发冷链", None)
R("好 我跟他说", None)
R("张姐语音：喂喂 听得到吗 算了我打字", None)
R("已经帮他登记了", None)
R("老王那个件我已经在系统里帮他拦了，跟大家说一声", None)
R("林姐刚才电话里说好多了 不用担心", None)
R("嗯嗯 明白", None)
R("哈哈 好的好的", None)
R("3号档口的货今天不多 快递员不用专门跑一趟了", None)
R("那个…张姐问你们过年放不放假", None)
R("OK", None)
R("这么早就有人了啊 早上好", None)
R("老周说他明天过来一趟网点 当面聊", None)
R("在吗", None)
R("@前台小刘 收到 谢谢", None)
R("好的 我明早再看", None)
R("晚上的件明天一起处理哈 大家早点休息", None)

# questions about earlier requests or about rules: a person answers
R("张姐问拦截要收费吗", None, nh=True)
R("老王问改地址一般多久能改好", None, nh=True)
R("{A} 拦截了吗", "yto", nh=True)
R("{A} 改地址成功没有 张姐问的", "zto", nh=True)
R("{A} 昨天说拦截的 现在拦住没有啊", "sto", nh=True)
R("林姐问撤单以后运费会退吗", None, nh=True)
R("{A} 理赔的钱什么时候到账 老王问的", "jt", nh=True)
R("{A} 催了吗 客户又打电话来了", "yunda", nh=True)

# staff notes that only inform: nothing to do
R("{A} 这单下午已经帮林姐登记过破损了，就说一下", "sto")
R("{A} 张姐自己在网点柜台办了拦截 这边跟大家说一下", "jt")
R("跟大家同步一下 {A} 老王已经取到件了", "sf")
R("回复 @阿强：{A} 催件\n阿强 这单已经签收了哦 你让客户看看门口", "yunda", cats=(3,))
R("引用 小陈：{A} 查一下到哪了\n查到了 在派送中 让张姐放心", "zto", cats=(3,))

# a number with a request outside the intents
R("老王说{A}派件前让快递员先打个电话", "ems", nh=True)
R("{A} 张姐要开发票", "jd", nh=True)
R("{A} 面单打印糊了 帮重新打一张", "yto", nh=True)
R("{A} 到哪了？顺便问下这单运费能开票吗", "sf", "track A", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# Withdrawals and scoped negation (category 1)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 不用拦了", "yto", nh=True, cats=(1,))
R("张姐说{A}不用拦了 客户又要了", "zto", nh=True, cats=(1,))
R("老王刚才说的那个{A}算了 不改地址了", "sto", nh=True, cats=(1,))
R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=(1, 7))
R("他说不用拦了", None, nh=True, cats=(1,))
R("{A} 先别撤单 客户又要了", "jt", nh=True, cats=(1,))
R("帮3号档口说一声 {A} 不用催了 已经到了", "yunda", nh=True, cats=(1,))
R("张姐刚才打电话说{A}要拦 挂了电话又打过来说算了不拦了", "sf", cats=(1,))
R("{A} 不是不拦 是现在就拦", "ems", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 长沙市岳麓区麓山南路932号 刘先生 {P}", "jd", "change_address A", cats=(1, 4))
R("{A} 不用理赔了 客户说算了", "deppon", nh=True, cats=(1,))
R("{A}和{B}拦截，{C}不拦 张姐说那个客户还要", "cainiao", "intercept A B", cats=(1, 7))
R("老王说上午让拦的{A}别拦了，{B}照样拦", "yto", "intercept B", nh=True, cats=(1,))
R("{A} 不催了 直接退回", "zto", "intercept A", cats=(1,))
R("张姐：刚才那个{A} 别拦 别拦 客户联系上了", "sto", nh=True, cats=(1,))
R("{A} 不用改了 原来地址是对的", "jt", nh=True, cats=(1,))
R("{A} 催件 {B} 不用催 已经签收了", "sf", "urge A", cats=(1, 7))
R("{A} 拦截\n……\n哦 他说{A}不拦了 算了", "deppon", cats=(1,))
R("{A} 不用退回了 改成催派送吧 客户说还是要", "yto", "urge A", cats=(1, 2))
R("李哥说那个{A}他自己跟客户谈好了 不用仲裁了", "sto", nh=True, cats=(1,))
R("{A}、{B}、{C} 这三单除了中间那个 都拦截", "jt", "intercept A C", cats=(1, 7))
R("张姐说 {A} 拦截的事取消 客户改主意了 谢谢", "cainiao", nh=True, cats=(1,))
R("{A} 不是要撤单 是要拦截 已经揽收了", "yto", "intercept A", cats=(1,))
R("{A} 没说不拦啊，拦！", "zto", "intercept A", cats=(1,))
R("林姐说 {A} 不要改地址 要拦截退回", "jd", "intercept A", cats=(1,))
R("{A} 拦截 {B} 拦截 {C} 不用", None, "intercept A B", cats=(1, 7), draw={"A": "yto", "B": "yto", "C": "jt"})
R("帮老王撤一下{A}…啊不用了不用了 他说快递员已经收走了 那就先不管了", "zto", cats=(1, 2))
R("胖姐说{A}不是不要 是要快点 催一下", "cainiao", "urge A", cats=(1,))
R("{A} 不要撤单 改成拦截", "jt", "intercept A", cats=(1, 2))
R("凌晨发的那个{A}拦截 张姐早上说不用了", "ems", nh=True, cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# Corrections (category 2)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "yto", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 更正 单号打错了 是 {A}", "zto", "intercept A", cats=(2,))
R("张姐说{A}改址，哦不对 她又说改址取消，还是拦截吧", "sto", "intercept A", cats=(2,))
R("老王那单 {A} 催一下\n更正：不是催 是投诉 快递员打电话还骂人", "jt", "complaint A", cats=(2,))
R("{A} 拦截 不对不对 发错了 是 {B}", "yunda", "intercept B", cats=(2,))
R("帮3号档口拦 {A}…等下 他说是{B} 前面那个是上个月的", "sf", "intercept B", cats=(2,))
R("{A} 改地址到 西安市雁塔区小寨东路1号 不对 是小寨西路1号 收件人 孙先生 {P}", "ems", "change_address A",
  cats=(2, 4))
R("{A} 丢件 哦 刚找到了 是破损 外箱烂了", "jd", "damaged A", cats=(2,))
R("{A} 查一下到哪了\n哦他说直接拦截吧 不等了", "deppon", "intercept A", cats=(2,))
R("张姐说{A}拦截。还是算了，改成改地址吧，改到 厦门市思明区湖滨南路388号 林小姐 {PN}", "cainiao",
  "change_address A", cats=(2, 4))
R("{A} 延误 不好意思打错了 是丢件 一周都找不到", "zto", "lost A", cats=(2,))
R("老王：{A} 拦截\n老王又说：还是撤单吧 快递员说还没来收", "sto", "cancel A", cats=(2,))
R("{A} 拦截退回 嗯…不对 还是催一下吧 客户说还要", "jt", "urge A", cats=(2,))
R("{A}理赔，更正一下，是投诉不是理赔", "yunda", "complaint A", cats=(2,))
R("刚才发的{A}改地址那条单号错了 应该是{B} 地址不变：合肥市蜀山区长江西路130号 王女士 {P}", "sf",
  "change_address B", cats=(2, 4))
R("{A}\n{B}\n拦截 哦不对 第二个是催件", "ems", "intercept A; urge B", cats=(2, 7))
R("{A} 撤单\n不好意思 是 {B} 撤单 {A}正常发", "deppon", "cancel B", cats=(2,))
R("{A} 改址 广州市天河区体育西路191号 哦不对 客户说不改了 直接退回", "cainiao", "intercept A", cats=(2,))
R("{A:typo}\n更正 {A}\n张姐说这个要拦", "zto", "intercept A", cats=(2,))
R("{A} 催一下 啊不是 她说的是查一下到哪了", "sto", "track A", cats=(2,))
R("{A} 拦截，哦 不好意思 还没揽收 那撤单吧", "jt", "cancel A", cats=(2,))
R("林姐说{A}的地址改到 温州市鹿城区五马街2号，等下 她说收件人也换 换成 潘先生 {PN}", "yunda",
  "change_address A", cats=(2, 4))

# ---------------------------------------------------------------------------------------------------------------
# Quotes of colleagues, merchants and the bot (category 3)
# ---------------------------------------------------------------------------------------------------------------
R("「张姐：{A} 拦截」\n- - - - - - - - - - - - - - -\n这个也投诉一下 快递员态度太差", "yto", "complaint A", cats=(3,))
R("「kefu机器人：@张姐 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n好的谢谢", "zto",
  cats=(3,))
R("引用 老王：{A} 到哪了\n这单帮他催一下 还有 {B} 也催", "zto", "urge A B", cats=(3, 7))
R("「@张姐 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n- - - - - - - - - - - - - - -\n那撤单吧",
  "sto", "cancel A", cats=(3,))
R("「@老王 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n他说客户没收到啊 核实一下签收", "jt",
  "verify_delivery A", cats=(3,))
R("「@张姐 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n她说不用拦了 客户又联系上了",
  "yunda", nh=True, cats=(1, 3))
R("“{A} 拦截退回” 这是张姐昨天发的 今天她问拦截成功没有", "sf", nh=True, cats=(3,))
R("引用 3号档口：{A} 改地址 深圳市福田区福华路18号\n他刚打电话说电话也要改 {PN}", "ems", "change_address A",
  nh=True, cats=(3, 4))
R("「@刘老板 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n催了两天了 快递员电话都不接 要投诉",
  "deppon", "complaint A", cats=(3,))
R("「胖姐：{A} {B} 拦截」\n- - - - - - - - - - - - - - -\n第二个不拦了 第一个照拦", "cainiao", "intercept A",
  nh=True, cats=(1, 3, 7))
R("@张姐 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n张姐：好的 麻烦了", "yto", cats=(3,))
R("「老王：{A} 拦截」\n- - - - - - - - - - - - - - -\n老王说这个不是拦截 是要改地址 改到 昆明市五华区人民中路17号 {P}",
  "jt", "change_address A", cats=(2, 3, 4))
R("「@张姐 {A} 改址已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n改好了没啊 客户在催", "yunda",
  nh=True, cats=(3,))
R("「@王总 {A} 撤单成功」\n- - - - - - - - - - - - - - -\n👍", "sf", cats=(3,))
R("引用 张姐：{A} 拦截 {B} 改地址\n{B} 的新地址她发来了：青岛市市南区香港中路8号 许先生 {PN}", "yunda",
  "change_address B", cats=(3, 4))
R("「@林姐 {A} 已为您登记延误工单，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n林姐说登记了没用 她要理赔",
  "deppon", "claim A", cats=(3, 8))
R("回复 @张姐：{A} 改地址 南宁市青秀区民族大道100号\n张姐 这个已经签收了 改不了了哦", "jt", cats=(3,))
R("「@老王 您的消息已转人工客服处理，请稍候」\n- - - - - - - - - - - - - - -\n好 不急", None, cats=(3,))
R("「鞋店老周：{A} 拦截」\n- - - - - - - - - - - - - - -\n同样的 这个也拦 {B}", "zto", "intercept B", cats=(3,))
R("引用 林姐：{A} 催件\n林姐又说：这单别催了 直接拦回来", "sto", "intercept A", cats=(2, 3))
R("回复 @胖姐：{A} 丢件\n胖姐说要理赔 货值一百五", "cainiao", "claim A", cats=(3, 8))
R("“{A} 撤单” ←老王昨晚十一点发的 没人回 现在还能撤吗", "yto", "cancel A", cats=(3,))
R("「张姐：{A} 破损」\n- - - - - - - - - - - - - - -\n这单上面说过了 现在要问下{B}到哪了", "sf", "track B", cats=(3,))
R("@老王 {A} 拦截已提交，结果会第一时间通知您\n------\n老王说不用拦了 他客户改主意了", "jd", nh=True,
  cats=(1, 3))
R("「@3号档口 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n稍等 我问下档口", "zto",
  cats=(3,))

# ---------------------------------------------------------------------------------------------------------------
# Numbers that are not waybills: phones, order numbers, amounts, dates (category 4)
# ---------------------------------------------------------------------------------------------------------------
R("张姐客户电话{PN} 单号{A} 催一下", "sto", "urge A", cats=(4,))
R("{A} 拦截 有事打我 {P}", "yunda", "intercept A", cats=(4,))
R("订单号 {O}\n快递单号 {A}\n买家退款了 拦截", "jt", "intercept A", cats=(4,))
R("{O} 这个订单的快递帮拦一下", "sf", nh=True, cats=(4,))
R("{A} 电话改为 {PN}", "jd", "change_address A", nh=True, cats=(4,))
R("老王说{A} 收件人电话换成 {PN}，地址不用动", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 改地址：成都市锦江区春熙路9号 收件人 何先生 电话 {PN} 备用 {PN2}", "cainiao", "change_address A",
  cats=(4,))
R("{A} 货值1280元 碎了 要赔", "deppon", "claim A", cats=(4, 8))
R("1月15号发的{A} 到今天20号了还在路上", "yto", "delay A", cats=(4,))
R("{A} 拦截 客户手机号{P}一直打不通", "zto", "intercept A", cats=(4,))
R("张姐说尾号5678那单拦一下", "zto", nh=True, cats=(4,))
R("{P} 这个是客户电话 帮查下他的件到哪了", "sto", nh=True, cats=(4,))
R("老王电话{PN} 有事直接找他 {A} 要理赔", "yunda", "claim A", cats=(4,))
R("帮3号档口 {A} 改派 新收件人 钱女士 {PN} 地址 天津市和平区南京路219号", "ems", "change_address A", cats=(4,))
R("订单{O} 单号{A} 签收了但客户没收到", "jd", "verify_delivery A", cats=(4,))
R("{A} 催一下 客户 {PN} 说今天必须到", "jt", "urge A", cats=(4,))
R("{A}\n收件人:王芳\n手机:{PN}\n新地址:重庆市渝中区民族路101号", "cainiao", "change_address A", cats=(4,))
R("客户 {PN} 打电话来说没收到货 单号是 {A} 显示已签收", "yto", "verify_delivery A", cats=(4,))
R("{A} 收件人换成 李梅 {P}", "zto", "change_address A", nh=True, cats=(4,))
R("林姐的手机号{PN}，她说{A}延误好几天了 登记一下", "sto", "delay A", cats=(4,))
R("3号档口 订单{O} 和 {O2} 两单都没发出去 帮撤了", "jt", nh=True, cats=(4,))
R("{A} 12月3号就发了 今天都12月9号了 延误这么久 客户要投诉", "yunda", "delay A; complaint A", cats=(4, 8))
R("{A} 改地址 汕头市金平区长平路66号 蔡先生 {PN} 旧号码{P2}别打了", "sf", "change_address A", cats=(4,))
R("老王电话 {PN} 他说{A} 别派了 退回", "jd", "intercept A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# Commands written other ways: voice-to-text slips, homophones, pinyin, English, dialect (category 5)
# ---------------------------------------------------------------------------------------------------------------
R("{A} lanjie", "yto", "intercept A", cats=(5,))
R("{A} 帮忙栏截一下", "zto", "intercept A", cats=(5,))
R("张姐语音转的字：{A} 拦接退回 客户不要了", "sto", "intercept A", cats=(5,))
R("{A} 彻单", "jt", "cancel A", cats=(5,))
R("{A} 崔一下 谢谢", "yunda", "urge A", cats=(5,))
R("老王语音：那个 那个 {A} 该地址 该到 宁波市鄞州区天童南路588号 电话{P}", "ems", "change_address A",
  cats=(4, 5))
R("{A} cuijian", "sf", "urge A", cats=(5,))
R("{A} pls intercept, buyer cancelled", "jd", "intercept A", cats=(5,))
R("{A} 吹一下派送 客户急得很", "cainiao", "urge A", cats=(5,))
R("{A:lc} 拦截", "jt", "intercept A", cats=(5,))
R("{A} 理陪", "yto", "claim A", cats=(5,))
R("{A} 投宿 快递员不送上楼还凶人", "zto", "complaint A", cats=(5,))
R("{A} chedan", "sto", "cancel A", cats=(5,))
R("{A} 帮我拦到起嘛 不要了", "yunda", "intercept A", cats=(5,))
R("{A} 退回伐 阿拉客户不要了", "sf", "intercept A", cats=(5,))
R("{A} 唔该帮手截返个件", "jd", "intercept A", cats=(5,))
R("{A} 咋还没到 给催催中不中", "deppon", "urge A", cats=(5,))
R("{A} cancel the order pls", "sf", "cancel A", cats=(5,))
R("{A} change address to 上海市浦东新区张杨路500号 Mr. Li {P}", "yunda", "change_address A", cats=(4, 5))
R("{A} 破了 damaged", "ems", "damaged A", cats=(5,))
R("{A} 中量不对 多扣钱了", "cainiao", "weight A", cats=(5,))
R("{A} 件丢勒 找不到咯", "yto", "lost A", cats=(5,))
R("{A} 显示千收 客户没收到", "zto", "verify_delivery A", cats=(5,))
R("{A} 申请重裁", "sto", "arbitration A", cats=(5,))
R("{A} 攔截", "yto", "intercept A", cats=(5,))
R("{A} 这个 嗯 那个 拦一哈", "sto", "intercept A", cats=(5,))
R("林姐语音：喂 小刘啊 就是那个{A}啊 你帮我gaizhi一下 改到 东莞市南城区鸿福路106号 她电话{PN}", "jt",
  "change_address A", cats=(4, 5))
R("{A} 要 compensation 东西丢了", "cainiao", "claim A", cats=(5, 8))
R("{A} 莫得动静好几天了 是不是搞丢了哦", "zto", "lost A", cats=(5,))
R("{A} 这件 嗯 那个 拦 拦截 对 就拦截", "sto", "intercept A", cats=(5,))
R("{A} 遺失 麻煩登記", "jt", "lost A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# Numbers broken by the chat client (category 6)
# ---------------------------------------------------------------------------------------------------------------
R("{A:sp} 拦截", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("张姐发的 {A:nl}\n撤单", "jt", "cancel A", cf=True, cats=(6,))
R("{A:sp} 催一下", "zto", "urge A", cats=(6,))
R("{A:dash} 改地址 杭州市拱墅区莫干山路100号 {P}", "sto", "change_address A", cats=(4, 6))
R("{A:nl} 催件", "yunda", "urge A", cats=(6,))
R("{A:cut} 拦截", "yto", nh=True, cats=(6,))
R("老王那个单号 {A:cut} 催一下", "jt", nh=True, cats=(6,))
R("{A:x} 拦截退回", "sf", nh=True, cats=(6,))
R("{A:fw} 拦截", "jd", "intercept A", cats=(6,))
R("{A:sp} 显示签收 客户没收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A:nl} 改址 北京市海淀区中关村大街27号 {PN}", "ems", "change_address A", cf=True, cats=(4, 6))
R("{A} 拦截 {B:cut} 也拦", "yto", "intercept A", nh=True, cats=(6, 7))
R("{A:sp}\n{B:sp}\n两个都撤单", "ems", "cancel A B", cats=(6, 7), draw="ems_s10")
R("单号 {A:nl} 丢了", "cainiao", "lost A", cats=(6,))
R("{A:sp} 到哪了", "deppon", "track A", cats=(6,))
R("{A:fw} 催件", "zto", "urge A", cats=(6,))
R("张姐语音里念的单号 {A:cut} 帮拦截 她说应该是这个", "sf", nh=True, cats=(6,))
R("{A:nl} 退回 客户拒收", "sf", "intercept A", cf=True, cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# Several parcels and commands: positions, lists, pasted tables (category 7)
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n张姐说这三单都拦截", "yto", "intercept A B C", cats=(7,))
R("这几单帮老王催催：\n{A}\n{B}\n{C}\n{D}", "sto", "urge A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n第一单拦截 后两单催一下", "jt", "intercept A; urge B C", cats=(7,))
R("{A} 拦截\n{B} 撤单\n{C} 改地址 南昌市东湖区八一大道357号 {P}", "yunda",
  "intercept A; cancel B; change_address C", cats=(4, 7))
R("{A}、{B} 上面两个拦截 下面这个 {C} 查一下到哪了", "sf", "intercept A B; track C", cats=(7,))
R("{A}\t拦截\n{B}\t催件\n{C}\t破损", "ems", "intercept A; urge B; damaged C", cats=(7,))
R("单号            操作\n{A}    拦截\n{B}    拦截\n{C}    改址 福州市鼓楼区五四路158号", "jd",
  "intercept A B; change_address C", cats=(7,))
R("帮3号档口：{A} {B} {C} {D} {E} 全部退回 档口不做了", "deppon", "intercept A B C D E", cats=(7,))
R("尾号0231到0235那五单拦截 张姐说的", "zto", nh=True, cats=(7,))
R("{A}\n{B}\n这两个 一个拦截一个催件", "cainiao", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n以上全部加急", "yto", "urge A B C", cats=(7,))
R("老王的三单：{A}破损，{B}丢了，{C}延误", "zto", "damaged A; lost B; delay C", cats=(7,))
R("{A}\n{B}\n第二个拦 第一个不用管", "sto", "intercept B", cats=(7,))
R("{A} {B} {C} 除了最后一个都催一下", "jt", "urge A B", cats=(1, 7))
R("林姐今天的件：\n1. {A} 拦截\n2. {B} 拦截\n3. {C} 改地址 太原市小店区长风街108号 柳女士 {PN}\n4. {D} 催件", "yunda",
  "intercept A B; change_address C; urge D", cats=(4, 7))
R("{A} 和 {B} 签收了但都没收到", "sf", "verify_delivery A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n前两个拦截 后两个撤单 张姐说的", "jd", "intercept A B; cancel C D", cats=(7,))
R("这几单都是老王的 一起查一下重量\n{A}\n{B}", "yto", "weight A B", cats=(7,))
R("{A} 拦截\n{B}\n{C}\n后面这两个也一样", "zto", "intercept A B C", cats=(7,))
R("{A}\n{B}\n{C}\n这三单 第一单和第三单延误了 第二单丢了", "jt", "delay A C; lost B", cats=(7,))
R("张姐晚上发了一堆 我整理了一下：\n{A} 拦截\n{B} 拦截\n{C} 催\n{D} 催\n{E} 查件", "yunda",
  "intercept A B; urge C D; track E", cats=(7,))
R("{A}\t王女士\t拦截\n{B}\t刘先生\t改址 合肥市包河区马鞍山路99号\n{C}\t陈女士\t撤单", "sf",
  "intercept A; change_address B; cancel C", cats=(7,))
R("{A} {B} 这俩都破了 客户气死了", None, "damaged A B", cats=(7,), draw={"A": "yto", "B": "yto"})
R("3号档口这几单：{A}、{B}、{C}，头一个撤单，其他的拦截", "ems", "cancel A; intercept B C", cats=(7,))
R("{A}\n{B}\n两单都是一个客户的 都改到 常州市天宁区延陵西路23号 顾先生 {P}", "deppon", "change_address A B",
  cats=(4, 7))

# ---------------------------------------------------------------------------------------------------------------
# Compound requests: compensation, damage with complaint, several intents for one number (category 8)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 碎了 要赔 还要投诉", "zto", "claim A; complaint A", cats=(8,))
R("{A} 破损 快递员扔件扔的 投诉他", "sto", "damaged A; complaint A", cats=(8,))
R("{A} 延误了 客户要投诉", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉了", "sf", "urge A; complaint A", cats=(8,))
R("{A} 拦截并投诉", "ems", "intercept A; complaint A", cats=(8,))
R("{A} 催一下 顺便查下重量 感觉多收了", "jd", "urge A; weight A", cats=(8,))
R("{A} 显示签收没收到 快递员还不接电话 投诉", "deppon", "verify_delivery A; complaint A", cats=(8,))
R("张姐说 {A} 东西压坏了 她要理赔 而且那个快递员态度差得很 一定要投诉", "cainiao", "claim A; complaint A",
  cats=(8,))
R("{A} 拦截退回 运费重量也不对 帮核一下", "zto", "intercept A; weight A", cats=(8,))
R("{A} 破损 顺便催一下另外那件 {B}", "sto", "damaged A; urge B", cats=(7, 8))
R("{A} 改地址 北海市海城区北部湾中路3号 {P} 另外快递员态度差 投诉一下", "jd",
  "change_address A; complaint A", cats=(4, 8))
R("{A} 外箱破了 里面还少了一件", "cainiao", "damaged A; lost A", cats=(8,))
R("{A} 漏液 把纸箱泡烂了 登记破损 要赔偿", "jt", "claim A", cats=(8,))
R("老王那单{A}丢了 理赔 还有{B}催一下", "yto", "claim A; urge B", cats=(7, 8))
R("{A} 催件 另外查一下这单重量 还有那个快递员要投诉", "zto", "urge A; weight A; complaint A", cats=(8,))
R("{A} 压坏了 快递员还说不关他事 投诉", "sf", "damaged A; complaint A", cats=(8,))
R("{A} 五天不动 延误 登记一下 顺便催", "jt", "delay A; urge A", cats=(8,))
R("{A} 理赔 顺便申请仲裁 对方网点一直拖", "yunda", "claim A; arbitration A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------------
# Hedged irreversible requests (confirm) and clear conditions (not hedged)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 要不拦截吧", "yto", "intercept A", cf=True)
R("张姐说{A}可能要退回 她再问问客户", "zto", "intercept A", cf=True)
R("{A} 先拦着吧？我再问问", "sto", "intercept A", cf=True)
R("老王说{A}看看能不能撤单 他也不确定快递员收没收", "jt", "cancel A", cf=True)
R("{A} 好像得改个地址 改到 贵阳市南明区中华南路45号 {P}", "yunda", "change_address A", cf=True, cats=(4,))
R("{A} 拦不拦呢…要不还是拦了吧", "sf", "intercept A", cf=True)
R("{A} 如果还没签收就拦截", "jd", "intercept A")
R("{A} 要是还没派出去就拦下来", "deppon", "intercept A")
R("林姐语音：{A} 这个 嗯 可能 大概要撤单吧 我等下确认", "cainiao", "cancel A", cf=True, cats=(5,))
R("{A} 客户说可能要改到 嘉兴市南湖区中山东路1号 还没最后定", "zto", "change_address A", cf=True)
R("{A} 客户一直不接电话 可能要拦截退回 我再打几个试试", "sto", "intercept A", cf=True)
R("{A} 拦截 不过张姐说她再跟客户确认一下", "jt", "intercept A", cf=True)
R("{A} 还没揽收的话就撤单", "yunda", "cancel A")
R("老王说{A}要不先拦一下？他怕客户是骗子 又怕冤枉人家", "ems", "intercept A", cf=True)
R("{A} 拦截？还是改地址？客户还没说清楚 先拦吧我觉得", "sf", "intercept A", cf=True)
R("{A} 撤单吧 应该是不寄了 我再确认下", "jd", "cancel A", cf=True)

# ---------------------------------------------------------------------------------------------------------------
# More plain requests from the morning queue (one number, one command)
# ---------------------------------------------------------------------------------------------------------------
R("麻烦前台帮刘老板把{A}截下来 他说东西配错了", "zto", "intercept A")
R("{A} 这单退回 不送了", "yunda", "intercept A")
R("夜班的同事看一下 {A} 要拦 谢谢", "ems", "intercept A")
R("王总的助理刚发微信：{A}请拦截退回。", "sf", "intercept A")
R("{A} 拦截 急", "jd", "intercept A")
R("老周：那个{A}给我截了 客户地址是假的", "jt", "intercept A")
R("拦一下这个{A}，还在中转呢应该来得及", "yto", "intercept A")
R("{A} 客户退款了哈 帮忙退回", "deppon", "intercept A")
R("{A} 这个帮忙撤掉 下错单了", "yto", "cancel A")
R("3号档口说 {A} 作废 货还没打包好", "zto", "cancel A")
R("{A} 取消 不寄了 快递员别来了", "cainiao", "cancel A")
R("刘老板说 {A} 不发了 还没揽收 撤单", "jd", "cancel A")
R("{A} 改个地址哈 新地址 南通市崇川区工农路57号 钱先生", "yto", "change_address A")
R("帮林姐改下地址 {A} → 海口市龙华区滨海大道32号 吴女士 {P}", "jt", "change_address A", cats=(0, 4))
R("{A} 客户要转寄到公司：大连市中山区人民路23号 前台收", "ems", "change_address A")
R("{A} 改地址 哈尔滨市南岗区西大直街92号", "deppon", "change_address A")
R("{A} 老王说帮他催催 客户都问了三遍了", "sto", "urge A")
R("麻烦加急派送 {A}", "jt", "urge A")
R("{A} 催下 今天一定要送到", "yunda", "urge A")
R("早上第一件事 帮张姐催一下 {A}", "sf", "urge A")
R("{A} 快递员说明天送 能不能今天就送 催一下", "jd", "urge A")
R("{A} 都到小区了还不送 催催", "ems", "urge A")
R("{A} 看看现在到哪个中转了", "zto", "track A")
R("张姐让我问问{A}啥时候派送", "cainiao", "track A")
R("{A} 物流到哪一步了", "yunda", "track A")
R("{A} 还在路上吗", "deppon", "track A")
R("{A} 帮我查查", "sf", "track A")
R("{A} 快递员说放门口了 客户说门口没有 系统显示已签收", "yto", "verify_delivery A")
R("{A} 签收人不认识 核实一下", "jt", "verify_delivery A")
R("{A} 玻璃杯碎了一地 客户发了视频", "zto", "damaged A")
R("{A} 里面的衣服被弄脏弄破了", "sto", "damaged A")
R("{A} 件丢了 老王说你们帮着找找", "jd", "lost A")
R("{A} 遗失登记一下 中转站确认找不到", "cainiao", "lost A")
R("{A} 这个重量算得离谱 帮称一下", "ems", "weight A")
R("{A} 核一下重量 张姐说多扣了二十多", "yto", "weight A")
R("{A} 一直显示运输中 五天了", "jt", "delay A")
R("{A} 延误了 登记一下", "sto", "delay A")
R("{A} 要理赔 客户退款了这钱得有人出", "zto", "claim A")
R("老王那单 {A} 申请理赔", "yunda", "claim A")
R("{A} 投诉派件员 说好送上门结果放驿站", "sf", "complaint A")
R("{A} 客诉一下 收件员约了三次都没来", "deppon", "complaint A")
R("{A} 这个要走仲裁了 网点不给处理", "cainiao", "arbitration A")

R("张姐说今天的件都发完了 明天见", None)
R("前台小刘下班了 有事明早说", None)
R("好滴 谢谢美女", None)

W.main()
