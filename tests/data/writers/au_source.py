"""Writer "au": private people and tiny occasional sellers in an outlet's chat group.

Casting note. These are not merchants: a student clearing out her dorm on 闲鱼, a grandmother sending 腊肉 and
咸鸭蛋 to her children in the city, a man returning a pair of shoes to a Taobao shop, a retiree who ships a
quilt to his grandson twice a year, a girl who sent a present to a boyfriend and now regrets it. Someone at the
outlet added them to the group once and they stayed. They do not know the trade's words (拦截, 改址, 催件, 理赔,
撤单): they say what they want in plain everyday Chinese ("我寄错地址了 能帮我弄回来吗", "这个包裹我不想寄了",
"东西到了是坏的 能赔吗", "快递员把东西放哪了"), politely and at length, with the story behind the parcel,
apologies for bothering, thanks, blessings, and often doubt about how things work ("不知道还来不来得及").
Older people write run-on sentences or dictate by voice (no punctuation, filler words); students mix in English
and pinyin; some write dialect (粤语, 川渝, 东北, 河南). A few have been in the group long enough to have picked up
the words and send short plain requests ("{A} 退回 谢谢").

What they ask for is labelled by LABELLING.md: "弄回来 / 退回给我 / 别送了" after shipping is an intercept,
"还没来拿 不寄了" a cancel, "送到别的地方" an address change, "快点送" an urge, "到哪了" a track,
"显示签收了但我没拿到" a verify_delivery, "能赔吗" a claim, a bare symptom its own intent.
"""

from harness import Writer

W = Writer("au", seed=6192)
R = W.R

# ---------------------------------------------------------------- category 0: intercept in plain words
R("你好，打扰一下🙏 我昨天下午寄的一个包裹，单号{A}，刚刚才发现地址写成我以前住的地方了，那边早就没人住了。"
  "能不能帮我把它弄回来呀？真的不好意思麻烦你们了", "sf", "intercept A")
R("请问一下，东西已经寄出去了还能叫回来吗？{A} 这个是我闲鱼卖的耳机，买家刚刚跟我说不要了，还把我拉黑了😓 "
  "想让它退回给我", "zto", "intercept A")
R("{A} 麻烦帮我退回来，买家退款了", "yto", "intercept A")
R("阿姨不太会用这个，我说一下哈。我给我闺女寄了一箱咸鸭蛋，单号是{A}，刚才她打电话说她下礼拜要出差不在家，"
  "那东西放着要坏的，能不能让它回到我这里来，谢谢你们了", "ems", "intercept A")
R("您好 我是在咱们店里寄的件 {A} 我发现寄错东西了 本来要寄蓝色那件 结果装成了白色的 能拦下来吗 拦下来我重新寄",
  "yunda", "intercept A")
R("{A}\n这个不要送了，退给我", "jt", "intercept A")
R("不好意思打扰了，想问问，如果一个快递已经在路上了，我现在不想让它送到了，可以让它原路退回吗？单号{A}。"
  "是我给前男友寄的东西……想了想还是不要让他收到了", None, "intercept A", draw="jd")
R("在吗在吗 {A} 这个能帮我拦一下吗 买家地址是乱填的 我查了根本没有这个小区", "sto", "intercept A")
R("师傅好，单号{A}，这个是退货寄给商家的，结果商家说直接给我退款了，不用寄回去了，那这个包裹能再退回我这边吗？",
  "cainiao", "intercept A")
R("{A} 帮我退回 谢谢", "deppon", "intercept A")
R("你好 我有两个件想弄回来 {A} {B} 都是今天上午寄的 客户说他人在国外 一时半会回不来 收不了 麻烦你们了",
  "zto", "intercept A B")
R("我妈帮我寄东西寄错人了😂 {A} 本来是给我的 她写成我表哥的名字和地址了 表哥家在外地 能不能先给退回来",
  "sf", "intercept A")
R("你好，{A}这个单子麻烦给截一下，东西里面少放了一个配件，我想拿回来重新装", "yto", "intercept A")
R("打扰了 想请问 {A} 还能退回来吗 我刚刚收到买家消息说她拍错了 她也挺着急的 谢谢谢谢", "jt", "intercept A")
R("我是新手卖家 不太懂流程 已经发货的东西 买家申请退款了 我想把东西要回来 单号是{A}，麻烦帮我处理一下🙏",
  "yunda", "intercept A")
R("{A} 这个件要退回，麻烦了", "ems", "intercept A")
R("你好呀～我上周五在你们这寄了一床被子给我外孙，单号{A}，他今天说学校提前放假回家了，被子就不用寄过去了，"
  "能不能让它回来呢", "deppon", "intercept A")
R("不好意思哈，{A} 这个麻烦帮我退回一下，对方说他搬家了，等他有新地址了我再重新寄", "sto", "intercept A")
R("那个 {A} 能不能别送了 直接退回给我 谢谢", "jd", "intercept A")
R("请问可以帮我把 {A} 和 {B} 这两个都拦回来吗？都是同一个买家的，他两个都退款了。", "yto", "intercept A B")
R("我今天寄了个快递 是给网上认识的人寄的 现在感觉好像被骗了 能不能别给他送了 让它退回来 单号{A} 求求了",
  "zto", "intercept A")
R("您好，打扰了。单号：{A}\n情况是这样的，买家收货地址填的是公司，但他说公司这周放假，没人收，让我先把东西撤回来，"
  "等下周再发。请问可以吗？", "cainiao", "intercept A")
R("{A} 这个我要拿回来 麻烦你们", "jt", "intercept A")
R("你好，我是学生，在闲鱼上卖了一台旧的平板，单号{A}。刚刚买家说不想要了，申请了退款，闲鱼说让我自己跟快递协商退回。"
  "请问这边可以帮我退回吗？谢谢！", None, "intercept A", draw="sf")
R("{A}，退回寄件人，麻烦啦", "yunda", "intercept A")
R("我给我儿子寄了一箱苹果 {A} 他刚打电话说他单位也发了好几箱吃不完 那就麻烦你们给我退回来吧 运费我出",
  "ems", "intercept A")
R("{A} 能帮我把它要回来吗，是寄给我女朋友的，我们刚分手了…… 不想让她收到了", "yto", "intercept A")
R("hello～ {A} 麻烦给我拦截一下，买家退款了", "deppon", "intercept A")
R("你们好 我想咨询下 我昨天寄的那个鞋子 {A} 买家说尺码不对 不要了 能不能直接让快递送回我这 "
  "不然他签收了再寄回来又要花一次运费", "jd", "intercept A")
R("{A}\n{B}\n{C}\n这三个都退回来吧，这个买家是职业差评师，不想卖给他了", "zto", "intercept A B C")
R("你好，我刚才寄错了地址，{A}，能不能帮我把快递追回来，我重新下单寄", "sto", "intercept A")
R("请问{A}还在路上吗？要是还没送到的话就帮我退回来，对方已经不需要了", "yunda", "intercept A")
R("麻烦了 这个{A}快递 我姥姥寄的时候把地址写成老家的了 其实我现在在城里上班 能给退回去吗 我让她重新寄",
  "ems", "intercept A")
R("{A} 不要了 让它回来", "jt", "intercept A")
R("您好，我是帮我爸问的，他在你们这寄了两箱茶叶，单号{A}和{B}，刚刚对方说已经在别的地方买过了，"
  "我爸想让这两箱都退回来。谢谢您！", None, "intercept A B", draw="sf")
R("{A} 寄错了 退回来 谢谢🙏", "cainiao", "intercept A")
R("我想问一下 这个快递 {A} 收件人说她不要了 能不能原路返回给我？", "deppon", "intercept A")
R("早上好！{A} 这个麻烦别派送了，退回给我就行", "yto", "intercept A")
R("我卖的二手书 {A} 买家说封面有折痕 不要了 让我撤回 能帮我退回来嘛 谢谢", "zto", "intercept A")
R("在吗 有人吗 急！！{A} 这个快递能不能马上截住 里面放了我的身份证 放错了😭😭", "sto", "intercept A")
R("各位好，第一次在群里发消息，有点紧张😅 我是楼下开小卖部的，平时很少寄东西。今天帮我侄子寄了一箱特产到南方，"
  "单号{A}。刚才他打电话说下周要回来过节，东西就不用寄了，这个已经寄出去了，能不能帮我让它回来啊？"
  "运费什么的我都认，麻烦你们了，谢谢！", "sto", "intercept A")

# ---------------------------------------------------------------- category 0: hedged (confirm)
R("{A} 要不……还是退回来吧？我也拿不准，我再问问我女儿", "ems", "intercept A", cf=True)
R("我在犹豫要不要取消 {A}，快递员还没来。要不先取消吧？我晚点再决定要不要重新下单", "zto", "cancel A", cf=True)
R("{A} 好像得改个地址 她说她可能搬到 广州市番禺区 大学城 中二横路 那边了 我也不太确定 等她确认了再说",
  "yto", "change_address A", cf=True)
