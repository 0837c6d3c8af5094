"""Writer t: young live-stream and WeChat-shop sellers (clothes, cosmetics, snacks, phone cases) and their
assistants — internet slang, pinyin abbreviations and full pinyin, English mixed in, emoji and kaomoji,
traditional characters forwarded from HK/TW buyers, typos, very short and very long excited messages, several
parcels from one live session, buyers' complaints forwarded word for word. A realistic mix: about half plain
requests, some chit-chat, the rest corrections, compounds, positions, scoped negations, quotes, phones next to
address changes, questions about an action, hedges.

Every message text below is written by hand; only waybill numbers, phone numbers and platform order numbers are
filled in (from ../waybill_numbers.py, seeded). Run from the repository root:

    python tests/data/writers/t_source.py

which writes tests/data/writers/t.jsonl (reproducible).

Template placeholders:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case, {A:fw} full-width characters, {A:cut} the last digit missing (invalid;
                    prefixed YT/JT numbers only)
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
"""

from __future__ import annotations

from harness import Writer  # tests/data/writers/harness.py: placeholders, build, main

W = Writer("t", seed=20240611)
R = W.R


# Bot reply quoted in WeCom style: 「name：text」 then a row of dashes.
DASH = "- - - - - - - - - - - - - - -"

# ---------------------------------------------------------------------------------------------------------
# Plain requests: one intent, one or several numbers, the sellers' own voice.
# ---------------------------------------------------------------------------------------------------------

# intercept
R("{A} 拦截 买家不要了 真的会谢 😮‍💨", "yto", "intercept A")
R("姐妹帮我拦一下 {A} 买家拍错码了🙏", "zto", "intercept A")
R("{A}\n{B}\n这俩都lanjie退回 thx", None, "intercept A B", cats=(5,), draw={"A": "jt", "B": "yto"})
R("lj {A} 退回来 买家七天无理由了", "sto", "intercept A", cats=(5,))
R("救命 {A} 发错色号了 快拦住啊啊啊", "yunda", "intercept A")
R("{A} pls intercept asap, 买家退款了", "sf", "intercept A", cats=(5,))
R("在吗在吗 {A} 帮忙截一下件 别派了", "ems", "intercept A")
R("昨晚直播间的 {A} {B} {C} 全部拦截退回 买家都退款了 绝了😭", "yto", "intercept A B C")
R("{A} return to sender 谢谢 买家refund了", "jd", "intercept A", cats=(5,))
R("攔截 {A} 客人說不要了", "deppon", "intercept A", cats=(5,))
R("{A} 拦回来拦回来 地址写错了 ಥ_ಥ", "cainiao", "intercept A")
R("宝 {A} 帮我退件 买家说不想要了 谢谢宝", "zto", "intercept A")
R("{A:lc} lanjie pls", "yto", "intercept A", cats=(5,))
R("这单别派了 直接退回给我 {A}", "jt", "intercept A")
R("{A} 拦截！！！ 买家地址填的是公司 公司倒闭了 笑死", "sto", "intercept A")
R("直播间链接挂错价了 这几单全拦：\n{A}\n{B}\n{C}\n{D}\n亏麻了😭😭", "yunda", "intercept A B C D")
R("{A} 截件 kuai dian 要派了", "ems", "intercept A", cats=(5,))
R("{A} 麻烦拦截一下 客户拒收 thx~", "sf", "intercept A")
R("拦截退回 {A} 買家取消訂單了", "deppon", "intercept A", cats=(5,))
R("{A} 买家说不要了 帮退回 🙏🙏", "jd", "intercept A")
R("早上好宝们☀️ {A} 拦截 谢谢", "zto", "intercept A")
R("{A:fw} 拦截", "sto", "intercept A")
R("拦截：{A}", "sf", "intercept A")
R("拦截\n{A}\n{B}", "jt", "intercept A B")
R("{A} 拦截 {B} 拦截 {C} 拦截", "yto", "intercept A B C")
R("亲 {A} 这个麻烦退回哈 买家地址不对 联系不上", "deppon", "intercept A")
R("{A} 这个件买家拒收了 直接退回", "yunda", "intercept A")
R("{A}\n这个拦一下 谢谢🙏", "zto", "intercept A")
R("{A} 麻烦拦截 直播间下错单了 买家说不要了 👋", "yto", "intercept A")
R("退回退回 {A} 买家人在国外收不了", "jt", "intercept A")
R("各位老师好 {A} 帮忙拦截下 谢谢", "jd", "intercept A")
R("{A} 寄错了 退回退回 😫", "ems", "intercept A")
R("{A} 别派了 买家说不要了 直接退给我", "jt", "intercept A")
R("{A} lanjie! lanjie! 買家退款了", "jt", "intercept A", cats=(5,))
R("{A} 麻烦把这个件退回来 买家说不想要了 质量不行", "ems", "intercept A")
R("{A} 客户要求退回 不要了", "jt", "intercept A")
R("{A} 要拦截 急！！！ 主播说这批有瑕疵 全部召回 还有 {B} {C}", "yto", "intercept A B C")
R("{A} 这个能拦截吗", "sto", "intercept A")
R("{A} 如果还没签收就拦截 签收了就算了", "yunda", "intercept A")

# cancel
R("{A} 撤单 还没揽收 打错面单了", "zto", "cancel A")
R("chedan {A} 不寄了", "yto", "cancel A", cats=(5,))
R("{A} 这个取消寄件哈 买家改主意了 真的会谢", "sto", "cancel A")
R("pls cancel {A} 还没发出去 thx", "jt", "cancel A", cats=(5,))
R("{A} {B} 作废 面单打重复了🙃", "yunda", "cancel A B")
R("今天直播多打了几张单 {A} {B} {C} 都撤掉 没用", "cainiao", "cancel A B C")
R("{A} 不寄了不寄了 取消 买家退款了", "ems", "cancel A")
R("撤單 {A} 謝謝", "sf", "cancel A", cats=(5,))
R("{A} 取消订单 还在我这没拿走", "deppon", "cancel A")
R("{A} 快递小哥还没来拿 直接撤掉 cancel it", "jd", "cancel A", cats=(5,))
R("{A}\n作废\n打印机抽风打了两张 (╯°□°）╯︵ ┻━┻", "yto", "cancel A")
R("单号{A} 撤销一下 谢谢亲", "zto", "cancel A")
R("{A}　撤单", "yunda", "cancel A")
R("{A} 撤一下单 收件人写错了 重新下单", "sto", "cancel A")
R("{A} 不发了 帮作废 thx", "yunda", "cancel A")
R("{A} 撤单哈 买家拍错了🙇‍♀️", "sf", "cancel A")
R("宝 {A} 这单还在揽收状态 帮我撤一下 不发了", "yunda", "cancel A")
R("{A} 帮撤一下 还没来收 不想发了", "sto", "cancel A")
R("{A} 撤单了吗？没撤的话赶紧撤 买家要取消", "sto", "cancel A")

# change_address with the new address
R("{A} 改地址 改成 广州市天河区体育西路 123 号 陈小姐 {PN}", "yto", "change_address A", cats=(4,))
R("{A} gaizhi 新地址：深圳市南山区科技园南区 8 栋 502 林生 {P}", "sf", "change_address A", cats=(4, 5))
R("买家搬家了😭 {A} 帮改到 杭州市西湖区文三路 99 号 王女士 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 地址改为 成都市武侯区天府大道北段 1700 号 收件人不变", "jt", "change_address A")
R("change address pls {A}\n新地址 上海市浦东新区张杨路 500 号 华润时代广场 5F\n电话 {PN}", "sto",
  "change_address A", cats=(4, 5))
