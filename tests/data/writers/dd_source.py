"""Writer dd: stall owners and packers of three clothing wholesale markets, shipping dozens of bags a day.

Casting note. Three stalls write in their outlets' WeCom and DingTalk groups, on their feet between customers.
In Guangzhou 十三行 (壹马服装广场 3楼, 新中国大厦), 玲姐 runs 「阿玲女装」 (dresses, shirts, 雪纺): her packer 小黄
seals the bags and types the numbers, her runner 阿强 does the 拿货 for retailers who order by WeChat; they write
quick Mandarin with Cantonese bits (唔该, 啦, 喇, 嘅, 搞掂, 帮手). In Hangzhou 四季青 (意法服饰城 5楼, 老四季青),
陈姐 and her husband 老陈 run 「Vivi家」 (knitwear, coats): 老陈 adds and takes bags out of the afternoon batch and
changes his mind about them, the new helper 小周 types a digit wrong or the wrong city, and 陈姐 puts it right; a
Wu word now and then (覅, 搿, 晓得伐). In 常熟服装城 (招商城, 羽绒服一条街), 钱总's 「恒发男装」 ships down jackets and
men's wear in 大包 by Deppon, ZTO and SF; 小丁 packs, 刘阿姨 writes the batch list by hand and reads it out.
Their customers are retailers all over the country: 成都荷花池 张姐, 重庆朝天门 小梅, 武汉汉正街 陈姐, 郑州银基
刘老板, 西安康复路 阿花, 沈阳五爱 李姐, 哈尔滨透笼街 王哥, 昆明螺蛳湾 小杨, 南宁华南城 阿芳, 贵阳 欢欢, 兰州
马姐, 太原 赵姐, 合肥 小吴, 济南 丽丽服饰, 长沙 湘妹子, 石家庄 芳芳, and live-stream shops that buy by the 手.
Messages are batches of numbers with the retailer's name or city beside each, 件数 and 手数, 货号 (2306#), 码 and
色, 大包 and 小包, one order split over three or four parcels, 货款 and 运费 amounts, 1688 and 抖店 order numbers,
the retailers' phones, 档口号 (B2-235); 拿货, 退换货, 补货, 欠货, 调货, 拒收. Retailers change their order or
refuse a bag; the bag they send back (退货, 换码) is tracked and chased too. Fast, abbreviated, little punctuation,
one-word commands (拦, 截, 撤, 催, 查), the request first or last.
"""

from harness import Writer

W = Writer("dd", seed=4021013)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests
# intercept
R("{A} 拦截 成都张姐的 她说不要了", "zto", "intercept A")
R("拦 {A}", "yto", "intercept A", cats=(5,))
R("{A} 截回来 款发错了 2306#发成2360#了", "zto", "intercept A", cats=(4,))
R("{A} 退回档口 客户拒收", "sto", "intercept A")
R("麻烦拦一下 {A} 重庆小梅那包 她店不开了", "yunda", "intercept A")
R("{A}\n拦截退回 谢谢", "jt", "intercept A")
R("{A} 这包别派了 退回来 码全配错了 她要L 我们发的全是M", "zto", "intercept A")
R("壹马3楼 阿玲女装 {A} 拦截退回 唔该", "yto", "intercept A")
R("{A} {B} 两包都拦 郑州刘老板退单了", "zto", "intercept A B")
R("拦截 {A} {B} {C} 都是西安阿花的 一票拆的三包 整票不要了", "yunda", "intercept A B C", cats=(7,))
R("{A} 拦截！！颜色全发反了 黑的发成白的", "sto", "intercept A")
R("老板说 {A} 拦回来 货款还没结清 不能给她", "zto", "intercept A")
R("{A} 哈尔滨王哥的大包 拦截 他那边店里漏水了 收不了货", "jt", "intercept A")
R("{A} 截件 退回常熟招商城 恒发男装", "deppon", "intercept A")
R("你好 {A} 这个能拦吗 客户说拿重了 她前天自己来档口拿过一次", "zto", "intercept A")
R("{A} 退回 发错人了 这是沈阳李姐的货 贴成兰州马姐的单了", "yto", "intercept A")
R("四季青意法5楼 Vivi家\n{A} 拦截\n原因 客户退单", "sto", "intercept A")
R("{A} 帮手拦下啦 客人话唔要喇", "yto", "intercept A", cats=(5,))
R("拦截退回：{A}（昆明小杨 12件 3手）", "yunda", "intercept A", cats=(4,))
R("{A} 覅派了 退回来 客户搿边关门了", "zto", "intercept A", cats=(5,))
R("{A} 这个包给我截住 她欠我两万多货款还没给", "jt", "intercept A")
R("急 {A} 拦截 发错城市 南宁的发到南昌去了", "sto", "intercept A")
R("{A} 客户说面料不行 整包退 拦截吧", "zto", "intercept A")
R("{A} 南宁阿芳 拦截 她说这批款她那边卖不动", "yto", "intercept A")
R("{A} 拦截退回 客户跑路了 电话都停机了", "yunda", "intercept A")
R("拦截一下 {A} 里面少装了半手 退回来重新打包", "jt", "intercept A")
R("{A} 帮我拦一下 谢谢老板", "zto", "intercept A")
R("{A} 截 急", "sto", "intercept A", cats=(5,))
R("{A} 今天上午发的 兰州马姐 她说下大雪市场封了 先退回来吧", "ems", "intercept A")
R("{A} 这包拦截 贵阳欢欢 重复下单了 一样的货她在1688上又拍了一次", "zto", "intercept A")
R("麻烦 {A} 退件 收件人不收", "jd", "intercept A")
R("{A} 拦 客户说尺码表不对 整包不要了 退回档口", "yto", "intercept A")
R("今天这包 {A} 拦截退回 太原赵姐的 她说年前不要货了", "sto", "intercept A")
R("顺丰那个 {A} 拦截 是个小包 两件样衣 寄错地方了", None, "intercept A", draw="sf")
R("{A}\n{B}\n{C}\n{D}\n这四包全部拦截 济南丽丽服饰 整单取消了", "zto", "intercept A B C D", cats=(7,))
R("{A} 拦下来 合肥小吴的 她说前天那包已经收到一样的了 重发了", "yunda", "intercept A")
R("{A} lanjie 谢谢", "jt", "intercept A", cats=(5,))
R("{A} 拦截 拦截 拦截 这包千万别派", "zto", "intercept A")
R("老陈让拦的 {A} 石家庄芳芳 退回四季青", "sto", "intercept A")
R("{A} 能不能帮我拦回来 客户说颜色跟图片差太多", "yto", "intercept A")
R("{A} 发错了 是给长沙湘妹子的 贴成长春了 拦截退回", "zto", "intercept A")
R("帮忙截一下这两个 {A} {B} 都是今天下午刚发的 洛阳那家 客户说不做了", "jt", "intercept A B")
R("{A} 拦截 原因：重复发货", "deppon", "intercept A")
R("{A} 大包 60件羽绒服 退回常熟 客户拒收", "deppon", "intercept A", cats=(4,))
R("{A} 截回 里面夹了别人家的货", "yunda", "intercept A")
R("{A} 退回来 客户说这批她不做了 定金都不要了", "zto", "intercept A")
R("麻烦拦截 {A} 郑州银基刘老板 他说拿错款了 要的是2288# 不是2828#", "sto", "intercept A", cats=(4,))
R("{A} 拦一下哈 温州那个客户 电话里说店转让了", "yto", "intercept A")
R("拦截 {A} 和 {B}\n都是武汉汉正街陈姐的 她那边临时不要了", "zto", "intercept A B")
R("{A} 这包退回 客户说收到之后也不要 别送了", "jt", "intercept A")
R("{A} 截住 退回 新中国大厦 阿玲女装 谢谢", "sf", "intercept A")
R("唔该 {A} 拦截 客人搞错地址 搞掂再重新发过", "yto", "intercept A", cats=(5,))

