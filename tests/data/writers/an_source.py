"""Writer "an": shop agents who forward their buyers' words.

Casting note. Small and mid-size online shops (Taobao, Pinduoduo, Douyin, WeChat shops). Their customer-service
agents sit between the buyer and the courier outlet: they copy what a buyer wrote in 旺旺 / 拼多多 / 飞鸽 / WeChat
(买家说…, 顾客原话…, 客户留言…, 【买家】…, pasted screenshot text with nicknames and times) into the outlet's group
and then add their own instruction -- or forward it with none, or answer it, or overrule it ("别理他 正常派"),
or do only part of what the buyer asked. The buyer's words are context: a buyer's wish is not a command until the
agent makes it one. Buyers are often angry, write their new address and phone inline, change their minds.
The agents themselves write short, friendly and a bit sloppy: 亲/哈/麻烦啦/辛苦, emoji, run-on lines, a pasted
Excel row, a voice message turned into text, the odd pinyin or English word. Plain requests of the same agents
make up about half of the file.
"""

from harness import Writer

W = Writer("an", seed=5217)
R = W.R

NONE = None  # a group that ships with several carriers

# ----------------------------------------------------------------------------------------------------------------
# Category 0: ordinary requests of these agents
# ----------------------------------------------------------------------------------------------------------------

# intercept
R("{A} 拦截 买家拒收了", "yto", "intercept A")
R("麻烦拦截一下 {A} 客户不要了", "zto", "intercept A")
R("客户要求退回，帮拦一下 {A}", "jt", "intercept A")
R("{A}\n买家申请退款了 拦截退回 谢谢", "sto", "intercept A")
R("拦截：{A} {B}\n两个都是买家仅退款的 麻烦了", "yunda", "intercept A B")
R("亲 这单帮忙拦一下哈 客户拍错颜色了 {A}", "jd", "intercept A")
R("{A} 退回 客户地址写错了，我们重新给他发一单", "sf", "intercept A")
R("帮我截一下这个件 {A} 买家退款了🙏", "cainiao", "intercept A")
R("{A} 买家取消订单了 麻烦拦截退回到我们仓库", "deppon", "intercept A")
R("{A} 拦回来 客户说家里人已经买了", "yto", "intercept A")
R("拦截退回\n{A}\n{B}\n{C}", "jt", "intercept A B C")
R("客户下单后申请了退款 我们同意了 所以{A}需要拦截 辛苦", "sto", "intercept A")
R("@网点小李 {A} 这个件别派了 退回 买家不要了", "yunda", "intercept A")
R("你好 {A} 需要拦截 原因：买家恶意下单", "sf", "intercept A")
R("{A} 截件 退回原寄件地址 谢谢", "ems", "intercept A")
R("这个 {A} 发错货了 赶紧拦截！！", "cainiao", "intercept A")
R("今天早上发的 {A} 买家刚退款 能拦截吗", "yto", "intercept A")
R("{A} 麻烦退回 客户说尺码拍小了 要重拍", "jt", "intercept A")
R("拦截一下这俩 买家都退款了\n{A}\n{B}", "sto", "intercept A B")
R("{A} 买家重复下单了 这个拦掉 另一个正常派", "yunda", "intercept A")
R("客户电话打不通 地址也不全 {A} 直接退回", "sf", "intercept A")
R("{A}\n拦截\n买家说下错单了", "cainiao", "intercept A")
R("买家拒收 {A} 退回来 运费我们出", "jd", "intercept A")
R("【拦截】{A}\n【原因】买家取消订单", "ems", "intercept A")
R("拦 {A}", "zto", "intercept A")
R("客户说她老公已经在超市买了 不要了…… {A} 帮忙拦截 谢谢", "jt", "intercept A")
R("亲们 这个单子 {A} 帮拦截退回一下 买家说送到了也是拒收", "yunda", "intercept A")
R("{A} 拦截。买家填的地址是个空地址 根本没这个门牌", "sf", "intercept A")
R("这个件能拦下来吗 {A} 买家刚下单半小时就后悔了", "deppon", "intercept A")
R("买家申请了退款 {A} {B} 都要拦", "yunda", "intercept A B")
R("{A} 拦截退回 买家说是小孩子乱拍的", "yto", "intercept A")
R("辛苦 {A} 拦一下 客户人在国外 收不了", "zto", "intercept A")
R("{A} 客户拒收 拦截 谢谢😊", NONE, "intercept A", draw="jt")
R("顺丰 {A} 拦截退回 买家退款", NONE, "intercept A", draw="sf")
R("{A} 这个圆通的件帮拦截一下", NONE, "intercept A", draw="yto")

# track
R("{A}", "yto", "track A")
R("{A} 到哪了 买家问", "zto", "track A")
R("买家问什么时候能到 帮查一下 {A}", "jt", "track A")
R("{A}\n{B}\n帮查下这两个到哪了 客户在问", "sto", "track A B")
R("亲 {A} 这个件现在在哪里呀 买家问了好几次了", "yunda", "track A")
R("{A} 查件", "cainiao", "track A")
R("帮我看看{A}到哪儿了，买家问", "sf", "track A")
R("查询 {A}", "ems", "track A")
R("{A} 轨迹发我一下 客户要截图", "jd", "track A")
R("客户问今天能不能到 {A}", "deppon", "track A")
R("麻烦查一下这几个件\n{A}\n{B}\n{C}", "zto", "track A B C")
R("{A} 现在什么状态 买家说要看物流", "jt", "track A")
R("{A}？", "yto", "track A")
R("客户问到了没 {A}", "sto", "track A")
R("{A} 帮看下物流 客户在旺旺上一直问", "yunda", "track A")
R("{A} {B} 这俩到哪了", "cainiao", "track A B")
R("{A} 派送了吗 客户在家等着", "jd", "track A")
R("@客服 {A} 查一下 买家问是不是今天送", "deppon", "track A")
R("{A} 查下物流哈 买家说页面上看不到", NONE, "track A", draw="jd")
R("极兔 {A} 到哪了", NONE, "track A", draw="jt")
R("{A} 在哪个站点了 客户想自己去取", "yunda", "track A")

# urge
R("{A} 催一下 买家等着用", "yto", "urge A")
R("客户催了好几次了 {A} 麻烦加急派送", "zto", "urge A")
R("{A} 三天没动了 催催 客户要退款了", "jt", "urge A")
R("催件 {A}", "sto", "urge A")
R("{A}\n{B}\n都催一下 买家天天问", "cainiao", "urge A B")
R("麻烦尽快派送 {A} 客户说明天要出差", "yunda", "urge A")
R("{A} 加急 买家生日要用的", "sf", "urge A")
R("{A} 到了派送网点两天了还没送 催一下", "jd", "urge A")
R("亲 能不能帮催一下这个 {A} 买家急死了", "deppon", "urge A")
R("{A} 催派", "ems", "urge A")
R("客户说快递员一直不送 {A} 催一下吧", "yto", "urge A")
R("{A} 尽快送 客户家里老人在等这个药", "zto", "urge A")
R("催一下这几单 买家天天问\n{A}\n{B}\n{C}", "jt", "urge A B C")
R("{A} 怎么还在转运中 催催", "sto", "urge A")
R("{A} 客户说今天必须到 帮忙催派一下", "sf", "urge A")
R("{A} 还没派送 买家要求今天送到 辛苦催一下", "cainiao", "urge A")
R("买家在问怎么还没到 {A} 帮我催下 谢谢亲", "jd", "urge A")
R("{A} 加急加急", "deppon", "urge A")
R("{A} 这个件快递员跟客户说明天再送 能不能今天送 催一下", "zto", "urge A")
R("{A} {B} 催", "jt", "urge A B")
R("{A} 买家明天搬家 今天一定要送到 拜托催一下🙏", "sto", "urge A")
R("催催催 {A} 都第六天了", "yunda", "urge A")
R("{A} 派件员说没空送 客户等不了 请尽快派送", "sf", "urge A")
R("德邦 {A} 催一下 大件 客户请了假在家等", NONE, "urge A", draw="deppon")
R("{A} 这个件麻烦快点送 买家说再不到就差评", "jd", "urge A")

