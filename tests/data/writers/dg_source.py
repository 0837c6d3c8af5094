"""Writer dg: the shipping desk of an e-commerce operations company the day after a big promotion.

Casting note. 杭州禾川电商运营 (余杭 仓前, warehouse 临平 禾川云仓) runs seven online shops for their owners:
蜜桃家居旗舰店 (vases, cups, bedding), 暖喵宠物用品 (cat litter, scratchers, cans), 山野茶舍 (tea in 100 g and
250 g tins), 朵拉童装 (children's clothes, sizes 90-140), 橙意数码配件 (cables, cases, chargers), 拾光手作 (candles,
resin crafts, glass) and 可可烘焙工具 (moulds, piping bags). On 11月12日, the morning after 双11, three shipping
clerks post batches into the outlets' WeCom and DingTalk groups (ZTO, YTO, STO, Yunda, J&T, EMS, Cainiao, SF, JD,
Deppon, and one mixed group for the prefixed carriers): 陈佳怡 (小陈), fast and sloppy, types "lj" and "cj",
miscounts positions and puts them right in the next line ("等等", "说错了", "看串行了"); 周飞 (阿飞), terse, pastes
rows out of 旺店通 with tabs or runs of spaces (店铺, 原始单号, 物流单号, 收件人, 手机, 处理), numbered lists ①②③,
"1-4拦 5-6催"; 孟庆华 (孟姐), the lead, who checks the backend, quotes her colleagues and the bot back at them and
corrects them ("@周飞 第3行和第4行贴反了"). Their batches run 3 to 9 numbers with exceptions by position and by
number ("第三个不拦", "除了倒数两个", "4号和6号换一下"), refunds after the promotion turn into intercepts and
cancels, over-sold stock into cancels, wrong sizes into address changes and returns; beside the waybills are shop
order numbers, ERP codes (MT1111-0087), buyers' phones, amounts, weights and 批次. About two in three messages are
ordinary requests and questions; the rest are the lists' exceptions, corrections, withdrawals and quotes.
"""

from harness import Writer

W = Writer("dg", seed=6700417)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule
BOT = "网点小助手"

# ================================================================ 0: everyday single requests, every intent
# intercept
R("【蜜桃家居】{A} 拦截退回，买家双11拍重了一单", "zto", "intercept A")
R("暖喵的 {A} 麻烦拦一下 买家已经退款了", "jt", "intercept A")
R("{A} 退回 收件地址写成公司的了 买家这周出差 公司没人收", "yunda", "intercept A")
R("山野茶舍 {A} 截回来 250g的发成100g了", "sto", "intercept A")
R("朵拉童装 {A} 尺码发错 拦截", "jt", "intercept A")
R("{A} 别派了 退回来 买家拒收", "zto", "intercept A")
R("{A} lj 退回", "yto", "intercept A", cats=(5,))
R("你好 {A} 这票帮忙拦截一下，昨晚大促系统超卖，发出去的是错款", "cainiao", "intercept A")
R("麻烦拦截 {A}，橙意数码的 数据线型号发错了 type-c发成了lightning", "sf", "intercept A")
R("拾光手作 {A} 买家说不要了 退回吧", "ems", "intercept A")
R("可可烘焙 {A} 拦截！！模具少发了一个配件 退回重发", "deppon", "intercept A")
R("孟姐让拦的 {A} 蜜桃的", "zto", "intercept A")

# cancel
R("{A} 撤单 还没揽收", "zto", "cancel A")
R("蜜桃 {A} 取消寄件 订单合并发了", "yto", "cancel A")
R("{A} {B} 这两张面单作废 同一单打了三张 留一张就行", "yunda", "cancel A B")
R("{A} chedan 谢谢", "zto", "cancel A", cats=(5,))
R("山野 {A} 撤单 仓里没货了 超卖", "ems", "cancel A")
R("{A} cj 没揽的", "yto", "cancel A", cats=(5,))

# change_address
R("{A} 改地址：浙江省宁波市鄞州区天童南路588号 王女士 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 改派 买家换了地址：四川省成都市武侯区天府大道北段1700号环球中心 {P}", "yunda", "change_address A", cats=(4,))
R("朵拉 {A} 帮忙改个地址 改到 湖北省武汉市洪山区珞喻路1037号 华中科技大学东区快递柜", "sto", "change_address A")
R("{A} 改地址", "zto", "change_address A", nh=True)
R("{A} 收件人改成 周敏", "yto", "change_address A", nh=True)
R("{A} 电话改为 {PN}", "jt", "change_address A", nh=True, cats=(4,))
R("{A} gaizhi 北京市朝阳区望京SOHO T3 15层 李女士", "jd", "change_address A", cats=(5,))
R("{A} 买家要改地址 新地址等她发过来我再贴", "ems", "change_address A", nh=True)
R("改址 {A}\n新地址：福建省厦门市思明区莲前西路2号 莲富大厦 17楼\n收件人：黄小姐\n电话：{P}", "cainiao",
  "change_address A", cats=(4,))

# urge
R("{A} 催一下 买家急用", "zto", "urge A")
R("可可烘焙 {A} 买家周末要开课用 麻烦加急派送", "sto", "urge A")
R("{A} 四天了还没到 催催", "yunda", "urge A")
R("{A} cuijian", "ems", "urge A", cats=(5,))
R("麻烦催一下 {A} 买家天天来问", "cainiao", "urge A")
R("{A} 能不能催一下 客户明天出差", "sf", "urge A")

# track
R("{A}", "zto", "track A")
R("{A} 查下物流 买家问什么时候能到", "sto", "track A")
R("帮看下 {A} 派送了没", "ems", "track A")
R("{A} 揽收了没", "cainiao", "track A")

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 延误 登记一下", "sto", "delay A")
R("{A} 说好次日达 第四天了还在路上 打延误", "sf", "delay A")

# lost
R("{A} 丢件 网点说找不到了", "zto", "lost A")
R("{A} 一周没动静 是不是丢了", "jt", "lost A")
R("{A} 少件 买家说三件只收到两件", "yunda", "lost A")

# damaged
R("{A} 破损 外箱压扁了 里面的杯子碎了两个", "zto", "damaged A")
R("蜜桃 {A} 买家收到玻璃花瓶碎了 拍了照片", "sto", "damaged A")

# verify_delivery
R("{A} 显示签收了 买家说没收到", "zto", "verify_delivery A")
R("{A} 系统显示本人签收 买家一直在上班 没人签", "jt", "verify_delivery A")

# weight
R("{A} 重量不对 一个手机壳计了2公斤", "zto", "weight A")
R("{A} {B} 超重？这两单都是一件T恤", "sto", "weight A B")

# claim, complaint, arbitration
R("{A} 丢了 申请理赔 货值299", "zto", "claim A", cats=(8,))
R("{A} 破损 要赔偿 花瓶碎了 货款128", "yto", "claim A", cats=(8,))
R("{A} 投诉 派件员让买家自己去驿站取 还态度很差", "zto", "complaint A")
R("{A} 快递员电话里骂人 买家投诉到我们店了", "jt", "complaint A")
R("{A} 理赔结果不认可 申请仲裁", "zto", "arbitration A", cats=(8,))

# ================================================================ 0/7: ordinary batches, one command
R("【暖喵】以下拦截\n{A}\n{B}\n{C}", "zto", "intercept A B C", cats=(7,))
R("蜜桃 昨天的退款单 全部拦截退回\n{A}\n{B}\n{C}\n{D}\n{E}", "yto", "intercept A B C D E", cats=(7,))
R("以下6单催件 买家都在问\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}", "zto", "urge A B C D E F", cats=(7,))
R("山野茶舍 这几单撤单 都没揽收\n{A}\n{B}\n{C}", "sto", "cancel A B C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上 拦截", "yunda", "intercept A B C D", cats=(7,))
R("1. {A}\n2. {B}\n3. {C}\n4. {D}\n5. {E}\n6. {F}\n7. {G}\n全部拦截 朵拉童装 大促超卖", "jt",
  "intercept A B C D E F G", cats=(7,))
