"""Settings of this installation: language, idle lock, server, CA bundle, proxy, municipality file. Each wrong value
is shown beside its field with what to do; nothing is saved until all is right."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from desktop_app.core.gemeente import valideer_gemeente
from desktop_app.core.instellingen import INTERVALLEN, Instellingen, valideer_instellingen
from desktop_app.core.validation import Ongeldig

from .formveld import opslaan_annuleren, toon_meldingen, veld_met_melding
from .meldingen import melding


def controleer_gemeentebestand(pad: Path) -> list[str]:
    """Problems with a municipality file, as lines for the user (empty: fine)."""
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as fout:
        return [f"{pad} is niet te lezen als JSON ({fout})."]
    _, fouten = valideer_gemeente(data)
    meldingen = [melding(f) for f in fouten]
    logo = data.get("logo") if isinstance(data, dict) else None
    if logo:
        logo_pad = (pad.parent / logo)
        kop = logo_pad.read_bytes()[:8] if logo_pad.is_file() else b""
        if not (kop.startswith(b"\x89PNG") or kop.startswith(b"\xff\xd8")):
            meldingen.append(f"Logo: {logo_pad} ontbreekt of is geen PNG/JPEG-afbeelding.")
    return meldingen


class SettingsDialog(QDialog):
    def __init__(self, instellingen: Instellingen, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.resultaat: Instellingen | None = None
        self.meldingen: dict[str, QLabel] = {}
        form = QFormLayout()

        self.taal = QComboBox()
        self.taal.addItem("Nederlands", "nl")
        self.taal.addItem("English", "en")
        self.taal.setCurrentIndex(max(0, self.taal.findData(instellingen.taal)))
        self.vergrendel = QDoubleSpinBox(minimum=1, maximum=60, decimals=0, value=instellingen.vergrendel_na_minuten)
        self.vergrendel.setSuffix(self.tr(" min"))
        self.server = QLineEdit(instellingen.server_url, placeholderText="https://koers.gemeente.nl")
        self.ca = QLineEdit(instellingen.ca_bundel)
        self.proxy = QLineEdit(instellingen.proxy, placeholderText=self.tr("leeg: die van het systeem"))
        self.gemeente = QLineEdit(instellingen.gemeente_bestand,
                                  placeholderText=self.tr("leeg: het voorbeeld 'Gemeente Voorbeeld'"))
        self.interval = QComboBox()   # only a whole number of conversations a year (core.instellingen)
        for maanden in INTERVALLEN:
            naam = self.tr("maand") if maanden == 1 else self.tr("%1 maanden").replace("%1", str(maanden))
            self.interval.addItem(naam, maanden)
        self.interval.setCurrentIndex(max(0, self.interval.findData(instellingen.voortgang_interval_maanden)))
        self.contrast = QCheckBox(self.tr("Hoog contrast"))
        self.contrast.setChecked(instellingen.hoog_contrast)

        self.velden = {"taal": self.taal, "vergrendel_na_minuten": self.vergrendel, "server_url": self.server,
                       "ca_bundel": self.ca, "proxy": self.proxy, "gemeente_bestand": self.gemeente,
                       "voortgang_interval_maanden": self.interval, "hoog_contrast": self.contrast}
        labels = {"taal": self.tr("Taal van Koers"), "vergrendel_na_minuten": self.tr("Vergrendelen na"),
                  "server_url": self.tr("Centrale server"), "ca_bundel": self.tr("CA-certificaat (PEM)"),
                  "proxy": self.tr("Proxy"), "gemeente_bestand": self.tr("Gemeentegegevens (JSON)"),
                  "voortgang_interval_maanden": self.tr("Voortgangsgesprek elke"),
                  "hoog_contrast": self.tr("Weergave")}
        for naam, widget in self.velden.items():
            widget.setAccessibleName(labels[naam])
            rij = widget
            if naam in ("ca_bundel", "gemeente_bestand"):
                rij = QWidget()
                lay = QHBoxLayout(rij)
                lay.setContentsMargins(0, 0, 0, 0)
                lay.addWidget(widget)
                kies = QPushButton(self.tr("Kies…"))
                kies.setAccessibleName(self.tr("Kies bestand voor %1").replace("%1", labels[naam]))
                kies.clicked.connect(lambda _=False, veld=widget: self._kies_bestand(veld))
                lay.addWidget(kies)
            kolom, melding = veld_met_melding(rij)
            form.addRow(labels[naam], kolom)
            self.meldingen[naam] = melding

        uitleg = QLabel(self.tr("Een nieuwe taal of weergave geldt na het opnieuw starten van Koers."))
        uitleg.setWordWrap(True)
        knoppen = opslaan_annuleren(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(uitleg)
        layout.addWidget(knoppen)
        self.resize(620, 0)

    def _kies_bestand(self, veld: QLineEdit) -> None:
        filter_ = self.tr("Certificaten (*.pem *.crt)") if veld is self.ca else self.tr("JSON (*.json)")
        pad, _ = QFileDialog.getOpenFileName(self, self.tr("Kies bestand"), veld.text(), filter_)
        if pad:
            veld.setText(pad)

    def waarden(self) -> dict:
        return {"taal": self.taal.currentData(), "vergrendel_na_minuten": float(self.vergrendel.value()),
                "server_url": self.server.text().strip(), "ca_bundel": self.ca.text().strip(),
                "proxy": self.proxy.text().strip(), "gemeente_bestand": self.gemeente.text().strip(),
                "voortgang_interval_maanden": self.interval.currentData(), "hoog_contrast": self.contrast.isChecked()}

    def accept(self) -> None:
        instellingen, fouten = valideer_instellingen(self.waarden(), bestaat=lambda p: Path(p).expanduser().is_file())
        if not fouten and instellingen.gemeente_bestand:
            fouten += [Ongeldig("Gemeentegegevens", m, "gemeente_bestand")
                       for m in controleer_gemeentebestand(Path(instellingen.gemeente_bestand).expanduser())]
        toon_meldingen(self.meldingen, fouten)
        if fouten:
            self.velden[fouten[0].sleutel].setFocus()
            return
        self.resultaat = dataclasses.replace(instellingen)
        super().accept()
