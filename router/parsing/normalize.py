"""Normalisation of merchant chat text before recognition. The original text is always kept by the caller.

- NFKC: full-width digits, letters and punctuation become half-width; compatibility forms are folded.
- Traditional → simplified for the characters that occur in commands (攔截 → 拦截, 撤單 → 撤单 …); the table is
  deliberately small: only what keyword matching needs, so nothing else in a message is rewritten.
- @mentions, emoji and decorations (【】, list numbering such as "1." or "①") become spaces, so they can neither
  glue two numbers together nor split one.
- Upper-case ASCII letters (waybill prefixes are written "yt", "Yt" …) and collapse runs of spaces and tabs;
  line breaks are kept because "one command per line" is meaningful.
"""

from __future__ import annotations

import re
import unicodedata

_TRAD = str.maketrans(
    "攔單遺損簽號還達遲誤賠訴稱運貨無沒點轉壞麼裡裏郵東風滯動態計這個們謝為請幫鐘銷廢"
    "撥實驗賬額處題問費後發時間區縣鎮門樓層師張陳劉黃趙錢孫楊顯遞續經過說話電碼業務復"
    "覆",
    "拦单遗损签号还达迟误赔诉称运货无没点转坏么里里邮东风滞动态计这个们谢为请帮钟销废"
    "拨实验账额处题问费后发时间区县镇门楼层师张陈刘黄赵钱孙杨显递续经过说话电码业务复"
    "复",
)
# A mention is an ASCII handle, or a name in Chinese that ends at the first ASCII character, so that
# "@客服YT7514236985412" keeps its waybill.
_MENTION = re.compile(r"@(?:[A-Za-z][A-Za-z0-9_.-]{0,31}|[^\x00-\x7f\s@,，:：]{1,16})")
_NUMBERING = re.compile(r"(?m)^\s*(?:\d{1,2}[.、)]|[(（]\d{1,2}[)）]|[①-⑳])\s*")
_DECORATION = re.compile(r"[【】\[\]「」『』〔〕《》<>~～*#|]")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")


def _is_noise(ch: str) -> bool:
    cat = unicodedata.category(ch)
    # So: emoji and pictographs; Cc/Cf: controls and format characters (ZWJ, variation selectors, BOM);
    # Cs: lone surrogates from broken decoders; Co/Cn: private use and unassigned.
    return cat in ("So", "Sk", "Cc", "Cf", "Cs", "Co", "Cn") and ch not in "\n"


def normalize(text: str) -> str:
    """Return the normalised text. Never raises, whatever the input."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_TRAD)
    text = _MENTION.sub(" ", text)
    text = _NUMBERING.sub(" ", text)
    text = _DECORATION.sub(" ", text)
    text = "".join(" " if _is_noise(ch) else ch for ch in text)
    text = text.upper() if text.isascii() else "".join(ch.upper() if ch.isascii() else ch for ch in text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()
