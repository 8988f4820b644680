"""StartklasView: the whole observation module — groups on the left, per group: the group itself, scoring, final
scores, progress and the trajectadvies. The only module on a docent's installation."""
from __future__ import annotations


from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop_app.core.model import Soort
from desktop_app.core.observatie import LESDAGEN, Plaatsing, StartklasGroep
from desktop_app.core.validation import Ongeldig
from desktop_app.diensten import startklas as sk

from ..meldingen import melding, tekst
from .advies import AdviesPagina
from .eindscore import EindscorePagina
from .rooster import ObserverenPagina
from .voortgang import VoortgangPagina
from ..domeinlabels import domein_tr


class GroepPagina(QWidget):
    """Edit a group and place cursisten in it."""

    def __init__(self, bediening, bij_opslaan, parent=None):
        super().__init__(parent)
        self.bediening, self.sk, self.bij_opslaan = bediening, bediening.d.startklas, bij_opslaan
        self.vandaag = bediening.d.vandaag
        self.groep: StartklasGroep | None = None
        self.naam = QLineEdit()
        self.docenten = QLineEdit()
        self.docenten.setPlaceholderText(self.tr("Gebruikersnamen, gescheiden door komma's"))
        self.startdatum = QDateEdit()
        self.startdatum.setDisplayFormat("dd-MM-yyyy")
        self.startdatum.setCalendarPopup(True)
        self.lesdagen = {dag: QCheckBox(domein_tr(dag)) for dag in LESDAGEN}
        dagen = QHBoxLayout()
        for vak in self.lesdagen.values():
            dagen.addWidget(vak)
        self.instrument = QComboBox()
        for ins in sk.instrumenten().values():
            self.instrument.addItem(ins.naam + ("" if ins.gevalideerd else self.tr(" (nog niet gevalideerd)")), ins.id)
        self.opslaan = QPushButton(self.tr("Groep &opslaan"))
        self.opslaan.clicked.connect(self.bewaar)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Naam:"), self.naam)
        form.addRow(self.tr("&Docent(en):"), self.docenten)
        form.addRow(self.tr("&Startdatum:"), self.startdatum)
        form.addRow(self.tr("Lesdagen:"), dagen)
        form.addRow(self.tr("&Instrument:"), self.instrument)
        form.addRow("", self.opslaan)

        self.cursisten = QListWidget()
        self.cursisten.setAccessibleName(self.tr("Cursisten in de groep"))
        self.kandidaat = QComboBox()
        self.kandidaat.setAccessibleName(self.tr("Inburgeraar om te plaatsen"))
        self.van = QDateEdit()
        self.van.setDisplayFormat("dd-MM-yyyy")
        self.plaats_knop = QPushButton(self.tr("&Plaatsen"))
        self.plaats_knop.clicked.connect(self.plaats)
        plaatsen = QHBoxLayout()
        plaatsen.addWidget(self.kandidaat, 1)
        plaatsen.addWidget(QLabel(self.tr("vanaf")))
        plaatsen.addWidget(self.van)
        plaatsen.addWidget(self.plaats_knop)
        cursistvak = QGroupBox(self.tr("Cursisten"))
        vl = QVBoxLayout(cursistvak)
        vl.addWidget(self.cursisten)
        vl.addLayout(plaatsen)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.melding)
        lay.addWidget(cursistvak, 1)

    def toon_groep(self, groep: StartklasGroep | None) -> None:
        self.groep = groep
        nieuw = groep is None
        g = groep or StartklasGroep(startdatum=self.vandaag, docenten=[self.bediening.d.gebruiker])
        self.naam.setText(g.naam)
        self.docenten.setText(", ".join(g.docenten))
        self.startdatum.setDate(QDate(g.startdatum) if g.startdatum else QDate(self.vandaag))
        for dag, vak in self.lesdagen.items():
            vak.setChecked(dag in g.lesdagen)
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(g.instrument)))
        self.melding.setText(self.tr("Nieuwe groep: vul de gegevens in en sla op.") if nieuw else "")
        self.cursisten.clear()
        self.kandidaat.clear()
        for w in (self.kandidaat, self.van, self.plaats_knop):
            w.setEnabled(not nieuw)
        if nieuw:
            return
        for _, naam in self.sk.cursisten(groep.id):
            self.cursisten.addItem(naam)
        geplaatst = {p.inburgeraar_id for p in self.sk.plaatsingen_van(groep.id)}
        for ib in sorted(self.bediening.d.inburgeraars.alle(), key=lambda i: i.sorteernaam):
            if ib.id not in geplaatst:
                self.kandidaat.addItem(ib.naam, ib.id)
        self.van.setDate(QDate(groep.startdatum))

    def bewaar(self) -> StartklasGroep | None:
        g = self.groep or StartklasGroep()
        g.naam = self.naam.text()
        g.docenten = [d for d in self.docenten.text().split(",")]
        g.startdatum = self.startdatum.date().toPython()
        g.lesdagen = [dag for dag, vak in self.lesdagen.items() if vak.isChecked()]
        g.instrument = self.instrument.currentData()
        try:
            waarschuwing = " ".join(map(tekst, self.bediening.schrijf(lambda d: d.startklas.bewaar_groep(g),
                                                                      bron=self).waarschuwingen))
        except Ongeldig as fout:
            self.melding.setText(self.tr("Niet opgeslagen:\n%1").replace("%1", melding(fout)))
            return None
        self.groep = g
        self.bij_opslaan(g)
        self.melding.setText(waarschuwing or self.tr("Opgeslagen."))
        return g

    def plaats(self) -> bool:
        if self.groep is None or self.kandidaat.currentData() is None:
            return False
        plaatsing = Plaatsing(inburgeraar_id=self.kandidaat.currentData(), groep_id=self.groep.id,
                              van=self.van.date().toPython())
        try:
            waarschuwing = " ".join(map(tekst, self.bediening.schrijf(lambda d: d.startklas.plaats(plaatsing),
                                                                      bron=self).waarschuwingen))
        except Ongeldig as fout:
            self.melding.setText(self.tr("Niet geplaatst: %1").replace("%1", melding(fout)))
            return False
        self.bij_opslaan(self.groep)
        self.melding.setText(waarschuwing or self.tr("Geplaatst."))
        return True


