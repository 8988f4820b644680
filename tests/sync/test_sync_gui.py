"""The sync screens, offscreen, against the live server: enrolling in the dialog, syncing in the background with
the result shown, a revoked device explained, and a conflict resolved side by side."""
from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit

from central import db as central_db
from desktop_app.gui.look import install_translation
from desktop_app.gui.sync_view import ConflictDialog, EnrollDialog, GeweigerdDialog, SyncView
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import Client
from synchelp import do_sync, server_state
from tests.bediening import bediening
from tests.journeys.mensen import inburgeraar
from tests.realistisch import vul_brede_intake

pytestmark = pytest.mark.gui
KM = "K. de Vries"
VANDAAG = dt.date.today()


@pytest.fixture(autouse=True)
def _background_done():
    yield
    from desktop_app.gui.background import wait_for_background
    assert wait_for_background(15_000)  # no worker may outlive the widgets and stores of a test


def test_enroll_dialog_then_sync_in_the_background(qtbot, server, make_store):
    store = make_store("a")
    store.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
    view = SyncView(bediening(store))
    qtbot.addWidget(view)
    assert "nog niet aangemeld" in view.titel.text() and not view.knop_sync.isEnabled()

    dialoog = EnrollDialog(bediening(store))
    qtbot.addWidget(dialoog)
    dialoog.server.setText(server.url)
    dialoog.code.setText("XXXXX-XXXXX")
    qtbot.mouseClick(dialoog.knoppen.button(dialoog.knoppen.StandardButton.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: "onbekend of al gebruikt" in dialoog.melding.text(), timeout=10_000)
    dialoog.code.setText(central_db.enroll(server.engine, "K. de Vries", "consultant", "Utrecht"))
    with qtbot.waitSignal(dialoog.accepted, timeout=10_000):
        qtbot.mouseClick(dialoog.knoppen.button(dialoog.knoppen.StandardButton.Ok), Qt.LeftButton)

    view.ververs()
    assert "Aangemeld bij" in view.titel.text() and view.knop_sync.isEnabled()
    assert view.wachtend.text().endswith(": 1")
    qtbot.mouseClick(view.knop_sync, Qt.LeftButton)
    qtbot.waitUntil(lambda: not view.bezig, timeout=15_000)
    assert "Gesynchroniseerd: 1 verstuurd, 1 ontvangen." in view.melding.text()
    assert view.laatste.text().startswith("Laatst gesynchroniseerd: ")
    assert view.wachtend.text().endswith(": 0")
    view.resize(640, 260)
    view.grab().save("/tmp/koers-sync-view.png")

    antwoord = sync_engine.status(store)
    central_db.revoke(server.engine, store.get_meta("sync.device_id"))
    qtbot.mouseClick(view.knop_sync, Qt.LeftButton)
    qtbot.waitUntil(lambda: "ingetrokken" in view.melding.text(), timeout=15_000)
    assert "blijven bewaard" in view.melding.text()
    assert sync_engine.status(store)["ingetrokken"]
    assert not view.knop_sync.isEnabled() and not view.knop_aanmelden.isHidden()
    assert store.get("inburgeraar", "ib-1")["voornamen"] == "Amal" and antwoord["aangemeld"]


def test_conflict_dialog_side_by_side_keep_mine(qtbot, server, make_store):
    a, b = make_store("a"), make_store("b")
    a.put("inburgeraar", "ib-1", {"voornamen": "Amal", "achternaam": "Haddad", "klantmanager": "K. de Vries"})
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    do_sync(a), do_sync(b)
    a.put("inburgeraar", "ib-1", {"telefoon": "0611111111"})
    b.put("inburgeraar", "ib-1", {"telefoon": "0622222222"})
    do_sync(a), do_sync(b)
    [conflict] = sync_engine.open_conflicts(b)

    view = SyncView(bediening(b))
    qtbot.addWidget(view)
    assert not view.knop_conflicten.isHidden() and "(1)" in view.knop_conflicten.text()

    dialoog = ConflictDialog(bediening(b), conflict)
    qtbot.addWidget(dialoog)
    teksten = [w.toPlainText() for w in dialoog.findChildren(QPlainTextEdit)]
    assert teksten == ["0622222222", "0611111111"]
    dialoog.resize(620, 300)
    dialoog.grab().save("/tmp/koers-conflict.png")
    qtbot.mouseClick(dialoog.knop_mijn, Qt.LeftButton)
    assert dialoog.result() == QDialog.Accepted
    do_sync(b), do_sync(a)
    assert a.get("inburgeraar", "ib-1")["telefoon"] == b.get("inburgeraar", "ib-1")["telefoon"] == "0622222222"
    view.ververs()
    assert view.knop_conflicten.isHidden()


def test_conflict_dialog_edit(qtbot, server, make_store):
    a, b = make_store("a"), make_store("b")
    a.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    do_sync(a), do_sync(b)
    a.put("inburgeraar", "ib-1", {"adres": "Laan 1"})
    b.put("inburgeraar", "ib-1", {"adres": "Laan 2"})
    do_sync(a), do_sync(b)
    [conflict] = sync_engine.open_conflicts(b)
    dialoog = ConflictDialog(bediening(b), conflict)
    qtbot.addWidget(dialoog)
    dialoog.show()
    qtbot.mouseClick(dialoog.knop_bewerk, Qt.LeftButton)
    assert dialoog.bewerk.isVisible()
    dialoog.bewerk.clear()
    qtbot.keyClicks(dialoog.bewerk, "Laan 1-2")
    qtbot.mouseClick(dialoog.knop_bewerk, Qt.LeftButton)
    do_sync(b), do_sync(a)
    assert a.get("inburgeraar", "ib-1")["adres"] == "Laan 1-2"
    assert any(r["reason"] == "conflict opgelost: nieuwe waarde" for r in b.audit_trail("inburgeraar", "ib-1"))


def test_refused_changes_shown_copied_and_discarded_audited(qtbot, server, make_store):
    """A caseload moved while the consultant had an unsent edit: the status says so, the list shows record, fields,
    values and reason, and discarding takes a second, confirming click and is audited."""
    beheer, km = make_store("beheer", user="Beheer", role="beheerder"), make_store("km")
    server.enroll(beheer, "Beheer", "beheerder"), server.enroll(km, "K. de Vries")
    beheer.put("inburgeraar", "ib-1", {"voornamen": "Amal", "achternaam": "Haddad", "klantmanager": "K. de Vries"})
    do_sync(beheer), do_sync(km)
    km.put("inburgeraar", "ib-1", {"telefoon": "0611111111"})
    beheer.put("inburgeraar", "ib-1", {"klantmanager": "P. Jansen"})
    do_sync(beheer)

    view = SyncView(bediening(km))
    qtbot.addWidget(view)
    assert view.knop_geweigerd.isHidden()
    qtbot.mouseClick(view.knop_sync, Qt.LeftButton)
    qtbot.waitUntil(lambda: not view.bezig, timeout=15_000)
    assert "1 wijziging(en) niet geaccepteerd door de server" in view.melding.text()
    assert view.geweigerd.text() == "1 wijzigingen niet geaccepteerd door de server"
    assert not view.knop_geweigerd.isHidden() and view.knop_geweigerd.accessibleName()
    view.resize(640, 300)
    view.grab().save("/tmp/koers-sync-geweigerd.png")

    dialoog = GeweigerdDialog(bediening(km))
    qtbot.addWidget(dialoog)
    cellen = [dialoog.tabel.item(0, k).text() for k in range(4)]
    assert cellen[0] == "inburgeraar ib-1\n(Amal Haddad)" and cellen[1] == "telefoon: 0611111111"
    assert "hoort niet (meer) bij de caseload van K. de Vries" in cellen[2] and cellen[3]
    dialoog.show()
    dialoog.grab().save("/tmp/koers-geweigerd.png")
    qtbot.mouseClick(dialoog.knop_kopieer, Qt.LeftButton)
    assert "0611111111" in QApplication.clipboard().text()

    qtbot.mouseClick(dialoog.knop_verwijder, Qt.LeftButton)  # the first click only asks
    assert "Weet u het zeker?" in dialoog.melding.text() and len(sync_engine.refused_changes(km)) == 1
    qtbot.mouseClick(dialoog.knop_verwijder, Qt.LeftButton)
    assert sync_engine.refused_changes(km) == [] and dialoog.tabel.rowCount() == 0
    assert not dialoog.knop_verwijder.isEnabled() and "geen niet geaccepteerde" in dialoog.melding.text()
    redenen = [r["reason"] for r in km.audit_trail("inburgeraar", "ib-1") if r["field"] == sync_engine.GEWEIGERD]
    assert redenen == ["niet geaccepteerde wijziging geëxporteerd",
                       "niet geaccepteerde wijziging verwijderd uit de wachtrij"]
    assert km.get("inburgeraar", "ib-1") is None   # P. Jansen's now: it left this device at the sync
    view.ververs()
    assert view.knop_geweigerd.isHidden() and view.geweigerd.isHidden()


def test_changes_the_server_cannot_take_are_shown_with_their_reason(qtbot, server, make_store):
    """A real intake with one answer under a name the server cannot accept and one value too large: the rest syncs;
    the list names each reason (in the UI language, with the server's Dutch message), shows the start of the long
    value, copies all of it, and discards only on a second click (audited)."""
    km = make_store("km")
    server.enroll(km, KM)
    ib = inburgeraar(0, VANDAAG, KM)
    km.save(ib)
    vul_brede_intake(km, ib.id, VANDAAG)
    km.put("intake", ib.id, {"motivatie.doelen 2027": "Verpleegkundige worden"})
    km.put("intake", ib.id, {"motivatie.verwachtingen": "ا" * 200_000})

    view = SyncView(bediening(km))
    qtbot.addWidget(view)
    qtbot.mouseClick(view.knop_sync, Qt.LeftButton)
    qtbot.waitUntil(lambda: not view.bezig, timeout=15_000)
    assert "2 wijziging(en) niet geaccepteerd door de server" in view.melding.text()
    assert not view.knop_geweigerd.isHidden() and view.wachtend.text().endswith(": 0")
    assert "motivatie.doelen" in server_state(server.engine)[("intake", ib.id)]

    dialoog = GeweigerdDialog(bediening(km))
    qtbot.addWidget(dialoog)
    naam, waarde = ([dialoog.tabel.item(rij, k).text() for k in range(4)] for rij in range(2))
    assert naam[0] == f"intake {ib.id}\n(Abdulrahman Mohammed Nour-Eddine Al-Abdullah El-Haddad)"
    assert naam[1] == "motivatie.doelen 2027: Verpleegkundige worden"
    assert naam[2].startswith("Veldnaam niet geldig\n")
    assert "de veldnaam 'motivatie.doelen 2027' is niet geldig" in naam[2]
    assert waarde[2].startswith("Waarde niet geldig\n") and "'motivatie.verwachtingen' is te groot (390 kB" in waarde[2]
    assert waarde[1].endswith(" …") and len(waarde[1]) < 500   # the start of the value; copying gives all
    dialoog.show()
    QApplication.processEvents()   # the table lays itself out once shown
    dialoog.grab().save("/tmp/koers-geweigerd-ongeldig.png")
    dialoog.tabel.selectRow(1)
    qtbot.mouseClick(dialoog.knop_kopieer, Qt.LeftButton)
    assert json.loads(QApplication.clipboard().text())[0]["fields"]["motivatie.verwachtingen"] == "ا" * 200_000

    dialoog.tabel.selectRow(0)
    qtbot.mouseClick(dialoog.knop_verwijder, Qt.LeftButton)
    qtbot.mouseClick(dialoog.knop_verwijder, Qt.LeftButton)
    assert [g.code for g in sync_engine.refused_changes(km)] == ["ongeldige_waarde"]
    assert any(r["field"] == sync_engine.GEWEIGERD and r["reason"] == "niet geaccepteerde wijziging verwijderd uit "
               "de wachtrij" for r in km.audit_trail("intake", ib.id))
    assert "motivatie.doelen 2027" not in km.get("intake", ib.id)   # in step with the server; discarding wrote nothing

    app = QApplication.instance()
    try:
        assert install_translation(app, "en")
        engels = GeweigerdDialog(bediening(km))
        qtbot.addWidget(engels)
        assert engels.tabel.item(0, 2).text().startswith("Value not valid\n")
        assert engels.windowTitle() == "Changes not accepted by the server"
    finally:
        install_translation(app, "nl")


def test_a_refusal_code_this_version_does_not_know_is_kept_and_shown(qtbot, server, make_store):
    """A newer server may refuse for a reason this Koers has no name for yet: the change is set aside like any other
    and its code and message are shown as they came."""
    km = make_store("km")
    server.enroll(km, KM)
    km.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": KM})
    km.put("inburgeraar", "ib-1", {"klantmanager": 42})
    echt = httpx.Client()

    def nieuwere_server(request: httpx.Request) -> httpx.Response:
        antwoord = echt.send(request)
        if request.url.path != "/v1/push":
            return antwoord
        body = antwoord.json()
        for result in body["results"]:
            if result["weigering"]:
                result["weigering"] = {"code": "buiten_bewaartermijn", "detail": "Wijziging 2: een nieuwe reden."}
        return httpx.Response(antwoord.status_code, json=body)

    with Client(server.url, km.get_meta("sync.token"), transport=httpx.MockTransport(nieuwere_server)) as client:
        report = sync_engine.sync(km, client)
    echt.close()
    assert report.geweigerd == 1
    [geweigerd] = sync_engine.refused_changes(km)
    assert (geweigerd.code, geweigerd.fields) == ("buiten_bewaartermijn", {"klantmanager": 42})
    dialoog = GeweigerdDialog(bediening(km))
    qtbot.addWidget(dialoog)
    assert dialoog.tabel.item(0, 2).text() == "buiten_bewaartermijn\nWijziging 2: een nieuwe reden."
