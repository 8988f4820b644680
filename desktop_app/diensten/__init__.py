"""The service layer: every write of Koers and every role rule, in one place, without Qt.

`Diensten(store)` is what the GUI, the CLI and the tests hold for one open store. Each feature has one service —
`inburgeraars`, `intake`, `pip`, `startklas`, `sync`, `drukwerk` — and each call that writes returns `Wijzigingen`
(what changed), which the GUI carries to every open view in one signal. The store only persists; the GUI and the CLI
never reach it directly.
"""
from __future__ import annotations

import datetime as dt
from functools import cached_property

from desktop_app.core.instellingen import Instellingen
from desktop_app.core.model import Rol
from desktop_app.core.wijzigingen import GEEN, Wijzigingen  # noqa: F401  (what every write returns)


class GeenToegang(PermissionError):
    """This role may not do this on this installation. Like a refusal (`Ongeldig`), a Dutch template with its values,
    which a screen shows in the UI language."""

    def __init__(self, sjabloon: str, **waarden):
        self.sjabloon, self.waarden = sjabloon, waarden
        super().__init__(sjabloon.format(**waarden) if waarden else sjabloon)


class Diensten:
    def __init__(self, store, *, vandaag: dt.date | None = None, formulieren=None,
                 instellingen: Instellingen | None = None):
        self.store = store
        self._vandaag = vandaag
        self._formulieren = formulieren   # form definitions given by a caller (tests); else loaded on first use
        self.instellingen = instellingen or Instellingen()

    @property
    def vandaag(self) -> dt.date:
        return self._vandaag or dt.date.today()

    @property
    def voortgang_interval(self) -> int:
        """Months between voortgangsgesprekken where a PIP agreed no number: the installation's setting."""
        return self.instellingen.voortgang_interval_maanden

    @property
    def gebruiker(self) -> str:
        return self.store.user

    @property
    def rol(self) -> Rol:
        return Rol(self.store.role)

    def vereis_dossier(self, wat: str) -> None:
        """A docent's installation holds nothing of a person's file (intake, PIP, contacts)."""
        if not self.rol.werkt_met_dossiers:
            raise GeenToegang("{wat} staat niet op een docent-installatie: die gegevens zijn alleen voor de "
                              "klantmanager.", wat=wat)

    @cached_property
    def inburgeraars(self):
        from .inburgeraars import Inburgeraars
        return Inburgeraars(self)

    @cached_property
    def intake(self):
        from .intake import Intakes
        return Intakes(self)

    @cached_property
    def pip(self):
        from .pip import Pips
        return Pips(self)

    @cached_property
    def startklas(self):
        from .startklas import Startklas
        return Startklas(self)

    @cached_property
    def sync(self):
        from .synchronisatie import Synchronisatie
        return Synchronisatie(self)

    @cached_property
    def drukwerk(self):
        from .drukwerk import Drukwerk
        return Drukwerk(self)
