"""Writer "ar": sellers of big and heavy goods.

Casting note. Small shops and factory stores that sell furniture (sofas, wardrobes, dining sets, bed frames),
mattresses, home appliances (fridges, washers, range hoods), fitness equipment (treadmills, spinning bikes, racks)
and building materials (tiles, slabs, flooring, sanitary ware). Their big pieces go by Deppon, JD and SF heavy
freight; spare parts, remotes, screw bags and small fittings go by ZTO/YTO (now and then STO, Yunda, J&T, EMS or a
Cainiao warehouse). The people typing are the owner, a customer-service girl or the warehouse man, on a phone in the
warehouse, between loading pallets.

How they write: pieces and boxes (一票三件, 第二件, 母单/子单), floors and lifts (送货上楼, 六楼没电梯), installation
appointments, pallets and wooden crates (打木架), freight charges and volumetric weight (体积重, 抛货), damaged corners
and crushed cartons, missing screw bags, customers who refuse at the door (拒收), re-delivery dates agreed with the
customer, addresses changed to a warehouse, a logistics park or a neighbour. Short and practical, often a number
and two words; sometimes a whole story about the customer. Polite to the outlet (师傅, 亲, 麻烦了), impatient when a
sofa has not moved for four days. They paste several numbers of one order, tables from the warehouse sheet, quote
the bot's replies back, dictate by voice while carrying things, and correct themselves in the next breath.
"""

from harness import Writer

W = Writer("ar", seed=6123)
R = W.R

# ---------------------------------------------------------------------------------------------------------------
# 0. ordinary requests
# ---------------------------------------------------------------------------------------------------------------

# intercept
R("{A} 客户拒收了，一票三件都拦回来", "deppon", "intercept A")
R("{A} 麻烦拦截退回，客户说尺寸量错了，沙发进不了门", "deppon", "intercept A")
R("{A} 拦截 谢谢", "jd", "intercept A")
R("{A}\n拦截退回 餐边柜 客户不要了", "sf", "intercept A")
R("{A} 这个是床头柜的拉手配件 拦一下", "zto", "intercept A")
R("拦截 {A}", "yto", "intercept A")
R("麻烦帮忙截一下 {A}，岩板餐桌，客户家装修还没完工，先退回来", "deppon", "intercept A")
R("{A} {B} 两单都拦截，同一个客户下重复了", "jd", "intercept A B")
R("师傅 {A} 别派了 退回来 客户在门口看了一眼就拒收", "sf", "intercept A")
R("{A} 退件", "deppon", "intercept A")
R("{A} 拦截退回，谢谢🙏", "zto", "intercept A")
R("{A}拦截", "jt", "intercept A")
R("{A} 帮拦截一下 发错色了，浅灰的发成米白了", "yunda", "intercept A")
R("跑步机 {A} 拦截，客户已经退款了", "deppon", "intercept A")
R("{A} 拦截退回 仓库那边发错货了", "cainiao", "intercept A")
R("亲 {A} 拦截下哈 顾客退货退款了", "sto", "intercept A")
R("{A} 这单拦回来", "ems", "intercept A")
R("大件 {A} 客户不要了，现在还在分拣中心，拦截退回", "jd", "intercept A")
R("{A}、{B}、{C} 这三票是一套组合衣柜，客户整单取消了，全部拦截", "sf", "intercept A B C")
R("@客服 {A} 床垫 拦截退回仓库", "deppon", "intercept A")
R("{A} 截件", "yto", "intercept A")
R("麻烦 {A} 拦截，是吸顶灯的遥控器，地址填错了", "zto", "intercept A")
R("你好，{A} 请拦截，冰箱，客户说不要了", "jd", "intercept A")
R("{A} 这票别派了，客户家里没人，人在外地出差一个月，退回吧", "deppon", "intercept A")
R("急！！{A} 马上拦截 重复发货了 一个客户发了两台洗衣机", "sf", "intercept A")
R("{A} 退回吧 收件人电话一直打不通，三天了联系不上", "jt", "intercept A")
R("母单 {A} 子单 {B} {C}，一共三件，都拦截退回", "deppon", "intercept A B C")
R("{A} 麻烦拦截，动感单车，客户买贵了要退", "jd", "intercept A")
R("帮我拦截一下这个 {A} 谢谢啦", "yto", "intercept A")
R("{A} 瓷砖 两托 拦截退回 工地不要了", "deppon", "intercept A")
R("{A}\n{B}\n这两个是同一个订单的马桶和盖板，拦截", "zto", "intercept A B")
R("老板说 {A} 这单拦下来 退回厂里", "sf", "intercept A")
R("{A} 拦截 客户买错型号了 要换嵌入式的", "jd", "intercept A")
R("{A} 拦回来吧，唉", "deppon", "intercept A")
R("{A}    拦截退回", "yunda", "intercept A")
R("师傅好，{A} 这个五金包寄错了，拦截一下，我重新发", "jt", "intercept A")

# track
R("{A}", "deppon", "track A")
R("{A} 到哪了", "jd", "track A")
R("{A} 这个沙发到哪了 客户约了周末装", "deppon", "track A")
R("麻烦查一下 {A} 什么时候能到", "sf", "track A")
R("{A}\n{B}\n查下这两单物流", "zto", "track A B")
R("{A} 帮看看现在在哪个网点", "deppon", "track A")
R("查件 {A}", "yto", "track A")
R("{A} 床垫，预计哪天送？客户问了好几遍了", "jd", "track A")
R("{A} 轨迹帮忙看下", "sf", "track A")
R("亲 {A} 现在什么情况 到哪了", "sto", "track A")
R("{A} 洗碗机 到哪儿了呀", "jd", "track A")
R("查一下 {A} {B} {C}，都是一个客户的，一票三件分开发的", "deppon", "track A B C")
R("{A} 现在到哪了？客户问安装师傅什么时候能上门，我得先知道货到没到", "jd", "track A")
R("{A}？", "yunda", "track A")
R("请问 {A} 今天能派送吗", "deppon", "track A")
R("{A} 这个是跑步机，看下到哪个中转了", "sf", "track A")
R("{A} where is it", "jd", "track A", cats=(5,))
R("帮我查查 {A} 发到哪了 谢谢", "zto", "track A")
R("{A} 这票大概几号到客户那", "deppon", "track A")
R("{A}\n麻烦看下物流", "cainiao", "track A")
R("你好 {A} 岩板 到没到网点", "deppon", "track A")
R("{A} 餐椅四把 啥时候到", "jt", "track A")
R("{A} 物流信息一直是已揽收 到底发出去没有 帮看下", "ems", "track A")
R("查 {A}", "sf", "track A")
R("{A} 这个床架到哪了？子单也一起看一下 {B}", "deppon", "track A B")
R("{A} 现在什么状态了", "jd", "track A")
R("@客服 {A}", "yto", "track A")
R("{A} 帮忙查下，客户说今天要请假在家等", "deppon", "track A")
R("能帮我看看 {A} 到哪了不 客户催我了", "sf", "track A")
R("{A} 油烟机 啥时候能派", "jd", "track A")

