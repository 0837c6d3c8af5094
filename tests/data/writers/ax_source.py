"""Writer "ax": the operations desk of online shops (运营 / 售后 / 仓库客服).

Casting note. These are the people who sit between the shop's order system, the warehouse and the courier's chat
group. They copy and paste out of spreadsheets and back-office screens, so their messages are full of numbers that
are *not* waybills: platform order numbers (18–19 digits), pickup and locker codes (取件码 8-2-3041, 柜号 A-17),
customers' phones in whatever notation the CRM exported, amounts, declared values and COD sums (¥356.00, 货值
1280), weights and carton sizes (2.35kg, 60*40*40), dates and times (11.05, 2026-11-09 20:47), SKU and batch codes
(SKU-A1023, 批次20261105), customer IDs, after-sales case numbers, claim and payment reference numbers, and room and
building numbers inside new addresses. The waybill sits somewhere among all that, sometimes labelled 运单号 /
快递单号 / 单号, often not. They paste table rows with tabs, number their lists, quote the group bot and their
colleagues, correct themselves when they pasted the order number instead of the waybill, and now and then type in
pinyin or let voice input write for them. Half of what they send is still the plain daily stuff: "YT… 拦截",
"这几个催一下", "改址 … 新地址 …", "好的谢谢".
"""

from harness import Writer

W = Writer("ax", seed=7362)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# Category 0: plain daily requests
# ---------------------------------------------------------------------------------------------------------------

# intercept
R("{A} 拦截", "zto", "intercept A")
R("麻烦拦截一下 {A}", "yto", "intercept A")
R("{A}\n客户退款了，拦截退回", "sto", "intercept A")
R("拦截：\n{A}\n{B}\n{C}", "yunda", "intercept A B C")
R("{A} 这单帮忙拦回来 谢谢", "jt", "intercept A")
R("您好 {A} 需要拦截，仓库发错货了", "jd", "intercept A")
R("{A}拦截退回 辛苦了", "deppon", "intercept A")
R("拦截 {A} {B}", "cainiao", "intercept A B")
R("【拦截】{A}", "yto", "intercept A")
R("{A} 发重了 拦一下", "zto", "intercept A")
R("售后拦截 {A}", "jt", "intercept A")
R("{A} 别派了 退回来", "sto", "intercept A")
R("帮拦截下这个 {A}，客户拍错颜色了", "yunda", "intercept A")
R("{A} {B} 拦截", "ems", "intercept A B")
R("拦截退件 {A}", "cainiao", "intercept A")
R("{A} 麻烦拦截，买家不要了", "jd", "intercept A")
R("拦截一下哈 {A}", "deppon", "intercept A")
R("{A}\n拦截", "sf", "intercept A")
R("这个拦截 {A}", None, "intercept A", draw="yto")
R("{A} 极兔的 拦截下", None, "intercept A", draw="jt")
R("急！！{A} 拦截", "jt", "intercept A")
R("{A} 退件 地址写错了", "zto", "intercept A")
R("能拦截吗 {A}", "yunda", "intercept A")
R("{A} 可以帮忙拦截吗", "ems", "intercept A", draw="ems_s10")
R("今天发出去的 {A} 要拦截", "sto", "intercept A")
R("{A} 客户拒收了 退回", "cainiao", "intercept A")
R("麻烦 {A} 拦截退回到仓库", "sf", "intercept A")
R("拦截这三个\n{A}\n{B}\n{C}", "jt", "intercept A B C")
R("{A} 拦截，谢谢🙏", "deppon", "intercept A")
R("@客服 {A} 拦截", "jd", "intercept A")
R("{A} 这个件拦截掉", "jt", "intercept A")
R("帮我把 {A} 拦下来", "zto", "intercept A")
R("{A} 退回，收件人联系不上", "ems", "intercept A")
R("拦截下 {A} 客户说买重复了", "sto", "intercept A")
R("{A} 拦截退回原地址", "cainiao", "intercept A")
R("麻烦把这单退回 {A}", "jd", "intercept A")
R("{A}\n{B}\n拦截 谢谢", "deppon", "intercept A B")
R("{A} 要拦截，今天能处理吗", "zto", "intercept A")
R("{A} 顺丰 拦截退回 仓库收", None, "intercept A", draw="sf")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("查一下 {A}", "sto", "track A")
R("{A} 物流到哪了 客户在问", "yunda", "track A")
R("{A} 什么时候能到", "jt", "track A")
R("帮查下这几个件\n{A}\n{B}", "jd", "track A B")
R("{A} 现在在哪个网点", "deppon", "track A")
R("{A} 轨迹帮看下", "cainiao", "track A")
R("请问 {A} 到哪里了", "sf", "track A")
R("{A}\n{B}\n{C}\n查下物流", "yto", "track A B C")
R("{A} 大概几号能到", "zto", "track A")
R("查件 {A} {B}", "yunda", "track A B")
R("{A} 派送了吗", "jt", "track A")
R("{A} 今天能到吗", "jd", "track A")
R("{A} 帮忙看看到哪了 谢谢", "ems", "track A")
R("{A}?", "cainiao", "track A")
R("{A} 到哪儿了呀", None, "track A", draw="yto")
R("{A} 揽收了没", "zto", "track A")
R("{A} 啥时候到啊 客户一直问", "sto", "track A")
R("麻烦查一下这个单号 {A}", "yunda", "track A")
R("{A} 显示运输中 具体到哪了", "jt", "track A")
R("{A} 到哪了\n{B} 到哪了", "jd", "track A B")
R("{A} 签收了没", "ems", "track A")
R("{A} 帮查查", "sf", "track A")
R("{A}\n{B}", "yto", "track A B")
R("京东的 {A} 到哪了 帮看看", None, "track A", draw="jd")
R("{A} 派件员电话多少", "zto", "", nh=True)

