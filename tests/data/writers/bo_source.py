"""Writer bo: a second-hand book and textbook reseller (书巢旧书, Wuhan) and the campus textbook-resale team of students
who ship through it.

Casting note. 周立新 (老周, in his fifties, a retired middle-school Chinese teacher) runs 书巢旧书 from a rented
basement warehouse by 南湖 in 洪山区: old and rare books on 孔夫子旧书网, used textbooks bought back from students and
resold (多抓鱼-style), a 闲鱼 shop. He writes long, polite messages in the outlets' WeCom groups (各位师傅好、辛苦了、
给大家添麻烦了), tells the whole story of a book before the request, and gives book titles, editions and ISBNs (978…,
13 digits, never waybills, though in the post office's group they look like EMS numbers), shelf codes (B-07-3),
his own item codes (SC2309-0412), 孔网 order numbers, prices and insured values beside the waybills. 刘姐 packs in the
warehouse and writes short practical lines. The student team 「南湖书循环」 of 江城大学 (小鹿, 阿杰, 豆豆, 学姐 Mia) collects
and resells textbooks on campus: in the semester rush (开学季) they ship batches to dorms (桂园3栋, 枫园12栋, 梅园,
竹园, 研究生公寓) and campus 驿站, and in June students moving out have parcels sent home instead. They type fast and
clipped, with pinyin (lj, cuijian, gaizhi), English, emoji and IME slips, quote each other, the owner and the bot's
replies, and put right which parcel holds which book. Buyers who bought the wrong edition have parcels cancelled or
intercepted and then change their minds; summer storms soak parcels left outside dorms, and become damage reports,
claims and complaints. Carriers: mostly ZTO, Yunda, STO, J&T and China Post/EMS (book post, S10 numbers abroad),
YTO, Deppon for boxes of 40 textbooks, Cainiao, SF for rare books, now and then JD.
"""

from harness import Writer

W = Writer("bo", seed=9787049)
R = W.R

# ---------------------------------------------------------------- 0: everyday requests, every intent
# intercept
R("周师傅好，{A} 这本麻烦拦截退回，买家拍错版本了（他要第八版，我们发的是第七版），辛苦了🙏", "zto", "intercept A")
R("{A} 拦截", "yunda", "intercept A")
R("{A} 拦一下 发错书了", "zto", "intercept A")
R("各位师傅下午好。今天上午从仓里发出的 {A}，是一套《资本论》三卷本，买家刚来消息说地址填成了他以前的单位，"
  "人已经不在那边了。麻烦先帮忙拦截退回仓库，我们和买家核对好地址后再重新寄出。给大家添麻烦了，谢谢！", "yto", "intercept A")
R("拦截退回 {A}\n孔网买家申请退款了，书还没到", "ems", "intercept A")
R("{A}退回", "sto", "intercept A")
R("这单帮忙截一下 {A} 同学说老师换教材了 这本用不上了", "zto", "intercept A")
R("{A} 别派了，退回我们仓库（洪山区南湖大道 书巢仓），谢谢", "jt", "intercept A")
R("老师好 麻烦把 {A} 拦回来 打包的时候把《大学物理》上下册发成了两本上册，要重发。", "yunda", "intercept A")
R("拦截 {A} 买家拒收", "sto", "intercept A")
R("各位好，{A} 这单是孔网一位老先生买的 1979 年版《辞源》四册，刚才来电话说家里已经有一套了。书还在路上的话，"
  "麻烦帮忙拦截退回，来回运费我们承担。谢谢！", "sf", "intercept A", cats=(4,))
R("{A} 麻烦拦截，发错宿舍楼了 这批全部重新贴单", "zto", "intercept A")
R("{A} 截回来 📦 少放了一本练习册", "yunda", "intercept A")
R("刘姐说 {A} 这包打错了 装的是别人的书 帮忙拦截退回", "sto", "intercept A")
R("麻烦拦截 {A}，买家说学校寒假封校了收不了，先退回来", "yto", "intercept A")
R("{A} 能拦截吗 同学买重复了 已经在二手群里收了一本", "zto", "intercept A")
R("{A} 拦截退回，原因：页面写的九五品，实际发出去的是有大面积划线的那本，拿错库存了（货架 C-03-2 那本才对）。",
  "yunda", "intercept A", cats=(4,))
R("{A} 退回仓库 不送了", "cainiao", "intercept A")
R("{A} 帮忙拦截 买家说收件人写成了他室友 室友已经退学了😂", "zto", "intercept A")
R("{A}\n拦", "yunda", "intercept A")
R("这个件退回来吧 {A} 我们发错了", "sto", "intercept A")
R("麻烦师傅把 {A} 拦下来，书里夹了一张别的顾客的收据，得拿回来重新包。", "ems", "intercept A")

# cancel
R("{A} 撤单，快递员还没来收", "zto", "cancel A")
R("{A} 取消寄件 买家拍错版本了 还没揽收", "yunda", "cancel A")
R("您好，下午下的单 {A} 麻烦作废一下，面单上的书名打错了，我们重新下单。", "sto", "cancel A")
R("{A} {B} 这两单不寄了 撤单", "jt", "cancel A B")
R("{A} 同学说要换成新版 这单先不寄了 帮忙取消 还没揽收", "zto", "cancel A")
R("老师您好，{A} 这单还在仓库没被取走，买家在孔网上取消了订单（订单号 {O}），麻烦帮忙撤单，谢谢。", "ems", "cancel A",
  cats=(4,))
R("今天宿舍楼下收的那单 {A} 撤销一下 同学把自己要卖的书又要回去了😂", "zto", "cancel A")
R("{A} 帮我撤掉 打单打重复了 跟 {B} 是同一本书", "yunda", "cancel A", cats=(7,))
R("{A} 还没被揽收 不寄了 撤单谢谢", "jt", "cancel A")
R("各位师傅，{A} 这单请撤掉。买家下单的是《古代汉语》王力校订重排本第一册，我们打包成了第二册，"
  "发现的时候快递员还没到，索性取消重新下单。", "zto", "cancel A")
R("{A} 撤一下 面单打印模糊了 重打一张", "sto", "cancel A")

# change_address
R("{A} 改地址：山东省潍坊市奎文区胜利东街 88 号幸福小区 5-1-302 张同学 {P}（同学放暑假回家了）", "zto",
  "change_address A", cats=(4,))
R("麻烦 {A} 改一下地址，学生已经离校，新地址：河南省周口市川汇区 七一路 文昌小区 3 号楼 2 单元 501 李佳怡 {PN}",
  "yunda", "change_address A", cats=(4,))
R("{A} 改派到 枫园 9 栋 318 同学换宿舍了", "zto", "change_address A")
R("{A} 地址改为 江城大学东区菜鸟驿站，收件人不变", "sto", "change_address A")
R("各位师傅好，{A} 是寄给江城大学研一新生的考研资料，原地址写的是学校北门，但新生宿舍分在南湖校区，麻烦改派到："
  "武汉市洪山区南湖校区 研究生公寓 6 栋 1102 陈同学，电话不变。谢谢！", "yto", "change_address A")
R("{A} 转寄 湖北省宜昌市西陵区 夷陵大道 123 号 王女士 {P}", "ems", "change_address A", cats=(4,))
R("{A} 收件地址改一下 改成 竹园 8 栋 412 电话 {PN}", "jt", "change_address A", cats=(4,))
R("{A} 地址改成她家", "yunda", "change_address A", nh=True)
R("{A} 电话改为 {PN}", "zto", "change_address A", nh=True, cats=(4,))
R("{A} 收件人改成 刘同学", "sto", "change_address A", nh=True)
R("{A} 同学毕业了 帮忙改到家里地址：江西省赣州市章贡区 红旗大道 56 号 {P} 邓同学。书比较重（一箱 14 本），辛苦了",
  "deppon", "change_address A", cats=(4,))
R("{A} 不要送学校了 改送 武汉市武昌区 中南路 7 号 中商广场写字楼 1503 公司前台", "sf", "change_address A")
R("{A} 能改地址吗？同学实习去了深圳，新地址：深圳市南山区 科苑路 15 号 {P} 林同学", "zto", "change_address A",
  cats=(4,))
