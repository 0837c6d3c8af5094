"""Writer bt: a custom printing and engraved-gift studio (墨刻定制工作室, 苍南龙港 印刷城, with a laser-engraving
room in 义乌) and its customer-service girls.

Casting note. The studio prints banners (横幅), silk pennants (锦旗), business cards (名片), roll-up stands (易拉宝),
KT boards, stickers and staff badges, and engraves cups, thermos flasks, lighters, pens, bangles, crystal trophies
and medals; it sells on Taobao, Pinduoduo and Douyin and ships by ZTO, YTO, Yunda, J&T, STO, SF, EMS, JD and Deppon
from the outlets of 龙港 and 义乌. The owner 郑姐 rarely writes; the printing master 老林 and the engraver 阿凯 are
quoted when they find a mistake; 小胡 packs and hands parcels to the couriers. The customer-service girls 小满, 阿柚,
糖糖 and 七七 write in the outlets' WeCom and DingTalk groups all day: friendly and quick (亲, 哈, 呀, ~, 🙏, 😭,
辛苦啦), a story of what went wrong before or after the request, and the trade's own numbers beside the waybills:
proof numbers (稿号 G1206-07), print-job numbers (印单 LG2412-118), platform order numbers, quantities (200张, 3×0.7米),
prices and amounts, and phone numbers printed on the cards themselves. The customer's custom text is quoted in
「」 or “”, and it often holds the carriers' own words (刻字「一路顺风 永不退回」, a pennant「公正仲裁 为民解忧」,
a banner「零破损 零丢件 零延误」), which ask for nothing. Deadlines are events: weddings, openings, annual
parties, graduations, exhibitions. Mistakes are the studio's daily bread: a wrong character engraved, the first
proof printed instead of the final one, two customers' parcels labelled the other way round; then the old parcel
is stopped, the job reprinted (重印) or re-engraved (重刻) and re-sent (补寄), and old and new waybills both appear
in one message. The girls quote each other, the bot's replies, and the customers' words; they change their minds
when 老林 or the customer says otherwise.
"""

from harness import Writer

W = Writer("bt", seed=4194301)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("{A} 麻烦拦截退回 谢谢~ 客户说刻字刻错了", "zto", "intercept A")
R("亲 {A} 这个打火机帮忙拦一下哈，我们刻错名字了😭 要重刻", "yto", "intercept A")
R("{A} 拦截退回龙港 横幅尺寸做错了 客户要3米的 我们做成了5米", "yunda", "intercept A")
R("你好 {A} 帮忙截回来 名片上公司名少了个字", "jt", "intercept A")
R("拦截 {A}", "sto", "intercept A")
R("{A} 退回 客户退款了", "zto", "intercept A")
R("{A} 这个件别派了 退回发件人 稿子用错了 用成了第一版", "yto", "intercept A")
R("麻烦 {A} 拦回来一下🙏 客户说婚礼取消了 杯子不要了", "sf", "intercept A")
R("{A} 锦旗拦截 字印错了 「妙手回春」印成了「妙手回村」 要重印", "jt", "intercept A", cats=(3,))
R("郑姐让我发的：{A} 退件 原因 logo颜色偏了 客户不收", "zto", "intercept A")
R("{A}\n{B}\n这两个都拦截 是同一个客户的工牌 名字全错了", "yunda", "intercept A B", cats=(7,))
R("{A} 拦截，{B} 拦截，{C} 拦截。同一批易拉宝 支架都是坏的", "zto", "intercept A B C", cats=(7,))
R("你好～{A} 客户拒收了 退回吧 谢谢", "ems", "intercept A")
R("{A} 这单帮忙拦截退回哈 订单号 {O} 客户申请退款了", "yto", "intercept A", cats=(4,))
R("{A} 帮我拦下！！发错人了 这是王女士的保温杯 寄给了王先生", "jt", "intercept A")
R("亲亲 {A} 截件 退回我们工作室 谢谢啦", "zto", "intercept A")
R("{A} 拦截退回，客户说名片纸太薄了 要换 300g 的重印", "yto", "intercept A")
R("帮忙把 {A} 拦回来 里面少装了一个刻字钢笔 我们重新发一整套", "yunda", "intercept A")
R("{A} 刚发出去的 麻烦拦截 小胡把两个客户的货装反了", "sto", "intercept A")
R("{A} 退回 退回 客户说横幅颜色要大红不要玫红", "zto", "intercept A")
R("老师好 {A} 这个奖杯拦截一下 底座上的年份刻成 2023 了", "sf", "intercept A")
R("{A} 拦截 谢谢", "jd", "intercept A")
R("{A} 德邦的 KT板 10块 拦截退回 展会取消了", "deppon", "intercept A")
R("这个 {A} 麻烦截一下 地址写成我们自己的了 等于寄给自己😂 直接退回就行", "jt", "intercept A")
R("{A} 拦截退回。印单 LG2412-093，客户稿子最后一版没发给我们，印的是旧稿", "yto", "intercept A", cats=(4,))
R("{A} 别派了 退回来 客户那边公司倒闭了 电话也打不通", "zto", "intercept A")
R("{A} {B}\n两个都是周六婚礼的喜字横幅 婚礼取消了 帮忙都拦回来吧", "yunda", "intercept A B", cats=(7,))
R("亲 {A} 拦一下下 杯子刻的是「张伟」 客户叫「张玮」 王字旁的", "jt", "intercept A", cats=(3,))
R("{A} 拦截！客户说字体太丑 宋体不要 要楷体 我们重刻", "yto", "intercept A")
R("{A} 退回龙港 印刷城 墨刻定制 收", "zto", "intercept A")

# cancel
R("{A} 撤单 快递员还没来收 客户改了刻字内容 我们重新做", "zto", "cancel A")
R("{A} 取消寄件哈 这单合并到明天一起发", "yto", "cancel A")
R("亲 {A} 作废一下 面单打错了 我重新下一个", "yunda", "cancel A")
R("{A} {B} 不寄了 撤单 都是客户改稿的", "jt", "cancel A B")
R("麻烦撤一下单 {A} 还在我们店里没揽收", "sto", "cancel A")
R("{A} 取消订单 打样还没确认就打了面单 还没揽收 谢谢", "ems", "cancel A")
R("撤单：{A}\n撤单：{B}\n撤单：{C}", "yunda", "cancel A B C", cats=(7,))
R("{A} 这个面单作废 收件地址填成了我们自己的😂 还没交给师傅", "jt", "cancel A")
R("师傅还没来拿件吧？{A} 撤销 不发了 客户说婚期改到明年了", "yto", "cancel A")
R("{A} 取消寄件，横幅还在晾 墨没干 明天重新下单", "zto", "cancel A")
R("你好 麻烦帮忙取消 {A} 重复下单了 同一个杯子下了两个单", "sf", "cancel A")
R("{A} 作废 作废 小胡打了两张面单", "yunda", "cancel A")
R("{A} {B} {C} 这三个面单全部作废 还没揽收 客户合并成一单了", "zto", "cancel A B C", cats=(7,))
R("{A} 撤单哈 谢谢小哥哥", "jt", "cancel A")
R("{A} 不寄了 取消 客户自己开车来工作室拿", "yto", "cancel A")

