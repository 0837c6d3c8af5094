"""Writer br: a mother-and-baby products shop (糖果母婴小铺, Taobao and a WeChat 宝妈 group) run part-time by two young
mothers, typing one-handed on a phone with a baby in the other arm.

Casting note. 糖糖妈 (小唐, daughter 糖糖 seven months old) and 果果妈 (阿敏, son 果果 one and a half, expecting a
second) sell formula (飞鹤星飞帆, 爱他美, a2, 君乐宝; stages 1段 2段 3段), diapers and pull-ups (花王, 帮宝适, 好奇;
NB S M L XL XXL码), bottles (贝亲 160ml 240ml), clothes and sleeping bags sized by height or age (59 66 73 80 90cm,
0-6m, 6-12m), teethers, bibs, wipes, rice cereal, and now and then a stroller or a crib (those go by Deppon). They
ship from 果果妈's spare room in 嘉兴 by ZTO, YTO, Yunda and J&T, formula that buyers have run out of by SF, remote
county buyers by EMS, and write in each outlet's WeCom group in the gaps of the day: during a feed, while the baby
naps, at night after bedtime. Their messages break off ("等下娃醒了", "喂完奶回来说", "单手打字见谅"), go on in a
second or third line, put their own earlier words right ("刚才那条说错了", "打错了 是…"), ask several things of one
parcel (改地址 and 催一下; 拦截退回, and a claim if it turns out lost), take back one of several requests ("B那个不用了"),
paste what their 宝妈 buyers wrote to them (sizes, stages, "断粮了", addresses), and carry numbers that are not
waybills: product codes (货号 210356), barcodes, Taobao order numbers, buyers' phones, amounts, sizes and ages.
They quote each other (「果果妈：…」) and the bot's replies, ask whether things were done, and chat with the outlet.
"""

from harness import Writer

W = Writer("br", seed=5201311)
R = W.R

Q = "- - - - - - - - - - - - - - -"

# ---------------------------------------------------------------- 0: everyday requests, intercept
R("{A} 拦截退回 谢谢", "zto", "intercept A")
R("{A}\n这个帮我拦一下", "yto", "intercept A")
R("你好 {A} 拦截 买家拍错码数了 要换80的", "yunda", "intercept A")
R("麻烦拦截下{A}\n发错了 应该发3段 我发成2段了", "jt", "intercept A")
R("{A}这单拦回来吧 尿不湿型号发错 NB发成S了", "zto", "intercept A")
R("{A} 买家退款了 麻烦退回来", "yto", "intercept A")
R("{A} 别派了 退回给我 地址写的是买家公司 她已经离职了", "zto", "intercept A")
R("{A} 截回来 奶瓶发成160ml了 她要240的", "jt", "intercept A")
R("{A} 拦截\n（单手打字 见谅）", "yto", "intercept A")
R("麻烦{A}拦截退回，婴儿床，客户说尺寸不对放不下", "deppon", "intercept A")
R("这个{A}也拦了吧 一样的问题 码数错了", "yto", "intercept A")

# cancel
R("小哥还没来收吧\n{A} 不寄了 帮撤一下", "jt", "cancel A")
R("{A} {B} 都撤单 今天不发了 娃发烧了去医院", "yto", "cancel A B")
R("麻烦撤一下{A} 推车先不寄了 买家说过完年再要", "deppon", "cancel A")
R("刚下的单{A} 取消 地址选错成我自己家了", "sf", "cancel A")

# change address
R("{A} 改地址 改到 浙江省杭州市余杭区良渚街道 玉鸟路88号 李女士", "zto",
  "change_address A")
R("{A} 改个地址哈\n新地址：江苏省无锡市滨湖区蠡湖大道2000号 5栋1单元 王姐 {P}", "yto", "change_address A", cats=(0, 4))
R("你好 {A} 地址改为 上海市闵行区七宝镇 漕宝路3366弄 12号602 收件人不变", "yunda", "change_address A")
R("{A} 转寄到她婆婆家 安徽省合肥市蜀山区长江西路 189号 张阿姨 {PN}", "jt", "change_address A", cats=(0, 4))
R("麻烦{A}改下地址\n原来写的公司 改到家里：宁波市鄞州区 首南街道 天童南路 东方小区 7-502", "yto", "change_address A")
R("{A} 改地址 宝妈搬回娘家坐月子了 改到 绍兴市柯桥区 华舍街道 蜀阜村 58号", "yunda", "change_address A")
R("{A} 改址\n收件人改为 陈雨 电话 {PN}\n地址改为 南京市江宁区 双龙大道 1221号", "jt", "change_address A", cats=(0, 4))
R("{A} 要改地址", "yto", "change_address A", nh=True)
R("{A} 买家说地址写错了 要改 等她发我新地址", "zto", "change_address A", nh=True)
R("{A} 电话改为 {P}", "jt", "change_address A", nh=True, cats=(0, 4))
R("{A} 收件人改为 刘小美", "yunda", "change_address A", nh=True)
R("{A}改地址 地址我一会儿发 娃在闹", "sto", "change_address A", nh=True)

# urge
R("{A} 催一下 宝宝断粮了", "sf", "urge A")
R("{A} 加急 奶粉 孩子等着喝", "yunda", "urge A")
R("{A} 到派送站两天了还没送 麻烦催下", "zto", "urge A")
R("这个{A}能不能催一下 纸尿裤 家里就剩两片了", "yto", "urge A")
R("{A} 三天没动了 催一下", "yunda", "urge A")
R("{A}\n{B}\n这俩都催下", "zto", "urge A B")
R("{A} 咋还不到 催催", "yto", "urge A")

# track
R("{A} 到哪了", "zto", "track A")
R("{A}", "yto", "track A")
R("{A}\n{B}\n帮查下这两个到哪了", "yto", "track A B")
R("{A} 明天能到吗 宝妈后天出门", "yunda", "track A")
R("{A} 揽收了没", "jt", "track A")
R("{A} 现在到哪儿了呀 推车 买家急着用", "deppon", "track A")

# verify_delivery
R("{A} 显示签收了 宝妈说没收到", "zto", "verify_delivery A")
R("{A} 物流显示已签收 她家里人都说没见到 是谁签的", "yunda", "verify_delivery A")
R("{A} 显示放丰巢了 买家去看了没有 取件码也没收到", "sto", "verify_delivery A")
R("{A} 签收显示门卫 门卫说没有这个件", "yto", "verify_delivery A")

# damaged
R("{A} 奶粉罐压瘪了 买家拍了照", "zto", "damaged A")
R("{A} 到了 奶瓶碎了", "jt", "damaged A")
R("{A} 推车到了 车架压弯了", "deppon", "damaged A")
R("{A} 洗护套装漏液 沐浴露全流出来了", "zto", "damaged A")

# lost
R("{A} 件没了 哪都找不着", "zto", "lost A")
R("{A} 少件 拍了两罐只收到一罐", "jt", "lost A")
R("{A} 十天没动了 是不是丢了", "zto", "lost A")

# weight
R("{A} 重量不对 两包湿巾怎么算了5公斤", "yto", "weight A")
R("{A} 核重 婴儿睡袋 很轻的 称了2.4kg不对", "jt", "weight A")
R("{A} 计费重量帮核一下 推车是12kg 收了我20kg的钱", "deppon", "weight A")

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 怎么还没到 是不是延误了", "sto", "delay A")
R("{A} 卡在杭州转运中心两天了 一直没变", "zto", "delay A")