R("{A} 买家一直没回我消息 可能要退回吧 您看着办", "yunda", "intercept A", cf=True)
R("{A} 要不先拦一下？我再问问买家到底还要不要", "jt", "intercept A", cf=True)
R("{A} 我也不知道该退回还是让它送过去，买家一会说要一会说不要的，要不先退回吧……", "sto", "intercept A", cf=True)
R("{A} 那个……能不能先退回来？我还没想好，就是心里有点不踏实", None, "intercept A", cf=True, draw="yto")
R("{A} 这个是不是应该取消啊 我也搞不清楚 反正还没寄出去 要不就取消吧", "cainiao", "cancel A", cf=True)

# ---------------------------------------------------------------- category 0: cancel (not picked up yet)
R("你好，我刚才在小程序上下了个寄件的单，还没有快递员来取，现在不想寄了，可以取消吗？单号是{A}", "zto", "cancel A")
R("{A} 这个还没来拿件，我不寄了，麻烦取消一下", "yto", "cancel A")
R("不好意思，我预约了上门取件，单号{A}，但是东西我朋友说他自己过来拿，就不用寄了，麻烦帮我取消掉，谢谢啦",
  "sf", "cancel A")
R("阿姨约了明天上午来拿的那个快递不用来了，单号{A}，我儿子说他周末自己开车回来拿。麻烦你们取消了吧", "ems", "cancel A")
R("{A} 取消寄件 谢谢", "jt", "cancel A")
R("我下单的时候填错了好多信息 {A} 干脆这个单不要了 我重新下一个 这个帮我作废吧", "yunda", "cancel A")
R("请问快递员还没上门的话，单子可以撤掉吗？{A}，买家刚刚退款了", "sto", "cancel A")
R("hi {A} 这个还没揽收 取消掉就行 买家不要了", "cainiao", "cancel A")
R("你好 我在驿站下了个单 {A} 东西还在我手上没交给你们 现在不想寄了 能直接帮我取消吗", "cainiao", "cancel A")
R("你好！{A} 快递员还没来 不用来了 我这个不寄了 😅", "jd", "cancel A")
R("{A}、{B} 这两个单都还没人来拿，都不寄了，帮忙取消一下，谢谢", "zto", "cancel A B")
R("不好意思，我刚下单下重复了，{A}和{B}是同一个东西，帮我把{B}取消掉吧，另一个正常寄", "sf", "cancel B")
R("预约的上门取件能取消吗？单号{A}，家里的柜子不打算寄了，找了个同城货拉拉", "deppon", "cancel A")
R("师傅，{A}这个单子取消了哈，我不寄了，麻烦你们跟快递小哥说一声不用过来了", "yunda", "cancel A")
R("我昨天晚上约了寄件 {A} 今天一直没人来拿 我就自己去邮局寄了 这个单帮我取消吧 免得重复", "ems", "cancel A")
R("{A}\n不寄了，取消", "jt", "cancel A")
R("麻烦问下，我在网上下了寄件单还没付钱，东西也没给快递员，这个单{A}可以取消吗？谢谢", "yto", "cancel A")
R("您好，是这样的，我给我女儿下了个寄件单 {A}，但是我女儿说她下个月回来，东西就不用寄了，快递员还没来拿，"
  "麻烦帮我取消一下订单", "sto", "cancel A")
R("{A} 撤销吧 还没发", "jd", "cancel A")
R("取消一下 {A} 买家不要了 还没打包呢", "deppon", "cancel A")
R("在不在，{A} 这单我不寄了哦，快递员还没上门，取消就好～", "cainiao", "cancel A")
R("我刚刚手滑下了两次单，{A} 是多出来的那个，还没揽收，取消掉吧", "yunda", "cancel A")

# ---------------------------------------------------------------- category 0: change address
R("你好，我寄的时候地址写错了一个字，{A}，应该是“幸福路18号”不是“辛福路18号”，能帮我改一下吗",
  "zto", "change_address A")
R("{A} 能不能改个地址呀 我女儿搬家了 新地址是 杭州市西湖区文三路 259 号 3 幢 502 室 谢谢", "yto", "change_address A")
R("你好 我给我儿子寄的东西 {A} 他说他不在学校了 现在在实习 能不能送到他实习的地方 "
  "地址是 深圳市南山区科技园中区 科兴科学园B栋 前台 收件人还是他", "sf", "change_address A")
R("{A} 收件地址改成：成都市武侯区人民南路四段 12 号 华西坝小区 5 栋 2 单元 301，麻烦了", "sto", "change_address A")
R("请问寄出的快递能换个地方送吗？{A} 买家说她回老家过年了，让我改寄到 湖南省衡阳市衡南县 云集镇 新塘村 6 组，"
  "收件人名字电话都不变", "yunda", "change_address A")
R("你好，{A} 这个帮我转到 南京市鼓楼区 汉中门大街 145 号 菜鸟驿站 就行，直接放驿站，谢谢", "cainiao",
  "change_address A")
R("麻烦帮我把 {A} 的地址改一下，原来写的是2号楼，应该是12号楼，少写了个1，其他都对", "jt", "change_address A")
R("{A} 地址改为 广州市天河区 珠江新城 华夏路 10 号 富力中心 28 楼", "jd", "change_address A")
R("我外婆寄给我的吃的 {A} 写的是我宿舍 但是我这周搬到校外了 能改到 武汉市洪山区 珞喻路 1037 号 华科 东门 "
  "对面 的 喜家公寓 3 楼 吗", "ems", "change_address A")
R("不好意思打扰了 我的快递 {A} 本来寄到公司的 但是公司这几天装修 能不能改成送到我家 地址 上海市闵行区 莘庄镇 "
  "莘松路 380 弄 7 号 601", "deppon", "change_address A")
R("{A} 改地址：北京市朝阳区 望京 花家地北里 4 号楼 2 门 402，收件人不变", "yto", "change_address A")
R("你好 我姐让我问一下 她寄的{A}能不能改送到她婆婆家 地址是 郑州市金水区 经三路 丰产路口 金色港湾 小区 8-1-602",
  "zto", "change_address A")
R("{A} 这个麻烦换个地址送：苏州市工业园区 星湖街 328 号 创意产业园 12 栋，收件人换成 李女士", None,
  "change_address A", draw="sf")
R("我退货的时候把商家地址抄错了 {A} 商家说正确的是 义乌市 福田街道 宗泽北路 388 号 仓库 2 号门 "
  "能帮我改一下吗 不然他们收不到", "yunda", "change_address A")
R("这个件 {A} 能不能别送到原来那个地方了 改到 重庆市渝北区 龙湖 星悦荟 北门 旁边 的 丰巢柜", "sto",
  "change_address A")
R("{A} 帮我改一下收件地址，改成 西安市雁塔区 小寨东路 91 号 陕师大 雁塔校区 南门 快递点", "jd", "change_address A")
R("你好～ {A} 买家刚刚说地址填成她老家的了，她本人在厦门，麻烦改成 厦门市思明区 莲前西路 2 号 莲富大厦 15 楼，"
  "名字电话不变哈", "jt", "change_address A")
R("改个地址 {A} 新地址 天津市南开区 鞍山西道 宝德大厦 601", "cainiao", "change_address A")
R("请问还能改地址吗？{A}，我寄给我奶奶的，她住院了，家里没人，想改寄到医院：济南市历下区 文化西路 107 号 "
  "齐鲁医院 住院部 2 号楼 9 楼 护士站 转 王秀兰", "ems", "change_address A")
R("{A} 这个转寄一下 到 合肥市蜀山区 黄山路 与 肥西路 交口 安大 老校区 北门", "zto", "change_address A")
R("{A} 这个地址得改一下 对方换地方住了 新地址我一会儿发你们", "yto", "change_address A", nh=True)
R("麻烦把 {A} 的地址改了吧，原来那个地址她说收不到，新的我马上发给你", "sto", "change_address A", nh=True)
R("{A} 收件人改成我老公 他叫 陈建国", "deppon", "change_address A", nh=True)
R("我寄给我朋友的那个 {A} 她说她要出差 让我改个地址 换成她公司 我问问她公司具体在哪 你们先帮我记一下要改地址哈",
  "yunda", "change_address A", nh=True)
R("你好 {A} 这个我想换个地方送 可以吗", "jt", "change_address A", nh=True)

# ---------------------------------------------------------------- category 0: urge
R("你好，{A}寄了四天了，我奶奶在家一直问到了没有，能不能帮忙催一下快点送呀，谢谢了", "zto", "urge A")
R("{A} 能快点送吗 里面是药 我妈等着吃", "sf", "urge A")
R("不好意思麻烦问下，{A} 这个能不能让快递员今天就送过去？里面是给孩子的生日礼物，明天就是生日了🥺",
  "cainiao", "urge A")
