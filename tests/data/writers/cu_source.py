"""Writer cu: a busy outlet group in Dongguan and Shenzhen where factory shipping clerks and warehouse staff write.

Casting note. The groups are the WeCom and DingTalk groups of express outlets in 长安, 虎门, 大朗, 厚街, 常平 and
松山湖 (Dongguan) and in 龙华, 宝安 沙井, 坂田 and 平湖 (Shenzhen), for ZTO, YTO, STO, Yunda, J&T, SF, JD, Deppon,
EMS and a Cainiao post; one 平湖 物流园 group ships with several carriers at once. The people who write are the
shipping clerks (跟单, 文员, 仓管) of small factories and of the warehouses that ship for web shops: 鑫达精密五金
(长安, screws, moulds, hardware samples), 衣恋服饰 (虎门, garments and fabric swatches), 大朗 毛织厂 (sweaters),
华讯电子 (龙华, Bluetooth earphones, cables, PCB samples), 沙井 灯饰厂 (lamp shades, LED strips) and the 坂田
一件代发仓 that packs for a dozen online shops. 跟单 阿芳, 仓管 小陈 (陈志强), the shipping lead 李姐 (李秀梅),
文员 小周, 黄经理 the supervisor, 阿杰 at the Shenzhen warehouse, 刘工 of quality control, 小温 of the shop's
e-commerce desk. They write standard Mandarin fast between loading trucks: lists of numbers pasted from Excel or the
ERP (tabs and runs of spaces, 序号/单号/件数/重量/处理 columns, PO numbers, 出库单 codes, carton counts, weights, buyers'
phones and 18-digit platform order numbers beside the waybills), positions ("第二个", "后面三个", "上面那几单", "除了最
后一个", "第3行"), one command for all but one, a row put right a minute later, and the bot's replies and each
other's messages quoted back in WeCom form (「…」 over a dashed rule) or DingTalk form (回复/引用) with a new request,
a question whether it was done, or a withdrawal because the customer's PO changed, the goods failed QC, or the
truck already left. About two in three messages are ordinary requests and questions.
"""

from harness import Writer

W = Writer("cu", seed=3141659)
R = W.R

Q = "\n- - - - - - - - - - - - - - -\n"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday single requests, every intent
# intercept
R("{A} 拦截退回 谢谢", "zto", "intercept A")
R("你好 {A} 麻烦拦截一下 客户那边PO取消了", "yto", "intercept A")
R("{A} 这票发错货了 M6的螺丝发成M5 退回长安仓", "zto", "intercept A")
R("拦截 {A}", "jt", "intercept A")
R("{A}\n退回 客户地址写的旧厂区 已经搬走了", "sto", "intercept A")
R("麻烦帮忙把 {A} 截回来，样品发早了，客户还没确认颜色", "sf", "intercept A")
R("{A} 别派了 退回东莞 品质那边说这批要返工", "yunda", "intercept A")
R("@中通长安网点 {A} 拦截退回寄件人，收货方拒收", "zto", "intercept A")
R("早上好 {A} 这个能拦截吗 发重了 同一个客户发了两次", "yto", "intercept A")
R("{A} 这票客户拒收了 退回吧", "jt", "intercept A")
R("{A} 帮忙拦一下，装箱单跟货对不上 少装两箱 要拉回来重新打包", "deppon", "intercept A")
R("你好，{A} 这单是昨天下午走的，客户说订单取消了，麻烦拦截退回，运费我们出", "zto", "intercept A")
R("{A} 退件 退回深圳龙华仓", "yunda", "intercept A")
R("能不能帮忙拦截 {A} 急 里面是客户的样板 发错公司了", "sf", "intercept A")
R("{A} 如果还没派送就拦截回来", "sto", "intercept A")
R("{A} 拦回来 谢谢 辛苦了", "jd", "intercept A")
R("拦截退回：{A}（原因：客户改单）", "yto", "intercept A")
R("我是虎门衣恋的阿芳，{A} 麻烦退回，颜色发错了，客户要的藏青发成黑色", "zto", "intercept A")
R("{A} 截件 退回我们仓库 大朗镇 毛织市场这边", "sto", "intercept A")
R("{A} 这个件麻烦拦截 客户那边厂里放假了 没人收 退回来等年后再发", "jt", "intercept A")
R("在吗 {A} 拦截 客户不要了", "yunda", "intercept A")
R("{A} 拦截退回，退到寄件地址就行，谢谢师傅", "ems", "intercept A")
R("@德邦平湖 {A} 这票零担麻烦拦截 货还在中转的话直接退回平湖", "deppon", "intercept A")
R("{A} 退回 客户说尺码做错了 整箱要返工", "yto", "intercept A")
R("{A} 包裹拦截一下，谢谢", "cainiao", "intercept A")
R("{A} 麻烦拦截，发到的是客户的老仓，老仓已经关了", "jd", "intercept A")
R("急急急 {A} 拦截 发错型号了", "zto", "intercept A")
R("你好 这个 {A} 帮我们拦一下退回来，客户验货不合格", "sf", "intercept A")

# cancel
R("{A} 撤单 还没揽收", "zto", "cancel A")
R("{A} 取消寄件 今天这票不走了 客户推迟交期", "sto", "cancel A")
R("麻烦 {A} 作废一下 面单打错了 重新下了单", "yunda", "cancel A")
R("你好 刚下的单 {A} 取消掉 师傅不用来收了", "sf", "cancel A")
R("{A} 不寄了 撤单 谢谢", "jt", "cancel A")
R("帮忙取消一下订单 {A}，下错仓了 应该从深圳仓发", "jd", "cancel A")
R("{A} 这个单号作废 货还在我们仓库没交出去", "zto", "cancel A")
R("撤单 {A}", "yto", "cancel A")
R("{A} 麻烦撤销，客户刚刚取消了订单", "deppon", "cancel A")
R("{A} 撤一下单 货没打包好 明天重新下", "yunda", "cancel A")
R("@申通大朗 {A} 取消 这票不发了", "sto", "cancel A")
R("{A} 取消寄件，谢谢！", "ems", "cancel A")
R("{A} 这单帮我撤了 货被业务拿去当面交了", "jt", "cancel A")
R("{A} 驿站这边取消寄件 还没交给快递员", "cainiao", "cancel A")

# change_address
R("{A} 改地址：东莞市长安镇厦边社区 振安东路86号 鑫达五金 仓库收 陈生 {P}", "zto", "change_address A",
  cats=(4,))
R("{A} 地址改为 深圳市宝安区沙井街道 新桥第三工业区B栋3楼 收件人刘工 {PN}", "jt", "change_address A", cats=(4,))
R("{A} 麻烦改派到 苏州昆山开发区 前进东路 科技园5号楼 电话不变", "sf", "change_address A")
R("{A} 转寄到 东莞松山湖 工业北路 研发园7栋一楼前台 王小姐收", "sto", "change_address A")
R("{A} 改个地址 客户厂搬了 新地址：惠州市仲恺高新区 和畅五路西18号", "yto", "change_address A")
R("{A} 改地址", "zto", "change_address A", nh=True)
R("{A} 收件人改为 李志明 电话 {P}", "yunda", "change_address A", nh=True, cats=(4,))
R("帮忙把 {A} 改派到 佛山顺德北滘镇 工业大道12号 仓库 联系人 {PN}", "jd", "change_address A", cats=(4,))
R("{A} 地址写错了，不是厚街是虎门，虎门镇赤岗社区 富马路32号 衣恋服饰", "zto", "change_address A")
R("{A} 这个是寄富士康的，门岗不让进，改送到 深圳龙华 东环二路2号 北门收发室", "yto", "change_address A")
R("{A} 客户要求改到公司地址：广州市番禺区 南村镇 万博二路 79号 1203", "sf", "change_address A")
R("{A} 麻烦改一下地址 改到 东莞市常平镇 常平大道 物流园C仓 收货人不变", "deppon", "change_address A")
R("{A} 地址要改 客户一会把新地址发过来", "jt", "change_address A", nh=True)
R("{A} 电话改为 {PN}", "sto", "change_address A", nh=True, cats=(4,))

