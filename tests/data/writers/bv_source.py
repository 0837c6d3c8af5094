"""Writer bv: a school-uniform and textbook distributor in Xuzhou (彭城博文 校服·教辅配送部) and the schools it serves.

Casting note. 博文 supplies uniforms (夏装短袖 polo, 春秋运动服, 冬季棉服和冲锋衣, 军训服, kindergarten 园服) and
books (人教版/苏教版 课本, 《同步练习》, 《教材全解》, 寒暑假作业, 答题卡, 地图册, 期中/期末 卷子, 实验手册) to some twenty
schools in and around 徐州: 泉山 星光小学 and 民主路小学, 铜山 汉王中学, 育才中学 (moved to a 新校区 over the summer),
邳州 运河中学, 沛县 歌风中学, 贾汪 实验小学, 睢宁 第二实验小学 (二实小), 新沂 瓦窑中心小学, 双月湖小学, 云龙幼儿园.
Parcels go class by class and box by box to class monitors (班长 王梓涵, 刘一诺, 陈浩宇), class teachers (三(2)班 张老师,
高一(3)班 李老师, 四(3)班 孙老师), the 教务处 (陈主任) and 后勤处 (马主任), the gatehouse (传达室, 门卫 孙大爷), and now
and then to a parent at home when one child's size is re-ordered (补订). The desk clerk 吴倩 (小吴) writes most of the
messages in the outlets' WeCom and DingTalk groups (ZTO, Yunda, EMS for books, Deppon for the heavy uniform boxes,
YTO, STO, J&T, SF, JD): long lists labelled by school, grade and class in every notation (三年级二班, 三(2)班, 高一(3)班,
初二4班, 七年级, 小班), commands given per class ("二班的都拦", "除了五班 其他催", "单数班的拦截"), places in the list
("倒数第二个", "第1、3个"), parcels of several boxes ("一共3箱 到了2箱"), sizes, head counts and money (160码, 45人
45套, 每套168), 征订单号, ISBNs, 学籍号, teachers' phones and the schools' landlines. The owner 韩总 hedges and
changes his mind, the packer 老孟 owns up to packing errors, the driver 小杜 dictates from the van, and class teachers
put things right after the fact ("张老师说 标签贴反了"), quoted or relayed. Everything runs against the term's dates:
8月28号 报到, 9月1号 开学, 周一 升旗仪式, 军训, 期中考试, 放寒假 — and schools are empty in the holidays.
"""

from harness import Writer

W = Writer("bv", seed=2750159)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests, one parcel
# intercept
R("{A} 拦截退回，星光小学三年级二班的夏装尺码全发错了", "zto", "intercept A")
R("麻烦 {A} 拦一下，这箱是汉王中学初二(4)班的同步练习，版本发成苏教版了，他们用人教版", "yunda", "intercept A")
R("{A}\n高一(3)班李老师说班里已经自己订过了，这箱退回来吧", "ems", "intercept A")
R("您好，{A} 退回我们仓库，学校今天通知秋季校服换款了", "deppon", "intercept A")
R("{A} 截回来 谢谢，这箱是样衣，发错学校了", "jt", "intercept A")
R("拦截 {A} {B}，运河中学高一新生的军训服，学校说军训推迟到国庆以后，先退回", "zto", "intercept A B")
R("{A} 别派了 退回，答题卡印错了 考号少一位", "yto", "intercept A")
R("老孟打包装错了，{A} 里面是四年级的书不是三年级的，麻烦拦截", "sto", "intercept A")
R("家委会赵妈妈那边说这批不要了，{A} 退回", "zto", "intercept A")
R("{A} 拦截退回徐州铜山仓库", "ems", "intercept A")
R("云龙幼儿园园服 {A} 拦截，园长说颜色不对要返工", "yunda", "intercept A")
R("{A}拦截", "jt", "intercept A")
R("师傅 {A} 帮忙退回来哈，期中卷子学校说换题了 这批作废", "ems", "intercept A")
R("{A} 退件，民主路小学五(1)班班长说他们班分到新校区了，旧地址没人", "zto", "intercept A")
R("早上好 {A} 拦截退回，歌风中学那边说教辅学校统一从新华书店拿了，不用我们的", "ems", "intercept A")
R("{A} 拦回来吧，冲锋衣那批拉链有问题，厂家召回", "deppon", "intercept A")
R("你好 拦截 {A}", "yto", "intercept A")
R("{A} 这箱退回，里面少装了十套，我们重新打包发", "zto", "intercept A")
R("{A} 截件，发重复了，八年级地图册昨天已经发过一箱", "yunda", "intercept A")
R("瓦窑中心小学 {A} 退回，学校暑假维修没人收，开学我们自己送", "ems", "intercept A")
R("{A} 麻烦退回寄件人，收件的王老师说不是他们班订的", "sto", "intercept A")
R("{A} 拦截 原因：尺码表用的是去年的", "jd", "intercept A")
R("退回 {A}\n退回 {B}\n都是贾汪实验小学的，校徽绣错了", "zto", "intercept A B", cats=(7,))
R("{A} 这箱拦截，二实小说开学推迟两周，放学校也没人管", "ems", "intercept A")
R("韩总交代的，{A} 必须拦回来，里面是下学期的教师用书，寄给学生家长了", "yunda", "intercept A")
R("{A} 发错了！育才中学的寄到运河中学去了，先退回来我们重新发", "zto", "intercept A")
R("你好师傅，{A} 帮我拦截一下，谢谢~", "sto", "intercept A")
R("{A} 退回 退回 学校不收", "yto", "intercept A")

# cancel
R("{A} 撤单，快递员还没来拿，学校说下周他们自己派车来拉", "zto", "cancel A")
R("你好 {A} 取消寄件，高二(5)班的教辅学校自己来取了", "yunda", "cancel A")
R("{A} {B} 不寄了 帮撤一下，双月湖小学家长群里说退订", "sto", "cancel A B")
R("{A} 作废，面单上学校名字打错了，重新下单", "ems", "cancel A")
R("刚下的单 {A} 取消一下，小杜明天直接开车送过去", "deppon", "cancel A")
R("撤单 {A}", "yto", "cancel A")
R("{A} 麻烦取消订单，这箱书还在我们仓库没发出去", "zto", "cancel A")
R("{A} 要是还没揽收就直接撤了，韩总说这批改下周一起发", "yunda", "cancel A")
R("{A} 这单不发了 撤销下 谢谢师傅", "jt", "cancel A")
R("取消寄件 {A} {B} {C}，都是睢宁二实小的，学校改了开学时间", "ems", "cancel A B C", cats=(7,))
R("{A} 撤单，下错了，收件人写成我自己了", "sf", "cancel A")
R("师傅今天别来取了，{A} 撤掉，练习册印刷厂还没送到", "zto", "cancel A")
R("{A} 取消，重复下单了，同一个班下了两次", "yto", "cancel A")
R("下午下的那单 {A} 帮忙撤一下 学校说不用寄 他们老师明天顺路来拿", "deppon", "cancel A")

