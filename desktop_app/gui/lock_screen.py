"""The two screens before the data: creating a store (first run) and unlocking it. Neither imports SQLAlchemy: the
lock screen must appear fast, and the key derivation runs in the background so the window stays responsive."""
from __future__ import annotations

import getpass
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from koers_protocol.namen import Rol
from desktop_app.core.passphrase import beoordeel

from .background import run_in_background

# Which screen is on view, never with personal data: for support, and for the tests of an installed Koers (the bundle,
# a fresh pip install). Shown with KOERS_LOG=INFO (see app.py): "koers.scherm: vergrendeld".
scherm_log = logging.getLogger("koers.scherm")


def _meld_scherm(naam: str) -> None:
    """From the event loop, so the line means: the window is up and this screen is on view, not merely built."""
    QTimer.singleShot(0, lambda: scherm_log.info(naam))


def _kaart(titel: str, uitleg: str) -> tuple[QFrame, QVBoxLayout]:
    kaart = QFrame()
    kaart.setFrameShape(QFrame.StyledPanel)
    kaart.setMaximumWidth(520)
    lay = QVBoxLayout(kaart)
    kop = QLabel(f"<h2>{titel}</h2>")
    kop.setTextFormat(Qt.RichText)
    lay.addWidget(kop)
    tekst = QLabel(uitleg)
    tekst.setWordWrap(True)
    lay.addWidget(tekst)
    return kaart, lay


def toon_sterkte(balk: QProgressBar, advies: QLabel, oordeel, ongelijk: bool) -> None:
    """The strength bar and advice under a new passphrase (first run and passphrase change)."""
    balk.setValue(oordeel.niveau)
    kleur = ("#c0392b", "#d68910", "#27ae60", "#1e8449")[oordeel.niveau]
    balk.setStyleSheet(f"QProgressBar::chunk {{ background: {kleur}; }}")
    tekst = QCoreApplication.translate("FirstRunScreen", "Sterkte: %1. %2").replace("%1", oordeel.label).replace(
        "%2", oordeel.advies)
    if ongelijk:
        tekst += " " + QCoreApplication.translate("FirstRunScreen", "De herhaling is nog niet gelijk.")
    advies.setText(tekst)


def _gecentreerd(parent: QWidget, kaart: QFrame) -> None:
    buiten = QHBoxLayout(parent)
    buiten.addStretch()
    midden = QVBoxLayout()
    midden.addStretch()
    midden.addWidget(kaart)
    midden.addStretch()
    buiten.addLayout(midden)
    buiten.addStretch()


class LockScreen(QWidget):
    """Passphrase → store. Emits sig_unlocked(store) on success."""
    sig_unlocked = Signal(object)

    def __init__(self, store_dir: Path, parent=None):
        super().__init__(parent)
        self.store_dir = store_dir
        kaart, lay = _kaart(self.tr("Koers is vergrendeld"),
                            self.tr("Voer uw wachtwoord in om de versleutelde gegevens op deze laptop te openen."))
        self.wachtwoord = QLineEdit(echoMode=QLineEdit.Password)
        self.wachtwoord.setObjectName("wachtwoord")
        self.wachtwoord.setAccessibleName(self.tr("Wachtwoord"))
        self.wachtwoord.returnPressed.connect(self.ontgrendel)
        self.knop = QPushButton(self.tr("&Ontgrendelen"))
        self.knop.setDefault(True)
        self.knop.clicked.connect(self.ontgrendel)
        self.melding = QLabel()
        self.melding.setObjectName("melding")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color: #a00000")
        self.melding.setAccessibleName(self.tr("Melding"))
        form = QFormLayout()
        form.addRow(self.tr("&Wachtwoord"), self.wachtwoord)
        lay.addLayout(form)
        lay.addWidget(self.knop, 0, Qt.AlignRight)
        lay.addWidget(self.melding)
        self.terugzetten = QPushButton(self.tr("&Back-up terugzetten…"))
        self.terugzetten.clicked.connect(self.zet_terug)
        lay.addWidget(self.terugzetten, 0, Qt.AlignRight)
        plek = QLabel(self.tr("Opslag: %1").replace("%1", str(store_dir)))
        plek.setStyleSheet("color: palette(mid)")
        plek.setWordWrap(True)
        lay.addWidget(plek)
        _gecentreerd(self, kaart)
        self.setFocusProxy(self.wachtwoord)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        _meld_scherm("vergrendeld")

    def ontgrendel(self) -> None:
        wachtwoord = self.wachtwoord.text()
        if not wachtwoord:
            self.melding.setText(self.tr("Voer eerst uw wachtwoord in."))
            return
        self.knop.setEnabled(False)
        self.wachtwoord.setEnabled(False)
        self.melding.setStyleSheet("color: palette(text)")
        self.melding.setText(self.tr("Bezig met ontgrendelen…"))

        def open_store(_progress):
            from desktop_app.store.store import Store
            return Store.open(self.store_dir, wachtwoord)

        run_in_background(open_store, on_success=self._gelukt, on_failure=self._mislukt)

    def _gelukt(self, store) -> None:
        self.wachtwoord.clear()
        self.melding.clear()
        self._weer_invoer()
        self.sig_unlocked.emit(store)

    def zet_terug(self) -> None:
        from .herstel_dialog import HerstelDialog
        dialoog = HerstelDialog(self.store_dir, self)
        if dialoog.exec():
            self.melding.setStyleSheet("color: palette(text)")
            self.melding.setText(dialoog.resultaat + " " + self.tr("Ontgrendel met uw wachtwoord."))

    def _mislukt(self, fout: Exception) -> None:
        from desktop_app.store.errors import StoreError, WrongPassphrase
        self.melding.setStyleSheet("color: #a00000")
        if isinstance(fout, WrongPassphrase):
            self.wachtwoord.selectAll()
            tekst = str(fout)
            if fout.wacht_seconden:
                tekst += " " + self.tr("Na meerdere mislukte pogingen wacht Koers steeds langer (nu %1 s).").replace(
                    "%1", f"{fout.wacht_seconden:.0f}")
            self.melding.setText(tekst)
        elif isinstance(fout, StoreError):
            self.melding.setText(str(fout))
        else:
            self.melding.setText(self.tr("Openen mislukte door een onverwachte fout (%1). Uw gegevens zijn niet "
                                         "gewijzigd.").replace("%1", type(fout).__name__))
        self._weer_invoer()

    def _weer_invoer(self) -> None:
        self.knop.setEnabled(True)
        self.wachtwoord.setEnabled(True)
        self.wachtwoord.setFocus()