R("{A} 改派 深圳市福田区华强北路 1002 号 赛格广场 李小姐 {PN} 她说先寄深圳她自己过关拿", "sf",
  "change_address A", cats=(4,))
R("{A} 收件地址改成 北京市朝阳区望京SOHO T3 1203 张三 {PN} 麻烦啦 (｡•ᴗ-)✧", "yunda", "change_address A",
  cats=(4,))
R("{A} 地址填错了 改成 武汉市洪山区光谷步行街 C 区 3 栋 电话不变", "ems", "change_address A")
R("宝 {A} 改个地址\n南京市鼓楼区汉中路 2 号 周周 {PN}", "jd", "change_address A", cats=(4,))
R("{A} 改址 改址 改址！！！ 重庆市渝中区解放碑八一路 177 号 小何 {PN} 买家急死了", "deppon", "change_address A",
  cats=(4,))
R("{A} 改派到菜鸟驿站 长沙市岳麓区麓谷大道 658 号 菜鸟驿站 收件人电话 {PN}", "cainiao", "change_address A",
  cats=(4,))
R("{A} 转寄 郑州市金水区花园路 39 号 刘先生 {PN}", "zto", "change_address A", cats=(4,))
R("{A} 麻烦改派一下 新地址 西安市雁塔区小寨东路 126 号 百汇大厦 张姐 {PN}", "jd", "change_address A", cats=(4,))
R("{A} 快递员说地址不详 改一下 长沙市开福区湘江中路二段 36 号 小丽 {PN}", "yto", "change_address A", cats=(4,))
R("{A} 转寄 买家公司地址：苏州工业园区星湖街 328 号 创意产业园 2-A 栋 陈经理 {PN}", "ems", "change_address A",
  cats=(4,))
R("{A} gz 新地址 宁波市鄞州区天童南路 588 号 小叶 {PN}", "sto", "change_address A", cats=(4, 5))
R("{A} 客人說地址寫錯了 要改到 深圳市羅湖區東門步行街 8 號 陳小姐 {PN}", "sf", "change_address A", cats=(4, 5))
R("{A} 可以帮忙改个地址吗 改到 南昌市东湖区八一大道 357 号 小熊 {PN}", "deppon", "change_address A", cats=(4,))
R("{A} 改地址 电话 {PN} 地址 天津市南开区鞍山西道 300 号 收件人小孙", "zto", "change_address A", cats=(4,))
R("{A} 改派 收件人 刘女士 {PN} 地址 石家庄市长安区中山东路 508 号", "yto", "change_address A", cats=(4,))
R("{A} 改地址 新电话 {PN} 新地址 兰州市城关区张掖路 87 号 旧的不要了", "sto", "change_address A", cats=(4,))
R("{A} 改址：贵阳市观山湖区金阳南路 6 号 世纪金源 4 栋 1201 朱朱 {PN}（手机）", "cainiao", "change_address A",
  cats=(4,))
R("{A} 电话改成 {PN} 地址改成 哈尔滨市南岗区西大直街 92 号 其他不变", "jd", "change_address A", cats=(4,))
R("{A} 改地址 新地址 呼和浩特市赛罕区大学西街 235 号 联系人 {PN} / {PN2}", "deppon", "change_address A",
  cats=(4,))

# change_address without a usable new address
R("{A} 要改地址 买家说地址写错了 新地址我等下发", "yto", "change_address A", nh=True)
R("{A} gaizhi pls 买家还没给我新地址 先帮我备注下", "jt", "change_address A", nh=True, cats=(5,))
R("{A} 电话改为 {PN}", "sto", "change_address A", nh=True, cats=(4,))
R("{A} 收件人改为 王小美", "yunda", "change_address A", nh=True)
R("{A} {B} 这两个收件人写反了 地址互换一下", "zto", "change_address A B", nh=True)

# urge
R("{A} 催一下 买家天天问 烦死了🙃", "zto", "urge A")
R("cuijian {A} 买家要去旅游了急用", "yto", "urge A", cats=(5,))
R("{A} 加急加急 明天要用来拍视频的 (ง •̀_•́)ง", "sf", "urge A")
R("{A} hurry pls 买家说周末前要到", "jt", "urge A", cats=(5,))
R("{A} 麻烦尽快派送 谢谢 💕", "ems", "urge A")
R("{A} kuai dian song 买家催疯了", "sto", "urge A", cats=(5,))
R("这单帮我催催 {A} 一直在派送中 派了一天了", "yunda", "urge A")
R("{A} {B} 帮催下 都是昨天直播的 买家在评论区骂了", None, "urge A B", draw={"A": "jd", "B": "sf"})
R("{A} 咋还不到 催催 急急急", "deppon", "urge A")
R("{A} 快点送啊 求求了 🙏 买家要送人的", "cainiao", "urge A")
R("{A} urgent!!! 生日礼物 明天必须到", "sf", "urge A", cats=(5,))
R("cj {A} 谢谢", "yto", "urge A", cats=(5,))
R("麻烦催派 {A} 客户在家等着呢", "zto", "urge A")
R("{A}\n{B}\n{C}\n催一下这三个 三天了还在转运中", "jt", "urge A B C")
R("{A} 能不能快点派啊 客户一直在问", "yunda", "urge A")
R("{A} 帮我 cui 一下 thx", "sto", "urge A", cats=(5,))
R("@客服小助手 {A} 催件", "yto", "urge A")
R("{A}，催件，谢谢！", "ems", "urge A")
R("催件：\n{A}\n{B}\n{C}\n{D}\n{E}", "zto", "urge A B C D E")
R("{A} 买家问 什么时候能到 急用 能不能快点", "sto", "urge A")
R("{A} 催件 {B} 催件", "cainiao", "urge A B")
R("{A} 宝子催一下嘛 買家快急哭了", "sf", "urge A")
R("{A} 派送太慢了 催一下谢谢", "jd", "urge A")
R("{A} 这个是上周的 到现在还没签收 催一下", "deppon", "urge A")
R("姐 {A} 帮我催个件 买家等着用", "cainiao", "urge A")
R("{A} 請幫忙催件 謝謝", "yto", "urge A", cats=(5,))
R("{A} 中转好几天 一直没更新 催一下 买家说再不到就退款", "ems", "urge A")
R("{A} 三天没动了 催一下", "cainiao", "urge A")
R("{O} 这个订单的快递 {A} 催一下", "yunda", "urge A", cats=(4,))
R("{A} 2月14号之前必须到 情人节礼物 催一下 加急 99 朵玫瑰的😭", "sf", "urge A", cats=(4,))
R("{A} 快递员电话 {PN} 打不通 帮催一下派送", "zto", "urge A", cats=(4,))
R("{A} 派件员电话 {PN} 说今天送 结果没送 催一下", "sto", "urge A", cats=(4,))
R("{A:fw} 催催 买家要哭了", "jt", "urge A")

