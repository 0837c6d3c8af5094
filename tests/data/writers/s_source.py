"""Writer s: after-sales agents of online shops (cosmetics, electronics, books, furniture parts) in WeCom groups —
damage, loss, wrong weights, late parcels, claims and complaints, often several in one message, with the
self-corrections of a busy agent ("上一条作废", "刚才说错了", "补充一下").

Every message text below is written by hand; only waybill numbers, phone numbers and platform order numbers are
filled in (from ../waybill_numbers.py, seeded). Run from the repository root:

    python tests/data/writers/s_source.py

which writes tests/data/writers/s.jsonl (reproducible).

Template placeholders:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case, {A:fw} full-width, {A:cut} one digit short, {A:typo} one digit wrong
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
"""

from __future__ import annotations

from harness import Writer  # tests/data/writers/harness.py: placeholders, build, main

W = Writer("s", seed=20240817)
R = W.R


Q = "\n- - - - - - - - - - - - - - -\n"  # the line under a WeCom quote


# ---------------------------------------------------------------------------------------------------------
# A. plain requests: one intent, one or a few numbers
# ---------------------------------------------------------------------------------------------------------

# intercept
R("{A} 拦截 客户不要了", "yto", "intercept A")
R("麻烦拦截一下 {A}，买家拍错色号了😂", "sf", "intercept A")
R("{A}\n拦截退回 谢谢亲", "zto", "intercept A")
R("这单帮忙拦回来 {A} 客户省份都填错了", "jt", "intercept A")
R("@快递小助手 {A} 截件 急急急", "sto", "intercept A")
R("{A} 客户拒收 退回", "yunda", "intercept A")
R("亲 {A} 别派了 退回来 客户已经退款了", "cainiao", "intercept A")
R("拦一下哈 {A}", None, "intercept A", draw="jd")
R("{A}退件", "ems", "intercept A")
R("{A} 买家申请了仅退款 麻烦拦截退回仓库 辛苦", "deppon", "intercept A")
R("能帮忙拦截吗 {A} 客户说不想要了🙏", "yto", "intercept A")
R("{A} 拦截！！！", None, "intercept A", draw="jt")
R("{A} {B} {C} 全部拦截 仓库发错货了", "zto", "intercept A B C")
R("以下单号拦截：\n{A}\n{B}", "sf", "intercept A B")
R("帮忙截一下这两个件 {A}、{B} 书发错版本了", "yunda", "intercept A B")
R("{A} 拦截退回 退回地址就是寄件地址", "sto", "intercept A")
R("{A} 收件人电话一直关机 联系不上 拦回来", "jd", "intercept A")
R("退回 {A} 买家留的地址是假的", "ems", "intercept A", draw="ems_s10")
R("{A} 麻烦拦截 耳机型号发错了 我们重新补发", None, "intercept A", draw="sf")
R("拦截 {A}", "cainiao", "intercept A")
R("{A} 这个玻璃台面客户取消订单了 帮忙拦截退回", "deppon", "intercept A")
R("老师们 {A} 截一下 谢谢", "jt", "intercept A")
R("{A} 攔截退回 麻煩了", None, "intercept A", cats=(5,), draw="yto")
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("intercept {A} pls, buyer cancelled", None, "intercept A", cats=(5,), draw="jd")
R("{A} 客户要求退回 不派了", "yunda", "intercept A")
R("{A} 这个件还在路上吧 帮我拦下来 发错仓了", "sto", "intercept A")
R("刚发出去的 {A} 赶紧拦 少装了一个铰链", "deppon", "intercept A")
R("{A} 这个买家是职业差评师 拦截", "zto", "intercept A")

# cancel
R("{A} 撤单 还没揽收", "zto", "cancel A")
R("{A} 取消寄件 客户不要了", "sto", "cancel A")
R("撤单 {A} 仓库打重复了", "yto", "cancel A")
R("{A} 这个单号作废 面单打错了", "sf", "cancel A")
R("{A} 不寄了 快递员别来收了", "jt", "cancel A")
R("取消订单 {A} {B}", "yunda", "cancel A B")
R("{A} chedan", "cainiao", "cancel A", cats=(5,))
R("{A} 撤單", "ems", "cancel A", cats=(5,))
R("麻烦把 {A} 撤掉 还没发 重复下单了", "jd", "cancel A")
R("今天面单打多了三张 {A} {B} {C} 撤销一下", "zto", "cancel A B C")
R("cancel the order {A}, not picked up yet", None, "cancel A", cats=(5,), draw="sf")
R("{A} 撤单哈 买家退款了 货还在我们仓库", "deppon", "cancel A")
R("{A} 这票取消 不发了", "yunda", "cancel A")

# change_address
R("{A} 改地址：浙江省杭州市余杭区文一西路998号海创园5号楼 陈小姐 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 地址改为 广东省深圳市南山区深南大道9966号威盛大厦12楼 收件人电话不变", "sf", "change_address A")
R("麻烦转寄 {A}\n新地址：江苏省苏州市工业园区星湖街328号\n王先生 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 改派到 北京市朝阳区望京SOHO T3 1508 电话没变", None, "change_address A", draw="jd")
R("gaizhi {A} 上海市闵行区漕宝路3366弄12号301 李女士 {PN}", "yunda", "change_address A", cats=(4, 5))
R("{A} 客户搬家了 改到 成都市武侯区天府大道中段666号 周先生 {PN}", "sto", "change_address A", cats=(4,))
R("{A} 更改收件地址：湖北省武汉市洪山区珞喻路1037号华中科技大学东校区 韦同学 {PN}", "ems", "change_address A",
  cats=(4,))
R("帮忙改下地址 {A} 改到天津市河西区友谊路35号 收件人赵磊 电话{PN}", "jt", "change_address A", cats=(4,))
R("{A} 地址写错了 改为 西安市雁塔区小寨东路126号百隆广场B座2003", "cainiao", "change_address A")
R("{A} 更址 新地址 长沙市岳麓区麓谷大道627号 收件人不变", "deppon", "change_address A")
R("{A} 转寄到客户公司：郑州市金水区花园路39号 建业大厦1706 黄女士 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 修改地址 原地址小区名打错 正确是 合肥市蜀山区望江西路 绿地蓝海8栋1203", "yto", "change_address A")
R("{A} change address to 厦门市思明区观日路24号 Ms. Lin {PN}", "sf", "change_address A", cats=(4, 5))

