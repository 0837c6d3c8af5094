"""Writer n: traps for a keyword bot — commands negated, withdrawn, quoted, only mentioned, corrected, and
numbers that are not waybills next to commands — each with near-identical controls that do ask.

Every message text below is written by hand; only waybill numbers, phone numbers and platform order numbers are
filled in (from ../waybill_numbers.py, seeded). Run from the repository root:

    python tests/data/writers/n_source.py

which writes tests/data/writers/n.jsonl (reproducible).

Template placeholders:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
"""

from __future__ import annotations

from harness import Writer  # tests/data/writers/harness.py: placeholders, build, main

W = Writer("n", seed=20240611)
R = W.R


# ---------------------------------------------------------------------------------------------------------
# Batch 1 — negation and withdrawal (trap 1) with controls
# ---------------------------------------------------------------------------------------------------------

# scoped to one number of several
R("{A} 拦截 {B} 不用拦", "yto", "intercept A", cats=[1])
R("{A} {B} {C} 都拦截，{B} 不用", "zto", "intercept A C", cats=[1, 7])
R("这几单除了 {C} 其他都拦截\n{A}\n{B}\n{C}\n{D}", "jt", "intercept A B D", cats=[1, 7])
R("{A}、{B}、{C} 三单都催一下，最后一个不用催 已经签收了", "yunda", "urge A B", cats=[1, 7])
R("{A}\n{B}\n{C}\n以上都拦截，第二个除外", "sto", "intercept A C", cats=[1, 7])
R("{A}\n{B}\n{C}\n除了第一单，其他都催一下，快一周了", "sf", "urge B C", cats=[1, 7])
R("{A} 先不用管，{B} 加急", "jd", "urge B", cats=[1])
R("{A} 催件 {B} 不用催 {C} 也催下", "ems", "urge A C", cats=[1, 7])
R("{A} 先别拦，我确认下客户地址，{B} 直接拦", "deppon", "intercept B", cats=[1])
R("{A} 这个不用处理 {B} 这个要理赔 外箱全烂了 里面杯子碎了三个", "cainiao", "claim B", cats=[1, 8])
R("{A} lanjie, {B} buyao lanjie", None, "intercept A", cats=[1, 5], draw={"A": "yto", "B": "jt"})
R("{A} {B} 拦截，{A} 甭拦", "zto", "intercept B", cats=[1, 5])
R("{A} 同 {B} 都拦截，{B} 唔使拦", None, "intercept A", cats=[1, 5], draw={"A": "sf", "B": "sf"})

# given and taken back in the same message
R("{A} 拦截。算了，客户又说要了，不拦了", "yto", "", cats=[1])
R("帮我把 {A} 拦回来……等下 客户刚回消息说不退了 那就别拦了", "jt", "", cats=[1])
R("{A} 改地址，改到 南京市江宁区双龙大道1539号 … 哦不用了 客户说原地址能收", None, "", cats=[1], draw="deppon")
R("{A} 拦一下吧……算了算了 我再问问客户 先别拦", "sto", "", cats=[1])
R("{A} {B} 帮忙撤单\n哦 {B} 不撤了 客户刚付了尾款", "zto", "cancel A", cats=[1, 7])
R("{A} 拦截 {B} 也拦\n等下 {B} 先不拦了 只拦第一个", "jd", "intercept A", cats=[1, 7])
R("{A} {B} {C} 全部改地址 不对 只有 {C} 改 改到 上海市闵行区七莘路3188号 王女士", None, "change_address C",
  cats=[1, 2, 7], draw={"A": "yto", "B": "jt", "C": "yto"})
R("{A} 投诉那个快递员 … 想想还是算了 不投诉了 帮我催一下就行", "yunda", "urge A", cats=[1])

# withdrawal of an earlier message's action
R("刚才让拦截的 {A} 不用拦了，客户又要了", "yto", "", nh=True, cats=[1])
R("{A} 先不拦了", "zto", "", nh=True, cats=[1])
R("上午说要拦的 {A} 暂时别拦，客户还在犹豫", "sf", "", nh=True, cats=[1])
R("{A} 暂缓拦截 等我通知", "jt", "", nh=True, cats=[1])
R("{A} 没必要拦了 客户说会去驿站自提", "sto", "", nh=True, cats=[1])
R("之前发的 {A} 用不着拦了，直接让派送就行", "ems", "", nh=True, cats=[1])
R("{A} 改地址的事先放一放，客户还没定好新地址", "yunda", "", nh=True, cats=[1])
R("{A} 撤单先不撤了 客户说明天还要发", "cainiao", "", nh=True, cats=[1])
R("{A} 莫拦了哈，客户又要了", "jd", "", nh=True, cats=[1, 5])
R("{A} 覅拦了，客人讲还是要额", "yto", "", nh=True, cats=[1, 5])
R("{A} 不消拦了 人家又要了", "deppon", "", nh=True, cats=[1, 5])
R("{A} 不用不用 不用改地址了 就按原地址送", "jt", "", nh=True, cats=[1])
R("{A} 不用催了 已经收到了 谢谢", "zto", "", nh=True, cats=[1])
R("不用拦截了，谢谢", None, "", nh=True, cats=[1])
R("{A} 不要拦截 不要拦截 客户又要了 千万别拦", "sf", "", nh=True, cats=[1])
R("{A} bu yong lanjie le", "yto", "", nh=True, cats=[1, 5])
R("{A} no need to cancel anymore, customer still wants it", None, "", nh=True, cats=[1, 5], draw="sf")
R("那个 {A} 这个单子呢 就是 嗯 不用拦截了啊 客户说他还是要的", "sto", "", nh=True, cats=[1, 5])
R("不理赔了 {A} 客户说算了", "yunda", "", nh=True, cats=[1])
R("{A} 不投诉了 快递员刚打电话道歉了", "jt", "", nh=True, cats=[1])
R("{A} 没丢 找到了 在隔壁驿站 不用登记丢件了", "ems", "", nh=True, cats=[1])
R("取消拦截 {A}", "yto", "", nh=True, cats=[1])
R("{A} 撤销拦截，客户又要了", "zto", "", nh=True, cats=[1])
R("{A} 取消改地址 还是按原地址送", "sf", "", nh=True, cats=[1])
R("{A} 别催了 客户说不急", "jd", "", nh=True, cats=[1])
R("上面那几单都不用拦了", None, "", nh=True, cats=[1, 7])

