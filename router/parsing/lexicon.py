"""The command words of the 13 canonical intents (../shared/DOMAIN.md), and the marks a reading carries.

Words come in three strengths. Firm words (``LEXICON``) ask for their intent; weak words (``WEAK``, the intent
marked "~") state a reason or a mood and count only when nothing firmer is said; morphemes (``MORPHEMES``, marked
"≈") carry an intent inside words no list can hold and are read last. Beside the intents, three marks stand for
readings that ask for nothing of their own: ``WITHDRAW``, ``NOTHING`` and ``SAME``; ``IRREVERSIBLE`` names the
intents that cannot be undone. The words are written as they stand in normalised text (simplified characters,
upper-cased Latin letters). The tables are data, kept apart from the code that finds them (``words``) so that a
word can be added without reading the scanner, and so that the tests and the parser's shortcuts can go through
every word.
"""

from __future__ import annotations

import re
from typing import Final


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split("|"))


LEXICON: Final[dict[str, tuple[str, ...]]] = {
    "intercept": _split(
        "拦截退回|拦截|退回|退件|截件|拦回来|拦一下|拦回|截回|原路返回|退回发件人|撤回|拦接|截一下|截下|拦住|"
        "拦下|暂停派送|别派了|不要派送|不要送了|原单退回|退回原寄件|弄回来|退给我|截住|别送了|不要派了|让它回来|"
        "停止派送|别派送了|打回|退回去|拦回去|给我退了|栏截|兰截|蓝截|拦节|推回|整回来|弄回去|退回来|拦截下来|拽回来|搞回来|"
        "退回仓库|给我截了|帮我截了|RETURN PLS|PLS RETURN|RETURN PLEASE|PLEASE RETURN|LANJIE|"
        "LAN JIE|LAN YI XIA|LAN YIXIA|LAN HUI|LANHUI|LAN HUI LAI|LAN|LJ|TUIHUI|TUI HUI|INTERCEPT|RETURN TO SENDER|"
        "SEND IT BACK|SEND BACK|RETURN THEM|RETURN TO US|难截|"
        "兰一下|兰下|兰住|兰回|给截住|给拦住|给拦下|给截下|"
        "PLEASE ARRANGE THE RETURN|KINDLY ARRANGE THE RETURN|PLS ARRANGE THE RETURN|"
        "RETURN IT|RETURN BACK|RETURN THE PARCEL|RETURN THE PACKAGE|STOP DELIVERY|STOP THE DELIVERY|RTS|"
        "STOP THE PARCEL|STOP THIS PARCEL|撵回来|撵回去|截得住|拦得住|南截|甭送了|甭派了|别让它送|不要让它送|"
        "别让他送|别送出去|"
        "不要送出去"
    ),
    "cancel": _split(
        "撤单|取消订单|取消寄件|取消快递|作废|撤销|不寄了|不发了|撤件|别发了|不用发了|订单取消|撤回订单|"
        "取消发货|不发货|撤一下单|撤下单|撤个单|撤掉|取消运单|取消下单|撤销寄件|撤销订单|撤销运单|车单|撤蛋|撒单|彻单|撤但|测单|"
        "CHEDAN|CHE DAN|CHEXIAO|CHE XIAO|"
        "CANCEL|"
        "CANCEL THE ORDER|CANCEL ORDER|CANCEL IT|CANCEL THIS ORDER|VOID|DELETE THIS ORDER|DELETE THE ORDER|"
        "DELETE ORDER|NOT SEND ANYMORE|DONT SEND ANYMORE|DON'T SEND ANYMORE"
    ),
    "change_address": _split(
        "地址CHANGE|CHANGE地址|更换收件地址|更换收货地址|变更收件地址|更改收货地址|更改收件地址|修改收件地址|修改地址|更改地址|改地址|"
        "改址|更址|转寄|改派|改投|盖地址|地址改为|地址改成|地址 改为|地址 改成|地址 改到|"
        "换地址|换 地址|改 地址|"
        "换个地址|地址换个|地址换下|收件人改为|改收件人|电话改为|电话改成|改电话|联系电话改为|改送|改到|改收货地址|收货地址改|"
        "收货人改|改个地址|改个址|改下址|改一下址|改下地址|改一下地址|地址改一下|地址换一下|换一下地址|地址换下|换下地址|地址换成|地址变更|变更地址|更换地址|修改收货地址|"
        "该址|该地址|该个地址|改寄|地址改|地址得改|换个地方送|换地方送|换个地方收|换地方收|地址更正|更正地址|地址要改|地址需要改|地址要换|地址修改|收件地址更正|收货地址更正|改地枝|改地质|改地止|该成|"
        "ZHUANJI|ZHUAN JI|GAI GE DIZHI|GAIZHI|GAI ZHI|GAI DIZHI|CHANGE ADDRESS|CHANGE THE ADDRESS|"
        "SEND TO MY NEW|SEND IT TO MY NEW|CAMBIAR DIRECCION|"
        "ADDRESS CHANGE|NEW ADDRESS|REDIRECT|UPDATE ADDRESS|UPDATE THE ADDRESS|CHANGE THE RECEIVER|"
        "CHANGE THE DELIVERY ADDRESS|CHANGE DELIVERY ADDRESS|"
        "CHANGE RECEIVER"
    ),
    "urge": _split(
        "催件|催派|催一下|加急|尽快派送|尽快派件|尽快送|催促|快点派|催下|重新派送|重新派件|再派送|二次派送|接着催|继续催|"
        "催一催|明天再送|再送一次|再派一次|快点送|催催|催见|崔件|求催|再催|也催|帮我催|帮忙催|给我催|快催|去催|催他|"
        "赶紧催|赶紧送|一定送|赶快送|赶紧派|快送|早点送|务必送到|一定要送到|一定要派到|今天一定要派|安排送货|尽快安排|尽快派|抓紧送|抓紧派|快派|"
        "早点派|加快派送|务必送|安排派送|优先派送|优先送|抓紧的|抓紧点|抓点紧|能不能快点|能不能快些|"
        "能快点吗|催快点|催快些|帮我再派|再派一下|再派下|麻溜送|麻溜的送|麻溜的给送|麻溜给送|麻溜派|麻溜点|崔一下|崔下|再崔|崔崔|帮我崔|帮忙崔|崔促|今日内派送|今天内派送|督促派送|尽快配送|今日内完成派送|今天内完成派送|今日送达|今日内送达|今天送达|"
        "火速派送|火速派|赶紧给我送|派一下|给派一下|帮派一下|快一点派|快一点送|快些派|快些送|麻溜的派|赶紧给我派|给我派|快给我派|加快一下|加快|"
        "走快一点|走快点|给我送过来|今天派掉|今天送掉|赶紧给送|赶紧给派|送快一点|送快点|派快一点|派快点|"
        "今天必须送到|今天必须送|必须今天送到|一定要今天到|今天一定要到|今天一定送到|今天一定派|今天务必派|务必派掉|"
        "今天必须到|之前必须到|今天能不能派|今天能不能送|今天可以送|再给送一趟|再送一趟|再派一趟|赶紧的给送|麻溜儿的给送|务必给送到|今天务必给送|能先派吗|之前一定要到|前一定要到|一定要送到|今天一定要送|派送能快一点|给整过去|"
        "CUIJIAN|CUI JIAN|CJ|CUI YI XIA|CUIYIXIA|CUI YIXIA|CUICUI|CUI|HURRY|HURRY UP|RUSH|EXPEDITE|URGE|CHASE|"
        "EXPEDITE|SPEED UP|CHOP CHOP|CEPATKAN|DELIVER FAST|DELIVER QUICKLY|DELIVER TODAY|DELIVER IT TODAY|DELIVER SOON|"
        "FAST PLEASE|PLEASE FAST|PLS FAST|PUSH THE COURIER|PUSH COURIER|URGENTE|СРОЧНО|JALDI|RAPIDO|"
        "DELIVER BEFORE|DELIVER IN THE MORNING|DELIVER IN MORNING|PLEASE DELIVER TODAY|HARRY UP|"
        # deadlines: "今天 12:30 前必须送到", "务必今天 18:00 前送达"
        "前必须送到|第一时间派"
    ),
    "verify_delivery": _split(
        "核实签收|签收未收到|显示签收但没收到|虚假签收|妥投了但没收到|显示签收|虚假妥投|"
        "签收异常|是否签收|签收情况|怎么签收的|怎么签的收|怎么就签收了|别人签收|代签收|代签|冒签|被签收|不是本人|显示妥投|自己点的签收|自己点了签收|"
        "压根没收|根本没收|显示已签收|显示本人签收|别人给签收|别人签了|不是本人签|不是他签的|不是她签的|核一下签收|核下签收|冒领|"
        "没签过|没有签过|没签收过|核石|查下签收|查一下签收|查签收|是不是本人签|是不是他本人签|是不是她本人签|"
        "是否本人签|核实一下签收|核实下签收|CHECK DELIVERY|"
        "NOT RECEIVED|DIDN'T GET|DIDNT GET|DIDN'T RECEIVE|DIDNT RECEIVE|NEVER RECEIVED|"
        "NEVER RECEIVE|NEVER GOT|NEVER GET|SIGNED BUT|WHO SIGN|WHO SIGNED|"
        "SOMEONE ELSE SIGN|SHOW DELIVERED|SHOW SIGNED|SHOWS SIGNED|SAY SIGNED|SAYS SIGNED|"
        "NOT DELIVERED|SHOWS DELIVERED|VERIFY DELIVERY|VERIFY THE DELIVERY|CHECK THE DELIVERY|MARKED DELIVERED|"
        "MARKED AS DELIVERED|FAKE DELIVERY|"
        "SIGNED BUT NOT RECEIVED"
    ),
    "damaged": _split(
        "破损|压坏|碎了|漏液|损坏|摔坏|坏了|瘪了|变形|泡坏|水渍|破了|烂了|摔碎|磕坏|砸坏|压碎|泡水|进水|淋湿|"
        "凹了|凹的|凹进去|散架|包装散了|包装都散了|箱子散了|木架散了|破洞|刮花|划花|划开|划破|压爆|摔烂|压扁|磕了|压塌|塌了|"
        "POSUN|PO SUN|PO LE|DAMAGED|DAMAGE|BROKEN|CRUSHED|SMASHED|LEAKING|ROSAK|PENYEK|KENA CRUSH|折断"
    ),
    "lost": _split(
        "遗失|丢件|是不是掉了|怕是掉了|该不会掉了|丢了|丢失|找不到件|找不到了|到处都找不到|到处找不到|哪都找不到|都找不到|没这个件|少件|少了一件|"
        "内件短少|短少|少了一箱|少一箱|件没了|东西没了|货没了|找不着|一失了|找不到包裹|找不到这个包裹|找不到快递|找不到这个快递|"
        "不见了|弄丢|搞丢|搞掉了|寻不着|寻不到|找不到这个件|找不到这件|丢了一半|找过了找不到|还差一个|还差一件|还差一箱|件没有了|货没有了|东西没有了|"
        "少了一半|东西少了|少东西|少了东西|丢见|"
        "DIUJIAN|DIU JIAN|DIU LE|LOST|MISSING|HILANG"
    ) + tuple(  # "一票五件 只到四件", "分三箱 只收到两箱": part of the parcel missing
        f"{came}{n}{unit}"
        for came in ("只到", "只到了", "只收到", "只收到了") for n in "一两二三四五" for unit in "箱件个包"),
    "weight": _split(
        "查重量|核重|称称|称一称|重量不对|多少斤|多少公斤|多重|超重|称重|核实重量|重量|称一下|称一哈|称下|重新称|过磅|查重|"
        "查下重|查查重|查查重量|多算了|算重了|计重|中量|核个重|"
        "多收了|多扣了|抛重|泡重|核下重|核一下重|CHA ZHONGLIANG|ZHONGLIANG|HEZHONG|WEIGHT|"
        "是不是称错|是否称错|称错了吧|称得不对|称的不对|称重不对|"
        "CHONGLIANG|REWEIGH|WEIGH AGAIN|OVERWEIGHT|WEIGHT 不对|WEIGHT WRONG|WRONG WEIGHT|CHECK THE WEIGHT|CHECK WEIGHT|"
        "WEIGHT NOT CORRECT"
    ),
    "track": _split(
        "查件|查一下|查一下物流|物流麻烦发|物流帮忙发|物流麻烦看|查物流|到哪了|到哪里了|到 哪了|到 哪里了|"
        "轨迹|什么时候到|物流信息|查询|查下|走到哪|跟进|"
        "看下物流|看看物流|放快递柜|签收了吗|到了没|到了吗|啥时候能到|啥时候到|几天能到|"
        "多久能到|多久到|在路上|有没有出发|出发了没|出发了吗|发出了没|到站没|到站了没|查查|到哪儿了|在哪|什么时候能到|能到吗|能到不|能不能到|几点到|几点能到|啥时候|"
        "嘛时候|多会儿到|物流进度|所在网点|何时送达|何时到|哪天能到|哪天到|到哪个|到哪一站|到没到|到了没有|派了吗|"
        "派了没|送了没|送了吗|预计派送时间|预计送达时间|送达时间|派送时间|几号能送到|几号能到|几号到|几号送到|哪天送到|"
        "哪天能送到|什么时候送到|什么时候能送到|啥时候送到|"
        "哪嘎达|瞅瞅|瞅一眼|到哪点了|到哪个环节|哪个环节|"
        "什么状态|啥状态|状态如何|还要几天|还得几天|大概要几天|要几天能到|要几天到|几点派|几点送|几点能送|能派送吗|能派吗|今天能送|到哪一步|"
        "查个件|查下件|查一下件|何时|几时|到啥子地方|啥子时候|"
        "件咋样了|件怎么样了|快递咋样了|快递怎么样了|包裹咋样了|包裹怎么样了|货咋样了|货怎么样了|"
        "有没有揽收|揽收没有|揽走了没|会不会派|会不会送|会不会到|到我这没|到我这了没|到我这里没|到我这里了没|"
        "到驿站了没|到了驿站没|到驿站没有|到驿站没|物流怎样|送得到吗|送得到不|派送没|走哪了|走哪儿了|还有多远|能送到不|走几天|到哪咧|跑哪里去|能否送到|去哪里了|去哪儿了|哪天送|预计哪天|可到了|可派出来|可派出去|"
        "可发出去|可送到|"
        "到什么地方|到啥地方|查无物流|查无记录|派出去了吗|到哪里|物流咋样|物流怎么样|查建|揽收了没|揽收没|揽件了吗|没揽收吗|上车了吗|上车了没|今晚能走吗|今天能走吗|好久到|好久能到|还要好久|出海关了吗|清关完了吗|清关了吗|出关了吗|清关完了没|哪个先到|什么时候会到|啥时候会到|几时会到|跑哪去了|跑哪儿去了|到得了不|到得了吗|查不到物流|发下物流|物流发一下|物流发下|派不派|送不送|今天派吗|今天送吗|明天派吗|明天送吗|到哪儿啦|到哪啦|到哪里啦|什么时候派|啥时候派|什么时候能派送|什么时候派送|派送进度|配送进度|物流节点|最新物流|是否已经发出|是否已发出|查见|"
        "今天能派不|能派不|往哪走了|走哪去了|往哪去了|还要多久|要多久能到|多久能送到|好久能送到|好久送到|揽收了没有|揽了没|南收了没|"
        "能不能送到|什么时候能派|什么时候能送|能送到吗|签收了没|WHERE|是不是已经发出|是否已经发出|寄出去没|寄出去了吗|寄出去没有|会派送吗|会派吗|会送吗|会到吗|会送到吗|能派送吗|物流更新吗|有物流更新|有没有更新|有更新吗|目前状态|当前状态|"
        "现在状态|最新状态|确认一下位置|确认下位置|确认位置|目前位置|现在位置|在什么位置|什么位置|看一下到哪|看下到哪|"
        "查下到哪|查一下到哪|差下物流|差一下物流|差物流|"
        # (有 V 吗 asking how it stands: "有揽收吗", "今天有出来吗", "客户有收到吗"; "是不是已经揽收了")
        "有揽收吗|有揽收没|有揽走吗|有出来吗|有发出吗|有发出去吗|有收到吗|有收到没|有签收吗|有派送吗|有派吗|"
        "能签收不|能签收吗|是不是已经揽收|是不是已揽收|是不是没发出|是不是还没发|显示查无此单|查无此单|"
        "CHAJIAN|CHA JIAN|CHA YI XIA|CHA WULIU|WHERE IS IT|WHERE IS MY|WHERE IS|TRACK|CHECK|"
        "DAO NALI|DAO NA LI|ZAI NALI|ZAI NA LI|DONDE ESTA|KAB PAHUNCHEGA|PICK UP ALREADY|PICKED UP ALREADY|"
        "ARRIVE TODAY|ARRIVE TOMORROW|WHEN IT REACH|WHEN IT ARRIVE|WHEN ARRIVE|WHEN WILL IT ARRIVE|"
        "TRACKING|STATUS|ANY UPDATE|ETA"
    ),
    "delay": _split(
        "延误|延迟|未更新|没有更新|无更新|莫得动静|莫得动|没得动静|就是慢|太慢了|慢死了|这么慢|"
        "不动了|还派送中|还是派送中|还显示已揽收|一直显示已揽收|一直没到|晚了好几天|晚了几天|晚了一天|晚了两天|晚了三天|晚了四天|晚了五天|晚了一周|"
        "晚了一个星期|一直都没到|冒得动|冒动|冒得动静|一直是那一条|一直是那条|停滞|好几天没更新|打延误|没更新|不更新|没动静|动静没有|动静都没有|一直显示派送中|一直派送中|一直在派送|"
        "一直不派送|不派送|没派送|还没派送|没动|未动|不动|卡住|卡在|停在|没信息|没有物流|超时效|超过时效|超时了|超时效了|过了时效|"
        "还在始发地|在始发地|滞留|断更|转圈|爆仓|超时未|严重超时|已超时|已经超时|没有任何中转|一条更新都没有|没有然后了|没有出库记录|"
        "预计送达时间都过了|一直在转运|一直在中转|没变过|没变化|没有变化|没动过|一直显示运输中|一直运输中|"
        "没有任何更新|一直没有更新|没有新记录|一条新记录都没有|一条记录都没有|没有任何动静|原地踏步|还显示在途|一直显示在途|一直在途|"
        "YANWU|DELAYED|DELAY|STUCK|NO MOVING|NO MOVE|NOT MOVE|VERY SLOW|TOO SLOW|SO SLOW|"
        "LOG THE DELAY|LOG A DELAY|LOG DELAY|"
        "BU DONG LE|BU DONG|NOT MOVING|NO UPDATE|没 UPDATE|没UPDATE|没有 UPDATE|没有UPDATE|"
        "STILL NOT DELIVERED|NOT DELIVERED YET|STILL NOT ARRIVED|NOT ARRIVED YET|NO UPDATES"
    ),
    "claim": _split(
        "理赔|赔付|赔偿|赔款|索赔|索偿|赔一下|帮忙赔|赔下|赔我|赔多少|赔钱|怎么赔|要赔|一起赔|都要赔|都赔|一起理赔|理陪|理培|陪偿|赔尝|"
        "给我赔|帮我赔|赔给我|这单赔了吧|那单赔了吧|直接赔了吧|给赔了吧|"
        "LIPEI|LI PEI|PEICHANG|PEI CHANG|PEI QIAN|PEIQIAN|I WANT MY MONEY|COMPENSATION|"
        "COMPENSATE|CLAIM|REIMBURSE"
    ),
    # (改投诉: a complaint instead of what was asked, not 改投 "redirect" + 诉)
    "complaint": _split("投诉|改投诉|转投诉|客诉|态度恶劣|态度差|态度不好|投宿|头诉|偷诉|投素|投述|透诉|TOUSU|TOU SU|"
                        "COMPLAIN|"
                        "COMPLAINT"),
    "arbitration": _split("仲裁|仲才|仲材|众裁|中裁|ZHONGCAI|ARBITRATION"),
}

