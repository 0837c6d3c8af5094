"""Writer r: middle-aged and older merchants — farm produce, local specialties, a small print shop, a pet food
seller — who dictate by voice or type slowly: long run-on sentences with little or odd punctuation, speech-to-text
homophone slips (蓝姐 for 拦截, 车单 for 撤单, 该地址 for 改地址 …), fillers (那个, 就是说, 然后呢), changing their
mind mid-message, the story of the parcel before the request, northern and southwestern colloquialisms.

Every message text below is written by hand; only waybill numbers, phone numbers and platform order numbers are
filled in (from ../waybill_numbers.py, seeded). Run from the repository root:

    python tests/data/writers/r_source.py

which writes tests/data/writers/r.jsonl (reproducible).

Template placeholders:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case, {A:fw} full-width characters, {A:cut} the number with its last digit
                    missing (a typo the message then corrects; only for prefixed carriers)
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
"""

from __future__ import annotations

from harness import Writer  # tests/data/writers/harness.py: placeholders, build, main

W = Writer("r", seed=20240617)
R = W.R


S10 = "ems_s10"

# =========================================================================================================
# Plain requests — one command, one or several numbers, every intent, in the merchants' own words
# =========================================================================================================

# --- intercept ---------------------------------------------------------------------------------------------
R("那个 就是说我昨天发的一箱苹果 客户今天打电话来说不要了 说是家里亲戚已经给买了 {A} 麻烦给拦截一下退回来 谢谢啊",
  "yto", "intercept A")
R("{A} 拦截退回 谢谢", "zto", "intercept A")
R("哎呀我跟你说这个客户真是的 下单的时候地址填得好好的 发出去了又说搬家了人早不在那了 你帮我把这个退回来吧 {A}",
  "jt", "intercept A")
R("{A}这个件给我拦回来 客户拒收了电话也不接", "sto", "intercept A")
R("蜂蜜那单发错了本来该发槐花蜜的 发成枣花的了 然后呢客户就不干了 {A} 拦截", "yunda", "intercept A")
R("就是说 {A} 这个别派了 退回来 东西我重新给他发一个", "jd", "intercept A")
R("老铁 {A} 帮我截一下 发错货了整岔劈了都", "zto", "intercept A", cats=(5,))
R("腊肉那个件 客户说屋头过年都回老家了莫得人收 {A} 退回来嘛", "cainiao", "intercept A")
R("{A}\n{B}\n这两个都拦截 两个客户都申请退款了", "yto", "intercept A B")
R("名片印错了一个电话号码 客户要重印 先把这个 {A} 给我退回来 拦截", "deppon", "intercept A")
R("猫粮那单 {A} 客户说买错口味了 要拦截退回 运费我出就是了", "ems", "intercept A")
R("麻烦拦截一下 {A} 谢谢了哈", "sf", "intercept A")
R("{A} 退件 客户不要了", "jt", "intercept A")
R("我那个核桃发到新疆那个 {A} 那边说地址太偏了派不了 没办法 给我退回来", "yto", "intercept A")
R("{A} {B} {C} 这仨都给我拦了 一个客户下的三单 一起退的", "zto", "intercept A B C")
R("师傅 那个宣传单 {A} 客户活动取消了 不要了 拦截退回来 印都白印了唉", "sto", "intercept A")
R("拦截 {A}", "jd", "intercept A")
R("狗粮发重了 同一个客户我给他发了两箱 {A} 这个拦回来 另外那箱正常送", "yunda", "intercept A")
R("这个件赶紧拦住 {A} 客户说地址是他乱填的 根本没这个地方", "deppon", "intercept A")
R("{A}截件。。。谢谢。。。", "ems", "intercept A", draw=S10)
R("土鸡蛋那个 {A} 别往前送了 客户人在外地出差半个月回不来 驿站也放不了那么久 拦截退回", "cainiao", "intercept A")
R("那个什么 {A:lc} 拦截一下 客户买错了", "yto", "intercept A")
R("天麻那单客户说收到货要先验 不验不给钱 这种的我不伺候了 {A} 给我退回来", "sf", "intercept A")
R("{A}     拦截退回 ", "jt", "intercept A")
R("你好 我是做土特产的老周 就是那个卖红薯粉条的 {A} 这个件 客户下单下重复了 拦一下 退给我", "zto", "intercept A")
R("火锅底料那单 {A} 客户说他们那边不让寄液体 调料也算 搞不懂 反正人家不要了 退回", "yunda", "intercept A")
R("{A} 麻烦给退回来，，，客户说收到也不要，，，", "cainiao", "intercept A")
R("早上发的那个冻干 {A} 发错地址了 我把两个客户的面单贴反了 这个先拦回来", "jd", "intercept A")
R("师傅帮个忙 {A} 拦回来 客户那边家里老人走了 办事呢 不收东西了", "sto", "intercept A")
R("{A}退回退回 客户打电话骂了我半天 不要了", "ems", "intercept A")
R("横幅上的字印错了一个 人家开业用的 这个不能要了 {A} 拦截 我重新印了再发", "sf", "intercept A")
R("{A:fw} 这个拦一下 我手机打出来的字怪怪的 不晓得你们认不认得", "yto", "intercept A")

# --- urge --------------------------------------------------------------------------------------------------
R("{A} 催一下 客户天天问我", "zto", "urge A")
R("那个就是说 我一个老客户买的橙子 {A} 发了五天了还在路上 橙子放久了要坏的 麻烦给催一下哈", "yunda", "urge A")
R("师傅帮忙催催 {A} {B}", "yto", "urge A B")
R("{A}搞快点嘛 客户等起的 猕猴桃要软了", "cainiao", "urge A", cats=(5,))
R("咋还不到呢 {A} 催催", "sf", "urge A")
R("{A} 加急 客户明天要用 是开业用的横幅", "deppon", "urge A")
R("然后呢这个 {A} 到你们那个网点两天了一直不派 麻烦尽快派送", "sto", "urge A")
R("俺家那个小米 {A} 客户说都三天了 给催一下呗", "jt", "urge A")
R("{A}\n{B}\n{C}\n都催一下 谢谢", "zto", "urge A B C")
R("催件 {A}", "jd", "urge A")
R("麻烦师傅跟派件的说一声 {A} 今天务必送到 客户在家等着呢 下午要出门", "ems", "urge A")
R("{A} 客户那边急用 冻干是给猫做完手术吃的 能不能快点给送过去", "yto", "urge A")
R("这个件咋回事 {A} 都到县城了还不往乡里送 催一下派送", "yunda", "urge A")
R("帮我把 {A} 往前催一催哈 感谢感谢🙏", "sf", "urge A")
R("{A} 辣椒酱 客户等着开店用 尽快派", "cainiao", "urge A")
R("早上好 那个 {A} 能今天给派了不 客户一直催我我也没办法", "jt", "urge A")
R("就是说 那个 我们村合作社的 土蜂蜜 发到广州 {A} 人家说礼拜六请客要用 今天都礼拜四了 你给催一下 拜托了", "sto",
  "urge A")
R("{A} 加急加急！！！菜单是人家饭店明天开业要用的", "deppon", "urge A")
R("{A}催件 客户说再不到就不要了", "ems", "urge A", draw=S10)
R("老板 {A} 帮催下 这是今年新下的花椒 人家做火锅店的等着用", "yto", "urge A")
R("那个 {A} 在你们网点放了一天了吧 今天能不能派出去 麻烦了", "zto", "urge A")
R("{A} {B} 两个都是发到学校的 学生放假前要拿到 尽快派送", "jd", "urge A B")

