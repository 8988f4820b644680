"""Calendar arithmetic for termijnen: months and years that clamp at the month end (31 Jan + 1 month = 28/29 Feb)."""
from __future__ import annotations

import calendar
import datetime as dt


_DAGEN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def plus_maanden(datum: dt.date, maanden: int) -> dt.date:
    jaar, maand = divmod(datum.year * 12 + datum.month - 1 + maanden, 12)
    laatste = 29 if maand == 1 and calendar.isleap(jaar) else _DAGEN[maand]
    return dt.date(jaar, maand + 1, min(datum.day, laatste))


def plus_jaren(datum: dt.date, jaren: int) -> dt.date:
    return plus_maanden(datum, 12 * jaren)


def datum_nl(datum: dt.date | None, leeg: str = "") -> str:
    """How Dutch users write a date: 01-03-2026 (an f-string: strftime costs ten times as much, per caseload row)."""
    return f"{datum.day:02d}-{datum.month:02d}-{datum.year}" if datum else leeg


def leeftijd(geboortedatum: dt.date, op: dt.date) -> int:
    return op.year - geboortedatum.year - ((op.month, op.day) < (geboortedatum.month, geboortedatum.day))