# urge
R("{A} 催一下 客户等着用", "yto", "urge A")
R("{A} 加急派送 谢谢", "sf", "urge A")
R("这个件催催 {A} 到你们网点两天了", "zto", "urge A")
R("{A} 尽快派送 客户明天出差", "sto", "urge A")
R("{A} {B} 催件", "yunda", "urge A B")
R("cuijian {A}", "jt", "urge A", cats=(5,))
R("{A} 咋还不到 催催", "cainiao", "urge A")
R("麻烦催一下派件 {A} 客户一直在问 烦死了😭", None, "urge A", draw="jd")
R("{A} urgent please, customer needs it by tomorrow", None, "urge A", cats=(5,), draw="yto")
R("{A} 帮忙催下派送 里面是客户婚礼要用的东西", "deppon", "urge A")
R("催件：\n{A}\n{B}\n{C}", "ems", "urge A B C")
R("{A} 能不能催一下 派送中一上午了", "zto", "urge A")
R("{A} 快点送吧 求求了 客户要给差评了", "sto", "urge A")
R("{A} 催派 客户下午三点前要", "jt", "urge A")
R("帮我催一下 {A} 这是教材 学生开学要用", "yunda", "urge A")
R("{A} 加急加急🙏", None, "urge A", draw="sf")

# verify_delivery
R("{A} 显示签收了 客户说没收到", "yto", "verify_delivery A")
R("{A} 核实签收 买家说家里没人 谁签的", "zto", "verify_delivery A")
R("{A} 虚假签收 客户根本没拿到", "jt", "verify_delivery A")
R("{A} 系统显示签收 客户去驿站也没找到", "yunda", "verify_delivery A")
R("{A} 妥投了但是客户说没收到", "ems", "verify_delivery A", draw="ems_s10")
R("{A} 别人签收了？客户说不认识签收人", None, "verify_delivery A", draw="sf")
R("{A} 签收未收到 麻烦核实", "cainiao", "verify_delivery A")
R("{A} 显示本人签收 但是买家说没收到货 还给了差评", "sto", "verify_delivery A")
R("麻烦核实下 {A} 的签收 收件人说门口什么都没有", "jd", "verify_delivery A")
R("{A} 显示已签收？？客户在家待了一整天 根本没人送", "deppon", "verify_delivery A")

# damaged
R("{A} 破损 面霜瓶子碎了", "yto", "damaged A")
R("{A} 外箱压扁了 显示器屏幕裂了", "sf", "damaged A")
R("{A} 漏液 精华整瓶漏光了 客户拍了照", "zto", "damaged A")
R("{A} 书角全折了 封面也泡水了", "yunda", "damaged A")
R("{A} 柜门玻璃碎了 客户开箱发现的", "deppon", "damaged A")
R("{A} 压坏了", "jt", "damaged A")
R("{A} 外包装破损 里面香水瓶裂了", "cainiao", "damaged A")
R("{A} 键盘键帽掉了好几个 盒子都是凹的", None, "damaged A", draw="jd")
R("{A} 破损登记一下 桌腿断了一根", "sto", "damaged A")
R("{A} 粉底液压爆了 盒子里全是", "ems", "damaged A")
R("{A} 外箱破了", "yto", "damaged A")
R("{A} 损坏 充电宝外壳裂开了", "zto", "damaged A")

# lost
R("{A} 丢件 网点说找不到了", "zto", "lost A")
R("{A} 遗失 麻烦登记", "sto", "lost A")
R("{A} 件没了 哪都找不着", "jt", "lost A")
R("{A} 少件 一共3箱只到了2箱", "deppon", "lost A")
R("{A} 一周没更新 是不是丢了", "yunda", "lost A")
R("{A} 丢了 中转站说没扫到", "yto", "lost A")
R("{A} 丢失 里面是平板 客户急死了", None, "lost A", draw="sf")
R("{A} 包裹遗失 请登记", "cainiao", "lost A")
R("{A} 派件员说件找不到了", "ems", "lost A")

