"""Writer cq: foreign traders and their Chinese assistants in outlet groups of Yiwu, Guangzhou (Xiaobei) and Keqiao.

Casting note. The buyers come from Africa (Ahmed from Cairo; Chinedu, Abdul and Emeka from Lagos and Kano, who
write Nigerian pidgin: abeg, sharp sharp, oga, e don reach?; Kwame from Kumasi; Moussa from Bamako, French first),
the Middle East (Omar from Amman, Mohammed and Yusuf from Sanaa and Istanbul: habibi, yalla, inshallah, salam
alaikum, شكرا), Russia and Central Asia (Dmitri, Olga, Sergei and Aibek: Russian words in Cyrillic, no articles,
"please do return" word order), Latin America (Carlos from Bogota, María and Juan from Lima and Sao Paulo: hola,
amigo, por favor, urgente, obrigado) and South Asia (Rahul from Mumbai, Ali from Karachi, Rashid from Dhaka: kindly,
do the needful, revert, bhai, jaldi). They buy toys, jewellery, bags and wigs in Yiwu's 国际商贸城, clothes, phone
accessories and perfume in Guangzhou's 小北 and 沙河, and fabric swatches and colour cards in Keqiao's 中国轻纺城, and
have suppliers ship samples and small orders by domestic express to their forwarders' warehouses (白云区 石井 and
太和, 义乌 福田 货运市场 and 江东 青口, "Nigeria line", "Dubai line", "Moscow line") before a container cut-off. They
write in the outlets' WeCom and DingTalk groups in simple or broken English, Chinglish, English with the Chinese
words they picked up (拦截, 快递, 谢谢, 老板, 师傅, 催一下), pinyin without tones (lanjie, tuihui, chedan, cuijian,
gaizhi, dao nali), and sometimes voice-to-text English with its slips ("in the set" for intercept, "cancer" for
cancel, "change the dress"). Their Chinese assistants and translators (小王, 阿芳, Lily, Coco, 小陈) translate a line,
add one in Chinese, quote the boss and the bot, and put the boss right ("老板说错了"). Numbers that are not waybills
are everywhere: forwarders' and buyers' phones (+86, +234, +971, +7), 1688 order numbers, carton counts, kilos,
amounts in rmb and USD, booth numbers, shipping marks and container numbers.
"""

from harness import Writer

W = Writer("cq", seed=7368787)
R = W.R

Q = "- - - - - - - - - - - - - - -"  # WeCom quote rule

# ---------------------------------------------------------------- 0/5: everyday requests, every intent
# intercept
R("{A} return please. customer dont want", "cainiao", "intercept A", cats=(5,))
R("hello 老板 {A} 拦截 please, wrong goods inside", "yto", "intercept A", cats=(5,))
R("My friend please stop this parcel {A} and send back to me. forwarder closed already", "yunda", "intercept A",
  cats=(5,))
R("{A}\nreturn to sender", "sto", "intercept A", cats=(5,))
R("lanjie {A} xiexie", "jt", "intercept A", cats=(5,))
R("Salam alaikum brother. {A} this parcel please return back to my shop, the customer cancel his order", "zto",
  "intercept A", cats=(5,))
R("please intercept {A} {B} both wrong address", "yto", "intercept A B", cats=(5,))
R("老板说 {A} 退回，地址写错了\nboss say return, address wrong", "zto", "intercept A")
R("Hi. The sample {A} I sent to Guangzhou forwarder, container already go, so no use. please return it back to Yiwu",
  "yto", "intercept A", cats=(5,))
R("Good morning shifu, can you stop {A} ? my customer from Lagos say he change mind", "jt", "intercept A", cats=(5,))
R("{A} please dont deliver, return to me", "zto", "intercept A", cats=(5,))
R("Boss {A} is wrong parcel. I send my Dubai customer goods to Moscow forwarder 😭 return please", "sf", "intercept A",
  cats=(5,))
R("{A} return back to sender, the forwarder warehouse dont accept, they say no mark on carton", "yto", "intercept A",
  cats=(5,))
R("Здравствуйте! {A} please return, спасибо", "zto", "intercept A", cats=(5,))
R("{A}\n{B}\n{C}\nall return. supplier send wrong model", "sto", "intercept A B C", cats=(5, 7))
R("Please help intercept express {A}, it was sent to wrong forwarder (Nigeria line but goods is for Ghana)", "yto",
  "intercept A", cats=(5,))
R("Hola amigo, {A} devolver por favor, return to Keqiao shop", "yunda", "intercept A", cats=(5,))
R("Hello can you in the set this parcel {A} and send it back to me thank you", "zto", "intercept A", cats=(5,))
R("{A} 师傅 return pls", "jd", "intercept A", cats=(5,))
R("Ahmed的翻译：{A} 这个件麻烦拦截退回义乌，客户那边取消订单了", "zto", "intercept A")
R("Kindly intercept the consignment {A} and revert back to consignor. Customer has cancelled the PO. Regards, Rahul",
  "sf", "intercept A", cats=(5,))
R("{A:lc} return", "yto", "intercept A", cats=(5,))
R("abeg help me stop this one {A}, e don go wrong place. return am", "jt", "intercept A", cats=(5,))
R("{A} intercept. reason: forwarder say battery cannot ship, they reject", "zto", "intercept A", cats=(5,))
R("Brother the supplier send me 2 times same goods. {B} is the second one, return it to supplier please", "yto",
  "intercept B", cats=(5,))
R("{A} 拦截 拦截!! my customer run away no pay 😡", "zto", "intercept A", cats=(5,))
R("Mohammed say: please return {A}, shop in 小北 will take it back", "sf", "intercept A", cats=(5,))
R("Please return express {A}. Moscow line stop receive this week, sanctions problem, sorry", "yto", "intercept A",
  cats=(5,))
R("sir {A} this one is mistake. please no deliver. send it back to 国际商贸城 二区 H1 街 12035 店", "zto",
  "intercept A", cats=(5,))
R("帮老板发一下：{A} 拦截退回，唛头贴错了，货代不收", "yto", "intercept A")
R("laoban please help, {A} customer reject, say not his goods. send back", "jt", "intercept A", cats=(5,))
R("{A} return to 柯桥 shop. colour card is old version", "sf", "intercept A", cats=(5,))
R("can return this {A}? my customer in Accra change his forwarder", "zto", "intercept A", cats=(5,))
R("Send this back {A} pls pls. I put my passport copy inside by mistake 🙈", "deppon", "intercept A", cats=(5,))

# cancel
R("{A} cancel please, courier not come yet", "zto", "cancel A", cats=(5,))
R("chedan {A}", "cainiao", "cancel A", cats=(5,))
R("Hi shifu, today I make order {A} but I no need send anymore, please cancel the order", "sto", "cancel A",
  cats=(5,))
R("cancel {A} and {B}, I will make new one with correct address", "yunda", "cancel A B", cats=(5,))
R("小王代发：{A} 撤单，货还在我们店里没发", "yto", "cancel A")
R("{A} not send anymore. delete this order please", "sf", "cancel A", cats=(5,))
R("please cancel shipment {A}, goods still in my shop, nobody pick up", "jd", "cancel A", cats=(5,))
R("Cancel {A} pls. I book wrong, must be SF not this one", "yto", "cancel A", cats=(5,))
R("cancer this order {A} please the courier not take yet", "jt", "cancel A", cats=(5,))
R("my friend, the order {A} pls cancel, the buyer from Kano no pay deposit yet", "yunda", "cancel A", cats=(5,))
R("{A} {B} {C} chedan, all. we change to Deppon because too heavy", "zto", "cancel A B C", cats=(5, 7))
R("Please cancel waybill {A}, the supplier will send himself", "sf", "cancel A", cats=(5,))
R("翻译：老板说 {A} 不寄了，撤单吧，样品客户不要了", "sto", "cancel A")
R("kindly cancel the booking {A}, do the needful. thanks", "zto", "cancel A", cats=(5,))
R("I create 2 order by mistake, cancel this one {B}. keep the other", "yto", "cancel B", cats=(5,))

