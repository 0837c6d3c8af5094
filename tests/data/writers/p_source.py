"""Writer p: small merchants from many regions (Guangdong, Sichuan, Dongbei, Henan, Zhejiang, Fujian) selling
clothing, fruit, tea, phone accessories and handicrafts, writing in their own groups with the outlet: terse or
chatty, voice input with homophone slips, regional particles, several parcels of the day in one message, a
customer's words forwarded, a line pasted from the order system.

Every message text below is written by hand; only waybill numbers, phone numbers and platform order numbers are
filled in (from ../waybill_numbers.py, seeded). Run from the repository root:

    python tests/data/writers/p_source.py

which writes tests/data/writers/p.jsonl (reproducible).

Template placeholders:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
"""

from __future__ import annotations

from harness import Writer  # tests/data/writers/harness.py: placeholders, build, main

W = Writer("p", seed=20240611)
R = W.R


# ---------------------------------------------------------------------------------------------------------
# Plain requests, one intent each: intercept
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截", "yto", "intercept A")
R("老板 {A} 这个帮我拦回来 客户不要了", "zto", "intercept A")
R("{A}麻烦退回，谢谢", "sto", "intercept A")
R("唔该帮我拦咗呢单 {A}", "sf", "intercept A", cats=(5,))
R("{A} 截件 退回我这边", "jt", "intercept A")
R("荔枝那单 {A} 别派了 给我拦回来", "yunda", "intercept A")
R("恁帮我把 {A} 拦一下中不中", "ems", "intercept A", cats=(5,))
R("lanjie {A:lc}", None, "intercept A", cats=(5,), draw="yto")
R("intercept pls {A}", None, "intercept A", cats=(5,), draw="sf")
R("{A} 客户拒收了 退回吧", "jd", "intercept A")
R("{A} 手机壳发错颜色了 拦下来我重发", "cainiao", "intercept A")
R("帮我把{A}退件，地址写错了", "deppon", "intercept A")
R("{A}\n拦截退回", "zto", "intercept A")
R("拦截：{A}", "yunda", "intercept A")
R("{A} 这件给整回来吧 客户说不要了", "yto", "intercept A", cats=(5,))
R("麻烦拦截一下这个单号{A}，买家退款了", "jt", "intercept A")
R("{A} 拦住 拦住 千万别派 买家跑路了", "sto", "intercept A")
R("茶叶那票 {A} 退回 谢了", "ems", "intercept A", draw="ems_s10")
R("{A} 帮手拦截啦 唔该晒", "sf", "intercept A", cats=(5,))
R("{A} 要拦截 尽快 客户那边已经退款了", "cainiao", "intercept A")
R("栏截 {A} 客户不要了", "yto", "intercept A", cats=(5,))
R("{A} 帮我拦掉好伐 买家退货退款了", "zto", "intercept A", cats=(5,))
R("{A} 帮我截一下噻 发错地方了", "yunda", "intercept A", cats=(5,))
R("return to sender {A}", None, "intercept A", cats=(5,), draw="jt")
R("{A} 退会 退会给我 客户拒收", "deppon", "intercept A", cats=(5,))
R("能拦截吗 {A}", "sto", "intercept A")
R("{A}这个件可以帮忙拦回来吗？客户下错单了", "jd", "intercept A")
R("早上发的猕猴桃 {A} 拦一下 买家说不要了 我重新给他发一箱", "ems", "intercept A")
R("今天这几单都拦截：\n{A}\n{B}\n{C}", "zto", "intercept A B C")
R("{A} {B} 两个都退回", "yto", "intercept A B")
R("{A} 刚发出去的 拦回来 买家拍错尺码了", "jt", "intercept A")
R("哥 {A} 拦一哈 客户又不要了 烦死", "sto", "intercept A", cats=(5,))
R("{A:lc} lan jie", None, "intercept A", cats=(5,), draw="jd")
R("{A} 这单给我拦下来 退回原寄件地", "deppon", "intercept A")

# ---------------------------------------------------------------------------------------------------------
# cancel
# ---------------------------------------------------------------------------------------------------------

