"""Writer bu: a cross-border 代购 team in Japan and Korea (樱·木槿代购) shipping to buyers in China.

Casting note. 林晓 founded the team and lives in Tokyo (江户川区); she buys at ドンキ, マツキヨ, 银座 and the
duty-free shops and ships from a rented room by EMS (羽田, 成田) on the cross-border postal line (the line's
numbers are China Post's S10 numbers, EA…CN / EJ…CN). 小周, a student in Osaka, buys at 心斋桥 drugstores on
weekends and pastes numbers fast: he mixes up which leg's number is which and pastes the Japanese domestic ヤマト
number of the leg to the team's own room. 金敏静, a Korean-Chinese (朝鲜族) from Yanbian living in Seoul, runs the
Korean line: 明洞, 东大门, 乐天 and 新罗 duty-free shops, Olive Young; her parcels come by air to Shanghai or by
the Incheon–Weihai ferry and clear customs at 威海 and 青岛. 陈姐 in Shanghai does the Chinese side: she watches
the customs clearance (上海 国际邮件互换局, 海关查验, 补税, 退运, 申报价值), chases the buyers' ID-card
verification (实名认证, 身份证上传), re-ships from the team's rented warehouse in 宝山 and from a bonded warehouse
in 杭州 by the domestic carriers (SF, YTO, ZTO, Yunda, STO, J&T, JD, Deppon for the rice cookers) and is the one who
checks the systems and finds the wrong leg's number, a parcel already signed for, or the buyer's real address.
They write in the outlets' WeCom and DingTalk groups and in a multi-carrier group of a consolidation partner
(null carrier). Their Chinese is ordinary and quick, with Japanese and Korean set in: お疲れ様です, よろしく
お願いします, 了解です, 至急, 住所変更, キャンセル, 追跡, 네, 감사합니다, 빨리빨리, 수고하세요, ㅠㅠ; full-width
digits from the Japanese IME; 「」 for quotes; products by their names (雪肌精, 安耐晒, SK-II 神仙水, 白色恋人,
ROYCE 生巧, 龙角散, EVE, 休足时间, 参天 FX, 花王 and Merries 纸尿裤, 明治奶粉, 象印 and 虎牌, 雪花秀, 后 天气丹,
3CE, 正官庄红参, 吕 洗发水); and numbers that are not waybills: yen and won prices (23,100円, ₩98,000), tax bills
and their numbers, declared values, 楽天 order numbers, JAN and Korean barcodes, Japanese and Korean phones
(+81 90-…, 010-…), the buyers' Chinese phones and platform order numbers. Customs delays are told as stories with
dates; buyers' words and the bot's replies are quoted back; colleagues put each other's numbers right.
"""

from harness import Writer

W = Writer("bu", seed=4194301)
R = W.R

S = "ems_s10"  # the cross-border postal leg (EA…CN, EJ…CN)
Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule
BOT = "客服小助手"

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("{A} 麻烦拦截退回，买家申请退款了，谢谢～", "yto", "intercept A")
R("お疲れ様です！{A} 帮忙拦一下，发错色号了，3CE 的 taupe 发成 pink moment 了😭", "zto", "intercept A")
R("{A}\n拦截 退回上海仓", "sf", "intercept A")
R("您好，{A} 这单买家不要了，退回吧。", "yto", "intercept A")
R("{A} 拦截退回，同一个买家雪肌精下了两次单，仓库发重了", "zto", "intercept A")
R("麻烦把 {A} 截回来～收件人电话一直打不通，清完关转过来三天了也联系不上人", "sf", "intercept A")
R("{A} 退回 よろしくお願いします", "yto", "intercept A")
R("拦截 {A}，买家拍错了，要的是安耐晒金瓶不是蓝瓶", "jt", "intercept A")
R("{A} 这个件别派了，退回来。白色恋人发了临期的，保质期只剩两周，买家会给差评", "zto", "intercept A")
R("你好，{A} 请拦截退回寄件人（上海宝山仓），买家拒收", "yunda", "intercept A")
R("{A} 退件，买家说她同事从首尔回来给她带了一样的", "sto", "intercept A")
R("{A} {B}\n这两个拦截，都是正官庄红参，买家退款了", "sf", "intercept A B")
R("麻烦拦截：\n{A}\n{B}\n{C}\n同一个买家的三箱花王纸尿裤，她说国内超市打折了不要了", "yto", "intercept A B C", cats=(7,))
R("{A} 截件，贴错面单了，李女士的货贴了王女士的单", "zto", "intercept A")
R("{A} 麻烦拦回来，ROYCE生巧要冷藏，买家这周出差收不了，放驿站肯定化", "sf", "intercept A")
R("{A} 拦截退回到浦东康桥仓，地址面单上有", "jd", "intercept A")
R("{A} 退回，谢谢。买家那边说不要了", "ems", "intercept A")
R("拦截 {A} 拦截 {B}，都退回上海", "zto", "intercept A B")
R("{A} 退回来吧，买家地址写的公司，公司上个月搬了", "yunda", "intercept A")
R("拦一下 {A} 感谢🙏", "zto", "intercept A")
R("{A} 还没出上海的话帮我截回来，发错货了，雪花秀发成了后", "yto", "intercept A")
R("EMS {A} 退回日本吧，海关要补税，买家不愿意交，我们收回来自己处理", "ems", "intercept A", draw={"A": S})
R("{A} 拦截！拦截！买家说收到也是拒收，不如现在就退", "sf", "intercept A")
R("麻烦 {A} 退回寄件地址，收件人填成我们自己了😅 小周搞的", "yto", "intercept A")
R("{A}拦截退回", "zto", "intercept A")
R("你好，{A} 麻烦拦截，里面的眼药水国内算处方类，不能这么寄，我们收回来", "sf", "intercept A")
R("陈姐说 {A} 要退回，买家拒收了", "yto", "intercept A")
R("{A} 海关那边说不补税就退运，买家说那就不要了，退回日本吧", "ems", "intercept A", draw={"A": S})
R("金敏静：{A} 这个是东大门拿的衣服，买家说尺码小了不要了，退回吧", "sf", "intercept A")
R("{A} 退回 退回 退回!!! 发错买家了", "jt", "intercept A")
R("{A} 拦截，买家说清关太慢等不及，已经在国内专柜买了", "zto", "intercept A")

# cancel
R("{A} 撤单，还没揽收，买家取消了", "yto", "cancel A")
R("{A} 取消寄件，谢谢～快递员不用来拿了", "zto", "cancel A")
R("你好 {A} 作废，面单打错了，重新打一张", "sf", "cancel A")
R("{A}\n{B}\n两个都撤单，今天不发了", "jt", "cancel A B")
R("麻烦帮我把 {A} 取消掉，货还在我们仓库，没交给快递", "yunda", "cancel A")
R("{A} 不寄了，撤单。买家说等下一批一起拼邮", "sto", "cancel A")
R("撤销 {A}，这批首尔回来的货还没验完，先不发", "zto", "cancel A")
R("{A} 作废 谢谢 수고하세요~", "yto", "cancel A")
R("下错单了，{A} 帮忙撤一下单", "sf", "cancel A")
R("下午约的上门取件 {A} 取消吧，货不齐，虎牌电饭煲还差两台", "deppon", "cancel A")
R("{A} 撤单撤单 重复下单了", "yto", "cancel A")
R("早上下的 {A} {B} {C} 三个单全部作废，系统同步出错生成了重复单", "zto", "cancel A B C")
R("{A} 取消寄件，不好意思，刚打的单子，买家改成到我们上海仓自提了", "sf", "cancel A")
R("chedan {A}", "yto", "cancel A", cats=(5,))
R("{A} 帮撤一下，这单买家付款没成功，平台自动关了", "jt", "cancel A")
R("{A} 取消，这箱 Merries 要和下周的货合箱再发", "yto", "cancel A")

# change_address
R("{A} 改地址：上海市闵行区七莘路1885号3号楼1202，收件人周敏，电话 {P}", "sf", "change_address A", cats=(4,))
R("你好 {A} 买家搬家了，地址改成杭州市余杭区五常街道西溪北苑东区18幢2单元601 王晓琳 {P}", "yto",
  "change_address A", cats=(4,))