# change_address
R("{A} change address to my forwarder warehouse: 广州市白云区石井街道庆丰村兴业路18号 A仓 收货人 Ahmed {PN}", "zto",
  "change_address A", cats=(4, 5))
R("gaizhi {A}\n新地址：义乌市福田街道货运市场B区2号 蓝海国际仓库\n电话 {P}", "yto", "change_address A", cats=(4, 5))
R("Please change the delivery address of {A}. New address: 义乌市江东街道青口工业区 迪拜专线仓库 3号门, contact Omar "
  "{PN}", "sto", "change_address A", cats=(4, 5))
R("{A} address change → 柯桥区 中国轻纺城 东区 3楼 3125号 Fatima", "jt", "change_address A", cats=(5,))
R("老板让我改一下地址 {A} 改到 广州市越秀区 登峰路 宝汉直街16号2楼，收件人 Moussa {PN}", "yunda", "change_address A",
  cats=(4,))
R("can you change the dress of this parcel {A} to the new warehouse 广州市白云区江高镇南岗村南岗路12号", "sto",
  "change_address A", cats=(5,))
R("{A} {B} both change address to 义乌市稠江街道杨村路288号 俄罗斯专线仓库, receiver Sergei, {PN}", "yunda",
  "change_address A B", cats=(4, 5))
R("please send {A} to my hotel, not to shop. 义乌 银都酒店 room 1206, Rashid", "zto", "change_address A", cats=(5,))
R("Habibi {A} please deliver to new place: 广州市白云区太和镇大源北路 华南物流园 8栋 阿联酋专线. tel {PN}", "sf",
  "change_address A", cats=(4, 5))
R("Change destination of {A} to: 义乌市 北苑街道 春华路 1001号 加纳专线, Kwame {PN}. thank you", "yto",
  "change_address A", cats=(4, 5))
R("改地址 {A}：广州市越秀区 环市中路 小北 登峰宾馆 旁边 天秀大厦 B座 1712，收件人 Emeka {PN}\n(the old address is my "
  "old shop)", "sto", "change_address A", cats=(4,))
R("kindly redirect {A} to our agent warehouse at 义乌市廿三里街道 物流园 5号 (India line). contact {PN}", "zto",
  "change_address A", cats=(4, 5))

# urge
R("{A} hurry please, forwarder closing container on Friday", "ems", "urge A", cats=(5,))
R("cuijian {A} xiexie", "yto", "urge A", cats=(5,))
R("Laoban, {A} 3 days still in Yiwu, please push courier to deliver fast", "yunda", "urge A", cats=(5,))
R("{A}\n{B}\nplease hurry both, the ship cut-off is Monday", "jt", "urge A B", cats=(5, 7))
R("催一下 {A} please. forwarder waiting", "sf", "urge A", cats=(5,))
R("Kindly expedite delivery of {A}. Buyer flight on 15th.", "yto", "urge A", cats=(5,))
R("please Harry up the delivery for {A} thank you", "zto", "urge A", cats=(5,))
R("翻译：Ali老板说 {A} 今天一定要送到货代仓库，麻烦催一下，仓库晚上6点关门", "yunda", "urge A")
R("oga abeg {A} make e reach warehouse sharp sharp, container dey load tomorrow", "zto", "urge A", cats=(5,))
R("{A} urgente por favor, el contenedor sale el viernes", "yto", "urge A", cats=(5,))
R("bhai {A} jaldi please, customer calling me 10 times", "zto", "urge A", cats=(5,))
R("Hi, please ask the courier to deliver {A} today. Warehouse open until 8pm. Thanks, Dmitri", "sto", "urge A",
  cats=(5,))
R("{A} срочно! please deliver, forwarder waiting", "zto", "urge A", cats=(5,))

# track
R("{A} where is it", "sf", "track A", cats=(5,))
R("{A}?", "deppon", "track A")
R("Hello my friend. Please check for me {A} where now", "sto", "track A", cats=(5,))
R("kuaidi {A} dao nali le", "jt", "track A", cats=(5,))
R("{A}\n{B}\n{C}\nstatus pls", "zto", "track A B C", cats=(5, 7))
R("Hi, the forwarder ask me tracking. {A} is arrive or not?", "cainiao", "track A", cats=(5,))
R("where is my parcel {A}, my customer ask me every hour 😩", "sf", "track A", cats=(5,))
R("Good evening sir, can you tell me the status of shipment no. {A}? Thank you", "jd", "track A", cats=(5,))
R("Привет. {A} где? where is", "yunda", "track A", cats=(5,))
R("{A}", "jt", "track A")
R("salam, {A} e don reach? I no see update", "sto", "track A", cats=(5,))
R("my friend {A} this one pick up already or not? supplier say he send yesterday", "yto", "track A", cats=(5,))
R("¿Dónde está? {A}", "yunda", "track A", cats=(5,))
R("老板问 {A} 现在到哪里了，什么时候能到货代仓库", "jt", "track A")
R("{A} kab pahunchega? when it reach", "zto", "track A", cats=(5,))
R("{A} courier phone please? and where it is now", "sto", "track A", nh=True, cats=(5,))

# verify_delivery
R("{A} system say signed but forwarder say not receive", "jd", "verify_delivery A", cats=(5,))
R("{A} show delivered. who sign?? my warehouse no have this", "yto", "verify_delivery A", cats=(5,))
R("my forwarder check 2 times, no parcel {A}. but tracking say 已签收. please check", "sto", "verify_delivery A",
  cats=(5,))
R("{A} someone else sign, not my people. pls verify", "jt", "verify_delivery A", cats=(5,))
R("翻译一下：{A} 显示签收了，但是货代仓库说没收到，麻烦核实一下签收", "yunda", "verify_delivery A")
R("{A} signed by 'dai shou dian'? what is this, my forwarder never use this. they not receive", "zto",
  "verify_delivery A", cats=(5,))
R("{A} {B} both show signed, forwarder only find {B}. the other no", "zto", "verify_delivery A", cats=(5, 7))

# damaged
R("{A} arrive broken. the glass all crash", "deppon", "damaged A", cats=(5,))
R("po le {A} xiangzi po le", "yto", "damaged A", cats=(5,))
R("{A} perfume sample leaking, box all wet", "sto", "damaged A", cats=(5,))
R("Dear, parcel {A} received damaged. Photos attached. Pls record", "sf", "damaged A", cats=(5,))
R("{A} the wig box is broken and the hair dirty. customer very sad", "yto", "damaged A", cats=(5,))
R("帮Omar登记一下破损 {A}，里面的陶瓷杯碎了三个", "sto", "damaged A")

