"""The guided brede intake of one inburgeraar: a domain navigator with progress and status colour, the form of the
chosen domain (rendered from the definition), autosave on every change, undo of the last edits, the summary.

Keyboard: Tab/Shift+Tab move through the questions; Ctrl+PgDown / Ctrl+PgUp next/previous domain; F8 / Shift+F8 next /
previous question that still needs an answer; Ctrl+Z undoes the last saved change (inside a text field Ctrl+Z first
undoes typing, as everywhere); Ctrl+Shift+S opens the summary.

Every save goes through the intake service; a change made elsewhere (a sync round, the startklas advice, another
screen) reloads the answers shown.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from desktop_app.core.formulier.definitie import Vraag
from desktop_app.core.formulier.fouten import DefinitionError
from desktop_app.core.intake import Intake
from desktop_app.core.model import Soort
from desktop_app.core.validation import Ongeldig
from desktop_app.diensten import GeenToegang
from desktop_app.forms.register import GeenDefinitie

from .intake.formulier import DomeinFormulier, HerhaalGroep
from .intake.samenvatting import KLEUREN, SamenvattingWidget
from . import meldingen
from .domeinlabels import domein_tr

SAMENVATTING = "__samenvatting__"
MAX_ONGEDAAN = 50


@dataclasses.dataclass
class _Wijziging:
    pad: str
    oud: Any
    label: str


def _bolletje(kleur: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    p.setBrush(QColor(kleur))
    p.setPen(Qt.NoPen)
    p.drawEllipse(1, 1, 12, 12)
    p.end()
    return QIcon(pixmap)


class IntakeView(QWidget):
    sig_opgeslagen = Signal(str)     # path of the answer that was saved

    def __init__(self, bediening, inburgeraar_id: str, parent=None, *, vooruit_bouwen: bool = True):
        super().__init__(parent)
        self.bediening, self.inburgeraar_id = bediening, inburgeraar_id
        self.intakes = bediening.d.intake
        self.vooruit_bouwen = vooruit_bouwen
        self.ongedaan: list[_Wijziging] = []
        self.formulieren_cache: dict[str, DomeinFormulier] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4c2; border: 1px solid #d9b800; padding: 6px;")
        self.banner.hide()
        lay.addWidget(self.banner)
        self.migratiebalk = QWidget()
        balk = QHBoxLayout(self.migratiebalk)
        balk.setContentsMargins(0, 0, 0, 0)
        self.migratie = QLabel()
        self.migratie.setWordWrap(True)
        self.migratie.setStyleSheet("background: #e7f0fb; border: 1px solid #8fb0dc; padding: 6px;")
        balk.addWidget(self.migratie, 1)
        self.knop_gelezen = QPushButton(self.tr("Gelezen"))
        self.knop_gelezen.clicked.connect(self.migratie_gelezen)
        balk.addWidget(self.knop_gelezen)
        self.migratiebalk.hide()
        lay.addWidget(self.migratiebalk)
        try:
            self.intake: Intake = self.intakes.laad(inburgeraar_id)
        except (GeenToegang, GeenDefinitie, DefinitionError) as fout:
            self.intake = None
            melding = QLabel(meldingen.melding(fout))
            melding.setWordWrap(True)
            melding.setAlignment(Qt.AlignCenter)
            lay.addWidget(melding)
            return
        self._toon_banner()

        splitter = QSplitter()
        self.navigator = QListWidget()
        self.navigator.setAccessibleName(self.tr("Levensdomeinen"))
        self.navigator.setMinimumWidth(250)
        for sectie in self.intake.definitie.secties:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, sectie.id)
            self.navigator.addItem(item)
        samenvatting = QListWidgetItem(self.tr("Samenvatting en afronding"))
        samenvatting.setData(Qt.UserRole, SAMENVATTING)
        self.navigator.addItem(samenvatting)
        splitter.addWidget(self.navigator)
        self.stapel = QStackedWidget()
        self.samenvatting = SamenvattingWidget()
        self.samenvatting.sig_ga_naar.connect(self.ga_naar)
        self.samenvatting.sig_afsluiten.connect(self.afsluiten)
        self.stapel.addWidget(self.samenvatting)
        splitter.addWidget(self.stapel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 800])
        lay.addWidget(splitter, 1)

        onder = QHBoxLayout()
        self.opgeslagen = QLabel(self.tr("Elke wijziging wordt meteen opgeslagen."))
        self.opgeslagen.setAccessibleName(self.tr("Opslagstatus"))
        onder.addWidget(self.opgeslagen, 1)
        self.knop_ongedaan = QPushButton(self.tr("Ongedaan maken"))
        self.knop_ongedaan.setEnabled(False)
        self.knop_ongedaan.clicked.connect(self.maak_ongedaan)
        onder.addWidget(self.knop_ongedaan)
        lay.addLayout(onder)

        self.navigator.currentRowChanged.connect(self._toon_rij)
        for toets, actie in ((QKeySequence("Ctrl+PgDown"), lambda: self.volgend_domein(1)),
                             (QKeySequence("Ctrl+PgUp"), lambda: self.volgend_domein(-1)),
                             (QKeySequence("F8"), lambda: self.volgende_open_vraag(1)),
                             (QKeySequence("Shift+F8"), lambda: self.volgende_open_vraag(-1)),
                             (QKeySequence("Ctrl+Shift+S"), lambda: self.ga_naar(SAMENVATTING)),
                             (QKeySequence.Undo, self.maak_ongedaan)):
            snelkoppeling = QShortcut(toets, self)
            snelkoppeling.setContext(Qt.WidgetWithChildrenShortcut)
            snelkoppeling.activated.connect(actie)
        self._ververs_navigator()
        self.navigator.setCurrentRow(0)
        bediening.sig_gewijzigd.connect(self._elders_gewijzigd)
        if vooruit_bouwen:
            QTimer.singleShot(0, self, self._bouw_vooruit)

    def _bouw_vooruit(self) -> None:
        """Build the remaining forms one per event-loop turn while the person reads, so switching never waits."""
        for sectie in self.intake.definitie.secties:
            if sectie.id not in self.formulieren_cache:
                self.formulier(sectie.id)
                QTimer.singleShot(0, self, self._bouw_vooruit)
                return

    def bewaar_nu(self) -> None:
        """Save what is still being typed (the typing pause has not passed yet)."""
        from .intake.editors import TekstEditor
        for form in list(self.formulieren_cache.values()):
            for editor in form.findChildren(TekstEditor):
                if editor._timer.isActive():
                    editor.leg_vast()

    def hideEvent(self, event) -> None:
        # another tab, the lock screen, closing: nothing typed may stay unsaved
        if self.intake is not None:
            self.bewaar_nu()
        super().hideEvent(event)

    # -- navigation -----------------------------------------------------------------------------------------------
    def _toon_rij(self, rij: int) -> None:
        if rij < 0:
            return
        sectie_id = self.navigator.item(rij).data(Qt.UserRole)
        if sectie_id == SAMENVATTING:
            self.samenvatting.toon(self.intake, self._afgesloten_op())
            self.stapel.setCurrentWidget(self.samenvatting)
            return
        self.stapel.setCurrentWidget(self.formulier(sectie_id))

    def formulier(self, sectie_id: str) -> DomeinFormulier:
        """The form of a section, built on first use and kept (switching back is instant)."""
        if sectie_id not in self.formulieren_cache:
            form = DomeinFormulier(self.intake.definitie.sectie(sectie_id), self.intake, self._gewijzigd,
                                   self._info, self._rij_toevoegen, self._rij_verwijderen)
            self.formulieren_cache[sectie_id] = form
            self.stapel.addWidget(form)
        return self.formulieren_cache[sectie_id]

    @property
    def huidige_sectie(self) -> str:
        item = self.navigator.currentItem()
        return item.data(Qt.UserRole) if item else ""

    def ga_naar(self, sectie_id: str) -> None:
        for i in range(self.navigator.count()):
            if self.navigator.item(i).data(Qt.UserRole) == sectie_id:
                self.navigator.setCurrentRow(i)
                if sectie_id != SAMENVATTING:
                    widgets = self.formulier(sectie_id).focus_widgets()
                    if widgets:
                        widgets[0].setFocus(Qt.ShortcutFocusReason)
                return

    def volgend_domein(self, richting: int) -> None:
        rij = max(0, min(self.navigator.count() - 1, self.navigator.currentRow() + richting))
        self.ga_naar(self.navigator.item(rij).data(Qt.UserRole))

    def volgende_open_vraag(self, richting: int) -> None:
        """Jump to the next (or previous) required question without an answer, across domains."""
        open_ = self.intake.ontbrekend()
        if not open_:
            self.opgeslagen.setText(self.tr("Er staan geen verplichte vragen meer open."))
            return
        volgorde = [s.id for s in self.intake.definitie.secties]
        huidig = volgorde.index(self.huidige_sectie) if self.huidige_sectie in volgorde else -1
        kandidaten = sorted(open_, key=lambda o: volgorde.index(o.sectie), reverse=richting < 0)
        doel = next((o for o in kandidaten if (volgorde.index(o.sectie) > huidig if richting > 0 else
                                               volgorde.index(o.sectie) < huidig)), kandidaten[0])
        self.ga_naar(doel.sectie)
        rij = self.formulier(doel.sectie).rijen.get(doel.pad)
        if rij is not None:
            widgets = rij.focus_widgets() if isinstance(rij, HerhaalGroep) else rij.editor.focus_widgets()
            widgets[0].setFocus(Qt.ShortcutFocusReason)
            self.formulier(doel.sectie).ensureWidgetVisible(rij)

    def _ververs_navigator(self) -> None:
        context = self.intake.context()
        for i in range(self.navigator.count() - 1):
            item = self.navigator.item(i)
            sectie = self.intake.definitie.sectie(item.data(Qt.UserRole))
            v = self.intake.voortgang(sectie.id, context)
            kleur, woord = KLEUREN[v.kleur]
            merk = " · " + self.tr("bijzonder") if sectie.bijzonder else ""
            item.setText(f"{sectie.kop}\n    {v.tekst} · {domein_tr(woord)}{merk}")
            item.setIcon(_bolletje(kleur))
            item.setToolTip(self.tr("Bijzondere persoonsgegevens") if sectie.bijzonder else "")

    # -- editing and autosave ---------------------------------------------------------------------------------
    def _elders_gewijzigd(self, wijzigingen, bron) -> None:
        """Answers changed by a sync round or the advice by the startklas: show them as they now are (typing in
        progress is saved first; a change this screen made itself is already shown)."""
        if bron is self or not wijzigingen.raakt_inburgeraar(self.inburgeraar_id):
            return
        if wijzigingen.raakt(Soort.INTAKE, Soort.INTAKE_BIJZONDER):
            self.bewaar_nu()
            nieuw = self.intakes.laad(self.inburgeraar_id)
            self.intake.antwoorden, self.intake.gearchiveerd = nieuw.antwoorden, nieuw.gearchiveerd
            self.ongedaan.clear()      # undo would put back a value from before someone else's change
            self._ververs_knop()
        elif not wijzigingen.raakt(Soort.TRAJECTADVIES, Soort.INBURGERAAR):
            return
        for form in self.formulieren_cache.values():
            form.laad()
            form.ververs()
        self._ververs_navigator()
        if self.stapel.currentWidget() is self.samenvatting:
            self.samenvatting.toon(self.intake, self.intakes.afgesloten_op(self.inburgeraar_id))

    def _info(self, vraag: Vraag) -> str:
        if vraag.bron == "trajectadvies":
            advies = self.intakes.trajectadvies(self.inburgeraar_id)
            if not advies:
                return self.tr("Nog geen startklas-advies.")
            route = advies.get("override_route") or advies.get("route") or ""
            regels = [self.tr("Trajectadvies startklas: %1").replace("%1", advies.get("route_label") or route)]
            if advies.get("override_route"):
                regels.append(self.tr("Aangepast naar: %1 (%2)").replace("%1", advies["override_route"])
                              .replace("%2", advies.get("override_reden") or ""))
            if advies.get("voorlopig"):
                regels.append(self.tr("Voorlopig advies: de observatie loopt nog."))
            if advies.get("totaal") is not None:
                regels.append(self.tr("Totaalscore: %1").replace("%1", str(advies["totaal"])))
            regels += [f"• {r}" for r in advies.get("redenen") or []]
            if advies.get("instrument"):
                regels.append(self.tr("Instrument: %1").replace("%1", advies["instrument"]))
            return "\n".join(regels)
        return ""

    def _gewijzigd(self, vraag: Vraag, rij_index: int | None, sub_id: str | None) -> None:
        pad = vraag.pad
        form = self.formulieren_cache[pad.split(".")[0]]
        rij = form.rijen[pad]
        oud = self.intake.waarde(pad)
        try:
            if rij_index is None:
                waarde = rij.editor.waarde()
                self.bediening.schrijf(lambda d: d.intake.zet(self.intake, pad, waarde), bron=self)
            else:
                waarde = rij.rijen[rij_index][sub_id].editor.waarde()
                self.bediening.schrijf(lambda d: d.intake.zet_rij(self.intake, pad, rij_index, sub_id, waarde),
                                       bron=self)
        except Ongeldig as fout:
            doel = rij if rij_index is None else rij.rijen[rij_index][sub_id]
            doel.toon_melding(meldingen.tekst(fout) if fout.veld == doel.vraag.tekst() else meldingen.melding(fout))
            self.opgeslagen.setText(self.tr("Niet opgeslagen: %1").replace("%1", meldingen.melding(fout)))
            return
        doel = rij if rij_index is None else rij.rijen[rij_index][sub_id]
        doel.toon_melding("")
        self._na_opslaan(pad, oud, vraag.tekst())

    def _bewaar(self, pad: str) -> None:
        self.bediening.schrijf(lambda d: d.intake.bewaar(self.intake, pad), bron=self)

    def _zet_terug(self, pad: str, waarde: Any) -> None:
        if waarde is None:
            self.intake.antwoorden.pop(pad, None)
        else:
            self.intake.antwoorden[pad] = waarde

    def _na_opslaan(self, pad: str, oud: Any, label: str) -> None:
        if oud != self.intake.waarde(pad):
            self.ongedaan.append(_Wijziging(pad, oud, label))
            del self.ongedaan[:-MAX_ONGEDAAN]
        self._ververs_knop()
        self.formulieren_cache[pad.split(".")[0]].ververs()
        self._ververs_navigator()
        self.opgeslagen.setText(self.tr("Opgeslagen om %1: %2").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
                                .replace("%2", label))
        self.sig_opgeslagen.emit(pad)

    def _ververs_knop(self) -> None:
        self.knop_ongedaan.setEnabled(bool(self.ongedaan))
        self.knop_ongedaan.setText(self.tr("Ongedaan maken: %1").replace("%1", self.ongedaan[-1].label)
                                   if self.ongedaan else self.tr("Ongedaan maken"))

    def _rij_toevoegen(self, vraag: Vraag) -> None:
        oud = self.intake.waarde(vraag.pad)
        index = self.intake.voeg_rij_toe(vraag.pad)
        self._bewaar(vraag.pad)
        groep = self.formulieren_cache[vraag.pad.split(".")[0]].rijen[vraag.pad]
        groep.zet_rijen(self.intake.rijen(vraag.pad))
        self._na_opslaan(vraag.pad, oud, vraag.tekst())
        groep.rijen[index][vraag.vragen[0].id].editor.focus_widget().setFocus(Qt.OtherFocusReason)

    def _rij_verwijderen(self, vraag: Vraag, index: int) -> None:
        oud = self.intake.waarde(vraag.pad)
        self.intake.verwijder_rij(vraag.pad, index)
        self._bewaar(vraag.pad)
        self.formulieren_cache[vraag.pad.split(".")[0]].rijen[vraag.pad].zet_rijen(self.intake.rijen(vraag.pad))
        self._na_opslaan(vraag.pad, oud, vraag.tekst())

    def maak_ongedaan(self) -> None:
        """Put back the answer before the last saved change (saved and audited like any change)."""
        if not self.ongedaan:
            return
        w = self.ongedaan.pop()
        huidig = self.intake.waarde(w.pad)
        self._zet_terug(w.pad, w.oud)
        try:
            self._bewaar(w.pad)
        except Ongeldig as fout:
            self._zet_terug(w.pad, huidig)
            self.opgeslagen.setText(self.tr("Ongedaan maken lukte niet: %1").replace("%1", meldingen.melding(fout)))
            return
        sectie_id = w.pad.split(".")[0]
        if sectie_id in self.formulieren_cache:
            form = self.formulieren_cache[sectie_id]
            form.laad()
            rij = form.rijen[w.pad]
            rij.toon_melding("")
        self._ververs_navigator()
        self._ververs_knop()
        self.opgeslagen.setText(self.tr("Ongedaan gemaakt: %1").replace("%1", w.label))

    # -- closing ----------------------------------------------------------------------------------------------
    def _afgesloten_op(self) -> str | None:
        return self.intakes.afgesloten_op(self.inburgeraar_id)

    def afsluiten(self) -> bool:
        """Close the intake, only when the completion check finds nothing missing."""
        gesloten = bool(self.bediening.schrijf(lambda d: d.intake.sluit_af(self.intake), bron=self))
        self.samenvatting.toon(self.intake, self._afgesloten_op())
        if not gesloten:
            self.samenvatting.status.setText(self.tr("Nog niet af te sluiten: vul eerst de punten hierboven in."))
        return gesloten

    def _toon_banner(self) -> None:
        regels = [self.tr("Formulierbestand met een fout (de laatste goede versie wordt gebruikt): %1")
                  .replace("%1", str(fout)) for fout in self.intakes.formulieren.fouten]
        if regels:
            self.banner.setText("\n".join(regels))
            self.banner.show()
        if self.intake.wijzigingen:
            self.migratie.setText("\n".join(self.intake.wijzigingen))
            self.migratiebalk.show()

    def migratie_gelezen(self) -> None:
        """The consultant has seen what the new form version changed: stop showing it (the audit keeps it)."""
        self.bediening.schrijf(lambda d: d.intake.migratie_gelezen(self.intake), bron=self)
        self.migratiebalk.hide()
