"""Writer cx: small online shops run out of a university town (城南大学城) and the campus-area outlet groups they ship in.

Casting note. 城南大学城 has five schools side by side (师大, 理工大, 财大, 医科大, 职院), each with an old and a new
campus (师大南校区 桃李园, 理工大北校区, 财大新校区 明德楼, 医科大东校区 南苑, 职院 实训楼) and a 菜鸟驿站 or a
丰巢 at every gate; the carriers' outlets on 大学城北路 run one WeCom or DingTalk group each (ZTO, YTO, STO, Yunda,
J&T, EMS, SF, JD, Deppon, Cainiao) and a 快递超市 keeps a group for all of them. The people who write are students and
recent graduates with a shop on Xianyu, Taobao, Xiaohongshu or Douyin: 小林 (大三, 小鹿手作: clay earrings,
crocheted bags and keychains), 阿杰 (研一, 旧书铺: second-hand textbooks, 考研真题 and notes, ISBNs beside the
waybills), 胖虎 (graduated last year, 印象T恤工作室: 班服, 文化衫, 社团 hoodies, printed to order), 佳佳 and her
roommate 萌萌 (嘴馋研究所: 辣条, 卤味, homemade cookies and 牛轧糖), 学姐 周周 (毕业季 跳蚤: lamps, bikes, luggage
sent home by Deppon), and the classmates who help them pack and post. They write casual standard Mandarin, fast,
with a little slang (家人们, xdm, 救命, 绝了, 蚌埠住了, 啊啊啊, qwq, hhh), pinyin and English slipping in, emoji
and kaomoji; they say 学长/学姐/老板 to the outlet staff. Reasons are campus reasons: 放假了没人收, 宿舍楼封了,
期末周, 四六级, 考研, 答辩, 校运会, 毕业离校, buyers on another campus or gone home, buyers who changed their minds
or bought twice. Numbers that are not waybills are everywhere: buyers' phones, Taobao order numbers, 驿站 取件码
(6-2-3015), 学号, dorm rooms (12栋 305), ISBNs, prices and 运费. Roommates and classmates post for each other and put
each other right, quote each other and the bot, and take things back ("算了不拦了") when a buyer changes their mind
again.
"""

from harness import Writer

W = Writer("cx", seed=6180379)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("{A} 麻烦拦截一下 买家说不要了", "zto", "intercept A")
R("学长好 {A} 帮忙退回 这个同学拍错了 高数下册拍成上册了", "yto", "intercept A")
R("{A} 拦截!!! 发错了 应该发线代那本的", "sto", "intercept A")
R("救命 {A} 能拦回来吗 收件地址写成我自己宿舍了 我给自己寄了个快递hhh", "yunda", "intercept A")
R("{A}\n拦截退回 买家退款了", "jt", "intercept A")
R("放假了买家回家了没人收 {A} 退回吧", "zto", "intercept A")
R("你好 我是印象T恤的 {A} 退件 图案印反了 要重新做", "jt", "intercept A")
R("麻烦{A}拦截退回大学城，收件人说已经毕业离校了", "ems", "intercept A")
R("{A} 别派了 退回 买家说在二手群里淘到更便宜的了 气死", "zto", "intercept A")
R("{A} 这单拦下 耳环少放了一只 我重新寄一个", "yunda", "intercept A")
R("{A} 这个是寄去医科大的考研资料 买家说他不考了 退回吧 唉", "ems", "intercept A")
R("您好 {A} 这个件麻烦拦一下 同一个买家我发了两次 重复了", "zto", "intercept A")
R("{A} 退件退件 发错货了 卤鸭脖发成鸭翅了", "sto", "intercept A")
R("学长 {A} 还能拦吗 刚发现贺卡上名字写错了 人家是送女朋友的 必须重做", "yunda", "intercept A")
R("那个寄财大的 {A} 退回来 买家说他室友已经买过一套了", "zto", "intercept A")
R("{A} 拦截 原因 买家地址填的是去年的宿舍 人早搬走了", "ems", "intercept A")
R("周周学姐的台灯 {A} 帮忙拦截退回 买家说不要了 她今天在考试没空 我替她发", "jt", "intercept A")
R("{A} 这个饼干 买家说过敏了不敢吃 还没到就退回吧", "zto", "intercept A")

# cancel
R("{A} 撤单 快递小哥还没来取", "zto", "cancel A")
R("{A} 取消寄件 买家跑路了", "yto", "cancel A")
R("{A} 作废 面单打错了 宿舍号写成305了 应该是503", "yunda", "cancel A", cats=(4,))
R("{A} 撤一下单 明天我统一去站点寄", "jt", "cancel A")
R("你好 {A} 这个撤单 买家取消订单了", "ems", "cancel A")
R("帮忙取消订单 {A} 还没揽收 我地址填错了重下一单", "sf", "cancel A")
R("学长 {A} 撤单哈 下午的上门取件也不用来了", "jd", "cancel A")
R("{A} 取消寄件 买家说等开学再发 现在放假没人收", "sto", "cancel A")

# change_address
R("{A} 改地址 改到理工大北校区菜鸟驿站 收件人不变", "zto", "change_address A")
R("{A} 买家说放假回家了 地址改为 河南省周口市川汇区七一路108号 电话不变", "yto", "change_address A")
R("{A} 改派到师大南校区 桃李园7栋楼下的丰巢", "jt", "change_address A")
R("{A} 转寄到 财大新校区 学生公寓11栋1204", "yunda", "change_address A")
R("学长 {A} 这个改到老校区吧 买家说他这学期搬回老校区了 地址：师大老校区 文科楼对面驿站", "ems", "change_address A")
R("你好 {A} 麻烦改一下收件地址 买家暑假在公司实习 新地址 杭州市西湖区文三路 478号 华星科技大厦 8楼前台", "sf", "change_address A")
R("{A} 改到南校区 不是北校区 买家下错了 南校区 桃李园3栋", "yto", "change_address A")
R("麻烦帮我 {A} 转寄到她老家 湖北省荆州市沙市区 北京西路 22号 收件人 陈同学", "ems", "change_address A")

# urge
R("{A} 催一下 考试要用的 后天就考了", "zto", "urge A")
R("{A} 三天没动了 催催 买家天天问", "yto", "urge A")
R("{A} 能快点吗 这是班服 周五校运会要穿的", "sto", "urge A")
R("{A} 加急 明早答辩要用的打印稿", "sf", "urge A")
R("学长 {A} 催个件 买家下周就放假离校了 赶不上就白寄了", "yunda", "urge A")
R("{A} 咋还不到 催催", "zto", "urge A")
R("{A} 催件 卤味不经放 放久了要坏", "jt", "urge A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了", "yto", "track A")
R("学长 帮忙查下 {A} 现在在哪", "sto", "track A")
R("请问 {A} 今天能到吗 买家问我", "ems", "track A")
R("{A} 这个到哪儿了 买家下午就要离校了", "zto", "track A")
R("你好 {A} 是不是已经到理工大驿站了", "zto", "track A")

# verify_delivery
R("{A} 显示签收了 但买家说没收到 他宿舍楼下也没找到", "zto", "verify_delivery A")
R("{A} 谁签收的啊 买家人在老家 根本没人签", "sto", "verify_delivery A")
R("学长 {A} 显示被驿站代收 但是驿站说没这个件 帮忙核实一下签收", "cainiao", "verify_delivery A")
R("{A} 显示妥投 买家说没收到 这个是寄去财大明德楼的", "ems", "verify_delivery A")

