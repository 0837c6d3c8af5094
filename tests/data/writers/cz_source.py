"""Writer cz: office administrators and secretaries of five small companies who ship documents and samples.

Casting note. Five small offices post in their outlets' WeCom and DingTalk groups (SF and EMS most, JD, ZTO,
YTO, STO, Yunda, J&T, Deppon, Cainiao; one multi-carrier group at the office building's mail room):

- 衡正律师事务所 (杭州 钱江新城, 华润大厦A座18楼): 行政秘书 陈雯 writes for the partners 周律师 (主任) and
  何律师, the trainee 小唐 and the receptionist 小林. They send 起诉状, 证据材料, 授权委托书, 律师函, 和解协议 and
  调解书 to courts (中院立案庭), to the 仲裁委 and to opposing counsel, mostly by EMS (some S10 international to
  Hong Kong and Singapore) and SF. Case numbers (（2026）浙0106民初8812号) sit beside waybills; 撤诉, 仲裁, 赔偿,
  催款 and 投诉 are words of their documents, not requests to the outlet.
- 一隅设计 (上海 徐汇): the office manager Amy 李安妮 and the boss Kevin 王总, who changes his mind; they ship
  打样, 色卡, 样册, 展板 and sealed 标书 with hard deadlines, and write a little English (pls, urgent, FYI, ASAP).
- 恒舟贸易有限公司 (宁波 鄞州): 行政兼出纳 吴敏 (吴姐) for 郑总 and the salesmen 小邓 and 小蒋: VAT invoices with
  8-digit and 20-digit 数电 invoice numbers, contract originals, hardware samples, purchase-order numbers, the
  company's tax code, and 郑总's instructions relayed, reversed and reversed again.
- 康宁口腔门诊部 (苏州 姑苏区): the front-desk administrator 郑佳琪 for 孙院长 and 刘医生: impressions (印模),
  dental models and 义齿 to and from the lab, reports and medical-record copies to patients, 病历号 and patients'
  phones.
- 明账财务 (a small bookkeeping firm): the assistant 小许 sends vouchers, tax Ukeys and business-licence originals.

They write polite, terse standard Mandarin (您好, 麻烦, 辛苦, 烦请, 收到请回复, 谢谢配合), give the reason and the
deadline (合同明天必须到, 举证期限本周五截止), say a document must not be lost, relay a boss's instruction and
sometimes its reversal, put right a colleague's wrong number or wrong file, quote colleagues and the group's bot
(快递小助手), paste small tables from their spreadsheets, and ask questions that are not commands: whether an
earlier intercept worked, whether a claim has been paid, what a return costs, for a proof of delivery or an
invoice for the freight.
"""

from harness import Writer

W = Writer("cz", seed=6151007)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule
BOT = "快递小助手"

# ---------------------------------------------------------------- 0: everyday requests
# intercept
R("您好，{A} 麻烦拦截退回，文件寄错了，谢谢。", "sf", "intercept A")
R("{A}\n烦请拦截退回本所，授权委托书的签字页漏签了，需重新寄出。辛苦。", "ems", "intercept A")
R("你好，{A} 是寄给客户的报价单，版本发错了，麻烦拦截退回公司。收到请回复。", "yto", "intercept A")
R("辛苦拦截一下 {A}，同事把另一家客户的合同装进去了，这份绝对不能送到，拜托了！", "sf", "intercept A")
R("{A} 退回，对方公司已经搬走了，原地址没人签收。", "zto", "intercept A")
R("{A} {B} 这两票麻烦都拦回来，郑总说这批样品暂时不寄了。", "sto", "intercept A B")
R("打扰了，{A} 拦截一下，里面的专票税号开错了，财务要作废重开。", "yunda", "intercept A")
R("{A} 请拦截退回。原因：收件方拒收。", "jd", "intercept A")
R("麻烦拦截 {A}，印模寄错加工厂了，应该寄苏州那家，先退回诊所。", "sf", "intercept A")
R("您好，{A} 是律师函，委托人刚通知暂缓发出，烦请拦截退回，谢谢配合。", "ems", "intercept A")
R("麻烦 {A} 退件，谢谢", "jt", "intercept A")
R("{A} 拦截退回，辛苦！", "deppon", "intercept A")
R("老师好，{A} 这份标书密封有问题，需要拦回来重新封装，今天能拦吗？比较急。", "sf", "intercept A")
R("行政部确认：{A} 需拦截，收件人已离职，对方公司不代收。", "yto", "intercept A")
R("{A} 拦截 谢谢", "zto", "intercept A")
R("请帮忙拦截退回 {A}，寄件人 恒舟贸易 吴敏 {P}", "zto", "intercept A", cats=(4,))
R("你好，我是一隅设计的 Amy，{A} 麻烦拦截，打样色号不对，要重打。", "sf", "intercept A")
R("您好，{A} 退回来吧，患者说报告已经在医院自助机打印了，不用寄了。", "sf", "intercept A")
R("周律师交代：{A} 立即拦截，材料里夹了一份内部意见，不能提交。麻烦尽快处理，收到请回复。", "ems", "intercept A")
R("你好，请帮忙把 {A} 拦下来，退回宁波鄞州恒舟贸易。对方说这批发票抬头不对。", "zto", "intercept A")
R("烦请拦截：{A}\n原因：寄件地址和收件地址填反了", "sf", "intercept A")
R("{A} 这票是给房东的解约通知，老板说先不解约了，麻烦退回。", "ems", "intercept A")
R("您好 {A} 已经发出了吧？麻烦拦截，义齿加工单上牙位填错了。", "sf", "intercept A")
R("麻烦把 {A} 截住退回，样品型号发错了（客户要的是M8，我们发成了M6）", "sto", "intercept A")
R("您好，{A} 如果还没签收，请拦截退回；这份合同版本有误。", "ems", "intercept A")
R("{A} 拦截退回，客户的公章我们装错袋子了。", "sto", "intercept A")
R("{A} 现在拦截还来得及吗？来得及就拦。", "sf", "intercept A")
R("{A} 拦截退回", None, "intercept A", draw={"A": "jt"})

# cancel
R("您好，{A} 还没揽收，麻烦撤单，谢谢。", "sf", "cancel A")
R("{A} 取消寄件，领导说资料先不寄了。", "jd", "cancel A")
R("{A} 撤单，下单时寄件地址选错了，重新下一单。", "yto", "cancel A")
R("烦请作废 {A}，面单重复打印了，另一张已经寄出。", "zto", "cancel A")
R("{A} {B} 都撤销，今天不寄了，明天统一再约上门。", "sto", "cancel A B")
R("您好，下午约的取件 {A} 麻烦取消，老板临时出差，合同他带走当面签。", "sf", "cancel A")
R("{A} 不寄了，撤单。收到请回复", "yunda", "cancel A")
R("{A} 取消订单，谢谢", "cainiao", "cancel A")
R("您好，{A} 快递员还没来取，这单取消吧，文件我们自己送过去了。", "ems", "cancel A")
R("撤单 {A}", "sf", "cancel A")
R("{A} 麻烦撤销寄件，样品还在打样，今天出不来。", "deppon", "cancel A")

# change_address
R("您好，{A} 麻烦改一下地址：杭州市上城区钱江路1366号 华润大厦A座18楼 衡正律师事务所，收件人 周建华 {P}。谢谢",
  "ems", "change_address A", cats=(4,))
R("{A} 收件地址改为：上海市静安区南京西路1266号 恒隆广场28楼前台，收件人不变。", "sf", "change_address A")
R("麻烦 {A} 改派到 宁波市江北区人民路132号 外滩大厦906室 郑先生 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 转寄一下，客户今天在苏州工厂，地址：苏州工业园区星湖街328号 创意产业园3栋，王工 {P}", "sf",
  "change_address A", cats=(4,))