# lost
R("{A} lost. 12 days no news, forwarder no receive", "ems", "lost A", cats=(5,))
R("{A} diu le? 丢了吗", "yto", "lost A", cats=(5,))
R("I send 5 carton {A}, forwarder receive only 4. one carton missing", "deppon", "lost A", cats=(5,))
R("{A} parcel disappear. tracking stop in 杭州 one week, I think is lost", "sto", "lost A", cats=(5,))
R("老板说 {A} 这个件丢了，货代那边找了好几遍都没有", "yunda", "lost A")
R("{A} arrive but one bag missing, should be 3 bags", "cainiao", "lost A", cats=(5,))

# weight
R("{A} weight wrong. my sample only 1.2kg you charge 3kg", "sf", "weight A", cats=(5,))
R("please weigh again {A}, price too much 68 yuan for small bag", "jt", "weight A", cats=(5,))
R("{A} {B} check weight pls. both charge 10kg, impossible", "zto", "weight A B", cats=(5,))
R("Kindly recheck the chargeable weight of {A}. Actual 3.4 kg, billed 6 kg.", "sf", "weight A", cats=(5,))
R("帮Rashid问一下 {A} 重量不对，他自己称的是4公斤，单子上写9公斤", "yto", "weight A")
R("{A} volume weight?? the box is 30x20x10 only. please check", "deppon", "weight A", cats=(5,))

# delay
R("{A} 4 days no moving", "ems", "delay A", cats=(5,))
R("{A} stuck in 金华 since monday", "yto", "delay A", cats=(5,))
R("{A} delay delay, forwarder angry. record please", "jt", "delay A", cats=(5,))
R("the tracking of {A} not change from Tuesday, always '运输中'", "yto", "delay A", cats=(5,))
R("{A} 延误 delay. I miss the container because of this", "sto", "delay A", cats=(5,))

# claim
R("{A} lost, I want compensation. value 1200 rmb, I have invoice", "zto", "claim A", cats=(5, 8))
R("{A} broken, 3 perfume bottle, I need pei chang", "yto", "claim A", cats=(5, 8))
R("Pls process claim for {A}, goods value USD 350, insured", "sf", "claim A", cats=(5,))
R("{A} lipei please. the watches all broken, 24 pcs x 35 rmb", "jt", "claim A", cats=(5, 8))
R("you lose my parcel {A}. who pay me? I want my money, 2600 yuan goods", "sto", "claim A", cats=(5, 8))
R("翻译：{A} 丢了，老板要求赔偿，货值 860 元，有1688的付款截图", "zto", "claim A", cats=(8,))
R("{A} compensation please, the fabric get wet and now is useless, 40 meters", "yunda", "claim A", cats=(5, 8))

# complaint
R("{A} courier very rude to my assistant, shout at her. I complain", "jd", "complaint A", cats=(5,))
R("tousu {A}. courier ask me extra 20 yuan for bring upstairs", "yto", "complaint A", cats=(5,))
R("I want to make complaint about courier of {A}. He say he come at 3, I wait till 7, nobody", "sto", "complaint A",
  cats=(5,))
R("{A} complain!! driver throw my carton from the truck, I see with my eyes", "jt", "complaint A", cats=(5,))
R("投诉 {A} 快递员态度很差，我们老板是外国人他就不耐烦", "yunda", "complaint A")

# arbitration
R("{A} 理赔金额谈不拢，申请仲裁 (Ahmed say 100 rmb too little)", "zto", "arbitration A")
R("{A} we apply zhongcai. you give only 50 yuan for 900 yuan goods, not fair", "yto", "arbitration A", cats=(5,))
R("Regarding {A}: we do not accept the settlement offered. Please escalate to arbitration.", "sf", "arbitration A",
  cats=(5,))

# compound
R("{A} broken and the courier throw the box, I want complain", "zto", "damaged A; complaint A", cats=(5, 8))
R("{A} lost and I want compensation and complain this outlet, 3 times you lose my parcel", "yto",
  "claim A; complaint A", cats=(5, 8))
R("{A} broken and weight also wrong, 3kg become 7kg", "sto", "damaged A; weight A", cats=(5, 8))
R("{A} 6 days delay and courier not answer phone. complain!", "jt", "delay A; complaint A", cats=(5, 8))
R("{A} hurry please, my customer very angry, he want complain", "zto", "urge A; complaint A", cats=(5, 8))
R("{A} box damage and 2 pcs missing inside", "yunda", "damaged A; lost A", cats=(5, 8))
R("{A} return to me and I complain the courier, he deliver to wrong forwarder and they refuse", "yto",
  "intercept A; complaint A", cats=(5, 8))
R("{A} broken, pay me please, and this courier always like this, tousu", "sto", "claim A; complaint A", cats=(5, 8))
R("{A} weight wrong and also 5 days no move", "zto", "weight A; delay A", cats=(5, 8))

# several parcels, several commands
R("{A} return\n{B} hurry\n{C} where?", "zto", "intercept A; urge B; track C", cats=(5, 7))
R("{A} {B} {C}\nfirst two hurry, last one return", "sto", "urge A B; intercept C", cats=(5, 7))
R("{A}\treturn\n{B}\tcancel\n{C}\turgent", "yto", "intercept A; cancel B; urge C", cats=(5, 7))
R("1. {A} cancel\n2. {B} change address to 义乌福田货运市场 B区 2号\n3. {C} check weight", "jt",
  "cancel A; change_address B; weight C", cats=(5, 7))
R("{A} broken, {B} lost, {C} ok received. thank you", "zto", "damaged A; lost B", cats=(5, 7))
R("today 3 problem:\n{A} signed but no receive\n{B} 7 days no move\n{C} send back please", "yunda",
  "verify_delivery A; delay B; intercept C", cats=(5, 7))
R("{A} {B} return to supplier. {C} keep going to forwarder, hurry", "sto", "intercept A B; urge C", cats=(5, 7))
R("first one cancel, second one return\n{A}\n{B}", "zto", "cancel A; intercept B", cats=(5, 7))
R("{A}\n{B}\n{C}\n{D}\nall these hurry please, forwarder Sky Cargo waiting", "jt", "urge A B C D", cats=(5, 7))
R("{A} (yuantong) return. {B} (jitu) where", None, "intercept A; track B", draw={"A": "yto", "B": "jt"},
  cats=(5, 7))
R("{A} 圆通 cuijian, {B} 顺丰 check weight", None, "urge A; weight B", draw={"A": "yto", "B": "sf"}, cats=(5, 7))
R("{A} {B} change address both to 广州白云区石井 庆丰村 兴业路18号 A仓 Ahmed {PN}\n{C} return", "zto",
  "change_address A B; intercept C", cats=(4, 5, 7))

# mixed-carrier groups (prefixed numbers only)
R("{A} return please", None, "intercept A", draw="yto", cats=(5,))
R("{A} where is it now?", None, "track A", draw="jt", cats=(5,))
R("{A} hurry pls 🙏", None, "urge A", draw="sf", cats=(5,))
R("{A} cancel, not send", None, "cancel A", draw="jd", cats=(5,))
R("{A} weight wrong, 2kg only", None, "weight A", draw="deppon", cats=(5,))
R("{A} 7 days no update", None, "delay A", draw="ems_s10", cats=(5,))
R("{A} signed but not receive", None, "verify_delivery A", draw="jt", cats=(5,))

