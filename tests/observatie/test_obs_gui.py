"""The startklas module as a teacher and a consultant use it: keyboard scoring, autosave, final scores, advice."""
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.core.model import Inburgeraar
from desktop_app.core.observatie import Observatie, Observatiemoment, Plaatsing, StartklasGroep
from desktop_app.gui.observatie import StartklasView
from desktop_app.diensten import Diensten
from desktop_app.diensten.startklas import instrumenten
from tests.bediening import bediening

pytestmark = pytest.mark.gui
VANDAAG = dt.date(2026, 11, 22)
START = dt.date(2026, 9, 8)
INS = instrumenten()["koers-tovii-stijl"]


def sk(store):
    """The startklas service of this store, on the test's fixed day."""
    return Diensten(store, vandaag=VANDAAG).startklas


def vul(store, namen=("Amal", "Omar", "Senait"), met_moment=True):
    groep = StartklasGroep(naam="Startklas Dalfsen", docenten=["J. Bakker"], startdatum=START, lesdagen=["dinsdag"])
    sk(store).bewaar_groep(groep)
    ids = []
    for naam in namen:
        ib = Inburgeraar(voornamen=naam, achternaam="Test", geboortedatum=dt.date(1990, 1, 1))
        store.save(ib)
        sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=START))
        ids.append(ib.id)
    moment = None
    if met_moment:
        moment = Observatiemoment(groep_id=groep.id, datum=dt.date(2026, 9, 15))
        sk(store).bewaar_moment(moment, [])
    return groep, ids, moment


def open_view(qtbot, store, tab):
    view = StartklasView(bediening(store, VANDAAG))
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.tabs.setCurrentIndex(tab)
    return view


def test_rooster_met_toetsenbord_en_autosave(qtbot, store):
    groep, ids, moment = vul(store)
    view = open_view(qtbot, store, 1)
    pagina = view.observeren
    tabel, model = pagina.tabel, pagina.model
    assert model.rowCount() == 3 and model.columnCount() == 24
    assert tabel.currentIndex().row() == 0 and tabel.currentIndex().column() == 0
    naam_rij0 = model.headerData(0, Qt.Vertical)

    for toets in "34":
        qtbot.keyClick(tabel, toets)
    qtbot.keyClick(tabel, "0")                       # niet geobserveerd
    assert [model.index(0, k).data() for k in range(4)] == ["3", "4", "–", ""]
    assert tabel.currentIndex().column() == 3
    qtbot.keyClick(tabel, Qt.Key_Return)             # down to the next cursist, same aspect
    assert (tabel.currentIndex().row(), tabel.currentIndex().column()) == (1, 3)
    qtbot.keyClick(tabel, "2")
    qtbot.keyClick(tabel, Qt.Key_Left)
    qtbot.keyClick(tabel, Qt.Key_Left)
    qtbot.keyClick(tabel, Qt.Key_Up)
    assert (tabel.currentIndex().row(), tabel.currentIndex().column()) == (0, 2)
    qtbot.keyClick(tabel, Qt.Key_Delete)             # clears the "niet geobserveerd"
    assert model.index(0, 2).data() == ""
    qtbot.keyClick(tabel, "7")                       # not on the scale
    assert "de schaal loopt van 1 tot 4" in pagina.status.text()
    assert model.index(0, 2).data() == ""
    assert pagina.uitleg.text().startswith("3. Doorzettingsvermogen — 1: stopt bij de eerste moeilijkheid")

    qtbot.waitUntil(lambda: "Opgeslagen" in pagina.status.text(), timeout=3000)
    rijen = {o.inburgeraar_id: o for o in sk(store).observaties(groep.id)}
    eerste = next(i for i in ids if store.load(Inburgeraar, i).naam == naam_rij0)
    assert rijen[eerste].scores == {"motivatie": 3, "initiatief": 4}
    assert rijen[eerste].groep_id == groep.id and rijen[eerste].moment_id == moment.id
    assert [o.scores for i, o in rijen.items() if i != eerste] == [{"fouten_feedback": 2}]

    # the grid shows what was saved after reopening
    view2 = open_view(qtbot, store, 1)
    assert view2.observeren.model.index(0, 1).data() == "4"


