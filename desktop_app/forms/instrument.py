"""Load and check observation instrument definitions (`forms/observatie/*.json`).

A municipality replaces the default with its licensed score form by dropping a JSON file beside it; this module
refuses a definition that the engine could misread, with a `DefinitionError` that names the file, the place in it,
what is wrong and what is expected.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.core.observatie import (GROEPROLLEN, KENMERKEN, ROUTES, Aspect, Band, Groep, Instrument, Schaal,
                                         VoldoendeGegevens)

from desktop_app.core.formulier.fouten import DefinitionError
from .jsonbron import lees_json, regel_van
from desktop_app.paths import FORMS

MAP = FORMS / "observatie"
STANDAARD = "koers-tovii-stijl"


def instrument_bestanden(map_: Path = MAP) -> list[Path]:
    return sorted(map_.glob("*.json"))


def laad_instrumenten(map_: Path = MAP) -> dict[str, Instrument]:
    """Every instrument in the folder, by id. A broken file raises: better no startklas module than a wrong advice."""
    uit: dict[str, Instrument] = {}
    for pad in instrument_bestanden(map_):
        instrument = laad_instrument(pad)
        if instrument.id in uit:
            raise DefinitionError(pad.name, "id", f"id '{instrument.id}' komt ook voor in {uit[instrument.id].bestand}",
                                  "een uniek id per instrument")
        uit[instrument.id] = instrument
    return uit


def laad_instrument(pad: Path | str) -> Instrument:
    pad = Path(pad)
    data, regels = lees_json(pad)
    try:
        return lees_instrument(data, pad.name)
    except DefinitionError as fout:
        if fout.line is None and fout.path:   # add the line, so the file can be fixed in any editor
            raise DefinitionError(fout.file, fout.path, fout.message, fout.expected, regel_van(regels, fout.path)) \
                from None
        raise


def _eis(data: dict, sleutel: str, soort: type | tuple, bestand: str, pad: str, verwacht: str) -> Any:
    if not isinstance(data, dict) or sleutel not in data:
        raise DefinitionError(bestand, _pad(pad, sleutel), "ontbreekt", verwacht)
    waarde = data[sleutel]
    if isinstance(waarde, bool) and soort in (int, (int,)) or not isinstance(waarde, soort):
        raise DefinitionError(bestand, _pad(pad, sleutel), f"heeft de verkeerde soort waarde ({waarde!r})", verwacht)
    return waarde


def _pad(pad: str, sleutel: str) -> str:
    return f"{pad}.{sleutel}" if pad else sleutel


def _geheel(data: dict, sleutel: str, bestand: str, pad: str, verwacht: str = "een geheel getal") -> int:
    return _eis(data, sleutel, int, bestand, pad, verwacht)


def lees_instrument(data: Any, bestand: str) -> Instrument:
    """Build an Instrument from decoded JSON, checking everything the engine relies on."""
    if not isinstance(data, dict):
        raise DefinitionError(bestand, "", "het bestand bevat geen object", "een JSON-object met soort, id, schaal, ...")
    if data.get("soort") != "observatie-instrument":
        raise DefinitionError(bestand, "soort", f"is {data.get('soort')!r}", "'observatie-instrument'")
    ident = _eis(data, "id", str, bestand, "", "een id, bijvoorbeeld 'koers-tovii-stijl'")
    naam = _eis(data, "naam", str, bestand, "", "de naam van het instrument")
    versie = str(data.get("versie", ""))
    gevalideerd = _eis(data, "gevalideerd", bool, bestand, "", "true of false: is dit instrument gevalideerd?")
    schaal = _lees_schaal(data, bestand)
    groepen = _lees_groepen(data, bestand)
    aspecten = _lees_aspecten(data, bestand, schaal, {g.id for g in groepen})
    for i, groep in enumerate(groepen):
        if not any(a.groep == groep.id for a in aspecten):
            raise DefinitionError(bestand, f"groepen[{i}]", f"groep '{groep.id}' heeft geen aspecten",
                                  "ten minste één aspect per groep")
    voldoende = _lees_voldoende(data, bestand, len(aspecten))
    banden = _lees_banden(data, bestand, schaal.min * len(aspecten), schaal.max * len(aspecten))
    onderwijs = data.get("onderwijsroute", {})
    if not isinstance(onderwijs, dict):
        raise DefinitionError(bestand, "onderwijsroute", "is geen object",
                              "{\"maximale_leeftijd_bij_start\": 27, \"minimale_schooljaren\": 9}")
    max_leeftijd = onderwijs.get("maximale_leeftijd_bij_start", 27)
    min_school = onderwijs.get("minimale_schooljaren", 9)
    for sleutel, waarde in (("maximale_leeftijd_bij_start", max_leeftijd), ("minimale_schooljaren", min_school)):
        if isinstance(waarde, bool) or not isinstance(waarde, int) or not 0 <= waarde <= 67:
            raise DefinitionError(bestand, f"onderwijsroute.{sleutel}", f"is {waarde!r}", "een geheel getal 0–67")
    return Instrument(id=ident, versie=versie, naam=naam, gevalideerd=gevalideerd,
                      validatie_opmerking=str(data.get("validatie_opmerking", "")), schaal=schaal,
                      groepen=tuple(groepen), aspecten=tuple(aspecten), banden=tuple(banden), voldoende=voldoende,
                      onderwijs_max_leeftijd=max_leeftijd, onderwijs_min_schooljaren=min_school, bestand=bestand)


def _lees_schaal(data: dict, bestand: str) -> Schaal:
    s = _eis(data, "schaal", dict, bestand, "", "een object {\"min\": 1, \"max\": 4, ...}")
    laag = _geheel(s, "min", bestand, "schaal")
    hoog = _geheel(s, "max", bestand, "schaal")
    if laag < 0 or hoog > 9:
        raise DefinitionError(bestand, "schaal", f"loopt van {laag} tot {hoog}",
                              "scores van 0 tot en met 9 (één toets per score in het scoorrooster)")
    if hoog <= laag:
        raise DefinitionError(bestand, "schaal.max", f"{hoog} is niet groter dan min ({laag})",
                              "max groter dan min, bijvoorbeeld min 1 en max 4")
    niet_geobserveerd = s.get("niet_geobserveerd", True)
    if not isinstance(niet_geobserveerd, bool):
        raise DefinitionError(bestand, "schaal.niet_geobserveerd", f"is {niet_geobserveerd!r}", "true of false")
    labels = s.get("labels", {})
    if not isinstance(labels, dict):
        raise DefinitionError(bestand, "schaal.labels", "is geen object", "{\"1\": \"nauwelijks\", ...}")
    return Schaal(laag, hoog, niet_geobserveerd, _niveaus(labels, bestand, "schaal.labels", range(laag, hoog + 1)))


def _niveaus(data: dict, bestand: str, pad: str, waarden: range) -> dict[int, str]:
    """Descriptions per level: exactly the scale's values as keys, each a non-empty text."""
    uit = {}
    for sleutel, tekst in data.items():
        if not (isinstance(sleutel, str) and sleutel.isdigit() and int(sleutel) in waarden):
            raise DefinitionError(bestand, f"{pad}.{sleutel}", f"niveau '{sleutel}' ligt buiten de schaal",
                                  f"niveaus {waarden.start} tot en met {waarden.stop - 1}")
        if not isinstance(tekst, str) or not tekst.strip():
            raise DefinitionError(bestand, f"{pad}.{sleutel}", "heeft geen beschrijving", "een korte beschrijving")
        uit[int(sleutel)] = tekst.strip()
    if uit and set(uit) != set(waarden):
        ontbreekt = ", ".join(str(w) for w in waarden if w not in uit)
        raise DefinitionError(bestand, pad, f"niveau {ontbreekt} ontbreekt",
                              f"een beschrijving voor elk niveau {waarden.start}–{waarden.stop - 1}")
    return uit