R("{A} 改到 梅园 2 栋楼下快递柜", "yunda", "change_address A")
R("{A} 地址更正：江城大学南湖校区 竹园 3 栋 117（原来写成了 171）", "sto", "change_address A")
R("麻烦把 {A} 转到 西门驿站 同学说宿舍楼下那个柜子坏了", "zto", "change_address A")
R("{A} 改派：湖北省黄冈市 浠水县 清泉镇 新街 41 号 {PN} 胡同学 已经回老家了", "jt", "change_address A", cats=(4,))
R("周师傅，{A} 这单麻烦改个地址。收件的是江城大学退休的陈教授，他说学校家属区那套房子已经卖了，"
  "现在住在女儿家：武汉市江汉区 新华路 218 号 金色华庭 2 栋 2103，电话还是原来那个。书是他托我们找的《说文解字注》，"
  "一定要送到本人手上，谢谢！", "ems", "change_address A")
R("{A} 收件地址改成 研究生公寓 3 栋 1207 许同学 {P}", "cainiao", "change_address A", cats=(4,))

# urge
R("{A} 催一下 下周一开学要用", "zto", "urge A")
R("开学季 {A} {B} {C} 三单都是教材 周一上课 麻烦催催派送🙏", "yunda", "urge A B C", cats=(7,))
R("各位师傅辛苦，{A} 已经到武汉三天了一直显示待派送，学生打了好几次电话问，能否帮忙催一下派送？谢谢大家。", "yto",
  "urge A")
R("{A} 到驿站了吗 没到的话催一下 🙏", "jt", "urge A")
R("{A} 咋还不到 催催", "yunda", "urge A")
R("催件 {A} {B}", "zto", "urge A B")
R("{A} 这本考研英语 买家天天问 帮我催一下吧", "ems", "urge A")
R("{A} 快点送吧 四天没动了 同学要哭了😭", "yunda", "urge A")
R("老板让催的：{A}", "zto", "urge A")
R("{A} 能不能催一下 周五前要到 不然同学就离校了", "sto", "urge A")
R("{A} 麻烦加急派送，这位买家是高三老师，明早第一节课要用这本《古文观止》。", "ems", "urge A")
R("催一下 {A}，在东区站点放了两天了，宿舍楼下一直没送", "zto", "urge A")
R("{A} 今天能送到吗 能的话麻烦催一下 同学下午四点后不在宿舍", "sto", "urge A")

# track
R("{A} 到哪了", "zto", "track A")
R("{A}", "yunda", "track A")
R("麻烦查一下 {A} 的物流，孔网买家问什么时候能到", "ems", "track A")
R("{A} 这本《红楼梦》什么时候到 买家问了", "sto", "track A")
R("{A} 现在在哪 同学说查不到物流", "zto", "track A")
R("请问 {A} 大概几号能到？买家是大四的，月底就离校了。", "zto", "track A")
R("{A} {B} 这两单物流查下", "yunda", "track A B")

# verify_delivery
R("{A} 显示已签收 同学说没收到 驿站也找了 没有", "zto", "verify_delivery A")
R("{A} 签收了？买家说根本没见到书，宿管阿姨也说没人送来过，麻烦核实一下。", "yunda", "verify_delivery A")
R("{A} 显示桂园 3 栋快递柜签收 同学去开柜是空的", "sto", "verify_delivery A")
R("老师好，{A} 物流显示本人签收，但买家（一位退休老教授）说当天家里没人，也没接到电话，麻烦帮忙核实签收情况。谢谢！",
  "ems", "verify_delivery A")
R("{A} 虚假签收 人还没到学校就显示签收了", "jt", "verify_delivery A")
R("{A} 被别人签收了 不是我们同学 麻烦查下谁签的", "zto", "verify_delivery A")

# damaged
R("{A} 今天下雨 书淋湿了 同学拍了照 封面全起皱", "yunda", "damaged A")
R("{A} 外箱破了 少了一角 书脊压坏了", "zto", "damaged A")
R("师傅好，{A} 这箱是寄到宿舍的一整套考研资料，今天暴雨，快递放在楼下露天的架子上，书全泡了水，同学拍照发给我了，"
  "纸都粘在一起了。麻烦先登记一下破损。", "jt", "damaged A")
R("{A} 书湿了🌧️", "zto", "damaged A")
R("{A} 包装被雨水泡烂了 里面两本书都发霉似的", "ems", "damaged A")
R("{A} 书脊裂了 开胶 买家说收到就这样", "sto", "damaged A")

# lost
R("{A} 丢件了 一周没更新 驿站也没有", "zto", "lost A")
R("{A} 十天没动静了 是不是丢了", "yunda", "lost A")
R("{A} 遗失了 转运中心说找不到", "sto", "lost A")
R("{A} 一箱书 件没了 哪都找不着", "deppon", "lost A")
R("{A} 买家只收到一本 还有一本《概率论与数理统计》没了 少件", "zto", "lost A")
R("{A} 这单丢了吧 站点说没见过这个件", "jt", "lost A")

# weight
R("{A} 重量不对 我们称的 2.3kg 你们算 4kg", "zto", "weight A", cats=(4,))
R("{A} 核一下重 一箱旧教材 12 公斤 结算按 18 公斤扣的", "deppon", "weight A", cats=(4,))
R("{A} 超重？就三本书 不可能 5 公斤", "yunda", "weight A")
R("麻烦查重量 {A} {B}", "sto", "weight A B")
R("周师傅，{A} 和 {B} 这两箱都是 30 本左右的《大学英语》，我们仓库的秤称出来每箱 21kg 上下，但账单里是 27kg 和 "
  "29kg，麻烦帮忙复核一下重量。谢谢。", "deppon", "weight A B", cats=(4,))

# delay
R("{A} 三天没动了", "zto", "delay A")
R("{A} 在武汉转运中心趴了四天了", "yunda", "delay A")
R("{A} 好几天没更新了 学生都开学一周了", "sto", "delay A")
R("{A} 怎么还没到 是不是延误了", "zto", "delay A")
R("{A} 物流一直停在「已到达 武汉洪山分拨中心」 五天了", "yunda", "delay A")

# claim
R("{A} 书全被雨泡了 要理赔 书价 86 元", "zto", "claim A", cats=(4, 8))
R("{A} 丢了 申请赔偿 绝版书 孔网成交价 320", "ems", "claim A", cats=(4, 8))
R("{A} 破损 要赔钱 买家已经退款了 ¥58", "yunda", "claim A", cats=(4, 8))
R("各位好，{A} 这件是一套 1981 年版的《鲁迅全集》（16 卷），保价 1500 元，收件人拆开发现整箱进水，有 6 卷书页"
  "霉变粘连，已无法出售。照片和开箱视频都有，麻烦按保价申请理赔，谢谢。", "sf", "claim A", cats=(4, 8))
R("{A} 少了一本 申请赔付", "zto", "claim A", cats=(8,))
R("{A} 这单赔一下吧 书泡烂了 没法卖了", "jt", "claim A", cats=(8,))

# complaint
R("{A} 快递员不送宿舍 让同学自己去三公里外的站点拿 投诉", "yunda", "complaint A")
R("投诉 {A} 的派送员 态度很差 骂我们学生", "zto", "complaint A")
R("{A} 客诉 买家说快递员直接把书扔在楼道里", "sto", "complaint A")
R("{A} 这个快递员打电话一直不接 放驿站也不发取件码 我要投诉", "jt", "complaint A")

# arbitration
R("{A} 理赔只给 20 块 那套书孔网卖 260 不接受 申请仲裁", "zto", "arbitration A", cats=(4, 8))
R("{A} 的理赔结果有争议，我们要申请仲裁。", "yunda", "arbitration A")

# chit-chat and questions without a waybill
R("谢谢师傅们 开学季辛苦了🙏", "zto")
R("明天几点来仓库收件？今天打包了 80 多单", "yunda", cats=(4,))
R("好的 辛苦", "zto")
R("请问寄书走邮政挂刷还是快递包裹便宜？一本 500 克左右", "ems", cats=(4,))
R("师傅 明天能多派一辆车吗 开学季单子爆了 大概 200 箱", "deppon", cats=(4,))
R("ISBN 9787040396638 这本还有人要吗 仓里多出来三本 哈哈 发错群了", "zto", cats=(4,))
R("今天下午 4 点前能来收吗？宿舍楼下还有二十几箱要寄回家的书", "yunda", cats=(4,))
R("各位师傅早上好！开学季又到了，我们这两周每天大概发 150 到 200 单到江城大学和理工大，大多是教材，"
  "偶尔有几箱比较重。想麻烦大家早上尽量早点来仓库收，下午学生下课后宿舍才有人。谢谢大家一直以来的照顾！", "zto",
  cats=(4,))
