"""Alternations written so the regex engine can skip ahead.

A pattern whose alternatives all start with a literal character is scanned for those characters alone; one with an
alternative starting with a class, an optional group or a lookbehind is tried in full at every place of the text
(tests/unit/test_patterns.py keeps the patterns the parser scans with in the first form). ``each`` writes
``(?:a|b)x`` as ``ax|bx``; a lookbehind goes after the character it guards: ``不要(?<!要不要)``, not ``(?<!要)不要``.
"""

from __future__ import annotations

from collections.abc import Iterable


def each(firsts: Iterable[str], rest: str) -> str:
    """``rest`` after each of ``firsts`` (regex fragments, each starting with a literal), as alternatives."""
    return "|".join(first + rest for first in firsts)
