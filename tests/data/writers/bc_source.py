"""Writer "bc": merchants who plan around the parcel's state and the clock.

Casting note: four small sellers and the people who type for them, all of whom live by dates. A cake-and-flowers
shop (甜心花坊: birthday cakes, wedding flowers, 520 / 七夕 / 母亲节 rushes, cold chain, "蛋糕放不了两天"), a
furniture store (木里家居: sofas, wardrobes, mattresses shipped by 德邦 and 京东物流, customers whose new flat is
not ready, installers booked for Saturday), a school-uniform supplier (刘姐: boxes per class, 开学 on 9月1号,
军训, the school's 传达室, 班主任 who did not get the box) and an exam-materials seller (小陈: 考研 / 教资 / 四六级 /
公考 papers that are worthless after the exam date). They rarely just say "拦截": they say when and on what
condition — "明早还没派就拦截", "没揽收就撤单 揽了就拦截", "已经签收的就算了 没签收的拦", "下午三点前送不到就退回",
"先催一下 催不动再说", "等客户回话再决定要不要退", "今天先不改 明天看看" — and they say why, with a date in it. They
put things off, take back yesterday's request ("先不拦了 客户说考试推迟了"), hedge when the buyer has not decided,
quote the bot's replies and their buyers, paste class lists and dated rows, type the odd pinyin or voice-slip
(栏截, 催建, 该地址), and report damage, weights and delays with figures and dates. About half of what they send is
an ordinary request.

Labelling notes (LABELLING.md): a clear instruction under a condition the bot can check — the parcel's state, or
the state at a stated time ("明早还没派就拦截") — is the request, not hedged; when one number gets two
instructions for the two states ("没揽收就撤单 揽了就拦截") both are listed. What is put off ("再说", "明天看看",
"等客户回话再决定") is not a request now; "先不X" about a number takes back an earlier request (needs_human).
A threat of the merchant's own later action ("明天还不到我就投诉") is not a request. Messages the guide cannot
decide were left out.
"""

from harness import Writer

W = Writer("bc", seed=52071)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# 0. the cake-and-flowers shop: plain requests, with dates and conditions
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 蛋糕订单客户取消了", "sf", "intercept A")
R("{A} 麻烦催一下 今天下午四点的生日会要用", "sf", "urge A")
R("{A} 这束花到哪了 说好今天到的", "jd", "track A")
R("{A} 改地址 收花人换地方了 改到 南京市鼓楼区中山北路28号 江苏饭店一楼大堂", "sf", "change_address A")
R("{A} 还没来揽 不寄了 取消吧", "yto", "cancel A")
R("{A} 蛋糕盒子压扁了 奶油糊了一盒子", "sf", "damaged A")
R("{A} 520的花 今天必须到 帮忙加急！", "zto", "urge A")
R("母亲节那批里的 {A} 两天没动了", "yto", "delay A")
R("{A} 显示签收了 收花的小姐姐说根本没收到 核实下是谁签的", "jd", "verify_delivery A")
R("{A} 客户说花不要了 还没签收就帮我拦回来 签了就算了", "sf", "intercept A")
R("{A} 生日是明天 今天能派出去吗 催催", "sto", "urge A")
R("你好 {A} 冷链的蛋糕 几点能到啊", "sf", "track A")
R("{A} 这个蛋糕晚了一天 生日都过了 客户不要了 退回来", "jd", "intercept A")
R("{A} 明天中午12点前还没派出来的话 直接给我拦截 婚礼下午就结束了", "sf", "intercept A")
R("{A} 要是还在你们网点没出去 就改送到 杭州市上城区解放路138号 新侨饭店 婚宴厅 周小姐", "zto",
  "change_address A")
R("{A} 七夕的花 今天送不到就没意义了 帮我加个急", "jd", "urge A")
R("{A} 花篮 查一下现在到哪个网点了", "yunda", "track A")
R("{A} 客户改主意了 蛋糕不要了 还没揽收就撤单", "sf", "cancel A")
R("{A} 插花的盒子被压塌了 花都折了", "yto", "damaged A")
R("{A} 快递员在客户楼下打电话凶人家 投诉", "zto", "complaint A")
R("{A} 早上八点发的同城件 现在还没动 是不是延误了", "sf", "delay A")
R("{A} 拦一下 收花人电话停机了 找不到人", "sf", "intercept A")
R("周末生日会那单 {A} 麻烦今天务必派送 明天就用不上了", "jd", "urge A")
R("{A} 这个干花 地址写错区了 改成 苏州市姑苏区人民路1500号 李老师", "sto", "change_address A")
R("{A} 下午三点前能送到就送 三点还没送到就别派了 直接退回", "sf", "intercept A")
R("{A} 到底啥时候能到 客户一上午问了五遍了", "yto", "track A")
R("今天的蛋糕都发完了 明天早上七点还有二十个花束 麻烦早点来收", "sf")
R("明早几点来揽收？520那批要赶第一班车", "zto")
R("好的 谢谢 那我明天再看", "sf")
R("今天先不发了 花材还没到 明天下午再说", "yto")

# ---------------------------------------------------------------------------------------------------------------
# 0. the furniture store
# ---------------------------------------------------------------------------------------------------------------
R("{A} 衣柜 客户新房还没交付 别派了 退回来", "deppon", "intercept A")
R("{A} 沙发什么时候到 安装师傅约的周六上门", "deppon", "track A")
R("{A} 床垫压坏了一个角 客户拍了照片的", "deppon", "damaged A")
R("{A} 餐椅四把 一周了还在中转 是不是丢了啊", "deppon", "lost A")
R("{A} 改派 客户装修延期了 先送他老房子 成都市武侯区科华北路62号 3栋2单元501 郑先生", "jd",
  "change_address A")
