"""Writer "bf": the service desk of a small cloud warehouse (云仓 / 3PL).

Casting note: four clerks (小敏, 阿杰, 小周, 莉莉, sometimes 小吴) and their supervisors (陈姐, 何组长) at a cloud
warehouse that packs and ships for about twenty client shops (货主). Most of their traffic goes to one
multi-carrier group run by the local express hub (carrier null), where every number carries its carrier's prefix
(YT, JT, SF, JD, DPK, EMS S10); the all-digit carriers (中通, 申通, 韵达, 邮政, 菜鸟) and a few prefixed ones they
also reach in those carriers' own outlet groups. The clerks write in a fixed-ish house style: the client shop in
brackets first ("【小鹿家居】"), then the number and what to do, then the reason ("货主说…", "买家…"); some post
little forms (单号：/ 诉求：/ 备注：), rows pasted from the WMS or ERP with the client's order codes and SKU codes, and
several carriers in one message ("圆通的拦截 极兔的催"). Warehouse words: 截单 / 作废 / 面单作废 for a label printed
but not yet handed over, 出库, 交接, 揽收, 结算重量, 体积重, 货值. They chase weight and freight disputes with their own
scale readings, file lost and damaged claims with amounts, and now and then the supervisor puts a clerk's wrong
number or wrong command right (quoting the clerk, @-ing them, "更正："). A foreign-owned client (Nordic Home) is
relayed in English; a clerk on the floor sends voice-to-text; typing is fast, with the odd IME slip (览收, 该地址,
催建, 物留, 一些). About half their messages are plain requests.
"""

from harness import Writer

W = Writer("bf", seed=22061)
R = W.R


def N(text, exp="", cars="", nh=False, cf=False, cats=(0,)):
    """A message in the warehouse's multi-carrier group: ``cars`` gives each placeholder's carrier, in order."""
    R(text, None, exp, nh=nh, cf=cf, cats=cats, draw=dict(zip("ABCDEFGH", cars.split(), strict=False)))


# ---------------------------------------------------------------------------------------------------------------
# 0. plain requests in the multi-carrier group, one parcel
# ---------------------------------------------------------------------------------------------------------------
N("【小鹿家居】{A} 拦截退回，货主说买家申请了仅退款", "intercept A", "yto")
N("【禾木母婴】{A} 麻烦截回 买家拍错尺码了 我们重新补发", "intercept A", "jt")
N("【拾光小铺】{A} 还没揽收 截单，面单作废，谢谢", "cancel A", "sf")
N("【喵呜宠物】{A} 催一下 买家说家里猫粮快断顿了", "urge A", "yto")
N("【山野茶舍】{A} 改地址：浙江省杭州市余杭区五常街道文一西路1180号 收件人电话不变", "change_address A", "jd")
N("【柠檬日记】{A} 物流显示已签收 买家说没收到 麻烦核实下签收人", "verify_delivery A", "jt")
N("【木子良品】{A} 买家收到外箱压扁了 里面玻璃杯碎了两只 先登记一下", "damaged A", "sf")
N("【暖阳家纺】{A} 查下到哪了 买家在旺旺上一直问", "track A", "yto")
N("【一叶数码】{A} 在义乌中转四天没动了", "delay A", "jt")
N("【青禾美妆】{A} 网点说查无此件 应该是丢了 帮忙登记下", "lost A", "deppon")
N("【北岸户外】{A} 结算重量6kg 我们出库称的2.3kg 差太多了 麻烦核重", "weight A", "deppon")
N("【糖芽童装】{A} 投诉派件员 没打电话直接扔丰巢了 买家很生气", "complaint A", "yto")
N("【甜筒零食】{A} 和收件网点扯了一周了 谁也不认 申请仲裁", "arbitration A", "jt")
N("【知竹文具】{A} 麻烦加急 买家下周一开学要用", "urge A", "jd")
N("【栗子厨房】{A}", "track A", "sf")
N("【森屿香薰】{A} 不寄了 货主说这单取消 快递还没来揽", "cancel A", "sf")
N("【乐淘玩具】{A} 转寄到 江苏省苏州市工业园区星湖街328号 创意产业园7栋 刘女士收", "change_address A", "yto")
N("【简屋收纳】{A} 买家拒收 直接退回我们仓", "intercept A", "jt")
N("【白鸽鞋履】{A} 显示本人签收 买家说这两天人在外地 根本没签 帮忙查下谁签的", "verify_delivery A", "sf")
N("【橙意果园】{A} 三天了还在始发地 果子要坏了 催一下", "urge A", "sf")
N("【小鹿家居】{A} 面单打错了 还在仓里没交接 作废重打", "cancel A", "jt")
N("【禾木母婴】{A} 派送中两天了还没送到 催催", "urge A", "yto")
N("【喵呜宠物】{A} 猫砂袋子破了 漏了一箱 买家拍了照片", "damaged A", "jt")
N("【山野茶舍】{A} 改派 新地址 福建省福州市鼓楼区五四路158号环球广场 12楼 前台", "change_address A", "sf")
N("【柠檬日记】{A} 到哪了 买家说要赶周末穿", "track A", "jt")
N("【暖阳家纺】{A} 拦截 货主说地址错了", "intercept A", "sf")
N("【一叶数码】{A} 外包装完好 但是里面的耳机盒被压坏了", "damaged A", "jd")
N("【青禾美妆】{A} 精华液漏了 盒子都湿透了", "damaged A", "yto")
N("【北岸户外】{A} 帐篷一箱 显示到了转运中心就没信息了 快一周了 是不是丢了", "lost A", "deppon")
N("【糖芽童装】{A} 撤单 买家退款了 还没揽", "cancel A", "yto")
N("【甜筒零食】{A} 零食是要赶活动的 帮忙尽快派送", "urge A", "jt")
N("【知竹文具】{A} 这票货重量对不上 我们系统0.9 你们按3公斤收的", "weight A", "sf")
N("【栗子厨房】{A} 地址改为 广东省东莞市南城街道宏图路88号 收件人 陈先生", "change_address A", "jd")
N("【森屿香薰】{A} 香薰瓶碎了 买家说一开箱全是味", "damaged A", "sf")
N("【乐淘玩具】{A} 派送员态度太差 买家打电话问还被挂了 投诉", "complaint A", "jt")
N("【简屋收纳】{A} 麻烦查一下物流 货主问的", "track A", "deppon")
N("【白鸽鞋履】{A} 退回 买家说鞋码拍错了不要了", "intercept A", "yto")
N("【橙意果园】{A} 好几天没更新了 生鲜件等不起", "delay A", "sf")
N("【小鹿家居】{A} 显示已签收放门口 买家门口没有", "verify_delivery A", "jt")
N("【禾木母婴】{A} 在途丢失 网点已经承认了 麻烦登记", "lost A", "sf")
N("【拾光小铺】{A} 帮忙核个重 账单上3.5kg 明显不对", "weight A", "yto")
N("【喵呜宠物】{A} 拦回来 货主说发错口味了", "intercept A", "deppon")
N("【山野茶舍】{A} 申请仲裁 对方网点不认破损", "arbitration A", "jd")
N("【柠檬日记】{A} 这单别派了 退回仓库", "intercept A", "sf")
N("【木子良品】{A} 快递员揽收的时候摔箱子 我们仓库监控都拍到了 投诉", "complaint A", "jt")
N("【暖阳家纺】{A} 加急 买家婚房要用", "urge A", "jd")
N("【一叶数码】{A} 查件", "track A", "yto")
N("【青禾美妆】{A} 作废 货主那边重复下单了 这票没揽收", "cancel A", "jt")
N("【北岸户外】{A} 改地址 新地址：四川省成都市武侯区天府大道北段1700号 环球中心W6区", "change_address A", "sf")
N("【糖芽童装】{A} 卡在分拨三天了 一直没更新", "delay A", "yto")
N("【甜筒零食】{A} 签收了但是买家没收到 问了驿站也说没有", "verify_delivery A", "yto")
N("【知竹文具】{A} 找不到了 网点和中转都说没这个件", "lost A", "jt")
N("【栗子厨房】{A} 铸铁锅把手断了 外箱有明显砸痕", "damaged A", "deppon")
N("【森屿香薰】{A} 截件 货主说这个买家是恶意差评的 不给他发了", "intercept A", "yto")
N("【乐淘玩具】{A} 还没到吗 帮忙看看到哪了", "track A", "sf")
N("【简屋收纳】{A} 转寄 买家搬家了 新地址 天津市南开区鞍山西道与白堤路交口 时代数码大厦1门", "change_address A", "jd")
N("【白鸽鞋履】{A} 结算按体积重算的 鞋盒才33*22*12 不至于 核一下", "weight A", "sf")
N("【橙意果园】{A} 投诉快递员 买家让放门卫 他非要买家下楼自取 还骂人", "complaint A", "jt")
N("【小鹿家居】{A} 麻烦拦截一些 货主说发错颜色了", "intercept A", "jt")
N("【拾光小铺】{A} 还没览收 撤单", "cancel A", "yto")
N("【山野茶舍】{A} 帮忙查下物留", "track A", "jd")
N("【柠檬日记】{A} 买家说衣服被雨淋湿了 箱子都泡软了", "damaged A", "yto")
N("【木子良品】{A} 拦截退货 买家申请退款了 辛苦~", "intercept A", "sf")
N("【暖阳家纺】{A} 显示签收 快递柜也没有 买家问是不是送错了", "verify_delivery A", "jt")
N("【一叶数码】{A} 改派到买家公司 广东省广州市海珠区新港东路1068号 中洲中心南塔 前台", "change_address A", "yto")
N("【青禾美妆】{A} 还没揽的 作废掉", "cancel A", "jd")
N("【北岸户外】{A} 派送中好几天了都没派到", "delay A", "deppon")
N("【糖芽童装】{A} 催派 拜托了", "urge A", "jt")
N("【知竹文具】{A} 作业本 外箱湿了 本子都泡了", "damaged A", "sf")
N("【森屿香薰】{A} 帮忙核一下重量 我们电子秤称的1.4", "weight A", "yto")
N("【乐淘玩具】{A} 积木少了一盒 一票两盒到了一盒", "lost A", "jt")
N("【白鸽鞋履】{A} 地址写错了 退回重新发", "intercept A", "sf")
N("【橙意果园】{A} 加急加急 荔枝放不住", "urge A", "sf")
N("【简屋收纳】{A} 显示已签收 签收人写的门卫 门卫说没有", "verify_delivery A", "yto")
N("【小鹿家居】{A} 地址改为 北京市丰台区南四环西路188号 总部基地18区 收件人不变", "change_address A", "jd")
N("【禾木母婴】{A} 物流一直是已发货 没有揽收记录 麻烦查一下", "track A", "sf")
N("【拾光小铺】{A} 买家不要了 拦截", "intercept A", "deppon")
N("【喵呜宠物】{A} 不动了 三天了", "delay A", "jt")
N("【山野茶舍】{A} 茶具碎了一套", "damaged A", "yto")
N("【柠檬日记】{A} 投诉 快递员要求买家给好评才给送", "complaint A", "jt")
N("【糖芽童装】{A} 别派了 退回来", "intercept A", "yto")
N("【甜筒零食】{A}｜未揽收｜截单", "cancel A", "yto")
N("【简屋收纳】{A} 仲裁 破损责任网点不认 照片都发过去了", "arbitration A", "jt")
N("【乐淘玩具】运单 {A} 买家说快递员服务态度恶劣 要求投诉处理", "complaint A", "yto")