R("{A} 转寄到苏州工业园区星湖街328号创意产业园8栋前台，收件人不变", "zto", "change_address A")
R("{A} 改派 北京市朝阳区望京SOHO T3 1808 刘佳 {PN}", "sf", "change_address A", cats=(4,))
R("麻烦 {A} 改个地址，原来写的家里，现在要送公司：成都市高新区天府三街199号 太平洋保险金融大厦B座22楼", "jt",
  "change_address A")
R("{A} 地址改到买家妈妈家：南京市鼓楼区湖南路街道马台街61号2栋302，收件人陈桂芳，电话 {P}", "ems",
  "change_address A", cats=(4,))
R("{A} 改地址 → 天津市和平区南京路189号津汇广场2座1105，电话不变", "zto", "change_address A")
R("{A} 住所変更です🙏 新地址：厦门市思明区湖滨南路388号国贸大厦17楼 林小姐 {PN}", "yto", "change_address A",
  cats=(4, 5))
R("{A} 改地址，收件人改为黄丽，电话 {P}，地址改为长沙市岳麓区麓谷街道中电软件园二期5栋", "zto", "change_address A",
  cats=(4,))
R("{A} 买家说小区写错了，麻烦改成：武汉市江夏区金地格林小城6栋1单元902", "yto", "change_address A")
R("gaizhi {A} 郑州市金水区花园路39号 河南电视台家属院3号楼", "zto", "change_address A", cats=(5,))
R("{A} 要改地址，买家等下发新地址过来", "yto", "change_address A", nh=True)
R("{A} 帮忙转寄，买家回老家过年了：重庆市万州区高笋塘街道白岩路29号附2号 谭敏 {P}", "ems", "change_address A",
  cats=(4,))
R("{A} 能改地址吗？改到西安市雁塔区科技路33号 高新国际商务中心2305", "jd", "change_address A")
R("{A} 派送地址修改为：无锡市滨湖区蠡湖大道2099号 江南大学北区18舍 顾晨 {PN}", "yunda", "change_address A",
  cats=(4,))
R("{A} 改一下地址，送到昆明市五华区翠湖南路6号门口的丰巢柜就行，买家自己去取", "sf", "change_address A")
R("{A} 地址改到公司，买家说家里没人，地址等下私聊发你们", "yto", "change_address A", nh=True)
R("{A} 派送员说地址不详，买家的完整地址是：沈阳市皇姑区黄河南大街70号 沈阳师范大学南门菜鸟驿站，麻烦按这个送", "zto",
  "change_address A")
R("韩国回来的 {A} 转寄一下，买家去青岛出差了：青岛市崂山区海尔路182号 出版大厦 15楼 前台 朴女士收", "sf",
  "change_address A")
R("{A} 可以帮忙改个地址吗，改到长沙市开福区芙蓉中路一段478号 运达国际广场18楼", "yto", "change_address A")

# urge
R("{A} 催一下 谢谢", "yto", "urge A")
R("{A} 清关都过了五天了，国内还没派，帮忙催催", "sf", "urge A")
R("{A} 加急，买家周六出国前要拿到", "zto", "urge A")
R("至急！{A} 催件，买家婚礼要用的金平糖，后天就办了", "yto", "urge A")
R("{A} 빨리빨리～帮忙催一下派送🙏", "jt", "urge A", cats=(5,))
R("{A} 在你们网点两天了还没派出去，催一下", "zto", "urge A")
R("{A}\n{B}\n催件", "yunda", "urge A B")
R("{A} 能催一下吗？买家天天问我", "sto", "urge A")
R("EMS {A} 显示到上海国际邮件互换局三天了，麻烦催一下，放行了尽快转国内", "ems", "urge A", draw={"A": S})
R("cuijian {A} 谢谢", "zto", "urge A", cats=(5,))
R("{A} 一直在“派件中”又没人送，请催一下派件员", "sf", "urge A")
R("麻烦 {A} {B} {C} 这三单都催一下，同一批清关出来的", "yto", "urge A B C")
R("{A} 买家说快递员说今天不送明天送，能今天送吗？她明天一早的飞机", "zto", "urge A")
R("{A} 催派，买家孩子在等这罐明治奶粉，家里只剩一顿的了", "yunda", "urge A")
R("{A} 派送快一点可以吗，是草莓大福，放不住", "sf", "urge A")
R("お疲れ様です。{A} 催件お願いします。买家已经等了两周了（日本段一周、清关一周）", "yto", "urge A")
R("{A} 到你们网点了吧？麻烦今天派掉", "zto", "urge A")
R("{A} 买家身份证照片已经上传了，清关能快点吗", "ems", "urge A", draw={"A": S})
R("催 {A}", "sto", "urge A")
R("{A} 买家急着要，孩子发烧，里面是小林制药的退热贴，麻烦今天派", "yto", "urge A")
R("{A} 这个件威海入境的，现在在济南分拨两天了，麻烦催一下", "sf", "urge A")
R("{A} {B} 都是ROYCE生巧，路上四天了，估计化了……帮催一下，能救一个是一个", "sf", "urge A B")
R("金敏静今天从首尔发的 EMS：{A}，麻烦留意一下，到了上海尽快派", "ems", "urge A", draw={"A": S})

# verify_delivery
R("{A} 显示签收了，但买家说没收到，麻烦核实一下", "yto", "verify_delivery A")
R("{A} 系统写着本人签收，可买家本人在大阪出差，根本不在国内……", "zto", "verify_delivery A")
R("{A} 签收人写的“门卫”，买家小区根本没有门卫，核实签收", "sf", "verify_delivery A")
R("{A} 妥投了但是没收到，快递柜也没收到取件码", "ems", "verify_delivery A")
R("{A} 显示已签收放驿站，买家去驿站找了，没有", "yunda", "verify_delivery A")
R("{A} 虚假签收！买家一整天都在家，没人敲门", "jt", "verify_delivery A")
R("{A} 签收了？买家说没收到啊，是不是别人签收了", "sto", "verify_delivery A")
R("买家反馈 {A} 显示“他人代收”，家里人都说没拿到，麻烦查下谁签的", "yto", "verify_delivery A")
R("{A} EMS 显示妥投，买家没收到，信箱里也没有通知单", "ems", "verify_delivery A", draw={"A": S})
R("买家说 {A} 签收的是“丰巢”，可是她没收到取件短信", "sf", "verify_delivery A")

# damaged
R("{A} 到了，箱子压扁了，里面的白色恋人碎了一半", "yto", "damaged A")
R("{A} 雪花秀精华瓶子碎了，漏了一箱", "sf", "damaged A")
R("{A} 外箱破了，胶带有被拆过的痕迹", "zto", "damaged A")
R("{A} 漏液，资生堂红腰子的泵头断了", "jt", "damaged A")
R("{A} 虎牌电饭煲内胆磕变形了，外箱一个大凹", "deppon", "damaged A")
R("{A} 破损登记一下，买家发了照片，象印保温杯摔出坑了", "yto", "damaged A")
R("{A} 压坏了两盒休足时间，盒子扁了，贴片还能用，先登记一下", "yunda", "damaged A")
R("{A} 韩国辣酱罐子裂了，漏得到处都是，买家说箱子外面都是红的", "sto", "damaged A")
R("{A} 买家说外箱被海关拆过又封上了，里面一瓶化妆水碎了", "ems", "damaged A", draw={"A": S})

# lost
R("{A} 是不是丢件了，顺丰揽收后就没信息了，十天了", "sf", "lost A")
R("{A} 少件，一共三盒龙角散，只收到两盒", "yto", "lost A")
R("{A} 遗失登记，上海转运中心说找不到这个件了", "zto", "lost A")
R("{A} 件没了，问了网点，说哪都找不着", "yunda", "lost A")
R("{A} 丢了吧？物流停在“到达 上海浦东转运中心”半个月了，客服也查不到", "yto", "lost A")
R("{A} 买家收到是空盒，里面的 SK-II 小灯泡没了", "jt", "lost A")
R("{A} 三件只到了两件，第三箱没收到", "ems", "lost A")
R("{A} 清关的时候被开箱查验了，到手发现少了两支资生堂防晒", "ems", "lost A", draw={"A": S})
R("{A} 快递员说送到了，结果送到隔壁小区去了，买家自己跑去找也没找到，丢了吧", "zto", "lost A")

