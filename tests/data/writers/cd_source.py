"""Writer cd: small merchants of Shanghai, Suzhou, Hangzhou and Ningbo in their outlets' WeChat groups, writing
Wu words into Mandarin as they speak.

Casting note. The people who write are small shopkeepers of the Wu-speaking south, most of them past fifty, and the
grown children who type for them. In Shanghai: 王阿姨 (王记糕团, 老西门: 鲜肉月饼, 条头糕, 定胜糕, 青团 in spring,
粽子 in summer), who talks to her phone and lets voice input turn 阿拉 into 啊啦 and 侬 into 农; 沈家姆妈 and her
daughter 小沈 (真丝围巾 and 丝绸睡衣, a stall near 南京东路 and an online shop the daughter runs); 老陈 (天山茶城, 龙井,
碧螺春, 白茶), an uncle who types slowly with one finger and no punctuation; 小林 (a young woman selling 国货 cosmetics,
百雀羚 and 双妹 sets, from her flat in 静安), who writes the same Wu-flavoured Mandarin faster. In Suzhou: 顾阿姨 (苏绣
and silk at 观前街, Suzhou words 倪, 俚, 哉, 阿是, 啥体) and 周师傅, a 碧螺春 grower of 东山 whose son 周小军 types for
him and says so. In Hangzhou: 俞老板 (children's clothes from 四季青, sizes 90 to 160) and 钱阿姨 (龙井 from 梅家坞,
木佬佬, 作啥). In Ningbo: 胡师傅 (宁波汤圆, 水磨年糕, 苔条饼, 三北豆酥糖) and his daughter 阿娣, who types for him and
puts his numbers right. They write 阿拉 侬 伊 伊拉 搿只 伐 晓得伐 好伐 覅 勿要 交关 老(很) 弄 啥 辰光 帮帮忙 毛估估
拨 一记 脱 今朝 明朝 寻勿着 掼坏 瘪脱 搬场 铜钿; they thank with 谢谢侬 and 辛苦侬了, tell why before or after they
ask, put the number first, last or in the middle, change their minds when a customer calls back, and send their
parcels by ZTO, YTO, STO, Yunda, J&T, SF, EMS, JD, Deppon and Cainiao from the outlets of their district; some of
their groups take several carriers. Pastries spoil, tea tins dent, silk is sent back for the wrong colour, and
children's clothes for the wrong size. Numbers that are not waybills: customers' phones, platform order numbers,
prices, grams and 姆米 of silk, sizes, pick-up codes, the last digits of a number read over the phone.
"""

from harness import Writer

W = Writer("cd", seed=2718281)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule
BOT = "网点小助手"


def wq(who: str, said: str) -> str:
    """A WeCom quote of an earlier message."""
    return f"「{who}：{said}」\n{Q}\n"


# ---------------------------------------------------------------- 0: everyday requests
# intercept
R("{A} 帮阿拉拦一记，客户勿要了，谢谢侬", "zto", "intercept A")
R("侬好，{A} 搿只件麻烦拦截退回，地址写错脱了", "yto", "intercept A")
R("{A} 退回来 拨阿拉 老西门店里", "sto", "intercept A")
R("{A}\n拦截退回 谢谢", "jt", "intercept A")
R("喂 喂 那个 {A} 拦截 拦截退回 阿拉发错颜色了 粉红额发成湖蓝额了", "zto", "intercept A", cats=(5,))
R("帮帮忙 {A} 拦一拦，客户讲买重了，两条丝巾伊只要一条", "yto", "intercept A")
R("{A} 搿只退回苏州，收件人电话打勿通三日天了", "ems", "intercept A")
R("{A} {B} 两只全部拦脱，客户退款了", "yunda", "intercept A B")
R("我妈让我发的：{A} 拦截退回，她说这批月饼馅料有问题，要收回来重新做", "zto", "intercept A")
R("{A} 侬帮我退回去好伐", "yto", "intercept A", cats=(5,))
R("{A} 帮阿拉截回来，里厢少装了一罐碧螺春", "sf", "intercept A")
R("嗯 {A} 嗯 阿拉要拦截 搿只件 发错人了 伊拉两家人名字差勿多", "yto", "intercept A", cats=(5,))
R("{A} 真丝睡衣尺码发错，L发成M了，麻烦拦回来", "sf", "intercept A")
R("{A} 拦牢伊！客户讲伊已经买着了，勿要了", "sto", "intercept A", cats=(5,))
R("侬好 {A} 能拦伐", "zto", "intercept A", cats=(5,))
R("{A} 搿只可以退回来伐 客户讲伊地址勿对额", "yto", "intercept A", cats=(5,))
R("麻烦侬 {A} 退转来", "zto", "intercept A", cats=(5,))
R("{A} 客户讲伊人在外地出差 一个月勿回来 退回吧", "yto", "intercept A")
R("倪搿只 {A} 要退回来哉，俚讲颜色勿欢喜", "ems", "intercept A", cats=(5,))
R("{A} 拦截 儿童套装 120码发成110码了", "zto", "intercept A")
R("阿娣帮我爸发：{A} 退回，汤圆发错口味了，黑洋酥发成豆沙了", "sto", "intercept A")
R("{A} 截件 截件 急额", "yunda", "intercept A")
R("你好，麻烦把 {A} 拦回来，是我妈妈发错了，应该发明前的她发成雨前的了", "sf", "intercept A")
R("{A} 拦截退回 原因客户地址写到隔壁小区去了 阿拉重新寄", "yto", "intercept A")
R("农好 啊啦 {A} 要拦截 谢谢农", "zto", "intercept A", cats=(5,))
R("{A} 钱阿姨额茶叶 客户拒收了 退回梅家坞", "yunda", "intercept A")
R("{A} 伊拉屋里讲人勿在 拒收 退转来好了", "yto", "intercept A")
R("{A} 拦截，拦勿牢就算了，让伊送", "sto", "intercept A", cats=(1,))
R("{A} 搿只粽子发出去第二日客户就退款了，拦回来吧，反正到伊手里也要坏脱", "sf", "intercept A")
R("{A} 交关急额 帮阿拉拦一记 发错城市了 杭州发到了广州", "zto", "intercept A")

# cancel
R("{A} 撤单，快递员还没来收", "zto", "cancel A")
R("{A} 面单打错了 作废 重新打一张", "sto", "cancel A")
R("取消寄件 {A}，客户改主意了", "yunda", "cancel A")
R("{A} {B} 勿寄了 取消 取消", "jt", "cancel A B", cats=(5,))
R("今朝下半天下额单 {A} 勿要来收了 撤单 谢谢侬", "zto", "cancel A", cats=(5,))
R("我爸让我撤掉 {A}，他面单上电话写错了一位，重新下单", "sto", "cancel A")
R("{A} 搿张单子作废，客户自家开车来店里拿脱了", "zto", "cancel A")
R("{A} 取消订单 快递员覅来了", "yunda", "cancel A", cats=(5,))
R("倪 {A} 勿寄哉，撤脱俚", "ems", "cancel A", cats=(5,))
R("{A} 扯单 扯单 谢谢", "zto", "cancel A", cats=(5,))
R("{A} 还没揽收，取消寄件", "sf", "cancel A")
R("{A} 作废掉，客户讲年糕勿要了", "sto", "cancel A")
R("阿拉下错单了 {A} 撤脱伊", "yto", "cancel A", cats=(5,))
R("{A}\n{B}\n撤单 两只全部", "zto", "cancel A B")
R("你好 {A} 搿只单子取消，客人讲地址要重新写，阿拉再下一只", "deppon", "cancel A")

