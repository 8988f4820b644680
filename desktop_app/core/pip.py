"""The concept PIP (Plan Inburgering en Participatie), drafted from the brede intake and edited by the consultant.

Four themes (DOMAIN.md "PIP concept", seed 004 §1.5, seed 003 step 5): inburgering (leerroute), participatie (PVT, MAP),
ontzorgen and begeleiding; plus the conditions, the period, the voortgangsgesprekken and the termijnen. Stored in entity
"pip" with record id = the inburgeraar's id. Every field is plain JSON, so the printing engine can render it as is.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, ClassVar

from .model import Record

LEERROUTES: dict[str, str] = {
    "z_route": "Z-route",
    "b1_route": "B1-route",
    "b1_snel": "B1-route snel/intensief",
    "onderwijsroute": "Onderwijsroute",
}
STREEFNIVEAU: dict[str, str] = {"z_route": "zo hoog mogelijk (Z-route)", "b1_route": "B1", "b1_snel": "B1",
                                "onderwijsroute": "B1 of hoger, richting mbo/hbo/wo"}
ONTZORGEN_KOSTEN: dict[str, str] = {"huur": "Huur", "energie": "Energie", "water": "Water",
                                    "zorgverzekering": "Zorgverzekering", "gemeentelijke_belastingen":
                                    "Gemeentelijke belastingen", "inboedelverzekering": "Inboedelverzekering"}


@dataclasses.dataclass
class ConceptPIP(Record):
    """A draft PIP. `id` equals `inburgeraar_id`. Dates are dt.date in Python, ISO strings in the store."""
    ENTITY: ClassVar[str] = "pip"
    DATUMVELDEN: ClassVar[tuple[str, ...]] = ("opgesteld_op", "periode_start", "periode_einde")

    id: str = ""
    inburgeraar_id: str = ""
    status: str = "concept"                   # concept | vastgesteld
    opgesteld_op: dt.date | None = None
    opgesteld_door: str = ""
    form_versie: str = ""                     # the intake definition the draft came from

    # 1. inburgering / leerroute
    leerroute: str = ""                       # z_route | b1_route | b1_snel | onderwijsroute
    leerroute_label: str = ""
    leerroute_bron: str = ""                  # where the route came from, e.g. "startklas-advies (TOVII-stijl)"
    streefniveau: str = ""
    intensiteit: str = ""                     # e.g. "12 uur per week"
    taalaanbieder: str = ""
    afwijking_argumentatie: str = ""          # required when deviating from the leerbaarheidstoets
    leerbaarheidstoets_uitkomst: str = ""     # b1_haalbaar | b1_niet_haalbaar | vrijgesteld | ""

    # 2. participatie
    pvt: str = "Participatieverklaringstraject (PVT): ten minste 12 uur in 4 dagdelen, afgesloten met ondertekening."
    map: str = "Module Arbeidsmarkt en Participatie (MAP): ten minste 40 uur, inclusief een praktijkdeel."
    participatie_activiteiten: str = ""
    participatie_uren: int | None = None      # Z-route: 800

    # 3. ontzorgen
    ontzorgen: bool = False
    ontzorgen_kosten: list[str] = dataclasses.field(default_factory=list)   # keys of ONTZORGEN_KOSTEN
    ontzorgen_maanden: int = 6

    # 4. begeleiding
    maatschappelijke_begeleiding: str = ""
    voortgangsgesprekken_per_jaar: int = 3
    begeleiding_afspraken: str = ""

    # voorwaarden
    kinderopvang_nodig: bool = False
    kinderopvang_toelichting: str = ""
    reizen_toelichting: str = ""              # travel: OV, bike, reiskostenvergoeding
    overige_voorwaarden: str = ""

    # periode and monitoring
    periode_start: dt.date | None = None
    periode_einde: dt.date | None = None
    voortgangsgesprekken: list[str] = dataclasses.field(default_factory=list)    # planned dates, ISO
    termijnen: list[dict[str, Any]] = dataclasses.field(default_factory=list)    # {sleutel, omschrijving, uiterlijk, status}

    # proposed agreements from the intake, per domain: {domein, domein_label, tekst}
    afspraken: list[dict[str, str]] = dataclasses.field(default_factory=list)
    toelichting: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.inburgeraar_id
        if not self.inburgeraar_id:
            self.inburgeraar_id = self.id

    @property
    def thema_inburgering(self) -> str:
        return self.leerroute_label or LEERROUTES.get(self.leerroute, "")