# Weak words state a reason or a mood rather than ask for an action ("地址错了退回" asks for a return;
# "客户着急" only colours a request). They count only when no other command is given for the same waybill,
# as ``track`` does (see requests.make_requests); their intent carries a trailing "~" until then.
WEAK: Final[dict[str, tuple[str, ...]]] = {
    "change_address": _split(
        "地址填错|地址写错|地址错了|地址不对|名字打错|地址弄错|地址打错|收件地址更改|收货地址更改|收件人写错|收件人错了|名字写错|名字错了|姓名写错|电话写错|"
        "电话错了|手机号写错|手机换了|电话换了|手机号换了|电话号码换了|地址又变了|地址变了|地址改了|地址少了|地址不全|地址不完整|门牌号写错|门牌写错|门牌号错了|"
        "门牌号打错|楼号写错|房号写错|WRONG ADDRESS|"
        # (the topic first, who got it wrong after it: "地址客户填错了")
        "地址客户填错|地址客户写错|地址买家填错|地址买家写错|地址客人填错|地址客人写错|地址我填错|地址我写错"
    ),
    # not received, said alone: maybe signed for by someone else, maybe only late (a reason beside a request)
    "verify_delivery": _split("没收到|没有收到|件送错了|送错地方|未收到|没拿到|没收着|没拿着|没见着|没见到|点了签收|"
                              "柜子里没有|柜里没有|驿站没有|驿站说没有|已经被取走|被人取走|"
                              # (Southwestern 莫, Hunan and Gan 冒: 没)
                              "莫收到|冒收到|莫得收到|冒得收到|冒见过|莫见过|没见过这个件|没得这个件"),
    "damaged": _split("湿透|断成两|断成几|蔫了|臭了|变质|馊了|腿断|摔断|压断|断了一|冰袋化|冰袋全化|砸痕|"
                      "断了只|断了个|碰断|"
                      "盖崩了|角崩了|边崩了|崩了个口|崩口|压成粉|压到成粉|"
                      "划了个口子|划了个大口子|划了道口子|鱼化了|肉化了|把手断了|提手断了|"
                      "全化了|化成水|"
                      "湿了|泡了|受潮|发霉|冰都化|都化了|是湿的|湿漉漉|有股味|有异味|一股味"),
    "weight": _split("这么重|不可能这么重|哪有这么重|为何这么重|为啥这么重"),
    "urge": _split("URGENT|ASAP|送出去|着急|急用|今天送到|今天送|今天派|今天就派|派出去|送过去|电话打不通|"
                   "推一下|推一推|给送送|紧着点|"
                   "联系不上快递员|联系不上派送员|联系不上派件员"),
    "delay": _split("停了|还在原地|原地不动|一直没变|趴了|没消息|没有消息|"
                    "好久都未到|好久没到|走路都走到了|走路都到了|爬都爬到了|爬也爬到了|慢了好多|慢了很多|比平时慢|好久都没到|这么久都没到|这么久还没到|太久都没到|太久没到"),
    # ("什么情况" beside days gone by is the delay it asks about: "五天了还在转运中心 什么情况")
    "track": _split("咋还不到|怎么还不到|还没到|什么情况|啥情况"),
    "lost": _split("少了"),
    "claim": _split("REFUND"),
    "cancel": _split("取消"),
    "complaint": _split("RUDE"),
}