# verify_delivery
R("{A} 显示签收了 买家说没收到 帮核实下", None, "verify_delivery A", draw="deppon")
R("{A} 虚假签收吧 买家一整天在家根本没人送 绝了", "zto", "verify_delivery A")
R("{A} 買家說顯示已簽收但是沒收到 麻煩查一下誰簽的", "sf", "verify_delivery A", cats=(5,))
R("{A} 别人签收了？？ 买家没签啊 核实下签收 pls", "jt", "verify_delivery A")
R("{A} 签收了但是客户说没拿到 驿站也没有", "cainiao", "verify_delivery A")
R("{A} signed but buyer didn't get it 帮看看", "jd", "verify_delivery A", cats=(5,))
R("{A} 妥投了??? 买家说没收到任何东西 救命", "ems", "verify_delivery A")
R("买家说没收到货 可是显示签收 {A} 帮核实签收情况", "deppon", "verify_delivery A")
R("{A} {B} 都显示签收了 两个买家都说没收到 这个快递员是不是有问题😤", "yunda", "verify_delivery A B")
R("{A} 签收人不是买家 帮核实下 谁签的啊", "yunda", "verify_delivery A")
R("{A} 核实签收 买家说快递柜里没有", "cainiao", "verify_delivery A")
R("{A} 买家说快递员把东西放门口被人拿走了 显示签收 核实一下", "zto", "verify_delivery A")

# damaged
R("{A} 破损 买家收到口红断了 救命 💄", None, "damaged A", draw="yto")
R("{A} 外箱压坏了 里面的手机壳都裂了", "zto", "damaged A")
R("{A} 漏液了 精华液漏了一箱 绝了 真的会谢", "sto", "damaged A")
R("{A} 碎了 买家发图了 玻璃杯碎成渣", "jt", "damaged A")
R("{A} 东西烂了 买家说草莓都烂了 冷链没用吗", "sf", "damaged A")
R("{A} 包裹破損 客人收到的時候盒子都爛了", "deppon", "damaged A", cats=(5,))
R("{A} damaged 买家拍了视频 盒子扁了", "cainiao", "damaged A", cats=(5,))
R("{A} 零食袋子全压破了 薯片成粉了😭", "yunda", "damaged A")
R("{A} 漏了 乳液漏了一袋子 买家说全是味", "jt", "damaged A")
R("{A} 買家說收到的時候盒子壓扁了 裡面的杯子碎了", "sf", "damaged A", cats=(5,))
R("{A} 碎了碎了 香水瓶碎了 😭😭😭", "deppon", "damaged A")
R("{A} 外包装破了 东西还好 但是买家要登记", "yto", "damaged A")
R("{A} 包裹外面湿透了 里面零食都泡了 真的会谢", "deppon", "damaged A")

# lost
R("{A} 丢件了吧 一周没动 是不是丢了", "ems", "lost A")
R("{A} 件没了 哪都找不着 网点说没看到", "zto", "lost A")
R("{A} 遗失 请登记 买家等了半个月了", "yto", "lost A")
R("{A} lost?? 中转站说找不到 😭", "jt", "lost A", cats=(5,))
R("{A} 少件 买家说三件衣服只收到两件", "sto", "lost A")
R("{A} 丟件了 麻煩登記一下", "sf", "lost A", cats=(5,))
R("{A} 丢了 真的 四天没更新了 网点电话也打不通", "jd", "lost A")
R("{A} {B} 都丢件了 中转那边说没有扫描记录", "deppon", "lost A B")
R("{A} 中转丢了?? 客服说没扫到 登记丢件", "yto", "lost A")
R("{A} 买家说收到的是空盒子！！！ 里面东西没了 帮登记丢件", "zto", "lost A")
R("{A} 客户说包裹被拆过 里面少了一支口红 登记少件", "sto", "lost A")
R("{A} 我家买家说一直收不到 快递员 {PN} 也不接 是不是丢了啊", "zto", "lost A", cats=(4,))

# weight
R("{A} 重量不对 我发的是手机壳 怎么算了 3kg？？", "yto", "weight A", cats=(4,))
R("{A} 核重 pls 这个明明很轻", "zto", "weight A")
R("{A} 超重了？ 就两件T恤 帮称一下", "sto", "weight A")
R("{A} 查重量 运费扣多了", "jt", "weight A")
R("{A} weight wrong 帮核下 thx", "yunda", "weight A", cats=(5,))
R("{A} {B} 这俩重量都不对 同样的零食礼包 一个1kg一个4kg 离谱", "cainiao", "weight A B", cats=(4,))
R("{A} 帮查下重量 我这边称才 0.8kg", "zto", "weight A", cats=(4,))
R("{A} 问下重量 怎么扣了 18 块运费", "cainiao", "weight A", cats=(4,))
R("{A} 重量有问题 核一下 😑", "sf", "weight A")
R("{A} 重量 2.3kg？？？ 我称的 0.5 绝了 帮核", "yunda", "weight A", cats=(4,))
R("pls check weight {A} {B} 运费不对 thx", "sf", "weight A B", cats=(5,))

# track
R("{A}", "sf", "track A")
R("{A} 到哪了", None, "track A", draw="yto")
R("{A} where is it 买家问的", "jt", "track A", cats=(5,))
R("{A} 查件 thx", "zto", "track A")
R("{A} 什么时候到呀 买家问好几次了", "sto", "track A")
R("帮查下物流 {A}", "yunda", "track A")
R("{A} 轨迹看一下 谢谢", "ems", "track A")
R("{A}\n{B}\n查一下 到哪了", "jd", "track A B")
R("{A} 到哪儿了宝 买家在直播间问", "deppon", "track A")
R("{A} 現在到哪裡了 客人問", "cainiao", "track A", cats=(5,))
R("{A} 🙏", "zto", "track A")
R("{A} tracking pls", "sf", "track A", cats=(5,))
R("@网点小姐姐 {A} 帮我查查 这单现在在哪", "jt", "track A")
R("{A} 到哪了 thx 宝", "sto", "track A")
R("hi {A} check tracking pls", "yto", "track A", cats=(5,))
R("{A} {B} {C} {D}\n查件", "zto", "track A B C D")
R("{A} 现在在哪个网点 什么时候能派", "cainiao", "track A")
R("{A} 查一下物流 客人问到哪裡了", "jt", "track A", cats=(5,))
R("{A} 买家说 \"where is my parcel??\" 帮查下", "jd", "track A", cats=(5,))
R("{A} 退回的件啥时候到我这 查一下", "zto", "track A")
R("{A} 这个拦截退回的件 到哪了", "yto", "track A")

# delay
R("{A} 三天没动了", "yto", "delay A")
R("{A} 好几天没更新了 登记延误", "zto", "delay A")
R("{A} 延误了 说好两天到现在五天了 😤", "sto", "delay A")
R("{A} 卡在中转站不动了 啥情况", "jt", "delay A")
R("{A} delay 一周了 打个延误", "sf", "delay A", cats=(5,))
R("{A} 停滯好幾天了", "deppon", "delay A", cats=(5,))
R("{A} 物流一直显示运输中 4天了", "yunda", "delay A")
R("{A} 五天了还在原地 物流不动", "ems", "delay A")
R("{A} 咋还在路上 5天了 这是延误了吧", "zto", "delay A")
R("{A} 超时了 说好次日达 三天了 延误登记一下", "sf", "delay A")
R("{A} 已经第四天了 还显示在始发地 😩", "cainiao", "delay A")

