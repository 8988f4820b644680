"""Changing the passphrase (Bestand → Wachtwoord wijzigen…): the current one, a new one with strength feedback
(zxcvbn, the user's own name and role count as weak), the new one again. The database gets a new key and every backup
is re-encrypted, so the old passphrase opens nothing current."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout

from desktop_app.core.passphrase import beoordeel

from .formveld import opslaan_annuleren
from .lock_screen import toon_sterkte


class WachtwoordDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        uitleg = QLabel(self.tr("De opslag en alle back-ups krijgen een nieuwe sleutel: het oude wachtwoord opent "
                                "daarna niets meer op deze laptop. Een kopie die iemand vóór de wijziging maakte, "
                                "blijft wel met het oude wachtwoord te openen."))
        uitleg.setWordWrap(True)
        self.huidig, self.nieuw, self.herhaal = (QLineEdit(echoMode=QLineEdit.Password) for _ in range(3))
        for veld, naam in ((self.huidig, self.tr("Huidig wachtwoord")), (self.nieuw, self.tr("Nieuw wachtwoord")),
                           (self.herhaal, self.tr("Herhaal nieuw wachtwoord"))):
            veld.setAccessibleName(naam)
        self.sterkte = QProgressBar(maximum=3, textVisible=False)
        self.sterkte.setAccessibleName(self.tr("Sterkte van het wachtwoord"))
        self.advies = QLabel()
        self.advies.setWordWrap(True)
        self.melding = QLabel()
        self.melding.setObjectName("melding")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color: #a00000")
        form = QFormLayout()
        form.addRow(self.tr("&Huidig wachtwoord"), self.huidig)
        form.addRow(self.tr("&Nieuw wachtwoord"), self.nieuw)
        form.addRow("", self.sterkte)
        form.addRow("", self.advies)
        form.addRow(self.tr("He&rhaal"), self.herhaal)
        self.knoppen = opslaan_annuleren(self)
        lay = QVBoxLayout(self)
        lay.addWidget(uitleg)
        lay.addLayout(form)
        lay.addWidget(self.melding)
        lay.addWidget(self.knoppen)
        self._eigen = [store.user, store.role]
        for veld in (self.nieuw, self.herhaal):
            veld.textChanged.connect(self._controleer)
        self._controleer()
        self.resize(520, 0)

    def _controleer(self) -> bool:
        oordeel = beoordeel(self.nieuw.text(), self._eigen)
        gelijk = self.nieuw.text() == self.herhaal.text()
        toon_sterkte(self.sterkte, self.advies, oordeel, bool(self.herhaal.text()) and not gelijk)
        return oordeel.voldoende and gelijk

    def accept(self) -> None:
        from desktop_app.store.errors import StoreError
        if not self.huidig.text():
            self.melding.setText(self.tr("Voer uw huidige wachtwoord in."))
            return
        if not self._controleer():
            self.melding.setText(self.tr("Het nieuwe wachtwoord is te zwak of de herhaling is niet gelijk."))
            return
        self.melding.setText(self.tr("Bezig: de opslag en de back-ups krijgen een nieuwe sleutel…"))
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:   # on the GUI thread on purpose: nothing else may use the store while it is re-keyed
            self.store.change_passphrase(self.huidig.text(), self.nieuw.text())
        except StoreError as fout:
            self.melding.setText(str(fout))
            return
        finally:
            QApplication.restoreOverrideCursor()
        for veld in (self.huidig, self.nieuw, self.herhaal):
            veld.clear()
        super().accept()