# chit-chat, questions without a waybill
R("Thank you my friend 🙏", "zto", "", cats=(5,))
R("shifu today what time come pick up? I have 12 cartons", "yto", "", cats=(5,))
R("tomorrow you open? Eid holiday we close 3 days", "sto", "", cats=(5,))
R("ok ok 谢谢 老板", None, "", cats=(5,))
R("shukran habibi", "zto", "", cats=(5,))
R("how much Yiwu to Guangzhou 1kg?", "yto", "", cats=(5,))
R("老板 明天我们Ahmed回国了，以后我来对接，我是他翻译小王", "zto", "")
R("my forwarder new address I send later, now I am in market", "yunda", "", cats=(5,))
R("can you send courier to 国际商贸城 一区 east gate 3pm? 8 boxes", "zto", "", cats=(5,))
R("OK noted. gracias", None, "", cats=(5,))
R("who is the boss of this outlet? I want to make contract monthly", "yto", "", cats=(5,))

# no usable waybill
R("拦截 please", "zto", "", nh=True, cats=(5,))
R("the one I send yesterday to Guangzhou, return please", "yto", "", nh=True, cats=(5,))
R("my parcel lost, help me", "sto", "", nh=True, cats=(5,))
R("hurry my parcel please, last number 4471", "jt", "", nh=True, cats=(5,))
R("{A:cut} return please", "yto", "", nh=True, cats=(5,))
R("{A:x} where is it", "jt", "", nh=True, cats=(5,))
R("please change address for my parcel, to 广州白云区石井 庆丰村 兴业路18号", "zto", "", nh=True, cats=(5,))
R("cancel the order of this morning, the blue bags", "yunda", "", nh=True, cats=(5,))

# ---------------------------------------------------------------- 4: numbers that are not waybills
R("1688 order {O}, supplier ship by {A}, where is it now", "cainiao", "track A", cats=(4, 5))
R("my phone {PN}, call me when courier come pick up", "yto", "", cats=(4, 5))
R("forwarder phone {PN} say not receive {A} but system say signed", "sto", "verify_delivery A", cats=(4, 5))
R("customer in Lagos +234 803 441 2276 say he no need again, return {A}", "zto", "intercept A", cats=(4, 5))
R("{A} hurry please, container no. TGHU 8812045 closing friday, mark: AHM-2291", "yto", "urge A", cats=(4, 5))
R("order {O}\nexpress {A}\nplease return, supplier send wrong size", "jt", "intercept A", cats=(4, 5))
R("{A} 12 ctns 186kg, you charge 240kg. please check weight", "deppon", "weight A", cats=(4, 5))
R("WhatsApp +971 55 318 4420 (Omar), he say {A} not arrive Dubai line warehouse, but signed", "sto",
  "verify_delivery A", cats=(4, 5))
R("{A} change address to 义乌福田 货运市场 B区 2号 蓝海国际 唛头 KW-0917, Kwame {PN}", "zto", "change_address A",
  cats=(4, 5))
R("Dmitri +7 926 418-33-07\n{A} return please, the buyer refuse", "yto", "intercept A", cats=(4, 5))
R("{A} value 4500 rmb, insured 5000. lost 10 days. compensation", "sf", "claim A", cats=(4, 5, 8))
R("{A} receiver phone {PN} always busy, courier say he call 5 times. please tell courier call my assistant {PN2}",
  "zto", "", nh=True, cats=(4, 5))
R("booth 25102 五区, my 1688 order {O} and {O2}. supplier send with {A}, hurry", "yunda", "urge A", cats=(4, 5))
R("{A} where is it? my 微信 ahmed_8866, phone {PN}", "ems", "track A", cats=(4, 5))
R("invoice no. INV-20241207-88 for {A}. I want pei chang, broken 14 pcs", "jt", "claim A", cats=(4, 5, 8))
R("order {O} cancel please", "zto", "", nh=True, cats=(4, 5))
R("my customer number {PN}, please ask courier call him. {A} hurry", "yto", "urge A", cats=(4, 5))
R("{A} 3 ctn, 45kg, 280 rmb?? last time same only 160. weight check please", "sto", "weight A", cats=(4, 5))
R("{PN}", "yto", "", cats=(4,))
R("请联系这个电话 {PN}，是货代仓库的，他们说 {A} 没收到，但是显示签收了", "jt", "verify_delivery A", cats=(4,))
R("{A} shipping mark ALI-KHI-0032, 6 cartons. please change address to 广州白云区太和镇 大源村 巴基斯坦专线仓，"
  "tel {PN}", "zto", "change_address A", cats=(4, 5))
R("sorry my friend, {P} is my phone not tracking. tracking is {A}, where is it", "yunda", "track A", cats=(4, 5))
R("支付宝 already pay 120 rmb to courier for {A}, but he say not receive money. complain", "yto", "complaint A",
  cats=(4, 5))

# ---------------------------------------------------------------- 6: numbers broken by the chat client
R("return this\n{A:nl}", "zto", "intercept A", cf=True, cats=(5, 6))
R("{A:sp} where is it", "ems", "track A", draw="ems_s10", cats=(5, 6))
R("{A:sp} return please", None, "intercept A", draw="ems_s10", cats=(5, 6))
R("{A:fw} hurry", "zto", "urge A", cats=(5, 6))
R("{A:dash} cancel", "yto", "cancel A", cats=(5, 6))
R("{A:nl} where", "sto", "track A", cats=(5, 6))
R("cancel\n{A:nl}", "jt", "cancel A", cf=True, cats=(5, 6))
R("please hurry {A:sp}, customer waiting", "zto", "urge A", cats=(5, 6))
R("change address {A:nl}\nto 义乌福田货运市场B区2号", "yto", "change_address A", cf=True, cats=(5, 6))
R("{A:lc} {B:lc} return both", "jt", "intercept A B", cats=(5, 6))
R("{A:sp} signed but no receive", None, "verify_delivery A", draw="ems_s10", cats=(5, 6))
R("EMS {A:sp} lost?", "ems", "lost A", draw="ems_s10", cats=(5, 6))

# ---------------------------------------------------------------- 1: negation and withdrawal
R("{A} return. {B} no need return, let it go", "zto", "intercept A", cats=(1, 5))
R("dont cancel {A}! cancel {B} only", "sto", "cancel B", cats=(1, 5))
R("{A} no need hurry, {B} hurry please", "jt", "urge B", cats=(1, 5))
R("{A} dont return, change address to 广州市白云区石井 庆丰村兴业路18号 A仓", "yunda", "change_address A", cats=(1, 5))
R("{A} not return, not cancel. just hurry", "zto", "urge A", cats=(1, 5))
R("no need to intercept {A} anymore, customer pay already. forget it", "yto", "", nh=True, cats=(1, 5))
R("Sorry my friend, this morning I ask cancel {A}, now customer want it, dont cancel please", "sto", "", nh=True,
  cats=(1, 5))
R("{A} cancel the return. deliver normal please", "yto", "", nh=True, cats=(1, 5))
R("{A} it's not that I dont want return, I want return NOW, today", "zto", "intercept A", cats=(1, 5))
R("{A} no return no return!! customer call me, he will receive. just deliver", "yunda", "", nh=True, cats=(1, 5))
R("算了不拦了 {A} 老板说客户又要了", "sto", "", nh=True, cats=(1,))
R("{A} the address change no need, forwarder stay in same warehouse", "jt", "", nh=True, cats=(1, 5))
R("{A} no need compensation. just find it please, I think it lost", "zto", "lost A", cats=(1, 5, 8))
R("I dont want complain, only please tell courier call before he come. {A}", "yto", "", nh=True, cats=(1, 5))
R("{A} {B} {C} return all except {B}", "sto", "intercept A C", cats=(1, 5, 7))
R("all return except the middle one\n{A}\n{B}\n{C}", "zto", "intercept A C", cats=(1, 5, 7))
R("{A} {B} hurry. not {A}, that one arrive already", "jt", "urge B", cats=(1, 2, 5))
R("{A} the carton is ok not broken, but inside 3 pcs missing", "yunda", "lost A", cats=(1, 5))
R("{A} yesterday I report lost, but not lost, forwarder find it in the corner 😂 sorry", "yto", "", nh=True, cats=(1, 5))
R("no no dont return {A}, please send to my new forwarder: 义乌江东街道 青口 货运站 12号 迪拜专线", "sto",
  "change_address A", cats=(1, 5))
