"""Writer bs: a Xinjiang dried-fruit, nuts and meat seller (丝路果香干果行, Urumqi and Kashgar) and its staff.

Casting note. The owner 艾力·吐尔逊 keeps a shop and a small warehouse at 二道桥 大巴扎 in Urumqi; his cousin
努尔艾力 runs the Kashgar warehouse (喀什 东城 香妃路) that packs raisins (绿香妃, 黑加仑), 巴旦木, 薄皮核桃,
若羌灰枣, 和田大枣, 无花果干, 杏干, 伊犁黑蜂蜂蜜, and the meat: 风干牛肉, 熏马肉, 马肠子 in vacuum bags. Staff:
古丽娜尔 and 迪丽努尔·艾合买提 answer the shop's customers, 买买提江 and 热依拉 pack and post, 帕提古丽 does the
online shop, 小马 (Hui) drives to the outlet, and 王姐 (Han, the bookkeeper) checks the carriers' back-office systems
and is the one who finds out a parcel was already picked up, already signed for, or not what everyone thought. They
write in the outlets' WeCom and DingTalk groups (ZTO, Yunda, EMS, YTO, STO, J&T, SF, JD, Deppon) in Chinese that is
not their first language: words spaced out, particles like 嘛 哈 呀 了嘛, the verb late or first ("拦截 帮我"),
Xinjiang Mandarin (阿达 = 哪里, 一哈 = 一下, 没麻达, 歹得很, 巴郎子, 丫头子), thanks as 热合麦提 or رەھمەت, greetings in
Uyghur script. Numbers they write in Chinese numerals: weights (三公斤半), prices per 公斤, days, amounts, and the
兵团 regiments of the addresses (第七师 一二三团 五连). Their parcels go to remote places: 西藏 (拉萨, 那曲, 阿里),
青海 (格尔木, 玉树, 果洛), 内蒙古 banners (阿巴嘎旗, 额济纳旗), 兵团 团场, 和田 and 塔什库尔干 counties, and sit
for days at transfer points (乌鲁木齐 转运中心, 兰州 中转, 西宁, 格尔木, 哈密); remote surcharges and stop-ship
periods (停发) are asked about. Recipients are Uyghur, Kazakh, Tibetan, Mongolian, Hui and Han: 阿卜杜拉·买买提,
努尔兰·哈力克, 次仁卓玛, 巴特尔, 马福贵, 张建国. Requests get corrected when a colleague checks the system or
calls the customer, in the same message or in the next one.
"""

from harness import Writer

W = Writer("bs", seed=7340033)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("{A} 拦截 退回 乌鲁木齐 谢谢", "zto", "intercept A")
R("你好 老师 {A} 这个单子 帮我 拦截一下嘛，客户 他说 不要了", "yunda", "intercept A")
R("{A}\n这个 退回来 地址 写错了 一二三团 写成 一二四团 了", "ems", "intercept A")
R("拦截 {A} 发错了 巴旦木 发成 杏仁 了", "sto", "intercept A")
R("{A} 麻烦 拦回来 客户说 买重复了 热合麦提", "yto", "intercept A")
R("{A} 截一下 退回 喀什 仓库", "jt", "intercept A")
R("{A} 这个件 别派了 退回 我们店里 二道桥 大巴扎 这边", "zto", "intercept A")
R("老板说 {A} 要退件，客户 拒收了", "yunda", "intercept A")
R("{A} 西藏 那边 说 停发了 过不去，那就 退回来吧", "ems", "intercept A")
R("古丽娜尔 发的 那个马肠子 {A} 拦截退回，冷库里 还有货 重新发", "sf", "intercept A")
R("{A} 这个风干牛肉 发错地址了 退回来 给我", "deppon", "intercept A")
R("{A} 退回 退回 急", "yto", "intercept A")
R("帮忙 拦截 {A} {B} 两个 都是 发 青海 格尔木 的，客户 退款了", "zto", "intercept A B")
R("{A}\n{B}\n{C}\n这三个 都 拦截 退回", "yunda", "intercept A B C", cats=(7,))
R("{A} 拦一哈 谢谢 亚克西", "sto", "intercept A", cats=(5,))
R("这个 {A} 是 昨天 发 内蒙古 阿拉善盟 额济纳旗 的，客户说 他人 已经 不在 那边了，退回吧", "ems", "intercept A")
R("{A} 还没 出 新疆 的话 就 拦截回来", "zto", "intercept A")
R("请把 {A} 退回 发件人，收件人 阿卜杜拉·买买提 电话 打不通 一个星期了", "ems", "intercept A")
R("{A} 拦截。原因：核桃 发成 去年的 陈货了", "yto", "intercept A")
R("朋友 {A} 退件吧，客户 那边 不要了", "sto", "intercept A")
R("老师好 我是 丝路果香 的 热依拉，{A} 麻烦 截回来，里面 少装了 一包 杏干 我们 重新 发", "yunda", "intercept A")
R("拦截 帮我 {A}", "zto", "intercept A")
R("{A} 退回来 嘛 客户 说 他 在 医院 收不了", "ems", "intercept A")
R("{A} 这单 无花果干 发重了，同一个 客户 发了 两次，这个 退回", "yto", "intercept A")
R("{A} 客户 说 打开 看了 不是 他 要的 灰枣，拒收 了，退回 乌鲁木齐", "zto", "intercept A")

# cancel
R("{A} 撤单，快递员 还没来 拿", "zto", "cancel A")
R("你好 {A} 取消寄件 嘛，客户 刚刚 说 不要了", "yunda", "cancel A")
R("{A} 作废 重新下单了，面单上 团场 写错", "ems", "cancel A")
R("{A} {B} 不寄了 撤单 谢谢", "sto", "cancel A B")
R("今天的 {A} 还在 店里 没揽收，撤掉吧", "yto", "cancel A")
R("{A} 这个单子 取消吧 馕 没烤好 明天 再下单", "zto", "cancel A")
R("麻烦 撤销 一下 {A}，下单的 时候 重量 填成 三十公斤 了 实际 三公斤，重新下", "deppon", "cancel A")
R("{A} 撤单 我们 自己 送过去了 客户 就在 隔壁 大巴扎", "yunda", "cancel A")
R("{A} 取消订单 谢谢", "cainiao", "cancel A")
R("刚下的单 {A} 不发了，老板说 西藏 现在 停发 发不过去，取消吧", "ems", "cancel A")
R("{A} 撤单\n{B} 撤单\n这两个 下午 小马 自己 拉到 网点 重新 寄", "zto", "cancel A B")
R("老师 {A} 还没 揽收 的，作废 掉，谢谢", "sf", "cancel A")

# change_address
R("{A} 改地址：新疆 第七师 一二三团 五连，收件人 张建国 电话 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 地址 改为 喀什地区 疏附县 托克扎克镇，阿卜杜拉·买买提 收", "yunda", "change_address A")
R("你好 {A} 这个客户 搬家了 新地址是 内蒙古 锡林郭勒盟 阿巴嘎旗 别力古台镇 巴特尔 收", "ems", "change_address A")
R("{A} 转寄到 石河子 第八师 一四三团 花园镇 幸福路 三号，电话 不变", "yto", "change_address A")
R("{A} 改派到 阿拉尔市 第一师 十团 团部 快递点，客户 自己 去取", "zto", "change_address A")
R("改地址 {A}\n新地址：青海省 玉树州 称多县 歇武镇\n收件人：扎西\n电话：{P}", "ems", "change_address A", cats=(4,))
R("{A} 地址 错了 是 乌鲁木齐 天山区 二道桥 不是 沙依巴克区，帮忙 改一下", "sto", "change_address A")
R("{A} 送到 博乐市 第五师 八十九团 的 驿站，不要送 团部了", "jt", "change_address A")
R("{A} 客户说 他 去了 拉萨，改到 西藏 拉萨市 城关区 北京中路 次仁卓玛 收", "ems", "change_address A")
R("{A} 地址 改一下 嘛：伊犁州 霍城县 清水河镇 努尔兰·哈力克", "yunda", "change_address A")
R("麻烦 {A} 改派 到 北屯市 第十师 一八八团 菜鸟驿站，收件人 不变", "zto", "change_address A")
R("{A} 收件 地址 更改为：和田地区 于田县 木尕拉镇 阿依努尔·吐尔洪 {PN}", "ems", "change_address A", cats=(4,))
R("{A} 改址 克拉玛依市 白碱滩区 中兴路 马福贵", "sto", "change_address A")
R("{A} 客户 在 昆玉市 第十四师 二二四团，地址 写成 皮山县 了，改到 二二四团 团部", "yto", "change_address A")
R("{A} 改到 库尔勒 的 地址 嘛 —— 巴州 库尔勒市 梨城花园 三栋 玛依拉 收", "jt", "change_address A")
R("{A} 收件人 改为 努尔兰·哈力克", "zto", "change_address A", nh=True)
R("{A} 电话 改一下 {P}", "yunda", "change_address A", nh=True, cats=(4,))
R("{A} 改地址", "yto", "change_address A", nh=True)
R("{A} 帮忙 改个 地址 嘛 客户说 地址 不对", "sto", "change_address A", nh=True)
R("{A} 客户 要 改地址，新地址 我 一会 发", "ems", "change_address A", nh=True)

