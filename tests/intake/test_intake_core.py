"""The intake against a real encrypted store: autosave, storage split, completion check, key dates, concept PIP."""
import datetime as dt

import pytest

from desktop_app.core.intake import ENTITY, ENTITY_BIJZONDER, Intake
from desktop_app.core.model import Inburgeraar
from desktop_app.core.pip import ConceptPIP, controleer_pip, maak_concept_pip
from desktop_app.core.validation import Ongeldig
from desktop_app.diensten import Diensten, GeenToegang
from desktop_app.forms.register import laad_map

VANDAAG = dt.date(2026, 11, 22)


@pytest.fixture
def persoon(store):
    ib = Inburgeraar(voornamen="Amal", achternaam="Haddad", naam_eigen_schrift="أمل حداد",
                     geboortedatum=dt.date(1990, 5, 1), koppeling=dt.date(2026, 9, 1),
                     brp_inschrijving=dt.date(2026, 9, 3))
    store.save(ib)
    return ib


def intakes(store):
    """The intake service of this store, on the test's fixed day."""
    return Diensten(store, vandaag=VANDAAG, formulieren=laad_map()).intake


@pytest.fixture
def opslag(store):
    return intakes(store)


def vul_alles_in(intake: Intake, behalve: set[str] = frozenset()) -> None:
    """Answer every required question, so tests can remove exactly what they want to see reported."""
    d = intake.definitie
    intake.zet("gesprekken.gesprekken", [{"datum": "2026-10-01", "tolk": True, "tolk_taal": "Arabisch"}])
    waarden = {"keuze": lambda v: v.optiewaarden[0], "janee": lambda v: False, "zrm": lambda v: 4,
               "getal": lambda v: 10, "tekst": lambda v: "Arabisch", "lange_tekst": lambda v: "Werken in de zorg.",
               "meerkeuze": lambda v: v.optiewaarden[:1], "datum": lambda v: "2026-10-01"}
    for vraag in d.vragen():
        if vraag.verplicht and vraag.pad not in behalve and vraag.type in waarden and intake.relevant(vraag):
            intake.zet(vraag.pad, waarden[vraag.type](vraag))
    for sectie in d.domeinen:
        if f"{sectie.id}.status" not in behalve:
            intake.zet(f"{sectie.id}.status", "besproken")


def test_completion_check_lists_exactly_what_is_missing(opslag, persoon):
    intake = opslag.laad(persoon.id)
    vul_alles_in(intake, behalve={"taalniveau.moedertaal", "gezinssituatie.kinderopvang"})
    intake.zet("motivatie.status", "niet_besproken")
    intake.zet("leerbaarheid.toets_uitkomst", "vrijgesteld")            # makes vrijstelling_reden required
    intake.zet("gesprekken.gesprekken", [{"datum": "2026-10-01", "tolk": True}])   # interpreter without language
    ontbrekend = [o.tekst for o in intake.ontbrekend()]
    assert ontbrekend == [
        "Gesprekken: Gesprekken van de brede intake 1: Taal van de tolk is niet ingevuld",
        "1. Leerbaarheid: Reden vrijstelling is niet ingevuld",
        "6. Taalniveau: Moedertaal is niet ingevuld",
        "7. Motivatie: het domein is niet besproken",
        "10. Gezinssituatie: Kinderopvang nodig als voorwaarde voor de leerroute is niet ingevuld",
    ]
    assert not intake.samenvatting().kan_afsluiten
    intake.zet("leerbaarheid.vrijstelling_reden", "visueel")
    intake.zet("taalniveau.moedertaal", "Arabisch")
    intake.zet("motivatie.status", "vervolg_nodig")
    intake.zet("gezinssituatie.kinderopvang", True)
    intake.zet("gesprekken.gesprekken", [{"datum": "2026-10-01", "tolk": True, "tolk_taal": "Arabisch"}])
    samenvatting = intake.samenvatting()
    assert samenvatting.kan_afsluiten and intake.ontbrekend() == []
    assert "7. Motivatie: vervolg nodig" in samenvatting.open_punten


def test_progress_per_domain(opslag, persoon):
    intake = opslag.laad(persoon.id)
    assert intake.voortgang("leerbaarheid").kleur == "leeg"
    assert intake.voortgang("leerbaarheid").tekst == "0/3"          # uitkomst, zrm, status
    intake.zet("leerbaarheid.toets_uitkomst", "vrijgesteld")
    v = intake.voortgang("leerbaarheid")
    assert (v.beantwoord, v.totaal, v.kleur) == (1, 4, "bezig")      # vrijstelling_reden now applies
    intake.zet("leerbaarheid.vrijstelling_reden", "auditief")
    intake.zet("leerbaarheid.zrm", 3)
    intake.zet("leerbaarheid.status", "besproken")
    assert intake.voortgang("leerbaarheid").kleur == "compleet"
    intake.zet("leerbaarheid.status", "vervolg_nodig")
    assert intake.voortgang("leerbaarheid").kleur == "vervolg"


