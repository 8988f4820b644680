"""The concept PIP (Plan Inburgering en Participatie), drafted from the brede intake and edited by the consultant.

Four themes (DOMAIN.md "PIP concept", seed 004 §1.5, seed 003 step 5): inburgering (leerroute), participatie
(PVT, MAP), ontzorgen and begeleiding; plus the conditions, the period, the voortgangsgesprekken and the termijnen.
Every field is plain JSON, so the printing engine can render it as is.

The PIP is a beschikking. Vaststellen is an act of its own (who, when, dagtekening) that needs the completion checks
(`controleer_vaststellen`) and freezes that version; a change afterwards is a new version — a new beschikking — with its
reason, and the earlier versions stay readable and printable. Stored in entity "pip": record id = the inburgeraar's id
for the PIP being worked on (a concept, or the version in force), and `versie_id(ib, n)` for every vastgesteld version,
frozen. The inburgeringstermijn stays anchored on the first vastgesteld PIP (Wet inburgering 2021 art. 11 lid 3).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, ClassVar

from .dates import leeftijd
from .model import Inburgeraar, Record, Soort, aanbod
from .termijnen import (STANDAARD_INTERVAL, geplande_voortgangsgesprekken, inburgeringstermijn, termijnen,
                        voortgang_interval)
from .validation import Ongeldig

LEERROUTES: dict[str, str] = {
    "z_route": "Z-route",
    "b1_route": "B1-route",
    "b1_snel": "B1-route snel/intensief",
    "onderwijsroute": "Onderwijsroute",
}
STREEFNIVEAU: dict[str, str] = {"z_route": "zo hoog mogelijk (Z-route)", "b1_route": "B1", "b1_snel": "B1",
                                "onderwijsroute": "B1 of hoger, richting mbo/hbo/wo"}
MAP_TEKST = "Module Arbeidsmarkt en Participatie (MAP): ten minste 40 uur, inclusief een praktijkdeel."
# seeds 002 §4.4, 004 §1.9: in the onderwijsroute the orientation on work is part of the taalschakeltraject
MAP_ONDERWIJSROUTE = ("Geen MAP: in de onderwijsroute is de oriëntatie op de arbeidsmarkt onderdeel van het "
                      "taalschakeltraject.")
# seed 001: "Voor gezinsmigranten hebben we alleen een adviserende rol over de leerroute. Gezinsmigranten kiezen en
# bekostigen hun route zelf. [...] Het onderdeel MAP wordt wel verplicht door de gemeente aangeboden."
ADVIES_BRON = "advies van de gemeente; eigen keuze en eigen kosten (lening DUO)"
MAP_EIGEN_ROUTE = MAP_TEKST + " De gemeente biedt de MAP aan, ook naast een zelf gekozen leerroute."
ONTZORGEN_KOSTEN: dict[str, str] = {"huur": "Huur", "energie": "Energie", "water": "Water",
                                    "zorgverzekering": "Zorgverzekering", "gemeentelijke_belastingen":
                                    "Gemeentelijke belastingen", "inboedelverzekering": "Inboedelverzekering"}


@dataclasses.dataclass
class ConceptPIP(Record):
    """A draft PIP. `id` equals `inburgeraar_id`. Dates are dt.date in Python, ISO strings in the store."""
    ENTITY: ClassVar[str] = Soort.PIP
    DATUMVELDEN: ClassVar[tuple[str, ...]] = ("opgesteld_op", "dagtekening", "periode_start", "periode_einde")

    id: str = ""
    inburgeraar_id: str = ""
    status: str = "concept"                   # concept | vastgesteld
    versie: int = 1                           # the how-manieth beschikking of this person
    opgesteld_op: dt.date | None = None
    opgesteld_door: str = ""
    dagtekening: dt.date | None = None        # the beschikking's date, set when it is vastgesteld
    vastgesteld_door: str = ""
    vastgesteld_op: str = ""                  # when (ISO date and time) the consultant did it
    wijzigingsreden: str = ""                 # from version 2 on: why this beschikking replaces the one before
    form_versie: str = ""                     # the intake definition the draft came from

    # 1. inburgering / leerroute
    leerroute: str = ""                       # z_route | b1_route | b1_snel | onderwijsroute
    leerroute_label: str = ""
    leerroute_bron: str = ""                  # where the route came from, e.g. "startklas-advies (TOVII-stijl)"
    leerroute_advies: bool = False            # own choice and own cost (DUO loan): the municipality only advises
    streefniveau: str = ""
    intensiteit: str = ""                     # e.g. "12 uur per week"
    taalaanbieder: str = ""
    afwijking_argumentatie: str = ""          # required when deviating from the leerbaarheidstoets
    leerbaarheidstoets_uitkomst: str = ""     # b1_haalbaar | b1_niet_haalbaar | vrijgesteld | ""

    # 2. participatie
    pvt: str = "Participatieverklaringstraject (PVT): ten minste 12 uur in 4 dagdelen, afgesloten met ondertekening."
    map: str = MAP_TEKST
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
    # {sleutel, omschrijving, uiterlijk, vanaf, status, bron}, computed by core/termijnen.py
    termijnen: list[dict[str, Any]] = dataclasses.field(default_factory=list)

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

    @property
    def vastgesteld(self) -> bool:
        return self.status == VASTGESTELD


CONCEPT, VASTGESTELD = "concept", "vastgesteld"
# Algemene wet bestuursrecht art. 6:7: six weeks from the day after the beschikking was sent.
BEZWAARTERMIJN_WEKEN = 6


def versie_id(inburgeraar_id: str, versie: int) -> str:
    """The record id of a vastgesteld version, kept frozen beside the PIP being worked on."""
    return f"{inburgeraar_id}:v{versie}"


# -- drafting from the intake -----------------------------------------------------------------------------------------
TOETS_ROUTE = {"b1_haalbaar": "b1_route", "b1_niet_haalbaar": "z_route"}
VERVOER = {"fiets": "fiets", "ov": "openbaar vervoer", "auto": "auto", "lopend": "lopend"}


def effectieve_route(trajectadvies: dict[str, Any] | None) -> str:
    """The startklas advice's route after the teacher's/consultant's override, if any."""
    if not trajectadvies:
        return ""
    return trajectadvies.get("override_route") or trajectadvies.get("route") or ""


