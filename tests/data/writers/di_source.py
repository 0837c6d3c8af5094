"""Writer di: busy shop owners of an outlet's merchant groups who save the day's problems up and send them in one go.

Casting note. Ten small online shops around Hangzhou, Jiaxing, Huzhou, Jinhua and Yiwu, each run by its owner with
one or two helpers, write in their outlets' WeCom and DingTalk groups (ZTO, YTO, STO, Yunda, J&T, SF, JD, EMS,
Deppon, Cainiao, and one multi-carrier group of a cloud warehouse). In the day they post the odd short request
between packing and live streams; after 21:00, when the last bags are out, they send one long message with
everything that came up: three to six parcels, each with its own reason and command ("A 客户拒收了帮忙退回；B 地址写
错了改到…；C 到哪了催一下；D 破损了要理赔"), a parcel with two requests, a parcel named only to tell how an earlier
request ended ("上次拦截的 E 已经退回来了"), a request taken back lower down when a buyer answered while they typed,
and a question or a thank-you at the end. The people:
陈姐 (濮院 wool sweaters, Taobao and Douyin; numbered lists, "今天汇总"), 老周 (永康 vacuum flasks and pots; no
punctuation, semicolons, 永康 words), 小林 (织里 children's wear, a mother typing at night with stories of buyers and
emoji), 王哥 (安吉 white tea and bamboo shoots; polite, 辛苦了, SF and EMS gift boxes), 阿芳 (义乌 hair accessories
and jewellery; hundreds of tiny parcels, J&T and STO, terse), 何老板 (嘉兴 pet food and cat litter, heavy bags,
weights and Deppon), 刘姐 (海宁 leather and fur coats; insured, claims and complaints), 小蒋 (phone cases and
chargers, young, English words and pinyin), 赵叔 (五金 tools, dictates by voice, run-on), 蔡姐 (烘焙原料: butter and
cream in cold chain, SF, JD, Cainiao). Their messages carry buyers' phones in every notation, platform order numbers,
amounts, weights, item codes (货号 M2307, SKU), store names, and quote the bot's replies and each other.
"""

from harness import Writer

W = Writer("di", seed=1299709)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ======================================================================== short, ordinary traffic in the day
# intercept
R("{A} 拦截退回，客户不要了", "zto", "intercept A")
R("陈姐这边 {A} 麻烦拦一下 尺码发错了 L发成M了", "zto", "intercept A")
R("保温杯 {A} 帮忙截回来 颜色发错了 要的是奶白 发成了雾蓝", "yunda", "intercept A")
R("{A} 别派了 退回来 客户那边退款了", "yto", "intercept A")
R("麻烦 {A} 拦截，童装发重了，同一个地址发了两单，这单退回", "yto", "intercept A")
R("{A}\n{B}\n这俩都退回 客户拍错了", "jt", "intercept A B", cats=(7,))
R("在吗 {A} 能拦截吗 客户刚申请仅退款", "sto", "intercept A")
R("{A} 拦截，拦回来放网点就行 我明天自己去拿", "zto", "intercept A")
R("急！！{A} 拦截！发错货了", "sf", "intercept A")
R("{A} 这票麻烦拦一下，里面少放了赠品，退回来我重新发", "deppon", "intercept A")
R("{A} 白茶礼盒 退回吧 客户说那边没人 出差一个月", "sf", "intercept A")
R("{A} lanjie一下 谢谢", "yto", "intercept A", cats=(5,))
R("{A} 如果还没签收就拦截，签收了就算了", "zto", "intercept A")
R("帮我把 {A} 拦回来 客户说别家便宜十块不要了 气死", "jt", "intercept A", cats=(4,))
R("客户拒收了 帮忙退回 {A}", "sto", "intercept A")
R("{A} 这单猫砂 客户下错了地址 收不到 就退回来吧", "deppon", "intercept A")
R("{A} 退件 谢谢 辛苦", "cainiao", "intercept A")
R("{A} 拦截 原因：客户重复下单", "jd", "intercept A")
R("麻烦了 {A} 发错了 皮衣发成了羊剪绒那款 帮我退回海宁", "sf", "intercept A")
R("{A} intercept pls 客户 cancel 了", "yto", "intercept A", cats=(5,))
R("{A} {B} {C}\n这三单都拦截 是同一个客户 他说全部不要了", "zto", "intercept A B C", cats=(7,))
R("{A} 要退回的 客户人在医院 收不了", "ems", "intercept A")
R("{A} 退回来吧 客户那边不要了 说话说到一半拉黑我了", "jt", "intercept A")

# cancel
R("{A} 撤单 还没来收", "zto", "cancel A")
R("{A} 取消寄件，客户不要了，还没揽收", "yunda", "cancel A")
R("下午下的单 {A} 作废吧 我重新下了一个", "sto", "cancel A")
R("{A} {B} 不寄了 帮撤一下", "jt", "cancel A B", cats=(7,))
R("{A} chedan", "zto", "cancel A", cats=(5,))
R("{A} 撤销 下错单了 收件人填成我自己了", "yunda", "cancel A")
R("{A} 撤单。哦不对 刚看已经揽收了 那就拦截吧", "zto", "intercept A", cats=(2,))
R("能不能把 {A} 取消 面单打错了", "ems", "cancel A")
R("{A} 撤单 人在外面 回去再重新下", "cainiao", "cancel A")
R("取消 {A} 这票 货还在我店里没拿走", "deppon", "cancel A")

