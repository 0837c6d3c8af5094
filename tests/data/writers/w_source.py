"""Writer w: e-commerce sellers on Pinduoduo, Taobao, Kuaishou and Xianyu, writing to their outlets' groups
straight from their order-management and after-sales tools and from buyer chats.

The persona: a PDD shop owner who answers buyers in the 多多 workbench and pastes from it; a Taobao shop's
after-sales girl in 千牛 who copies rows out of the ERP (聚水潭/旺店通/快麦, tabs and headers included); a Kuaishou
live-stream seller typing fast between two sessions; a Xianyu second-hand seller with one parcel and a lot of
worry. They put platform order numbers (18–19 digits) beside the waybill, paste the buyer's phone (also PDD's
virtual numbers with an extension) and new address for an address change, quote the buyer's chat message and then
say what they want, describe screenshots in words ("截图里这单"), talk in refund terms (仅退款, 退货退款, 拒收) that
sometimes mean an intercept and sometimes do not, argue about weights with figures and about compensation with
amounts, forward the outlet's own notices, and fire very short commands ("xxx 拦", "xxx 催") between long pastes.
Some write English or pinyin. The mix is realistic: about half plain one-parcel requests in many phrasings over all
13 intents, about a tenth chat and questions, the rest the harder categories of ../LABELLING.md.
"""

from harness import Writer

W = Writer("w", seed=52011)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: intercept (one number, one clear command)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截", "yto", "intercept A")
R("拦截 {A} 买家不要了", "zto", "intercept A")
R("麻烦把{A}拦回来，买家申请仅退款了，钱已经退给他了", "yunda", "intercept A")
R("{A}\n买家拍错颜色了 帮拦截退回 谢谢", "sto", "intercept A")
R("多多后台买家退款了，{A} 这个帮我截一下", "jt", "intercept A")
R("{A}拦", "zto", "intercept A")
R("亲 {A} 这单拦截退回哈 他说地址写错了不要了", "yto", "intercept A")
R("{A} 别派了 退回来", "jt", "intercept A")
R("这个拦一下 {A}", "yunda", "intercept A")
R("{A} 拦截退回发件人", "sf", "intercept A")
R("闲鱼买家跑路了，{A} 麻烦拦截", "sf", "intercept A")
R("{A} 买家拒收 麻烦退件", "ems", "intercept A")
R("{A} 原路退回", "deppon", "intercept A")
R("快手小店那边买家退款了\n{A}\n麻烦拦回", "zto", "intercept A")
R("{A} 截件！！", "sto", "intercept A")
R("老板 {A} 帮我拦下 这个人的货不发了", "yunda", "intercept A")
R("拦截：{A}", "jd", "intercept A")
R("{A} 退回 别送了 买家说不要了 谢谢亲", "cainiao", "intercept A")
R("淘宝那边买家申请退款了，我这边同意了，{A}拦截一下", "yto", "intercept A")
R("{A} 这个件不要派送了 直接退回", "jt", "intercept A")
R("拦截退回 {A} 谢谢", "ems", "intercept A", draw="ems_s10")
R("{A} 请拦截 原因：买家重复下单", "zto", "intercept A")
R("麻烦 {A} 拦回来 发错货了", "yunda", "intercept A")
R("{A} 拦截 发错款了😭", "sto", "intercept A")
R("@网点客服 {A} 拦截", "yto", "intercept A")
R("{A} 这个赶紧拦 是个职业差评师", "jt", "intercept A")
R("截回来 {A}", "zto", "intercept A")
R("{A} 拦住别给他送 退回给我", "deppon", "intercept A")
R("{A}\n拦截", "cainiao", "intercept A")
R("帮我把 {A} 退回来，地址是假的 电话打过去是空号", "sf", "intercept A")
R("{A} 拦截一下 谢谢", None, "intercept A", draw="jt")
R("买家仅退款成功了 {A} 货还在路上 拦回来吧 不然货款两空", "yto", "intercept A")
R("{A} 这单买家退货退款了 还没到他手上 直接拦截退回来省得他再寄", "zto", "intercept A")
R("你好，{A} 需要拦截，收件人说没买过这个东西", "jd", "intercept A")
R("{A}  退件处理 谢谢", "sto", "intercept A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: cancel (not yet picked up; printed label voided)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单", "zto", "cancel A")
R("买家取消订单了，面单刚打出来还没揽收，{A}帮撤一下", "yto", "cancel A")
R("{A} 这个单号作废 重新打了一张", "yunda", "cancel A")
R("取消寄件 {A}", "sf", "cancel A")
R("{A} 不寄了 快递员还没来拿 取消掉", "jt", "cancel A")
R("麻烦把 {A} 撤销掉，打重复了", "sto", "cancel A")
R("{A} 面单作废 还没交件", "zto", "cancel A")
R("闲鱼那个买家不要了 {A} 取消订单吧 还没寄出", "deppon", "cancel A")
R("{A} 取消 寄件取消 东西还在我手上", "cainiao", "cancel A")
R("撤单：{A}（ERP多推了一次）", "yto", "cancel A")
R("{A} 这张单子撤了 下午小哥不用来了", "jd", "cancel A")
R("老板 {A} 帮我撤一下单 缺货发不了", "yunda", "cancel A")
R("{A}作废", "jt", "cancel A")
R("{A} 取消订单 买家退款了还没发", "ems", "cancel A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: change_address (with the new address; without a phone number)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 改地址：浙江省宁波市鄞州区天童南路588号 宁波大学科技园B座 前台代收", "zto",
  "change_address A")
R("改址 {A}\n新地址 广州市天河区天河北路233号中信广场38楼 收件人不变", "yto", "change_address A")
R("{A} 帮改派到 成都市武侯区科华北路62号 力宝大厦北楼 菜鸟驿站", "yunda", "change_address A")
R("{A} 买家说搬家了 地址改为 西安市雁塔区丈八一路1号 绿地SOHO 2号楼1807", "jt", "change_address A")
R("亲 这单{A}转寄到 长沙市岳麓区麓谷大道627号 收件人还是他本人", "sto", "change_address A")
R("{A} 改派 郑州市金水区花园路与农业路交叉口 国贸360 5楼 丰巢柜也行", "sf", "change_address A")
R("修改收件地址 {A} → 武汉市洪山区珞喻路1037号 华中科技大学韵苑学生公寓21栋", "yunda",
  "change_address A")