# withdrawal replaced by another command in the same message (no person needed)
R("{A} 拦截就不用了，帮我催一下吧", "yto", "urge A", cats=[1])
R("{A} 改地址的事先放一放，先帮我查下到哪了", "jt", "track A", cats=[1])
R("{A} 不用撤单了，改成拦截吧，已经揽收了", "zto", "intercept A", cats=[1, 2])
R("{A} 不用理赔了 帮我登记个破损就行", "sto", "damaged A", cats=[1, 8])
R("{A} 投诉就不投诉了，催一下派送吧", "yunda", "urge A", cats=[1])
R("{A} 不查重量了 直接拦截退回", "deppon", "intercept A", cats=[1])
R("{A} 改址取消，还是拦截吧", "sf", "intercept A", cats=[1, 2])
R("{A} don't intercept, just hurry it pls", None, "urge A", cats=[1, 5], draw="jt")
R("{A} 别投诉那个快递员哈 人家挺好的 就是件有点慢 催一下", "cainiao", "urge A", cats=[1])

# double negation, refusal of one action in favour of another
R("{A} 不是不拦，是现在就拦，别等了", "yto", "intercept A", cats=[1])
R("{A} 不能不拦啊 客户地址都是错的", "zto", "intercept A", cats=[1])
R("{A} 我没说不拦啊，拦吧", "jt", "intercept A", cats=[1])
R("{A} 不拦不行了 地址完全错了", "ems", "intercept A", cats=[1])
R("{A} 不要退回，改派到 浙江省杭州市余杭区五常大道181号 陈女士 {P}", "yto", "change_address A", cats=[1, 4])
R("不要改地址，直接退回 {A}", "sf", "intercept A", cats=[1])
R("{A} 不要撤单 要拦截 已经发出去了", "sto", "intercept A", cats=[1, 2])
R("{A} 不是丢了 是显示签收了但客户没收到", "yunda", "verify_delivery A", cats=[1, 2])
R("{A} 不是延误，是压根没揽收，帮我撤单", "jd", "cancel A", cats=[1, 2])
R("{A} 不是不催 是催了没用 这次直接投诉", "deppon", "complaint A", cats=[1])

# negation words that are themselves the command
R("{A} 别派了 退回来", "jt", "intercept A", cats=[1, 5])
R("{A} 客户不要了 退回", "zto", "intercept A", cats=[1])
R("{A} 不寄了 取消吧", "cainiao", "cancel A", cats=[1])
R("{A} 莫等了 赶紧拦", "yto", "intercept A", cats=[1, 5])
R("{A} 拦截吧 不拦截的话客户就要去平台闹了", "sf", "intercept A", cats=[1])
R("{A} 不催的话 明天就超时了 帮忙催一下", "sto", "urge A", cats=[1])
R("{A} 没签收就拦 签收了就算了", "yunda", "intercept A", cats=[1])
R("{A} 以后这种别拦了，这次先拦", "jd", "intercept A", cats=[1])
R("{A} 别改地址也别退回了 就是催一下 客户急用", "ems", "urge A", cats=[1])

# hedged controls
R("{A} 要不先拦着吧？我再问问客户", "yto", "intercept A", cf=True, cats=[1])
R("{A} 客户还没想好要不要退 要不先拦着？", "zto", "intercept A", cf=True, cats=[1])
R("{A} 好像得改个地址 客户说搬家了 新地址是 广州市天河区体育西路103号维多利广场B座 林先生", "jt",
  "change_address A", cf=True, cats=[0])

# ---------------------------------------------------------------------------------------------------------
# Batch 1 — commands mentioned but not asked (trap 2) with controls
# ---------------------------------------------------------------------------------------------------------

R("拦截要收费吗", None, "", cats=[0])
R("请问改地址一般要多久能改好", None, "", cats=[0])
R("你们这边拦截成功率高吗 上次拦了还是派送了", None, "", cats=[0])
R("万一客户拒收，是不是会自动退回给我", None, "", cats=[0])
R("等客户回复了再说要不要拦，到时候我再发单号", None, "", cats=[0])
R("你们晚上九点以后还能拦截吗", None, "", cats=[0])
R("昨天让你们拦的那几单都退回来了，谢谢", None, "", cats=[0])
R("拦截的件退回来是退到网点还是退到我这", None, "", cats=[0])
R("{A} 拦截要收费吗", "yto", "", nh=True, cats=[0])
R("{A} 拦截要收费吗？收费也拦，客户等着退款", "yto", "intercept A", cats=[0])
R("{A} 改地址是不是只能改一次？", "sf", "", nh=True, cats=[0])
R("{A} 改地址要多久能生效？客户等着呢 改到 成都市武侯区天府大道北段1700号 赵先生", "sf",
  "change_address A", cats=[0])
