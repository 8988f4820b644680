"""Once a device is enrolled, the main window syncs by itself: nobody has to remember it after a visit to the AZC."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.gui.background import wait_for_background
from desktop_app.gui.main_window import AUTO_SYNC_MS, MainWindow
from synchelp import PASSPHRASE, received_count

pytestmark = pytest.mark.gui


def test_enrolled_window_syncs_on_its_timer_without_opening_the_sync_tab(qtbot, server, make_store):
    store = make_store("a")
    server.enroll(store, "K. de Vries")
    store.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
    directory = store.directory
    store.close()

    window = MainWindow(directory, vandaag=dt.date(2026, 11, 22))
    qtbot.addWidget(window)
    lock = window.stack.currentWidget()
    lock.wachtwoord.setText(PASSPHRASE)
    with qtbot.waitSignal(window.sig_unlocked, timeout=15_000):
        lock.ontgrendel()
    assert window.auto_sync.isActive() and window.auto_sync.interval() == AUTO_SYNC_MS
    assert window.sync_view is None and window.modules.currentIndex() == 0

    window.auto_sync.timeout.emit()           # what the timer does every few minutes
    qtbot.waitUntil(lambda: received_count(server.engine) >= 1, timeout=15_000)
    assert wait_for_background(15_000)
    assert window.modules.currentIndex() == 0, "syncing by itself does not switch the screen"
    assert window.sync_view is None, "a round in the background needs no sync screen"
    window.modules.setCurrentIndex(window._sync_tab)       # the person looks: the round is there
    assert window.sync_view.laatste.text().startswith("Laatst gesynchroniseerd: ")
    assert window.sync_view.wachtend.text().endswith(": 0")

    window.lock()          # the timer belongs to the workspace, which locking throws away
    assert window.workspace is None and window.store is None
