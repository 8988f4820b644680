"""Printed content per language (resources/print/<taal>/teksten.json), each text with its translation status.

A text missing in a language falls back to Dutch, visibly: it is printed in Dutch, left-to-right, with a marker
"(Nederlands)" in the reader's language. Values filled into a text (names, dates, V-nummers, phone numbers) are
isolated, so they keep their own direction inside Arabic or Farsi sentences.
"""
from __future__ import annotations

import dataclasses
import functools
import json

from .tekst import RTL_TALEN, isoleer
from desktop_app.paths import RESOURCES

INHOUD_DIR = RESOURCES / "print"
STATUSSEN = ("bron", "machine", "gecontroleerd")
BRONTAAL = "nl"


class OnbekendeTaal(ValueError):
    def __init__(self, taal: str):
        super().__init__(f"Taal '{taal}' is onbekend voor drukwerk; kies uit {', '.join(beschikbare_talen())}.")
        self.taal = taal


@dataclasses.dataclass(frozen=True)
class Tekst:
    tekst: str
    taal: str          # the language the text is actually in (nl when it fell back)
    status: str        # bron · machine · gecontroleerd · ontbreekt (fell back to Dutch)

    @property
    def rtl(self) -> bool:
        return self.taal in RTL_TALEN

    def __str__(self) -> str:
        return self.tekst


@functools.cache
def _lees(taal: str) -> dict:
    pad = INHOUD_DIR / taal / "teksten.json"
    return json.loads(pad.read_text(encoding="utf-8"))


@functools.cache
def beschikbare_talen() -> tuple[str, ...]:
    talen = sorted(p.parent.name for p in INHOUD_DIR.glob("*/teksten.json"))
    return tuple([BRONTAAL] + [t for t in talen if t != BRONTAAL])


def taalnaam(taal: str) -> str:
    return _lees(taal).get("taalnaam", taal)


class Teksten:
    """The texts of one language; `get` never returns a blank."""

    def __init__(self, taal: str):
        if taal not in beschikbare_talen():
            raise OnbekendeTaal(taal)
        self.taal = taal
        data = _lees(taal)
        self._standaard = data.get("status", "machine")
        self._teksten = data.get("teksten", {})
        self._bron = _lees(BRONTAAL)["teksten"]
        self.gebruikt: dict[str, str] = {}   # key → status, for the "niet gecontroleerd" warning

    @property
    def rtl(self) -> bool:
        return self.taal in RTL_TALEN

    def status(self, sleutel: str) -> str:
        waarde = self._teksten.get(sleutel)
        if waarde is None or (isinstance(waarde, dict) and not waarde.get("tekst")) or waarde == "":
            return "ontbreekt"
        return waarde.get("status", self._standaard) if isinstance(waarde, dict) else self._standaard

    def get(self, sleutel: str, **waarden) -> Tekst:
        waarde = self._teksten.get(sleutel)
        tekst = waarde.get("tekst") if isinstance(waarde, dict) else waarde
        geisoleerd = {k: isoleer(v) for k, v in waarden.items()}
        status = self.status(sleutel)
        self.gebruikt[sleutel] = status
        if status != "ontbreekt":
            return Tekst(tekst.format(**geisoleerd), self.taal, status)
        bron = self._bron.get(sleutel)
        if bron is None:
            raise KeyError(f"Tekst '{sleutel}' bestaat niet in de Nederlandse brontekst.")
        tekst = bron.format(**geisoleerd)
        if self.taal != BRONTAAL:
            tekst += " " + isoleer(self._teksten.get("taal_fallback", "(Nederlands)"))
        return Tekst(tekst, BRONTAAL, "ontbreekt")

    def nl(self, sleutel: str, **waarden) -> Tekst:
        """The Dutch source text (for the bilingual column)."""
        return Tekst(self._bron[sleutel].format(**{k: isoleer(v) for k, v in waarden.items()}), BRONTAAL, "bron")

    def niet_gecontroleerd(self) -> list[str]:
        """Keys used so far whose translation no native speaker has checked (machine or missing)."""
        if self.taal == BRONTAAL:
            return []
        return sorted(k for k, s in self.gebruikt.items() if s in ("machine", "ontbreekt"))


def alle_teksten() -> dict[str, dict[str, str]]:
    """taal → key → text, for the glyph-coverage check."""
    uit = {}
    for taal in beschikbare_talen():
        teksten = _lees(taal).get("teksten", {})
        uit[taal] = {k: (v.get("tekst", "") if isinstance(v, dict) else v) for k, v in teksten.items()}
    return uit
