"""Reading a CSV of newly gekoppelde inburgeraars (e.g. exported by the back-office). Pure: text in, records and
line-numbered errors out."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

from .model import Inburgeraar, valideer_inburgeraar
from .validation import Ongeldig, lees_datum

KOLOMMEN = {
    "voornamen": "voornamen", "achternaam": "achternaam", "naam_eigen_schrift": "naam_eigen_schrift",
    "geboortedatum": "geboortedatum", "doelgroep": "doelgroep", "gemeente": "gemeente", "v_nummer": "v_nummer",
    "bsn": "bsn", "taal": "taal", "telefoon": "telefoon", "email": "email", "koppeling": "koppeling",
    "brp_inschrijving": "brp_inschrijving",
}
VERPLICHT = ("achternaam", "doelgroep")


@dataclasses.dataclass
class ImportFout:
    regel: int
    reden: str

    def __str__(self) -> str:
        return f"regel {self.regel}: {self.reden}"


class OnleesbaarBestand(ValueError):
    pass


def decodeer(data: bytes) -> str:
    """UTF-8 (with or without BOM) only: guessing an encoding garbles Arabic and Ge'ez names silently."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = data[:fout.start].count(b"\n") + 1
        raise OnleesbaarBestand(f"Het bestand is geen UTF-8 (regel {regel}). Sla het in Excel of LibreOffice op als "
                                f"'CSV UTF-8' en probeer het opnieuw; er is niets geïmporteerd.") from None


def lees_csv(tekst: str, vandaag: dt.date) -> tuple[list[Inburgeraar], list[ImportFout]]:
    proef = tekst[:2048]
    scheiding = ";" if proef.count(";") > proef.count(",") else ","
    lezer = csv.DictReader(io.StringIO(tekst), delimiter=scheiding)
    kop = [k.strip().lower() for k in (lezer.fieldnames or [])]
    ontbreekt = [k for k in VERPLICHT if k not in kop]
    if ontbreekt:
        raise OnleesbaarBestand(f"De kopregel mist de kolom(men): {', '.join(ontbreekt)}. Verwacht worden: "
                                f"{', '.join(KOLOMMEN)}.")
    onbekend = [k for k in kop if k not in KOLOMMEN]
    if onbekend:
        raise OnleesbaarBestand(f"Onbekende kolom(men) in de kopregel: {', '.join(onbekend)}. Toegestaan: "
                                f"{', '.join(KOLOMMEN)}.")
    records, fouten = [], []
    for rij in lezer:
        regel = lezer.line_num
        waarden = {k.strip().lower(): (v or "").strip() for k, v in rij.items() if k}
        if None in rij:
            fouten.append(ImportFout(regel, "meer kolommen dan de kopregel."))
            continue
        ib = Inburgeraar()
        redenen = []
        for kolom, veld in KOLOMMEN.items():
            waarde = waarden.get(kolom, "")
            if veld in Inburgeraar.DATUMVELDEN:
                try:
                    waarde = lees_datum(waarde, kolom) if waarde else None
                except Ongeldig as fout:
                    redenen.append(str(fout))
                    continue
            if veld == "doelgroep":
                waarde = waarde.lower().replace(" ", "_")
            setattr(ib, veld, waarde)
        if not redenen:
            redenen = [str(f) for f in valideer_inburgeraar(ib, vandaag)]
        if redenen:
            fouten.append(ImportFout(regel, "; ".join(redenen)))
        else:
            records.append(ib)
    return records, fouten