R("拦截一般多久能退回仓库？", "yunda")
R("🙏🙏🙏", "sto")
R("师傅 枫园那边的快递柜满了 今天送不进去的话放哪", "zto")

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} 拦截 {B} 不用拦", "zto", "intercept A", cats=(1,))
R("{A} 是《线性代数》那本，拦截。{B} 是《概率论》，不拦，照常送。", "yunda", "intercept A", cats=(1,))
R("刚才说拦截的 {A} 不拦了 同学又要了😂", "zto", "", nh=True, cats=(1,))
R("{A} 拦截……等下 同学说还是要这本 那不拦了", "sto", "", cats=(1,))
R("{A} 不用催了 已经到驿站了 谢谢", "yunda", "", nh=True, cats=(1,))
R("{A} {B} {C} 除了 {B} 都拦回来", "zto", "intercept A C", cats=(1, 7))
R("{A} 不要退回，改寄到他家：浙江省温州市鹿城区 五马街 12 号 {P} 郑同学", "yto", "change_address A", cats=(1, 4))
R("不是不拦 是现在就拦 {A} 别等明天了", "zto", "intercept A", cats=(1,))
R("{A} 先不拦 同学还在犹豫要不要换版本 等她回话", "yunda", "", cats=(1,))
R("上午让撤单的 {A} 不撤了，照常寄，同学说第二版也能用", "sto", "", nh=True, cats=(1,))
R("{A} 撤单 —— 等等 同学又说不换了 照常寄吧", "zto", "", cats=(1,))
R("不用理赔了 {A} 买家说书晾干了还能看", "yunda", "", nh=True, cats=(1,))
R("{A} {B} 催一下，{C} 不用，那本同学已经自己去驿站拿了", "zto", "urge A B", cats=(1, 7))
R("{A} 不是要拦截 是改地址，改到 梅园 5 栋 206", "sto", "change_address A", cats=(1,))
R("{A} 别拦了别拦了 买家说还是要", "jt", "", nh=True, cats=(1,))
R("{A} 这单书破了一点 不用赔 买家说能看就行 记一下破损", "zto", "damaged A", cats=(1, 8))
R("这几单今天都别动：{A} {B}。只有 {C} 需要拦截，发错版本了。", "yunda", "intercept C", cats=(1, 7))
R("{A} 不拦截了，改成撤单，快递员说还没揽收呢", "zto", "cancel A", cats=(1, 2))
R("{A} 拦不拦？同学说随便 算了 就让它送吧", "sto", "", cats=(1,))
R("@阿杰 {A} 那本你别拦啊 老板说让它送 人家换了宿舍也能拿", "zto", "", nh=True, cats=(1,))
R("{A} 不用改地址了 她 6 月 30 号才离校 来得及", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截\n买家又说不退了 第七版也凑合用\n那就不拦了哈", "zto", "", cats=(1,))
R("{A} 退回 买家拍错版本了。\n补充：买家刚说还是要，照常派送吧，不好意思", "yunda", "", cats=(1,))
R("{A} 不撤单 是拦截 人家已经揽收了", "sto", "intercept A", cats=(1,))
R("{A} 不要拦截！！同学就住这 是我们把宿舍号写错了 改成 桂园 7 栋 305", "zto", "change_address A", cats=(1,))
R("{A} {B} 这两本都别派了 退回", "jt", "intercept A B", cats=(1,))
R("{A} 不用送宿舍了 放东门驿站就行", "yunda", "change_address A", cats=(1,))
R("{A} 不是不要了 是不要送学校 送他家：湖北省孝感市 孝南区 槐荫大道 99 号 {PN} 黄同学", "zto",
  "change_address A", cats=(1, 4))
R("{A} 这单不催了 同学说周末才回学校 放驿站就好", "sto", "", nh=True, cats=(1,))
R("刚才那个撤单不算 {A} 我看错了 快递员已经取走了\n要拦截", "yunda", "intercept A", cats=(1, 2))
R("{A} 这本不退！ 是 {B} 要退", "zto", "intercept B", cats=(1,))
R("{A} 拦截，{B} 也拦截，{C} 先别动，我问问那个同学", "yunda", "intercept A B", cats=(1, 7))
R("{A} 退款了 但书不用拦 让他收了再寄回来 省事", "zto", "", cats=(1,))
R("理赔先不申请了 {A} 我们跟买家协商了 补发一本就行", "yunda", "", nh=True, cats=(1,))
R("{A} 拦截 …… 算了 不拦了", "sto", "", cats=(1,))
R("{A} 不拦截也行 那就改地址吧 送 竹园 1 栋 楼下", "zto", "change_address A", cats=(1, 2))

# ---------------------------------------------------------------- 2: corrections
R("{A:typo} 拦截 —— 打错一位，是 {A}", "zto", "intercept A", cats=(2,))
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "yunda", "intercept A", cats=(2,))
R("{A} 改地址……算了 还是退回吧 同学说不要了", "sto", "intercept A", cats=(2,))
R("{A} 拦截（高数那本）\n不对不对 高数的是 {B}，{A} 是大学英语 照常发", "zto", "intercept B", cats=(2, 1))
R("{A} 拦截\n更正 单号贴错了 要拦的是 {B}（《数据结构》C 语言版），{A} 是《计算机网络》正常派送", "yunda",
  "intercept B", cats=(2, 1))
R("{A} 催一下 哦不 是 {B} 要催 {A} 昨天就签收了", "sto", "urge B", cats=(2,))
R("{A} 改到竹园 8 栋 412\n更正：是 428，412 是她以前的宿舍", "zto", "change_address A", cats=(2,))
R("{A} 拦截退回 → 改一下 不退了 改派到 东区菜鸟驿站", "yunda", "change_address A", cats=(2,))
R("{A} 作废 不好意思 说错了是拦截 已经被收走了", "jt", "intercept A", cats=(2,))
R("{A} {B} 两本都催\n啊不对 第二个贴错了 应该是 {C}", "zto", "urge A C", cats=(2, 7))
R("{A} 高数 {B} 线代 线代那本拦截\n……说反了 高数那本拦截 线代正常", "sto", "intercept A", cats=(2, 7))
R("{A:cut} 拦截\n少打了一位 完整的是 {A}", "yunda", "intercept A", cats=(2, 6))
R("{A} 还是拦截吧 改地址太麻烦了 同学说重新拍一本", "zto", "intercept A", cats=(2,))
R("{A} 撤单，不对，是 {B} 撤单，{A} 已经发出去了要拦截", "yunda", "cancel B; intercept A", cats=(2,))
R("纠正一下：{A} 对应的是《西方经济学》（高鸿业第八版），不是《微观经济学》，跟买家说的时候别说错了。"
  "这单麻烦催一下。", "zto", "urge A", cats=(2,))
R("{A} 和 {B} 贴反了：{A} 里装的是《高数》，{B} 里装的是《线代》。买家要退的是线代，所以拦 {B}", "sto",
  "intercept B", cats=(2,))
R("{A} 《民法典》\n{B} 《刑法学》\n{C} 《法理学》\n刑法那本改地址 改到 梅园 2 栋 303；民法典那本催一下", "zto",
  "change_address B; urge A", cats=(2, 7))
R("{A} 改地址到 枫园 6 栋 —— 打错了 是 桂园 6 栋", "yunda", "change_address A", cats=(2,))
R("{A:typo} 催件\n单号错了 {A}", "jt", "urge A", cats=(2,))
R("{A} 拦截 不对 是改地址 改到她家 河南省信阳市 浉河区 中山路 16 号 {P} 吴同学", "zto", "change_address A",
  cats=(2, 4))