R("{A} 催一下 谢谢", "yto", "urge A")
R("你好，我给闺女寄的腊肉香肠，单号{A}，天越来越热了，能不能让它走快一点，怕放坏了", "ems", "urge A")
R("买家一直在催我，{A}，麻烦你们帮我催催快递，快点派送", "yunda", "urge A")
R("hello～ 我的快递 {A} 显示已经到她那个城市了，但是一直没派送，能帮忙加快一下吗？对方明天要用", "jt", "urge A")
R("{A} {B} 两个都帮忙催一下，客人等着穿去参加婚礼的", "sto", "urge A B")
R("请问可以加急吗 {A} 这个是我同学的毕业答辩材料 她后天就要用", "jd", "urge A")
R("你好 {A} 已经到派送点两天了还没人送 能让快递员尽快送一下吗 家里有老人在 随时都能签收", "deppon", "urge A")
R("{A}\n麻烦催催，谢谢😊", "zto", "urge A")
R("能帮我跟快递员说一声快点送吗，{A}，我下午就要坐车走了，想走之前收到", "yto", "urge A")
R("你好，我是收件人，我在等的快递 {A} 到我们镇上了，能不能今天给我送过来啊", "yunda", "urge A")
R("{A} 麻烦尽快派送 买家说再不到就要退款了", "sf", "urge A")
R("这个包裹 {A} 是我给远在新疆当兵的儿子寄的 听说那边远 能不能麻烦你们帮忙催着点 谢谢你们了 好人一生平安",
  "ems", "urge A")
R("急急急 {A} 里面是护照 明天签证要用 求快点送到🙏🙏🙏", None, "urge A", draw="sf")
R("不好意思又来麻烦了 {A} 能再帮我催一下吗 昨天问过一次 今天还没到", "jt", "urge A")
R("你好，{A}买家说等了一个星期了，我也不知道怎么回事，能帮我催一催吗？我第一次在网上卖东西，怕被差评",
  "zto", "urge A")
R("{A} 快点送吧 孩子天天问", "cainiao", "urge A")
R("麻烦您了 {A} {B} {C} 这三个是我给三个孙子寄的新衣服和零食，年前能送到就好，能帮忙催一下吗", "ems",
  "urge A B C")
R("{A} 加急派送 谢谢您", "deppon", "urge A")
R("你好呀 {A} 能让它快点吗 我跟买家说好了这周末前到的 现在还在路上 我有点慌", "yto", "urge A")
R("我朋友说她一直没收到，{A}，能不能问问快递员什么时候送，让他快点送", "sto", "urge A")
R("{A} 这个快递能催一下嘛 都到我们区了还不送", "jd", "urge A")
R("你好 请帮忙催派 {A}", "yunda", "urge A")
R("帮个忙 {A} 里面是冷冻的海鲜 再不送就化了 求求快点", "sf", "urge A")
R("给我妈寄的降压药 {A} 她那边药快吃完了 能不能加急送一下 多出钱也行", "jt", "urge A")
R("{A} 还有 {B}，麻烦都快一点送，谢谢大家辛苦了", "zto", "urge A B")

# ---------------------------------------------------------------- category 0: track
R("{A}", "yto", "track A")
R("你好，帮我查一下{A}到哪了，谢谢", "zto", "track A")
R("请问我寄的快递到哪里了呀？单号{A}，我在小程序上看不太懂", "ems", "track A")
R("{A} 这个现在在哪", "sf", "track A")
R("麻烦看看 {A} 大概什么时候能到 我好跟买家说", "yunda", "track A")
R("你好～想问下{A}这个包裹现在到哪了，我是给我妹妹寄的生日礼物", None, "track A", draw="jt")
R("{A}\n{B}\n查一下这两个到哪了", "sto", "track A B")
R("我想知道{A}什么时候能送到呀？是给我外孙寄的棉袄", "ems", "track A")
R("您好，我的快递 {A} 物流信息我看不懂，能帮我看看现在是到哪一步了吗", "deppon", "track A")
R("{A} 到了吗", "cainiao", "track A")
R("请问 {A} 今天能到吗？", "jd", "track A")
R("嗨 {A} 在哪里了呀 买家问我", "zto", "track A")
R("单号{A}，帮忙查查物流，谢谢", "yto", "track A")
R("你好 我不太会查快递 我儿子给我寄的东西 单号是{A} 你看到哪了", None, "track A", draw="sf")
R("{A} 在路上了吗？还是还在你们店里", "yunda", "track A")
R("请问一下 {A} 是不是已经发出去了 我想确认一下", "jt", "track A")
R("麻烦查一下这几个：\n{A}\n{B}\n{C}\n谢谢！", "sto", "track A B C")
R("{A} 查件", "jd", "track A")
R("你好，{A}这个快递现在到哪个城市了？我爸寄的，他不会看", "deppon", "track A")
R("请问我的退货 {A} 商家那边收到了吗 商家一直说没收到", "cainiao", "track A")
R("小哥 问一下 {A} 大概几天能到北京", "ems", "track A")
R("{A} 帮我看下物流 谢啦", "yto", "track A")
R("你好，我周一寄的 {A}，想问问现在到哪儿了，对方说还没收到", "zto", "track A")
R("{A} 什么时候派送呀", "sf", "track A")
R("能查一下{A}吗，买家说显示在运输中", "jt", "track A")
R("请问 {A} 和 {B} 是一起走的吗 现在在哪", "yunda", "track A B")
R("打扰了 {A} 帮我看一眼到哪了 我好去驿站拿", "cainiao", "track A")
R("{A} 到哪儿啦", "deppon", "track A")
R("{A} 我在网上查不到信息 能帮我看看寄出去没有吗", "ems", "track A")
R("早上好 麻烦查下 {A} 的位置 谢谢🙏", "jd", "track A")
R("{A} 这个件在哪呢？收件的是我妈，她问我", "zto", "track A")
R("查一下物流 {A}", "sto", "track A")
R("{A} 帮忙看看 谢谢", "zto", "track A")

# ---------------------------------------------------------------- category 0: delay
R("你好，{A}这个快递已经三天没动了，一直显示在转运中心，是怎么回事呀", "zto", "delay A")
R("{A} 好几天没更新了", "yto", "delay A")
R("我的快递{A}五天了还在上海，物流一直没变化，正常吗？", "sto", "delay A")
R("{A} 寄了一个礼拜了 还没到 是不是延误了啊", "yunda", "delay A")
R("请问 {A} 怎么一直卡在一个地方不动呀 买家都问我好几次了", "jt", "delay A")
R("{A} 物流停了四天 麻烦登记一下", "jd", "delay A")
R("你好 {A} 从上周六到现在物流一点都没动 我都担心了", "ems", "delay A")
R("{A} 这个比平时慢了好多 以前两天就到 这次都第五天了", "sf", "delay A")
R("不好意思想反映一下 {A} 一直在“运输中” 已经四天了", "deppon", "delay A")
R("{A}、{B} 两个件都三天没动静了", "cainiao", "delay A B")

# ---------------------------------------------------------------- category 0: damaged
R("你好，我女儿收到我寄的{A}，说箱子都压扁了，里面的鸡蛋碎了好多🥲", "ems", "damaged A")
R("{A} 买家收到说杯子碎了 发了照片给我 怎么办呀", "yunda", "damaged A")
R("{A} 到了 外包装破了一个大洞", "zto", "damaged A")
R("我收到的快递{A}里面的花瓶裂了，寄件人是我朋友，想跟你们说一下", None, "damaged A", draw="sf")
R("{A} 东西漏了 是一瓶蜂蜜 整个箱子黏糊糊的", "jt", "damaged A")
R("你好 {A} 买家说收到的台灯摔坏了 灯罩碎了", "deppon", "damaged A")
R("{A} 压坏了 登记一下", "yto", "damaged A")
R("我寄的橘子 {A} 到了一半都烂了 箱子也湿了", "cainiao", "damaged A")
R("你好，{A} 是我卖的二手显示器，买家说屏幕裂了，我寄之前是好的，包了三层泡沫", "jd", "damaged A")

# ---------------------------------------------------------------- category 0: lost
R("{A} 都十多天了 物流一直没更新 是不是丢了啊", "zto", "lost A")
R("你好，我寄了两箱东西 {A}，对方说只收到一箱，还有一箱不见了", "deppon", "lost A")
R("{A} 这个件好像丢了 转运中心说找不到", "yto", "lost A")
R("请问 {A} 是不是弄丢了 已经半个月了 到现在没有任何消息", "ems", "lost A")
R("{A} 买家收到了箱子 但是里面少了一件衣服 我寄的时候装了三件的", "yunda", "lost A")
R("{A} 件没了 哪都找不到 问了驿站也说没有", "cainiao", "lost A")
R("我的包裹{A}好像不见了，快递员说找不到了", "jt", "lost A")
R("{A} 丢件了 麻烦处理", "sto", "lost A")
R("{A} 一个月了 我觉得肯定是丢了", "sf", "lost A")