# --- track -------------------------------------------------------------------------------------------------
R("{A}", "zto", "track A")
R("{A} 到哪了", "sf", "track A")
R("帮我查一下 {A} 到哪了 客户问我我也不知道咋回答", "yto", "track A")
R("那个 {A} 这个件现在在哪呢 啥时候能到", "yunda", "track A")
R("查件 {A} {B}", "jt", "track A B")
R("{A} 这个啥时候到啊 客户问好几遍了", "sto", "track A")
R("就是说我发的那个画册 到没到 单号是 {A}", "deppon", "track A")
R("{A}\n{B}\n帮看下物流", "cainiao", "track A B")
R("{A} 现在到哪个地方了 查一下轨迹", "jd", "track A")
R("{A} 查下 谢谢", "ems", "track A", draw=S10)
R("我那个手机上查不了 老花眼也看不清 你帮我看看 {A} 走到哪了", "sto", "track A")
R("{A}\n", "yunda", "track A")
R("单号 {A} 查一下 客户说东西到了就给好评", "cainiao", "track A")
R("{A} 这个到成都了没有嘛", "yto", "track A")

# --- cancel ------------------------------------------------------------------------------------------------
R("{A} 撤单 还没来取", "zto", "cancel A")
R("那个 今天下午下的单 {A} 不寄了 客户说不要了 还没来收件呢 取消掉", "yto", "cancel A")
R("{A} 作废 重新下了一单", "jt", "cancel A")
R("取消寄件 {A} 谢谢", "sf", "cancel A")
R("麻烦把 {A} 撤了 打印的面单贴错箱子了 我重新打", "sto", "cancel A")
R("刚才下错单了 {A} 这个撤销一下 收件人写成我自己了", "yunda", "cancel A")
R("{A}\n{B}\n这两个面单作废 货还没装箱", "cainiao", "cancel A B")
R("狗粮那个还没发走 {A} 撤单嘛 客户退款了", "jd", "cancel A")
R("师傅别来取了 {A} 取消 不寄了", "deppon", "cancel A")
R("那个就是说 我下午在手机上下了个单 {A} 然后呢 我儿子说他已经在网上给人家发了 重复了 这个取消", "ems", "cancel A")
R("{A} 这单还在我店里没拿走 作废掉", "yto", "cancel A")

# --- change_address ----------------------------------------------------------------------------------------
R("{A} 改地址 改到 成都市武侯区 簇桥街道 锦城花园6栋2单元 王先生", "yto", "change_address A")
R("那个就是说 客户搬家了 {A} 地址改成 哈尔滨市道里区 安静街 128号 3单元 刘桂兰 收", "zto", "change_address A")
R("{A} 改派到 贵阳市南明区花果园 R2区 7栋 客户说之前那个是他老地址", "jt", "change_address A")
R("麻烦帮我把 {A} 转寄到 石家庄市裕华区 槐安东路 怡园小区 5-2-301", "sf", "change_address A")
R("{A} 地址填错了 应该是 重庆市渝北区 龙溪街道 金龙路 19号 不是19栋 改一下", "cainiao", "change_address A")
R("客户刚说 {A} 不要送家里了 送到他单位去 昆明市五华区 人民中路 邮政大楼 3楼", "ems", "change_address A")
R("改址 {A} 新地址 沈阳市皇姑区 黄河南大街 56号 李", "yunda", "change_address A")
R("那个画册是送展会的 展会换馆了 {A} 改送到 会展中心 3号馆 东门 主办方办公室", "deppon", "change_address A")
R("{A} 改一下收件地址 改成 洛阳市涧西区 青岛路 龙鳞小区 12号楼 原来那个是他娘家", "jd", "change_address A")
R("客户说他那个村改名了 快递员找不着 {A} 你给改成 绵竹市 九龙镇 清泉村 四组 就能找着", "sto",
  "change_address A")

# --- damaged -----------------------------------------------------------------------------------------------
R("{A} 客户收到说鸡蛋碎了一半 拍了照片 我发你们哈", "yto", "damaged A")
R("那个 {A} 外箱都压扁了 里面的猕猴桃全压烂了", "zto", "damaged A")
R("{A} 辣椒油漏了 整个箱子都是油 客户说箱子埋汰得没法要", "jt", "damaged A")
R("就是说我那个画册 {A} 到了角都折了 封面压出印子来了 登记个破损", "sf", "damaged A")
R("破损 {A}", "deppon", "damaged A")
R("{A} 狗粮袋子破了 撒了半箱 客户拍了视频", "ems", "damaged A")
R("唉 又是这样 {A} 罐头 瘪了好几个 有一个还漏汤了", "jd", "damaged A")
R("{A} 东西烂了 客户说打开一股味 樱桃全捂烂了", "cainiao", "damaged A")

# --- lost --------------------------------------------------------------------------------------------------
R("{A} 这个件丢了吧 一个礼拜了物流一点不动 问网点网点也说找不着", "sto", "lost A")
R("{A} 件没了 哪都找不着 你们给看看", "yunda", "lost A")
R("遗失 {A} 物流最后一条是在中转站扫的", "jd", "lost A")
R("一箱牛肉干 {A} 发出去十天了 到现在无影无踪的 肯定是丢了", "ems", "lost A")
R("{A} 少件 客户说我发了三箱只收到两箱", "deppon", "lost A")
R("就是说那个 {A} 丢件了 帮登记一下", "yto", "lost A")

# --- weight ------------------------------------------------------------------------------------------------
R("{A} 这个重量不对吧 我家里称的才四斤多 你们给算了七斤 核一下", "zto", "weight A")
R("查重量 {A} {B}", "yto", "weight A B")
R("那个猫砂的件 {A} 超重收了我二十多块 我自己称过没那么重 再给称一下", "jt", "weight A")
R("{A} 核重 运费扣多了", "sto", "weight A")
R("我这个宣传单一箱顶多十公斤 {A} 咋算了十五公斤 你们那秤准不准 给核一下", "sf", "weight A")

# --- verify_delivery ---------------------------------------------------------------------------------------
R("{A} 显示签收了 客户说根本没收到 也没人给他打电话 核实一下", "yto", "verify_delivery A")
R("那个 {A} 物流上写已签收 本人签收 可是客户说他一直在家 没见着快递员 是不是别人签的", "zto", "verify_delivery A")
R("{A} 虚假签收 客户在外地 咋可能本人签收", "jd", "verify_delivery A")
R("核实签收 {A}", "cainiao", "verify_delivery A")
R("{A} 妥投了但客户说没拿到 驿站也说没有 麻烦查一下谁签的", "ems", "verify_delivery A")
R("客户说别人给签收了 他都不认识签字那个人 {A}", "sf", "verify_delivery A")

# --- delay -------------------------------------------------------------------------------------------------
R("{A} 三天没动了", "yunda", "delay A")
R("那个 {A} 好几天没更新了 一直停在 郑州转运中心", "sto", "delay A")
R("{A} 物流摆起不动了 四天了", "cainiao", "delay A", cats=(5,))
R("登记延误 {A} 说好两天到 现在第五天了", "sf", "delay A")
R("{A} 怎么还没到 是不是延误了", "jt", "delay A")
R("{A} 延误 打个延误", "deppon", "delay A")

# --- claim / complaint / arbitration -----------------------------------------------------------------------
R("{A} 丢了 要求理赔 这一箱腊肠四百多块钱呢", "yto", "claim A", cats=(8,))
R("理赔 {A} 破损的 照片都发过了", "zto", "claim A", cats=(8,))
R("{A} 申请赔付 货值三百八", "deppon", "claim A")
R("那个就是说 {A} 东西碎了 这个你们得赔啊 我这是小本生意", "sto", "claim A", cats=(8,))
R("投诉 {A} 的派件员 态度太差了 客户问一句他骂人", "yunda", "complaint A")
R("{A} 快递员不送上门 叫我客户自己走两里地去拿 我要投诉", "ems", "complaint A")
R("{A} 客诉 客户说快递员把件扔在门口就走了 电话都不打", "jt", "complaint A")
R("{A} 申请仲裁", "zto", "arbitration A")
R("{A} 理赔的事谈不拢 你们给的钱连成本都不够 我要仲裁", "sf", "arbitration A")
R("我要投诉 {A} 这单快递员收了我客户十块钱上楼费 哪有这个规矩", "cainiao", "complaint A")