def _lees_groepen(data: dict, bestand: str) -> list[Groep]:
    lijst = _eis(data, "groepen", list, bestand, "", "een lijst groepen [{\"id\": \"A\", \"naam\": ...}]")
    if not lijst:
        raise DefinitionError(bestand, "groepen", "is leeg", "ten minste één groep")
    uit, rollen = [], set()
    for i, g in enumerate(lijst):
        pad = f"groepen[{i}]"
        gid = _eis(g, "id", str, bestand, pad, "een korte code, bijvoorbeeld 'A'")
        naam = _eis(g, "naam", str, bestand, pad, "de naam van de groep")
        if any(x.id == gid for x in uit):
            raise DefinitionError(bestand, f"{pad}.id", f"groep '{gid}' staat er twee keer in", "unieke groep-id's")
        rol = g.get("rol")
        if rol is not None and rol not in GROEPROLLEN:
            raise DefinitionError(bestand, f"{pad}.rol", f"onbekende rol '{rol}'",
                                  "een van " + ", ".join(GROEPROLLEN) + " (of weglaten)")
        if rol in rollen:
            raise DefinitionError(bestand, f"{pad}.rol", f"rol '{rol}' is al aan een andere groep gegeven",
                                  "elke rol bij ten hoogste één groep")
        rollen.add(rol)
        uit.append(Groep(gid, naam, rol))
    return uit