# weight
R("{A} 重量不对，我们称的1.2kg，系统显示3.5kg，核一下", "yto", "weight A")
R("{A} 查重量，就两瓶化妆水怎么会超重", "sf", "weight A")
R("{A} 核重，发的是一包Merries纸尿裤，体积大但是不重", "zto", "weight A")
R("{A} 计费重量5公斤？？我们出库称的2.3，麻烦重新称一下", "jd", "weight A")
R("{A} 运费扣了68元，按6公斤算的，实际2.4公斤，核重", "yunda", "weight A", cats=(4,))
R("{A} 超重？里面就三包卡乐比水果麦片，每包700g", "jt", "weight A")
R("{A} 箱子 40×30×30，实重 3kg，收了 8kg 的钱，是按体积重算的吗？麻烦核一下重量", "yto", "weight A", cats=(4,))
R("{A} 这个件发的是两个保温杯，包装不大，重量怎么是 8kg，麻烦核一下", "deppon", "weight A")

# track
R("{A}", "yto", "track A")
R("{A} 到哪了", "zto", "track A")
R("EMS {A} 现在到哪了？清关了吗", "ems", "track A", draw={"A": S})
R("查一下 {A} 物流", "jt", "track A")
R("{A} 物流轨迹发一下", "yunda", "track A")
R("国际 {A}\n国内 {B}\n帮忙查下现在在哪一段", None, "track A B", draw={"A": S, "B": "sf"})
R("{A} where is it now? 买家着急", "yto", "track A", cats=(5,))
R("{A} 今天能派吗", "zto", "track A")
R("{A} 现在在哪个城市了", "ems", "track A")
R("{A}\n{B}\n{C}", "sf", "track A B C")
R("查件 {A}", "yunda", "track A")
R("{A} 出海关了吗？买家问", "ems", "track A", draw={"A": S})
R("林晓让我问一下，{A} 和 {B} 哪个先到？买家想一起收", "yto", "track A B")
R("{A} 清关完了吗？买家的身份证昨天验证通过了", "ems", "track A", draw={"A": S})
R("お疲れ様です。今天东京这边发了 12 箱，单号明天统一发群里。先问一下 {A} 到哪了，买家问了三次了", "ems", "track A",
  draw={"A": S})
R("林晓这边今天从羽田发了一批EMS，明后天到上海。顺便问下上周那批的 {A} 到哪了", "ems", "track A", draw={"A": S})
R("淘宝单号 {O}，买家问 {A} 到哪了", "yto", "track A", cats=(4,))
R("{A} 会派送吗今天", "sf", "track A")

# delay
R("{A} 在上海国际邮件互换局“待海关查验”已经九天了，一点动静都没有", "ems", "delay A", draw={"A": S})
R("{A} 三天没动了", "yto", "delay A")
R("{A} 物流一直停在“青岛转运中心”，五天没更新", "sf", "delay A")
R("{A} 是不是延误了，怎么还没到，都一周了", "zto", "delay A")
R("{A} 清关完转国内段的，杭州发出后就卡在路上四天了", "yunda", "delay A")
R("三月五号东京寄的 {A}，八号到上海，然后一直显示“海关查验中”，今天二十号了……登记个延误吧", "ems", "delay A",
  draw={"A": S})
R("{A} 好几天没更新了", "jt", "delay A")
R("{A} 威海入境的，仁川发出到现在两周了，一直显示“进口清关中”", "ems", "delay A", draw={"A": S})
R("{A} 卡在广州白云清关仓十来天了，一点动静都没有ㅠㅠ", "sf", "delay A")
R("{A} 停滞了，最后一条还是上周五的", "yto", "delay A")
R("{A} 打个延误，说好的次日达，三天了", "sf", "delay A")
R("@客服 {A} 延误两天了，登记一下", "zto", "delay A")
R("{A}（首尔→威海→济南）到济南之后三天没动", "sf", "delay A")

# claim
R("{A} 破损要理赔，神仙水230ml碎了，日本买的 23,100円，有小票", "sf", "claim A", cats=(8, 4))
R("{A} 丢了，要求赔偿，申报价值1800元", "zto", "claim A", cats=(8,))
R("{A} 理赔，保价了3000", "jd", "claim A")
R("{A} 压坏了，要赔钱，我们已经先退了买家450元", "yto", "claim A", cats=(8,))
R("{A} 申请理赔：白色恋人 36枚 ×3盒 全碎，进价 3,456円/盒", "sf", "claim A", cats=(4,))
R("{A} 遗失了，要赔偿，货值 5,800 元（资生堂时光琉璃套装），发票有", "yunda", "claim A", cats=(8,))
R("{A} 少了两瓶 EVE，要赔", "zto", "claim A", cats=(8,))
R("{A} 漏液损坏，赔付一下，买家那边我们已经补发了", "jt", "claim A", cats=(8,))

# complaint
R("{A} 快递员态度很差，买家打电话问一句就被挂了，我们要投诉", "yto", "complaint A")
R("投诉 {A} 的派件员，要买家自己去网点拿，说不送上楼", "sf", "complaint A")
R("{A} 客诉：派件员把货放在小区门口的保安亭，没通知买家", "jd", "complaint A")
R("{A} 这个快递员第三次了，每次都说“联系不上”然后拉回网点，投诉他", "zto", "complaint A")
R("{A} 派件员不接电话也不回短信，投诉", "yto", "complaint A")

# arbitration
R("{A} 理赔结果不认可，申请仲裁", "sf", "arbitration A")
R("{A} 仲裁。你们说破损是我们包装的问题，我们裹了三层气泡膜，照片都有", "zto", "arbitration A")
R("{A} 申请仲裁，赔的钱还不够国际段运费", "yto", "arbitration A")

# nothing to do
R("好的 谢谢～ ありがとうございます", "yto", "")
R("今天几点来收件呀？我们有二十箱首尔回来的货要发", "zto", "")
R("收到 감사합니다", "sf", "")
R("上海这两天海关是不是查得很严啊，好多件都卡着", "ems", "")
R("请问发新疆要加钱吗", "yto", "")
R("大家好，我们是“樱·木槿代购”，以后日本韩国回来的件国内段都走你们网点了，请多关照～", "sf", "")
R("了解です👌", "zto", "")
R("辛苦了 明天见", "yto", "")
R("네 알겠습니다~ 谢谢", "jt", "")
R("下周一开始日本黄金周，东京这边停发一周，有件的话这周发完", "ems", "")
R("今天的件放门卫了，师傅来了直接拿哈", "zto", "")
R("好的好的，麻烦了，ご迷惑をおかけしました", "sf", "")

# ---------------------------------------------------------------- customs stories, several parcels, everyday
R("跟大家说一下情况：{A} 是 2 月 28 日从大阪发的 EMS，3 月 2 日到上海，3 月 4 日海关要买家补身份证，买家 3 月 5 日就传了，"
  "结果到今天 3 月 18 日还是“海关处理中”。买家已经在闲鱼上骂我们了……麻烦帮催一下", "ems", "urge A", draw={"A": S})
R("{A} 这票真的离谱：首尔 11 号发的，13 号到青岛，海关查验完 16 号放行，转给你们之后就没动过，今天都 25 号了。"
  "是不是丢了？", "ems", "lost A", draw={"A": S})
R("{A} 这个件从东京寄出到现在 24 天，中间在上海互换局待了 17 天，出来以后又在转运中心躺了 5 天，买家说要去投诉，"
  "麻烦登记一下延误", "ems", "delay A; complaint A", cats=(8,), draw={"A": S})
R("报告一下：{A} 海关查验的时候开箱了，封回去的时候没封好，到买家手里两瓶雪花秀碎了一瓶。这种情况能理赔吗？",
  "ems", "claim A", cats=(8,), draw={"A": S})
