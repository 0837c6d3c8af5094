"""Writer bm: the logistics desk of a regional pharmacy chain (湘康大药房, Hunan) and the staff of its stores.

Casting note. The chain's logistics clerk at head office (物流部 周敏) ships medicines and medical supplies from the
central warehouse (长沙县黄花镇 湘康物流中心) to some twenty stores and to patients: cold-chain parcels (insulin,
biologics, 2–8℃, ice packs that last until evening) by SF and JD, ordinary medicines and devices (blood-pressure
monitors, test strips, wheelchairs, masks, iodine, alcohol) by ZTO, YTO, STO, Yunda, J&T, EMS, Deppon and Cainiao.
She writes in the outlets' WeCom groups on weekdays 08:00–20:00, formal and polite (您好、烦请、辛苦、谢谢配合), with
numbered lists, positions ("第2、4单"), deadlines ("今天下午三点前必须送到") and conditions ("如果还没签收就拦截"),
store names and codes beside waybills (【XK012 河西店】), and numbers that are not waybills: prescription and batch
numbers, traceability codes, invoice numbers, amounts, temperatures, dates, store phones. Store managers and
pharmacists (河西店刘店长, 星沙店小谭, DTP药房易老师, 岳塘店谭药师, 雨湖店彭店长) write in the same groups: shorter,
spoken, sometimes pinyin or English from the hospital pharmacy, voice-to-text from the car, typos; they quote each
other and the bot, and put each other's numbers and commands right. Damaged or spoiled cold-chain goods become
claims and complaints; recalls become batches of intercepts.
"""

from harness import Writer

W = Writer("bm", seed=8388593)
R = W.R

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("您好，{A} 麻烦拦截退回，谢谢。", "sf", "intercept A")
R("【XK012 河西店】{A} 客户不要了，请帮忙拦截退回总仓，谢谢", "yto", "intercept A")
R("麻烦拦截一下 {A}，发错药了，规格发成了大包装，需要退回重发。", "zto", "intercept A")
R("{A}\n拦截退回 发错门店了", "jd", "intercept A")
R("烦请将 {A} 拦截退回至长沙县物流中心，此件为召回批次药品，不可派送。", "sf", "intercept A")
R("{A} {B} 两票都拦截，处方审核没通过，不能发出。", "yto", "intercept A B")
R("你好 {A} 退回吧 门店那边已经从别的店调到货了", "zto", "intercept A")
R("拦截：{A}", "jt", "intercept A")
R("辛苦把这单截回来 {A} 冷链的 收件门店填错了 要重新发", "sf", "intercept A")
R("湘潭岳塘店退货件 {A} 不要派了 退回原寄件地址", "ems", "intercept A")
R("{A} 拦截退回，谢谢！急！", "sto", "intercept A")
R("各位好，{A} 这单需要退回，患者已在线下门店购买。麻烦处理", "yunda", "intercept A")
R("{A} 请拦截。\n原因：药品批号发错。", "deppon", "intercept A")
R("麻烦帮我截一下 {A}", "cainiao", "intercept A")
R("{A} 如果还没签收就拦截退回，谢谢", "sf", "intercept A")
R("物流部周敏：{A} 申请拦截，谢谢配合。", "jd", "intercept A")
R("请拦截 {A}，患者说不需要了，药已经在医院开了。", "zto", "intercept A")
R("{A} 拦回来", "yto", "intercept A")
R("{A} 客户拒收 退回", "zto", "intercept A")
R("{A} 地址写错了，退回吧，我们重新发一单", "yto", "intercept A")
R("天元店调拨件 {A} 退件，店里库存够了", "jt", "intercept A")
R("{A} 拦截退回总仓（长沙县黄花镇 湘康物流中心）", "deppon", "intercept A")
R("老师您好，{A} 麻烦帮忙拦一下，谢谢您", "sto", "intercept A")
R("{A} 这个件别派了 退回来", "yunda", "intercept A")
R("这个 {A} 也是召回批次的，一起拦截退回。", "sf", "intercept A")

# cancel
R("{A} 撤单，还没揽收，门店取消了这次调拨。", "zto", "cancel A")
R("您好，麻烦取消寄件 {A}，快递员还没来取。", "sf", "cancel A")
R("{A} 作废，重新下单了", "yto", "cancel A")
R("{A} {B} 这两单不寄了 麻烦撤单", "jt", "cancel A B")
R("城南店今天的调拨取消了，{A} 请撤单，谢谢。", "ems", "cancel A")
R("撤单 {A}", "sto", "cancel A")
R("烦请撤销 {A} 的寄件，面单打错了，稍后重新打印。", "deppon", "cancel A")
R("{A} 取消订单 谢谢", "yunda", "cancel A")
R("{A} 还在我们店里没被揽收，不寄了，帮忙撤掉", "jd", "cancel A")
R("麻烦撤一下单：{A}（冷链箱没备好，明天重新下单）", "sf", "cancel A")
R("星沙店：{A} 这个单子作废哈 下错了", "zto", "cancel A")
R("取消寄件 {A} {B} {C}", "yto", "cancel A B C")
R("{A} 取消 不发了", "sto", "cancel A")
R("{A} 麻烦撤单，药房系统里已经删掉这张调拨单了", "yunda", "cancel A")
R("您好，{A} 是重复下单的，请作废，以另一单为准。", "cainiao", "cancel A")

# change_address
R("麻烦 {A} 改地址，改为：株洲市天元区珠江北路 湘康大药房天元店", "zto", "change_address A")
R("{A} 改派到星沙店，地址长沙县开元东路 湘康大药房星沙店，谢谢", "yto", "change_address A")
R("您好 {A} 收件地址写成了五一路店，需要改到芙蓉中路店（长沙市芙蓉区芙蓉中路二段 湘康大药房），麻烦改址", "sf",
  "change_address A")
R("{A} 转寄至 湘潭市岳塘区建设北路 湘康大药房岳塘店 收件人 谭药师", "ems", "change_address A")
R("改址 {A} 新地址：长沙市雨花区韶山中路 湘康大药房雨花亭店", "jd", "change_address A")
R("{A} 地址改为中心医院门诊楼一楼 湘康DTP药房（长沙市开福区湘雅路），患者在那边取药", "sf", "change_address A")
R("请将 {A} 改派至总仓：长沙县黄花镇 湘康物流中心 2号库", "deppon", "change_address A")
R("麻烦将 {A} 改派：湘潭市雨湖区韶山西路 湘康大药房雨湖店，收件人 彭店长", "jd", "change_address A")
R("{A} 改地址 改到 长沙市开福区湘江中路 湘康大药房开福店 收件人 开福店店长", "yto", "change_address A")
R("{A}\n更改收件地址：株洲市芦淞区建设南路 湘康大药房芦淞店", "zto", "change_address A")
R("河西店搬到新址了，{A} 麻烦改派到 长沙市岳麓区麓谷大道 湘康大药房河西店（新址）", "sto", "change_address A")
R("您好，{A} 收件人改为五一路店 陈店长，地址改为 长沙市芙蓉区五一大道 湘康大药房五一路店，谢谢。", "jt",
  "change_address A")
