"""Money got back, not the parcel turned back: "我付了两次运费 能退一次给我吗", "多收的运费退回来", "我们退他20块差价",
"差价帮我搞回来", "税款能退回吗". The return words (退, 要回来, 搞回来) say both; what stands beside them tells which.
"""

from __future__ import annotations

import re
from typing import Final

# "客户撤回退款了": the customer's refund withdrawn, no parcel turned back
_MONEY: Final = re.compile(r"运费|钱|块|元|费用|差价|付了|多收|多扣|到付|¥")
# (not "客户不给钱 退回": the buyer refuses to pay, the reason for the return)
_MONEY_OBJECT: Final = re.compile(
    r"(?<!不给)(?<!不付)(?<!不交)(?<!肯给)(?<!肯付)(?<!不出)(?:运费|钱|费用|差价|保价费|保费|押金|关税|服务费)\s*(?:给我|帮我|帮忙|麻烦|能|可以|要|也)?\s*$")
# "多交的税能退吗", "税款能退回吗": tax paid back (not "客户不想交税 给我退回去": the parcel)
_TAX_BACK: Final = re.compile(r"(?:税|税费|关税|税款)(?:能|可以|能不能|可不可以|能否)\s*$")
# "我们退他20块差价", "退运费给客户": money paid back, said after the word
_MONEY_AFTER: Final = re.compile(
    r"(?:一下|下)?(?:(?:给)?(?:他|她|你|您|客户|买家|人家|对方)\s?)?(?:[0-9]+|[一二两三四五六七八九十几百]+)\s?(?:块|元|毛)|"
    r"(?:一下|下)?(?:(?:给)?(?:他|她|客户|买家)\s?)?(?:那个|这个)?(?:多收的|多扣的|多付的|到付的)?(?:差价|运费|押金|邮费|钱|款|"
    r"保价费|保费|关税|服务费|积分|费用)")
# "多收的运费帮我搞回来", "发票帮我搞回来": money or papers got back, not the parcel
_MONEY_OR_PAPERS: Final = re.compile(r"钱|款|费|差价|发票|底单|收据|凭证")


def money_back(text: str, s: int, intent: str, lo: int) -> bool:
    """"我付了两次运费 能退一次给我吗", "运费要回来", "多收的运费退回来", "退他20块", "差价帮我搞回来": money back, not
    the parcel."""
    if intent == "intercept≈" and text[s] in "退要追" and _MONEY.search(text, max(lo, s - 24), s) is not None:
        return True
    if intent == "intercept" and text[s] in "搞弄整要" and _MONEY_OR_PAPERS.search(text, max(lo, s - 12), s):
        return True
    return text[s] == "退" and (_MONEY_OBJECT.search(text, max(lo, s - 8), s) is not None
                                or _TAX_BACK.search(text, max(lo, s - 8), s) is not None
                                or _MONEY_AFTER.match(text, s + 1) is not None)
