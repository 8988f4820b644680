"""The settings of one installation, and what makes them valid. Pure: reading and writing the file is in
desktop_app/config.py."""
from __future__ import annotations

import dataclasses
from typing import Any
from urllib.parse import urlparse

from .validation import Ongeldig

TALEN_UI = ("nl", "en")
INTERVALLEN = (1, 2, 3, 4, 6, 12)          # voortgangsgesprek every N months: 12, 6, 4, 3, 2 or 1 a year


@dataclasses.dataclass
class Instellingen:
    taal: str = "nl"                       # language of the app itself (source: Dutch)
    vergrendel_na_minuten: float = 5.0     # idle lock
    server_url: str = ""                   # central Koers server; empty: work offline only
    ca_bundel: str = ""                    # PEM file with the municipality's root certificate (own PKI)
    proxy: str = ""                        # e.g. http://proxy.gemeente.nl:8080; empty: the system's
    gemeente_bestand: str = ""             # JSON with the municipality's details; empty: the example
    voortgang_interval_maanden: int = 4    # default for a PIP's voortgangsgesprekken: 4 → three a year
    hoog_contrast: bool = False


def valideer_instellingen(data: Any, bestaat=lambda pad: True) -> tuple[Instellingen, list[Ongeldig]]:
    """Build settings from parsed JSON. Unknown keys and wrong values are errors with what to do; the returned
    settings hold the defaults where a value was wrong, so the app still starts. `bestaat(path)` checks file paths."""
    fouten: list[Ongeldig] = []
    standaard = Instellingen()
    if not isinstance(data, dict):
        return standaard, [Ongeldig("Instellingen", "het bestand bevat geen object; het wordt opnieuw aangemaakt.",
                                    code="instellingen.object")]
    velden = {f.name: f for f in dataclasses.fields(Instellingen)}
    for sleutel in sorted(set(data) - set(velden)):
        fouten.append(Ongeldig(sleutel, "onbekende instelling; bekend zijn: {bekend}.", sleutel,
                               code="instellingen.onbekend", bekend=", ".join(velden)))
    waarden = {}
    for naam, veld in velden.items():
        if naam not in data:
            continue
        waarde, soort = data[naam], type(getattr(standaard, naam))
        if soort is float and isinstance(waarde, int) and not isinstance(waarde, bool):
            waarde = float(waarde)
        if not isinstance(waarde, soort) or (soort is int and isinstance(waarde, bool)):
            fouten.append(Ongeldig(naam, _SOORTFOUT[soort], naam, code="instellingen.soort"))
            continue
        waarden[naam] = waarde
    inst = dataclasses.replace(standaard, **waarden)

    def herstel(naam: str, sjabloon: str, **waarden) -> None:
        fouten.append(Ongeldig(naam, sjabloon, naam, code=f"instellingen.{naam}", **waarden))
        setattr(inst, naam, getattr(standaard, naam))

    if inst.taal not in TALEN_UI:
        herstel("taal", "'{taal}' is niet beschikbaar; kies uit {keuzes}.", taal=inst.taal, keuzes=", ".join(TALEN_UI))
    if not 1 <= inst.vergrendel_na_minuten <= 60:
        herstel("vergrendel_na_minuten", "moet tussen 1 en 60 minuten liggen.")
    if inst.voortgang_interval_maanden not in INTERVALLEN:
        # a whole number of conversations a year, so the PIP's "gesprekken per jaar" gives back the same dates
        herstel("voortgang_interval_maanden", "moet 1, 2, 3, 4, 6 of 12 maanden zijn (een vast aantal gesprekken "
                                              "per jaar).")
    if inst.server_url:
        url = urlparse(inst.server_url)
        lokaal = url.hostname in ("localhost", "127.0.0.1", "::1")
        if url.scheme not in ("https", "http") or not url.hostname:
            herstel("server_url", "is geen adres; schrijf bijvoorbeeld https://koers.gemeente.nl.")
        elif url.scheme == "http" and not lokaal:
            herstel("server_url", "moet met https:// beginnen: zonder TLS gaan persoonsgegevens onversleuteld over "
                                  "het netwerk.")
    if inst.proxy and urlparse(inst.proxy).scheme not in ("http", "https", "socks5"):
        herstel("proxy", "is geen proxy-adres; schrijf bijvoorbeeld http://proxy.gemeente.nl:8080.")
    for naam in ("ca_bundel", "gemeente_bestand"):
        pad = getattr(inst, naam)
        if pad and not bestaat(pad):
            herstel(naam, "het bestand {pad} bestaat niet; kies een bestaand bestand.", pad=pad)
    return inst, fouten


_SOORTFOUT = {str: "moet een tekst zijn.", float: "moet een getal zijn.", int: "moet een geheel getal zijn.",
              bool: "moet een ja/nee-waarde (true of false) zijn."}