R("{A} do not deliver to shop, shop is closed for holiday. return to supplier", "zto", "intercept A", cats=(1, 5))
R("不用退回了 {A}，Ahmed说客户付款了", "jt", "", nh=True, cats=(1,))
R("{A} keep it, dont send back. {B} send back", "zto", "intercept B", cats=(1, 5))
R("{A} no cancel, the courier already take it. return it please", "sto", "intercept A", cats=(1, 2, 5))
R("{A} I dont need know where it is, I need it in warehouse TODAY. hurry!", "yunda", "urge A", cats=(1, 5))
R("{A} return?? no no, not return. where is it only", "zto", "track A", cats=(1, 2, 5))
R("{A} nobody want this anymore... no, wait, dont return, my cousin will take it. send to 广州 小北 天秀大厦 "
  "B座 1712", "jt", "change_address A", cats=(1, 2, 5))
R("{A} return\n{B} return\n{C} no, {C} my friend want", "sto", "intercept A B", cats=(1, 5, 7))
R("no need check weight {A}, I check myself is correct. sorry", "zto", "", nh=True, cats=(1, 5))
R("{A} 不是不拦，是马上拦！\nnot later, NOW", "jt", "intercept A", cats=(1, 5))

# within one message: asked and taken back
R("{A} return\nsorry forget it, customer pay now. no return", "zto", "", cats=(1, 2, 5))
R("{A} return... ah forget it, no return, let it deliver", "yto", "", cats=(1, 2, 5))
R("cancel {A}. wait, no. supplier say he already put goods in box. ok keep, dont cancel", "sto", "",
  cats=(1, 2, 5))
R("{A} hurry\n算了 no need, tomorrow is ok", "jt", "", cats=(1, 2, 5))
R("拦截 {A}\n\nsorry boss say no, leave it", "zto", "", cats=(1, 2, 5))

# ---------------------------------------------------------------- 2: corrections
R("{A:typo} return please\nsorry wrong number, is {A}", "zto", "intercept A", cats=(2, 5))
R("{A} hurry. sorry not this one, {B}", "yto", "urge B", cats=(2, 5))
R("{A} change address to 义乌福田货运市场 B区 2号\nsorry sorry, I mean {B}, not {A}. {A} ok no change", "sto",
  "change_address B", cats=(1, 2, 5))
R("cancel {A}\ncorrection: intercept, courier already pick up", "jt", "intercept A", cats=(2, 5))
R("{A} return to sender\n更正：不是退回，改地址到 广州白云区江高镇 南岗路12号，老板刚说的", "yunda",
  "change_address A", cats=(2,))
R("Ahmed: {A} return\n小王：老板说错了，不是退回，是催件。{A} 催一下", "zto", "urge A", cats=(2,))
R("{A} weight wrong\nah no, weight is ok sorry. it is broken inside", "yto", "damaged A", cats=(2, 5))
R("{A} {B} return\nsorry second number wrong, is {C}", "jt", "intercept A C", cats=(2, 5, 7))
R("{A} cancel. oh no, not cancel. already pick up yesterday... so return", "sto", "intercept A", cats=(2, 5))
R("{A} hurry pls\nno wait, change address is better, to 义乌 江东 青口 货运站 12号", "zto", "change_address A",
  cats=(2, 5))
R("{A} where is it?\nah I see now, it is broken, forwarder send photo. broken", "yunda", "damaged A", cats=(2, 5))
R("return {A}\n\nmy mistake. the one to return is {B}. {A} is correct one", "yto", "intercept B", cats=(1, 2, 5))
R("{A} lost\nsorry not lost, it is delay, tracking move today. still very late", "jt", "delay A", cats=(2, 5))
R("翻译一下，老板上面发错了：不是 {A}，是 {B} 要拦截", "sto", "intercept B", nh=True, cats=(2,))
R("{A} change address 广州白云区石井 庆丰村 兴业路18号\ncorrect address: 兴业路 28号 not 18. sorry", "yto",
  "change_address A", cats=(2, 5))
R("{A} cancel change address, just return to me", "zto", "intercept A", cats=(2, 5))
R("{A} urgent return!!\n\nsorry my assistant say this one already signed. {B} is the one. return {B}", "jt",
  "intercept B", cats=(2, 5))
R("first one return second one hurry\n{A}\n{B}\nsorry opposite. first hurry second return", "sto",
  "urge A; intercept B", cats=(2, 5, 7))
R("{A} claim\nsorry I mean complain. the goods is ok, courier is the problem", "yunda", "complaint A", cats=(2, 5))
R("{A} 退回 return\n小陈补充：老板刚打电话给客户，客户说还要，先别退，改送到他朋友那：义乌北苑 春华路1001号 "
  "加纳专线", "zto", "change_address A", cats=(1, 2))
R("{A} cancel\n{B} cancel\nsorry {B} is already go, {B} return", "yto", "cancel A; intercept B", cats=(2, 5, 7))

# ---------------------------------------------------------------- 3: quotes
R("「Ahmed：{A} return please」\n" + Q + "\nthis one also return {B}", "zto", "intercept B", cats=(3, 5))
R("「Lily：{A} 这个拦截了吗」\n" + Q + "\n老板 this one please return", "yto", "intercept A", cats=(3, 5))
R("@Ahmed {A} 拦截已提交，结果会第一时间通知您\nthank you my friend 🙏", "zto", "", cats=(3, 5))
R("「客服：@Ali {A} 拦截已提交，结果会第一时间通知您」\n" + Q + "\nsorry, I dont want return. change address to "
  "广州白云区太和镇 大源北路 华南物流园 8栋", "yto", "change_address A", cats=(1, 2, 3, 5))
R("「@Chinedu {A} 已签收，无法拦截」\n" + Q + "\nsigned?? who sign? my forwarder no receive", "jt",
  "verify_delivery A", cats=(3, 5))
R("「@Rahul {A} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n" + Q + "\nok then cancel it", "zto",
  "cancel A", cats=(3, 5))
R("回复 @Dmitri：{A} return please\nDmitri sorry, customer pay now, dont return", "sto", "", nh=True,
  cats=(1, 3, 5))
