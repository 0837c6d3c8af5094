"""What binding makes of a message: an ``Event`` for each command applied to each number, as written, and a
``Reading``, what binding and folding learn besides (reasons for a person, reasons to confirm, numbers withdrawn
or wavered about).

The later stages (folding, the requests and the decisions about them) read only events, never mentions, so these
two types are all they share with binding.
"""

from __future__ import annotations

from router.parsing.clauses import Clause
from router.parsing.lexicon import base_of
from router.parsing.waybills import Waybill
from router.parsing.words import Mention


class Event:
    """A command applied to one number, as written: ``at``/``end`` are the command's place in the text."""

    __slots__ = ("at", "base", "clause", "contrast", "done", "earlier", "end", "held", "intent", "negated",
                 "recorded", "source", "waybill")

    def __init__(self, mention: Mention, waybill: Waybill, clause: Clause, source: str = "") -> None:
        self.at, self.end = clause.start + mention.start, clause.start + mention.end
        self.intent, self.negated, self.contrast = mention.intent, mention.negated, mention.contrast
        self.base = base_of(mention.intent)  # the intent without its strength mark
        self.done = mention.done  # "拦过了": reported done, so neither asked for nor taken back
        self.held = mention.held  # left undecided ("…我问问买家再说")
        self.earlier = mention.earlier  # spoken of as asked in an earlier message ("昨天让拦截的")
        self.waybill, self.clause = waybill, clause
        self.source = source  # how the binding was made when it is less than plain: ref, quote
        self.recorded = False  # asked to be recorded ("登记延误"): not only the reason for another request


class Reading:
    """What binding and folding learn about a message besides its events."""

    __slots__ = ("books", "confirm", "events", "excepted", "hedged", "left_out_beside", "own", "quoted_labels",
                 "reasons", "selective", "withdrawn")

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.excepted: set[int] = set()  # where numbers left out of a command stand ("除了 YT3 都拦截")
        self.left_out_beside: dict[str, int] = {}  # numbers a clause of their own leaves out ("…，除了第一个")
        self.reasons: list[str] = []
        self.confirm: list[str] = []
        self.withdrawn: list[str] = []
        self.hedged: set[str] = set()  # numbers the merchant wavered about ("也可能不撤")
        self.selective = False  # references picked some numbers: the others were not asked about
        self.books = False  # a number may be a book's ISBN (waybills.Found.books): irreversible actions are asked
        self.own = ""  # the merchant's own words as written (quotes set apart), before normalisation
        # the words beside each quoted number in the quote, when the merchant's own words name none
        self.quoted_labels: dict[str, str] = {}


def distinct_numbers(ws: list[Waybill]) -> list[Waybill]:
    seen: set[str] = set()
    out = []
    for w in ws:
        if w.number not in seen:
            seen.add(w.number)
            out.append(w)
    return out