def wijkt_af_van_toets(leerroute: str, toets_uitkomst: str) -> bool:
    """A route more or less ambitious than the leerbaarheidstoets says needs written argumentation (seed 002)."""
    if toets_uitkomst == "b1_niet_haalbaar":
        return leerroute in ("b1_route", "b1_snel", "onderwijsroute")
    if toets_uitkomst == "b1_haalbaar":
        return leerroute == "z_route"
    return False


def maak_concept_pip(ib: Inburgeraar, antwoorden: dict[str, Any], trajectadvies: dict[str, Any] | None,
                     vandaag: dt.date, *, opgesteld_door: str = "", form_versie: str = "",
                     domeinlabels: dict[str, str] | None = None, bijzondere_domeinen: frozenset[str] = frozenset(),
                     interval_voortgang_maanden: int | None = None) -> ConceptPIP:
    """Draft the PIP from the intake's answers ("sectie.vraag" → value) and the startklas advice, as the person's
    doelgroep allows (core/model.py Aanbod): no ontzorgen or maatschappelijke begeleiding outside the statushouders, the
    leerroute as advice where the person chooses and pays it. `interval_voortgang_maanden`: how often this PIP plans the
    voortgangsgesprekken; without it the number the person agreed before, else the installation's default."""
    a = antwoorden
    doelgroep = aanbod(ib.doelgroep)
    toets = a.get("leerbaarheid.toets_uitkomst") or ""
    route, bron = effectieve_route(trajectadvies), ""
    argumentatie = ""
    if route:
        bron = "startklas-advies" + (f" ({trajectadvies.get('instrument')})" if trajectadvies.get("instrument") else "")
        if trajectadvies.get("override_route"):
            bron += ", aangepast"
        delen = [trajectadvies.get("argumentatie") or "", trajectadvies.get("override_reden") or ""]
        delen += list(trajectadvies.get("redenen") or [])
        argumentatie = "\n".join(d for d in delen if d)
    elif toets in TOETS_ROUTE:
        route, bron = TOETS_ROUTE[toets], "leerbaarheidstoets"
        leeftijd_ = _leeftijd(ib, vandaag)
        if route == "b1_route" and a.get("opleiding.onderwijsroute") is True and leeftijd_ is not None \
                and leeftijd_ < 28:
            route, bron = "onderwijsroute", "leerbaarheidstoets en wens onderwijsroute (jonger dan 28)"
    if not wijkt_af_van_toets(route, toets):
        argumentatie = ""
    if route and not doelgroep.leerroute_aangeboden:
        bron = f"{bron}; {ADVIES_BRON}"
    ontzorgen = doelgroep.ontzorgen and a.get("zelfredzaamheid.ontzorgen") is True
    start_eind = inburgeringstermijn(ib.pip_dagtekening)
    if interval_voortgang_maanden:
        interval, per_jaar = interval_voortgang_maanden, 12 // interval_voortgang_maanden
    else:
        interval = voortgang_interval(ib, STANDAARD_INTERVAL)
        per_jaar = ib.voortgangsgesprekken_per_jaar or 12 // interval
    # the termijnen as this PIP will make them: its own number of conversations
    volgens_pip = dataclasses.replace(ib, voortgangsgesprekken_per_jaar=per_jaar)
    labels = domeinlabels or {}
    afspraken = [{"domein": pad.split(".")[0], "domein_label": labels.get(pad.split(".")[0], pad.split(".")[0]),
                  "tekst": tekst, "bijzonder": pad.split(".")[0] in bijzondere_domeinen}
                 for pad, tekst in a.items() if pad.endswith(".pip_voorstel") and tekst]
    vervoer = [VERVOER.get(v, v) for v in a.get("zelfredzaamheid.vervoer") or []]
    begeleider = a.get("sociaal_netwerk.begeleider")
    return ConceptPIP(
        id=ib.id, inburgeraar_id=ib.id, opgesteld_op=vandaag, opgesteld_door=opgesteld_door, form_versie=form_versie,
        leerroute=route, leerroute_label=LEERROUTES.get(route, ""), leerroute_bron=bron,
        leerroute_advies=bool(route) and not doelgroep.leerroute_aangeboden,
        streefniveau=STREEFNIVEAU.get(route, ""), afwijking_argumentatie=argumentatie,
        leerbaarheidstoets_uitkomst=toets,
        map=(MAP_ONDERWIJSROUTE if route == "onderwijsroute" else
             MAP_TEKST if doelgroep.leerroute_aangeboden else MAP_EIGEN_ROUTE),
        participatie_uren=800 if route == "z_route" else None,
        participatie_activiteiten=("800 uur participatie naast 800 uur taal (Z-route)." if route == "z_route" else ""),
        ontzorgen=ontzorgen, ontzorgen_kosten=["huur", "energie", "water", "zorgverzekering"] if ontzorgen else [],
        ontzorgen_maanden=12 if ontzorgen and a.get("zelfredzaamheid.ontzorgen_langer") is True else 6,
        maatschappelijke_begeleiding=("Maatschappelijk begeleider van VluchtelingenWerk is betrokken." if begeleider
                                      is True else "Maatschappelijke begeleiding aanbieden." if begeleider is False
                                      and doelgroep.begeleiding else ""),
        voortgangsgesprekken_per_jaar=per_jaar,
        begeleiding_afspraken=f"Voortgangsgesprekken {per_jaar} keer per jaar met de klantmanager.",
        kinderopvang_nodig=a.get("gezinssituatie.kinderopvang") is True,
        kinderopvang_toelichting=("Kinderopvang is een voorwaarde om de leerroute te volgen." if
                                  a.get("gezinssituatie.kinderopvang") is True else ""),
        reizen_toelichting=("Vervoer: " + ", ".join(vervoer) + ".") if vervoer else "",
        periode_start=start_eind[0] if start_eind else None, periode_einde=start_eind[1] if start_eind else None,
        voortgangsgesprekken=[d.isoformat() for d in geplande_voortgangsgesprekken(ib.pip_dagtekening, interval)],
        termijnen=termijnen_als_velden(volgens_pip, vandaag), afspraken=afspraken,
    )