R("@Moussa {A} 已为您催促派送，请耐心等待\nstill not arrive!! please hurry again", "yunda", "urge A", cats=(3, 5))
R("「Omar：{A} where is it?」\n" + Q + "\n+1 same question for {B}", "yto", "track B", cats=(3, 5))
R("「Kwame：{A} cancel」\n" + Q + "\n老板这个是我们的，撤单吧，我确认过货还在仓库", "sto", "cancel A", cats=(3,))
R("@Yusuf {A} 改址已提交，结果会第一时间通知您\nok good. and this one return {B}", "jt", "intercept B", cats=(3, 5))
R("「小王：老板 {A} 要不要退回？」\n" + Q + "\nno, keep it", "zto", "", cats=(1, 3, 5))
R("「小王：老板 {A} 要不要退回？」\n" + Q + "\nyes return", "yto", "intercept A", cats=(3, 5))
R("@Olga 您的消息已转人工客服处理，请稍候\nok. {A} hurry please, very late", "sto", "urge A", cats=(3, 5))
R("「Carlos：{A} {B} where?」\n" + Q + "\nfirst one arrive already today, second one please hurry", "zto", "urge B",
  cats=(1, 3, 5, 7))
R("@Abdul {A} 撤单成功\nthank you oga", "yunda", "", cats=(3, 5))
R("「Ahmed：{A} hurry」\n" + Q + "\nAhmed this one is broken, forwarder send photo. 师傅 登记破损 please", "zto",
  "damaged A", cats=(3, 5))
R("回复 @Sergei：{A} return to supplier\nсогласен, return. I am the boss", "yto", "intercept A", cats=(3, 5))
R("「@Emeka {A} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n" + Q + "\nalso I want compensation for "
  "this, 15 bottle", "sto", "claim A", cats=(3, 5, 8))
R("@María {A} 已为您登记延误工单，结果会第一时间通知您\nmuchas gracias", "zto", "", cats=(3, 5))
R("「阿芳：{A} 老板说退回」\n" + Q + "\n不对，Ahmed刚说不退，这个件先别动", "yto", "", nh=True, cats=(1, 3))
R("「Ali：{A} {B} {C} please return all」\n" + Q + "\nsorry guys, only the last one. {A} {B} keep", "zto",
  "intercept C", nh=True, cats=(1, 3, 5, 7))
R("引用 Coco：{A} 催一下\nthis one also please {B}", "sto", "urge B", cats=(3, 5))

# ---------------------------------------------------------------- questions, past requests, mentions
R("{A} return how much money?", "zto", "", nh=True, cats=(5,))
R("if change address {A} to Guangzhou, need extra money?", "sto", "", nh=True, cats=(5,))
R("{A} return success or not?", "jt", "", nh=True, cats=(5,))
R("yesterday I ask return {A}, why still delivering?", "zto", "", nh=True, cats=(5,))
R("yesterday I say return {A}, why today still out for delivery?? STOP IT please, return", "yto", "intercept A",
  cats=(5,))
R("last time you intercept {A}, where is it now? not come back to my shop yet", "sto", "track A", cats=(5,))
R("the parcel {A} I cancel last week, why the courier come today pick up??", "yunda", "", nh=True, cats=(5,))
R("{A} can intercept? how long it take come back?", "zto", "intercept A", cats=(5,))
R("is possible to change address after parcel arrive city?", "yto", "", nh=True, cats=(5,))
R("how much is intercept fee?", "zto", "", nh=True, cats=(5,))
R("{A} the change address I ask this morning, done or not?", "jt", "", nh=True, cats=(5,))
R("{A} customer want return money, he not like the color. what I do?", "yto", "", nh=True, cats=(5,))
R("{A} this is return parcel from my customer to me. where is it now", "zto", "track A", cats=(5,))
R("I return the sample to supplier with {A}, please hurry, supplier wait to exchange", "sto", "urge A", cats=(5,))
R("{A} why this parcel return to me?? I never ask return. my forwarder wait for it", "yunda", "", nh=True,
  cats=(5,))
R("my customer cancel his order but {A} already in Guangzhou. return it", "zto", "intercept A", cats=(5,))
R("{A} the forwarder cancel this container, so no need hurry now. normal is ok", "yto", "", nh=True, cats=(1, 5))
R("URGENT!! {A} return to sender", "zto", "intercept A", cats=(5,))
R("urgent: {A} change address to 义乌 福田 货运市场 B区 2号, receiver Moussa {PN}", "sto", "change_address A",
  cats=(4, 5))
R("my phone broken yesterday, now I use my assistant wechat. {A} where is it?", "yto", "track A", cats=(5,))
R("I lost my paper with the tracking, I think is {A}. where is this one?", "zto", "track A", cats=(5,))
R("{A} customer complain the quality of shoes is bad, return to supplier please", "sto", "intercept A", cats=(5,))
R("forwarder claim they never receive {A}, but your system say signed", "jt", "verify_delivery A", cats=(5,))
R("{A} please track and return to sender", "yunda", "intercept A", cats=(5,))
R("{A} where is it? if not out for delivery yet, return it", "zto", "intercept A", cats=(5,))
R("{A} if still not signed, intercept please", "yto", "intercept A", cats=(5,))
R("the compensation for {A} you say last week, when I get money?", "sto", "", nh=True, cats=(5,))
R("why you intercept {A}?? I never ask!! my forwarder wait, please deliver", "jt", "", nh=True, cats=(5,))
R("my friend before you tell me {A} lost, now forwarder say they receive. thank you, all ok", "zto", "",
  cats=(5,))
R("{A} you say signed, yes my forwarder find it now. sorry, thank you", "sto", "", cats=(5,))
R("last month {A} lost and you pay me only 30 rmb. this time please send careful", "yto", "", cats=(5,))
R("{A} I want to know, lost parcel how many days I can claim?", "zto", "", nh=True, cats=(5,))
R("can I cancel after courier pick up? {A}", "yunda", "", nh=True, cats=(5,))
R("{A} please print me the 面单 again, the label fall off", "yto", "", nh=True, cats=(5,))

# ---------------------------------------------------------------- hedges
R("{A} maybe return? let me ask customer first", "zto", "intercept A", cf=True, cats=(5,))
R("I think {A} need change address to 广州 小北 登峰路 宝汉直街16号, wait forwarder confirm", "yto",
  "change_address A", cf=True, cats=(5,))
R("{A} cancel maybe... supplier not sure have stock. I tell you later", "sto", "cancel A", cf=True, cats=(5,))
R("{A} better return I think? customer not answer phone 3 days", "jt", "intercept A", cf=True, cats=(5,))
R("{A} 老板说可能要退回，先拦着吧？他再问问客户", "zto", "intercept A", cf=True)
R("probably we need to redirect {A} to 义乌 青口 货运站 12号, I confirm with Omar and tell you", "yunda",
  "change_address A", cf=True, cats=(5,))
R("{A} hmm return or not return... ok return I think. or wait. yes, return. final", "sto", "intercept A", cats=(2, 5))

# ---------------------------------------------------------------- more everyday traffic
R("Hi boss, {A} is for my forwarder in 白云, please help deliver today, thanks", "zto", "urge A", cats=(5,))
R("Good afternoon. Parcel {A} the supplier in 义乌 say he give to courier 2 days ago. still no tracking",
  "sto", "track A", cats=(5,))
R("{A} return pls the forwarder reject, they say the box is over 30kg", "jt", "intercept A", cats=(5,))
R("{A} can deliver before 5pm? warehouse close", "sto", "urge A", cats=(5,))
R("Hello, the sample box {A} no update since yesterday, pls check where", "jt", "track A", cats=(5,))
R("{A} customer say box broken when receive, and 5 perfume leak", "zto", "damaged A", cats=(5,))
R("{A} {B}\ncancel both, I change supplier", "sto", "cancel A B", cats=(5,))
R("{A} please change receiver phone to {PN}", "yto", "change_address A", nh=True, cats=(4, 5))
R("{A} the receiver now is Mr Abdul not Ahmed, same address", "sto", "change_address A", nh=True, cats=(5,))
R("gaizhi {A} pls, new address I send you private", "jt", "change_address A", nh=True, cats=(5,))
R("{A} I need change address, forwarder move to new warehouse. I ask them new address", "zto",
  "change_address A", nh=True, cats=(5,))
