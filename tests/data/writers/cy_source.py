"""Writer cy: the after-sales team of a live-streaming clothing and cosmetics seller, the day after a big show.

Casting note. 木槿MUJIN sells women's clothing (羊绒大衣, 德绒打底, 短款羽绒服, 阔腿裤, 针织开衫, 半身裙) and its own
cosmetics line (口红 #316 #999, 气垫 01/02, 精华, 面霜, 香水, 眼影盘) in a 抖音 live room hosted by 七七. On the
evening of 5 December the anniversary show (周年庆大场, 20:00 to 02:00) sold some 9,300 orders; clothing ships from
the 杭州九堡 warehouse (仓管 老周) by ZTO, YTO, J&T, Yunda and STO, cosmetics from the 广州白云 太和 warehouse (阿芳)
by SF, J&T, YTO and EMS. The next day refunds come in waves: 仅退款 (shipped or not), 退货退款, 拒收, 极速退款, and
the platform's clocks run: 48 hours to upload an intercept receipt, 72 hours to sign, signed-not-received disputes
with 签收凭证 to supply, 体验分 and penalties for 虚假发货. The after-sales desk writes in the outlets' WeCom and
DingTalk groups: 售后主管 Vivi, the day shift 糖糖 and 阿杰, the night shift 小鹿 and 豆豆 who hand over at 09:00
(交接), the new hire 阿杰 who does not know yet what was sent before him, 运营 Kevin who writes a little English.
They write terse work shorthand (拦, 催, 核实, lj, cj), paste batches of numbers with exceptions, export rows from
the 抖店 after-sales backend with order numbers (19 digits), 售后单号, buyers' phones, amounts and SKU codes
(MJ2311-07 驼色 L), describe screenshots ([图片], 截图里显示…), quote each other, the anchor, the buyers and the
outlet's bot, correct each other, withdraw intercepts when a buyer cancels the refund, and ask after earlier
requests, fees and payouts. Most of what they send is ordinary: intercept these, hurry those, check that one.
"""

from harness import Writer

W = Writer("cy", seed=6700417)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule


def wq(who: str, text: str) -> str:
    """A WeCom quote of ``who`` saying ``text``, then the rule."""
    return f"「{who}：{text}」\n{Q}\n"


# ---------------------------------------------------------------- 0: intercepts for refunds
R("{A} 仅退款已同意 拦截退回", "zto", "intercept A")
R("昨晚直播的单 {A} 买家退款了 麻烦拦截", "yto", "intercept A")
R("拦截 {A}", "jt", "intercept A")
R("{A}\n{B}\n{C}\n以上已退款 拦截退回 谢谢", "zto", "intercept A B C", cats=(7,))
R("你好 这几单买家都申请仅退款了 平台已经自动同意 麻烦帮拦一下\n{A}\n{B}\n{C}\n{D}", "yunda", "intercept A B C D",
  cats=(7,))
R("{A} 拦截 买家拍错尺码了 重新拍了一单", "sto", "intercept A")
R("{A} 截回 订单号{O} 已退款", "zto", "intercept A", cats=(4,))
R("麻烦拦截退回：{A}（羊绒大衣 驼色 L 买家仅退款）", "yto", "intercept A")
R("@中通九堡客服 {A} {B} 退回 都是退款单", "zto", "intercept A B")
R("{A} 别派了 退回九堡仓 买家退款了", "jt", "intercept A")
R("{A} 这个退回 买家说等不及了 在别家买了", "yunda", "intercept A")
R("售后小鹿：{A} 拦截，退款原因 不想要了，谢谢", "zto", "intercept A")
R("{A} 买家拒收 直接退回就行", "sto", "intercept A")
R("{A} 拦截 急 今天18点前要上传拦截凭证 不然平台判我们", "yto", "intercept A", cats=(4,))
R("早 今天第一批退款的拦截👇\n{A}\n{B}\n{C}\n{D}\n{E}", "zto", "intercept A B C D E", cats=(7,))
R("{A} 拦一下 气垫色号发错了 买家要的01象牙白 发成02了", "sf", "intercept A")
R("{A} 口红#316发成#999了 拦截回来 我们重发", "sf", "intercept A")
R("这单退回 {A} 买家重复下单了 另一单已经签收", "jt", "intercept A")
R("{A} 请拦截 退款金额¥259 已退", "zto", "intercept A", cats=(4,))
R("还有一单 {A} 也拦了吧 一样是退款的", "zto", "intercept A")
R("{A} 麻烦截件 买家地址默认的老家 人不在 让退回来重新拍", "sto", "intercept A")
R("帮忙拦截：\n1. {A}\n2. {B}\n3. {C}\n都是昨晚福袋款 买家仅退款", "yto", "intercept A B C", cats=(7,))
R("{A} 退回 这个包裹里两件 买家全退了", "jt", "intercept A")
R("晚班豆豆：{A} 凌晨3点买家退款的 需要拦截 夜里发了没人回 再发一遍", "zto", "intercept A")
R("{A} {B} 拦截 同一个买家两单 都退了", "yunda", "intercept A B")
R("老师 {A} 还能拦吗 买家刚退款", "yto", "intercept A")
R("九堡仓发出的 {A} 截一下 退回 备注：大场订单 仅退款", "zto", "intercept A")
R("麻烦退回这个件 {A} 买家说不想要了 钱已经退了", "sto", "intercept A")
R("Vivi让我发的 {A} {B} {C} 三个拦截退回", "zto", "intercept A B C")
R("{A} 拦截\n{B} 拦截\n两家的 都是退款单", None, "intercept A B", draw={"A": "yto", "B": "jt"})
R("{A} 退回来吧 买家说颜色跟直播间看的不一样 不要了", "yunda", "intercept A")
R("这批都是下午退款的 帮忙拦截 谢谢\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}", "yto", "intercept A B C D E F", cats=(7,))
R("{A} 还没派送的话拦回来", "jt", "intercept A")
R("{A} 如果还没签收就拦截 买家已退款", "zto", "intercept A")
R("{A} 买家申请了仅退款 平台规则48小时内没有拦截凭证就自动退款 麻烦尽快拦", "yto", "intercept A", cats=(4,))
R("{A} 退回 白云仓 收件人阿芳", "sf", "intercept A")
R("{A} 麻烦拦截 买家极速退款了 钱都到账了 货不能再送过去", "jt", "intercept A")
R("中通的麻烦看下 {A} 拦截退回 订单备注写的拦截", "zto", "intercept A")
R("拦截几单 都是昨晚大场的\n{A} 仅退款\n{B} 仅退款\n{C} 拒收", "yunda", "intercept A B C", cats=(7,))
R("{A}这个帮忙退回一下哈 买家说尺码拍大了 不要了", "sto", "intercept A")
R("{A} 拦截！！买家退款的 快递员别送了", "zto", "intercept A")
R("再补两单拦截 {A} {B}", "jt", "intercept A B")
R("{A} 拦截退回 发错货了 羽绒服发成了马甲", "yto", "intercept A")
R("您好 麻烦您帮忙拦截一下 {A} 这个是周年庆活动的订单 买家申请退款 已经同意了 谢谢您", "sf", "intercept A")
R("@圆通下沙 {A} 帮忙拦一下 订单取消了", "yto", "intercept A")
R("{A} 拦回 仓库少装了一件 整单重发", "zto", "intercept A")
R("{A} 这单买家地址写的是学校 放假了没人收 拦截退回", "yunda", "intercept A")
R("{A} 拦截退回 买家申请了退货退款 还没收到货 我们直接拦回来 省得来回运费", "jt", "intercept A")

