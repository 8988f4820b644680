"""The termijnen of DOMAIN.md as pure functions: every period by the one rule, the statuses, the doelgroepen.

Every expected date below is worked out by hand from the rule in DOMAIN.md "Counting periods" (Wet inburgering 2021
art. 11, EU 1182/71 style), not taken from the code: a period of N months starting on day D ends at the end of the
day before the same-numbered day N months later, or on the last day of that month when it has no such day. A period
counted from an event starts on the day after it.
"""
import dataclasses
import datetime as dt

import pytest

from desktop_app.core.dates import einde_na, einde_periode
from desktop_app.core.gemeente import Doel, valideer_gemeente
from desktop_app.core.instellingen import valideer_instellingen
from desktop_app.core.model import Doelgroep, Inburgeraar, valideer_inburgeraar
from desktop_app.core.termijnen import (Status, dringendste, einde_termijn, geplande_voortgangsgesprekken,
                                        inburgeringstermijn, intake_start_uiterlijk, interval_maanden,
                                        leerbaarheidstoets_venster, ontzorgen_momenten, pip_uiterlijk,
                                        routewijziging_uiterlijk, termijnen, volgend_voortgangsgesprek)

D = dt.date
VANDAAG = D(2026, 11, 22)


def per_sleutel(ib, vandaag=VANDAAG, **kw):
    return {t.sleutel: t for t in termijnen(ib, vandaag, **kw)}


# -- the rule ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("start, maanden, einde", [
    (D(2024, 2, 28), 36, D(2027, 2, 27)),   # 28-02-2027 exists: the day before
    (D(2024, 2, 29), 36, D(2027, 2, 28)),   # no 29-02-2027: the last day of February
    (D(2024, 3, 1), 36, D(2027, 2, 28)),
    (D(2025, 3, 1), 36, D(2028, 2, 29)),    # the day before 01-03-2028 is a leap day
    (D(2024, 8, 31), 18, D(2026, 2, 28)),
    (D(2022, 8, 31), 18, D(2024, 2, 29)),
    (D(2024, 3, 31), 18, D(2025, 9, 30)),   # no 31 September
    (D(2024, 3, 30), 18, D(2025, 9, 29)),
    (D(2025, 1, 31), 1, D(2025, 2, 28)),
    (D(2024, 1, 30), 1, D(2024, 2, 29)),
    (D(2024, 1, 29), 1, D(2024, 2, 28)),    # 29-02-2024 exists: the day before
    (D(2025, 1, 29), 1, D(2025, 2, 28)),    # no 29-02-2025
    (D(2025, 1, 28), 1, D(2025, 2, 27)),
    (D(2025, 12, 31), 2, D(2026, 2, 28)),   # across the year
    (D(2025, 12, 1), 2, D(2026, 1, 31)),
    (D(2025, 11, 30), 3, D(2026, 2, 28)),
    (D(2026, 5, 31), 6, D(2026, 11, 30)),
    (D(2026, 1, 15), 12, D(2027, 1, 14)),
])
def test_a_period_ends_the_day_before_the_same_numbered_day(start, maanden, einde):
    assert einde_periode(start, maanden) == einde


def test_a_period_from_an_event_starts_the_day_after_it():
    assert einde_na(D(2026, 3, 15), maanden=2) == D(2026, 5, 15)       # starts 16-03, ends the day before 16-05
    assert einde_na(D(2024, 1, 1), weken=10) == D(2024, 3, 11)         # a Monday ten weeks on


# -- each termijn by the rule ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("pip, start, einde", [
    (D(2024, 2, 27), D(2024, 2, 28), D(2027, 2, 27)),
    (D(2024, 2, 28), D(2024, 2, 29), D(2027, 2, 28)),   # not the same day as the PIP of the 27th (issue 14)
    (D(2024, 2, 29), D(2024, 3, 1), D(2027, 2, 28)),
    (D(2022, 1, 10), D(2022, 1, 11), D(2025, 1, 10)),
    (D(2023, 2, 28), D(2023, 3, 1), D(2026, 2, 28)),
    (D(2025, 2, 28), D(2025, 3, 1), D(2028, 2, 29)),
    (D(2024, 12, 31), D(2025, 1, 1), D(2027, 12, 31)),
    (D(2025, 1, 30), D(2025, 1, 31), D(2028, 1, 30)),
])
def test_inburgeringstermijn_three_years_from_the_day_after_the_pip(pip, start, einde):
    assert inburgeringstermijn(pip) == (start, einde)