# urge
R("{A} 五天了 还没到 催一下", "zto", "urge A")
R("老师 {A} 在 兰州 中转 三天 没动了 帮忙 催一下嘛", "yunda", "urge A")
R("{A} 风干牛肉 夏天 放不住 快点送啊", "sf", "urge A")
R("{A} {B} 两个 都 催一下 发的 和田 于田县", "yto", "urge A B")
R("{A} 尽快派送 收件人 后天 要 回 牧区 了", "ems", "urge A")
R("{A} 咋还不到 催一哈", "yunda", "urge A", cats=(5,))
R("你好，{A} 一直 在 格尔木 不动，去 西藏的，麻烦 催一下，客户 打了 好几次 电话", "ems", "urge A")
R("{A} 帮我 催派 一下，收件人 是 老人家 八十多岁了 等着呢", "yto", "urge A")
R("催件：{A} {B} {C}", "sto", "urge A B C")
R("{A} 马肠子 的 真空袋 放太久 会 胀袋 的，请 快一点 派", "sf", "urge A")
R("{A} 已经 到 阿克苏 了 吧，今天 能不能 派掉", "zto", "urge A")
R("{A} 客户 明天 结婚 用 的 干果盘，一定 要 今天 到，拜托 拜托", "jd", "urge A")
R("加急 {A}", "deppon", "urge A")
R("{A} 催 一下 派送，拉萨 那边 的 网点 说 没人 派", "ems", "urge A")

# track
R("{A}", "zto", "track A")
R("你好 {A} 这个 到 那曲 大概 要 几天", "ems", "track A")
R("{A} 什么时候 能 到 第十师 一八八团", "zto", "track A")
R("查件 {A} {B}", "yunda", "track A B")
R("{A} 到 阿达 了", "zto", "track A", cats=(5,))
R("{A}\n{B}", "ems", "track A B")
R("{A} 这个 发 塔什库尔干 的，到 了 没有", "yunda", "track A")
R("{A} 查一哈", "sto", "track A", cats=(5,))
R("{A} 这个 件 今天 能 到 吗", "jd", "track A")
R("请问 {A} 到 拉萨 还要 几天，客户 问", "ems", "track A")

# delay
R("{A} 在 乌鲁木齐 转运中心 七天了 一直 不动", "zto", "delay A")
R("{A} 一个星期 没有 更新了", "yunda", "delay A")
R("{A} 怎么 还没到 是不是 延误了", "ems", "delay A")
R("{A} 到 兰州 以后 就 没有 消息了，五天了", "yto", "delay A")
R("{A} 发 玉树 的 半个月 了 还在 西宁", "ems", "delay A")
R("{A} 哈密 中转 卡住了 一直 不走", "zto", "delay A")

# damaged
R("{A} 到了 蜂蜜 漏了 一箱子 都是", "zto", "damaged A")
R("{A} 客户说 葡萄干 的 袋子 破了 撒了 一半", "yunda", "damaged A")
R("{A} 真空袋 漏气了 熏马肉 坏了，客户 拍了 照片", "sf", "damaged A")
R("{A} 客户 打开 看 两瓶 蜂蜜 碎了 一瓶", "jt", "damaged A")

# lost
R("{A} 十五天了 哪里 都 找不到 是不是 丢了", "ems", "lost A")
R("{A} 三箱 只到了 两箱 少了 一箱 巴旦木", "deppon", "lost A")
R("{A} 客户 签收 了 但是 里面 的 枣 少了 两包", "sto", "lost A")

# verify_delivery
R("{A} 显示签收了 但是 客户说 没有 收到", "zto", "verify_delivery A")
R("{A} 团部 驿站 显示 签收，客户 去拿 驿站 说 没有 这个 件", "yunda", "verify_delivery A")
R("核实 签收 {A}", "ems", "verify_delivery A")
R("{A} 别人 签收 了，不是 我们 客户 签的", "yto", "verify_delivery A")
R("{A} 妥投 了？？ 客户 在 牧区 根本 没下山 怎么 签收 的", "ems", "verify_delivery A")

# weight
R("{A} 我们 称的 是 四公斤 你们 算了 七公斤 重量 不对", "zto", "weight A")
R("{A} 超重 了？ 一箱 葡萄干 五公斤 怎么 变成 九公斤", "yunda", "weight A")
R("查重量 {A}", "yto", "weight A")

# claim, complaint, arbitration
R("{A} 丢了 要 赔偿，货值 六百五十块", "ems", "claim A")
R("{A} 蜂蜜 碎了 两瓶 要 理赔", "yunda", "claim A")
R("{A} 快递员 态度 很差，叫 我们 自己 到 团部 拿，投诉", "zto", "complaint A")
R("{A} 理赔 谈不拢，我们 要 申请 仲裁", "zto", "arbitration A", cats=(8,))
R("{A} 熏马肉 坏了 一箱 八公斤 每公斤 一百二十块 要 赔", "sf", "claim A", cats=(4,))

# ---------------------------------------------------------------- longer, stories, Xinjiang words
R("老师 你好，我 是 丝路果香 的 古丽娜尔，上个 礼拜 我们 给 西藏 那曲 的 客户 发了 两箱 风干牛肉，单号 {A}，"
  "到了 拉萨 以后 就 一直 不动，客户 天天 打电话，你们 能不能 帮忙 催一下，谢谢 热合麦提", "ems", "urge A")
R("ئەسسالامۇ ئەلەيكۇم 老师 {A} 拦截 一下", "zto", "intercept A", cats=(5,))
R("{A} 催一下 رەھمەت", "yunda", "urge A", cats=(5,))
R("老板 艾力 今天 去 喀什 了 我 帮他 发 的：{A} 这个 客户 要 改地址，改到 喀什市 香妃路 东城 家属院 二号楼，"
  "阿孜古丽 收，电话 没变", "jt", "change_address A")
R("没麻达的话 {A} 今天 就 派了 吧，客户 在 团部 等 一天了", "zto", "urge A", cats=(5,))
R("我们的 巴郎子 把 单子 贴错了，{A} 本来 是 发 哈密 的 贴成 发 吐鲁番 了，退回来 我们 重新 贴", "yto",
  "intercept A")
R("丫头子 昨天 发的 {A} 里面 装 的 是 别人 的 货，拦截 嘛 退回 二道桥", "sto", "intercept A")
R("{A} 这个 客户 是 我们 老 客户 了，八十 公斤 的 干果 分 四箱 发的，这是 第一箱，现在 到 阿达 了", "deppon", "track A")
R("你好！ {A} 内蒙古 二连浩特 的，好几天 了 都是 在途中，是不是 路上 出 问题 了，帮忙 催一下 嘛", "ems", "urge A")
R("艾力 哥 说 {A} 歹得很 的 客户，送快一点 哈", "yunda", "urge A", cats=(5,))
R("朋友们 早上好 今天 乌鲁木齐 下大雪 {A} 还能 派 吗", "zto", "track A")
R("{A} 发 的 第八师 一五〇团，团场 说 快递 一个 礼拜 只 送 两次，能不能 催 一下 早点 送", "yto", "urge A")
R("{A} 这个 是 四十斤 的 马肠子，二十公斤，收件人 阿卜杜拉·买买提 明天 要 办 喜事，今天 必须 送到 呀", "deppon",
  "urge A", cats=(4,))