# claim
R("{A} 丢了 要理赔 货值 299", "yto", "claim A", cats=(4, 8))
R("{A} 申请赔偿 破损的 买家要退全款", "zto", "claim A", cats=(8,))
R("{A} 东西碎了 要赔钱 lipei pls", "jt", "claim A", cats=(5, 8))
R("{A} compensation pls 丢件了 货值 158", "sf", "claim A", cats=(4, 5, 8))
R("{A} 赔付 这单少了一盒面膜", "sto", "claim A", cats=(8,))
R("{A} 赔偿 买家收到的饼干全碎了 按货值赔", "yunda", "claim A", cats=(8,))
R("{A} 麻烦赔付 买家收到手机壳全是划痕 货值 39.9", "jt", "claim A", cats=(4, 8))

# complaint
R("{A} 投诉 快递员态度差 骂我买家", "yto", "complaint A")
R("{A} tousu 派件员不打电话直接放门口 太过分了", "zto", "complaint A", cats=(5,))
R("{A} 客诉 买家说快递员打电话很凶", "jt", "complaint A")
R("{A} complain 快递员让买家自己下楼拿 还说不拿就退回", "sto", "complaint A", cats=(5,))
R("{A} 我要投诉 驿站乱收费 买家取件要2块", "cainiao", "complaint A", cats=(4,))
R("{A} 投訴 派件員態度超差", "sf", "complaint A", cats=(5,))
R("{A} 买家说快递员态度很差 我要投诉", "sto", "complaint A")
R("{A} tousu 派件员私自把件放驿站没通知", "yunda", "complaint A", cats=(5,))
R("{A} 客户说快递员要他加钱才送上楼 投诉", "yto", "complaint A")
R("{A} 帮我 tousu 这个快递员 把我件扔在地上 买家都拍下来了", "zto", "complaint A", cats=(5,))

# arbitration
R("{A} 仲裁 客服一直推 说不是你们的问题", "yto", "arbitration A")
R("{A} 申请仲裁 破损理赔谈不拢", "zto", "arbitration A")
R("{A} 走仲裁吧 网点不认", "jt", "arbitration A")
R("{A} 仲裁 pls 理赔被驳回了 不服", "cainiao", "arbitration A", cats=(5,))

# ---------------------------------------------------------------------------------------------------------
# Chit-chat, thanks, questions with no waybill; commands with no usable waybill.
# ---------------------------------------------------------------------------------------------------------

R("宝们今天几点来收件呀", "zto")
R("收到 谢谢宝 😘", "yto")
R("好的好的 辛苦啦", None)
R("yyds 今天拦截好快 爱了💕", "jt")
R("明天双十一 你们还收件吗", "sto")
R("晚上直播完大概八点半 能来收吗 有三百多单", "yunda")
R("啊啊啊啊 今天爆单了 谢谢小哥来得这么快", "zto")
R("ok thx", None)
R("👌", None)
R("在吗", "cainiao")
R("小哥今天还来吗 我这边打包好了 四十几件", "ems")
R("你们春节几号停发呀", "deppon")
R("面单纸没了 能送一卷过来吗", "yto")
R("绝了 今天一个退货都没有 开心😆", "zto")
R("运费这个月能不能便宜点啊 单量涨了很多", "sto")
R("好的 已经跟买家说了 谢谢亲", "jt")
R("收到收到 🙏🙏", "yunda")
R("宝 你们那个上门取件的电话是多少", "cainiao")
R("新来的小哥好帅 哈哈哈 (≧▽≦)", "zto")
R("晚安 明天见 🌙", "yto")
R("真的会谢 直播到凌晨 累死了", "sf")
R("请问寄新疆多少钱一公斤", "yunda")
R("可以寄液体吗 化妆水那种", "sto")
R("thx 宝 下次请你喝奶茶🧋", "jt")
R("好滴 明白", "ems")
R("我们仓库搬了 新的取件地址是 义乌市北苑街道春晗路 88 号 以后来这里收哈", "yto")
R("明天下午三点前来收 有一批急的 pls", "zto", cats=(5,))
R("👍👍👍", "deppon")
R("哈哈哈 好的 买家说收到了 谢谢", "cainiao")
R("今天系统是不是卡了 后台刷不出来", "jd")
R("你们周末上班吗", "sf")
R("好的 👌 那就等消息", "deppon")
R("ok 搞定了 谢谢宝贝们 么么哒", "jd")
R("下午有没有人来收件啊 都两点了还没人 急死了", "zto")
R("今天直播间卖爆了 yyds！！！ 晚点可能有一大波拦截 先打个招呼哈哈", "yto")
R("救命 打印机卡纸了 面单晚点发给你们", "sto")
R("收到 已经跟买家解释了 (´▽`ʃ♡ƪ)", "jt")
R("谢谢 拦截成功了 买家也退款了 完美", "sf")
R("小姐姐 你们能不能晚上十点再来一趟 今天直播推迟了 😭", "cainiao")
R("emmm 那个 我想问下 你们有没有那种防压的箱子卖", "jd")

# questions about the rules of an action (a person answers)
R("拦截要收费吗", "yto", nh=True)
R("改地址一般要多久能改好呀", "zto", nh=True)
R("撤单是不是要在揽收前 揽收了就不行了？", "sto", nh=True)
R("理赔一般几天到账", "jt", nh=True)
R("破损的话要买家拍什么照片啊", "yunda", nh=True)
R("仲裁是怎么个流程 没弄过", "cainiao", nh=True)
R("晚上九点以后发的拦截你们还处理吗", "ems", nh=True)

# a command with no usable waybill
R("拦截一下 那个穿搭博主的单", "zto", nh=True)
R("尾号 5678 的拦截 买家不要了", "yto", nh=True, cats=(4,))
R("帮催下昨天那个粉色手机壳的单 买家姓李", "jt", nh=True)
R("{A:cut} 拦截", "yto", nh=True, cats=(4,))
R("改地址 改成 上海市徐汇区漕溪北路 88 号 小美 {PN}", "zto", nh=True, cats=(4,))
R("救命 有个单子显示签收 买家说没收到 单号我找下 等下发", "sto", nh=True)

# ---------------------------------------------------------------------------------------------------------
# Corrections of the number or of the command.
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截\n更正 单号打错了 是 {B}", "yto", "intercept B", cats=(2,))
R("{A} 撤单。哦不对 已经揽收了 那就拦截", "zto", "intercept A", cats=(2,))
R("{A} 改址取消 还是拦截吧 买家说不要了", "jt", "intercept A", cats=(2,))
R("{A} {B:cut} 催一下\n第二个单号少打一位 是 {B}", "yto", "urge A B", cats=(2,))
R("{A} 催件 打错了 是拦截！！ 买家不要了", "sto", "intercept A", cats=(2,))
R("{A} 拦截\n不对不对 是 {B} 😵 上面那个是别的买家的 正常派", "jt", "intercept B", cats=(2,))
R("{A} 改地址 杭州市滨江区网商路 699 号 小周 {PN}\n搞错了 应该是 {B} 改地址 地址一样", "zto",
  "change_address B", cats=(2, 4))