def test_pips_a_day_apart_end_a_day_apart():
    assert inburgeringstermijn(D(2024, 2, 27))[1] != inburgeringstermijn(D(2024, 2, 28))[1]


@pytest.mark.parametrize("pip, uiterlijk", [
    (D(2024, 8, 30), D(2026, 2, 28)),   # start 31-08: no 31-02, the end of February (was a day short)
    (D(2025, 3, 30), D(2026, 9, 30)),   # start 31-03: no 31-09 (was a day short)
    (D(2022, 8, 30), D(2024, 2, 29)),
    (D(2024, 2, 29), D(2025, 8, 31)),   # start 01-03
    (D(2025, 1, 15), D(2026, 7, 15)),   # start 16-01: the day before 16-07
])
def test_leerroute_may_change_within_18_months_of_the_start(pip, uiterlijk):
    assert routewijziging_uiterlijk(pip) == uiterlijk


@pytest.mark.parametrize("vanaf, uiterlijk", [
    (D(2026, 3, 15), D(2026, 5, 15)),
    (D(2023, 12, 29), D(2024, 2, 29)),   # starts 30-12: no 30-02-2024
    (D(2023, 12, 30), D(2024, 2, 29)),
    (D(2024, 12, 30), D(2025, 2, 28)),
    (D(2025, 11, 30), D(2026, 1, 31)),   # starts 01-12: the day before 01-02
    (D(2024, 12, 31), D(2025, 2, 28)),
    (D(2025, 12, 27), D(2026, 2, 27)),
    (D(2025, 12, 28), D(2026, 2, 28)),
])
def test_brede_intake_starts_within_two_months(vanaf, uiterlijk):
    assert intake_start_uiterlijk(vanaf) == uiterlijk


@pytest.mark.parametrize("brp, uiterlijk", [
    (D(2024, 1, 1), D(2024, 3, 11)), (D(2024, 2, 29), D(2024, 5, 9)), (D(2025, 12, 31), D(2026, 3, 11)),
])
def test_pip_within_ten_weeks_of_brp(brp, uiterlijk):
    assert pip_uiterlijk(brp) == uiterlijk


def test_leerbaarheidstoets_window_weeks_8_to_12():
    assert leerbaarheidstoets_venster(D(2026, 1, 1)) == (D(2026, 2, 26), D(2026, 3, 26))
    assert leerbaarheidstoets_venster(D(2024, 1, 5)) == (D(2024, 3, 1), D(2024, 3, 29))   # across a leap day


@pytest.mark.parametrize("start, evaluatie, minimaal_tot_en_met", [
    (D(2026, 3, 1), D(2026, 5, 31), D(2026, 8, 31)),
    (D(2025, 8, 31), D(2025, 11, 30), D(2026, 2, 28)),
    (D(2023, 8, 31), D(2023, 11, 30), D(2024, 2, 29)),
    (D(2025, 11, 30), D(2026, 2, 28), D(2026, 5, 29)),
    (D(2026, 1, 15), D(2026, 4, 14), D(2026, 7, 14)),
])
def test_ontzorgen_checkpoints_are_the_last_days_of_3_and_6_months(start, evaluatie, minimaal_tot_en_met):
    assert ontzorgen_momenten(start) == (evaluatie, minimaal_tot_en_met)


