"""Printing benchmark (issue 6): the welkomstpakket in Arabic against the same document in Dutch, measured in the
same run. Targets: Arabic ≤ 1.5× Dutch, each ≤ 0.5 s.

Fonts are registered once (as in the app, where they stay loaded); the shaping cache is emptied before every run,
so each run lays out and shapes every word again, as the first print of a session does.
"""
from __future__ import annotations

import datetime as dt
from statistics import median

from bench.common import at_most, interleaved, ratio_at_most, report, seconds
from desktop_app.core.model import ContactRol, Contactpersoon, Inburgeraar
from desktop_app.printing import tekst
from desktop_app.printing.documenten import PrintOpties, welkomstpakket

VANDAAG = dt.date(2026, 11, 22)


def persoon(taal: str) -> tuple[Inburgeraar, list[Contactpersoon]]:
    ib = Inburgeraar(voornamen="Amal", achternaam="Haddad", naam_eigen_schrift="أمل حداد", taal=taal,
                     v_nummer="1234567890", koppeling=dt.date(2025, 6, 2), brp_inschrijving=dt.date(2025, 6, 10),
                     intake_start=dt.date(2025, 7, 1), pip_dagtekening=dt.date(2025, 8, 15),
                     start_ontzorgen=dt.date(2025, 8, 15), vestiging=dt.date(2025, 6, 10))
    contacten = [Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.KLANTMANAGER.value, naam="Karin de Vries",
                                organisatie="Gemeente Voorbeeld", telefoon="14 0999"),
                 Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.TAALSCHOOL.value, naam="Taalcentrum De Brug",
                                telefoon="035-5550100")]
    return ib, contacten


def maak(taal: str):
    ib, contacten = persoon(taal)

    def run():
        tekst._vorm.cache_clear()
        return welkomstpakket(ib, contacten, PrintOpties(taal=taal, vandaag=VANDAAG))
    return run


def main() -> None:
    nl, ar = interleaved(maak("nl"), maak("ar"), 7)   # the warm-up registers fonts, imports Babel and ReportLab
    t_nl, t_ar = median(nl), median(ar)
    report("welkomstpakket nl", seconds(t_nl), None, at_most(seconds(0.5)))
    report("welkomstpakket ar vs nl", seconds(t_ar), seconds(t_nl, "nl"), ratio_at_most(1.5), at_most(seconds(0.5)))


if __name__ == "__main__":
    main()
