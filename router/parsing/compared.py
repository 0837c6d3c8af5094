"""Numbers named only as what another is compared with: "A 打单打重复了 跟 B 是同一本书 撤掉", "A 重复了，跟 B 是同一个
客户，所以 A 拦截". The command is for A; B is named to say which parcel A duplicates, and is asked nothing (unless
the message says both: "A 跟 B 重复了 都拦截", "一起拦截").
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.waybills import Waybill

SAME_AS: Final = re.compile(r"同一|重复|重了")  # every comparison holds one: looked for first
# ("A 跟 B 重复了 撤掉后面那个": which one, said by its place)
_PLACES: Final = re.compile(r"前面|后面|上面|下面|前一|后一|第|前者|后者")
_BOTH: Final = re.compile(r"都|全部|全都|统统|所有|均|一起|一并|也")
_COMPARED_BEFORE: Final = re.compile(r"(?:跟|和|与|同)\s*$")
# a duplicate (not a shared attribute: "跟 B 同一天发的", "和 B 是同一个地址")
_COMPARED_AFTER: Final = re.compile(r"\s*(?:是|为)?\s*(?:同一(?:本|单|票|件|个件|个单|个订单|个包裹)|重复|重了)")


def compared(waybills: list[Waybill], norm: str) -> set[str]:
    """The numbers every occurrence of which is what another is compared with (none when all are, or when the
    message asks for both)."""
    said: dict[str, bool] = {}  # number -> every occurrence compared
    for w in waybills:
        a, b = w.span
        here = (_COMPARED_BEFORE.search(norm, max(0, a - 3), a) is not None
                and _COMPARED_AFTER.match(norm, b) is not None)
        said[w.number] = said.get(w.number, True) and here
    gone = {n for n, c in said.items() if c}
    return gone if len(gone) < len(said) and _BOTH.search(norm) is None and _PLACES.search(norm) is None else set()