@pytest.mark.parametrize("pip, laatste, interval, volgend", [
    (D(2026, 1, 31), None, 4, D(2026, 5, 31)),          # the termijn starts 01-02
    (D(2026, 1, 30), None, 4, D(2026, 5, 30)),          # starts 31-01
    (D(2025, 10, 31), None, 4, D(2026, 2, 28)),         # starts 01-11: the day before 01-03
    (D(2024, 10, 30), None, 4, D(2025, 2, 28)),         # starts 31-10: no 31-02
    (D(2026, 1, 31), D(2026, 6, 15), 1, D(2026, 7, 15)),
    (D(2026, 1, 31), D(2026, 1, 30), 1, D(2026, 2, 28)),
    (D(2024, 1, 2), D(2024, 1, 29), 1, D(2024, 2, 29)),
])
def test_next_voortgangsgesprek_one_interval_after_the_day_after(pip, laatste, interval, volgend):
    assert volgend_voortgangsgesprek(pip, laatste, interval) == volgend


def test_planned_voortgangsgesprekken_cover_the_termijn():
    assert geplande_voortgangsgesprekken(D(2026, 1, 10), 4) == [
        D(2026, 5, 10), D(2026, 9, 10), D(2027, 1, 10), D(2027, 5, 10), D(2027, 9, 10), D(2028, 1, 10),
        D(2028, 5, 10), D(2028, 9, 10), D(2029, 1, 10)]   # the last is the termijn's last day
    assert geplande_voortgangsgesprekken(D(2024, 2, 29), 6) == [
        D(2024, 8, 31), D(2025, 2, 28), D(2025, 8, 31), D(2026, 2, 28), D(2026, 8, 31), D(2027, 2, 28)]
    assert geplande_voortgangsgesprekken(None, 4) == []


def test_the_table_and_the_planned_dates_agree_conversation_by_conversation():
    ib = Inburgeraar(pip_dagtekening=D(2025, 10, 31), voortgangsgesprekken_per_jaar=3)
    gepland = geplande_voortgangsgesprekken(ib.pip_dagtekening, interval_maanden(3))
    for gehouden in range(4):                                   # each held on the day it was due
        ib.laatste_voortgangsgesprek = gepland[gehouden - 1] if gehouden else None
        assert per_sleutel(ib, D(2025, 11, 1))["voortgangsgesprek"].uiterlijk == gepland[gehouden]


@pytest.mark.parametrize("per_jaar, maanden", [(1, 12), (2, 6), (3, 4), (4, 3), (5, 2), (6, 2), (12, 1)])
def test_the_pips_number_a_year_gives_at_least_that_many(per_jaar, maanden):
    assert interval_maanden(per_jaar) == maanden


def test_the_pips_number_wins_over_the_installation_default():
    ib = Inburgeraar(pip_dagtekening=D(2026, 1, 10))
    assert per_sleutel(ib, interval_voortgang_maanden=6)["voortgangsgesprek"].uiterlijk == D(2026, 7, 10)
    ib.voortgangsgesprekken_per_jaar = 12
    assert per_sleutel(ib, interval_voortgang_maanden=6)["voortgangsgesprek"].uiterlijk == D(2026, 2, 10)


@pytest.mark.parametrize("interval, goed", [(1, True), (2, True), (3, True), (4, True), (5, False), (6, True),
                                            (7, False), (12, True)])
def test_the_interval_setting_is_a_whole_number_of_conversations_a_year(interval, goed):
    instellingen, fouten = valideer_instellingen({"voortgang_interval_maanden": interval})
    assert (fouten == []) is goed
    if not goed:
        assert "1, 2, 3, 4, 6 of 12 maanden" in fouten[0].melding and instellingen.voortgang_interval_maanden == 4


# -- statuses ----------------------------------------------------------------------------------------------------------
STATUSHOUDER = dict(doelgroep="asielstatushouder", koppeling=D(2026, 9, 1), brp_inschrijving=D(2026, 9, 20))


