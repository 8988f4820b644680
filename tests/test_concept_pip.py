"""The concept PIP drafted per doelgroep, and its voortgangsgesprekken from the one source the termijnen use."""
import dataclasses
import datetime as dt

import pytest

from desktop_app.core.model import Inburgeraar
from desktop_app.core.pip import MAP_EIGEN_ROUTE, MAP_ONDERWIJSROUTE, MAP_TEKST, maak_concept_pip
from desktop_app.core.termijnen import termijnen

D = dt.date
VANDAAG = D(2026, 11, 22)
# what the intake proposes, the same for everyone; the doelgroep decides what the municipality may put in the PIP
ANTWOORDEN = {"leerbaarheid.toets_uitkomst": "b1_haalbaar", "zelfredzaamheid.ontzorgen": True,
              "zelfredzaamheid.ontzorgen_langer": True, "sociaal_netwerk.begeleider": False}


def persoon(doelgroep: str, geboortedatum=D(1990, 5, 1), **datums) -> Inburgeraar:
    return Inburgeraar(voornamen="Weletmariam Gebrehiwet", achternaam="Woldegiorgis Abay", doelgroep=doelgroep,
                       naam_eigen_schrift="ወለተማርያም ገብረሕይወት ወልደጊዮርጊስ ኣባይ", geboortedatum=geboortedatum,
                       koppeling=D(2026, 6, 1), brp_inschrijving=D(2026, 7, 1), **datums)


@pytest.mark.parametrize("doelgroep, ontzorgen, advies, begeleiding, map_", [
    ("asielstatushouder", True, False, "Maatschappelijke begeleiding aanbieden.", MAP_TEKST),
    ("nareiziger", True, False, "Maatschappelijke begeleiding aanbieden.", MAP_TEKST),
    ("gezinsmigrant", False, True, "", MAP_EIGEN_ROUTE),
    ("overige_migrant", False, True, "", MAP_EIGEN_ROUTE),
])
def test_the_draft_offers_what_the_doelgroep_gets(doelgroep, ontzorgen, advies, begeleiding, map_):
    pip = maak_concept_pip(persoon(doelgroep), ANTWOORDEN, None, VANDAAG)
    assert pip.leerroute == "b1_route"
    # seed 002 §4.3: financieel ontzorgen is for statushouders only, whatever the intake says
    assert pip.ontzorgen is ontzorgen
    assert pip.ontzorgen_kosten == (["huur", "energie", "water", "zorgverzekering"] if ontzorgen else [])
    assert pip.ontzorgen_maanden == (12 if ontzorgen else 6)
    # seed 001: a gezinsmigrant chooses and pays the route (DUO loan); the municipality advises and offers the MAP
    assert pip.leerroute_advies is advies
    assert ("eigen keuze en eigen kosten (lening DUO)" in pip.leerroute_bron) is advies
    assert pip.maatschappelijke_begeleiding == begeleiding and pip.map == map_


def test_the_onderwijsroute_has_no_map():
    antwoorden = {**ANTWOORDEN, "opleiding.onderwijsroute": True}
    pip = maak_concept_pip(persoon("asielstatushouder", D(2004, 2, 29)), antwoorden, None, VANDAAG)
    assert pip.leerroute == "onderwijsroute" and pip.map == MAP_ONDERWIJSROUTE      # seeds 002 §4.4, 004 §1.9


@pytest.mark.parametrize("per_jaar, interval, verwacht, pip_per_jaar", [
    (None, None, ["2026-12-31", "2027-04-30", "2027-08-31"], 3),   # the default: every 4 months from 01-09-2026
    (2, None, ["2027-02-28", "2027-08-31", "2028-02-29"], 2),      # the person agreed 2 a year: every 6 months
    (2, 1, ["2026-09-30", "2026-10-31", "2026-11-30"], 12),        # this PIP plans monthly (the PIP screen asks)
])
def test_planned_voortgangsgesprekken_agree_with_the_termijnen_table(per_jaar, interval, verwacht, pip_per_jaar):
    ib = persoon("gezinsmigrant", pip_dagtekening=D(2026, 8, 31), voortgangsgesprekken_per_jaar=per_jaar)
    pip = maak_concept_pip(ib, ANTWOORDEN, None, VANDAAG, interval_voortgang_maanden=interval)
    assert pip.voortgangsgesprekken[:3] == verwacht and pip.voortgangsgesprekken_per_jaar == pip_per_jaar
    # the person's record with this PIP's number gives the same first date in the termijnen table
    volgens_pip = dataclasses.replace(ib, voortgangsgesprekken_per_jaar=pip.voortgangsgesprekken_per_jaar)
    eerste = next(t for t in termijnen(volgens_pip, D(2026, 9, 1)) if t.sleutel == "voortgangsgesprek")
    assert eerste.uiterlijk.isoformat() == pip.voortgangsgesprekken[0]
    assert next(t for t in pip.termijnen if t["sleutel"] == "voortgangsgesprek")["uiterlijk"] == verwacht[0]
