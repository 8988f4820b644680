"""Trends per cursist (each group of aspects over the weeks, drawn with QPainter) and the group overview showing who
has too few moments for a definitief advice."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QSizePolicy, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.core.observatie import Instrument, StartklasGroep, dekking, groeilijn, tekorten
from desktop_app.diensten import startklas as sk

LIJNKLEUREN = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


class TrendGrafiek(QWidget):
    """A line per group of aspects: mean score per week."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.instrument: Instrument | None = None
        self.lijn: list[tuple[int, dict[str, float]]] = []
        self.setMinimumSize(480, 260)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAccessibleName(self.tr("Groeilijn per groep van aspecten"))

    def toon(self, instrument: Instrument | None, lijn: list[tuple[int, dict[str, float]]]) -> None:
        self.instrument, self.lijn = instrument, lijn
        self.setAccessibleDescription("; ".join(
            f"week {w}: " + ", ".join(f"{g} {v:.1f}" for g, v in sorted(groepen.items())) for w, groepen in lijn))
        self.update()

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if self.instrument is None or not self.lijn:
            p.setPen(QColor("#666666"))
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("Nog geen scores voor deze cursist."))
            return
        schaal = self.instrument.schaal
        fm = p.fontMetrics()
        legenda_breedte = max(fm.horizontalAdvance(g.naam) for g in self.instrument.groepen) + 40
        vlak = QRectF(48, 16, self.width() - 48 - legenda_breedte - 16, self.height() - 16 - 44)
        weken = [w for w, _ in self.lijn]
        eerste, laatste = 1, max(max(weken), 2)

        def x(week: float) -> float:
            return vlak.left() + (week - eerste) / (laatste - eerste) * vlak.width()

        def y(score: float) -> float:
            return vlak.bottom() - (score - schaal.min) / (schaal.max - schaal.min) * vlak.height()

        # axes and grid
        p.setPen(QPen(QColor("#dddddd"), 1))
        for s in schaal.waarden:
            p.drawLine(QPointF(vlak.left(), y(s)), QPointF(vlak.right(), y(s)))
        p.setPen(QColor("#333333"))
        for s in schaal.waarden:
            p.drawText(QRectF(0, y(s) - 10, 40, 20), Qt.AlignRight | Qt.AlignVCenter, str(s))
        p.drawLine(QPointF(vlak.left(), vlak.bottom()), QPointF(vlak.right(), vlak.bottom()))
        p.drawLine(QPointF(vlak.left(), vlak.top()), QPointF(vlak.left(), vlak.bottom()))
        stap = max(1, (laatste - eerste) // 12 + 1)
        for w in range(eerste, laatste + 1, stap):
            p.drawLine(QPointF(x(w), vlak.bottom()), QPointF(x(w), vlak.bottom() + 4))
            p.drawText(QRectF(x(w) - 20, vlak.bottom() + 6, 40, 16), Qt.AlignCenter, str(w))
        p.drawText(QRectF(vlak.left(), vlak.bottom() + 22, vlak.width(), 18), Qt.AlignCenter, self.tr("week"))

        # one line per group, with dots at each week that has scores
        for i, groep in enumerate(self.instrument.groepen):
            kleur = QColor(LIJNKLEUREN[i % len(LIJNKLEUREN)])
            punten = [QPointF(x(w), y(g[groep.id])) for w, g in self.lijn if groep.id in g]
            p.setPen(QPen(kleur, 2.2))
            if len(punten) > 1:
                pad = QPainterPath(punten[0])
                for punt in punten[1:]:
                    pad.lineTo(punt)
                p.drawPath(pad)
            p.setBrush(kleur)
            for punt in punten:
                p.drawEllipse(punt, 3.5, 3.5)
            p.setBrush(Qt.NoBrush)
            ly = 20 + i * 22
            lx = self.width() - legenda_breedte
            p.drawLine(QPointF(lx, ly), QPointF(lx + 22, ly))
            p.setPen(QColor("#222222"))
            p.drawText(QPointF(lx + 28, ly + fm.ascent() / 2 - 1), groep.naam)


class VoortgangPagina(QWidget):
    def __init__(self, bediening, parent=None):
        super().__init__(parent)
        self.sk = bediening.d.startklas
        self.groep: StartklasGroep | None = None
        self.cursistkeuze = QComboBox()
        self.cursistkeuze.setAccessibleName(self.tr("Cursist"))
        self.cursistkeuze.currentIndexChanged.connect(self._toon_cursist)
        self.grafiek = TrendGrafiek()
        self.overzicht = QTableWidget(0, 5)
        self.overzicht.setHorizontalHeaderLabels([self.tr("Cursist"), self.tr("Momenten"), self.tr("Weken"),
                                                  self.tr("Aspecten"), self.tr("Genoeg voor een definitief advies?")])
        self.overzicht.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.overzicht.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.overzicht.setEditTriggers(QTableWidget.NoEditTriggers)
        self.overzicht.verticalHeader().hide()
        self.overzicht.setAccessibleName(self.tr("Groepsoverzicht"))
        self.overzicht.currentCellChanged.connect(lambda rij, *_: rij >= 0 and self.cursistkeuze.setCurrentIndex(rij))

        boven = QHBoxLayout()
        boven.addWidget(QLabel(self.tr("Groeilijn van:")))
        boven.addWidget(self.cursistkeuze, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(boven)
        lay.addWidget(self.grafiek, 3)
        lay.addWidget(QLabel(self.tr("Groepsoverzicht")))
        lay.addWidget(self.overzicht, 2)

    def toon_groep(self, groep: StartklasGroep | None) -> None:
        self.groep = groep
        self.cursistkeuze.blockSignals(True)
        self.cursistkeuze.clear()
        self.overzicht.setRowCount(0)
        if groep is None:
            self.cursistkeuze.blockSignals(False)
            self.grafiek.toon(None, [])
            return
        instrument = sk.instrument_van(groep)
        alle = self.sk.observaties(groep.id)
        for rij, (ib_id, naam) in enumerate(self.sk.cursisten(groep.id)):
            self.cursistkeuze.addItem(naam, ib_id)
            es = self.sk.opgeslagen_eindscore(groep.id, ib_id)
            d = dekking([o for o in alle if o.inburgeraar_id == ib_id], groep.startdatum,
                        es.scores if es and es.scores else None)
            tekort = tekorten(d, instrument.voldoende, len(instrument.aspecten))
            self.overzicht.insertRow(rij)
            for kolom, tekst in enumerate((naam, str(d.momenten), str(d.weken),
                                           f"{d.aspecten}/{len(instrument.aspecten)}",
                                           self.tr("ja") if not tekort else self.tr("nee: ") + "; ".join(tekort))):
                item = QTableWidgetItem(tekst)
                if kolom == 4:
                    item.setForeground(QColor("#1a7f37") if not tekort else QColor("#b42318"))
                    if tekort:
                        f = QFont()
                        f.setBold(True)
                        item.setFont(f)
                self.overzicht.setItem(rij, kolom, item)
        self.cursistkeuze.blockSignals(False)
        self._toon_cursist()

    def _toon_cursist(self, *_):
        if self.groep is None or self.cursistkeuze.currentData() is None:
            self.grafiek.toon(None, [])
            return
        instrument = sk.instrument_van(self.groep)
        obs = self.sk.observaties(self.groep.id, self.cursistkeuze.currentData())
        self.grafiek.toon(instrument, groeilijn(instrument, obs, self.groep.startdatum))