@pytest.mark.parametrize("wijziging, sleutel, status", [
    ({}, "intake", Status.TE_LAAT),                                       # due 01-11, nothing recorded
    ({}, "leerbaarheidstoets", Status.BINNENKORT),                        # window ends 24-11: two days
    ({}, "pip", Status.BINNENKORT),                                       # due 29-11: seven days
    ({"brp_inschrijving": D(2026, 9, 27)}, "pip", Status.BINNENKORT),    # due 06-12: fourteen days, still soon
    ({"brp_inschrijving": D(2026, 9, 28)}, "pip", Status.OPEN),          # due 07-12: fifteen days
    ({"intake_start": D(2026, 11, 1)}, "intake", Status.GEREED),         # on the last day
    ({"intake_start": D(2026, 11, 2)}, "intake", Status.TE_LAAT_GEREED),
    ({"koppeling": None, "intake_start": D(2026, 10, 1)}, "intake", Status.GEREED),   # recorded, start unknown
    ({"koppeling": None}, "intake", Status.ONBEKEND),
])
def test_status_tells_what_happened(wijziging, sleutel, status):
    ib = Inburgeraar(**{**STATUSHOUDER, **wijziging})
    assert per_sleutel(ib)[sleutel].status is status


def test_passed_windows_are_verstreken_not_gereed():
    ib = Inburgeraar(**STATUSHOUDER, pip_dagtekening=D(2024, 8, 30), start_ontzorgen=D(2026, 2, 1))
    rijen = per_sleutel(ib)
    assert rijen["routewijziging"].uiterlijk == D(2026, 2, 28) and rijen["routewijziging"].status is Status.VERSTREKEN
    assert rijen["ontzorgen_3"].uiterlijk == D(2026, 4, 30) and rijen["ontzorgen_3"].status is Status.VERSTREKEN
    assert rijen["ontzorgen_6"].uiterlijk == D(2026, 7, 31) and rijen["ontzorgen_6"].status is Status.VERSTREKEN
    ib.start_ontzorgen = D(2026, 8, 1)                                   # evaluation due 31-10, minimum to 31-01
    rijen = per_sleutel(ib)
    assert rijen["ontzorgen_3"].status is Status.VERSTREKEN and rijen["ontzorgen_6"].status is Status.OPEN


GELOPEN = dict(koppeling=D(2022, 10, 3), brp_inschrijving=D(2022, 11, 1), intake_start=D(2022, 10, 20),
               leerbaarheidstoets=D(2022, 12, 1), pip_dagtekening=D(2023, 1, 9))   # the termijn ended 09-01-2026


def test_after_the_plicht_ends_nothing_turns_red():
    ib = Inburgeraar(**GELOPEN, laatste_voortgangsgesprek=D(2025, 3, 1))
    rijen = per_sleutel(ib)
    assert rijen["inburgeringstermijn"].uiterlijk == D(2026, 1, 9)
    assert rijen["voortgangsgesprek"].uiterlijk == D(2025, 7, 1)
    assert {rijen[k].status for k in ("inburgeringstermijn", "voortgangsgesprek", "pvt")} == {Status.TE_LAAT}
    rijen = per_sleutel(dataclasses.replace(ib, plicht_voldaan=D(2026, 2, 2)))
    assert rijen["inburgeringstermijn"].status is Status.TE_LAAT_GEREED
    assert rijen["voortgangsgesprek"].status is Status.VERVALLEN and rijen["pvt"].status is Status.VERVALLEN
    assert dringendste(list(rijen.values())) is None
    rijen = per_sleutel(dataclasses.replace(ib, ontheffing=D(2025, 12, 1)))
    assert {rijen[k].status for k in ("inburgeringstermijn", "voortgangsgesprek", "pvt")} == {Status.VERVALLEN}
    assert rijen["intake"].status is Status.GEREED                        # what was done stays done
    assert dringendste(list(rijen.values())) is None