# change_address (with the new address)
R("{A} 改地址：杭州市滨江区 江南大道588号 恒鑫大厦12楼 前台 收件人 周女士 {P}", "zto", "change_address A", cats=(4,))
R("{A} 帮忙改派到 温州市鹿城区 车站大道677号 华盟商务广场1501 林总收 谢谢", "yto", "change_address A")
R("麻烦 {A} 地址改为：宁波市鄞州区 钱湖北路88号 宁波国际会议中心 南门 会务组 {PN}", "yunda", "change_address A", cats=(4,))
R("{A} 转寄到 上海市浦东新区 世纪大道100号 会务中心 明天开会要用的横幅", "sf", "change_address A")
R("{A} 客户说婚礼场地换了 横幅改寄到 绍兴市越城区 鉴湖路1号 鉴湖大酒店 宴会厅 张先生 {P}", "zto", "change_address A", cats=(4,))
R("你好 {A} 地址写错了 龙湾区写成了瓯海区 请改为 温州市龙湾区 永宁西路12号 收件人 陈老师 {PN}", "ems", "change_address A", cats=(4,))
R("{A} 收件人换成 李秘书 {P}，地址改为 福州市鼓楼区 五四路158号 2203室", "jd", "change_address A", cats=(4,))
R("{A} 改派 北京市朝阳区 建国路87号 写字楼6层 前台代收", "sf", "change_address A")
R("{A} 麻烦改一下地址 客户搬办公室了 新地址 金华市婺城区 宾虹路 889号 2幢 3楼 收件人电话不变", "yto", "change_address A")
R("{A} 转寄 义乌市 福田街道 商城大道 国际商贸城 三区 27街 H2号 铺位 老板娘收", "zto", "change_address A")
R("亲 {A} 能改地址吗 客户说寄到他老家 台州市路桥区 路南街道 蓬街村 88号 张大伯 {PN}", "jt", "change_address A", cats=(4,))
R("{A} 改到 南京市玄武区 中山东路 307号 东门 门卫室 谢谢", "yunda", "change_address A")
R("{A} 地址更正：苏州市工业园区 星湖街328号 创意产业园 9幢 501 王经理", "sto", "change_address A")
R("{A} 改派到酒店：丽水市莲都区 丽阳街 588号 开元大酒店 3楼 多功能厅 会务组 {P} 年会横幅", "zto", "change_address A", cats=(4,))

# urge
R("{A} 麻烦催一下 周六的婚礼横幅 周五必须到！", "zto", "urge A")
R("催件 {A} 开业典礼明早9点 今天一定要送到🙏🙏", "yto", "urge A")
R("{A} 年会20号 奖杯还在路上 帮忙加急派送", "sf", "urge A")
R("你好 {A} 客户等着名片去展会 能不能尽快派送", "yunda", "urge A")
R("{A} 三天了还没到 催催 客户天天问", "jt", "urge A")
R("{A} 到杭州两天了 还不派 催一下 毕业典礼周四要用", "zto", "urge A")
R("{A} {B} 催一下 都是周末活动的易拉宝", "yto", "urge A B")
R("{A} 加急加急！客户明天上午十点的发布会 背景布就差这一个了", "sf", "urge A")
R("麻烦帮忙催下 {A} 锦旗 客户周一要去医院送", "ems", "urge A")
R("{A} 催件 谢谢亲", "jt", "urge A")
R("{A} 这个催一下派送哈 客户说 下午三点以后 公司就没人了", "yunda", "urge A")
R("亲 {A} 派件员能不能今天送 是婚礼喜糖盒上的贴纸 明天就要用", "zto", "urge A")
R("{A} 在你们网点 显示派送中 一上午了 催一下", "sto", "urge A")
R("{A} 帮忙催 开学典礼的横幅 学校后天就要挂", "yto", "urge A")
R("{A} 尽快派送 谢谢 客户是我们老客户 别让他等太久哈", "jd", "urge A")

# track
R("{A}", "zto", "track A")
R("{A} 到哪了呀", "yto", "track A")
R("查一下 {A} 什么时候能到 客户问的 婚礼前能到吗", "sf", "track A")
R("{A} 物流到哪了 客户说周五的活动要用", "yunda", "track A")
R("帮看下 {A} {B} 的轨迹 谢谢", "jt", "track A B")
R("{A} 查件", "ems", "track A")
R("{A}\n{B}\n{C}\n这三个帮忙看下到哪了 都是年会奖牌", "zto", "track A B C", cats=(7,))
R("亲 {A} 今天能到吗", "yto", "track A")
R("{A} 这个刻字钢笔什么时候到啊 客户问了三遍了", "jt", "track A")
R("{A} 物流信息帮忙看一下～", "sto", "track A")
R("{A} 明天能到宁波吗", "yunda", "track A")
R("请问 {A} 现在在哪个网点", "deppon", "track A")

# verify_delivery
R("{A} 显示签收了 但客户说没收到 是婚礼上要用的杯子 帮忙核实一下", "zto", "verify_delivery A")
R("{A} 系统显示已签收 酒店前台说没见过这个件 会议横幅明天就要挂", "yto", "verify_delivery A")
R("核实签收 {A} 客户公司前台没有 谁签的？", "jt", "verify_delivery A")
R("{A} 签收人写的本人 但客户出差在外地 根本没签 这是虚假签收吧", "yunda", "verify_delivery A")
R("{A} 显示放驿站签收了 客户去驿站找了两次 没有", "zto", "verify_delivery A")
R("{A} 妥投了 但收件人说没收到 锦旗 红色长条的盒子 麻烦查一下谁签的", "ems", "verify_delivery A")
R("{A} 别人签收了？客户说她家没人代收过", "sto", "verify_delivery A")

# damaged
R("{A} 水晶奖杯碎了 客户拍了照片", "sf", "damaged A")
R("{A} 到了外箱压扁了 易拉宝的杆子断了两根", "zto", "damaged A")
R("{A} 锦旗的横杆折了 登记破损", "yto", "damaged A")
R("{A} 陶瓷杯到了是碎的😭 刻的字还挺好看的", "jt", "damaged A")
R("{A} 名片盒子被水泡了 200张全湿了 字都花了", "yunda", "damaged A")
R("{A} 亚克力奖牌 角磕坏了 还有划痕", "sf", "damaged A")
R("{A} 破损 保温杯瘪了一块 刻字那面正好凹进去", "zto", "damaged A")
R("{A} 的 KT 板 折成两半了 客户拍照发过来了", "deppon", "damaged A")

# lost
R("{A} 丢件了 分拨说找不到 是定制的刻字钢笔 只有这一支", "zto", "lost A")
R("{A} 一个礼拜没更新了 是不是丢了", "yto", "lost A")
R("{A} 少件 下单是3箱 客户只收到2箱 少了一箱横幅", "deppon", "lost A")
R("{A} 遗失 登记一下", "sto", "lost A")
R("{A} 网点说件没了 哪都找不着 那是客户公司周年庆的奖杯", "jt", "lost A")
R("{A} 一盒杯子 4个 客户收到只有3个 少了一个", "yunda", "lost A")

# weight
R("{A} 一盒名片才0.5公斤 怎么按2公斤收的 核一下重量", "zto", "weight A")
R("{A} 超重了？横幅叠起来就一小包 麻烦核重", "yto", "weight A")
R("{A} 重量不对 我们称的1.2kg 你们系统是4.8kg", "yunda", "weight A")
R("{A} 这个 KT 板按多少重算的？麻烦重新称一下", "jt", "weight A")
R("查重量 {A} 一个打火机 算了我3公斤的运费", "sto", "weight A")
R("{A} 易拉宝 两套 按 12kg 计费？我们自己称才 6.5kg 查下重量", "zto", "weight A")

# delay
R("{A} 在金华中转三天没动了", "zto", "delay A")
R("{A} 好几天没更新了 客户急 延误登记一下", "yto", "delay A")
R("{A} 卡在义乌转运中心 不动了", "yunda", "delay A")
R("{A} 怎么还没到 是不是延误了 活动都过了", "sto", "delay A")
R("{A} 显示到达温州分拨 然后就没有然后了 四天了", "jt", "delay A")

# claim
R("{A} 奖杯碎了 申请理赔 成本¥420 发票可以提供", "sf", "claim A", cats=(4, 8))
R("{A} 丢了 要赔偿 是定做的 没法再买 按680元赔", "zto", "claim A", cats=(4, 8))
R("{A} 破损理赔 保价了1000", "jd", "claim A", cats=(8,))
R("{A} 杯子碎了两个 一个 98 麻烦赔付", "yto", "claim A", cats=(4, 8))
R("{A} 件丢了 申请赔偿 里面是 5 面锦旗 一面 160", "jt", "claim A", cats=(4, 8))