def test_een_cursist_alle_aspecten_en_notities(qtbot, store):
    groep, ids, moment = vul(store, namen=("Amal",))
    view = open_view(qtbot, store, 1)
    pagina = view.observeren
    pagina.een_cursist.setChecked(True)
    tabel, model = pagina.tabel, pagina.model
    assert (model.rowCount(), model.columnCount()) == (24, 1)
    for toets in "1234":
        qtbot.keyClick(tabel, toets)
    assert [model.index(r, 0).data() for r in range(5)] == ["1", "2", "3", "4", ""]
    assert tabel.currentIndex().row() == 4
    pagina.notitie_aspect.setFocus()
    qtbot.keyClicks(pagina.notitie_aspect, "kijkt eerst bij buurvrouw")
    qtbot.keyClick(pagina.notitie_aspect, Qt.Key_Return)
    pagina.notitie_moment.setText("Les over de supermarkt")
    pagina.notitie_moment.editingFinished.emit()
    assert pagina.bewaar()
    obs = sk(store).observaties(groep.id, ids[0])[0]
    assert obs.scores == {"motivatie": 1, "initiatief": 2, "doorzetten": 3, "fouten_feedback": 4}
    assert obs.notities == {"zelfvertrouwen": "kijkt eerst bij buurvrouw"}
    assert sk(store).momenten(groep.id)[0].notitie == "Les over de supermarkt"


def test_nieuw_moment_in_de_toekomst_of_voor_de_start_geweigerd(qtbot, store):
    groep, _, _ = vul(store, met_moment=False)
    view = open_view(qtbot, store, 1)
    pagina = view.observeren
    assert "Nog geen observatiemoment" in pagina.status.text()
    for datum, melding in ((dt.date(2026, 12, 1), "01-12-2026 ligt in de toekomst"),
                           (dt.date(2026, 9, 1), "ligt voor de start van groep 'Startklas Dalfsen' (08-09-2026)")):
        pagina.nieuwe_datum.setDate(QDate(datum))
        qtbot.mouseClick(pagina.nieuw_knop, Qt.LeftButton)
        assert melding in pagina.status.text()
    assert sk(store).momenten(groep.id) == []
    pagina.nieuwe_datum.setDate(QDate(2026, 9, 10))
    qtbot.mouseClick(pagina.nieuw_knop, Qt.LeftButton)
    assert [m.datum for m in sk(store).momenten(groep.id)] == [dt.date(2026, 9, 10)]
    assert pagina.momentkeuze.currentText() == "10-09-2026" and pagina.model.rowCount() == 3


def test_eindscore_voorstel_wijzigen_en_vaststellen(qtbot, store):
    groep, ids, moment = vul(store, namen=("Amal",))
    sk(store).bewaar_moment(moment, [Observatie(moment_id=moment.id, inburgeraar_id=ids[0],
                                                scores={a.id: 3 for a in INS.aspecten})])
    view = open_view(qtbot, store, 2)
    pagina = view.eindscore
    assert pagina.tabel.item(0, 2).text() == "3" and pagina.tabel.item(0, 3).text() == ""
    qtbot.mouseClick(pagina.overnemen, Qt.LeftButton)
    pagina.tabel.setFocus()
    pagina.tabel.setCurrentCell(0, 3)
    qtbot.keyClick(pagina.tabel, "4")
    assert pagina.tabel.item(0, 3).text() == "4 ✎" and pagina.tabel.currentRow() == 1
    assert "Totaal: 73 van 96" in pagina.totaal.text()
    qtbot.mouseClick(pagina.vaststellen, Qt.LeftButton)
    es = store.get("eindscore", f"{groep.id}:{ids[0]}")
    assert es["scores"]["motivatie"] == 4 and es["inburgeraar_id"] == ids[0] and es["groep_id"] == groep.id
    assert "afwijkend van het voorstel: 1 3→4" in store.audit_trail("eindscore")[-1]["reason"]
    assert "Vastgesteld door K. de Vries" in pagina.status.text()