# damaged
R("{A} 买家说收到的时候盒子压扁了 黏土摆件的耳朵断了", "zto", "damaged A")
R("{A} 辣条漏油了 整个袋子都是油", "yto", "damaged A")
R("{A} 台灯灯罩碎了 收到就是碎的", "deppon", "damaged A")

# lost
R("{A} 一周没动了 是不是丢了", "zto", "lost A")
R("{A} 驿站和快递员都说没见过 哪都找不着", "yto", "lost A")
R("{A} 寄了三本书 买家只收到两本 少件了", "sto", "lost A")
R("{A} 遗失 登记一下 里面是毕业设计的模型", "sf", "lost A")

# weight
R("{A} 怎么按3公斤算的 就两件T恤 重量不对吧", "zto", "weight A")
R("{A} 超重？？ 我称了才1.2kg 你们算2.5", "sto", "weight A")
R("毕业寄回家的行李 {A} 重量不对 计了25公斤 我那箱子最多18", "deppon", "weight A", cats=(4,))
R("{A} 查重量 一袋卤味怎么会3kg", "yunda", "weight A")

# delay
R("{A} 五天了还在转运中心 不动了", "zto", "delay A")
R("{A} 物流停在金华三天没动了", "yunda", "delay A")
R("{A} 说好的次日达 现在第四天了还在路上", "sf", "delay A")

# claim
R("{A} 丢了 能赔吗 里面是一套考研真题 原价168", "zto", "claim A", cats=(4,))
R("{A} 压坏了 要求赔偿 手工黏土摆件 做了一周的", "yto", "claim A")
R("{A} 理赔 碎了的那个台灯 买家要全额退款 我总不能自己贴吧", "deppon", "claim A")
R("{A} 件丢了 申请理赔 保价了200", "sf", "claim A", cats=(4,))

# complaint
R("{A} 投诉一下 快递员直接扔宿舍楼下了 也没打电话", "zto", "complaint A")
R("{A} 这个快递员不送上门 让买家自己去三公里外的站点拿 我要投诉", "jt", "complaint A")

# arbitration
R("{A} 申请仲裁 平台判我全责 明明是快递压坏的", "zto", "arbitration A")
R("{A} 这单要仲裁 买家说没收到 你们说签收了 平台卡着我的钱", "yto", "arbitration A")

# ---------------------------------------------------------------- 0: chit-chat and questions without a waybill
R("请问放假期间咱们站点还营业吗", "zto", "")
R("寒假几号停收啊 我还有二十多单没发", "yto", "")
R("谢谢学长！！", "sto", "")
R("明天下午几点来宿舍楼收件呀", "yunda", "")
R("有人知道寄到医科大新校区一般要几天吗", "zto", "")
R("学长 今天还能寄吗 我六点才下课", "sf", "")
R("哈哈哈哈谢谢 买家收到了还给我好评了", "yto", "")
R("请问寄一箱书到新疆大概多少钱 二十公斤左右", "deppon", "")
R("好嘞 明天我拿过去", "sto", "")
R("考试周结束了 下周开始恢复正常发货 大家别催我了哈哈", "yunda", "")

# ---------------------------------------------------------------- 0/12: questions about rules and about earlier requests
R("拦截要收费吗", "zto", "", nh=True)
R("改地址要加钱不 改到隔壁校区那种", "yto", "", nh=True)
R("{A} 拦截了吗", "zto", "", nh=True)
R("昨天让改地址的 {A} 改好了没 买家问", "jt", "", nh=True)
R("{A} 那个催件有结果了吗 买家又来问了", "yto", "", nh=True)
R("学长 早上那单 {A} 拦截成功没有呀", "yunda", "", nh=True)
R("{A} 上周登记的破损 进度怎么样了", "sto", "", nh=True)
R("{A} 理赔的钱啥时候到账啊 我都垫给买家了", "zto", "", nh=True)
R("拦截一般多久能退回来啊 我急着重新发", "ems", "", nh=True)

# ---------------------------------------------------------------- 0: no usable waybill
R("拦截一下", "zto", "", nh=True)
R("尾号3821那单帮忙催一下", "yto", "", nh=True)
R("学长 我刚寄的那个寄往财大的 帮我改到明德楼收发室", "sto", "", nh=True)
R("{A:cut} 拦截 买家不要了", "yto", "", nh=True)
R("帮我查一下 单号我忘了 收件人叫刘思雨 寄去医科大的", "jt", "", nh=True)

# change_address with no new address
R("{A} 改地址", "zto", "change_address A", nh=True)
R("{A} 改个地址 买家说他换宿舍了", "yto", "change_address A", nh=True)
R("{A} 收件人改为 王同学 电话 {P}", "sto", "change_address A", nh=True, cats=(4,))
R("{A} 电话改一下 改成 {PN}", "yunda", "change_address A", nh=True, cats=(4,))
R("{A} 可以改派吗 买家说他不在学校了", "ems", "change_address A", nh=True)

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 拦截 {B} 不用拦 那个买家又说要了", "zto", "intercept A", cats=(1, 7))
R("{A} 算了不拦了", "yto", "", nh=True, cats=(1,))
R("{A} 拦截…… 算了算了 买家说还是要 不拦了", "sto", "", cats=(1,))
R("不是不拦啊 是现在就要拦 {A} 买家那边已经退款了", "jt", "intercept A", cats=(1,))
R("{A} 不要退回 改派到师大南校区 桃李园驿站", "yunda", "change_address A", cats=(1,))
R("{A} 不用催了 买家已经在驿站拿到了", "zto", "", nh=True, cats=(1,))
R("{A} {B} {C} 都拦截 除了 {B}", "yto", "intercept A C", cats=(1, 7))
R("三单里 {B} 别动 正常派 另外两个 {A} {C} 退回", "sto", "intercept A C", cats=(1, 7))
R("{A} 先别拦 买家说再想想", "jt", "", nh=True, cats=(1,))
R("{A} 不是要撤单 是改地址 改到财大明德楼收发室", "zto", "change_address A", cats=(1,))
R("{A} 不拦了 改成催一下 买家说还是要", "yto", "urge A", cats=(1, 2))
R("{A} 地址没错 不用改 就是催一下 买家急着用", "sto", "urge A", cats=(1,))
R("不改地址了 直接退回吧 {A}", "yunda", "intercept A", cats=(1, 2))
R("{A} 催一下 …… 哦 刷新了一下 已经到驿站了 不用了", "zto", "", cats=(1,))
R("{A} 撤单。不对 撤不了 已经被拿走了 那就让它寄吧", "yto", "", cats=(1, 2))
R("{A} 买家说不用催了 他明天自己去驿站拿", "sto", "", nh=True, cats=(1,))
R("{A} 拦截 {B} 拦截 {A} 算了不拦 买家回我了说要", "yunda", "intercept B", cats=(1, 7))
R("{A} 别拦了 买家又想要了 正常送就行", "ems", "", nh=True, cats=(1,))
R("{A} 那个退件的事不用了 直接催吧", "jt", "urge A", cats=(1, 2))
R("{A} 不用退回 不用改地址 也不用催 就问问到哪了", "zto", "track A", cats=(1,))
R("{A} 理赔不用了 买家说东西没坏 就是盒子瘪了一点", "yto", "", nh=True, cats=(1,))
R("{A} 没破 别登记了 是我看错照片了", "sto", "", nh=True, cats=(1,))
R("这四个 {A} {B} {C} {D} 除了最后一个都催一下", "zto", "urge A B C", cats=(1, 7))
R("{A} 不寄了 撤单\n{B} 还是要寄的 别撤", "yunda", "cancel A", cats=(1, 7))
R("{A} 不要拦截!! 是 {B} 要拦截 我说反了", "jt", "intercept B", cats=(1, 2))
R("{A} 买家说不要了 但是别拦 让它送过去 买家说可以转给室友", "yto", "", cats=(1,))
R("{A} 不是不要 是要改地址 买家放假了 改到 安徽省合肥市蜀山区 长江西路 130号", "zto", "change_address A", cats=(1,))
R("{A} 撤单 {B} 也撤 …… {B} 不撤了 买家付款了", "yunda", "cancel A", cats=(1, 7))
R("{A} 不要撤单 已经揽收了 改拦截", "zto", "intercept A", cats=(1, 2))