def test_autosave_writes_one_field_with_audit_and_keeps_health_answers_apart(store, opslag, persoon):
    intake = opslag.laad(persoon.id)
    opslag.zet(intake, "taalniveau.moedertaal", "  Tigrinya ")
    opslag.zet(intake, "mentale_gezondheid.signalen", ["slaap", "stress"])
    gewoon = store.get(ENTITY, persoon.id)
    bijzonder = store.get(ENTITY_BIJZONDER, persoon.id)
    assert gewoon["taalniveau.moedertaal"] == "Tigrinya"
    assert (gewoon["inburgeraar_id"], gewoon["form_id"], gewoon["form_version"]) == (persoon.id, "brede_intake", 2)
    assert not any(k.startswith("mentale_gezondheid") for k in gewoon)
    assert bijzonder["mentale_gezondheid.signalen"] == ["stress", "slaap"]     # definition order
    assert bijzonder["inburgeraar_id"] == persoon.id and bijzonder["form_version"] == 2
    trail = store.audit_trail(ENTITY, persoon.id)
    assert any(r["field"] == "taalniveau.moedertaal" and r["new"] == "Tigrinya" for r in trail)
    # reopening gives the same answers
    opnieuw = intakes(store).laad(persoon.id)
    assert opnieuw.waarde("mentale_gezondheid.signalen") == ["stress", "slaap"]
    # clearing an answer stores null and it is gone after reopening
    opslag.zet(intake, "taalniveau.moedertaal", "")
    assert store.get(ENTITY, persoon.id)["taalniveau.moedertaal"] is None
    assert opslag.laad(persoon.id).waarde("taalniveau.moedertaal") is None


@pytest.mark.parametrize("pad,waarde,reden", [
    ("gezinssituatie.partner_v_nummer", "12345", "V-nummer: heeft 10 cijfers, dit zijn er 5."),
    ("gezinssituatie.kinderen", [{"voornaam": "Noor", "geboortedatum": "2027-01-01"}],
     "Een geboortedatum kan niet in de toekomst liggen"),
    ("werknemersvaardigheden.belastbaarheid_uren", 45, "niet realistisch"),
    ("werknemersvaardigheden.belastbaarheid_uren", 99, "vul een getal van 0 tot en met 60 in"),
    ("leerbaarheid.toets_uitkomst", "misschien", "kies uit B1 haalbaar"),
    ("leerbaarheid.toets_afgenomen", "2027-03-01", "ligt in de toekomst"),
    ("leerbaarheid.zrm", 7, "score van 1"),
])
def test_bad_input_is_refused_with_the_reason_and_nothing_changes(store, opslag, persoon, pad, waarde, reden):
    intake = opslag.laad(persoon.id)
    with pytest.raises(Ongeldig) as info:
        opslag.zet(intake, pad, waarde)
    assert reden in str(info.value)
    assert intake.waarde(pad) is None
    assert store.get(ENTITY, persoon.id) is None


def test_valid_partner_v_nummer_is_normalised(opslag, persoon):
    intake = opslag.laad(persoon.id)
    opslag.zet(intake, "gezinssituatie.partner_v_nummer", "12.345.678-90")
    assert intake.waarde("gezinssituatie.partner_v_nummer") == "1234567890"


def test_key_dates_follow_the_intake(store, opslag, persoon):
    intake = opslag.laad(persoon.id)
    opslag.zet(intake, "gesprekken.gesprekken", [{"datum": "2026-10-05"}, {"datum": "2026-10-01"}])
    opslag.zet(intake, "leerbaarheid.toets_afgenomen", "2026-11-02")
    ib = store.load(Inburgeraar, persoon.id)
    assert ib.intake_start == dt.date(2026, 10, 1) and ib.leerbaarheidstoets == dt.date(2026, 11, 2)
    # intake_start is only set the first time
    opslag.zet(intake, "gesprekken.gesprekken", [{"datum": "2026-09-20"}])
    assert store.load(Inburgeraar, persoon.id).intake_start == dt.date(2026, 10, 1)
    # a test "taken" before the person was born is refused by the same rules as the person's own form
    with pytest.raises(Ongeldig) as info:
        opslag.zet(intake, "leerbaarheid.toets_afgenomen", "1980-01-01")
    assert "voor de geboortedatum" in str(info.value)
    assert intake.waarde("leerbaarheid.toets_afgenomen") == "2026-11-02"
    assert store.load(Inburgeraar, persoon.id).leerbaarheidstoets == dt.date(2026, 11, 2)