R("{A} 撤单", "sto", "cancel A")
R("{A} 还没来收 不寄了 取消掉", "yunda", "cancel A")
R("下午下的单 {A} 作废吧 客户不要了", "zto", "cancel A")
R("{A} 取消寄件 谢谢", "sf", "cancel A")
R("chedan {A}", "jt", "cancel A", cats=(5,))
R("{A} 这个单撤了嘛 货还在我这儿没发", "yto", "cancel A", cats=(5,))
R("cancel the order {A} thanks", None, "cancel A", cats=(5,), draw="sf")
R("帮我撤销一下{A} 快递员还没上门", "cainiao", "cancel A")
R("{A} 撤单厚 衣服缺货发不了", "jd", "cancel A", cats=(5,))
R("{A}：取消订单", "deppon", "cancel A")
R("{A} 冇货啦 撤咗佢", "sf", "cancel A", cats=(5,))
R("{A} 单子打错了 作废重打", "ems", "cancel A")
R("麻烦把 {A} 这张面单撤掉，还没揽收", "sto", "cancel A")
R("这单{A}还没被揽收吧？帮我取消", "zto", "cancel A")
R("{A} 撤单 {B} 也撤", "jt", "cancel A B")
R("{A}不发了，撤一下", "cainiao", "cancel A")
R("{A} 这个面单作废 我换个箱子重新下单", "yto", "cancel A")
R("{A} 那个单子给我撤了 今儿个不发了", "yunda", "cancel A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------
# change_address (a new address or person given; without one a person must look)
# ---------------------------------------------------------------------------------------------------------

R("{A} 改地址：广东省佛山市顺德区大良街道新桂路18号 陈生 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 地址改为 四川省成都市武侯区玉林北路3号2单元 收件人不变", "yto", "change_address A")
R("{A} 转寄到 杭州市余杭区五常街道文一西路998号 电话{P}", "sto", "change_address A", cats=(4,))
R("{A} 改派 沈阳市和平区南京北街66号 王姐 {PN}", "yunda", "change_address A", cats=(4,))
R("麻烦{A}改个地址 郑州市金水区花园路128号 李先生 {PN}", "jt", "change_address A", cats=(4,))
R("gaizhi {A} 福州市鼓楼区五四路89号 林小姐 {P}", "ems", "change_address A", cats=(4, 5))
R("change address {A} to 厦门市思明区湖滨南路256号 {PN}", "jd", "change_address A", cats=(4, 5))
R("{A} 客户说搬家了 改到 广州市白云区机场路1号 收件人 黄小姐", "sf", "change_address A")
R("{A} 该地址 改成温州市鹿城区车站大道577号 电话不变", "yto", "change_address A", cats=(5,))
R("{A} 收件地址写错了 正确的是：长春市朝阳区红旗街1128号 张哥 {PN}", "cainiao", "change_address A", cats=(4,))
R("{A} 改址\n收件人：刘婷\n电话：{PN}\n地址：河南省洛阳市涧西区天津路22号", "zto", "change_address A", cats=(4,))
R("{A} 地址改为 哈尔滨市南岗区学府路52号菜鸟驿站 放驿站就行", "deppon", "change_address A")
R("{A} 更改收件地址：泉州市丰泽区田安路 收件人电话 {PN}", "sto", "change_address A", cats=(4,))
R("{A} 送到客户公司去 地址是 东莞市长安镇长青南路 300 号 3 楼前台", "yunda", "change_address A")
R("{A} 改派到 成都市双流区西航港大道 2 号 客户在那上班", "jt", "change_address A")
R("{A} 转寄 新地址 金华市义乌市稠城街道工人北路 16 号 收件人改成 楼小姐", "ems", "change_address A")
R("{A} 收件人换成 黎先生 地址换成 中山市石岐区孙文中路 200 号", "sf", "change_address A")
R("{A} 麻烦改一下地址 南昌市红谷滩区 丰和中大道 1098 号 电话没变", "jd", "change_address A")
R("{A} 改地址", "yunda", "change_address A", nh=True)
R("{A} 要改个地址 新地址我等下发你", "jt", "change_address A", nh=True)
R("{A} 电话改为 {PN}", "ems", "change_address A", nh=True, cats=(4,))
R("{A} 收件人改成 周敏", "sf", "change_address A", nh=True)
R("{A} 客户要转寄 地址还没给我", "yto", "change_address A", nh=True)
R("{A} 改派 客户说不在原来那儿住了", "cainiao", "change_address A", nh=True)

# ---------------------------------------------------------------------------------------------------------
# urge
# ---------------------------------------------------------------------------------------------------------

R("{A} 催件", "yto", "urge A")
R("{A} 催一下 客户急用", "zto", "urge A")
R("{A} 搞快点噻 客户催惨了", "sto", "urge A", cats=(5,))
R("{A} 咋还不到 给催催呗 贼急", "yunda", "urge A", cats=(5,))
R("{A} 点解仲未派 催下啦唔该", "sf", "urge A", cats=(5,))
R("{A} 荔枝怕坏 加急派送", "jt", "urge A")
R("cuijian {A}", "jd", "urge A", cats=(5,))
R("urgent {A} customer waiting", None, "urge A", cats=(5,), draw="deppon")
R("{A} 麻烦尽快派送 谢谢", "ems", "urge A")
R("{A} 到了你们网点两天了还不派 帮催下", "cainiao", "urge A")
R("{A} 能不能催一下 客户明天出门", "zto", "urge A")
R("{A}这单快点 催建一下", "yto", "urge A", cats=(5,))
R("{A} 帮忙催派 买家一天问八遍", "sto", "urge A")
R("{A} 那个 就是 嗯 帮我催一下 客户在等着用", "yunda", "urge A", cats=(5,))
R("{A} 快递员咋还不送 帮我喊他快点派", "jt", "urge A")
R("{A} 卡在转运中心好久了 催一下", "ems", "urge A")
R("{A} 加急 加急", "sf", "urge A")
R("催件：{A}", "jd", "urge A")
R("{A} 客户说快递员一直不打电话 催一下派送", "cainiao", "urge A")
R("{A} 催一下好伐 都第四天了", "zto", "urge A", cats=(5,))
R("{A} 还在路上咩？快啲催下", "sf", "urge A", cats=(5,))
R("{A} 派送中一整天了 咋还没到 催催", "sto", "urge A")
R("这几个帮我催一下\n{A}\n{B}\n{C}\n{D}", "yunda", "urge A B C D")
R("{A}、{B} 催件", "jt", "urge A B")
R("今天要到的 {A} {B} 都催下 谢谢老板", "zto", "urge A B")
R("兄弟帮帮忙 {A} 催一下 这单再不到要差评了 😫", "yto", "urge A")
R("{A} 抓紧派哈 客户明天过生日 蛋糕模具急用", "ems", "urge A")
R("{A} 派件的能不能今天送到 帮忙跟一下 催催他", "jd", "urge A")
R("{A} hurry up pls", None, "urge A", cats=(5,), draw="yto")
R("{A} 搞紧啲派啦 客人等紧", "sf", "urge A", cats=(5,))
R("{A} 你们派送的磨磨唧唧的 赶紧给催催", "yunda", "urge A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------
# verify_delivery
# ---------------------------------------------------------------------------------------------------------

R("{A} 显示签收了 客户说没收到", "yto", "verify_delivery A")
R("{A} 签收了但是人根本没收到东西 核实一下", "zto", "verify_delivery A")
R("{A} 被别人签收了 客户家里没人", "sto", "verify_delivery A")
R("{A} 虚假签收 客户一直在家 没人送", "yunda", "verify_delivery A")
R("{A} 物流写已签收 买家话冇收到喎", "sf", "verify_delivery A", cats=(5,))
R("客户说 {A} 没收到 可是显示妥投了", "ems", "verify_delivery A")
R("{A} 核实签收", "jt", "verify_delivery A")
R("{A} 谁签的？显示本人签收 客户说压根没见着", "jd", "verify_delivery A")
R("{A} 签收未收到 麻烦查下放哪了", "cainiao", "verify_delivery A")
R("{A} 显示签收 但驿站和家里都没有", "deppon", "verify_delivery A")
R("{A} 啥子情况嘛 显示签收了 客户硬是没收到", "yto", "verify_delivery A", cats=(5,))
R("{A} 签收人写的门卫 小区根本没门卫", "zto", "verify_delivery A")
R("{A} 已妥投？客户打电话问我 她一整天都在店里 没人来送过", "ems", "verify_delivery A")

# ---------------------------------------------------------------------------------------------------------
# damaged
# ---------------------------------------------------------------------------------------------------------

R("{A} 破损", "sto", "damaged A")
R("{A} 客户收到芒果全压烂了", "yunda", "damaged A")
R("{A} 陶瓷杯碎了两个 客户拍了照片", "jt", "damaged A")
R("{A} 外箱破了 里面的手机壳散了一地", "ems", "damaged A")
R("{A} 茶叶罐子压扁了", "sf", "damaged A")
R("客户说 {A} 到手箱子都湿了 里面的衣服泡了水", "jd", "damaged A")
R("{A} 车厘子烂了一半 登记个破损", "cainiao", "damaged A")
R("{A} 竹编篮子被压坏了", "deppon", "damaged A")
R("{A} 漏液 蜂蜜洒了 整箱黏糊糊的", "yto", "damaged A")
R("{A} 东西烂咗 客人好嬲", "sf", "damaged A", cats=(5,))
R("{A} 充电器外壳裂了 路上摔的吧", "zto", "damaged A")
R("{A} 客户收到刺绣画 框子碎了", "sto", "damaged A")
R("气死我了 {A} 快递员把箱子直接扔门口 下雨全泡了 衣服都湿透了", "yunda", "damaged A")
R("{A} 紫砂壶盖子磕掉一块 客户发图了", "jt", "damaged A")

# ---------------------------------------------------------------------------------------------------------
# lost
# ---------------------------------------------------------------------------------------------------------

R("{A} 丢件了", "yunda", "lost A")
R("{A} 件没了 网点说没有 中转也说没有", "jt", "lost A")
R("{A} 一个礼拜没动了 是不是丢了", "zto", "lost A")
R("{A} 遗失 麻烦登记", "ems", "lost A", draw="ems_s10")
R("{A} 少件 客户只收到一箱 应该两箱", "deppon", "lost A")
R("{A} 哪都找不着 快递员也说没见过", "yto", "lost A")
R("{A} 估计丢咗 十日冇更新", "sf", "lost A", cats=(5,))
R("{A} 里面少了两包茶叶 箱子是好的", "cainiao", "lost A")
R("{A} 这件让你们整丢了 咋整啊", "yunda", "lost A", cats=(5,))
R("{A} 丢见了 帮我查查", "sto", "lost A", cats=(5,))
R("{A} 丢失", "jd", "lost A")
R("哎呀老板 {A} 这单咋回事嘛 客户天天骂我 半个月了都没动 是不是搞丢了嘛 😭", "yto", "lost A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------
# weight
# ---------------------------------------------------------------------------------------------------------

R("{A} 查重量", "zto", "weight A")
R("{A} 重量不对 我称的1.2斤 你们算了3公斤", "yto", "weight A", cats=(4,))
R("{A} 超重了？一件T恤咋能两公斤 核一下", "sto", "weight A", cats=(4,))
R("{A} 帮我核重", "jt", "weight A")
R("{A} 运费扣了28块 这重量肯定不对", "yunda", "weight A", cats=(4,))
R("{A} 再称一下 一盒手机膜哪有那么重", "cainiao", "weight A")
R("{A} 计费重量离谱了 麻烦复核", "deppon", "weight A")
R("{A} 重量有问题噻 5斤茶叶算成了8公斤", "ems", "weight A", cats=(4, 5))
R("{A} 称重唔啱 帮手睇下", "sf", "weight A", cats=(5,))
R("{A} 这个体积重怎么算的 算错了吧 核一下重量", "jd", "weight A")
R("{A} 重量 贼离谱 一双拖鞋给我算三公斤", "yunda", "weight A", cats=(4, 5))

# ---------------------------------------------------------------------------------------------------------
# track
# ---------------------------------------------------------------------------------------------------------

R("{A}", "yto", "track A")
R("{A} 到哪了", "zto", "track A")
R("{A} 什么时候能到", "sto", "track A")
R("{A} 查件", "yunda", "track A")
R("{A} 到边度啦", "sf", "track A", cats=(5,))
R("{A} 走到哪儿了嘛", "jt", "track A", cats=(5,))
R("where is {A}", None, "track A", cats=(5,), draw="jd")
R("{A} 查一下物流", "ems", "track A")
R("帮我看下{A}到哪了 客户问", "cainiao", "track A")
R("{A}\n{B}\n这俩到哪了", "deppon", "track A B")
R("{A} 今天能到不", "zto", "track A")
R("{A} 嘎哈呢 到哪旮旯了", "yunda", "track A", cats=(5,))
R("{A} 轨迹发我一下", "yto", "track A")
R("客户问 {A} 啥时候到", "sto", "track A")
R("{A} 现在在哪个站", "jt", "track A")
R("{A:lc}", None, "track A", draw="sf")
R("{A} 到哪嘞", "ems", "track A", cats=(5,))
R("{A} 咋样了 有信儿没", "cainiao", "track A", cats=(5,))
R("{A}", None, "track A", draw="ems_s10")
R("{A} 到咗未", "sf", "track A", cats=(5,))
R("{A} 现在到哪个城市了 客户问明天能不能到", "deppon", "track A")

# ---------------------------------------------------------------------------------------------------------
# delay
# ---------------------------------------------------------------------------------------------------------

R("{A} 三天没动了", "zto", "delay A")
R("{A} 好几天没更新了", "yto", "delay A")
R("{A} 延误", "sto", "delay A")
R("{A} 停在义乌中转四天了 一直不走", "yunda", "delay A")
R("{A} 物流一直停着不动 客户着急", "jt", "delay A")
R("{A} 打个延误 说好次日达 第三天了", "sf", "delay A")
R("{A} 成个礼拜冇郁过", "sf", "delay A", cats=(5,))
R("{A} 咋还不到 是不是延误了", "ems", "delay A")
R("{A} 停滞了 从昨天早上到现在没更新", "cainiao", "delay A")
R("{A} 这都五天了还在揽收状态 动都不动", "deppon", "delay A")
R("{A} 莫得动静 四天了", "yunda", "delay A", cats=(5,))
R("{A} 在广州分拨趴了三天了 一点动静没有", "yto", "delay A")

# ---------------------------------------------------------------------------------------------------------
# claim
# ---------------------------------------------------------------------------------------------------------

R("{A} 理赔", "zto", "claim A")
R("{A} 丢了 要求赔偿 货值两百八", "yto", "claim A", cats=(8,))
R("{A} 碎了 申请理赔", "sto", "claim A", cats=(8,))
R("{A} 申请赔付 客户那边已经给退款了", "jt", "claim A")
R("{A} 要赔钱 水果全烂了 损失三百多", "yunda", "claim A", cats=(8,))
R("{A} compensation please, parcel lost", None, "claim A", cats=(5, 8), draw="sf")
R("{A} 保价了的 申请赔偿", "deppon", "claim A")
R("{A} 少了一件羊毛衫 要赔", "cainiao", "claim A", cats=(8,))
R("{A} 这个要理赔 我先垫钱给客户了", "ems", "claim A")
R("{A} 保了两千的价 东西没了 赔吧", "jd", "claim A", cats=(4, 8))

# ---------------------------------------------------------------------------------------------------------
# complaint
# ---------------------------------------------------------------------------------------------------------

R("{A} 投诉", "yto", "complaint A")
R("{A} 快递员态度差 骂我客户 投诉他", "zto", "complaint A")
R("{A} 不打电话直接扔驿站 客户要投诉", "sto", "complaint A")
R("{A} 客诉 派件员说话难听", "jt", "complaint A")
R("{A} complain 送货的人太凶", None, "complaint A", cats=(5,), draw="jd")
R("{A} 我要投诉 快递员让客户自己下楼拿 还骂人", "yunda", "complaint A")
R("{A} 派件员要客户加钱才送上门 投诉", "cainiao", "complaint A")
R("{A} 投述 快递员把件乱扔在楼道", "ems", "complaint A", cats=(5,))
R("{A} 你们那个收件小哥太横了 我要投诉 嘴里不干不净的", "deppon", "complaint A")
R("{A} 快递员拒绝送上楼 还挂客户电话 这个必须投诉", "sf", "complaint A")

# ---------------------------------------------------------------------------------------------------------
# arbitration
# ---------------------------------------------------------------------------------------------------------

R("{A} 申请仲裁", "zto", "arbitration A")
R("{A} 网点不认账 要仲裁", "yto", "arbitration A")
R("{A} 跟派件网点扯皮一个月了 直接仲裁吧", "sto", "arbitration A")
R("{A} 提个仲裁 跟对方网点谈不拢", "jt", "arbitration A")
R("{A} 搞仲裁噻 扯了半个月了", "ems", "arbitration A", cats=(5,))
R("zhongcai {A}", "deppon", "arbitration A", cats=(5,))
R("{A} 这个走仲裁流程 麻烦帮我提交", "cainiao", "arbitration A")

# ---------------------------------------------------------------------------------------------------------
# More plain requests in the merchants' own voices: the day's orders, one command for several, mixed groups
# ---------------------------------------------------------------------------------------------------------

R("这批荔枝 {A} {B} {C} {D} 全部加急", "sf", "urge A B C D")
R("今天发的橙子 有三箱客户说收到就烂了\n{A}\n{B}\n{C}\n都登记破损", "zto", "damaged A B C")
R("{A}\n{B}\n俩都显示签收 客户都说没收到", "yunda", "verify_delivery A B")
R("{A} {B} 重量都不对 一起核一下", "jt", "weight A B")
R("老板早 {A} 麻烦查一下到哪儿了 谢谢啦", "cainiao", "track A")
R("圆通那单 {A} 催一下 顺丰那单 {B} 也催", None, "urge A B", draw={"A": "yto", "B": "sf"})
R("{A} 极兔的 拦截", None, "intercept A", draw="jt")
R("{A} 德邦大件 客户不要了 退回", None, "intercept A", draw="deppon")
R("京东的 {A} 帮忙催下 客户在医院等着用", None, "urge A", draw="jd")
R("{A} 这个邮政的单子到哪了", None, "track A", draw="ems_s10")
R("{A} 申通的 查下重量", "sto", "weight A")
R("韵达 {A} 三天不动了", "yunda", "delay A")
R("{A} 阿里那边下的单 菜鸟的 撤单", "cainiao", "cancel A")
R("EMS {A} 显示投递了 客户没收到", "ems", "verify_delivery A")
R("快递小哥你好 {A} 这单是不是压坏了 客户说里面的杯子响 叮当响 估计碎了", "jd", "damaged A")
R("{A} 帮看一眼在哪 客户一直问我 我也不知道咋回他", "yto", "track A")
R("{A} 客户要得急 明天上午之前必须送到 麻烦催", "deppon", "urge A")
R("{A} 退回来 这个买家是职业差评师", "zto", "intercept A")
R("{A} 手机支架 客户说到手断成两截", "jt", "damaged A")
R("{A} 普洱饼 客户说少了一饼 箱子完好", "yunda", "lost A")
R("{A} 寄的铁观音 到今天都没到 一点更新都没有 六天了", "ems", "delay A")
R("{A} 运费按5公斤收的 我这个就一斤半 重量有问题", "cainiao", "weight A", cats=(4,))
R("{A} 麻烦投诉一下快递员 收件迟到两个小时还甩脸色", "sf", "complaint A")
R("{A} 改个地址 改成 苏州市工业园区星湖街 328 号 收件人 沈女士 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 拦 {B} 拦 {C} 拦", "deppon", "intercept A B C")
R("{A} 没到 催", "zto", "urge A")
R("{A} 丢没丢啊 十多天了 应该是丢了", "sto", "lost A")
R("{A} 就是那个竹编灯笼 碎得稀巴烂", "yunda", "damaged A", cats=(5,))
R("{A}取消寄件 客户地址填错了 我重新下单", "zto", "cancel A")
R("{A} 我嘅件去咗边 三日都冇更新 係咪延误咗", "sf", "delay A", cats=(5,))
R("{A} 中不中啊 都四天了还没到 催一下嘛", "ems", "urge A", cats=(5,))
R("{A} 明明签收了咋没人收着呢 给核实一下", "yunda", "verify_delivery A", cats=(5,))
R("{A} 有够慢 拜托催一下厚", "cainiao", "urge A", cats=(5,))
R("{A} 数据线少了三根 客户说盒子是拆过的", "jd", "lost A")
R("{A} 件压坏了 客户拍了视频 我发你们", "deppon", "damaged A")

# ---------------------------------------------------------------------------------------------------------
# Chit-chat and questions with no action
# ---------------------------------------------------------------------------------------------------------

R("在吗", "zto")
R("老板 明天几点来收件", "yto")
R("好的 谢谢", "sto")
R("收到", "yunda")
R("唔该晒", "sf", cats=(5,))
R("今天下午能来拿货不？大概二十来箱橙子", "jt")
R("拦截要钱不", "ems")
R("上次那个改了没", "cainiao")
R("你们几点下班啊 晚上九点以后发消息还有人管么", "deppon")
R("辛苦了辛苦了 🙏", "jd")
R("改地址一般要多久能改好", "zto")
R("拦截成功了会通知我吗", "yto")
R("老铁 今天咋没来收件呢 我这堆了一地", "yunda", cats=(5,))
R("晓得了 要得", "sto", cats=(5,))
R("中 中 知道了", "ems", cats=(5,))
R("明天端午放假不？要发货的", "zto")
R("水果能寄吗 会不会压坏", "jt")
R("理赔一般几天到账", "yto")
R("上次那个赔的钱到了 谢谢啊", "sto")
R("发新疆多少钱一公斤", "yunda")
R("冇问题 多谢", "sf", cats=(5,))
R("客户说收到了 很满意 哈哈", "cainiao")
R("刚才那几单都处理好了吧？", "deppon")
R("你们这个机器人能查件吗", "ems")
R("拦截和退回是一回事不", "zto")
R("面单打印机又卡纸了 咋整", "yunda", cats=(5,))
R("今天的货量可能有三百多单 早点来哈", "yto")
R("明天我要发一批茶叶 能上门收吗", "sto")
R("晚点我再把单号发过来", "jd")
R("改地址要加钱不", "cainiao")
R("催了有用吗 上次催了也没快", "zto")
R("好的 我跟客户说一下", "yto")
R("客户说明天才在家", "ems")
R("早上好 今天收件麻烦早点哈", "yunda")
R("你们这边能开发票吗", "jt")
R("我换了个手机号 以后找我打{P}", "zto", cats=(4,))
R("有事打我电话 {PN}", "sf", cats=(4,))
R("撤单之后运费退不退", "cainiao")
R("你们拦截一般多久能拦下来", "jt")
R("如果拦截失败会怎样", "zto")
R("丢件的话赔多少", "sto")
R("仲裁要走多久啊", "ems")
R("核重是人工称还是机器称", "yunda")
R("咩事啊 点解今日冇人收件嘅", "sf", cats=(5,))
R("恁那边明儿个几点来 俺好准备货", "ems", cats=(5,))
R("新到的龙井 给你们网点的兄弟们留了两罐 下午来拿哈 😄", "yto")

# ---------------------------------------------------------------------------------------------------------
# Negation and withdrawal (category 1)
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=(1,))
R("{A} 不用拦了", "zto", "", nh=True, cats=(1,))
R("刚才发的{A}先别拦 客户又说要了", "sto", "", nh=True, cats=(1,))
R("{A} {B} 都拦截\n哦 {B} 算了不拦了 只拦前面那个", "jt", "intercept A", cats=(1, 7))
R("不是不拦 是现在马上拦 {A}", "ems", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 广州市番禺区市桥街繁华路32号 {PN}", "zto", "change_address A", cats=(1, 4))
R("{A} 不用撤单了 已经来收走了 直接拦截吧", "yto", "intercept A", cats=(1, 2))
R("{A} 别催了 客户说不急", "sto", "", nh=True, cats=(1,))
R("{A} 不用理赔了 客户说算了", "jt", "", nh=True, cats=(1,))
R("{A} 投诉撤回 快递员来道歉了", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截取消 不拦了", "cainiao", "", nh=True, cats=(1,))
R("{A} 不是要撤单 是要改地址 改成 成都市青羊区长顺上街 88 号", "yto", "change_address A", cats=(1,))
R("{A} 拦截 {B} 拦截 {C} 先不拦 等客户回话", "zto", "intercept A B", cats=(1, 7))
R("{A} 先别派 也别退 客户说明天在家再送", "sto", "", nh=True, cats=(1,))
R("{A} 这个没丢 找到了 不用登记了", "yunda", "", nh=True, cats=(1,))
R("{A} 改址到 沈阳市铁西区兴华南街 15 号 张女士 {PN}\n{B} 不用改 客户自己去驿站拿", "yunda",
  "change_address A", cats=(1, 4, 7))
R("{A}拦截，{B}、{C}不用", "yto", "intercept A", cats=(1, 7))
R("{A} 不拦了 改成催一下 让他尽快派", "cainiao", "urge A", cats=(1, 2))
R("{A} 别改地址了 原地址就行", "jd", "", nh=True, cats=(1,))
R("{A} 拦截 …… 算了算了 还是不拦了 让它送吧", "ems", "", cats=(1,))
R("{A} 别退回 客户改主意了 又要了", "deppon", "", nh=True, cats=(1,))
R("{A} 唔使拦啦 客人话要返", "sf", "", nh=True, cats=(1, 5))
R("{A} 拦截 不是客户不想要 是地址写错了 拦回来我重发", "yto", "intercept A", cats=(1,))
R("{A} 不是催件 是查一下重量", "jt", "weight A", cats=(1,))
R("{A} 不要改地址 不要撤单 就是催一下", "zto", "urge A", cats=(1,))
R("{A} 和 {B} 拦截 {A} 又不拦了 客户回心转意", "yto", "intercept B", cats=(1,))
R("{A} 撤单 …… 诶 这个不撤 是{B}要撤", "yunda", "cancel B", cats=(1, 2))

# ---------------------------------------------------------------------------------------------------------
# Corrections (category 2)
# ---------------------------------------------------------------------------------------------------------

R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 拦截 —— 更正 单号打错了 是 {B}", "yto", "intercept B", cats=(2,))
R("{A} 催件 搞错了应该是拦截", "sto", "intercept A", cats=(2,))
R("{A} 拦截\n不对是 {B} 上面那个发错了", "jt", "intercept B", cats=(2,))
R("{A} 查重量 哦不对 是查一下到哪了", "deppon", "track A", cats=(2,))
R("{A} 延误 不对 应该是丢了 一个多礼拜没消息了", "zto", "lost A", cats=(2,))
R("{A} 破损 搞错了 是{B}破损 {A}是好的", "yto", "damaged B", cats=(2,))
R("{A} 改地址 广州天河 哦不 是深圳南山区科技园 高新南一道 8 号", "sf", "change_address A", cats=(2,))
R("{A} 改电话 {PN}，不对 号码打错 应该是 {PN2}", "yunda", "change_address A", nh=True, cats=(2, 4))
R("{A}\n{B}\n都拦截\n更正：只拦第一个 第二个催件", "zto", "intercept A; urge B", cats=(2, 7))
R("{A} 还是拦截吧 刚才说改地址的不算", "deppon", "intercept A", cats=(2,))
R("不好意思 上面那条发错了 {A} 应该是改地址 改到 郑州市二七区大学路 66 号 赵女士", "ems",
  "change_address A", cats=(2,))
R("{A} 核重 哦不对 重量没问题 是东西碎了", "jd", "damaged A", cats=(2,))
R("{A} 理赔…不对 先仲裁", "yunda", "arbitration A", cats=(2,))
R("{A} 退回\n更正一下 是改派 地址 南宁市西乡塘区 大学东路 100 号 {PN}", "zto", "change_address A", cats=(2, 4))
R("刚才那个号少复制了几位 重发：{A} 拦截", "yto", "intercept A", cats=(2,))
R("{A} 查件 哦 不对 客户说显示签收了没收到 核实一下", "jt", "verify_delivery A", cats=(2,))
R("{A} 改地址 地址是 长沙市天心区 书院路 9 号\n地址发错了 改成 长沙市开福区 芙蓉中路一段 88 号", "ems",
  "change_address A", cats=(2,))

# ---------------------------------------------------------------------------------------------------------
# Quotes of earlier messages, of customers, and of the bot's replies (category 3)
# ---------------------------------------------------------------------------------------------------------

R("「阿珍：{A} 拦截」\n- - - - - - - - - - - - - - -\n这个也帮我拦下 {B}", "yto", "intercept B", cats=(3,))
R("「阿芳：{A} 到哪了」\n- - - - - - - - - - - - - - -\n这单催一下", "zto", "urge A", cats=(3,))
R("引用 小林：{A} 改地址 厦门市集美区杏林湾路 8 号\n改好了吗？", "sto", "", nh=True, cats=(3,))
R("@李姐 {A} 拦截已提交，结果会第一时间通知您\n好的 谢谢", "jt", "", cats=(3,))
R("@陈老板 {A} 已为您催促派送，请耐心等待\n催了三次了还没送 这单我要投诉", "yunda", "complaint A", cats=(3,))
R("@王哥 {A} 改址已提交，结果会第一时间通知您\n不用改了 客户说原地址能收", "ems", "", nh=True, cats=(1, 3))
R("@小周 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "cainiao", "cancel A", cats=(3,))
R("@小周 {A} 已签收，无法拦截\n那这单投诉 快递员没经过客户同意就放快递柜了", "zto", "complaint A", cats=(3,))
R("回复 @阿强：{A} 退回\n上面这个不退了 客户又要了", "yto", "", nh=True, cats=(1, 3))
R("引用 梅子：{A} 碎了\n对 就是这单 要申请理赔", "deppon", "claim A", cats=(3, 8))
R("「老陈：{A} 改地址 晚点发新地址」\n- - - - - - - - - - - - - - -\n新地址：长沙市岳麓区麓山南路 932 号 陈生 {PN}",
  "jd", "change_address A", cats=(3, 4))
R("@阿梅 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n好 另外 {B} 也碎了", "yto", "damaged B", cats=(3,))
R("@阿玲 您的消息已转人工客服处理，请稍候\n人呢？{A} 急着拦截啊", "zto", "intercept A", cats=(3,))
R("引用 我：{A} 拦截\n发错了 这单不拦", "jt", "", nh=True, cats=(1, 3))
R("「客户：这单 {A} 到现在都冇收到」\n- - - - - - - - - - - - - - -\n显示已经签收了的 帮我核实下", "sf",
  "verify_delivery A", cats=(3,))
R("转发客户消息：“{A} 这个快递破了 里面碗碎了两个 怎么办”\n帮我登记一下破损", "jt", "damaged A", cats=(3,))
R("引用 阿花：{A} 拦截\n{B} 跟上面那个一样处理", "sto", "intercept B", cats=(3,))
R("回复 @老板娘：{A} 拦截 {B} 拦截\n第二个不用了 客户说要", "zto", "", nh=True, cats=(1, 3, 7))
R("「大刘：{A} 撤单」\n- - - - - - - - - - - - - - -\n这单快递员已经收走了 改拦截吧", "yunda", "intercept A", cats=(2, 3))
R("@张姐 请确认：{A} 拦截退回？回复“确认”即办理\n等等 我再问问客户", "cainiao", "", cats=(3,))
R("客户发我的：「{A} 三天了都不动 你们发的什么快递」\n麻烦催一下这单", "jt", "urge A", cats=(3,))
R("客户讲：“我唔要啦 退返俾你”\n{A} 咁就拦截啦", "sf", "intercept A", cats=(3, 5))
R("@小李 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n破损登记了 那能赔不 要赔钱的", "jd", "claim A",
  cats=(3, 8))

# ---------------------------------------------------------------------------------------------------------
# Numbers that are not waybills: phones, order numbers, amounts, dates (category 4)
# ---------------------------------------------------------------------------------------------------------

R("订单号{O} 快递单号{A} 客户退款了 拦截", "zto", "intercept A", cats=(4,))
R("订单编号：{O}\t运单号：{A}\t状态：已发货\n这个帮我拦一下", "yto", "intercept A", cats=(4,))
R("{A} 收件人手机换了 新号 {PN} 地址不变", "yunda", "change_address A", nh=True, cats=(4,))
R("{A} 改到 福建省莆田市城厢区文献西路 128 号 林先生 {PN}", "ems", "change_address A", cats=(4,))
R("{A} 运费 12.5 元 实际 3 斤 多收钱了 核一下重量", "jt", "weight A", cats=(4,))
R("{P} 这个是我电话 {A} 有事打我 先帮我拦截", "sto", "intercept A", cats=(4,))
R("{A} 货值 1280 元 碎了 要赔", "jd", "claim A", cats=(4, 8))
R("客户手机 {PN}\n客户姓名 吴**\n快递单号 {A}\n麻烦催一下", "ems", "urge A", cats=(4,))
R("尾号 5678 的那个拦一下", "yto", "", nh=True, cats=(4,))
R("手机号{P}的那个件到哪了", "zto", "", nh=True, cats=(4,))
R("{A}拦截 有问题打{PN}", "sf", "intercept A", cats=(4,))
R("订单号：{O}\n这个订单的快递拦截一下", "yto", "", nh=True, cats=(4,))
R("{A} 改地址 电话{PN} 收件人不变 地址换成 江门市蓬江区建设三路 99 号", "jd", "change_address A", cats=(4,))
R("拼多多订单 {O}\n物流单号 {A}\n买家申请退款 麻烦退回", "yunda", "intercept A", cats=(4,))
R("{A} 改个电话 旧的 {PN} 不用了 新的 {PN2} 地址不动", "ems", "change_address A", nh=True, cats=(4,))
R("抖店订单号 {O2} / {O}\n对应快递 {A}\n客户取消了 还没揽收 撤单", "sto", "cancel A", cats=(4,))
R("{A} 赔了 50 块就完了？东西值 300 呢 我要申请仲裁", "jd", "arbitration A", cats=(4,))
R("电话 {PN} 地址 佛山市禅城区 季华五路 10 号 这个收件人的件改一下", "sf", "", nh=True, cats=(4,))

# ---------------------------------------------------------------------------------------------------------
# Numbers broken by copying: spaced, dashed, split over two lines (category 6)
# ---------------------------------------------------------------------------------------------------------

R("{A:sp} 拦截", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "zto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n催一下", "yto", "urge A", cats=(6,))
R("{A:dash} 到哪了", "sf", "track A", cats=(6,))
R("{A:nl} 撤单", "sto", "cancel A", cf=True, cats=(6,))
R("{A:nl} 改地址 上海市浦东新区张杨路 500 号 朱小姐", "jt", "change_address A", cf=True, cats=(6,))
R("{A:sp} 破损 箱子烂了", "ems", "damaged A", cats=(6,), draw="ems_s10")
R("帮我查下这个 {A:nl}", "cainiao", "track A", cats=(6,))
R("{A:sp}\n{B:sp}\n这两个拦截", "zto", "intercept A B", cats=(6,))
R("{A:nl} 退回 客户不要了", "deppon", "intercept A", cf=True, cats=(6,))
R("{A:nl} 这个丢了吧 一直找不到", "yunda", "lost A", cats=(6,))
R("挂号信 {A:sp} 到哪了 寄给我妈的茶叶", None, "track A", cats=(6,), draw="ems_s10")
R("{A:nl} 投诉 派件员骂人", "ems", "complaint A", cats=(6,))
R("{A:sp} 改派到 无锡市梁溪区 中山路 288 号 {PN}", "zto", "change_address A", cats=(4, 6))

# ---------------------------------------------------------------------------------------------------------
# Several parcels, different commands: positional references, pasted tables (category 7)
# ---------------------------------------------------------------------------------------------------------

R("今天三单：{A} {B} {C}\n第一个退回，剩下的催件", "yto", "intercept A; urge B C", cats=(7,))
R("{A} 拦截\n{B} 催件\n{C} 查重量", "zto", "intercept A; urge B; weight C", cats=(7,))
R("{A} {B}\n前面那个撤单 后面那个改地址到 东莞市南城区鸿福路 200 号 {PN}", "sto", "cancel A; change_address B",
  cats=(4, 7))
R("{A}\t拦截\n{B}\t催件\n{C}\t拦截", "yunda", "intercept A C; urge B", cats=(7,))
R("{A}    改址    佛山市南海区桂城街道南海大道 18 号\n{B}    退回", "jt", "change_address A; intercept B", cats=(7,))
R("{A}、{B}、{C}、{D} 第二个和第四个拦截 其他的不用管", "yto", "intercept B D", cats=(7,))
R("{A}\n{B}\n{C}\n以上都退回", "cainiao", "intercept A B C", cats=(7,))
R("{A} 碎了 {B} 丢了 {C} 显示签收没收到", "deppon", "damaged A; lost B; verify_delivery C", cats=(7,))
R("{A} {B} 一个要退一个要催 你们看着办", "jd", "", nh=True, cats=(7,))
R("{A} 改地址 {B} 也是同一个客户的 一起改到 南宁市青秀区民族大道 136 号 韦姐 {PN}", "zto",
  "change_address A B", cats=(4, 7))
R("{A}拦截 {B}拦截 {C}催件 {D}撤单", "sto", "intercept A B; urge C; cancel D", cats=(7,))
R("下午发的 {A} {B} {C}\n中间那个客户退款了 帮我拦下来 另外两个正常", "jt", "intercept B", cats=(7,))
R("单号\t问题\n{A}\t破损\n{B}\t少件\n{C}\t延误", "zto", "damaged A; lost B; delay C", cats=(7,))
R("{A} 拦截，{B} 改派到 深圳市宝安区新安街道创业一路 1 号 刘生 {PN}，{C} 催件", "sf",
  "intercept A; change_address B; urge C", cats=(4, 7))
R("{A} {B} 头一个查重量 第二个投诉 收件员把我货扔地上", "deppon", "weight A; complaint B", cats=(7,))
R("运单号           操作\n{A}      拦截\n{B}      拦截\n{C}      撤单", "yunda", "intercept A B; cancel C",
  cats=(7,))
R("顺丰 {A} 催\n圆通 {B} 拦\n极兔 {C} 查", None, "urge A; intercept B; track C", cats=(5, 7),
  draw={"A": "sf", "B": "yto", "C": "jt"})
R("{A} 和 {B} 两单 后面那单改地址 前面那单不动", "ems", "change_address B", nh=True, cats=(7,))
R("这几单情况：\n{A} 三天没动\n{B} 客户说少了一件\n{C} 显示签收客户没收到\n麻烦分别处理", "jt",
  "delay A; lost B; verify_delivery C", cats=(7,))
R("{A} 退回 {B} 也退回 {C} 退不退我还在问客户", "yto", "intercept A B", cats=(7,))
R("{A} {B} 帮我查下这俩 第一个到哪了 第二个是不是丢了 半个月了", "zto", "track A; lost B", cats=(7,))
R("{A}:拦截\n{B}:拦截\n{C}:改地址 新地址等客户发我", "sto",
  "intercept A B; change_address C", nh=True, cats=(7,))

# ---------------------------------------------------------------------------------------------------------
# Compound requests: compensation, damage with a complaint, several intents for one number (category 8)
# ---------------------------------------------------------------------------------------------------------

R("{A} 破了 快递员还扔着送 投诉这个快递员", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 茶具全碎了 要赔 还要投诉 快递员根本没小心放", "sto", "claim A; complaint A", cats=(8,))
R("{A} 拦截 并且投诉 快递员私自把件放门卫", "zto", "intercept A; complaint A", cats=(8,))
R("{A} 耽误四天 客户闹着要投诉你们", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户都投诉到我这来了", "jt", "urge A; complaint A", cats=(8,))
R("{A} 显示签收 没收到 还是快递员自己签的 投诉", "ems", "verify_delivery A; complaint A", cats=(8,))
R("{A} 丢件 申请赔偿 快递员态度还差 投诉", "cainiao", "claim A; complaint A", cats=(8,))
R("{A} 重量多算了 还有快递员收件时把箱子踩瘪了 登记破损", "deppon", "weight A; damaged A", cats=(8,))
R("{A} 催件 顺便查下重量 感觉运费不对", "jt", "urge A; weight A", cats=(8,))
R("{A} 碎咗 要投诉个派件 扔嘢咁扔", "sf", "damaged A; complaint A", cats=(5, 8))
R("{A} 弄丢了还不认 投诉 要赔钱", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 找不着了 赔偿走起 快递员还说不关他事 这个得投诉", "yto", "claim A; complaint A", cats=(5, 8))
R("{A} 芒果压烂了 派件的还把箱子从车上往下扔 我都看到了 投诉", "jt", "damaged A; complaint A", cats=(8,))
R("{A} 重量核一下 另外这单也延误了 打个延误", "jd", "weight A; delay A", cats=(8,))
R("{A} 客户说虚假签收 要投诉快递员", "sto", "verify_delivery A; complaint A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------
# Hedged and conditional requests
# ---------------------------------------------------------------------------------------------------------

R("{A} 要不拦截吧 客户好像不想要了", "yto", "intercept A", cf=True)
R("{A} 可能要退回 我再问下客户", "zto", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说搬到 杭州市拱墅区莫干山路 100 号 了", "sto", "change_address A", cf=True)
R("{A} 先帮我拦住？我跟客户确认下再说", "jt", "intercept A", cf=True)
R("{A} 还能撤不 能撤就撤了吧", "yunda", "cancel A")
R("{A} 没签收的话帮我退回来", "cainiao", "intercept A")
R("{A} 拦一下…不对 先别拦…还是拦吧…哎 我再想想", "cainiao", "intercept A", cf=True, cats=(1, 2))
R("{A} 我在想要不要撤单 客户还没付尾款", "deppon", "cancel A", cf=True)
R("{A} 拦不拦呢 客户说可能不要了 要不先拦", "yto", "intercept A", cf=True)
R("{A} 要不要改地址我也拿不准 客户给了个新地址 沈阳市皇姑区 黄河北大街 56 号", "zto", "change_address A", cf=True)
R("{A} 如果还没派送就改到 青岛市市南区 香港中路 76 号", "jt", "change_address A")
R("{A} 怕是要拦哦 客户那边好像出啥事了 我再确认下", "ems", "intercept A", cf=True, cats=(5,))
R("{A} 没出网点的话就拦下来 出了就算了", "zto", "intercept A")
R("{A} 可唔可以拦截啊 如果唔得就算啦", "sf", "intercept A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------
# Questions about an action, and commands that cannot be acted on
# ---------------------------------------------------------------------------------------------------------

R("{A} 上次改地址改好了没", "yto", "", nh=True)
R("拦截一下", "yto", "", nh=True)
R("帮我催一下 急急急", "zto", "", nh=True)
R("YT40192 拦截", "yto", "", nh=True, cats=(4,))
R("75123 催件", "zto", "", nh=True, cats=(4,))
R("{A} 到哪了 顺便把这单运费发票开一下", "ems", "track A", nh=True)
R("{A} 能不能送货上门 别放驿站", "deppon", "", nh=True)
R("这个单号我找不到了 客户叫李娜 广州的 帮我拦一下", "sf", "", nh=True)
R("那个穿红衣服的快递员态度太差了 我要投诉", "cainiao", "", nh=True)
R("{A} 退回的件到了没 我要拿去重发", "yto", "track A")
R("JT12345678 改地址", "jt", "", nh=True, cats=(4,))
R("{A} 撤单了没 快递员咋还打电话来要收件", "sto", "", nh=True)


# ---------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    W.main()
