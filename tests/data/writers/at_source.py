"""Writer "at": the screenshot pasters.

Casting note. Small and mid-size e-commerce merchants (Taobao, Pinduoduo, Douyin shops, a few WeChat resellers)
who do their after-sales work from the phone: they long-press a screenshot, let the phone's OCR ("提取文字")
turn it into text and paste that into the outlet's group, then type their request above or below it -- or they
copy whole blocks out of the carrier app, the shop back-end's order page, the 物流详情 page or the buyer's chat.
So their messages carry tracking lines with dates, times and places ("2026-11-12 14:03 【杭州转运中心】已发出"),
courier names and phones, platform order numbers, prices and SKU names, field labels (运单号: 收件人: 联系电话:),
masked names and phones, app buttons that came along with the crop ("复制", "查看更多物流信息"), and OCR noise:
stray spaces inside words, 己/已 and 巳, 0/O and 1/l swapped inside words, lines broken in the middle of a number.
When OCR has eaten a digit of the waybill or the crop cut it off, the number is unusable and a person must look.
Half the time, though, they are just busy shopkeepers typing "YT… 拦截" like everybody else.
"""

from harness import Writer

W = Writer("at", seed=6169)
R = W.R

# ---------------------------------------------------------------- ordinary, typed by hand
# intercept
R("{A} 拦截", "yto", "intercept A")
R("拦截 {A}", "zto", "intercept A")
R("{A}\n拦截退回，谢谢", "sto", "intercept A")
R("麻烦拦截一下{A}，客户不要了", "jt", "intercept A")
R("{A} 退回", "yunda", "intercept A")
R("这个件帮忙拦回来 {A}", "sf", "intercept A")
R("{A} 截件 仓库发错货了", "jd", "intercept A")
R("{A}\n{B}\n这两个退回", "zto", "intercept A B")
R("{A} 别派了 直接退回来", "ems", "intercept A")
R("帮忙拦一下 {A} 谢谢啦", "deppon", "intercept A")
R("{A} 拦截！急！", "cainiao", "intercept A")
R("圆通的 {A} 拦截退回", None, "intercept A", draw="yto")
R("{A} 客户拒收了 退回", "yto", "intercept A")
R("能拦截吗 {A}", "sto", "intercept A")
R("{A} {B} {C} 全部拦截", "jt", "intercept A B C")
R("麻烦{A}做退件处理", "zto", "intercept A")
R("{A}拦截，地址写错了", "yunda", "intercept A")
R("老板 {A} 帮我截一下", "sf", "intercept A")
R("{A} 拦截退回到我们仓库 按原寄件地址退就行", "jd", "intercept A")
R("{A} 拦截 买家退款了", "cainiao", "intercept A")
R("拦截\n{A}\n{B}", "ems", "intercept A B")
R("@客服小助手 {A} 拦截一下 谢谢", "deppon", "intercept A")
R("{A} 这单已经发出去了 买家不要了 拦回来", "yto", "intercept A")
R("你好，{A}这个快递帮我拦截一下，买家申请了仅退款", "zto", "intercept A")
R("{A} 退回 退回 客户说不要了", "sto", "intercept A")
R("极兔 {A} 拦一下", None, "intercept A", draw="jt")
R("德邦 {A} 拦截退回 大件 别往客户那送了", None, "intercept A", draw="deppon")
R("{A} 帮忙拦下 能拦住吗", "yunda", "intercept A")
R("京东 {A} 退回 谢谢", None, "intercept A", draw="jd")
R("顺丰 {A} 截回来", None, "intercept A", draw="sf")
R("拦截：{A}、{B}", "jt", "intercept A B")
R("{A} 客户退款了 拦截", "ems", "intercept A")
R("{A} 拦截退回 地址写错了 拦回来我们重发", "cainiao", "intercept A")
R("在吗 {A} 拦截", "yto", "intercept A")
R("{A}，{B}，拦截，都是同一个买家的", "zto", "intercept A B")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("查一下 {A}", "sto", "track A")
R("{A} 什么时候能到啊", "jt", "track A")
R("帮查下这个件 {A}", "yunda", "track A")
R("{A}\n{B}\n查件", "sf", "track A B")
R("{A} 现在在哪", "jd", "track A")
R("{A} 帮我看看到哪了，客户在问", "ems", "track A")
R("{A} 轨迹查一下", "deppon", "track A")
R("{A} 今天能送到不", "cainiao", "track A")
R("{A}?", "yto", "track A")
R("请问 {A} 是不是还在转运中心", "zto", "track A")
R("{A} 查件 谢谢", "jt", "track A")
R("{A} 这个到哪了亲", "sto", "track A")
R("查件 {A} {B}", "yunda", "track A B")
R("京东的 {A} 物流到哪一步了", None, "track A", draw="jd")
R("{A} 派送了吗", "cainiao", "track A")
R("帮看下{A}的物流", "ems", "track A")
R("{A}\n{B}\n{C}", "yto", "track A B C")
R("{A} 大概几天到", "deppon", "track A")
R("顺丰 {A} 查一下 客户问到哪了", None, "track A", draw="sf")
R("{A} 到哪啦😂", "jt", "track A")

# urge
R("{A} 催一下", "yto", "urge A")
R("{A} 催件 客户急用", "zto", "urge A")
R("{A} 加急派送", "sto", "urge A")
R("麻烦催催 {A}", "jt", "urge A")
R("{A} 咋还不到 催催", "yunda", "urge A")
R("{A} {B} 尽快派送", "sf", "urge A B")
R("{A} 到站两天了还没派 催派", "jd", "urge A")
R("{A} 帮忙跟派件员说下今天送一下", "ems", "urge A")
R("催件\n{A}", "deppon", "urge A")
R("{A} 催一下 客户明天出差", "cainiao", "urge A")
R("催一下 {A} {B} {C}", "zto", "urge A B C")
R("{A} 能不能今天派 客户等着用", "sto", "urge A")
R("帮催 {A} 谢谢", "yunda", "urge A")
R("{A} 这个催一下吧 买家都问了好几遍了", "jt", "urge A")
R("圆通 {A} 加急", None, "urge A", draw="yto")
R("{A} 快点送吧 客户等不及了", "ems", "urge A")
R("{A} 催派 已经在派送站放一天了", "zto", "urge A")

# change_address (new address given)
R("{A} 改地址：浙江省杭州市西湖区文三路 华星科技大厦 前台收", "zto", "change_address A")
R("改址 {A}\n新地址：江苏省南京市鼓楼区中山北路 南艺后街小区东门 李女士", "yto", "change_address A")
R("{A} 地址改为 上海市闵行区七宝镇 万科城市花园 王先生", "sto", "change_address A")
R("{A} 转寄到 北京市朝阳区望京街道 阜通东大街 望京SOHO 收件人不变", "sf", "change_address A")
R("麻烦改派 {A} 送到 成都市武侯区 人民南路四段 客户公司前台", "jt", "change_address A")
R("{A}\n改地址\n广州市天河区 体育西路 天河城 B座", "yunda", "change_address A")
R("{A} 收货地址改成 湖北省武汉市洪山区 光谷步行街 菜鸟驿站", "cainiao", "change_address A")
R("{A} 客户搬家了 改到 郑州市金水区 花园路 国贸中心 刘女士收", "ems", "change_address A")
R("帮改个地址 {A} → 重庆市渝北区 龙溪街道 金港新区", "jd", "change_address A")
R("德邦 {A} 改址 新地址 天津市南开区 鞍山西道 科技大厦 一楼仓库", None, "change_address A", draw="deppon")
R("{A} 能改下地址吗 客户要送到公司 厦门市思明区 软件园二期 观日路", "yto", "change_address A")
R("{A} 改派到 长沙市岳麓区 麓谷街道 中电软件园 张工收", "zto", "change_address A")