R("{A} 万一客户拒收，是不是要退回到我这", "zto", "", nh=True, cats=[0])
R("{A} 客户拒收了 退回吧", "zto", "intercept A", cats=[0])
R("{A} 昨天已经申请拦截了，今天又显示派件中，怎么回事", "jt", "", nh=True, cats=[0])
R("{A} 昨天申请过拦截了 帮我看看现在到哪了", "jt", "track A", cats=[0])
R("上次 {A} 拦截了结果还是派送了，这次 {B} 你们盯紧点，拦截", "sto", "intercept B", cats=[0])
R("{A} 先催一下，拦不拦等客户回复了再说", "yunda", "urge A", cats=[0])
R("{A} 等客户回复了再说要不要拦，先帮我看看到哪了", "cainiao", "track A", cats=[0])
R("{A} 要是明天还不到我就投诉了 先帮我催一下", "ems", "urge A", cats=[0])
R("{A} 被拦截了？我没申请拦截啊 谁拦的", "deppon", "", nh=True, cats=[0])
R("{A} 显示退回中 我没让退啊 帮我改回正常派送", "jd", "", nh=True, cats=[0])
R("{A} 拦截成功以后运费怎么算", "yto", "", nh=True, cats=[0])
R("{A} 已经拦截成功了，谢谢啊", "zto", "", cats=[0])
R("{A} 之前催过了 还是没到 再催一次", "sf", "urge A", cats=[0])
R("{A} 如果还没签收就拦截", "jt", "intercept A", cats=[0])


# ---------------------------------------------------------------------------------------------------------
# Batch 2 — quotes (trap 3): the bot's own replies quoted back, colleagues quoted in every client format
# ---------------------------------------------------------------------------------------------------------

DASHES = "- - - - - - - - - - - - - - -"

# the bot's replies quoted back with an acknowledgement: nothing to do
R("「网点小助手：@陈记鞋业 {A} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n好的 谢谢", "yto", "", cats=[3])
R("引用 网点客服：@小周 {A} 已为您催促派送，请耐心等待\n收到👌", "zto", "", cats=[3])
R("回复 @网点小助手：@美妆小铺 {A} 改址已提交，结果会第一时间通知您\n辛苦了", "jt", "", cats=[3])
R("> @阿强 {A} 撤单成功\nok 了解", "sto", "", cats=[3, 5])
R("“@王姐 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您” 好的 等你们消息", "sf", "", cats=[3])
R("「网点小助手：@李老板 {A} 已签收，无法拦截」\n" + DASHES + "\n行吧 知道了", "yunda", "", cats=[3])
R("「网点小助手：@小米家居 您的消息已转人工客服处理，请稍候」\n" + DASHES + "\n好的 不急", None, "", cats=[3])
R("「网点小助手：@潮玩社 {A} {B} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n👍", None, "", cats=[3, 7],
  draw="jd")
R("引用 网点客服：@老刘 {A} 已为您登记延误工单，结果会第一时间通知您\n好嘞", "ems", "", cats=[3, 5])
R("回复 @韵达小助手：@鲜果园 {A} 已为您催促派送，请耐心等待\n客户说已经收到了 谢谢", "yunda", "", cats=[3])

# the bot's replies quoted back with a withdrawal of that earlier action
R("「网点小助手：@陈记鞋业 {A} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n不用拦了 客户又要了", "yto", "",
  nh=True, cats=[1, 3])
R("引用 网点客服：@小周 {A} 改址已提交，结果会第一时间通知您\n地址不改了，还是送原地址", "zto", "", nh=True, cats=[1, 3])
R("回复 @网点小助手：@阿May {A} 已为您催促派送，请耐心等待\n不用催了 客户已经拿到了", "jt", "", nh=True, cats=[1, 3])
R("@林姐 {A} 改址已提交，结果会第一时间通知您\n------------------\n改错了改错了 先别改", "sf", "", nh=True,
  cats=[1, 3])
R("> @老王 {A} 拦截已提交，结果会第一时间通知您\n撤回撤回 这单拦错了 客户没说要退", "sto", "", nh=True, cats=[1, 3])
R("「网点小助手：@鲜果园 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + DASHES
  + "\n搞错了 不是这单破损 这单不用登记", "yunda", "", nh=True, cats=[1, 3])
R("“@潮玩社 {A} 拦截已提交，结果会第一时间通知您”\nsorry 这个不拦了 customer changed mind", None, "", nh=True,
  cats=[1, 3, 5], draw="jt")

# the bot's replies quoted back with a new request
R("「网点小助手：@陈记鞋业 {A} 已为您催促派送，请耐心等待」\n" + DASHES + "\n催了两次了还是没动 直接拦截退回吧", "yto",
  "intercept A", cats=[3])
