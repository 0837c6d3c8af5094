"""Writer "bb": a working day in conversation with the bot.

Casting note: a mid-sized Taobao/Douyin shop selling home goods and small kitchen appliances (水杯, 收纳盒, 电饭煲,
玻璃碗 ...): the owner 陈静 (陈姐, short, impatient, decides) and her two after-sales helpers 小林 (young, fast,
lowercase pinyin now and then, emoji-ish 哈/嗷/🙏) and 阿芳 (careful, polite, asks before she acts). They sit in
the outlets' groups of several carriers (and one multi-carrier group of a 菜鸟驿站-style outlet) all day and talk
WITH the bot: they quote-reply its answers (WeCom 「…」 + dashes, DingTalk-style 回复/引用 lines), say 确认 or
refuse when it asks, ask whether an intercept went through, argue when it says 已签收 or registers the wrong
thing, send the same request again when nothing seems to happen, thank it, and reply to one parcel while asking
for another in the same message. In between — about half the traffic — plain requests as buyers generate them:
refunds (仅退款/退货退款), 拒收, wrong addresses, 催 because the buyer nags, breakage, weights that look too high,
with the buyer's phone or the platform order number pasted in from the seller backend.
"""

from harness import Writer

W = Writer("bb", seed=84213)
R = W.R

D = "- - - - - - - - - - - - - - -"  # WeCom quote separator

# ---------------------------------------------------------------------------------------------------------------
# plain requests, one parcel
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 买家申请仅退款了", "zto", "intercept A")
R("亲 {A} 帮忙拦一下 退回来 客户不要了", "yto", "intercept A")
R("{A}\n这个件麻烦催一下 买家天天在问", "sto", "urge A")
R("@中通小助手 {A} 到哪了", "zto", "track A")
R("{A} 还没揽收 取消吧 买家拍错颜色了", "zto", "cancel A")
R("{A} 客户说显示签收了 但是没拿到货 帮忙查下谁签的", "sto", "verify_delivery A")
R("{A} 这个到了碎了 玻璃碗 客户发了照片", "yunda", "damaged A")
R("{A} 五天了还在转运中心 一直没更新", "zto", "delay A")
R("{A} 重量不对吧 一个保温杯怎么算了3公斤", "sto", "weight A")
R("{A} 件丢了 网点说找不到了", "jt", "lost A")
R("{A} 派件员不送上门 让买家自己去驿站拿 还很凶 投诉", "yto", "complaint A")
R("麻烦 {A} 加急派送 买家明天出差", "sf", "urge A")
R("{A} 撤单 不寄了", "jd", "cancel A")
R("{A}", "yto", "track A")
R("{A} 物流三四天没动了 是不是丢了啊", "zto", "lost A")
R("{A} 跟买家扯了一个礼拜了 平台介入也没用 申请仲裁", "jd", "arbitration A")
R("拦截 {A}", "jt", "intercept A")
R("{A} 买家拒收 退回", "yunda", "intercept A")
R("{A} 改地址：浙江省杭州市余杭区五常街道文一西路998号 海创园18幢 周先生", "yto", "change_address A")
R("{A} 帮忙催催 这都第四天了", "cainiao", "urge A")
R("{A} 麻烦核一下重量 后台扣了我十几块", "yunda", "weight A")
R("{A} 到哪了 啥时候能到啊", "ems", "track A")
R("{A} 地址写错了 拦回来吧 我重新发", "sto", "intercept A")
R("在吗 {A} 这个别派了 退回给我们", "zto", "intercept A")
R("{A} 电饭煲 外箱压瘪了 内胆变形 买家拒收了", "deppon", "damaged A")
R("@圆通客服 {A} 能拦吗 客户退款了", "yto", "intercept A")
R("{A} 这个显示已签收 买家说根本没见到 也没人打电话", "jt", "verify_delivery A")
R("{A} 改派到 江苏省南京市鼓楼区中山北路30号 城市名人酒店大堂 徐小姐", "sto", "change_address A")
R("{A} 加急 谢谢", "yunda", "urge A")
R("{A} 查一下 买家说看不到物流", "sf", "track A")
R("{A} 漏液了 洗洁精整瓶漏光 箱子都湿了", "zto", "damaged A")
R("{A} 一直显示运输中 快一周了", "jt", "delay A")
R("{A} 取消寄件 快递员还没来 我们自己改发顺丰了", "cainiao", "cancel A")
R("{A} 截件 买家说不要了", "jd", "intercept A")
R("{A} 少件 买家说收到只有一个盒子 我们发的是两箱", "deppon", "lost A")
R("{A} 超重了吧？我们称的是1.2kg", "zto", "weight A")
R("{A} 能不能帮忙改个地址 改成 上海市闵行区七莘路3009号 万科城市花园东门 陆女士", "yto", "change_address A")
R("{A} 麻烦催一下派送 放驿站两天了都没通知", "sto", "urge A")
R("{A} 请问现在在哪", "yunda", "track A")
R("{A} 快递员态度很差 买家打电话问一句就挂电话 我们要投诉", "zto", "complaint A")
R("{A} 拦截退回 谢谢啦", "yto", "intercept A")
R("{A} 这个作废 订单重复了", "sf", "cancel A")
R("{A} 买家说箱子被划开了 里面收纳盒裂了", "jt", "damaged A")
R("{A} 好几天没更新了 麻烦看看", "sto", "delay A")
R("帮我催下 {A} 买家急着用", "jd", "urge A")
R("{A} 退件 买家七天无理由", "yunda", "intercept A")
R("{A} 一直不动 催一下吧 买家要给差评了", "zto", "urge A")
R("{A} 签收人写的本人 可买家说他不在家 谁签的？核实一下", "yto", "verify_delivery A")
R("{A} 我们发的两公斤不到 扣了五公斤的钱 核重", "sto", "weight A")
R("{A} 派件网点说件找不到了 这是丢了吧", "yunda", "lost A")
R("{A} 什么时候到 买家问了三遍了", "sf", "track A")
R("{A}\n拦回来", "jt", "intercept A")
R("{A} 收件地址换一下 换成 广东省深圳市福田区福华三路168号 国际商会中心 前台", "zto", "change_address A")
R("{A} 这单不发了 撤掉吧 快递员还没来", "cainiao", "cancel A")
R("{A} 快点送吧 都到市里两天了", "yto", "urge A")
R("{A} 外包装破了个大洞 杯子磕掉一块", "ems", "damaged A")
R("{A} 到了转运中心就没动静了 三天了", "ems", "delay A")
R("{A} 买家要求退回 拦一下", "deppon", "intercept A")
R("{A} 物流信息到哪了", "jt", "track A")
R("{A} 派送员私自签收 买家没收到 这个要查", "zto", "verify_delivery A")
R("{A} 货值三百多 丢了 申请理赔", "sto", "claim A", cats=(8,))
R("{A} 不用送了 退回", "yunda", "intercept A")
R("{A} 麻烦 尽快派送", "jd", "urge A")
R("@德邦小助手 {A} 查询物流", "deppon", "track A")
R("{A} 拦截！买家退款了", "sf", "intercept A")
R("{A} 这个破损了", "yto", "damaged A")
R("{A} 寄错了 还没揽 撤单", "zto", "cancel A")
R("{A} 改地址 北京市朝阳区望京街10号 望京SOHO T1 1508 韩先生", "sf", "change_address A")
R("{A} 这件咋回事 七天了还在路上 是不是延误了", "yunda", "delay A")
R("{A} 帮忙看下重量 怎么会是8kg", "jt", "weight A")
R("{A} 买家说收到的箱子是空的 东西没了", "yto", "lost A")
R("{A} 这个还能拦吗？能拦就拦 买家申请退款了", "sto", "intercept A")
R("{A} 催件", "zto", "urge A")
R("{A} 派送超时了 答应买家今天到的", "sf", "delay A")
R("{A} 麻烦退回 发错货了", "jt", "intercept A")
R("{A} 驿站说没收到这个件 但物流显示已签收", "cainiao", "verify_delivery A")
R("{A} 投诉 快递员把件扔在门口 电话也不打一个", "yunda", "complaint A")
R("{A} 现在啥情况", "zto", "track A")
R("{A} 转寄到 湖北省武汉市洪山区珞喻路1037号 华中科技大学东区宿舍 韦同学", "ems", "change_address A")
R("{A} 帮忙拦截一下 买家地址填错了 他自己要重新拍", "yunda", "intercept A")
R("{A} 这都多少天了 催一催", "jt", "urge A")
R("{A} 到货箱子烂了 电水壶摔坏了 买家要退", "sto", "damaged A")