R("Good morning, {A} hurry please, it is for the Canton Fair booth", "sf", "urge A", cats=(5,))
R("{A} the courier say address not found. please send to 广州白云区石井 庆丰村 兴业路18号 A仓 instead, call Ahmed "
  "{PN}", "zto", "change_address A", cats=(4, 5))
R("{A} courier call me say he cannot find warehouse. I give him address again but he angry. hurry and "
  "complain", "yto", "urge A; complaint A", cats=(5, 8))
R("Hi {A} please check, 5 days, my forwarder not receive. lost?", "zto", "lost A", cats=(5,))
R("{A} 3 days no moving, hurry please", "yto", "urge A", cats=(5,))
R("{A} 3 days no moving in 广州 转运中心", "sto", "delay A", cats=(5,))
R("{A} is mine? my name Kwame, I dont know this parcel", "yunda", "", nh=True, cats=(5,))
R("{A} the customer open and all hair bundles wet. damage", "sf", "damaged A", cats=(5,))
R("{A} tracking show returned? why? I not ask", "yto", "", nh=True, cats=(5,))
R("{A} hello, can change address? new: 义乌市 福田街道 货运市场 B区 2号 蓝海国际", "sto", "change_address A",
  cats=(5,))
R("Hello! This is Aibek from Almaty. {A} please hurry, Kazakhstan truck leave on Thursday", "zto", "urge A",
  cats=(5,))
R("{A} 5 days no update. you lost it?", "zto", "lost A", cats=(5,))
R("{A} why delay so long? customer waiting", "yunda", "delay A", cats=(5,))
R("{A} 2 cartons, receive only 1. other one where?", "zto", "lost A", cats=(5,))
R("this {A} please cancel quickly, I give courier the wrong box", "zto", "cancel A", cats=(5,))
R("{A} pls stop, address wrong, customer move to Shenzhen. return", "yto", "intercept A", cats=(5,))
R("{A} address change to Shenzhen: 深圳市宝安区 福永 凤凰第一工业区 8栋 (Rahul {PN})", "sto", "change_address A",
  cats=(4, 5))
R("{A} leaking, oil everywhere, forwarder dont want accept", "zto", "damaged A", cats=(5,))
R("{A} send back to shop 沙河 服装城 3楼 A305 please", "yto", "intercept A", cats=(5,))
R("{A} the courier leave the parcel outside in rain, now wet. complain and I want pay", "sto",
  "claim A; complaint A", cats=(5, 8))
R("{A} lost 100%. one week. pay me please", "sto", "claim A", cats=(5, 8))
R("{A} where this parcel, my forwarder phone {PN} never receive call from courier", "zto", "track A",
  cats=(4, 5))
R("{A} the box broken, the necklace all tangled and 3 lost", "yto", "damaged A; lost A", cats=(5, 8))
R("{A} the customer in 沙河 refuse, say he order 50 not 500. return", "jt", "intercept A", cats=(5,))
R("老板 this week you come pick up every day? I have many", "zto", "", cats=(5,))

# ---------------------------------------------------------------- more hard: mixed languages, assistants, stories
R("老板说英文我翻一下：{A} 先不要退，{B} 退回，{C} 催一下", "yto", "intercept B; urge C", cats=(1, 7))
R("my boss tell me on phone return {A}, but I think is mistake, he mean {B}. I ask him… yes {B}. return {B}", "sto",
  "intercept B", cats=(2, 5))
R("{A} return, and {B} also... no, only {A}", "jt", "intercept A", cats=(1, 2, 5))
R("{A} change address to my friend 小北 天秀大厦 B座 1712. not return, change address", "zto",
  "change_address A", cats=(1, 5))
R("Customer say: 'please return {A}'. But I am the seller and I say NO, deliver it, he must pay", "yto", "",
  nh=True, cats=(1, 3, 5))
R("{A} hurry? no. it's too late, container gone. return it", "sto", "intercept A", cats=(2, 5))
R("{A} signed. ok good. {B} not signed yet, 4 days, hurry", "jt", "urge B", cats=(5, 7))
R("{A} {B}\none is mine one is my brother, mine return", "zto", "", nh=True, cats=(5, 7))
R("these two, one return one hurry\n{A}\n{B}", "yto", "", nh=True, cats=(5, 7))
R("hello yes the parcel {A} please return it to the cinder thank you", "jt", "intercept A", cats=(5,))
R("can you check the wait of {A} it's to expensive", "yunda", "weight A", cats=(5,))
R("the address of {A} change to 义乌 福田 货运市场 B 区 2 号 the blue sea international thank you", "yto",
  "change_address A", cats=(5,))
R("{A}: return ✅\n{B}: return ❌ (keep)\n{C}: return ✅", "zto", "intercept A C", cats=(1, 5, 7))
R("{A} return to sender? no, to me. I am the sender 😄", "yto", "intercept A", cats=(5,))
R("my boss Omar ask, can you intercept? I think not need, is already in Guangzhou. boss say ok leave it. {A}",
  "jt", "", cats=(1, 5))
R("{A} please do not return, do not cancel, nothing like that. just deliver FAST, my forwarder is waiting 3 days!!",
  "sto", "urge A", cats=(1, 5))
R("Customer said the parcel {A} is not his, maybe wrong label. What should I do?", "zto", "", nh=True, cats=(5,))
R("{A} 退回 OK? because forwarder say price go up, I dont ship now", "yto", "intercept A", cats=(5,))
R("{A} 不要退回，送到货代仓库 广州白云区石井 鸦岗大道68号 3号仓\n(don't return, send to forwarder)", "sto",
  "change_address A", cats=(1,))
R("today I ask you hurry {A}, now no need, forwarder extend. thank you anyway", "zto", "", nh=True, cats=(1, 5))
R("Hi, the return of {A} success? supplier ask me", "sto", "", nh=True, cats=(5,))
R("why nobody answer?? {A} return!!! I send this 3 times", "zto", "intercept A", cats=(5,))
R("{A} I make complain yesterday, nobody call me back", "jt", "", nh=True, cats=(5,))
R("{A} is not lost, is in 金华 since 6 days. why so long", "yunda", "delay A", cats=(1, 5))
R("{A} {B} {C} all same customer. return the first, the other two keep", "zto", "intercept A", cats=(1, 5, 7))
R("{A} {B} {C}\n1 and 3 hurry, 2 cancel", "yto", "urge A C; cancel B", cats=(5, 7))
R("I give you {A} yesterday for return. today I want also {B} return. and {A} — what happen?", "sto",
  "intercept B", nh=True, cats=(5, 7))
R("老板发的英文意思是：{A} 改地址到 义乌江东 青口货运站12号，{B} 不用改", "jt", "change_address A", cats=(1, 7))
R("{A} the forwarder say box too big, not broken. so no problem", "zto", "", cats=(1, 5))
R("{A} you charge me 3 times weight?? 2kg box, 6kg money", "yto", "weight A", cats=(5,))
R("{A} return and refund me the shipping money", "sto", "intercept A", nh=True, cats=(5,))
R("return {A} but if already signed, no need, let it", "zto", "intercept A", cats=(5,))
R("{A} dont intercept even if late, the customer really need. just hurry", "jt", "urge A", cats=(1, 5))
R("@outlet {A} help 🙏🙏🙏 my forwarder say not receive but you say signed", "yunda", "verify_delivery A",
  cats=(5,))