R("引用 网点客服：@小周 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "zto", "cancel A", cats=[3])
R("回复 @网点小助手：@林小姐 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单吧", "sto", "cancel A",
  cats=[3])
R("> @老王 {A} 已签收，无法拦截\n客户说根本没收到 帮我核实一下签收", "jt", "verify_delivery A", cats=[3])
R("「网点小助手：@美妆小铺 {A} 拦截已提交，结果会第一时间通知您」\n" + DASHES + "\n这单顺便投诉一下，快递员电话里态度太差",
  "sf", "complaint A", cats=[3])
R("「网点小助手：@老周茶叶 {A} 改址已提交，结果会第一时间通知您」\n" + DASHES + "\n{B} 这单也改到同一个地址", "deppon",
  "change_address B", nh=True, cats=[3])
R("引用 网点客服：@老刘 {A} 已为您登记延误工单，结果会第一时间通知您\n都一周了 能赔吗", "ems", "claim A", cats=[3, 8])
R("「网点小助手：@潮玩社 请确认：{A} 拦截退回？回复“确认”即办理」\n" + DASHES + "\n确认 拦截退回", None, "intercept A",
  cats=[3], draw="jd")
R("回复 @网点小助手：@鲜果园 {A} 已为您催促派送，请耐心等待\n这单催了也没用 还是没动 都五天了", "yunda", "delay A",
  cats=[3])
R("你们说“{A} 已为您催促派送，请耐心等待”，结果今天还是没到，再催一次", "cainiao", "urge A", cats=[3])
R("你们回我“{A} 拦截已提交”，结果还是给派送了，我要投诉", "yto", "complaint A", cats=[3])
R("> @老王 {A} 拦截已提交，结果会第一时间通知您\n撤销撤销 拦错了 是 {B} 要拦", "jt", "intercept B", nh=True,
  cats=[2, 3])

# colleagues quoted
R("引用 李娜：{A} 拦截一下\n这个不用拦了 客户又要了", "yto", "", nh=True, cats=[1, 3])
R("引用 李娜：{A} 客户说地址填错了\n这单拦截退回", "yto", "intercept A", cats=[3])
R("回复 @王磊：{A} {B} 这两单客户要退\n收到，我跟客户确认下", "zto", "", cats=[3, 7])
R("回复 @王磊：{A} {B} 这两单客户要退\n确认过了 这两单都拦截", "zto", "intercept A B", cats=[3, 7])
R("「王磊：{A} 拦截」\n" + DASHES + "\n{B} 这个也拦截一下", "jt", "intercept B", cats=[3])
R("「王磊：{A} 拦截」\n" + DASHES + "\n这个我已经跟客户说过会退回了", "jt", "", cats=[3])
R("> {A} 拦截\n> {B} 拦截\n第二个不用拦了", "sto", "", nh=True, cats=[1, 3, 7])
R("[聊天记录] 小美和客户的聊天记录\n客户：我那个快递能不能退回 不想要了\n小美：好的我帮您问问\n——————\n{A} 这个就是这个客户的 帮忙拦截",
  "sf", "intercept A", cats=[3])
R("[聊天记录] 小美和客户的聊天记录\n客户：我那个快递能不能退回 不想要了\n小美：好的我帮您问问\n客户：算了 还是要吧\n——————\n看吧 客户又不退了 跟你们说一声",
  None, "", cats=[3])
R("转发的聊天记录：\n仓库-阿杰：{A} 今天发错货了 要拦截\n仓库-阿杰：{B} 也是\n\n上面是仓库发的，这两单帮我拦一下", "yunda",
  "intercept A B", cats=[3, 7])
R("「赵经理：{A} 这单客户投诉了 你看着处理」\n" + DASHES + "\n好的 这单先催一下派送", "jd", "urge A", cats=[3])
R("引用 客服-小雨：{A} 显示签收了 客户说没收到\n帮我核实一下", "ems", "verify_delivery A", cats=[3])
R("引用 客服-小雨：{A} 显示签收了 客户说没收到\n找到了 在门卫那 虚惊一场", "ems", "", cats=[3])
R("回复 @财务-刘：{A} 这单理赔了吗\n还没 我现在申请 外箱压坏了 帮我理赔一下", "deppon", "claim A", cats=[3, 8])
R("“{A} 拦截退回” 这条是我昨天发的，现在不用拦了", "cainiao", "", nh=True, cats=[1, 3])
R("“{A} 拦截退回” 这条昨天发了没人回，再发一次：拦截退回", "cainiao", "intercept A", cats=[3])
R("回复 张三: {A} 帮忙改个地址\n地址是 深圳市南山区高新南七道R2-B栋 刘小姐 {P}", "sf", "change_address A", cats=[3, 4])
R("「陈记鞋业：{A} {B} 拦截」\n" + DASHES + "\n{B} 不拦了 只拦 {A}", "yto", "intercept A", nh=True, cats=[1, 3, 7])
R("「李娜：{A} 这单地址写错了」\n" + DASHES + "\n不用改 客户自己去驿站拿", "zto", "", cats=[1, 3])
R("> {A} 拦截退回 客户拒收\n+1 {B} 也是这个情况 退回", "jt", "intercept B", cats=[3])
R("「王磊：@网点小助手 {A} 加急」\n" + DASHES + "\n@王磊 这单客户刚说不要了 不用加急", "sto", "", nh=True,
  cats=[1, 3])
R("引用 老板：这几个件都拦了吧 {A} {B}\n老板说的 麻烦拦一下", None, "intercept A B", cats=[3, 7], draw="sf")
R("引用 老板：这几个件都拦了吧 {A} {B}\n老板 我觉得 {B} 不用拦 客户刚付了尾款", None, "", nh=True, cats=[1, 3, 7],
  draw="sf")

# ---------------------------------------------------------------------------------------------------------
# Batch 2 — broken numbers (category 6) and compound requests (category 8), traps and controls
# ---------------------------------------------------------------------------------------------------------

R("{A:sp} 拦截", "ems", "intercept A", cats=[6], draw="ems_s10")
R("{A:sp} 不用拦了", "ems", "", nh=True, cats=[1, 6], draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=[6])
R("{A:nl} 拦截\n哦 不拦了 客户又要了", "yto", "", cats=[1, 6])
R("{A:sp} 催一下 {B:sp} 不用催", None, "urge A", cats=[1, 6], draw="ems_s10")
R("{A:dash} 改地址 改到 北京市朝阳区望京街10号望京SOHO T1 1802 孙女士", "sf", "change_address A", cats=[6])
R("{A:nl} 帮忙催下", "zto", "urge A", cats=[6])
R("{A:nl} 撤单", "sto", "cancel A", cf=True, cats=[6])
R("{A:sp} 查下到哪了 收件人电话 {PN}", "ems", "track A", cats=[4, 6], draw="ems_s10")
R("{A:sp} 显示签收 客户说没收到", None, "verify_delivery A", cats=[6], draw="ems_s10")
R("{A:nl} 不用撤单了 改成拦截", "jt", "intercept A", cf=True, cats=[1, 6])
R("{A:sp}\n{B:sp}\n第一个拦截 第二个不用", "ems", "intercept A", cats=[1, 6, 7], draw="ems_s10")
R("{A} 拦截 {B:nl} 这个也拦", "jd", "intercept A B", cf=True, cats=[6, 7])
R("{A:sp} 先不拦 等客户回复 {B:sp} 拦", "yunda", "intercept B", cats=[1, 6])

R("{A} 外箱破了 里面东西碎了 要理赔", "yto", "claim A", cats=[8])
R("{A} 碎了 快递员态度还很差 投诉他", "zto", "damaged A; complaint A", cats=[8])
R("{A} 碎了 要赔 还要投诉那个快递员 扔件", "jt", "claim A; complaint A", cats=[8])
R("{A} 拦截并投诉", "sto", "intercept A; complaint A", cats=[8])
R("{A} 延误了 客户要投诉", "yunda", "delay A; complaint A", cats=[8])
R("{A} 快点送 客户投诉了", "sf", "urge A; complaint A", cats=[8])
R("{A} 不是要理赔 只是登记个破损 投诉就不用了", "jd", "damaged A", cats=[1, 8])
R("{A} 丢了 要赔钱，不用投诉", "ems", "claim A", cats=[1, 8])
R("{A} 一周没动了 肯定是丢了 走理赔吧", "deppon", "claim A", cats=[8])
R("{A} 破损了 先登记 客户说还要投诉快递员 另外 {B} 催一下", "cainiao", "damaged A; complaint A; urge B", cats=[7, 8])
R("{A} 漏液了 把别的件都弄脏了 要赔偿", "yto", "claim A", cats=[8])
R("{A} 催一下 顺便查下重量 感觉收多了", "zto", "urge A; weight A", cats=[8])
R("{A} 压坏了 要赔偿 {B} 也压坏了 这个不用赔 登记下就行", "jt", "claim A; damaged B", cats=[1, 7, 8])
R("{A} 少件了 发了三件只到了两件 要理赔 投诉就算了", "sto", "claim A", cats=[1, 8])
R("{A} 不用仲裁 理赔就行", "sf", "claim A", cats=[1, 8])
R("{A} 协商不成 申请仲裁", "jd", "arbitration A", cats=[0])

# ---------------------------------------------------------------------------------------------------------
# Batch 3 — numbers that are not waybills next to commands (trap 4)
# ---------------------------------------------------------------------------------------------------------

R("{A} 改地址 新电话 {PN} 地址不变", "yto", "change_address A", nh=True, cats=[4])
R("{A} 改地址 改到 杭州市拱墅区莫干山路1418号 收件人 吴女士 {PN}", "yto", "change_address A", cats=[4])
R("{P} 这个客户的件拦截一下", "zto", "", nh=True, cats=[4])
R("{P} 这个客户的件 {A} 拦截一下", "zto", "intercept A", cats=[4])
R("订单号{O} 拦截", "jt", "", nh=True, cats=[4])
R("订单号 {O} 对应的运单 {A} 催一下", "jt", "urge A", cats=[4])
R("尾号3826 拦截", "sto", "", nh=True, cats=[4])
R("尾号5512的那个客户 {A} 催一下 她明天出差", "sto", "urge A", cats=[4])
R("{A} 客户手机 {PN} 说显示签收了没收到", "yunda", "verify_delivery A", cats=[4])
R("{A} 货值2980元 外箱压烂了 要赔", "sf", "claim A", cats=[4, 8])
R("{A} 6月12日发的 到现在一直没动", "ems", "delay A", cats=[4])
R("{A} 实际1.2kg 按3kg收的 帮我核一下", "deppon", "weight A", cats=[4])
R("{A} 改地址 改到 幸福路88号6栋2单元1101 {P}", "cainiao", "change_address A", cats=[4])
R("客户电话 {PN} 收件人 张伟 地址 天津市南开区鞍山西道 地址填错了 单号 {A} 拦截退回", "zto", "intercept A",
  cats=[4])
R("{O}\n{A}\n上面是订单号 下面是运单号 拦截", "yunda", "intercept A", cats=[4])
R("订单 {O} 客户申请退款了 帮我把件拦下", "yto", "", nh=True, cats=[4])
R("{A} 拦截 有问题打我电话 {PN}", "sto", "intercept A", cats=[4])
R("{A} 客户15:30要出门 麻烦下午3点前送到 加急", "jd", "urge A", cats=[4])
R("{A} 运费12元 退回的话运费多少", "jt", "", nh=True, cats=[4])
R("{A} 拦截 客户已经退款了 订单 {O} 退款金额 68.00 元", "cainiao", "intercept A", cats=[4])
R("金额 199 元 订单号{O} 单号{A} 破损 客户要求赔偿", "zto", "claim A", cats=[4, 8])
R("{A} 收件人电话不对 改成 {PN}", "sf", "change_address A", nh=True, cats=[4])
R("收件人电话 {PN} 改成 {PN2}", "sf", "", nh=True, cats=[4])
R("手机号 {P} 下的件都拦截", "yunda", "", nh=True, cats=[4])
R("{A} 催件 客户电话 {PN}", "ems", "urge A", cats=[4])
R("{A} 3月5号显示签收的 客户说没收到 核实一下", "yto", "verify_delivery A", cats=[4])
R("{A} 重量 0.5 公斤 你们系统显示 2.35 公斤 不对", "sto", "weight A", cats=[4])
R("{A} 今天 18:00 前还能拦吗", "jt", "intercept A", cats=[4])
R("{O} 这个订单的货 客户要退 {A} 退回", "zto", "intercept A", cats=[4])
R("{A} {P} 拦截", "zto", "intercept A", cats=[4])
R("{A} 拦截\n{PN}", "ems", "intercept A", cats=[4])
R("{A} 件数2 实收1 少了一件", "deppon", "lost A", cats=[4])
R("{A} 付了 15 块钱加急费 还没到 催一下", "sf", "urge A", cats=[4])
R("{A} 改地址 原地址 建设路12号 新地址 建设路21号 {P}", "yunda", "change_address A", cats=[4])
R("客户电话 {PN} 的那个件 显示签收了 没收到", "jd", "", nh=True, cats=[4])
R("{PN} 打不通 {A} 派不出去 退回吧", "cainiao", "intercept A", cats=[4])
R("客户 {P} 说不要了 订单 {O} 已经退款 这种情况是拦截好还是让他拒收好", "zto", "", cats=[4])
R("{A} 不用拦截 只是客户电话换了 新号码 {PN}", "jt", "change_address A", nh=True, cats=[1, 4])
R("电话 {PN} 地址 长沙市岳麓区麓山南路932号 帮我改一下 单号忘了 我找找", "yto", "", nh=True, cats=[4])
R("{A} 这单 180 块 客户说碎了两个碗 赔吗", "sto", "claim A", cats=[4, 8])
R("{A} 昨天 21:47 下的拦截 今天 9 点还显示派件 怎么回事", "yunda", "", nh=True, cats=[4])
R("{A} 客户电话 {PN} 地址不变 名字改成 刘洋", "zto", "change_address A", nh=True, cats=[4])
R("{A}\n客户：王芳\n电话：{PN}\n地址：苏州市工业园区星湖街328号\n改到这个地址", "sf", "change_address A", cats=[4])
R("{A} 件重 3.5kg 收费 26 元 多了吧 核下重量", "jd", "weight A", cats=[4])
R("订单 {O} 和 {O2} 都是同一个客户 都拦截", "jt", "", nh=True, cats=[4])

# ---------------------------------------------------------------------------------------------------------
# Batch 3 — corrections of the number and of the command (trap 5)
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截 —— 单号发错了 是 {B}", "yto", "intercept B", cats=[2])
R("不是拦截 是改地址 {A} 改到 武汉市洪山区珞喻路1037号 郑同学 {P}", "jt", "change_address A", cats=[2, 4])
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=[2])
R("{A} 拦截 不好意思 单号打错了 应该是 {B}", "sto", "intercept B", cats=[2])
R("{A} 催一下\n更正：{B}", "yunda", "urge B", cats=[2])
R("{A} 改地址 更正 不是改地址 是拦截", "sf", "intercept A", cats=[2])
R("{A} 催件 打错了 是投诉", "jd", "complaint A", cats=[2])
R("{A} {B} 拦截 第二个单号错了 应该是 {C}", "ems", "intercept A C", cats=[2, 7])
R("刚才说拦截的 {A} 不是拦截 是改地址 改到 重庆市渝中区民族路188号 何女士 {PN}", "deppon", "change_address A",
  cats=[2])
