"""The trajectadvies with its reasons, voorlopig/definitief, the "nog niet gevalideerd" label, the comparison with the
leerbaarheidstoets and — for a consultant — the written argument and the override with a reason."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from desktop_app.core.observatie import ROUTES, StartklasGroep
from desktop_app.core.trajectadvies import Advies
from desktop_app.core.validation import Ongeldig
from desktop_app.diensten import GeenToegang

from ..domeinlabels import domein_tr
from ..meldingen import melding
from .keuze import vul_cursistkeuze


def _label(tekst: str = "", stijl: str = "") -> QLabel:
    label = QLabel(tekst)
    label.setWordWrap(True)
    label.setTextFormat(Qt.PlainText)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if stijl:
        label.setStyleSheet(stijl)
    return label


class AdviesPagina(QWidget):
    def __init__(self, bediening, parent=None):
        super().__init__(parent)
        self.bediening, self.sk = bediening, bediening.d.startklas
        self.consultant = bediening.d.rol.werkt_met_dossiers
        self.groep: StartklasGroep | None = None
        self.advies: Advies | None = None

        self.cursistkeuze = QComboBox()
        self.cursistkeuze.setAccessibleName(self.tr("Cursist"))
        self.cursistkeuze.currentIndexChanged.connect(self.ververs)
        self.route = _label()
        f = QFont()
        f.setPointSize(f.pointSize() + 6)
        f.setBold(True)
        self.route.setFont(f)
        self.status = _label()
        self.validatie = _label("", "background:#fff4ce; color:#5c4400; padding:4px; border:1px solid #e0c060;")
        self.totaal = _label()
        self.redenen = _label()
        self.ondersteuning = _label()
        self.toets = _label()
        self.melding = _label()

        kop = QHBoxLayout()
        kop.addWidget(QLabel(self.tr("Cursist:")))
        kop.addWidget(self.cursistkeuze, 1)
        inhoud = QWidget()
        lay = QVBoxLayout(inhoud)
        routeregel = QHBoxLayout()
        routeregel.addWidget(self.route)
        routeregel.addWidget(self.status)
        routeregel.addStretch(1)
        lay.addLayout(routeregel)
        lay.addWidget(self.validatie)
        lay.addWidget(self.totaal)
        redenen = QGroupBox(self.tr("Waarom dit advies"))
        QVBoxLayout(redenen).addWidget(self.redenen)
        lay.addWidget(redenen)
        lay.addWidget(self.ondersteuning)
        toets = QGroupBox(self.tr("Leerbaarheidstoets"))
        QVBoxLayout(toets).addWidget(self.toets)
        lay.addWidget(toets)

        self.consultantdeel = QGroupBox(self.tr("Consultant"))
        form = self.form = QFormLayout(self.consultantdeel)
        self.argumentatie = QPlainTextEdit()
        self.argumentatie.setPlaceholderText(self.tr("Waarom wijkt u af van de leerbaarheidstoets? (verplicht voordat "
                                                     "het PIP definitief wordt)"))
        self.argumentatie.setFixedHeight(70)
        self.bewaar_arg = QPushButton(self.tr("Argumentatie &bewaren"))
        self.bewaar_arg.clicked.connect(self.bewaar_argumentatie)
        self.override_route = QComboBox()
        self.override_route.addItem(self.tr("(geen — het berekende advies geldt)"), None)
        for code, naam in ROUTES.items():
            self.override_route.addItem(naam, code)
        self.override_reden = QLineEdit()
        self.override_reden.setPlaceholderText(self.tr("Reden (verplicht; wordt vastgelegd)"))
        self.override_knop = QPushButton(self.tr("Advies &overschrijven"))
        self.override_knop.clicked.connect(self.overschrijf)
        form.addRow(self.tr("Argumentatie:"), self.argumentatie)
        form.addRow("", self.bewaar_arg)
        form.addRow(self.tr("Andere route:"), self.override_route)
        form.addRow(self.tr("Reden:"), self.override_reden)
        form.addRow("", self.override_knop)
        lay.addWidget(self.consultantdeel)
        self.consultantdeel.setVisible(self.consultant)
        if not self.consultant:
            lay.addWidget(_label(self.tr("Op deze installatie staat niets van de intake. Het advies rust op de "
                                         "observatie; de consultant vult het aan met de harde gegevens en de toets.")))
        lay.addWidget(self.melding)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inhoud)
        buiten = QVBoxLayout(self)
        buiten.addLayout(kop)
        buiten.addWidget(scroll, 1)

    def toon_groep(self, groep: StartklasGroep | None) -> None:
        self.groep = groep
        vul_cursistkeuze(self.cursistkeuze, self.sk, groep)
        self.ververs()

    def ververs(self, *_):
        ib_id = self.cursistkeuze.currentData()
        self.melding.setText("")
        if self.groep is None or ib_id is None:
            self.advies = None
            for label in (self.route, self.status, self.validatie, self.totaal, self.redenen, self.ondersteuning,
                          self.toets):
                label.setText("")
            self.validatie.hide()
            return
        self.advies = self.sk.advies(self.groep, ib_id)    # computed now; the stored one follows every change
        self._toon(self.advies)

    def _toon(self, a: Advies) -> None:
        self.route.setText(domein_tr(a.route_label))
        if a.voorlopig:
            self.status.setText(self.tr("VOORLOPIG"))
            self.status.setStyleSheet("background:#fde2e1; color:#8a1c14; padding:3px 8px; font-weight:bold;")
        else:
            self.status.setText(self.tr("DEFINITIEF"))
            self.status.setStyleSheet("background:#dcf5e3; color:#14532d; padding:3px 8px; font-weight:bold;")
        self.validatie.setVisible(not a.gevalideerd)
        self.validatie.setText(self.tr("%1 — nog niet gevalideerd. Gebruik dit advies als onderbouwing, niet als "
                                       "uitkomst.").replace("%1", a.instrument_naam))
        self.totaal.setText(self.tr("Totaalscore %1 · band: %2").replace("%1", str(a.totaal))
                            .replace("%2", a.band_label))
        self.redenen.setText("\n".join("• " + r for r in a.redenen))
        self.ondersteuning.setText(self.tr("Ondersteuning: %1").replace("%1", ", ".join(a.ondersteuning))
                                   if a.ondersteuning else "")
        self.toets.setText(a.vergelijking + ("\n" + self.tr("Argumentatie nodig voordat het PIP definitief wordt.")
                                             if a.argumentatie_nodig else ""))
        self.toets.setStyleSheet("color:#8a1c14; font-weight:bold;" if a.argumentatie_nodig else "")
        if self.consultant:
            # the written argument is asked for where advice and toets differ (and kept visible once written)
            nodig = a.wijkt_af_van_toets or bool(a.argumentatie)
            self.form.setRowVisible(self.argumentatie, nodig)
            self.form.setRowVisible(self.bewaar_arg, nodig)
            self.argumentatie.setPlainText(a.argumentatie)
            index = self.override_route.findData(a.override_route)
            self.override_route.setCurrentIndex(max(index, 0))
            self.override_reden.setText(a.override_reden)

    def bewaar_argumentatie(self) -> None:
        if self.advies is None:
            return
        try:
            ib_id, tekst = self.cursistkeuze.currentData(), self.argumentatie.toPlainText()
            self.bediening.schrijf(lambda d: d.startklas.bewaar_argumentatie(self.groep, ib_id, tekst), bron=self)
            self.advies = self.sk.advies(self.groep, ib_id)
        except (Ongeldig, GeenToegang) as fout:
            self.melding.setText(melding(fout))
            return
        self._toon(self.advies)
        self.melding.setText(self.tr("Argumentatie bewaard."))

    def overschrijf(self) -> None:
        if self.advies is None:
            return
        try:
            ib_id, route, reden = (self.cursistkeuze.currentData(), self.override_route.currentData(),
                                   self.override_reden.text())
            self.bediening.schrijf(lambda d: d.startklas.bewaar_override(self.groep, ib_id, route, reden), bron=self)
            self.advies = self.sk.advies(self.groep, ib_id)
        except (Ongeldig, GeenToegang) as fout:
            self.melding.setText(self.tr("Niet overschreven: %1").replace("%1", melding(fout)))
            return
        self._toon(self.advies)
        self.melding.setText(self.tr("Vastgelegd."))
