"""Deciding a request's mode by the outlet's rules (router.rules.model), once checked.

``Rules(settings, intents)`` checks every rule when the outlet is loaded, with errors that say what to fix (an
unknown intent, a ``confirm`` or ``approve`` for an action the bot cannot hold back, hours not written
"HH:MM-HH:MM", "open" or "closed" with no business hours, a day not written YYYY-MM-DD, two rules with one
name). ``decide`` is a walk down the list: a few comparisons per rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final

from router.errors import ConfigError
from router.rules.model import CLOSED, OPEN, Mode, Rule, RuleSettings

BEIJING: Final = timedelta(hours=8)
DEFAULT: Final = "default"  # the name a decision records when no rule matched
CONFIRMABLE: Final = frozenset({"intercept", "cancel", "change_address"})  # (what router.confirm can ask about)
_HOURS: Final = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


@dataclass(frozen=True, slots=True)
class Decision:
    mode: Mode
    rule: str  # the rule's name, or DEFAULT


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    intents: frozenset[str]
    merchants: frozenset[str]
    tiers: frozenset[str]
    carriers: frozenset[str]
    minutes: tuple[int, int] | None  # [start, end) in minutes of the day; start > end crosses midnight
    days: frozenset[str]


AUTO: Final = Decision("auto", DEFAULT)


class Rules:
    def __init__(self, settings: RuleSettings, intents: Iterable[str], where: str = "rules") -> None:
        """``intents``: those the parser knows. Raises ConfigError saying what to fix."""
        known = frozenset(intents)
        self.holidays = frozenset(_day(d, f"{where}.holidays") for d in settings.holidays)
        self.workdays = frozenset(_day(d, f"{where}.workdays") for d in settings.workdays)
        business = _minutes(settings.business_hours, f"{where}.business_hours")
        if not 60 <= settings.approve_within_s <= 7 * 86400:
            raise ConfigError(f"{where}.approve_within_s = {settings.approve_within_s}: give staff between 60 "
                              "seconds and 7 days to approve")
        self.approve_within_s = settings.approve_within_s
        if not 0 <= settings.quiet_after_staff_s <= 86400:
            raise ConfigError(f"{where}.quiet_after_staff_s = {settings.quiet_after_staff_s}: between 0 (off) and "
                              "86400 seconds")
        self.quiet_after_staff_s = settings.quiet_after_staff_s
        names: set[str] = set()
        self._rules: list[_Compiled] = []
        for i, r in enumerate(settings.rules):
            at = f"{where}.rules[{i}]"
            if not r.name.strip():
                raise ConfigError(f"{at}.name is empty: name each rule (the decisions record it)")
            if r.name in names or r.name == DEFAULT:
                raise ConfigError(f"{at}.name = {r.name!r} is taken: give each rule its own name")
            names.add(r.name)
            if unknown := sorted(set(r.intents) - known):
                raise ConfigError(f"{at}.intents: {unknown[0]!r} is no intent; known: {', '.join(sorted(known))}")
            if r.mode in ("confirm", "approve") and (not r.intents or set(r.intents) - CONFIRMABLE):
                raise ConfigError(f"{at}: mode \"{r.mode}\" is for intents {', '.join(sorted(CONFIRMABLE))} only "
                                  "(the bot can hold those back until someone says yes): list them in intents")
            self._rules.append(_Compiled(r, frozenset(r.intents), frozenset(r.merchants), frozenset(r.tiers),
                                         frozenset(r.carriers), _hours(r.hours, business, where, at),
                                         frozenset(r.days)))

    def __repr__(self) -> str:
        return f"<Rules {len(self._rules)}>"

    def __bool__(self) -> bool:
        """Rules to decide by (the outlet's other settings aside)."""
        return bool(self._rules)

    def day_kind(self, day: date) -> str:
        if day in self.holidays:
            return "holiday"
        if day.weekday() >= 5 and day not in self.workdays:
            return "weekend"
        return "workday"

    def decide(self, intent: str, merchant: str, tier: str, carrier: str, at: datetime) -> Decision:
        """The first rule matching the request (its carrier: "" when its parcels' carriers differ, which a rule
        naming carriers then does not match)."""
        if not self._rules:
            return AUTO
        local = at.astimezone(UTC) + BEIJING
        minute = local.hour * 60 + local.minute
        kind = ""
        for c in self._rules:
            if ((c.intents and intent not in c.intents) or (c.merchants and merchant not in c.merchants)
                    or (c.tiers and tier not in c.tiers) or (c.carriers and carrier not in c.carriers)):
                continue
            if c.minutes is not None and not _within(minute, c.minutes):
                continue
            if c.days:
                kind = kind or self.day_kind(local.date())
                if kind not in c.days:
                    continue
            return Decision(c.rule.mode, c.rule.name)
        return AUTO


def _within(minute: int, span: tuple[int, int]) -> bool:
    start, end = span
    return start <= minute < end if start <= end else minute >= start or minute < end


def _hours(hours: str, business: tuple[int, int] | None, where: str, at: str) -> tuple[int, int] | None:
    """A rule's span of the day: its own, or the business hours ("open") or the rest of the day ("closed")."""
    if hours.strip() not in (OPEN, CLOSED):
        return _minutes(hours, f"{at}.hours")
    if business is None:
        raise ConfigError(f"{at}.hours = {hours!r} needs {where}.business_hours (e.g. \"08:30-18:00\")")
    return business if hours.strip() == OPEN else (business[1], business[0])


def _minutes(hours: str, where: str) -> tuple[int, int] | None:
    if not hours:
        return None
    m = _HOURS.match(hours.replace(" ", ""))
    if m is None or (m.group(3) == "24" and m.group(4) != "00"):
        raise ConfigError(f"{where} = {hours!r}: write hours as HH:MM-HH:MM in Beijing time, e.g. \"22:00-08:00\"")
    start, end = int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4))
    if start == end:
        raise ConfigError(f"{where} = {hours!r} is empty: leave hours out for all day")
    return start, end


def _day(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is no day: write YYYY-MM-DD") from None


NO_RULES: Final = Rules(RuleSettings(), ())  # (an outlet without rules: every request acted on)