R("{A} 是拦截 不是催件", "cainiao", "intercept A", cats=[2])
R("{A} 理赔 哦不对 还没确定丢没丢 先催一下吧", "yto", "urge A", cats=[2])
R("{A} 拦截 …… 还是改地址吧 改到 西安市雁塔区小寨东路126号 白先生 {P}", "zto", "change_address A", cats=[2])
R("{A} 撤单 哦不对 是 {B} 撤单 {A} 已经发了 拦截", "jt", "cancel B; intercept A", cats=[2, 7])
R("{A} 拦截\n不对不对 看错了 这单是催件", "sto", "urge A", cats=[2])
R("{A} 延误 更正一下 不是延误 是丢了 哪都找不到", "yunda", "lost A", cats=[2])
R("{A} 破损 更正 是 {B} 破损 {A} 没事", "sf", "damaged B", cats=[2])
R("{A} 加急 哦 打错了 是 {B:nl}", "jd", "urge B", cats=[2, 6])
R("{A} 拦截。更正：拦截取消，改为催件", "ems", "urge A", cats=[1, 2])
R("{A} 查重量，说错了，不用查重量，帮我拦截", "deppon", "intercept A", cats=[1, 2])
R("{A} 拦截 {B} 催件 反了 {A} 催件 {B} 拦截", "cainiao", "urge A; intercept B", cats=[2, 7])
R("chedan {A}, sorry typo, lanjie", None, "intercept A", cats=[2, 5], draw="yto")
R("{A} intercept pls... wait wrong number, it's {B}", None, "intercept B", cats=[2, 5], draw="jt")
R("{A} 拦截 —— 单号发错了 是 {B} 不过这个先不拦 我问问", "yto", "", cats=[1, 2])
R("{A} 改地址 哦不对 不是改地址 客户就是要退 拦截退回", "zto", "intercept A", cats=[2])
R("{A} 拦截 {B} 拦截 {C} 拦截\n更正 中间那个是 {D}", "sto", "intercept A D C", cats=[2, 7])
R("{A} 投诉 哦写错了 是催件 不是投诉 投诉等明天再说", "jt", "urge A", cats=[2])
R("{A} 丢了 要理赔\n更正下 不是丢了 是破损 也是要理赔", "sf", "claim A", cats=[2, 8])
R("{A} 撤单。说错了 不撤 是拦截。唉也不对 客户说还要 都不用了", "yunda", "", cats=[1, 2])
R("{A} 催件\n不好意思 说错了 是查一下到哪了", "ems", "track A", cats=[2])
R("{A} 改地址 改到 郑州市金水区花园路39号 不对 是 郑州市金水区花园路93号 周女士", "jd", "change_address A", cats=[2])

