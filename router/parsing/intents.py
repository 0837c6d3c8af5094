"""The commands of a message, clause by clause (``mentions_by_clause``): the order in which they are read.

The command words are found (``words``) and read with their polarity (``polarity``); then come the passes that find
wordings of their own or change what the words were read as, in this order: phrases, 作废, formal withdrawals and
reports (``phrases``, ``withdrawals``, ``unasked``); neighbouring words in a clause; negated verbs, withdrawals,
nothing to do and the same as before; and what is not asked for now. The order matters (each pass reads what the
earlier ones left), so it is kept here, apart from the passes themselves. One scan of the text (``_TRIGGERS``)
tells which of the passes' characters stand in it at all; a pass whose characters are missing is skipped.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.overruled import OVERRULED_CHARS, overruled
from router.parsing.phrases import (
    CHANGE_CHARS,
    NOTHING_CHARS,
    SAME_CHARS,
    SPREAD_CHARS,
    address_kept,
    change_of_contact,
    nothing_to_do,
    same_as_before,
    spread,
    verb_and_object,
)
from router.parsing.polarity import AFTER_SET, NEGATION_SET, read_words
from router.parsing.unasked import (
    REPORT_SET,
    WORRY_CHARS,
    complained_of,
    not_asked,
    not_cancels,
    reasons_given,
    reports,
    worries,
)
from router.parsing.withdrawals import (
    NEGATED_VERB_CHARS,
    WITHDRAWAL_SET,
    cancel_before_command,
    formal_withdrawals,
    negated_verbs,
    voided,
    withdrawals,
    withdrawn_after_command,
)
from router.parsing.words import Mention, commands, heard

# The characters the guards of mentions_by_clause's passes look for (each rarer pattern needs one), scanned once.
_GUARDS: Final = (set("话时否后没废撤销取") | CHANGE_CHARS | NEGATED_VERB_CHARS | NOTHING_CHARS | SAME_CHARS
                  | SPREAD_CHARS | WORRY_CHARS | OVERRULED_CHARS)
_TRIGGERS: Final = re.compile(
    "[" + "".join(sorted(_GUARDS | REPORT_SET | NEGATION_SET | AFTER_SET | WITHDRAWAL_SET)) + "]")


def mentions(line: str) -> list[Mention]:
    """Command mentions in one normalised line, in order."""
    return mentions_by_clause(line, [(0, len(line))])[0]


def mentions_by_clause(text: str, clauses: list[tuple[int, int]], by_sound: bool = False) -> list[list[Mention]]:
    """Command mentions of each clause ``(start, end)`` of ``text``, in order, positions relative to the clause.

    One pass of each pattern over the whole text (no command word holds a clause separator, so no match crosses
    a clause); the negation windows are clipped to the mention's clause, as if each clause were read alone.
    Negated mentions are kept (``negated``): the parser takes back what they name. A withdrawal that names no
    command ("算了", "不用了") is a negated mention of intent ``WITHDRAW``.

    The command words are read first (``polarity.read_words``), then the passes that find wordings of their own or
    change what the words were read as, in this order: phrases and reports (``_phrases``), neighbouring words in a
    clause (``_pairs``), denials and withdrawals (``_denials``), and what is not asked for now (``_not_requests``).
    """
    out: list[list[Mention]] = [[] for _ in clauses]
    if not clauses:
        return out
    found = commands(text, clauses[0][0], clauses[-1][1])
    # which characters the checks below need are there at all: one scan instead of one a check
    has = frozenset(_TRIGGERS.findall(text))
    if by_sound:
        found = heard(text, clauses, found)
    dropped: set[tuple[int, int]] = set()
    complained = read_words(text, clauses, found, out, has, dropped)
    _phrases(text, clauses, out, has)
    if dropped:  # a command word read as asking nothing stays so when a wording of the passes holds it
        for (lo, _), mine in zip(clauses, out, strict=True):
            mine[:] = [m for m in mine if (lo + m.start, lo + m.end) not in dropped]
    _pairs(text, clauses, out)
    _denials(text, clauses, out, has)
    _not_requests(text, clauses, out, has, complained)
    return out


def _phrases(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """Wordings no command word holds (a change of contact, words with something between their parts), 作废, and
    requests withdrawn or reported done in so many words. ``has``: which of _TRIGGERS the text holds."""
    change_of_contact(text, clauses, out, has)
    spread(text, clauses, out, has)
    voided(text, clauses, out, has)
    formal_withdrawals(text, clauses, out, has)
    reports(text, clauses, out, has)


def _pairs(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    """Two words side by side in a clause that make one request, or take one back."""
    for k, mine in enumerate(out):
        if len(mine) > 1:
            verb_and_object(mine)
            cancel_before_command(mine, text, clauses[k][0])
            withdrawn_after_command(mine)


def _denials(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """Negated verbs ("不用催了"), withdrawals ("算了"), nothing to do ("正常派送"), the same as before ("也是")."""
    negated_verbs(text, clauses, out, has)
    withdrawals(text, clauses, out, has)
    nothing_to_do(text, clauses, out, has)
    same_as_before(text, clauses, out, has)
    address_kept(text, clauses, out)


def _not_requests(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str],
                  complained: bool) -> None:
    """Commands not asked for now: supposed or asked of someone else, spoiling feared, a refund or a request called
    off, the customer's reason for a request, what a complaint is about, what someone beside the merchant asked and
    the merchant overruled."""
    not_asked(text, clauses, out, has)
    worries(text, clauses, out, has)
    not_cancels(text, clauses, out)
    reasons_given(text, clauses, out, has)
    complained_of(text, clauses, out, complained)
    overruled(text, clauses, out, has)
