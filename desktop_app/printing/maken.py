"""One entry point for CLI and GUI: load what a document needs from the store and build it (in memory)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.model import Contactpersoon, Inburgeraar

from .documenten import Drukwerk, PrintOpties, welkomstpakket, wegwijzer
from .inhoud import BRONTAAL, beschikbare_talen


class ClientOntbreekt(LookupError):
    def __init__(self, client_id: str):
        super().__init__(f"Er is geen inburgeraar met id {client_id} in deze opslag; zie 'koers list' voor de ids.")


class GeenGegevens(LookupError):
    """The document needs data that is not there yet (e.g. no concept PIP drafted)."""


def taal_voor(ib: Inburgeraar | None, gevraagd: str) -> str:
    """The requested language, else the person's own language when there is print content for it, else Dutch."""
    if gevraagd:
        return gevraagd
    if ib is not None and ib.taal in beschikbare_talen():
        return ib.taal
    return BRONTAAL


def maak_drukwerk(document: str, store, client_id: str | None, opties: PrintOpties,
                  gemeente_pad: Path | None = None) -> Drukwerk:
    ib, contacten = None, []
    if client_id:
        ib = store.load(Inburgeraar, client_id)
        if ib is None:
            raise ClientOntbreekt(client_id)
        contacten = store.load_all(Contactpersoon, inburgeraar_id=client_id)
    opties.taal = taal_voor(ib, opties.taal)
    opties.vandaag = opties.vandaag or dt.date.today()
    if document == "welkomstpakket":
        return welkomstpakket(ib, contacten, opties, gemeente_pad)
    if document == "wegwijzer":
        return wegwijzer(ib, contacten, opties, gemeente_pad)
    from . import rapporten   # Dutch documents for the consultant
    if document == "pip":
        return rapporten.concept_pip(store, ib, opties, gemeente_pad)
    if document == "observatie":
        return rapporten.observatierapport(store, ib, opties, gemeente_pad)
    raise ValueError(f"Onbekend document '{document}'.")
