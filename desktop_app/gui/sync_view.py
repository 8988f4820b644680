"""Synchronising with the central server: the status area (progress, last successful sync, what went wrong and what to
do), the enrollment dialog (server URL + one-time code) and the conflict dialog (side by side: keep mine, keep theirs,
or edit). Sync runs in the background; the app stays usable."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from desktop_app.sync import engine as sync_engine
from desktop_app.sync.protocol import VERWIJDERD

from .background import run_in_background


def _tijd(iso: str) -> str:
    if not iso:
        return ""
    return dt.datetime.fromisoformat(iso).astimezone().strftime("%d-%m-%Y %H:%M")


def _toon(value: Any) -> str:
    if value is None or value == "":
        return "(leeg)"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)


class SyncView(QWidget):
    """The "Synchroniseren" status area."""
    sig_synced = Signal()   # after a successful round (e.g. to reload the caseload); the report is in .rapport

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.bezig = False
        self.rapport = None
        lay = QVBoxLayout(self)
        self.titel = QLabel()
        self.titel.setWordWrap(True)
        self.titel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.laatste = QLabel()
        self.wachtend = QLabel()
        self.voortgang = QProgressBar()
        self.voortgang.setVisible(False)
        self.voortgang.setAccessibleName(self.tr("Voortgang synchronisatie"))
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.melding.setAccessibleName(self.tr("Melding synchronisatie"))
        knoppen = QHBoxLayout()
        self.knop_sync = QPushButton(self.tr("&Synchroniseren"))
        self.knop_sync.clicked.connect(self.start_sync)
        self.knop_aanmelden = QPushButton(self.tr("&Aanmelden bij de server…"))
        self.knop_aanmelden.clicked.connect(self.aanmelden)
        self.knop_conflicten = QPushButton()
        self.knop_conflicten.clicked.connect(self.los_conflicten_op)
        for knop in (self.knop_sync, self.knop_aanmelden, self.knop_conflicten):
            knoppen.addWidget(knop)
        knoppen.addStretch(1)
        for w in (self.titel, self.laatste, self.wachtend, self.voortgang, self.melding):
            lay.addWidget(w)
        lay.addLayout(knoppen)
        lay.addStretch(1)
        self.ververs()

    def ververs(self) -> None:
        s = sync_engine.status(self.store)
        if s["aangemeld"]:
            self.titel.setText(self.tr("Aangemeld bij %1 als %2 (%3, %4).").replace("%1", s["server"])
                               .replace("%2", s["gebruiker"]).replace("%3", s["rol"]).replace("%4", s["gemeente"]))
        else:
            self.titel.setText(self.tr("Dit apparaat is nog niet aangemeld bij de centrale server. Vraag de beheerder "
                                       "om een aanmeldcode en kies 'Aanmelden bij de server'."))
        self.laatste.setText(self.tr("Laatst gesynchroniseerd: %1").replace("%1", _tijd(s["laatste"]))
                             if s["laatste"] else self.tr("Nog niet gesynchroniseerd."))
        self.wachtend.setText(self.tr("Wijzigingen die nog verstuurd moeten worden: %1").replace(
            "%1", str(s["wachtend"])))
        self.knop_conflicten.setText(self.tr("&Conflicten oplossen (%1)…").replace("%1", str(s["conflicten"])))
        self.knop_conflicten.setVisible(s["conflicten"] > 0)
        self.knop_sync.setEnabled(s["aangemeld"] and not self.bezig and not s["ingetrokken"])
        self.knop_aanmelden.setVisible(not s["aangemeld"] or bool(s["ingetrokken"]))
        if s["ingetrokken"] and not self.melding.text():
            self._fout(self.tr("De beheerder heeft de toegang van dit apparaat ingetrokken. Uw gegevens op dit "
                               "apparaat blijven bewaard. Meld het opnieuw aan met een nieuwe code."))

    def _fout(self, tekst: str) -> None:
        self.melding.setStyleSheet("color: #b00020;")
        self.melding.setText(tekst)

    def _ok(self, tekst: str) -> None:
        self.melding.setStyleSheet("")
        self.melding.setText(tekst)

    # -- sync ----------------------------------------------------------------------------------------------------
    def start_sync(self) -> None:
        if self.bezig or not sync_engine.is_enrolled(self.store):
            return
        self.bezig = True
        self.knop_sync.setEnabled(False)
        self.voortgang.setVisible(True)
        self.voortgang.setRange(0, 0)
        self._ok(self.tr("Bezig met synchroniseren… U kunt intussen gewoon doorwerken."))
        store = self.store
        run_in_background(lambda progress: sync_engine.sync(store, progress=progress),
                          on_success=self._klaar, on_failure=self._mislukt, on_progress=self._voortgang)

    def _voortgang(self, done: int, total: int, text: str) -> None:
        self.voortgang.setRange(0, max(total, done, 1))
        self.voortgang.setValue(done)
        self.voortgang.setFormat(f"{text} %v/%m")

    def _klaar(self, report) -> None:
        self.bezig = False
        self.voortgang.setVisible(False)
        tekst = self.tr("Gesynchroniseerd: %1 verstuurd, %2 ontvangen.").replace("%1", str(report.pushed)).replace(
            "%2", str(report.pulled))
        if report.conflicts:
            tekst += " " + self.tr("%1 conflict(en): kies per veld welke waarde blijft.").replace(
                "%1", str(report.conflicts))
        self._ok(tekst)
        self.rapport = report
        self.ververs()
        self.sig_synced.emit()
        if report.conflicts:
            self.los_conflicten_op()

    def _mislukt(self, fout: Exception) -> None:
        self.bezig = False
        self.voortgang.setVisible(False)
        from desktop_app.sync.client import SyncError
        if isinstance(fout, SyncError):
            self._fout(str(fout))
        else:
            self._fout(self.tr("Synchroniseren lukte niet (%1). Uw gegevens op dit apparaat blijven bewaard; probeer "
                               "het later opnieuw.").replace("%1", str(fout)))
        self.ververs()

    # -- enrollment and conflicts --------------------------------------------------------------------------------
    def aanmelden(self) -> None:
        dialoog = EnrollDialog(self.store, self)
        if dialoog.exec() == QDialog.Accepted:
            self._ok(self.tr("Aangemeld. Kies 'Synchroniseren' om de gegevens op te halen."))
            self.ververs()

    def los_conflicten_op(self) -> None:
        for conflict in sync_engine.open_conflicts(self.store):
            if ConflictDialog(self.store, conflict, self).exec() != QDialog.Accepted:
                break
        self.ververs()


class EnrollDialog(QDialog):
    """Server URL + one-time code (+ the municipality's CA bundle and a proxy, when needed)."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Aanmelden bij de centrale server"))
        lay = QVBoxLayout(self)
        uitleg = QLabel(self.tr("Vul het adres van de server en de eenmalige aanmeldcode in die u van de beheerder "
                                "kreeg."))
        uitleg.setWordWrap(True)
        lay.addWidget(uitleg)
        form = QFormLayout()
        self.server = QLineEdit(store.get_meta(sync_engine.SERVER, "") or "https://")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCDE-FGHJK")
        self.ca = QLineEdit()
        self.ca.setPlaceholderText(self.tr("alleen bij een eigen PKI van de gemeente"))
        kies = QPushButton(self.tr("Kies…"))
        kies.clicked.connect(self._kies_ca)
        ca_rij = QHBoxLayout()
        ca_rij.addWidget(self.ca)
        ca_rij.addWidget(kies)
        self.proxy = QLineEdit()
        self.proxy.setPlaceholderText(self.tr("leeg: de instelling van het systeem"))
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("Aanmeld&code:"), self.code)
        ca_label = QLabel(self.tr("CA-&bestand:"))
        ca_label.setBuddy(self.ca)  # a row holding a layout gets no buddy of its own
        form.addRow(ca_label, ca_rij)
        form.addRow(self.tr("&Proxy:"), self.proxy)
        lay.addLayout(form)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color: #b00020;")
        lay.addWidget(self.melding)
        self.knoppen = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.knoppen.button(QDialogButtonBox.Ok).setText(self.tr("&Aanmelden"))
        self.knoppen.accepted.connect(self._aanmelden)
        self.knoppen.rejected.connect(self.reject)
        lay.addWidget(self.knoppen)
        self.setMinimumWidth(480)

    def _kies_ca(self) -> None:
        pad, _ = QFileDialog.getOpenFileName(self, self.tr("CA-bestand van de gemeente"), "",
                                             self.tr("Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)"))
        if pad:
            self.ca.setText(pad)

    def _aanmelden(self) -> None:
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server.startswith(("https://", "http://")) or len(server) < 10:
            self.melding.setText(self.tr("Vul het adres van de server in, beginnend met https://."))
            self.server.setFocus()
            return
        if len(code) < 4:
            self.melding.setText(self.tr("Vul de aanmeldcode in die u van de beheerder kreeg."))
            self.code.setFocus()
            return
        self.melding.setStyleSheet("")
        self.melding.setText(self.tr("Bezig met aanmelden…"))
        self.knoppen.setEnabled(False)
        store, ca, proxy = self.store, self.ca.text().strip() or None, self.proxy.text().strip() or None
        run_in_background(lambda _p: sync_engine.enroll(store, server, code, ca_bundle=ca, proxy=proxy),
                          on_success=lambda _r: self.accept(), on_failure=self._mislukt)

    def _mislukt(self, fout: Exception) -> None:
        self.knoppen.setEnabled(True)
        self.melding.setStyleSheet("color: #b00020;")
        self.melding.setText(str(fout))