# complaint
R("投诉 {A} 快递员不送上楼 让客户自己下来拿 横幅5米长 客户一个女生搬不动", "zto", "complaint A")
R("{A} 快递员态度太差 客户打电话过去被骂了 投诉", "yto", "complaint A")
R("{A} 派件员没打电话直接放门口 客诉", "jt", "complaint A")
R("我要投诉 {A} 的派件员 客户说他把锦旗盒子直接扔进院子里", "yunda", "complaint A")

# arbitration
R("{A} 理赔只给30块 我们杯子成本都不止 申请仲裁", "zto", "arbitration A", cats=(4,))
R("{A} 仲裁", "yto", "arbitration A")
R("{A} 破损的事谈不拢 定制的东西 你们按普通件赔 我们要求仲裁", "sf", "arbitration A")

# chit-chat, no waybill
R("明天几点来收件呀 今天有30箱横幅", "zto", "")
R("谢谢亲 辛苦啦", "yto", "")
R("好的 收到", "jt", "")
R("请问寄锦旗带杆子的可以寄吗 长度1.5米", "sf", "")
R("我们工作室下午4点前会有50箱名片 麻烦安排师傅来拿", "yunda", "")
R("打火机能寄吗 是空的 没有气 激光刻字的那种", "zto", "")
R("小哥今天还来吗 我们都打包好了", "sto", "")
R("下周年会旺季 我们每天大概要发 200 单 能不能给个优惠", "yto", "")
R("早上好～", "jt", "")
R("好的 谢谢啦 拦下来就好 😊", "zto", "")

# ---------------------------------------------------------------- 3: the customer's custom text quoted
R("刻字「一路顺风 永不退回」的打火机 {A} 催一下 客户明天生日", "zto", "urge A", cats=(3,))
R("{A} 横幅内容「严查酒驾 逢车必拦」 交警大队的 到哪了 他们周一要挂", "yto", "track A", cats=(3,))
R("{A} 锦旗「公正仲裁 为民解忧」 送劳动仲裁院的 显示签收了 但对方说没收到", "ems", "verify_delivery A", cats=(3,))
R("{A} 横幅「零破损 零丢件 零延误」 物流公司年会用的 帮忙催一下 20号前要到", "zto", "urge A", cats=(3,))
R("杯子上刻的是「别催 在路上了」哈哈 客户自己选的\n{A} 这个是真的要催了 三天没动", "jt", "urge A", cats=(3,))
R("{A} 锦旗「理赔迅速 服务暖心」 送保险公司的 今天能到吗", "yunda", "track A", cats=(3,))
R("{A} 奖杯「年度零投诉 服务标兵」 寄错公司了 拦回来", "sf", "intercept A", cats=(3,))
R("{A} 名片是律所的 背面印「合同纠纷 劳动仲裁 交通事故理赔」 显示签收 客户说没收到", "zto", "verify_delivery A", cats=(3,))
R("{A} 毕业纪念杯 刻字「拦不住的青春」 30个一箱 一周没更新了 是不是丢了", "yto", "lost A", cats=(3,))
R("{A} 横幅「热烈欢迎市场监管局领导莅临指导 投诉举报电话12315」 到了破了一个大口子", "yunda", "damaged A", cats=(3, 4))
R("{A} 客户要刻「改变 从现在开始」 我们刻成了「改变 从现在开使」 错别字 拦截退回", "jt", "intercept A", cats=(3,))
R("{A} 这个是「催人奋进 再创辉煌」的横幅 就问下到哪了 不用催", "zto", "track A", cats=(1, 3))
R("{A} 锦旗「拾金不昧 品德高尚」 送给你们快递小哥的😄 帮忙看下现在到哪了", "zto", "track A", cats=(3,))
R("{A} 客户要的是「陪你到老」 阿凯刻成了「赔你到老」😭 麻烦拦截 我们重刻", "yto", "intercept A", cats=(3,))
R("{A} 打火机刻的「Don't cancel on me」 情侣款 到哪了", None, "track A", cats=(3, 5), draw="sf")
R("{A} 工牌上印的是「投诉处理专员 刘丽」 公司前台说没收到 显示签收了 核实一下", "jt", "verify_delivery A", cats=(3,))
R("{A} 横幅「拦截电诈 守护钱袋」 派出所的 三天没动了 催一下", "zto", "urge A", cats=(3,))
R("{A} 银行的横幅「防范电信诈骗 及时止付拦截」 客户说周一前要到 加急", "yunda", "urge A", cats=(3,))
R("{A} 易拉宝上的字是「极速理赔 一键报案」 保险公司做活动的 到了支架压弯了 画面也折了", "yto", "damaged A", cats=(3,))
R("{A} 锦旗「执法为民 仲裁公正」 到哪了 客户说周四开表彰会", "sto", "track A", cats=(3,))
R("刻字内容：「退一步海阔天空」\n单号 {A}\n客户说还没到 帮忙催一下", "yto", "urge A", cats=(3,))
R("{A} 这个杯子刻的「不许丢下我」 结果真的丢了😭 网点说找不到", "jt", "lost A", cats=(3,))
R("{A} 横幅「快递延误 先行赔付」 是给你们同行做的 哈哈 到哪了", "zto", "track A", cats=(3,))
R("“催收专员”胸牌 10个 {A} 重量按3kg算的？胸牌加起来才200克 核重", "yunda", "weight A", cats=(3,))
R("{A} 名片上印的是“XX速运 投诉理赔部 主管”😂 客户就是快递公司的 显示派送中 今天能到吗", "yto", "track A", cats=(3,))
R("{A} 刻的是「致我们回不去的青春」 客户说地址要改 改到 湖州市吴兴区 二环东路 759号 湖州师范学院 东门 {P}", "zto", "change_address A", cats=(3, 4))
R("这批横幅全是「加急」两个大字 工地警示用的 {A} {B} 到哪了", "zto", "track A B", cats=(3,))
R("{A} 刻字钢笔 刻的是「签收幸福」 显示签收了 但是客户说她没收到 这名字真讽刺", "jt", "verify_delivery A", cats=(3,))
R("{A} 锦旗 「抢救及时 妙手仁心」 没问题吧？客户问什么时候到", "ems", "track A", cats=(3,))
R("{A} 的刻字是 “不离不弃 永不撤退” 客户说要改成 “不离不弃 相守一生” 拦截回来 我们重刻", "yunda", "intercept A", cats=(3,))
R("客户原话：“杯子上刻「投诉无门」是我们公司客服部的梗 别多想”\n{A} 这个帮忙催一下 他们年会周五", "jt", "urge A", cats=(3,))
R("{A} 刻字「延误的爱 也是爱」 客户说好浪漫 然后说 到底什么时候到😂", "zto", "track A", cats=(3,))

# "加急" for the printing, not the parcel
R("这批是加急印的名片 {A} 到哪了", "zto", "track A")
R("{A} 这个客户付了50块加急费 我们连夜赶出来的横幅 结果你们三天没动 延误登记", "yto", "delay A", cats=(4,))
R("郑姐说以后加急单都发顺丰 {A} 这个顺丰的到哪了", "sf", "track A")
R("{A} 加急做的工牌 老林通宵印的 发出去才发现少了两个人的 拦截退回", "jt", "intercept A")

# ---------------------------------------------------------------- reprints and re-sends: old and new waybills
R("原单 {A} 刻错字 拦截退回，重刻的 {B} 今天发了 麻烦催一下 客户周六结婚", "zto", "intercept A; urge B", cats=(7,))
R("{A} 破了 我们重新做了一个 补寄单号 {B}，{A} 申请理赔 成本¥260", "yto", "claim A", cats=(4, 8))
R("{A} 丢了 已经补寄 {B} 了\n{A} 登记丢件\n{B} 帮看下到哪了", "jt", "lost A; track B", cats=(7,))
R("补寄的 {B} 到哪了 原来那个 {A} 已经理赔过了", "zto", "track B", cats=(1,))
R("重印的名片 {B} 明天能到吗？旧的那盒 {A} 昨天已经拦截了 不用管", "yunda", "track B", cats=(1,))
R("{A} 是第一次寄的 印错了 但客户已经签收了 我们就不拦了 让客户扔掉\n重印的 {B} 帮忙催一下", "yto", "urge B", cats=(1,))
R("旧单 {A} 拦截 新单 {B} 正常派送 别拦错了哈", "zto", "intercept A", cats=(1, 7))
R("补寄的新单是 {B} 不用管它\n原来的 {A} 客户拒收了 退回", "jt", "intercept A", cats=(1, 7))
R("{A} 延误登记一下 客户等不及了 我们已经补寄了顺丰 {B} 顺丰这个加急", None, "delay A; urge B", cats=(7,),
  draw={"A": "yto", "B": "sf"})