# ---------------------------------------------------------------------------------------------------------
# Batch 4 — more negation forms and scopes, voices and dialects
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截 {B} 拦截 {C} 拦截 ……算了 都别拦了 客户那边谈好了", "zto", "", cats=[1, 7])
R("{A} {B} 都撤单 不过 {A} 先别撤 我再确认下", "sto", "cancel B", cats=[1, 7])
R("不拦截，{A} 改派到 宁波市鄞州区天童南路588号 包先生", None, "change_address A", cats=[1], draw="yto")
R("{A} 不退回 也不改地址 就原地址 催快点", "jt", "urge A", cats=[1])
R("{A} 别别别 别拦 客户刚转账了", "yunda", "", nh=True, cats=[1])
R("{A} 千万别派送 赶紧拦下来", "sf", "intercept A", cats=[1])
R("{A} 不要派送了 退回", "cainiao", "intercept A", cats=[1])
R("{A} 不派送的话客户就退款了 催一下", "ems", "urge A", cats=[1])
R("{A} 不用拦截，{B} 不用拦截，{C} 拦截", None, "intercept C", cats=[1, 7], draw={"A": "jd", "B": "yto", "C": "jt"})
R("全部都拦 一个不留\n{A}\n{B}", "zto", "intercept A B", cats=[1, 7])
R("{A} 没有不让你们拦啊 拦", "deppon", "intercept A", cats=[1])
R("{A} 谁说不拦了 拦！", "jt", "intercept A", cats=[1])
R("{A} 不是说不用拦了吗 怎么还给拦了", "yto", "", nh=True, cats=[1])
R("{A} 不用再催了 今天已经催过三次了 直接投诉", "sto", "complaint A", cats=[1])
R("{A} 唔好派啦 退返嚟", "sf", "intercept A", cats=[1, 5])
R("{A} 唔该帮手拦截", "sf", "intercept A", cats=[5])
R("{A} 甭催了 人家收着了", "jd", "", nh=True, cats=[1, 5])
R("{A} 拦截 不对 不是 拦截 是 该地址 改到 合肥市蜀山区长江西路499号 江女士", "yunda", "change_address A", cats=[2, 5])
R("{A} 兰姐 不对 拦截 语音打错字了", "zto", "intercept A", cats=[5])
R("{A} 不要催 要投诉 这个快递员天天不送上门", "yto", "complaint A", cats=[1])
R("{A} 不要理赔 要仲裁 你们给的钱太少了", "jd", "arbitration A", cats=[1])
R("{A} 不要查重量了，要退回", "sto", "intercept A", cats=[1])
R("{A} 理赔就不用了，登记个延误吧", "deppon", "delay A", cats=[1])
R("{A} 退回就不用了 改个地址吧 改到 厦门市思明区湖滨南路90号 许小姐 {P}", "cainiao", "change_address A", cats=[1, 4])
R("{A} 先不催 客户说今天不在家", "yunda", "", nh=True, cats=[1])
R("{A} 先不催 客户说今天不在家 改到明天送 地址不变", "yunda", "", nh=True, cats=[1])
R("{A} 如果已经签收了就不用拦了 没签收就拦", "jt", "intercept A", cats=[1])
R("{A} 没派送的话拦一下 派送了就算了", "zto", "intercept A", cats=[1])
R("{A} 要是还在你们网点就帮我拦下来", "sto", "intercept A", cats=[0])
R("{A} 拦截 {B} 也拦截吧 不过 {B} 要是已经签收了就不用了", "yto", "intercept A B", cats=[1, 7])
R("{A} 不用不用 拦截不用 催件也不用 就帮我查下到哪了", "ems", "track A", cats=[1])
R("{A} 啥也不用干 我就问问到哪了", "cainiao", "track A", cats=[1, 5])
R("{A} 不拦了不拦了 刚才那条作废", "sf", "", nh=True, cats=[1])
R("{A} 作废", "sto", "cancel A", cats=[0])
R("刚才那条作废 {A} 不用撤", "sto", "", nh=True, cats=[1])
R("{A} ❌拦截 ✅催件", "jt", "urge A", cats=[1, 5])
R("{A} 拦截✖️ 改地址✔️ 新地址 青岛市市南区香港中路61号 孙先生 {PN}", "zto", "change_address A", cats=[1, 4, 5])
R("{A} cancel the intercept, customer wants it after all", None, "", nh=True, cats=[1, 5], draw="yto")
R("{A} not intercept!! change address to 昆明市五华区东风西路11号 杨女士", None, "change_address A", cats=[1, 5],
  draw="sf")