R("{A} 书柜还没揽收吧？没揽的话就撤单", "deppon", "cancel A")
R("{A} 电视柜 客户只有周末在家 周五前派送 加急一下", "jd", "urge A")
R("{A} 茶几 显示昨天签收 客户说家里一直没人 谁签的 帮核实", "deppon", "verify_delivery A")
R("{A} 鞋柜 四天没更新物流了", "ems", "delay A")
R("{A} 这个月底前到就行 不急 就是帮看下现在到哪了", "deppon", "track A")
R("{A} 客户退货了 明天上午还没派送的话拦截退回 已经派了就让客户拒收", "deppon", "intercept A")
R("{A} 送货师傅说要加上楼费才给送 态度很差 我要投诉", "deppon", "complaint A")
R("{A} 五斗柜 撤单 客户要换颜色 下周重新发", "jd", "cancel A")
R("{A} 还没揽收的话撤单 已经揽了的话拦截", "deppon", "cancel A; intercept A", cats=(8,))
R("{A} 这个床头柜 收件方一直拒绝收货也不退 扯了十几天了 申请仲裁", "deppon", "arbitration A")
R("{A} 折叠桌 重量好像算多了 帮忙核重", "yunda", "weight A")
R("{A} 转寄 客户让送到公司 上海市徐汇区漕溪北路88号 圣爱大厦12楼 前台", "ems", "change_address A")
R("{A} 客户周三搬家 周三之前送不到的话直接退回 送到了就不管", "jd", "intercept A")
R("{A} 大件 麻烦催下派送 客户请了半天假在家等", "deppon", "urge A")
R("{A} 这个大衣柜 物流信息停在分拨中心三天了 不动", "jd", "delay A")
R("{A} 送货前让师傅先打个电话", "deppon", "", nh=True)
R("请问大件上楼你们收不收钱 明天有一个沙发要发", "deppon")
R("明天先不发货 客户那边地板还没铺好 下周再约", "jd")

# ---------------------------------------------------------------------------------------------------------------
# 0. the school-uniform supplier
# ---------------------------------------------------------------------------------------------------------------
R("{A} 校服 开学前一定要到 帮忙催一下", "zto", "urge A")
R("{A} 到哪了 9月1号开学 学校等着发", "yunda", "track A")
R("{A} 这箱是初一3班的 寄错学校了 拦截", "sto", "intercept A")
R("{A} 显示签收 班主任说没收到 帮查查谁签的", "jt", "verify_delivery A")
R("{A} 箱子破了 里面的衣服都淋湿了", "zto", "damaged A")
R("{A} 军训服 三天没更新了", "yunda", "delay A")
R("{A} 还没揽 撤了 尺码表学校还没定", "sto", "cancel A")
R("{A} 送学校传达室就行 地址改为 合肥市蜀山区长江西路189号 合肥市第八中学 传达室", "zto", "change_address A")
R("{A} 这个校服 周五前到就行 周五还没到的话给我退回来 学校不收了", "jt", "intercept A")
R("{A} 开学第一天要穿的 加急加急", "sto", "urge A")
R("{A} 一个多礼拜了 学校说没收到 快递也查不到 是丢了吧", "yunda", "lost A")
R("{A} 帮查下 今天能派到学校吗", "jt", "track A")
R("{A} 没签收就拦截 学校那边换供应商了", "zto", "intercept A")
R("{A} 多收了运费 这箱才18公斤 按30公斤收的 重新核一下", "sto", "weight A", cats=(4,))
R("{A} 派件员把校服扔在学校门口就走了 没人签 投诉", "yunda", "complaint A")
R("{A} 改一下地址 送到新校区 郑州市金水区文化路97号 东门门卫室 王主任", "jt", "change_address A")
R("{A} 取消寄件 学校推迟到下学期再订", "zto", "cancel A")
R("{A} 学校放假了 没人收 退回吧", "sto", "intercept A")
R("{A} 明天下午学校就开学典礼了 能不能今天派", "zto", "urge A")
R("下周一开学 这周五下午有六箱校服要发 你们几点来", "zto")
R("刘姐今天不在 校服的事明天她来了再说", "yunda")

# ---------------------------------------------------------------------------------------------------------------
# 0. the exam-materials seller
# ---------------------------------------------------------------------------------------------------------------
R("{A} 考研资料 客户12月考试 催一下别耽误了", "yto", "urge A")
R("{A} 教资真题 买家退款了 拦截", "zto", "intercept A")
R("{A} 查一下 今天能到不", "ems", "track A")
R("{A} 四六级卷子 周六就考了 现在到哪了", "cainiao", "track A")
R("{A} 资料少了一本 买家说只收到三本", "jt", "lost A")
R("{A} 改地址 买家临时去考点附近住了 改到 西安市雁塔区小寨西路52号 如家酒店前台 王同学", "yto",
  "change_address A")
R("{A} 买家说考完了才到的话就没用了 考前到不了就拦回来 考试是这周日", "yto", "intercept A")
R("{A} 押题卷 买家急用 明天上午之前要", "sf", "urge A")
R("{A} 显示已签收 买家说驿站里找不到 核实下", "cainiao", "verify_delivery A")
R("{A} 书角全压烂了 封面也破了 买家要退", "zto", "damaged A")
R("{A} 还没揽收就撤单 买家退款了", "cainiao", "cancel A")
R("{A} 一套公考资料 发了五天了 还在始发地", "yto", "delay A")
R("{A} 看下走到哪了 买家下周一考试", "jt", "track A")
R("{A} 快递员不送上门 让考生自己去站点拿 考前时间多宝贵 投诉", "yto", "complaint A")
R("{A} 称重不对吧 两本书怎么按3公斤算", "ems", "weight A", cats=(4,))
R("{A} 买家换了考点城市 帮改下地址 武汉市洪山区珞喻路1037号 华中科技大学 东九楼 传达室 陈同学", "ems",
  "change_address A")
R("{A} 考研资料 考完试了才送到 买家不要了 退回", "sto", "intercept A")
R("{A} 快点送吧 后天就考了", "cainiao", "urge A")
R("{A} 这单买家改成自提了 不用送了 拦截退回", "zto", "intercept A")
R("考试季到了 这周每天下午五点有件 麻烦固定时间来收", "yto")
R("下周资料到货了再发 这几天没件", "zto")
R("{A} 这单买家问什么时候到 明天能到吗", "yto", "track A")

# ---------------------------------------------------------------------------------------------------------------
# 0. more plain requests, multi-carrier groups (prefixed numbers)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 客户说婚期改了", None, "intercept A", draw="sf")
R("{A} 催一下 明天上午十点的生日宴", None, "urge A", draw="jd")
R("{A} 沙发 到哪了", None, "track A", draw="deppon")
R("{A} 没揽收的话撤单", None, "cancel A", draw="yto")
R("{A} 显示签收 学校没收到", None, "verify_delivery A", draw="jt")
R("{A} 床垫 外包装破了个大洞 里面沾了油", None, "damaged A", draw="deppon")
R("{A} 这单资料六天没动了", None, "delay A", draw="ems_s10")
R("{A} 丢了吧？网点说没有这个件", None, "lost A", draw="yto")
R("{A} 核一下重量 收了我两倍的钱", None, "weight A", draw="jt")
R("{A} 改地址 送到 长沙市岳麓区麓山南路932号 中南大学新校区 西门 快递柜旁 刘老师", None,
  "change_address A", draw="sf")
