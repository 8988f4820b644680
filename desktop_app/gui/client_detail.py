"""The "Gegevens" tab of one inburgeraar: key facts, the termijnen computed from the key dates, and contacts."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.core.dates import datum_nl
from desktop_app.core.gemeente import Doel
from desktop_app.core.model import (VELDLABELS, ContactRol, Contactpersoon, Doelgroep, Inburgeraar, Ontheffingsgrond,
                                    Ontheffingsomvang)
from desktop_app.core.termijnen import STANDAARD_INTERVAL, Status, termijnen

from .domeinlabels import domein_tr
from .inburgeraar_dialog import TALEN

# red: late; yellow: due soon; green: done; orange: done, but late; grey: a window that passed unused.
# Not applicable and lapsed rows have no colour and grey text: nothing to do.
KLEUR = {Status.TE_LAAT: "#f8d7da", Status.BINNENKORT: "#fff3cd", Status.GEREED: "#d1e7dd",
         Status.TE_LAAT_GEREED: "#fde2c4", Status.VERSTREKEN: "#e2e3e5"}
RUST = (Status.NVT, Status.VERVALLEN)


class ClientDetail(QWidget):
    sig_edit = Signal()

    def __init__(self, inburgeraar: Inburgeraar, contacten: list[Contactpersoon], vandaag: dt.date, parent=None, *,
                 interval_voortgang_maanden: int = STANDAARD_INTERVAL, doelen: tuple[Doel, ...] = ()):
        """`interval_voortgang_maanden`: the installation's default; `doelen`: the municipality's own targets."""
        super().__init__(parent)
        ib = inburgeraar
        kop = QLabel(f"<h2>{ib.naam}</h2>" + (f"<div style='font-size:16pt'>{ib.naam_eigen_schrift}</div>"
                                              if ib.naam_eigen_schrift else ""))
        kop.setTextFormat(Qt.RichText)
        kop.setTextInteractionFlags(Qt.TextSelectableByMouse)
        bewerk = QPushButton(self.tr("&Bewerken…"))
        bewerk.setAccessibleName(self.tr("Gegevens bewerken"))
        bewerk.clicked.connect(self.sig_edit)
        boven = QHBoxLayout()
        boven.addWidget(kop, 1)
        boven.addWidget(bewerk, 0, Qt.AlignTop)

        gegevens = QGroupBox(self.tr("Persoon"))
        form = QFormLayout(gegevens)
        doelgroep = domein_tr(Doelgroep(ib.doelgroep).label) if ib.doelgroep in Doelgroep._value2member_map_ \
            else ib.doelgroep
        for sleutel, waarde in (("geboortedatum", datum_nl(ib.geboortedatum, "—")), ("doelgroep", doelgroep),
                                ("gemeente", ib.gemeente), ("v_nummer", ib.v_nummer), ("bsn", ib.bsn or "—"),
                                ("telefoon", ib.telefoon), ("taal", dict(TALEN).get(ib.taal, ib.taal))):
            veld = QLabel(waarde or "—")
            veld.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(domein_tr(VELDLABELS[sleutel]), veld)

        datums = QGroupBox(self.tr("Sleuteldatums"))
        form = QFormLayout(datums)
        for naam in Inburgeraar.DATUMVELDEN[1:]:
            tekst = datum_nl(getattr(ib, naam), "—")
            if naam == "ontheffing" and ib.ontheffing:   # the besluit: how far, for which parts, on which ground
                omvang = Ontheffingsomvang._value2member_map_.get(ib.ontheffing_omvang)
                grond = Ontheffingsgrond._value2member_map_.get(ib.ontheffing_grond)
                delen = [domein_tr(omvang.label) if omvang else "", ib.ontheffing_onderdelen,
                         domein_tr(grond.label) if grond else ""]
                if any(delen):
                    tekst += " · " + ", ".join(d for d in delen if d)
            label = QLabel(tekst)
            label.setWordWrap(True)
            form.addRow(domein_tr(VELDLABELS[naam]), label)

        self.termijnen = QTableWidget(0, 5)
        self.termijnen.setAccessibleName(self.tr("Termijnen"))
        self.termijnen.setHorizontalHeaderLabels([self.tr("Termijn"), self.tr("Vanaf"), self.tr("Uiterlijk"),
                                                  self.tr("Gedaan"), self.tr("Status")])
        self.termijnen.verticalHeader().hide()
        self.termijnen.setEditTriggers(QTableWidget.NoEditTriggers)
        for termijn in termijnen(ib, vandaag, interval_voortgang_maanden, doelen):
            rij = self.termijnen.rowCount()
            self.termijnen.insertRow(rij)
            omschrijving = domein_tr(termijn.omschrijving)
            if termijn.gemeentelijk:   # a row of its own, beside the legal one it is stricter than
                omschrijving = self.tr("%1 (doel gemeente)").replace("%1", omschrijving)
            for kolom, tekst in enumerate((omschrijving, datum_nl(termijn.vanaf, "—"), datum_nl(termijn.uiterlijk, "—"),
                                           datum_nl(termijn.gedaan, "—"), domein_tr(termijn.status.label))):
                item = QTableWidgetItem(tekst)
                item.setToolTip(termijn.bron)
                if kolom == 4 and termijn.status in KLEUR:
                    item.setBackground(QColor(KLEUR[termijn.status]))
                    item.setForeground(QColor("#1a1a1a"))
                elif termijn.status in RUST:
                    item.setForeground(QColor("#5f6368"))
                self.termijnen.setItem(rij, kolom, item)
        self.termijnen.resizeColumnsToContents()
        self.termijnen.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)

        contact = QGroupBox(self.tr("Contactpersonen"))
        lay = QVBoxLayout(contact)
        for c in contacten:
            rol = domein_tr(ContactRol(c.rol).label) if c.rol in ContactRol._value2member_map_ else c.rol
            regel = QLabel(f"<b>{rol}</b>: {c.naam} · {c.organisatie} · {c.telefoon} · {c.email}")
            regel.setWordWrap(True)
            regel.setTextInteractionFlags(Qt.TextSelectableByMouse)
            lay.addWidget(regel)
        if not contacten:
            lay.addWidget(QLabel(self.tr("Nog geen contactpersonen vastgelegd.")))

        links = QVBoxLayout()
        links.addWidget(gegevens)
        links.addWidget(datums)
        links.addStretch()
        rechts = QVBoxLayout()
        rechts.addWidget(QLabel(self.tr("<b>Termijnen</b> (berekend uit de sleuteldatums)")))
        rechts.addWidget(self.termijnen, 1)
        rechts.addWidget(contact)
        midden = QHBoxLayout()
        midden.addLayout(links, 2)
        midden.addLayout(rechts, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(boven)
        layout.addLayout(midden, 1)