R("{A} buyong cui le xiexie", "zto", "", nh=True, cats=[1, 5])
R("{A} bie lanjie, gaizhi: 南昌市红谷滩区丰和中大道1166号 涂先生", None, "change_address A", cats=[1, 5], draw="jt")

# pasted tables with a row that says no
R("{A}\t拦截\n{B}\t不拦\n{C}\t拦截", "yunda", "intercept A C", cats=[1, 7])
R("单号\t操作\t备注\n{A}\t催件\t\n{B}\t取消拦截\t客户又要了", "jt", "urge A", nh=True, cats=[1, 7])
R("{A}    改地址    杭州市西湖区文一西路969号 李四\n{B}    拦截\n{C}    不用处理", None, "change_address A; intercept B",
  cats=[1, 7], draw={"A": "yto", "B": "sf", "C": "jd"})
R("运单号        处理\n{A}    退回\n{B}    不退 催派\n{C}    退回", "zto", "intercept A C; urge B", cats=[1, 7])
R("{A}\n{B}\n{C}\n{D}\n这四单 第一单拦截 第三单不用管 其余催一下", "sto", "intercept A; urge B D", cats=[1, 7])
R("{A} {B} {C}\n前两个拦截 最后一个先不拦", "jd", "intercept A B", cats=[1, 7])

# ---------------------------------------------------------------------------------------------------------
# Batch 4 — more commands mentioned but not asked
# ---------------------------------------------------------------------------------------------------------