R("旧单 {A} 地址错了 拦截退回；补寄的 {B} 小胡又用了旧地址😭 也改一下 改为 嘉兴市南湖区 中环南路1288号 B座906 沈小姐 {P}",
  "zto", "intercept A; change_address B", cats=(4, 7))
R("{A} 里面少了2个胸牌 我们补寄 {B} 了 {A} 少件登记一下 {B} 不用管", "yunda", "lost A", cats=(1, 7))
R("第一版 {A}\n第二版 {B}\n第三版 {C}\n客户定的是第三版 前两个都拦截", "zto", "intercept A B", cats=(7,))
R("重印三次了😭 {A} 是最新的 帮忙催 {B} {C} 是之前的错版 拦截退回", "yto", "urge A; intercept B C", cats=(7,))
R("重刻补寄 {B} 顺丰的 明天能到吗 原来极兔那个 {A} 碎了 登记破损", None, "track B; damaged A", cats=(7,),
  draw={"A": "jt", "B": "sf"})
R("补寄单号 {B}（原单 {A} 丢件 已登记）麻烦催一下新单", "yto", "urge B", cats=(7,))
R("{A} 错版 拦截\n{B} 重印 催件\n{C} 重印 催件", "zto", "intercept A; urge B C", cats=(7,))
R("上次那个碎了的奖杯 {A} 你们说会赔 补寄的 {B} 也到了 结果也碎了😭😭 这个也要赔", "sf", "claim B", cats=(8,))

# ---------------------------------------------------------------- wrong items to the wrong customer
R("{A} 和 {B} 贴反了！！张总的横幅寄给了刘老师 刘老师的寄给了张总 两个都拦回来 我们重新发", "zto", "intercept A B", cats=(7,))
R("{A} 本来是寄给王女士的刻字手镯 结果寄到了王先生那里 改派到 杭州市拱墅区 湖墅南路266号 王女士 {P}", "yto",
  "change_address A", cats=(4,))
R("{A} {B} 面单贴反了 帮忙互换一下地址", "jt", "change_address A B", nh=True, cats=(7,))
R("发错客户了 {A} 里面是李老师的50张名片 寄给了陈总 陈总说他那边不要 帮忙拦截退回", "zto", "intercept A")
R("{A} 寄给了另一个客户 杯子上刻的是「赵家小宝 周岁快乐」 人家不姓赵😂 拦回来", "sto", "intercept A", cats=(3,))
R("小胡把两单装反了：\n{A} 应该是刻「福」的 现在里面是刻「寿」的\n{B} 反过来\n两个都还没签收 都拦截吧 我们重新装", "yunda",
  "intercept A B", cats=(3, 7))
R("{A} 是刘老师的 {B} 是刘老板的 名字差一个字 小胡弄混了\n{A} 改派到 上海市徐汇区 漕溪北路88号 1208室 刘老师 {P}\n{B} 没错 不用动",
  "zto", "change_address A", cats=(1, 4, 7))
R("{A} 这个发错人了 收件的那个客户已经签收了 还说东西挺好看不想还😂 这种怎么办啊", "yto", "", nh=True)
R("{A} 装错货了 客户订的是红色锦旗 收到的是蓝色横幅 是别人的单 客户已经签收了 我们让客户寄回来 你们能上门取吗", "jt", "",
  nh=True)

# ---------------------------------------------------------------- event deadlines
R("{A} 追悼会用的挽联 明天早上7点前必须到 麻烦一定加急 拜托了", "zto", "urge A")
R("{A} 周六婚礼 周五到不了就没用了 现在还在金华 能到吗", "yto", "track A")
R("{A} 开业典礼是18号 今天16号 还在路上 催一下", "jt", "urge A", cats=(4,))
R("{A} 展会12月8号开幕 7号布展 易拉宝7号前务必到会展中心 加急", "sf", "urge A", cats=(4,))
R("{A} 活动昨天已经结束了 横幅今天才到 客户不要了 拒收 退回来吧", "zto", "intercept A")
R("{A} 婚礼提前了 客户今晚就住酒店 改派到 温州市瓯海区 温州大道1707号 华侨饭店 前台 新郎陈先生 {P} 明天上午要",
  "ems", "change_address A", cats=(4,))
R("{A} 年会明天下午两点 奖杯还在杭州分拨 能不能今天晚上派 或者明天一早", "yto", "urge A")
R("{A} 毕业典礼就是今天 还没派 算了 来不及了 退回吧 客户说不要了", "yunda", "intercept A")
R("{A} 升学宴横幅 客户说后天就办酒了 帮忙催催 谢谢谢谢", "sto", "urge A")
R("{A} 运动会的号码布 500张 周五开幕 今天周三 显示还在上海 赶得上吗", "zto", "track A")

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("名片上的电话印成了 {P} 客户说最后一位错了 要重印 {A} 先拦截", "zto", "intercept A", cats=(4,))
R("客户 {PN} 说 {A} 到现在没收到 婚礼后天 催一下", "yto", "urge A", cats=(4,))
R("稿号 G1206-07 印单号 LG2412-118 快递 {A} 客户改稿了 拦截退回", "jt", "intercept A", cats=(4,))
R("订单 {O} 刻字「平安喜乐」的保温杯 快递单号 {A} 到哪了", "zto", "track A", cats=(3, 4))
R("{A} 里面是500张名片+2个工牌 总价¥186 客户说只收到名片 工牌没有 少件", "yunda", "lost A", cats=(4,))
R("名片内容：\n陈建国 总经理\n手机 {PN}\n座机 0577-6388 1234\n这个客户的名片 {A} 已经发了 帮忙催一下 他明天出差要带", "zto",
  "urge A", cats=(4,))
R("{A} 收件人电话 {PN} 打不通 快递员说联系不上 帮忙改个电话 {P2}", "yto", "change_address A", nh=True, cats=(4,))
R("淘宝订单 {O}\n拼多多订单 {O2}\n对应快递 {A} {B} 都催一下", "yto", "urge A B", cats=(4, 7))
R("{A} 客户要在打火机上刻他的手机号 {P} 阿凯刻成了 {P2} 要重刻 拦截", "zto", "intercept A", cats=(4,))
R("打样号 DY20241205 确认了 印单500份 快递 {A} 重量算的18kg？我们称的11.5 核一下", "yunda", "weight A", cats=(4,))
R("{A} 保价2000元 奖杯碎了 理赔 发票号 04528719", "sf", "claim A", cats=(4, 8))
R("退款金额¥358.00已退 客户不要了 {A} 拦截退回", "jt", "intercept A", cats=(4,))
R("工单号 GD-7723-0918 上次登记破损的 {A} 到现在没人联系我 理赔进度怎么样了", "zto", "", nh=True, cats=(4,))
R("{A} 横幅尺寸 600×90cm 两条 重量1.8kg 你们算了5kg 核重", "zto", "weight A", cats=(4,))
R("客户电话 {PN} 地址 温州市鹿城区 五马街 36号\n{A} 显示签收 客户说没收到", "ems", "verify_delivery A", cats=(4,))
R("{A} 刻字内容：「2024.12.20 永结同心」 客户说日期要改成 2025.01.01 婚期推迟了 拦截", "yto", "intercept A", cats=(3, 4))
R("订单号 {O} 买家留言：名片上手机号 {P} 不要印区号 我们印了 +86 要重印\n快递 {A} 退回", "jt", "intercept A", cats=(4,))
R("{A} 抖音订单 {O} 客户申请了仅退款 ¥129 东西退回来吧", "zto", "intercept A", cats=(4,))
R("印单 LG2412-207 共 3 箱 快递单号 {A} {B} {C} 客户说收到 2 箱了 {C} 还没到 帮忙查下到哪了", "yunda", "track C", cats=(4, 7))
R("{A} 收件人 {P} 客户说换个号码联系 {P2} 顺便催一下", "sto", "urge A; change_address A", nh=True, cats=(4, 8))