# ---------------------------------------------------------------- 2: corrections
R("{A:typo} 拦截 —— 单号打错了 是 {A}", "zto", "intercept A", cats=(2,))
R("{A} 撤单。哦不对 已经揽收了 那就拦截吧", "yto", "intercept A", cats=(2,))
R("{A} 催一下 啊不是 是 {B} 要催 {A} 已经到了", "sto", "urge B", cats=(2,))
R("{A} 退回 …… 等下 买家刚发微信说还要 那就改个地址吧 改到他家 江苏省南京市栖霞区文苑路9号", "ems",
  "change_address A", cats=(2,))
R("{A} 改址取消，还是拦截吧 买家说太麻烦了不要了", "yunda", "intercept A", cats=(2,))
R("@学长 刚才发错了 要拦的是 {B} 不是 {A}，{A} 正常送", "zto", "intercept B", nh=True, cats=(2,))
R("{A} 拦截\n更正：单号是 {B}", "yto", "intercept B", cats=(2,))
R("{A:typo} 催件\n少看了一眼 单号是{A} 不好意思", "jt", "urge A", cats=(2,))
R("{A} 撤单 不对不对 是拦截 昨天就寄出去了", "sto", "intercept A", cats=(2,))
R("{A} 拦截 —— 刚问了买家 她说改个地址就行 改到医科大东校区南苑5栋", "yunda", "change_address A", cats=(2,))
R("萌萌发的那个单号少了一位 正确的是 {A} 麻烦拦截", "jt", "intercept A", cats=(2,))
R("{A} 催件 —— 不好意思看错了 这个是查重量 我运费被扣多了", "yto", "weight A", cats=(2,))
R("{A} 拦截。还是改派吧 改到财大新校区 学生公寓11栋 楼下快递柜", "zto", "change_address A", cats=(2,))
R("{A} {B} 都催 \n哦 {B} 打错了 应该是 {C}", "sto", "urge A C", cats=(2, 7))
R("{A} 改地址 改成 师大南校区 桃李园7栋\n纠正一下 7栋改成17栋 我手滑了", "jt", "change_address A", cats=(2,))
R("{A} 退回\n不对 是 {B} 退回 {A} 是要催的", "yunda", "intercept B; urge A", cats=(2,))
R("{A} 改派 …… 不改了 还是退回吧 买家说放假之前收不到就不要了", "ems", "intercept A", cats=(2,))
R("{A} 这个查一下重量\n哦不 重量没问题 是东西破了 盒子都烂了", "zto", "damaged A", cats=(2,))
R("{A} 拦截 哦 我说错了 是撤单 还没来取件", "yto", "cancel A", cats=(2,))
R("单号发错啦 不是{A:typo} 是{A} 帮忙催一下 谢谢", "sto", "urge A", cats=(2,))
R("{A} 改到 财大 明德楼\n啊 买家又说不改了 直接退回 他不要了", "jt", "intercept A", cats=(2,))
R("{A} 地址改为 职院实训楼 —— 再更正一下 是职院图书馆旁边的驿站 实训楼那个关了", "zto", "change_address A",
  cats=(2,))

# ---------------------------------------------------------------- 3: quotes of classmates and of the bot
R(f"「萌萌：{{A}} 拦截」\n{Q}\n这个不用拦了 买家又要了", "zto", "", nh=True, cats=(3, 1))
R(f"「萌萌：{{A}} 到哪了」\n{Q}\n这单也催一下吧", "yto", "urge A", cats=(3,))
R(f"「大学城圆通客服：@小林 {{A}} 拦截已提交，结果会第一时间通知您」\n{Q}\n拦截成功了没啊 买家一直问", "yto", "",
  nh=True, cats=(3,))
R("回复 @胖虎：{A} 这个改到东校区\n学长 胖虎这单改地址 完整地址是 师大东校区 学生公寓9栋 楼下驿站", "jt", "change_address A", cats=(3,))
R("引用 周周学姐：{A} 撤单\n学姐 已经揽收了撤不了 帮忙拦截吧", "sto", "intercept A", cats=(3, 2))
R(f"「大学城中通客服：@阿杰 {{A}} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n{Q}\n撤单 {{A}}", "zto",
  "cancel A", cats=(3,))
R(f"「大学城申通客服：@佳佳 请确认：{{A}} 拦截退回？回复“确认”即办理」\n{Q}\n确认", "sto", "intercept A",
  cats=(3,))
R(f"「阿杰：{{A}} {{B}} 这俩是拦还是催？」\n{Q}\n第一个拦 第二个催", "yunda", "intercept A; urge B", cats=(3, 7))
R(f"「大学城极兔客服：@小林 {{A}} 已签收，无法拦截」\n{Q}\n那咋办啊 买家说不要了 已经签收了还能退吗", "jt", "",
  nh=True, cats=(3,))
R(f"「大学城中通客服：@萌萌 {{A}} 撤单成功」\n{Q}\n谢谢学长～", "zto", "", cats=(3,))
R(f"「大学城韵达客服：@胖虎 {{A}} 已为您催促派送，请耐心等待」\n{Q}\n还是没到啊 都两天了 再催一下", "yunda", "urge A",
  cats=(3,))
R(f"「@佳佳 {{A}} 拦截已提交，结果会第一时间通知您」\n{Q}\n不用拦了 买家刚说还是要 麻烦撤回拦截", "yto", "",
  nh=True, cats=(3, 1))
R(f"「萌萌：{{A}} 改地址 改到理工大北校区驿站」\n{Q}\n@萌萌 买家说的是南校区 不是北校区！学长改到理工大南校区驿站",
  "zto", "change_address A", cats=(3, 2))
R("“{A} 拦截退回” ← 这是我室友昨天发的 她发错了 应该是催件 麻烦改成催件", "sto", "urge A", cats=(3, 2))
R("回复 @小林：{A} 破损\n这个我看了 确实是扔坏的 再帮忙投诉一下快递员", "jt", "complaint A", cats=(3,))
R(f"「胖虎：班服那三箱 {{A}} {{B}} {{C}} 明天下午前必须到」\n{Q}\n学长 这三个都帮忙催一下", "yto",
  "urge A B C", cats=(3, 7))
R(f"「大学城邮政客服：@阿杰 {{A}} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n{Q}\n谢谢 顺便问下能赔多少",
  "ems", "", nh=True, cats=(3,))
R(f"「佳佳：{{A}} 撤单」\n{Q}\n@佳佳 这单我已经寄出去了！撤不了的 学长帮忙拦截", "zto", "intercept A",
  cats=(3, 2))
R("引用 阿杰：学长 {A} 到哪了 买家说要考试了\n学长 这个催一下 谢谢", "yunda", "urge A", cats=(3,))
R(f"「萌萌：{{A}} 拦截」\n{Q}\n这个我刚问了买家 她说不用拦 改到她学校南门驿站就行 医科大南门", "jt",
  "change_address A", cats=(3, 1))
