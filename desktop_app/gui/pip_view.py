"""The PIP of one inburgeraar: drafted from the brede intake and the startklas advice, edited by the consultant as a
concept, then vastgesteld as a beschikking (an explicit act with its dagtekening); a change afterwards is a new version
with its reason, and earlier versions can be looked at and printed. Every edit of a concept is saved at once through
the PIP service (audited, synced); impossible values (ontzorgen shorter than 6 months) are refused beside the field
with the reason. A change made elsewhere (a sync round, the intake, the startklas advice) shows at once.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QScrollArea, QSpinBox, QTextEdit, QVBoxLayout, QWidget)

from desktop_app.core.dates import datum_nl
from desktop_app.core.formulier.fouten import DefinitionError
from desktop_app.core.model import Soort
from desktop_app.core.pip import BEZWAARTERMIJN_WEKEN, LEERROUTES, ONTZORGEN_KOSTEN
from desktop_app.core.termijnen import Status
from desktop_app.core.validation import Geweigerd, Ongeldig
from desktop_app.diensten import GeenToegang
from desktop_app.forms.register import GeenDefinitie

from .domeinlabels import domein_tr
from .meldingen import melding



def _datum_nl(iso: str | None) -> str:
    return datum_nl(dt.date.fromisoformat(iso) if iso else None, "—")


class _Veld(QObject):
    """One editable PIP field: reads/writes its widget and says when the person changed it."""
    sig_gewijzigd = Signal(str)

    def __init__(self, naam: str, soort: str, widget: QWidget, parent=None):
        super().__init__(parent)
        self.naam, self.soort, self.widget, self._laden = naam, soort, widget, False
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self._meld)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda: self._laden or self._timer.start())
            widget.editingFinished.connect(self._meld)
        elif isinstance(widget, QTextEdit):
            widget.textChanged.connect(lambda: self._laden or self._timer.start())
            widget.installEventFilter(self)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._meld)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._meld)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._meld)
        elif soort == "kosten":
            for vakje in widget.vakjes.values():
                vakje.toggled.connect(self._meld)
        self._vorige: Any = object()

    def bewerkbaar(self, ja: bool) -> None:
        """Text of a beschikking stays readable and selectable (read-only, not greyed out); choices are disabled."""
        if isinstance(self.widget, (QLineEdit, QTextEdit)):
            self.widget.setReadOnly(not ja)
        else:
            self.widget.setEnabled(ja)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.FocusOut:
            self._meld()
        return False

    def _meld(self) -> None:
        self._timer.stop()
        if self._laden:
            return
        try:
            huidig = self.waarde()
        except Ongeldig:
            huidig = object()
        if huidig != self._vorige:
            self.sig_gewijzigd.emit(self.naam)

    def waarde(self) -> Any:
        w = self.widget
        if self.soort == "uren":
            tekst = w.text().strip()
            if not tekst:
                return None
            if not tekst.isdigit():
                raise Ongeldig("Uren", f"'{tekst}' is geen geheel aantal uren.")
            return int(tekst)
        if isinstance(w, QLineEdit):
            return w.text().strip()
        if isinstance(w, QTextEdit):
            return w.toPlainText().rstrip()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        return [k for k, v in w.vakjes.items() if v.isChecked()]

    def zet(self, waarde: Any) -> None:
        self._laden = True
        try:
            w = self.widget
            if self.soort == "uren":
                w.setText("" if waarde is None else str(waarde))
            elif isinstance(w, QLineEdit):
                w.setText(waarde or "")
            elif isinstance(w, QTextEdit):
                if w.toPlainText() != (waarde or ""):
                    w.setPlainText(waarde or "")
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(waarde or "")))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(waarde))
            elif isinstance(w, QSpinBox):
                w.setValue(int(waarde or 0))
            else:
                for k, v in w.vakjes.items():
                    v.setChecked(k in (waarde or []))
            self._vorige = waarde
        finally:
            self._laden = False


class PipView(QWidget):
    sig_opgeslagen = Signal(str)

    def __init__(self, bediening, inburgeraar_id: str, parent=None):
        super().__init__(parent)
        self.bediening, self.inburgeraar_id = bediening, inburgeraar_id
        self.pips = bediening.d.pip
        self.velden: dict[str, _Veld] = {}
        self.meldingen: dict[str, QLabel] = {}
        lay = QVBoxLayout(self)
        boven = QHBoxLayout()
        titel = QLabel(self.tr("PIP (Plan Inburgering en Participatie)"))
        lettertype = titel.font()
        lettertype.setPointSizeF(lettertype.pointSizeF() * 1.4)
        lettertype.setBold(True)
        titel.setFont(lettertype)
        boven.addWidget(titel, 1)
        self.versiekeuze = QComboBox()
        self.versiekeuze.setAccessibleName(self.tr("Versie van het PIP"))
        self.versiekeuze.currentIndexChanged.connect(self._versie_gekozen)
        boven.addWidget(self.versiekeuze)
        self.knop_opstellen = QPushButton()
        self.knop_opstellen.clicked.connect(lambda: self.stel_op())
        self.knop_vaststellen = QPushButton(self.tr("&Vaststellen…"))
        self.knop_vaststellen.clicked.connect(lambda: self.vaststellen())
        self.knop_nieuwe_versie = QPushButton(self.tr("&Nieuwe versie…"))
        self.knop_nieuwe_versie.clicked.connect(lambda: self.nieuwe_versie())
        for knop in (self.knop_opstellen, self.knop_vaststellen, self.knop_nieuwe_versie):
            boven.addWidget(knop)
        lay.addLayout(boven)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.status)
        self.algemeen = QLabel()
        self.algemeen.setWordWrap(True)
        lay.addWidget(self.algemeen)
        if not bediening.d.rol.werkt_met_dossiers:
            self.algemeen.setText(self.tr("Het PIP staat niet op een docent-installatie."))
            for w in (self.knop_opstellen, self.knop_vaststellen, self.knop_nieuwe_versie, self.versiekeuze):
                w.hide()
            self.pip = None
            return
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        lay.addWidget(self.scroll, 1)
        self.opgeslagen = QLabel()
        lay.addWidget(self.opgeslagen)
        self._bouw()
        self.pip = self.pips.lees(inburgeraar_id)
        self._toon()
        bediening.sig_gewijzigd.connect(self._elders_gewijzigd)

    # -- building the form ----------------------------------------------------------------------------------------
    def _bouw(self) -> None:
        binnen = QWidget()
        lay = QVBoxLayout(binnen)

        def groep(titel: str) -> QFormLayout:
            box = QGroupBox(titel)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
            lay.addWidget(box)
            return form

        def veld(form: QFormLayout, naam: str, label: str, soort: str) -> None:
            if soort == "regel" or soort == "uren":
                widget: QWidget = QLineEdit()
            elif soort == "tekst":
                widget = QTextEdit()
                widget.setAcceptRichText(False)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(60)
            elif soort == "route":
                widget = QComboBox()
                widget.addItem(self.tr("— kies —"), "")
                for code, tekst in LEERROUTES.items():
                    widget.addItem(domein_tr(tekst), code)
            elif soort == "vink":
                widget = QCheckBox()
            elif soort in ("maanden", "per_jaar"):
                widget = QSpinBox()
                widget.setRange(0, 60 if soort == "maanden" else 12)
            else:   # kosten
                widget = QWidget()
                rooster = QGridLayout(widget)     # three a row: one row of six is wider than the tab at 1280×800
                rooster.setContentsMargins(0, 0, 0, 0)
                widget.vakjes = {}
                for i, (code, tekst) in enumerate(ONTZORGEN_KOSTEN.items()):
                    widget.vakjes[code] = QCheckBox(domein_tr(tekst))
                    rooster.addWidget(widget.vakjes[code], i // 3, i % 3)
                rooster.setColumnStretch(3, 1)
            widget.setAccessibleName(label)
            houder = QWidget()
            v = QVBoxLayout(houder)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(widget)
            melding = QLabel()
            melding.setWordWrap(True)
            melding.setStyleSheet("color: #b00020;")
            melding.hide()
            v.addWidget(melding)
            form.addRow(label, houder)
            self.velden[naam] = _Veld(naam, soort, widget, self)
            self.velden[naam].sig_gewijzigd.connect(self._gewijzigd)
            self.meldingen[naam] = melding

        f = groep(self.tr("1. Inburgering en leerroute"))
        veld(f, "leerroute", self.tr("Leerroute"), "route")
        self.bron = QLabel()   # one reason a line, no word wrap: wrapping labels get clipped in a QFormLayout
        f.addRow(self.tr("Herkomst"), self.bron)
        veld(f, "streefniveau", self.tr("Streefniveau"), "regel")
        veld(f, "intensiteit", self.tr("Intensiteit"), "regel")
        veld(f, "taalaanbieder", self.tr("Taalaanbieder"), "regel")
        veld(f, "afwijking_argumentatie", self.tr("Argumentatie bij afwijking van de leerbaarheidstoets"), "tekst")
        f = groep(self.tr("2. Participatie"))
        veld(f, "pvt", self.tr("PVT"), "tekst")
        veld(f, "map", self.tr("MAP"), "tekst")
        veld(f, "participatie_activiteiten", self.tr("Activiteiten"), "tekst")
        veld(f, "participatie_uren", self.tr("Uren participatie"), "uren")
        f = groep(self.tr("3. Ontzorgen"))
        veld(f, "ontzorgen", self.tr("Financieel ontzorgen"), "vink")
        veld(f, "ontzorgen_kosten", self.tr("Vaste lasten"), "kosten")
        veld(f, "ontzorgen_maanden", self.tr("Aantal maanden (ten minste 6)"), "maanden")
        f = groep(self.tr("4. Begeleiding"))
        veld(f, "maatschappelijke_begeleiding", self.tr("Maatschappelijke begeleiding"), "tekst")
        veld(f, "voortgangsgesprekken_per_jaar", self.tr("Voortgangsgesprekken per jaar"), "per_jaar")
        veld(f, "begeleiding_afspraken", self.tr("Afspraken over begeleiding"), "tekst")
        f = groep(self.tr("Voorwaarden"))
        veld(f, "kinderopvang_nodig", self.tr("Kinderopvang nodig"), "vink")
        veld(f, "kinderopvang_toelichting", self.tr("Toelichting kinderopvang"), "regel")
        veld(f, "reizen_toelichting", self.tr("Reizen"), "regel")
        veld(f, "overige_voorwaarden", self.tr("Overige voorwaarden"), "tekst")
        self.gezin = QLabel()
        self.gezin.setWordWrap(True)
        self.gezin.setTextInteractionFlags(Qt.TextSelectableByMouse)
        f.addRow(self.tr("Gezin"), self.gezin)
        f = groep(self.tr("Periode, voortgang en termijnen"))
        self.periode = QLabel()
        f.addRow(self.tr("Periode (inburgeringstermijn)"), self.periode)
        self.gesprekken = QLabel()
        f.addRow(self.tr("Voortgangsgesprekken gepland"), self.gesprekken)
        self.termijnen = QLabel()
        self.termijnen.setTextFormat(Qt.RichText)
        f.addRow(self.tr("Termijnen"), self.termijnen)
        f = groep(self.tr("Afspraken uit de brede intake"))
        self.afspraken = QLabel()
        self.afspraken.setWordWrap(True)
        self.afspraken.setTextInteractionFlags(Qt.TextSelectableByMouse)
        f.addRow(self.afspraken)
        veld(f, "toelichting", self.tr("Toelichting"), "tekst")
        lay.addStretch(1)
        self.scroll.setWidget(binnen)

    def bewaar_nu(self) -> None:
        """Save what is still being typed (the main window calls this before locking)."""
        for veld in self.velden.values():
            if veld._timer.isActive():
                veld._meld()

    def hideEvent(self, event) -> None:
        self.bewaar_nu()   # another tab, the lock screen, closing: nothing typed may stay unsaved
        super().hideEvent(event)

    # -- showing ---------------------------------------------------------------------------------------------------
    def _toon(self) -> None:
        """The PIP being worked on, or the earlier version chosen above it (read only)."""
        self._vul_versiekeuze()
        heeft = self.pip is not None
        eerder = self.versiekeuze.currentData() is not None
        self.scroll.setVisible(heeft)
        bewerkbaar = heeft and not self.pip.vastgesteld and not eerder
        self.knop_opstellen.setVisible(not heeft or bewerkbaar)
        self.knop_vaststellen.setVisible(bewerkbaar)
        self.knop_nieuwe_versie.setVisible(heeft and self.pip.vastgesteld and not eerder)
        self.knop_opstellen.setText(self.tr("Opnieuw opstellen uit de intake") if heeft
                                    else self.tr("Concept PIP opstellen uit de brede intake"))
        if not heeft:
            self.status.setText("")
            self.algemeen.setText(self.tr("Er is nog geen concept PIP. Stel het op uit de brede intake; daarna kunt u "
                                          "alles aanpassen."))
            return
        p = self.pip
        if p.vastgesteld:
            self.status.setText(self.tr("VASTGESTELD · versie %1 · dagtekening %2 · door %3").replace(
                "%1", str(p.versie)).replace("%2", datum_nl(p.dagtekening)).replace("%3", p.vastgesteld_door)
                + ("\n" + self.tr("Reden van deze versie: %1").replace("%1", p.wijzigingsreden)
                   if p.wijzigingsreden else ""))
            self.status.setStyleSheet("background:#dcf5e3; color:#14532d; padding:4px; font-weight:bold;")
        else:
            self.status.setText(self.tr("CONCEPT · versie %1 · nog niet vastgesteld").replace("%1", str(p.versie))
                                + ("\n" + self.tr("Reden van deze versie: %1").replace("%1", p.wijzigingsreden)
                                   if p.wijzigingsreden else ""))
            self.status.setStyleSheet("background:#fff4ce; color:#5c4400; padding:4px; font-weight:bold;")
        for naam, veld in self.velden.items():
            veld.zet(getattr(p, naam))
            veld.bewerkbaar(bewerkbaar)
        self._ververs_afgeleid()

    def _vul_versiekeuze(self) -> None:
        """The PIP being worked on first, then every vastgesteld version (newest first) to look back at."""
        gekozen = self.versiekeuze.currentData()
        self.versiekeuze.blockSignals(True)
        self.versiekeuze.clear()
        self.versiekeuze.addItem(self.tr("Huidig PIP"), None)
        for v in reversed(self.pips.versies(self.inburgeraar_id)):
            self.versiekeuze.addItem(self.tr("Versie %1, vastgesteld %2").replace("%1", str(v.versie))
                                     .replace("%2", datum_nl(v.dagtekening)), v.versie)
        self.versiekeuze.setCurrentIndex(max(0, self.versiekeuze.findData(gekozen)))
        self.versiekeuze.setVisible(self.versiekeuze.count() > 1)
        self.versiekeuze.blockSignals(False)

    def _versie_gekozen(self, *_) -> None:
        self.bewaar_nu()
        self.pip = self.pips.versie(self.inburgeraar_id, self.versiekeuze.currentData())
        self._toon()

    def _ververs_afgeleid(self) -> None:
        p = self.pip
        self.bron.setText(p.leerroute_bron.replace("; ", "\n") if p.leerroute_bron else self.tr("handmatig"))
        self.periode.setText(f"{p.periode_start:%d-%m-%Y} – {p.periode_einde:%d-%m-%Y}" if p.periode_start and
                             p.periode_einde else self.tr("volgt uit de PIP-dagtekening"))
        datums = [_datum_nl(d) for d in p.voortgangsgesprekken]
        self.gesprekken.setText("\n".join(", ".join(datums[i:i + 4]) for i in range(0, len(datums), 4)) or
                                self.tr("volgt uit de PIP-dagtekening"))
        self.termijnen.setText("<br>".join(f"{domein_tr(t['omschrijving'])}: <b>{_datum_nl(t['uiterlijk'])}</b> "
                                           f"({domein_tr(Status(t['status']).label)})"
                                           for t in self.pips.termijnen(self.inburgeraar_id)))
        self.afspraken.setText("\n".join(f"• {a['domein_label']}: {a['tekst']}" for a in p.afspraken)
                               or self.tr("Geen voorgestelde afspraken in de intake."))
        self.gezin.setText(self._gezin_tekst())
        waarschuwingen = [melding(f) for f in self.pips.waarschuwingen(p)]
        self.algemeen.setText("\n".join(waarschuwingen))
        self.algemeen.setStyleSheet("color: #8a4b00;" if waarschuwingen else "")

    def _gezin_tekst(self) -> str:
        """The partner's own PIP and its kinderopvang condition, and the children with their vve."""
        gezin = self.pips.gezin(self.inburgeraar_id)
        regels = []
        if gezin.partner is not None:
            pip = gezin.partner_pip
            stand = (self.tr("geen PIP") if pip is None else self.tr("PIP versie %1, %2").replace("%1", str(pip.versie))
                     .replace("%2", self.tr("vastgesteld") if pip.vastgesteld else self.tr("concept")))
            regels.append(self.tr("Partner: %1 (eigen intake en PIP; %2)").replace("%1", gezin.partner.naam)
                          .replace("%2", stand))
            if pip is not None and pip.kinderopvang_nodig:
                regels.append(self.tr("Kinderopvang nodig voor de partner: %1")
                              .replace("%1", pip.kinderopvang_toelichting or self.tr("ja")))
        for kind in gezin.kinderen:
            vve = {"aangemeld": self.tr("vve: aangemeld"), "aanmelden": self.tr("vve: nog aanmelden"),
                   "niet": self.tr("vve: niet")}.get(kind.get("vve"), "")
            regels.append(f"• {kind.get('voornaam') or '?'} ({_datum_nl(kind.get('geboortedatum'))})"
                          + (f" · {vve}" if vve else ""))
        return "\n".join(regels) or self.tr("Geen partner of kinderen vastgelegd in de intake.")

    def _elders_gewijzigd(self, wijzigingen, bron) -> None:
        """The PIP, the person's key dates or the advice changed elsewhere (a sync round, another screen)."""
        if bron is self or not wijzigingen.raakt_inburgeraar(self.inburgeraar_id) \
                or not wijzigingen.raakt(Soort.PIP, Soort.INBURGERAAR, Soort.TRAJECTADVIES):
            return
        self.bewaar_nu()
        self.pip = self.pips.versie(self.inburgeraar_id, self.versiekeuze.currentData())
        self._toon()

    # -- drafting ---------------------------------------------------------------------------------------------------
    def stel_op(self, bevestigd: bool = False) -> bool:
        """Draft (or redraft) the PIP from the intake. Redrafting overwrites edits, so it asks first."""
        if self.pip is not None and not bevestigd:
            antwoord = QMessageBox.question(self, self.tr("Opnieuw opstellen"), self.tr(
                "Het concept PIP opnieuw opstellen uit de intake? Uw aanpassingen worden overschreven (ze blijven in "
                "de audit-log)."))
            if antwoord != QMessageBox.Yes:
                return False
        try:
            if not self.bediening.schrijf(lambda d: d.pip.stel_op(self.inburgeraar_id), bron=self):
                return False
        except (GeenToegang, GeenDefinitie, DefinitionError) as fout:
            self.algemeen.setText(melding(fout))
            return False
        self.pip = self.pips.lees(self.inburgeraar_id)
        self._toon()
        self.opgeslagen.setText(self.tr("Concept PIP opgesteld en opgeslagen."))
        return True

    # -- the beschikking -----------------------------------------------------------------------------------------
    def vaststellen(self, dagtekening: dt.date | None = None) -> bool:
        """Make this concept a beschikking. Asks the dagtekening (today unless the letter is dated otherwise) and
        says everything still missing; nothing changes until it is complete."""
        self.bewaar_nu()
        if dagtekening is None:
            dialoog = _VaststelDialoog(self.bediening.d.vandaag, self)
            if dialoog.exec() != QDialog.Accepted:
                return False
            dagtekening = dialoog.datum.date().toPython()
        try:
            self.bediening.schrijf(lambda d: d.pip.vaststellen(self.inburgeraar_id, dagtekening), bron=self)
        except Geweigerd as fout:
            self.algemeen.setText(self.tr("Niet vastgesteld. Nog nodig:") + "\n" + "\n".join(
                f"• {melding(f)}" for f in fout.fouten))
            self.algemeen.setStyleSheet("color: #b00020;")
            return False
        self.pip = self.pips.lees(self.inburgeraar_id)
        self._toon()
        self.opgeslagen.setText(self.tr("Vastgesteld als beschikking (versie %1).").replace("%1", str(self.pip.versie)))
        return True

    def nieuwe_versie(self, reden: str | None = None) -> bool:
        """A change to a vastgesteld PIP is a new beschikking: asks why, then opens it as a concept."""
        if reden is None:
            reden, ok = QInputDialog.getText(self, self.tr("Nieuwe versie van het PIP"), self.tr(
                "Een wijziging is een nieuwe beschikking. Waarom komt er een nieuwe versie (bijvoorbeeld: andere "
                "leerroute na de voortgangsgesprekken)?"))
            if not ok:
                return False
        try:
            self.bediening.schrijf(lambda d: d.pip.nieuwe_versie(self.inburgeraar_id, reden), bron=self)
        except Ongeldig as fout:
            self.opgeslagen.setText(self.tr("Geen nieuwe versie: %1").replace("%1", melding(fout)))
            return False
        self.pip = self.pips.lees(self.inburgeraar_id)
        self._toon()
        return True

    # -- editing ----------------------------------------------------------------------------------------------------
    def _gewijzigd(self, naam: str) -> None:
        veldmelding = self.meldingen[naam]
        try:
            waarde = self.velden[naam].waarde()
            self.bediening.schrijf(lambda d: d.pip.wijzig(self.inburgeraar_id, naam, waarde), bron=self)
        except Ongeldig as fout:
            veldmelding.setText(melding(fout))
            veldmelding.show()
            self.opgeslagen.setText(self.tr("Niet opgeslagen: %1").replace("%1", melding(fout)))
            return
        veldmelding.hide()
        self.pip = self.pips.lees(self.inburgeraar_id)
        self.velden[naam]._vorige = waarde
        self._ververs_afgeleid()
        self.opgeslagen.setText(self.tr("Opgeslagen om %1.").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))
        self.sig_opgeslagen.emit(naam)



class _VaststelDialoog(QDialog):
    """The dagtekening of the beschikking, and what vaststellen means."""

    def __init__(self, vandaag: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIP vaststellen"))
        lay = QVBoxLayout(self)
        uitleg = QLabel(self.tr("Vaststellen maakt dit PIP een beschikking: deze versie verandert daarna niet meer. "
                                "De inburgeraar kan binnen %1 weken na de dagtekening bezwaar maken. De "
                                "inburgeringstermijn telt vanaf de dag na de dagtekening van het eerste PIP.")
                        .replace("%1", str(BEZWAARTERMIJN_WEKEN)))
        uitleg.setWordWrap(True)
        lay.addWidget(uitleg)
        form = QFormLayout()
        self.datum = QDateEdit(vandaag)
        self.datum.setCalendarPopup(True)
        self.datum.setDisplayFormat("dd-MM-yyyy")
        self.datum.setMaximumDate(vandaag)
        form.addRow(self.tr("&Dagtekening:"), self.datum)
        lay.addLayout(form)
        knoppen = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        knoppen.button(QDialogButtonBox.Ok).setText(self.tr("&Vaststellen"))
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        lay.addWidget(knoppen)
