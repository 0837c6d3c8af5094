"""Writer bz: a Monday morning after a weekend in the outlet groups of three northern cities (石家庄, 天津, 保定).

Casting note. Some thirty merchants write between half past seven and noon on a Monday, each once or twice, into
their outlets' WeCom and DingTalk groups (a ZTO outlet in 石家庄 裕华区, a Yunda and an STO outlet in 天津 南开区
and 河东区, a J&T outlet in 保定 竞秀区, a YTO outlet by 石家庄 新华集贸, the campus EMS counter of 河北大学, and a
菜鸟驿站 group that takes every carrier). Friday evening's and the weekend's parcels sat at the transfer centres
(石家庄转运中心, 天津北辰, 保定徐水), and everybody wants theirs moving, found or stopped. 老周 has a shoe shop in
石家庄 南三条 (sizes, 换码, crushed shoe boxes); 刘姐 supplies Tianjin bakeries with butter, cream and cake moulds
(cold parcels by SF that melt); 小马 has a phone-repair stall in 石家庄 电脑城 and posts repaired phones back (IMEI
numbers, screen prices); 王叔 sells 茉莉花茶 by the 斤 in 天津; 小赵 is the shipping clerk of a 白沟 luggage factory
(lists and pasted rows, the boss's orders passed on); 小雨妈 sews children's clothes at home and ships at night;
students of 河北大学 and 河北师大 post books and second-hand things home; and a 高阳 towel workshop, an 安国 herb
stall, 十八街麻花 and 漕河驴肉 sellers, a 辛集 leather shop, a Tianjin fishing-tackle shop, a 赵县 pear grower, a
新华集贸 clothes wholesaler, a pet shop, a stationery shop, a 槐茂 pickle shop, a honey seller. They write
northern colloquial Mandarin (咋, 啥, 整, 甭, 赶紧的, 给整回来, 麻溜儿, 得嘞, 忒, 介 for 这 and 嘛 for 什么 in Tianjin,
白 for 别), with typing slips (栏截, 催建, 改只, 撤蛋), phones, landlines and order numbers beside waybills, weekend
stories, questions about rules and about earlier requests, quotes of each other and of the bot, and minds changed
in the same breath. The outlet's clerk 小孟 posts a notice or two. Most messages are plain requests and questions.
"""

from harness import Writer

W = Writer("bz", seed=3110431)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests
# intercept
R("早 {A} 给拦一下 客户说不要了", "zto", "intercept A")
R("{A} 拦截退回，客户鞋码拍错了 要换42的 我重新给他发", "zto", "intercept A")
R("在吗 {A} 赶紧的给整回来 黑的发成白的了", "yunda", "intercept A", cats=(5,))
R("{A}\n退回", "jt", "intercept A")
R("{A} 拦截", "yto", "intercept A")
R("你好 麻烦拦截{A} 地址写错了 河东区写成河北区了 我让客户重新拍一单", "yunda", "intercept A")
R("{A} 介个件甭派了 给退回来 客户出差一个月 家里没人", "yunda", "intercept A", cats=(5,))
R("周六发的{A} 客户周日在微信上说不要了 我今儿早上才看见 还能拦不 能拦就给拦了", "sto", "intercept A")
R("{A} 退回 周末没顾上看手机 谢谢啊", "jt", "intercept A")
R("拦截 {A} {B} 俩都是一个人的 人家退款了", "zto", "intercept A B")
R("{A} 截回来 修好的手机 客户说他自己过来取 不用寄了", "zto", "intercept A")
R("{A} 客户拒收 退回来吧", "yunda", "intercept A")
R("老板早 {A} 茉莉花茶 发错了 人家要的是碧螺春 麻烦拦截一下 运费我出", "yunda", "intercept A")
R("@网点小孟 {A} 拦截退回 退到白沟厂里", "jt", "intercept A")
R("{A} 这个给我退回来 地址电话全对不上 打了一上午都是空号", "zto", "intercept A")
R("姐 {A} 这单给拦了吧 东西缺了个配件 我得补上再发", "sto", "intercept A")
R("{A} {B} {C}\n都退回 这仨都是刷单的 不发了", "jt", "intercept A B C", cats=(7,))
R("{A} 退件 客户说家里老人住院了 收不了 以后再买", "yunda", "intercept A")
R("麻烦把{A}拦回来 驴肉是真空的 路上搁久了怕坏 退回来我重新走顺丰", "zto", "intercept A")
R("{A} 拦住 千万别派 寄错人了 这是给另一个客户的", "sto", "intercept A")
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("{A:lc} 拦截退回", None, "intercept A", draw="yto")
R("拦劫 {A}", "yto", "intercept A", cats=(5,))
R("{A} 栏截 客户不要了", "zto", "intercept A", cats=(5,))
R("{A} 皮带 客户说尺寸短了 已经拒收 麻烦退回辛集", "zto", "intercept A")
R("早上好 {A} 麻烦拦截 订单号{O} 客户申请退款了", "zto", "intercept A", cats=(4,))
R("哥 {A} 退回 退回 退回 重要的事说三遍", "sto", "intercept A")
R("你好 请帮忙拦截快递 单号{A} 原因 发错货", "ems", "intercept A")
R("{A} 这个拦一下 客户电话{P} 一直联系不上 地址也不全", "zto", "intercept A", cats=(4,))
R("{A} 给整回来 收件人填成我自己了 尴尬", "yto", "intercept A", cats=(5,))
R("{A} 赶紧拦 还在保定转运中心没走呢 应该来得及", "jt", "intercept A")
R("老板们早 周末店里忙疯了 今儿才腾出手 {A} 麻烦给拦一下 客户周六就说不要了", "zto", "intercept A")
R("你好 我说一下啊 {A} 这个件呢 客户那边说不要了 你给我拦截一下 拦回来 好吧 谢谢啊", "yunda", "intercept A")
R("{A} 退回 发的毛巾颜色不对 客户要蓝的 我发成粉的了", "jt", "intercept A")
R("{A} 麻烦截一下 猫粮发错口味了", "sto", "intercept A")
R("早 小孟 {A} 拦截退回 周末让我闺女帮着发的 发错了", "zto", "intercept A")
R("{A} 退回来 书寄错了 这是我室友的", "ems", "intercept A")
R("{A} 鱼竿 客户说买贵了 拒收 给整回来吧 唉", "sto", "intercept A", cats=(5,))

