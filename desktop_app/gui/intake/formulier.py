"""The form of one section, rendered from the definition: a row per question (label, editor, help, inline message),
repeat groups with their rows, questions hidden while not relevant. No widget is hand-built per domain.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from desktop_app.core.intake import Intake
from desktop_app.core.formulier.definitie import Sectie, Vraag, tekst_in

from .editors import VraagEditor, maak_editor

FOUT_KLEUR = "#b00020"


class VraagRij(QWidget):
    """Label, editor, help text and the inline validation message of one question."""

    def __init__(self, vraag: Vraag, parent=None):
        super().__init__(parent)
        self.vraag = vraag
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        lay.setSpacing(2)
        self.label = _kop(lay, vraag)
        self.label.setWordWrap(True)
        self.editor: VraagEditor = maak_editor(vraag)
        self.label.setBuddy(self.editor.focus_widget())
        lay.addWidget(self.editor)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet(f"color: {FOUT_KLEUR};")
        self.melding.setAccessibleName(self.tr("Melding bij %1").replace("%1", vraag.tekst()))
        self.melding.hide()
        lay.addWidget(self.melding)

    def toon_melding(self, tekst: str) -> None:
        self.melding.setText(tekst)
        self.melding.setVisible(bool(tekst))


def _kop(lay: QVBoxLayout, vraag: Vraag) -> QLabel:
    """The question's label (with * when required) and its help line, added to `lay`."""
    label = QLabel(vraag.tekst() + (" *" if vraag.verplicht else ""))
    label.setStyleSheet("font-weight: 600;")
    lay.addWidget(label)
    if vraag.hulp:
        hulp = QLabel(tekst_in(vraag.hulp))
        hulp.setWordWrap(True)
        hulp.setStyleSheet("color: #555; font-size: 90%;")
        lay.addWidget(hulp)
    return label