R("{A} 查下重量\n哦 打错了 是查件 看下到哪了", "sto", "track A", cats=(2,))
R("{A} 登记延误 啊不对 买家说收到了 但是盒子压坏了 是破损", "yunda", "damaged A", cats=(2,))
R("{A} 拦截！ 等等 买家说还要 那改成催件 快点送", "jt", "urge A", cats=(2,))
R("{A:lc} 撤单\nsorry 打错了 是 {B:lc} 撤单", "yto", "cancel B", cats=(2, 5))
R("{A} 更正：不是拦截 是改地址 改到 厦门市思明区软件园二期观日路 24 号 小陈 {PN}", "jd", "change_address A",
  cats=(2, 4))
R("{A} 退回\n更正 {A} 不退了 改派到 福州市鼓楼区五四路 158 号 林先生 {PN}", "sf", "change_address A",
  cats=(1, 2, 4))
R("{A} 催一下\n{B} 催一下\n不好意思 第二个打错了 应该是 {C}", "yunda", "urge A C", cats=(2,))
R("{A} 理赔\n啊不对 还没丢 就是慢 先催一下", "zto", "urge A", cats=(2,))
R("{A} 拦截\n{A} 哦不对 买家又要了 不拦了 正常派", "yto", "", cats=(1, 2))
R("{A} 改地址 新地址 广州市海珠区新港中路 397 号 小美 {PN}\n电话打错了 是 {PN2}", "cainiao", "change_address A",
  cats=(2, 4))
R("单号是 {B} 不是 {A} 上面那个发错了 这个要拦截", "sto", "intercept B", cats=(2,))
R("{A} 撤单 …… 哦 已经揽收了吗 那拦截退回", "sto", "intercept A", cats=(2,))
R("{A} 登记丢件\n不对 显示签收了 是买家没收到 核实签收", "jt", "verify_delivery A", cats=(2,))
R("{A} weight check\n啊 发错了 是 {B} 重量不对 {A} 没问题", "yunda", "weight B", cats=(2, 5))
R("{A} {B} {C} 拦截\n更正 {C} 不用 是 {D}", "yto", "intercept A B D", cats=(2, 7))
R("{A} 投诉\n算了 不投诉了 催一下就行", "zto", "urge A", cats=(1, 2))
R("{A} 催件 打錯了 是攔截 客人不要了", "sf", "intercept A", cats=(2, 5))
R("{A} 改址 地址：成都市锦江区春熙路 1 号 小林 {PN}\n啊不对 买家说不改了 直接退回", "jt", "intercept A",
  cats=(2, 4))
R("刚才发的单号少了一位 {A} 这个才对 帮拦截", "yto", "intercept A", cats=(2,))
R("{A} 延误登记\n不对 应该是 {B} {A} 是正常的 已经签收了", "deppon", "delay B", cats=(2,))
R("{A} 退回 ❌\n{A} 改派 ✅ 上海市闵行区莘庄龙之梦 B1 丰巢柜 小美 {PN}", "sf", "change_address A", cats=(2, 4))
R("{A} 拦截拦截\n哦搞错了 拦的是 {B} 这个是另一个买家的 照常送", "zto", "intercept B", cats=(2,))
R("{A} 撤单 还没揽收\n诶 刚看后台已经揽收了 那拦截", "jd", "intercept A", cats=(2,))
R("{A} 重量不对\n不好意思 是 {B} 发错了 救命 我眼瞎了", "jt", "weight B", cats=(2,))
R("{A:cut} 催件\n少打了一个数字 {A} 重发", "jt", "urge A", cats=(2,))
R("{A} 破损\n更正一下 不是破损 是少件 盒子好好的 里面少了两包辣条", "yunda", "lost A", cats=(2,))
R("{A} 丢件 咦 不是 刚刷新物流动了 那就是慢 登记延误吧", "cainiao", "delay A", cats=(2,))
R("宝 刚才那个我发错群了 {A} 是你们家的 拦截 thx", "sto", "intercept A", cats=(2,))

# ---------------------------------------------------------------------------------------------------------
# Negation and withdrawal, scoped to one number or clause.
# ---------------------------------------------------------------------------------------------------------

R("{A} 拦截 {B} 不用拦", None, "intercept A", cats=(1,), draw={"A": "yto", "B": "jt"})
R("{A} {B} {C} 都拦截 除了 {B} {B} 买家说还要", "zto", "intercept A C", cats=(1, 7))
R("{A} 不用拦了 买家又要了", "jt", "", nh=True, cats=(1,))
R("不用理赔了 {A} 买家找到了", "sto", "", nh=True, cats=(1,))
R("不是不拦 是现在就拦 {A} 快", "yunda", "intercept A", cats=(1,))
R("{A} 不要退回 改派到 南宁市青秀区民族大道 136 号 小韦 {PN}", "cainiao", "change_address A", cats=(1, 4))
R("{A} 先别催了 买家说不急 下周再说", "ems", "", nh=True, cats=(1,))
R("{A} {B} 催一下 {C} 不用催 已经签收了", "deppon", "urge A B", cats=(1, 7))
R("{A} 别拦别拦！！ 买家又想要了 啊啊啊", "zto", "", nh=True, cats=(1,))
R("{A} 拦截 买家不要了\n{B} 这个不拦 正常派送就行", "yto", "intercept A", cats=(1,))
R("{A} {B} {C} {D} 这几个里 只撤 {D} 其他不用撤", "jt", "cancel D", cats=(1, 7))
R("{A} 不用改地址了 直接拦回来", "sto", "intercept A", cats=(1,))
R("{A} 不是催件 是丢件 一周没动了 网点说找不到", "yunda", "lost A", cats=(1, 2))
R("{A} 不需要赔偿 就登记个破损 让买家安心", "zto", "damaged A", cats=(1,))
R("{A} 不要撤单！！ 已经发出去了 要拦截", "jd", "intercept A", cats=(1,))
R("{A} {B} 都不用催了 到了 谢谢", "cainiao", "", nh=True, cats=(1,))
R("取消拦截 {A} 买家联系上了 可以正常送", "yto", "", nh=True, cats=(1,))
R("{A} 取消改址 按原地址送", "sf", "", nh=True, cats=(1,))
R("{A} 不要拦截 不要退回 不要改址 就催一下 让他今天送到", "jt", "urge A", cats=(1,))
R("{A} 没丢 找到了 别登记了\n{B} 这个是真丢了 登记丢件", "zto", "lost B", nh=True, cats=(1,))
R("{A} 我不是要投诉 就是想催一下 别误会哈", "sto", "urge A", cats=(1,))
R("{A} {B} {C} 全部拦截 {C} 除外", "ems", "intercept A B", cats=(1, 7), draw="ems_s10")
R("{A} 不撤单 要改地址 新地址 太原市小店区亲贤北街 99 号 小赵 {PN}", "cainiao", "change_address A", cats=(1, 4))
R("{A} 重量没问题 是 {B} 重量不对 帮核下", "deppon", "weight B", cats=(1,))
R("{A} 这单拦截 其他的都不用拦 {B} {C} 正常派", "yto", "intercept A", cats=(1, 7))
R("{A} 怎么显示退回了？？ 我没让拦啊", "sto", "", nh=True, cats=(1,))
R("{A} 拦截退回 买家不要了\n{A} 算了算了 不拦了 买家又说要 ( ˘•ω•˘ )", "jd", "", cats=(1,))
R("{A} 不是不要 是要改个收件人 改成 小雪 {PN} 地址不变", "zto", "change_address A", cats=(1, 4))
R("{A} 撤销 不对 不是撤销订单 是撤销刚刚的投诉 投诉不用了", "yunda", "", nh=True, cats=(1, 2))
R("{A} 暂时不用拦 先催一下派送 买家说能收", "sf", "urge A", cats=(1,))