# weight
R("{A} 重量不对 一本书算了3公斤", "yunda", "weight A", cats=(4,))
R("{A} 核重 实际才0.8kg", "zto", "weight A", cats=(4,))
R("{A} 查重量 感觉扣多了", "sto", "weight A")
R("{A} 超重？一盒口红计了2kg 帮核一下", "yto", "weight A", cats=(4,))
R("{A} {B} 重量都不对 麻烦称一下", "jt", "weight A B")
R("麻烦核一下重量 {A} 床头板我们自己称18kg 系统显示32", "deppon", "weight A", cats=(4,))
R("{A} 计费重量有问题 核重", "sf", "weight A")
R("{A} 称重异常 跟我们打包称的差了一倍", "cainiao", "weight A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("{A} 什么时候到 客户问", "sf", "track A")
R("查件 {A}", "jt", "track A")
R("{A} 查一下物流 谢谢", "sto", "track A")
R("where is {A}?", None, "track A", cats=(5,), draw="jd")
R("{A}\n{B}\n这两个到哪了", "yunda", "track A B")
R("{A} 麻烦看下到哪个站了", "ems", "track A")
R("{A} 这个是客户寄回来的退货件 到哪了", "sto", "track A")
R("帮看下 {A} 派送了没", "cainiao", "track A")
R("{A} 在哪呢 客户问好几遍了", "deppon", "track A")
R("{A}\n？", "yto", "track A")

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 延误 承诺次日达 现在第四天了", "sf", "delay A")
R("{A} 好几天没更新了", "yto", "delay A")
R("{A} 停在中转站不动了", "jt", "delay A")
R("{A} 打延误", "yunda", "delay A")
R("{A} 咋还没到 是不是延误了", "sto", "delay A")
R("{A} 物流停滞5天了 麻烦登记一下", "cainiao", "delay A")
R("{A} {B} 都卡在分拨中心好几天了", "ems", "delay A B")
R("{A} 超时了 说好48小时到", "jd", "delay A")

# claim
R("{A} 申请理赔 货值599", "yto", "claim A", cats=(4, 8))
R("{A} 丢了 要赔偿", "zto", "claim A", cats=(8,))
R("{A} 破损 要求赔付 发票金额1280元", "sf", "claim A", cats=(4, 8))
R("{A} 理赔", "jt", "claim A", cats=(8,))
R("{A} 漏液了 客户要我们赔 我们找你们赔", "cainiao", "claim A", cats=(8,))
R("compensation for {A} please, parcel lost", None, "claim A", cats=(5, 8), draw="jd")
R("{A} 赔付一下 保价了的 2000", "deppon", "claim A", cats=(4, 8))

# complaint
R("{A} 投诉 快递员态度差 骂我们客户", "yto", "complaint A")
R("{A} 客诉 派件员不送上楼 直接扔楼下", "zto", "complaint A")
R("{A} 快递员没打电话就放驿站了 客户很生气 投诉", "sto", "complaint A")
R("投诉一下 {A} 的派件员 说好送货上门 结果让客户自己去拿", "jt", "complaint A")
R("{A} complain, the courier was super rude", None, "complaint A", cats=(5,), draw="sf")
R("{A} 这个派件员第三次了 每次都不送 投诉", "yunda", "complaint A")

# arbitration
R("{A} 理赔金额不认可 申请仲裁", "zto", "arbitration A")
R("{A} 仲裁", "yto", "arbitration A")
R("{A} 这个纠纷申请一下仲裁 网点一直推脱", "sto", "arbitration A")
R("{A} 理赔被拒了 我们要仲裁", "jt", "arbitration A")


# ---------------------------------------------------------------------------------------------------------
# B. plain requests: several numbers, several commands, each said plainly
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截\n{B} 催件\n{C} 查重量", "zto", "intercept A; urge B; weight C")
R("今天的问题件：\n1、{A} 破损\n2、{B} 丢件\n3、{C} 三天没动", "yto", "damaged A; lost B; delay C")
R("{A} 改地址 南京市鼓楼区中山北路200号 孙女士 {PN}\n{B} 拦截", "sto", "change_address A; intercept B",
  cats=(0, 4))
R("{A} 催一下\n{B} 也催一下", "jt", "urge A B")
R("拦截\n{A}\n{B}\n{C}", "yunda", "intercept A B C")
R("{A} 破损 {B} 漏液", "cainiao", "damaged A B")
R("{A} 撤单 {B} 拦截", "zto", "cancel A; intercept B")
R("早上好 汇总一下昨天的售后：\n{A} 显示签收没收到\n{B} 外箱破了 里面眼影盘碎了\n{C} 重量不对 一斤的东西算成三斤\n麻烦了",
  "yto", "verify_delivery A; damaged B; weight C")
R("{A} 到哪了？{B} 帮忙拦截", None, "track A; intercept B", draw="sf")
R("{A} 延误 {B} 延误 {C} 延误 同一天发的 全卡住了", "ems", "delay A B C")
R("{A}、{B}、{C}、{D} 这四个催一下派送", "zto", "urge A B C D")
R("{A} 丢件\n{B} 少件 到了一箱还差一箱", "deppon", "lost A B")
R("{A} 核重\n{B} 核重\n{C} 核重", "yunda", "weight A B C")
R("{A} 投诉派件员 {B} 催件", "sto", "complaint A; urge B")
R("@快递小助手\n{A} 拦截\n{B} 拦截\n{C} 撤单（还没揽收）", "jt", "intercept A B; cancel C")
R("{A} 虚假签收\n{B} 虚假签收\n同一个快递员 两单都这样", "cainiao", "verify_delivery A B")
R("这几个查下物流 {A} {B} {C}", None, "track A B C", draw="jd")
R("{A}破损{B}丢失", "yto", "damaged A; lost B")
R("{A} 改派 上海市徐汇区漕溪北路88号圣爱大厦9楼 前台代收\n{B} 改派 同上地址", "sf", "change_address A B")
R("{A} 加急\n{B} 查件", "ems", "urge A; track B")
R("帮忙处理一下：{A} 理赔（丢件），{B} 仲裁（理赔金额太低）", "zto", "claim A; arbitration B", cats=(8,))
R("{A} 漏液 {B} 压坏 {C} 外箱湿透", "yto", "damaged A B C")
R("{A} 拦截 {B} 拦截 {C} 改地址 杭州市西湖区文三路478号华星时代广场A座 {PN} 吴", "zto",
  "intercept A B; change_address C", cats=(4,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n以上都是今天要拦截的", "sto", "intercept A B C D E")
R("{A} 延误\n{B} 丢件\n{C} 破损\n{D} 核重\n今天就这些 辛苦老师", "yunda", "delay A; lost B; damaged C; weight D")
R("{A} 取消\n{B} 取消\n下午不用来收了", "jt", "cancel A B")
R("{A} 显示签收 没收到；{B} 三天不动；{C} 到哪了", "cainiao", "verify_delivery A; delay B; track C")
R("麻烦拦截 {A} 还有 {B}", "deppon", "intercept A B")
R("{A} 查件 {B} 查件", None, "track A B", draw={"A": "yto", "B": "jt"})
R("{A} 投诉 {B} 投诉 同一个网点的 一直不派送", "sf", "complaint A B")
R("{A} 撤单 {B} 撤单 {C} 撤单 {D} 撤单", "zto", "cancel A B C D")
R("各位早 {A} 催件 {B} 拦截 {C} 核实签收", "yto", "urge A; intercept B; verify_delivery C")
R("{A} 仲裁 {B} 理赔", "sto", "arbitration A; claim B", cats=(8,))
R("{A} 拦截 客户拒收\n{B} 拦截 地址不详\n{C} 催件\n{D} 催件\n{E} 查下到哪了", None,
  "intercept A B; urge C D; track E", draw={"A": "yto", "B": "yto", "C": "jt", "D": "sf", "E": "jd"})
R("{A} 催一下 {B} 也是 这两个都是同一个买家的", "yunda", "urge A B")

# other wording: voice-to-text, pinyin, English, traditional, dialect, emoji
R("那个 麻烦帮我把这个单拦截一下啊 单号是 {A} 嗯 客户那边说不要了", "zto", "intercept A", cats=(5,))
R("你好我想问一下就是这个{A}这个单号怎么还没到啊帮我催一下好吧", "yto", "urge A", cats=(5,))
R("{A} 帮我 cui 一下", "jt", "urge A", cats=(5,))
R("{A} pls check weight, we were charged for 5kg", None, "weight A", cats=(4, 5), draw="sf")
R("{A} damaged on arrival, bottle broken", None, "damaged A", cats=(5,), draw="jd")
R("{A} lost? no update for 10 days", None, "lost A", cats=(5,), draw="yto")
R("{A} 签收了但是没收到 hexin yixia", "zto", "verify_delivery A", cats=(5,))
R("{A} 幫忙催件 謝謝", None, "urge A", cats=(5,), draw="sf")
R("{A} 遺失 請登記", "ems", "lost A", cats=(5,))
R("{A} 破損了 客戶要求賠償", "yunda", "claim A", cats=(5, 8))
R("{A} 这个件 咋个还没到嘛 帮我催哈嘛", "sto", "urge A", cats=(5,))
R("{A} 东西到了是坏滴 瓶子都碎咯", "cainiao", "damaged A", cats=(5,))
R("{A} 快滴 拦下来 莫派了", "jt", "intercept A", cats=(5,))
R("{A} yanwu le 5 tian mei dong", "yunda", "delay A", cats=(5,))
R("{A} 改个地址 gai dao 南宁市青秀区民族大道136号华润大厦C座 刘 {PN}", "zto", "change_address A", cats=(4, 5))
R("{A} tousu 快递员", "yto", "complaint A", cats=(5,))
R("{A}👉拦截🙏", None, "intercept A", cats=(5,), draw="jd")
R("{A} 🚚💨 催催催", "sto", "urge A", cats=(5,))
R("{A} 📦💔 碎了", "yto", "damaged A", cats=(5,))
R("{A} 哪去了😤 一礼拜了 是不是丢了", "zto", "lost A", cats=(5,))
R("嗯那个就是{A}这个快递显示签收了但是客户说她没有收到麻烦你们帮忙核实一下谢谢", "jt", "verify_delivery A",
  cats=(5,))
R("{A} weight wrong, pls recheck", "cainiao", "weight A", cats=(5,))


# a few more plain ones
R("{A} 拦截 客户七天无理由 不要了", "jd", "intercept A")
R("{A} 催一下 显示器客户等着装", "jd", "urge A")
R("{A} 到哪了 买家说物流页面打不开", "jd", "track A")
R("{A} 重量不对 一个铰链盒子计了5公斤", "sf", "weight A", cats=(4,))
R("{A} 显示签收 客户说没收到 快递柜里也没有", "sf", "verify_delivery A")
R("{A} 撤单 客户改拍别的颜色了", "sf", "cancel A")
R("{A} 丢件 客户等了十天了", "jd", "lost A")
R("{A} 压坏了 书脊都裂开了", "ems", "damaged A", draw="ems_s10")
R("{A} 加急 这单是补发的 客户已经等很久了", "ems", "urge A")
R("{A} 改地址 杭州市滨江区网商路699号 收件人不变", None, "change_address A", draw="sf")
R("{A} {B} 都压坏了", "jd", "damaged A B")
R("{A} 催派送", None, "urge A", draw="deppon")


# ---------------------------------------------------------------------------------------------------------
# C. chit-chat and questions with no waybill: nothing to do
# ---------------------------------------------------------------------------------------------------------

R("好的 谢谢亲", "zto")
R("收到👌", None)
R("辛苦了老师", "yto")
R("在吗", "sto")
R("今天几点来揽收？", "yunda")
R("明天放假吗 还收件不", "jt")
R("理赔一般多久到账啊", "sf")
R("拦截要收费吗", "zto")
R("改地址要另外收钱吗？", "yto")
R("你们核重是按体积重还是实重算的", "deppon")
R("双十一有没有发货限制 我们预计每天500单", "yunda")
R("请问破损件需要客户拍哪些照片", "sto")
R("上次那个理赔款到了 谢谢啦", "cainiao")
R("好的 那我跟客户说一声", None)
R("哈哈哈好的", "jd")
R("🙏🙏🙏", "ems")
R("今天件多吗 下午能早点来收不", "zto")
R("[图片]", "yto")
R("明早8点能来收吗 有80箱书", "yunda")
R("早上好☀️", "jt")
R("丢件一般按什么标准赔？保价和不保价有区别吗", "yto")
R("投诉电话是多少啊", "jt")
R("仲裁一般要多久出结果", "sto")
R("昨天拦截的那几单都退回来了 谢谢", "yunda")
R("这个月账单什么时候出", "zto")
R("好嘞 明白了", "cainiao")
R("收到收到 辛苦", "deppon")
R("ok thanks", None)
R("你们网点今天几点下班", "ems")
R("周末派送吗", "jd")
R("大件家具配件能寄吗 最长1米8", "deppon")
R("改地址一般多久能生效", "sf")
R("催件有用吗 感觉每次催了也没动😂", "yto")
R("晚安 明天见", "jt")
R("理赔需要提供什么材料？发票还是截图就行", "sto")
R("我们新来了个客服小姐姐 以后她也在群里发单 多多关照", "yunda")
R("哦哦 原来如此", "cainiao")
R("好的 等你们消息", "yto")
R("这个群是处理售后的吗", None)
R("上周那批核重的结果出来了吗", "yunda")
R("拦截成功的件大概几天能退回来", "jt")
R("谢谢小助手🤖", None)
R("[表情]", "sf")
R("节日快乐🎉", "zto")
R("今天的件都发完了 明天见", "yto")



# ---------------------------------------------------------------------------------------------------------
# D. corrections: of the command, of the number, "上一条作废", "刚才说错了", "补充一下"
# ---------------------------------------------------------------------------------------------------------

# the command corrected
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 破损\n刚才说错了 不是破损 是丢件 客户一件都没收到", "yto", "lost A", cats=(2,))
R("{A} 催件 不对不对 是拦截 客户不要了", "sto", "intercept A", cats=(2,))
R("{A} 改地址取消 还是拦截吧", "jt", "intercept A", cats=(2,))
R("{A} 延误登记一下\n更正：这个不是延误 是显示签收了客户没收到", "yunda", "verify_delivery A", cats=(2,))
R("{A} 查重量…打错字了 是查件 看看到哪了", "cainiao", "track A", cats=(2,))
R("{A} 理赔\n搞错了 应该是仲裁 理赔已经赔过了 金额不对", "sf", "arbitration A", cats=(2,))
R("{A} 拦截 哦 不是拦截 客户说换个地址就行 改到 福州市鼓楼区五四路158号环球广场21楼 郑先生 {PN}", "zto",
  "change_address A", cats=(2, 4))
R("{A} 投诉\n额 说错了 是催件 客户没投诉 就是着急", "jt", "urge A", cats=(2,))
R("{A} 退回\n等下 还是改派吧 改到 青岛市市南区香港中路10号颐和国际A座 {PN} 孙", "sto", "change_address A",
  cats=(2, 4))
R("{A} 查件 ❌ 催件 ✅", "zto", "urge A", cats=(2, 5))
R("{A} 延误 我改一下 是丢了 网点说找不到", "ems", "lost A", cats=(2,))
R("{A} 虚假签收\n不好意思 刚才说错了 客户在驿站找到了 是破损 盒子压扁了", "yto", "damaged A", cats=(2,))
R("{A} 拦截\n算了 不拦了\n唉还是拦 客户又变卦了", "jt", "intercept A", cats=(1, 2))
R("{A} 催件\n{A} 不对 这单昨天催过了 今天要登记延误", "sto", "delay A", cats=(2,))
R("{A} {B} 都拦截\n更正 {B} 是要撤单 还没揽收", "yto", "intercept A; cancel B", cats=(2,))
R("{A} 核实签收\n{A} 补充一下 快递员说放门口了 门口啥都没有 这个我们也要投诉", "zto",
  "verify_delivery A; complaint A", cats=(2, 8))
R("{A} 重量不对\n不好意思发错了 重量是对的 是外箱破了", "jd", "damaged A", cats=(2,))

# the number corrected
R("{C} 拦截 —— 更正 单号打错了 是 {A}", "yto", "intercept A", cats=(2,))
R("{A:typo} 催件\n打错了 {A}", "zto", "urge A", cats=(2,))
R("{A} {B:cut} 拦截\n第二个单号少打一位 应该是 {B}", "jt", "intercept A B", cats=(2,))
R("搞错了 应该是 {A} 要改地址 不是 {C}\n地址：沈阳市和平区南京北街206号 谢女士 {PN}", "yunda", "change_address A",
  cats=(2, 4))
R("{A:cut} 核重\n少打了一位 {A}", "cainiao", "weight A", cats=(2,))
R("{A} 丢件\n{B} 丢件\n第二个不对 是 {C}", "yto", "lost A C", cats=(2,))
R("{C} {B} 催一下\n哦 {C} 是别家的单 发错了 只催 {B}", "ems", "urge B", cats=(1, 2))
R("单号发错了 {C} 作废 正确单号 {A} 拦截", "zto", "intercept A", cats=(2,))
R("{A} 理赔 货值368\n单号贴错了 是 {B}", "jt", "claim B", cats=(2, 4, 8))
R("{A} 漏液 刚才发成 {C} 了 那个是好的 别登记错了", "yto", "damaged A", cats=(2,))
R("{A:cut}\n{B}\n{C}\n这三个拦截 第一个少了一位 完整的是 {A}", "zto", "intercept A B C", cats=(2, 7))
R("{A} 改派 宁波市鄞州区天童南路588号 {PN}\n单号错了 是 {B} 地址不变", "sto", "change_address B",
  cats=(2, 4))

# earlier messages taken back or replaced
R("上一条作废", "zto", "", nh=True, cats=(1, 2))
R("上一条作废\n{A} 不是拦截 是改地址：南昌市红谷滩区丰和中大道1188号九龙湖小区3栋 胡先生 {PN}", "sto",
  "change_address A", cats=(2, 4))
R("上一条作废 单号贴错了 正确的是 {A} 催件", "yunda", "urge A", cats=(2,))
R("上一条作废，{A} 不用拦了 客户又要了", "jt", "", nh=True, cats=(1, 2))
R("上一条作废 重新发：\n{A} 破损\n{B} 丢件", "cainiao", "damaged A; lost B", cats=(2,))
R("上面那条不算 {A} 是漏液不是压坏", "yto", "damaged A", cats=(2,))
R("刚才发的理赔那条撤回 {A} 客户说不要赔了 补发就行", "sf", "", nh=True, cats=(1, 2))
R("上一条作废 {A} 和 {B} 弄反了 {A} 是破损 {B} 是丢件", "yunda", "damaged A; lost B", cats=(2, 7))
R("{A} 延误 {B} 延误\n上一条里的 {C} 也是延误 刚才漏写了", "ems", "delay A B C", cats=(2,))
R("{A} 改地址 昆山市前进中路219号 {PN}\n打错了 不是昆山 是太仓 太仓市上海东路188号 电话不变", "zto",
  "change_address A", cats=(2, 4))

# additions
R("补充一下 {A} 也要拦截 跟刚才那几单一起", "zto", "intercept A", cats=(2,))
R("补充一下 刚才那单 {A} 客户还要投诉派件员 东西是直接从车上扔下来的", "yto", "complaint A", cats=(2,))
R("补充一下 {A} 的新地址漏了门牌号 是 广州市天河区体育西路191号中石化大厦B塔2208", "sf", "change_address A",
  cats=(2,))
R("补充一下：{A} 货值 1599 元 有保价 麻烦按保价赔", "jd", "claim A", cats=(2, 4, 8))
R("{A} 丢件\n补充一下 货值860 客户要求全额赔 保价单截图稍后发", "sto", "claim A", cats=(2, 4, 8))
R("{A} 改地址 武汉市江汉区解放大道690号武汉国际广场 {PN}\n噢忘了说 收件人也换了 是蔡女士", "yunda",
  "change_address A", cats=(2, 4))
R("{A} 拦截 {B} 拦截\n等下 {B} 客户刚说不退了 正常派\n{C} 补一个 也拦", "jt", "intercept A C", cats=(1, 2))


# ---------------------------------------------------------------------------------------------------------
# E. compound requests: compensation, damage with complaint, several intents for one number
# ---------------------------------------------------------------------------------------------------------

R("{A} 外箱压烂了 里面面霜碎了两瓶 快递员还把箱子扔门口就走 投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 破损 要赔 另外投诉一下这个派件员 送到了还让客户自己下楼搬", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 拦截 并且投诉派件员 电话里骂人", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 快递员自己把件退回了 客户根本没拒收 投诉", "yunda", "complaint A", cats=(8,))
R("{A} 派件员擅自给改派到驿站了 客户要投诉", "cainiao", "complaint A", cats=(8,))
R("{A} 快递员私自拦截了我们的件 都没人通知 投诉！", "zto", "complaint A", cats=(8,))
R("{A} 重量不对 500g的口红套盒算成2kg 麻烦核重 乱收费我要投诉", "yto", "weight A; complaint A", cats=(4, 8))
R("{A} 延误了 客户要投诉", "jt", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉到平台了", "sf", "urge A; complaint A", cats=(8,))
R("{A} 遗失 赔偿 投诉 一起处理", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 外包装破了 里面书角压坏 快递员态度还很差 说爱要不要", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 催一下 再帮我登记个延误 已经超时效两天了", "yto", "urge A; delay A", cats=(8,))
R("{A} 破损 客户要求赔偿 另外 {B} 也是一样的情况 只登记破损不用赔", "sf", "claim A; damaged B",
  cats=(1, 7, 8))
R("{A} 压坏 + 投诉", "jt", "damaged A; complaint A", cats=(8,))
R("{A} 拦截退回 另外这单重量也不对 一起核一下", "deppon", "intercept A; weight A", cats=(8,))
R("{A} 破损+理赔 泡沫都没塞 显示器边框摔变形", "zto", "claim A", cats=(8,))
R("{A} 丢件理赔 {B} 破损理赔", "yunda", "claim A B", cats=(8,))
R("{A} 改地址 上海市静安区南京西路1266号恒隆广场 {PN} 许小姐 另外催一下 客户今天就要", "sto",
  "change_address A; urge A", cats=(4, 8))
R("{A} 超重了多收了我们18块 核一下重量 这个网点之前就多收过 投诉", "cainiao", "weight A; complaint A",
  cats=(4, 8))
R("{A} 延误 + 投诉 + 催件 客户已经骂了一天了", "jt", "delay A; complaint A; urge A", cats=(8,))
R("{A} 仲裁 + 投诉 理赔拖了一个月", "sto", "arbitration A; complaint A", cats=(8,))
R("{A} 拦截 快递员说拦不了 不可能 刚揽收 投诉他", "jt", "intercept A; complaint A", cats=(8,))
R("{A} 客户说快递员没送货就点了签收 东西现在也不知道在哪 核实签收 投诉", "yunda",
  "verify_delivery A; complaint A", cats=(8,))
R("{A} 这个件压坏了 不用赔 登记一下就行 客户那边我们自己补发", "yto", "damaged A", cats=(1, 8))
R("{A} 丢件 不要投诉 只要赔钱", "sf", "claim A", cats=(1, 8))
R("{A} 漏液 外箱湿了一大片 顺便把重量也核一下 感觉这单收贵了", "cainiao", "damaged A; weight A", cats=(8,))
R("{A} 破损 另外 {B} 延误了 客户要投诉", "ems", "damaged A; delay B; complaint B", cats=(7, 8))
R("{A} 仲裁 理赔只给了运费 货值3600的床架", "deppon", "arbitration A", cats=(4, 8))
R("{A} 核实签收 {B} 理赔 {C} 投诉派件员 都是昨天那个快递员送的", "sto",
  "verify_delivery A; claim B; complaint C", cats=(8,))
R("@快递小助手 {A} 面霜破了 客户要赔\n{B} 这个还在转运中心趴着 催下\n还有 {C} 重量不对啊 200g的东西算了1.5kg\n辛苦🙏",
  "zto", "claim A; urge B; weight C", cats=(4, 8))
R("{A} 充电宝压变形了 客户不敢用 我们申请理赔 另外这单重量也核一下 收了我们6kg", "jd",
  "claim A; weight A", cats=(4, 8))
R("{A} {B} {C} 全破了 都是同一个网点出来的 全部要赔 投诉这个网点暴力分拣", "sto",
  "claim A B C; complaint A B C", cats=(7, 8))
R("早 今天的：\n{A} 客户说没收到但是显示签收了\n{B} 拦截 客户取消了\n{C} 不拦了 昨天那个 客户又要了\n{D} 到哪了",
  "yto", "verify_delivery A; intercept B; track D", nh=True, cats=(1, 7))
R("{A} 三天没动 客户说再不到就差评 帮我催 顺便登记个延误 谢谢谢谢", "cainiao", "urge A; delay A", cats=(8,))


# ---------------------------------------------------------------------------------------------------------
# F. negation and withdrawal, scoped to a number or clause
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=(1,))
R("{A} {B} {C} 都拦截 {B} 先不用 客户回复了还要", "zto", "intercept A C", cats=(1,))
R("{A} 不用拦了 客户又要了", "sto", "", nh=True, cats=(1,))
R("不用理赔了 {A} 客户说不要了", "jt", "", nh=True, cats=(1,))
R("{A} 拦截 … 算了不拦了 客户说收", "yunda", "", cats=(1,))
R("{A} 不是不拦 是现在就拦 快派送了", "cainiao", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 重庆市渝北区金开大道68号协信星光时代 {PN} 冯", "zto", "change_address A",
  cats=(1, 4))
R("{A} 不用催 帮我登记延误就行", "sto", "delay A", cats=(1,))
R("{A} 撤单不用了 已经揽收了 直接拦截", "jt", "intercept A", cats=(1, 2))
R("{A} 不要撤单 改地址 客户给了新地址：太原市小店区长风街705号和信商座 {PN} 任", "yunda", "change_address A",
  cats=(1, 4))
R("{A} 催件 {B} 不催 {B} 帮我查下到哪了", "ems", "urge A; track B", cats=(1,))
R("{A} {B} 拦截 其中 {A} 不拦了 客户改主意", "zto", "intercept B", cats=(1,))
R("{A} 这个不要投诉 只是想催一下", "cainiao", "urge A", cats=(1,))
R("{A} 刚才报的破损不用登记了 客户看错了 没破", "yunda", "", nh=True, cats=(1,))
R("不拦截 {A} 也不撤单 就是问问到哪了", "zto", "track A", cats=(1,))
R("{A} {B} {C} 除了 {A} 都不用催了", "jt", "", nh=True, cats=(1, 7))
R("{A} 不是要拦截 我是想改个地址 合肥市包河区徽州大道1号 {PN} 唐女士", "yto", "change_address A",
  cats=(1, 4))
R("{A} 拦截就不用了 催一下派送", "jd", "urge A", cats=(1,))
R("{A} 客户不投诉了 网点那边帮忙解决了 谢谢", "jt", "", nh=True, cats=(1,))
R("{A} 理赔不用了 改成仲裁", "zto", "arbitration A", cats=(1, 2))
R("{A} {B} 客户都拒收了 退回\n哦 {B} 客户又同意收了 别退", "deppon", "intercept A", cats=(1, 2))


# ---------------------------------------------------------------------------------------------------------
# G. quotes and replies, the bot's own replies quoted back
# ---------------------------------------------------------------------------------------------------------

R("「快递小助手：@美妆小七 {A} 拦截已提交，结果会第一时间通知您」" + Q + "好的 谢谢", "yto", "", cats=(3,))
R("「快递小助手：@美妆小七 {A} 拦截已提交，结果会第一时间通知您」" + Q + "不用拦了 客户又要了", "yto", "", nh=True,
  cats=(1, 3))
R("「快递小助手：@数码阿杰 {A} 已为您催促派送，请耐心等待」" + Q + "催了两天了还是没动 帮登记延误", "zto", "delay A",
  cats=(3,))
R("「快递小助手：@书店糖糖 {A} 已签收，无法拦截」" + Q + "签收了？客户说没收到啊 核实一下", "sto", "verify_delivery A",
  cats=(3,))
R("「快递小助手：@老周家具配件 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + Q + "撤单 {A}", "deppon",
  "cancel A", cats=(3,))
R("「快递小助手：@美妆小七 您的消息已转人工客服处理，请稍候」" + Q + "等了一个小时了 {A} 到底能不能拦", "jt",
  "intercept A", cats=(3,))
R("「快递小助手：@数码阿杰 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」" + Q + "客户要求赔偿 货值459",
  "jd", "claim A", cats=(3, 4, 8))
R("「快递小助手：@书店糖糖 {A} 改址已提交，结果会第一时间通知您」" + Q
  + "地址又变了 改成 南京市江宁区双龙大道1698号景枫中心 {PN} 糖", "yunda", "change_address A", cats=(3, 4))
R("引用 美妆小七：{A} 催件\n这个也登记个延误 一周了", "sto", "delay A", cats=(3,))
R("「书店糖糖：{A} 破损」" + Q + "这单客户还要投诉快递员 扔件", "yunda", "complaint A", cats=(3, 8))
R("「美妆小七：{A} 拦截」" + Q + "这个不用拦了 客户联系上了", "yto", "", nh=True, cats=(1, 3))
R("“{A} 显示签收没收到”\n这个怎么样了 有结果吗", "zto", "", nh=True, cats=(3,))
R("引用 老周家具配件：{A} 改地址 佛山市顺德区乐从镇家具城东区C2栋 {PN}\n{B} 也改到这个地址", "deppon",
  "change_address B", cats=(3, 4))
R("回复 @书店糖糖：{A} 拦截 {B} 拦截\n{B} 那个不用了 只拦 {A}", "yunda", "intercept A", nh=True, cats=(1, 3))
R("「快递小助手：@美妆小七 {A} 拦截已提交，结果会第一时间通知您」" + Q + "{B} 也拦一下 同一个买家的", "yto",
  "intercept B", cats=(3,))
R("「快递小助手：@书店糖糖 {A} 已为您登记延误工单，结果会第一时间通知您」" + Q
  + "延误登记了有什么用 都一周了 快给我催 另外投诉一下这个网点", "sto", "urge A; complaint A", cats=(3, 8))
R("{A} 拦截" + Q + "这个改成催件 客户又想要了", "jt", "urge A", cats=(2, 3))
R("回复 @快递小助手：@数码阿杰 {A} 已为您催促派送，请耐心等待\n催了也没用啊 是不是丢了", "yunda", "lost A",
  cats=(3,))
R("「快递小助手：@美妆小七 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」" + Q
  + "不撤 快递员下午来收 改个地址就行 改到 东莞市南城区宏图路83号 {PN} 小七", "zto", "change_address A",
  cats=(1, 3, 4))
R("引用 书店糖糖：今天下午的件麻烦早点来收\n好的 还有 {A} 催一下", "yto", "urge A", cats=(3,))
R("「网点小刘：拦截不收费的」" + Q + "好的 那 {A} 拦截", "cainiao", "intercept A", cats=(3,))
R("「快递小助手：@数码阿杰 {A} 拦截已提交，结果会第一时间通知您」" + Q + "还有 {B} {C} 也一样处理", "sf",
  "intercept B C", cats=(3, 7))
R("「快递小助手：@美妆小七 请确认：{A} 拦截退回？回复“确认”即办理」" + Q + "不拦 改地址 上海市长宁区"
  "愚园路1107号 {PN} 小七", "sto", "change_address A", cats=(1, 3, 4))
R("回复 @数码阿杰：{A} 丢件理赔\n我这也有一单 {B} 一样丢了 也要赔", "jt", "claim B", cats=(3, 8))
R("引用 美妆小七：客户说要投诉 你们看怎么处理\n{A} 就是这单 派件员态度很差 投诉", "yto", "complaint A",
  cats=(3,))


# ---------------------------------------------------------------------------------------------------------
# H. numbers that are not waybills: phones in every notation, order numbers, amounts
# ---------------------------------------------------------------------------------------------------------

R("{A} 改地址 收件人 林晓 {PN} 福建省泉州市丰泽区田安南路536号", "zto", "change_address A", cats=(4,))
R("{A} 电话改为 {PN}", "sto", "change_address A", nh=True, cats=(4,))
R("订单号 {O}\n运单号 {A}\n破损 口红断了", "yto", "damaged A", cats=(4,))
R("{A} 收件人改为 王芳", "jt", "change_address A", nh=True)
R("客户电话 {PN} 说一直没收到 单号 {A} 催一下", "yunda", "urge A", cats=(4,))
R("{O} 这个订单的快递 {A} 拦截", "cainiao", "intercept A", cats=(4,))
R("{PN} 这个号码的客户要改地址 单号 {A} 新地址 苏州市姑苏区人民路1501号 电话换成 {PN2}", "zto",
  "change_address A", cats=(4,))
R("{A} 理赔 金额 1368.00 元 联系电话 {P}", "ems", "claim A", cats=(4, 8))
R("拦截 {A} 有问题打我电话 {PN}", "sto", "intercept A", cats=(4,))
R("{A} 11月11号发的 到现在物流一直没动", "zto", "delay A", cats=(4,))
R("{O}\n{A}\n核重 我们称的是1.25kg 你们算的3kg", "yunda", "weight A", cats=(4,))
R("订单{O}的客户说显示签收了没收到 快递单号{A}", "sto", "verify_delivery A", cats=(4,))
R("{P} 拦截", "zto", "", nh=True, cats=(4,))
R("客户手机 {PN} 订单 {O} 找不到单号 帮查下发出没有", "yto", "", nh=True, cats=(4,))
R("{A} 拦截\n收件人：张*\n电话：{PN}\n订单：{O}", "jt", "intercept A", cats=(4,))
R("{O} 催件", "zto", "", nh=True, cats=(4,))
R("{A} 核重 面单上写的1kg 扣了我们23.5元 按4kg算的", "sto", "weight A", cats=(4,))
R("收件人 {PN} 投诉说快递员态度差 单号 {A}", "yunda", "complaint A", cats=(4,))
R("{A} 转寄 收件人变了 黎女士 {PN} 地址 珠海市香洲区情侣中路39号 原来那个 {PN2} 别打了", "cainiao",
  "change_address A", cats=(4,))


# ---------------------------------------------------------------------------------------------------------
# I. numbers broken by the chat client: spaced, dashed, split over lines, lower case, full width
# ---------------------------------------------------------------------------------------------------------

R("{A:sp} 拦截", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl} 催一下", "zto", "urge A", cats=(6,))
R("{A:sp} 破损 耳机盒子压扁了", None, "damaged A", cats=(6,), draw="sf")
R("{A:dash} 改地址 广州市海珠区新港中路397号 {PN} 邓", "yunda", "change_address A", cats=(4, 6))
R("撤单\n{A:nl}", "jt", "cancel A", cf=True, cats=(6,))
R("{A:nl} 丢件 理赔", "sto", "claim A", cats=(6, 8))
R("{A:sp}\n{B:sp}\n这两个拦截", "ems", "intercept A B", cats=(6,), draw="ems_s10")
R("{A:nl} 改地址 成都市高新区天府五街200号菁蓉国际广场 {PN} 蒋", "sto", "change_address A", cf=True,
  cats=(4, 6))
R("查一下 {A:sp} 到哪了", None, "track A", cats=(6,), draw="jd")
R("{A:lc} 催件 {B:lc} 催件", None, "urge A B", cats=(6,), draw={"A": "yto", "B": "sf"})
R("{A:sp} 拦截 {B} 不用", "ems", "intercept A", cats=(1, 6), draw="ems_s10")
R("{A:fw} 拦截", "zto", "intercept A", cats=(6,))
R("{A:fw}　催件", "yto", "urge A", cats=(6,))
R("查件：{A:fw}", None, "track A", cats=(6,), draw="sf")
R("{A:dash} {B:dash} 这俩都漏液了", "jt", "damaged A B", cats=(6,))
R("麻烦退回\n{A:nl}\n客户拒收", "deppon", "intercept A", cf=True, cats=(6,))


# ---------------------------------------------------------------------------------------------------------
# J. several parcels, several commands: positional references, pasted tables
# ---------------------------------------------------------------------------------------------------------

R("{A} {B} {C} 这三单 第一单拦截 后两单催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} 和 {B} 前者拦截 后者改地址 改到 济南市历下区泉城路180号齐鲁国际大厦 {PN} 孔", "sto",
  "intercept A; change_address B", cats=(4, 7))
R("{A}\n{B}\n{C}\n{D}\n{B} 改成撤单 其余都拦截", "yunda", "cancel B; intercept A C D", cats=(7,))
R("以下全部催件 除了 {C}\n{A}\n{B}\n{C}\n{D}", "jt", "urge A B D", cats=(1, 7))
R("单号\t问题\n{A}\t破损\n{B}\t丢件\n{C}\t催件", "yto", "damaged A; lost B; urge C", cats=(7,))
R("{A}    拦截    客户拒收\n{B}    拦截    地址错误\n{C}    改址    北京市海淀区中关村大街27号 {PN}", "zto",
  "intercept A B; change_address C", cats=(4, 7))
R("{A}\n{B}\n{C}\n上面两个拦截 最后一个催一下", "sf", "intercept A B; urge C", cats=(7,))
R("{A}\n{B}\n上面两个拦截", "cainiao", "intercept A B", cats=(7,))
R("{A}\n{B}\n这两个 一个拦截一个催件", "zto", "", nh=True, cats=(7,))
R("{A} {B} 第一个破损 第二个丢了", "yto", "damaged A; lost B", cats=(7,))
R("{A}、{B}、{C} 除了第二单 都登记延误", "ems", "delay A C", cats=(1, 7))
R("{A} {B} 后面那个拦截 前面那个不用管", "jt", "intercept B", cats=(1, 7))
R("序号\t运单号\t处理\n1\t{A}\t拦截退回\n2\t{B}\t撤单\n3\t{C}\t核重", "yunda",
  "intercept A; cancel B; weight C", cats=(7,))
R("{A}｜破损｜要赔\n{B}｜丢件｜要赔\n{C}｜延误｜催一下", "zto", "claim A B; urge C", cats=(7, 8))
R("今天四单：{A} {B} {C} {D}\n前三单拦截 最后一单查下到哪了", "sto", "intercept A B C; track D", cats=(7,))
R("{A} {B} 都是破损 前一个要赔 后一个登记就行", "cainiao", "claim A; damaged B", cats=(7, 8))
R("{A} {B} {C} 其中一个要改地址 我问下客户是哪个", "zto", "", nh=True, cats=(7,))
R("{A} 和 {B} 都拦截 另外第一个顺便投诉下快递员 电话里骂人", "yunda", "intercept A B; complaint A",
  cats=(7, 8))
R("{A}\n{B}\n{C}\n{D}\n{E}\n第1、2单催件 3、4单拦截 第5单撤单", "ems", "urge A B; intercept C D; cancel E",
  cats=(7,))
R("{A} {B} 两单 都要核重 后者还破了", "deppon", "weight A B; damaged B", cats=(7, 8))
R("上面那几个都拦截", "zto", "", nh=True, cats=(7,))
R("运单号,问题,备注\n{A},破损,香水碎了\n{B},重量不对,实重0.5kg\n{C},签收未收到,", "yto",
  "damaged A; weight B; verify_delivery C", cats=(4, 7))
R("{A} {B} {C}\n这三个都是一个买家的 中间那个改地址 贵阳市观山湖区林城西路95号 {PN} 其他两个催件", "yunda",
  "change_address B; urge A C", cats=(4, 7))
R("{A} {B}\n两个都显示签收 客户说只收到了后面那个 前面那个没见到", "zto", "verify_delivery A", cats=(7,))


# ---------------------------------------------------------------------------------------------------------
# K. questions about an action, hedged and conditional requests, what a person must read
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截要收费吗", "yto", "", nh=True)
R("{A} 改地址了吗？", "zto", "", nh=True)
R("{A} 还能拦截吗", "sto", "intercept A")
R("{A} 要不拦截吧 客户好像不想要了", "jt", "intercept A", cf=True)
R("{A} 可能要退回 我再跟客户确认下 先帮我登记着", "yunda", "intercept A", cf=True)
R("{A} 好像得改个地址 客户说搬了 新地址 无锡市梁溪区中山路333号 {PN}", "cainiao", "change_address A", cf=True,
  cats=(4,))
R("{A} 先拦着吧？我再问问客户", "zto", "intercept A", cf=True)
R("{A} 看看能不能撤单", "sto", "cancel A", cf=True)
R("{A} 如果还没签收就拦截", "yto", "intercept A")
R("{A} 拦截成功了吗 客户在催退款", "jt", "", nh=True)
R("{A} 能改地址吗 改到 石家庄市长安区中山东路11号 {PN} 齐", "zto", "change_address A", cats=(4,))
R("拦截一下", "yto", "", nh=True)
R("尾号3382的那单拦截", "zto", "", nh=True, cats=(4,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(4,))
R("{A} 帮我开个发票", "yunda", "", nh=True)
R("{A} 改成到付 顺便看下到哪了", "sto", "track A", nh=True)
R("{A} 撤单了吗 快递员还是上门了", "jt", "", nh=True)
R("{A} 要是还没揽收就撤单", "cainiao", "cancel A")
R("{A} 拦截还是改地址我还没想好 先别动", "yto", "", cats=(1,))
R("{A} 是不是得拦截啊 客户地址好像填错了 你们看看呢", "yunda", "intercept A", cf=True)
R("{A} 客户要退货 怎么操作", "sto", "", nh=True)
R("理赔 丢了一箱精华 货值3000多", "yto", "", nh=True, cats=(4, 8))
R("{A} 要不还是改派吧 改到 大连市中山区人民路23号 {PN} 客户还没最终确定", "zto", "change_address A", cf=True,
  cats=(4,))
R("{A} 改地址\n新地址我问下客户 一会发", "jt", "change_address A", nh=True)


# ---------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    W.main()