# change address
R("{A} 改地址：上海市闵行区七宝镇新镇路1099弄12号601室 陈先生 {P}", "zto", "change_address A")
R("{A} 客户搬场了 改送到 苏州市吴中区木渎镇金山路66号 电话勿变", "yto", "change_address A")
R("{A} 地址改一改，原来写额是拱墅区，要改成 杭州市上城区望江路1号 望江府3幢1102", "sto", "change_address A")
R("{A} 勿送屋里了，改送到伊公司：宁波市鄞州区天童南路588号 宁波文化广场B座9楼前台", "yunda", "change_address A")
R("{A} 改地址 北京市朝阳区望京西园三区 311号楼 1单元 502 刘小姐 {PN}", "jt", "change_address A", cats=(4,))
R("麻烦 {A} 转寄到 上海市普陀区长寿路155号 东方百货? 勿对 是长寿路155弄 3号 201 张阿姨", "zto",
  "change_address A", cats=(2,))
R("{A} 改派到 南京市鼓楼区中山北路283号 收件人勿变", "yto", "change_address A")
R("{A} 地址改为 杭州市西湖区文三路478号华星时代广场A座12楼 俞老板收 {P}", "sf", "change_address A")
R("{A} 客户讲伊礼拜六勿在屋里 改送到伊娘家 宁波市江北区槐树路88弄5号 电话一样额", "ems", "change_address A")
R("帮帮忙 {A} 地址写错了 要改成 苏州市姑苏区干将西路1288号 顾阿姨 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 改地址\n新地址：浙江省嘉兴市南湖区中山东路1360号\n收件人：沈丽娟\n电话：{P}", "sto", "change_address A",
  cats=(4,))
R("{A} 转到 上海市浦东新区张杨路500号 华润时代广场 11楼 客户公司 前台代收", "yunda", "change_address A")
R("{A} 客户讲送到菜鸟驿站去，伊自家去拿：杭州市余杭区五常街道 西溪蝶园 菜鸟驿站", "cainiao", "change_address A")
R("{A} 收件地址更改：成都市武侯区人民南路四段 11号 电话勿变 人也勿变", "jt", "change_address A")
R("我妈说 {A} 地址写成老房子了，改到 宁波市海曙区中山西路 2号 阿娣收 {PN}", "zto", "change_address A",
  cats=(4,))
R("{A} 麻烦改到 苏州工业园区星湖街 328号 创意产业园 11栋 周小军 {P}", "sf", "change_address A")
R("{A} 地址改成 上海市黄浦区 老西门 中华路 1600号 王记糕团 店里 伊自家来拿", "zto", "change_address A")

# urge
R("{A} 哪能还勿到，帮帮忙催一催", "zto", "urge A", cats=(5,))
R("{A} 月饼放勿牢额，麻烦催催快点派", "yto", "urge A")
R("{A} 客户等了四日天了，催一记", "sto", "urge A", cats=(5,))
R("帮阿拉催催 {A} {B}", "yunda", "urge A B")
R("{A} 老慢额 侬帮我催一催好伐 谢谢侬", "jt", "urge A", cats=(5,))
R("{A} 加急 里厢是青团 再放要馊脱了", "sf", "urge A")
R("{A} 麻烦催一下派送，客户明朝要出国了", "yto", "urge A")
R("{A} 倪客人等勿及哉，催催俚", "ems", "urge A", cats=(5,))
R("{A} 到杭州两日了还没派 催一催", "sto", "urge A")
R("{A} 交关急 明朝客户办喜事要用额 帮阿拉催快点", "zto", "urge A")
R("{A} 快点送 好伐 客户打了三只电话来了", "jt", "urge A", cats=(5,))
R("阿娣：我爸问 {A} 能不能催一下 年糕放久了要发霉", "yto", "urge A")
R("{A} 催一催派件员，伊讲今朝送伐晓得到底送勿送", "sto", "urge A")
R("{A}，{B}，{C} 三只全部催一记，全是发上海市区额，勿晓得哪能介慢", "yunda", "urge A B C")
R("{A} 快递员讲放假勿派，客户急煞了，帮阿拉催催", "yto", "urge A")
R("帮忙加急 {A} 童装 小朋友礼拜一开学要穿额", "zto", "urge A")
R("{A} 已经到宁波了 就是勿派 帮忙催催", "sto", "urge A")
R("{A} 吹一吹 派送 谢谢", "zto", "urge A", cats=(5,))

# track
R("{A}", "zto", "track A")
R("{A} 到啥地方了", "yto", "track A", cats=(5,))
R("{A} 啥辰光到", "sto", "track A", cats=(5,))
R("{A} 阿是到哉？", "ems", "track A", cats=(5,))
R("侬帮我看看 {A} 现在到阿里了", "zto", "track A", cats=(5,))
R("{A} 明朝到得了伐", "yunda", "track A", cats=(5,))
R("{A} 帮我查查物流", "jt", "track A")
R("{A} 搿只件寄出去了伐", "zto", "track A", cats=(5,))
R("老师 {A} 现在在啥地方 客户问我", "sto", "track A")
R("{A} 大概几日到 毛估估", "yunda", "track A", cats=(5,))
R("{A}\n{B}\n看看到阿里了", "zto", "track A B")
R("{A} 揽收了伐", "yto", "track A", cats=(5,))
R("{A} 发北京额 今朝能到伐", "sf", "track A")
R("侬好 {A} 搿只件现在啥情况", "yunda", "track A")
R("{A} 苏州到上海要几日", "ems", "track A")
R("{A} 俚阿是派出去哉", "yto", "track A", cats=(5,))
R("你好，帮我外婆查一下 {A} 到哪里了，她不会看", "zto", "track A")
R("{A} 物流咋样了", "jd", "track A")
R("{A} 伊拉讲到了驿站，是伐", "cainiao", "track A")

# verify delivery
R("{A} 显示签收了，阿拉客户讲没收着", "zto", "verify_delivery A")
R("{A} 签收了？客户屋里没人额，啥人签额 帮忙核实一记", "yto", "verify_delivery A", cats=(5,))
R("{A} 显示签收 但是客户讲伊根本没拿到，门卫也讲没看见", "sto", "verify_delivery A")
R("{A} 虚假签收 客户讲伊一日到夜在屋里 快递员电话也没打", "yunda", "verify_delivery A")
R("{A} 系统里讲妥投了 倪客人呒没收到", "ems", "verify_delivery A", cats=(5,))
R("{A} 签收人写额是本人 但是伊本人讲没签过 核实一下", "jt", "verify_delivery A")
R("{A} 显示已签收 快递柜里也寻勿着 客户急煞了", "zto", "verify_delivery A")
R("{A} 讲放在门口了 客户门口啥也没有", "sto", "verify_delivery A")
R("我爸的件 {A} 显示被别人签收了 可是收件人说没有收到 麻烦查一下谁签的", "zto", "verify_delivery A")

