"""Writer bx: a cosmetics and skincare seller who ships 一件代发 through upstream suppliers and relays between them,
her buyers, her own resellers and the outlets.

Casting note. 林晓柒 ("柒柒", 29) sells skincare and make-up from her flat in 杭州 滨江 through a Taobao shop, a
小红书 store and her WeChat 朋友圈. She holds no stock. Her 上家 is 「芳姐美妆供应链」 in 广州 白云区 三元里: 芳姐
(the boss, who sends voice messages that come out as run-on text), 阿珍 (packs, mixes up 小样 and 赠品 and swaps
rows in her spreadsheet) and 小雨 (customer service, sends the day's waybills every evening as a list or a pasted
table: masked buyer name, masked phone, number, goods). They ship under 柒柒's name by ZTO, YTO, Yunda, J&T and STO
from 白云; the sealed counter goods (雅诗兰黛小棕瓶, 兰蔻粉水, SK-II 神仙水, 海蓝之谜面霜) come from a second 上家
in 深圳, 阿Ken, by SF or JD; a 德邦 pallet of stock now and then. She has 下家 of her own: 小敏 (a 宝妈 group),
楠楠 (a student) and 阿May (an old classmate), whose buyers she has never spoken to and whose messages she forwards
("姐 帮我…"). The outlets added her to their WeCom and DingTalk groups, where she pastes the supplier's lists,
forwards buyers' words (买家原话：“…”), quotes 芳姐 and 小雨 and the bot's replies back at it, and asks after
parcels. Her trade: 正装 and 小样 / 中样, 赠品 (化妆棉, 面膜, 发圈) put in the wrong box, 色号 (#999, #520, N25,
1C0), 批号 and 保质期, ml and 片, 拼单, 补发 and 换货, buyers who 拍错色号, ask 仅退款 on Taobao, move house, go
home for the holidays, refuse at the door; amounts in 元 and ¥, Taobao and 拼多多 order numbers, buyers' phones,
取件码. She types fast and warm (亲, 宝, 姐妹, 哈, 呀, 啦, ～, 🙏 😭), in short lines, often with the request after
the story, and puts things right: which parcel is whose, which row 阿珍 swapped, "前面说的作废 以这条为准",
"这几个都拦 除了第二个", a buyer who changed her mind again.
"""

from harness import Writer

W = Writer("bx", seed=2718281)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("亲 {A} 帮忙拦截一下哈 买家拍错色号了🙏", "zto", "intercept A")
R("{A} 拦截退回 白云仓 买家七天无理由不要了", "yto", "intercept A")
R("麻烦 {A} 退回 谢谢～ 上家发成 30ml 的了 买家拍的 50ml", "yunda", "intercept A")
R("{A} 买家拒收了 直接退回吧", "jt", "intercept A")
R("芳姐说 {A} 发错了 把别家的粉底液发给我买家了 帮忙拦下", "zto", "intercept A")
R("宝 {A} 截一下呀 这个是我下家小敏的买家 说不要了", "sto", "intercept A")
R("{A}\n拦截 退回上家", "yto", "intercept A")
R("{A} 这个退件 买家在淘宝申请仅退款了 我钱都退了😭", "yunda", "intercept A")
R("拦截 {A} 地址写到她老家去了 她人在杭州上班", "zto", "intercept A")
R("你好 {A} 拦回来 谢谢 里面是两套水乳 发重复了", "jt", "intercept A")
R("{A} 拦一下拦一下 买家说不要了 急🙏🙏", "yto", "intercept A")
R("{A} 别派了 退回 白云区三元里 芳姐美妆仓", "zto", "intercept A")
R("{A} 退回哈 本来送面膜的 阿珍塞了一包化妆棉 买家不高兴了 整单都不要", "yunda", "intercept A")
R("帮我把 {A} 拦截退回吧 买家说到了也拒收 她已经在别家买了", "sto", "intercept A")
R("这单 {A} 麻烦退回来 是神仙水 230ml 买家反悔了", None, "intercept A", draw="sf")
R("{A} 拦截 买家不要了 谢谢亲", None, "intercept A", draw="jd")
R("{A} 这个口红色号发成 #888 了 买家要的是 #999 拦回来换", "yto", "intercept A")
R("{A} 截件 退回发件地址", "jt", "intercept A")
R("老板 {A} 拦截哈 买家地址填成公司的了 她这周请假不在公司 收不到", "zto", "intercept A")
R("{A} 麻烦拦截退回，原因：上家发错货（面霜发成眼霜）", "sto", "intercept A")
R("{A} 拦截退回 谢谢🙏", None, "intercept A", draw="yto")
R("在吗 {A} 要拦截", "zto", "intercept A")
R("{A} 退回退回 买家是个初中生 她妈妈打电话来要退", "jt", "intercept A")
R("那个 {A} 帮我退回给上家 深圳阿Ken那边 里面是海蓝之谜面霜 贵的", None, "intercept A", draw="sf")
R("{A} 拦截 买家说这个批号的她用了过敏 不敢要了", "yto", "intercept A")
R("姐妹们 {A} 拦一下可以吗 买家地址是学校 放假了没人", "yunda", "intercept A")
R("{A} 能帮忙拦截吗 买家退款了", "zto", "intercept A")
R("{A} 退回 买家拍错了 拍成中样了 她要正装", "sto", "intercept A")
R("早上好～ {A} 这个麻烦拦截一下 买家昨晚十二点发消息说不要了 我早上才看到", "yto", "intercept A")
R("{A} 拦截\n原因 买家拒收", "zto", "intercept A")
R("{A} 帮忙退回 这是给下家楠楠的买家发的 她买家留的地址是宿舍 说毕业搬走了", "jt", "intercept A")
R("{A} 退件 买家说包装被拆过 怀疑不是正品 拒收", "yunda", "intercept A")
R("{A}\n{B}\n都是发错的 一起拦回来 上家把两个买家的东西装反了", "zto", "intercept A B", cats=(7,))
R("{A} {B} 拦截 同一个买家拍了两次", "yto", "intercept A B", cats=(7,))
R("拦截退回：{A}", "sto", "intercept A")
R("师傅 {A} 截回来哈 阿珍把样品盒发出去了 那个是不卖的", "jt", "intercept A")
R("{A} 拦截吧 买家说收件人写的她婆婆 婆婆不让拿😂", "zto", "intercept A")
R("{A} 拦回上家 这单 1C0 发成了 2N1 买家肤色白 用不了", None, "intercept A", draw="sf")

# cancel
R("{A} 撤单 上家还没打包 快递员也没来揽", "zto", "cancel A")
R("{A} 取消寄件哈 买家退款了 面单打出来还没发", "yto", "cancel A")
R("{A} 这个单号作废 上家重新打了一张", "yunda", "cancel A")
R("你好 {A} 帮忙撤单 小雨说面单打错了 收件人写成上一个买家的了", "jt", "cancel A")
R("{A} 不寄了 撤单 谢谢", "sto", "cancel A")
R("{A} {B} 取消 这两个还在仓里 没揽收", "zto", "cancel A B", cats=(7,))
R("{A} 取消订单 买家拍下十分钟就退款了", "yto", "cancel A")
R("阿珍说 {A} 还没交给快递员 直接撤单吧", "zto", "cancel A")
R("撤单 {A} 下家那边的买家不要了", "yunda", "cancel A")
R("{A} 麻烦取消一下寄件 上家那边缺货 发不了", None, "cancel A", draw="jd")
R("{A} 作废哈 今天不发了 缺货 明天上家重新下单", "jt", "cancel A")
R("{A} 撤销 这票还没揽收 芳姐那边打重了", "sto", "cancel A")
R("{A} 能撤单吗 还没被揽收的", "zto", "cancel A")
R("亲 {A} 取消一下 买家要换色号 上家说重新下一单", "yto", "cancel A")
R("{A}\n撤单 撤单", "yunda", "cancel A")
R("{A} 还没揽件 取消寄件 谢谢～", "cainiao", "cancel A")
R("{A} 这单不发了 取消 芳姐说那个色号断货", "zto", "cancel A")