# urge
R("{A} 催一下，沙发四天了还没送", "deppon", "urge A")
R("{A} 加急 客户明天装修师傅上门", "jd", "urge A")
R("麻烦催催 {A} 床垫在网点放两天了", "sf", "urge A")
R("{A} 催件", "zto", "urge A")
R("{A} 尽快派送 客户等着用", "yto", "urge A")
R("{A} 帮忙催一下派送，客户天天打电话问", "deppon", "urge A")
R("催 {A} {B}", "jd", "urge A B")
R("{A} 都到站三天了咋还不送 催催", "deppon", "urge A")
R("师傅 {A} 麻烦今天给送了吧 客户周六在家", "sf", "urge A")
R("{A} 这个衣柜麻烦快点派 客户新房入住等着放衣服", "deppon", "urge A")
R("{A} 加急派送 谢谢", "sto", "urge A")
R("{A} 能不能催一下 客户说再不到就退款了", "jd", "urge A")
R("{A}\n{B}\n{C}\n都催一下 一个工地的地板", "deppon", "urge A B C")
R("{A} 动感单车 催一下", "yunda", "urge A")
R("{A} 网点说车满了明天送，明天又明天，催一下吧", "deppon", "urge A")
R("{A} 客户急用 帮催下 🙏🙏", "jt", "urge A")
R("麻烦 {A} 催一下派件", "ems", "urge A")
R("{A} 冰箱 催派", "jd", "urge A")
R("{A} 快点送吧 客户已经问了五六次了", "sf", "urge A")
R("亲亲 {A} 帮催一下哈", "zto", "urge A")
R("{A} 到了末端网点就不动了，麻烦催一下送货", "deppon", "urge A")
R("{A} 尽快安排派送，这是样品柜，展厅开业要用", "sf", "urge A")
R("{A} urgent pls", "jd", "urge A", cats=(5,))
R("{A} 催件 客户老人在家 白天都在的", "cainiao", "urge A")
R("{A} 帮我催一下，跑步机，客户在群里骂我了😭", "deppon", "urge A")
R("请帮忙催派 {A}", "yto", "urge A")
R("{A} 麻烦加急，客户下周搬家", "jd", "urge A")
R("{A} 瓷砖 工人都到了就等货 催一下", "deppon", "urge A")

# change_address (with a new address)
R("{A} 改地址：浙江省杭州市余杭区良渚街道杜城路88号 鑫达物流园3号库 王师傅收", "deppon", "change_address A")
R("{A} 改址 广东省佛山市顺德区乐从镇家具城东区 丰华仓库 陈生", "deppon", "change_address A")
R("{A} 地址改为 江苏省南京市江宁区东山街道上元大街366号 金鹰花园7栋2单元1102 张女士", "jd", "change_address A")
R("麻烦 {A} 改派到客户新家：成都市双流区东升街道藏卫路南二段 锦江城市花园12栋", "sf", "change_address A")
R("{A} 客户说送到隔壁邻居家，改地址：武汉市洪山区珞狮南路 名都花园6栋402 刘阿姨代收", "deppon", "change_address A")
R("{A} 转寄 河北省廊坊市香河县家具城北门 顺达货运站 自提", "deppon", "change_address A")
R("{A} 改地址 山东省济南市历城区华山街道 华山珑城9号楼1单元302 收件人不变", "jd", "change_address A")
R("改址 {A} 新地址 上海市闵行区七宝镇漕宝路3055号 万科城市花园45号1801", "sf", "change_address A")
R("{A} 这个改到工地：合肥市蜀山区井岗镇 融创城二期 售楼处旁边临时仓库，李工收", "deppon", "change_address A")
R("{A} 改地址 → 郑州市金水区 花园路与农业路交叉口 国贸中心B座 物业前台代收", "zto", "change_address A")
R("{A} 麻烦改个地址，送到 福建省泉州市南安市水头镇 石材城东区8排 恒鑫石业", "deppon", "change_address A")
R("{A} 地址改成 北京市大兴区旧宫镇 德茂佳苑 5号楼 一层 便利店代收", "jd", "change_address A")
R("{A} 更改收件地址：长沙市岳麓区 梅溪湖街道 中海梅溪湖壹号 3栋 2602", "sf", "change_address A")
R("{A} 改派 西安市未央区 凤城八路 海荣名城 19号楼 物业", "yto", "change_address A")
R("客户换地址了 {A} 改到 天津市西青区 张家窝镇 知景道 康和园 6-3-501", "deppon", "change_address A")
R("{A} 改地址到我们仓库：佛山市南海区 里水镇 和顺工业园 A区12号 东方家居仓", "deppon", "change_address A")
R("{A} 改址：重庆市渝北区 龙湖新壹城 4栋 负一楼 车库储藏室旁 客户自己来搬", "jd", "change_address A")
R("{A}\n改地址\n昆明市官渡区 关上中路 世纪城 兰园 2幢1单元902\n收件人 赵先生", "sf", "change_address A")
R("{A} 送货地址改一下 南昌市红谷滩区 丰和中大道 绿地中央广场 A1-1707 公司前台", "jd", "change_address A")
R("{A} 改到客户店里：温州市鹿城区 五马街道 解放街 12号 老陈五金店", "zto", "change_address A")
R("{A} {B} 两件一起改地址 苏州市相城区 元和街道 嘉元路 万科美好广场 物流仓 门口卸货", "deppon", "change_address A B")
R("{A} 改址 南宁市青秀区 金湖路 东方曼哈顿 2号楼 邻居 黄姐代收 她有钥匙", "deppon", "change_address A")
R("{A} 改一下地址哈 厦门市集美区 杏林湾路 诚毅科技园 3号楼 一楼大厅", "sto", "change_address A")
R("{A} 转寄到 沈阳市于洪区 黄海路 家具批发市场 南区 二楼 莎莎布艺", "deppon", "change_address A")
R("麻烦帮 {A} 改一下地址，客户说原地址小区不让货车进，改到 贵阳市观山湖区 林城西路 世纪城 龙玺组团 东门 门卫室", "jd", "change_address A")

# cancel
R("{A} 撤单", "deppon", "cancel A")
R("{A} 还没揽收 麻烦取消", "jd", "cancel A")
R("{A} 取消寄件，客户换款了", "sf", "cancel A")
R("{A} 作废 面单打错了", "zto", "cancel A")
R("{A} 不寄了 师傅不用来拉了", "deppon", "cancel A")
R("取消订单 {A}", "yto", "cancel A")
R("{A} 撤单 谢谢 今天货没备齐", "deppon", "cancel A")
R("{A} {B} 这两个下单下错了，撤单", "jd", "cancel A B")
R("{A} 这单撤销，托盘还没打好，明天重新下", "deppon", "cancel A")
R("麻烦撤一下单 {A}", "sf", "cancel A")
R("{A} 取消 客户不要了 还在我们仓库没拉走", "jt", "cancel A")
R("{A} 帮忙作废一下，重复下单了", "yunda", "cancel A")
R("师傅还没上门 {A} 撤单吧", "deppon", "cancel A")
R("{A} 取消寄件 改走专线了", "sf", "cancel A")
R("{A} 撤单撤单", "sto", "cancel A")
R("你好 {A} 这票还没发 帮忙取消掉", "jd", "cancel A")
R("{A}\n{B}\n{C}\n以上三单作废", "deppon", "cancel A B C", cats=(7,))
R("{A} 取消订单 下单的时候重量填错了我重新下", "cainiao", "cancel A")
R("{A} 作废吧 货还没打包好 明天重新下单", "ems", "cancel A")
R("{A} 撤单，跑步机厂家缺货", "deppon", "cancel A")
R("{A} 这个单子不要了 取消一下", "zto", "cancel A")
R("{A} 撤单 司机说车型不对拉不了", "deppon", "cancel A")
R("cancel {A} 谢谢", "jd", "cancel A", cats=(5,))
R("{A} 没揽收呢 撤了吧", "yto", "cancel A")

