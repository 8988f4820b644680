"""The termijnen of DOMAIN.md as pure functions, including leap days, missing dates and dates in the future."""
import datetime as dt

from desktop_app.core.dates import plus_maanden
from desktop_app.core.model import Inburgeraar
from desktop_app.core.termijnen import (Status, dringendste, inburgeringstermijn, intake_start_uiterlijk,
                                        leerbaarheidstoets_venster, ontzorgen_momenten, pip_uiterlijk, pvt_uiterlijk,
                                        routewijziging_uiterlijk, termijnen, volgend_voortgangsgesprek)

D = dt.date


def test_months_clamp_at_month_end():
    assert plus_maanden(D(2025, 12, 31), 2) == D(2026, 2, 28)
    assert plus_maanden(D(2023, 12, 31), 2) == D(2024, 2, 29)
    assert plus_maanden(D(2024, 1, 31), 1) == D(2024, 2, 29)


def test_intake_starts_within_two_months_of_koppeling():
    assert intake_start_uiterlijk(D(2026, 3, 15)) == D(2026, 5, 15)
    assert intake_start_uiterlijk(D(2023, 12, 29)) == D(2024, 2, 29)   # leap year end of month
    assert intake_start_uiterlijk(None) is None


def test_leerbaarheidstoets_window_is_8_to_12_weeks():
    assert leerbaarheidstoets_venster(D(2026, 1, 1)) == (D(2026, 2, 26), D(2026, 3, 26))


def test_pip_within_ten_weeks_of_brp():
    assert pip_uiterlijk(D(2024, 1, 1)) == D(2024, 3, 11)
    assert pip_uiterlijk(D(2024, 2, 29)) == D(2024, 5, 9)


def test_termijn_is_three_years_from_the_day_after_the_pip():
    assert inburgeringstermijn(D(2022, 1, 10)) == (D(2022, 1, 11), D(2025, 1, 10))
    # PIP on a leap day: the termijn starts 1 March and its last day is 28 February three years on
    assert inburgeringstermijn(D(2024, 2, 29)) == (D(2024, 3, 1), D(2027, 2, 28))
    # PIP on 28 Feb before a leap year: starts on the leap day
    assert inburgeringstermijn(D(2023, 2, 28)) == (D(2023, 3, 1), D(2026, 2, 28))


def test_route_change_within_18_months_of_the_start():
    assert routewijziging_uiterlijk(D(2024, 2, 29)) == D(2025, 8, 31)
    assert routewijziging_uiterlijk(None) is None


def test_ontzorgen_checkpoints_and_voortgang_and_pvt():
    assert ontzorgen_momenten(D(2025, 8, 31)) == (D(2025, 11, 30), D(2026, 2, 28))
    assert volgend_voortgangsgesprek(D(2026, 1, 31), None) == D(2026, 5, 31)
    assert volgend_voortgangsgesprek(D(2026, 1, 31), D(2026, 6, 15), 1) == D(2026, 7, 15)
    assert pvt_uiterlijk(D(2024, 2, 29)) == D(2025, 2, 27)


def test_missing_dates_give_onbekend_never_a_guess():
    alle = termijnen(Inburgeraar(voornamen="X"), D(2026, 11, 22))
    assert {t.status for t in alle} == {Status.ONBEKEND}
    assert all(t.uiterlijk is None for t in alle)
    assert dringendste(alle) is None


def test_status_follows_today_and_what_was_done():
    ib = Inburgeraar(koppeling=D(2026, 9, 1), brp_inschrijving=D(2026, 9, 20))
    per = {t.sleutel: t for t in termijnen(ib, D(2026, 11, 22))}
    assert per["intake"].status is Status.VERLOPEN            # due 1 Nov, not started
    assert per["leerbaarheidstoets"].status is Status.BINNENKORT  # window ends 24 Nov
    assert per["pip"].status is Status.BINNENKORT              # due 29 Nov
    assert dringendste(list(per.values())).sleutel == "intake"
    ib.intake_start = D(2026, 10, 1)
    per = {t.sleutel: t for t in termijnen(ib, D(2026, 11, 22))}
    assert per["intake"].status is Status.GEREED


def test_key_dates_in_the_future_compute_without_crashing():
    # validation refuses them on entry; the functions must still be total (a wrong clock must not crash the caseload)
    ib = Inburgeraar(koppeling=D(2027, 6, 1), pip_dagtekening=D(2027, 7, 1))
    per = {t.sleutel: t for t in termijnen(ib, D(2026, 11, 22))}
    assert per["intake"].status is Status.OP_TIJD
    assert per["inburgeringstermijn"].uiterlijk == D(2030, 7, 1)