# change_address
R("{A} 改地址：浙江省杭州市余杭区五常街道 西溪八方城3幢1102 陈小姐 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 客户搬家了 改到 江苏省苏州市吴中区木渎镇金山路88号 电话不变", "yto", "change_address A")
R("{A} 转寄到 上海市闵行区七宝镇漕宝路1555弄12号301 王先生", "sf", "change_address A")
R("{A} 地址要改 收件人改为 李娟 {P}", "yunda", "change_address A", nh=True, cats=(4,))
R("{A} 改派 送到客户公司：宁波市鄞州区天童南路588号 宁波文化广场B座7楼", "zto", "change_address A")
R("{A} 帮忙改个地址 客户填错小区了", "jt", "change_address A", nh=True)
R("{A} gaizhi 新地址 合肥市蜀山区长江西路669号 张女士 {PN}", "yunda", "change_address A", cats=(4, 5))
R("{A} 电话改为 {PN}", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 不要退回，改派到 南京市江宁区秣陵街道胜太路68号 客户在那上班", "sto", "change_address A", cats=(1,))
R("{A} 收件地址更正：绍兴市柯桥区柯岩街道鉴湖路1066号 门卫收", "zto", "change_address A")
R("客户说老家没人了，{A} 改送到 金华市婺城区 宾虹西路 2666号 浙江师范大学 北门菜鸟驿站", "yto", "change_address A")
R("{A} 地址改为 湖州市南浔区练市镇 人民路 18号 沈师傅 {PN}（原来写成了18栋）", "jd", "change_address A", cats=(4,))
R("麻烦 {A} 送到隔壁村 桐乡市 崇福镇 上莫村 5组 客户说原来那个地址快递员找不到", "ems", "change_address A")

# urge
R("{A} 四天了还没到 帮催催", "yto", "urge A")
R("{A} 加急派送 明天孩子生日要穿的", "yto", "urge A")
R("麻烦 {A} 尽快派送 谢谢", "sf", "urge A")
R("{A} 在你们网点放两天了吧 怎么还不派 催一下", "sto", "urge A")
R("{A} {B} 都帮催一下，客户天天问", "jt", "urge A B", cats=(7,))
R("{A} cuijian", "yunda", "urge A", cats=(5,))
R("{A} 黄油 冷链的 放不住 帮忙催快点派", "sf", "urge A")
R("{A} 快点送 客户投诉了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 到哪了 催一下", "yto", "urge A")
R("{A} 能不能催一下啊 都一个礼拜了", "ems", "urge A")
R("{A} 淡奶油 今天必须到 客户明天开店要用 麻烦加急", "jd", "urge A")
R("催件：{A}", "cainiao", "urge A")
R("{A} hurry up 客户明天出国", "jt", "urge A", cats=(5,))

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yunda", "track A")
R("{A} 什么时候能到啊", "sf", "track A")
R("{A}\n{B}\n{C}\n查下这几个到哪了", "zto", "track A B C", cats=(7,))
R("查件 {A}", "deppon", "track A")
R("{A} where is it now", "jd", "track A", cats=(5,))
R("前天改地址的那个 {A} 到哪了 客户问", "zto", "track A", cats=(1,))
R("上次拦截的那票 {A} 退到哪了", "yto", "track A", cats=(1,))
R("客户催得紧 帮看下 {A} 到哪了", "sto", "track A")
R("{A:sp} 查下", "ems", "track A", cats=(6,), draw="ems_s10")

# verify_delivery
R("{A} 显示签收了 客户说没收到", "zto", "verify_delivery A")
R("{A} 签收了？客户一直在家 没人送过来 帮核实一下", "yunda", "verify_delivery A")
R("{A} 别人签收的 不是本人 客户问放哪了", "sto", "verify_delivery A")
R("{A} 妥投了 但是客户说快递柜里没有", "ems", "verify_delivery A")
R("{A} 虚假签收 客户气死了", "jt", "verify_delivery A")
R("{A} 核实签收 客户说家里老人也没收到", "yto", "verify_delivery A")

# damaged
R("{A} 到了外箱破了 杯子磕了个坑", "yunda", "damaged A")
R("{A} 碎了 客户拍了照片 两个碗全碎", "zto", "damaged A")
R("{A} 漏液了 淡奶油 箱子全湿了", "sf", "damaged A")
R("{A} 笋干袋子破了 撒了一箱", "ems", "damaged A")
R("{A} 客户收到 电钻外壳裂了 应该是摔的", "deppon", "damaged A")

# lost
R("{A} 丢件了吧 一个礼拜没动", "zto", "lost A")
R("{A} 一共三箱 客户只收到两箱 少件", "deppon", "lost A")
R("{A} 遗失 登记一下", "jt", "lost A")
R("{A} 快递员说找不着了", "yto", "lost A")
R("{A} 十天了 网点说没这个件 是不是丢了", "sto", "lost A")

# weight
R("{A} 重量不对 这个就一件毛衣 怎么算了3公斤", "zto", "weight A", cats=(4,))
R("{A} 核一下重 扣了我22块运费", "yunda", "weight A", cats=(4,))
R("{A} 超重？我自己称的才1.2kg", "sto", "weight A", cats=(4,))
R("{A} 猫粮两袋 10kg 怎么计了 16kg 帮查重量", "deppon", "weight A", cats=(4,))

# delay
R("{A} 三天没动了", "yto", "delay A")
R("{A} 在金华中转停了好几天 一直没更新", "zto", "delay A")
R("{A} 延误了 客户要投诉", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 怎么还没到 是不是延误了", "sf", "delay A")
R("{A} 卡在义乌分拨 不动了", "jt", "delay A")
R("{A} 物流停在 5号 到今天没更新", "cainiao", "delay A", cats=(4,))

# claim
R("{A} 破了 要理赔 货值128", "zto", "claim A", cats=(4, 8))
R("{A} 丢了 申请赔偿", "yto", "claim A", cats=(8,))
R("{A} 皮衣 保价3000的 现在找不到了 要赔", "sf", "claim A", cats=(4, 8))
R("{A} 理赔 客户收到杯子全凹了", "yunda", "claim A", cats=(8,))
R("{A} 奶油全化了 冷链没冷 要赔钱", "jd", "claim A", cats=(8,))

# complaint
R("投诉 {A} 的快递员 态度太差 客户打电话还骂人", "zto", "complaint A")
R("{A} 快递员不送上门 直接扔驿站 还不打电话 投诉", "yto", "complaint A")
R("{A} 破损了 快递员还说不关他事 要投诉", "sto", "damaged A; complaint A", cats=(8,))
R("{A} 客诉 快递员让客户自己去镇上拿", "ems", "complaint A")

# arbitration
R("{A} 理赔金额谈不拢 我要申请仲裁", "zto", "arbitration A")
R("{A} 仲裁吧 网点一直拖", "yto", "arbitration A")

# chit-chat, questions without a waybill
R("今天几点来收件啊 我有二十多件", "zto", "")
R("好的 谢谢", "yunda", "")
R("辛苦了 明天见", "sf", "")
R("明天下午能早点来拿吗 四点要去接小孩", "yto", "")
R("今天的都打包好了 在门口 三大袋", "sto", "")

# questions about earlier requests or the rules
R("{A} 拦截了吗", "zto", "", nh=True)
R("{A} 改地址改好了没", "yto", "", nh=True)
R("拦截要收费吗 多少钱一票", "zto", "", nh=True)
R("{A} 之前申请的理赔 钱啥时候到账", "sf", "", nh=True)
R("{A} 昨天说拦截 成功没有啊", "yunda", "", nh=True)

# withdrawals of an earlier message
R("{A} 不用拦了 客户又要了", "zto", "", nh=True, cats=(1,))
R("昨天让催的 {A} 不用催了 已经收到了", "yto", "", nh=True, cats=(1,))
R("{A} 改地址那个取消 客户说原地址能收", "jt", "", nh=True, cats=(1,))

# ======================================================================== short, with a twist
R("{A} 拦截 {B} 不用拦", "zto", "intercept A", cats=(1,))
R("{A} 不是不拦 是现在就拦 客户已经退款了", "yto", "intercept A", cats=(1,))
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:cut} 拦截 急", "yto", "", nh=True, cats=(6,))
R("尾号 4421 的那个 拦截一下 客户姓方", "zto", "", nh=True, cats=(4,))
R("拦截一下 刚发的那个", "jt", "", nh=True)
R("{A} 要不拦截吧 我再问问客户", "zto", "intercept A", cf=True)
R("{A} 可能要退回 客户还没回我消息", "yunda", "intercept A", cf=True)
R("{A} 好像得改个地址 改到 杭州市拱墅区 湖州街 51号 我再跟客户确认下", "yto", "change_address A", cf=True)
R("{A} 看看能不能撤单", "sto", "cancel A", cf=True)
R("{A} 拦截 —— 更正 单号打错了 是 {B}", "zto", "intercept B", cats=(2,))
R("回复 @小林：{A} 这个要不要拦？\n拦 客户退款了", "yto", "intercept A", cats=(3,))
R("「陈姐：{A} 拦截退回」\n" + Q + "\n这个不用拦了 客户又要了", "zto", "", nh=True, cats=(1, 3))
R("「快递小助手：@王哥 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n好的 谢谢 那顺便看下现在到哪了", "sf", "track A", cats=(3,))
R("「快递小助手：@老周 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n撤单 {A}", "yunda",
  "cancel A", cats=(3,))
R("{A} 客户说要投诉 我已经安抚好了 不用登记投诉 催一下就行", "zto", "urge A", cats=(1,))
R("{A} 给客户退了5块钱运费差价 这单不用管它", "yto", "", cats=(4,))
R("{A} 退款退了 货还在路上 拦一下", "jt", "intercept A")
R("{A} 地址没错 不用改 催一下就行", "yunda", "urge A", cats=(1,))
R("{A} 不拦了 改成送到客户店里：义乌市 北苑街道 春华路 188号 {PN}", "jt", "change_address A", cats=(2, 4))
R("{A} 客户的电话是 {PN} 一直打不通 帮催一下派送 让快递员多打几次", "zto", "urge A", cats=(4,))
R("{A} 订单号 {O} 客户申请退款了 帮拦截", "yto", "intercept A", cats=(4,))
R("{A} 寄的时候称的2.3公斤 系统显示5公斤 帮看看", "sto", "weight A", cats=(4,))
R("{A} 就一条围巾 是不是算重了", "zto", "weight A")
R("{A} 丢了 要赔 还要投诉这个网点 一个礼拜都不回消息", "yto", "claim A; complaint A", cats=(8,))
R("{A} 外箱破了 里面毛衣没事 登记一下就行 不要赔", "zto", "damaged A", cats=(1, 8))
R("{A} 催件 加 投诉", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 拦截并投诉 快递员私自把件放到别人家门口", "sto", "intercept A; complaint A", cats=(8,))
R("{A} lj 客户不要了", "jt", "intercept A", cats=(5,))
R("EMS {A:sp} 拦截 谢谢", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:dash} 催一下", "yto", "urge A", cats=(6,))
R("{A:fw} 退回", "zto", "intercept A", cats=(6,))
R("{A:lc} 到哪了", "jt", "track A", cats=(6,))
R("{A:x} 拦截", "yto", "", nh=True, cats=(6,))
R("{A} 已经签收了 不用催了 谢谢", "zto", "", nh=True, cats=(1,))
R("{A} 上周就让你们拦截了 结果还是派出去了 客户签收了 我要投诉", "yto", "complaint A")
R("{A} 客户在平台投诉我发货慢 其实是你们中转慢 帮我登记个延误 我好申诉", "zto", "delay A")
R("{A} 快递员送来的时候态度挺好 就是箱子压坏了 陶瓷杯碎了一个 要赔 38", "yunda", "claim A", cats=(4, 8))
R("{A} 客户说延误了两天 要我赔她10块 我赔了 你们帮登记个延误就行 不用你们赔", "zto", "delay A", cats=(4,))
R("{A} 拦截 拦截 拦截 很急", "yto", "intercept A")
R("{A} 改地址能改到省外吗 客户去上海了", "zto", "", nh=True)

# ======================================================================== the end-of-day messages
R("晚上好，今天攒了几个事一起说：\n1. {A} 客户拒收了，帮忙退回\n2. {B} 地址写错了，改到 嘉兴市桐乡市濮院镇 新联路27号 毛衫城东门 沈阿姨 {PN}\n"
  "3. {C} 四天没动了，到哪了 催一下\n4. {D} 客户说外箱破了 毛衣勾丝了 要理赔\n谢谢啦 辛苦", "zto",
  "intercept A; change_address B; urge C; claim D", cats=(4, 7, 8))
R("今天汇总：\n① {A} 退回（客户退款了）\n② {B} 催件\n③ {C} 显示签收 客户说没收到 帮核实\n④ 上次拦截的 {D} 已经退回来了 我今天去网点拿了 谢谢",
  "yto", "intercept A; urge B; verify_delivery C", cats=(7,))
R("陈姐今天的：1、{A} 客户说衣服小了不要了 退回；2、{B} 客户换地址 改到 上海市松江区九亭镇 九新公路339号 3号楼2楼；3、{C} {D} 都催一下 "
  "这两个都是老客户；4、{E} 撤单 今天下午下错的 还没收走", "zto", "intercept A; change_address B; urge C D; cancel E", cats=(7,))
R("今天事有点多 慢慢说\n{A} 这个是昨天发成都的 客户说收到的毛衣有个洞 登记一下破损 不用赔 我给她补了一件\n{B} 哈尔滨的 五天了才到沈阳 帮催\n"
  "{C} 重量肯定不对 一件开衫算我2.6kg\n{D} 这个客户说不要了 退回吧 哦不对 她说先放驿站她考虑下 那就先不退了\n就这些 谢谢", "zto",
  "damaged A; urge B; weight C", cats=(1, 4, 7))
R("晚上好 今天：\n{A} 催\n{B} 催\n{C} 退回 客户拍错颜色\n{D} 改地址 客户没给我新地址 我明天再发你们\n{E} 到哪了", "yunda",
  "urge A B; intercept C; change_address D; track E", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n这四个 第一个拦截 第二个改到 湖州市吴兴区织里镇 珍贝路358号 后面两个催一下 谢谢", "yto",
  "intercept A; change_address B; urge C D", cats=(7,))
R("今天几个单子：{A} {B} {C} 都拦截，团购那批客户集体退款了。{D} 催一下。\n——补充：{B} 客户刚又说要了，{B} 不拦了，正常送。", "jt",
  "intercept A C; urge D", cats=(1, 7))
R("「快递小助手：@阿芳 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的。另外今天还有：{B} 发错款了 也拦一下；{C} 客户说包裹湿了 "
  "发夹都生锈了 登记破损；{D} 客户改地址了 新地址 义乌市稠城街道 工人北路1000号 吴小姐 {PN}", "jt",
  "intercept B; damaged C; change_address D", cats=(3, 4, 7))
R("今天的：\n{A} 催件\n{B:typo} 改地址 改到 上海市浦东新区张江镇 碧波路690号 —— 更正 单号抄错了 是 {B}\n{C} 丢了 要理赔 货值560", "sf",
  "urge A; change_address B; claim C", cats=(2, 4, 7, 8))
R("{A} 撤单 —— 不对 已经揽收了 改成拦截；{B} 催件；{C} 客户说少了一条围巾 一共两条只到一条 少件登记下", "zto",
  "intercept A; urge B; lost C", cats=(2, 7))
R("{A} 地址错了 改到 苏州市工业园区 星湖街328号 创意产业园11幢 顺便催一下 客户周五要用；{B} 退回 另外这单运费算了5公斤 明显不对 帮核重",
  "yunda", "change_address A; urge A; intercept B; weight B", cats=(4, 7, 8))
R("上次拦截的 {A} 今天退回来了，打开一看里面保温杯压扁了，这个要理赔；{B} 到哪了；{C} 取消寄件", "yunda",
  "claim A; track B; cancel C", cats=(7, 8))
R("今天就三个：{A} 催一下；{B} 客户说可能要改地址 还没定 要不先改到他公司 宁波市江北区长兴路689号 吧 我再跟他确认下；{C} 签收了但客户说没收到",
  "zto", "urge A; change_address B; verify_delivery C", cf=True, cats=(7,))
R("昨天让拦的 {A} 不用拦了 客户又要了 让它正常派吧；今天新的：{B} 拦截 发错色了；{C} 催一下 客户明天出差", "yto",
  "intercept B; urge C", nh=True, cats=(1, 7))
R("{A} 拦截成功了没？{B} 这个也要拦 客户退款了；{C} 催一下", "zto", "intercept B; urge C", nh=True, cats=(7,))
R("订单 {O} 的那票 {A} 客户拒收 退回；订单 {O2} 的 {B} 电话改一下 {PN} 地址不变", "zto", "intercept A; change_address B",
  nh=True, cats=(4, 7))
R("这五个今天都要处理：{A} {B} {C} 退回，{D} {E} 催件。\n{C} 先不退 客户还在犹豫 等我明天再说", "yto", "intercept A B; urge D E",
  cats=(1, 7))
R("{A} 拦截 客户说不要了……算了不拦了 来回运费不划算 让客户自己处理吧；{B} 破损 要理赔 108块", "sto", "claim B", cats=(1, 4, 7, 8))
R("today's 汇总：\n① {A} intercept 客户买错型号了 15 买成 15Pro 的壳\n② {B} 催一下 urgent\n③ {C} 到哪了\n④ {D} 地址 change 到 "
  "杭州市滨江区 网商路699号 阿里中心 前台代收", "yto", "intercept A; urge B; track C; change_address D", cats=(5, 7))
R("{A} 快递员扔的 纸箱都踩扁了 里面两个碗碎了 投诉这个快递员 还要理赔 两个碗89；{B} {C} 催件", "zto",
  "claim A; complaint A; urge B C", cats=(4, 7, 8))
R("唉今天真是忙死了 直播下来四十多单😭 跟你们说几个：客户王姐的 {A} 地址写成老家了，她人在杭州，改到 杭州市拱墅区莫干山路100号 耀江国际1508；"
  "还有 {B} 那个客户说不要了 我都给她退款了 货帮我拦回来；{C} 是上礼拜的 客户说还没收到 五天没动了 是不是丢了？还有 {D} 扣了我18块运费 "
  "就一件童装 肯定称错了 帮核下重量", "yto", "change_address A; intercept B; lost C; weight D", cats=(4, 7))
R("辛苦了各位，今天白茶这边几件事：\n一、{A} 礼盒 客户说收到盒子压扁了 茶叶没事 登记一下就好 不用赔\n二、{B} 发北京的 客户等着送人 帮忙加急\n"
  "三、{C} 这个是上周理赔的 钱已经收到了 谢谢\n四、{D} 客户电话一直打不通 快递员说要退回 那就退回吧", "sf",
  "damaged A; urge B; intercept D", cats=(7,))
R("{A} 退\n{B} 退\n{C} 催\n{D} 改 金华市浦江县 浦阳街道 大桥南路56号 {PN}\n{E} 查", "jt",
  "intercept A B; urge C; change_address D; track E", cats=(4, 5, 7))
R("今天德邦的几票：{A} 猫砂四袋 客户说收到三袋 少了一袋；{B} 这个狗粮 客户说袋子破了 漏了一路 要赔；{C} 重量30kg的货算了45 帮核一下；"
  "{D} 客户拒收 退回仓库", "deppon", "lost A; claim B; weight C; intercept D", cats=(4, 7, 8))
R("今天的事：{A} 那件貂 保价8000的 显示签收 客户说没收到 先帮核实 真丢了的话我再申请理赔；{B} 客户要改地址到 海宁市海洲街道 海昌南路 "
  "中国皮革城二期3楼B区025；{C} 快递员态度很差 客户打电话问一下就挂 投诉", "sf",
  "verify_delivery A; change_address B; complaint C", cats=(4, 7))
R("今天那个 {A} 电钻那个客户说不要了给退回来 还有那个 {B} 扳手套装那个说是箱子破了东西少了两把 少件给登记一下 还有 {C} 那个卷尺的催一下催一下 "
  "客户打了好几个电话了", "deppon", "intercept A; lost B; urge C", cats=(7,))
R("今天冷链几个：{A} 黄油到了化成水 客户拒收了 要理赔 450块；{B} 淡奶油 催一下 明天上午前要到；{C} 地址客户写错了 改到 杭州市上城区 "
  "凯旋路445号 一楼面包店；{D} 这票到哪了 冷链显示温度异常？", "sf",
  "claim A; urge B; change_address C; track D", cats=(4, 7, 8))
R("今天仓里的：圆通 {A} 拦截 客户退款；顺丰 {B} 催件；极兔 {C} 改地址 到 温州市鹿城区 五马街12号；京东 {D} 显示签收没收到", None,
  "intercept A; urge B; change_address C; verify_delivery D", cats=(7,), draw={"A": "yto", "B": "sf", "C": "jt", "D": "jd"})
R("刚忙完 今天的\n{A} 客户说地址写错了 要改 新地址：嘉兴市南湖区 东栅街道 纺工路1155号\n{A} 另外催一下\n{B} 不寄了 撤单\n"
  "{C} 拦截 —— 算了 {C} 客户刚付了尾款 不拦了 照常发\n{D} 三天没动了", "zto",
  "change_address A; urge A; cancel B; delay D", cats=(1, 7, 8))
R("今天老周这边：{A} 和 {B} 是同一个客户的 两箱 一箱到了一箱没到 没到的那箱是 {B} 帮查下到哪了；{C} 锅盖碎了 要赔；{D} 催", "yunda",
  "track B; claim C; urge D", cats=(7, 8))
R("「小林：{A} 这个客户说要改地址 我还没问到新地址」\n" + Q + "\n新地址问到了：湖州市吴兴区织里镇 康泰路88号 童装城6楼 朱老板 {PN}\n"
  "另外 {B} 退回 {C} 催件", "yto", "change_address A; intercept B; urge C", cats=(3, 4, 7))
R("今天的：{A} 拦截；{B} 拦截；{C} 拦截。\n哦 等下 {B} 是我发错了单号 应该是 {D}，{B} 那个正常送", "jt", "intercept A C D", cats=(2, 7))
R("今天就两个 {A} 退回 客户说拍错了尺码；{B} 客户在问到哪了 顺便催一下", "yto", "intercept A; urge B", cats=(7,))
R("各位晚上好 今天顺利 就一个事：{A} 客户说收到的皮衣袖子那里压了个印子 不要赔 帮我登记下破损就行 然后 {B} 那票也看下到哪了 谢谢", "sf",
  "damaged A; track B", cats=(7,))
R("汇报一下今天的 哈哈\n1. {A} 撤单\n2. {B} 撤单\n3. {C} 撤单\n以上三个都是下午下错的 还没揽收\n4. {D} 催\n"
  "5. 上次投诉的 {E} 那个快递员今天打电话道歉了 投诉可以撤了 谢谢", "zto", "cancel A B C; urge D", nh=True, cats=(1, 7))
R("{A} 客户说不是她的东西 送错了吧 显示签收了 帮核实；{B} 客户拒收了 退回；{C} 退回的件 到哪了 一个礼拜了还没回来", "zto",
  "verify_delivery A; intercept B; track C", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n{D} 拦截\n除了第三个 都是今天直播的退款单 第三个是我自己填错了地址 第三个不拦了 改到 杭州市西湖区 文三路90号 "
  "东部软件园1号楼", "yto", "intercept A B D; change_address C", cats=(2, 7))
R("{A} 破损 客户说杯子摔变形了；{B} 少件 只收到一个杯盖；{C} 延误 五天了；三个都登记下", "yunda",
  "damaged A; lost B; delay C", cats=(7,))
R("今天的事：\n{A}：客户要改成自提 就送到 临平区南苑街道 人民大道东湖路口 菜鸟驿站\n{B}：客户说一直没人送 催\n{C}：客户已经收到了 谢谢\n"
  "{D}：拦截退回 客户重复下单", "zto", "change_address A; urge B; intercept D", cats=(7,))
R("{A} 到了 客户说里面是空的 东西没了；{B} 这个也是 外箱被划开了 少了两件毛衣；两单都要理赔 还要投诉 这已经是这个月第三次了", "zto",
  "claim A B; complaint A B", cats=(7, 8))
R("今天总结：{A} 客户拒收 退回；{B} 退回；{C} 昨天说要退的 不用退了 客户留下了；{D} 催件；{E} 催件，客户说今天收到了 不用催了", "yto",
  "intercept A B; urge D", nh=True, cats=(1, 7))
R("陈姐：{A} {B} {C} 三单都是一个客户 她要 {A} {B} 退回 {C} 留下 所以 {A} {B} 拦截 {C} 别动 谢谢", "zto", "intercept A B", cats=(1, 7))
R("{A} 这单客户说物流显示在杭州转运中心三天了 是不是丢了 帮查下；{B} 地址没写门牌号 电话 {PN} 麻烦快递员送之前打个电话", "zto",
  "lost A", nh=True, cats=(4, 7))
R("今天三单：\n{A} 退回\n{B} 催\n{C} 改地址\n地址我忘了问 明天补", "yto", "intercept A; urge B; change_address C", nh=True, cats=(7,))
R("那个今天说几个事啊 第一个 {A} 那个客户电话 {PN} 一直打不通 快递员说找不到人 那就退回来吧 第二个 {B} 那个角磨机 客户说收到了开不了机 "
  "这个不是你们的事 我自己处理 第三个 {C} 运费 怎么扣了68那么多 帮我查查重量", "deppon", "intercept A; weight C", cats=(4, 7))
R("今天事多：{A} 拦截退回 客户取消了；{B} 拦截退回 同一个客户；{C} 改地址到 无锡市滨湖区 蠡湖大道2000号 客户说他搬了；{D} 问下到哪了；"
  "{E} 显示签收 客户说柜子里没有 核实下；{F} 是前天破损那个 你们说登记了 结果呢", "zto",
  "intercept A B; change_address C; track D; verify_delivery E", nh=True, cats=(7,))
R("{A} 发出去才发现 里面放的是别人的货 赶紧拦；{B} 那个才是这个客户的 加急送 别让她等；{C} 撤单 没用了", "zto",
  "intercept A; urge B; cancel C", cats=(7,))
R("今天：\n{A} 改地址 改到 上海市嘉定区安亭镇 墨玉南路888号 电话 {PN}\n{A} 不对 地址是 墨玉南路1888号 少打了个1\n{B} 催", "sto",
  "change_address A; urge B", cats=(2, 4))
R("晚上好 说下今天的：{A} 本来要拦截的，后来客户又说要了，那就不拦了，正常派送，催一下吧，客户说明天要；{B} 地址写错了改到 杭州市余杭区 "
  "良渚街道 古墩路1899号 良渚文化村 白鹭郡北5-2-801；{C} 到哪了", "yto", "urge A; change_address B; track C", cats=(1, 7))
R("{A} 客户要求退回 我同意了 麻烦拦截；{B} 客户说这件我们发错码了 她自己寄回来 不用拦；{C} 帮我称一下 我这边记的2.1kg 你们扣的是3kg的钱",
  "zto", "intercept A; weight C", cats=(1, 4, 7))
R("{A}\t拦截\t客户退款\n{B}\t改地址\t宁波市海曙区 中山西路138号 天一广场C座\n{C}\t催件\t\n{D}\t理赔\t破损 货值76", "cainiao",
  "intercept A; change_address B; urge C; claim D", cats=(4, 7))
R("今天的单子问题有点多 先说拦截的：{A} {B}；再说改地址的：{C} 改到 杭州市钱塘区 下沙 学源街118号 浙江传媒学院东门；催件的：{D} {E} {F}；"
  "最后 {G} 这个重量不对 帮核一下。", "yto", "intercept A B; change_address C; urge D E F; weight G", cats=(7,))
R("{A} 拦截，{B} 也拦截，两个都是一个人的 她下了两次。\n等下 我看错了 {B} 是另一个客户 正常的 不拦 只拦 {A}", "jt", "intercept A",
  cats=(1, 2, 7))
R("{A} 客户说箱子到的时候是湿的 里面羊绒衫发霉了 我要理赔 另外投诉 这个件肯定淋雨了也没人管；{B} 客户留了新电话 {PN} 地址还是那个 改一下",
  "zto", "claim A; complaint A; change_address B", nh=True, cats=(4, 7, 8))
R("姐妹们今天又是被客户折磨的一天🙃\n{A} 这个宝妈说孩子长得快 衣服小了 退回吧\n{B} 这个要改地址 她回娘家了 改到 安徽省宣城市广德市 桃州镇 "
  "横山路22号\n{C} 这个是我发错了 发成了男款 拦截\n{D} 说一直没到 我看了物流在派送中 就不催了\n谢谢快递小哥们❤️", "yto",
  "intercept A C; change_address B", cats=(1, 7))
R("{A} {B} {C} {D} 都是今天直播的 {A} {C} 拦截 {B} {D} 正常", "zto", "intercept A C", cats=(1, 7))
R("今天：{A} 催件，{B} 催件，{C} 催件。{C} 那个签收了 看错了 不用催。另外 {D} 客户拒收 退回 谢谢", "sto", "urge A B; intercept D",
  cats=(1, 7))
R("刘姐这边：{A} 貂皮大衣 运输途中被压出折痕了 客户拒收 退回 并且要理赔 3500；{B} 快递员送上门态度差 客户要投诉；{C} 到哪了", "sf",
  "intercept A; claim A; complaint B; track C", cats=(4, 7, 8))
R("今天的：{A} 改地址 改到 南通市崇川区 工农路111号 南通大学启秀校区3号门；不对 客户说寄到家里 南通市通州区金沙镇 建设路16号 刘阿姨 {PN}；"
  "{B} 催件", "zto", "change_address A; urge B", cats=(2, 4, 7))
R("{A} 撤单\n{B} 撤单\n{C} 撤单\n哦 {C} 已经被快递员拿走了 那 {C} 拦截", "jt", "cancel A B; intercept C", cats=(2, 7))
R("今天就一个事 但是很急：{A} 发的是客户订的生日礼物 周六必须到 现在还在长沙分拨 帮忙加急 另外 {B} {C} 正常的 不用管", "sto", "urge A",
  cats=(7,))
R("{A} 地址改到 杭州市临平区 临平街道 迎宾路301号 银泰城5楼\n{B} 地址改到 同上\n{C} 拦截", "zto", "change_address A B; intercept C",
  cats=(7,))
R("今天的 差不多这些：{A} 客户说收到的保温杯不保温 这个我处理 跟快递没关系；{B} 盒子压扁了 杯子没事 登记破损；{C} 客户说送到的是空箱子 "
  "里面的锅没了 要赔 368；{D} 五天没更新了 帮催", "yunda", "damaged B; claim C; urge D", cats=(4, 7, 8))
R("今天 {A} {B} {C} 这三个的重量都不对，都是一个杯子 0.6kg 左右，全给我算了2kg，帮查一下；另外 {D} 催", "yunda", "weight A B C; urge D",
  cats=(4, 7))
R("说一下：{A} 退回，{B} 改地址到 义乌市江东街道 宗泽东路399号 国际商贸城五区23街10086号商铺（10086是商铺号不是电话哈），{C} 查件", "jt",
  "intercept A; change_address B; track C", cats=(4, 7))
R("{A} 显示签收 客户没收到 帮核实一下；{B} 也是 显示签收 客户没收到 同样核实；{C} 拦截", "yto",
  "verify_delivery A B; intercept C", cats=(7,))
R("今天好几单客户都说没收到：{A} {B} {C} 物流都停在郑州好几天了，帮催一下；{D} 这个停了一个礼拜了 估计丢了", "zto",
  "urge A B C; lost D", cats=(7,))
R("晚上好\n今天的问题件：\n1. {A} 拦截（客户七天无理由）\n2. {B} 拦截（发错货）\n3. {C} 催件（客户急用）\n4. {D} 改址（新地址：杭州市上城区 "
  "近江 秋涛路258号 近江家园8幢）\n5. {E} 核重（实际1.5kg 扣费4kg）\n6. {F} 投诉（快递员要客户加5块钱才送上楼）\n辛苦了", "zto",
  "intercept A B; urge C; change_address D; weight E; complaint F", cats=(4, 7))
R("{A} 是上次改地址的 客户说改了以后又送回原地址了 到底送哪了 帮查下；{B} 拦截", "yto", "track A; intercept B", cats=(7,))
R("今天的 {A} 客户说要退 但是我跟她商量了 她说再试穿一下 先不退 看明天；{B} 这个确定退 拦截；{C} 催一下", "yto",
  "intercept B; urge C", cats=(1, 7))
R("{A} 要不拦截吧 我再问问客户 她还没回我；{B} 肯定要拦 客户已经退款了；{C} 到哪了", "zto", "intercept A B; track C", cf=True,
  cats=(7,))
R("{A} 拦一下 先拦着吧？我再问问客户\n{B} 催件", "yto", "intercept A; urge B", cf=True, cats=(7,))
R("老周今天：{A:nl} 这个拦截 {B} 催", "yunda", "intercept A; urge B", cf=True, cats=(6, 7))
R("今天的：{A} 改地址 改到 嘉兴市秀洲区 王店镇 建设街88号 {B} 退回 {C} 催 {D} 催 都是急的", "zto",
  "change_address A; intercept B; urge C D", cats=(7,))
R("今天退回的：{A} {B} {C} {D}；催件的：{E}；还有 {F} 客户说收到的发夹断了 不要赔 给她补发了 登记一下就行", "jt",
  "intercept A B C D; urge E; damaged F", cats=(7,))
R("今天 {A} 的客户 电话 {PN} 说快递员一直不接电话 也不派送 催一下 再投诉一下这个快递员", "zto", "urge A; complaint A", cats=(4, 8))
R("今天的事：{A} 客户说收到了但是少了个盖子 应该是在路上掉了 少件；{B} 客户说收到的锅是坏的 不是快递的问题 我自己换；{C} 帮忙撤单 已经重新下了 "
  "新单号是 {D} 这个正常发", "yunda", "lost A; cancel C", cats=(7,))
R("今天的事 {A} 客户说不要了 退回去 . {B} 客户说要了 (之前说不要 我没让你们拦) 正常派 . {C} 地址改为 嘉兴市海盐县 武原街道 海滨东路188号",
  "zto", "intercept A; change_address C", cats=(1, 7))
R("「快递小助手：@小蒋 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n这个还没动 再催一下吧；另外 {B} {C} 拦截 客户退款了", "yto",
  "urge A; intercept B C", cats=(3, 7))
R("「快递小助手：@何老板 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n拦截成功了没啊 都两天了；{B} 这个也要拦 客户不要了", "deppon",
  "intercept B", nh=True, cats=(3, 7))
R("今天的：\n{A} 碎了 要赔\n{B} 碎了 要赔\n{C} 没碎 客户说外面箱子有点瘪 不用管\n{D} 到哪了", "zto", "claim A B; track D",
  cats=(1, 7, 8))
R("{A} 客户说地址填的单位 但是单位放假了 改到家里：杭州市萧山区 北干街道 金城路858号 金色钱塘7幢；{B} 也是这个客户的 同样改；{C} 拦截 发错了",
  "zto", "change_address A B; intercept C", cats=(7,))
R("今天：{A} 撤单 {B} 撤单 —— {B} 不撤了 客户又要了 照常寄", "sto", "cancel A", cats=(1, 7))
R("今天说三个：第一个 {A} 拦截；第二个 {B} 不是拦截 是改地址 改到 上海市静安区 江宁路1188号 静安国际中心12楼；第三个 {C} 催件", "yto",
  "intercept A; change_address B; urge C", cats=(1, 7))
R("{A} 退回 里面是易碎品 麻烦轻拿轻放；{B} 称重 我这边称3.2 你们算5.0；{C} 好几天没更新了 登记延误", "zto",
  "intercept A; weight B; delay C", cats=(4, 7))
R("今天就一件事 {A} 那盒白茶 客户收到说茶叶碎了一半 包装的时候也没加防护吗 要赔 然后 {B} {C} 这两个礼盒催一下 客户要送人 过两天就中秋了",
  "sf", "claim A; urge B C", cats=(7, 8))
R("今天 {A} 和 {B} 都退回 —— 不好意思 是 {A} 和 {C}，{B} 是发别的客户的 不退", "zto", "intercept A C", cats=(2, 7))
R("{A} 压坏了 要理赔；{A} 另外快递员不送货上门 投诉", "zto", "claim A; complaint A", cats=(8,))
R("今天的单：{A} 拦截，{B} 改派到 杭州市上城区 望江门外 钱江路639号 2幢1802；{C} 延误三天了 客户要投诉 先登记延误再登记投诉", "yto",
  "intercept A; change_address B; delay C; complaint C", cats=(7, 8))
R("今天几个：订单号 {O} {A} 客户退款了 拦截；订单号 {O2} {B} 地址改 杭州市拱墅区 丽水路58号 远洋乐堤港3楼 电话 {PN}；{C} 催件", "zto",
  "intercept A; change_address B; urge C", cats=(4, 7))
R("今天的：{A} 客户电话换了 新号 {PN} 原来那个停机了 派送的时候打新号；{B} 退回", "yto", "change_address A; intercept B", nh=True,
  cats=(4, 7))
R("{A} 收件人写错了 应该是 王秀英 不是 王秀云 电话 {PN} 地址不变 改一下；{B} 催一下", "yunda", "change_address A; urge B", nh=True,
  cats=(4, 7))
R("今天 {A} 这个客户说 快递员打了电话 说要20块上楼费 这合理吗 我要投诉；{B} 客户说快递员把货扔楼下 箱子破了 东西没坏 登记破损 顺便也投诉",
  "zto", "complaint A; damaged B; complaint B", cats=(4, 7, 8))
R("{A} 帮我加急 {B} 帮我加急 {C} 帮我加急 三个都是一个公司团购的 要周五前到", "jt", "urge A B C", cats=(7,))
R("{A} 拦截 {B} 拦截 {C} 拦截 {D} 拦截 {E} 拦截\n上面五个 第二个和第四个不拦", "yto", "intercept A C E", cats=(1, 7))
R("{A} {B} {C}\n第一个改地址到 湖州市德清县 武康街道 英溪南路88号 第二个催件 第三个查一下到哪了", "zto",
  "change_address A; urge B; track C", cats=(7,))
R("以下全部催件：\n{A}\n{B}\n{C}\n{D}\n其中 {C} 已经签收 不用催", "yunda", "urge A B D", cats=(1, 7))
R("今天两个事 一个是 {A} 拦截了吗 你们说拦截已提交 然后就没消息了；另一个是 {B} 客户要改地址 改到 嘉兴市嘉善县 魏塘街道 谈公北路58号",
  "zto", "change_address B", nh=True, cats=(7,))
R("{A} 客户说已经收到了 谢谢你们昨天帮忙催；{B} 今天又一个 催下；{C} 拦截", "yto", "urge B; intercept C", cats=(7,))
R("今天 {A} {B} 都是发新疆的 说是停发了 过不去 全部退回；{C} 发青海的 到哪了", "yto", "intercept A B; track C", cats=(7,))
R("今天的事：\n{A}：客户拒收（说等太久了）\n——退回\n{B}：客户要换货\n——退回，我再发一件\n{C}：客户说送错地方了\n"
  "——改到 温州市瓯海区 娄桥街道 古岸头东路18号\n{D}：四天了\n——催", "zto", "intercept A B; change_address C; urge D", cats=(7,))
R("{A} 这个已经退回来了 谢谢；{B} 这个还没退回来 到哪了；{C} 这个刚发现也要退 拦一下", "jt", "track B; intercept C", cats=(7,))
R("今天 {A} 发错了 退回\n{A} 等下 不用退 直接改地址送到正确的客户那：苏州市姑苏区 人民路1588号 {PN} 钱女士", "yto", "change_address A",
  cats=(2, 4))
R("客户买了两件 拆成了两个包裹 {A} {B}，{A} 到了 {B} 没到，帮催一下没到的那个", "zto", "urge B", cats=(7,))
R("{A} 丢了 要理赔 {B} 丢了 要理赔 两个都是上周发的 一直没到 网点说找不到了", "yto", "claim A B", cats=(7, 8))
R("今天：{A} 拦截 {B} 拦截 {C} 拦截 {B} 还是催件吧 客户说要了", "zto", "intercept A C; urge B", cats=(2, 7))
R("今天的：{A} 退回；{B} 催；{C} 这个客户要我开运费发票 顺便看下物流到哪了", "yto", "intercept A; urge B; track C", nh=True, cats=(7,))
R("{A} 打包的时候少放了一个杯子 这单就按少件处理吧 不对 是我自己没放 不是你们的问题 不用登记；{B} 催下", "yunda", "urge B",
  cats=(1, 2))
R("{A} 改地址 改到 杭州市西湖区 转塘街道 象山艺术公社5号楼；\n{B} 改地址 改到同一个地址\n{C} 改地址 客户说等会发我", "zto",
  "change_address A B C", nh=True, cats=(7,))
R("王哥今天的：\n1. {A:sp} 寄哈尔滨的笋干 客户说十天了还没到 帮催\n2. {B} 客户说不要了 退回\n3. {C} 地址改为 黑龙江省哈尔滨市南岗区 学府路52号 "
  "黑龙江大学主楼收发室\n谢谢 辛苦了", "ems", "urge A; intercept B; change_address C", cats=(6, 7), draw="ems_s10")
R("今天的：{A} {B} {C} {D} {E} 这五个是同一个批发客户的，{D} {E} 两箱我发错了 拦截退回，其他三个正常 帮催一下 她店里等着上货", "sto",
  "intercept D E; urge A B C", cats=(7,))
R("今天：\n- {A} 猫粮 客户说地址是老的 他上个月搬了 新地址 嘉兴市秀洲区 洪合镇 洪福路66号 {PN}\n- {B} 客户拒收 说狗不爱吃😂 退回\n"
  "- {C} 送货师傅说太重了不送上楼 客户投诉了 我也要投诉\n- {D} 上次少的那袋 补发的单号是这个 查下到哪了", "deppon",
  "change_address A; intercept B; complaint C; track D", cats=(4, 7))
R("ok 今天的 issue：\n{A} 客户说收到的充电器盒子是破的 东西能用 登记一下 damaged 就行\n{B} address 写错 改到 杭州市西湖区 天目山路398号 "
  "古荡科技大厦1602\n{C} {D} cancel 掉 客户都退款了 还没 pickup\n{E} 到哪了 where", "jt",
  "damaged A; change_address B; cancel C D; track E", cats=(5, 7))
R("今天啊 那个 {A} 是发到山东临沂的 那个人说收到的锯子少了锯片 箱子也破了 你们给登记个少件 还有 {B} 一直没动三四天了 你给看看是不是丢了 "
  "还有 {C} 那个不要拦了 我昨天说拦的那个 客户又要了", "deppon", "lost A B", nh=True, cats=(1, 7))
R("今天的：{A} 冷链淡奶油 客户说送到的时候冰袋都化了 奶油变质了 拒收了 要理赔 货值268 运费35 一起赔；{B} 催件 客户后天开业 用来做蛋糕的；"
  "{C} 这个是常温的黄油粉 不急 就看下到哪了", "jd", "claim A; urge B; track C", cats=(4, 7, 8))
R("「小周：{A} 客户说要退货 我让她直接拒收了」\n" + Q + "\n这单不用拦 让她拒收就行；另外 {B} 改地址 改到 桐乡市梧桐街道 校场东路132号；{C} 催",
  "zto", "change_address B; urge C", cats=(1, 3, 7))
R("今天 {A} 和 {B} 两个客户的东西寄反了 两个都拦回来 我重新发；{C} 催一下", "yto", "intercept A B; urge C", cats=(7,))
R("今天有一单很奇怪 {A} 显示派送中三天了 一直没到 快递员电话也打不通 帮催一下 再投诉一下这个快递员；其他的：{B} 退回 {C} 退回 {D} 退回 都是退款的",
  "zto", "urge A; complaint A; intercept B C D", cats=(7, 8))
R("晚上好 今天的：\n{A} 客户要改地址 改到 杭州市余杭区 仓前街道 文一西路1500号 梦想小镇\n{B} 客户说也改到这个地址\n"
  "{C} 上午让你们改地址的这个 客户说不改了 还是原地址\n{D} 拦截", "yto", "change_address A B; intercept D", nh=True, cats=(1, 7))
R("今天的几票：\nJT {A} 退回\nSF {B} 催件 冷链\n圆通 {C} 客户说破了 要赔128\n京东 {D} 改地址 到 杭州市滨江区 长河街道 江虹路459号\n"
  "德邦那票 {E} 重量不对", None, "intercept A; urge B; claim C; change_address D; weight E", cats=(4, 7),
  draw={"A": "jt", "B": "sf", "C": "yto", "D": "jd", "E": "deppon"})
R("今天就说一下 {A} 这个上次你们说已经拦截成功了 现在显示退回中 都一周了还没回到我这 帮催一下", "zto", "urge A")
R("{A} 客户说收到了 但是毛衣颜色不对 这个是我发错了 客户会自己寄回来 不用你们处理；{B} 显示签收 客户没收到；{C} 快递员把件放在菜鸟驿站 "
  "客户要求送货上门 没送 投诉", "zto", "verify_delivery B; complaint C", cats=(7,))
R("今天两个都是撤单的：{A} {B}。还有 {C} 要改电话 {PN}，地址不用改。还有 {D} 的重量 我称的1.8，你们算的3。就这些。", "sto",
  "cancel A B; change_address C; weight D", nh=True, cats=(4, 7))
R("今天 {A} 发的淡奶油 客户说到了是坏的 我想了想 先不理赔了 客户说愿意收 我给她补偿了 你们登记个破损就行；{B} 冷链件 催", "sf",
  "damaged A; urge B", cats=(1, 7))
R("{A} 客户退款了 拦截；{A} 顺便查一下重量 扣了16块 不对劲", "zto", "intercept A; weight A", cats=(4, 8))
R("今天做的汇总表 麻烦处理：\n单号\t问题\t处理\n{A}\t客户拒收\t退回\n{B}\t地址错\t改 杭州市拱墅区 大关路202号\n{C}\t延误\t催件\n"
  "{D}\t破损\t理赔 80\n{E}\t已处理\t无", "zto", "intercept A; change_address B; urge C; claim D", cats=(4, 7))
R("今天的单子 {A} {B} {C} {D} {E}\n前三个退回\n后两个催件\n—— 哦 第二个不是退回 是改地址 改到 绍兴市越城区 府山街道 胜利西路588号", "yto",
  "intercept A C; change_address B; urge D E", cats=(2, 7))
R("今天想问一下 你们明天几点来收件 我有六十多件 另外 {A} 这个客户说不要了 退回；{B} 催一下", "zto", "intercept A; urge B", cats=(7,))
R("今天的：{A} 拦截（客户退款）{B} 拦截（客户退款）{C} 拦截（客户退款）\n对了 你们拦截一票收多少钱？", "yto", "intercept A B C",
  nh=True, cats=(7,))
R("今天的事：\n{A} 客户拒收 退回\n{B} 客户说没收到 显示签收了 核实\n{C} 客户说收到了 但是外包装破损 里面一件T恤脏了 要赔50\n{D} 快递员不送上门 投诉\n"
  "{E} 到哪了 客户说七天了 是不是丢了", "yto", "intercept A; verify_delivery B; claim C; complaint D; lost E", cats=(4, 7))
R("{A} 改地址 —— 算了 不改了 客户说去原地址拿；{B} 撤单；{C} 退回", "zto", "cancel B; intercept C", cats=(1, 7))
R("今天先说好的 {A} {B} 上次催的都到了 谢谢 然后 {C} 这个还是没到 再催一次 另外 {D} 客户说要投诉快递员 说他骂人 你们处理一下", "yto",
  "urge C; complaint D", cats=(7,))
R("今天：{A} 退回，不对，是 {B} 退回，{A} 是要催件的，搞混了", "jt", "intercept B; urge A", cats=(2, 7))
R("今天的问题：1）{A} 延误 2）{B} 延误 3）{C} 延误 三个都是发甘肃的 全卡在兰州了 登记一下 另外客户说要投诉 {C} 的那个", "zto",
  "delay A B C; complaint C", cats=(7, 8))
R("今天有个乌龙：早上让你们拦截的 {A} 是我看错了 不用拦 应该拦的是 {B}，麻烦把 {B} 拦了 {A} 照常送", "zto", "intercept B", nh=True,
  cats=(1, 2))
R("{A} 催 {B} 催 {C} 催 {D} 催\n{E} {F} 退\n{G} 改 到 永康市东城街道 九铃东路1888号 五金城3号门\n完", "yunda",
  "urge A B C D; intercept E F; change_address G", cats=(7,))
R("今天 {A} 的客户在群里骂 说快递员把包裹放门口被偷了 显示签收 她没收到 我要核实 也要投诉", "zto",
  "verify_delivery A; complaint A", cats=(8,))
R("今天的：\n{A} 撤单 ✅\n{B} 退回 ✅\n{C} 催件 ✅\n（打勾的是要你们处理的 麻烦按这个办）", "sto", "cancel A; intercept B; urge C",
  cats=(7,))
R("{A} 重量 {B} 重量 {C} 重量 三个都帮核一下 都是1kg以内的东西 全按3kg收的；{D} 客户拒收 退回", "yunda", "weight A B C; intercept D",
  cats=(4, 7))
R("今天的 {A} 客户说改地址 改到 上海市徐汇区 漕河泾 宜山路700号B1栋 但是她还没完全确定 可能还要变 先改这个吧", "yto",
  "change_address A", cf=True)
R("{A} 退回；{B} 退回；{C} 退回；{D} 退回；\n不好意思 {D} 发错了 是 {E}", "jt", "intercept A B C E", cats=(2, 7))
R("今天 {A} 的客户打电话说 快递员让她去3公里外的驿站拿 不送上门 还说再投诉就不给送了 这个必须投诉；然后 {B} 这个件 延误了两天 也登记一下", "zto",
  "complaint A; delay B", cats=(4, 7))
R("今天 {A} 到了 客户说盒子里的保温杯划痕很多 是快递摔的 要赔；{B} 也是同一个客户 到了 没问题；{C} 还没到 催", "yunda",
  "claim A; urge C", cats=(7, 8))
R("晚上好，今天的：{A} 客户不要了退回；{B} 客户说要改到公司地址 杭州市西湖区 西溪路556号 …… 算了 她又说还是送家里 不改了；{C} 催件", "zto",
  "intercept A; urge C", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n今天的 除了最后一个 全部退回 最后一个催件", "yto", "intercept A B C D E; urge F", cats=(7,))
R("今天 {A} 这票 快递员收件的时候称的2kg 结果系统里是8kg 扣了我40块 帮核重 另外 {B} {C} 这两票也是同一天寄的 重量也帮看一下", "zto",
  "weight A B C", cats=(4, 7))
R("今天 {A} 客户要改地址 我问了新地址 她说你们直接打她电话 {PN} 问", "yunda", "change_address A", nh=True, cats=(4,))
R("今天的问题件：{A} 到哪了；{B} 到哪了；{C} 到哪了 催一下；{D} 客户说破了 拍了照片 要赔200 照片我私聊发你", "zto",
  "track A B; urge C; claim D", cats=(4, 7))
R("上次理赔的 {A} 只赔了120 但是货值是220 这个不对 我要申请仲裁；{B} 新的 破损 要理赔", "sf", "arbitration A; claim B", cats=(4, 7))
R("今天的：{A} 丢件 登记；{A} 丢件的话要赔 货值500 保价了；{B} 催", "sf", "claim A; urge B", cats=(4, 7, 8))
R("今天 {A} 原来说要拦截 后来客户又说改地址 最后客户说还是拦截吧 不要了 —— 那就拦截", "zto", "intercept A", cats=(2,))
R("今天 {A} 这个我也不知道该拦还是不拦 客户一会说要一会说不要 先拦吧 不行明天再说", "yto", "intercept A", cf=True, cats=(1,))
R("今天事情：\n1 {A} 拒收 退回\n2 {B} 催件\n3 {C} 改地址 新地址 杭州市临平区 乔司街道 乔莫西路99号\n4 {D} 拦截\n5 {E} 催件\n"
  "其中4不拦了 客户说要 改成催件", "zto", "intercept A; urge B D E; change_address C", cats=(2, 7))
R("今天 {A} 拦截 理由 客户退款 {B} 理赔 理由 破损 货值89 {C} 投诉 理由 快递员态度 {D} 延误 理由 六天没动", "yto",
  "intercept A; claim B; complaint C; delay D", cats=(4, 7))
R("小林今天：{A} 这个宝妈要改地址 改到 湖州市吴兴区 织里镇 栋梁路1188号 我问了 确定了😊 {B} 这个宝妈说不要了 退回 {C} 这个宝妈说还没收到 "
  "但是显示签收了 核实一下 {D} 这个宝妈说快递员态度不好 但是不想投诉 就算了", "yto",
  "change_address A; intercept B; verify_delivery C", cats=(1, 7))
R("「快递小助手：@陈姐 {A} 已签收，无法拦截」\n" + Q + "\n签收了？客户说没收到啊 帮核实一下；{B} 这个也要拦 趁还没签收", "zto",
  "verify_delivery A; intercept B", cats=(3, 7))
R("「快递小助手：@老周 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n收到 另外 {B} 也要改 改到同一个地址 客户两单；{C} 拦截", "yunda",
  "change_address B; intercept C", nh=True, cats=(3, 7))
R("{A} 退回；{B} 退回 —— {B} 的客户刚说不退了 要换个尺码 那 {B} 不退回了 我再发一件 {B} 正常派送", "yto", "intercept A", cats=(1, 7))
R("今天的 {A}\n客户说\n东西不要了\n退回\n{B}\n催一下\n{C}\n改地址\n嘉兴市平湖市 当湖街道 东湖大道88号", "zto",
  "intercept A; urge B; change_address C", cats=(7,))
R("今天有三个是同一个地址的：{A} {B} {C} 客户说都改到 苏州市相城区 元和街道 御窑路188号 麻烦改一下；另外 {D} 拦截", "zto",
  "change_address A B C; intercept D", cats=(7,))
R("今天 {A} 这个拦截了两天了 还没退回 帮催一下；{B} 这个拦截 客户刚退款", "yto", "urge A; intercept B", cats=(7,))
R("{A} 催件 {B} 催件 {C} 催件 {D} 催件 ——{A} {B} 两个已经到了 只催后面两个", "jt", "urge C D", cats=(1, 7))
R("今天的：{A} 改地址到 宁波市北仑区 新碶街道 明州路555号；{A} 收件人 陈刚 电话 {PN}；{B} 撤单", "zto",
  "change_address A; cancel B", cats=(4, 7))
R("今天就 {A} 一个事：客户收到了 说外包装破了 里面两盒茶 一盒压碎了 我要理赔 一盒398 还有快递员不承认是他压的 还说是客户自己弄的 投诉", "sf",
  "claim A; complaint A", cats=(4, 8))
R("今天 {A} {B} 两个退回 都是同一个客户 客户刚又说 {A} 要 {B} 不要 所以只退 {B}", "yto", "intercept B", cats=(1, 7))
R("今天的 {A} 退回 {B} 退回 {C} 退回 —— 补充 全部不退了 客户说都要", "zto", "", cats=(1, 7))
R("晚上好 今天的：{A} 到了两天了 客户说快递员放在小区门卫 门卫说没有 显示签收 帮核实；{B} 拦截；{C} 拦截；{D} 催", "zto",
  "verify_delivery A; intercept B C; urge D", cats=(7,))
R("今天的：\n{A} 不拦截了 改成改地址 到 杭州市拱墅区 祥符街道 莫干山路1418号\n{B} 不改地址了 改成拦截\n{C} 不撤单了 客户又要了 照常发", "yto",
  "change_address A; intercept B", nh=True, cats=(1, 2, 7))
R("今天阿芳这边：\n{A} {B} {C} {D} {E} {F} {G} {H}\n这八个是早上发的 一个批发客户的 他只要前五个 后三个帮我拦回来", "jt",
  "intercept F G H", cats=(7,))
R("今天 {A} 发的时候填的到付 客户不愿意付 拒收了 退回；{B} 客户要求改成送到公司 地址 义乌市佛堂镇 朝阳路56号；{C} 延误 帮登记", "jt",
  "intercept A; change_address B; delay C", cats=(7,))
R("今天 {A} 查下重量 {B} 查下物流 {C} 查下为什么签收了客户没收到", "sto", "weight A; track B; verify_delivery C", cats=(7,))
R("{A} 那个之前投诉过的 快递员今天又没送 客户说再投诉一次 然后再催一下", "zto", "complaint A; urge A", cats=(8,))
R("今天 {A} {B} 两单冷链 都延误了 奶油估计都坏了 先不登记破损 等客户收到看情况 你们先帮催一下", "sf", "urge A B", cats=(1, 7))
R("今天的事儿：{A} 客户换手机号了 派件电话改成 {PN} 地址没变；{B} 客户说收件人写成她老公了 改成她自己 周晓燕；{C} 正常 不用动", "yto",
  "change_address A B", nh=True, cats=(4, 7))
R("今天：{A} 寄上海的白茶 客户说包装盒摔坏了 茶叶还好 他不要赔 就是登记一下；{B} 寄北京的 今天到了 谢谢；{C} 寄广州的 四天了 到哪了 帮催",
  "sf", "damaged A; urge C", cats=(7,))
R("今天 {A} 这个客户 之前让你们拦截 后来我又说不拦 现在客户又说要拦……最终 拦截 麻烦了", "zto", "intercept A", cats=(2,))
R("今天 {A} {B} 拦截 理由客户退款；{C} {D} 催件；{E} 撤单；{F} 改地址 新地址 南京市鼓楼区 中山北路200号 住院部8楼护士站 转交张护士长 {PN}",
  "jt", "intercept A B; urge C D; cancel E; change_address F", cats=(4, 7))
R("{A} 这个单号是我上午群里那个拦截的件重新发的新单号 正常派送就行 别搞错了 不要拦", "zto", "", cats=(1,))
R("今天的：{A} 拦截，{B} 改地址到 金华市金东区 多湖街道 光南路1号；{C} 催件；{D} 跟 {A} 一样 也拦截", "yto",
  "intercept A D; change_address B; urge C", cats=(7,))
R("今天 {A} 的客户说快递员态度特别好 送上楼还帮忙拆箱；{B} 客户说快递员态度特别差 投诉；{C} 客户说还没到 催", "zto",
  "complaint B; urge C", cats=(7,))
R("今天的 {A} 这个件寄到江西九江的 客户说那边下大雨路冲了 晚几天没事 不用催；{B} 到哪了；{C} 退回", "yunda", "track B; intercept C",
  cats=(1, 7))
R("今天 {A} 的客户说要理赔 但是我跟她说了先等几天 可能只是延误 先登记延误吧", "zto", "delay A", cats=(1, 2))
R("今天 {A} 改地址到 杭州市滨江区 西兴街道 江陵路88号；{B} 改地址到 杭州市滨江区 长河街道 滨文路11号；{B} 的不对 是滨文路111号；{C} 拦截",
  "yto", "change_address A B; intercept C", cats=(2, 7))
R("今天的：{A} 到了 客户拆开一看 里面的瓷盘碎了三个 要赔 三个150；{B} 也是 碎了一个 这个不用赔了 客户说凑合用 登记一下就行；{C} 催", "zto",
  "claim A; damaged B; urge C", cats=(4, 7, 8))
R("今天 {A} 是顺丰的 {B} 是圆通的 两个都拦截", None, "intercept A B", cats=(7,), draw={"A": "sf", "B": "yto"})
R("刘姐：今天的：{A} 客户说大衣的毛被压塌了 拒收了 我同意退回 麻烦拦截 另外要理赔 另外要投诉 这个件你们中转的时候肯定压了重物；{B} 催；{C} 催",
  "sf", "intercept A; claim A; complaint A; urge B C", cats=(7, 8))
R("{A} 发的时候写错电话了 正确的是 {PN}，地址是对的 派送的时候打这个号；{B} 客户要加急；{C} 客户要退 帮拦", "zto",
  "change_address A; urge B; intercept C", nh=True, cats=(4, 7))
R("今天跟你们说一下 {A} 这个件是之前破损理赔那个客户补发的 谢谢你们上次帮忙；{B} 催一下", "yto", "urge B", cats=(7,))
R("今天有个客户很奇怪 {A} 她说收到了 又说没收到 我也搞不清楚 你们帮我看看签收记录 核实一下；另外 {B} 退回", "zto",
  "verify_delivery A; intercept B", cats=(7,))
R("今天 {A} 的客户说要改地址到 嘉兴市南湖区 禾兴南路1号 她也可能明天自己去驿站拿 不确定 先改吧", "zto", "change_address A", cf=True)
R("今天 {A} 显示签收 客户说签收人不是她 是邻居 但邻居说没拿 核实一下；{B} 直接丢了 网点说找不到 要赔 货值239；{C} 好几天没动 延误", "sto",
  "verify_delivery A; claim B; delay C", cats=(4, 7, 8))
R("今天 {A} 跟 {B} 的地址贴反了 两个对调一下 {A} 送 {B} 的地址 {B} 送 {A} 的地址", "zto", "change_address A B", nh=True, cats=(7,))
R("今天 {A} 要拦截 因为客户买的是36码 我发成38了；{B} 也是一样的问题 但客户说38也能穿 不拦了；{C} 客户说还没收到 到哪了", "yto",
  "intercept A; track C", cats=(1, 4, 7))
R("今天就两件事：{A} 催件；{B} 催件 并且客户要投诉 说三次派送都没人打电话", "jt", "urge A B; complaint B", cats=(7, 8))
R("今天 {A} 这票你们网点昨天说超区派送不了 要退回 客户问能不能转寄到附近乡镇 地址 湖州市长兴县 泗安镇 泗安大道18号 那就改这个地址吧 别退回",
  "zto", "change_address A", cats=(1,))
R("今天 {A} {B} {C} {D} 都是发新疆的 全部延误了 登记延误；另外 {E} 拦截 这个也是新疆的 客户不要了", "yto",
  "delay A B C D; intercept E", cats=(7,))
R("今天 {A} 的客户说收到的是空包 这个太过分了 要理赔 要投诉", "zto", "claim A; complaint A", cats=(8,))
R("今天的 {A} 地址写的是我们仓库的地址（写错了） 改到客户家 杭州市上城区 四季青街道 凤起东路333号 6幢2单元501 {PN}；{B} 也写错了 一样改到这个地址",
  "yunda", "change_address A B", cats=(4, 7))
R("今天 {A} 的客户拒收了，退回；{B} 的客户也拒收了，但是我跟他沟通好了，再派送一次，不用退回，催一下派送。", "zto", "intercept A; urge B",
  cats=(1, 7))
R("今天就一个：{A} 拦截 原因客户下错单 —— 客户又说不用拦了 她让她朋友去收 —— 那算了", "jt", "", cats=(1,))
R("今天 {A} 显示签收 我问了 客户说确实收到了 没事了；{B} 显示签收 客户说没收到 这个要核实", "yto", "verify_delivery B", cats=(1, 7))
R("{A} 寄的是不锈钢锅 客户说锅变形了 要赔；{B} 寄的是保温杯 客户说杯子凹了 不要赔 登记一下；{C} 寄的是菜刀 客户说还没收到 催", "yunda",
  "claim A; damaged B; urge C", cats=(7, 8))
R("今天 {A} 和 {B} 这两个 一个退回一个催件 退回的是 {A}", "zto", "intercept A; urge B", cats=(7,))
R("今天 {A} 和 {B} 这两个 一个退回 一个催件 具体哪个我明天问问客户", "zto", "", nh=True, cats=(7,))
R("今天的：{A} 退回 {B} 退回 {C} 催\n明天上午你们几点来收件？我有二十箱", "sto", "intercept A B; urge C", cats=(7,))
R("今天的 {A} 就是上次你们说拦截失败的那个 客户签收了 没办法 客户会自己寄回来 不用管了；{B} 退回；{C} 退回", "yto", "intercept B C",
  cats=(7,))
R("今天的：{A} 撤单（还没揽收），{B} 撤单（已经揽收了 那就拦截），{C} 撤单（还没揽收）", "zto", "cancel A C; intercept B", cats=(2, 7))
R("「小林：{A} {B} 两个都拦截」\n" + Q + "\n{B} 不用拦 客户说要了 只拦 {A}", "yto", "intercept A", nh=True, cats=(1, 3))
R("今天 {A} 运费扣了两次 这个怎么回事；{B} 到哪了", "zto", "track B", nh=True, cats=(7,))
R("今天的 {A} {B} {C} 全部退回 我给你们列一下原因：{A} 客户拒收；{B} 发错颜色；{C} 客户退款", "jt", "intercept A B C", cats=(7,))
R("今天小蒋这边：{A} 客户说收到的是 iPhone 14 的壳 下单是15的 这个我发错了 她寄回来 不用管；{B} 客户说充电器在路上摔坏了 要赔；"
  "{C} 改地址到 杭州市西湖区 三墩镇 西园八路2号", "yto", "claim B; change_address C", cats=(7, 8))
R("今天的：{A} 催件；{B} 催件；{C} 催件；{D} 催件；{E} 催件；上面这些都是发东北的 另外 {F} 是发海南的 拦截", "zto",
  "urge A B C D E; intercept F", cats=(7,))
R("今天 {A} 拦截 帮忙。备注：这单客户电话 {PN} 已经关机了 别打了", "yto", "intercept A", cats=(4,))
R("今天 {A} 这个重量我核过了没问题 不用核了；{B} 这个重量不对 帮核一下", "deppon", "weight B", cats=(1,))
R("今天 {A} 说是破损了 我看了照片 是客户自己摔的 不关快递事 不用登记；{B} 是真破损了 外箱都烂了 登记破损", "yunda", "damaged B",
  cats=(1,))
R("今天 {A} 客户说东西收到了 但是快递员扔在门口没打招呼 东西倒是没事 客户说算了不投诉了；{B} 这个要投诉 快递员骂人", "zto", "complaint B",
  cats=(1, 7))
R("今天汇总（陈姐）：\n退回：{A}、{B}\n改址：{C} → 杭州市萧山区 宁围街道 市心北路857号 {PN}\n催件：{D}\n理赔：{E}（破损，羊毛衫勾破 货值198）\n"
  "核重：{F}\n查件：{G}", "zto", "intercept A B; change_address C; urge D; claim E; weight F; track G", cats=(4, 7))
R("今天 {A} 客户改主意了三次 先要退 后要改地址 最后说还是正常送 唉 不动了 就正常派吧；{B} 退回", "yto", "intercept B", cats=(1, 2))
R("今天{A}客户要改地址 改到 杭州市拱墅区 上塘街道 上塘路458号 然后{A}也帮催一下 明天要", "yto", "change_address A; urge A", cats=(8,))
R("晚上好 今天三个都是破损：{A} 破损 {B} 破损 {C} 破损 都是保温杯凹了；前两个客户要赔 第三个不用赔", "yunda",
  "claim A B; damaged C", cats=(7, 8))
R("今天 {A} 退回 {B} 退回 {C} 退回 {D} 退回 {E} 退回 —— 不对 我数错了 只有前三个退回 后两个是正常单", "jt", "intercept A B C",
  cats=(2, 7))
R("今天没啥新的 就是跟进一下：{A} 上次理赔的 钱到了 谢谢；{B} 上次投诉的 处理结果出来了吗；{C} 上次催的 客户收到了", "sf", "", nh=True)
R("今天没啥事 就 {A} 这个上次拦截的退回来了 里面东西都在 谢谢 另外明天我要发一批大件 大概30箱 能派个车来吗", "deppon", "", cats=(4,))
R("今天{A}拦截了 你们回复说已签收无法拦截 那没办法了 客户自己寄回来；{B}这个还没签收 赶紧拦", "zto", "intercept B", cats=(7,))
R("今天：{A} 催；{B} 催；{C} 也催 不对 {C} 要改地址 改到 苏州市吴江区 盛泽镇 舜湖西路1号 东方丝绸市场", "zto",
  "urge A B; change_address C", cats=(2, 7))
R("{A}\n{B}\n{C}\n都拦截 除了 {B}", "yto", "intercept A C", cats=(1, 7))
R("今天{A}客户要求改地址 地址发你们：\n收件人：黄丽\n电话：{PN}\n地址：江苏省常州市武进区 湖塘镇 花园街188号\n另外 {B} {C} 两单拦截", "zto",
  "change_address A; intercept B C", cats=(4, 7))
R("今天{A}这个 你们群里说已经催促派送了 但还是没到 再催 并且我要投诉 连着三天说在派送", "zto", "urge A; complaint A", cats=(8,))
R("今天 {A} 到哪了？{B} 到哪了？{C} 到哪了？这三个都是一个客户的 她要我帮她查 顺便帮我催一下最早那个 {A}", "yto",
  "urge A; track B C", cats=(7,))
R("今天的：{A} 退回 —— 退回后重新发到新地址 那不就是改地址嘛 直接改地址吧 改到 合肥市包河区 滨湖 徽州大道6699号", "yunda",
  "change_address A", cats=(2,))
R("今天{A}客户说不要了 但我们是定制的 不退不换 客户说那就收了 所以不用拦；{B}客户说要改地址 改到 杭州市上城区 南星街道 复兴路335号；{C}催",
  "zto", "change_address B; urge C", cats=(1, 7))
R("{A} 这个 客户说被快递员弄丢了 快递员说已经送到了 我也不知道谁说的对 帮核实一下签收", "yto", "verify_delivery A")

# ======================================================================== more of the day's short messages
R("{A} 截回来 地址是旧的", "jd", "intercept A")
R("{A} 撤了吧 今天不发了", "yunda", "cancel A")
R("{A} 改到 衢州市柯城区 荷花街道 荷三路15号", "zto", "change_address A")
R("{A} 转寄 北京市朝阳区 望京街道 阜通东大街6号 方恒国际C座 {PN}", "sf", "change_address A", cats=(4,))
R("{A} 加急加急 明天考试要用的计算器", "yto", "urge A")
R("{A} 啥时候到", "ems", "track A")
R("{A} 物流信息给我看下", "deppon", "track A")
R("{A} 签收了 不是本人签的 也没通知 核实", "yto", "verify_delivery A")
R("{A} 是不是丢了", "zto", "lost A")
R("{A} 两件只到了一件", "deppon", "lost A")
R("{A} 一周了物流没更新", "jt", "delay A")
R("{A} 赔偿 奶油全化了 268", "sf", "claim A", cats=(4, 8))
R("{A} 快递员私自代签 投诉", "zto", "complaint A")
R("{A} 申请仲裁 理赔只给了运费", "yto", "arbitration A")
R("{A} {B} {C} {D} 全部拦截", "jt", "intercept A B C D", cats=(7,))
R("{A} 退回\n{B} 催", "zto", "intercept A; urge B", cats=(7,))
R("{A} 退回 {B} 也退回 {C} 不退", "yto", "intercept A B", cats=(1, 7))
R("{A} 客户说地址是对的 不用改了 正常派", "zto", "", nh=True, cats=(1,))
R("{A} 这个不用理赔了 客户说能用", "sf", "", nh=True, cats=(1,))
R("{A} 拦截 呃 不对 {A} 是催件", "yunda", "urge A", cats=(2,))
R("{A} 退回 不是 是 {B}", "sto", "intercept B", cats=(2,))
R("{A:nl} 改地址 改到 杭州市拱墅区 米市巷街道 湖墅南路186号", "yto", "change_address A", cf=True, cats=(6,))
R("{A:nl} 催件", "zto", "urge A", cats=(6,))
R("拦截 {A:sp}", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("引用 小林：{A} 到哪了\n这个催一下吧", "yto", "urge A", cats=(3,))
R("回复 @陈姐：{A} 这个客户要退吗\n不退 催一下", "zto", "urge A", cats=(1, 3))
R("「快递小助手：@刘姐 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q + "\n这个还要理赔的 货值1680", "sf", "claim A",
  cats=(3, 4, 8))
R("「快递小助手：@阿芳 {A} 撤单成功」\n" + Q + "\n谢谢", "jt", "", cats=(3,))
R("「快递小助手：@小蒋 您的消息已转人工客服处理，请稍候」\n" + Q + "\n人工呢 等半天了 {A} 到底能不能拦", "yto", "intercept A", cats=(3,))
R("客户电话 {PN} 说 {A} 到了外箱破了", "zto", "damaged A", cats=(4,))
R("{A} 订单号 {O} 客户说没收到 显示签收", "yunda", "verify_delivery A", cats=(4,))
R("{A} 货值1299 保价了 现在丢了 理赔", "sf", "claim A", cats=(4, 8))
R("{A} 11月11号发的 到今天还没到 催", "sto", "urge A", cats=(4,))
R("{A} 退回 麻烦啦~", "jd", "intercept A")
R("{A} 查下到哪了 顺便问下这票运费多少", "zto", "track A", nh=True)
R("明天放假不发货 你们明天还收件吗", "yto", "")
R("今天的件都发完了 没有问题件 谢谢大家", "zto", "")
R("{A} 先撤单吧 我问下客户还要不要", "sto", "cancel A", cf=True)
R("{A} 拦截\n{A} 拦截\n{A} 拦截", "yto", "intercept A")
R("{A} 催一下 {A} 催一下 客户急", "zto", "urge A")
R("{A} 不用催 客户说不急 帮我看下到哪了就行", "yunda", "track A", cats=(1,))
R("{A} 破损 不是 是丢了一件 三件只收到两件", "deppon", "lost A", cats=(2,))
R("{A} 不是延误 是丢了 网点说没这个件", "zto", "lost A", cats=(1, 2))
R("{A} 收件人改成 陈伟 电话 {PN} 地址改到 常州市天宁区 青龙街道 龙锦路508号", "zto", "change_address A", cats=(4,))
R("{A} 拦截 我自己去网点拿 不用退回发货地", "yto", "intercept A")
R("{A} 寄日本的 到哪了", "ems", "track A", draw="ems_s10")
R("圆通 {A} 拦截 顺丰 {B} 催", None, "intercept A; urge B", cats=(7,), draw={"A": "yto", "B": "sf"})
R("{A} 中通这个 客户说地址写的是公司 周末没人收 能不能周一再派", "zto", "", nh=True)
R("{A} 这单 客户今天请假在家等着 催一下", "yto", "urge A")
R("{A} 这票是易碎品 拦截的时候轻点 谢谢", "sto", "intercept A")


# ======================================================================== the long evening summaries
R("各位晚上好，终于打包完了，今天一共发了186单，问题件跟你们汇总一下：\n1、{A} 杭州的客户，昨天下午拍的M码，今天一早说要L码，我给她换了，这单退回，"
  "新的我明天重发；\n2、{B} 客户在苏州，说周末回老家，让改到 安徽省六安市金安区 三十铺镇 宋桥村宋桥组12号 宋玉兰 {PN}；\n3、{C} 这个客户催了我一天了，"
  "物流停在嘉兴中转两天没动，麻烦催一下；\n4、{D} 客户收到说外箱湿透了，两件羊绒衫都有水渍，要理赔，货值2×239；\n5、上周拦截的 {E} 今天退回来了，"
  "东西完好，谢谢你们。\n就这些，辛苦了🙏", "zto", "intercept A; change_address B; urge C; claim D", cats=(4, 7, 8))
R("今天我这里事情多啊 先是那个 {A} 发东北的 客户说一个礼拜了还没到 我看物流在沈阳停了四天了 你们给催一下；还有 {B} 是同一个客户的第二箱 那个倒是到了；"
  "{C} 这个客户自己填错了地址 填成了永康市 但他是永嘉县的 改到 温州市永嘉县 瓯北街道 双塔路1号 电话不变；{D} 撤单 今天没来收 我明天换个单号发；"
  "最后 {E} 运费扣了26块 一个杯子而已 帮核个重", "yunda", "urge A; change_address C; cancel D; weight E", cats=(4, 7))
R("宝子们晚上好～今天小林这边问题有点多😭\n第一个 {A}，宝妈说宝宝住院了这几天收不了，先退回吧，出院再买；\n第二个 {B}，这个我地址打错了，把12栋打成了21栋，"
  "改成 湖州市吴兴区 爱山街道 红旗路1号 12栋402；\n第三个 {C} 和 {D} 是同一个宝妈的，{C} 到了 {D} 没到，{D} 帮我催一下；\n第四个 {E}，"
  "说收到的裙子上有个脚印😓 箱子被踩了，不要赔 但是要投诉 太过分了；\n还有第一个那个 {A} 我刚又问了一下 宝妈说让她妈妈代收 不用退了 正常送吧～", "yto",
  "change_address B; urge D; damaged E; complaint E", cats=(1, 7, 8))
R("辛苦各位了，今天王哥这边几件事，麻烦有空处理下：一、{A} 寄深圳的白茶礼盒，客户说是送领导的，周五之前一定要到，麻烦加急；二、{B} 寄杭州的笋干，"
  "客户说收到后发现袋子破了，笋干撒了一箱，要理赔，货值168；三、{C} 是上次你们帮忙改地址的那个，客户说收到了，谢谢；四、{D} 这个客户说家里有事，"
  "最近都不在，那就退回吧，运费我出；五、{E} 您们看下重量，系统里写的6kg，我这边称的3.5kg，差太多了。", "sf",
  "urge A; claim B; intercept D; weight E", cats=(4, 7))
R("今天：\n退：{A} {B} {C}\n催：{D} {E}\n改：{F} → 义乌市后宅街道 遗安路168号 {PN}\n查：{G}\n——{C} 不退了 客户又要了 改成催", "jt",
  "intercept A B; urge C D E; change_address F; track G", cats=(2, 4, 7))
R("晚上好，今天猫粮这边几单问题：\n{A} 这单是两袋20kg的猫砂，客户说只收到一袋，另一袋物流上也没显示，是不是丢了；\n{B} 这单客户说送货师傅直接扔在小区门口，"
  "猫粮袋子摔破了漏了一地，客户很生气，要赔139，另外要投诉这个师傅；\n{C} 客户下单后说地址写的是老房子，改到 嘉兴市经开区 城南街道 长水路1188号 {PN}；\n"
  "{D} 这单我本来想让你们拦截的，后来客户说要了，所以不用拦，就正常送。\n谢谢。", "deppon",
  "lost A; claim B; complaint B; change_address C", cats=(1, 4, 7, 8))
R("今天有点糟心，跟你们说一下：\n{A} 这件羊剪绒大衣（保价4800）客户签收后打开发现领子那块毛被压坏了，还有一块油污，客户要退货，东西已经在回来的路上了，"
  "这个我要理赔；\n{B} 这个客户说快递员送到的时候让她自己下楼拿，她怀孕八个月了，我要投诉；\n{C} 和 {D} 是今天新发的，客户说改地址，两个都改到 "
  "上海市长宁区 仙霞路99号 尚嘉中心17楼前台；\n另外问一下，保价的件理赔一般几天能下来？", "sf",
  "claim A; complaint B; change_address C D", nh=True, cats=(4, 7))
R("guys 今天的 summary：\n1) {A} buyer 说不要了 已退款 → intercept\n2) {B} 地址填错 → 改到 杭州市西湖区 文二西路738号 西溪乐园3号楼502\n"
  "3) {C} 一直 pending 在杭州转运中心 3 days → 催\n4) {D} 说收到的数据线断了 → 不用赔 我补发了 just record 一下破损\n5) {E} 上次 lj 的已经退回来了 thx",
  "yto", "intercept A; change_address B; urge C; damaged D", cats=(5, 7))
R("喂 今天啊 我这边 那个 {A} 是给温州一个工地发的电锤 工地的人说他们换地方了 叫改到 温州市龙湾区 永中街道 永宁西路2000号 工地门口 找李工 电话 {PN} "
  "还有 那个 {B} 那个客户说发过去的切割片少了一盒 你给登记一下 还有 {C} 他说不要了 给退回来 哦不对不对 {C} 是要的 是 {D} 不要了 {D} 退回来",
  "deppon", "change_address A; lost B; intercept D", cats=(2, 4, 7))
R("晚上好～今天蔡姐这边：\n① {A} 安佳黄油5kg 冷链 客户说到的时候已经软了 没化 先不赔 登记个破损吧；\n② {B} 淡奶油12盒 客户明天早上8点开店要用 "
  "麻烦一定加急；\n③ {C} 这个是上周理赔的那单 客户说钱还没收到 你们看下进度；\n④ {D} 常温的低筋面粉 客户说不要了 申请退款了 帮我拦截退回。\n谢谢～", "jd",
  "damaged A; urge B; intercept D", nh=True, cats=(4, 7))
R("今天仓库这边汇总：\n【圆通】{A} 客户拒收 退回；{B} 催件\n【极兔】{C} 地址改为 丽水市莲都区 紫金街道 中山街123号——不对 极兔这个不用改 客户说原地址能收\n"
  "【顺丰】{D} 冷链 破损 要理赔 货值320\n【京东】{E} 显示签收 客户说没收到 核实", None,
  "intercept A; urge B; claim D; verify_delivery E", cats=(1, 4, 7), draw={"A": "yto", "B": "yto", "C": "jt", "D": "sf", "E": "jd"})
R("今天就几个，但是有一个很急：{A} 这个客户是明天结婚穿的伴娘服，物流还在金华没动，求求你们一定帮忙加急，明天中午之前必须送到！其他的：{B} 退回"
  "（客户说颜色和图片不一样）；{C} 改地址 客户说送到单位 杭州市上城区 解放路138号 8楼；{D} 这个客户说外包装破了 衣服没事 就登记一下；{E} 我刚看签收了 不用管了。",
  "zto", "urge A; intercept B; change_address C; damaged D", cats=(7,))
R("今天老周这里：{A} {B} {C} 三个都是发河南郑州一个超市的 人家说这批不要了 全部退回来；{D} 是发金华的 客户说地址写错了 改到 金华市婺城区 城北街道 "
  "八一北街666号；{E} 要催 客户说急用；另外 {B} 刚超市的人说这个留下 不退了 ——所以只退 {A} 和 {C}", "yunda",
  "intercept A C; change_address D; urge E", cats=(1, 7))
R("「快递小助手：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的谢谢～ 今天还有几个：{B} 宝妈说地址改到她婆婆家 湖州市南浔区 双林镇 "
  "蓬莱路88号 {PN}；{C} 宝妈说一直没收到 显示签收了 放哪了也不知道 帮核实；{D} 这个宝妈说不急 慢慢送 不用催", "yto",
  "change_address B; verify_delivery C", cats=(1, 3, 4, 7))
R("今天王哥这边：{A} 寄新疆的笋干 客户说路上走了半个月了还没到 物流一直停在乌鲁木齐 我看是延误了 登记一下 客户说要投诉；{B} 寄海南的 客户说不要了 退回；"
  "{C} 寄西藏的 停发 过不去 也退回；{D} 地址改一下 客户搬到 嘉兴市南湖区 新兴街道 中环南路1号 了", "ems",
  "delay A; complaint A; intercept B C; change_address D", cats=(7, 8))
R("今天就这些：{A} 拦截 {B} 拦截 {C} 拦截 {D} 拦截 {E} 拦截 都是同一个客户的 她开了五个号下单 不发了 ——哦 {E} 是另一个正常客户的 别拦", "sto",
  "intercept A B C D", cats=(1, 7))
R("今天中通的几票：\n{A} 猫粮 客户说收到的时候袋子破了 猫粮撒了一半 这个不是第一次了 要赔 也要投诉；\n{B} 猫砂 客户说包裹上写的18kg 但是实际只有10kg "
  "东西没少 是不是你们重量录错了 帮核一下；\n{C} 客户说两天前就显示派送中 现在还没到 催一下；\n{D} 不寄了 撤单", "zto",
  "claim A; complaint A; weight B; urge C; cancel D", cats=(4, 7, 8))
R("今天京东这边：{A} 客户说快递员把东西放在快递柜 但是没给取件码 显示签收 客户拿不到 帮核实；{B} 客户拒收了 退回；{C} 到哪了", "jd",
  "verify_delivery A; intercept B; track C", cats=(7,))
R("今天jt的：{A} 拦截（客户买了两个 只要一个）{B} 催件（客户说明天要出差）{C} 不要 cancel 了 客户又要了 照常寄 {D} 查一下到哪了 客户说3天了", "jt",
  "intercept A; urge B; track D", nh=True, cats=(1, 5, 7))
R("今天邮政的 {A} 那个 寄到贵州山里的 客户说邮局叫他去镇上拿 他没车 能不能送到村里 地址是 贵州省黔东南州 雷山县 西江镇 羊排村3组 杨老二 {PN} "
  "还有 {B} 那个 说是一直没到 一个多礼拜了 催一下", "ems", "change_address A; urge B", cats=(4, 7))
R("今天的事：\n1. {A} 冷链 客户说到了 冰袋全化了 奶油还行 不用赔 但要投诉 冷链车肯定没开冷\n2. {B} 冷链 客户说到了 奶油全坏了 要赔588\n3. {C} 常温 到了 没问题\n"
  "4. {D} 常温 客户拒收 退回", "sf", "complaint A; claim B; intercept D", cats=(4, 7, 8))
R("今天就两个：{A} 这个客户说不想要了 但是还没申请退款 我也不知道她到底要不要 要不先拦着？；{B} 客户说地址是对的 但是快递员说找不到 客户电话 {PN} "
  "麻烦催一下 让快递员打电话送一下", "zto", "intercept A; urge B", cf=True, cats=(4, 7))
R("「老婆：{A} 那个客户说要退」\n" + Q + "\n我问过了 客户是要换货 不用退 直接改地址送到他店里 永康市 江南街道 明珠路88号 五金店；另外 {B} 催 {C} 催", "yunda",
  "change_address A; urge B C", cats=(1, 3, 7))
R("今天小林：\n{A:nl} 这个宝妈要退 拦截一下\n{B} 催一下\n{C} 宝妈说收到了 谢谢你们", "yto", "intercept A; urge B", cf=True, cats=(6, 7))
R("{A}\n{B}\n{C}\n{D}\n今天这四个 第一个和第三个客户说茶叶盒子压坏了 要理赔 每盒268；第二个客户说地址写错了 要改 新地址她明天发我；第四个没事 就是到哪了看一下",
  "sf", "claim A C; change_address B; track D", nh=True, cats=(4, 7))
R("今天：{A} 退回 —— 更正 是 {B} 退回 {A} 是另一个客户的 正常；{C} 改地址 到 义乌市 廿三里街道 埠头路1号；{D} 催", "jt",
  "intercept B; change_address C; urge D", cats=(2, 7))
R("今天德邦：{A} 狗粮40kg 收件的时候说按60kg计费 这个不合理吧 帮核重；{A} 另外客户说还没到 催一下；{B} 客户拒收 说买错了 退回来；{C} 上次少件那个 "
  "你们说找到了 今天补送到了 谢谢", "deppon", "weight A; urge A; intercept B", cats=(4, 7, 8))
R("今天两单：{A} 拦截——客户还没决定 先拦下来再说 我明天跟她确认；{B} 这个确定改地址 改到 海宁市 许村镇 许巷1号 {PN}", "sf",
  "intercept A; change_address B", cf=True, cats=(4, 7))
R("今天：{A} 上次lj的 到哪了？怎么还没退回来；{B} 能不能拦？客户刚退款；{C} 客户去上海了 能不能改到 上海市黄浦区 南京东路100号", "yto",
  "track A; intercept B; change_address C", cats=(5, 7))
R("今天就一个事 {A} 那个客户说收到的工具箱是空的 就一个箱子 东西全没了 这肯定是被人拿了 我要理赔 货值1580 还要投诉你们这个网点 我发了十几年快递了 "
  "没见过这样的", "deppon", "claim A; complaint A", cats=(4, 8))
R("今天汇总：\n1. 昨天说理赔的 {A}，客户说衣服洗洗还能穿，理赔不用了；\n2. {B} 退回 客户七天无理由；\n3. {C} 催；\n4. {D} 改地址 改到 杭州市余杭区 "
  "闲林街道 闲兴路18号 {PN}", "zto", "intercept B; urge C; change_address D", nh=True, cats=(1, 4, 7))
R("今天异常件清单：\n圆通\t{A}\t拦截\n圆通\t{B}\t催件\n顺丰\t{C}\t改址 南京市玄武区 珠江路88号 新世界中心A座\n极兔\t{D}\t理赔 破损\n京东\t{E}\t查件",
  None, "intercept A; urge B; change_address C; claim D; track E", cats=(7,),
  draw={"A": "yto", "B": "yto", "C": "sf", "D": "jt", "E": "jd"})
R("今天 {A} 不是不催 是要天天催 客户说再不到就差评；{B} 不是不退 是要退到我永康的仓库 不是退到义乌；{C} 撤单", "yunda",
  "urge A; intercept B; cancel C", cats=(1, 7))
R("今天有个宝妈特别逗 {A} 她说要改地址 我说改哪 她说改回原来的地址😂 原来的就是对的 那就不用改了；{B} 这个要拦截 宝妈说买重了；{C} 催 宝妈说宝宝等着穿去幼儿园",
  "yto", "intercept B; urge C", cats=(1, 7))
R("今天菜鸟的几票：{A} 客户说到了少了两包可可粉 少件；{B} 到哪了；{C} 到哪了；{D} 退回 客户下错了", "cainiao",
  "lost A; track B C; intercept D", cats=(7,))

W.main()
