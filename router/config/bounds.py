"""The bounds the settings' values are held to, shared by every section's Struct.

A module of their own so that every module of sections can use them without importing another (the sections
module imports them all). The reference (``python -m router.settings_doc``) reads the bounds from these
``Annotated`` types: "integer ≥ 1".
"""

from __future__ import annotations

from typing import Annotated

import msgspec

Positive = Annotated[int, msgspec.Meta(ge=1)]
NonNegative = Annotated[int, msgspec.Meta(ge=0)]
PositiveFloat = Annotated[float, msgspec.Meta(gt=0)]
NonNegativeFloat = Annotated[float, msgspec.Meta(ge=0)]
TopicName = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9._-]{1,249}$")]