# Morphemes: stems that carry an intent inside words no list can hold ("加个急", "压扁了", "就是坏的"). They are
# read only when nothing firmer is said about the waybill (intent marked "≈"), and for the intents whose mistake
# costs a parcel (intercept, cancel, change address) the parser then asks the merchant to confirm.
MORPHEMES: Final[dict[str, tuple[str, ...]]] = {
    # (先兰着: 拦着 by pinyin, a hold as much as a return; "把它要回来", "让它回到我这": plain words for a return)
    "intercept": ("拦", "退", "截", "兰着", "截胡", "要回来", "要拿回来", "追回来", "追回", "回到我这", "送回我这",
                  "送回来", "送回去",
                  "寄回我这", "退到我这", "RETURN"),
    # (pinyin initials that are also other words: CD 成都, GZ 广州, PC a computer, TS a size; read only when nothing
    # firmer is said, and an irreversible one asked first)
    "cancel": ("撤", "CD"),
    "track": ("查",),
    "change_address": ("改", "GZ"),
    "claim": ("赔", "PC"),
    "complaint": ("TS",),
    "verify_delivery": ("核实",),
    # ("麻溜的拦了": how, of another command)
    "urge": ("急", "快点", "快些", "催", "麻溜儿", "麻溜的", "麻溜", "快快快", "快 快 快"),
    "damaged": ("坏", "破", "扁", "瘪", "碎", "裂", "漏", "烂"),
    "lost": ("丢",),
    "delay": ("不送", "没送", "不派"),
}


