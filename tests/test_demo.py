"""`koers demo` as a newcomer runs it, checked through the store and the app's own code: every module has something
to show (intakes in each state, PIPs, contacts, the startklas advice), the caseload is a realistic mix, and the demo
people print."""
import contextlib
import dataclasses
import datetime as dt
import io
import subprocess
from collections import Counter

import pytest

from desktop_app import cli
from desktop_app.core.demo import (COMPLEET, GESTART, HALF, demo_antwoorden, demo_contacten, demo_mensen,
                                   doelstatus)
from desktop_app.core.instellingen import Instellingen
from desktop_app.core.intake import ENTITY, ENTITY_BIJZONDER
from desktop_app.core.model import ContactRol, Contactpersoon, Doelgroep, Inburgeraar, valideer_inburgeraar
from desktop_app.core.observatie import Eindscore, Plaatsing, eindscore_id
from desktop_app.core.pip import ConceptPIP, controleer_pip
from desktop_app.core.termijnen import Status, dringendste, termijnen
from desktop_app.diensten import Diensten
from desktop_app.store.store import Store
from koers_protocol.sync import DOCENT_INBURGERAAR_VELDEN

PASSPHRASE = "lange geheime zin voor de demo"
ARABISCH = range(0x0600, 0x0700)
ETHIOPISCH = range(0x1200, 0x1380)


def koers(*args) -> int:
    return cli.main([str(a) for a in args])


def status_in_caseload(ib: Inburgeraar, vandaag: dt.date) -> Status:
    """What the caseload's badge shows (gui/caseload.py): the most urgent deadline, or nothing when all is on time."""
    termijn = dringendste(termijnen(ib, vandaag, Instellingen().voortgang_interval_maanden))
    return termijn.status if termijn else Status.OPEN