R("{A} 上周海关说要补税，买家周一就交了 ¥148，到现在还是“待放行”，唉……", "ems", "delay A", cats=(4,),
  draw={"A": S})
R("{A} 买家说 3 号就显示“已出海关”，一周了国内段还没信息，现在到哪了？", "ems", "track A", draw={"A": S})
R("{A} 威海海关放行三天了，国内这段一直“待揽收”，是不是没交接？帮催一下", "ems", "urge A", draw={"A": S})
R("{A} 拦截，{B} 催件", "zto", "intercept A; urge B", cats=(7,))
R("{A} 改地址到：上海市静安区南京西路1266号 恒隆广场一期32楼前台；{B} 催一下", "sf", "change_address A; urge B",
  cats=(7,))
R("买家说 {A} 到了但少了一盒，另一个 {B} 还没到，帮查查在哪", "yto", "lost A; track B", cats=(7,))
R("{A} 拦截退回，{B} 也拦，{C} 正常派送", "yto", "intercept A B", cats=(1, 7))
R("{A} 破了，{B} 丢了，{C} 一周没动", "yto", "damaged A; lost B; delay C", cats=(7,))
R("今天清关出来转圆通的一共五票，{A} {B} 催一下，其他的正常", "yto", "urge A B")
R("EMS {A} 和国内的 {B} 是同一个买家的，一个在海关一个在路上，都查一下", "ems", "track A B", draw={"A": S})
R("{A} 催件，{B} 核重，{C} 投诉派件员乱放快递柜", "jt", "urge A; weight B; complaint C", cats=(7,))
R("{A} 麻烦拦一下，买家刚发现拍成了日版的 100V 吹风机，国内用不了，要换成国际电压版", "sf", "intercept A")
R("{A} 派件员把件放门口被人拿走了，买家查监控看到的，东西没了", "yto", "lost A")
R("{A} 三天没动了，催一下", "sf", "urge A")
R("{A} 显示在派送，买家不在家，今天不要送了，明天再送", "zto", "", nh=True)
R("{A} 卡在杭州萧山的跨境仓一周了，是不是清关出问题了？帮查下到哪一步了", "yto", "track A")
R("各位辛苦～ 今天韩国线到了八箱，{A} 这箱麻烦优先派，是孕妇的叶酸", "sf", "urge A")
R("{A} 买家说派件员把红参礼盒放地上，盒子角都磕坏了，登记破损", "sf", "damaged A")
R("刚才电话说的那个就是 {A}，买家不要了，拦截吧", "zto", "intercept A")
R("{A} 要退回来的，买家说面霜是给她妈买的，她妈已经买了", "yunda", "intercept A")
R("{A} 国内段按 3kg 收费，我们出海关时的重量单上是 1.4kg，核一下重量", "sf", "weight A")
R("{A} 要改个收件地址，新地址：长春市朝阳区红旗街 万达广场C座2208 韩女士 {P}", "yto", "change_address A",
  cats=(4,))

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 拦截，{B} 不用拦，清关过了照常派", "yto", "intercept A", cats=(1,))
R("{A} 不用拦了，买家又说要了", "zto", "", nh=True, cats=(1,))
R("{A} 拦截……算了不拦了，买家刚回消息说还是要", "sf", "", cats=(1,))
R("不是不拦，是现在马上拦！{A} 海关放行了，再不拦就转国内了", "ems", "intercept A", cats=(1,), draw={"A": S})
R("{A} 不要退回，改派到买家公司：广州市天河区珠江新城华夏路10号 富力中心28楼前台", "zto", "change_address A",
  cats=(1,))
R("刚才让撤的 {A} 先别撤，我确认一下货是不是已经装箱了", "yto", "", nh=True, cats=(1,))
R("{A} {B} {C} 都拦截，哦 {B} 不用，{B} 的买家已经把税补了，让它走", "sto", "intercept A C", cats=(1,))
R("{A} 地址不改了，还是送原地址", "yunda", "", nh=True, cats=(1,))
R("{A} 不是要理赔，是要查一下为什么显示签收了买家没收到", "zto", "verify_delivery A", cats=(1,))
R("{A} 不用催了，已经收到了 ありがとう", "yto", "", nh=True, cats=(1,))
R("{A} 不拦截，也不退，正常派。要拦的是 {B}", "zto", "intercept B", cats=(1,))
R("{A} 先不理赔了，买家说东西找到了，在邻居家", "sf", "", nh=True, cats=(1,))
R("{A} 别派了，退回来", "jt", "intercept A", cats=(1,))
R("{A} 不要送到家里，送到公司：福州市鼓楼区五四路158号 环球广场16层", "ems", "change_address A", cats=(1,))
R("这两个都不用拦了 {A} {B}", "yto", "", nh=True, cats=(1,))
R("{A} 没有丢，找到了，不用登记遗失了", "zto", "", nh=True, cats=(1,))
R("{A} 买家退款了，但不用拦，让它送过去，买家收到后自己寄回来；{B} 拦截", "yto", "intercept B", cats=(1,))
R("{A} 不撤单了，下午照常来取", "sf", "", nh=True, cats=(1,))
R("除了 {B}，其他都退回：{A} {B} {C}", "zto", "intercept A C", cats=(1, 7))
R("{A} 拦截不用了，改成催件，买家说还是要", "sf", "urge A", cats=(1, 2))
R("{A} 买家不是拒收，是人不在家，别退回，催一下明天派", "yto", "urge A", cats=(1,))
R("{A} 不要理赔也不要投诉，就想知道东西到底在哪", "zto", "track A", cats=(1,))
R("{A} {B} 催件，{A} 算了不催了，刚签收", "zto", "urge B", cats=(1,))
R("{A} 退回…不对不对，不退，买家说要，改成送到她妹妹家：合肥市蜀山区长江西路669号 滨湖花园5幢1003 刘倩 {P}", "yto",
  "change_address A", cats=(1, 2, 4))
R("{A} 买家说要投诉我们发货慢，其实是海关慢……这个不用登记，我们自己跟买家解释", "ems", "", cats=(1,),
  draw={"A": S})
R("{A} 快递员问是不是要拦截，我们没说要拦啊，正常派就行", "zto", "", cats=(1,))
R("{A} 拦截退回\n{B} 也拦截\n{C} 不拦，这个是陈姐自己的快递😂", "sf", "intercept A B", cats=(1, 7))
R("{A} 不是不要了，是晚点要，先别退，催也不用催", "yto", "", nh=True, cats=(1,))
R("{A} 改地址的事不用了，买家说原地址能收", "jd", "", nh=True, cats=(1,))
R("{A} 不是延误，是我们自己晚发了，不过还是麻烦催一下", "sf", "urge A", cats=(1,))
R("{A} 没破，买家看错了，是另一个件 {B} 破了，{B} 登记破损", "yto", "damaged B", cats=(1, 2))
R("{A} {B} {C} 全部拦截，{C} 除外", "jt", "intercept A B", cats=(1, 7))
R("{A} 暂时不用催，海关还没放，催了也没用。{B} 已经出关了，{B} 催一下", "ems", "urge B", cats=(1,),
  draw={"A": S, "B": S})
R("{A} 不用退回日本，国内改个地址就行：大连市中山区人民路23号 百年城2栋1506 金女士 {PN}", "ems", "change_address A",
  cats=(1, 4), draw={"A": S})

# ---------------------------------------------------------------- 2: corrections, the wrong leg's number
R("{A} 拦截——更正，单号打错了，是 {B}", "yto", "intercept B", cats=(2,))
R("不好意思刚才发的 {A} 是日本那边的EMS号，你们圆通查不到的，国内段是 {B}，拦这个", "yto", "intercept B", cats=(2,),
  draw={"A": S})
