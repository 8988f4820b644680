"""Build a document in memory from what the drukwerk service gathered (desktop_app.diensten.drukwerk): the two steps
are apart so the GUI can build the PDF in the background. Reads nothing from the store."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.core.model import Contactpersoon, Inburgeraar
from desktop_app.core.validation import Bericht

from .documenten import Drukwerk, GeenGegevens, PrintOpties, welkomstpakket, wegwijzer
from .inhoud import BRONTAAL, beschikbare_talen

DOCUMENTEN = {"welkomstpakket": "welkomstpakket", "wegwijzer": "wegwijzer", "pip": "PIP",   # as in running text
              "observatie": "observatieverslag"}
NEDERLANDSTALIG = {"pip", "observatie"}   # for the consultant: always Dutch


@dataclasses.dataclass
class Gegevens:
    inburgeraar: Inburgeraar | None = None
    contacten: list[Contactpersoon] = dataclasses.field(default_factory=list)
    records: dict[str, Any] = dataclasses.field(default_factory=dict)   # pip, trajectadvies, eindscores


def taal_voor(ib: Inburgeraar | None, gevraagd: str) -> str:
    """The requested language, else the person's own language when there is print content for it, else Dutch."""
    if gevraagd:
        return gevraagd
    if ib is not None and ib.taal in beschikbare_talen():
        return ib.taal
    return BRONTAAL


def bouw(document: str, gegevens: Gegevens, opties: PrintOpties, gemeente_pad: Path | None = None,
         gebruiker: str = "") -> Drukwerk:
    ib = gegevens.inburgeraar
    gevraagd = opties.taal
    opties.taal = BRONTAAL if document in NEDERLANDSTALIG else taal_voor(ib, gevraagd)
    opties.vandaag = opties.vandaag or dt.date.today()
    if document in ("welkomstpakket", "wegwijzer"):
        if document == "welkomstpakket" and ib is None:
            raise GeenGegevens("Een welkomstpakket hoort bij één inburgeraar; kies eerst een inburgeraar.")
        maak = welkomstpakket if document == "welkomstpakket" else wegwijzer
        drukwerk = maak(ib, gegevens.contacten, opties, gemeente_pad)
        if not gevraagd and ib is not None and ib.taal and ib.taal not in beschikbare_talen():
            drukwerk.waarschuwingen.insert(0, Bericht(
                "Er is geen drukwerk in de taal '{taal}' van {naam}; het is in het Nederlands gemaakt. Kies met --lang "
                "een andere taal.", code="druk.taal", taal=ib.taal, naam=ib.naam))
        return drukwerk
    from . import rapporten
    if ib is None:
        raise GeenGegevens(f"Een {DOCUMENTEN[document]} hoort bij één inburgeraar; kies eerst een "
                           f"inburgeraar.")
    if document == "pip":
        return rapporten.concept_pip(ib, gegevens.records.get("pip"), opties, gemeente_pad, gebruiker,
                                     gegevens.records.get("gezin"))
    return rapporten.observatieverslag(ib, gegevens.records.get("trajectadvies"),
                                       gegevens.records.get("eindscores") or [], opties, gemeente_pad, gebruiker)