R("更正：{A} 不是丢了，是破了，书到了但封面撕开了", "sto", "damaged A", cats=(2,))
R("{A} 三天没动了\n哦刷新了一下 今天动了 那就催一下吧", "yunda", "urge A", cats=(2,))
R("{A} 查一下到哪了……哦看到了 显示签收 可同学说没拿到啊", "zto", "verify_delivery A", cats=(2,))
R("{A} 拦截。不好意思，单号看串行了，是下一行的 {B}。", "yto", "intercept B", cats=(2,))
R("{A} 是小鹿打包的那箱吗？不是，小鹿那箱是 {B}。{B} 拦截，里面少放了一本", "zto", "intercept B", cats=(2,))
R("{A} 催件 → 更正为 理赔，今天同学收到了，书全湿了没法用", "yunda", "claim A", cats=(2, 8))
R("{A} 退回。\n哦 等一下 不是 {A}，是它下面那个 {B}。", "sto", "intercept B", cats=(2,))
R("{A} 改派 桂园 3 栋 → 抱歉 是 3 号楼 不是 3 栋（新校区叫楼）", "zto", "change_address A", cats=(2,))
R("各位师傅，纠正一下：刚刚我在群里发的 {A} 不是《宋词选》，是《唐诗选》（人民文学出版社 1978 年版）。"
  "书名说错了，请求不变，还是麻烦帮我拦截退回，谢谢。", "ems", "intercept A", cats=(2,))
R("{A} 拦截 🙅 撤单 🙆 还没揽收", "zto", "cancel A", cats=(2, 5))

# ---------------------------------------------------------------- 3: quotes of each other and of the bot
R("「书巢老周：{A} 拦截」\n- - - - - - - - - - - - - - -\n这个不用拦了 我跟买家沟通好了", "zto", "", nh=True, cats=(1, 3))
R("@书巢老周 {A} 拦截已提交，结果会第一时间通知您\n好的 谢谢", "yunda", "", cats=(3,))
R("「快递助手：@小鹿 {A} 已为您催促派送，请耐心等待」\n- - - - - - - - - - - - - - -\n{B} 这单也催一下", "zto",
  "urge B", cats=(3,))
R("回复 @快递助手：@书巢老周 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那撤单", "sto", "cancel A",
  cats=(3,))
R("引用 快递助手：@阿杰 {A} 已签收，无法拦截\n啊 单号贴错了 要拦的是 {B}", "zto", "intercept B", cats=(2, 3))
R("「阿杰：{A} 催件」\n- - - - - - - - - - - - - - -\n这个我已经打电话给网点催过了 不用再催 谢谢", "yunda", "",
  nh=True, cats=(1, 3))
R("「小鹿：{A} 是哪本书来着」\n- - - - - - - - - - - - - - -\n《毛概》那本 到哪了帮查下", "zto", "track A", cats=(3,))
R("回复 刘姐：{A} 这箱是不是淋湿了？\n对 湿了 我拍照了 登记破损", "yunda", "damaged A", cats=(3,))
R("@书巢老周 {A} 改址已提交，结果会第一时间通知您\n改址成功了吗？同学明天就回家了", "zto", "", nh=True, cats=(3,))
R("@豆豆 请确认：{A} 拦截退回？回复“确认”即办理\n等等 我问下买家", "sto", "", cats=(3,))
R("老周说：“{A} 拦截，{B} 催一下” 按他说的办", "zto", "intercept A; urge B", cats=(3, 7))
R("「小鹿：{A} {B} 都拦截」\n- - - - - - - - - - - - - - -\n{B} 不用 只拦 {A}", "yunda", "intercept A", nh=True,
  cats=(1, 3))
R("@书巢老周 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n这单还要申请理赔 书全废了 ¥45", "zto",
  "claim A", cats=(3, 4, 8))
R("@阿杰 {A} 撤单成功\n👌", "yunda", "", cats=(3,))
R("「刘姐：仓库 B-07-3 那箱是 {A} 吧」\n- - - - - - - - - - - - - - -\n是的 这箱拦下来 里面书装错了", "sto",
  "intercept A", cats=(3, 4))
R("「快递助手：@小鹿 您的消息已转人工客服处理，请稍候」\n- - - - - - - - - - - - - - -\n人工呢？{A} 拦截啊 急", "zto",
  "intercept A", cats=(3,))
R("回复 小鹿：上次拦截的那本 {A} 退回仓库了没\n还没 我帮你问问 {A} 现在到哪了", "yunda", "track A", cats=(3,))
R("@书巢老周 {A} 拦截已提交，结果会第一时间通知您\n不用拦了！！买家刚说要", "zto", "", nh=True, cats=(1, 3))
R("「Mia学姐：{A} 改地址 枫园 12 栋 506」\n- - - - - - - - - - - - - - -\n收到 学姐 我顺便把 {B} 也催一下", "sto",
  "urge B", cats=(3,))
R("@小鹿 {A} 已为您催促派送，请耐心等待\n催了两天了还没到 是不是延误了", "yunda", "delay A", cats=(3,))
R("回复 阿杰：{A} 这单谁发的？\n我发的 拦一下吧 发错人了", "zto", "intercept A", cats=(3,))
R("「老周：今天发出的几单里 {A} 是给陈教授的《说文解字注》，一定要送到本人」\n- - - - - - - - - - - - - - -\n"
  "收到老板", "ems", "", cats=(3,))
R("@书巢老周 {A} 已签收，无法拦截\n那就申请核实签收吧 买家说根本没收到", "zto", "verify_delivery A", cats=(3,))
R("「豆豆：{A} 退回」\n- - - - - - - - - - - - - - -\n@豆豆 别退 这本我留着了 改寄给我：枫园 12 栋 417 阿杰", "yunda",
  "change_address A", cats=(1, 3))
R("引用 快递助手：@书巢老周 {A} 已为您登记延误工单，结果会第一时间通知您\n好的，谢谢。另外 {B} 也是同样情况，"
  "在郑州停了五天，也麻烦登记一下延误。", "jt", "delay B", cats=(3,))
R("转发小鹿的：“{A} 到了 书被压坏了”\n麻烦登记破损", "zto", "damaged A", cats=(3,))
R("「阿杰：{A} 拦截」\n- - - - - - - - - - - - - - -\n@快递助手 同上", "sto", "intercept A", cats=(3,))
R("@书巢老周 {A} 撤单成功\n撤错了😱 应该撤的是 {B}", "yunda", "cancel B", nh=True, cats=(2, 3))
R("「小鹿：{A} 催一下」\n- - - - - - - - - - - - - - -\n这单我早上已经催过了 机器人回复了 不用重复", "zto", "", nh=True,
  cats=(1, 3))
R("@阿杰 {A} 拦截已提交，结果会第一时间通知您\n拦截成功没 买家问", "sto", "", nh=True, cats=(3,))
R("回复 @快递助手：@豆豆 {A} 已为您催促派送，请耐心等待\n谢啦～ 还有 {B} {C} 也催下", "zto", "urge B C", cats=(3, 7))

# ---------------------------------------------------------------- 4: numbers that are not waybills (ISBNs, orders, phones, codes)
R("ISBN 9787040396638《高等数学》同济第七版上册，单号 {A}，买家要第八版，麻烦拦截退回。", "ems", "intercept A",
  cats=(4,))
R("{A} 这单里是 9787302302155 和 9787111736813 两本 同学说只收到一本 少件", "ems", "lost A", cats=(4,))
R("书号 978-7-5612-2997-2 的那本，快递 {A}，催一下派送，同学周一考试", "yunda", "urge A", cats=(4,))
R("孔网订单 {O} 对应快递 {A} 买家申请退款了 拦截", "zto", "intercept A", cats=(4,))
R("{A} 改地址 新地址：江城大学南湖校区 枫园 12 栋 506，学号 2022301567，电话 {PN}", "sto", "change_address A",
  cats=(4,))