# change_address
R("买家地址填错了 {A} 改到 浙江省杭州市余杭区五常街道 西溪八方城 6幢 302", "zto", "change_address A")
R("{A} 帮改个地址 客户说搬家了 新地址：江苏省苏州市工业园区 星湖街 218号 生物纳米园 B3栋", "jt",
  "change_address A")
R("改址 {A} 上海市浦东新区 张江路 665号 收件人不变", "sto", "change_address A")
R("{A} 麻烦转寄到 北京市朝阳区 望京SOHO T1 1808 客户在公司收", "yunda", "change_address A")
R("{A} 改派到 湖南省长沙市岳麓区 麓谷街道 中电软件园 7栋", "sf", "change_address A")
R("客户说原地址没人 {A} 改到 四川省成都市武侯区 天府大道北段 1700号 环球中心 W6区", "cainiao",
  "change_address A")
R("{A} 地址改为：山东省青岛市市南区 香港中路 76号 颐和国际 A座 2106", "jd", "change_address A")
R("{A}\n改地址\n河南省郑州市金水区 花园路 39号 省人民医院门诊楼一楼 收件人 刘女士", "deppon", "change_address A")
R("麻烦把 {A} 转寄到 福建省厦门市思明区 软件园二期 观日路 24号", "ems", "change_address A")
R("{A} 改派 收件人改成王芳 地址 湖北省武汉市洪山区 光谷大道 77号 金融港 B18栋", "yto", "change_address A")
R("{A} 改地址 客户换了个驿站 送到 天津市南开区 鞍山西道 华苑小区菜鸟驿站", "zto", "change_address A")
R("能帮忙改下地址吗 {A} 新地址 重庆市渝北区 金开大道西段 106号 龙湖U城 3栋", "jt", "change_address A")
R("{A} 买家要改派到他公司 地址还没发给我 先帮我登记一下改址", "yto", "change_address A", nh=True)
R("改地址 {A}", "sto", "change_address A", nh=True)
R("{A} 客户说要转寄到老家 地址：安徽省合肥市肥东县 店埠镇 和平路 12号", "yunda", "change_address A")
R("亲 帮改个地址 {A} → 陕西省西安市雁塔区 高新路 88号 尚品国际 2号楼 1503", "cainiao", "change_address A")
R("{A} 收件地址改成 辽宁省沈阳市和平区 南京北街 206号", "jd", "change_address A")
R("买家说送错小区了 是他自己填错的 {A} 改送 云南省昆明市五华区 翠湖南路 18号", "deppon", "change_address A")
R("{A} 地址写错了 帮改一下 客户一会儿把新地址发过来", "zto", "change_address A", nh=True)
R("{A} 改派 送到收件人单位去", "jt", "change_address A", nh=True)
R("{A} 改地址 客户说送去 广东省东莞市南城区 鸿福路 200号 第一国际 1栋", NONE, "change_address A", draw="sf")
R("京东的 {A} 麻烦改个地址 客户要送到 浙江省绍兴市越城区 解放北路 248号", NONE, "change_address A",
  draw="jd")
R("{A} 需要改地址 买家说原来的地址拆迁了", "sto", "change_address A", nh=True)

# cancel
R("{A} 撤单 买家取消了 还没揽收", "zto", "cancel A")
R("撤单 {A} 客户不要了", "yto", "cancel A")
R("{A} 这单取消 还没发出去", "jt", "cancel A")
R("麻烦作废 {A} 重复下单了", "sto", "cancel A")
R("{A} 不寄了 买家退款了 取消寄件", "yunda", "cancel A")
R("取消订单 {A} {B}", "sf", "cancel A B")
R("{A} 还没来揽收 直接撤掉 客户不要了", "zto", "cancel A")
R("亲 {A} 能撤单吗 快递员还没来取", "cainiao", "cancel A")
R("{A} 作废 面单打错了", "jd", "cancel A")
R("{A} 撤销 买家申请退款了", "deppon", "cancel A")
R("客户刚退款了 {A} 还没揽收 帮撤一下单", "ems", "cancel A")
R("撤单：\n{A}\n{B}\n{C}\n都是今天打的单 买家全退了", "yto", "cancel A B C")
R("{A} 面单作废 客户改拍别的款了", "jt", "cancel A")
R("这个 {A} 撤单哈 买家不要了 货还在我们仓库", "sto", "cancel A")
R("{A} 单子作废 买家地址是假的", "yunda", "cancel A")
R("快递员还没上门 {A} 取消掉", "sf", "cancel A")
R("{A} 撤单 没揽收的", NONE, "cancel A", draw="yto")
R("{A} 取消 买家拍重了", "deppon", "cancel A")
R("刚打的单 {A} 作废 买家改地址了我们重新打", "ems", "cancel A")

# delay
R("{A} 五天没动了 买家天天问", "yto", "delay A")
R("{A} 物流三天没更新了", "zto", "delay A")
R("{A} 卡在中转站好几天了 客户着急", "jt", "delay A")
R("{A} 延误了 客户说原本昨天就该到", "sto", "delay A")
R("这个件 {A} 一直停在杭州转运中心 四天了", "yunda", "delay A")
R("{A} 怎么还没到 是不是延误了 买家问了好几遍", "sf", "delay A")
R("{A} 停滞好几天了 麻烦登记个延误", "jd", "delay A")
R("{A} 打延误 客户要求的", "ems", "delay A")
R("{A} 承诺两天到 现在第五天了 还在路上", "deppon", "delay A")

# damaged
R("{A} 客户收到外箱破了 里面杯子碎了两个", "yto", "damaged A")
R("{A} 破损 买家发了照片 盒子压扁了", "zto", "damaged A")
R("买家说收到漏液了 {A} 洗发水全漏了", "jt", "damaged A")
R("{A} 东西烂了 客户拍了视频 水果全压坏了", "sto", "damaged A")
R("{A} 破损登记一下 客户说屏幕碎了", "jd", "damaged A")
R("{A} 客户签收的时候发现外箱破了个大洞", "deppon", "damaged A")
R("{A} 碎了 买家说是玻璃瓶 一开箱全是渣", "ems", "damaged A")
R("{A} 客户说收到的椅子腿断了一根", NONE, "damaged A", draw="deppon")

# lost
R("{A} 丢件 网点说找不到了", "yto", "lost A")
R("{A} 一周没动 是不是丢了", "zto", "lost A")
R("{A} 客户说只收到一个箱子 少件 我们发的是两箱", "jt", "lost A")
R("{A} 件没了 哪都找不着", "sf", "lost A")
R("{A} 遗失 快递员说没见过这个件", "cainiao", "lost A")
R("{A} 显示到了网点 但是网点说没有 应该是丢了", "jd", "lost A")
R("{A} 丢了 登记一下", "deppon", "lost A")

# weight
R("{A} 重量不对 就一件T恤 按3公斤收的", "yto", "weight A")
R("{A} 核重 超重了", "zto", "weight A")
R("{A} 称一下 这个不可能有五公斤", "jt", "weight A")
R("{A} 查重量 扣了我们十几块运费", "sto", "weight A")
R("{A} {B} 这两单重量都不对 帮核一下", "yunda", "weight A B")
R("{A} 计费重量跟我们自己称的差了两公斤 麻烦核重", "sf", "weight A")