# ---------------------------------------------------------------- 1: negation and withdrawal, scoped
R("{A} 拦截！等下 客户又说错字也没关系 就当纪念了 不拦了", "yto", "", cats=(1,))
R("{A} 不用拦了 客户说字刻错了也要", "zto", "", nh=True, cats=(1,))
R("刚才让拦截的 {A} 不拦了 客户同意收货 我们退他20块差价", "jt", "", nh=True, cats=(1,))
R("{A} 改地址的事取消哈 客户说还是送原地址", "yto", "", nh=True, cats=(1,))
R("{A} {B} {C} 同一个婚礼的 {B} 不用拦 其他两个拦截", "zto", "intercept A C", cats=(1, 7))
R("{A} 拦截 {B} 不拦 照常送", "yto", "intercept A", cats=(1,))
R("这两单 {A} {B} 都是王总公司的名片\n{A} 印错了 拦回来\n{B} 没问题 别动", "jt", "intercept A", cats=(1, 7))
R("{A} 不是不拦 是刚才客户还没回话 现在回了 拦吧", "zto", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 温州市鹿城区 府前街 56号 鹿城区政府 对面 红星照相馆 {P}", "zto", "change_address A", cats=(1, 4))
R("{A} 先不要催了 客户说这周都不在家 下周一再送就行", "yunda", "", nh=True, cats=(1,))
R("{A} 不用理赔了 客户说杯子就裂了一点点 不影响用", "yto", "", nh=True, cats=(1,))
R("{A} 撤单 撤单\n……算了 不撤了 小胡已经交给师傅了 就这么发吧", "sto", "", cats=(1,))
R("{A} 拦截 {B} 拦截 {C} 拦截\n不对 {C} 是别的客户的 不拦", "zto", "intercept A B", cats=(1, 2, 7))
R("除了 {A} 其他都拦截：\n{B}\n{C}\n{D}", "yunda", "intercept B C D", cats=(1, 7))
R("{A} 不是要拦截 是要改地址 新地址 台州市椒江区 市府大道 388号 台州大酒店 宴会部 {P}", "jt", "change_address A",
  cats=(1, 4))
R("{A} 别退回 别退回！客户说字刻错了也没关系 就是催一下 明天要用", "yto", "urge A", cats=(1,))
R("{A} 没有破损 是客户自己拆的时候划到的\n后面那个 {B} 帮忙催一下", "zto", "urge B", cats=(1,))
R("{A} 已经到了 谢谢\n{B} 还没到 催一下", "jt", "urge B", cats=(1,))
R("{A} 先别派 客户说出差了 下周一再派", "yto", "", nh=True, cats=(1,))
R("横幅 {A} 不用催 没那么急 活动下个月\n名片 {B} 要催 明天用", "zto", "urge B", cats=(1,))
R("{A} 之前说破损 后来客户说是外包装破了 东西没坏 不用登记破损了", "sf", "", nh=True, cats=(1,))
R("拦截 {A} —— 客户刚打电话 说不要拦 他自己去驿站拿 刻错字的也要", "zto", "", cats=(1,))
R("{A} 客户拒收 但是别退回 改送到他公司 地址 杭州市余杭区 文一西路 969号 5号楼 前台 {P}", "yto", "change_address A",
  cats=(1, 4))
R("{A} 不用撤单 是要拦截 已经揽收了", "jt", "intercept A", cats=(1, 2))
R("{A} 不要不要 不要拦截 客户又要了😂", "zto", "", nh=True, cats=(1,))
R("{A} {B} {C} 这三个里面 只有中间那个要改地址 改到 金华市金东区 光南路 588号 浙师大 东门 {P}", "yunda",
  "change_address B", cats=(1, 4, 7))
R("{A} 不拦截也不撤单 就是问一下 能不能晚两天再派", "yto", "", nh=True, cats=(1,))
R("{A} 这个不用赔了 我们跟客户协商好了 补寄了一个 {B} 到哪了", "zto", "track B", nh=True, cats=(1,))
R("{A} 拦截退回 {B} 不用 {B} 客户说要 正常送", "jt", "intercept A", cats=(1,))
R("{A} 没丢 客户在快递柜找到了 谢谢你们 辛苦了", "zto", "", nh=True, cats=(1,))
R("{A} 不用拦 也不用催 客户说到了再说 就是帮我看一下到哪了", "yto", "track A", cats=(1,))
R("{A} 不是破损 是字刻错了 这个是我们的问题 拦截回来吧", "yunda", "intercept A", cats=(1,))

# ---------------------------------------------------------------- 2: corrections
R("{A} 催件 —— 更正 单号打错了 是 {B}", "zto", "urge B", cats=(2,))
R("{A:typo} 拦截\n打错了 是 {A}", "yto", "intercept A", cats=(2,))
R("{A} 改地址…哦不对 不用改了 直接退回吧 客户说不要了", "jt", "intercept A", cats=(2,))
R("{A} 拦截。哦不对 是 {B} 拦截，{A} 是补寄的新单 要照常送", "zto", "intercept B", cats=(1, 2))
R("{A} 催一下 不对不对 这个已经收到了 是 {B} 没到 催这个", "yto", "urge B", cats=(2,))
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 改址取消 还是拦截吧 客户说不要了", "yto", "intercept A", cats=(2,))
R("更正：刚才发的 {A} 不对 应该是 {B} 拦截", "jt", "intercept B", nh=True, cats=(2,))
R("{A} 地址改为 宁波市江北区 人民路 182号 —— 不对 门牌是128号 宁波市江北区 人民路 128号 三楼 叶老师", "yunda",
  "change_address A", cats=(2,))
R("{A:x} 拦截 多打了一位 是 {A}", "jt", "intercept A", cats=(2, 6))
R("{A} 催件\n{B} 催件\n更正 第二个是拦截 不是催件", "zto", "urge A; intercept B", cats=(2, 7))
R("{A} 破损 写错了 是丢件 整箱都没收到", "yto", "lost A", cats=(2,))
R("{A} 核重 ……哦不 看错了 是另一单 {B} 重量不对", "yunda", "weight B", cats=(2,))
R("{A} 拦截\n老林说我搞错了 {A} 的字没刻错 是 {B} 刻错了 拦 {B}", "zto", "intercept B", cats=(2,))
R("{A} 转寄上海 啊不是 是苏州 苏州市姑苏区 人民路 1088号 苏州图书馆 办公室 顾老师", "sf", "change_address A", cats=(2,))
R("拦截 {A} {B}\n更正：{B} 打错了 是 {C}", "yto", "intercept A C", cats=(2, 7))
R("{A} 催一下……还是拦截吧 活动来不及了 到了也没用", "jt", "intercept A", cats=(2,))
R("{A} 理赔 啊不对 先登记破损 理赔等客户把照片发来再说", "sf", "damaged A", cats=(2, 8))
R("{A} 催件 {B} 拦截 说反了 是 {A} 拦截 {B} 催件", "zto", "intercept A; urge B", cats=(2, 7))
R("{A} 转寄到 丽水市 —— 算了 不转了 直接退回龙港吧", "yunda", "intercept A", cats=(2,))
R("{A:cut} 拦截\n少打了一位 {A}", "yto", "intercept A", cats=(2, 6))
R("{A} 拦截 哦不 是撤单 小哥还没来收", "zto", "cancel A", cats=(2,))
R("{A} 改到 金华市婺城区 八一北街 ……客户又说改到义乌 义乌市 稠州北路 1001号 义乌宾馆 以这个为准", "jt",
  "change_address A", cats=(2,))
R("{A} 延误登记——不是延误 显示签收了 客户说没收到", "yto", "verify_delivery A", cats=(2,))
R("{A} 是 {B} 的补寄单 写错了 反过来 {B} 才是补寄的 {B} 催一下", "zto", "urge B", cats=(2,))
R("七七刚才发的 {A} 拦截 是她看错了 应该是 {B}", "yunda", "intercept B", nh=True, cats=(2,))

# ---------------------------------------------------------------- 3: quotes of colleagues, customers and the bot
R("@小满 {A} 拦截已提交，结果会第一时间通知您\n好的 还有 {B} 也拦一下 同一批错稿", "zto", "intercept B", cats=(3,))
R("@阿柚 {A} 已签收，无法拦截\n啊 签收了啊 那补寄的新单 {B} 帮忙催一下吧", "yto", "urge B", cats=(3,))
R("@七七 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n撤单 {A}", "jt", "cancel A", cats=(3,))
R("@糖糖 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单吧", "zto", "cancel A", cats=(3,))
R("「快递小助手：@糖糖 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n确认", "yunda", "intercept A", cats=(3,))
R("「快递小助手：@小满 请确认：{A} 拦截退回？回复“确认”即办理」\n" + Q + "\n等一下 我问问老林字到底错没错", "yto", "",
  cats=(3,))
R("@小满 {A} 已为您催促派送，请耐心等待\n催了也没用啊 派件员一直不接电话 投诉他", "zto", "complaint A", cats=(3,))
R("@阿柚 {A} 改址已提交，结果会第一时间通知您\n改好了吗 客户在问", "jt", "", nh=True, cats=(3,))
R("「糖糖：{A} 拦截退回 刻字错了」\n" + Q + "\n这个别拦了 老林说字没错 是客户看错了", "zto", "", nh=True, cats=(1, 3))
R("「阿柚：{A} 地址改为 台州市椒江区 东海大道 1188号 椒江区文化馆 林馆长 {P}」\n" + Q +
  "\n{B} 也是同一个客户的 也改到这个地址", "yto", "change_address B", cats=(3, 4))
R("引用 七七：{A} 催一下 客户婚礼周六\n这个还要再催 今天周五了还没到", "jt", "urge A", cats=(3,))
R("回复 @糖糖：{A} {B} 这两个是不是你发错了\n对 发错了 两个都拦回来", "zto", "intercept A B", cats=(3, 7))
R("@七七 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n好的 谢谢 顺便问下 大概能赔多少", "sf", "", nh=True,
  cats=(3,))
R("@小满 您的消息已转人工客服处理，请稍候\n好的 等你们", "yto", "", cats=(3,))
R("客户发来的：“你们寄的杯子碎了 我要投诉”\n{A} 先登记破损 我们给客户补寄", "zto", "damaged A", cats=(3,))
R("老林：{A} 这个横幅字印反了 要退回\n阿凯：{B} 打火机也刻错了\n——以上两个都拦截 by 小满", "yunda", "intercept A B",
  cats=(3, 7))
R("「七七：{A} 拦截」\n" + Q + "\n不是这个 是 {B}", "jt", "intercept B", nh=True, cats=(2, 3))
R("@糖糖 {A} 撤单成功\n??? 我说的是 {B} 撤单 不是这个 {A} 要寄的啊", "yto", "cancel B", nh=True, cats=(2, 3))
R("「网点客服：{A} 这个件收件人说不要了 要不要退回」\n" + Q + "\n退 退回来吧", "zto", "intercept A", cats=(3,))
R("快递员说：“{A} 这个地址找不到 要么改地址 要么退回”\n改地址吧 改到 温州市龙湾区 蒲州街道 上江路 198号 龙湾万达 3楼 婚庆公司",
  "jt", "change_address A", cats=(3,))
R("@七七 {A} 拦截已提交，结果会第一时间通知您\n拦截成功了吗？客户问能不能赶上重刻", "yunda", "", nh=True, cats=(3,))
R("转发：客户 李女士 {PN}：“我的杯子 {A} 什么时候到”\n帮忙看一下", "zto", "track A", cats=(3, 4))
R("「阿凯：刻字机坏了 {A} 那单的字刻浅了」\n" + Q + "\n那 {A} 拦回来吧 修好了重刻", "yto", "intercept A", cats=(3,))
R("@小满 {A} 已为您登记延误工单，结果会第一时间通知您\n嗯 另外 {B} 也是一样 也三天没动了", "jt", "delay B", cats=(3,))
R("@阿柚 请确认：{A} 拦截退回？回复“确认”即办理\n不拦了 改成催件 客户说错字能接受", "zto", "urge A", cats=(1, 3))
R("引用 糖糖：{A} 拦截 {B} 拦截\n{A} 我刚打电话问了 客户要 就 {B} 拦", "yunda", "intercept B", nh=True, cats=(1, 3))
R("客户说：“锦旗上的字我很满意 就是别再拖了 周五要送到医院”\n{A} 帮忙催", "ems", "urge A", cats=(3,))
R("客户原话：“别拦截 我就要这个错字版 有纪念意义”\n{A} 所以不用拦了 照常派", "zto", "", nh=True, cats=(1, 3))
R("@糖糖 {A} 已为您催促派送，请耐心等待\n谢谢", "yto", "", cats=(3,))
R("「小满：{A} 投诉 快递员把横幅扔门口」\n" + Q + "\n同样的问题 {B} 也投诉", "zto", "complaint B", cats=(3,))
R("回复 @阿柚：{A} 到哪了\n我查了 在温州分拨 两天没动了 帮忙催一下吧", "jt", "urge A", cats=(3,))

# ---------------------------------------------------------------- 5: pinyin, English, voice slips
R("{A} lanjie 谢谢", "zto", "intercept A", cats=(5,))
R("pls intercept {A}, wrong engraving", None, "intercept A", cats=(5,), draw="sf")
R("{A} cuijian 客户急", "yto", "urge A", cats=(5,))
R("{A} gaizhi 到 杭州市上城区 解放路 238号 解百商场 5楼 办公室 {P}", "jt", "change_address A", cats=(4, 5))
R("return to sender pls {A} {B} customer refused", None, "intercept A B", cats=(5,), draw="jt")
R("{A} chedan 还没揽收", "yunda", "cancel A", cats=(5,))
R("{A} where is it? the client's wedding is on Saturday", None, "track A", cats=(5,), draw="yto")
R("{A} 客户说 the cup is broken 要 compensation", None, "claim A", cats=(5, 8), draw="sf")
R("{A} urgent!! 展会 tomorrow", None, "urge A", cats=(5,), draw="jd")
R("{A} change address to 上海市静安区 南京西路1266号 恒隆广场 15F reception", None, "change_address A", cats=(5,),
  draw="sf")
R("{A} lj 谢谢亲", "zto", "intercept A", cats=(5,))
R("{A} weight wrong pls check, 0.6kg not 3kg", None, "weight A", cats=(5,), draw="yto")
R("{A} hurry up pls 客户 event 在 friday", None, "urge A", cats=(5,), draw="jt")
R("{A} 婚礼用的 zhe ge jian dao na le", "zto", "track A", cats=(5,))
R("那个 {A} 帮我拦一下 那个字刻错了 刻成了横竖的横 客户要的是永恒的恒", "yto", "intercept A", cats=(5,))
R("喂 你好 {A} 这个 那个 崔一下 客户明天要 谢谢", "zto", "urge A", cats=(5,))
R("{A} 拦街退回 刻字错了", "jt", "intercept A", cats=(5,))
R("{A} 客户 said not received but 显示签收 pls check", None, "verify_delivery A", cats=(5,), draw="sf")

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:sp} 拦截", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n催一下 谢谢", "zto", "urge A", cats=(6,))
R("{A:dash} 到哪了", "yunda", "track A", cats=(6,))
R("{A:fw} 催件", "jt", "urge A", cats=(6,))
R("{A:cut} 拦截 客户改稿", "yto", "", nh=True, cats=(6,))
R("{A:lc} 拦截 刻字错", "jt", "intercept A", cats=(6,))
R("{A:sp} 改地址 改到 绍兴市柯桥区 笛扬路 1001号 轻纺城 东区 2楼 A126 {P}", "zto", "change_address A", cats=(4, 6))
R("{A:nl} 撤单", "yunda", "cancel A", cf=True, cats=(6,))
R("单号 {A:sp} 锦旗 显示签收 没收到", "ems", "verify_delivery A", cats=(6,), draw="ems_s10")
R("{A} 拦截\n{B:nl} 也拦截", "zto", "intercept A B", cf=True, cats=(6, 7))
R("尾号5678的那个横幅 拦截一下", "zto", "", nh=True)
R("拦截一下 就是早上发的那盒名片 单号我找不到了", "yto", "", nh=True)
R("{A:cut} 到哪了", "jt", "", nh=True, cats=(6,))
R("{A:fw} 改地址 改为 嘉兴市南湖区 南湖大道 99号 南湖宾馆 {P}", "yunda", "change_address A", cats=(4, 6))
R("{A:dash}\n{B:dash}\n两个都催", "zto", "urge A B", cats=(6, 7))
R("国际件 {A:sp} 客户在新加坡 刻字的打火机 到哪了", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:nl}\n这个是刻字钢笔 破损了 笔帽断了", "yto", "damaged A", cats=(6,))