R("货号 SC2309-0412 架位 C-03-2 单号 {A} 催件", "zto", "urge A", cats=(4,))
R("{A} 取件码 8-3-2041 同学在驿站找了半天没有 系统显示已签收", "yunda", "verify_delivery A", cats=(4,))
R("ISBN 9787300426211\n{A}\n这本催一下，买家是考研的，下周模拟考", "ems", "urge A", cats=(4,))
R("{A} 同学电话 {PN} 打不通 快递员说送不了 麻烦催一下再联系", "zto", "urge A", cats=(4,))
R("{A} 运费 12 元 书才 9.9 元 买家拒收了 退回吧", "yunda", "intercept A", cats=(4,))
R("9787208332249 这本 回收价才 3.2 元 算了不卖了 {A} 撤单", "zto", "cancel A", cats=(1, 4))
R("{A} 的收件人电话写错了 应该是 {P} 不是 {P2}", "sto", "change_address A", nh=True, cats=(4,))
R("EMS {A} 里面是 ISBN 9787513022002 的《法考真题》 同学说书皮破了", "ems", "damaged A", cats=(4,))
R("订单号 {O}\n快递单号 {A}\n书名 《明朝那些事儿》全七册\n问题：显示签收，买家未收到\n诉求：核实签收", "yunda",
  "verify_delivery A", cats=(4,))
R("《古文观止》9787100538329 {A}\n《唐诗三百首》9787023640567 {B}\n第一本拦截 第二本催", "ems", "intercept A; urge B", cats=(4, 7))
R("学号 2021301122 的同学退宿了 {A} 转寄到 湖南省衡阳市 珠晖区 东风路 9 号 {PN} 周同学", "zto",
  "change_address A", cats=(4,))
R("{A} 赔了 15 块？书是 1978 年的初版 孔网同品相最低 188 我们不认 要仲裁", "yunda", "arbitration A", cats=(4, 8))
R("+86 {P} 是买家电话 {A} 派送前让快递员先打个电话 麻烦催一下", "zto", "urge A", cats=(4,))
R("{A}（ISBN 9787032241540，《有机化学》第五版）显示签收，买家说没收到", "ems", "verify_delivery A", cats=(4,))
R("今天 9 月 2 号，{A} 8 月 28 号发的，还在路上，{B} 8 月 29 号发的，已经签收。前面那个催一下", "sto", "urge A",
  cats=(4, 7))
R("{A} 书价 ¥268 保价 ¥300 外箱淋透了 书页全皱 申请理赔", "sf", "claim A", cats=(4, 8))
R("宿舍 1-502 的那个同学 {A} 一直打不通 电话 {PN} 麻烦查一下到哪了", "yunda", "track A", cats=(4,))
R("孔网订单 {O} 和 {O2} 是同一个买家，合并成一个包裹发了，单号 {A}，麻烦催一下", "zto", "urge A", cats=(4,))
R("{A} 这单 2 箱 共 46 本 结算重量 38kg？我们自己称的 26.5kg 麻烦核重", "deppon", "weight A", cats=(4,))
R("9787562499091\n9787309514544\n9787568075275\n这三本都在 {A} 里 买家说第二本淋湿了", "ems", "damaged A", cats=(4,))
R("架位 A-12-05 的书已下架 对应单号 {A} 不寄了 撤单", "yunda", "cancel A", cats=(4,))
R("{A} 收件电话改成 {PN} 地址改到 桂园 11 栋 208", "zto", "change_address A", cats=(4,))
R("买家手机尾号 4421，单号 {A}，催一下", "sto", "urge A", cats=(4,))
R("ISBN 978-7-301-72040-0 这本在 {A} 里，今天上午 10:30 显示派送中，现在下午 5 点了还没送到，麻烦问下到哪了", "zto", "track A",
  cats=(4,))
R("闲鱼订单 {O} 退款 ¥19.9 已完成，书 {A} 还在路上，拦截退回", "yunda", "intercept A", cats=(4,))
R("9787562856085 的那本 拦截一下", "ems", "", nh=True, cats=(4,))
R("{A} 驿站取件码 15-2-6033 显示已取件 同学说不是她取的", "zto", "verify_delivery A", cats=(4,))
R("ISBN 9787313656902 多抓鱼那边下架了 {A} 里装的就是这本 买家收到后发现缺页 算破损吗", "ems", "", nh=True, cats=(4,))

# ---------------------------------------------------------------- 5: pinyin, English, emoji, slips
R("lj {A} 发错书了", "zto", "intercept A", cats=(5,))
R("{A} lanjie 🙏", "yunda", "intercept A", cats=(5,))
R("{A} pls intercept, wrong edition", "sto", "intercept A", cats=(5,))
R("{A} cui yi xia 明天考试😭", "zto", "urge A", cats=(5,))
R("{A} gaidizhi 枫园 12 栋 506", "jt", "change_address A", cats=(5,))
R("{A} 兰姐一下 买家不要了", "zto", "intercept A", cats=(5,))
R("{A} urgent!! 开学第一课要用", "yunda", "urge A", cats=(5,))
R("{A} 拦截😅😅 买错版本 第几版都分不清的孩子", "zto", "intercept A", cats=(5,))
R("{A} 到哪儿了呀🥺 学妹问好几次了", "sto", "track A", cats=(5,))
R("cancel {A} pls 还没揽收", "yunda", "cancel A", cats=(5,))
R("{A} 改个地址哈 送到南门驿站 thx", "zto", "change_address A", cats=(5,))
R("{A} 书泡水了🌧️📚💦 要赔", "yunda", "claim A", cats=(5, 8))
R("{A} where is it now? buyer asking", "yto", "track A", cats=(5,))
R("dd {A} cuijian", "zto", "urge A", cats=(5,))
R("chedan {A} 买家买错了", "zto", "cancel A", cats=(5,))
R("{A} 崔一下 谢谢", "sto", "urge A", cats=(5,))
R("{A} return to sender pls, buyer cancelled", "jt", "intercept A", cats=(5,))
R("{A} 撤单啦 同学不卖了🥲", "zto", "cancel A", cats=(5,))
R("{A} 拦劫一下 发错了", "yunda", "intercept A", cats=(5,))
R("{A} change address to 竹园 6 栋 221, thanks", "sto", "change_address A", cats=(5,))
R("{A} cj 🙏🙏", "zto", "urge A", cats=(5,))
R("{A} 给我拦下来啊啊啊 书发错了！！", "yunda", "intercept A", cats=(5,))
R("{A} 显示签收 同学说压根没见到 heshi 一下", "zto", "verify_delivery A", cats=(5,))
R("{A} 烂了 书淋成纸浆了 peichang", "sto", "claim A", cats=(5, 8))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("{A:nl} 拦截", "zto", "intercept A", cf=True, cats=(6,))
R("{A:sp} 催一下", "yunda", "urge A", cats=(6,))
R("{A:dash} 到哪了", "sto", "track A", cats=(6,))
R("{A:sp} 改地址 桂园 3 栋 220", "ems", "change_address A", cats=(6,), draw="ems_s10")
R("麻烦拦截\n{A:nl}\n买家拍错了", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl} 催件", "zto", "urge A", cats=(6,))
R("{A:fw} 撤单", "jt", "cancel A", cats=(6,))
R("{A:lc} 拦截", "yto", "intercept A", cats=(6,))
R("{A:cut} 拦一下", "zto", "", nh=True, cats=(6,))
R("尾号 3321 那本拦一下 买家不要了", "yunda", "", nh=True, cats=(6,))
R("寄台北的 {A:sp} 两周没动了", "ems", "delay A", cats=(6,), draw="ems_s10")
R("{A:nl} 改地址 枫园 4 栋 112", "yunda", "change_address A", cf=True, cats=(6,))
R("{A:dash} 显示签收 买家没收到", "zto", "verify_delivery A", cats=(6,))
R("{A:cut} 催件 买家急用", "jt", "", nh=True, cats=(6,))

# ---------------------------------------------------------------- 7: several parcels: positions, tables, batches
R("今天宿舍件：\n{A} 桂园3栋\n{B} 枫园12栋\n{C} 梅园5栋\n第二个改到 竹园 8 栋 412 同学换宿舍了", "zto",
  "change_address B", cats=(7,))
R("{A}\t高数上\t拦截\n{B}\t线代\t催件\n{C}\t大物\t催件", "yunda", "intercept A; urge B C", cats=(7,))
R("{A} {B} {C} {D}\n以上都催一下 开学第一周要用", "zto", "urge A B C D", cats=(7,))
R("这三本 第一本拦截 后两本催一下\n{A}\n{B}\n{C}", "sto", "intercept A; urge B C", cats=(7,))
R("{A} 拦截 {B} 撤单 {C} 改地址 东区菜鸟驿站", "zto", "intercept A; cancel B; change_address C", cats=(7,))
R("{A} 高数同济七版\n{B} 大学英语综合教程 2\n{C} 线性代数\n高数那本拦一下 买错版了 要第八版", "yunda", "intercept A",
  cats=(7,))