def _lees_aspecten(data: dict, bestand: str, schaal: Schaal, groep_ids: set[str]) -> list[Aspect]:
    lijst = _eis(data, "aspecten", list, bestand, "", "een lijst aspecten")
    aantal = _geheel(data, "aantal_aspecten", bestand, "", "het aantal aspecten (bijvoorbeeld 20 of 24)")
    if len(lijst) != aantal:
        raise DefinitionError(bestand, "aspecten", f"bevat {len(lijst)} aspecten, maar aantal_aspecten zegt {aantal}",
                              f"precies {aantal} aspecten")
    uit: list[Aspect] = []
    for i, a in enumerate(lijst):
        pad = f"aspecten[{i}]"
        nr = _geheel(a, "nr", bestand, pad)
        if nr != i + 1:
            raise DefinitionError(bestand, f"{pad}.nr", f"is {nr}", f"{i + 1} (de aspecten doorlopend genummerd)")
        aid = _eis(a, "id", str, bestand, pad, "een korte id zonder spaties, bijvoorbeeld 'motivatie'")
        if not aid or not aid.replace("_", "").isalnum():
            raise DefinitionError(bestand, f"{pad}.id", f"'{aid}' is geen geldige id", "letters, cijfers en _")
        if any(x.id == aid for x in uit):
            raise DefinitionError(bestand, f"{pad}.id", f"aspect '{aid}' staat er twee keer in", "unieke aspect-id's")
        groep = _eis(a, "groep", str, bestand, pad, "de id van een groep")
        if groep not in groep_ids:
            raise DefinitionError(bestand, f"{pad}.groep", f"onbekende groep '{groep}'",
                                  "een van de groepen: " + ", ".join(sorted(groep_ids)))
        naam = _eis(a, "naam", str, bestand, pad, "de naam van het aspect")
        niveaus = a.get("niveaus", {})
        if not isinstance(niveaus, dict):
            raise DefinitionError(bestand, f"{pad}.niveaus", "is geen object", "{\"1\": \"...\", \"2\": \"...\"}")
        kenmerken = a.get("kenmerken", [])
        if not isinstance(kenmerken, list) or any(k not in KENMERKEN for k in kenmerken):
            raise DefinitionError(bestand, f"{pad}.kenmerken", f"bevat {kenmerken!r}",
                                  "een lijst met een of meer van " + ", ".join(KENMERKEN))
        uit.append(Aspect(nr, aid, groep, naam, _niveaus(niveaus, bestand, f"{pad}.niveaus", schaal.waarden),
                          tuple(kenmerken)))
    return uit