# cancel
R("{A} 撤单 还没来收", "zto", "cancel A")
R("{A} 取消寄件 客户不要了", "yto", "cancel A")
R("{A} 作废 面单打错了 重新打", "sto", "cancel A")
R("{A} {B} 不寄了 撤单 快递员还没来拿", "yunda", "cancel A B")
R("今天下午那单 {A} 撤了吧 货还在档口没拿走", "zto", "cancel A")
R("{A} 取消寄件 这包拆开重打了 换了个单号", "jt", "cancel A")
R("{A} 单子作废 客户改了款 要重新配货", "yto", "cancel A")
R("撤单 {A}", "sto", "cancel A")
R("{A} 这个撤销 小哥还没揽", "zto", "cancel A")
R("{A} 没揽收的 取消掉 客户又加了10件 要合成一包发", "yunda", "cancel A", cats=(4,))
R("{A}\n{B}\n{C}\n三个都撤单 老板说今天不发了 明天一起发", "sto", "cancel A B C", cats=(7,))
R("{A} chedan", "jt", "cancel A", cats=(5,))
R("{A} 取消订单 客户退款了 货还在我这", "zto", "cancel A")
R("{A} 不发了 撤单 这个大包等下我换德邦发", "zto", "cancel A")
R("麻烦 {A} 作废一下 打成了重庆 其实是成都 我重新下单", "yto", "cancel A")
R("{A} 帮我撤掉 还没交给快递", "yunda", "cancel A")
R("{A} 撤单\n{B} 撤单\n都是小周打多了", "sto", "cancel A B")
R("{A} 这包取消寄件 客户来档口自己拿走了", "jt", "cancel A")
R("{A} 撤一下 谢谢", "zto", "cancel A")
R("取消 {A} 的寄件 小包合进大包里了", "yto", "cancel A")
R("{A} 撤单 面单贴错包了 我撕下来了", "sto", "cancel A")
R("刚下的单 {A} 作废 客户说地址还没定", "zto", "cancel A")
R("{A} 取消寄件 {B} 取消寄件 {C} 取消寄件 下午这三个都不发了", "yunda", "cancel A B C", cats=(7,))
R("{A} 撤单 德邦的师傅还没来拉", "deppon", "cancel A")

# change address
R("{A} 改地址 改到 成都市金牛区荷花池 大成市场2楼 B218 张姐 {P}", "zto", "change_address A", cats=(4,))
R("{A} 改派 重庆渝中区朝天门 大西洋国际5楼 小梅 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 客户换档口了 地址改为 武汉汉正街 万商白马4楼 4031 陈姐收 电话不变", "sto", "change_address A")
R("改址 {A}\n新地址：郑州市二七区 银基商贸城3楼C区 刘老板 {P}", "zto", "change_address A", cats=(4,))
R("{A} 转寄到 西安康复路 新康复2楼 阿花服饰 {PN}", "yunda", "change_address A", cats=(4,))
R("{A} 地址改一下 她店里这几天装修 改到她家 沈阳市和平区南五马路18号3单元501 李姐 {P}", "jt",
  "change_address A", cats=(4,))
R("帮改个地址 {A} 昆明螺蛳湾 改到 新螺蛳湾8区2栋112号 小杨收", "zto", "change_address A")
R("{A} 收件人改成阿芳 地址 南宁市兴宁区 华南城服装区C3-16 电话 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 改地址 原来写的是总店 改到她分店 贵阳市云岩区中华北路88号 欢欢服饰 {P}", "sto", "change_address A",
  cats=(4,))
R("{A} 改派 哈尔滨道里区透笼街 批发市场2楼 王哥 电话不变", "jt", "change_address A")
R("{A} 地址更改为：兰州市城关区 东部批发市场 马姐 {P}", "ems", "change_address A", cats=(4,))
R("{A} gaizhi 太原市迎泽区柳巷 金地购物中心3楼 赵姐 {P}", "zto", "change_address A", cats=(4, 5))
R("麻烦 {A} 改一下收货地址：合肥市瑶海区 长江批发市场 服装城2期 小吴 {PN}", "yunda", "change_address A",
  cats=(4,))
R("{A} 客户说别送店里 送到她仓库 济南市天桥区 泺口服装城 北区仓库 丽丽收", "sto", "change_address A")
R("{A} 转寄 长沙市开福区 高桥大市场 服装区 湘妹子 {P} 原地址那边没人", "zto", "change_address A", cats=(4,))
R("改派 {A}\n石家庄新华区 新百广场 3楼 芳芳女装 {PN}", "jt", "change_address A", cats=(4,))
R("{A} 改地址 杭州四季青 意法服饰城5楼 退到档口 别送原地址了", "yto", "change_address A")
R("{A} 这包改送 广州白云区 三元里 皮具城旁边 红棉仓库 阿强收 {P}", "sf", "change_address A", cats=(4,))
R("{A} 改个地址 常熟市 招商城 羽绒服一条街 恒发男装 钱总", "deppon", "change_address A")
R("{A} 改地址 客户搬去新市场了 新地址 成都市金牛区 五块石服装批发市场 3栋 207 {PN}", "zto",
  "change_address A", cats=(4,))
R("{A} 收件地址改成 重庆市渝中区 解放碑 好吃街旁 小梅服饰 二楼 电话还是原来那个", "yunda", "change_address A")
R("帮我 {A} 改派到 郑州市金水区 花园路 国贸360 B1 刘老板店里", "sto", "change_address A")
R("{A} 改址\n收件人 王哥\n电话 {PN}\n地址 哈尔滨市南岗区 秋林公司对面 红博商城 B2-117", "zto",
  "change_address A", cats=(4,))