# little forms, the house style of two of the clerks
N("客户：小鹿家居\n单号：{A}\n问题：买家拒收\n处理：退回", "intercept A", "jt")
N("【禾木母婴】\n运单：{A}\n诉求：催派\n备注：买家连着问了三天", "urge A", "yto")
N("货主：木子良品｜运单：{A}｜诉求：查物流", "track A", "sf")
N("【暖阳家纺】\n单号：{A}\n异常：外箱破损 内物受潮\n诉求：登记破损", "damaged A", "jd")
N("客户：一叶数码\n单号：{A}\n状态：已揽收\n诉求：拦截退回 买家退款", "intercept A", "yto")
N("【青禾美妆】单号 {A} / 诉求 核实签收 / 买家称未收到", "verify_delivery A", "jt")
N("【北岸户外】\n运单号：{A}\n问题：结算重量与实际不符（实际18.5kg 结算32kg）\n诉求：核重", "weight A", "deppon")
N("货主：糖芽童装\n运单：{A}\n新地址：广西壮族自治区南宁市青秀区民族大道136号 华润大厦B座\n诉求：改址",
  "change_address A", "sf")
N("【知竹文具】\n单号：{A}\n情况：物流停在分拨中心5天\n诉求：登记延误", "delay A", "jt")
N("【白鸽鞋履】\n单号：{A}\n诉求：加急派送", "urge A", "sf")
N("货主：山野茶舍\n单号：{A}\n状态：未交接\n诉求：面单作废", "cancel A", "jd")
N("【喵呜宠物】\n运单：{A}\n问题：派件员不接电话 买家等了一天\n诉求：投诉", "complaint A", "sf")

# ---------------------------------------------------------------------------------------------------------------
# 0. several parcels, several carriers, in the multi-carrier group
# ---------------------------------------------------------------------------------------------------------------
N("【小鹿家居】以下拦截：\n{A}\n{B}\n{C}", "intercept A B C", "yto jt sf")
N("【禾木母婴】圆通 {A}\n极兔 {B}\n两个都催一下 都是老客户", "urge A B", "yto jt")
N("【木子良品】今天取消的三票 都没揽：{A}、{B}、{C} 辛苦作废", "cancel A B C", "sf jd yto")
N("【青禾美妆】{A}（顺丰）{B}（京东）帮忙查下到哪了", "track A B", "sf jd")
N("【暖阳家纺】\n{A} 拦截\n{B} 拦截\n都是今天上午出的 货主说库存标错了", "intercept A B", "yto yto")
N("【一叶数码】{A}\n{B}\n{C}\n这三个都在路上好几天没动 催一下", "urge A B C", "jt sf yto")
N("【森屿香薰】{A} 改地址 浙江省宁波市海曙区中山西路138号 天一广场旁\n{B} 催件", "change_address A; urge B", "sf jt")
N("【小鹿家居】{A} 拦截\n【禾木母婴】{B} 催件\n【喵呜宠物】{C} 查件", "intercept A; urge B; track C", "jt yto sf")
N("【北岸户外】德邦 {A} 丢了一箱 {B} 破了一箱 同一个买家的两票", "lost A; damaged B", "deppon deppon")
N("今日截单（小鹿家居）：\n{A}\n{B}\n都还在仓 未交接 全部作废", "cancel A B", "yto jt")
N("【甜筒零食】{A} {B} 两票都显示签收 买家一个都没收到", "verify_delivery A B", "yto yto")
N("【知竹文具】顺丰的 {A} 催一下\n圆通的 {B} 查下到哪了", "urge A; track B", "sf yto")
N("【青禾美妆】今天的异常件：\n{A} 破损\n{B} 丢件\n{C} 核重\n{D} 改地址 陕西省西安市雁塔区小寨东路126号 百隆广场",
  "damaged A; lost B; weight C; change_address D", "sf yto jt jd")
N("【小鹿家居】\n{A} 催\n{B} 催\n{C} 催\n{D} 这个拦截", "urge A B C; intercept D", "yto jt sf yto")
N("【栗子厨房】{A} {B}\n京东两票 都核下重 一口锅怎么会8公斤", "weight A B", "jd jd")
N("【乐淘玩具】极兔 {A} 顺丰 {B} 都是昨天出库的 物流一直没更新", "delay A B", "jt sf")