# urge
R("{A} 催一下", "zto", "urge A")
R("麻烦催下 {A} 客户急用", "sto", "urge A")
R("{A} 加急派送", "yunda", "urge A")
R("{A} 尽快派送 谢谢", "jt", "urge A")
R("催件：\n{A}\n{B}", "jd", "urge A B")
R("{A} 三天没动了 催一下", "ems", "urge A")
R("{A} 到网点两天了还不派 催一下", "deppon", "urge A")
R("{A} 麻烦加急", "sf", "urge A")
R("{A} 咋还不到 催催", "yto", "urge A")
R("{A} 快点送下 客户等着用", "sto", "urge A")
R("{A}\n{B}\n{C}\n都催一下", "yunda", "urge A B C")
R("{A} 赶紧派一下吧", "jt", "urge A")
R("{A} 在派送站放着不动 催下派送", "jd", "urge A")
R("{A} 催 急", "ems", "urge A")
R("{A} 请尽快安排派送", "deppon", "urge A")
R("能催一下吗 {A}", "cainiao", "urge A")
R("{A} 能不能今天送到 帮忙催一下", "sf", "urge A")
R("{A} 客户催了好几次了 麻烦催下", None, "urge A", draw="jt")
R("{A} 加急 加急", "yto", "urge A")
R("{A} 派送中好久了 催一下快递员", "yunda", "urge A")
R("{A} 帮我催一下件 谢谢亲", "jt", "urge A")
R("{A} 麻烦网点催促派送", "ems", "urge A")
R("这个件到哪都不知道 帮催下 {A}", "deppon", "urge A")
R("{A} 今天务必派送", "cainiao", "urge A")
R("{A} 一直显示待派送 催催", "sf", "urge A")
R("{A} {B} 这俩催一下 都是急单", "zto", "urge A B")

# change_address
R("{A} 改址 新地址：杭州市余杭区五常街道荆长路荆丰社区", "zto", "change_address A")
R("改地址 {A}\n收件人：王丽\n地址：南京市鼓楼区湖南路狮子桥小区东门", "yto", "change_address A")
R("{A} 地址改为 广州市天河区棠下村二巷 收件人不变", "sto", "change_address A")
R("{A} 麻烦改派到 成都市武侯区桐梓林北路锦城小区 门卫室", "yunda", "change_address A")
R("{A} 转寄到 北京市朝阳区望京西园三区 电话不变", "jt", "change_address A")
R("帮忙改个地址 {A} 改到 上海市浦东新区张江镇祖冲之路华润中心 前台", "jd", "change_address A")
R("{A} 客户搬家了 新地址 武汉市洪山区光谷大道金融港B座 前台代收", "ems", "change_address A")
R("{A}\n改址：深圳市南山区科技园科兴科学园A栋 一楼丰巢柜", "deppon", "change_address A")
R("{A} 改地址到 西安市雁塔区小寨东路赛格国际 收件人刘先生", "cainiao", "change_address A")
R("{A} 地址写错了 改成 苏州市工业园区星湖街创意产业园二期", "sf", "change_address A")
R("{A} 改到公司地址：合肥市蜀山区黄山路安大科技园", "yto", "change_address A")
R("改派 {A} 送到 郑州市金水区农业路正弘大厦 物业", "zto", "change_address A")
R("{A} 收货地址改一下 长沙市岳麓区麓谷大道中电软件园", "sto", "change_address A")
R("{A} 改址 青岛市市南区香港中路万象城北门快递点", "yunda", "change_address A")
R("改址\n{A}\n新地址：天津市南开区鞍山西道华苑小区居华里", "jt", "change_address A")
R("{A} 能改地址吗 改到 重庆市渝北区新牌坊龙湖新壹城", "jd", "change_address A")
R("转寄 {A} 至 沈阳市和平区南京北街华府天地", "deppon", "change_address A")
R("{A} 改送到 宁波市鄞州区天童南路宁波文化广场东区", "cainiao", "change_address A")
R("{A} 帮改一下地址：厦门市思明区湖滨南路建行大厦旁边菜鸟驿站", "sf", "change_address A")
R("{A} 改址，收件人换成陈晓 地址 济南市历下区泉城路恒隆广场", None, "change_address A", draw="yto")
R("麻烦 {A} 改派 昆明市五华区青年路金格百货后门", "jt", "change_address A")
R("{A} 改地址 改成 南昌市红谷滩区世贸路联发广场", "zto", "change_address A")
R("{A} 修改地址为 太原市小店区长风街王府商务大厦", "sto", "change_address A")
R("{A} 更改收件地址：石家庄市长安区中山东路北国商城写字楼", "yunda", "change_address A")
R("{A} 改址", "yto", "change_address A", nh=True)
R("{A} 客户要改地址 地址我等下发", "zto", "change_address A", nh=True)
R("{A} 收件人改为 张伟", "sto", "change_address A", nh=True)
R("{A} 要改个地址 客户还没给新地址", "cainiao", "change_address A", nh=True)

# cancel
R("{A} 撤单", "zto", "cancel A")
R("{A} 取消寄件 客户不要了", "sto", "cancel A")
R("{A} 还没揽收 帮撤了", "yunda", "cancel A")
R("{A} {B} 这两单撤销", "jd", "cancel A B")
R("{A} 不寄了 取消", "ems", "cancel A")
R("麻烦取消 {A}", "deppon", "cancel A")
R("{A} 订单取消", "cainiao", "cancel A")
R("{A} 取消订单", "sf", "cancel A")
R("撤单：\n{A}\n{B}\n{C}", "yto", "cancel A B C")
R("{A} 单号作废 重新下单了", "zto", "cancel A")
R("{A} 面单打错了 作废", "sto", "cancel A")
R("{A} 撤一下单", "yunda", "cancel A")
R("帮我把 {A} 撤单 谢谢", "jt", "cancel A")
R("{A} 快递员一直没来取 取消掉", "jd", "cancel A")
R("{A} 不发了 撤单", "ems", "cancel A")
R("{A} 撤单 重复下单了", "deppon", "cancel A")
R("取消寄件 {A}", "cainiao", "cancel A")
R("{A} 可以撤单吗", "sf", "cancel A")
R("{A} 这个单撤掉", None, "cancel A", draw="deppon")
R("{A} 客户退款了 还没揽件 撤单", "zto", "cancel A")

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 物流好几天没更新了", "yto", "delay A")
R("{A} 一直卡在中转站 不动", "yunda", "delay A")
R("{A} 延误了 打个延误", "jt", "delay A")
R("{A} 怎么还没到 是不是延误了", "jd", "delay A")
R("{A} 超时了 一直不动", "ems", "delay A")
R("{A} 登记延误", "deppon", "delay A")
R("{A}\n{B}\n这两票都停在转运中心好几天了", "cainiao", "delay A B")
R("{A} 物流停了一周了", "sf", "delay A")
R("{A} 轨迹停在上周五 之后一直没更新", "zto", "delay A")

# damaged
R("{A} 客户收到外箱破了", "yto", "damaged A")
R("{A} 东西碎了 客户拍了照片", "sto", "damaged A")
R("{A} 漏液 整箱都湿了", "yunda", "damaged A")
R("{A} 压坏了", "jt", "damaged A")
R("{A} 到货破损 登记一下", "jd", "damaged A")
R("{A} 里面的杯子碎了两个", "ems", "damaged A")
R("{A} 外包装烂了 东西也变形了", "deppon", "damaged A")
R("{A} 被压扁了 客户很生气", "sf", "damaged A")