# ---------------------------------------------------------------------------------------------------------------
# plain requests, several parcels
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n这两个都拦截 买家都退款了", "zto", "intercept A B")
R("{A} 拦截\n{B} 催一下", "yto", "intercept A; urge B")
R("催件\n{A}\n{B}\n{C}", "sto", "urge A B C")
R("{A} 到哪了\n{B} 这个破了", "yunda", "track A; damaged B")
R("{A} 撤单 {B} 也撤 都没揽", "jt", "cancel A B")
R("今天的问题件\n{A} 拦截\n{B} 核重\n{C} 显示签收没收到", "zto", "intercept A; weight B; verify_delivery C")
R("{A} {B} 麻烦加急 两个买家都在催", "sf", "urge A B")
R("{A} 退回\n{B} 改地址 重庆市渝北区金开大道68号 奥园越时代3栋 黄女士", "yto",
  "intercept A; change_address B")
R("{A}\n{B}\n{C}\n帮忙查查这几个都在哪", "jd", "track A B C")
R("{A} 丢了 {B} 压坏了 都是昨天到的那批", "deppon", "lost A; damaged B")
R("{A} 拦截 {B} 拦截 {C} 拦截", "sto", "intercept A B C")
R("{A} 三天没动\n{B} 也是 一直在中转", "zto", "delay A B")
R("{A} 和 {B} 帮忙催一下 谢谢", None, "urge A B", draw={"A": "yto", "B": "jt"})
R("{A} 拦截\n{B} 到哪了", None, "intercept A; track B", draw={"A": "sf", "B": "yto"})
R("{A} 改地址 苏州市姑苏区人民路2075号 张先生\n{B} 催件", None, "change_address A; urge B",
  draw={"A": "jt", "B": "jd"})
R("{A} 撤单\n{B} 撤单\n买家都取消了", "cainiao", "cancel A B")
R("{A} 核重 {B} 也核一下 两个都不对", "yunda", "weight A B")

