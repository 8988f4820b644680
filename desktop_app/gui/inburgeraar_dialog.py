"""Add or edit an inburgeraar. Every problem is shown beside its field with what to do; nothing is saved until all is
right, and what was typed stays in the form."""
from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QScrollArea,
                               QVBoxLayout, QWidget)

from desktop_app.core.model import (VELDLABELS, Doelgroep, Inburgeraar, Ontheffingsgrond, Ontheffingsomvang,
                                    valideer_inburgeraar)
from desktop_app.core.validation import Ongeldig, lees_datum

from .domeinlabels import domein_tr
from .formveld import opslaan_annuleren, toon_meldingen, veld_met_melding

TEKSTVELDEN = ("voornamen", "achternaam", "naam_eigen_schrift", "v_nummer", "bsn", "gemeente", "telefoon", "email",
               "adres")
TALEN = (("nl", "Nederlands"), ("en", "English"), ("ar", "العربية (Arabisch)"), ("fa", "فارسی (Farsi)"),
         ("prs", "دری (Dari)"), ("ps", "پښتو (Pashto)"), ("ti", "ትግርኛ (Tigrinya)"), ("so", "Soomaali (Somalisch)"),
         ("tr", "Türkçe (Turks)"))


class InburgeraarDialog(QDialog):
    def __init__(self, inburgeraar: Inburgeraar | None = None, vandaag: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.vandaag = vandaag or dt.date.today()
        self.origineel = inburgeraar
        self.resultaat: Inburgeraar | None = None
        self.concept_sleutel: str | None = None     # set when this dialog takes up a draft
        self.setWindowTitle(self.tr("Inburgeraar bewerken") if inburgeraar else self.tr("Nieuwe inburgeraar"))
        self.velden: dict[str, QLineEdit | QComboBox] = {}
        self.meldingen: dict[str, QLabel] = {}

        formulier = QWidget()
        form = QFormLayout(formulier)
        for naam in TEKSTVELDEN[:3]:
            self._regel(form, naam, QLineEdit())
        doelgroep = QComboBox()
        for d in Doelgroep:
            doelgroep.addItem(domein_tr(d.label), d.value)
        self._regel(form, "doelgroep", doelgroep)
        taal = QComboBox()
        for code, label in TALEN:
            taal.addItem(label, code)
        self._regel(form, "taal", taal)
        for naam in TEKSTVELDEN[3:]:
            self._regel(form, naam, QLineEdit())
        for naam in Inburgeraar.DATUMVELDEN:
            self._regel(form, naam, QLineEdit(placeholderText=self.tr("dd-mm-jjjj")))
            if naam == "ontheffing":   # the besluit: how far it goes, on which ground, for which parts
                for veld, keuzes in (("ontheffing_omvang", Ontheffingsomvang), ("ontheffing_grond", Ontheffingsgrond)):
                    keuze = QComboBox(minimumContentsLength=16)   # the list shows the long grounds in full
                    keuze.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
                    keuze.addItem("", "")
                    for k in keuzes:
                        keuze.addItem(domein_tr(k.label), k.value)
                    self._regel(form, veld, keuze)
                self._regel(form, "ontheffing_onderdelen",
                            QLineEdit(placeholderText=self.tr("bij gedeeltelijk, bijvoorbeeld: lezen en schrijven")))

        scroll = QScrollArea()
        scroll.setWidget(formulier)
        scroll.setWidgetResizable(True)
        self.algemeen = QLabel()
        self.algemeen.setWordWrap(True)
        self.algemeen.setStyleSheet("color: #a00000")
        knoppen = opslaan_annuleren(self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.algemeen)
        layout.addWidget(knoppen)
        self.resize(560, 720)
        if inburgeraar:
            self._vul(inburgeraar)

    def _regel(self, form: QFormLayout, naam: str, widget) -> None:
        label = domein_tr(VELDLABELS[naam])
        widget.setObjectName(naam)
        widget.setAccessibleName(label)
        kolom, melding = veld_met_melding(widget)
        melding.setObjectName(f"melding_{naam}")
        form.addRow(label, kolom)
        self.velden[naam], self.meldingen[naam] = widget, melding

    def _vul(self, ib: Inburgeraar) -> None:
        for naam, widget in self.velden.items():
            waarde = getattr(ib, naam)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(waarde)))
            elif isinstance(waarde, dt.date):
                widget.setText(waarde.strftime("%d-%m-%Y"))
            else:
                widget.setText(waarde or "")

    def teksten(self) -> dict[str, str]:
        """What is in the form as typed (for a draft when Koers locks before it is valid)."""
        return {naam: w.currentData() if isinstance(w, QComboBox) else w.text() for naam, w in self.velden.items()}

    def zet_concept(self, teksten: dict[str, str]) -> None:
        """Take up a draft: the texts as they were typed, with the problems shown beside their fields."""
        for naam, tekst in teksten.items():
            widget = self.velden.get(naam)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(tekst)))
            elif widget is not None:
                widget.setText(tekst or "")
        toon_meldingen(self.meldingen, self.lees()[1])
        self.algemeen.setText(self.tr("Deze wijziging was nog niet af toen Koers vergrendelde. Verbeter wat rood "
                                      "gemarkeerd is en sla op; Annuleren gooit haar weg."))

    def lees(self) -> tuple[Inburgeraar, list[Ongeldig]]:
        ib = copy.deepcopy(self.origineel) if self.origineel else Inburgeraar()
        fouten = []
        for naam, widget in self.velden.items():
            if isinstance(widget, QComboBox):
                setattr(ib, naam, widget.currentData())
                continue
            tekst = widget.text().strip()
            if naam in Inburgeraar.DATUMVELDEN:
                try:
                    setattr(ib, naam, lees_datum(tekst, VELDLABELS[naam]) if tekst else None)
                except Ongeldig as fout:
                    fouten.append(Ongeldig(fout.veld, fout.sjabloon, naam, code=fout.code, **fout.waarden))
            else:
                setattr(ib, naam, tekst)
        gelezen = {f.sleutel for f in fouten}
        fouten += [f for f in valideer_inburgeraar(ib, self.vandaag) if f.sleutel not in gelezen]
        return ib, fouten

    def accept(self) -> None:
        ib, fouten = self.lees()
        toon_meldingen(self.meldingen, fouten)
        if fouten:
            self.algemeen.setText(self.tr("Niet opgeslagen: verbeter de rood gemarkeerde velden."))
            self.velden[fouten[0].sleutel].setFocus()
            return
        self.resultaat = ib
        super().accept()