# verify_delivery
R("{A} 显示签收了 买家说没收到", "yto", "verify_delivery A")
R("{A} 客户说没拿到 但是物流显示已签收 核实一下", "zto", "verify_delivery A")
R("{A} 虚假签收 买家根本没收到件", "jt", "verify_delivery A")
R("{A} 别人签收的 客户不认识签收人", "sto", "verify_delivery A")
R("{A} 妥投了 客户没收到 麻烦核实签收", "ems", "verify_delivery A")
R("{A} 签收未收到 客户很生气", "deppon", "verify_delivery A")
R("{A} 显示本人签收 客户说本人在外地出差 怎么签的？", "cainiao", "verify_delivery A")
R("核实签收 {A}", "jd", "verify_delivery A")
R("{A} 显示已签收 买家说门口也没有 物业也没有", NONE, "verify_delivery A", draw="yto")

# claim / complaint / arbitration
R("{A} 申请理赔", "sf", "claim A")
R("{A} 理赔 客户那边我们已经退款了", "yunda", "claim A")
R("{A} 要赔付 麻烦走一下理赔流程", "jt", "claim A")
R("{A} 投诉快递员 客户说态度特别差 还骂人", "yto", "complaint A")
R("投诉 {A} 快递员没打电话直接扔门口了", "zto", "complaint A")
R("{A} 客诉 买家说派件员让他自己去网点拿", "sto", "complaint A")
R("{A} 客户投诉了 快递员不送上楼", "jd", "complaint A")
R("我要投诉 {A} 这个派件员 买家打了十几个电话都不接", "cainiao", "complaint A")
R("{A} 理赔金额谈不拢 申请仲裁", "jd", "arbitration A")
R("{A} 仲裁 网点说是买家本人签收的 我们不认", "yto", "arbitration A")
R("麻烦帮 {A} 发起仲裁", "sto", "arbitration A")

# several numbers, several commands, plain
R("{A} 拦截\n{B} 催一下", "zto", "intercept A; urge B")
R("{A} 撤单 {B} 拦截 都是同一个买家 退款了", "yto", "cancel A; intercept B")
R("圆通 {A} 催件\n德邦 {B} 催件", NONE, "urge A B", draw={"A": "yto", "B": "deppon"})
R("京东的 {A} 和 顺丰的 {B} 都查一下到哪了", NONE, "track A B", draw={"A": "jd", "B": "sf"})

# hedged irreversible actions (confirm)
R("{A} 要不拦截吧 买家一直在闹", "yto", "intercept A", cf=True)
R("{A} 可能要退回 买家说再想想", "zto", "intercept A", cf=True)
R("{A} 先拦着吧？我再问问客户到底要不要", "jt", "intercept A", cf=True)
R("{A} 好像得改个地址 买家说原来那个小区进不去 改到 南京市建邺区 江东中路 347号 国金中心", "sto",
  "change_address A", cf=True)
R("{A} 看看能不能撤单 买家还在犹豫", "yunda", "cancel A", cf=True)
R("{A} 买家要退 要不先拦一下？", "sf", "intercept A", cf=True)
R("{A} 可能需要拦截 客户说不一定要了", "cainiao", "intercept A", cf=True)
R("{A} 估计得撤单了 买家说颜色拍错了 你们先看看能不能撤", "jd", "cancel A", cf=True)
R("{A} 买家想改地址 先帮改到 郑州市二七区 大学路 80号 吧 我再跟他确认下", "deppon", "change_address A",
  cf=True)
R("{A} 要不还是退回吧…买家太难搞了", NONE, "intercept A", cf=True, draw="jt")

# a conditional the bot can check is not a hedge
R("{A} 如果还没签收就拦截 买家说不要了", "ems", "intercept A")

# buyer wishes that are not (yet) commands; questions for a person
R("买家说不要了 {A} 你们看怎么办", "cainiao", "", nh=True)
R("{A} 买家想改地址，我问问他新地址", "jt", "")
R("{A} 客户说可能不要了 我先问问 确定了再跟你们说", "sto", "")
R("买家说要改个地址 {A} 我去要一下新地址 等会发", "yunda", "")
R("{A} 买家说收到货要退 这个怎么弄", "yto", "", nh=True)
R("{A} 客户想让快递员送货上门再拆箱验货 可以吗", "zto", "", nh=True)

# questions about earlier requests or about the rules
R("{A} 昨天说的拦截 拦住了吗 买家在问", "zto", "", nh=True)
R("{A} 改地址改好了没", "jt", "", nh=True)
R("拦截要收钱吗 {A} 买家问退回运费谁出", "yto", "", nh=True)
R("{A} 撤单成功没有", "sf", "", nh=True)

# chit-chat, thanks
R("好的 谢谢", "yto")
R("收到 辛苦了", "zto")
R("明天几点来收件呀 今天货多", "jt")
R("谢谢亲 买家说收到了", "sto")
R("👌", "yunda")
R("好的好的 我跟买家说一下", "sf")
R("今天能多派个车来吗 直播间出了三百多单", "cainiao")
R("辛苦了 上次那个件客户已经签收了", "jd")
R("早上好 今天正常收件吗", "deppon")
R("好嘞 买家那边我已经安抚好了", "ems")
R("OK 谢谢你们", NONE)
R("下午还来揽收吗", "yto")
R("知道了 谢谢 我跟客户解释", "zto")
R("麻烦了🙏🙏", "jt")
R("晚上几点截单", "sto")
R("客户说谢谢你们 已经收到了😄", "sf")
R("春节期间还发货吗 买家问的", "cainiao")
R("亲 你们这周末上班吗", "jd")
R("哈哈哈 这个买家太逗了", NONE)
R("刚才那个件买家收到了 谢谢小哥", "ems")

# ----------------------------------------------------------------------------------------------------------------
# Category 3 (+): the buyer's words pasted in, bot replies and colleagues quoted
# ----------------------------------------------------------------------------------------------------------------

R("【买家】你好 我不想要了 能帮我退回去吗\n{A} 拦截 谢谢", "yto", "intercept A", cats=(3,))
R("买家原话：“快递到哪了？？说好的三天到 现在都第五天了！！！”\n{A} 帮催一下", "zto", "urge A", cats=(3,))
R("客户留言：地址写错了 应该是 江苏省南京市鼓楼区 中山北路 200号 电话 {PN}\n麻烦改下 {A}", "jt",
  "change_address A", cats=(3, 4))
R("买家说：我要退货 别给我送了\n{A}\n你们看怎么办", "sto", "", nh=True, cats=(3,))
R("【买家】我都说了不要了 为什么还发货？？？赶紧给我退回去\n这单 {A} 先别拦 我跟买家再沟通下", "yunda", "",
  cats=(1, 3))
R("拼多多买家消息：\n“我换地址了 寄到我公司吧 上海市徐汇区 漕河泾开发区 宜山路 700号 C1栋 5楼”\n{A} 按买家说的改",
  "cainiao", "change_address A", cats=(3,))
R("抖店客服转的：\n买家 14:22\n你们快递员态度也太差了吧 打电话直接挂\n买家 14:23\n我要投诉\n\n{A} 帮登记个投诉", "jt",
  "complaint A", cats=(3,))
R("买家：亲，显示签收了，我没收到啊，谁签的？\n{A} 核实一下签收", "sf", "verify_delivery A", cats=(3,))
R("顾客原话：收到的时候盒子都扁了 里面的蛋糕全烂了 我要退款\n\n{A} 登记破损 要理赔 货值168", "deppon", "claim A",
  cats=(3, 4, 8))
R("旺旺：\n买家：地址能改吗？我下周不在家\n我：亲 您把新地址发我\n买家：好的 我晚点发\n\n{A} 买家的新地址还没给 等他发了我再找你们",
  "yto", "", cats=(3,))
R("客户（微信）：老板 快递能不能今天送到啊 明天我就回老家了\n\n{A} 能加急吗", "zto", "urge A", cats=(3,))
R("【买家留言】别送了别送了 我在外地 收不到\n{A} 拦截退回", "sto", "intercept A", cats=(3,))
R("【买家】我要拦截！！！不要了！！！\n【买家】听见没有\n\n{A} 这单是定制的 不支持退 别拦 正常派送", "jd", "",
  cats=(1, 3))