# What the startklas screens show: a change to any of these elsewhere reloads the page on view.
STARTKLAS_INVOER = (Soort.STARTKLASGROEP, Soort.PLAATSING, Soort.OBSERVATIEMOMENT, Soort.EINDSCORE,
                    Soort.TRAJECTADVIES, Soort.INBURGERAAR, Soort.INTAKE, Soort.INTAKE_BIJZONDER)


class StartklasView(QWidget):
    def __init__(self, bediening, parent=None):
        super().__init__(parent)
        self.bediening, self.sk = bediening, bediening.d.startklas
        self.groepen = QListWidget()
        self.groepen.setAccessibleName(self.tr("Startklasgroepen"))
        self.groepen.currentItemChanged.connect(self._groep_gekozen)
        nieuw = QPushButton(self.tr("Nieuwe &groep"))
        nieuw.clicked.connect(self.nieuwe_groep)
        links = QWidget()
        ll = QVBoxLayout(links)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Groepen")))
        ll.addWidget(self.groepen, 1)
        ll.addWidget(nieuw)

        self.groep_pagina = GroepPagina(bediening, self._groep_opgeslagen)
        self.observeren = ObserverenPagina(bediening)
        self.eindscore = EindscorePagina(bediening)
        self.voortgang = VoortgangPagina(bediening)
        self.advies = AdviesPagina(bediening)
        self.tabs = QTabWidget()
        for pagina, titel in ((self.groep_pagina, self.tr("Groep")), (self.observeren, self.tr("Observeren")),
                              (self.eindscore, self.tr("Eindscore")), (self.voortgang, self.tr("Voortgang")),
                              (self.advies, self.tr("Trajectadvies"))):
            self.tabs.addTab(pagina, titel)
        self.tabs.currentChanged.connect(self._tab_gekozen)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(links)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 1000])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(splitter)
        self._huidige: StartklasGroep | None = None
        self.herlaad()
        bediening.sig_gewijzigd.connect(self._elders_gewijzigd)

    def _elders_gewijzigd(self, wijzigingen, bron) -> None:
        """Observations, final scores or placements arrived (a sync round), or the intake changed the advice: the page
        on view shows them, after writing what is still waiting for autosave. The page that wrote needs nothing."""
        eigen = (self.groep_pagina, self.observeren, self.eindscore, self.voortgang, self.advies)
        if bron in eigen or not wijzigingen.raakt(*STARTKLAS_INVOER):
            return
        self.observeren.bewaar()
        self.herlaad(kies=self._huidige.id if self._huidige else None)

    def herlaad(self, kies: str | None = None) -> None:
        self.groepen.blockSignals(True)
        self.groepen.clear()
        for g in self.sk.groepen():
            item = QListWidgetItem(f"{g.naam}\n{g.startdatum:%d-%m-%Y} · {', '.join(g.docenten)}")
            item.setData(Qt.UserRole, g.id)
            self.groepen.addItem(item)
            if g.id == kies:
                self.groepen.setCurrentItem(item)
        if self.groepen.currentItem() is None and self.groepen.count():
            self.groepen.setCurrentRow(0)
        self.groepen.blockSignals(False)
        self._groep_gekozen()

    def _groep_gekozen(self, *_):
        item = self.groepen.currentItem()
        self._huidige = self.sk.groep(item.data(Qt.UserRole)) if item else None
        self.groep_pagina.toon_groep(self._huidige)
        self._tab_gekozen()

    def _tab_gekozen(self, *_):
        """Pages load when shown, so the scoring grid always sees the latest placements and final scores."""
        pagina = self.tabs.currentWidget()
        if pagina is not self.groep_pagina:
            pagina.toon_groep(self._huidige)

    def nieuwe_groep(self) -> None:
        self.groepen.clearSelection()
        self._huidige = None
        self.groep_pagina.toon_groep(None)
        self.tabs.setCurrentWidget(self.groep_pagina)
        self.groep_pagina.naam.setFocus()

    def _groep_opgeslagen(self, groep: StartklasGroep) -> None:
        self.herlaad(kies=groep.id)

    def toon_groep(self, groep_id: str) -> None:
        self.herlaad(kies=groep_id)

    def bewaar(self) -> bool:
        """Write scores still waiting for autosave; call before locking (the store closes right after)."""
        return self.observeren.bewaar()
