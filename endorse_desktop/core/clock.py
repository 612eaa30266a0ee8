"""One place for 'now', so stored timestamps share a format and tests can read them back."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now_iso() -> str:
    """UTC timestamp with milliseconds, e.g. 2026-11-26T09:06:08.123+00:00."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def today_iso() -> str:
    return date.today().isoformat()


def local_time_text(moment: datetime | None = None) -> str:
    """What a person reads on paper or in a dialog: local time to the minute."""
    moment = (moment or datetime.now(UTC)).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