# cancel
R("{A} 撤单", "zto", "cancel A")
R("撤单 {A} 不寄了", "yto", "cancel A")
R("{A} 取消寄件", "sf", "cancel A")
R("{A} 作废 已经重新下单了", "jd", "cancel A")
R("{A} 还没揽收 取消掉", "sto", "cancel A")
R("{A} {B} 这两单取消 客户不要了", "yunda", "cancel A B")
R("取消订单 {A}", "jt", "cancel A")
R("{A} 帮撤一下单 快递员还没来取", "ems", "cancel A")
R("{A} 面单打错了 作废", "cainiao", "cancel A")
R("德邦 {A} 撤单 货不发了", None, "cancel A", draw="deppon")
R("{A} 不寄了 撤销", "zto", "cancel A")
R("能帮我撤个单吗 {A}", "yto", "cancel A")
R("撤单：\n{A}\n{B}\n{C}", "sto", "cancel A B C")

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 好几天没更新了", "yunda", "delay A")
R("{A} 一直停在义乌分拨中心 不动了", "sto", "delay A")
R("{A} 打个延误", "jt", "delay A")
R("{A} 物流停滞 超时了", "yto", "delay A")
R("{A} 延误了 答应客户昨天到的", "sf", "delay A")
R("{A} 卡在中转站一个星期了", "ems", "delay A")
R("{A} 怎么还没到 是不是延误了", "deppon", "delay A")

# damaged
R("{A} 破损", "zto", "damaged A")
R("{A} 客户说外箱压坏了 里面杯子碎了", "yto", "damaged A")
R("{A} 漏液了 洗发水全漏了", "yunda", "damaged A")
R("{A} 东西烂了 水果全压烂", "sf", "damaged A")
R("{A} 登记一下破损 客户有开箱视频", "jd", "damaged A")
R("{A} 损坏", "deppon", "damaged A")
R("{A} 到货玻璃碎了", "cainiao", "damaged A")
R("{A} 外包装破了 东西掉出来了", "sto", "damaged A")

# lost
R("{A} 丢件了", "zto", "lost A")
R("{A} 一周没动 是不是丢了", "sto", "lost A")
R("{A} 少件 客户只收到一箱 应该两箱", "deppon", "lost A")
R("{A} 件没了 网点说找不着", "yto", "lost A")
R("{A} 遗失 登记一下", "ems", "lost A")
R("{A} 快递丢了吧 物流最后一条是十天前的", "jt", "lost A")

# weight
R("{A} 核重", "zto", "weight A")
R("{A} 重量不对 帮查一下", "yto", "weight A")
R("{A} 超重了？我们发的是小件 称一下", "sto", "weight A")
R("{A} 查重量 运费扣多了", "jt", "weight A")
R("{A} 这个称重有问题", "deppon", "weight A")

# verify_delivery
R("{A} 显示签收了 客户说没收到", "zto", "verify_delivery A")
R("{A} 核实签收", "yunda", "verify_delivery A")
R("{A} 虚假签收 客户根本没拿到", "sto", "verify_delivery A")
R("{A} 别人签收了 不是本人签的", "yto", "verify_delivery A")
R("{A} 妥投了但是客户没收到 帮核实", "ems", "verify_delivery A")
R("{A} 显示已签收 买家说家里没人收过", "jt", "verify_delivery A")

# claim, complaint, arbitration
R("{A} 申请理赔", "zto", "claim A")
R("{A} 要赔偿 货值挺高的", "sf", "claim A")
R("{A} 赔付一下吧 客户那边我们已经先赔了", "jd", "claim A")
R("{A} 投诉派件员 态度太差", "yto", "complaint A")
R("{A} 客诉 快递员没打电话直接放驿站", "zto", "complaint A")
R("投诉 {A} 快递员让客户自己去网点取", "sto", "complaint A")
R("{A} 我要投诉 这个网点太不负责了", "yunda", "complaint A")
R("{A} 申请仲裁", "jt", "arbitration A")
R("{A} 平台判我们责任 帮提交下仲裁", "sf", "arbitration A")