# --- several numbers, one command, mixed-carrier groups ------------------------------------------------------
R("{A} {B} 拦截", None, "intercept A B", draw={"A": "sf", "B": "yto"})
R("{A}\n{B}\n{C}\n这几个帮忙查一下到哪了", None, "track A B C", draw={"A": "jt", "B": "jd", "C": "deppon"})
R("那个 顺丰的 {A} 还有 京东的 {B} 都是一个客户的 都催一下 人家等着办酒席", None, "urge A B",
  draw={"A": "sf", "B": "jd"})
R("{A}、{B}、{C} 都是破损的 一车柿子全压烂了 唉", None, "damaged A B C",
  draw={"A": "yto", "B": "yto", "C": "jt"})
R("撤单 {A} {B} 今天不发了 下雨 菜没摘", None, "cancel A B", draw={"A": "deppon", "B": "sf"})
R("{A}\n{B}\n都拦截退回", None, "intercept A B", draw={"A": "jd", "B": S10})

# --- longer stories, the request at the end --------------------------------------------------------------------
R("那个我跟你说一下哈 就是上个礼拜吧 有个客户在我这订了二十斤土豆 说是要寄到他女儿那 然后呢我就给发了 今天他女儿打电话说"
  "根本没人告诉她 她也不在家 在外地上班呢 那这个东西放那也是坏 你给我退回来吧 {A}", "zto", "intercept A")
R("哎 我这个人手机玩不转 字打得慢 你们别嫌 就是那个 前天发的 一箱苹果 到甘肃的 单子是 {A} 客户说一直没到 人家等着走亲戚"
  "的 麻烦给催一下", "yto", "urge A")
R("是这样的 我们印刷厂给一个学校印的毕业证书的封皮 {A} 学校那边说今天一定要 明天就发证 你们看能不能加个急 谢谢谢谢", "sf",
  "urge A")
R("就是说 这个客户是个老太太 她儿子给她买的猫粮 地址写的是她儿子家 老太太自己住另一个小区 然后呢这个件 {A} 你给改到 "
  "长沙市岳麓区 枫林三路 和馨园 4栋 老太太家 她说她在家", "sto", "change_address A")
R("我这个是自己家种的 没打药的 好东西 草莓 {A} 客户收到说一半都压坏了 流汤了 你们那个车是咋装的嘛", "jt", "damaged A")
R("你好 打扰一下 我是 卖宠物罐头的小刘 我那个 {A} 物流显示昨天下午就签收了 客户说他根本没收到 门口也没有 你们给核实一下",
  "cainiao", "verify_delivery A")
R("这个事情是这样 我发了个件 一个礼拜了还在那个 武汉转运中心 动都没动 客户天天问 我也不好交代 {A} 你们给登记个延误吧",
  "yunda", "delay A")
R("师傅 你们那个秤是不是有问题啊 我发一箱名片 能有多重嘛 你们给我算了八公斤 我家秤称的三公斤 {A} 这个你给我重新核一下",
  "deppon", "weight A")
R("唉 说起来都是气 那个件 {A} 里面是两瓶自己酿的米酒 到了客户手里就剩一瓶了 另一瓶不见了 箱子还是好的 你说这咋回事 "
  "给登记个丢件", "ems", "lost A")
R("我是卖腊肉香肠的 过年这段时间件多 有一个件 {A} 客户那边是个工地 地址不好找 快递员打电话他也不接 然后呢就说退回 "
  "别退 我给你新地址 改到 遵义市汇川区 上海路 工地旁边 那个 红星小卖部 让老板代收", "jd", "change_address A")
R("那个 就是说 {A} 我昨天下午在手机上下的单 还没来收 然后呢客户说他不要了 那我就不寄了呗 撤了", "zto", "cancel A")
R("{A} 是我发给我闺女的 老家的咸鸭蛋 她说都半个月了还没收到 你看看是到哪了", "yto", "track A")
R("今年的新米下来了 给老客户寄了一袋 {A} 客户说袋子破了 米撒了一路 到手就剩半袋了 这个你们得赔", "sto", "claim A",
  cats=(8,))
R("我这个 快递员 送货的时候 跟我客户吵起来了 说人家事多 人家就问了一句能不能送上楼 你说这叫啥态度 {A} 我要投诉",
  "jt", "complaint A")

# --- shorter, blunt, typos --------------------------------------------------------------------------------------
R("{A}拦节", "zto", "intercept A", cats=(5,))
R("{A} 催一下哈 ，，谢谢", "jd", "urge A")
R("拦截{A}拦截", "sto", "intercept A")
R("{A}到哪儿了？？？", "deppon", "track A")
R("{A} 改地址 ：攀枝花市东区 炳草岗 大街 2号 王", "cainiao", "change_address A")
R("{A}破损。拍照了。", "yunda", "damaged A")
R("{A}  快点送吧 求你们了", "sf", "urge A")
R("退回 {A} 。", "ems", "intercept A")
R("{A} 查下重量 。。", "jt", "weight A")
R("{A} 撤单撤单", "cainiao", "cancel A")