def assert_realistic_mix(statussen: list[Status]) -> None:
    telling, n = Counter(statussen), len(statussen)
    assert telling[Status.OPEN] >= 0.6 * n, telling
    assert telling[Status.BINNENKORT] >= 1, telling
    assert 1 <= telling[Status.TE_LAAT] <= 0.15 * n, telling


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One `koers demo --clients 40` into a new store, as the README tells a newcomer to run it:
    (store directory, store arguments for further commands, what it printed)."""
    map_ = tmp_path_factory.mktemp("demo")
    (map_ / "pw").write_text(PASSPHRASE + "\n")
    args = ["--store", map_ / "s", "--passphrase-file", map_ / "pw"]
    uit = io.StringIO()
    with contextlib.redirect_stdout(uit):
        assert koers("demo", *args, "--clients", 40) == 0
    return map_ / "s", args, uit.getvalue()


@pytest.fixture
def store(demo):
    s = Store.open(demo[0], PASSPHRASE)
    yield s
    s.close()


@pytest.fixture
def intakes(store):
    """(person, loaded intake) for everyone with an intake, loaded as the intake tab loads it."""
    intakes = Diensten(store).intake
    return [(ib, intakes.laad(ib.id)) for ib in store.load_all(Inburgeraar) if store.get(ENTITY, ib.id)]


def vrije_tekst(waarde) -> str:
    if isinstance(waarde, str):
        return waarde
    if isinstance(waarde, list):
        return " ".join(vrije_tekst(w) for w in waarde)
    if isinstance(waarde, dict):
        return " ".join(vrije_tekst(w) for w in waarde.values())
    return ""


def test_summary_says_what_was_made(demo):
    uitvoer = demo[2]
    assert "40 fictieve inburgeraars toegevoegd" in uitvoer
    for woorden in ("gestart", "half", "compleet", "concept", "vastgesteld", "klantmanager",
                    "maatschappelijk begeleider", "taalschool", "eindscores en trajectadvies", " open,",
                    "binnenkort", "te laat"):
        assert woorden in uitvoer


def test_intakes_in_every_state_load_cleanly_through_the_form_engine(intakes):
    assert len(intakes) >= 20
    stand = Counter()
    for ib, intake in intakes:
        assert intake.fouten() == {}, ib.naam
        assert intake.gearchiveerd == [] and intake.wijzigingen == [], ib.naam
        niet_van_toepassing = [pad for pad in intake.antwoorden if not intake.relevant(intake.definitie.vraag(pad))]
        for groep in (v for v in intake.definitie.vragen() if v.type == "herhaling"):
            niet_van_toepassing += [f"{groep.pad}.{sub.id}" for rij in intake.rijen(groep.pad) for sub in groep.vragen
                                    if rij.get(sub.id) is not None and not intake.relevant(sub, rij)]
        assert niet_van_toepassing == [], ib.naam
        # the key dates on the person are the ones the intake determines (the intake service's _sleuteldatums)
        assert ib.intake_start == intake.startdatum() and ib.leerbaarheidstoets == intake.toets_afgenomen()
        gesprekken = len(intake.rijen("gesprekken.gesprekken"))
        domeinen = [s for s in intake.definitie.domeinen if intake.voortgang(s.id).kleur != "leeg"]
        if gesprekken == 1 and len(intake.antwoorden) == 1:
            stand[GESTART] += 1
        elif intake.samenvatting().kan_afsluiten:
            stand[COMPLEET] += 1
        else:
            assert 0 < len(domeinen) < 14
            stand[HALF] += 1
    assert stand[GESTART] and stand[HALF] and stand[COMPLEET], stand


def test_a_complete_intake_has_all_14_domains_and_the_legally_required_topics(intakes):
    compleet = [(ib, i) for ib, i in intakes if i.samenvatting().kan_afsluiten]
    assert compleet
    for ib, intake in compleet:
        statussen = {s.nummer: intake.voortgang(s.id).status for s in intake.definitie.domeinen}
        assert sorted(statussen) == list(range(1, 15)) and all(statussen.values()), ib.naam
        assert intake.ontbrekend() == []
        for pad in ("opleiding.opleidingen", "werkervaring.banen", "taalniveau.niveau_nederlands",
                    "werknemersvaardigheden.belastbaarheid_uren", "praktische_competenties.vakmanschap",
                    "zelfredzaamheid.geldzaken", "zelfredzaamheid.vervoer", "digitaal.digid",
                    "gezinssituatie.huishouden", "fysieke_gezondheid.huisarts", "mentale_gezondheid.signalen",
                    "sociaal_netwerk.contacten_nl", "rechten_plichten.uitgelegd", "motivatie.verwachtingen",
                    "gesprekken.partner_apart", "warme_overdracht.gehouden"):
            assert intake.waarde(pad) not in (None, "", []), (ib.naam, pad)
        assert intake.rijen("opleiding.opleidingen")[0]["land"], "education in the country of origin"
        assert len(intake.rijen("gesprekken.gesprekken")) == 3
        for kind in intake.rijen("gezinssituatie.kinderen"):
            vve = next(v for v in intake.definitie.vraag("gezinssituatie.kinderen").vragen if v.id == "vve")
            if intake.relevant(vve, kind):
                assert kind.get("vve"), "young children: voorschoolse educatie discussed"
    kinderen = [i for _, i in compleet if i.rijen("gezinssituatie.kinderen")]
    talen = [i for _, i in compleet if i.rijen("taalniveau.talen")]
    assert kinderen and talen, "every repeat group has rows somewhere"


def test_health_answers_stay_in_their_own_record(store, intakes):
    compleet = [ib for ib, i in intakes if i.samenvatting().kan_afsluiten]
    for ib in compleet:
        gewoon, bijzonder = store.get(ENTITY, ib.id), store.get(ENTITY_BIJZONDER, ib.id)
        assert "mentale_gezondheid.signalen" in bijzonder and "mentale_gezondheid.signalen" not in gewoon


def test_arabic_and_tigrinya_free_text_next_to_dutch_notes(intakes):
    tekst = {taal: " ".join(vrije_tekst(v) for ib, i in intakes if ib.taal == taal for v in i.antwoorden.values())
             for taal in ("ar", "ti")}
    assert any(ord(c) in ARABISCH for c in tekst["ar"])
    assert any(ord(c) in ETHIOPISCH for c in tekst["ti"])
    assert "In eigen woorden" in tekst["ar"] and "In eigen woorden" in tekst["ti"]


def test_concept_and_vastgesteld_pips_as_the_pip_tab_stores_them(store):
    pips = {ib.id: (ib, store.load(ConceptPIP, ib.id)) for ib in store.load_all(Inburgeraar)}
    pips = {k: v for k, v in pips.items() if v[1] is not None}
    statussen = Counter(p.status for _, p in pips.values())
    assert statussen["concept"] and statussen["vastgesteld"], statussen
    for ib, pip in pips.values():
        assert pip.leerroute and pip.afspraken and pip.termijnen, ib.naam
        assert controleer_pip(pip, ib, dt.date.today()) == [], ib.naam
        assert pip.ontzorgen == (ib.doelgroep in ("asielstatushouder", "nareiziger")), ib.naam
        if pip.status == "vastgesteld":
            # the PIP's number of voortgangsgesprekken is on the person: the caseload counts with it
            assert ib.voortgangsgesprekken_per_jaar == pip.voortgangsgesprekken_per_jaar, ib.naam
            assert pip.dagtekening == ib.pip_dagtekening and pip.periode_start == ib.pip_dagtekening + \
                dt.timedelta(days=1)
            assert store.get(ENTITY, ib.id)["afgesloten_op"] < pip.dagtekening.isoformat(), "intake closed first"
        else:
            assert pip.dagtekening is None and ib.pip_dagtekening is None


def test_contacts_of_every_role_with_fictional_addresses(store):
    contacten = store.load_all(Contactpersoon)
    rollen = {c.rol for c in contacten}
    assert {ContactRol.KLANTMANAGER, ContactRol.MAATSCHAPPELIJK_BEGELEIDER, ContactRol.TAALSCHOOL} <= rollen
    assert all(c.email.endswith(".example.nl") for c in contacten)
    assert len({c.naam for c in contacten if c.rol == ContactRol.MAATSCHAPPELIJK_BEGELEIDER}) > 1, "varied"
    assert len({c.organisatie for c in contacten if c.rol == ContactRol.TAALSCHOOL}) > 1, "varied"


def test_startklas_cursisten_have_final_scores_and_a_trajectadvies(store):
    plaatsingen = store.load_all(Plaatsing)
    assert plaatsingen
    for p in plaatsingen:
        eind = store.load(Eindscore, eindscore_id(p.groep_id, p.inburgeraar_id))
        assert eind and eind.scores and eind.vastgesteld_door, p.inburgeraar_id
        advies = store.get("trajectadvies", p.inburgeraar_id)
        assert advies["route"] and advies["redenen"]
        assert not advies["wijkt_af_van_toets"] or advies["argumentatie"], "a deviation is argued in writing"


def test_every_doelgroep_with_dates_true_to_it(store, intakes):
    mensen = store.load_all(Inburgeraar)
    assert {ib.doelgroep for ib in mensen} == {d.value for d in Doelgroep}
    vandaag = dt.date.today()
    for ib in mensen:
        assert valideer_inburgeraar(ib, vandaag) == [], ib.naam
        if ib.doelgroep in ("gezinsmigrant", "overige_migrant"):
            assert ib.start_ontzorgen is None, "financieel ontzorgen is for statushouders only"
            assert ib.koppeling == ib.brp_inschrijving, "the intake counts from the inschrijving in the gemeente"
    for ib, intake in intakes:
        if intake.waarde("warme_overdracht.gehouden") is not None:
            assert intake.waarde("warme_overdracht.gehouden") == (ib.doelgroep == "asielstatushouder"), ib.naam
        if intake.waarde("zelfredzaamheid.ontzorgen") is not None:
            assert intake.waarde("zelfredzaamheid.ontzorgen") == (ib.doelgroep in ("asielstatushouder",
                                                                                   "nareiziger"))


def test_long_names_in_two_scripts_and_a_long_address(store):
    mensen = store.load_all(Inburgeraar)
    assert any(len(ib.naam) >= 40 and any(ord(c) in ARABISCH for c in ib.naam_eigen_schrift) for ib in mensen)
    assert any(len(ib.naam_eigen_schrift) >= 40 for ib in mensen)
    assert any(len(ib.naam) >= 40 and any(ord(c) in ETHIOPISCH for c in ib.naam_eigen_schrift) for ib in mensen)
    assert max(len(ib.adres) for ib in mensen) == 80


def test_the_caseload_is_a_realistic_mix(store):
    vandaag = dt.date.today()
    assert_realistic_mix([status_in_caseload(ib, vandaag) for ib in store.load_all(Inburgeraar)])


@pytest.mark.parametrize("aantal", [7, 12, 25, 97, 1000])
def test_the_mix_holds_for_other_sizes(aantal):
    vandaag = dt.date.today()
    assert_realistic_mix([status_in_caseload(m.inburgeraar, vandaag) for m in demo_mensen(aantal, vandaag, aantal)])


def test_each_person_gets_the_status_planned_on_any_day_of_the_year():
    """The dates are counted back from today: any today gives the planned row (checked for a year, two seeds)."""
    for dag in range(366):
        vandaag = dt.date(2027, 1, 1) + dt.timedelta(days=dag)
        for mens in demo_mensen(20, vandaag, seed=dag % 2):
            assert status_in_caseload(mens.inburgeraar, vandaag) is doelstatus(mens.nr), (vandaag, mens.nr)


def test_the_same_seed_makes_the_same_people():
    vandaag = dt.date.today()

    def zonder_ids(mensen):
        return [({**m.inburgeraar.to_fields()}, m.fase, m.intake, demo_antwoorden(m, vandaag),
                 [dataclasses.replace(c, id="", inburgeraar_id="") for c in demo_contacten(m.inburgeraar)])
                for m in mensen]

    assert zonder_ids(demo_mensen(30, vandaag, 5)) == zonder_ids(demo_mensen(30, vandaag, 5))
    assert zonder_ids(demo_mensen(30, vandaag, 5)) != zonder_ids(demo_mensen(30, vandaag, 6))


def test_a_small_demo_shows_every_step_and_a_second_run_adds_other_people():
    vandaag = dt.date.today()
    acht = demo_mensen(8, vandaag, seed=0)
    assert {m.fase for m in acht} == {"gekoppeld", "intake", "pip_concept", "termijn"}
    assert {m.intake for m in acht} == {"", GESTART, HALF, COMPLEET} and any(m.startklas for m in acht)
    volgende = demo_mensen(8, vandaag, seed=8, eerste=8)
    assert not {m.inburgeraar.naam for m in acht} & {m.inburgeraar.naam for m in volgende}


def pdftekst(pad) -> str:
    return subprocess.run(["pdftotext", str(pad), "-"], capture_output=True, text=True, check=True).stdout


def test_pip_and_observatieverslag_print_for_demo_people(store, demo, tmp_path):
    concept = next(ib for ib in store.load_all(Inburgeraar)
                   if (store.get("pip", ib.id) or {}).get("status") == "concept")
    cursist = store.load(Inburgeraar, store.load_all(Plaatsing)[0].inburgeraar_id)
    pip, advies = store.load(ConceptPIP, concept.id), store.get("trajectadvies", cursist.id)
    store.close()
    assert koers("print", "pip", *demo[1], "--client", concept.id, "--out", tmp_path / "pip.pdf") == 0
    tekst = pdftekst(tmp_path / "pip.pdf")
    assert "Plan Inburgering en Participatie" in tekst and "CONCEPT" in tekst
    assert concept.achternaam in tekst and pip.leerroute_label in tekst and pip.afspraken[0]["tekst"][:30] in \
        " ".join(tekst.split())
    assert koers("print", "observatie", *demo[1], "--client", cursist.id, "--out", tmp_path / "obs.pdf") == 0
    tekst = pdftekst(tmp_path / "obs.pdf")
    assert "Observatieverslag startklas" in tekst and cursist.achternaam in tekst
    assert advies["route_label"] in tekst and "Eindscores per aspect" in tekst


def test_demo_on_a_docent_store_makes_only_what_a_docent_has(docent_store, passphrase, tmp_path, capsys):
    docent_store.close()
    (tmp_path / "pw").write_text(passphrase + "\n")
    assert koers("demo", "--store", docent_store.directory, "--passphrase-file", tmp_path / "pw", "--clients", 40) == 0
    assert "cursisten" in capsys.readouterr().out
    s = Store.open(docent_store.directory, passphrase)
    try:
        aantallen = s.aantallen()
        for entity in ("intake", "intake_bijzonder", "pip", "contactpersoon", "trajectadvies"):
            assert entity not in aantallen
        mensen = s.load_all(Inburgeraar)
        assert 0 < len(mensen) <= 12
        assert all(set(s.get("inburgeraar", ib.id)) <= set(DOCENT_INBURGERAAR_VELDEN) for ib in mensen)
        plaatsingen = s.load_all(Plaatsing)
        assert {p.inburgeraar_id for p in plaatsingen} == {ib.id for ib in mensen}
        assert all(s.load(Eindscore, eindscore_id(p.groep_id, p.inburgeraar_id)).scores for p in plaatsingen)
        assert {g["docenten"][0] for _, g in s.all("startklasgroep")} == {"J. Bakker"}
        assert aantallen["observatiemoment"] > len(plaatsingen)
    finally:
        s.close()