def termijnen_als_velden(ib: Inburgeraar, vandaag: dt.date,
                         interval_voortgang_maanden: int = STANDAARD_INTERVAL) -> list[dict]:
    return [{"sleutel": t.sleutel, "omschrijving": t.omschrijving, "uiterlijk": t.uiterlijk and t.uiterlijk.isoformat(),
             "vanaf": t.vanaf and t.vanaf.isoformat(), "status": t.status.value, "bron": t.bron}
            for t in termijnen(ib, vandaag, interval_voortgang_maanden)]


def _leeftijd(ib: Inburgeraar, vandaag: dt.date) -> int | None:
    return leeftijd(ib.geboortedatum, vandaag) if ib.geboortedatum else None


def controleer_vaststellen(pip: ConceptPIP, ib: Inburgeraar | None, vandaag: dt.date) -> list[Ongeldig]:
    """Everything that stands between this concept and a beschikking: what `controleer_pip` finds, plus the parts a
    PIP must have (seed 003 step 5, seed 004 §1.5) and, for a new version, why it replaces the one in force."""
    fouten = controleer_pip(pip, ib, vandaag)
    if pip.vastgesteld:
        fouten.append(Ongeldig("PIP", "versie {versie} is al vastgesteld; maak een nieuwe versie om iets te "
                                      "wijzigen.", code="pip.vastgesteld", versie=pip.versie))
    if pip.dagtekening is None:
        fouten.append(Ongeldig("PIP-dagtekening", "vul de dagtekening van de beschikking in.", code="pip.dagtekening"))
    if not pip.leerroute:
        fouten.append(Ongeldig("Leerroute", "kies een leerroute (bij eigen keuze: de geadviseerde route).",
                               code="pip.leerroute"))
    if not (pip.pvt or "").strip():
        fouten.append(Ongeldig("PVT", "beschrijf het participatieverklaringstraject.", code="pip.pvt"))
    if not (pip.map or "").strip():
        fouten.append(Ongeldig("MAP", "beschrijf de Module Arbeidsmarkt en Participatie (of waarom die vervalt).",
                               code="pip.map"))
    if pip.versie > 1 and not pip.wijzigingsreden.strip():
        fouten.append(Ongeldig("Reden wijziging", "schrijf op waarom deze versie de vorige vervangt.",
                               code="pip.reden"))
    return fouten