R("{A} OK received, but the weight you charge 5kg, real 2kg. please check, I pay too much", "yto",
  "weight A", cats=(5,))
R("{A} not broken, not lost, just very slow. 8 days", "sto", "delay A", cats=(1, 5))
R("{A} the box is open, somebody take 2 phones inside. lost. I want compensation and I complain", "jt",
  "claim A; complaint A", cats=(5, 8))
R("sorry wrong group 🙏", "zto", "", cats=(5,))
R("{A} cuijian\n{B} lanjie\n{C} chedan", "zto", "urge A; intercept B; cancel C", cats=(5, 7))
R("{A} dao nali le? wo de huodai shuo mei shou dao", "yto", "track A", cats=(5,))
R("{A} gai dizhi dao 广州 白云 石井 兴业路 18 号", "yto", "change_address A", cats=(5,))
R("{A} hao ji tian bu dong le", "zto", "delay A", cats=(5,))
R("{A} wo yao tousu zhe ge kuaidiyuan", "jt", "complaint A", cats=(5,))
R("Ahmed老板让我说一下：{A} 客户拒收了，麻烦退回，还有 {B} 显示签收但我们没收到", "zto",
  "intercept A; verify_delivery B", cats=(7,))
R("Lily here for Mr. Chinedu: {A} 催件，他明天的船", "yto", "urge A", cats=(5,))
R("Coco：老板问 {A} 为什么退回了？他没有要求退回啊，能不能重新派送", "sto", "", nh=True)
R("阿芳：{A} 老板说的 'stop' 意思是拦截，不是暂停哈", "jt", "intercept A", cats=(5,))
R("小陈：上面老板发的 'cancel' 其实是要退回，件已经发出了 {A}", "zto", "intercept A", cats=(2, 5))
R("Ahmed: {A} change address\n小王：地址是 广州白云区石井 庆丰村兴业路18号 A仓，电话 {PN}", "yto",
  "change_address A", cats=(4, 5))
R("Ahmed: {A} lost??\n小王：不是丢了，我刚问了，在转运中心，就是慢，麻烦催一下", "sto", "urge A", cats=(2,))
R("{A} no move 4 days. my forwarder say maybe lost. I dont think so. please hurry", "yunda", "urge A",
  cats=(1, 5))
R("{A} i think lost. 9 days", "yto", "lost A", cats=(5,))
R("inshallah {A} arrive today? container load tonight", "jt", "track A", cats=(5,))
R("Bonjour, {A} retour s'il vous plaît, return to sender. Merci. Moussa", "yto", "intercept A", cats=(5,))
R("{A} annuler / cancel. pas encore pris", "jt", "cancel A", cats=(5,))
R("{A} where is it? и {B} тоже", "zto", "track A B", cats=(5,))
R("{A} por favor cambiar dirección: 义乌福田 货运市场 B区 2号", "yto", "change_address A", cats=(5,))
R("{A} please jaldi karo bhai, warehouse cut off today", "zto", "urge A", cats=(5,))
R("{A} sir kindly do the needful and return the parcel, wrong dispatch", "yto", "intercept A", cats=(5,))
R("{A} Ma'am, please cancel, we have not handed over", "zto", "cancel A", cats=(5,))

# ---------------------------------------------------------------- more everyday: stories first, request last
R("My friend I have a big problem. My customer from Nairobi he pay me only half, now he say no more money, "
  "so I dont want to send to forwarder. {A} please return to me", "zto", "intercept A", cats=(5,))
R("Today morning I go to forwarder warehouse in 石井, they say they not receive anything from Yiwu. The "
  "supplier say he send Monday with {A}. Please where is it", "yto", "track A", cats=(5,))
R("sorry for my english. the supplier give me wrong number before, now correct is {A}. please hurry this one",
  "sto", "urge A", cats=(5,))
R("I am in 小北 now, my forwarder moved to 太和. so {A} please send to 广州白云区太和镇 大源北路 华南物流园 8栋, "
  "not old place", "jt", "change_address A", cats=(5,))
R("Boss, I check the photo from forwarder, the carton is open and tape is different, somebody open it. "
  "{A} inside missing 10 pcs wallet", "zto", "lost A", cats=(5,))
R("very bad day. container leave without my goods because {A} never arrive, forwarder say it is lost. I want "
  "compensation for this",
  "zto", "claim A", cats=(5, 8))
R("we ship 20 sample every week by you, always good, but this time {A} the weight is double. check please",
  "yto", "weight A", cats=(5,))
R("my assistant go home for holiday so I write myself, sorry. {A} please cancel, no send", "sto", "cancel A",
  cats=(5,))
R("I pay 200 rmb deposit for sample, supplier ship {A}, now I dont need. return to supplier and I ask my "
  "money from him", "zto", "intercept A", cats=(4, 5))
R("Dear friend, tomorrow I fly back to Moscow. Please before I go: {A} hurry, {B} return to shop, thank you "
  "for everything!", "yto", "urge A; intercept B", cats=(5, 7))
R("it is Ramadan, my forwarder work only until 4pm. {A} please deliver in morning", "sto", "urge A", cats=(5,))
R("{A} customer say the glass vase broken in 3 pieces. he send me video. please register", "jt", "damaged A",
  cats=(5,))
R("good evening, sorry late message. {A} and {B} please return both, container cancelled by shipping company",
  "zto", "intercept A B", cats=(5,))
R("The 快递 man say my address is not correct, but it is correct!! {A} I give again: 义乌福田 货运市场 B区 2号 "
  "蓝海国际. please deliver there", "yunda", "change_address A", cats=(5,))
R("{A} this one is samples for Canton Fair. if not arrive tomorrow I lose the customer. hurry hurry", "sf",
  "urge A", cats=(5,))
R("my supplier in 柯桥 send fabric to my forwarder, 3 rolls, {A}. forwarder say only 2 rolls", "zto", "lost A",
  cats=(5,))
R("Hi, I think there is mistake. I never send {A}, but I get bill 35 yuan for it", "yto", "", nh=True,
  cats=(4, 5))
R("forwarder send me this number {A}, he say it come back to me because no label. where it is now", "sto",
  "track A", cats=(5,))
R("{A} 老板 sorry, I write wrong forwarder name on label. please change to 迪拜专线 义乌江东 青口货运站12号",
  "jt", "change_address A", cats=(5,))
R("{A} hello, this small bag of sample, customer need urgent, can deliver today please?", "zto", "urge A",
  cats=(5,))
R("{A} 谢谢 shifu, return success, I receive", "sto", "", cats=(5,))
R("{A} cancel success? the app still show order", "jt", "", nh=True, cats=(5,))
R("{A} I ask hurry 3 times this week, ok it arrive today finally. but courier throw it on the floor and go. I complain", "sto", "complaint A", cats=(5,))
R("{A} lost, and the customer cancel order. I lose 5000 rmb. I want claim", "zto", "claim A", cats=(5, 8))
R("{A} delay. claim? no, just record it, maybe later", "yto", "delay A", cats=(1, 5))
R("{A} I want arbitration, the claim 3 weeks nobody reply", "jt", "arbitration A", cats=(5,))

if __name__ == "__main__":
    W.main()