def _volledig(store, groep, ib_id, per_groep):
    for week in range(6):
        m = Observatiemoment(groep_id=groep.id, datum=START + dt.timedelta(days=7 * week + 1))
        sk(store).bewaar_moment(m, [Observatie(moment_id=m.id, inburgeraar_id=ib_id,
                                               scores={a.id: per_groep[a.groep] for a in INS.aspecten})])
    sk(store).bewaar_eindscore(groep, ib_id, {a.id: per_groep[a.groep] for a in INS.aspecten})


def test_advies_consultant_argumentatie_en_override(qtbot, store):
    groep, ids, _ = vul(store, namen=("Amal",), met_moment=False)
    _volledig(store, groep, ids[0], {"A": 3, "B": 3, "C": 3, "D": 3})
    store.put("intake", ids[0], {"leerbaarheid.toets_uitkomst": "b1_niet_haalbaar"})
    view = open_view(qtbot, store, 4)
    pagina = view.advies
    assert pagina.route.text() == "B1-route" and pagina.status.text() == "DEFINITIEF"
    assert "nog niet gevalideerd" in pagina.validatie.text() and pagina.validatie.isVisible()
    assert "Wijkt af van de leerbaarheidstoets (B1 niet haalbaar)" in pagina.toets.text()
    assert "Argumentatie nodig" in pagina.toets.text() and pagina.argumentatie.isVisible()
    assert "Totaalscore 72 van 96." in pagina.redenen.text()

    pagina.argumentatie.setPlainText("In de startklas bleek zij snel te leren; de toets was onder stress.")
    qtbot.mouseClick(pagina.bewaar_arg, Qt.LeftButton)
    assert "Argumentatie nodig" not in pagina.toets.text()
    assert store.get("trajectadvies", ids[0])["argumentatie"].startswith("In de startklas")

    pagina.override_route.setCurrentIndex(pagina.override_route.findData("z_route"))
    qtbot.mouseClick(pagina.override_knop, Qt.LeftButton)
    assert "schrijf op waarom" in pagina.melding.text()
    assert store.get("trajectadvies", ids[0])["override_route"] is None
    qtbot.keyClicks(pagina.override_reden, "Zorgtaken: alleen ochtenden beschikbaar.")
    qtbot.mouseClick(pagina.override_knop, Qt.LeftButton)
    rec = store.get("trajectadvies", ids[0])
    assert rec["route"] == "z_route" and rec["override_reden"] == "Zorgtaken: alleen ochtenden beschikbaar."
    assert pagina.route.text() == "Z-route"
    assert any(r["field"] == "override_route" and r["new"] == "z_route"
               for r in store.audit_trail("trajectadvies", ids[0]))


def test_advies_docent_zonder_consultantdeel(qtbot, docent_store):
    groep, ids, _ = vul(docent_store, namen=("Amal",), met_moment=False)
    view = open_view(qtbot, docent_store, 4)
    pagina = view.advies
    assert not pagina.consultantdeel.isVisible()
    assert pagina.status.text() == "VOORLOPIG"
    assert "Niet beschikbaar: schooljaren, geletterdheid, talen, gezondheid" in pagina.redenen.text()