# --- speech-to-text slips, pinyin, English, dialect verbs (category 5) -------------------------------------------
R("{A} lanjie", "yto", "intercept A", cats=(5,))
R("{A} 蓝姐退回 人家拒收了 说等不起", "zto", "intercept A", cats=(5,))
R("那个 {A} 兰姐一下 谢谢 客户退款了", "jt", "intercept A", cats=(5,))
R("那个 {A} 车单 还没来收", "sto", "cancel A", cats=(5,))
R("{A} 该地址 该到 绵阳市涪城区 临园路东段 23号 收件人不变", "yunda", "change_address A", cats=(5,))
R("{A} 脆件 脆一下 客户急", "cainiao", "urge A", cats=(5,))
R("{A} 里陪 东西烂了 一箱桃子", "sf", "claim A", cats=(5, 8))
R("{A} 投素 快递员态度太差 骂人", "deppon", "complaint A", cats=(5,))
R("{A} 千手了 但是客户说没收到 合适一下", "jd", "verify_delivery A", cats=(5,))
R("{A} cuijian", "zto", "urge A", cats=(5,))
R("{A} urgent pls 客户急用", "jt", "urge A", cats=(5,))
R("{A} intercept 谢谢", "sf", "intercept A", cats=(5,))
R("{A} gaizhi 新地址 兰州市城关区 张掖路 88号 马", "yto", "change_address A", cats=(5,))
R("{A} chedan", "sto", "cancel A", cats=(5,))
R("{A} 咋整的 还不到 给我整快点", "zto", "urge A", cats=(5,))
R("{A} 稀碎 一箱子土鸡蛋全稀碎 咋整", "yunda", "damaged A", cats=(5,))
R("{A} 整丢了是咋的 半个月了没信", "jt", "lost A", cats=(5,))
R("{A} 莫得动静了 一个星期了 怕是遭弄丢了哦", "cainiao", "lost A", cats=(5,))
R("{A} 这个别给我送了 给我拽回来", "deppon", "intercept A", cats=(5,))
R("{A} 查下重量 咋个收这么贵喃", "sto", "weight A", cats=(5,))
R("{A} return to sender please 客户是个老外 他不要了", "sf", "intercept A", cats=(5,))
R("{A} where is it 客户问的", "jd", "track A", cats=(5,))
R("{A} 这个我要申请中裁 你们网点处理得不公平", "zto", "arbitration A", cats=(5,))
R("{A} 丢见了 客户说一直没收到 物流也不动", "ems", "lost A", cats=(5,))
R("{A} 盖个地址 盖到 西安市雁塔区 小寨东路 1号 赛格后面那个小区 7号楼", "jt", "change_address A", cats=(5,))
R("{A} 推回 推回来 客户拒收了", "yto", "intercept A", cats=(5,))
R("{A} 言误了好多天 登记一下言误", "zto", "delay A", cats=(5,))
R("就是说那个 {A} 催建 催建 客户明天生日", "sto", "urge A", cats=(5,))
R("{A} lan jie tui hui", "yunda", "intercept A", cats=(5,))
R("{A} 撤蛋 不寄了", "cainiao", "cancel A", cats=(5,))
R("{A} 啷个还不到喃 帮我催一哈", "cainiao", "urge A", cats=(5,))
R("{A} 遭整烂了 箱子都瘪了 里头的鸭蛋烂完了", "sto", "damaged A", cats=(5,))
R("{A} 核实签售 客户没收到东西", "yto", "verify_delivery A", cats=(5,))
R("{A} 称一哈重 啥子五公斤 两袋猫粮才好重", "jd", "weight A", cats=(5,))
R("{A} 嘎哈呢这是 一礼拜了还不到 赶紧给催催", "zto", "urge A", cats=(5,))
R("{A} cancel order 还没揽收", "sf", "cancel A", cats=(5,))
R("{A} 丢了 要 peichang", "jt", "claim A", cats=(5, 8))
R("{A} 该派 该到 南充市高坪区 江东中路 9号 就是说收件人还是那个人", "yunda", "change_address A", cats=(5,))
R("{A} 核实一下前手 哦 签收 客户没收到", "ems", "verify_delivery A", cats=(5,), draw=S10)
R("{A} 快点儿吧 再不到俺这苹果都蔫吧了", "jt", "urge A", cats=(5,))
R("{A} tousu 快递员 乱扔件", "deppon", "complaint A", cats=(5,))
R("{A} 杯具了 全碎了 拍照了 登记破损", "yto", "damaged A", cats=(5,))

# =========================================================================================================
# Chit-chat, thanks, questions with no action
# =========================================================================================================
R("好的谢谢师傅", "yto")
R("收到 辛苦了", "zto")
R("明天几点来收件啊 我这有二十多箱橙子 得早点来 下午我要去镇上", "jt")
R("今天咋没人来揽件 我等了一下午了 货都堆门口了", "sto")
R("你们过年放不放假 腊月二十几停", "yunda")
R("运费咋又涨了 首重都涨到几块了 我们这小本生意真扛不住", "cainiao")
R("师傅 纸箱还有没有 给我带几个大号的来", "sf")
R("那个就是说 我们这个月的账单 啥时候能出来 我要对一下", "jd")
R("好嘞 👍", "deppon")
R("哦哦 晓得了 谢谢哈", "ems")
R("今天下雨 件晚点来拿也行 不着急", "yto")
R("你们网点搬家了吗 我上次去那个地方关门了", "zto")
R("能开发票不 我们这个印刷厂要走账", "sf")
R("明天我有五十多件狗粮 比较重 派个大点的车来", "jt")
R("新疆西藏发不发 发的话多少钱一公斤", "sto")
R("嗯嗯", "yunda")
R("师傅我这个面单打印机坏了 你们能给打吗", "cainiao")
R("好的 那我等通知", "jd")
R("那个退回来的件放哪了 我去拿", "deppon")
R("你好 在吗", "ems")
R("今天的件都发出去了吗 晚上那一批", "yto")
R("这个群是干啥的 我刚被拉进来 我儿子让我有事在这说", "zto")
R("我那个客户电话打不通 你们那边能联系上不", "jt")
R("知道了知道了 下回注意", "sto")
R("啥时候能上门收 我这地方偏 在山上 车上不来得走一截", "yunda")
R("晚上十点了还有人吗", "cainiao")
R("上回那个事谢谢你们啊 客户收到了 还给了好评", "sf")
R("冷链能发不 我这有冻肉 自家杀的年猪", "jd")
R("好 我明天一早送过来", "deppon")
R("🙏🙏🙏", "ems")
R("要得 麻烦了", "cainiao")
R("中 就这么办", "yto")
R("咱这一天最少发多少件能便宜点 我一天能有个三四十件吧", "zto")
R("那个 月结能不能改成半个月一结", "jt")
R("你们的小程序上咋查不到我的件 是不是我弄错了", "sto")
R("师傅我手机号换了 新号 {PN} 以后有事打这个", "ems", cats=(4,))
R("我们这边打包的胶带没了 你们那有卖的不", "yunda")

# --- questions about an action that do not ask for it ---------------------------------------------------------
R("拦截要收费吗", "yto")
R("那个 拦截退回来的运费是谁出 是按原价还是咋算", "sto")
R("跨省能改地址不 比如四川改到云南", "cainiao")
R("理赔一般多久能到账", "deppon")
R("你们是几点以后就拦不了了 晚上九点以后发消息还管用不", "yto")
R("改地址的话要不要加钱 加多少", "jt")
R("破损的话要准备啥材料 照片要拍几张", "yunda")
R("就是说撤单以后 我那个运费能退回来不", "zto")
R("{A} 改地址了吗 客户问我", "zto", nh=True)
R("{A} 拦截成功没有啊 都一天了", "jt", nh=True)
R("{A} 撤单了没 我看系统里还在", "yunda", nh=True)
R("{A} 拦截退回来运费咋算 我先问问 还没定拦不拦", "ems", nh=True)
R("{A} 那个理赔到哪一步了 啥时候给钱", "sf", nh=True)
R("{A} 能拦截吗 客户不要了", "sf", "intercept A")
R("{A} 能不能改地址啊 改到哪我等客户回我", "sto", "change_address A", nh=True)
R("{A} 可以帮忙催一下不", "jd", "urge A")

# =========================================================================================================
# Corrections of the number or of the command (category 2)
# =========================================================================================================
R("{A} 拦截 —— 更正 单号打错了 是 {B}", "yto", "intercept B", cats=(2,))
R("那个 {A} 撤单 哦不对 已经来收走了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 改址 算了算了 还是拦截吧 客户说改了也不一定在家", "jt", "intercept A", cats=(2,))
R("{A}\n{B:cut}\n这两个都催一下\n第二个单号少打一位 是 {B}", "sf", "urge A B", cats=(2,))
R("{A} 催件 不对不对 不是催件 我是想问问到哪了", "sto", "track A", cats=(2,))
R("{A} 理赔 搞错了 应该是 {B} 前面那个是好的", "deppon", "claim B", cats=(2, 8))
R("{A} 拦截 哎呀打错了 老眼昏花的 正确的是 {B}", "yunda", "intercept B", cats=(2,))
R("{A} 退回 哦不 不退了 改个地址 改到 长春市朝阳区 红旗街 锦绣小区 9栋", "cainiao", "change_address A", cats=(2,))
R("{A} 破损 不对 我看错了 是 {B} 破了 {A} 是好好的", "zto", "damaged B", cats=(2,))
R("那个 {A} 我说错了 不是要拦截 是要催件 客户还要呢", "ems", "urge A", cats=(2,))
R("{A} 改地址 改到 贵阳市云岩区 中华北路 200号 更正一下 是中华南路 200号 不是北路", "jt", "change_address A",
  cats=(2,))
