"""The final scoring: per aspect the proposal from the moments; the teacher confirms or changes it (audited)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.core.observatie import StartklasGroep
from desktop_app.core.validation import Ongeldig
from desktop_app.diensten import startklas as sk

from ..meldingen import melding

from .keuze import vul_cursistkeuze
from .rooster import NIET_GEOBSERVEERD, kleur

KOLOM_EIND = 3


class EindscoreTabel(QTableWidget):
    """Digits set the final score of the current aspect and move down; 0/N/- = niet geobserveerd.
    A plain callback, no signal: see RoosterModel on PySide6 6.12's emit()."""

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.bij_score = lambda rij, score: None
        self.schaal = None
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)

    def keyPressEvent(self, event):
        tekst, rij = event.text(), self.currentRow()
        if self.schaal is not None and rij >= 0:
            if tekst.isdigit() and int(tekst) in self.schaal.waarden:
                self.bij_score(rij, int(tekst))
            elif self.schaal.niet_geobserveerd and (tekst in ("n", "N", "-") or (tekst == "0" and self.schaal.min > 0)):
                self.bij_score(rij, None)
            elif event.key() in (Qt.Key_Return, Qt.Key_Enter):
                pass
            else:
                return super().keyPressEvent(event)
            self.setCurrentCell(min(rij + 1, self.rowCount() - 1), KOLOM_EIND)
            return
        super().keyPressEvent(event)


class EindscorePagina(QWidget):
    def __init__(self, bediening, parent=None):
        super().__init__(parent)
        self.bediening, self.sk = bediening, bediening.d.startklas
        self.groep: StartklasGroep | None = None
        self.scores: dict = {}
        self.voorstel: dict = {}
        self.cursistkeuze = QComboBox()
        self.cursistkeuze.setAccessibleName(self.tr("Cursist"))
        self.cursistkeuze.currentIndexChanged.connect(self._laad)
        self.tabel = EindscoreTabel()
        self.tabel.setHorizontalHeaderLabels([self.tr("Nr"), self.tr("Aspect"), self.tr("Voorstel"),
                                              self.tr("Eindscore")])
        self.tabel.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.tabel.verticalHeader().hide()
        self.tabel.verticalHeader().setDefaultSectionSize(24)
        self.tabel.setAccessibleName(self.tr("Eindscores"))
        self.tabel.bij_score = self._zet
        self.overnemen = QPushButton(self.tr("Voorstel &overnemen"))
        self.overnemen.clicked.connect(self.neem_voorstel_over)
        self.vaststellen = QPushButton(self.tr("Eindscores &vaststellen"))
        self.vaststellen.clicked.connect(self.stel_vast)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.totaal = QLabel()

        boven = QHBoxLayout()
        boven.addWidget(QLabel(self.tr("Cursist:")))
        boven.addWidget(self.cursistkeuze, 1)
        onder = QHBoxLayout()
        onder.addWidget(self.totaal, 1)
        onder.addWidget(self.overnemen)
        onder.addWidget(self.vaststellen)
        lay = QVBoxLayout(self)
        lay.addLayout(boven)
        uitleg = QLabel(self.tr("Het voorstel komt uit de observatiemomenten; recente momenten wegen zwaarder. "
                                "Bevestig of wijzig elke score (cijfertoets), en stel daarna vast. Elke "
                                "wijziging wordt vastgelegd."))
        uitleg.setWordWrap(True)
        lay.addWidget(uitleg)
        lay.addWidget(self.tabel, 1)
        lay.addLayout(onder)
        lay.addWidget(self.status)

    def toon_groep(self, groep: StartklasGroep | None) -> None:
        self.groep = groep
        vul_cursistkeuze(self.cursistkeuze, self.sk, groep)
        self._laad()

    def _laad(self, *_):
        self.tabel.setRowCount(0)
        self.status.setText("")
        ib_id = self.cursistkeuze.currentData()
        if self.groep is None or ib_id is None:
            self.totaal.setText("")
            return
        instrument = sk.instrument_van(self.groep)
        es = self.sk.eindscore(self.groep, ib_id)
        self.voorstel = es.voorstel
        self.scores = dict(es.scores)
        self.tabel.schaal = instrument.schaal
        self.tabel.setRowCount(len(instrument.aspecten))
        for rij, aspect in enumerate(instrument.aspecten):
            self.tabel.setItem(rij, 0, QTableWidgetItem(f"{aspect.groep}{aspect.nr}"))
            naam = QTableWidgetItem(aspect.naam)
            naam.setToolTip("\n".join(f"{n}: {t}" for n, t in aspect.niveaus.items()))
            self.tabel.setItem(rij, 1, naam)
            self.tabel.setItem(rij, 2, self._cel(self.voorstel.get(aspect.id, ...)))
            self._toon_eind(rij)
        self.tabel.setCurrentCell(0, KOLOM_EIND)
        if es.vastgesteld_door:
            self.status.setText(self.tr("Vastgesteld door %1 op %2.").replace("%1", es.vastgesteld_door)
                                .replace("%2", es.vastgesteld_op))
        self._toon_totaal()

    def _cel(self, score) -> QTableWidgetItem:
        item = QTableWidgetItem("" if score is ... else NIET_GEOBSERVEERD if score is None else str(score))
        item.setTextAlignment(Qt.AlignCenter)
        if isinstance(score, int):
            item.setBackground(kleur(sk.instrument_van(self.groep), score))
        return item

    def _toon_eind(self, rij: int) -> None:
        aspect = sk.instrument_van(self.groep).aspecten[rij]
        score = self.scores.get(aspect.id, ...)
        item = self._cel(score)
        if score is not ... and score != self.voorstel.get(aspect.id, ...):
            f = QFont()
            f.setBold(True)
            item.setFont(f)
            item.setToolTip(self.tr("Gewijzigd ten opzichte van het voorstel"))
            item.setText(item.text() + " ✎")
        self.tabel.setItem(rij, KOLOM_EIND, item)

    def _toon_totaal(self) -> None:
        instrument = sk.instrument_van(self.groep)
        gescoord = [s for s in self.scores.values() if s is not None]
        self.totaal.setText(self.tr("Totaal: %1 van %2 (%3 van %4 aspecten gescoord)")
                            .replace("%1", str(sum(gescoord))).replace("%2", str(instrument.max_totaal))
                            .replace("%3", str(len(gescoord))).replace("%4", str(len(instrument.aspecten))))

    def _zet(self, rij: int, score) -> None:
        aspect = sk.instrument_van(self.groep).aspecten[rij]
        self.scores[aspect.id] = score
        self._toon_eind(rij)
        self._toon_totaal()
        self.status.setText(self.tr("Nog niet vastgesteld."))

    def neem_voorstel_over(self) -> None:
        for aspect_id, score in self.voorstel.items():
            self.scores.setdefault(aspect_id, score)
        for rij in range(self.tabel.rowCount()):
            self._toon_eind(rij)
        self._toon_totaal()

    def stel_vast(self) -> bool:
        ib_id = self.cursistkeuze.currentData()
        if self.groep is None or ib_id is None:
            return False
        try:
            scores = dict(self.scores)
            self.bediening.schrijf(lambda d: d.startklas.bewaar_eindscore(self.groep, ib_id, scores), bron=self)
        except Ongeldig as fout:
            self.status.setText(self.tr("Niet vastgesteld: %1").replace("%1", melding(fout)))
            return False
        self._laad()
        return True
