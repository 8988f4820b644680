"""The deadlines (termijnen) of the Wet inburgering 2021, as pure functions of a person's key dates.

Sources: DOMAIN.md "Termijnen", "Doelgroepen: what differs" and "Counting periods" (seeds 000-004). Every period is
counted by the one rule in dates.py. A deadline passing is not an event: a step is "gereed" only when its date was
recorded (then it is gereed even when the date it counts from is missing), a window or checkpoint that passed with
nothing recorded is "verstreken", a step recorded after its deadline is "te laat gereed". What does not apply to the
person's doelgroep is "niet van toepassing"; what was still open when the inburgeringsplicht ended (voldaan, a full
ontheffing) is "vervallen", so it never turns red again. A missing key date gives "startdatum onbekend", never a guess.

The municipality's own targets (HBEL: PVT within the first year; Overbetuwe: PIP within 6 weeks) are separate rows,
marked `gemeentelijk`, from the municipality's configuration (core/gemeente.py); the legal rows never move for them.
"""
from __future__ import annotations

import datetime as dt
import enum
from typing import NamedTuple

from .dates import DAG, datum_nl, einde_na, einde_periode
from .gemeente import Doel
from .instellingen import Instellingen
from .model import Inburgeraar, aanbod

BINNENKORT = dt.timedelta(days=14)
TERMIJN_MAANDEN = 36                       # 3 years (seeds 000, 001)
STANDAARD_INTERVAL = Instellingen.voortgang_interval_maanden   # the installation's default: every 4 months


class Status(enum.StrEnum):
    OPEN = "open"                          # to do, deadline more than two weeks away
    BINNENKORT = "binnenkort"              # to do, deadline within two weeks
    TE_LAAT = "te_laat"                    # to do, deadline passed
    GEREED = "gereed"                      # recorded done, on time
    TE_LAAT_GEREED = "te_laat_gereed"      # recorded done, after the deadline
    VERSTREKEN = "verstreken"              # a window or checkpoint that passed with nothing recorded
    NVT = "nvt"                            # not for this person's doelgroep
    VERVALLEN = "vervallen"                # still open when the inburgeringsplicht ended
    ONBEKEND = "onbekend"                  # the date it counts from is not known yet

    @property
    def label(self) -> str:
        return {"open": "open", "binnenkort": "binnenkort", "te_laat": "te laat", "gereed": "gereed",
                "te_laat_gereed": "te laat gereed", "verstreken": "verstreken", "nvt": "niet van toepassing",
                "vervallen": "vervallen", "onbekend": "startdatum onbekend"}[self.value]


class Termijn(NamedTuple):
    sleutel: str
    omschrijving: str
    uiterlijk: dt.date | None     # last day (inclusive)
    status: Status
    vanaf: dt.date | None = None  # start of a window, or the date it counts from
    bron: str = ""
    gemeentelijk: bool = False    # the municipality's own target, not a legal deadline
    gedaan: dt.date | None = None  # the recorded date of the step, if any


# -- the periods -------------------------------------------------------------------------------------------------------
def intake_start_uiterlijk(vanaf: dt.date | None) -> dt.date | None:
    """Within 2 months of the koppeling (asielstatushouder) or of the inschrijving in the gemeente (others)."""
    return einde_na(vanaf, maanden=2) if vanaf else None