def _lees_voldoende(data: dict, bestand: str, aantal: int) -> VoldoendeGegevens:
    v = data.get("voldoende_gegevens", {})
    if not isinstance(v, dict):
        raise DefinitionError(bestand, "voldoende_gegevens", "is geen object",
                              "{\"min_momenten\": 5, \"min_weken\": 5, \"min_aspecten\": 20}")
    regel = VoldoendeGegevens(**{k: v.get(k, getattr(VoldoendeGegevens, k)) for k in
                                 ("min_momenten", "min_weken", "min_aspecten")})
    for sleutel in ("min_momenten", "min_weken", "min_aspecten"):
        waarde = getattr(regel, sleutel)
        if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 1:
            raise DefinitionError(bestand, f"voldoende_gegevens.{sleutel}", f"is {waarde!r}", "een geheel getal ≥ 1")
    if regel.min_aspecten > aantal:
        raise DefinitionError(bestand, "voldoende_gegevens.min_aspecten",
                              f"vraagt {regel.min_aspecten} gescoorde aspecten, het instrument heeft er {aantal}",
                              f"ten hoogste {aantal}")
    return regel


def _lees_banden(data: dict, bestand: str, laagste: int, hoogste: int) -> list[Band]:
    """The bands must cover every possible total exactly once: no overlap, no gap, nothing outside."""
    lijst = _eis(data, "banden", list, bestand, "", "een lijst banden [{\"van\": .., \"tot\": .., \"route\": ..}]")
    if not lijst:
        raise DefinitionError(bestand, "banden", "is leeg", f"banden die {laagste}–{hoogste} dekken")
    banden = []
    for i, b in enumerate(lijst):
        pad = f"banden[{i}]"
        van, tot = _geheel(b, "van", bestand, pad), _geheel(b, "tot", bestand, pad)
        route = _eis(b, "route", str, bestand, pad, "een route: " + ", ".join(ROUTES))
        if route not in ROUTES or route == "onderwijsroute":
            raise DefinitionError(bestand, f"{pad}.route", f"onbekende route '{route}'",
                                  "z_route, b1_route of b1_snel (de onderwijsroute volgt uit leeftijd en scholing)")
        if tot < van:
            raise DefinitionError(bestand, pad, f"'tot' ({tot}) ligt onder 'van' ({van})", "van ≤ tot")
        banden.append((i, Band(van, tot, route, str(b.get("label") or ROUTES[route]))))
    banden.sort(key=lambda ib: ib[1].van)
    verwacht = laagste
    vorige = None
    for i, band in banden:
        pad = f"banden[{i}]"
        if band.van < verwacht:
            if vorige is None:
                raise DefinitionError(bestand, f"{pad}.van", f"begint bij {band.van}, onder het laagst mogelijke totaal",
                                      f"de eerste band begint bij {laagste}")
            raise DefinitionError(bestand, pad, f"band {band.van}–{band.tot} overlapt met band "
                                                f"{vorige.van}–{vorige.tot}", f"deze band begint bij {verwacht}")
        if band.van > verwacht:
            raise DefinitionError(bestand, pad, f"totalen {verwacht}–{band.van - 1} vallen in geen enkele band "
                                                f"(gat)", f"deze band begint bij {verwacht}")
        verwacht, vorige = band.tot + 1, band
    if verwacht != hoogste + 1:
        raise DefinitionError(bestand, "banden", f"de hoogste band eindigt bij {verwacht - 1}",
                              f"banden tot en met het hoogst mogelijke totaal {hoogste}")
    return [b for _, b in banden]
