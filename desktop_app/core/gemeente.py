"""A municipality's own details: name, logo, contacts, local organisations and own pages for printed material, and its
own targets (doelen) beside the legal termijnen.

Pure data + validation (no I/O): the printing package reads the JSON file and checks the logo bytes; a settings
dialog can build on `Gemeente` and `valideer_gemeente`.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from .validation import Ongeldig


@dataclasses.dataclass
class Adres:
    """A contact or local organisation: who, what for, how to reach them."""
    naam: str = ""
    omschrijving: str = ""          # Dutch; what you go there for
    telefoon: str = ""
    email: str = ""
    adres: str = ""
    website: str = ""


@dataclasses.dataclass
class EigenPagina:
    """A page the municipality adds: title and text per language code; 'nl' is required (the fallback)."""
    titel: dict[str, str]
    tekst: dict[str, str]


@dataclasses.dataclass(frozen=True)
class Doel:
    """A target the municipality sets itself, stricter than the law: a step within so many weeks or months (e.g. HBEL:
    PVT signed within the first year after vestiging, seed 004 §1.8; Overbetuwe: PIP within 6 weeks, seed 003). Shown
    as its own row beside the legal termijn; core/termijnen.py knows what each step counts from."""
    stap: str                       # one of DOEL_STAPPEN
    weken: int = 0
    maanden: int = 0
    bron: str = ""                  # where the municipality decided it, e.g. "Uitvoeringsplan HBEL §1.8"


DOEL_STAPPEN = ("intake", "leerbaarheidstoets", "pip", "pvt")


@dataclasses.dataclass
class Gemeente:
    naam: str
    logo: str = ""                  # file path relative to the configuration file; PNG or JPEG
    contacten: list[Adres] = dataclasses.field(default_factory=list)
    organisaties: list[Adres] = dataclasses.field(default_factory=list)
    paginas: list[EigenPagina] = dataclasses.field(default_factory=list)
    doelen: list[Doel] = dataclasses.field(default_factory=list)


def _adressen(waarde: Any, veld: str, fouten: list[Ongeldig]) -> list[Adres]:
    if waarde in (None, ""):
        return []
    if not isinstance(waarde, list):
        fouten.append(Ongeldig(veld, "moet een lijst zijn.", code="gemeente.lijst"))
        return []
    uit = []
    bekend = {f.name for f in dataclasses.fields(Adres)}
    for n, item in enumerate(waarde, 1):
        if not isinstance(item, dict) or not str(item.get("naam", "")).strip():
            fouten.append(Ongeldig(f"{veld} {n}", "heeft geen naam; vul 'naam' in.", code="gemeente.naamloos"))
            continue
        onbekend = set(item) - bekend
        if onbekend:
            fouten.append(Ongeldig(f"{veld} {n}", "onbekende velden {velden}; gebruik {bekend}.",
                                   code="gemeente.velden", velden=", ".join(sorted(onbekend)),
                                   bekend=", ".join(sorted(bekend))))
        uit.append(Adres(**{k: str(v).strip() for k, v in item.items() if k in bekend}))
    return uit


def _doelen(waarde: Any, fouten: list[Ongeldig]) -> list[Doel]:
    if waarde in (None, ""):
        return []
    if not isinstance(waarde, list):
        fouten.append(Ongeldig("Doelen", "moet een lijst zijn, bijvoorbeeld {voorbeeld}.", code="doelen.lijst",
                               voorbeeld='[{"stap": "pvt", "maanden": 12}]'))
        return []
    uit = []
    for n, item in enumerate(waarde, 1):
        veld = f"Doel {n}"
        if not isinstance(item, dict):
            fouten.append(Ongeldig(veld, "moet een object zijn met 'stap' en 'weken' of 'maanden'.", code="doel.vorm"))
            continue
        onbekend = set(item) - {"stap", "weken", "maanden", "bron"}
        if onbekend:
            fouten.append(Ongeldig(veld, "onbekende velden {velden}; gebruik stap, weken, maanden en bron.",
                                   code="doel.velden", velden=", ".join(sorted(onbekend))))
            continue
        if item.get("stap") not in DOEL_STAPPEN:
            fouten.append(Ongeldig(veld, "stap '{stap}' bestaat niet; kies uit {keuzes}.", code="doel.stap",
                                   stap=item.get("stap", ""), keuzes=", ".join(DOEL_STAPPEN)))
            continue
        duur = {k: item[k] for k in ("weken", "maanden") if k in item}
        if len(duur) != 1 or not all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 60
                                     for v in duur.values()):
            fouten.append(Ongeldig(veld, "geef de termijn in 'weken' of in 'maanden': één geheel getal van 1 tot 60.",
                                   code="doel.duur"))
            continue
        uit.append(Doel(item["stap"], bron=str(item.get("bron", "")).strip(), **duur))
    return uit


def valideer_gemeente(data: Any) -> tuple[Gemeente | None, list[Ongeldig]]:
    """Build a Gemeente from parsed JSON. Returns (gemeente or None, everything wrong with it)."""
    fouten: list[Ongeldig] = []
    if not isinstance(data, dict):
        return None, [Ongeldig("Gemeente", "het bestand bevat geen object met gegevens van de gemeente.",
                               code="gemeente.object")]
    naam = str(data.get("naam", "")).strip()
    if not naam:
        fouten.append(Ongeldig("Naam", "vul de naam van de gemeente in (bijvoorbeeld 'Gemeente Huizen').",
                               code="gemeente.naam"))
    logo = str(data.get("logo", "") or "").strip()
    if logo and not logo.lower().endswith((".png", ".jpg", ".jpeg")):
        fouten.append(Ongeldig("Logo", "'{logo}' is geen PNG- of JPEG-bestand; kies een .png of .jpg.",
                               code="gemeente.logo", logo=logo))
    paginas = []
    for n, item in enumerate(data.get("paginas") or [], 1):
        titel, tekst = (item or {}).get("titel"), (item or {}).get("tekst")
        if not isinstance(titel, dict) or not isinstance(tekst, dict) or not titel.get("nl") or not tekst.get("nl"):
            fouten.append(Ongeldig(f"Eigen pagina {n}", "heeft een titel en tekst per taal nodig, met ten minste "
                                                      "Nederlands ('nl').", code="gemeente.pagina"))
            continue
        paginas.append(EigenPagina({k: str(v) for k, v in titel.items()}, {k: str(v) for k, v in tekst.items()}))
    gemeente = Gemeente(naam=naam or "Gemeente (naam ontbreekt)", logo=logo,
                        contacten=_adressen(data.get("contacten"), "Contact", fouten),
                        organisaties=_adressen(data.get("organisaties"), "Organisatie", fouten),
                        paginas=paginas, doelen=_doelen(data.get("doelen"), fouten))
    return gemeente, fouten

