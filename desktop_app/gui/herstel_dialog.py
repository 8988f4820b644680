"""Putting a backup back from the lock screen: choose a copy by date, see what it holds (counts, no personal data),
restore it. The current state is kept aside as a copy of its own; the same as `koers restore`."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout)

from .background import run_in_background


class HerstelDialog(QDialog):
    def __init__(self, store_dir: Path, parent=None):
        super().__init__(parent)
        from desktop_app.store import herstel
        self.store_dir = store_dir
        self.resultaat = ""
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        uitleg = QLabel(self.tr("Kies een back-up. Wat er nu staat, wordt niet weggegooid maar apart bewaard als "
                                "back-up 'voor-herstel', die u net zo kunt terugzetten."))
        uitleg.setWordWrap(True)
        self.wachtwoord = QLineEdit(echoMode=QLineEdit.Password)
        self.wachtwoord.setAccessibleName(self.tr("Wachtwoord"))
        self.wachtwoord.returnPressed.connect(self.bekijk)
        self.lijst = QListWidget()
        self.lijst.setAccessibleName(self.tr("Back-ups"))
        for kopie in herstel.kopieen(store_dir):
            item = QListWidgetItem(f"{kopie.gemaakt:%d-%m-%Y %H:%M}  —  {self._reden(kopie.reden)}")
            item.setData(Qt.UserRole, str(kopie.pad))
            self.lijst.addItem(item)
        self.lijst.currentItemChanged.connect(lambda *_: self.bekijk())
        self.inhoud = QLabel()
        self.inhoud.setObjectName("inhoud")
        self.inhoud.setWordWrap(True)
        self.alleen_sleutel = QCheckBox(self.tr("Alleen het sleutelbestand (bij een beschadigd sleutelbestand; de "
                                                "gegevens blijven zoals ze zijn)"))
        self.melding = QLabel(self.tr("Er zijn geen back-ups.") if not self.lijst.count() else "")
        self.melding.setObjectName("melding")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color: #a00000")
        self.knoppen = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.knoppen.button(QDialogButtonBox.Ok).setText(self.tr("&Terugzetten"))
        self.knoppen.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        self.knoppen.accepted.connect(self.zet_terug)
        self.knoppen.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Wachtwoord"), self.wachtwoord)
        lay = QVBoxLayout(self)
        lay.addWidget(uitleg)
        lay.addLayout(form)
        lay.addWidget(self.lijst)
        lay.addWidget(self.inhoud)
        lay.addWidget(self.alleen_sleutel)
        lay.addWidget(self.melding)
        lay.addWidget(self.knoppen)
        self.resize(560, 460)
        if self.lijst.count():
            self.lijst.setCurrentRow(0)

    def _reden(self, reden: str) -> str:
        if reden == "dagelijks":
            return self.tr("dagelijkse back-up")
        if reden.startswith("voor-migratie"):
            return self.tr("vóór een update van Koers")
        if reden.endswith("voor-herstel"):
            return self.tr("toestand vóór een eerder terugzetten")
        return reden

    def _gekozen(self) -> Path | None:
        item = self.lijst.currentItem()
        return Path(item.data(Qt.UserRole)) if item else None

    def _bezig(self, bezig: bool, tekst: str = "") -> None:
        self.knoppen.setEnabled(not bezig)
        self.lijst.setEnabled(not bezig)
        self.melding.setText(tekst)

    def bekijk(self) -> None:
        kopie, wachtwoord = self._gekozen(), self.wachtwoord.text()
        self.inhoud.clear()
        if kopie is None or not wachtwoord:
            return
        from desktop_app.store import herstel
        run_in_background(lambda _p: herstel.bekijk(kopie, wachtwoord),
                          on_success=lambda inhoud: self.inhoud.setText(
                              self.tr("Inhoud: %1").replace("%1", inhoud.beschrijving)),
                          on_failure=lambda fout: self.melding.setText(str(fout)))

    def zet_terug(self) -> None:
        kopie, wachtwoord = self._gekozen(), self.wachtwoord.text()
        if not wachtwoord:
            self.melding.setText(self.tr("Voer eerst uw wachtwoord in."))
            return
        if kopie is None:
            self.melding.setText(self.tr("Kies eerst een back-up."))
            return
        from desktop_app.store import herstel
        store_dir, alleen_sleutel = self.store_dir, self.alleen_sleutel.isChecked()

        def werk(_progress) -> str:
            if alleen_sleutel:
                bron = herstel.zet_sleutel_terug(store_dir, wachtwoord)
                return self.tr("Sleutelbestand teruggezet uit de back-up van %1; de gegevens zijn niet veranderd."
                               ).replace("%1", f"{bron.gemaakt:%d-%m-%Y %H:%M}")
            opzij = herstel.zet_terug(store_dir, kopie, wachtwoord)
            tekst = self.tr("Back-up van %1 teruggezet (%2).").replace(
                "%1", f"{herstel.Kopie(kopie).gemaakt:%d-%m-%Y %H:%M}").replace(
                "%2", herstel.bekijk(kopie, wachtwoord).beschrijving)
            if opzij:
                tekst += " " + self.tr("De toestand van daarvoor staat apart in %1.").replace("%1", opzij.name)
            return tekst

        self._bezig(True, self.tr("Bezig met terugzetten…"))
        run_in_background(werk, on_success=self._gelukt,
                          on_failure=lambda fout: self._bezig(False, str(fout)))

    def _gelukt(self, tekst: str) -> None:
        self.resultaat = tekst
        self.accept()