R("{A} 转寄到星沙店吧 长沙县开元东路 湘康大药房星沙店 小谭收", "yunda", "change_address A")

# urge: deadlines and cold chain
R("{A} 麻烦催一下，今天下午三点前必须送到，病人等着用药。", "sf", "urge A")
R("冷链的 别耽误 {A} 请加急派送", "sf", "urge A")
R("{A} 胰岛素，冷藏件，麻烦尽快派送！", "jd", "urge A")
R("您好，{A} 是河西店急用的药，麻烦催一下派送，谢谢", "yto", "urge A")
R("催件 {A}", "zto", "urge A")
R("{A} 这单今天一定要到，辛苦快递小哥优先派送", "sto", "urge A")
R("{A} 请帮忙催派，门店明早开门前要上架。", "yunda", "urge A")
R("麻烦加急 {A} {B}，都是处方药，患者下午来店取", "sf", "urge A B")
R("{A} 已经到长沙了吧 能不能今天派掉 门店等着", "ems", "urge A")
R("{A} 冷链箱 冰袋只能撑到今晚 务必今天送达 拜托", "sf", "urge A")
R("天元店的 {A} 催一下哈 谢谢", "jt", "urge A")
R("烦请督促派送 {A}，此件为急救药品。", "ems", "urge A")
R("{A} 加急加急", "yto", "urge A")
R("{A}：请于今日下午五点前送达岳塘店，谢谢配合。", "deppon", "urge A")
R("催一下这单 {A}，患者打了三次电话到店里了", "cainiao", "urge A")
R("{A} {B} {C} 三单都是冷链 请今天务必派完", "jd", "urge A B C")
R("早上好，{A} 昨天就到站了，今天麻烦第一时间派，谢谢🙏", "zto", "urge A")
R("{A} 帮忙催下派送 门店下午要给患者", "yunda", "urge A")
R("{A} 明早九点前必须到中心医院DTP药房，患者约了打针，麻烦催一下", "sf", "urge A")
R("{A} 请加急，店里的硝酸甘油已经断货了", "ems", "urge A")
R("{A} 两天了还在株洲分拨 快催催", "zto", "urge A")
R("{A} 一直显示派送中 到现在都没送来 帮忙催一下", "yto", "urge A")
R("{A} 今天下午三点前必须送到", "sf", "urge A")
R("冷链件 {A}，保温箱时效只有48小时，请优先派送，谢谢！", "jd", "urge A")
R("您好，烦请协调 {A} 今日上午送达，门店中午要给慢病患者发药。", "sto", "urge A")

# verify_delivery
R("{A} 显示已签收，但河西店说没收到，麻烦核实一下签收人。", "yto", "verify_delivery A")
R("您好，{A} 物流显示签收了，门店并没有收到货，请核实。", "sf", "verify_delivery A")
R("{A} 签收人写的“门卫”，我们店没有门卫，是谁签的？请核实", "zto", "verify_delivery A")
R("核实签收 {A}", "jd", "verify_delivery A")
R("{A} 显示妥投 但是店里没人收到过 监控也没看到快递员来过", "ems", "verify_delivery A")
R("{A} 系统里签收了 实际没收到 冷链药品 请尽快核实", "sf", "verify_delivery A")
R("星沙店反馈 {A} 显示签收未收到，辛苦查一下放哪了", "jt", "verify_delivery A")
R("{A} 显示签收了 门店没收到", "jt", "verify_delivery A")
R("{A} 被别人签收了，我们店没拿到，请核实签收", "yunda", "verify_delivery A")

# damaged
R("{A} 到店外箱压坏了，里面两盒药瓶碎了，已拍照。", "zto", "damaged A")
R("{A} 漏液 是碘伏 整箱都湿了", "yto", "damaged A")
R("您好，{A} 冷链箱破损，冰袋漏了，药品外包装受潮。麻烦登记破损。", "sf", "damaged A")
R("破损 {A} 血压计屏幕碎了", "jd", "damaged A")
R("{A} 医用酒精漏了半箱，纸箱泡软了，请登记。", "sto", "damaged A")
R("{A} 到货时轮椅扶手断了 外包装有明显压痕", "deppon", "damaged A")
R("{A} 这件东西烂了 中药饮片袋子全破了 撒了一箱", "ems", "damaged A")
R("{A} 外包装破了 里面的输液贴散了一地", "cainiao", "damaged A")
R("{A} 压坏了", "deppon", "damaged A")
R("芙蓉中路店收到 {A}，泡沫箱裂开，登记一下破损，谢谢。", "sf", "damaged A")

# lost
R("{A} 一周没更新了 各个环节都说没有这个件 是不是丢了", "zto", "lost A")
R("{A} 遗失，请登记。", "yto", "lost A")
R("您好，{A} 一共三箱，门店只收到两箱，少件。", "sf", "lost A")
R("{A} 中转站说找不到了，件没了，麻烦按丢件处理", "jt", "lost A")
R("{A} 丢件了 网点说找不着", "yunda", "lost A")
R("岳塘店 {A} 少了一箱血糖试纸", "jd", "lost A")
R("{A} 哪都找不着了，应该是丢了", "sto", "lost A")

# weight
R("{A} 麻烦核一下重量，感觉计费重量偏高", "yto", "weight A")
R("查重量 {A}", "zto", "weight A")
R("{A} 这件超重了？一盒口罩而已，请复称一下", "sto", "weight A")
R("{A} {B} 两票重量都不对，请核重", "deppon", "weight A B")
R("您好，{A} 的计费重量与实际不符，烦请核实重量，谢谢。", "jd", "weight A")
R("{A} 核重", "sf", "weight A")

# track
R("{A}", "sf", "track A")
R("{A} 到哪了", "yto", "track A")
R("您好，请问 {A} 什么时候能到株洲天元店？", "zto", "track A")
R("查件 {A} {B}", "jt", "track A B")
R("{A} 麻烦查下物流，门店问什么时候到", "jd", "track A")
R("{A} 到哪里了？今天能到吗", "sf", "track A")
R("请帮忙查询 {A} 的物流轨迹，谢谢。", "ems", "track A")
R("{A}\n{B}\n查一下这两票到哪了", "yunda", "track A B")
R("{A} 预计几点派送？", "cainiao", "track A")
R("{A} 什么时候到？", "sto", "track A")
R("您好 {A} 到哪了 麻烦看下", "deppon", "track A")
R("请问 {A} 到株洲了吗", "jt", "track A")
R("{A} 帮忙看看到哪了，谢谢", "sf", "track A")
R("{A}\n{B}\n{C}", "zto", "track A B C")

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 物流停在长沙转运中心两天了，一直没更新", "yto", "delay A")
R("冷链件 {A} 延误了，请登记。", "sf", "delay A")
R("{A} 好几天没更新了 怎么回事", "jt", "delay A")
R("{A} 怎么还没到 是不是延误了", "ems", "delay A")
R("{A} 停滞 四天了", "yunda", "delay A")
R("{A} 延误 登记一下", "jd", "delay A")

# claim
R("{A} 申请理赔，资料稍后发群里。", "zto", "claim A")
R("理赔 {A}", "yto", "claim A")
R("{A} 请按保价赔付，谢谢。", "jd", "claim A")
R("{A} 的理赔申请一下，材料已经准备好了", "sf", "claim A")