# ---------------------------------------------------------------------------------------------------------
# Quotes and replies: colleagues, buyers, the bot's own replies quoted back.
# ---------------------------------------------------------------------------------------------------------

R("「客服机器人：@可可 {A} 拦截已提交，结果会第一时间通知您」\n" + DASH + "\n谢谢宝 🙏", "zto", cats=(3,))
R("「客服机器人：@小美 {A} 已为您催促派送，请耐心等待」\n" + DASH + "\n还是没动啊 再催一下 买家要骂了", "yto",
  "urge A", cats=(3,))
R("引用 客服机器人：@团子 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）\n那就撤单 {A}", "jt",
  "cancel A", cats=(3,))
R("回复 @买家小甜甜：你们快递怎么还没到啊 我要投诉\n{A} 帮催下 这个买家急了", "sto", "urge A", cats=(3,))
R("「客服机器人：@可可 {A} 拦截已提交，结果会第一时间通知您」\n" + DASH + "\n不用拦了 买家说要了", "zto", nh=True,
  cats=(1, 3))
R("“{A} 拦截” 这个上午发过了 帮看下拦截成功没有", "yunda", nh=True, cats=(3,))
R("引用 小美：{A} 拦截 买家退款了\n{B} 也拦一下 同一个买家拍的两单", "cainiao", "intercept B", cats=(3,))
R("「小美：{A} 催件」\n" + DASH + "\n这单也登记个延误 五天了", "ems", "delay A", cats=(3,))
R("回复 @客服机器人：@花花 {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您\n还要赔偿 买家要退款 帮走理赔",
  "jd", "claim A", cats=(3, 8))
R("「客服机器人：@阿珍 {A} 已签收，无法拦截」\n" + DASH + "\n啊啊啊 那买家说没收到啊 核实下签收 谁签的", "ems",
  "verify_delivery A", cats=(3,))
R("「客服机器人：@阿珍 请确认：{A} 拦截退回？回复“确认”即办理」\n" + DASH + "\n确认 拦", "deppon", "intercept A",
  cats=(3,))
R("引用 小店主：{A} 拦截 {B} 拦截\n再加一个 {C} 也拦截 同一场直播的", "jt", "intercept C", cats=(3,))
R("回复 @客服机器人：@阿May {A} 改址已提交，结果会第一时间通知您\n改了吗 买家问", "zto", nh=True, cats=(3,))
R("买家原话：“我的快递显示签收了但是我没收到 你们怎么回事”\n{A} 帮核实签收 thx", "yto", "verify_delivery A",
  cats=(3,))
R("買家發來的：「包裹到了但是裡面的粉餅碎了 要退款」\n{A} 登记破损 🙏", "sf", "damaged A", cats=(3, 5))
R("「客服机器人：@小雨 {A} 已为您登记延误工单，结果会第一时间通知您」\n" + DASH + "\n登记完了能不能催一下啊 光登记有啥用",
  "jt", "urge A", cats=(3,))
R("引用 客服机器人：@小雨 您的消息已转人工客服处理，请稍候\n等半天了 {A} 到底拦没拦", "sto", nh=True, cats=(3,))
R("买家：快递员态度好差 电话里凶我\n我：好的亲 我帮你投诉\n{A} 投诉快递员 pls", "yunda", "complaint A", cats=(3,))
R("「小美：{A} {B} 拦截」\n" + DASH + "\n{B} 不用了 买家联系上了 只拦 {A}", "cainiao", "intercept A", nh=True,
  cats=(1, 3))
R("回复 @客服机器人：@Coco {A} 撤单成功\n好的 thx 宝", "zto", cats=(3,))
R("「客服机器人：@Coco {A} 拦截已提交，结果会第一时间通知您」\n" + DASH + "\n{B} 这单也拦一下 一起退", "yto",
  "intercept B", cats=(3,))
R("引用 买家：在吗 我收到的眼影盘碎了 你们得赔我\n{A} 帮我理赔 货值 128", "jt", "claim A", cats=(3, 4, 8))
R("“麻烦快点好吗 一个礼拜了还没到 再不到我投诉你们了” ← 买家原话😭\n{A} 求催", "sto", "urge A", cats=(3,))
R("「客服机器人：@甜甜 {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + DASH + "\n撤单 {A}", "yunda",
  "cancel A", cats=(3,))
R("引用 阿琪：{A} 重量不对 帮核重\n这个核了没 好几天了", "deppon", nh=True, cats=(3,))
R("客人傳來：「我的包裹已經三天沒有更新了 請問是怎麼回事」\n{A} 帮查查 是不是延误了", "zto", "delay A",
  cats=(3, 5))
R("台灣客人說：「收到的手機殼裂開了 我要退款」\n{A} 登记下破损 然后理赔", "jd", "claim A", cats=(3, 5, 8))
R("「客服机器人：@桃桃 {A} 已为您催促派送，请耐心等待」\n" + DASH + "\n好的谢谢 🥰", "sf", cats=(3,))
R("回复 @运营小王：{A} 这个买家要退款了\n那就拦截吧 别让他签收", "ems", "intercept A", cats=(3,))
R("引用 主播阿紫：今晚的 {A} 拍错了 帮我拦一下\n已经帮你发了 @客服机器人 {A} 拦截", "yto", "intercept A",
  cats=(3,))
R("「客服机器人：@桃桃 {A} 撤单成功」\n" + DASH + "\n啊？？ 我没说撤这个啊 是 {B} 要撤 {A} 要正常发的 救命", "zto",
  "cancel B", nh=True, cats=(2, 3))
R("买家@我：“寄件人你好 我的快递被别人签收了 我根本不认识签收人”\n{A} 核实签收 + 投诉快递员乱签", "jt",
  "verify_delivery A; complaint A", cats=(3, 8))

# ---------------------------------------------------------------------------------------------------------
# Several parcels, several commands: positions, 前者/后者, 其余, 除了, pasted tables.
# ---------------------------------------------------------------------------------------------------------

R("{A} {B} {C} 这三单 第一单拦截 后两单催一下", "yto", "intercept A; urge B C", cats=(7,))
R("{A} {B} 前者拦截 后者改地址 改到 昆明市五华区东风西路 11 号 小杨 {PN}", "jt", "intercept A; change_address B",
  cats=(4, 7))
R("{A}\n{B}\n{C}\n{D}\n前两个拦截 其余催件", "zto", "intercept A B; urge C D", cats=(7,))
R("{A} {B}\n上面两个都拦截", "sto", "intercept A B", cats=(7,))
R("今天直播的单：\n{A}\n{B}\n{C}\n{D}\n{E}\n除了 {C} 其他全部拦截 主播报错价了😭", "yunda", "intercept A B D E",
  cats=(1, 7))
R("{A}\t拦截\n{B}\t催件\n{C}\t改地址\t深圳市宝安区西乡街道 56 号\t小钟\t{P}", "cainiao",
  "intercept A; urge B; change_address C", cats=(4, 7))
R("{A} 拦截 {B} 撤单 {C} 催件 thx", None, "intercept A; cancel B; urge C", cats=(7,),
  draw={"A": "yto", "B": "jt", "C": "sf"})
R("第一单 {A} 退回\n第二单 {B} 正常送 催一下\n第三单 {C} 查下到哪了", "ems", "intercept A; urge B; track C",
  cats=(7,))