# ---------------------------------------------------------------------------------------------------------------
# 0. chit-chat, questions, things for a person
# ---------------------------------------------------------------------------------------------------------------
N("今天下午车几点到？我们这边大概八百多单 要不要多来一辆")
N("各位 今天截单时间改到下午四点 四点以后的单明天发")
N("收到 辛苦了")
N("明天端午节 网点正常揽收吗")
N("@陈姐 顺丰的车还没到 今天还来不来")
N("好的 谢谢小哥")
N("今天双十一预售开始出 单号多 大家贴单号注意别贴错群")
N("【小鹿家居】{A} 昨天报的拦截 成功了吗", "", "yto", nh=True)
N("【禾木母婴】{A} 改地址弄好了没 货主又在催我", "", "jt", nh=True)
N("拦截一单要收多少钱？货主问的 {A}", "", "sf", nh=True)
N("【喵呜宠物】拦截一下 单号等我找找", "", "", nh=True)
N("【北岸户外】{A} 这票月结账单上多了一笔保价费 货主说没选保价 这个找谁退", "", "deppon", nh=True)
N("【木子良品】{A} 这票帮忙开个发票", "", "sf", nh=True)
N("【一叶数码】{A} 能不能改成到付", "", "yto", nh=True)
N("【甜筒零食】{A} 催件的结果呢 都两天了没人回", "", "yto", nh=True)
N("【拾光小铺】{A} 到哪了 顺便问下 要是拦截的话来回运费谁出", "track A", "jt", nh=True)
N("【青禾美妆】{A} 理赔款什么时候到账 上周就报了", "", "jd", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# 0. plain requests in the carriers' own groups
# ---------------------------------------------------------------------------------------------------------------
R("【小鹿家居】{A} 拦截 买家地址填成老家的了", "zto", "intercept A")
R("【禾木母婴】{A} 催件 买家宝宝奶粉等着喝", "zto", "urge A")
R("【拾光小铺】{A} 还在仓里 没交接 撤单", "zto", "cancel A")
R("【喵呜宠物】{A} 到哪了", "zto", "track A")
R("【山野茶舍】{A} 茶叶罐压瘪了 买家拍了视频", "zto", "damaged A")
R("【柠檬日记】{A} 五天没更新了 一直显示运输中", "zto", "delay A")
R("【木子良品】{A} 改地址 新地址 湖北省武汉市洪山区珞喻路1037号 华中科技大学南大门 快递点", "zto", "change_address A")
R("【暖阳家纺】{A} 显示签收 买家没收到 核实一下", "zto", "verify_delivery A")
R("【一叶数码】{A} 核重 一个充电宝按2kg收的？", "zto", "weight A")
R("【青禾美妆】{A} 丢了 网点说找不到 登记遗失", "zto", "lost A")
R("【北岸户外】{A} 投诉 网点私自把件放到超市 没通知买家", "zto", "complaint A")
R("【暖阳家纺】{A} 麻烦退回 买家不要了", "zto", "intercept A")
R("【甜筒零食】{A} 催一下吧 两天没动了", "zto", "urge A")
R("【乐淘玩具】{A} 玩具车轮子压断了", "zto", "damaged A")
R("【简屋收纳】{A} 投诉 揽收员迟到两个小时 我们仓库等到晚上九点", "zto", "complaint A")
R("【糖芽童装】{A} 截回 买家退款了", "sto", "intercept A")
R("【甜筒零食】{A} 麻烦尽快派送 零食保质期短", "sto", "urge A")
R("【知竹文具】{A} 取消寄件 货主说先不发了 还没来揽", "sto", "cancel A")
R("【栗子厨房】{A} 查件 买家说地图上看不到轨迹", "sto", "track A")
R("【森屿香薰】{A} 蜡烛碎了三个", "sto", "damaged A")
R("【乐淘玩具】{A} 发错款了 拦截退回", "sto", "intercept A")
R("【简屋收纳】{A} 转寄到 山东省青岛市市南区香港中路10号 颐和国际A座", "sto", "change_address A")
R("【白鸽鞋履】{A} 一直没动 四天了", "sto", "delay A")
R("【一叶数码】{A} 这个呢", "sto", "track A")
R("【知竹文具】{A} 重量不对 帮忙复称", "sto", "weight A")
R("【白鸽鞋履】{A} 撤单 面单作废", "sto", "cancel A")
R("【小鹿家居】{A} 催一下 买家说再不到就退款", "yunda", "urge A")
R("【禾木母婴】{A} 麻烦拦截 买家重复下单了", "yunda", "intercept A")
R("【拾光小铺】{A} 物流到哪了 一直没派", "yunda", "track A")
R("【喵呜宠物】{A} 显示已签收 买家家里没人 谁签的？", "yunda", "verify_delivery A")
R("【山野茶舍】{A} 申请仲裁 破损判定网点一直推给我们包装问题", "yunda", "arbitration A")
R("【柠檬日记】{A} 改派到 北京市朝阳区望京街道阜通东大街6号 方恒国际C座", "yunda", "change_address A")
R("【木子良品】{A} 作废 没揽收", "yunda", "cancel A")
R("【暖阳家纺】{A} 被子一床 按8公斤算的运费 我们实际4.1 核重", "yunda", "weight A")
R("【青禾美妆】{A} 改地址 新地址 浙江省义乌市稠城街道工人西路22号", "yunda", "change_address A")
R("【栗子厨房】{A} 签收了 买家说没见到东西", "yunda", "verify_delivery A")
R("【橙意果园】{A} 完了 到现在还没动 水果要烂在路上了", "yunda", "delay A")
R("【小鹿家居】{A} 丢件 登记一下", "yunda", "lost A")
R("【山野茶舍】{A} 邮政的这个帮忙查一下 寄新疆的", "ems", "track A")
R("【北岸户外】{A} 寄西藏的 半个月了还没到 催一下", "ems", "urge A")
R("【知竹文具】{A} 退回 学校说地址不收快递", "ems", "intercept A")
R("【甜筒零食】{A} 十天没更新了", "ems", "delay A")
R("【北岸户外】{A} 改派 新地址：黑龙江省哈尔滨市南岗区西大直街92号", "ems", "change_address A")
R("【喵呜宠物】{A} 面单作废 货主临时不发了", "ems", "cancel A")
R("【糖芽童装】{A} 菜鸟的这票拦截 买家拒收了", "cainiao", "intercept A")
R("【乐淘玩具】{A} 催件", "cainiao", "urge A")
R("【简屋收纳】{A} 查下物流", "cainiao", "track A")
R("【禾木母婴】{A} 到哪了 宝妈急用", "cainiao", "track A")
R("【拾光小铺】{A} 买家说箱子破了 里面相框玻璃裂了", "cainiao", "damaged A")
R("【白鸽鞋履】{A} 拦截", "yto", "intercept A")
R("【小鹿家居】{A} 改地址 上海市闵行区七宝镇漕宝路3366号 万科广场 收件人不变", "yto", "change_address A")
R("【糖芽童装】{A} 催件 买家要的急", "yto", "urge A")
R("【禾木母婴】{A} 丢件了 都十天了 网点说在找 找了一周了", "jt", "lost A")
R("【山野茶舍】{A} 退回", "jt", "intercept A")
R("【拾光小铺】{A} 顺丰特快 还没揽收 取消", "sf", "cancel A")
R("【柠檬日记】{A} 到哪了 买家问", "sf", "track A")
R("【一叶数码】{A} 外箱完好 里面少了一个充电头", "jd", "lost A")
R("【木子良品】{A} 作废 还没来揽", "jd", "cancel A")
R("【北岸户外】{A} 大件 派送上楼要加钱？买家都投诉到我们这了 我们也投诉", "deppon", "complaint A")
R("【一叶数码】{A} 核重 按20kg收的 我们就一箱数据线", "deppon", "weight A")
R("【小鹿家居】\n{A}\n{B}\n{C}\n以上都拦截 货主那边活动链接挂错价了", "zto", "intercept A B C")
R("【青禾美妆】{A} {B} 催一下", "sto", "urge A B")
R("【知竹文具】{A} 撤单\n{B} 撤单\n都没揽", "yunda", "cancel A B")
R("今天几点截单？中通的车五点来还是六点来", "zto")

# ---------------------------------------------------------------------------------------------------------------
# 0. hedged (confirm) and conditions
# ---------------------------------------------------------------------------------------------------------------
N("【小鹿家居】{A} 要不先拦一下吧 货主说买家好像要退", "intercept A", "yto", cf=True)
N("【禾木母婴】{A} 可能要改地址 买家说下周搬家 新地址 江苏省常州市武进区湖塘镇花园街118号", "change_address A", "jt",
  cf=True)
N("【拾光小铺】{A} 看看能不能撤单 货主还没想好", "cancel A", "sf", cf=True)
N("【喵呜宠物】{A} 先拦着吧？我再跟货主确认下", "intercept A", "jd", cf=True)
N("【木子良品】{A} 拦截\n{B} 可能也要拦 等我问问", "intercept A B", "yto jt", cf=True)
N("【山野茶舍】{A} 好像要退回 买家在闹 你们先准备着", "intercept A", "sf", cf=True)
N("【北岸户外】{A} 拦截 不对 不拦 算了还是拦吧 我也说不好 货主电话打不通", "intercept A", "deppon", cf=True, cats=(2,))
N("【知竹文具】{A} 明天中午还没派就拦截", "intercept A", "jt")
R("【森屿香薰】{A} 如果还没签收就拦截", "zto", "intercept A")
R("【糖芽童装】{A} 要不撤了吧 好像还没揽", "sto", "cancel A", cf=True)
R("【甜筒零食】{A} 货主犹豫要不要退回 先拦下试试？", "yunda", "intercept A", cf=True)
N("【简屋收纳】{A} 改地址估计是要改的 买家说可能去 上海市长宁区延安西路1116号 等他确定", "change_address A", "yto",
  cf=True)

# ---------------------------------------------------------------------------------------------------------------
# 1. negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
N("【小鹿家居】{A} 拦截\n{B} 不用拦 买家联系上了 说还要", "intercept A", "yto jt", cats=(1,))
N("【柠檬日记】{A} 不用拦截了 买家又说要了", "", "jt", nh=True, cats=(1,))
N("【森屿香薰】{A} 不是不拦 是马上拦 货主已经给买家退款了", "intercept A", "sf", cats=(1,))
N("【北岸户外】{A} 不要退回 改派到 云南省昆明市五华区东风西路11号 买家换地方住了", "change_address A", "deppon", cats=(1,))
N("【喵呜宠物】{A} 先别催了 买家出差 下周才回", "", "yto", nh=True, cats=(1,))
N("【木子良品】{A} 拦截\n{B} 拦截\n{B} 算了 这个不拦了 买家已经签收了", "intercept A", "jt sf", cats=(1,))
N("【暖阳家纺】{A} {B} {C} 都催一下 {B}除外 那个买家说不急", "urge A C", "yto yto jt", cats=(1,))
N("【一叶数码】{A} 撤单的事取消 不撤了 正常发", "", "sf", nh=True, cats=(1,))
N("【禾木母婴】{A} 别拦了 也别退 让它正常派", "", "yto", nh=True, cats=(1,))
N("【拾光小铺】{A} 不用改地址了 原地址就行 买家搞错了", "", "jt", nh=True, cats=(1,))
N("【青禾美妆】{A} 理赔先不申请了 货主说跟买家私下协商好了", "", "yto", nh=True, cats=(1,))
N("【甜筒零食】{A} 拦截 不对 不拦截 催件 买家说还要", "urge A", "jt", cats=(1, 2))
N("【知竹文具】{A} 不是改地址 是直接退回", "intercept A", "sf", cats=(1,))
N("【简屋收纳】{A} {B} 两票都拦截 {A}不用了 刚问了买家还要", "intercept B", "jt sf", cats=(1,))
N("【白鸽鞋履】不用投诉了 {A} 买家说快递员已经道歉了", "", "jt", nh=True, cats=(1,))
N("【山野茶舍】{A} 不撤单了 已经揽收了 改成拦截", "intercept A", "yto", cats=(1, 2))
N("【小鹿家居】{A} 拦截 {B} 拦截 {C} 先不动 等货主回话", "intercept A B", "yto sf jt", cats=(1,))
N("【喵呜宠物】{A} 不是不催 是催了三次都没用 投诉", "complaint A", "jt", cats=(1,))
N("【禾木母婴】{A} 改址\n{A} 不改了 还是原地址", "", "sf", cats=(1,))
N("【一叶数码】{A} 这票不用核重了 货主说算了 差几块钱", "", "jd", nh=True, cats=(1,))
N("【暖阳家纺】{A} 不催了 改投诉 催了三天一点用没有", "complaint A", "yto", cats=(1, 2))
N("@小敏 别撤 {A} 这个是要发的 撤的是 {B}", "cancel B", "sf sf", cats=(1, 2))
N("【栗子厨房】{A} 别退回 买家又要了 改成加急派送", "urge A", "jd", cats=(1,))
N("【乐淘玩具】{A} 没揽收就撤单 {B} 不撤 那个已经在路上了 正常走", "cancel A", "yto yto", cats=(1,))
N("【柠檬日记】{A} 破损那个工单不用跟了 买家说没事 能用", "", "jt", nh=True, cats=(1,))
R("【小鹿家居】{A} 不要拦截 买家改主意了", "zto", "", nh=True, cats=(1,))
R("【森屿香薰】{A} {B}\n都不用催了 两个都签收了", "sto", "", nh=True, cats=(1,))
R("【橙意果园】{A} 不是不要 是要改地址 送到 浙江省嘉兴市南湖区中环南路1369号 买家换了小区", "yunda",
  "change_address A", cats=(1,))
R("【糖芽童装】{A} 拦截 {B} 不拦", "zto", "intercept A", cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# 2. corrections: supervisors putting a clerk's number or command right, self-corrections
# ---------------------------------------------------------------------------------------------------------------
N("@小敏 刚才那条单号发错了 不是{A:typo} 是{A} 拦截", "intercept A", "yto", cats=(2,))
N("【禾木母婴】{A} 撤单\n陈姐说这票上午就揽走了 撤不了 改拦截", "intercept A", "jt", cats=(2,))
N("【拾光小铺】{A} 催件 哦不对 要催的是 {B} 上一个已经签收了", "urge B", "sf sf", cats=(2,))
N("更正：上一条【喵呜宠物】的单号少打了一位 完整的是 {A} 麻烦拦截", "intercept A", "yto", cats=(2,))
N("【山野茶舍】{A} 改地址 江苏省南京市鼓楼区中山北路30号\n更正 门牌号打错了 是中山北路32号", "change_address A", "sf",
  cats=(2,))
N("【柠檬日记】{A} 拦截\n何组长说我单号抄错了 应该是 {B} 以这个为准", "intercept B", "jt jt", cats=(2,))
N("【木子良品】{A} 作废\n哦不对 这票已经揽收了 那就拦截退回", "intercept A", "yto", cats=(2,))
N("【暖阳家纺】{A} 催件 还是拦截吧 货主说买家退款了", "intercept A", "jt", cats=(2,))
N("@阿杰 你贴的{A}是德邦的单 这票走的京东 单号是{B} 核重核这个", "weight B", "deppon jd", cats=(2,))
N("何组长：@小周 你发的那个 {A:typo} 查无此单 正确单号 {A} 还是催件", "urge A", "sf", cats=(2,))
N("【一叶数码】{A} 丢件登记\n补充更正：不是丢了 买家找到了 外箱压坏了 改登记破损", "damaged A", "jd", cats=(2,))
N("【青禾美妆】{A} 改地址 不对 地址没错 是电话错了 收件人电话我一会儿发", "change_address A", "yto", nh=True,
  cats=(2,))
N("【北岸户外】{A} 撤单\n{B} 拦截\n更正：反了 {A}拦截 {B}撤单", "intercept A; cancel B", "deppon sf", cats=(2,))
N("【糖芽童装】{A}拦截 {B}拦截 {C}拦截\n主管说第二个不对 是 {D}", "intercept A C D", "yto yto jt yto", cats=(2, 7))
N("【甜筒零食】{A} 催件\n刚才的更正一下 不是催件 是查一下到哪了", "track A", "jt", cats=(2,))
N("【知竹文具】{A} 改派到 北京市海淀区中关村南大街5号 理工大学东门\n陈姐说东门不让快递进 改成北门收发室",
  "change_address A", "jd", cats=(2,))
N("引用 小吴：【栗子厨房】{A:typo} 破损\n单号错了 应该是{A}", "damaged A", "deppon", cats=(2, 3))
N("【乐淘玩具】{A} 撤单\n还是别撤了 货主说照常发", "", "jt", cats=(1, 2))
N("【简屋收纳】{A} 催一下 哦不 直接改地址吧 买家说公司那边没人收 改到 河南省郑州市金水区花园路39号 国贸中心",
  "change_address A", "yto", cats=(2,))
N("【白鸽鞋履】刚刚发的 {A:typo} 是我手滑 正确的是 {A}\n买家说没收到 显示签收", "verify_delivery A", "jt", cats=(2,))
N("组长更正小敏的：{A} 不是催件 是投诉 派件员辱骂买家", "complaint A", "sf", cats=(2,))
N("【禾木母婴】\n{A} 拦截\n{B} 拦截\n—— 更正：{B} 是另一个店的 不用管 只拦 {A}", "intercept A", "yto jt", cats=(1, 2))
N("@莉莉 {A} 核重那条撤回 我看错了 是另一票 {B} 重量不对", "weight B", "sf sf", cats=(2,))
N("【山野茶舍】{A} 改地址：广州市天河区体育西路189号 城建大厦\n更正一下 省份没写全 广东省广州市天河区体育西路189号 城建大厦18楼",
  "change_address A", "jd", cats=(2,))
N("陈姐：@阿杰 森屿香薰那票你发成 {A:typo} 了 是 {A} 截回 别搞错", "intercept A", "sf", cats=(2,))
N("【喵呜宠物】{A} 拦截 {B} 催件\n等下 弄反了 {A} 催 {B} 拦", "urge A; intercept B", "jt yto", cats=(2,))
N("【一叶数码】{A} 核重\n更正：这票是京东的 单号 {B} 上面那个是另一个店的别管", "weight B", "yto jd", cats=(2,))
N("【小鹿家居】{A} 改地址 新地址等货主发\n补充：新地址 上海市杨浦区国定路335号 二号楼", "change_address A", "sf",
  cats=(2,))
R("引用 小敏：【小鹿家居】{A:typo} 拦截\n这个单号不对 系统里是 {A} 拦这个", "zto", "intercept A", cats=(2, 3))
R("【拾光小铺】{A} 撤单 不对不对 已经揽了 拦截", "sto", "intercept A", cats=(2,))
R("何组长：{A} 不是丢件 买家那边已经收到了 是外箱破了 登记破损", "yunda", "damaged A", cats=(2,))

# ---------------------------------------------------------------------------------------------------------------
# 3. quotes: colleagues, the client shop, the bot's own replies
# ---------------------------------------------------------------------------------------------------------------
N("引用 快递助手：@云仓-小敏 {A} 拦截已提交，结果会第一时间通知您\n不用拦了 买家又说要了", "", "yto", nh=True,
  cats=(1, 3))
N("「快递助手：@云仓-阿杰 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n- - - - - - - - - - - - - - -\n撤单 {A}",
  "cancel A", "jt", cats=(3,))
N("「快递助手：@云仓-小周 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n买家说根本没收到 帮忙核实下签收",
  "verify_delivery A", "sf", cats=(3,))
N("回复 @快递助手：@云仓-莉莉 {A} 已为您催促派送，请耐心等待\n催了两天了还是没派 投诉派件网点", "complaint A", "yto",
  cats=(3,))
N("引用 小敏：【喵呜宠物】{A} 催件\n{B} 这个也催一下 同一个买家的", "urge B", "jt jt", cats=(3,))
N("引用 小敏：【禾木母婴】{A} 撤单\n这单已经揽收了 撤不了 直接拦截吧", "intercept A", "yto", cats=(2, 3))
N("「阿杰：【木子良品】{A} 拦截退回」\n- - - - - - - - - - - - - - -\n这单不拦了 改地址 广东省深圳市福田区深南大道6008号 特区报业大厦",
  "change_address A", "sf", cats=(1, 3))
N("「快递助手：@云仓-小敏 {A} 改址已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n改址成功了吗 买家问",
  "", "yto", nh=True, cats=(3,))
N("引用 快递助手：@云仓-小吴 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n货主要求赔偿 货值358",
  "claim A", "jd", cats=(3, 8))
N("「快递助手：@云仓-阿杰 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n确认 拦截",
  "intercept A", "jt", cats=(3,))
N("「快递助手：@云仓-莉莉 您的消息已转人工客服处理，请稍候」\n- - - - - - - - - - - - - - -\n人工在吗 {A} 这单急着拦截",
  "intercept A", "yto", cats=(3,))
N("【简屋收纳】{A} 拦截\n------------------\n上面是昨天发的 今天还显示派送中 到底拦没拦住", "", "jt", nh=True, cats=(3,))
N("引用 莉莉：【暖阳家纺】{A} {B} 催件\n第二个不用催了 已经签收 第一个继续催", "urge A", "sf yto", nh=True,
  cats=(1, 3, 7))
N("回复 @阿杰：【知竹文具】{A} 查件\n这单别查了 直接催 学校那边等着用", "urge A", "yto", cats=(2, 3))
N("「陈姐：北岸户外那票德邦大件{A} 问下什么时候到」\n- - - - - - - - - - - - - - -\n已经五天没动了 催一下", "urge A",
  "deppon", cats=(3,))
N("引用 快递助手：@云仓-小敏 {A} 撤单成功\n好的 谢谢", "", "sf", cats=(3,))
N("引用 小周：【糖芽童装】{A} 显示签收没收到\n{B} 也是 同一个小区 也帮忙核实下签收", "verify_delivery B", "yto yto",
  cats=(3,))
N("「小鹿家居 货主：这两单帮我拦一下 {A} {B}」\n- - - - - - - - - - - - - - -\n转给快递：以上两单拦截", "intercept A B",
  "yto jt", cats=(3,))
N("「货主-乐淘玩具：{A} 到了没」\n- - - - - - - - - - - - - - -\n帮查下这单到哪了", "track A", "sf", cats=(3,))
N("引用 快递助手：@云仓-阿杰 {A} 已为您登记延误工单，结果会第一时间通知您\n登记两天了没人联系 投诉你们客服", "complaint A",
  "jt", cats=(3,))
N("「快递助手：@云仓-小周 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n{B} 这个也拦截一下 同一批的",
  "intercept B", "yto sf", cats=(3,))
N("引用 小敏：【青禾美妆】{A} 拦截\n何组长：这票已经签收了拦不住 买家说收到的是破的 直接申请理赔 货值199", "claim A", "jd", cats=(2, 3, 8))
N("回复 @快递助手：@云仓-莉莉 {A} 已为您催促派送，请耐心等待\n好的", "", "jt", cats=(3,))
N("「货主-一叶数码：{A} 买家不要了 你们帮忙退回来」\n- - - - - - - - - - - - - - -\n@快递 这票拦截退回 谢谢", "intercept A",
  "sf", cats=(3,))
N("引用 阿杰：【白鸽鞋履】{A} 改地址 浙江省金华市婺城区八一北街288号\n地址对的 这单再加急一下", "urge A", "yto",
  cats=(3,))
N("「快递助手：@云仓-小敏 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n签收了？买家说压根没见到快递 核实一下",
  "verify_delivery A", "jt", cats=(3,))
R("引用 快递助手：@云仓-小敏 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那撤单", "zto", "cancel A",
  cats=(3,))
R("「小敏：【拾光小铺】{A} 拦截」\n- - - - - - - - - - - - - - -\n这个拦截了吗 货主问结果", "sto", "", nh=True, cats=(3,))
R("引用 快递助手：@云仓-莉莉 {A} 拦截已提交，结果会第一时间通知您\n{B} 也拦", "yunda", "intercept B", cats=(3,))

# ---------------------------------------------------------------------------------------------------------------
# 4. numbers that are not waybills: phones, platform orders, order and SKU codes, amounts, weights, dates
# ---------------------------------------------------------------------------------------------------------------
R("【小鹿家居】订单号 {O}\n运单 {A}\n买家要改地址：广东省佛山市顺德区大良街道南国东路8号 电话 {PN}", "zto",
  "change_address A", cats=(4,))
R("【禾木母婴】{A} 拦截 收件人 {PN} 打电话说不要了", "sto", "intercept A", cats=(4,))
R("【拾光小铺】平台单号{O} 对应快递{A} 催一下 买家催三遍了", "yunda", "urge A", cats=(4,))
R("【喵呜宠物】收件人{PN} 运单{A} 到哪了", "zto", "track A", cats=(4,))
R("【栗子厨房】{PN} 这个收件人的件拦截一下 单号货主没给", "sto", "", nh=True, cats=(4,))
R("【一叶数码】订单 {O} 的包裹拦截 快递单号我还在找", "yunda", "", nh=True, cats=(4,))
R("【木子良品】{A} 收件人电话改为 {PN}", "zto", "change_address A", nh=True, cats=(4,))
R("【暖阳家纺】{A} 改地址 新地址 河北省石家庄市长安区中山东路326号 张女士 {PN}", "sto", "change_address A",
  cats=(4,))
R("【青禾美妆】买家电话{PN}\n{A}\n显示签收 买家说没收到", "yunda", "verify_delivery A", cats=(4,))
R("【北岸户外】{O}\n{A}\n货主ERP里这单要撤 还没揽", "zto", "cancel A", cats=(4,))
R("【糖芽童装】{A} 买家 {PN} 说派送员一直不接电话 催一下", "zto", "urge A", cats=(4,))
R("【甜筒零食】订单{O}\n快递单号{A}\n收件人 {PN}\n麻烦查件", "cainiao", "track A", cats=(4,))
R("【知竹文具】{A} 改派 新收件人 李老师 {PN} 地址 湖南省长沙市岳麓区麓山南路932号 中南大学新校区", "ems",
  "change_address A", cats=(4,))
R("【森屿香薰】派件员电话 {PN} 一直打不通 {A} 催件", "sto", "urge A", cats=(4,))
R("【乐淘玩具】{PN} 是派件员的电话 态度很差 投诉 单号 {A}", "zto", "complaint A", cats=(4,))
R("【简屋收纳】{A} {B}\n收件人都是 {PN}\n两票一起派 催一下", "yunda", "urge A B", cats=(4,))
R("【白鸽鞋履】{A} 拦截 订单号{O} 买家已退款", "sto", "intercept A", cats=(4,))
R("【森屿香薰】尾号4471的拦截一下 货主就给了个尾号", "sf", "", nh=True, cats=(4,))
R("【禾木母婴】买家{PN}打电话来说 {A} 显示签收了 人在公司一直没离开 没人送过", "zto", "verify_delivery A", cats=(4,))
R("【喵呜宠物】{O} 这个订单发了两个包裹 {A} {B} 第一个拦截 第二个正常", "sto", "intercept A", cats=(4, 7))
R("【山野茶舍】{A} 收件人换成 王先生 {PN2} 地址不变 原来的 {PN} 打不通", "cainiao", "change_address A", nh=True,
  cats=(4,))
R("【小鹿家居】订单 {O} 买家 {PN} 要求改地址 运单{A} 新地址：江苏省南通市崇川区工农路111号 南通大厦", "yunda",
  "change_address A", cats=(4,))
N("【橙意果园】{A} 6月12号发的 今天6月18了还没到", "delay A", "sf", cats=(4,))
N("【一叶数码】{A} 按12.5kg计费 实际0.85kg 多扣了38.6元", "weight A", "jt", cats=(4,))
N("【小鹿家居】{A} SKU：XL-CZ-2031 落地灯 外箱破损 灯罩裂了", "damaged A", "jd", cats=(4,))
N("【简屋收纳】货主单号 JW20240611-0087 / 运单 {A} / 撤单 未揽收", "cancel A", "yto", cats=(4,))
N("【知竹文具】{A} 里面是200本练习本 重量11.2kg 你们按25kg算 麻烦核重", "weight A", "sf", cats=(4,))
N("【青禾美妆】出库单 CK0611-332 是两个包裹 {A} {B} 第二个拦截", "intercept B", "yto yto", cats=(4, 7))
N("【森屿香薰】波次 W0611-05 里的 {A} 揽收扫描没有 查一下到哪了", "track A", "sf", cats=(4,))
N("【栗子厨房】{A} 商品编码 LZ-PAN-28CM 28cm不粘锅 改地址 浙江省绍兴市越城区解放北路550号", "change_address A",
  "jd", cats=(4,))
N("【糖芽童装】{A} 2件套 货号 TY-2309-110 尺码110 买家说只收到上衣 裤子没有", "lost A", "yto", cats=(4,))
N("【北岸户外】{A} 11月3号交接的 到今天11月9号没有任何更新", "delay A", "deppon", cats=(4,))
N("【乐淘玩具】{A} 首重1kg续重0.5kg 我们一个盲盒0.3kg 账单收了4kg的钱 核重", "weight A", "jt", cats=(4,))
N("【白鸽鞋履】客户订单 BG0612-019 ×2双 {A} 撤单 还没揽收 18:00前能撤吗", "cancel A", "sf", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# 5. other ways of writing the commands: English client, pinyin, shorthand, voice-to-text, IME slips
# ---------------------------------------------------------------------------------------------------------------
N("【Nordic Home】{A} please intercept, the customer cancelled the order", "intercept A", "sf", cats=(5,))
N("【Nordic Home】{A} where is it? customer keeps asking", "track A", "yto", cats=(5,))
N("【Nordic Home】{A} change address to: 上海市静安区南京西路1266号 恒隆广场二期 15F", "change_address A", "sf",
  cats=(5,))
N("【Nordic Home】{A} {B} urgent pls, customers waiting", "urge A B", "sf yto", cats=(5,))
N("【Nordic Home】{A} damaged on arrival, glass vase broken, please claim compensation, value 480 rmb", "claim A", "jd",
  cats=(5, 8))
N("【Nordic Home】{A} not picked up yet, cancel the order please", "cancel A", "jt", cats=(5,))
N("【小鹿家居】{A} lanjie 货主说的", "intercept A", "jt", cats=(5,))
N("【喵呜宠物】{A} cuijian 买家急", "urge A", "yto", cats=(5,))
N("【禾木母婴】{A} gaizhi 新地址：安徽省合肥市蜀山区长江西路189号", "change_address A", "sf", cats=(5,))
N("小鹿家居的那个圆通的单号是{A}帮我拦截一下啊货主说买家不要了退款了", "intercept A", "yto", cats=(5,))
N("语音转文字：禾木母婴那个极兔{A}催一下那个买家说明天就要用", "urge A", "jt",
  cats=(5,))
N("【一叶数码】{A} cancel 还没pick up", "cancel A", "sf", cats=(5,))
N("【北岸户外】{A} 拦", "intercept A", "deppon", cats=(5,))
N("【小鹿家居】{A} chedan 没揽", "cancel A", "yto", cats=(5,))
N("【糖芽童装】{A} hezhong 账单按3kg 实际1kg不到", "weight A", "jt", cats=(5,))
N("【橙意果园】{A} 水果全捂烂了 要赔钱 货值一百二", "claim A", "sf", cats=(5, 8))
N("语音：木子良品的顺丰{A}这个件啊显示签收了但是买家说没拿到你们帮忙核实一下谢谢", "verify_delivery A", "sf",
  cats=(5,))
N("【喵呜宠物】{A} 催建 买家天天问", "urge A", "sf", cats=(5,))
N("【禾木母婴】{A} 该地址 新地址：上海市徐汇区漕溪北路88号 圣爱大厦", "change_address A", "sf", cats=(5,))
N("【柠檬日记】{A} 催！！！", "urge A", "jt")
N("语音转文字：森屿香薰那个京东的{A}那个包裹破了蜡烛都碎了登记一下破损", "damaged A", "jd", cats=(5,))
N("【知竹文具】{A} 截胡一下 别让它派了 退回来", "intercept A", "yto", cats=(5,))
R("【小鹿家居】{A} 拦截拦截拦截 急！！", "zto", "intercept A", cats=(5,))
R("【Nordic Home】{A} lost? no update for 10 days", "sto", "lost A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken by the chat client or mistyped
# ---------------------------------------------------------------------------------------------------------------
N("【山野茶舍】邮政 {A:sp} 拦截 买家不要了", "intercept A", "ems_s10", cats=(6,))
N("【小鹿家居】{A:nl} 拦截 货主刚通知的", "intercept A", "yto", cf=True, cats=(6,))
N("【禾木母婴】{A:cut} 催件 买家等着穿", "", "jt", nh=True, cats=(6,))
N("【拾光小铺】{A:x} 撤单 没揽", "", "sf", nh=True, cats=(6,))
N("【喵呜宠物】{A:lc} 查一下 买家问了好几次了", "track A", "yto", cats=(6,))
N("【柠檬日记】{A:fw} 催一下", "urge A", "jt", cats=(6,))
N("【木子良品】{A:dash} 改地址 重庆市渝中区解放碑民权路28号 英利国际金融中心", "change_address A", "sf", cats=(6,))
N("【暖阳家纺】{A:nl} 催件 买家急用", "urge A", "yto", cats=(6,))
N("【一叶数码】{A:sp} 查下物流", "track A", "jt", cats=(6,))
N("【青禾美妆】\n{A}\n{B:nl}\n两个都拦截", "intercept A B", "yto sf", cf=True, cats=(6,))
N("【北岸户外】{A:cut} 丢件\n{B} 破损", "damaged B", "yto deppon", nh=True, cats=(6,))
N("【糖芽童装】{A:sp} 邮政国际件 到哪了", "track A", "ems_s10", cats=(6,))
N("【甜筒零食】{A:nl} 作废 还在仓库", "cancel A", "jt", cf=True, cats=(6,))
N("【知竹文具】{A:x} 拦截 买家退款", "", "yto", nh=True, cats=(6,))
N("【栗子厨房】{A:fw}\n{B:fw}\n都核下重", "weight A B", "sf jd", cats=(6,))
N("【森屿香薰】{A:nl}\n改地址 浙江省温州市鹿城区车站大道577号 财富中心", "change_address A", "sf", cf=True, cats=(6,))
N("【乐淘玩具】单号是{A:sp} 显示签收 买家没收到", "verify_delivery A", "ems_s10", cats=(6,))
N("【白鸽鞋履】{A:lc} {B:lc} 两个都催", "urge A B", "jt yto", cats=(6,))
N("【简屋收纳】{A:dash} 退回 买家拒收", "intercept A", "ems_s10", cats=(6,))
N("【橙意果园】{A:cut} 破损 货值260 要理赔", "", "jt", nh=True, cats=(6, 8))
N("【小鹿家居】{A} 拦截\n{B:nl} 催件", "intercept A; urge B", "jt yto", cats=(6,))
R("【小鹿家居】{A:nl} 拦截退回", "zto", "intercept A", cf=True, cats=(6,))
R("【禾木母婴】{A:sp} 帮忙催一下派送", "sto", "urge A", cats=(6,))
R("【喵呜宠物】{A:dash} 破损 罐头压瘪好几个", "ems", "damaged A", cats=(6,))
R("【糖芽童装】{A:fw} 撤单", "cainiao", "cancel A", cats=(6,))
R("【木子良品】{A:nl}\n改派 新地址 江西省九江市浔阳区庐山北路50号", "yunda", "change_address A", cf=True, cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# 7. lists, positions, rows pasted from the WMS / ERP, commands by carrier
# ---------------------------------------------------------------------------------------------------------------
N("店铺\t运单号\t处理\n小鹿家居\t{A}\t拦截\n小鹿家居\t{B}\t催件\n禾木母婴\t{C}\t查件", "intercept A; urge B; track C",
  "yto jt sf", cats=(7,))
N("【木子良品】\n1. {A}\n2. {B}\n3. {C}\n1和3拦截 2催一下", "intercept A C; urge B", "yto jt sf", cats=(7,))
N("【暖阳家纺】{A} {B} {C} {D}\n圆通的两个拦截 极兔的催", "intercept A C; urge B D", "yto jt yto jt", cats=(7,))
N("货主\t订单号\t运单号\t快递\t要求\n一叶数码\tYS0611-021\t{A}\t顺丰\t撤单\n一叶数码\tYS0611-022\t{B}\t京东\t撤单\n"
  "知竹文具\tZZ0611-105\t{C}\t圆通\t催件", "cancel A B; urge C", "sf jd yto", cats=(4, 7))
N("【北岸户外】这三票 {A} {B} {C} 第一票核重 后两票拦截", "weight A; intercept B C", "deppon deppon sf", cats=(7,))
N("【糖芽童装】\n{A}\n{B}\n{C}\n上面三个最后一个不用管 前两个催件", "urge A B", "yto yto jt", cats=(1, 7))
N("【甜筒零食】{A} 拦截 {B} 同上 {C} 催件", "intercept A B; urge C", "jt jt yto", cats=(7,))
N("单号                  快递    处理\n{A}      圆通    拦截\n{B}      极兔    改地址见备注\n"
  "备注：江苏省无锡市梁溪区中山路531号 无锡大东方百货", "intercept A; change_address B", "yto jt", cats=(7,))
N("【栗子厨房】{A}、{B}、{C} 以上都拦截 货主说这批有质量问题 召回", "intercept A B C", "sf jd yto", cats=(7,))
N("【森屿香薰】\n①{A}\n②{B}\n③{C}\n②③催件 ①显示签收没收到", "urge B C; verify_delivery A", "sf yto jt", cats=(7,))
N("【乐淘玩具】{A} {B} 一个拦截一个催件 哪个是哪个我问下货主再说", "", "yto sf", nh=True, cats=(7,))
N("【简屋收纳】顺丰 {A}\n圆通 {B} {C}\n京东 {D}\n顺丰和京东的撤单 圆通的都拦截", "cancel A D; intercept B C",
  "sf yto yto jd", cats=(7,))
N("【白鸽鞋履】上面那两票也拦截", "", "", nh=True, cats=(7,))
N("今日汇总（禾木母婴）\n已揽收未到：{A} {B} → 催件\n未揽收：{C} → 撤单\n签收没收到：{D} → 核实",
  "urge A B; cancel C; verify_delivery D", "yto jt sf jd", cats=(7,))
N("【喵呜宠物】\n{A}\n{B}\n{C}\n{D}\n{E}\n都是昨天的 除了第四个要改地址 其他都催一下\n第四个新地址：辽宁省沈阳市和平区太原北街86号",
  "urge A B C E; change_address D", "yto yto jt sf jt", cats=(7,))
N("序号 货主 运单 操作\n1 小鹿家居 {A} 截回\n2 小鹿家居 {B} 截回\n3 木子良品 {C} 作废(未揽)", "intercept A B; cancel C",
  "yto jt sf", cats=(7,))
N("【柠檬日记】{A} {B} {C} 后面两个拦截 第一个先别动", "intercept B C", "jt jt yto", cats=(7,))
N("【一叶数码】\n{A} 京东\n{B} 顺丰\n{C} 圆通\n{D} 极兔\n中间两个核重 头尾两个催", "weight B C; urge A D",
  "jd sf yto jt", cats=(7,))
N("SKU\t数量\t运单\t异常\nQH-FD-01\t2\t{A}\t破损\nQH-FD-02\t1\t{B}\t丢件\nQH-LS-07\t3\t{C}\t破损",
  "damaged A C; lost B", "yto yto sf", cats=(4, 7))
N("【知竹文具】{A} {B} {C} {D} 全部拦截 第三个除外 第三个改地址 学校换了校区 新地址 安徽省芜湖市弋江区文津西路8号",
  "intercept A B D; change_address C", "yto jt sf yto", cats=(1, 7))
N("【木子良品】圆通三票：{A} {B} {C}\n极兔一票：{D}\n圆通的都查下到哪了 极兔那票拦截", "track A B C; intercept D",
  "yto yto yto jt", cats=(7,))
N("拦截清单 6/13\n小鹿家居 {A}\n禾木母婴 {B}\n禾木母婴 {C}\n白鸽鞋履 {D}\n以上全部拦截退回我仓", "intercept A B C D",
  "yto jt sf yto", cats=(7,))
N("【青禾美妆】{A} {B}\n前一个退回\n后一个改派 湖北省宜昌市西陵区东山大道95号", "intercept A; change_address B",
  "sf jd", cats=(7,))
R("运单号\t收件人电话\t处理\n{A}\t{PN}\t拦截\n{B}\t{PN2}\t催件", "zto", "intercept A; urge B", cats=(4, 7))
R("【小鹿家居】\n{A}\n{B}\n{C}\n第二个核重 其他两个查下到哪了", "sto", "weight B; track A C", cats=(7,))
R("【木子良品】{A} {B} 前一个拦截 后一个撤单 后一个没揽收", "yunda", "intercept A; cancel B", cats=(7,))
R("【甜筒零食】\n1、{A}\n2、{B}\n3、{C}\n2号拦截 1号3号催件", "zto", "intercept B; urge A C", cats=(7,))
R("【禾木母婴】{A} {B} {C} 这三个哪个是拦截的我忘了 等下再发", "sto", "", nh=True, cats=(7,))

# ---------------------------------------------------------------------------------------------------------------
# 8. compound: claims with amounts, damage with complaint, several intents a parcel
# ---------------------------------------------------------------------------------------------------------------
N("【暖阳家纺】{A} 四件套被划破 要求赔偿 按售价239赔", "claim A", "yto", cats=(4, 8))
N("【木子良品】{A} 破了 而且快递员态度极差 投诉", "damaged A; complaint A", "jt", cats=(8,))
N("【一叶数码】{A} 破损 要赔 另外投诉派件员 暴力分拣", "claim A; complaint A", "sf", cats=(8,))
N("【小鹿家居】{A} 拦截 顺便投诉一下揽收员 漏扫导致晚发一天", "intercept A; complaint A", "yto", cats=(8,))
N("【北岸户外】{A} 核重 再催一下", "weight A; urge A", "deppon", cats=(8,))
N("【糖芽童装】{A} 延误三天 买家要投诉", "delay A; complaint A", "jt", cats=(8,))
N("【青禾美妆】{A} 丢了 申请理赔 同时申请仲裁 网点一直拖着", "claim A; arbitration A", "sf", cats=(8,))
N("【橙意果园】{A} 整箱烂了 拒收退回 并且要求赔偿", "intercept A; claim A", "sf", cats=(8,))
N("【森屿香薰】{A} 香薰漏液 先登记破损 货主后面再决定要不要理赔", "damaged A", "sf", cats=(8,))
N("【栗子厨房】{A} 少件 一箱两口锅到了一口 货值168 要赔", "claim A", "jd", cats=(4, 8))
N("【乐淘玩具】{A} 改地址 河南省洛阳市西工区中州中路288号 再加急", "change_address A; urge A", "sf", cats=(8,))
N("【白鸽鞋履】{A} 催一下 买家已经投诉到平台了", "urge A; complaint A", "jt", cats=(8,))
N("【甜筒零食】{A} 外箱破了 零食撒一地 派件员还说不关他事 投诉+理赔 货值87", "claim A; complaint A", "jt",
  cats=(4, 8))
N("【知竹文具】{A} 拦截并投诉 揽收员把货主的箱子扔地上", "intercept A; complaint A", "yto", cats=(8,))
N("【禾木母婴】{A} 奶粉罐凹了 投诉 要赔", "claim A; complaint A", "sf", cats=(8,))
N("【拾光小铺】{A} 核重 这票按4.6kg收的 另外查下到哪了", "weight A", "yto", cats=(8,))
N("【柠檬日记】{A} 破损 买家拒收了 退回来 同时登记破损", "intercept A; damaged A", "jt", cats=(8,))
N("【暖阳家纺】{A} 超重补款了12元 核重 同时投诉 网点没称就报重量", "weight A; complaint A", "yto", cats=(4, 8))
N("【一叶数码】{A} 丢件 理赔 货值3299 有保价", "claim A", "jd", cats=(4, 8))
N("【北岸户外】{A} 帐篷杆断了 申请理赔 两千一", "claim A", "deppon", cats=(4, 8))
N("【北岸户外】{A} 丢件 货值1299元 申请理赔 发票可以提供", "claim A", "deppon", cats=(4, 8))
N("【暖阳家纺】{A} 3件套 货值459 丢了 申请赔偿", "claim A", "yto", cats=(4, 8))
N("【白鸽鞋履】{A} 货号 BG-2239 37码 买家收到鞋盒压扁了 理赔 按299赔", "claim A", "jt", cats=(4, 8))
N("【山野茶舍】{A} 茶饼碎成渣了 登记破损 顺便投诉 揽收员当着我们面扔的", "damaged A; complaint A", "jd", cats=(8,))
N("【小鹿家居】{A} 丢件理赔 货值680\n{B} 破损理赔 货值220", "claim A B", "sf jt", cats=(4, 8))
N("【栗子厨房】\n单号：{A}\n问题：丢件\n备注：仅做登记 暂不理赔", "lost A", "jd", cats=(8,))
N("【知竹文具】{A} 核实签收 再投诉派件员乱签", "verify_delivery A; complaint A", "sf", cats=(8,))
R("【小鹿家居】{A} 茶几玻璃碎了 理赔 货值560 买家 {PN}", "zto", "claim A", cats=(4, 8))
R("【禾木母婴】{A} 丢了 理赔 订单 {O} 货值298", "sto", "claim A", cats=(4, 8))
R("【青禾美妆】{A} 催件 催了三天了 投诉这个网点", "yunda", "urge A; complaint A", cats=(8,))
R("【橙意果园】{A} 要理赔 芒果全烂了 货值186", "sto", "claim A", cats=(4, 8))
R("【甜筒零食】{A} 破损 投诉", "cainiao", "damaged A; complaint A", cats=(8,))
R("【北岸户外】{A} 遗失 申请赔偿 同时投诉 网点一直说在找", "ems", "claim A; complaint A", cats=(8,))
R("【乐淘玩具】{A} 改地址 新地址 广东省中山市石岐区孙文东路23号 改完帮忙催一下", "yunda", "change_address A; urge A",
  cats=(8,))

if __name__ == "__main__":
    W.main()
