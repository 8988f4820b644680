"""The people and facts Koers is about, named after the GGM "Model Inburgering" where it has a name.

Records travel as plain dicts of JSON values (`to_fields` / `from_fields`): the store, sync and the server keep them as
such, so a field added here needs no migration anywhere.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import unicodedata
import uuid
from typing import Any, ClassVar

from koers_protocol.namen import Rol, Soort  # noqa: F401  (Rol: the roles, declared once for both sides)

from .dates import leeftijd
from .validation import (Ongeldig, controleer_bsn, controleer_niet_in_toekomst, controleer_tekens,
                         controleer_v_nummer, normaliseer_tekst)


class Doelgroep(enum.StrEnum):
    ASIELSTATUSHOUDER = "asielstatushouder"
    NAREIZIGER = "nareiziger"
    GEZINSMIGRANT = "gezinsmigrant"
    OVERIGE_MIGRANT = "overige_migrant"

    @property
    def label(self) -> str:
        return {"asielstatushouder": "Asielstatushouder", "nareiziger": "Nareiziger",
                "gezinsmigrant": "Gezinsmigrant", "overige_migrant": "Overige migrant"}[self.value]


class Ontheffingsomvang(enum.StrEnum):
    """A partial ontheffing (e.g. for reading and writing, with a visual impairment) leaves the plicht for the other
    parts, and so its termijn (seed 001, "Ontheffing"; Wet inburgering 2021 art. 5 lid 1: "geheel of gedeeltelijk")."""
    VOLLEDIG = "volledig"
    GEDEELTELIJK = "gedeeltelijk"

    @property
    def label(self) -> str:
        return {"volledig": "Volledig", "gedeeltelijk": "Gedeeltelijk"}[self.value]


class Ontheffingsgrond(enum.StrEnum):
    """The two grounds (Wet inburgering 2021 art. 5; seed 001, "Ontheffing"). The besluit is the Minister's (DUO);
    the municipality records it, and advises on the second ground."""
    MEDISCH = "medisch"
    BIJZONDERE_OMSTANDIGHEDEN = "bijzondere_omstandigheden"

    @property
    def label(self) -> str:
        return {"medisch": "Medische gronden (art. 5 lid 1)",
                "bijzondere_omstandigheden": "Bijzondere individuele omstandigheden (art. 5 lid 2)"}[self.value]


@dataclasses.dataclass(frozen=True)
class Aanbod:
    """What follows from a doelgroep: where its termijnen count from and what the municipality offers and may promise
    (DOMAIN.md "Doelgroepen: what differs"). Everything Koers computes, shows or prints asks this, never the label."""
    intake_vanaf: str           # the key date the brede intake's 2 months count from: "koppeling" or "brp_inschrijving"
    warme_overdracht: bool      # driegesprek with the COA at the AZC
    leerroute_aangeboden: bool  # offered and paid by the municipality; False: own choice and own cost (DUO loan)
    ontzorgen: bool             # financieel ontzorgen, at least 6 months, from the bijstand
    bijstand: bool              # the welkomstpakket may tell the person they receive bijstand while without work
    begeleiding: bool           # maatschappelijke begeleiding (VluchtelingenWerk), seeds 000 §3.1, 001


_STATUSHOUDER = Aanbod("koppeling", warme_overdracht=True, leerroute_aangeboden=True, ontzorgen=True, bijstand=True,
                       begeleiding=True)
_MIGRANT = Aanbod("brp_inschrijving", warme_overdracht=False, leerroute_aangeboden=False, ontzorgen=False,
                  bijstand=False, begeleiding=False)
AANBOD: dict[Doelgroep, Aanbod] = {
    Doelgroep.ASIELSTATUSHOUDER: _STATUSHOUDER,
    # A nareiziger joins a statushouder already living in the gemeente (seed 000 §2.2): no AZC, no koppeling by the
    # COA, no warme overdracht; the intake starts after the inschrijving in the gemeente (seed 002 §2.1, "Start brede
    # intake bij nareizigers en gezins- en overige migranten"). Otherwise as an asielstatushouder.
    Doelgroep.NAREIZIGER: dataclasses.replace(_STATUSHOUDER, intake_vanaf="brp_inschrijving", warme_overdracht=False),
    # Seed 001 p.12: "Gezinsmigranten kiezen en bekostigen hun route zelf" (DUO loan), the municipality advises;
    # seed 002 §4.3: "Het financieel ontzorgen is alleen voor statushouders"; seed 004 §1.3: intake within 2 months of
    # the inschrijving in the gemeente. A partner (the referent) provides, so no general promise of bijstand.
    Doelgroep.GEZINSMIGRANT: _MIGRANT,
    Doelgroep.OVERIGE_MIGRANT: _MIGRANT,
}


def aanbod(doelgroep: str) -> Aanbod:
    """The offer for a stored doelgroep value. An unknown value (a newer Koers, a bad sync) promises nothing."""
    return AANBOD.get(Doelgroep._value2member_map_.get(doelgroep), _MIGRANT)


def nieuw_id() -> str:
    return str(uuid.uuid4())


def _veld(waarde: Any) -> Any:
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    if isinstance(waarde, enum.Enum):
        return waarde.value
    return waarde


def zoeksleutel(tekst: str) -> str:
    """Fold case, accents and Arabic vowel marks, so 'sen' finds 'Şen' and 'محمد' finds 'مُحَمَّد'."""
    if tekst.isascii():
        return tekst.lower()
    ontleed = unicodedata.normalize("NFKD", tekst or "")
    return "".join(c for c in ontleed if not unicodedata.combining(c) and c != "\u0640").casefold()


@dataclasses.dataclass
class Record:
    """Base for a syncable record: an id plus fields."""
    ENTITY: ClassVar[str] = ""
    DATUMVELDEN: ClassVar[tuple[str, ...]] = ()

    def to_fields(self) -> dict[str, Any]:
        return {f.name: _veld(getattr(self, f.name)) for f in dataclasses.fields(self) if f.name != "id"}

    @classmethod
    def from_fields(cls, record_id: str, fields: dict[str, Any]):
        bekend = _veldnamen(cls)
        waarden = {k: v for k, v in fields.items() if k in bekend}
        for naam in cls.DATUMVELDEN:
            waarde = waarden.get(naam)
            if waarde:
                waarden[naam] = dt.date.fromisoformat(waarde) if isinstance(waarde, str) else waarde
            elif naam in waarden:
                waarden[naam] = None
        return cls(id=record_id, **waarden)


@functools.cache
def _veldnamen(cls) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls)) - {"id"}


@dataclasses.dataclass
class Inburgeraar(Record):
    ENTITY = Soort.INBURGERAAR
    DATUMVELDEN = ("geboortedatum", "koppeling", "brp_inschrijving", "intake_start", "leerbaarheidstoets",
                   "pip_dagtekening", "start_ontzorgen", "vestiging", "pvt_ondertekend", "laatste_voortgangsgesprek",
                   "plicht_voldaan", "ontheffing", "termijn_verlengd_tot")
    TOEKOMSTVELDEN = ("termijn_verlengd_tot",)   # the only date that may lie ahead

    id: str = dataclasses.field(default_factory=nieuw_id)
    voornamen: str = ""
    achternaam: str = ""
    naam_eigen_schrift: str = ""       # the name as the person writes it (Arabic, Ge'ez, ...)
    geboortedatum: dt.date | None = None
    doelgroep: str = Doelgroep.ASIELSTATUSHOUDER.value
    gemeente: str = ""
    v_nummer: str = ""
    bsn: str = ""
    taal: str = "nl"                   # language of the printed material
    telefoon: str = ""
    email: str = ""
    adres: str = ""
    klantmanager: str = ""
    # key dates (termijnen are computed from these)
    koppeling: dt.date | None = None
    brp_inschrijving: dt.date | None = None
    intake_start: dt.date | None = None
    leerbaarheidstoets: dt.date | None = None
    pip_dagtekening: dt.date | None = None
    start_ontzorgen: dt.date | None = None
    vestiging: dt.date | None = None
    pvt_ondertekend: dt.date | None = None
    laatste_voortgangsgesprek: dt.date | None = None
    voortgangsgesprekken_per_jaar: int | None = None   # as the PIP agreed (copied from it, like its dagtekening)
    # the end of the inburgeringsplicht (DOMAIN.md "Counting periods"); after it the termijnen no longer turn red
    plicht_voldaan: dt.date | None = None         # examen passed, or the Z-route's eindgesprek held
    ontheffing: dt.date | None = None             # the date of the besluit (DUO's; the municipality records it)
    ontheffing_omvang: str = ""                   # Ontheffingsomvang; empty with a date: volledig (as before)
    ontheffing_grond: str = ""                    # Ontheffingsgrond
    ontheffing_onderdelen: str = ""               # a partial one: for which parts ("lezen en schrijven")
    termijn_verlengd_tot: dt.date | None = None   # verlenging: the new last day of the inburgeringstermijn

    @property
    def naam(self) -> str:
        return " ".join(p for p in (self.voornamen, self.achternaam) if p)

    @property
    def volledig_ontheven(self) -> bool:
        return bool(self.ontheffing) and self.ontheffing_omvang != Ontheffingsomvang.GEDEELTELIJK

    @property
    def sorteernaam(self) -> str:
        return zoeksleutel(f"{self.achternaam} {self.voornamen}")

    def zoektekst(self) -> str:
        return zoeksleutel(" ".join((self.voornamen, self.achternaam, self.naam_eigen_schrift, self.v_nummer,
                                     self.gemeente)))


TEKSTVELDEN = ("voornamen", "achternaam", "naam_eigen_schrift", "gemeente", "v_nummer", "bsn", "telefoon", "email",
               "adres", "klantmanager", "ontheffing_onderdelen")


def valideer_inburgeraar(ib: Inburgeraar, vandaag: dt.date) -> list[Ongeldig]:
    """Everything wrong with this record, each with what to do. Empty list: it may be saved."""
    fouten: list[Ongeldig] = []

    def fout(sleutel: str, sjabloon: str, code: str, **waarden) -> None:
        fouten.append(Ongeldig(VELDLABELS[sleutel], sjabloon, sleutel, code=code, **waarden))

    def check(sleutel: str, functie, *args):
        try:
            return functie(*args)
        except Ongeldig as f:
            fout(sleutel, f.sjabloon, f.code, **f.waarden)

    ib.voornamen, ib.achternaam = normaliseer_tekst(ib.voornamen), normaliseer_tekst(ib.achternaam)
    ib.naam_eigen_schrift = normaliseer_tekst(ib.naam_eigen_schrift)
    ib.ontheffing_onderdelen = normaliseer_tekst(ib.ontheffing_onderdelen)
    for sleutel in TEKSTVELDEN:
        check(sleutel, controleer_tekens, getattr(ib, sleutel) or "", VELDLABELS[sleutel])
    if not (ib.voornamen or ib.achternaam):
        fout("achternaam", "vul ten minste een voornaam of achternaam in.", "naam.leeg")
    if ib.doelgroep not in {d.value for d in Doelgroep}:
        fout("doelgroep", "'{doelgroep}' bestaat niet; kies uit {keuzes}.", "doelgroep.onbekend",
             doelgroep=ib.doelgroep, keuzes=", ".join(d.value for d in Doelgroep))
    if ib.bsn:
        ib.bsn = check("bsn", controleer_bsn, ib.bsn) or ib.bsn
    if ib.v_nummer:
        ib.v_nummer = check("v_nummer", controleer_v_nummer, ib.v_nummer) or ib.v_nummer
    for naam in Inburgeraar.DATUMVELDEN:
        if naam not in Inburgeraar.TOEKOMSTVELDEN:
            check(naam, controleer_niet_in_toekomst, getattr(ib, naam), VELDLABELS[naam], vandaag)
    if ib.geboortedatum:
        if leeftijd(ib.geboortedatum, vandaag) > 120:
            fout("geboortedatum", "geeft een leeftijd boven 120 jaar; controleer het jaartal.", "geboortedatum.oud")
        for naam in Inburgeraar.DATUMVELDEN[1:]:
            datum = getattr(ib, naam)
            if datum and datum < ib.geboortedatum:
                fout(naam, "ligt voor de geboortedatum.", "datum.voor_geboorte")
    if ib.pip_dagtekening and ib.koppeling and ib.pip_dagtekening < ib.koppeling:
        fout("pip_dagtekening", "ligt voor de koppeling aan de gemeente; een PIP volgt op de koppeling. "
                                "Controleer beide datums.", "pip.voor_koppeling")
    if ib.voortgangsgesprekken_per_jaar is not None and not (
            isinstance(ib.voortgangsgesprekken_per_jaar, int) and 1 <= ib.voortgangsgesprekken_per_jaar <= 12):
        fout("voortgangsgesprekken_per_jaar", "moet een geheel getal van 1 tot 12 zijn.", "gesprekken.aantal")
    _valideer_ontheffing(ib, fout)
    if ib.termijn_verlengd_tot:
        from .termijnen import inburgeringstermijn   # termijnen builds on this module
        termijn = inburgeringstermijn(ib.pip_dagtekening)
        if termijn is None:
            fout("termijn_verlengd_tot", "een verlenging verlengt de inburgeringstermijn, en die begint pas na de "
                                         "PIP-dagtekening; vul eerst de PIP-dagtekening in.", "verlenging.zonder_pip")
        elif ib.termijn_verlengd_tot <= termijn[1]:
            fout("termijn_verlengd_tot", "ligt niet na het einde van de inburgeringstermijn ({einde}); een verlenging "
                                         "valt daarna.", "verlenging.te_vroeg", einde=f"{termijn[1]:%d-%m-%Y}")
    return fouten


def _valideer_ontheffing(ib: Inburgeraar, fout) -> None:
    """An ontheffing is a besluit: its date, how far it goes and on which ground; a partial one names its parts."""
    if not ib.ontheffing:
        if ib.ontheffing_omvang or ib.ontheffing_grond or ib.ontheffing_onderdelen:
            fout("ontheffing", "vul de datum van het ontheffingsbesluit in, of maak omvang, grond en onderdelen leeg.",
                 "ontheffing.zonder_datum")
        return
    if ib.ontheffing_omvang not in {o.value for o in Ontheffingsomvang}:
        fout("ontheffing_omvang", "kies volledig of gedeeltelijk.", "ontheffing.omvang")
    if ib.ontheffing_grond not in {g.value for g in Ontheffingsgrond}:
        fout("ontheffing_grond", "kies de grond van de ontheffing: medisch of bijzondere individuele "
                                 "omstandigheden.", "ontheffing.grond")
    gedeeltelijk = ib.ontheffing_omvang == Ontheffingsomvang.GEDEELTELIJK
    if gedeeltelijk and ib.ontheffing_grond == Ontheffingsgrond.BIJZONDERE_OMSTANDIGHEDEN:
        fout("ontheffing_omvang", "een gedeeltelijke ontheffing bestaat alleen op medische gronden (Wet inburgering "
                                  "2021 art. 5 lid 1); bij bijzondere omstandigheden is zij volledig.",
             "ontheffing.gedeeltelijk_medisch")
    if gedeeltelijk and not ib.ontheffing_onderdelen:
        fout("ontheffing_onderdelen", "noem de onderdelen waarvoor de ontheffing geldt, bijvoorbeeld 'lezen en "
                                      "schrijven'.", "ontheffing.onderdelen")


VELDLABELS = {
    "voornamen": "Voornamen", "achternaam": "Achternaam", "naam_eigen_schrift": "Naam in eigen schrift",
    "doelgroep": "Doelgroep", "gemeente": "Gemeente", "v_nummer": "V-nummer", "bsn": "BSN", "taal": "Taal",
    "telefoon": "Telefoon", "email": "E-mail", "adres": "Adres", "klantmanager": "Klantmanager",
    "geboortedatum": "Geboortedatum", "koppeling": "Koppeling aan gemeente", "brp_inschrijving": "BRP-inschrijving",
    "intake_start": "Start brede intake", "leerbaarheidstoets": "Leerbaarheidstoets afgenomen",
    "pip_dagtekening": "PIP-dagtekening", "start_ontzorgen": "Start financieel ontzorgen",
    "vestiging": "Vestiging in gemeente", "pvt_ondertekend": "PVT ondertekend",
    "laatste_voortgangsgesprek": "Laatste voortgangsgesprek", "plicht_voldaan": "Inburgeringsplicht voldaan",
    "ontheffing": "Ontheffing inburgeringsplicht", "ontheffing_omvang": "Omvang ontheffing",
    "ontheffing_grond": "Grond ontheffing", "ontheffing_onderdelen": "Ontheffing voor onderdelen",
    "termijn_verlengd_tot": "Termijn verlengd tot",
    "voortgangsgesprekken_per_jaar": "Voortgangsgesprekken per jaar",
}


class ContactRol(enum.StrEnum):
    KLANTMANAGER = "klantmanager"
    MAATSCHAPPELIJK_BEGELEIDER = "maatschappelijk_begeleider"
    TAALSCHOOL = "taalschool"
    PARTICIPATIEPARTNER = "participatiepartner"
    COA = "coa"
    OVERIG = "overig"

    @property
    def label(self) -> str:
        return {"klantmanager": "Klantmanager", "maatschappelijk_begeleider": "Maatschappelijk begeleider",
                "taalschool": "Taalschool", "participatiepartner": "Participatiepartner", "coa": "COA",
                "overig": "Overig"}[self.value]


@dataclasses.dataclass
class Contactpersoon(Record):
    ENTITY = Soort.CONTACTPERSOON

    id: str = dataclasses.field(default_factory=nieuw_id)
    inburgeraar_id: str = ""
    rol: str = ContactRol.KLANTMANAGER.value
    naam: str = ""
    organisatie: str = ""
    telefoon: str = ""
    email: str = ""