# A withdrawal that names no command: it takes back what was asked for the numbers it stands with, or for those
# of the message before it ("YT1 拦截\nYT1 算了").
WITHDRAW: Final = "*"
# "正常派送", "按原地址送": nothing is to be done for the numbers these stand with; nothing was taken back either.
NOTHING: Final = "-"
# "也是", "同上": the same as the command before ("YT1 到哪了 YT2 也是").
SAME: Final = "="
# Morphemes that, standing alone, are the whole command (terse chat: "拦！", "查", "改"); 急 and 快点 stay manner.
WHOLE_WORDS: Final = frozenset("拦截退撤催查改赔丢坏破碎")
# The words a place in a list is told to do ("1 3 拦截 2 催件", "②不拦了"): a digit right before one is a position.
POSITION_VERBS: Final = ("拦", "催", "撤", "改", "查", "退", "投诉", "理赔", "核实", "核重", "登记", "破损", "延误",
                         "丢件", "少件")
# (and the words that may stand between the place and its verb, "3 不用拦"; or that leave it alone, "4号不用管")
# The classifiers of goods, counted or pointed at like 个/单/件/票: "第二本", "前两箱", "高数那本", "最后一台".
GOODS_CLASSIFIERS: Final = "本箱盒袋包台部套瓶罐份张"
# 别 as "don't", not inside a word (特别, 区别 …); 分别 ("each") is left to the callers: it never denies, but an
# irreversible action beside it is confirmed (confirmation.DENIAL_ANYWHERE reads it).
BIE_IN_WORDS: Final = "别(?<!特别)(?<!区别)(?<!识别)(?<!类别)"
BIE: Final = BIE_IN_WORDS + "(?<!分别)"
# "B 还得寄", "B还要发": that number still goes (after a number, spaced or not)
STILL_SENT: Final = r"还(?:(?<=[0-9A-Z]还)|(?<=[0-9A-Z] 还))(?:得|要)(?:寄|发)(?![回走出吗么嘛?？])"
POSITION_LEFT_ALONE: Final = "不用管|别管|不管|先不动|不动|别动|正常|照常|照派|照送|照发|照寄"
POSITION_VERB_NEXT: Final = (r"(?=\s?(?:(?:不用|不要|别|不)?(?:" + "|".join(POSITION_VERBS) + ")"
                             "|" + POSITION_LEFT_ALONE + "))")