R("这两个 一个拦截一个催件 {A} {B}", "zto", "", nh=True, cats=(7,))
R("{A}\n{B}\n上面两个拦截", "sto", "intercept A B", cats=(7,))
R("单号\t书名\t处理\n{A}\t《围城》\t退回\n{B}\t《活着》\t改地址 桂园6栋 101\n{C}\t《平凡的世界》\t催派", "zto",
  "intercept A; change_address B; urge C", cats=(7,))
R("开学季第一批宿舍件 麻烦统一催派：\n1. {A} 桂园 1 栋\n2. {B} 桂园 4 栋\n3. {C} 枫园 2 栋\n4. {D} 梅园 7 栋\n"
  "5. {E} 研究生公寓 3 栋\n其中 3 号同学说已经自己拿了 不用催", "zto", "urge A B D E", cats=(1, 7))
R("{A} {B} 都是桂园的 都改到东门菜鸟驿站 宿舍楼下不让放快递了", "yunda", "change_address A B", cats=(7,))
R("1号3号拦截 2号不动\n1. {A}\n2. {B}\n3. {C}", "sto", "intercept A C", cats=(7,))
R("{A} {B} {C} 这三箱 前两箱催派 最后一箱核重 明显称多了", "deppon", "urge A B; weight C", cats=(7,))
R("今天发往江城大学的十几单都到武汉了就是不派 先催这三单：{A} {B} {C} 其他的明天再看", "zto", "urge A B C",
  cats=(7,))
R("{A}\n{B}\n{C}\n{D}\n{E}\n全部拦截 这批是下错单了 地址全是去年的宿舍", "yunda", "intercept A B C D E", cats=(7,))
R("昨天那场暴雨 我们发去东区的 5 单全湿了：{A} {B} {C} {D} {E}，都先登记破损，赔偿的事后面再说", "zto",
  "damaged A B C D E", cats=(7, 8))
R("{A} 桂园\n{B} 枫园\n{C} 竹园\n{D} 梅园\n除了枫园那单 其他都催", "sto", "urge A C D", cats=(1, 7))
R("毕业生寄回家的：\n{A} 山东\n{B} 河南\n{C} 广东\n山东那箱地址写错了 改为 山东省临沂市 兰山区 通达路 6 号 {P} 孙同学",
  "deppon", "change_address A", cats=(4, 7))
R("{A} {B}\n前一个拦截 后一个撤单", "zto", "intercept A; cancel B", cats=(7,))
R("①{A} ②{B} ③{C}\n②催件 ③查一下到哪了", "yunda", "urge B; track C", cats=(7,))
R("下面几单都是孔网的，麻烦逐一处理，谢谢：\n{A} 催件\n{B} 催件\n{C} 买家拒收 退回\n{D} 显示签收买家没收到", "ems",
  "urge A B; intercept C; verify_delivery D", cats=(7,))
R("{A} {B} {C} 同一个同学的三本 都改地址 改到 湖北省荆州市 沙市区 北京中路 77 号 {PN} 何同学", "zto",
  "change_address A B C", cats=(4, 7))
R("{A}、{B} 催一下\n{C} 拦截\n{D} 不用管", "jt", "urge A B; intercept C", cats=(1, 7))
R("{A} {B} {C} 后两个拦截", "sto", "intercept B C", cats=(7,))
R("宿舍件汇总\n桂园 3 栋：{A}、{B}\n枫园 12 栋：{C}\n桂园 3 栋的两单都改到 东门菜鸟驿站（宿管说这周楼下不收快递）", "zto",
  "change_address A B", cats=(7,))
R("{A}\t淋湿\t登记破损\n{B}\t淋湿\t理赔 ¥35\n{C}\t正常\t-", "yunda", "damaged A; claim B", cats=(4, 7, 8))
R("这四单是 Mia 学姐今天收的毕业生旧书 寄回仓库的：{A} {B} {C} {D} 第三单填错仓库地址了 改到 "
  "武汉市洪山区南湖大道 书巢仓 刘姐收 {PN}", "zto", "change_address C", cats=(4, 7))
R("{A} {B} 一个是小鹿的一个是阿杰的 阿杰那单拦一下", "yunda", "", nh=True, cats=(7,))
R("以下三单催派：{A} {B} {C}；以下两单核重：{D} {E}", "deppon", "urge A B C; weight D E", cats=(7,))
R("{A}\n{B}\n{C}\n第一个和第三个拦截，中间那个同学要的，别动", "zto", "intercept A C", cats=(1, 7))
R("{A} 催\n{B} 催\n{C} 拦\n{D} 催", "yunda", "urge A B D; intercept C", cats=(7,))
R("今天的退货：{A}（高数） {B}（线代） {C}（英语）都退回 谢谢", "sto", "intercept A B C", cats=(7,))
R("这几单物流帮查一下：\n{A}\n{B}\n{C}\n{D}", "zto", "track A B C D", cats=(7,))