# change_address
R("{A} 改地址：徐州市泉山区民主南路 星光小学东门传达室，王老师 {P}", "zto", "change_address A", cats=(4,))
R("{A} 改派到汉王中学新校区 行政楼二楼教务处，陈主任收", "yunda", "change_address A")
R("改址 {A}，原来写的老校区，学校暑假搬了，新地址 铜山区大学路99号 育才中学门卫室", "ems", "change_address A")
R("{A} 地址改一下，送贾汪实验小学，不是贾汪二小，两个学校隔一条街", "zto", "change_address A")
R("{A} 转寄到邳州运河中学高一年级组办公室，收件人李老师 {PN}", "yto", "change_address A", cats=(4,))
R("麻烦 {A} 改个地址，改到沛县歌风中学北门收发室，收件人电话不变", "ems", "change_address A")
R("{A} 收件地址改为：睢宁县八一西路 第二实验小学 后勤处 马主任 {PN}", "deppon", "change_address A", cats=(4,))
R("补订的那套 {A} 改送家里：泉山区湖滨路金鹰小区6号楼2单元501，张子轩妈妈 {P}", "jt", "change_address A", cats=(4,))
R("{A} 要改地址，新地址我等班主任回消息再发你", "zto", "change_address A", nh=True)
R("{A} 改地址", "yunda", "change_address A", nh=True)
R("{A} 收件人改成初三(2)班刘老师", "ems", "change_address A", nh=True)
R("{A} 电话改为 {P}", "sto", "change_address A", nh=True, cats=(4,))
R("{A} 送错学校了，改派到新沂瓦窑中心小学教导处 周老师", "zto", "change_address A")
R("{A} 帮忙改一下地址哈 学校说暑假传达室不开 改送到 泉山区 和信广场 3号楼 1104 陈主任家", "yunda", "change_address A")
R("{A} 地址写错了 要改，老师说一会儿把定位发过来", "deppon", "change_address A", nh=True)
R("{A} 改送双月湖小学北校区，不是南校区，收件人不变", "ems", "change_address A")

# urge
R("{A} 催一下，31号开学，这箱是一年级新生校服，开学第一天要穿", "zto", "urge A")
R("{A} {B} {C} 都催一下，星光小学周一开学典礼", "yunda", "urge A B C")
R("加急 {A} 高三一轮复习资料 学生等着用", "ems", "urge A")
R("{A} 到徐州两天了还没派，麻烦尽快派送，学校明天报到", "zto", "urge A")
R("师傅 {A} 快点送吧 孩子们都等着领书呢", "jt", "urge A")
R("{A} 催件", "sto", "urge A")
R("帮忙催催 {A}，明早8点前要送到学校门卫", "zto", "urge A")
R("{A} 麻烦加急派送，周一升旗仪式全校要穿新校服", "deppon", "urge A")
R("{A} 今天务必送到，老师下午在学校等着", "yunda", "urge A")
R("催 {A}\n催 {B}\n开学要用", "ems", "urge A B")
R("{A} 怎么还不到啊 催催 后天就开学了", "yto", "urge A")
R("你好，{A} 派送能快一点吗？歌风中学高一(7)班的军训服，明天早上军训要穿", "zto", "urge A")
R("{A} 这箱寒假作业放假前必须发下去，周五就放了，麻烦催一下", "ems", "urge A")
R("陈主任打电话来问了三遍了，{A} 麻烦今天一定派", "yunda", "urge A")
R("{A} 催派 谢谢", "jd", "urge A")
R("{A} 尽快送 学校后天期中考试 卷子在里面", "sf", "urge A")
R("麻烦催一下 {A}，教材全解，老师说这周不到就来不及讲了", "zto", "urge A")
R("{A} 能不能帮忙催一下，班长在校门口等了一上午了", "yto", "urge A")
R("{A} 派件员今天能不能先派这一箱 学校中午就关门了 谢谢谢谢", "yunda", "urge A")

# track
R("{A} 到哪了", "zto", "track A")
R("{A} 查一下物流，八年级地理图册", "yunda", "track A")
R("{A}", "ems", "track A")
R("{A} 什么时候能到学校？学生28号返校", "yto", "track A")
R("请问 {A} {B} 现在到哪了，高二(1)班和高二(2)班的", "zto", "track A B")
R("{A} 开学前能到吗", "ems", "track A")
R("麻烦看下 {A} 走到哪了，老师问我我也说不清", "deppon", "track A")
R("{A} 物流轨迹发我一下", "sto", "track A")
R("查件 {A}", "jt", "track A")
R("{A} 到哪了？班长说一直显示运输中", "zto", "track A")
R("星光小学四(3)班的那箱 {A} 啥时候到", "yunda", "track A")
R("{A}\n{B}\n这两箱帮看下到哪了", "ems", "track A B", cats=(7,))
R("{A} 现在在哪个网点 老师想自己去拿", "zto", "track A")
R("帮查 {A} 谢谢", "sf", "track A")

# delay
R("{A} 在徐州转运中心三天没动了", "zto", "delay A")
R("{A} 好几天没更新物流了", "yunda", "delay A")
R("{A} 停在宿迁四天了，不动", "ems", "delay A")
R("{A} 发了一个星期了还在路上，说好的三天到呢，延误了吧", "yto", "delay A")
R("{A} 物流一直卡在揽收网点，两天没动静", "zto", "delay A")
R("{A} 25号寄的，到今天还在南京中转，学校下周一开学", "deppon", "delay A", cats=(4,))
R("{A} 延误了 登记一下", "sto", "delay A")

# damaged
R("{A} 到了，外箱破了，校服袋子湿了，两套沾了泥", "zto", "damaged A")
R("{A} 书角全部压坏了，老师说新书这样没法发给学生", "ems", "damaged A")
R("{A} 箱子被压扁了，里面地球仪碎了两个", "yunda", "damaged A")
R("{A} 破损登记一下，园服外箱全烂了", "deppon", "damaged A")
R("{A} 到学校打开一看墨水漏了，练习册染了一半", "sto", "damaged A")
R("{A} 这箱到的时候胶带全开了 里面答题卡散了一地", "jt", "damaged A")

# lost
R("{A} 一共3箱只到了2箱，少一箱", "deppon", "lost A", cats=(4,))
R("{A} 一直显示派送中，一个星期了，站点说找不到了", "zto", "lost A")
R("{A} 丢件了吧 问了网点都说没见过", "yunda", "lost A")
R("{A} 少件，高一(3)班45套只收到40套，少的那包哪都找不着", "ems", "lost A", cats=(4,))
R("{A} 件没了，派送员说放传达室了，传达室翻遍了都没有", "yto", "lost A")

# verify_delivery
R("{A} 显示签收了，但是学校门卫说没收到", "zto", "verify_delivery A")
R("{A} 显示已签收，班长说没拿到，麻烦核实一下谁签的", "yunda", "verify_delivery A")
R("{A} 已签收？张老师说根本没见到快递员，虚假签收吧", "ems", "verify_delivery A")
R("{A} 签收人写的“本人”，学校放假根本没人，核实签收", "sto", "verify_delivery A")

# weight
R("{A} 重量不对，我们称的23公斤，你们算31公斤", "deppon", "weight A", cats=(4,))
R("{A} 核一下重量，一箱练习册怎么会四十多公斤", "zto", "weight A")
R("{A} 超重了？就二十套短袖，麻烦重新称一下", "yunda", "weight A")
R("{A} 查下重量 运费比平时贵了一倍", "ems", "weight A")

# claim, complaint, arbitration
R("{A} 丢了一箱校服，42套，每套168，要求赔偿", "deppon", "claim A", cats=(4, 8))
R("{A} 书全泡水了，申请理赔", "ems", "claim A", cats=(8,))
R("{A} 破了三套冬装棉服，脏得没法穿，要赔", "zto", "claim A", cats=(8,))
R("投诉 {A} 的快递员，直接把书扔在学校门口，电话也不打", "zto", "complaint A")
R("{A} 快递员态度太差，老师打电话他说爱要不要", "yunda", "complaint A")
R("{A} 我要投诉，说了放传达室，他直接扔操场边上", "sto", "complaint A")
R("{A} 理赔只给300，我们不认可，申请仲裁", "deppon", "arbitration A", cats=(4, 8))
R("{A} 客诉 派送员让班长自己去网点搬，一个小姑娘搬五箱书", "yto", "complaint A")