R("买家：你们发的什么快递 一个星期了还没到 我要退款\n—— {A} 帮看下到哪了", "ems", "track A", cats=(3,))
R("客户原话：“东西收到了 但是里面少了一件 只有上衣没有裤子”\n我们是分两个包裹发的 裤子在 {A} 帮催一下", "jt",
  "urge A", cats=(3,))
R("买家原话：你们快递把我的东西弄丢了？？快一个礼拜了\n\n我这边查了 {A} 确实六天没更新了 麻烦登记丢件", "jt",
  "lost A", cats=(3,))
R("飞鸽截图：\n用户 10:05 我地址填错了 是 杭州市拱墅区 湖州街 168号 美达大厦 不是湖墅南路\n用户 10:06 能改吗\n\n{A} 帮改下地址 按上面的",
  "yto", "change_address A", cats=(3,))
R("买家发来的新地址：\n收货人：赵敏\n手机：{PN}\n地址：河北省石家庄市长安区 中山东路 508号 东胜广场 3单元 901\n\n{A} 改一下 谢谢",
  "zto", "change_address A", cats=(3, 4))
R("顾客留言：快递员说放驿站签收了 我去驿站问了没有\n{A} 帮核实一下", "sf", "verify_delivery A", cats=(3,))
R("【买家】我不要了 你们退回去吧\n{A}", "yto", "", nh=True, cats=(3,))
R("转：\n“你好 我这个快递能不能快点 今天就要用”\n{A}", "zto", "", nh=True, cats=(3,))
R("客户留言 {A}：不要送了 我人不在家 退了吧", "cainiao", "", nh=True, cats=(3,))
R("买家：改地址 改到 厦门市湖里区 吕厝路 99号 电话{PN}\n{A}", "ems", "", nh=True, cats=(3, 4))
R("【买家】你们快递怎么回事 三天了还在同一个地方\n【我】亲 已经帮您反馈了哈 别着急\n\n{A} 麻烦催一下", "sto", "urge A",
  cats=(3,))
R("【买家】不要了 退回去！\n{A} 先不退 买家在气头上 帮催一下派送 送到了他会收的", "yunda", "urge A", cats=(1, 3))
R("买家说：快递员把我东西放门口被人拿走了\n{A} 显示已签收 核实下是谁签的 顺便投诉一下快递员", "sf",
  "verify_delivery A; complaint A", cats=(3, 8))
R("买家：我的单号是 {A} 到哪了\n帮看下", "jt", "track A", cats=(3,))
R("买家说：我的快递 {A} 怎么退回了？我没说不要啊\n这个不是我们让退的 你们查一下怎么回事", "yto", "", nh=True,
  cats=(3,))
R("拼多多截图文字：\n退款原因：不想要了\n买家留言：还没到就帮我拦了吧\n\n{A} 同意退款了 拦截", "zto", "intercept A",
  cats=(3,))
R("买家：老板我那个地址能不能改成 我妈家 我把地址发你\n我们还在等他发地址 {A} 先帮我们备注一下改址", "jt",
  "change_address A", nh=True, cats=(3,))
R("客户在抖音上骂了半天 说东西碎了 要我们赔\n{A} 先帮登记破损 赔不赔等你们核实", "sto", "damaged A", cats=(8,))
R("淘宝旺旺\nt_1503***：这个快递能送到我单位吗 宁波市海曙区 药行街 180号 凯德广场 15楼\n我：好的亲 帮您联系改地址\n\n{A} 改到上面这个地址",
  "sf", "change_address A", cats=(3,))
R("客户说：还没发货的话就别发了\n{A} 快递员还没来收 撤单", "cainiao", "cancel A", cats=(3,))
R("买家原话“你们再不送我就去投诉了”\n{A} 麻烦快点送吧 别真让他投诉了", "jd", "urge A", cats=(3,))
R("【客户】能不能让快递员送上门 我腿脚不方便\n{A} 这个帮忙跟快递员说下 送上门", "deppon", "", nh=True, cats=(3,))
R("买家留言：亲，我这边收货地址要改一下，改成 广州市越秀区 东风中路 410号 时代地产中心 2008，电话不变。谢谢！\n\n{A} 改地址",
  "ems", "change_address A", cats=(3,))
R("买家：怎么还没到！！！我都等了一个礼拜了！！！你们到底有没有发货！！！\n买家：不要了！退款！\n\n{A} 我们同意退款了 拦回来",
  "yto", "intercept A", cats=(3,))
R("这个买家说要拦截 {A} 别理他 正常派 他就是想白嫖运费险", "yunda", "", cats=(1,))
R("【买家】快递员态度太差了 我要投诉他 还要你们赔我精神损失费！\n{A} 投诉帮登记 赔偿就算了 东西没坏", "jt",
  "complaint A", cats=(1, 3))
R("顾客原话：包装破了 但东西没事 就是跟你们说一声\n{A} 登记个破损吧 以后包装注意点", "sto", "damaged A",
  cats=(3,))
R("【买家】我要的是明天到 你们能不能快点\n{A} 催一下哈 买家急", "sf", "urge A", cats=(3,))

# the bot's own replies quoted back
R("「网点助手：@小美 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n买家又说要了 这单不用拦了",
  "yto", "", nh=True, cats=(1, 3))
R("引用 网点助手：@小美 {A} 已签收，无法拦截\n那麻烦核实下签收 买家说根本没收到货", "zto", "verify_delivery A",
  cats=(3,))
R("回复 @网点助手：@阿杰 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单 买家反正也不要了", "jt",
  "cancel A", cats=(2, 3))
R("「小助手：@糖糖 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n催了两天了还没到 买家要退款 直接拦截退回",
  "sto", "intercept A", cats=(3,))
R("@小林 {A} 改址已提交，结果会第一时间通知您\n———————————\n买家说新地址也不对 先别改了", "yunda", "", nh=True,
  cats=(1, 3))
R("「网点助手：@小林 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n买家说要赔偿 帮转理赔",
  "sf", "claim A", cats=(3, 8))
R("引用 客服助手：@大白 {A} 拦截已提交，结果会第一时间通知您\n好的谢谢 买家那边我说过了", "cainiao", "", cats=(3,))
R("回复 @客服助手：@陈陈 您的消息已转人工客服处理，请稍候\n等了好久了 {A} 这个到底拦截了没有", "jd", "", nh=True,
  cats=(3,))
R("「网点助手：@小夏 {A} 已为您登记延误工单，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n登记完又两天了 还是没动 这个也催一下",
  "deppon", "urge A", cats=(3,))
R("「网点助手：@可可 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n先不拦了 买家说再考虑下",
  "ems", "", nh=True, cats=(1, 3))
R("引用 助手：@大白 {A} 撤单成功\n买家又要了😂 能重新下个单吗", "yto", "", nh=True, cats=(3,))
R("「网点助手：@阿May {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n谢谢 买家说下午收到了", "zto",
  "", cats=(3,))
R("「网点助手：@阿May {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n同一个买家还有一单 {B} 也拦一下",
  "jt", "intercept B", cats=(3,))
R("回复 @网点助手：@小周 {A} 改址已提交，结果会第一时间通知您\n地址又变了😭 买家说改到 广州市天河区 体育西路 191号 中石化大厦B塔",
  "sto", "change_address A", cats=(2, 3))
R("@阿杰 {A} 已为您催促派送，请耐心等待\n--------------\n买家说还是没人送 投诉快递员", "yunda", "complaint A",
  cats=(3,))
R("「助手：@小美 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n好吧 那没事了 让买家自己寄回来", "sf", "", cats=(3,))
R("引用 网点助手：@糖糖 请确认：{A} 拦截退回？回复“确认”即办理\n等下 我问下买家", "cainiao", "", cats=(3,))