# cancel
R("{A} 撤单 还没来收呢", "zto", "cancel A")
R("{A} 取消寄件 客户不要了 快递员还没上门", "yunda", "cancel A")
R("小孟 {A} 这单作废 面单打错了 我重新下", "jt", "cancel A")
R("{A} {B} 不寄了 给撤了吧 周末下的单 一直没人来取", "sto", "cancel A B")
R("{A} 撤了吧 客户改主意了 东西还在我店里没拿走呢", "yunda", "cancel A")
R("{A} 这个单号作废 打印机卡纸打重了", "zto", "cancel A")
R("{A} 撤蛋", "jt", "cancel A", cats=(5,))
R("你好 {A} 取消一下 今天不发了 衣服还没做完呢", "yto", "cancel A")
R("{A} chedan", "zto", "cancel A", cats=(5,))
R("{A} 撤单 订单{O}客户退款了", "yunda", "cancel A", cats=(4,))
R("{A} {B} {C} 这三个单子全撤了 周六下的单 快递员没来 我自己送网点重新下", "sto", "cancel A B C", cats=(7,))
R("麻烦取消寄件{A}，客人不要了", "ems", "cancel A")
R("{A} 撤单 重复下单了 跟早上那个重了", "yunda", "cancel A")
R("{A} 取消 快递员到现在都没来收 我换别家发了", "yto", "cancel A")
R("老师 {A} 这个寄件取消了吧 我同学说他自己开车回去顺手捎了", "ems", "cancel A")
R("撤单撤单 {A} 还没揽收", "zto", "cancel A")

# change_address
R("{A} 改地址 改到石家庄市裕华区槐安东路136号 华强广场B座1203 王女士 {P}", "zto", "change_address A", cats=(4,))
R("{A} 地址改一下 天津市南开区鞍山西道 宏泰大厦8层 收件人不变", "yunda", "change_address A")
R("你好 {A} 客户搬家了 改到保定市竞秀区朝阳北大街 惠友万悦城旁边的 朝阳家园3号楼 电话不变", "jt",
  "change_address A")
R("{A} 改址 新地址：天津市河西区友谊路35号 刘先生 {PN}", "sto", "change_address A", cats=(4,))
R("{A} 转寄 到北京市丰台区 新发地市场 东门 李老板 {P}", "zto", "change_address A", cats=(4,))
R("{A} 改派 改到河北师大 南门 菜鸟驿站", "ems", "change_address A")
R("{A} 改只 天津西青区杨柳青镇 柳口路 年画一条街 38号", "yunda", "change_address A", cats=(5,))
R("{A} 客户说周末回老家了 改到 邢台市 南和区 贾宋镇 郝村 电话{P}", "zto", "change_address A", cats=(4,))
R("{A} 收件人改成 赵强 {P} 地址改成 保定市莲池区东风东路 保定学院 东门", "jt", "change_address A", cats=(4,))
R("{A} 客户说单位搬了 改到天津市和平区 南京路 219号 国际大厦 20层 前台 {PN}", "yunda", "change_address A",
  cats=(4,))
R("麻烦 {A} 改个地址 河北大学 新校区 坤兴园 7号楼 楼下快递柜", "jt", "change_address A")
R("{A} gaizhi 到 石家庄市长安区 中山东路 北国商城 后门 卸货区", "zto", "change_address A", cats=(5,))
R("{A}\n改地址：唐山市路北区 建设路 凤凰新城 12-2-301\n收件人：马丽\n电话：{P}", "zto", "change_address A",
  cats=(4,))
R("{A} 改送 沧州市运河区 解放西路 127号 客户说那边有人收", "yto", "change_address A")
R("{A} 地址改成天津市河东区 大王庄 十一经路 卫国道交口 鑫苑小区 收件人不变 电话不变", "sto", "change_address A")
R("早 {A} 客户说寄到店里 别往家送了 店在 石家庄市新华区 新华集贸 B区 218", "yto", "change_address A")
R("{A} 转寄到 安国市 药都北路 数字中药都 3号厅 刘 {P}", "jt", "change_address A", cats=(4,))
R("{A} 帮忙改下地址 衡水市桃城区 人民东路 衡水学院 北门 收件人 郭佳 {PN}", "ems", "change_address A", cats=(4,))

# change_address without a usable new address
R("{A} 改地址", "zto", "change_address A", nh=True)
R("{A} 地址不对 给改一下 新地址我一会发你", "yunda", "change_address A", nh=True)
R("{A} 收件人电话改为{P}", "yto", "change_address A", nh=True, cats=(4,))
R("{A} 收件人改为 孙秀芝", "jt", "change_address A", nh=True)
R("{A} 客户说要改地址 改到他单位 具体地址我问问", "sto", "change_address A", nh=True)

# urge
R("{A} 周五发的 到今天还在石家庄转运中心趴着 给催催", "zto", "urge A")
R("{A} 催一下 客户等着用", "yunda", "urge A")
R("早 {A} 周六就到天津了 咋到现在还没派 麻溜儿的给送了", "yunda", "urge A", cats=(5,))
R("麻烦催一下 {A} 里面是奶油 再搁一天就化了", "sf", "urge A")
R("{A} {B} 帮忙催下派送 周末的件 客户说今天必须到", "zto", "urge A B")
R("{A} 咋还不到 催催", "sto", "urge A")
R("{A} 显示派送中一上午了 嘛呢这是 赶紧的给送", "yunda", "urge A", cats=(5,))
R("{A} 派件员说周末不送 今天总该送了吧 催一下", "jt", "urge A")
R("{A} cuijian", "zto", "urge A", cats=(5,))
R("{A} 催建 客户急用", "yto", "urge A", cats=(5,))
R("哥 {A} 给催一下呗 修好的手机 人家等着用呢 一天给我打八个电话", "zto", "urge A")
R("{A} 到保定三天了 就是不派 催一下", "jt", "urge A")
R("{A} 客户电话{PN} 说今天上午家里有人 让派件员赶紧送", "yunda", "urge A", cats=(4,))
R("{A} 麻烦加急派送 考试用的书 同学周三就考试了", "ems", "urge A")
R("{A} 周末件多我理解 但是这个是生鲜 能先派吗", "sf", "urge A")
R("催一下{A} 雪花梨 放久了要坏", "zto", "urge A")
R("{A}\n{B}\n{C}\n{D}\n以上都是周五发天津的 都催一下", "yunda", "urge A B C D", cats=(7,))
R("{A} 快点送 客户说今儿再不到就要投诉我了", "sto", "urge A")
R("{A} 给催催 驿站说周末没人 今天开门了吧", "zto", "urge A")
R("{A} 赶紧给派了 蛋糕店周二开业 模具等着用呢", "yunda", "urge A")
R("{A} 给催催呗 周末的件到现在还没影儿", "zto", "urge A", cats=(5,))
R("{A} 加个急 里面是身份证和户口本 明天办事要用", "ems", "urge A")
R("{A} 麻溜儿给送了 客户在家等一上午了", "yto", "urge A", cats=(5,))
R("{A} 介件咋还不来 给催催", "yunda", "urge A", cats=(5,))
R("小赵 白沟箱包厂的\n{A}\n{B}\n{C}\n这仨今天给派了 客户那边展会要用", "jt", "urge A B C", cats=(7,))
R("{A} {B} {C} {D} {E}\n这五个都是周五发天津的 一个都没到 全给催一下 谢谢", "yunda", "urge A B C D E",
  cats=(7,))