R("改地址的话 收件人电话也能一起改吗", None, "", cats=[0])
R("撤单以后运费会退吗", None, "", cats=[0])
R("拦截一般多久能退回来", None, "", cats=[0])
R("昨天发的那几个拦截都成功了吗", None, "", cats=[0])
R("我们家的件都是发圆通 拦截的话找你们还是找总部", None, "", cats=[0])
R("理赔需要准备什么材料啊 照片要几张", None, "", cats=[0])
R("超重的话是按实际重量还是体积重算的", None, "", cats=[0])
R("如果客户要求改地址到外省 能改吗 要加钱吗", None, "", cats=[0])
R("上个月投诉的那个快递员还在送我们这片吗", None, "", cats=[0])
R("明天几点来收件", None, "", cats=[0])
R("好的谢谢 辛苦了", None, "", cats=[0])
R("{A} 客户问能不能改地址 我跟他说不行 已经在派送了", "yto", "", cats=[0])
R("{A} 拦截退回会不会影响我店铺评分", "jt", "", nh=True, cats=[0])
R("{A} 改地址了吗？", "zto", "", nh=True, cats=[0])
R("{A} 拦截了吗 怎么没看到回复", "sf", "", nh=True, cats=[0])
R("{A} 显示拦截成功了 但是客户还是收到了 怎么回事", "sto", "", nh=True, cats=[0])
R("{A} 拦截退回 运费我出", "yunda", "intercept A", cats=[0])
R("{A} 上次催件以后第二天就到了 这次也麻烦催一下", "cainiao", "urge A", cats=[0])
R("{A} 上次拦截没拦住 客户签收了 这次这单 {B} 拦截要早点", "jt", "intercept B", cats=[0])
R("{A} 上次你们说已经拦截了 结果还是派送了 我要投诉", "yto", "complaint A", cats=[0])
R("{A} 这单我在后台自己申请拦截了 你们帮忙看着点 别给派出去", "zto", "intercept A", cats=[0])
R("要是拦截不收费的话 {A} 也拦一下", "ems", "intercept A", cf=True, cats=[0])

# ---------------------------------------------------------------------------------------------------------
# Batch 4 — more quotes
# ---------------------------------------------------------------------------------------------------------

R("回复 @网点小助手：@小熊童装 {A} 撤单成功\n撤错了！！这单不能撤 客户付款了", "zto", "", nh=True, cats=[1, 3])
R("「网点小助手：@阿杰数码 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + DASHES
  + "\n另外还要理赔 货值 3200", "sf", "claim A", cats=[3, 4, 8])
R("> @阿杰数码 {A} 改址已提交，结果会第一时间通知您\n> @阿杰数码 {B} 改址已提交，结果会第一时间通知您\n好的 都收到了", "jt",
  "", cats=[3, 7])
R("引用 网点客服：@糖糖 {A} 拦截已提交，结果会第一时间通知您\nthx", "yto", "", cats=[3, 5])
R("「张姐：{A} 客户要改地址 改到 南宁市青秀区民族大道136号 韦女士」\n" + DASHES + "\n好 这单按张姐说的改", "jd",
  "change_address A", cats=[3])
R("「张姐：{A} 客户要改地址」\n" + DASHES + "\n好 这单改一下", "jd", "change_address A", nh=True, cats=[3])
R("【转发】客户留言：快递到哪了？怎么还没到\n{A}", "sto", "track A", cats=[3])
R("【转发】客户留言：不要了 给我退回去\n{A} 先不退 我劝劝客户", "yunda", "", cats=[1, 3])
R("【转发】客户留言：不要了 给我退回去\n{A} 按客户说的办 退回", "yunda", "intercept A", cats=[3])
R("回复 @网点小助手：@糖糖 {A} 已为您催促派送，请耐心等待\n还是没送 改成投诉吧", "yto", "complaint A",
  cats=[3])
R("「网点小助手：@老周茶叶 {A} 已签收，无法拦截」\n" + DASHES + "\n签收了就没办法了 我跟客户说一下", "deppon", "", cats=[3])
R("「网点小助手：@老周茶叶 {A} 已签收，无法拦截」\n" + DASHES + "\n签收了？客户说没收到啊 查一下谁签的", "deppon",
  "verify_delivery A", cats=[3])
R("引用 仓库-小吴：{A} 这个发错颜色了 要不要拦\n要拦 马上拦", "cainiao", "intercept A", cats=[3])
R("引用 仓库-小吴：{A} 这个发错颜色了 要不要拦\n不用拦 让客户收了 我们补发一个", "cainiao", "", cats=[1, 3])
R("引用 仓库-小吴：{A} 这个发错颜色了 要不要拦\n要不拦一下吧 我也拿不准", "cainiao", "intercept A", cf=True, cats=[3])
R("回复 @运营-Lily：{A} 帮忙拦一下\n@运营-Lily 这单我拦过了 网点已经回复拦截已提交", "jt", "", cats=[3])

# ---------------------------------------------------------------------------------------------------------
# Batch 4 — ordinary requests and broken numbers (controls)
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截退回", "yto", "intercept A", cats=[0])
R("{A} 帮忙催一下派送 客户急用", "zto", "urge A", cats=[0])
R("{A} 撤单 还没揽收", "jt", "cancel A", cats=[0])
R("{A} 显示签收了 客户说没收到 核实一下", "sto", "verify_delivery A", cats=[0])
R("{A} 三天没更新了", "yunda", "delay A", cats=[0])
R("{A} 到哪了", "ems", "track A", cats=[0])
R("{A}", "cainiao", "track A", cats=[0])
R("{A} 外箱破了", "sf", "damaged A", cats=[0])
R("{A} 件丢了吧 一直查不到", "jd", "lost A", cats=[0])
R("{A} 查下重量 感觉不对", "deppon", "weight A", cats=[0])
R("{A} 快递员态度太差 投诉", "yto", "complaint A", cats=[0])
R("{A:sp} 拦截 客户电话 {PN}", "ems", "intercept A", cats=[4, 6], draw="ems_s10")
R("{A:sp} 不用理赔了", None, "", nh=True, cats=[1, 6], draw="ems_s10")
R("{A:nl} 改地址 改到 石家庄市长安区中山东路508号 田先生", "jt", "change_address A", cf=True, cats=[6])
R("{A:nl} 这个不拦了", "sf", "", nh=True, cats=[1, 6])
R("{A:dash} 帮忙看下到哪了", "zto", "track A", cats=[6])
R("{A:lc} gaizhi 改到 太原市小店区长风街99号 霍女士", None, "change_address A", cats=[5], draw="yto")
R("{A:lc} bu yong gai le", None, "", nh=True, cats=[1, 5], draw="jt")
# ---------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    W.main()