R("{A} 催一下 哦不对 这个是昨天签收了的 我看岔了 是 {B} 要催", "yto", "urge B", cats=(2,))
R("客户说不要了 {A} 撤单\n不好意思 货已经发出去了 那拦截", "sf", "intercept A", cats=(2,))
R("{A}拦截{B}拦截 ，，，第二个搞错了 应该是 {C}", "zto", "intercept A C", cats=(2,))
R("{A} 改址到 济南市历下区 泉城路 恒隆那个写字楼 23层 哎算了 不改了 直接退回来", "jd", "intercept A", cats=(2,))
R("{A} 丢件 等会儿 客户刚说找着了 在邻居家 那没事了", "yunda", "", cats=(2, 1))
R("{A} 延误登记一下 不对 我看错行了 是 {B} 延误 {A} 已经到了", "sto", "delay B", cats=(2,))
R("{A} {C} 拦截\n第一个单号打错了 应该是 {B}", "jt", "intercept B C", cats=(2, 7))
R("{A} 拦截 ……还是别拦了 改成催件吧 客户又说要", "deppon", "urge A", cats=(2, 1))
R("{A} 蓝姐 不是蓝姐 是拦截 语音给我打错了 哈哈", "yto", "intercept A", cats=(2, 5))
R("{A} 查一下 哦对了不是查 是直接拦回来", "zto", "intercept A", cats=(2,))
R("{A} 催一下 哦这个是极兔的号 我要催的是顺丰那个 {B}", None, "urge B", cats=(2,), draw={"A": "jt", "B": "sf"})
R("{A:cut} 拦截 少了一位 {A}", "jt", "intercept A", cats=(2,))
R("{A} 撤单\n更正：撤单的是 {B}，{A} 正常发", "sto", "cancel B", cats=(2,))
R("{A} 要理赔\n算了 也不值几个钱 就登记个破损吧", "yunda", "damaged A", cats=(2, 8))
R("{A} 投诉快递员 哦 也不是他的错 是客户自己没接电话 那就不投诉了 再派一次 催一下吧", "cainiao", "urge A",
  cats=(2, 1))
R("{A} 这个是拦截 {B} 是催件 哦 我说反了 {A} 催 {B} 拦截", "zto", "urge A; intercept B", cats=(2, 7))
R("{A} 地址改到 太原市小店区 亲贤北街 9号\n不对不对 客户又发来一个新的 太原市迎泽区 柳巷南路 33号 按这个改", "jt",
  "change_address A", cats=(2,))
R("{A} 退回 更正 退回的是 {B} 不是这个 这个要催 客户在等", "yto", "intercept B; urge A", cats=(2,))
R("{A} 催件\n更正 单号 {B}", "ems", "urge B", cats=(2,), draw=S10)
R("{A} 先催一下吧 不对 还是登记延误 都一个星期了 催也没用", "sf", "delay A", cats=(2,))
R("{A} 改址 {PN}\n哦 电话没变 是地址变了 新地址 乐山市市中区 嘉定北路 66号", "cainiao", "change_address A",
  cats=(2, 4))