# colleagues quoted
R("引用 店长：{A} 这个买家要退 帮我拦截\n这个我刚问了 买家不退了 不用拦", "yto", "", nh=True, cats=(1, 3))
R("回复 @仓库小刘：{A} {B} 今天发的\n这两单买家都退款了 拦截", "zto", "intercept A B", cats=(3,))
R("「运营-阿紫：{A} 改地址 北京市海淀区 中关村大街 27号」\n- - - - - - - - - - - - - - -\n这个我们同事发过了 处理了吗", "jt",
  "", nh=True, cats=(3,))
R("引用 客服小王：买家说 {A} 要退回\n@网点 这个帮拦一下", "sto", "intercept A", cats=(3,))
R("「客服-豆豆：{A} 催件」\n- - - - - - - - - - - - - - -\n这个也一样 {B} 也催一下 同一个买家的", "yunda", "urge B",
  cats=(3,))
R("引用 售后阿花：{A} 拦截\n这个不对 阿花发错了 这个买家是要改地址的 地址我问好了 长沙市天心区 书院路 9号 香泉大厦",
  "cainiao", "change_address A", cats=(2, 3))

# ----------------------------------------------------------------------------------------------------------------
# Category 1: negation, withdrawal, refusal of one action for another, merchants overruling buyers
# ----------------------------------------------------------------------------------------------------------------

