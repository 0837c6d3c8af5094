"""Writer df: the lighting and small-appliance shops of Guzhen (中山古镇) and their Shunde (佛山顺德) neighbours on an
ordinary weekday, writing in their outlets' groups.

Casting note. Some thirty shops of the lighting capital write in the groups of the outlets that serve the town's
灯饰城 (灯都时代广场, 华艺广场, 星光联盟, 利和灯博中心, 曹三 and 海洲 workshops) and of the small-appliance makers
and traders across the river in 容桂, 北滘 and 勒流: ZTO, YTO, STO, Yunda, J&T, EMS and Cainiao for the small
parcels, SF and JD for samples, Deppon for chandeliers and cartons of panels, and one multi-carrier group run by a
freight desk in the 灯饰城 basement. The people: shop owners (明辉灯饰 陈老板, 欧朗 何姐, 星耀照明 梁生, 华灯坊 冯姐,
佳美电器 区生), packers and 跟单 clerks (阿珍, 小麦, 阿杰, 阿强, 小周), a bookkeeper who checks the carriers' systems
(李会计), and a few wives and sons answering for the shop. They write fast Mandarin with Guangdong habits (唔该,
搞掂, 咁, 啲, 冇, 靓仔, 老细, 梁生/区生 for Mr), rarely punctuated, in one long line or one parcel a line. They name
parcels by what is in them (水晶吊灯, 吸顶灯, 筒灯, 射灯, 灯带, 线条灯, 磁吸轨道灯, 面板灯 600x600, 投光灯, 风扇灯,
台灯, 电饭煲, 空气炸锅, 取暖器, 电风扇), by model and spec (LED-12W, 3000K, 6500K, 220V, 24V 驱动, IP65, 42寸,
E27), by where they go (发成都那个, 昆明两票, 广西那票), by whose they are (张姐的, 阿强那票, 欧朗的, 工地的), by how many
boxes (大箱, 三箱那票, 小箱的) or by colour (黑色那个), usually beside the numbers earlier in the same message, so
that which number a command means has to be worked out from the description; sometimes the description is the
only thing given, or fits two numbers, and then nobody can tell. Lamps break (水晶珠 off, glass shades cracked),
cartons of panels weigh more than they are charged for or less, projects on building sites are cancelled or move,
and customers who ordered 6500K wanted 3000K. Numbers that are not waybills sit beside the waybills: model codes,
wattages, carton counts, prices and amounts, customers' phones, platform order numbers, EAN barcodes.
"""

from harness import Writer

W = Writer("df", seed=4194301)
R = W.R

Q = "\n- - - - - - - - - - - - - - -\n"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("{A} 拦截退回 谢谢", "zto", "intercept A")
R("你好 {A} 这票水晶吊灯 客户说不要了 帮忙拦截", "zto", "intercept A")
R("{A} 吸顶灯 LED-36W 发错色温了 客户要3000K 我们发了6500K 拦回来", "yto", "intercept A", cats=(4,))
R("麻烦 {A} 退回古镇 地址写错了", "sto", "intercept A")
R("{A}\n筒灯两箱 发重了 截回来", "yunda", "intercept A")
R("拦截 {A} 发昆明的灯带", "jt", "intercept A")
R("老细 {A} 别派了 退返来 客户那边装修停工了", "zto", "intercept A", cats=(5,))
R("帮我拦一下 {A}，里面是样品灯 发错客户了", "sf", "intercept A")
R("{A} 退件 唔该", "zto", "intercept A", cats=(5,))
R("{A} 风扇灯 42寸 那票 拦截退回 客户量错尺寸了", "deppon", "intercept A", cats=(4,))
R("{A} 麻烦截件 退回 灯都时代广场 B区 明辉灯饰", "yto", "intercept A")
R("你好，{A} 发乌鲁木齐的那票工矿灯，客户取消订单了，能拦截吗", "zto", "intercept A")
R("{A} 拦截 电源发成24V的了 客户要12V", "sto", "intercept A", cats=(4,))
R("{A} 拦截 {B} 拦截 两票都是发西安的台灯", "zto", "intercept A B")
R("{A}、{B}、{C} 三票面板灯 600x600 的 都拦截退回 客户说规格不对", "yto", "intercept A B C", cats=(4, 7))
R("{A} 退回 原因：灯罩颜色发错 黑色发成白色", "sto", "intercept A")
R("请帮忙将{A}拦截退回，收件人说没订过这个轨道灯", "ems", "intercept A")
R("{A} 还没签收的话帮我拦截 客户下午打电话说不要了", "zto", "intercept A")
R("{A} lanjie 退回", "yto", "intercept A", cats=(5,))
R("{A} 投光灯 100W 六个一箱 发南宁的 拦截退回", "jt", "intercept A", cats=(4,))
R("靓仔 {A} 帮我退返嚟 唔该晒", "zto", "intercept A", cats=(5,))
R("{A}\n退回\n客户说灯太大了 客厅装不下", "yto", "intercept A")
R("{A} 截回来 截回来 发错货了 E27灯泡发成E14的了", "sto", "intercept A", cats=(4,))
R("{A} 麻烦拦截一下 里面的吊灯是客户定制的 尺寸做错了 退回工厂", "deppon", "intercept A")
R("{A} 帮忙退回发件人，收件人电话一直打不通，一个礼拜了", "ems", "intercept A")

# cancel
R("{A} 撤单 还没来收", "zto", "cancel A")
R("{A} 取消寄件 吊灯的包装还没打好 明天重新下单", "yto", "cancel A")
R("{A} 作废 面单打错了", "sto", "cancel A")
R("{A} {B} 两个单撤掉 客户合并成一单了", "zto", "cancel A B")
R("今早约的上门 {A} 取消 货没齐", "sf", "cancel A")
R("{A} 撤单 重下了 新单号 {B}", "zto", "cancel A")
R("帮忙 chedan {A}", "yto", "cancel A", cats=(5,))
R("佳美电器 {A} 撤销 电风扇缺货 发不了", "yunda", "cancel A")
R("{A} 快递员还没来拿吧？没拿的话撤单", "zto", "cancel A")
R("{A} {B} {C} 全部撤单 这批取暖器质检没过", "jt", "cancel A B C", cats=(7,))