# damaged
R("{A} 茶叶罐头瘪脱了", "zto", "damaged A")
R("{A} 外箱掼坏脱了 里厢两盒月饼压扁了", "yto", "damaged A", cats=(5,))
R("{A} 精华液漏脱了 整只盒子湿透", "jt", "damaged A")
R("{A} 玻璃瓶子碎脱了 面霜一塌糊涂", "yunda", "damaged A", cats=(5,))
R("{A} 俚讲盒子烂脱哉，里向丝巾也弄龌龊了", "ems", "damaged A", cats=(5,))
R("{A} 收到额辰光包装全部破了 登记一下破损", "zto", "damaged A")
R("{A} 糕团压坏了 客户讲一只只全扁了", "sf", "damaged A")
R("{A} 苔条饼碎得一塌糊涂 盒子也瘪了", "sto", "damaged A")
R("{A} 箱子破了一只洞 里厢童装弄湿了", "yto", "damaged A")

# lost
R("{A} 寻勿着了 快递员讲伊也勿晓得", "zto", "lost A", cats=(5,))
R("{A} 丢件了 一个礼拜没信息 快递员讲件没了", "yto", "lost A")
R("{A} 件呒没了 网点讲寻过了寻勿着", "sto", "lost A", cats=(5,))
R("{A} 少件，一共三箱，客户只收到两箱", "yunda", "lost A")
R("{A} 到了中转以后就没了 半个月了 是勿是丢脱了", "zto", "lost A")
R("{A} 倪搿只件丢脱哉", "ems", "lost A", cats=(5,))
R("{A} 客户讲盒子里少了一罐龙井 外包装好好额", "yto", "lost A")

# weight
R("{A} 重量勿对 阿拉称过只有1.2公斤 侬拉算了3公斤", "zto", "weight A")
R("{A} 超重了？一条丝巾哪能会超重，帮阿拉查查重量", "sto", "weight A")
R("{A} 搿只件称一记 阿拉觉着收多了", "yunda", "weight A", cats=(5,))
R("{A} 计费重量8公斤 两盒茶叶8公斤啥道理 核一核", "jt", "weight A")
R("{A} 重量搞错脱了伐 帮阿拉核一记", "zto", "weight A", cats=(5,))
R("{A} 查重量 账单上扣了46块", "sf", "weight A", cats=(4,))
R("{A} 童装一件 称出来5公斤 侬看看对伐", "yto", "weight A")

# delay
R("{A} 三日天勿动了", "zto", "delay A", cats=(5,))
R("{A} 物流好几日没更新了", "yto", "delay A")
R("{A} 在杭州转运中心趴了四日了", "sto", "delay A")
R("{A} 延误 登记一下", "yunda", "delay A")
R("{A} 讲好两日到 现在第五日了还没到 延误了", "jt", "delay A")
R("{A} 一直显示在嘉兴中转 三日了一动勿动", "zto", "delay A", cats=(5,))
R("{A} 俚停勒苏州勿动哉 四五日了", "ems", "delay A", cats=(5,))
R("{A} 上礼拜三寄额 到今朝还在宁波 动也勿动", "sto", "delay A")

# claim
R("{A} 丢脱了 要理赔", "zto", "claim A")
R("{A} 月饼全部压烂了 要赔", "yto", "claim A")
R("{A} 寻勿着了 阿拉要赔铜钿 货值320块", "sto", "claim A", cats=(4,))
R("{A} 碎脱了 要赔偿", "yunda", "claim A")
R("{A} 龙井罐头瘪了 客户勿要了 阿拉要理赔 一罐680块", "jt", "claim A", cats=(4,))
R("{A} 理赔 件丢了 保价500", "sf", "claim A", cats=(4,))
R("{A} 申请赔付，面霜碎脱三瓶，每瓶128", "yto", "claim A", cats=(4,))

# complaint
R("{A} 快递员态度老差额，投诉", "zto", "complaint A")
R("{A} 要投诉 派件员讲也勿讲就放门口", "yto", "complaint A")
R("{A} 快递员凶得来 阿拉要投诉伊", "yunda", "complaint A", cats=(5,))
R("{A} 客诉 派送员让客户自家去站点拿 还讲勿去就退回", "jt", "complaint A")
R("{A} 我妈说快递员对她很凶 要投诉", "zto", "complaint A")

# arbitration
R("{A} 理赔谈勿拢 阿拉要申请仲裁", "zto", "arbitration A")
R("{A} 仲裁", "yto", "arbitration A")
R("{A} 赔额铜钿太少了 阿拉勿同意 走仲裁", "sto", "arbitration A")

# several parcels, one command each
R("{A} 拦截\n{B} 催件", "zto", "intercept A; urge B", cats=(7,))
R("{A} 催一催 {B} 查查到阿里了", "yto", "urge A; track B", cats=(7,))
R("{A} {B} {C}\n全部拦脱", "sto", "intercept A B C", cats=(7,))
R("{A} 撤单\n{B} 撤单\n{C} 撤单", "yunda", "cancel A B C", cats=(7,))
R("{A} 破了\n{B} 三日天勿动", "jt", "damaged A; delay B", cats=(7,))
R("{A} 退回，{B} 改送到 上海市静安区南京西路1266号 恒隆广场 徐小姐", "zto", "intercept A; change_address B",
  cats=(7,))
R("侬好，阿拉今朝有三只件要弄：{A} 拦截，{B} 催一催，{C} 帮阿拉看看到阿里了", "yto",
  "intercept A; urge B; track C", cats=(7,))
R("{A} 显示签收客户没收到\n{B} 重量勿对", "zto", "verify_delivery A; weight B", cats=(7,))
R("{A} 拦截 {B} 也拦截", "jt", "intercept A B", cats=(7,))
R("两只件：{A} 撤单，{B} 已经揽收了就拦截", "zto", "cancel A; intercept B", cats=(7,))
R("{A} 催催\n{B} 催催\n{C} 催催\n谢谢侬", "sto", "urge A B C", cats=(7,))
R("{A} 碎脱了，{B} 寻勿着，侬帮阿拉登记一记", "yunda", "damaged A; lost B", cats=(7,))

# several carriers in one group (prefixed numbers only)
R("{A} 拦截 顺丰额", None, "intercept A", draw={"A": "sf"})
R("{A} 极兔 到阿里了", None, "track A", draw={"A": "jt"})
R("{A} 京东额 撤单", None, "cancel A", draw={"A": "jd"})
R("{A} 德邦 三箱丝绸 少了一箱", None, "lost A", draw={"A": "deppon"})
R("{A} 顺丰 退回\n{B} 圆通 催一记", None, "intercept A; urge B", draw={"A": "sf", "B": "yto"}, cats=(7,))
R("{A} 邮政国际额 寄到日本 到阿里了", None, "track A", draw="ems_s10")
R("{A} 搿只到澳洲额 一个月了还没到 延误", None, "delay A", draw="ems_s10")
R("{A}\n{B}\n全部拦脱 一只顺丰一只极兔", None, "intercept A B", draw={"A": "sf", "B": "jt"}, cats=(7,))
R("{A} 京东 客户讲没收到 显示签收", None, "verify_delivery A", draw={"A": "jd"})

