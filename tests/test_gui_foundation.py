"""The first window as a person uses it: first run → create store → add inburgeraar → lock → unlock → still there."""
import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop_app.core.demo import demo_inburgeraars
from desktop_app.gui.background import wait_for_background
from desktop_app.gui.caseload import CaseloadView
from desktop_app.gui.inburgeraar_dialog import InburgeraarDialog
from desktop_app.gui.lock_screen import FirstRunScreen, LockScreen
from desktop_app.gui.main_window import MainWindow

VANDAAG = dt.date(2026, 11, 22)
PASS = "vier losse woorden tellen"


def type_text(widget, text):
    """Non-ASCII through qtbot.keyClicks aborts Qt (qasciikey.cpp): send key events with text instead."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def settle(qtbot):
    wait_for_background()
    qtbot.wait(20)


def fill_dialog_and_save(qtbot, fields, on_errors=None):
    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InburgeraarDialog)
        for name, text in fields.items():
            type_text(dialog.velden[name], text)
        dialog.accept()
        if on_errors and dialog.isVisible():
            on_errors(dialog)
    QTimer.singleShot(0, act)


def test_first_run_create_add_lock_unlock(qtbot, tmp_path, monkeypatch):
    window = MainWindow(tmp_path / "store", vandaag=VANDAAG)
    qtbot.addWidget(window)
    window.show()
    first = window.stack.currentWidget()
    assert isinstance(first, FirstRunScreen)
    qtbot.keyClicks(first.wachtwoord, "kort")
    assert not first.knop.isEnabled() and "zwak" in first.advies.text()
    first.wachtwoord.clear()
    qtbot.keyClicks(first.wachtwoord, PASS)
    qtbot.keyClicks(first.herhaal, PASS[:-1])
    assert not first.knop.isEnabled() and "nog niet gelijk" in first.advies.text()
    qtbot.keyClicks(first.herhaal, PASS[-1])
    assert first.knop.isEnabled()
    with qtbot.waitSignal(window.sig_unlocked, timeout=10_000):
        qtbot.mouseClick(first.knop, Qt.LeftButton)
    assert window.caseload is not None and window.caseload.model.rowCount() == 0

    # a bad record is refused beside its field, and nothing is saved
    errors = {}
    fill_dialog_and_save(qtbot, {"achternaam": "Haddad", "bsn": "123456789", "geboortedatum": "01-01-2030"},
                         on_errors=lambda d: (errors.update({n: m.text() for n, m in d.meldingen.items()
                                                             if m.isVisible()}), d.reject()))
    window.nieuwe_inburgeraar()
    assert "elfproef" in errors["bsn"] and "toekomst" in errors["geboortedatum"]
    assert window.store.count("inburgeraar") == 0

    fill_dialog_and_save(qtbot, {"voornamen": "Amal", "achternaam": "Haddad", "naam_eigen_schrift": "أمل حداد",
                                 "koppeling": "01-10-2026", "bsn": "111222333"})
    window.nieuwe_inburgeraar()
    assert window.caseload.model.rowCount() == 1
    tekst = window.caseload.proxy.index(0, 0).data()
    assert tekst == "Amal Haddad"
    assert window.caseload.proxy.index(0, 2).data() == "أمل حداد"
    assert window.caseload.proxy.index(0, 1).data() == "Binnenkort: Brede intake starten (uiterlijk 01-12-2026)"

    with qtbot.waitSignal(window.sig_locked):
        window.actie_slot.trigger()
    assert window.store is None and window.workspace is None
    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)

    qtbot.keyClicks(lock.wachtwoord, "verkeerd")
    qtbot.keyClick(lock.wachtwoord, Qt.Key_Return)
    settle(qtbot)
    assert "klopt niet" in lock.melding.text() and window.store is None

    lock.wachtwoord.clear()
    qtbot.keyClicks(lock.wachtwoord, PASS)
    with qtbot.waitSignal(window.sig_unlocked, timeout=10_000):
        qtbot.keyClick(lock.wachtwoord, Qt.Key_Return)
    assert window.caseload.proxy.index(0, 0).data() == "Amal Haddad"
    audit = window.store.audit_trail("inburgeraar")
    assert {a["field"] for a in audit} >= {"voornamen", "achternaam", "bsn"}


def test_idle_time_locks_and_drops_the_store(qtbot, store_dir, passphrase, store):
    store.close()
    window = MainWindow(store_dir, idle_minutes=0.005, vandaag=VANDAAG)   # 0.3 s
    qtbot.addWidget(window)
    window.show()
    lock = window.stack.currentWidget()
    qtbot.keyClicks(lock.wachtwoord, passphrase)
    with qtbot.waitSignal(window.sig_unlocked, timeout=10_000):
        qtbot.keyClick(lock.wachtwoord, Qt.Key_Return)
    assert window.store is not None
    with qtbot.waitSignal(window.sig_locked, timeout=5_000):
        pass
    assert window.store is None and isinstance(window.stack.currentWidget(), LockScreen)


def test_os_session_lock_signal_locks(qtbot, store_dir, passphrase, store):
    store.close()
    window = MainWindow(store_dir, vandaag=VANDAAG)
    qtbot.addWidget(window)
    lock = window.stack.currentWidget()
    qtbot.keyClicks(lock.wachtwoord, passphrase)
    with qtbot.waitSignal(window.sig_unlocked, timeout=10_000):
        qtbot.keyClick(lock.wachtwoord, Qt.Key_Return)
    with qtbot.waitSignal(window.sig_locked, timeout=2_000):
        window.session.voorSlaap(True)      # what logind's PrepareForSleep(true) calls


def test_search_as_you_type_in_any_script_and_sorting(qtbot):
    view = CaseloadView()
    qtbot.addWidget(view)
    mensen = demo_inburgeraars(60, VANDAAG)
    view.zet(mensen, VANDAAG)
    assert view.proxy.rowCount() == 60
    type_text(view.zoekveld, "ተስፋይ")          # Tigrinya family name
    assert view.proxy.rowCount() > 0
    assert all("Tesfay" in view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount()))
    view.zoekveld.clear()
    type_text(view.zoekveld, "sen")            # finds Şen without the cedilla
    assert any("Şen" in view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount()))
    view.zoekveld.clear()
    view.tabel.sortByColumn(0, Qt.AscendingOrder)
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    per_naam = {ib.naam: ib for ib in mensen}   # with several given names, the name alone does not show the family name
    keys = [per_naam[n].sorteernaam for n in names]
    assert keys == sorted(keys)
    view.tabel.sortByColumn(1, Qt.AscendingOrder)
    first = view.proxy.index(0, 1).data()
    assert first and first.startswith("Te laat: ")   # the most urgent deadline comes first, its status first


def test_arabic_name_typed_into_the_dialog_is_kept_exactly(qtbot):
    dialog = InburgeraarDialog(vandaag=VANDAAG)
    qtbot.addWidget(dialog)
    type_text(dialog.velden["naam_eigen_schrift"], "ليلى درويش")
    type_text(dialog.velden["achternaam"], "Darwish")
    dialog.accept()
    assert dialog.resultaat.naam_eigen_schrift == "ليلى درويش"


def test_an_ontheffing_is_entered_with_its_scope_ground_and_parts(qtbot):
    dialog = InburgeraarDialog(vandaag=VANDAAG)
    qtbot.addWidget(dialog)
    type_text(dialog.velden["achternaam"], "Haile")
    type_text(dialog.velden["ontheffing"], "01-10-2026")
    omvang, grond = dialog.velden["ontheffing_omvang"], dialog.velden["ontheffing_grond"]
    omvang.setCurrentIndex(omvang.findData("gedeeltelijk"))
    grond.setCurrentIndex(grond.findData("bijzondere_omstandigheden"))
    dialog.accept()
    assert dialog.resultaat is None   # art. 5 lid 2 knows only a full ontheffing; nothing typed is lost
    assert "alleen op medische gronden" in dialog.meldingen["ontheffing_omvang"].text()
    assert "lezen en schrijven" in dialog.meldingen["ontheffing_onderdelen"].text()
    grond.setCurrentIndex(grond.findData("medisch"))
    type_text(dialog.velden["ontheffing_onderdelen"], "lezen en schrijven")
    dialog.accept()
    ib = dialog.resultaat
    assert (ib.ontheffing, ib.ontheffing_omvang, ib.ontheffing_grond, ib.ontheffing_onderdelen) == (
        dt.date(2026, 10, 1), "gedeeltelijk", "medisch", "lezen en schrijven")
    assert not ib.volledig_ontheven
    assert [grond.itemText(i) for i in range(grond.count())] == [
        "", "Medische gronden (art. 5 lid 1)", "Bijzondere individuele omstandigheden (art. 5 lid 2)"]
