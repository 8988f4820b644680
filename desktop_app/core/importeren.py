"""Reading a CSV of newly gekoppelde inburgeraars (e.g. exported by the back-office). Pure: lines in, records and
line-numbered errors out, one line at a time, so 100,000 rows need no more memory than one.

Each physical line is one row: a quote left open ends with its line (reported) instead of swallowing the rest of the
file, and no field may hold a line break anyway. Rows that duplicate one another or a person already in the store (same
BSN, same V-nummer, or same name and date of birth) are reported, as are control characters, bidi overrides, dates
that read two ways (05/12/1990) and fields longer than any real value.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
from typing import Iterable, Iterator

from .model import Inburgeraar, valideer_inburgeraar, zoeksleutel
from .validation import Ongeldig, lees_datum

KOLOMMEN = ("voornamen", "achternaam", "naam_eigen_schrift", "geboortedatum", "doelgroep", "gemeente", "v_nummer",
            "bsn", "taal", "telefoon", "email", "koppeling", "brp_inschrijving")
VERPLICHT = ("achternaam", "doelgroep")
MAX_VELD = 200                                   # characters: an 80-character address fits twice over
MAX_REGEL = MAX_VELD * len(KOLOMMEN) + 100       # a longer line is refused before it is parsed


@dataclasses.dataclass
class ImportFout:
    regel: int
    reden: str

    def __str__(self) -> str:
        return f"regel {self.regel}: {self.reden}"


class OnleesbaarBestand(ValueError):
    pass


def decodeer(regels: Iterable[bytes]) -> Iterator[str]:
    """UTF-8 (with or without BOM) only, line by line: guessing an encoding garbles Arabic and Ge'ez names silently."""
    for nummer, regel in enumerate(regels, 1):
        try:
            yield regel.decode("utf-8-sig" if nummer == 1 else "utf-8")
        except UnicodeDecodeError:
            raise OnleesbaarBestand(f"Het bestand is geen UTF-8 (regel {nummer}). Sla het in Excel of LibreOffice op "
                                    f"als 'CSV UTF-8' en probeer het opnieuw; er is niets geïmporteerd.") from None


def sleutels(ib: Inburgeraar) -> list[tuple[str, int]]:
    """What makes two rows the same person: BSN, V-nummer, or name and date of birth. Each as (kind, 64-bit digest):
    100,000 rows keep about 30 MB of them instead of the texts."""
    uit = [("BSN", ib.bsn), ("V-nummer", ib.v_nummer)]
    if ib.geboortedatum and (ib.voornamen or ib.achternaam):
        uit.append(("naam en geboortedatum", f"{zoeksleutel(ib.naam)}|{ib.geboortedatum.isoformat()}"))
    return [(soort, int.from_bytes(hashlib.blake2b(f"{soort}|{waarde}".encode(), digest_size=8).digest()))
            for soort, waarde in uit if waarde]


def lees_csv(regels: Iterable[str], vandaag: dt.date,
             bestaande: Iterable[Inburgeraar] = ()) -> Iterator[Inburgeraar | ImportFout]:
    """Every row as a record or an error (in file order). The same lines give the same answer, so a caller can check
    a whole file first and import it in a second pass."""
    gezien: dict[int, int] = {}      # digest → line (0: already in the store)
    for ib in bestaande:
        gezien.update({digest: 0 for _, digest in sleutels(ib)})
    regels = iter(regels)
    kop_regel = next(regels, "")
    scheiding = ";" if kop_regel.count(";") > kop_regel.count(",") else ","
    kop = [k.strip().lower() for k in next(csv.reader([kop_regel], delimiter=scheiding), [])]
    ontbreekt = [k for k in VERPLICHT if k not in kop]
    if ontbreekt:
        raise OnleesbaarBestand(f"De kopregel mist de kolom(men): {', '.join(ontbreekt)}. Verwacht worden: "
                                f"{', '.join(KOLOMMEN)}.")
    onbekend = [k for k in kop if k not in KOLOMMEN]
    if onbekend:
        raise OnleesbaarBestand(f"Onbekende kolom(men) in de kopregel: {', '.join(onbekend)}. Toegestaan: "
                                f"{', '.join(KOLOMMEN)}.")
    for nummer, regel in enumerate(regels, 2):
        regel = regel.rstrip("\r\n")
        if not regel.strip():
            continue
        uitslag = _rij(regel, kop, scheiding, vandaag)
        if isinstance(uitslag, str):
            yield ImportFout(nummer, uitslag)
            continue
        eigen = sleutels(uitslag)
        dubbel = next(((soort, gezien[digest]) for soort, digest in eigen if digest in gezien), None)
        if dubbel:
            soort, eerder = dubbel
            yield ImportFout(nummer, f"dubbel: zelfde {soort} als regel {eerder}." if eerder else
                             f"staat al in Koers (zelfde {soort}); niet opnieuw geïmporteerd.")
            continue
        gezien.update({digest: nummer for _, digest in eigen})
        yield uitslag


def _rij(regel: str, kop: list[str], scheiding: str, vandaag: dt.date) -> Inburgeraar | str:
    """One line → a record, or the reason it is refused."""
    if len(regel) > MAX_REGEL:
        return f"de regel is {len(regel)} tekens lang; een veld mag hoogstens {MAX_VELD} tekens hebben."
    try:
        [velden] = csv.reader([regel], delimiter=scheiding, strict=True)
    except (csv.Error, ValueError):
        return ("een aanhalingsteken (\") is niet gesloten, of er staat een regeleinde in een veld. Sluit het "
                "aanhalingsteken op dezelfde regel; een veld mag geen regeleinde bevatten.")
    if len(velden) > len(kop):
        return "meer kolommen dan de kopregel."
    waarden = dict(zip(kop, (v.strip() for v in velden)))
    te_lang = [k for k, v in waarden.items() if len(v) > MAX_VELD]
    if te_lang:
        return f"kolom {te_lang[0]} is langer dan {MAX_VELD} tekens."
    ib, redenen = Inburgeraar(), []
    for kolom in KOLOMMEN:
        waarde = waarden.get(kolom, "")
        if kolom in Inburgeraar.DATUMVELDEN and waarde:
            try:
                waarde = _datum(waarde, kolom)
            except Ongeldig as fout:
                redenen.append(str(fout))
                continue
        elif kolom in Inburgeraar.DATUMVELDEN:
            waarde = None
        if kolom == "doelgroep":
            waarde = waarde.lower().replace(" ", "_")
        setattr(ib, kolom, waarde)
    redenen = redenen or [str(f) for f in valideer_inburgeraar(ib, vandaag)]
    return "; ".join(redenen) if redenen else ib


def _datum(tekst: str, kolom: str) -> dt.date:
    """A date with slashes reads two ways (05/12/1990: 5 December or 12 May, as Excel in English writes it)."""
    if "/" in tekst:
        delen = tekst.split("/")
        voorbeeld = f"{'-'.join(delen)} als {delen[0]} de dag is" if len(delen) == 3 else "01-03-2026"
        raise Ongeldig(kolom, "'{tekst}' is dubbelzinnig (dag/maand of maand/dag?); schrijf dag-maand-jaar met "
                              "streepjes ({voorbeeld}) of jaar-maand-dag (1990-12-05).", code="datum.dubbelzinnig",
                       tekst=tekst, voorbeeld=voorbeeld)
    return lees_datum(tekst, kolom)