# ---------------------------------------------------------------- 7: several parcels, positions, tables
R("{A}\n{B}\n{C}\n第一个拦截 后两个催一下", "zto", "intercept A; urge B C", cats=(7,))
R("{A} {B} {C} {D}\n上面两个退回 下面两个正常送", "yto", "intercept A B", cats=(1, 7))
R("以下全部加急 年会奖杯：\n{A}\n{B}\n{C}\n{D}", "sf", "urge A B C D", cats=(7,))
R("单号\t操作\t备注\n{A}\t拦截\t刻字错\n{B}\t催件\t周六婚礼\n{C}\t改地址\t宁波市海曙区 中山西路138号 天一广场B座801 徐小姐 {P}",
  "zto", "intercept A; urge B; change_address C", cats=(4, 7))
R("{A}  退回  稿子错\n{B}  退回  稿子错\n{C}  正常", "yunda", "intercept A B", cats=(1, 7))
R("今天的售后：\n1. {A} 催件\n2. {B} 破损 杯子碎了\n3. {C} 显示签收没收到\n4. {D} 查重量", "zto",
  "urge A; damaged B; verify_delivery C; weight D", cats=(7,))
R("{A} {B} {C} 这三个 中间那个拦截 其他的催一下", "jt", "intercept B; urge A C", cats=(7,))
R("{A}、{B}、{C}、{D}、{E} 都是同一家公司的年会物料 第3个和第5个拦截 其它不动", "yto", "intercept C E", cats=(1, 7))
R("①{A} 拦截\n②{B} 催件\n③{C} 拦截\n④{D} 查件", "zto", "intercept A C; urge B; track D", cats=(7,))
R("{A}\n{B}\n这两个 一个拦截一个催件 问了客户再告诉你哪个", "yunda", "", nh=True, cats=(7,))
R("稿号\t快递单号\t处理\nG1201-03\t{A}\t拦截\nG1201-05\t{B}\t拦截\nG1202-11\t{C}\t催", "jt",
  "intercept A B; urge C", cats=(4, 7))