R("{A} 和 {B} 后面那个拦截 前面那个不用", None, "intercept B", cats=(1, 7), draw={"A": "sf", "B": "jd"})
R("{A} {B} {C} 以上都催件 买家在直播间刷屏骂了", "yto", "urge A B C", cats=(7,))
R("{A} 破损\n{B} 丢了\n{C} 超重 查一下", "zto", "damaged A; lost B; weight C", cats=(7,))
R("单号 {A} {B} {C} 最后一个改地址 新地址 济南市历下区泉城路 180 号 小孔 {PN} 前两个催一下", "sto",
  "change_address C; urge A B", cats=(4, 7))
R("{A} {B} 这两个一个拦截一个催件", "jt", nh=True, cats=(7,))
R("{A} 催\n{B} 催\n{C} 拦\n{D} 拦", "yunda", "urge A B; intercept C D", cats=(7,))
R("{A}     撤单\n{B}     撤单\n{C}     拦截", "cainiao", "cancel A B; intercept C", cats=(7,))
R("这几单 {A} {B} {C} {D} 后两单拦截 前两单查下到哪了", "deppon", "intercept C D; track A B", cats=(7,))
R("{A} 查件 {B} 破损 {C} 签收了没收到", "jd", "track A; damaged B; verify_delivery C", cats=(7,))
R("昨晚直播间 4 单：{A} {B} {C} {D}\n第三单改地址 苏州市姑苏区观前街 88 号 小沈 {PN}\n其余正常 不用管", "yto",
  "change_address C", cats=(4, 7))
R("{A} {B} 都是同一个买家的 两单都退回 thx", "zto", "intercept A B", cats=(7,))
R("{A} 拦截 另外 {B} {C} 这俩延误好几天了 登记下", "sto", "intercept A; delay B C", cats=(7,))
R("{A}\n{B}\n{C}\n中间那个拦截 其他俩催一下", None, "intercept B; urge A C", cats=(7,),
  draw={"A": "jt", "B": "yto", "C": "jt"})
R("{A} 丢件理赔\n{B} 破损理赔\n{C} 就催一下", "yunda", "claim A B; urge C", cats=(7, 8))
R("订单1 {A} 拦截\n订单2 {B} 撤单\n订单3 {C} 改地址 等买家给地址", "ems", "intercept A; cancel B; change_address C",
  nh=True, cats=(7,))
R("{A} {B} {C} 全部催 除了最后一个 最后一个拦截 买家不要了", "cainiao", "urge A B; intercept C", cats=(1, 7))
R("单号\t问题\n{A}\t破损\n{B}\t少件\n{C}\t显示签收未收到", "jd", "damaged A; lost B; verify_delivery C", cats=(7,))
R("{A} {B} 第一个改地址 第二个撤单\n新地址：合肥市蜀山区长江西路 200 号 小吴 {PN}", "sf",
  "change_address A; cancel B", cats=(4, 7))
R("{A} 延误 {B} 延误 {C} 催件 {D} 查件", "yto", "delay A B; urge C; track D", cats=(7,))
R("前面那单 {A} 拦截 后面那单 {B} 改成送到驿站 杭州市拱墅区莫干山路 东方驿站", "zto",
  "intercept A; change_address B", cats=(7,))
R("{A} {B} 这俩都拦截 哦 后者已经签收了 那后者核实签收 买家说没收到", "jt",
  "intercept A; verify_delivery B", cats=(2, 7))
R("{A} 撤单 {B} 撤单 {C} 撤单 {D} 撤单 {E} 撤单 今天直播取消了 白打了 (ಥ﹏ಥ)", "yunda", "cancel A B C D E")
R("{A}\n{B}\n{C}\n直播间同一个买家拍了三单 合并不了 后两单撤单 第一单正常发", "jd", "cancel B C", cats=(7,))
R("中通的 {A} 拦截 韵达的 {B} 催一下 都是今晚直播间的", "zto", "intercept A; urge B", cats=(7,),
  draw={"A": "zto", "B": "yunda"})
R("{A} 退回\n{B} 退回\n{C} 这个不一样 这个改地址 新地址 佛山市顺德区大良街道 清晖路 小梁 {PN}", "jt",
  "intercept A B; change_address C", cats=(4, 7))
R("{A} {B} {C} {D} {E} {F}\n前三单是口红 全部拦截（色号发错了）\n后三单是零食 催一下 买家等着吃 😋", None,
  "intercept A B C; urge D E F", cats=(7,), draw={"A": "yto", "B": "yto", "C": "jt", "D": "sf", "E": "sf",
                                                   "F": "jd"})
R("{A} 破损登记\n{B} 同上\n{C} 同上", "deppon", "damaged A B C", cats=(7,))
R("{A} 少件 {B} 少件 两单都是一个买家 另外 {B} 那个快递员态度极差 投诉", "sto",
  "lost A B; complaint B", cats=(7, 8))

# ---------------------------------------------------------------------------------------------------------
# Compound requests: compensation, damage with complaint, urge with delay, complaints about what the courier did.
# ---------------------------------------------------------------------------------------------------------

R("{A} 丢件了 要理赔", None, "claim A", cats=(8,), draw="sf")
R("{A} 破损 快递员还态度特别差 投诉他", "zto", "damaged A; complaint A", cats=(8,))
R("{A} 破损 要赔偿 还要投诉快递员乱扔件", "sto", "claim A; complaint A", cats=(8,))
R("{A} 延误了 帮催一下 再登记个延误", "jt", "urge A; delay A", cats=(8,))
R("{A} 拦截并投诉 快递员私自改了地址 买家根本没让改", "yunda", "intercept A; complaint A", cats=(8,))
R("{A} 延误了 客户要投诉", "ems", "delay A; complaint A", cats=(8,))
R("{A} 快点送 客户投诉了 🤯", "sf", "urge A; complaint A", cats=(8,))
R("{A} 快递员不经同意把件退回了 投诉！！", "deppon", "complaint A", cats=(8,))
R("{A} 快递员自己把地址改到驿站了 买家要送上门的 投诉", "cainiao", "complaint A", cats=(8,))
R("{A} 显示签收没收到 而且快递员电话不接 投诉 + 核实", "jd", "verify_delivery A; complaint A", cats=(8,))
R("{A} 漏液 买家要求赔 200", "yto", "claim A", cats=(4, 8))
R("{A} 一周没动了 是不是丢了 丢了就赔吧", "zto", "claim A", cats=(8,))
R("{A} 拦截退回 顺便查下重量 运费扣得不对", "jt", "intercept A; weight A", cats=(8,))
R("{A} 重量不对 多收了 15 块 多收的钱要还给我 投诉", "sto", "weight A; complaint A", cats=(4, 8))
R("{A} 破损了 帮登记 另外快递员把箱子扔地上 我们监控拍到了 投诉", "yunda", "damaged A; complaint A", cats=(8,))
R("{A} 东西碎了 赔钱！！ 快递员还骂人 必须投诉", "cainiao", "claim A; complaint A", cats=(8,))
R("{A} 催件 还要投诉 快递员三天都不派", "deppon", "urge A; complaint A", cats=(8,))
R("{A} 丢件 + 投诉 网点说找不到还挂我电话", "sf", "lost A; complaint A", cats=(8,))
R("{A} 少件 要赔付 然后投诉这个网点 第三次了", "zto", "claim A; complaint A", cats=(8,))
R("{A} 理赔被拒 申请仲裁 并且投诉处理人员", "yto", "arbitration A; complaint A", cats=(8,))
R("{A} 延误 + 催件 + 投诉 全套安排上 yyds 这速度（反话）", "jt", "delay A; urge A; complaint A", cats=(5, 8))
R("{A} 拦截 破损件退回来 帮登记破损", "sto", "intercept A; damaged A", cats=(8,))
R("{A} 买家拒收了 说外箱破了 退回", "yunda", "intercept A", cats=(8,))
R("{A} 客户说东西坏了 要投诉快递 不要赔偿 就想投诉", "ems", "damaged A; complaint A", cats=(1, 8))
R("{A} 快递员说我的件超重要补钱 我自己称才1.2kg 核重 另外他态度很差 投诉", "jd", "weight A; complaint A",
  cats=(4, 8))