# claim
R("{A} 奶粉罐压坏了 要赔偿 两罐 ¥636", "zto", "claim A")
R("{A} 丢了 申请理赔", "yto", "claim A")
R("{A} 碎了 理赔 奶瓶套装 189块", "yunda", "claim A")
R("{A} 推车压坏了 要求赔付 发票有", "deppon", "claim A")
R("理赔 {A} 破损 照片等下发", "sto", "claim A")

# complaint
R("{A} 投诉 快递员态度太差了 宝妈抱着娃下楼拿 他还骂人", "zto", "complaint A")
R("投诉{A} 说送货上门 结果让买家自己去站点拿 买家还在月子里", "jt", "complaint A")

# arbitration
R("{A} 这个理赔金额谈不拢 申请仲裁", "zto", "arbitration A")
R("{A} 网点说不赔 我要仲裁", "yto", "arbitration A")

# ---------------------------------------------------------------- 7: several parcels
R("{A} 拦截\n{B} 催一下\n{C} 到哪了", "zto", "intercept A; urge B; track C", cats=(7,))
R("{A} {B} {C} 都拦截 这批货号210356的睡袋有线头 全部退回", "yto", "intercept A B C", cats=(7, 4))
R("{A}\n{B}\n{C}\n第一个拦截 后两个催一下", "yunda", "intercept A; urge B C", cats=(7,))
R("{A}\t拦截\n{B}\t改地址 杭州市拱墅区 大关路 上塘新村 12-3-401\n{C}\t催件", "zto",
  "intercept A; change_address B; urge C", cats=(7,))
R("{A} 撤单 {B} 拦截 {C} 不用管正常发", "jt", "cancel A; intercept B", cats=(7, 1))
R("上面几个都催一下\n{A}\n{B}\n{C}\n{D}", "yto", "urge A B C D", cats=(7,))
R("{A}\n{B}\n以上两单拦截退回 谢谢", "sto", "intercept A B", cats=(7,))
R("{A} {B} 这两个都显示签收 买家都说没收到 同一个小区的", "zto", "verify_delivery A B", cats=(7,))
R("今天的\n{A} 2段\n{B} 3段\n{C} 2段\n2段的两个拦截 发错批次了", "zto", "intercept A C", cats=(7,))
R("{A} 查重量\n{B} 查重量\n都是一包尿不湿 怎么一个2kg一个6kg", "yunda", "weight A B", cats=(7,))
R("{A} {B}\n前面那个催 后面那个拦", "jt", "urge A; intercept B", cats=(7,))
R("{A}（NB码） {B}（S码） {C}（M码） 都到哪了 帮查一下", "yto", "track A B C", cats=(7,))
R("1. {A} 拦截\n2. {B} 拦截\n3. {C} 撤单", "zto", "intercept A B; cancel C", cats=(7,))
R("{A} 改地址到 嘉善县 魏塘街道 东门大街 66号\n{B} 也改到同一个地址 她俩是姐妹", "yunda",
  "change_address A B", cats=(7,))
R("{A} {B} {C}\n第二个丢了 第一个和第三个三天没动", "zto", "lost B; delay A C", cats=(7,))
R("{A} 破损 {B} 破损 同一批发的 都是奶粉罐凹了", "yto", "damaged A B", cats=(7,))
R("这几单都是一个宝妈团购的 一起催下吧\n{A}\n{B}\n{C}", "jt", "urge A B C", cats=(7,))
R("{A} 拦截 {B} 拦截 {C} 拦截 {D} 拦截\n都是那个退款的买家 她拍了四单全退了", "zto", "intercept A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n最后一个拦截 其他的正常派", "yto", "intercept C", cats=(7, 1))
R("{A}  催件\n{B}  催件\n{C}  查重量", "sto", "urge A B; weight C", cats=(7,))
R("{A} 和 {B} 一个改地址一个拦截", "zto", "", nh=True, cats=(7,))
R("{A} 拦截\n{B} 同上", "yto", "intercept A B", cats=(7,))
R("{A}\n{B}\n这两个 前一个退回 后一个改到 上海市浦东新区 锦绣路 1001弄 3号 一楼快递柜", "jt",
  "intercept A; change_address B", cats=(7,))
R("{A} 撤单 {B} 撤单\n两个都是今天下午下的 快递员还没来", "zto", "cancel A B", cats=(7,))
R("{A} ①\n{B} ②\n{C} ③\n①③催件 ②拦截", "yunda", "urge A C; intercept B", cats=(7,))

# ---------------------------------------------------------------- 8: several requests for one parcel
R("{A} 改地址 改到 嘉兴市秀洲区 新城街道 中山西路 1018号 然后催一下 买家急用", "zto",
  "change_address A; urge A", cats=(8,))