def test_a_partial_ontheffing_leaves_the_plicht_and_its_termijn():
    # Wet inburgering 2021 art. 5 lid 1: "geheel of gedeeltelijk"; seed 001: e.g. reading and writing with a visual
    # impairment, while speaking and listening remain
    ib = Inburgeraar(**GELOPEN, laatste_voortgangsgesprek=D(2025, 3, 1), ontheffing=D(2025, 12, 1),
                     ontheffing_omvang="gedeeltelijk", ontheffing_grond="medisch",
                     ontheffing_onderdelen="lezen en schrijven")
    rijen = per_sleutel(ib)
    assert {rijen[k].status for k in ("inburgeringstermijn", "voortgangsgesprek", "pvt")} == {Status.TE_LAAT}
    assert "gedeeltelijke ontheffing op 01-12-2025 (lezen en schrijven)" in rijen["inburgeringstermijn"].bron
    rijen = per_sleutel(dataclasses.replace(ib, ontheffing_omvang="volledig", ontheffing_onderdelen=""))
    assert {rijen[k].status for k in ("inburgeringstermijn", "voortgangsgesprek", "pvt")} == {Status.VERVALLEN}


@pytest.mark.parametrize("velden, sleutels", [
    (dict(ontheffing=D(2025, 12, 1), ontheffing_omvang="volledig", ontheffing_grond="medisch"), []),
    (dict(ontheffing=D(2025, 12, 1), ontheffing_omvang="volledig", ontheffing_grond="bijzondere_omstandigheden"), []),
    (dict(ontheffing=D(2025, 12, 1), ontheffing_omvang="gedeeltelijk", ontheffing_grond="medisch",
          ontheffing_onderdelen="lezen en schrijven"), []),
    (dict(ontheffing=D(2025, 12, 1)), ["ontheffing_omvang", "ontheffing_grond"]),          # a besluit says both
    (dict(ontheffing=D(2025, 12, 1), ontheffing_omvang="gedeeltelijk", ontheffing_grond="medisch"),
     ["ontheffing_onderdelen"]),                                                            # partial: for what
    (dict(ontheffing=D(2025, 12, 1), ontheffing_omvang="gedeeltelijk", ontheffing_grond="bijzondere_omstandigheden",
          ontheffing_onderdelen="lezen"), ["ontheffing_omvang"]),                           # art. 5 lid 2: only full
    (dict(ontheffing_omvang="volledig", ontheffing_grond="medisch"), ["ontheffing"]),      # no besluit without a date
    (dict(ontheffing=D(2025, 12, 1), ontheffing_omvang="volledig", ontheffing_grond="medisch",
          ontheffing_onderdelen="lezen\u202e"), ["ontheffing_onderdelen"]),
])
def test_an_ontheffing_is_recorded_as_a_besluit(velden, sleutels):
    ib = Inburgeraar(voornamen="X", **velden)
    assert [f.sleutel for f in valideer_inburgeraar(ib, VANDAAG)] == sleutels


def test_an_ontheffing_recorded_before_its_scope_was_asked_is_full_as_it_meant():
    ib = Inburgeraar(**GELOPEN, ontheffing=D(2025, 12, 1))
    assert ib.volledig_ontheven and per_sleutel(ib)["inburgeringstermijn"].status is Status.VERVALLEN


def test_a_verlenging_moves_the_end_of_the_termijn_and_the_pvt():
    ib = Inburgeraar(**GELOPEN, termijn_verlengd_tot=D(2027, 1, 9))
    rijen = per_sleutel(ib)
    assert rijen["inburgeringstermijn"].uiterlijk == D(2027, 1, 9) == rijen["pvt"].uiterlijk
    assert rijen["inburgeringstermijn"].status is Status.OPEN and einde_termijn(ib) == D(2027, 1, 9)
    assert rijen["inburgeringstermijn"].vanaf == D(2023, 1, 10)


def test_missing_dates_give_onbekend_never_a_guess():
    alle = termijnen(Inburgeraar(voornamen="X"), VANDAAG)
    assert {t.status for t in alle} == {Status.ONBEKEND}
    assert all(t.uiterlijk is None for t in alle)
    assert dringendste(alle) is None