R(f"「小林：{{A}} 退回」\n{Q}\n+1 {{B}} 也退回 同一个买家的", "zto", "intercept B", cats=(3,))
R(f"「大学城申通客服：@阿杰 {{A}} 已为您登记延误工单，结果会第一时间通知您」\n{Q}\n好 那顺便投诉一下吧 都一周了",
  "sto", "complaint A", cats=(3, 8))
R(f"「大学城中通客服：@胖虎 您的消息已转人工客服处理，请稍候」\n{Q}\n等了半小时了 {{A}} 这个到底能不能拦 能拦就拦",
  "zto", "intercept A", cats=(3,))
R("回复 @萌萌：拦截 {A}\n别别别 这是我的单 不是你的 我的买家要的 别拦", "yunda", "", nh=True, cats=(3, 1))
R(f"「学姐：{{A}} {{B}}」\n{Q}\n学姐问的这俩 第一个已经签收了 第二个帮忙查下到哪了", "jt", "track B", cats=(3, 7))
R("转发一下买家的话：“你好 我不要了 能不能退回”\n{A} 帮忙拦截退回 谢谢", "zto", "intercept A", cats=(3,))
R("买家说：“地址写错了 麻烦改到 财大新校区 明德楼 收发室”\n{A} 按买家说的改一下", "yto", "change_address A",
  cats=(3,))
R(f"「大学城韵达客服：@小林 {{A}} 拦截已提交，结果会第一时间通知您」\n{Q}\n好的 另外 {{B}} 也拦一下 一样的情况",
  "yunda", "intercept B", cats=(3, 7))
R(f"「萌萌：@佳佳 你那个 {{A}} 是不是要改地址？」\n{Q}\n不改 让它退回 买家已经退款了", "sto", "intercept A",
  cats=(3, 1))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("{A} 改地址 收件人 李同学 {PN} 地址 医科大南苑5栋 驿站", "zto", "change_address A", cats=(4,))
R("订单号 {O} 对应的快递 {A} 拦截", "yto", "intercept A", cats=(4,))
R("买家电话 {P} 一直打不通 {A} 退回吧", "sto", "intercept A", cats=(4,))
R("ISBN 9787040396638 那本高数 {A} 拦截 我发错版本了 买家要第七版", "yto", "intercept A", cats=(4,))
R("学号 2021110234 的同学买的 {A} 改到医科大东校区驿站", "jt", "change_address A", cats=(4,))
R("{A} 取件码 6-2-3015 买家说驿站找不到 哪都找不着 麻烦查一下是不是丢了", "zto", "lost A", cats=(4,))
R("{A} 催一下 买家电话 {PN} 打他电话就行 他在图书馆", "zto", "urge A", cats=(4,))
R("{A} 改地址：财大新校区 学生公寓 11栋 1204 收件人 钱多多 {PN}", "sto", "change_address A", cats=(4,))
R("{A} 买家手机号写错了 正确的是 {P} 收件地址不变 麻烦帮忙改一下", "yto", "change_address A", nh=True, cats=(4,))
R("{A} 保价500 结果台灯碎了 要赔偿", "deppon", "claim A", cats=(4,))
R("{A} 这个取件码是 12-3-4056 但是买家去驿站说没有这个件 显示签收了", "cainiao", "verify_delivery A", cats=(4,))
R("{P} 这是买家电话 单号 {A} 转寄到 理工大北校区 东门 菜鸟驿站", "yunda", "change_address A", cats=(4,))
R("QQ 2845516037 这个是买家QQ 他说 {A} 一直没到 催一下吧", "yto", "urge A", cats=(4,))
R("{A} 买家 {PN} 说签收了但是没收到", "jt", "verify_delivery A", cats=(4,))
R("{A} 买家下单时间 2024-06-11 现在都一个多礼拜了 是不是丢了", "yunda", "lost A", cats=(4,))
R("ISBN 9787302517597 这本书 {A} 寄错了 退回 买家要的是第五版", "zto", "intercept A", cats=(4,))
R("订单号 {O}\n买家说地址要改到 医科大东校区南苑3栋 单号 {A} 麻烦改一下", "yto", "change_address A", cats=(4,))
R("{A} 这个取件码 3-1-2208 好几天了买家都没去取 快递员说要退回 别退 再放两天", "jt", "", nh=True, cats=(4, 1))
R("拼多多订单 {O} 买家说压坏了 {A} 要赔 拍照了", "yunda", "claim A", cats=(4,))
R("{A} 这个快递员 {P} 打他电话不接 件也不送 投诉", "zto", "complaint A", cats=(4,))

# ---------------------------------------------------------------- 5: pinyin, English, slang, campus talk
R("lj {A}", "zto", "intercept A", cats=(5,))
R("{A} pls intercept, buyer changed mind", "jt", "intercept A", cats=(5,))
R("家人们 {A} 这个快递是不是寄丢了啊 一周了都 蚌埠住了", "zto", "lost A", cats=(5,))
R("{A} 速速拦下 (￣▽￣)", "sto", "intercept A", cats=(5,))
R("xdm {A} 这个咋还不到 急急急 催一下", "jt", "urge A", cats=(5,))
R("{A} gaizhi 改到 理工大南校区 菜鸟驿站", "zto", "change_address A", cats=(5,))
R("{A} where is it 买家问了三遍了", "sf", "track A", cats=(5,))
R("{A} 绝了 显示签收了 买家说压根没见过 核实一下签收 qwq", "sto", "verify_delivery A", cats=(5,))
R("{A} urgent!! 明天答辩要用", "sf", "urge A", cats=(5,))
R("{A} 帮忙冲一下派送 买家明天就离校了", "zto", "urge A", cats=(5,))
R("{A} cancel the order pls 买家跑了", "jd", "cancel A", cats=(5,))
R("啊啊啊啊 {A} 拦截拦截拦截", "jt", "intercept A", cats=(5,))
R("{A} 可以帮我 change address 吗 改到 师大南校区 桃李园3栋", "sto", "change_address A", cats=(5,))
R("{A} 这个件好像 gg 了 一个礼拜没动静 是不是丢了", "yunda", "lost A", cats=(5,))
R("{A} cj", "zto", "urge A", cats=(5,))
R("{A} 这个是我同学的单 帮她查下到哪了 thx", "yto", "track A", cats=(5,))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下", "jt", "urge A", cats=(6,))
R("{A:nl}\n到哪了", "zto", "track A", cats=(6,))
R("{A:sp} 改地址 改到 医科大东校区 南苑5栋", "ems", "change_address A", cats=(6,), draw="ems_s10")
R("{A:fw} 拦截 买家不要了", "sto", "intercept A", cats=(6,))
R("{A:lc} 退回 谢谢", "jt", "intercept A", cats=(6,))
R("学长 {A:nl} 撤单 买家不要了", "yunda", "cancel A", cf=True, cats=(6,))
R("{A:sp} 这个显示签收了 买家没收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A:nl} 改到 理工大北校区 菜鸟驿站", "zto", "change_address A", cf=True, cats=(6,))
R("{A:nl} 破损 买家拍照了", "sto", "damaged A", cats=(6,))
R("{A:sp} 这个件丢了吗 半个月了", "ems", "lost A", cats=(6,), draw="ems_s10")
R("{A:dash} 拦截 {B} 催件", "jt", "intercept A; urge B", cats=(6, 7))

# ---------------------------------------------------------------- 7: several parcels, positions, rows
R("{A}\n{B}\n{C}\n第一个拦截 后两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} 拦截\n{B} 催件\n{C} 改地址 改到理工大北校区驿站", "yto", "intercept A; urge B; change_address C", cats=(7,))
R("{A}\t拦截\t买家退款\n{B}\t改址\t师大南校区 桃李园3栋\n{C}\t催件\t", "sto",
  "intercept A; change_address B; urge C", cats=(7,))
