"""ISO-8601 durations (``P3D``, ``PT4H``) as used by timers."""

from __future__ import annotations

import datetime as dt

import isodate


def parse_duration(text: str) -> dt.timedelta:
    """Parse a positive ISO-8601 duration of days, hours, minutes or seconds."""
    try:
        value: dt.timedelta | isodate.Duration = isodate.parse_duration(text)
    except (isodate.ISO8601Error, ValueError, TypeError):
        raise ValueError(
            f"'{text}' is not a duration such as P3D (3 days) or PT4H (4 hours)"
        ) from None
    if isinstance(value, isodate.Duration):
        raise ValueError(f"'{text}': use days, hours or minutes, not months or years")
    if value <= dt.timedelta(0):
        raise ValueError(f"'{text}' must be longer than zero")
    return value
