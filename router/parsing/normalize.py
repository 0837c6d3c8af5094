"""Normalisation of merchant chat text before recognition. The original text is always kept by the caller.

- NFKC: full-width digits, letters and punctuation become half-width; compatibility forms are folded.
- Traditional → simplified, character by character (攔截 → 拦截, 申請賠償 → 申请赔偿): every traditional-only
  character (``trad_table``, generated from zhconv); characters simplified text writes too (乾县, 著名) stay as
  written, so an address in simplified characters is never rewritten.
- @mentions, emoji and decorations (【】, list numbering such as "1." or "①") become spaces, so they can neither
  glue two numbers together nor split one.
- Written Cantonese read as Mandarin (``cantonese``): 唔该帮我截返呢单 → 麻烦帮我截回这单; and Minnan (``minnan``):
  卡紧送 → 赶紧送, 恁免拦了 → 你别拦了; Wu (``wu``): 啥辰光到 → 啥时候到; Xiang and Gan (``xiang``): 拦住哒冇 →
  拦住了没.
- Upper-case ASCII letters (waybill prefixes are written "yt", "Yt" …) and collapse runs of spaces and tabs;
  line breaks are kept because "one command per line" is meaningful.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from router.parsing.cantonese import MARKERS, to_mandarin
from router.parsing.central import to_mandarin as central_to_mandarin
from router.parsing.dialect import NOT_YET, closing
from router.parsing.hakka import to_mandarin as hakka_to_mandarin
from router.parsing.lexicon import POSITION_LEFT_ALONE, POSITION_VERBS
from router.parsing.minnan import to_mandarin as minnan_to_mandarin
from router.parsing.teochew import to_mandarin as teochew_to_mandarin
from router.parsing.trad_table import SIMPLE, TRAD
from router.parsing.wu import to_mandarin as wu_to_mandarin
from router.parsing.xiang import to_mandarin as xiang_to_mandarin

# Traditional characters (generated table), and two that simplified text writes too but merchants mean in their
# traditional sense here (後 for 后, 回覆 for 回复).
_TRAD: Final = TRAD + "後覆"
_SIMPLE: Final = SIMPLE + "后复"
_TRAD_AND_UPPER: Final = str.maketrans("abcdefghijklmnopqrstuvwxyz" + _TRAD, "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + _SIMPLE)
# Most messages have neither: a search in C is cheaper than translating every character through a dict.
_NEEDS_TRANSLATION: Final = re.compile(f"[a-z{_TRAD}]")
# The decimal digits of every other script (Arabic-Indic ٠١٢, Devanagari …, category Nd outside ASCII; a test checks
# this table against unicodedata): NFKC leaves them alone, and a stray one would split a number in two. One character
# class is scanned much faster than "(?![0-9])\d" tried at every position.
_OTHER_DIGIT_BMP: Final = re.compile("["
    "\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef"
    "\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59"
    "\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f"
    "\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59"
    "\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9"
    "\uff10-\uff19"
"]")
# Outside the Basic Multilingual Plane: looked for only when such a character is there (a class that reaches beyond
# it is checked range by range, where one within it is one table look-up a character).
_OTHER_DIGIT: Final = re.compile("["
    "\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef"
    "\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59"
    "\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f"
    "\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59"
    "\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9"
    "\uff10-\uff19\U000104a0-\U000104a9\U00010d30-\U00010d39\U00011066-\U0001106f"
    "\U000110f0-\U000110f9\U00011136-\U0001113f\U000111d0-\U000111d9\U000112f0-\U000112f9"
    "\U00011450-\U00011459\U000114d0-\U000114d9\U00011650-\U00011659\U000116c0-\U000116c9"
    "\U00011730-\U00011739\U000118e0-\U000118e9\U00011950-\U00011959\U00011c50-\U00011c59"
    "\U00011d50-\U00011d59\U00011da0-\U00011da9\U00016a60-\U00016a69\U00016ac0-\U00016ac9"
    "\U00016b50-\U00016b59\U0001d7ce-\U0001d7ff\U0001e140-\U0001e149\U0001e2f0-\U0001e2f9"
    "\U0001e950-\U0001e959\U0001fbf0-\U0001fbf9"
"]")
# A mention is an ASCII handle, or a name in Chinese that ends at the first ASCII character, so that
# "@客服YT7514236985412" keeps its waybill.
_MENTION: Final = re.compile(r"@(?:[A-Za-z][A-Za-z0-9_.-]{0,31}|[^\x00-\x7f\s@,，:：]{1,16})")
# List numbering at a line's start ("1.", "2、", "(3)", "④"), only when followed by spaces or a non-digit, so
# that "1.5公斤" keeps its weight.
_NUMBERING: Final = re.compile(r"(?m)^[ \t]*(?:(?:\d{1,2}[.、)]|[(（]\d{1,2}[)）])(?:[ \t]+|(?=[^\d\s])))+")
_CIRCLED: Final = re.compile(r"[①-⑳⑴-⒇⒈-⒛]")  # NFKC would turn them into plain digits: remove them first
# A list mark on a line that asks something and names no number of its own ("YT1 YT2 YT3\n②拦截", "②不拦了
# ①拦截", "2、拦截 其他催", "③客户退款了 拦截") is not decoration but a place in the list above: it becomes "第2个".
# A number of its own is a run of 8 or more letters and digits that is no mobile, or a tail ("尾号887"); a mark
# above a line that starts with a number is a heading ("①催件\nYT1\nYT2\n②拦截\nYT3"); a mark that continues
# a list whose items hold numbers is its next item ("1. YT1\n2、YT2\n(3)拦截").
_OWN_NUMBER: Final = (r"[^\n]*?(?:(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])(?!1[3-9][0-9]{9}(?![0-9]))"
                      r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{8,}|尾号|后四位|后4位|末四位|末尾|结尾)")
_PLACE_MARK_AFTER: Final = (
    r"(?=[^\n]*?(?:" + "|".join(POSITION_VERBS) + "|" + POSITION_LEFT_ALONE + "))"  # the line asks something
    "(?!" + _OWN_NUMBER + ")"
    r"(?![^\n]*\n[ \t]*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{8,})")  # not a heading
_CIRCLED_PLACE: Final = re.compile(
    r"[①-⑳⑴-⒇⒈-⒛](?:[ \t\u3000、,，和]*[①-⑳⑴-⒇⒈-⒛])*[ \t\u3000]*(?![0-9])" + _PLACE_MARK_AFTER)
_CIRCLED_VALUE: Final = {chr(c): c - 0x245F if c <= 0x2473 else c - 0x2473 if c <= 0x2487 else c - 0x2487
                         for c in range(0x2460, 0x249C)}  # ①…⑳, ⑴…⒇, ⒈…⒛
_CIRCLED_ITEM: Final = re.compile(r"[①-⑳⑴-⒇⒈-⒛](?=" + _OWN_NUMBER + ")")
_NUMBERED_ITEM: Final = re.compile(r"(?m)^[ \t]*(?:(\d{1,2})[.、)]|[(（](\d{1,2})[)）])(?=" + _OWN_NUMBER + ")")
_NUMBERED_PLACE: Final = re.compile(  # (not "1、2拦截": a list of places, read as one)
    r"(?m)^[ \t]*(?:(\d{1,2})[.、)]|[(（](\d{1,2})[)）])[ \t]*(?![0-9])" + _PLACE_MARK_AFTER)
_DECORATION: Final = r"【】\[\]「」『』〔〕《》<>~～*#|"
# Only what changes: a run of spaces, or one tab or other blank (a single space matched here would cost a
# replacement for every word of the message).
_SPACES: Final = re.compile(r"[ \t\u3000\xa0]{2,}|[\t\u3000\xa0]")
_EDGE_SPACES: Final = re.compile(r" \n ?|\n ")  # after _SPACES, at most one space stands on either side of a line break
# Words spaced apart (voice input, a writer not at home in Chinese: "这个 件 是 不是 丢了"): a space between two
# Chinese characters, where most of the message's characters are spaced so, is no separator of anything.
# (not around a correction said alone, "拦截 啊不 撤单", "仲裁 不不不 是理赔": it parts what it puts right)
_SPACED: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![哦啊噢嗯诶额])(?<![哦啊噢嗯诶额]不)(?<!不不)(?<!不对)(?<!算了)(?<!不要了)"
    r" (?=[\u4e00-\u9fff])"
    r"(?![哦啊噢嗯诶额]|不不|不对|算了|不要了)")
# an address being changed: its spaces part its fields (and the name after it), so the message is left as written
_ADDRESS_CHANGE: Final = re.compile(r"地址|改址|改到|改派|改送|送到|寄到|转到|派到|收件人")
_PLACE: Final = re.compile(r"[\u4e00-\u9fff](?:省|市|区|县|镇|乡|村|路|街|号|栋|楼|室|团|盟|旗)")
_ALONE: Final = re.compile(r"(?<=[\u4e00-\u9fff] )[\u4e00-\u9fff](?= [\u4e00-\u9fff])")  # a character spaced off
# (letters too: "麻烦HOLD住" is one word and a half)
_HAN_RUN: Final = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]*")


# Emoji, pictographs and other symbols (arrows, shapes, dingbats, stars), control and format characters (ZWJ,
# variation selectors, BOM), lone surrogates from broken decoders, private use. One class matched in C instead of
# asking unicodedata about every character took normalisation from 54k to 96k messages/s.
_NOISE: Final = re.compile(
    "[" + _DECORATION + "\x00-\x09\x0b-\x1f\x7f-\x9f\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f"
    "\u2b00-\u2bff\u2028-\u202f\ue000-\uf8ff\U0001f000-\U0001faff]"
)
# Invisible characters vanish instead: a zero-width space inside 拦截 must not split the keyword.
# (The surrogate range is built with chr(): mypyc cannot compile surrogates in a string literal.)
_INVISIBLE: Final = re.compile(
    "[\u00ad\u200b-\u200f\u2060-\u206f\ufe00-\ufe0f\ufeff" + chr(0xD800) + "-" + chr(0xDFFF) + "\U000e0000-\U000e007f]"
)


# Every character one of the steps below rewrites: most messages hold none, and one scan rules them all out.
_SPECIAL: Final = re.compile(
    "[" + _NEEDS_TRANSLATION.pattern[1:-1] + _OTHER_DIGIT_BMP.pattern[1:-1] + _NOISE.pattern[1:-1]
    + _INVISIBLE.pattern[1:-1] + MARKERS.replace("返", "") + "@\U00010000-\U0010ffff]"
)
# List numbering can only start a line.
_LINE_START: Final = re.compile(r"(?m)^[ \t]*[\d(（]")


def translated(text: str) -> bool:
    """Whether normalising ``text`` changes some of its characters (traditional ones, lower-case letters)."""
    return _NEEDS_TRANSLATION.search(text) is not None


def normalize(text: str, written: bool = False) -> str:
    """Return the normalised text. Never raises, whatever the input. ``written``: traditional characters and the
    case of letters kept as written (for names and addresses, which go to the carrier as the merchant wrote them);
    character for character the same length and places as the full normalisation."""
    tabular = "|" in text or "\t" in text or "   " in text  # (columns: their spaces part them)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFKC", text):  # circled numbers never are
        if _CIRCLED.search(text) is not None:
            text = _CIRCLED.sub(" ", _CIRCLED_PLACE.sub(_circled_place, text))
        text = unicodedata.normalize("NFKC", text)
    if _SPECIAL.search(text) is not None:
        text = _NOISE.sub(" ", _INVISIBLE.sub("", _special(text, written)))
    elif not written and ("返" in text or "边度" in text or "到边" in text or "定系" in text):
        # "截返", "到边度", "到边" with no other Cantonese (返回 is Mandarin: not a reason to look)
        text = to_mandarin(text)
    if not written:
        text = _spoken(text)
    head = text.lstrip(" \t")[:1]
    if (head.isdigit() or head in "(（" or "\n" in text) and _LINE_START.search(text) is not None:
        # after the noise: "🦈2、…" is numbered too (and a second pass agrees)
        text = _NUMBERING.sub(" ", _NUMBERED_PLACE.sub(_numbered_place, text))
    if "  " in text or "\t" in text:  # NFKC made every other blank a space
        text = _SPACES.sub(" ", text)
    if text.count(" ") >= 3 and not tabular and "不 不" not in text:  # ("拦截 不 不 不 是 催件": said apart)
        text = _unspaced(text)
    return (_EDGE_SPACES.sub("\n", text) if "\n" in text else text).strip()


# Northern and Jianghuai words any Mandarin reader knows, read as the parser's: "收着了" (received), "搁哪" (where),
# "整错了" (got wrong), "到哪块了" (where), "当中那个" (the middle one), "不照" (won't do), "么得" (没得)
_SPOKEN_NORTH_AS: Final = {"收着了": "收到了", "收着的": "收到的", "搁哪": "在哪", "哪块": "哪里", "这块": "这里",
                           "当中那": "中间那", "末了那": "最后那", "不照": "不行", "么得": "没得", "不动弹": "不动了",
                           "给能": "能否", "给是": "是否", "克哪": "去哪", "克哪块": "去哪里", "整": "弄",
                           "昨儿个": " 昨天", "今儿个": " 今天", "明儿个": " 明天", "昨儿": "昨天", "今儿": "今天",
                           "明儿": "明天", "嘛": "啥", "改个地儿": "改个地址", "赶紧着": "赶紧的", "噶": "吗",
                           "得不得": "能不能", "出克": "出去", "回克": "回去", "过克": "过去", "不消": "不用",
                           "咋个样": "怎么样", "未": "没"}
_SPOKEN_NORTH: Final = re.compile("|".join((
    "收着了", "收着的", r"搁哪(?![都也])", "昨儿个", "今儿个", "明儿个", "昨儿", "今儿", "明儿",
    "嘛(?=情况|时候|事|玩意)", "改个地儿", "赶紧着", r"噶(?=$|[\s，,。?？!！])", "得不得", "出克", "回克", "过克",
    "不消", "咋个样", "给能(?=[送到派拦])", "给是(?=[丢坏破到送派])", "克哪块", "克哪", r"哪块(?=[了去呢啊呀]|$|\s)",
    "这块(?=[还没也都])", "当中那", "末了那", r"不照(?=[了啊呀]|$|\s)", "么得(?<!什么得)", "不动弹",
    "整(?=[错丢坏没反])",
    # ("签收未", "揽收未", "派出去未": yet?, as the south closes a question; never Mandarin's 尚未)
    closing("未", NOT_YET))))
_CLASSIFIER_ZHI: Final = re.compile(r"只(?<=[一二两三四五六七八九十几第这那每头哪]只)(?![是有要能需在不好])")
_VERB_HA: Final = re.compile(r"([一看查催问送核拦改派])哈(?!哈)")


def _spoken(text: str) -> str:
    """Central Plains ("俺木见着"), Teochew ("拦好势未", "欲赔"), Minnan ("卡紧送", "有到没", "恁免拦了"), Wu ("啥辰光
    到", "撤脱了伐"), Xiang and Gan ("到哪哒", "要收钱啵"), Hakka and Hainan ("到奈位了") and Southwestern Mandarin
    ("催一哈" is 催一下, "拦到没得" 拦到没有) read as Mandarin, the same length (each reader leaves a message alone
    unless it is written its way)."""
    if "嫑" in text or "木有" in text:  # (northwestern and central 嫑, "don't"; 木有, 没有 as typed online)
        text = text.replace("嫑", "别").replace("木有", "没有")
    text = minnan_to_mandarin(teochew_to_mandarin(central_to_mandarin(text)))
    text = hakka_to_mandarin(xiang_to_mandarin(wu_to_mandarin(text)))
    text = _SPOKEN_NORTH.sub(lambda m: _SPOKEN_NORTH_AS[m.group()], text)  # (one scan, none found in most messages)
    if "只" in text:  # "第二只拦截", "头一只": the classifier of Wu and of animals, the parcel's 个
        text = _CLASSIFIER_ZHI.sub("个", text)
    if "哈" in text or "到没得" in text or "了没得" in text:  # ("看哈物流": 看下)
        text = _VERB_HA.sub(r"\1下", text).replace("到没得", "到没有").replace("了没得", "了没有")
    return text


def _unspaced(text: str) -> str:
    """``text`` with the spaces between its Chinese characters taken out, when it is written with most of its words
    spaced apart; as it was otherwise ("A 拦截 B 催件", "拦截 算了": a few spaces that part things)."""
    joined, spaced = _SPACED.subn("", text)
    if spaced < 3:
        return text
    # words of one or two characters, most of them spaced from the next ("退回 不要了", a few words set apart, and
    # "客户 他说 不要了", words of a sentence, stay as written)
    runs = _HAN_RUN.findall(text)
    if 2 * spaced < len(runs):
        return text
    # (and short: voice input parts "是 不是 丢了" within a phrase; "3号发的 今天都9号了 咋还不到 催" parts phrases)
    short = sum(map(len, runs)) <= 2.2 * len(runs) or len(_ALONE.findall(text)) >= 2
    if not short:
        return text
    return text if _ADDRESS_CHANGE.search(joined) is not None and _PLACE.search(joined) is not None else joined


def _circled_place(m: re.Match[str]) -> str:
    """"①③" → "，第1、3个 " (a clause of its own: a place, never a digit of the number before it); a mark that
    continues the list above ("①YT1\n②YT2\n③拦截") is its next item, not a place in it."""
    places = [_CIRCLED_VALUE[c] for c in m.group() if c in _CIRCLED_VALUE]
    if len(places) == 1 and _continues(
            places[0], {_CIRCLED_VALUE[x.group()] for x in _CIRCLED_ITEM.finditer(m.string, 0, m.start())}):
        return " "
    return f"，第{'、'.join(map(str, places))}个 "


def _numbered_place(m: re.Match[str]) -> str:
    n = int(m.group(1) or m.group(2))
    if _continues(n, {int(x.group(1) or x.group(2)) for x in _NUMBERED_ITEM.finditer(m.string, 0, m.start())}):
        return " "
    return f"第{n}个 "


def _continues(n: int, marks: set[int]) -> bool:
    """Whether list mark ``n`` is the next item of a list of numbers whose marks ``marks`` stand before it."""
    return n not in marks and n - 1 in marks


# Marks that cross a command out or tick it: "❌拦截 ✅催件", "拦截✖️ 改地址✔️" (after a word, or a space after
# it and nothing next: that word, "查件 ❌ 催件 ✅").
_CROSSED: Final = re.compile("[❌✖✗✘❎]")
_CROSSED_AFTER: Final = re.compile("(?<=[^\\s])[❌✖✗✘❎]|(?<=[\u4e00-\u9fff]) [❌✖✗✘❎](?=\\s|$)")
_TICKED: Final = re.compile("[✅✔✓☑]")


def _special(text: str, written: bool = False) -> str:
    if max(text) >= "\u2700" and _CROSSED.search(text) is not None:
        text = _TICKED.sub(" ", _CROSSED.sub(" 不要", _CROSSED_AFTER.sub("不要了 ", text)))
    if not written and _NEEDS_TRANSLATION.search(text):  # also upper-cases ASCII letters: prefixes come as "yt"
        text = text.translate(_TRAD_AND_UPPER)
    if not written:
        text = to_mandarin(text)
    if not text.isascii() and (_OTHER_DIGIT_BMP.search(text) or (max(text) > "\uffff" and _OTHER_DIGIT.search(text))):
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(), 0)), text)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    return text
