"""The cursist chooser that the final-score and advice tabs share."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop_app.core.observatie import StartklasGroep


def vul_cursistkeuze(keuze: QComboBox, startklas, groep: StartklasGroep | None) -> None:
    """Fill with the group's cursisten without emitting a change per item (the caller refreshes once)."""
    keuze.blockSignals(True)
    keuze.clear()
    if groep is not None:
        for ib_id, naam in startklas.cursisten(groep.id):
            keuze.addItem(naam, ib_id)
    keuze.blockSignals(False)