def test_groep_aanmaken_plaatsen_en_voortgang(qtbot, store):
    view = open_view(qtbot, store, 0)
    ib = Inburgeraar(voornamen="Yonas", achternaam="Test")
    store.save(ib)
    view.nieuwe_groep()
    pagina = view.groep_pagina
    qtbot.mouseClick(pagina.opslaan, Qt.LeftButton)
    assert "geef de groep een naam" in pagina.melding.text() and "kies ten minste één lesdag" in pagina.melding.text()
    assert store.count("startklasgroep") == 0
    qtbot.keyClicks(pagina.naam, "Startklas Heerenveen")
    pagina.startdatum.setDate(QDate(2026, 9, 1))
    pagina.lesdagen["maandag"].setChecked(True)
    qtbot.mouseClick(pagina.opslaan, Qt.LeftButton)
    assert store.count("startklasgroep") == 1 and view.groepen.count() == 1
    assert pagina.kandidaat.currentText() == "Yonas Test"
    qtbot.mouseClick(pagina.plaats_knop, Qt.LeftButton)
    assert [pagina.cursisten.item(i).text() for i in range(pagina.cursisten.count())] == ["Yonas Test"]

    view.tabs.setCurrentIndex(3)
    voortgang = view.voortgang
    assert voortgang.overzicht.rowCount() == 1
    assert voortgang.overzicht.item(0, 4).text().startswith("nee: 0 van de minimaal 5 observatiemomenten")
    assert voortgang.grafiek.lijn == []


def test_trendgrafiek_toont_groeilijn(qtbot, store):
    groep, ids, _ = vul(store, namen=("Amal",), met_moment=False)
    _volledig(store, groep, ids[0], {"A": 2, "B": 3, "C": 4, "D": 1})
    view = open_view(qtbot, store, 3)
    lijn = view.voortgang.grafiek.lijn
    assert [w for w, _ in lijn] == [1, 2, 3, 4, 5, 6]
    assert lijn[0][1] == {"A": 2.0, "B": 3.0, "C": 4.0, "D": 1.0}
    assert "week 1: A 2.0, B 3.0, C 4.0, D 1.0" in view.voortgang.grafiek.accessibleDescription()
    assert view.voortgang.overzicht.item(0, 4).text() == "ja"
    beeld = view.voortgang.grafiek.grab().toImage()
    assert beeld.width() > 400 and beeld.pixelColor(10, 10).name() == "#ffffff"


def test_scoren_laat_none_en_true_heel(qtbot, store):
    """A teacher presses thousands of keys per session. PySide6 6.12.0 on CPython 3.11 drops a reference to None on
    every call of a void Qt method and to True on every Python-side Signal.emit(); when one reaches zero Python aborts
    (measured: None starts near 5,000 references, so a few moments of scoring kill the app). 6.11.3 is clean. This
    test fails on an installation with that bug instead of letting the teacher find out."""
    import sys
    vul(store)
    pagina = open_view(qtbot, store, 1).observeren
    true_voor, none_voor = sys.getrefcount(True), sys.getrefcount(None)
    for k in range(288):
        qtbot.keyClick(pagina.tabel, "1234"[k % 4])
        if k % 24 == 23:
            pagina.tabel.setCurrentIndex(pagina.model.index((k // 24 + 1) % 3, 0))
    assert sys.getrefcount(True) - true_voor > -20, "True verliest referenties (PySide6-fout)"
    assert sys.getrefcount(None) - none_voor > -20, "None verliest referenties: PySide6 6.12.0-fout, gebruik 6.11.x"


@pytest.mark.parametrize("rol", ["consultant", "docent"])
def test_elke_pagina_benoemd_bereikbaar_en_niets_afgekapt(qtbot, store, docent_store, rol):
    from tests.uicheck import clipped, unnamed, unreachable
    s = store if rol == "consultant" else docent_store
    groep, ids, _ = vul(s, met_moment=False)
    _volledig(s, groep, ids[0], {"A": 3, "B": 3, "C": 3, "D": 3})
    view = open_view(qtbot, s, 0)
    problemen = {}
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        gevonden = unnamed(view) + unreachable(view) + clipped(view)
        if gevonden:
            problemen[view.tabs.tabText(i)] = gevonden
    assert problemen == {}
    assert view.minimumSizeHint().width() <= 1280