# ---------------------------------------------------------------- 0: cancels (printed, never picked up)
R("{A} 还没揽收 撤单 买家退款了", "zto", "cancel A")
R("撤单 {A} {B} 面单作废", "yto", "cancel A B")
R("{A} 取消寄件 这单没出库 还在仓里", "jt", "cancel A")
R("你好 这几个面单打出来了 货还没发 买家都退款了 帮忙作废一下\n{A}\n{B}\n{C}", "yunda", "cancel A B C", cats=(7,))
R("{A} 这单不寄了 撤掉", "zto", "cancel A")
R("chedan {A}", "yto", "cancel A", cats=(5,))
R("麻烦取消订单 {A} 仓库漏打包了 货都没出", "zto", "cancel A")
R("{A} {B} 撤单\n{C} 拦截", "yto", "cancel A B; intercept C", cats=(7,))
R("{A} 还没被揽收吧？没揽收就直接撤单", "zto", "cancel A")
R("老周说 {A} 那一箱还在仓里没交接 撤单", "yunda", "cancel A")
R("{A} 取消 不发了 买家未发货仅退款", "jt", "cancel A")
R("白云仓下午打的面单 有三个买家退款了 撤一下\n{A}\n{B}\n{C}", "sf", "cancel A B C", cats=(7,))
R("{A} 取消下单 重复打印的面单", "yto", "cancel A")
R("{A} 撤单 这个快递员还没来拿 买家退了", "zto", "cancel A")
R("作废 {A} {B} {C} {D}", "jt", "cancel A B C D")

# ---------------------------------------------------------------- 0: address changes
R("{A} 改地址：浙江省杭州市西湖区文三路478号 华星时代广场A座1203 陈女士 {P}", "zto", "change_address A",
  cats=(4,))
R("{A} 买家要改地址 改到 江苏省苏州市工业园区星湖街328号 创意产业园5栋 收件人不变", "yto", "change_address A")
R("改址 {A}\n新地址：广东省深圳市南山区 高新南七道12号 林小姐 {PN}", "jt", "change_address A", cats=(4,))
R("{A} 收件地址改一下 买家搬家了 地址：上海市闵行区七宝镇 漕宝路3366弄12号602 电话不变", "yunda", "change_address A")
R("{A} 转寄到 北京市朝阳区望京SOHO T3 1807 刘先生 {P}", "sf", "change_address A", cats=(4,))
R("{A} 改地址 买家飞鸽说要改 地址还没发我 等下发", "zto", "change_address A", nh=True)
R("{A} 收件人电话改为 {PN} 原来那个号停机了", "yto", "change_address A", nh=True, cats=(4,))
R("@圆通客服 {A} 改派 湖北省武汉市洪山区 光谷步行街 意大利风情街3栋2单元501 王芳 {P}", "yto",
  "change_address A", cats=(4,))
R("{A} 地址改为 成都市武侯区 天府大道北段1700号 环球中心W6区 买家周女士 电话不变", "jt", "change_address A")
R("gaizhi {A} 杭州市萧山区宁围街道 民和路 博地中心B座2208 沈 {P}", "zto", "change_address A", cats=(4, 5))
R("{A} 买家填错小区了 要改到 南京市鼓楼区江东北路88号 滨江花园7幢1102，姓名电话都不变", "yunda",
  "change_address A")
R("{A} 能改地址吗 买家下单选的默认地址是公司 现在要寄到家里：河南省郑州市金水区 经三路68号 金成时代广场3号楼1506 "
  "张丽 {P}", "zto", "change_address A", cats=(4,))
R("{A} 改派到小区南门的菜鸟驿站（幸福里小区12栋底商） 买家白天上班不在家", "yto", "change_address A")
R("{A} 改地址 重庆市渝北区 金开大道1号 龙湖U城5栋903 何先生 {P}\n{B} 拦截", "yto",
  "change_address A; intercept B", cats=(4, 7))
R("{A} 收件人改为 李婷婷", "jt", "change_address A", nh=True)
R("{A} 买家换地址了 新的：广州市天河区 体育西路191号 中石化大厦B塔 2105 前台代收 黄小姐 {PN}", "sf",
  "change_address A", cats=(4,))
R("{A}\n改地址\n浙江省宁波市鄞州区 天童南路588号 宁波文化广场 朗庭 8楼\n吴女士 {P}", "zto", "change_address A",
  cats=(4,))
R("{A} 修改收件地址 同城 从滨江区改到上城区 具体：杭州市上城区 秋涛路258号 建国公寓2-801 电话不变", "yto",
  "change_address A")
R("{A} 改地址 地址我私聊发客服了", "yunda", "change_address A", nh=True)

# ---------------------------------------------------------------- 0: urging
R("{A} 催一下 买家说今天必须到 明天要穿", "zto", "urge A")
R("催件\n{A}\n{B}\n{C}", "yto", "urge A B C")
R("{A} 在你们网点放了两天了 麻烦尽快派送", "jt", "urge A")
R("{A} 加急 买家已经在平台催了三次了", "yunda", "urge A")
R("这些帮忙催催 都是直播间老粉 催得紧\n{A}\n{B}\n{C}\n{D}", "zto", "urge A B C D", cats=(7,))
R("{A} 怎么还没派 催催", "sto", "urge A")
R("cuijian {A} {B}", "yto", "urge A B", cats=(5,))
R("{A} 催派 买家在飞鸽里骂了 说再不到就仅退款", "jt", "urge A")
R("{A} 麻烦催一下派送 买家周六出差 要带这件大衣走", "zto", "urge A")
R("{A} 显示到站了 一直没派 帮忙催下快递员", "yunda", "urge A")
R("{A} 三天没动了 催一下", "yto", "urge A")
R("{A} {B} 到杭州转运中心就不动了 两天了 催一催", "zto", "urge A B")
R("{A} 尽快派送 买家说再不到就退货退款", "jt", "urge A")
R("{A} 帮忙催件 平台要求72小时内签收 今天是第三天了", "yto", "urge A", cats=(4,))
R("urgent {A} pls", "sf", "urge A", cats=(5,))
R("{A} 能不能催一下 买家明天生日 买的生日穿的裙子", "zto", "urge A")
R("催件：{A}（预售款 今天刚发 买家等了15天了 帮忙快点）", "yunda", "urge A")
R("{A} 催件\n{B} 催件\n{C} 拦截", "zto", "urge A B; intercept C", cats=(7,))
R("主播七七说 {A} 是寄给合作博主的样衣 千万别耽误 加急", "sf", "urge A")
R("买家原话：“什么时候到啊 都等4天了”\n{A} 帮忙催一下", "zto", "urge A", cats=(3,))
R("{A} 催催 买家说今天不到就退款！！平台仅退款我们货钱两空", "yto", "urge A")
R("{A} 麻烦派送员今天送一下 买家在家等着", "jt", "urge A")
R("今天的催件 {A} {B} {C} 都是买家在评价区骂的", "zto", "urge A B C")
R("{A} 催派送 买家电话 {PN} 说一直没人联系他", "yunda", "urge A", cats=(4,))
R("{A} 快递员能不能今天先送这单 买家急用 是年会穿的礼服", "sto", "urge A")
R("{A} 在派件网点两天了 帮忙催下", "zto", "urge A")
R("{A} {B} 加急 都是化妆品 买家周末要用", "sf", "urge A B")
R("麻烦 {A} 催一下 好几个买家都在问了 这单是第一个问的", "yto", "urge A")
R("{A} 已经到广州了 就是不派 催", "jt", "urge A")

