"""Writer "ay": the packers.

Casting note: shop owners, ops assistants and after-sales clerks of small and mid-sized e-commerce shops who save
up their problem parcels and post them to the outlet's group in one go. A typical message is a batch: three to
eight waybills, each with its own instruction (拦截 / 催 / 改址 / 撤单 / 核重 ...), sometimes numbered, sometimes
pasted from a spreadsheet, sometimes sorted by carrier (multi-carrier groups), by customer (张姐的 / 王总的) or by
status (已揽收的 / 没揽的). They say things once for the lot and then carve out exceptions ("都催一下 除了最后那个
要拦"), refer back to earlier lines ("同上", "这个也是", "跟第一个一样", "地址同上"), stack several requests on one
parcel (拦截并投诉, 改址+催, 理赔加仲裁, 核重顺便查物流) and, having re-read what they typed, add a correction for
one item at the end ("更正：第三个不是催 是拦截", "最后一个单号打错了"). They also post plain one-parcel requests
all day long, quote the bot's replies back, paste phones and order numbers next to waybills, and now and then
dictate by voice or type pinyin when busy.
"""

from harness import Writer

W = Writer("ay", seed=7393)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# 0. plain one-parcel requests
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截退回", "yto", "intercept A")
R("麻烦拦一下 {A}，客户退款了", "zto", "intercept A")
R("{A} 到哪了", "jt", "track A")
R("{A}\n催一下 客户急用", "sto", "urge A")
R("{A} 改地址 上海市浦东新区张江路665号3楼 前台代收", "yto", "change_address A")
R("{A} 这个好几天没更新了", "yunda", "delay A")
R("{A} 还没来揽 取消寄件", "cainiao", "cancel A")
R("中午发的 {A} 拦回来 地址写错了", "zto", "intercept A")
R("{A} 麻烦查一下物流", "sf", "track A")
R("{A} 帮忙加急一下哈", "jd", "urge A")
R("{A} 作废 这单不寄了", "deppon", "cancel A")
R("{A} 外包装破了 里面的洗发水漏了一箱子", "ems", "damaged A")
R("{A} 转寄到 浙江省宁波市鄞州区天童南路588号 宁波文化广场B座", "zto", "change_address A")
R("你好 {A} 这个件客户说没收到 但是显示已签收了 帮忙核实下", "yto", "verify_delivery A")
R("{A} 帮我核个重", "sto", "weight A")
R("{A} 丢件了吧 一个礼拜了 网点说没这个件", "jt", "lost A")
R("投诉 {A} 快递员态度太差 客户打电话过去被骂了", "sf", "complaint A")
R("{A} 跟收件方扯皮好几天了 说不清楚 申请仲裁", "jd", "arbitration A")
R("{A}", "cainiao", "track A")
R("{A} 截件 客户不要了", "ems", "intercept A")
R("亲 {A} 能帮忙催一下吗 客户天天问", "deppon", "urge A")
R("{A} 别派了 退回来", "yto", "intercept A")
R("{A} 什么时候能到啊", "zto", "track A")
R("{A} 撤单，买家取消订单了", "jt", "cancel A")
R("{A} 客户要改个地址，改成：广州市天河区体育西路103号维多利广场A塔2801", "sto", "change_address A")
R("{A} 一直在中转 好几天没动静了", "yunda", "delay A")
R("{A} 箱子被压坏了 客户拍了照", "sf", "damaged A")
R("{A} 帮忙查下重量 感觉多算了", "jd", "weight A")
R("{A} 物流到哪了 麻烦看下", "ems", "track A")
R("{A} 客户拒收 退件", "cainiao", "intercept A")
R("麻烦 {A} 尽快派送 谢谢🙏", "yto", "urge A")
R("{A} 地址改为 北京市朝阳区望京SOHO T1 1508", "jt", "change_address A")
R("{A} 买家不要了 取消订单 还没揽", "zto", "cancel A")
R("{A} 签收了 客户说没拿到 是不是放错地方了", "sto", "verify_delivery A")
R("{A} 件没了 哪都找不着", "deppon", "lost A")
R("{A} 帮我投诉一下这个网点 天天拖着不派", "yunda", "complaint A")
R("{A} 拦截一下谢谢", "jd", "intercept A")
R("{A} 快递员说下午派 现在都晚上了 催一下", "sf", "urge A")
R("{A} 这个怎么四天了还在转运中心不动", "ems", "delay A")
R("{A} 到哪儿了？客户说急用", "yto", "track A")
R("{A} 超重了吧 一件T恤算我两公斤", "cainiao", "weight A")
R("{A} 还没发出去 撤销掉", "jt", "cancel A")
R("{A} 里面的玻璃瓶碎了", "sto", "damaged A")
R("{A} 改派到客户公司：成都市高新区天府大道中段1388号 美年广场C座 不送家里了", "yunda", "change_address A")
R("{A} 帮忙催派 今天必须到", "deppon", "urge A")
R("{A} 客户不想要了 能拦吗", "sf", "intercept A")
R("{A} 核实一下签收 客户说家里没人签过", "jd", "verify_delivery A")
R("{A} 好几天没更新物流了 是不是丢了", "ems", "lost A")
R("{A} 怎么还没到 是不是延误了", "yto", "delay A")
R("{A} 申请理赔", "zto", "claim A")
R("查件 {A}", "jt", "track A")
R("{A} 转寄 新地址：南京市鼓楼区中山北路200号 收件人不变", "sto", "change_address A")
R("{A} 派送员没打电话直接扔快递柜了 客户很生气 投诉", "cainiao", "complaint A")
R("{A}拦截", "yunda", "intercept A")
R("{A} 加急派送 客户明天出差", "sf", "urge A")
R("{A} 揽收了没？没揽的话直接撤单", "deppon", "cancel A")
R("{A} 客户白天不在家 改送公司 地址：杭州市滨江区网商路699号 阿里中心", "jd", "change_address A")
R("{A} 一周了还显示在途", "ems", "delay A")
R("看下 {A} 现在到哪个站点了", "yto", "track A")
R("{A} 客户说东西少了一件", "zto", "lost A")
R("这个件 {A} 拦截 谢谢啦", "sto", "intercept A")
R("{A} 麻烦帮我撤回 还没揽件", "jt", "cancel A")
R("{A} 称一下重量 运费不对", "yunda", "weight A")
R("{A} 压坏了 纸箱塌了一半", "cainiao", "damaged A")
R("{A} 催件！！！", "jd", "urge A")
R("{A} 客户在群里骂了 说快递员把件扔门口就走了 投诉他", "sf", "complaint A")
R("{A} 这个纠纷网点处理不了 只能走仲裁了", "deppon", "arbitration A")
R("{A} 这个帮忙看一下 什么时候能派", "ems", "track A")
R("{A} 退回发件人", "yunda", "intercept A")
R("{A} 地址填错了 改到 武汉市洪山区珞喻路1037号 华中科技大学东校区 韵苑27栋", "zto", "change_address A")
R("{A} 不动了", "sto", "delay A")
R("{A} 遗失 麻烦登记一下", "yto", "lost A")
R("早上好 {A} 帮忙拦截一下 客户下错单了", "jt", "intercept A")
R("{A} 帮我催一催好吗", "cainiao", "urge A")
R("{A} 这个能撤吗 还没揽收的", "sf", "cancel A")
R("{A} 麻烦核下重", "jd", "weight A")
R("{A} 显示妥投 客户没收到", "ems", "verify_delivery A")
R("{A} 在哪呢", "deppon", "track A")
R("{A} 收到的时候里面东西烂了 水果全烂", "yunda", "damaged A")
R("早上好 麻烦帮我查查 {A} 到哪个网点了", "zto", "track A")
R("{A} 这个件客户说今天必须收到 能不能优先派一下", "jt", "urge A")
R("在吗在吗 {A} 拦一下 客户下单地址填成老家了", "yto", "intercept A")
R("{A} 这单还在我仓库 一直没人来揽 取消掉 不发了", "sto", "cancel A")
R("{A}\n麻烦改一下收货地址\n新地址：陕西省西安市未央区凤城八路166号", "sf", "change_address A")
R("请问 {A} 现在什么情况", "jd", "track A")
R("{A} 都一个星期了还在路上", "cainiao", "delay A")
R("{A} 收件人拒收 麻烦退回给我们", "deppon", "intercept A")
R("{A} 已经过了承诺时效了 还没派送 催催", "ems", "urge A")
R("{A} 快递员放门口被人拿了 显示签收 客户没收到", "yunda", "verify_delivery A")
R("{A} 派件员让客户自己去网点拿 不送上门 投诉", "zto", "complaint A")
R("{A} 这个件被分拣压坏了 盒子全瘪了", "jt", "damaged A")
R("{A} 一直没有揽收记录 撤销寄件", "yto", "cancel A")
R("{A} 收费重量跟我们称的差太多 申请复核重量", "sto", "weight A")
R("{A} 查不到物流信息 麻烦看一下", "sf", "track A")
R("麻烦加急 {A} 明天客户要用", "jd", "urge A")
R("{A} 今天下午能送到吗", "cainiao", "track A")
R("{A} 转寄到客户老家 河南省洛阳市涧西区中州中路239号", "ems", "change_address A")
R("您好 {A} 这个件帮忙拦截退回 给您添麻烦了", "deppon", "intercept A")
R("{A} 寄错了 东西不对 赶紧拦住", "yunda", "intercept A")
R("{A} 订单取消了 还没揽收 麻烦撤一下单", "zto", "cancel A")
R("{A} 配送停了好几天了 为啥不动", "jt", "delay A")
R("{A} 网点一直不派 麻烦帮忙加急", "yto", "urge A")
R("{A} 客户说快递员态度很差 要投诉", "sto", "complaint A")
R("{A} 被雨淋湿了 包装烂了 登记破损", "sf", "damaged A")
R("{A} 显示已签收 客户说驿站里也没有 帮忙查下谁签的", "jd", "verify_delivery A")
R("{A} 发错货了 退回来", "cainiao", "intercept A")
R("{A} 麻烦改送到客户单位：天津市南开区卫津路94号 南开大学东门传达室", "ems", "change_address A")
R("{A} 到了没", "deppon", "track A")
R("{A} 还没揽收吧？帮我撤了", "yunda", "cancel A")
R("{A} 丢失 客户一直没收到 物流停在上个月", "zto", "lost A")