R("烦请将 {A} 的收件地址更改为 北京市朝阳区建国门外大街1号 国贸写字楼1座12层，联系人 李律师 {P}，辛苦。", "ems",
  "change_address A", cats=(4,))
R("{A} 改地址：苏州市姑苏区人民路 康宁口腔门诊部 二楼前台 郑佳琪 {P}", "jd", "change_address A", cats=(4,))
R("您好，{A} 对方法务说合同请寄到总部，新地址：深圳市南山区科技园 科兴科学园B栋1501，陈法务 {PN}", "sf",
  "change_address A", cats=(4,))
R("您好，{A} 收件人换一下，改为 刘医生，地址改到 苏州市吴中区东吴北路88号 吴中口腔医院 技工室，电话 {P}", "sf",
  "change_address A", cats=(4,))
R("{A} 改派：上海市徐汇区漕溪北路88号 圣爱大厦2201，一隅设计 李安妮 收", "sf", "change_address A")
R("你好，{A} 客户出差了，麻烦改送到他住的酒店：广州市天河区林和西路1号 广州富力君悦大酒店 前台代收 王先生", "jd",
  "change_address A")
R("打扰了，{A} 寄给客户的账本，客户说地址写成了老公司，麻烦改到 宁波市鄞州区四明中路999号 华茂大厦1506 李会计 {P}",
  "yto", "change_address A", cats=(4,))
R("{A} 需要改地址，新地址我确认后再发您。", "sf", "change_address A", nh=True)
R("{A} 收件人改为 何律师", "ems", "change_address A", nh=True)
R("{A} 收件人电话改为 {P}，原来那个号码写错了一位。", "sto", "change_address A", nh=True, cats=(4,))
R("您好，{A} 地址写错了，麻烦改一下。", "yto", "change_address A", nh=True)
R("{A} 能改地址吗？对方说这周都在分公司办公。", "jd", "change_address A", nh=True)

# urge
R("您好，{A} 是明天开庭要用的材料，烦请加急派送，辛苦了。", "ems", "urge A")
R("{A} 麻烦催一下，合同明天必须到。", "sf", "urge A")
R("{A} 客户在等着签字，能不能尽快派送？谢谢", "sf", "urge A")
R("麻烦催件 {A}，投标截止是后天上午九点，务必明天送达。", "sf", "urge A")
R("{A} {B} 帮忙催一下，都是月底前要入账的发票。", "yto", "urge A B")
R("{A} 三天了还在转运中心，麻烦催一下，里面是营业执照原件。", "zto", "urge A")
R("{A} 加急，谢谢！", "jd", "urge A")
R("您好，{A} 患者等这份检查报告去复诊，麻烦帮忙催派。", "sf", "urge A")
R("烦请催促派送 {A}，今天下班前需送达对方财务。", "ems", "urge A")
R("{A} 辛苦催一下哈，老板一直在问", "yunda", "urge A")
R("催一下 {A} 谢谢", "jt", "urge A")
R("{A} 是给法院的补充证据，举证期限本周五截止，烦请务必加急。", "ems", "urge A")
R("{A} 能否安排加急？这份是银行开户要用的公司章程原件。", "ems", "urge A")
R("您好，{A} 是寄给税务局的资料，今天是申报截止日，拜托催一下。", "yunda", "urge A")
R("您好，这里是明账财务的小许，{A} 是客户的税务Ukey，麻烦尽快派送，对方等着开票。", "yto", "urge A")
R("{A} 这票义齿加工厂寄出三天了还没到我们诊所，患者约了周四戴牙，麻烦催一下。", "sf", "urge A")
R("{A} {B} {C} 麻烦都催一下，都是给审计的资料，明天要进场。", "yto", "urge A B C", cats=(7,))
R("你好 {A} 麻烦加急 这是给律协的年检材料 截止明天", "ems", "urge A")
R("{A} 之前催过了，今天还没到，帮忙再催一次。", "sf", "urge A")
R("{A} 快递员说要我们自己去网点拿，不是应该送上门吗？麻烦催他送。", "zto", "urge A")
R("{A} 催一下。{B} 也是。", "sf", "urge A B")

# track
R("您好，请问 {A} 现在到哪了？", "sf", "track A")
R("{A} 麻烦查一下物流，领导问合同什么时候能到。", "ems", "track A")
R("{A}", "sf", "track A")
R("{A}\n{B}\n麻烦查一下这两票的物流", "zto", "track A B")
R("请问 {A} 今天能送到吗？下午三点签约。", "sf", "track A")
R("麻烦确认一下 {A} 对方是否已签收，收到请回复，谢谢", "ems", "track A")
R("{A} 到哪了", "yto", "track A")
R("{A} 查件", "yunda", "track A")
R("查一下 {A} {B} {C}", "jt", "track A B C", cats=(7,))
R("{A} 签收了吗？", "sf", "track A")
R("您好，{A} 是寄给香港客户的合同，请问现在清关了吗？", "ems", "track A", draw="ems_s10")
R("{A} 标书已经送到了吗？招标代理说还没看到。", "sf", "track A")
R("辛苦查一下 {A}，一直显示已揽收，后面就没信息了。", "jt", "track A")
R("早上好，{A} 今天能派吗？对方上午在，下午不在。", "sto", "track A")
R("{A} 是给对方律师的调解协议，麻烦看一下到哪了，今天下午要签。", "ems", "track A")
R("孙院长的会议资料 {A}，请问明天上午十点前能到南京吗？", "sf", "track A")
R("{A}\n{B}\n{C}\n{D}\n四票发票 都查一下什么时候到", "yto", "track A B C D", cats=(7,))
R("对方把盖好章的合同寄回给我们了，单号 {A}，麻烦查一下到哪了。", "zto", "track A")
R("样品客户看完寄回来了 {A}，帮忙查一下什么时候到宁波。", "sto", "track A")

# delay
R("{A} 显示五天没更新了，麻烦登记一下延误。", "ems", "delay A")
R("{A} 从前天下午到了杭州转运中心就一直没动。", "yto", "delay A")
R("您好，{A} 已经超过承诺时效两天了，还没有送到。", "sf", "delay A")
R("{A} 这票延误了，对方催了好几次，麻烦记录一下。", "jd", "delay A")
R("{A} 寄的次日达，今天第三天了还没到。", "sf", "delay A")
R("您好，{A} 停在分拨中心三天没动，怎么回事？", "yunda", "delay A")
R("{A} 怎么还没到，是不是延误了？", "sto", "delay A")
R("{A} 物流已经一周没有任何动静了。", "ems", "delay A")

# damaged
R("{A} 收到时外包装破了，里面的样品瓶碎了一只。", "sf", "damaged A")
R("{A} 加工厂反馈印模压坏了，拍了照片，这个没法用了。", "sf", "damaged A")
R("您好，{A} 文件袋破损，合同第一页被撕掉一角，麻烦登记一下。", "ems", "damaged A")
R("{A} 展板到了，边角全压坏了。", "deppon", "damaged A")
R("{A} 纸箱被水泡了，里面的样册全湿了，粘在一起。", "zto", "damaged A")
R("{A} 对方收到的石膏模型裂了，麻烦记录破损。", "jd", "damaged A")
R("{A} 外包装破了，里面东西完好，只是登记一下。", "sf", "damaged A")
R("{A} 是德邦的样品箱，外箱压塌了。", None, "damaged A", draw={"A": "deppon"})

# lost
R("{A} 已经一周了，查不到任何更新，里面是公章，是不是丢了？", "sf", "lost A")
R("{A} 对方说文件袋里少了一份合同，我们装了三份，只收到两份。", "yto", "lost A")
R("您好，{A} 物流显示到了网点，但网点说找不到这个件了。", "zto", "lost A")
R("{A} 样品寄了两箱，只到了一箱。", "deppon", "lost A")
R("{A} 快递员说件弄丢了，这个怎么处理？", "jt", "lost A")
R("您好，{A} 对方说收到了但是文件袋是空的，里面的东西没了。", "yto", "lost A")
R("{A} 是给合作方的样品，对方说外箱被拆过，里面少了两件。", "sto", "lost A")