# ---------------------------------------------------------------- 0: signed for but not received
R("{A} 显示签收了 买家说没收到 麻烦核实", "zto", "verify_delivery A")
R("{A} 买家申请仅退款 理由是没收到货 但物流显示已签收 帮忙核实一下签收人", "yto", "verify_delivery A")
R("核实签收 {A} {B}", "jt", "verify_delivery A B")
R("{A} 签收了 但买家说家里人都没收到 快递柜驿站也没有 查一下谁签的", "yunda", "verify_delivery A")
R("{A} 显示本人签收 买家说根本没人给他打电话 虚假签收吧这是", "zto", "verify_delivery A")
R("{A} 妥投了 但是买家没收到 买家电话 {PN}", "ems", "verify_delivery A", cats=(4,))
R("这几单都显示签收 买家说没收到 平台要我们48小时内提供签收凭证\n{A}\n{B}\n{C}", "zto",
  "verify_delivery A B C", cats=(7,))
R("{A} 签收未收到 麻烦给个签收底单或者照片 平台要", "sto", "verify_delivery A")
R("{A} 被别人签收了 签收人写的“门卫” 买家说他们小区没门卫", "jt", "verify_delivery A")
R("{A} 放驿站了？买家说驿站没有 显示已签收 核实下", "yto", "verify_delivery A")
R("[截图] 买家发的 物流显示12月5日14:32已签收 买家说那天他在外地 {A} 帮忙核实", "zto", "verify_delivery A",
  cats=(4,))
R("{A} 签收人不是买家 买家说不认识这个人 核实一下", "yunda", "verify_delivery A")
R("{A} 核实签收 买家已经在平台申请售后了 理由“物流显示签收但未收到”", "jt", "verify_delivery A")
R("{A} {B} {C} 都显示签收 买家都说没收到 同一个小区的 是不是同一个快递员", "zto", "verify_delivery A B C")
R("截图里显示 {A} 12-06 09:14 已签收 签收人：快递柜 买家说柜子里没有 核实", "yto", "verify_delivery A", cats=(4,))
R("{A} 取件码8-3-2041 买家说驿站找不到 显示已签收 核实一下", "zto", "verify_delivery A", cats=(4,))
R("您好 {A} 物流显示已签收 买家反馈未收到货 麻烦核实签收情况 谢谢", "sf", "verify_delivery A")

# ---------------------------------------------------------------- 0: damage, loss, weight
R("{A} 买家收到 粉底液漏液了 盒子全湿 有照片", "sf", "damaged A")
R("{A} 破损 眼影盘碎了 买家拍了开箱视频", "yto", "damaged A")
R("{A} 外箱压扁了 里面香水瓶盖裂了", "zto", "damaged A")
R("{A} 大衣到了 袋子破了个大洞 衣服上有黑印子 登记破损", "jt", "damaged A")
R("{A} 收到时精华漏了一半 [图片][图片]", "yunda", "damaged A")
R("{A} 气垫粉扑盒压碎了", "sf", "damaged A")
R("退货件 {A} 买家寄回来的 到我们仓 包装破了 衣服弄脏了", "zto", "damaged A")
R("[图片] {A} 截图是买家开箱视频截的 外箱压扁 精华瓶子裂了", "sf", "damaged A")
R("{A} 口红断了两支 外盒凹进去了", "jt", "damaged A")
R("{A} 物流显示到了但是买家说箱子是湿的 里面的羊绒大衣泡水了", "yto", "damaged A")
R("{A} 物流一直停在“已到达杭州转运中心” 五天了 是不是丢了", "zto", "lost A")
R("{A} 丢件了吧 查不到任何记录", "yto", "lost A")
R("{A} 少件 买家说只收到裤子 外套没有 一个包裹发的", "jt", "lost A")
R("{A} 件没了 网点说找不到", "sto", "lost A")
R("{A} 买家收到了 里面少了一支口红 一共三支 只有两支 外包装完好", "sf", "lost A")
R("{A} 买家收到的是个空袋子 衣服没了", "zto", "lost A")
R("{A} 一件T恤 怎么计费2.8kg？核一下重量", "zto", "weight A", cats=(4,))
R("{A} {B} 重量不对 都是一件针织衫 不可能超过1kg", "yto", "weight A B")
R("查重量 {A} 后台显示5.6公斤 我们发的是一条裤子", "jt", "weight A", cats=(4,))
R("昨天大场的件 重量普遍不对 这几个先核一下\n{A}\n{B}\n{C}", "yunda", "weight A B C")
R("{A} 超重了？羽绒服压缩袋包的 最多1.2", "zto", "weight A")
R("{A} 重量3.2kg 运费¥11.5 平时这种一件毛衣都是¥4.8 核重", "zto", "weight A", cats=(4,))
R("{A} 称一下 一盒面膜算了我们3公斤", "sto", "weight A")

# ---------------------------------------------------------------- 0: tracking, delays
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("{A} 查一下物流 买家问什么时候到", "jt", "track A")
R("{A}\n{B}\n查件", "yunda", "track A B")
R("{A} 这个现在在哪 买家在飞鸽问", "sto", "track A")
R("退货单号 {A} 买家寄回来的 帮查下到哪了", "zto", "track A")
R("{A} 什么时候能到", "yto", "track A")
R("where is {A}", "sf", "track A", cats=(5,))
R("{A} 揽收了没", "yto", "track A")
R("{A} {B} {C} 查一下到哪了 买家都在问", "zto", "track A B C")
R("{A} 今天能到吗", "sf", "track A")
R("查件 {A}", "ems", "track A", draw="ems_s10")
R("{A} 三天没更新了", "zto", "delay A")
R("{A} 延误了 买家要仅退款 登记一下延误", "yto", "delay A")
R("{A} {B} 好几天没动了", "jt", "delay A B")
R("{A} 卡在金华分拨四天了", "yunda", "delay A")
R("{A} 物流停滞 平台已经提示物流异常了", "zto", "delay A")
R("{A} 揽收之后就没更新了 今天第四天", "sto", "delay A")
R("{A} 超时了 平台承诺的是3天到 现在第6天", "yto", "delay A", cats=(4,))