class ConflictDialog(QDialog):
    """One conflict, side by side. Every choice is audited; a kept or edited value syncs as an ordinary edit."""

    def __init__(self, store, conflict: sync_engine.OpenConflict, parent=None):
        super().__init__(parent)
        self.store, self.conflict = store, conflict
        self.setWindowTitle(self.tr("Conflict oplossen"))
        lay = QVBoxLayout(self)
        record = store.get(conflict.entity, conflict.record_id) or {}
        naam = " ".join(str(record.get(k, "")) for k in ("voornamen", "achternaam")).strip() or conflict.record_id
        verwijdering = conflict.field == VERWIJDERD
        if verwijdering:
            vraag = self.tr("%1 (%2): u en %3 deden tegelijk iets anders. Wat moet er blijven?")
        else:
            vraag = self.tr("%1 (%2), veld '%4': u en %3 wijzigden dit tegelijk. Welke waarde moet er blijven?")
        uitleg = QLabel(vraag.replace("%1", naam).replace("%2", conflict.entity).replace("%3", conflict.theirs_by)
                        .replace("%4", conflict.field))
        uitleg.setWordWrap(True)
        lay.addWidget(uitleg)
        naast = QGridLayout()
        mijn_tekst, hun_tekst = _toon(conflict.mine), _toon(conflict.theirs)
        if verwijdering:
            mijn_tekst = self.tr("U verwijderde dit.") if conflict.mine is True else self.tr(
                "U wijzigde: %1").replace("%1", _toon(conflict.mine))
            hun_tekst = self.tr("Verwijderd.") if conflict.theirs is True else self.tr("Gewijzigd; bestaat nog.")
        for kolom, (kop, tekst) in enumerate(((self.tr("Uw waarde"), mijn_tekst),
                                              (self.tr("Waarde van %1").replace("%1", conflict.theirs_by),
                                               hun_tekst))):
            groep = QGroupBox(kop)
            g = QVBoxLayout(groep)
            veld = QPlainTextEdit(tekst)
            veld.setReadOnly(True)
            veld.setMaximumHeight(110)
            veld.setAccessibleName(kop)
            g.addWidget(veld)
            naast.addWidget(groep, 0, kolom)
        lay.addLayout(naast)
        self.bewerk = QLineEdit(conflict.mine if isinstance(conflict.mine, str) else "")
        self.bewerk.setAccessibleName(self.tr("Nieuwe waarde"))
        self.bewerk.setVisible(False)
        lay.addWidget(self.bewerk)
        knoppen = QHBoxLayout()
        self.knop_mijn = QPushButton(self.tr("&Mijn waarde houden"))
        self.knop_hun = QPushButton(self.tr("&Hun waarde houden"))
        self.knop_bewerk = QPushButton(self.tr("&Bewerken…"))
        self.knop_later = QPushButton(self.tr("&Later"))
        self.knop_mijn.clicked.connect(lambda: self._kies("mijn"))
        self.knop_hun.clicked.connect(lambda: self._kies("hun"))
        self.knop_bewerk.clicked.connect(self._bewerken)
        self.knop_later.clicked.connect(self.reject)
        self.knop_bewerk.setVisible(not verwijdering and (conflict.mine is None or isinstance(conflict.mine, str)))
        for knop in (self.knop_mijn, self.knop_hun, self.knop_bewerk, self.knop_later):
            knoppen.addWidget(knop)
        lay.addLayout(knoppen)
        self.setMinimumWidth(560)

    def _bewerken(self) -> None:
        if not self.bewerk.isVisible():
            self.bewerk.setVisible(True)
            self.bewerk.setFocus()
            self.knop_bewerk.setText(self.tr("&Opslaan"))
            return
        self._kies("bewerkt", self.bewerk.text())

    def _kies(self, keuze: str, waarde: Any = None) -> None:
        sync_engine.resolve(self.store, self.conflict.id, keuze, waarde)
        self.accept()