# ---------------------------------------------------------------- 8: compounds: rain, damage, claims, complaints
R("{A} 书被雨泡了 快递员直接扔宿舍楼门口没打电话 投诉+登记破损", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 淋湿了 要赔偿 另外投诉派送员 下雨天把书放室外", "yunda", "claim A; complaint A", cats=(8,))
R("{A} 拦截并投诉 派送员态度恶劣 买家直接拒收了", "sto", "intercept A; complaint A", cats=(8,))
R("{A} 延误一周 客户要投诉", "zto", "delay A; complaint A", cats=(8,))
R("{A} 快点送 同学已经投诉了", "yunda", "urge A; complaint A", cats=(8,))
R("{A} 丢了 要赔 还要投诉 网点一直推脱", "zto", "claim A; complaint A", cats=(8,))
R("{A} 少了两本 申请理赔 然后重量也不对 3 本书算了 6 公斤", "yunda", "claim A; weight A", cats=(4, 8))
R("各位师傅，{A} 这箱书今天送到宿舍楼下时外箱已经全湿，快递员放下就走了，也没有通知学生。箱里是 12 本考研资料，"
  "同学拍照说一半以上书页粘在一起。第一，麻烦按实际损失理赔（书款合计 ¥216）；第二，也想反映一下这位派送员的问题，"
  "下雨天不该把纸质物品放在露天。谢谢。", "zto", "claim A; complaint A", cats=(4, 8))
R("{A} 破损 书角全烂 附图 · 另外这个件还超重了 2 本书算 3kg 麻烦核重", "sto", "damaged A; weight A", cats=(4, 8))
R("{A} 三天没动了 催一下 再不到就投诉了", "yunda", "urge A", cats=(8,))
R("{A} 显示签收但同学没收到 核实一下 另外快递员电话里态度很冲 投诉", "zto", "verify_delivery A; complaint A",
  cats=(8,))
R("{A} 丢件 理赔 仲裁", "jt", "claim A; arbitration A", cats=(8,))
R("{A} 书淋湿了 先登记 后面可能要理赔 等同学把书晾干看看", "yunda", "damaged A", cats=(8,))
R("{A} 压坏了 买家在孔网给了差评 要我们赔 麻烦你们这边也走理赔", "ems", "claim A", cats=(8,))
R("{A} 延误四天 书到了还湿了 登记延误和破损", "zto", "delay A; damaged A", cats=(8,))
R("{A} 十天了 是不是丢了 书价 ¥88 绝版的 很急", "sto", "lost A", cats=(4,))
R("{A} 到了 箱子被雨泡塌了 少了一本 其他几本也湿了 理赔吧 附清单：《概率论》¥18 《复变函数》¥15", "yunda",
  "claim A", cats=(4, 8))
R("{A} 理赔加仲裁 网点说雨天不赔", "zto", "claim A; arbitration A", cats=(8,))

# ---------------------------------------------------------------- more everyday traffic, mixed carriers and groups
R("{A} 拦截退回", None, "intercept A", draw="yto")
R("{A} 催一下 {B} 也催", None, "urge A B", draw={"A": "jt", "B": "yto"})
R("京东的 {A} 也拦一下 发错了", None, "intercept A", draw="jd")
R("顺丰 {A} 民国线装本 保价 3000 的那件 麻烦加急派送", "sf", "urge A", cats=(4,))
R("{A} 到哪了 寄去日本的留学生", None, "track A", draw="ems_s10")
R("{A} 退回寄件人 国外地址写错了", None, "intercept A", draw="ems_s10")
R("{A} 三天没更新", None, "delay A", draw="sf")
R("{A} 破损 登记", None, "damaged A", draw="jd")

# ---------------------------------------------------------------- owner's long messages, students' short ones
R("周师傅您好，打扰了。{A} 这一单寄的是一套 1956 年人民文学出版社的《水浒》，买家是北京一位收藏爱好者，"
  "今天中午说物流三天都停在济南没有更新，有点着急。能不能麻烦您帮忙尽快安排派送？多谢多谢。", "sf",
  "urge A", cats=(4,))
R("{A} 拦", "zto", "intercept A")
R("{A} 催", "yunda", "urge A")
R("{A}？", "sto", "track A")
R("{A} 改 竹园3-315", "zto", "change_address A")
R("各位好，说一件事：上周五那场雨，我们发出的大约有二十单受了影响，大部分同学说问题不大，书晾一晾还能用，"
  "只有 {A} 这一单比较严重，整箱书都泡透了，是一位考研同学的全部复习资料，她急得都哭了。麻烦这一单按破损登记，"
  "后续我们再商量理赔。谢谢大家理解。", "zto", "damaged A", cats=(4, 8))
R("老周这边三单：{A} 催件；{B} 催件；{C} 客户拒收，拦截退回。辛苦！", "sto", "urge A B; intercept C", cats=(7,))
R("刘姐：{A} 仓库退回来的件 外箱破了 书没事 不用登记", "zto", "", cats=(1,))
R("{A} 拦截退回 原因买家拍错版本（要 2023 版 发的 2019 版）", "jt", "intercept A", cats=(4,))
R("{A} 到了吗", "zto", "track A")
R("师傅 {A} 明天能到吗 同学说周三的课要用", "sto", "track A")
R("{A} 撤单 买家取消了", "jt", "cancel A")
R("{A} 书是湿的 买家拒收 退回吧", "zto", "intercept A")
R("打扰了，{A} 这单请帮忙拦截。情况是这样的：买家是一位中学老师，拍的是《现代汉语词典》第 7 版，"
  "我们仓库的同事拿成了第 6 版，封面很像，没注意到。书刚发出两个小时，应该还在网点。谢谢！", "yunda", "intercept A")
R("@快递助手 {A} 催件", "zto", "urge A")
R("{A} 改地址：湖北省武汉市洪山区 珞喻路 1037 号 江城大学 南湖校区 桂园 8 栋 502 王思雨 {P}", "yunda",
  "change_address A", cats=(4,))
R("{A} 宿管说没见过这个件 系统却说签收了", "sto", "verify_delivery A")
R("{A} 这单发了五天还在武汉 没出省", "yunda", "delay A")
R("{A} 收到了 谢谢", "zto")
R("{A} 签收了 谢谢师傅", "yunda")
R("仓库今天停电 下午的件明天再发 {A} {B} 先别来收了 撤单明天重新下", "sto", "cancel A B", cats=(7,))
R("{A} 书寄到了 但是少了一本《线性代数》习题册", "zto", "lost A")
R("{A} 请核实重量 一本字典怎么会是 4 公斤", "jt", "weight A", cats=(4,))
R("{A} 宿舍楼下找不到 驿站也没有 物流显示已签收 是不是被人拿错了", "yunda", "verify_delivery A")

# ---------------------------------------------------------------- harder: questions, reports of work done, mentions
R("{A} 拦截成功没有", "zto", "", nh=True, cats=(1,))
R("{A} 拦截要收费吗", "yunda", "", nh=True)
R("拦截的话来回运费谁出？{A} 这本书才 12 块", "zto", "", nh=True, cats=(4,))
R("上次拦截的那本 {A} 现在到哪了", "sto", "track A")
R("上次拦截的那本 {A} 退回来了没", "zto", "", nh=True)
R("{A} 上周拦截成功了 退回仓库的箱子里少了一本", "yunda", "lost A")
R("{A} 改地址的话会不会多收钱", "zto", "", nh=True)
R("{A} 理赔的钱什么时候到账", "sto", "", nh=True, cats=(8,))
R("{A} 我已经在寄件小程序上自己点了取消 这里说一声", "zto", "", cats=(1,))
R("刘姐已经打电话给网点拦了 {A} 这里说一声 不用重复操作", "yunda", "", cats=(1,))
R("{A} 这种情况还能拦截吗？已经到驿站了", "zto", "intercept A")
R("{A} 帮忙开一张发票 抬头是 武汉书巢文化有限公司", "sto", "", nh=True)
R("{A} 快递员上门收件的时候能帮忙带两个大纸箱吗", "yunda", "", nh=True)
R("{A} 面单上书名写错了 能帮忙改一下备注吗", "zto", "", nh=True)
R("{A} 是不是被拦截了？物流显示退回中 我们没申请过啊", "jt", "", nh=True)
R("昨天那个要改地址的同学回话了：不改了，{A} 正常送宿舍", "zto", "", nh=True, cats=(1,))
R("{A} 撤单了吗 快递员还是来了", "yunda", "", nh=True)
R("为什么 {A} 又被退回了？我们只是让催一下", "sto", "", nh=True)
R("{A} 改址成功了没？同学今天下午的火车", "zto", "", nh=True)
R("{A} 之前登记的破损 有结果了吗", "yunda", "", nh=True)
R("请问改地址能改到外省吗？同学想把书直接寄回家", "zto")
R("师傅 撤单和拦截有啥区别 我们学生不太懂😅", "sto", cats=(5,))
R("{A} 退回的书今天收到了 谢谢各位", "zto")
R("{A} 拦截那单 买家说算了 让你们别管了", "yunda", "", nh=True, cats=(1,))
R("老板 {A} 这单拦不拦？", "zto", "", cats=(3,))
R("@老周 {A} 这个要不要拦截 买家说好像拍错了", "sto", "", cats=(3,))
R("{A} 的拦截我撤回 照常送", "zto", "", nh=True, cats=(1,))
R("{A} 昨天催过了 今天还没到 再催一下", "yunda", "urge A")
R("{A} 昨天登记过破损了 今天补充申请理赔 书款 ¥42", "sto", "claim A", cats=(4, 8))
R("{A} 不是我们的件 发错群了 不好意思", "zto", "")
R("{A} 已经重新发了一本给买家 这单原来那本退回仓库吧", "yunda", "intercept A")
R("{A} 拦截失败是什么原因？", "zto", "", nh=True)
R("{A} 同学说明天去驿站拿 不用催了", "sto", "", nh=True, cats=(1,))
R("我们学生帮忙问一下 {A} 是已经被退回了吗 物流好乱看不懂", "yunda", "track A")

# ---------------------------------------------------------------- hedges (confirm)
R("{A} 买家好像拍错版本了 要不先拦一下？我再跟他确认", "zto", "intercept A", cf=True, cats=(1,))
R("{A} 可能要撤单 同学还在犹豫 你们先看看能不能撤", "yunda", "cancel A", cf=True)
R("{A} 先拦着吧？我再问问买家", "sto", "intercept A", cf=True)
R("{A} 可能要改地址，同学下周离校，家里地址是 安徽省阜阳市 颍州区 清河路 20 号 {P} 马同学，你们看看能不能改",
  "zto", "change_address A", cf=True, cats=(4,))
R("看看能不能撤单 {A} 买家说不确定要不要了", "yunda", "cancel A", cf=True)
R("{A} 要不退回吧 书品好像跟描述有差距 买家有点不高兴", "zto", "intercept A", cf=True)
R("{A} 应该得拦一下…… 我再核对一下架位", "jt", "intercept A", cf=True)
R("如果还没签收就拦截 {A}", "sto", "intercept A")
R("{A} 还没出武汉的话就拦回来", "zto", "intercept A")
R("{A} 拦截 不 改地址 不……算了我先问问同学", "yunda", "", cats=(1, 2))
R("{A} 拦截吧？还是改地址？同学还没回我", "zto", "", nh=True, cats=(2,))
R("{A} 估计要退回 买家说他室友已经买了同一本 等我确认一下再说", "sto", "intercept A", cf=True)
R("{A} 貌似要改地址 同学搬去 竹园 5 栋 了", "zto", "change_address A", cf=True)
R("{A} 拦截 —— 算了先不拦 —— 还是拦吧 买家确定不要了", "yunda", "intercept A", cats=(1, 2))

# ---------------------------------------------------------------- more students in the rush (clipped, emoji)
R("{A} 宿舍没人 放东门驿站 改一下", "yunda", "change_address A")
R("{A} 撤 还没收", "zto", "cancel A")
R("{A} 退!", "yunda", "intercept A")
R("{A} 三天不动😤", "yunda", "delay A", cats=(5,))
R("{A} 丢了？？", "zto", "lost A")
R("{A} 湿了 要赔", "sto", "claim A", cats=(8,))
R("{A} 拦截 买家考完试用不上了 退款了", "zto", "intercept A")
R("{A} 超重了吧 就两本书", "zto", "weight A")
R("{A} 快递员把书扔草坪上了 投诉😡", "sto", "complaint A", cats=(5,))
R("{A} 改送家里 妈妈代收 湖南省岳阳市 岳阳楼区 巴陵中路 3 号 {PN}", "zto", "change_address A", cats=(4,))
R("{A} {B} cuijian 🙏", "yunda", "urge A B", cats=(5,))
R("{A} lj {B} cj", "zto", "intercept A; urge B", cats=(5,))
R("{A} gaizhi 东门驿站 thx🙏", "sto", "change_address A", cats=(5,))
R("{A} 拦截哈 买家退款了", "zto", "intercept A")
R("{A} 签收了但书不是我们发的那本？？", "yunda", "", nh=True)

# ---------------------------------------------------------------- which parcel is which book
R("{A} 是《概率论》，{B} 是《复变函数》。复变那本还没揽收，撤掉；概率论那本照常。", "zto", "cancel B", cats=(1, 7))
R("刚才发的对应错了，重新发一遍：\n{A} → 《数学分析》上\n{B} → 《数学分析》下\n下册那本拦截（买家只要上册）", "yunda",
  "intercept B", cats=(2, 7))
R("{A} 和 {B} 哪个是高数？我记不清了 高数那本要拦", "sto", "", nh=True, cats=(7,))
R("红色封面的那本单号是 {A}，蓝色的是 {B}。蓝色的那本买家说淋湿了 登记破损", "zto", "damaged B", cats=(7,))
R("{A} 《英语四级真题》 {B} 《六级真题》 —— 四级那本催一下 六级那本同学说不要了 退回", "yunda",
  "urge A; intercept B", cats=(7,))
R("{A} 这箱里装的其实是《C 程序设计》不是《数据结构》，面单备注错了，书没问题，继续派送就行", "zto", "", cats=(2,))
R("两本书两个单：{A} 是给桂园那个同学的，{B} 是给研究生公寓的。研究生公寓的改到 南湖校区 研究生公寓 9 栋 608",
  "sto", "change_address B", cats=(7,))
R("{A}（马原）{B}（毛概）{C}（思修）\n毛概那本不是这个同学的 拦截退回\n另外两本催一下", "zto", "intercept B; urge A C",
  cats=(7,))
R("刘姐装箱时把两个同学的书装反了：{A} 寄给小王的箱子里是小李的书，{B} 反过来。两单都拦回来重新寄。", "yunda",
  "intercept A B", cats=(7,))
R("{A} 是旧版（2016 年印）{B} 是新版（2022 年印）买家要新版，旧版那单拦截", "zto", "intercept A", cats=(4, 7))
R("{A} {B} 一个是《信号与系统》一个是《电路》，要拦的是电路那本，哪个单号我去仓库看一下再发", "sto", "", nh=True, cats=(7,))

# ---------------------------------------------------------------- move-out season (June): home addresses
R("毕业季 同学们的书要寄回家 {A} 地址改为 甘肃省天水市 秦州区 民主西路 12 号 {P} 杨同学（原地址是宿舍）", "deppon",
  "change_address A", cats=(4,))
R("{A} 同学已经离校了 宿舍没人 麻烦改到 四川省南充市 顺庆区 人民中路 5 号 {PN} 罗同学", "zto", "change_address A",
  cats=(4,))
R("{A} 别送宿舍了 人走了 退回仓库吧", "yunda", "intercept A")
R("{A} 送宿舍的 人已经回家了 改不改地址我问问同学 先别动", "sto", "", cats=(1,))
R("{A} 同学说宿舍楼 6 月 25 号封楼 来不及的话直接改寄家里：广西南宁市 青秀区 民族大道 100 号 {P} 韦同学", "zto",
  "change_address A", cats=(4,))
R("{A} 改地址 同学回家了 家里地址还没发给我", "yunda", "change_address A", nh=True)
R("{A} 这箱是同学毕业卖给我们的书 寄回仓库的 寄件人写成我们了 收件人也是我们 麻烦看下哪里填错了", "deppon", "", nh=True)
R("{A} 地址改成 梅园 4 栋 —— 不对 同学说直接改到家里：重庆市 渝中区 解放碑 民权路 28 号 {PN} 冉同学", "zto",
  "change_address A", cats=(2, 4))
R("{A} {B} 都是毕业生寄回家的 都显示发往武汉 是不是收寄地址搞反了？", "sto", "", nh=True, cats=(7,))
R("{A} 转寄到家里 地址：福建省泉州市 丰泽区 田安路 8 号 陈女士（同学妈妈）{PN}", "ems", "change_address A", cats=(4,))

# ---------------------------------------------------------------- rain, more
R("{A} 今天下午暴雨 快递柜进水了 书泡了", "zto", "damaged A")
R("{A} 雨天放门口 书湿透 申请理赔", "yunda", "claim A", cats=(8,))
R("{A} 书有点潮 问题不大 就跟你们说一声", "sto", "damaged A")
R("{A} 淋雨了 但书是塑封的 没事 不用登记", "zto", "", cats=(1,))
R("{A} 外箱湿了 书没湿 同学说不用管", "yunda", "", cats=(1,))
R("{A} {B} 都淋湿了，第一单要赔（书价 ¥56），第二单只是封面潮了，登记一下破损就行", "zto",
  "claim A; damaged B", cats=(4, 7, 8))
R("周师傅，{A} 那件是下雨天送到的，外箱湿透了，买家是一位老先生，不太会用手机，让他孙子给我打的电话。"
  "书是一本 1962 年的《唐诗三百首详析》，品相已经不行了，我们自己先赔了买家 ¥150。麻烦帮我们走一下理赔流程。", "ems",
  "claim A", cats=(4, 8))
R("下雨了 {A} {B} {C} 今天还送吗 书怕淋 能不能晚点送", "yunda", "", nh=True, cats=(7,))

# ---------------------------------------------------------------- some odd and ordinary ones to finish
R("{A} 拦截退回 寄件人地址是 洪山区南湖大道 书巢仓 电话 {PN}", "sto", "intercept A", cats=(4,))
R("{A} 网点电话打不通 麻烦帮催下派送 送货上门 同学腿受伤了下不了楼", "yunda", "urge A")
R("{A} 快递员说是 5 楼不送 让下楼拿 同学打石膏了 能否送上楼 麻烦催一下", "zto", "urge A", cats=(4,))
R("{A} 催件，{B} 改地址到 桂园 9 栋 101，{C} 查一下", "zto", "urge A; change_address B; track C", cats=(7,))
R("{A} 改地址 {B} 也是", "yunda", "change_address A B", nh=True, cats=(7,))
R("{A} 拦截 {B} 同上", "zto", "intercept A B", cats=(7,))
R("{A} 催件 {B} 同上 {C} 拦截", "sto", "urge A B; intercept C", cats=(7,))
R("这是今天的 {A} {B} 都拦 哦不 只拦第一个", "yunda", "intercept A", cats=(2, 7))
R("{A} 物流怎么显示寄往广州了？地址是武汉的啊 麻烦拦截", "sto", "intercept A")
R("{A} 不用退回仓库了 直接改派到 枫园 12 栋 1203", "yunda", "change_address A", cats=(1,))

W.main()
