"""The caseload: every inburgeraar of this consultant in a table with search-as-you-type, sorting and a deadline badge."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QSignalBlocker,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop_app.core.dates import datum_nl
from desktop_app.core.gemeente import Doel
from desktop_app.core.model import Doelgroep, Inburgeraar, zoeksleutel
from desktop_app.core.termijnen import STANDAARD_INTERVAL, Status, Termijn, dringendste, termijnen

from .domeinlabels import domein_tr

ID_ROLE = Qt.UserRole + 3

BADGE_KLEUR = {Status.TE_LAAT: QColor("#f8d7da"), Status.BINNENKORT: QColor("#fff3cd")}


class Rij(NamedTuple):
    """One inburgeraar as the table shows it, computed once per load: the view asks for cells thousands of times."""
    id: str
    cellen: tuple[str, ...]
    sorteer: tuple[str, ...]
    zoektekst: str
    status: Status | None
    bron: str


def badge(termijn: Termijn) -> str:
    """What needs attention, status first: "Te laat: PIP vaststellen (uiterlijk 26-03-2025)"."""
    vorm = (QCoreApplication.translate("CaseloadModel", "%1: %2 (doel gemeente, uiterlijk %3)") if termijn.gemeentelijk
            else QCoreApplication.translate("CaseloadModel", "%1: %2 (uiterlijk %3)"))
    status = domein_tr(termijn.status.label)
    return (vorm.replace("%1", status[:1].upper() + status[1:]).replace("%2", domein_tr(termijn.omschrijving))
            .replace("%3", datum_nl(termijn.uiterlijk)))


def _rij(ib: Inburgeraar, vandaag: dt.date, interval: int, doelen: tuple[Doel, ...]) -> Rij:
    termijn = dringendste(termijnen(ib, vandaag, interval, doelen))
    doelgroep = domein_tr(Doelgroep(ib.doelgroep).label) if ib.doelgroep in Doelgroep._value2member_map_ \
        else ib.doelgroep
    # late first, then due soon; legal deadlines before the municipality's own targets; the earliest date first
    urgentie = (f"{int(termijn.gemeentelijk)}{int(termijn.status is not Status.TE_LAAT)}"
                f"{termijn.uiterlijk.isoformat()}" if termijn else "9")
    koppeling = ib.koppeling.isoformat() if ib.koppeling else ""
    return Rij(ib.id, (ib.naam, badge(termijn) if termijn else "", ib.naam_eigen_schrift, doelgroep, ib.gemeente,
                       datum_nl(ib.koppeling)),
               (ib.sorteernaam, urgentie, zoeksleutel(ib.naam_eigen_schrift), doelgroep, zoeksleutel(ib.gemeente),
                koppeling),
               ib.zoektekst(), termijn.status if termijn else None, termijn.bron if termijn else "")


class CaseloadModel(QAbstractTableModel):
    # the deadline badge second: it is what the consultant scans for, and must not hide behind a scroll bar
    KOLOMMEN = (QT_TRANSLATE_NOOP("CaseloadModel", "Naam"), QT_TRANSLATE_NOOP("CaseloadModel", "Termijn"),
                QT_TRANSLATE_NOOP("CaseloadModel", "Eigen schrift"), QT_TRANSLATE_NOOP("CaseloadModel", "Doelgroep"),
                QT_TRANSLATE_NOOP("CaseloadModel", "Gemeente"), QT_TRANSLATE_NOOP("CaseloadModel", "Koppeling"))
    TERMIJN = 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rijen: list[Rij] = []
        self._sortering = (self.TERMIJN, Qt.AscendingOrder)

    def zet(self, mensen: list[Inburgeraar], vandaag: dt.date, interval_voortgang_maanden: int = STANDAARD_INTERVAL,
            doelen: tuple[Doel, ...] = ()) -> None:
        self.beginResetModel()
        self._rijen = [_rij(ib, vandaag, interval_voortgang_maanden, doelen) for ib in mensen]
        self._sorteer(*self._sortering)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rijen)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.KOLOMMEN)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(self.KOLOMMEN[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        rij = self._rijen[index.row()]
        if role == Qt.DisplayRole or role == Qt.AccessibleTextRole:
            return rij.cellen[index.column()]
        if role == ID_ROLE:
            return rij.id
        if index.column() == self.TERMIJN and rij.status is not None:
            if role == Qt.BackgroundRole:
                return BADGE_KLEUR.get(rij.status)
            if role == Qt.ForegroundRole:
                return QColor("#1a1a1a")
            if role == Qt.ToolTipRole:
                return rij.bron
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sorteer(column, order)
        self.layoutChanged.emit()

    def _sorteer(self, column: int, order) -> None:
        self._sortering = (column, order)
        self._rijen.sort(key=lambda r: r.sorteer[column], reverse=order == Qt.DescendingOrder)

    def zoektekst(self, rij: int) -> str:
        return self._rijen[rij].zoektekst

    def rij_van(self, inburgeraar_id: str) -> int:
        return next((i for i, r in enumerate(self._rijen) if r.id == inburgeraar_id), -1)


class CaseloadFilter(QSortFilterProxyModel):
    """Filters: every word of the query must occur in the names (any script), V-nummer or gemeente, ignoring
    accents. Sorting is the source model's (a Python sort over precomputed keys, not 10,000 × log comparisons
    through Qt)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._woorden: list[str] = []

    def zoek(self, tekst: str) -> None:
        self.beginFilterChange()
        self._woorden = zoeksleutel(tekst).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent):
        if not self._woorden:
            return True
        tekst = self.sourceModel().zoektekst(row)
        return all(w in tekst for w in self._woorden)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class CaseloadView(QWidget):
    sig_selected = Signal(str)   # inburgeraar id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)
        self.zoekveld = QLineEdit(placeholderText=self.tr("Zoek op naam (elk schrift), V-nummer of gemeente  (Ctrl+F)"))
        self.zoekveld.setClearButtonEnabled(True)
        self.zoekveld.setAccessibleName(self.tr("Zoeken in caseload"))
        self.zoekveld.textChanged.connect(self.proxy.zoek)
        self.tabel = QTableView()
        self.tabel.setAccessibleName(self.tr("Caseload"))
        self.tabel.setModel(self.proxy)
        self.tabel.setSortingEnabled(True)
        self.tabel.sortByColumn(CaseloadModel.TERMIJN, Qt.AscendingOrder)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        self.tabel.selectionModel().currentRowChanged.connect(self._gekozen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.zoekveld)
        layout.addWidget(self.tabel)

    def zet(self, mensen: list[Inburgeraar], vandaag: dt.date, interval_voortgang_maanden: int = STANDAARD_INTERVAL,
            doelen: tuple[Doel, ...] = ()) -> None:
        """Show these people (again): the person who was chosen stays chosen, without announcing it anew.
        `interval_voortgang_maanden`: the installation's default; `doelen`: the municipality's own targets."""
        huidig = self.tabel.currentIndex().data(ID_ROLE)
        self.model.zet(mensen, vandaag, interval_voortgang_maanden, doelen)
        for kolom, breedte in enumerate((170, 250, 150, 130, 110)):
            self.tabel.setColumnWidth(kolom, breedte)
        if huidig:
            blokkade = QSignalBlocker(self.tabel.selectionModel())
            self.kies(huidig)
            del blokkade

    def kies(self, inburgeraar_id: str) -> None:
        rij = self.model.rij_van(inburgeraar_id)
        if rij >= 0:
            index = self.proxy.mapFromSource(self.model.index(rij, 0))
            self.tabel.setCurrentIndex(index)
            self.tabel.scrollTo(index)

    def _gekozen(self, current, _previous):
        if current.isValid():
            self.sig_selected.emit(current.data(ID_ROLE))