# lost
R("{A} 丢件了", "zto", "lost A")
R("{A} 遗失 麻烦登记", "yto", "lost A")
R("{A} 件没了 哪都找不着", "sto", "lost A")
R("{A} 一周没动 是不是丢了", "yunda", "lost A")
R("{A} 客户说少件 箱子里少了一件", "jt", "lost A")
R("{A} 网点说找不到了", "ems", "lost A")
R("{A} 好像丢了", "deppon", "lost A")
R("{A} 报丢件", "cainiao", "lost A")
R("{A} 中转丢了吧 十天了都没消息", "sf", "lost A")

# weight
R("{A} 重量不对 帮核一下", "zto", "weight A")
R("{A} 超重了？我这边称的没那么重", "sto", "weight A")
R("{A} 称一下 计费重量有问题", "jt", "weight A")
R("{A} 重量怎么这么重 核实下", "jd", "weight A")
R("{A} 帮查下重量", "deppon", "weight A")
R("{A} 运费扣多了 重量肯定不对", "cainiao", "weight A")

# verify_delivery
R("{A} 显示签收 客户没收到", "zto", "verify_delivery A")
R("{A} 虚假签收", "yto", "verify_delivery A")
R("{A} 签收了但是客户说没拿到", "sto", "verify_delivery A")
R("{A} 别人签收了 核实一下", "yunda", "verify_delivery A")
R("{A} 显示已签收 人家根本没收到货", "ems", "verify_delivery A")
R("{A} 妥投了但没收到", "ems", "verify_delivery A", draw="ems_s10")
R("{A} 不是本人签收 也没放驿站 查一下谁签的", "cainiao", "verify_delivery A")

# claim
R("{A} 丢了 要求赔偿", "yto", "claim A")
R("{A} 破损 申请理赔", "sto", "claim A")
R("{A} 东西摔碎了 要赔钱", "jd", "claim A")
R("{A} 赔付一下", "deppon", "claim A")

# complaint
R("{A} 投诉 快递员态度差", "zto", "complaint A")
R("{A} 客诉", "yto", "complaint A")
R("{A} 快递员不送上门 还骂人 投诉", "sto", "complaint A")
R("{A} 要投诉派件员", "jt", "complaint A")
R("{A} 派送员让客户自己去取 投诉一下", "yunda", "complaint A")

# arbitration
R("{A} 申请仲裁", "zto", "arbitration A")
R("{A} 这个要走仲裁", "yto", "arbitration A")

# chit-chat, thanks, questions without a waybill
R("好的谢谢", "zto")
R("收到", "yto")
R("明天几点来收件", "sto")
R("辛苦了🙏", "yunda")
R("今天下午能来揽收吗 货比较多", "jt")
R("👌", "jd")
R("谢谢亲", "ems")
R("麻烦了", "deppon")
R("ok 收到了", "cainiao")
R("好的 明白", "sf")
R("快递员今天还来吗", None)
R("早上好", "yto")
R("嗯嗯 好的", "zto")
R("双十一期间几点截单啊", "sto")
R("面单快用完了 能送点过来吗", "yunda")
R("下午发货多 让小哥晚点来", "jt")
R("谢谢 搞定了", "jd")
R("好的 辛苦啦", "ems")
R("客服在吗", "deppon")
R("今天周末有人上班吗", "cainiao")