R("{A} 麻烦改一下地址，改到 苏州市吴中区东吴北路 东吴大厦楼下快递柜", "zto", "change_address A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: urge
# ---------------------------------------------------------------------------------------------------------------
R("{A} 催一下", "yto", "urge A")
R("{A} 催件 买家急用", "zto", "urge A")
R("麻烦催催 {A} 买家天天问我", "yunda", "urge A")
R("{A}加急派送 明天要用的", "sf", "urge A")
R("{A} 能不能快点送 到你们站点两天了", "jt", "urge A")
R("这个催一下呢 {A}", "sto", "urge A")
R("{A} 尽快派送 谢谢老板", "zto", "urge A")
R("{A}催", "yto", "urge A")
R("买家说今天必须收到 {A} 帮忙催个派", "jd", "urge A")
R("{A} 咋还不到 催催", "yunda", "urge A")
R("{A} 麻烦跟派件员说一声 先送这个 买家在家等着", "cainiao", "urge A")
R("{A} 催派，派件网点说今天送结果没送", "ems", "urge A")
R("{A} 帮加个急 是生日礼物 后天生日", "jt", "urge A")
R("{A}\n催一下派送", "deppon", "urge A")
R("快手买家在直播间刷屏问物流😂 {A} 帮催下", "zto", "urge A")
R("{A} 催件 已经第四天了 别的都到了就这单没到", "yto", "urge A")
R("{A} 赶紧送吧 买家要给差评了", "sto", "urge A")
R("辛苦 {A} 催一下派件 谢谢", "ems", "urge A", draw="ems_s10")
R("{A} 在你们那边派送中一整天了 催一下", "yunda", "urge A")
R("{A} 加急", None, "urge A", draw="sf")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: verify_delivery
# ---------------------------------------------------------------------------------------------------------------
R("{A} 显示签收了 买家说没收到", "zto", "verify_delivery A")
R("{A} 核实签收", "yto", "verify_delivery A")
R("这单{A}显示已签收 但是买家家里没人 谁签的？帮查下", "yunda", "verify_delivery A")
R("{A} 虚假签收 买家根本没拿到 驿站也说没有", "jt", "verify_delivery A")
R("{A} 系统显示本人签收 买家说他这两天出差不在家", "sto", "verify_delivery A")
R("麻烦核实一下 {A} 的签收情况 买家申请了仅退款说没收到货", "yto", "verify_delivery A")
R("{A} 妥投了但收件人没收到 请核实", "ems", "verify_delivery A")
R("{A} 显示放快递柜了 买家说没收到取件码 柜子里也找不到", "zto", "verify_delivery A")
R("截图里这单 {A} 显示签收 客户说别人签收了不是他", "sf", "verify_delivery A")
R("{A} 签收了？？买家说没有啊 帮忙问下快递员放哪了", "cainiao", "verify_delivery A")
R("{A} 买家说没收到，物流显示门卫代签，麻烦核实", "jd", "verify_delivery A")
R("{A} 显示签收没收到", "deppon", "verify_delivery A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: damaged
# ---------------------------------------------------------------------------------------------------------------
R("{A} 破损", "zto", "damaged A")
R("{A} 买家收到外箱破了 里面杯子碎了两个", "yto", "damaged A")
R("{A} 压坏了 买家发了照片 盒子都扁了", "yunda", "damaged A")
R("{A} 漏液 洗衣液洒了一箱", "sto", "damaged A")
R("{A}水果烂了 买家拒绝签收前拍了视频", "jt", "damaged A")
R("{A} 到了是坏的 屏幕裂了 包装是我亲手打的三层泡沫", "sf", "damaged A")
R("登记破损 {A}", "zto", "damaged A")
R("{A} 东西烂了 登记一下", "cainiao", "damaged A")
R("{A} 外包装破损 货有磕碰 买家还没签", "jd", "damaged A")
R("{A} 花瓶碎了", "deppon", "damaged A")
R("{A} 到货变形了 铁盒压瘪", "yto", "damaged A")
R("{A} 买家说收到的时候箱子湿透了 里面的书全泡了", "ems", "damaged A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: lost
# ---------------------------------------------------------------------------------------------------------------
R("{A} 丢件了", "zto", "lost A")
R("{A} 这单遗失 网点说找不到", "yto", "lost A")
R("{A} 件没了 哪都找不着 中转说没到 派件说没收到", "yunda", "lost A")
R("{A} 买家收到少件 一箱6瓶只有4瓶 箱子是好的", "jt", "lost A")
R("{A} 一周没动了 是不是丢了", "sto", "lost A")
R("{A} 丢了吧这个 十天了没有任何更新", "sf", "lost A")
R("登记遗失 {A}", "ems", "lost A", draw="ems_s10")
R("{A} 买家开箱发现少了一件 两件装的只有一件", "zto", "lost A")
R("{A} 丢件 麻烦登记", "deppon", "lost A")
R("{A} 揽收之后就没了 查不到任何中转 肯定丢了", "cainiao", "lost A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: weight (figures are not waybills, but these are the ordinary weight disputes)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 查重量", "zto", "weight A")
R("{A} 核重 这单才一件T恤", "yto", "weight A")
R("{A} 重量不对 我称的0.8公斤 你们扣了3公斤的钱", "yunda", "weight A")
R("{A} 超重了？一双拖鞋怎么可能超重 帮称一下", "sto", "weight A")
R("{A} 计费重量不对，麻烦复核", "jt", "weight A")
R("{A} 帮我核一下重量 账单上这单多扣了6块", "zto", "weight A")
R("{A} 称一下 后台显示5.2kg 我发的是两包纸巾", "sf", "weight A")
R("{A} 这票重量有问题 帮核实下", "deppon", "weight A")
R("核重 {A} 我这边电子秤1.15 你们系统2.6", "jd", "weight A")
R("{A} 抛重算的不对吧 箱子就30*20*10", "yunda", "weight A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: track
# ---------------------------------------------------------------------------------------------------------------
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("{A} 什么时候能到", "yunda", "track A")
R("查件 {A}", "sto", "track A")
R("{A}?", "jt", "track A")
R("麻烦帮查下 {A} 物流到哪了 买家问", "sf", "track A")
R("{A} 帮看下现在在哪", "cainiao", "track A")
R("{A} 今天能派送吗", "zto", "track A")
R("{A}\n查一下物流", "ems", "track A")
R("{A} 物流轨迹发我一下 买家要截图", "yto", "track A")
R("帮我看看{A}到哪儿了亲", "jd", "track A")
R("{A} 到你们网点了没", "yunda", "track A")
R("{A}", "deppon", "track A")
R("查一下这个 {A}", None, "track A", draw="jd")
R("{A} 现在什么状态", "sto", "track A")
R("{A} 派送了吗", "jt", "track A")
R("截图里这单 {A} 看着是到站了 大概几点派？", "zto", "track A")
R("{A} 还要几天", "ems", "track A", draw="ems_s10")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: delay
# ---------------------------------------------------------------------------------------------------------------
R("{A} 三天没动了", "zto", "delay A")
R("{A} 好几天没更新了", "yto", "delay A")
R("{A} 卡在中转站不动了", "yunda", "delay A")
R("{A} 延误了 登记一下", "sto", "delay A")
R("{A} 怎么还没到 是不是延误了", "jt", "delay A")
R("{A} 物流停在 义乌转运中心 已经4天", "zto", "delay A")
R("{A} 说好的隔日达 这都第五天了", "sf", "delay A")
R("{A} 停滞了 一直显示运输中", "cainiao", "delay A")
R("{A} 打延误", "ems", "delay A")
R("{A} 这单超时了 承诺48小时到的", "jd", "delay A")
R("{A} 从发出到现在一直没更新过", "deppon", "delay A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: claim (compensation)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 申请理赔", "zto", "claim A")
R("{A} 要赔偿 东西丢了", "yto", "claim A")
R("{A} 破了 买家要赔钱 我这边也要你们赔付", "yunda", "claim A")
R("{A} 理赔 货值在订单里 保价了的", "sf", "claim A")
R("{A} 丢件 申请赔付", "jt", "claim A")
R("{A} 赔偿 杯子全碎 已经给买家退款了", "sto", "claim A")
R("{A} 我要理赔，货丢了一半", "deppon", "claim A")
R("{A} 这个理赔走一下", "jd", "claim A")
R("{A} 东西坏了要求赔偿", "cainiao", "claim A")
R("{A} 赔付", "ems", "claim A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: complaint
# ---------------------------------------------------------------------------------------------------------------
R("{A} 投诉快递员 态度太差", "zto", "complaint A")
R("{A} 投诉 不打电话直接放驿站", "yto", "complaint A")
R("我要投诉 {A} 派件员骂我买家", "yunda", "complaint A")
R("{A} 客诉 买家说快递员让他自己去网点拿", "jt", "complaint A")
R("{A} 投诉一下派件员 没送上楼还说送了", "sto", "complaint A")
R("{A} 这个小哥服务态度差，投诉", "sf", "complaint A")
R("投诉 {A}", "ems", "complaint A")
R("{A} 快递员私自收买家5块上楼费 我要投诉", "cainiao", "complaint A")
R("{A} complain", None, "complaint A", draw="jt", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: arbitration
# ---------------------------------------------------------------------------------------------------------------
R("{A} 申请仲裁", "zto", "arbitration A")
R("{A} 仲裁 派件网点说是我们包装问题 我不认", "yto", "arbitration A")
R("{A} 这个走仲裁吧 网点一直推", "yunda", "arbitration A")
R("{A} 提仲裁 破损责任不在我", "sto", "arbitration A")
R("麻烦帮 {A} 发起仲裁", "jt", "arbitration A")
R("{A} 判责不公 我要仲裁", "deppon", "arbitration A")
R("{A} 仲裁", "cainiao", "arbitration A")

# ---------------------------------------------------------------------------------------------------------------
# Plain requests: several numbers, one command
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n这三个催一下", "zto", "urge A B C")
R("拦截\n{A}\n{B}", "yto", "intercept A B")
R("{A} {B} 都是今天买家退款的 帮我拦回来", "yunda", "intercept A B")
R("下面几单查下到哪了\n{A}\n{B}\n{C}\n{D}", "jt", "track A B C D")
R("{A}、{B} 两单撤单 下午不用来收了", "sto", "cancel A B")
R("{A}\n{B}\n都显示签收了 两个买家都说没收到 是不是同一个驿站乱签的", "zto",
  "verify_delivery A B")
R("催件：{A} / {B}", None, "urge A B", draw={"A": "sf", "B": "jt"})
R("{A} {B} {C} 延误 三天没动", "yto", "delay A B C")
R("这两单帮核一下重量 {A} {B} 都是一个小盒子", "zto", "weight A B")

# ---------------------------------------------------------------------------------------------------------------
# Address change without a new address, and commands without a usable number: a person must look
# ---------------------------------------------------------------------------------------------------------------
R("{A} 买家要改地址", "zto", "change_address A", nh=True)
R("{A} 改一下地址 买家说填错小区了 我问下具体的再发你", "yto", "change_address A", nh=True)
R("{A} 改派", "yunda", "change_address A", nh=True)
R("{A} 收件人改为 周婷", "jt", "change_address A", nh=True)
R("拦截一下", "zto", "", nh=True)
R("截图里这单帮我拦截 买家不要了", "yto", "", nh=True)
R("刚刚那个单子 催一下", "yunda", "", nh=True)
R("今天早上发的那批都帮我查下到哪了", "sto", "", nh=True)
R("买家说显示签收了没收到 怎么处理", "jt", "", nh=True)
R("我昨天发的那个手机壳的件 改地址 杭州市拱墅区莫干山路100号", "zto", "", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# Hedged irreversible requests: confirm
# ---------------------------------------------------------------------------------------------------------------
R("{A} 要不拦截吧 买家一直在闹退款", "zto", "intercept A", cf=True)
R("{A} 可能要退回 买家说他再考虑一下", "yto", "intercept A", cf=True)
R("{A} 先拦着吧？我再问问买家", "yunda", "intercept A", cf=True)
R("看看 {A} 能不能撤单 我也不确定快递员拿走没有", "sto", "cancel A", cf=True)
R("{A} 好像得改个地址 买家说可能要回老家 新地址 河南省周口市川汇区七一路88号", "jt", "change_address A",
  cf=True)
R("{A} 买家好像不想要了 要不要拦一下呢", "zto", "intercept A", cf=True)
R("{A} 拦吧。。不对 先别。。唉 拦不拦我也拿不准", "yto", "intercept A", cf=True, cats=(2,))
R("{A} 要不先撤了？等买家确认了再重新下单", "cainiao", "cancel A", cf=True)
R("闲鱼买家说钱不够了想退 {A} 估计得拦截", "sf", "intercept A", cf=True)
R("{A} 应该要退回了 买家那边还没最终回复我", "jd", "intercept A", cf=True)

# ---------------------------------------------------------------------------------------------------------------
# Clear instructions with a checkable condition: not hedged
# ---------------------------------------------------------------------------------------------------------------
R("{A} 如果还没签收就拦截", "zto", "intercept A")
R("{A} 还没揽收的话就撤单", "yunda", "cancel A")
R("{A} 没派出去就改到 南京市鼓楼区汉中路2号 亚太商务楼前台", "sto", "change_address A")

# ---------------------------------------------------------------------------------------------------------------
# Questions about earlier requests or about the rules: a person answers
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截了吗", "zto", "", nh=True)
R("{A} 早上让改的地址改了没", "yto", "", nh=True)
R("{A} 拦截成功没有 买家在催我退款", "yunda", "", nh=True)
R("拦截要收费吗", "jt", "", nh=True)
R("改地址一单多少钱 跨省能改吗", "sto", "", nh=True)
R("{A} 理赔进度怎么样了 都一周了", "zto", "", nh=True)
R("{A} 之前报的破损有结果没", "cainiao", "", nh=True)
R("晚上十点以后发的拦截 第二天几点能处理", "yto", "", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# Chat without a request
# ---------------------------------------------------------------------------------------------------------------
R("好的 谢谢", "zto", "")
R("收到", "yto", "")
R("辛苦了老板🙏", "yunda", "")
R("明天几点来收件", "sto", "")
R("今天下午能多来一趟吗 有80多单", "jt", "")
R("面单快用完了 明天带两卷过来", "zto", "")
R("👍", "sf", "")
R("ok thx", None, "")
R("元旦放假吗 还揽收不", "yto", "")
R("上次说的月结价格 啥时候给我个准信", "yunda", "")
R("好的好的 麻烦了", "ems", "")
R("明天直播 预计300单左右 让小哥晚点来 八点以后", "zto", "")
R("行 那我等通知", "cainiao", "")
R("今天的件都拿走了吧？", "jt", "")
R("你们新来的那个小哥挺好的 给他点个赞", "sto", "")
R("哈哈哈 好的", "deppon", "")
R("在吗", "yto", "")
R("早", "zto", "")
R("打包袋有没有卖的 要大号的", "yunda", "")
R("下周开始我们改成下午四点发货 小哥四点半来就行", "jd", "")
R("嗯嗯 知道了", "sf", "")
R("谢谢亲 已经跟买家说了", "jt", "")

# ---------------------------------------------------------------------------------------------------------------
# Category 1: withdrawals and scoped negation
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 {B} 不用拦", "zto", "intercept A", cats=(1,))
R("{A} 不用拦了 买家又说要了", "yto", "", nh=True, cats=(1,))
R("{A} {B} {C} 都拦截，{B}除外 那个买家没退款", "yunda", "intercept A C", cats=(1, 7))
R("刚才那个 {A} 不用催了 买家说已经拿到了", "jt", "", nh=True, cats=(1,))
R("{A} 拦截 ……哦买家刚在多多上撤销退款了 那算了不拦了", "zto", "", cats=(1,))
R("不是不拦，是现在就拦 {A} 你们上次拖到签收了", "sto", "intercept A", cats=(1,))
R("{A} 不要退回，改派到 上海市浦东新区张江路665号 张江大厦3楼 收件人不变", "yto", "change_address A",
  cats=(1,))
R("不用理赔了 {A} 买家说在邻居家找到了", "yunda", "", nh=True, cats=(1,))
R("{A} 不要拦截 帮我催一下就行 买家还是要的", "zto", "urge A", cats=(1,))
R("{A} 别撤单 已经被揽收了 拦截吧", "jt", "intercept A", cats=(1, 2))
R("{A} 不用改地址了，买家说原地址能收，催一下吧", "sto", "urge A", cats=(1,))
R("买家说不退了 {A} 不用拦截了 继续派送吧", "yto", "", nh=True, cats=(1,))
R("{A} 拦截取消 买家又要了", "zto", "", nh=True, cats=(1,))
R("{A} 催一下 {B} 就不用催了 已经到驿站了", "yunda", "urge A", cats=(1,))
R("除了{C} 其他都拦：\n{A}\n{B}\n{C}", "jt", "intercept A B", cats=(1, 7))
R("{A} 不需要理赔 只要帮我核实一下签收就好", "sto", "verify_delivery A", cats=(1,))
R("{A} 破损了 不要赔偿 登记一下就行 买家那边我自己补偿", "yto", "damaged A", cats=(1,))
R("{A} 不是要拦截，是要改地址，改到 福州市鼓楼区五四路158号 环球广场19层", "zto", "change_address A",
  cats=(1,))
R("{A} 不投诉了 快递员刚道歉了", "yunda", "", nh=True, cats=(1,))
R("{A} 撤回拦截 买家不退款了", "sf", "", nh=True, cats=(1,))
R("{A} 这个先不用退回 也不用催 就帮我看看到哪了", "jt", "track A", cats=(1,))
R("{A} 和 {B} 都不用拦了 多多那边买家取消了退款申请", "zto", "", nh=True, cats=(1, 7))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n中间那个不拦 写错了", "yto", "intercept A C", cats=(1, 7))
R("{A} 没丢 买家自己放错地方了 之前那个遗失登记撤了吧", "cainiao", "", nh=True, cats=(1,))
R("{A} 不要撤单！已经发出去了 要拦截！", "yunda", "intercept A", cats=(1,))
R("{A} 不用拦截也不用改地址 买家说按原地址送就行", "jd", "", nh=True, cats=(1,))
R("{A} 拦截 不对不对 不拦 是{B}要拦", "zto", "intercept B", cats=(1, 2))
R("{A} 不是不想要 是没收到 帮核实签收", "sto", "verify_delivery A", cats=(1,))
R("{A} 取消寄件……不用取消了 小哥已经来拿了 没事了", "jt", "", cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# Category 2: corrections of the command or of the number
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 更正 单号打错了 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改址取消，还是拦截吧", "yunda", "intercept A", cats=(1, 2))
R("{A} 催件\n不对 是{B} 上面那个复制错了", "jt", "urge B", cats=(2,))
R("{A} 拦截\n更正：不是拦截 是改地址 改到 天津市南开区鞍山西道 南开大学西门菜鸟驿站", "sto",
  "change_address A", cats=(2,))
R("{A} 查重量\n啊不是 查件 看看到哪了", "zto", "track A", cats=(2,))
R("{A} 催一下吧 算了还是拦截吧 买家等不了了", "yto", "intercept A", cats=(2,))
R("撤单 {A}\n哦 已经发出去了 那拦截", "yunda", "intercept A", cats=(2,))
R("{A} 改到 深圳市宝安区新安街道创业一路1001号 不对 改到 深圳市宝安区西乡街道宝源路148号 臣田工业区",
  "zto", "change_address A", cats=(2,))
R("{A} 拦截 {B} 催件 —— 搞反了，{A}催件 {B}拦截", "jt", "urge A; intercept B", cats=(2, 7))
R("{A} 显示签收了没收到\n哦买家说在门卫那找到了 不好意思 没事了", "sto", "", cats=(1, 2))
R("{A} 破损\n更正一下 是少件 外箱没破 里面少了一盒", "yto", "lost A", cats=(2,))
R("{A:cut} 催一下\n少打了一位 是 {A}", "zto", "urge A", cats=(2, 6))
R("{A} 理赔\n更正单号 {B}", "yunda", "claim B", cats=(2,))
R("{A} 延误登记 ……还是直接帮我催件吧 登记了也没用", "jt", "urge A", cats=(2,))
R("{A} 投诉\n算了 投诉也没用 赔钱吧 东西确实丢了", "sto", "claim A", cats=(2, 8))
R("{A} 撤单\n说错了 是拦截 昨天就发了", "cainiao", "intercept A", cats=(2,))
R("查件 {A}\n哦不 不是这个 是 {B}", "sf", "track B", cats=(2,))
R("{A} 改地址到 西湖区文三路90号\n不好意思 买家又说不改了 直接退回吧", "zto", "intercept A", cats=(2,))
R("{A} 拦截退回，单号没错吧我看看……对 就是这个", "yto", "intercept A")
R("{A} 核重\n哦对不起 发错群了 这个是中通群的", "yunda", "", cats=(2,))
R("{A} 催件 哦不对 应该是丢了 一周了都 帮登记遗失", "jd", "lost A", cats=(2,))

# ---------------------------------------------------------------------------------------------------------------
# Category 3: quotes, replies, forwarded notices, the bot's replies quoted back, buyers' chat pasted in
# ---------------------------------------------------------------------------------------------------------------
R("「王姐：{A} 拦截」\n- - - - - - - - - - - - - - -\n这个也拦截一下 {B}", "zto", "intercept B", cats=(3,))
R("「网点客服：@店长 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n好的 辛苦", "yto", "",
  cats=(3,))
R("「网点客服：@小七 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n不用拦了 买家又要了",
  "yunda", "", nh=True, cats=(1, 3))
R("「网点客服：@店长 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n两天了还没到 再催一下", "jt",
  "urge A", cats=(3,))
R("「网点客服：@淘淘家居 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n- - - - - - - - - - - - - - -\n那撤单吧",
  "sto", "cancel A", cats=(3,))
R("「网点客服：@阿琳 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n买家说没收到啊 帮核实下签收", "zto",
  "verify_delivery A", cats=(3,))
R("买家：“亲我地址填错了 能帮我改成 上海市闵行区七宝镇漕宝路3366号 万科城市花园 12号楼 吗”\n{A} 按买家说的改一下",
  "yto", "change_address A", cats=(3,))
R("引用 小李：{A} 催件\n这单再催 买家都要骂人了", "yunda", "urge A", cats=(3,))
R("回复 @仓库阿强：{A} {B} 今天下午发的\n这两个查下到哪了", "zto", "track A B", cats=(3,))
R("买家原话：“为什么显示签收了 我没收到啊 柜子里也没有”\n{A} 帮核实下", "sto", "verify_delivery A", cats=(3,))
R("「买家：你们这个快递压坏了 瓶子碎了一地」\n- - - - - - - - - - - - - - -\n{A} 我要理赔", "jt", "claim A",
  cats=(3, 8))
R("转发一下网点通知：\n【圆通XX网点】双11期间揽收截止时间调整为19:00，拦截、改址请于当日20:00前提交，逾期次日处理。\n大家注意下", "yto",
  "", cats=(3,))
R("网点发的：“格式：单号+拦截，例如 {A} 拦截，一行一单”\n知道了 下次按这个发", "zto", "", cats=(3,))
R("买家说“快递到哪了 怎么还没到 再不到我就投诉你”\n{A} 帮我催下 别让他真投诉了", "yunda", "urge A", cats=(3,))
R("「陈姐：{A} 不用拦截了」\n- - - - - - - - - - - - - - -\n不 还是要拦 买家又反悔了", "zto", "intercept A",
  cats=(1, 3))
R("「客服助手：@店长 {A} 改址已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n谢谢 另外 {B} 也催一下", "jt",
  "urge B", cats=(3,))
R("引用 网点小王：{A} 这个重量没问题 称了就是3.2公斤\n你们再称一次 我发的就一件羽绒服 最多1公斤", "sto", "weight A",
  cats=(3, 4))
R("「店长：{A} {B} 拦截」\n- - - - - - - - - - - - - - -\n第二个不用拦了 买家没退款", "yto", "", nh=True, cats=(1, 3))
R("买家在拼多多上发的：“我收到的是碎的 你看着办吧”\n截图里这单 {A} 登记破损 投诉一下快递员 外箱都是脚印", "zto",
  "damaged A; complaint A", cats=(3, 8))
R("「客服助手：@小鱼 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n好 再帮我申请个理赔 货值199",
  "yunda", "claim A", cats=(3, 4, 8))
R("回复 @网点客服：@店长 {A} 撤单成功\n收到 谢谢", "cainiao", "", cats=(3,))
R("「客服助手：@阿福 {A} 已为您登记延误工单，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n登记了有啥用 直接催啊", "jt",
  "urge A", cats=(3,))
R("「客服助手：@芒果小店 您的消息已转人工客服处理，请稍候」\n- - - - - - - - - - - - - - -\n好的 等着", "zto", "", cats=(3,))
R("买家：“能不能别送了 我不要了 退给你”\n{A} 那就拦吧 跟买家说好了", "sto", "intercept A", cats=(3,))
R("买家说：“我明天就出差了 快递能不能先别送 放到下周”\n这个不知道能不能办 {A}", "yto", "", nh=True, cats=(3,))
R("引用 阿珍：{A} 改地址 江苏省无锡市梁溪区中山路333号\n我是阿珍同事 这单地址是对的 不用改了 别听她的", "zto", "",
  nh=True, cats=(1, 3))
R("「客服助手：@老陈 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n不拦 我发错了 这单是要催件", "yunda",
  "urge A", cats=(1, 3))
R("【转】网点通知：即日起改址需提供完整省市区+详细地址+收件人电话，缺项不予受理。\n收到", "sto", "", cats=(3,))
R("买家原话：“我家小区快递进不来 能送到北门保安亭吗”\n{A} 改送到小区北门保安亭 地址 北京市朝阳区望京西园三区北门", "jd",
  "change_address A", cats=(3,))

# ---------------------------------------------------------------------------------------------------------------
# Category 4: numbers that are not waybills: order numbers, buyers' phones (also PDD virtual numbers), amounts,
# weights, dates, pickup codes
# ---------------------------------------------------------------------------------------------------------------
R("订单号 {O}\n运单号 {A}\n拦截", "zto", "intercept A", cats=(4,))
R("{O} 这个订单的快递 {A} 催一下", "yto", "urge A", cats=(4,))
R("改址 {A} 收件人 刘洋 {PN} 江苏省南京市江宁区胜太路77号 东方龙湖畔3幢", "yunda", "change_address A",
  cats=(4,))
R("买家电话 {PN} 说没收到 {A} 显示签收了", "sto", "verify_delivery A", cats=(4,))
R("订单号 {O} 拦截", "jt", "", nh=True, cats=(4,))
R("{P} 这个买家的件拦一下", "zto", "", nh=True, cats=(4,))
R("{A} 破损 货值 268 元 申请理赔", "yto", "claim A", cats=(4, 8))
R("{A} 实重0.48kg 你们按2kg算的 多扣了8块", "zto", "weight A", cats=(4,))
R("11月9号发的 {A} 到现在没动", "zto", "delay A", cats=(4,))
R("{A} 改地址\n新地址：四川省绵阳市涪城区临园路东段56号\n收件人：何静\n电话：{P}转6632（多多虚拟号）", "yunda",
  "change_address A", cats=(4,))
R("{A} 电话改为 {PN}", "jt", "change_address A", nh=True, cats=(4,))
R("售后单号 {O}\n买家说少件 物流单号 {A}", "sto", "lost A", cats=(4,))
R("拼多多订单 {O}\n快递单号 {A}\n买家申请退货退款 还没签收 帮我拦截退回", "yto", "intercept A", cats=(4,))
R("{A} 取件码 8-3-2047 买家去柜子拿说没有 但显示签收了", "zto", "verify_delivery A", cats=(4,))
R("订单 {O} 和 {O2} 是合并发的一个包裹 {A} 催件", "yunda", "urge A", cats=(4,))
R("{A} 收件电话 {PN} 打不通 派件员说联系不上 那就退回吧", "jt", "intercept A", cats=(4,))
R("客户 {PN} 收件地址改成 厦门市思明区软件园二期观日路24号 单号 {A}", "sto", "change_address A", cats=(4,))
R("{A} 保价了500 丢了 按保价赔", "sf", "claim A", cats=(4, 8))
R("尾号5678的那个 拦截", "zto", "", nh=True, cats=(4,))
R("{A} 买家手机 {PN} 说快递员不打电话直接扔门口 投诉", "yto", "complaint A", cats=(4,))
R("快手订单号{O} 物流单号{A} 查一下到哪了", "zto", "track A", cats=(4,))
R("{A} 这单运费12元 结算单上变成23元了 重量肯定不对", "yunda", "weight A", cats=(4,))
R("{O}\n这个订单帮查一下物流", "jt", "", nh=True, cats=(4,))
R("{A} 12月3号就到你们网点了 今天都12月7号了还没派 催件", "sto", "urge A", cats=(4,))
R("下单手机号 {P} 收件手机号 {P2} 单号 {A}\n改地址 改成 湖北省宜昌市西陵区夷陵大道51号 其他不变", "zto",
  "change_address A", cats=(4,))
R("{A} 买家说只收到1件 订单是3件 订单号 {O}", "yto", "lost A", cats=(4,))
R("{A} 收件人电话 {PN} 改成 {PN2}", "yunda", "change_address A", nh=True, cats=(4,))
R("单号{A}，订单号{O}，买家{PN}，拒收，退回", "jt", "intercept A", cats=(4,))
R("{A} 2.5kg 首重10续重3 一共该收14.5 你们扣了20", "zto", "weight A", cats=(4,))
R("{A} 地址改为：广东省东莞市南城区鸿福路200号 第一国际C座2201 邓先生 {PN}", "sto", "change_address A",
  cats=(4,))
R("能退回吗 {A} 买家 {PN} 说不要了", "yto", "intercept A", cats=(4,))
R("{O}\n{A}\n仅退款已同意 拦", "zto", "intercept A", cats=(4,))
R("{A} 的收件人电话是 {P} 麻烦派件前联系一下 催一下派送 三天了", "yunda", "urge A", cats=(4,))
R("闲鱼订单{O} 对方说没收到 {A} 显示1月5日已签收", "sf", "verify_delivery A", cats=(4,))
R("买家 {PN} 打电话骂我 说快递员态度差 {A} 帮忙投诉一下", "ems", "complaint A", cats=(4,))
R("{A} 699块的耳机 箱子到了是空的 申请理赔 订单截图发你私聊", "jd", "claim A", cats=(4, 8))
R("{A} 收件人 孙浩 {PN} 新地址 山东省青岛市崂山区香港东路195号 上实中心 T3 1206 麻烦改下", "cainiao",
  "change_address A", cats=(4,))
R("{P}\n{A}\n买家号码和单号都在这了 催一下", "zto", "urge A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# Category 5: commands written other ways: English, pinyin, mixed, traditional characters, voice input, slang
# ---------------------------------------------------------------------------------------------------------------
R("{A} lanjie", "yto", "intercept A", cats=(5,))
R("{A} pls intercept, buyer refunded", None, "intercept A", draw="yto", cats=(5,))
R("{A} where is it now? customer keeps asking", None, "track A", draw="jt", cats=(5,))
R("{A} urgent pls, customer waiting", "sf", "urge A", cats=(5,))
R("Hi, can you cancel {A}? not picked up yet", "jd", "cancel A", cats=(5,))
R("{A} damaged on arrival, need compensation", None, "claim A", draw="deppon", cats=(5, 8))
R("cuijian {A}", "zto", "urge A", cats=(5,))
R("gaizhi {A} 杭州市滨江区网商路699号 阿里中心", "yunda", "change_address A", cats=(5,))
R("chedan {A}", "sto", "cancel A", cats=(5,))
R("{A} lj 买家退款了", "jt", "intercept A", cats=(5,))
R("{A} 帮我 intercept 一下 thx", "yto", "intercept A", cats=(5,))
R("{A} return to sender pls", None, "intercept A", draw="sf", cats=(5,))
R("{A} change address to: 重庆市渝北区金开大道1230号 两江星界T3-2105", "jt", "change_address A", cats=(5,))
R("{A} 這個件攔截 謝謝", "zto", "intercept A", cats=(5,))
R("{A} 簽收了但是買家沒收到", "yto", "verify_delivery A", cats=(5,))
R("那个单号是{A}啊帮我拦一下拦截哈谢谢啊", "yunda", "intercept A", cats=(5,))
R("喂 {A} 这个快递 我说一下啊 就是买家说他不要了 你给我退回来就行了", "sto", "intercept A", cats=(5,))
R("{A} 给我整回来 这单不发了", "zto", "intercept A", cats=(5,))
R("{A} 麻溜儿送 买家急眼了", "jt", "urge A", cats=(5,))
R("{A} tousu 快递员", "yunda", "complaint A", cats=(5,))
R("{A} lost? no update for 8 days", None, "lost A", draw="jd", cats=(5,))
R("{A} overweight charge is wrong, pls check weight", "deppon", "weight A", cats=(5,))
R("{A} signed but buyer didn't receive it", "cainiao", "verify_delivery A", cats=(5,))
R("{A} stuck for 4 days, no update", None, "delay A", draw="yto", cats=(5,))
R("{A} 催催催🙏🙏🙏", "zto", "urge A", cats=(5,))
R("{A} 帮我 cancel 掉 还没发", "yto", "cancel A", cats=(5,))
R("{A} 給我退回去 買家不要了", "sto", "intercept A", cats=(5,))
R("{A} lipei", "zto", "claim A", cats=(5,))
R("{A} plz hurry, it's been 5 days", None, "urge A", draw="jt", cats=(5,))
R("{A} 破損 買家拍了照片", "ems", "damaged A", draw="ems_s10", cats=(5,))
R("{A} cha yi xia dao na le", "yunda", "track A", cats=(5,))
R("嗯那个就是 {A} 这个啊 它那个 好像一直不动了 你帮我催一下哈", "jt", "urge A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# Category 6: numbers broken by the chat client or mistyped
# ---------------------------------------------------------------------------------------------------------------
R("{A:sp} 拦截", "ems", "intercept A", draw="ems_s10", cats=(6,))
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下", "zto", "urge A", cats=(6,))
R("{A:dash} 查件", "jt", "track A", cats=(6,))
R("{A:nl} 改址 杭州市上城区解放东路29号 迪凯银座", "zto", "change_address A", cf=True, cats=(6,))
R("{A:nl} 催件 买家急", "yunda", "urge A", cats=(6,))
R("{A:fw} 拦截", "yto", "intercept A", cats=(6,))
R("{A:lc} 到哪了", "jt", "track A", cats=(6,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:x} 催件", "sf", "", nh=True, cats=(6,))
R("{A:typo} 查一下", "ems", "", nh=True, draw="ems_s10", cats=(6,))
R("撤单 {A:nl}", "zto", "cancel A", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n这俩拦截", "ems", "intercept A B", draw="ems_s10", cats=(6,))
R("{A:dash} 显示签收 买家没收到", "sto", "verify_delivery A", cats=(6,))
R("{A:nl} 这个破损了 买家发照片了", "yunda", "damaged A", cats=(6,))
R("单号{A:cut}拦截 买家退款了", "zto", "", nh=True, cats=(6,))
R("{A:fw} 催件", "zto", "urge A", cats=(6,))
R("{A:lc} lanjie", "yto", "intercept A", cats=(5, 6))
R("{A:nl} 拦截 {B} 催件", "jt", "intercept A; urge B", cf=True, cats=(6, 7))
R("{A:sp} 改地址 昆明市五华区东风西路11号 顺城购物中心东塔", "sf", "change_address A", cats=(6,))
R("{A:cut} 改址 广州市番禺区市桥街东环路128号", "jt", "", nh=True, cats=(6,))
R("{A:x} 拦截", "jt", "", nh=True, cats=(6,))
R("截图里这单 {A:cut} 核一下重量 扣多了", "zto", "", nh=True, cats=(6,))
R("{A:nl} 查下到哪了", "cainiao", "track A", cats=(6,))
R("{A:dash} 撤单", "yto", "cancel A", cats=(6,))
R("{A:sp} 遗失登记", "ems", "lost A", draw="ems_s10", cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# Category 7: several parcels and commands: positions, ERP/spreadsheet rows pasted with tabs or spaces
# ---------------------------------------------------------------------------------------------------------------
R("订单编号\t快递公司\t运单号\t处理\n{O}\t中通\t{A}\t拦截\n{O2}\t中通\t{B}\t催件", "zto",
  "intercept A; urge B", cats=(4, 7))
R("{A}\n{B}\n{C}\n第一单拦截 后两单催一下", "yto", "intercept A; urge B C", cats=(7,))
R("{A} {B}\n上面两个拦截", "yunda", "intercept A B", cats=(7,))
R("{A}\n{B}\n{C}\n以上全部查件", "sto", "track A B C", cats=(7,))
R("{A}    拦截\n{B}    改址 南昌市红谷滩区会展路1009号 红谷滩万达广场\n{C}    催件", "jt",
  "intercept A; change_address B; urge C", cats=(7,))
R("{A} 拦截，{B} 撤单，{C} 催件", "sto", "intercept A; cancel B; urge C", cats=(7,))
R("这三单 {A} {B} {C} 第二单改地址 改到 太原市小店区长治路111号 山西国际金融中心 其余两单拦截", "zto",
  "change_address B; intercept A C", cats=(7,))
R("线上订单号\t物流单号\t收件人\t问题\n{O}\t{A}\t王**\t已签收 买家说没收到\n{O2}\t{B}\t李**\t破损", "yto",
  "verify_delivery A; damaged B", cats=(4, 7))
R("{A}\n{B}\n这两个 一个拦截一个催件", "yunda", "", nh=True, cats=(7,))
R("{A} {B} {C} {D}\n后面两个不用管 前面两个拦截", "jt", "intercept A B", cats=(1, 7))
R("最后一个催一下：{A} {B} {C}", "zto", "urge C", cats=(7,))
R("{A}拦截{B}拦截{C}催件", "yto", "intercept A B; urge C", cats=(7,))
R("单号\t操作\n{A}\t拦截\n{B}\t拦截\n{C}\t拦截\n{D}\t拦截", "yunda", "intercept A B C D", cats=(7,))
R("{A} 催件 {B} 也是", "sto", "urge A B", cats=(7,))
R("{A} 和 {B} 显示签收了都没收到，{C} 三天没动", "jt", "verify_delivery A B; delay C", cats=(7,))
R("{A}\t顺丰\t拦截\n{B}\t极兔\t催件\n{C}\t京东\t查件", None, "intercept A; urge B; track C",
  draw={"A": "sf", "B": "jt", "C": "jd"}, cats=(7,))
R("今天这几单\n1. {A} 拦截\n2. {B} 拦截\n3. {C} 改派 南宁市青秀区民族大道136号 华润大厦C座\n4. {D} 不用管", "zto",
  "intercept A B; change_address C", cats=(1, 7))
R("{A} {B} 前一个拦截 后一个撤单 还没揽收", "zto", "intercept A; cancel B", cats=(7,))
R("第一单查件第二单催件\n{A}\n{B}", "yto", "track A; urge B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n以上五单都是同一个买家下的 全部拦截 他说全都不要了", "yunda", "intercept A B C D E",
  cats=(7,))
R("{A} {B} {C}\n除了第一个 都催一下", "jt", "urge B C", cats=(1, 7))
R("{A}：拦截\n{B}：查重量\n{C}：投诉快递员", "sto", "intercept A; weight B; complaint C", cats=(7,))
R("快麦导出的 麻烦处理下\n物流单号\t买家昵称\t售后类型\t备注\n{A}\tt***8\t仅退款\t拦截\n{B}\t小***鱼\t退货退款\t已签收 不用拦",
  "zto", "intercept A", cats=(1, 4, 7))
R("{A}\n{B}\n{C}\n这几个 第一和第三 拦截", "yto", "intercept A C", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 改地址 佛山市顺德区大良街道南国东路3号 收件人 黄小姐 {P}", "yunda",
  "intercept A B; change_address C", cats=(4, 7))
R("下面这些都是破损的 登记一下\n{A}\n{B}\n{C}", "jt", "damaged A B C", cats=(7,))
R("{A} {B} 两单 第一单是之前贴错的不用管 帮催第二单", "zto", "urge B", cats=(7,))
R("运单号      状态        要求\n{A}   派送中      拦截\n{B}   运输中      催件\n{C}   已签收      核实签收", "sto",
  "intercept A; urge B; verify_delivery C", cats=(7,))
R("{A} {B}\n两个都撤单", None, "cancel A B", draw={"A": "jd", "B": "deppon"}, cats=(7,))

# ---------------------------------------------------------------------------------------------------------------
# Category 8: compound requests: compensation, damage with complaint, several intents for one number
# ---------------------------------------------------------------------------------------------------------------
R("{A} 破损 投诉快递员 直接扔的", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 破损 要赔偿 还要投诉快递员", "yto", "claim A; complaint A", cats=(8,))
R("{A} 拦截并投诉", "yunda", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 买家要投诉", "sto", "delay A; complaint A", cats=(8,))
R("{A} 快点送 买家投诉了", "jt", "urge A; complaint A", cats=(8,))
R("{A} 丢件 理赔", "zto", "claim A", cats=(8,))
R("{A} 少件 要赔", "yto", "claim A", cats=(8,))
R("{A} 显示签收没收到 帮核实签收 同时申请理赔", "yunda", "verify_delivery A; claim A", cats=(8,))
R("{A} 三天没动了 催一下 顺便投诉下这个网点", "sto", "urge A; complaint A", cats=(8,))
R("{A} 重量不对 多收了钱 投诉", "zto", "weight A; complaint A", cats=(8,))
R("{A} 漏液了 把别人的件也弄湿了 登记破损", "jt", "damaged A")
R("{A} 破损和延误一起登记", "yto", "damaged A; delay A", cats=(8,))
R("{A} 核实签收 并投诉派件员乱签", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 申请仲裁 顺便投诉这个网点", "yunda", "arbitration A; complaint A", cats=(8,))
R("{A} 压坏了 申请理赔 快递员态度也很差要投诉", "sto", "claim A; complaint A", cats=(8,))
R("{A} 拦截退回 另外查下重量 收费不对", "jt", "intercept A; weight A", cats=(8,))
R("{A} 丢了吧 要赔付 货值399", "zto", "claim A", cats=(4, 8))
R("{A} 改地址 改到 合肥市蜀山区黄山路459号 另外催一下 买家明天要用", "yto", "change_address A; urge A",
  cats=(8,))
R("{A} 问了三天都说在找 赔钱吧", "yunda", "claim A", cats=(8,))
R("{A} 显示签收 买家没收到 客户要投诉", "jt", "verify_delivery A; complaint A", cats=(8,))
R("{A} 破损 要投诉 不要赔偿", "zto", "damaged A; complaint A", cats=(1, 8))
R("{A} 我要仲裁 还要理赔", "sto", "arbitration A; claim A", cats=(8,))
R("{A} 催件 顺便查下重量", "yto", "urge A; weight A", cats=(8,))
R("{A} 理赔 投诉 仲裁 全都要 这网点太过分了", "yunda", "claim A; complaint A; arbitration A", cats=(8,))
R("{A} 漏液 赔偿 货值80 包装问题我认一半", "zto", "claim A", cats=(4, 8))
R("{A} 拦截 {B} 破损理赔 {C} 查件", "jt", "intercept A; claim B; track C", cats=(7, 8))
R("原单 {A} 丢了 要理赔 补发单 {B} 催一下", "sto", "claim A; urge B", cats=(7, 8))
R("{A} 少件 外箱有二次封口的胶带 投诉 要求赔偿", "yto", "claim A; complaint A", cats=(8,))
R("{A} 碎了 投诉", "cainiao", "damaged A; complaint A", cats=(8,))
R("{A} 延误+投诉 承诺时效没做到", "sf", "delay A; complaint A", cats=(8,))
R("{A} 外箱破损 里面少了两件 要赔偿", "deppon", "claim A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------------
# A number with a wish outside the intents: a person must look
# ---------------------------------------------------------------------------------------------------------------
R("{A} 派件前让快递员先打个电话 买家白天上班", "zto", "", nh=True)
R("{A} 能不能改成到付", "yto", "", nh=True)
R("{A} 这个件到了先别派 放网点我让买家自己去拿 顺便告诉我到哪了", "yunda", "track A", nh=True)
R("{A} 发票怎么开", "sto", "", nh=True)
R("{A} 买家要求送货上门 不要放驿站", "jt", "", nh=True)


# ---------------------------------------------------------------------------------------------------------------
# More plain requests, from the quieter carriers' groups and the rest of the day
# ---------------------------------------------------------------------------------------------------------------
R("{A} 麻烦登记个遗失 网点说件找不到了", "ems", "lost A")
R("{A} 从广州发出后就没消息了 六天了", "jd", "delay A")
R("{A} 这票核实下重量 我们寄的是一个小纸箱 怎么按20公斤收了", "deppon", "weight A")
R("{A} 这个也申请仲裁 派件网点的判责我们不认可", "zto", "arbitration A")
R("{A} 麻烦撤销寄件 客户改主意了 小哥还没上门", "sf", "cancel A")
R("{A} 地址改成 北京市海淀区中关村大街27号 中关村大厦9层前台", "ems", "change_address A")
R("{A} 买家拆开发现陶瓷摆件断成两截", "cainiao", "damaged A")
R("{A} 买家说根本没人给他打过电话 就显示签收了 核实一下", "jd", "verify_delivery A")
R("{A} 要拦回来 收货地址那个店已经关门了", "deppon", "intercept A")
R("{A} 帮我催个件 孩子开学要用的书", "ems", "urge A")
R("{A} 查询物流", "sf", "track A")
R("{A} 这单赔了吧 东西就算找回来也过季了", "yto", "claim A")
R("{A} 态度恶劣 还威胁买家 投诉！", "jd", "complaint A")
R("{A} 显示在派送 但是快递员说件不在他那 丢了？", "cainiao", "lost A")
R("{A} 超重费扣得离谱 一个手机壳收我首重加三公斤", "jt", "weight A")
R("{A} 到分拨中心两天没动了", "ems", "delay A", draw="ems_s10")
R("{A} 不寄了 面单还没贴 取消订单吧", "yunda", "cancel A")
R("{A} 能帮忙拦截吗 买家说留错地址了 不想改了直接退", "sto", "intercept A")
R("今天有没有人来收件啊 都四点了", "zto", "")
R("新店开张 以后多关照🙏", "yto", "")
R("换了个客服号 以后用这个号在群里发", "jt", "")


W.main()