def controleer_pip(pip: ConceptPIP, ib: Inburgeraar | None, vandaag: dt.date) -> list[Ongeldig]:
    """What is impossible or missing in a (concept) PIP, each with what to do."""
    fouten: list[Ongeldig] = []
    if pip.leerroute and pip.leerroute not in LEERROUTES:
        fouten.append(Ongeldig("Leerroute", "'{route}' bestaat niet; kies uit {keuzes}.", code="pip.route_onbekend",
                               route=pip.leerroute, keuzes=", ".join(LEERROUTES.values())))
    if wijkt_af_van_toets(pip.leerroute, pip.leerbaarheidstoets_uitkomst) and not pip.afwijking_argumentatie.strip():
        fouten.append(Ongeldig("Argumentatie", "de leerroute wijkt af van de leerbaarheidstoets; schrijf op waarom "
                               "(het PIP is een beschikking).", code="pip.argumentatie"))
    if pip.dagtekening and pip.dagtekening > vandaag:
        fouten.append(Ongeldig("PIP-dagtekening", "{datum} ligt in de toekomst; vul een datum in die al geweest is.",
                               code="datum.toekomst", datum=f"{pip.dagtekening:%d-%m-%Y}"))
    if ib is not None and ib.koppeling:
        for veld, label in (("dagtekening", "PIP-dagtekening"), ("periode_start", "Start periode")):
            datum = getattr(pip, veld)
            if datum and datum < ib.koppeling:
                fouten.append(Ongeldig(label, "{datum} ligt voor de koppeling aan de gemeente ({koppeling}); een PIP "
                                              "volgt op de koppeling. Controleer de datum.", code="pip.voor_koppeling",
                                       datum=f"{datum:%d-%m-%Y}", koppeling=f"{ib.koppeling:%d-%m-%Y}"))
    if pip.periode_start and pip.periode_einde and pip.periode_einde < pip.periode_start:
        fouten.append(Ongeldig("Einde periode", "ligt voor de start van de periode.", code="pip.periode"))
    if pip.ontzorgen and pip.ontzorgen_maanden < 6:
        fouten.append(Ongeldig("Ontzorgen", "duurt ten minste 6 maanden (seeds 002, 004); vul 6 of meer in.",
                               code="pip.ontzorgen"))
    if pip.voortgangsgesprekken_per_jaar < 1:
        fouten.append(Ongeldig("Voortgangsgesprekken", "ten minste één per jaar.", code="pip.gesprekken"))
    return fouten
