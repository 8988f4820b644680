"""A form field with its validation message underneath: how every Koers dialog shows what is wrong, and where."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .meldingen import tekst


def veld_met_melding(veld: QWidget) -> tuple[QWidget, QLabel]:
    """Returns (the row widget to put in the form, the hidden message label below the field)."""
    melding = QLabel()
    melding.setWordWrap(True)
    melding.setStyleSheet("color: #a00000")
    melding.hide()
    kolom = QWidget()
    lay = QVBoxLayout(kolom)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(veld)
    lay.addWidget(melding)
    return kolom, melding


def toon_meldingen(meldingen: dict[str, QLabel], fouten) -> None:
    """Show each error (an Ongeldig with `sleutel` and `melding`) under its field; hide the others."""
    for melding in meldingen.values():
        melding.hide()
        melding.clear()
    for fout in fouten:
        melding = meldingen[fout.sleutel]
        melding.setText((melding.text() + "\n" if melding.text() else "") + tekst(fout))
        melding.show()


def opslaan_annuleren(dialoog: QDialog) -> QDialogButtonBox:
    """Opslaan (accept, which validates) and Annuleren (reject), in the platform's order."""
    knoppen = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    knoppen.button(QDialogButtonBox.Save).setText(QCoreApplication.translate("Formulier", "Opslaan"))
    knoppen.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("Formulier", "Annuleren"))
    knoppen.accepted.connect(dialoog.accept)
    knoppen.rejected.connect(dialoog.reject)
    return knoppen
