"""The deadlines (termijnen) of the Wet inburgering 2021, as pure functions of a person's key dates.

Sources: DOMAIN.md "Termijnen" (seeds 000-004). A missing key date gives status ONBEKEND, never a guess.
"""
from __future__ import annotations

import datetime as dt
import enum
from typing import NamedTuple

from .dates import plus_jaren, plus_maanden
from .model import Inburgeraar

BINNENKORT = dt.timedelta(days=14)


class Status(enum.StrEnum):
    GEREED = "gereed"          # the step happened
    VERLOPEN = "verlopen"      # deadline passed, step not done
    BINNENKORT = "binnenkort"  # due within two weeks
    OP_TIJD = "op_tijd"
    ONBEKEND = "onbekend"      # the date it counts from is not known yet

    @property
    def label(self) -> str:
        return {"gereed": "gereed", "verlopen": "verlopen", "binnenkort": "binnenkort", "op_tijd": "op tijd",
                "onbekend": "onbekend"}[self.value]


class Termijn(NamedTuple):
    sleutel: str
    omschrijving: str
    uiterlijk: dt.date | None     # last day (inclusive)
    status: Status
    vanaf: dt.date | None = None  # start of a window, where there is one
    bron: str = ""


def _status(uiterlijk: dt.date | None, gedaan: dt.date | None, vandaag: dt.date) -> Status:
    if uiterlijk is None:
        return Status.ONBEKEND
    if gedaan is not None:
        return Status.GEREED
    if vandaag > uiterlijk:
        return Status.VERLOPEN
    if uiterlijk - vandaag <= BINNENKORT:
        return Status.BINNENKORT
    return Status.OP_TIJD


def intake_start_uiterlijk(koppeling: dt.date | None) -> dt.date | None:
    return plus_maanden(koppeling, 2) if koppeling else None


def leerbaarheidstoets_venster(koppeling: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if not koppeling:
        return None
    return koppeling + dt.timedelta(weeks=8), koppeling + dt.timedelta(weeks=12)


def pip_uiterlijk(brp_inschrijving: dt.date | None) -> dt.date | None:
    return brp_inschrijving + dt.timedelta(weeks=10) if brp_inschrijving else None


def inburgeringstermijn(pip_dagtekening: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """Three years, starting the day after the PIP's dagtekening: (first day, last day)."""
    if not pip_dagtekening:
        return None
    start = pip_dagtekening + dt.timedelta(days=1)
    return start, plus_jaren(start, 3) - dt.timedelta(days=1)


def routewijziging_uiterlijk(pip_dagtekening: dt.date | None) -> dt.date | None:
    termijn = inburgeringstermijn(pip_dagtekening)
    return plus_maanden(termijn[0], 18) - dt.timedelta(days=1) if termijn else None


def ontzorgen_momenten(start: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """Checkpoint after 3 months and the earliest end after 6 months."""
    return (plus_maanden(start, 3), plus_maanden(start, 6)) if start else None


def volgend_voortgangsgesprek(pip_dagtekening: dt.date | None, laatste: dt.date | None,
                              interval_maanden: int = 4) -> dt.date | None:
    """Default 4 months: three voortgangsgesprekken a year (seeds 002-004 ask for 2-3; a municipality may set 1)."""
    basis = laatste or pip_dagtekening
    return plus_maanden(basis, interval_maanden) if basis else None


def pvt_uiterlijk(vestiging: dt.date | None) -> dt.date | None:
    return plus_jaren(vestiging, 1) - dt.timedelta(days=1) if vestiging else None


def termijnen(ib: Inburgeraar, vandaag: dt.date, interval_voortgang_maanden: int = 4) -> list[Termijn]:
    uit: list[Termijn] = []
    datum = intake_start_uiterlijk(ib.koppeling)
    uit.append(Termijn("intake", "Start brede intake", datum, _status(datum, ib.intake_start, vandaag),
                       ib.koppeling, "binnen 2 maanden na koppeling (seed 004 §1.3)"))
    venster = leerbaarheidstoets_venster(ib.koppeling)
    uit.append(Termijn("leerbaarheidstoets", "Leerbaarheidstoets", venster and venster[1],
                       _status(venster and venster[1], ib.leerbaarheidstoets, vandaag), venster and venster[0],
                       "8-12 weken na koppeling (seed 004 §1.4)"))
    datum = pip_uiterlijk(ib.brp_inschrijving)
    uit.append(Termijn("pip", "PIP vastgesteld", datum, _status(datum, ib.pip_dagtekening, vandaag),
                       ib.brp_inschrijving, "binnen 10 weken na BRP-inschrijving (seeds 002, 004)"))
    termijn = inburgeringstermijn(ib.pip_dagtekening)
    uit.append(Termijn("inburgeringstermijn", "Einde inburgeringstermijn", termijn and termijn[1],
                       _status(termijn and termijn[1], None, vandaag), termijn and termijn[0],
                       "3 jaar vanaf de dag na de PIP-dagtekening (seeds 000, 001)"))
    datum = routewijziging_uiterlijk(ib.pip_dagtekening)
    uit.append(Termijn("routewijziging", "Leerroute wijzigen kan tot", datum,
                       Status.ONBEKEND if datum is None else (Status.GEREED if vandaag > datum else
                                                              _status(datum, None, vandaag)),
                       termijn and termijn[0], "binnen 18 maanden na start termijn (seeds 001, 002)"))
    momenten = ontzorgen_momenten(ib.start_ontzorgen)
    uit.append(Termijn("ontzorgen_3", "Financieel ontzorgen: evaluatie na 3 maanden", momenten and momenten[0],
                       Status.ONBEKEND if not momenten else (Status.GEREED if vandaag > momenten[0] else
                                                             _status(momenten[0], None, vandaag)),
                       ib.start_ontzorgen, "seeds 002, 004"))
    uit.append(Termijn("ontzorgen_6", "Financieel ontzorgen: minimaal tot", momenten and momenten[1],
                       Status.ONBEKEND if not momenten else (Status.GEREED if vandaag > momenten[1] else
                                                             _status(momenten[1], None, vandaag)),
                       ib.start_ontzorgen, "ten minste 6 maanden (seeds 002, 004)"))
    datum = volgend_voortgangsgesprek(ib.pip_dagtekening, ib.laatste_voortgangsgesprek, interval_voortgang_maanden)
    uit.append(Termijn("voortgangsgesprek", "Volgend voortgangsgesprek", datum, _status(datum, None, vandaag),
                       ib.laatste_voortgangsgesprek or ib.pip_dagtekening, "2-3 keer per jaar (seeds 002-004)"))
    datum = pvt_uiterlijk(ib.vestiging)
    uit.append(Termijn("pvt", "PVT ondertekend", datum, _status(datum, ib.pvt_ondertekend, vandaag), ib.vestiging,
                       "binnen het eerste jaar na vestiging (seed 004)"))
    return uit


def dringendste(lijst: list[Termijn]) -> Termijn | None:
    """The deadline a caseload badge shows: the earliest overdue one, else the earliest due soon, else None."""
    for status in (Status.VERLOPEN, Status.BINNENKORT):
        kandidaten = [t for t in lijst if t.status is status]
        if kandidaten:
            return min(kandidaten, key=lambda t: t.uiterlijk)
    return None