R("那个就是说 我刚才语音发的 {A:cut} 好像少了个数 我再打一遍 {A} 客户拒收 退回", "yto", "intercept A", cats=(2,))
R("{A} 核重 哦不是 重量没问题 是破了 外箱破了", "jd", "damaged A", cats=(2,))
R("{A} 拦截 搞错了 应该是 {B} 拦截 不是 {A} {A} 那个客户还要的", "deppon", "intercept B", cats=(2,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n哎呀 第三个是昨天那个 不用拦 是 {D}", "zto", "intercept A B D", cats=(2, 7))
R("{A} 撤单 哎 我看了一下 师傅早上已经收走了 撤不了了吧 那改成拦截", "cainiao", "intercept A", cats=(2,))
R("{A} 改地址 改到 桂林市七星区 漓江路 2号\n更正 单号是 {B}", "sf", "change_address B", cats=(2,))
R("{A} 改成 理赔 刚才说的破损登记 改成直接赔钱", "sto", "claim A", cats=(2, 8))
R("{A} 丢了 不对不对 刚打电话客户说收到了 是破了 少了半箱 罐头压坏了", "jt", "damaged A", cats=(2,))
R("{A} 是京东的不是顺丰的 打错字了 {A} 催一下", None, "urge A", cats=(2,), draw={"A": "jd"})

# =========================================================================================================
# Negation and withdrawal, scoped to one number or clause (category 1)
# =========================================================================================================
R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=(1,))
R("{A} {B} 都拦截 哦 {B} 不拦了 客户说还要", "zto", "intercept A", cats=(1,))
R("不是不拦 是现在就拦 {A} 赶紧的 都出来派送了", "cainiao", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 宜宾市翠屏区 南岸 东方花苑 3栋", "yunda", "change_address A", cats=(1,))
R("{A} 不用催了 客户说收到了", "sto", "", nh=True, cats=(1,))
R("{A} 别拦了 客户又要了 那就帮我催一下", "jt", "urge A", cats=(1,))
R("{A} 不是要撤单 是要拦截 已经发走了", "sf", "intercept A", cats=(1,))
R("{A} {B} {C} 都催一下 中间那个不用 中间那个已经签收了", "zto", "urge A C", cats=(1, 7))
R("不用理赔了 {A} 客户说东西还能用 就不麻烦了", "deppon", "", nh=True, cats=(1,))
R("{A} 拦截的那个算了 不拦了", "yto", "", nh=True, cats=(1,))
R("{A} 拦截 拦截 ……唉 {A} 算了不拦了 让他收吧 收了再说", "jd", "", cats=(1,))
R("{A} 不是不要 是要改地址 他搬家了 新地址 呼和浩特市赛罕区 大学东街 丰泽园 2号楼", "ems", "change_address A",
  cats=(1,))
R("{A} 不用改地址了 客户说原来那个地址能收 就按原地址送", "yunda", "", nh=True, cats=(1,))
R("{A} 催一下 {B} 不用催 {B} 查下到哪了就行", "cainiao", "urge A; track B", cats=(1,))
R("{A} 没丢 找到了 在驿站压着呢 不用登记丢件了", "sto", "", nh=True, cats=(1,))
R("{A} 不要投诉 就是催一下 快递员也不容易", "zto", "urge A", cats=(1,))
R("{A} 拦截 {B} 也拦截 {C} 不拦 {C} 是好的 客户要的", "jt", "intercept A B", cats=(1,))
R("别撤单 {A} 我要的是拦截 货都发了三天了你撤啥单", "yto", "intercept A", cats=(1,))
R("{A} 不是不催 是催了没用 给我登记延误", "yunda", "delay A", cats=(1,))
R("{A} 不用拦截 也不用改地址 就是让快递员派之前给客户打个电话", "jd", "", nh=True, cats=(1,))
R("{A} 不是破损 是少了东西 一箱两袋只到了一袋 帮登记一下", "jd", "lost A", cats=(1,))
R("{A} 我没说要退回啊 咋给我退回来了 我要投诉", "jt", "complaint A", cats=(1, 8))
R("{A} {B} 这两个不拦了 都不拦了 {C} 拦", "zto", "intercept C", nh=True, cats=(1, 7))
R("那个 {A} 的事 客户不投诉了 人家说算了 你们也别找快递员麻烦了", "sf", "", nh=True, cats=(1,))
R("{A} 不撤 不撤单 这个要发的 {B} 撤单", "cainiao", "cancel B", cats=(1,))
R("{A} 先不用管 {B} 给我改地址 改到 咸阳市秦都区 人民路 西段 18号", "sto", "change_address B", cats=(1,))
R("{A} 东西坏就坏了 我不图那几个赔钱 就是这个快递员我得投诉 扔件扔得太狠了", "deppon", "damaged A; complaint A",
  cats=(1, 8))
R("{A} 不要拦截 不要拦截 客户又要了 千万别退", "yto", "", nh=True, cats=(1,))
R("{A} 别退回来 直接给他送过去 客户在家了 今天就派", "sf", "urge A", cats=(1,))
R("{A} 没有破 是我看错了 不是这个 是 {B} 破了", "yunda", "damaged B", cats=(1, 2))

# =========================================================================================================
# Quotes and replies, the bot's own replies quoted back (category 3)
# =========================================================================================================
R("「@老刘水果 {A} 拦截已提交，结果会第一时间通知您」\n好的好的 谢谢师傅", "yto", "", cats=(3,))
R("引用 客服小助手：@张大姐特产店 {A} 拦截已提交，结果会第一时间通知您\n不用拦了 客户又要了", "zto", "", nh=True,
  cats=(3, 1))
R("回复 @快递助手：@王记猫粮 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤了吧", "jt", "cancel A",
  cats=(3,))
R("「快递助手：@老李农家 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n客户说他没收到啊 签的谁 帮核实一下", "sf",
  "verify_delivery A", cats=(3,))
R("「{A} 催一下」\n这个咋还没到 又过两天了 登记延误吧", "yunda", "delay A", cats=(3,))
R("回复 @李姐：{A} 这个是你家的吧 客户拒收了\n对 是我的 退回来吧", "sto", "intercept A", cats=(3,))
R("“{A} 拦截”\n这个是昨天发的 别拦了 客户要了", "cainiao", "", nh=True, cats=(3, 1))
R("引用 刘师傅：{A} 派送地址找不到人 电话也打不通\n那就改地址吧 改到 南宁市青秀区 民族大道 131号 航洋国际 收件人电话 {PN}",
  "jt", "change_address A", cats=(3, 4))
R("@快递小助手 {A} 已为您催促派送，请耐心等待\n——————\n催了还是不动 是不是丢了", "yto", "lost A", cats=(3,))
R("「@赵家腊味 {A} 改址已提交，结果会第一时间通知您」\n好的 那 {B} 也一起改到这个地址", "sto", "change_address B",
  nh=True, cats=(3,))
R("「张大哥：{A} 拦截」\n- - - - - - - - - - - - - - -\n我这也有一单要拦 {B}", "zto", "intercept B", cats=(3,))
R("引用 我：{A} 改地址 改到 达州市通川区 朝阳东路 8号\n客户说不改了 还是原来的地址", "sto", "", nh=True, cats=(3, 1))
R("回复 @网点小王：{A} 重量是3.2公斤\n不可能 我发的时候称的才一公斤多 再核一下", "yunda", "weight A", cats=(3, 4))
R("「@老陈宠物 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n登记了有啥用 我要的是赔钱 申请理赔", "jd",
  "claim A", cats=(3, 8))
R("「@香香打印 {A} 撤单成功」\n收到 👌", "deppon", "", cats=(3,))
R("@快递助手 请确认：{A} 拦截退回？回复“确认”即办理\n------------\n等下 我再问问客户", "zto", "", cats=(3,))
R("引用 快递助手：@果园张叔 {A} 已为您登记延误工单，结果会第一时间通知您\n登记完了咋没人管 再帮我催一下", "cainiao", "urge A",
  cats=(3,))
R("「{A} {B} 拦截」\n第二个不拦了", "yto", "", nh=True, cats=(3, 1, 7))
R("回复 @客服小周：{A} 这个件快递员说地址不详 要不要退回\n退 退回来", "sf", "intercept A", cats=(3,))
R("引用 李大姐土特产：{A} 催一下\n我也是 {B} 帮我也催催 跟她一个地方的", "jt", "urge B", cats=(3,))
R("“@老王 {A} 拦截已提交，结果会第一时间通知您”\n那个 {B} 也拦截", "ems", "intercept B", cats=(3,))
R("「{A} 破损 里面的罐头瘪了」\n这个后来问了 快递员说是我包装不行 这不是扯吗 投诉他", "yunda", "complaint A", cats=(3, 8))
R("「@果果生鲜 {A} 已签收，无法拦截」\n啊 签收了啊 那算了", "zto", "", cats=(3,))
R("「@老刘水果 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n好 谢谢 {B} 这个也催一下", "jd", "urge B",
  cats=(3,))
R("「@老杨蜂蜜 您的消息已转人工客服处理，请稍候」\n等了一个钟头了 人呢 {A} 到底能不能拦", "sto", "intercept A",
  cats=(3,))
R("回复 @网点：{A} 客户电话空号 派不了\n那你们先放着 我问问客户新号码", "cainiao", "", nh=True, cats=(3,))
R("引用 老周粉条：{A} 拦截\n- - - - - - - - - - - - - - -\n老周让我帮他说一声 这个不拦了 客户要了", "zto", "", nh=True,
  cats=(3, 1))
R("「@四姐串串香料 {A} 改址已提交，结果会第一时间通知您」\n改错了 应该是 成都市金牛区 茶店子东街 16号 不是 61号 麻烦再改一下", "jt",
  "change_address A", cats=(3, 2))
R("“{A} 三天没动了”\n今天又过一天 还是不动 给我催催", "sf", "urge A", cats=(3,))
R("回复 @王姐：{A} 是不是你发的那个香肠 客户说臭了\n是我的 让客户拍照 登记破损", "yto", "damaged A", cats=(3,))
R("「@印刷小杜 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n好的 谢谢 辛苦", "deppon", "", cats=(3,))
R("引用 快递助手：@宠物小王 {A} 撤单成功\n撤错了 我要撤的是 {B}", "yunda", "cancel B", nh=True, cats=(3, 2))

# =========================================================================================================
# Numbers that are not waybills: phones in every notation, order numbers, amounts, dates (category 4)
# =========================================================================================================
R("{A} 改地址 收件人 王桂芬 {PN} 地址 四川省眉山市东坡区 三苏路 18号", "yto", "change_address A", cats=(4,))
R("{A} 电话改成 {PN}", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 拦截 有事打我电话 {PN} 我一直在店里", "jt", "intercept A", cats=(4,))
R("订单号 {O} 快递单号 {A} 客户催了 给催一下", "sto", "urge A", cats=(4,))
R("{A} 收件人换成 张德福 电话 {PN} 地址不变", "sf", "change_address A", nh=True, cats=(4,))
R("就是说我那个客户 电话 {PN} 他说他的件 {A} 一直没收到 显示签收了 你们核实一下", "cainiao", "verify_delivery A",
  cats=(4,))
R("{A} 催件 客户电话 {P} 让快递员送之前打个电话", "yunda", "urge A", cats=(4,))
R("拼多多订单 {O} 对应的快递 {A} 拦截 客户申请退款了 退款金额 59.9", "yto", "intercept A", cats=(4,))
R("{A} 赔付 货值 268 元 我的收款电话 {PN}", "deppon", "claim A", cats=(4,))
R("{P} 这是我电话 {A} 改到 柳州市城中区 五星街 12号 收件人不变", "zto", "change_address A", cats=(4,))
R("订单 {O} 和 {O2} 是一个客户的 快递分别是 {A} {B} 都拦截", "sto", "intercept A B", cats=(4,))
R("{A} 改址 新收件人 罗建国 手机{PN} 贵州省遵义市 红花岗区 老城 万里路 8号", "jd", "change_address A", cats=(4,))
R("电话 {PN} 地址 天津市河西区 友谊路 35号 {A} 改一下收件地址", "jd", "change_address A", cats=(4,))
R("{A} 客户说没收到 但物流显示3月5号下午签收 他那天不在家 核实下", "yto", "verify_delivery A", cats=(4,))
R("{A} 称重 你们算的 5.6kg 运费 23 块 我这就一袋猫粮 2.5kg", "cainiao", "weight A", cats=(4,))
R("{A} 拦截 客户手机号是 {PN} 他说有啥事你们直接联系他", "sf", "intercept A", cats=(4,))
R("{A} 改地址 地址是 郑州市金水区 农业路 东方鼎盛 A座 1608 电话 {PN} 联系人 孙", "ems", "change_address A", cats=(4,))
R("{A} 收件人电话打错了 正确的是 {PN}", "jt", "change_address A", nh=True, cats=(4,))
R("订单号 {O}\n运单 {A}\n问题 破损\n客户电话 {PN}", "zto", "damaged A", cats=(4,))
R("{PN} 这个号码的客户 件 {A} 改派 到 合肥市蜀山区 长江西路 688号", "yunda", "change_address A", cats=(4,))
R("{A} 丢了 这个是 {O} 订单 货值 1280 要赔", "sto", "claim A", cats=(4, 8))
R("麻烦 {A} 改一下地址 新地址 拉萨市城关区 北京中路 48号 电话 {PN} 原来那个电话 {PN2} 不用了", "ems",
  "change_address A", cats=(4,))
R("{A} 拦截 订单 {O} 退款已处理", "cainiao", "intercept A", cats=(4,))
R("那个 就是说 客户叫 陈秀英 电话是 {PN} 她的件是 {A} 她说她搬到 南昌市青山湖区 北京东路 1号 去了 你给改一下", "yto",
  "change_address A", cats=(4,))
R("{A} 12月3号发的 今天都12月11号了 还在路上 催催", "zto", "urge A", cats=(4,))
R("我电话 {PN} 快递员要是找不着地方就打我 {A} 今天一定送到", "jt", "urge A", cats=(4,))
R("{A} 客户手机换号了 旧号 {PN} 不用了 新号 {PN2} 派件前打新号", "sto", "change_address A", nh=True, cats=(4,))
R("订单编号：{O}\n物流单号：{A}\n客户要求：改地址到 泸州市江阳区 钟鼓楼 酒城宾馆 对面 那个院子 2单元\n联系电话：{PN}",
  "yunda", "change_address A", cats=(4,))
R("{O} 这个订单 客户说没收到货 你帮我查一下是哪个快递单", "zto", "", nh=True, cats=(4,))
R("{A} 运费收了 38 块 一箱苹果 十斤 你们这价格不对 核一下重量", "jd", "weight A", cats=(4,))
R("联系不上收件人 {PN} 打了八遍 {A} 退回吧", "cainiao", "intercept A", cats=(4,))
R("{A} 破了 赔 200 就行 客户那边我自己哄", "ems", "claim A", cats=(4, 8), draw=S10)

# =========================================================================================================
# Numbers broken by the chat client (category 6)
# =========================================================================================================
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下 客户等着", "ems", "urge A", cats=(6,), draw=S10)
R("那个 {A:sp} 这个拦截退回 客户不要了", "zto", "intercept A", cats=(6,))
R("{A:dash} 到哪了", "jt", "track A", cats=(6,))
R("{A:nl} 催件", "sf", "urge A", cats=(6,))
R("撤单\n{A:nl}", "sto", "cancel A", cf=True, cats=(6,))
R("{A:sp} 破损 客户拍了照", "ems", "damaged A", cats=(6,), draw=S10)
R("改地址 {A:nl} 改到 大连市沙河口区 黄河路 620号", "yunda", "change_address A", cf=True, cats=(6,))
R("{A:dash} {B:dash} 都核一下重量", "yto", "weight A B", cats=(6,))
R("单号 {A:sp} 那个就是说 显示签收了 客户说没收到", "cainiao", "verify_delivery A", cats=(6,))
R("拦截退回 单号 {A:nl}\n谢谢", "jd", "intercept A", cf=True, cats=(6,))
R("{A:sp} 这个是延误了吧 快十天了", "sto", "delay A", cats=(6,))
R("{A:nl} 这个我语音说的 不晓得对不对 客户搬家了 改地址到 江油市 太白路 49号", "deppon", "change_address A", cf=True,
  cats=(6, 5))
R("{A:sp} {B:sp} 两个都丢了 要赔", "ems", "claim A B", cats=(6, 8), draw=S10)

# =========================================================================================================
# Several parcels, different commands: positional references, pasted tables (category 7)
# =========================================================================================================
R("{A} {B} 前者拦截 后者催一下", "yto", "intercept A; urge B", cats=(7,))
R("{A}\n{B}\n{C}\n第一单拦截 其余的催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} {B} {C} 除了第二个 其他都拦截", "jt", "intercept A C", cats=(7,))
R("{A}\n{B}\n{C}\n上面两个拦截 最后那个改地址 改到 西宁市城西区 五四西路 12号", "sto",
  "intercept A B; change_address C", cats=(7,))
R("单号\t处理\n{A}\t拦截\n{B}\t催件\n{C}\t改地址 北京市朝阳区 望京 阜通东大街 6号", None,
  "intercept A; urge B; change_address C", cats=(7,), draw={"A": "sf", "B": "jd", "C": "yto"})
R("{A}    破损\n{B}    丢件\n{C}    延误", "yunda", "damaged A; lost B; delay C", cats=(7,))
R("今天这几个件都有问题 我一个一个说哈 {A} 这个是客户拒收的 退回 然后呢 {B} 这个地址写错了 改到 自贡市自流井区 "
  "丹桂大街 8号 还有 {C} 三天没动了 催一下", "cainiao", "intercept A; change_address B; urge C", cats=(7,))
R("{A} {B} 后面这个拦截 前面这个不用管", "sf", "intercept B", cats=(7, 1))
R("{A} 和 {B} 都是破损的 前一个要赔钱 后一个登记一下就行", "deppon", "claim A; damaged B", cats=(7, 8))
R("{A}\n{B}\n{C}\n{D}\n以上全部拦截", "yto", "intercept A B C D", cats=(7,))
R("{A} {B} 这两个 一个拦截一个催件", "zto", "", nh=True, cats=(7,))
R("{A} 拦截 {B} 也是", "jt", "intercept A B", cats=(7,))
R("{A} 催一下 {B} 同上", "sto", "urge A B", cats=(7,))
R("{A} 拦截\n{B} 同上\n{C} 催件\n{D} 同上", None, "intercept A B; urge C D", cats=(7,),
  draw={"A": "jt", "B": "yto", "C": "sf", "D": "jd"})
R("{A} {B} {C} 最后一个是丢了的 要赔 前面两个查下到哪了", "yunda", "claim C; track A B", cats=(7, 8))
R("第一单 {A} 第二单 {B} 第三单 {C} 第二单撤单 剩下的查下物流", "cainiao", "cancel B; track A C", cats=(7,))
R("那个 早上发的那几个 {A} {B} {C} 中间那单客户说不要了 拦截 两边的正常送 给催一下", "zto", "intercept B; urge A C",
  cats=(7,))
R("{A} 破了\n{B} 漏了\n{C} 没收到但显示签收", "jd", "damaged A B; verify_delivery C", cats=(7,))
R("{A} {B} 都拦截 {C} 不拦 改地址到 银川市兴庆区 解放东街 3号", "jt", "intercept A B; change_address C", cats=(7, 1))
R("{A}拦截，{B}撤单，{C}催件，{D}查重量", None, "intercept A; cancel B; urge C; weight D", cats=(7,),
  draw={"A": "yto", "B": "deppon", "C": "jt", "D": "sf"})
R("后面那个改地址 前面那个不用管它 {A} {B} 新地址 株洲市天元区 黄河北路 天台山庄 5栋", "yto", "change_address B",
  cats=(7,))
R("这三个 {A} {B} {C} 头一个登记延误 第二个催 最后一个投诉 快递员骂我客户", "sto", "delay A; urge B; complaint C",
  cats=(7,))
R("上面的 {A} 和 {B} 都核重 下面这个 {C} 核实签收", "zto", "weight A B; verify_delivery C", cats=(7,))
R("{A} 拦截\n{B}\n{C}\n这两个也一样", "sf", "intercept A B C", cats=(7,))
R("{A} {B} {C} {D} 除了最后一个都催 最后一个拦截", "yunda", "urge A B C; intercept D", cats=(7,))
R("{A} {B} 这俩 一个是猫粮一个是猫砂 猫粮那个拦截", "jd", "", nh=True, cats=(7,))
R("单号\t问题\t备注\n{A}\t拦截\t客户拒收\n{B}\t改址\t{PN} 杭州市西湖区 文三路 90号\n{C}\t催件\t", "zto",
  "intercept A; change_address B; urge C", cats=(7, 4))
R("{A} {B} {C} 都是给同一个超市的 全部加急", "jt", "urge A B C")
R("就是说我今天有四个件要处理 你们记一下哈 {A} 拦截 {B} 也拦截 然后呢 {C} 这个 客户说破了 登记一下 {D} 查一下到哪了",
  "cainiao", "intercept A B; damaged C; track D", cats=(7,))
R("{A} {B} {C} 第一个和第三个撤单 第二个已经揽收了 拦截", "ems", "cancel A C; intercept B", cats=(7,))
R("{A}\n{B}\n{C}\n其他的不用管 就最上面那个 退回来", "sto", "intercept A", cats=(7, 1))
R("{A} 催 {B} 催 {C} 不用 {C} 到了", "deppon", "urge A B", cats=(7, 1))
R("{A}\t改地址\t重庆市江北区 观音桥 步行街 9号\n{B}\t改地址\t重庆市南岸区 南坪 万达 3栋", "yto",
  "change_address A B", cats=(7,))
R("{A} {B} 两个件 前头那个是压坏了 后头那个是丢了 都要赔", "zto", "claim A B", cats=(7, 8))

# =========================================================================================================
# Compound requests (category 8)
# =========================================================================================================
R("{A} 丢了 申请理赔", "zto", "claim A", cats=(8,))
R("{A} 一箱鸡蛋碎了一大半 快递员还不承认说是我没包好 我要投诉他", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 东西压坏了 要赔 快递员态度还差 一并投诉", "jt", "claim A; complaint A", cats=(8,))
R("{A} 五天没动了 给我催一下 顺便登记个延误 客户那边要我给个说法", "sto", "urge A; delay A", cats=(8,))
R("{A} 三天没动了 催一下", "yunda", "urge A", cats=(8,))
R("{A} 快递员没打电话就给退回来了 我要投诉他", "cainiao", "complaint A", cats=(8,))
R("{A} 拦截 还要投诉 你们快递员私自把件放快递柜 客户腿脚不好取不了", "sf", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 客户要投诉", "sf", "delay A; complaint A", cats=(8,))
R("{A} 快点送吧 客户投诉了 说我发货慢 其实是你们慢", "jd", "urge A; complaint A", cats=(8,))
R("{A} 显示签收了客户没收到 快递员乱签 投诉", "ems", "verify_delivery A; complaint A", cats=(8,))
R("{A} 超重了 多收我十几块 核一下重量 网点这样乱收费我要投诉", "zto", "weight A; complaint A", cats=(8,))
R("{A} 漏液 把箱子都泡了 客户拒收 要赔", "jd", "claim A", cats=(8,))
R("{A} 丢件 理赔 快递员还说不关他事 投诉", "yto", "claim A; complaint A", cats=(8,))
R("{A} 一个礼拜没动静了 肯定是丢了 给我赔", "sto", "claim A", cats=(8,))
R("{A} 拦截 另外投诉一下你们揽件的 约好上午来下午才来 耽误我一天", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 送错地方了 送到隔壁村去了 客户跑去拿的 投诉", "cainiao", "complaint A", cats=(8,))
R("{A} 东西碎了 快递员不给上门 还骂人 我要投诉 还要赔偿", "zto", "claim A; complaint A", cats=(8,))
R("{A} 催一下 客户说要投诉快递员 打了好几个电话都不接", "sf", "urge A; complaint A", cats=(8,))
R("{A} 外箱破了 东西没事 登记一下就行 不用赔", "yunda", "damaged A", cats=(8, 1))
R("{A} 少了一袋 登记丢件 然后申请理赔", "ems", "claim A", cats=(8,))
R("{A} 延误了三天 水果都烂了 要赔偿", "yto", "claim A", cats=(8,))
R("{A} 投诉 快递员把我的件给拦截退回了 我没让拦", "jd", "complaint A", cats=(8, 1))
R("{A} 改地址 之前那个快递员说改不了 态度还差 投诉他 新地址 衡阳市蒸湘区 解放西路 7号", "sto",
  "change_address A; complaint A", cats=(8,))
R("{A} 是仲裁 不是理赔 理赔已经走过了 不满意", "zto", "arbitration A", cats=(8, 2))
R("{A} 派件员把件扔门口被雨淋湿了 画册全泡了 要赔钱 我还要投诉这个人", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 狗粮袋子被划破了 里面还进水了 都发霉了 登记破损 然后呢那个派件的 我要投诉 他自己承认是他扔的", "jt",
  "damaged A; complaint A", cats=(8,))
R("{A} 又不动了 上回催了也没用 这回催一下 再给登记延误 再不到客户要退款了", "cainiao", "urge A; delay A", cats=(8,))
R("{A} 快递员偷偷把件给改派到驿站了 也没问客户 我要投诉", "yunda", "complaint A", cats=(8,))
R("{A} 拦截 同时催一下 {B} 客户都是一个村的", "ems", "intercept A; urge B", cats=(8, 7))

# =========================================================================================================
# Hedged and conditional requests
# =========================================================================================================
R("{A} 要不拦截吧 我再问问客户", "yto", "intercept A", cf=True)
R("{A} 可能要退回 客户还没定 先拦着吧？", "zto", "intercept A", cf=True)
R("{A} 如果还没签收就拦截", "jt", "intercept A")
R("{A} 好像得改个地址 客户说他可能不在那边了 改到 德阳市旌阳区 长江西路 二段 15号 我再确认下", "sto", "change_address A",
  cf=True)
R("{A} 看看能不能撤单 好像还没来取", "yunda", "cancel A", cf=True)
R("那个 {A} 我在想要不要拦 客户说不太想要了 你们先拦着 我晚点问问他", "sf", "intercept A", cf=True)
R("{A} 还没派的话就拦截 派了就算了", "cainiao", "intercept A")
R("{A} 如果还在你们网点 就改地址到 锦州市古塔区 中央大街 二段 18号", "jd", "change_address A")
R("{A} 拦截 也不一定 看客户意思吧 我先跟你们说一声", "deppon", "intercept A", cf=True)
R("{A} 要不 撤了吧 感觉这单要黄", "ems", "cancel A", cf=True)
R("{A} 要不催一下吧", "sto", "urge A")
R("{A} 拦 不拦 拦吧 哎呀我也不知道 客户一会儿一个说法", "yto", "intercept A", cf=True)
R("{A} 改地址吧 估计得改 地址等客户发给我我再发你", "jt", "change_address A", nh=True)
R("{A} 到了网点先别派 可能要退回", "zto", "intercept A", cf=True)
R("那个就是说 {A} 客户好像是不要了 微信也不回 要不先退回来？你们看着办", "cainiao", "intercept A", cf=True)

# ---------------------------------------------------------------------------------------------------------
# Harness
# ---------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    W.main()
