"""Calendar arithmetic for termijnen.

One rule counts every period (DOMAIN.md "Counting periods"; Wet inburgering 2021 art. 11, in the style of EU
regulation 1182/71 art. 3): a period of N months (or years) that starts on day D ends at the end of the day before the
same-numbered day N months later; when that day does not exist in that month, it ends on the last day of that month.
A period counted *from an event* (a PIP's dagtekening, a koppeling, a conversation) starts on the day after it: the day
of the event itself is not counted (1182/71 art. 3 lid 1). So a PIP dated 27-02-2024 starts its termijn on 28-02-2024,
which ends on 27-02-2027; a PIP dated 28-02-2024 starts on 29-02-2024, and with no 29 February in 2027 that termijn ends
on 28-02-2027.
"""
from __future__ import annotations

import calendar
import datetime as dt

DAG = dt.timedelta(days=1)
_DAGEN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def laatste_dag(jaar: int, maand: int) -> int:
    """The number of days in a month (a table: the caseload counts this for every row)."""
    return 29 if maand == 2 and calendar.isleap(jaar) else _DAGEN[maand - 1]


def einde_periode(start: dt.date, maanden: int) -> dt.date:
    """The last day (inclusive) of a period of `maanden` months whose first day is `start`."""
    jaar, maand = divmod(start.year * 12 + start.month - 1 + maanden, 12)
    maand += 1
    if start.day > laatste_dag(jaar, maand):      # 29-31 in a shorter month: the month's last day
        return dt.date(jaar, maand, laatste_dag(jaar, maand))
    return dt.date(jaar, maand, start.day) - DAG


def einde_na(gebeurtenis: dt.date, *, maanden: int = 0, weken: int = 0) -> dt.date:
    """The last day of a period of months or weeks counted from an event: it starts on the day after the event.
    (A period of weeks ends on the same weekday as the event: 10 weeks after a Monday ends on a Monday.)"""
    start = gebeurtenis + DAG
    return einde_periode(start, maanden) if maanden else start + dt.timedelta(weeks=weken) - DAG


def plus_maanden(datum: dt.date, maanden: int) -> dt.date:
    """The same day `maanden` months on (or back), clamped at the month end. A calendar shift, not the end of a period:
    the demo uses it to count dates back from today; termijnen use `einde_periode`."""
    jaar, maand = divmod(datum.year * 12 + datum.month - 1 + maanden, 12)
    return dt.date(jaar, maand + 1, min(datum.day, laatste_dag(jaar, maand + 1)))


def plus_jaren(datum: dt.date, jaren: int) -> dt.date:
    return plus_maanden(datum, 12 * jaren)


def datum_nl(datum: dt.date | None, leeg: str = "") -> str:
    """How Dutch users write a date: 01-03-2026 (an f-string: strftime costs ten times as much, per caseload row)."""
    return f"{datum.day:02d}-{datum.month:02d}-{datum.year}" if datum else leeg


def leeftijd(geboortedatum: dt.date, op: dt.date) -> int:
    return op.year - geboortedatum.year - ((op.month, op.day) < (geboortedatum.month, geboortedatum.day))
