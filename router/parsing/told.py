"""Command words that tell of what was done, or of who did it, rather than ask for it now: "谁让你们拦截的" (who
did it), "催了也没用" (no use), "今天送到了" (done), "我们没拦啊" (the merchant did not), "不是我们要拦截的" (not
asked by the merchant), "退回到哪个仓了" (where the return goes). ``polarity`` drops such a word's mention.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.asides import written_on
from router.parsing.lexicon import BUYERS, HANDLERS, NUMBER_LIKE, SYMPTOMS
from router.parsing.sentences import sentence_end

_WHO_DID: Final = re.compile(
    r"谁(?:让|叫)(?:你们|你)?$|谁[^\s，,。？?]{0,4}?(?:点|报|提|申请|发)的$|谁(?:给|把[^\s，,。？?]{0,6}?给?)$")
# "不是我们要拦截的": not asked by the merchant; "是客户自己在平台上点的退回": done by someone else
_NOT_OURS: Final = re.compile(
    rf"不是(?:我|俺|咱)们?(?:要|让|叫|申请)$|(?:{BUYERS})(?:已经|刚|自己)?(?:申请了|发起了|提了)(?:平台)?$|(?:{BUYERS}|人家|他|她)自己[^\s，,。]{{0,8}}?(?:点|申请|弄|搞)的$")
_THEY_DID_IT: Final = re.compile(
    r"(?:你们|快递员|派件员|派送员|快递小哥|小哥|网点|他们)[^，,。\n]{0,12}?(?:给|把)[^，,。\n]{0,8}?$")
_I_DID: Final = re.compile(r"(?<![帮给替请让叫])我(?:已经|刚刚?|自己|都|也)?$")
# "我们没拦啊 咋回事", "俺可没撤单": the merchant did not do it, told (not "还没拦截", asked after)
_WE_DID_NOT: Final = re.compile(r"(?:我|俺|咱)们?(?:这边)?(?:可|也|都|根本|并|从来|压根儿?|又)?(?:没有?|没得|冇)$")
# "是买家拒收了还是你们退的": who did it, asked
_WHO_CLEFT: Final = re.compile(rf"(?:是|还是)(?:{BUYERS}|你们|他们|快递员|快递|网点|对方|我们|我|谁)\s?$")
_MUST_DO: Final = re.compile(r"必须|一定|务必|要|得|能")
_NO_USE: Final = re.compile(r"了?\s?也(?:没用|没啥用|白搭|不管用|没效果|白催|白拦)")  # "催了也没用", "催了也白催"
# ("退回到我这没": come back yet?; "退回到我这了": it came back, told; not "退回到我这里来")
_BACK_YET: Final = re.compile(r"到我们?这(?:里|边)?\s?(?:了|没有?|吗|么|[?？])")
# "退回来以后放哪", "这个退回来以后能直接改发另一个地址吗", "撤单后面单还能用吗": what happens once it is done,
# asked
_AFTER_IT: Final = re.compile(
    r"[来去]?(?:以后|之后|后(?![天续一两二三四五六七八九]|面(?!单)))(?!\s?(?:帮|给|请|再|麻烦))[^，,。\n]{0,12}?(?:哪|怎么|咋|吗|么|[?？])")
# what follows a delivery shown, when the buyer has it after all ("我问了 客户说确实收到了"; not "没收到了")
_RECEIVED_AFTER: Final = re.compile(
    r"了?[\s，,]*(?:我问了[\s，,]*)?(?:客户|买家|收件人|对方)?(?:说|讲)?(?:确实|已经|都|也)?收到了")
# "我们撤单了 你们系统还显示待揽收": what the merchant did, and what the system still shows
_WE_DID: Final = re.compile(r"(?:我们|我|俺们?|咱们)(?:这边)?(?:已经|早就|都)?$")
_SELF_DID: Final = re.compile(r"(?:我|我们|俺|咱)(?:已经|刚刚?|刚才|早就)?自己[^，,。\n吗么?？]{0,10}$")
_STILL_SHOWS: Final = re.compile(
    r"[\s，,]*(?:但是?|可是?)?[\s，,]*(?:你们)?(?:系统|后台|页面|物流)?(?:上)?(?:还|怎么还|咋还)(?:是)?显示")
_BUT: Final = re.compile(r"但是|可是|但|却|怎么|咋|还在|又")  # ("显示“拦截成功” 但是还在派送": asked why)
# ("退回中", not "退回中山仓库", "拦回来中不")
_UNDER_WAY: Final = re.compile(r"中(?=$|[\s，,。!！?？了的”\"」啊吗呢吧呀])")
_STOP_DELIVERY: Final = frozenset({"别派了", "不要派送", "不要送了", "别送了", "不要派了", "别派送了", "暂停派送",
                                   "停止派送", "甭送了", "甭派了"})
_HOLD_AFTER: Final = re.compile(
    r"自提|自己(?:去|来)?(?:拿|取)|去(?:网点|驿站)?(?:拿|取)|再(?:送|派)|先放|放着|放(?:网点|驿站)")
_SHOWN: Final = re.compile(r"(?:显示|提示|写着|状态是)(?:的是|是|为)?[\s:：]?[“\"「『]$")
# "拦了两天了还没退回": the return not come back yet, after the intercept told
_STILL_NOT_BACK: Final = re.compile(r"拦截?了[^，,。\n]{0,10}?还没有?$")
_WILL_IT: Final = re.compile(r"会(?:自动|自己|直接)?$")
# "之前说丢了 现在物流又动了", "昨天说JT…破了": a symptom reported before, told of now
_SAID_BEFORE: Final = re.compile(r"(?:之前|刚才|上次|昨天|前天|夜来)(?:还)?说\s?(?:[0-9A-Z]{8,}\s?)?$")
_DONE_AGO: Final = re.compile(
    r"了\s?(?:[0-9一二两三四五六七八九十几好]+\s?个?\s?(?:天|小时|礼拜|星期|周|次|回|遍)|半天)")
_WILL_HAPPEN: Final = ("说会", "讲会", "说是会")
# "快递员说路淹了 要退回 我不同意", "下雨天派不了的件 这个是不是也要退回来了": what the courier means to do, what
# may happen, told or asked about
_THEIR_PLAN: Final = re.compile(
    rf"(?:(?:{HANDLERS})[^，,。\n]{{0,10}}?(?:说|讲)[^，,。\n]{{0,8}}?(?:要|会|得|准备|只能)|是不是(?:也|都)(?:要|会|得))$")
_ACTIONS: Final = ("intercept", "cancel", "change_address")  # (a buyer's "到哪了" passed on is the merchant's too)
# "客户问能不能拦截 我说不行": the buyer's question reported, not the merchant's request
_ASKED_BY_THEM: Final = re.compile(
    rf"(?:{BUYERS}|人家)(?:还|又|也)?(?:问|来问|想问)(?:我|我们)?(?:能不能|可不可以|能否|可以|要不要)?$")
_ASKED_AFTER: Final = re.compile(r"[来去]?\s?(?:吗|么|嘛|[?？]|不)")


def told_not_asked(text: str, s: int, e: int, intent: str, lo: int) -> bool:
    """Whether the command at ``[s, e)`` tells of what was done rather than asks: "谁让你们拦截的", "谁让你们拦的",
    "是买家拒收了还是你们退的" (who did it); "催了也没用" (no use); "今天送到了" (done); and for a morpheme
    "上次你们把我正常件也给退了" (what they did), "我撤了", "我自己拦了" (the merchant did)."""
    weak = intent[-1] == "≈"
    cleft = text.startswith(("的", "回来的"), e)
    if (weak or cleft or text.endswith("的", lo, s)) and (_WHO_DID.search(text, max(lo, s - 8), s) is not None or (
            cleft and _WHO_CLEFT.search(text, max(lo, s - 8), s) is not None)):
        return True
    if _NO_USE.match(text, e) is not None or (
            text.startswith("了", e) and text[e - 1] in "到去掉" and intent.startswith("urge")
            and _MUST_DO.search(text, max(lo, s - 3), e) is None):  # (not "今天必须送到了")
        return True
    if _by_whom(text, s, e, intent, lo) or _how_it_stands(text, s, e, intent, lo):
        return True
    if intent.startswith("verify_delivery") and "收到了" in text[e : e + 16] and _RECEIVED_AFTER.match(text, e):
        return True  # "显示签收 客户说确实收到了": signed for and received, nothing to verify
    if text.startswith("了", e) and (
            ("自己" in text[max(lo, s - 14) : s] and _SELF_DID.search(text, max(lo, s - 14), s) is not None) or (
            _WE_DID.search(text, max(lo, s - 6), s) is not None and _STILL_SHOWS.match(text, e + 1) is not None)):
        # "我们撤单了 你们系统还显示待揽收": done by the merchant, the system behind; "我自己在小程序上撤单了 跟你们说
        # 一声": done by the merchant, told
        return True
    return weak and text.startswith("了", e) and (_THEY_DID_IT.search(text, max(lo, s - 24), s) is not None
                                                  or _I_DID.search(text, max(lo, s - 5), s) is not None)


def _by_whom(text: str, s: int, e: int, intent: str, lo: int) -> bool:
    """Whether the command at ``[s, e)`` is someone's doing or saying told of: "我们没拦啊", "不是我们要拦截的",
    "客户问能不能拦截", "之前说丢了", "说会退回", "上边写的退回"."""
    # (each pattern is looked for only when a character it needs stands before the word: most words have none)
    near = text[max(lo, s - 28) : s]
    if written_on(text, lo, s, e) or (("没" in near or "冇" in near) and _WE_DID_NOT.search(
            text, max(lo, s - 9), s) is not None) or (
            ("是" in near or "己" in near or "了" in near) and _NOT_OURS.search(text, max(lo, s - 16), s) is not None):
        return True
    said = "说" in near or "讲" in near
    if intent.rstrip("~≈") in SYMPTOMS:
        return said and _SAID_BEFORE.search(text, max(lo, s - 28), s) is not None
    return intent.startswith(_ACTIONS) and (
        ("问" in near and _ASKED_BY_THEM.search(text, max(lo, s - 12), s) is not None)
        or text.endswith(_WILL_HAPPEN, lo, s)
        or ((said or "是不是" in near) and _THEIR_PLAN.search(text, max(lo, s - 20), s) is not None))


def held_not_returned(text: str, s: int, e: int, intent: str) -> bool:
    """"别派了 客户下午到网点自提", "先别派了 等雨停了再送": delivery held or the parcel collected, no return."""
    return (intent.startswith("intercept") and text[s:e] in _STOP_DELIVERY
            and _HOLD_AFTER.search(text, e, sentence_end(text, e)) is not None)


def _how_it_stands(text: str, s: int, e: int, intent: str, lo: int) -> bool:
    """Whether the command at ``[s, e)`` tells how a request stands: shown by the tracking ("显示“拦截成功”"),
    under way ("退回中"), done that long ago ("拦了两天了"), not back yet after it ("拦了两天了还没退回"), where
    the return goes or what happens once it is back ("退回到哪个仓了", "退回来以后放哪", "会自动退回吗")."""
    if not intent.startswith(_ACTIONS):
        return False
    near, nxt = text[max(lo, s - 16) : s], text[e : e + 1]
    if (("示" in near or "写" in near or "态" in near) and _SHOWN.search(text, max(lo, s - 5), s) is not None
            and _BUT.search(text, e, e + 24) is None) or (nxt == "了" and _DONE_AGO.match(text, e) is not None) or (
            nxt == "中" and intent.startswith(("intercept", "cancel")) and _UNDER_WAY.match(text, e) is not None) or (
            "还没" in near and intent.startswith("intercept")
            and _STILL_NOT_BACK.search(text, max(lo, s - 16), s) is not None):
        return True
    if _AFTER_IT.match(text, e) is not None and (intent.startswith("intercept") or NUMBER_LIKE.search(text, 0, s)):
        # ("YT… 撤单以后运费退吗", "YT… 改地址之后还能改回来吗": what happens after it, asked of a parcel; without
        # one, the question is for a person)
        return True
    return intent.startswith("intercept") and (
        text.startswith(("到哪", "去哪"), e)
        or _BACK_YET.match(text, e) is not None or (text.startswith("到", e) and "还是" in text[e : e + 10])
        or (_WILL_IT.search(text, max(lo, s - 4), s) is not None and _ASKED_AFTER.match(text, e) is not None))


_DOCUMENT: Final = re.compile(
    r"(?:的|用的)?(?:发票|材料|信(?![息号])|函|证据|申请书|起诉状|资料|样机|委员会|委(?!托|屈))")
_DOCUMENT_FIRST: Final = frozenset("的用发材信函证申起资样委")
_CARRIER_NAMES: Final = ("顺丰", "中通", "圆通", "申通", "韵达", "极兔", "邮政", "EMS", "京东", "德邦", "百世")
_PAPERS: Final = ("凭证", "截图", "证明", "回执", "记录", "单据")
_FEE_CHARGED: Final = re.compile(r"[^\s，,。?？]{0,3}?(?:收|扣)")
# "那就等它退回来吧": the return under way, waited for
_WAIT_FOR_IT: Final = re.compile(r"等(?:它|件|货|东西|快递|包裹)(?:自己|慢慢)?$")
# "退回的书", "退回来的货": what was sent back, a noun
_RETURNED_THING: Final = re.compile(
    r"(?:来|去)?的\s?(?:书|件|货|包裹|快递|箱子|箱|东西|商品|物流|单号|运单|单子|只有|那包|包|换货|退货|[0-9A-Z]{8,})")
# (with the place it went back to, or the noun left out: "退回档口的那包", "退回档口的 显示签收了")
_RETURNED_TO: Final = re.compile(
    r"(?:来|去)?[^\s，,。;；、的!！?？0-9A-Z]{1,3}的(?:\s?(?:那包|那个|包|件|货|换货|退货|只有|[0-9A-Z]{8,})|"
    r"(?=\s|$|[，,。]))")
_NOT_BACK_YET: Final = re.compile(r"(?:还没有?|还未|都没有?)$")


def named_thing(text: str, e: int, intent: str) -> bool:
    """"作废发票的原件", "投诉信", "理赔材料", "仲裁委": a paper or a body named by the word, not asked for; "改寄顺丰":
    sent by another carrier, not to another address."""
    # (not "退回样机", "拦截材料": what a return takes back; not "改到京东站点": a place)
    return (text[e : e + 1] in _DOCUMENT_FIRST and _DOCUMENT.match(text, e) is not None
            and not intent.startswith("intercept")) or (
        intent.startswith("change_address") and text[e - 1] == "寄" and text.startswith(_CARRIER_NAMES, e))


def spoken_of(text: str, s: int, e: int, intent: str, lo: int) -> bool:
    """Whether the command word at ``[s, e)`` names a request's outcome or its parcel rather than asks for it."""
    after = text[e : e + 1]  # (one look at the character after the word rules most words out)
    if after == "失":
        return text.startswith("失败", e)  # "拦截失败是什么原因", "之前那个拦截失败了": what came of a request
    base = intent.rstrip("~≈")
    if base == "change_address":
        # "退回地址改为嘉定仓": where the return goes, part of the intercept
        return text.endswith(("退回", "退货", "寄回", "返回", "退件"), lo, s)
    if base != "intercept" or text[s] == "要" or text.endswith(("要", "得", "需"), lo, s):
        return False
    # "那就等它退回来吧": the return under way, waited for; "退回运费收了两次": the fee of a return, charged;
    # "能开个拦截凭证吗": a paper about the intercept
    return (_WAIT_FOR_IT.search(text, max(lo, s - 6), s) is not None
            or (text.startswith("运费", e) and _FEE_CHARGED.match(text, e + 2) is not None)
            or text.startswith(_PAPERS, e) or _sent_back(text, s, e, after, lo))


def _sent_back(text: str, s: int, e: int, after: str, lo: int) -> bool:
    """"退回的书今天收到了", "这票的退回件", "退回档口的那包", "退回来的换货": the parcel sent back, spoken of;
    "退回单号是多少": the return's number; "到现在还没退回来": not back yet, told."""
    if text[s] == "退" and (_RETURNED_TO.match(text, e) is not None or text.startswith("单号", e)
                            or _NOT_BACK_YET.search(text, max(lo, s - 3), s) is not None):
        return True
    return after in "的来去件" and (_RETURNED_THING.match(text, e) is not None or (
        after == "件" and s > lo and text[s - 1] == "的" and text[s] == "退"))
