"""Checks on what people type: BSN (elfproef), V-nummer, dates. Pure functions; a refusal says which rule with which
values, in Dutch (the app's source language), and the screens show it in the UI language."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata


class Bericht(str):
    """A message that is not a refusal (a warning beside a print): the Dutch text, which is what a str of it is, and
    like Ongeldig its template and values, so a screen can say it in the UI language."""

    def __new__(cls, sjabloon: str, *, code: str = "", **waarden):
        bericht = super().__new__(cls, sjabloon.format(**waarden) if waarden else sjabloon)
        bericht.sjabloon, bericht.code, bericht.waarden = sjabloon, code, waarden
        return bericht


class Ongeldig(ValueError):
    """Input the user must correct: what is wrong and what to do.

    `code` names the rule (for programs and tests), `waarden` the values in it; `sjabloon` is the message in Dutch with
    {placeholders} for those values. `melding` is the Dutch text (the CLI's language); a screen shows the template in
    the UI language with the same values (gui/meldingen.py), so an English UI says it in English."""

    def __init__(self, veld: str, sjabloon: str, sleutel: str = "", *, code: str = "", **waarden):
        self.veld = veld          # label the user sees
        self.sjabloon, self.code, self.waarden = sjabloon, code, waarden
        self.melding = sjabloon.format(**waarden) if waarden else sjabloon
        self.sleutel = sleutel    # attribute name, so a form can show the message beside its field
        super().__init__(f"{veld}: {self.melding}")


class Geweigerd(Ongeldig):
    """Everything wrong with a write that consists of several values; nothing was saved."""

    def __init__(self, fouten: list[Ongeldig]):
        eerste = fouten[0]
        super().__init__(eerste.veld, eerste.sjabloon, eerste.sleutel, code=eerste.code, **eerste.waarden)
        self.fouten = fouten

    def __str__(self) -> str:
        return "\n".join(str(f) for f in self.fouten)


def normaliseer_tekst(tekst: str | None) -> str:
    """NFC and trimmed: the same name typed on two keyboards compares equal."""
    return unicodedata.normalize("NFC", (tekst or "").strip())


# Bidi embeddings, overrides and isolates: they turn "Amal" into "lamA" on screen and on paper (U+202E) or hide text.
_BIDI_STUURTEKENS = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def controleer_tekens(tekst: str, veld: str) -> None:
    """No control characters (ESC, tab …), line breaks or bidi overrides in a one-line field; they break lists and
    print. Joiners (ZWNJ/ZWJ) and the direction marks LRM/RLM stay allowed: Farsi and Arabic names need them."""
    for teken in tekst:
        if ord(teken) in _BIDI_STUURTEKENS or unicodedata.category(teken) in ("Cc", "Zl", "Zp"):
            raise Ongeldig(veld, "bevat een onzichtbaar stuurteken of regeleinde ({teken}); verwijder het en typ de "
                                 "tekst opnieuw.", code="tekst.stuurteken", teken=f"U+{ord(teken):04X}")


def controleer_bsn(bsn: str) -> str:
    """Return the 9-digit BSN or raise Ongeldig. An 8-digit BSN gets its leading zero back."""
    cijfers = re.sub(r"[\s.-]", "", bsn or "")
    if not cijfers.isascii() or not cijfers.isdigit():
        raise Ongeldig("BSN", "mag alleen cijfers bevatten.", code="bsn.cijfers")
    if len(cijfers) == 8:
        cijfers = "0" + cijfers
    if len(cijfers) != 9:
        raise Ongeldig("BSN", "heeft 9 cijfers, dit zijn er {aantal}.", code="bsn.lengte", aantal=len(cijfers))
    if int(cijfers) == 0:
        raise Ongeldig("BSN", "kan niet uit alleen nullen bestaan.", code="bsn.nullen")
    som = sum(int(c) * w for c, w in zip(cijfers, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    if som % 11:
        raise Ongeldig("BSN", "klopt niet (elfproef). Controleer de cijfers op het document.", code="bsn.elfproef")
    return cijfers


def controleer_v_nummer(v_nummer: str) -> str:
    """The vreemdelingennummer (IND/COA): 10 digits."""
    cijfers = re.sub(r"[\s.-]", "", v_nummer or "")
    if not cijfers.isascii() or not cijfers.isdigit():
        raise Ongeldig("V-nummer", "mag alleen cijfers bevatten.", code="v_nummer.cijfers")
    if len(cijfers) != 10:
        raise Ongeldig("V-nummer", "heeft 10 cijfers, dit zijn er {aantal}.", code="v_nummer.lengte",
                       aantal=len(cijfers))
    if int(cijfers) == 0:
        raise Ongeldig("V-nummer", "kan niet uit alleen nullen bestaan.", code="v_nummer.nullen")
    return cijfers


def lees_datum(tekst: str, veld: str) -> dt.date:
    """Accept 2024-03-01 and 1-3-2024 (the Dutch way of writing it)."""
    tekst = (tekst or "").strip()
    for patroon in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(tekst, patroon).date()
        except ValueError:
            continue
    raise Ongeldig(veld, "'{tekst}' is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 01-03-2026.",
                   code="datum.onleesbaar", tekst=tekst)


def controleer_niet_in_toekomst(datum: dt.date | None, veld: str, vandaag: dt.date) -> None:
    if datum is not None and datum > vandaag:
        raise Ongeldig(veld, "{datum} ligt in de toekomst; vul een datum in die al geweest is.",
                       code="datum.toekomst", datum=f"{datum:%d-%m-%Y}")
