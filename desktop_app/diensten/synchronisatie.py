"""Sync with the central server: enrolment, a round (push, pull), conflicts and refused changes. A round reports what
it changed locally, and the derived results that depend on what arrived (the startklas advice) are brought up to
date in the same call."""
from __future__ import annotations

from typing import Any, Callable

from desktop_app.core.model import Inburgeraar, Soort
from desktop_app.core.wijzigingen import Wijzigingen
from desktop_app.sync import engine
from desktop_app.sync.engine import OpenConflict, RefusedChange, SyncReport

Voortgang = Callable[[int, int, str], None]


class Synchronisatie:
    def __init__(self, diensten):
        self.d = diensten
        self.store = diensten.store

    def is_aangemeld(self) -> bool:
        return engine.is_enrolled(self.store)

    def status(self) -> dict[str, Any]:
        return engine.status(self.store)

    def server(self) -> str:
        return self.store.get_meta(engine.SERVER, "") or ""

    def meld_aan(self, server: str, code: str, *, ca_bundle: str | None = None, proxy: str | None = None,
                 apparaatnaam: str = ""):
        return engine.enroll(self.store, server, code, ca_bundle=ca_bundle, proxy=proxy, device_name=apparaatnaam)

    def synchroniseer(self, voortgang: Voortgang | None = None, **client_opties) -> SyncReport:
        """One round. Raises SyncError (with a message for the user); what was acknowledged stays acknowledged."""
        client = engine.client_for(self.store, **client_opties) if client_opties else None
        try:
            verslag = engine.sync(self.store, client, progress=voortgang)
        finally:
            if client is not None:
                client.close()
        verslag.wijzigingen |= self.d.startklas.na_ontvangst(verslag.wijzigingen) | Wijzigingen(gesynchroniseerd=True)
        return verslag

    def naam_bij(self, soort: str, record_id: str, velden: dict | None = None) -> str:
        """The name of the inburgeraar a record belongs to, as a person recognises it ("" when none); also when the
        record has left this device since (the server no longer gives it to this device)."""
        record = self.store.laatst_bekend(soort, record_id) or {}
        ib_id = record_id if soort == Soort.INBURGERAAR else (record.get("inburgeraar_id")
                                                              or (velden or {}).get("inburgeraar_id"))
        ib = self.store.laatst_bekend(Soort.INBURGERAAR, ib_id) if isinstance(ib_id, str) else None
        return Inburgeraar.from_fields(ib_id, ib).naam if ib else ""

    # -- conflicts and refused changes ---------------------------------------------------------------------------------
    def conflicten(self) -> list[OpenConflict]:
        return engine.open_conflicts(self.store)

    def los_op(self, conflict: OpenConflict, keuze: str, waarde: Any = None) -> Wijzigingen:
        """The person's decision: 'mijn', 'hun' or 'bewerkt' (with `waarde`); audited, pushed at the next round."""
        return engine.resolve(self.store, conflict.id, keuze, waarde)

    def geweigerd(self) -> list[RefusedChange]:
        return engine.refused_changes(self.store)

    def exporteer_geweigerd(self, seqs: list[int] | None = None) -> str:
        return engine.export_refused(self.store, seqs)

    def verwijder_geweigerd(self, seq: int) -> Wijzigingen:
        engine.discard_refused(self.store, seq)
        return Wijzigingen(gesynchroniseerd=True)