# plain messages a person must read
R("{A} 拦截了吗", "zto", "", nh=True)
R("{A} 拦截要收费吗", "yto", "", nh=True)
R("拦截一下", "sto", "", nh=True)
R("{A} 改地址成功没", "yunda", "", nh=True)
R("{A} 帮开个发票", "jt", "", nh=True)
R("这单帮忙催一下", "jd", "", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# Category 4: numbers that are not waybills (the heart of this style)
# ---------------------------------------------------------------------------------------------------------------
R("运单号：{A}\n订单号：{O}\n客户申请退款 麻烦拦截", "zto", "intercept A", cats=(4,))
R("订单{O} 对应运单 {A} 拦截退回 谢谢", "yto", "intercept A", cats=(4,))
R("改址 {A}\n收件人：李娜 {PN}\n地址：杭州市拱墅区莫干山路1188号 3幢602室", "yunda", "change_address A",
  cats=(4,))
R("快递单号 {A} 取件码 8-2-3041 客户说柜门打不开 里面的件取不出来", "jt", "", nh=True, cats=(4,))
R("{A} 显示签收了 放在丰巢 取件码 6-3-2207 客户说柜里没有", "jd", "verify_delivery A", cats=(4,))
R("SKU-A1023 发错了 批次20261105 的那批\n运单 {A}\n{B}\n全部拦截", "jt", "intercept A B", cats=(4,))
R("{A} 申报价值 899元 破损了 要理赔", "jd", "claim A", cats=(4, 8))
R("{A} 计费 6.2kg 我们实际称 2.35kg 麻烦核重", "cainiao", "weight A", cats=(4,))
R("{A} 收件人电话改为 {PN}", "ems", "change_address A", nh=True, cats=(4,))
R("客户ID 88012736 的件 {A} 三天没更新", "zto", "delay A", cats=(4,))
R("订单号 {O}\n运单号 {A}\n问题：显示签收未收到\n收件人 {PN}", "sto", "verify_delivery A", cats=(4,))
R("{A} 金额 ¥356.00 客户拒收 退回", "yunda", "intercept A", cats=(4,))
R("麻烦改地址 {A} 新地址 上海市闵行区七莘路3388弄12号1402室 张先生 {PN}", "jt", "change_address A",
  cats=(4,))
R("理赔 {A} 货值 1280 元 照片发群里了 收款账号尾号 6621", "sf", "claim A", cats=(4,))
R("{A} 派送员 {PN} 打不通 催一下派送", "sf", "urge A", cats=(4,))
R("{A} 柜号 A-17 取件码 2-4-1108 客户取件时发现外箱破损", "cainiao", "damaged A", cats=(4,))
R("{A} 重量 12.5kg 尺寸 60*40*40 收费不对 核一下重量", "deppon", "weight A", cats=(4,))
R("案件号 CS20261105-0273 对应 {A} 理赔进度怎么样了", "zto", "", nh=True, cats=(4,))
R("{A} 2026-11-03 揽收 一直停在分拨中心 延误登记下", "yto", "delay A", cats=(4,))
R("投诉 {A} 快递员私自放门口 丢了 客户电话 {PN}", "sto", "lost A; complaint A", cats=(4, 8))
R("{A} 代收货款 ¥199 客户没付款拒收了 退回", "yunda", "intercept A", cats=(4,))
R("运单号 {A} 订单号 {O} 商品 SKU-B2207 ×2 客户改地址 新地址：北京市海淀区学院路37号院 5号楼2单元301 电话 {PN}",
  "jt", "change_address A", cats=(4,))
R("{A} 保价 2000 结果碎了 要赔 照片已发 工单号 GD20261106015", "jd", "claim A", cats=(4, 8))
R("15栋2单元803 送错了 {A} 显示签收 客户没收到", "cainiao", "verify_delivery A", cats=(4,))
R("{A} 寄件人电话 {PN} 要撤单", "sf", "cancel A", cats=(4,))
R("{A} 收件人 赵敏 {PN} 电话一直不接 别派了 直接退回", "yto", "intercept A", cats=(4,))
R("订单 {O}\n{A}\n丢件 申请理赔 金额 459.9", "yunda", "claim A", cats=(4, 8))
R("{A} 驿站代收 取件码 3-2-5516 客户说没收到短信 也没取到 核实签收", "jt", "verify_delivery A", cats=(4,))
R("{A} 收件地址 幸福里小区7号楼1单元502 改成 9号楼3单元1101 电话不变", "jd", "change_address A", cats=(4,))
R("批次20261107 的货有问题 {A} {B} {C} 这三单都拦截", "deppon", "intercept A B C", cats=(4,))
R("快递单号：{A}\n下单时间：2026-11-09 20:47\n原因：客户拍错尺码\n处理：拦截", "yto", "intercept A", cats=(4,))
R("{A} 投诉 派件员 工号 10382 态度恶劣", "sto", "complaint A", cats=(4,))
R("{A} 货值 3600 之前理赔结果不认可 申请仲裁", "yunda", "arbitration A", cats=(4,))
R("{O}\n{A}\n查下物流", "jt", "track A", cats=(4,))
R("{A}\n收件人 {PN2}\n寄件人 {PN}\n查一下到哪了", "jd", "track A", cats=(4,))
R("{A} 客户下单留的 {P} 是空号 派不了 电话改成 {P2}", "ems", "change_address A", nh=True, cats=(4,))
R("{A} 收件人换成 周杰 {PN} 地址换成 南京市江宁区双龙大道1539号 21世纪广场B座901", "sf", "change_address A",
  cats=(4,))
R("{A}、{B} 共 2 件 总价 ¥1,260 客户全退 拦截", "zto", "intercept A B", cats=(4,))
R("{A} 理赔单号 LP20261108031 已提交三天了 进度咋样", "deppon", "", nh=True, cats=(4,))
R("{A} 昨天客户 {PN} 打电话说要改地址到 武汉市江汉区建设大道568号 新世界国贸大厦一座3608",
  "cainiao", "change_address A", cats=(4,))
R("{A} 1件 8.5kg 外箱 A-03 压破 内物 SKU-D0087 损坏", "yto", "damaged A", cats=(4,))
R("{A}\n2栋1304 的件送到 2栋1403 去了 签收人不是我们客户", "zto", "verify_delivery A", cats=(4,))
R("{A} 售后单 AS-1105-332 客户退货退款 拦截", "ems", "intercept A", cats=(4,))
R("订单 {O} 运单 {A} 破损 要求赔 ¥168", "yto", "claim A", cats=(4, 8))
R("{A} 签收时间 2026-11-10 09:12 收件人说没签 核实下", "sto", "verify_delivery A", cats=(4,))
R("{A} 寄件码 Q3821 快递员还没来取 不寄了 撤单", "jd", "cancel A", cats=(4,))
R("{A} 实重 3.6 公斤 按 8.0 公斤扣费 重量不对 投诉", "ems", "weight A; complaint A", cats=(4, 8))
R("{A} 微信支付单号 4200002048202611051234567890 客户已退款 拦截", "yto", "intercept A", cats=(4,))
R("{A}\n收件人：孙丽\n电话：{PN}\n原地址：广州市白云区机场路1号\n新地址：广州市番禺区市桥街富华西路8号3栋1202\n麻烦改址",
  "zto", "change_address A", cats=(4,))
R("{A} ¥6800 的相机 物流 4 天没动了 是不是丢了", "yunda", "lost A", cats=(4,))
R("{A} 是 {O} 这单的补发件 到哪了", "jd", "track A", cats=(4,))
R("{A} 包裹破损 货值 ¥520 快递员还不让验货 投诉 + 赔偿", "deppon", "claim A; complaint A", cats=(4, 8))
R("{A} 地址里 5号楼 写成 3号楼 了 改一下 改成5号楼1单元601", "cainiao", "change_address A", cats=(4,))
R("{A} 商品 SKU-E5521 批次20261101 有质量问题 召回 退回", "sto", "intercept A", cats=(4,))
R("{A} 客户 {PN} 说东西碎了 要赔 300 块", "yunda", "claim A", cats=(4, 8))
R("【售后】\n订单编号：{O}\n物流单号：{A}\n买家诉求：未收到货\n处理：催件", "jt", "urge A", cats=(4,))
R("{A}\n买家：{PN}\n丢件 找不到了", "yto", "lost A", cats=(4,))
R("客户 {PN} 电话里说 {A} 显示签收 但门口没有 核实", "sto", "verify_delivery A", cats=(4,))
R("{O} / {A} / 取消寄件", "jt", "cancel A", cats=(4,))
R("{A} 保价 ¥3,000 丢件 走理赔 对公账户 6222 0210 0108 8888 123", "deppon", "claim A", cats=(4, 8))
R("快递柜 B-12 格口 取件码 9-4-6630\n{A}\n客户说柜子里是别人的件 自己的没见 核实签收", "cainiao",
  "verify_delivery A", cats=(4,))
R("单号 {A}\n手机 {PN}\n订单 {O}\n拦截", "yto", "intercept A", cats=(4,))
R("{A} 19:30 前能改派吗 新地址 杭州市上城区解放东路29号 迪凯银座 2309 {PN}", "zto", "change_address A",
  cats=(4,))
R("订单{O}里有两个包裹 {A} {B} 都拦截", "yunda", "intercept A B", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# Category 1: negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 {B} 不用拦", "zto", "intercept A", cats=(1,))
R("{A} 不用拦了", "yto", "", nh=True, cats=(1,))
R("{A} 不是不拦，是现在就拦", "yunda", "intercept A", cats=(1,))
R("{A} 不要退回，改派到 郑州市二七区大学路华联超市", "jt", "change_address A", cats=(1,))
R("{A} 拦截\n… 算了不拦了 客户说能收", "jd", "", cats=(1,))
R("{A} 不用理赔了 客户自己解决了", "ems", "", nh=True, cats=(1,))
R("{A} {B} {C} 拦截 中间那个不用", "deppon", "intercept A C", cats=(1, 7))
R("{A} 不撤单了 正常发", "cainiao", "", nh=True, cats=(1,))
R("{A} 地址不改了 还是按原地址送", "sf", "", nh=True, cats=(1,))
R("{A} 不用催了 客户已经收到了", "yto", "", nh=True, cats=(1,))
R("{A} 撤单，{B} 不撤 正常寄", "zto", "cancel A", cats=(1,))
R("{A} 别拦 {B} 拦", "sto", "intercept B", cats=(1,))
R("{A} 客户不投诉了 之前的投诉撤销", "yunda", "", nh=True, cats=(1,))
R("不是要撤单 是要拦截 {A} 已经揽收了", "jt", "intercept A", cats=(1, 2))
R("{A} 不用改地址了 直接退回", "jd", "intercept A", cats=(1, 2))
R("{A} 没说不拦啊 要拦的 赶紧", "deppon", "intercept A", cats=(1,))
R("{A} 拦截 订单号{O} 客户刚又联系说不退了 那就不拦了", "cainiao", "", cats=(1, 4))
R("{A}\n{B}\n都拦截\n哦 {B} 不拦", "sf", "intercept A", cats=(1, 2))
R("{A} 之前说的拦截取消", "yto", "", nh=True, cats=(1,))
R("{A} 不需要赔偿了 已经补发了", "zto", "", nh=True, cats=(1,))
R("{A} 撤单的事不用管了 快递员已经取走了 改成拦截", "sto", "intercept A", cats=(1, 2))
R("{A} 先别退回 改给这个收件人 {PN} 地址 大连市沙河口区西安路99号", "yunda", "change_address A",
  cats=(1, 4))
R("{A} {B} 两单 不要撤单 要加急", "jt", "urge A B", cats=(1,))
R("{A} 不拦截 不撤单 就正常送 催一下就行", "ems", "urge A", cats=(1,))
R("{A} 不用拦截了 ¥128 的货 客户说收下了", "deppon", "", nh=True, cats=(1, 4))
R("{A} 催件 {B} 不用催 已经到了", "cainiao", "urge A", cats=(1,))
R("{A} 别撤 是 {B} 撤单", "sf", "cancel B", cats=(1,))
R("{A} 拦截 {B} 也拦…… 不对 {B} 客户收了 不用拦", "yto", "intercept A", cats=(1, 2))
R("{A} 这单不是不要 是要改地址 改到 上海市徐汇区漕溪北路 东方商厦 后门", "zto", "change_address A",
  cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# Category 2: corrections
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 更正 单号打错了 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改址取消，还是拦截吧", "sto", "intercept A", cats=(2,))
R("{A} 催件\n更正：是拦截", "yunda", "intercept A", cats=(2,))
R("{A:cut} 拦截\n少打了一位 {A}", "jt", "intercept A", cats=(2,))
R("{A} 拦截 不对不对 发错单号了 是 {B}", "jd", "intercept B", cats=(2,))
R("{A} 拦截，等一下，是 {B} 要拦截，{A} 正常送", "deppon", "intercept B", cats=(1, 2))
R("{A} 撤单 呃 看错了 这单已经发了 催一下就行", "cainiao", "urge A", cats=(2,))
R("{A} 查重量 更正 是查件", "sf", "track A", cats=(2,))
R("{A} 破损 更正一下 不是破损 是丢了", "ems", "lost A", cats=(1, 2))
R("{A}拦截\n{B}催件\n不好意思写反了 {A}催件 {B}拦截", "yto", "urge A; intercept B", cats=(2, 7))
R("单号发错了 {A:typo} 不对 是 {A} 催一下", "zto", "urge A", cats=(2,))
R("{A} 改址 北京市丰台区南三环西路 凯德MALL\n更正 是 北京市大兴区西红门 荟聚中心 北门", "sto", "change_address A",
  cats=(2,))
R("订单号 {O} 拦截 —— 不对 那是订单号 单号是 {A}", "yunda", "intercept A", cats=(2, 4))
R("{PN} 拦截\n发错了 这是客户电话 单号是 {A}", "jt", "intercept A", cats=(2, 4))
R("{A} 退回 算了 改成改地址 送到 无锡市梁溪区中山路333号", "ems", "change_address A", cats=(2, 4))
R("{A} 催件。不对，应该是延误 登记下延误", "deppon", "delay A", cats=(2,))
R("刚才打错了 {A} 是要理赔 不是投诉", "cainiao", "claim A", cats=(1, 2))
R("{A} 那个 是拦截不是撤单", "sf", "intercept A", cats=(1, 2))
R("{A:x} 拦截 多打了个8 应该是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 拦截\n{B} 也拦截\n哦 {B} 看错了 是 {C}", "zto", "intercept A C", cats=(2,))
R("{A} 改址到 深圳市福田区华强北路 赛格广场\n算了 还是退回", "sto", "intercept A", cats=(2,))
R("单号：{A} 操作：撤单\n修改：操作改为拦截", "jt", "intercept A", cats=(2,))
R("{A} 地址改 杭州市西湖区文一西路588号\n更正 门牌是 988号", "jd", "change_address A", cats=(2, 4))
R("{A:typo} 催件\n更正 最后几位抄错了 正确的 {A}", "ems", "urge A", cats=(2,), draw="ems_s10")
R("{A} 核重\n哦不是 是这个 {B} 核重 {A} 没问题", "deppon", "weight B", cats=(2,))
R("{A} 延误 不对 是已经签收了但客户没收到 核实签收", "cainiao", "verify_delivery A", cats=(2,))
R("{O} 撤单\n不好意思 贴成订单号了 快递单号 {A}", "sf", "cancel A", cats=(2, 4))
R("{A} 改地址 收件人 李想 {PN}\n更正 电话是 {PN2} 地址 厦门市湖里区 五缘湾道 1号 悦实广场", "zto",
  "change_address A", cats=(2, 4))

# ---------------------------------------------------------------------------------------------------------------
# Category 3: quotes and replies, the bot's own replies quoted back
# ---------------------------------------------------------------------------------------------------------------
R("「张敏：{A} 拦截」\n- - - - - - - - - - - - - - -\n{B} 这个也拦截", "zto", "intercept B", cats=(3,))
R("引用 李华：{A} 客户说还没到\n这单催一下", "yto", "urge A", cats=(3,))
R("回复 @王芳：{A} 显示签收了\n客户说没收到 核实下", "sto", "verify_delivery A", cats=(3,))
R("「客服助手：@小刘 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n好的谢谢", "yunda",
  cats=(3,))
R("「客服助手：@小刘 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n还是没动 再催一次", "jt",
  "urge A", cats=(3,))
R("「客服助手：@小刘 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n不用拦了 客户又要了",
  "jd", "", nh=True, cats=(1, 3))
R("回复 @客服助手：@小刘 {A} 已签收，无法拦截\n那帮忙核实下 客户说根本没收到", "ems", "verify_delivery A",
  cats=(3,))
R("「客服助手：@小刘 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n- - - - - - - - - - - - - - -\n撤单 {A}",
  "deppon", "cancel A", cats=(3,))
R("引用 客服助手：@小刘 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n破损的要理赔 金额 ¥238", "cainiao",
  "claim A", cats=(3, 4, 8))
R("回复 @陈经理：{A} {B} 这两个呢？\n{A} 拦截 {B} 催一下", "sf", "intercept A; urge B", cats=(3,))
R("「李娜：{A} 到哪了」\n- - - - - - - - - - - - - - -\n同问 顺便催一下", "yto", "urge A", cats=(3,))
R("“{A} 改址 南京市玄武区中山路18号”\n地址写错了 以这个为准：南京市秦淮区中华路26号", "zto", "change_address A",
  cats=(2, 3, 4))
R("引用 王五：{A} 撤单\n这单不撤了", "sto", "", nh=True, cats=(1, 3))
R("「客服助手：@小刘 {A} 撤单成功」\n- - - - - - - - - - - - - - -\n👍", "jt", cats=(3,))
R("「客服助手：@小刘 您的消息已转人工客服处理，请稍候」\n- - - - - - - - - - - - - - -\n人工还没回 {A} 能不能拦截",
  "jd", "intercept A", cats=(3,))
R("回复 @张店长：订单 {O} 对应哪个单号？\n{A} 就是这个 帮拦一下", "ems", "intercept A", cats=(3, 4))
R("引用 仓库-小周：{A} {B} {C} 今天发的\n第二个拦截", "deppon", "intercept B", cats=(3, 7))
R("「客服助手：@小刘 {A} 已为您登记延误工单，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n都一周了 要理赔",
  "cainiao", "claim A", cats=(3, 8))
R("「客户：我的快递 {A} 怎么还没到 是不是丢了」\n- - - - - - - - - - - - - - -\n帮查一下", "sf", "track A",
  cats=(3,))
R("引用 小王：{A} 拦截\n- - - - - - - - - - - - - - -\n{A} 这个是我发错了 是要改址 改到 合肥市包河区马鞍山路89号",
  "yto", "change_address A", cats=(2, 3, 4))
R("「客服助手：@小刘 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n拦截成功没有", "zto",
  "", nh=True, cats=(3,))
R("「客服助手：@小刘 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n{B} 也催一下", "sto",
  "urge B", cats=(3,))
R("{A} 拦截\n------\n上面这条是昨天发的 现在不用拦了", "yunda", "", nh=True, cats=(1, 3))
R("「张总：SKU-A1023 批次20261105 全部召回」\n- - - - - - - - - - - - - - -\n对应单号 {A} {B} 拦截", "jt",
  "intercept A B", cats=(3, 4))
R("回复 @客服小美：{A} 破损照片发一下\n照片发了 客户要赔 货值 ¥460", "jd", "claim A", cats=(3, 4, 8))
R("「客服助手：@小刘 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n先别 我问下客户", "ems",
  "", nh=True, cats=(3,))
R("引用 仓库-阿杰：{A} 已经打包好了 没发\n那撤单吧 不发了", "deppon", "cancel A", cats=(3,))
R("回复 @运营-小林：{A} 客户要退货\n拦截退回 {A}", "cainiao", "intercept A", cats=(3,))
R("「王姐：{A} 改址 成都市锦江区春熙路」\n- - - - - - - - - - - - - - -\n这单我看过了 改址不用了 直接拦截",
  "yto", "intercept A", cats=(1, 2, 3))
R("引用 客服助手：@小刘 {A} 撤单成功\n{B} 也撤一下", "zto", "cancel B", cats=(3,))
R("「{A} 客户 {PN} 说还没收到」\n- - - - - - - - - - - - - - -\n看一下到哪了", "sto", "track A", cats=(3, 4))

# ---------------------------------------------------------------------------------------------------------------
# Category 5: pinyin, English, mixed, colloquial, voice-to-text, traditional characters
# ---------------------------------------------------------------------------------------------------------------
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("{A} cuijian", "yto", "urge A", cats=(5,))
R("{A} gaizhi 到 杭州市滨江区江南大道3850号 创意园 {PN}", "yunda", "change_address A", cats=(4, 5))
R("pls intercept {A}", None, "intercept A", cats=(5,), draw="jt")
R("{A} where is it", "jd", "track A", cats=(5,))
R("{A} urgent pls", "ems", "urge A", cats=(5,), draw="ems_s10")
R("cancel the order {A}", "deppon", "cancel A", cats=(5,))
R("{A} return to sender", "cainiao", "intercept A", cats=(5,))
R("{A} 帮我拦劫一下", "sf", "intercept A", cats=(5,))
R("{A} 崔一下 客户急", "yto", "urge A", cats=(5,))
R("{A} 该地址 送到 上海市长宁区仙霞路 远东国际广场", "zto", "change_address A", cats=(5,))
R("{A} 给我整回来 别送了", "sto", "intercept A", cats=(5,))
R("{A} 这货咋还在路上晃悠 快点的", "yunda", "urge A", cats=(5,))
R("{A} 东西稀碎", "jt", "damaged A", cats=(5,))
R("{A} 麻烦 intercept 一下", "ems", "intercept A", cats=(5,))
R("{A} 这个 cancel 掉", "deppon", "cancel A", cats=(5,))
R("{A} pls check weight 运费不对", "cainiao", "weight A", cats=(5,))
R("{A} 要 complain 快递员", "sf", "complaint A", cats=(5,))
R("{A} compensation 申请下 货值 ¥780", "yto", "claim A", cats=(4, 5))
R("{A} 攔截", "zto", "intercept A", cats=(5,))
R("嗯那个单号是 {A} 然后这个帮我拦截一下 就是客户那边说不要了", "jd", "intercept A", cats=(5,))
R("语音转文字：{A} 催一下催一下 客户说今天要用", "ems", "urge A", cats=(5,))
R("{A} 已经 qianshou 了但是没收到", "cainiao", "verify_delivery A", cats=(5,))
R("{A} 改dizhi 到 天津市河西区友谊路 银河购物中心 西门", "yto", "change_address A", cats=(5,))
R("{A} 簽收了 沒收到 核實一下", "sto", "verify_delivery A", cats=(5,))
R("就是那个 {A} 这个件啊帮我看一下到哪了啊 客户问了好几遍了", "yunda", "track A", cats=(5,))
R("{A} 弄回来 客户不要了 拜托", "jt", "intercept A", cats=(5,))
R("{A} 麻烦 chexiao 这个单 还没揽", "jd", "cancel A", cats=(5,))
R("{A} delay 了 5 days no update", "ems", "delay A", cats=(4, 5))
R("{A} 整个箱子都瘪了 里面的东西全废了", "deppon", "damaged A", cats=(5,))
R("{A} 这快递员啥态度啊 kefu 给我投诉他", "cainiao", "complaint A", cats=(5,))
R("{A} hurry up plz 客户要疯了", "sf", "urge A", cats=(5,))
R("{A} 快递员说送到了 可客户连个影子都没见着", "yto", "verify_delivery A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# Category 6: numbers broken by the chat client (and a few broken by hand)
# ---------------------------------------------------------------------------------------------------------------
R("{A:sp} 拦截", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("拦截 {A:nl}", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl} 催一下", "zto", "urge A", cats=(6,))
R("{A:dash} 查件", "sto", "track A", cats=(6,))
R("{A:fw} 撤单", "yunda", "cancel A", cats=(6,))
R("{A:lc} 拦截", "jt", "intercept A", cats=(6,))
R("改址 {A:nl}\n新地址 合肥市政务区潜山路 华邦世贸中心 物业前台", "jd", "change_address A", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n都催一下", "ems", "urge A B", cats=(6,), draw="ems_s10")
R("EMS {A:sp} 外箱破损", "ems", "damaged A", cats=(6,), draw="ems_s10")
R("{A:cut} 拦截", "deppon", "", nh=True, cats=(6,))
R("{A:nl} 撤单 寄件人 {PN}", "cainiao", "cancel A", cf=True, cats=(4, 6))
R("{A:sp} 催派 收件人 {PN}", "sf", "urge A", cats=(4, 6))
R("{A:dash} 退回 客户拒收", "yto", "intercept A", cats=(6,))
R("{A:typo} 拦截", "ems", "", nh=True, cats=(6,), draw="ems_s10")
R("{A:x} 拦截", "jt", "", nh=True, cats=(6,))
R("单号 {A:fw} 到哪了", "zto", "track A", cats=(6,))
R("{A:lc} {B:lc} 催件", "jd", "urge A B", cats=(6,))
R("{A:nl}\n查下物流", "sto", "track A", cats=(6,))
R("退回\n{A:nl}", "yunda", "intercept A", cf=True, cats=(6,))
R("{A:sp} 丢了 找不到", "deppon", "lost A", cats=(6,))
R("{A:dash} 显示签收 客户没收到", "cainiao", "verify_delivery A", cats=(6,))
R("{A:sp} 顺丰 改地址 到 佛山市南海区桂城 千灯湖 环宇城 南门", None, "change_address A", cats=(6,), draw="sf")
R("{A:fw} 拦截 订单 {O}", "yto", "intercept A", cats=(4, 6))
R("{A:cut} 催一下 客户急", "sf", "", nh=True, cats=(6,))
R("邮政 {A:lc} 到哪了", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截退回 客户 {PN} 拒收", "zto", "intercept A", cf=True, cats=(4, 6))
R("{A:dash}\n{B:dash}\n{C:dash}\n拦截", "jt", "intercept A B C", cats=(6,))
R("{A:sp} 重量不对 实际才 1.5kg", "yunda", "weight A", cats=(4, 6))
R("撤单 {A:nl} 还没揽收", "jd", "cancel A", cf=True, cats=(6,))
R("{A:nl} 破损了 客户拍了视频", "deppon", "damaged A", cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# Category 7: several parcels, positions, pasted tables
# ---------------------------------------------------------------------------------------------------------------
R("运单号\t订单号\t操作\n{A}\t{O}\t拦截\n{B}\t{O2}\t催件", "zto", "intercept A; urge B", cats=(4, 7))
R("{A}   取件码 6-2-1107   催派\n{B}   取件码 6-2-1133   催派\n{C}   改址 成都市金牛区一环路北三段68号",
  "yto", "urge A B; change_address C", cats=(4, 7))
R("序号\t运单号\t收件人电话\t问题\n1\t{A}\t{PN}\t拦截\n2\t{B}\t{PN2}\t破损\n3\t{C}\t-\t查件", "sto",
  "intercept A; damaged B; track C", cats=(4, 7))
R("1. {A} 拦截\n2. {B} 撤单\n3. {C} 催件", "yunda", "intercept A; cancel B; urge C", cats=(7,))
R("{A}\n{B}\n{C}\n第一个拦截 第二个催一下 第三个改址到 苏州市吴中区宝带西路1188号", "jt",
  "intercept A; urge B; change_address C", cats=(4, 7))
R("{A} {B} {C} {D}\n这四单前两单拦截 后两单撤单", "jd", "intercept A B; cancel C D", cats=(7,))
R("日期\t运单号\t金额\t处理\n11-05\t{A}\t128.00\t拦截\n11-05\t{B}\t256.00\t拦截\n11-06\t{C}\t99.00\t催件",
  "ems", "intercept A B; urge C", cats=(4, 7))
R("{A} 拦截\n{B} 催件\n{C} 查重量\n{D} 破损", "deppon", "intercept A; urge B; weight C; damaged D", cats=(7,))
R("{A}\n{B}\n上面两个都拦截，下面这个催一下\n{C}", "cainiao", "intercept A B; urge C", cats=(7,))
R("{A}\n{B}\n{C}\n以上全部撤单", "sf", "cancel A B C", cats=(7,))
R("{A} {B} {C}\n最后一个拦截 其他的催", "yto", "intercept C; urge A B", cats=(7,))
R("今天的售后：\n{A} 客户拒收 退回\n{B} 地址改到 宁波市江北区 人民路132号 老外滩\n{C} 三天没动 催一下\n{D} 显示签收没收到",
  "zto", "intercept A; change_address B; urge C; verify_delivery D", cats=(4, 7))
R("{A}\t李先生\t{PN}\t拦截\n{B}\t王女士\t{PN2}\t拦截", "sto", "intercept A B", cats=(4, 7))
R("这两个 一个拦截一个催件\n{A}\n{B}", "yunda", "", nh=True, cats=(7,))
R("{A}、{B}、{C}、{D}、{E} 这五单全部拦截 批次20261108 有问题", "jt", "intercept A B C D E", cats=(4, 7))
R("单号                 问题\n{A}      少件\n{B}      破损\n{C}      延误", "jd", "lost A; damaged B; delay C",
  cats=(7,))
R("{A}\n{B}\n{C}\n第二个不用管 其他两个拦截", "ems", "intercept A C", cats=(1, 7))
R("运单号,订单号,金额,操作\n{A},{O},89.00,撤单\n{B},{O2},129.00,撤单", "deppon", "cancel A B", cats=(4, 7))
R("{A} {B} 第一个核重 第二个查下到哪了", "cainiao", "weight A; track B", cats=(7,))
R("客户\t单号\t重量\t备注\nK0031\t{A}\t2.5kg\t核重\nK0047\t{B}\t1.8kg\t核重", "sf", "weight A B", cats=(4, 7))
R("{A}\n{B}\n{C}\n{D}\n上面这几个都是 11.09 发的 到现在没动 都催一下", "yto", "urge A B C D", cats=(4, 7))
R("{A} 跟 {B} 前面那个拦截 后面那个改址 改到 东莞市南城区鸿福路 第一国际 B座 前台", "zto",
  "intercept A; change_address B", cats=(7,))
R("【今日异常件】\n1、{A} 丢件\n2、{B} 破损 货值 ¥350 要赔\n3、{C} 虚假签收\n4、{D} 延误", "sto",
  "lost A; claim B; verify_delivery C; delay D", cats=(4, 7, 8))
R("{A} {B} {C} 这三单 第一单拦截 后两单催一下", "yunda", "intercept A; urge B C", cats=(7,))
R("{A}\t已揽收\t拦截\n{B}\t未揽收\t撤单\n{C}\t派送中\t催件", "jt", "intercept A; cancel B; urge C", cats=(7,))
R("圆通 {A}\n极兔 {B}\n都拦截", None, "intercept A B", cats=(7,), draw={"A": "yto", "B": "jt"})
R("{A}\n{B}\n{C}\n这三单 除了最后一个 都拦截", "jd", "intercept A B", cats=(7,))
R("顺丰 {A} 拦截\n京东 {B} 拦截\n德邦 {C} 催派", None, "intercept A B; urge C", cats=(7,),
  draw={"A": "sf", "B": "jd", "C": "deppon"})
R("{A} 1件 拦截\n{B} 3件 拦截\n{C} 2件 查重量 收费太高", "ems", "intercept A B; weight C", cats=(4, 7))

# ---------------------------------------------------------------------------------------------------------------
# Category 8: compound requests
# ---------------------------------------------------------------------------------------------------------------
R("{A} 破损 快递员态度还很差 投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 破损 要赔偿 还要投诉快递员", "yto", "claim A; complaint A", cats=(8,))
R("{A} 延误了 客户要投诉", "sto", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉了", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 拦截并投诉", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 催一下 另外重量也核一下", "jd", "urge A; weight A", cats=(8,))
R("{A} 显示签收没收到 投诉派件员", "deppon", "verify_delivery A; complaint A", cats=(8,))
R("{A} 拦截 另外这单运费重量也不对 核重", "cainiao", "intercept A; weight A", cats=(8,))
R("{A} 漏液 污染了同箱其他货 申请赔偿 货值 ¥320", "sf", "claim A", cats=(4, 8))
R("{A} 少件 要求赔付\n{B} 延误", "yto", "claim A; delay B", cats=(7, 8))
R("{A} 快递员私自代签 投诉 还要核实一下到底谁签的", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 理赔被拒了 申请仲裁", "sto", "arbitration A", cats=(8,))
R("{A} 到了网点就是不派 投诉网点 顺便催件", "yunda", "complaint A; urge A", cats=(8,))
R("{A} 外箱破了 东西也少了 要赔", "jt", "claim A", cats=(8,))
R("{A} 重量不对 多收了 22 元 投诉", "jd", "weight A; complaint A", cats=(4, 8))
R("{A} 催件 顺便问下到哪了", "ems", "urge A", cats=(8,))
R("{A} 改地址到 贵阳市观山湖区 林城西路 世纪城 龙玺组团 再帮忙催一下 客户急", "deppon",
  "change_address A; urge A", cats=(8,))
R("{A} 投诉+理赔 客户收到的是空箱", "cainiao", "claim A; complaint A", cats=(8,))
R("{A} 三天不动 打个延误 再催一下", "yto", "delay A; urge A", cats=(8,))
R("{A} 少件 {B} 破损 都要理赔", "zto", "claim A B", cats=(7, 8))
R("{A} 碎了 要赔 这快递员扔件 必须投诉 客户 {PN}", "sto", "claim A; complaint A", cats=(4, 8))
R("{A} 漏液了 也投诉下派件员 把箱子倒着放", "jt", "damaged A; complaint A", cats=(8,))
R("{A} 丢了 保价 ¥1,000 理赔 另外 网点一直推脱 投诉网点", "jd", "claim A; complaint A", cats=(4, 8))
R("{A} 拦截退回 顺便查一下重量 收了 12kg 的钱", "ems", "intercept A; weight A", cats=(4, 8))
R("{A} 仲裁 + 投诉 赔付金额只给了 ¥50 货值 ¥600", "cainiao", "arbitration A; complaint A", cats=(4, 8))
R("{A} 压坏了 客户要退 拦截退回 另外登记个破损", "sf", "intercept A; damaged A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------------
# confirm: hedged, undecided
# ---------------------------------------------------------------------------------------------------------------
R("{A} 要不拦截吧", "zto", "intercept A", cf=True, cats=(0,))
R("{A} 可能要退回 客户还在犹豫", "yto", "intercept A", cf=True, cats=(0,))
R("{A} 好像得改个地址 改到 昆明市官渡区 春城路 金马坊", "sto", "change_address A", cf=True, cats=(0,))
R("{A} 先拦着吧？我再问问客户", "yunda", "intercept A", cf=True, cats=(0,))
R("{A} 看看能不能撤单", "jt", "cancel A", cf=True, cats=(0,))
R("{A} 订单 {O} 客户说可能不要了 要不先撤单？", "jd", "cancel A", cf=True, cats=(4,))
R("{A} 拦截\n{A} 不拦\n{A} 还是拦吧 我也不确定 客户一会儿一个说法", "ems", "intercept A", cf=True, cats=(1, 2))
R("{A} 客户 {PN} 说可能换地址 大概是 深圳市宝安区西乡街道 宝源路 名优采购中心 我再确认下", "deppon",
  "change_address A", cf=True, cats=(4,))
R("{A} 如果还没签收就拦截", "cainiao", "intercept A", cats=(0,))
R("{A} 不知道要不要拦 感觉要拦一下", "sf", "intercept A", cf=True, cats=(0,))
R("{A} 估计得退回了 收件人电话 {PN} 一直打不通", "yto", "intercept A", cf=True, cats=(4,))
R("{A} 要是还没派送就拦回来", "zto", "intercept A", cats=(0,))

if __name__ == "__main__":
    W.main()
