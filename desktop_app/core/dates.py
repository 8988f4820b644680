"""Calendar arithmetic for termijnen: months and years that clamp at the month end (31 Jan + 1 month = 28/29 Feb)."""
from __future__ import annotations

import calendar
import datetime as dt


def plus_maanden(datum: dt.date, maanden: int) -> dt.date:
    index = datum.year * 12 + datum.month - 1 + maanden
    jaar, maand = divmod(index, 12)
    laatste = calendar.monthrange(jaar, maand + 1)[1]
    return dt.date(jaar, maand + 1, min(datum.day, laatste))


def plus_jaren(datum: dt.date, jaren: int) -> dt.date:
    return plus_maanden(datum, 12 * jaren)


def leeftijd(geboortedatum: dt.date, op: dt.date) -> int:
    return op.year - geboortedatum.year - ((op.month, op.day) < (geboortedatum.month, geboortedatum.day))