R("{A} 催一下\n哦不对，这是国际段的号，中通的单号是 {B}，催 {B}", "zto", "urge B", cats=(2,), draw={"A": S})
R("{A} 撤单。哦不对，已经揽收了，那就拦截", "sf", "intercept A", cats=(2,))
R("{A} 改址取消，还是拦截吧，买家说新地址也收不了", "zto", "intercept A", cats=(2,))
R("小周把两个号贴反了：{A} 是韩国EMS的，{B} 才是顺丰的。麻烦顺丰这边 {B} 催一下", "sf", "urge B", cats=(2,),
  draw={"A": S})
R("{A} 延误登记——不好意思看错了，延误的是 {B}，{A} 昨天已经签收了", "yto", "delay B", cats=(2,))
R("@陈姐 你刚发群里的 {A} 是我们日本发货的EMS单，不是德邦的。德邦的是 {B}，改地址要用德邦的号：上海市徐汇区漕溪北路88号 "
  "圣爱大厦9楼前台", "deppon", "change_address B", cats=(2,), draw={"A": S})
R("{A} 拦截……等等看错了，是催件，这票没问题只是慢", "zto", "urge A", cats=(2,))
R("{A:cut} 拦截\n少打了一位，是 {A}", "yto", "intercept A", cats=(2, 6))
R("{A} 拦截 {B} 催件，弄反了，是 {A} 催件 {B} 拦截", "zto", "urge A; intercept B", cats=(2, 7))
R("更正：上面“国际段 {A}”应该是 {B}，我复制成别的订单的了。{B} 查一下到哪了", None, "track B", cats=(2,),
  draw={"A": S, "B": S})
R("{A} 破损……啊不是破损，是少件，盒子好好的，但少了一盒EVE", "yto", "lost A", cats=(2,))
R("{A} 催件，还是拦截吧，买家等不了了，说要退款", "sf", "intercept A", cats=(2,))
R("{A} 转寄到杭州——写错了，是转寄到宁波：宁波市鄞州区天童南路588号 宁波文化广场5号楼", "zto", "change_address A",
  cats=(2,))
R("刚发的单号有误，是 {B} 不是 {A}，{B} 撤单", "yunda", "cancel B", cats=(2,))
R("{A} 这个是日本段的号，你们查不到正常😂 国内韵达的号我找一下……找到了 {B}，帮催", "yunda", "urge B", cats=(2,),
  draw={"A": S})
R("{A} 拦截退回\n\n更正：{A} 不拦，拦截的是 {B}，两个买家都姓金，搞混了", "yto", "intercept B", cats=(2,))
R("陈姐查了系统：{A} 已经签收了，拦不了了；{B} 还在路上，拦 {B}", "zto", "intercept B", cats=(2,))
R("{A} 改地址到南京——不改了，直接退回吧，买家说南京那边也没人", "sf", "intercept A", cats=(2,))
R("{A} 查重量 → 更正：是 {B} 重量不对，{A} 是对的", "jd", "weight B", cats=(2,))
R("EMS {A} 的国内段已经转给圆通了，圆通号 {B}，以后查这个。{B} 麻烦加急", None, "urge B", cats=(2,),
  draw={"A": S, "B": "yto"})
R("{A} 理赔——写错单号了，应该是 {B}，{A} 那个没事", "sf", "claim B", cats=(2,))
R("{A} 撤单\n更正一下，不是撤单是改地址，新地址：青岛市崂山区香港东路195号 上实中心T3 15F", "sf", "change_address A",
  cats=(2,))
R("刚才说 {A} 丢了是我搞错了，丢的是同一个买家的另一箱 {B}，{A} 已经收到", "ems", "lost B", cats=(2,))
R("{A} 催件。不对，我看了下日本段还没到中国呢，催也没用，先查下到哪了", "ems", "track A", cats=(2,), draw={"A": S})
R("{A:typo} 拦截\n打错一个数字，正确的是 {A}", "ems", "intercept A", cats=(2, 6), draw={"A": S})
R("{A} {B} 两票都改地址到 北京市海淀区中关村南大街5号 理工大学北门收发室\n啊 {B} 不用改，{B} 是另一个买家的", "yto",
  "change_address A", cats=(1, 2))
R("小周今天把日本ヤマト的单号 4012-8834-7751 发到群里了，那个是日本国内送到我们房间的号，不是你们的，忽略就好。"
  "真正要催的是 {A}", "yto", "urge A", cats=(2, 4))
R("{A} 拦截\n{B} 拦截\n——上面第二个贴错了，应该是 {C}", "zto", "intercept A C", cats=(2, 7))
R("{A} 要理赔——哦不对，先登记破损，理赔等买家把照片发齐了再说", "sf", "damaged A", cats=(2,))
R("不好意思，上面那条 {A} 是韩国段的 EMS，发错群了。这边顺丰的是 {B}，买家要改地址：威海市环翠区 新威路 17 号 "
  "威高广场 22楼 {P}", "sf", "change_address B", cats=(2, 4), draw={"A": S})
R("{A} 催件\n{B} 催件\n{C} 催件\n更正：{B} 是拦截，买家刚退款", "yto", "urge A C; intercept B", cats=(2, 7))
R("{A} 理赔，哦不是理赔是投诉，东西没坏，就是派件员骂人", "zto", "complaint A", cats=(2,))
R("{A} 是国际段的，国内段我一直找不到……找到了，是 {B}。{B} 改地址到 天津市南开区 鞍山西道 296 号 "
  "南开大学 东门 {PN}", "zto", "change_address B", cats=(2, 4), draw={"A": S})
R("金敏静说的那个 {A} 不是我们的单，是她私人寄的，忽略。我们要拦的是 {B}", "sf", "intercept B", cats=(2,))
R("{A} 拦截\n啊等下，陈姐说买家刚补了税，不拦了，催一下", "ems", "urge A", cats=(2,), draw={"A": S})
R("{A} 查件，顺便核重——算了重量不核了，就查一下到哪了", "yto", "track A", cats=(2,))
R("{A:fw} 拦截お願いします\nすみません、番号間違えました。正しくは {B}", "zto", "intercept B", cats=(2, 5, 6))

# ---------------------------------------------------------------- 3: quotes of colleagues, buyers and the bot
R("「林晓：{A} 拦截退回」\n" + Q + "\n这个不用拦了，海关放行了，买家也把税交了", "ems", "", nh=True, cats=(1, 3),
  draw={"A": S})
R("「林晓：{A} 拦截退回」\n" + Q + "\n这个改成催一下吧，买家说还要", "yto", "urge A", cats=(2, 3))
R("「" + BOT + "：@林晓 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的 辛苦了🙏", "zto", "", cats=(3,))
R("「" + BOT + "：@林晓 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n不用拦了，买家改主意了", "yto", "",
  nh=True, cats=(1, 3))
R("「" + BOT + "：@金敏静 {A} 已签收，无法拦截」\n" + Q + "\n那核实一下签收吧，买家说根本没收到", "sf",
  "verify_delivery A", cats=(3,))
R("「" + BOT + "：@小周 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n撤单 {A}", "zto",
  "cancel A", cats=(3,))
R("「" + BOT + "：@陈姐 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n确认", "yto", "intercept A", cats=(3,))
R("回复 @林晓：{A} 这单要拦截吗？\n拦，退回上海仓", "sf", "intercept A", cats=(3,))
R("引用 金敏静：{A} {B} 首尔回来的两箱都催一下\n{B} 不用催了，刚签收", "yto", "", nh=True, cats=(1, 3))
R("“{A} 改地址到北京朝阳区……”这个是上周的事了，现在买家问到哪了", "sf", "track A", cats=(3,))
R("买家说：「快递员说海关扣了，要交税才给送」\n{A} 这是真的吗？我们这边看早就清关完了", "ems", "", nh=True,
  cats=(3,), draw={"A": S})
R("「" + BOT + "：@林晓 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n催了三次了，派件员还是说没空送，投诉这个派件员",
  "zto", "complaint A", cats=(3,))
R("「" + BOT + "：@小周 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n改地址了没？买家又在问", "yto", "",
  nh=True, cats=(3,))
