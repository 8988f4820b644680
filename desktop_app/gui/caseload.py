"""The caseload: every inburgeraar of this consultant in a table with search-as-you-type, sorting and a deadline badge."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop_app.core.model import Doelgroep, Inburgeraar, zoeksleutel
from desktop_app.core.termijnen import Status, Termijn, dringendste, termijnen

from .domeinlabels import domein_tr

SORT_ROLE = Qt.UserRole + 1
SEARCH_ROLE = Qt.UserRole + 2
ID_ROLE = Qt.UserRole + 3

BADGE_KLEUR = {Status.VERLOPEN: QColor("#f8d7da"), Status.BINNENKORT: QColor("#fff3cd")}


def _datum(d: dt.date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else ""


class CaseloadModel(QAbstractTableModel):
    KOLOMMEN = (QT_TRANSLATE_NOOP("CaseloadModel", "Naam"), QT_TRANSLATE_NOOP("CaseloadModel", "Eigen schrift"),
                QT_TRANSLATE_NOOP("CaseloadModel", "Doelgroep"), QT_TRANSLATE_NOOP("CaseloadModel", "Gemeente"),
                QT_TRANSLATE_NOOP("CaseloadModel", "Koppeling"), QT_TRANSLATE_NOOP("CaseloadModel", "Termijn"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rijen: list[tuple[Inburgeraar, Termijn | None, str]] = []

    def zet(self, mensen: list[Inburgeraar], vandaag: dt.date, interval_voortgang_maanden: int = 4) -> None:
        self.beginResetModel()
        self._rijen = [(ib, dringendste(termijnen(ib, vandaag, interval_voortgang_maanden)), ib.zoektekst())
                       for ib in mensen]
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
        if not index.isValid():
            return None
        ib, termijn, zoektekst = self._rijen[index.row()]
        kolom = index.column()
        if role == ID_ROLE:
            return ib.id
        if role == SEARCH_ROLE:
            return zoektekst
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            if kolom == 0:
                return ib.naam
            if kolom == 1:
                return ib.naam_eigen_schrift
            if kolom == 2:
                return domein_tr(Doelgroep(ib.doelgroep).label) if ib.doelgroep in Doelgroep._value2member_map_ \
                    else ib.doelgroep
            if kolom == 3:
                return ib.gemeente
            if kolom == 4:
                return _datum(ib.koppeling)
            if kolom == 5 and termijn:
                return f"{domein_tr(termijn.omschrijving)}: {_datum(termijn.uiterlijk)} ({domein_tr(termijn.status.label)})"
            return ""
        if role == SORT_ROLE:
            if kolom == 0:
                return ib.sorteernaam
            if kolom == 4:
                return ib.koppeling.isoformat() if ib.koppeling else ""
            if kolom == 5:
                # overdue first, then due soon, then the rest; within each the earliest date first
                if not termijn:
                    return "9"
                return f"{0 if termijn.status is Status.VERLOPEN else 1}{termijn.uiterlijk.isoformat()}"
            return zoeksleutel(str(self.data(index)))
        if role == Qt.BackgroundRole and kolom == 5 and termijn:
            return BADGE_KLEUR.get(termijn.status)
        if role == Qt.ForegroundRole and kolom == 5 and termijn:
            return QColor("#1a1a1a")
        if role == Qt.ToolTipRole and kolom == 5 and termijn:
            return termijn.bron
        return None

    def rij_van(self, inburgeraar_id: str) -> int:
        for rij, (ib, _, _) in enumerate(self._rijen):
            if ib.id == inburgeraar_id:
                return rij
        return -1


class CaseloadFilter(QSortFilterProxyModel):
    """Matches every word of the query against names (any script), V-nummer and gemeente, ignoring accents."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._woorden: list[str] = []
        self.setSortRole(SORT_ROLE)

    def zoek(self, tekst: str) -> None:
        self.beginFilterChange()
        self._woorden = zoeksleutel(tekst).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent):
        if not self._woorden:
            return True
        tekst = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE)
        return all(w in tekst for w in self._woorden)


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
        self.tabel.sortByColumn(5, Qt.AscendingOrder)
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

    def zet(self, mensen: list[Inburgeraar], vandaag: dt.date, interval_voortgang_maanden: int = 4) -> None:
        self.model.zet(mensen, vandaag, interval_voortgang_maanden)
        for kolom, breedte in enumerate((200, 160, 130, 110, 95)):
            self.tabel.setColumnWidth(kolom, breedte)

    def kies(self, inburgeraar_id: str) -> None:
        rij = self.model.rij_van(inburgeraar_id)
        if rij >= 0:
            index = self.proxy.mapFromSource(self.model.index(rij, 0))
            self.tabel.setCurrentIndex(index)
            self.tabel.scrollTo(index)

    def _gekozen(self, current, _previous):
        if current.isValid():
            self.sig_selected.emit(current.data(ID_ROLE))