R("{A} 如果还没派送就拦截 客户说不要了", None, "intercept A", draw="jd")
R("{A} 明早八点前派不出来的话退回 客户中午就出国了", None, "intercept A", draw="yto")
R("{A} 帮我加急 周五学校开学", None, "urge A", draw="jt")
R("{A} 投诉 快递员把花放门口 被晒蔫了 也不打电话", None, "complaint A", draw="sf")
R("{A} 取消 不寄了", None, "cancel A", draw="deppon")
R("{A} 这单哪天能到啊 考试前能到吗", None, "track A", draw="ems_s10")

# ---------------------------------------------------------------------------------------------------------------
# 0. several numbers, one command (plain)
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n这两箱校服都催一下 明天开学", "zto", "urge A B")
R("{A} {B} 客户都退款了 拦截", "yto", "intercept A B")
R("{A}\n{B}\n{C}\n查一下这三单到哪了 都是周六考试用的", "jt", "track A B C")
R("今天下午的 {A} 和 {B} 都还没揽 撤单 明天重新下", "sf", "cancel A B")
R("{A}\n{B}\n没签收的都拦回来 签了的就算了", "jd", "intercept A B")
R("{A} {B} 两个花篮 开业典礼明早九点 今天能到吗 催一下", "sto", "urge A B")
R("{A}\n{B}\n这两单都三天没动了", "yunda", "delay A B")
R("{A} {B} 床和床垫 客户房子下个月才交 都退回来", "deppon", "intercept A B")
R("{A}\n{B}\n两单一个地址 都改到 广州市天河区体育西路191号 中石化大厦B座2208 何小姐", "sf",
  "change_address A B")

# ---------------------------------------------------------------------------------------------------------------
# 0. hedged (confirm): the buyer has not decided
# ---------------------------------------------------------------------------------------------------------------
R("{A} 要不拦截吧 客户说考试可能推迟", "yto", "intercept A", cf=True)
R("{A} 可能要退回 婚礼好像取消了 我再问问", "sf", "intercept A", cf=True)
R("{A} 先拦着吧？我再问问客户明天还要不要", "jd", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说可能搬到 北京市海淀区学院路37号 北航 新主楼 还没定", "zto", "change_address A",
  cf=True)
R("{A} 看看能不能撤单 还不确定学校要不要了", "yunda", "cancel A", cf=True)
R("{A} 这个沙发 要不先退回？客户装修还没弄完 我也拿不准", "deppon", "intercept A", cf=True)
R("{A} 可能要撤单 尺码不知道对不对", "sto", "cancel A", cf=True)
R("{A} 那个蛋糕 要不就拦了吧 客户电话一直打不通 怕放坏了", "sf", "intercept A", cf=True)