# ---------------------------------------------------------------- 0: claims, complaints, arbitration
R("{A} 香水碎了 买家要求赔偿 货值¥399 申请理赔", "sf", "claim A", cats=(4, 8))
R("{A} 丢了 申请理赔 羊绒大衣 吊牌价1299 实付699", "zto", "claim A", cats=(4, 8))
R("{A} 破损理赔 图片已发 货值268", "yto", "claim A", cats=(4, 8))
R("{A} 之前登记的丢件 现在申请赔付", "jt", "claim A", cats=(8,))
R("{A} 少件 要赔钱 少了一盒面膜 ¥89", "jt", "claim A", cats=(4, 8))
R("{A} 理赔 买家实付 ¥459 发票和截图都有", "sf", "claim A", cats=(4,))
R("{A} 快递员态度差 买家打电话让送上门 快递员直接挂电话 投诉", "zto", "complaint A")
R("投诉 {A} 没打电话就放驿站 买家给我们差评了", "yto", "complaint A")
R("{A} 快递员说买家不在家 其实买家在家一整天 要投诉", "jt", "complaint A")
R("{A} 延误 加上快递员不接电话 投诉", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 破了 快递员还不让验货 投诉他", "sto", "damaged A; complaint A", cats=(8,))
R("{A} 理赔金额有异议 网点只赔50 我们货值459 申请仲裁", "zto", "arbitration A", cats=(4, 8))
R("{A} 这单判责我们不认 申请仲裁", "yto", "arbitration A")
R("{A} 客诉 快递员跟买家吵起来了 买家录音发我们了", "jt", "complaint A")

# ---------------------------------------------------------------- 0: chat without a request
R("好的 谢谢", "zto")
R("收到 辛苦了", "yto")
R("今晚还有一场 8点开播 预计3000单左右 麻烦明天早点来收", "zto")
R("明天几点来揽收？仓库今晚要打包到两点", "jt")
R("早上好 昨晚大场出了9300多单 今天退款的会陆续发群里 辛苦各位", "yunda")
R("好的 拦截成功的通知收到了 谢谢", "zto")
R("👍", "jt")
R("辛苦辛苦 今天单子太多了", "yto")
R("好的 我跟买家说一下", "sf")
R("晚班的同事下班了 后面有事找我 Vivi", "zto")
R("收到👌", "yunda")
R("今天下午白云仓3点截单 3点以后的明天发", "sf")

# ---------------------------------------------------------------- 1: negation, exceptions, withdrawals
R("{A} {B} {C} 都拦截\n{B} 除外 买家撤销退款了", "zto", "intercept A C", cats=(1, 7))
R("以下拦截，除了第三个\n{A}\n{B}\n{C}\n{D}", "yto", "intercept A B D", cats=(1, 7))
R("{A} 拦截 —— 等下 买家撤销退款了 不拦了", "jt", "", cats=(1,))
R("{A} 不用拦了 买家撤销了仅退款 又要了", "zto", "", nh=True, cats=(1,))
R("上午发的 {A} 拦截那个 取消掉 买家说还是要 正常派送吧", "yto", "", nh=True, cats=(1,))
R("{A} 不是退款单 不要拦 帮忙催一下", "jt", "urge A", cats=(1,))
R("{A} 不要退回 改派到 杭州市江干区 九堡镇 九环路63号 木槿仓库 售后组收 {P}", "zto", "change_address A",
  cats=(1, 4))
R("{A} {B} 拦截 {C} 别拦 那个买家只退了差价 衣服还要", "yunda", "intercept A B", cats=(1, 7))
R("不是不拦 是现在就拦 {A} 买家已经退款成功了", "zto", "intercept A", cats=(1,))
R("{A} 不用催了 已经签收了 谢谢", "yto", "", nh=True, cats=(1,))
R("{A} 拦截\n{A} 算了不拦了 买家又不退了", "jt", "", cats=(1,))
R("这批退款单拦截 {A} {B} {C} {D}，其中 {D} 已经签收了就不用拦了 走退货退款", "zto", "intercept A B C",
  cats=(1, 7))
R("{A} 和 {B} 都是昨晚那个买家的 {A} 退款了拦截 {B} 没退 正常发", "yto", "intercept A", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n这些都催一下 {C} 不用 那单买家退款了 我等下单独发拦截", "zto", "urge A B D", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n都催 {C} 不用催 那单要拦截 买家退款了", "jt", "urge A B D; intercept C", cats=(1, 7))
R("不要改地址了 {A} 直接退回吧 买家又说不要了", "yto", "intercept A", cats=(1, 2))
R("{A} 仅退款 拦截\n{B} 退货退款 买家已经收货 不用拦\n{C} 仅退款 拦截", "zto", "intercept A C", cats=(1, 7))
R("{A} 这单上午说要拦的 后来买家撤销退款了 跟你们客服电话说过了 群里再说一下 不拦", "yunda", "", nh=True,
  cats=(1,))
R("昨晚说拦截的 {A} 不拦了 改成改地址 买家换了个地址：安徽省合肥市蜀山区 潜山路 华润大厦 1608 孙 {P}", "zto",
  "change_address A", cats=(1, 2, 4))
R("{A} 先别催了 买家说他出差 下周一再送也行", "yto", "", nh=True, cats=(1,))
R("{A} {B} 不拦 {C} 拦", "jt", "intercept C", cats=(1, 7))
R("{A} 拦截 不是催件 是拦截 买家退款了", "zto", "intercept A", cats=(1,))
R("{A} 不改地址了 也不用退回 正常派就行 买家说自己去取", "yto", "", nh=True, cats=(1,))
R("这几个都拦：{A} {B} {C} {D} {E}\n哦 {A} 和 {E} 买家刚撤销了退款 这俩别拦", "zto", "intercept B C D", cats=(1, 7))
R("全部拦截 除了口红那单 口红的买家没退\n{A}\n{B}\n{C}", "sf", "", nh=True, cats=(1, 7))
R("这五单拦截 其中有一单买家撤销了 我查一下是哪单 {A} {B} {C} {D} {E}", "zto", "", nh=True, cats=(1, 7))
R("{A} 退货退款的 买家自己寄回 不是拦截 帮我查下买家寄回的件 单号 {B} 到哪了", "jt", "track B", cats=(1,))
R("{A} 不要催了 要拦 买家退款了", "yunda", "intercept A", cats=(1,))
R("{A} 本来要拦的 买家又说要了 不拦了 麻烦催一下吧 买家着急", "zto", "urge A", cats=(1, 2))
R("{A} 拦截 ——Vivi说这单是VIP 先别拦 不拦了", "yto", "", cats=(1,))
R("{A} 别退回啊 买家没退款 是我同事发错了 麻烦正常派送", "jt", "", nh=True, cats=(1,))
R("{A} 没退款 {B} 退了 拦 {B}", "zto", "intercept B", cats=(1,))
R("{A} 取消拦截 买家撤销退款了", "sto", "", nh=True, cats=(1,))
R("{A} 不要核实了 买家找到了 在邻居家", "zto", "", nh=True, cats=(1,))
R("{A} 不是不要了 是要换个地址 改到 浙江省温州市鹿城区 车站大道 577号 财富中心 1703 潘女士 {PN}", "yto",
  "change_address A", cats=(1, 4))

# ---------------------------------------------------------------- 2: corrections
R("{A:typo} 拦截\n更正 单号打错了 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 催件 哦不对 这个是要拦截的 买家退款了", "zto", "intercept A", cats=(2,))
R("{A} 改地址 ——算了 改址太麻烦 还是拦截吧 让买家重拍", "jt", "intercept A", cats=(2,))
R("七七刚才发的 {A} 拦截 是她看错了 要拦的是 {B}", "zto", "intercept B", nh=True, cats=(2,))
R("{A} {B} {C} 拦截\n更正：第二个是催件 不是拦截", "yto", "intercept A C; urge B", cats=(2, 7))
R("{A} 拦截退回 更正 是改地址 买家发来新地址了：福建省厦门市思明区 软件园二期 观日路24号 402 黄先生 {P}", "jt",
  "change_address A", cats=(2, 4))
R("{A:cut} 拦截 少打了一位 {A}", "yto", "intercept A", cats=(2, 6))
R("撤单 {A}。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} {B} 撤单 哦 {B} 已经揽收了 {B} 拦截", "zto", "cancel A; intercept B", cats=(2,))
R("{A} 核实签收\n不好意思发错了 这单是破损 香水漏了", "sf", "damaged A", cats=(2,))
R("{A} 拦截 等等 看错了 是 {B} 拦截 {A} 是催件", "jt", "intercept B; urge A", cats=(2,))
R("催一下 {A}\n发错了 应该是 {B}", "yunda", "urge B", cats=(2,))
R("{A} 查件\n不对 是催件 已经到网点两天了", "zto", "urge A", cats=(2,))
R("糖糖：{A} 拦\n小鹿：这单我看了 没退款 别拦\n糖糖：哦哦 那不拦 催一下吧", "zto", "urge A", cats=(1, 2))
R("{A:typo} 催件\n{B} 催件\n第一个单号错了 是 {A}", "jt", "urge A B", cats=(2, 7))
R("{A} 破损 —— 更正 是少件 外包装好好的 里面少了一瓶精华", "sf", "lost A", cats=(2,))
R("{A} 理赔\n更正 先别理赔 先核实签收 买家说根本没收到", "yto", "verify_delivery A", cats=(2,))
R("{A} 重量不对\n哦 不对 是 {B} 重量不对 {A} 是对的", "zto", "weight B", cats=(2,))
R("{A} 拦截 {B} 拦截 {C} 拦截\n更正 {C} 打错了 是 {D}", "yto", "intercept A B D", cats=(2, 7))
R("{A} 撤单\n更正 撤单的是 {B}", "zto", "cancel B", cats=(2,))
R("拦截 {A} 改成改地址 地址：山东省青岛市市南区 香港中路 10号 颐和国际 A座 2301 于 {PN}", "yto",
  "change_address A", cats=(2, 4))
R("@豆豆 你发的 {A} 单号不对吧 我查后台这个买家的是 {B}\n@中通客服 麻烦拦截 {B}", "zto", "intercept B",
  nh=True, cats=(2,))
R("{A} 仅退款 拦截\n不对不对 是退货退款 买家已经收到了 查一下他寄回的 {B}", "jt", "track B", cats=(1, 2))

# ---------------------------------------------------------------- 3: quotes, replies, the bot quoted back
R(wq("豆豆", "{A} 拦截") + "这个也拦一下 {B} 同一个买家的", "zto", "intercept B", cats=(3,))
R(wq("中通九堡", "@小鹿 {A} 拦截已提交，结果会第一时间通知您") + "拦截成功了没 平台今天要凭证", "zto", "",
  nh=True, cats=(3,))
R(wq("圆通下沙", "@小鹿 {A} 已签收，无法拦截") + "签收了？买家说没收到啊 帮忙核实签收", "yto",
  "verify_delivery A", cats=(3,))
R(wq("极兔白云", "@豆豆 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）") + "撤单 {A}", "jt", "cancel A",
  cats=(3,))
R(wq("中通九堡", "@Vivi {A} 拦截已提交，结果会第一时间通知您") + "不用拦了 买家撤销退款了", "zto", "", nh=True,
  cats=(1, 3))
R("回复 @糖糖：{A} 这单买家退款了没？\n退了 已经退了 拦截吧", "yto", "intercept A", cats=(3,))
R(wq("极兔白云", "@小鹿 {A} 已为您催促派送，请耐心等待") + "两天了还是没派 再催 买家投诉了", "jt",
  "urge A; complaint A", cats=(3, 8))
R(wq("Vivi", "{A}\n{B}\n{C}\n这三单今天拦") + "Vivi 第三单买家刚撤销退款\n@中通客服 前两单拦截 第三单不拦", "zto",
  "intercept A B", nh=True, cats=(1, 3, 7))
R("引用 七七：{A} 这个粉丝是我闺蜜 帮忙加急\n@韵达客服 麻烦加急一下这单", "yunda", "urge A", cats=(3,))
R(wq("顺丰月结", "@阿杰 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您")
  + "买家那边要赔偿 货值329 图片都发给你们了", "sf", "claim A", cats=(3, 4, 8))
R(wq("中通九堡", "@糖糖 请确认：{A} 拦截退回？回复“确认”即办理") + "确认", "zto", "intercept A", cats=(3,))
R(wq("豆豆", "{A} 显示签收 买家没收到") + "这单买家找到了 在门口鞋柜里 不用核实了", "jt", "", nh=True, cats=(1, 3))
R("回复 @小鹿：{A} 拦截\n这单我查了 是退货退款 买家已经收到了 别拦了", "yto", "", nh=True, cats=(1, 3))
R(wq("极兔白云", "@阿杰 {A} 撤单成功") + "👌 谢谢", "jt", "", cats=(3,))
R(wq("圆通下沙", "@糖糖 {A} 已为您催促派送，请耐心等待") + "好的", "yto", "", cats=(3,))
R(wq("中通九堡", "@小鹿 {A} 已签收，无法拦截") + "好吧 那我们让买家走退货退款", "zto", "", cats=(3,))
R("引用 Kevin：{A} {B} 这俩是同一个地址吗\n是的 都是这个买家的 两单都改地址 改到：江苏省南京市建邺区 江东中路 "
  "333号 奥体中心 东门 快递柜 {P}", "yunda", "change_address A B", cats=(3, 4))
R(wq("糖糖", "{A} {B} 催件") + "{B} 刚签收了 {A} 还要催", "zto", "urge A", cats=(3,))
R(wq("韵达客服", "@豆豆 {A} 已为您登记延误工单，结果会第一时间通知您") + "三天了没有结果 要投诉", "yunda",
  "complaint A", cats=(3, 8))
R("回复 @阿杰：{A} 是哪个仓发的？\n白云仓的 香水 买家说碎了 登记破损", "sf", "damaged A", cats=(3,))
R(wq("小鹿", "今晚退款的都在这 明早统一拦\n{A}\n{B}\n{C}\n{D}") + "早班来了 上面这些麻烦拦截", "zto",
  "intercept A B C D", cats=(3, 7))
R(wq("小鹿", "{A} 拦截") + "小鹿这单不是退款 是买家在问物流 查一下到哪了", "yto", "track A", nh=True, cats=(1, 3))
R("引用 买家：我改地址了你们快递怎么还往老地址送\n{A} 麻烦改地址 新地址：陕西省西安市雁塔区 科技路 48号 "
  "创业广场 B座 1208 何女士 {PN}", "jt", "change_address A", cats=(3, 4))
R(wq("圆通下沙", "@Vivi {A} 改址已提交，结果会第一时间通知您") + "改好了吗 买家在催", "yto", "", nh=True, cats=(3,))
R(wq("中通九堡", "@糖糖 您的消息已转人工客服处理，请稍候") + "等了一个小时了 {A} 到底能不能拦 买家退款了", "zto",
  "intercept A", cats=(3,))
R(wq("极兔白云", "@小鹿 {A} 拦截已提交，结果会第一时间通知您") + "{B} 也一样 拦截", "jt", "intercept B", cats=(3,))
R(wq("阿芳（白云仓）", "{A} 这单我看打包视频了 三支口红都放了") + "那就是路上丢的 麻烦登记少件", "sf", "lost A",
  cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("订单号：{O}\n运单号：{A}\n售后类型：仅退款（已发货）\n处理：拦截", "zto", "intercept A", cats=(4,))
R("售后单号 {O} 对应快递 {A} 买家退货退款 寄回的快递 {B} 查一下到哪了", "jt", "track B", cats=(4,))
R("{A} 拦截 退款¥1,299.00已原路退回", "sf", "intercept A", cats=(4,))
R("12.5晚场 订单{O} 快递{A} 拦截 买家{P}", "zto", "intercept A", cats=(4,))
R("订单号 {O} 拦截 快递单号我找一下", "zto", "", nh=True, cats=(4,))
R("买家 {PN} 打电话说要改地址 单号我等下发", "yto", "", nh=True, cats=(4,))
R("{A} 改地址 收件人 赵敏 {PN} 地址：天津市南开区 鞍山西道与白堤路交口 时代奥城C4 1-602", "zto",
  "change_address A", cats=(4,))
R("款号MJ2311-07 驼色L码的那批 有一单发错了 {A} 拦截", "yto", "intercept A", cats=(4,))
R("{A} 买家实付89.9 平台判我们赔 包裹丢了 要求快递这边理赔", "jt", "claim A", cats=(4, 8))
R("{O}\n这个订单的买家说没收到 显示签收 快递单号是 {A}", "zto", "verify_delivery A", cats=(4,))
R("买家手机 {PN} 订单 {O} 快递 {A} 催件", "yunda", "urge A", cats=(4,))
R("{A} 电话{PN}的那个买家 退款了 拦", "zto", "intercept A", cats=(4,))
R("{P} 这个是买家电话 不是单号 单号是 {A} 催一下", "yto", "urge A", cats=(4,))
R("订单号\t快递单号\t状态\n{O}\t{A}\t仅退款\n{O2}\t{B}\t仅退款\n以上两单拦截", "yto", "intercept A B", cats=(4, 7))
R("售后单号：{O}\n买家：王**\n手机：{PN}\n快递：{A}\n问题：显示签收未收到\n麻烦核实", "jt", "verify_delivery A",
  cats=(4,))
R("{A} 1件 德绒打底 黑色 M 重量0.35kg 系统显示4.35kg 核重", "zto", "weight A", cats=(4,))
R("订单{O} 买家申请仅退款 快递还没揽收 {A} 撤单", "jt", "cancel A", cats=(4,))
R("{A} 货值 2,680 元（羊绒大衣两件）丢了 申请理赔 保价了 保价费 8 元", "sf", "claim A", cats=(4, 8))
R("下午2点前 {A} 必须派 不然超72小时平台扣5分 催", "zto", "urge A", cats=(4,))
R("{A} 买家备用电话 {PN} 收件人电话改成这个", "yto", "change_address A", nh=True, cats=(4,))
R("{O} {O2} 这两个订单退款了 快递单号在截图里 [图片]", "zto", "", nh=True, cats=(4,))
R("{A} 第1688单 福袋 买家说少了一件 少件", "jt", "lost A", cats=(4,))

# ---------------------------------------------------------------- 5: shorthand, pinyin, English, voice
R("{A} lj 退款了", "zto", "intercept A", cats=(5,))
R("{A} cj 谢谢", "yto", "urge A", cats=(5,))
R("{A} pls intercept, refunded", "sf", "intercept A", cats=(5,))
R("{A} {B} cuicui 买家急死了", "jt", "urge A B", cats=(5,))
R("那个 中通的 {A} 麻烦 拦节一下 买家退款了", "zto", "intercept A", cats=(5,))
R("Kevin: {A} customer refunded, please return to sender, thx", "yto", "intercept A", cats=(5,))
R("{A} hold住别派 退回", "jt", "intercept A", cats=(5,))
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("帮我把那个圆通 {A} 拦一下 退款了 哦还有 {B} 也是", "yto", "intercept A B", cats=(5,))
R("{A} check delivery pls 买家说没收到", "sf", "verify_delivery A", cats=(5,))
R("{A} 崔一下 谢谢", "yunda", "urge A", cats=(5,))
R("{A} 这个件啊 你们看看能不能 给 催 一 下", "sto", "urge A", cats=(5,))
R("{A} where now? buyer asking", "jt", "track A", cats=(5,))
R("{A} gz 新地址 广东省佛山市南海区 桂城街道 南海大道北 万科广场 3座 1201 冯 {P}", "zto", "change_address A",
  cats=(4, 5))

# ---------------------------------------------------------------- 6: broken numbers
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下", "yto", "urge A", cats=(6,))
R("{A:sp} 拦截 退款了", "ems", "intercept A", draw="ems_s10", cats=(6,))
R("{A:dash} 查下物流", "jt", "track A", cats=(6,))
R("截图上的单号 {A:nl}\n这个 撤单", "zto", "cancel A", cf=True, cats=(6,))
R("{A:lc} 拦截", "yto", "intercept A", cats=(6,))
R("{A:fw} 催件", "zto", "urge A", cats=(6,))
R("{A:nl} 显示签收 买家没收到", "jt", "verify_delivery A", cats=(6,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:sp}\n{B:sp}\n两个都拦截", "zto", "intercept A B", cats=(6, 7))
R("{A:dash} 改地址 上海市浦东新区 张杨路 500号 华润时代广场 12楼 木槿上海办公室 {P}", "sf", "change_address A",
  cats=(4, 6))
R("{A} 拦截\n{B:nl} 也拦截", "yunda", "intercept A B", cf=True, cats=(6,))
R("{A:sp} 核实签收", "ems", "verify_delivery A", draw="ems_s10", cats=(6,))

# ---------------------------------------------------------------- 7: positions, tables, batches
R("{A}\n{B}\n{C}\n第一个拦截 后两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n前两个拦截 后两个核实签收", "yto", "intercept A B; verify_delivery C D", cats=(7,))
R("运单号\t售后类型\t处理\n{A}\t仅退款\t拦截\n{B}\t仅退款\t拦截\n{C}\t催发货\t催件\n{D}\t未收到\t核实签收", "zto",
  "intercept A B; urge C; verify_delivery D", cats=(7,))
R("昨晚的售后导出 仅退款的拦截 退货退款的不用管\n{A}  仅退款\n{B}  退货退款\n{C}  仅退款\n{D}  退货退款\n{E}  仅退款",
  "zto", "intercept A C E", cats=(7,))
R("① {A}\n② {B}\n③ {C}\n②拦截 其他催", "jt", "intercept B; urge A C", cats=(7,))
R("{A} {B} {C} {D} {E}\n1 3 5 拦截 2 4 催件", "yto", "intercept A C E; urge B D", cats=(7,))
R("{A}\n{B}\n{C}\n以上全部拦截", "zto", "intercept A B C", cats=(7,))
R("{A}\n{B}\n这两个 一个拦截一个催件", "yunda", "", nh=True, cats=(7,))
R("{A} 拦截\n{B} 催件\n{C} 改地址 北京市海淀区 中关村大街 27号 中关村大厦 9层 郭 {P}\n{D} 核实签收", "yto",
  "intercept A; urge B; change_address C; verify_delivery D", cats=(4, 7))
R("{A}\t拦截\n{B}\t拦截\n{C}\t催件\n{D}\t拦截", "jt", "intercept A B D; urge C", cats=(7,))
R("这四单 最后一单拦截 其他三单催\n{A}\n{B}\n{C}\n{D}", "zto", "urge A B C; intercept D", cats=(7,))
R("{A} {B} {C}\n中间那个拦截 两头的催一下", "yto", "intercept B; urge A C", cats=(7,))
R("交接清单（晚班→早班）\n{A} 拦截 未回复\n{B} 拦截 未回复\n{C} 催件\n麻烦按清单处理", "zto",
  "intercept A B; urge C", cats=(7,))
R("以下5单 第2单不拦 其余拦截\n{A}\n{B}\n{C}\n{D}\n{E}", "yto", "intercept A C D E", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n全部仅退款 拦截", "zto", "intercept A B C D E F G H", cats=(7,))
R("{A} {B} 这两单 第一单改地址 第二单拦截\n新地址：湖南省长沙市岳麓区 麓谷大道 627号 长海数字产业园 1栋 "
  "卢 {P}", "jt", "change_address A; intercept B", cats=(4, 7))
R("今天要处理的\n拦截：{A} {B} {C}\n催件：{D} {E}\n核实签收：{F}", "zto",
  "intercept A B C; urge D E; verify_delivery F", cats=(7,))
R("{A} {B} {C} {D} 仅退款\n{E} {F} 退货退款\n仅退款的四个拦截", "yto", "intercept A B C D", cats=(7,))
R("序号 快递单号 处理\n1 {A} 拦截\n2 {B} 拦截\n3 {C} 查件", "jt", "intercept A B; track C", cats=(7,))
R("{A}\n{B}\n{C}\n上面两个拦截", "zto", "", nh=True, cats=(7,))
R("{A} {B} 拦截\n{C} {D} 同上", "yunda", "intercept A B C D", cats=(7,))

# ---------------------------------------------------------------- 8: compounds
R("{A} 拦截并投诉 快递员把退款单硬派给买家 买家拒收了还被骂", "zto", "intercept A; complaint A", cats=(8,))
R("{A} 口红断了 外盒破 买家要赔 还有快递员扔件 投诉", "sf", "claim A; complaint A", cats=(8,))
R("{A} 买家投诉到平台了 催一下 今天务必派", "zto", "urge A; complaint A", cats=(8,))
R("{A} 破损 还超重 一件连衣裙收我们4kg运费 袋子还破了", "yto", "damaged A; weight A", cats=(4, 8))
R("{A} 丢件 理赔 另外投诉网点 一直推说在找", "jt", "claim A; complaint A", cats=(8,))
R("{A} 拦截 顺便投诉一下 这单揽收晚了两天 害我们被平台罚", "yunda", "intercept A; complaint A", cats=(8,))
R("{A} 显示签收没收到 核实一下 快递员态度也很差 买家要投诉", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 精华漏液 申请赔偿 ¥198\n{B} 破损 眼影碎了 先登记", "sf", "claim A; damaged B", cats=(4, 7, 8))
R("{A} 延误一周 买家要投诉", "yto", "delay A; complaint A", cats=(8,))
R("{A} 催件 另外核一下重量 运费扣了我们12块", "jt", "urge A; weight A", cats=(4, 8))
R("{A} 丢了 仲裁加理赔 网点说不赔", "zto", "claim A; arbitration A", cats=(8,))
R("{A} 改地址 广州市越秀区 北京路 168号 2楼 杨 {P} 顺便催一下 买家明天要", "sf", "change_address A; urge A",
  cats=(4, 8))
R("{A} 破损 快递员态度差 还说是我们包装问题", "yto", "damaged A; complaint A", cats=(8,))

# ---------------------------------------------------------------- questions, commands mentioned but not asked
R("上次拦截的那票 {A} 退回来到哪了", "zto", "track A")
R("{A} 拦截成功没有？平台那边退款要看拦截状态", "yto", "", nh=True)
R("{A} 昨天发的改地址 改好了没", "jt", "", nh=True)
R("{A} 这种已经到买家城市的 拦截要收费吗", "zto", "", nh=True)
R("{A} 是拦截退回的件 到我们仓了吗 仓库说没看到", "yto", "track A")
R("{A} 催过两次了还没派 再催", "jt", "urge A")
R("理赔的钱什么时候到账 {A} 上周提交的", "zto", "", nh=True)
R("我们昨天拦了23单 今天退回仓的只有15单 剩下的 {A} {B} 帮查下到哪了", "yto", "track A B", cats=(4,))
R("买家申请了平台仲裁 说没收到货 {A} 显示签收 帮忙核实一下签收", "zto", "verify_delivery A")
R("买家拒收了 {A} 会自动退回吗", "sto", "", nh=True)
R("{A} 买家拒收 退回来吧", "zto", "intercept A")
R("{A} 是哪个快递员派的 电话多少", "yto", "", nh=True)
R("{A} {B} 昨天已经拦过了 今天账单上又扣了一次拦截费 怎么回事", "jt", "", nh=True, cats=(4,))
R("{A} 买家退货退款 已经退回了 查一下退回的物流", "zto", "track A")
R("{A} 显示退回签收 但是我们仓库没收到", "yto", "verify_delivery A")
R("拦截退回的件 {A} {B} 显示已退回签收 仓库老周说没收到 核实一下", "zto", "verify_delivery A B")
R("{A} 退回的件 我们仓签收了 谢谢 这单结了", "jt", "")
R("上次那个 {A} 理赔下来了吗", "sf", "", nh=True)
R("{A} 昨天登记破损了 今天买家又说里面的口红也断了 补充一下", "sf", "damaged A")
R("我是新来的售后阿杰 {A} 这单豆豆昨天发了拦截 今天还在派送中 怎么回事", "zto", "", nh=True)
R("晚班小鹿交接：{A} 已经让你们拦了 结果还没出；{B} {C} 买家催 麻烦催一下", "yto", "urge B C")
R("我是白班糖糖 接着昨晚豆豆的单子 {A} 买家说没收到 显示签收 帮忙核实", "jt", "verify_delivery A")
R("早班交接：昨晚0点以后的退款单 {A} {B} {C} 还没发拦截 现在发 麻烦拦截 谢谢", "zto", "intercept A B C")
R("{A} 拦截的话 多久能退回到九堡仓？", "zto", "", nh=True)
R("{A} 能开个拦截凭证截图吗 平台要", "yto", "", nh=True)
R("{A} 买家说快递员让他拒收 说会退回 是你们这么操作的吗", "jt", "", nh=True)
R("昨晚的退款太多了 一个个发吗 还是整理成表格发？", "zto")
R("{A} 买家拒收了 你们退回了吗", "yto", "", nh=True)
R("{A} 这单是上周拦截的 仓库今天收到了 但是里面的衣服少了一件", "zto", "lost A")
R("{A} 拦截退回的路上压坏了 盒子扁了 里面的面霜裂了", "sf", "damaged A")
R("{A} 买家说要改地址 我跟她说改不了了 已经到派送网点了 是吗", "yto", "", nh=True)
R("{A} 昨天催了 今天还没到 到哪了", "jt", "track A")
R("{A} 我们没申请拦截啊 为什么显示退回中", "zto", "", nh=True)
R("{A} 物流显示“拦截成功 退回中” 预计几号到仓", "yto", "track A")
R("{A} 平台显示“快递已拦截” 但是买家说快递员给他送了 核实一下他签收没", "jt", "track A")

# ---------------------------------------------------------------- hedged and undecided
R("{A} 买家在申请仅退款 还没通过 要不先拦着？", "zto", "intercept A", cf=True)
R("{A} 可能要拦 买家说考虑一下 先帮我拦吧 我再问问", "yto", "intercept A", cf=True)
R("{A} 好像得改个地址 买家说的地址我还在确认 先按这个：江苏省无锡市滨湖区 蠡湖大道2018号 7栋", "jt",
  "change_address A", cf=True)
R("{A} 看看能不能撤单 仓库说可能已经交接了", "jt", "cancel A", cf=True)
R("{A} 这个我也不确定要不要拦 买家退款理由写的拍错了 但又说还想要 先拦一下吧", "zto", "intercept A", cf=True)
R("{A} 要不退回吧 买家一直不接电话", "zto", "intercept A", cf=True)
R("{A} 估计要拦截 Vivi还没批 先预约着？", "yto", "intercept A", cf=True)
R("{A} 拦截？买家刚申请退款 我还没同意 要不要先拦", "jt", "intercept A", cf=True)
R("{A} 应该是要改地址的 买家说搬去苏州了 具体的还没给 先记一下", "zto", "change_address A", nh=True)
R("{A} 拦截吧 应该 买家退款的概率很大", "yunda", "intercept A", cf=True)
R("{A} 不知道该拦还是该催 买家一会说要一会说不要 你们帮忙看看", "zto", "", nh=True)

# ---------------------------------------------------------------- more everyday traffic
R("{A} 麻烦拦截 订单号 {O}", "sto", "intercept A", cats=(4,))
R("又一批仅退款\n{A}\n{B}\n{C}\n{D}\n拦截退回", "yto", "intercept A B C D", cats=(7,))
R("@极兔白云 {A} {B} 拦截 化妆品 买家都退了", "jt", "intercept A B")
R("{A} 显示签收 买家说没收到货 在平台申请仅退款了", "yto", "verify_delivery A")
R("{A} 改地址 福建省福州市鼓楼区 五四路 158号 环球广场 22层 郑女士 {P}", "yto", "change_address A", cats=(4,))
R("{A} 帮忙改下地址 买家发的新地址：云南省昆明市五华区 东风西路 11号 顺城 W3 1602 段先生 {PN}", "jt",
  "change_address A", cats=(4,))
R("{A} 地址改到 四川省成都市锦江区 红星路三段1号 IFS 一号办公楼 3203 邹 {P}", "zto", "change_address A",
  cats=(4,))
R("{A} 拦截 买家退款\n{B} 催件 买家等急了", "yto", "intercept A; urge B", cats=(7,))
R("@中通九堡 你好 {A} 这单麻烦催下 平台上买家申诉物流慢", "zto", "urge A")
R("{A} 快递员打电话买家没接 明天再送一次吧 买家说明天在", "jt", "", nh=True)
R("{A} 好几天不动了 是不是丢了", "jt", "lost A")
R("{A} 怎么还没到 是不是延误了", "yto", "delay A")
R("{A} 快递员把件放在楼下了 买家说丢了 核实一下签收", "zto", "verify_delivery A")
R("{A} 买家退款了 拦截 另外 {B} 这单买家改了地址：浙江省嘉兴市南湖区 中环南路 1288号 嘉兴大学 9号楼 "
  "快递点 {P}", "yto", "intercept A; change_address B", cats=(4, 7))
R("{A} 拦截\n{B} 撤单 没揽收", "jt", "intercept A; cancel B", cats=(7,))
R("{A} 拦截 {B} 催 {C} 核实", "zto", "intercept A; urge B; verify_delivery C", cats=(7,))
R("{A} 买家说要 明天送 今天不在家", "zto", "", nh=True)
R("{A}\n拦截 仅退款\n{B}\n拦截 仅退款", "yto", "intercept A B", cats=(7,))
R("{A} 破损 申请理赔 货值156", "sf", "claim A", cats=(4, 8))
R("{A} 拦截 不是 {B}，{B} 是正常的", "yto", "intercept A", cats=(1,))
R("{A} 转寄 到 广东省东莞市南城区 宏远路 1号 宏远大厦 10楼 木槿东莞分仓 {P}", "zto", "change_address A",
  cats=(4,))
R("{A} 改个地址 还是同一个人 地址改到她公司：江苏省常州市武进区 湖塘镇 常武中路 18号 常州科教城 天润大厦 "
  "B座 6楼", "yto", "change_address A")
R("{A} 拦截退回 买家拍了两单 这单是多的", None, "intercept A", draw="jt")
R("{A} 催件\n{B} 拦截\n{C} 查件", None, "urge A; intercept B; track C",
  draw={"A": "yto", "B": "sf", "C": "jd"}, cats=(7,))
R("{A} 显示签收 没收到 核实", None, "verify_delivery A", draw="jd")
R("{A} {B} 都拦截 一个圆通一个极兔", None, "intercept A B", draw={"A": "yto", "B": "jt"})
R("{A} 德邦的 大件 羽绒被 买家退款了 拦截", None, "intercept A", draw="deppon")
R("{A} 加急", None, "urge A", draw="sf")
R("{A} 拦截 EMS偏远地区的那单", "ems", "intercept A", draw="ems_s10")
R("{A} 新疆的 走邮政 五天了还在兰州 催一下", "ems", "urge A")
R("{A} 查件 买家在西藏 问多久到", "ems", "track A")

# ---------------------------------------------------------------- more hard cases of the style
R("{A} 买家撤销了退款 又改成退货退款了 货还是让他收 不用拦", "zto", "", nh=True, cats=(1,))
R("仅退款 {A} 拦截 仅退款 {B} 拦截 退货退款 {C} 不拦", "yto", "intercept A B", cats=(1, 7))
R("{A} {B} {C}\n这三单里面只有 {B} 要拦 其他正常", "jt", "intercept B", cats=(1, 7))
R("昨晚豆豆发的那批拦截里 {A} 是发错的 这单没退款 别拦", "zto", "", nh=True, cats=(1,))
R("{A} 催件！！！\n哦 刚看到买家退款了 那不催了 拦截吧", "yto", "intercept A", cats=(2,))
R("{A} 拦截 买家退款了\n{A} 刚看了是已签收 那就算了", "jt", "", cats=(1,))
R("{A} 拦截已提交 这是你们机器人回的 结果呢", "yto", "", nh=True, cats=(3,))
R("小鹿说 {A} 要拦 我看后台买家已经撤销退款了 以我为准 不拦 正常派", "zto", "", nh=True, cats=(1, 3))
R("{A} 不拦截 不撤单 就是催一下", "yto", "urge A", cats=(1,))
R("{A} 这票别拦了也别催了 买家说放驿站他自己去拿 就这样", "yunda", "", nh=True, cats=(1,))
R("{A} 的拦截 我们是误操作 请撤回拦截 正常派送", "zto", "", nh=True, cats=(1,))
R("退款单全部拦截 {A} {B} {C} {D}\n补充：{C} 的买家说人已经在驿站拿了 {C} 就算了", "yto", "intercept A B D",
  cats=(1, 7))
R("{A} 口红 {B} 大衣 {C} 气垫\n大衣那单拦截", "jt", "intercept B", cats=(7,))
R("{A} 买家那边说 “我仅退款了 快递你们自己拦吧” 拦一下", "zto", "intercept A", cats=(3,))
R("买家发的截图：“您的快递 {A} 已被拦截” 我们没拦啊 核实一下谁拦的", "jt", "", nh=True, cats=(3,))
R("{A} 拦截 截图在上面 [图片]\n不对 截图是 {B} 的 两个都拦", "zto", "intercept A B", cats=(2,))
R("{A} 这单平台判的是快递责任 你们看怎么处理", "yto", "", nh=True)
R("{A} 买家签收后申请了退货退款 寄回单号 {B} 我们收到的是空包 {B} 少件", "jt", "lost B", cats=(8,))
R("{A} 催件 {B} 不用催 {B} 拦截", "zto", "urge A; intercept B", cats=(1, 7))
R("{A} 不用核实了 直接走理赔吧 买家等不及", "yto", "claim A", cats=(1, 8))
R("{A} 核实签收 —— 买家刚回复 在家门口找到了 不用了", "jt", "", cats=(1,))
R("{A}\n{B}\n{C}\n{D}\n四单拦截 {B} 刚才小鹿已经发过了 不用重复", "zto", "intercept A C D", cats=(1, 7))
R("{A} 退回来的件又派出去了？我们是要退回仓库的 不是派给买家 麻烦拦住 退回九堡仓", "yto", "intercept A")
R("{A} 这单一直没退款 买家问什么时候到 帮查一下", "zto", "track A")
R("{A} 买家说 不退款了 不拦了 正常送 还要催一下 他着急穿", "jt", "urge A", cats=(1,))
R("{A} {B} 都是改地址 地址一样：浙江省绍兴市柯桥区 柯桥街道 钱陶公路 中国轻纺城 东区 3号门 {P}", "zto",
  "change_address A B", cats=(4,))
R("{A} 拦截了吗 没拦的话别拦了 买家不退了", "yto", "", nh=True, cats=(1,))
R("{A} 改地址\n{A} 不改了 拦截退回", "jt", "intercept A", cats=(2,))
R("{A} 催件 {B} 催件\n对了 {A} 的买家刚退款了 这个改成拦截", "yto", "intercept A; urge B", cats=(2, 7))

if __name__ == "__main__":
    W.main()
