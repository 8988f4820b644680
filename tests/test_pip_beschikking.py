"""The PIP is a beschikking (issue 14 §4): vaststellen is an explicit, audited act that needs the completion checks and
freezes that version; a change is a new version with its reason; earlier versions stay readable and printable; the
inburgeringstermijn stays anchored on the first vastgesteld PIP (Wet inburgering 2021 art. 11 lid 3); the partner's
PIP and the children's vve show on both PIPs."""
from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess

import pytest

from desktop_app.core.model import Inburgeraar
from desktop_app.core.validation import Geweigerd, Ongeldig
from desktop_app.diensten import Diensten
from desktop_app.printing.documenten import PrintOpties

VANDAAG = dt.date(2026, 11, 22)


@pytest.fixture
def d(store) -> Diensten:
    return Diensten(store, vandaag=VANDAAG)


@pytest.fixture
def persoon(d) -> Inburgeraar:
    ib = Inburgeraar(voornamen="Yonas", achternaam="Gebremedhin", geboortedatum=dt.date(1992, 2, 29),
                     v_nummer="1234567890", koppeling=dt.date(2026, 8, 1), brp_inschrijving=dt.date(2026, 8, 3))
    d.inburgeraars.bewaar(ib)
    intake = d.intake.laad(ib.id)
    d.intake.zet(intake, "leerbaarheid.toets_uitkomst", "b1_haalbaar")
    d.pip.stel_op(ib.id)
    return ib


def _tekst(pdf: bytes, tmp_path) -> str:
    pad = tmp_path / "pip.pdf"
    pad.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", str(pad), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_vaststellen_is_an_act_with_its_checks_and_freezes_the_version(d, store, persoon):
    d.pip.wijzig(persoon.id, "leerroute", "z_route")          # deviates from the toets (B1 haalbaar)
    with pytest.raises(Geweigerd) as fout:
        d.pip.vaststellen(persoon.id, dt.date(2026, 10, 6))
    assert "wijkt af van de leerbaarheidstoets" in str(fout.value)
    assert d.pip.lees(persoon.id).status == "concept" and store.load(Inburgeraar, persoon.id).pip_dagtekening is None
    with pytest.raises(Geweigerd, match="ligt in de toekomst"):
        d.pip.vaststellen(persoon.id, VANDAAG + dt.timedelta(days=1))

    d.pip.wijzig(persoon.id, "afwijking_argumentatie", "Analfabeet in eigen schrift; eerst alfabetisering.")
    wijzigingen = d.pip.vaststellen(persoon.id, dt.date(2026, 10, 6))
    assert ("pip", persoon.id) in wijzigingen.records and ("inburgeraar", persoon.id) in wijzigingen.records
    pip = d.pip.lees(persoon.id)
    assert (pip.status, pip.versie, pip.dagtekening, pip.vastgesteld_door) == (
        "vastgesteld", 1, dt.date(2026, 10, 6), "K. de Vries")
    assert store.load(Inburgeraar, persoon.id).pip_dagtekening == dt.date(2026, 10, 6)
    assert (pip.periode_start, pip.periode_einde) == (dt.date(2026, 10, 7), dt.date(2029, 10, 6))
    audit = [r for r in store.audit_trail("pip", persoon.id) if r["field"] == "status"]
    assert audit[-1]["new"] == "vastgesteld" and audit[-1]["user"] == "K. de Vries"
    assert "versie 1, dagtekening 06-10-2026" in audit[-1]["reason"]

    with pytest.raises(Ongeldig, match="vastgesteld .* verandert niet meer"):
        d.pip.wijzig(persoon.id, "intensiteit", "16 uur per week")
    with pytest.raises(Ongeldig, match="verandert niet meer"):
        d.pip.stel_op(persoon.id)
    assert d.pip.lees(persoon.id).intensiteit == ""