# change_address
R("{A} 改地址：四川省成都市金牛区 西部灯具城 5栋 18号 王生 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 改地址 改到 长沙市雨花区 高桥大市场 灯饰区 C12 张姐 电话不变", "sto", "change_address A")
R("{A} 收件人改为 刘工 {PN}", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 改址 客户搬到新店了 地址等下发", "yunda", "change_address A", nh=True)
R("{A} 转寄 到 佛山市顺德区 北滘镇 工业大道 3号 美厨电器 仓库", "jt", "change_address A")
R("麻烦 {A} 地址改为 武汉市汉阳区 琴台大道 汉阳灯饰城 二楼 2068号 陈小姐 {PN}", "zto", "change_address A",
  cats=(4,))
R("{A} 改派 送到工地 西安市未央区 凤城八路 万科项目部 黎工 收", "deppon", "change_address A")
R("gaizhi {A} 新地址 南宁市青秀区 民族大道 136号 华亮灯饰", "yto", "change_address A", cats=(5,))
R("{A} 客户说送到他仓库 不要送店里 仓库地址：东莞市厚街镇 河田大道 66号 A仓 {PN}", "sto", "change_address A",
  cats=(4,))
R("你好 {A} 能不能改个地址 改到 中山市古镇镇 同兴路 星光联盟 3楼 欧朗灯饰", "zto", "change_address A")
R("{A} 改地址 谢谢", "yto", "change_address A", nh=True)
R("{A} 这票电饭煲 改一下收件地址 广州市白云区 石井街道 庆丰村 18号 302 区小姐 {P}", "yunda", "change_address A",
  cats=(4,))

# urge
R("{A} 催一下 客户等着装修", "zto", "urge A")
R("{A} 加急 酒店明天开业要挂这盏吊灯", "sf", "urge A")
R("麻烦催件 {A} 发郑州的射灯", "sto", "urge A")
R("{A} {B} 都催一下 工地等着用", "jt", "urge A B")
R("cuijian {A}", "yto", "urge A", cats=(5,))
R("{A} 转换插头 二十个 客户催得好紧 帮忙快啲送", "zto", "urge A", cats=(5,))
R("唔该催下 {A}", "yto", "urge A", cats=(5,))
R("{A}\n{B}\n{C}\n这几票都是同一个酒店工程的 帮忙一起催一下", "zto", "urge A B C", cats=(7,))
R("星耀照明 梁生：{A} 催件，客户说今天收不到就不要了", "yunda", "urge A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("帮查一下 {A} 物流", "yunda", "track A")
R("{A}\n{B}\n查一下这两票到哪了", "zto", "track A B", cats=(7,))
R("{A} 客户问啥时候到", "ems", "track A")
R("{A} 这票是投光灯和延时开关 到哪了", "zto", "track A")
R("你好 帮我看下 {A} 有没有发出", "sto", "track A")
R("{A} 揽收了没", "zto", "track A")

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 这票台灯延误了 客户在催", "sto", "delay A")
R("{A} 一直卡在贵阳分拨 登记一下延误", "zto", "delay A")
R("{A} 发出去一个星期了还在佛山 搞乜啊", "yunda", "delay A", cats=(5,))

# damaged
R("{A} 水晶吊灯 到了碎了好几个水晶珠", "zto", "damaged A")
R("{A} 客户签收后说灯管断了两根", "sto", "damaged A")
R("{A} 玻璃灯罩碎了 客户拍了照", "deppon", "damaged A")
R("{A} 面板灯 到货 边框压弯了 三块有两块弯的", "jt", "damaged A")

# lost
R("{A} 丢件了 网点说找不到", "zto", "lost A")
R("{A} 一票三箱 客户只收到两箱", "yto", "lost A")
R("{A} 一个礼拜没动 是不是丢了", "sto", "lost A", cats=(8,))
R("{A} 中转站说没有这个件 哪都找不着", "yunda", "lost A")

# weight
R("{A} 重量不对 一盏台灯怎么算了8公斤", "zto", "weight A", cats=(4,))
R("{A} 核重 我们称的是 12.5kg 你们算了 18kg", "deppon", "weight A", cats=(4,))
R("麻烦查下 {A} 的重量 运费扣了 46 块", "sto", "weight A", cats=(4,))

# verify_delivery
R("{A} 显示签收了 客户说没收到", "zto", "verify_delivery A")
R("{A} 妥投了 但是工地那边说没有收到灯 查下谁签的", "ems", "verify_delivery A")

# claim, complaint, arbitration
R("{A} 吊灯全碎 要理赔 货值 2680", "deppon", "claim A", cats=(4, 8))
R("{A} 丢了 申请赔偿", "zto", "claim A", cats=(8,))
R("{A} 派送员态度很差 客户要投诉", "sto", "complaint A")
R("{A} 理赔一直没结果 申请仲裁", "zto", "arbitration A", cats=(8,))
R("{A} 灯罩破了 快递员还骂人 投诉 要赔", "yto", "claim A; complaint A", cats=(8,))
R("{A} 客诉 送货不打电话 直接放快递柜 吊灯放不进去就丢在柜子旁边", "jt", "complaint A")

# ---------------------------------------------------------------- 7: parcels named by what, where, whose, how many
R("{A} 成都 吸顶灯\n{B} 重庆 灯带\n{C} 成都 筒灯\n发成都的两票拦截 重庆的照发", "zto", "intercept A C", cats=(1, 7))
R("{A} 灯管\n{B} 灯管\n{C} 吊灯\n灯管那两票照发 吊灯那票退回", "yto", "intercept C", cats=(1, 7))
R("{A} 是张姐的 {B} 是阿强的\n张姐的改地址 改到 佛山市南海区 大沥镇 广佛路 18号 张姐 收\n阿强的催一下", "sto",
  "change_address A; urge B", cats=(7,))
R("今天发的三票：{A} 大箱 {B} 小箱 {C} 小箱。大箱的不动，两个小箱的拦截", "zto", "intercept B C", cats=(1, 7))
R("{A}（台灯 西安）{B}（落地灯 西安）{C}（台灯 兰州）\n台灯的都催一下", "yto", "urge A C", cats=(7,))
R("{A} 发贵阳 {B} 发昆明 贵阳那个地址写错了 退回", "jt", "intercept A", cats=(7,))
R("{A} {B} 这两票一个是射灯一个是灯带 射灯那个拦截", "zto", "", nh=True, cats=(7,))
R("{A} {B} 都是发成都的客户 其中一个要拦截 我等下问问是哪个", "yto", "", nh=True, cats=(7,))
R("{A} 三箱 {B} 一箱 {C} 一箱\n三箱那票是吊灯 帮忙加急 其余两票正常", "deppon", "urge A", cats=(7,))
R("{A} 顺德 电饭煲\n{B} 深圳 电风扇\n{C} 东莞 取暖器\n电风扇那票改地址 改到 深圳市宝安区 西乡街道 固戍二路 11号 阿杰 "
  "{PN}\n取暖器那票撤单 还没拿走", "zto", "change_address B; cancel C", cats=(4, 7))
R("{A} LED-12W 3000K\n{B} LED-12W 6500K\n6500K 的那票发错了 客户要的是暖光 拦截", "yto", "intercept B", cats=(4, 7))
R("上午发的两票 {A} 给何姐 {B} 给梁生 何姐的到哪了 梁生那票催一下", "sto", "track A; urge B", cats=(7,))
R("{A} 灯饰城李姐的 {B} 也是李姐的 {C} 是陈老板的 李姐的两票都拦回来", "zto", "intercept A B", cats=(7,))
R("{A}\n{B}\n{C}\n第一票是吊灯 后面两票是配件 吊灯的拦截 配件照发", "yunda", "intercept A", cats=(1, 7))
R("{A} 壁灯 {B} 壁灯 {C} 镜前灯 除了镜前灯都拦截", "jt", "intercept A B", cats=(1, 7))
R("给武汉客户发了两票 {A} 是灯 {B} 是驱动电源，灯那票客户说坏了一个灯珠 先不管 电源那票催一下", "zto", "urge B",
  cats=(1, 7))
R("{A} 大的吊灯 {B} 小的吊灯 大的那个客户拒收了 退回来 小的正常派", "sf", "intercept A", cats=(1, 7))
R("两票都是发哈尔滨的\n{A} 取暖器\n{B} 电热毯\n取暖器那票加急 电热毯不急", "zto", "urge A", cats=(1, 7))
R("{A} 发广州 {B} 发广西 广西那个改派到 柳州市城中区 五星街 12号 韦生 {PN}", "yto", "change_address B", cats=(4, 7))
R("{A} 3箱 {B} 1箱 都是昨天发长沙的 1箱那票显示签收了 老板说没收到 核实一下", "sto", "verify_delivery B",
  cats=(4, 7))
R("麻烦看看 {A} 和 {B}，一个是线条灯 一个是磁吸轨道灯 都是发上海的 都三天没动了", "zto", "delay A B", cats=(7,))
R("阿珍发的 {A} 和我发的 {B}，阿珍那票拦截，我那票不用", "yunda", "intercept A", cats=(1, 7))
R("{A} {B} {C}\n这三票 发北京的那个拦截", "zto", "", nh=True, cats=(7,))
R("{A} 给冯姐的吊灯 {B} 给冯姐的灯带 冯姐说吊灯不要了 拦回来 灯带照送", "zto", "intercept A", cats=(1, 7))
R("{A} 是发义乌的样品 {B} 是发泉州的大货\n样品那票催一下 大货那票到哪了", "yto", "urge A; track B", cats=(7,))
R("{A} 灯带10米 {B} 灯带5米 10米的那票改地址 改到 郑州市金水区 东风路 正弘城 负一楼 装修项目部 小周 收", "zto",
  "change_address A", cats=(4, 7))
R("{A} 黑色 {B} 白色 黑色那个退回 白色那个客户要了", "sto", "intercept A", cats=(1, 7))
R("早上三票：\n1. {A} 昆明 吊灯\n2. {B} 昆明 吸顶灯\n3. {C} 大理 台灯\n昆明两票催 大理那票查下到哪了", "jt",
  "urge A B; track C", cats=(7,))
R("{A} 重庆 {B} 重庆 {C} 重庆 {D} 成都 重庆的全部拦截", "zto", "intercept A B C", cats=(7,))
R("{A} 是欧朗的 {B} 是星耀的 都是发长沙 欧朗的拦截 星耀的帮忙加急", "yto", "intercept A; urge B", cats=(7,))
R("吊灯那票拦截，灯带那票照发。吊灯是 {A}，灯带是 {B}", "zto", "intercept A", cats=(1, 7))
R("成都那个退回 西安那个催一下\n{A} 西安\n{B} 成都", "yto", "intercept B; urge A", cats=(7,))
R("张姐的改地址 阿强的撤单\n张姐：{A}\n阿强：{B}\n张姐新地址 桂林市七星区 漓江路 25号 张姐 收", "sto",
  "change_address A; cancel B", cats=(7,))
R("{A} 风扇灯 {B} 吸顶灯 带风扇的那个拦截 吸顶灯客户要", "zto", "intercept A", cats=(1, 7))
R("{A} 两箱 {B} 五箱 五箱那票帮忙核一下重量 运费多了一百多", "deppon", "weight B", cats=(4, 7))
R("{A} 发昆明 {B} 发大理 {C} 发贵阳 云南那两票都催一下", "yto", "urge A B", cats=(7,))
R("张姐两票 {A} {B}，阿强一票 {C}。张姐的都改到新店：南昌市青山湖区 北京东路 灯饰广场 2栋 108 张姐 收", "sto",
  "change_address A B", cats=(7,))
R("{A} 吊灯 {B} 灯带 {C} 吊灯 都拦截 除了灯带", "zto", "intercept A C", cats=(1, 7))
R("{A}\n{B}\n{C}\n第二票拦截 其余照发", "yunda", "intercept B", cats=(1, 7))
R("{A} 灯 {B} 灯罩 灯罩那票先到了 灯那票还没到 催一下", "zto", "urge A", cats=(7,))
R("{A} 是工地的 {B} 是店里的 工地那票送到工地去 地址：合肥市蜀山区 长江西路 与 潜山路 交口 中建项目部 黎工 {PN}",
  "yto", "change_address A", cats=(4, 7))
R("{A} 防水灯带 IP65\n{B} 普通灯带\n防水那票客户说要加急 普通那票不急", "jt", "urge A", cats=(4, 7))
R("今天区生的三票：{A} 电风扇 {B} 电风扇 {C} 电饭煲\n电风扇都撤单 客户换型号了 电饭煲照发", "yunda", "cancel A B",
  cats=(1, 7))
R("{A} 和 {B}，灯珠那票三天没更新了，驱动那票到哪了？灯珠是前面那个", "zto", "delay A; track B", cats=(7,))
R("一共两票 大的那票 {A} 德邦发的吊灯 小的 {B} 顺丰发的配件 大的催一下", None, "urge A", cats=(7,),
  draw={"A": "deppon", "B": "sf"})
R("{A} 顺丰\n{B} 德邦\n德邦那票外箱破了 里面灯罩碎了", None, "damaged B", cats=(7,), draw={"A": "sf", "B": "deppon"})
R("{A} 圆通 {B} 极兔 圆通那票客户说不要了 退回 极兔那票照常", None, "intercept A", cats=(1, 7),
  draw={"A": "yto", "B": "jt"})
R("何姐的 {A} 到了 阿珍的 {B} 还没到 帮忙催下阿珍的", "zto", "urge B", cats=(7,))
R("{A} 客厅灯 {B} 卧室灯 {C} 卧室灯 {D} 餐厅灯 卧室那两票改地址 客户说卧室灯送他妈家 地址等他发过来", "sto",
  "change_address B C", nh=True, cats=(7,))
R("{A} 三盏 {B} 一盏 三盏那票重量算错了 一盏那票外箱有点破 但东西没事", "zto", "weight A", cats=(7,))
R("三票都发北京 {A} {B} {C} 北京那票拦截", "yto", "", nh=True, cats=(7,))
R("{A} 是李生的 {B} 是李生老婆的 李生那票改到他公司：北京市朝阳区 十里河 灯饰城 D座 206 李生 {PN}", "zto",
  "change_address A", cats=(4, 7))
R("{A} 25W 投光灯 {B} 50W 投光灯 {C} 100W 投光灯 50W 的那票客户说型号错了 拦截 另外两票照发", "jt", "intercept B",
  cats=(1, 4, 7))
R("{A} 欧朗的 {B} 星耀的 {C} 欧朗的 欧朗的都催一下 星耀那票查一下到哪了", "zto", "urge A C; track B", cats=(7,))
R("两票 一票吊灯 一票吸顶灯 {A} {B} 吊灯那票拦截", "yto", "", nh=True, cats=(7,))
R("{A} 吊灯 {B} 吸顶灯 吊灯那票拦截", "yto", "intercept A", cats=(7,))
R("{A} 工程单 {B} 零售单 工程单那票延误好几天了 零售那票催一下", "sto", "delay A; urge B", cats=(7,))
R("发泉州两票 {A} 泉州鲤城 {B} 泉州晋江 晋江那票改派到 石狮市 宝盖镇 塘后村 88号 蔡生 {PN}", "zto",
  "change_address B", cats=(4, 7))
R("{A}\n{B}\n{C}\n{D}\n前两票是梁生的 后两票是冯姐的 冯姐的都拦截", "yunda", "intercept C D", cats=(7,))
R("{A} 台灯 {B} 吸顶灯 {C} 台灯 台灯的都催一下 吸顶灯那票不急", "zto", "urge A C", cats=(1, 7))
R("{A} 6箱 面板灯 {B} 2箱 筒灯 箱数多的那票帮忙核个重", "deppon", "weight A", cats=(7,))
R("{A} 电饭煲 {B} 电饭煲 都是发区小姐的 区小姐说一个就够了 我也不知道先到哪个 你们帮我看着拦一个", "yunda", "",
  nh=True, cats=(7,))
R("{A} 香港 样品 {B} 澳门 样品 澳门那个客户说寄错了 退回", "ems", "intercept B", cats=(7,), draw="ems_s10")
R("{A} 发温州 {B} 发台州 {C} 发温州 温州的两票到哪了 台州那票显示签收了 客户没收到", "zto",
  "track A C; verify_delivery B", cats=(7,))
R("{A} 吸顶灯 {B} 吸顶灯 {C} 吊扇灯 吸顶灯那两票延误登记一下 吊扇灯那票催", "yto", "delay A B; urge C", cats=(7,))

# ---------------------------------------------------------------- questions, chit-chat, commands mentioned not asked
R("上次拦截的那票吊灯 {A} 现在到哪了", "zto", "track A")
R("{A} 拦截成功了没有 客户在问", "yto", "", nh=True)
R("拦截要收费吗 一票吊灯发到成都 想拦回来", "zto", "", nh=True)
R("明天几点来收件？今天有二十多箱灯", "zto", "")
R("好的 谢谢", "yto", "")
R("收到", "zto", "")
R("改地址能改到省外吗？", "sto", "", nh=True)
R("{A} 那票吊灯是你们拦截的吗 客户说被退回来了", "zto", "", nh=True)
R("你们发灯具 易碎的要不要另外加钱", "yto", "")
R("{A} 退回来了 收到了 谢谢", "zto", "")
R("{A} 帮忙开个发票 公司报销要", "sf", "", nh=True)
R("{A} 运费改成到付可以吗", "zto", "", nh=True)
R("{A} 面单上电话写错一位 快递员联系不上客户 帮忙改下电话 {PN}", "yto", "change_address A", nh=True, cats=(4,))
R("快递员今天来不来 我们这边有十几箱吊灯要发", "sto", "")
R("{A} 之前改过地址的那票 现在到哪了", "yto", "track A")
R("昨天撤单的那票 {A} 运费退了没有", "zto", "", nh=True)
R("{A} 上周催过一次了 今天怎么样了 到了没", "sto", "track A")
R("早上好 今日有冇人嚟收件？", "zto", "", cats=(5,))
R("{A} 理赔的钱什么时候到账", "deppon", "", nh=True)
R("请问拦截退回的运费怎么算", "zto", "", nh=True)
R("吊灯寄德邦还是寄你们划算 大概40公斤", "yto", "")
R("{A} 已经改好地址了吧？客户又问我", "sto", "", nh=True)
R("{A} 这票撤单了吗 今天快递员还来拿了", "yunda", "", nh=True)
R("我们店搬去华艺广场了 以后上门收件来新地址 三楼 312", "zto", "")
R("{A} 是不是丢了啊 一直没消息 你们能不能查查 不是催啊就问问", "sto", "lost A", cats=(8,))
R("OK 搞掂 唔该", "zto", "", cats=(5,))
R("{A} 投诉的那个处理得怎么样了", "zto", "", nh=True)
R("你们网点周日上不上班 周日有一批取暖器要发", "jt", "")
R("{A} 破损登记的结果出了吗 客户在等", "yto", "", nh=True)
R("刚才问的那个不用查了 找到了", "zto", "")
R("拦一下", "zto", "", nh=True)
R("发成都那票吊灯帮忙拦截 单号我找一下", "yto", "", nh=True, cats=(7,))
R("张姐那票改地址 改到她新店 地址 长沙市开福区 湘雅路 灯饰城 3楼 张姐", "sto", "", nh=True, cats=(7,))
R("昨天发的那三票里面 发西安的那个催一下", "zto", "", nh=True, cats=(7,))
R("尾号 3826 的那票灯带 退回", "yunda", "", nh=True, cats=(4,))

# ---------------------------------------------------------------- 1: negation and withdrawal, scoped
R("{A} 拦截 {B} 不用拦", "zto", "intercept A", cats=(1,))
R("{A} 不用拦了 客户又说要了", "yto", "", nh=True, cats=(1,))
R("{A} {B} 都拦截\n算了 {B} 不拦了 那个是样品 送到算了", "sto", "intercept A", cats=(1,))
R("{A} 拦截…… 算了不拦了 客户说凑合用", "zto", "", cats=(1,))
R("不是不拦 是现在就拦 {A} 别等明天", "yto", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 佛山市顺德区 容桂街道 华口工业区 2号 佳美电器 区生 {PN}", "zto", "change_address A",
  cats=(1, 4))
R("{A} 不撤单了 照常寄 客户又要了", "yunda", "", nh=True, cats=(1,))
R("{A} 吸顶灯 {B} 吸顶灯 {C} 筒灯 吸顶灯不用管 筒灯那票退回", "jt", "intercept C", cats=(1, 7))
R("{A} 不用催了 客户已经收到了", "zto", "", nh=True, cats=(1,))
R("{A} 先不要派 拦回来", "sto", "intercept A", cats=(1,))
R("{A} 别退 别退 客户说还是要 照常送", "zto", "", nh=True, cats=(1,))
R("{A} 改地址不改了 还是送原地址", "yto", "", nh=True, cats=(1,))
R("早上说拦截的那票 {A} 不拦了 客户自己去驿站拿", "zto", "", nh=True, cats=(1,))
R("{A} 不是要撤单 是要拦截 已经揽收了", "sto", "intercept A", cats=(1, 2))
R("{A} 不用理赔了 客户说灯还能用", "deppon", "", nh=True, cats=(1,))
R("{A} {B} {C} 都催一下 {C} 不用 {C} 已经到了", "zto", "urge A B", cats=(1, 7))
R("{A} 不要拦截 不要退回 就是催一下 客户急着用", "yto", "urge A", cats=(1,))
R("{A} 撤单 —— 不对不对 别撤 我同事说那个是要发的", "zto", "", cats=(1, 2))
R("{A} 成都 {B} 重庆 成都那票不拦了 重庆那票照旧拦截", "sto", "intercept B", cats=(1, 7))
R("{A} 客户申请退款了 但我们不拦 让他收了再退", "yunda", "", cats=(1,))
R("{A} 这票吊灯别改地址了 客户说原地址有人收", "zto", "", nh=True, cats=(1,))
R("{A} 拦截 客户说不要了\n哦 客户又打电话来 说要 那就不拦了", "yto", "", cats=(1, 2))
R("{A} 灯罩碎了 我们已经补偿客户50块了 跟你们说一声 不用理赔", "zto", "damaged A", cats=(1, 4))
R("{A} 这票也不用撤 师傅已经拿走了 就这样发吧", "sto", "", nh=True, cats=(1,))
R("{A} 大箱 {B} 小箱 大箱的不动 小箱的改派到 中山市小榄镇 升平中路 18号 小麦 收", "zto", "change_address B",
  cats=(1, 7))
R("{A} 先别撤单 我问问老板 可能还要发", "yto", "", nh=True, cats=(1,))
R("{A} 不退不退 弄错了 是 {B} 要退", "zto", "intercept B", cats=(1, 2))
R("客户取消了一盏灯 我们重新打包了 {A} 还是照常发", "jt", "", cats=(1,))
R("{A} 催件，{B} 不催，{B} 是下周才要的", "zto", "urge A", cats=(1,))
R("{A} 不要投诉了 快递员打电话道歉了 态度还可以", "yto", "", nh=True, cats=(1,))
R("{A} {B} 两票拦截 {A} 除外", "sto", "intercept B", cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 吊灯 拦截\n哦不对 吊灯是 {B}，{A} 是灯带 照发", "zto", "intercept B", cats=(1, 2, 7))
R("发成都的 {A} 拦截……等下 看错了 成都的是 {B}，{A} 是发重庆的 重庆那个不用动", "yto", "intercept B", cats=(1, 2, 7))
R("{A} 吸顶灯 {B} 筒灯 都拦截\n算了 筒灯那个不拦了 客户说要", "zto", "intercept A", cats=(1, 7))
R("{A} 大箱 {B} 小箱 两票都撤单 —— 大箱的师傅已经拉走了 那大箱的就拦截吧", "sto", "intercept A; cancel B",
  cats=(2, 7))
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 改地址取消，还是拦截吧", "yto", "intercept A", cats=(2,))
R("{A} 拦截 —— 更正 单号打错了 是 {B}", "zto", "intercept B", cats=(2,))
R("{A:typo} 催一下\n打错了 是 {A}", "sto", "urge A", cats=(2,))
R("{A:cut} 拦截 少打一位 完整的是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 催件 不对 是要改地址 改到 成都市武侯区 簇桥 西部灯具城 9栋 5号 王生 {PN}", "zto", "change_address A",
  cats=(2, 4))
R("刚才发的 {A} 是错的 灯带那票应该是 {B} 拦截", "yunda", "intercept B", cats=(2,))
R("{A} 退回 退回 哦不是 这票是催件 sorry 打快了", "zto", "urge A", cats=(2, 5))
R("{A} 发长沙 {B} 发长春 长沙那票拦截\n讲错了 是长春那票拦截 长沙的照发", "jt", "intercept B", cats=(1, 2, 7))
R("{A} 3000K {B} 4000K 3000K 那票退回\n不好意思 搞反了 是4000K那票退回", "zto", "intercept B", cats=(2, 4, 7))
R("{A} 核重\n更正：不是核重 是破损 外箱破了 灯管断了", "yto", "damaged A", cats=(2,))
R("{A} 改地址 改到 南宁市西乡塘区 大学东路 98号 韦生\n地址更正：南宁市西乡塘区 大学东路 89号 不是98", "sto",
  "change_address A", cats=(2,))
R("{A} 拦截 {B} 催件\n搞反了 {A} 催件 {B} 拦截", "zto", "urge A; intercept B", cats=(2,))
R("{A} 张姐的 {B} 阿强的 张姐那票拦截\n等等 我问了张姐 她说是阿强那票要拦 张姐的照发", "yto", "intercept B",
  cats=(1, 2, 7))
R("{A} 要拦截 不对 还没发出去 撤单就行", "zto", "cancel A", cats=(2,))
R("{A} 查件\n哦还有 这票客户说要加急 帮忙催", "sto", "urge A", cats=(2,))
R("{A} 延误登记一下\n哦不 显示签收了 但客户说没收到 核实签收", "zto", "verify_delivery A", cats=(2,))
R("{A} 拦截 打错了 {A} 是催件 拦截的是 {B}", "yunda", "urge A; intercept B", cats=(2,))
R("{A}\n{B}\n{C}\n这三票都催\n更正：第三票不用催 已经签收了", "zto", "urge A B", cats=(1, 2, 7))
R("{A} 拦截\n不好意思 单号抄错 应该是 {B} 这个才是欧朗的吊灯", "sto", "intercept B", cats=(2,))
R("{A} 撤单 还是拦截吧 客户说就算揽收了也不要了", "zto", "intercept A", cats=(2,))
R("{A} 改派 新地址 东莞市长安镇 锦厦社区 振安路 168号 {PN}\n电话也改一下 打错了 是 {PN2}", "yto",
  "change_address A", cats=(2, 4))
R("{A} 是灯带 {B} 是射灯 射灯的催一下\n哎呀 我写反了 {A} 才是射灯", "zto", "urge A", cats=(2, 7))
R("{A} 理赔\n补充一下 客户说是丢了一箱 不是坏了 一票两箱 只到了一箱 要赔", "deppon", "claim A", cats=(2, 8))
R("{A} 这票改地址改到 佛山市禅城区 季华五路 12号 何生 {PN}\n咦 不对 何生说还是送原来的 不用改了", "zto", "",
  cats=(1, 2, 4))

# ---------------------------------------------------------------- 3: quotes of colleagues and of the bot
R("「何姐：{A} 成都 吸顶灯 {B} 长沙 筒灯」" + Q + "成都那票拦一下", "zto", "intercept A", cats=(3, 7))
R("引用 阿强：{A} 吊灯 拦截\n这个不用拦了 客户又要了", "yto", "", nh=True, cats=(1, 3))
R("@明辉灯饰 {A} 拦截已提交，结果会第一时间通知您\n好的 谢谢", "zto", "", cats=(3,))
R("@欧朗灯饰 {A} 已为您催促派送，请耐心等待\n催了两次了还没到 这票是酒店的水晶灯 再加急一下", "sto", "urge A",
  cats=(3,))
R("@佳美电器 {A} 已签收，无法拦截\n那就算了 客户签收了就行", "yto", "", cats=(3,))
R("@星耀照明 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "zto", "cancel A", cats=(3,))
R("「快递小助手：@华灯坊 请确认：{A} 拦截退回？回复“确认”即办理」" + Q + "确认", "yto", "intercept A", cats=(3,))
R("回复 @小麦：{A} 到哪了\n这票我查了 在郑州分拨两天没动了 帮忙催一下", "sto", "urge A", cats=(3,))
R("引用 冯姐：{A} 灯带 {B} 吊灯 都是发南昌的\n吊灯那票帮忙退回 灯带照送", "zto", "intercept B", cats=(1, 3, 7))
R("「阿珍：{A} 拦截」" + Q + "{B} 这个也拦截一下 同一个客户的", "yto", "intercept B", cats=(3,))
R("「阿珍：{A} 催件」" + Q + "这个也帮忙改个地址 改到 中山市东区 中山四路 88号 阿珍收", "zto", "change_address A",
  cats=(3,))
R("@区生 {A} 改址已提交，结果会第一时间通知您\n多谢 另外 {B} 也改到同一个地址", "yunda", "change_address B", nh=True,
  cats=(3,))
R("@陈老板 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n好 这票是水晶灯 货值三千二 要理赔的", "zto",
  "claim A", cats=(3, 4, 8))
R("@梁生 您的消息已转人工客服处理，请稍候\n{A} 就是拦截啊 这么简单也要转人工", "sto", "intercept A", cats=(3,))
R("引用 何姐：{A} 改地址 改到长沙\n何姐 你这个没写详细地址 我补一下：长沙市岳麓区 麓谷大道 668号 灯具馆 何姐收", "yto",
  "change_address A", cats=(3,))
R("回复 @阿杰：{A} {B} 两票都要拦截吗？\n只拦 {B}，{A} 是另外一个客户的 正常发", "zto", "intercept B", cats=(1, 3))
R("「梁生：{A} 大箱 {B} 小箱 都发贵阳」" + Q + "大箱那票客户拒收了 退回来", "jt", "intercept A", cats=(3, 7))
R("「小周：吊灯那票帮忙催一下」" + Q + "单号 {A}", "zto", "urge A", cats=(3,))
R("引用 李会计：{A} 显示签收了 冯姐那边说没收到\n帮忙核实一下签收", "yto", "verify_delivery A", cats=(3,))
R("@华灯坊 {A} 拦截已提交，结果会第一时间通知您\n两天了 拦截成功没有", "sto", "", nh=True, cats=(3,))
R("@欧朗灯饰 {A} 撤单成功\n好 {B} 这票也撤了吧 同一单拆的", "zto", "cancel B", cats=(3,))
R("「阿强：{A} 拦截 {B} 拦截」" + Q + "{B} 那个不用 客户刚刚说要", "zto", "", nh=True, cats=(1, 3))
R("引用 小麦：{A} 灯带 催件\n我刚问过了 已经到了 不用催了", "yunda", "", nh=True, cats=(1, 3))
R("回复 @何姐：{A} 这票是你的吗？\n是我的 这个吊灯碎了 客户拍了视频", "zto", "damaged A", cats=(3,))
R("@明辉灯饰 {A} 已为您登记延误工单，结果会第一时间通知您\n登记了又有什么用 催一下啊 客户要投诉了", "yto",
  "urge A; complaint A", cats=(3, 8))
R("「冯姐：{A} 发成都 {B} 发重庆 {C} 发成都」" + Q + "成都的两票都帮忙改派 客户搬去 成都市双流区 东升街道 "
  "棠湖西路 9号 冯姐 收", "sto", "change_address A C", cats=(3, 7))
R("引用 阿杰：{A} 退回\n老板说这票先别退 等客户回电话", "zto", "", nh=True, cats=(1, 3))
R("@星耀照明 请确认：{A} 拦截退回？回复“确认”即办理\n等一下 我问问梁生", "yto", "", cats=(3,))
R("回复 @小周：灯带那票是哪个单号？\n{A} 这个 灯带 催一下", "zto", "urge A", cats=(3,))
R("「阿珍：{A} {B} 这两票 拦截」" + Q + "我查了 {A} 已经签收了 拦 {B} 就行", "yunda", "intercept B", cats=(3,))
R("@佳美电器 {A} 改址已提交，结果会第一时间通知您\n不用改了 客户说原地址可以收", "zto", "", nh=True, cats=(1, 3))
R("引用 何姐：{A} 拦截\n何姐 这个我帮你拦过了 你看下群里", "yto", "", cats=(3,))
R("「小麦：{A} 吸顶灯 {B} 吸顶灯 {C} 台灯 吸顶灯的催一下」" + Q + "台灯那票也催一下", "zto", "urge C", cats=(3, 7))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 拦截 客户电话 {PN} 说不要了", "zto", "intercept A", cats=(4,))
R("订单号 {O} 对应的快递 {A} 催一下", "yto", "urge A", cats=(4,))
R("{A} 型号 HY-88203 水晶吊灯 客户说型号发错了 退回", "sto", "intercept A", cats=(4,))
R("{A} 订单 {O} 买家退款了 拦截退回", "zto", "intercept A", cats=(4,))
R("{A} 灯带 5050 60灯/米 十卷 到哪了", "yunda", "track A", cats=(4,))
R("条码 6901234567892 的那款台灯 {A} 这票催一下", "zto", "urge A", cats=(4,))
R("{A} 改地址 收件人 区小姐 {PN} 地址 佛山市顺德区 勒流镇 新城区 政和路 8号", "yunda", "change_address A", cats=(4,))
R("{A} 货值 ¥3,680 吊灯 碎了 申请理赔 客户电话 {P}", "deppon", "claim A", cats=(4, 8))
R("{PN} 这个是客户电话 {A} 是单号 客户说收不到 帮忙催下", "sto", "urge A", cats=(4,))
R("{A} 36V 220V 两款驱动 客户说发成36V 的了 退回", "zto", "intercept A", cats=(4,))
R("{O} 这是平台订单号 快递单号是 {A} 查一下到哪了", "yto", "track A", cats=(4,))
R("{A} 计费 23kg 实际 14.6kg 差 8 块多 核一下重量", "zto", "weight A", cats=(4,))
R("打客户电话 {PN} 没人接 {A} 退回吧", "sto", "intercept A", cats=(4,))
R("{A} 面板灯 300x1200 36W 4000K 十块一箱 客户说不要了 拦截", "jt", "intercept A", cats=(4,))
R("{A} 收件人改为 黎工 {PN} 地址改为 昆明市官渡区 螺蛳湾 国际商贸城 7栋 2楼", "yto", "change_address A", cats=(4,))
R("{A}\n收件人：欧阳生\n电话：{PN}\n新地址：海口市龙华区 金贸西路 19号 灯饰广场 A-18\n改址", "zto", "change_address A",
  cats=(4,))
R("客户{PN} 投诉我们发货慢 其实我们昨天就发了 {A} 帮忙催一下", "sto", "urge A", cats=(4,))
R("{A} 筒灯 GX53 7W 200个 分两箱 只到了一箱", "zto", "lost A", cats=(4,))
R("工号 2087 的快递员 {A} 没送上门 直接签收了 客户没收到", "yto", "verify_delivery A", cats=(4,))
R("{PN} 帮忙查一下这个电话下的单", "zto", "", nh=True, cats=(4,))
R("{A} 订单 {O} 型号 XD-6032 客户要换成 XD-6035 帮忙拦截 我们重发", "sto", "intercept A", cats=(4,))

# ---------------------------------------------------------------- 5: other wordings
R("{A} intercept pls 客户 cancel 了", "sf", "intercept A", cats=(5,))
R("{A} 帮我拦住 搞错嘢", "zto", "intercept A", cats=(5,))
R("{A} 快啲送啦 客户等到颈都长", "yto", "urge A", cats=(5,))
R("{A} 睇下去咗边", "zto", "track A", cats=(5,))
R("{A} 个吊灯爛咗 啲水晶跌晒出嚟", "sto", "damaged A", cats=(5,))
R("{A} 唔寄喇 撤咗佢", "zto", "cancel A", cats=(5,))
R("{A} 点解一个星期都冇郁过", "jt", "delay A", cats=(5,))
R("{A} where is it 客户是越南的 在广州仓转运", "zto", "track A", cats=(5,))
R("{A} 嗰个地址改去 珠海市香洲区 拱北 昌盛路 33号 阿芳 收", "yto", "change_address A", cats=(5,))
R("{A} 喺度冇人签收过 点解显示签收咗", "zto", "verify_delivery A", cats=(5,))
R("{A} 称重好似唔啱 一箱灯带点会 20kg", "sto", "weight A", cats=(4, 5))
R("lj {A}", "zto", "intercept A", cats=(5,))
R("嗯那个就是昨天发的那个吊灯 单号是{A} 那个客户说不要了 麻烦帮我退回来 谢谢", "sto", "intercept A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "zto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下 吊灯", "yto", "urge A", cats=(6,))
R("{A:dash} 到哪了", "zto", "track A", cats=(6,))
R("{A:nl}\n撤单 灯带不发了", "sto", "cancel A", cf=True, cats=(6,))
R("{A:sp} 寄澳门的样品 退回", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:fw} 拦截 发成都那票", "yto", "intercept A", cats=(6,))
R("{A:lc} 催件", "jt", "urge A", cats=(5, 6))
R("{A:cut} 拦截", "zto", "", nh=True, cats=(6,))
R("{A:x} 催一下 台灯", "yto", "", nh=True, cats=(6,))
R("{A:nl}\n改地址 改到 贵阳市南明区 花果园 B区 3栋 1201 {P}", "zto", "change_address A", cf=True, cats=(4, 6))
R("{A} 吊灯\n{B:nl} 灯带\n两票都催一下", "yunda", "urge A B", cats=(6, 7))
R("{A:sp} 三天没动了", "sto", "delay A", cats=(6,))
R("{A:nl} 显示签收了 客户没收到", "zto", "verify_delivery A", cats=(6,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 吊灯碎了 快递员扔件 投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 碎了 要赔 还要投诉那个快递员", "yto", "claim A; complaint A", cats=(8,))
R("{A} 延误五天 客户要投诉", "sto", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 拦截并投诉 快递员私自改了派送时间", "yto", "intercept A; complaint A", cats=(8,))
R("{A} 显示签收没收到 要是真丢了就理赔", "zto", "verify_delivery A; claim A", cats=(8,))
R("{A} 重量算多了 核一下 顺便催一下 客户等着", "jt", "weight A; urge A", cats=(8,))
R("{A} 吊灯两箱 一箱压坏 一箱没到 理赔", "deppon", "claim A", cats=(8,))
R("{A} 十天没动了 是不是丢了 丢了就赔", "sto", "claim A", cats=(8,))
R("{A} 理赔 加 仲裁 你们一直不处理", "yto", "claim A; arbitration A", cats=(8,))
R("{A} 灯罩碎了 另外 {B} 重量不对 {C} 催一下", "zto", "damaged A; weight B; urge C", cats=(7, 8))
R("{A} 压坏了 快递员态度还很差 投诉他 要赔", "sto", "claim A; complaint A", cats=(8,))
R("{A} 延误 登记一下 再催一下", "zto", "delay A; urge A", cats=(8,))
R("{A} 签收了没收到 核实一下 另外投诉那个快递员 乱签收", "yto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 灯带 碎不了 但是外箱全湿了 里面驱动进水了 要赔", "jt", "claim A", cats=(8,))

# ---------------------------------------------------------------- more everyday traffic, stories around requests
R("早上好 今天客户退了一单 {A} 是发南京的吊灯 麻烦拦截退回 多谢", "zto", "intercept A")
R("{A} 这票灯客户说色温不对 要换货 我们让他拒收了 你们退回来就行", "sto", "intercept A")
R("{A} 在吗 这个到哪了 客户说等了好久", "zto", "track A")
R("老板 {A} 这个件怎么显示退回了？我们没说拦截啊", "yto", "", nh=True)
R("{A} 麻烦帮忙看看 一直显示派送中 两天了 人也没送来", "zto", "delay A")
R("{A} 这票客户地址写漏了门牌号 改为 南京市秦淮区 中山南路 388号 3单元 502 陈生 {PN}", "zto", "change_address A",
  cats=(4,))
R("{A} 客户签收了吗 显示签收了他说没有", "jt", "verify_delivery A")
R("{A} 要到了没 工地下午就要安装", "sto", "track A")
R("{A} 帮我退回来 客户说做工不好 拍照给我看了 灯罩有气泡", "zto", "intercept A")
R("{A} {B} 撤单 我们仓库起火了 货都烧了 不发了", "zto", "cancel A B")
R("{A} 这票三十公斤的吊灯 收了我们八十块 太贵了 核一下重量", "deppon", "weight A", cats=(4,))
R("{A} 查询物流 客户说一直没更新", "zto", "track A")
R("{A} 你好 这票吸顶灯可以送货上楼吗 客户家没电梯 七楼", "yto", "", nh=True)
R("{A} 客户不在家 改送到他公司 地址 深圳市南山区 科技园 科发路 8号 金融基地 1栋 605 {PN}", "sto",
  "change_address A", cats=(4,))
R("{A}\n催件\n客户明天出差 今天必须收到", "zto", "urge A")
R("{A}\n拦截\n发错货", "yto", "intercept A")
R("{A} 面板灯 一票 四箱 签收了 但少了一箱", "deppon", "lost A")
R("你好 请问 {A} 能不能退回 客户说买错了", "zto", "intercept A")
R("{A} 这个帮我催一下 谢谢 （吊灯 发贵阳）", "yto", "urge A")
R("麻烦查下 {A} 为什么显示退回 我们没有要求拦截", "yto", "", nh=True)
R("{A} 快递员打电话说地址找不到 客户电话 {PN} 地址是 长沙市天心区 书院路 9号 电力大厦 后门", "zto",
  "change_address A", cats=(4,))
R("{A} 被压坏了 灯罩扁了 客户不收", "zto", "damaged A")
R("{A} 客户拒收 理由是包装破了 里面灯没事 退回来吧", "yto", "intercept A")
R("{A} 一周了还没派送 麻烦查一下是不是丢了", "sto", "lost A", cats=(8,))
R("{A} 你好 帮忙看看这个件 客户说派送员说明天送 但明天他不在", "yto", "", nh=True)
R("在不在 {A} 急 拦截 客户打了五个电话了", "zto", "intercept A")
R("{A} 催 {B} 催 {C} 查", "zto", "urge A B; track C", cats=(7,))
R("{A} 撤 {B} 撤", "sto", "cancel A B", cats=(5,))
R("{A} 催", "zto", "urge A", cats=(5,))
R("{A} 这票重量对一下 灯箱外包装 尺寸 60x60x40 按体积算也不会这么重", "deppon", "weight A", cats=(4,))
R("{A} 路由显示已退回 但我们没收到退件 帮查一下", "zto", "track A")
R("你们的快递员把吊灯箱子倒着放 {A} 到了里面全碎 投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 发佛山的电风扇 到哪了 客户说一直没收到 也没人打电话", "zto", "track A")
R("{A} 这票我们不发了 还没揽收就撤单 揽了就拦截", "zto", "cancel A; intercept A", cats=(8,))
R("{A} 要不拦截吧 客户好像不太想要了", "yto", "intercept A", cf=True)
R("{A} 可能要退回 等我问问客户", "zto", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说搬了 新地址 惠州市惠城区 江北 文明一路 6号 {PN}", "sto", "change_address A", cf=True,
  cats=(4,))
R("{A} 先拦着吧？我再问问客户", "yto", "intercept A", cf=True)
R("{A} 看看能不能撤单 好像还没来收", "zto", "cancel A", cf=True)
R("{A} 成都 {B} 重庆 成都那票要不先拦一下 客户还在犹豫", "sto", "intercept A", cf=True, cats=(7,))
R("{A} 吊灯 {B} 台灯 吊灯那票可能要退回 台灯那票催一下", "zto", "intercept A; urge B", cf=True, cats=(7,))
R("{A} 拦截吧 不拦也行 看你们方便", "yto", "intercept A", cf=True)
R("{A} 如果还没派送就拦截 派送了就算了", "zto", "intercept A")
R("{A} 今天送不到的话就退回来", "sto", "intercept A")

# ---------------------------------------------------------------- more described parcels and places
R("{A} 长沙 {B} 株洲 {C} 湘潭 长沙那票改到株洲 跟 {B} 同一个地址", "zto", "change_address A", nh=True, cats=(7,))
R("{A} 两盏吊灯 {B} 四盏壁灯 吊灯那票催 壁灯那票查下 两票都是同一个客户", "yto", "urge A; track B", cats=(7,))
R("{A} 配件 {B} 主灯 配件到了 主灯没到 主灯显示签收了", "sto", "verify_delivery B", cats=(7,))
R("{A} 给阿杰的 {B} 给小周的 阿杰的催一下 小周那票不用", "zto", "urge A", cats=(1, 7))
R("{A} 轨道灯 {B} 轨道 {C} 射灯 轨道灯和轨道都退回 射灯留着", "jt", "intercept A B", cats=(1, 7))
R("{A} 黄铜吊灯 贵的那票 {B} 铁艺吊灯 便宜的 贵的那票加保价了没 没保的话拦回来重发", "yto", "", nh=True, cats=(7,))
R("{A} 是样品 免费寄的 {B} 是大货 样品那票丢了就丢了 大货那票一定要催", "zto", "urge B", cats=(1, 7))
R("这两票帮忙看下 {A} 吸顶灯 {B} 吊灯 吸顶灯的客户收到说碎了 吊灯的还没到", "yto", "damaged A; track B", cats=(7,))
R("{A} 发西宁 {B} 发拉萨 拉萨那票太远了 客户说等不了 退回 西宁那票催", "jt", "intercept B; urge A", cats=(7,))
R("{A} {B} 两票 重的那票改派到 中山市古镇镇 东兴中路 12号 华灯坊 轻的正常", "zto", "", nh=True, cats=(7,))
R("重的那票 {A} 28公斤 轻的那票 {B} 3公斤 重的改派到 中山市古镇镇 海洲村 工业大道 6号 恒亮光电 仓库", "yto",
  "change_address A", cats=(4, 7))
R("{A} 武汉 老客户 {B} 武汉 新客户 新客户那票先拦下来 他还没付尾款", "zto", "intercept B", cats=(7,))
R("{A} 佛山 {B} 广州 {C} 佛山 {D} 广州 广州的撤单 佛山的照发", "sto", "cancel B D", cats=(1, 7))
R("{A} 一箱灯泡 E27 {B} 一箱灯泡 E14 E14的发错了 退回 E27那个对的", "zto", "intercept B", cats=(1, 4, 7))
R("{A} 双色温 {B} 三色温 三色温那票到哪了 双色温那票客户说到了", "yto", "track B", cats=(7,))
R("梁生 冯姐 各一票 {A} {B} 哪个是谁的我记不清了 梁生那票拦截", "zto", "", nh=True, cats=(7,))
R("{A} 梁生 {B} 冯姐 梁生那票拦截", "zto", "intercept A", cats=(7,))
R("{A} 冯姐\n{B} 梁生\n{C} 冯姐\n{D} 何姐\n冯姐的都催一下 何姐那票改地址 改到 厦门市思明区 湖滨南路 90号 何姐收",
  "sto", "urge A C; change_address D", cats=(7,))
R("{A} 香薰机 {B} 加湿器 {C} 香薰机 加湿器那票客户在平台申请了仅退款 拦回来", "yunda", "intercept B", cats=(7,))
R("{A} 客户是开酒店的 {B} 客户是个人 酒店那票重要 帮忙优先派送", "zto", "urge A", cats=(7,))
R("{A} 吊灯 收件人 王生 {B} 落地灯 收件人 王太 王太说落地灯不要了 王生的照送", "yto", "", nh=True, cats=(1, 7))

# ---------------------------------------------------------------- more quotes and relays
R("阿珍说 {A} 要拦截 她在开车打不了字", "zto", "intercept A", cats=(5,))
R("老板娘让我发的：{A} 改地址 改到 中山市石岐区 孙文西路 22号 二楼 区太收", "yto", "change_address A")
R("转发 何姐：\n{A} 催一下\n{B} 催一下\n麻烦各位", "sto", "urge A B", cats=(3, 7))
R("「李会计：{A} 这票运费算了 58 {B} 这票算了 12」" + Q + "58 那票明显算多了 核一下", "zto", "weight A", cats=(3, 4, 7))
R("回复 @冯姐：灯带那票是 {A} 吧？\n对 就是这个 拦截", "yto", "intercept A", cats=(3,))
R("回复 @冯姐：灯带那票是 {A} 吧？\n不是 灯带是 {B} 你说的那个是吊灯 灯带那票拦截", "zto", "intercept B", cats=(2, 3))
R("引用 梁生：灯带那票退回\n梁生 你没给单号啊", "sto", "", cats=(3,))
R("引用 梁生：灯带那票退回\n单号是 {A} 我帮他发", "sto", "intercept A", cats=(3,))
R("「阿杰：{A} 重庆 {B} 成都 重庆那个改地址」" + Q + "阿杰 重庆那个新地址呢？", "zto", "", cats=(3, 7))
R("「阿杰：{A} 重庆 {B} 成都 重庆那个改地址」" + Q + "新地址：重庆市南岸区 南坪 万达广场 写字楼 B座 1608 黎生",
  "zto", "change_address A", cats=(3, 7))
R("@明辉灯饰 {A} 已签收，无法拦截\n签收了？客户说没收到啊 核实一下签收", "yto", "verify_delivery A", cats=(3,))
R("@欧朗灯饰 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那不用撤 今天还是发", "sto", "", cats=(1, 3))
R("@华灯坊 {A} 拦截已提交，结果会第一时间通知您\n另外 {B} 这票也是同一个客户的 一起拦", "zto", "intercept B",
  cats=(3,))
R("「小周：{A} 拦截」" + Q + "小周 {A} 是我们店的吊灯 不用拦 你看错了 要拦的是 {B}", "yto", "intercept B",
  cats=(1, 2, 3))
R("引用 阿强：冯姐的那票灯带到了吗\n{A} 就是冯姐的 帮忙查一下", "zto", "track A", cats=(3,))
R("「何姐：发成都那票吊灯客户要退」" + Q + "{A} 就是成都那票 拦截退回", "yto", "intercept A", cats=(3,))

# ---------------------------------------------------------------- ordinary, more carriers and groups
R("{A} 德邦的吊灯 催一下", None, "urge A", draw="deppon")
R("{A} 京东那票到哪了", None, "track A", draw="jd")
R("{A} 改地址 改到 佛山市顺德区 大良 凤山中路 68号 美厨电器 门市", None, "change_address A", draw="yto")
R("{A} {B} 两票 一个顺丰一个圆通 都是样品 都催一下", None, "urge A B", cats=(7,), draw={"A": "sf", "B": "yto"})
R("{A} 退回 {B} 照发", None, "intercept A", cats=(1,), draw={"A": "jt", "B": "sf"})
R("{A} 京东 空气炸锅 显示签收 客户没收到", None, "verify_delivery A", draw="jd")
R("{A} 德邦 吊灯 外箱破了", None, "damaged A", draw="deppon")
R("{A} 菜鸟的 小件 灯泡 催一下", "cainiao", "urge A")
R("{A} 邮政 吊灯 改地址 乌鲁木齐市天山区 解放南路 66号 灯饰市场 马生 {PN}", "ems", "change_address A", cats=(4,))
R("{A} 邮政的 丢了吧 半个月了", "ems", "lost A")
R("{A} 顺丰 理赔 水晶灯碎了", None, "claim A", cats=(8,), draw="sf")
R("{A} 圆通 投诉 快递员说要加钱才送上楼", None, "complaint A", draw="yto")
R("{A} 顺丰 改派 广州市天河区 天河路 385号 太古汇 一座 17楼 前台 {PN}", "sf", "change_address A", cats=(4,))

# ---------------------------------------------------------------- more hard ones
R("{A} 之前说拦截 后来又说不拦 现在客户又说要拦 就拦吧 这次确定", "zto", "intercept A", cats=(2,))
R("{A} 拦截 拦截 不拦 拦截 哎呀 客户自己都不知道要不要", "yto", "intercept A", cf=True, cats=(2,))
R("{A} 上次说要理赔的那票 理赔不要了 改成投诉", "zto", "complaint A", cats=(2,))
R("{A} 客户说要改地址 我觉得不如直接退回 你们看 退回吧", "sto", "intercept A", cats=(2,))
R("客户问能不能改地址 {A} 我说要问快递 能改吗", "yto", "change_address A", nh=True)
R("{A} 这票拦截退回来之后放到 利和灯博中心 南门 我们去拿", "sto", "intercept A")
R("{A} 这票催过了吗？没催的话催一下", "zto", "urge A")
R("我想投诉一下你们的快递员 每次来收件都迟到", "zto", "", nh=True)
R("催件催了三天了 {A} 还是没动 你们到底有没有催", "yto", "urge A")
R("{A} 改地址那个客户又不改了 直接退吧", "sto", "intercept A", cats=(2,))
R("{A} {B} 退回来的那两票我们收到了 {B} 里面的灯碎了", "zto", "damaged B", cats=(7,))
R("{A} 拦截成功了 谢谢你们 另外 {B} 也帮忙拦一下", "yto", "intercept B")
R("{A} 上次投诉过一次了 这次又是这个快递员 扔件 再投诉", "zto", "complaint A")
R("{A} 要不要拦截你们看着办 反正客户说不要了", "sto", "intercept A", cf=True)
R("{A} 吊灯 {B} 吊灯 这两票哪一票是发成都的 帮我查下 成都那票要拦", "zto", "", nh=True, cats=(7,))
R("{A} 吊灯 客户说收到三个灯罩碎了两个 外箱好好的 是不是我们包装的问题 先登记破损吧", "yto", "damaged A")
R("{A} 我们自己发错了 不怪快递 就是想拦回来", "zto", "intercept A")
R("{A} 显示签收 其实是客户家人签的 客户找到了 不用核实了", "sto", "", nh=True, cats=(1,))
R("{A} 延误了 不用登记 催一下就行", "yto", "urge A", cats=(1,))
R("{A} 拦截退回 改成 改派到 东莞市虎门镇 连升路 99号 {PN} 客户说他朋友收", "zto", "change_address A", cats=(2, 4))
R("{A} 客户说要拒收退回 但我们想让他先签收再退 你们别拦", "sto", "", cats=(1,))
R("{A} 小心轻放 易碎 吊灯", "zto", "", nh=True)
R("{A} 吸顶灯 明天送 客户今天不在", "yto", "", nh=True)
R("{A} 这票里面是玻璃吊灯 麻烦派送的时候别扔", "zto", "", nh=True)
R("{A} 我们撤单了 你们系统还显示待揽收", "yto", "", nh=True)
R("{A} 今早已经让你们催过了 现在又过了半天 还是没派 再催", "zto", "urge A")
R("{A} 和 {B} 是同一个客户的 {A} 发重了 拦截 {B} 照发", "yto", "intercept A", cats=(1, 7))
R("{A} 跟 {B} 装反了 张姐的灯装进了阿强的箱子 两票都拦回来重发", "zto", "intercept A B", cats=(7,))
R("{A} 跟 {B} 地址贴反了 帮忙互换地址 {A} 改到 {B} 的地址 {B} 改到 {A} 的地址", "sto",
  "change_address A B", nh=True, cats=(7,))
R("{A} 灯罩 3 个 到了 2 个 另一个找找 找不到就赔", "zto", "claim A", cats=(8,))

if __name__ == "__main__":
    W.main()