R("老师 {A} 客户 打 电话 说 快递员 叫 他 去 三十公里 外 的 乡里 拿，他 没有 车，投诉 一下 这个 快递员", "ems",
  "complaint A")
R("{A} 这个 件 已经 走了 二十天 了，和田 到 上海，是不是 丢了 你们 帮 查 一下", "zto", "lost A")
R("{A}\n客户 说 包装 破 了 核桃 少了 一半，快递员 说 不关 他的 事，要 赔偿 还要 投诉 他", "yunda",
  "claim A; complaint A", cats=(8,))
R("{A} 箱子 破了，快递员 扔 的，我们 看到 视频 了，投诉", "sto", "damaged A; complaint A", cats=(8,))
R("{A} 重量 不对 我们 三公斤 算 成 六公斤，而且 延误 了 四天", "zto", "weight A; delay A", cats=(8,))
R("{A} 拦截 退回 并且 投诉 揽收员，他 把 地址 抄错 了", "yto", "intercept A; complaint A", cats=(8,))
R("{A} 十天 没到 客户 要 投诉", "ems", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户 已经 投诉 我们 了", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 破了 还 晚 了 一个 星期，杏干 都 闷 坏了，理赔 要 赔 三百六十块", "jt", "claim A", cats=(8, 4))
R("{A} 丢 了 要赔，然后 派送员 态度 很差 也 投诉 一下", "zto", "claim A; complaint A", cats=(8,))
R("{A} 理赔 和 仲裁 一起 申请", "sto", "claim A; arbitration A", cats=(8,))

