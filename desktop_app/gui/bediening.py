"""The GUI's one way to the services, and the one signal that keeps every screen true.

    bediening.schrijf(lambda d: d.intake.zet(intake, pad, waarde), bron=self)
    bediening.op_achtergrond(lambda d, voortgang: d.sync.synchroniseer(voortgang), gelukt=..., mislukt=...)

Every write goes through one of these two; what it changed (`Wijzigingen`) goes out in `sig_gewijzigd` together with
the view that made it (`bron`, or None), and every open view reloads what it shows when the change touches it — the
caseload row and badge, Gegevens, the intake, the PIP, the startklas, the print preview, the sync counters. A view
that made the change itself has already updated and may skip it (Anki's OpChanges and its `handler`).

Background work runs on the one worker of gui/background.py (SQLite allows one writer); the operation gets the
services and a progress function and must not touch widgets; `gelukt`, `mislukt` and `voortgang` run on the GUI
thread.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop_app.core.wijzigingen import Wijzigingen

from .background import run_in_background

if TYPE_CHECKING:   # the services (and the whole domain) load after unlock, not before the lock screen
    from desktop_app.diensten import Diensten

T = TypeVar("T")
Voortgang = Callable[[int, int, str], None]


def _wijzigingen_van(resultaat: Any) -> Wijzigingen | None:
    if isinstance(resultaat, Wijzigingen):
        return resultaat
    return getattr(resultaat, "wijzigingen", None)    # e.g. a sync round's report


class Bediening(QObject):
    sig_gewijzigd = Signal(object, object)   # Wijzigingen, the view that made the change (or None)

    def __init__(self, diensten: Diensten, parent=None):
        super().__init__(parent)
        self.d = diensten
        self._gesloten = False

    def sluit(self) -> None:
        """On lock: the views go, the store closes; a background round that finishes later announces nothing."""
        self._gesloten = True
        self.sig_gewijzigd.disconnect()

    def meld(self, wijzigingen: Wijzigingen | None, bron: object = None) -> None:
        if wijzigingen and not self._gesloten:
            self.sig_gewijzigd.emit(wijzigingen, bron)

    def schrijf(self, actie: Callable[[Diensten], Wijzigingen], bron: object = None) -> Wijzigingen:
        """A short write on the GUI thread (an autosave: a millisecond). Exceptions (Ongeldig, StoreError) are the
        caller's to show; nothing is announced then."""
        wijzigingen = actie(self.d)
        self.meld(wijzigingen, bron)
        return wijzigingen

    def op_achtergrond(self, actie: Callable[[Diensten, Voortgang], T], *, gelukt: Callable[[T], None] | None = None,
                       mislukt: Callable[[Exception], None] | None = None,
                       voortgang: Voortgang | None = None, bron: object = None) -> None:
        """Run `actie` on the worker; on success announce what it changed, then call `gelukt` with its result."""
        diensten = self.d

        def klaar(resultaat: T) -> None:
            self.meld(_wijzigingen_van(resultaat), bron)
            if gelukt is not None and not self._gesloten:
                gelukt(resultaat)

        run_in_background(lambda v: actie(diensten, v), on_success=klaar, on_failure=mislukt, on_progress=voortgang)