# urge
R("{A} 催一下 客户产线等着用", "zto", "urge A")
R("{A} 三天了还没到 催催", "yto", "urge A")
R("麻烦 {A} 加急派送 今天下午要上线", "sf", "urge A")
R("{A} 帮忙催件 谢谢", "jt", "urge A")
R("{A} 到苏州两天了还没派 催一下派件员", "sto", "urge A")
R("{A} 能不能催一下 客户那边在等样品开会", "yunda", "urge A")
R("客户一直在问 {A} 麻烦催下派送", "zto", "urge A")
R("{A} 尽快派送 客户明天放假收不了", "deppon", "urge A")
R("{A} 催派 客户厂里下午五点下班", "yto", "urge A")
R("你好 {A} 显示派送中一整天了 催一下", "jt", "urge A")
R("{A} 这票是客户急单 帮忙加急", "zto", "urge A")
R("{A} 催件！客户停线了", "jd", "urge A")
R("黄经理让问一下 {A} 能不能今天送到 帮忙催催", "sto", "urge A")
R("{A} 在宁波网点放了两天了 麻烦催一下派送", "yunda", "urge A")

# verify_delivery
R("{A} 显示签收了 客户说没收到 帮忙核实一下", "zto", "verify_delivery A")
R("{A} 签收人写的门卫 但是门卫说没这个件 核实下", "yto", "verify_delivery A")
R("{A} 系统显示已签收 收货仓说没见到这票货 麻烦查下谁签的", "deppon", "verify_delivery A")
R("{A} 虚假签收吧 客户一整天都在厂里 没人送过来", "sto", "verify_delivery A")
R("你好 {A} 显示被别人签收了 客户那边没拿到", "jt", "verify_delivery A")
R("{A} 妥投了 但是收件公司说前台没收到 麻烦核实签收", "ems", "verify_delivery A")

# damaged
R("{A} 到货外箱压烂了 里面两个灯罩碎了", "sto", "damaged A")
R("{A} 客户收到破损 五金件把纸箱戳穿了 拍了照片", "zto", "damaged A")
R("{A} 显示屏压坏了 登记一下破损", "jd", "damaged A")
R("{A} 里面的胶水漏液了 整箱都黏住了", "yunda", "damaged A")
R("{A} 木架散了 机器侧面有凹痕", "deppon", "damaged A")

# lost
R("{A} 丢件了 一周没有任何记录 客户一直没收到", "yto", "lost A")
R("{A} 三箱只到了两箱 少件", "deppon", "lost A")
R("{A} 是不是丢了 十天没动了", "zto", "lost A")
R("{A} 中转站说找不到这票货了 登记遗失吧", "jt", "lost A")
R("{A} 一票五件 客户只收到四件 第五箱没收到", "sto", "lost A")

# weight
R("{A} 重量不对 我们称的3.2公斤 系统算了8公斤", "zto", "weight A", cats=(4,))
R("{A} 帮忙核一下重量 这票就一袋螺丝样品 怎么收了12块", "yto", "weight A", cats=(4,))
R("{A} 超重了？一个纸盒子而已 重新称一下", "sto", "weight A")
R("{A} 计费重量42kg 我们出库过磅31kg 麻烦核重", "deppon", "weight A", cats=(4,))
R("{A} 这票体积重算得不对 箱子是40*30*25的 核一下", "sf", "weight A", cats=(4,))

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("{A} 这个什么时候能到 客户问了好几次了", "jt", "track A")
R("查一下 {A} 物流", "sf", "track A")
R("{A} 现在在哪 揽收了没", "sto", "track A")
R("帮看下这几个到哪了\n{A}\n{B}", "yunda", "track A B")
R("{A} 大概几天到成都", "zto", "track A")
R("你好 麻烦查件 {A}", "ems", "track A")
R("{A} 物流轨迹发一下 客户要截图", "jd", "track A")
R("{A} 出东莞了没", "deppon", "track A")

# delay
R("{A} 在东莞转运中心三天没动了", "zto", "delay A")
R("{A} 物流好几天没更新了", "jt", "delay A")
R("{A} 怎么还没到 是不是延误了 正常两天就到", "yto", "delay A")
R("{A} 卡在武汉中转 四天了", "sto", "delay A")
R("{A} 这票延误了 客户那边合同有交期的 帮忙登记一下", "yunda", "delay A")

# claim, complaint, arbitration
R("{A} 破了 客户要赔偿 货值680", "sto", "claim A", cats=(4, 8))
R("{A} 丢了 申请理赔 发票金额1250元", "zto", "claim A", cats=(4, 8))
R("{A} 理赔 里面三个模具镶件全摔坏了", "deppon", "claim A", cats=(8,))
R("{A} 投诉派件员 打电话态度很差 还说不送上楼", "yto", "complaint A")
R("{A} 快递员没打电话直接把货放厂门口 客户要投诉", "jt", "complaint A")
R("{A} 这票理赔一直谈不拢 申请仲裁", "zto", "arbitration A")
R("投诉 {A} 揽收员说好下午三点来收 六点都没来 一车货等着", "sto", "complaint A")

# ---------------------------------------------------------------- 7: several parcels, lists, rows (ordinary)
R("以下几单都拦截退回：\n{A}\n{B}\n{C}\n{D}", "zto", "intercept A B C D", cats=(7,))
R("{A}、{B}、{C} 三票催一下，都是发成都的 客户等着开线", "yto", "urge A B C", cats=(7,))
R("{A} 拦截\n{B} 催件\n{C} 改地址 东莞市大朗镇 毛织市场B区203", "sto", "intercept A; urge B; change_address C",
  cats=(7,))
R("单号\t处理\n{A}\t拦截\n{B}\t拦截\n{C}\t撤单", "zto", "intercept A B; cancel C", cats=(7,))
R("序号\t快递单号\t收件人\t电话\t处理方式\n1\t{A}\t王生\t{P}\t拦截退回\n2\t{B}\t李小姐\t{P2}\t催件", "yto",
  "intercept A; urge B", cats=(4, 7))
R("{A}    拦截    客户取消\n{B}    催件    急\n{C}    查件", "jt", "intercept A; urge B; track C", cats=(7,))
R("{A} {B} 撤单，这两票明天跟大货一起走", "jt", "cancel A B")
R("{A}\n{B}\n这两个催一下 都是发昆山的", "jt", "urge A B")
R("今天要拦的：\n{A}\n{B}\n{C}\n麻烦了", "yunda", "intercept A B C", cats=(7,))
R("催件\n{A}\n{B}\n{C}\n{D}\n{E}", "zto", "urge A B C D E", cats=(7,))
R("{A} {B} {C} 这三单麻烦查一下物流 客户说一直没更新", "sto", "track A B C", cats=(7,))
R("撤单：{A} {B}\n拦截：{C}", "yto", "cancel A B; intercept C", cats=(7,))
R("{A} 拦截退回\n{B} 拦截退回\n{C} 拦截退回", "sf", "intercept A B C", cats=(7,))
R("麻烦帮忙催一下这几票，都是客户急用的：\n1. {A}\n2. {B}\n3. {C}", "jd", "urge A B C", cats=(7,))
R("快递单号\t件数\t重量(kg)\t处理\n{A}\t3\t45.5\t核重 收了60kg\n{B}\t1\t8\t催件\n{C}\t2\t22\t核重", "deppon",
  "weight A C; urge B", cats=(4, 7))