# ---------------------------------------------------------------- 1: negation, withdrawal, double negation
R("{A} 拦截，{B} 不用拦 那个 客户 又 要了", "zto", "intercept A", cats=(1,))
R("{A} 不用 拦了 客户 又 要 了", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截 … 哦 古丽娜尔 说 客户 刚 打电话 又要了，不拦了 算了", "zto", "", cats=(1, 2))
R("不是 不拦，是 现在 就 拦 {A}，客户 等不了", "sto", "intercept A", cats=(1,))
R("{A} 不要 退回，改派 到 第七师 一三〇团 团部，收件人 不变", "zto", "change_address A", cats=(1,))
R("{A} {B} {C} 都 催一下，{B} 不用，已经 到了", "yunda", "urge A C", cats=(1, 7))
R("{A} 不用 改地址 了，客户 说 还是 原来 的 地址", "ems", "", nh=True, cats=(1,))
R("理赔 不要了 {A}，客户 说 东西 还 能 吃", "yunda", "", nh=True, cats=(1,))
R("{A} 不用 催了 客户 收到了", "sto", "", nh=True, cats=(1,))
R("{A} 撤单 不撤了，快递员 已经 来了 就 让他 拿走 吧", "zto", "", cats=(1,))
R("{A} 不 退 了，客户 说 还是 要 这个 黑加仑", "yto", "", nh=True, cats=(1,))
R("{A} 拦截 {B} 拦截 {C} 不拦，{C} 是 发 兵团 的 那个 正常 派", "jt", "intercept A B", cats=(1, 7))
R("{A} 不要 拦截，要 改地址，改到 阿勒泰 布尔津县 禾木乡 努尔兰·哈力克", "zto", "change_address A", cats=(1,))
R("{A} 别 退回来，退回来 运费 又 要 一百多，转寄 到 乌鲁木齐 米东区 古牧地 东路 我 表哥 那里 吧", "ems",
  "change_address A", cats=(1,))
R("{A} 不是 不催，是 催了 三次 都 没用，再 催", "yunda", "urge A", cats=(1,))
R("我 不是 说 不要 撤单，{A} 要 撤，快 撤", "sto", "cancel A", cats=(1,))
R("{A} 先 不用 投诉 了 快递员 道歉 了", "zto", "", nh=True, cats=(1,))
R("{A} {B} 这两个 别 拦 了 客户 都 说 要", "yto", "", nh=True, cats=(1, 7))
R("{A} 催件，{B} 就 不用 催 了 那个 是 自提 的", "zto", "urge A", cats=(1,))
R("{A} 破损 不用 登记 了，王姐 说 是 我们 自己 打包 的 时候 弄破 的", "jt", "", nh=True, cats=(1,))
R("{A} 改地址 到 一四三团，算了 不改了 就 送 原来 的 地方", "yunda", "", cats=(1, 2))
R("{A} 这个 不是 拦截 的，我 说 的 是 {B}，拦 {B}", "zto", "intercept B", nh=True, cats=(1, 2))
R("不要 撤单 {A}，已经 揽收 了 撤 不了，拦截 吧", "sto", "intercept A", cats=(1, 2))
R("{A} 不要 退，也 不要 改，就 催 一下 让 他 快点 送 到 就 行", "ems", "urge A", cats=(1,))
R("{A} 拦截 取消，客户 又 要 了，正常 派送", "zto", "", nh=True, cats=(1,))
R("{A} {B} {C}\n除了 第二个 其他 都 拦截", "yunda", "intercept A C", cats=(1, 7))
R("{A} 正常 派，{B} 退回", "jt", "intercept B", cats=(1,))
R("{A} 不急 不用 加急，{B} 急 帮忙 加急", "sf", "urge B", cats=(1,))
R("别 催 了 {A} 客户 说 下 个 礼拜 才 回 团场，放 驿站 就 行", "zto", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- 2: corrections, a colleague checks
R("{A} 撤单 —— 王姐 查了 系统 说 已经 揽收了，那 就 拦截 吧", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截\n更正，单号 打错了，是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改地址 … 不对 不对，古丽 说 客户 不要了，还是 拦截 退回", "zto", "intercept A", cats=(2,))
R("{A} 催一下 哦 不对 不是 这个，是 {B}", "yunda", "urge B", cats=(2,))
R("{A} 拦截，帕提古丽 查了 一下 说 还在 我们 仓库 没 拿走，那 撤单", "sto", "cancel A", cats=(2,))
R("{A} 地址 改为 第八师 一四三团，不对，是 一四二团，客户 刚 说的，一四二团 十连", "zto", "change_address A",
  cats=(2,))
R("先 帮我 拦截 {A}。等一下，王姐 查了 这个 还没 揽收，那 撤单 吧", "yto", "cancel A", cats=(2,))
R("{A} 拦截 —— 古丽娜尔 看了 一下，发错 的 不是 这个，是 {B}，{A} 没问题 正常 派", "zto", "intercept B",
  cats=(2,))
R("{A} {B} 催件，迪丽努尔 说 {B} 昨天 已经 签收了，那 只 催 {A}", "yunda", "urge A", cats=(2,))
R("{A} 改地址 到 一二三团，买买提江 刚 打 电话 问了 客户，客户 说 是 一二二团，改到 一二二团 三连 李秀兰", "zto",
  "change_address A", cats=(2,))
R("{A} 重量 不对 帮 核一下，哦 小马 说 是 我们 自己 填错 了，不用 核了", "deppon", "", cats=(2, 1))
R("{A} 丢了 吧，十天了。哦，王姐 查到了，在 格尔木，那 催一下", "ems", "urge A", cats=(2,))
R("{A} 显示 签收 客户 没收到 … 古丽 又 问了 一下，是 他家 老汉 签的，没事了", "yunda", "", cats=(2, 1))
R("{A} 拦截，不是，努尔艾力 说 这个 是 喀什仓 发的 单号 是 {B}", "jt", "intercept B", cats=(2,))
R("{A} 撤单。热依拉 说 快递员 已经 拿走了，那 拦截 吧，应该 还没 出 乌鲁木齐", "zto", "intercept A", cats=(2,))
R("{A} 催件\n更正：{A} 拦截，客户 不要了", "sto", "intercept A", cats=(2,))
R("{A:typo} 催一下\n不好意思 打错 一个 数字 {A}", "zto", "urge A", cats=(2,))
R("{A} 改到 那曲市 色尼区，哦 说错了 是 那曲 的 安多县，安多县 帕那镇 次仁卓玛", "ems", "change_address A",
  cats=(2,))
R("{A} 退回。。。 等等 我 问 一下 老板。。。 老板 说 改地址，改到 库车市 新城 天山路 阿迪力 收", "yunda",
  "change_address A", cats=(2,))
R("第二个 拦截，哦 说错了 第三个\n{A}\n{B}\n{C}", "zto", "intercept C", cats=(2, 7))
R("{A} {B} 都 拦截，王姐 看了 {A} 已经 签收了 拦 不了，那 {A} 就 不管了", "yto", "intercept B", cats=(2, 1))
R("{A} 撤单 撤单\n（王姐：这个 昨天 就 揽收 了）\n那 退回 吧", "sto", "intercept A", cats=(2,))
R("{A} 催一下。哦 帕提古丽 说 客户 要 换 地方，不催了，改 到 奎屯市 北京路 二十一号 阿卜杜拉·买买提", "zto",
  "change_address A", cats=(2,))
R("{A} 是 丢了 吗？ 王姐 说 物流 显示 签收 了，客户 说 没收到，帮 核实 一下", "ems", "verify_delivery A",
  cats=(2,))
R("刚才 发 的 {A:typo} 是 错的，正确 单号 {A}，拦截", "jt", "intercept A", cats=(2,))
R("{A} 拦截。\n补充：不是 拦截，是 改 电话，收件人 电话 改成 {P}", "yunda", "change_address A", nh=True,
  cats=(2, 4))
R("{A} 改派 第十师，错了 错了 是 第九师 一六五团 （塔城 额敏县）", "zto", "change_address A", cats=(2,))
R("{A} 催件，哦 小马 刚才 去 网点 看了 件 在 网点 里 面 ，箱子 破了，不用 催 了，登记 破损", "sto", "damaged A", cats=(2,))
R("{A} 拦截 吧\n王姐：还 没 揽收\n哦 那 撤单", "yto", "cancel A", cats=(2, 3))

# ---------------------------------------------------------------- 3: quotes of colleagues and of the bot
R("「古丽娜尔：{A} 拦截」\n" + Q + "\n这个 不用 拦了，客户 又 要 了", "zto", "", nh=True, cats=(3, 1))
R("@艾力·吐尔逊 {A} 拦截已提交，结果会第一时间通知您\n好的 热合麦提", "zto", "", cats=(3,))
R("@古丽娜尔 {A} 已为您催促派送，请耐心等待\n已经 催了 两次了 还是 不动，再 催一下 吧", "yunda", "urge A",
  cats=(3,))
R("回复 @买买提江：{A} 这单 改地址 改到 哪里？\n改到 第七师 一二三团 三连，阿卜杜拉·买买提 收", "zto",
  "change_address A", cats=(3,))
R("@迪丽努尔 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "zto", "cancel A", cats=(3,))
R("@艾力·吐尔逊 {A} 已签收，无法拦截\n签收 了？？ 客户说 没 收到 啊，帮忙 核实 一下", "zto",
  "verify_delivery A", cats=(3,))
R("引用 王姐：{A} 这个 重量 不对 吧 三公斤 收了 六公斤 的 钱\n对，帮 我们 核 一下 重", "zto", "weight A",
  cats=(3,))
R("「小马：{A} {B} 拦截」\n" + Q + "\n{B} 不拦，只 拦 {A}", "yunda", "intercept A", nh=True, cats=(3, 1))
R("@热依拉 {A} 改址已提交，结果会第一时间通知您\n谢谢 谢谢", "ems", "", cats=(3,))
R("@帕提古丽 {A} 撤单成功\n好的", "sto", "", cats=(3,))
R("@艾力·吐尔逊 {A} 拦截已提交，结果会第一时间通知您\n不用 拦了 客户 又 要了", "zto", "", nh=True, cats=(3, 1))
R("「古丽娜尔：{A} 到哪了」\n" + Q + "\n这个 也 催 一下", "yunda", "urge A", cats=(3,))
R("「热依拉：{A} 客户 说 没 收到」\n" + Q + "\n显示 签收 的，帮 核实 一下 签收人", "zto", "verify_delivery A",
  cats=(3,))
R("@古丽娜尔 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n要 赔偿 的，货值 四百八十块", "sto", "claim A",
  cats=(3, 4))
R("@买买提江 {A} 已为您登记延误工单，结果会第一时间通知您\n登记 有 什么 用 啊，快 催 啊", "ems", "urge A",
  cats=(3,))
R("回复 @迪丽努尔：{A} 拦截\n{B} 也 一起 拦", "yto", "intercept B", cats=(3,))
R("引用 艾力·吐尔逊：{A} {B} 两个 改地址 到 一二六团\n{A} 改，{B} 不改 了，{B} 客户 说 自己 去 拿", "zto",
  "change_address A", nh=True, cats=(3, 1))
R("「王姐：{A} 这个 签收 了」\n" + Q + "\n那 没事 了，谢谢 王姐", "jt", "", cats=(3,))
R("@艾力·吐尔逊 您的消息已转人工客服处理，请稍候\n好的 等你们", "zto", "", cats=(3,))
R("@古丽娜尔 {A} 拦截已提交，结果会第一时间通知您\n拦截 成功 了 没有？ 两天 了", "zto", "", nh=True, cats=(3,))
R("「迪丽努尔：{A} 催件」\n" + Q + "\n这个 客户 又 说 地址 要 改，改到 伊宁市 解放路 二巷 玛依拉", "yunda",
  "change_address A", cats=(3,))
R("回复 @小马：{A} 是 这个 吗\n对 就是 这个，拦截 退回", "zto", "intercept A", cats=(3,))
R("「买买提江：{A} 拦截」\n" + Q + "\n{B} 也 拦截", "sto", "intercept B", cats=(3,))
R("引用 帕提古丽：客户 说 {A} 的 枣 发霉 了\n拍照 了 吗？ 先 登记 破损 吧", "ems", "damaged A", cats=(3,))
R("「艾力·吐尔逊：{A} {B} {C} 这 三个 客户 都 在 问」\n" + Q + "\n王姐 说 {C} 签收 了，其他 两个 催", "yunda", "urge A B",
  cats=(3, 2))
R("@热依拉 {A} 已为您催促派送，请耐心等待\n耐心 等 了 一个 礼拜 了，投诉！", "zto", "complaint A", cats=(3,))
R("回复 @古丽娜尔：{A} 怎么 弄\n你 别管，我 已经 打 电话 给 网点 了", "jt", "", cats=(3,))
R("@艾力·吐尔逊 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那 就 撤单 嘛", "yto", "cancel A",
  cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("订单号 {O}\n快递单号 {A}\n客户 电话 {PN}\n催一下", "yunda", "urge A", cats=(4,))
R("{A} 改 电话，原来 的 {P} 换成 {P2}", "zto", "change_address A", nh=True, cats=(4,))
R("客户 {PN} 打电话 说 {A} 的 杏干 发霉 了", "sto", "damaged A", cats=(4,))
R("{A} 拦截，客户 电话 {PN} 他 说 不要了", "yto", "intercept A", cats=(4,))
R("{PN} 这个 是 我 电话，{A} 到了 给我 打 电话", "zto", "", nh=True, cats=(4,))
R("{A} 改地址 乌鲁木齐市 水磨沟区 南湖北路 八十八号 古丽娜尔 {PN}", "jt", "change_address A", cats=(4,))
R("拼多多 订单 {O} 客户 要 退款，快递 是 {A}，拦截 退回", "yunda", "intercept A", cats=(4,))
R("{A} 一箱 十二公斤 每公斤 八块 应该 九十六块，你们 扣了 一百五十块，核 一下 重量", "zto", "weight A", cats=(4,))
R("电话 {PN} 打不通 的 话 打 这个 {PN2}，{A} 催一下 派送", "ems", "urge A", cats=(4,))
R("订单 {O} {O2} 两个 订单 合 一个 包裹 发的，单号 {A}，到 哪了", "sto", "track A", cats=(4,))
R("{A} 收件人 阿卜杜拉·买买提 {PN} 地址 第七师 一二三团 五连，客户 说 一直 没 收到 催 一下", "zto", "urge A",
  cats=(4,))
R("{A} 客户 收到 的 是 三公斤，我们 发 的 是 五公斤，少了 两公斤 巴旦木", "yunda", "lost A", cats=(4,))
R("{A} 运费 一百二 偏远费 四十 合计 一百六十 块，太 贵了 吧，重量 核 一下", "ems", "weight A", cats=(4,))
R("淘宝 订单号 {O}，客户 电话 {P}，{A} 改地址 到 吐鲁番市 高昌区 葡萄沟 乡 阿依努尔 收", "yto",
  "change_address A", cats=(4,))
R("{A} 货值 一千二百 块，保价 了 的，丢了 要 全额 赔", "deppon", "claim A", cats=(4,))
R("{A} 网点 电话 0991-4872215 打了 十几次 没人 接，件 五天 没动 帮 催一下", "zto", "urge A", cats=(4,))
R("我 的 电话 换了 {PN}，以后 有 问题 打 这个", "yunda", "", cats=(4,))
R("{A}\n收件人：努尔兰·哈力克\n电话：{PN}\n地址：伊犁州 特克斯县 乔拉克铁热克镇\n要求：加急", "ems", "urge A",
  cats=(4,))
R("邮编 八四四〇〇〇，喀什 的，{A} 这个 件 怎么 跑 到 和田 去 了，到 哪 了 现在", "ems", "track A", cats=(4,))
R("{A} 收件人 电话 写错 了 {P}，正确 的 是 {P2}", "zto", "change_address A", nh=True, cats=(4,))
R("抖音 订单 {O} 对应 快递 {A} 和 {B}，{A} 拦截，{B} 正常", "yto", "intercept A", cats=(4, 1))
R("{A} 代收 货款 八百六十块 收了 没有", "ems", "", nh=True, cats=(4,))
R("{A} 拦截，订单 {O} 买家 申请 退款 了，退款 金额 二百九十九", "jt", "intercept A", cats=(4,))
R("{PN} 客户 说 {A} 东西 收到 了 盒子 是 瘪 的 红枣 压坏 了", "sto", "damaged A", cats=(4,))

# ---------------------------------------------------------------- 5: pinyin, English, voice slips, Uyghur
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("{A} cuijian xiexie", "yunda", "urge A", cats=(5,))
R("{A} gaizhi 第八师 一四八团 团部 驿站", "zto", "change_address A", cats=(5,))
R("{A} 栏截 一下", "sto", "intercept A", cats=(5,))
R("{A} 催建 催建", "yto", "urge A", cats=(5,))
R("{A} please return to sender", "sf", "intercept A", cats=(5,))
R("{A} chedan 不寄了", "jt", "cancel A", cats=(5,))
R("{A} 改地趾 改到 哈密市 伊州区 前进路 马福贵", "zto", "change_address A", cats=(5,))
R("{A} qayturup bering 退回", "yunda", "intercept A", cats=(5,))
R("{A} where is it now", "sf", "track A", cats=(5,))
R("{A} 这个 拦 结 一下 退回", "zto", "intercept A", cats=(5,))
R("{A} 快 点 派 送 亲", "yunda", "urge A", cats=(5,))
R("{A} 查 建 到 哪 了", "ems", "track A", cats=(5,))
R("{A} urgent pls", "jd", "urge A", cats=(5,))
R("{A} 追 一下 看 到 哪里 了", "sto", "track A", cats=(5,))
R("{A} 撒单 不要 了", "zto", "cancel A", cats=(5,))
R("{A} 投素 派送员", "yto", "complaint A", cats=(5,))
R("{A} 退 回 去 退 回 去 那个 客户 不 要 了 嘛", "jt", "intercept A", cats=(5,))
R("{A} 崔一下 朋友", "yunda", "urge A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 到 哪了", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:sp} 拦截 退回", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:dash} 催件", "zto", "urge A", cats=(6,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:fw} 改地址 第一师 十团 二连 阿依努尔", "jt", "change_address A", cats=(6,))
R("{A:nl} 撤单 谢谢", "zto", "cancel A", cf=True, cats=(6,))
R("{A:nl}\n改地址 西藏 日喀则市 桑珠孜区 扎西 收", "ems", "change_address A", cf=True, cats=(6,))
R("{A:nl} 催一下", "yunda", "urge A", cats=(6,))
R("{A:sp} 催 一下 嘛", "ems", "urge A", cats=(6,), draw="ems_s10")
R("{A:lc} 拦截", "jd", "intercept A", cats=(6,))
R("{A:x} 退回", "jt", "", nh=True, cats=(6,))
R("{A:sp}", "yto", "track A", cats=(6,))
R("{A:cut} 催件 快点", "jt", "", nh=True, cats=(6,))
R("{A:sp} 丢 了 一个 月 了 没 消息，要 赔偿", "ems", "claim A", cats=(6, 8), draw="ems_s10")
R("{A:fw} 到哪了", "sf", "track A", cats=(6,))
R("{A:dash} 拦截", "sto", "intercept A", cats=(6,))
R("尾号 七七四一 的 那个 拦截 一下", "zto", "", nh=True, cats=(6,))
R("拦截 一下 嘛 那个 发 那曲 的", "ems", "", nh=True)
R("{A:nl} 显示 签收 客户 没收到", "sto", "verify_delivery A", cats=(6,))

# ---------------------------------------------------------------- 7: several parcels, positions, tables
R("{A}\t拦截\n{B}\t催件\n{C}\t改地址 第七师 一二三团 二连 李秀兰", "zto", "intercept A; urge B; change_address C",
  cats=(7,))
R("{A} {B} {C} 第一个 改地址 到 第七师 一二六团 团部，后 两个 催一哈", "yunda", "change_address A; urge B C",
  cats=(7,))
R("{A}\n{B}\n上面 两个 拦截", "sto", "intercept A B", cats=(7,))
R("{A} 拦截\n{B} 同上", "zto", "intercept A B", cats=(7,))
R("圆通 {A} 拦截，极兔 {B} 催件", None, "intercept A; urge B", cats=(7,), draw={"A": "yto", "B": "jt"})
R("{A}\n{B}\n{C}\n{D}\n以上 都 是 发 西藏 的，全部 退回，那边 停发 了", "ems", "intercept A B C D", cats=(7,))
R("{A} 到哪了\n{B} 催一下\n{C} 显示 签收 没 收到", "yunda", "track A; urge B; verify_delivery C", cats=(7,))
R("1、{A} 拦截\n2、{B} 改地址 喀什市 色满路 阿卜杜拉·买买提\n3、{C} 催件", "zto",
  "intercept A; change_address B; urge C", cats=(7,))
R("{A} {B} 这两个 第一个 催，第二个 查 一下 到 哪了", "yto", "urge A; track B", cats=(7,))
R("单号\t收件人\t问题\n{A}\t次仁卓玛\t延误\n{B}\t巴特尔\t破损\n{C}\t马福贵\t丢件", "ems",
  "delay A; damaged B; lost C", cats=(7,))
R("{A} {B} {C} {D} {E}\n都 是 今天 发 兵团 的，第三个 发错 了 拦截，其他 的 不动", "zto", "intercept C", cats=(7,))
R("{A}\n{B}\n{C}\n这三单 第一单 拦截 后两单 催一下", "sto", "intercept A; urge B C", cats=(7,))
R("顺丰 {A} 马肠子 催件，京东 {B} 蜂蜜 破了", None, "urge A; damaged B", cats=(7,), draw={"A": "sf", "B": "jd"})
R("今天 的：\n{A} 拦\n{B} 拦\n{C} 撤\n{D} 催", "yto", "intercept A B; cancel C; urge D", cats=(7,))
R("{A}    拦截退回    客户拒收\n{B}    改址    第五师 八十一团 团部\n{C}    催件    偏远 五天没动", "jt",
  "intercept A; change_address B; urge C", cats=(7,))
R("{A} {B} 一个 拦截 一个 催件", "zto", "", nh=True, cats=(7,))
R("{A} {B} {C} 三个 里面 有 一个 发错了 要 退回，我 问 一下 是 哪个", "yunda", "", nh=True, cats=(7,))
R("{A} 催\n{B} 催\n{C} 也 催", "ems", "urge A B C", cats=(7,))
R("德邦 {A} 重量 核一下，圆通 {B} 到 哪了", None, "weight A; track B", cats=(7,),
  draw={"A": "deppon", "B": "yto"})
R("{A} {B} 都 拦截，{C} 改地址 改到 石河子市 北泉镇 张建国", "zto", "intercept A B; change_address C", cats=(7,))
R("①{A}\n②{B}\n③{C}\n②③ 撤单，① 正常", "sto", "cancel B C", cats=(7, 1))
R("这 几个 全部 催：{A}、{B}、{C}、{D}", "yunda", "urge A B C D", cats=(7,))
R("{A} {B} 前 一个 丢了，后 一个 破了，都 要 理赔", "ems", "claim A B", cats=(7, 8))
R("{A} 拦截 {B} 拦截 {C} 拦截 {D} 不 拦", "zto", "intercept A B C", cats=(7, 1))
R("EMS {A} 到 哪了，极兔 {B} 催一下", None, "track A; urge B", cats=(7,), draw={"A": "ems_s10", "B": "jt"})

# ---------------------------------------------------------------- commands mentioned, not asked; questions
R("上次 拦截 的 那票 {A} 到 哪了", "zto", "track A", cats=(1,))
R("{A} 拦截 成功 了 吗", "yto", "", nh=True)
R("{A} 催了 没有 啊", "yunda", "", nh=True)
R("{A} 撤单 了 吗？ 快递员 还 来 不来", "sto", "", nh=True)
R("{A} 理赔 到 哪一步 了", "ems", "", nh=True)
R("{A} 理赔 的 钱 什么 时候 到账", "zto", "", nh=True)
R("{A} 上次 仲裁 的 结果 出来 了 吗", "deppon", "", nh=True)
R("{A} 改址 以后 到 哪 了", "jt", "track A")
R("{A} 是 退回 件，现在 到 哪了", "yunda", "track A")
R("{A} 退回 来 的 件 我们 收到 了，谢谢", "zto", "")
R("{A} 签收 了，谢谢 你们 亚克西", "yto", "")
R("拦截 要 收费 吗 {A}", "sto", "", nh=True)
R("{A} 这个 箱子 很 重 三十公斤，派送 的 时候 帮忙 搬 上 楼 嘛，老人家 搬 不动", "deppon", "", nh=True, cats=(4,))
R("{A} 为什么 收 偏远费，第七师 又 不是 偏远 地区", "zto", "", nh=True)
R("{A} 要 开 发票", "sf", "", nh=True)
R("{A} 运费 多少 钱", "jt", "", nh=True)
R("{A} 昨天 催过 了 今天 还是 没派，再 催", "yunda", "urge A")
R("{A} 能不能 破例 今天 派 一下，客户 急", "zto", "urge A")
R("{A} 快点送 吧，不然 客户 要 投诉 我 了", "sto", "urge A")
R("{A} 客户 申请 退款 了，我们 退了 钱，东西 不用 寄 回来，正常 派 就 行，跟 你们 说 一声", "yto", "")
R("{A} 上次 说 破损 登记 了，结果 怎么样", "sto", "", nh=True)
R("{A} 拦截 的 话 运费 谁 出", "yunda", "", nh=True)
R("{A} 我们 昨天 拦截 了，今天 怎么 显示 派送 中", "zto", "", nh=True)
R("{A} 到付 的，客户 不 给钱 怎么办", "sto", "", nh=True)
R("{A} 可以 保价 吗 现在 补 保价", "deppon", "", nh=True)
R("{A} 这个 是 别的 网点 拦截 的 吗？ 我们 没 让 拦 啊，怎么 退回来 了", "zto", "", nh=True)
R("{A} 投诉 有 结果 了 没", "yto", "", nh=True)
R("{A} 客户 说 要 拦截，我 跟 他 说 了 不行，我们 的 规定 不 退 的", "yunda", "", cats=(1,))

# ---------------------------------------------------------------- chit-chat, stop-ship, surcharges, no waybill
R("老师 你好 现在 西藏 停发 吗？ 我们 有 十几 单 要 发 拉萨", "ems", "")
R("青海 果洛 能 发 吗 偏远费 多少 钱 一公斤", "zto", "")
R("好的 谢谢 热合麦提", "yunda", "")
R("收到", "zto", "")
R("明天 几点 来 收件？ 今天 有 二十 箱 核桃 每箱 十公斤", "deppon", "")
R("你们 几点 下班，北京 时间 还是 新疆 时间", "sto", "")
R("发 阿里地区 偏远费 怎么 算，每公斤 加 多少", "ems", "")
R("今天 快递员 没来 收件，明天 一定 要 来 哈，货 堆 了 一屋子", "yto", "")
R("ياخشىمۇسىز 老师们，古尔邦节 放假 几天", "zto", "")
R("乌鲁木齐 到 内蒙古 阿巴嘎旗 一般 几天", "ems", "")
R("我们 的 月结 账单 对 一下，上个 月 一共 三百二十单", "yunda", "")
R("兵团 第三师 四十五团 现在 能 到 吗 还是 要 自提", "zto", "")
R("谢谢 老师 辛苦了 🙏", "jt", "")
R("明天 古尔邦节 我们 休息 三天 不发货", "yto", "")
R("冬天 独库公路 封了 以后 伊犁 到 库车 走 哪里，会 不会 慢", "zto", "")
R("拦截 一下 就是 那个 发 格尔木 的 马肠子，单号 我 找不到 了", "ems", "", nh=True)
R("你们 网点 新来 的 那个 快递员 很好 哈，表扬 一下", "sto", "")
R("拉萨 那边 解封 了 没有 可以 发 了 吗", "ems", "")
R("帮 我 催 一下 嘛 朋友，客户 在 等", "yunda", "", nh=True)
R("好的 好的 没麻达", "zto", "", cats=(5,))
R("老师 我们 要 寄 一批 到 和田，二百公斤，德邦 还是 你们 便宜", "deppon", "")
R("今天 的 件 都 发 了 吗，小马 说 送 过去 了 四十 箱", "zto", "")

# ---------------------------------------------------------------- hedges: confirm
R("{A} 要不 退回来 吧？ 我 再 问问 客户", "zto", "intercept A", cf=True)
R("{A} 客户 说 他 可能 去 第八师 一四三团，先 改到 一四三团 团部 吧？", "yunda", "change_address A", cf=True)
R("{A} 是不是 撤单 好 一点？ 看看 能不能 撤", "sto", "cancel A", cf=True)
R("{A} 好像 得 拦截，老板 还 没 说 定", "yto", "intercept A", cf=True)
R("{A} 拦截，不过 王姐 说 可能 已经 到 团部 了，你们 看看 能不能 拦", "zto", "intercept A", cf=True, cats=(2,))
R("{A} 可能 要 退回 吧 那边 停发 了 我 也 不 知道", "ems", "intercept A", cf=True)
R("{A} 拦 吧 … 算了 还是 派 … 哎 我 也 不知道，拦 吧？", "jt", "intercept A", cf=True, cats=(2,))
R("{A} 先 拦着 吧？ 我 等 客户 回 电话", "zto", "intercept A", cf=True)
R("{A} 应该 是 要 改地址 的，改到 乌鲁木齐 新市区 北京南路 古丽娜尔，我 再 确认 一下", "yunda",
  "change_address A", cf=True)
R("{A} 要 不要 撤单 呢 … 撤 吧 好像", "sto", "cancel A", cf=True)
R("{A} 拦截 还是 不拦截 … 客户 还 没 回 消息，先 拦 一下 看看 吧", "yto", "intercept A", cf=True)
R("{A} 估计 要 退回 的，帮 拦 一下 试试", "zto", "intercept A", cf=True)

# ---------------------------------------------------------------- more everyday traffic
R("{A} 喀什 到 乌鲁木齐 都 三天 了 还 没到，正常 两天 就 到，帮 催", "zto", "urge A")
R("{A} 从 喀什 发 的，在 阿克苏 分拨 两天 没 动", "yunda", "delay A")
R("{A} 这个 客户 搬到 昌吉 了，改地址 昌吉市 延安北路 五十号 阿卜杜拉·买买提", "zto", "change_address A")
R("{A} 一直 在 转运，什么 时候 能 派", "zto", "track A")
R("{A} 派送员 说 团场 太远 不 送，投诉 他", "ems", "complaint A")
R("{A} 显示 签收，收件人 说 没 有 收到，核实 一下", "yto", "verify_delivery A")
R("{A} 这个 件 丢 了，网点 自己 说 的", "yunda", "lost A")
R("{A}\n改地址：塔城市 新华路 八号 努尔兰·哈力克 {PN}", "yunda", "change_address A", cats=(4,))
R("{A} 这个 件 是 不是 丢了，二十天 了", "ems", "lost A")
R("{A} 发 了 一个 礼拜 了 还在 乌鲁木齐 不动，怎么 回事", "zto", "delay A")
R("{A} 蜂蜜 瓶子 碎了 漏 了 一箱，要 理赔", "sto", "claim A")
R("{A} 快递员 不 送 上门 让 客户 去 驿站 拿，客户 七十多岁，投诉", "sto", "complaint A")
R("{A} 显示 已签收，客户 说 没 拿到，是 谁 签 的", "ems", "verify_delivery A")
R("{A} 改地址 内蒙古 呼伦贝尔 新巴尔虎右旗 阿拉坦额莫勒镇 巴特尔", "ems", "change_address A")
R("{A} 物流 显示 到 了 团部，但是 团部 没有 快递点，转寄 到 第六师 芳草湖农场 驿站", "zto",
  "change_address A")
R("{A} 地址 改为：青海省 海西州 格尔木市 昆仑路 马福贵 收", "ems", "change_address A")

# ---------------------------------------------------------------- more hard: colleagues, withdrawals, mixes
R("{A} 催一下，王姐 说 这个 在 格尔木 已经 十天 了，估计 是 丢 了，那 登记 丢件 吧", "ems", "lost A", cats=(2,))
R("{A} 拦截，小马 说 不对，这个 件 客户 要 的，拦 的 是 {B}，{A} 不拦", "zto", "intercept B", cats=(2, 1))
R("{A} 撤单，帕提古丽 查了 是 已经 揽收，揽收 了 就 拦截，还没 出 喀什", "jt", "intercept A", cats=(2,))
R("{A} 改地址 改到 一四一团，等一下 古丽 说 客户 退款 了，不改了，直接 退回", "zto", "intercept A", cats=(2,))
R("{A} 丢件 要 理赔\n王姐：找到了 在 驿站\n哦 那 不用 赔 了", "yunda", "", cats=(2, 1, 3))
R("{A} 破损，客户 说 核桃 碎了 … 不对，是 {B} 碎了，{A} 是 好 的", "sto", "damaged B", cats=(2,))
R("{A} {B}\n王姐 说 第一个 已经 到 了，第二个 还 在 兰州，第二个 催一下", "zto", "urge B", cats=(2, 7))
R("{A} 重量 核 一下 ，还有 {B} 也 核，{B} 算了 我们 自己 搞错 了", "deppon", "weight A", cats=(1, 7))
R("{A} 拦截 拦截，努尔艾力 在 喀什 说 这个 是 他 发 的 没 问题，哦 那 不 拦 了", "yunda", "", cats=(2, 1))
R("{A} 改地址，地址 我 问 一下 热依拉，她 记 的", "ems", "change_address A", nh=True)
R("{A} 到 哪里 了？ 客户 说 再 不 到 就 不要 了 要 退回", "zto", "track A")
R("{A} 客户 说 明天 不 到 就 拦截 退回，今天 帮 催 一下", "yunda", "urge A")
R("{A} 我 以为 是 拦截 了 的，结果 客户 收到 了，那 就 算了", "sto", "", nh=True)
R("上 个 月 {A} 拦截 退回 的 那个 件 我们 一直 没 收到，退回 件 到 哪 了", "zto", "track A")
R("{A} 是 我们 发 的 吗？ 不是 我们 的 单号 吧，我们 没有 发 过 博尔塔拉", "yto", "", nh=True)
R("{A} 别人 的 单号 发 错 群 了 不好意思", "zto", "")
R("{A} 客户 说 拒收，不过 先 别 退 回，我 跟 他 再 说说", "yunda", "", nh=True, cats=(1,))
R("{A} 退回 中 了 吗？ 前天 让 你们 拦截 的", "zto", "", nh=True)
R("{A} 派送员 说 地址 找 不到，客户 电话 {PN}，地址 是 第七师 一二三团 五连 十二栋，帮 催 一下 派送", "zto",
  "urge A", cats=(4,))
R("{A} 这个 件 收件人 阿卜杜拉·买买提 不 在 家，送 到 他 哥哥 阿不都热合曼 家，同 一个 连队 七连 三号", "zto",
  "change_address A")
R("{A} 是 发 和田 的，但是 现在 人 在 喀什，喀什 的 地址 我 下午 发 你们", "ems", "change_address A", nh=True)
R("{A} 别 派 了 别 派 了 退 回来", "sto", "intercept A")
R("{A} 客户 说 送 到 单位 去，单位 地址 是 阿克苏市 英阿瓦提路 人民医院 住院部 三楼 护士站 古丽", "zto",
  "change_address A")
R("{A} 这个 马肠子 是 冷冻 的，路 上 八天 了，客户 说 臭 了，要 赔，一共 十公斤 每公斤 一百一十 块", "sf",
  "claim A", cats=(4, 8))
R("{A} 东西 快 坏 了，催 一下 今天 送", "sf", "urge A")
R("{A} 到 那曲 要 多 收 钱 吗？ 客户 说 快递员 要 他 给 二十块", "ems", "", nh=True)
R("{A} 快递员 私自 收 客户 二十块 派送费，投诉", "ems", "complaint A")
R("{A} 上次 投诉 过 了 还是 这样，再 投诉 一次，而且 五天 没 派", "zto", "complaint A; delay A", cats=(8,))
R("{A} 不 是 延误，是 丢 了，网点 说 找 不 到", "yunda", "lost A", cats=(1, 2))
R("{A} 不 是 破 了，是 少 了，六包 只 有 四包", "sto", "lost A", cats=(1, 2))
R("{A} 不 用 赔，登记 一下 破损 就 行，下次 注意", "zto", "damaged A", cats=(1,))
R("{A} 不 要 投诉，就 催 一下", "yto", "urge A", cats=(1,))
R("{A} 签收 了 没 问题，{B} 显示 签收 客户 没 收到", "zto", "verify_delivery B", cats=(1, 7))
R("{A} 改 地 址 改 到 哪 了？ 客户 问 新 地址 对 不 对", "yunda", "", nh=True)
R("改地址 的 那个 {A} 到 哪 了", "zto", "track A")
R("{A} 客户 说 他 自己 去 网点 拿，不 用 派 了", "sto", "", nh=True)
R("{A} 催件 的 话 要 钱 吗", "ems", "", nh=True)
R("{A} 你们 说 拦截 成功，但是 客户 还是 收到 了，怎么 回事", "zto", "", nh=True)
R("{A} 这个 破损 工单 一个 礼拜 了 没人 联系 我们", "sto", "", nh=True)
R("{A} 客户 自己 退 回来 了，不 用 你们 拦", "yunda", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- remote areas, transfer points, surcharges
R("{A} 发 西藏 阿里 改则县 的，在 拉萨 十天 了，是不是 那边 停发 了", "ems", "delay A")
R("{A} 现在 还在 停发 吗？ 这单 什么 时候 能 发 出去", "zto", "track A")
R("{A} 青海 玉树 的，在 西宁 中转 一个 礼拜，客户 问 还要 多久，帮 催 一下", "ems", "urge A")
R("{A} 偏远 地区 的 件 是不是 不 派 送 到 家，客户 在 塔什库尔干 县城 里面", "yunda", "", nh=True)
R("{A} 额济纳旗 的 件 在 酒泉 转 了 三天，催 一下 哈", "ems", "urge A")
R("{A} 乌鲁木齐 转运中心 说 是 滞留 件，帮 催 一下 发 出去", "zto", "urge A")
R("{A} 怎么 退回 乌鲁木齐 了，我们 没有 拦截 啊，怎么 回事", "yto", "", nh=True)
R("{A} 那曲 的 网点 说 要 客户 自己 来 县城 拿，太 远 了，能 不能 送 到 乡里", "ems", "", nh=True)
R("{A} 是 发 西藏 的，停发 了 就 先 放 在 你们 那里，解封 了 再 发，不 要 退", "ems", "", nh=True)
R("{A} 偏远费 收 了 两次 吧，核 一下", "zto", "", nh=True)
R("{A} 第七师 一二三团 的，团部 快递点 关门 了，改 送 到 奎屯市 北京路 菜鸟驿站", "zto", "change_address A")
R("{A} 阿巴嘎旗 那边 没有 中通 网点 吗？ 那 怎么 送，转 邮政 送 吧", "zto", "", nh=True)
R("{A} 到 格尔木 就 不动 了 十天 了，客户 也 不 要 了，退回", "ems", "intercept A")
R("{A} 到 兰州 五天，到 西宁 又 四天，你们 转 来 转 去 的，延误 了 要 投诉", "zto", "delay A; complaint A",
  cats=(8,))
R("{A} 和田 到 喀什 不 是 一天 就 到 吗，三天 了", "yunda", "delay A")
R("{A} 是 发 内蒙古 的 熏马肉，天 热 了 在 路 上 不 能 太 久，加急", "sf", "urge A")

# ---------------------------------------------------------------- more quotes and bot replies
R("@古丽娜尔 {A} 已签收，无法拦截\n那 帮 查 一下 谁 签 的，客户 说 没有 收到", "sto", "verify_delivery A", cats=(3,))
R("「帕提古丽：{A} {B} 催件」\n" + Q + "\n{A} 已经 到 了，{B} 还 没，催 {B}", "zto", "urge B", cats=(3, 1))
R("回复 @王姐：{A} 是 退回 还是 改地址\n改地址，改到 第一师 十二团 团部 阿依努尔", "yunda", "change_address A",
  cats=(3,))
R("引用 热依拉：{A} 客户 不要 了\n那 就 拦截", "zto", "intercept A", cats=(3,))
R("「买买提江：拦截 {A}」\n" + Q + "\n收到 收到", "sto", "", cats=(3,))
R("@帕提古丽 {A} 改址已提交，结果会第一时间通知您\n地址 写错 了，是 一二八团 不是 一二九团，再 改 一下", "zto",
  "change_address A", cats=(3, 2))
R("@迪丽努尔 {A} 撤单成功\n撤 错 了！！ 我 说 的 是 {B}", "yunda", "cancel B", nh=True, cats=(3, 2))
R("「古丽娜尔：{A} 到 哪 了」\n" + Q + "\n在 兰州 三天 了，登记 延误 吧", "ems", "delay A", cats=(3,))
R("引用 小马：{A} {B} 两个 都 丢 了\n对，两个 都 要 赔", "deppon", "claim A B", cats=(3, 8))
R("@艾力·吐尔逊 {A} 拦截已提交，结果会第一时间通知您\n还有 {B} 也 是 一样，一起 拦截", "zto", "intercept B",
  cats=(3,))
R("回复 @艾力·吐尔逊：{A} 拦截 还是 撤单\n撤单，还 在 店 里", "jt", "cancel A", cats=(3,))
R("「王姐：{A} 已经 揽收 了 撤不了」\n" + Q + "\n那 拦截", "yto", "intercept A", cats=(3, 2))
R("@热依拉 {A} 已为您催促派送，请耐心等待\n👍", "yunda", "", cats=(3,))
R("引用 迪丽努尔：{A} 核桃 碎 了\n快递员 也 太 粗 了，破损 登记 并且 投诉", "sto", "damaged A; complaint A",
  cats=(3, 8))
R("「艾力·吐尔逊：{A} 改地址 到 乌鲁木齐」\n" + Q + "\n老板，客户 又 说 不 改 了", "zto", "", nh=True,
  cats=(3, 1))

# ---------------------------------------------------------------- more several-parcel messages
R("今天 发 兵团 的 五单：\n{A}\n{B}\n{C}\n{D}\n{E}\n第二单 和 第五单 地址 错 了 拦截，其他 催 一下", "zto",
  "intercept B E; urge A C D", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 改地址 巴楚县 色力布亚镇 阿孜古丽\n{D} 正常", "yunda",
  "intercept A B; change_address C", cats=(7,))
R("{A} 和 {B} 是 一个 客户 的，都 改 到 莎车县 古勒巴格路 二十号 阿卜杜拉·买买提", "zto", "change_address A B",
  cats=(7,))
R("{A} {B} {C} 这 三个 都 在 兰州 不 动，延误", "yto", "delay A B C", cats=(7,))
R("{A} 拦截，{B} 催件，{C} 查 重量，{D} 投诉", "sto", "intercept A; urge B; weight C; complaint D", cats=(7,))
R("{A}\n{B}\n{C}\n后面 两个 撤单，第一个 已经 走 了 拦截", "jt", "cancel B C; intercept A", cats=(7,))
R("{A} {B}\n两个 都 是 若羌 灰枣，一个 压 坏 了 一个 丢 了，丢 的 是 {B}", "zto", "damaged A; lost B", cats=(7,))
R("{A} {B} {C} {D}\n全部 催 一下，除了 {C}，{C} 客户 说 下 周 才 在 家", "yunda", "urge A B D", cats=(7, 1))
R("{A} 催，{B} 催，{A} 的 客户 又 说 不 要 了，{A} 拦截", "zto", "intercept A; urge B", cats=(7, 2))
R("{A}\t阿卜杜拉·买买提\t第七师一二三团\t拦截\n{B}\t次仁卓玛\t拉萨\t催件\n{C}\t巴特尔\t阿巴嘎旗\t到哪了", "ems",
  "intercept A; urge B; track C", cats=(7,))
R("{A} {B} 这 两个 都 是 发错 的，都 退回，{B} 哦 不，{B} 是 对 的", "sto", "intercept A", cats=(7, 2))
R("{A}、{B}、{C} 三票 全部 拦截 退回 喀什 仓", "zto", "intercept A B C", cats=(7,))
R("上面 那 几个 都 拦截", "yunda", "", nh=True, cats=(7,))

# ---------------------------------------------------------------- the next message: a colleague checked
R("刚才 让 拦截 的 {A}，王姐 查了 系统 还没 揽收，改成 撤单", "zto", "cancel A", cats=(2,))
R("王姐 查了 {A} 昨天 就 签收 了，上午 说 的 拦截 不用 了", "yto", "", nh=True, cats=(1, 2))
R("{A} 上午 说 改地址 到 一二三团，迪丽努尔 打 电话 问了，客户 说 是 一二一团 七连，按 这个 改", "zto",
  "change_address A", cats=(2,))
R("早上 发 的 {A} 催件，热依拉 说 客户 已经 拿到 了，不 用 催 了，谢谢", "yunda", "", nh=True, cats=(1, 2))
R("昨天 说 {A} 丢 了，不好意思，小马 在 我们 自己 仓库 里 找到 了，丢件 不 用 登记 了", "sto", "", nh=True,
  cats=(1, 2))
R("上午 那个 {A} 重量 的 问题，王姐 对 了 账，确实 是 九公斤 半，不 是 五公斤，核重 撤 了 吧", "deppon", "",
  nh=True, cats=(1, 2, 4))


if __name__ == "__main__":
    W.main()