# ---------------------------------------------------------------- category 0: weight
R("你好，我想问一下{A}这个件为什么收了我四十五块运费，我在家称过才两斤多", "zto", "weight A")
R("{A} 重量好像不对 我寄的就一本书 怎么算了五公斤", "yto", "weight A")
R("{A} 能帮我再称一下吗 感觉多收钱了", "sf", "weight A")
R("我寄的一个小盒子 {A} 账单上显示八公斤 不可能这么重 能核对一下吗", "jd", "weight A")
R("{A} 说我超重了 我寄之前自己称过的 不可能超", "deppon", "weight A")
R("请问 {A} 重量是多少 我觉得运费算多了", "yunda", "weight A")
R("{A} 麻烦核一下重量", "jt", "weight A")
R("你好 我寄了一件衣服 {A} 付了好贵的运费 是不是称错了", "cainiao", "weight A")

# ---------------------------------------------------------------- category 0: verify delivery
R("你好，{A}显示已经签收了，但是我女儿说她根本没收到，也不知道谁签的", "ems", "verify_delivery A")
R("{A} 显示签收了 可是我家门口什么都没有 快递员把东西放哪了啊", "zto", "verify_delivery A")
R("买家说没收到 但是物流显示 {A} 已经签收了 能帮忙查一下是谁签的吗", "yto", "verify_delivery A")
R("{A} 我没签收啊 怎么显示已签收了", "sf", "verify_delivery A")
R("请问 {A} 为什么显示被别人签收了？我一直在家等着", "jt", "verify_delivery A")
R("{A} 显示放驿站了 可是我去驿站找了没有", "cainiao", "verify_delivery A")
R("你好 {A} 签收人写的是“本人” 可我妈说她没签过 她七十多了一直在家", "yunda", "verify_delivery A")
R("{A} 系统显示妥投了 我没拿到", None, "verify_delivery A", draw="jd")
R("{A} 显示签收 但是客户说没收到 麻烦核实一下", "sto", "verify_delivery A")
R("请问 {A} 签收了吗？我朋友说没收到，但我看显示签收了", "deppon", "verify_delivery A")

# ---------------------------------------------------------------- category 0: claim, complaint, arbitration
R("{A} 东西到了是坏的 能赔吗", "zto", "claim A")
R("你好，我寄的{A}丢了，这个能赔钱吗？里面是我奶奶给我织的毛衣，钱倒是其次……", "yto", "claim A")
R("{A} 买家收到的手机屏幕碎了 我寄的时候保了价的 请问怎么赔", "sf", "claim A")
R("{A} 少了一箱 想申请赔偿", "deppon", "claim A")
R("请问快递弄坏了东西可以赔偿吗？单号{A}，碗碎了两个", "jt", "claim A")
R("{A} 理赔", None, "claim A", draw="jd")
R("我给孙女寄的蜂蜜 {A} 摔碎了一罐 洒得到处都是 你们能不能赔一下", "ems", "claim A")
R("{A} 丢了 要求赔偿", "sto", "claim A")
R("{A} 买家收到的鞋盒压扁了，鞋子也变形了，我想申请赔付，怎么弄？", "yunda", "claim A")
R("我要投诉一下 {A} 这个快递员 打电话态度特别凶 还挂我电话", "zto", "complaint A")
R("{A} 快递员没打电话就放在楼下了 我找了半天 我要投诉", "yto", "complaint A")
R("你好 我想反映一个问题 {A} 送件的小哥说我家太远不给送 让我自己去拿 我腿脚不方便 这样合理吗 我要投诉",
  "jt", "complaint A")
R("{A} 投诉 派件员不送上门", "cainiao", "complaint A")
R("你们这个快递员太过分了 {A} 我明明在家 他写“无人签收” 我要投诉他", "yunda", "complaint A")
R("{A} 取件的时候快递员态度很差 嫌我东西多 我想投诉", "deppon", "complaint A")
R("{A} 这个派送员说话太难听了 麻烦帮我投诉一下", "jd", "complaint A")
R("你好，我在闲鱼卖的东西 {A}，买家说收到的是空盒子，现在闲鱼让双方举证，我能申请仲裁吗？", "zto",
  "arbitration A")
R("{A} 买家和我吵起来了 说我没发货 我想申请仲裁", "yto", "arbitration A")
R("{A} 申请仲裁 买家恶意退款", "jt", "arbitration A")
R("请问这个能走仲裁吗 {A} 买家签收了又说没收到 要我退全款 我觉得他在骗人", "sto", "arbitration A")

# ---------------------------------------------------------------- category 0: chit-chat, thanks, no waybill
R("好的 谢谢你们🙏", "zto")
R("收到啦 太感谢了 你们服务真好", "yto")
R("请问你们明天几点上班呀？我想过来寄东西", "sf")
R("谢谢小姐姐！东西已经退回来了 我拿到了😊", "jt")
R("你好，寄一箱水果到广州大概要多少钱啊", "ems")
R("新年快乐🧧 感谢一年来的照顾", "yunda")
R("请问周末可以上门取件吗", "deppon")
R("好的好的 明白了 麻烦了", "sto")
R("我是新进群的 请问在这里发单号就可以查快递吗", "cainiao")
R("辛苦了辛苦了 今天天热 多喝水哈", "jd")
R("谢谢 收到了 东西完好无损👍", "zto")
R("请问寄易碎品需要自己包装吗 还是你们帮忙包", "sf")
R("嗯嗯 知道了", None)
R("不好意思 刚才发错群了 请忽略😅", "jt")
R("你们驿站几点关门呀 我下班了过来拿", "cainiao")
R("大家好 我是三号楼的 以后寄东西麻烦大家了", "yunda")
R("谢谢啦 下次还找你们寄", "deppon")
R("好 那我等消息", "ems")
R("👍👍👍", "sto")
R("寄到国外可以吗？想给在澳洲读书的女儿寄点吃的", "ems")
R("刚才那个问题解决了 谢谢耐心解答", "jd")
R("麻烦问一下，寄东西需要带身份证吗", "yto")
R("你们这里可以帮忙打包吗 我有一个旧电视要寄回老家", "deppon")

# ---------------------------------------------------------------- category 0: a waybill with something outside the intents
R("{A} 这个能帮我改成到付吗 我忘了选", "zto", "", nh=True)
R("{A} 能给我开个发票吗 单位要报销", "sf", "", nh=True)
R("{A} 快递员电话多少呀 我想直接跟他联系一下", "yto", "", nh=True)
R("{A} 这个我付了两次运费 能退一次给我吗", "jt", "", nh=True)
R("{A} 寄件人电话能不能隐藏啊 我不想让买家知道我的电话", "yunda", "", nh=True)
R("{A} 这个保价了吗？我记得我说了要保价的", "deppon", "", nh=True)
R("{A} 如果要退回的话 运费是怎么算的呀", "sto", "", nh=True)
R("{A} 退回来的话 是退到我这个地址吗", None, "", nh=True, draw="yto")
R("{A} 昨天让帮忙退回的，退成功了吗？", "ems", "", nh=True)
R("{A} 上午说的改地址 改好了没有呀", "yto", "", nh=True)

# ---------------------------------------------------------------- category 0: a request with no usable waybill
R("你好，我上礼拜在你们这寄了个包裹给我侄女，单号我找不到了，纸条被我扔了，能帮我查查到哪了吗？"
  "我叫张桂兰，寄到四川绵阳的", "zto", "", nh=True)
R("帮我取消一下刚才下的那个单 谢谢", "sf", "", nh=True)
R("我寄错地址了 能帮我弄回来吗 是今天早上寄的一个纸箱子 寄去长沙的", "yunda", "", nh=True)

# ---------------------------------------------------------------- category 1: negation and withdrawal
R("不好意思啊，刚才让你们退回的那个{A}不用退了，我女儿说她这周还是在家的，照常送就行，麻烦了", "sf", "",
  nh=True, cats=(1,))