R("「金敏静：{A} 破损 要理赔」\n" + Q + "\n理赔到哪一步了？一周了没人联系我们", "sf", "", nh=True, cats=(3,))
R("回复 @陈姐：{A} {B} {C} 这三个是今天清关出来的\n第二个拦截，买家退款了", "zto", "intercept B", cats=(3, 7))
R("回复 @小周：{A} 拦截退回\n别拦！这个买家刚补了差价，继续派", "yto", "", nh=True, cats=(1, 3))
R("引用 林晓：{A} 到哪了\n这个我查了，在青岛海关，还没放行。顺便帮我催一下 {B}", "sf", "urge B", cats=(3,))
R("「" + BOT + "：@林晓 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q + "\n好的，另外这个要理赔，"
  "货值 ¥1,280", "yto", "claim A", cats=(3, 4, 8))
R("「" + BOT + "：@金敏静 您的消息已转人工客服处理，请稍候」\n" + Q + "\n等了一个小时了，{A} 到底能不能拦", "zto",
  "intercept A", cats=(3,))
R("「小周：{A} 改地址 {B} 拦截」\n" + Q + "\n@小周 你写反了吧？应该是 {A} 拦截，{B} 改地址。地址买家刚发我：长春市朝阳区"
  "红旗街 万达广场C座2208", "yto", "intercept A; change_address B", cats=(2, 3))
R("买家原话：“{A} 到了但是盒子是瘪的，里面东西没事”\n麻烦登记一下破损吧，怕后面发现问题", "yto", "damaged A",
  cats=(3,))
R("买家原话：“{A} 地址改到我公司 浦东新区世纪大道100号 环球金融中心52楼”\n我跟她确认过了，按她说的改", "sf",
  "change_address A", cats=(3,))
R("买家原话：“{A} 不要了 退回吧”\n我们还在跟她沟通，先别动", "zto", "", cats=(3,))
R("「" + BOT + "：@林晓 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n这个延误登记好几天了没人回，"
  "能不能直接催一下派送", "ems", "urge A", cats=(3,), draw={"A": S})
R("「" + BOT + "：@陈姐 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n{B} 也一样，拦截", "yto", "intercept B",
  cats=(3,))
R("「林晓：{A} {B} 都催一下」\n" + Q + "\n@林晓 {A} 我刚催过了，你不用重复发。{B} 还没催，我来：{B} 催件", "sf",
  "urge B", cats=(3,))
R("「" + BOT + "：@小周 {A} 撤单成功」\n" + Q + "\n好的 收到", "zto", "", cats=(3,))
R("引用 陈姐：{A} 海关要补税 ¥312，买家说不交\n那就退回吧，跟买家说好了", "ems", "intercept A", cats=(3, 4),
  draw={"A": S})
R("「金敏静：{A} 催一下」\n" + Q + "\n这个不是催，是丢了，买家说派件员说找不到件了", "yto", "lost A", cats=(2, 3))
R("回复 @林晓：拦截的那个 {A} 退回到哪了？\n我看了，到上海仓了，明天去拿", "zto", "", cats=(3,))
R("「" + BOT + "：@林晓 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n等等，我问一下买家再说", "sf", "",
  cats=(3,))
