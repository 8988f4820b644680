"""One editor widget per question type, built from the definition. Editors only report what the person entered
(`sig_gewijzigd`); the view validates and saves. Text is committed shortly after typing stops and when focus leaves.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QTextEdit, QWidget)

from desktop_app.core.validation import lees_datum
from desktop_app.core.formulier.definitie import ZRM_STAPPEN, Vraag

TYPPAUZE_MS = 400   # autosave this long after the last keystroke


def is_rechts_naar_links(tekst: str) -> bool:
    """True when the first letter with a strong direction is Arabic/Hebrew-like (Qt's own rule for paragraphs)."""
    for teken in tekst:
        richting = unicodedata.bidirectional(teken)
        if richting in ("R", "AL"):
            return True
        if richting == "L":
            return False
    return False


class VraagEditor(QWidget):
    sig_gewijzigd = Signal(object)

    def __init__(self, vraag: Vraag, parent=None):
        super().__init__(parent)
        self.vraag = vraag
        self._laden = False
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def waarde(self) -> Any:   # may raise Ongeldig (e.g. a date that is no date)
        raise NotImplementedError

    def zet_waarde(self, waarde: Any) -> None:
        self._laden = True
        try:
            self._toon(waarde)
        finally:
            self._laden = False

    def _toon(self, waarde: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def focus_widgets(self) -> list[QWidget]:
        return [self.focus_widget()]

    def _meld(self, *_):
        if not self._laden:
            self.sig_gewijzigd.emit(None)


class TekstEditor(VraagEditor):
    """tekst, getal and datum: a line; lange_tekst: a paragraph box where Tab moves on. Arabic/Tigrinya type and show
    as in any Qt text widget; a right-to-left answer is right-aligned."""

    def __init__(self, vraag: Vraag, parent=None):
        super().__init__(vraag, parent)
        self._vastgelegd: str = ""
        self._timer = QTimer(self, singleShot=True, interval=TYPPAUZE_MS)
        self._timer.timeout.connect(self.leg_vast)
        if vraag.type == "lange_tekst":
            self.veld = QTextEdit()            # unlike QPlainTextEdit, it aligns each RTL paragraph right
            self.veld.setAcceptRichText(False)
            self.veld.setTabChangesFocus(True)
            self.veld.setFixedHeight(74)
            self.veld.textChanged.connect(self._getypt)
            self.veld.installEventFilter(self)
        else:
            self.veld = QLineEdit()
            if vraag.type == "datum":
                self.veld.setPlaceholderText(self.tr("dd-mm-jjjj"))
                self.veld.setMaximumWidth(140)
            elif vraag.type == "getal":
                self.veld.setMaximumWidth(100)
            self.veld.textChanged.connect(self._getypt)
            self.veld.editingFinished.connect(self.leg_vast)
        self.veld.setAccessibleName(vraag.tekst())
        self.layout_.addWidget(self.veld)
        if vraag.type in ("datum", "getal"):
            self.layout_.addStretch(1)

    def tekst(self) -> str:
        return self.veld.toPlainText() if isinstance(self.veld, QTextEdit) else self.veld.text()

    def _getypt(self) -> None:
        if isinstance(self.veld, QLineEdit):
            self.veld.setAlignment(Qt.AlignRight if is_rechts_naar_links(self.veld.text()) else Qt.AlignLeft)
        if not self._laden:
            self._timer.start()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.FocusOut:
            self.leg_vast()
        return False

    def leg_vast(self) -> None:
        """Commit what is typed, if it changed since the last commit."""
        self._timer.stop()
        if self.tekst() != self._vastgelegd and not self._laden:
            self._vastgelegd = self.tekst()
            self.sig_gewijzigd.emit(None)

    def waarde(self) -> Any:
        tekst = self.tekst()
        if self.vraag.type == "datum":
            return lees_datum(tekst, self.vraag.tekst()).isoformat() if tekst.strip() else None
        return tekst

    def _toon(self, waarde: Any) -> None:
        if self.vraag.type == "datum" and waarde:
            try:
                waarde = dt.date.fromisoformat(waarde).strftime("%d-%m-%Y")
            except (TypeError, ValueError):
                pass
        tekst = "" if waarde is None else (str(waarde) if not isinstance(waarde, float) or not waarde.is_integer()
                                           else str(int(waarde)))
        if tekst != self.tekst():
            if isinstance(self.veld, QTextEdit):
                self.veld.setPlainText(tekst)
            else:
                self.veld.setText(tekst)
        self._vastgelegd = tekst

    def focus_widget(self) -> QWidget:
        return self.veld


class KeuzeEditor(VraagEditor):
    """keuze, janee and zrm: a combo box with an empty first entry (not answered)."""

    def __init__(self, vraag: Vraag, parent=None):
        super().__init__(vraag, parent)
        self.veld = QComboBox()
        self.veld.addItem(self.tr("— kies —"), None)
        if vraag.type == "janee":
            self.veld.addItem(self.tr("Ja"), True)
            self.veld.addItem(self.tr("Nee"), False)
        elif vraag.type == "zrm":
            for stap, tekst in ZRM_STAPPEN.items():
                self.veld.addItem(f"{stap} – {tekst}", stap)
        else:
            for optie in vraag.opties:
                self.veld.addItem(optie.tekst(), optie.waarde)
        self.veld.setAccessibleName(vraag.tekst())
        self.veld.currentIndexChanged.connect(self._meld)
        self.layout_.addWidget(self.veld)
        self.layout_.addStretch(1)

    def waarde(self) -> Any:
        return self.veld.currentData()

    def _toon(self, waarde: Any) -> None:
        for i in range(self.veld.count()):
            data = self.veld.itemData(i)
            if data == waarde and type(data) is type(waarde):
                self.veld.setCurrentIndex(i)
                return
        self.veld.setCurrentIndex(0)

    def focus_widget(self) -> QWidget:
        return self.veld


class MeerkeuzeEditor(VraagEditor):
    def __init__(self, vraag: Vraag, parent=None):
        super().__init__(vraag, parent)
        raster = QWidget()
        grid = QGridLayout(raster)
        grid.setContentsMargins(0, 0, 0, 0)
        self.vakjes: dict[str, QCheckBox] = {}
        for i, optie in enumerate(vraag.opties):
            vakje = QCheckBox(optie.tekst())
            vakje.toggled.connect(self._meld)
            grid.addWidget(vakje, i // 3, i % 3)
            self.vakjes[optie.waarde] = vakje
        self.layout_.addWidget(raster)
        self.layout_.addStretch(1)

    def waarde(self) -> Any:
        return [w for w, v in self.vakjes.items() if v.isChecked()]

    def _toon(self, waarde: Any) -> None:
        for w, vakje in self.vakjes.items():
            vakje.setChecked(w in (waarde or []))

    def focus_widget(self) -> QWidget:
        return next(iter(self.vakjes.values()))

    def focus_widgets(self) -> list[QWidget]:
        return list(self.vakjes.values())


class InfoEditor(VraagEditor):
    """Read-only information from elsewhere, e.g. the startklas trajectadvies (linked, never retyped)."""

    def __init__(self, vraag: Vraag, parent=None):
        super().__init__(vraag, parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.StrongFocus)
        self.label.setStyleSheet("QLabel { background: #eef3fa; border: 1px solid #b7c7de; padding: 6px; }")
        self.layout_.addWidget(self.label)

    def waarde(self) -> Any:
        return None

    def _toon(self, waarde: Any) -> None:
        self.label.setText(waarde or "")

    def focus_widget(self) -> QWidget:
        return self.label


def maak_editor(vraag: Vraag, parent=None) -> VraagEditor:
    if vraag.type in ("keuze", "janee", "zrm"):
        return KeuzeEditor(vraag, parent)
    if vraag.type == "meerkeuze":
        return MeerkeuzeEditor(vraag, parent)
    if vraag.type == "info":
        return InfoEditor(vraag, parent)
    return TekstEditor(vraag, parent)