# weight
R("{A} 只是一个文件封，怎么按3公斤计费？麻烦核一下重量。", "sf", "weight A")
R("{A} 重量不对，我们称的是1.2公斤，账单上是4公斤。", "deppon", "weight A")
R("您好，{A} 麻烦核重，月结账单上这票 18.5kg，我们寄的是两本样册。", "sf", "weight A")
R("{A} 超重了？一个信封能有多重，麻烦复核。", "jd", "weight A")
R("{A} {B} 这两票计费重量都偏高，烦请核实一下重量。", "zto", "weight A B")
R("{A} 称一下，感觉收多了", "yto", "weight A")

# verify_delivery
R("{A} 显示已签收，但对方律所前台说没有收到，麻烦核实一下。", "ems", "verify_delivery A")
R("{A} 显示本人签收，收件人说根本没见到快递员。", "sf", "verify_delivery A")
R("您好，{A} 签收人写的是“门卫”，但对方大厦门卫说没有这个件。", "zto", "verify_delivery A")
R("{A} 显示放快递柜了，对方没收到取件码，柜子里也没有。", "yto", "verify_delivery A")
R("麻烦核实签收 {A}，客户说没收到。", "jd", "verify_delivery A")
R("{A} 被别人签收了，我们诊所前台没人签过。", "sf", "verify_delivery A")
R("{A} 已妥投？对方财务说没有收到发票，麻烦查一下是谁签的。", "ems", "verify_delivery A")
R("{A} 显示签收了，签收人不是收件人本人，收件人也没拿到，里面是银行U盾，烦请核实。", "sf", "verify_delivery A")

# claim, complaint, arbitration
R("{A} 合同原件遗失，保价2000元，要求按保价赔付。", "sf", "claim A")
R("{A} 样品到了碎了三个，申请理赔，货值 ¥1,260。", "sto", "claim A")
R("您好，{A} 丢件的事情，我们要求赔偿，里面是客户的护照复印件和公证书，重新办理要 3800 元。", "ems", "claim A")
R("{A} 义齿模型破损，加工费 680 元白做了，麻烦走理赔。", "sf", "claim A")
R("{A} 理赔，保价金额 5000，损失清单稍后邮件发送。", "jd", "claim A")
R("{A} 申请理赔，文件袋进水，合同原件全部泡烂了，保价 1000。", "ems", "claim A", cats=(8,))
R("{A} 快递员没打电话就直接放门口了，投诉。", "zto", "complaint A")
R("投诉 {A} 的派送员，态度很差，对我们前台大吼大叫。", "yto", "complaint A")
R("{A} 约好上午取件，等了一上午没人来，电话也不接，我们要投诉。", "sf", "complaint A")
R("您好，我要投诉 {A} 的快递员，没经过我们同意就让保安代签，事先也没联系。", "ems", "complaint A")
R("你好，投诉一下 {A} 的揽件员，约了两点来取，五点才到，耽误我们寄标书。", "sf", "complaint A")
R("{A} 理赔金额我们不认可，申请仲裁。", "sf", "arbitration A")
R("您好，{A} 破损责任认定有争议，烦请走仲裁流程。", "deppon", "arbitration A")
R("{A} 申请仲裁，谢谢", "zto", "arbitration A")

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} {B} 拦截，{B} 算了，郑总说那份照常寄。", "zto", "intercept A", cats=(1,))
R("早上请你们拦截的 {A}，郑总改主意了，不用拦了，正常派送就行，麻烦了。", "zto", "", nh=True, cats=(1,))
R("{A} 拦截退回。\n——更新：周律师刚来电话，不拦了，照常送达。", "ems", "", cats=(1, 2))
R("{A} 不是不拦，是现在马上拦，对方要是签收了就麻烦了。", "sf", "intercept A", cats=(1,))
R("{A} 不要退回，改寄到 上海市黄浦区中山东一路18号 5楼 对方新办公室，收件人不变。", "sf", "change_address A",
  cats=(1,))
R("{A} 不用加急，正常送就行；{B} 要加急，明天开庭用。", "ems", "urge B", cats=(1, 7))
R("{A} {B} {C} 都催一下，{B} 除外，那份不急。", "yto", "urge A C", cats=(1, 7))
R("昨天说要改地址的 {A}，不用改了，客户还在原来的地方。", "sf", "", nh=True, cats=(1,))
R("{A} 撤单……算了，不撤了，快递员已经在路上了，让他来取吧。", "jd", "", cats=(1,))
R("{A} 先别拦。", "yunda", "", nh=True, cats=(1,))
R("{A} 不需要理赔了，对方公司说合同扫描件也可以用。", "sf", "", nh=True, cats=(1,))
R("您好，{A} 我们不投诉了，快递员已经道歉，谢谢。", "yto", "", nh=True, cats=(1,))
R("{A} 拦截取消，还是正常派送吧，领导又同意签这份合同了。", "ems", "", nh=True, cats=(1,))
R("同事问 {A} 要不要拦截，我看不用，麻烦查一下现在到哪了。", "zto", "track A", cats=(1,))
R("{A} 和 {B} 都是今天要送到的合同，{A} 已经到了，不用管；{B} 麻烦催一下。", "sf", "urge B", cats=(1, 7))
R("除了 {A}，其他几票都拦截：{B} {C} {D}", "sto", "intercept B C D", cats=(1, 7))
R("{A} 拦截，{B} 不拦，{C} 拦截。", "zto", "intercept A C", cats=(1, 7))
R("{A} 先不撤单了，客户说还是要，照常寄。", "jt", "", nh=True, cats=(1,))
R("{A} 拦截不用了，改成加急派送。", "sf", "urge A", cats=(1, 2))
R("老板说 {A} 不要拦截，也不要改地址，就原地址送，催一下就行。", "sf", "urge A", cats=(1,))
R("{A} 不用退回，对方同意签收了，麻烦尽快送过去。", "zto", "urge A", cats=(1,))
R("{A} 并不是要撤单，是想问一下能不能晚点来取，下午四点以后。", "sf", "", nh=True, cats=(1,))
R("{A} 别派了，退回来。", "yto", "intercept A", cats=(1,))
R("{A} 不要送到前台，前台没人，改送到 杭州市上城区钱江路1366号 华润大厦A座1803 陈雯 {P}", "ems", "change_address A",
  cats=(1, 4))
R("{A} 这票不能丢，里面是法院的原件，麻烦一定看好，今天务必送到。", "ems", "urge A", cats=(1,))
R("{A} 我们没说要赔偿，只是想登记一下外箱破损，里面东西没事。", "sf", "damaged A", cats=(1, 8))
R("{A} 并没有丢，对方在快递柜里找到了，谢谢各位。", "yto", "", nh=True, cats=(1,))
R("我们不是要投诉，就是想问问 {A} 什么时候能到。", "sf", "track A", cats=(1,))
R("{A} 先催一下，实在今天到不了再说拦不拦。", "sf", "urge A", cats=(1,))
R("孙院长交代 {A} 这份病历复印件今天必须到，麻烦加急；他说 {B} 那份不急，不用催。", "sf", "urge A", cats=(1, 7))
R("{A} 拦截退回——刚才郑总说先别动，等他电话。", "zto", "", cats=(1,))
R("各位注意：以后发票都改寄到新地址 宁波市鄞州区天童南路588号 宁波文化广场B座701，{A} 这票还是按原地址送。", "zto",
  "", cats=(1,))
R("{A} 不是要改地址，是收件人名字写错了一个字，“何律帅”改成“何律师”，地址没问题。", "ems", "change_address A",
  nh=True, cats=(1,))
R("{A} 不拦了，改寄到 苏州市姑苏区干将西路1188号 苏州市立医院本部 口腔科 刘医生 {P}", "sf", "change_address A",
  cats=(1, 4))