R("{A} {B} 拦截，{C} {D} 改地址 都改到 温州市鹿城区 会展路 1268号 温州国际会展中心 2号馆 搭建组 {P}", "zto",
  "intercept A B; change_address C D", cats=(4, 7))
R("这批十个名片 全部催一下\n{A}\n{B}\n{C}\n{D}\n{E}\n{F}\n{G}\n{H}\n还有两个找不到单号了 晚点发", "yto",
  "urge A B C D E F G H", cats=(7,))
R("{A} 拦截\n{B} 同上\n{C} 同上", "zto", "intercept A B C", cats=(7,))
R("{A} {B} 两个奖杯 前一个碎了 后一个丢了 都要赔", "sf", "claim A B", cats=(7, 8))
R("{A}\n{B}\n{C}\n以上都是「百年好合」的喜帖 婚礼改期了 全部拦截退回", "jt", "intercept A B C", cats=(3, 7))
R("客户：张总 {PN}\n横幅 {A}\n易拉宝 {B}\n名片 {C}\n横幅跟易拉宝催一下 名片不急", "zto", "urge A B", cats=(1, 4, 7))
R("{A} 第一箱\n{B} 第二箱\n{C} 第三箱\n第二箱 客户说 没收到 其他两箱到了 第二箱帮忙查下到哪了", "deppon", "track B", cats=(7,))
R("{A} {B}\n前面那个核重 后面那个催件", "yunda", "weight A; urge B", cats=(7,))
R("售后汇总（糖糖）\n{A}  拦截  客户退款\n{B}  改址  丽水市莲都区 紫金路 12号 丽水学院 北门 {P}\n{C}  撤单  重复下单\n{D}  催件  开业用",
  "zto", "intercept A; change_address B; cancel C; urge D", cats=(4, 7))