def test_a_change_is_a_new_beschikking_and_the_termijn_keeps_its_start(d, store, persoon, tmp_path):
    d.pip.vaststellen(persoon.id, dt.date(2026, 10, 6))
    with pytest.raises(Ongeldig, match="waarom"):
        d.pip.nieuwe_versie(persoon.id, "  ")
    d.pip.nieuwe_versie(persoon.id, "Na de voortgangsgesprekken: de B1-route snel past beter.")
    concept = d.pip.lees(persoon.id)
    assert (concept.status, concept.versie, concept.dagtekening) == ("concept", 2, None)
    d.pip.wijzig(persoon.id, "leerroute", "b1_snel")
    d.pip.vaststellen(persoon.id, dt.date(2026, 11, 20))

    nu = d.pip.lees(persoon.id)
    assert (nu.versie, nu.dagtekening, nu.leerroute) == (2, dt.date(2026, 11, 20), "b1_snel")
    # art. 11 lid 3: the termijn runs from the day after the FIRST PIP's dagtekening
    assert store.load(Inburgeraar, persoon.id).pip_dagtekening == dt.date(2026, 10, 6)
    assert (nu.periode_start, nu.periode_einde) == (dt.date(2026, 10, 7), dt.date(2029, 10, 6))
    versies = d.pip.versies(persoon.id)
    assert [(v.versie, v.leerroute, v.dagtekening) for v in versies] == [
        (1, "b1_route", dt.date(2026, 10, 6)), (2, "b1_snel", dt.date(2026, 11, 20))]

    huidig = _tekst(d.drukwerk.maak("pip", persoon.id, PrintOpties(vandaag=VANDAAG)).pdf, tmp_path)
    assert "Beschikking · versie 2 · dagtekening 20 november 2026 · vastgesteld door K. de Vries" in huidig
    assert "Reden van versie 2" in huidig and "B1-route snel" in huidig
    assert "bezwaar maken bij het college van burgemeester en wethouders" in huidig and "6 weken" in huidig
    eerste = _tekst(d.drukwerk.maak("pip", persoon.id, PrintOpties(vandaag=VANDAAG), pip_versie=1).pdf, tmp_path)
    assert "Beschikking · versie 1 · dagtekening 6 oktober 2026" in eerste and "B1-route snel" not in eerste


def test_a_concept_prints_as_concept_without_bezwaar(d, persoon, tmp_path):
    tekst = _tekst(d.drukwerk.maak("pip", persoon.id, PrintOpties(vandaag=VANDAAG)).pdf, tmp_path)
    assert "CONCEPT – nog niet vastgesteld · versie 1" in tekst and "bezwaar" not in tekst


def test_the_household_shows_on_both_pips(d, persoon, tmp_path):
    partner = Inburgeraar(voornamen="Senait", achternaam="Tesfay", v_nummer="2345678901",
                          koppeling=dt.date(2026, 8, 1))
    d.inburgeraars.bewaar(partner)
    intake = d.intake.laad(persoon.id)
    d.intake.zet(intake, "gezinssituatie.huishouden", "partner_kinderen")
    d.intake.zet(intake, "gezinssituatie.partner_v_nummer", partner.v_nummer)
    d.intake.zet(intake, "gezinssituatie.kinderen", [{"voornaam": "Noor", "geboortedatum": "2024-03-01",
                                                       "vve": "aanmelden"}])
    d.intake.laad(partner.id)
    d.pip.stel_op(partner.id)
    d.pip.wijzig(partner.id, "kinderopvang_nodig", True)
    d.pip.wijzig(partner.id, "kinderopvang_toelichting", "Drie ochtenden per week, tijdens de taalles.")

    van_hem, van_haar = d.pip.gezin(persoon.id), d.pip.gezin(partner.id)   # linked on his intake only
    assert van_hem.partner.id == partner.id and van_haar.partner.id == persoon.id
    assert van_hem.partner_pip.kinderopvang_toelichting.startswith("Drie ochtenden")
    assert [k["voornaam"] for k in van_hem.kinderen] == [k["voornaam"] for k in van_haar.kinderen] == ["Noor"]
    assert van_haar.kinderen[0]["vve"] == "aanmelden"
    tekst = _tekst(d.drukwerk.maak("pip", persoon.id, PrintOpties(vandaag=VANDAAG)).pdf, tmp_path)
    assert "Partner: Senait Tesfay (eigen intake en PIP; PIP versie 1, concept)" in tekst
    assert "Kinderopvang voor de partner: Drie ochtenden per week" in tekst and "Kind: Noor, vve nog aanmelden" in tekst


def test_an_older_vastgesteld_pip_without_versions_still_reads(d, store, persoon):
    """Stores from before versions: a PIP marked vastgesteld is version 1 as it stands."""
    pip = d.pip.lees(persoon.id)
    store.save(dataclasses.replace(pip, status="vastgesteld", dagtekening=dt.date(2026, 10, 6)))
    assert d.pip.lees(persoon.id).vastgesteld and d.pip.versie(persoon.id, None).versie == 1
    d.pip.nieuwe_versie(persoon.id, "Route gewijzigd.")
    assert d.pip.lees(persoon.id).versie == 2