R("{A} 和 {B}：前一票不撤，后一票撤单。", "jd", "cancel B", cats=(1, 7))
R("{A} {B} {C} 三票都是寄法院的，一票都不能拦，麻烦全部加急。", "ems", "urge A B C", cats=(1, 7))

# ---------------------------------------------------------------- 2: corrections
R("{A} 撤单——不好意思，刚查了已经揽收了，那就拦截退回吧。", "sf", "intercept A", cats=(2,))
R("{A} 加急。抱歉单号发错了，是 {B}。", "sf", "urge B", cats=(2,))
R("{A:typo} 拦截\n更正：单号打错一位，应为 {A}", "yto", "intercept A", cats=(2,))
R("刚才小林发的单号少了一位，正确的是 {A}，麻烦拦截，谢谢。", "yto", "intercept A", cats=(2,))
R("{A} 改址取消，还是拦截吧。", "zto", "intercept A", cats=(2,))
R("{A} 麻烦催一下——哦不对，这票是要拦截的，我看错表了。", "sto", "intercept A", cats=(2,))
R("更正一下上午的消息：需要拦截的是 {A}，不是 {B}，{B} 照常派送。", "ems", "intercept A", nh=True, cats=(1, 2))
R("{A} 拦截\n{B} 加急\n不好意思写反了，{A} 加急，{B} 拦截。", "sf", "urge A; intercept B", cats=(2, 7))
R("{A} 地址改为 苏州工业园区星湖街328号 3栋；更正：是 5栋502，收件人 王工 {P}", "sf", "change_address A",
  cats=(2, 4))
R("请忽略上一条，{A} 不是拦截，是加急。", "yto", "urge A", cats=(1, 2))
R("{A} 拦截。\n抱歉，同事提醒这票是上周的，已经签收了，那就不拦了，查一下是谁签收的吧。", "zto", "track A", cats=(2,))
R("{A:cut} 拦截", "yto", "", nh=True)
R("{A} 撤单，不对，是 {B} 撤单，{A} 已经寄出去了别动。", "jt", "cancel B", cats=(1, 2))
R("不好意思，周律师说的是 {A} 加急，不是拦截，我刚才听错了。", "ems", "urge A", cats=(2,))
R("{A} 地址改为 北京市海淀区中关村大街27号 中关村大厦9层\n哦不对，还是退回吧，客户说下个月再寄。", "jd", "intercept A",
  cats=(2,))
R("{A} 拦截退回，还是……改派到 宁波市鄞州区天童南路588号 宁波文化广场B座701 郑总 {P} 吧。", "zto", "change_address A",
  cats=(2, 4))
R("{A} 的收件人电话是 {P}，刚才发的那个号码是我们前台的，弄错了。", "sto", "change_address A", nh=True, cats=(2, 4))
R("{A} {B} {C} 拦截。更正，{C} 发错了，应该是 {D}。", "sto", "intercept A B D", cats=(2, 7))
R("{A} 拦截，哦不对，这票已经签收了。{B} 才是要拦截的。", "sf", "intercept B", cats=(2,))
R("{A} 查件。\n补充：查了下已经停三天了，帮忙催一下。", "yunda", "urge A", cats=(2,))
R("郑总上午说 {A} 拦截，下午又说改到宁波仓库：宁波市北仑区明州路 恒舟仓库 小蒋 {P}。以下午的为准。", "zto",
  "change_address A", cats=(2, 4))
R("{A} 单号更正为 {B}，其他不变，加急。", "sf", "urge B", cats=(2,))
R("不好意思，刚才那条撤单的单号发错了，{A} 不撤，要撤的是 {B}。", "jd", "cancel B", nh=True, cats=(1, 2))
R("{A} 拦截。\n不对，郑总说先送。\n刚又来电话，还是拦截。", "zto", "intercept A", cats=(2,))
R("{A} 加急——sorry 看错了，{A} 是核重，账单上 9kg，我们寄的是一盒色卡。", "sf", "weight A", cats=(2,))
R("小林刚才把单号抄成 {A:typo} 了，正确的是 {A}，改地址：杭州市滨江区江南大道3850号 创新大厦1102 孙院长 {P}", "sf",
  "change_address A", nh=True, cats=(2, 4))
R("{A} 催件\n{B} 催件\n更正：第二个是拦截，不是催件。", "yto", "urge A; intercept B", cats=(2, 7))
R("{A} 投诉……算了，先登记破损吧，投诉等领导回来再定。", "deppon", "damaged A", cats=(2, 1))
R("{A} 改地址 上海市长宁区延安西路1088号 长峰中心2201\n更正一下：门牌是2203，不是2201。", "sf", "change_address A",
  cats=(2,))
R("刚刚发的 {A} 是上一批的单号，请忽略；要加急的是 {B}。", "ems", "urge B", nh=True, cats=(1, 2))

# ---------------------------------------------------------------- 3: quotes, colleagues and the bot
R("「何律师：{A} 拦截退回」\n" + Q + "\n{B} 这个也拦截一下。", "ems", "intercept B", cats=(3,))
R("「小林：{A} 今天寄出的合同」\n" + Q + "\n这单催一下，对方说明天中午前必须到。", "sf", "urge A", cats=(3,))
R("「" + BOT + "：@陈雯 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的，辛苦。", "ems", "", cats=(3,))
R("「" + BOT + "：@吴敏 {A} 已签收，无法拦截」\n" + Q + "\n签收人是谁？我们客户说没收到。", "zto", "verify_delivery A",
  cats=(3,))
R("「" + BOT + "：@李安妮 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n那就撤单吧。", "sf",
  "cancel A", cats=(3,))
R("「" + BOT + "：@郑佳琪 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n收到，谢谢", "jd", "", cats=(3,))
R("回复 @陈雯：{A} 这个要不要拦？\n不用拦，照常送。", "ems", "", cats=(1, 3))
R("回复 @陈雯：{A} 已寄出，麻烦跟进\n@" + BOT + " 这单到哪了", "ems", "track A", cats=(3,))
R("引用 吴敏：{A} {B} 两票拦截\n{B} 不用拦了，郑总说这票照常送。", "zto", "", nh=True, cats=(1, 3))
R("「" + BOT + "：@陈雯 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n麻烦问下改址成功了吗？明天就开庭了。", "ems",
  "", nh=True, cats=(3,))
R("「郑总：这批发票 {A} 必须今天到客户手里」\n" + Q + "\n收到郑总。@" + BOT + " {A} 麻烦加急派送。", "zto", "urge A",
  cats=(3,))
R("「" + BOT + "：@吴敏 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n确认，{A} 拦截退回。", "zto", "intercept A",
  cats=(3,))
R("「" + BOT + "：@陈雯 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q
  + "\n另外我们要申请理赔，里面是证据原件，重新公证花了1200元。", "ems", "claim A", cats=(3, 8))
R("「Kevin：{A} 客户说不要了，退回吧」\n" + Q + "\n@" + BOT + " 按Kevin说的办。", "sf", "intercept A", cats=(3,))
R("「小唐：{A} 是不是寄错了？」\n" + Q + "\n没寄错，就是这个地址。", "ems", "", cats=(3,))
R("引用 周律师：法院通知我们补交材料，{A} 是昨天寄出的那份\n这单到哪了？麻烦查一下。", "ems", "track A", cats=(3,))
R("「" + BOT + "：@吴敏 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n不用拦了，客户又要了。", "zto", "", nh=True,
  cats=(1, 3))
R("「" + BOT + "：@陈雯 您的消息已转人工客服处理，请稍候」\n" + Q + "\n好的，等回复。", "ems", "", cats=(3,))
R("「Amy：{A} {B} {C} 今天寄的三份样册」\n" + Q + "\n第二份麻烦拦截，客户换设计了。", "sf", "intercept B", cats=(3, 7))
R("「" + BOT + "：@李安妮 {A} 已为您催促派送，请耐心等待」\n" + Q + "\n催了两天了还是没送到，投诉。", "sf",
  "delay A; complaint A", cats=(3, 8))