# ---------------------------------------------------------------------------------------------------------------
# 0. questions, follow-ups, status questions, rules questions
# ---------------------------------------------------------------------------------------------------------------
R("{A} 昨天说的拦截 拦下来了没", "sf", "", nh=True)
R("{A} 改地址改好了吗 客户明天就到新地方了", "zto", "", nh=True)
R("{A} 撤单成功了吗", "yto", "", nh=True)
R("拦截要收钱吗 {A} 这个想拦", "jd", "", nh=True)
R("{A} 几号来的催件 有回复了吗", "yunda", "", nh=True)
R("{A} 这单明天上午能到吗 到不了我得另外想办法", "yto", "track A")
R("{A} 蛋糕能放冷库吗 明天再派行不行", "sf", "", nh=True)
R("{A} 收件人改为 刘老师", "jt", "change_address A", nh=True)
R("{A} 改地址 新地址等客户明天发我", "deppon", "change_address A", nh=True)
R("尾号3317的那单 明早还没派就拦截", "sf", "", nh=True)
R("那个考研资料的单子 我找不到单号了 帮我拦一下", "yto", "", nh=True)
R("{A} 电话改为 {PN}", "sto", "change_address A", nh=True, cats=(4,))
R("{A} 能不能帮我约一下明天下午送 上午客户不在家", "deppon", "", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# 0. conditions and deferrals with a request now
# ---------------------------------------------------------------------------------------------------------------
R("{A} 先催一下 催不动再说", "yto", "urge A")
R("{A} 先看看到哪了 退不退等客户回话再定", "zto", "track A")
R("{A} 帮催一下派送 投诉的事等明天还没到再说", "jt", "urge A")
R("{A} 先登记个延误 赔不赔等开学后看学校怎么说", "yunda", "delay A")
R("{A} 破了 先登记破损 理赔等客户验完货再说", "deppon", "damaged A")
R("{A} 催一下 明天再不到我就投诉了", "sto", "urge A")
R("{A} 先帮我查下到哪了 后天还没到的话我再来登记延误", "ems", "track A")
R("{A} 今晚要是拦不下来 明天一早接着拦 客户坚决不要了", "sf", "intercept A")
R("{A} 已经签收的就算了 没签收就拦截", "cainiao", "intercept A")
R("{A} 要是明早九点还没出仓 就撤单 我换别家发", "jd", "cancel A")
R("{A} 加急 后天中午前送不到的话我再找你们", "zto", "urge A")
R("{A} 如果还在你们网点 改到 天津市南开区鞍山西道296号 天津中学东门 张老师 出去了就算了", "yunda",
  "change_address A")
R("{A} 先改地址 送到 重庆市渝中区民权路23号 新华书店三楼 取书处 其他的等买家回话", "yto",
  "change_address A")
R("{A} 明天婚礼 今天派不了的话明早七点前一定要送到 帮忙催", "sf", "urge A")

# ---------------------------------------------------------------------------------------------------------------
# 1. negation and withdrawal, scoped; put off; double negation
# ---------------------------------------------------------------------------------------------------------------
R("{A} 先不拦了 客户说考试没推迟", "yto", "", nh=True, cats=(1,))
R("{A} 今天先不改 明天看看", "zto", "", nh=True, cats=(1,))
R("{A} 撤单先不撤了 学校说还要", "sto", "", nh=True, cats=(1,))
R("{A} 不用催了 客户说下周才回家", "jd", "", nh=True, cats=(1,))
R("{A} 那个投诉先不要了 快递员后来送上楼了", "deppon", "", nh=True, cats=(1,))
R("{A} 理赔先不申请了 等客户明天收货看看再说", "sf", "", nh=True, cats=(1,))
R("{A} 拦截 {B} 不用拦 这个是明天的", "sf", "intercept A", cats=(1,))
R("{A} {B} 都催一下 {B} 先不用 客户后天才要", "zto", "urge A", cats=(1,))
R("{A} 不要退回 改派到 青岛市市北区辽宁路228号 青岛某中学 传达室", "yunda", "change_address A", cats=(1,))
R("{A} 不是不拦 是现在就拦 别等明天了", "jd", "intercept A", cats=(1,))
R("{A} 别撤单 已经揽了 拦截", "sf", "intercept A", cats=(1,))
R("{A} 不用改地址了 直接退回来吧 客户不要了", "yto", "intercept A", cats=(1,))
R("{A}\n{B}\n{C}\n都拦截 {C} 除外 那个客户说要", "jt", "intercept A B", cats=(1, 7))
R("{A} 不急 不用加急 正常送就行", "ems", "", nh=True, cats=(1,))
R("{A} 先不拦截 改成催件 客户又要了 明天就要", "sf", "urge A", cats=(1,))
R("{A} 不拦了 也不用退 等客户自己收", "deppon", "", nh=True, cats=(1,))
R("{A} 这个不是要撤单 是要改地址 改到 福州市鼓楼区五四路158号 环球广场 19层 林小姐", "zto",
  "change_address A", cats=(1,))
R("{A} 先不用核重了 下次一起说", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截\n{B} 拦截\n{A} 算了不拦了 这个客户刚说还要", "yto", "intercept B", cats=(1,))
R("{A} 拦截 …… 算了算了 还是不拦了 让他送吧", "cainiao", "", cats=(1,))
R("{A} {B} 没签收的都拦 {A} 不用管 那个是老顾客 让她收", "sf", "intercept B", cats=(1,))
R("{A} 没有说不要 是说晚点送 改到周六送行不行", "deppon", "", nh=True, cats=(1,))
R("{A} 先不拦截了 客户说明天再决定 有消息我再发", "jt", "", nh=True, cats=(1,))
R("{A} 不用退 也不用改 催一下就行 客户说在家等着", "sto", "urge A", cats=(1,))
R("{A} 别拦 {B} 拦", "jd", "intercept B", cats=(1,))
R("{A} 不要投诉了 改成登记延误", "yto", "delay A", cats=(1,))
R("{A} 的改址不用了 客户说还是送原地址 帮催一下", "zto", "urge A", cats=(1,))
R("「买家：考试延到下个月了 资料不急」\n- - - - - - - - - - - - - - -\n{A} 那就不用催了", "yto", "", nh=True,
  cats=(1, 3))
R("{A} 谁说不拦了 要拦 现在就拦", "sf", "intercept A", cats=(1,))
R("{A} 明天上午先别派 等客户电话", "jd", "", nh=True, cats=(1,))
R("{A} 不要撤 {B} 要撤 还没揽的那个", "deppon", "cancel B", cats=(1,))
R("{A} 客户说今天不在家 改明天送吧", "yunda", "", nh=True, cats=(0,))

# ---------------------------------------------------------------------------------------------------------------
# 2. corrections
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 哦不对 这单还没揽收 撤单就行", "sf", "cancel A", cats=(2,))
R("{A} 撤单。不对 已经揽了 那就拦截", "yto", "intercept A", cats=(2,))
R("{A} 拦截 —— 更正 单号发错了 是 {B}", "zto", "intercept B", cats=(2,))
R("{A} 催件\n更正：不是催件 是拦截 学校不要了", "jt", "intercept A", cats=(2,))
R("{A} 改地址取消 还是拦截吧 客户明天出差了", "jd", "intercept A", cats=(2,))
R("{A} 投诉 哦说错了 是催件 投诉等明天看看再说", "yunda", "urge A", cats=(2,))
R("{A} 理赔 哦不对 先登记破损 赔不赔等客户定", "deppon", "damaged A", cats=(2,))
R("{A} 改到 昆明市五华区东风西路11号 —— 写错了 是东风西路111号 昆明市五华区 李先生", "ems",
  "change_address A", cats=(2,))
R("{A} 催一下 明天考试 —— 不对 单号是 {B}", "yto", "urge B", cats=(2,))
R("{A} 拦截\n{B} 催件\n不好意思 反了 第一个催 第二个拦", "sf", "urge A; intercept B", cats=(2, 7))
R("{A} 查件 哦不 直接拦吧 今天送不到就不要了", "zto", "intercept A", cats=(2,))
R("{A} 核重\n哦不是这个单 是 {B} 核重", "sto", "weight B", cats=(2,))
R("{A} 撤单 算了还是拦截 我也不知道揽没揽 没揽就撤 揽了就拦", "jd", "cancel A; intercept A", cats=(2, 8))
R("{A} 延误 更正 不是延误 是丢了 网点说找不到", "yto", "lost A", cats=(2,))
R("{A} 明天还没到就拦截\n改一下 不等明天了 现在就拦", "jt", "intercept A", cats=(2,))
R("{A} 拦截 不对不对 是 {B} 要拦 {A} 要催 明天生日", "sf", "intercept B; urge A", cats=(2,))
R("{A} 退回。嗯…还是改派吧 送到 大连市中山区人民路50号 香格里拉酒店 礼宾部", "sf", "change_address A",
  cats=(2,))
R("{A:cut} 催件\n单号少打了一位 重发 {A}", "jt", "urge A", cats=(2, 6))
R("{A} 拦截\n补充：刚才那个是去年的单号 今天的是 {B}", "deppon", "intercept B", cats=(2,))
R("{A} 撤单 哦 等一下 撤单不对 客户要的 改成加急", "zto", "urge A", cats=(2,))
R("{A} 改地址 改到学校 哦不对 学校放假了 还是送家里原地址吧 催一下", "yunda", "urge A", cats=(2,))
R("{A} 破损 更正 破损加理赔 客户要赔钱", "deppon", "claim A", cats=(2, 8))
R("{A} 周五前没签收就拦截\n更正 是周四 周四下午还没签收就拦", "yto", "intercept A", cats=(2,))
R("{A} 催一下\n{B} 催一下\n第二个写错了 应该是 {C}", "zto", "urge A C", cats=(2, 7))
R("{A} 仲裁 哦不对 先投诉 仲裁等投诉结果出来再说", "jd", "complaint A", cats=(2,))
R("{A} 拦截 啊不是 是 {B} 拦截 {A} 已经签收了没事", "sf", "intercept B", cats=(2,))

# ---------------------------------------------------------------------------------------------------------------
# 3. quotes and replies, the bot's replies quoted back
# ---------------------------------------------------------------------------------------------------------------
R("「网点助手：@甜心花坊 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n- - - - - - - - - - - - - - -\n"
  "那就撤单吧", "sf", "cancel A", cats=(3,))
R("「网点助手：@刘姐 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n签了就算了 {B} 这个还没签 拦一下", "zto",
  "intercept B", cats=(3,))
R("「网点助手：@小陈 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n好的 明天上午我再看看",
  "yto", "", cats=(3,))
R("「网点助手：@木里家居 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n"
  "先不拦了 客户说等周末再决定", "deppon", "", nh=True, cats=(1, 3))
R("引用 小周：{A} 明天生日要用 还没到\n催一下这个", "sf", "urge A", cats=(3,))
R("回复 @店长：{A} 这个买家说考试推迟了不要了\n没签收的话就拦截", "yto", "intercept A", cats=(3,))
R("「班主任王老师：校服今天能到吗 明天就开学了」\n- - - - - - - - - - - - - - -\n{A} 帮忙加急", "zto", "urge A",
  cats=(3,))
R("「网点助手：@甜心花坊 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n等了一上午了 还没到 "
  "下午两点前送不到就退回吧", "sf", "intercept A", cats=(3,))
R("「小陈：{A} 拦截」\n- - - - - - - - - - - - - - -\n这个不用拦了 买家说考完了也要", "cainiao", "", nh=True,
  cats=(1, 3))
R("「小陈：{A} 拦截」\n- - - - - - - - - - - - - - -\n{B} 也拦一下 同一个买家的", "cainiao", "intercept B",
  cats=(3,))
R("回复 @德邦小李：{A} 客户说这周不在家\n那就先退回来 下个月再重新发", "deppon", "intercept A", cats=(3,))
R("「网点助手：@刘姐 {A} 改址已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n谢谢 有结果了跟我说一声",
  "jt", "", cats=(3,))
R("「顾客：我的蛋糕 {A} 怎么还没到 生日会都开始了」\n- - - - - - - - - - - - - - -\n这单催一下 急", "jd",
  "urge A", cats=(3,))
R("引用 刘姐：{A} {B} 这两箱是二中的\n第二箱地址不对 改到 南昌市东湖区叠山路120号 南昌二中 传达室", "yunda",
  "change_address B", cats=(3, 7))
R("「网点助手：@木里家居 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n"
  "- - - - - - - - - - - - - - -\n客户说要赔钱 申请理赔", "deppon", "claim A", cats=(3, 8))
R("「网点助手：@小陈 您的消息已转人工客服处理，请稍候」\n- - - - - - - - - - - - - - -\n人呢？{A} 明早就要考试了 "
  "赶紧派", "yto", "urge A", cats=(3,))
R("回复 @小周：{A} 退回吧 婚礼取消了\n等一下 先别退 新娘说可能只是改期", "sf", "", nh=True, cats=(1, 3))
R("「刘姐：{A} 改地址 送到新校区」\n- - - - - - - - - - - - - - -\n这个改地址 改到 贵阳市花溪区甲秀南路199号 "
  "贵州师大附中新校区 门卫室", "zto", "change_address A", cats=(3,))
R("「网点助手：@甜心花坊 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n"
  "不用拦了 客户说花还要", "sf", "", nh=True, cats=(1, 3))
R("「买家：资料收到了 少了一本英语真题」\n- - - - - - - - - - - - - - -\n{A} 少件 帮登记一下", "ems", "lost A",
  cats=(3,))
R("回复 @圆通小王：{A} 明天派\n明天就考试了还明天派 今天必须送 加急", "yto", "urge A", cats=(3,))
R("「网点助手：@木里家居 {A} 撤单成功」\n- - - - - - - - - - - - - - -\n{B} 这个也撤了 同一个客户的床头柜",
  "jd", "cancel B", cats=(3,))
R("「老郑：{A} 沙发 客户搬家了」\n- - - - - - - - - - - - - - -\n要是还没派送 改到 沈阳市和平区南京北街206号 "
  "华润大厦 物业 转郑先生", "jd", "change_address A", cats=(3,))
R("「网点助手：@刘姐 {A} 已为您登记延误工单，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n"
  "开学了还没到 学校要投诉了 帮投诉一下", "zto", "complaint A", cats=(3,))
R("引用 小周：明天的花都发了吗\n发了 {A} {B} 都是今天下午揽的", "sf", "", cats=(3,))
R("「快递员：{A} 打电话没人接 今天送不了」\n- - - - - - - - - - - - - - -\n明天还联系不上就退回",
  "jt", "intercept A", cats=(3,))

# ---------------------------------------------------------------------------------------------------------------
# 4. phones, order numbers, dates, amounts
# ---------------------------------------------------------------------------------------------------------------
R("{A} 改地址 新收件人 周女士 {PN} 送到 厦门市思明区湖滨南路388号 国贸大厦 18楼", "zto", "change_address A",
  cats=(4,))
R("订单号 {O} 快递单号 {A} 客户退款了 没签收就拦", "yto", "intercept A", cats=(4,))
R("{A} 客户电话 {PN} 说打了快递员电话没人接 明天考试 帮催", "yto", "urge A", cats=(4,))
R("{A} 收件人 {PN} 一直关机 明天中午前联系不上就退回", "sf", "intercept A", cats=(4,))
R("{A} 2024年6月7号高考用的准考证袋子 6号之前必须到 加急", "ems", "urge A", cats=(4,))
R("淘宝订单 {O}\n{A}\n买家说12.25考研 12.20前到不了就不要了 现在到哪了", "jt", "track A", cats=(4,))
R("{A} 蛋糕 298元 压坏了 客户要赔 照片发群里了", "sf", "claim A", cats=(4, 8))
R("{A} 称的是46.5kg 我们自己称是31kg 差太多了 核重", "deppon", "weight A", cats=(4,))
R("{A} 学校总务处电话 {PN} 9月1日上午送过去 催一下", "zto", "urge A", cats=(4,))
R("{A} 客户 {PN} 说11月18号以后再送 先别派 到时候我再说", "jd", "", nh=True, cats=(1, 4))
R("拼多多订单 {O} 买家要取消 快递 {A} 还没揽 撤单", "cainiao", "cancel A", cats=(4,))
R("{A} 改成 {PN} 王老师收 地址不变", "yunda", "change_address A", nh=True, cats=(4,))
R("{A} 8月28号发的 今天9月3号了 一直显示运输中", "sto", "delay A", cats=(4,))
R("{A} 5月20日要用的花 客户电话 {PN} 520当天送不到就拦回来", "sf", "intercept A", cats=(4,))
R("{A} 沙发 3980的 扶手压坏了 要赔偿", "deppon", "claim A", cats=(4, 8))
R("{A} 运费收了68 正常就三十几 重量肯定算错了", "jt", "weight A", cats=(4,))
R("{A} 订单 {O} 的 显示签收了 买家 {PN} 说没收到", "zto", "verify_delivery A", cats=(4,))
R("{A} 找一下 客户 {PN} 急用 周四面试要穿", "sto", "urge A", cats=(4,))
R("{A} 改址 {PN2} 陈女士 成都市青羊区人民南路一段86号 城市之心 23楼 原收件人 {PN} 的不用送了", "sf",
  "change_address A", cats=(4,))
R("订单 {O}\n订单 {O2}\n这俩都是今天的 {A} {B} 客户都退了 拦截", "yto", "intercept A B", cats=(4, 7))
R("{A} 1月6号发的 到现在1月15号了 还没到 丢件了吧", "ems", "lost A", cats=(4,))
R("{A} 联系人换成 赵老师 {PN} 地址改到 石家庄市长安区中山东路326号 石家庄二中 收发室", "zto",
  "change_address A", cats=(4,))
R("{A} 客户4点就走了 3:30还没送到就退回 客户电话 {PN}", "jd", "intercept A", cats=(4,))
R("{A} 赔偿 值1200 客户买的是考研全套 丢了 {O}", "yto", "claim A", cats=(4, 8))
R("{A} 快递员 {PN} 态度太差了 说爱收不收 投诉", "yunda", "complaint A", cats=(4,))
R("订单号 {O} 的校服 还没发货 不用管", "zto", "", cats=(4,))
R("{A} 收件人电话写错了 正确的是 {PN} 地址不变 麻烦跟派件员说一声", "yto", "change_address A", nh=True,
  cats=(4,))
R("{A} 客户 {PN} 说18号下午才在家 18号还没送到就退回", "deppon", "intercept A",
  cats=(4,))
R("{A} 2.14情人节的玫瑰 13号晚上就该到了 现在还在路上", "jd", "delay A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# 5. pinyin, English, mixed, voice-to-text
# ---------------------------------------------------------------------------------------------------------------
R("{A} lanjie 婚礼取消了", "sf", "intercept A", cats=(5,))
R("{A} cuijian 周六考试", "yto", "urge A", cats=(5,))
R("{A} gaizhi 到 郑州市二七区大学路80号 郑州大学南校区 北门 小卖部", "zto", "change_address A", cats=(5,))
R("chedan {A} 学校不要了", "sto", "cancel A", cats=(5,))
R("{A} pls intercept if not delivered yet, exam cancelled", None, "intercept A", cats=(5,), draw="yto")
R("{A} urgent!! birthday is tomorrow", None, "urge A", cats=(5,), draw="sf")
R("where is {A}? the sofa was supposed to arrive yesterday", None, "track A", cats=(5,), draw="deppon")
R("那个 {A} 帮我栏截一下 客户说 嗯 明天不要了", "jd", "intercept A", cats=(5,))
R("{A} 催建 明天开学典礼", "zto", "urge A", cats=(5,))
R("{A} 该地址 送到 太原市小店区坞城路92号 山西大学 西门 快递站", "yunda", "change_address A", cats=(5,))
R("{A} 拦节 考研资料 买家退了", "yto", "intercept A", cats=(5,))
R("{A} 没签收就 lanjie 签收了就算了", "jt", "intercept A", cats=(5,))
R("{A} cancel the order, not picked up yet", None, "cancel A", cats=(5,), draw="jd")
R("{A} 嗯那个 就是 那个花 今天下午 能不能 快点送 生日会 五点开始", "sf", "urge A", cats=(5,))
R("{A} 这个 撤单 还是 不对 已经 懒收了 那就 拦截吧", "zto", "intercept A", cats=(2, 5))
R("{A} cui yi xia, kao shi zhou liu", "ems", "urge A", cats=(5,))
R("{A} 破损了 要 peichang 客户说蛋糕全塌了", "sf", "claim A", cats=(5, 8))
R("{A} hurry pls, school starts sept 1", None, "urge A", cats=(5,), draw="jt")
R("{A} 还没 lanshou 的话 chedan", "cainiao", "cancel A", cats=(5,))
R("{A} 被别人前收了 客户根本没收到 核实一下", "yto", "verify_delivery A", cats=(5,))
R("{A} return to sender if still at your station, customer moved", None, "intercept A", cats=(5,),
  draw="ems_s10")

# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken by the chat client
# ---------------------------------------------------------------------------------------------------------------
R("{A:nl} 拦截 明天的花 客户不要了", "sf", "intercept A", cf=True, cats=(6,))
R("{A:sp} 考试资料 催一下", "ems", "urge A", cats=(6,), draw="ems_s10")
R("{A:nl} 催一下 周五开学", "zto", "urge A", cats=(6,))
R("{A:cut} 明早还没派就拦截", "yto", "", nh=True, cats=(6,))
R("{A:sp} 还没揽收就撤单", "jt", "cancel A", cats=(6,))
R("{A:nl} 没签收就退回", "jd", "intercept A", cf=True, cats=(6,))
R("{A:dash} 到哪了 明天婚礼", "sf", "track A", cats=(6,))
R("{A:sp} {B:sp} 两箱资料 一周了 都不动", "ems", "delay A B", cats=(6,), draw="ems_s10")
R("{A:nl} 改到 无锡市梁溪区中山路333号 无锡市第一中学 门卫", "yunda", "change_address A", cf=True, cats=(6,))
R("{A:lc} 拦截 客户家装修延期", "deppon", "intercept A", cats=(6,))
R("{A:fw} 加急 蛋糕", "sf", "urge A", cats=(6,))
R("{A:x} 撤单", "yto", "", nh=True, cats=(6,))
R("{A:nl} 撤单 今天不寄了", "cainiao", "cancel A", cf=True, cats=(6,))
R("{A:sp} 显示签收了 客户没收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A:cut}\n{B}\n这两单都催 明天考试", "jt", "urge B", nh=True, cats=(6,))
R("{A:dash} 床垫 压坏了", "deppon", "damaged A", cats=(6,))
R("{A:nl} 查下到哪了", "sto", "track A", cats=(6,))
R("{A:sp} 要是还没派就退回 买家考完了", None, "intercept A", cats=(6,), draw="ems_s10")
R("{A:lc} 明天中午前还没送到就拦截", "jt", "intercept A", cats=(6,))
R("{A:nl} 三天没更新了 开学前到不了吧", "yunda", "delay A", cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# 7. several parcels and commands: positions, tables, dated rows
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n第一个没揽收就撤了 后面两个明天中午前还没送到就拦截", "sf", "cancel A; intercept B C",
  cats=(7,))
R("{A}\t高一1班\t催件\n{B}\t高一2班\t催件\n{C}\t高一5班\t改址 送东校区 长春市南关区东岭南街1399号 门卫室",
  "zto", "urge A B; change_address C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n已经签收的就算了 没签收的都拦截", "yto", "intercept A B C D", cats=(7,))
R("{A} 6/12 拦截\n{B} 6/13 催件\n{C} 6/13 查件", "jt", "intercept A; urge B; track C", cats=(4, 7))
R("这三单 {A} {B} {C} 第一单催 第二单撤单 第三单先不动 等客户", "cainiao", "urge A; cancel B", cats=(1, 7))
R("{A}\n{B}\n上面两个都是周六考试的 催一下", "ems", "urge A B", cats=(7,))
R("{A} 蛋糕 拦截\n{B} 花束 催一下\n{C} 花篮 改到 宁波市鄞州区四明中路999号 宁波南苑环球酒店 宴会厅", "sf",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A}\n{B}\n{C}\n以上三单 明早八点前还没派送就全部退回 学校那边不要了", "yunda", "intercept A B C", cats=(7,))
R("单号\t品名\t处理\n{A}\t三人沙发\t拦截\n{B}\t床垫\t催派\n{C}\t餐桌\t核重", "deppon",
  "intercept A; urge B; weight C", cats=(7,))
R("{A}\n{B}\n{C}\n前两个没揽收就撤单 最后一个揽了的话拦截", "jd", "cancel A B; intercept C", cats=(7,))
R("{A} {B} 这俩 前面那个拦截 后面那个明天看情况", "zto", "intercept A", cats=(1, 7))
R("顺丰 {A} 催一下\n圆通 {B} 拦截\n极兔 {C} 查一下", None, "urge A; intercept B; track C", cats=(7,),
  draw={"A": "sf", "B": "yto", "C": "jt"})
R("{A}\n{B}\n{C}\n{D}\n第二个和第四个拦截 其他的催", "sto", "intercept B D; urge A C", cats=(7,))
R("初二年级的\n{A} 4班\n{B} 7班\n{C} 9班\n7班那箱改送老校区 开封市鼓楼区中山路中段23号 开封五中 其他两箱催一下",
  "zto", "change_address B; urge A C", cats=(7,))
R("{A} 周三到的话就送 周三还不到就退回\n{B} 一样\n{C} 这个不管 正常送", "jt", "intercept A B", cats=(1, 7))
R("{A} {B} {C} 三箱 第一箱压坏了 后两箱四天没动", "yunda", "damaged A; delay B C", cats=(7,))
R("{A}\t2024-05-18\t母亲节花束\t拦截\n{B}\t2024-05-18\t康乃馨\t拦截\n{C}\t2024-05-19\t蛋糕\t加急", "sf",
  "intercept A B; urge C", cats=(4, 7))
R("{A} {B} 这两个 一个拦截一个催件 哪个是哪个我回头再说", "yto", "", nh=True, cats=(7,))
R("{A}\n{B}\n{C}\n第一个和最后一个都改到 大连市甘井子区凌工路2号 大连理工大学 西门 考研资料代收点 中间的不用改",
  "ems", "change_address A C", cats=(1, 7))
R("{A} 京东的 {B} 德邦的 都拦 客户换房子了", None, "intercept A B", cats=(7,),
  draw={"A": "jd", "B": "deppon"})
R("{A}\n{B}\n{C}\n{D}\n{E}\n这五箱校服 1到3已经签收了不用管 4 5还没到 催一下", "zto", "urge D E", cats=(7,))
R("{A} 拦截 {B} 撤单 {C} 改址 新地址 南宁市青秀区民族大道136号 华润大厦C座 前台", "jt",
  "intercept A; cancel B; change_address C", cats=(7,))
R("{A}\n{B}\n后面那个如果还没签收就拦截 前面那个看下到哪了", "sf", "intercept B; track A", cats=(7,))
R("{A} 圆通\n{B} 顺丰\n{C} 邮政\n这三个考研资料都是同一个买家 都没签收的话全拦", None, "intercept A B C",
  cats=(7,), draw={"A": "yto", "B": "sf", "C": "ems_s10"})
R("{A}    花束    加急\n{B}    蛋糕    拦截\n{C}    花篮    查件", "jd", "urge A; intercept B; track C",
  cats=(7,))
R("{A} {B} 先催 {C} 等明天看看再说", "zto", "urge A B", cats=(1, 7))
R("{A}\n{B}\n都是昨天的单 第一个少件 第二个包装破了", "yto", "lost A; damaged B", cats=(7,))
R("{A}\n{B}\n{C}\n这三个跟上面一样 都拦截", "cainiao", "intercept A B C", cats=(7,))
R("{A} 周五下午前送到 {B} 周六上午前送到 两个都催一下", "deppon", "urge A B", cats=(7,))
R("{A} {B} 撤单 {B} 除外 那个已经揽收了 改成拦截", "sto", "cancel A; intercept B", cats=(1, 7))

# ---------------------------------------------------------------------------------------------------------------
# 8. compound requests: compensation, damage with complaint, several intents a parcel
# ---------------------------------------------------------------------------------------------------------------
R("{A} 蛋糕压烂了 快递员还说不关他的事 要赔偿 还要投诉他", "sf", "claim A; complaint A", cats=(8,))
R("{A} 床垫被划破了 送货的还甩脸子 投诉", "deppon", "damaged A; complaint A", cats=(8,))
R("{A} 拦截 顺便投诉一下 发错地址是你们网点录错的", "yto", "intercept A; complaint A", cats=(8,))
R("{A} 资料丢了 考试都过了 要赔", "zto", "claim A", cats=(8,))
R("{A} 催一下 客户已经投诉到平台了 再不到要扣我钱", "jt", "urge A; complaint A", cats=(8,))
R("{A} 延误三天了 花都死了 客户要投诉", "sf", "delay A; complaint A", cats=(8,))
R("{A} 衣柜门板碎了 先理赔 仲裁的事看理赔结果", "deppon", "claim A", cats=(8,))
R("{A} 改地址 加急 送到 杭州市西湖区文三路90号 东部软件园 3号楼 前台 明早要用", "zto",
  "change_address A; urge A", cats=(8,))
R("{A} 核一下重量 再查下到哪了", "ems", "weight A", cats=(8,))
R("{A} 校服箱子被雨泡了 一半不能穿了 理赔加投诉", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 显示签收了 没收到 先查清楚 查不清楚我再申请理赔", "yto", "verify_delivery A", cats=(8,))
R("{A} 申请仲裁 理赔拖了一个月没结果", "deppon", "arbitration A", cats=(8,))
R("{A} 拦截退回 退回来的运费要核下重量 上次多收了", "jd", "intercept A; weight A", cats=(8,))
R("{A} 七天没动了 应该是丢了 申请理赔 开学都用不上了", "zto", "claim A", cats=(8,))
R("{A} 花篮到了全散架了 登记破损 另外派件员不打电话直接放门口 投诉", "yunda", "damaged A; complaint A",
  cats=(8,))
R("{A} 拦截并投诉 客户说快递员冒充签收", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 超时两天 延误登记一下 再帮我催一下", "ems", "delay A; urge A", cats=(8,))
R("{A} 蛋糕 冷链断了 化了 赔钱 投诉", "jd", "claim A; complaint A", cats=(8,))
R("{A} 丢件 投诉 仲裁 三样一起 这都第三次了", "yto", "lost A; complaint A; arbitration A", cats=(8,))
R("{A} 沙发腿断了一根 登记破损 理赔等师傅上门看了再说", "deppon", "damaged A", cats=(8,))
R("{A} 没揽收就撤单 揽了就拦截 另外投诉一下 客服电话打了一上午都没人接", "cainiao",
  "cancel A; intercept A; complaint A", cats=(8,))
R("{A} 重量不对 核重 另外包装也破了", "jt", "weight A; damaged A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------------
# 0. more ordinary traffic through the week
# ---------------------------------------------------------------------------------------------------------------
R("{A} 早上说的花篮 中午了还没出网点 催一下", "zto", "urge A")
R("{A} 这单今天别派了 退回", "yunda", "intercept A")
R("{A} 客户在医院 地址改成 上海市黄浦区瑞金二路197号 瑞金医院 门诊楼 1楼大厅 孙先生", "sf", "change_address A")
R("{A} 到现在都没有揽收信息 不发了 撤掉", "jt", "cancel A")
R("{A} 资料晚到了两天 买家没赶上考试 登记个延误", "yto", "delay A")
R("{A} 显示被驿站签收 学生说没收到通知 帮核实", "cainiao", "verify_delivery A")
R("{A} 看下物流 客户说一直显示在派送", "sto", "track A")
R("{A} 蛋糕送到的时候已经歪了 上面的字都花了", "jd", "damaged A")
R("{A} 退件 新娘说不要了", "sf", "intercept A")
R("{A} 餐桌 这周内能到吗", "deppon", "track A")
R("{A} 考研资料 下周二考 周一晚上前要送到 帮忙盯一下催一催", "ems", "urge A")
R("{A} 麻烦截一下 客户的婚礼场地换了 我重新发", "jd", "intercept A")
R("{A} 这单到了网点就别往外派了 直接退回", "zto", "intercept A")
R("{A} 校服 学校说放门卫室就行 别送教学楼了 地址改成 哈尔滨市南岗区学府路74号 门卫室", "jt",
  "change_address A")
R("{A} 快递员说明天才能派 能不能今天 客户晚上就要", "sf", "urge A")
R("{A} 取消订单 客户那边学校改了款式", "yunda", "cancel A")
R("{A} 五天了还在转运中心 什么情况", "yto", "delay A")
R("{A} 客户说包裹里是空的 书一本都没有", "jt", "lost A")
R("{A} 麻烦帮我查一下这个件在哪", "deppon", "track A")
R("{A} 明天上午还没签收的话 拦截 客户下午就回老家了", "zto", "intercept A")
R("{A} 已经揽收了吗？没揽的话帮我取消寄件", "sto", "cancel A")
R("{A} 快递员把花扔在楼道 没打电话 客户找了半小时 投诉", "sf", "complaint A")
R("{A} 这个件重量肯定不对 一件校服怎么5公斤", "zto", "weight A", cats=(4,))
R("{A} 送到了吗 客户一直在等", "jd", "track A")
R("{A} 茶几玻璃碎了", "deppon", "damaged A")
R("{A} 改送 北京市朝阳区建国路87号 SKP 商场 B1 花店 刘店长", "sf", "change_address A")
R("{A} 明天就开学了 今天务必送到 麻烦了", "yunda", "urge A")
R("{A} 要是已经派出去了就算了 还在网点的话退回来", "yto", "intercept A")
R("{A} 买家说不要了 资料还没寄出的话撤单", "zto", "cancel A")
R("{A} 三天了 物流一直没更新 快开学了", "sto", "delay A")
R("{A} 帮催派 客户说再不到就退货了", "jt", "urge A")
R("{A} 这单跟收件人说不清楚 一直说没收到也不让查监控 申请仲裁", "yto", "arbitration A")
R("{A} 显示签收 签收人写的是 门卫 但学校门卫说没这箱", "zto", "verify_delivery A")
R("{A} 客户临时出差 周五前别派 周五之后再送 能办吗", "jd", "", nh=True)
R("{A} 生日蛋糕 过了今天下午五点再到就没用了 五点还没送到的话退回来", "sf", "intercept A")
R("今天就这些 明天早上还有十几单 校服", "zto")
R("明天中秋 你们网点上班吗 有一批月饼礼盒要发", "sf")
R("好嘞 辛苦了 等周一学校开门了我再看看情况", "yunda")
R("有个考研资料的买家说要退 等他回话再决定要不要拦 定了我把单号发群里", "yto")
R("七夕那批花 退不退我明天上午跟客户确认完再说", "sf")
R("{A} 沙发包装被雨淋了 外面的纸箱全湿了 里面不知道有没有事", "deppon", "damaged A")
R("{A} 查一下 买家说物流显示到了但没有取件码", "cainiao", "track A")
R("{A} 花 明天上午九点半前必须到 婚车十点出发", "sf", "urge A")
R("{A} 拦截吧 客户说地址写的是老家的 人在学校", "zto", "intercept A")
R("{A} 不寄了 客户把考试报名取消了 还没揽收", "yto", "cancel A")
R("{A} 改地址 送到 济南市历下区经十路13777号 中润世纪广场 14号楼 前台 刘同学", "jt", "change_address A")
R("{A} 两周了 客户说一直没收到 物流也不动 你们查查是不是丢件", "yunda", "lost A")
R("{A} 快递员说派送了 客户在家一天没人敲门 显示已签收", "sto", "verify_delivery A")
R("{A} 运费单上写了22kg 一个床头柜最多12kg 帮我称一下", "deppon", "weight A", cats=(4,))
R("{A} 加急 开学前要到 今天周四了", "jt", "urge A")
R("{A} 这个件停在中转站两天了", "zto", "delay A")
R("{A} 婚礼取消了 这单拦回来 其他的单我晚点再看要不要拦", "sf", "intercept A")
R("{A} 到了吗", "ems", "track A")
R("{A} 退回 学生转学了", "zto", "intercept A")
R("{A} 周六前到不了的话就退回来 到得了就正常送 帮我盯着点", "yto", "intercept A")
R("{A} 资料 帮我看下明天能不能到 明天不到就来不及了", "jt", "track A")
R("{A} 撤销寄件 买家下错单了", "cainiao", "cancel A")
R("{A} 送货的说楼层太高不给送 要加钱 投诉", "jd", "complaint A")
R("{A} 请加急派送 今晚生日派对", "sf", "urge A")

if __name__ == "__main__":
    W.main()
