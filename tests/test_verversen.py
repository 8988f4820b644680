"""Every open screen shows the data as it now is, after a change made elsewhere: in another tab, in a dialog, or by a
sync round. One change signal carries every write (gui/bediening.py); each view reloads what it shows from it."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.core.model import Inburgeraar
from desktop_app.core.observatie import Observatie, Observatiemoment, Plaatsing, StartklasGroep
from desktop_app.diensten import Diensten
from desktop_app.diensten.startklas import instrumenten
from desktop_app.gui.background import wait_for_background
from desktop_app.gui.inburgeraar_dialog import InburgeraarDialog
from desktop_app.gui.intake_view import IntakeView
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.observatie import StartklasView
from desktop_app.gui.pip_view import PipView
from desktop_app.gui.print_view import KEUZES, PrintView
from desktop_app.gui.sync_view import SyncView
from synchelp import PASSPHRASE
from tests.bediening import bediening
from tests.journeys.mensen import inburgeraar

pytestmark = pytest.mark.gui
VANDAAG = dt.date(2026, 11, 22)
INSTRUMENT = instrumenten()["koers-tovii-stijl"]


@pytest.fixture
def persoon(store) -> Inburgeraar:
    ib = dataclasses.replace(inburgeraar(0, VANDAAG), koppeling=dt.date(2026, 9, 1),
                             brp_inschrijving=dt.date(2026, 9, 15))
    store.save(ib)
    return ib


def _open_window(qtbot, store) -> MainWindow:
    directory = store.directory
    store.close()                  # the window opens the store itself, as at the start of a working day
    window = MainWindow(directory, vandaag=VANDAAG)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    slot = window.stack.currentWidget()
    slot.wachtwoord.setText(PASSPHRASE)
    with qtbot.waitSignal(window.sig_unlocked, timeout=15_000):
        slot.ontgrendel()
    return window


def test_caseload_badge_and_gegevens_follow_the_first_gesprek_in_the_intake_tab(qtbot, store, persoon):
    window = _open_window(qtbot, store)
    window.caseload.kies(persoon.id)
    badge = window.caseload.proxy.index(0, 1).data()
    assert badge == "Te laat: Brede intake starten (uiterlijk 01-11-2026)"      # due 1 Nov, not recorded
    gegevens = window.detail.widget(0)
    assert any(gegevens.termijnen.item(r, 0).text() == "Brede intake starten" and
               gegevens.termijnen.item(r, 4).text() == "te laat" for r in range(gegevens.termijnen.rowCount()))

    window.detail.setCurrentIndex(1)                                             # the intake tab
    intake: IntakeView = window.detail.widget(1)
    intake.bediening.schrijf(lambda d: d.intake.zet(intake.intake, "gesprekken.gesprekken",
                                                     [{"datum": "2026-10-20"}]), bron=intake)

    assert "Brede intake starten" not in window.caseload.proxy.index(0, 1).data()
    assert window.caseload.tabel.currentIndex().row() == 0                       # still chosen
    gegevens = window.detail.widget(0)
    rij = next(r for r in range(gegevens.termijnen.rowCount())
               if gegevens.termijnen.item(r, 0).text() == "Brede intake starten")
    assert gegevens.termijnen.item(rij, 4).text() == "gereed"                    # started 20-10, on time
    assert window.detail.currentIndex() == 1                                     # the consultant stays in the intake


def test_a_person_whose_caseload_moved_leaves_the_screen_after_a_sync_round(qtbot, server, make_store):
    """Access moved on the server (the caseload went to a colleague): the sync round forgets the person, and the
    caseload and the open tabs no longer show them."""
    km, beheer = make_store("km"), make_store("beheer", user="Beheer", role="beheerder")
    server.enroll(km, "K. de Vries"), server.enroll(beheer, "Beheer", "beheerder")
    weg, blijft = inburgeraar(0, VANDAAG), inburgeraar(1, VANDAAG)
    for ib in (weg, blijft):
        km.save(ib)
    Diensten(km).sync.synchroniseer(backoff=0.01)
    Diensten(beheer).sync.synchroniseer(backoff=0.01)
    beheer.put("inburgeraar", weg.id, {"klantmanager": "P. Jansen"})
    Diensten(beheer).sync.synchroniseer(backoff=0.01)

    window = _open_window(qtbot, km)
    window.caseload.kies(weg.id)
    window.detail.setCurrentIndex(1)                                             # the intake tab
    assert isinstance(window.detail.widget(1), IntakeView) and window.caseload.model.rowCount() == 2
    window.bediening.op_achtergrond(lambda d, v: d.sync.synchroniseer(v, backoff=0.01))   # as the timer does
    assert wait_for_background(15_000)
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1, timeout=5_000)
    assert window.caseload.model.rij_van(weg.id) == -1 and window.caseload.model.rij_van(blijft.id) == 0
    assert window.detail.count() == 1 and window.huidige_inburgeraar is None
    assert "Kies links een inburgeraar" in window.detail.widget(0).findChild(QLabel).text()


def test_pip_termijnen_follow_a_corrected_brp_date_from_the_edit_dialog(qtbot, store, persoon):
    window = _open_window(qtbot, store)
    window.caseload.kies(persoon.id)
    window.bediening.schrijf(lambda d: d.intake.zet(d.intake.laad(persoon.id), "leerbaarheid.toets_uitkomst",
                                                    "b1_haalbaar"))
    window.detail.setCurrentIndex(2)                                             # the PIP tab
    pip: PipView = window.detail.widget(2)
    assert pip.stel_op(bevestigd=True)
    assert "PIP vaststellen: <b>24-11-2026</b>" in pip.termijnen.text()          # 10 weeks after 15-09

    geweigerd = []

    def brp_verbeterd():
        dialoog = QApplication.activeModalWidget()
        assert isinstance(dialoog, InburgeraarDialog)
        dialoog.velden["brp_inschrijving"].setText("01-09-2026")   # the BRP date was typed wrong
        dialoog.accept()
        if dialoog.isVisible():                                    # refused: say why, never hang the test
            geweigerd.extend(m.text() for m in dialoog.meldingen.values() if m.isVisible())
            dialoog.reject()
    QTimer.singleShot(0, brp_verbeterd)
    window.bewerk_inburgeraar(persoon.id)
    assert geweigerd == []
    assert "PIP vaststellen: <b>10-11-2026</b>" in pip.termijnen.text()


def test_intake_view_shows_answers_a_sync_round_brought(qtbot, server, make_store):
    laptop, tweede = make_store("laptop"), make_store("tweede")
    server.enroll(laptop, "K. de Vries"), server.enroll(tweede, "K. de Vries")
    ib = inburgeraar(1, VANDAAG)
    Diensten(laptop).inburgeraars.bewaar(ib)
    op_laptop = bediening(laptop)
    op_laptop.d.sync.synchroniseer(backoff=0.01)
    Diensten(tweede).sync.synchroniseer(backoff=0.01)
    elders = Diensten(tweede).intake
    elders.zet(elders.laad(ib.id), "taalniveau.moedertaal", "ትግርኛ")
    Diensten(tweede).sync.synchroniseer(backoff=0.01)

    view = IntakeView(op_laptop, ib.id)
    qtbot.addWidget(view)
    view.ga_naar("taalniveau")
    veld = view.formulier("taalniveau").rijen["taalniveau.moedertaal"].editor
    assert not veld.waarde()
    op_laptop.op_achtergrond(lambda d, v: d.sync.synchroniseer(v, backoff=0.01))   # as the 5-minute timer does
    assert wait_for_background(15_000)
    qtbot.waitUntil(lambda: veld.waarde() == "ትግርኛ", timeout=5_000)
    assert view.intake.waarde("taalniveau.moedertaal") == "ትግርኛ"


def test_startklas_advice_follows_final_scores_from_a_sync_round(qtbot, server, make_store):
    consultant, docent = make_store("km"), make_store("docent", user="J. Bakker", role="docent")
    server.enroll(consultant, "K. de Vries"), server.enroll(docent, "J. Bakker", "docent")
    vandaag = dt.date.today()
    km = Diensten(consultant, vandaag=vandaag)
    ib = inburgeraar(2, vandaag)
    km.inburgeraars.bewaar(ib)
    start = vandaag - dt.timedelta(weeks=8)
    groep = StartklasGroep(naam="Startklas", docenten=["J. Bakker"], startdatum=start, lesdagen=["maandag"])
    km.startklas.bewaar_groep(groep)
    km.startklas.plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=start))
    km.sync.synchroniseer(backoff=0.01)
    dc = Diensten(docent, vandaag=vandaag)
    dc.sync.synchroniseer(backoff=0.01)
    moment = Observatiemoment(groep_id=groep.id, datum=start + dt.timedelta(days=2))
    dc.startklas.bewaar_moment(moment, [Observatie(moment_id=moment.id, inburgeraar_id=ib.id,
                                                   scores={a.id: 1 for a in INSTRUMENT.aspecten})])
    dc.sync.synchroniseer(backoff=0.01)

    op_km = bediening(consultant, vandaag)
    view = StartklasView(op_km)
    qtbot.addWidget(view)
    op_km.op_achtergrond(lambda d, v: d.sync.synchroniseer(v, backoff=0.01))
    assert wait_for_background(15_000)
    view.tabs.setCurrentWidget(view.advies)
    assert view.advies.route.text() == "Z-route" and view.advies.status.text() == "VOORLOPIG"

    dc.startklas.bewaar_eindscore(dc.startklas.groep(groep.id), ib.id, {a.id: 4 for a in INSTRUMENT.aspecten})
    dc.sync.synchroniseer(backoff=0.01)
    op_km.op_achtergrond(lambda d, v: d.sync.synchroniseer(v, backoff=0.01))
    assert wait_for_background(15_000)
    qtbot.waitUntil(lambda: view.advies.route.text() != "Z-route", timeout=5_000)   # the teacher's final word
    assert consultant.get("trajectadvies", ib.id)["route"] == km.startklas.advies(groep, ib.id).route


def test_print_preview_and_sync_counter_follow_a_pip_edit_in_another_tab(qtbot, store, persoon):
    op = bediening(store, VANDAAG)
    op.schrijf(lambda d: d.intake.zet(d.intake.laad(persoon.id), "leerbaarheid.toets_uitkomst", "b1_haalbaar"))
    op.schrijf(lambda d: d.pip.stel_op(persoon.id))
    voorbeeld = PrintView(op, persoon.id)
    status = SyncView(op)
    for w in (voorbeeld, status):
        qtbot.addWidget(w)
    voorbeeld.document.setCurrentIndex(KEUZES.index(("pip", False)))
    voorbeeld.show()
    qtbot.waitUntil(lambda: voorbeeld.drukwerk is not None and not voorbeeld._bezig, timeout=15_000)
    eerst, wachtend = voorbeeld.drukwerk.pdf, status.wachtend.text()

    op.schrijf(lambda d: d.pip.wijzig(persoon.id, "toelichting", "Eerst de kinderopvang regelen, dan de taalles."))
    qtbot.waitUntil(lambda: voorbeeld.drukwerk is not None and voorbeeld.drukwerk.pdf != eerst
                    and not voorbeeld._bezig, timeout=15_000)
    assert status.wachtend.text() != wachtend                                    # one more change to send
