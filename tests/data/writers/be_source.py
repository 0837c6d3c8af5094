"""Writer "be": a live-stream seller's after-sales desk.

Casting note: the after-sales (售后) desk of a live-stream (直播带货) seller of snacks, cosmetics and small appliances
(零食、面膜、口红、粉底液、坚果礼盒、卷发棒、小风扇、榨汁杯). Three or four young agents work the platform back-end
(抖音/快手 小店, 飞鸽) and the outlets' groups at once. The platform decides refunds: 仅退款, 退货退款, 极速退款,
超时自动退款, 拒收退款; so their day is parcels refunded before pickup (撤单), refunded after shipping (拦截/退回),
buyers who 拒收 or want a new address after a live session, and the host's promises relayed ("主播说了包退"). They
paste the platform's 18–19 digit order numbers beside the waybills, buyers' phones, amounts and live-session dates;
they describe screenshots in words ([图片] 截图这单…), quote colleagues (售后-小桃, 运营-大宇, 主播助理) and the bot,
ask whether a parcel was already intercepted, and correct themselves when they mix up which order was refunded.
They write 亲/宝/姐妹, 🙏 and 呜呜, 在 for 再, run two words together when typing from the back-end, and type pinyin
or English fragments when rushed. A buyer's wish is passed on as context; what counts is what the desk asks for.
"""

from harness import Writer

W = Writer("be", seed=52017)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# 0. plain requests: intercept (refunded after shipping, 拒收, host's promise)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 买家仅退款了", "zto", "intercept A")
R("麻烦拦一下 {A}\n平台已经退款了 货别送了", "yto", "intercept A")
R("{A} 买家拒收 退回", "sto", "intercept A")
R("亲 {A} 这个截回来 买家直播间下错单了", "jt", "intercept A")
R("{A} 帮忙拦截退回 谢谢🙏", "yunda", "intercept A")
R("{A} 主播说了包退 买家不要了 拦回来", "sf", "intercept A")
R("售后单都通过了 {A} 拦截一下哈", "jd", "intercept A")
R("{A} 买家昨晚秒杀拍的 今天一早就申请退款了 快递已经发出去了 能拦截吗", "zto", "intercept A")
R("{A}\n拦截 拦截 买家退款了 急", "yto", "intercept A")
R("[图片]\n截图这单 {A} 平台显示退款成功 帮忙拦一下", "sto", "intercept A")
R("{A} 退件 买家说买重复了", "cainiao", "intercept A")
R("{A} 这单别派了 退回来 买家钱都退了", "yunda", "intercept A")
R("拦截 {A}", "ems", "intercept A")
R("{A} 买家申请了拒收退款 麻烦拦截", "jt", "intercept A")
R("{A} 里面是口红 买家退款了 拦截退回 别让他签收了", "sf", "intercept A")
R("{A} 拦截！平台判了退款 货还没到买家手上", "deppon", "intercept A")
R("你好 {A} 帮忙拦截一下 这个是小风扇 买家说下单下错颜色了", "zto", "intercept A")
R("{A} 退回 买家说不要了 钱已经退了", "jd", "intercept A")
R("{A} 还能拦吗 买家刚退款", "yto", "intercept A")
R("{A} 截件 超时发货被平台自动退款了", "sto", "intercept A")
R("{A} 拦回来 这单买家地址是乱填的 电话也打不通", "yunda", "intercept A")
R("麻烦帮我拦截下这个 {A} 感谢", "cainiao", "intercept A")
R("{A} 这个是昨天直播间的福袋 买家拒收了 帮忙退回", "jt", "intercept A")
R("{A} 麻烦拦截退回 买家在平台发起仅退款 我们同意了", "ems", "intercept A")
R("{A} 尽快拦截 买家说今天就派到了 到了就来不及了", "zto", "intercept A")
R("{A} 拦截退回 原因：买家退款", "sf", "intercept A")
R("这个 {A} 退回发件人 买家说是家里老人乱拍的", "yto", "intercept A")
R("{A} 买家不要了 退回 运费我们出", "deppon", "intercept A")
R("宝 {A} 拦一下 平台退款了 呜呜 卖一单亏一单", "sto", "intercept A")
R("早上好 {A} 这个麻烦拦截 买家昨晚退款的", "zto", "intercept A")
R("{A} 拦截拦截！！主播说了包退的 买家刚在飞鸽上闹", "jt", "intercept A")
R("姐妹 {A} 帮我拦一下 买家极速退款了 钱都退了货还在路上", "yunda", "intercept A")
R("{A} 拦截退回 这是主播自己下的测试单 不小心发出去了", "yto", "intercept A")
R("{A} 买家退款了 但是货已经到他们城市了 还能拦回来吗", "sf", "intercept A")
R("{A} 退回 别送了 买家的退款平台已经处理完了", "deppon", "intercept A")
R("{A} 买家拒收了 麻烦退回 别让快递员再打电话给买家了", "jt", "intercept A")
R("{A} 拦截 买家在直播间评论说不要了 钱也退了", "yunda", "intercept A")
R("{A} 拦截 买家有运费险的 退回的运费我们来付", "cainiao", "intercept A")
R("{A}\n{B}\n这两单都拦截 都是昨晚直播拍的 全退款了", "zto", "intercept A B")
R("{A} {B} {C} 拦截退回", "yto", "intercept A B C")
R("拒收的两单 帮忙退回\n{A}\n{B}", "jt", "intercept A B")
R("{A} 拦截 {B} 也拦截 都是仅退款的", None, "intercept A B", draw={"A": "yto", "B": "sf"})
R("圆通 {A} 买家退款了 拦截", None, "intercept A", draw="yto")
R("{A} 这个极兔的 拦截退回", None, "intercept A", draw="jt")
R("顺丰 {A} 帮忙退回 买家不要了", None, "intercept A", draw="sf")
R("{A} 德邦的 洗碗机 买家退款了 截回来", None, "intercept A", draw="deppon")
R("京东 {A} 拦截", None, "intercept A", draw="jd")
R("EMS的 {A} 拦截 买家拒收", None, "intercept A", draw="ems_s10")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain requests: cancel (refunded before pickup)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 还没揽收 撤单", "zto", "cancel A")
R("{A} 买家付完款半小时就退了 还没来揽 取消寄件", "yto", "cancel A")
R("{A} 撤单 撤单 这单不发了", "sto", "cancel A")
R("{A} 这单作废 买家退款了 面单我撕了", "yunda", "cancel A")
R("{A} 麻烦取消一下 还在我们仓库没被揽走", "jt", "cancel A")
R("{A} 撤销寄件 买家拍错规格了 重新下单了", "cainiao", "cancel A")
R("帮忙撤个单 {A} 快递员还没来拿", "zto", "cancel A")
R("{A} 取消订单 不寄了", "sf", "cancel A")
R("{A}\n{B}\n{C}\n这三个都撤单 下午直播退款的 还没揽收", "yto", "cancel A B C")
R("{A} 不寄了 撤掉 平台退款成功了", "jd", "cancel A")
R("{A} 这个单号作废 打错面单了 重新打了一张", "ems", "cancel A")
R("{A} 帮忙撤一下单 买家在直播间拍了两单 退了一单", "sto", "cancel A")
R("{A} 还在揽件员车上没进网点吧？能撤单吗", "yunda", "cancel A")
R("{A} 撤单 谢谢亲", "deppon", "cancel A")
R("{A} 撤单\n{B} 撤单", None, "cancel A B", draw={"A": "jt", "B": "yto"})
R("{A} 取消寄件 买家超时未付尾款 订单关闭了", "jt", "cancel A")
R("中通 {A} 撤单 还没揽", "zto", "cancel A")
R("{A} 这单直播间挂错链接了 帮忙撤单 还没揽", "jd", "cancel A")
R("{A} 这单是主播下的样品单 不发了 撤单", "cainiao", "cancel A")
R("{A} {B} 都没揽 撤单", None, "cancel A B", draw={"A": "sf", "B": "deppon"})
R("下午快递员来之前 {A} 这个先撤了 买家退款了", "yunda", "cancel A")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain requests: change_address (after the live session)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 改址 浙江省义乌市稠城街道工人北路1029号 买家说原来地址搬走了", "zto", "change_address A")
R("{A} 买家要改地址 改到 江苏省苏州市工业园区星湖街328号 帮忙改一下", "yto", "change_address A")
R("{A} 地址改为：四川省成都市武侯区天府大道北段1700号 环球中心E1区", "sto", "change_address A")
R("麻烦 {A} 改派到 湖南省长沙市岳麓区麓谷大道627号 收件人不变", "jt", "change_address A")
R("{A} 转寄 新地址 山东省青岛市市南区香港中路10号 颐和国际", "yunda", "change_address A")
R("{A} 帮忙改个地址 买家填成公司了 周末没人 改到 上海市闵行区七莘路3188弄", "sf", "change_address A")
R("{A}\n改地址\n河南省郑州市金水区花园路39号 国贸360", "jd", "change_address A")
R("{A} 改到 北京市朝阳区阜通东大街6号 方恒国际中心A座 前台代收", "ems", "change_address A")
R("{A} 买家下单选错地址了 改成 湖北省武汉市洪山区珞喻路1037号 华科东校区", "cainiao", "change_address A")
R("{A} 地址写错了 改为 福建省厦门市思明区湖滨南路90号 立信广场 收件人 林小姐", "deppon", "change_address A")
R("{A} 改址 重庆市渝北区金开大道68号 买家让放楼下驿站", "sto", "change_address A")
R("{A} 收件地址改一下 改成 安徽省合肥市蜀山区望江西路800号 其他不变", "yto", "change_address A")
R("亲 {A} 能改地址吗 买家说寄到 天津市南开区卫津路94号 他这周都在学校", "zto", "change_address A")
R("{A} 改派 陕西省西安市雁塔区科技路48号 创业广场B座1502", "jt", "change_address A")
R("{A} 改地址 广西南宁市青秀区民族大道136号 华润大厦", None, "change_address A", draw="sf")
R("京东那个 {A} 改送到 辽宁省沈阳市和平区南京北街206号", None, "change_address A", draw="jd")
R("{A} 买家搬家了 地址改为 黑龙江省哈尔滨市南岗区西大直街92号", "ems", "change_address A")
R("{A} 改地址 云南省昆明市五华区东风西路11号 顺城购物中心 收件人不变", "yunda", "change_address A")
R("{A} 改一下地址 原来写的是老家 现在改到 江西省南昌市红谷滩区会展路999号", "cainiao", "change_address A")
R("帮忙转寄 {A} 到 河北省石家庄市长安区中山东路39号 勒泰中心", "zto", "change_address A")
R("{A} 转寄 买家回老家了 寄到 河南省洛阳市西工区中州中路256号", "zto", "change_address A")
R("{A} 帮忙改下地址 把番禺那个 改成 广州市海珠区江南大道中168号", "sf", "change_address A")
R("{A} 还在转运中心 能改地址吗 买家想改到 武汉市江汉区解放大道690号 武汉国际广场", "yto",
  "change_address A")