R("{A} 不用拦了 买家又说要了", "zto", "", nh=True, cats=(1,))
R("打扰了 早上说取消的那个 {A} 先别取消了 我还是要寄的", "yto", "", nh=True, cats=(1,))
R("{A} 改地址的事算了 还是寄原来那个地址吧 不好意思折腾你们了", "jt", "", nh=True, cats=(1,))
R("抱歉，{A} 不用赔了，买家说东西其实能用，就是外箱有点凹", "deppon", "", nh=True, cats=(1,))
R("那个 {A} 不用催了 已经收到了 谢谢", "yunda", "", nh=True, cats=(1,))
R("刚才说投诉的那个{A}，我不投诉了，快递小哥刚刚打电话道歉了，人挺好的", "ems", "", nh=True, cats=(1,))
R("{A} 昨天说要退回的 现在不用了 买家付钱了", "sto", "", nh=True, cats=(1,))
R("{A} 帮我退回吧……啊等等，我妈说她要，那就不退了，还是照常送吧", "ems", "", cats=(1,))
R("我想取消 {A} 这个单子 算了算了 还是寄吧 不取消了 不好意思😅", "yto", "", cats=(1,))
R("{A} 麻烦改个地址……哦不用了 我刚问了 她说原地址也能收", "jd", "", cats=(1,))
R("{A} 和 {B} 都是给我哥的，{A} 帮我退回来，{B} 不用退，照常送", "zto", "intercept A", cats=(1,))
R("我寄了三个 {A} {B} {C} 前两个不寄了，还没来拿的，取消掉，{C} 不要取消哦 那个要寄的", "cainiao",
  "cancel A B", cats=(1, 7))
R("{A} 不用退回 帮我催一下快点送就行", "yto", "urge A", cats=(1,))
R("不是要退回来，是想改个地址：{A} 改到 昆明市五华区 青年路 432 号 省妇幼 门诊楼 对面 小卖部", "yunda",
  "change_address A", cats=(1,))
R("{A} 我不是不要了 是想让你们先别送到原来那里 换个地方 送到 石家庄市长安区 中山东路 508 号 东胜广场 11 楼",
  "sto", "change_address A", cats=(1,))
R("{A} 别取消！是我妈误发的，她不知道我已经跟买家说好了，就正常寄", None, "", nh=True, cats=(1,), draw="jd")
R("{A} 我刚才说话可能让你们误会了，我不是说不退，是现在就要退回来，越快越好", "deppon", "intercept A",
  cats=(1,))
R("{A} 这个别退回来了 买家说他还是要的 你们送过去就行 顺便帮我催一下", "zto", "urge A", cats=(1,))
R("我不想投诉他了 {A} 但是东西确实坏了 麻烦记录一下破损", "yunda", "damaged A", cats=(1,))
R("{A} {B} 这两个都先不用催了 {C} 还是麻烦催一下", "sf", "urge C", nh=True, cats=(1,))
R("{A} 不是没收到，是收到了东西坏了，盘子裂了两个", "ems", "damaged A", cats=(1,))
R("{A} 不要送到我家了 我这几天不在家 放到我公司去 地址 宁波市鄞州区 天童南路 588 号 宁波文化广场 B 座 7 楼",
  "cainiao", "change_address A", cats=(1,))
R("{A} 先别退！我再想想", "jt", "", nh=True, cats=(1,))
R("只退 {A} 就行，{B} 别动它", "yto", "intercept A", cats=(1,))
R("{A} 买家说不要退款了 那个拦截就不用了", "zto", "", nh=True, cats=(1,))
R("{A} 寄错了但是不用退回来，直接让他们把地址改成 沈阳市和平区 三好街 96 号 和平广场 就行", "jd",
  "change_address A", cats=(1,))
R("{A} 不用加急了 慢慢送也行 我刚跟对方说好了", "sf", "", nh=True, cats=(1,))
R("{A} 不是让你们退回，我是想问问它到哪了，我前面那句话没说清楚", "ems", "track A", cats=(1, 2))
R("两个单号 {A} {B}，{B} 帮我退回；{A} 是好的，不要动", "yunda", "intercept B", cats=(1,))
R("{A} 退回来……不，还是送过去吧……哎 还是退回吧 我也说不清 我再想想", "yto", "intercept A", cf=True,
  cats=(1, 2))

# ---------------------------------------------------------------- category 2: corrections
R("{A:typo} 帮我退回来\n哎呀 单号打错了 是{A}", "zto", "intercept A", cats=(2,))
R("{A} 帮我取消一下\n哦不对 快递员刚刚已经拿走了 那就帮我拦回来吧", "yto", "intercept A", cats=(2,))
R("我想改个地址 {A} ……算了 改来改去太麻烦 还是直接退回给我吧", "jt", "intercept A", cats=(2,))
R("{A} 改地址到 太原市小店区 长风街 体育路口 ……哎不对 她说她还是在老家 那还是送原地址吧，帮我催一下就行",
  "sto", "urge A", cats=(1, 2))
R("单号是{A:cut}，哦少打了一位，是{A}，麻烦查一下到哪了", "yto", "track A", cats=(2, 6))
R("{A} 退回。更正：不是退回，是改地址，改到 大连市甘井子区 红旗西路 26 号 万达华府 3 期", "deppon",
  "change_address A", cats=(2,))
R("我刚才发的单号不对，那个是我上次寄的，这次的是{A}，麻烦帮我催催", "zto", "urge A", cats=(2,))
R("帮我查一下{A}……啊不好意思，这个是收到过的，我要查的是{B}", None, "track B", cats=(2,), draw="sf")
R("{A} 显示签收了但没收到……哦等等 我老公刚说他拿回来了 放在车里 那没事了 不好意思", "jd", "", cats=(1, 2))
R("{A} 帮我催一下吧 哦 不对 我想了想 还是退回来吧 买家一直不回消息 感觉是不要了", "yunda", "intercept A",
  cats=(2,))
R("{A} 重量不对……我搞错了 不是重量的问题 是东西坏了 杯子碎了", "cainiao", "damaged A", cats=(2,))
R("快递单号{A:typo}，这个帮我改一下地址\n更正 单号是{A}\n新地址：贵阳市观山湖区 林城东路 金阳新世界 12 栋",
  "yto", "change_address A", cats=(2,))
R("取消{A}。不好意思，应该是取消{B}，{A}是要寄的", "jt", "cancel B", cats=(2,))
R("{A} 退回来吧\n……\n啊不对 是{B}，{A}是我自己买的东西的单号，发错了", "sto", "intercept B", cats=(2,))
R("{A} 请帮我改地址到 福州市鼓楼区 五一北路 158 号\n写错了 是 五四北路 158 号 不好意思 我老眼昏花", "ems",
  "change_address A", cats=(2,))
R("{A} 是不是丢了啊？哦不是 我看到了 显示在派送中 那麻烦让快递员快点送吧", "zto", "urge A", cats=(2,))
R("{A} 帮我撤单……不对不对，我说错了，我的意思是别送了，退回来，已经寄出去三天了", None, "intercept A",
  cats=(2,), draw="jd")
R("{A} 地址改成 佛山市禅城区 季华五路 22 号 \n啊不好意思 还是不改了 就原来的地址 她说她会去拿", "sf", "",
  cats=(1, 2))
R("单号发错了，重新发一下：{A}，是这个要退回", "yunda", "intercept A", cats=(2,))
R("我刚说错了，不是{A}，是{B}，这个需要改地址，改到 兰州市城关区 张掖路 87 号 中央广场 写字楼 1901", "jt",
  "change_address B", cats=(2,))
R("{A} 我要投诉\n啊 对不起 打错字了 我是说我要“退回” 不是投诉 输入法联想错了😂", "yto", "intercept A",
  cats=(2, 5))
R("{A} 帮我查查到哪了。哦不对，我是想催一下，都好几天了", "deppon", "urge A", cats=(2,))
R("{A:x} 取消一下\n不好意思 多按了一个8 是{A}", "sf", "cancel A", cats=(2, 6))
R("{A} 和 {B} 都退回\n不对 {B} 不用 只退 {A}", "cainiao", "intercept A", cats=(1, 2))
R("{A} 赔偿……我先不申请赔偿了，先帮我登记一下破损，我跟买家商量商量", "zto", "damaged A", cats=(1, 2))
R("{A} 改地址到学校 呃 我想了一下学校放假了 还是退回吧 谢谢", "ems", "intercept A", cats=(2,))
R("我妈发的单号少了个字母 我重新发 {A}，这个快递要送到我外婆家，麻烦帮忙催一下", "jd", "urge A", cats=(2,))
R("催一下 {A}\n发错了 应该是 {B}\n{A} 已经收到了", "yunda", "urge B", cats=(2,))
R("{A} 是坏的 要赔——哦不对，不是坏了，是少了东西，里面少了一个充电器，要赔", "sto", "claim A", cats=(2, 8))
R("{A} 退回 不对 是 改地址 新地址我发你 等一下", "jt", "change_address A", nh=True, cats=(2,))

# ---------------------------------------------------------------- category 3: quotes, the bot's replies quoted back
R("「@王阿姨 {A} 拦截已提交，结果会第一时间通知您」\n好的好的 谢谢你们 麻烦了", "ems", "", cats=(3,))
R("「快递小助手：@陈同学 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n啊？那怎么办 买家说没收到啊 "
  "显示签收了但他真的没拿到", "zto", "verify_delivery A", cats=(3,))
R("回复 @快递小助手：@李姐 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n哦哦 原来还没拿走 "
  "那就取消吧 不寄了", "yto", "cancel A", cats=(3,))