# complaint
R("投诉 {A} 的派件员，态度太差，把药直接扔在门口。", "yto", "complaint A")
R("{A} 快递员没打电话就说无人签收，要投诉。", "zto", "complaint A")
R("{A} 客诉：快递员要求门店自己去站点取件", "jt", "complaint A")
R("我们要投诉 {A}，冷链件被放在太阳底下晒。", "sf", "complaint A")
R("{A} 投诉", "ems", "complaint A")

# arbitration
R("{A} 理赔结果不认可，申请仲裁。", "sf", "arbitration A")
R("{A} 这单跟网点扯了半个月了，申请仲裁", "zto", "arbitration A")
R("{A} 仲裁", "yto", "arbitration A")

# hedged: confirm first
R("{A} 可能要退回，等我跟河西店确认一下", "yto", "intercept A", cf=True)
R("{A} 要不先拦着吧？我再问问药师能不能换规格", "sf", "intercept A", cf=True)
R("{A} 看看能不能撤单，应该还没揽收", "zto", "cancel A", cf=True)
R("{A} 估计得退回了，患者那边还没最终回复", "jd", "intercept A", cf=True)
R("{A} 先拦一下？还不确定要不要", "yto", "intercept A", cf=True)
R("{A} 是不是撤单比较好……门店说可能不调了", "zto", "cancel A", cf=True)
R("{A} 好像得改个地址，改到星沙店（长沙县开元东路 湘康大药房星沙店），我再跟小谭核对一下", "sto", "change_address A",
  cf=True)

# questions about earlier requests and rules; commands without a usable waybill; asks outside the intents
R("{A} 拦截成功没有？", "yto", "", nh=True)
R("{A} 昨天申请的改址，改好了吗", "sf", "", nh=True)
R("请问冷链件拦截要收费吗？{A}", "sf", "", nh=True)
R("{A} 撤单了没", "zto", "", nh=True)
R("{A} 理赔的钱什么时候到账", "jd", "", nh=True)
R("拦截一下，单号我一会发", None, "", nh=True)
R("尾号 5678 那单冷链的 拦截", None, "", nh=True)
R("{A} 改地址", "yto", "change_address A", nh=True)
R("{A} 麻烦帮忙开一下运费发票", "zto", "", nh=True)
R("{A} 到哪了？另外冷链箱里的温度记录仪能不能帮忙拍个照", "sf", "track A", nh=True)
R("{A} 派件员能不能送到二楼药房里面，不要放一楼前台", "yto", "", nh=True)
R("刚才那单冷链的 麻烦催一下", "sf", "", nh=True)

# chit-chat, notices, questions without a waybill
R("好的，谢谢", "sf", "")
R("收到 辛苦了", None, "")
R("请问明天元旦还收件吗？", "zto", "")
R("今天冷链的车几点来收？", "sf", "")
R("各门店注意：今天下午的调拨件已经全部发出，单号稍后统一发。", None, "")
R("谢谢老师🙏", "yto", "")
R("明天开始我们总仓改成下午四点统一交件，麻烦快递员四点来收，谢谢", "jd", "")

# more everyday requests
R("{A} 麻烦查一下，这件是芦淞店的调拨，前天发的", "zto", "track A")
R("{A} 五天了还没到，一直停在“运输中”，登记延误吧", "yto", "delay A")
R("您好，{A} 到站后一直没有派送记录，已延误两天，请登记。", "jd", "delay A")
R("{A} 这件丢了，麻烦登记遗失，谢谢。", "deppon", "lost A")
R("{A} 中转以后就没有记录了 是不是丢件了", "yunda", "lost A")
R("{A} 派件员把药放在店门口就走了，也没人签字，投诉", "sto", "complaint A")
R("{A} 派送员连续两天说“已预约”，结果都没来，客诉", "yto", "complaint A")
R("{A} 申请赔付，按保价金额。", "sf", "claim A")
R("{A} 网点判定不赔，我们不接受，麻烦走仲裁流程。", "jt", "arbitration A")
R("{A} 显示签收，签收照片是别人家的门，请核实签收", "zto", "verify_delivery A")
R("{A} 计费重量这么高？一箱棉签而已，称一下", "cainiao", "weight A")
R("{A} 如果明早还到不了就退回，冷链药放不了那么久", "sf", "intercept A")
R("{A} 今天下午三点前还送不到的话就拦截退回，过了时间门店就用不上了", "jd", "intercept A")
R("{A} 撤单，快递员说今天来不了，我们改明天重新下单", "yunda", "cancel A")
R("{A} 改派到五一路店：长沙市芙蓉区五一大道 湘康大药房五一路店，收件人 陈店长，谢谢", "sto", "change_address A")
R("{A} 外箱湿透了，里面的口罩全泡了", "yto", "damaged A")

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 拦截，{B} 不用拦，那单是对的。", "yto", "intercept A", cats=(1,))
R("{A} 不是不拦，是现在马上就拦，别等明天了", "sf", "intercept A", cats=(1,))
R("{A} 不要退回，改派到河西店：长沙市岳麓区枫林三路 湘康大药房河西店", "zto", "change_address A", cats=(1,))
R("{A} 不用催了，门店已经收到了，谢谢", "jd", "", nh=True, cats=(1,))
R("{A} 先别拦了 患者又说要了", "yto", "", nh=True, cats=(1,))
R("{A} 拦截……算了，不拦了，让它送吧", "zto", "", cats=(1,))
R("不用理赔了 {A}，货在门店仓库找到了", "yto", "", nh=True, cats=(1,))
R("刚才让拦截的 {A} 不要拦截了，这单是对的，请正常派送", "sf", "", nh=True, cats=(1,))
R("{A} 不是要退回，是要改地址，改到星沙店（长沙县开元东路 湘康大药房星沙店）", "sf", "change_address A", cats=(1,))
R("{A} 暂时不需要理赔，先帮忙登记破损", "zto", "damaged A", cats=(1, 8))
R("{A} 不催了，{B} 还是要催，今天必须到", "yto", "urge B", nh=True, cats=(1,))
R("{A} 撤单 ……不对不对 不撤 这单今天要发的", "zto", "", cats=(1, 2))
R("{A} 不是延误，是显示签收了但门店没收到", "jd", "verify_delivery A", cats=(1,))
R("{A} 不用改地址了，还是送原地址", "yto", "", nh=True, cats=(1,))
R("{A} 不用拦 {B} 拦", "jt", "intercept B", cats=(1,))
R("{A} 拦截不用了 改成催件 门店还是要的", "sf", "urge A", cats=(1, 2))
R("{A} 不拦不行了，患者已经换药了，赶紧拦", "yto", "intercept A", cats=(1,))
R("{A} 和 {B} 不要撤单，要拦截，两个都已经被揽走了", "zto", "intercept A B", cats=(1,))
R("{A} 先不投诉了，快递员已经来店里道歉了", "jd", "", nh=True, cats=(1,))
R("{A} 拦截，{B} 不拦，但要催一下", "sf", "intercept A; urge B", cats=(1, 7))
R("{A} 没丢，已经在星沙店找到了，丢件不用登记了", "zto", "", nh=True, cats=(1,))
R("{A} 不需要核重了，直接理赔吧，药全碎了", "sto", "claim A", cats=(1, 8))
R("{A} 不是不要了，是要改到岳塘店：湘潭市岳塘区建设北路81号 湘康大药房岳塘店", "ems", "change_address A",
  cats=(1,))
