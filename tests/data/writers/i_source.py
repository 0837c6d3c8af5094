"""Writer i: small rural sellers (farm produce, local specialities) and their elderly parents on voice input.

Dialect-flavoured Mandarin (Sichuan, Northeastern, Cantonese-influenced, Henan), run-on sentences, voice-to-text
homophone slips (蓝截/拦姐 for 拦截, 催见/吹件 for 催件, 车单/扯单 for 撤单, 该址 for 改址, 里赔 for 理赔, 头诉 for 投诉 …),
fillers, changes of mind, withdrawals, hedging, several parcels in one breath, numbers read out with spaces or broken
over lines, and chit-chat.

Every message is written by hand below; only waybill numbers, phones and order numbers are filled in, from
``tests/data/waybill_numbers.py``. Run from the repository root:

    python tests/data/writers/i_source.py

which writes ``tests/data/writers/i.jsonl`` (seeded, reproducible).

Template placeholders:
    {a} … {f}        a waybill of the message's carriers (``w``: one carrier per letter, the last one repeats)
    {a.sp}           the same number spaced (``YT 7514 2369 8541 2``, ``EJ 302 993 041 CN``, ``7312 3456 7890 12``)
    {a.sp3}          all-digit number read out in threes (``731 234 567 890 12``)
    {a.dash}         dashed groups of four
    {a.nl}           the number broken over two lines by the chat client
    {a.t4}           only its last four digits (尾号)
    {a.cut}          the number with its last four characters missing (invalid)
    {p} {q}          a mobile phone, raw;   {p.n} {q.n} in a random notation;   {p.sp} spaced 3-4-4
    {o} {r}          a platform order number (18–19 digits)
    {SEP}            the WeCom quote separator line
Expected: ``"intercept:ab urge:c"`` — intent, then the letters of its waybills.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wn)

STYLE = "i"
SEED = 20240917
SEP = "- - - - - - - - - - - - - - -"
DIGIT_ONLY = {"zto", "sto", "yunda", "ems", "cainiao"}
INTENTS = {"intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight",
           "track", "delay", "claim", "complaint", "arbitration"}
IRREVERSIBLE = {"intercept", "cancel", "change_address"}
AUTO = "auto"

M: list[dict] = []


def m(w, text, exp="", nh=False, cf=False, cat="0", g=AUTO):
    """One hand-written message: carriers ``w``, template ``text``, expected ``exp``, flags, categories."""
    M.append({"w": w, "text": text, "exp": exp, "nh": bool(nh), "cf": bool(cf),
              "cat": sorted({int(c) for c in cat}), "g": g})


# ---------------------------------------------------------------------------------------------------------------
# 0. ordinary requests, plain wording with a country accent
# ---------------------------------------------------------------------------------------------------------------
m("zto", "{a} 拦截 客户不要了", "intercept:a")
m("yto", "那个 {a} 帮我催一下嘛 客户天天打电话问", "urge:a")
m("sto", "{a} 到哪了", "track:a")
m("yunda", "{a}", "track:a")
m("jt", "{a} 这个件三天没动了 咋回事嘛", "delay:a")
m("sf", "{a} 外箱破了 客户拍了照片给我", "damaged:a")
m("ems", "{a} 显示签收了 客户说没收到 帮忙核实一下", "verify_delivery:a")
m("zto", "{a}\n{b}\n这两个都催一下 谢谢了", "urge:ab")
m("jd", "{a} 撤单 不寄了", "cancel:a")
m("deppon", "{a} 改地址 改到河南省周口市郸城县城关镇建设路88号 李桂兰收", "change_address:a")
m("cainiao", "{a} 丢件了吧 好几天了哪都找不着", "lost:a")
m("ems_s10", "{a} 啥时候能到啊", "track:a", g=None)
m("sto", "{a} 我要投诉 你们那个送件的态度太差了", "complaint:a")
m("yto", "{a} 仲裁", "arbitration:a")
m("zto", "你好 {a} 这个麻烦拦截退回 谢谢", "intercept:a")
m("yto", "{a} 退回", "intercept:a")
m("jt", "{a} 退件 客户拒收了", "intercept:a", g=None)
m("sf", "{a} 查一下物流 客户问了好几遍了", "track:a")
m("ems", "{a} 催件", "urge:a")
m("sto", "{a} {b} {c} 这三个都拦截 买家退款了", "intercept:abc")
m("yunda", "师傅 {a} 称一下重量 我这个才三斤多点 咋收我八斤的钱", "weight:a", cat="4")
m("zto", "{a} 改址 改到 四川省南充市营山县 回龙镇 兴隆街 12号 王德贵 {p}", "change_address:a", cat="4")
m("jd", "{a} 加急 客户明天要用", "urge:a")
m("deppon", "{a} 重量不对 帮我核一下", "weight:a")
m("ems_s10", "{a} 好几天没更新了", "delay:a")
m("sf", "{a} 拦回来 不卖了", "intercept:a")
m("jt", "{a} 遗失了 帮我登记一下", "lost:a")
m("yunda", "{a} 取消寄件", "cancel:a")
m("sto", "{a} 漏液了 蜂蜜漏了一箱子 客户找我了", "damaged:a")
m("ems", "{a} 作废 不寄了", "cancel:a")
m("jd", "{a} 撤销 撤销 不发了", "cancel:a", g=None)
m("ems", "{a} 三天没动了 催一下", "urge:a")
m("yunda", "{a} 地址错了 退回", "intercept:a")
m("cainiao", "{a} 客户拒收 退回", "intercept:a")
m("yunda", "{a} 那个件找不着了 是不是弄丢了 帮我查查", "lost:a")
m("cainiao", "{a} 赔得太少了 我要申请仲裁", "arbitration:a")
m("zto", "{a} {b} 这两个拦截 哦 还有 {c} 也拦", "intercept:abc")
m("yto", "{a} 如果还没签收就拦截", "intercept:a")
m("sto", "{a} 能拦就拦 拦不住就算了", "intercept:a")
m("yunda", "{a} 能不能拦截啊", "intercept:a")
m("sf", "{a} 麻烦能不能催一下", "urge:a", g=None)
m("cainiao", "那个 我是秀英的妈 秀英出去打工了 店里的事我帮她看着\n她说这个 {a} 要催一下\n我也不懂 你帮着催一下哈\n谢谢你了孩子",
  "urge:a")

# hedged irreversible actions: confirm
m("zto", "{a} 要不拦截吧 客户好像不想要了", "intercept:a", cf=1)
m("yto", "{a} 可能要退回 我再问问客户", "intercept:a", cf=1)
m("sto", "{a} 好像得改个地址 改到 四川省南充市 阆中市 七里街道 滨江路 3号 {p} 我再问问她", "change_address:a", cf=1, cat="4")
m("yunda", "{a} 先拦着吧？我再问问客户", "intercept:a", cf=1)
m("jt", "{a} 看看能不能撤单", "cancel:a", cf=1, g=None)
m("ems", "{a} 要不撤了吧 哎 还是问问我妈再说", "cancel:a", cf=1)
m("zto", "那个 {a} 要不你先帮我拦一哈嘛 我问下我儿子", "intercept:a", cf=1, cat="5")
m("cainiao", "{a} 兰截 可能要兰截 我再问问", "intercept:a", cf=1, cat="5")
m("deppon", "{a} 要不 撤单吧 还没来拿 我再想想", "cancel:a", cf=1)
m("jd", "可以帮忙改个地址吗 {a} 改到 广东省梅州市 兴宁市 宁新街道 兴田路 9号 {p} 李姨", "change_address:a", cat="4")
m("jt", "{a} 好像要改地址 她说搬家了 具体地址我问了再发", "change_address:a", nh=1)

# ---------------------------------------------------------------------------------------------------------------
# chit-chat, thanks, questions without a waybill
# ---------------------------------------------------------------------------------------------------------------
m("zto", "好的谢谢")
m("sto", "要得嘛")
m("yto", "中 谢谢")
m("jt", "唔该晒", g=None)
m("zto", "明天几点来收件啊 我这边有五十多箱橙子")
m("sto", "我家苹果今年结得好 过几天给你们网点送一箱尝尝")
m("yto", "你们这个机器人还挺灵的嘛")
m("cainiao", "嗯呐 知道了")
m("yunda", "那个 你们明天放假不 俺这红薯粉条还得发呢")
m("jt", "早上好 今天有件要发 麻烦来收一下 大概三十来件")
m("ems", "我妈问 你们那个寄件的价格 腊肉寄到广东多少钱一斤")
m("sto", "哦哦 晓得了")
m("yto", "谢谢你哈 上次那个件找到了 客户收到了 好得很")
m("sf", "大兄弟 你们网点搬哪去了 我上次去找不着", g=None)
m("deppon", "OK的", g=None)
m("jd", "我是卖红薯的老张 新进群 以后多关照", g=None)
m("cainiao", "啥时候能开个月结啊")
m("sto", "晓得了晓得了 我跟我儿子说一声")
m("yto", "有人吗")
m("yunda", "嗯嗯嗯")
m("zto", "{a} 这个到了 客户收到了 谢谢哈")
m("yto", "俺家闺女说你们网点新来的那个妹子说话可客气了 中")
m("ems_s10", "唔该你哋 上次啲腊肠寄得好快", g=None)

# ---------------------------------------------------------------------------------------------------------------
# 1. negation and withdrawal, scoped; double negation; 不要 X 要 Y
# ---------------------------------------------------------------------------------------------------------------
m("yto", "{a} 拦截 {b} 不用拦", "intercept:a", cat="1")
m("zto", "{a} {b} 都拦截 哦 {b} 不用 那个客户又要了", "intercept:a", cat="1")
m("sto", "刚才那个 {a} 不用拦了 客户说还是要", nh=1, cat="1")
m("jt", "{a} 拦截 算了算了 不拦了 客户又说要了", cat="1", g=None)
m("zto", "不是不拦 是现在就要拦 {a} 客户已经退款了", "intercept:a", cat="1")
m("yto", "{a} 不要退回 改派到 四川省绵阳市三台县 芦溪镇 老街 45号 张秀英 {p}", "change_address:a", cat="14")
m("sto", "{a} 不用催 直接退回吧 客户不要了", "intercept:a", cat="1")
m("jd", "{a} 别撤单 已经拿走了 拦截", "intercept:a", cat="1", g=None)
m("zto", "{a} 先别拦了 我再问问", nh=1, cat="1")
m("yunda", "{a} {b} {c} 都催一下 中间那个不用", "urge:ac", cat="17")
m("sf", "那个 {a} 不用理赔了 东西找到了 在邻居家", nh=1, cat="1", g=None)
m("ems", "{a} 改址不用改了 就送原来的地址", nh=1, cat="1")
m("cainiao", "{a} 没说不要拦啊 赶紧拦", "intercept:a", cat="1")
m("jt", "我不是不想催 是催了也没用 {a} 还是催一下吧", "urge:a", cat="1")
m("yto", "{a} 不拦截 也不退 就是催一下 让他快点送", "urge:a", cat="1")
m("zto", "{a} 撤单 哎不对 不撤 人家又要了", cat="12")
m("sto", "{a} 那个投诉 撤了吧 快递员来道歉了 人挺好的", nh=1, cat="1")
m("yunda", "{a} 不是丢了 是送错了 送到隔壁村去了 帮我改派到 河南省驻马店市上蔡县 东岸乡 刘庄村 刘建国 {p}",
  "change_address:a", cat="14")
m("jt", "{a} 这个不用拦 {b} 这个要拦 别搞反了哈", "intercept:b", cat="1", g=None)
m("zto", "{a}\n{b}\n{c}\n除了最后一个 其他都拦截", "intercept:ab", cat="17")
m("yto", "{a} 取消 不是取消订单 是取消拦截 不拦了", nh=1, cat="1")
m("sto", "那个 {a} 我之前说要赔偿 现在不要了 客户说算了", nh=1, cat="1")
m("cainiao", "{a} 不能不催啊 都一个礼拜了", "urge:a", cat="1")
m("zto", "{a} 别派了 退回来", "intercept:a", cat="5")
m("yunda", "{a} 不要拦截了啊 我刚才说错了 是 {b} 要拦截", "intercept:b", nh=1, cat="12")
m("jt", "{a} 催件 {b} 不催 {c} 也催", "urge:ac", cat="1")
m("yto", "{a} 不是不改地址 是要改成 四川省宜宾市南溪区 大观镇 桂花村三组 陈永福 {p.n}", "change_address:a", cat="14")
m("sto", "{a} 这个件不丢 找到了 不用登记丢件了", nh=1, cat="1")
m("deppon", "{a} 不撤单了 师傅已经来拿走了 那就让它走吧", nh=1, cat="1")
m("yunda", "{a} 拦一下 哦不 {a} 不拦 是 {b}", "intercept:b", cat="12")
m("sf", "{a} 不用核实了 我妈收到了 她放柜子里忘了", nh=1, cat="1")
m("zto", "{a} 没有不让你们催啊 催 赶紧催", "urge:a", cat="1")
m("ems", "{a} 这个不投诉了 人家给我打电话了 {b} 这个要投诉 三次没送到", "complaint:b", nh=1, cat="1")
m("jt", "{a} 拦截 {b} 拦截 {c} 也拦截 哎 {c} 不拦了 那个是我自己的", "intercept:ab", cat="1", g=None)
m("yto", "哎呀那个 就是说 {a} 那个件呢 不是不送 是送错地方了 要改到 河南省商丘市虞城县 利民镇 东街 17号 赵大娘收 {p.sp}",
  "change_address:a", cat="14")
m("zto", "{a} 不要撤 要拦截 已经发出去了", "intercept:a", cat="1")
m("sto", "{a} 不用拦截了 改地址就行 改到 辽宁省铁岭市开原市 八棵树镇 光明村 孙淑芬 {p}", "change_address:a", cat="14")
m("yunda", "{a} 不用改地址了 直接退回吧", "intercept:a", cat="12")
m("ems", "{a} 不用退回了 客户又要了 让他送吧 催一下", "urge:a", cat="12")
m("jd", "{a} 不是我不想撤单 是你们师傅已经取走了 那就拦截吧", "intercept:a", cat="1", g=None)
m("zto", "{a}\n{b}\n这两个 {a} 不用管 {b} 催一下", "urge:b", cat="1")
m("yto", "{a} 拦截 不对不对 我不拦 我说的是 {b}", "intercept:b", cat="12")
m("jt", "{a} 别退别退 改到我娘家 四川省达州市渠县 三汇镇 新街 8号 {p}", "change_address:a", cat="14")
m("sf", "{a} {b} 这两个都不用拦了 货找回来了", nh=1, cat="1", g=None)
m("zto", "{a} 不用催了 到了到了 谢谢哈", nh=1, cat="1")
m("ems_s10", "{a} 拦截 {b} 不拦 {c} 不拦", "intercept:a", cat="1", g=None)
m("jt", "{a} 不用拦 {b} 不用拦 {c} 拦", "intercept:c", cat="1")
m("zto", "{a} 拦截 啊不 不拦 让它走吧", cat="12")
m("yto", "{a} 不催了 算了 等等吧 上一条当我没说", nh=1, cat="1")
m("yunda", "{a} 不用拦了 {b} 要拦", "intercept:b", nh=1, cat="1")
m("zto", "{a} 拦截 {b} 拦截\n{a} 算了 不拦了", "intercept:b", cat="1")
m("yto", "{a} 拦截不用了 改催件", "urge:a", cat="12")
m("cainiao", "{a} 不要催了 要拦截 客户跑了", "intercept:a", cat="12")
m("jt", "{a} 不退了 不改了 啥也不弄了 就让它送", nh=1, cat="15")
m("zto", "{a} 这个 不是不能等 是客户真的急 帮忙加急", "urge:a", cat="1")
m("yto", "{a} 你们别拦 别拦啊 我是让你们催", "urge:a", cat="1")
m("yunda", "{a} {b} 不拦了 {c} 继续拦", "intercept:c", nh=1, cat="1")
m("ems_s10", "{a} 不要查了 直接拦截", "intercept:a", cat="1", g=None)
m("jt", "{a} 不需要理赔 就是想问下到哪了", "track:a", cat="1")
m("cainiao", "{a} 投诉就不用了 催一下就行", "urge:a", cat="1")
m("yto", "{a}\n这个件 我上午说要拦截的\n后来客户又打电话来说要\n所以不拦了\n不好意思哈 给你们添麻烦了", nh=1, cat="1")
m("sto", "那个我妈用我手机发的 上面那条不算哈\n{a}\n这个才是要拦截的", "intercept:a", nh=1, cat="12")
m("cainiao", "{a} 拦截 不拦 拦吧 哎呀我也说不好 客户一会要一会不要", "intercept:a", cf=1, cat="12")
m("ems_s10", "{a} 拦不拦呢 我想想 还是拦吧 哎又怕客户又要", "intercept:a", cf=1, cat="12", g=None)
m("cainiao", "{a} 外包装破了 东西没坏 就登记一下破损 不用赔", "damaged:a", cat="18")
m("jt", "{a} 东西坏了 我不要赔 我就要投诉", "damaged:a complaint:a", cat="18", g=None)
m("zto", "{a} 重了 0.5 公斤 多收了 3 块 算了 不查了", cat="14")
m("yunda", "{a} 蓝截 {b} 不用蓝截", "intercept:a", cat="15")
m("zto", "{a} 不用蓝截 催见就行", "urge:a", cat="15")
m("jt", "{a} 该址不用了 直接腿回", "intercept:a", cat="125")
m("ems", "{a} 里赔不用了 东西找到了", nh=1, cat="15")
m("sto", "{a} 唔使拦喇 客又要返", nh=1, cat="15")
m("yunda", "{a} 莫拦了莫拦了 我女说客户又要了", nh=1, cat="15")
m("zto", "{a} 这个别给俺退 俺说的是催 催催", "urge:a", cat="15")

# ---------------------------------------------------------------------------------------------------------------
# 2. corrections: of the command, of the number
# ---------------------------------------------------------------------------------------------------------------
m("zto", "{a} 撤单 哦不对 已经揽收了 那就拦截", "intercept:a", cat="2")
m("yto", "{a} 拦截 —— 更正 单号打错了 是 {b}", "intercept:b", cat="2")
m("sto", "{a} 改址 哎不对 还是拦截吧 客户不要了", "intercept:a", cat="2")
m("jt", "{a} 拦截 发错了 是 {b} 拦截 {a} 正常送", "intercept:b", cat="12", g=None)
m("ems", "{a} 查一下到哪了 哦 不用查了 直接催吧", "urge:a", cat="2")
m("cainiao", "{a} 退回 哦不是退回 是改地址 改到 黑龙江省绥化市 望奎县 先锋镇 先锋村三屯 王淑珍 {p}", "change_address:a",
  cat="24")
m("zto", "{a} {b} 拦截\n更正 第二个是 {c}", "intercept:ac", cat="27")
m("yto", "{a} 丢了 哎不是丢了 是破了 东西压扁了", "damaged:a", cat="2")
m("sto", "{a} 投诉 哦不对 先不投诉 帮我催一下就行", "urge:a", cat="12")
m("yunda", "{a.cut} 拦截 哎呀 号码少打了一位 是 {a}", "intercept:a", cat="2")
m("jd", "{a} 撤单 撤单 哦 等一下 已经拿走了啊 那拦截吧", "intercept:a", cat="2", g=None)
m("ems_s10", "{a} 催一下 哦不对 单号是 {b}", "urge:b", cat="2", g=None)
m("sf", "{a} 改地址 改到 广东省清远市连州市 西岸镇 冲口村 黄阿婆 {p}\n更正 是 {b} 不是 {a}", "change_address:b", cat="24")
m("jt", "{a} 延误 哦不 是丢了 客服说找不到了", "lost:a", cat="2")
m("yto", "{a} 拦截 {b} 催件 哦反了 {a} 催件 {b} 拦截", "urge:a intercept:b", cat="27")
m("deppon", "{a} 撤单 嗯 还是拦截吧 已经拉走了", "intercept:a", cat="2")
m("cainiao", "{a} 改址 改到 四川省自贡市荣县 长山镇 桥头街 4号 {p}\n哦不对 地址不改了 直接退回", "intercept:a", cat="24")
m("yunda", "{a} 催一下 啊不是 我看错了 是 {b} 没到 {a} 到了", "urge:b", cat="2")
m("zto", "{a} 拦截\n哦 我说错了 是改地址 改到 吉林省四平市梨树县 郭家店镇 胜利村 刘玉霞 {p.n}", "change_address:a", cat="24")
m("ems", "{a} 什么时候到 哦 都四天没动了 帮我打个延误吧", "delay:a", cat="2")
m("jt", "{a} 退回 哦不 先催一下看看 还不到再说", "urge:a", cat="2", g=None)
m("yto", "{a} 改地址 不对 改收件人 改成她女儿 刘小梅 电话 {p}", "change_address:a", nh=1, cat="24")
m("sto", "{a} 拦截 {b} 拦截 哦 第二个号错了 应该是 {c}", "intercept:ac", cat="2")
m("zto", "那个就是说 {a} 这个 撤 撤单 哦不是 我是说 拦截 拦截退回", "intercept:a", cat="25")
m("yunda", "{a} 先拦着吧 哦不对 不拦了 还是改地址吧 改到 河南省南阳市 唐河县 源潭镇 张庄村 张秀云 {p}", "change_address:a",
  cat="124")
m("ems_s10", "{a} 破损 哦打错了 单号是 {b}", "damaged:b", cat="2", g=None)
m("cainiao", "{a} 这个我要投诉 哦不 先理赔 投诉算了", "claim:a", cat="12")
m("sf", "{a} 催件\n更正：{a} 拦截", "intercept:a", cat="2", g=None)
m("jd", "{a} 改址 改到 广东省茂名市 信宜市 钱排镇 双合村 梁伯 {p}\n不对 地址写错了 是 钱排镇 双垌村", "change_address:a",
  cat="24")
m("yunda", "{a} 核重 哦 是 {b} 核重 {a} 是催件", "weight:b urge:a", cat="2")
m("sto", "{a} 延误了 哦 我看了下 动了动了 不是延误 就催一下吧", "urge:a", cat="2")
m("jt", "{a} 催 哦不对 客户说地址写错了 那就退回吧", "intercept:a", cat="2")
m("zto", "撤单 {a} 哦 不对 号码是 {b} 撤单", "cancel:b", cat="2")
m("ems", "{a} 改地址\n改成 辽宁省朝阳市 建平县 叶柏寿镇 新华路 17号\n哦 门牌号是 71 不是 17", "change_address:a", cat="2")
m("yto", "{a} 理赔 哦不对 先不赔 先查查到哪了", "track:a", cat="12")
m("cainiao", "{a} 拦截 我再想想 哎算了 拦吧 拦", "intercept:a", cat="2")
m("deppon", "{a} 改址 哦不 还是撤单吧 还没来拿", "cancel:a", cat="2", g=None)
m("zto", "{a} 拦截 哦 不是 {a} 是 {b}", "intercept:b", cat="2")
m("yunda", "{a} 催件\n{b} 催件\n刚才第二个号码错了 是 {c}", "urge:ac", cat="27")
m("jt", "{a} 拦截 不对 撤单 哎 又不对 已经揽收了 还是拦截", "intercept:a", cat="2", g=None)
m("sto", "{a} 称一下重量 哦 不用称了 我看错了 是破了 破损", "damaged:a", cat="2")
m("ems", "{a} 拦截 拦截 哦不对 催件 催件 我妈说错了", "urge:a", cat="2")
m("zto", "{a} 破了\n更正 不是破了 是少了东西 少件", "lost:a", cat="2")
m("yto", "{a.cut} 催件 哎呀 少了几位 完整的是 {a}", "urge:a", cat="2")
m("jd", "{a} 改地址 改到 广东省河源市 龙川县 老隆镇 新城路 6号 {p} 黄生 哦不对 收件人是黄太", "change_address:a", cat="24")
m("sto", "{a} 延误 不对 不是延误 显示签收了 人没收到", "verify_delivery:a", cat="2")
m("zto", "{a} 就是说 那个 改 改 改地址 哎呀不是 是催件 我说错了", "urge:a", cat="25")
m("jt", "{a} 蓝截 哦不对 是催见 催见", "urge:a", cat="25")
m("cainiao", "{a} {b} 催一下\n哦第一个不对 第一个是 {c}", "urge:bc", cat="2")
m("ems", "{a} 我上一条说错了 不是破损 是丢了 整箱都没了", "lost:a", cat="2")
m("sto", "{a} 车单 哦不对 已经揽手了 那就拦姐", "intercept:a", cat="25")
m("zto", "老板 {a} 那个件 呃 客户说 改地址 改到 四川省遂宁市 射洪市 太和镇 美丰路 8号 哦不是8号 是18号 李素华 {p} 就这样 谢谢了哈",
  "change_address:a", cat="24")
m("yto", "{a} 催一下 哦 对了 {a} 不是催 是客户不要了 退回", "intercept:a", cat="2")
m("yunda", "{a} 丢件 哎 等等 我再看看 哦找到了 在驿站 那就不是丢件 帮我查下啥时候送", "track:a", cat="12")
m("jt", "{a} 该址 该到 福建省漳州市 平和县 坂仔镇 心田村 林阿嬷 {p}\n呃 不是坂仔镇 是小溪镇 心田村", "change_address:a",
  cat="245")

# ---------------------------------------------------------------------------------------------------------------
# 5. other wordings: voice-to-text slips, dialect, pinyin, English
# ---------------------------------------------------------------------------------------------------------------
m("zto", "{a} 蓝截一下 客户不要了", "intercept:a", cat="5")
m("yto", "那个 {a} 帮我催见一下嘛 好几天了", "urge:a", cat="5")
m("sto", "{a} 车单 不寄了", "cancel:a", cat="5")
m("yunda", "{a} 该址 改到 河南省开封市杞县 城关镇 南街 30号 老李 {p}", "change_address:a", cat="45")
m("zto", "{a} 吹件 吹一下 客户急得很", "urge:a", cat="5")
m("yunda", "{a} 我要头诉 快递员把东西扔门口就走了", "complaint:a", cat="5")
m("ems", "{a} 破顺了 鸡蛋全碎了", "damaged:a", cat="5")
m("cainiao", "{a} 严误了 五天没动", "delay:a", cat="5")
m("yto", "{a} 显示前收了 我妈根本没收到", "verify_delivery:a", cat="5")
m("jt", "{a} 茶件 到哪了", "track:a", cat="5")
m("zto", "{a} 种量不对 我就寄了两斤花椒", "weight:a", cat="45")
m("sto", "{a} 腿回 腿回 客户不要了", "intercept:a", cat="5")
m("yunda", "{a} 丢见了 找不着了", "lost:a", cat="5")
m("sf", "{a} 众裁 这个我要众裁", "arbitration:a", cat="5", g=None)
m("zto", "哎呀 {a} 给俺催催呗 中不中", "urge:a", cat="5")
m("sto", "{a} 给我整回来 不卖了", "intercept:a", cat="5")
m("yto", "{a} 帮我睇下去咗边啊", "track:a", cat="5")
m("jt", "{a} 退返去 唔要喇", "intercept:a", cat="5", g=None)
m("yunda", "{a} 快啲送啦 客人催咗好多次", "urge:a", cat="5")
m("ems", "{a} 这个件咋个莫得动静了 好几天了", "delay:a", cat="5")
m("cainiao", "{a} 麻溜儿的帮我拦一下 别送了", "intercept:a", cat="5")
m("sto", "{a} 这玩意儿咋这么沉 收我老鼻子钱了 重量肯定不对", "weight:a", cat="5")
m("zto", "lanjie {a}", "intercept:a", cat="5")
m("yto", "{a} cuijian", "urge:a", cat="5")
m("jt", "{a} chedan", "cancel:a", cat="5", g=None)
m("jd", "{a} gaizhi 改到 广东省湛江市 廉江市 石岭镇 那良村 {p}", "change_address:a", cat="45")
m("zto", "{a} 扯单扯单 还没来拿", "cancel:a", cat="5")
m("ems", "{a} 偷诉 这个快递员天天不送 让我自己去拿", "complaint:a", cat="5")
m("cainiao", "{a} 和重一下 咋那么重", "weight:a", cat="5")
m("sf", "{a} 家急 家急 客户等着用", "urge:a", cat="5")
m("yto", "{a} 栏截退回 谢谢", "intercept:a", cat="5")
m("jt", "{a} 这个件 签手了 但是人没收到 帮我查一哈是哪个签的", "verify_delivery:a", cat="5")
m("zto", "{a} 沿误好几天了 客户都骂我了", "delay:a", cat="5")
m("sto", "{a} 盖地址 改到 黑龙江省齐齐哈尔市 拜泉县 三道镇 永安村 {p}", "change_address:a", cat="45")
m("ems_s10", "{a} where is it", "track:a", cat="5", g=None)
m("yto", "{a} intercept pls", "intercept:a", cat="5")
m("jt", "{a} cancel the order 唔寄了", "cancel:a", cat="5", g=None)
m("zto", "{a} 催下佢啦 点解咁慢", "urge:a", cat="5")
m("yunda", "{a} 那个 就是说我那个件 东西烂了 桃子全烂成水了", "damaged:a", cat="5")
m("zto", "{a} 拦节一下", "intercept:a", cat="5")
m("yto", "{a} 崔一下 崔件", "urge:a", cat="5")
m("sto", "{a} 测单 测单 不发了", "cancel:a", cat="5")
m("ems", "{a} 该派 改到 河北省保定市 顺平县 腰山镇 南腰山村 孙大爷 {p}", "change_address:a", cat="45")
m("jt", "{a} 到哪点了 恁给俺瞅瞅", "track:a", cat="5")
m("zto", "{a} 嘎哈呢这是 一个礼拜没动弹了", "delay:a", cat="5")
m("yunda", "{a} 唔该帮我查下几时到", "track:a", cat="5")
m("sf", "{a} 拦截退回 lanjie tuihui 谢谢", "intercept:a", cat="5", g=None)
m("yto", "{a} 这个那个 就是那个 哎呀 我说不清楚 就是不要送了 拿回来", "intercept:a", cat="5")
m("zto", "{a} 投素 三天了打电话不接", "complaint:a", cat="5")
m("ems", "{a} 婆损 瓶子碎了 酒全漏了", "damaged:a", cat="5")
m("cainiao", "{a} 推回 推回去 地址写错了", "intercept:a", cat="5")
m("deppon", "{a} 核种量 太贵了", "weight:a", cat="5", g=None)
m("sto", "{a} 丢剑了 问了好几次都说找不到", "lost:a", cat="5")
m("zto", "{a} 拦截 哦不是 蓝截 就是拦截那个意思 语音打错了", "intercept:a", cat="5")
m("jt", "{a} 去消 去消寄件", "cancel:a", cat="5")
m("zto", "{a} 转机 转到 四川省广安市 岳池县 九龙镇 新街 23号 {p} 他儿子收", "change_address:a", cat="45")
m("yunda", "{a} 帮我 hurry 一下 客户 urgent", "urge:a", cat="5")
m("ems_s10", "{a} return to sender 唔要了", "intercept:a", cat="5", g=None)
m("zto", "{a} 前收了 但是莫得人收到 核实一哈", "verify_delivery:a", cat="5")
m("yunda", "{a} 帮我查下重亮 太贵了", "weight:a", cat="5")
m("yto", "{a} 那个件 快递小哥说没得了 弄丢了 咋办嘛", "lost:a", cat="5")
m("sto", "{a} 巨收了 退回", "intercept:a", cat="5")
m("ems", "{a} 这个件 客户说不要了 你帮我 那个 截下来", "intercept:a", cat="5")
m("cainiao", "{a} 这个帮我 cui 一下", "urge:a", cat="5")
m("sf", "喂 {a} 呢个件 送咗三日都未到 你哋帮我催下佢啦 唔该", "urge:a", cat="5", g=None)
m("yto", "{a} 个客话佢冇收到 但系显示签收咗 帮我查下边个签嘅", "verify_delivery:a", cat="5")
m("ems", "{a} 改地址啊 改去 广东省佛山市 顺德区 容桂街道 桂洲大道 33号 {p} 陈生", "change_address:a", cat="45")
m("zto", "俺那个 {a} 不寄了 还没来拿 给俺撤了吧", "cancel:a", cat="5")
m("jt", "{a} 恁那快递员咋回事 把俺的件放村口就走了 俺娘找半天 投诉他", "complaint:a", cat="5")
m("sto", "{a} 这玩意儿咋整的 箱子都瘪了 里头的木耳都碎成渣了", "damaged:a", cat="5")
m("yto", "{a} 老妹儿 帮我瞅瞅这件到哪嘎达了", "track:a", cat="5")
m("jt", "{a} 这个件咋个还在成都转起 好几天了 莫得动过", "delay:a", cat="5")
m("zto", "{a} 你们给我拦到起 不要送了 那个人是骗子", "intercept:a", cat="5")
m("yto", "{a} 要得 就这样 改地址 改到 四川省巴中市 平昌县 江口镇 滨河路 2号 {p} 王孃孃收", "change_address:a", cat="4")
m("yunda", "大兄弟啊 是这样的\n{a}\n这个件吧 俺寄给俺闺女的 小米 二十斤\n俺闺女说咋还不到 都一个礼拜了\n你给催催呗\n别整丢了啊",
  "urge:a", cat="5")
m("ems_s10", "{a} 咩事咁耐都未到 帮我 check 下", "track:a", cat="5", g=None)
m("deppon", "{a} 这单帮我 cancel 掉 还没来收", "cancel:a", cat="5", g=None)
m("jd", "{a} 唔该帮我改地址 改去 广东省中山市 小榄镇 民安路 19号 {p} 何小姐", "change_address:a", cat="45")
m("zto", "{a} 咋还不到 催催", "urge:a", cat="5")

# ---------------------------------------------------------------------------------------------------------------
# 3. quotes and replies, the bot's replies quoted back
# ---------------------------------------------------------------------------------------------------------------
m("yto", "「张姐：{a} 拦截」\n{SEP}\n这个不用拦了 客户又要了", nh=1, cat="13")
m("zto", "引用 王建国：{a} 催件\n这个也拦截一下 客户不要了", "intercept:a", cat="3")
m("sto", "「小助手：@李四 {a} 拦截已提交，结果会第一时间通知您」\n{SEP}\n哎呀 不用拦了 我妈搞错了", nh=1, cat="13")
m("yunda", "回复 @小助手：@刘大姐 {a} 已为您催促派送，请耐心等待\n催了两天了还是没到啊 再催一下", "urge:a", cat="3")
m("jt", "「小助手：@老陈 {a} 已签收，无法拦截」\n{SEP}\n签收了？我客户说没收到啊 帮我核实一下", "verify_delivery:a", cat="3")
m("zto", "「小助手：@老陈 {a} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）」\n{SEP}\n那就撤单嘛", "cancel:a", cat="3")
m("yto", "引用 我家老头：{a} 催一下\n{b} 这个也催一下", "urge:b", cat="3")
m("sto", "“{a} 拦截 {b} 拦截”\n第二个不用了 第一个还是要拦", "intercept:a", nh=1, cat="137")
m("yunda", "「小助手：@王嬢嬢 {a} 改址已提交，结果会第一时间通知您」\n{SEP}\n好的谢谢哈", cat="3")
m("ems", "引用 小助手：@赵叔 {a} 撤单成功\n好 谢谢", cat="3")
m("zto", "「赵叔：{a} 丢了」\n{SEP}\n这单要赔钱 里面是两百块钱的腊肉", "claim:a", cat="348")
m("cainiao", "回复 @小张：{a} 到哪了\n这个帮我催一下嘛", "urge:a", cat="3")
m("jt", "「小助手：@李大哥 请确认：{a} 拦截退回？回复“确认”即办理」\n{SEP}\n对 拦 退回来", "intercept:a", cat="3")
m("yto", "「小助手：@李大哥 {a} 已为您登记破损工单，专人跟进，结果会第一时间通知您」\n{SEP}\n那个破损的 我要理赔 东西全碎了",
  "claim:a", cat="38")
m("sto", "引用 老婆：{a} {b} 拦截\n{b} 不拦 那个是给她妈寄的", nh=1, cat="13")
m("ems_s10", "「周姐：{a} 这个到哪了」\n{SEP}\n我也想问 顺便催一下", "urge:a", cat="3", g=None)
m("yto", "回复 @小助手：@陈伯 {a} 已为您登记延误工单，结果会第一时间通知您\n登记了有啥用 我要投诉你们", "complaint:a", cat="3")
m("sto", "「我：{a} 拦截」\n{SEP}\n还有这个 {b} 也拦一下", "intercept:b", cat="3")
m("cainiao", "引用 老张：{a} 这个件咋还没到\n这个我来说 帮忙催一下 谢谢", "urge:a", cat="3")
m("jd", "「小助手：@小芳 {a} 撤单成功」\n{SEP}\n撤错了 撤错了 我要撤的是 {b}", "cancel:b", nh=1, cat="23", g=None)
m("zto", "“{a} 催一下”\n这个不用催了 到了", nh=1, cat="13")
m("yunda", "回复 @老王：{a} 称一下重量\n我也是 {b} 也称一下 也多收了", "weight:b", cat="3")
m("yto", "「小助手：@张大爷 {a} 已签收，无法拦截」\n{SEP}\n那好吧 谢谢了", cat="3")
m("jt", "「我妹：{a} 破了」\n{SEP}\n这个破了 我要理赔 快递员还不承认 投诉他", "claim:a complaint:a", cat="38", g=None)
m("sf", "引用 小助手：@阿明 {a} 改址已提交，结果会第一时间通知您\n改错了 唔系呢个地址 要改到 广东省江门市 台山市 斗山镇 浮石村 阿明 {p}",
  "change_address:a", cat="2345")
m("ems", "「小助手：@刘姐 {a} 已为您催促派送，请耐心等待」\n{SEP}\n嗯嗯 好的", cat="3")
m("zto", "引用 二哥：{a} {b} {c} 都是今天发的\n第一个拦截 后两个催一下", "intercept:a urge:bc", cat="37")
m("yunda", "「小助手：@老马 {a} 拦截已提交，结果会第一时间通知您」\n{SEP}\n谢谢 谢谢 {b} 这个也拦一哈", "intercept:b", cat="35")
m("sto", "引用 小助手：@桂芬 您的消息已转人工客服处理，请稍候\n好 我等着", cat="3")
m("jt", "「大姐：{a} 蓝截」\n{SEP}\n我姐语音打错了 是催件 不是拦截 {a} 催一下", "urge:a", cat="235")
m("cainiao", "「小助手：@王哥 {a} 已为您登记延误工单，结果会第一时间通知您」\n{SEP}\n好 辛苦了", cat="3")
m("yto", "回复 @我儿子：{a} 退回\n退啥子退 莫退 客户要的 帮我催一哈就是了", "urge:a", cat="135")

# ---------------------------------------------------------------------------------------------------------------
# 4. numbers that are not waybills: phones, order numbers, amounts, dates
# ---------------------------------------------------------------------------------------------------------------
m("zto", "{a} 改地址 电话改成 {p.n}", "change_address:a", nh=1, cat="4")
m("yto", "{a} 收件人电话打不通 换成这个 {p.n}", "change_address:a", nh=1, cat="4")
m("sto", "我电话 {p.n} 有事打我 {a} 拦截", "intercept:a", cat="4")
m("yunda", "订单号 {o} 客户说不要了 快递单号 {a} 拦截", "intercept:a", cat="4")
m("jt", "{a} 拦截 客户电话 {p.n} 他说拒收", "intercept:a", cat="4")
m("ems", "3月15号寄的 {a} 到今天还没动", "delay:a", cat="4")
m("yto", "订单{o}\n{a}\n这个客户说签收了没收到 核实一下", "verify_delivery:a", cat="4")
m("zto", "{a}\n联系电话 {p.n}\n麻烦改派到 山东省临沂市 沂南县 界湖街道 幸福小区 3号楼 李红", "change_address:a", cat="4")
m("jd", "{a} 订单号 {o} 这单撤了 买家取消了", "cancel:a", cat="4")
m("jt", "我是 {p} 那个卖蜂蜜的 {a} 到哪了", "track:a", cat="4")
m("yto", "{a} 这个 12号发的 今天都 20号了 还在路上 是不是丢了", "lost:a", cat="4")
m("zto", "{a} 重量 2.3公斤 我家称的 1.1公斤 差得也太多了", "weight:a", cat="4")
m("sto", "我手机号 {p.n} 快递员老是打不通 {a} 帮我催一下 让他打这个号", "urge:a", cat="4")
m("yunda", "{a} 客户手机号填错了 应该是 {p.n}", "change_address:a", nh=1, cat="4")
m("zto", "12月3号发的 {a} {b} 两个件 都五天了还没到 催一下", "urge:ab", cat="4")
m("yto", "买家电话 {p.n} 买家说 {a} 压坏了", "damaged:a", cat="4")
m("yunda", "订单号{o} 物流单号{a} 催件", "urge:a", cat="4")
m("zto", "{a} 客户说她电话换了 新号 {p.n} 地址不变 你们通知下快递员", "change_address:a", nh=1, cat="4")
m("ems_s10", "{a} 这个是 {p.n} 的件 收件人说没收到 显示妥投了", "verify_delivery:a", cat="4", g="ems")
m("deppon", "{a} 一共 3 件 只收到 2 件 少件了", "lost:a", cat="4")
m("yto", "{o} 这是订单号 不是快递单号哈 快递单号是 {a} 帮我查一下到哪了", "track:a", cat="4")
m("yunda", "{p.n}\n{a}\n拦截", "intercept:a", cat="4")
m("yto", "{a} 改地址\n收件人 刘芳\n电话 {p.n}\n地址 四川省资阳市 安岳县 石桥铺镇 场镇 5号", "change_address:a", cat="4")
m("yunda", "{o}\n这个订单 客户退款了 快递是 {a} 拦一下", "intercept:a", cat="4")
m("jt", "{a} 收件人电话 {p.n} 我打过去没人接 你们帮我打一下 叫他来取", nh=1, cat="4")
m("zto", "今天 3 号 {a} 1 号就显示签收了 客户到现在没收到", "verify_delivery:a", cat="4")
m("cainiao", "订单 {o} 对应 {a} 还有订单 {r} 对应 {b} 都拦截", "intercept:ab", cat="47")
m("sto", "尾号{a.t4} 拦截", nh=1, cat="4")
m("zto", "{a.cut} 拦截", nh=1, cat="4")
m("zto", "尾号是 {a.t4} 的那个 催一哈", nh=1, cat="45")
m("yto", "我是 {p.n} 我家老头子刚才语音发的拦截 你们别管 那个 {a} 是要催件", "urge:a", cat="124")
m("sto", "{o} {a} 这个订单客户说少了一袋 就是少件", "lost:a", cat="4")
m("ems", "{a} 收件人 {p.n} 改成 {q.n} 地址不变", "change_address:a", nh=1, cat="4")

# ---------------------------------------------------------------------------------------------------------------
# 6. numbers broken by the chat client: spaced, dashed, split over lines
# ---------------------------------------------------------------------------------------------------------------
m("yto", "{a.sp} 拦截", "intercept:a", cat="6")
m("ems_s10", "{a.sp} 到哪了", "track:a", cat="6", g=None)
m("zto", "{a.nl} 拦截", "intercept:a", cf=1, cat="6")
m("jt", "{a.nl} 帮我催一下", "urge:a", cat="6", g=None)
m("sto", "{a.sp} 这个帮我拦一哈嘛", "intercept:a", cat="56")
m("yunda", "那个单号是 {a.sp3} 帮我查一下 到哪了", "track:a", cat="6")
m("ems", "{a.dash} 催件", "urge:a", cat="6")
m("cainiao", "{a.nl} 撤单", "cancel:a", cf=1, cat="6")
m("sf", "{a.sp} 改地址 改到 广东省韶关市 南雄市 珠玑镇 珠玑巷 12号 {p}", "change_address:a", cat="46")
m("zto", "{a.nl}\n改地址 改到 四川省眉山市 仁寿县 文宫镇 正街 40号 {p} 杨大爷", "change_address:a", cf=1, cat="46")
m("yto", "{a.nl} 破了", "damaged:a", cat="6")
m("jd", "{a.sp} 撤单", "cancel:a", cat="6", g=None)
m("deppon", "{a.sp} 核重", "weight:a", cat="6")
m("ems_s10", "{a.sp} 拦截退回 {b.sp} 催一下", "intercept:a urge:b", cat="67", g=None)
m("sto", "{a.nl} {b} 都拦截", "intercept:ab", cf=1, cat="6")
m("yunda", "哎呀 我念一下 {a.sp3} 这个要拦截 客户不要了", "intercept:a", cat="56")
m("jt", "{a.sp}\n{b.sp}\n这两个催一下", "urge:ab", cat="6")
m("yto", "{a.nl} 蓝截", "intercept:a", cf=1, cat="56")
m("cainiao", "{a.dash} 丢件了", "lost:a", cat="6")
m("sto", "单号 {a.sp3} 拦截 哦不 是 {b.sp3}", "intercept:b", cat="26")
m("ems_s10", "{a.sp} 这个件丢了 要理赔", "claim:a", cat="68", g=None)
m("zto", "{a.nl} 可能要退回", "intercept:a", cf=1, cat="6")
m("jt", "{a.sp} 改址 改到 广西壮族自治区 玉林市 博白县 博白镇 城南路 6号 {p} 黄姐", "change_address:a", cat="46")
m("yunda", "{a.nl}\n{b.nl}\n这两个都催", "urge:ab", cat="67")
m("sf", "{a.nl} 查下到哪了", "track:a", cat="6", g=None)
m("zto", "{a.sp} 这个我念的对不对啊 帮我拦截", "intercept:a", cat="6")
m("yto", "{a.dash} 撤单", "cancel:a", cat="6")
m("sto", "{a.nl} 不用拦了", nh=1, cat="16")
m("ems", "{a.nl} 投诉 送件的把东西扔河边了", "complaint:a", cat="6")
m("jt", "{a.nl} 车单 车单", "cancel:a", cf=1, cat="56", g=None)
m("cainiao", "我给你念哈 {a.sp3} 这个 腿回", "intercept:a", cat="56")
m("yunda", "{a.sp} 查一下重量 {b.sp} 催一下", "weight:a urge:b", cat="67")
m("ems_s10", "{a.nl} 该地址 改到 福建省泉州市 安溪县 龙门镇 榜寨村 {p} 陈伯", "change_address:a", cf=1, cat="456", g="ems")
m("zto", "{a.sp3}\n{b.sp3}\n上面两个拦截", "intercept:ab", cat="67")

# ---------------------------------------------------------------------------------------------------------------
# 7. several parcels and commands in one breath: positions, pasted tables
# ---------------------------------------------------------------------------------------------------------------
m("zto", "{a} {b} {c} 这三单 第一单拦截 后两单催一下", "intercept:a urge:bc", cat="7")
m("yto", "{a}\n{b}\n上面两个拦截", "intercept:ab", cat="7")
m("sto", "{a}\n{b}\n{c}\n以上都催一下 谢谢", "urge:abc", cat="7")
m("jt", "{a}\t拦截\n{b}\t催件\n{c}\t改地址\t四川省内江市 资中县 球溪镇 老街 6号 {p}", "intercept:a urge:b change_address:c",
  cat="47")
m("yunda", "{a} {b} 这两个 一个拦截一个催件", nh=1, cat="7")
m("cainiao", "{a} {b} {c} {d} 前三个催 最后一个拦截", "urge:abc intercept:d", cat="7")
m("yto jt yto", "{a}   拦截\n{b}   拦截\n{c}   撤单", "intercept:ab cancel:c", cat="7", g=None)
m("sto", "{a}\n{b}\n{c}\n第二个不用 其他的都拦截", "intercept:ac", cat="17")
m("ems", "{a} 催件 {b} 查重量 {c} 投诉", "urge:a weight:b complaint:c", cat="7")
m("yunda", "{a} {b} 都是我家的 第一个到哪了 第二个咋三天没动了", "track:a delay:b", cat="7")
m("zto", "{a}\t{p}\t改地址\t浙江省金华市 义乌市 佛堂镇 朝阳路 5号\n{b}\t\t拦截", "change_address:a intercept:b", cat="47")
m("jt", "这几个 {a} {b} {c} 都丢了 找了半个月了", "lost:abc", cat="7")
m("yto", "{a} {b} 两个都拦截 {c} {d} 两个都催", "intercept:ab urge:cd", cat="7")
m("sto", "{a}\n{b}\n{c}\n{d}\n{e}\n这五个都是今天的 全部退回 客户团购取消了", "intercept:abcde", cat="7")
m("cainiao", "{a} 拦 {b} 也拦 {c} 不拦 催一下", "intercept:ab urge:c", cat="17")
m("zto", "{a} {b}\n后面那个拦截 前面那个不管", "intercept:b", cat="17")
m("yunda", "快递单号\t处理\n{a}\t催件\n{b}\t催件\n{c}\t核实签收", "urge:ab verify_delivery:c", cat="7")
m("ems_s10", "{a}\n{b}\n{c}\n这三个帮我看看到哪了", "track:abc", cat="7", g=None)
m("yto", "{a} 拦截 {b} 撤单 {c} 改地址 改到 河南省洛阳市 嵩县 田湖镇 田湖村 {p} 老郭", "intercept:a cancel:b change_address:c",
  cat="47")
m("jt", "{a} {b} {c}\n这三个 第一个和第三个拦截 第二个正常送", "intercept:ac", cat="17")
m("yunda", "{a}\n{b}\n这俩 上面那个拦截 下面那个改地址 改到 河南省新乡市 延津县 东屯镇 东屯村 {p} 老马",
  "intercept:a change_address:b", cat="47")
m("jd", "{a} {b} 都撤单 {c} 已经揽收了 拦截", "cancel:ab intercept:c", cat="7")
m("yto jt sf", "{a}\n{b}\n{c}\n以上三个 都是一个客户的 全部拦截退回", "intercept:abc", cat="7", g=None)
m("cainiao", "{a} 丢了\n{b} 破了\n{c} 三天没动", "lost:a damaged:b delay:c", cat="7")
m("ems", "{a} 拦截 {b} 拦截 {c} 拦截 {d} 催件 {e} 催件", "intercept:abc urge:de", cat="7")
m("sto", "{a} {b} 你看看 两个都签收了 客户都说没收到", "verify_delivery:ab", cat="7")
m("jt yto jt", "单号 操作\n{a} 拦截退回\n{b} 撤单\n{c} 催派", "intercept:a cancel:b urge:c", cat="7", g=None)
m("yunda", "{a} {b} {c} 一个拦截 两个催件", nh=1, cat="7")
m("zto", "{a}、{b}、{c} 这三个 中间那个拦截", "intercept:b", cat="7")
m("yunda", "{a}\n{b}\n{c}\n这三个件 我看了一下啊 第一个已经到了 不用管\n第二个 三天没动了\n第三个 客户说不要了 帮我退回去",
  "delay:b intercept:c", cat="7")
m("yto", "你好 我是 卖脐橙的 赣南的 那个 {a} 和 {b} 这两个 嗯 第一个客户说不要了 帮我拦截 第二个 就是说 客户说地址写错了 "
  "应该写 广东省东莞市 塘厦镇 林村 新围路 22号 刘先生 {p.n} 麻烦帮改一下 谢谢 辛苦", "intercept:a change_address:b", cat="47")
m("sto", "{a} 蓝截 {b} 催见 {c} 也催见", "intercept:a urge:bc", cat="57")
m("yto sf jt", "{a} 到哪了\n{b} 到哪了\n{c} 到哪了\n这三个都是寄给我姑娘的", "track:abc", cat="7", g=None)
m("yunda", "{a} 头一个拦截 {b} 第二个 也拦 {c} 第三个 催一哈 {d} 第四个 莫管它", "intercept:ab urge:c", cat="157")
m("cainiao", "单号\t问题\n{a}\t破损\n{b}\t丢件\n{c}\t延误\n{d}\t超重", "damaged:a lost:b delay:c weight:d", cat="7")

# ---------------------------------------------------------------------------------------------------------------
# 8. compound: compensation, damage with complaint, several intents for one number
# ---------------------------------------------------------------------------------------------------------------
m("zto", "{a} 丢了 要赔钱", "claim:a", cat="8")
m("yto", "{a} 压坏了 要理赔", "claim:a", cat="8")
m("sto", "{a} 破了 快递员还骂人 投诉他", "damaged:a complaint:a", cat="8")
m("yunda", "{a} 东西碎了 要赔 还要投诉那个送货的 态度太差", "claim:a complaint:a", cat="8")
m("jt", "{a} 拦截 并且投诉 快递员私自改了派送时间", "intercept:a complaint:a", cat="8")
m("zto", "{a} 延误了 客户要投诉", "delay:a complaint:a", cat="8")
m("ems", "{a} 快点送 客户投诉了", "urge:a complaint:a", cat="8")
m("cainiao", "{a} 催一下 再查下重量 好像多收了", "urge:a weight:a", cat="8")
m("yto", "{a} 超重了 还有那个快递员态度不好 投诉", "weight:a complaint:a", cat="8")
m("sto", "{a} 这件丢了 我要理赔 你们还不理人 投诉", "claim:a complaint:a", cat="8")
m("yunda", "{a} 破损 理赔", "claim:a", cat="8")
m("jt", "{a} 显示签收了没收到 帮我查一下 还有我要投诉这个快递员", "verify_delivery:a complaint:a", cat="8", g=None)
m("sf", "{a} 漏液了 要赔偿", "claim:a", cat="8")
m("ems_s10", "{a} 遗失 申请赔付", "claim:a", cat="8", g=None)
m("yto", "{a} 仲裁 还有投诉", "arbitration:a complaint:a", cat="8")
m("sto", "{a} 压坏了 里面的酱菜坛子全碎了 要赔偿 还要投诉 快递员扔着送的", "claim:a complaint:a", cat="8")
m("zto", "{a} 拦截 再查一下重量", "intercept:a weight:a", cat="8")
m("jt", "{a} 称一下重量 多收了我钱 投诉你们网点", "weight:a complaint:a", cat="8")
m("yto", "{a} 丢了 我要赔偿 还要仲裁", "claim:a arbitration:a", cat="8")
m("ems", "{a} 这件都十天了还没到 是不是丢了 丢了就赔钱", "claim:a", cat="8")
m("yunda", "{a} 催一下 然后重量也不对 再投诉一下那个揽件的 多收我钱", "urge:a weight:a complaint:a", cat="8")
m("yto", "{a} 破了 先登记 理赔的事我问问客户再说", "damaged:a", cat="8")
m("zto", "{a} 拦截 客户投诉到平台了", "intercept:a complaint:a", cat="8")
m("yto", "{a} 到哪了 催一下", "urge:a", cat="8")
m("jt", "{a} 丢了 哪都找不着 我要理赔 投诉", "claim:a complaint:a", cat="8")
m("deppon", "{a} 破损 还有重量也不对", "damaged:a weight:a", cat="8", g=None)
m("zto", "{a} 桃子全压烂了 赔钱 一箱 120 两箱 240", "claim:a", cat="48")
m("sto", "{a} 里赔 东西丢了", "claim:a", cat="58")
m("yunda", "{a} 理陪 压坏了 一箱猕猴桃全压烂了", "claim:a", cat="58")
m("cainiao", "{a} 我要里赔 东西丢了半个月了", "claim:a", cat="58")
m("cainiao", "{a} 压坏了 头诉 送件的把箱子往地上摔", "damaged:a complaint:a", cat="58")
m("zto", "{a} 压坏了 婆损 要里赔", "claim:a", cat="58")
m("yto", "{a} 崔件 和 头诉", "urge:a complaint:a", cat="58")
m("sf", "{a} 众裁 我不同意赔这么少 要众裁", "arbitration:a", cat="5", g=None)
m("zto", "{a} 啲荔枝烂晒 赔钱啦", "claim:a", cat="58")
m("ems", "哎呀我说 你们这个快递咋回事嘛\n{a} 这个件 寄的土蜂蜜 三瓶\n到了碎了两瓶 蜂蜜流得到处都是\n客户要我赔 我要你们赔\n"
  "还有那个送货的小伙子 说话可冲了\n我要投诉他", "claim:a complaint:a", cat="58")
m("zto", "哎呀 师傅 我给你说嘛 那个 {a} 这个件是我前天发的 发的是我们自己家的腊肉香肠 客户说收到的时候箱子都烂了 香肠也少了两根 "
  "她要我赔钱 你们看咋个弄嘛 该赔就赔 我也不想扯皮", "claim:a", cat="58")
m("jt", "{a} 拦截 {b} 压坏了要赔 {c} 投诉快递员", "intercept:a claim:b complaint:c", cat="78")
m("yunda", "{a} 延误 还有 破损 两个都登记", "delay:a damaged:a", cat="8")
m("sto", "{a} 签收了没收到 核实一下 顺便催催 {b}", "verify_delivery:a urge:b", cat="78")

# ---------------------------------------------------------------------------------------------------------------
# commands a person must look at
# ---------------------------------------------------------------------------------------------------------------
m("zto", "拦截一下", nh=1)
m("yunda", "刚才发的那个 催一下 催一哈嘛", nh=1, cat="5")
m("jt", "{a} 能不能帮我开个发票", nh=1)
m("zto", "{a} 到哪了 顺便问下能不能送上楼 我妈腿脚不好", "track:a", nh=1)
m("cainiao", "{a} 改地址", "change_address:a", nh=1)
m("yto", "{a} 收件人改成 张桂芳", "change_address:a", nh=1)
m("ems", "帮我把那个寄河南的件拦了", nh=1, cat="5")
m("sto", "我要投诉 你们那个快递员 态度太差了", nh=1)
m("jd", "{a} 改成到付 可以不", nh=1, g=None)
m("jt", "{a} 这个到哪了 还有 能不能帮我保价", "track:a", nh=1, g=None)
m("yunda", "哎呀那个蓝截 蓝截一下嘛 就是早上发的那个装红薯的", nh=1, cat="5")
m("yto", "{a} 该址", "change_address:a", nh=1, cat="5")
m("sto", "{a} 收件人换成 他老汉儿 王大富", "change_address:a", nh=1, cat="5")


# ---------------------------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------------------------
def _prefix_len(n: str) -> int:
    if n.startswith("DPK"):
        return 3
    if n.startswith("JD"):
        return 4
    if n[:2].isalpha():
        return 2
    return 0


def _groups(s: str, k: int) -> list[str]:
    return [s[i:i + k] for i in range(0, len(s), k)]


def form(n: str, how: str) -> str:
    """A waybill as the merchant's client delivered it."""
    if how == "":
        return n
    pl = _prefix_len(n)
    if how == "sp":
        if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", n):  # UPU S10
            return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:11]} {n[11:]}"
        body = " ".join(_groups(n[pl:], 4))
        return f"{n[:pl]} {body}" if pl else body
    if how == "sp3":
        assert pl == 0, n
        return " ".join(_groups(n, 3))
    if how == "dash":
        body = "-".join(_groups(n[pl:], 4))
        return f"{n[:pl]}-{body}" if pl else body
    if how == "nl":
        cut = len(n) - 5 if pl else len(n) - 6
        return n[:cut] + "\n" + n[cut:]
    if how == "t4":
        return n[-4:]
    if how == "cut":
        return n[:-4]
    raise ValueError(how)