R("{A} 这个今天务必给送到 客户晚上的火车", "sto", "urge A")
R("早 {A} 给加个急 狗粮 家里狗断粮了 客户说今天再不到就得去超市买了", "jt", "urge A")
R("{A} 催派 驴肉 真空的 放不了太久", "zto", "urge A")

# track
R("{A} 到哪了", "zto", "track A")
R("{A}", "yunda", "track A")
R("{A} 查一下 周六发的 到现在看不着物流", "jt", "track A")
R("{A} 啥时候能到 客户问呢", "yto", "track A")
R("早 {A} 今天能到不", "sto", "track A")
R("帮我看看{A}到哪了 谢谢", "yunda", "track A")
R("{A} {B} 这俩到哪了", "jt", "track A B")
R("{A:sp}\n查下物流", "ems", "track A", draw="ems_s10", cats=(6,))
R("同学 {A} 这个书 邮到邯郸的 到哪了", "ems", "track A")
R("麻烦查下 {A} 是不是今天派", "yunda", "track A")
R("{A} 这个到石家庄了没", "yto", "track A")
R("{A}\n{B}\n{C}", "zto", "track A B C", cats=(7,))
R("客户天天追着我问 你给查查 {A} 到底到哪了", "yunda", "track A")
R("{A} 这件揽收了没", "zto", "track A")
R("{A} 到哪儿了 客户是个老太太 天天打电话问我", "jt", "track A")
R("麻烦查一下这几个 {A} {B} {C} 周末发的", "yto", "track A B C", cats=(7,))
R("{A} 明天能到保定不", "jt", "track A")
R("{A} 这件到哪了 嘛时候能到", "yunda", "track A", cats=(5,))
R("{A} 咋查不到物流信息啊 周六下午发的", "zto", "track A")
R("{A} 帮忙看下物流 客户说一直显示在路上", "yto", "track A")
R("{A} 查一下派件员是谁 啥时候到", "zto", "track A")
R("{A:fw} 到哪了", "zto", "track A", cats=(6,))
R("{A} {B}", None, "track A B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("{A} 到哪了", None, "track A", draw="sf")

# delay
R("{A} 周五发的 三天了一直没动", "zto", "delay A")
R("{A} 物流好几天没更新了", "yunda", "delay A")
R("{A} 在保定转运中心趴了四天了", "jt", "delay A")
R("{A} 延误了 客户说本来周六就该到", "yto", "delay A")
R("{A} 咋回事 周四发的 到今天还显示已揽收 一步没动", "sto", "delay A")
R("{A} 打个延误 超时两天了", "zto", "delay A")
R("{A} 卡在北辰好几天了 咋整", "yunda", "delay A")
R("{A} {B} 这俩都停在石家庄转运中心 周六到现在没动", "zto", "delay A B")
R("{A} 怎么还没到 是不是延误了", "ems", "delay A")
R("{A} 超时了 说好的次日达 这都第四天了", "sf", "delay A")
R("{A} 介件嘛情况 周五发的 到现在没信儿", "yunda", "delay A", cats=(5,))
R("{A} 周末两天一点没动 登记个延误", "zto", "delay A")

# verify_delivery
R("{A} 显示签收了 客户说没收到", "zto", "verify_delivery A")
R("{A} 签收人写的本人 我客户说压根没见着 给查查谁签的", "yunda", "verify_delivery A")
R("{A} 周日显示签收 客户今天去驿站问 驿站说没有 这咋回事", "jt", "verify_delivery A")
R("{A} 虚假签收 人不在家咋签的", "yto", "verify_delivery A")
R("{A} 显示放快递柜了 客户说柜子里没有 核实一下", "sto", "verify_delivery A")
R("{A} 妥投了但是没收到 学校驿站也没有", "ems", "verify_delivery A")
R("{A} 别人签收了 不是我客户签的 麻烦核实", "zto", "verify_delivery A")
R("{A} 显示周六签收 客户周六根本没在家 谁签的", "jt", "verify_delivery A")

# damaged
R("{A} 到了 箱子压扁了 鞋盒全变形了", "zto", "damaged A")
R("{A} 破损 奶油漏了一箱子 客户拍了照", "sf", "damaged A")
R("{A} 手机屏幕碎了 发的时候好好的 包了三层泡沫", "zto", "damaged A")
R("{A} 麻花全压碎了 成渣了", "yunda", "damaged A")
R("{A} 外箱破了 茶叶罐瘪了俩", "yunda", "damaged A")
R("{A} 登记个破损 酱菜坛子碎了 汤流了一箱", "jt", "damaged A")
R("{A} 货到了 拉杆箱轮子掉了一个 应该是摔的", "jt", "damaged A")
R("{A} 黄油全化了 周末搁转运中心捂了两天", "sf", "damaged A")
R("{A} 梨磕坏了小一半 都是黑疤", "zto", "damaged A")

# lost
R("{A} 丢了吧 一周没动静 哪都找不着", "zto", "lost A")
R("{A} 件没了 网点说找不到", "yunda", "lost A")
R("{A} 一个礼拜没更新 是不是丢了", "jt", "lost A")
R("{A} 少件 发了三箱 就到了两箱", "deppon", "lost A")
R("{A} 遗失 麻烦登记一下", "yto", "lost A")
R("{A} 周五发的 到现在查不着 转运中心说没这个件 是不是丢了", "zto", "lost A")
R("{A} 客户说少了一包 两包茶叶就到了一包", "yunda", "lost A")

# weight
R("{A} 重量不对 我称的才1.2公斤 你们按3公斤算的", "zto", "weight A", cats=(4,))
R("{A} 查一下重量 一双鞋咋能4斤", "zto", "weight A")
R("{A} 核重 运费扣了28 平时都是12", "yunda", "weight A", cats=(4,))
R("{A} 超重？就两本书 帮忙再称一下", "ems", "weight A")
R("{A} {B} 这俩重量都算多了 核一下", "jt", "weight A B")
R("{A} 计重有问题 一箱毛巾 我这称的8.5kg 系统显示15kg", "jt", "weight A", cats=(4,))

# claim
R("{A} 丢了 要赔钱 货值380", "zto", "claim A", cats=(8,))
R("{A} 茶叶罐压坏了 申请理赔 一罐168", "yunda", "claim A", cats=(8,))
R("{A} 手机碎屏 这得赔 换个屏380块", "zto", "claim A", cats=(8,))
R("{A} 保价了500 东西丢了 给赔吧", "deppon", "claim A", cats=(8,))
R("{A} 黄油全化了 一箱12块 没法用了 要求赔偿", "sf", "claim A", cats=(8,))
R("{A} 赔付 货丢了一周了 网点一直说找", "yto", "claim A", cats=(8,))

# complaint
R("投诉 {A} 派件员 态度忒差 还骂人", "zto", "complaint A")
R("{A} 这快递员没打电话直接扔门口了 投诉他", "yunda", "complaint A")
R("{A} 客诉 派件员让客户自己去驿站拿 还说爱要不要", "jt", "complaint A")
R("我要投诉 {A} 派件员周末打电话不接 态度还差", "sto", "complaint A")
R("{A} complain 快递员把件扔驿站了 都不通知", "zto", "complaint A", cats=(5,))

# arbitration
R("{A} 申请仲裁 货值两千 就给赔三百 不能接受", "deppon", "arbitration A")
R("{A} 仲裁", "zto", "arbitration A")

# several parcels, several commands, plain
R("{A} 拦截\n{B} 催一下\n{C} 到哪了", "zto", "intercept A; urge B; track C", cats=(7,))
R("{A} 撤单 {B} 改地址 改到 天津市河西区 紫金山路 新星里 6-2-101", "yunda", "cancel A; change_address B",
  cats=(7,))
R("{A} {B} 都拦截 {C} 催件", "sto", "intercept A B; urge C", cats=(7,))
R("{A} 拦截 {B} 催一下", None, "intercept A; urge B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("{A} 破损 {B} 显示签收了客户没收到", "zto", "damaged A; verify_delivery B", cats=(7,))
R("{A} 丢件\n{B} 延误 五天了", "yunda", "lost A; delay B", cats=(7,))
R("老周鞋店的 今天这几个：\n{A} 退回\n{B} 退回\n{C} 改地址 石家庄市长安区 广安大街 天河大厦 1506\n{D} 催",
  "zto", "intercept A B; change_address C; urge D", cats=(7,))
R("{A} {B} {C} {D} {E} {F}\n上面这些全是周末积压的 挨个给催催", "zto", "urge A B C D E F", cats=(7,))

# greetings, chit-chat, questions without a waybill, outlet notices
R("早上好各位老板 周一愉快", "zto", "")
R("今儿几点来收件啊 我这有二十多件", "yunda", "")
R("好的 谢了", "jt", "")
R("周末的件今天能派完不", "yunda", "")
R("得嘞 谢谢小孟", "zto", "")
R("【通知】周末积压件较多，今天上午集中派送，各位老板耐心等待，着急的件把单号发群里 —— 网点小孟", "zto", "")
R("有人吗 咋没人回呢", "yunda", "")
R("拦截一次多少钱啊", "zto", "")
R("改地址收费不", "yunda", "")
R("明天寄天津的件 后天能到不", "sto", "")
R("好嘞 那个件已经退回来了 收到了 谢谢", "zto", "")
R("下午能上门取件不 有六箱毛巾", "jt", "")
R("老孟今天来不来了 等半天了", "zto", "")
R("寄新疆的还停发不", "yunda", "")
R("周一件多 大家别急 一个一个处理", "zto", "")
R("寄梨的话 泡沫箱你们网点有卖的不", "zto", "")
R("学生寄行李有优惠不 寄到邯郸 大概三十斤", "ems", "")
R("麻烦问下 周六周日收件不 下周末还得发一批", "jt", "")
R("各位 石家庄转运中心今天还爆仓不", "zto", "")
R("以后拦截是不是得早上十点前报", "sto", "")

# a command with no usable waybill
R("拦截一下", "zto", "", nh=True)
R("尾号3856的那个 给拦了", "yunda", "", nh=True, cats=(4,))
R("{A:cut} 拦截 急", "zto", "", nh=True)
R("刚才那个件 给催一下", "jt", "", nh=True)
R("我那个周六发保定的件 到哪了 单号找不着了 收件人叫张建军", "jt", "", nh=True)
R("{A:x} 改地址 天津市红桥区 西青道 天津西站 北广场", None, "", nh=True, draw="yto")
R("单号{A:cut} 催件", "yunda", "", nh=True)
R("帮忙撤个单 手机号{P}下的", "sto", "", nh=True, cats=(4,))

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 拦截 … 哎算了算了 甭拦了 客户说又要了", "zto", "", cats=(1,))
R("{A} 给撤单 —— 不对不对 撤啥撤 人家没说不要 照常寄", "yunda", "", cats=(1, 2))
R("{A} 改地址 改到天津市河北区 中山路 … 哦客户说不用改了 原地址有人", "sto", "", cats=(1,))
R("{A} 甭拦了 客户又要了", "zto", "", nh=True, cats=(1, 5))
R("早上让拦的那个{A} 白拦了啊 客户又要了 让他照常派吧", "yunda", "", nh=True, cats=(1, 5))
R("{A} 不用催了 客户自己去驿站拿了", "jt", "", nh=True, cats=(1,))
R("刚才说改地址的那个{A} 不改了哈 还送原地址", "yunda", "", nh=True, cats=(1,))
R("{A} 撤单的事算了 快递员已经收走了 就让它走吧", "jt", "", nh=True, cats=(1,))
R("{A} 理赔不用了 客户说东西还能用 不要赔了", "yto", "", nh=True, cats=(1, 8))
R("{A} {B} 都拦一下\n哦{B}甭拦了 那个客户又要了", "zto", "intercept A", cats=(1,))
R("{A} 拦截\n{B} 不用拦 正常派", "yunda", "intercept A", cats=(1,))
R("{A}\n{B}\n{C}\n除了第二个 都给退回", "jt", "intercept A C", cats=(1, 7))
R("这仨 {A} {B} {C} 催一下 第三个不用 客户已经拿到了", "zto", "urge A B", cats=(1, 7))
R("不是不拦 是现在就拦 {A} 赶紧的", "sto", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 天津市南开区 卫津路 92号 天津大学 北洋园快递点", "yunda", "change_address A", cats=(1,))
R("{A} 别退 别退 客户说改个地址就行 改到保定市莲池区 裕华西路 中冶未来城 6号楼", "jt", "change_address A",
  cats=(1,))
R("{A} 甭派了 退回来", "zto", "intercept A", cats=(1, 5))
R("{A} 先别派 退回来 客户钱都退了", "yto", "intercept A", cats=(1,))
R("{A} {B} 这俩不撤 {C} 撤单", "yunda", "cancel C", cats=(1, 7))
R("{A} 没啥问题 不用管 就{B}给催催", "jt", "urge B", cats=(1,))
R("{A} 客户退款了 但是货不用退回 他说留着用 让正常送吧", "zto", "", cats=(1,))
R("{A} 不用改地址了 直接退回吧 客户说不要了", "sto", "intercept A", cats=(1, 2))
R("{A} 别催了 越催越慢 哈哈 开玩笑的 还是给催催吧", "yunda", "urge A", cats=(1,))
R("{A} 不着急啊 周末件多我理解 就是问问到哪了", "zto", "track A", cats=(1,))
R("{A} 我没说拦截啊 谁给我拦的 赶紧给恢复派送", "jt", "", nh=True, cats=(1,))
R("{A} 拦截退回的件到了 箱子破了", "zto", "damaged A", cats=(1,))
R("{A} 客户拒收是拒收了 但是别退回 改送他公司 天津市红桥区 芥园道 鲁能城 写字楼 1503", "sto",
  "change_address A", cats=(1,))
R("{A} 周六说的撤单撤了没 快递员今天又打电话要来收", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截 {B} 也是 {C} 不是 {C}照常送", "jt", "intercept A B", cats=(1, 7))
R("{A} {B} 都催一下 哦{B}昨天晚上到了 就{A}", "zto", "urge A", cats=(1, 2))
R("{A} 这个昨天已经拦了 今天{B}也拦一下", "zto", "intercept B", cats=(1, 7))
R("{A} 已经退回来了 收到了 谢谢", "jt", "", cats=(1,))
R("{A} 拦截，{B} 不拦，{C} 不拦，{D} 拦截", "yunda", "intercept A D", cats=(1, 7))
R("{A} 不是不要了 是要换个地址 改到 石家庄市桥西区 维明南大街 万达广场 3号楼", "zto", "change_address A",
  cats=(1,))
R("{A} 不退了 不退了 客户说先收着 有问题再说", "jt", "", nh=True, cats=(1,))
R("{A} 先甭拦 客户说换个码就行 不用退 那就不拦了", "zto", "", nh=True, cats=(1, 5))
R("{A} 退回！{A} 哎等等 别退 {A} 客户刚回消息说要", "sto", "", cats=(1,))
R("{A} {B} {C}\n全拦 就是全都不要了", "jt", "intercept A B C", cats=(1, 7))
R("{A} 不用退回 也不用改地址 就是催一下 赶紧给送了", "yto", "urge A", cats=(1,))
R("{A} 拦什么拦 客户在群里乱说的 照常派送就行", "zto", "", nh=True, cats=(1,))
R("{A} 以后别给我拦件了 我没让拦过 今天这个也别拦", "yunda", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 拦截\n单号打错了 是{A}", "yunda", "intercept A", cats=(2,))
R("{A} 催一下\n哦不对 不是这个 是{B}", "jt", "urge B", cats=(2,))
R("{A} 改地址 改到天津市河西区 围堤道 … 算了 还是直接退回吧 客户说不要了", "yunda", "intercept A", cats=(2,))
R("{A} 拦截 —— 更正 是催件 不是拦截 手滑了", "zto", "urge A", cats=(2,))
R("{A} 给退回 哦不 是{B} {A}是对的 正常送", "sto", "intercept B", cats=(1, 2))
R("刚才发错了 {A} 是要改地址不是拦截 改到 石家庄市新华区 友谊北大街 46号 金谷大厦", "zto", "change_address A",
  cats=(2,))
R("{A}\n{B}\n拦截上面俩 不对 是催件 手打错了", "jt", "urge A B", cats=(2, 7))
R("{A:x} 拦截\n多打了一位 是{A}", "yto", "intercept A", cats=(2,))
R("{A} 改地址到保定市竞秀区 复兴中路 世纪花园 9号楼 电话{P}\n更正 电话是{P2}", "jt", "change_address A",
  cats=(2, 4))
R("{A} 撤单\n更正：单号{B}", "yunda", "cancel B", cats=(2,))
R("{A} 拦截 不对 改地址 改到天津市河东区 万达广场 B座 ……还是拦截吧 客户说干脆不要了", "yunda", "intercept A",
  cats=(2,))
R("{A} 催件 {B} 拦截\n说反了 {A}拦截 {B}催件", "zto", "intercept A; urge B", cats=(2, 7))
R("{A:typo} 查一下到哪了 哦号错了 {A}", "jt", "track A", cats=(2,))
R("{A} 撤单 噢不对 已经发出去了 改成拦截", "sto", "intercept A", cats=(2,))
R("{A} 改地址 改到 保定市徐水区 安肃镇 建设路 金色家园 5号楼 ……更正一下 单号是{B} 不是{A} {A}是别人的", "jt",
  "change_address B", cats=(2,))
R("{A} 退回 嗯……不对 先不退 改成催件 客户说还是要", "yto", "urge A", cats=(2,))
R("第二个单号发错了\n{A} 拦截\n{B:typo} 拦截\n应该是{B}", "zto", "intercept A B", cats=(2, 7))
R("{A} 催一下 还有{B} 哦{B}不是我的 发错群了", "yunda", "urge A", cats=(1, 2))
R("{A} 地址改到天津市南开区 白堤路 … 哦 写错了 是红桥区 丁字沽 一号路 新村3-2-201", "yunda",
  "change_address A", cats=(2,))

# ---------------------------------------------------------------- 3: quotes, replies, the bot's replies
R("「刘姐：{A} 到哪了」\n" + Q + "\n这个也给催一下 着急用", "sf", "urge A", cats=(3,))
R("回复 @小赵：{A} {B} 拦截\n{B}拦了没 客户又在问", "jt", "", nh=True, cats=(3,))
R("@王叔 {A} 已为您催促派送，请耐心等待\n这都两天了还没到 再给催催", "yunda", "urge A", cats=(3,))
R("@小马 {A} 已签收，无法拦截\n啊？谁签的 客户说没收到啊", "zto", "verify_delivery A", cats=(3,))
R("@小雨妈 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单", "jt", "cancel A", cats=(3,))
R("@大刚 {A} 改址已提交，结果会第一时间通知您\n好嘞 谢谢", "yunda", "", cats=(3,))
R("@孟姐 {A} 撤单成功\n👌", "zto", "", cats=(3,))
R("「小孟：周末件多 今天上午集中派」\n" + Q + "\n那我这个{A}今天能到不", "zto", "track A", cats=(3,))
R("引用 老周：{A} 拦截\n我这边也一样 {B} 也拦了吧 一个客户的", "zto", "intercept B", cats=(3,))
R("“{A} 改地址 改到天津市北辰区 北仓镇 …”\n上周说的这个 改了没啊 客户今天问", "yunda", "", nh=True, cats=(3,))
R("回复 @强子：你那个{A}拦截了没\n拦了 昨天就提交了", "jt", "", cats=(3,))
R("@佳佳 您的消息已转人工客服处理，请稍候\n稍候到啥时候啊 {A} 客户等着呢 赶紧给催", "zto", "urge A", cats=(3,))
R("「二丫：{A} {B} {C} 催件」\n" + Q + "\n第三个不用催了 到了", "yunda", "", nh=True, cats=(1, 3))
R("「老周：{A} 拦截」\n" + Q + "\n这个甭拦了 跟客户说好了 照常送", "zto", "", nh=True, cats=(1, 3))
R("@老周 {A} 拦截已提交，结果会第一时间通知您\n不用拦了 客户又要了 能撤回不", "zto", "", nh=True, cats=(1, 3))
R("@芳芳 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n好 顺便投诉一下那个派件员 扔的", "yto",
  "complaint A", cats=(3, 8))
R("@老孙 {A} 已为您登记延误工单，结果会第一时间通知您\n登记有啥用 赶紧给送啊", "jt", "urge A", cats=(3,))
R("「小孟：@小马 {A} 派件员说电话打不通」\n" + Q + "\n客户说今天一天都在家 让派件员再打一遍 今天给送了",
  "zto", "urge A", cats=(3,))
R("回复 @刘姐：{A} 退回\n姐 这个我看了 已经签收了 退不了了", "sf", "", cats=(3,))
R("「王叔：{A} 茶叶 到哪了」\n" + Q + "\n王叔 你这个我给你查了 周六就到天津了 今天派", "yunda", "", cats=(3,))
R("引用 小赵：\n{A}\n{B}\n{C}\n以上催件\n—— 第一个改成拦截 老板说不要了", "jt", "intercept A", cats=(3, 7))
R("@宋老师 {A} 拦截已提交，结果会第一时间通知您\n{B} 这个也拦一下", "yto", "intercept B", cats=(3,))
R("@海霞 请确认：{A} 拦截退回？回复“确认”即办理\n等会 我再问问客户", "zto", "", cats=(3,))
R("「大鹏：{A} 拦截」\n" + Q + "\n大鹏你这个发错了吧 这是我的单号 我的不用拦", "jt", "", nh=True, cats=(1, 3))
R("“{A} 丢了吧 一周了”\n—— 客户原话 麻烦帮忙查查到底在哪", "zto", "track A", cats=(3,))
R("回复 @小孟：{A} 派件员说地址找不着\n那给改一下 改到 保定市竞秀区 东风西路 秀兰城市美居 12号楼 2单元", "jt",
  "change_address A", cats=(3,))
R("「秀芝婶：{A} 咋还不到」\n" + Q + "\n婶儿 这个我帮你问问 @小孟 帮忙催一下", "yunda", "urge A", cats=(3,))

# ---------------------------------------------------------------- mentioned but not asked; status and rules
R("上礼拜拦截的那票{A} 现在到哪了 还没退到我手里", "zto", "track A", cats=(1,))
R("上次改地址那个{A} 送到了没", "yunda", "track A")
R("{A} 拦截成功没有", "jt", "", nh=True)
R("{A} 上午报的拦截 结果出来没", "zto", "", nh=True)
R("{A} 拦截要收费不 收多少", "yunda", "", nh=True)
R("{A} 现在还能改地址不", "zto", "change_address A", nh=True)
R("{A} 退回来的运费谁出啊", "sto", "", nh=True)
R("我看群里别人都说拦不住 {A} 你们能拦住不 能的话就拦", "yunda", "intercept A")
R("{A} 派件员电话多少 我自己跟他联系", "zto", "", nh=True)
R("{A} 开个发票 顺便看看到哪了", "yunda", "track A", nh=True)
R("{A} 周末家里没人 让派件员周二再送", "jt", "", nh=True)
R("{A} 能不能让派件员送上楼 老太太腿脚不好", "zto", "", nh=True)
R("{A} 已经催了三回了 还是没动静 是不是丢了", "zto", "lost A", cats=(1,))
R("{A} 理赔的钱啥时候到账啊 都俩礼拜了", "deppon", "", nh=True)
R("{A} 撤单了吗 怎么还显示待揽收", "jt", "", nh=True)
R("上回投诉的那个派件员 {A} 今天又把件扔门口了 再投诉一次", "zto", "complaint A")
R("{A} 催了没啊 客户说还是没人送", "yunda", "", nh=True)
R("{A} 周六那个破损登记了吧？赔多少有信儿没", "sf", "", nh=True)
R("拦截的话一般多久能退回来 {A} 这个是周五拦的", "zto", "", nh=True)
R("{A} 能改地址吗 改到 石家庄市裕华区 体育南大街 师大新校区 东门", "ems", "change_address A")
R("{A} 可以帮忙拦一下吗", "jt", "intercept A")
R("能不能催一下 {A}", "yto", "urge A")

# ---------------------------------------------------------------- hedges and conditions
R("{A} 要不给整回来吧？我再问问客户", "zto", "intercept A", cf=True, cats=(5,))
R("{A} 可能得退回 客户还没给准话", "yunda", "intercept A", cf=True)
R("{A} 看看能不能撤单 快递员好像还没来", "jt", "cancel A", cf=True)
R("{A} 好像得改个地址 改到天津市东丽区 津塘路 万新街 丽水苑 7-1-502", "yunda", "change_address A", cf=True)
R("{A} 先拦着吧？客户说再想想", "sto", "intercept A", cf=True)
R("{A} 如果还没签收就拦截", "zto", "intercept A")
R("{A} 还没派的话给退回来", "jt", "intercept A")
R("{A} 估计得退 你先拦着 我跟客户再确认一下", "yto", "intercept A", cf=True)
R("{A} 客户说可能不要了 要不先撤了？", "zto", "cancel A", cf=True)
R("{A} 要是还在石家庄转运中心 就给拦了", "zto", "intercept A")
R("{A} 我琢磨着还是退回来算了 你看呢", "yunda", "intercept A", cf=True)
R("{A} 八成得改地址 改到 保定市 涿州市 范阳路 双塔区 华阳小区 客户还没最后定", "jt", "change_address A",
  cf=True)

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 催一下 客户电话{PN} 订单号{O}", "zto", "urge A", cats=(4,))
R("订单{O} 对应快递{A} 客户要求退回", "yunda", "intercept A", cats=(4,))
R("我电话{P} 有事打我 {A} 到哪了", "jt", "track A", cats=(4,))
R("IMEI 869412053317284 这台手机 {A} 寄出去的 客户说没收到 显示签收了", "zto", "verify_delivery A",
  cats=(4,))
R("{A} 运费付了23块 重量写3.5公斤 我这称才1.8 核一下", "zto", "weight A", cats=(4,))
R("客户电话{PN} 打不通 {A} 退回吧", "jt", "intercept A", cats=(4,))
R("{A} 货款1280 保价1500 东西丢了 理赔", "deppon", "claim A", cats=(4, 8))
R("{A} 收件人电话{P} 换成{P2} 其他不变", "zto", "change_address A", nh=True, cats=(4,))
R("有事打店里座机 0311-86052317 {A} 给拦了", "zto", "intercept A", cats=(4,))
R("拼多多订单{O}\n快递单号{A}\n买家要改地址：天津市西青区 中北镇 万科四季花城 12-1-901 {PN}", "yunda",
  "change_address A", cats=(4,))
R("{A} 里面是手机 IMEI 352198104637725 客户说收到的是空盒子 要赔 3299买的", "zto", "claim A", cats=(4, 8))
R("淘宝单号{O} {O2} 这俩对应的快递 {A} {B} 都拦截", "zto", "intercept A B", cats=(4, 7))
R("{A} 收件人手机{P}关机了 他爱人说今天家里有人 赶紧给送了", "jt", "urge A", cats=(4,))
R("{A} 运单上写的电话是{PN} 错了一位 正确的是{P2}", "yto", "change_address A", nh=True, cats=(4,))
R("我是南三条32号老周 电话{P} {A} {B} 这俩退回", "zto", "intercept A B", cats=(4,))
R("{A} 48块钱一斤的茉莉花 寄了2斤 丢了 按96赔", "yunda", "claim A", cats=(4, 8))
R("订单号{O}\n{A}\n客户留言 放门卫室 电话{P}\n今天给送了吧 催一下", "sto", "urge A", cats=(4,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "zto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n催一下", "yunda", "urge A", cats=(6,))
R("{A:sp} 退回", "yto", "intercept A", cats=(6,))
R("{A:sp} 催件", "ems", "urge A", draw="ems_s10", cats=(6,))
R("{A:dash} 改地址 改到 石家庄市长安区 建设北大街 天山世界之门 2号楼", "zto", "change_address A", cats=(6,))
R("单号 {A:nl} 撤单 谢谢", "jt", "cancel A", cf=True, cats=(6,))
R("{A:nl} 显示签收 客户没收到", "sto", "verify_delivery A", cats=(6,))
R("拦截\n{A:nl}", "yunda", "intercept A", cf=True, cats=(6,))
R("{A:dash}\n{B:dash}\n这俩催一下", "zto", "urge A B", cats=(6, 7))
R("{A:nl} 改地址 天津市河西区 解放南路 融创中心 5-2-1101", "yunda", "change_address A", cf=True, cats=(6,))

# ---------------------------------------------------------------- 7: positions and pasted rows
R("{A}\n{B}\n{C}\n第一个拦 后俩催", "zto", "intercept A; urge B C", cats=(7,))
R("{A}\t拦截\n{B}\t催件\n{C}\t改地址 保定市竞秀区 七一中路 东湖公园北门 新华书店", "jt",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A} {B} 一个拦截一个催", "yunda", "", nh=True, cats=(7,))
R("上面那俩 都给拦了", "zto", "", nh=True, cats=(7,))
R("{A}   拦截   客户取消\n{B}   催件   周五发的\n{C}   拦截   地址错\n{D}   查件", "jt",
  "intercept A C; urge B; track D", cats=(7,))
R("{A} {B} {C} {D} 这四个 前两个撤单 后两个已经揽收了 拦截", "yunda", "cancel A B; intercept C D", cats=(7,))
R("{A}拦截 {B}改地址到天津市南开区 长江道 南开大学 西南村 {C}催件", "yunda",
  "intercept A; change_address B; urge C", cats=(7,))
R("这三个{A} {B} {C} 中间那个改地址 改到 石家庄市裕华区 翟营南大街 勒泰中心 B座 另外俩不动", "zto",
  "change_address B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n1 3 拦截 2 4 催件", "jt", "intercept A C; urge B D", cats=(7,))
R("序号\t单号\t处理\n1\t{A}\t拦截\n2\t{B}\t拦截\n3\t{C}\t催件\n4\t{D}\t改址 天津市武清区 杨村 泉州北路 "
  "星河小区", "yunda", "intercept A B; urge C; change_address D", cats=(7,))
R("{A}\n{B}\n{C}\n最后一个查一下到哪了 前面俩退回", "sto", "track C; intercept A B", cats=(7,))
R("{A} {B} {C} 都是一个客户的 一起改地址 改到 廊坊市 三河市 燕郊 福成五期 8号楼", "zto",
  "change_address A B C", cats=(7,))
R("{A}\n{B}\n{C}\n第二个破了 第三个没收到显示签收", "jt", "damaged B; verify_delivery C", cats=(7,))
R("上午那批：\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n除了最后一个都催", "jt", "urge A B C D E", cats=(7,))
R("{A} {B} 这俩 前面的拦截 后面的改地址到 天津市河北区 金钟河大街 金侨公寓 3-505", "sto",
  "intercept A; change_address B", cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 箱子压烂了 鞋全变形了 要赔 还得投诉那个快递员 扔件", "zto", "claim A; complaint A", cats=(8,))
R("{A} 外箱破了 快递员还不让验货 态度恶劣 投诉", "yunda", "damaged A; complaint A", cats=(8,))
R("{A} 五天没动了 我要投诉", "jt", "delay A; complaint A", cats=(8,))
R("{A} 派件员打电话骂我客户 客户不要了 拦截退回 再投诉他", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 快点送 客户已经投诉到平台了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 丢了 给赔 另外{B} 也三天没动了 催一下", "zto", "claim A; urge B", cats=(7, 8))
R("{A} 碎了 要赔偿 {B} 也碎了 不过那个不值钱 登记一下就行", "yunda", "claim A; damaged B", cats=(7, 8))
R("{A} 重量不对 另外派件员态度也差 一起投诉", "jt", "weight A; complaint A", cats=(8,))
R("{A} 破损 理赔 投诉", "yto", "claim A; complaint A", cats=(8,))
R("{A} 显示签收了客户没收到 派件员还不接电话 投诉", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 延误四天 客户要投诉 你们看着办", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 奶油漏了 客户说派件员扔着送的 要求赔偿 还要投诉", "sf", "claim A; complaint A", cats=(8,))
R("{A} 重量不对 多扣了十五块 退差价 顺便催一下 客户急", "zto", "weight A; urge A", cats=(8,))
R("{A} 破了 先登记破损 {B} 拦截 {C} 投诉派件员", "jt", "damaged A; intercept B; complaint C", cats=(7, 8))

# ---------------------------------------------------------------- 5: other wordings: voice, pinyin, English, slips
R("{A} intercept pls 客户不要了", "yto", "intercept A", cats=(5,))
R("{A} 帮忙lj 谢谢", "jt", "intercept A", cats=(5,))
R("{A} where is it 客户问", "ems", "track A", cats=(5,))
R("喂 那个 {A} 这个件 你给我 拦下来 拦下来啊 客户不要了 听见没", "yunda", "intercept A", cats=(5,))
R("{A} 该地址 改到 天津市河西区 珠江道 金地格林小城 16-1-302", "yunda", "change_address A", cats=(5,))
R("{A} 催催催 急死了", "jt", "urge A", cats=(5,))
R("{A} 这件给整明白了 到底在哪呢", "zto", "track A", cats=(5,))
R("{A} 给我截胡回来 哈哈 发错了", "sto", "intercept A", cats=(5,))
R("{A} 退回去 退回我这 别送了 倍儿急", "sto", "intercept A", cats=(5,))
R("{A} 这个件 忒慢了 给整快点", "yunda", "urge A", cats=(5,))
R("{A} return to sender 客户拒收", None, "intercept A", draw="jd", cats=(5,))
R("{A} 麻溜儿退回 别磨叽", "jt", "intercept A", cats=(5,))
R("{A} 压碎了 撒一箱子 咋整啊这", "zto", "damaged A", cats=(5,))

# ---------------------------------------------------------------- more of a Monday: stories, several merchants
R("小雨妈 手工童装\n{A} 周六晚上发的 保定的客户 麻烦给催一下 孩子周三过生日要穿", "jt", "urge A")
R("我是卖麻花的 {A} 这个客户说收到一箱碎渣 要退款 你们看咋处理 先登记个破损吧", "yunda", "damaged A")
R("高阳毛巾厂 {A} {B} 发北京的 周末没动 麻烦催催 下午客户要验货", "jt", "urge A B")
R("{A} 这个梨是发给深圳的 客户说都捂坏了 要全额赔 98块", "zto", "claim A", cats=(8,))
R("安国药材 {A} 这单党参 客户说少了一斤 麻烦查查 是不是路上丢了", "jt", "lost A")
R("宠物店小贾 {A} 周五发的猫药 猫等着吃呢 到今天还没到 赶紧催", "zto", "urge A")
R("渔具店 {A} 客户说鱼竿断了两节 包装都好好的 里面断的", "sto", "damaged A")
R("槐茂酱菜 {A} 客户拒收了 退回吧 唉 这一单白干", "jt", "intercept A")
R("蜂蜜 {A} 到了 客户说瓶子裂了 漏了一半 要赔 还说派件员直接扔车上的 投诉", "yto", "claim A; complaint A",
  cats=(8,))
R("我是河大的学生 {A} 寄回家的行李 周五寄的 到现在还在保定没动", "ems", "delay A")
R("师大的 {A} 二手书 卖给学妹的 显示签收了 她说没收到 帮查一下", "ems", "verify_delivery A")
R("辛集皮具 今天处理三个：{A} 退回 {B} 退回 {C} 加急", "zto", "intercept A B; urge C", cats=(7,))
R("新华集贸 服装 {A} {B} {C} {D}\n周六批发客户的货 都催一下 今天要上架", "yto", "urge A B C D", cats=(7,))
R("烘焙原料刘姐 {A} 淡奶油 冷链 周末在北辰放了两天 客户收到全坏了 要赔", "sf", "claim A", cats=(8,))
R("手机维修 小马 {A} 修好的苹果 客户说屏幕又不亮了 怀疑路上摔了 外箱有个坑", "zto", "damaged A")
R("王叔 茶叶 {A} 寄哈尔滨的 到哪了 客户说那边下雪了", "yunda", "track A")
R("白沟箱包厂 小赵：\n{A}\n{B}\n{C}\n{D}\n{E}\n老板说这批全拦 客户那边取消合同了", "jt", "intercept A B C D E",
  cats=(7,))
R("驴肉的 {A} 周五发天津 今天还没到 真空包装 放三天了 催一下 再不到要胀袋了", "zto", "urge A")
R("赵县梨农 老冯 {A} {B} 这俩箱子 客户说压烂了好几个 {A}烂得多 要赔 {B}就登记一下吧", "zto",
  "claim A; damaged B", cats=(7, 8))
R("童装 {A} 地址写错了 客户说是 保定市莲池区 东关大街 金台驿 3号楼 不是2号楼", "jt", "change_address A")
R("{A} 客户周末打了一天电话 说派件员不送上门 非让下楼拿 老太太八十多了 投诉", "yunda", "complaint A")
R("网点 小孟在吗 {A} 这个件给看一下 到哪了 今天上午能到的话我就不去取了", "zto", "track A")
R("周一真忙 {A} 撤单 {B} 撤单 {C} 撤单 都是周末客户下错的", "yunda", "cancel A B C", cats=(7,))
R("{A} 派件员周六送了一趟没人 今天再给送一趟吧 客户今天在家", "zto", "urge A")
R("{A} 客户说驿站的人让他加钱才给拿 这是啥道理 投诉", "jt", "complaint A")
R("{A} 这个件 客户说周六约了派送 结果没人来 嘛意思啊 今儿给送了", "yunda", "urge A", cats=(5,))
R("{A} 这都周一了 周五的件还在转运中心 啥情况啊", "zto", "delay A")
R("{A} 这个重量咋回事 就一条围巾 收了我18块", "yunda", "weight A", cats=(4,))
R("{A} 退回吧 客户联系不上 周末打了十几个电话", "sto", "intercept A")
R("{A} 帮忙催一下 客户是孕妇 不方便去驿站拿 麻烦送上门", "jt", "urge A")
R("{A} 改地址 改成 天津市津南区 咸水沽镇 聚兴道 海河家园 6-3-202 收件人换成 张丽 {P}", "yunda",
  "change_address A", cats=(4,))
R("{A} 丢了吧这是 转运中心说没到 网点说没收到 一周了", "zto", "lost A")
R("{A} 周五发的 客户说物流显示周末到了 但一直没派 也没人打电话", "jt", "delay A")
R("{A} 派件员说地址不对 地址改成 石家庄市桥西区 中华南大街 谈固 西路 8号院", "zto", "change_address A")
R("{A} 快帮我看看 这个是不是卡住了 周四发的还没出石家庄", "zto", "delay A")

# ---------------------------------------------------------------- more hard ones in everyday dress
R("{A} 客户在群里说拦截 是他自己的意思 我这边不拦 照常派", "zto", "", nh=True, cats=(1,))
R("{A} 周末发的 客户说不要了 我想着拦截 但是听说拦截得收钱 要不还是算了 让他收吧", "yunda", "", cats=(1,))
R("{A} 不催也行 就是跟客户说一声今天能到不", "zto", "track A", cats=(1,))
R("{A} 客户说要投诉 我劝住了 不投诉了 就是给催一下", "jt", "urge A", cats=(1,))
R("{A} 没丢 找着了 在驿站放着呢 客户取走了 不用查了", "zto", "", nh=True, cats=(1,))
R("{A} 老板说拦 老板娘说不拦 我也不知道听谁的 先拦着吧？", "yto", "intercept A", cf=True, cats=(1,))
R("我们家那口子刚才在群里说{A}拦截 别听他的 不拦", "yunda", "", nh=True, cats=(1,))
R("{A} 退回 ……\n{B} 退回\n{C} 等等 {C}不是退回 是催件", "zto", "intercept A B; urge C", cats=(2, 7))
R("{A} 不是我要拦截 是我客户问 拦截的话多少钱 多久能退回来", "yunda", "", nh=True)
R("{A} 周五报的破损 还有{B} 今天又破一个", "jt", "damaged B", cats=(1, 7))
R("{A} 显示签收了 哦 客户说家里人拿了 没事了", "zto", "", cats=(1,))
R("{A} 退回来的件 我收到了 但是少了一双鞋", "zto", "lost A", cats=(1,))
R("{A} 客户说东西碎了 我看了照片 就是外包装蹭了点 没事 不用登记", "yunda", "", cats=(1,))
R("{A} {B}\n{A}拦截 {B}是新的单号 重新发的 别拦它", "jt", "intercept A", cats=(1, 7))
R("「小孟：@老冯 {A} {B} 派件员说地址不详」\n" + Q + "\n{A}退回吧 {B}地址是 赵县 石塔路 农业银行旁边 李二嫂",
  "zto", "intercept A; change_address B", cats=(3, 7))


if __name__ == "__main__":
    W.main()