R("买家发来的：“我的快递 {A} 怎么还没到啊，都半个月了”\n麻烦帮催一下", "yto", "urge A", cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("买家订单号 {O}，快递单号 {A}，麻烦拦截", "yto", "intercept A", cats=(4,))
R("{A} 核一下重量，申报单上是1.85kg，税单号 SH24031500872", "sf", "weight A", cats=(4,))
R("我的日本电话 +81 90-3312-7745，买家电话 {PN}。{A} 派件员联系不上买家的话打我这个也行，麻烦催一下", "zto", "urge A",
  cats=(4,))
R("{A} 楽天注文番号 328811-20240312-0041287765，买家说显示签收但没收到", "yto", "verify_delivery A", cats=(4,))
R("条码 8809530062513 的那款面膜，{A} 里少了两盒", "yto", "lost A", cats=(4,))
R("{A} 补税 ¥236.50 已经交了（缴款书号 2203 0046 1187），麻烦催一下，放行后尽快派送", "ems", "urge A", cats=(4,),
  draw={"A": S})
R("{A} 申报价值写的 12,800円，实际是 128,000円，少写了个0，现在海关要补申报，怎么办", "ems", "", nh=True, cats=(4,),
  draw={"A": S})
R("韩国电话 010-4823-7719 / 国内 {PN}，{A} 改地址：大连市中山区人民路23号 百年城2栋1506", "sf", "change_address A",
  cats=(4,))
R("{A} 漏液了，是条码 8801051234565 那款吕洗发水", "ems", "damaged A", cats=(4,))
R("买家 {P} 打电话说 {A} 被退回了？我们没申请拦截啊，麻烦查一下怎么回事", "yto", "", nh=True, cats=(4,))
R("{A} 金额 ¥3,980 的 SK-II 套装，显示签收，买家没收到", "sf", "verify_delivery A", cats=(4,))
R("JAN 4987241145331（参天FX眼药水）12 支，{A} 到了只有 10 支", "yto", "lost A", cats=(4,))
R("{A} 收件人电话错了，应该是 {P}，别的不变", "zto", "change_address A", nh=True, cats=(4,))
R("{A}\n买家：金智妍 {PN}\n身份证已上传\n麻烦尽快派送", "ems", "urge A", cats=(4,), draw={"A": S})
R("{A} 理赔金额 45,000원，约等于 235 元人民币，收据照片发群里了", "sf", "claim A", cats=(4,))
R("{A} 改地址，收件人电话 {PN}，地址 上海市长宁区仙霞路99号 尚嘉中心12F", "sto", "change_address A", cats=(4,))
R("+82 10 4417 2290 这个是首尔仓库的电话，海关如果要核实申报可以打这个。{A} 麻烦催一下清关", "ems", "urge A",
  cats=(4,), draw={"A": S})
R("{A} 箱子上写的 12.5kg 是毛重，扣费按 20kg，核重", "deppon", "weight A", cats=(4,))
R("{P} 这个是买家电话，{A} 派件前先打电话，麻烦尽快送", "yunda", "urge A", cats=(4,))
R("入库单 JPW240305017 对应国内单号 {A}，三天了还没更新", "zto", "delay A", cats=(4,))
R("{A} 收到海关补税通知 ¥1,068，买家不想交，能先放行吗", "ems", "", nh=True, cats=(4,), draw={"A": S})
R("{A} 国际段运费 2,400円，国内段你们又收了 18 元，是不是重复收费了", "yto", "", nh=True, cats=(4,))
R("{A} 买家身份证 3101**********1234 已经实名了，还提示未实名，怎么回事", "ems", "", nh=True, cats=(4,),
  draw={"A": S})
R("メルカリの注文 m48812345678 の分です。{A} 拦截お願いします、买家取消了", "zto", "intercept A", cats=(4, 5))
R("{A} 里是 6 罐明治奶粉（每罐 800g），到了只有 5 罐，订单号 {O}", "yto", "lost A", cats=(4,))
R("订单 {O} 和 {O2} 是同一个买家，合并发的 {A}，麻烦催一下", "sf", "urge A", cats=(4,))
R("{A} 买家新电话 {PN}，新地址 厦门市湖里区 仙岳路 4688 号 国际中心 23 楼，麻烦改一下", "zto", "change_address A",
  cats=(4,))
R("{A} 保价 ¥2,000，里面是 2 盒正官庄 6 年根（每盒 ₩228,000），丢了要赔", "sf", "claim A", cats=(4, 8))
R("3/15 从成田发出，3/17 到上海，3/29 还没动 —— {A}，延误", "ems", "delay A", cats=(4,), draw={"A": S})
R("韩国那边的快递公司 CJ 的号是 6894 2270 1135，那是首尔市内送到我们仓的，不用管。国内的是 {A}，帮查下到哪", "yto",
  "track A", cats=(2, 4))
R("{A} 收件人电话 090-6621-3345 是日本号，派件员打不通，改成 {P}", "sf", "change_address A", nh=True, cats=(4,))
R("{A} 买家在平台申请了退款 ¥589，拦截退回", "jt", "intercept A", cats=(4,))

# ---------------------------------------------------------------- 5: Japanese, Korean, pinyin, English
R("{A} lanjie 谢谢", "zto", "intercept A", cats=(5,))
R("{A} please intercept, the buyer cancelled the order", "yto", "intercept A", cats=(5,))
R("{A} 반품 退回 부탁해요", "sf", "intercept A", cats=(5,))
R("{A} キャンセルでお願いします（まだ集荷前です）", "zto", "cancel A", cats=(5,))
R("{A} 至急配達お願いします！买家明天要用", "sf", "urge A", cats=(5,))
R("{A} ㅠㅠ 一周了还没到", "jt", "delay A", cats=(5,))
R("{A} change address pls: 上海市黄浦区淮海中路300号 香港新世界大厦36F, Ms. Zhao {PN}", "sf", "change_address A",
  cats=(4, 5))
R("{A} 破損しています、写真あります。破损登记", "yto", "damaged A", cats=(5,))
R("{A} 紛失？もう二週間経ってる… 是不是丢了", "ems", "lost A", cats=(5,), draw={"A": S})
R("{A} cd 一下，今天不发了", "yto", "cancel A", cats=(5,))
R("{A} lj 退回", "zto", "intercept A", cats=(5,))
R("{A} 택배 언제 와요? 买家问什么时候到", "sf", "track A", cats=(5,))
R("{A} weight 不对 pls check, 1.1kg not 3kg", "yto", "weight A", cats=(5,))
R("{A} 追跡番号です。どこにありますか？", "ems", "track A", cats=(5,), draw={"A": S})
R("{A} 改派 → 新住所 大阪……啊不是，国内地址：北京市东城区东直门南大街1号 来福士中心办公楼10层", "sf",
  "change_address A", cats=(2, 5))
R("{A} return to sender please, 买家 refused", "jd", "intercept A", cats=(5,))
R("{A:fw} 催件お願いします", "yto", "urge A", cats=(5, 6))
R("{A:fw} 追跡お願いします。到哪里了？", "yto", "track A", cats=(5, 6))
R("{A} 출발했어요? 发出了没", "jt", "track A", cats=(5,))
R("{A} 주소 변경：北京市丰台区 丽泽路 16 号 院 2 号楼 丽泽 SOHO 18 层 {PN}", "sf", "change_address A", cats=(4, 5))
R("{A} gz 一下 地址：苏州市吴中区东吴北路188号 {P}", "zto", "change_address A", cats=(4, 5))
R("{A} 不動です、三日間。延误登记", "ems", "delay A", cats=(5,), draw={"A": S})
R("{A} 配達員の態度が悪い、投诉", "zto", "complaint A", cats=(5,))
R("cj {A} {B}", "yto", "urge A B", cats=(5,))
R("{A} 취소 撤单 今天不寄", "sto", "cancel A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("EMS {A:sp} 到哪了", "ems", "track A", cats=(6,), draw={"A": S})
R("{A:sp} 拦截退回", "ems", "intercept A", cats=(6,), draw={"A": S})
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n改地址 苏州市姑苏区人民路1599号 苏州大学本部东区6号楼", "sf", "change_address A", cf=True, cats=(6,))
R("{A:nl} 催一下", "zto", "urge A", cats=(6,))
R("{A:dash} 查件", "sf", "track A", cats=(6,))
R("{A:lc} 拦一下", "yto", "intercept A", cats=(6,))
R("{A:typo} 拦截退回", "ems", "", nh=True, cats=(6,), draw={"A": S})
R("{A:cut} 催一下", "yto", "", nh=True, cats=(6,))
R("尾号 5521 的那个 EMS 拦截一下", "ems", "", nh=True, cats=(6,))
R("{A:fw}\n{B:fw}\n拦截", "zto", "intercept A B", cats=(6,))
R("国际段 {A:sp}，国内段 {B}，国内段改地址：宁波市海曙区中山西路138号 天一广场写字楼8F", "yto", "change_address B",
  cats=(6, 7), draw={"A": S})
R("{A:nl} 撤单", "jt", "cancel A", cf=True, cats=(6,))
R("{A:sp} 三天没动了", "sf", "delay A", cats=(6,))
R("单号 {A:x} 催件", "yto", "", nh=True, cats=(6,))
R("{A:dash} {B:dash} 都拦截", "jt", "intercept A B", cats=(6,))
R("{A:sp} 被海关退运了，现在到哪了", "ems", "track A", cats=(6,), draw={"A": S})
R("{A:sp} 破损，要理赔", "ems", "claim A", cats=(6, 8), draw={"A": S})
R("拦截一下\n{A:nl}", "zto", "intercept A", cf=True, cats=(6,))
R("{A:fw} 派送できますか？催一下", "sf", "urge A", cats=(5, 6))
R("EMS 单号 {A:typo} 一直查不到信息", "ems", "", nh=True, cats=(6,), draw={"A": S})
R("{A:lc}\n{B:lc}\n这两个催一下", "yto", "urge A B", cats=(6,))

# ---------------------------------------------------------------- 7: several parcels, positions, tables
R("今天清关出来的四票：\n{A}\n{B}\n{C}\n{D}\n第一、第三催一下，第二个买家退款了拦截，第四个正常", "yto",
  "urge A C; intercept B", cats=(7,))
R("{A}\t张丽\t拦截\n{B}\t赵敏\t催件\n{C}\t陈晨\t查重量", "zto", "intercept A; urge B; weight C", cats=(7,))
R("{A} {B} {C} 上面两个拦截，最后一个催", "sf", "intercept A B; urge C", cats=(7,))
R("{A}\n{B}\n{C}\n以上三单是同一个买家的，全部退回", "yto", "intercept A B C", cats=(7,))
R("这两个一个拦截一个催件 {A} {B}", "zto", "", nh=True, cats=(7,))
R("单号 | 买家 | 要做的\n{A} | 王** | 改地址 杭州市上城区解放路138号 {P}\n{B} | 李** | 拦截\n{C} | 周** | 催", "zto",
  "change_address A; intercept B; urge C", cats=(4, 7))
R("国际EMS {A} 和 {B} 都到哪了？另外国内的 {C} 催一下", None, "track A B; urge C", cats=(7,),
  draw={"A": S, "B": S, "C": "yto"})
R("{A} {B} {C} {D} {E}\n这五个都是首尔 3/12 那批的，除了第三个都催一下", "yto", "urge A B D E", cats=(1, 7))
R("1. {A} 拦截\n2. {B} 改地址 太原市小店区长风街113号 万达中心B座1702 李鑫 {P}\n3. {C} 核重", "zto",
  "intercept A; change_address B; weight C", cats=(4, 7))
R("{A}、{B}、{C} 全部催件，{D} 查下到哪", "jt", "urge A B C; track D", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n{D} 撤单（这个还没揽收）", "yto", "intercept A B C; cancel D", cats=(7,))
R("前两个延误登记，后一个要理赔：{A} {B} {C}", "sf", "delay A B; claim C", cats=(7,))
R("{A} 和 {B} 是一个包裹拆成两箱寄的，第二箱破了", "yto", "damaged B", cats=(7,))
R("{A}\n{B}\n这俩同一个买家，前面那个拦截，后面那个正常派", "zto", "intercept A", cats=(1, 7))
R("{A} 催，{B} 催，{C} 不用催，已经到了", "yunda", "urge A B", cats=(1, 7))
R("{A} 改地址，{B} 也改，都改到上海市普陀区长寿路868号 月星环球港办公楼21层前台", "sto", "change_address A B",
  cats=(7,))
R("以下三票都是日本直邮清关后转圆通的，麻烦帮催：\n{A}（大阪）\n{B}（东京）\n{C}（名古屋）", "yto", "urge A B C",
  cats=(7,))
R("{A} 拦截，{B} 也是", "zto", "intercept A B", cats=(7,))
R("{A} 核重，{B} 同上", "yto", "weight A B", cats=(7,))
R("顺丰 {A} 催件\n圆通 {B} 拦截\nEMS {C} 查一下清关没", None, "urge A; intercept B; track C", cats=(7,),
  draw={"A": "sf", "B": "yto", "C": S})
R("{A}    拦截    买家退款\n{B}    催件    买家急用\n{C}    核重    多收了运费", "yto",
  "intercept A; urge B; weight C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n后面两个拦截", "zto", "intercept C D", cats=(7,))
R("{A} {B} {C}\n第一个和最后一个是韩国线的，催一下；中间那个日本的，拦截", "sf", "urge A C; intercept B", cats=(7,))
R("今天要处理的：\n①{A} 拦截\n②{B} 拦截\n③{C} 改地址 南昌市红谷滩区 丰和中大道 1099 号 {P}\n④{D} 催", "yto",
  "intercept A B; change_address C; urge D", cats=(4, 7))
R("{A} {B} {C} 这三个是林晓的，催件；{D} {E} 是金敏静的，查下到哪", "yto", "urge A B C; track D E", cats=(7,))
R("{A} 拦截 {B} 拦截 {C} 撤单 {D} 改地址：嘉兴市南湖区 中环南路 1288 号 {PN}", "zto",
  "intercept A B; cancel C; change_address D", cats=(4, 7))
R("{A}\n{B}\n这两个一个是白色恋人一个是 ROYCE，生巧那个要加急", "sf", "", nh=True, cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 破了要理赔，顺便投诉一下这个派件员，直接从车上扔下来的", "yto", "claim A; complaint A", cats=(8,))
R("{A} 外箱破损 + 派件员态度恶劣，投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 拦截并投诉，派件员私自改派送时间，还骂买家", "sf", "intercept A; complaint A", cats=(8,))
R("{A} 延误了十天，买家要投诉", "ems", "delay A; complaint A", cats=(8,))
R("{A} 催一下，买家已经投诉到平台了", "yto", "urge A; complaint A", cats=(8,))
R("{A} 丢了要赔偿，再帮查一下 {B} 到哪了", "zto", "claim A; track B", cats=(7, 8))
R("{A} 核重，顺便催一下", "yto", "weight A; urge A", cats=(8,))
R("{A} 显示签收买家没收到，核实一下，另外投诉派件员乱签收", "sf", "verify_delivery A; complaint A", cats=(8,))
R("{A} 碎了两瓶梅酒，要赔，还要投诉，箱子上明明贴了易碎", "zto", "claim A; complaint A", cats=(8,))
R("{A} 少件 + 外箱破损，里面少了一罐奶粉", "yto", "lost A; damaged A", cats=(8,))
R("{A} 超重了要核重，还有这单慢死了，四天没动，催一下", "jt", "weight A; urge A", cats=(8,))
R("{A} 理赔+仲裁，上次理赔给了 50 块打发我们", "sf", "claim A; arbitration A", cats=(8,))
R("{A} 拦截退回，另外 {B} 破损要赔", "zto", "intercept A; claim B", cats=(7, 8))
R("{A} 派件员把件放在门口淋湿了，东西全废了，要求赔偿并投诉", "yto", "claim A; complaint A", cats=(8,))
R("{A} 延误+投诉，说好次日达的，现在第五天", "sf", "delay A; complaint A", cats=(8,))
R("{A} 破损了，派件员还不让买家拆箱验货就走了，登记破损，投诉他", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 丢件，要理赔，申报价值 ¥2,600，另外投诉你们客服三天没回", "yunda", "claim A; complaint A", cats=(4, 8))
R("{A} 拦截，拦回来以后重新称一下重量，运费不对", "jd", "intercept A; weight A", cats=(8,))

# ---------------------------------------------------------------- questions, commands mentioned but not asked
R("上次拦截的那票到哪了？{A}", "yto", "track A")
R("{A} 拦截了吗", "zto", "", nh=True)
R("{A} 拦截要收费吗？退回日本的国际运费谁出", "ems", "", nh=True, draw={"A": S})
R("{A} 海关扣了，说要补税，去哪交？", "ems", "", nh=True, draw={"A": S})
R("{A} 被退运了？？谁让退的，我们没申请拦截啊", "ems", "", nh=True, draw={"A": S})
R("{A} 多交的税能退吗", "ems", "", nh=True, draw={"A": S})
R("{A} 理赔的钱什么时候到账？", "sf", "", nh=True)
R("{A} 地址改了没", "yto", "", nh=True)
R("{A} 撤单成功没有？下午快递员还是来了", "zto", "", nh=True)
R("{A} 清关要收件人身份证，买家不愿意给，怎么办", "ems", "", nh=True, draw={"A": S})
R("{A} 这个要是退回的话运费怎么算？先问问，还没决定", "yto", "", nh=True)
R("{A} 能拦截吗", "sf", "intercept A")
R("麻烦问下 {A} 现在还能改地址吗？能的话改到 郑州市二七区大学路80号 绿地中心双子塔南塔19层", "zto",
  "change_address A")
R("{A} 显示“已退回”，是我们申请的拦截吗？我不记得有人拦过", "zto", "", nh=True)
R("{A} 显示退回中，是买家拒收了还是你们退的？", "yto", "", nh=True)
R("{A} 这个需要买家实名认证吗？系统提示“收件人未实名”", "ems", "", nh=True, draw={"A": S})
R("{A} 物流显示“清关异常”，什么意思？", "ems", "", nh=True, draw={"A": S})
R("拦截一般多久有结果呀", "zto", "")
R("国际件退回日本的运费是谁出？", "ems", "")
R("改地址要加钱吗？上次改了一个收了 5 块", "yto", "")
R("催件有用吗……上周催了三个都没动", "sf", "")
R("{A} 昨天让你们催的，今天送到了，买家很满意，谢谢！", "yto", "")
R("{A} 上次延误登记之后有人联系我们吗？", "ems", "", nh=True, draw={"A": S})
R("以后韩国线的件我们都先查清关再发群里，不然老搞错单号，给大家添麻烦了😂", "sf", "")
R("{A} 的包装要求是什么？下次寄玻璃瓶的梅酒要怎么包才算合格", "zto", "", nh=True)
R("退运回日本的那个 {A} 现在到哪了", "ems", "track A", draw={"A": S})
R("{A} 是我们这边发的，买家说要申请理赔，理赔需要什么材料？", "sf", "", nh=True)
R("{A} 之前投诉的那个派件员今天又是他送的，态度好多了，哈哈", "zto", "")

# ---------------------------------------------------------------- hedges
R("{A} 要不还是退回吧？海关要补税三百多，买家不想交，我再问问她", "ems", "intercept A", cf=True, draw={"A": S})
R("{A} 先拦着吧？我再跟买家确认一下要不要", "yto", "intercept A", cf=True)
R("看看 {A} 能不能撤单", "zto", "cancel A", cf=True)
R("{A} 好像得改个地址，买家说公司地址是：济南市历下区泉城路180号 齐鲁国际大厦11楼", "sf", "change_address A", cf=True)
R("{A} 可能要退回，买家说家里人收了，不知道会不会拒收……", "zto", "intercept A", cf=True)
R("{A} 拦截？还是不拦？林晓你定吧，我这边都行", "yto", "intercept A", cf=True)
R("{A} 如果还没签收就拦截", "sf", "intercept A")
R("{A} 也许要改地址，买家下周可能搬到：苏州市吴中区东吴北路188号 {P}", "yto", "change_address A", cf=True,
  cats=(4,))
R("{A} 要不撤单算了？仓库说货还没配齐", "zto", "cancel A", cf=True)
R("{A} 拦不拦呢……买家说她再想想，先拦下来吧", "yto", "intercept A", cf=True)
R("{A} 是不是得拦一下？收件人写的是买家在日本用的片假名名字，海关可能过不了", "ems", "intercept A", cf=True,
  draw={"A": S})
R("{A} 海关还没放行的话就退运回日本，放行了就正常派", "ems", "intercept A", draw={"A": S})
R("{A} 估计得退回了，买家电话一直关机，我今晚再打一次", "yunda", "intercept A", cf=True)
R("{A} 收件人改成 金秀英（跟身份证上一致，不然清关过不了）", "ems", "change_address A", nh=True, draw={"A": S})
R("{A} 电话改为 {P}", "zto", "change_address A", nh=True, cats=(4,))

W.main()