R("{A} 正常发，不用撤；{B} 撤单。", "zto", "cancel B", cats=(1,))
R("{A} 别退回 也别改地址 就催一下让它今天到", "yto", "urge A", cats=(1,))
R("{A} 撤销拦截申请，患者改主意了，还是要这盒药", "jt", "", nh=True, cats=(1,))
R("{A} 快递员打电话说外箱有点瘪，先不用登记破损，到了我们看过再说，先催一下派送", "sf", "urge A", cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 改址……改址取消，还是拦截吧，门店说不要了", "yto", "intercept A", cats=(2,))
R("{A:typo} 拦截 —— 更正：单号打错了，是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 催件\n更正：不是催件，是拦截退回", "sf", "intercept A", cats=(2,))
R("{A} 麻烦改派到五一路店\n哦不对，是芙蓉中路店：长沙市芙蓉区芙蓉中路二段 湘康大药房芙蓉中路店", "jd",
  "change_address A", cats=(2,))
R("刚才发的单号少了一位，正确的是 {A}，拦截", "jt", "intercept A", cats=(2,))
R("{A} 拦截\n{B} 催件\n——不好意思，两个弄反了，{A} 催件，{B} 拦截", "yto", "urge A; intercept B", cats=(2, 7))
R("1. {A} 拦截\n2. {B:typo} 拦截\n更正：第2单单号应为 {B}", "sf", "intercept A B", cats=(2, 7))
R("{A} 理赔，更正一下，先登记破损，理赔等门店清点完再说", "zto", "damaged A", cats=(2, 8))
R("{A} 核重，哦不是，是这个 {B} 核重，{A} 是对的", "zto", "weight B", cats=(2,))
R("{A} 退回。不对，看错了，这单是天元店要的，改派到天元店：株洲市天元区珠江北路 湘康大药房天元店", "jt",
  "change_address A", cats=(2,))
R("{A} 撤单\n更正：撤单的是 {B}，{A} 正常发", "zto", "cancel B", cats=(2,))
R("{A} 催一下，还是拦截吧，患者说不要了", "sf", "intercept A", cats=(2,))
R("改地址 {A} 新地址 湘潭市岳塘区建设北路18号\n地址写错了，是建设北路81号 湘康大药房岳塘店", "ems", "change_address A",
  cats=(2,))
R("河西店刘店长刚才发的 {A:cut} 少了一位，完整单号是 {A}，麻烦拦截", "yto", "intercept A", cats=(2,))
R("{A} 延误\n补充更正：不是延误，是丢了，转运中心说找不到这件", "zto", "lost A", cats=(2,))
R("{A} 拦截退回\n不好意思 发错群了 这单不用处理", "yto", "", cats=(1, 2))
R("{A} 核实签收\n更正：是 {B} 显示签收没收到，{A} 已经收到了", "jd", "verify_delivery B", cats=(2,))
R("{A} 加急 → 改为：拦截退回（处方已作废）", "sf", "intercept A", cats=(2,))
R("{A:typo} 催件\n单号更正为 {A}，上面那个打错了", "zto", "urge A", cats=(2,))
R("{A} 改址到星沙店，算了，还是直接退回总仓吧", "yto", "intercept A", cats=(2,))
R("以下两单撤单：\n{A}\n{B}\n更正：{B} 已经揽收了，改为拦截", "zto", "cancel A; intercept B", cats=(2, 7))
R("{A} 投诉\n哦不对 先催件 投诉等到了再说", "jt", "urge A", cats=(2,))
R("{A} 撤单 — 等等，是撤 {B}，{A} 已经发出去了不用管", "sto", "cancel B", cats=(2,))
R("{A} 麻烦催一下 明早前送到\n更正 是今天下午六点前", "sf", "urge A", cats=(2,))
R("{A} 拦截 不对 是撤单 快递员还没来取", "zto", "cancel A", cats=(2,))
R("{A} 改派雨花亭店 不对 是雨湖店 湘潭市雨湖区韶山西路 湘康大药房雨湖店", "ems", "change_address A", cats=(2,))
R("1. {A} 催件\n2. {B} 催件\n3. {C} 催件\n修改：第3单改为拦截", "sf", "urge A B; intercept C", cats=(2, 7))
R("{A} 重量不对\n——更正，重量没问题，是破损，外箱被压扁了", "deppon", "damaged A", cats=(2,))
R("{A} 拦截，抱歉，是 {B} 拦截，{A} 是别的店的单子，我看串行了", "jd", "intercept B", cats=(2,))
R("{A} 理赔 更正 是投诉 货没坏 是快递员态度问题", "zto", "complaint A", cats=(2,))
R("{A} 退回，嗯……还是改址吧：长沙市开福区湘江中路 湘康大药房开福店", "yto", "change_address A", cats=(2,))
R("{A} 撤单\n更正为拦截（已显示揽收）", "jt", "intercept A", cats=(2,))
R("{A:x} 拦截\n多打了一位 正确单号 {A}", "yto", "intercept A", cats=(2,))
R("催件 {A}\n哦不对，{A} 显示已经签收了，但门店没收到，麻烦核实", "sf", "verify_delivery A", cats=(2,))
R("@周敏 你发的 {A:cut} 少一位，我补一下：{A} 拦截退回", "yto", "intercept A", cats=(2,))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n更正：中间那单不拦，改成催件", "zto", "intercept A C; urge B", cats=(2, 7))
R("{A} 改址：株洲市芦淞区建设南路 湘康大药房芦淞店\n不好意思说错了，是荷塘店，株洲市荷塘区红旗北路 湘康大药房荷塘店",
  "yto", "change_address A", cats=(2,))
R("{A} 丢件，更正，不是丢件，是少件，三箱到了两箱", "jd", "lost A", cats=(2,))
R("{A} 撤单，不好意思，单号看错了，应该撤的是 {B}", "yunda", "cancel B", cats=(2,))
R("{A} 加急\n补充：还有 {B} 也加急\n更正：{B} 不是加急，是拦截", "sf", "urge A; intercept B", cats=(2,))
R("{A} 退回，哦不，拦截以后别退总仓，直接转寄岳塘店：湘潭市岳塘区建设北路81号 湘康大药房岳塘店", "zto",
  "change_address A", cats=(2,))

# ---------------------------------------------------------------- 3: quotes and replies
R("「刘店长：{A} 两天没动了」\n- - - - - - - - - - - - - - -\n这单麻烦催一下，店里急用", "yto", "urge A", cats=(3,))
R("引用 谭药师：{A} 拦截退回\n这个不用拦了，患者又要了", "zto", "", nh=True, cats=(1, 3))
R("「湘康物流：@周敏 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n拦截成功了吗？", "sf", "",
  nh=True, cats=(3,))
R("回复 @小谭：{A} 到哪了\n这单我查了在株洲分拨，麻烦再帮忙催一下", "zto", "urge A", cats=(3,))
R("「@周敏 {A} 已签收，无法拦截」\n- - - - - - - - - - - - - - -\n显示签收了但店里根本没收到，请核实签收", "yto",
  "verify_delivery A", cats=(3,))
R("「@周敏 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n- - - - - - - - - - - - - - -\n撤单 {A}", "zto",
  "cancel A", cats=(3,))
R("「@小谭 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n好的谢谢", "jd", "", cats=(3,))
R("引用 易老师：{A} 冷链 今天能到吗\n这单加急一下，患者下午要打针", "sf", "urge A", cats=(3,))
R("「周敏：{A} {B} 拦截」\n- - - - - - - - - - - - - - -\n{C} 也拦截一下，同一批", "yto", "intercept C", cats=(3,))
R("回复 @刘店长：{A} 改派到河西店，地址呢？\n地址：长沙市岳麓区枫林三路 湘康大药房河西店 收件人刘店长", "sto",
  "change_address A", cats=(3,))
R("「@周敏 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n这单我们要申请理赔，货值2380元，发票已上传",
  "sf", "claim A", cats=(3, 4, 8))
R("「湘康物流：@周敏 {A} 撤单成功」\n- - - - - - - - - - - - - - -\n👌 谢谢", "zto", "", cats=(3,))
R("引用 星沙店小谭：{A} 显示签收没收到\n找到了，在隔壁便利店，不用核实了", "jt", "", nh=True, cats=(1, 3))
R("回复 @周敏：{A} {B} 都是哪个店的？\n两单都是天元店的，都催一下", "zto", "urge A B", cats=(3,))
R("「刘店长：{A} 拦截退回」\n- - - - - - - - - - - - - - -\n刘店长这单是发给我们星沙店的，不用拦，我们要的。{A} 正常派送，别拦",
  "yto", "", nh=True, cats=(1, 3))
R("引用 湘康物流：@周敏 {A} 已为您登记延误工单，结果会第一时间通知您\n三天了还没结果，要投诉", "sf", "complaint A",
  cats=(3,))
R("「谭药师：这批胰岛素 {A} 今天到不了的话病人就断药了」\n- - - - - - - - - - - - - - -\n@客服 麻烦这单加急", "jd",
  "urge A", cats=(3,))
R("回复 @彭店长：{A} 是不是你们店的\n是的，这单是我们雨湖店的，麻烦查下到哪了", "ems", "track A", cats=(3,))
R("「周敏：{A} 催件\n{B} 催件\n{C} 催件」\n- - - - - - - - - - - - - - -\n第二单不用催了 刚到店", "zto", "", nh=True,
  cats=(1, 3, 7))
R("引用 小谭：{A} 收件门店写错了\n这单退回吧", "yto", "intercept A", cats=(3,))
R("「@周敏 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n不退了，改派到岳塘店：湘潭市岳塘区建设北路81号 湘康大药房岳塘店",
  "ems", "change_address A", cats=(1, 3))
R("回复 @刘店长：血糖仪那箱到了吗\n没有，{A} 显示昨天签收的，我们店没人签，麻烦核实", "zto", "verify_delivery A",
  cats=(3,))
R("「@小谭 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n又过了一天还没到，冷链的，再催一下！", "sf",
  "urge A", cats=(3,))
R("引用 周敏：明天的调拨单号：{A} {B} {C}\n@湘康物流 第一单取消，不发了", "zto", "cancel A", cats=(3, 7))
R("回复 @刘店长：{A} 催件\n刘姐，你发的这单是星沙店的。我们星沙店自己的是 {B}，这单也麻烦催一下", "zto", "urge B",
  cats=(3,))
R("「湘康物流：@刘店长 {A} 改址已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n改好了没有啊", "yto", "",
  nh=True, cats=(3,))
R("「易老师：{A} 外箱瘪了一块」\n- - - - - - - - - - - - - - -\n我看了照片，里面安瓿碎了两支，这单登记破损吧", "sf",
  "damaged A", cats=(3,))
R("引用 谭药师：{A} 这单是岳塘店的冷链\n@湘康物流 这单帮我看一下到哪了", "jd", "track A", cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 改址：长沙市岳麓区枫林三路 湘康大药房河西店 收件人 刘蓉 电话 {PN}", "sf", "change_address A", cats=(4,))
R("{A} 收件人电话改为 {PN}", "zto", "change_address A", nh=True, cats=(4,))
R("处方号 CF2412050317，患者已付款，药已寄出，单号 {A}，麻烦加急，今天下午三点前必须送到", "sf", "urge A", cats=(4,))
R("批号 240917 的这批阿莫西林召回，涉及单号 {A}、{B}，请拦截退回", "yto", "intercept A B", cats=(4,))
R("订单号 {O}，快递单号 {A}，患者说显示签收但没收到，请核实", "zto", "verify_delivery A", cats=(4,))
R("{A} 破损，货值 ¥3,860.00，保价 5000 元，申请理赔。联系人：周敏 {P}", "sf", "claim A", cats=(4, 8))
R("{A} 加急，收件门店 星沙店，电话 {PN}", "jd", "urge A", cats=(4,))
R("{A} 核重：我们出库称重 2.35kg，账单计费 6kg，差了3.65kg，请核实", "sto", "weight A", cats=(4,))
R("12月3日发的 {A}，到今天12月8日还没到，五天了，延误了", "yunda", "delay A", cats=(4,))
R("药品追溯码 81234567890123456789，对应快递 {A}，麻烦查一下现在到哪", "zto", "track A", cats=(4,))
R("门店编码 XK021 天元店，单号 {A}，撤单", "zto", "cancel A", cats=(4,))
R("联系电话 {PN} 单号 {A} 拦截退回", "yunda", "intercept A", cats=(4,))
R("{A} 两盒×128元 + 一盒×356元，共612元，碎了，申请赔偿", "yto", "claim A", cats=(4, 8))
R("收件人改为 雨湖店 彭丽 {P}，{A}，地址：湘潭市雨湖区韶山西路 湘康大药房雨湖店", "ems", "change_address A",
  cats=(4,))
R("{A} 20箱中少了3箱，每箱48盒，请登记少件", "deppon", "lost A", cats=(4,))
R("平台订单 {O} / {O2}，对应单号 {A} {B}，两单都要撤单", "zto", "cancel A B", cats=(4,))
R("患者电话 {PN}，他说 {A} 显示签收了但他没拿到，麻烦核实", "sf", "verify_delivery A", cats=(4,))
R("{A} 冷藏药 2–8℃，已离开冷库 36 小时，请务必今天 18:00 前送达", "sf", "urge A", cats=(4,))
R("电话 {PN} 是我（周敏）的，有问题打我。{A} {B} 催派", "yto", "urge A B", cats=(4,))
R("{A} 地址不变，电话改成 {PN}，原来的号码停机了", "jd", "change_address A", nh=True, cats=(4,))
R("批号：C2410089 / 效期：2026-09-30 / 数量：60盒 / 单号：{A} / 处理：拦截", "sf", "intercept A", cats=(4,))
R("{A} 申请理赔，发票号 04587213，金额 1,560.00 元", "zto", "claim A", cats=(4,))
R("{O} 这个是订单号，不是快递单。快递单号是 {A}，到哪了？", "zto", "track A", cats=(4,))
R("{A} 今天 12:30 前必须送到中心医院DTP药房，药师 易老师 {PN}", "sf", "urge A", cats=(4,))
R("处方笺编号 RX-20241208-0091 的药 {A} 发错了 拦截", "yto", "intercept A", cats=(4,))
R("岳塘店新换的店长电话 {P}，以后有事打这个，谢谢。", "ems", "", cats=(4,))
R("{A} 重量：出库 0.6kg，系统 3kg，运费多收了 14 元，核重", "yunda", "weight A", cats=(4,))
R("会员卡号 VIP-0098213 那个患者的药，单号 {A}，改派到他家附近的开福店：长沙市开福区湘江中路 湘康大药房开福店",
  "zto", "change_address A", cats=(4,))
R("{A} 显示 11月30日 15:42 签收，签收人“本人”，但收件门店当天下午闭店盘点，没人收货，请核实", "jt",
  "verify_delivery A", cats=(4,))
R("医保结算单号 YB20241206-1187 对应的药：{A}，麻烦拦截，患者退费了", "sto", "intercept A", cats=(4,))
R("{A} 改址，收件人电话 {PN}，新地址 株洲市天元区珠江北路 湘康大药房天元店", "cainiao", "change_address A", cats=(4,))
R("{A} 保价 8000，实际货值 7,650 元（生长激素 5 支），冷链中断，申请全额理赔", "sf", "claim A", cats=(4, 8))
R("3号发的、5号还在长沙转运中心，{A}，帮忙催一下，周五之前一定要到", "zto", "urge A", cats=(4,))

# ---------------------------------------------------------------- 5: commands written other ways
R("{A} lanjie 谢谢", "yto", "intercept A", cats=(5,))
R("{A} cuijian 急", "zto", "urge A", cats=(5,))
R("{A} pls intercept, wrong batch", "sf", "intercept A", cats=(5,))
R("{A} urgent!! cold chain, must arrive before 3pm", "sf", "urge A", cats=(5,))
R("chedan {A}", "zto", "cancel A", cats=(5,))
R("{A} gaizhi 改到天元店 株洲市天元区珠江北路 湘康大药房天元店", "zto", "change_address A", cats=(5,))
R("语音转文字：那个圆通的{A}帮我拦一下啊就是发错店的那个谢谢", "yto", "intercept A", cats=(5,))
R("{A} 别送了 拿回来", "zto", "intercept A", cats=(5,))
R("{A} 麻烦给我追回来 这箱药不能发出去", "yto", "intercept A", cats=(5,))
R("{A} 赶紧送过来啊 店里病人排着队呢", "jt", "urge A", cats=(5,))
R("{A} please return to sender", None, "intercept A", cats=(5,), draw="jd")
R("{A} where is it now?", "sf", "track A", cats=(5,))
R("{A} damaged on arrival, two bottles broken", "sf", "damaged A", cats=(5,))
R("{A} 签收了 but store didn't receive it, pls check", "jd", "verify_delivery A", cats=(5,))
R("{A} compensation pls, insulin spoiled（冷链断了）", "sf", "claim A", cats=(5, 8))
R("{A} 栏截 退回 谢谢", "yto", "intercept A", cats=(5,))
R("{A} 崔件 今天下午要用", "zto", "urge A", cats=(5,))
R("语音转文字：中通的{A}那个件到哪了呀门店问了好几次了", "zto", "track A", cats=(5,))
R("{A} cancel the order pls, not picked up yet", "sto", "cancel A", cats=(5,))
R("{A} lj 谢谢", "yto", "intercept A", cats=(5,))
R("{A} 改dizhi：长沙市开福区湘江中路 湘康大药房开福店", "yto", "change_address A", cats=(5,))
R("{A} 東西爛了 要理賠", "sf", "claim A", cats=(5, 8))
R("{A} 攔截退回", "sf", "intercept A", cats=(5,))
R("{A} weight is wrong, pls check, we weighed 1.2kg", "sf", "weight A", cats=(4, 5))
R("{A} delayed 3 days already, pls register", "yto", "delay A", cats=(5,))
R("{A} complain 快递员 态度 bad", "jd", "complaint A", cats=(5,))
R("语音转文字：嗯那个顺丰的冷链件{A}今天下午三点前一定要送到啊不然胰岛素就要坏了麻烦帮我催一下", "sf", "urge A",
  cats=(5,))
R("{A} 给我截住 别让它派出去", "jd", "intercept A", cats=(5,))
R("{A} 地址填错了 让快递转到岳塘店去：湘潭市岳塘区建设北路81号 湘康大药房岳塘店", "ems", "change_address A",
  cats=(5,))
R("{A} 重新称一下 不可能这么重", "sto", "weight A", cats=(5,))
R("{A} 找不着了？那就按丢的算 赔钱", "yunda", "claim A", cats=(5, 8))
R("语音转文字：极兔的{A}撤单撤单啊还没来拿件", "jt", "cancel A", cats=(5,))
R("{A} 弄丢了吧你们 一个礼拜了影子都没有", "zto", "lost A", cats=(5,))
R("{A} 人家说没收到 可你们显示签了 查查谁签的", "yto", "verify_delivery A", cats=(5,))
R("{A} 這件幫忙催一下，謝謝", "yto", "urge A", cats=(5,))
R("{A:lc} lanjie", "yto", "intercept A", cats=(5, 6))
R("{A} ASAP pls，DTP药房等着发药", "sf", "urge A", cats=(5,))
R("{A} 这个件你们给我盯紧点 今天务必送到 送不到病人要出事的", "jd", "urge A", cats=(5,))
R("语音转文字：韵达的{A}东西摔坏了啊血压计都摔裂了你们登记一下", "yunda", "damaged A", cats=(5,))
R("{A} 理陪 药碎了", "zto", "claim A", cats=(5, 8))
R("{A} 投述 派件员骂人", "yto", "complaint A", cats=(5,))
R("{A} 别往店里送了 送回总仓去", "deppon", "intercept A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:sp} 拦截退回", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("麻烦催一下 {A:sp}", "yto", "urge A", cats=(6,))
R("{A:dash} 核实签收，门店没收到", "sf", "verify_delivery A", cats=(6,))
R("单号：{A:nl}\n撤单，谢谢", "jt", "cancel A", cf=True, cats=(6,))
R("{A:fw} 催件", "zto", "urge A", cats=(6,))
R("{A:nl} 催一下 冷链", "sf", "urge A", cats=(6,))
R("国际件 {A:sp} 到哪了", None, "track A", cats=(6,), draw="ems_s10")
R("{A:nl}\n改址：长沙市岳麓区枫林三路 湘康大药房河西店", "yto", "change_address A", cf=True, cats=(6,))
R("{A:sp} 破损 药瓶碎了两瓶", "zto", "damaged A", cats=(6,))
R("{A:dash} 撤单", "zto", "cancel A", cats=(6,))
R("{A:fw}　拦截退回", "sf", "intercept A", cats=(6,))
R("{A:sp}\n{B:sp}\n这两个拦截", "yto", "intercept A B", cats=(6, 7))
R("{A:nl} 延误好几天了", "zto", "delay A", cats=(6,))
R("{A:sp} 丢件", "ems", "lost A", cats=(6,), draw="ems_s10")
R("京东单号 {A:sp} 麻烦加急", "jd", "urge A", cats=(6,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:nl} 退回", "sf", "intercept A", cf=True, cats=(6,))
R("{A:sp} 核重", "deppon", "weight A", cats=(6,))
R("{A:fw} 显示签收 门店没收到", "yto", "verify_delivery A", cats=(6,))
R("单号 {A:dash} 申请理赔 药品破损", "sf", "claim A", cats=(6, 8))
R("挂号信 {A:sp} 退回寄件人", None, "intercept A", cats=(6,), draw="ems_s10")
R("{A:sp} 投诉 快递员把冷链箱倒放", "jd", "complaint A", cats=(6,))
R("{A:nl} 加急！今天下午必须到", "jd", "urge A", cats=(6,))
R("您好，{A:nl}\n麻烦改派到星沙店：长沙县开元东路 湘康大药房星沙店", "zto", "change_address A", cf=True, cats=(6,))
R("{A:dash} 到哪了", "cainiao", "track A", cats=(6,))
R("EMS {A:sp} 延误一周了", "ems", "delay A", cats=(6,), draw="ems_s10")
R("{A:fw} 撤单", "sto", "cancel A", cats=(6,))

# ---------------------------------------------------------------- 7: several parcels and commands: positions, rows
R("以下5单：\n{A}\n{B}\n{C}\n{D}\n{E}\n第2、4单拦截，其余催件", "sf", "intercept B D; urge A C E", cats=(7,))
R("1. {A} 拦截\n2. {B} 撤单\n3. {C} 催件", "zto", "intercept A; cancel B; urge C", cats=(7,))
R("单号\t门店\t处理\n{A}\t河西店\t拦截\n{B}\t星沙店\t催件\n{C}\t天元店\t核重", "yto", "intercept A; urge B; weight C",
  cats=(7,))
R("{A} {B} {C} 这三单 第一单拦截 后两单催一下", "sf", "intercept A; urge B C", cats=(7,))
R("【XK012 河西店】{A} 催件\n【XK015 星沙店】{B} 拦截\n【XK021 天元店】{C} 显示签收未收到", "zto",
  "urge A; intercept B; verify_delivery C", cats=(7,))
R("{A}\n{B}\n上面两个拦截，下面这个催一下\n{C}", "yto", "intercept A B; urge C", cats=(7,))
R("今日需处理：\n①{A} 撤单\n②{B} 撤单\n③{C} 拦截（已揽收）\n④{D} 改址→长沙市开福区湘江中路 湘康大药房开福店", "zto",
  "cancel A B; intercept C; change_address D", cats=(7,))
R("{A}    河西店    破损\n{B}    岳塘店    少件\n{C}    雨湖店    延误", "jd", "damaged A; lost B; delay C",
  cats=(7,))
R("第1、3单催件，第2单拦截：\n1）{A}\n2）{B}\n3）{C}", "sf", "urge A C; intercept B", cats=(7,))
R("{A} 和 {B} 都是冷链，都加急；{C} 普通件，查一下到哪了就行", "jd", "urge A B; track C", cats=(7,))
R("召回批次涉及的快递：\n{A}\n{B}\n{C}\n{D}\n以上全部拦截退回总仓", "yto", "intercept A B C D", cats=(7,))
R("{A}、{B}、{C}、{D} 这四单，后面两单还没揽收，撤单；前面两单已经揽收了，拦截", "zto",
  "intercept A B; cancel C D", cats=(7,))
R("序号\t快递单号\t门店\t异常\t诉求\n1\t{A}\t五一路店\t外箱破损\t登记破损\n2\t{B}\t开福店\t签收未收到\t核实签收\n3\t{C}\t河西店\t三天未更新\t催件",
  "sf", "damaged A; verify_delivery B; urge C", cats=(7,))
R("{A} 拦截 {B} 改址到岳塘店（湘潭市岳塘区建设北路81号 湘康大药房岳塘店） {C} 催件", "ems",
  "intercept A; change_address B; urge C", cats=(7,))
R("各门店今天的问题件汇总如下：\n1. 河西店 {A} 催件\n2. 星沙店 {B} 催件\n3. 雨花亭店 {C} 核重\n4. 五一路店 {D} 拦截\n麻烦统一处理，谢谢！",
  "yto", "urge A B; weight C; intercept D", cats=(7,))
R("{A}\n{B}\n{C}\n这三个 第二个拦截 另外两个不用动", "zto", "intercept B", cats=(1, 7))
R("{A} {B} 最后一个拦截", "sf", "intercept B", cats=(7,))
R("{A} 撤单、{B} 撤单、{C} 拦截、{D} 拦截", "jt", "cancel A B; intercept C D", cats=(7,))
R("冷链件三票：{A}/{B}/{C}，前两票加急今天送达，第三票退回（患者已住院）", "sf", "urge A B; intercept C", cats=(7,))
R("{A}\t拦截\n{B}\t拦截\n{C}\t催件\n{D}\t催件\n{E}\t查件", "yto", "intercept A B; urge C D; track E", cats=(7,))
R("第2、4单需要改址，改到天元店（株洲市天元区珠江北路 湘康大药房天元店），第1、3单正常催派。\n1. {A}\n2. {B}\n3. {C}\n4. {D}",
  "zto", "change_address B D; urge A C", cats=(7,))
R("{A} {B} {C} {D} {E} {F}\n除第5单外全部催件，第5单拦截", "sf", "urge A B C D F; intercept E", cats=(7,))
R("三单：{A} 破损；{B} 丢件；{C} 核实签收。谢谢", "yto", "damaged A; lost B; verify_delivery C", cats=(7,))
R("单号 | 处理\n{A} | 撤单\n{B} | 撤单\n{C} | 拦截", "zto", "cancel A B; intercept C", cats=(7,))
R("{A} 拦截，{B} 也是", "yto", "intercept A B", cats=(7,))
R("{A} 催件\n{B} 同上\n{C} 同上", "sf", "urge A B C", cats=(7,))
R("{A} 和 {B}，前者拦截，后者改派到星沙店：长沙县开元东路 湘康大药房星沙店", "zto",
  "intercept A; change_address B", cats=(7,))
R("今日发出的冷链件：\n{A} 五一路店\n{B} 芙蓉中路店\n{C} 河西店\n{D} 星沙店\n除河西店那票外都加急", "sf", "urge A B D",
  cats=(7,))
R("{A} {B} {C}\n1、3 拦截\n2 撤单", "yto", "intercept A C; cancel B", cats=(7,))
R("河西店：{A} {B}\n星沙店：{C}\n河西店的两单催件，星沙店的拦截", "zto", "urge A B; intercept C", cats=(7,))
R("{A}\t2.1kg\t核重\n{B}\t0.8kg\t核重\n{C}\t—\t破损", "sto", "weight A B; damaged C", cats=(4, 7))
R("{A}、{B} 两单，第一单显示签收但门店没收到，第二单外箱压坏了", "jd", "verify_delivery A; damaged B", cats=(7,))
R("今天要退回的：{A} {B}\n今天要催的：{C} {D} {E}", "yto", "intercept A B; urge C D E", cats=(7,))
R("{A} {B} {C} {D}\n前三单催件 最后一单查下到哪了", "zto", "urge A B C; track D", cats=(7,))
R("1. {A}（冷链）——加急\n2. {B}（常温）——拦截退回\n3. {C}（冷链）——加急\n4. {D}（常温）——撤单", "sf",
  "urge A C; intercept B; cancel D", cats=(7,))
R("{A} {B} 拦截 {C} {D} 催件", "jt", "intercept A B; urge C D", cats=(7,))
R("{A}\n{B}\n这两个 一个拦截一个催件", "yto", "", nh=True, cats=(7,))
R("门店\t单号\t问题\n岳塘店\t{A}\t漏液\n雨湖店\t{B}\t少一箱\n芦淞店\t{C}\t称重不对", "ems",
  "damaged A; lost B; weight C", cats=(7,))
R("第一单 {A} 拦截；第二单 {B} 改派开福店（长沙市开福区湘江中路 湘康大药房开福店）；第三单 {C} 正常，不用管", "yto",
  "intercept A; change_address B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上四单都是天元店的冷链，请今天务必送达", "sf", "urge A B C D", cats=(7,))
R("②④拦截\n①{A}\n②{B}\n③{C}\n④{D}", "zto", "intercept B D", cats=(7,))
R("{A} 河西店 / {B} 星沙店 / {C} 岳塘店\n星沙店那单撤单，其他两单催件", "yto", "cancel B; urge A C", cats=(7,))
R("前两单催一下，后一单到了但是压坏了：{A} {B} {C}", "jd", "urge A B; damaged C", cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 药品破损，货值 1280 元，申请理赔。", "sf", "claim A", cats=(4, 8))
R("{A} 外箱压坏，里面的血压计屏幕碎了，快递员还说是我们包装问题，态度很差，要投诉", "jd", "damaged A; complaint A",
  cats=(8,))
R("{A} 破损 + 投诉 + 理赔", "yto", "claim A; complaint A", cats=(8,))
R("{A} 丢了，申请赔偿，保价 3000", "zto", "claim A", cats=(4, 8))
R("{A} 催一下，顺便核一下重量，单子上写 5kg 明显不对", "sto", "urge A; weight A", cats=(4, 8))
R("{A} 冷链断了 胰岛素全部失效 要求全额赔付 同时投诉网点没放冷库", "sf", "claim A; complaint A", cats=(8,))
R("{A} 拦截并投诉，快递员私自改了派送时间，冷链超时了", "sf", "intercept A; complaint A", cats=(8,))
R("{A} 延误了三天，患者要投诉", "yto", "delay A; complaint A", cats=(8,))
R("{A} 快点送 患者已经投诉到我们总部了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 显示签收门店没收到，已经一周了，请核实签收，并投诉派件员", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 漏液，整箱葡萄糖注射液漏了一半，申请理赔，金额见附件", "ems", "claim A", cats=(8,))
R("{A} 破损，登记一下，另外这个件重量也不对，核一下", "zto", "damaged A; weight A", cats=(8,))
R("{A} 理赔金额只给了 200，不认可，申请仲裁", "sf", "arbitration A", cats=(4, 8))
R("{A} 遗失，申请理赔，并投诉中转站", "yto", "claim A; complaint A", cats=(8,))
R("{A} 少了两盒，丢件+理赔", "jd", "claim A", cats=(8,))
R("{A} 破损（药瓶碎了3瓶），并且派件员态度恶劣，请登记并投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 东西烂了，要赔钱", "yunda", "claim A", cats=(8,))
R("{A} 延误 + 投诉", "jt", "delay A; complaint A", cats=(8,))
R("{A} 重量不对，核重，并投诉收件员乱称", "sto", "weight A; complaint A", cats=(8,))
R("{A} 破损需理赔；{B} 延误需登记", "sf", "claim A; delay B", cats=(7, 8))
R("{A} 拦截退回，另外这件重量也核一下，运费高得离谱", "yto", "intercept A; weight A", cats=(8,))
R("{A} 签收未收到，核实签收，另外投诉一下这个快递员，上个月也这样", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 冷藏药到店温度 15℃，全部报废，货值 ¥6,420，申请理赔，附温度记录", "sf", "claim A", cats=(4, 8))
R("{A} 外箱破了 里面还好 登记破损就行 不用赔", "jd", "damaged A", cats=(1, 8))
R("{A} 仲裁：网点认定我们包装不合格拒赔，我们有出库照片", "zto", "arbitration A", cats=(8,))
R("{A} 丢了 投诉", "yto", "lost A; complaint A", cats=(8,))
R("{A} 催件 + 查一下重量", "jt", "urge A; weight A", cats=(8,))
R("{A} 压坏了 赔偿 投诉 三个都要", "deppon", "claim A; complaint A", cats=(8,))
R("{A} 改地址到星沙店（长沙县开元东路 湘康大药房星沙店），另外加急，今天要到", "sf", "change_address A; urge A",
  cats=(8,))
R("{A} 破损 理赔；{B} 丢件 理赔", "yto", "claim A B", cats=(7, 8))
R("{A} 破了，快递员放门口没打电话，又被雨淋了，要投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 理赔申请：\n品名：重组人胰岛素注射液\n数量：10 支\n单价：68 元\n合计：680 元\n原因：冷链中断失效", "sf",
  "claim A", cats=(4, 8))
R("{A} 四天没动了，登记延误，同时催一下", "yto", "delay A; urge A", cats=(8,))
R("{A} 理赔一个月没结果，投诉理赔专员", "jd", "complaint A", cats=(8,))
R("{A} 漏液污染了同箱的 {B}，两票都破损，{A} 申请理赔", "yto", "claim A; damaged B", cats=(7, 8))
R("{A} 拦截，然后把这件的重量也核一下，再投诉一下收件员", "zto", "intercept A; weight A; complaint A", cats=(8,))
R("{A} 丢件 + 理赔 + 仲裁（网点一直推脱）", "zto", "claim A; arbitration A", cats=(8,))
R("{A} 冷链箱冰袋全化了，药品失效，申请理赔并投诉", "sf", "claim A; complaint A", cats=(8,))
R("{A} 撤单，另外上一单 {B} 的运费重量不对，帮忙核一下", "yunda", "cancel A; weight B", cats=(7, 8))
R("{A} 外包装破损、少了一盒，登记破损，同时投诉", "cainiao", "damaged A; complaint A", cats=(8,))
R("{A} 催件，顺便投诉一下，派件员说今天不送我们这片", "jt", "urge A; complaint A", cats=(8,))
R("{A} 显示签收没收到，请核实签收；派件员还在电话里说“丢了活该”，必须投诉", "zto", "verify_delivery A; complaint A",
  cats=(8,))

if __name__ == "__main__":
    W.main()