R("{A} 改地址 买家说送到 天津市和平区南京路189号 津汇广场 麻烦了", "ems", "change_address A")
R("{A} 买家要改地址 新地址我晚点发群里 先帮忙登记一下", "sto", "change_address A", nh=True)
R("{A} 要改地址 地址还在等买家回复", "yto", "change_address A", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# 0. plain requests: urge and track
# ---------------------------------------------------------------------------------------------------------------
R("{A} 催一下 买家天天在后台问", "zto", "urge A")
R("{A} 帮忙催件 买家说明天不到就申请退款", "yto", "urge A")
R("{A} 加急派送 零食是给小孩过生日的 周六要用", "sto", "urge A")
R("{A} 能不能催一下派件 买家在飞鸽上给我们留言骂了好几条了", "jt", "urge A")
R("{A} 催催 到站两天了还没派", "yunda", "urge A")
R("{A} 麻烦尽快派送 买家说今天必须收到", "cainiao", "urge A")
R("{A} 快点送啊啊啊 平台考核签收时效的", "sf", "urge A")
R("催一下 {A} 谢谢", "jd", "urge A")
R("{A} 在催一下 昨天催过了还是没动", "zto", "urge A")
R("{A}\n{B}\n这俩都帮忙催一催 买家都在直播间问", "yto", "urge A B")
R("{A} 加急 买家是我们的老粉 别让人家等太久", "sto", "urge A")
R("{A} 派送中一上午了 催一下快递员", "yunda", "urge A")
R("{A} 卷发棒 买家下周出差要带 麻烦加急", "deppon", "urge A")
R("{A} 催件 {B} 催件", None, "urge A B", draw={"A": "yto", "B": "jt"})
R("{A} 帮忙催催派送员 谢谢亲🙏", "ems", "urge A")
R("{A} 咋还不到 催催", "jt", "urge A")
R("{A} 买家说快递员一直不送上楼 麻烦催一下派送", "cainiao", "urge A")
R("亲 麻烦把 {A} 尽快派一下 买家要拿去送人的", "zto", "urge A")
R("{A} 麻烦加急 主播答应买家今天到的", "zto", "urge A")
R("{A} 买家说一直在派送中 都两天了 催一下", "jt", "urge A")
R("{A} 催一催 零食有保质期的 别放太久", "yunda", "urge A")
R("{A} 这个顺丰的 加急 买家做活动要用", None, "urge A", draw="sf")
R("{A} 加急 这单是主播送粉丝的礼物", "sf", "urge A")
R("{A} 到哪了 买家问了三遍了", "yto", "track A")
R("{A} 查一下物流 后台一直显示已发货没轨迹", "sto", "track A")
R("{A} 现在在哪个网点", "zto", "track A")
R("{A} 什么时候能到 买家问", "jt", "track A")
R("{A}", "yunda", "track A")
R("帮忙查下这个件 {A} 买家说还没收到物流短信", "sf", "track A")
R("{A} 查件", "jd", "track A")
R("{A} 这单到哪了呀 亲", "cainiao", "track A")
R("{A} 查下到哪了", None, "track A", draw="sf")
R("{A}\n{B}\n{C}\n帮忙看下这几个都到哪了", "zto", "track A B C")
R("[图片]\n买家发的截图 {A} 想问下大概什么时候能派", "ems", "track A")
R("{A} 有没有出发 后台看不到", "deppon", "track A")
R("{A} 什么时候派送 买家说一直在家等", "zto", "track A")
R("{A} 到哪里了 买家说要拍开箱视频发朋友圈 哈哈", "yto", "track A")
R("{A} 帮我查查这个件在哪 买家在飞鸽上一直问", "sto", "track A")
R("{A} 麻烦看下到哪了 买家说今天要是不到就退款", "sto", "track A")
R("{A} 退回来的这个件什么时候能到我们仓库", "jt", "track A")
R("{A} 到哪了", None, "track A", draw="jt")

# ---------------------------------------------------------------------------------------------------------------
# 0. plain requests: signed-for, damage, loss, weight, delay, claim, complaint, arbitration
# ---------------------------------------------------------------------------------------------------------------
R("{A} 显示签收了 买家说没收到 帮忙核实一下", "zto", "verify_delivery A")
R("{A} 买家说根本没拿到货 物流显示本人签收 帮忙核实签收", "yto", "verify_delivery A")
R("[图片]\n这单 {A} 显示放驿站签收了 买家去驿站找了没有", "sto", "verify_delivery A")
R("{A} 别人签收了 不是买家本人 核实下是谁签的", "jt", "verify_delivery A")
R("{A} 虚假签收 买家一直在家根本没人敲门", "yunda", "verify_delivery A")
R("{A} 核实签收 买家说没收到 要在平台申请仅退款", "cainiao", "verify_delivery A")
R("{A} 显示已签收 客户没收到 查一下签收人", None, "verify_delivery A", draw="jd")
R("{A} 签收了？买家说门口啥也没有 帮忙问下快递员放哪了", "sf", "verify_delivery A")
R("{A} 签收了 但是买家说签收人他不认识 核实下", "sto", "verify_delivery A")
R("{A} 京东的 显示签收了 买家没收到", None, "verify_delivery A", draw="jd")
R("{A} 破损 买家收到面膜盒子都压扁了", "zto", "damaged A")
R("{A} 粉底液漏液了 整个盒子都是", "yto", "damaged A")
R("{A} 到货碎了 玻璃杯 买家拍了视频", "sto", "damaged A")
R("{A} 坚果礼盒压坏了 买家发了图", "jt", "damaged A")
R("{A} 买家说榨汁杯外壳裂了 外箱也有破损", "yunda", "damaged A")
R("{A} 螺蛳粉汤包漏了 整箱都是味儿", "cainiao", "damaged A")
R("{A} 蛋黄酥全压碎了 一盒没一个完整的", "sf", "damaged A")
R("[图片]\n{A} 外箱破了个大洞 小风扇的扇叶断了", "ems", "damaged A")
R("德邦 {A} 破损了 买家说箱子进水泡烂了", None, "damaged A", draw="deppon")
R("{A} 丢件了 一个星期都找不到", "zto", "lost A")
R("{A} 网点说件没了 哪都找不着", "yto", "lost A")
R("{A} 一周没动了 是不是丢了", "sto", "lost A")
R("{A} 买家说少件 下单三支口红只收到一支", "jt", "lost A")
R("{A} 遗失 快递员说找不到了", "deppon", "lost A")
R("{A} 丢了吧 物流停在中转站十天了", None, "lost A", draw="jt")
R("{A} 东西丢了吧 物流到派送网点就没了", "yunda", "lost A")
R("{A} 核重 一盒面膜算我两公斤？", "zto", "weight A")
R("{A} 重量不对 帮忙称一下", "yto", "weight A")
R("{A} 超重了？就一包辣条 查下重量", "sto", "weight A")
R("{A} 这个卷发棒计费重量明显不对 核一下", "yunda", "weight A")
R("{A} 称重有问题 我们寄的是一支口红 系统显示3kg", "jd", "weight A")
R("{A} 三天没动了", "zto", "delay A")
R("{A} 物流好几天没更新了 买家都要退款了", "jt", "delay A")
R("{A} 延误了 说好两天到的 现在第五天", "sf", "delay A")
R("{A} 停在转运中心不动了", "yunda", "delay A")
R("{A} 怎么还没到 是不是延误了", "cainiao", "delay A")
R("{A} 延误 一个礼拜了还在始发地", None, "delay A", draw="yto")
R("{A} 走理赔", "yto", "claim A")
R("理赔 {A} 买家那边平台已经先行赔付了 我们找你们要", "zto", "claim A")
R("投诉 {A} 的派送员 买家打电话被挂了好几次", "sto", "complaint A")
R("{A} 快递员态度太差了 买家给我们差评 我要投诉", "jt", "complaint A")
R("{A} 客诉 快递员在电话里骂买家", "yto", "complaint A")
R("{A} 投诉 快递员让买家自己去网点拿", "cainiao", "complaint A")
R("{A} 派送员不接电话 买家等一天了 投诉一下", "jt", "complaint A")
R("{A} 破损的事你们网点一直推 申请仲裁", "zto", "arbitration A")
R("{A} 仲裁 网点不认破损", "sto", "arbitration A")
R("{A} 理赔给的钱对不上 跟网点谈不拢 要仲裁", "yunda", "arbitration A")

# ---------------------------------------------------------------------------------------------------------------
# 0. questions after earlier requests or about rules, chit-chat, no waybill, hedged
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截了吗 买家在平台一直催", "zto", "", nh=True)
R("{A} 昨天发的拦截 拦住没有", "yto", "", nh=True)
R("{A} 改地址改好了没 买家问", "sto", "", nh=True)
R("{A} 拦截成功了没 平台要上传退回凭证", "jt", "", nh=True)
R("{A} 是不是已经在退回了 物流显示“退回中”", "yunda", "", nh=True)
R("{A} 拦截要收钱吗 运费谁出", "cainiao", "", nh=True)
R("{A} 撤单了没呀 后台还显示待揽收", "sf", "", nh=True)
R("{A} 催了没", None, "", nh=True, draw="yto")
R("{A} 买家说要拒收 拒收的话退回运费怎么算", "zto", "", nh=True)
R("{A} 这个是已经拦截在退回的路上了吧？平台让我们确认", "jt", "", nh=True)
R("今天直播间卖爆了 晚上大概两百单 几点能来收", "zto", "")
R("好的 谢谢亲", "yto", "")
R("收到 辛苦了🙏", "jt", "")
R("明天下午两点开播 三点以后来收件可以吗", "sto", "")
R("亲 今天的面单打好了 放门口了", "yunda", "")
R("刚才那个拦截一下 买家又退款了", "zto", "", nh=True)
R("昨天直播那单口红 买家退款了 帮忙拦下", "sf", "", nh=True)
R("{A} 买家好像要拒收 要不先拦着", "zto", "intercept A", cf=True)
R("{A} 可能要退回 买家还在跟平台扯皮", "yto", "intercept A", cf=True)
R("{A} 看看能不能撤单 主播那边还没说发不发", "sto", "cancel A", cf=True)
R("{A} 好像得改个地址 买家说寄到 广州市天河区体育西路189号 我再确认下", "jt", "change_address A", cf=True)
R("{A} 要不拦一下？平台还没判 但是买家说肯定不要了", "yunda", "intercept A", cf=True)
R("{A} 先拦着？我去问问主播包不包退", "cainiao", "intercept A", cf=True)
R("{A} 买家说可能不要了 要不撤单吧 反正还没揽", "jd", "cancel A", cf=True)

# ---------------------------------------------------------------------------------------------------------------
# 1. negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 {B} 不用拦 买家撤销退款了", "zto", "intercept A", cats=(1,))
R("{A} 不用拦了 平台判了仅退款 货送给买家就行", "yto", "", nh=True, cats=(1,))
R("{A} 先别撤单 买家又付款了", "sto", "", nh=True, cats=(1,))
R("{A} 拦截\n算了 不拦了 买家说还是要 主播给他补了个小样", "jt", "", cats=(1,))
R("不要退回 改地址 {A} 买家说寄到他公司 南京市鼓楼区中山路321号", "yunda", "change_address A", cats=(1,))
R("{A} 买家要改地址 不给改 主播说了这批福袋不改址 直接拦回来", "sf", "intercept A", cats=(1,))
R("买家闹着要拦截 {A} 别拦 平台判的是他的责任 催一下派送", "zto", "urge A", cats=(1,))
R("{A} 不是不拦 是现在马上就拦 买家已经退款了", "yto", "intercept A", cats=(1,))
R("{A} {B} {C} 拦截 中间那个不拦 买家又要了", "sto", "intercept A C", cats=(1, 7))
R("{A}\n{B}\n都撤单 除了第二个 第二个已经发走了 那个不动", "jt", "cancel A", cats=(1, 7))
R("{A} 不用催了 买家申请退款了 直接拦截", "yunda", "intercept A", cats=(1,))
R("{A} 不用改地址了 买家说原地址也能收", "cainiao", "", nh=True, cats=(1,))
R("之前让拦的 {A} 别拦了 买家撤回退款申请了", "deppon", "", nh=True, cats=(1,))
R("{A} 不理赔了 买家说东西还能用 算了", "ems", "", nh=True, cats=(1,))
R("{A} 不要撤单 要拦截 已经被揽走了", "yto", "intercept A", cats=(1,))
R("{A} 不要拦截 改派到 深圳市福田区福华三路88号 买家换地方收了", "sto", "change_address A", cats=(1,))
R("{A} 不拦了 买家又不退了\n{B} 这个还是要拦", "jt", "intercept B", nh=True, cats=(1,))
R("{A} 这单不是要撤单 是要改地址 改为 杭州市余杭区文一西路969号", "yunda", "change_address A", cats=(1,))
R("{A} 不用加急了 买家说不着急 下周再送也行", "sf", "", nh=True, cats=(1,))
R("{A} 先拦截 {B} 不拦 {C} 也不拦 这俩买家没退款", "zto", "intercept A", cats=(1, 7))
R("{A} 平台判的仅退款 不用退货 所以不用拦了", "cainiao", "", nh=True, cats=(1,))
R("{A} 不取消了 继续发 买家补了差价", "jd", "", nh=True, cats=(1,))
R("{A} 拦截 拦截\n哎算了 买家说他自己去驿站拒收 不拦了", "jt", "", cats=(1,))
R("{A} 别派了 退回\n{B} 别退 照常派", "yto", "intercept A", cats=(1,))
R("{A} 买家想拒收 我们没同意 不用退回 帮忙催一下让他签收", "zto", "urge A", cats=(1,))
R("{A} 拦截 买家退款了\n{B} 买家没退 不用拦 也不用催", "sto", "intercept A", cats=(1,))
R("{A} 不撤了 已经揽收了 改成拦截", "cainiao", "intercept A", cats=(1, 2))
R("{A} 拦截 {B} 拦截\n{B} 不用了 刚看后台这单买家撤销售后了", "yto", "intercept A", cats=(1,))
R("别拦 {A} 买家说想要 改地址到 苏州市吴中区东吴北路108号", None, "change_address A", cats=(1,),
  draw="jt")

# ---------------------------------------------------------------------------------------------------------------
# 2. corrections
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单 哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 拦截\n更正 单号打错了 是 {B}", "yto", "intercept B", cats=(2,))
R("{A} 改地址到 成都市高新区天府二街138号\n改址取消 还是拦截吧 买家说不要了", "sto", "intercept A", cats=(2,))
R("{A:typo} 催一下\n打错了 {A}", "zto", "urge A", cats=(2, 6))
R("{A} 催件 不对不对 是拦截 买家退款了", "jt", "intercept A", cats=(2,))
R("{A} 拦截 发错了 是催件 这单没退款", "yunda", "urge A", cats=(2,))
R("{A} 改地址 广州市越秀区北京路328号\n地址发错了 是 广州市海珠区新港中路397号", "sf", "change_address A",
  cats=(2,))
R("{A} 撤单\n{B} 拦截\n更正：第一个也是拦截 已经被揽走了", "cainiao", "intercept A B", cats=(2, 7))
R("更正一下 刚才发的单号少了一位 应该是 {A} 拦截", "jd", "intercept A", cats=(2,))
R("{A} 拦截 不好意思 看错了 这单是仅退款的 不用拦 是 {B} 要拦", "zto", "intercept B", cats=(1, 2))
R("{A} 查下到哪了 哦算了 直接拦截 买家退款了", "yto", "intercept A", cats=(2,))
R("{A} 仅退款的 不用管\n哦不对 看错了 这单是退货退款 要拦", "sto", "intercept A", cats=(2,))
R("{A} 加急\n{B} 加急\n不好意思 第二个单号错了 是 {C}", "jt", "urge A C", cats=(2, 7))
R("{A:x} 拦截 多打了个8 是 {A}", "yto", "intercept A", cats=(2, 6))
R("{A} 改为撤单 还没揽收", "yunda", "cancel A", cats=(2,))
R("{A} 拦截退回 哦 不对 买家说改地址就行 改到 南昌市东湖区八一大道357号", "ems", "change_address A", cats=(2,))
R("{A} 退回\n等下 我看看\n还是退回 买家确定不要了", "deppon", "intercept A", cats=(2,))
R("{A} 拦截\n{A} 拦截\n发重复了 一个就行", "yto", "intercept A", cats=(2,))
R("{A} 改地址 改成 西安市碑林区南大街2号 呃 不是 是 西安市莲湖区西大街88号", "jt", "change_address A",
  cats=(2,))
R("{A} 拦截 哦不 撤单 还在仓库没拿走呢", "cainiao", "cancel A", cats=(2,))
R("{A} 催件 搞错了 这个要核重 一包饼干收我6块", "zto", "weight A", cats=(2,))
R("{A} 显示签收没收到 哦 买家说找到了 在门卫那 不用核实了 那催一下另一单 {B}", "sto", "urge B",
  cats=(2,))
R("{A:typo} 撤单\n不好意思单号有个数字错了 正确的是 {A}", "yunda", "cancel A", cats=(2, 6))
R("{A} 拦截 —— 更正 买家是拒收不是退款 不过一样 还是拦截", "jt", "intercept A", cats=(2,))
R("{A} 破损 更正 不是破损 是少件 少了一盒", "yto", "lost A", cats=(2,))
R("{A} 撤单 {B} 撤单\n更正 第二个不撤 改地址 长沙市天心区书院路9号", "sto", "cancel A; change_address B",
  cats=(2, 7))
R("拦截 {A} 哦不对是 {B} 前面那个是另一个买家的", None, "intercept B", cats=(2,),
  draw={"A": "yto", "B": "yto"})

# ---------------------------------------------------------------------------------------------------------------
# 3. quotes of colleagues, hosts and the bot
# ---------------------------------------------------------------------------------------------------------------
Q = "\n- - - - - - - - - - - - - - -\n"
R("「售后-小桃：{A} 拦截 买家退款了」" + Q + "这个不用拦了 平台改判仅退款了", "zto", "", nh=True, cats=(1, 3))
R("「客服机器人：@小桃 {A} 拦截已提交，结果会第一时间通知您」" + Q + "拦住了吗 平台要凭证", "yto", "", nh=True,
  cats=(3,))
R("「客服机器人：@阿月 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + Q + "撤单 {A}", "sto",
  "cancel A", cats=(3,))
R("「客服机器人：@阿月 {A} 已签收，无法拦截」" + Q + "签收了？买家说没收到啊 帮忙核实一下", "jt",
  "verify_delivery A", cats=(3,))
R("「客服机器人：@小鱼 {A} 已为您催促派送，请耐心等待」" + Q + "都两天了还没送 投诉这个快递员", "yunda",
  "complaint A", cats=(3,))
R("引用 主播助理-可可：{A} 这个买家说要拒收\n那直接拦截 别让快递员再跑一趟了", "cainiao", "intercept A",
  cats=(3,))
R("回复 @运营-大宇：{A} 改地址 苏州市姑苏区人民路1188号\n这个买家又说不改了 地址不用动", "zto", "", nh=True,
  cats=(1, 3))
R("“{A} 催一下”\n这单不用催了 直接退回 买家退款了", "sf", "intercept A", cats=(1, 3))
R("「售后-小桃：{A} 撤单」" + Q + "{B} 这个也撤单", "jt", "cancel B", cats=(3,))
R("「客服机器人：@小桃 {A} 改址已提交，结果会第一时间通知您」" + Q + "谢谢 改好了跟我说一声哈", "yto", "",
  cats=(3,))
R("「客服机器人：@小桃 {A} 撤单成功」" + Q + "好的👌", "sto", "", cats=(3,))
R("「客服机器人：@阿月 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + Q
  + "买家那边要赔偿 帮忙申请理赔", "zto", "claim A", cats=(3, 8))
R("引用 售后-小桃：{A} {B} 拦截\n第二个不用拦 买家说要了", "yunda", "", nh=True, cats=(1, 3))
R("回复 @主播-甜甜：家人们 这个 {A} 是直播间抽的福袋 买家说地址填错了\n改地址 改到 长沙市开福区芙蓉中路一段478号",
  "cainiao", "change_address A", cats=(3,))
R("「售后-小桃：{A} 拦截」" + Q + "+1 {B} 也拦", "sf", "intercept B", cats=(3,))
R("「客服机器人：@小鱼 您的消息已转人工客服处理，请稍候」" + Q + "人呢 {A} 这单到底能不能拦 急", "jt",
  "intercept A", cats=(3,))
R("“主播说了包退 {A} 这个拦一下”\n主播助理说的 我跟主播确认过了 拦", "yto", "intercept A", cats=(3,))
R("「客服机器人：@阿月 {A} 拦截已提交，结果会第一时间通知您」" + Q + "不用拦了 买家撤回了", "zto", "", nh=True,
  cats=(1, 3))
R("回复 @售后-小桃：[图片] 买家发来的 {A} 一直派送中\n这单催一下", "sto", "urge A", cats=(3,))
R("「运营-大宇：{A} 这个要不要拦」" + Q + "要拦 买家已经退款了", "ems", "intercept A", cats=(3,))
R("「运营-大宇：{A} 改地址吗？」" + Q + "不改 拦回来", "deppon", "intercept A", cats=(1, 3))
R("引用 客服机器人：@小鱼 {A} 已为您登记延误工单，结果会第一时间通知您\n登记了有啥用 还是不动 赶紧催", "yunda",
  "urge A", cats=(3,))
R("「售后-小桃：{A} 催件\n{B} 催件」" + Q + "第一个改成拦截 买家刚退款", "jt", "intercept A", cats=(2, 3, 7))
R("回复 @售后-小桃：{A} 拦截\n这个我上午已经发过了 你别重复发", "yto", "", cats=(3,))
R("“{A} 拦截 {B} 拦截”\n这是昨天的 还有 {C} 今天也要拦", "zto", "intercept C", cats=(3,))
R("「售后-小桃：{A} 拦截」" + Q + "这单也顺便投诉一下 昨天快递员把买家骂哭了", None, "complaint A", cats=(3,),
  draw="yto")
R("「客服机器人：@小鱼 {A} 撤单成功」" + Q + "撤错了 这单要发的 买家没退款", "sto", "", nh=True, cats=(1, 3))
R("引用 运营-大宇：直播间 7 号链接的单全部拦截\n{A} {B} 是7号链接的 麻烦拦", "zto", "intercept A B",
  cats=(3,))
R("「主播助理-可可：{A} 买家说要改到公司 杭州市拱墅区莫干山路100号」" + Q + "按这个改", "jt",
  "change_address A", cats=(3,))
R("「客服机器人：@阿月 {A} 已为您催促派送，请耐心等待」" + Q + "谢谢 辛苦", "yunda", "", cats=(3,))
R("回复 @售后-阿月：{A} 丢了吗？\n应该是丢了 找了一周了 登记一下丢件", "sf", "lost A", cats=(3,))

# ---------------------------------------------------------------------------------------------------------------
# 4. order numbers, phones, amounts, dates beside the waybills
# ---------------------------------------------------------------------------------------------------------------
R("订单号 {O}\n运单号 {A}\n买家仅退款 拦截", "zto", "intercept A", cats=(4,))
R("{A} 拦截 平台订单 {O}", "yto", "intercept A", cats=(4,))
R("订单号：{O} 这单买家退款了 拦一下", "sto", "", nh=True, cats=(4,))
R("{A} 改地址 {PN} 李婷 浙江省温州市鹿城区车站大道577号", "zto", "change_address A", cats=(4,))
R("{A} 收件人电话改成 {PN}", "yto", "change_address A", nh=True, cats=(4,))
R("{A} 收件人改成 王思雨 电话 {PN}", "sto", "change_address A", nh=True, cats=(4,))
R("买家电话 {PN} 她说没收到 {A} 显示签收了 帮忙核实", "jt", "verify_delivery A", cats=(4,))
R("{A} 催件 买家电话 {PN} 让快递员打这个", "yunda", "urge A", cats=(4,))
R("尾号6021的那单 买家退款了 帮忙拦截", "zto", "", nh=True, cats=(4,))
R("{PN} 这个买家的件帮忙拦一下", "jt", "", nh=True, cats=(4,))
R("{A} 运费收了 23 块 一瓶精华液 核重", "cainiao", "weight A", cats=(4,))
R("{A} 5月20号直播的单 到今天还没到 催一下", "zto", "urge A", cats=(4,))
R("平台单号 {O} 对应快递 {A} 买家拒收 退回", "jt", "intercept A", cats=(4,))
R("{O}\n{A}\n上面是订单号 下面是快递单号 改地址 广东省东莞市南城区鸿福路200号", "yunda", "change_address A",
  cats=(4,))
R("{A} 撤单 订单号 {O} 已经给买家退款 98 元", "sto", "cancel A", cats=(4,))
R("{A} 收件人 张敏 {PN} 地址改到 南京市江宁区双龙大道1118号 托乐嘉", "ems", "change_address A", cats=(4,))
R("{A} 买家说快递员打他电话 {PN} 骂人 投诉", "yto", "complaint A", cats=(4,))
R("订单 {O} 和 {O2} 都是一个买家的 合并发的 快递 {A} 拦截", "jt", "intercept A", cats=(4,))
R("{A} 催一下 {PN} 这个是买家电话 买家说一直没人联系他", "sf", "urge A", cats=(4,))
R("{A} 改地址 收件人和电话不变 {P} 地址改为 郑州市二七区大学路80号", "yunda", "change_address A", cats=(4,))
R("{A} 买家 {PN} 说要改到 上海市徐汇区漕溪北路88号 麻烦改一下", "cainiao", "change_address A", cats=(4,))
R("12点前 {A} 拦截 买家说12点就派送了", "zto", "intercept A", cats=(4,))
R("{A} 11.11 的单 到现在没签收 延误太久了", "yto", "delay A", cats=(4,))
R("{A}\n订单号{O}\n买家电话{PN}\n平台显示已退款 请拦截", "sto", "intercept A", cats=(4,))
R("{A} 称一下 我这边称的 0.8kg 你们算的 2.3kg", "jt", "weight A", cats=(4,))
R("仅退款金额 129 元 订单号 {O}，快递单号 {A}，麻烦拦截", "yunda", "intercept A", cats=(4,))
R("{O} 这个订单买家申请了退货退款 快递单号我找不到了 能帮忙拦吗", "zto", "", nh=True, cats=(4,))
R("{A} 改地址 新电话 {PN} 新地址 杭州市上城区解放路138号 收件人 周周", "sf", "change_address A", cats=(4,))
R("{A} 派件员 {PN} 电话打不通 催一下", "jd", "urge A", cats=(4,))
R("{A} 破损 买家视频都录了 订单号 {O}", "deppon", "damaged A", cats=(4,))
R("{PN} 这个号码的买家说 {A} 签收了 但他没收到", "ems", "verify_delivery A", cats=(4,))
R("3号晚上8点场的单 {A} 买家9点就退款了 撤单", "cainiao", "cancel A", cats=(4,))
R("{A} 买家留的电话 {PN} 是空号 送不了 退回", "zto", "intercept A", cats=(4,))
R("订单{O}的快递单号是多少 买家要改地址", "jt", "", nh=True, cats=(4,))
R("{A} 拦截 {O} 这是订单号别搞混了", "sto", "intercept A", cats=(4,))
R("收件人 刘佳 {PN} 的件 {A} 改到 珠海市香洲区情侣中路47号", "yto", "change_address A", cats=(4,))
R("{A}\n买家新号码 {PN}\n地址不变 帮忙改下收件电话", "yunda", "change_address A", nh=True, cats=(4,))
R("{A} 一单 199.9 的面霜 丢了 要理赔", "sf", "claim A", cats=(4, 8))
R("{A} 丢了 买家 {PN} 一直打电话来 要赔 货值 259", "zto", "claim A", cats=(4, 8))

# ---------------------------------------------------------------------------------------------------------------
# 5. pinyin, English, colloquial, voice input
# ---------------------------------------------------------------------------------------------------------------
R("{A} lanjie 买家退款了", "zto", "intercept A", cats=(5,))
R("{A} chedan", "yto", "cancel A", cats=(5,))
R("{A} gaizhi 广州市白云区机场路1962号", "sto", "change_address A", cats=(5,))
R("{A} cuijian cuijian 急", "jt", "urge A", cats=(5,))
R("{A} intercept pls 买家refund了", "sf", "intercept A", cats=(5,))
R("{A} urgent 买家明天出国", "jd", "urge A", cats=(5,))
R("{A} cancel一下 还没pick up", "cainiao", "cancel A", cats=(5,))
R("你好这个单号是{A}麻烦帮我拦截一下买家已经退款了谢谢", "yunda", "intercept A", cats=(5,))
R("喂那个就是{A}这个件啊帮我催一下好吧客户一直在问。", "zto", "urge A", cats=(5,))
R("{A} 改制 改到 成都市锦江区红星路三段1号 IFS", "yto", "change_address A", cats=(5,))
R("{A} 拦下来哈 别送了别送了 买家退款了", "sto", "intercept A", cats=(5,))
R("{A} 甭送了 退回去", "yunda", "intercept A", cats=(5,))
R("{A} 催一下 hurry up 买家急用", "sf", "urge A", cats=(5,))
R("{A} return to sender 买家拒收", None, "intercept A", cats=(5,), draw="jt")
R("{A} 麻烦快点派 咱家宝宝等着用呢 🙏🙏", "cainiao", "urge A", cats=(5,))
R("那个{A}这个单子呢买家说不要了然后你帮我退回一下然后那个运费我们这边出", "zto", "intercept A", cats=(5,))
R("{A} 拦jie 买家退款", "yto", "intercept A", cats=(5,))
R("{A} cui一下", "sto", "urge A", cats=(5,))
R("{A} where is it 买家问好几次了", None, "track A", cats=(5,), draw="sf")
R("{A} 这个咋回事啊 寄丢了是不 都十来天了 找不着了", "jt", "lost A", cats=(5,))
R("{A} 这个压根没动弹 三天了 卡那儿了", "yunda", "delay A", cats=(5,))
R("{A} compensation 买家收到的面膜碎了", "jd", "claim A", cats=(5, 8))
R("嗯那个{A}这个单号然后买家要改地址改到那个合肥市包河区马鞍山路130号然后麻烦你们帮忙改一下", "cainiao",
  "change_address A", cats=(5,))
R("{A} 作废作废 这单不寄", "jt", "cancel A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken by the chat client
# ---------------------------------------------------------------------------------------------------------------
R("{A:sp} 拦截 买家退款了", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截 买家拒收", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n催一下", "zto", "urge A", cats=(6,))
R("{A:dash} 撤单", "jt", "cancel A", cats=(6,))
R("{A:fw} 改地址 沈阳市皇姑区北陵大街45号", "sto", "change_address A", cats=(6,))
R("{A:lc} 拦截", "sf", "intercept A", cats=(6,))
R("{A:cut} 拦截 买家退款了", "yto", "", nh=True, cats=(6,))
R("{A:sp} 催件", "zto", "urge A", cats=(6,))
R("{A:nl} 改地址 改为 大连市中山区人民路23号", "yunda", "change_address A", cf=True, cats=(6,))
R("单号 {A:sp} 显示签收 买家没收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A:nl} 撤单 没揽收", "cainiao", "cancel A", cf=True, cats=(6,))
R("{A:cut}\n{B}\n两个都拦截", "jt", "intercept B", nh=True, cats=(6,))
R("{A:fw}\n{B:fw}\n都催一下", "yto", "urge A B", cats=(6,))
R("{A:lc} {B:lc} 撤单", "jd", "cancel A B", cats=(6,))
R("{A:x} 这个拦截 买家拒收了", "sf", "", nh=True, cats=(6,))
R("{A:sp} 到哪了", "sto", "track A", cats=(6,))
R("{A:nl} 破损 买家说眼影盘碎了", "zto", "damaged A", cats=(6,))
R("EMS {A:sp} 拦截 {B:sp} 不拦", None, "intercept A", cats=(1, 6), draw="ems_s10")
R("{A:dash} 这个件三天没动", "yunda", "delay A", cats=(6,))
R("{A:nl} 退回 平台判了退款\n{B} 催一下", "sto", "urge B; intercept A", cf=True, cats=(6,))
R("[图片]\n截图上的单号 {A:sp} 买家拒收了 退回", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:fw} 这单作废 还没揽", "deppon", "cancel A", cats=(6,))
R("{A:cut} 改地址 太原市小店区长风街113号", "jt", "", nh=True, cats=(6,))
R("{A:dash} 核重 一包饼干称了三斤", "yto", "weight A", cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# 7. several parcels and commands: positions, lists, pasted back-end rows
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n前两单拦截 买家退款了 最后一单催一下", "zto", "intercept A B; urge C", cats=(7,))
R("{A} 拦截\n{B} 撤单\n{C} 改地址 石家庄市桥西区中山西路83号", "yto",
  "intercept A; cancel B; change_address C", cats=(7,))
R("{O}\t{A}\t仅退款\t拦截\n{O2}\t{B}\t拒收\t退回", "jt", "intercept A B", cats=(4, 7))
R("快递单号            处理\n{A}    拦截\n{B}    催件\n{C}    撤单", "sto", "intercept A; urge B; cancel C",
  cats=(7,))
R("今天的售后单\n1. {A} 拦截\n2. {B} 拦截\n3. {C} 改地址 宁波市江北区人民路132号\n4. {D} 催", "yunda",
  "intercept A B; change_address C; urge D", cats=(7,))
R("{A} {B} {C} {D} 以上全部拦截 直播间价格挂错了 全退款了", "zto", "intercept A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n第一个和第三个撤单 第二个已经揽收了 拦截", "jt", "cancel A C; intercept B", cats=(7,))
R("圆通 {A}\n极兔 {B}\n顺丰 {C}\n三个都拦 平台都退款了", None, "intercept A B C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("{A}、{B} 催件，{C} 核重", "cainiao", "urge A B; weight C", cats=(7,))
R("{A}\n{B}\n上面两个拦截 {C} 查一下到哪了", "sto", "intercept A B; track C", cats=(7,))
R("{A} {B} 一个买家退款了要拦 另一个催一下 我忘了哪个是哪个 你们先别动 我查下后台", "zto", "", nh=True,
  cats=(7,))
R("{A}\t改地址\t成都市青羊区人民中路二段1号\n{B}\t改地址\t成都市金牛区一环路北三段139号", "yunda",
  "change_address A B", cats=(7,))
R("以下是今天直播间退款的 麻烦统一拦截\n{A}\n{B}\n{C}\n{D}\n{E}", "zto", "intercept A B C D E", cats=(7,))
R("{A} 拦截 买家退款\n{B} 同上\n{C} 同上", "yto", "intercept A B C", cats=(7,))
R("{A}\n{B}\n{C}\n后面两个是拒收的 退回 第一个加急", "jt", "urge A; intercept B C", cats=(7,))
R("{A} 改地址 杭州市滨江区网商路599号 {B} 地址同上 同一个买家", "sto", "change_address A B", cats=(7,))
R("第一单 {A} 破损\n第二单 {B} 丢件\n第三单 {C} 显示签收没收到", "zto",
  "damaged A; lost B; verify_delivery C", cats=(7,))
R("买家 张** 的两单 {A} {B} 都拦截\n买家 李** 的 {C} 催件", "yunda", "intercept A B; urge C", cats=(7,))
R("{A} 拦截 {B} 催件 {C} 改地址 佛山市顺德区大良街道凤山中路28号", None,
  "intercept A; urge B; change_address C", cats=(7,), draw={"A": "sf", "B": "jd", "C": "yto"})
R("序号\t订单号\t快递单号\t售后\n1\t{O}\t{A}\t拦截\n2\t{O2}\t{B}\t撤单", "cainiao", "intercept A; cancel B",
  cats=(4, 7))
R("{A} {B} {C} 最后这个拦截 其他的正常送", "jt", "intercept C", cats=(7,))
R("{A}\n{B}\n这两单是同一个买家拍的 一个退款了一个没退 退款的是第二个 拦截", "yto", "intercept B", cats=(7,))
R("1.{A}\n2.{B}\n3.{C}\n4.{D}\n1和3拦截 2和4催一下", "sto", "intercept A C; urge B D", cats=(7,))
R("{A} 催\n{B} 催\n{C} 催\n{D} 拦", "zto", "urge A B C; intercept D", cats=(7,))
R("{A}  拦截  买家仅退款\n{B}  拦截  买家拒收\n{C}  改址  昆明市盘龙区北京路1079号", "yunda",
  "intercept A B; change_address C", cats=(7,))
R("昨晚场次退款的：{A} {B}\n今早场次拒收的：{C}\n全部退回", "sf", "intercept A B C", cats=(7,))
R("{A} {B} {C}\n这三单 第一单撤单 剩下两单拦截", "cainiao", "cancel A; intercept B C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n前三个催一下 第四个是显示签收了买家没收到的 核实一下", "jt",
  "urge A B C; verify_delivery D", cats=(7,))
R("{A} 和 {B} 都是破损的 前面那个是碎了 后面那个漏液", None, "damaged A B", cats=(7,),
  draw={"A": "yto", "B": "deppon"})
R("平台导出的 拒收退款\n{O}  {A}  已退款\n{O2}  {B}  已退款\n都帮忙拦截", "zto", "intercept A B", cats=(4, 7))
R("{A} {B} 上面两个都查一下到哪了 {C} 这个不用查 直接催", "sto", "track A B; urge C", cats=(7,))

# ---------------------------------------------------------------------------------------------------------------
# 8. compounds: compensation, damage with complaint, several intents a parcel
# ---------------------------------------------------------------------------------------------------------------
R("{A} 面膜压坏了 快递员还不承认 要赔偿 还要投诉", "zto", "claim A; complaint A", cats=(8,))
R("{A} 破损 快递员扔的 买家亲眼看到的 投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 丢件 要理赔 货值 399", "sto", "claim A", cats=(4, 8))
R("{A} 买家被快递员骂了 不要了 拦截并投诉", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 改地址 改到 温州市瓯海区娄桥街道古岸头路22号 顺便催一下 买家急", "yunda", "change_address A; urge A",
  cats=(8,))
R("{A} 核重 顺便查下到哪了", "zto", "weight A", cats=(8,))
R("{A} 一个礼拜没动了 延误 客户要投诉", "cainiao", "delay A; complaint A", cats=(8,))
R("{A} 快点送 买家已经打电话投诉快递员了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 漏液 整箱精华都漏了 要赔 快递员还甩锅说是我们没包好 投诉", "sf", "claim A; complaint A", cats=(8,))
R("{A} 口红断了 麻烦走理赔", "yto", "claim A", cats=(8,))
R("{A} 显示签收 买家没收到 投诉快递员虚假签收", "sto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 丢了 赔钱 还有这个网点我要投诉", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 坚果礼盒压烂了 要赔偿 平台那边已经给买家退款了", "zto", "claim A", cats=(8,))
R("{A} 催件 还有重量不对 帮忙核一下", "yto", "urge A; weight A", cats=(8,))
R("{A} 拦截退回 顺便帮忙核一下重量 收了我18块", "sto", "intercept A; weight A", cats=(4, 8))
R("{A} 破损 + 投诉派件员", "cainiao", "damaged A; complaint A", cats=(8,))
R("{A} 理赔 仲裁 你们网点一直拖着不赔", "deppon", "claim A; arbitration A", cats=(8,))
R("{A} 改地址 宁波市海曙区中山西路2号 改完加急送", "ems", "change_address A; urge A", cats=(8,))
R("{A} 碎了 投诉 理赔 都要", "zto", "claim A; complaint A", cats=(8,))
R("{A} 外箱烂了 小家电摔坏了 买家拒收 退回 理赔", "yunda", "intercept A; claim A", cats=(8,))
R("{A} 少件 两盒只到一盒 申请赔付", "sto", "claim A", cats=(8,))
R("{A} 延误加投诉 买家在平台等了一周", "cainiao", "delay A; complaint A", cats=(8,))
R("{A} 催件 投诉 这个派送员三天不送", "zto", "urge A; complaint A", cats=(8,))
R("{A} 粉底液瓶子碎了 要赔偿 主播说了坏了包赔 我们先赔了买家", "jt", "claim A", cats=(8,))
R("{A} 破损 投诉 不用赔 就是要个说法", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 改地址 广州市荔湾区康王中路486号 另外这个快递员态度很差 投诉", "jt", "change_address A; complaint A",
  cats=(8,))
R("{A} 显示签收没收到 核实一下 另外 {B} 破损了 要赔", "zto", "verify_delivery A; claim B", cats=(7, 8))
R("{A} 丢件 {A} 理赔", "yto", "claim A", cats=(8,))
R("{A} 拦截 投诉 催了三次都没人理", None, "intercept A; complaint A", cats=(8,), draw="sf")

if __name__ == "__main__":
    W.main()