R("{A}\t拦截\n{B}\t拦截\n{C}\t改地址\t东莞市厚街镇 双岗社区 家具大道 168号", "zto",
  "intercept A B; change_address C", cats=(7,))
R("今天下午这批全部撤单，车没来 明天重新下\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}", "sto", "cancel A B C D E F",
  cats=(7,))
R("这几票显示签收 客户都说没收到 麻烦核实\n{A}\n{B}", "yto", "verify_delivery A B", cats=(7,))
R("{A} 催件 {B} 催件 {C} 到哪了", "yunda", "urge A B; track C", cats=(7,))
R("{A}（2箱）{B}（1箱）一起拦截 都是同一个客户的", "zto", "intercept A B", cats=(4, 7))
R("{A} 和 {B} 麻烦改地址 都改到 深圳市坂田 五和大道118号 华讯仓 收货人阿杰", "jt",
  "change_address A B", cats=(7,))
R("{A}\n{B}\n{C}\n都是昨天发广州的 在转运中心不动了", "zto", "delay A B C", cats=(7,))
R("拦截 {A}\n拦截 {B}\n催件 {C}\n谢谢", "yto", "intercept A B; urge C", cats=(7,))
R("{A} 破损\n{B} 破损\n都是灯罩碎了 客户拍了视频", "sto", "damaged A B", cats=(7,))
R("出库单 CK241206015 共三票：{A} {B} {C}，全部拦截，客户整单取消", "zto", "intercept A B C", cats=(4, 7))
R("{A} 撤单\n{B} 撤单\n{C} 这个已经揽收了 拦截吧", "jt", "cancel A B; intercept C", cats=(7,))
R("单号 | 操作\n{A} | 拦截\n{B} | 催派\n{C} | 催派\n{D} | 拦截", "yunda", "intercept A D; urge B C", cats=(7,))
R("麻烦查下这些的重量 感觉都算多了\n{A}\n{B}\n{C}", "sto", "weight A B C", cats=(7,))
R("{A} {B}\n这两个帮我拦一下", "sf", "intercept A B", cats=(7,))
R("{A} 到哪了\n{B} 到哪了", "jd", "track A B", cats=(7,))

