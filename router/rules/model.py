"""An outlet's workflow rules as configured (``[rules]``, ``[outlets.<id>.rules]``).

A rule says how requests it matches are handled (``mode``):
- ``auto``: the bot acts (the default when no rule matches);
- ``confirm``: the bot asks the merchant to confirm first (an intercept, a cancel or a change of address: the
  actions it can ask about, router.confirm);
- ``approve``: a person of the outlet approves first (``#K7Q2 同意`` / ``#K7Q2 拒绝 <原因>`` in the staff group, or
  the console); the merchant is told it waits for the outlet, and the bot acts once approved (the same actions);
- ``record``: nothing is done; the request is recorded and a person follows it (the merchant is told so).

A rule matches on any of: intents, merchants (ids) or tiers (the merchant's tier in the outlet's directory: "vip",
"big", …), carriers, the time of day (``hours``, Beijing time, "22:00-08:00" crosses midnight; or "open" / "closed":
within or outside the outlet's ``business_hours``, the latter being night mode) and the kind of day
(``days``: "workday", "weekend", "holiday"; the outlet's ``holidays`` and make-up ``workdays``, Beijing dates). An
empty condition matches everything. Rules are tried in order; the first that matches decides, and every request's
activity records the rule's name.
"""

from __future__ import annotations

from typing import Final, Literal

import msgspec

Mode = Literal["auto", "confirm", "approve", "record"]
DayKind = Literal["workday", "weekend", "holiday"]
MODES: Final = ("auto", "confirm", "approve", "record")
OPEN, CLOSED = "open", "closed"  # hours within or outside business_hours


class Rule(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    name: str  # shown in the request's activity and the console: which rule decided
    mode: Mode
    intents: list[str] = msgspec.field(default_factory=list)
    merchants: list[str] = msgspec.field(default_factory=list)
    tiers: list[str] = msgspec.field(default_factory=list)
    carriers: list[str] = msgspec.field(default_factory=list)
    hours: str = ""  # "HH:MM-HH:MM", Beijing time, the end not included; "open" / "closed"; empty: all day
    days: list[DayKind] = msgspec.field(default_factory=list)


class RuleSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The outlet's workflow rules (``[rules]``, ``[outlets.<id>.rules]``)."""

    # [[rules.rules]]: name, mode (auto | confirm | approve | record), and any of intents, merchants, tiers,
    # carriers, hours ("22:00-08:00", Beijing; or "open" / "closed": within or outside business_hours), days
    # (workday | weekend | holiday); the first that matches decides
    rules: list[Rule] = msgspec.field(default_factory=list)
    business_hours: str = ""  # "HH:MM-HH:MM", Beijing: when the outlet is staffed (rules' hours "open" / "closed")
    approve_within_s: float = 7200.0  # how long staff have to approve a request (mode "approve"); then it lapses
    # after one of the outlet's staff wrote in a merchant's group, the bot does not answer there for this long (the
    # merchant's requests go to the staff instead); 0: it answers at once
    quiet_after_staff_s: float = 0.0
    holidays: list[str] = msgspec.field(default_factory=list)  # YYYY-MM-DD (Beijing): days off
    workdays: list[str] = msgspec.field(default_factory=list)  # YYYY-MM-DD: a weekend day worked (调休)
