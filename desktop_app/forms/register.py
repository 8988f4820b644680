"""All form definitions in a folder, by form and version. A broken file never stops the app.

`laad_map` loads every `*.json` (except `*.schema.json`). A file that fails is recorded in `fouten` (a DefinitionError
with file and line); when a cache holds the last good text of that same file, that version keeps working. The newest
version that loaded is the one new intakes use.
"""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, MutableMapping

from desktop_app.core.formulier.definitie import Definitie, bouw_definitie
from desktop_app.core.formulier.fouten import DefinitionError, regel_van
from desktop_app.core.formulier.migratie import MigratieResultaat, controleer_migratie, migreer_stap
from desktop_app.paths import FORMS

from .jsonbron import Regels, lees_json, lees_json_tekst, valideer_schema

INTAKE_MAP = FORMS / "intake"
SCHEMA_PAD = INTAKE_MAP / "definitie.schema.json"


def intake_map() -> Path:
    return Path(os.environ["KOERS_FORMS"]) / "intake" if os.environ.get("KOERS_FORMS") else INTAKE_MAP


class GeenDefinitie(LookupError):
    """The form (version) an answer set needs is not available; the message says what to do."""


@dataclasses.dataclass
class Formulieren:
    definities: dict[tuple[str, int], Definitie] = dataclasses.field(default_factory=dict)
    fouten: list[DefinitionError] = dataclasses.field(default_factory=list)
    uit_cache: list[str] = dataclasses.field(default_factory=list)   # files that were broken and came from the cache
    teksten: dict[str, str] = dataclasses.field(default_factory=dict, repr=False)   # file name → text that loaded

    def versies(self, formulier: str) -> list[int]:
        return sorted(v for f, v in self.definities if f == formulier)

    def laatste(self, formulier: str) -> Definitie:
        versies = self.versies(formulier)
        if not versies:
            raise GeenDefinitie(f"Er is geen bruikbare definitie van het formulier '{formulier}'. "
                                + self.foutentekst())
        return self.definities[(formulier, versies[-1])]

    def versie(self, formulier: str, versie: int) -> Definitie | None:
        return self.definities.get((formulier, versie))

    def foutentekst(self) -> str:
        return " ".join(str(f) for f in self.fouten)

    def migreer(self, antwoorden: dict[str, Any], formulier: str, van: int, naar: int | None = None
                ) -> MigratieResultaat:
        """Migrate answers of version `van` up to `naar` (default: the newest), step by step."""
        doel = naar if naar is not None else self.laatste(formulier).versie
        resultaat = MigratieResultaat(dict(antwoorden))
        huidig = self.versie(formulier, van)
        if huidig is None:
            raise GeenDefinitie(f"Deze intake is ingevuld met versie {van} van '{formulier}', en die versie is op "
                                "deze computer niet (meer) beschikbaar. Werk Koers bij of zet het formulierbestand "
                                "terug.")
        while huidig.versie < doel:
            volgende = next((d for (f, v), d in sorted(self.definities.items())
                             if f == formulier and d.van_versie == huidig.versie and v > huidig.versie), None)
            if volgende is None:
                raise GeenDefinitie(f"Er is geen migratie van versie {huidig.versie} van '{formulier}' naar een "
                                    "nieuwere versie. Controleer de formulierbestanden.")
            stap = migreer_stap(resultaat.antwoorden, huidig, volgende)
            resultaat = MigratieResultaat(stap.antwoorden, resultaat.gearchiveerd + stap.gearchiveerd,
                                          resultaat.wijzigingen + stap.wijzigingen)
            huidig = volgende
        return resultaat


def _bouw(data: Any, bestand: str, regels: Regels, schema: dict) -> Definitie:
    valideer_schema(data, schema, bestand, regels)
    return bouw_definitie(data, bestand, regels)


def laad_definitie(bestand: Path | str, schema: dict | None = None) -> Definitie:
    """Read and check one definition file (JSON schema, then the model's own checks). Raises DefinitionError naming
    file and line."""
    bestand = Path(bestand)
    data, regels = lees_json(bestand)
    return _bouw(data, bestand.name, regels, schema if schema is not None else lees_json(SCHEMA_PAD)[0])


def laad_map(map_: Path | str | None = None, cache: MutableMapping[str, str] | None = None) -> Formulieren:
    """Load every definition in the folder. `cache` (file name → last good JSON text) keeps a broken file's last good
    version working."""
    map_ = Path(map_) if map_ else intake_map()
    uit = Formulieren()
    try:
        schema, _ = lees_json(map_ / SCHEMA_PAD.name) if (map_ / SCHEMA_PAD.name).exists() else lees_json(SCHEMA_PAD)
    except DefinitionError as fout:
        uit.fouten.append(fout)
        return uit
    teksten: dict[str, tuple[str, Definitie]] = {}
    for bestand in sorted(map_.glob("*.json")):
        if bestand.name.endswith(".schema.json"):
            continue
        try:
            tekst = bestand.read_text(encoding="utf-8")
            data, regels = lees_json_tekst(tekst, bestand.name)
            definitie = _bouw(data, bestand.name, regels, schema)
        except (DefinitionError, OSError, UnicodeDecodeError) as fout:
            if not isinstance(fout, DefinitionError):
                fout = DefinitionError(bestand.name, "", f"het bestand is niet te lezen ({fout})", "een leesbaar "
                                       "UTF-8 JSON-bestand")
            uit.fouten.append(fout)
            vorige = cache.get(bestand.name) if cache is not None else None
            if vorige is None:
                continue
            try:
                data, regels = lees_json_tekst(vorige, bestand.name)
                definitie = _bouw(data, bestand.name, regels, schema)
            except DefinitionError:
                continue
            tekst = vorige
            uit.uit_cache.append(bestand.name)
        sleutel = (definitie.formulier, definitie.versie)
        if sleutel in uit.definities:
            uit.fouten.append(DefinitionError(bestand.name, "versie", f"versie {definitie.versie} van "
                                              f"'{definitie.formulier}' staat ook in {uit.definities[sleutel].bestand}",
                                              "één bestand per versie", regel_van(definitie.regels, "versie")))
            continue
        uit.definities[sleutel] = definitie
        teksten[bestand.name] = (tekst, definitie)
    # Migrations refer to the previous version: check them now that all versions are known.
    for sleutel, definitie in sorted(uit.definities.items()):
        if definitie.van_versie is None:
            continue
        oud = uit.definities.get((definitie.formulier, definitie.van_versie))
        if oud is None:
            continue   # opening an intake of that version will say so
        for pad, wat, verwacht in controleer_migratie(oud, definitie):
            uit.fouten.append(DefinitionError(definitie.bestand, pad, wat, verwacht, regel_van(definitie.regels, pad)))
            del uit.definities[sleutel]
            teksten.pop(definitie.bestand, None)
            break
    uit.teksten = {naam: tekst for naam, (tekst, _) in teksten.items()}
    if cache is not None:
        for naam, (tekst, _) in teksten.items():
            if naam not in uit.uit_cache and cache.get(naam) != tekst:
                cache[naam] = tekst
    return uit