# urge
R("{A} 催一下 成都张姐等着上新", "zto", "urge A")
R("{A} 帮忙催催 客户明天直播要用", "yto", "urge A")
R("{A} 加急 这包是订货会的样衣", "sto", "urge A")
R("催件 {A} {B} 都是重庆小梅的", "yunda", "urge A B")
R("{A} 五天了还没到 催一下", "zto", "urge A")
R("{A} 催 客户天天问", "jt", "urge A", cats=(5,))
R("{A} 麻烦催一下派送 她那边周末要开业", "yto", "urge A")
R("{A} 郑州刘老板的大包 到郑州两天了还不派 催催", "zto", "urge A")
R("催一下 {A} 兰州马姐 她说再不到就过季了", "ems", "urge A")
R("{A} 尽快派送 谢谢 客户下午在店里", "sto", "urge A")
R("{A}\n{B}\n{C}\n这三包催一下 都是哈尔滨王哥的 他那边等着卖", "jt", "urge A B C", cats=(7,))
R("{A} 羽绒服 客户等着要 降温了 催催", "deppon", "urge A")
R("{A} 帮忙加急派送 老客户了 别耽误", "yunda", "urge A")
R("唔该 {A} 催下派送 客人好急", "yto", "urge A", cats=(5,))
R("{A} 催一下嘛 贵阳欢欢问了三次了", "zto", "urge A")
R("cuijian {A} 西安阿花", "sto", "urge A", cats=(5,))
R("{A} 派件员能不能今天送 催一下 客户晚上要盘货", "jt", "urge A")
R("{A} 都到南宁了 怎么还不送 催一下阿芳的", "yto", "urge A")
R("{A} 催件 谢谢 客户说再不到退货", "zto", "urge A")
R("帮催 {A} {B}", "yunda", "urge A B", cats=(5,))
R("{A} 快点送啊 客户店里等着挂版", "sto", "urge A")
R("{A} 已经到沈阳五爱了 麻烦催派件 李姐今天都在档口", "zto", "urge A")
R("{A} 这个加急一下 订货会明天开始", "sf", "urge A")
R("{A} 催一下 换货的 客户等着换码", "jt", "urge A")
R("客户寄回来的退货 {A} 在杭州转了两天了 催一下送到档口", "zto", "urge A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("{A} 查下物流", "sto", "track A")
R("{A} 啥时候能到 成都张姐问", "zto", "track A")
R("帮查一下 {A} 走到哪了", "yunda", "track A")
R("{A}\n{B}\n查一下这两个", "jt", "track A B")
R("{A} 重庆小梅的 到了没", "zto", "track A")
R("{A} 发西安的 今天能到吗", "sto", "track A")
R("查件 {A}", "yto", "track A")
R("{A} 这个到哪了 客户一直问", "zto", "track A")
R("{A} 物流信息发我一下", "yunda", "track A")
R("{A} 什么时候派送 客户问", "jt", "track A")
R("{A} 到哈尔滨了没有", "ems", "track A")
R("麻烦看下 {A} {B} {C} 到哪了 都是上周五发的", "zto", "track A B C")
R("西安阿花退回来的换货 {A} 到哪了", "sto", "track A")
R("{A} 昨天发的大包 查一下 客户问", "deppon", "track A")
R("{A} 到哪里了 唔该", "yto", "track A")
R("{A} 查", "zto", "track A", cats=(5,))
R("{A} 这包走到哪了 南宁的", "jt", "track A")
R("帮我看下 {A} 揽收了没", "yunda", "track A")
R("{A} 客户说物流一直显示在路上 现在在哪", "sto", "track A")
R("{A} 明天能到兰州吗", "ems", "track A")
R("{A} 到郑州了吗 刘老板问", "zto", "track A")
R("查下 {A} 物流 这是退回档口的那包", "yto", "track A")
R("{A} 在哪", "jd", "track A")
R("{A} 我们档口寄回给厂家的 到了没", "zto", "track A")
R("大包 {A} 到常熟了没有 厂里等着返工", "deppon", "track A")

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 在杭州转运中心卡了四天了 一直没更新", "sto", "delay A")
R("{A} 延误了 客户说都一个礼拜了", "yunda", "delay A")
R("{A} 物流好几天没更新 成都张姐的", "zto", "delay A")
R("{A} 停在广州白云 不动了", "yto", "delay A")
R("{A} 五天了 还在郑州中转 一点动静没有", "jt", "delay A")
R("{A} 这个延误了 登记一下", "sto", "delay A")
R("{A} 到了沈阳就不动了 三天了", "zto", "delay A")
R("{A} 大包 发出来一周了 物流还停在苏州", "deppon", "delay A")
R("{A} 延误 客户等着要货 过年前卖的", "yunda", "delay A")
R("{A} 显示到兰州 然后就没动静了 四天", "ems", "delay A")

# damaged
R("{A} 破了 袋子划了个大口子 衣服弄脏了好几件", "zto", "damaged A")
R("{A} 编织袋破了 淋湿了 客户拍了照片", "sto", "damaged A")
R("{A} 压坏了 里面盒装的礼服盒子全扁了", "yto", "damaged A")
R("{A} 外包装破损 客户签收的时候发现的", "yunda", "damaged A")
R("{A} 包破了 里面有两件羽绒服沾了油", "deppon", "damaged A")
R("{A} 破损 登记一下", "jt", "damaged A")
R("{A} 到了之后袋子是破的 衣服被水泡了 发霉", "zto", "damaged A")
R("{A} 箱子被压烂了 衣架都断了", "sto", "damaged A")
R("{A} 外箱破了", "yto", "damaged A")

# lost
R("{A} 丢件了 半个月了找不到", "zto", "lost A")
R("{A} 件没了 快递员说找不到", "yunda", "lost A")
R("{A} 遗失 客户一直没收到 网点也说找不到了", "sto", "lost A")
R("{A} 十天没动 是不是丢了", "jt", "lost A")
R("{A}\n{B}\n{C}\n一票拆的三包 到了两包 {C} 这包丢了", "zto", "lost C", cats=(7,))
R("{A} 少件 客户说大包里少了一捆 10件", "deppon", "lost A")
R("{A} 丢了吧 哪都查不到", "yto", "lost A")
R("{A} 快递员说分拣的时候掉了 找不到了", "sto", "lost A")

# weight
R("{A} 重量不对 这包就8公斤 算我15公斤", "zto", "weight A", cats=(4,))
R("{A} 核一下重量 小包怎么按大包算的", "yto", "weight A")
R("{A} 超重？我们档口称的才6斤", "sto", "weight A")
R("{A} 称一下 运费扣了86 不可能这么重", "yunda", "weight A", cats=(4,))
R("{A} 查重量 我们自己称的是23.5kg", "deppon", "weight A", cats=(4,))
R("{A} {B} 这两包重量都不对 帮忙核重", "jt", "weight A B")
R("{A} 计重有问题 一包T恤怎么会12公斤", "zto", "weight A")
R("{A} 算重了 帮复称一下 运费多扣了四十多", "sto", "weight A")
R("核重 {A} 羽绒服很轻的 不会超过5公斤", "sf", "weight A")
R("{A} 重量对一下 账单上写30kg 实际我们称的18", "zto", "weight A", cats=(4,))

# verify delivery
R("{A} 显示签收了 客户说没收到", "zto", "verify_delivery A")
R("{A} 签收了？张姐说店里没人收到 帮忙核实下", "yto", "verify_delivery A")
R("{A} 被别人签收了 不是我们客户签的", "sto", "verify_delivery A")
R("{A} 显示已签收 放哪了 客户没拿到 核实一下", "yunda", "verify_delivery A")
R("{A} 妥投了 但是王哥说没收到货", "ems", "verify_delivery A")
R("{A} 退回档口的 显示签收了 我们档口没人收到过", "zto", "verify_delivery A")
R("{A} 虚假签收 客户根本没收到 快递员自己点的签收", "jt", "verify_delivery A")

# claim, complaint, arbitration
R("{A} 丢了 30件羽绒服 货值4500 申请理赔", "deppon", "claim A", cats=(4, 8))
R("{A} 破损 衣服全湿了 要赔偿", "zto", "claim A", cats=(8,))
R("{A} 理赔 货值1680 发票我有", "sto", "claim A", cats=(4,))
R("{A} 快递员态度太差 打电话骂人 投诉", "yto", "complaint A")
R("{A} 投诉 派件员不送上楼 让客户自己下来搬大包", "zto", "complaint A")
R("{A} 客诉 快递员把包扔在市场门口就走了", "jt", "complaint A")
R("{A} 理赔金额不对 只赔三倍运费 我们不接受 申请仲裁", "sto", "arbitration A")
R("{A} 丢件要赔钱 一包15件 批发价每件128", "yunda", "claim A", cats=(4, 8))
R("{A} 丢了 理赔 货值2400", "zto", "claim A", cats=(4, 8))

# chit-chat and questions without a waybill
R("明天几点来收件 我这有三十多包", "zto", "")
R("今天德邦还来拉货吗", "deppon", "")
R("好的 谢谢", "yto", "")
R("收到", "sto", "")
R("师傅今天几点截单", "zto", "")
R("辛苦了", "jt", "")
R("大包超过30公斤还收吗", "yunda", "")
R("明天十三行放假 不发货 跟师傅说一声", "yto", "")
R("好嘞", "zto", "")
R("小哥说下午四点来拿 对吧", "sto", "")
R("今天下雨 大包的编织袋多缠两圈胶带 跟打包的说了", "zto", "")
R("谢了啊 下次请你喝奶茶", "jt", "")
R("新疆现在能发吗 有个客户在乌鲁木齐", "yunda", "")

# ---------------------------------------------------------------- 0/7: batches, several parcels and commands
R("{A} 成都张姐 拦截\n{B} 重庆小梅 催件\n{C} 西安阿花 查一下", "zto", "intercept A; urge B; track C", cats=(7,))
R("今天下午这批\n{A} 郑州\n{B} 洛阳\n{C} 武汉\n全部催一下 客户都在等", "sto", "urge A B C", cats=(7,))
R("{A} 拦 {B} 催", "yto", "intercept A; urge B", cats=(7,))
R("{A}\n{B}\n{C}\n第一个拦截 后面两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} 沈阳李姐\n{B} 哈尔滨王哥\n{C} 长春小赵\n{D} 大连丽丽\n东北这四包都催一下 降温了等着卖羽绒服", "zto",
  "urge A B C D", cats=(7,))
R("{A}\t成都张姐\t拦截\n{B}\t重庆小梅\t催件\n{C}\t贵阳欢欢\t拦截", "yunda", "intercept A C; urge B", cats=(7,))
R("{A} 改地址 到 昆明新螺蛳湾 8区112 小杨 {P}\n{B} 催一下", "jt", "change_address A; urge B", cats=(4, 7))
R("上面三个 {A} {B} {C} 都查一下物流", "sto", "track A B C", cats=(7,))
R("{A}\n{B}\n以上两包撤单 {C} 这包照发", "zto", "cancel A B", cats=(7,))
R("{A} 大包 拦截\n{B} 小包 拦截\n一起的 南宁阿芳的", "yto", "intercept A B", cats=(7,))
R("{A} {B} {C} {D} {E}\n这五包都是济南丽丽的 全部拦截退回", "zto", "intercept A B C D E", cats=(7,))
R("1. {A} 拦截\n2. {B} 拦截\n3. {C} 改地址 武汉汉正街 万商白马4楼 陈姐 {P}", "sto",
  "intercept A B; change_address C", cats=(4, 7))
R("{A}（成都）{B}（重庆）{C}（西安）\n第二个催一下 其他两个查下到哪了", "jt", "urge B; track A C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n1 3拦截 2 4催件", "zto", "intercept A C; urge B D", cats=(7,))
R("{A} 延误 {B} 破损 都是今天客户反馈的", "yunda", "delay A; damaged B", cats=(7,))
R("单号\t客户\t处理\n{A}\t郑州刘老板\t退回\n{B}\t太原赵姐\t催派\n{C}\t石家庄芳芳\t改址 新地址另发", "zto",
  "intercept A; urge B; change_address C", nh=True, cats=(7,))
R("{A} 拦截 {B} 也拦截 {C} 催件 {D} 也催", "sto", "intercept A B; urge C D", cats=(7,))
R("刘阿姨记的 今天要拦的：\n{A} 兰州\n{B} 西宁\n{C} 银川", "deppon", "intercept A B C", cats=(7,))
R("{A} 催件\n{B} 催件\n{C} 催件\n{D} 催件\n{E} 催件\n{F} 催件", "zto", "urge A B C D E F", cats=(7,))
R("{A} 查重量\n{B} 查重量\n两包都是羽绒服 不可能20多公斤", "deppon", "weight A B", cats=(7,))
R("这几包都到了吗\n{A}\n{B}\n{C}", "yto", "track A B C", cats=(7,))
R("{A} {B} 重庆小梅的两包 前面那包拦截 后面那包改派 到她朋友店 重庆南坪 万达广场2楼 小丽 {PN}", "jt",
  "intercept A; change_address B", cats=(4, 7))
R("{A} 破了\n{B} 湿了\n{C} 丢了一包\n客户今天一起反馈的", "zto", "damaged A B; lost C", cats=(7,))
R("批量催件：\n{A}\n{B}\n{C}\n{D}", "sto", "urge A B C D", cats=(7,))
R("{A} 撤单 {B} 拦截 一个还没收走一个已经发了", "zto", "cancel A; intercept B", cats=(7,))
R("以下是今天拒收的 全部拦截退回档口\n{A} 合肥小吴\n{B} 南昌丽萍\n{C} 福州阿珍", "yunda", "intercept A B C",
  cats=(7,))
R("{A} 西安\n{B} 兰州\n西安那包催一下 兰州那包拦", "ems", "urge A; intercept B", cats=(7,))
R("{A}、{B}、{C} 全部加急 订货会的样品", "sf", "urge A B C", cats=(7,))
R("常熟恒发 今日异常件\n{A} 延误\n{B} 延误\n{C} 少件", "zto", "delay A B; lost C", cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 破损 衣服全湿了 要赔 快递员还把包扔地上 投诉他", "zto", "claim A; complaint A", cats=(8,))
R("{A} 延误七天 客户要投诉", "sto", "delay A; complaint A", cats=(8,))
R("{A} 拦截并投诉 快递员私自改了派送时间还不接电话", "yto", "intercept A; complaint A", cats=(8,))
R("{A} 袋子破了 少了三件 要理赔 货值510", "deppon", "claim A", cats=(4, 8))
R("{A} 包破了 快递员态度还差 说爱要不要 投诉", "yunda", "damaged A; complaint A", cats=(8,))
R("{A} 重量不对 扣了我96块 核重 然后投诉一下那个收件员 老是乱称", "zto", "weight A; complaint A", cats=(4, 8))
R("{A} 催一下 客户已经投诉了 快点送", "jt", "urge A; complaint A", cats=(8,))
R("{A} 丢了 申请理赔 然后投诉网点 一个月了没人管", "sto", "claim A; complaint A", cats=(8,))
R("{A} 压坏了 登记破损 再帮我催一下另一包 {B}", "zto", "damaged A; urge B", cats=(7, 8))
R("{A} 延误了 登记一下 再催一下", "yunda", "delay A; urge A", cats=(8,))
R("{A} 理赔+仲裁 赔的太少了 120块打发谁呢", "sto", "claim A; arbitration A", cats=(4, 8))
R("{A} 拦截退回 客户拒收 顺便查一下重量 运费怎么收了58", "zto", "intercept A; weight A", cats=(4, 8))
R("{A} 货被淋湿了 要赔钱 还有你们派件员把货放门口被人拿了两件", "jt", "claim A", cats=(8,))
R("{A} 破了 要赔偿 另外投诉 快递员不让验货", "yto", "claim A; complaint A", cats=(8,))

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 成都张姐\n{B} 重庆小梅\n{C} 西安阿花\n全拦 重庆那包不用拦", "zto", "intercept A C", cats=(1, 7))
R("{A} 拦截 算了算了不拦了 她又说要了", "yto", "", cats=(1,))
R("{A} 不用拦了 客户又要了", "sto", "", nh=True, cats=(1,))
R("{A} 不是不拦 是现在马上拦 下午就要派了", "zto", "intercept A", cats=(1,))
R("{A} 别退回 改派到 成都荷花池 金荷花市场3楼 张姐朋友店 小芳 {P}", "yunda", "change_address A", cats=(1, 4))
R("上午说要拦的那包 {A} 老板说不拦了 照常派", "zto", "", nh=True, cats=(1,))
R("{A} {B} 催一下 {B} 不用了 她刚说收到了", "jt", "urge A", cats=(1,))
R("{A} 不要撤单 已经揽走了 要拦截", "sto", "intercept A", cats=(1, 2))
R("{A} 撤单 {B} 别撤 {B} 照发", "zto", "cancel A", cats=(1,))
R("{A}\n{B}\n{C}\n{D}\n除了 {C} 都拦 {C} 是老客户的 她要", "yunda", "intercept A B D", cats=(1, 7))
R("{A} 先不拦 看明天能不能到 到不了再说\n{B} 拦", "zto", "intercept B", cats=(1,))
R("{A} 客户说不要退回了 她自己去网点拿", "yto", "", nh=True, cats=(1,))
R("不理赔了 {A} 客户说找到了 在她隔壁店", "sto", "", nh=True, cats=(1,))
R("{A} 改址不改了 就送原来那个地址", "zto", "", nh=True, cats=(1,))
R("{A} 不拦 {B} 拦", "jt", "intercept B", cats=(1,))
R("{A} 这包必须拦回来 不能不拦 里面是别人家的货", "sto", "intercept A", cats=(1,))
R("{A} 别催了 她说不急 过完年再说", "yunda", "", nh=True, cats=(1,))
R("{A} {B} {C} 三包 除了第一包 其他都不用管 第一包拦截", "zto", "intercept A", cats=(1, 7))
R("老陈说下午那批里 {A} 拿出来 不拦了 阿花又要了", "sto", "", nh=True, cats=(1,))
R("{A} {B} {C} 拦截\n等下 {B} 不拦了 老板说她那包要", "zto", "intercept A C", cats=(1, 7))
R("{A} 拦截\n哦 不用了 客户刚回电话 说照收 不用拦", "yto", "", cats=(1,))
R("{A} 不要拦截 不要撤单 就是催一下 客户急用", "zto", "urge A", cats=(1,))
R("{A} 别改地址了 直接退回档口", "sto", "intercept A", cats=(1, 2))
R("{A} 催件不用催了 改成拦截 客户说不要了", "jt", "intercept A", cats=(1, 2))
R("今天这批除了 {A} 别的都正常 {A} 截下来", "zto", "intercept A", cats=(1,))
R("{A} 没有破 是少了两件 少件登记", "deppon", "lost A", cats=(1,))
R("{A} 不是要投诉 就是催一下 别搞错了", "yto", "urge A", cats=(1,))
R("刚才让撤的 {A} 不撤了 小哥已经拿走了 就让它发", "yunda", "", nh=True, cats=(1,))
R("{A} {B} 拦截 不对 {A} 不拦 只拦 {B}", "zto", "intercept B", cats=(1, 2))
R("{A} 这包不用退回 不用改地址 就放网点 她明天自己来拿", "sto", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A:typo} 拦截\n打错了 是 {A}", "zto", "intercept A", cats=(2,))
R("{A} 撤单 哦不对 小哥已经收走了 那就拦截", "yto", "intercept A", cats=(2,))
R("{A} 改地址 算了 还是拦截吧 她说不要了", "sto", "intercept A", cats=(2,))
R("{A} 改派到 长沙高桥大市场 服装区 湘妹子 {P}\n不好意思城市写错了 是株洲 芦淞服装城 二楼 湘妹子 电话一样", "zto",
  "change_address A", cats=(2, 4))
R("{A} 催一下\n更正 单号是 {B} 上面那个是别家的", "yunda", "urge B", cats=(2,))
R("拦截 郑州刘老板 {A}\n哦不对 小周写错了 要拦的是洛阳那包 {B}\n郑州的正常派", "zto", "intercept B", cats=(2,))
R("{A} 催件——不对 搞错了 要拦截 客户不要了", "jt", "intercept A", cats=(2,))
R("{A} {B} 拦截\n更正：{B} 是催件 不是拦截", "sto", "intercept A; urge B", cats=(2,))
R("{A} 改派 武汉汉正街 万商白马4楼 陈姐 {P}\n电话写错了 是 {P2}", "zto", "change_address A", cats=(2, 4))
R("{A:typo} 催一下\n小周抄错一位 正确的是 {A}", "yto", "urge A", cats=(2,))
R("{A} 拦 哦不 是 {B} 拦 {A} 那个昨天已经签收了", "jt", "intercept B", cats=(2,))
R("{A} 改地址到成都 ……等下 她说不用改了 直接退回", "zto", "intercept A", cats=(2,))
R("{A}\n{B}\n{C}\n第二包拦截 —— 说错了 是第三包", "sto", "intercept C", cats=(2, 7))
R("{A} 重量不对 哦不是 是 {B} 重量不对 {A} 没问题", "deppon", "weight B", cats=(2,))
R("刚才发的 {A:cut} 少打了一位 完整的是 {A} 拦截", "yto", "intercept A", cats=(2,))
R("{A} 拦截 撤单 哎呀 到底是哪个 小黄说还没收走 那撤单", "zto", "cancel A", cats=(2,))
R("{A} 发的是兰州马姐 不是西宁 小周写错了 这包查一下到哪了", "ems", "track A", cats=(2,))
R("{A:typo} 这个单号不对 我重新发 {A} 改地址 改到 合肥长江批发市场 服装城2期 小吴 {PN}", "yunda",
  "change_address A", cats=(2, 4))
R("{A} 拦截\n{B} 拦截\n不好意思 第二个贴错了 应该是 {C}", "zto", "intercept A C", cats=(2, 7))
R("{A} 查件 不对 是催件 已经到了她那边还不送", "sto", "urge A", cats=(2,))
R("{A} 改到沈阳五爱 2楼 李姐\n哦 五爱不对 她搬到 沈阳 西柳服装城 B区 23号了 {P}", "jt", "change_address A",
  cats=(2, 4))
R("更正一下 刚才说撤单的 {A} 是拦截 已经发走了", "zto", "intercept A", cats=(2,))
R("{A} 西安阿花 拦截\n{B} 兰州马姐 催\n弄反了 阿花的催 马姐的拦", "yunda", "urge A; intercept B", cats=(2, 7))
R("{A:x} 拦截\n多打了一个8 是 {A}", "jt", "intercept A", cats=(2,))
R("{A} 撤单 还是拦截吧 小哥说早上就收走了", "sto", "intercept A", cats=(2,))
R("刘阿姨念错了 不是 {A:typo} 是 {A} 这包催一下", "deppon", "urge A", cats=(2,))

# ---------------------------------------------------------------- 3: quotes of colleagues and of the bot
R("「快递助手：@玲姐 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的 唔该", "yto", "", cats=(3,))
R("「快递助手：@陈姐 {A} 已签收，无法拦截」\n" + Q + "\n签收了？客户说没收到啊 帮核实下", "zto",
  "verify_delivery A", cats=(3,))
R("「快递助手：@小黄 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n撤单 {A}", "yto",
  "cancel A", cats=(3,))
R("「网点客服：@老陈 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n那就撤吧", "sto",
  "cancel A", cats=(3,))
R("「快递助手：@钱总 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n确认", "deppon", "intercept A",
  cats=(3,))
R("「快递助手：@小周 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n等下 我问下老板娘", "zto", "", cats=(3,))
R("「小黄：{A} 拦截」\n" + Q + "\n这包不用拦 客户又要了", "yto", "", nh=True, cats=(1, 3))
R("「阿强：{A} 西安阿花的 下午发的」\n" + Q + "\n这个也催一下", "zto", "urge A", cats=(3,))
R("回复 @老陈：{A} {B} 拦截\n{B} 不要拦 阿花刚打电话说要", "sto", "", nh=True, cats=(1, 3))
R("「快递助手：@钱总 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n催了也没用 快递员电话里还骂人 投诉他", "zto",
  "complaint A", cats=(3,))
R("「陈姐：{A} 改地址 改到武汉汉正街 白马服装城4楼 陈姐」\n" + Q + "\n写错了 不是白马 是万商白马 4楼4031 电话 {P}",
  "yunda", "change_address A", cats=(2, 3, 4))
R("「小黄：{A} 拦截」\n" + Q + "\n收到 我去档口看下货还在不在", "yto", "", cats=(3,))
R("回复 小周：{A} 成都 {B} 重庆\n成都那包拦", "zto", "intercept A", cats=(3, 7))
R("「快递助手：@玲姐 您的消息已转人工客服处理，请稍候」\n" + Q + "\n快点啊 {A} 这包要拦 马上派了", "yto",
  "intercept A", cats=(3,))
R("「快递助手：@老陈 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n改好了没 客户在问", "sto", "", nh=True,
  cats=(3,))
R("「快递助手：@小丁 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q + "\n要赔的 货值1200 帮我走理赔",
  "deppon", "claim A", cats=(3, 4, 8))
R("{A} 拦截退回\n------------\n这是昨天发的 今天再问下 拦到了没", "zto", "", nh=True, cats=(3,))
R("@快递助手 {A} 拦截已提交，结果会第一时间通知您\n这个是你们昨天回的 到现在还没退回来 到哪了", "jt", "track A",
  cats=(3,))
R("引用 阿强：{A} {B} {C} 都是今天的\n第二个改地址 改到 昆明新螺蛳湾 8区112号 小杨 {PN}", "zto",
  "change_address B", cats=(3, 4, 7))
R("「陈姐：{A} 催一下」\n" + Q + "\n{B} 这包也催", "sto", "urge B", cats=(3,))
R("「快递助手：@陈姐 {A} 撤单成功」\n" + Q + "\n撤错了 这包是要发的 能恢复吗", "zto", "", nh=True, cats=(3,))
R("「老陈：下午这批 {A} {B} {C} 都拦」\n" + Q + "\n{C} 是温州的 不拦 前面两个拦", "yunda", "intercept A B",
  cats=(1, 3, 7))
R("回复 @小黄：{A} 这包是不是拦过了\n没有 还没拦 现在拦截", "yto", "intercept A", cats=(3,))
R("「快递助手：@玲姐 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n登记了有啥用 客户要投诉", "yto",
  "complaint A", cats=(3,))
R("「刘阿姨：{A} 兰州 {B} 西宁」\n" + Q + "\n西宁那包撤单 还没收走", "deppon", "cancel B", cats=(3, 7))
R("「小周：{A} 改地址 新地址是 ……」\n" + Q + "\n小周别管了 我来 这包直接拦截", "zto", "intercept A", cats=(2, 3))
R("「快递助手：@阿强 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n谢谢 那 {B} 也拦一下 一起的", "jt",
  "intercept B", cats=(3,))
R("“{A} 客户拒收 退回”\n上面这条是我们客户发给我的 你们看下这包现在在哪", "zto", "track A", cats=(3,))
R("「快递助手：@钱总 {A} 已签收，无法拦截」\n" + Q + "\n好吧 那算了", "deppon", "", cats=(3,))
R("「快递助手：@小周 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n不拦了 改地址 改到 郑州银基3楼C区 刘老板 {P}",
  "zto", "change_address A", cats=(2, 3, 4))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("收件电话 {PN} 那包 拦一下", "zto", "", nh=True, cats=(4,))
R("订单号 {O} 拦截", "yto", "", nh=True, cats=(4,))
R("1688订单 {O} 快递 {A} 客户说还没到 催一下", "sto", "urge A", cats=(4,))
R("{A} 客户电话 {PN} 打不通 退回", "zto", "intercept A", cats=(4,))
R("{A} 代收货款2680 客户说不要了 拦", "yunda", "intercept A", cats=(4,))
R("{A} 2306# 黑色 S-XL 各5件 共4手 发成都 查下到哪了", "jt", "track A", cats=(4,))
R("档口B2-235 {A} 收件人电话改为 {PN}", "zto", "change_address A", nh=True, cats=(4,))
R("抖店订单 {O} 对应 {A} 拦截 买家退款了", "yto", "intercept A", cats=(4,))
R("{A} 张姐电话 {P} 让派件员送之前打她电话 催一下", "sto", "urge A", cats=(4,))
R("尾号 3817 的那包拦截 成都的", "zto", "", nh=True, cats=(4,))
R("{A} 运费12 货款3480 客户拒收 退回档口", "yunda", "intercept A", cats=(4,))
R("12月3号发的 {A} 到今天12号还没到 催", "zto", "urge A", cats=(4,))
R("{P} 这个是客户电话 单号是 {A} 改地址 改到 太原柳巷 金地3楼 赵姐 电话不变", "jt", "change_address A",
  cats=(4,))
R("订单 {O}\n订单 {O2}\n两单合并一包发的 单号 {A} 催一下", "zto", "urge A", cats=(4,))
R("{A} 15件 3手 货款1950 丢了 申请理赔", "sto", "claim A", cats=(4, 8))
R("{A} 收件人 小梅 {PN} 地址写错了 帮退回", "yto", "intercept A", cats=(4,))
R("货号8823# 白色 M码 那包 {A} 改地址 改到 济南泺口服装城 北区2楼 丽丽服饰 {P}", "sto", "change_address A",
  cats=(4,))
R("{A} 称重 我们台秤称的 7.2kg 网点给我算 11kg 差了快一倍", "zto", "weight A", cats=(4,))
R("这单 {O} 买家说快递丢了 单号是 {A} 帮我查查是不是丢了", "jt", "lost A", cats=(4,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:sp} 拦截", "yto", "intercept A", cats=(6,))
R("{A:nl} 拦", "zto", "intercept A", cf=True, cats=(6,))
R("{A:nl} 催一下", "sto", "urge A", cats=(6,))
R("{A:dash} 改派 到 西安康复路 新康复2楼 阿花 {P}", "jt", "change_address A", cats=(4, 6))
R("单号 {A:sp} 撤单", "zto", "cancel A", cats=(6,))
R("{A:nl}\n这个退回 成都张姐不要了", "yunda", "intercept A", cf=True, cats=(6,))
R("{A:sp} 到哪了", "yto", "track A", cats=(6,))
R("{A:fw} 拦截", "zto", "intercept A", cats=(6,))
R("{A:lc} 拦截退回", "jt", "intercept A", cats=(5,))
R("{A:nl} 撤单", "sto", "cancel A", cf=True, cats=(6,))
R("{A:dash} 查重量", "zto", "weight A", cats=(6,))
R("{A:sp}\n{B:sp}\n两个都催", "yto", "urge A B", cats=(6, 7))

# ---------------------------------------------------------------- hedges: not yet decided
R("{A} 客户好像不要了 要不先拦一下？我再问问她", "zto", "intercept A", cf=True)
R("{A} 可能要退回 阿花说再考虑一下", "sto", "intercept A", cf=True)
R("{A} 先拦着吧？等老板回来定", "yto", "intercept A", cf=True)
R("{A} 看看能不能撤单 不行就算了", "zto", "cancel A", cf=True)
R("{A} 好像得改个地址 她说可能换档口了 新地址 成都五块石 3栋207 {P}", "yunda", "change_address A", cf=True,
  cats=(4,))
R("{A} 要不退回吧 我也拿不准 客户电话一直没人接", "jt", "intercept A", cf=True)
R("{A} 拦截 哎 要不还是别拦 算了还是拦吧 先拦着再说 我拿不准", "zto", "intercept A", cf=True, cats=(2,))
R("{A} {B}\n这两包可能要拦 老陈还在跟客户谈", "sto", "intercept A B", cf=True, cats=(7,))
R("{A} 大概要撤单 客户说可能不要这个色了 我再确认下", "yunda", "cancel A", cf=True)
R("{A} 拦截？还是改地址？客户自己也没想好 先拦着吧", "zto", "intercept A", cf=True, cats=(2,))

# ---------------------------------------------------------------- questions that are not commands; commands only mentioned
R("{A} 拦截了吗", "yto", "", nh=True)
R("上次拦截的那包 {A} 现在到哪了", "zto", "track A")
R("拦截要收费吗 大包贵不贵", "sto", "", nh=True)
R("{A} 这包改地址要加钱吗", "zto", "", nh=True)
R("{A} 催过了没有", "jt", "", nh=True)
R("{A} 是不是已经退回来了 我们档口没看到", "yunda", "", nh=True)
R("拦截一般几天能退回到档口", "zto", "", nh=True)
R("{A} 昨天让拦的 拦成功没有", "sto", "", nh=True)
R("{A} 前天改的地址 改好了没", "yto", "", nh=True)
R("{A} 这包要是拦回来 运费谁出", "zto", "", nh=True)
R("昨天拦截的那三包 {A} {B} {C} 到哪了 档口等着重新发", "jt", "track A B C", cats=(7,))
R("{A} 理赔的钱啥时候到账", "sto", "", nh=True)
R("{A} 之前登记破损的 有结果了吗", "zto", "", nh=True)
R("{A} 退回来的那包 走到哪了 退回单号是多少", "yunda", "track A")
R("{A} 昨天催过一次了 今天还没派 再催一下", "zto", "urge A")
R("{A} 上周投诉过一次了 快递员还是不送 再投诉", "yto", "complaint A")
R("撤单之后运费会退吗", "sto", "", nh=True)
R("{A} 揽收了没有 没揽收的话跟我说一声 我再定", "zto", "track A")
R("你们能帮忙拦截吗 我有个包发错了 单号等下发你", "jt", "", nh=True)
R("下午那批拦截的 退回来是送档口还是放网点", "zto", "", nh=True)
R("{A} 客户问能不能放网点自提", "sto", "", nh=True)
R("怎么拦截 直接发单号就行吗", "yto", "", nh=True)
R("{A} 这个签收了没 签收了就不管了", "zto", "track A")

# ---------------------------------------------------------------- outside the intents, no usable waybill
R("{A} 面单被雨淋花了 帮补打一张", "zto", "", nh=True)
R("{A} 运费帮我开个发票", "sto", "", nh=True)
R("{A} 能不能改成到付 客户说她出运费", "yto", "", nh=True)
R("{A} 保价补一下 货值3000", "zto", "", nh=True, cats=(4,))
R("{A} 到哪了 顺便问下能不能改成到付", "jt", "track A", nh=True)
R("刚才那包拦一下", "zto", "", nh=True)
R("成都张姐那包拦截 单号找不到了 你们能按名字查吗", "sto", "", nh=True)
R("{A:cut} 拦截", "yto", "", nh=True, cats=(4,))
R("{A:cut} 催一下 兰州马姐的", "jt", "", nh=True, cats=(4,))
R("这两包一个拦一个催\n{A}\n{B}", "zto", "", nh=True, cats=(7,))
R("{A} 改地址 新地址等下问到了再发", "yunda", "change_address A", nh=True)
R("{A} 收件人改成 王哥", "jt", "change_address A", nh=True)
R("{A}\n{B}\n前三个都拦", "sto", "", nh=True, cats=(7,))
R("下午发的那批都拦了吧 老板说那个客户不靠谱", "zto", "", nh=True)
R("{A} 改地址 客户搬档口了", "yto", "change_address A", nh=True)

# ---------------------------------------------------------------- the afternoon batch: the boss adds and takes out bags
R("刚才那批拦截的 再加一包 {A} 也是阿花的", "zto", "intercept A", cats=(7,))
R("老陈又加了两包 {A} {B} 一起拦", "sto", "intercept A B", cats=(7,))
R("下午的拦截单 以这个为准：\n{A}\n{B}\n{C}\n之前发的那个 {D} 不拦了", "zto", "intercept A B C", nh=True, cats=(1, 7))
R("{A} {B} {C} 拦截 {D} 也加上\n哦 {D} 算了 那包是小梅的 她要", "yunda", "intercept A B C", cats=(1, 7))
R("早上发的那五包里 {A} 和 {B} 撤单 别的照常", "sto", "cancel A B", cats=(7,))
R("再补一个 {A} 催件 跟上面那批一样 都是东北的", "zto", "urge A", cats=(7,))
R("刚才那批 老板说 {A} 先不拦了 {B} {C} 还是要拦", "jt", "intercept B C", nh=True, cats=(1, 7))
R("今天下午要拦的一共四包\n{A}\n{B}\n{C}\n{D}\n前面我发过两包 {A} {B} 这次是全的", "zto", "intercept A B C D", cats=(7,))
R("{A} {B} 拦截\n{C} 刚打包好还没收走 撤单\n{D} 催一下", "sto", "intercept A B; cancel C; urge D", cats=(7,))
R("{A} 这个也改地址 跟刚才那包一样 改到 重庆朝天门 大西洋国际5楼 小梅 {P}", "yto", "change_address A", cats=(4,))

# ---------------------------------------------------------------- several carriers in one group
R("极兔 {A} 拦截\n圆通 {B} 催一下", None, "intercept A; urge B", draw={"A": "jt", "B": "yto"}, cats=(7,))
R("{A} 顺丰的 拦截退回\n{B} 德邦大包 催", None, "intercept A; urge B", draw={"A": "sf", "B": "deppon"},
  cats=(7,))
R("{A} 查一下", None, "track A", draw="yto")
R("{A} 京东的 改派 到 杭州四季青 意法服饰城5楼 Vivi家 {P}", "jd", "change_address A", cats=(4,))
R("{A} {B} 两个极兔的 都拦", None, "intercept A B", draw="jt")
R("{A} 顺丰 显示签收 客户说没收到", None, "verify_delivery A", draw="sf")
R("{A} 德邦 重量不对 核一下", None, "weight A", draw="deppon")
R("{A} 邮政的 到哪了 新疆那个客户", None, "track A", draw="ems_s10")
R("{A:sp} 国际件 客户在马来西亚 查一下", None, "track A", draw="ems_s10", cats=(6,))

# ---------------------------------------------------------------- longer stories
R("跟你们说下情况 西安阿花上周在我这拿了20手毛衣 分了三包发的 {A} {B} {C}\n今天她说只收到两包 {C} 那包一直没到 物流也不动 帮催一下",
  "zto", "urge C", cats=(7,))
R("我们档口新来的小周 今天下午打单的时候把成都的和重庆的面单贴反了\n{A} 本来是成都张姐的 贴成重庆了\n{B} 本来是重庆小梅的 贴成成都了\n两包都拦回来 重新贴",
  "sto", "intercept A B", cats=(7,))
R("哎 烦死了 郑州刘老板 说好的要 {A} 这包 货到了又不收 说款式过时了 拒收 那就退回来吧 钱他出", "zto",
  "intercept A")
R("{A} 这包是贵阳欢欢的 她上周拿了货 然后今天说有两件起球要退换 这包是我们补给她的换货 麻烦加急", "yunda",
  "urge A")
R("客户昨天打电话说 大包 {A} 到了 编织袋底下破了个洞 少了三件羽绒服 里面还有雨水 要理赔 我们货值按批发价算 一件168",
  "deppon", "claim A", cats=(4, 8))
R("你好 问一下哈 {A} 我们寄给厂家返修的 厂家说没收到 物流显示签收了 是谁签的 核实一下", "zto",
  "verify_delivery A")
R("早上八点就发了 {A} 说今天能到 结果现在还在转运中心 客户在店里等了一天了 明天她要去进别的货了 帮忙催一下派送", "jt",
  "urge A")
R("我跟你们讲 {A} 这包是哈尔滨王哥的 他那边物流一直显示派送中 三天了 人都没见着 快递员电话也不接 要投诉", "zto",
  "delay A; complaint A", cats=(8,))
R("{A} 是南宁阿芳的换货 她把两件M换L 寄回来我们档口 已经五天了 还在广西没出来 是不是延误了", "yto", "delay A")
R("四季青这边今天停电 打不了单 明天的货都后天发 跟师傅说一声 不用来收了", "sto", "")
R("刚才小黄说 {A} 那包重量 网点称的 比我们多了三公斤 我这有打包的时候拍的称重照片 帮核一下", "yto", "weight A")

# ---------------------------------------------------------------- more everyday traffic
R("{A} 催下 客户等着", "zto", "urge A")
R("{A} {B} 查下", "sto", "track A B")
R("{A} 拦截 谢谢啦", "yto", "intercept A")
R("{A} 到了吗", "yunda", "track A")
R("{A} 这个在路上几天了 还没到 催", "jt", "urge A")
R("帮我拦 {A}", "zto", "intercept A")
R("{A} 撤", "sto", "cancel A", cats=(5,))
R("{A} 改派到 兰州东部批发市场 马姐 {P}", "ems", "change_address A", cats=(4,))
R("{A} 帮我看下到哪了 成都的", "zto", "track A")
R("{A} 不动了 四天", "yto", "delay A")
R("早上好 {A} 麻烦催一下", "zto", "urge A")
R("{A} 大包破了", "deppon", "damaged A")
R("{A} 退回", "jt", "intercept A")
R("{A} 老板 这包啥时候派", "sto", "track A")
R("{A}\n{B}\n{C}\n{D}\n这几包到哪了", "zto", "track A B C D", cats=(7,))
R("{A} 客户拒收了 你们退回吧", "yunda", "intercept A")
R("{A} 加急 加急", "yto", "urge A")
R("{A} 改地址 改到 武汉汉正街 新长江 3楼 312 陈姐 {PN}", "zto", "change_address A", cats=(4,))
R("好的 收到 谢谢", "jt", "")
R("{A} 派送了吗", "zto", "track A")
R("麻烦帮我催 {A} 谢谢哈", "sto", "urge A")
R("{A} 查询物流", "yunda", "track A")
R("今天没有件发 师傅不用来了", "zto", "")
R("{A} 截回", "yto", "intercept A", cats=(5,))
R("{A} 取消寄件 谢谢", "jt", "cancel A")

if __name__ == "__main__":
    W.main()
