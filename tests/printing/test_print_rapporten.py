"""The consultant's documents, in Dutch: concept PIP and observation report, from what the store holds."""
import dataclasses
import datetime as dt
import json

import pytest

from desktop_app import cli
from desktop_app.core.pip import maak_concept_pip
from desktop_app.diensten import Diensten
from desktop_app.printing.documenten import GeenGegevens, PrintOpties

from .conftest import VANDAAG, maak_contacten, maak_inburgeraar, pdffonts, pdftotext

def maak_drukwerk(document, store, client_id, opties, gemeente_pad=None):
    return Diensten(store, vandaag=VANDAAG).drukwerk.maak(document, client_id, opties, gemeente_pad)


ADVIES = {"route": "b1_route", "route_label": "B1-route", "berekende_route": "z_route", "totaal": 61,
          "voorlopig": False, "redenen": ["Pikt nieuwe dingen snel op: het advies gaat van Z-route naar B1-route."],
          "ondersteuning": ["Alfabetisering in Latijns schrift"], "instrument": "koers-tovii-stijl",
          "toets": "b1_niet_haalbaar", "wijkt_af_van_toets": True, "override_route": None, "override_reden": "",
          "argumentatie": ""}


@pytest.fixture
def ib(store):
    persoon = maak_inburgeraar("ar")
    persoon.geboortedatum = dt.date(1990, 3, 4)
    store.save(persoon)
    for c in maak_contacten(persoon):
        store.save(c)
    return persoon


def test_concept_pip_prints_the_four_themes_and_what_is_still_to_do(store, ib, tmp_path):
    antwoorden = {"leerbaarheid.toets_uitkomst": "b1_niet_haalbaar", "zelfredzaamheid.ontzorgen": True,
                  "gezinssituatie.kinderopvang": True, "taalniveau.pip_voorstel": "Start met alfabetisering."}
    advies = dict(ADVIES, redenen=[], argumentatie="")
    pip = maak_concept_pip(ib, antwoorden, advies, VANDAAG, opgesteld_door="K. de Vries",
                           domeinlabels={"taalniveau": "Taalniveau"})
    store.put("pip", ib.id, pip.to_fields())
    drukwerk = maak_drukwerk("pip", store, ib.id, PrintOpties(taal="ar", vandaag=VANDAAG))
    tekst = " ".join(pdftotext(drukwerk.pdf, tmp_path).split())
    for kop in ("1. Inburgering", "2. Participatie", "3. Financieel ontzorgen", "4. Begeleiding", "Voorwaarden",
                "Termijnen"):
        assert kop in tekst
    assert "CONCEPT – nog niet vastgesteld" in tekst            # Dutch, whatever the person's language
    assert "B1-route" in tekst and "Amal Haddad" in tekst
    assert "Start met alfabetisering." in tekst
    assert "ARGUMENTATIE ONTBREEKT" in tekst and "Nog te doen" in tekst
    assert any("Argumentatie" in w for w in drukwerk.waarschuwingen)
    assert all(regel[-5] == "yes" for regel in pdffonts(drukwerk.pdf, tmp_path))


def test_observation_report_prints_the_advice_and_the_scores(store, ib, tmp_path):
    store.put("trajectadvies", ib.id, dict(ADVIES, inburgeraar_id=ib.id))
    store.put("eindscore", "g1:" + ib.id, {"inburgeraar_id": ib.id, "groep_id": "g1",
                                            "scores": {"a01": 3, "a02": None}})
    drukwerk = maak_drukwerk("observatie", store, ib.id, PrintOpties(vandaag=VANDAAG))
    tekst = " ".join(pdftotext(drukwerk.pdf, tmp_path).split())
    assert "Observatieverslag startklas" in tekst
    assert "B1-route (definitief)" in tekst and "Totaalscore 61" in tekst
    assert "Pikt nieuwe dingen snel op" in tekst
    assert "niet geobserveerd" in tekst
    assert "Nog niet geschreven." in tekst     # the argument for deviating from the toets is missing


def test_documents_without_their_data_say_what_to_do(store, ib):
    with pytest.raises(GeenGegevens, match="nog geen concept-PIP"):
        maak_drukwerk("pip", store, ib.id, PrintOpties(vandaag=VANDAAG))
    with pytest.raises(GeenGegevens, match="nog geen trajectadvies"):
        maak_drukwerk("observatie", store, ib.id, PrintOpties(vandaag=VANDAAG))


def test_cli_prints_the_pip_or_says_why_not(store, store_dir, ib, tmp_path, capsys):
    (tmp_path / "pw").write_text("correct paard batterij nietje\n")
    args = ["--store", str(store_dir), "--passphrase-file", str(tmp_path / "pw"), "--client", ib.id]
    assert cli.main(["print", "pip", *args, "--out", str(tmp_path / "pip.pdf")]) == 1
    assert "nog geen concept-PIP" in capsys.readouterr().err
    store.put("trajectadvies", ib.id, dict(ADVIES, inburgeraar_id=ib.id))
    assert cli.main(["print", "observatie", *args, "--out", str(tmp_path / "obs.pdf")]) == 0
    assert (tmp_path / "obs.pdf").read_bytes().startswith(b"%PDF")


def test_a_gezinsmigrants_pip_advises_the_route_and_offers_no_ontzorgen(store, tmp_path):
    persoon = dataclasses.replace(maak_inburgeraar("tr"), doelgroep="gezinsmigrant", start_ontzorgen=None,
                                  geboortedatum=dt.date(1990, 3, 4), laatste_voortgangsgesprek=dt.date(2026, 6, 1))
    store.save(persoon)
    antwoorden = {"leerbaarheid.toets_uitkomst": "b1_haalbaar", "zelfredzaamheid.ontzorgen": True}
    pip = maak_concept_pip(persoon, antwoorden, None, VANDAAG)
    store.put("pip", persoon.id, pip.to_fields())
    gemeente = tmp_path / "gemeente.json"
    gemeente.write_text(json.dumps({"naam": "Gemeente Overbetuwe", "doelen": [{"stap": "pip", "weken": 6}]}))
    drukwerk = maak_drukwerk("pip", store, persoon.id, PrintOpties(vandaag=VANDAAG), gemeente)
    tekst = " ".join(pdftotext(drukwerk.pdf, tmp_path).split())
    assert "B1-route (advies: eigen keuze en eigen kosten, lening DUO)" in tekst
    assert "Ontzorgen niet van toepassing (alleen voor statushouders)" in tekst
    # PIP 15-08-2025: the termijn starts 16-08; every 4 months, the last day of each period
    assert "Geplande gesprekken 15 december 2025, 15 april 2026, 15 augustus 2026, 15 december 2026" in tekst
    assert "Termijnen (stand op 22 november 2026)" in tekst
    assert "Volgend voortgangsgesprek 1 oktober 2026 · te laat" in tekst       # 4 months after 01-06-2026
    assert "Leerroute wijzigen kan tot — · niet van toepassing" in tekst
    # the municipality's own target (6 weeks after the inschrijving of 10-06-2025) beside the legal 10 weeks
    assert "PIP vaststellen 19 augustus 2025 · gereed (gedaan 15 augustus 2025)" in tekst
    assert "PIP vaststellen (doel gemeente) 22 juli 2025 · te laat gereed (gedaan 15 augustus 2025)" in tekst