R("{A} 件丢了 网点不认 理赔也不给 走仲裁", "deppon", "arbitration A", cats=(8,))
R("{A} 催催催 顺便登记下延误 买家说要差评", "yto", "urge A; delay A", cats=(8,))
R("{A} 投诉快递员 他把件扔驿站了还说是送货上门 顺便查下是哪个驿站", "zto", "complaint A", cats=(8,))
R("{A} 漏液 外箱都湿了 登记破损 然后拦截退回 这单不送了", "sf", "damaged A; intercept A", cats=(8,))
R("{A} 投诉 快递员没打电话就标了签收 柜子里根本没有 核实签收", "yto", "complaint A; verify_delivery A",
  cats=(8,))
R("{A} 快递员说买家拒收 买家说根本没人联系 投诉这个快递员 件先别退 改派到 珠海市香洲区情侣中路 50 号 小潘 {PN}",
  "zto", "complaint A; change_address A", cats=(4, 8))
R("{A} 破了 碎了 烂了 全坏了😭 我要赔偿！！！ lipei！！！", "jt", "claim A", cats=(5, 8))
R("{A} 超重 + 延误 两个问题一起登记 thx", "cainiao", "weight A; delay A", cats=(8,))

# ---------------------------------------------------------------------------------------------------------
# Questions ABOUT an action, which do not ask for it.
# ---------------------------------------------------------------------------------------------------------

R("{A} 这单拦截的话要扣钱吗 扣多少", "yto", nh=True)
R("{A} 改地址了吗 买家问", "zto", nh=True)
R("{A} 拦截成功没有啊 急", "jt", nh=True)
R("{A} 撤单的话运费退吗", "yunda", nh=True)
R("{A} 理赔进度怎么样了", "cainiao", nh=True)
R("{A} 催了没 买家又来问了", "ems", nh=True)
R("{A} 拦截的话多久能退回来", "jd", nh=True)
R("{A} 改地址要加钱吗 改到隔壁城市", "sf", nh=True)
R("{A} 能不能催一下啊", "yto", "urge A")
R("{A} 退回的运费谁出啊", "zto", nh=True)
R("{A} 破损登记了没有 买家在催", "jt", nh=True)
R("{A} 仲裁要准备什么材料", "cainiao", nh=True)
R("{A} 昨天让你们拦的 现在什么情况了 拦住了没", "sto", nh=True)
R("{A} 改址成功了吗？？ 买家说快递员还是往旧地址送", "deppon", nh=True)
R("宝 问一下 {A} 这种已经派送中的还能改地址吗 能改的话改到 东莞市南城区鸿福路 106 号 小蔡 {PN}", "yunda",
  "change_address A", cats=(4,))

# ---------------------------------------------------------------------------------------------------------
# Hedged requests (confirm) and conditions the bot can check.
# ---------------------------------------------------------------------------------------------------------

R("{A} 要不拦截吧 买家好像不想要了", "yto", "intercept A", cf=True)
R("{A} 可能要退回 我再问问买家 先拦着吧？", "zto", "intercept A", cf=True)
R("{A} 好像得改个地址 买家说搬家了 新地址 青岛市市南区香港中路 76 号 小于 {PN}", "jt", "change_address A",
  cf=True, cats=(4,))
R("{A} 看看能不能撤单 好像还没揽收吧", "sto", "cancel A", cf=True)
R("{A} 拦截？？ 嗯…要不还是算了…不对 还是拦吧 哎我也不知道", "yunda", "intercept A", cf=True, cats=(1, 2))
R("{A} 要不先撤了 我有点犹豫 🥲", "cainiao", "cancel A", cf=True)
R("{A} emmm 可能要拦一下 买家在犹豫要不要退", "ems", "intercept A", cf=True)
R("{A} 先拦着吧？我再问问客户", "deppon", "intercept A", cf=True)
R("{A} maybe intercept? 买家还没回我 hmm", "jd", "intercept A", cf=True, cats=(5,))
R("{A} 要不改派到她公司 好像是 武汉市江汉区建设大道 568 号 新世界国贸 小黄 {PN}", "sf", "change_address A",
  cf=True, cats=(4,))
R("{A} 拦不拦呢 买家说退款又说不退 算了先拦吧 不行再说", "zto", "intercept A", cf=True, cats=(2,))
R("{A} 还没揽收的话帮撤单 买家不要了", "yto", "cancel A")
R("{A} 没签收的话直接退回 买家不要了 签收了就让买家自己寄回", "jt", "intercept A")
R("{A} 买家说可能要改到她妈家 江门市蓬江区港口路 12 号 小谭 {PN} 好像是这个 等她确认", "sto", "change_address A",
  cf=True, cats=(4,))

# ---------------------------------------------------------------------------------------------------------
# Numbers broken by the chat client.
# ---------------------------------------------------------------------------------------------------------

R("{A:nl} 拦截", "yto", "intercept A", cf=True, cats=(6,))
R("{A:nl}\n撤单 thx", "zto", "cancel A", cf=True, cats=(6,))
R("{A:nl} 改地址 厦门市湖里区 SM 城市广场 小郑 {PN}", "jt", "change_address A", cf=True, cats=(4, 6))
R("{A:nl} 催件", "sto", "urge A", cats=(6,))
R("{A:sp} 拦截", "ems", "intercept A", cats=(6,), draw="ems_s10")
R("{A:sp} 到哪了", "ems", "track A", cats=(6,), draw="ems_s10")
R("{A:dash} 催一下 thx", None, "urge A", cats=(6,), draw="yto")
R("{A:sp} 撤单 买家不要了", "zto", "cancel A", cats=(6,))
R("{A} 拦截 {B:nl} 也拦", "jt", "intercept A B", cf=True, cats=(6,))
R("{A:sp}\n{B:sp}\n这俩丢件了 帮登记", "ems", "lost A B", cats=(6,), draw="ems_s10")
R("{A:nl}\n破损 买家说盒子烂了", "yunda", "damaged A", cats=(6,))
R("{A:dash} 改派 杭州市上城区解放路 18 号 小蒋 {PN}", "sf", "change_address A", cats=(4, 6))
R("{A:sp} 签收了但是没收到 核实下 (；′⌒`)", "cainiao", "verify_delivery A", cats=(6,))
R("宝 {A:nl} 这个单号复制的时候断了 lanjie pls", "deppon", "intercept A", cf=True, cats=(5, 6))

# ---------------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    W.main()
