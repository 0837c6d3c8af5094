"""Where a sentence of a normalised message starts and ends: at a line break or a 。 (a clause ends at a comma or
a space too; a sentence does not)."""

from __future__ import annotations


def sentence_start(norm: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the line break or 。 before it."""
    return max(norm.rfind("\n", 0, at), norm.rfind("。", 0, at)) + 1


def sentence_end(norm: str, at: int) -> int:
    """Where the sentence holding ``at`` ends: at the line break or 。 from ``at`` on, or the end of the text."""
    ends = [i for i in (norm.find("\n", at), norm.find("。", at)) if i >= 0]
    return min(ends) if ends else len(norm)