# ---------------------------------------------------------------------------------------------------------------
# 0. chit-chat, thanks, questions without a waybill
# ---------------------------------------------------------------------------------------------------------------
R("好的 谢谢", "zto")
R("收到👌", "yto")
R("辛苦了 今天件多", "jt")
R("明天几点来收件啊", "sto")
R("今天下午能早点来揽吗 我这边五点关门", "yunda")
R("谢谢老师 已经收到了", "sf")
R("好滴 麻烦了", "jd")
R("大家早上好", "cainiao")
R("国庆期间正常发货吗", "ems")
R("面单打印机又卡纸了 有没有人知道怎么弄", "deppon")
R("ok 了解", "zto")
R("昨天那几单都处理好了 感谢🙏", "yto")
R("辛苦辛苦 下次请喝奶茶", "jt")
R("双十一期间揽收时间有变化吗", "sto")
R("行 那我等消息", "yunda")
R("客服在吗", "sf")
R("明白了 谢谢", "jd")
R("今天的件我下午三点前打包好 麻烦师傅过来拿", "cainiao")
R("收到收到", "ems")
R("群里能开发票吗", "deppon")
R("好的 已经跟客户说了", "zto")
R("嗯嗯 知道了", "yto")
R("好的 几单都收到回复了 谢谢", None)
R("今天大家的件都多吧 辛苦了", None)
R("👍👍", "sf")
R("明天周末 还正常揽收吗", "jt")

# ---------------------------------------------------------------------------------------------------------------
# 0. several parcels, one line each, explicit commands
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截\n{B} 催件\n{C} 查件", "yto", "intercept A; urge B; track C")
R("今天的几个问题件：\n1. {A} 拦截退回\n2. {B} 改地址 杭州市西湖区文三路90号 东部软件园3号楼\n3. {C} 催一下\n"
  "4. {D} 客户说没收到 显示签收了", "zto", "intercept A; change_address B; urge C; verify_delivery D")
R("{A} 撤单\n{B} 撤单\n{C} 这个已经揽了 拦截", "jt", "cancel A B; intercept C")
R("{A} 破损\n{B} 丢了\n{C} 到哪了", "sf", "damaged A; lost B; track C")
R("麻烦处理下这几单\n{A} 三天没动\n{B} 拦截 客户退款\n{C} 加急\n{D} 称重不对 帮忙核一下\n{E} 催", "yunda",
  "delay A; intercept B; urge C E; weight D")
R("{A} 取消\n{B} 取消\n{C} 这个已经揽了 那就拦截", "cainiao", "cancel A B; intercept C")
R("@客服 三单：\n{A} 催派\n{B} 催派\n{C} 改到公司 深圳市福田区福华三路 卓越世纪中心1号楼20楼", "jd",
  "urge A B; change_address C")
R("{A} 查一下到哪了\n{B} 拦截\n{C} 显示投递了客户没收到", "ems", "track A; intercept B; verify_delivery C",
  draw="ems_s10")
R("{A} 核重\n{B} 也核一下重量\n{C} 理赔", "deppon", "weight A B; claim C")
R("王姐那边的：{A} 拦截\n李哥那边的：{B} 催一下\n{C} 也是李哥的 催一下", "yto", "intercept A; urge B C")
R("{A}  到哪了\n{B}  到哪了\n{C}  到哪了\n{D}  客户不要了 退回", "zto", "track A B C; intercept D")
R("今天需要拦截的：\n{A}\n{B}\n{C}\n需要催的：\n{D}\n{E}", "sto", "intercept A B C; urge D E")
R("{A} 改地址 西安市雁塔区科技路48号 创业广场B座\n{B} 撤单\n{C} 催件\n{D} 查一下", "jt",
  "change_address A; cancel B; urge C; track D")
R("{A} 客户拒收 退回\n{B} 客户拒收 退回\n{C} 催件", "sf", "intercept A B; urge C")
R("{A} 延误\n{B} 延误\n{C} 延误\n{D} 破损", "yunda", "delay A B C; damaged D")
R("这两单帮忙拦截：{A}、{B}\n另外 {C} 帮忙催一下", "jd", "intercept A B; urge C")
R("{A} 还没揽收 撤掉\n{B} 已经发出去了 拦回来\n{C} 客户问啥时候到", "cainiao", "cancel A; intercept B; track C")
R("{A} 催派\n{B} 签收了没收到 核实\n{C} 压坏了", "deppon", "urge A; verify_delivery B; damaged C")
R("{A} 拦截\n{B} 拦截\n{C} 改地址：长沙市岳麓区麓谷大道658号 麓谷信息港A座\n{D} 查件", "ems",
  "intercept A B; change_address C; track D")
R("老板让我统一处理一下：\n{A}——撤单\n{B}——撤单\n{C}——拦截\n{D}——催件\n{E}——改地址 合肥市蜀山区黄山路459号\n"
  "{F}——查件", "yto", "cancel A B; intercept C; urge D; change_address E; track F")
R("{A}：拦截\n{B}：丢件了 帮忙登记\n{C}：投诉 快递员乱放", "sto", "intercept A; lost B; complaint C")
R("周一发的几个件\n{A} 一直没动\n{B} 一直没动\n{C} 客户说不要了 退回", "jt", "delay A B; intercept C")
R("{A} 派送太慢了 催\n{B} 外箱破损 里面的镜子裂了", "sf", "urge A; damaged B")
R("{A} {B} 这两个撤单", "yunda", "cancel A B")
R("{A} 核实签收\n{B} 核实签收\n{C} 催件\n\n麻烦了", "cainiao", "verify_delivery A B; urge C")
R("{A} 理赔\n{B} 仲裁", "jd", "claim A; arbitration B")
R("{A} 拦截退回\n{B} 转寄 新地址 天津市和平区南京路189号 津汇广场2座\n{C} 加急", "deppon",
  "intercept A; change_address B; urge C")
R("{A} 到哪了？\n{B} 这个客户拒收了 退回", "ems", "track A; intercept B", draw="ems_s10")
R("早 处理下这批\n{A} 客户退款 拦截\n{B} 客户退款 拦截\n{C} 客户退款 拦截\n{D} 正常 催一下就行", "yto",
  "intercept A B C; urge D")