class InUseScreen(QWidget):
    """A second Koers for the same store: say so, touch nothing."""

    def __init__(self, melding: str, parent=None):
        super().__init__(parent)
        kaart, lay = _kaart(self.tr("Koers is al geopend"), "")
        self.melding = QLabel(melding)
        self.melding.setObjectName("melding")
        self.melding.setWordWrap(True)
        lay.addWidget(self.melding)
        _gecentreerd(self, kaart)


class FirstRunScreen(QWidget):
    """Create the store: who you are, your role, and a passphrase with strength feedback and confirmation."""
    sig_created = Signal(object)

    def __init__(self, store_dir: Path, parent=None):
        super().__init__(parent)
        self.store_dir = store_dir
        kaart, lay = _kaart(self.tr("Welkom bij Koers"), self.tr(
            "Koers bewaart alle gegevens versleuteld op deze laptop. Kies een wachtwoord dat u onthoudt: zonder "
            "dit wachtwoord is niets te lezen, ook niet door de beheerder. Vier losse woorden werken goed."))
        self.naam = QLineEdit(getpass.getuser())
        self.naam.setAccessibleName(self.tr("Uw naam"))
        self.rol = QComboBox()
        self.rol.setAccessibleName(self.tr("Uw rol"))
        self.rol.addItem(self.tr("Klantmanager / consulent"), Rol.CONSULTANT.value)
        self.rol.addItem(self.tr("Docent startklas"), Rol.DOCENT.value)
        self.wachtwoord = QLineEdit(echoMode=QLineEdit.Password)
        self.wachtwoord.setObjectName("wachtwoord")
        self.wachtwoord.setAccessibleName(self.tr("Nieuw wachtwoord"))
        self.herhaal = QLineEdit(echoMode=QLineEdit.Password)
        self.herhaal.setObjectName("herhaal")
        self.herhaal.setAccessibleName(self.tr("Herhaal wachtwoord"))
        self.sterkte = QProgressBar(maximum=3, textVisible=False)
        self.sterkte.setAccessibleName(self.tr("Sterkte van het wachtwoord"))
        self.advies = QLabel()
        self.advies.setObjectName("advies")
        self.advies.setWordWrap(True)
        self.knop = QPushButton(self.tr("Opslag &aanmaken"))
        self.knop.setObjectName("aanmaken")
        self.knop.setEnabled(False)
        self.knop.clicked.connect(self.maak)
        self.melding = QLabel()
        self.melding.setObjectName("melding")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color: #a00000")
        form = QFormLayout()
        form.addRow(self.tr("Uw &naam"), self.naam)
        form.addRow(self.tr("Uw &rol"), self.rol)
        form.addRow(self.tr("&Wachtwoord"), self.wachtwoord)
        form.addRow("", self.sterkte)
        form.addRow("", self.advies)
        form.addRow(self.tr("&Herhaal"), self.herhaal)
        lay.addLayout(form)
        lay.addWidget(self.knop, 0, Qt.AlignRight)
        lay.addWidget(self.melding)
        plek = QLabel(self.tr("De opslag komt in: %1").replace("%1", str(store_dir)))
        plek.setWordWrap(True)
        lay.addWidget(plek)
        _gecentreerd(self, kaart)
        for veld in (self.wachtwoord, self.herhaal, self.naam):
            veld.textChanged.connect(self._controleer)
        self.herhaal.returnPressed.connect(self.maak)
        self.setFocusProxy(self.wachtwoord)
        self._controleer()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        _meld_scherm("eerste start")

    def _controleer(self) -> None:
        oordeel = beoordeel(self.wachtwoord.text(), [self.naam.text(), self.rol.currentData()])
        gelijk = self.wachtwoord.text() == self.herhaal.text()
        toon_sterkte(self.sterkte, self.advies, oordeel, bool(self.herhaal.text()) and not gelijk)
        self.knop.setEnabled(oordeel.voldoende and gelijk and bool(self.naam.text().strip()))

    def maak(self) -> None:
        if not self.knop.isEnabled():
            return
        self.knop.setEnabled(False)
        self.melding.setText(self.tr("Bezig met aanmaken…"))
        naam, rol, wachtwoord = self.naam.text().strip(), self.rol.currentData(), self.wachtwoord.text()

        def create(_progress):
            from desktop_app.store.store import Store
            return Store.create(self.store_dir, wachtwoord, user=naam, role=rol)

        run_in_background(create, on_success=self._gelukt, on_failure=self._mislukt)

    def _gelukt(self, store) -> None:
        self.wachtwoord.clear()
        self.herhaal.clear()
        self.sig_created.emit(store)

    def _mislukt(self, fout: Exception) -> None:
        self.melding.setText(str(fout))
        self._controleer()
