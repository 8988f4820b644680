"""Issues 12.3 and 12.4 in the app: a backup put back from the lock screen (chosen by date, its counts shown, the
current state kept aside), and the passphrase changed from the menu."""
import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.core.demo import demo_inburgeraars
from desktop_app.gui.background import wait_for_background
from desktop_app.gui.herstel_dialog import HerstelDialog
from desktop_app.gui.lock_screen import LockScreen
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.wachtwoord_dialog import WachtwoordDialog
from desktop_app.store import herstel
from desktop_app.store.errors import WrongPassphrase
from desktop_app.store.layout import DB_FILE
from desktop_app.store.store import Store

import pytest

VANDAAG = dt.date(2026, 11, 22)


def test_restore_from_the_lock_screen_after_the_database_was_emptied(qtbot, store, store_dir, passphrase):
    for ib in demo_inburgeraars(9, VANDAAG):
        store.save(ib)
    store.dagelijkse_backup(nu=dt.datetime(2026, 11, 20, 8, 30))
    store.close()
    (store_dir / DB_FILE).write_bytes(b"")
    window = MainWindow(store_dir, vandaag=VANDAAG)
    qtbot.addWidget(window)
    window.show()
    slot = window.stack.currentWidget()
    qtbot.keyClicks(slot.wachtwoord, passphrase)
    qtbot.keyClick(slot.wachtwoord, Qt.Key_Return)
    qtbot.waitUntil(lambda: "leeg" in slot.melding.text(), timeout=10_000)
    assert "Back-up terugzetten" in slot.melding.text()

    gezien = {}

    def kies_en_zet_terug():
        dialoog = QApplication.activeModalWidget()
        assert isinstance(dialoog, HerstelDialog)
        gezien["lijst"] = dialoog.lijst.item(0).text()
        qtbot.keyClicks(dialoog.wachtwoord, passphrase)
        qtbot.keyClick(dialoog.wachtwoord, Qt.Key_Return)          # shows what the chosen copy holds
        qtbot.waitUntil(lambda: "9 inburgeraar" in dialoog.inhoud.text(), timeout=10_000)
        dialoog.knoppen.accepted.emit()
    QTimer.singleShot(0, kies_en_zet_terug)
    slot.terugzetten.click()
    assert gezien["lijst"].startswith("20-11-2026 08:30")
    assert "teruggezet (9 inburgeraar)" in slot.melding.text() and "apart" in slot.melding.text()
    assert any(k.reden == "voor-herstel" for k in herstel.kopieen(store_dir))

    slot.wachtwoord.clear()
    qtbot.keyClicks(slot.wachtwoord, passphrase)
    with qtbot.waitSignal(window.sig_unlocked, timeout=10_000):
        qtbot.keyClick(slot.wachtwoord, Qt.Key_Return)
    assert window.caseload.model.rowCount() == 9


def test_change_the_passphrase_from_the_menu(qtbot, store, store_dir, passphrase):
    store.close()
    window = MainWindow(store_dir, vandaag=VANDAAG)
    qtbot.addWidget(window)
    window.show()
    slot = window.stack.currentWidget()
    qtbot.keyClicks(slot.wachtwoord, passphrase)
    with qtbot.waitSignal(window.sig_unlocked, timeout=10_000):
        qtbot.keyClick(slot.wachtwoord, Qt.Key_Return)
    wait_for_background()
    nieuw = "negen witte paarden op de Veluwe"
    gezien = {}

    def vul_in():
        dialoog = QApplication.activeModalWidget()
        assert isinstance(dialoog, WachtwoordDialog)
        qtbot.keyClicks(dialoog.huidig, passphrase)
        qtbot.keyClicks(dialoog.nieuw, "Zomer2025")
        gezien["zwak"] = dialoog.advies.text()
        dialoog.nieuw.clear()
        qtbot.keyClicks(dialoog.nieuw, nieuw)
        qtbot.keyClicks(dialoog.herhaal, nieuw)
        dialoog.accept()
    QTimer.singleShot(0, vul_in)
    window.actie_wachtwoord.trigger()
    assert "zwak" in gezien["zwak"]
    assert "gewijzigd" in window.statusBar().currentMessage()
    window.lock()
    assert isinstance(window.stack.currentWidget(), LockScreen)
    window.close()
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, passphrase)
    Store.open(store_dir, nieuw).close()