R("{A} 压坏了 快递员还说是我包装问题 态度很差 要投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 奶粉罐压瘪了 要赔 而且快递员扔件 要投诉", "jt", "claim A; complaint A", cats=(8,))
R("{A} 拦截退回 并投诉 快递员私自改了派送时间", "zto", "intercept A; complaint A", cats=(8,))
R("{A} 延误五天了 客户要投诉", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户已经投诉我了", "sto", "urge A; complaint A", cats=(8,))
R("{A} 丢了 要理赔 赔多少啊 货值458", "zto", "claim A", cats=(8, 4))
R("{A} 漏液 理赔\n沐浴露漏了一半 其他的泡湿了", "yto", "claim A", cats=(8,))
R("{A} 地址改一下 改成 湖州市吴兴区 爱山街道 红旗路 55号 顺便催一下派送 谢谢", "jt",
  "change_address A; urge A", cats=(8,))
R("{A} 超重 核一下重量 另外这个件也好几天没动了", "zto", "weight A; delay A", cats=(8,))
R("{A} 推车 外包装破了 车轮断了一个 赔偿 还要投诉 司机直接从车上扔下来的", "deppon",
  "claim A; complaint A", cats=(8,))
R("{A} 显示签收 买家没收到 核实一下 真丢了的话再说赔的事", "yto", "verify_delivery A", cats=(8,))
R("{A} 先拦截\n再\n退回到我这里\n谢谢", "zto", "intercept A", cats=(8,))
R("{A} 拦截退回 快递员还骂买家 我要投诉", "yunda", "intercept A; complaint A", cats=(8,))
R("{A} 催一下 都6天了 顺便查下重量 运费收得不对", "jt", "urge A; weight A", cats=(8,))
R("{A} 压坏了\n米粉盒子都扁了\n理赔吧", "zto", "claim A", cats=(8,))
R("{A} 拦截退回的那个件 现在网点说找不到了 要理赔", "yto", "claim A", cats=(8,))
R("{A} 又延误又破损 我真是服了 破损要登记 延误也要登记", "sto", "delay A; damaged A", cats=(8,))
R("{A} 改地址到 平湖市 当湖街道 胜利路 318号 再催一下", "zto", "change_address A; urge A", cats=(8,))
R("{A} 丢件 理赔 投诉 一次说完", "yunda", "claim A; complaint A", cats=(8,))

# ---------------------------------------------------------------- interrupted, over several lines
R("{A}\n这个\n等下娃醒了\n……\n好了 拦截退回 谢谢", "zto", "intercept A", cats=(0,))
R("{A} 帮我\n（喂奶中）\n催一下 谢谢", "yto", "urge A", cats=(0,))
R("{A} 改地址\n改到\n江苏省常州市武进区 湖塘镇 延政中路 16号\n徐女士", "jt", "change_address A", cats=(0,))
R("那个\n{A}\n买家说不要了\n退回吧", "yunda", "intercept A", cats=(0,))
R("{A}\n刚那条没打完 娃抢手机\n拦截哈", "zto", "intercept A", cats=(0,))
R("哄睡完了 接着说\n{A} 撤单 {B} 撤单", "jt", "cancel A B", cats=(0,))
R("{A} 到\n到哪了 单手打字不好意思", "sto", "track A", cats=(0,))
R("我先发单号 {A}\n然后\n……\n然后要改地址 改到 温州市鹿城区 南汇街道 锦江路 9号", "zto", "change_address A", cats=(0,))
R("{A}\n催\n一下\n谢谢", "yunda", "urge A", cats=(0,))
R("早上好\n果果又拉了 我先换个尿布\n{A} 拦截 回来再说原因", "yto", "intercept A", cats=(0,))
R("{A} 这个件 买家说 哦等下 娃吐奶了\n好了 买家说破了 盒子烂了", "jt", "damaged A", cats=(0,))
R("{A}\n[语音转文字] 这个麻烦帮我催一下 宝宝奶粉快没了 谢谢啊", "sf", "urge A", cats=(5,))
R("{A}\n\n\n拦截", "zto", "intercept A", cats=(0,))
R("{A} 拦\n截\n（刚才手滑发出去了）", "yto", "intercept A", cats=(0,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 拦截\n刚才那条说错了 不是拦截 是改地址 改到 嘉兴市经开区 城南路 1369号", "zto",
  "change_address A", cats=(2,))
R("{A} 撤单 哦不对 已经揽收了 那就拦截", "yto", "intercept A", cats=(2,))
R("{A:typo} 拦截\n单号打错了 是{A}", "jt", "intercept A", cats=(2,))
R("{A} 催一下\n{B} 拦截\n打反了 {A}拦截 {B}催一下", "zto", "intercept A; urge B", cats=(2, 7))
R("刚才那条说错了 {A} 不是催件 是查重量", "yunda", "weight A", cats=(2,))
R("{A} 改地址到 杭州市上城区 ……\n不对不对 改地址取消 还是拦截吧 她说不要了", "zto", "intercept A", cats=(2,))
R("{A} 拦截\n更正 单号是 {B} 上面那个是另一个宝妈的", "yto", "intercept B", cats=(2,))
R("{A} 改到 上海市松江区 新桥镇 明中路 500号\n刚说错了 是600号 不是500", "jt", "change_address A", cats=(2,))
R("{A} 撤单\n哦 刚问了 快递员已经收走了\n那拦截", "sto", "intercept A", cats=(2,))
R("{A} 理赔\n说错了 先登记破损 赔不赔等买家回话", "zto", "damaged A", cats=(2,))
R("{B:typo} 催一下\n{B} 这个才对 刚才有一位打错了\n催一下", "yunda", "urge B", cats=(2,))
R("{A} 拦截\n{B} 拦截\n第二个说错了 {B}是催件", "zto", "intercept A; urge B", cats=(2, 7))
R("{A} 查下到哪了\n啊不是 我想说催一下 买家急", "yto", "urge A", cats=(2,))
R("{A} 拦截\n刚才那条说错了\n不是{A}\n是{B} 拦截", "jt", "intercept B", cats=(2,))
R("{A} 退回\n等等\n不退了 改地址 改到她单位 嘉兴市南湖区 东栅街道 南溪路 88号 妇幼保健院后门", "zto",
  "change_address A", cats=(2, 1))
R("{A} 投诉\n算了投诉没用 就催一下吧", "yto", "urge A", cats=(2,))
R("{A:cut} 拦截\n少打了一位 {A}", "yto", "intercept A", cats=(2,))
R("{A} 丢件\n更正：不是丢件 是显示签收了没收到", "jt", "verify_delivery A", cats=(2,))
R("{A} 改地址 改成 南湖区 中环南路 蓝城小区\n刚才那条说错了 是秀洲区的 蓝城小区 不是南湖区", "zto",
  "change_address A", cats=(2,))
R("{A} 2段奶粉 拦截\n说错了是3段那单 {B} 拦截 {A}正常发", "yunda", "intercept B", cats=(2, 1))
R("{A} 作废\n哎呀不是作废 是这单催一下 作废的是{B}", "sto", "urge A; cancel B", cats=(2,))
R("刚才发的单号少了一个 补一下\n{A} 也拦截", "zto", "intercept A", cats=(2,))
R("{A} 催件 不是 是改地址 不是 哎 拦截 对 拦截", "yto", "intercept A", cats=(2,))
R("{A} 破损\n（说错了 不是这个 是{B} 破损 单号复制错了）", "jt", "damaged B", cats=(2,))
R("{A} 改地址 改到 嘉兴 桐乡 梧桐街道 庆丰南路 2号\n哦 桐乡那个是 {B} 的 {B}改到桐乡\n{A} 是改到 海宁 硖石街道 西山路 101号",
  "zto", "change_address A B", cats=(2,))
R("{A} 拦截退回\n等下 我搞错了 退回的是纸尿裤那单 {B}\n{A} 是奶粉 正常派", "yunda", "intercept B", cats=(2, 1))
R("{A} 催一下 刚才说成拦截了 不好意思 是催一下", "zto", "urge A", cats=(2,))
R("{A} 拦截\n说错了 这单要撤单 还没揽收呢", "yto", "cancel A", cats=(2,))

# ---------------------------------------------------------------- 1: withdrawals, negation scoped
R("{A} 拦截 {B} 不用拦", "zto", "intercept A", cats=(1,))
R("{A} 拦截\n算了不拦了 买家又说要了", "yto", "", cats=(1,))
R("{A} 不用拦了 买家又要了", "jt", "", nh=True, cats=(1,))
R("早上让拦的那个{A}不拦了 宝妈说不退了", "zto", "", nh=True, cats=(1,))
R("{A} 改地址 {B} 催一下\n算了{B}不催了 已经在派送了", "yunda", "change_address A", nh=True, cats=(1, 7))
R("{A} {B} {C} 都拦截\n{B}不用 那个买家没退款", "yto", "intercept A C", cats=(1, 7))
R("{A} 不要退回 改派到 嘉兴市南湖区 大桥镇 亚太路 778号", "zto", "change_address A", cats=(1,))
R("不是不拦 是现在就拦 {A}", "jt", "intercept A", cats=(1,))
R("{A} 不用催了 买家收到了 谢谢", "sto", "", nh=True, cats=(1,))
R("{A} 理赔不用了 买家说不要赔了 能用", "zto", "", nh=True, cats=(1,))
R("{A} 拦截 {B} 拦截\n哦{A}不是我们的 不用管 只拦{B}", "yto", "intercept B", cats=(1,))
R("{A} 别退回 催一下就行 她说还是要的", "yunda", "urge A", cats=(1,))
R("{A} 撤单\n算了 还是发吧 她又付款了", "zto", "", cats=(1,))
R("{A} {B}\n都不用拦了 之前说的作废", "jt", "", nh=True, cats=(1,))
R("{A} 不拦 {B} 拦", "zto", "intercept B", cats=(1,))
R("{A} 改地址改到 秀洲区 王店镇 建设路 1号\n{A} 算了 不改了 就按原地址", "yto", "", cats=(1,))
R("{A} 拦截 {B} 催一下 {C} 查重量\n{C}那个不查了 算了 几块钱", "zto", "intercept A; urge B", cats=(1, 7))
R("{A} 破损 但是不用赔 登记一下就行", "yunda", "damaged A", cats=(1,))
R("{A} 我不是要投诉 就是想催一下", "jt", "urge A", cats=(1,))
R("{A} 没丢 找到了 在驿站 不用登记了", "zto", "", nh=True, cats=(1,))
R("{A} 先不要拦 {B} 要拦", "yto", "intercept B", cats=(1,))
R("{A} 别拦截 不是这个 是{B}", "sto", "intercept B", cats=(1, 2))
R("{A} {B}\n这两个都拦截 不对 {A}不拦 它已经签收了", "zto", "intercept B", cats=(1,))
R("昨天说改地址的{A} 不改了 买家回原来地址了", "jt", "", nh=True, cats=(1,))
R("{A} 不是不要了 是要改地址 改到 嘉兴市南湖区 七星街道 七星路 21号", "zto", "change_address A", cats=(1,))
R("{A} 拦截取消 就正常派吧", "yunda", "", nh=True, cats=(1,))
R("{A} 不用撤单 还是拦截", "yto", "intercept A", cats=(1,))
R("{A} 催件\n{B} 催件\n{C} 催件\n最后那个不用了 已经收到了", "zto", "urge A B", cats=(1, 7))
R("{A} 和 {B} 都退回\n啊不 {B}别退 她是另外拍的 还要", "jt", "intercept A", cats=(1,))
R("{A} 别派了！退回来！\n……\n算了算了 派吧 买家说还是收下", "yto", "", cats=(1,))
R("{A} 不用改地址了 直接退回吧", "zto", "intercept A", cats=(1,))
R("{A} 没有破损 是买家搞错了 之前的破损单撤了吧", "yunda", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- 3: quotes of colleagues and of the bot
R("「果果妈：" + "{A} 拦截」\n" + Q + "\n这个不拦了 买家又要了", "zto", "", nh=True, cats=(3, 1))
R("「糖糖妈：{A} 催一下」\n" + Q + "\n这个也改下地址 改到 嘉兴市南湖区 新兴街道 紫阳街 55号", "yto",
  "change_address A", cats=(3,))
R("@糖果母婴 {A} 拦截已提交，结果会第一时间通知您\n好的谢谢", "zto", "", cats=(3,))
R("@糖果母婴 {A} 拦截已提交，结果会第一时间通知您\n不用拦了 买家说收", "jt", "", nh=True, cats=(3, 1))
R("@糖果母婴 {A} 已签收，无法拦截\n那宝妈说没收到啊 谁签的", "zto", "verify_delivery A", cats=(3,))
R("@糖果母婴 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "yto", "cancel A", cats=(3,))
R("@糖果母婴 {A} 已为您催促派送，请耐心等待\n都催三次了还没到 是不是丢了", "yunda", "lost A", cats=(3,))
R("引用 果果妈：{A} {B} 都拦截\n{B}我刚问了 不用拦", "zto", "", nh=True, cats=(3, 1))
R("回复 @果果妈：{A} 这个到哪了\n这个也催一下吧 买家急", "jt", "urge A", cats=(3,))
R("「果果妈：{A} 显示签收了买家没收到」\n" + Q + "\n帮核实下 谢谢", "zto", "verify_delivery A", cats=(3,))
R("@糖果母婴 {A} 改址已提交，结果会第一时间通知您\n好 再催一下哈 她今天在家", "yto", "urge A", cats=(3,))
R("「糖糖妈：今天的都发了 {A} {B}」\n" + Q + "\n第二个拦截 发错了", "zto", "intercept B", cats=(3, 7))
R("@糖果母婴 {A} 撤单成功\n👌", "jt", "", cats=(3,))
R("@糖果母婴 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n什么时候有结果 买家天天问", "zto",
  "", nh=True, cats=(3,))
R("“{A} 改地址 改到 桐乡市 乌镇 石佛南路 18号”\n这条作废 地址是买家乱写的 先别改", "yunda", "", nh=True, cats=(3, 1))
R("回复 @小哥：已经在派送了哦\n那还是拦一下 {A}", "zto", "intercept A", cats=(3,))
R("@糖果母婴 您的消息已转人工客服处理，请稍候\n好的 等", "yto", "", cats=(3,))
R("「果果妈：{A} 催件」\n" + Q + "\n不用催了 刚到了", "jt", "", nh=True, cats=(3, 1))
R("@糖果母婴 请确认：{A} 拦截退回？回复“确认”即办理\n不拦了 我再想想", "zto", "", nh=True, cats=(3, 1))
R("「糖糖妈：{A} 拦截」\n" + Q + "\n{B} 这个也拦截一下 同一个买家", "yunda", "intercept B", cats=(3,))
R("引用 果果妈：{A} 拦截退回\n拦了没 买家问", "zto", "", nh=True, cats=(3,))
R("@糖果母婴 {A} 已为您登记延误工单，结果会第一时间通知您\n好的 辛苦", "jt", "", cats=(3,))
R("果果妈 你上午说的 “{A} 先别发” 是撤单的意思吗 我帮你撤了啊\n{A} 撤单", "yto", "cancel A", cats=(3,))
R("「果果妈：{A} 理赔」\n" + Q + "\n这个我来跟 顺便投诉一下那个快递员 态度很差", "zto", "complaint A", cats=(3,))
R("@糖果母婴 {A} 拦截已提交，结果会第一时间通知您\n@糖果母婴 {B} 已为您催促派送，请耐心等待\n第二个也拦了吧",
  "yto", "intercept B", cats=(3,))

# ---------------------------------------------------------------- buyers' words pasted
R("买家说：亲 我地址填错了 能改成 杭州市滨江区 长河街道 江虹路 459号 吗\n{A} 麻烦按她说的改一下", "zto",
  "change_address A", cats=(3,))
R("宝妈原话“娃都断粮两天了 怎么还没到”\n{A} 求催 🙏", "yto", "urge A", cats=(3,))
R("买家问 80cm的会不会小 宝宝现在76cm\n{A} 这单先拦下 我给她换90的", "jt", "intercept A", cats=(3, 4))
R("买家：收到了 但是奶粉罐是凹的 我不敢给宝宝喝\n{A} 登记破损", "zto", "damaged A", cats=(3,))
R("宝妈说快递员让她自己下楼拿 她剖腹产刚出院\n{A} 投诉", "yunda", "complaint A", cats=(3,))
R("买家说 “显示签收了 我没收到啊 门口也没有”\n{A} 帮核实下", "zto", "verify_delivery A", cats=(3,))
R("买家发来的：亲 纸尿裤能换成L码吗 XL太大了\n这个不是找你们的 发错群了 [捂脸]", "yto", "", cats=(3,))
R("宝妈问3段的1岁2个月能喝吗\n（发错群了 不好意思）", "jt", "", cats=(3, 4))
R("买家说她不要了 让我退回\n我跟她说拆了不能退 她说没拆\n那{A}拦截吧", "zto", "intercept A", cats=(3,))
R("买家：“能不能快点 明天就要去外婆家了”\n{A} 帮催一下 谢谢", "sto", "urge A", cats=(3,))
R("宝妈：我家搬了 新地址 嘉兴市南湖区 余新镇 金福路 18号 {PN}\n{A} 改一下 谢谢", "zto", "change_address A",
  cats=(3, 4))
R("买家说取消订单 不要了\n{A} 还没揽收 撤了吧", "yto", "cancel A", cats=(3,))
R("买家说 快递员说她的件丢了 让她找商家\n{A} 到底丢没丢 在哪", "jt", "track A", cats=(3,))
R("买家原话：“你们快递把我东西压坏了还不承认”\n{A} 压坏了 理赔 买家要赔偿 另外投诉一下派件员", "zto",
  "claim A; complaint A", cats=(3, 8))
R("宝妈发我的截图上写着 “已签收 签收人：快递柜” 她说柜子里没有\n{A}", "yunda", "verify_delivery A", cats=(3,))
R("买家：不要退回 我还要的 就是晚点收\n所以{A}不拦了哈 昨天说的作废", "zto", "", nh=True, cats=(3, 1))
R("买家说：“拦截吧 不要了”\n她说的是{A} 我确认过了 拦截", "yto", "intercept A", cats=(3,))
R("买家问能不能改到公司 我说可以\n{A} 改到 上海市长宁区 仙霞路 99号 尚嘉中心 20楼 前台", "jt",
  "change_address A", cats=(3,))
R("宝妈说 “尿不湿少了一包 拍的两包 只收到一包”\n{A} 少件", "zto", "lost A", cats=(3,))
R("买家说收到的睡袋是66码 她拍的73码\n这个是我们发错了 不关快递的事 哈哈 发错群了", "yto", "", cats=(3, 4))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 拦截 买家电话{PN} 她说不要了", "zto", "intercept A", cats=(4,))
R("订单号{O}\n快递单号{A}\n催一下", "yto", "urge A", cats=(4,))
R("{A} 改地址 改到 嘉兴市秀洲区 洪合镇 洪福路 8号 电话{PN} 谢谢", "jt", "change_address A", cats=(4,))
R("货号 210356 的睡袋发错了\n{A} 拦截", "zto", "intercept A", cats=(4,))
R("{A} 理赔 奶粉两罐 每罐¥318 一共636", "yunda", "claim A", cats=(4,))
R("淘宝订单 {O}\n这个买家的件{A}显示签收 没收到", "zto", "verify_delivery A", cats=(4,))
R("{A} 到哪了\n买家手机 {PN} 她说快递员一直打不通她电话", "yto", "track A", cats=(4,))
R("条码6937962112345那个奶瓶 {A} 碎了", "jt", "damaged A", cats=(4,))
R("{PN} 这个是买家电话 {A} 拦截", "zto", "intercept A", cats=(4,))
R("{A} 称重不对 我这边称了1.35kg 你们计了3kg 多收我8块", "sto", "weight A", cats=(4,))
R("买家{P} 打电话来说{A}三天没动了 帮催一下", "zto", "urge A", cats=(4,))
R("{O} 这是订单号 不是快递单号哈\n快递单号是 {A} 到哪了", "yto", "track A", cats=(4,))
R("SKU 33018 3段 800g ×2\n{A}\n催件", "jt", "urge A", cats=(4,))
R("{A} 收件人电话改为 {PN} 地址不变 还是 嘉兴市南湖区 凌公塘路 3号", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 丢件\n货值 ¥1299（推车）", "deppon", "lost A", cats=(4,))
R("{A} 买家尾号3721 拦截", "yunda", "intercept A", cats=(4,))
R("批号 20250611 的米粉召回了\n{A} {B} 都拦截退回", "zto", "intercept A B", cats=(4,))
R("{P}\n这是我电话 有事打我\n{A} 改地址的事 新地址还没问到", "yto", "change_address A", nh=True, cats=(4,))
R("拦截 {P}", "zto", "", nh=True, cats=(4,))
R("{O} 这个订单的快递帮我拦一下", "yto", "", nh=True, cats=(4,))
R("赔了 ¥268 还没到账\n{A}", "jt", "", nh=True, cats=(4,))
R("{A} 里面是 花王M码 ×3 货值 ¥387 外箱压破了 要赔偿", "zto", "claim A", cats=(4, 8))
R("买家 {PN} 说{A} 一直显示派送中 今天能送吗", "yunda", "track A", cats=(4,))
R("{A}\n73码 0-6m 连体衣 ×2\n拦截", "jt", "intercept A", cats=(4,))
R("80cm 90cm 各一件 {A}\n改到 嘉兴市海盐县 武原街道 海滨东路 22号", "zto", "change_address A", cats=(4,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 拦截", "yto", "intercept A", cats=(6,))
R("{A:nl}\n催一下", "zto", "urge A", cats=(6,))
R("{A:dash} 改地址 改到 嘉兴市南湖区 解放街道 建国南路 456号", "jt", "change_address A", cats=(6,))
R("{A:nl} 撤单", "yunda", "cancel A", cf=True, cats=(6,))
R("{A:sp} 到哪了", "ems", "track A", draw="ems_s10", cats=(6,))
R("{A:sp}\n显示签收了 买家没收到", "ems", "verify_delivery A", draw="ems_s10", cats=(6,))
R("{A:nl} 改地址到 平湖市 新仓镇 新兴路 1号", "jt", "change_address A", cf=True, cats=(6,))
R("{A:lc} 拦截", "yto", "intercept A", cats=(6,))
R("{A:fw} 催件", "zto", "urge A", cats=(6,))
R("{A:sp}\n{B:sp}\n这两个都拦截", "sf", "intercept A B", cats=(6, 7))
R("{A:nl} 破损", "yto", "damaged A", cats=(6,))
R("{A:x} 拦截", "jt", "", nh=True, cats=(6,))
R("{A:cut} 催一下", "yto", "", nh=True, cats=(6,))
R("{A:dash}\n{B:nl}\n都拦截", "zto", "intercept A B", cf=True, cats=(6, 7))

# ---------------------------------------------------------------- hedges (confirm)
R("{A} 要不拦截吧 我再问问买家", "zto", "intercept A", cf=True, cats=(0,))
R("{A} 可能要退回 买家有点犹豫", "yto", "intercept A", cf=True, cats=(0,))
R("{A} 好像得改个地址 改到 嘉兴市南湖区 南湖街道 槜李路 17号 我再确认下", "jt", "change_address A", cf=True,
  cats=(0,))
R("{A} 看看能不能撤单", "zto", "cancel A", cf=True, cats=(0,))
R("{A} 先拦着吧？我再问问客户", "yunda", "intercept A", cf=True, cats=(0,))
R("{A} 能拦截吗", "yto", "intercept A", cats=(0,))
R("{A} 可以帮忙改个地址吗 改到 嘉兴市秀洲区 油车港镇 正阳路 12号", "zto", "change_address A", cats=(0,))
R("{A} 能不能催一下", "jt", "urge A", cats=(0,))
R("{A} 如果还没签收就拦截", "zto", "intercept A", cats=(0,))
R("{A} 拦截吧 嗯…还是不拦？拦吧 哎我也不知道", "yto", "intercept A", cf=True, cats=(1,))
R("{A} 感觉要退回 宝妈说她婆婆已经买了同款", "zto", "intercept A", cf=True, cats=(0,))
R("{A} 要是还在路上 就改地址到 杭州市萧山区 宁围街道 市心北路 1000号", "jt", "change_address A", cats=(0,))
R("{A} 撤单吧 应该是不寄了 等我老公回来确认一下", "yunda", "cancel A", cf=True, cats=(0,))

# ---------------------------------------------------------------- questions, mentions, chit-chat
R("{A} 拦截了吗", "zto", "", nh=True, cats=(0,))
R("{A} 改地址了没 买家问", "yto", "", nh=True, cats=(0,))
R("{A} 拦截要收费吗", "jt", "", nh=True, cats=(0,))
R("上次拦截的那票 {A} 到哪了", "zto", "track A", cats=(0,))
R("今天几点来收件呀 我这边有六个件", "yto", "", cats=(0,))
R("谢谢啦 辛苦小哥", "zto", "", cats=(0,))
R("收到👌", "jt", "", cats=(0,))
R("明天能上门收吗 娃打疫苗 下午不在家", "yunda", "", cats=(0,))
R("拦截一下", "zto", "", nh=True, cats=(0,))
R("尾号5678 拦截", "yto", "", nh=True, cats=(4,))
R("上周理赔的那个 {A} 钱什么时候到账", "zto", "", nh=True, cats=(0,))
R("{A} 理赔进度怎么样了", "jt", "", nh=True, cats=(0,))
R("{A} 催了好几次了 你们到底催了没", "yto", "", nh=True, cats=(0,))
R("{A} 退回的件到哪了 到了我去网点拿", "zto", "track A", cats=(0,))
R("拦截成功没有 {A}", "yunda", "", nh=True, cats=(0,))
R("请问撤单之后运费会退吗", "zto", "", nh=True, cats=(0,))
R("我们是小店 一天就十来单 能给便宜点吗", "yto", "", cats=(0,))
R("今天的件都打包好了 放门口了 小哥来了直接拿", "jt", "", cats=(0,))
R("{A} 帮忙改地址的话 要多久能改好", "zto", "", nh=True, cats=(0,))
R("昨天改地址那个 {A} 显示送到新地址了吗 到哪了", "yto", "track A", cats=(0,))
R("新年快乐🧧 今年辛苦你们了", "zto", "", cats=(0,))
R("请问寄推车要怎么包装 上次那个压坏了", "deppon", "", cats=(0,))
R("你们网点电话多少 我打过去问", "yunda", "", cats=(0,))
R("{A} 明天会派吗 她明天不在家 后天派也行", "zto", "track A", cats=(0,))
R("那个 之前说要投诉的 {A} 投诉了没", "yto", "", nh=True, cats=(0,))

# ---------------------------------------------------------------- 5: other ways of writing
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("{A} cui yi xia", "yto", "urge A", cats=(5,))
R("{A} 帮忙gaizhi 改到 嘉兴市南湖区 城南街道 由拳路 2号", "jt", "change_address A", cats=(5,))
R("{A} chedan", "zto", "cancel A", cats=(5,))
R("{A} urgent pls 宝宝没奶粉了", "sf", "urge A", cats=(5,))
R("[语音转文字] 那个幺三幺的单号不对啊 我说的是 {A} 这个帮我拦一下啊 谢谢", "zto", "intercept A", cats=(5,))
R("{A} 崔一下 打错字了 催一下", "yto", "urge A", cats=(5,))
R("{A} 拦戒", "jt", "intercept A", cats=(5,))
R("{A} where is it 买家是外国人 问我到哪了", "zto", "track A", cats=(5,))
R("{A} 拦拦拦 快", "yunda", "intercept A", cats=(5,))
R("{A} 退退退 不要了", "zto", "intercept A", cats=(5,))
R("{A} 咋还没到捏 催催嘛", "yto", "urge A", cats=(5,))
R("{A} 查件查件", "jt", "track A", cats=(5,))
R("[语音转文字] 幺九八那个不是 是这个 {A} 显示签收了但是宝妈没拿到 帮忙核实一下", "zto", "verify_delivery A",
  cats=(5,))

# ---------------------------------------------------------------- multi-carrier group (菜鸟驿站 aggregation group)
R("{A} 拦截\n{B} 催件", None, "intercept A; urge B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("{A} 改地址 改到 嘉兴市南湖区 长水街道 由拳路 201号", None, "change_address A", draw="jd")
R("{A} 显示签收 没收到", None, "verify_delivery A", draw="sf")
R("{A} 圆通那个到哪了\n{B} 极兔那个拦截", None, "track A; intercept B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("{A} 推车 拦截退回", None, "intercept A", draw="deppon")
R("{A} 奶粉 催一下 宝宝明天就没得喝了", None, "urge A", draw="sf")
R("{A} 撤单", None, "cancel A", draw="jd")
R("{A} 破损 要理赔", None, "claim A", draw="yto")

# ---------------------------------------------------------------- more everyday traffic in the style
R("{A} 这个催一下 孩子马上要去打预防针 要带的退热贴在里面", "yto", "urge A")
R("{A} 改地址 买家说送她妈妈家 湖州市德清县 武康街道 英溪南路 66号 孙阿姨", "jt", "change_address A")
R("早\n{A} 帮我查一下到哪了 买家说一直没动", "yunda", "track A")
R("{A} 到哪了 宝妈说快一周了", "yto", "track A")
R("{A} 今天能送到吗 宝宝奶粉就剩一顿了", "sf", "track A")
R("麻烦{A}退回\n奶粉是3段 她家宝宝才5个月 拍错了", "yto", "intercept A", cats=(4,))
R("{A} 件到了 但是里面的吸奶器配件少了一个 是不是路上丢了", "zto", "lost A")
R("{A} 外箱湿了 纸尿裤全湿透了 怎么搞的", "yunda", "damaged A")
R("{A} 辛苦催一下 买家在月子中心 下周就出来了 要在那之前到", "yto", "urge A")
R("{A} 退回来 婴儿床 买家说楼梯太窄搬不上去", "deppon", "intercept A")
R("{A} 撤单 今天发不了 宝宝住院了 这几天都不发货", "yunda", "cancel A")
R("{A} 运费怎么扣了28 就一罐奶粉 帮看下重量", "zto", "weight A", cats=(4,))
R("{A} 这个到哪了\n{B} 这个也看下", "yto", "track A B", cats=(7,))
R("{A} 改派 送到 嘉兴市南湖区 新丰镇 竹林村 65号 买家在老家", "jt", "change_address A")
R("{A} 买家说包裹被拆过 里面奶粉少了一罐", "zto", "lost A")
R("{A} 派件员态度恶劣 买家哭着给我打电话 投诉", "yto", "complaint A")
R("{A} 理赔 奶粉罐漏了 一罐 ¥298", "zto", "claim A", cats=(4,))
R("{A} 丢件理赔 推车 ¥1299 发票有 聊天记录有", "deppon", "claim A", cats=(4,))
R("{A} 拦下 她说尺码不对 80的要换成73", "yto", "intercept A", cats=(4,))
R("{A} 买家那边一直没人签收 要不退回吧", "zto", "intercept A", cf=True)
R("{A}\n{B}\n{C}\n都查一下 三个都是今天要到的", "zto", "track A B C", cats=(7,))
R("{A} 拦截！！！\n发错地址了 发给上一个买家的地址了", "zto", "intercept A")
R("{A} 帮改一下地址 收件地址 嘉兴市南湖区 东栅街道 中环东路 1199号 嘉兴大学 菜鸟驿站", "yto",
  "change_address A")

# ---------------------------------------------------------------- harder mixes
R("{A} {B}\n{A}拦截 {B}改地址\n哦{B}的新地址还没问到 先拦{A}", "zto", "intercept A; change_address B", nh=True,
  cats=(7,))
R("{A} 拦截\n喂奶回来了 继续\n{B} 也拦\n{C} 不拦 那个是好评的买家", "yto", "intercept A B", cats=(1, 7))
R("{A} 改到 嘉兴市南湖区 东栅街道 槜李路 18号\n再催一下\n不对 催不用了 改完她自己去拿", "jt",
  "change_address A", cats=(1, 8))
R("{A} 拦截 退回 如果已经签收了就算了", "zto", "intercept A", cats=(0,))
R("{A} 不用拦截 也不用退 就是问下到哪了", "yto", "track A", cats=(1,))
R("{A} 不是要退回 是要催 你们别给我退了啊", "zto", "urge A", cats=(1,))
R("{A} 上次说破损的那个 不是破损 是少件 少了一包湿巾", "jt", "lost A", cats=(2,))
R("上面那个拦截的{A}\n到哪了 退回来没", "zto", "track A", cats=(0,))
R("{A} 拦截的话 奶粉会不会压坏啊 退回来还能卖吗", "yto", "", nh=True, cats=(0,))
R("你们那个撤单是怎么撤的 我在菜鸟上点不了", "zto", "", nh=True, cats=(0,))
R("{A} 之前拦截失败了 现在再拦一次", "jt", "intercept A", cats=(0,))
R("{A} 上次改地址没改成 再改一次 改到 嘉兴市南湖区 建设街道 少年路 9号", "zto", "change_address A", cats=(0,))
R("催件这个功能怎么用的 是发单号就行吗", "yunda", "", nh=True, cats=(0,))
R("{A} 我记得是拦截了 怎么又派送了", "yto", "", nh=True, cats=(0,))
R("{A} 破损理赔那个不赔了 买家说能用 只登记下破损就好", "zto", "damaged A", cats=(1, 2))
R("{A}\n{B}\n第一个不拦 第二个拦", "jt", "intercept B", cats=(1, 7))
R("{A} {B} {C} 这三个 除了中间那个都拦截", "zto", "intercept A C", cats=(1, 7))
R("{A} 拦截 {B} 拦截 {C} 拦截\n中间那个搞错了 是催件", "yto", "intercept A C; urge B", cats=(2, 7))
R("{A} 客户拒收 退回", "zto", "intercept A", cats=(0,))
R("{A} 地址错了 退回", "yunda", "intercept A", cats=(0,))
R("{A} 显示签收 买家说没收到 但她老公说好像收到了 我再问问 先别核实", "zto", "", cats=(1,))
R("{A} 买家说退回 我说行\n结果她又说不退了 改到她单位\n嘉兴市南湖区 广益路 1319号 长江大厦 8楼", "jt",
  "change_address A", cats=(2,))
R("{A} 拦截的同时 帮我查一下重量 运费感觉收多了", "zto", "intercept A; weight A", cats=(8,))
R("{A} 到哪了 要是还在嘉兴就拦下来", "yto", "intercept A", cats=(0,))
R("{A} 催件 {B} 催件\n{B} 刚签收了 不用了", "zto", "urge A", cats=(1, 7))
R("{A} 延误了 不过买家说不急 不用催 登记一下就行", "jt", "delay A", cats=(1,))
R("{A} 这个不是延误 是丢了 网点说找不到", "zto", "lost A", cats=(2,))
R("{A} 说是破损了 其实没破 就是外箱脏了 算了不登记了", "zto", "", cats=(1,))
R("糖糖妈让我问一下 {A} 是不是已经拦截了", "zto", "", nh=True, cats=(0,))
R("{A} 退回来的件 网点说要我自己去拿 能送过来吗", "jt", "", nh=True, cats=(0,))
R("{A} 我之前说改地址 后来又说不改 现在还是要改 改到 嘉兴市秀洲区 高照街道 秀园路 33号", "zto",
  "change_address A", cats=(2,))
R("{A} 拦截 {A} 拦截 {A} 拦截\n（刚才网不好发了三次）", "yto", "intercept A", cats=(0,))
R("{A} 催 {B} 催 {A} 再催", "zto", "urge A B", cats=(7,))
R("{A} 别催了 买家说周末再收 改到周六派 能行吗", "jt", "", nh=True, cats=(1,))
R("{A} 改地址 改到 嘉兴市南湖区 凤桥镇 三星村 12组\n电话 {P2} 不对 电话是{P}", "zto", "change_address A", cats=(2, 4))
R("{A} 破了\n{B} 没破\n{C} 也破了", "yto", "damaged A C", cats=(1, 7))
R("{A} 一直没动 我怀疑丢了", "zto", "lost A", cats=(0,))
R("{A} 签收了 谁签的我不知道 反正买家没收到 我要投诉", "jt", "verify_delivery A; complaint A", cats=(8,))
R("{A} 帮我看看 是不是被退回了 我没让拦啊", "yunda", "track A", cats=(1,))
R("{A} 不拦截 我说的是{B} 你们是不是拦错了", "zto", "", nh=True, cats=(1,))
R("{A} 已经签收了吧 那就不用拦了", "yto", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- more in the style: broken off, compounds, codes
R("{A}\n娃醒了\n\n\n回来了 刚才那个改地址\n改到 嘉兴市南湖区 湘家荡 亚太路 1号 锦湖湾 6-302", "zto",
  "change_address A", cats=(0,))
R("{A} 先催一下 等下我再看要不要改地址", "yto", "urge A", cats=(0,))
R("{A} 拦截\n{B} 拦\n{C} 也\n（娃抢手机了）\n{C} 也拦", "jt", "intercept A B C", cats=(7,))
R("{A} 奶粉 催件\n{B} 尿不湿 催件\n{C} 湿巾 不急 不用催", "zto", "urge A B", cats=(1, 7))
R("{A} 改地址\n（娃哭了等下）\n改到 嘉兴市秀洲区 王江泾镇 长虹路 178号 顺便催下", "yunda", "change_address A; urge A",
  cats=(8,))
R("{A} 拦截 退回 到了之后我要看下有没有破 破了的话再说理赔", "zto", "intercept A", cats=(0,))
R("{A} 这个件如果丢了 我要赔偿的哈 先帮我查下在哪", "yto", "track A", cats=(0,))
R("{A} 到了 奶粉罐凹了一块 里面没事 就登记一下破损吧 不赔", "zto", "damaged A", cats=(1,))
R("{A} 漏液了 买家说整箱都是沐浴露味 宝宝衣服都不能穿了 要赔衣服钱 ¥156", "yunda", "claim A", cats=(4,))
R("{A} 婴儿床 压坏了 拍了视频 要赔 还有 送货的师傅嘴巴不干净 投诉他", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 签收了 但是是在隔壁楼签收的 核实一下", "zto", "verify_delivery A")
R("{A} 查下重量\n{A} 查下重量\n刚重复了 一个就行", "yto", "weight A", cats=(0,))
R("{A} 今天下午三点前能不能到 宝宝的奶粉 来不及的话加急", "sf", "urge A", cats=(0,))
R("{A} 这个改到 嘉兴市南湖区 南湖天地 5号楼 \n改错了 是6号楼", "jt", "change_address A", cats=(2,))
R("{A} 先撤单\n不对 不是撤单 快递员说他下午来拿 那就正常发\n{B} 这个撤单", "yto", "cancel B", cats=(2, 1))
R("{A} 拦截\n{B} 撤单\n{C} 催件\n{D} 改地址 改到 嘉兴市秀洲区 新塍镇 镇东路 20号\n今天就这些 谢谢", "zto",
  "intercept A; cancel B; urge C; change_address D", cats=(7,))
R("{A}{B}\n都拦截", "yto", "intercept A B", cats=(7,))
R("{A}、{B}、{C} 催件", "jt", "urge A B C", cats=(7,))
R("{A}，{B} 撤单，谢谢", "zto", "cancel A B", cats=(7,))
R("帮我看看这几个\n{A} 到哪了\n{B} 是不是丢了 一周没动\n{C} 显示签收 买家没收到", "yunda",
  "track A; lost B; verify_delivery C", cats=(7,))
R("{A} 发错了 发成NB码了 她要S码 拦截退回 我重新发", "zto", "intercept A", cats=(4,))
R("{A} 里面是6-12m的爬服 买家说要12-18m的 退回吧", "yto", "intercept A", cats=(4,))
R("{A} 改收件人 改为 赵小敏 {PN} 地址 嘉兴市南湖区 吉杨路 100号", "jt", "change_address A", cats=(4,))
R("{A} 货号 880213 的牙胶 买家说少了一个 少件", "zto", "lost A", cats=(4,))
R("{A} 星飞帆3段 ×4 ¥1268 显示签收 没收到 贵的 麻烦核实", "zto", "verify_delivery A", cats=(4,))
R("第三次问了 {A} 到底到哪了 你们回一下啊", "yto", "track A", cats=(0,))
R("{A} 改地址 新地址在下面\n{B} 拦截\n……\n新地址 嘉兴市南湖区 东栅街道 万国路 38号", "zto",
  "change_address A; intercept B", cats=(7,))
R("{A} 是糖糖妈发的 {B} 是我发的 我的那个拦截", "jt", "intercept B", cats=(7,))
R("糖糖妈的那单 {A} 她说改地址 改到 嘉兴市秀洲区 北郊河路 99号 她在哄娃没空发 我替她发", "zto",
  "change_address A", cats=(0,))
R("{A} 拦截\n{B} 改地址 改到 嘉兴市南湖区 禾兴南路 600号\n{B}改完再催一下", "yunda",
  "intercept A; change_address B; urge B", cats=(7, 8))
R("{A} 拦截吧 拦不住就算了", "jt", "intercept A", cats=(0,))
R("{A} 要投诉吗 还是算了 算了 催一下吧", "zto", "urge A", cats=(1, 2))

# ---------------------------------------------------------------- late-night messages
R("不好意思这么晚\n{A} 拦截 买家退款了", "yto", "intercept A")
R("{A} 明天一早帮我催一下 她上午在家", "zto", "urge A")
R("{A} 撤单 明天不寄了 娃半夜发烧", "jt", "cancel A")
R("这么晚还有人吗\n{A} 改地址 改到 嘉兴市南湖区 新嘉街道 景宜路 7号 明天一早就派了 来得及吗", "zto",
  "change_address A")
R("睡前最后一个\n{A} 显示签收了 宝妈说没收到 她今天一天都在家", "yunda", "verify_delivery A")
R("{A} 拦截\n{B} 拦截\n明早再发详细原因 娃要睡了", "zto", "intercept A B", cats=(7,))
R("晚安 明天再说", "yto", "")
R("半夜起来喂奶 想起来了\n{A} 要改地址 买家下午说的 我忘了发\n改到 嘉兴市南湖区 七星镇 湘家荡路 8号", "zto",
  "change_address A")

# ---------------------------------------------------------------- extra quotes and stories
R("「果果妈：{A} {B} {C} 都催一下」\n" + Q + "\n{C} 不用了 我刚看签收了", "zto", "", nh=True, cats=(3, 1))
R("「果果妈：{A} 拦截」\n" + Q + "\n对 这个拦 是我让她发的", "yto", "intercept A", cats=(3,))
R("@糖果母婴 {A} 已签收，无法拦截\n好吧 那算了", "jt", "", cats=(3,))
R("@糖果母婴 {A} 拦截已提交，结果会第一时间通知您\n谢谢 另外 {B} 催一下", "zto", "urge B", cats=(3,))
R("回复 @果果妈：{A} 改地址改到哪\n改到 嘉兴市南湖区 建设街道 勤俭路 22号 我直接发了\n{A} 改地址",
  "yto", "change_address A", cats=(3,))
R("「糖糖妈：{A} 压坏了」\n" + Q + "\n这个要赔的 理赔", "zto", "claim A", cats=(3, 8))
R("果果妈说 {A} 要拦截 我问了 买家不退 所以不用拦", "jt", "", nh=True, cats=(3, 1))
R("糖糖妈说的{A}撤单 我看了已经揽收了 那就拦截吧", "zto", "intercept A", cats=(3, 2))
R("@糖果母婴 {A} 已为您催促派送，请耐心等待\n这个催完了 现在要改地址了 改到 嘉兴市南湖区 解放路 188号", "yunda",
  "change_address A", cats=(3,))
R("引用 糖糖妈：{A} 到哪了\n我查了 在派送 不用管了", "zto", "", cats=(3,))
R("「果果妈：{A} 拦截退回 {B} 拦截退回」\n" + Q + "\n第一个是我的 第二个是糖糖妈的 都要拦", "yto",
  "intercept A B", cats=(3,))
R("@糖果母婴 {A} 改址已提交，结果会第一时间通知您\n改地址改错了 原地址就行 别改了", "zto", "", nh=True, cats=(3, 1))

# ---------------------------------------------------------------- a few more ordinary ones to round off
R("{A}\n{B}\n{C}\n{D}\n{E}\n今天的 都催一下 双十一的单子", "yto", "urge A B C D E", cats=(7,))
R("{A} 拦截退回 买家说在别家买到更便宜的了 唉", "zto", "intercept A")
R("{A} 到哪了呀 麻烦了", "ems", "track A", draw="ems_s10")
R("{A} 改地址 新疆乌鲁木齐市 天山区 光明路 12号 买家是我表姐", "ems", "change_address A")
R("{A} 退回 偏远地区太贵了 买家不要了", "ems", "intercept A", draw="ems_s10")
R("{A} 婴儿推车 到哪了 三天了", "deppon", "track A")
R("{A} 婴儿床到了 木板裂了", "deppon", "damaged A")
R("{A} 安全座椅 撤单 买家改买别家的了", "deppon", "cancel A")
R("{A} 顺丰 加急 宝宝奶粉", "sf", "urge A")
R("{A} 京东的 显示签收没收到", "jd", "verify_delivery A")
R("{A} 菜鸟的 催一下", "cainiao", "urge A")
R("{A} 丢了 在菜鸟驿站丢的", "cainiao", "lost A")

if __name__ == "__main__":
    W.main()