R("{A} 拦截 {B} 不用拦 买家只退了一单", "yto", "intercept A", cats=(1,))
R("买家又要退又要改地址的 改地址不用了 直接拦截 {A}", "zto", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 广东省佛山市顺德区 大良街道 碧桂园一期 9座", "jt", "change_address A", cats=(1,))
R("不是不拦 买家确定不要了 现在就拦 {A}", "sto", "intercept A", cats=(1,))
R("{A} 不用拦了 买家又要了", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截 …… 算了 买家刚回消息说还是要 不拦了", "sf", "", cats=(1,))
R("买家要求退回 我们不同意 {A} 别拦 正常派送", "cainiao", "", cats=(1,))
R("{A} {B} {C} 都催一下 {B} 不用 那个已经到了", "jd", "urge A C", cats=(1,))
R("买家说又要投诉又要退 投诉就算了 {A} 帮退回", "deppon", "intercept A", cats=(1,))
R("{A} 买家说不用理赔了 东西他自己修好了", "ems", "", nh=True, cats=(1,))
R("{A} 刚才发的改地址不用改了 买家说还是原地址", "yto", "", nh=True, cats=(1,))
R("{A} 别催了 买家说不着急 下周才在家", "zto", "", nh=True, cats=(1,))
R("{A} 不是要拦截 是要改地址 新地址 浙江省宁波市鄞州区 天童南路 588号 宁波文化广场", "jt", "change_address A",
  cats=(1,))
R("{A} 拦截 {B} 催件 {C} 啥也不用 买家问问而已", "yunda", "intercept A; urge B", cats=(1,))
R("{A} 这个不退了 买家说要了\n{B} 这个还是要退", "zto", "intercept B", nh=True, cats=(1,))
R("{A} 不用撤单了 已经揽收了 改成拦截", "sf", "intercept A", cats=(1, 2))
R("{A} 买家说 不是不要 是不要这个颜色 让我们换货 所以还是要拦回来", "cainiao", "intercept A", cats=(1,))
R("{A} 不要转寄了 直接退回", "jd", "intercept A", cats=(1,))
R("{A} {B} 拦截\n等下 {B} 不拦了 买家说要", "deppon", "intercept A", cats=(1,))
R("买家要理赔 我们不赔 这个件就是他自己签收的 {A} 不用管他", "ems", "", cats=(1,))
R("刚才让拦的 {A} 别拦了！！买家刚才是说气话 已经哄好了", "yto", "", nh=True, cats=(1,))
R("买家要求：1.退回 2.赔运费 3.投诉快递\n我们只要拦截 其他不用 {A}", "zto", "intercept A", cats=(1, 3))
R("买家说要改地址还要加急 地址就不改了 他那个地址没问题 {A} 催一下就行", "jt", "urge A", cats=(1,))
R("买家要理赔又要投诉 先只登记破损 {A}", "sto", "damaged A", cats=(1, 8))
R("{A} 买家说要投诉快递员 我们这边不投诉 帮催一下就好", "yunda", "urge A", cats=(1,))
R("刚才那个不用了 买家自己去驿站拿了", "sf", "", nh=True, cats=(1,))
R("{A} 不拦截了 撤单吧 还没揽收 买家说不要", "cainiao", "cancel A", cats=(1, 2))
R("{A} 买家说地址不用改了 送原地址就行 之前的改址取消", "deppon", "", nh=True, cats=(1,))
R("{A} 不是不退 是买家要先验货 不满意再退 所以先别拦", "yto", "", cats=(1,))
R("买家嚷嚷着要退 我们劝住了 {A} 不用拦 就帮催一下", "jt", "urge A", cats=(1,))
R("{A} 改址取消 还是拦截吧 买家说新地址也收不了", "yunda", "intercept A", cats=(1, 2))
R("不是不催 是催了没用啊 {A} 都第七天了 登记延误", "sf", "delay A", cats=(1,))
R("{A} 不要理赔 要投诉 快递员把东西扔门口被雨淋了", "cainiao", "complaint A", cats=(1,))

# ----------------------------------------------------------------------------------------------------------------
# Category 2: corrections of the command or the number
# ----------------------------------------------------------------------------------------------------------------

R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截\n更正 单号打错了 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改址 北京市丰台区 南三环西路 16号\n哦不对 买家说不改了 还是拦截吧", "jt", "intercept A", cats=(2,))
R("{A} 催一下\n不对不对 发错单号了 是 {B}", "sto", "urge B", cats=(2,))
R("{A} 拦截 —— 更正 是改地址 买家给了新地址：湖北省宜昌市西陵区 夷陵大道 52号", "yunda", "change_address A",
  cats=(2,))
R("改地址 {A} 上海市闵行区 七宝镇 漕宝路 3366号\n更正：门牌是 3388号 刚写错了", "sf", "change_address A",
  cats=(2,))
R("{A} 买家要退 帮拦一下\n哦 搞错了 是 {B} 要退 {A} 是正常的", "cainiao", "intercept B", cats=(2,))
R("{A:cut} 拦截\n少打了一位 {A}", "jt", "intercept A", cats=(2,))
R("{A} 理赔 —— 不好意思 发错群了", "deppon", "", cats=(2,))
R("{A} 改派 新地址 南京市江宁区 秣陵街道 诚信大道 19号\n更正 收件人电话是 {PN}", "zto", "change_address A",
  cats=(2, 4))
R("{A} 撤单\n啊不是 看错了 这个买家是要改地址 改到 成都市高新区 天府三街 69号 新希望国际B座", "ems",
  "change_address A", cats=(2,))
R("催件 {A}\n哦不对 买家说这个已经到了 是 {B} 没到", "yto", "urge B", cats=(2,))
R("{A} 拦截吧\n还是改地址吧 买家说送到他妈家 地址是 哈尔滨市南岗区 西大直街 92号", "zto", "change_address A",
  cats=(2,))
R("{A} 退回 退回\n等等 买家又说要了 改成催一下", "jt", "urge A", cats=(2,))
R("{A} 改地址 宁波市江北区 洪塘街道 裘市路 18号 —— 不好意思 是 {B} 这个单 不是上面那个", "sto",
  "change_address B", cats=(2,))
R("{A} 催一下 顺便查下重量 哦重量不用了 只催", "yunda", "urge A", cats=(1, 2))
R("{A} 加急\n\n打错了 是拦截 不是加急 买家不要了", "sf", "intercept A", cats=(2,))
R("{A} 拦截 啊不对 这个是昨天那个已经签收的 拦不了 帮核实下签收 买家说没收到", "cainiao", "verify_delivery A",
  cats=(2,))
R("{A:typo} 显示签收了 客户没收到\n单号打错一位 是这个 {A}", "ems", "verify_delivery A", cats=(2,),
  draw="ems_s10")
R("撤单 {A}\n撤单 {B}\n哦 {B} 已经被收走了 那个拦截", "jd", "cancel A; intercept B", cats=(2, 7))
R("{A} 买家要求改地址到 深圳市宝安区 西乡街道 宝源路 1065号\n—— 哦不对 买家刚又发了 说改到 深圳市宝安区 新安街道 创业二路 28号",
  "deppon", "change_address A", cats=(2,))
R("{A} 转寄 —— 算了 不转了 还是退回吧 买家说不要了", "yto", "intercept A", cats=(1, 2))
R("{A} 拦截 …… 还是别拦了 …… 算了还是拦吧 买家真烦", "zto", "intercept A", cats=(2,))
R("{A} 拦截？不拦？买家自己都说不清楚 😩", "jt", "intercept A", cf=True, cats=(2,))
R("{A} 延误 —— 写错了 是破损 客户说箱子压塌了", "yunda", "damaged A", cats=(2,))
R("{A} 查件\n哦 不是查件 是催件 买家说快递员两天没来送了", "sf", "urge A", cats=(2,))
R("{A:x} 拦截\n多打了个8 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改地址 合肥市蜀山区 长江西路 189号\n收件人也改一下 改成 杨先生", "cainiao", "change_address A")
R("单号发错了 不是 {A} 是 {B} 麻烦催一下 {A} 那个没事", "jd", "urge B", cats=(2,))
R("{A} 拦截 不对不对 应该是撤单 还没揽收呢", "deppon", "cancel A", cats=(2,))
R("{A} 改地址 不对 是改电话 收件人电话改成 {P}", "yto", "change_address A", nh=True, cats=(2, 4))
R("{A} 破损 登记错了 其实是少件 外箱好的 里面少了两盒", "zto", "lost A", cats=(2,))

# ----------------------------------------------------------------------------------------------------------------
# Category 4: phones, order numbers, amounts, dates beside the waybill
# ----------------------------------------------------------------------------------------------------------------

R("订单号 {O}\n运单号 {A}\n买家退款了 拦截", "zto", "intercept A", cats=(4,))
R("{A} 改地址 收件人 刘伟 {PN} 地址 山西省太原市小店区 长风街 123号", "sto", "change_address A", cats=(4,))
R("买家电话 {P} 一直打不通 {A} 直接退回", "yunda", "intercept A", cats=(4,))
R("{A} 电话改为 {P}", "ems", "change_address A", nh=True, cats=(4,))
R("{A} 收件人改为 李娜 电话 {PN}", "yto", "change_address A", nh=True, cats=(4,))
R("拼多多订单 {O} 对应快递 {A} 显示签收 客户没收到", "jt", "verify_delivery A", cats=(4,))
R("{A} 丢件 货值 299 元 买家已经退款了 我们要申请赔偿", "sf", "claim A", cats=(4, 8))
R("{A} 3月5号发的 今天15号了还没到", "cainiao", "delay A", cats=(4,))
R("{A} 运费扣了 23.5 明明就 1 公斤 核下重量", "deppon", "weight A", cats=(4,))
R("{O}\n这是订单号 快递单号是 {A} 帮查下到哪了", "cainiao", "track A", cats=(4,))
R("买家发来的：\n“我电话换了 新号码 {PN} 地址不变”\n{A} 帮改下收件人电话", "jt", "change_address A", nh=True,
  cats=(3, 4))
R("{A}\n收件人：周杰\n电话：{PN}\n地址：吉林省长春市朝阳区 红旗街 万达广场 7号楼 1105\n改这个地址", "sto",
  "change_address A", cats=(4,))
R("订单号{O} 快递 {A} 买家申请仅退款 拦一下", "yto", "intercept A", cats=(4,))
R("{A} 破损 买家要求赔45块 我们先垫付了 麻烦理赔", "yunda", "claim A", cats=(4, 8))
R("客户说快递员（{PN}）电话里骂人 投诉 {A}", "sf", "complaint A", cats=(4,))
R("2024-05-18 发的 {A} 一直显示揽收 后面就没更新了", "sto", "delay A", cats=(4,))
R("{A} 12月3号下午发的 买家说12号要用 能加急吗", "yunda", "urge A", cats=(4,))
R("订单 {O}\n订单 {O2}\n快递 {A} {B}\n两个订单分开发的 买家都退了 拦截", "zto", "intercept A B", cats=(4,))
R("{A} 客户说里面的手机壳少了2个 少件 订单金额89.9", "jt", "lost A", cats=(4,))
R("{A} 改址 新地址 浙江省温州市鹿城区 车站大道 577号 财富中心 收件人电话 {P}", "cainiao", "change_address A",
  cats=(4,))
R("{A} 收件人电话 {PN} 地址改为 贵州省贵阳市观山湖区 林城西路 95号", "ems", "change_address A", cats=(4,))
R("买家 {PN} 要求今天必须送到 {A} 催派", "cainiao", "urge A", cats=(4,))
R("订单号：{O}\n买家要取消\n快递单号：{A}\n还没揽收 撤单", "sto", "cancel A", cats=(4,))
R("【买家】电话 {PN} 地址 杭州市上城区 解放路 138号 你们送这里\n{A} 按这个改", "yto", "change_address A",
  cats=(3, 4))
R("{A} 寄件人电话 {P} 收件人电话 {P2} 都打不通 快递员说送不了 直接退回", "jt", "intercept A", cats=(4,))
R("买家手机号 {PN} 他说快递员给他打电话说件丢了 {A} 麻烦核实是不是丢了", "jd", "lost A", cats=(4,))
R("订单编号 {O} 金额 1299 快递 {A} 买家说是空盒 里面东西没了", "sf", "lost A", cats=(4,))
R("{A} 6.18 当天发的 到 6.25 了还在路上 买家要退款 延误登记一下", "deppon", "delay A", cats=(4,))
R("{A} 买家说19:00前要 还有3个小时 催一下", "ems", "urge A", cats=(4,))
R("{A} 货值 560 元 外箱破了 里面的咖啡机坏了 买家要求全额赔", "zto", "claim A", cats=(4, 8))
R("客户电话 {PN}\n单号 {A}\n问题：显示签收 没收到", "yunda", "verify_delivery A", cats=(4,))
R("旺旺订单 {O} 买家说还没收到 麻烦查下 {A}", "sto", "track A", cats=(4,))
R("{A} 重量写的 8.6kg 我们发的是两件卫衣 不可能 核重", "sf", "weight A", cats=(4,))
R("{A} 10/12 显示签收 客户 10/14 才发现没收到", "cainiao", "verify_delivery A", cats=(4,))

# ----------------------------------------------------------------------------------------------------------------
# Category 5: pinyin, English, colloquial, voice-to-text
# ----------------------------------------------------------------------------------------------------------------

R("{A} lanjie 买家不要了", "yto", "intercept A", cats=(5,))
R("cuijian {A}", "zto", "urge A", cats=(5,))
R("{A} gaizhi 新地址 深圳市福田区 华强北路 1002号 赛格广场", "jt", "change_address A", cats=(5,))
R("{A} chedan thx", "sto", "cancel A", cats=(5,))
R("pls intercept {A}, buyer refused the order", "sf", "intercept A", cats=(5,))
R("{A} where is it? customer keeps asking", "jd", "track A", cats=(5,))
R("{A} urgent pls, buyer needs it by Friday", "deppon", "urge A", cats=(5,))
R("那个就是这个快递啊买家说他不要了你们帮我拦一下拦回来哈谢谢啊 {A}", "yunda", "intercept A", cats=(5,))
R("{A} 别送了 给我整回来", "cainiao", "intercept A", cats=(5,))
R("{A} 这货咋还不到 催催 买家都急眼了", "ems", "urge A", cats=(5,))
R("{A} 让小哥麻溜送 客户等着呢", "yto", "urge A", cats=(5,))
R("{A} cancel the order pls, not picked up yet", "zto", "cancel A", cats=(5,))
R("{A} change address to: Room 1203, No. 88 Century Ave, Pudong, Shanghai", "jt", "change_address A",
  cats=(5,))
R("语音转文字：帮我查一下这个快递现在到哪里了客户一直在问我 {A}", "sto", "track A", cats=(5,))
R("{A} 东西碎成渣了 客户发了视频", "yunda", "damaged A", cats=(5,))
R("{A} 这玩意儿签收了 可客户压根没见着", "sf", "verify_delivery A", cats=(5,))
R("{A} 称重有问题啊 一件衣服咋能5斤", "cainiao", "weight A", cats=(5,))
R("{A} 别派了 原路退回", "jd", "intercept A", cats=(5,))
R("{A} 这单 hold 住 别派 退回给我们", "deppon", "intercept A", cats=(5,))
R("{A} 都一礼拜了 找不着就算丢件吧", "ems", "lost A", cats=(5,))
R("{A} compensation pls, parcel lost, buyer already refunded", "jd", "claim A", cats=(5, 8))
R("喂你好我想问一下这个{A}能不能帮我改个地址改到那个广州市白云区机场路1688号嗯就这样谢谢", "sf", "change_address A",
  cats=(5,))
R("{A} 派件的小哥太凶了 客户说要投诉他", "yto", "complaint A", cats=(5,))
R("Lan jie {A} thx", "jt", "intercept A", cats=(5,))
R("攔截 {A} 客戶不要了", "yunda", "intercept A", cats=(5,))
R("{A} 麻煩改地址 廣州市越秀區 中山五路 219號", "sf", "change_address A", cats=(5,))
R("{A} cuicui 买家急", "cainiao", "urge A", cats=(5,))
R("{A} tuihui 客户拒收", "jd", "intercept A", cats=(5,))
R("{A} pls check weight, charged 5kg but it's a T-shirt", "deppon", "weight A", cats=(5,))
R("{A} signed but buyer never got it. pls check", "ems", "verify_delivery A", cats=(5,))
R("嗯那个单号是{A}对然后就是买家说盒子破了里面东西也坏了你们登记一下", "yto", "damaged A", cats=(5,))
R("{A} 这件儿给截了 别让它到买家手上 买家退款了", "zto", "intercept A", cats=(5,))
R("{A} 咋回事 三四天了原地踏步", "sto", "delay A", cats=(5,))
R("{A} 投诉！快递员把件扔驿站门口就走了 买家气炸了", "yunda", "complaint A", cats=(5,))
R("{A} zhuanji 到 北京市西城区 金融大街 35号 国际企业大厦", NONE, "change_address A", cats=(5,), draw="sf")
R("{A} intercept & return, thx", NONE, "intercept A", cats=(5,), draw="jt")
R("{A} 咱就是说 这件能不能别送了 买家不要了 退回去", "cainiao", "intercept A", cats=(5,))
R("语音：那个啥 {A} 这个帮我撤一下单啊 还没来拿呢 买家不要了", "deppon", "cancel A", cats=(5,))

# ----------------------------------------------------------------------------------------------------------------
# Category 6: numbers broken by the chat client
# ----------------------------------------------------------------------------------------------------------------

R("{A:sp} 拦截 买家不要了", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("买家要退 {A:nl}\n拦一下", "jt", "intercept A", cf=True, cats=(6,))
R("{A:dash} 催一下", "zto", "urge A", cats=(6,))
R("{A:sp} 到哪了", "sto", "track A", cats=(6,))
R("{A:nl} 查下物流 客户在问", "jt", "track A", cats=(6,))
R("{A:fw} 拦截 客户拒收", "sf", "intercept A", cats=(6,))
R("{A:lc} 改地址 重庆市江北区 观音桥步行街 9号", "yto", "change_address A", cats=(6,))
R("{A:nl} 撤单 买家不要了", "cainiao", "cancel A", cf=True, cats=(6,))
R("EMS {A:sp} 显示妥投 客户没收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:nl} 改地址 新地址 苏州市姑苏区 人民路 1188号", "zto", "change_address A", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n这两个都拦截 买家退款了", "ems", "intercept A B", cats=(6,), draw="ems_s10")
R("{A:x} 催一下", "jt", "", nh=True, cats=(6,))
R("单号 {A:dash} 买家说破了", "deppon", "damaged A", cats=(6,))
R("{A:fw}　催件", "zto", "urge A", cats=(6,))
R("拦截 {A:sp}", "jd", "intercept A", cats=(6,))
R("{A:nl} 拦截\n{B} 催", "sto", "intercept A; urge B", cf=True, cats=(6, 7))
R("帮查下这个 {A:sp}", "ems", "track A", cats=(6,))
R("{A:cut} 改地址 武汉市武昌区 中南路 99号", "ems", "", nh=True, cats=(6,), draw="ems_s10")
R("买家：我的快递单号是 {A:sp} 怎么还不到\n帮催一下", "yunda", "urge A", cats=(3, 6))
R("{A:lc} {B:lc} 都拦截", "jt", "intercept A B", cats=(6,))
R("{A:sp} 改地址 北京市东城区 东直门南大街 5号", "ems", "change_address A", cats=(6,), draw="ems_s10")
R("{A:dash}\n买家说显示签收了没收到", "sf", "verify_delivery A", cats=(6,))
R("{A:nl} 退回 客户不要了", "deppon", "intercept A", cf=True, cats=(6,))
R("{A:fw} 到哪了？买家问", "yto", "track A", cats=(6,))
R("{A:cut} 催一下 买家急", "jd", "", nh=True, cats=(6,))
R("{A:lc} 丢了 找不到", "jd", "lost A", cats=(6,))
R("{A:sp} 撤单", "sto", "cancel A", cats=(6,))
R("买家发的单号 {A:dash} 不知道对不对 帮查下", "cainiao", "track A", cats=(6,))
R("{A:nl} 催件 谢谢", "yunda", "urge A", cats=(6,))
R("{A:sp} 超重了 核一下", "ems", "weight A", cats=(6,), draw="ems_s10")
R("{A:x} 拦截 买家退款了", "sf", "", nh=True, cats=(6,))

# ----------------------------------------------------------------------------------------------------------------
# Category 7: several parcels, positions, pasted tables
# ----------------------------------------------------------------------------------------------------------------

R("下面三个 买家都找我了\n{A}\n{B}\n{C}\n第一个退回 后面两个催件", "yto", "intercept A; urge B C", cats=(7,))
R("单号\t操作\t备注\n{A}\t拦截\t买家拒收\n{B}\t催件\t客户急用\n{C}\t改地址\t广州市番禺区 市桥街 西环路 58号", "zto",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上都拦截 今天直播间退款的", "jt", "intercept A B C D", cats=(7,))
R("{A} {B} 上面两个催件 {C} 这个改地址到 武汉市江汉区 解放大道 690号 武商广场", "sto",
  "urge A B; change_address C", cats=(7,))
R("1. {A} 拦截\n2. {B} 拦截\n3. {C} 查一下\n4. {D} 破损", "yunda", "intercept A B; track C; damaged D", cats=(7,))
R("{A}    拦截    买家退款\n{B}    拦截    地址错误\n{C}    催件", "sf", "intercept A B; urge C", cats=(7,))
R("今天的售后：\n{A} 退回\n{B} 退回\n{C} 改址 杭州市滨江区 网商路 699号\n{D} 催", "cainiao",
  "intercept A B; change_address C; urge D", cats=(7,))
R("这两个 一个拦截一个催件 {A} {B}", "jd", "", nh=True, cats=(7,))
R("{A} {B} {C} 中间那个拦截 其他两个不用管", "deppon", "intercept B", cats=(7,))
R("最后一个拦截 前面的都催\n{A}\n{B}\n{C}", "ems", "urge A B; intercept C", cats=(7,))
R("{A}、{B}、{C} 都是同一个买家的 全部拦截", "yto", "intercept A B C", cats=(7,))
R("运单号\t收件人\t电话\t处理\n{A}\t王磊\t{P}\t拦截\n{B}\t孙丽\t{P2}\t拦截", "zto", "intercept A B", cats=(4, 7))
R("买家一次拍了三单 分三个包裹\n{A}\n{B}\n{C}\n第二个显示签收但他没收到 其他两个催一下", "jt",
  "urge A C; verify_delivery B", cats=(7,))
R("{A} {B} 前面那个破了 后面那个丢了", "sto", "damaged A; lost B", cats=(7,))
R("上午发的这批都拦截：\n{A}\n{B}\n{C}\n{D}\n{E}", "yunda", "intercept A B C D E", cats=(7,))
R("圆通 {A} 拦截\n极兔 {B} 催件\n顺丰 {C} 查一下", NONE, "intercept A; urge B; track C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("{A} 拦截 {B} 改地址 成都市锦江区 春熙路东段 8号 {C} 撤单", "sf", "intercept A; change_address B; cancel C",
  cats=(7,))
R("第一个催 第二个退\n{A}\n{B}", "cainiao", "urge A; intercept B", cats=(7,))
R("序号 单号 问题\n1 {A} 买家拒收 退回\n2 {B} 地址写错 改到 长沙市开福区 芙蓉中路一段 478号\n3 {C} 三天没动 催件", "jd",
  "intercept A; change_address B; urge C", cats=(7,))
R("前两个拦截 后一个不用\n{A}\n{B}\n{C}", "deppon", "intercept A B", cats=(1, 7))
R("{A} 拦截 {B} 也是", "ems", "intercept A B", cats=(7,))
R("{A}\n{B}\n第一个买家说没收到但显示签收了 第二个买家说外箱破了 里面的东西也坏了 要赔", "yto",
  "verify_delivery A; claim B", cats=(7, 8))
R("这几个都是一个买家的 他全不要了\n{A}\n{B}\n{C}\n前两个还没揽收 撤单 最后一个已经发了 拦截", "zto",
  "cancel A B; intercept C", cats=(7,))
R("单号|问题|处理\n{A}|三天没动|催\n{B}|买家拒收|退回", "jt", "urge A; intercept B", cats=(7,))
R("{A} 和 {B} 拦截 {C} 和 {D} 催件", "sto", "intercept A B; urge C D", cats=(7,))
R("买家说这几单：\n{A} 收到了\n{B} 没收到但是显示签收\n{C} 还在路上\n麻烦第二个核实一下 第三个催一下", "yunda",
  "verify_delivery B; urge C", cats=(3, 7))
R("{A}\n{B}\n{C}\n都是同一个地址 买家搬家了 全部改到 青岛市崂山区 香港东路 195号 上实中心", "sf",
  "change_address A B C", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n{D} 催一下\n{E} 催一下", "cainiao", "intercept A B C; urge D E", cats=(7,))
R("京东 {A} 催\n德邦 {B} 退回 买家拒收", NONE, "urge A; intercept B", cats=(7,),
  draw={"A": "jd", "B": "deppon"})
R("{A}\t退回\n{B}\t退回\n{C}\t改址\t北京市大兴区 亦庄 荣华中路 22号\n{D}\t撤单", "jd",
  "intercept A B; change_address C; cancel D", cats=(7,))
R("这三个 第三个不用动 前面两个买家都说不要了 退回\n{A}\n{B}\n{C}", "ems", "intercept A B", cats=(1, 7))
R("日期\t单号\t买家问题\n5/20\t{A}\t没收到显示签收\n5/21\t{B}\t破损\n5/21\t{C}\t少件", "yto",
  "verify_delivery A; damaged B; lost C", cats=(4, 7))
R("{A}（拦截）{B}（催件）{C}（拦截）", "zto", "intercept A C; urge B", cats=(7,))

# ----------------------------------------------------------------------------------------------------------------
# Category 8: compound requests
# ----------------------------------------------------------------------------------------------------------------

R("{A} 压坏了 快递员还态度差 投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 丢了 要赔偿 还要投诉网点", "zto", "claim A; complaint A", cats=(8,))
R("{A} 拦截并投诉 快递员私自改了买家地址", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 客户要投诉", "sto", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉了", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 催一下 另外重量不对 核一下", "sf", "urge A; weight A", cats=(8,))
R("{A} 碎了 要理赔 快递员还不承认 投诉他", "cainiao", "claim A; complaint A", cats=(8,))
R("{A} 东西漏液了 把别人的件也弄脏了 登记破损 顺便投诉一下你们打包的", "jd", "damaged A; complaint A", cats=(8,))
R("{A} 延误+破损 客户收到的时候晚了三天 盒子还是烂的", "deppon", "delay A; damaged A", cats=(8,))
R("{A} 改地址 广州市海珠区 新港中路 397号 再帮催一下 客户急", "ems", "change_address A; urge A", cats=(8,))
R("{A} 重量不对 还要投诉揽件员乱收费", "yto", "weight A; complaint A", cats=(8,))
R("{A} 虚假签收 投诉快递员", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 破了 客户拒收了 退回 同时登记破损", "jt", "intercept A; damaged A", cats=(8,))
R("{A} 外箱破损 另外这个件三天才到 延误也登记一下", "sto", "damaged A; delay A", cats=(8,))
R("{A} 派送员态度差 东西也摔坏了 客户要求赔偿", "yunda", "claim A; complaint A", cats=(8,))
R("买家说：收到的货全是碎的 你们快递怎么运的！我要投诉！赔钱！\n{A} 帮登记理赔 投诉也登一下", "cainiao",
  "claim A; complaint A", cats=(3, 8))
R("{A} 买家说东西坏了 要求赔偿", "jd", "claim A", cats=(8,))
R("{A} 少件了 买家要赔 少了一瓶精华", "ems", "claim A", cats=(8,))
R("{A} 显示签收没收到 核实一下 另外快递员电话一直不接 投诉", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 这个件不动好几天了 延误登记 另外催一下", "jt", "delay A; urge A", cats=(8,))
R("{A} 压坏了 登记破损 我们不要赔偿 但是要投诉", "sto", "damaged A; complaint A", cats=(1, 8))
R("{A} 理赔申请了半个月没结果 投诉 并申请仲裁", "sf", "complaint A; arbitration A", cats=(8,))
R("{A} 买家退货寄回来的 外箱破了 里面的东西也碎了 我们要赔偿", "cainiao", "claim A", cats=(8,))
R("{A} 超重了 核一下 另外破损登记", "jd", "weight A; damaged A", cats=(8,))
R("{A} 改址 新地址 西安市碑林区 南大街 56号 另外这个件的重量也不对", "deppon", "change_address A; weight A",
  cats=(8,))
R("{A} 破损+丢件 一箱破了 另一箱没到", "ems", "damaged A; lost A", cats=(8,))
R("【买家】快递员把我的件扔在楼下 东西被人拿走了 我要你们赔！\n{A} 要求赔偿 并投诉派件员", "yto",
  "claim A; complaint A", cats=(3, 8))
R("{A} 延误五天 客户要退款 登记延误 再投诉一下转运中心", NONE, "delay A; complaint A", cats=(8,), draw="yto")
R("{A} 东西坏了 派件员还让客户先签收再验货 登记破损 投诉", NONE, "damaged A; complaint A", cats=(8,),
  draw="jd")

# more ordinary, mixed groups and carriers
R("{A} 改址 宁波市北仑区 新碶街道 明州路 515号 麻烦啦", NONE, "change_address A", draw="yto")
R("{A} 帮看看到哪了 买家说物流一直显示运输中", NONE, "track A", draw="deppon")
R("早 {A} 拦截 昨晚买家退款的", "cainiao", "intercept A")

if __name__ == "__main__":
    W.main()