R("「何律师：这两票 {A} {B} 都是给中院的」\n" + Q + "\n@" + BOT + " 两票都加急，周五前必须到。", "ems", "urge A B",
  cats=(3, 7))
R("回复 @" + BOT + "：@吴敏 {A} 撤单成功\n谢谢！另外 {B} 也撤一下。", "zto", "cancel B", cats=(3,))
R("「周律师：{A} 先别寄了」\n" + Q + "\n周律师，这个已经寄出了，要拦截吗？", "ems", "", cats=(3,))
R("「小林：单号 {A}」\n" + Q + "\n这个不是我们的件，小林发错群了，忽略。", "sf", "", cats=(3,))
R("「" + BOT + "：@郑佳琪 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n登记完有结果了吗？患者一直在问。",
  "sf", "", nh=True, cats=(3,))
R("引用 郑总：{A} 拦截\n郑总，我刚查了这票昨天已经签收了。", "zto", "", cats=(3,))
R("「陈雯：{A} 加急」\n" + Q + "\n这票是我发的，单号没错，麻烦快一点，已经第四天了。", "ems", "urge A", cats=(3,))
R("「" + BOT + "：@吴敏 {A} 已签收，无法拦截」\n" + Q + "\n那 {B} 呢？这票应该还没签收，拦一下。", "zto", "intercept B",
  cats=(3,))
R("「小林：{A} 拦截」\n" + Q + "\n小林，这票是何律师的，你先别动，问过他再说。", "ems", "", nh=True, cats=(1, 3))
R("转发：\n【顺丰速运】您的快件 {A} 已被拦截，正在退回途中。\n这是谁拦的？我们没申请过啊", "sf", "", nh=True, cats=(3,))
R("【京东物流】您的快件已由本人签收，运单号 {A}\n我们根本没收到，谁签的？", "jd", "verify_delivery A", cats=(3,))
R("{A} 拦截退回\n------\n上面是上午吴姐发的，我补充一下：{B} 也拦。", "zto", "intercept B", cats=(3,))
R("「" + BOT + "：@陈雯 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n辛苦，顺便问下拦截成功一般要多久？", "ems", "",
  nh=True, cats=(3,))
R("回复 @吴敏：{A} 这票是你寄的吗？\n是我寄的，样品发错型号了，@" + BOT + " 麻烦拦截。", "sto", "intercept A", cats=(3,))
R("引用 Kevin：{A} 改地址到公司\n公司地址是 上海市徐汇区漕溪北路88号 圣爱大厦2201，李安妮 {P}，麻烦按这个改。", "sf",
  "change_address A", cats=(3, 4))
R("「孙院长：{A} {B} 两份报告，前一份患者来诊所拿了」\n" + Q + "\n所以 {A} 麻烦拦截退回，{B} 正常送。", "sf",
  "intercept A", cats=(3, 1))
R("「" + BOT + "：@陈雯 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n先不确认，等周律师开完庭我再回复。", "ems", "",
  cats=(3,))