# delay
R("{A} 五天没动了", "deppon", "delay A")
R("{A} 物流三天没更新 一直在转运中心", "jd", "delay A")
R("{A} 停在中转场不动了", "sf", "delay A")
R("{A} 延误了，说好周三到，今天周六了", "deppon", "delay A")
R("{A} 好几天没更新了 客户很着急", "zto", "delay A")
R("{A} 打个延误吧 超时效两天了", "jd", "delay A")
R("{A} 这个沙发卡在济南分拨一个礼拜了", "deppon", "delay A")
R("{A} 物流停滞 四天了", "yto", "delay A")
R("{A} 轨迹一直是运输中，怎么还没到，是不是延误了", "sf", "delay A")
R("{A} 一直没有动静 超时了", "yunda", "delay A")
R("{A} 说好两天达 都第四天了", "jd", "delay A")

# damaged
R("{A} 外箱破了 床垫塑封也划开了", "deppon", "damaged A")
R("{A} 破损 茶几玻璃碎了", "jd", "damaged A")
R("{A} 餐桌角磕坏了 客户拍了照片", "deppon", "damaged A")
R("{A} 冰箱门凹进去一块，压坏了", "jd", "damaged A")
R("{A} 瓷砖碎了好几片", "deppon", "damaged A")
R("{A} 到了一看跑步机扶手断了 包装都烂了", "sf", "damaged A")
R("{A} 马桶盖板 碎了", "zto", "damaged A")
R("{A} 木架散了 柜门划了一大道", "deppon", "damaged A")
R("{A} 破损登记一下，岩板边角崩了一块", "deppon", "damaged A")
R("{A} 洗衣机到货外壳变形了", "jd", "damaged A")
R("{A} 镜子碎了 客户签收前开箱验的", "sf", "damaged A")
R("{A} 显示器压坏了 屏幕裂了", "yto", "damaged A")

# lost
R("{A} 一票三件 客户只收到两件，少件", "deppon", "lost A")
R("{A} 丢件了 网点说找不到", "jd", "lost A")
R("{A} 件没了 哪都找不着 中转说没到", "sf", "lost A")
R("{A} 十天没动了 是不是丢了", "deppon", "lost A")
R("{A} 遗失 麻烦登记", "zto", "lost A")
R("{A} 四件货到了三件，第二件 餐椅那箱 不见了", "deppon", "lost A")
R("{A} 这个丢了吧？网点说仓库里翻遍了", "jd", "lost A")
R("{A} 少了一个子件 是床头那箱", "sf", "lost A")
R("{A} 丢失", "yunda", "lost A")

# weight
R("{A} 重量不对 一个床垫按96公斤收的 实重才30", "deppon", "weight A")
R("{A} 帮忙核重 体积重算得离谱", "jd", "weight A")
R("{A} 查一下重量 运费比平时多了两百", "sf", "weight A")
R("{A} 超重了？我们过磅是42kg", "deppon", "weight A")
R("{A} 称一下 这个是餐椅两把 不可能80公斤", "zto", "weight A")
R("{A} 核重 谢谢 抛货算错了", "deppon", "weight A")
R("{A} 重量有问题 麻烦复核一下", "jd", "weight A")
R("{A} 按重货收的 实际是泡货 帮查一下重量", "deppon", "weight A")
R("{A} 计费重量不对 我们量的长宽高算出来没这么重", "sf", "weight A")
R("{A} 这个称重多了一倍 核一下", "yto", "weight A")

# verify_delivery
R("{A} 显示签收了 客户说没收到", "deppon", "verify_delivery A")
R("{A} 显示已签收 客户家里没人 谁签的？核实一下", "jd", "verify_delivery A")
R("{A} 虚假签收 货根本没送上门", "sf", "verify_delivery A")
R("{A} 物流显示妥投 客户说根本没见到冰箱", "jd", "verify_delivery A")
R("{A} 签收了但客户没收到 麻烦核实签收", "deppon", "verify_delivery A")
R("{A} 说是别人签收了 客户不认识签收人", "zto", "verify_delivery A")
R("{A} 核实签收 客户说没人来送过货", "yto", "verify_delivery A")

# claim
R("{A} 申请理赔，床垫泡水了", "deppon", "claim A")
R("{A} 赔偿 整个柜子摔散架了 没法用", "jd", "claim A")
R("{A} 丢了 要理赔", "sf", "claim A")
R("{A} 这单要赔钱 瓷砖碎了一半 客户拒收", "deppon", "claim A")
R("{A} 走理赔吧 保价了3000", "deppon", "claim A")
R("{A} 破成这样了 申请赔付", "jd", "claim A")

# complaint
R("{A} 投诉 快递员让客户自己下楼搬沙发", "deppon", "complaint A")
R("{A} 派件员态度差 骂客户 投诉", "jd", "complaint A")
R("{A} 客诉 司机没打电话直接扔小区门口", "sf", "complaint A")
R("{A} 我要投诉 说好送货上楼 结果放一楼就走了", "deppon", "complaint A")
R("{A} complain 快递员收上楼费", "jd", "complaint A", cats=(5,))
R("{A} 投诉一下这个网点 电话永远打不通", "zto", "complaint A")

# arbitration
R("{A} 申请仲裁", "deppon", "arbitration A")
R("{A} 理赔金额谈不拢 要仲裁", "jd", "arbitration A")
R("{A} 网点不认破损责任 我们申请仲裁", "deppon", "arbitration A")
R("{A} 仲裁 客户签收后才说坏的 网点判我们全责不合理", "sf", "arbitration A")

# chit-chat, thanks, questions without a waybill
R("好的 谢谢", "deppon")
R("收到👌", "jd")
R("辛苦了师傅", "sf")
R("明天几点来提货？一共八托，有两个跑步机", "deppon")
R("你们送货上楼要另外加钱吗？六楼没电梯", "deppon")
R("今天还能下单吗 有十几件床垫", "jd")
R("好的好的 麻烦了", "zto")
R("早上好 今天的货下午三点前能来拉吗", "deppon")
R("谢谢亲🌹", "yto")
R("OK", "sf")
R("嗯嗯 知道了", "deppon")
R("大件超过60公斤的是不是要打木架？", "deppon")
R("请问下 你们网点周日上班吗", "jd")
R("好 那我跟客户说一下", "deppon")
R("师傅，车到门口打我电话，仓库在后院", "deppon")
R("👍", "sto")
R("明白了 谢谢解答", "jd")
R("收到收到 辛苦", "yunda")

