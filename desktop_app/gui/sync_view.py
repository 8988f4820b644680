"""Synchronising with the central server: the status area (progress, last successful sync, what went wrong and what to
do), the enrollment dialog (server URL + one-time code), the conflict dialog (side by side: keep mine, keep theirs,
or edit) and the list of changes the server did not accept (need-to-know, or a name or value it cannot take: copy
them, or discard them explicitly).
Sync runs in the background; the app stays usable."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.sync.engine import OpenConflict, RefusedChange
from koers_protocol.sync import (NIET_MEER_ZICHTBAAR, NIET_TOEGESTAAN, ONBEKENDE_SOORT, ONGELDIGE_VELDNAAM,
                                       ONGELDIGE_WAARDE, ONGELDIGE_WIJZIGING, TE_GROOT, VERWIJDERD)



def _tijd(iso: str) -> str:
    if not iso:
        return ""
    return dt.datetime.fromisoformat(iso).astimezone().strftime("%d-%m-%Y %H:%M")


def _toon(value: Any) -> str:
    if value is None or value == "":
        return "(leeg)"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)


def _ingekort(tekst: str, hoogstens: int = 300) -> str:
    """A table cell shows the start of a long value; copying gives all of it."""
    return tekst if len(tekst) <= hoogstens else tekst[:hoogstens] + " …"


class SyncView(QWidget):
    """The "Synchroniseren" status area. Its counters follow every change (an edit adds to the outbox) and every
    round, also the automatic ones the main window starts."""

    def __init__(self, bediening, parent=None):
        super().__init__(parent)
        self.bediening, self.sync = bediening, bediening.d.sync
        self.bezig = False
        lay = QVBoxLayout(self)
        self.titel = QLabel()
        self.titel.setWordWrap(True)
        self.titel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.laatste = QLabel()
        self.wachtend = QLabel()
        # Changes the server refused by themselves: kept, and shown until the person copies or discards them.
        self.geweigerd = QLabel()
        self.geweigerd.setWordWrap(True)
        self.geweigerd.setStyleSheet("color: #b00020;")
        self.knop_geweigerd = QPushButton(self.tr("&Bekijken…"))
        self.knop_geweigerd.setAccessibleName(self.tr("Niet geaccepteerde wijzigingen bekijken"))
        self.knop_geweigerd.clicked.connect(self.toon_geweigerd)
        geweigerd_rij = QHBoxLayout()
        geweigerd_rij.addWidget(self.geweigerd, 1)
        geweigerd_rij.addWidget(self.knop_geweigerd)
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
        for w in (self.titel, self.laatste, self.wachtend):
            lay.addWidget(w)
        lay.addLayout(geweigerd_rij)
        for w in (self.voortgang, self.melding):
            lay.addWidget(w)
        lay.addLayout(knoppen)
        lay.addStretch(1)
        self.ververs()
        bediening.sig_gewijzigd.connect(lambda *_: self.ververs())

    def ververs(self) -> None:
        s = self.sync.status()
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
        self.geweigerd.setText(self.tr("%1 wijzigingen niet geaccepteerd door de server").replace(
            "%1", str(s["geweigerd"])))
        self.geweigerd.setVisible(s["geweigerd"] > 0)
        self.knop_geweigerd.setVisible(s["geweigerd"] > 0)
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
        if self.bezig or not self.sync.is_aangemeld():
            return
        self.bezig = True
        self.knop_sync.setEnabled(False)
        self.voortgang.setVisible(True)
        self.voortgang.setRange(0, 0)
        self._ok(self.tr("Bezig met synchroniseren… U kunt intussen gewoon doorwerken."))
        self.bediening.op_achtergrond(lambda d, voortgang: d.sync.synchroniseer(voortgang), gelukt=self._klaar,
                                      mislukt=self._mislukt, voortgang=self._voortgang, bron=self)

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
        if report.geweigerd:
            tekst += " " + self.tr("%1 wijziging(en) niet geaccepteerd door de server; ze zijn bewaard. Kies "
                                   "'Bekijken' voor de reden.").replace("%1", str(report.geweigerd))
        self._ok(tekst)
        self.ververs()
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
        dialoog = EnrollDialog(self.bediening, self)
        if dialoog.exec() == QDialog.Accepted:
            self._ok(self.tr("Aangemeld. Kies 'Synchroniseren' om de gegevens op te halen."))
            self.ververs()

    def toon_geweigerd(self) -> None:
        GeweigerdDialog(self.bediening, self).exec()
        self.ververs()

    def los_conflicten_op(self) -> None:
        for conflict in self.sync.conflicten():
            if ConflictDialog(self.bediening, conflict, self).exec() != QDialog.Accepted:
                break
        self.ververs()


class EnrollDialog(QDialog):
    """Server URL + one-time code (+ the municipality's CA bundle and a proxy, when needed)."""

    def __init__(self, bediening, parent=None):
        super().__init__(parent)
        self.bediening = bediening
        self.setWindowTitle(self.tr("Aanmelden bij de centrale server"))
        lay = QVBoxLayout(self)
        uitleg = QLabel(self.tr("Vul het adres van de server en de eenmalige aanmeldcode in die u van de beheerder "
                                "kreeg."))
        uitleg.setWordWrap(True)
        lay.addWidget(uitleg)
        form = QFormLayout()
        self.server = QLineEdit(bediening.d.sync.server() or "https://")
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
        ca, proxy = self.ca.text().strip() or None, self.proxy.text().strip() or None
        self.bediening.op_achtergrond(lambda d, _v: d.sync.meld_aan(server, code, ca_bundle=ca, proxy=proxy),
                                      gelukt=lambda _r: self.accept(), mislukt=self._mislukt)

    def _mislukt(self, fout: Exception) -> None:
        self.knoppen.setEnabled(True)
        self.melding.setStyleSheet("color: #b00020;")
        self.melding.setText(str(fout))


class ConflictDialog(QDialog):
    """One conflict, side by side. Every choice is audited; a kept or edited value syncs as an ordinary edit."""

    def __init__(self, bediening, conflict: OpenConflict, parent=None):
        super().__init__(parent)
        self.bediening, self.conflict = bediening, conflict
        self.setWindowTitle(self.tr("Conflict oplossen"))
        lay = QVBoxLayout(self)
        naam = bediening.d.sync.naam_bij(conflict.entity, conflict.record_id) or conflict.record_id
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
        self.bediening.schrijf(lambda d: d.sync.los_op(self.conflict, keuze, waarde), bron=self)
        self.accept()


class GeweigerdDialog(QDialog):
    """The changes the server did not accept (the inburgeraar now belongs to another consultant, the docent left the
    group, or the server cannot take a field name or value): record, fields and values, and the reason. They can be
    copied (to pass on to the colleague who now has the caseload, or to the beheerder) or removed from the queue;
    both are audited. The local records are not touched."""

    def __init__(self, bediening, parent=None):
        super().__init__(parent)
        self.bediening, self.sync = bediening, bediening.d.sync
        self.setWindowTitle(self.tr("Wijzigingen niet geaccepteerd door de server"))
        # The server's codes this version knows, in the UI language; the server's own message follows in Dutch.
        self.soorten = {NIET_MEER_ZICHTBAAR: self.tr("Niet (meer) in uw caseload of groep"),
                        NIET_TOEGESTAAN: self.tr("Niet toegestaan voor uw rol"),
                        ONGELDIGE_VELDNAAM: self.tr("Veldnaam niet geldig"),
                        ONGELDIGE_WAARDE: self.tr("Waarde niet geldig"),
                        ONBEKENDE_SOORT: self.tr("Soort gegevens onbekend bij de server"),
                        ONGELDIGE_WIJZIGING: self.tr("Wijziging onvolledig"),
                        TE_GROOT: self.tr("Te groot om te versturen")}
        lay = QVBoxLayout(self)
        uitleg = QLabel(self.tr("De server heeft deze wijzigingen niet overgenomen; de reden staat erbij. Ze staan nog "
                                "op dit apparaat. Kopieer ze om ze door te geven aan wie de gegevens nu beheert of aan "
                                "de beheerder, of verwijder ze uit de wachtrij als ze niet meer nodig zijn."))
        uitleg.setWordWrap(True)
        lay.addWidget(uitleg)
        self.tabel = QTableWidget(0, 4)
        self.tabel.setHorizontalHeaderLabels([self.tr("Gegevens"), self.tr("Velden en waarden"), self.tr("Reden"),
                                              self.tr("Gewijzigd op")])
        self.tabel.setAccessibleName(self.tr("Niet geaccepteerde wijzigingen"))
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tabel.setWordWrap(True)
        self.tabel.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)   # a tall row can be read to its end
        self.tabel.verticalHeader().setVisible(False)
        kop = self.tabel.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.Interactive)
        kop.setStretchLastSection(False)
        kop.setSectionResizeMode(2, QHeaderView.Stretch)
        kop.sectionResized.connect(self.tabel.resizeRowsToContents)   # wrapped text needs new heights
        self.tabel.itemSelectionChanged.connect(self._selectie)
        lay.addWidget(self.tabel, 1)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setAccessibleName(self.tr("Melding"))
        lay.addWidget(self.melding)
        knoppen = QHBoxLayout()
        self.knop_kopieer = QPushButton(self.tr("&Kopiëren"))
        self.knop_kopieer.setAccessibleName(self.tr("Gekozen wijziging kopiëren naar het klembord"))
        self.knop_verwijder = QPushButton(self.tr("&Verwijderen uit de wachtrij"))
        self.knop_verwijder.setAccessibleName(self.tr("Gekozen wijziging verwijderen uit de wachtrij"))
        self.knop_sluit = QPushButton(self.tr("&Sluiten"))
        self.knop_kopieer.clicked.connect(self.kopieer)
        self.knop_verwijder.clicked.connect(self.verwijder)
        self.knop_sluit.clicked.connect(self.accept)
        for knop in (self.knop_kopieer, self.knop_verwijder):
            knoppen.addWidget(knop)
        knoppen.addStretch(1)
        knoppen.addWidget(self.knop_sluit)
        lay.addLayout(knoppen)
        self.bevestigen: int | None = None  # the change whose removal waits for a second, confirming click
        self.resize(960, 420)
        self.laad()

    def laad(self) -> None:
        self.wijzigingen = self.sync.geweigerd()
        self.tabel.setRowCount(len(self.wijzigingen))
        for rij, w in enumerate(self.wijzigingen):
            if w.deleted:
                velden = self.tr("(verwijderd)")
            else:
                velden = "\n".join(f"{veld}: {_ingekort(_toon(waarde))}" for veld, waarde in w.fields.items())
            reden = f"{self.soorten.get(w.code, w.code)}\n{w.reden}"
            for kolom, tekst in enumerate((self._omschrijf(w), velden, reden, _tijd(w.gewijzigd))):
                item = QTableWidgetItem(tekst)
                item.setToolTip(tekst)
                self.tabel.setItem(rij, kolom, item)
        for kolom in (0, 1, 3):
            self.tabel.resizeColumnToContents(kolom)
        # A long value wraps inside its column, so the reason keeps room.
        self.tabel.setColumnWidth(1, min(self.tabel.columnWidth(1), self.width() // 4))
        self.tabel.resizeRowsToContents()
        if self.wijzigingen:
            self.tabel.selectRow(0)
        else:
            self.melding.setText(self.tr("Er zijn geen niet geaccepteerde wijzigingen meer."))
        self._selectie()

    def _omschrijf(self, w: RefusedChange) -> str:
        """The record as a person knows it: the inburgeraar's name where there is one."""
        naam = self.sync.naam_bij(w.entity, w.record_id, w.fields)
        return f"{w.entity} {w.record_id}" + (f"\n({naam})" if naam else "")

    def gekozen(self) -> RefusedChange | None:
        rijen = self.tabel.selectionModel().selectedRows()
        return self.wijzigingen[rijen[0].row()] if rijen else None

    def _selectie(self) -> None:
        self.bevestigen = None
        self.knop_verwijder.setText(self.tr("&Verwijderen uit de wachtrij"))
        heeft = self.gekozen() is not None
        self.knop_kopieer.setEnabled(heeft)
        self.knop_verwijder.setEnabled(heeft)

    def kopieer(self) -> None:
        w = self.gekozen()
        if w is None:
            return
        QApplication.clipboard().setText(self.sync.exporteer_geweigerd([w.seq]))
        self.melding.setText(self.tr("De wijziging staat op het klembord (als tekst); plak hem bijvoorbeeld in een "
                                     "bericht aan de nieuwe klantmanager."))

    def verwijder(self) -> None:
        """Two clicks: discarding is a deliberate choice, never a slip."""
        w = self.gekozen()
        if w is None:
            return
        if self.bevestigen != w.seq:
            self.bevestigen = w.seq
            self.knop_verwijder.setText(self.tr("&Ja, definitief verwijderen"))
            self.melding.setText(self.tr("Weet u het zeker? De wijziging gaat dan niet meer naar de server. De "
                                         "gegevens op dit apparaat blijven zoals ze zijn. Klik nogmaals om te "
                                         "bevestigen."))
            return
        self.bediening.schrijf(lambda d: d.sync.verwijder_geweigerd(w.seq), bron=self)
        self.laad()
        if self.wijzigingen:
            self.melding.setText(self.tr("De wijziging is uit de wachtrij verwijderd."))