class HerhaalGroep(QWidget):
    """A repeat group: one framed block per row with the group's questions, plus add/remove buttons."""
    sig_rij = Signal(int, str)        # row index, sub-question id: an answer in a row changed
    sig_toevoegen = Signal()
    sig_verwijderen = Signal(int)

    def __init__(self, vraag: Vraag, parent=None):
        super().__init__(parent)
        self.vraag = vraag
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        self.label = _kop(lay, vraag)
        self.rijen_box = QVBoxLayout()
        lay.addLayout(self.rijen_box)
        self.toevoegen = QPushButton(self.tr("+ Rij toevoegen: %1").replace("%1", vraag.tekst()))
        self.toevoegen.clicked.connect(self.sig_toevoegen.emit)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.toevoegen)
        knoppen.addStretch(1)
        lay.addLayout(knoppen)
        self.melding = QLabel()
        self.melding.setStyleSheet(f"color: {FOUT_KLEUR};")
        self.melding.hide()
        lay.addWidget(self.melding)
        self.rijen: list[dict[str, VraagRij]] = []
        self._frames: list[QFrame] = []

    def toon_melding(self, tekst: str) -> None:
        self.melding.setText(tekst)
        self.melding.setVisible(bool(tekst))

    def zet_rijen(self, rijen: list[dict[str, Any]]) -> None:
        while len(self.rijen) > len(rijen):
            self.rijen.pop()
            frame = self._frames.pop()
            frame.setParent(None)
            frame.deleteLater()
        while len(self.rijen) < len(rijen):
            self._nieuwe_rij(len(self.rijen))
        for editors, rij in zip(self.rijen, rijen):
            for sub_id, vraagrij in editors.items():
                vraagrij.editor.zet_waarde(rij.get(sub_id))

    def _nieuwe_rij(self, index: int) -> None:
        frame = QFrame()
        frame.setFrameShape(QFrame.StyledPanel)
        grid = QGridLayout(frame)
        kop = QLabel(f"{self.vraag.tekst()} {index + 1}")
        kop.setStyleSheet("font-weight: 600; color: #333;")
        grid.addWidget(kop, 0, 0)
        weg = QPushButton(self.tr("Rij verwijderen"))
        weg.clicked.connect(lambda: self.sig_verwijderen.emit(self._frames.index(frame)))
        grid.addWidget(weg, 0, 1, Qt.AlignRight)
        editors: dict[str, VraagRij] = {}
        for i, sub in enumerate(self.vraag.vragen):
            vraagrij = VraagRij(sub)
            vraagrij.editor.sig_gewijzigd.connect(
                lambda _=None, s=sub.id, f=frame: self.sig_rij.emit(self._frames.index(f), s))
            grid.addWidget(vraagrij, 1 + i // 2, i % 2)
            editors[sub.id] = vraagrij
        self.rijen_box.addWidget(frame)
        frame.setVisible(True)   # the layout would only show it after the next event loop turn
        self._frames.append(frame)
        self.rijen.append(editors)
        frame.verwijder_knop = weg

    def focus_widgets(self) -> list[QWidget]:
        uit: list[QWidget] = []
        for frame, editors in zip(self._frames, self.rijen):
            for vraagrij in editors.values():
                if not vraagrij.isHidden():
                    uit += vraagrij.editor.focus_widgets()
            uit.append(frame.verwijder_knop)
        return uit + [self.toevoegen]


class DomeinFormulier(QScrollArea):
    """All questions of one section. `bij_wijziging(vraag, rij_index|None, sub_id|None)` is called on every edit."""

    def __init__(self, sectie: Sectie, intake: Intake, bij_wijziging: Callable, info: Callable[[Vraag], str],
                 bij_rij_toevoegen: Callable, bij_rij_verwijderen: Callable, parent=None):
        super().__init__(parent)
        self.sectie, self.intake = sectie, intake
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        binnen = QWidget()
        lay = QVBoxLayout(binnen)
        lay.setContentsMargins(12, 8, 12, 12)
        kop = QHBoxLayout()
        titel = QLabel(sectie.kop)
        lettertype = titel.font()
        lettertype.setPointSizeF(lettertype.pointSizeF() * 1.4)
        lettertype.setBold(True)
        titel.setFont(lettertype)
        kop.addWidget(titel)
        self.bijzonder = None
        if sectie.bijzonder:
            self.bijzonder = QLabel(self.tr("Bijzondere persoonsgegevens"))
            self.bijzonder.setToolTip(self.tr("Gezondheidsgegevens (AVG art. 9): vraag alleen wat het plan nodig "
                                              "heeft. Ze worden apart opgeslagen en niet gedeeld waar de ontvanger ze "
                                              "niet nodig heeft."))
            self.bijzonder.setStyleSheet("background: #7a1f1f; color: white; font-weight: 700; padding: 3px 8px; "
                                         "border-radius: 3px;")
            kop.addWidget(self.bijzonder)
        kop.addStretch(1)
        self.voortgang = QLabel()
        kop.addWidget(self.voortgang)
        lay.addLayout(kop)
        archief = [a for a in intake.gearchiveerd if a.get("vraag", "").split(".")[0] == sectie.id]
        self.archief = None
        if archief:
            # answers from an older form version stay readable where the consultant works on this domain
            self.archief = QLabel(self.tr("Gearchiveerde antwoorden (eerdere versie van het formulier):") + "\n" +
                                  "\n".join(f"• {a.get('label')}: {a.get('weergave') or a.get('waarde')} "
                                            f"({a.get('reden')})" for a in archief))
            self.archief.setWordWrap(True)
            self.archief.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.archief.setStyleSheet("background: #f3f3f3; border: 1px dashed #999; padding: 6px;")
            lay.addWidget(self.archief)
        self.rijen: dict[str, VraagRij | HerhaalGroep] = {}
        afsluiting_kop = False
        for vraag in sectie.vragen:
            if vraag.afsluiting and not afsluiting_kop:
                scheiding = QLabel(self.tr("Afsluiting van dit domein"))
                scheiding.setStyleSheet("font-weight: 700; border-top: 1px solid #aaa; padding-top: 8px; "
                                        "margin-top: 8px;")
                lay.addWidget(scheiding)
                afsluiting_kop = True
            if vraag.type == "herhaling":
                groep = HerhaalGroep(vraag)
                groep.sig_rij.connect(lambda i, s, v=vraag: bij_wijziging(v, i, s))
                groep.sig_toevoegen.connect(lambda v=vraag: bij_rij_toevoegen(v))
                groep.sig_verwijderen.connect(lambda i, v=vraag: bij_rij_verwijderen(v, i))
                self.rijen[vraag.pad] = groep
                lay.addWidget(groep)
            else:
                rij = VraagRij(vraag)
                rij.editor.sig_gewijzigd.connect(lambda _=None, v=vraag: bij_wijziging(v, None, None))
                self.rijen[vraag.pad] = rij
                lay.addWidget(rij)
                if vraag.type == "info":
                    rij.editor.zet_waarde(info(vraag))
        lay.addStretch(1)
        self.setWidget(binnen)
        self.laad()

    def laad(self) -> None:
        """Show the intake's answers in the editors."""
        for pad, rij in self.rijen.items():
            if isinstance(rij, HerhaalGroep):
                rij.zet_rijen(self.intake.rijen(pad))
            elif rij.vraag.type != "info":
                rij.editor.zet_waarde(self.intake.waarde(pad))
        self.ververs()

    def ververs(self) -> None:
        """Relevance (hide what does not apply), progress, and the Tab order in visual order."""
        context = self.intake.context()
        for pad, rij in self.rijen.items():
            rij.setVisible(self.intake.relevant(rij.vraag, _context=context))
            if isinstance(rij, HerhaalGroep):
                for rijdata, editors in zip(self.intake.rijen(pad), rij.rijen):
                    for sub_id, vraagrij in editors.items():
                        vraagrij.setVisible(self.intake.relevant(vraagrij.vraag, rijdata, _context=context))
        v = self.intake.voortgang(self.sectie.id, context)
        self.voortgang.setText(self.tr("Verplicht beantwoord: %1").replace("%1", v.tekst))
        self._tabvolgorde()

    def focus_widgets(self) -> list[QWidget]:
        uit: list[QWidget] = []
        for rij in self.rijen.values():
            if rij.isHidden():
                continue
            uit += rij.focus_widgets() if isinstance(rij, HerhaalGroep) else rij.editor.focus_widgets()
        return uit

    def _tabvolgorde(self) -> None:
        widgets = self.focus_widgets()
        for a, b in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(a, b)