R("回复 @陈雯：{A} 要不要加急？\n要，今天必须到。", "ems", "urge A", cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 加急，收件人 何律师 {PN}，案号（2026）浙0106民初8812号。", "ems", "urge A", cats=(4,))
R("您好，发票号码 04512387，金额 ¥12,800.00，单号 {A}，麻烦查一下到哪了。", "zto", "track A", cats=(4,))
R("{A} 拦截，对应采购订单号 {O}，客户退款了。", "yto", "intercept A", cats=(4,))
R("合同编号 HT-2026-1207-03，顺丰单号 {A}，麻烦催一下，对方法务 {PN} 在等。", "sf", "urge A", cats=(4,))
R("{PN} 这是收件人电话，单号是 {A}，打了三次没人接，麻烦看下物流。", "jt", "track A", cats=(4,))
R("数电发票号码 24332000000158630917，纸质版今天寄出 {A}，请问明天能到吗？", "yto", "track A", cats=(4,))
R("{A} 改地址：杭州市滨江区江南大道3850号 创新大厦1102，联系人 孙院长，电话 0571-87651234 / {P}", "sf",
  "change_address A", cats=(4,))
R("病历号 20260418，患者 王女士 {PN}，检查报告单号 {A}，麻烦加急。", "sf", "urge A", cats=(4,))
R("您好，月结卡号 7551234567，{A} 这票重量麻烦核一下，账单上 6.8kg。", "sf", "weight A", cats=(4,))
R("{A} 保价 3000 元，合同原件丢了，申请理赔。联系人 吴敏 {PN}", "zto", "claim A", cats=(4, 8))
R("统一社会信用代码 91330212MA2H8K7Q3X 的营业执照原件在 {A} 里，千万别丢，麻烦催一下。", "zto", "urge A", cats=(4, 1))
R("订单 {O} 对应的快递 {A}，客户申请退款了，麻烦拦截。", "jd", "intercept A", cats=(4,))
R("投标保证金 50000 元的回单在 {A} 里，今天必须到招标代理，麻烦加急。代理联系人 {PN}", "sf", "urge A", cats=(4,))
R("{A} 收件人：张律师 {PN}，地址：杭州市西湖区学院路77号 黄龙万科中心G座16楼。原来写的是H座，麻烦改过来。", "ems",
  "change_address A", cats=(4, 2))
R("{A} 的运费是多少？报销单号 BX202612070015 要填。", "yto", "", nh=True, cats=(4,))
R("工号 0831 的小邓寄的 {A}，是给客户的样品，重量不对，账单 12kg，实际 3kg 左右。", "sto", "weight A", cats=(4,))
R("您好，{A} 拦截退回，订单号 {O}，买家电话 {PN}，谢谢。", "yunda", "intercept A", cats=(4,))
R("快递员电话 {PN} 一直打不通，{A} 今天能送到吗？", "zto", "track A", cats=(4,))
R("{A} 这单里是两张发票，号码 00981256、00981257，对方说只收到一张，另一张不见了。", "ems", "lost A", cats=(4,))
R("快递单 {A}，内附支票一张，金额 86,500.00，麻烦加急派送，务必本人签收。", "sf", "urge A", cats=(4,))
R("{A} 拦截。寄件人电话 {PN}，收件人电话 {PN2}，都可以联系。", "sto", "intercept A", cats=(4,))
R("诊所座机 0512-65238890，{A} 派送前请先打这个电话，白天有人。", "sf", "", nh=True, cats=(4,))
R("{P}\n{A}\n上面是我手机，下面是单号，麻烦催一下。", "zto", "urge A", cats=(4,))
R("{O}\n这是平台订单号，快递单号是 {A}，客户说不要了，退回吧。", "yunda", "intercept A", cats=(4,))
R("您好，请问 {A} 几号能到？对方 18 号上午开庭，0571-85112233 是法院立案庭电话。", "ems", "track A", cats=(4,))
R("{A} 保价 8000，实际货值 7,650 元，样品全碎了，要求理赔。", "sf", "claim A", cats=(4, 8))
R("收件人换了手机号 {PN}，{A} 派送时打这个。", "jt", "change_address A", nh=True, cats=(4,))
R("语音转文字：那个幺三九开头的是我电话不是单号 单号是{A} 麻烦催一下", "sto", "urge A", cats=(4, 5))
R("{A} 重量 0.3kg，账单却按 5kg 收了 68 元，麻烦核重。", "sf", "weight A", cats=(4,))

# ---------------------------------------------------------------- 5: other ways of writing
R("Hi，{A} pls intercept，客户 cancel 了这个 project。", "sf", "intercept A", cats=(5,))
R("{A} urgent 一下，thx", "sf", "urge A", cats=(5,))
R("{A} 麻烦 cuijian，客户明早 presentation 要用", "sf", "urge A", cats=(5,))
R("Kevin 说 {A} return to sender", "sf", "intercept A", cats=(5,))
R("{A} where is it now? 客户在问", "jd", "track A", cats=(5,))
R("{A} 帮忙 gaizhi，新地址 上海市长宁区延安西路1088号 长峰中心2201 Kevin 收", "sf", "change_address A", cats=(5,))
R("Hello，{A} cancel the order，今天不寄了", "jd", "cancel A", cats=(5,))
R("喂那个{A}帮我拦截一下文件寄错了谢谢啊", "ems", "intercept A", cats=(5,))
R("{A} 蓝接一下（语音打的字，是拦截）", "yto", "intercept A", cats=(5,))
R("FYI：{A} 样品 damaged，客户发来照片了，外壳裂了", "sf", "damaged A", cats=(5,))
R("{A} lanjie，谢谢", "zto", "intercept A", cats=(5,))
R("{A} 麻烦 check 一下 weight，bill 上写 5kg", "sf", "weight A", cats=(5,))
R("{A} chedan 谢谢", "yunda", "cancel A", cats=(5,))
R("{A} 要 claim，样品 lost 了，value RMB 2,000", "sf", "claim A", cats=(5, 8))
R("Kevin：{A} 这个 hold 住，先别送，return 回来。", "sf", "intercept A", cats=(5,))
R("{A} 的 POD 能发一下吗？客户 audit 要用", "sf", "", nh=True, cats=(5,))
R("那个 {A} 的话 麻烦 崔一下 合同明天要用的 谢谢", "zto", "urge A", cats=(5,))
R("{A} 件到了但是 broken 了，要 complain 一下快递员，扔在地上的", "sto", "damaged A; complaint A", cats=(5, 8))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n麻烦催一下，合同明天要用", "sf", "urge A", cats=(6,))
R("{A:sp} 麻烦加急", "ems", "urge A", cats=(6,), draw="ems_s10")
R("{A:sp} 这个拦截退回，谢谢", "yto", "intercept A", cats=(6,))
R("单号 {A:dash}，到哪了？", "sf", "track A", cats=(6,))
R("{A:nl} 撤单", "jd", "cancel A", cf=True, cats=(6,))
R("您好，国际件 {A:sp} 是寄往新加坡的合同正本，请查一下清关进度。", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:lc} 麻烦拦截", "sf", "intercept A", cats=(6,))
R("{A:fw} 催一下", "zto", "urge A", cats=(6,))
R("{A:nl} 改地址 上海市浦东新区世纪大道100号 环球金融中心45楼前台", "sf", "change_address A", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n两票都查一下", "ems", "track A B", cats=(6, 7), draw="ems_s10")
R("{A:fw} 拦截，收件人电话 {PN}", "zto", "intercept A", cats=(6, 4))
R("{A:dash} 核重，谢谢", "deppon", "weight A", cats=(6,))
R("单号：{A:sp}（手机复制过来带空格了）拦截退回", "sto", "intercept A", cats=(6,))
R("{A:nl}\n{B} 这两票拦截", "sf", "intercept A B", cf=True, cats=(6, 7))
R("{A:dash} 加急 {B:dash} 查件", "yto", "urge A; track B", cats=(6, 7))
R("您好，{A:nl} 这票麻烦退回，对方拒收了", "ems", "intercept A", cf=True, cats=(6,))
R("EMS国际 {A:sp} 香港那边显示退件了？麻烦查一下", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:lc} 显示签收了，我们没收到", "jd", "verify_delivery A", cats=(6,))

# ---------------------------------------------------------------- 7: several parcels, positions, tables
R("以下三票：\n{A}\n{B}\n{C}\n第一票拦截，后两票加急。", "sf", "intercept A; urge B C", cats=(7,))
R("今日寄出合同跟进：\n1. {A} 上海 已签收\n2. {B} 北京 加急\n3. {C} 深圳 拦截退回（对方要求修改条款）", "sf",
  "urge B; intercept C", cats=(7,))
R("单号\t收件方\t处理\n{A}\t杭州中院\t加急\n{B}\t对方律所\t查件\n{C}\t委托人\t拦截", "ems",
  "urge A; track B; intercept C", cats=(7,))
R("{A} 拦截\n{B} 拦截\n{C} 催件\n{D} 查件", "zto", "intercept A B; urge C; track D", cats=(7,))
R("{A}、{B}、{C}、{D} 以上四票全部拦截退回，这批样品有质量问题。", "sto", "intercept A B C D", cats=(7,))
R("{A} {B}\n上面两个加急，都是明天投标用的。", "sf", "urge A B", cats=(7,))
R("这三票 {A} {B} {C}，第二票改地址到 宁波市鄞州区首南街道泰康中路599号 郑总 {P}，其他两票正常送。", "zto",
  "change_address B", cats=(7, 4))
R("{A}（顺丰）催一下，{B}（京东）查一下到哪了。", None, "urge A; track B", cats=(7,), draw={"A": "sf", "B": "jd"})
R("{A} 加急\n{B} 加急\n{C} 拦截\n以上，辛苦。", "ems", "urge A B; intercept C", cats=(7,))
R("{A} {B} {C} 都是寄给同一个客户的，对方公司关门了，全部退回。", "yto", "intercept A B C", cats=(7,))
R("序号\t单号\t文件\t要求\n1\t{A}\t劳动合同\t加急\n2\t{B}\t离职证明\t加急\n3\t{C}\t社保材料\t查物流", "jt",
  "urge A B; track C", cats=(7,))
R("{A} 和 {B} 都拦一下，{C} 跟 {D} 催一下，谢谢。", "zto", "intercept A B; urge C D", cats=(7,))
R("{A}\n{B}\n{C}\n以上除第二票外都加急。", "sf", "urge A C", cats=(7, 1))
R("{A} 撤单，{B} 撤单，{C} 已经揽收了就拦截。", "jd", "cancel A B; intercept C", cats=(7,))
R("合同一式三份分别寄出：\n甲方 {A}\n乙方 {B}\n见证律师 {C}\n甲方那份麻烦催一下，其余的不用管。", "ems", "urge A",
  cats=(7,))
R("{A}（样册）\n{B}（色卡）\n{C}（打样）\n色卡那票拦截，打样那票加急。", "sf", "intercept B; urge C", cats=(7,))
R("{A} {B} {C} {D} {E}\n前三票拦截，最后两票正常派送。", "sto", "intercept A B C", cats=(7, 1))
R("{A} {B} 这两个 一个拦截一个催件，我问下同事是哪个再说。", "yto", "", nh=True, cats=(7,))
R("{A}\t宁波\t拦截\n{B}\t杭州\t拦截\n{C}\t温州\t改址 温州市鹿城区车站大道577号 财富中心1806 {P}", "zto",
  "intercept A B; change_address C", cats=(7, 4))
R("{A}、{B} 麻烦核重，{C} 显示签收了但对方说没收到。", "sf", "weight A B; verify_delivery C", cats=(7,))
R("今天第二批：{A} {B} {C}，全部加急。第一批的 {D} 查一下到哪了。", "sf", "urge A B C; track D", cats=(7,))
R("{A} 到了吗\n{B} 到了吗\n{C} 这个拦截", "yto", "track A B; intercept C", cats=(7,))
R("{A} {B} {C}\n1、2 拦截 3 查件", "sto", "intercept A B; track C", cats=(7,))
R("上面两票拦截", "sto", "", nh=True, cats=(7,))
R("{A} 拦截，{B} 改地址 杭州市拱墅区莫干山路100号 耀江国际1203 何律师 {P}，{C} 加急。", "ems",
  "intercept A; change_address B; urge C", cats=(7, 4))
R("{A} 圆通的，拦截；{B} 极兔的，催一下；{C} 德邦的，核重。", None, "intercept A; urge B; weight C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "deppon"})
R("您好，今天三家快递都有件：{A} {B} {C}，麻烦都查一下。", None, "track A B C", cats=(7,),
  draw={"A": "sf", "B": "jd", "C": "yto"})
R("周律师今天的件：\n{A} 中院 加急\n{B} 仲裁委 加急\n{C} 委托人 正常\n{D} 对方律所 拦截，函件内容要改", "ems",
  "urge A B; intercept D", cats=(7,))
R("{A}\n{B}\n{C}\n这三个都是今天寄的发票，第三个寄错客户了麻烦拦截，前两个没问题。", "zto", "intercept C", cats=(7, 1))
R("{A} {B} 这两票，后面那个麻烦改送到 上海市徐汇区漕溪北路88号 圣爱大厦2201 Kevin {P}。", "sf", "change_address B",
  cats=(7, 4))
R("{A} 和 {B} 是同一个客户的两箱样品，{A} 到了，{B} 没到，麻烦查一下。", "sto", "track B", cats=(7,))
R("单号 | 处理\n{A} | 撤单\n{B} | 撤单\n{C} | 加急", "jd", "cancel A B; urge C", cats=(7,))
R("{A} {B} {C} {D} 全部加急，其中 {C} 还要核一下重量，收了 45 元不对。", "sf", "urge A B C D; weight C", cats=(7, 8))
R("早上寄出的四份：{A} {B} {C} {D}\n第1、3份加急，第4份拦截，第2份不用管。", "ems", "urge A C; intercept D", cats=(7,))
R("{A} {B} {C}\n中间那票拦截", "yto", "intercept B", cats=(7,))
R("{A} 拦\n{B} 拦\n{C} 不拦\n{D} 拦", "jt", "intercept A B D", cats=(7, 1))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 快递员把我们的样品箱摔坏了，还骂人，要投诉，损失也要赔。", "sto", "claim A; complaint A", cats=(8,))
R("{A} 破损，快递员态度也很差，投诉。", "sf", "damaged A; complaint A", cats=(8,))
R("{A} 延误了，客户要投诉。", "ems", "delay A; complaint A", cats=(8,))
R("{A} 拦截，并投诉揽件员，下单时地址被他改错了。", "yto", "intercept A; complaint A", cats=(8,))
R("{A} 快点送，客户已经投诉了。", "zto", "urge A; complaint A", cats=(8,))
R("{A} 重量不对，另外外箱也压坏了。", "deppon", "weight A; damaged A", cats=(8,))
R("{A} 合同丢了，要求赔偿，同时投诉网点处理不及时。", "sf", "claim A; complaint A", cats=(8,))
R("{A} 催一下，另外麻烦核一下重量，收了我们 46 元。", "sf", "urge A; weight A", cats=(8,))
R("{A} 理赔申请被驳回了，我们不服，申请仲裁，也要投诉处理人员。", "sf", "arbitration A; complaint A", cats=(8,))
R("{A} 遗失，理赔 + 投诉。", "jt", "claim A; complaint A", cats=(8,))
R("{A} 显示已签收，我们没收到，麻烦核实，快递员也从来不打电话，投诉。", "yto", "verify_delivery A; complaint A",
  cats=(8,))
R("{A} 拦截退回，{B} 外箱破损登记一下并投诉派送员。", "deppon", "intercept A; damaged B; complaint B", cats=(7, 8))
R("{A} 改地址到 苏州市姑苏区干将西路1188号 苏州市立医院本部 口腔科 刘医生 {P}，顺便催一下，患者明天手术。", "sf",
  "change_address A; urge A", cats=(8, 4))
R("{A} 少了一份文件，要赔偿，另外这票也超重了，帮忙核实。", "ems", "claim A; weight A", cats=(8,))
R("{A} 延误三天，导致我们错过投标，要求赔偿。", "sf", "claim A", cats=(8,))
R("{A} 画册压坏了，快递员还不承认，投诉，另外我们要求按保价 1500 赔。", "sf", "claim A; complaint A", cats=(8, 4))
R("{A} 件丢了，我们申请理赔；理赔金额要是谈不拢就走仲裁。", "zto", "claim A", cats=(8,))
R("{A} 外箱破了，样品少了一个，另一个也摔坏了，申请赔偿。", "deppon", "claim A", cats=(8,))
R("{A} 对理赔结果有异议，申请仲裁。", "jd", "arbitration A", cats=(8,))

# ---------------------------------------------------------------- commands mentioned, not asked; questions
R("上次拦截的那票 {A} 到哪了？", "zto", "track A")
R("{A} 拦截成功了吗？对方说还是收到了派送通知。", "sf", "", nh=True)
R("昨天申请的改址 {A} 改好了没有？", "ems", "", nh=True)
R("拦截要收费吗？", "sf", "", nh=True)
R("请问改地址一般多久能生效？", "sf", "", nh=True)
R("上个月破损理赔的那票 {A}，赔款什么时候到账？财务在问。", "sto", "", nh=True, cats=(8,))
R("{A} 是《撤销仲裁裁决申请书》，今天必须送到中院立案庭，麻烦加急。", "ems", "urge A")
R("{A} 是寄给仲裁委的证据材料，麻烦查一下到哪了。", "ems", "track A")
R("{A} 是我们寄给欠款客户的催款函，想确认一下对方签收了没有。", "ems", "track A")
R("{A} 是要求对方赔偿损失的律师函，对方拒收，麻烦退回本所。", "ems", "intercept A")
R("{A} 是我们给物业的投诉信，请问到了吗？", "yto", "track A")
R("{A} 里面是保险公司的理赔材料，烦请加急。", "sf", "urge A")
R("{A} 是寄回厂家维修的破损样机，走到哪了？", "sto", "track A")
R("{A} 是工商变更地址的登记材料，今天要交到市场监管局，麻烦催一下。", "zto", "urge A")
R("公司邮箱把对方的邮件拦截了，所以合同只能寄纸质版，{A} 现在到哪了？", "sf", "track A")
R("{A} 是作废发票的原件，要寄回给客户的，麻烦催派。", "yto", "urge A")
R("财务说上个月那张发票被客户退回了，重开的已经寄出 {A}，请问大概什么时候到？", "zto", "track A")
R("老板说要是再延误就投诉，{A} 麻烦催一下。", "jd", "urge A")
R("{A} 里面是员工的离职证明和退工单，对方等着办社保，辛苦加急。", "jt", "urge A")
R("{A} 麻烦提供一下签收底单，法院要求作为送达证明。", "ems", "", nh=True)
R("{A} {B} 这两票的运费麻烦开一下发票，抬头 恒舟贸易有限公司，税号 91330212MA2H8K7Q3X。", "zto", "", nh=True,
  cats=(4,))
R("{A} 能改成到付吗？对方同意付运费。", "sf", "", nh=True)
R("{A} 面单上寄件公司名字打错了，能改吗？", "yto", "", nh=True)
R("{A} 签收了吗？另外麻烦把签收照片发一下，报销要用。", "sf", "track A", nh=True)
R("拦截一下", "sf", "", nh=True)
R("刚才那份合同麻烦拦截，单号我找一下。", "ems", "", nh=True)
R("尾号3812那票催一下", "zto", "", nh=True)
R("{A} 撤单了吗？快递员下午还是打电话来说要上门取件。", "jd", "", nh=True)
R("周律师问上周理赔那件事有进展吗，{A}。", "sf", "", nh=True, cats=(8,))
R("{A} 之前拦截过一次没成功，现在到哪了？", "yto", "track A")
R("你们这边能拦截顺丰的件吗？", "zto", "", nh=True)
R("{A} 要是明天还到不了，我们就只能拦截重寄了，先帮忙催一下。", "sf", "urge A")
R("{A} 对方已经签收了，谢谢大家。", "ems", "")
R("{A} 退回来了，我们已经收到，谢谢。", "zto", "")
R("{A} 上周已经拦截退回了，今天重新寄了 {B}，麻烦查一下新单号到哪了。", "sto", "track B")
R("{A} 刚才快递员上门说这个件已经撤单了，是你们操作的吗？", "jd", "", nh=True)
R("{A} 拦截的话多久能退回来？合同明天要重新寄。", "sf", "", nh=True)
R("小林，{A} 你拦截了没？", "zto", "", nh=True)
R("{A} 客户不在公司，明天再送可以吗？", "zto", "", nh=True)
R("{A} 上周申请的核重有结果了吗？", "sf", "", nh=True)
R("{A} 理赔的钱到了，谢谢配合。", "sf", "")
R("{A} 这票要是丢了我们可就麻烦了，里面是房产证原件，麻烦看下现在到哪了。", "ems", "track A", cats=(1,))
R("上回改地址的那单 {A} 签收了没有？", "sf", "track A")
R("{A} 拦截退回的件今天到了吗？前台说没看见。", "zto", "track A")
R("周律师：退回的那份起诉状 {A} 收到没有？\n陈雯：还没有，我问问。\n@" + BOT + " 麻烦查一下到哪了。", "ems", "track A",
  cats=(3,))
R("{A} 为什么被退回了？我们没有申请拦截啊。", "yto", "", nh=True)
R("{A} 显示“退回中”，是客户拒收了吗？麻烦查一下原因。", "sto", "track A")
R("我们这边不是要催，是对方问 {A} 大概什么时候到，方便安排人接收。", "sf", "track A", cats=(1,))
R("{A} 投诉处理到哪一步了？", "sf", "", nh=True)

# ---------------------------------------------------------------- bosses and hedges
R("郑总刚交代：{A} 先拦着吧？我再跟客户确认一下要不要。", "zto", "intercept A", cf=True)
R("周律师说 {A} 可能要退回，委托人还在犹豫，烦请先看看能不能拦。", "ems", "intercept A", cf=True)
R("{A} 要不先撤单吧，王总说样品再改一版。", "sf", "cancel A", cf=True)
R("{A} 好像得改个地址，客户说下周搬办公室，新地址是 杭州市上城区解放东路29号 迪凯银座23楼。", "sf", "change_address A",
  cf=True)
R("{A} 看看能不能撤单，领导还没最终定。", "jd", "cancel A", cf=True)
R("{A} 拦还是不拦，孙院长也没说清楚，先拦吧，我再问问。", "sf", "intercept A", cf=True)
R("{A} 估计要拦截，Kevin 在跟客户谈，谈崩了就拦，先帮我们准备一下。", "sf", "intercept A", cf=True)
R("{A} 也许得退回，对方可能不收，我们先申请一下拦截？", "yto", "intercept A", cf=True)
R("{A} 拦截吧……还是不拦？郑总那边电话打不通，我也拿不准。", "zto", "intercept A", cf=True, cats=(2,))
R("{A} 应该要改派到 宁波市海曙区中山西路138号 天宁大厦1208，不过还没跟收件人最终确认。", "zto", "change_address A",
  cf=True)
R("何律师的意思是 {A} 大概要撤掉，他晚点跟委托人通电话，您先看下还能不能撤。", "ems", "cancel A", cf=True)
R("{A} 拦截退回，王总刚确认过了，不用再问。", "sf", "intercept A")
R("{A} 郑总说了，必须拦，已经跟客户沟通好了。", "zto", "intercept A")
R("{A} 先拦截，有变化我再通知。", "sto", "intercept A")
R("孙院长说 {A} 这份报告先退回来，数据要复核，复核完再寄。", "sf", "intercept A")
R("Kevin 说 {A} 退回，过一会儿又说不退，现在又说退。我就按最后一次的办吧：退回。", "sf", "intercept A", cats=(2,))
R("周律师刚开完庭，让我通知：{A} {B} 两票拦截，{C} 改寄到 杭州市中级人民法院立案庭，杭州市上城区之江路1号，经办人 {P}。",
  "ems", "intercept A B; change_address C", cats=(7, 4))
R("郑总让我问下 {A} 能不能加急，客户那边等着报关。", "zto", "urge A")

# ---------------------------------------------------------------- chit-chat and questions without a waybill
R("收到，辛苦了！", "sf", "")
R("好的，谢谢师傅。", "zto", "")
R("请问明天几点来收件？我们有三份合同要寄。", "sf", "")
R("今天下午能上门取件吗？地址还是钱江路华润大厦A座18楼。", "ems", "")
R("各位老师辛苦了，元旦放假期间网点正常收件吗？", "yto", "")
R("我们公司下周搬家，上门取件地址要在哪里改？", "sf", "")
R("早上好，今天有文件要寄，麻烦安排一下上门，谢谢。", "jd", "")
R("谢谢！合同已经收到了，对方很满意。", "sf", "")
R("@" + BOT + " 你好", "sf", "")
R("辛苦了，上次那份标书按时到了，中标了🎉", "sf", "")
R("请问寄往法院的EMS一般几天到？", "ems", "")
R("吴姐今天请假，恒舟的件今天由我（小蒋）负责对接，有事@我。", "zto", "")
R("明天上午九点前能取件吗？标书要当天寄出。", "sf", "")

# ---------------------------------------------------------------- more everyday traffic
R("您好，{A} 麻烦查一下，对方说今天没人派送。", "zto", "track A")
R("{A} 对方前台说今天公司年会，麻烦明天再派，今天不要送。", "sf", "", nh=True)
R("{A} 这票麻烦撤一下单，领导说改寄顺丰。", "yto", "cancel A")
R("{A} 对方没收到，物流显示已经签收两天了。", "yto", "verify_delivery A")
R("{A} 样品到客户那里少了一个配件盒，清单上写的是 5 盒，只到了 4 盒。", "sto", "lost A")
R("{A} 麻烦拦截，这份合同对方要求换成电子签了。", "sf", "intercept A")
R("你好，{A} 显示派送失败，原因是什么？今天还能再派吗？", "zto", "track A")
R("您好，{A} 一直显示待揽收，快递员说已经取走了，麻烦查一下。", "jd", "track A")
R("{A} 今天必须到，麻烦催一下；{B} 不急，查一下到哪了就行。", "ems", "urge A; track B", cats=(7,))
R("{A} 件到了，谢谢！{B} 还没到，麻烦查一下。", "sf", "track B", cats=(7,))
R("{A} 烦请退回，收件人说地址写成了他们以前的办公室，他们不去取了。", "zto", "intercept A")
R("{A} 这票是给客户的年度合同，明天必须签回，麻烦催一下派送，收到请回复，谢谢！", "sto", "urge A")
R("{A} 麻烦查一下，是不是卡在安检了？里面有一瓶样品胶水。", "sf", "track A")
R("{A} 快递员放在对方楼下快递柜了，但对方要求必须本人签收，能不能让快递员重新派送到本人手上？", "zto", "", nh=True)
R("你好，麻烦把 {A} 退回，对方律所说这份材料直接交给法院，不用寄他们了。", "ems", "intercept A")
R("{A} 寄去北京的样册，客户说外封压皱了，不影响使用，登记一下就好。", "sf", "damaged A")
R("{A} 这票我们要投诉，派送员把“易碎”的样品直接扔进了快递柜。", "sto", "complaint A")
R("小许这边：{A} {B} 两票是客户的账本，麻烦都查一下到哪了。", "yto", "track A B")
R("{A} 拦截退回，理由：收件人信息不全。辛苦！", "cainiao", "intercept A")
R("{A} 到了，但签收单上的名字不是我们公司的人，麻烦核实一下。", "ems", "verify_delivery A")
R("{A} 义齿送到了，但盒子压扁了，牙冠崩了一个角，患者明天就要戴，怎么办？", "sf", "damaged A")
R("{A} 显示签收，签收人 “本人”，可我们老板在外地出差，根本不可能本人签，麻烦核实。", "jd", "verify_delivery A")

if __name__ == "__main__":
    W.main()