def test_docent_store_has_no_intake(docent_store):
    with pytest.raises(GeenToegang):
        intakes(docent_store).laad("iemand")


def test_relevance_vve_only_for_young_children(opslag, persoon):
    intake = opslag.laad(persoon.id)
    kinderen = intake.definitie.vraag("gezinssituatie.kinderen")
    vve = next(v for v in kinderen.vragen if v.id == "vve")
    assert intake.relevant(vve, {"geboortedatum": "2024-03-01"})
    assert not intake.relevant(vve, {"geboortedatum": "2015-03-01"})
    onderwijs = intake.definitie.vraag("opleiding.onderwijsroute")
    assert not intake.relevant(onderwijs)                          # 36 years old
    intake.persoon["leeftijd"] = 24
    assert intake.relevant(onderwijs)


def _trajectadvies(store, ib_id, route="b1_route", override=None):
    store.put("trajectadvies", ib_id, {"inburgeraar_id": ib_id, "route": route, "route_label": route,
                                       "totaal": 71, "voorlopig": False, "redenen": ["snel van begrip"],
                                       "instrument": "TOVII-stijl v1", "override_route": override,
                                       "override_reden": "", "argumentatie": "Zes weken geobserveerd."})


def test_concept_pip_contains_the_chosen_leerroute(store, opslag, persoon):
    intake = opslag.laad(persoon.id)
    vul_alles_in(intake)
    intake.zet("leerbaarheid.toets_uitkomst", "b1_niet_haalbaar")
    intake.zet("zelfredzaamheid.ontzorgen", True)
    intake.zet("gezinssituatie.kinderopvang", True)
    intake.zet("opleiding.pip_voorstel", "Diplomawaardering aanvragen bij IDW.")
    # without a startklas advice: the test decides
    pip = maak_concept_pip(persoon, intake.antwoorden, opslag.trajectadvies(persoon.id), VANDAAG)
    assert (pip.leerroute, pip.leerroute_label, pip.leerroute_bron) == ("z_route", "Z-route", "leerbaarheidstoets")
    assert pip.participatie_uren == 800 and pip.ontzorgen and pip.ontzorgen_maanden == 6 and pip.kinderopvang_nodig
    assert {"domein": "opleiding", "domein_label": "opleiding", "tekst": "Diplomawaardering aanvragen bij IDW.",
            "bijzonder": False} in pip.afspraken
    assert {t["sleutel"] for t in pip.termijnen} >= {"intake", "pip", "leerbaarheidstoets"}
    # the startklas advised B1 and the consultant overrode it to fast B1: that route goes in, with argumentation
    _trajectadvies(store, persoon.id, "b1_route", override="b1_snel")
    pip = maak_concept_pip(persoon, intake.antwoorden, opslag.trajectadvies(persoon.id), VANDAAG)
    assert pip.leerroute == "b1_snel" and pip.leerroute_label == "B1-route snel/intensief"
    assert "Zes weken geobserveerd." in pip.afwijking_argumentatie
    assert controleer_pip(pip, persoon, VANDAAG) == []
    pip.afwijking_argumentatie = ""
    assert "wijkt af van de leerbaarheidstoets" in str(controleer_pip(pip, persoon, VANDAAG)[0])
    store.save(pip)
    terug = store.load(ConceptPIP, persoon.id)
    assert terug.leerroute == "b1_snel" and terug.inburgeraar_id == persoon.id and terug.opgesteld_op == VANDAAG


def test_pip_before_koppeling_is_refused(persoon):
    pip = ConceptPIP(inburgeraar_id=persoon.id, dagtekening=dt.date(2026, 8, 1))
    fouten = controleer_pip(pip, persoon, VANDAAG)
    assert [f.veld for f in fouten] == ["PIP-dagtekening"]
    assert "ligt voor de koppeling aan de gemeente (01-09-2026)" in fouten[0].melding


def test_pip_with_dagtekening_fills_period_and_voortgangsgesprekken(persoon):
    persoon.pip_dagtekening = dt.date(2026, 11, 10)
    pip = maak_concept_pip(persoon, {}, None, VANDAAG)
    assert pip.periode_start == dt.date(2026, 11, 11) and pip.periode_einde == dt.date(2029, 11, 10)
    # each the last day of 4 months, counted from the day after the one before (DOMAIN.md "Counting periods")
    assert pip.voortgangsgesprekken[:2] == ["2027-03-10", "2027-07-10"] and len(pip.voortgangsgesprekken) == 9
    assert pip.voortgangsgesprekken[-1] == "2029-11-10"       # the termijn's last day