R("这三单查一下到哪了 {A} {B} {C}", "zto", "track A B C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n这8个都是暖喵的 三天没动了", "zto", "delay A B C D E F G H", cats=(7,))
R("橙意数码 延误登记：\n{A}\n{B}\n{C}\n{D}", "yto", "delay A B C D", cats=(7,))
R("拦截 拦截\n{A}\n{B}\n{C}\n{D}\n{E}\n买家都退款了", "sto", "intercept A B C D E", cats=(7,))
R("以下单号重量有问题 系统都按3kg算的 实际都不到1kg\n{A}\n{B}\n{C}", "zto", "weight A B C", cats=(7,))
R("{A} {B} {C} 这三个显示签收 买家都说没收到 同一个小区的", "yunda", "verify_delivery A B C", cats=(7,))
R("蜜桃家居 今天第一批拦截 共4票\n{A}\n{B}\n{C}\n{D}\n第二批下午发", "yto", "intercept A B C D", cats=(7,))
R("早 今天要处理的比较多 先发拦截的\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}", "zto", "intercept A B C D E F", cats=(7,))
R("{A} {B} {C} 丢件 网点说转运中心找不到", "sto", "lost A B C", cats=(7,))
R("{A}\n{B}\n{C}\n拦截", None, "intercept A B C", cats=(7,), draw={"A": "yto", "B": "jt", "C": "sf"})
R("拾光手作 今天的催件\n{A} 圆通\n{B} 极兔\n{C} 京东", None, "urge A B C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "jd"})
R("【朵拉】催派\n{A}\n{B}\n{C}\n{D}\n{E}\n买家说孩子周末要穿", "yto", "urge A B C D E", cats=(7,))
R("麻烦这几个帮忙拦截退回，都是昨晚零点后下的单，买家付完就退了：{A} {B} {C} {D} {E} {F} {G}", "cainiao",
  "intercept A B C D E F G", cats=(7,))
R("暖喵 猫砂 破损 外包装全破了 猫砂撒了一车厢\n{A}\n{B}\n{C}", "zto", "damaged A B C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n都是昨天下午揽收的 到现在还没出杭州 催一下", "sto", "urge A B C D", cats=(7,))
R("撤单\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}", "yunda", "cancel A B C D E F G H", cats=(7,))
R("{A}、{B}、{C}、{D} 核重 每单都是一个杯子 计了3公斤", "yto", "weight A B C D", cats=(7,))
R("【山野茶舍】以下 {A} {B} {C} 三单 查一下什么时候能到 茶叶礼盒 买家送人的", "sf", "track A B C", cats=(7,))
R("这几单 买家都说没收到 系统显示驿站签收 麻烦核实\n{A}\n{B}\n{C}\n{D}", "zto", "verify_delivery A B C D", cats=(7,))
R("以下拦截退回，谢谢！\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}", "ems", "intercept A B C D E F", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n全部 lj", "yto", "intercept A B C D", cats=(5, 7))
R("橙意 充电器 {A} {B} {C} {D} 这四单丢了 转运中心说找不到", "zto", "lost A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n拦截退回 收件人写错 三个都是同一个买家的", "sf", "intercept A B C", cats=(7,))
R("孟姐说这批全部拦截：\n{A}\n{B}\n{C}\n{D}\n{E}", "yunda", "intercept A B C D E", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n这7票麻烦加急 都是 生鲜冰袋 放久了化", "jt", "urge A B C D E F G", cats=(7,))
R("蜜桃 {A} 暖喵 {B} 山野 {C} 三家的都拦截", "yto", "intercept A B C", cats=(7,))
R("{A} {B} 这两个少件 买家收到的箱子是空的", "zto", "lost A B", cats=(7,))

# ================================================================ 7: several commands, by position and by shop
R("蜜桃：{A} {B} 拦截\n暖喵：{C} {D} {E} 催件", "zto", "intercept A B; urge C D E", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n前两个拦截 后两个催一下", "yto", "intercept A B; urge C D", cats=(7,))
R("{A}\n{B}\n{C}\n第一个撤单 第二个拦截 第三个催件", "sto", "cancel A; intercept B; urge C", cats=(7,))
R("1、{A}\n2、{B}\n3、{C}\n4、{D}\n5、{E}\n1 3 5 拦截\n2 4 催件", "zto", "intercept A C E; urge B D", cats=(7,))
R("{A} 拦截\n{B} 催件\n{C} 拦截\n{D} 查一下到哪了", "jt", "intercept A C; urge B; track D", cats=(7,))
R("{A} {B} {C} {D} {E} {F}\n单数拦截 双数催", "zto", "intercept A C E; urge B D F", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n最后一个拦截 其他的催件", "yunda", "intercept E; urge A B C D", cats=(7,))
R("{A}\n{B}\n上面两个拦截\n{C}\n{D}\n这两个催一下", "yto", "intercept A B; urge C D", cats=(7,))
R("{A}\n{B}\n{C}\n中间那个拦截 两头的催一下", "yto", "intercept B; urge A C", cats=(7,))
R("①{A}\n②{B}\n③{C}\n④{D}\n①②拦截 ③改地址 改到 浙江省杭州市余杭区文一西路1500号 海创园7号楼 ④不动", "zto",
  "intercept A B; change_address C", cats=(7,))
R("前三个拦截 第四个撤单 最后两个催\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}", "yunda", "intercept A B C; cancel D; urge E F",
  cats=(7,))
R("【蜜桃】拦截 {A} {B}\n【暖喵】撤单 {C}\n【朵拉】催件 {D} {E} {F}", "zto", "intercept A B; cancel C; urge D E F",
  cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n1-3 拦截\n4-5 催件\n6-7 撤单", "jt", "intercept A B C; urge D E; cancel F G",
  cats=(7,))
R("{A} {B} 拦截；{C} 改址 江苏省苏州市工业园区星湖街328号 创意产业园 顾先生 {PN}；{D} 催件", "yto",
  "intercept A B; change_address C; urge D", cats=(4, 7))
R("这四个：{A} {B} {C} {D}\n1号2号 拦\n3号 破损登记 买家拍了照\n4号 延误", "zto", "intercept A B; damaged C; delay D",
  cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第2个和第5个拦截 其余催派", "sto", "intercept B E; urge A C D", cats=(7,))
R("{A} 圆通 拦截\n{B} 极兔 催件\n{C} 顺丰 查一下到哪", None, "intercept A; urge B; track C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("{A}\n{B}\n{C}\n头一个撤单 剩下两个拦截", "cainiao", "cancel A; intercept B C", cats=(7,))
R("今天蜜桃的：\n拦截 {A} {B} {C}\n催件 {D}\n查件 {E} {F}", "yto", "intercept A B C; urge D; track E F", cats=(7,))
R("{A} {B} {C} {D}\n第一个丢件 第二个破损 第三第四催件", "yunda", "lost A; damaged B; urge C D", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n前四个拦截退回 后四个撤单", "zto", "intercept A B C D; cancel E F G H",
  cats=(7,))
R("{A}\n{B}\n{C}\n1拦截 2核重 3催", "yto", "intercept A; weight B; urge C", cats=(7,))
R("①{A} 拦\n②{B} 拦\n③{C} 催\n④{D} 改地址 新地址：上海市徐汇区漕溪北路88号 圣爱大厦 1203 陈女士", "sto",
  "intercept A B; urge C; change_address D", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n第1 第3 第6 拦截\n第2 第4 第5 查一下物流", "zto", "intercept A C F; track B D E",
  cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 撤单（没揽收）\n{D} 催\n{E} 催\n{F} 显示签收没收到 核实", "cainiao",
  "intercept A B; cancel C; urge D E; verify_delivery F", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n最上面那个拦截 最下面那个撤单 中间俩催", "yto", "intercept A; cancel D; urge B C", cats=(7,))

# ================================================================ 10: rows pasted from the backend
R("店铺\t原始单号\t物流单号\t处理\n蜜桃家居\t{O}\t{A}\t拦截\n蜜桃家居\t{O2}\t{B}\t拦截\n暖喵宠物\tNM1111-0342\t{C}\t催件",
  "zto", "intercept A B; urge C", cats=(4, 7))
R("物流单号    处理    备注\n{A}    拦截    拍错颜色\n{B}    催件    买家急\n{C}    拦截    重复下单", "yto",
  "intercept A C; urge B", cats=(7,))
R("{A}\t蜜桃\t拦截\n{B}\t蜜桃\t拦截\n{C}\t山野\t正常\n{D}\t山野\t撤单", "sto", "intercept A B; cancel D", cats=(7,))
R("序号\t店铺\t快递单号\t操作\n1\t朵拉童装\t{A}\t拦截\n2\t朵拉童装\t{B}\t改地址\n3\t朵拉童装\t{C}\t拦截", "jt",
  "intercept A C; change_address B", nh=True, cats=(7,))
R("快递公司  快递单号  收件人  处理意见\n中通  {A}  王**  退回\n中通  {B}  李*  退回\n中通  {C}  赵**  催派", "zto",
  "intercept A B; urge C", cats=(7,))
R("MT1111-0087\t{A}\t已发货\t拦截\nMT1111-0092\t{B}\t已发货\t拦截\nMT1111-0113\t{C}\t待揽收\t撤单", "yunda",
  "intercept A B; cancel C", cats=(4, 7))
R("单号 | 店铺 | 操作\n{A} | 暖喵 | 拦截\n{B} | 暖喵 | 拦截\n{C} | 橙意 | 查件\n{D} | 橙意 | 查件", "yto",
  "intercept A B; track C D", cats=(7,))
R("{A}  拦截  蜜桃\n{B}  改地址  暖喵  浙江省绍兴市柯桥区笛扬路1178号 中国轻纺城 东区 {P}\n{C}  催件  暖喵", "zto",
  "intercept A; change_address B; urge C", cats=(4, 7))
R("旺店通导出的 今天要拦的\n原始单号\t物流单号\t收件人手机\n{O}\t{A}\t{P}\n{O2}\t{B}\t{P2}", "zto", "intercept A B",
  cats=(4, 7))
R("物流单号\t重量(系统)\t重量(实称)\n{A}\t3.20\t0.85\n{B}\t2.70\t0.60\n{C}\t1.00\t0.95\n前两个核重 第三个差不多不用", "sto",
  "weight A B", cats=(1, 4, 7))
R("店铺\t单号\t状态\t处理\n可可烘焙\t{A}\t在途\t拦截\n可可烘焙\t{B}\t已签收\t-\n可可烘焙\t{C}\t在途\t拦截\n可可烘焙\t{D}\t待揽收\t撤单",
  "yto", "intercept A C; cancel D", cats=(7,))
R("{A}\t山野茶舍\t250g×2\t拦截\n{B}\t山野茶舍\t100g×1\t催件\n{C}\t山野茶舍\t250g×1\t催件", "jt", "intercept A; urge B C",
  cats=(7,))
R("快递单号          处理        原因\n{A}    退回        买家拒收\n{B}    退回        地址不详\n{C}    加急        买家催了",
  "zto", "intercept A B; urge C", cats=(7,))
R("店铺：蜜桃家居\n物流：圆通\n单号：{A}\n问题：破损\n货值：89.00\n处理：理赔", "yto", "claim A", cats=(4, 8))
R("{A}\t蜜桃\t已发货\n{B}\t蜜桃\t已发货\n{C}\t暖喵\t已发货\n{D}\t暖喵\t已发货\n蜜桃的两个拦截 暖喵的不动", "zto",
  "intercept A B", cats=(1, 7))
R("{A}\t朵拉\n{B}\t拾光\n{C}\t朵拉\n{D}\t拾光\n{E}\t朵拉\n朵拉的全部催件", "sto", "urge A C E", cats=(7,))
R("订单号\t运单号\t金额\t处理\n{O}\t{A}\t59.90\t拦截\n{O2}\t{B}\t128.00\t拦截", "jt", "intercept A B", cats=(4, 7))
R("运单号                  处理\n{A}         拦截退回\n{B}         拦截退回\n{C}         不处理\n{D}         拦截退回",
  "zto", "intercept A B D", cats=(7,))
R("批次 B1112-03\n{A}\t撤单\n{B}\t撤单\n{C}\t撤单\n{D}\t拦截（已揽收）", "cainiao", "cancel A B C; intercept D", cats=(4, 7))
R("{A}\t暖喵\t核重\t系统4.35 实际0.62\n{B}\t暖喵\t核重\t系统3.10 实际0.55", "yto", "weight A B", cats=(4, 7))
R("{A}  已签收未收到  核实\n{B}  破损  登记\n{C}  三天没动  催件", "yunda", "verify_delivery A; damaged B; urge C",
  cats=(7,))
R("单号\t店铺\t处理\n{A}\t橙意\t拦截\n{B}\t橙意\t拦截\n{C}\t橙意\t拦截\n第二单不用了 买家取消退款了", "zto",
  "intercept A C", cats=(1, 7))
R("{A}\t蜜桃\t拦截\n{B}\t蜜桃\t撤单\n{C}\t暖喵\t拦截\n第2行写错了 也是拦截 已经揽收了", "sto", "intercept A B C",
  cats=(2, 7))
R("物流单号\t收件人\t新地址\n{A}\t张**\t浙江省温州市鹿城区车站大道577号\n{B}\t刘*\t江苏省常州市武进区湖塘镇聚湖路8号\n以上改地址",
  "zto", "change_address A B", cats=(7,))
R("物流公司\t单号\t处理\n圆通\t{A}\t拦截\n极兔\t{B}\t拦截\n德邦\t{C}\t催件", None, "intercept A B; urge C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "deppon"})
R("{A} 拦截 买家退款\n{B} 拦截 买家退款\n{C} 拦截 买家退款\n{D} 正常发 买家撤销退款了", "yto", "intercept A B C",
  cats=(1, 7))
R("旺店通异常单：\n{A}  地址异常  改地址 新地址：河南省郑州市金水区花园路139号 国贸360 8楼\n{B}  地址异常  改地址 新地址待买家确认",
  "zto", "change_address A B", nh=True, cats=(7,))
R("{A}\t拦截\t蜜桃\n{B}\t拦截\t蜜桃\n{C}\t拦截\t蜜桃\n{D}\t催件\t山野\n{E}\t催件\t山野\n{F}\t核重\t山野", "jt",
  "intercept A B C; urge D E; weight F", cats=(7,))
R("{A}    0.5kg    计费3kg    核重\n{B}    0.4kg    计费0.5kg    -\n{C}    1.2kg    计费5kg    核重", "yunda", "weight A C",
  cats=(4, 7))

# ================================================================ 1: exceptions by position and by number
R("以下都拦截 第三个不拦\n{A}\n{B}\n{C}\n{D}\n{E}", "zto", "intercept A B D E", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n除了倒数两个 其他全拦", "yto", "intercept A B C D", cats=(1, 7))
R("{A} {B} {C} {D} 拦截 {C}不用 那个买家又要了", "jt", "intercept A B D", cats=(1, 7))
R("这7个都是朵拉的退款单 拦截 第2个和第6个已经签收了 别管\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}", "zto",
  "intercept A C D E G", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n全部催件 除了{B} {B}已经签收了", "sto", "urge A C D E", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第一个不拦 其余拦截", "yto", "intercept B C D E", cats=(1, 7))
R("{A} {B} {C} {D} {E} {F} {G}\n全拦 但第4个不是拦截 是改地址 改到 上海市浦东新区张江路665号 张先生 {PN}", "zto",
  "intercept A B C E F G; change_address D", cats=(1, 4, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n只有第三个要拦 其他正常派送", "jt", "intercept C", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n除了第一个和最后一个 中间三个都催一下", "yto", "urge B C D", cats=(1, 7))
R("{A} 拦 {B} 不拦 {C} 拦 {D} 不拦", "sto", "intercept A C", cats=(1, 7))
R("{A} {B} {C} {D}\n{C} 先不动 其他三个退回", "yunda", "intercept A B D", cats=(1, 7))
R("拦截这几个 {A} {B} {C} {D} {E}，倒数第二个不要拦，那个是换货的", "zto", "intercept A B C E", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n不要拦截 催一下就行 买家说还要", "jt", "urge A B C D", cats=(1, 7))
R("{A} {B} 不要退回 改派到 浙江省嘉兴市南湖区中环南路1288号 两个是同一个买家", "yto", "change_address A B", cats=(1,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n全部撤单 第5、6个已经揽收了 这两个改成拦截", "cainiao",
  "cancel A B C D G H; intercept E F", cats=(1, 7))
R("{A} {B} {C}\n第三个也拦 不是不拦 上午说先等等是我搞错了 三个都拦截", "zto", "intercept A B C", cats=(1,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n除了{D}和{F} 其他都拦截退回", "yto", "intercept A B C E G", cats=(1, 7))
R("{A} {B} {C} {D} {E} 催件\n第4个不用 已经派送中了", "sto", "urge A B C E", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n都拦 {A}除外 {A}是暖喵的 暖喵的不拦", "zto", "intercept B C D", cats=(1, 7))
R("{A} {B} {C}\n这三个不用拦截了，刚说错了，是催件", "yunda", "urge A B C", cats=(1, 2))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n1到8都拦 3号和7号除外", "yto", "intercept A B D E F H", cats=(1, 7))
R("这批蜜桃的 {A} {B} {C} {D} {E} 全部拦截退回，{E} 不是蜜桃的 别拦", "sto", "intercept A B C D", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n后面四个撤单 前两个不撤 已经揽收了 拦截", "cainiao", "cancel C D E F; intercept A B",
  cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n都催一下 第2个第3个别催 那两个买家说不急", "zto", "urge A D E", cats=(1, 7))
R("{A} {B} {C} 拦截 第二个算了不拦了", "yto", "intercept A C", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n全部拦截，除了倒数三个", "sto", "intercept A B C D E", cats=(1, 7))
R("{A} {B} {C}\n都不用改地址了 直接退回", "zto", "intercept A B C", cats=(1,))
R("{A} 拦截 {B} 别拦 {B} 是换货寄出的 {C} 拦截", "jt", "intercept A C", cats=(1, 7))

# ================================================================ 2: positions and numbers put right
R("{A}\n{B}\n{C}\n{D}\n前两个拦截 等等 是后两个", "zto", "intercept C D", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n1-4拦截 5-6催件\n4号和6号换一下", "yto", "intercept A B C F; urge D E", cats=(2, 7))
R("{A:typo} 拦截\n更正 单号打错一位 是 {A}", "yto", "intercept A", cats=(2,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第3个单号贴错了 应该是 {F}\n都拦截", "zto", "intercept A B D E F", cats=(2, 7))
R("{A} {B} 催件 {C} 拦截\n弄反了 前两个拦截 {C} 催件", "jt", "intercept A B; urge C", cats=(2, 7))
R("拦截 {A} {B} {C}\n不对不对 是撤单 都还没揽收", "yunda", "cancel A B C", cats=(2, 7))
R("{A} 改地址 改到 杭州市西湖区古墩路702号\n算了 改地址太麻烦 直接拦截吧 重新发", "zto", "intercept A", cats=(2,))
R("倒数第二个拦截\n{A}\n{B}\n{C}\n{D}\n{E}\n说错了 是倒数第三个", "yto", "intercept C", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n第4个撤单\n更正：第4个已揽收 撤不了 改拦截", "sto", "intercept D", cats=(2, 7))
R("{A} {B} {C} {D} {E}\n拦截 2 3 5\n……等下 是 2 4 5 看串行了", "zto", "intercept B D E", cats=(2, 7))
R("{A} 催件\n{B} 催件\n{C} 催件\n——第二行那个不是催件 是拦截 我看错表了", "jt", "urge A C; intercept B", cats=(2, 7))
R("蜜桃的4个拦截 {A} {B} {C} {D}\n哦 {D}是暖喵的 暖喵那个不拦 催一下就行", "yto", "intercept A B C; urge D", cats=(2, 7))
R("{A} {B} {C} 三个都拦截\n等等 第一个不拦了 买家撤回退款了", "sto", "intercept B C", cats=(1, 2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n3号改地址 → 不对 是5号 地址：江苏省无锡市滨湖区蠡湖大道2008号 孙女士", "yunda",
  "change_address E", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n1 2 拦截\n3 4 5 催件\n再改一下：2也催 不拦了", "zto", "intercept A; urge B C D E", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n后三个拦截 第一个撤单\n哦不对 第一个也揽收了 一起拦", "sto", "intercept A B C D", cats=(2, 7))
R("{A} {B} {C} {D} {E} {F}\n拦截第 1 2 3 个\n啊 我是从下往上数的 是 4 5 6", "zto", "intercept D E F", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n第三个是{C}吧 对 这个拦截 其他催", "jt", "intercept C; urge A B D", cats=(7,))
R("{A} {B} {C} {D} {E} 全部催件\n不好意思 最后一个发错了 应该是 {F}", "yto", "urge A B C D F", cats=(2, 7))
R("①{A}\n②{B}\n③{C}\n④{D}\n⑤{E}\n②④拦截\n打错 是②⑤", "sto", "intercept B E", cats=(2, 7))
R("{A}\n{B}\n{C}\n第1个催 第3个拦\n呃 反了 第1个拦 第3个催", "zto", "intercept A; urge C", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n6号拦截\n不对 6号是催件 8号才是拦截", "yto", "urge F; intercept H", cats=(2, 7))
R("{A} {B} {C}\n拦截 啊不 撤单 啊不 还是拦截吧 系统显示揽收了", "jt", "intercept A B C", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n1 3 拦截 2 4 撤单\n2和3换一下", "zto", "intercept A B; cancel C D", cats=(2, 7))
R("{A} 改地址 上海市长宁区仙霞路99号 \n地址打错了 是 上海市长宁区仙霞路 299号 尚嘉中心 12楼", "sto", "change_address A",
  cats=(2,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n前两个催 后三个拦\n更正 前三个催 后两个拦", "cainiao", "urge A B C; intercept D E", cats=(2, 7))
R("{A:typo}\n{B}\n{C}\n拦截\n第一个号码看错了一位 应该是 {A}", "zto", "intercept A B C", cats=(2, 7))
R("{A} 催件\n等下 {A} 不是催 是丢件 网点回复说找不到了", "yto", "lost A", cats=(2,))
R("{A} {B} 拦截 {C} 撤单\n我再看了一下 {C} 也已经揽收了 三个都拦截", "sto", "intercept A B C", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n第7个拦截\n哦一共就7个 那就是最后一个 没错", "jt", "intercept G", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n最后这个号是暖喵的 贴错群了 不拦", "zto", "intercept A B", cats=(1, 2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n拦 1 2 4\n等等等等 4号我看一下……4号不拦 3号拦", "yunda", "intercept A B C", cats=(2, 7))
R("撤单 {A} {B} {C} {D}\n——第二第四已经被快递员收走了 改成拦截", "yto", "cancel A C; intercept B D", cats=(2, 7))

# ================================================================ 3: quotes of colleagues and of the bot
R("「" + BOT + "：@陈佳怡 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的 谢谢", "zto", "", cats=(3,))
R("@陈佳怡 {A} 拦截已提交，结果会第一时间通知您\n------\n这个不拦了 买家又要了", "yto", "", nh=True, cats=(1, 3))
R("「" + BOT + "：@周飞 {A} 已签收，无法拦截」\n" + Q + "\n签收了？买家说没收到啊 核实一下", "zto", "verify_delivery A",
  cats=(3,))
R("「" + BOT + "：@周飞 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n撤单 {A}", "sto", "cancel A",
  cats=(3,))
R("「" + BOT + "：@陈佳怡 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n那就撤了吧", "yunda", "cancel A",
  cats=(3,))
R("「" + BOT + "：@孟庆华 {A} {B} {C} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n第二个撤回 不拦了", "jt", "", nh=True,
  cats=(1, 3, 7))
R("「" + BOT + "：@孟庆华 {A} {B} {C} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n第二个别拦了 改成催件", "zto", "urge B",
  cats=(1, 2, 3, 7))
R("「" + BOT + "：@陈佳怡 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n催了两天了还没到 是不是丢了", "yto", "lost A", cats=(3,))
R("「" + BOT + "：@孟庆华 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n确认 拦截", "sto", "intercept A", cats=(3,))
R("「" + BOT + "：@周飞 您的消息已转人工客服处理，请稍候」\n" + Q + "\n人工呢？{A} {B} 这两个拦截啊 急", "zto",
  "intercept A B", cats=(3,))
R("「" + BOT + "：@陈佳怡 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n改址成功了吗", "jt", "", nh=True, cats=(3,))
R("「" + BOT + "：@周飞 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n{B} 这个也拦截一下", "yto", "intercept B", cats=(3,))
R("「" + BOT + "：@周飞 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q + "\n买家要求赔偿 货值168 这个帮忙走理赔",
  "zto", "claim A", cats=(3, 4, 8))
R("「" + BOT + "：@周飞 {A} {B} {C} {D} 已为您催促派送，请耐心等待」\n" + Q + "\n第四个是拦截不是催件 我发错了", "sto",
  "intercept D", cats=(2, 3, 7))
R("「孟庆华：暖喵这几个今天必须拦下来 {A} {B} {C}」\n" + Q + "\n收到 孟姐", "zto", "", cats=(3,))
R("「孟庆华：{A} {B} {C} 这三个今天必须拦下来」\n" + Q + "\n@" + BOT + " 按孟姐说的 这三个拦截", "yto", "intercept A B C",
  cats=(3, 7))
R("引用 陈佳怡：{A} 拦截\n{A} 我刚问过买家了 不用拦 正常派", "jt", "", nh=True, cats=(1, 3))
R("回复 @周飞：{A} {B} 催件\n{B} 不用催了 已经签收了 {A} 再加个急", "zto", "urge A", nh=True, cats=(1, 3))
R("「陈佳怡：{A} {B} {C} {D} {E} 这几个要处理」\n" + Q + "\n@陈佳怡 我看了后台 1 2 拦截 3 催件 4 5 不用管", "yto",
  "intercept A B; urge C", cats=(3, 7))
R("@周飞 单号错了 要拦的是 {B} 不是这个 {A}，{A} 不要拦\n「周飞：{A} 拦截」", "sto", "intercept B", nh=True, cats=(2, 3))
R("「周飞：\n{A}\t拦截\n{B}\t催件\n{C}\t拦截\n{D}\t催件」\n" + Q + "\n@周飞 第3行和第4行贴反了 {C} 是催件 {D} 才是拦截", "zto",
  "urge C; intercept D", cats=(2, 3, 7))
R("「" + BOT + "：@陈佳怡 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n提交了怎么还在派送 拦住了没有", "yunda", "", nh=True,
  cats=(3,))
R("「" + BOT + "：@孟庆华 {A} 已签收，无法拦截」\n" + Q + "\n那行吧 让买家拒收也来不及了 破损的 登记一下破损", "zto",
  "damaged A", cats=(3,))
R("「" + BOT + "：@陈佳怡 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n登记完能不能催一下 光登记没用", "jt",
  "urge A", cats=(3,))
R("引用 孟庆华：蜜桃 {A} {B} {C} 全部撤单\n孟姐 {C} 我看已经揽收了 撤不了 改成拦截\n@" + BOT + " {C} 拦截", "yto", "intercept C",
  cats=(2, 3))
R("回复 @陈佳怡：{A} {B} {C} {D}\n这四个是山野的吧 前两个拦截 后两个催件", "sto", "intercept A B; urge C D", cats=(3, 7))
R("「" + BOT + "：@周飞 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n先别 我问下店长", "zto", "", cats=(3,))
R("「陈佳怡：{A} 这个帮我催一下」\n" + Q + "\n这个买家刚在旺旺说要退款 直接拦截吧", "yto", "intercept A", cats=(3,))
R("「" + BOT + "：@陈佳怡 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n{A} 再加一个投诉 快递员把件扔门口了", "zto",
  "complaint A", cats=(3, 8))
R("「周飞：{A} {B} {C} 拦截」\n" + Q + "\n阿飞 第三个是朵拉的换货件 别拦 我撤回了\n@" + BOT + " {C} 不拦了", "sto", "", nh=True,
  cats=(1, 3))
R("「" + BOT + "：@周飞 {A} 撤单成功」\n" + Q + "\n撤错了！！这个要发的 能恢复吗", "jt", "", nh=True, cats=(3,))
R("「" + BOT + "：@孟庆华 {A} {B} 已为您催促派送，请耐心等待」\n" + Q + "\n第一个还是不动 今天再催一次 第二个到了", "yunda", "urge A",
  cats=(3, 7))
R("转发 陈佳怡 的消息：{A} {B} 拦截\n孟姐说{B}那个不拦", "zto", "", nh=True, cats=(1, 3))
R("「孟庆华：@周飞 蜜桃昨天那批催件的单号发一下」\n" + Q + "\n{A}\n{B}\n{C}\n就这三个 昨天都催过了", "zto", "", cats=(3, 7))
R("「" + BOT + "：@周飞 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n同一个买家还有 {B} {C} 一样拦", "sto", "intercept B C",
  cats=(3, 7))

# ================================================================ questions, commands mentioned but not asked, chat
R("{A} 拦截成功没有", "zto", "", nh=True)
R("昨天拦截的那批到哪了\n{A}\n{B}\n{C}", "yto", "track A B C", cats=(7,))
R("{A} 上次拦截的那票 现在到哪了", "jt", "track A")
R("拦截退回的件退到哪个仓？临平还是仓前", "zto", "")
R("{A} 拦截要收费吗", "sto", "", nh=True)
R("{A} 改地址能改到外省吗", "zto", "", nh=True)
R("{A} {B} 昨天催过件了 今天能到吗", "yunda", "track A B", cats=(7,))
R("{A} 理赔款什么时候到账", "yto", "", nh=True, cats=(8,))
R("{A} 拦截了吗 没拦的话现在拦", "zto", "intercept A")
R("{A} 能拦吗", "jt", "intercept A")
R("{A} {B} {C} 这几个还能撤单吗 还没揽收", "sto", "cancel A B C", cats=(7,))
R("{A} 是不是已经退回来了 昨天申请的拦截", "yto", "", nh=True)
R("孟姐 蜜桃的拦截我都发完了 暖喵的你来？", "yto", "")
R("@" + BOT + " 大促后拦截量这么大 今天能处理完吗", "zto", "")
R("{A} 退回来了 仓库收到了 谢谢", "yunda", "")
R("昨天发的那几个撤单都撤好了 谢谢 今天没有了", "sto", "")
R("{A} {B} {C} 这三个前天拦截的 今天显示什么状态了", "zto", "track A B C", cats=(7,))
R("{A} 改地址改成功了没", "yto", "", nh=True)
R("请问一下 双11之后停发吗 新疆西藏那边", "ems", "")
R("{A} 前天催过了 现在到哪了", "jt", "track A")
R("{A}\n{B}\n这两个是昨天拦截成功的吗 系统没显示", "sto", "", nh=True, cats=(7,))
R("今天的拦截单都在群里了 孟姐你看下有没有漏的", "zto", "")
R("{A} 撤单后面单还能用吗", "cainiao", "", nh=True)
R("{A} 显示退回中 大概几天能到仓", "yto", "track A")
R("{A} 这个件被拦截了？我们没申请啊 谁拦的", "zto", "", nh=True)
R("{A} 快递员说拦截不了 为什么", "yto", "", nh=True)
R("{A} 昨天说帮我催 到现在也没派 是不是延误了", "sto", "delay A")
R("{A} 已经重新发了 这个不用管了", "yunda", "", nh=True)
R("{A} {B} 谢谢 都收到了", "jt", "")
R("{A} 昨天拦截的 今天又显示派送中 怎么回事", "yto", "", nh=True)
R("{A} 什么时候揽收的 买家说我们发货慢", "zto", "track A")
R("{A} 催件工单有回复了吗", "zto", "", nh=True)

# ================================================================ 4: numbers that are not waybills
R("{A} 拦截 订单号 {O} 买家电话 {PN}", "zto", "intercept A", cats=(4,))
R("蜜桃 订单 {O} 对应运单 {A} 催件", "yto", "urge A", cats=(4,))
R("{A} 改地址 新电话 {PN} 地址 安徽省合肥市蜀山区长江西路669号 高新区管委会对面 吴先生", "zto", "change_address A",
  cats=(4,))
R("{A} 买家 {PN} 说没收到 显示已签收", "jt", "verify_delivery A", cats=(4,))
R("订单{O}\n运单{A}\n问题：破损 货值259.00", "sto", "damaged A", cats=(4,))
R("{A} 丢件 申请理赔 金额 ¥1,299 订单号 {O}", "zto", "claim A", cats=(4, 8))
R("尾号6632的那单 拦截", "zto", "", nh=True, cats=(4,))
R("买家电话 {P} 的那单拦截一下 单号我找不到了", "yto", "", nh=True, cats=(4,))
R("{P} 拦截", "zto", "", nh=True, cats=(4,))
R("{O} 拦截 这是订单号 运单号等会发", "sto", "", nh=True, cats=(4,))
R("双11当天第3批 {A} {B} 都拦截 批次号 B1111-03", "jt", "intercept A B", cats=(4,))
R("{O}\n{A}\n买家要改地址：浙江省金华市义乌市稠城街道工人北路1号 {PN}", "zto", "change_address A", cats=(4,))
R("蜜桃 订单{O} 买家说收到的花瓶碎了 运单{A} 要赔 89元", "sto", "claim A", cats=(4, 8))
R("{A} 客户电话 {PN} 一直打不通 退回吧", "yunda", "intercept A", cats=(4,))
R("{A}\n收件人 刘** {P}\n地址 不详 退回", "zto", "intercept A", cats=(4,))
R("{A} 计费重量8kg 我们发的是2个抱枕 一共1.6kg 运费多扣了24.5", "yto", "weight A", cats=(4,))
R("SKU MT-VS-0317 白色花瓶 这个款今天所有单都拦截", "zto", "", nh=True, cats=(4,))
R("{A} 拦截 这个订单 {O} 买家退款 {O2} 这个正常发", "jt", "intercept A", cats=(4,))
R("{A} 改电话 {PN2} 原来的 {PN} 是空号", "zto", "change_address A", nh=True, cats=(4,))
R("{A}\n{B}\n{C}\n这三个是一个买家 手机 {PN} 全部退回", "sto", "intercept A B C", cats=(4, 7))
R("工单号 GD20231112-0456 {A} 破损的 理赔进度怎么样", "yto", "", nh=True, cats=(4, 8))
R("11月11日 23:58 下单 {A} 00:05 买家就退款了 拦截", "zto", "intercept A", cats=(4,))

# ================================================================ 6: numbers broken by the chat client
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催件", "zto", "urge A", cats=(6,))
R("{A:fw} 拦截", "jt", "intercept A", cats=(6,))
R("{A:dash} 到哪了", "sto", "track A", cats=(6,))
R("{A:sp} 催一下", "ems", "urge A", cats=(6,), draw="ems_s10")
R("{A}\n{B:nl}\n{C}\n拦截", "yto", "intercept A B C", cf=True, cats=(6, 7))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("{A} {B:cut} {C} 催件", "jt", "urge A C", nh=True, cats=(6, 7))
R("{A:sp} 撤单", "cainiao", "cancel A", cats=(6,))
R("{A:fw}\n{B:fw}\n{C:fw}\n拦截", "zto", "intercept A B C", cats=(6, 7))
R("{A:dash} 显示签收 买家没收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A}\n{B}\n{C:cut}\n拦截 第三个好像少了一位 我去后台对一下", "yto", "intercept A B", nh=True, cats=(6, 7))
R("{A:lc} {B:lc} 催一下", "jt", "urge A B", cats=(6, 7))
R("{A:nl}\n改地址 杭州市萧山区市心北路108号 {PN}", "sto", "change_address A", cf=True, cats=(4, 6))

# ================================================================ 8: compound requests
R("{A} 破损 快递员还甩件 投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 碎了 要赔偿 快递员态度也差 投诉他", "yto", "claim A; complaint A", cats=(8,))
R("{A} 拦截并投诉 派件员私自改成自提", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 买家要投诉", "zto", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉了", "sto", "urge A; complaint A", cats=(8,))
R("{A} 丢了 理赔+仲裁 上次理赔被拒了", "yunda", "claim A; arbitration A", cats=(8,))
R("{A} 漏液 要赔 货值 45", "zto", "claim A", cats=(4, 8))
R("{A} 五天没动了 催一下 再投诉一下这个网点", "sto", "urge A; complaint A", cats=(8,))
R("{A} 外箱破了 里面的蜡烛断了三根 快递员还说不关他事 投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 显示签收 买家没收到 核实签收 同时申请理赔 货值299", "yto", "verify_delivery A; claim A", cats=(4, 8))
R("{A} 拦截\n{B} 破损 理赔 货值 199\n{C} 投诉 快递员骂人", "zto", "intercept A; claim B; complaint C", cats=(7, 8))
R("{A} 重量不对 多扣了钱 要退差价 投诉", "yunda", "weight A; complaint A", cats=(8,))
R("{A} 丢件 申请理赔 另外 {B} 也催一下", "jt", "claim A; urge B", cats=(8,))
R("{A} 被压坏了 客户很生气 我们要求赔偿和投诉", "sto", "claim A; complaint A", cats=(8,))
R("{A} 三天没动 是不是丢了 丢了就赔", "zto", "claim A", cats=(8,))
R("{A} 拦截 另外这个件超重了 帮忙核一下", "yto", "intercept A; weight A", cats=(8,))

# ================================================================ more everyday batches and requests of the clerks
R("阿飞 这是山野的 我直接发了\n{A}\n{B}\n{C}\n拦截", "sto", "intercept A B C", cats=(7,))
R("{A} 买家改主意了 改到 浙江省台州市椒江区市府大道200号 电话不变", "zto", "change_address A")
R("可可烘焙 {A} {B} 买家说明天要用 催一催", "jt", "urge A B", cats=(7,))
R("{A} 这个退回 买家地址填的是 xx路xx号 根本没有", "zto", "intercept A")
R("橙意数码 {A} 转寄到 深圳市南山区科技园科苑路15号 科兴科学园B栋 {PN}", "sf", "change_address A", cats=(4,))
R("{A} 改派 原地址小区封闭了 新地址 杭州市上城区钱江路1366号 华润大厦 A座 前台", "zto", "change_address A")
R("{A}\n{B}\n都帮忙退回 朵拉 尺码不对 买家要换", "jt", "intercept A B", cats=(7,))
R("@" + BOT + " {A} {B} {C} 撤单", "zto", "cancel A B C", cats=(7,))
R("{A} 买家说东西不对 拒收了 退回", "ems", "intercept A")
R("{A} {B} {C} {D}\n暖喵的 冻干 这几单都催一下", "zto", "urge A B C D", cats=(7,))
R("{A}\n这个到哪了\n{B}\n这个也是", "jt", "track A B", cats=(7,))
R("孟姐 我先把朵拉的发一下\n{A} 拦\n{B} 拦\n{C} 拦\n{D} 拦", "zto", "intercept A B C D", cats=(7,))
R("拦截：\n{A}\n{B}\n撤单：\n{C}\n{D}\n{E}", "yto", "intercept A B; cancel C D E", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n蜜桃 全部 退回", "yunda", "intercept A B C D E F", cats=(7,))
R("各位早 今天先发拦截 再发催件\n拦截\n{A}\n{B}\n{C}\n催件\n{D}\n{E}", "yto", "intercept A B C; urge D E", cats=(7,))
R("{A} {B} 这两个在中转停了三天 延误", "sto", "delay A B", cats=(7,))
R("{A} 到付改寄付可以吗", "zto", "", nh=True)
R("{A} 帮忙备注一下 放门卫", "yto", "", nh=True)
R("{A} 开一下拦截凭证 店铺后台要截图", "zto", "", nh=True)
R("{A}\n{B}\n{C}\n都显示签收 但是买家都说没有 同一个驿站 核实一下", "yunda", "verify_delivery A B C", cats=(7,))
R("暖喵 {A} {B} 称重有问题 两袋猫砂10kg 算成了20kg", "jt", "weight A B", cats=(4, 7))
R("{A} 麻烦改到 北京市海淀区中关村大街27号 中关村大厦 1506 郑先生 {PN}", "jd", "change_address A", cats=(4,))
R("{A}\n{B}\n{C}\n撤单 撤单 撤单", "zto", "cancel A B C", cats=(7,))
R("朵拉 {A} 改一下地址：广东省佛山市南海区桂城街道南海大道北8号 {PN} 林女士", "zto", "change_address A", cats=(4,))
R("{A} 派件员打电话说地址不对 退回吧 等买家重新拍", "yto", "intercept A")
R("{A} {B} {C} {D} {E} 这五个都是 拾光手作 的 催件", "jt", "urge A B C D E", cats=(7,))
R("{A} 催派 买家说再不到就退款", "yto", "urge A")
R("{A}\n拦截！！\n{B}\n也拦！！", "zto", "intercept A B", cats=(7,))
R("{A} 申请理赔 丢件 已经登记过了", "jt", "claim A", cats=(8,))
R("{A} {B} 都是退款的 截回来", "sf", "intercept A B", cats=(7,))
R("{A} 退回 {B} 退回 {C} 退回 {D} 退回 朵拉的", "zto", "intercept A B C D", cats=(7,))
R("可可烘焙 {A} 转寄 上海市黄浦区南京东路300号 恒基名人购物中心 {PN}", "sto", "change_address A", cats=(4,))

# ================================================================ hedges and conditions
R("{A} {B} {C} 可能要拦截 买家还没确定 先拦着吧？", "zto", "intercept A B C", cf=True, cats=(7,))
R("{A} {B} 拦截 {C} 好像也得拦 我再问问店长", "yto", "intercept A B C", cf=True, cats=(7,))
R("看看能不能撤单 {A}", "sto", "cancel A", cf=True)
R("{A} {B} 如果还没派送就拦截", "jt", "intercept A B", cats=(7,))
R("{A} 要不拦截吧 买家一直没回消息", "zto", "intercept A", cf=True)
R("{A}\n{B}\n{C}\n{D}\n这几个如果还没出杭州就拦截 出了就算了", "yunda", "intercept A B C D", cats=(7,))
R("{A} 好像要改地址 改到 杭州市上城区望江东路332号 我再跟买家确认下", "yto", "change_address A", cf=True)
R("{A} 可能要退回 先问问能不能拦", "zto", "intercept A", cf=True)
R("{A}\n{B}\n{C}\n第二个应该是要拦的吧…孟姐你确认一下", "sto", "intercept B", cf=True, cats=(7,))
R("{A} 没签收的话退回", "jt", "intercept A")

# ================================================================ more of the clerks' batches with exceptions and corrections
R("朵拉童装 退款单 9个\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n还有一个等下贴\n都拦截 第5个除外", "zto",
  "intercept A B C D F G H", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n拦截 \n哦对 第二个已经签收了 那个算了", "yto", "intercept A C D E", cats=(1, 7))
R("{A} {B} {C} {D}\n全部撤单\n{B} 不撤 {B} 的买家又付款了", "cainiao", "cancel A C D", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n除了第三个都催 第三个拦截", "sto", "urge A B D E; intercept C", cats=(1, 7))
R("拦截 {A} {B} {C} {D} {E} {F}\n{F} 搞错了 是 {G}", "yto", "intercept A B C D E G", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n2号催件 4号拦截\n4号和2号对调一下 其他不动", "zto", "intercept B; urge D", cats=(2, 7))
R("1 {A} 拦截\n2 {B} 拦截\n3 {C} 催件\n4 {D} 拦截\n5 {E} 催件\n6 {F} 催件\n4号和6号换一下", "yunda",
  "intercept A B F; urge C D E", cats=(2, 7))
R("{A} {B} {C}\n第一个 拦 第二个 改地址 第三个 拦\n第二个的地址：浙江省湖州市吴兴区红旗路1号 {PN}", "jt",
  "intercept A C; change_address B", cats=(4, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n这七个里面 {C} {E} 是暖喵的 撤单 其他是蜜桃的 拦截", "zto",
  "cancel C E; intercept A B D F G", cats=(7,))
R("{A} {B} {C} {D} {E}\n前两个拦截 中间一个撤单 最后两个催件\n啊最后一个也拦截", "sto",
  "intercept A B E; cancel C; urge D", cats=(2, 7))
R("「陈佳怡：{A} {B} {C} {D} 第三个拦截」\n" + Q + "\n@陈佳怡 你数错了吧 后台要拦的是第四个 第三个不拦", "zto", "intercept D", nh=True,
  cats=(2, 3, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n除了倒数两个 都撤单\n倒数两个拦截", "cainiao", "cancel A B C; intercept D E", cats=(1, 7))
R("{A} {B} {C} {D} {E} {F} 拦截\n除了{A}和{B}以外的", "jt", "intercept C D E F", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n后四个拦截\n等等 是后三个 第五个不拦", "yunda", "intercept F G H", cats=(2, 7))
R("这几个 {A} {B} {C}\n一个拦截一个催件一个撤单", "zto", "", nh=True, cats=(7,))
R("{A} {B}\n其中一个要拦截 我问下是哪个", "yto", "", nh=True, cats=(7,))
R("前两个拦截\n{A}", "sto", "", nh=True, cats=(7,))
R("第二个和第三个拦截", "zto", "", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第6个拦截", "jt", "", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n上面六个 1 2 拦截 3 4 5 6 催件\n第5个不用催 签收了", "zto",
  "intercept A B; urge C D F", cats=(1, 7))
R("{A} {B} {C} {D} {E}\n蜜桃的全拦 这五个里 {B} {D} 是蜜桃的 其他是可可的", "yto", "intercept B D", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n拦截\n我看错了 只有第一个和第四个要拦 中间俩是正常件", "zto", "intercept A D", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n双号催件 单号拦截\n（这里的单双是第几个 不是尾号）", "jt",
  "urge B D F H; intercept A C E G", cats=(7,))
R("{A} 拦截 {B} 拦截 {C} 拦截\n{B} 算了 撤回", "yto", "intercept A C", cats=(1, 7))
R("{A} {B} {C}\n全部拦截 不对 全部改地址 三个买家是同一个人 新地址：江苏省扬州市邗江区文昌西路56号 钱先生", "zto",
  "change_address A B C", cats=(2, 7))
R("{A}\n{B}\n{C}\n第一个撤单 第二个撤单 第三个撤单\n第二个系统显示已揽收 拦截", "sto", "cancel A C; intercept B", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n拦截 除了第4个\n第4个催件", "yunda", "intercept A B C E F G; urge D", cats=(1, 7))
R("{A} {B} {C} {D} 这四个 第一个是错的 正确的是 {E} 然后都催件", "zto", "urge E B C D", cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第3个催件 其余都拦截\n更正一下 第3个也拦截 买家刚申请退款", "yto", "intercept A B C D E",
  cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n最后两个拦截 其他不动\n哦 倒数第二个是 {H} 贴错了", "sto", "intercept H G",
  cats=(2, 7))
R("①{A}\n②{B}\n③{C}\n①拦截 ②催件 ③拦截\n更正：①③ 不是拦截 是改地址 新地址 浙江省丽水市莲都区中山街500号", "yto",
  "change_address A C; urge B", cats=(2, 7))

# ================================================================ more quotes, tables, mixed everyday
R("「" + BOT + "：@陈佳怡 {A} {B} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n还有 {C} {D} {E} 也是一样的 拦截", "zto",
  "intercept C D E", cats=(3, 7))
R("「" + BOT + "：@周飞 {A} 已签收，无法拦截」\n" + Q + "\n签收了？买家说没收到 虚假签收吧 投诉", "yto",
  "verify_delivery A; complaint A", cats=(3, 8))
R("「" + BOT + "：@孟庆华 {A} 撤单成功」\n" + Q + "\n好的", "sto", "", cats=(3,))
R("「" + BOT + "：@陈佳怡 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n等了一天了 还没派送 再催", "jt", "urge A", cats=(3,))
R("「" + BOT + "：@周飞 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n快递员说已经揽收了啊 拦截", "zto",
  "intercept A", cats=(3,))
R("「陈佳怡：{A}」\n" + Q + "\n这个拦截一下", "yunda", "intercept A", cats=(3,))
R("「周飞：{A} {B} {C} 催件」\n" + Q + "\n阿飞 {B} 是要拦截的 你发成催件了\n@" + BOT + " {B} 拦截", "zto",
  "intercept B", cats=(2, 3))
R("「孟庆华：今天朵拉的单子全部暂停 拦截单以我发的为准」\n" + Q + "\n按孟姐说的 朵拉的这几个拦截\n{A}\n{B}\n{C}", "yto", "intercept A B C",
  cats=(3, 7))
R("「" + BOT + "：@陈佳怡 您的消息已转人工客服处理，请稍候」\n" + Q + "\n是不是我发的格式不对 重新发\n{A} 拦截\n{B} 拦截", "sto",
  "intercept A B", cats=(3, 7))
R("「" + BOT + "：@周飞 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n地址改错了 不是金华 是 浙江省衢州市柯城区荷花中路18号",
  "zto", "change_address A", cats=(2, 3))
R("回复 @孟庆华：{A} 拦截没\n拦了 上午就拦了 机器人回复提交了", "jt", "", cats=(3,))
R("「孟庆华：{A} {B} {C} {D} 催一下」\n" + Q + "\n孟姐 这几个我刚催过了 机器人都回了", "zto", "", cats=(3,))
R("「" + BOT + "：@陈佳怡 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n这个买家现在不要了 直接退回吧", "yto",
  "intercept A", cats=(3,))
R("{A}\t蜜桃\t拦截\n{B}\t蜜桃\t拦截\n{C}\t暖喵\t拦截\n@" + BOT + " 按表处理", "zto", "intercept A B C", cats=(7,))
R("快递单号\t处理\n{A}\t拦截\n{B}\t撤单\n{C}\t催件\n{D}\t拦截\n{E}\t撤单", "yunda", "intercept A D; cancel B E; urge C",
  cats=(7,))
R("{A}    拦截\n{B}    拦截\n{C}    改地址（地址稍后）", "yto", "intercept A B; change_address C", nh=True, cats=(7,))
R("单号\t问题\n{A}\t破损\n{B}\t丢件\n{C}\t延误\n{D}\t核重", "sto", "damaged A; lost B; delay C; weight D", cats=(7,))
R("店铺\t物流单号\t处理\n蜜桃\t{A}\t拦截\n暖喵\t{B}\t拦截\n山野\t{C}\t拦截\n山野那行不要了 已经签收", "jt",
  "intercept A B", cats=(1, 7))
R("{A}\t{P}\t拦截\n{B}\t{P2}\t拦截", "zto", "intercept A B", cats=(4, 7))
R("{A}\t朵拉\t110码\t拦截\n{B}\t朵拉\t120码\t换地址 浙江省杭州市滨江区江南大道3850号 创新大厦\n{C}\t朵拉\t130码\t催", "yto",
  "intercept A; change_address B; urge C", cats=(7,))
R("运单号\t数量\t处理\n{A}\t2\t拦截\n{B}\t1\t拦截\n{C}\t3\t拦截\n数量那列不是单号别搞混", "sto", "intercept A B C", cats=(7,))
R("{A} 蜜桃 拦截\n{B} 蜜桃 拦截\n{C} 蜜桃 拦截\n{D} 暖喵 撤单\n{E} 暖喵 撤单\n第4行也揽收了 改拦截", "zto",
  "intercept A B C D; cancel E", cats=(2, 7))

# ================================================================ more everyday, mixed carriers and groups
R("{A} 圆通 {B} 极兔 {C} 顺丰 三个都拦截", None, "intercept A B C", cats=(7,), draw={"A": "yto", "B": "jt", "C": "sf"})
R("{A} 德邦的 大件 拦截退回", None, "intercept A", draw="deppon")
R("顺丰 {A} 改地址 杭州市拱墅区莫干山路1418号 上城工业园 {PN}", "sf", "change_address A", cats=(4,))
R("{A} {B} 这两个JD的 延误", None, "delay A B", cats=(7,), draw="jd")
R("{A}\n{B}\n德邦 两个沙发垫 查一下到哪了", "deppon", "track A B", cats=(7,))
R("圆通 {A} 拦截 极兔 {B} 不拦", None, "intercept A", cats=(1,), draw={"A": "yto", "B": "jt"})
R("{A}\n{B}\n{C}\n{D}\n第一个顺丰拦截 后面三个圆通催件", None, "intercept A; urge B C D", cats=(7,),
  draw={"A": "sf", "B": "yto", "C": "yto", "D": "yto"})
R("{A:sp} 拦截", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("中通 {A} {B} {C} 拦截 中通的都在这了", "zto", "intercept A B C", cats=(7,))
R("{A} {B} 重量都不对 一个0.3kg的手机壳 怎么计了2kg", "zto", "weight A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n全部查一下什么时候到", "yto", "track A B C D E", cats=(7,))
R("{A} 查件 {B} 催件 {C} 拦截", "jt", "track A; urge B; intercept C", cats=(7,))
R("{A} 帮忙拦截 {B} 帮忙催件 谢谢", "sto", "intercept A; urge B", cats=(7,))
R("{A} 转寄 江西省南昌市红谷滩区丰和中大道1266号 {PN} 黄先生", "yunda", "change_address A", cats=(4,))
R("{A} {B}\n两个都不要派了 退回", "yto", "intercept A B", cats=(7,))
R("{A} 麻烦问一下这个为什么退回了 我们没申请拦截", "zto", "", nh=True)
R("这三单催一下\n{A}\n{B}\n{C}\n谢谢孟姐", "yunda", "urge A B C", cats=(7,))
R("{A} 要求赔付 货丢了 物流一直显示中转", "jt", "claim A", cats=(8,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n蜜桃的8个 全部催件", "sto", "urge A B C D E F G H", cats=(7,))
R("拦截\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}", "jt", "intercept A B C D E F G", cats=(7,))
R("{A} 这单能改地址吗 改到 杭州市余杭区五常大道181号 华立科技园", "zto", "change_address A")
R("{A} 退货地址写仓前 不是临平 拦截退回仓前", "zto", "intercept A")
R("{A} {B} {C} 这三个蜜桃的 买家说收到都是碎的 要赔偿", "yto", "claim A B C", cats=(7, 8))
R("收到 我这边没问题了", "zto", "")
R("阿飞 旺店通导不出来 你那边能导吗", "yto", "")
R("下午三点前还有一批拦截 大家等一下", "jt", "")
R("谢谢网点 辛苦了 今天量太大", "zto", "")
R("蜜桃的退货今天到仓了几个？", "sto", "")

# ================================================================ withdrawals of earlier messages and in the same message
R("{A} 不用拦了 买家撤销退款了", "zto", "", nh=True, cats=(1,))
R("刚才发的 {A} {B} {C} 都不用拦了 发错群了 是韵达的", "yto", "", nh=True, cats=(1, 7))
R("{A} {B} {C} 都不用拦了 帮我把 {D} 拦一下", "zto", "intercept D", nh=True, cats=(1, 7))
R("{A} 拦截\n算了不拦了 买家说还是要", "sto", "", cats=(1,))
R("{A} 撤单\n哦 不撤 我看错了 是另一个", "jt", "", nh=True, cats=(1, 2))
R("上午那批拦截的第三个 {A} 不拦了", "zto", "", nh=True, cats=(1,))
R("{A} 不要改地址了 买家说原地址也行", "sto", "", nh=True, cats=(1,))
R("{A} 理赔不用了 买家说东西能用", "zto", "", nh=True, cats=(1, 8))
R("刚才那个 {A} 改成催件 不拦了", "yunda", "urge A", cats=(1, 2))
R("{A} 刚才说的拦截 改成改地址：杭州市西湖区天目山路398号 古荡科技园 {PN}", "zto", "change_address A", cats=(2, 4))
R("{A} {B} 拦截 —— {A} 拦截 {B} 不拦", "yto", "intercept A", cats=(1, 2))
R("{A} 不是不拦 是现在就拦 别等明天了", "jt", "intercept A", cats=(1,))
R("{A} {B} {C}\n这三个可能要拦 先别动 等我问完买家再发", "zto", "", cats=(1, 7))
R("{A} 不催了 直接退回", "sto", "intercept A", cats=(1, 2))
R("{A} 不用退回 改派到 杭州市钱塘区下沙街道2号大街 金沙湖中心 {PN}", "zto", "change_address A", cats=(1, 4))
R("{A}\n{B}\n{C}\n拦截\n不拦了 都不拦了 店长说让它们派", "yunda", "", cats=(1, 7))
R("@" + BOT + " 早上发的那几个拦截都取消 店长说不拦了", "zto", "", nh=True, cats=(1,))

W.main()