def test_key_dates_in_the_future_compute_without_crashing():
    # validation refuses them on entry; the functions must still be total (a wrong clock must not crash the caseload)
    ib = Inburgeraar(koppeling=D(2027, 6, 1), pip_dagtekening=D(2027, 7, 1))
    rijen = per_sleutel(ib)
    assert rijen["intake"].status is Status.OPEN
    assert rijen["inburgeringstermijn"].uiterlijk == D(2030, 7, 1)


# -- doelgroepen -------------------------------------------------------------------------------------------------------
SLEUTELDATUMS = dict(koppeling=D(2026, 1, 5), brp_inschrijving=D(2026, 3, 2), vestiging=D(2026, 3, 2),
                     pip_dagtekening=D(2026, 4, 20), start_ontzorgen=D(2026, 3, 2))
NVT = Status.NVT
# (intake due, toets window, route change, ontzorgen evaluation and minimum) by the rule, per doelgroep:
# a statushouder's intake counts from the koppeling (still at the AZC); a nareiziger's, like a migrant's, from the
# inschrijving in the gemeente (seed 002 §2.1); route change and ontzorgen only where the municipality offers them.
STATUSHOUDER_ONTZORGEN = (D(2026, 6, 1), D(2026, 9, 1))


@pytest.mark.parametrize("doelgroep, intake, toets, route, ontzorgen", [
    ("asielstatushouder", D(2026, 3, 5), (D(2026, 3, 2), D(2026, 3, 30)), D(2027, 10, 20), STATUSHOUDER_ONTZORGEN),
    ("nareiziger", D(2026, 5, 2), (D(2026, 4, 27), D(2026, 5, 25)), D(2027, 10, 20), STATUSHOUDER_ONTZORGEN),
    ("gezinsmigrant", D(2026, 5, 2), (D(2026, 4, 27), D(2026, 5, 25)), NVT, (NVT, NVT)),
    ("overige_migrant", D(2026, 5, 2), (D(2026, 4, 27), D(2026, 5, 25)), NVT, (NVT, NVT)),
])
def test_termijnen_per_doelgroep(doelgroep, intake, toets, route, ontzorgen):
    rijen = per_sleutel(Inburgeraar(doelgroep=doelgroep, **SLEUTELDATUMS), D(2026, 5, 1))
    assert rijen["intake"].uiterlijk == intake
    assert (rijen["leerbaarheidstoets"].vanaf, rijen["leerbaarheidstoets"].uiterlijk) == toets
    assert rijen["pip"].uiterlijk == D(2026, 5, 11) and rijen["pip"].status is Status.GEREED
    assert (rijen["inburgeringstermijn"].vanaf, rijen["inburgeringstermijn"].uiterlijk) == (D(2026, 4, 21),
                                                                                            D(2029, 4, 20))
    assert rijen["pvt"].uiterlijk == D(2029, 4, 20)
    for sleutel, verwacht in (("routewijziging", route), ("ontzorgen_3", ontzorgen[0]),
                              ("ontzorgen_6", ontzorgen[1])):
        if verwacht is NVT:
            assert rijen[sleutel].status is NVT, sleutel
        else:
            assert rijen[sleutel].uiterlijk == verwacht and rijen[sleutel].status is Status.OPEN, sleutel


def test_the_caseload_badge_follows_the_doelgroep():
    """On 01-05-2026 with no intake started: the statushouder's intake is two months late, the others' due tomorrow."""
    badge = {d.value: dringendste(termijnen(Inburgeraar(doelgroep=d.value, **SLEUTELDATUMS), D(2026, 5, 1)))
             for d in Doelgroep}
    assert (badge["asielstatushouder"].sleutel, badge["asielstatushouder"].status) == ("intake", Status.TE_LAAT)
    for doelgroep in ("nareiziger", "gezinsmigrant", "overige_migrant"):
        assert (badge[doelgroep].sleutel, badge[doelgroep].status) == ("intake", Status.BINNENKORT)