# ---------------------------------------------------------------------------------------------------------------
# asking after a request, thanks, chit-chat (no new request)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截成功了吗", "zto", "", nh=True)
R("{A} 上午让拦的 拦住了没", "yto", "", nh=True)
R("{A} 地址改好了没 买家问了", "sto", "", nh=True)
R("{A} 前天申请的理赔 有进度吗", "jt", "", nh=True)
R("拦截要收费吗", "zto", "", nh=True)  # a question about the rules: rule 12
R("{A} 拦回来的运费谁出啊", "yunda", "", nh=True)
R("好的 谢谢", "zto", "")
R("收到 辛苦了", "yto", "")
R("明天几点来揽收？今天单子多", "sto", "")
R("在吗", "jt", "")
R("谢谢亲 🙏", "yunda", "")
R("{A} 催件的结果呢 买家又来问了", "sf", "", nh=True)
R("{A} 撤单撤掉了吗 快递员还给我打电话要来取", "cainiao", "", nh=True)
R("今天还收件吗 我们还有二十多单", "zto", "")
R("好滴 麻烦了", "jd", "")
R("{A} 这个拦截是不是要等两三天才有结果", "jt", "", nh=True)
R("改地址一般多久能改好", "yto", "", nh=True)
R("嗯嗯 知道了", "sto", "")
R("{A} 昨天登记的破损 多久有人联系", "yunda", "", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# sent again because nothing seemed to happen
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截！！刚才发过了没人理", "yto", "intercept A")
R("再发一遍 {A} 催件", "zto", "urge A")
R("{A} 拦截\n{A} 拦截\n有人吗", "sto", "intercept A")
R("@申通小助手 {A} 撤单 刚才发了没反应", "sto", "cancel A")
R("{A} 改地址 杭州市滨江区江南大道3850号 创新大厦12楼 沈先生\n（上面发过一次 怎么没回复）", "zto",
  "change_address A")
R("第三次发了 {A} 拦截退回 能不能处理一下", "yunda", "intercept A")
R("{A} 核重 昨天就发了 今天还是没人管", "jt", "weight A")
R("？？？{A} 催一下啊 发了半天了", "sf", "urge A")
R("{A} 退回 退回 退回 急！！", "jd", "intercept A")

# ---------------------------------------------------------------------------------------------------------------
# quoting the bot's replies: asking after, thanking, confirming, refusing, disputing
# ---------------------------------------------------------------------------------------------------------------
R("「中通小助手：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n拦截成功了吗", "zto", "", nh=True,
  cats=(3,))
R("「圆通客服：@阿芳 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n好的 谢谢", "yto", "", cats=(3,))
R("「网点客服：@陈静 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n这都两天了 到底拦住没有 买家在催退款",
  "sto", "", nh=True, cats=(3,))
R("回复 韵达网点助手：@小林 {A} 已为您催促派送，请耐心等待\n好的 麻烦了", "yunda", "", cats=(3,))
R("「极兔小助手：@陈静 {A} 已为您催促派送，请耐心等待」\n" + D + "\n催了也没用啊 今天还是没送 投诉吧", "jt",
  "complaint A", cats=(3,))
R("「中通小助手：@阿芳 {A} 已为您催促派送，请耐心等待」\n" + D + "\n昨天就催过了 还在网点没动 再催一次", "zto",
  "urge A", cats=(3,))
R("「圆通客服：@小林 {A} 改址已提交，结果会第一时间通知您」\n" + D + "\n改好了吗 买家说物流上地址还是旧的", "yto",
  "", nh=True, cats=(3,))
R("「申通小助手：@陈静 {A} 撤单成功」\n" + D + "\n👌", "sto", "", cats=(3,))
R("「申通小助手：@小林 {A} 撤单成功」\n" + D + "\n谢谢 还有 {B} 也撤了 这个也没揽", "sto", "cancel B",
  cats=(3,))
R("「中通小助手：@陈静 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n确认", "zto", "intercept A",
  cats=(3,))
R("「圆通客服：@阿芳 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n确认 退回", "yto", "intercept A",
  cats=(3,))
R("回复 网点客服：@小林 请确认：{A} 拦截退回？回复“确认”即办理\n确认确认 拦", "jt", "intercept A", cats=(3,))
R("「韵达网点助手：@阿芳 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n先别拦了 买家说再考虑一下 回头再说",
  "yunda", "", nh=True, cats=(1, 3))
R("「中通小助手：@陈静 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D +
  "\n不是退回 改地址 改到 浙江省温州市鹿城区人民东路1号 胡女士", "zto", "change_address A", cats=(1, 3))
R("「极兔小助手：@小林 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n确认 另外 {B} 也拦一下 同一个买家的",
  "jt", "intercept A B", cats=(3,))
R("「圆通客服：@陈静 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + D + "\n撤单 {A}", "yto",
  "cancel A", cats=(3,))
R("「中通小助手：@阿芳 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + D + "\n那就撤了吧 谢谢",
  "zto", "cancel A", cats=(3,))
R("回复 申通小助手：@小林 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n哦哦 好的 那撤单", "sto",
  "cancel A", cats=(3,))
R("「中通小助手：@陈静 {A} 已签收，无法拦截」\n" + D + "\n签收了？？买家说没收到啊 谁签的 查一下", "zto",
  "verify_delivery A", cats=(3,))
R("「圆通客服：@小林 {A} 已签收，无法拦截」\n" + D + "\n好吧 知道了", "yto", "", cats=(3,))
R("「韵达网点助手：@阿芳 {A} 已签收，无法拦截」\n" + D + "\n不可能 买家人在外地出差 家里没人 帮忙核实是谁签收的",
  "yunda", "verify_delivery A", cats=(3,))
R("「极兔小助手：@陈静 {A} 已签收，无法拦截」\n" + D + "\n我上午十点就发了拦截 你们拖到下午才处理 投诉",
  "jt", "complaint A", cats=(3,))
R("「中通小助手：@小林 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + D + "\n要赔的 货值199 不光是登记",
  "zto", "claim A", cats=(3, 8))
R("「德邦小助手：@阿芳 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + D + "\n多久能有结果啊",
  "deppon", "", nh=True, cats=(3,))
R("「申通小助手：@陈静 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + D + "\n不是延误 件丢了 派件网点都说找不到",
  "sto", "lost A", cats=(2, 3))
R("「圆通客服：@小林 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + D + "\n好的 顺便帮忙催一下", "yto",
  "urge A", cats=(3,))
R("「中通小助手：@阿芳 您的消息已转人工客服处理，请稍候」\n" + D + "\n好的", "zto", "", cats=(3,))
R("「网点客服：@陈静 您的消息已转人工客服处理，请稍候」\n" + D + "\n不用人工 就是 {A} 拦截 很简单", "sto",
  "intercept A", cats=(3,))
R("「中通小助手：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n不用拦了 买家又说要了", "zto", "",
  nh=True, cats=(1, 3))
R("「圆通客服：@陈静 {A} 拦截已提交，结果会第一时间通知您」\n" + D +
  "\n拦截不要了 改成改地址 改到 安徽省合肥市蜀山区长江西路669号 省级机关宿舍 宋先生", "yto", "change_address A",
  cats=(1, 2, 3))
R("「申通小助手：@阿芳 {A} 改址已提交，结果会第一时间通知您」\n" + D +
  "\n刚才地址打错了 应该是 福建省厦门市思明区莲前西路2号 莲富大厦18楼 不是8楼", "sto", "change_address A",
  cats=(2, 3))
R("「中通小助手：@陈静 {A} 撤单成功」\n" + D + "\n？？我让撤的是 {B} 不是这个 {A} 是要发的", "zto",
  "cancel B", nh=True, cats=(1, 2, 3))
R("「韵达网点助手：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n好的 另外 {B} {C} 也拦一下 都退款了",
  "yunda", "intercept B C", cats=(3,))
R("「极兔小助手：@阿芳 {A} 撤单成功」\n" + D + "\n谢谢！\n{B} 这个催一下 买家说三天没动了", "jt", "urge B",
  cats=(3,))
R("回复 @顺丰网点助手：@陈静 {A} 已为您催促派送，请耐心等待\n还是没到 这个是不是延误了", "sf", "delay A",
  cats=(3,))
R("引用 京东小助手：@小林 {A} 拦截已提交，结果会第一时间通知您\n拦住了没呀", "jd", "", nh=True, cats=(3,))
R("引用 中通小助手：@阿芳 {A} 撤单成功\n收到 谢谢", "zto", "", cats=(3,))
R("「中通小助手：@陈静 {A} 已为您催促派送，请耐心等待」\n" + D + "\n{B} 也一样催一下", "zto", "urge B",
  cats=(3,))
R("「圆通客服：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n结果呢？都过一天了", "yto", "", nh=True,
  cats=(3,))
R("「申通小助手：@陈静 {A} 已签收，无法拦截」\n" + D + "\n那帮忙核实下签收 买家说包裹不在驿站也不在家", "sto",
  "verify_delivery A", cats=(3,))
R("「网点客服：@阿芳 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + D +
  "\n谢谢 另外快递员说是我们包装问题 态度很差 这个也投诉一下", "jt", "complaint A", cats=(3,))
R("「圆通客服：@陈静 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n嗯 拦吧", "yto", "intercept A", cats=(3,))
R("「德邦小助手：@小林 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n不用不用 发错了 不拦", "deppon", "",
  nh=True, cats=(1, 3))
R("「中通小助手：@阿芳 {A} 改址已提交，结果会第一时间通知您」\n" + D + "\n好的 辛苦", "zto", "", cats=(3,))
R("「韵达网点助手：@陈静 {A} 改址已提交，结果会第一时间通知您」\n" + D +
  "\n买家又改了 改到 山东省青岛市市南区香港中路76号 颐和国际A座 孙女士", "yunda", "change_address A",
  cats=(2, 3))
R("「极兔小助手：@小林 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + D + "\n买家说不要了 直接退回吧", "jt",
  "intercept A", cats=(3,))
R("「申通小助手：@阿芳 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n收到🙏", "sto", "", cats=(3,))
R("「中通小助手：@陈静 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + D +
  "\n还没揽？那不撤了 让快递员今天赶紧来取", "zto", "", nh=True, cats=(1, 3))
R("回复 申通小助手：@陈静 {A} 撤单成功\n好 {B} {C} 一起撤了 也是没揽的", "sto", "cancel B C", cats=(3,))
R("「中通小助手：@阿芳 {A} 已为您催促派送，请耐心等待」\n" + D + "\n谢谢", "zto", "", cats=(3,))
R("「网点客服：@小林 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n确认。", None, "intercept A",
  cats=(3,), draw="yto")
R("「网点客服：@陈静 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n拦截成功没有？买家退款已经退了", None, "",
  nh=True, cats=(3,), draw="jt")
R("「网点客服：@阿芳 {A} 已签收，无法拦截」\n" + D + "\n显示签收了 但买家说没收到 麻烦查查", None,
  "verify_delivery A", cats=(3,), draw="sf")
R("「网点客服：@小林 {A} 改址已提交，结果会第一时间通知您」\n" + D + "\n好的\n{B} 顺便查一下到哪了", None,
  "track B", cats=(3,), draw={"A": "yto", "B": "jd"})
R("回复 网点客服：@陈静 {A} 已为您催促派送，请耐心等待\n{B} 也催", None, "urge B", cats=(3,),
  draw={"A": "jt", "B": "yto"})
R("「顺丰网点助手：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n这个加急拦 客户很生气", "sf",
  "intercept A", cats=(3,))
R("「中通小助手：@陈静 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + D + "\n好 等你们消息", "zto", "",
  cats=(3,))
R("「邮政小助手：@小林 {A} 已为您催促派送，请耐心等待」\n" + D + "\n催了三次了 这个到底在哪", "ems", "track A",
  cats=(3,))
R("「韵达网点助手：@陈静 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + D + "\n登记有啥用 要赔钱 买家已经退款了",
  "yunda", "claim A", cats=(3, 8))
R("回复 菜鸟驿站助手：@阿芳 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 谢谢", "cainiao",
  "cancel A", cats=(3,))
R("「中通小助手：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + D +
  "\n谢谢 {B} 这个地址也要改 改成 河南省郑州市金水区花园路139号 国贸中心 赵先生", "zto", "change_address B",
  cats=(3,))
R("「申通小助手：@阿芳 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n确认 麻烦快一点", "sto",
  "intercept A", cats=(3,))
R("「圆通客服：@陈静 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n拦截成功记得告诉我 另外帮我投诉一下派件员 电话一直不接",
  "yto", "complaint A", cats=(3,))

# ---------------------------------------------------------------------------------------------------------------
# quoting each other and their own earlier messages
# ---------------------------------------------------------------------------------------------------------------
R("引用 小林：{A} 拦截\n？？？有人吗 这个拦截 急", "zto", "intercept A", cats=(3,))
R("引用 阿芳：{A} 拦截\n这个不用拦了 我跟买家谈好了 给他补了个赠品", "yto", "", nh=True, cats=(1, 3))
R("回复 @陈静：{A} {B} 这两个是不是要拦\n对 都拦", "sto", "intercept A B", cats=(3,))
R("回复 @小林：{A} 买家说要改地址 改哪里你问一下\n问了 改到 四川省成都市锦江区红星路三段1号 IFS 二号办公楼 杨先生",
  "yunda", "change_address A", cats=(3,))
R("「阿芳：{A} 拦截」\n" + D + "\n收到 我这边也跟买家说了", "zto", "", cats=(3,))
R("引用 陈静：{A} 催一下\n{B} 也是这个买家的 也催一下", "jt", "urge B", cats=(3,))
R("「小林：{A} 撤单」\n" + D + "\n这个已经揽收了 撤不了 改成拦截吧", "sto", "intercept A", cats=(2, 3))
R("回复 @阿芳：{A} 核重\n我刚称了 就1.5公斤 他们算了4公斤 帮忙再核一下", "yunda", "weight A", cats=(3,))
R("「陈静：{A} 拦截 {B} 拦截」\n" + D + "\n{B} 不用拦 那个买家撤销退款了 只拦 {A}", "zto", "intercept A", nh=True,
  cats=(1, 3))
R("引用 小林：{A} 到哪了\n查到了 快递员说今天下午送", "yto", "", cats=(3,))
R("「阿芳：陈姐 {A} 买家说碎了 怎么弄」\n" + D + "\n登记破损 让他们赔 货值89", "jt", "claim A", cats=(3, 8))
R("回复 @小林：{A} 这个要不要拦\n拦 买家都退款了还等啥", "sto", "intercept A", cats=(3,))
R("「小林：{A} 催件」\n" + D + "\n{B} 拦截\n（上面那个已经送到了）", "zto", "intercept B", cats=(3,))
R("回复 @陈静：{A} 拦截\n陈姐 这个买家刚说不退了 我先不拦了哈", "yunda", "", nh=True, cats=(1, 3))
R("「阿芳：{A}\n{B}\n这两个买家都说没收到」\n" + D + "\n两个都核实一下签收", None, "verify_delivery A B", cats=(3,),
  draw={"A": "yto", "B": "jt"})
R("「陈静：{A} 拦截」\n" + D + "\n拦截成功了吗 这个急", None, "", nh=True, cats=(3,), draw="sf")

# ---------------------------------------------------------------------------------------------------------------
# a reply about one parcel and a new request for another
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截成功了没？另外 {B} 催一下", "zto", "urge B", nh=True)
R("{A} 收到了 谢谢\n{B} 改地址 天津市和平区南京路189号 津汇广场2座 马先生", "yto", "change_address B")
R("{A} 已经拦回来了 谢谢 {B} 这个也拦截", "sto", "intercept B")
R("{A} 的拦截有消息吗 {B} 也帮忙拦一下", "yunda", "intercept B", nh=True)
R("{A} 买家收到了 辛苦\n新的：{B} 撤单", "jt", "cancel B")
R("{A} 改址改好了没？顺便 {B} 核一下重", "sto", "weight B", nh=True)

# ---------------------------------------------------------------------------------------------------------------
# negation, withdrawal, correction
# ---------------------------------------------------------------------------------------------------------------
R("{A} 拦截 {B} 不用拦", "zto", "intercept A", cats=(1,))
R("{A} 不用拦了 买家又要了", "yto", "", nh=True, cats=(1,))
R("{A} 刚才说撤单的 不撤了 买家不退了", "sto", "", nh=True, cats=(1,))
R("{A} 不拦了 改成催一下", "yunda", "urge A", cats=(1, 2))
R("{A} {B} 都拦截 哦 {B} 不用 买家刚说要了", "zto", "intercept A", cats=(1, 2))
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "jt", "intercept A", cats=(2,))
R("{A:typo} 拦截\n更正 单号打错了 是 {A}", "zto", "intercept A", cats=(2,))
R("不是不拦 是现在就拦 {A} 买家退款都到账了", "yto", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 陕西省西安市雁塔区科技路48号 创业广场B座 冯女士", "sto", "change_address A", cats=(1,))
R("{A} 催件 算了 还是拦截吧 买家说不要了", "zto", "intercept A", cats=(2,))
R("{A} 改址取消 还是退回吧", "yunda", "intercept A", cats=(1, 2))
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n不好意思 第二个不用拦 发多了", "sto", "intercept A C", cats=(1, 7))
R("{A} 不用理赔了 买家说能用", "jt", "", nh=True, cats=(1,))
R("{A} 别催了 买家说今天不在家", "zto", "", nh=True, cats=(1,))
R("{A} 拦截 … {A} 算了不拦了 买家说先收下再说", "yto", "", cats=(1,))
R("不是 {A} 是 {B} 要改地址 改到 广东省广州市番禺区市桥街平康路15号 卢先生", "zto", "change_address B",
  cats=(2,))
R("{A} 核重\n哦不对 发错了 是要催件", "sto", "urge A", cats=(2,))
R("{A} 不是破损 是少了一件 箱子里只有一个杯子", "yunda", "lost A", cats=(1, 2))
R("{A} 先不用退回 帮忙催一下派送 买家说还是要的", "jt", "urge A", cats=(1,))
R("撤销刚才的 {A} 改址 地址没问题 是买家搞错了", "zto", "", nh=True, cats=(1,))
R("{A} 拦截\n更正：{B} 才是要拦截的 上面那个发错了", "yto", "intercept B", cats=(2,))

# ---------------------------------------------------------------------------------------------------------------
# phones, order numbers, amounts (pasted from the seller backend)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 改地址 江苏省苏州市工业园区星湖街328号 创意产业园5栋 刘女士 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 收件人电话改成 {PN}", "zto", "change_address A", nh=True, cats=(4,))
R("买家电话 {PN} 说 {A} 还没到 催一下", "sto", "urge A", cats=(4,))
R("订单号 {O} 快递单号 {A} 拦截 买家退款了", "zto", "intercept A", cats=(4,))
R("抖音订单 {O}\n物流单号 {A}\n到哪了", "yunda", "track A", cats=(4,))
R("{A} 派送员电话 {PN} 一直打不通 件也不送 投诉", "jt", "complaint A", cats=(4,))
R("{A}\n收件人：吴女士 {PN}\n地址改为：浙江省嘉兴市南湖区中环南路1500号 嘉兴学院梁林校区", "zto", "change_address A",
  cats=(4,))
R("{A} 货值 268 元 压碎了 申请赔付", "sto", "claim A", cats=(4, 8))
R("淘宝订单 {O} 买家说没收到 快递 {A} 显示签收 买家手机 {PN}", "yto", "verify_delivery A", cats=(4,))
R("{A} 这个 10月3号发的 到现在15号了还没到", "zto", "delay A", cats=(4,))
R("{A} 收件人改成 {PN} 何先生", "yunda", "change_address A", nh=True, cats=(4,))
R("{O} 这个订单的快递 {A} 帮忙拦截一下", "jt", "intercept A", cats=(4,))
R("{A} 扣了 18.5 元运费 我们平时 6 块 核重", "sto", "weight A", cats=(4,))
R("买家 {PN} 打电话说快递员让他去 3 公里外的驿站自提 {A} 投诉", "zto", "complaint A", cats=(4,))
R("{A} 买家说电话 {PN} 没人联系他 件就显示签收了", "yto", "verify_delivery A", cats=(4,))
R("售后单 {O}\n{A} 退回 谢谢", "yunda", "intercept A", cats=(4,))
R("{A} 加急 买家 {PN} 明天上午要用", "sf", "urge A", cats=(4,))
R("订单 {O} 和 {O2} 是同一个买家 快递分别是 {A} {B} 都拦截", "zto", "intercept A B", cats=(4,))
R("{A} 丢了 货值 459 元 要理赔 这是订单号 {O}", "jt", "claim A", cats=(4, 8))
R("{A} 地址不改 就改个电话 {PN}", "sto", "change_address A", nh=True, cats=(1, 4))
R("{A} 改地址 上海市徐汇区漕溪北路88号 圣爱大厦 2306 邵先生 {PN} 尽量今天改好", "yto", "change_address A",
  cats=(4,))
R("{A} 买家电话换号了 新号 {PN} 旧号 {PN2} 停机了 改一下", "zto", "change_address A", nh=True, cats=(4,))

# ---------------------------------------------------------------------------------------------------------------
# pinyin, English, colloquial (小林 typing fast)
# ---------------------------------------------------------------------------------------------------------------
R("{A} lanjie", "zto", "intercept A", cats=(5,))
R("{A} cuijian 谢谢", "yto", "urge A", cats=(5,))
R("{A} pls intercept, buyer refunded", "sf", "intercept A", cats=(5,))
R("{A} cancel the order 还没揽", "jd", "cancel A", cats=(5,))
R("{A} 给我拦住 别让它派了", "sto", "intercept A", cats=(5,))
R("{A} where is it 买家问", "yto", "track A", cats=(5,))
R("{A} gaizhi 改到 上海市长宁区愚园路1258号 范女士", "zto", "change_address A", cats=(5,))
R("{A} 咋还不到 催催", "yunda", "urge A", cats=(5,))
R("{A} chedan 买家不要了", "jt", "cancel A", cats=(5,))
R("{A} urgent 买家今天生日要用", "sf", "urge A", cats=(5,))
R("{A} 拉回来拉回来 这单不要了", "zto", "intercept A", cats=(5,))
R("{A} 啥情况啊 咋一直趴在网点", "sto", "delay A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------------
# numbers broken by the chat client
# ---------------------------------------------------------------------------------------------------------------
R("{A:nl} 拦截", "zto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n催一下", "yto", "urge A", cats=(6,))
R("{A:sp} 到哪了", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:sp} 拦截 买家退款了", "yto", "intercept A", cats=(6,))
R("{A:dash} 撤单", "jt", "cancel A", cats=(6,))
R("{A:cut} 拦截", "yto", "", nh=True, cats=(6,))  # (audit: a 77… number one digit short is still a valid STO length)
R("{A:lc} 催件", "sf", "urge A", cats=(6,))
R("{A:fw} 改地址 云南省昆明市五华区东风西路11号 顺城购物中心 段女士", "yto", "change_address A", cats=(6,))
R("「邮政小助手：@陈静 {A:sp} 已为您催促派送，请耐心等待」\n" + D + "\n谢谢", "ems", "", cats=(3, 6),
  draw="ems_s10")
R("{A:nl} 退回 买家拒收了", "jt", "intercept A", cf=True, cats=(6,))
R("{A:sp} 这个破了", "ems", "damaged A", cats=(6,), draw="ems_s10")
R("{A:cut}\n{B}\n这两个催一下", "yunda", "urge B", nh=True, cats=(6,))
R("{A:nl} 改地址 湖南省长沙市岳麓区麓山南路932号 中南大学本部 谭同学", "zto", "change_address A", cf=True,
  cats=(6,))

# ---------------------------------------------------------------------------------------------------------------
# positions and lists
# ---------------------------------------------------------------------------------------------------------------
R("{A}\n{B}\n{C}\n第一个拦截 后两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A}\n{B}\n上面两个拦截", "yto", "intercept A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上全部催件", "sto", "urge A B C D", cats=(7,))
R("{A}\n{B}\n第二个改地址 改到 江西省南昌市红谷滩区会展路999号 财富广场 熊女士 第一个不用动", "jt",
  "change_address B", cats=(7,))
R("{A}\t拦截\n{B}\t催件\n{C}\t核重", "zto", "intercept A; urge B; weight C", cats=(7,))
R("{A}\n{B}\n这俩一个拦一个催 买家跟我说的 我给记混了", "yunda", "", nh=True, cats=(7,))
R("{A} {B} {C} 最后一个拦 前面的都催", "sto", "urge A B; intercept C", cats=(7,))
R("{A}\n{B}\n{C}\n这几个都显示签收了 买家都说没收到", None, "verify_delivery A B C", cats=(7,), draw="yto")

# ---------------------------------------------------------------------------------------------------------------
# compound requests
# ---------------------------------------------------------------------------------------------------------------
R("{A} 碎了 要赔偿 快递员还说不关他事 投诉", "zto", "claim A; complaint A", cats=(8,))
R("{A} 破损 另外派件员态度很差 投诉", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 拦截 并投诉 派件员打电话骂买家", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 买家要投诉", "jt", "delay A; complaint A", cats=(8,))
R("{A} 催一下 顺便核一下重量", "yunda", "urge A; weight A", cats=(8,))
R("{A} 快点送 买家已经投诉到平台了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 丢件 要理赔 派送网点还不认 申请仲裁", "jd", "claim A; arbitration A", cats=(8,))
R("{A} 重量不对 扣多了 还有这个件压变形了", "yto", "weight A; damaged A", cats=(8,))
R("{A} 拦截退回 快递员私自开箱 投诉他", "yunda", "intercept A; complaint A", cats=(8,))
R("{A} 五天不动了 投诉", "zto", "delay A; complaint A", cats=(8,))
R("{A} 电饭煲摔坏了 买家退货 我们要你们赔 不是登记一下就完了", "deppon", "claim A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------------
# not quite decided (阿芳 asking before she acts)
# ---------------------------------------------------------------------------------------------------------------
R("{A} 要不拦截吧 买家一直在犹豫要不要退", "zto", "intercept A", cf=True)
R("{A} 可能要改个地址 改到 广西南宁市青秀区民族大道136号 华润大厦 覃先生 我再跟买家确认下", "yto",
  "change_address A", cf=True)
R("{A} 先拦着吧？我再问问陈姐", "sto", "intercept A", cf=True)
R("{A} 看看能不能撤单 我也不确定快递员来过没有", "jt", "cancel A", cf=True)
R("{A} 好像得退回 买家说地址是老家的 人不在", "yunda", "intercept A", cf=True)
R("{A} 如果还没签收就拦截", "zto", "intercept A")
R("{A} 拦一下？买家说不要了 但是还没点退款", "sto", "intercept A", cf=True)

# ---------------------------------------------------------------------------------------------------------------
# more of the day: plain requests
# ---------------------------------------------------------------------------------------------------------------
R("早 {A} 这个昨天晚上买家就退款了 麻烦拦截", "zto", "intercept A")
R("{A} 买家说不要了 帮忙退回 运费我们出", "sto", "intercept A")
R("@极兔小助手 {A} 催一下哈 买家说再不到就退款", "jt", "urge A")
R("{A} 这是发新疆的 走了十天了 还在西安", "yto", "delay A")
R("{A} 麻烦问下到哪了 买家说页面一直不刷新", "zto", "track A")
R("{A} 核实一下签收 买家不认", "sto", "verify_delivery A")
R("{A} 件还在不在啊 网点说没看到 是不是丢了", "yunda", "lost A")
R("{A} 派件的时候摔了 买家开箱 保温杯凹进去一块", "zto", "damaged A")
R("{A} 这单称重有问题 我们打包完0.8 你们写的2.3", "jt", "weight A")
R("{A} 退回吧 买家联系不上 电话一直关机", "yto", "intercept A")
R("{A} 撤一下单 买家改买别的款了", "sf", "cancel A")
R("{A} 地址改一下 江苏省无锡市梁溪区中山路218号 大东方百货对面保安亭 朱先生", "yunda", "change_address A")
R("{A} 这个给我加个急 老客户了", "zto", "urge A")
R("{A} 买家收到货 玻璃杯碎了两个", "sto", "damaged A")
R("{A} 快递员电话里说放门口了 买家门口啥也没有", "yto", "verify_delivery A")
R("{A} 麻烦查下物流 今天能派吗", "ems", "track A")
R("{A} 揽收之后就没动过 两天了", "jt", "delay A")
R("{A} 截回来 发错尺码了", "yunda", "intercept A")
R("{A} 请帮忙拦截 谢谢", "jd", "intercept A")
R("{A} 改个地址 还是宁波 换到 浙江省宁波市江北区人民路132号 老外滩 邵女士", "zto", "change_address A")
R("{A} 派件员天天说明天送 天天不送 投诉", "sto", "complaint A")
R("{A} 这个什么时候能派送啊", "yto", "track A")
R("{A} 破了 买家拍了开箱视频", "jt", "damaged A")
R("{A} 丢件 买家等了半个月了", "zto", "lost A")
R("{A} 申请理赔 包裹丢了一周没消息", "sto", "claim A", cats=(8,))
R("{A} 不发了 取消订单", "deppon", "cancel A")
R("{A} 帮我拦一下吧 买家说收到也会拒收", "sto", "intercept A")
R("{A} 这个重量你们再称一下", "yunda", "weight A")
R("{A} 一直没派送 催", "jt", "urge A")
R("{A} 走到哪了？", "sf", "track A")
R("{A} 显示派送中 两天了还没送到", "yunda", "delay A")
R("{A} 收件人名字写错了 改成 林晓东 地址不变", "zto", "change_address A", nh=True)
R("{A} 这单不要了 退回仓库", "zto", "intercept A")
R("{A} 买家要求今天送到 帮忙加急", "jd", "urge A")
R("{A} 中转好几天了 延误了吧", "sto", "delay A")
R("{A} 快递员送到隔壁小区了 买家找不到 签收是别人签的", "yto", "verify_delivery A")
R("{A} 外箱湿透了 纸箱都烂了 里面的米也泡了", "zto", "damaged A")
R("{A} 改成寄到 北京市海淀区中关村大街27号 中关村大厦11层 前台 曹先生", "sf", "change_address A")
R("{A} 拦了吧 买家已经在平台申请退货退款", "deppon", "intercept A")
R("{A} 称重不对", "jd", "weight A")
R("{A} 催催催 买家快疯了", "zto", "urge A")
R("{A} 到驿站了也不通知买家 催一下", "cainiao", "urge A")
R("{A} 不动了", "yto", "delay A")
R("{A} 买家说收到的是一堆碎片", "sto", "damaged A")
R("{A} 撤回 不寄了", "sto", "cancel A")
R("同一个买家拍了两单 都退了\n{A}\n{B}\n拦截", "yto", "intercept A B")
R("{A} 催 {B} 查一下在哪 {C} 核重", "zto", "urge A; track B; weight C")
R("{A} 破了 {B} 也破了 估计一个车上的", "sto", "damaged A B")
R("{A}\n{B}\n都是今天要的 加急", "jt", "urge A B")
R("{A} 撤 {B} 撤 {C} 这个已经揽了 拦截", "cainiao", "cancel A B; intercept C")
R("{A} 签收了买家没收到\n{B} 三天没更新", None, "verify_delivery A; delay B", draw={"A": "jd", "B": "deppon"})
R("这俩都退回 {A} {B}", None, "intercept A B", draw={"A": "yto", "B": "jt"})
R("{A} 帮忙催一下", None, "urge A", draw="deppon")
R("{A} 到哪了", None, "track A", draw="ems_s10")
R("{A} 撤单 还没寄出去", None, "cancel A", draw="jd")
R("{A} 破损 买家拒收", None, "damaged A", draw="sf")
R("好的好的", "sto", "")
R("今天下午几点截单", "zto", "")
R("拦截的件退回来是退到哪 网点还是我们仓库", "yto", "", nh=True)
R("明天放假吗 还派件不", "jt", "")
R("谢谢小助手", "zto", "")
R("ok", "sf", "")
R("嗯 等消息", "yunda", "")
R("{A} 催件 上午发过 下午再发一遍", "yunda", "urge A")
R("又来了 {A} 还是没派 再催", "sto", "urge A")

# ---------------------------------------------------------------------------------------------------------------
# more replies to the bot
# ---------------------------------------------------------------------------------------------------------------
R("「中通小助手：@阿芳 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n买家问退回来要几天", "zto", "", nh=True,
  cats=(3,))
R("「圆通客服：@陈静 {A} 已为您催促派送，请耐心等待」\n" + D + "\n谢谢 今天能到不", "yto", "track A", cats=(3,))
R("「申通小助手：@小林 {A} 改址已提交，结果会第一时间通知您」\n" + D + "\n买家又说不改了 还是送原地址", "sto", "",
  nh=True, cats=(1, 3))
R("「韵达网点助手：@陈静 {A} 撤单成功」\n" + D + "\n撤单成功了快递员还来取件 咋回事", "yunda", "", nh=True,
  cats=(3,))
R("「极兔小助手：@阿芳 {A} 已签收，无法拦截」\n" + D + "\n好 那就这样吧 让买家自己寄回来", "jt", "", cats=(3,))
R("「顺丰网点助手：@陈静 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n对 拦截退回 买家钱都退了", "sf",
  "intercept A", cats=(3,))
R("「中通小助手：@小林 您的消息已转人工客服处理，请稍候」\n" + D + "\n人呢？？", "zto", "", cats=(3,))
R("「圆通客服：@陈静 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n这个也是：{B}", "yto", "intercept B",
  cats=(3,))
R("「圆通客服：@阿芳 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + D + "\n另外 {B} 也是破的 一样登记",
  "yto", "damaged B", cats=(3,))
R("回复 中通小助手：@阿芳 {A} 已为您登记延误工单，结果会第一时间通知您\n谢谢 麻烦再帮忙催一下 买家要退款了", "zto",
  "urge A", cats=(3,))
R("「申通小助手：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n哦 发错了 不是这个 是 {B} 要拦", "sto",
  "intercept B", nh=True, cats=(2, 3))
R("「极兔小助手：@陈静 {A} 已为您催促派送，请耐心等待」\n" + D + "\n送到了 谢谢", "jt", "", cats=(3,))
R("「中通小助手：@阿芳 请确认：{A} 拦截退回？回复“确认”即办理」\n" + D + "\n买家说还是要 不用退回了 帮忙催一下派送吧",
  "zto", "urge A", cats=(1, 3))
R("「韵达网点助手：@小林 {A} 已为您催促派送，请耐心等待」\n" + D + "\n还是没动 买家说不要了 退回", "yunda",
  "intercept A", cats=(3,))
R("引用 圆通客服：@陈静 {A} 改址已提交，结果会第一时间通知您\n改址成功没 买家明天就不在那了", "yto", "", nh=True,
  cats=(3,))
R("回复 极兔小助手：@阿芳 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n要赔偿 买家不要了 货值129", "jt",
  "claim A", cats=(3, 8))
R("「网点客服：@陈静 {A} 撤单成功」\n" + D + "\n好 {B} 拦截 这个已经发出去了", None, "intercept B", cats=(3,),
  draw={"A": "yto", "B": "jt"})
R("回复 网点客服：@阿芳 {A} 已为您登记延误工单，结果会第一时间通知您\n是丢了吧 网点都说没这个件", None, "lost A",
  cats=(2, 3), draw="deppon")

# ---------------------------------------------------------------------------------------------------------------
# more corrections, phones, compounds, broken numbers
# ---------------------------------------------------------------------------------------------------------------
R("{A} 改地址 常州市武进区湖塘镇延政中路5号 —— 不对 地址发错了 是 常州市新北区太湖东路9号 谢女士", "yunda",
  "change_address A", cats=(2,))
R("{A} 拦截 {B} 先不拦 等买家回复", "zto", "intercept A", cats=(1,))
R("{A} 退回\n等下 是 {B} 退回 {A} 是催件", "sto", "intercept B; urge A", cats=(2,))
R("{A} 买家说要改到公司 上海市黄浦区南京东路300号 恒基名人购物中心9楼 陆小姐 {PN}", "yto", "change_address A",
  cats=(4,))
R("{A} 客户 {PN} 说快递员打电话骂人 投诉", "zto", "complaint A", cats=(4,))
R("{A} 订单号 {O} 显示签收 买家没收到", "jt", "verify_delivery A", cats=(4,))
R("{A} 丢了 理赔 然后那个派件员投诉一下 电话从来不接", "sto", "claim A; complaint A", cats=(8,))
R("{A} 核重 另外催一下 买家等很久了", "yunda", "weight A; urge A", cats=(8,))
R("{A:nl}\n撤单", "jt", "cancel A", cf=True, cats=(6,))
R("「中通小助手：@小林 {A} 拦截已提交，结果会第一时间通知您」\n" + D + "\n{B:nl} 这个也拦", "zto", "intercept B",
  cf=True, cats=(3, 6))
R("{A:sp} 催一下 买家急", "sto", "urge A", cats=(6,))

if __name__ == "__main__":
    W.main()