R("引用 快递小助手：@小刘 {A} 已为您催促派送，请耐心等待\n谢谢！能帮我看看它现在到哪了吗", "jt", "track A",
  cats=(3,))
R("「@张奶奶 {A} 改址已提交，结果会第一时间通知您」\n谢谢姑娘 你们真好 我等着", "sto", "", cats=(3,))
R("「@小周 {A} 撤单成功」\n等一下 我不是要撤这个 我要撤的是{B} 这个{A}还要寄的😭", "yunda", "cancel B",
  nh=True, cats=(1, 2, 3))
R("“@赵先生 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您”\n那这个可以赔钱吗？东西是我花八百多买的",
  None, "claim A", cats=(3, 8), draw="sf")
R("引用 客服：@林女士 {A} 已为您登记延误工单，结果会第一时间通知您\n好的，麻烦再帮我催一下，我妈等着用", "ems",
  "urge A", cats=(3,))
R("「@小何 您的消息已转人工客服处理，请稍候」\n好的 谢谢 我等着", "jd", "", cats=(3,))
R("「@陈阿姨 {A} 拦截已提交，结果会第一时间通知您」\n不好意思不好意思 我儿子说他要了 这个不用退了", "yto", "",
  nh=True, cats=(1, 3))
R("引用 小雨：{A} 能帮我退回吗\n还有这个 {B} 也帮我退回来吧 是同一个人买的", "zto", "intercept B", cats=(3,))
R("回复 @李姐：我那个 {A} 也是三天没动了\n对 我也是这样 {B} 也好几天没动静 能帮我催一下吗", "yunda", "urge B",
  cats=(3,))
R("「群友小张：{A} 拦截」\n请问我也能这样发吗？我的是{B}，也想退回来", None, "intercept B", cats=(3,),
  draw="jt")
R("{A} 帮我退回\n---------------\n这个是我昨天发的，今天能不能改成改地址，改到 南宁市青秀区 民族大道 136 号 "
  "华润大厦 C 座", "cainiao", "change_address A", cats=(2, 3))
R("「@小王 {A} 已为您催促派送，请耐心等待」\n都催了两天了还没到 是不是丢了啊", "jd", "lost A", cats=(3,))
R("回复 @快递小助手：@刘先生 {A} 已签收，无法拦截\n好吧 那算了 谢谢", "sf", "", cats=(3,))
R("「妈妈：{A} 这个是给你寄的 你看看到哪了」\n麻烦帮我查一下这个到哪了 我妈寄的", "ems", "track A", cats=(3,))
R("「@小林 {A} 改址已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n谢谢谢谢！另外还有个 {B} "
  "也麻烦催一下", "yto", "urge B", cats=(3,))
R("回复 @快递助手：@王同学 {A} 撤单成功\n谢谢！顺便问一下，{B} 这个是上周寄的，现在到哪了？", "zto", "track B",
  cats=(3,))
R("「@孙奶奶 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n谢谢你们 我不要赔 就是跟你们说一声",
  "ems", "", cats=(3,))
R("「{A} 能快点送吗」\n这个我上午发过了 现在还是没动 干脆帮我退回吧 买家都生气了", "yto", "intercept A",
  cats=(2, 3))
R("引用 阿芳：我的{A}也是这样 显示签收了没拿到\n我也一样！{B} 也显示签收了 我家里根本没人收", "zto",
  "verify_delivery B", cats=(3,))
R("回复 @张师傅：你说的那个 {A} 我已经收到了\n谢谢师傅！", "deppon", "", cats=(3,))
R("「@小赵 {A} 拦截已提交，结果会第一时间通知您」\n拦截成功了吗 已经过了一天了", "sto", "", nh=True, cats=(3,))
R("“@李阿姨 {A} 已为您催促派送，请耐心等待”\n好的 麻烦你们了 天冷注意身体", "yunda", "", cats=(3,))
R("「客服小陈：{A} 这个件目前在转运中心，预计明天到」\n- - - - - - - - - - - - - - -\n明天是周六 家里没人 "
  "能不能改送到我单位 温州市鹿城区 车站大道 577 号 财富中心 16 楼", "zto", "change_address A", cats=(3,))
R("「@周阿姨 请确认：{A} 拦截退回？回复“确认”即办理」\n对的 退回来 我确定", "ems", "intercept A", cats=(3,))
R("回复 @客服小杨：@马先生 {A} 已为您登记延误工单，结果会第一时间通知您\n登记了有什么用啊 我要的是快点送到 "
  "而且我要投诉 这都第八天了", "yto", "urge A; complaint A", cats=(3, 8))
R("「{A} 退回」\n- - - - - - - - - - - - - - -\n这个是我女儿帮我发的 她发错了 不用退 就正常送", "sf", "",
  nh=True, cats=(1, 3))

# ---------------------------------------------------------------- category 4: phones, order numbers, amounts, dates
R("你好，{A}地址没错，就是收件人电话写错了，应该是{P}，能帮我改一下吗", "zto", "change_address A", nh=True,
  cats=(4,))
R("{A} 这个帮我退回来，有问题可以打我电话 {PN}", "yto", "intercept A", cats=(4,))
R("你好，我在闲鱼卖的东西，订单号{O}，快递单号{A}，买家退款了，麻烦帮我退回", "zto", "intercept A", cats=(4,))
R("{A} 改地址：杭州市拱墅区 莫干山路 100 号 耀江国际 18 楼，收件人 刘芳 {PN}", "yunda", "change_address A",
  cats=(4,))
R("我叫王秀英 电话{P} 我前天寄给我儿子的东西 {A} 到现在还没收到 麻烦帮我催一下", "ems", "urge A", cats=(4,))
R("{A} 显示签收了 我没收到 我电话 {PN} 可以联系我", "jt", "verify_delivery A", cats=(4,))
R("你好 单号 {A} 淘宝订单号 {O} 东西坏了 想申请赔偿 价格 268 元", "jd", "claim A", cats=(4, 8))
R("3月12号寄的{A}，到今天15号了还没到，能帮我催一下吗", "sto", "urge A", cats=(4,))
R("{A} 运费收了 38 元 我称的只有 1.2 kg 应该十几块 麻烦核一下重量", "yto", "weight A", cats=(4,))
R("快递员电话{PN}一直打不通 我的快递{A}在哪呢", "zto", "track A", cats=(4,))
R("你好，我是收件人，我手机号{P}，我的快递{A}能不能先别送，改送到我朋友家 地址 珠海市香洲区 吉大 景山路 9 号",
  "sf", "change_address A", cats=(4,))
R("{A}\n{P}\n这是单号和我的电话 麻烦帮我退回", "deppon", "intercept A", cats=(4,))
R("订单号：{O}\n运单号：{A}\n问题：买家说少了一个枕头\n麻烦处理一下", "jd", "lost A", cats=(4,))
R("{A} 改电话 {PN} 其他不变", "cainiao", "change_address A", nh=True, cats=(4,))
R("我的电话是{PN}，以后我的快递有问题就打这个，谢谢", "yunda", "", cats=(4,))
R("{A} 保价 2000 块 现在丢了 要赔", "sf", "claim A", cats=(4, 8))
R("你好，我 5 号寄的 {A}，今天都 11 号了，一直在“已揽收”，没动过", "ems", "delay A", cats=(4,))
R("{A} 收件人换成 张伟 {PN} 地址换成 西宁市城西区 五四西路 44 号 青海大学附属医院 对面", "jt",
  "change_address A", cats=(4,))
R("请问 {A} 能帮我退回吗 买家已经退款 退款金额 158.00 订单编号{O}", "yunda", "intercept A", cats=(4,))
R("{A} 这是我上个月 28 号寄的 现在还在路上？是不是丢了", "yto", "lost A", cats=(4,))
R("你好，我是 {PN} 的机主，我的快递 {A} 显示被签收了，可是我这几天都在外地", "zto", "verify_delivery A",
  cats=(4,))
R("{P} 这个是我电话 {A} 这个是单号 帮我查下到哪了", "sto", "track A", cats=(4,))
R("快递员 {P} 说东西已经放驿站了 可是驿站说没有 {A}", "cainiao", "verify_delivery A", cats=(4,))
R("{A} 里面是价值 3500 的相机 镜头摔坏了 要赔 而且快递员还说是我包装不好 态度差 我要投诉", "deppon",
  "claim A; complaint A", cats=(4, 8))