# -- the municipality's own targets ------------------------------------------------------------------------------------
def test_municipal_targets_are_rows_of_their_own():
    gemeente, fouten = valideer_gemeente({"naam": "HBEL", "doelen": [
        {"stap": "pvt", "maanden": 12, "bron": "Uitvoeringsplan HBEL §1.8"}, {"stap": "pip", "weken": 6}]})
    assert fouten == [] and gemeente.doelen == [Doel("pvt", maanden=12, bron="Uitvoeringsplan HBEL §1.8"),
                                                Doel("pip", weken=6)]
    ib = Inburgeraar(doelgroep="gezinsmigrant", koppeling=D(2024, 2, 29), brp_inschrijving=D(2024, 2, 29),
                     vestiging=D(2024, 2, 29), pip_dagtekening=D(2024, 4, 15))
    rijen = termijnen(ib, D(2025, 2, 20), doelen=tuple(gemeente.doelen))
    wettelijk = {t.sleutel: t for t in rijen if not t.gemeentelijk}
    gemeentelijk = {t.sleutel: t for t in rijen if t.gemeentelijk}
    assert wettelijk["pvt"].uiterlijk == D(2027, 4, 15) and wettelijk["pvt"].status is Status.OPEN
    assert gemeentelijk["gemeente_pvt"].uiterlijk == D(2025, 2, 28)      # year 1 after vestiging: starts 01-03-2024
    assert gemeentelijk["gemeente_pvt"].status is Status.BINNENKORT
    assert gemeentelijk["gemeente_pip"].uiterlijk == D(2024, 4, 11)      # 6 weeks after 29-02-2024
    assert gemeentelijk["gemeente_pip"].status is Status.TE_LAAT_GEREED
    assert wettelijk["pip"].uiterlijk == D(2024, 5, 9) and wettelijk["pip"].status is Status.GEREED
    assert "doel van de gemeente" in gemeentelijk["gemeente_pvt"].bron


def test_the_badge_shows_a_legal_deadline_before_a_municipal_target():
    ib = Inburgeraar(vestiging=D(2024, 2, 29), pip_dagtekening=D(2024, 4, 15), laatste_voortgangsgesprek=D(2025, 1, 5))
    rijen = termijnen(ib, D(2025, 4, 30), doelen=(Doel("pvt", maanden=12),))
    assert [t.status for t in rijen if t.gemeentelijk] == [Status.TE_LAAT]   # 28-02-2025
    assert dringendste(rijen).sleutel == "voortgangsgesprek"               # 05-05-2025, due soon, legal


@pytest.mark.parametrize("doelen, melding", [
    ({"stap": "examen", "weken": 6}, "stap 'examen' bestaat niet"),
    ({"stap": "pip"}, "in 'weken' of in 'maanden'"),
    ({"stap": "pip", "weken": 6, "maanden": 2}, "in 'weken' of in 'maanden'"),
    ({"stap": "pip", "weken": "zes"}, "één geheel getal"),
    ({"stap": "pip", "dagen": 40}, "onbekende velden dagen"),
])
def test_a_wrong_target_says_what_to_write(doelen, melding):
    gemeente, fouten = valideer_gemeente({"naam": "X", "doelen": [doelen]})
    assert gemeente.doelen == [] and melding in str(fouten[0])


# -- the end of the plicht on the record -------------------------------------------------------------------------------
def test_plicht_fields_are_checked():
    ib = Inburgeraar(voornamen="X", pip_dagtekening=D(2024, 4, 15), termijn_verlengd_tot=D(2027, 4, 15))
    assert [f.veld for f in valideer_inburgeraar(ib, VANDAAG)] == ["Termijn verlengd tot"]   # the regular last day
    ib.termijn_verlengd_tot = D(2027, 10, 15)                                                # ahead: allowed
    assert valideer_inburgeraar(ib, VANDAAG) == []
    ib.pip_dagtekening = None
    assert "vul eerst de PIP-dagtekening in" in str(valideer_inburgeraar(ib, VANDAAG)[0])
    ib = Inburgeraar(voornamen="X", plicht_voldaan=D(2026, 12, 1))
    assert [f.veld for f in valideer_inburgeraar(ib, VANDAAG)] == ["Inburgeringsplicht voldaan"]   # in the future
