"""Generic helpers for definition files: JSON read with the line of every value, and a small JSON-Schema check.

Reusable for every kind of definition (brede intake, observation instrument): `lees_json` gives the data plus a map
path → line, `valideer_schema` checks the data against a JSON Schema subset and raises a DefinitionError naming file,
line, path, what is wrong and what was expected.

Supported schema keywords: type, properties, required, additionalProperties (false or a schema), items, enum, const,
pattern, minimum, maximum, minItems, minLength, $ref (to "#/$defs/..."), description/title/$schema/$id (ignored).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from desktop_app.core.formulier.fouten import DefinitionError, Regels, regel_van  # noqa: F401



def pad_tekst(delen: tuple[str | int, ...]) -> str:
    tekst = ""
    for deel in delen:
        tekst += f"[{deel}]" if isinstance(deel, int) else (f".{deel}" if tekst else deel)
    return tekst


class _Lezer:
    """A JSON reader that records the line where each value starts. Strings and numbers are decoded by the json
    module itself, so it accepts exactly what json.loads accepts."""

    _SPATIE = re.compile(r"[ \t\n\r]*")
    _GETAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")

    def __init__(self, tekst: str):
        self.tekst, self.regels = tekst, {}
        self._regelstarts = [0] + [m.end() for m in re.finditer("\n", tekst)]

    def regel(self, pos: int) -> int:
        import bisect
        return bisect.bisect_right(self._regelstarts, pos)

    def _spatie(self, pos: int) -> int:
        return self._SPATIE.match(self.tekst, pos).end()

    def waarde(self, pos: int, pad: tuple) -> tuple[Any, int]:
        pos = self._spatie(pos)
        self.regels.setdefault(pad_tekst(pad), self.regel(pos))   # first wins: odd keys ("", "a.b") cannot hide it
        teken = self.tekst[pos:pos + 1]
        if teken == "{":
            uit: dict[str, Any] = {}
            pos = self._spatie(pos + 1)
            if self.tekst[pos:pos + 1] == "}":
                return uit, pos + 1
            while True:
                sleutel, pos = json.decoder.scanstring(self.tekst, self._spatie(pos) + 1)
                pos = self._spatie(pos) + 1   # the ':'
                uit[sleutel], pos = self.waarde(pos, pad + (sleutel,))
                pos = self._spatie(pos)
                if self.tekst[pos] == "}":
                    return uit, pos + 1
                pos += 1                      # the ','
        if teken == "[":
            lijst: list[Any] = []
            pos = self._spatie(pos + 1)
            if self.tekst[pos:pos + 1] == "]":
                return lijst, pos + 1
            while True:
                waarde, pos = self.waarde(pos, pad + (len(lijst),))
                lijst.append(waarde)
                pos = self._spatie(pos)
                if self.tekst[pos] == "]":
                    return lijst, pos + 1
                pos += 1
        if teken == '"':
            return json.decoder.scanstring(self.tekst, pos + 1)
        for woord, waarde in (("true", True), ("false", False), ("null", None), ("NaN", float("nan")),
                              ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if self.tekst.startswith(woord, pos):
                return waarde, pos + len(woord)
        getal = self._GETAL.match(self.tekst, pos)
        tekst = getal.group()
        return (float(tekst) if any(c in tekst for c in ".eE") else int(tekst)), getal.end()


def lees_json(bestand: Path | str, naam: str | None = None) -> tuple[Any, Regels]:
    """Read a JSON file; DefinitionError with the line for syntax errors and unreadable files."""
    bestand = Path(bestand)
    naam = naam or bestand.name
    try:
        tekst = bestand.read_text(encoding="utf-8")
    except UnicodeDecodeError as fout:
        raise DefinitionError(naam, "", f"het bestand is geen UTF-8 (byte {fout.start})",
                              "een JSON-bestand in UTF-8") from None
    except OSError as fout:
        raise DefinitionError(naam, "", f"het bestand is niet te lezen ({fout.strerror})",
                              "een leesbaar JSON-bestand") from None
    return lees_json_tekst(tekst, naam)


def lees_json_tekst(tekst: str, naam: str) -> tuple[Any, Regels]:
    try:
        json.loads(tekst)   # the strict check, with the standard error position
    except json.JSONDecodeError as fout:
        raise DefinitionError(naam, "", f"ongeldige JSON: {fout.msg} (kolom {fout.colno})",
                              "geldige JSON (let op komma's, aanhalingstekens en haakjes)", fout.lineno) from None
    except RecursionError:
        raise DefinitionError(naam, "", "de JSON is te diep genest", "hooguit enkele tientallen niveaus") from None
    lezer = _Lezer(tekst)
    try:
        data, _ = lezer.waarde(0, ())
    except RecursionError:
        raise DefinitionError(naam, "", "de JSON is te diep genest", "hooguit enkele tientallen niveaus") from None
    return data, lezer.regels


_TYPEN = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
_TYPE_NL = {"object": "een object {...}", "array": "een lijst [...]", "string": "tekst", "boolean": "true of false",
            "null": "null", "integer": "een geheel getal", "number": "een getal"}


def _is_type(waarde: Any, soort: str) -> bool:
    if soort == "integer":
        return isinstance(waarde, int) and not isinstance(waarde, bool)
    if soort == "number":
        return isinstance(waarde, (int, float)) and not isinstance(waarde, bool)
    return isinstance(waarde, _TYPEN[soort])


def _soort_van(waarde: Any) -> str:
    for soort in ("boolean", "integer", "number", "string", "array", "object", "null"):
        if _is_type(waarde, soort):
            return _TYPE_NL[soort]
    return type(waarde).__name__


def valideer_schema(data: Any, schema: dict, bestand: str, regels: Regels | None = None) -> None:
    """Raise DefinitionError at the first place where `data` does not fit `schema`."""
    regels = regels or {}
    defs = schema.get("$defs", {})

    def fout(pad: tuple, wat: str, verwacht: str):
        tekst = pad_tekst(pad)
        raise DefinitionError(bestand, tekst, wat, verwacht, regel_van(regels, tekst))

    def check(waarde: Any, sub: dict, pad: tuple) -> None:
        if "$ref" in sub:
            sub = defs[sub["$ref"].rsplit("/", 1)[-1]]
        if "type" in sub:
            soorten = sub["type"] if isinstance(sub["type"], list) else [sub["type"]]
            if not any(_is_type(waarde, s) for s in soorten):
                fout(pad, f"hier staat {_soort_van(waarde)}", " of ".join(_TYPE_NL[s] for s in soorten))
        if "const" in sub and waarde != sub["const"]:
            fout(pad, f"de waarde {json.dumps(waarde, ensure_ascii=False)} klopt niet", json.dumps(sub["const"]))
        if "enum" in sub and waarde not in sub["enum"]:
            fout(pad, f"onbekende waarde {json.dumps(waarde, ensure_ascii=False)}",
                 "een van " + ", ".join(json.dumps(e, ensure_ascii=False) for e in sub["enum"]))
        if isinstance(waarde, str):
            if "pattern" in sub and not re.search(sub["pattern"], waarde):
                fout(pad, f"'{waarde}' heeft niet de juiste vorm", sub.get("description") or sub["pattern"])
            if len(waarde) < sub.get("minLength", 0):
                fout(pad, "de tekst is leeg", "een niet-lege tekst")
        if _is_type(waarde, "number"):
            if "minimum" in sub and waarde < sub["minimum"]:
                fout(pad, f"{waarde} is te klein", f"ten minste {sub['minimum']}")
            if "maximum" in sub and waarde > sub["maximum"]:
                fout(pad, f"{waarde} is te groot", f"hoogstens {sub['maximum']}")
        if isinstance(waarde, list):
            if len(waarde) < sub.get("minItems", 0):
                fout(pad, f"de lijst heeft {len(waarde)} elementen", f"ten minste {sub['minItems']}")
            if "items" in sub:
                for i, element in enumerate(waarde):
                    check(element, sub["items"], pad + (i,))
        if isinstance(waarde, dict):
            for naam in sub.get("required", []):
                if naam not in waarde:
                    fout(pad, f"het veld '{naam}' ontbreekt", f"een veld '{naam}'")
            eigenschappen = sub.get("properties", {})
            extra = sub.get("additionalProperties", True)
            for naam, element in waarde.items():
                if naam in eigenschappen:
                    check(element, eigenschappen[naam], pad + (naam,))
                elif extra is False:
                    fout(pad + (naam,), f"onbekend veld '{naam}'",
                         "een van " + ", ".join(sorted(eigenschappen)) if eigenschappen else "geen velden")
                elif isinstance(extra, dict):
                    check(element, extra, pad + (naam,))

    check(data, schema, ())