# chit-chat, questions without a waybill
R("谢谢侬", "zto")
R("收到 辛苦侬了", "sto")
R("明朝几点钟来收件", "yunda")
R("今朝快递员来伐？阿拉有二十几只件", "zto")
R("面单纸用光了 好送一卷来伐", "yto")
R("中秋节放假伐 月饼还要发额", "sto")
R("寄西藏新疆收勿收额", "zto")
R("月饼寄北京几日到", "jt")
R("快递员电话多少 阿拉寻勿着伊", "yto")
R("好额好额 谢谢侬 交关感谢", "zto")
R("明朝阿拉店里休息 勿要来收了", "yunda")
R("农好 啊啦今朝有件 快递员几点来", "zto", cats=(5,))
R("周小军：我爸问冷链能不能寄 碧螺春要冷藏", "sf")
R("阿拉新开额店 月结哪能弄", "zto")
R("上海到苏州一般要几日啊", "yunda")
R("今朝辛苦侬了 下趟请侬吃月饼", "yto")

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("订单号 {O}\n快递 {A} 拦截退回 客户退款了", "zto", "intercept A", cats=(4,))
R("客户电话 {PN} 打勿通，{A} 退回来吧", "yto", "intercept A", cats=(4,))
R("{A} 显示放快递柜了 取件码 8-3-2041 客户讲柜子里没有", "sto", "verify_delivery A", cats=(4,))
R("{A} 催一催 客户电话 {PN} 伊讲一直在屋里", "yunda", "urge A", cats=(4,))
R("{A} 改送到 宁波市鄞州区钱湖北路 399号 新电话 {PN}", "zto", "change_address A", cats=(4,))
R("订单 {O} 对应额快递 {A}，客户讲少了一盒定胜糕", "yto", "lost A", cats=(4,))
R("{A} 两罐明前龙井 250克一罐 1280块 罐头瘪脱了 客户要退 阿拉要理赔", "sto", "claim A", cats=(4,))
R("{A} 电话写错了 正确额是 {PN} 地址勿变", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 客户 {PN} 讲伊没收到 显示签收", "yunda", "verify_delivery A", cats=(4,))
R("阿拉月结号 0217536 搿个月账单勿对，{A} 哪能收了28块 重量勿对伐 核一核", "zto", "weight A", cats=(4,))
R("{O} 搿只订单额件到阿里了 快递单号 {A}", "sto", "track A", cats=(4,))
R("{P}\n{A}\n拦截 上面是客户电话", "zto", "intercept A", cats=(4,))
R("{A} 客户讲 11月3号之前一定要到 侬帮阿拉催催", "jt", "urge A", cats=(4,))
R("{A} 保价2000 丝绸被面 寻勿着了 要赔", "sf", "claim A", cats=(4,))
R("客户电话 {PN}，客户订单号 {O}，麻烦看看伊额件到阿里了", "yto", "", nh=True, cats=(4,))
R("尾号4417额那只件 客户讲勿要了 拦截", "yto", "", nh=True, cats=(4,))
R("{A} 收件人 王建华 {PN} 地址 上海市杨浦区国权路 525号 复旦南区 讲放驿站没收到", "yto", "verify_delivery A",
  cats=(4,))

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 覅拦了，客户讲伊还是要额", "zto", "", nh=True, cats=(1, 5))
R("昨日叫侬拦额 {A}，伐要拦了，伊拉屋里人讲收下来了", "yto", "", nh=True, cats=(1, 5))
R("{A} {B} 两只，{A} 拦脱，{B} 勿要拦，照常送", "zto", "intercept A", cats=(1, 7))
R("{A} 拦一记……算了算了 覅拦了 让伊送过去", "sto", "", cats=(1,))
R("勿是勿拦，是现在就要拦！{A} 侬快点", "yto", "intercept A", cats=(1,))
R("{A} 勿要退回，改送到 杭州市滨江区江南大道3850号 创新大厦15楼 俞小姐 {P}", "zto", "change_address A",
  cats=(1, 4))
R("{A} 覅撤单了 阿拉还是要寄额 刚刚讲错了", "yunda", "", nh=True, cats=(1, 5))
R("{A} 伐要改地址了 还是送原来额地方", "sto", "", nh=True, cats=(1, 5))
R("三只：{A} {B} {C}，全部拦截，{C} 除外，{C} 让伊送", "yunda", "intercept A B", cats=(1, 7))
R("{A} 客户讲勿要了，但是阿拉勿想拦，侬帮阿拉催一催，送到了伊再讲", "zto", "urge A", cats=(1,))
R("客户讲 {A} 勿要了，阿拉拦截。{B} 伊讲要额，覅动伊", "yto", "intercept A", cats=(1,))
R("{A} 拦截退回\n{B} 拦截退回\n{C} 勿拦 客户刚刚回电话讲要额", "zto", "intercept A B", cats=(1, 7))
R("{A} 拦啥拦 覅拦 侬帮我催催就好", "yto", "urge A", cats=(1,))
R("{A} 勿是要退回 是要改地址 改到 苏州市相城区元和街道 御窑路 18号 顾阿姨收", "sto", "change_address A",
  cats=(1,))
R("姆妈讲 {A} 勿要撤单了，伊拉又要了。我前头发错了", "zto", "", nh=True, cats=(1,))
R("{A} 勿用赔了 客户讲算了 伊自家粘粘好用了", "jt", "", nh=True, cats=(1,))
R("{A} 覅覅覅 覅拦！搿只是对额 阿拉上一条发错了", "sto", "", nh=True, cats=(1, 5))
R("{A} {B} {C} 全部退回，哦 {B} 勿要退，{B} 客户讲要额", "yunda", "intercept A C", cats=(1, 7))
R("{A} 勿是勿要，是送晏了，伊要额，侬催一催", "yto", "urge A", cats=(1,))
R("{A} 老早讲过覅拦了 哪能还在拦 帮帮忙 让伊送", "sto", "", nh=True, cats=(1,))
R("{A} 勿要拦截，勿要撤单，就是问问到阿里了", "yto", "track A", cats=(1,))
R("{A} 覅送屋里 屋里没人 送到伊店里：上海市黄浦区福州路 424号 一楼 文具店 沈先生", "zto", "change_address A",
  cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 撤单。哦勿对，已经揽收了，格么拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 勿对 号码打错脱了，是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改地址取消，还是拦回来吧", "sto", "intercept A", cats=(2,))
R("{A} 催一记。噢勿对，客户讲勿要了，退回", "yunda", "intercept A", cats=(2,))
R("{A} {B} 拦截。等等 讲错了 是 {A} {C}，{B} 是正常额", "zto", "intercept A C", cats=(2,))
R("{A} 送到 苏州市姑苏区人民路1200号，讲错了讲错了，是人民路1020号 顾阿姨收", "ems", "change_address A",
  cats=(2,))
R("我妈刚才说拦截，我问清楚了，是要改地址，{A} 改到 宁波市北仑区新碶街道 明州路 555号 胡先生", "sto",
  "change_address A", cats=(2,))
R("{A} 拦截……还是催催算了，客户讲再等两日", "yunda", "urge A", cats=(2,))
R("{A} 破损登记。弄错了，破额是 {B}，{A} 好好额", "zto", "damaged B", cats=(2,))
R("{A} 退回 哦勿 是 {B} 退回，{A} 昨日已经签收了", "yto", "intercept B", cats=(2,))
R("更正：上面讲额 {A} 勿是撤单，是拦截", "zto", "intercept A", cats=(2,))
R("{A} 催件，{B} 拦截。噢搞反脱了，{A} 拦截，{B} 催件", "yto", "intercept A; urge B", cats=(2, 7))
R("阿娣：我爸刚才报的号码不对，是 {A} 不是 {A:typo}，要拦截", "sto", "intercept A", cats=(2,))
R("{A:cut} 拦截 少打了一位 {A}", "yto", "intercept A", cats=(2, 6))
R("{A} 催一催，勿对，伊讲要改地址，改到 上海市宝山区 牡丹江路 1211号 5楼", "zto", "change_address A", cats=(2,))
R("{A} 地址改到 杭州市拱墅区 莫干山路 100号，勿对勿对，是 杭州市拱墅区 莫干山路 1000号", "zto",
  "change_address A", cats=(2,))
R("{A} 延误 …… 勿是延误 是寻勿着了 快递员讲件没了", "zto", "lost A", cats=(2,))
R("{A:typo} {B} 拦截，第一只号码打错了，是 {A}", "yunda", "intercept A B", cats=(2,))

# ---------------------------------------------------------------- 3: quotes of colleagues and of the bot
R(wq("顾阿姨", "{A} 客户讲勿要了") + "侬帮伊拦一记", "ems", "intercept A", cats=(3,))
R(wq("小沈", "{A} 拦截退回") + "搿只覅拦了，客户又要了", "zto", "", nh=True, cats=(1, 3))
R(wq("老陈", "{A} 撤单") + "撤单勿对额，已经揽收了，要拦截", "yto", "intercept A", cats=(2, 3))
R("回复 @周小军：{A} {B} 这两只拦截\n{B} 覅拦，只拦 {A}", "zto", "intercept A", cats=(1, 3))
R(wq(BOT, "@王阿姨 {A} 拦截已提交，结果会第一时间通知您") + "好额 谢谢侬", "yto", "", cats=(3,))
R(wq(BOT, "@王阿姨 {A} 已为您催促派送，请耐心等待") + "催了两日天了还勿到，侬再催催，客户要投诉了", "zto",
  "urge A; complaint A", cats=(3, 8))
R(wq(BOT, "@沈家姆妈 {A} 已签收，无法拦截") + "签收了？客户讲伊没收着，侬帮忙查查是啥人签额", "sto",
  "verify_delivery A", cats=(3,))
R(wq(BOT, "@老陈 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）") + "噢 格么撤单 {A}", "yunda",
  "cancel A", cats=(2, 3))
R(wq(BOT, "@胡师傅 请确认：{A} 拦截退回？回复“确认”即办理") + "确认", "zto", "intercept A", cats=(3,))
R(wq(BOT, "@胡师傅 请确认：{A} 拦截退回？回复“确认”即办理") + "等等 我再问问阿拉阿娣", "zto", "", cats=(3,))
R(wq(BOT, "@顾阿姨 {A} 拦截已提交，结果会第一时间通知您") + "覅拦了覅拦了 俚又要哉", "ems", "", nh=True,
  cats=(1, 3, 5))
R(wq(BOT, "@小林 您的消息已转人工客服处理，请稍候") + "等了半日了 {A} 到底拦得牢伐 人呢", "zto", "", nh=True,
  cats=(3,))
R("「阿娣：{A} 地址写错了」\n" + Q + "改到 宁波市江东区 百丈东路 787号 胡师傅收", "sto", "change_address A",
  cats=(3,))
R(wq("王阿姨", "{A} {B} 帮我催一催") + "{A} 已经到了，就催 {B}", "zto", "urge B", cats=(3, 7))
R("引用 小林：@老陈 侬搿只 {A} 要拦伐\n要额要额 拦脱", "yto", "intercept A", cats=(3,))
R(wq("周小军", "爸，{A} 是不是要退回") + "是额 退回", "ems", "intercept A", cats=(3, 5))
R(wq(BOT, "@沈家姆妈 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您") + "破了要赔额呀 登记有啥用 阿拉要理赔",
  "jt", "claim A", cats=(3, 8))
R(wq(BOT, "@俞老板 {A} 拦截已提交，结果会第一时间通知您") + "还有 {B} 也拦一记", "yto", "intercept B", cats=(3,))
R("“{A} 拦截退回” —— 搿条是阿拉囡囡发额，发错了，其实是要改地址，改到 上海市虹口区 四川北路 1888号 沈丽娟",
  "sto", "change_address A", cats=(2, 3))
R(wq(BOT, "@老陈 {A} 已为您登记延误工单，结果会第一时间通知您") + "谢谢侬 顺便 {B} 也三日天没动了", "zto",
  "delay B", cats=(3,))
R("「顾阿姨：{A} 拦截」\n" + Q + "阿姨侬搞错了 搿只是隔壁店额", "ems", "", nh=True, cats=(1, 3))
R(wq("阿娣", "{A} {B} {C}") + "搿三只我爸讲全部催一催", "sto", "urge A B C", cats=(3, 7))

# ---------------------------------------------------------------- mentions of commands not asked, questions
R("上趟拦截额那只 {A} 到啥地方了", "zto", "track A")
R("{A} 拦牢了伐？", "yto", "", nh=True, cats=(5,))
R("{A} 地址改好了伐", "sto", "", nh=True, cats=(5,))
R("拦截要收铜钿伐", "zto", "", nh=True, cats=(5,))
R("{A} 撤脱了伐，快递员刚刚还打电话来讲要来收", "yunda", "", nh=True, cats=(5,))
R("{A} 理赔额铜钿啥辰光到账", "jt", "", nh=True)
R("客户天天催我，{A} 到底啥辰光到", "zto", "track A")
R("{A} 阿拉改天再寄别额，先问问搿只到阿里了", "yto", "track A")
R("{A} 搿只老早签收了 客户也讲收到了 谢谢侬", "zto", "")
R("{A} 破是勿破额 就是外箱有点潮 客户讲没关系", "yto", "")
R("阿拉上礼拜改地址额 {A} 现在到了伐", "yunda", "track A")
R("{A} 赔勿赔额？外箱破得一塌糊涂 里厢茶叶罐全瘪", "yto", "claim A", cats=(8,))
R("上趟投诉额快递员今朝又来了 态度好多了 谢谢侬拉", "zto", "")
R("{A} 拦截成功没有啊 客户等回音", "jt", "", nh=True)
R("{A} 拦下来了伐 阿拉好退铜钿拨客户", "zto", "", nh=True, cats=(5,))
R("客户讲要投诉阿拉发货慢，{A} 其实老早发出去了，侬看看到阿里了", "sto", "track A")
R("{A} 搿只件是勿是丢脱了？一个礼拜没动了", "yto", "lost A")
R("{A} 哪能还勿到 是勿是延误了", "zto", "delay A")
R("破损理赔要啥材料 拍照片好伐", "yto", "", nh=True)
R("昨日讲额改地址 {A} 侬拉弄了伐", "zto", "", nh=True)
R("{A} 显示退回中 是侬拉拦额还是客户拒收额", "yto", "", nh=True)

# ---------------------------------------------------------------- hedges
R("{A} 要么拦脱伊算了？我再问问客户", "zto", "intercept A", cf=True)
R("{A} 好像要改地址，客户讲伊搬到 上海市松江区 文诚路 500号 去了，我再确认一记", "yto", "change_address A",
  cf=True)
R("{A} 毛估估客户勿要了，先拦着吧？等伊回音", "sto", "intercept A", cf=True, cats=(5,))
R("{A} 看看能勿能撤单", "yunda", "cancel A", cf=True)
R("{A} 可能要退回 伊讲伊勿在屋里", "zto", "intercept A", cf=True)
R("{A} 拦截退回……哎 勿晓得 客户一歇讲要一歇讲勿要 侬看着办", "yto", "intercept A", cf=True)
R("{A} 拦是要拦额，就是勿晓得拦得牢伐", "sto", "intercept A")
R("{A} 要勿要拦啊 客户讲伊可能勿要了", "zto", "intercept A", cf=True)
R("{A} 先拦一拦吧？我问问俚再讲", "ems", "intercept A", cf=True, cats=(5,))
R("{A} 如果还没签收就拦截", "zto", "intercept A")
R("{A} 拦截 改地址 拦截 改地址 哎呀我也拎勿清了 客户还没讲死", "zto", "", nh=True, cats=(2,))
R("{A} 似乎要改地址 客户讲伊搬到 杭州市西湖区 古墩路 701号 紫金广场 去了 我再核对一下", "yunda",
  "change_address A", cf=True)
R("{A} 勿晓得要勿要退回 阿拉姆妈讲退 阿拉讲勿退 侬先退吧", "yto", "intercept A", cf=True)

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n催催", "zto", "urge A", cats=(6,))
R("{A:sp} 到阿里了", "ems", "track A", draw="ems_s10", cats=(6,))
R("{A:sp} 退回 谢谢侬", "ems", "intercept A", draw="ems_s10", cats=(6,))
R("{A:nl} 退回来", "jt", "intercept A", cf=True, cats=(6,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:fw} 拦截退回", "sto", "intercept A", cats=(6,))
R("{A:nl} 改地址 上海市杨浦区 国定路 335号 李老师", "sf", "change_address A", cf=True, cats=(6,))
R("{A:x} 拦截", "jt", "", nh=True, cats=(6,))
R("{A:sp} 显示签收 俚没收到", "ems", "verify_delivery A", draw="ems_s10", cats=(6,))
R("{A:dash}\n{B:dash}\n两只全部退回", "yto", "intercept A B", cats=(6, 7))

# ---------------------------------------------------------------- 7: positions, tables
R("{A}\n{B}\n{C}\n头一只拦脱，后头两只催一催", "zto", "intercept A; urge B C", cats=(7,))
R("{A}\n{B}\n{C}\n上面三只全部退回", "yto", "intercept A B C", cats=(7,))
R("{A}\t拦截\t客户拒收\n{B}\t改地址\t上海市徐汇区 天钥桥路 580号 徐先生\n{C}\t催件", "sto",
  "intercept A; change_address B; urge C", cats=(7,))
R("{A} {B} 搿两只一只拦一只催", "zto", "", nh=True, cats=(7,))
R("{A}\n{B}\n第二只拦截 第一只覅动", "yunda", "intercept B", cats=(1, 7))
R("{A}\n{B}\n{C}\n中间额那只退回", "zto", "intercept B", cats=(7,))
R("{A} {B} {C} 前两只撤单 最后一只拦截", "yto", "cancel A B; intercept C", cats=(7,))
R("{A}\n{B}\n最后一只显示签收了客户没收着", "zto", "verify_delivery B", cats=(7,))
R("{A}\n{B}\n{C}\n一只拦截 两只催", "yunda", "", nh=True, cats=(7,))
R("阿拉今朝发额：\n{A}\n{B}\n{C}\n第一只第三只退回", "yto", "intercept A C", cats=(7,))
R("{A}\n{B}\n{C}\n除脱第二只 其他全部拦截", "zto", "intercept A C", cats=(1, 7))
R("1.{A} 拦截\n2.{B} 撤单\n3.{C} 催一催", "sto", "intercept A; cancel B; urge C", cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 茶叶罐头全部瘪脱了，要赔，快递员还凶阿拉，投诉伊", "zto", "claim A; complaint A", cats=(8,))
R("{A} 掼坏脱了 快递员态度老差 投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 拦截 顺便投诉一记派件员 伊讲勿送就勿送", "yunda", "intercept A; complaint A", cats=(8,))
R("{A} 五日天勿动了，客户要投诉", "zto", "delay A; complaint A", cats=(8,))
R("{A} 快点送，客户投诉阿拉了", "jt", "urge A; complaint A", cats=(8,))
R("{A} 压坏了 要赔偿 还要投诉 搿个快递员掼件掼得来", "yto", "claim A; complaint A", cats=(8,))
R("{A} 丢了 阿拉要理赔 你们要是再拖阿拉就申请仲裁", "sto", "claim A", cats=(8,))
R("{A} 理赔加仲裁 一个月了没人理", "zto", "claim A; arbitration A", cats=(8,))
R("{A} 破损 {B} 丢件 两只全部要赔", "yto", "claim A B", cats=(7, 8))
R("{A} 显示签收没收到 投诉派件员", "zto", "verify_delivery A; complaint A", cats=(8,))

# ---------------------------------------------------------------- stories, aunties and uncles, children typing
R("喂 侬好 我是老西门王记糕团额王阿姨 昨日发额 {A} 客户讲伊屋里没人 伊要到礼拜三再回来 阿拉额定胜糕放勿到礼拜三额 "
  "侬帮阿拉退回来算了", "zto", "intercept A", cats=(5,))
R("阿拉老头子讲 {A} 搿只件寄到伊拉阿哥屋里额 伊阿哥住院了 屋里没人 改送到 上海市徐汇区 宛平南路 600号 伊阿嫂收", "yto",
  "change_address A", cats=(5,))
R("我是周小军，帮我爸问：{A} 这个碧螺春是寄给老客户的，三天了还在苏州没走，能不能催一下", "ems", "urge A")
R("伊讲伊勿要了 侬讲好笑伐 搿能好额丝巾 {A} 退回来", "sto", "intercept A", cats=(5,))
R("阿拉搿只件 {A} 啊 寄到广州额 客户讲伊等了一个礼拜 一点消息也呒没 侬帮阿拉查查 到底到阿里了", "zto",
  "track A", cats=(5,))
R("小沈帮她妈妈发：{A} 客户说收到的丝巾有一根抽丝了，外包装也破了，要登记破损", "sf", "damaged A")
R("唉 作孽 {A} 搿只件老太太等了半个月 侬拉讲丢脱了 阿拉要赔 货值180", "zto", "claim A", cats=(4,))
R("胡师傅：{A} 年糕 宁波发杭州 三日了 还没到 晓得伐 年糕要坏脱额 侬帮帮忙 催一催", "sto", "urge A")
R("{A} 啊呀 阿拉搿只写错地址了 写到阿拉自家屋里来了 侬帮阿拉改到 苏州市姑苏区 十全街 588号 徐小姐 {P}", "yto",
  "change_address A", cats=(4,))
R("钱阿姨：龙井 {A} 俚讲盒子里少了一包 外头封口好好额 快递员讲伊勿晓得 侬拉登记一记少件", "yunda", "lost A")
R("侬好侬好 我是梅家坞钱阿姨 嗯 那个 {A} 搿只快递 客户讲一直没收到 但是显示签收了 侬帮阿拉看看 啥人签额", "zto",
  "verify_delivery A", cats=(5,))
R("俞老板：{A} 童装发错码了 小朋友穿勿进 客户讲退货 拦回来", "yto", "intercept A")
R("阿娣代我爸发 {A} 苔条饼 客户收到碎成粉了 我爸说要赔 一盒68块 两盒", "sto", "claim A", cats=(4,))
R("侬看看 {A} 搿只件 阿拉星期一寄额 今朝星期五了 还在上海 搿个叫啥快递 侬拉延误登记一记", "zto", "delay A")
R("哦哟 {A} 客户讲收到额时候盒子全部湿脱了 里厢额真丝睡衣发霉了 阿拉要理赔 还要投诉 搿个派件员放在外头淋雨",
  "jt", "claim A; complaint A", cats=(8,))
R("小林：宝宝们 我是小林 {A} 这个帮我催一下哈 客户等着送人的", "zto", "urge A")
R("阿拉姆妈讲 {A} 勿要寄了 伊自家送过去 撤单", "yunda", "cancel A")
R("嗯 喂 阿拉 阿拉今朝寄额 {A} 嗯 寄错了 寄到 寄到湖州去了 应该寄杭州 侬帮阿拉 拦一拦", "zto", "intercept A",
  cats=(5,))
R("周小军：{A} 我爸说茶叶罐压扁了，能不能赔？罐子是定做的 一只45", "ems", "claim A", cats=(4,))
R("{A} 伊讲收到了 又讲没收到 我也搞勿清 侬帮阿拉核实一记签收", "yto", "verify_delivery A")
R("{A} 快递员讲客户电话打勿通 阿拉打得通额 {PN} 侬拨伊再派一趟", "yunda", "urge A", cats=(4,))
R("沈家姆妈：{A} 搿只件客户讲要拒收 伊讲颜色同图片勿一样 退回来拨阿拉", "zto", "intercept A")
R("宁波胡师傅 {A} {B} 汤圆 两只件 侬帮阿拉看看 到阿里了 客户急煞", "yto", "track A B")
R("{A} 俚讲派件额辰光箱子就破哉 里向额苏绣还好 就是框子裂脱哉 倪要登记破损", "ems", "damaged A", cats=(5,))
R("俞老板 {A} 客户讲尺码小了 伊要退货 但是件还在路上 先拦回来吧", "sto", "intercept A")
R("{A} 搿只寄到新疆额 客户讲运费补拨伊 阿拉勿想补 退回来算了", "zto", "intercept A", cats=(1,))
R("小林：{A} 面霜 客户说收到是空盒子 麻烦登记一下 少件", "jt", "lost A")

# ---------------------------------------------------------------- more everyday, mixed lengths
R("{A}？", "sto", "track A")
R("{A} 到伐", "yunda", "track A", cats=(5,))
R("{A} 撤", "yto", "cancel A")
R("{A} 改地址 上海市浦东新区 世纪大道 100号 环球金融中心 30楼", "zto", "change_address A")
R("{A} 阿是还在路上", "ems", "track A", cats=(5,))
R("{A} 麻烦转寄 上海市长宁区 天山路 1718号 天山茶城 3楼 老陈", "zto", "change_address A")
R("{A} 啥辰光派 客户今朝在屋里", "yunda", "track A")
R("{A} 物流一直勿动", "sto", "delay A")
R("{A} 投诉快递员", "yto", "complaint A")
R("{A} 勿要派了 退回", "zto", "intercept A", cats=(1,))
R("{A} 快点 好伐", "yto", "urge A", cats=(5,))
R("{A} 拦截退回拨阿拉", "zto", "intercept A", cats=(5,))
R("{A} 搿只件寄到 哈尔滨 要几日", "zto", "track A")
R("{A} {B} {C} 全部到阿里了", "yto", "track A B C")
R("{A} 催催伊 谢谢侬啊", "yunda", "urge A", cats=(5,))
R("{A} 德邦额 查件", "deppon", "track A")
R("{A} 一箱丝绸被 德邦送货上楼伐", "deppon", "", nh=True)
R("{A} 几时派送", "cainiao", "track A")
R("{A} 显示驿站签收了 客户去拿 驿站讲寻勿着", "cainiao", "verify_delivery A")
R("{A} 京东 催一催 冷链额", "jd", "urge A")
R("{A} 顺丰 显示签收 客户讲没有", "sf", "verify_delivery A")
R("{A} 申通 改地址 宁波市慈溪市 浒山街道 新城大道 北路 1号 阿娣", "sto", "change_address A")
R("{A} 圆通 延误登记", "yto", "delay A")
R("{A} 极兔 丢件", "jt", "lost A")

# ---------------------------------------------------------------- harder everyday: stories with the request in the middle
R("昨日夜里客户打电话来 讲 {A} 伊勿要了 伊老公已经买了 阿拉想想也没办法 帮阿拉拦截 钞票已经退拨伊了", "zto",
  "intercept A")
R("{A} 铜钿已经退拨客户了 物事伊留着 勿用退回来 就是问问现在到啥地方了", "yto", "track A", cats=(1,))
R("{A} 退款勿退货 客户讲东西伊留着 阿拉只想晓得伊收到了伐", "sto", "track A", cats=(1,))
R("{A} 快递员讲地址勿详细 派勿出去 伊讲要退回了 阿拉勿要退 补个门牌号：杭州市西湖区 文二路 391号 西湖国际 2幢 1201",
  "yunda", "change_address A", cats=(1,))
R("{A} 阿拉想拦截 但是客户讲伊已经在楼下拿到了 格么就算了", "yto", "", cats=(1,))
R("客户问 {A} 阿好改地址 伊还没想好改到阿里", "ems", "change_address A", nh=True)
R("{A} 改地址 客户讲伊等歇发新地址拨我", "zto", "change_address A", nh=True)
R("{A} 地址要改额 我寻寻客户发额新地址 寻勿着了", "sto", "change_address A", nh=True)
R("{A} 换个地方送 送到伊单位 上海市徐汇区 肇嘉浜路 1065号 飞雕国际大厦 8楼 前台", "zto", "change_address A")
R("{A} 要回来 拨阿拉要回来 客户讲勿要了", "yto", "intercept A", cats=(5,))
R("{A} 讲好今朝送 到现在还没来 客户一直在屋里等 侬帮阿拉问问快递员啥辰光来", "yunda", "urge A")
R("{A} 客户讲伊拿到额是别人额件 伊额件呢 帮阿拉查一记", "yto", "track A", nh=True)

# ---------------------------------------------------------------- more hard: quotes, corrections, scope
R(wq("小林", "{A} 帮我催一下哈") + "小林 侬搿只我帮侬催过了 勿用再催", "zto", "", cats=(3,))
R(wq("阿娣", "{A} 我爸说要退回") + "勿是退回 是改地址 改到 宁波市镇海区 骆驼街道 民和路 66号", "sto",
  "change_address A", cats=(1, 3))
R(wq(BOT, "@小林 {A} 拦截已提交，结果会第一时间通知您") + "谢谢 另外 {B} 也是搿个客户额 一道拦脱", "jt",
  "intercept B", cats=(3, 7))
R(wq("顾阿姨", "{A} 俚讲三日天勿动哉") + "对额 帮俚登记延误", "ems", "delay A", cats=(3,))
R(wq("小沈", "{A} 客户说要改到她公司") + "地址：上海市静安区 江宁路 1158号 友邦大厦 20楼 沈小姐 {P}", "sto",
  "change_address A", cats=(3, 4))
R(wq(BOT, "@钱阿姨 {A} 已签收，无法拦截") + "噢 晓得了 签收了就算了", "yto", "", cats=(3,))
R(wq(BOT, "@俞老板 请确认：{A} 拦截退回？回复“确认”即办理") + "勿要退回 我是要催件", "zto", "urge A",
  cats=(1, 3))
R("「王阿姨：{A} 拦截」\n「王阿姨：{B} 拦截」\n" + Q + "第二只讲错了 {B} 勿拦", "zto", "", nh=True, cats=(1, 3))

# withdrawals of one parcel among several, in one message
R("{A} {B} {C} 三只拦截 其中 {B} 客户讲还要 勿拦", "yto", "intercept A C", cats=(1, 7))
R("{A} 退回 {B} 退回 {A} 算了 勿退了", "zto", "intercept B", cats=(1,))
R("{A} {B} 两只 一只勿要拦 就是 {A}，{B} 拦脱", "zto", "intercept B", cats=(1,))
R("{A} 撤单 {B} 勿撤 {B} 已经发出去了 {B} 催一催", "yto", "cancel A; urge B", cats=(1,))

# more corrections of numbers read off paper
R("阿娣：我爸念的号码我打错了 {A:typo} 作废，正确的是 {A}，要催件", "sto", "urge A", cats=(2,))
R("{A} 拦截，噢勿对，搿只是昨日额，今朝额是 {B}，{B} 拦截", "zto", "intercept B", cats=(2,))
R("{A:x} 拦截 多打了一只8 应该是 {A}", "yto", "intercept A", cats=(2,))

# ---------------------------------------------------------------- more everyday by city
R("苏州观前街顾阿姨：{A} 苏绣团扇 寄到北京额 俚讲盒子碎哉 要赔", "ems", "claim A")
R("周小军：东山碧螺春 {A} {B} {C}，三个都是发上海的，今天能到吗", "ems", "track A B C")
R("钱阿姨 {A} 龙井 寄到深圳 客户讲伊明朝要送礼 侬帮阿拉催一催", "yunda", "urge A")
R("俞老板 四季青 {A} 童装 三件 客户讲只收到两件", "sto", "lost A")
R("胡师傅 {A} 三北豆酥糖 客户讲碎脱了 一盒也勿好吃了", "zto", "damaged A")
R("沈家姆妈 {A} 真丝围巾 90x90 客户讲颜色勿对 退回", "yto", "intercept A", cats=(4,))
R("老陈 {A} 白茶 寄到 西安 客户讲五日了还没到 伊讲勿要了 退回来算了", "sto", "intercept A")
R("顾阿姨：{A} 俚讲地址写错哉，要寄到 苏州市姑苏区 山塘街 218号 苏绣馆", "ems", "change_address A")
R("阿娣：{A} 宁波汤圆 冷冻额 已经三天了 还在中转 肯定要化了 麻烦催一下", "sto", "urge A")
R("俞老板：{A} 童装 收件人讲伊拿到的是大人衣裳 勿是伊额 阿拉发错了 拦回来", "zto", "intercept A")
R("小沈：{A} 我妈问能不能改到客户单位去，客户单位地址：上海市黄浦区 西藏中路 268号 来福士广场 办公楼 26楼", "yto",
  "change_address A")
R("钱阿姨 {A} 搿只称出来7公斤 我一盒茶叶只有500克 作啥7公斤", "yunda", "weight A", cats=(4,))
R("胡师傅 {A} 寄温州额年糕 快递员讲地址寻勿着 打伊电话 {PN}", "zto", "", nh=True, cats=(4,))
R("王阿姨 {A} 粽子 客户收到全部压扁了 还漏油 伊要赔 阿拉也要赔", "yto", "claim A")
R("老陈 {A} {B} 两罐茶叶 一只到了一只没到", "sto", "", nh=True, cats=(7,))
R("小林 {A} 退货件 客户讲已经寄回来了 到阿里了", "jt", "track A")
R("周小军：{A} 这单我爸想取消 还没来收", "ems", "cancel A")
R("{A} 顾阿姨额苏绣 讲好保价额 寻勿着了 要按保价赔 3800", "ems", "claim A", cats=(4,))

# ---------------------------------------------------------------- more quoted, more voice slips
R("引用 王阿姨：{A} 退回\n阿姨 搿只是 {B} 勿是 {A}，我帮侬改 {B} 退回", "zto", "intercept B", cats=(2, 3))
R("回复 @钱阿姨：{A} 到了伐\n还没 三日天勿动了 侬帮伊登记延误", "yunda", "delay A", cats=(3,))
R("引用 俞老板：{A} 客户要退\n拦", "sto", "intercept A", cats=(3,))
R("引用 胡师傅：{A} 催一催\n{A} 已经派了 勿用催了", "zto", "", cats=(3,))
R("农好 啊啦 {A} 要推回来 客户勿要了", "yto", "intercept A", cats=(5,))
R("{A} 拦节 拦节退回", "zto", "intercept A", cats=(5,))
R("{A} 显示前收了 客户讲没收到", "yunda", "verify_delivery A", cats=(5,))
R("喂 {A} 嗯 阿拉要该地址 该到 上海市闵行区 莘庄 莘松路 958号", "yto", "change_address A", cats=(5,))

# ---------------------------------------------------------------- a second round of everyday traffic
R("{A} 侬拉帮阿拉拦一记 好伐", "sto", "intercept A", cats=(5,))
R("{A} 客户要退货 件还没到 直接拦回来", "yto", "intercept A")
R("{A} 侬帮阿拉改一改地址 嘉兴市秀洲区 洪合镇 洪福路 18号 沈阿姨 {P}", "zto", "change_address A", cats=(4,))
R("{A} 地址改到 上海市普陀区 真北路 1518号 3楼 前台", "yto", "change_address A")
R("{A} 交关慢 催一催", "yunda", "urge A", cats=(5,))
R("{A} 四日天了 催一记", "jt", "urge A")
R("{A} 到阿里了 侬帮我看看", "yunda", "track A", cats=(5,))
R("{A} 客户讲勿晓得放在阿里 显示签收", "zto", "verify_delivery A")
R("{A} 六日了还没到 延误", "zto", "delay A")
R("{A}\n{B}\n{C}\n拦截", "zto", "intercept A B C", cats=(7,))
R("{A} {B} 催件 谢谢侬", "jt", "urge A B", cats=(7,))
R("{A} 侬好 辛苦侬看看阿是到了", "ems", "track A", cats=(5,))
R("{A} 改送 南京市秦淮区 夫子庙 贡院街 152号 顾小姐", "ems", "change_address A")
R("晚上好 {A} 明朝能到伐", "yto", "track A")

# ---------------------------------------------------------------- more hard: hedges, questions, mentions
R("{A} 客户讲伊要改地址 等伊讲地址 侬先覅派", "yto", "change_address A", nh=True)
R("{A} 退回还是改派 侬拉讲哪能便宜 就哪能弄", "sto", "", nh=True)
R("{A} 之前登记额破损 有结果了伐", "yunda", "", nh=True)
R("{A} 拦截 明朝能退到阿拉店里伐", "sto", "intercept A")
R("{A} 可以拦截伐 可以额话帮阿拉拦", "zto", "intercept A")
R("{A} 要么改到伊公司去 要么退回 侬拉看看哪能弄方便", "zto", "", nh=True)
R("{A} 拦截 或者 改地址 客户还没想好", "sto", "", nh=True)
R("{A} 先催一催 到辰光还勿到再讲投诉额事体", "yto", "urge A")
R("{A} 我看到系统里有个拦截 勿是阿拉弄额 哪能回事", "sto", "", nh=True)
R("{A} 隔壁店里额 侬拉拦错了伐", "yunda", "", nh=True)


if __name__ == "__main__":
    W.main()