# change_address
R("{A} 改地址：浙江省杭州市西湖区文三路 478 号 华星时代广场 B 座 12 楼 陈小姐 {PN}", "zto", "change_address A",
  cats=(4,))
R("{A} 买家搬家了 改到 上海市闵行区七宝镇 万科城市花园 23 幢 501 收件人电话不变", "yto", "change_address A")
R("{A} 麻烦转寄 南京市鼓楼区湖南路 18 号 苏宁广场写字楼 27 楼 收件人 刘佳", "yunda", "change_address A")
R("{A} 改派到买家公司：深圳市南山区科技园 滨海大厦北塔 前台 转赵女士", "jt", "change_address A")
R("{A} 地址改为 成都市武侯区桐梓林北路 6 号 3 栋 1 单元 902", "sto", "change_address A")
R("亲 {A} 买家小区写错了 是金地自在城 不是金地名京 楼号门牌不变 麻烦改一下", "zto", "change_address A")
R("{A} 收件人改为 周婷", "yto", "change_address A", nh=True)
R("{A} 电话改成 {P}", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 要改个地址 买家一会发我", "yunda", "change_address A", nh=True)
R("{A} 改地址 改到 杭州市滨江区长河街道 江南星座 2 幢 1102 林女士 {PN} 这是我下家的买家", "sto", "change_address A",
  cats=(4,))
R("{A} 改送 广州市天河区体育西路 191 号 中石化大厦 B 塔 1906", "jt", "change_address A")
R("{A} 买家说放老家 不放学校了 地址：河南省周口市郸城县汲冢镇李庄村三组 李秀兰 {PN}", "zto", "change_address A",
  cats=(4,))
R("{A} 改址 新地址 福建省厦门市思明区莲前西路 2 号 莲富大厦 15A 吴小姐 {PN}", "sf", "change_address A", cats=(4,))
R("{A} 这个能改地址吗 买家换工作了 新公司 苏州工业园区星湖街 328 号 创意产业园 9 栋", "yto", "change_address A")
R("{A} 地址改一下 原来写的 1 单元 改成 2 单元 其他一样", "yunda", "change_address A")
R("{A} 转寄到 武汉市洪山区 光谷步行街 5 号楼 菜鸟驿站 收件人不变", "zto", "change_address A")
R("{A} 买家回老家过年 地址改成：江西省赣州市于都县贡江镇 长征大道 66 号 钟秀英 {PN}", "jt", "change_address A",
  cats=(4,))
R("你好 {A} 麻烦改一下地址哦 改成 北京市海淀区中关村大街 27 号 中关村大厦 8 层 前台", None, "change_address A",
  draw="jd")
R("{A}\n新地址：重庆市渝北区 龙溪街道 金紫山 7 栋 2301\n收件人：谭小姐\n电话：{PN}\n麻烦改址 谢谢", "yto",
  "change_address A", cats=(4,))
R("{A} 改地址 买家说门牌号写错了", "sto", "change_address A", nh=True)
R("{A} 改派 昆明市五华区 南屏街 88 号 世纪广场 C 座 12 楼", "yunda", "change_address A")
R("{A} 帮我改个地址吧 买家说寄到她妈家 长沙市雨花区 圭塘街道 新兴家园 5 栋 603 电话一样", "zto", "change_address A")

# urge
R("{A} 催一下 买家等着用 周末要当伴娘😭", "zto", "urge A")
R("{A} 四天了还在白云转运中心 催催🙏", "yto", "urge A")
R("{A} 麻烦加急 买家天天问我", "yunda", "urge A")
R("{A} 能不能催一下派送 买家说今天不到就要退款", "jt", "urge A")
R("催件 {A}", "sto", "urge A")
R("{A} 派送中一整天了还没送 帮催下快递员", "zto", "urge A")
R("{A}\n{B}\n这俩催一下 都是同一个团的 买家在群里问", "yto", "urge A B", cats=(7,))
R("{A} 尽快派送 谢谢 这是给买家补发的赠品 她等了一周了", "yunda", "urge A")
R("宝们 {A} 帮我催催 买家生日礼物 明天要送人", "jt", "urge A")
R("{A} 在杭州转运中心躺两天了 催一下", "zto", "urge A")
R("{A} 快点送吧 求求了 买家要给差评了", None, "urge A", draw="sf")
R("{A} 到站了吧 让快递员今天送一下 买家在家等着", "sto", "urge A")
R("{A} 加急派送 是过敏急用的修护霜", "yunda", "urge A")
R("{A} 咋还不到 催催", "zto", "urge A")
R("{A} 麻烦催下 买家明天出国 今天必须拿到", "yto", "urge A")
R("亲 帮我催一下 {A} 谢谢啦", "jt", "urge A")
R("{A} 派件员能不能今天送 买家下午在家 明天就出差了", "zto", "urge A")
R("{A} 催派 买家说驿站都到了两天了 还没给她送上楼 她腿受伤了下不了楼", "yunda", "urge A")
R("{A}\n催！", "sto", "urge A")
R("{A} 还没派 帮忙催催 上家那边也在问", "cainiao", "urge A")

# track
R("{A} 到哪了呀", "zto", "track A")
R("{A}\n{B}\n帮查下物流 买家问", "yto", "track A B", cats=(7,))
R("{A} 什么时候能到 买家周五出差 想走之前拿到", "yunda", "track A")
R("{A}", "jt", "track A")
R("亲 查一下 {A} 物流 淘宝上显示不全", "zto", "track A")
R("{A} 现在在哪 买家问我我也不知道😂", "sto", "track A")
R("查件 {A} {B} {C}", "zto", "track A B C", cats=(7,))
R("{A} 这个今天能送到吗", "yto", "track A")
R("麻烦看下 {A} 的轨迹 上家说发了 买家说查不到", "yunda", "track A")
R("{A} 到了没有 买家说驿站没发短信给她", None, "track A", draw="jd")
R("{A} 上家给的这个单号查不到信息 是还没揽收吗", "zto", "track A")
R("{A} 到杭州了吗", "jt", "track A")
R("帮我看看 {A} 大概几号能到 买家问能不能赶上她生日 下周三", "yto", "track A")
R("{A}\n{B}", "zto", "track A B", cats=(7,))
R("{A} 物流到哪一步了 谢谢", None, "track A", draw="sf")
R("{A} 派送了没", "yunda", "track A")

# verify_delivery
R("{A} 显示签收了 买家说没收到 帮核实一下", "zto", "verify_delivery A")
R("{A} 驿站签收的 买家去拿 说没这个件", "yto", "verify_delivery A")
R("{A} 签收人写的“本人” 买家说根本没人给她打过电话 也没收到 核实下签收", "yunda", "verify_delivery A")
R("{A} 显示已签收 但是买家说没收到 她家里人也没收", "jt", "verify_delivery A")
R("{A} 虚假签收吧这是 买家一整天都在家 根本没人来", "sto", "verify_delivery A")
R("{A} 被别人签收了 买家不认识签收人", None, "verify_delivery A", draw="sf")
R("{A} 妥投了 买家没收到 快递柜里也没有 麻烦查一下谁签的", "zto", "verify_delivery A")
R("亲 {A} 昨天下午显示签收 买家到现在没见到东西 核实一下签收", "yto", "verify_delivery A")

# damaged
R("{A} 精华漏液了 盒子全湿了 买家拍了照片", "zto", "damaged A")
R("{A} 气垫粉饼碎了 外箱压扁了", "yto", "damaged A")
R("{A} 买家收到 面霜罐子盖子裂了 膏体都挤出来了", "yunda", "damaged A")
R("{A} 香水瓶碎了 整个箱子都是味 买家气死了", "jt", "damaged A")
R("{A} 破损 登记一下 眼影盘碎成粉了", "sto", "damaged A")
R("{A} 粉底液漏了 糊了一盒子", None, "damaged A", draw="sf")
R("{A} 外箱被压瘪了 里面两瓶爽肤水 一瓶瓶盖裂了在漏", "zto", "damaged A")
R("{A} 买家说收到的时候箱子湿透了 面膜都泡了 登记破损", "jt", "damaged A")

# lost
R("{A} 一周没更新了 是不是丢了", "zto", "lost A")
R("{A} 快递员说找不到这个件了 登记丢件吧", "yto", "lost A")
R("{A} 遗失了 上家说仓库发出扫描了 后面就没了", "yunda", "lost A")
R("{A} 买家说少件 两支口红只收到一支 盒子是好的", "jt", "lost A")
R("{A} 件丢了吧 中转站说没这个件", "sto", "lost A")
R("{A} 哪都找不着 驿站也说没有 肯定丢了", "zto", "lost A")
R("取件码 8-3-2106 驿站翻遍了 说没有 {A} 是不是丢了", "yto", "lost A", cats=(4,))

# weight
R("{A} 上家说这票按 3 公斤扣的 一盒面膜哪有 3 公斤 核一下重量", "zto", "weight A")
R("{A} 重量不对 一支口红 称成 1.8kg？？", "yto", "weight A")
R("{A} 超重了？ 芳姐说多扣了 6 块钱 帮称一下", "yunda", "weight A")
R("{A} {B} 查一下重量 这两单都是小样 怎么都按 2 公斤算", "jt", "weight A B", cats=(7,))
R("核重 {A} 账单上 5.2 公斤 实际就两瓶水乳", "sto", "weight A")
R("{A} 这个重量帮忙核一下 上家说是 0.5 的 结算单上写 2.5", "zto", "weight A")

# delay
R("{A} 五天没动了", "zto", "delay A")
R("{A} 好几天没更新了 一直显示在义乌", "yto", "delay A")
R("{A} 三天了还在广州白云 一动不动", "yunda", "delay A")
R("{A} 这个延误了 买家本来说周二到 现在都周五了", "jt", "delay A")
R("{A} 停在长沙转运中心四天了 登记一下延误", "sto", "delay A")
R("{A} 怎么还没到 是不是延误了", None, "delay A", draw="yto")
R("{A} 物流一直停在 “已发往杭州” 六天了", "zto", "delay A")

# claim
R("{A} 神仙水碎了 230ml 正装 1540 块 要理赔", "sf", "claim A", cats=(4, 8))
R("{A} 丢了 申请赔偿 货值 389 元 有进货单", "zto", "claim A", cats=(4, 8))
R("{A} 破损 买家退款了 我这边损失 268 要赔付", "yto", "claim A", cats=(4, 8))
R("{A} 理赔 口红整盒压坏 六支", "yunda", "claim A", cats=(8,))
R("{A} 件没了 按保价赔 保了 500", "jt", "claim A", cats=(4, 8))
R("{A} 精华漏光了 买家要我全额退 这个钱你们得赔", "zto", "claim A", cats=(8,))

# complaint
R("{A} 快递员打电话凶买家 说不要就退回 投诉", "zto", "complaint A")
R("{A} 投诉 派件员不打电话直接扔门口 还下着雨", "yto", "complaint A")
R("{A} 客诉 买家说快递员要她自己去站点拿 不然不送", "yunda", "complaint A")
R("投诉 {A} 的快递员 态度太差了 我买家都气哭了", "jt", "complaint A")
R("{A} 派件的说话太难听了 买家让我投诉 麻烦登记", "sto", "complaint A")

# arbitration
R("{A} 理赔被驳回了 申请仲裁", "zto", "arbitration A", cats=(8,))
R("{A} 赔付金额我不认 要仲裁", "yto", "arbitration A")

# chit-chat, thanks, questions without a number
R("好的 谢谢亲🙏", "zto")
R("收到收到", "yto")
R("今天几点来揽收呀 芳姐问", "yunda")
R("明天还发货吗 上家说你们那边爆仓了", "zto")
R("辛苦啦 这么晚还在回消息", "jt")
R("你们这边发新疆西藏加多少钱", "sto")
R("拦截要收费吗 多少钱一单", "zto", nh=True)
R("👍", "yto")
R("新年快乐 各位师傅 今年辛苦了🧧", "yunda")
R("好的 我跟买家说一下", "jt")
R("谢谢谢谢 买家收到了 说包装很好", "zto")
R("618 期间你们几点截单啊 上家问的", "yto")

# ---------------------------------------------------------------- 0: more everyday traffic, her usual way
R("{A} 买家说收到的是别人的东西 我们的面膜不见了 估计跟别人的贴反了 这个帮忙拦回上家", "yunda", "intercept A")
R("晚上好 今天第三个了😭 {A} 拦截 买家说家里人已经给她买了", "zto", "intercept A")
R("{A} 买家在外地出差 一个月回不来 退回吧", "yto", "intercept A")
R("{A}\n买家：不要了\n拦截哈", "jt", "intercept A", cats=(3,))
R("{A} 这单 退回 芳姐美妆 广州白云区三元里大道 1035 号 3 楼", "zto", "intercept A")
R("@网点客服 {A} 拦截 谢谢", "sto", "intercept A")
R("{A} 拦下来吧 买家说尺寸…不对 是色号不对 反正不要了", "yunda", "intercept A")
R("亲亲 {A} 麻烦退回 买家的宝宝对这个过敏 医生说别用了", "yto", "intercept A")
R("{A} 拦截退回 上家要求的 说这批包装印错了", None, "intercept A", draw="jt")
R("{A} 拦回来 下家阿May说她买家联系不上了 地址也是错的", "zto", "intercept A")
R("{A} 撤单哈 上家说明天换个快递发", "yunda", "cancel A")
R("{A} 没揽收的话取消掉 芳姐那边重复下单了", "zto", "cancel A")
R("{A} 麻烦改下地址 买家说放公司前台：杭州市上城区 钱江路 1366 号 华润大厦 A 座 21 楼", "yto", "change_address A")
R("{A} 买家要改成自提 送到 滨江区 浦沿街道 东冠新村 18 幢 下面的 兔喜快递超市", "zto", "change_address A")
R("{A} 催一下 买家说再不到就去专柜买了", "jt", "urge A")
R("麻烦催一下 {A} 买家急用 明天面试要化妆", "yunda", "urge A")
R("{A} 还在路上吗 买家问了第三遍了", "zto", "track A")
R("{A} 这个到哪了 上家说昨天就发了", "sto", "track A")
R("{A} 买家说外箱破了 里面的东西还好 先登记一下", "yto", "damaged A")
R("{A} 收到的水乳瓶子裂了一条缝 漏了一半", "jt", "damaged A")
R("{A} 买家收到件 里面的眼霜整个瘪了 盒子压变形了", "zto", "damaged A")
R("{A} 八天了 还显示 “运输中”", "yunda", "delay A")
R("{A} 驿站说没收到这个件 物流显示到站了 是不是丢了", "yto", "lost A")
R("亲 {A} 显示签收 买家说一直在家没人送 麻烦查查", "zto", "verify_delivery A")
R("{A} {B} {C} 三个都催一下 都是一个小区的", "yto", "urge A B C", cats=(7,))
R("{A} 什么时候派送 买家说今天下午不在家", "jt", "track A")
R("{A} 这票重量是不是错了 一瓶卸妆水 显示 3.6kg", "sto", "weight A")
R("{A} 快递员让买家自己下楼拿 买家是孕妇 投诉一下", "zto", "complaint A")
R("你好 请问 {A} 是不是已经到杭州了 买家说想自己去网点拿", "yto", "track A")
R("{A} 拦截 谢谢 下午买家说不要了 我忘了发😅", "yunda", "intercept A")
R("{A}\n退回\n谢谢", "zto", "intercept A")
R("{A} 这个买家电话空号 地址也不全 拦回来吧", "jt", "intercept A")
R("帮忙把 {A} 退回来 买家说收到的口红断了 她不要了 我们给她重发", "yto", "intercept A")
R("{A} 加急 谢谢 买家是老客户了 别让她等", None, "urge A", draw="sf")
R("{A} 改地址 改到 西安市雁塔区 小寨东路 126 号 百隆广场 写字楼 1808 收件人 贺小姐", "zto", "change_address A")
R("{A} 撤单 上家发错快递了 要发顺丰的", "sto", "cancel A")
R("{A} 退回 是我下家楠楠的件 她说买家拒收了", "yunda", "intercept A")
R("{A} 帮我查一下 买家说物流三天前就显示到她那个城市了", "zto", "track A")
R("{A} 今天能到吗 买家晚上要用", None, "track A", draw="jd")
R("{A} 卡在中转站不走了 五天了", "yto", "delay A")
R("{A} 东西被压坏了 买家说盒子像被踩过 要求赔偿", "jt", "claim A", cats=(8,))
R("{A} 这个件找不到了 申请理赔 货值 159", "zto", "claim A", cats=(4, 8))
R("{A} 显示签收 买家说没有 她调了监控 没人来过", "yunda", "verify_delivery A")
R("{A} 派件员态度恶劣 我要投诉", "sto", "complaint A")
R("{A} {B} 两个都超重了吧 都是一盒面膜 重新称一下", "zto", "weight A B", cats=(7,))
R("{A} 拦截 上家说仓库扫码扫错了 这单不是我的买家", "yto", "intercept A")
R("中午好 {A} 麻烦拦一下 买家拍了两套 只要一套 另一单 {B} 正常送", "zto", "intercept A", cats=(1, 7))
R("{A} 退回 谢谢 ～", "jt", "intercept A")
R("{A} 催件 买家说快递员电话打不通", "zto", "urge A")
R("{A} 这个派送员老是不接电话 买家等了一下午 投诉", "yto", "complaint A")
R("{A} 物流信息两天没更新", "yunda", "delay A")
R("{A} 德邦的 我进的一托货 到哪了", None, "track A", draw="deppon")
R("{A} 这托货外箱全破了 里面的水乳碎了好几瓶", None, "damaged A", draw="deppon")
R("{A} 麻烦拦截退回 下家小敏说买家要退 谢谢", "cainiao", "intercept A")
R("{A} 到哪了 上家说是菜鸟仓发的", "cainiao", "track A")

# ---------------------------------------------------------------- 1: negation and withdrawal, scoped
R("{A} {B} {C} 都拦截 {B} 不用 那个买家又说要了", "zto", "intercept A C", cats=(1, 7))
R("{A} 不用拦了 买家说先收着看看 不喜欢再退", "yto", "", nh=True, cats=(1,))
R("{A} 拦截退回……等下 买家回我了 说要的 算了不拦了", "yunda", "", cats=(1,))
R("不是不拦 是现在就拦 {A} 买家钱都退了你们还在派", "zto", "intercept A", cats=(1,))
R("{A} 别退回 买家搬家了 改派到 杭州市拱墅区大关路 100 号 绿地中央广场 3 幢 608 何小姐 {PN}", "jt",
  "change_address A", cats=(1, 4))
R("{A} 不用催了 买家说已经拿到了 谢谢", "sto", "", nh=True, cats=(1,))
R("{A}\n{B}\n这两个之前让拦的 都不用拦了 买家都确认要了", "zto", "", nh=True, cats=(1, 7))
R("{A} 不拦截了 改成催件 买家说还是要", "yto", "urge A", cats=(1, 2))
R("{A} 先别撤单 上家说货找到了 照常发", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截 {B} 不拦 {C} 拦截", "jt", "intercept A C", cats=(1, 7))
R("{A}\n{B}\n{C}\n{D}\n这几个都拦 除了第二个", "zto", "intercept A C D", cats=(1, 7))
R("{A} 不要拦截 不要拦截 买家刚刚又付款了 正常派", "yto", "", nh=True, cats=(1,))
R("{A} 不用改地址了 买家说还是送原来的地方", "sto", "", nh=True, cats=(1,))
R("{A} 不改地址了 直接退回吧 买家说新地址也收不了", "zto", "intercept A", cats=(1, 2))
R("{A} {B} 催一下 {C} 不用催 那个买家出国了 回来再说", "yunda", "urge A B", cats=(1, 7))
R("没有说不要 {A} 还是要退回的 买家刚才是打错字了", "jt", "intercept A", cats=(1,))
R("{A} 不是不要了 是要换地址 换到 宁波市鄞州区天童南路 588 号 宁波文化广场 5 号楼 {PN}", "zto",
  "change_address A", cats=(1, 4))
R("{A} 不用退回 买家说愿意收 就是想快点 帮催一下", "yto", "urge A", cats=(1,))
R("{A} {B} 要拦的是 {B}，{A} 别拦 是正常件", "yunda", "intercept B", cats=(1, 7))
R("{A} 买家说不要了 但我不想退 来回运费太贵 先帮我催一下 送到了她会收的", "jt", "urge A", cats=(1,))
R("{A} 买家说不要退回来了 她找了室友代收", "sto", "", nh=True, cats=(1,))
R("算了 {A} 不撤了 上家说已经揽收了 那就拦截吧", "zto", "intercept A", cats=(1, 2))
R("{A} 取消拦截 买家又要了", "yto", "", nh=True, cats=(1,))
R("{A} 取消改地址 还是送原地址", "yunda", "", nh=True, cats=(1,))
R("{A} 不用投诉了 快递员给买家道过歉了", "jt", "", nh=True, cats=(1,))
R("{A} 拦截 不拦截 拦截😅 我自己都晕了 买家一会一个主意 最后说不要了 拦吧", "zto", "intercept A", cats=(1, 2))
R("{A} {B} {C} 全部退回 只有 {C} 不要退 那是我自己买的东西", "yunda", "intercept A B", cats=(1, 7))
R("{A} 不要撤单！！是要拦截 已经发出去了", "zto", "intercept A", cats=(1, 2))
R("{A} 不用理赔了 上家直接给买家补发了一套", "yto", "", nh=True, cats=(1,))
R("{A} 拦截 买家不要了\n{B} 这个买家要的 别动", "yunda", "intercept A", cats=(1, 7))
R("{A} 的赠品发错了 不用退 让买家留着\n{B} 这个正装发错色号了 要退", "jt", "intercept B", cats=(1, 7))
R("{A} 拦截 {A} 算了不拦了 买家说她妹妹可以用", "zto", "", cats=(1,))
R("{A} 别拦了别拦了 买家说要 麻烦了🙏", "sto", "", nh=True, cats=(1,))
R("{A} 不用送上门 也不用退 放驿站就行 买家自己去拿", "yto", "", nh=True, cats=(1,))
R("{A} 买家拒收？不是啊 她说没人给她打电话 不是拒收 别退回 帮催一下派送", "zto", "urge A", cats=(1,))
R("{A} {B} 两个拦截 不对 {A} 不拦 只拦 {B}", "jt", "intercept B", cats=(1, 2))
R("{A} 催件的不要了 买家刚收到", "yunda", "", nh=True, cats=(1,))
R("{A} 不是要撤单 是要拦截 已经揽收了", "zto", "intercept A", cats=(1, 2))
R("{A} 不用改派了 也不用拦 买家今天回来了 原地址就行", "yto", "", nh=True, cats=(1,))
R("{A} 赠品的那单不用管 正装这单 {B} 要拦", "zto", "intercept B", cats=(1, 7))
R("{A} 不拦 {B} 不拦 {C} 拦", "sto", "intercept C", cats=(1, 7))
R("{A} 别催了 买家说不急 她下周才回来", "yunda", "", nh=True, cats=(1,))
R("{A} 买家说不要 先别急着退 我再劝劝她", "jt", "", nh=True, cats=(1,))

# ---------------------------------------------------------------- 2: corrections of command and number
R("{A:typo} 拦截 —— 更正 单号打错了 是 {A}", "zto", "intercept A", cats=(2,))
R("{A} 撤单。哦不对 阿珍说已经揽收了 那就拦截", "yto", "intercept A", cats=(2,))
R("{A} 改地址取消 还是拦截吧 买家说新地址她也不一定在", "yunda", "intercept A", cats=(2,))
R("{A} {B}\n第一个拦截\n啊不对 阿珍的表格排反了 是第二个要拦 第一个正常送", "zto", "intercept B", cats=(2, 7))
R("刚才让拦的 {A} 搞错了 应该拦 {B}，{A} 正常派送", "jt", "intercept B", nh=True, cats=(1, 2))
R("前面发的 {A} {B} 作废 以这条为准：{A} 拦截 {B} 催件", "sto", "intercept A; urge B", cats=(2, 7))
R("{A} 拦截\n更正：不是这个 是 {B}\n{A} 是另一个买家的 正常派", "zto", "intercept B", cats=(2,))
R("{A} 改地址：杭州市余杭区五常街道 西溪北苑 11 幢 2 单元 301 王女士\n更正 是 21 幢 不是 11 幢", "yto",
  "change_address A", cats=(2,))
R("{A} 催件 不对不对 这个买家说不要了 拦截", "yunda", "intercept A", cats=(2,))
R("单号发错了 {A} 不是我的 我的是 {B} 拦截", "zto", "intercept B", cats=(2,))
R("{A} 改地址 改到苏州市姑苏区 观前街 …\n算了 不改了 买家说直接退回 她不要了", "jt", "intercept A", cats=(1, 2))
R("{A:cut} 拦截\n少打了一位 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 退回 哦不对 这个是催一下 要退回的是另一个 {B}", "zto", "urge A; intercept B", cats=(2, 7))
R("{A} 撤单\n不对 是 {B} 撤单 {A} 已经发出去了 那个不动", "yunda", "cancel B", cats=(2,))
R("{A} 拦截 @小雨 你看下是不是这个单号\n小雨说不是 是 {B}\n那就拦 {B}", "sto", "intercept B", cats=(2, 3))
R("刚刚的 {A} 催件作废 改成拦截 买家说等不及了 去专柜买了", "yto", "intercept A", cats=(2,))
R("{A} 改地址：长沙市岳麓区 麓谷街道 …\n不好意思地址发错了 是 长沙市开福区 芙蓉中路一段 479 号 建鸿达现代城 1602", "zto",
  "change_address A", cats=(2,))
R("{A}拦截 {B}催件\n搞反了 是 {A} 催件 {B} 拦截", "zto", "urge A; intercept B", cats=(2, 7))
R("上家重新发了一单 新单号 {B} 帮催一下 之前那个 {A} 是空单号 一直没揽收 不用管", "yunda", "urge B", cats=(2,))
R("{A} 拦截 对不起发错了 要拦的是 {B} {A} 是给我妈寄的 正常送", "jt", "intercept B", cats=(2,))
R("{A} 转寄 郑州市金水区 花园路 39 号 国贸 360 写字楼 12 楼 赵明\n再更正一下 收件人是赵敏 不是赵明", "zto",
  "change_address A", cats=(2,))
R("{A} 拦截退回 不对 不退回 改派给她同事 地址：杭州市西湖区 古墩路 702 号 赞宇大厦 6 楼 前台 钱小姐", "yto",
  "change_address A", cats=(1, 2))
R("{A} 催一下\n哦 我看错了 这单已经签收了 是 {B} 没到 催 {B}", "yunda", "urge B", cats=(2,))
R("{A} 撤单 撤单\n芳姐说已经被揽走了 那改成拦截退回", "zto", "intercept A", cats=(2,))
R("{A:typo} 到哪了\n打错了 {A}", "jt", "track A", cats=(2,))
R("更正一下 刚才 {A} 是要改地址 不是拦截 地址：无锡市梁溪区 中山路 218 号 茂业天地 写字楼 23 楼 {PN}", "zto",
  "change_address A", cats=(2, 4))
R("{A} 拦截 {B} 拦截\n更正 {B} 是催件 买家还是要的", "sto", "intercept A; urge B", cats=(2, 7))
R("刚刚那个单号少发了个数字 重发 {A} 拦截", "yto", "intercept A", cats=(2,))
R("{A} 改地址 到 合肥市蜀山区 … 算了太麻烦 还是拦回来 让买家重新下单", "yunda", "intercept A", cats=(2,))
R("{A} 拦截，不好意思，是拦截 {B}，上面那个打错行了", "zto", "intercept B", cats=(2,))
R("{A} 查一下重量\n更正 不是这个 是昨天那个面膜箱 {B} 重量不对", "jt", "weight B", cats=(2,))
R("{A} 破损 登记\n哦不对 破的是 {B} 那箱 {A} 是好的", "zto", "damaged B", cats=(2,))
R("{A} 撤单\n更正：撤单的是 {B}\n{A} 改成拦截 也是发错了", "yto", "cancel B; intercept A", cats=(2, 7))
R("{A}\n{B}\n{C}\n第一个退回\n说错了 不是第一个 是第三个要退 第一个是好的", "yunda", "intercept C", cats=(2, 7))
R("{A} 催件… 等等 上家说这单还没发出 那撤单吧 不发了", "zto", "cancel A", cats=(2,))
R("{A} 地址改到 杭州市萧山区 市心中路 819 号\n买家又说不改了 还是原地址 帮催一下就行", "sto", "urge A", cats=(1, 2))

# ---------------------------------------------------------------- 3: quotes of the supplier, buyers, resellers, the bot
R("「芳姐：{A} {B} 这俩发错了 你在群里让拦一下」\n" + Q + "\n{A} 拦截 {B} 不用 我问过买家了 收到也行", "zto",
  "intercept A", cats=(1, 3))
R("「@柒柒 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n好的 谢谢", "yto", "", cats=(3,))
R("「@柒柒 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n买家又说要了 不用拦了", "yunda", "", nh=True, cats=(1, 3))
R("回复 @快递小助手：@柒柒 {A} 已为您催促派送，请耐心等待\n还是没动啊 再催一下", "zto", "urge A", cats=(3,))
R("引用 小敏：姐 我那个买家 {A} 要改地址 改到 广州市海珠区新港中路 397 号 TIT 创意园 8 栋\n如上 帮忙改一下", "jt",
  "change_address A", cats=(3,))
R("「@柒柒 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\n那撤单吧", "sto", "cancel A",
  cats=(3,))
R("「@柒柒 {A} 已签收，无法拦截」\n" + Q + "\n啊？买家说没收到啊 核实一下谁签的", "zto", "verify_delivery A", cats=(3,))
R("买家原话：“快递到了我也不要 你让他们退回去吧”\n{A} 帮忙拦截", "yto", "intercept A", cats=(3,))
R("买家说：“{A} 这个帮我催一下 明天要用”\n就这单 催下🙏", "yunda", "urge A", cats=(3,))
R("「小雨：今日发货 {A} {B} {C}」\n" + Q + "\n第二个拦截 其他正常", "zto", "intercept B", cats=(3, 7))
R("「芳姐：{A} 我已经让快递员拦回来了 不用你管了」\n" + Q + "\n好的 辛苦芳姐", "yunda", "", cats=(3,))
R("上家说 {A} 她那边已经申请拦截了 你们这边查一下拦截成功没有", "jt", "", nh=True, cats=(3,))
R("「@柒柒 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n改成功了吗 买家问", "zto", "", nh=True, cats=(3,))
R("「@柒柒 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q + "\n买家要求赔偿 帮忙申请理赔 货值 299",
  "zto", "claim A", cats=(3, 4, 8))
R("「买家：亲 我地址填错了 应该是浦东新区张杨路 500 号 时代广场 不是 550 号」\n" + Q + "\n{A} 按买家说的改一下", "yto",
  "change_address A", cats=(3,))
R("我下家阿May转过来的：\n“姐 {A} 客户拒收了 帮我退回 谢谢姐”\n麻烦拦一下", "jt", "intercept A", cats=(3,))
R("「@柒柒 {A} 已为您催促派送，请耐心等待」\n「@柒柒 {B} 拦截已提交，结果会第一时间通知您」\n" + Q +
  "\n{A} 到了 谢谢 {B} 拦截到哪一步了", "zto", "", nh=True, cats=(3,))
R("芳姐语音转文字：“那个柒柒啊 你那个单子 就是 {A} 那个 发错了 是别人的 你叫快递拦一下”\n拦一下哈", "yunda",
  "intercept A", cats=(3, 5))
R("{A} 改地址那个处理了吗 半天了没人回", "zto", "", nh=True)
R("「小雨：{A} 是王** 的 {B} 是李** 的」\n" + Q + "\n王的那个催一下 李的已经到了", "yto", "urge A", cats=(3, 7))
R("「芳姐：柒柒 {A} 这个我这边看显示签收了」\n" + Q + "\n对 可是买家说根本没收到 帮核实签收", "zto",
  "verify_delivery A", cats=(3,))
R("转发 买家聊天记录：\n买家：快递怎么还没到啊\n买家：都一个星期了\n买家：不要了 退款吧\n我：亲 我让快递退回\n\n{A} 麻烦拦截退回",
  "yunda", "intercept A", cats=(3,))
R("「@柒柒 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n不拦截 我要改地址 改到 重庆市江北区 观音桥步行街 9 号 "
  "未来国际 18 楼 {PN}", "zto", "change_address A", cats=(1, 3, 4))
R("回复 小雨：{A} 面单上电话少一位\n我问了买家 电话是 {PN} 帮忙改一下", "zto", "change_address A", nh=True,
  cats=(3, 4))
R("「@柒柒 {A} 撤单成功」\n" + Q + "\n那 {B} 也撤一下 一起拍的", "jt", "cancel B", cats=(3,))
R("「楠楠：姐姐 {A} 帮我拦一下」\n" + Q + "\n@楠楠 这个已经签收了 拦不了了 你让买家走退货吧", "yto", "", cats=(3,))
R("上家发我的：\n{A} 白色 50ml 发错\n{B} 赠品漏放\n{C} 正常\n前两个拦回来", "zto", "intercept A B", cats=(3, 7))
R("「@柒柒 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + Q + "\n登记完了然后呢 买家还在等 能不能催一下", "yunda",
  "urge A", cats=(3,))
R("回复 阿Ken：{A} 是哪个买家的？\n@阿Ken 是苏州那个张女士的 我刚问了 她不要了 拦截吧", None, "intercept A",
  draw="sf", cats=(3,))
R("「芳姐：这批 {A} {B} {C} 都是批号 L2309 的 有问题」\n" + Q + "\n收到 师傅帮忙拦一下 {C} 除外 那单买家已经签收了",
  "zto", "intercept A B", cats=(3, 4, 7))
R("「@柒柒 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n这个拦错了 不用了 要拦的是 {B}", "yto", "intercept B",
  nh=True, cats=(2, 3))
R("回复 芳姐：{A} 拦截退回 {B} 拦截退回\n芳姐 {B} 那个买家刚说又要了 只拦第一个就行", "sto", "intercept A", nh=True,
  cats=(1, 3, 7))
R("「买家：亲 快递还没到吗 我很急」\n" + Q + "\n{A} 麻烦催一下", "zto", "urge A", cats=(3,))
R("「小敏：姐 {A} 我买家说收到的精华是漏的」\n" + Q + "\n登记一下破损 买家有照片", "yunda", "damaged A", cats=(3,))
R("引用 芳姐：{A} 这个单你叫他们核一下重量 我这边被扣了 12 块\n麻烦核重", "jt", "weight A", cats=(3, 4))
R("「@柒柒 您的消息已转人工客服处理，请稍候」\n" + Q + "\n好的 等你们", "zto", "", cats=(3,))
R("「阿May：{A} 我客户说不要了 帮我退了吧 姐」\n" + Q + "\n@阿May 你问清楚再说 上次说退 退回来又要 我先不弄", "yto",
  "", cats=(1, 3))
R("「@柒柒 {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\n{B} 这个也拦截一下 同一个买家的", "yunda", "intercept B",
  cats=(3,))
R("回复 @快递小助手：@柒柒 {A} 已为您催促派送，请耐心等待\n谢谢 收到了 买家已经拿到了", "zto", "", cats=(3,))
R("买家发来的：“我搬家了 新地址 杭州市临平区 南苑街道 新城时代广场 4 幢 1203 电话不变”\n{A} 麻烦帮她改", "jt",
  "change_address A", cats=(3,))
R("「芳姐：{A} 撤单了吗」\n" + Q + "\n@芳姐 我发群里了 还没回 @网点客服 帮看下撤了没", "sto", "", nh=True, cats=(3,))
R("「小雨：{A} 这个显示退回中 是你让拦的吗」\n" + Q + "\n不是我 我没让拦 @网点客服 这个谁拦的 买家要的啊", "zto", "",
  nh=True, cats=(1, 3))
R("引用 楠楠：姐 我买家问 {A} 到哪了\n帮查一下", "yto", "track A", cats=(3,))
R("「@柒柒 {A} 已签收，无法拦截」\n" + Q + "\n好吧 那算了", "yunda", "", cats=(3,))
R("回复 小雨：今天的单号 {A} {B}\n{B} 是小样那个 小样不用发了 撤单", "jt", "cancel B", cats=(3,))
R("「芳姐：那个投诉你撤了吧 快递员找我了 说以后注意」\n" + Q + "\n{A} 投诉撤销 谢谢", "zto", "", nh=True, cats=(1, 3))
R("「@柒柒 {A} 改址已提交，结果会第一时间通知您」\n" + Q + "\n再补一句 收件人换成她老公 孙浩 {PN}", "yto",
  "change_address A", nh=True, cats=(3, 4))
R("买家说 “收到的眼霜是拆过的 我要退”\n{A} 这个已经签收了 那让她走退货 不用拦", "zto", "", cats=(3,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("淘宝订单号 {O}\n快递单号 {A}\n买家申请退款了 帮忙拦截", "zto", "intercept A", cats=(4,))
R("{A} 买家电话 {PN} 一直打不通 派不了 退回吧", "yto", "intercept A", cats=(4,))
R("{A} 拼多多订单 {O} 买家要改地址 新地址：天津市南开区 长江道 96 号 大悦城南区 6 号楼 1108", "zto",
  "change_address A", cats=(4,))
R("买家 {PN} 说 {A} 显示签收了 她没收到", "jt", "verify_delivery A", cats=(4,))
R("{A} 到付 25 元 买家不肯付 退回", "yto", "intercept A", cats=(4,))
R("{A} 里面是 2 支 #999 + 1 支 #520 货值 680 元 丢了要赔", "zto", "claim A", cats=(4, 8))
R("{A} 保价 2000 SK-II 大套装 一定要本人签收 麻烦加急送", "sf", "urge A", cats=(4,))
R("买家 {PN} 要改地址 {A} 改到 上海市徐汇区漕溪北路 88 号 圣爱大厦 17 楼", "zto", "change_address A", cats=(4,))
R("下家小敏的订单 {O} 对应 {A} 查一下到哪了", "yto", "track A", cats=(4,))
R("{A} 实际 0.3kg 结果按 1.3kg 收的 多收了 8 块", "jt", "weight A", cats=(4,))
R("{A} 收件电话 {PN} 收件人黄丽 麻烦送货前先打电话 她上夜班白天睡觉", "zto", "", nh=True, cats=(4,))
R("{A} 麻烦快递员别打 {PN} 这个是买家以前的号 打 {PN2}", "yunda", "change_address A", nh=True, cats=(4,))
R("订单 {O} 的快递 {A} 和订单 {O2} 的 {B} 面单贴反了！！都拦回来", "zto", "intercept A B", cats=(4, 7))
R("{A} 是 3 月 12 号发的 今天 3 月 19 号了 还没到 七天了 催一下", "yto", "urge A", cats=(4,))
R("{A} 买家说 {PN} 这个号是她 她没收到件 但是显示签收 核实下", "yunda", "verify_delivery A", cats=(4,))
R("{A} 货款 ¥459 买家拒收 要退回 运费我出", "jt", "intercept A", cats=(4,))
R("{A} 批号 2305B18 的那批精华 上家说有问题 召回 拦截", "zto", "intercept A", cats=(4,))
R("退款金额 128.00 元 已退 淘宝订单 {O}\n{A} 拦回来吧", "yto", "intercept A", cats=(4,))
R("{PN} 这是我电话 {A} 有什么问题直接打我 这单买家要拒收 帮退回", "zto", "intercept A", cats=(4,))
R("{A} 买家 {P} 说快递员让她下楼取 她在 28 楼 投诉", "sto", "complaint A", cats=(4,))
R("订单号：{O}\n收件人：邱** \n手机：{PN}\n运单号：{A}\n问题：买家反馈未收到 物流显示已签收\n请核实", "zto",
  "verify_delivery A", cats=(4,))
R("{A} 催一下 买家说 {PN} 全天开机 随时可以送", "yunda", "urge A", cats=(4,))
R("{O}\n这是订单号 不是快递单号哈\n快递单号是 {A} 麻烦查下到哪了", "jt", "track A", cats=(4,))
R("{A} 重量 2.35kg？我们 15 片面膜 加盒子最多 1.2kg 核重", "zto", "weight A", cats=(4,))
R("{A} 水乳套装 ¥329 小样 6 个 破了两瓶 要求理赔 按 ¥329 赔", "yto", "claim A", cats=(4, 8))
R("{A} 收件人手机 {PN} 地址没变 就是号码换了", "yunda", "change_address A", nh=True, cats=(4,))
R("{A} 买家电话是 {PN} 快递员说打不通 其实是他打错了 号码没问题 催派一下", "zto", "urge A", cats=(4,))

# ---------------------------------------------------------------- 5: other ways of writing it
R("{A} lanjie 谢谢", "zto", "intercept A", cats=(5,))
R("{A} pls intercept, buyer cancelled the order", None, "intercept A", draw="yto", cats=(5,))
R("{A} cuijian 买家急", "yunda", "urge A", cats=(5,))
R("{A} gaizhi 地址：北京市朝阳区 望京 SOHO T1 1502 邓先生", "zto", "change_address A", cats=(5,))
R("{A} 撤掉撤掉 还没揽收", "sto", "cancel A", cats=(5,))
R("{A} 搞回来搞回来 发错人了", "jt", "intercept A", cats=(5,))
R("{A} 买家让快点 帮我 cui 一下", "zto", "urge A", cats=(5,))
R("{A} 帮忙 chedan 还在仓库没发", "yto", "cancel A", cats=(5,))
R("语音转文字：那个单号是 {A} 就是那个 雅诗兰黛那个 那个 拦截一下 拦截一下 谢谢啊", None, "intercept A", draw="sf",
  cats=(5,))
R("{A} where is it? buyer keeps asking me", None, "track A", draw="jt", cats=(5,))
R("{A} 攔截 退回 謝謝 （香港買家 不要了）", "sf", "intercept A", cats=(5,))
R("{A} 给我整回来 买家不要了 真服了", "zto", "intercept A", cats=(5,))
R("{A} 快马加鞭 帮我催一催 宝子等着用呢", "yunda", "urge A", cats=(5,))
R("{A} 改个址 to 杭州市西湖区 天目山路 398 号 古荡科技园 2 号楼", "yto", "change_address A", cats=(5,))
R("{A} 买家说 fake sign，显示签收 没收到", None, "verify_delivery A", draw="yto", cats=(5,))
R("{A} 破了 broken 买家发了视频", "jt", "damaged A", cats=(5,))
R("{A} lj lj 买家退款了", "zto", "intercept A", cats=(5,))
R("{A} 崔一下 谢谢", "yunda", "urge A", cats=(5,))
R("{A} 到哪儿了 宝子问三遍了🥲", "sto", "track A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:sp} 拦截", "zto", "intercept A", cats=(6,))
R("{A:nl} 拦截 买家不要了", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n催一下", "yunda", "urge A", cats=(6,))
R("{A:dash} 改地址 改到 南昌市红谷滩区 丰和中大道 1188 号 凯美大厦 3 楼", "jt", "change_address A", cats=(6,))
R("{A:sp} 到哪了", "ems", "track A", draw="ems_s10", cats=(6,))
R("{A:lc} 拦截退回", None, "intercept A", draw="yto", cats=(6,))
R("{A:fw} 催件", "zto", "urge A", cats=(6,))
R("{A:x} 拦截", "yto", "", nh=True, cats=(6,))
R("{A:cut} 到哪了", "jt", "", nh=True, cats=(6,))
R("尾号 5678 的那个 拦截一下 买家不要了", "zto", "", nh=True, cats=(6,))
R("{A:nl} 撤单 还没揽收", "sto", "cancel A", cf=True, cats=(6,))
R("{A:sp} 显示签收 买家没收到", "ems", "verify_delivery A", draw="ems_s10", cats=(6,))
R("{A:dash}\n{B:dash}\n这两个拦截 上家发错了", "zto", "intercept A B", cats=(6, 7))
R("拦截\n{A:nl}", "yunda", "intercept A", cf=True, cats=(6,))
R("{A:lc} 催一下 谢谢", None, "urge A", draw="jt", cats=(6,))
R("{A:fw} 拦截 买家说不要了", "yto", "intercept A", cats=(6,))
R("{A:sp} 改地址 改到 大连市沙河口区 西安路 139 号 福佳新天地 5 楼 于小姐 {PN}", "ems", "change_address A",
  draw="ems_s10", cats=(4, 6))
R("{A:x} 催一下 买家急", "jt", "", nh=True, cats=(6,))
R("拦截 单号后四位是 3021 买家姓陈 杭州的 今天上家发的", "yto", "", nh=True, cats=(6,))

# ---------------------------------------------------------------- 7: several parcels, positions, pasted tables
R("{A} {B} {C}\n第一个拦截 后两个催一下", "yto", "intercept A; urge B C", cats=(7,))
R("{A}\t拦截\t买家拒收\n{B}\t改地址\t苏州市工业园区 星湖街 328 号 {PN}\n{C}\t催件\t", "zto",
  "intercept A; change_address B; urge C", cats=(4, 7))
R("{A}\n{B}\n{C}\n以上全部催件 最后一个除外 那个已经签收了", "yunda", "urge A B", cats=(1, 7))
R("今天小雨发的表：\n王*  {A}  水乳套装\n李*  {B}  口红 #999\n张*  {C}  面膜 10 片\n李的拦截 张的改地址 改到 "
  "厦门市湖里区 高林中路 500 号 金山财富广场 2 号楼 907", "zto", "intercept B; change_address C", cats=(7,))
R("{A} {B} 这两个 一个拦截一个催件 具体哪个我问下上家再说", "zto", "", nh=True, cats=(7,))
R("①{A} 拦截\n②{B} 拦截\n③{C} 催件\n④{D} 查一下\n②不拦了 买家又要了", "yunda", "intercept A; urge C; track D",
  cats=(1, 7))
R("{A} 买家拒收\n{B} 发错色号\n{C} 没动静 帮催\n上面两个拦截", "jt", "intercept A B; urge C", cats=(7,))
R("{A} 是楠楠的买家 {B} 是小敏的 楠楠那个拦截 小敏那个改地址 地址：绍兴市越城区 解放北路 315 号 3 楼", "zto",
  "intercept A; change_address B", cats=(7,))
R("这批 {A} {B} {C} {D} {E} 全部拦截 除了 {C} 和最后一个", "yto", "intercept A B D", cats=(1, 7))
R("{A} {B} {C} {D}\n第三个不拦 其余拦截", "zto", "intercept A B D", cats=(1, 7))
R("小雨发的：\n1. 刘*  {A}\n2. 周*  {B}\n3. 吴*  {C}\n1 和 3 催件 2 查一下重量", "yunda", "urge A C; weight B",
  cats=(7,))
R("单号\t问题\t处理\n{A}\t漏液\t登记破损\n{B}\t拒收\t退回\n{C}\t五天没动\t催件", "zto",
  "damaged A; intercept B; urge C", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n今天这五单都拦 除了第二个和第四个 那两个是别的买家的", "jt", "intercept A C E", cats=(1, 7))
R("{A} 催\n{B} 催\n{C} 拦\n{D} 拦\n{E} 查", "zto", "urge A B; intercept C D; track E", cats=(5, 7))
R("上家发的 5 单里 只有 {A} 和 {B} 是我的 都拦截 其他三个不是我的别管", "yto", "intercept A B", cats=(7,))
R("{A} {B} 都改地址 同一个买家 改到 青岛市市南区 香港中路 10 号 颐和国际 A 座 2105 {PN}", "sto",
  "change_address A B", cats=(4, 7))
R("{A} 拦截\n{B} 同上\n{C} 催件", "zto", "intercept A B; urge C", cats=(7,))
R("{A}、{B}、{C} 三单 前面两单是一个买家 拦截 最后一单查下到哪了", "yunda", "intercept A B; track C", cats=(7,))
R("{A} {B} {C}\n后面两个拦截\n第一个正常", "jt", "intercept B C", cats=(1, 7))
R("阿珍的表格：\n序号 单号 商品 备注\n1 {A} 小棕瓶 50ml 正常\n2 {B} 粉水 400ml 拦截\n3 {C} 神仙水 230ml 拦截\n4 {D} "
  "赠品小样 正常", None, "intercept B C", draw="sf", cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 面霜罐子碎了 买家要赔 快递员还把箱子扔在楼下 投诉", "zto", "claim A; complaint A", cats=(8,))
R("{A} 漏液 登记破损 另外派件的小哥态度很差 投诉一下", "yto", "damaged A; complaint A", cats=(8,))
R("{A} 拦截并投诉 快递员骂我买家", "yunda", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 买家要投诉", "jt", "delay A; complaint A", cats=(8,))
R("{A} 重量不对 另外催一下 三天没动了", "zto", "weight A; urge A", cats=(8,))
R("{A} 快点送 买家投诉了", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 丢了 赔钱 还要投诉 你们这个站老丢件", "sto", "claim A; complaint A", cats=(8,))
R("{A} 破损了要理赔 另外 {B} 催一下", "zto", "claim A; urge B", cats=(7, 8))
R("{A} 外包装破了个大洞 里面小样少了两个", "yto", "damaged A; lost A", cats=(8,))
R("{A} 显示签收 买家没收到 核实一下 这个快递员之前就乱签过 一并投诉", "jt", "verify_delivery A; complaint A",
  cats=(8,))
R("{A} 拦截退回 顺便查下重量 上家说这单扣了 15 块运费 不可能", "zto", "intercept A; weight A", cats=(4, 8))
R("{A} 好几天没更新了 登记延误 也帮催一下", "yunda", "delay A; urge A", cats=(8,))

# ---------------------------------------------------------------- hard: commands named but not asked, questions
R("上次拦截的那票 {A} 到哪了", "zto", "track A", cats=(1,))
R("{A} 改地址的那个 现在到哪了 买家在新地址等", "yto", "track A")
R("{A} 之前催过一次了 还是没动 再催", "yunda", "urge A")
R("{A} 理赔的钱什么时候到账", "jt", "", nh=True)
R("{A} 改地址要加钱吗", "zto", "", nh=True)
R("{A} 拦截回来的运费谁出 上家说她不出", "yto", "", nh=True)
R("{A} 上家说已经撤单了 我这边看还显示揽收 怎么回事", "sto", "", nh=True)
R("{A} 赠品漏发了 能不能让快递员顺便带一包化妆棉过去", "zto", "", nh=True)
R("{A} 买家问这个能不能开箱验货 不合适再拒收", "yunda", "", nh=True)
R("昨天让你们改地址的 {A} 改好了没", "jt", "", nh=True)
R("{A} 拦截成功了吗 上家那边显示还在派送", "zto", "", nh=True)
R("{A} 这个投诉处理到哪一步了", "yto", "", nh=True)
R("买家问退回来的件 {A} 到哪了 要等退回来才给她退款", "zto", "track A")
R("{A} 买家说要是明天还不到就拒收 帮催一下", "yunda", "urge A")
R("{A} 破损那个 理赔结果出来没", "jt", "", nh=True)
R("之前说要撤单的 {A} 你们撤了吗 快递员刚才又来揽了", "sto", "", nh=True)
R("{A} 退回的话会退到哪 退到上家还是我这", "yto", "", nh=True)

# ---------------------------------------------------------------- hedged: not really decided
R("{A} 要不拦截吧 买家好像不太想要了", "zto", "intercept A", cf=True)
R("{A} 可能要退回 我再问问买家", "yto", "intercept A", cf=True)
R("{A} 先拦着吧？我再问问上家是不是发错了", "yunda", "intercept A", cf=True)
R("{A} 好像得改个地址 买家说她可能月底搬 新地址：杭州市钱塘区 下沙街道 金沙湖 1 号 5 幢 801", "jt", "change_address A",
  cf=True)
R("看看能不能撤单 {A} 应该还没揽收", "zto", "cancel A", cf=True)
R("{A} 买家说不想要了 要不要拦 你们觉得呢", "sto", "intercept A", cf=True)
R("{A} 拦截吧…… 不拦也行 你们看着办", "yto", "intercept A", cf=True)
R("{A} 如果还没签收就拦截", "zto", "intercept A")
R("{A} 要是还在杭州转运中心就拦下来 出了杭州就算了", "yunda", "intercept A")
R("{A} 应该是要退回的 等买家回我 先帮我拦一下吧", "jt", "intercept A", cf=True)
R("{A} 我估计得撤单 上家说可能没货了", "zto", "cancel A", cf=True)
R("{A} 买家说可能要改地址 还没定 定了我再发", "yto", "")
R("{A} 拦不拦呢 买家一会说要一会说不要 算了 拦吧 大不了再发", "yunda", "intercept A", cats=(2,))
R("{A} 实在不行就退回吧 买家电话三天没打通了", "sto", "intercept A", cf=True)

if __name__ == "__main__":
    W.main()