# hedged
R("{A} 要不拦截吧 客户好像不想要了", "zto", "intercept A", cf=True)
R("{A} 先拦着吧？我再问问客户", "yto", "intercept A", cf=True)
R("看看能不能撤单 {A}", "sto", "cancel A", cf=True)
R("{A} 可能要退回 买家还在犹豫", "jt", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说改到 杭州市滨江区 长河街道 江南星座", "yunda", "change_address A", cf=True)

# chit-chat, thanks
R("好的 谢谢", "zto", "")
R("收到", "yto", "")
R("明天几点来收件？", "sto", "")
R("辛苦了🙏", "jt", "")
R("今天有没有人来揽收啊", "yunda", "")
R("好嘞", "sf", "")
R("👌", "jd", "")
R("谢谢 麻烦了", "ems", "")
R("早上好", "deppon", "")
R("双十一快到了 你们那边会爆仓吗", "cainiao", "")
R("ok了 谢谢", "zto", "")
R("下午能多派个车来收吗 今天件多", "yto", "")
R("麻烦了 辛苦辛苦", "sto", "")
R("周末你们上班吗", "jt", "")
R("面单纸没了 能送一卷过来吗", "yunda", "")

# ---------------------------------------------------------------- ordinary, pasted from apps (no other numbers)
R("运单号：{A}\n收件人：王**\n麻烦拦截", "zto", "intercept A")
R("中通快递 {A} 复制\n派送中\n帮催一下", "zto", "urge A")
R("快递单号 {A}\n物流状态：运输中\n这个拦截退回", "yto", "intercept A")
R("圆通速递\n运单号 {A}\n已签收\n客户说没收到东西 帮核实", "yto", "verify_delivery A")
R("{A} 复制\n申通快递\n【运输中】\n这个件卡住了 催一下", "sto", "urge A")
R("物流详情\n极兔速递 {A}\n快件已到达【金华转运中心】\n查下什么时候到", "jt", "track A")
R("订单已发货\n快递公司：韵达快递\n快递单号：{A}\n买家不要了 退回", "yunda", "intercept A")
R("顺丰速运 运单号 {A}\n状态：待揽收\n撤单", "sf", "cancel A")
R("京东物流\n运单号：{A}\n配送中 配送员正在派送\n别送了 拦截", "jd", "intercept A")
R("中国邮政 EMS\n邮件号：{A}\n客户拒收 退回吧", "ems", "intercept A")
R("德邦快递 运单号{A}\n【已签收】 签收人：本人\n客户说箱子破了 登记破损", "deppon", "damaged A")
R("菜鸟裹裹\n运单号 {A} 复制\n包裹待取件\n取消寄件", "cainiao", "cancel A")
R("物 流 信 息\n运单号：{A}\n【杭州市】快件离开 杭州转运中心\n到哪了", "zto", "track A")
R("运单亏：{A}\n收件入：张**\n快件己签收\n客户没收到", "yto", "verify_delivery A")
R("{A}\n快件巳到达【义乌分拨中心】\n好几天没动了", "sto", "delay A")
R("物流洋情\n{A}\n催下", "jt", "urge A")
R("这个帮拦一下\n韵达快递\n运单号：{A}\n运输中", "yunda", "intercept A")
R("改地址\n顺丰 {A}\n新收件地址：广东省佛山市顺德区 大良街道 新桂路 碧桂园 王小姐", "sf", "change_address A")
R("京东快递 {A}\n【配送员已取件】\n客户不要了 拦回", "jd", "intercept A")
R("邮件号 {A}\n状态 已收寄\n这个邮件撤单 客户取消订单了", "ems", "cancel A")
R("【德邦快递】{A}\n派送中\n催一下 今天一定要到", "deppon", "urge A")
R("{A} 复制\n菜鸟速递\n运输中 查看更多物流信息 >\n到哪了这个", "cainiao", "track A")
R("快递：中通快递\n单号：{A}\n物流：已揽收\n拦截", "zto", "intercept A")
R("圆通快递 运单号：{A}\n【问题件】收件人地址不详\n改下地址 南昌市红谷滩区 丰和中大道 绿地中央广场 刘先生", "yto", "change_address A")
R("申通快递\n{A}\n【派件中】\n不要派了 客户退款了 拦截", "sto", "intercept A")
R("极兔 {A}\n已签收 签收人 门卫\n客户说门卫那没有 帮核实一下", "jt", "verify_delivery A")
R("物流公司：韵达\n运单编号：{A}\n查下物流", "yunda", "track A")
R("顺丰速运\n{A}\n已揽件 运输中\n这个催一下 生鲜怕坏", "sf", "urge A")
R("京东物流 运单号{A}\n商品已损坏 客户拒收\n登记破损", "jd", "damaged A")
R("EMS 邮件号：{A}\n收件人：李*\n查件", "ems", "track A")
R("德邦 {A}\n【已签收】\n签收的不是本人 核实下", "deppon", "verify_delivery A")
R("{A}\n菜鸟驿站 待取件\n客户要改派送上门 地址 苏州市工业园区 星湖街 独墅湖邻里中心", "cainiao", "change_address A")
R("中通\n{A}\n{B}\n物流都是运输中\n两个都催", "zto", "urge A B")
R("运单号：{A}\n运单号：{B}\n这两个拦截", "yto", "intercept A B")
R("收件人：陈**\n运单号：{A}\n快递：申通\n好几天没动静了", "sto", "delay A")
R("物流详情 >\n{A} 极兔速递\n已到达 派送站\n加急派送谢谢", "jt", "urge A")
R("韵达 {A}\n状态：派件中\n客户投诉快递员把件扔门口", "yunda", "complaint A")
R("{A}\n顺丰标快\n丢了 找不到 登记遗失", "sf", "lost A")
R("京东 {A}\n等待揽收\n取消", "jd", "cancel A")
R("邮政包裹 {A}\n一直显示 已收寄\n催下 怎么还没发", "ems", "urge A")
R("德邦快递\n{A}\n大件家具 客户说少了一个包装\n少件", "deppon", "lost A")
R("菜鸟 {A}\n客户拒收 退回", "cainiao", "intercept A")
R("{A} 中通快递\n已签收\n称重不对吧 这么轻的东西怎么收那么多", "zto", "weight A")
R("圆通 运单号 {A}\n运输中\n客户要求改地址 改成 沈阳市和平区 南京南街 万达广场 于女士", "yto", "change_address A")
R("复制单号 {A}\n申通快递 派送中\n东西是易碎品 客户说已经碎了", "sto", "damaged A")
R("物 流 单 号：{A}\n状 态：运 输 中\n撤 单", "jt", "cancel A")
R("韵达快递\n运单号 {A}\n物流信息：暂无\n还没揽收 作废掉", "yunda", "cancel A")
R("顺丰 {A}\n投诉 快递员私自放丰巢 不通知", "sf", "complaint A")
R("京东物流\n{A}\n延误\n说好的次日达", "jd", "delay A")
R("中国邮政\n{A}\n已妥投\n客户说没收到 是不是别人领走了", "ems", "verify_delivery A")
R("德邦 运单号：{A}\n帮我查一下这单重量 感觉收贵了", "deppon", "weight A")
R("菜鸟速递\n{A}\n好久没更新了", "cainiao", "delay A")
R("@客服 圆通 {A}\n【运输中】\n查一下", None, "track A", draw="yto")
R("顺丰速运 {A}\n极兔速递 {B}\n两个都查下", None, "track A B", draw={"A": "sf", "B": "jt"})
R("京东 {A} 拦截\n德邦 {B} 拦截", None, "intercept A B", draw={"A": "jd", "B": "deppon"})
R("极兔速递 运单号：{A}\n申请理赔 东西丢了找不回来", "jt", "claim A", cats=(8,))
R("商品：羊毛衫 藏青色\n快递：中通快递\n运单号：{A}\n买家要求退回", "zto", "intercept A")
R("商品：陶瓷花瓶 大号\n运单号：{A}\n碎了 客户发了照片", "yto", "damaged A")

# ---------------------------------------------------------------- pasted screens with dates, phones, orders, amounts
R("""物流详情
中通快递 {A}
2026-11-12 14:03 【杭州转运中心】已发出
2026-11-11 21:47 【浙江杭州萧山公司】已揽收
这都两天了 催一下""", "zto", "urge A", cats=(4,))
R("""订单编号：{O}
下单时间：2026-11-10 20:31:07
物流公司：圆通快递
快递单号：{A}
客户申请退款了 拦截""", "yto", "intercept A", cats=(4,))
R("""【派送中】您的快件正在派送，派件员：王师傅 电话：{P}
{A}
一直打不通电话 催一下""", "yunda", "urge A", cats=(4,))
R("""拼多多 订单编号 {O} 复制
商品：加厚保温杯 500ml 白色 ×1
实付：¥39.90
快递单号：{A}
买家说不要了 退回""", "jt", "intercept A", cats=(4,))
R("""{A}
2026-11-13 09:12 【深圳市】快件已在【深圳宝安新安营业部】签收，签收人：丰巢柜
客户说柜子里没有 核实一下""", "sf", "verify_delivery A", cats=(4,))
R("""抖音电商
订单号：{O}
物流单号：{A}
发货时间 2026-11-11 18:20
帮改地址 新地址：安徽省合肥市蜀山区长江西路669号 吴女士 {P}""", "sto", "change_address A", cats=(4,))
R("""运单号：{A}
收件人：刘**  138****2261
收件地址：河南省郑州市二七区***
到哪了""", "zto", "track A", cats=(4,))
R("""{A}
11-14 08:35 【长沙市】【长沙雨花区营业部】派件员：赵强 {PN} 正在为您派件
11-13 22:10 【长沙市】快件已到达 长沙转运中心
客户说今天不在家 别派了 退回吧""", "yto", "intercept A", cats=(4,))
R("""订单号 {O}
实付款 ¥268.00
商品 儿童羽绒服 120码 粉色
运单号 {A}
丢了 按实付金额理赔""", "jt", "claim A", cats=(4, 8))
R("""{A}
计费重量：3.5kg
实际重量：1.2kg
运费：¥18.00
核重""", "zto", "weight A", cats=(4,))
R("""韵达快递 {A}
2026-11-09 16:42 快件已到达 【义乌分拨中心】
今天都11-15了 还是这条 打延误""", "yunda", "delay A", cats=(4,))
R("""淘宝 订单编号：{O}
创建时间：2026-11-11 00:03:14
付款时间：2026-11-11 00:03:20
发货时间：2026-11-11 15:47:02
快递：申通快递 {A}
撤不了单了吧 那拦截""", "sto", "intercept A", cats=(4,))
R("""顺丰速运 {A}
预计 11月16日 18:00前送达
收件人：郭** 186****0093
客户要求明天送到 加急""", "sf", "urge A", cats=(4,))
R("""京东物流 {A}
2026-11-12 10:15:32 您的订单由第三方卖家拣货完成，待出库交付京东快递
还没出库 撤单""", "jd", "cancel A", cats=(4,))
R("""邮件号：{A}
收寄时间：2026-11-08 14:20
收寄局：浙江义乌江东揽投部
查下 客户说一个星期了""", "ems", "track A", cats=(4,))
R("""德邦快递 {A}
件数：2
重量：46kg
体积：0.32m³
运费：¥156
重量肯定不对 我们称的是30公斤""", "deppon", "weight A", cats=(4,))
R("""菜鸟速递 {A}
11/12 07:55 【上海】快件已到达【上海浦东集散中心】
11/12 13:21 【上海】派送员 孙师傅 {P} 正在派送
12号就派送了 现在还没送到 催催""", "cainiao", "urge A", cats=(4,))
R("""{A}
收件人：周先生 {PN}
收件地址：江苏省无锡市滨湖区蠡湖大道2009号
改到 无锡市梁溪区中山路343号 东方广场 周先生 电话不变""", "zto", "change_address A", cats=(4,))
R("""圆通速递 运单号：{A}
2026-11-14 09:03:11 【江苏省南京市】快件已被 南京市驿站 代收，联系电话：{PN}
客户说驿站找不到这个件""", "yto", "verify_delivery A", cats=(4,))
R("""{A}
订单号 {O}
金额 ¥1,299.00
客户收到屏幕碎了 要求赔偿""", "jd", "claim A", cats=(4, 8))
R("""申通快递 {A}
【派件员：吴师傅，电话：{P}】
派件员态度很差 还骂客户 投诉他""", "sto", "complaint A", cats=(4,))
R("""极兔速递
运单号：{A}
寄件时间：2026-11-10 17:35
收件人：马**
收件电话：150****7718
这个件到现在没揽收 取消""", "jt", "cancel A", cats=(4,))
R("""{A}
11月13日 20:14 已到达【成都转运中心】
11月14日 06:02 离开【成都转运中心】发往【绵阳】
11月14日 下午 派送中
绵阳那边帮催一下""", "yunda", "urge A", cats=(4,))
R("""订单编号:{O}
收货人:黄*
手机号:{PN}
快递单号:{A}
买家说收到货少了两件""", "zto", "lost A", cats=(4,))
R("""顺丰 {A}
寄托物：茶叶礼盒 ×2
保价：¥2000
外箱压扁了 盒子也坏了 登记破损""", "sf", "damaged A", cats=(4,))
R("""京东快递 {A}
配送员：李师傅 {PN}
已投放至 小区快递柜 取件码 836412
客户柜子里打开是空的""", "jd", "verify_delivery A", cats=(4,))
R("""邮件号 {A}
重量 0.86kg
资费 ¥12.00
收件人 赵* 136****4402
查一下什么时候能到""", "ems", "track A", cats=(4,))
R("""德邦快递
{A}
2026-11-10 寄出 到现在 2026-11-17 还在【石家庄】不动
延误""", "deppon", "delay A", cats=(4,))
R("""【菜鸟裹裹】您的包裹 {A} 已由 菜鸟驿站（阳光花园店）代收，请凭 3-2-1107 取件
客户说去驿站没找到 核实签收""", "cainiao", "verify_delivery A", cats=(4,))
R("""{A}
收件人：杨女士
电话：{PN}
新地址：福建省福州市鼓楼区五四路158号 环球广场 写字楼 前台
改址""", "yto", "change_address A", cats=(4,))
R("""运单号 {A}
2026-11-15 11:32 【郑州】已签收，签收人：家门口
客户说门口什么都没有 帮核实下签收""", "zto", "verify_delivery A", cats=(4,))
R("""订单号：{O}
运单号：{A}
物流状态：已发货 11-12
帮查查 买家说一直没收到短信""", "sto", "track A", cats=(4,))
R("""拼多多
{O}
极兔快递 {A}
退回 客户退款成功了""", "jt", "intercept A", cats=(4,))
R("""{A}  韵达快递
收件人 何** 159****3306
2026-11-13 15:20 派件中 快递员 {P}
收件人改成 何先生爱人 梅女士 {P2} 其他不变""", "yunda", "change_address A", nh=True, cats=(4,))
R("""顺丰 {A}
运费 ¥23 实际 ¥45
怎么多扣了这么多 核一下重量""", "sf", "weight A", cats=(4,))
R("""京东 {A}
下单 2026-11-11 21:00
承诺 2026-11-12 送达
现在 2026-11-14 了 延误了要投诉""", "jd", "delay A; complaint A", cats=(4, 8))
R("""EMS {A}
投递员：陈** {PN}
投递时间：2026-11-13 10:42
投递结果：他人收 收件人：保安
客户说保安没收到""", "ems", "verify_delivery A", cats=(4,))
R("""菜鸟速递 {A}
2026-11-12 收
2026-11-17 还是 运输中
丢了？""", "cainiao", "lost A", cats=(4,))
R("""中通 {A}
包裹重 2.1kg 按 5kg 收费
重量不对""", "zto", "weight A", cats=(4,))
R("""圆通 {A}
2026.11.12 18:22 【广州】快件在【广州转运中心】进行分拣
今天 11.16
帮催""", "yto", "urge A", cats=(4,))
R("""申通 {A}
收件人：宋** 电话 {PN}
地址：杭州市余杭区五常大道181号
快递员打了客户电话说放门卫 客户不同意 投诉""", "sto", "complaint A", cats=(4,))
R("""订单 {O}
{A}
还没发货 还没揽收 撤掉""", "jt", "cancel A", cats=(4,))
R("""韵达 {A}
商品：洗衣液 2kg×4瓶
到货漏了两瓶 登记破损""", "yunda", "damaged A", cats=(4,))
R("""{A}
顺丰速运
2026-11-13 09:48 派送中（快递员：何师傅，电话：{P}）
2026-11-13 12:30 已签收（代签收：前台）
前台说没收到 核实""", "sf", "verify_delivery A", cats=(4,))
R("""京东快递 {A}
订单号：{O}
客户要改地址 改为 北京市海淀区中关村大街27号 中关村大厦 {P}""", "jd", "change_address A", cats=(4,))
R("""邮件号 {A}
收件人 孙* 电话 {PN}
拦截 买家退货退款了""", "ems", "intercept A", cats=(4,))
R("""德邦快递 {A}
收货人：冯先生 {PN}
沙发 1件 已签收
客户说沙发腿断了 要赔偿""", "deppon", "claim A", cats=(4, 8))
R("""【菜鸟】{A}
预计送达 11月15日
收件人 谢** 137****8829
帮催一下 今天15号了""", "cainiao", "urge A", cats=(4,))
R("""中通快递
{A}
2026-11-14 16:03 【北京市】快件已发往【北京海淀】
2026-11-14 06:21 【北京市】快件已到达【北京转运中心】
到哪了 怎么往回走了""", "zto", "track A", cats=(4,))
R("""{A} 圆通
下单：2026-11-12 23:58
发货：2026-11-13 08:10
客户下单时间晚 货已经发了 帮拦截 换个新的重发""", "yto", "intercept A", cats=(4,))
R("""运单号：{A}
寄件人：王** 135****6620
收件人：钱** 189****0012
物品：手机壳 ×3 ¥29.9
撤单""", "sto", "cancel A", cats=(4,))
R("""极兔 {A}
派件员 {PN}
派件员说联系不上客户 客户电话是对的 {P2}
催一下继续派""", "jt", "urge A", cats=(4,))
R("""韵达快递 {A}
签收人：快递柜 2026-11-13 19:22
客户说柜子里的东西不是他的 拿错了 核实签收""", "yunda", "verify_delivery A", cats=(4,))
R("""顺丰 {A}
保价金额 ¥3000
寄件日期 11-10
件丢了 申请理赔""", "sf", "claim A", cats=(4, 8))
R("""京东 运单号 {A}
2026-11-13 13:05 【北京亦庄分拣中心】
2026-11-16 仍未更新
延误""", "jd", "delay A", cats=(4,))
R("""EMS {A}
订单号 {O}
投诉 三天了还在收寄局""", "ems", "complaint A", cats=(4,))
R("""{A}
德邦快递 2026-11-14
货物：鱼缸 1.2米
破了 玻璃全碎""", "deppon", "damaged A", cats=(4,))
R("""菜鸟 {A}
收件人：林** {PN}
地址：厦门市湖里区枋湖北二路1510号
改地址 改到 厦门市集美区杏林湾路478号 林女士""", "cainiao", "change_address A", cats=(4,))
R("""中通 {A}
运费 ¥8 首重1kg
称重写的 4.6kg 我们寄的是一件T恤
核重""", "zto", "weight A", cats=(4,))
R("""订单号：{O}
物流：圆通 {A}
客户问几号能到 11月20号前能到吗""", "yto", "track A", cats=(4,))
R("""{A}
2026-11-12 申通 已揽收
2026-11-12 到 杭州转运中心
后面就没有了 是不是丢了""", "sto", "lost A", cats=(4,))
R("""极兔速递 {A}
收件人：蔡**
电话：{PN}
客户电话打不通 改成 {P2}""", "jt", "change_address A", nh=True, cats=(4,))
R("""韵达 {A}
派送员 {P}
客户在上班 改送到公司 杭州市拱墅区莫干山路1418号 上城工业园 B栋""", "yunda", "change_address A", cats=(4,))
R("""顺丰 {A}
2026-11-14 14:10 已签收 签收人：他人代收
客户说没有人代收 虚假签收""", "sf", "verify_delivery A", cats=(4,))
R("""京东快递 {A}
金额：¥89.00
买家拒收 拦截 退回仓库""", "jd", "intercept A", cats=(4,))
R("""邮政 {A}
收件：赵** {PN}
地址：河北省保定市竞秀区朝阳北大街1008号
地址不全 客户补充了 改成 竞秀区朝阳北大街1008号 3单元502""", "ems", "change_address A", cats=(4,))
R("""{A}
德邦 2026-11-11 寄出
11-13 客户签收 发现少一箱
少件 一共三箱只到两箱""", "deppon", "lost A", cats=(4,))
R("""菜鸟 {A}
2026-11-13 10:00 派送中
2026-11-13 11:47 已签收
客户投诉快递员没送上楼 放一楼了""", "cainiao", "complaint A", cats=(4,))
R("""中通快递 {A}
店铺：小林家居旗舰店
订单：{O}
付款：¥56.80
查件""", "zto", "track A", cats=(4,))
R("""{A}
下单人：{PN}
物流：已揽收
买家退款了 拦截""", "yto", "intercept A", cats=(4,))

# ---------------------------------------------------------------- quotes, pasted chats, the bot's replies quoted back
Q = "\n- - - - - - - - - - - - - - -\n"
R("「快递助手：@杭州小林 {A} 拦截已提交，结果会第一时间通知您」" + Q + "拦截成功了没", "yto", "", nh=True, cats=(3,))
R("「快递助手：@晴天小铺 {A} 已为您催促派送，请耐心等待」" + Q + "还是没动啊 再催一下", "zto", "urge A", cats=(3,))
R("引用 快递助手：@阿May {A} 已签收，无法拦截\n客户说根本没收到 那帮核实一下签收", "sto", "verify_delivery A", cats=(3,))
R("回复 @快递助手：@老周家纺 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单", "jt", "cancel A", cats=(3,))
R("「快递助手：@米粒童装 {A} 改址已提交，结果会第一时间通知您」" + Q + "好的谢谢", "yunda", "", cats=(3,))
R("「快递助手：@米粒童装 {A} 拦截已提交，结果会第一时间通知您」" + Q + "不用拦了 客户又要了", "yunda", "", nh=True, cats=(1, 3))
R("「买家：我的快递到哪了？都好几天了」" + Q + "{A} 查一下", "sf", "track A", cats=(3,))
R("「阿芳：{A} 催件」" + Q + "这个改拦截 不用催了 客户不要了", "zto", "intercept A", cats=(2, 3))
R("「小陈：{A} 拦截」" + Q + "{B} 也拦截", "yto", "intercept B", cats=(3,))
R("回复 @小陈：{A} 拦截\n这个不是已经拦了吗 怎么还在派送", "sto", "", nh=True, cats=(3,))
R("""买家 12:01
我不要了 你给我退回去吧
卖家 12:03
好的亲 马上帮您拦截
-------------
{A} 拦截""", "jt", "intercept A", cats=(3, 4))
R("「顾客：地址写错了 帮我改到 南京市江宁区 双龙大道 金鹰湖滨天地 张女士」" + Q + "{A} 按这个地址改", "yunda", "change_address A", cats=(3,))
R("「快递助手：@小鹿食品 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + Q + "客户还要赔偿 东西全不能用了", "sf", "claim A", cats=(3, 8))
R("「快递助手：@李姐 您的消息已转人工客服处理，请稍候」" + Q + "等了半小时了 {A} 到底能不能拦", "jd", "intercept A", cats=(3,))
R("「李姐：{A} {B} 这俩催一下」" + Q + "第二个不用催了 已经签收了", "ems", "", nh=True, cats=(1, 3, 7))
R("{A} 地址写错 拦截\n------------------\n这个拦截成功没有 客户在问", "deppon", "", nh=True, cats=(3,))
R("「买家：电话写错了 应该是 {P}」" + Q + "{A} 帮改下收件电话", "cainiao", "change_address A", nh=True, cats=(3, 4))
R("「快递助手：@王记 {A} 已为您登记延误工单，结果会第一时间通知您」" + Q + "👍 谢谢", "zto", "", cats=(3,))
R("「快递助手：@王记 {A} 撤单成功」" + Q + "{B} 也撤一下", "yto", "cancel B", cats=(3,))
R("「小王：{A} 这个是不是丢了」" + Q + "是的 网点说找不到 登记丢件", "sto", "lost A", cats=(3,))
R("【中通快递】您的快件{A}已到达驿站，请凭取件码到 阳光小区东门驿站 取件。\n客户说人已经不在那个城市了 退回", "zto", "intercept A", cats=(3,))
R("""{A}
运输中
复制   拦截件   我要投诉   在线客服
催一下""", "jt", "urge A", cats=(3,))
R("""运单详情
{A}
[修改地址]  [拦截退回]  [催派]
已签收
客户说没收到""", "yunda", "verify_delivery A", cats=(3,))
R("「阿强：{A} 不用拦了」" + Q + "又要拦了 客户还是不要 拦截", "sf", "intercept A", cats=(2, 3))
R("回复 @快递助手：@糖糖 {A} 已为您催促派送，请耐心等待\n催了没用啊 投诉吧", "jd", "complaint A", cats=(3,))
R("「快递助手：@阿杰 {A} 已签收，无法拦截」" + Q + "好吧", "ems", "", cats=(3,))
R("「买家：再不到我就投诉你们了」" + Q + "{A} 帮查下到哪了", "deppon", "track A", cats=(3,))
R("「买家发来的截图：订单号 {O} 显示已签收」" + Q + "{A} 客户说没收到 核实一下", "cainiao", "verify_delivery A", cats=(3, 4))
R("「黄总：{A} 要改地址 客户给了新地址」" + Q + "新地址：上海市浦东新区 张江路 长泰广场 黄先生收", "zto", "change_address A", cats=(3,))
R("回复 王五：\n{A} 拦截\n---\n为啥还显示派送中", "yto", "", nh=True, cats=(3,))
R("「快递助手：@七七 {A} {B} 拦截已提交，结果会第一时间通知您」" + Q + "{B} 不用拦了 客户已经签收了", "sto", "", nh=True, cats=(1, 3))
R("""卖家中心 - 消息
买家（tb_xiaoyu）2026-11-14 10:22:05：
东西坏了 盒子都扁了 你们怎么包装的
买家（tb_xiaoyu）2026-11-14 10:22:40：
我要退货
——————————
{A} 破损 帮登记下""", "jt", "damaged A", cats=(3, 4))
R("""拼多多 商家客服
用户：快递员说放驿站了 我没收到短信
用户：驿站也说没有
-----------------------------
{A} 显示签收了 帮核实""", "yunda", "verify_delivery A", cats=(3,))
R("「快递助手：@小鱼 请确认：{A} 拦截退回？回复“确认”即办理」" + Q + "先不拦了 改成催件吧 客户又要了", "sf", "urge A", cats=(2, 3))
R("引用 张哥：顺丰 {A} 退回\n这个我已经联系客户了 不用退了", None, "", nh=True, cats=(1, 3), draw="sf")
R("引用 快递助手：@花花 {A} 已为您催促派送，请耐心等待\n{B} 这个也催一下", "zto", "urge B", cats=(3,))
R("「买家：能不能改个地址 我这周在老家」" + Q + "{A} 客户要改地址 等她发新地址", "yto", "change_address A", nh=True, cats=(3,))
R("「快递助手：@晨晨 {A} 已为您登记延误工单，结果会第一时间通知您」" + Q + "延误登记了然后呢 能不能加急派", "ems", "urge A", cats=(3,))
R("【京东】您的订单已由本人签收。如有疑问请致电京东客服。运单号 {A}\n本人没签 核实", "jd", "verify_delivery A", cats=(3,))
R("「阿梅：{A} 撤单」" + Q + "撤单成功了吗 怎么快递员还上门了", "deppon", "", nh=True, cats=(3,))

# ---------------------------------------------------------------- numbers broken by OCR or the chat client
R("邮件号：{A:sp}\n拦截退回", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("运单号：{A:sp}\n查下", "yto", "track A", cats=(6,))
R("运单号：{A:nl}\n拦截", "zto", "intercept A", cf=True, cats=(6,))
R("快递单号 {A:nl} 催一下", "sto", "urge A", cats=(6,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("运单号：{A:x}\n查件", "jt", "", nh=True, cats=(6,))
R("{A:fw} 撤单", "yunda", "cancel A", cats=(6,))
R("{A:lc} 拦截退回", "sf", "intercept A", cats=(6,))
R("{A:dash} 到哪了", "jd", "track A", cats=(6,))
R("运单号：YT7514…（截图没截全）\n拦截", "yto", "", nh=True, cats=(6,))
R("尾号 4471 的那个 拦截", "zto", "", nh=True, cats=(6,))
R("{A}\n{B:cut}\n都拦截", "jt", "intercept A", nh=True, cats=(6, 7))
R("EMS {A:nl}\n查件", "ems", "track A", cats=(6,), draw="ems_s10")
R("快递单号：{A:nl}\n收件人：王**\n改址 改到 苏州市姑苏区 人民路 察院场 王先生", "yunda", "change_address A", cf=True, cats=(6,))
R("顺丰速运 运单号 {A:sp}\n客户说不要了 退回", "sf", "intercept A", cats=(6,))
R("中通快递\n{A:sp}\n已签收\n客户说没收到", "zto", "verify_delivery A", cats=(6,))
R("【运单号】{A:nl}\n【状态】待揽收\n撤单", "jt", "cancel A", cf=True, cats=(6,))
R("{A:cut}\n这单催一下 客户急", "sf", "", nh=True, cats=(6,))
R("截图识别出来是 {A:x} 多了一位吧 拦截", "sf", "", nh=True, cats=(6,))
R("国际件 {A:sp} 到哪了", "ems", "track A", cats=(6,), draw="ems_s10")
R("运 单 号 ： {A:sp}\n派 送 中\n催 一 下", "deppon", "urge A", cats=(6,))
R("物流单号\n{A:nl}\n复制\n查一下", "cainiao", "track A", cats=(6,))
R("{A:fw}\n{B:fw}\n拦截", "yto", "intercept A B", cats=(6,))
R("{A:lc} 催件", "jt", "urge A", cats=(6,))
R("单号 {A:dash} 破损了", "ems", "damaged A", cats=(6,), draw="ems_s10")
R("京东快递 {A:nl} 退回", "jd", "intercept A", cf=True, cats=(6,))
R("圆通 {A:sp} 改地址 改到 宁波市鄞州区 天童南路 宁波文化广场 陈先生", "yto", "change_address A", cats=(6,))
R("邮件号：{A:cut}\n已妥投\n客户没收到", "ems", "", nh=True, cats=(6,), draw="ems_s10")
R("{A:nl}\n好几天没更新了", "yunda", "delay A", cats=(6,))
R("申通 {A:sp}\n{B:sp}\n两个都撤单", "sto", "cancel A B", cats=(6,))
R("极兔 单号后面几位看不清 {A:cut} 帮查下", "jt", "", nh=True, cats=(6,))
R("德邦 {A:fw} 核重", "deppon", "weight A", cats=(6,))
R("运单号：{A:nl}（识别换行了）\n改地址 改到 昆明市五华区 东风西路 三市街 杨女士", "sf", "change_address A", cf=True, cats=(6,))
R("菜鸟 {A:dash}\n签收了没收到", "cainiao", "verify_delivery A", cats=(6,))
R("快递单号 JT5106… 后面被截掉了 拦截一下", "jt", "", nh=True, cats=(6,))

# ---------------------------------------------------------------- negation and withdrawal
R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=(1,))
R("{A} 不用拦了 客户又要了", "zto", "", nh=True, cats=(1,))
R("{A} 撤单。算了 不撤了 客户刚又付款了", "sto", "", cats=(1,))
R("{A} 不要退回，改派到 青岛市市南区 香港中路 万象城 客服中心", "jt", "change_address A", cats=(1,))
R("不是不拦 是现在就拦 {A}", "yunda", "intercept A", cats=(1,))
R("{A} 不用催了 已经收到了", "sf", "", nh=True, cats=(1,))
R("{A}\n{B}\n{C}\n除了第二个都拦截", "jd", "intercept A C", cats=(1, 7))
R("{A} 不要撤单 已经揽收了 拦截", "ems", "intercept A", cats=(1,))
R("{A} 别拦了 改地址 改到 济南市历下区 泉城路 恒隆广场 赵女士", "deppon", "change_address A", cats=(1, 2))
R("{A} 不用理赔了 客户不追究了", "cainiao", "", nh=True, cats=(1,))
R("{A} 投诉撤销吧 快递员已经道歉了", "zto", "", nh=True, cats=(1,))
R("{A}\n{B}\n上面这两个 第一个不拦了 第二个继续拦", "yto", "intercept B", nh=True, cats=(1, 7))
R("{A} 不用撤了 客户又付款了", "sto", "", nh=True, cats=(1,))
R("没说不拦啊 {A} 拦截", "jt", "intercept A", cats=(1,))
R("{A} 拦截 哦 不对 不拦 客户说留着", "yunda", "", cats=(1, 2))
R("{A} 不退回了", "sf", "", nh=True, cats=(1,))
R("{A} 不用改地址了 原地址能收", "jd", "", nh=True, cats=(1,))
R("运单号：{A}\n【派送中】\n不用拦截了 已经派送了 就让客户签收吧", "ems", "", nh=True, cats=(1,))
R("不是要退回 是要转寄到 西安市雁塔区 小寨东路 赛格国际购物中心 {A}", "deppon", "change_address A", cats=(1,))
R("{A} 别催了 客户说不急", "cainiao", "", nh=True, cats=(1,))
R("{A} 拦截\n{B} 拦截\n{C} 这个不拦 客户收了", "zto", "intercept A B", cats=(1, 7))
R("{A} 退回 —— {A} 算了不退了 让它派吧", "yto", "", cats=(1,))
R("{A} 不是不要了 是要改地址 改到 太原市小店区 长风街 王府井百货 宋女士", "sto", "change_address A", cats=(1,))
R("订单 {O}\n快递 {A}\n客户取消退款申请了 不用拦截了", "jt", "", nh=True, cats=(1, 4))
R("{A} 别撤单啊 要拦截 已经发出了", "yunda", "intercept A", cats=(1,))
R("{A} 不查了 直接拦截吧", "sf", "intercept A", cats=(1,))
R("{A} {B} 两个件 {A}不用退了 {B}退回", None, "intercept B", nh=True, cats=(1, 7), draw="jd")

# ---------------------------------------------------------------- corrections
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截\n更正 截图识别错了 单号是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改址取消，还是拦截吧", "sto", "intercept A", cats=(2,))
R("{A} 催件 —— 不对 是查件 看看到哪了", "jt", "track A", cats=(2,))
R("{A} 拦截\n{B} 催件\n不对 反了 {A}催件 {B}拦截", "yunda", "urge A; intercept B", cats=(2, 7))
R("{A} 改地址 改到 南京市玄武区 珠江路 不对不对 是 苏州市姑苏区 观前街 乐乐收", "sf", "change_address A", cats=(2,))
R("{A} 投诉 …… 算了 还是先催一下吧", "jd", "urge A", cats=(1, 2))
R("{A} 破损 更正：不是破损 是少件 少了一盒", "ems", "lost A", cats=(2,))
R("{A} 延误 哦不对 是丢了 网点说找不到", "deppon", "lost A", cats=(2,))
R("截图里的单号识别错了一位 {A:typo} 应该是 {A} 催一下", "cainiao", "urge A", cats=(2,))
R("{A} 取消 —— 打错了 是 {B} 取消 {A}是正常要发的", "zto", "cancel B", cats=(1, 2))
R("{A} 拦截 不对 改址 改到 合肥市包河区 马鞍山路 万达广场 许先生", "yto", "change_address A", cats=(2,))
R("{A} 核重 不对 我看错了 这单是丢了 要理赔", "sto", "claim A", cats=(2, 8))
R("{A:typo}\n上面这个单号是OCR识别的 不准\n正确的 {A} 到哪了", "jt", "track A", cats=(2,))
R("撤单 {A}\n更正：单号是 {B}", "yunda", "cancel B", cats=(2,))
R("{A} 催件，不对，是拦截，客户不要了", "sf", "intercept A", cats=(2,))
R("{A} 退回 等下 还是改个地址吧 改到 南宁市青秀区 民族大道 航洋国际 覃女士", "jd", "change_address A", cats=(2,))
R("{A} 改地址 不对 原地址没问题 是收件人电话错了 改成 {P}", "deppon", "change_address A", nh=True, cats=(2, 4))
R("{A} 查件 哦 还有 顺便拦截 不对 直接拦截就行 不用查", "cainiao", "intercept A", cats=(2,))
R("{A} 先撤单 ……不对 快递员已经取走了 拦截退回", "zto", "intercept A", cats=(2,))
R("{A} 打延误 不是 改成催件 今天必须送到", "yto", "urge A", cats=(2,))
R("{A} 地址改到 杭州市上城区 解放路 说错了 解放路是旧地址 新的是 杭州市上城区 钱江路 来福士", "sto", "change_address A", cats=(2,))
R("{A} 投诉快递员 更正 不是快递员 是驿站态度差 投诉驿站", "jt", "complaint A", cats=(2,))
R("{A} 拦截\n单号发错了 是这个 {B}", "yunda", "intercept B", cats=(2,))

# ---------------------------------------------------------------- other wordings: pinyin, English, dialect, voice input
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("{A} cuijian pls", "yto", "urge A", cats=(5,))
R("{A} gaizhi 新地址 武汉市江汉区 解放大道 武汉国际广场 程女士", "sto", "change_address A", cats=(5,))
R("{A} chedan", "jt", "cancel A", cats=(5,))
R("pls intercept {A}, customer refused", "sf", "intercept A", cats=(5,))
R("{A} where is it now?", "jd", "track A", cats=(5,))
R("{A} urgent!! customer needs it tomorrow", "ems", "urge A", cats=(5,), draw="ems_s10")
R("cancel the order {A} thx", "deppon", "cancel A", cats=(5,))
R("{A} return to sender", "cainiao", "intercept A", cats=(5,))
R("{A} 帮我hold住 别派 退回来", "yunda", "intercept A", cats=(5,))
R("那个什么 {A} 这个单子你帮我拦一下啊 客户说不要了 嗯 对 拦一下", "zto", "intercept A", cats=(5,))
R("{A} 帮我催建一下 客户明天要用", "yto", "urge A", cats=(5,))
R("{A} 给我整回来 不卖了", "sto", "intercept A", cats=(5,))
R("{A} 咋回事啊 都一礼拜了还没到 快给催催", "jt", "urge A", cats=(5,))
R("{A} 显示签收 人家压根没收着", "yunda", "verify_delivery A", cats=(5,))
R("{A} 东西稀碎 客户拍了视频", "sf", "damaged A", cats=(5,))
R("{A} 运费收忒多了 给瞅瞅重量", "jd", "weight A", cats=(5,))
R("{A} 甭送了 退", "ems", "intercept A", cats=(5,))
R("Tracking No.: {A}\nStatus: In transit\nplease expedite, thanks", "sf", "urge A", cats=(5,))
R("{A} 拦jie 谢谢", "deppon", "intercept A", cats=(5,))
R("{A} cancel掉 不发了", "cainiao", "cancel A", cats=(5,))
R("{A} 帮忙check一下签收 客户说没收到", "zto", "verify_delivery A", cats=(5,))
R("喂 那个 {A} 啊 就是那个 到哪了 帮我查一下 客户一直问", "yto", "track A", cats=(5,))
R("{A} 快递小哥太横了 说两句就挂电话 投诉他", "sto", "complaint A", cats=(5,))
R("{A} change address to 深圳市福田区 华强北路 赛格广场 Mr. Li", "jt", "change_address A", cats=(5,))
R("{A} damaged, box crushed", "yunda", "damaged A", cats=(5,))
R("{A} 退hui 退hui", "zto", "intercept A", cats=(5,))
R("{A} 嗯 那个帮我 改一下地址 改到 嗯 成都市锦江区 春熙路 IFS国际金融中心 就这个 谢谢啊", "sf", "change_address A", cats=(5,))

# ---------------------------------------------------------------- several parcels: positions, pasted tables
R("运单号\t收件人\t处理\n{A}\t王*\t拦截\n{B}\t李*\t催件\n{C}\t张*\t拦截", "zto", "intercept A C; urge B", cats=(7,))
R("{A}    拦截\n{B}    改址 杭州市萧山区 市心中路 萧山万象汇 周女士\n{C}    撤单", "yto", "intercept A; change_address B; cancel C", cats=(7,))
R("截图里三个单 第一个拦截 后两个催一下\n{A}\n{B}\n{C}", "sto", "intercept A; urge B C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上全部拦截", "jt", "intercept A B C D", cats=(7,))
R("{A} {B}\n上面两个撤单", "yunda", "cancel A B", cats=(7,))
R("订单 {O} 快递 {A} 待揽收\n订单 {O2} 快递 {B} 待揽收\n这两个都撤单", "zto", "cancel A B", cats=(4, 7))
R("1. {A} 拦截\n2. {B} 查件\n3. {C} 催件", "sf", "intercept A; track B; urge C", cats=(7,))
R("{A} 拦截 {B} 改地址 改到 东莞市南城区 鸿福路 汇一城 阿芬收", "jd", "intercept A; change_address B", cats=(7,))
R("{A}、{B}、{C} 最后一个拦截 前面两个催", "ems", "intercept C; urge A B", cats=(7,))
R("序号\t快递单号\t问题\n1\t{A}\t破损\n2\t{B}\t少件\n3\t{C}\t延误", "deppon", "damaged A; lost B; delay C", cats=(7,))
R("这两个 一个拦截一个催件 {A} {B}", "cainiao", "", nh=True, cats=(7,))
R("{A}   申通   拦截\n{B}   申通   拦截\n{C}   申通   查件", "sto", "intercept A B; track C", cats=(7,))
R("圆通 {A} 催件\n极兔 {B} 拦截\n顺丰 {C} 查件", None, "urge A; intercept B; track C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("""批量发货记录（截图）
{A}  已揽收
{B}  已揽收
{C}  待揽收
已揽收的拦截 待揽收的撤单""", "zto", "intercept A B; cancel C", cats=(7,))
R("快递单号\t状态\t操作\n{A}\t运输中\t催\n{B}\t已签收\t核实签收\n{C}\t运输中\t拦截退回", "yto", "urge A; verify_delivery B; intercept C", cats=(7,))
R("{A}\n{B}\n第一个查下到哪了 第二个催", "jt", "track A; urge B", cats=(7,))
R("今天要拦的：\n{A}\n{B}\n{C}\n要催的：\n{D}\n{E}", "yunda", "intercept A B C; urge D E", cats=(7,))
R("{A} {B} {C} 这三个里面中间那个拦截 其他的不用管", "sf", "intercept B", cats=(7,))
R("京东 {A}\n京东 {B}\n都是客户拒收的 后面那个已经退回来了 前面那个拦截", None, "intercept A", cats=(7,), draw="jd")
R("收件人\t运单号\t新地址\n刘*\t{A}\t北京市丰台区 丰台北路 丰台万达广场\n陈*\t{B}\t北京市通州区 新华西街 通州万达广场", "ems", "change_address A B", cats=(7,))
R("{A}\n{B}\n{C}\n前两个催件 最后一个是丢了 登记一下", "deppon", "urge A B; lost C", cats=(7,))
R("上面发的那几个都拦截", "cainiao", "", nh=True, cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n{D} 催", "zto", "intercept A B C; urge D", cats=(7,))
R("运单号：{A} 收件人：孙* 操作：拦截\n运单号：{B} 收件人：吴* 操作：撤单", "sto", "intercept A; cancel B", cats=(7,))
R("{A}\n{B}\n两个一起 改到同一个地址 广州市海珠区 新港东路 保利世贸 前台 何小姐", "jt", "change_address A B", cats=(7,))
R("{A} {B} {C} {D} {E}\n全部查一下 哪个到了哪个没到", "yto", "track A B C D E", cats=(7,))
R("德邦 {A} 大件\n京东 {B} 小件\n大件拦截 小件催一下", None, "intercept A; urge B", cats=(7,), draw={"A": "deppon", "B": "jd"})

# ---------------------------------------------------------------- compound requests
R("{A} 破损了 客户要求赔偿 快递员态度还差 投诉", "zto", "claim A; complaint A", cats=(8,))
R("{A} 压坏了 投诉快递员乱扔件", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 拦截并投诉 快递员骚扰客户", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 催一下 顺便核下重量", "jt", "urge A; weight A", cats=(8,))
R("{A} 丢了 要赔", "yunda", "claim A", cats=(8,))
R("{A} 延误了 客户要投诉", "sf", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户已经投诉了", "jd", "urge A; complaint A", cats=(8,))
R("{A} 少件 要赔付 缺的那件 ¥79", "ems", "claim A", cats=(4, 8))
R("{A} 漏液污染了别的货 要赔偿 另外投诉网点包装不规范", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 改地址 改到 温州市鹿城区 车站大道 财富中心 叶先生 顺便催一下", "cainiao", "change_address A; urge A", cats=(8,))
R("{A} 破损 快递员摔件 投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 理赔被拒了 申请仲裁", "yto", "arbitration A", cats=(8,))
R("{A} 外箱压坏 里面东西也坏了 要理赔", "sto", "claim A", cats=(8,))
R("{A} 查下到哪了 另外投诉一下 快递员电话一直不接", "jt", "complaint A", cats=(8,))
R("{A} 又延误又破损 登记一下", "yunda", "delay A; damaged A", cats=(8,))
R("{A} 三天没动 打延误 顺便催一下", "sf", "delay A; urge A", cats=(8,))
R("""{A}
2026-11-15 09:10 已签收
签收后客户打开 发现里面少了一件 还有一件压坏了
少件+破损 都登记""", "jd", "lost A; damaged A", cats=(4, 8))
R("{A} 拦截 然后查一下为什么运费这么高 核重", "ems", "intercept A; weight A", cats=(8,))
R("{A} 丢件 理赔 投诉 一个都不能少", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 虚假签收 投诉", "cainiao", "verify_delivery A; complaint A", cats=(8,))
R("{A} 网点说派送前外箱就破了 里面东西碎了 拦截退回 再登记个破损", "zto", "intercept A; damaged A", cats=(8,))
R("""顺丰 {A}
保价 ¥1500
手机屏碎了
理赔 另外仲裁 平台判的责任不对""", "sf", "claim A; arbitration A", cats=(4, 8))
R("{A} 延误 + 催件", "yto", "delay A; urge A", cats=(8,))
R("{A} 催派 派件员一直不接电话 投诉一下", "sto", "urge A; complaint A", cats=(8,))

# ---------------------------------------------------------------- more screens
R("运单号:{A}\n收件人:张** l86****2231\n状态:派送中\n催", "zto", "urge A", cats=(4,))
R("""售后单号：{O}
售后类型：仅退款
物流单号：{A}
退款原因：不想要了
拦截""", "yto", "intercept A", cats=(4,))
R("""寄件记录
2026-11-14 17:02
{A}
寄 杭州 → 收 广州
待揽收
取消寄件""", "sf", "cancel A", cats=(4,))
R("""物流详情
运单号：{A:nl}
2026-11-13 08:12 【金华】派件中
拦截退回""", "sto", "intercept A", cf=True, cats=(4, 6))
R("""买家 20:41
亲 帮我改下地址 改成 嘉兴市南湖区 中山东路 八佰伴 {PN}
——————
{A} 改址""", "jt", "change_address A", cats=(3, 4))
R("""退款编号 {O}
退款金额 ¥45.00
退货物流 {A}
买家寄回的件 查一下到哪了""", "yunda", "track A", cats=(4,))
R("""{A}
计费重量 3.0kg
实际重量 O.8kg（我们自己称的）
称重错了吧""", "deppon", "weight A", cats=(4,))
R("""快递员：黄师傅
手机：{PN}
所属网点：温岭城西
{A}
这个快递员态度太差 投诉""", "zto", "complaint A", cats=(4,))
R("""【丰巢】您的快递已存入丰巢柜，取件码 40216
快递单号 {A}
客户取出来是空盒子 少件""", "yto", "lost A", cats=(4,))
R("""物流异常 {A}
揽收后超24小时未更新
延误 帮打一下""", "jt", "delay A", cats=(4,))
R("""收件人：郑**
联系电话：{PN}
运单号：{A}
取消寄件 客户地址填错了 重新下单""", "cainiao", "cancel A", cats=(4,))
R("今天的单号截图发你们了 麻烦下午来收一下", "sto", "")
R("快递员 {P} 这个电话打不通 明天还来收件吗", "yunda", "", cats=(4,))
R("""2026-11-16 07:41 【宁波】快件已到达【宁波北仑营业部】
2026-11-16 09:05 【宁波】派件员 {PN} 派件中
{A}
客户人在外地 别派了 拦截""", "ems", "intercept A", cats=(4,))
R("""京东物流
{A}
已签收 2026-11-13 18:52
签收人：刘**（本人）
客户说没签 也不姓刘 核实""", "jd", "verify_delivery A", cats=(4,))

if __name__ == "__main__":
    W.main()