R("中通的几个单子\n{A} 撤销\n{B} 撤销\n{C} 这个已经揽收了 拦截退回\n{D} 查件", "zto",
  "cancel A B; intercept C; track D")
R("顺丰的这几单麻烦看看\n{A} 到哪了\n{B} 到哪了\n{C} 客户说收到的时候盒子是湿的 东西坏了", "sf",
  "track A B; damaged C")
R("{A} 好几天没更新\n{B} 派件员电话打不通 催一下\n{C} 撤单", "yunda", "delay A; urge B; cancel C")
R("菜鸟的\n{A} 退回\n{B} 退回\n{C} 退回\n{D} 改地址 重庆市渝北区金开大道68号", "cainiao",
  "intercept A B C; change_address D")
R("{A} 查件\n{B} 显示已签收 客户说没有 麻烦核实\n{C} 查件", "jd", "track A C; verify_delivery B")
R("{A} 大件 催一下送货上门\n{B} 家具腿断了一根 破损", "deppon", "urge A; damaged B")
R("{A} 邮政的 查一下\n{B} 这个撤单", "ems", "track A; cancel B")
R("圆通：{A} 拦截\n极兔：{B} 拦截\n顺丰：{C} 催件", None, "intercept A B; urge C",
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("{A} 催\n{B} 到哪了\n{C} 撤单", None, "urge A; track B; cancel C", draw={"A": "jd", "B": "yto", "C": "deppon"})
R("圆通的两单 {A} {B} 都催一下\n京东那单 {C} 改地址 上海市徐汇区漕溪北路88号 圣爱大厦", None,
  "urge A B; change_address C", draw={"A": "yto", "B": "yto", "C": "jd"})
R("顺丰 {A} 破损\n德邦 {B} 破损\n极兔 {C} 丢件", None, "damaged A B; lost C",
  draw={"A": "sf", "B": "deppon", "C": "jt"})
R("{A} 拦截退回\n{B} 拦截退回\n{C} 拦截退回\n三个快递公司的 麻烦分别处理下", None, "intercept A B C",
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("极兔 {A} 三天没动\n圆通 {B} 催件\n邮政 {C} 查一下", None, "delay A; urge B; track C",
  draw={"A": "jt", "B": "yto", "C": "ems_s10"})
R("{A} 核重\n{B} 投诉 派件员不送上门", None, "weight A; complaint B", draw={"A": "deppon", "B": "jd"})
R("{A} 撤单\n{B} 撤单\n{C} 拦截", None, "cancel A B; intercept C", draw={"A": "sf", "B": "sf", "C": "yto"})
R("{A} 拦截\n{B} 改地址 福州市鼓楼区五四路158号 环球广场 收件人不变", "yto", "intercept A; change_address B")
R("【售后】\n{A} 催派送\n{B} 催派送\n{C} 客户要退 拦截\n谢谢", "zto", "urge A B; intercept C")
R("{A} 加急\n{B} 不动了\n{C} 不动了\n{D} 拦截", "jt", "urge A; delay B C; intercept D")
R("{A} 改派 寄到 厦门市思明区软件园二期观日路24号\n{B} 拦截", "sf", "change_address A; intercept B")
R("{A} 客户没收到 显示签收\n{B} 东西丢了\n{C} 压坏", "yunda", "verify_delivery A; lost B; damaged C")
R("{A} 查件\n{B} 查件\n{C} 查件\n{D} 查件\n{E} 催件", "cainiao", "track A B C D; urge E")
R("{A} 这个不寄了 取消\n{B} 这个也不寄了 取消", "jd", "cancel A B")
R("{A} 仲裁\n{B} 理赔\n{C} 投诉", "deppon", "arbitration A; claim B; complaint C")
R("{A} 拦截\n{B} 催", "ems", "intercept A; urge B", draw="ems_s10")
R("{A} 客户换地址了：昆明市五华区东风西路11号 顺城购物中心东塔\n{B} 客户说不要了 退回\n{C} 催", "yto",
  "change_address A; intercept B; urge C")
R("帮忙看一下\n{A} 两天没动了\n{B} 两天没动了 催一下", "zto", "delay A; urge B")
R("极兔的件\n{A} 查\n{B} 查\n{C} 拦", "jt", "track A B; intercept C")
R("{A} 重量核实下\n{B} 查物流\n{C} 拦截", "sf", "weight A; track B; intercept C")
R("下单下错了 这几个都还没揽收 取消\n{A}\n{B}\n{C}", "yunda", "cancel A B C")
R("{A} 催\n{B} 地址改成 济南市历下区泉城路180号 齐鲁国际大厦", "jd", "urge A; change_address B")
R("{A} 破损\n{B} 破损\n{C} 少件", "deppon", "damaged A B; lost C")
R("{A} 延误\n{B} 拦截退回\n{C} 到哪了", "ems", "delay A; intercept B; track C")
R("{A} 投诉！派件员把件放快递柜还不通知\n{B} 催件", "yto", "complaint A; urge B")
R("{A} 改地址 郑州市金水区花园路39号 国贸360广场\n{B} 改地址 郑州市二七区大学路80号", "zto",
  "change_address A B")
R("{A} 丢件\n{B} 延误\n{C} 核重\n{D} 查件\n{E} 催件", "jt", "lost A; delay B; weight C; track D; urge E")
R("{A} 拦截 客户改主意了\n{B} 查一下到哪了 客户说要用\n{C} 这个也查一下", "sf", "intercept A; track B C")
R("{A} 延误了\n{B} 破损了\n{C} 没收到 但是签收了", "cainiao", "delay A; damaged B; verify_delivery C")
R("京东的三单 都帮忙催一下\n{A}\n{B}\n{C}", "jd", "urge A B C")
R("{A} 取消寄件\n{B} 拦截退回", "deppon", "cancel A; intercept B")
R("{A} 投诉 投递员没送上门\n{B} 查件", "ems", "complaint A; track B")
R("{A} 拦截\n{B} 拦截\n{C} 改址 哈尔滨市南岗区西大直街92号", None, "intercept A B; change_address C",
  draw={"A": "yto", "B": "jt", "C": "jd"})
R("顺丰 {A} 查件\nEMS {B} 查件\n德邦 {C} 核重", None, "track A B; weight C",
  draw={"A": "sf", "B": "ems_s10", "C": "deppon"})
R("按快递公司分一下：\n【圆通】\n{A} 拦截\n{B} 催件\n【极兔】\n{C} 拦截\n{D} 查件\n【京东】\n"
  "{E} 改地址 南昌市红谷滩区会展路999号", None, "intercept A C; urge B; track D; change_address E",
  draw={"A": "yto", "B": "yto", "C": "jt", "D": "jt", "E": "jd"})
R("两个件：\n{A} 客户说要改地址 改成 石家庄市长安区中山东路39号 勒泰中心\n{B} 客户说不要了 拦截", "yto",
  "change_address A; intercept B")
R("{A} 这个件在哪\n{B} 这个件也帮我看看在哪", "sto", "track A B")
R("{A} 查重量\n{B} 查物流", "jt", "weight A; track B")
R("{A} 加急\n{B} 加急\n{C} 改派 兰州市城关区东岗西路638号", "yunda", "urge A B; change_address C")
R("已揽收：\n{A} 拦截\n{B} 拦截\n未揽收：\n{C} 撤单\n{D} 撤单\n已签收：\n{E} 客户说没收到 核实", "zto",
  "intercept A B; cancel C D; verify_delivery E")
R("{A} 改地址 北京市丰台区丽泽路18号\n{B} 改地址\n{C} 拦截", "jd", "change_address A B; intercept C", nh=True)
R("{A} 拦截\n{B} 催件\n{C} 这个件客户说要改地址 新地址我等下发", "cainiao",
  "intercept A; urge B; change_address C", nh=True)
R("{A} 撤单\n{B} 这个也帮我撤了\n{C} 这个催一下 老是不动", "sto", "cancel A B; urge C")
R("张姐的：{A} 催\n刘总的：{B} 拦 {C} 拦", "jt", "urge A; intercept B C")
R("{A} {B}\n这俩都是买家退款的 拦截退回", "sf", "intercept A B")
R("{A} 压坏了\n{B} 漏液了\n{C} 少了两件", "yunda", "damaged A B; lost C")

# ---------------------------------------------------------------------------------------------------------------
# 7. several parcels: shared instructions with exceptions, positions, 同上, tables, one-sentence batches
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n{D}\n都催一下 除了最后那个要拦", "yto", "urge A B C; intercept D", cats=(7,))
R("{A} 拦截\n{B} 同上\n{C} 同上\n{D} 催件", "zto", "intercept A B C; urge D", cats=(7,))
R("{A}\n{B}\n{C}\n第一单拦截 后两单催一下", "jt", "intercept A; urge B C", cats=(7,))
R("{A}催 {B}催 {C}退回", "sto", "urge A B; intercept C", cats=(7,))
R("{A} 改地址 杭州市上城区解放路18号\n{B} 这个也是 一样的地址", "sf", "change_address A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n以上全部拦截", "yunda", "intercept A B C D E", cats=(7,))
R("{A} 催件\n{B} 跟第一个一样\n{C} 拦截\n{D} 跟上面那个一样", "jd", "urge A B; intercept C D", cats=(7,))
R("单号\t处理\n{A}\t拦截\n{B}\t催件\n{C}\t改地址 沈阳市和平区青年大街286号 华润大厦", "deppon",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A}、{B}、{C}、{D} 第二个和第四个拦截 其他的催", "yto", "intercept B D; urge A C", cats=(7,))
R("上午发的五单\n{A}\n{B}\n{C}\n{D}\n{E}\n前三单撤单 后面两单已经揽收了 拦截", "zto", "cancel A B C; intercept D E",
  cats=(7,))
R("{A}\n{B}\n{C}\n上面两个拦截 最后一个催", "sto", "intercept A B; urge C", cats=(7,))
R("这批都催一下：\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n除了{C} 那个客户不要了 直接退回", "yunda",
  "urge A B D E F; intercept C", cats=(7,))
R("序号 单号 问题\n1 {A} 催派\n2 {B} 未收到显示签收\n3 {C} 破损\n4 {D} 催派", "jd",
  "urge A D; verify_delivery B; damaged C", cats=(7,))
R("{A}\n{B}\n第一个核重 第二个理赔", "deppon", "weight A; claim B", cats=(7,))
R("刘姐的：{A} {B}\n周哥的：{C}\n刘姐的两单退回 周哥的催一下", "yto", "intercept A B; urge C", cats=(7,))
R("{A} 拦\n{B} 一样\n{C} 一样\n{D} 不用管 查下到哪就行", "zto", "intercept A B C; track D", cats=(7,))
R("还没揽收的：{A} {B}\n已经揽收的：{C} {D}\n没揽的撤单 揽了的拦截", "sto", "cancel A B; intercept C D", cats=(7,))
R("{A}\t拦截\t客户退款\n{B}\t拦截\t地址错误\n{C}\t催件\t", "jt", "intercept A B; urge C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n中间两个改地址到 苏州市姑苏区人民路1208号 其余两个拦截", "sf",
  "change_address B C; intercept A D", cats=(7,))
R("以下单号全部催件\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}", "yunda", "urge A B C D E F G", cats=(7,))
R("{A} 破损 {B} 丢件 {C} 延误 {D} 催件", "cainiao", "damaged A; lost B; delay C; urge D", cats=(7,))
R("{A}  {B}  {C}\n这几个都没动 催一下 最后那个顺便核个重", "deppon", "urge A B C; weight C", cats=(7, 8))
R("{A} 改地址 长春市朝阳区人民大街5988号\n{B} 地址跟上面一样", "zto", "change_address A B", cats=(7,))
R("单号|操作\n{A}|拦截\n{B}|撤单\n{C}|催件", "sto", "intercept A; cancel B; urge C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第1、3、5拦截 第2、4催", "sf", "intercept A C E; urge B D", cats=(7,))
R("王总的 {A} {B} 拦截\n赵姐的 {C} 催\n小陈的 {D} 改地址 宁波市江北区人民路132号 老外滩", "yunda",
  "intercept A B; urge C; change_address D", cats=(7,))
R("{A} 延误\n{B} 同上\n{C} 同上 客户说要投诉", "cainiao", "delay A B C; complaint C", cats=(7, 8))
R("麻烦 {A} 和 {B} 都拦一下 {C} 不用拦 催一下就行", "jd", "intercept A B; urge C", cats=(1, 7))
R("{A} {B} {C}\n圆通那两个拦截 顺丰那个催件", None, "intercept A C; urge B", cats=(7,),
  draw={"A": "yto", "B": "sf", "C": "yto"})
R("{A}\n{B}\n{C}\n{D}\n极兔的全部催一下 京东的拦截", None, "urge A C; intercept B D", cats=(7,),
  draw={"A": "jt", "B": "jd", "C": "jt", "D": "jd"})
R("单号\t快递\t处理\n{A}\t圆通\t拦截\n{B}\t顺丰\t改地址 东莞市南城区鸿福路200号 海德广场\n{C}\t德邦\t催件", None,
  "intercept A; change_address B; urge C", cats=(7,), draw={"A": "yto", "B": "sf", "C": "deppon"})
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n这六单 前四个催 最后两个退回", "yto", "urge A B C D; intercept E F", cats=(7,))
R("{A} {B} 这俩催一下\n{C} 跟他们一样\n{D} 撤单", "zto", "urge A B C; cancel D", cats=(7,))
R("{A} {B} {C} {D} 除了{B}都拦截", "sf", "intercept A C D", cats=(7,))
R("{A}\n{B}\n{C}\n一个拦截一个催件一个查件", "yunda", "", nh=True, cats=(7,))
R("{A}、{B} 改派到 青岛市市南区香港中路76号 两单同一个收件人", "jd", "change_address A B", cats=(7,))
R("{A} {B} {C}\n都是显示签收没收到的 麻烦核实", "zto", "verify_delivery A B C", cats=(7,))
R("跟上午那批一样的问题 再加两个\n{A}\n{B}\n拦截", "jt", "intercept A B", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n{D} 拦截\n四个都是一个客户的 麻烦尽快", "cainiao", "intercept A B C D")
R("刘哥的三件\n{A}\n{B}\n{C}\n都催一下 中间那个是大件 顺便核下重量", "deppon", "urge A B C; weight B", cats=(7, 8))
R("{A}      拦截\n{B}      改地址    贵阳市观山湖区林城西路95号\n{C}      催件", "ems",
  "intercept A; change_address B; urge C", cats=(7,))
R("{A}\n{B}\n这两个 一个拦截一个改地址", "yto", "", nh=True, cats=(7,))
R("{A} 拦截\n{B} 这个也是\n{C} 这个不是 这个催一下", "zto", "intercept A B; urge C", cats=(7,))
R("都是前天的件 {A} {B} {C} {D} 全部三天没动了 打延误", "sto", "delay A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n这8单都是刷错的 全部撤单", "jt", "cancel A B C D E F G H", cats=(7,))
R("{A} 拦截 {B} 拦截 {C} 和 {D} 改地址到同一个地方：珠海市香洲区情侣中路47号", "sf",
  "intercept A B; change_address C D", cats=(7,))
R("{A} 催件\n{B} 催件\n以上 另外 {C} 退回", "yunda", "urge A B; intercept C", cats=(7,))
R("{A} {B}\n这两个 第一个退回 第二个改地址 新地址：南宁市青秀区民族大道136号 华润大厦", "cainiao",
  "intercept A; change_address B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n圆通的都催 极兔的都拦 德邦那个核重", None, "urge A C; intercept B E; weight D",
  cats=(7,), draw={"A": "yto", "B": "jt", "C": "yto", "D": "deppon", "E": "jt"})
R("张姐的件 {A} 退回\n王哥的件 {B} {C} 催一下\n李总的件 {D} 同王哥", None, "intercept A; urge B C D", cats=(7,),
  draw={"A": "sf", "B": "yto", "C": "yto", "D": "jd"})
R("{A} {B} {C} {D} {E} 都催 第三个除外 第三个拦截", "yto", "urge A B D E; intercept C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n最上面那个改址到 南京市建邺区江东中路333号 其他的催", "zto",
  "change_address A; urge B C D", cats=(7,))
R("{A}\n{B}\n前面那个催 后面那个先不用管", "jt", "urge A", cats=(7,))
R("帮忙处理以下 按客户分：\n【陈女士】{A} {B} 全部退回\n【吴先生】{C} 改地址 长沙市天心区芙蓉中路三段569号\n"
  "【小李】{D} 催一下 {E} 同上\n【老周】{F} 核实签收", "jt",
  "intercept A B; change_address C; urge D E; verify_delivery F", cats=(7,))
R("{A} {B} {C} 这三个都催 {D} {E} 这俩拦 最后 {F} 改地址 温州市瓯海区娄桥街道古岸头路1号", "zto",
  "urge A B C; intercept D E; change_address F", cats=(7,))
R("同一个客户三个件 {A} {B} {C}\n第一个已经签收了 客户说没收到 核实一下\n第二个在路上 拦截\n第三个还没揽收 撤单", "jt",
  "verify_delivery A; intercept B; cancel C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n都是同一批 都拦截 第四个除外 第四个已经签收了", "yto", "intercept A B C E", cats=(7,))
R("{A} 催件\n{B} 这个也是\n{C} 也是\n{D} 这个不一样 要拦截\n{E} 跟上一个一样", "zto", "urge A B C; intercept D E",
  cats=(7,))
R("{A} {B} 都是顺丰的 拦截\n{C} 是京东的 催一下\n{D} 极兔 同京东那个", None, "intercept A B; urge C D", cats=(7,),
  draw={"A": "sf", "B": "sf", "C": "jd", "D": "jt"})
R("{A}\n{B}\n这两单 上面的改地址 下面的不用动", "sf", "change_address A", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n除了中间那个都查一下到哪了 中间那个拦截", "jd", "track A C; intercept B", cats=(7,))

# ---------------------------------------------------------------------------------------------------------------
# 8. compound requests on one parcel (and on several)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 并投诉派件员 态度极差", "yto", "intercept A; complaint A", cats=(8,))
R("{A} 改地址到 杭州市拱墅区莫干山路100号 耀江国际大厦 改完了帮忙催一下 客户等着用", "zto",
  "change_address A; urge A", cats=(8,))
R("{A} 破损 理赔和仲裁一起走", "sto", "claim A; arbitration A", cats=(8,))
R("{A} 核重 顺便查下物流到哪了", "jt", "weight A", cats=(8,))
R("{A} 丢了 要求赔偿", "sf", "claim A", cats=(8,))
R("{A} 外箱破了 里面碎了 快递员还说是我们包装问题 投诉他", "yunda", "damaged A; complaint A", cats=(8,))
R("{A} 件压坏了 要赔 另外投诉网点 暴力分拣", "cainiao", "claim A; complaint A", cats=(8,))
R("{A} 显示签收 客户没收到 投诉快递员虚假签收", "jd", "verify_delivery A; complaint A", cats=(8,))
R("{A} 延误了 客户要投诉", "deppon", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户已经投诉我们了 我们也要投诉你们", "ems", "urge A; complaint A", cats=(8,))
R("{A} 催一下 再看看到哪了", "yto", "urge A", cats=(8,))
R("{A} 丢件 投诉", "sto", "lost A; complaint A", cats=(8,))
R("{A} 超重 核一下 另外投诉 揽件员乱收费", "cainiao", "weight A; complaint A", cats=(8,))
R("{A} 破损 登记一下 投诉快递员 暂时不要理赔", "jd", "damaged A; complaint A", cats=(1, 8))
R("{A} 拦截退回 同时核一下重量 运费明显不对", "deppon", "intercept A; weight A", cats=(8,))
R("{A} 漏液了 里面全湿了 要赔钱", "yto", "claim A", cats=(8,))
R("{A} 丢了一个多月了 理赔一直没结果 申请仲裁", "zto", "arbitration A", cats=(8,))
R("{A} 拦截 顺便查一下现在到哪了", "sto", "intercept A", cats=(8,))
R("{A} 改地址 常州市新北区太湖东路9号 改好告诉我一声 再就是这个件称重也不对 核一下", "jt",
  "change_address A; weight A", cats=(8,))
R("{A} 破损 + 投诉 + 理赔", "sf", "claim A; complaint A", cats=(8,))
R("{A} 三天没动 打延误 同时投诉网点", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 客户说里面东西坏了 而且送货的态度还很差 帮我投诉一下 登记破损", "cainiao", "damaged A; complaint A",
  cats=(8,))
R("{A} 拦回来 这单快递员私自改了我们的地址 投诉", "jd", "intercept A; complaint A", cats=(8,))
R("{A} 东西碎了 理赔 仲裁也申请一下 之前找网点没人管", "sto", "claim A; arbitration A", cats=(8,))
R("{A} 改地址 上海市静安区南京西路1266号 恒隆广场 并且加急派送 今天要到", "sf", "change_address A; urge A",
  cats=(8,))
R("{A} 核重 多收了钱 投诉揽件员", "yunda", "weight A; complaint A", cats=(8,))
R("{A} 拦截并投诉\n{B} 催件\n{C} 破损 理赔", "yto", "intercept A; complaint A; urge B; claim C", cats=(8,))
R("{A} 丢了 理赔\n{B} 破了 投诉快递员\n{C} 延误", "zto", "claim A; damaged B; complaint B; delay C", cats=(8,))
R("{A} 改地址 广州市海珠区新港东路1068号 中洲中心 + 催\n{B} 核重 + 查物流\n{C} 拦截", "sf",
  "change_address A; urge A; weight B; intercept C", cats=(8,))
R("{A} {B} 都破损了 客户要赔偿 顺便投诉网点", "jt", "claim A B; complaint A B", cats=(7, 8))
R("{A} 催一下 客户投诉了\n{B} 同上", "sto", "urge A B; complaint A B", cats=(7, 8))
R("{A} 显示签收没收到 + 投诉\n{B} 显示签收没收到", "jd", "verify_delivery A B; complaint A", cats=(8,))
R("{A} 延误 客户要投诉\n{B} 核重\n{C} 理赔 货摔坏了", "deppon", "delay A; complaint A; weight B; claim C", cats=(8,))
R("{A} 拦截 投诉\n{B} 改址 成都市武侯区天府大道北段1700号 环球中心 改完催一下", None,
  "intercept A; complaint A; change_address B; urge B", cats=(8,), draw={"A": "yto", "B": "sf"})
R("{A} 破损并投诉投递员\n{B} 查件", "ems", "damaged A; complaint A; track B", cats=(8,), draw="ems_s10")
R("{A}\n{B}\n{C}\n三个都是压坏的 都要理赔 第二个再加个投诉", "yto", "claim A B C; complaint B", cats=(7, 8))
R("{A} 查下物流 核下重量 催一下派送", "zto", "weight A; urge A", cats=(8,))
R("{A} 丢件 理赔 投诉 仲裁 全部走一遍", "sto", "claim A; complaint A; arbitration A", cats=(8,))
R("{A} 催派 顺便核个重\n{B} 同上", "sf", "urge A B; weight A B", cats=(7, 8))
R("{A} 改地址到 温州市鹿城区车站大道577号 财富中心\n{B} 改地址同上 另外这两个都加急", "yunda",
  "change_address A B; urge A B", cats=(7, 8))
R("{A} 少了一件 赔偿\n{B} 漏液 登记破损 投诉", "cainiao", "claim A; damaged B; complaint B", cats=(8,))
R("今天的问题件汇总：\n{A} 拦截\n{B} 催件\n{C} 改地址 杭州市钱塘区学源街118号\n{D} 同上 地址一样\n{E} 核重\n"
  "{F} 客户说没收到 显示签收\n补充：{B} 顺便投诉一下 派件员不接电话", "yto",
  "intercept A; urge B; complaint B; change_address C D; weight E; verify_delivery F", cats=(7, 8))
R("{A} 破损 理赔\n{B} 同上\n{C} 丢件 理赔 还要投诉\n{D} 跟第一个一样", "cainiao",
  "claim A B C D; complaint C", cats=(7, 8))
R("{A} 核重 顺便查物流\n{B} 催件并投诉\n{C} 理赔加仲裁", "deppon",
  "weight A; urge B; complaint B; claim C; arbitration C", cats=(8,))
R("{A} 拦截\n{B} 改派 广州市越秀区中山五路219号\n{C} 加急\n{D} 加急\n{E} 压坏了\n\n其中 {E} 客户要赔偿", "sf",
  "intercept A; change_address B; urge C D; claim E", cats=(8,))
R("{A} 改地址 昆山市玉山镇前进西路1号\n{B} 改地址 昆山市花桥镇徐公桥路10号\n两个改完都催一下", "cainiao",
  "change_address A B; urge A B", cats=(7, 8))
R("{A}\t拦截\n{B}\t核重\n{C}\t理赔\n{D}\t破损+投诉", "deppon",
  "intercept A; weight B; claim C; damaged D; complaint D", cats=(7, 8))
R("{A} 拦截并投诉\n{B} 同上\n{C} 只拦截 不投诉", "sto", "intercept A B C; complaint A B", cats=(1, 7, 8))
R("{A} 理赔 + 仲裁\n{B} 理赔\n{C} 跟第一个一样", "jt", "claim A B C; arbitration A C", cats=(7, 8))
R("{A}\n{B}\n{C}\n都核重 顺便看下都到哪了", "sf", "weight A B C", cats=(7, 8))

# ---------------------------------------------------------------------------------------------------------------
# 1. negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=(1,))
R("{A} 不用拦了 客户又要了", "zto", "", nh=True, cats=(1,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n{B} 算了不拦了", "sto", "intercept A C", cats=(1,))
R("不是不拦 是现在就拦 {A}", "jt", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 杭州市萧山区市心中路819号 萧山宝龙广场", "sf", "change_address A", cats=(1,))
R("{A} 不用理赔了 客户说东西找到了", "yunda", "", nh=True, cats=(1,))
R("{A} {B} {C} 都催一下 {B}不用催了 已经签收了", "cainiao", "urge A C", cats=(1, 7))
R("昨天让拦的那个 {A} 不拦了", "jd", "", nh=True, cats=(1,))
R("{A} 不撤单了 还是要寄", "deppon", "", nh=True, cats=(1,))
R("{A} 不拦截了 改地址 新地址 合肥市包河区徽州大道1188号", "ems", "change_address A", cats=(1,))
R("{A} 催件\n{B} 催件\n{C} 不用催 这个客户说不急", "yto", "urge A B", cats=(1,))
R("刚才发的 {A} 改地址那个 不改了", "zto", "", nh=True, cats=(1,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n\n等等 {A} 不拦 客户刚说要", "jt", "intercept B C", cats=(1,))
R("{A} 不要拦截 不要退回 客户那边签收就好 帮忙催一下", "sf", "urge A", cats=(1,))
R("{A} 别催了 客户说已经到了", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截\n{B} 不拦 核重就行", "jd", "intercept A; weight B", cats=(1,))
R("{A} 这个先不拦了 等我问问客户", "ems", "", nh=True, cats=(1,))
R("{A} 别退回了 客户联系上了 正常派送就行", "yto", "", nh=True, cats=(1,))
R("{A} {B} {C}\n都不要拦截了\n改成催件", "zto", "urge A B C", cats=(1, 7))
R("{A} 不是丢件 是破损", "sf", "damaged A", cats=(1, 2))
R("{A} 理赔不用了\n{B} 理赔继续", "yunda", "claim B", nh=True, cats=(1,))
R("{A} 不取消了 {B} 取消", "cainiao", "cancel B", nh=True, cats=(1,))
R("{A} 拦截 {B} 拦截 {C} 拦截 —— 哦 {C} 不用 那个已经签收了", "ems", "intercept A B", cats=(1,),
  draw="ems_s10")
R("{A} 不要撤单！！已经揽收了 要拦截", "yto", "intercept A", cats=(1,))
R("{A}\n{B}\n{C}\n{D}\n都拦截 不过第三个不用 第三个客户又要了", "zto", "intercept A B D", cats=(1, 7))
R("{A} 拦截\n{B} 不拦 催一下\n{C} 不拦 查一下", None, "intercept A; urge B; track C", cats=(1,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("{A} 前面说的投诉撤销 客户不追究了", "sto", "", nh=True, cats=(1,))
R("{A} 不是不拦截 是拦截之后还要投诉", "jt", "intercept A; complaint A", cats=(1, 8))
R("{A} 撤单\n{B} 撤单\n{A} 哦不对 这个不撤", "cainiao", "cancel B", cats=(1, 2))
R("{A} 不催了 {B} {C} 继续催", "jd", "urge B C", nh=True, cats=(1,))
R("上午那几个 {A} 还是拦 {B} 就别拦了", "yto", "intercept A", nh=True, cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# 2. corrections
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "yto", "intercept A", cats=(2,))
R("{A} 改址取消，还是拦截吧", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 更正 单号打错了 是 {A}", "sto", "intercept A", cats=(2,))
R("{A} 拦截\n{B} 催件\n{C:typo} 催件\n更正：第三个单号是 {C}", "jt", "intercept A; urge B C", cats=(2,))
R("{A} 催件\n{B} 催件\n{C} 催件\n改一下 第二个不是催 是拦截", "sf", "urge A C; intercept B", cats=(2, 7))
R("{A} 拦截\n{B} 改地址 宁波市海曙区中山西路138号 天一广场\n哦对了 第一个写错了 不是拦截是撤单 还没揽收", "yunda",
  "cancel A; change_address B", cats=(2, 7))
R("{A} 退回\n{B} 退回\n{C} 退回\n更正 {B} 是催件 不是退回", "cainiao", "intercept A C; urge B", cats=(2,))
R("{A:typo} 催件\n不好意思 单号错了 {A}", "jd", "urge A", cats=(2,))
R("{A} 核重 哦不对 是理赔 货丢了", "deppon", "claim A", cats=(2, 8))
R("{A}\n{B}\n{C}\n{D:typo}\n都催一下\n——更正：最后一个单号打错了 应该是 {D}", "yto", "urge A B C D", cats=(2, 7))
R("{A} 拦截 {B} 拦截\n更正一下 {B} 改成改地址 地址：嘉兴市南湖区中环南路1288号", "zto",
  "intercept A; change_address B", cats=(2,))
R("{A} 改地址 无锡市梁溪区中山路168号\n不对不对 地址是 无锡市滨湖区蠡湖大道1800号", "sto", "change_address A",
  cats=(2,))
R("{A} 拦截\n{B} 拦截\n{C} 催件\n——第二个看错了 那个也是催件", "sf", "intercept A; urge B C", cats=(2, 7))
R("{A:typo} {B} 这两个拦截\n前面那个号打错了一位 正确是 {A}", "yunda", "intercept A B", cats=(2, 7))
R("{A} 理赔\n哦 不是理赔 客户只是要投诉", "cainiao", "complaint A", cats=(2,))
R("{A} 查下到哪了\n算了 直接拦截吧 客户不要了", "jd", "intercept A", cats=(2,))
R("{A} 催件 {B} 催件 {C} 催件 {D} 催件\n啊 第四个应该是拦截", "deppon", "urge A B C; intercept D", cats=(2, 7))
R("{A} 拦截\n更正：{A} 是改地址 新地址 广州市白云区机场路1962号", "ems", "change_address A", cats=(2,),
  draw="ems_s10")
R("{A} 改地址 杭州市余杭区良渚街道玉鸟路1号\n{B} 改地址 同上\n改一下 {B} 不改了 拦截", "yto",
  "change_address A; intercept B", cats=(2, 7))
R("{A} 核重 还是查件吧 先看看到哪", "jt", "track A", cats=(2,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n最后一个更正 改成撤单 还没发", "sf", "intercept A B; cancel C", cats=(2, 7))
R("{A} {B} 核重\n第二个不是核重 是破损", "deppon", "weight A; damaged B", cats=(2, 7))
R("{A} 拦截 还是不拦了 催一下吧", "ems", "urge A", cats=(1, 2))
R("圆通 {A} 拦截\n顺丰 {B} 催件\n更正 顺丰那个也拦截", None, "intercept A B", cats=(2,),
  draw={"A": "yto", "B": "sf"})
R("{A} 撤单\n{B} 撤单\n{C:x} 撤单\n第三个多打了一位 正确的是 {C}", "yto", "cancel A B C", cats=(2, 6))
R("{A} 改地址 佛山市禅城区季华五路10号\n{B} 催件\n纠正 第一个地址写错了 是 季华五路22号", "jt",
  "change_address A; urge B", cats=(2,))
R("{A} 催\n{B} 催\n{C} 催\n{D} 催\n{E} 拦截\n最后改一下：{C} 不催了 也拦截", "zto", "urge A B D; intercept C E",
  cats=(2, 7))
R("{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n都催一下 除了第二个和最后一个 那俩拦截\n哦第二个我看错了 第二个也催", "sf",
  "urge A B C D E; intercept F", cats=(2, 7))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n{D} 拦截\n{E} 拦截\n更正：倒数第二个单号错了 是 {F}", "sto",
  "intercept A B C E F", cats=(2, 7))
R("{A}\n{B}\n{C}\n这三个都催一下 第三个客户要退 改成拦截", "yunda", "urge A B; intercept C", cats=(2, 7))
R("圆通的：\n{A} 拦截\n{B} 拦截\n极兔的：\n{C} 催\n{D} 同上\n顺丰的：\n{E} 改地址 上海市黄浦区淮海中路300号\n"
  "——更正 极兔第二个不催了 拦截", None, "intercept A B D; urge C; change_address E", cats=(2, 7),
  draw={"A": "yto", "B": "yto", "C": "jt", "D": "jt", "E": "sf"})

# ---------------------------------------------------------------------------------------------------------------
# 3. quotes and replies, the bot's own replies quoted back
# ---------------------------------------------------------------------------------------------------------------
Q = "\n- - - - - - - - - - - - - - -\n"
R("「张店长：{A} 拦截」" + Q + "这个也帮我投诉一下派件员", "yto", "complaint A", cats=(3,))
R("@王姐 {A} 拦截已提交，结果会第一时间通知您\n------\n好的 另外 {B} 催一下", "zto", "urge B", cats=(3,))
R("引用 客服小美：@李总 {A} 已签收，无法拦截\n那帮忙核实一下签收 客户说根本没收到", "sto", "verify_delivery A",
  cats=(3,))
R("回复 @刘哥：{A} 拦截 {B} 拦截\n{B} 不用拦了 客户又要了", "jt", "", nh=True, cats=(1, 3))
R("「机器人：@陈陈 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + Q + "撤单 {A}", "sf", "cancel A",
  cats=(3,))
R("“{A} 催件”\n这个催了两天了还没到 再催 客户要投诉了", "yunda", "urge A; complaint A", cats=(3, 8))
R("引用 小周：{A} {B} {C} 三单拦截\n第二个不用了", "cainiao", "", nh=True, cats=(1, 3, 7))
R("@赵姐 {A} 已为您催促派送，请耐心等待" + Q + "催了还是没动 投诉吧", "jd", "complaint A", cats=(3,))
R("「小王：{A} 核重」" + Q + "这个结果出来了吗", "deppon", "", nh=True, cats=(3,))
R("回复 @店主：{A} 拦截\n拦截了吗？", "ems", "", nh=True, cats=(3,))
R("「客服机器人：@Amy {A} 改址已提交，结果会第一时间通知您」" + Q + "客户又换地址了 改成 杭州市临平区世纪大道1号",
  "yto", "change_address A", cats=(3,))
R("「机器人：@小林 {A} 拦截已提交，结果会第一时间通知您」" + Q + "好的谢谢", "zto", "", cats=(3,))
R("引用 我：{A} 拦截\n{B} 这个也拦截一下", "sto", "intercept B", cats=(3,))
R("「李姐：{A} 催件 {B} 催件」" + Q + "这两个都改成拦截 客户退款了", "jt", "intercept A B", cats=(2, 3))
R("“{A} 破损 登记一下”\n这个客户要求赔偿了 麻烦走理赔", "sf", "claim A", cats=(3, 8))
R("回复 @韵达小助手：@阿杰 {A} 已为您登记延误工单，结果会第一时间通知您\n还是没动 再催一下", "yunda", "urge A",
  cats=(3,))
R("引用 王店长：以下拦截\n{A}\n{B}\n{C}\n\n还有这个 {D} 也拦", "jd", "intercept D", cats=(3,))
R("「德邦机器人：@阿强 {A} 撤单成功」" + Q + "好的 还有 {B} {C} 也撤一下", "deppon", "cancel B C", cats=(3,))
R("回复 @邮政客服：@小雨 请确认：{A} 拦截退回？回复“确认”即办理\n确认 拦截", "ems", "intercept A", cats=(3,),
  draw="ems_s10")
R("「客服机器人：@大鹏 您的消息已转人工客服处理，请稍候」" + Q + "等半天了 {A} 到底拦没拦住", "yto", "", nh=True,
  cats=(3,))
R("“{A} 改地址 上海市闵行区莘松路958号”\n这个不用改了", "zto", "", nh=True, cats=(1, 3))
R("引用 小刘：{A} 拦截 {B} 催件 {C} 催件\n{C} 也改成拦截 客户不要了", "sto", "intercept C", cats=(2, 3))
R("「极兔客服：@晴天 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + Q + "好的 另外快递员是把箱子踢进门的 帮忙投诉",
  "jt", "complaint A", cats=(3,))
R("「小陈：{A}\n{B}\n{C}\n都催一下」" + Q + "第一个改成拦截 其他的不变", "yunda", "intercept A", cats=(2, 3, 7))
R("@阿丽 {A} 拦截已提交，结果会第一时间通知您\n@阿丽 {B} 拦截已提交，结果会第一时间通知您\n----------\n第二个不用了 客户签收了",
  "cainiao", "", nh=True, cats=(1, 3))
R("引用 京东小哥：{A} 明天送\n明天不行 今天必须送到 加急", "jd", "urge A", cats=(3,))
R("「我：{A} 理赔」" + Q + "一直没人处理 申请仲裁", "deppon", "arbitration A", cats=(3,))
R("回复 @客服：@小楠 {A} 已签收，无法拦截\n签收了？客户说没收到 查一下谁签的 另外投诉一下", "zto",
  "verify_delivery A; complaint A", cats=(3, 8))
R("「老板娘：{A} {B} {C} 都撤单」" + Q + "第三个已经揽收了 改成拦截", "sto", "intercept C", cats=(2, 3, 7))
R("引用 运营小王：客户要求 {A} 改地址\n地址是 厦门市湖里区枋湖北二路1号 麻烦改一下", "jt", "change_address A",
  cats=(3,))
R("@大白 {A} 已为您催促派送，请耐心等待\n@大白 {B} 已为您催促派送，请耐心等待\n------\n谢谢 第一个客户收到了 第二个还没动 再催",
  "sf", "urge B", cats=(3, 7))
R("「店员小何：{A} 改地址」" + Q + "新地址 呼和浩特市赛罕区新华东街88号", "cainiao", "change_address A", cats=(3,))

# ---------------------------------------------------------------------------------------------------------------
# 4. phones, order numbers, amounts, dates beside the waybills
# ---------------------------------------------------------------------------------------------------------------
R("{A} 改地址 杭州市西湖区古墩路701号 紫金广场 张女士 {PN}", "yto", "change_address A", cats=(4,))
R("订单号 {O}\n运单号 {A}\n客户申请退款 麻烦拦截", "zto", "intercept A", cats=(4,))
R("{A} 客户电话 {PN} 一直打不通 催一下派件员", "sto", "urge A", cats=(4,))
R("{A} 电话改为 {P}", "jt", "change_address A", nh=True, cats=(4,))
R("{A} 货值 899元 破损 申请理赔", "sf", "claim A", cats=(4, 8))
R("{A} 11月3号发的 到现在没动", "yunda", "delay A", cats=(4,))
R("{A} 收件人电话写错了 正确的是 {PN} 地址也改一下 改到 西宁市城西区五四大街36号", "cainiao", "change_address A",
  cats=(4,))
R("订单 {O} 对应的快递 {A} 显示签收 客户没收到 客户电话 {PN}", "jd", "verify_delivery A", cats=(4,))
R("{A} 实际重量 12.5kg 你们按 25kg 收的 核一下", "deppon", "weight A", cats=(4,))
R("{A} 改地址\n收件人：刘先生\n电话：{PN}\n地址：江苏省南京市江宁区秣陵街道胜太路68号", "yto", "change_address A",
  cats=(4,))
R("{A} 改派\n新收件人 周女士 {PN}\n新地址 济南市市中区经十路22799号\n{B} 催件", "zto", "change_address A; urge B",
  cats=(4,))
R("{A} 拦截\n{B} 拦截\n订单号分别是 {O} {O2}", "sto", "intercept A B", cats=(4,))
R("{A} 丢件 货值 1280 要求全额赔付", "jt", "claim A", cats=(4, 8))
R("客户 {PN} 反映 {A} 没收到 但显示签收了", "sf", "verify_delivery A", cats=(4,))
R("{A} 10.28 寄的 运费 18元 计重 3kg 明明只有 1.5kg", "yunda", "weight A", cats=(4,))
R("{A} 改地址 重庆市江北区观音桥步行街9号 联系人 王 {PN}\n{B} 改地址 重庆市南岸区南坪西路2号 联系人 李 {PN2}",
  "deppon", "change_address A B", cats=(4,))
R("{A} 5号寄出 今天都 12号了 还在路上 催件", "ems", "urge A", cats=(4,))
R("2024-11-11 发的 {A} {B} {C}\n都没动 催一下", "sto", "urge A B C", cats=(4, 7))
R("{A} 派件员 {PN} 态度恶劣 投诉", "jt", "complaint A", cats=(4,))
R("{A} 改址 深圳市宝安区新安街道创业一路1号 收件人 林小姐 {PN} 改完帮忙催一下", "sf",
  "change_address A; urge A", cats=(4, 8))
R("单号 {A}\n订单号 {O}\n问题 买家拒收 退回", "yunda", "intercept A", cats=(4,))
R("{A} 客户 {PN} 说东西少了 一共三件只收到两件", "cainiao", "lost A", cats=(4,))
R("{A} 声明价值 3000元 摔坏了 申请理赔 并投诉", "jd", "claim A; complaint A", cats=(4, 8))
R("{A} 拦截\n{B} 改地址 河北省保定市竞秀区朝阳北大街1966号 张 {PN}\n{C} 催", "ems",
  "intercept A; change_address B; urge C", cats=(4,))
R("@客服 {PN} 这是我电话 {A} 有问题打我 直接拦下来", "yto", "intercept A", cats=(4,))
R("{A} {B} 退回\n备注：订单 {O} 和 {O2} 已经退款", "zto", "intercept A B", cats=(4,))
R("客户电话 {PN}\n{A} 改地址 北京市东城区东直门南大街1号 来福士中心\n{B} 拦截\n{C} 到哪了", "sf",
  "change_address A; intercept B; track C", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# 5. pinyin, English, colloquial, voice-to-text
# ---------------------------------------------------------------------------------------------------------------
R("{A} lanjie", "yto", "intercept A", cats=(5,))
R("{A} cuijian\n{B} cuijian\n{C} lanjie", "zto", "urge A B; intercept C", cats=(5,))
R("{A} where is it", "sf", "track A", cats=(5,))
R("{A} gaizhi 杭州市滨江区江南大道3850号", "yunda", "change_address A", cats=(5,))
R("{A} chedan", "cainiao", "cancel A", cats=(5,))
R("{A} urgent!! customer waiting", "jd", "urge A", cats=(5,))
R("{A} return to sender\n{B} hurry up pls", "deppon", "intercept A; urge B", cats=(5,))
R("{A} cancel the order, not picked up yet", "ems", "cancel A", cats=(5,), draw="ems_s10")
R("那个那个 {A} 这个帮我拦一下啊 然后 {B} 嗯 催一下就行", "yto", "intercept A; urge B", cats=(5,))
R("{A} 拦住别让它派了 哥们儿", "zto", "intercept A", cats=(5,))
R("{A} 咋还不到 催催", "sto", "urge A", cats=(5,))
R("{A} compensation please, item broken", "sf", "claim A", cats=(5, 8))
R("{A} 这破件咋又不动了", "yunda", "delay A", cats=(5,))
R("{A} complain the courier, very rude\n{B} check weight pls", "jd", "complaint A; weight B", cats=(5,))
R("{A} 嗯 就是 那个 东西到了之后 客户说 碎了 碎了好几个 登记一下", "deppon", "damaged A", cats=(5,))
R("{A} 帮我 gaidizhi 一下 新地址 武汉市江汉区解放大道690号 武汉国际广场", "sto", "change_address A", cats=(5,))
R("{A} 咋回事 显示签收了 俺家没人收啊", "jt", "verify_delivery A", cats=(5,))
R("{A} lost? cannot find anywhere", "sf", "lost A", cats=(5,))
R("语音转的 可能有错字：韵达 {A} 拦节一下 客户说不要了", "yunda", "intercept A", cats=(5,))
R("{A} 太慢了吧 麻溜点送", "cainiao", "urge A", cats=(5,))
R("{A} delay 3 days no update", "jd", "delay A", cats=(5,))
R("{A} lanjie\n{B} cuijian\n{C} chajian", None, "intercept A; urge B; track C", cats=(5,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("嗯 你好 我说一下啊 {A} 这个要 改地址 改到 那个 上海市普陀区长寿路155号 然后 {B} 这个 拦截 谢谢啊", "zto",
  "change_address A; intercept B", cats=(5,))
R("{A} arbitration please", "sto", "arbitration A", cats=(5,))
R("{A} intercept\n{B} change address to 上海市长宁区延安西路2299号 世贸商城\n{C} urge", None,
  "intercept A; change_address B; urge C", cats=(5,), draw={"A": "sf", "B": "jd", "C": "yto"})

# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken by the chat client, mistyped numbers
# ---------------------------------------------------------------------------------------------------------------
R("{A:sp} 帮忙拦截 谢谢", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:sp}\n{B:sp}\n都查一下", "ems", "track A B", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl} 催一下 客户急着用", "zto", "urge A", cats=(6,))
R("{A:dash} 客户拒收 退回", "sf", "intercept A", cats=(6,))
R("{A:cut} 拦一下 地址填错了", "yunda", "", nh=True, cats=(6,))
R("{A} 撤单\n{B:nl} 撤单", "cainiao", "cancel A B", cf=True, cats=(6,))
R("{A:fw} 拦截退回 客户不要了", "deppon", "intercept A", cats=(6,))
R("{A:sp} 改地址 郑州市中原区建设西路187号\n{B:sp} 拦截", "ems", "change_address A; intercept B", cats=(6,),
  draw="ems_s10")
R("{A:x} 这个催一下 客户等着呢", "yto", "", nh=True, cats=(6,))
R("{A}\n{B:cut}\n{C}\n都拦截", "zto", "intercept A C", nh=True, cats=(6, 7))
R("{A:sp} 这个到哪了 麻烦查下", "sto", "track A", cats=(6,))
R("{A:nl}\n改地址 福州市仓山区浦上大道272号 仓山万达广场", "jt", "change_address A", cf=True, cats=(6,))
R("{A:lc} 破损 外箱都烂了", "ems", "damaged A", cats=(6,), draw="ems_s10")
R("{A:sp} 拦截\n{B} 催件", "jd", "intercept A; urge B", cats=(6,))
R("{A:nl} 麻烦退回 买家退款了", "deppon", "intercept A", cf=True, cats=(6,))
R("{A:cut} 拦截\n{B} 拦截", "yto", "intercept B", nh=True, cats=(6,))
R("{A:x}\n{B}\n两个都催", "jt", "urge B", nh=True, cats=(6,))
R("{A:lc} 改地址 深圳市南山区科苑路15号 科兴科学园", "sf", "change_address A", cats=(6,))
R("{A:sp} {B:sp} {C:sp} 第一个退回 后两个查一下", "ems", "intercept A; track B C", cats=(6, 7), draw="ems_s10")
R("{A:nl} 催件\n{B} 拦截", "cainiao", "urge A; intercept B", cats=(6,))
R("{A:fw}\n{B:fw}\n拦截", "yto", "intercept A B", cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# hedged (confirm)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 要不拦截吧 客户好像不想要了", "yto", "intercept A", cf=True, cats=(0,))
R("{A} 催件\n{B} 催件\n{C} 这个可能要退回 先拦着吧？我再问问客户", "zto", "urge A B; intercept C", cf=True,
  cats=(7,))
R("{A} 好像得改个地址 改到 杭州市拱墅区湖墅南路111号", "sto", "change_address A", cf=True)
R("{A} 看看能不能撤单 我也不确定揽没揽", "jt", "cancel A", cf=True)
R("{A} 拦截\n{B} 拦截\n{C} 要不也拦了 你们看着办", "sf", "intercept A B C", cf=True, cats=(7,))

if __name__ == "__main__":
    W.main()