def order_number(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice("23456") + "".join(rng.choice("0123456789") for _ in range(18))  # 19 digits
    return "2" + rng.choice("34") + "".join(rng.choice("0123456789") for _ in range(16))  # 18 digits


PLACEHOLDER = re.compile(r"\{([a-f]|p|q|o|r|SEP)(?:\.(\w+))?\}")


def render(rng: random.Random, rec: dict, idx: int) -> dict:
    carriers = rec["w"].split() if rec["w"] else []
    letters = sorted({k for k, _ in PLACEHOLDER.findall(rec["text"]) if k in "abcdef"})
    nums, car_of = {}, {}
    for k in letters:
        i = "abcdef".index(k)
        c = carriers[min(i, len(carriers) - 1)]
        car_of[k] = c
        while True:
            n = wn.waybill(rng, c)
            if n not in nums.values():
                break
        nums[k] = n
    phones = {k: wn.phone(rng) for k in "pq"}
    orders = {k: order_number(rng) for k in "or"}
    uses_other = any(k in "pqor" for k, _ in PLACEHOLDER.findall(rec["text"]))

    def sub(mt: re.Match) -> str:
        k, how = mt.group(1), mt.group(2) or ""
        if k == "SEP":
            return SEP
        if k in "abcdef":
            return form(nums[k], how)
        if k in "pq":
            if how == "n":
                return wn.phone_notation(rng, phones[k])
            if how == "sp":
                p = phones[k]
                return f"{p[:3]} {p[3:7]} {p[7:]}"
            return phones[k]
        return orders[k]

    text = PLACEHOLDER.sub(sub, rec["text"])

    digit_only = {car_of[k] for k in letters if car_of[k] in DIGIT_ONLY}
    group_of = lambda c: wn.GROUP_CARRIER.get(c, c)  # noqa: E731
    g = rec["g"]
    if g == AUTO:
        if digit_only:
            assert len(digit_only) == 1, rec
            g = digit_only.pop()
        elif letters:
            g = group_of(car_of[letters[0]])
        elif carriers:
            g = group_of(carriers[0])
        else:
            g = None
    else:
        assert not digit_only or digit_only == {g}, rec
        assert not (uses_other and g is None), rec

    expected = []
    for part in rec["exp"].split():
        intent, ls = part.split(":")
        assert intent in INTENTS, part
        expected.append({"intent": intent, "waybills": [nums[k] for k in ls]})
    return {"id": f"{STYLE}-{idx:04d}", "text": text, "carrier": g, "expected": expected,
            "needs_human": rec["nh"], "confirm": rec["cf"], "categories": rec["cat"], "style": STYLE}


def check(r: dict) -> None:
    norm = re.sub(r"[\s\-]", "", r["text"]).upper()
    for grp in r["expected"]:
        for n in grp["waybills"]:
            assert n == n.upper() and n in norm, (r["id"], n)
    assert not (r["needs_human"] and r["confirm"]), r["id"]
    if r["confirm"]:
        assert {g["intent"] for g in r["expected"]} & IRREVERSIBLE, r["id"]
    assert r["categories"] and all(0 <= c <= 8 for c in r["categories"]), r["id"]
    assert r["carrier"] in (None, "sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao"), r["id"]
    pairs = [(g["intent"], n) for g in r["expected"] for n in g["waybills"]]
    assert len(pairs) == len(set(pairs)), r["id"]
    by_num: dict[str, set] = {}
    for intent, n in pairs:
        by_num.setdefault(n, set()).add(intent)
    for n, its in by_num.items():
        assert not ("track" in its and len(its) > 1), r["id"]


def main() -> int:
    rng = random.Random(SEED)
    records = [render(rng, rec, i) for i, rec in enumerate(M, 1)]
    for r in records:
        check(r)
    assert len({r["id"] for r in records}) == len(records)
    texts = Counter(r["text"] for r in records)
    assert max(texts.values()) == 1, [t for t, c in texts.items() if c > 1]
    out = HERE / f"{STYLE}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(c for r in records for c in r["categories"])
    scoped = sum(1 for r in records if set(r["categories"]) & {1, 2, 5})
    print(f"{len(records)} messages -> {out}")
    print("per category:", {c: cats[c] for c in range(9)})
    print(f"categories 1/2/5: {scoped} ({scoped / len(records):.0%})")
    print("needs_human:", sum(r["needs_human"] for r in records), " confirm:", sum(r["confirm"] for r in records),
          " empty expected:", sum(not r["expected"] for r in records))
    print("groups:", dict(Counter(r["carrier"] for r in records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
