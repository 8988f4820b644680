"""Journey 2: a startklas from the teacher's laptop to the consultant's printed observatieverslag.

The consultant creates the group and places three of four people; the docent's device receives only what a docent may
(name and date of birth of the placed cursisten), scores seven weekly moments and the final scores, and syncs; the
consultant's device receives them, shows the trajectadvies (completed with the hard data from the intake) and prints
the observatieverslag; the back office finds the advice in `koers-central export`."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from desktop_app.cli import main as koers
from desktop_app.core.observatie import Observatie, Observatiemoment, Plaatsing, StartklasGroep
from desktop_app.diensten import Diensten
from desktop_app.diensten.startklas import instrumenten
from desktop_app.gui.observatie import StartklasView
from koers_protocol.sync import DOCENT_INBURGERAAR_VELDEN
from synchelp import records
from tests.bediening import bediening

from .conftest import pdftekst, synchroniseer
from .mensen import contacten, inburgeraar

pytestmark = pytest.mark.gui
KM, DOCENT = "K. de Vries", "J. Bakker"
VANDAAG = dt.date.today()
INSTRUMENT = instrumenten()["koers-tovii-stijl"]


def _profiel(niveau: float, week: int, aspect_nr: int) -> int:
    """A cursist who grows a little every week; some aspects a bit above or below their level."""
    waarde = round(niveau + 0.15 * week + (0.5 if aspect_nr % 5 == 0 else 0) - (0.5 if aspect_nr % 7 == 0 else 0))
    return max(INSTRUMENT.schaal.min, min(INSTRUMENT.schaal.max, waarde))


def test_docent_observeert_consultant_ziet_advies_en_drukt_verslag(server, make_store, qtbot, tmp_path,
                                                                    wachtwoordbestand, capsys):
    consultant = make_store("consultant")
    docent = make_store("docent", user=DOCENT, role="docent")
    bij_consultant = Diensten(consultant, vandaag=VANDAAG).startklas
    bij_docent = Diensten(docent, vandaag=VANDAAG).startklas
    server.enroll(consultant, KM, "consultant")
    server.enroll(docent, DOCENT, "docent")

    # -- the consultant: four people, a group of the docent, three placed ------------------------------------------
    mensen = [inburgeraar(i, VANDAAG) for i in range(4)]
    for ib in mensen:
        consultant.save(ib)
        for c in contacten(ib):
            consultant.save(c)
    start = VANDAAG - dt.timedelta(weeks=8)
    start -= dt.timedelta(days=start.weekday())
    groep = StartklasGroep(naam="Startklas Amersfoort najaar (ma/wo)", docenten=[DOCENT], startdatum=start,
                           lesdagen=["maandag", "woensdag"])
    bij_consultant.bewaar_groep(groep)
    geplaatst = mensen[:3]
    for ib in geplaatst:
        assert not bij_consultant.plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=start)).waarschuwingen
    synchroniseer(consultant)

    # -- the docent's device receives only what a docent may -------------------------------------------------------
    synchroniseer(docent)
    ontvangen = records(docent)
    assert {k for k in ontvangen if k[0] == "inburgeraar"} == {("inburgeraar", ib.id) for ib in geplaatst}
    for ib in geplaatst:
        velden = ontvangen[("inburgeraar", ib.id)]
        assert set(velden) <= set(DOCENT_INBURGERAAR_VELDEN)
        assert velden["naam_eigen_schrift"] == ib.naam_eigen_schrift       # both scripts arrive whole
        assert "adres" not in velden and "bsn" not in velden and "telefoon" not in velden
    assert all(docent.count(e) == 0 for e in ("contactpersoon", "intake", "intake_bijzonder", "pip"))
    assert [g.id for g in bij_docent.groepen()] == [groep.id]

    # -- the docent scores seven weekly moments and the final scores -----------------------------------------------
    groep_d = docent.load(StartklasGroep, groep.id)
    niveaus = {geplaatst[0].id: 3.4, geplaatst[1].id: 1.2, geplaatst[2].id: 2.4}
    for week in range(7):
        moment = Observatiemoment(groep_id=groep.id, datum=start + dt.timedelta(weeks=week, days=2),
                                  notitie=f"Les week {week + 1}")
        obs = [Observatie(moment_id=moment.id, groep_id=groep.id, inburgeraar_id=ib_id,
                          scores={a.id: _profiel(n, week, a.nr) for a in INSTRUMENT.aspecten})
               for ib_id, n in niveaus.items()]
        bij_docent.bewaar_moment(moment, obs)
    verwacht = {}
    for ib_id in niveaus:
        voorstel = bij_docent.eindscore(groep_d, ib_id).voorstel
        scores = dict(voorstel)
        eerste = INSTRUMENT.aspecten[0].id
        scores[eerste] = INSTRUMENT.schaal.max if scores[eerste] != INSTRUMENT.schaal.max else INSTRUMENT.schaal.min
        bij_docent.bewaar_eindscore(groep_d, ib_id, scores)
        verwacht[ib_id] = scores
        docent_advies = bij_docent.advies(groep_d, ib_id)
        assert not docent_advies.voorlopig and docent_advies.onbekend   # final scores set; hard data not here
    assert docent.count("trajectadvies") == 0   # a docent's device lacks the hard data: the consultant's writes it
    synchroniseer(docent)

    # -- the consultant receives the scores and sees the advice in the startklas screen ----------------------------
    synchroniseer(consultant)
    for ib_id, scores in verwacht.items():
        assert bij_consultant.opgeslagen_eindscore(groep.id, ib_id).scores == scores
        # derived on arrival, with the consultant's hard data: no screen had to be opened for it
        assert consultant.get("trajectadvies", ib_id)["route"] == bij_consultant.advies(groep, ib_id).route
    view = StartklasView(bediening(consultant, VANDAAG))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentWidget(view.advies)
    routes = {}
    for i in range(view.advies.cursistkeuze.count()):
        view.advies.cursistkeuze.setCurrentIndex(i)
        ib_id = view.advies.cursistkeuze.currentData()
        berekend = bij_consultant.advies(bij_consultant.groep(groep.id), ib_id)
        assert view.advies.route.text() == berekend.route_label
        routes[ib_id] = berekend
    assert set(routes) == set(niveaus)
    assert len({a.route for a in routes.values()}) >= 2      # a high and a low profile do not get the same advice

    # -- and prints the observatieverslag of the Tigrinya-speaking nareiziger --------------------------------------
    ib = geplaatst[1]
    pdf = tmp_path / "observatieverslag.pdf"
    assert koers(["print", "observatie", "--store", str(consultant.directory), "--client", ib.id, "--out", str(pdf),
                  "--passphrase-file", str(wachtwoordbestand)]) == 0, capsys.readouterr().err
    tekst = " ".join(pdftekst(pdf).split())
    assert ib.achternaam in tekst and routes[ib.id].route_label in tekst
    assert "Eindscores per aspect" in tekst and "definitief" in tekst

    # -- the back office: the advice, linked to the person ---------------------------------------------------------
    synchroniseer(consultant)
    export = subprocess.run([sys.executable, "-m", "central.cli", "export", "--db", server.db_url, "--format", "json"],
                            capture_output=True, text=True, check=True).stdout
    gemeente = json.loads(export)["Utrecht"]
    adviezen = {r["id"]: r for r in gemeente["trajectadvies"]}
    personen = {r["id"]: r["velden"] for r in gemeente["inburgeraar"]}
    assert {adviezen[i]["velden"]["inburgeraar_id"] for i in adviezen} == set(niveaus)
    assert {i: adviezen[i]["velden"]["route"] for i in adviezen} == {i: a.route for i, a in routes.items()}
    assert personen[ib.id]["bsn"] == ib.bsn and personen[ib.id]["naam_eigen_schrift"] == ib.naam_eigen_schrift
