"""Issues 12.6 and 12.7 as a person meets them: Koers locks itself while an edit dialog is open. The dialog closes (no
personal data left on screen); a valid half-finished edit is saved, an invalid one is kept as an encrypted draft and
offered again after unlock. After lock, neither the passphrase nor the database key is reachable from Python."""
import datetime as dt
import gc
import hashlib
import weakref

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.core.model import Inburgeraar
from desktop_app.gui import background
from desktop_app.gui.inburgeraar_dialog import InburgeraarDialog
from desktop_app.gui.lock_screen import LockScreen
from desktop_app.gui.main_window import MainWindow
from desktop_app.store import vault
from desktop_app.store.store import Store

from ..test_gui_foundation import type_text

VANDAAG = dt.date(2026, 11, 22)
NAAM = "Abdulrahman Al-Haddad Suleiman"            # a long name in two scripts, as in the field
EIGEN = "عبد الرحمن الحداد سليمان"
ADRES = "Laan van de Vrijheidsstrijders en Verzetshelden 1944-1945 nummer 118 bis, 3811 AB"


def _ontgrendel(qtbot, window, passphrase):
    slot = window.stack.currentWidget()
    assert isinstance(slot, LockScreen)
    qtbot.keyClicks(slot.wachtwoord, passphrase)
    with qtbot.waitSignal(window.sig_unlocked, timeout=10_000):
        qtbot.keyClick(slot.wachtwoord, Qt.Key_Return)


def _venster(qtbot, store_dir, passphrase):
    window = MainWindow(store_dir, vandaag=VANDAAG)
    qtbot.addWidget(window)
    window.show()
    _ontgrendel(qtbot, window, passphrase)
    return window


def _open_vensters(window):
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def _vul_en_vergrendel(qtbot, window, velden, na=None):
    """Type into the real dialog, then the idle timer fires while it is open."""
    def doe():
        dialoog = QApplication.activeModalWidget()
        assert isinstance(dialoog, InburgeraarDialog)
        for naam, tekst in velden.items():
            type_text(dialoog.velden[naam], tekst)
        window.idle.timeout.emit()            # what the idle timer does after N minutes without input
    QTimer.singleShot(0, doe)


def test_a_valid_edit_open_at_auto_lock_is_saved_and_the_dialog_closes(qtbot, store, store_dir, passphrase):
    store.close()
    window = _venster(qtbot, store_dir, passphrase)
    voornaam, achternaam = NAAM.split(" ", 1)
    _vul_en_vergrendel(qtbot, window, {"voornamen": voornaam, "achternaam": achternaam, "naam_eigen_schrift": EIGEN,
                                       "adres": ADRES, "bsn": "111222333", "geboortedatum": "03-04-1991",
                                       "koppeling": "01-10-2026"})
    window.nieuwe_inburgeraar()                   # returns when the dialog closed
    assert window.store is None and isinstance(window.stack.currentWidget(), LockScreen)
    assert _open_vensters(window) == []
    _ontgrendel(qtbot, window, passphrase)
    [ib] = window.store.load_all(Inburgeraar)
    assert (ib.naam, ib.naam_eigen_schrift, ib.adres, ib.bsn) == (NAAM, EIGEN, ADRES, "111222333")
    assert ib.klantmanager == "K. de Vries"


def test_an_invalid_edit_open_at_auto_lock_becomes_a_draft_offered_after_unlock(qtbot, store, store_dir, passphrase):
    bestaand = Inburgeraar(voornamen="Yonas", achternaam="Tesfay", naam_eigen_schrift="ዮናስ ተስፋይ",
                           doelgroep="nareiziger")
    store.save(bestaand)
    store.close()
    window = _venster(qtbot, store_dir, passphrase)
    _vul_en_vergrendel(qtbot, window, {"adres": ADRES, "bsn": "123456789"})    # fails the elfproef
    window.bewerk_inburgeraar(bestaand.id)
    assert window.store is None and _open_vensters(window) == []
    s = Store.open(store_dir, passphrase)
    assert s.load(Inburgeraar, bestaand.id).adres == ""                      # nothing invalid was saved …
    [(sleutel, soort, data)] = s.concepten()                                # … it is a draft, encrypted
    assert soort == "inburgeraar" and data["velden"]["bsn"] == "123456789"
    s.close()

    aangeboden = {}

    def verbeter():
        dialoog = QApplication.activeModalWidget()
        assert isinstance(dialoog, InburgeraarDialog)
        aangeboden["adres"] = dialoog.velden["adres"].text()
        aangeboden["melding"] = dialoog.meldingen["bsn"].text()
        aangeboden["uitleg"] = dialoog.algemeen.text()
        dialoog.velden["bsn"].clear()
        type_text(dialoog.velden["bsn"], "111222333")
        dialoog.accept()
    QTimer.singleShot(50, verbeter)
    _ontgrendel(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: window.store is not None and not window.store.concepten(), timeout=5_000)
    assert aangeboden["adres"] == ADRES and "elfproef" in aangeboden["melding"]
    assert "vergrendelde" in aangeboden["uitleg"]
    ib = window.store.load(Inburgeraar, bestaand.id)
    assert (ib.adres, ib.bsn, ib.naam_eigen_schrift) == (ADRES, "111222333", "ዮናስ ተስፋይ")


def _bereikbaar(sha: bytes, lengte: int) -> list[str]:
    """Every str of this length and hash that any live Python object refers to."""
    gc.collect()
    gevonden = []
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            if type(ref) is str and len(ref) == lengte and hashlib.sha256(ref.encode()).digest() == sha:
                gevonden.append(type(obj).__name__)
    return gevonden


def test_after_lock_the_passphrase_and_the_key_are_unreachable(qtbot, store, store_dir, passphrase, monkeypatch):
    wachtwoord = "".join(["ruim ", "baan ", "voor ", "zeven ", "zwanen"])    # built here, held by no constant
    store.change_passphrase(passphrase, wachtwoord, vault.FAST_KDF_FOR_TESTS)
    store.close()
    operaties = []
    echt = background.run_in_background

    def volg(operation, **kw):
        operaties.append(weakref.ref(operation))
        return echt(operation, **kw)
    monkeypatch.setattr(background, "run_in_background", volg)
    monkeypatch.setattr("desktop_app.gui.lock_screen.run_in_background", volg)
    sha, lengte = hashlib.sha256(wachtwoord.encode()).digest(), len(wachtwoord)
    window = MainWindow(store_dir, vandaag=VANDAAG)
    qtbot.addWidget(window)
    window.show()
    for _ in range(2):                          # two unlocks used to leave two copies
        _ontgrendel(qtbot, window, wachtwoord)
        sleutel = window.store._key_hex
        sleutel_sha, sleutel_lengte = hashlib.sha256(sleutel.encode()).digest(), len(sleutel)
        del sleutel
        background.wait_for_background()
        with qtbot.waitSignal(window.sig_locked):
            window.lock()
        qtbot.wait(10)
    del wachtwoord
    assert [r for r in operaties if r() is not None] == []        # the unlock closures are gone …
    assert _bereikbaar(sha, lengte) == []                         # … and with them the passphrase
    assert _bereikbaar(sleutel_sha, sleutel_lengte) == []         # the key hex too