R("{A}\n{B}\n上面两个拦截 都是发错货的", "jt", "intercept A B", cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n以上全部退回 买家们都放假回家了", "zto", "intercept A B C D", cats=(7,))
R("{A}\n{B}\n{C}\n中间那个拦截 其他两个催", "yunda", "intercept B; urge A C", cats=(7,))
R("{A} 撤单 {B} 撤单 {C} 撤单 三个都是同一个买家 他全不要了", "sto", "cancel A B C", cats=(7,))
R("{A} 到哪了\n{B} 显示签收没收到\n{C} 破了", "zto", "track A; verify_delivery B; damaged C", cats=(7,))
R("{A} {B} 这两个 一个拦截一个催 我忘了哪个是哪个了 等我看看", "jt", "", nh=True, cats=(7,))
R("1. {A} 拦截\n2. {B} 拦截\n3. {C} 改地址 财大明德楼收发室", "yto", "intercept A B; change_address C", cats=(7,))
R("今天的几个问题件：\n{A} 买家不要了 退回\n{B} 三天没动了 催\n{C} 买家说少了一本书", "yunda",
  "intercept A; urge B; lost C", cats=(7,))
R("{A}、{B}、{C} 这三个都是寄到师大南校区的 宿舍楼封了 全部改到 师大南校区东门驿站", "sto",
  "change_address A B C", cats=(7,))
R("{A} {B}\n第二个拦截 第一个不用管", "jt", "intercept B", cats=(7, 1))
R("单号\t操作\n{A}\t拦截\n{B}\t拦截\n{C}\t催件", "zto", "intercept A B; urge C", cats=(7,))
R("这几个都帮忙查一下到哪了\n{A}\n{B}\n{C}", "sto", "track A B C", cats=(7,))
R("{A} {B} {C} {D} 这四单 前三个都是寄财大的 全部催一下 最后一个拦截", "yunda", "urge A B C; intercept D",
  cats=(7,))
R("{A} 和 {B} 都显示签收了 两个买家都说没收到 是不是驿站搞错了", "zto", "verify_delivery A B", cats=(7,))
R("①{A}\n②{B}\n③{C}\n②拦截 其他正常", "yto", "intercept B", cats=(7, 1))
R("{A}（拦截）{B}（催件）{C}（查重量）", "zto", "intercept A; urge B; weight C", cats=(7,))
R("今天要拦截的：\n{A}\n{B}\n今天要催的：\n{C}", "yunda", "intercept A B; urge C", cats=(7,))
R("帮忙看下 {A} {B} 哪个先到 买家两单都急", "zto", "track A B", cats=(7,))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 破了 快递员态度还很差 投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 压坏了 要赔偿 还要投诉那个快递员 扔件扔的", "yto", "claim A; complaint A", cats=(8,))
R("{A} 拦截 然后投诉 派件员把我件扔在雨里 书全湿了", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 买家要投诉", "jt", "delay A; complaint A", cats=(8,))
R("{A} 快点送 买家已经投诉我了", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 超重了吧 查下重量 另外 {B} 催一下", "zto", "weight A; urge B", cats=(8, 7))
R("{A} 丢了 要赔 还要投诉 驿站说我的件早就送到了 结果没有", "yto", "claim A; complaint A", cats=(8,))
R("{A} 一周没动了 催一下 顺便投诉 这都第三次了", "sto", "urge A; complaint A", cats=(8,))
R("{A} 催一下 再核一下重量 收费太离谱了", "jt", "urge A; weight A", cats=(8,))
R("{A} 破损 理赔 投诉 三个都要", "zto", "claim A; complaint A", cats=(8,))
R("{A} 显示签收但是没收到 快递员电话也不接 投诉他", "yunda", "verify_delivery A; complaint A", cats=(8,))
R("{A} 延误了五天 买家退款了 要求赔偿", "yto", "claim A", cats=(8,))
R("{A} 漏油了 辣油把同一车别人的快递都弄脏了 驿站说要我赔 明明是你们运输挤破的 登记破损", "sto",
  "damaged A", cats=(8,))
R("{A} 拦截退回 另外申请仲裁 平台判我的责任不对", "jt", "intercept A; arbitration A", cats=(8,))
R("{A} 少件 里面本来三件T恤只剩两件 要赔", "yunda", "claim A", cats=(8,))

# ---------------------------------------------------------------- 0/1: hedges (confirm) and conditions
R("{A} 要不拦截吧 买家好像不太想要了", "zto", "intercept A", cf=True)
R("{A} 可能要退回 我再问问买家", "yto", "intercept A", cf=True)
R("{A} 好像得改个地址 买家说可能寒假不在学校 改到 东门驿站 吧", "sto", "change_address A", cf=True)
R("看看 {A} 能不能撤单", "jt", "cancel A", cf=True)
R("{A} 先拦着吧？我再问问客户", "yunda", "intercept A", cf=True)
R("{A} 如果还没到师大那边就拦截", "zto", "intercept A")
R("{A} 要是还没派送就改到东门驿站 理工大东门那个", "yto", "change_address A")
R("帮我问问 {A} 能拦截不 能拦的话就拦 不能拦就算了", "sto", "intercept A")
R("{A} 我也不知道要不要拦 买家一会说要一会说不要 要不先拦了？", "jt", "intercept A", cf=True)
R("{A} 感觉还是退回比较好 你们看呢", "zto", "intercept A", cf=True)
R("{A} 如果明天中午前还到不了就退回 买家那时候已经离校了", "yto", "intercept A")
R("{A} 可能需要改个地址 我等买家回复 大概是医科大东校区南苑3栋", "ems", "change_address A", cf=True)
R("{A} 暂时不用拦 但是如果到了周五还没签收的话 就退回来", "sto", "intercept A")

# ---------------------------------------------------------------- mixed everyday: stories, greetings, order
R("学长好呀 我是小鹿手作的小林 今天有个买家说寄错款了 她要的是樱桃耳环我发成草莓的了 {A} 麻烦拦截一下 谢谢！", "zto",
  "intercept A")
R("不好意思又是我 {A} 这个买家考研去了手机关机 驿站放了一周了 快递员说要退回 那就退回吧", "yto", "intercept A")
R("今天发的二十多单里有一单写错了楼号 {A} 应该是桃李园17栋 写成7栋了 麻烦改一下", "sto", "change_address A",
  cats=(2,))
R("室友帮我打的面单 把买家名字写错了 {A} 收件人改为 赵一鸣", "jt", "change_address A", nh=True)
R("我刚从图书馆出来才看到消息 {A} 这个买家昨晚就说不要了 还能拦吗", "yunda", "intercept A")
R("{A}\n这个寄医科大的 买家说她们宿舍楼因为疫情演练封了两天 能不能先别派 直接改到医科大南门驿站", "ems",
  "change_address A", cats=(1,))
R("晚上好 {A} 这单的买家是财大大一的 军训期间收不了 麻烦改派到 财大新校区 军训基地门岗", "yto", "change_address A")
R("我的天 {A} 买家说收到的卤味是坏的 酸了 包装袋也鼓起来了", "jt", "damaged A")
R("今天早上寄的 {A} 显示已经揽收了吗 我想确认一下", "yto", "track A")
R("{A} 这单是四六级的耳机 买家周六考试 周五之前一定要到啊 麻烦加急", "jt", "urge A")
R("{A} 这个是寄到老校区的 老校区驿站搬了 快递员会送到新的地方吗", "zto", "track A")
R("我把 {A} 的重量填错了 写了10kg 实际就1kg 会多收钱吗 能帮我核一下重量吗", "sto", "weight A")
R("今天驿站爆仓了吗 {A} 买家说去了两次驿站都没找到 帮忙查下到底在哪", "cainiao", "track A")
R("我是财大旧书铺的阿杰 {A} 这个件一直显示派送中 三天了 买家说没人送", "zto", "delay A")
R("各位学长 {A} 买家要求改地址 新地址：广东省深圳市南山区 科技园 粤海街道 高新南一道 6号 收件人 林同学", "sf",
  "change_address A")
R("{A} 买家收到的牛轧糖化了粘成一坨 包装倒是没破 算不算破损啊", "sto", "damaged A")
R("{A} 这个件我寄出去一周了 物流一直停在上海 我感觉是丢了", "jt", "lost A")
R("{A} 收件人改成 王思琪 电话 {PN} 地址改为 师大南校区 桃李园12栋 305", "zto", "change_address A", cats=(4,))
R("昨天那个破损的 {A} 买家说算了不要赔了 她自己粘好了", "zto", "", nh=True, cats=(1,))
R("学长 {A} 这个件买家说驿站通知她取件 但是取件码不对 取不出来", "cainiao", "", nh=True)
R("第一次用这个群 不知道怎么操作 {A} 想退回 是直接发单号就行吗", "zto", "intercept A")
R("{A} 我发的时候称了是 0.8kg 怎么系统里是 2kg 麻烦核一下", "jt", "weight A", cats=(4,))
R("{A} 派送员打电话给买家说放门卫了 门卫说没有 买家到现在没拿到", "sto", "verify_delivery A")
R("买家说收到的 T 恤印花掉色 这个不归你们管吧 {A}", "zto", "", nh=True)
R("{A} 能帮我开一下运费发票吗 社团报销要用", "yto", "", nh=True)
R("{A} 能帮我补打一张面单吗 顺便看下到哪了", "jt", "track A", nh=True)
R("{A} 这个退回来以后放哪 我放假回家了 能寄存在站点吗", "sto", "", nh=True)

# ---------------------------------------------------------------- hard: commands mentioned, not asked
R("上次拦截的那票 {A} 现在到哪了", "zto", "track A")
R("之前改地址的 {A} 买家收到了 谢谢学长！", "yto", "")
R("拦截？不存在的 {A} 买家已经收到了还给了好评哈哈", "jt", "")
R("{A} 客户说签收了 东西没问题 谢谢", "yunda", "")
R("破损的那单 {A} 理赔到账了 谢谢学长", "zto", "")
R("我室友说她那单 {A} 被拦截了？？ 我没让拦啊 正常派送就行", "yto", "", nh=True)
R("{A} 退回的钱什么时候能到 买家也在催", "sto", "", nh=True)
R("{A} 买家申请退款了 但是他又说东西还想要 我就不拦了 让他收着", "jt", "")
R("学长 {A} 不是我拦截的吧 怎么显示退回了", "zto", "", nh=True)
R("{A} 不着急 慢慢送 买家放假了下个月才回学校", "yunda", "")
R("{A} 撤单成功了 谢谢 我重新下单了", "sto", "")
R("每次拦截都要等好久 {A} 这单我就不申请拦截了 让买家直接拒收吧", "zto", "")
R("买家问能不能改地址 我说到了学校再说 {A} 先正常送", "jt", "")
R("{A} 之前投诉过一次了 这次又是同一个快递员 再投诉一次", "sto", "complaint A")
R("{A} 上次催了没用 还是没到 再催", "yunda", "urge A")
R("我已经在小程序上拦截了 {A} 不用你们再操作了 就跟你们说一声", "zto", "")
R("{A} 买家自己在APP上改好地址了 跟你们说一声", "yto", "")
R("为啥我拦截的件都退不回来 {A} 这个到底拦没拦住", "jt", "", nh=True)
R("{A} 我朋友说你们这拦截特别快 所以也想问问 这单还能拦吗", "sto", "intercept A")
R("以前寄的都没问题 {A} 这次是怎么了 显示签收我没收到啊 我自己买的东西", "zto", "verify_delivery A")
R("买家截图给我 快递员跟他说“你要投诉就去投诉” 太离谱了 {A} 学长先帮忙看下到哪了", "yto", "track A", cats=(3,))
R("{A} 买家跟我说如果再不到就要投诉我 帮忙催一下", "yunda", "urge A")
R("{A} 这个不是丢了 是我看错单号了 已经到了 不好意思", "jt", "", nh=True, cats=(1,))
R("有个买家问我 “你们发的圆通能拦截吗” 我说能 一会他决定了再发单号", "yto", "")
R("{A} 理赔要提供什么材料 买家手上只有照片", "zto", "", nh=True)
R("{A} 显示拦截成功 但是物流还在往前走？？", "sto", "", nh=True)

# ---------------------------------------------------------------- hard: classmates correcting each other
R("@萌萌 你发的那个 {A} 不是拦截 是催 买家是要的\n学长 {A} 催一下 不拦", "zto", "urge A", cats=(2, 1))
R("我替佳佳说一下 她刚才发的 {A} 改地址的那条作废 地址买家没改", "yto", "", nh=True, cats=(1,))
R("{A} 胖虎让我帮他发的 拦截 —— 胖虎刚在群里说错了 不拦 是 {B} 拦截", "jt", "intercept B", cats=(2,))
R("阿杰 你别乱发 {A} 这单我的 已经改好地址了\n学长 {A} 不用再改了 谢谢", "sto", "", nh=True, cats=(1,))
R("佳佳刚才说 {A} 退回 —— 别退 我问了买家 她周一回学校 学长改成催件吧", "yunda", "urge A", cats=(2,))
R("刚才那个 {A} 是我室友发的 她搞错了 这单不用撤 正常寄", "zto", "", nh=True, cats=(1,))
R("@小林 {A} 这个单号是你的吗 你要拦截的是不是这个？", "yto", "")
R("我和室友一起发的货 她的 {A} 要拦截 我的 {B} 正常", "jt", "intercept A", cats=(1, 7))
R("@阿杰 这单 {A} 已经签收了 别拦了 拦不了的\n学长 不好意思 阿杰刚才说的拦截 {A} 不用管了", "sto", "", nh=True,
  cats=(1,))
R("{A} 拦截（萌萌代发 佳佳让的）", "zto", "intercept A")
R("周周学姐的号没网 我帮她发一下：{A} 改地址 改到 河北省石家庄市长安区 中山东路 39号 学姐家", "deppon",
  "change_address A")
R("帮同学问一下 {A} 这个件怎么一直在派送中 他在上课没空看手机", "yto", "track A")
R("学长 我同学 {A} 让我帮他催一下 他手机没电了", "zto", "urge A")
R("小林说 {A} 破了 我看了照片 确实压坏了 她要理赔", "jt", "claim A")
R("{A} 室友说直接退回 我觉得还是改到买家家里吧 地址：浙江省宁波市鄞州区 天童南路 588号 就这样 改地址",
  "zto", "change_address A", cats=(2,))
R("胖虎学长说班服那个 {A} 先别发 我看了下已经揽收了 那就拦截吧", "yto", "intercept A", cats=(2,))
R("@萌萌 {A} 你写成 {B} 了\n学长 要催的是 {A}", "jt", "urge A", nh=True, cats=(2,))

# ---------------------------------------------------------------- more hard: quotes and replies with questions
R(f"「大学城圆通客服：@小林 {{A}} 拦截已提交，结果会第一时间通知您」\n{Q}\n好的 这个退回来以后能直接改发另一个地址吗",
  "yto", "", nh=True, cats=(3,))
R(f"「萌萌：{{A}} {{B}} {{C}} 都拦截」\n{Q}\n{{B}} 不用拦 买家没退款", "sto", "", nh=True, cats=(3, 1))
R(f"「萌萌：{{A}} {{B}} {{C}}」\n{Q}\n这三个 前两个拦截 最后一个催一下", "zto", "intercept A B; urge C", cats=(3, 7))
R(f"「大学城中通客服：@佳佳 {{A}} 已为您催促派送，请耐心等待」\n{Q}\n不用催了 买家说不要了 直接退回", "zto",
  "intercept A", cats=(3, 2))
R(f"「大学城极兔客服：@阿杰 {{A}} 改址已提交，结果会第一时间通知您」\n{Q}\n地址写错了 不是 7栋 是 17栋 师大南校区 桃李园17栋",
  "jt", "change_address A", cats=(3, 2))
R("回复 @萌萌：{A} 到哪了\n我也想知道 这单买家问了好几次 学长查一下", "yunda", "track A", cats=(3,))
R(f"「胖虎：这单 {{A}} 延误好几天了」\n{Q}\n学长 这单还能催吗 能的话催一下", "yto", "urge A", cats=(3,))
R(f"「小林：{{A}} 拦截退回」\n{Q}\n@小林 你这个已经签收了吧 拦不了了", "zto", "", cats=(3,))
R(f"「大学城申通客服：@周周 {{A}} 已签收，无法拦截」\n{Q}\n好吧 那我跟买家商量一下", "sto", "", cats=(3,))
R(f"「佳佳：{{A}} 破损」\n{Q}\n同一批的 {{B}} 也破了", "yunda", "damaged B", cats=(3, 7))
R(f"「萌萌：学长 拦截要多久啊」\n{Q}\n同问 {{A}} 拦了两天了还没退回", "zto", "", nh=True, cats=(3,))
R(f"「阿杰：{{A}} 改地址到医科大南苑」\n{Q}\n@阿杰 南苑几栋啊 你不写楼号快递员送不了", "jt", "", cats=(3,))
R(f"「大学城韵达客服：@胖虎 {{A}} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n{Q}\n那就撤吧", "yunda",
  "cancel A", cats=(3,))
R(f"「小林：{{A}} 改到理工大北校区驿站」\n{Q}\n@小林 北校区驿站这周装修 不收件 改到北校区丰巢吧\n学长 改到理工大北校区 丰巢快递柜",
  "yto", "change_address A", cats=(3, 2))

# ---------------------------------------------------------------- more ordinary: every intent, other carriers
R("{A} 买家拒收了 你们退回吧 运费我出", "sto", "intercept A")
R("{A} 这单取消 买家同城 我直接骑车给他送过去了", "jt", "cancel A")
R("{A} 加急加急 周一开学典礼要穿的班服", "yunda", "urge A")
R("{A}\n{B}", "jt", "track A B", cats=(7,))
R("{A} 显示放丰巢了 但是买家没收到取件短信 柜子里也没有", "jt", "verify_delivery A")
R("{A} 收到的时候箱子湿透了 书都泡了", "yto", "damaged A")
R("{A} 客诉 买家说快递员让她自己下楼拿 还骂人", "sto", "complaint A")

# ---------------------------------------------------------------- multi-carrier group (快递超市 联合群), prefixed numbers
R("{A} 拦截", None, "intercept A", draw="yto")
R("{A} 这个是顺丰的 改到理工大北校区东门丰巢", None, "change_address A", draw="sf")
R("{A} 京东的 到哪了", None, "track A", draw="jd")
R("{A} 圆通 {B} 极兔 都退回", None, "intercept A B", draw={"A": "yto", "B": "jt"}, cats=(7,))
R("{A} 邮政的国际件 买家在国外读书 查一下到哪了", None, "track A", draw="ems_s10")
R("{A} 撤单 {B} 改地址 财大新校区 明德楼", None, "cancel A; change_address B", draw={"A": "jd", "B": "yto"},
  cats=(7,))
R("{A:lc} 拦截 谢谢", None, "intercept A", draw="jt", cats=(6,))
R("{A} {B} {C} 三个不同快递的 都是寄师大的 宿舍楼封了 全部退回", None, "intercept A B C",
  draw={"A": "yto", "B": "jt", "C": "sf"}, cats=(7,))
R("{A} 这个破了 {B} 这个丢了", None, "damaged A; lost B", draw={"A": "yto", "B": "deppon"}, cats=(7,))

# ---------------------------------------------------------------- more hard: scoped negation, withdrawals, rules
R("{A} {B} 两个都是寄财大的 {A} 拦截 {B} 别拦 那个买家还要", "zto", "intercept A", cats=(1, 7))
R("{A} 不是丢了 是延误 买家着急 帮催一下", "yto", "urge A", cats=(1,))
R("{A} 不用改地址 买家说她回学校了 就送原地址", "sto", "", nh=True, cats=(1,))
R("{A} 我不是要投诉 就是想问问到哪了", "jt", "track A", cats=(1,))
R("{A} 没有破损 买家说的是颜色不对 不关快递的事 谢谢", "yunda", "", cats=(1,))
R("别撤单 {A} 买家又付款了 刚才说的不算", "zto", "", nh=True, cats=(1,))
R("{A} 拦截\n{A} 不拦了 买家刚说要", "yto", "", cats=(1,))
R("{A} 先不催 等明天看看 明天还不到再说", "sto", "", cats=(1,))
R("{A} 不退了 不退了 买家说送过来吧 麻烦了", "jt", "", nh=True, cats=(1,))
R("{A} 不是拦截 是撤单 还没揽收呢", "yunda", "cancel A", cats=(1, 2))
R("{A} 没人让你们退回啊 怎么就退回了 我要投诉", "zto", "complaint A", cats=(1,))
R("{A} {B} {C}\n除了第一个 全拦", "yto", "intercept B C", cats=(1, 7))
R("{A} 这个件不要退回 不要退回 不要退回 买家要的 赶紧送", "sto", "urge A", cats=(1,))
R("{A} 不用拦截 也不用撤单 我就问一下 拦截的话运费怎么算", "jt", "", nh=True, cats=(1,))
R("{A} 暂时不理赔 先登记破损 等买家把照片发过来", "zto", "damaged A", cats=(1,))
R("{A} 别改了 买家又说原地址也可以 还是送宿舍吧", "yunda", "", nh=True, cats=(1,))
R("{A} 不撤单了 今天就寄 快递员快来取吧", "yto", "", nh=True, cats=(1,))
R("{A} 退回 {B} 不退 {C} 退回", "zto", "intercept A C", cats=(1, 7))
R("{A} 不着急拦 先催一下看看能不能赶在他离校前送到", "sto", "urge A", cats=(1,))

# ---------------------------------------------------------------- more numbers that are not waybills
R("{A} 改地址 收件人 张同学 手机 {PN} 地址 理工大北校区 8栋 612", "zto", "change_address A", cats=(4,))
R("学号 2022104518 是买家的学号 不是单号哈 单号是 {A} 麻烦催一下", "yto", "urge A", cats=(4,))
R("{A} 运费 9.9 买家付了 23 块 我多收买家的了 这个不是你们的事 就问问到哪了", "sto", "track A", cats=(4,))
R("买家 {PN} 说 {A} 显示签收 但是本人没收到", "jt", "verify_delivery A", cats=(4,))
R("订单号 {O} 单号 {A} 订单号 {O2} 单号 {B} 这两个都拦截", "yunda", "intercept A B", cats=(4, 7))
R("{A} 取件码 8-4-6021 买家说取件码是别人的件 不是她的 她的东西没收到", "zto", "verify_delivery A", cats=(4,))
R("{A} 这个订单实付 45.8 元 运费 8 元 压坏了要赔", "sto", "claim A", cats=(4,))
R("{PN} 这是我电话 {A} 有问题打我 帮忙拦截", "jt", "intercept A", cats=(4,))
R("{A} 买家新手机号 {PN} 旧的停机了 地址还是原来的", "zto", "change_address A", nh=True, cats=(4,))
R("闲鱼订单 {O} 已经退款 对应快递 {A} 已经揽收 帮忙拦截", "yunda", "intercept A", cats=(4,))
R("ISBN 9787111544937 这是买家要的书号 我发的 {A} 书号不对 退回", "sto", "intercept A", cats=(4,))
R("{A} 取件码 5-3-1190 一直没人取 已经放了 7 天 买家寒假回家了 帮忙退回", "cainiao", "intercept A", cats=(4,))
R("{O} 这是订单号 不是快递单号 快递单号是 {A} 催件", "zto", "urge A", cats=(4,))

# ---------------------------------------------------------------- more broken numbers
R("{A:nl}\n退回 买家拒收", "jt", "intercept A", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n这两个都催一下", "yto", "urge A B", cats=(6, 7))
R("{A:nl} 转寄到 医科大东校区南苑3栋", "ems", "change_address A", cf=True, cats=(6,))
R("{A:dash} 改派到 理工大北校区东门驿站", "sto", "change_address A", cats=(6,))
R("{A:nl} 显示签收 没收到", "yto", "verify_delivery A", cats=(6,))

# ---------------------------------------------------------------- more several parcels
R("{A} 拦截\n{B} 拦截\n{C} 拦截\n都是寄师大南校区的 楼封了", "zto", "intercept A B C", cats=(7,))
R("{A} 第一个\n{B} 第二个\n{C} 第三个\n一三拦截 二催件", "yto", "intercept A C; urge B", cats=(7,))
R("今天的：\n拦截 {A}\n改址 {B} 医科大南苑5栋\n催件 {C}\n查件 {D}", "sto",
  "intercept A; change_address B; urge C; track D", cats=(7,))
R("{A} 破了 {B} 没破 {C} 破了", "zto", "damaged A C", cats=(7, 1))
R("{A}\t师大南校区 桃李园7栋\t改址\n{B}\t\t拦截", "yunda", "change_address A; intercept B", cats=(7,))
R("{A}\n{B}\n{C}\n这三个都是同一个买家的 最后一个拦截 另外两个正常送", "yto", "intercept C", cats=(7, 1))
R("{A} {B} 这两单催一下 {C} 这个不用催 已经到了", "sto", "urge A B", cats=(7, 1))
R("上午发的 {A} {B} 都是寄到职院的 帮忙催 下午发的 {C} 拦截", "jt", "urge A B; intercept C", cats=(7,))
R("{A} 拦截 {B} 改地址 改到财大新校区明德楼 {C} 撤单", "zto", "intercept A; change_address B; cancel C", cats=(7,))
R("{A} {B}\n这俩都显示签收了 其实都没收到", "yunda", "verify_delivery A B", cats=(7,))

# ---------------------------------------------------------------- more compound
R("{A} 东西碎了 快递员还说是我包装问题 投诉 要赔", "zto", "claim A; complaint A", cats=(8,))
R("{A} 超重 核一下 然后这个派件员也太慢了 投诉", "yto", "weight A; complaint A", cats=(8,))
R("{A} 丢了 要赔偿 另外 {B} 拦截", "sto", "claim A; intercept B", cats=(8, 7))
R("{A} 破损了 先登记 买家说要投诉", "jt", "damaged A; complaint A", cats=(8,))
R("{A} 延误 加 投诉", "yunda", "delay A; complaint A", cats=(8,))
R("{A} 压坏了 理赔 仲裁 平台已经判了", "zto", "claim A; arbitration A", cats=(8,))
R("{A} 催件 顺便核实一下重量 6块钱的东西运费收了15", "yto", "urge A; weight A", cats=(8, 4))

# ---------------------------------------------------------------- more hard: corrections of command and number
R("{A:typo} 撤单\n不对 是{A}", "sto", "cancel A", cats=(2,))
R("{A} 改地址 医科大南苑5栋 —— 不好意思 发错单号了 是 {B}", "jt", "change_address B", cats=(2,))
R("{A} 拦截 {B} 催件 —— 反了反了 {A} 催件 {B} 拦截", "zto", "urge A; intercept B", cats=(2, 7))
R("{A} 查重量\n不是重量 是破损 我打错了", "yto", "damaged A", cats=(2,))
R("{A} 拦截 哦 买家说改地址就行 地址我问问再发", "sto", "change_address A", nh=True, cats=(2,))
R("{A} 转寄到 南京市江宁区 弘景大道 99号\n不对 是 弘景大道 89号", "yunda", "change_address A", cats=(2,))
R("{A} 撤单 —— 等等我看下 已经揽收了？那拦截", "zto", "intercept A", cats=(2,))
R("{A} 催件\n{B} 催件\n第二个打错了 应该是 {C}", "jt", "urge A C", cats=(2, 7))
R("{A} 丢件 —— 找到了找到了 在驿站最上面一层 没丢", "sto", "", cats=(2, 1))
R("{A} 投诉快递员 —— 算了 快递员刚给买家打电话道歉了 不投诉了 催一下就行", "yto", "urge A", cats=(2, 1))

# ---------------------------------------------------------------- ordinary: end of term, holidays, graduation
R("放寒假了 {A} 买家说家里地址是 山东省潍坊市奎文区 东风东街 366号 麻烦转寄过去", "zto", "change_address A")
R("{A} 这是考研资料 买家考完试了说不要了 退回吧 好心塞", "yto", "intercept A")
R("{A} 买家说他下周才回学校 能不能先放站点 别退", "jt", "", nh=True)
R("学长 明天元旦放假 {A} 还能送吗 买家说他今晚就走", "yto", "track A")
R("{A} 买家毕业了 留的是单位地址 单位说查无此人 退回", "sto", "intercept A")
R("期末考完了终于有空处理售后了 {A} 这个买家说显示签收没收到 两周前的事了", "yto", "verify_delivery A")
R("{A} 寄回家的被子和书 德邦说超重 帮我核一下 我在宿舍称过是 22 公斤", "deppon", "weight A", cats=(4,))
R("{A} 买家去实习了 公司地址：北京市海淀区 中关村大街 27号 中关村大厦 12层 前台 麻烦改过去", "sf",
  "change_address A")
R("{A} 买家说学校封校了 快递进不去 先退回吧 开学再发", "jt", "intercept A")
R("国庆放假七天 {A} 买家说回家了没人收 改到他家 安徽省芜湖市镜湖区 北京中路 8号", "yto", "change_address A")
R("{A} 买家说收到的辣条过期了 这个跟快递没关系吧 就是问问", "zto", "", nh=True)

# ---------------------------------------------------------------- more chit-chat and questions
R("有没有人一起拼单寄回家 德邦那边说满 50 公斤有优惠", "deppon", "", cats=(4,))
R("今天收件的小哥几点到呀 我这有十几箱书", "zto", "")
R("学长我是新来的 以后有问题件就发这个群对吧", "yto", "")
R("放假期间拦截还能正常处理吗", "yunda", "", nh=True)
R("哈哈 太感谢了 买家收到了说包装很用心", "cainiao", "")
R("请问寄到西藏的件你们收吗 买家是援藏的学长", "ems", "")

W.main()