def leerbaarheidstoets_venster(vanaf: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """Weeks 8 to 12 after the date the intake counts from (seed 004 §1.4): from the day 8 weeks on to the last day of
    the 12 weeks."""
    if not vanaf:
        return None
    return vanaf + dt.timedelta(weeks=8), einde_na(vanaf, weken=12)


def pip_uiterlijk(brp_inschrijving: dt.date | None) -> dt.date | None:
    return einde_na(brp_inschrijving, weken=10) if brp_inschrijving else None


def inburgeringstermijn(pip_dagtekening: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """Three years, starting the day after the (first) PIP's dagtekening (art. 11): (first day, last day)."""
    if not pip_dagtekening:
        return None
    start = pip_dagtekening + DAG
    return start, einde_periode(start, TERMIJN_MAANDEN)


def routewijziging_uiterlijk(pip_dagtekening: dt.date | None) -> dt.date | None:
    """The municipality may change the leerroute within 18 months of the start of the termijn (seeds 001, 002 §3)."""
    termijn = inburgeringstermijn(pip_dagtekening)
    return einde_periode(termijn[0], 18) if termijn else None


def ontzorgen_momenten(start: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """Financieel ontzorgen starts on `start` (its first day). Both checkpoints are the *last day* of a period counted
    from it: the evaluation after 3 months is due by the last day of the first 3 months (seed 004 §1.10, ketenoverleg),
    and the legal minimum of 6 months runs up to and including the last day of the first 6 months ("minimaal tot en
    met"). Printed, shown and drafted with this one meaning."""
    return (einde_periode(start, 3), einde_periode(start, 6)) if start else None


def einde_termijn(ib: Inburgeraar) -> dt.date | None:
    """The last day of the inburgeringstermijn, after a verlenging the new one. Also the legal deadline of the PVT
    (within the termijn, seed 004 §1.8)."""
    termijn = inburgeringstermijn(ib.pip_dagtekening)
    if termijn is None:
        return None
    return max(termijn[1], ib.termijn_verlengd_tot) if ib.termijn_verlengd_tot else termijn[1]


# -- voortgangsgesprekken: one source of truth -------------------------------------------------------------------------
# The PIP is the beschikking the person agreed to, and it says how many voortgangsgesprekken a year they have: that
# number wins. It is kept on the person (Inburgeraar.voortgangsgesprekken_per_jaar, copied from the PIP like its
# dagtekening), so the caseload needs no PIP to count. The installation's interval (Instellingen.
# voortgang_interval_maanden: 1, 2, 3, 4, 6 or 12) is the municipality's default: it drafts the PIP, and counts for a
# person with a PIP date but no agreed number (an import). Every date is the last day of an interval counted from the
# day after the previous conversation, or from the start of the termijn for the first: the termijnen table, the concept
# PIP's planned dates and the printed PIP all come from `volgend_voortgangsgesprek`.
def interval_maanden(gesprekken_per_jaar: int) -> int:
    """Months between conversations for N a year: 12 // N, so there are at least N (5 a year: every 2 months)."""
    return 12 // max(1, min(12, gesprekken_per_jaar))


def voortgang_interval(ib: Inburgeraar, standaard_interval: int) -> int:
    """The person's interval: from the number their PIP agreed, else the installation's default."""
    per_jaar = ib.voortgangsgesprekken_per_jaar
    return interval_maanden(per_jaar) if per_jaar else standaard_interval


def volgend_voortgangsgesprek(pip_dagtekening: dt.date | None, laatste: dt.date | None,
                              interval: int = STANDAARD_INTERVAL) -> dt.date | None:
    """The day the next voortgangsgesprek is due: the last day of `interval` months counted from the last conversation
    (from the day after it), or from the start of the termijn (the day after the PIP) for the first."""
    basis = laatste or pip_dagtekening
    return einde_na(basis, maanden=interval) if basis else None


def geplande_voortgangsgesprekken(pip_dagtekening: dt.date | None, interval: int) -> list[dt.date]:
    """The dates for the whole termijn when each conversation is held on the day it is due."""
    termijn = inburgeringstermijn(pip_dagtekening)
    if termijn is None:
        return []
    datums = [volgend_voortgangsgesprek(pip_dagtekening, None, interval)]
    while True:
        volgende = volgend_voortgangsgesprek(None, datums[-1], interval)
        if volgende > termijn[1]:
            return datums
        datums.append(volgende)


# -- statuses ----------------------------------------------------------------------------------------------------------
def _open(uiterlijk: dt.date, vandaag: dt.date) -> Status:
    if vandaag > uiterlijk:
        return Status.TE_LAAT
    return Status.BINNENKORT if uiterlijk - vandaag <= BINNENKORT else Status.OPEN


def _status(uiterlijk: dt.date | None, gedaan: dt.date | None, vandaag: dt.date, van_toepassing: bool = True,
            plicht_geeindigd: bool = False, venster: bool = False) -> Status:
    """`venster`: a window or checkpoint nothing in Koers records; once passed it is verstreken, not late."""
    if not van_toepassing:
        return Status.NVT
    if gedaan is not None:
        return Status.TE_LAAT_GEREED if uiterlijk is not None and gedaan > uiterlijk else Status.GEREED
    if venster and uiterlijk is not None and vandaag > uiterlijk:
        return Status.VERSTREKEN
    if plicht_geeindigd:
        return Status.VERVALLEN
    if uiterlijk is None:
        return Status.ONBEKEND
    return _open(uiterlijk, vandaag)


BRON = {
    "intake_koppeling": "binnen 2 maanden na de koppeling aan de gemeente (seed 004 §1.3)",
    "intake_brp_inschrijving": "binnen 2 maanden na de inschrijving in de gemeente (seed 004 §1.3, seed 002 §2.1)",
    "toets_koppeling": "8-12 weken na de koppeling (seed 004 §1.4)",
    "toets_brp_inschrijving": "8-12 weken na de inschrijving in de gemeente (seed 004 §1.4)",
    "pip": "binnen 10 weken na de BRP-inschrijving (seeds 002, 004)",
    "inburgeringstermijn": "3 jaar vanaf de dag na de PIP-dagtekening (Wet inburgering 2021 art. 11)",
    "routewijziging": "binnen 18 maanden na de start van de termijn (seeds 001, 002 §3); alleen waar de gemeente de "
                      "leerroute aanbiedt",
    "ontzorgen_3": "laatste dag van de eerste 3 maanden (seed 004 §1.10); alleen voor statushouders (seed 002 §4.3)",
    "ontzorgen_6": "ten minste 6 maanden (seeds 002, 004 §1.10); alleen voor statushouders (seed 002 §4.3)",
    "voortgang_pip": "elke {} maanden, zoals het PIP afspreekt (seeds 002-004: 2-3 keer per jaar)",
    "voortgang_standaard": "elke {} maanden, de standaard van de gemeente (seeds 002-004: 2-3 keer per jaar)",
    "pvt": "binnen de inburgeringstermijn (seed 004 §1.8)",
}


def termijnen(ib: Inburgeraar, vandaag: dt.date, interval_voortgang_maanden: int = STANDAARD_INTERVAL,
              doelen: tuple[Doel, ...] = ()) -> list[Termijn]:
    """Every termijn of this person on `vandaag`: the legal ones in route order, then the municipality's `doelen`.
    `interval_voortgang_maanden`: the installation's default, for a person without an agreed number (see above)."""
    a = aanbod(ib.doelgroep)
    geeindigd = bool(ib.plicht_voldaan) or ib.volledig_ontheven   # a partial ontheffing leaves the plicht
    uit: list[Termijn] = []

    def rij(sleutel, omschrijving, uiterlijk, gedaan, vanaf, bron, van_toepassing=True, venster=False,
            vervallen=geeindigd) -> None:
        status = _status(uiterlijk, gedaan, vandaag, van_toepassing, vervallen, venster)
        if status is Status.NVT:   # no deadline for this person: no dates that look like one
            uiterlijk = vanaf = None
        uit.append(Termijn(sleutel, omschrijving, uiterlijk, status, vanaf, bron, False, gedaan))

    vanaf_intake = getattr(ib, a.intake_vanaf)
    rij("intake", "Brede intake starten", intake_start_uiterlijk(vanaf_intake), ib.intake_start, vanaf_intake,
        BRON["intake_" + a.intake_vanaf])
    venster = leerbaarheidstoets_venster(vanaf_intake)
    rij("leerbaarheidstoets", "Leerbaarheidstoets afnemen", venster and venster[1], ib.leerbaarheidstoets,
        venster and venster[0], BRON["toets_" + a.intake_vanaf])
    rij("pip", "PIP vaststellen", pip_uiterlijk(ib.brp_inschrijving), ib.pip_dagtekening, ib.brp_inschrijving,
        BRON["pip"])
    termijn = inburgeringstermijn(ib.pip_dagtekening)
    start, einde = termijn and termijn[0], einde_termijn(ib)
    bron = BRON["inburgeringstermijn"]
    if ib.termijn_verlengd_tot:
        bron += f"; verlengd tot {datum_nl(ib.termijn_verlengd_tot)}"
    if ib.volledig_ontheven:
        bron += f"; ontheffing op {datum_nl(ib.ontheffing)}"
    elif ib.ontheffing:
        bron += f"; gedeeltelijke ontheffing op {datum_nl(ib.ontheffing)} ({ib.ontheffing_onderdelen})"
    # done when the plicht is voldaan; after a full ontheffing there is nothing left to do
    rij("inburgeringstermijn", "Einde inburgeringstermijn", einde, ib.plicht_voldaan, start, bron,
        vervallen=ib.volledig_ontheven)
    rij("routewijziging", "Leerroute wijzigen kan tot", routewijziging_uiterlijk(ib.pip_dagtekening), None, start,
        BRON["routewijziging"], van_toepassing=a.leerroute_aangeboden, venster=True)
    momenten = ontzorgen_momenten(ib.start_ontzorgen)
    rij("ontzorgen_3", "Financieel ontzorgen: evaluatie na 3 maanden", momenten and momenten[0], None,
        ib.start_ontzorgen, BRON["ontzorgen_3"], van_toepassing=a.ontzorgen, venster=True)
    rij("ontzorgen_6", "Financieel ontzorgen: minimaal tot en met", momenten and momenten[1], None,
        ib.start_ontzorgen, BRON["ontzorgen_6"], van_toepassing=a.ontzorgen, venster=True)
    interval = voortgang_interval(ib, interval_voortgang_maanden)
    rij("voortgangsgesprek", "Volgend voortgangsgesprek",
        volgend_voortgangsgesprek(ib.pip_dagtekening, ib.laatste_voortgangsgesprek, interval), None,
        ib.laatste_voortgangsgesprek or start,
        BRON["voortgang_pip" if ib.voortgangsgesprekken_per_jaar else "voortgang_standaard"].format(interval))
    rij("pvt", "PVT ondertekenen", einde, ib.pvt_ondertekend, start, BRON["pvt"])
    for doel in doelen:
        uit.append(_gemeentedoel(doel, ib, vandaag, geeindigd))
    return uit


# A municipal target names a step; the step knows what it counts from and which key date records it.
STAPPEN: dict[str, tuple[str, str, str]] = {    # stap → (omschrijving, counts from, recorded in)
    "intake": ("Brede intake starten", "", "intake_start"),   # "": from the doelgroep's own start date
    "leerbaarheidstoets": ("Leerbaarheidstoets afnemen", "", "leerbaarheidstoets"),
    "pip": ("PIP vaststellen", "brp_inschrijving", "pip_dagtekening"),
    "pvt": ("PVT ondertekenen", "vestiging", "pvt_ondertekend"),
}
VANAF_LABEL = {"koppeling": "de koppeling", "brp_inschrijving": "de BRP-inschrijving", "vestiging": "de vestiging"}


def _gemeentedoel(doel: Doel, ib: Inburgeraar, vandaag: dt.date, geeindigd: bool) -> Termijn:
    omschrijving, vanaf_veld, gedaan_veld = STAPPEN[doel.stap]
    vanaf_veld = vanaf_veld or aanbod(ib.doelgroep).intake_vanaf
    vanaf = getattr(ib, vanaf_veld)
    uiterlijk = einde_na(vanaf, maanden=doel.maanden, weken=doel.weken) if vanaf else None
    duur = f"{doel.maanden} maanden" if doel.maanden else f"{doel.weken} weken"
    bron = f"doel van de gemeente: binnen {duur} na {VANAF_LABEL[vanaf_veld]}" + (f" ({doel.bron})" if doel.bron
                                                                                   else "")
    gedaan = getattr(ib, gedaan_veld)
    return Termijn(f"gemeente_{doel.stap}", omschrijving, uiterlijk,
                   _status(uiterlijk, gedaan, vandaag, True, geeindigd), vanaf, bron, True, gedaan)


def dringendste(lijst: list[Termijn]) -> Termijn | None:
    """The deadline a caseload badge shows: the earliest late one, else the earliest due soon; legal deadlines before
    the municipality's own targets. None when nothing needs attention."""
    urgent = [t for t in lijst if t.status is Status.TE_LAAT or t.status is Status.BINNENKORT]
    return min(urgent, key=lambda t: (t.gemeentelijk, t.status is Status.BINNENKORT, t.uiterlijk), default=None)