R("单号{A} 收件人电话{PN} 寄件人电话{PN2} 麻烦帮忙催一下", "jd", "urge A", cats=(4,))
R("订单{O}的快递好像丢了 单号是{A} 麻烦查一下", "zto", "lost A", cats=(4,))
R("{O}\n这个是订单号不是快递单号哈 快递单号是{A} 要退回", "yto", "intercept A", cats=(4,))
R("你好 我周三（1月17日）寄的 {A} 想问问什么时候能到 我朋友 20 号过生日", "sf", "track A", cats=(4,))
R("{PN} 这个号码的主人是我妈 她寄的 {A} 麻烦取消一下 她还没给快递员", "jt", "cancel A", cats=(4,))
R("我的手机尾号 6688 快递单号 {A} 东西到了是碎的", "yunda", "damaged A", cats=(4,))
R("{A} 2 月 3 日 寄出 2 月 14 日 还没到 情人节礼物都过期了😭 能催一下吗", "sto", "urge A", cats=(4,))
R("你好 {A} 到付 我付了 56 块 但是说好的是寄付 我付了两次钱 能退给我吗", "ems", "", nh=True, cats=(4,))
R("尾号 3927 的那个快递 麻烦帮我退回 是我昨天寄的", "zto", "", nh=True, cats=(4,))

# ---------------------------------------------------------------- category 5: English, pinyin, dialect, voice, slips
R("能不能帮我把 {A} 给 cancel 掉 还没寄呢", "yto", "cancel A", cats=(5,))
R("{A} please help me return it to sender, thanks! 我是留学生中文打字有点慢", None, "intercept A", cats=(5,),
  draw="sf")
R("{A} lanjie 一下 谢谢 打字不方便", "zto", "intercept A", cats=(5,))
R("嗯那个我想说一下就是我昨天寄的那个快递单号是{A}就是我想让它退回来因为我寄错地方了谢谢", "ems", "intercept A",
  cats=(5,))
R("喂你好我是三楼的刘阿姨我那个快递{A}能不能快点送我孙子等着用呢好的谢谢", "yunda", "urge A", cats=(5,))
R("{A} where is my package? 中文不太好 sorry", None, "track A", cats=(5,), draw="jt")
R("{A} 催催催 咋还不来", "cainiao", "urge A", cats=(5,))
R("{A} 帮我 gaizhi 改到 北京市海淀区 学院路 37 号 北航 新北门", "jd", "change_address A", cats=(5,))
R("{A} 快递被压扁了 东西都变形了 能 pei 钱吗", "sto", "claim A", cats=(5, 8))
R("{A} 给它截下来 别让它到那个人手里", "deppon", "intercept A", cats=(5,))
R("就是说啊我那个快递啊{A}嗯显示签收了但是我家里人都说没收到啊你们帮我看看是谁签的好吧", "zto",
  "verify_delivery A", cats=(5,))
R("{A} 这个 urgent 啊 明天之前一定要到 拜托拜托", "sf", "urge A", cats=(5,))
R("{A} 咋回事啊 这都几天了还搁那趴着不动", "yto", "delay A", cats=(5,))
R("{A} 老铁 这个件给我整回来呗 那人不要了", "jt", "intercept A", cats=(5,))
R("{A} cha yi xia dao na le 手机打不了中文", "yunda", "track A", cats=(5,))
R("{A} 帮我栏截一下 买家不要了", "sto", "intercept A", cats=(5,))
R("{A} 帮我投宿一下 快递员态度太差", "jd", "complaint A", cats=(5,))
R("Hi, I sent a parcel {A} to the wrong address, can you send it back to me? Thank you so much", "jt",
  "intercept A", cats=(5,))
R("{A} 东西稀碎 你们咋运的", "cainiao", "damaged A", cats=(5,))
R("{A} 改地止 到 武汉市江汉区 青年路 万达广场 C 座", "yunda", "change_address A", cats=(5,))
R("语音转文字 可能有错别字 我的快递单号是{A}请帮我催一下派送谢谢", "ems", "urge A", cats=(5,))
R("{A} 能不能帮我 check 一下 weight 感觉多收了", "deppon", "weight A", cats=(5,))
R("{A} 喺边度呀 点解咁耐都未到", "sf", "track A", cats=(5,))
R("{A} 唔该帮我退返去 寄错地址啦", "zto", "intercept A", cats=(5,))
R("{A} 俺这个快递咋还没到嘞 能给催催不", "yto", "urge A", cats=(5,))
R("{A} 帮我 cui 一下 谢谢", "jt", "urge A", cats=(5,))
R("{A} 显示 delivered 但是我没收到 my roommate also didn't see it", None, "verify_delivery A", cats=(5,),
  draw="jd")
R("{A} 这个快递遭压烂了 里头的碗都碎完了", "yunda", "damaged A", cats=(5,))
R("{A} 我要 complain 这个快递员 he was so rude", "sto", "complaint A", cats=(5,))
R("{A} 帮我取消 还没寄出\n（不好意思用的语音输入 取消寄件的意思）", "cainiao", "cancel A", cats=(5,))
R("{A} 这个件 不要送嘞 退回去嘛 要得不", "deppon", "intercept A", cats=(5,))
R("{A} 能帮我 track 一下吗 朋友说还没收到", "ems", "track A", cats=(5,))
R("{A} 阔以帮我改个地址咩 改到 成都市青羊区 长顺上街 120 号", "yto", "change_address A", cats=(5,))