# several carriers in the 平湖 物流园 group
R("{A} 拦截\n{B} 催件", None, "intercept A; urge B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("圆通 {A} 退回，极兔 {B} 也退回", None, "intercept A B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("{A} 顺丰那票到哪了", None, "track A", draw="sf")
R("{A} 京东的 客户要改地址 改到 东莞市塘厦镇 林村 新太阳工业城5栋", None, "change_address A", draw="jd")
R("{A} 德邦的 催一下 {B} 圆通的 拦截", None, "urge A; intercept B", draw={"A": "deppon", "B": "yto"},
  cats=(7,))
R("{A}\n{B}\n{C}\n三个都催", None, "urge A B C", draw={"A": "sf", "B": "jd", "C": "jt"}, cats=(7,))
R("{A} 撤单", None, "cancel A", draw="jt")
R("{A} 显示签收 客户没收到", None, "verify_delivery A", draw="deppon")
R("@物流园客服 {A} 拦截退回 {B} 查下物流", None, "intercept A; track B", draw={"A": "sf", "B": "yto"},
  cats=(7,))

# ---------------------------------------------------------------- 7: positions
R("{A}\n{B}\n{C}\n第一个拦截 后面两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} {B} {C} {D} {E}\n除了最后一个 都拦截", "yto", "intercept A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n上面这几单全部撤单", "sto", "cancel A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n第二个改地址 改到 东莞市凤岗镇 雁田村 天安数码城2栋 其他两个不动", "sto", "change_address B",
  cats=(7,))
R("{A} {B} {C}\n中间那个拦截", "jt", "intercept B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n倒数第二个催一下 最后一个查下到哪了", "zto", "urge C; track D", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n前三个拦截 后三个撤单（后面三个还没揽收）", "sto", "intercept A B C; cancel D E F",
  cats=(7,))
R("{A}\n{B}\n{C}\n第1、3个拦截，第2个催件", "yunda", "intercept A C; urge B", cats=(7,))
R("拦截这几单，第四个除外\n{A}\n{B}\n{C}\n{D}\n{E}", "yto", "intercept A B C E", cats=(7,))
R("{A} {B} {C} {D} {E} 这五票除了 {C} 都退回", "zto", "intercept A B D E", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第一第二拦截 后面三个改地址 都改到 东莞市常平镇 常平大道 物流园C仓", "jt",
  "intercept A B; change_address C D E", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n第一个和最后一个催一下", "yto", "urge A D", cats=(7,))
R("{A} {B} {C}\n后两个拦截", "sto", "intercept B C", cats=(7,))
R("这四票 {A} {B} {C} {D}\n前两票撤单 后两票已经揽收了 拦截", "zto", "cancel A B; intercept C D", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n以上全部催件", "yunda", "urge A B C D E", cats=(7,))
R("{A}\n{B}\n{C}\n第三个显示签收了没收到 帮忙核实 其他两个催一下", "yto", "verify_delivery C; urge A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n第2行第4行拦截", "jt", "intercept B D", cats=(7,))
R("{A} 苏州\n{B} 成都\n{C} 武汉\n发成都那个拦截", "zto", "intercept B", cats=(7,))
R("{A}（阿芳的）\n{B}（李姐的）\n李姐那票催一下", "sto", "urge B", cats=(7,))
R("订单 {O} 快递 {A}\n订单 {O2} 快递 {B}\n第二个拦截 客户退款了", "yto", "intercept B", cats=(4, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n这8票都是发义乌的 全部催一下", "zto", "urge A B C D E F G H", cats=(7,))
R("{A} {B}\n第一个到哪了 第二个是不是丢了 一个星期没动", "jt", "track A; lost B", cats=(7,))
R("①{A}\n②{B}\n③{C}\n②③拦截 ①催件", "yunda", "intercept B C; urge A", cats=(7,))
R("1. {A}\n2. {B}\n3. {C}\n4. {D}\n1和4撤单 2和3拦截", "sto", "cancel A D; intercept B C", cats=(7,))
R("{A}\n{B}\n{C}\n最上面那个改地址：深圳市宝安区 福永街道 凤凰第一工业区 A3栋 {PN}", "sf", "change_address A",
  cats=(4, 7))
R("{A} {B} {C} {D}\n单数拦截 双数催件", "zto", "intercept A C; urge B D", cats=(7,))

# ---------------------------------------------------------------- 3: the bot's replies quoted back
R("「中通长安小助手：@阿芳 {A} 拦截已提交，结果会第一时间通知您」" + Q + "{B} 这个也拦一下", "zto", "intercept B",
  cats=(3,))
R("「网点客服：@小陈 {A} {B} 已为您催促派送，请耐心等待」" + Q + "第二个现在到哪了", "yto", "track B", cats=(3, 7))
R("「网点客服：@小陈 {A} 拦截已提交，结果会第一时间通知您」" + Q + "不用拦了 客户又要了", "jt", "", nh=True,
  cats=(1, 3))
R("「客服机器人：@李姐 {A} 已签收，无法拦截」" + Q + "签收了？？客户说没收到啊 帮忙核实一下", "sto",
  "verify_delivery A", cats=(3,))
R("「客服机器人：@小周 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + Q + "好的 那撤单", "yunda",
  "cancel A", cats=(3,))
R("「客服机器人：@小周 请确认：{A} 拦截退回？回复“确认”即办理」" + Q + "确认", "zto", "intercept A", cats=(3,))
R("「客服机器人：@小周 请确认：{A} 拦截退回？回复“确认”即办理」" + Q + "先别 我再问问客户", "zto", "", nh=True,
  cats=(1, 3))
R("「网点客服：@阿杰 {A} {B} {C} 拦截已提交，结果会第一时间通知您」" + Q + "第三个不用拦了 刚跟客户确认 他要", "yto",
  "", nh=True, cats=(1, 3, 7))
R("「网点客服：@阿杰 {A} {B} {C} 拦截已提交，结果会第一时间通知您」" + Q + "这几个拦截成功了没", "yto", "", nh=True,
  cats=(3, 7))
R("「网点客服：@李姐 {A} {B} 已为您催促派送，请耐心等待」" + Q + "{A} 催了还是没动 登记延误吧", "sto", "delay A",
  cats=(3,))
R("「网点客服：@小陈 {A} 撤单成功」" + Q + "撤错了 这个是要发的 能恢复吗", "jt", "", nh=True, cats=(3,))
R("「网点客服：@阿芳 您的消息已转人工客服处理，请稍候」" + Q + "等了半小时了 {A} 到底能不能拦 客户那边急", "zto",
  "intercept A", cats=(3,))
R("「网点客服：@小周 {A} 改址已提交，结果会第一时间通知您」" + Q + "地址又变了 改到 东莞市虎门镇 太平 银龙路12号 不好意思",
  "yto", "change_address A", cats=(2, 3))
R("「网点客服：@小周 {A} 改址已提交，结果会第一时间通知您」" + Q + "改址取消 直接退回吧 客户不要了", "sf", "intercept A",
  cats=(2, 3))
R("「网点客服：@黄经理 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + Q + "客户要求赔偿 货值2300 麻烦一起走理赔",
  "deppon", "claim A", cats=(3, 4, 8))
R("「网点客服：@阿芳 {A} 已为您登记延误工单，结果会第一时间通知您」" + Q + "客户要投诉 麻烦帮忙登记一下", "zto",
  "complaint A", cats=(3,))
R("「网点客服：@小陈 {A} 已为您催促派送，请耐心等待」" + Q + "谢谢", "jt", "", cats=(3,))
R("「网点客服：@小陈 {A} 拦截已提交，结果会第一时间通知您」" + Q + "好的 麻烦了 有结果跟我说下", "sto", "", cats=(3,))
R("「网点客服：@李姐 {A} 已签收，无法拦截」" + Q + "好吧 那我让客户自己寄回来", "yunda", "", cats=(3,))
R("「网点客服：@小周 {A} 拦截已提交，结果会第一时间通知您」" + Q + "还有 {B} 呢 也要拦截的", "yto", "intercept B",
  cats=(3,))
R("「网点客服：@小陈 {A} 已为您催促派送，请耐心等待」" + Q + "{B} {C} 同样催一下", "zto", "urge B C", cats=(3, 7))
R("「网点客服：@李姐 {A} 拦截已提交，结果会第一时间通知您」" + Q + "拦截的那票现在到哪了 退回来没", "jt", "track A",
  cats=(3,))
R("回复 网点客服：@小周 {A} 撤单成功\n谢谢 {B} 也撤一下", "sto", "cancel B", cats=(3,))
R("「网点客服：@阿芳 {A} {B} {C} 拦截已提交，结果会第一时间通知您」" + Q + "第二个不用拦了 客户又要了 另外两个继续",
  "zto", "", nh=True, cats=(1, 3, 7))
R("「网点客服：@小陈 {A} 已签收，无法拦截」" + Q + "那 {B} 呢 也是同一批的 能拦就拦", "yto", "intercept B", cats=(3,))
R("「网点客服：@阿芳 {A} {B} 改址已提交，结果会第一时间通知您」" + Q + "第一个改成退回 不改地址了", "jt", "intercept A",
  cats=(2, 3, 7))
R("「网点客服：@小周 {A} 拦截已提交，结果会第一时间通知您」" + Q + "再加两个 {B} {C}", "yunda", "intercept B C",
  cats=(3, 7))
R("「网点客服：@小周 {A} 已为您催促派送，请耐心等待」" + Q + "催了两天还是没到 是不是丢了", "sto", "lost A", cats=(3,))
R("「网点客服：@阿杰 {A} 拦截已提交，结果会第一时间通知您」" + Q + "刚才漏了两个 {B} {C} 也拦截 这三个是一起的",
  "jd", "intercept B C", cats=(3, 7))
R("「网点客服：@李姐 请确认：{A} 拦截退回？回复“确认”即办理」" + Q + "确认 拦截退回", "sto", "intercept A",
  cats=(3,))

# ---------------------------------------------------------------- 3: colleagues quoted, in WeCom and DingTalk
R("「阿芳：{A} 拦截」" + Q + "这个不用拦了 客户说还是要", "zto", "", nh=True, cats=(1, 3))
R("「李姐：{A} {B} {C} 这三个拦截退回」" + Q + "还有 {D} 也一起拦", "yto", "intercept D", cats=(3, 7))
R("「阿杰：{A} 这个要不要拦？客户好像不要了」" + Q + "拦 我刚跟客户确认过了", "jt", "intercept A", cats=(3,))
R("「阿杰：{A} 这个要不要拦？」" + Q + "不用 让它正常送", "jt", "", cats=(1, 3))
R("「小周：\n{A}\n{B}\n{C}\n{D}」" + Q + "除了最后一个 都催一下", "sto", "urge A B C", cats=(3, 7))
R("「小周：{A} {B} {C} {D} 今天都要拦截」" + Q + "@小周 第三个我刚问了客户 不用拦 其他照拦", "zto",
  "intercept A B D", nh=True, cats=(1, 3, 7))
R("「李姐：{A} 催件」" + Q + "这个不用催了 客户说已经收到了", "yunda", "", nh=True, cats=(1, 3))
R("回复 阿芳：{A} {B} 撤单\n{B} 先别撤 还要发", "sto", "", nh=True, cats=(1, 3))
R("引用 阿杰：{A} 改地址 改到 深圳市龙岗区坂田 五和大道118号\n改派不用了 直接退回吧", "yto", "intercept A",
  cats=(1, 3))
R("「小周：{A:typo} 催件」" + Q + "单号打错了 是 {A} 这个催一下", "jt", "urge A", cats=(2, 3))
R("「阿芳：今天要拦的：\n{A}\n{B}\n{C}」" + Q + "第一个已经签收了 后面两个拦了没", "zto", "", nh=True, cats=(3, 7))
R("「李姐：{A} 到哪了」" + Q + "这个也帮忙催一下", "yto", "urge A", cats=(3,))
R("「李姐：{A} 破损 灯罩碎了」" + Q + "客户要赔偿 帮忙走理赔", "sto", "claim A", cats=(3, 8))
R("回复 小陈：{A} 拦截\n我看了下 这单已经签收了 拦不了 帮忙核实下是谁签的 客户说没收到", "jt", "verify_delivery A",
  cats=(3,))
R("{A} 拦截退回\n------\n上面这条发错群了 不是你们的件 忽略", "zto", "", nh=True, cats=(1, 3))
R("「阿芳：{A} {B} 这两个改地址 改到 东莞市长安镇 乌沙 兴发路18号」" + Q + "{B} 不用改 是另一个客户的", "yunda", "",
  nh=True, cats=(1, 3))
R("「黄经理：这批货全部拦截 客户那边出问题了\n{A}\n{B}\n{C}」" + Q + "收到 我来发", "zto", "", cats=(3,))
R("「黄经理：这批货全部拦截\n{A}\n{B}\n{C}」" + Q + "@网点客服 按黄经理说的 这三票拦截", "zto", "intercept A B C",
  cats=(3, 7))
R("「阿杰：{A} 改地址吗？」" + Q + "改 改到 深圳市龙华区 观澜 大富工业区12栋 收件人不变", "yto", "change_address A",
  cats=(3,))
R("「小温：客户说 {A} 地址写错了」" + Q + "那先拦截 等客户给新地址再重新发", "jt", "intercept A", cats=(3,))
R("「小陈：今天退货的单号\n{A}\n{B}\n{C}」" + Q + "上面这几个都拦截退回", "sto", "intercept A B C", cats=(3, 7))
R("「李姐：\n{A}\n{B}\n{C}\n{D}\n{E}」" + Q + "这几个是今天发苏州的 后面三个拦截", "yto", "intercept C D E", cats=(3, 7))
R("「阿杰：\n{A}\n{B}\n{C}\n{D}\n这几个撤单」" + Q + "最后一个已经揽收了 改成拦截", "zto", "intercept D", cats=(2, 3, 7))
R("「阿芳：{A} 到哪了」" + Q + "这个显示签收了 但客户没收到 核实下", "sto", "verify_delivery A", cats=(3,))
R("回复 小陈：{A} 催件\n{B} 也催一下", "yunda", "urge B", cats=(3,))
R("{A} 催件\n-------\n发错了 应该是 {B} 催件 {A} 是别人家的", "jt", "urge B", cats=(2, 3))
R("「刘工：{A} 这批QC没过 要拦」" + Q + "@网点客服 {A} 拦截退回 谢谢", "zto", "intercept A", cats=(3,))
R("「小温：{A} 买家说不要了 要不要退回？」" + Q + "等下 我问下买家 先别动", "yto", "", cats=(3,))
R("引用 黄经理：{A} {B} {C} 都改到松山湖新仓\n新仓地址：东莞市松山湖 科技九路 2号 B栋一楼 收货人 小陈 {PN}\n麻烦按这个改",
  "sf", "change_address A B C", cats=(3, 4, 7))
R("「李姐：{A} 拦截\n{B} 拦截」" + Q + "第二个我刚看了 是催件不是拦截 写错了", "zto", "urge B", cats=(2, 3))

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} {B} {C} 都拦截，{B} 不用 那个客户还要", "zto", "intercept A C", cats=(1, 7))
R("{A} 拦截……算了不拦了 客户又说要", "yto", "", cats=(1,))
R("{A} {B} {C} 拦截\n等下 {A} 客户又要了 不拦了", "jt", "intercept B C", cats=(1, 7))
R("早上让拦的 {A} 不用拦了，改成催件", "sto", "urge A", cats=(1, 2))
R("{A} 不用拦截 改派到 东莞市虎门镇 连升路 富民商业大厦3楼", "zto", "change_address A", cats=(1,))
R("{A} 不是拦截 是催件 刚才说错了", "yunda", "urge A", cats=(1, 2))
R("{A} 不是不拦 是现在就拦 别等明天了", "yto", "intercept A", cats=(1,))
R("{A} 不用拦了", "zto", "", nh=True, cats=(1,))
R("{A} 不用催了 客户已经拿到了", "jt", "", nh=True, cats=(1,))
R("刚才说 {A} 撤单 现在不撤了 照常发", "sto", "", nh=True, cats=(1,))
R("上面那几单 都催一下", "zto", "", nh=True, cats=(7,))
R("{A} {B} {C} 拦截 第二个算了 不拦", "yto", "intercept A C", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n都拦截 除了 {D} 那票 那票已经签收了", "jt", "intercept A B C", cats=(1, 7))
R("全部催件 但是第三个不用催 客户自提\n{A}\n{B}\n{C}\n{D}", "sto", "urge A B D", cats=(1, 7))
R("{A} 和 {B} 都不用处理了 谢谢 客户自己解决了", "zto", "", nh=True, cats=(1,))
R("{A} 不要退回，改派到 深圳市宝安区 西乡 固戍二路88号 仓库", "jt", "change_address A", cats=(1,))
R("{A} 拦截 {B} 不用拦 {C} 拦截", "yunda", "intercept A C", cats=(1, 7))
R("这几单不是要拦截 是要查下到哪了\n{A}\n{B}", "yto", "track A B", cats=(1, 7))
R("{A} 别催了 客户说不急 下周再送也行", "sto", "", nh=True, cats=(1,))
R("{A} 没有破损 就是晚了两天 客户有点急 催一下", "zto", "urge A", cats=(1,))
R("{A} 不是丢了 是客户那边仓库放错位置了 已经找到了", "jt", "", nh=True, cats=(1,))
R("序号 单号 处理\n1 {A} 拦截\n2 {B} 拦截\n3 {C} 拦截\n4 {D} 拦截\n第3行不要了 别拦", "zto", "intercept A B D",
  cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n这几单全部拦截\n——第二个和第四个不用 刚核对过 那两个是补发的", "yto", "intercept A C E",
  cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n后面三个催一下 第一个不用", "sto", "urge B C D", cats=(1, 7))
R("{A}\n{B}\n上面两个 第一个拦截 第二个不用拦 催一下", "jt", "intercept A; urge B", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n全部拦截，只有第三个照常派送", "zto", "intercept A B D", cats=(1, 7))
R("{A}\n{B}\n{C}\n拦截的是第二个 另外两个正常发", "yunda", "intercept B", cats=(7,))
R("这批全部撤单 只有 {C} 照常发\n{A}\n{B}\n{C}\n{D}", "sto", "cancel A B D", cats=(1, 7))
R("{A} 先不用撤单了 客户说还是要 今天照常揽收", "zto", "", nh=True, cats=(1,))
R("{A} 拦截 {A} 算了不拦了 {B} 拦截", "jt", "intercept B", cats=(1, 7))

# ---------------------------------------------------------------- 2: corrections
R("{A:typo} 拦截\n更正 单号打错了 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} {B} {C} 拦截\n不对 第三个是催件 发错了", "jt", "intercept A B; urge C", cats=(2, 7))
R("{A} 改地址 改到 长安镇 锦厦 河东路 ……算了不改了 直接退回", "sto", "intercept A", cats=(2,))
R("{A}\n{B}\n{C}\n第二个拦截 不对 是第三个", "zto", "intercept C", cats=(2, 7))
R("{A} {B} 第一个催 第二个拦\n说反了 第一个拦 第二个催", "yto", "intercept A; urge B", cats=(2, 7))
R("{A:cut} 拦截 少打了一位 完整的是 {A}", "yto", "intercept A", cats=(2, 6))
R("{A} 拦截 客户说地址错了\n--更正：不是拦截 是改地址 改到 东莞市长安镇 上沙 第二工业区 振华路9号", "zto",
  "change_address A", cats=(2,))
R("{A} 催件 {B} 催件\n更正一下 {B} 是拦截", "yunda", "urge A; intercept B", cats=(2, 7))
R("{A} 退回 还是改地址吧 改到 苏州工业园区 星湖街328号 创意产业园B5", "sf", "change_address A", cats=(2,))
R("{A} 改址取消，还是拦截吧", "zto", "intercept A", cats=(2,))
R("{A}\n{B}\n{C}\n{D}\n以上拦截\n更正：第三个单号错了 应该是 {E}", "jt", "intercept A B D E", cats=(2, 7))
R("{A} 撤单 撤单\n单号发错了 这个是今天的大货 别撤 要撤的是 {B}", "sto", "cancel B", cats=(2,))
R("{A} {B} 撤单\n哦不对 {B} 已经被师傅收走了 那 {B} 拦截", "zto", "cancel A; intercept B", cats=(2, 7))
R("{A:typo}\n{B}\n这两个催件\n第一个打错了 是 {A}", "yto", "urge A B", cats=(2, 7))
R("{A} 拦截\n不好意思 是 {B} 拦截 {A} 正常送", "jt", "intercept B", cats=(2,))
R("{A} {B} {C}\n前两个拦截\n等等 是后两个", "sto", "intercept B C", cats=(2, 7))
R("{A} 催件，哦 不是 这个要查重量 收了我们45块", "zto", "weight A", cats=(2, 4))
R("{A} 改地址到 东莞市厚街镇 三屯 工业区 ……地址不对 是 东莞市厚街镇 新围 工业区 东区 6号", "yunda", "change_address A",
  cats=(2,))

# ---------------------------------------------------------------- hedges and conditions
R("{A} 要不还是拦截吧 我再跟业务确认下", "zto", "intercept A", cf=True)
R("{A} 可能要退回 客户那边还在开会 先跟你们说一声", "yto", "intercept A", cf=True)
R("{A} 先拦着吧？我问下黄经理", "jt", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说搬到 东莞市南城 鸿福路108号 了 我再确认下", "sto", "change_address A", cf=True)
R("{A} {B} 看看能不能撤单 还没确定要不要发", "zto", "cancel A B", cf=True, cats=(7,))
R("{A} {B} {C}\n后面两个可能要拦 等客户回复", "yunda", "intercept B C", cf=True, cats=(7,))
R("{A} 能拦就拦 拦不了就算了", "yto", "intercept A")
R("{A} 要是还没出广东就拦截回来", "zto", "intercept A")
R("{A} 明早还没派送的话 就退回", "jt", "intercept A")
R("{A} 这个估计要拦 QC报告还没出来 先帮我拦着", "sto", "intercept A", cf=True)

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下", "zto", "urge A", cats=(6,))
R("EMS {A:sp} 到哪了", "ems", "track A", draw="ems_s10", cats=(6,))
R("{A:nl}\n撤单", "sto", "cancel A", cf=True, cats=(6,))
R("{A:nl} 催件", "jt", "urge A", cats=(6,))
R("{A:fw} 拦截退回", "yto", "intercept A", cats=(6,))
R("{A:dash} 改地址 改到 深圳市南山区 科技园 高新南一道6号", "sf", "change_address A", cats=(6,))
R("{A:lc} 查件", "jd", "track A", cats=(6,))
R("{A}\n{B:nl}\n这两个拦截", "jt", "intercept A B", cf=True, cats=(6, 7))
R("{A:sp} {B:sp} 这两票撤单", "ems", "cancel A B", draw="ems_s10", cats=(6, 7))
R("{A:sp}\n{B:sp}\n{C:sp}\n三个都催", "yunda", "urge A B C", cats=(6, 7))
R("单号 {A:dash} 显示签收 客户没收到", "sto", "verify_delivery A", cats=(6,))
R("{A:nl} 改地址 改到 东莞市大岭山镇 连平 计岭工业区 3号", "zto", "change_address A", cf=True, cats=(6,))
R("{A:lc} {B:lc} 拦截", "yto", "intercept A B", cats=(6, 7))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:x} 催件", "jt", "", nh=True, cats=(6,))
R("{A:sp} 这个邮政的 破了", "ems", "damaged A", draw="ems_s10", cats=(6,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("PO号 DG24120387 对应的 {A} 拦截退回，客户PO取消了", "zto", "intercept A", cats=(4,))
R("{A} 催一下 收件人电话 {PN} 打不通的话打这个 {PN2}", "yto", "urge A", cats=(4,))
R("订单号 {O} 快递 {A} 客户申请退款了 拦截", "jt", "intercept A", cats=(4,))
R("{A} 共12箱 总重236kg 客户只收到11箱", "deppon", "lost A", cats=(4,))
R("{A} 客户电话 {PN} 一直打不通 退回吧", "sto", "intercept A", cats=(4,))
R("{A} 收件人 刘先生 {P} 改地址 改到 东莞市长安镇 涌头 第三工业区", "yunda", "change_address A", cats=(4,))
R("{A} 货值3680元 报价了的 压坏了 要理赔", "zto", "claim A", cats=(4, 8))
R("{O} 这个是订单号 快递单号是 {A} 帮忙查下到哪了", "yto", "track A", cats=(4,))
R("客户 {PN} 说 {A} 还没收到 催一下", "jt", "urge A", cats=(4,))
R("{A} 运费23元 重量2.1kg 这个价不对吧 帮忙核重", "sto", "weight A", cats=(4,))
R("箱唛 XD-2412-087 那票 {A} 拦截", "zto", "intercept A", cats=(4,))
R("{A}\t{P}\t东莞长安\t拦截\n{B}\t{P2}\t深圳宝安\t催件", "yto", "intercept A; urge B", cats=(4, 7))
R("{A} 1/3\n{B} 2/3\n{C} 3/3\n一票三件 全部拦截", "jt", "intercept A B C", cats=(4, 7))
R("12月6号发的 {A} 到现在没到 是不是丢了", "zto", "lost A", cats=(4,))
R("{A} 客户电话换了 新号码 {PN}", "sto", "change_address A", nh=True, cats=(4,))
R("收件人电话 {PN}，单号 {A}，麻烦催派", "yunda", "urge A", cats=(4,))
R("{A} 退回 退回地址写 东莞市长安镇 沙头南区 {PN} 陈生", "zto", "intercept A", cats=(4,))
R("出货单 SH20241207-03 的两票 {A} {B} 撤单 明天重新约车", "jt", "cancel A B", cats=(4, 7))
R("{A} 180元到付 客户拒付 退回", "yto", "intercept A", cats=(4,))
R("订单号\t快递单号\t收件电话\t操作\n{O}\t{A}\t{PN}\t拦截\n{O2}\t{B}\t{PN2}\t催件", "zto", "intercept A; urge B",
  cats=(4, 7))
R("{A} 这票是客户 {P} 的，他说三天前就该到了 现在还在广州 催一下", "sto", "urge A", cats=(4,))
R("PO# 4500231876 / 4500231877 两单合并一票发的 {A} 客户要改地址 改到 昆山市 周市镇 横长泾路 18号 {PN}", "sf",
  "change_address A", cats=(4,))
R("客户工号 A0235 王工 说 {A} 没收到 显示签收了 核实一下", "jd", "verify_delivery A", cats=(4,))
R("{A} 报关单号 532920241000012345 这个不是快递单号哈 快递单号是前面那个 帮忙查下到哪了", "ems", "track A",
  cats=(4,))
R("{A} 客户说 1 号线 停线 等这批物料 麻烦加急", "zto", "urge A", cats=(4,))
R("{A} 称重 12.8kg 计费 18kg 差了 5.2kg 核一下", "yto", "weight A", cats=(4,))
R("{A} 金额 ¥2,450.00 的货 外箱破了 里面模具崩了个角 理赔", "deppon", "claim A", cats=(4, 8))
R("今天出货：\n{A} 8箱 156kg\n{B} 3箱 52kg\n第一票催一下 客户明天要验货", "deppon", "urge A", cats=(4, 7))

# ---------------------------------------------------------------- questions, chit-chat, asking after earlier requests
R("今天几点截单", "zto", "")
R("明天能来长安收30箱吗 大概两百公斤", "deppon", "", cats=(4,))
R("德邦师傅电话多少", "deppon", "")
R("拦截要收费吗 一票多少", "yto", "", nh=True)
R("{A} 这种拦截的话退回运费怎么算", "zto", "", nh=True)
R("撤单之后面单还能用吗", "sto", "", nh=True)
R("改地址能改到省外吗 {A}", "jt", "", nh=True)
R("好的 收到 谢谢", "zto", "")
R("@小陈 样品那票你寄了没", "yto", "")
R("今天的货都发完了 辛苦各位", "sto", "")
R("{A} 拦截成功没有", "zto", "", nh=True)
R("早上让拦的 {A} {B} 拦了吗", "yto", "", nh=True, cats=(7,))
R("{A} 改地址改了没 快递员还是打电话说送原地址", "jt", "", nh=True)
R("上次拦截的那票 {A} 现在退到哪了", "zto", "track A")
R("{A} 之前拦截过一次没拦住 现在到哪了", "sto", "track A")
R("{A} 上次改地址那个 签收了没", "yunda", "track A")
R("{A} 昨天催过了 今天再催一下", "yto", "urge A")
R("周六你们网点上班吗", "zto", "")
R("年前最后一天收件是几号", "jt", "")
R("{A} 这票有没有保价", "sto", "", nh=True)
R("{A} 帮忙补打一张面单 贴的那张花了", "zto", "", nh=True)
R("{A} 帮我看下到哪了 顺便发票开一下", "yto", "track A", nh=True)
R("今天下午有车去深圳吗 有急件", "zto", "")
R("拦截一下", "zto", "", nh=True)
R("尾号3387 拦截", "yto", "", nh=True, cats=(4,))
R("刚才那票 拦截", "jt", "", nh=True)
R("客户说收到的货少了一箱 怎么办", "sto", "", nh=True)
R("{A} 昨天让拦截的 今天显示又在派送了 怎么回事", "zto", "", nh=True)
R("{A} 不是我们要拦截的 是客户自己在平台上点的退回 现在到哪了", "jt", "track A")
R("上次跟你们说撤单的 {A} 怎么又被揽收了", "yto", "", nh=True)
R("{A} 拦截的运费谁出", "sto", "", nh=True)
R("{A} 退回来的件今天能到长安吗", "zto", "track A")
R("{A} 客户问能不能拦截 我说不行 已经在派送了 催一下让他签收吧", "yunda", "urge A")
R("客户说 {A} 要是再不到就要投诉了 帮忙催一下", "zto", "urge A")
R("师傅好 {A} 是发宁波北仑的 客户说周末仓库不收货 能不能周一再送", "yto", "", nh=True)
R("{A} 客户说放快递柜就行 不用送上门", "jt", "", nh=True)
R("早 今天长安这边几点来收 我们有两托货", "zto", "")
R("黄经理 今天的发货单我放你桌上了", "sto", "")
R("OK 谢谢师傅", "jt", "")
R("刚才那几票拦截的 有结果了吗", "zto", "", nh=True)
R("{A} 改地址的话 原来的运费要补吗", "sf", "", nh=True)
R("@网点客服 昨天那批撤单的都撤掉了吧 {A} {B} {C}", "yunda", "", nh=True, cats=(7,))
R("你们系统是不是又卡了 查不到轨迹", "zto", "")
R("明天开始我们厂放假到初八 这几天不发货了 年后见", "sto", "")
R("{A} 揽收了吗 我们这边查不到揽收记录 客户在问", "yto", "track A")
R("大朗到义乌 一般几天到", "sto", "")

# ---------------------------------------------------------------- 8: compound requests
R("{A} 外箱破了 里面的模具配件磕坏了 要理赔 另外投诉一下派件的 扔货", "sto", "claim A; complaint A", cats=(8,))
R("{A} 压坏了 快递员态度还很差 投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 延误四天了 客户要投诉", "yto", "delay A; complaint A", cats=(8,))
R("{A} 拦截 并且投诉揽收员 私自加价", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉了", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 重量不对 多收了一倍 还有揽收员说话很冲 投诉他", "sto", "weight A; complaint A", cats=(8,))
R("{A} 丢了 要赔偿 顺便投诉一下中转 一直推脱", "zto", "claim A; complaint A", cats=(8,))
R("{A} 破损 {B} 丢件 都要理赔", "deppon", "claim A B", cats=(7, 8))
R("{A} 催一下 顺便核一下重量 感觉收多了", "yto", "urge A; weight A", cats=(8,))
R("{A} 仲裁+理赔 一起申请 已经拖了一个月", "jt", "arbitration A; claim A", cats=(8,))
R("{A} 显示签收 客户没收到 核实一下 派件员电话也打不通 投诉", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 灯罩碎了三个 登记破损\n{B} 催一下\n{C} 拦截", "sto", "damaged A; urge B; intercept C", cats=(7, 8))
R("{A} 拦截退回 另外 {B} 重量核一下", "yunda", "intercept A; weight B", cats=(7, 8))

# ---------------------------------------------------------------- more everyday traffic
R("老师好 {A} 麻烦拦截退回 谢谢 🙏", "zto", "intercept A")
R("{A} 客户不要了 退回", "yunda", "intercept A")
R("{A}\n{B}\n{C}\n{D}\n这四票催一下 客户在等货装柜", "sto", "urge A B C D", cats=(7,))
R("{A} 到了没 客户说还没看到", "jt", "track A")
R("{A} 派送了没 今天能到吗", "yto", "track A")
R("{A} 撤单 {B} 撤单", "zto", "cancel A B", cats=(7,))
R("{A} 转寄到 上海市松江区 九亭镇 沪亭北路218号 8号库 收货人 张工 {PN}", "sf", "change_address A", cats=(4,))
R("{A} 麻烦拦截 退回到虎门仓 谢谢", "yto", "intercept A")
R("{A} 客户嫌慢 催一下", "jt", "urge A")
R("{A} 查下签收人是谁 客户说没收到", "zto", "verify_delivery A")
R("{A} 这个件卡在深圳转运好几天了", "sto", "delay A")
R("{A} 外箱湿了 里面毛衣都潮了", "sto", "damaged A")
R("{A} 5件到了3件 少两件", "deppon", "lost A", cats=(4,))
R("{A} 重量核一下 我们这票是9.6公斤 你们算成16", "yunda", "weight A", cats=(4,))
R("{A} {B} 两个查件", "jd", "track A B", cats=(7,))
R("{A} 拦截退回 {B} 拦截退回 都是发错款的", "zto", "intercept A B", cats=(7,))
R("{A} 催件 急单", "sf", "urge A")
R("{A} 物流一直显示已揽收 两天了没更新", "yto", "delay A")
R("{A} 客户说要改收货地址 改到 东莞市寮步镇 香市路88号 松湖智谷B1栋", "yto", "change_address A")
R("你好 {A} 今天能派吗 客户下午在", "zto", "track A")
R("{A} 取消一下 重复下单了", "jt", "cancel A")
R("{A} 退回 客户公司搬走了 没人收", "sto", "intercept A")
R("{A} 能不能改派到客户另一个仓 地址：佛山市南海区 狮山镇 小塘 工业大道6号", "jd", "change_address A")
R("{A}\n{B}\n这两票帮忙撤单", "yunda", "cancel A B", cats=(7,))
R("@圆通虎门 {A} 拦截 谢谢", "yto", "intercept A")
R("{A} 快递员说送不进厂区 让客户自己出来拿 能不能送进去 催一下", "zto", "urge A")
R("{A} 这个件怎么退回来了 我们没要拦截啊", "jt", "", nh=True)
R("{A} 帮忙查下物流 客户说要开线用", "sto", "track A")
R("麻烦查一下这三票的重量\n{A} 4.5kg\n{B} 3kg\n{C} 7.2kg\n都按10kg收的", "yto", "weight A B C", cats=(4, 7))
R("{A} 显示签收了 但是签收照片不是我们客户的门口 核实下", "zto", "verify_delivery A")
R("{A} 件破了 客户拒收 退回", "sto", "intercept A")
R("{A} 这个是寄给客户的样品 {B} 这个是寄给供应商的 两个都催一下", "yunda", "urge A B", cats=(7,))
R("{A} {B} {C}\n都是华讯的 拦截退回坂田仓", "jt", "intercept A B C", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n{D} 拦截\n{E} 拦截", "zto", "intercept A B C D E", cats=(7,))
R("{A} 麻烦核实签收 {B} 麻烦催派", "yto", "verify_delivery A; urge B", cats=(7,))
R("{A} 退回\n{B} 改地址 改到 深圳市光明区 公明 上村 元山工业区5栋", "sf", "intercept A; change_address B", cats=(7,))
R("早上好 麻烦查一下 {A} 到哪了 谢谢", "sto", "track A")
R("{A} 这票到付的 客户说不要了 退回来吧", "zto", "intercept A")
R("{A} 派件员一直不接电话 客户在门口等了一下午 催一下", "jt", "urge A")
R("{A} 客户换仓库了 转寄到 东莞市黄江镇 田美工业园 富康路5号", "zto", "change_address A")
R("{A} 撤单 客户改走物流专线了", "yunda", "cancel A")
R("{A} 是不是丢了 一直显示到了武汉 之后就没消息", "yto", "lost A")
R("{A} 延误了 帮忙登记一下", "zto", "delay A")
R("{A} 这个重量不对吧 一个文件袋怎么是2公斤", "sto", "weight A", cats=(4,))
R("投诉 {A} 揽收师傅乱扔我们的箱子 说了也不听", "jt", "complaint A")
R("{A}\n麻烦拦截", "jt", "intercept A")
R("{A}\n{B}\n{C}\n全部拦截退回 谢谢 辛苦", "yto", "intercept A B C", cats=(7,))
R("各位老师 {A} 这票帮忙催一下 客户那边生产线等料", "jd", "urge A")
R("{A} 到哪里了 麻烦发下派件员电话", "zto", "track A", nh=True)
R("{A:sp} 撤单", "zto", "cancel A", cats=(6,))
R("{A} 麻烦拦截，{B} 麻烦催件，{C} 麻烦查一下，谢谢各位", "sto", "intercept A; urge B; track C", cats=(7,))
R("{A} 客户收到了 说里面少了一个配件 少件", "yto", "lost A")

# ---------------------------------------------------------------- more positions, rows and quotes
R("{A}\n{B}\n{C}\n{D}\n{E}\n中间三个拦截", "zto", "intercept B C D", cats=(7,))
R("{A} {B} {C}\n前两个撤单 最后一个不动", "jt", "cancel A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n除了第一个和最后一个 其他都催", "sto", "urge B C D E", cats=(7,))
R("单号\t件数\t备注\n{A}\t2\t拦截\n{B}\t1\t正常发\n{C}\t4\t拦截\n{D}\t1\t正常发", "yto", "intercept A C",
  cats=(4, 7))
R("{A} {B} {C} {D}\n上面这几个里面 第二个已经签收了 其他的拦截", "zto", "intercept A C D", cats=(7,))
R("「李姐：{A} {B}」" + Q + "这两个是上午重复下的单 第一个撤单 第二个已经揽收了 拦截", "yunda", "cancel A; intercept B",
  cats=(3, 7))
R("回复 小温：{A}\n{B}\n{C}\n买家都申请退款了\n那这三个都拦截", "jt", "intercept A B C", cats=(3, 7))
R("「阿杰：{A} 这个客户说要改地址」" + Q + "新地址呢？", "sto", "", cats=(3,))
R("「小周：{A} 怎么还没到」" + Q + "我看了 卡在中转三天了 @网点客服 帮忙催一下", "zto", "urge A", cats=(3,))
R("{A}\n{B}\n{C}\n一个拦截 两个催件", "yto", "", nh=True, cats=(7,))
R("{A} {B}\n一个要拦截 一个要催 拦截的是发武汉那个", "zto", "", nh=True, cats=(7,))
R("{A}\n前两个跟这个一起拦截", "jt", "intercept A", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n1-4 拦截 5 6 查件", "sto", "intercept A B C D; track E F", cats=(7,))
R("单号\t目的地\t件数\n{A}\t昆山\t2\n{B}\t成都\t1\n{C}\t昆山\t3\n发昆山的两票改地址 改到 苏州市吴江区 汾湖 临沪大道88号 成都的催一下",
  "zto", "change_address A C; urge B", cats=(4, 7))
R("{A}\n{B}\n{C}\n上面三个拦截 第四个也拦 {D}", "yto", "intercept A B C D", cats=(7,))
R("{A} {B} {C} {D}\n第五个拦截", "jt", "", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n前面四个拦截 最后一个改成撤单 还没交出去", "sto", "intercept A B C D; cancel E", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n单号多 麻烦都查一下 第五个和第七个顺便催一下", "zto", "track A B C D F; urge E G",
  cats=(7,))
R("单号\t状态\t处理\n{A}\t已签收\t核实签收 客户没收到\n{B}\t运输中\t催件\n{C}\t已拦截\t不用处理", "yto",
  "verify_delivery A; urge B", cats=(7,))
R("{A} {B}\n圆通那个拦截 极兔那个催件", None, "intercept A; urge B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("{A}\n{B}\n{C}\n第一个 第三个 改地址 改到 东莞市清溪镇 清溪大道 鹿城工业区8号", "zto", "change_address A C",
  cats=(7,))
R("{A} {B} {C}\n除了第一个 都撤单", "yunda", "cancel B C", cats=(7,))
R("还有 {A} 这个也拦截，跟前面发的两个一样", "sto", "intercept A", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n第一个破了 第二个丢了一箱 后面两个催一下", "deppon", "damaged A; lost B; urge C D", cats=(7, 8))
R("「网点客服：@小周 {A} {B} {C} {D} 已为您催促派送，请耐心等待」" + Q + "前面三个收到了 最后一个还是没动 丢了吧",
  "jt", "lost D", cats=(3, 7))

W.main()