# ordinary messages that still need a person
R("{A} 拦截了吗", "deppon", nh=True)
R("{A} 改地址改好了没", "jd", nh=True)
R("{A} 拦截要收费吗？退回运费谁出", "sf", nh=True)
R("{A} 客户约了周六上午送货，麻烦周六再派", "deppon", nh=True)
R("{A} 麻烦跟师傅说一下 送货上楼 六楼没电梯 上楼费我们出", "deppon", nh=True)
R("{A} 到了帮忙联系安装师傅 客户要一起装", "jd", nh=True)
R("{A} 客户说这周不在家 下周一再送，现在货到哪了", "deppon", "track A", nh=True)
R("{A} 改地址", "sf", "change_address A", nh=True)
R("{A} 客户要换地址 新地址我晚点发", "deppon", "change_address A", nh=True)
R("{A} 收件人改为 周女士", "jd", "change_address A", nh=True)
R("拦截一下", "deppon", nh=True)
R("尾号6321那单 催一下", "jd", nh=True)
R("{A} 这个托盘能退给我们吗 上次的也没退", "deppon", nh=True)
R("{A} 催件成功没 客户还在等", "zto", nh=True)
R("{A} 撤单了吗？师傅刚打电话说还要来拉", "deppon", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# 1. negation and withdrawal
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 {B} 不用拦", "deppon", "intercept A", cats=(1,))
R("{A} 不用拦了 客户又要了", "jd", nh=True, cats=(1,))
R("{A} 拦截一下……算了算了 客户刚打电话说还是要 不拦了", "sf", cats=(1,))
R("{A} 不要退回，改送到我们仓库：佛山市顺德区龙江镇 仙塘工业区 兴隆路9号 恒美家具仓", "deppon",
  "change_address A", cats=(1,))
R("{A} 我不是说不拦 是现在马上拦 别等明天了", "jd", "intercept A", cats=(1,))
R("{A} {B} 催一下\n{C} 不用催 客户自己去网点提", "deppon", "urge A B", cats=(1, 7))
R("{A} 不用理赔了 客户说凑合能用", "sf", nh=True, cats=(1,))
R("{A} 不要撤单 已经揽收了 直接拦截", "deppon", "intercept A", cats=(1,))
R("{A} 先别改地址了 客户说原地址能收", "jd", nh=True, cats=(1,))
R("{A} 取消拦截 客户又要了 正常派送吧", "zto", nh=True, cats=(1,))
R("上午说拦截的那个 {A} 不拦了 让它正常送", "deppon", nh=True, cats=(1,))
R("{A} 和 {B} 拦截，{B} 那个算了 客户说留着", "sf", "intercept A", cats=(1,))
R("{A} 不催了 客户说下周才在家", "jd", nh=True, cats=(1,))
R("{A} 不用投诉了 师傅后来还是给送上楼了 态度挺好", "deppon", nh=True, cats=(1,))
R("{A} 不用撤单 改地址就行 新地址：东莞市厚街镇 家具大道 名家居世博园 C馆二楼", "deppon",
  "change_address A", cats=(1,))
R("{A} 没丢 找到了 在网点角落里压着 不用登记了", "jd", nh=True, cats=(1,))
R("{A} 拦截！\n{B} 不要拦\n{C} 也拦", "yto", "intercept A C", cats=(1, 7))
R("{A} 不是不要了 是要改到仓库，杭州市萧山区 新塘街道 霞江村 浙江家居物流中心 2号门", "deppon",
  "change_address A", cats=(1,))
R("{A} 这单不拦了，改成催件，客户说还是要", "sf", "urge A", cats=(1, 2))
R("母单 {A} 拦截，子单 {B} 不用拦 已经签收了", "deppon", "intercept A", cats=(1,))
R("刚才那个 {A} 撤单 不撤了哈 货已经装车了", "deppon", nh=True, cats=(1,))
R("{A} 别拦 别拦 是我看错单号了", "jd", nh=True, cats=(1,))
R("{A} 不要退件 转寄到客户公司：无锡市新吴区 长江路 软件园 天鹅座C座 前台", "sf", "change_address A",
  cats=(1,))
R("{A} 不用改址了 还是退回吧", "deppon", "intercept A", cats=(1, 2))
R("{A} 不需要加急了 客户自己开车去网点拉了 谢谢", "deppon", nh=True, cats=(1,))
R("{A} 别撤单！刚才是同事发错了，货已经交给司机了", "jd", nh=True, cats=(1,))
R("{A} 这个不是破损 是客户自己装的时候磕的 不用登记了", "deppon", nh=True, cats=(1,))
R("{A} 拦截……唉 算了 不拦了 来回运费比货还贵 让客户收吧", "zto", cats=(1,))
R("{A} 理赔不用了 换成投诉 卸货的师傅态度太差", "deppon", "complaint A", cats=(1, 2))
R("{A} 不催\n{B} 催", "jd", "urge B", cats=(1,))
R("{A} 客户说不是不要 是晚点送，不用拦了", "deppon", nh=True, cats=(1,))
R("{A} 不是不催啊 是催了没用 再催一次 今天必须送", "sf", "urge A", cats=(1,))
R("{A} 跑步机 拦截\n{B} 哑铃架 不拦 正常发", "deppon", "intercept A", cats=(1, 7))
R("{A} 撤单不用了 师傅已经来拉了 就这样发吧", "yto", nh=True, cats=(1,))

# ---------------------------------------------------------------------------------------------------------------
# 2. corrections
# ---------------------------------------------------------------------------------------------------------------
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "deppon", "intercept A", cats=(2,))
R("{A} 改址取消，还是拦截吧", "jd", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 更正 单号打错了 是 {A}", "deppon", "intercept A", cats=(2,))
R("{A} 催一下\n更正：是 {B}，上面那个发错了", "sf", "urge B", cats=(2,))
R("{A} 拦截 不对不对 是催件 客户还要的", "zto", "urge A", cats=(2,))
R("{A} 撤单\n哦 发错了 是 {B} 撤单，{A} 正常发", "deppon", "cancel B", cats=(2,))
R("{A} 查下到哪了\n哦不对 这个要拦截 客户刚申请退款", "jd", "intercept A", cats=(2,))
R("{A} 拦截，还是改地址吧，改到 常州市武进区 湖塘镇 花园街 新城南都 21幢 乙单元 301", "deppon",
  "change_address A", cats=(2,))
R("{A} 理赔……先登记破损吧 赔偿等客户验完货再说", "jd", "damaged A", cats=(2,))
R("单号发错了 不是 {A:typo} 是 {A} 催件", "sf", "urge A", cats=(2,))
R("{A} 拦截\n打错了 是 {B}", "yto", "intercept B", cats=(2,))
R("{A} 作废 不对 作废不了了 已经拉走了 改拦截", "deppon", "intercept A", cats=(2,))
R("{A} 催件 更正 {A} 改址 上海市嘉定区 南翔镇 古猗园路 绿地秋霞坊 88弄12号", "sf", "change_address A",
  cats=(2,))
R("{A} 改地址 算了还是退回来吧 客户太难搞了", "deppon", "intercept A", cats=(2,))
R("{A} 延误登记一下 哦 看错了 是 {B}", "jd", "delay B", cats=(2,))
R("{A} 拦截 等下 我看错了 要拦的是 {B}，{A} 正常送", "deppon", "intercept B", cats=(2,))
R("{A:cut} 拦截\n少打了一位 {A}", "deppon", "intercept A", cats=(2, 6))
R("{A} 撤单——不对，应该是 {B}，{A} 昨天已经发走了", "jd", "cancel B", cats=(2,))
R("{A} 破损 啊不是 是少件 三件只到了两件", "deppon", "lost A", cats=(2,))
R("{A} 催一下 嗯……还是拦截吧 客户说等不了了要退款", "sf", "intercept A", cats=(2,))
R("更正：{A} 的新地址是 东莞市 大岭山镇 连平村 富华工业区 5号厂房，不是刚才发的那个", "deppon",
  "change_address A", cats=(2,))
R("{A} 拦截 → 改成撤单 还没揽收", "jd", "cancel A", cats=(2,))
R("{A} 改派到仓库 哦不 改到客户单位 地址 苏州工业园区 星湖街328号 创意产业园 12幢 前台", "sf",
  "change_address A", cats=(2,))
R("{A:x} 催件\n多打了一位 应该是 {A}", "yto", "urge A", cats=(2, 6))
R("{A} 投诉 算了 先催一下吧 投诉先不弄", "deppon", "urge A", cats=(2,))
R("{A} {B} 拦截\n更正 第二个是 {C}", "jd", "intercept A C", cats=(2, 7))
R("{A} 撤单 撤错了 是要拦截", "zto", "intercept A", cats=(2,))
R("{A:typo} 改地址 长沙市雨花区 圭塘街道 万家丽中路 中建芙蓉和园 5栋 1802\n单号错了 正确的 {A}", "deppon",
  "change_address A", cats=(2,))
R("{A} 重量不对 哦 不是这个 是 {B} 重量不对", "sf", "weight B", cats=(2,))
R("{A} 丢件 ——等等 物流刚更新了 到网点了 那就催一下派送", "deppon", "urge A", cats=(2,))
R("{A} 催一下\n说错了 是拦截 客户拒收了", "jt", "intercept A", cats=(2,))
R("{A} 改地址 … 不对 客户说原地址就行 直接催一下派送吧", "jd", "urge A", cats=(2,))

# ---------------------------------------------------------------------------------------------------------------
# 3. quotes and replies, the bot's own replies quoted back
# ---------------------------------------------------------------------------------------------------------------
R("「小李：{A} 拦截」\n- - - - - - - - - - - - - - -\n这个拦截了吗", "deppon", nh=True, cats=(3,))
R("「客服小助手：@家具城阿强 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n好的谢谢",
  "deppon", cats=(3,))
R("引用 仓库王哥：{A} 客户拒收了\n这个拦截退回", "jd", "intercept A", cats=(3,))
R("回复 @跑步机小周：{A} 到哪了\n这单也催一下", "sf", "urge A", cats=(3,))
R("「快递助手：@美居家具 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n客户说没收到啊 谁签的 核实一下",
  "deppon", "verify_delivery A", cats=(3,))
R("「快递助手：@床垫工厂店 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n"
  "- - - - - - - - - - - - - - -\n那就撤单", "jd", "cancel A", cats=(3,))
R("「客服：@欧派橱柜小王 {A} 改址已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n"
  "不用改了 客户说原地址能收", "deppon", nh=True, cats=(3, 1))
R("引用 客服机器人：@健身器材批发 {A} 拦截已提交，结果会第一时间通知您\n不用拦了 客户打电话说还是要的", "sf",
  nh=True, cats=(3, 1))
R("「助手：@灯饰小陈 {A} 撤单成功」\n- - - - - - - - - - - - - - -\n👍", "zto", cats=(3,))
R("「快递助手：@实木家具 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n"
  "- - - - - - - - - - - - - - -\n客户要赔偿 走理赔吧", "deppon", "claim A", cats=(3, 8))
R("「阿芳：{A} {B} 拦截」\n- - - - - - - - - - - - - - -\n{B} 不用拦了 客户说要", "jd", nh=True, cats=(3, 1))
R("「王姐：{A} 改地址 郑州市中原区 建设路 碧沙岗小区 6号楼」\n- - - - - - - - - - - - - - -\n"
  "地址发错了 是 郑州市中原区 伏牛路 华山路口 锦艺城 3号院 6号楼 2单元 901", "deppon", "change_address A",
  cats=(3, 2))
R("{A} 拦截\n------\n这个是昨天发的 现在到哪了", "sf", "track A", cats=(3,))
R("「快递助手：@家电专营 {A} 已为您登记延误工单，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n"
  "客户等不了了 拦截退回吧", "jd", "intercept A", cats=(3,))
R("「客户：你们家沙发怎么还没到 都一个礼拜了」\n- - - - - - - - - - - - - - -\n{A} 催一下", "deppon",
  "urge A", cats=(3,))
R("「小陈：{A} 改址到仓库 地址 佛山市顺德区 乐从镇 罗沙村 新隆家具仓」\n- - - - - - - - - - - - - - -\n收到",
  "deppon", cats=(3,))
R("回复 @老板：{A} 拦不拦？\n拦", "sf", "intercept A", cats=(3,))
R("引用 客服小助手：@美居家具 {A} 已为您催促派送，请耐心等待\n还是没送 再催一下 今天必须送到", "deppon",
  "urge A", cats=(3,))
R("「快递助手：@睡眠专家 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n"
  "{B} 这个也拦截一下", "deppon", "intercept B", cats=(3,))
R("「快递助手：@北欧家居 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n那客户拒收退回的话 运费怎么算",
  "jd", nh=True, cats=(3,))
R("「客服：@卫浴小刘 {A} 改址已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n改好了吗 客户一直问",
  "zto", nh=True, cats=(3,))
R("「阿梅：{A}\n{B}\n{C}\n三件 查下到哪了」\n- - - - - - - - - - - - - - -\n第三件到了 外箱破了 客户拍照了",
  "deppon", "damaged C", cats=(3, 7))
R("引用 仓管小吴：{A} 客户要改地址 改到 宁波市鄞州区 首南街道 天童南路 万达广场 写字楼B座 1205\n客服帮忙弄一下",
  "sf", "change_address A", cats=(3,))
R("「快递助手：@岩板之家 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n对 就是这个 辛苦",
  "deppon", cats=(3,))
R("「快递助手：@健身房设备 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n"
  "- - - - - - - - - - - - - - -\n还有 这个派件员卸货直接往地上扔 投诉他", "jd", "complaint A", cats=(3,))
R("「客户：我搬家了 新地址是 青岛市李沧区 九水东路 万科城 7号楼 2单元 1601 邵女士」\n"
  "- - - - - - - - - - - - - - -\n{A} 按客户说的改一下地址", "deppon", "change_address A", cats=(3,))
R("回复 @快递助手：@布艺沙发厂 {A} 已为您催促派送，请耐心等待\n好的", "deppon", cats=(3,))
R("引用 小黄：{A} 这个到哪了\n查了 到网点了 不用管", "jd", cats=(3,))
R("「快递助手：@智能家电 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n"
  "等等 先别 我再问问客户", "sf", nh=True, cats=(3, 1))
R("「老板：{A} 客户拒收 退回来」\n- - - - - - - - - - - - - - -\n收到 这就弄\n{A} 拦截退回", "deppon",
  "intercept A", cats=(3,))
R("「快递助手：@全屋定制 您的消息已转人工客服处理，请稍候」\n- - - - - - - - - - - - - - -\n好的 等你们回复",
  "jd", cats=(3,))
R("回复 @仓库老周：{A} 缺一个螺丝包 要补寄\n那这个先别派了 拦回来 我们整套重发", "deppon", "intercept A",
  cats=(3,))
R("「小周：{A} 催」\n- - - - - - - - - - - - - - -\n这个不用催了 客户下周才装修好", "deppon", nh=True, cats=(3, 1))
R("引用 快递助手：@木门工厂 {A} 拦截已提交，结果会第一时间通知您\n拦截成功没有？", "deppon", nh=True, cats=(3,))

# ---------------------------------------------------------------------------------------------------------------
# 4. numbers that are not waybills: phones, order numbers, amounts, dates
# ---------------------------------------------------------------------------------------------------------------
R("{A} 改址 昆山市 花桥镇 绿地大道 国际商务城 8号楼 联系人 张先生 {PN}", "deppon", "change_address A", cats=(4,))
R("订单号 {O}\n运单号 {A}\n拦截", "jd", "intercept A", cats=(4,))
R("{A} 收件人电话改为 {PN}", "deppon", "change_address A", nh=True, cats=(4,))
R("{A} 客户电话 {P} 一直打不通 麻烦派件员再联系一下", "zto", nh=True, cats=(4,))
R("客户 {PN} 说没收到 {A} 显示签收了", "sf", "verify_delivery A", cats=(4,))
R("{A} 运费收了 428 元 体积重算多了 核一下", "deppon", "weight A", cats=(4,))
R("{O}\n{A}\n这单拦截", "sf", "intercept A", cats=(4,))
R("{A} 保价 5000 冰箱压坏了 理赔", "jd", "claim A", cats=(4, 8))
R("{A} 2024-05-20 发出的 到现在没动", "deppon", "delay A", cats=(4,))
R("{A} 催一下 客户手机 {PN} 师傅到楼下先打电话", "yto", "urge A", cats=(4,))
R("{P} 这个客户的 {A} 拦截", "zto", "intercept A", cats=(4,))
R("{A} 改地址 收货人 李女士 {PN} 地址 嘉兴市 秀洲区 王店镇 建设街 梅北新村 18幢", "deppon",
  "change_address A", cats=(4,))
R("淘宝订单 {O} 对应的是 {A} 麻烦催一下", "sf", "urge A", cats=(4,))
R("{A} 冰箱 3299 的 摔坏了 要赔", "jd", "claim A", cats=(4, 8))
R("{A} 拼多多订单 {O} 客户仅退款了 货拦回来", "zto", "intercept A", cats=(4,))
R("{A} 电话改为 {PN}", "sf", "change_address A", nh=True, cats=(4,))
R("{A} 送货前打 {PN} 客户在工地 晚上六点后才在家", "deppon", nh=True, cats=(4,))
R("核一下重量 {A} 我们磅秤 56.5kg 系统 112kg 多收了 96 块", "deppon", "weight A", cats=(4,))
R("{A} 客户 {PN} 反映 少了一件 床头柜那箱没到", "deppon", "lost A", cats=(4,))
R("{A} 收件人换成 王先生 {PN}，地址改为 太原市小店区 长治路 红星美凯龙 家居馆 三楼 北门", "deppon",
  "change_address A", cats=(4,))
R("订单 {O} 的货 {A} {B} 两件都拦截", "jd", "intercept A B", cats=(4,))
R("{A} 拦截退回 有问题打我电话 {PN}", "sto", "intercept A", cats=(4,))
R("{A} 客户手机号 {P} 显示签收 客户说没收到东西", "yunda", "verify_delivery A", cats=(4,))
R("{A} 延误三天了 平台罚了我们 50 块 客户要投诉", "deppon", "delay A; complaint A", cats=(4, 8))
R("{A} 6/15 约好上门安装 货必须 6/14 前到 加急", "jd", "urge A", cats=(4,))
R("{A} 申请赔偿 发票金额 1680 元", "deppon", "claim A", cats=(4,))
R("{A} 改到 济南市槐荫区 经十路 绿地中心 17楼 联系电话 {PN} 备注 货梯在北侧", "sf", "change_address A",
  cats=(4,))
R("{A} 收件人 {PN} 拦截", "ems", "intercept A", cats=(4,))
R("订单 {O}、{O2} 合并发的 就一票 {A} 催一下", "deppon", "urge A", cats=(4,))
R("{A} 催件 客户：{PN}", "cainiao", "urge A", cats=(4,))
R("{A} 邮政的 改地址 石家庄市长安区 中山东路 勒泰中心 B座 写字楼 2106 电话 {PN}", "ems", "change_address A",
  cats=(4,))
R("{A} 1月8号下单 1月9号揽收 今天1月17号了还没到 催催", "deppon", "urge A", cats=(4,))
R("{A} 我们发货时称的 38.6 公斤 你们按 75 算 多了一半运费", "jd", "weight A", cats=(4,))
R("售后单 {O} 客户退货寄回来的 {A} 到哪了", "sf", "track A", cats=(4,))
R("{A} 拦截！买家 {PN} 刚打电话说不要了", "deppon", "intercept A", cats=(4,))
R("{A} 撤单\n下单手机 {PN2}\n重量 120kg 三件", "deppon", "cancel A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# 5. pinyin, English, colloquial, voice slips
# ---------------------------------------------------------------------------------------------------------------
R("lanjie {A}", "deppon", "intercept A", cats=(5,))
R("{A} cuijian", "jd", "urge A", cats=(5,))
R("{A} gaizhi 苏州市吴江区 松陵镇 开平路 苏州湾家居城 西门仓库", "deppon", "change_address A", cats=(5,))
R("{A} chedan", "sf", "cancel A", cats=(5,))
R("{A} pls intercept, customer refused at the door", "jd", "intercept A", cats=(5,))
R("{A} return to sender", "sf", "intercept A", cats=(5,))
R("{A} 攔截 客人不要了", "deppon", "intercept A", cats=(5,))
R("{A} 撤單 謝謝", "sf", "cancel A", cats=(5,))
R("{A} 帮我把这个货截回来 别让它往下走了", "deppon", "intercept A", cats=(5,))
R("{A} 这货别送了 掉头回来", "jd", "intercept A", cats=(5,))
R("{A} 搞快点嘛 客户都要骂人了", "deppon", "urge A", cats=(5,))
R("{A} 咋个还没到嘛 帮我催哈", "sf", "urge A", cats=(5,))
R("{A} 东西撞烂了 一个角全瘪了", "deppon", "damaged A", cats=(5,))
R("{A} 单子不要了 还没拉 给我删了", "jd", "cancel A", cats=(5,))
R("{A} where is my sofa? customer keeps asking", "deppon", "track A", cats=(5,))
R("{A} 改个dizhi 送去 惠州市惠阳区 淡水街道 开城大道 碧桂园 十里银滩 T3栋", "deppon", "change_address A",
  cats=(5,))
R("{A} cui yi xia", "zto", "urge A", cats=(5,))
R("那个单号是 {A} 对 就这个 帮我拦截一下 嗯 客户说不要了 然后那个 退回来吧", "deppon", "intercept A", cats=(5,))
R("喂你好 {A} 这个那个 催一下吧 啊 客户说那个明天就要装修了", "jd", "urge A", cats=(5,))
R("{A} 该址到 徐州市云龙区 和平大道 恒大华府 11号楼 2单元", "deppon", "change_address A", cats=(5,))
R("{A} 帮忙摧一下 谢谢", "sf", "urge A", cats=(5,))
R("{A} 拦接退回", "yto", "intercept A", cats=(5,))
R("{A} 这个件儿丢哪儿去了 找不着了都", "deppon", "lost A", cats=(5,))
R("{A} 称得不对吧 重了老鼻子了", "jd", "weight A", cats=(5,))
R("{A} damaged, corner of the cabinet broken", "deppon", "damaged A", cats=(5,))
R("{A} weight is wrong pls recheck", "sf", "weight A", cats=(5,))
R("{A} 帮忙intercept一下 thx", "jd", "intercept A", cats=(5,))
R("{A} 唔该帮手拦住佢 客唔要啦", "sf", "intercept A", cats=(5,))
R("{A} 点解仲未到 催下啦", "deppon", "urge A", cats=(5,))
R("{A} 床垫冇收到 但系显示签收咗 帮手核实下", "sf", "verify_delivery A", cats=(5,))
R("{A} 申請理賠 傢俱摔壞了", "deppon", "claim A", cats=(5,))
R("{A} 俺们这边客户不要了 给拦下来呗", "jd", "intercept A", cats=(5,))
R("{A} 撒子情况 到哪点了", "deppon", "track A", cats=(5,))
R("{A} customer wants compensation, 2 of 3 boxes broken", "jd", "claim A", cats=(5, 8))

# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken by the chat client
# ---------------------------------------------------------------------------------------------------------------
R("{A:sp} 拦截 沙发客户不要了", "deppon", "intercept A", cats=(6,))
R("{A:dash} 催一下", "jd", "urge A", cats=(6,))
R("{A:nl} 拦截 谢谢", "sf", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n撤单 还没来拉", "deppon", "cancel A", cf=True, cats=(6,))
R("{A:nl} 这个配件到哪了", "yto", "track A", cats=(6,))
R("{A:sp} 查一下 客户寄回来的灯具配件", "ems", "track A", draw="ems_s10", cats=(6,))
R("{A:lc} 拦截退回", "jd", "intercept A", cats=(6,))
R("{A:fw} 催件", "sf", "urge A", cats=(6,))
R("{A:cut} 麻烦拦截 客户退款了", "deppon", nh=True, cats=(6,))
R("{A:x} 催一下 客户等着呢", "jt", nh=True, cats=(6,))
R("{A:nl} 改地址 成都市武侯区 晋阳路 大悦城 商务楼 1608", "deppon", "change_address A", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n都拦截", "sf", "intercept A B", cats=(6, 7))
R("{A:sp} 外箱压破了", "zto", "damaged A", cats=(6,))
R("{A:dash} 改址 扬州市邗江区 文昌西路 润扬南路口 红星美凯龙 后门仓库", "deppon", "change_address A",
  cats=(6,))
R("{A:nl} 催件 谢谢", "jd", "urge A", cats=(6,))
R("{A:cut} 冰箱啥时候到", "jd", nh=True, cats=(6,))
R("{A:nl} 这个床垫 客户拒收 退回", "deppon", "intercept A", cf=True, cats=(6,))
R("EMS {A:sp} 帮忙催一下 客户在国外等着", "ems", "urge A", draw="ems_s10", cats=(6,))
R("{A:sp} 重量不对 核一下", "deppon", "weight A", cats=(6,))
R("{A:lc} 到哪了？", "yto", "track A", cats=(6,))
R("{A:fw} 拦回来 发错货了", "deppon", "intercept A", cats=(6,))
R("{A:dash} 显示签收 客户说没收到", "sf", "verify_delivery A", cats=(6,))
R("{A:nl} 作废", "zto", "cancel A", cf=True, cats=(6,))
R("{A:sp} 拦截 这个是邮政的", "ems", "intercept A", draw="ems_s10", cats=(6,))
R("{A:x} 拦截退回 客户拒收", "sf", nh=True, cats=(6,))
R("单号：{A:nl}\n帮查一下到哪了", "deppon", "track A", cats=(6,))
R("{A:sp}  {B:sp}\n催一下派送 一个工地的", "jd", "urge A B", cats=(6, 7))
R("{A:cut} 撤单 客户不要了", "yto", nh=True, cats=(6,))
R("{A:dash} 丢了", "deppon", "lost A", cats=(6,))
R("{A:nl}\n改址 嘉兴市南湖区 东栅街道 禾兴南路 嘉兴家具城 2期 后门", "sf", "change_address A", cf=True,
  cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# 7. several parcels and commands: positions, tables
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n这三单 第一单拦截 后两单催一下", "deppon", "intercept A; urge B C", cats=(7,))
R("{A}\t拦截\n{B}\t催件\n{C}\t改址\t广州市白云区 太和镇 大源北路 白云家具城 3号仓", "deppon",
  "intercept A; urge B; change_address C", cats=(7,))
R("{A}\n{B}\n上面两个拦截", "jd", "intercept A B", cats=(7,))
R("{A} {B} {C} {D} 这四票 前三票催件 最后一票拦截", "deppon", "urge A B C; intercept D", cats=(7,))
R("这两个 一个拦截一个催件 {A} {B}", "sf", nh=True, cats=(7,))
R("单号                操作        备注\n{A}    拦截        客户拒收\n{B}    催件        客户急用\n"
  "{C}    查件", "deppon", "intercept A; urge B; track C", cats=(7,))
R("{A} 第一件 没事\n{B} 第二件 破了 桌腿断了一根", "deppon", "damaged B", cats=(7,))
R("{A} 拦截\n{B} 改地址 合肥市包河区 滨湖世纪城 春融苑 3栋 1单元 1502", "jd",
  "intercept A; change_address B", cats=(7,))
R("{A} 母单\n{B} 子单1\n{C} 子单2\n子单2 没到 少件", "deppon", "lost C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上全部撤单", "jd", "cancel A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n除了第二个 其他都拦截", "sf", "intercept A C", cats=(7,))
R("{A}、{B} 拦截，{C}、{D} 催件，{E} 查一下到哪了", "deppon", "intercept A B; urge C D; track E", cats=(7,))
R("单号\t件数\t问题\n{A}\t3\t少一件\n{B}\t1\t外箱破损\n{C}\t2\t五天没动", "deppon",
  "lost A; damaged B; delay C", cats=(7,))
R("{A}\n{B}\n{C}\n最后那个改地址 南通市崇川区 工农路 文峰城市广场 写字楼 9楼 前两个不动", "sf",
  "change_address C", cats=(7,))
R("今天的问题件：\n1. {A} 拦截\n2. {B} 催一下\n3. {C} 重量不对\n4. {D} 催一下", "deppon",
  "intercept A; urge B D; weight C", cats=(7,))
R("{A} {B} {C} 一个客户的三件 全部拦截退回", "jd", "intercept A B C", cats=(7,))
R("{A}\n{B}\n第二个拦截 第一个正常送", "deppon", "intercept B", cats=(7,))
R("{A}\t撤单\n{B}\t撤单\n{C}\t拦截\n{D}\t拦截", "zto", "cancel A B; intercept C D", cats=(7,))
R("{A} 床架\n{B} 床垫\n{C} 床头柜\n床垫那单催一下 另外两单查下到哪了", "deppon", "urge B; track A C", cats=(7,))
R("{A}\n{B}\n{C}\n这几个都五六天没动了", "jd", "delay A B C", cats=(7,))
R("{A} {B} 都是同一个工地的瓷砖 前一票破了三箱 后一票催一下", "deppon", "damaged A; urge B", cats=(7,))
R("仓库表格贴一下：\n运单号\t品名\t处理\n{A}\t跑步机\t拦截\n{B}\t划船机\t拦截\n{C}\t瑜伽垫\t催件", "sf",
  "intercept A B; urge C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n都催一下 双十一的单 客户都在问", "zto", "urge A B C D E", cats=(7,))
R("{A} 和 {B} 这两票 一个改地址一个拦截 等我问下客户哪个是哪个", "deppon", nh=True, cats=(7,))
R("{A} {B}\n后面那个显示签收了 客户说没收到", "jd", "verify_delivery B", cats=(7,))
R("1、{A} 撤单\n2、{B} 撤单\n3、{C} 改址 惠州市惠城区 江北街道 三新南路 华贸大厦 2801", "deppon",
  "cancel A B; change_address C", cats=(7,))
R("{A}\n{B}\n{C}\n中间那个拦截", "yto", "intercept B", cats=(7,))
R("{A}（母单）{B}（子单）{C}（子单）三件一起改地址 送到 金华市义乌市 福田街道 国际商贸城 五区 东门仓库",
  "deppon", "change_address A B C", cats=(7,))
R("{A}\t已签收未收到\n{B}\t重量异常\n{C}\t破损", "sf", "verify_delivery A; weight B; damaged C", cats=(7,))
R("{A} 拦截 {B} 拦截 {C} 撤单 {D} 撤单 {E} 查件", "jd", "intercept A B; cancel C D; track E", cats=(7,))
R("{A}\n{B}\n{C}\n前两个是沙发 后一个是茶几 茶几那单拦截", "deppon", "intercept C", cats=(7,))

# ---------------------------------------------------------------------------------------------------------------
# 8. compound requests
# ---------------------------------------------------------------------------------------------------------------
R("{A} 破损 要理赔 快递员态度也差 投诉", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 摔坏了 司机卸车直接往下扔 投诉他", "jd", "damaged A; complaint A", cats=(8,))
R("{A} 拦截并投诉 快递员私自跟客户要上楼费", "deppon", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 客户要投诉", "sf", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉了", "deppon", "urge A; complaint A", cats=(8,))
R("{A} 少了一件 要赔偿", "deppon", "claim A", cats=(8,))
R("{A} 重量不对 运费多收了 还有外箱也破了", "jd", "weight A; damaged A", cats=(8,))
R("{A} 显示签收没收到 投诉派件员乱签", "sf", "verify_delivery A; complaint A", cats=(8,))
R("{A} 丢了 要理赔 还要投诉网点一直推", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 催一下 另外这单核下重量", "jd", "urge A; weight A", cats=(8,))
R("{A} 压坏了 登记破损 然后投诉一下中转场", "deppon", "damaged A; complaint A", cats=(8,))
R("{A} 改地址 丽水市莲都区 紫金街道 丽阳街 万地广场 5号楼 另外催一下 客户急", "deppon",
  "change_address A; urge A", cats=(8,))
R("{A} 拦截 另外这单运费算贵了 核一下重量", "sf", "intercept A; weight A", cats=(8,))
R("{A} 十天没动 延误 投诉一下中转", "deppon", "delay A; complaint A", cats=(8,))
R("{A} 碎了要理赔\n{B} 催一下", "deppon", "claim A; urge B", cats=(8, 7))
R("{A} 柜门破了 客户要求赔偿 同时投诉派送员野蛮装卸", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 破损 先登记 另外快递员说话很冲 投诉", "jd", "damaged A; complaint A", cats=(8,))
R("{A} 拦截退回 顺便查下重量 怎么收了这么多钱", "deppon", "intercept A; weight A", cats=(8,))
R("{A} 客户拒收了 说外包装破了 要拦回来 破损也登记一下", "jd", "intercept A; damaged A", cats=(8,))
R("{A} 这票一直不送 快递员还不接电话 催一下 投诉", "deppon", "urge A; complaint A", cats=(8,))
R("{A} 丢了一件 要理赔 还要仲裁 网点一直不处理", "deppon", "claim A; arbitration A", cats=(8,))
R("{A} 压坏了要赔钱", "jd", "claim A", cats=(8,))
R("{A} 催件 同时投诉 一周了都说在派送中", "zto", "urge A; complaint A", cats=(8,))
R("{A} 投诉+理赔 床垫被雨淋湿了 司机说不关他事", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 改地址 新地址 衢州市柯城区 荷花街道 学院路 衢州家具城 B区 然后核一下重量", "deppon",
  "change_address A; weight A", cats=(8,))
R("{A} 破损 要赔 {B} 延误了 客户要投诉", "jd", "claim A; delay B; complaint B", cats=(8, 7))
R("{A} 签收了 客户说没收到 查一下谁签的 另外这单要投诉", "deppon", "verify_delivery A; complaint A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------------
# multi-carrier groups (prefixed numbers only)
# ---------------------------------------------------------------------------------------------------------------
R("德邦 {A} 拦截\n京东 {B} 催一下", None, "intercept A; urge B", draw={"A": "deppon", "B": "jd"}, cats=(7,))
R("{A} 顺丰那票 到哪了", None, "track A", draw="sf")
R("{A} 这票也拦截退回 客户嫌运费贵不要了", None, "intercept A", draw="deppon")
R("{A} 催件 客户明天安装", None, "urge A", draw="jd")
R("{A} {B} 两票都拦截 一个德邦一个顺丰", None, "intercept A B", draw={"A": "deppon", "B": "sf"})
R("{A} 改地址 温州市瓯海区 娄桥街道 古岸头 家具市场 西门", None, "change_address A", draw="yto")
R("{A} 帮撤个单 下错了", None, "cancel A", draw="jt")
R("{A} 床垫破了", None, "damaged A", draw="deppon")
R("{A:sp} 麻烦催一下 工地等着", None, "urge A", draw="jd", cats=(6,))
R("{A} 那个别拦了 客户改主意了 还要", None, nh=True, draw="sf", cats=(1,))
R("{A} 撤单 不对 拦截", None, "intercept A", draw="deppon", cats=(2,))
R("{A}\t拦截\n{B}\t查件\n{C}\t催件", None, "intercept A; track B; urge C",
  draw={"A": "jd", "B": "deppon", "C": "sf"}, cats=(7,))
R("lanjie {A} thx", None, "intercept A", draw="yto", cats=(5,))
R("{A} 显示签收 客户没收到 核实一下", None, "verify_delivery A", draw="deppon")
R("「快递助手：@佳居家具 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n好的收到", None,
  draw="jd", cats=(3,))
R("{A} 要不拦截吧？客户好像不想要了 我再问问", None, "intercept A", cf=True, draw="sf")

# hedged: not really decided yet
R("{A} 客户说可能不要了 要不先拦一下？", "deppon", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说搬新家了 改到 东营市东营区 西四路 锦华小区 22号楼", "jd", "change_address A", cf=True)
R("{A} 先拦着吧？我再跟客户确认下尺寸", "sf", "intercept A", cf=True)
R("{A} 看看能不能撤单 司机应该还没出发", "deppon", "cancel A", cf=True)
R("{A} 要拦吗……拦吧？客户还在犹豫", "jd", "intercept A", cf=True)
R("{A} 可能要退回 客户在门口看了说颜色不对 我问下老板", "deppon", "intercept A", cf=True)
R("{A} 估计得撤单 厂家说这款断货了", "zto", "cancel A", cf=True)
R("{A} 应该是要转寄到客户老家 泰州市兴化市 昭阳镇 英武中路 客户还没最后定", "deppon", "change_address A",
  cf=True)

if __name__ == "__main__":
    W.main()
