"""The fast scoring grid: cursisten × aspects for one moment, or all aspects of one cursist.

Keyboard only: a digit on the scale scores the cell and moves on, 0 (or N, -) = niet geobserveerd (on a scale that
has 0 as a score: N or -), Delete clears, arrows move, Enter goes down a row. Changes are saved automatically a moment
after the last key press, in one transaction; a refused save keeps what was typed on screen and says why.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QTableView, QVBoxLayout, QWidget)

from desktop_app.core.observatie import Instrument, Observatie, Observatiemoment, StartklasGroep
from desktop_app.core.validation import Ongeldig
from desktop_app.diensten import startklas as sk
from desktop_app.store.errors import StoreError

from ..meldingen import melding

AUTOSAVE_MS = 600
KLEUREN = ("#f4cccc", "#fce5cd", "#d9ead3", "#b6d7a8")        # low → high, for any scale length
NIET_GEOBSERVEERD = "–"
_TEKST, _ACHTERGROND, _ALIGN, _TIP = (int(r.value) for r in (Qt.DisplayRole, Qt.BackgroundRole, Qt.TextAlignmentRole,
                                                              Qt.ToolTipRole))
_ROLLEN = frozenset((_TEKST, _ACHTERGROND, _ALIGN, _TIP))
_MIDDEN = int(Qt.AlignCenter.value)
_CIJFERS = [str(i) for i in range(10)]


def kleur(instrument: Instrument, score: int) -> QColor:
    schaal = instrument.schaal
    stap = (score - schaal.min) / (schaal.max - schaal.min)
    return QColor(KLEUREN[min(len(KLEUREN) - 1, int(stap * len(KLEUREN)))])


class RoosterModel(QAbstractTableModel):
    """Cells are (cursist, aspect) of one moment. `per_cursist`: rows = aspects of one cursist, one column.

    No Python-side signal emits on the key path: in PySide6 6.12.0 every `SignalInstance.emit()` from Python drops a
    reference to `True` (measured: -1 per emit; Python aborts when it reaches zero, after a few thousand). The page
    passes a plain callback (`bij_wijziging`) and repaints the cell itself (`RoosterTabel.update(index)`).
    """

    def __init__(self, instrument: Instrument, parent=None, bij_wijziging=lambda: None):
        super().__init__(parent)
        self.bij_wijziging = bij_wijziging
        self.instrument = instrument
        self.cursisten: list[tuple[str, str]] = []
        self.obs: dict[str, Observatie] = {}
        self.per_cursist: str | None = None
        self.vuil: set[str] = set()
        self._borstels = {s: QBrush(kleur(instrument, s)) for s in instrument.schaal.waarden}
        self._grijs = QBrush(QColor("#eeeeee"))
        self._aspect_kort = [f"{a.groep}{a.nr}" for a in instrument.aspecten]
        self._aspect_lang = [f"{a.nr}. {a.naam}" for a in instrument.aspecten]

    def laad(self, cursisten: list[tuple[str, str]], obs: dict[str, Observatie], per_cursist: str | None) -> None:
        self.beginResetModel()
        self.cursisten, self.obs, self.per_cursist = cursisten, obs, per_cursist
        self.vuil.clear()
        self.endResetModel()

    def cel(self, index: QModelIndex) -> tuple[str, str]:
        """(inburgeraar_id, aspect_id) of a cell."""
        if self.per_cursist:
            return self.per_cursist, self.instrument.aspecten[index.row()].id
        return self.cursisten[index.row()][0], self.instrument.aspecten[index.column()].id

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else (len(self.instrument.aspecten) if self.per_cursist else len(self.cursisten))

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else (1 if self.per_cursist else len(self.instrument.aspecten))

    def score(self, ib_id: str, aspect_id: str):
        obs = self.obs.get(ib_id)
        return (obs.scores.get(aspect_id, ...) if obs else ...)   # ... = not scored yet

    def data(self, index, role=Qt.DisplayRole):
        # Called for every role of every visible cell on each repaint: answer the roles we do not use at once.
        role = int(role)
        if role not in _ROLLEN or not index.isValid():
            return None
        if role == _ALIGN:
            return _MIDDEN
        ib_id, aspect_id = self.cel(index)
        score = self.score(ib_id, aspect_id)
        if role == _TEKST:
            return "" if score is ... else NIET_GEOBSERVEERD if score is None else _CIJFERS[score]
        if role == _ACHTERGROND:
            return None if score is ... else self._grijs if score is None else self._borstels.get(score)
        aspect = self.instrument.aspect(aspect_id)
        tekst = f"{aspect.nr}. {aspect.naam}"
        if score is not ... and score is not None and score in aspect.niveaus:
            tekst += f"\n{score}: {aspect.niveaus[score]}"
        notitie = self.obs[ib_id].notities.get(aspect_id) if ib_id in self.obs else None
        return tekst + (f"\nNotitie: {notitie}" if notitie else "")

    def headerData(self, sectie, orientation, role=Qt.DisplayRole):
        role = int(role)
        if role != _TEKST and role != _TIP:
            return None
        aspect_as = (orientation == Qt.Vertical) == bool(self.per_cursist)
        if aspect_as:
            return (self._aspect_lang if role == _TIP or self.per_cursist else self._aspect_kort)[sectie]
        if self.per_cursist:
            return "Score"
        return self.cursisten[sectie][1]

    def zet(self, index: QModelIndex, score, moment: Observatiemoment) -> None:
        """Set one score (int, None = niet geobserveerd, ... = clear) in memory; saving follows."""
        ib_id, aspect_id = self.cel(index)
        obs = self.obs.get(ib_id)
        if obs is None:
            obs = self.obs[ib_id] = Observatie(moment_id=moment.id, groep_id=moment.groep_id, inburgeraar_id=ib_id,
                                               datum=moment.datum)
        if score is ...:
            if aspect_id not in obs.scores:
                return
            del obs.scores[aspect_id]
        else:
            obs.scores[aspect_id] = score
        self.vuil.add(ib_id)
        self.bij_wijziging()

    def zet_notitie(self, ib_id: str, aspect_id: str, tekst: str, moment: Observatiemoment) -> None:
        obs = self.obs.setdefault(ib_id, Observatie(moment_id=moment.id, groep_id=moment.groep_id,
                                                     inburgeraar_id=ib_id, datum=moment.datum))
        if tekst:
            obs.notities[aspect_id] = tekst
        else:
            obs.notities.pop(aspect_id, None)
        self.vuil.add(ib_id)
        self.bij_wijziging()


class RoosterTabel(QTableView):
    """The grid itself: all keys handled here, without opening an editor. `bij_score(index, waarde)` is called
    with an int, None (niet geobserveerd), ... (clear) or "buiten" (a digit not on the scale)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bij_score = lambda index, waarde: None
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        hoek = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if hoek is not None:      # the empty corner between the headers; a screen reader still announces it
            hoek.setAccessibleName(self.tr("Hoek van het rooster"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.horizontalHeader().setMinimumSectionSize(26)
        self.horizontalHeader().setDefaultSectionSize(34)
        self.verticalHeader().setDefaultSectionSize(26)

    def keyPressEvent(self, event):
        model: RoosterModel = self.model()
        index = self.currentIndex()
        tekst = event.text()
        if model is None or not index.isValid():
            return super().keyPressEvent(event)
        schaal = model.instrument.schaal
        waarde = ...
        if tekst.isdigit() and int(tekst) in schaal.waarden:
            waarde = int(tekst)
        elif schaal.niet_geobserveerd and (tekst in ("n", "N", "-") or (tekst == "0" and schaal.min > 0)):
            waarde = None
        elif event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
            self.bij_score(index, ...)
            return
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._ga_naar(index.row() + 1, index.column())
            return
        elif tekst.isdigit():
            self.bij_score(index, "buiten")   # tell the page: not on the scale
            return
        if waarde is not ...:
            self.bij_score(index, waarde)
            self._volgende(index)
            return
        super().keyPressEvent(event)

    def _volgende(self, index: QModelIndex) -> None:
        """On to the next cell: along the row for a moment, down the aspects for one cursist; wrap at the end."""
        model = self.model()
        rij, kolom = index.row(), index.column() + 1
        if kolom >= model.columnCount():
            rij, kolom = rij + 1, 0
        if rij < model.rowCount():
            self._ga_naar(rij, kolom)

    def _ga_naar(self, rij: int, kolom: int) -> None:
        model = self.model()
        if 0 <= rij < model.rowCount() and 0 <= kolom < model.columnCount():
            self.setCurrentIndex(model.index(rij, kolom))


class ObserverenPagina(QWidget):
    """Choose or start a moment, then score in the grid; notes per aspect (per cell) and per moment."""

    def __init__(self, bediening, parent=None):
        super().__init__(parent)
        self.bediening, self.sk = bediening, bediening.d.startklas
        self.vandaag = bediening.d.vandaag
        self.groep: StartklasGroep | None = None
        self.moment: Observatiemoment | None = None
        self.model: RoosterModel | None = None
        self._laden = False

        self.momentkeuze = QComboBox()
        self.momentkeuze.setAccessibleName(self.tr("Observatiemoment"))
        self.momentkeuze.currentIndexChanged.connect(self._kies_moment)
        self.nieuwe_datum = QDateEdit()
        self.nieuwe_datum.setDisplayFormat("dd-MM-yyyy")
        self.nieuwe_datum.setCalendarPopup(True)
        self.nieuwe_datum.setAccessibleName(self.tr("Datum van een nieuw moment"))
        self.nieuw_knop = QPushButton(self.tr("Nieuw moment"))
        self.nieuw_knop.clicked.connect(self.nieuw_moment)
        self.per_moment = QRadioButton(self.tr("Alle cursisten"))
        self.per_moment.setChecked(True)
        self.een_cursist = QRadioButton(self.tr("Eén cursist:"))
        self.cursistkeuze = QComboBox()
        self.cursistkeuze.setAccessibleName(self.tr("Cursist"))
        for w in (self.per_moment, self.een_cursist):
            w.toggled.connect(self._herlaad_rooster)
        self.cursistkeuze.currentIndexChanged.connect(self._herlaad_rooster)

        boven = QHBoxLayout()
        boven.addWidget(QLabel(self.tr("Moment:")))
        boven.addWidget(self.momentkeuze, 1)
        boven.addWidget(self.nieuwe_datum)
        boven.addWidget(self.nieuw_knop)
        boven.addSpacing(16)
        boven.addWidget(self.per_moment)
        boven.addWidget(self.een_cursist)
        boven.addWidget(self.cursistkeuze, 1)

        self.tabel = RoosterTabel()
        self.tabel.setAccessibleName(self.tr("Scoorrooster"))
        self.tabel.bij_score = self._score
        self.uitleg = QLabel()
        self.uitleg.setWordWrap(True)
        self.uitleg.setTextFormat(Qt.PlainText)
        self.uitleg.setFixedHeight(self.uitleg.fontMetrics().lineSpacing() * 3 + 4)
        self.uitleg.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.hulp = QLabel(self.tr("Toetsen: cijfer = score en door · 0, N of - = niet geobserveerd · Delete = wissen · "
                                   "pijltjes = verplaatsen · Enter = volgende cursist · Alt+A = notitie bij aspect · "
                                   "Alt+M = notitie bij moment"))
        self.hulp.setWordWrap(True)
        self.notitie_aspect = QLineEdit()
        self.notitie_aspect.setPlaceholderText(self.tr("Notitie bij deze cursist en dit aspect"))
        self.notitie_aspect.setAccessibleName(self.tr("Notitie bij deze cursist en dit aspect"))
        self.notitie_aspect.editingFinished.connect(self._notitie_aspect)
        self.notitie_moment = QLineEdit()
        self.notitie_moment.setPlaceholderText(self.tr("Notitie bij dit moment (de hele les)"))
        self.notitie_moment.setAccessibleName(self.tr("Notitie bij dit moment"))
        self.notitie_moment.editingFinished.connect(self._notitie_moment)
        for veld, sneltoets in ((self.notitie_aspect, "Alt+A"), (self.notitie_moment, "Alt+M")):
            QShortcut(QKeySequence(sneltoets), self, activated=veld.setFocus)
            QShortcut(QKeySequence(Qt.Key_Escape), veld, activated=self.tabel.setFocus)
            veld.returnPressed.connect(self.tabel.setFocus)   # Enter: note done, back to scoring
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Opslaan"))
        self.status.setFixedHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)
        self.status.setAlignment(Qt.AlignTop | Qt.AlignLeft)

        lay = QVBoxLayout(self)
        lay.addLayout(boven)
        lay.addWidget(self.tabel, 1)
        lay.addWidget(self.uitleg)
        notities = QHBoxLayout()
        notities.addWidget(self.notitie_aspect, 1)
        notities.addWidget(self.notitie_moment, 1)
        lay.addLayout(notities)
        lay.addWidget(self.hulp)
        lay.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.bewaar)

    # -- loading ----------------------------------------------------------------------------------------------------
    def toon_groep(self, groep: StartklasGroep | None) -> None:
        self.bewaar()
        self.groep = groep
        self._laden = True
        self.momentkeuze.clear()
        self.cursistkeuze.clear()
        if groep is None:
            self._laden = False
            self._zet_model(None)
            return
        instrument = sk.instrument_van(groep)
        if self.model is None or self.model.instrument is not instrument:
            self._zet_model(RoosterModel(instrument, self, bij_wijziging=self.timer.start))
        for m in self.sk.momenten(groep.id):
            self.momentkeuze.addItem(m.datum.strftime("%d-%m-%Y") + (f" — {m.notitie}" if m.notitie else ""), m.id)
        for ib_id, naam in self.sk.cursisten(groep.id):
            self.cursistkeuze.addItem(naam, ib_id)
        self.nieuwe_datum.setDate(self.vandaag)
        self._laden = False
        self.momentkeuze.setCurrentIndex(self.momentkeuze.count() - 1)
        self._kies_moment()

    def _zet_model(self, model: RoosterModel | None) -> None:
        self.model = model
        self.tabel.setModel(model)
        if model is not None:
            self.tabel.selectionModel().currentChanged.connect(self._cel_gekozen)

    def _kies_moment(self, *_):
        if self._laden or self.groep is None:
            return
        self.bewaar()
        moment_id = self.momentkeuze.currentData()
        self.moment = next((m for m in self.sk.momenten(self.groep.id) if m.id == moment_id), None)
        self.notitie_moment.setText(self.moment.notitie if self.moment else "")
        self._herlaad_rooster()

    def _herlaad_rooster(self, *_):
        if self._laden or self.model is None:
            return
        self.bewaar()
        if self.moment is None:
            self.model.laad([], {}, None)
            self.status.setText(self.tr("Nog geen observatiemoment in deze groep: kies een datum en 'Nieuw moment'."))
            return
        plaatsingen = self.sk.plaatsingen_van(self.groep.id, self.moment.datum)
        geplaatst = {p.inburgeraar_id for p in plaatsingen}
        cursisten = [(i, n) for i, n in self.sk.cursisten(self.groep.id) if i in geplaatst]
        obs = {o.inburgeraar_id: o for o in self.sk.observaties(self.groep.id) if o.moment_id == self.moment.id}
        een = self.cursistkeuze.currentData() if self.een_cursist.isChecked() else None
        self.model.laad(cursisten, obs, een)
        self.tabel.horizontalHeader().setDefaultSectionSize(34 if een is None else 80)
        if een:
            self.tabel.verticalHeader().setMinimumWidth(380)
        else:
            self.tabel.verticalHeader().setMinimumWidth(0)
        if self.model.rowCount():
            self.tabel.setCurrentIndex(self.model.index(0, 0))
        self.tabel.setFocus()
        self.status.setText("")

    # -- editing ----------------------------------------------------------------------------------------------------
    def nieuw_moment(self) -> Observatiemoment | None:
        if self.groep is None:
            return None
        datum = self.nieuwe_datum.date().toPython()
        moment = Observatiemoment(groep_id=self.groep.id, datum=datum)
        try:
            self.bediening.schrijf(lambda d: d.startklas.bewaar_moment(moment, []), bron=self)
        except Ongeldig as fout:
            self.status.setText(self.tr("Niet aangemaakt: %1").replace("%1", melding(fout)))
            return None
        self.toon_groep(self.groep)
        self.momentkeuze.setCurrentIndex(self.momentkeuze.findData(moment.id))
        return moment

    def _score(self, index: QModelIndex, waarde) -> None:
        if self.moment is None:
            return
        if waarde == "buiten":
            schaal = self.model.instrument.schaal
            self.status.setText(self.tr("Die score bestaat niet: de schaal loopt van %1 tot %2.")
                                .replace("%1", str(schaal.min)).replace("%2", str(schaal.max)))
            return
        self.model.zet(index, waarde, self.moment)
        self.tabel.update(index)

    def _cel_gekozen(self, index: QModelIndex, *_):
        if not index.isValid() or self.model is None:
            self.uitleg.setText("")
            return
        ib_id, aspect_id = self.model.cel(index)
        aspect = self.model.instrument.aspect(aspect_id)
        niveaus = " · ".join(f"{n}: {t}" for n, t in aspect.niveaus.items()) or " · ".join(
            f"{n}: {t}" for n, t in self.model.instrument.schaal.labels.items())
        self.uitleg.setText(f"{aspect.nr}. {aspect.naam} — {niveaus}")
        obs = self.model.obs.get(ib_id)
        self.notitie_aspect.setText(obs.notities.get(aspect_id, "") if obs else "")

    def _notitie_aspect(self):
        index = self.tabel.currentIndex()
        if self.moment is None or not index.isValid():
            return
        ib_id, aspect_id = self.model.cel(index)
        huidig = self.model.obs.get(ib_id)
        tekst = self.notitie_aspect.text().strip()
        if (huidig.notities.get(aspect_id, "") if huidig else "") != tekst:
            self.model.zet_notitie(ib_id, aspect_id, tekst, self.moment)

    def _notitie_moment(self):
        if self.moment is not None and self.moment.notitie != self.notitie_moment.text().strip():
            self.moment.notitie = self.notitie_moment.text().strip()
            self.model.vuil.add("")   # "" = the moment itself
            self.timer.start()

    # -- saving -----------------------------------------------------------------------------------------------------
    def bewaar(self) -> bool:
        """Write what changed (one transaction). On refusal nothing is saved and what was typed stays on screen."""
        self.timer.stop()
        if self.model is None or self.moment is None or not self.model.vuil:
            return True
        obs = [self.model.obs[i] for i in self.model.vuil if i in self.model.obs]
        try:
            self.bediening.schrijf(lambda d: d.startklas.bewaar_moment(self.moment, obs), bron=self)
        except (Ongeldig, StoreError) as fout:   # refused or store locked/full: keep what was typed on screen
            self.status.setText(self.tr("Niet opgeslagen: %1").replace("%1", melding(fout)))
            return False
        self.model.vuil.clear()
        self.status.setText(self.tr("Opgeslagen om %1.").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))
        return True

    def hideEvent(self, event):
        self.bewaar()
        super().hideEvent(event)