# Symptoms: states of the parcel, recorded when reported (not actions asked of the carrier).
SYMPTOMS: Final = frozenset({"delay", "damaged", "lost"})
# Who handles the parcel for the carrier or the outlet: what they say is told, not the merchant's request.
HANDLERS: Final = "网点|快递员|快递小哥|小哥|客服|派送员|派件员|师傅|站点|驿站|司机"
# Who receives the parcel, in the words of the trades that write here (a pharmacy's 患者, a garage's 车主, a
# bookseller's 同学): what they did or want is told, and is the reason for a request, not the merchant's own word.
BUYERS: Final = "客户|顾客|客人|买家|对方|收件人|患者|病人|用户|车主|宝妈|同学|团员"
# Where a return goes ("拦截 退回地址改成 …"): a change of it is part of the return, not of the delivery address.
RETURN_ADDRESSES: Final = ("退回地址", "退货地址", "退件地址", "寄回地址", "返回地址", "退回的地址", "退货的地址",
                           "退回收货地址", "退货收货地址")
# What cannot be undone: a wrong guess costs the merchant a parcel (asked first when not certain).
IRREVERSIBLE: Final = frozenset({"intercept", "cancel", "change_address"})


def base_of(intent: str) -> str:
    """The intent without its strength mark."""
    return intent.rstrip("~≈")


def strength(intent: str) -> int:
    """Readings by strength: firm words; weak words (WEAK, "~", and a bare number's "track~"); morphemes
    ("≈")."""
    last = intent[-1]
    return 0 if last == "≈" else 1 if last == "~" else 2


# A run that may be a waybill number (searched between two words, to tell whether another parcel stands there)
NUMBER_LIKE: Final = re.compile(r"[0-9A-Z]{8}")