# ---------------------------------------------------------------- category 6: numbers broken by the client or by hand
R("你好 我看着快递单上的号码打的 {A:sp} 能帮我查查到哪了吗", "yto", "track A", cats=(6,))
R("单号 {A:sp} 我妈寄给我的 帮我退回去 我这边不需要了", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 这个麻烦退回", "zto", "intercept A", cf=True, cats=(6,))
R("我的单号是\n{A:nl}\n能帮我取消吗 快递员还没来", "yto", "cancel A", cf=True, cats=(6,))
R("{A:dash} 帮我催一下 谢谢", "jt", "urge A", cats=(6,))
R("{A:lc} 这个到哪了呀", "sf", "track A", cats=(6,))
R("{A:fw} 麻烦看一下到哪了 我手机输入法是全角的不会调", "jd", "track A", cats=(6,))
R("{A:cut} 帮我退回 谢谢", "yto", "", nh=True, cats=(6,))
R("单号好像是 {A:cut} 我看不清快递单上最后一位 能帮我查查吗", "sf", "", nh=True, cats=(6,))
R("挂号信 {A:sp} 寄给老家的，想问问到了没有", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:nl} 改地址到 长春市朝阳区 西民主大街 1187 号 吉大 新民校区", "jd", "change_address A", cf=True, cats=(6,))
R("{A:sp} 显示签收了 但是我没拿到", "deppon", "verify_delivery A", cats=(6,))
R("快递单号是\n{A:nl}\n我手机复制过来就这样了 帮我催下", "yunda", "urge A", cats=(6,))
R("{A:typo} 帮我查一下 谢谢", "ems", "", nh=True, cats=(6,), draw="ems_s10")
R("{A:sp}\n{B:sp}\n这两个都帮我退回来吧", "sto", "intercept A B", cats=(6,))
R("{A:x} 帮我催一下", "jt", "", nh=True, cats=(6,))
R("{A:dash} 这个件东西坏了 箱子破了", "zto", "damaged A", cats=(6,))
R("{A:nl} 不想寄了 快递员还没来拿 取消吧", "cainiao", "cancel A", cf=True, cats=(6,))
R("{A:lc} 改个地址 改到 青岛市市南区 香港中路 76 号 颐中皇冠假日酒店 前台", "yto", "change_address A", cats=(6,))
R("麻烦查一下 {A:sp} 和 {B} 这两个", "yunda", "track A B", cats=(6,))
R("{A:nl}\n这个是我的快递单号 丢了好几天了 一直没找到", "sf", "lost A", cats=(6,))
R("{A:fw}　帮我退回　谢谢", "deppon", "intercept A", cats=(6,))
R("寄挂号信 {A:sp} 地址写错了 能改到 哈尔滨市南岗区 西大直街 92 号 哈工大 吗", "ems", "change_address A",
  cats=(6,), draw="ems_s10")
R("我只记得单号前面是{A:cut}，后面忘了，能查吗", "zto", "", nh=True, cats=(6,))
R("我女儿帮我截图的单号我手打的 可能换行了\n{A:nl}\n这个帮我拦回来", "jt", "intercept A", cf=True, cats=(6,))
R("{A:dash} 这个收了我好多运费 能重新称一下吗", "jd", "weight A", cats=(6,))
R("{A:sp} 取消寄件 还没交给快递员", "sf", "cancel A", cats=(6,))
R("{A:typo}\n打错了一位 应该是 {A:sp}\n麻烦查一下到哪了", "ems", "track A", cats=(2, 6), draw="ems_s10")
R("{A:nl} 这个快递到哪了", "sto", "track A", cats=(6,))
R("{A:sp} 这个麻烦快点送 谢谢", None, "urge A", cats=(6,), draw="ems_s10")

# ---------------------------------------------------------------- category 7: several parcels, positions, tables
R("我一共寄了三个包裹，帮我看看：\n{A}\n{B}\n{C}\n第一个帮我退回来，后面两个催一下，谢谢", "zto",
  "intercept A; urge B C", cats=(7,))
R("你好，这是我这周寄的：{A}（给大女儿的 顺丰）{B}（给小儿子的 圆通）。大女儿那个她说不要了，退回来；"
  "小儿子那个能快点送吗", None, "intercept A; urge B", cats=(7,), draw={"A": "sf", "B": "yto"})
R("{A}\t退回\n{B}\t催件\n{C}\t改地址 南昌市红谷滩区 丰和中大道 1688 号", "yto",
  "intercept A; urge B; change_address C", cats=(7,))
R("上面那两个都退回吧", "zto", "", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上都帮我查一下到哪了", "yunda", "track A B C D", cats=(7,))
R("这两个 {A} {B} 一个要退回 一个要催一下", "jt", "", nh=True, cats=(7,))
R("{A} {B} {C} 这三个中间那个不用管 第一个和最后一个帮我取消 还没来拿", "cainiao", "cancel A C", cats=(7,))
R("单号    问题\n{A}    东西坏了\n{B}    没收到但显示签收\n{C}    好几天没动", "sf",
  "damaged A; verify_delivery B; delay C", cats=(7,))
R("你好，我寄给三个朋友的明信片礼盒：\n1. {A}\n2. {B}\n3. {C}\n第2个地址写错了要退回，其他两个正常送不用管",
  "jd", "intercept B", cats=(7,))
R("{A} {B} 这两个都是同一个买家的，都帮我退回；另外 {C} 麻烦查查到哪了", "sto", "intercept A B; track C",
  cats=(7,))
R("前面两个退回 后面一个改地址到 海口市美兰区 海府路 58 号\n{A}\n{B}\n{C}", "deppon",
  "intercept A B; change_address C", cats=(7,))
R("{A}：催一下\n{B}：退回\n{C}：查下到哪了\n麻烦了🙏", "yunda", "urge A; intercept B; track C", cats=(7,))
R("我今天寄了五个 都是闲鱼卖的书\n{A}\n{B}\n{C}\n{D}\n{E}\n最后一个买家退款了 帮我退回来 其他的不用管",
  "zto", "intercept E", cats=(7,))
R("{A} {B} 两个 前一个显示签收了没收到 后一个盒子碎了", None, "verify_delivery A; damaged B", cats=(7,),
  draw={"A": "yto", "B": "jd"})
R("我有几个快递想问问\n{A} 这个到哪了\n{B} 这个能快点吗\n{C} 这个不寄了 还没拿走", "jt",
  "track A; urge B; cancel C", cats=(7,))
R("三个单号都帮我催一下：{A}、{B}、{C}", "sf", "urge A B C", cats=(0,))
R("{A}\n{B}\n第一个是我的 第二个是我室友的 都帮忙查一下", "cainiao", "track A B", cats=(7,))
R("下面这些都是我妈寄给亲戚的腊肉 都三四天没动了 麻烦都催一下\n{A}\n{B}\n{C}", "ems", "urge A B C", cats=(7,))
R("{A} 退\n{B} 不退\n{C} 退", "yunda", "intercept A C", cats=(1, 7))
R("两个包裹：{A} 是被子 {B} 是衣服。被子那个压坏了要赔，衣服那个还没到 能催下吗", "deppon", "claim A; urge B",
  cats=(7, 8))
R("我寄了一批 有点多 麻烦看看\n{A} 买家说不要了\n{B} 正常\n{C} 买家说不要了\n{D} 正常\n不要了的帮我退回来",
  "zto", "intercept A C", cats=(7,))
R("{A} {B} 帮我查查 第二个要是还没送出去就退回吧", "sto", "track A; intercept B", cats=(7,))
R("序号 单号 需要\n1 {A} 改地址到 呼和浩特市赛罕区 大学西街 235 号\n2 {B} 催件\n3 {C} 取消", "jd",
  "change_address A; urge B; cancel C", cats=(7,))
R("{A} 和 {B} 一个是我的一个是我姐的，我的那个要退回", "yto", "", nh=True, cats=(7,))
R("两个都要改地址 {A} {B} 改到 乌鲁木齐市天山区 解放北路 60 号 同一个地址", "ems", "change_address A B",
  cats=(7,))
R("{A}  拦截\n{B}  拦截\n{C}  催\n都是今天的", "jt", "intercept A B; urge C", cats=(7,))
R("你好 这几个都帮我看看是不是丢了 都十来天没消息了 {A} {B}", "cainiao", "lost A B", cats=(0,))
R("{A} 这个到了 {B} 这个还没到 帮我催一下没到的那个", "sf", "urge B", cats=(7,))
R("我给四个孙子孙女都寄了东西\n老大 {A}\n老二 {B}\n老三 {C}\n老幺 {D}\n老二和老幺那两个 他们说搬家了 "
  "要退回来 其他的帮我催一下", "yunda", "intercept B D; urge A C", cats=(7,))
R("{A}\n{B}\n以上两个单都帮我退回 谢谢", "deppon", "intercept A B", cats=(7,))
R("{A} {B} {C} 这三个都是坏的 第三个最严重 都帮我登记一下", "jd", "damaged A B C", cats=(7,))
R("{A} 催\n{B} 催\n{C} 查", "yto", "urge A B; track C", cats=(7,))

# ---------------------------------------------------------------- category 8: compensation, damage + complaint, several intents
R("{A} 东西到了是坏的 能赔吗 快递员还不承认是他们弄坏的 态度很差 我要投诉", "zto", "claim A; complaint A",
  cats=(8,))
R("{A} 杯子碎了 而且快递员直接扔在门口 我要投诉他", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 都两个礼拜了还没到 肯定是丢了 我要申请赔偿", "sto", "claim A", cats=(8,))
R("{A} 能不能快点送 另外我觉得运费收多了 能帮我核一下重量吗", "jt", "urge A; weight A", cats=(8,))
R("{A} 延误了好几天 买家说要给我差评 我要投诉你们", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 不要了 帮我退回来 另外还要投诉一下 取件的快递员态度很差", "sf", "intercept A; complaint A", cats=(8,))
R("{A} 显示签收了 我没收到 你们快递员还骗我说放门口了 我要投诉", None, "verify_delivery A; complaint A",
  cats=(8,), draw="jd")
R("{A} 里面的蛋糕都压烂了 要赔钱 还要投诉 取件员说会轻拿轻放的", "cainiao", "claim A; complaint A", cats=(8,))
R("{A} 在路上一个礼拜了 能不能催一下 顺便帮我登记一下延误", "ems", "urge A; delay A", cats=(8,))
R("{A} 东西破了 还少了一个 麻烦都登记一下", "deppon", "damaged A; lost A", cats=(8,))
R("{A} 丢了 我要赔偿 你们客服一直推来推去 我要投诉", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 重量不对 多收了我二十块 我要投诉这个网点乱收费", "zto", "weight A; complaint A", cats=(8,))
R("{A} 压坏了 要理赔 另外 {B} 也催一下", "sto", "claim A; urge B", cats=(7, 8))
R("{A} 快点送吧 买家投诉到平台了", "yto", "urge A; complaint A", cats=(8,))
R("{A} 不动好几天了 客户很生气说要投诉", "jt", "delay A; complaint A", cats=(8,))
R("{A} 买家收到说是空箱子 快递那边说不是他们的问题 我想申请仲裁 另外东西也没了 要赔偿", "sf",
  "arbitration A; claim A", cats=(8,))
R("{A} 帮我退回 顺便称一下重量 我觉得寄的时候称错了", "zto", "intercept A; weight A", cats=(8,))
R("{A} 漏液了 洗发水全洒了 箱子都泡软了 快递员还说不关他的事 投诉！", "jd", "damaged A; complaint A", cats=(8,))
R("{A} 取消吧 还没来拿 然后我要投诉一下 约了三次都不来取件", "yunda", "cancel A; complaint A", cats=(8,))
R("{A} 改个地址 改到 太原市迎泽区 迎泽大街 289 号 然后帮我催一下 越快越好", "sto", "change_address A; urge A",
  cats=(8,))
R("{A} 外箱破了 里面的玩具零件也少了两个 能赔吗", "ems", "claim A", cats=(8,))
R("{A} 东西坏了 要赔 然后 {B} 是同一天寄的 也坏了 也要赔", "cainiao", "claim A B", cats=(7, 8))
R("{A} 催件+投诉 都第六天了", "jt", "urge A; complaint A", cats=(8,))
R("{A} 压坏了 能赔吗？还有它的重量也不对 我寄的时候明明只有三斤", "deppon", "claim A; weight A", cats=(8,))
R("{A} 一直没送 说是地址不详 那就改到 郑州市二七区 大学路 40 号 郑大 南校区 再帮我催一下", "zto",
  "change_address A; urge A", cats=(8,))

if __name__ == "__main__":
    W.main()