# ---------------------------------------------------------------- 7: lists by school, grade and class
R("星光小学 秋季校服\n一(1)班 {A}\n一(2)班 {B}\n一(3)班 {C}\n一(4)班 {D}\n以上都催一下，31号报到", "zto",
  "urge A B C D", cats=(7,))
R("汉王中学初一教辅\n1班 {A}\n2班 {B}\n3班 {C}\n2班的拦截，版本错了，其他正常派", "yunda", "intercept B", cats=(7,))
R("{A} 三年级一班\n{B} 三年级二班\n{C} 三年级三班\n{D} 三年级四班\n{E} 三年级五班\n除了五班 其他都催", "zto",
  "urge A B C D", cats=(7,))
R("运河中学高一军训服 一共六个班\n高一(1) {A}\n高一(2) {B}\n高一(3) {C}\n高一(4) {D}\n高一(5) {E}\n高一(6) {F}\n"
  "3班和5班的拦截，他们班尺码报错了要重做\n其余的催一下", "zto", "intercept C E; urge A B D F", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第二个和最后一个拦截", "yunda", "intercept B E", cats=(7,))
R("双月湖小学二年级\n二(1)班 {A}\n二(2)班 {B} {C}\n二(3)班 {D}\n二班的都拦，家委会说统一换款", "sto",
  "intercept B C", cats=(7,))
R("高一(1)班 {A}\n高一(2)班 {B}\n高一(3)班 {C}\n高二(1)班 {D}\n高二(2)班 {E}\n高一的催一下，高二的先别动", "ems",
  "urge A B C", cats=(7,))
R("育才中学初二物理实验手册\n初二(1) {A}\n初二(2) {B}\n初二(3) {C}\n初二(4) {D}\n初二(5) {E}\n初二(6) {F}\n"
  "初二(7) {G}\n初二(8) {H}\n单数班的拦截，双数班的正常派", "zto", "intercept A C E G", cats=(7,))
R("前三个催，后两个查一下到哪了\n{A}\n{B}\n{C}\n{D}\n{E}", "yunda", "urge A B C; track D E", cats=(7,))
R("学校\t班级\t单号\t要求\n星光小学\t三(2)\t{A}\t拦截\n星光小学\t三(4)\t{B}\t催件\n民主路小学\t五(1)\t{C}\t查件",
  "zto", "intercept A; urge B; track C", cats=(7,))
R("{A} 四(1)\n{B} 四(2)\n{C} 四(3)\n这三箱第一箱拦截，后两箱催一下", "ems", "intercept A; urge B C", cats=(7,))
R("运河中学高一6个班军训服今天都发了：\n{A} {B} {C} {D} {E} {F}\n按班的顺序1到6班，4班那个地址写错楼了，"
  "改到学校体育馆一楼器材室孙老师收，其他不用管", "zto", "change_address D", cats=(7,))
R("两个学校的：\n星光小学 {A} {B}\n民主路小学 {C} {D} {E}\n民主路的全部加急", "yto", "urge C D E", cats=(7,))
R("{A}（三年级二班 张老师）\n{B}（三年级三班 刘老师）\n{C}（三年级四班 孙老师）\n张老师和孙老师那两箱显示签收了，"
  "但两个老师都说没收到", "yunda", "verify_delivery A C", cats=(7,))
R("七年级语文同步一共12个班，分三箱，一箱四个班：\n1-4班 {A}\n5-8班 {B}\n9-12班 {C}\n中间那箱催一下", "ems",
  "urge B", cats=(4, 7))
R("{A}\n{B}\n{C}\n{D}\n上面四个都是瓦窑中心小学的，全部退回，学校合并了", "ems", "intercept A B C D", cats=(7,))
R("{A} {B} {C} 是同一个班的三箱，{A} {B} 到了，{C} 没到，催一下", "deppon", "urge C", cats=(7,))
R("补订单件：\n张子轩 160 {A}\n李欣怡 150 {B}\n王梓涵 170 {C}\n陈浩宇 165 {D}\n李欣怡那个拦一下，她家长说报错码了",
  "jt", "intercept B", cats=(4, 7))
R("高三二轮资料\n(1)班 {A}\n(2)班 {B}\n(3)班 {C}\n(4)班 {D}\n(5)班 {E}\n除了(2)班都到了，(2)班那箱到哪了",
  "zto", "track B", cats=(7,))
R("{A} {B} {C} {D}\n第1、3个拦截\n第2个改地址到铜山汉王中学南门收发室\n第4个不动", "yunda",
  "intercept A C; change_address B", cats=(7,))
R("8月30号开学的：{A} {B} {C}\n9月1号开学的：{D} {E}\n30号开学那三个今天务必派掉", "zto", "urge A B C", cats=(4, 7))
R("今天寄出的清单，有问题的我标了\n1. {A} 星光 一(1)\n2. {B} 星光 一(2)\n3. {C} 星光 一(3) ←拦\n4. {D} 星光 一(4)\n"
  "5. {E} 星光 一(5) ←拦\n6. {F} 星光 一(6)", "yto", "intercept C E", cats=(7,))
R("{A} 高一(2)，{B} 高一(5)，高一(5)的催一下", "zto", "urge B", cats=(7,))
R("民主路小学新教材，按年级分开寄的\n一年级 {A}\n二年级 {B}\n三年级 {C}\n四年级 {D}\n五年级 {E}\n六年级学校自己来拿了没寄\n"
  "三、四年级的显示签收了，教务处说没收到，其他的催一下", "ems", "verify_delivery C D; urge A B E", cats=(7,))
R("{A} 初一(3)班 一箱\n{B} 初一(3)班 第二箱\n{C} 初一(3)班 第三箱\n3班的全部拦回来，班主任说这批尺码统计错了要重新统计",
  "yunda", "intercept A B C", cats=(7,))
R("初二下学期教辅共5箱：{A}、{B}、{C}、{D}、{E}，倒数第二箱外箱破了书湿了，其他的正常", "ems", "damaged D", cats=(7,))
R("{A}\n{B}\n{C}\n最后那个改一下地址，送到泉山区星光小学西门传达室", "zto", "change_address C", cats=(7,))
R("前两个拦截 后面的催\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}", "sto", "intercept A B; urge C D E F", cats=(7,))
R("育才初三各班中考冲刺卷：1班 {A} 2班 {B} 3班 {C} 4班 {D} 5班 {E}，都催，5班的除外，他们班已经拿到了", "ems",
  "urge A B C D", cats=(1, 7))
R("双月湖小学 园服+校服\n小班 {A}\n中班 {B}\n大班 {C}\n一年级 {D}\n幼儿园部分的三箱都退回，一年级的照常", "deppon",
  "intercept A B C", cats=(7,))
R("星光小学\n一年级：{A} {B}\n二年级：{C} {D}\n三年级：{E}\n二年级两箱催一下，三年级那箱查下到哪了", "zto",
  "urge C D; track E", cats=(7,))
R("{A} 五(1)\n{B} 五(2)\n{C} 五(3)\n{D} 五(4)\n都显示签收了，只有五(3)的孙老师说没见到，帮核实下", "yunda",
  "verify_delivery C", cats=(7,))
R("高二 地理图册：\n①{A}\n②{B}\n③{C}\n②③拦截 ①正常", "ems", "intercept B C", cats=(7,))
R("歌风中学 高一新生校服 共8箱\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n全部催，29号报到，报到当天要领", "deppon",
  "urge A B C D E F G H", cats=(7,))
R("贾汪实验小学的：{A}，汉王中学的：{B}，育才的：{C}。汉王那箱改地址送新校区教务处陈主任，另外两箱催一下", "zto",
  "change_address B; urge A C", cats=(7,))
R("{A} {B} {C}\n这三个都是退回", "jt", "intercept A B C", cats=(7,))
R("这批都撤单，学校说开学推迟了：\n{A}\n{B}\n{C}\n{D}", "yunda", "cancel A B C D", cats=(7,))
R("三(1)班 {A}\n三(2)班 {B}\n三(3)班 {C}\n一班二班的催，三班的查一下", "sto", "urge A B; track C", cats=(7,))
R("高一(3)班 {A} 拦截\n高一(4)班 {B} 催\n高一(5)班 {C} 核实签收，班长说没收到", "ems",
  "intercept A; urge B; verify_delivery C", cats=(7,))
R("育才中学新校区 七年级教材\n七(1) {A}\n七(2) {B}\n七(3) {C}\n七(4) {D}\n七(5) {E}\n七(6) {F}\n"
  "地址全写成老校区了，全部改到新校区：铜山区大学路99号 育才中学教务处", "yunda", "change_address A B C D E F", cats=(7,))
R("第3个和第5个催一下\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}", "zto", "urge C E", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n除了第一个其他都拦", "yto", "intercept B C D E", cats=(7,))
R("初一新生 分班表出来了 之前按临时班级寄的都拦回来重新分：\n{A}\n{B}\n{C}\n{D}", "zto", "intercept A B C D", cats=(7,))
R("单号\t学校\t班级\t问题\n{A}\t星光小学\t四(1)\t少一箱\n{B}\t星光小学\t四(2)\t外箱破损\n{C}\t星光小学\t四(3)\t三天没动",
  "deppon", "lost A; damaged B; delay C", cats=(7,))
R("{A} 一(1)\n{B} 一(2)\n{C} 一(3)\n{D} 一(4)\n{E} 一(5)\n{F} 一(6)\n四班以后的催一下，前面三个班已经发下去了", "zto",
  "urge D E F", cats=(7,))
R("汉王中学三个年级的答题卡：初一 {A}，初二 {B}，初三 {C}。初三的最急，明天月考，先催初三的，另外两个也顺便催下", "sto",
  "urge A B C", cats=(7,))
R("这几箱查一下都到哪了：\n{A}（歌风 高一）\n{B}（歌风 高二）\n{C}（运河 高一）\n{D}（运河 高二）", "ems",
  "track A B C D", cats=(7,))
R("星光小学六个年级的寒假作业\n{A} 一年级\n{B} 二年级\n{C} 三年级\n{D} 四年级\n{E} 五年级\n{F} 六年级\n"
  "低年级的（一二三）催一下，高年级的学校说下周才放假不急", "ems", "urge A B C", cats=(7,))
R("倒数第二个和倒数第三个拦截\n{A}\n{B}\n{C}\n{D}\n{E}", "yunda", "intercept C D", cats=(7,))
R("{A} {B}\n{C} {D}\n上面一行是四(2)的 下面一行是四(5)的，四(5)的退回", "zto", "intercept C D", cats=(7,))

# ---------------------------------------------------------------- several boxes of one order
R("高一(3)班冬装 一共3箱：{A} {B} {C}，到了2箱，{C} 还没到，帮催一下", "deppon", "urge C", cats=(7,))
R("{A} 这是一票多件的，一共4箱，学校说只收到3箱，少了一箱", "deppon", "lost A", cats=(4,))
R("三(2)班的书分两箱寄的，{A} 到了，{B} 没到，{B} 到哪了", "zto", "track B", cats=(7,))
R("{A} {B} 同一个班的两箱，第一箱到了，第二箱显示签收了但老师没收到", "yunda", "verify_delivery B", cats=(7,))
R("七(4)班 {A} {B} {C} 三箱，第二箱破了，其他两箱好好的", "ems", "damaged B", cats=(7,))
R("{A} 一共3箱 到了2箱 剩下那箱是不是还在路上 到哪了", "deppon", "track A", cats=(4,))
R("五(3)班校服分了三箱发 {A} {B} {C}，全部拦截，孙老师说班上一半人报错码", "zto", "intercept A B C", cats=(7,))
R("{A} 这票一共5箱，学校只点到4箱，门卫说快递员就卸了4箱，少了一箱", "deppon", "lost A", cats=(4,))
R("育才初二(6)班 3箱书：{A} {B} {C}\n头两箱签收了 最后一箱一直不动 四天了", "ems", "delay C", cats=(7,))

# ---------------------------------------------------------------- term-start deadlines, stories
R("后天开学了，{A} 一年级新生校服还在路上，家长群里都炸了，麻烦帮忙加急", "zto", "urge A")
R("开学典礼8点开始，{A} 今天下午之前必须到星光小学，里面是主席台的横幅和校服", "yunda", "urge A")
R("{A} 学校28号报到，今天26号了，还在外省，麻烦催一下", "deppon", "urge A")
R("周一升旗要穿新校服，{A} {B} 周六学校有人值班，周末也能送，麻烦催一下", "zto", "urge A B")
R("老师今天问了三次了 {A} 什么时候到 孩子们明天军训", "yto", "track A")
R("明天期中考试，{A} 卷子在里面，务必今天送到教务处，拜托了", "sf", "urge A")
R("{A} 这箱是高三的一轮复习资料，学校说开学第一课就要用，今天能不能派", "ems", "urge A")
R("9月1号开学，今天30号，{A} 还显示在转运中心，急急急", "zto", "urge A", cats=(4,))
R("{A} 这箱学校放暑假了没人收 别送了 退回来开学我们再送", "yunda", "intercept A")
R("学校下周放寒假，{A} 寒假作业必须这周到，不然就发不下去了，麻烦加急", "ems", "urge A")
R("{A} 派送员说学校放假不让进，那送到陈主任家吧：泉山区绿地世纪城5栋302 {PN}", "zto", "change_address A", cats=(4,))
R("军训服 {A} 明早6点半就要用，学校说今晚9点前送到都行，传达室有人，麻烦了", "jt", "urge A")
R("{A} 开学了还没到，班主任说先不要了，退回吧", "yto", "intercept A")

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} {B} {C} 拦截，{B} 不用拦，那箱是李老师自己买的书", "zto", "intercept A C", cats=(1,))
R("早上让拦的 {A} 不拦了，班主任说尺码在班里调换一下就行", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截\n等下\n{A} 先不拦了，张老师说能换着穿", "ems", "", cats=(1,))
R("不是催，是拦截！{A} 学校说不要了", "zto", "intercept A", cats=(1,))
R("{A} 不要退回，改派到汉王中学新校区北门门卫室", "yunda", "change_address A", cats=(1,))
R("二班的不用催，已经到了。一班 {A} 三班 {B} 催一下\n二班 {C}", "zto", "urge A B", cats=(1, 7))
R("{A} 不拦了 改催件，学校说还是要的", "sto", "urge A", cats=(1, 2))
R("算了 {A} 不撤了 照常寄吧", "zto", "", nh=True, cats=(1,))
R("{A} {B} 都别派了拦回来。哦 {B} 不用，{B} 是高二的，正常送", "ems", "intercept A", cats=(1, 2))
R("不是不拦，是开学前必须拦下来，{A} 这箱赶紧拦", "yunda", "intercept A", cats=(1,))
R("{A} 没丢，老师在传达室找到了，不用查了", "zto", "", nh=True, cats=(1,))
R("{A} 不用理赔了，学校说算了", "deppon", "", nh=True, cats=(1,))
R("除了 {B} 其他都拦\n{A}\n{B}\n{C}\n{D}", "yto", "intercept A C D", cats=(1, 7))
R("{A} 不着急不用催，{B} 急，今天要送到", "ems", "urge B", cats=(1,))
R("别改地址了，{A} 还是送原来的老校区，学校说开学前还在老校区上课", "yunda", "", nh=True, cats=(1,))
R("{A} 不是破损，箱子好好的，是里面少了十本练习册", "ems", "lost A", cats=(1,))
R("{A} 这箱不要催了，学校放假了没人收，开学再说", "zto", "", nh=True, cats=(1,))
R("{A} 先别派，周一再送，学校周末没人", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截 {B} 不拦截 {C} 拦截", "jt", "intercept A C", cats=(1,))
R("{A} 催一下，别拦啊，学校还要的，上次有人说要拦那是搞错了", "zto", "urge A", cats=(1,))
R("别退！{A} 别退回来，学校说要了，就送过去", "sto", "", nh=True, cats=(1,))
R("三(1) {A}\n三(2) {B}\n三(3) {C}\n三(4) {D}\n都拦，三(3)的除外", "zto", "intercept A B D", cats=(1, 7))
R("{A} 不需要改地址了，老师说原地址能收", "deppon", "", nh=True, cats=(1,))
R("{A} {B} 撤单，{A} 算了还是寄吧，学校又说要了", "yunda", "cancel B", cats=(1, 2))
R("没说要拦 {A}，是要改地址，送到民主路小学南门，老孟听错了", "zto", "change_address A", cats=(1, 2))
R("五年级的别动，四年级的 {A} {B} 拦截", "ems", "intercept A B", cats=(1,))
R("{A} 拦截退回，不是投诉快递员，是我们自己发错了", "yto", "intercept A", cats=(1,))
R("{A} 不是没到，是到了学校没人签，不用催了谢谢", "zto", "", nh=True, cats=(1,))
R("{A} 催一下 {B} 不用 {C} 催一下 {D} 不用", "yunda", "urge A C", cats=(1, 7))
R("{A} 拦截。算了算了 不拦了 让班里自己调吧", "zto", "", cats=(1,))
R("{A} 别拦，{B} 拦", "sto", "intercept B", cats=(1,))
R("那批军训服不要退了，{A} {B} {C} 都照常派送，学校说军训不推迟了", "zto", "", nh=True, cats=(1, 7))
R("{A} 不退，{B} 退", "jt", "intercept B", cats=(1,))
R("高一的都催，高一(2)班的不用\n高一(1) {A}\n高一(2) {B}\n高一(3) {C}", "ems", "urge A C", cats=(1, 7))
R("{A} 就不投诉了，快递员后来给老师送到办公室了，挺好的", "yunda", "", nh=True, cats=(1,))
R("没有不要 {A} 学校要的 别拦 正常送", "zto", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 拦截\n更正：张老师说不是这箱，是 {B}，三(2)班的", "zto", "intercept B", cats=(2,))
R("高二(3)班 {A} 催一下，哦不对，3班的已经到了，是4班 {B} 没到", "ems", "urge B", cats=(2,))
R("{A} 改地址到新校区\n——李老师刚打电话说不改了，直接退回", "yunda", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 打错了 是 {A}", "zto", "intercept A", cats=(2,))
R("四班的拦截\n四班 {A}\n五班 {B}\n——王老师说标签贴反了，{A} 才是五班，{B} 是四班", "yunda", "intercept B", cats=(2, 7))
R("{A} 撤单。哦不对，小杜说早上已经给快递员拿走了，那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 是三(1)班的，不对，是三(2)班的，拦截", "sto", "intercept A", cats=(2,))
R("三年级的 {A} {B} {C} 拦截，更正一下，是四年级的 {D} {E} {F} 拦截，三年级的不动", "zto", "intercept D E F",
  cats=(2, 7))
R("{A} 改址送歌风中学南门。张老师又说南门在修路，还是送北门传达室", "ems", "change_address A", cats=(2,))
R("{A} 拦截\n韩总说算了还是撤单吧，小吴查了还没揽收", "yunda", "cancel A", cats=(2,))
R("{A} 催件 更正单号 {B}", "jt", "urge B", cats=(2,))
R("{A} 拦截 —— 不对不对 拦错了，是 {B}，{A} 正常送", "zto", "intercept B", cats=(1, 2))
R("{A} {B} 催一下。更正：{B} 是上周那批，已经签收了，只催 {A}", "ems", "urge A", cats=(2,))
R("第三个拦截\n{A}\n{B}\n{C}\n{D}\n不好意思数错了，是第四个", "yunda", "intercept D", cats=(2, 7))
R("班主任更正：高一(3)班的不是 {A}，是 {B}，{B} 催一下", "ems", "urge B", cats=(2,))
R("{A} 改地址送民主路小学东门\n又改了\n送西门传达室 孙大爷收", "zto", "change_address A", cats=(2,))
R("{A} 催一下\n哦 打错了 应该是拦截 这箱学校不要了", "yto", "intercept A", cats=(2,))
R("刚才说 {A} 拦截的，韩总说改成改地址吧，送育才新校区教务处，不退了", "zto", "change_address A", cats=(2,))
R("{A} 改地址到运河中学。错了错了，运河中学那个是 {B}，{A} 是汉王中学的不用改", "yunda", "change_address B",
  cats=(2,))
R("单号发错了，刚才那个作废，正确的是 {A}，拦截", "ems", "intercept A", cats=(2,))
R("{A} 三(2)班 {B} 三(3)班，三(2)班的拦截。张老师又来消息了，说是三(3)班不要了，她们班要", "zto", "intercept B",
  cats=(2, 7))
R("{A} 退回。\n更正：不是退回，是改派到贾汪实验小学传达室，刘老师收", "sto", "change_address A", cats=(2,))
R("{A:cut} 拦截\n少打了一位，完整的是 {A}", "zto", "intercept A", cats=(2, 6))
R("{A} 撤单 哦不 {A} 早上就揽收了 改拦截", "yunda", "intercept A", cats=(2,))
R("拦截 {A} {B}\n更正 只拦 {B}，{A} 那箱是对的", "deppon", "intercept B", cats=(1, 2))
R("{A} 查一下到哪了，算了直接催吧，学校明天开学", "zto", "urge A", cats=(2,))
R("四(3)班 {A} 核实签收——孙老师刚说找到了，在教务处放着，那就不用核实了", "ems", "", cats=(1, 2))
R("{A} 和 {B} 我发反了：{A} 是二实小的要催，{B} 是瓦窑的要拦", "ems", "urge A; intercept B", cats=(2,))
R("改一下：{A} 不是初一(2)班的，是初一(5)班的，地址改送初一年级组办公室 王老师收", "yunda", "change_address A", cats=(2,))

# hedges
R("{A} 先拦着吧？我再问问陈主任要不要", "zto", "intercept A", cf=True)
R("{A} 要不撤了吧，韩总还在跟学校谈价格", "yunda", "cancel A", cf=True)
R("{A} 可能要退回，三(4)班人数报多了，我下午确认了再说", "ems", "intercept A", cf=True)
R("{A} 看看能不能撤单，还没来揽收的话", "sto", "cancel A", cf=True)
R("{A} 好像得改个地址，学校说新校区开学，新地址 铜山区大学路99号 育才中学门卫", "zto", "change_address A", cf=True)
R("{A} 拦截！！\n{A} 不拦\n{A} 到底拦不拦我问下韩总", "yunda", "intercept A", cf=True, cats=(1, 2))
R("{A} 这箱估计要拦，学校那边还没最后定，你们先准备着", "yto", "intercept A", cf=True)
R("韩总说 {A} 要不先退回来？等学校定了尺码再发", "deppon", "intercept A", cf=True)
R("{A} 看看能不能改送到星光小学南门收发室，刘老师收，改不了就算了", "zto", "change_address A", cf=True)
R("{A} 我们考虑要不要拦截，老师说可能班里有人转学", "ems", "intercept A", cf=True)
R("{A} 如果还没签收就拦截", "zto", "intercept A")
R("{A} 还没出徐州的话直接拦回来", "yunda", "intercept A")

# ---------------------------------------------------------------- 3: quotes and replies
R("「三(2)班张老师：我们班的校服不要了，麻烦退了吧」\n" + Q + "\n{A} 就是她们班的，拦截", "zto", "intercept A", cats=(3,))
R("「中通客服：@吴倩 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的谢谢，辛苦", "zto", "", cats=(3,))
R("「中通客服：@吴倩 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n不用拦了，老师说还要", "zto", "", nh=True,
  cats=(1, 3))
R("「韵达客服：@吴倩 {A} 已签收，无法拦截」\n" + Q + "\n那投诉吧，昨天就说了别派的", "yunda", "complaint A", cats=(3,))
R("引用 老孟：{A} 拦截 发错学校了\n{B} 这个也拦截，一样的问题", "zto", "intercept B", cats=(3,))
R("回复 @李老师：{A} 是你们班的吗\n李老师说是的，但一直没到，催一下", "ems", "urge A", cats=(3,))
R("「张老师：{A} 这箱显示签收了，我没收到啊」\n" + Q + "\n帮核实一下签收", "yunda", "verify_delivery A", cats=(3,))
R("「韩总：{A} {B} 都拦了」\n" + Q + "\n{B} 不拦，韩总说错了，只拦 {A}", "zto", "intercept A", nh=True, cats=(1, 3))
R("@吴倩 {A} 已为您催促派送，请耐心等待\n——————\n催了两天了还没到，投诉", "sto", "complaint A", cats=(3,))
R("「李老师：高一(3)班 {A} 拦截退回，我们不要了」\n" + Q + "\n@李老师 收到", "ems", "", cats=(3,))
R("转发张老师的话：“三(2)班那箱 {A} 到了一箱，还差一箱”\n麻烦查一下另一箱 {B} 到哪了", "zto", "track B", cats=(3,))
R("「陈主任：{A} 这箱要退吗」\n" + Q + "\n我问下韩总再说", "yunda", "", cats=(3,))
R("「EMS客服：@吴倩 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n撤单 {A}", "ems", "cancel A",
  cats=(3,))
R("「中通客服：@吴倩 您的消息已转人工客服处理，请稍候」\n" + Q + "\n{A} 拦截退回 麻烦快点处理 明天就开学了", "zto",
  "intercept A", cats=(3,))
R("「老孟：{A} 催一下」\n" + Q + "\n这个不用催了，老师说早上到了", "yunda", "", nh=True, cats=(1, 3))
R("回复 @王梓涵：哥哥我们班的书到哪了 {A}\n查一下这个", "zto", "track A", cats=(3,))
R("「民主路小学五(1)孙老师：快递把书扔在门口，淋湿了一半」\n" + Q + "\n{A} 就是这箱，破损加投诉", "ems",
  "damaged A; complaint A", cats=(3, 8))
R("「圆通客服：@吴倩 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n改址成功了没啊？学校明天开学", "yto", "", nh=True,
  cats=(3,))
R("「顺丰客服：@吴倩 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n等一下先别确认，我问问学校", "sf", "", cats=(3,))
R("「中通客服：@吴倩 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n谢谢 今天到了", "zto", "", cats=(3,))
R("「小杜：{A} 我下午顺路带过去，这箱不用快递送了」\n" + Q + "\n那就撤单吧，还没揽收", "zto", "cancel A", cats=(3,))
R("引用 张老师：三(2)班的书什么时候到\n{A} 这箱就是，到哪了帮看下", "yunda", "track A", cats=(3,))
R("「韵达客服：@吴倩 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n{B} 也一样拦截，同一个学校的", "yunda",
  "intercept B", cats=(3,))
R("「EMS客服：@吴倩 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q + "\n还要申请理赔，里面32本全湿了",
  "ems", "claim A", cats=(3, 8))
R("老孟：{A} {B} {C} 今天发的三箱\n" + "——————\n中间那个拦截，老孟贴错班级了", "zto", "intercept B", cats=(3, 7))
R("「高一(5)班班长刘一诺：姐姐我们班的校服还没到，明天军训要穿」\n" + Q + "\n{A} 催一下", "deppon", "urge A", cats=(3,))
R("「小吴：韩总 {A} 要拦吗」\n" + Q + "\n拦", "yto", "intercept A", cats=(3,))
R("「张老师：这箱不是我们班的 {A}」\n" + Q + "\n那应该是三(3)班的，改送三(3)班 孙老师 办公楼304", "zto",
  "change_address A", cats=(3,))
R("「德邦客服：@吴倩 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n登记了三天了也没人回，要投诉", "deppon",
  "complaint A", cats=(3,))
R("「极兔客服：@吴倩 {A} 撤单成功」\n" + Q + "\n好的 收到", "jt", "", cats=(3,))
R("「中通客服：@吴倩 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n拦截成功没有？学校在问", "zto", "", nh=True,
  cats=(3,))
R("「陈主任：{A} 退回，{B} 留下」\n" + Q + "\n按陈主任说的办", "ems", "intercept A", cats=(3,))
R("「张老师：三(2)班的还差一箱」\n" + Q + "\n三(2)班的两箱是 {A} {B}，第一箱收到了，第二箱催一下", "yunda", "urge B",
  cats=(3, 7))
R("「韩总：小吴 {A} 这箱拦一下吧」\n" + Q + "\n韩总 这箱已经签收了 拦不了了", "zto", "", cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("征订单号 {O} 对应的快递 {A} 催一下", "zto", "urge A", cats=(4,))
R("{A} 改地址 收件人王老师 {PN} 铜山区汉王镇 汉王中学传达室", "yunda", "change_address A", cats=(4,))
R("高一(3)班45人45套冬装，{A} 怎么算了38公斤，重量不对", "deppon", "weight A", cats=(4,))
R("{A} 这箱是《同步练习 数学 三年级上》ISBN 978-7-5343-8825-1，版本印错了，拦截退回", "ems", "intercept A", cats=(4,))
R("学籍号 G320302201507150023 的学生补订一套，{A} 到哪了", "yunda", "track A", cats=(4,))
R("{A} 学校传达室座机 0516-83726615 一直有人，催一下", "zto", "urge A", cats=(4,))
R("{A} 里面42套×168=7056元的货，全丢了，要赔", "deppon", "claim A", cats=(4, 8))
R("拼多多订单 {O} 的家长说 {A} 一直没收到，显示签收了", "jt", "verify_delivery A", cats=(4,))
R("高一(3)班李老师 {PN}\n高一(4)班王老师 {PN2}\n{A} 3班\n{B} 4班\n两个都催一下，派送前给老师打电话", "zto",
  "urge A B", cats=(4, 7))
R("电话 {PN} 是李老师的，{A} 派送前给她打个电话，她在开会", "ems", "", nh=True, cats=(4,))
R("{A} 2024秋 人教版 九年级 化学 共120本 拦截", "ems", "intercept A", cats=(4,))
R("{A} 收件人陈主任电话 {P} 打不通，换一个 {P2}，改一下电话，地址不变", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 这是尺码160/80A的20套，170/88A的15套，外箱写了，到了麻烦放门卫室，催一下", "deppon", "urge A", cats=(4,))
R("订单号 {O}\n快递单号 {A}\n学校：运河中学 高二(6)班\n问题：显示签收 没收到", "yto", "verify_delivery A", cats=(4,))
R("{A} 家长付了 368 元的冬装 一直没到 家长电话 {PN} 天天打给我 催一下吧", "jt", "urge A", cats=(4,))
R("{A} 发票号 04411287 开的是星光小学的抬头，箱子里忘放发票了，这个不用管，就是催一下派送", "zto", "urge A",
  cats=(4,))
R("ISBN 9787107347126 的教师用书 {A} 到哪了", "ems", "track A", cats=(4,))
R("{A} 二维码贴纸上印的是 20240830-0312，不是单号，单号是 {A}，拦截", "zto", "intercept A", cats=(4,))
R("{A} 9月1号开学 2号之前要到 3号发书 催一下", "ems", "urge A", cats=(4,))
R("班主任电话 {PN}，{A} 改送她家：云龙区 和平路 文华苑 12-1-602", "yunda", "change_address A", cats=(4,))
R("{A} 高一(3)班 学号 2024010301 到 2024010345 的全部校服，学校收到少了5套", "deppon", "lost A", cats=(4,))
R("{A} 代收货款 2350 元，显示签收了，钱没回来，老师也说没收到货", "yunda", "verify_delivery A", cats=(4,))
R("{A} 重量写的 52kg 我们出库单写的 36.5kg，差太多了", "deppon", "weight A", cats=(4,))
R("家长电话 {PN} 说 {A} 被别人签收了，她没拿到", "sto", "verify_delivery A", cats=(4,))
R("{A} 收件人 高二(1)班 班长 陈浩宇 {PN} 派送前打电话 催一下", "zto", "urge A", cats=(4,))
R("学校编码 320311-017 的 星光小学 {A} 拦截", "yunda", "intercept A", cats=(4,))

# ---------------------------------------------------------------- 5: other ways of writing
R("{A} lanjie 一下", "jt", "intercept A", cats=(5,))
R("{A} 拦劫退回", "zto", "intercept A", cats=(5,))
R("{A} 崔一下 开学要用", "yunda", "urge A", cats=(5,))
R("那个星光小学的那一箱 {A} 你给我弄回来 我送错单子了", "zto", "intercept A", cats=(5,))
R("{A} 别送了 拉回来", "sto", "intercept A", cats=(5,))
R("{A} 赶紧给整过去 学校等着呢", "yunda", "urge A", cats=(5,))
R("{A} 咋还没到 催催", "zto", "urge A", cats=(5,))
R("{A} urgent please 明天开学", "sf", "urge A", cats=(5,))
R("小杜语音：喂 那个 {A} 那箱 汉王中学的 学校说地址换了 改到新校区 大学路九十九号 教务处 你们给改一下", "yunda",
  "change_address A", cats=(5,))
R("{A} cuijian", "yto", "urge A", cats=(5,))
R("{A} 这个 给俺 退回来 发错学校哩", "zto", "intercept A", cats=(5,))
R("{A} 撤单撤单 今天不寄", "jt", "cancel A", cats=(5,))
R("{A} 麻烦瞅一眼到哪了", "zto", "track A", cats=(5,))
R("{A} 改个地址呗 送汉王中学北门 收发室", "sto", "change_address A", cats=(5,))
R("{A} 催一哈嘛 娃娃些明天就开学了", "ems", "urge A", cats=(5,))
R("{A} 烂截 学校不要了", "zto", "intercept A", cats=(5,))
R("{A} 改址：星光小学 东门 傳達室", "yunda", "change_address A", cats=(5,))
R("{A} 這個攔截一下", "ems", "intercept A", cats=(5,))
R("{A} 快递小哥快点送 急急急 🙏🙏", "jt", "urge A", cats=(5,))
R("{A} intercept pls，发错学校了", "sf", "intercept A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截 三(2)班的", "zto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下 开学要用", "ems", "urge A", cats=(6,), draw="ems_s10")
R("{A:sp} 拦截退回", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl}\n催件", "yunda", "urge A", cats=(6,))
R("{A:dash} 到哪了", "yto", "track A", cats=(6,))
R("{A:fw} 拦截", "zto", "intercept A", cats=(6,))
R("{A:lc} 催一下", "yto", "urge A", cats=(6,))
R("{A:cut} 拦截 三(4)班的", "zto", "", nh=True, cats=(6,))
R("单号 {A:x} 催件", "yto", "", nh=True, cats=(6,))
R("{A:sp} 改地址到育才中学新校区教务处", "yunda", "change_address A", cats=(6,))
R("高一(3)班 {A:nl} 退回", "ems", "intercept A", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n这两箱催一下", "ems", "urge A B", cats=(6, 7), draw="ems_s10")
R("{A:dash} 撤单", "jt", "cancel A", cats=(6,))
R("{A:nl} 查一下", "deppon", "track A", cats=(6,))
R("单号是 {A:sp} 显示签收了 学校没收到", "sto", "verify_delivery A", cats=(6,))
R("三年级二班 {A:nl} 改地址 送星光小学西门传达室", "zto", "change_address A", cf=True, cats=(6,))
R("尾号 8826 的那箱拦截，三(1)班的", "zto", "", nh=True, cats=(4,))
R("拦截一下 星光小学四(2)班那箱", "yunda", "", nh=True)
R("{A:lc} {B:lc} 都退回", "jt", "intercept A B", cats=(6,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 箱子压烂了，地球仪碎了三个，快递员还不承认，要赔偿，还要投诉他", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 丢了 要理赔", "deppon", "claim A", cats=(8,))
R("{A} 破损+投诉，快递员扔件", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 拦截并投诉，说好学校放假不派的，还是派了放门口", "yto", "intercept A; complaint A", cats=(8,))
R("{A} 延误三天了，学校要投诉", "ems", "delay A; complaint A", cats=(8,))
R("{A} 快点送，老师已经投诉了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 核一下重量，顺便催一下", "yunda", "weight A; urge A", cats=(8,))
R("{A} 少了一箱 登记丢件 另外快递员态度很差要投诉", "deppon", "lost A; complaint A", cats=(8,))
R("{A} 书泡水了要赔，{B} 催一下，{C} 拦截", "ems", "claim A; urge B; intercept C", cats=(7, 8))
R("{A} 延误了好几天了 登记一下 再催一下", "zto", "delay A; urge A", cats=(8,))
R("{A} 压坏了，申请赔付，快递员把箱子当凳子坐，投诉", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 破了 登记破损就行 不用赔", "zto", "damaged A", cats=(1, 8))
R("{A} 重量不对多收了钱，投诉一下你们网点", "deppon", "weight A; complaint A", cats=(8,))
R("{A} 理赔申请了一周了没人理，仲裁", "deppon", "arbitration A", cats=(8,))
R("{A} 外箱烂了 少了两套 要求赔偿", "zto", "claim A", cats=(8,))
R("{A} 退回来，再投诉一下揽件员，单子贴错了他也不看", "sto", "intercept A; complaint A", cats=(8,))

# ---------------------------------------------------------------- commands mentioned, not asked; questions
R("上次拦截的那箱 {A} 退到哪了", "zto", "track A")
R("{A} 拦截了吗", "yunda", "", nh=True)
R("{A} 昨天拦的，今天怎么还派送了", "zto", "", nh=True)
R("{A} 如果拦截的话运费怎么算", "ems", "", nh=True)
R("拦截要收费吗？学校那箱可能要退", "zto", "", nh=True)
R("{A} 这个还能拦吗", "yunda", "intercept A")
R("{A} 能帮开张发票吗，抬头星光小学", "zto", "", nh=True)
R("{A} 到付改寄付可以吗", "deppon", "", nh=True)
R("{A} 改地址改成功了没", "yunda", "", nh=True)
R("{A} 前天说要理赔的，钱什么时候到", "deppon", "", nh=True)
R("{A} 催了三次了还没到，你们到底催了没有", "zto", "", nh=True)
R("明天几点来收件？有五十箱校服", "deppon", "")
R("学校放暑假，这个月寄学校的是不是都送不了", "zto", "")
R("上次撤单的那批书重新下单了，新单号 {A}，到哪了", "ems", "track A")
R("{A} 是上周拦截退回来的那箱，重新寄出去了，查一下现在到哪", "yunda", "track A")
R("改地址是不是要另外收钱？{A} 要改到育才新校区教务处", "zto", "change_address A")
R("{A} 签收了吗", "yto", "track A")
R("请问寄学校的话周末派不派？", "ems", "")
R("{A} 催件催了没", "sto", "", nh=True)
R("谢谢师傅 {A} 收到了", "zto", "")
R("好的 收到 辛苦了", "yunda", "")
R("老师说拦截的那票已经退回仓库了，谢谢你们", "zto", "")
R("{A} 之前登记的破损有结果了吗", "ems", "", nh=True)
R("{A} 为什么显示拦截失败", "yunda", "", nh=True)
R("下周开学季单量大，能不能加派一个快递员来收", "zto", "")
R("{A} 能不能送到三楼办公室，书太重老师搬不动", "deppon", "", nh=True)
R("{A} 退回来的件到仓库了吗", "yunda", "track A")
R("{A} 今天派吗", "zto", "track A")

# ---------------------------------------------------------------- mixed-carrier group (prefixed numbers only)
R("圆通 {A} 拦截\n极兔 {B} 催一下", None, "intercept A; urge B", draw={"A": "yto", "B": "jt"})
R("{A} 三(2)班 催\n{B} 三(3)班 催\n{C} 三(4)班 查一下到哪", None, "urge A B; track C",
  draw={"A": "yto", "B": "sf", "C": "jd"}, cats=(7,))
R("德邦那箱 {A} 一共4箱到了3箱，少一箱", None, "lost A", draw="deppon", cats=(4,))
R("{A} 改址到歌风中学北门传达室 {B} 不用改", None, "change_address A", draw={"A": "sf", "B": "yto"}, cats=(1,))
R("顺丰 {A} 京东 {B} 都是开学用的 都催", None, "urge A B", draw={"A": "sf", "B": "jd"})

# ---------------------------------------------------------------- more of the everyday mix, and what cannot be matched
R("星光小学三(2)班张老师 {PN}\n{A} 到哪了，张老师等着发书", "zto", "track A", cats=(4,))
R("高一新生报到那天要穿，{A} {B} {C} {D} 这四箱今天一定要到，麻烦挨个催一下", "deppon", "urge A B C D", cats=(7,))
R("{A}\n{B}\n第三个拦截", "zto", "", nh=True, cats=(7,))
R("这两个一个拦截一个催件 {A} {B}", "yunda", "", nh=True, cats=(7,))
R("{A} {B} 一个是三(2)班的一个是三(3)班的，三(2)班那个拦截", "zto", "", nh=True, cats=(7,))
R("二班的拦截\n一班 {A}\n三班 {B}", "ems", "", nh=True, cats=(7,))
R("{A} {B} {C}\n都催，四(2)班的除外", "yto", "", nh=True, cats=(1, 7))
R("{A} 这箱放传达室就行，不用送到教室，谢谢", "zto", "", nh=True)
R("@中通客服 {A} 拦截", "zto", "intercept A")
R("陈主任让我问下，{A} {B} 两箱是不是同一天到", "ems", "track A B")
R("{A} 催一下\n{A} 催一下\n{A} 催一下", "yunda", "urge A")
R("{A} 拦截 拦截 拦截！发错学校了", "sto", "intercept A")
R("高一(3)班王老师电话 {PN}，{A} 退回", "ems", "intercept A", cats=(4,))
R("今天开学第一天校门口车多，{A} 派送员说放保安亭了，老师去拿没找到，显示已签收", "zto", "verify_delivery A")
R("{A} 里面的校服被雨淋湿发霉了，一股味，没法给学生穿，要赔偿", "yunda", "claim A", cats=(8,))
R("{A} 投诉一下，派送员把箱子放在学校对面小卖部，还收了老师5块钱保管费", "zto", "complaint A", cats=(4,))
R("{A} {B}\n{A} 拦截\n{B} 改地址 送民主路小学南门 孙老师 {PN}", "yunda", "intercept A; change_address B",
  cats=(4, 7))
R("{A} 怎么显示退回了？我们没让拦啊", "zto", "", nh=True, cats=(1,))
R("老孟说 {A} 里面装的是高二的卷子，高一的是 {B}，两箱一起发的，高一那箱拦截", "ems", "intercept B", cats=(7,))
R("{A}\n备注：三年级二班 42人 校服42套 学生名单在箱内\n到了吗", "zto", "track A", cats=(4,))
R("{A} 明天开学，学校今天下午有人，派送员说明天再送，不行，今天必须送", "yunda", "urge A")
R("{A} 退回退回退回！！！张老师说这箱全是150码的，她们班都是大个子", "zto", "intercept A", cats=(4,))
R("{A} 是寄给陈主任的，学校放假了，改寄到陈主任家 泉山区矿山路东方小区3-2-401", "ems", "change_address A")
R("{A} 拦截一下，不是发错了，是学校改了开学时间，先退回我们仓库放着", "zto", "intercept A", cats=(1,))
R("{A} 帮忙问问快递员是不是放错学校了，汉王中学说没收到，显示在汉王镇中心小学签收的", "yunda", "verify_delivery A")
R("{A} 显示派送中两天了，今天放学前能到吗", "zto", "track A")
R("初一(2)班刘一诺妈妈 {PN} 说孩子的校服一直没收到，单号 {A} 查下", "jt", "track A", cats=(4,))
R("高二(1)班到(6)班的地理图册 {A} {B} {C} {D} {E} {F}\n(4)班的改送学校图书馆一楼，图书管理员周老师收，其他正常", "ems",
  "change_address D", cats=(7,))
R("{A} 作业本2000本，运费显示210，重量没算错吧", "deppon", "weight A", cats=(4,))
R("{A} 这个件别催了，学校说今天下午老师自己去网点拿", "zto", "", nh=True, cats=(1,))
R("{A} 开学用的，快递员说明天才能派，能不能今天派，拜托了", "yunda", "urge A")
R("星光小学6个班的书都在 {A} 这一票里，一共6箱，到了5箱，四(6)班那箱没到，催一下", "deppon", "urge A", cats=(4,))
R("{A} 投诉不投诉的无所谓，先给我送到，明天开学", "yunda", "urge A", cats=(1,))
R("{A} {B} {C} 三箱书都是高三(1)班的，到了，不用催了，谢谢", "ems", "", nh=True, cats=(1, 7))
R("周末学校有人值班吗？有的话 {A} 周六送也行", "zto", "", nh=True)
R("韩总：这学期的校服全部走德邦，中通的单子以后别下了", "zto", "")
R("{A} 双月湖小学\n{B} 瓦窑中心小学\n{C} 歌风中学\n歌风的改派到县城新校区 沛县汉城路18号 歌风中学 教务处，双月湖的拦截", "zto",
  "change_address C; intercept A", cats=(7,))
R("{A} 这个帮我核实一下签收人是谁，孙大爷说没签过字", "sto", "verify_delivery A")
R("{A} 派送员打电话说学校不让进 让老师出来拿 老师在上课 能不能放门卫 催一下", "zto", "urge A")

W.main()