# ---------------------------------------------------------------- 8: compound requests
R("{A} 横幅杆子压断了 快递员还扔在门口 不打电话 投诉", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 碎了 要赔 而且快递员态度恶劣 我们要投诉", "yto", "claim A; complaint A", cats=(8,))
R("{A} 延误了 客户要投诉 年会都开完了", "jt", "delay A; complaint A", cats=(8,))
R("{A} 丢了 要理赔", "zto", "claim A", cats=(8,))
R("{A} 拦截 并投诉 快递员私自拆箱看里面的打火机", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 催一下 另外重量也不对 核一下", "yunda", "urge A; weight A", cats=(8,))
R("{A} 显示签收 客户没收到 要投诉这个快递员乱签收", "zto", "verify_delivery A; complaint A", cats=(8,))
R("{A} 破损 {B} 丢件 都要理赔", "yto", "claim A B", cats=(7, 8))
R("{A} 理赔 + 仲裁 你们给的20块根本不行", "jt", "claim A; arbitration A", cats=(4, 8))
R("{A} 多收了12块运费 核一下重量 还有杯子也压裂了一个", "zto", "weight A; damaged A", cats=(4, 8))
R("{A} 投诉+理赔 锦旗被快递员弄脏了 一大块油渍 没法送人了", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 赶紧送 客户已经投诉了", "zto", "urge A; complaint A", cats=(8,))
R("{A} 水晶奖杯碎成三块 客户气死了 申请赔偿 快递员还说不是他弄的 投诉", "sf", "claim A; complaint A", cats=(8,))
R("{A} 五天没更新 是不是丢了 客户还等着用呢", "yto", "lost A")
R("{A} 改地址 改到 绍兴市上虞区 百官街道 市民大道 800号 上虞大剧院 后台 {P} 顺便催一下 今晚演出要用", "jt",
  "change_address A; urge A", cats=(4, 8))

# ---------------------------------------------------------------- questions, and commands mentioned but not asked
R("上次拦截的那票 {A} 退到哪了 怎么还没回到我们工作室", "zto", "track A", cats=(1,))
R("{A} 拦截了吗 客户一直问", "yto", "", nh=True)
R("{A} 改地址要加钱吗", "jt", "", nh=True)
R("{A} 能拦截吗 客户刚说字体不喜欢", "zto", "intercept A")
R("{A} 拦截成功没有啊 昨天就报了", "yunda", "", nh=True)
R("{A} 理赔的钱什么时候到账", "sf", "", nh=True)
R("{A} 这个能不能加急 客户明天要", "yto", "urge A")
R("{A} 是上周催过的那个 现在到哪了", "jt", "track A", cats=(1,))
R("{A} 退回来的件 什么时候能到我们这", "zto", "track A")
R("之前投诉过的那个快递员 今天又把 {A} 放门口了 再投诉一次", "yto", "complaint A", cats=(1,))
R("上次破损登记的 {A} 赔了吗", "sf", "", nh=True)
R("{A} 拦截的话 退回运费谁出", "zto", "", nh=True)
R("{A} 如果现在拦截 重刻了再寄 还能赶上周六吗", "jt", "", nh=True)
R("可以帮忙改个地址吗 {A} 改到 温州市瓯海区 茶山街道 高教园区 温州大学 南校区 行政楼 {P}", "yunda", "change_address A", cats=(4,))
R("能不能催一下 {A} 客户说再不到 开业就要用普通横幅顶上了", "zto", "urge A")
R("{A} 改地址改了没 客户说快递员还是往老地址送", "yto", "", nh=True)
R("{A} 催了好几次了 是不是你们那边忘了", "jt", "", nh=True)
R("昨天让你们改派的 {A} 现在到哪了", "zto", "track A", cats=(1,))
R("{A} 上次说的理赔 要我们提供什么材料", "sf", "", nh=True)
R("{A} 你们拦截是退回到龙港网点 还是直接退到我们工作室", "yto", "", nh=True)

# ---------------------------------------------------------------- hedges and decisions not yet made
R("{A} 要不先拦一下？客户在纠结要不要改字", "zto", "intercept A", cf=True)
R("{A} 好像得拦回来 老林说烫金那面可能印反了 我再去看看样品", "yto", "intercept A", cf=True)
R("{A} 看看能不能撤单 客户还在改稿", "jt", "cancel A", cf=True)
R("{A} 可能要改个地址 客户说婚礼酒店可能会换 等我确认", "zto", "change_address A", nh=True)
R("{A} 先拦着吧？我再问问客户要不要", "yunda", "intercept A", cf=True)
R("{A} 要不改派到 温州市鹿城区 人民东路 108号 温州大剧院 吧 我再跟客户确认下", "zto", "change_address A", cf=True)
R("{A} 拦截……还是不拦……我也不知道 等郑姐回来定", "yto", "intercept A", cf=True, cats=(1,))
R("{A} 如果还没派送就拦截 派了就算了", "jt", "intercept A")
R("{A} 应该要退回 客户还没最终回复 你们先准备着", "zto", "intercept A", cf=True)
R("{A} 客户说字体不太对 可能要重刻 这个件可能得拦一下", "yunda", "intercept A", cf=True)
R("{A} 这个估计得撤单 稿子客户还没签字确认", "yto", "cancel A", cf=True)
R("{A} 拦截 不用等客户回复了 郑姐说直接拦", "zto", "intercept A")

# ---------------------------------------------------------------- asked for something the outlet does not do here
R("{A} 帮忙开个发票 抬头 温州墨刻文化传媒有限公司", "zto", "", nh=True)
R("{A} 麻烦跟快递员说一下 横幅是卷的 别折", "yto", "", nh=True)
R("{A} 运费多少 顺便看下到哪了", "jt", "track A", nh=True)
R("{A} 快递员送到之后能不能帮忙拍个照 客户要确认横幅颜色", "zto", "", nh=True)
R("{A} 帮我备注一下 易碎 里面是水晶", "sf", "", nh=True)
R("{A} 客户收到了 说刻错字 要寄回来给我们重刻 这个怎么弄 需要我们下单吗", "zto", "", nh=True)
R("{A} 帮忙打印一下电子存根 客户要报销", "yunda", "", nh=True)

# ---------------------------------------------------------------- more everyday traffic
R("亲们早上好☀️ 今天第一单：{A} 拦截退回 客户改需求了", "zto", "intercept A")
R("辛苦了 {A} 催一下哈 这个客户已经问了我五次了😭 我都不敢回了", "yto", "urge A")
R("你好 我是墨刻定制的小满\n{A} 这个件麻烦看一下 到哪了\n客户的公司年会是下周一", "jt", "track A")
R("{A} 易拉宝 客户说 展架少了一根横杆 其他都在 少件", "zto", "lost A")
R("哈喽 {A} 这个锦旗今天能送到吗 病人家属说明天出院 想出院前送给主治医生", "ems", "track A")
R("{A} 催件！！！明天上午的会 他们就等着这个背景布呢", "sf", "urge A")
R("{A} 帮忙拦截哈 横幅上的公司名 客户上周改名了 我们印的还是旧名字", "yunda", "intercept A")
R("今天好多售后啊😵\n{A} 拦截\n{B} 催件\n{C} 拦截\n辛苦亲们了", "zto", "intercept A C; urge B", cats=(7,))
R("{A} 在龙港网点放了两天了 还没派出去 催一下", "zto", "urge A")
R("{A} 打火机 被安检扣了？快递员说违禁品 退回来吧", "jt", "intercept A")
R("{A} 是我们寄给客户的样品 客户说不用样品了 直接大货 样品退回", "yto", "intercept A")
R("麻烦了 {A} 地址改一下 收件人 周女士 {P}，地址 杭州市西湖区 文三路 90号 东部软件园 科技大厦 8楼", "zto",
  "change_address A", cats=(4,))
R("{A}\n显示签收 但是客户说前台没收到 帮忙核实一下 谢谢亲", "yto", "verify_delivery A")
R("{A} 我们称的 2.3kg 你们扣了 6kg 的钱 差了 3.7kg 帮我们核一下", "yunda", "weight A", cats=(4,))
R("{A} 延误 开业典礼都结束了还没到 登记一下", "sto", "delay A")
R("{A} 快递员把名片盒子压坏了 角都翘起来了 客户不满意 登记破损吧", "zto", "damaged A")
R("{A} 丢件 分拨说扫描过了之后就没记录了 是定制的婚礼请柬 120份", "yto", "lost A", cats=(4,))
R("{A} 催一下 还有 {B} 也催一下 都是同一个学校的", "jt", "urge A B", cats=(7,))
R("小哥 {A} 撤单了哈 别来拿了 客户取消了", "zto", "cancel A")
R("{A} 理赔 保价 ¥500 亚克力奖牌 碎了", "sf", "claim A", cats=(4, 8))
R("{A} 这单派件员太过分了 打电话让客户自己来网点拿 投诉", "yunda", "complaint A")
R("晚上好 {A} 麻烦拦截 明天一早就要送了 再不拦来不及了 客户说婚礼取消了", "zto", "intercept A")
R("{A}\n{B}\n帮忙看下这两个到哪了", "yto", "track A B", cats=(7,))
R("{A} 一周没动静 丢了吧 登记丢件", "jt", "lost A")
R("{A} 客户说放快递柜了 但是没收到取件码 柜子里也没有 显示已签收", "zto", "verify_delivery A")
R("{A} 改派 原来的地址是客户家 改到客户单位：义乌市 稠城街道 工人北路 1058号 义乌日报社 3楼", "jt", "change_address A")
R("{A} 加急派送哈 谢谢 客户是我们的大客户 一年订几千张名片的", "yto", "urge A")
R("各位小哥辛苦了🙏 年底了 我们这边每天都有加急的 麻烦多关照", "zto", "")
R("{A} 按泡重算的吗 横幅很轻的 就是卷起来长 核一下重量", "sto", "weight A")
R("客户催得急 {A} 帮忙看看怎么还没到", "yunda", "track A")
R("{A} 外箱进水了 名片全部粘在一起了 客户拒收 帮忙退回 然后登记破损", "zto", "intercept A; damaged A", cats=(8,))
R("{A} 好的 谢谢 那就等它退回来吧", "yto", "", cats=(1,))
R("{A} 仲裁 我们提供了购买凭证 你们还是只赔运费 不合理", "jt", "arbitration A")
R("{A} {B} {C}\n都是同一个客户的 客户说全都不要了 全部退回", "zto", "intercept A B C", cats=(7,))
R("打扰了 {A} 在 金华 中转 两天了 帮我催一下吧 谢谢", "yunda", "urge A")
R("{A} 锦旗 收件人 是 温州医科大学附属第一医院 心内科 陈主任 电话没写 到了麻烦打科室电话 0577-5557 9999", "ems", "",
  nh=True, cats=(4,))
R("{A} 拦截 客户说打火机上的英文刻错了 「Forver」少了个e", "yto", "intercept A", cats=(3,))
R("{A} 帮看看到哪了 谢谢！客户的婚礼是后天 我也好心里有个数", "zto", "track A")
R("请帮忙催促派送 {A} 谢谢", "jd", "urge A")
R("{A} 撤单 撤单 今天不发了 老林说机器坏了 明天重新印", "yunda", "cancel A")


if __name__ == "__main__":
    W.main()
