"""The StarterZ-klas: groups, placements, observation moments and the scores a teacher gives over the weeks.

The instrument (aspects, groups, scale, bands) is data: `desktop_app.forms.instrument` loads and checks a definition
from `forms/observatie/` and builds the `Instrument` below. Nothing here knows the default 24 aspects by name; the
engine finds the groups and aspects it reasons about by their `rol` and `kenmerken`.

Storage: one entity "observatiemoment" holds two kinds of record (field `soort`): the moment itself (`moment`:
groep_id, datum, notitie) and one record per cursist per moment (`cursist`: + inburgeraar_id, scores, notities), so
every observation record carries `groep_id` and, where it concerns one cursist, `inburgeraar_id`.
A score is an int on the instrument's scale; `None` means "niet geobserveerd" (explicitly), a missing key: not scored.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import Any, Iterable

from .model import Record, Soort, nieuw_id
from .validation import Bericht, Ongeldig, normaliseer_tekst

MAX_CURSISTEN = 12
LESDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag")
ROUTES = {"z_route": "Z-route", "b1_route": "B1-route", "b1_snel": "B1-route snel/intensief",
          "onderwijsroute": "Onderwijsroute"}
ROUTE_VOLGORDE = ("z_route", "b1_route", "b1_snel", "onderwijsroute")   # from least to most ambitious
# What the engine reasons about. A licensed form may leave roles and kenmerken out; the rules that need them then
# do not apply, and the advice says so.
GROEPROLLEN = {"leerhouding": "Leerhouding", "taakuitvoering": "Taakuitvoering", "leervermogen": "Leervermogen",
               "schoolse_vaardigheden": "Schoolse en communicatieve vaardigheden"}
KENMERKEN = {"opnamesnelheid": "pikt nieuwe dingen snel op", "zelfstandigheid": "zelfstandigheid",
             "geletterdheid": "geletterdheid"}


# -- the instrument ------------------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Schaal:
    min: int
    max: int
    niet_geobserveerd: bool = True
    labels: dict[int, str] = dataclasses.field(default_factory=dict)

    @property
    def waarden(self) -> range:
        return range(self.min, self.max + 1)

    def label(self, score: int | None) -> str:
        return "niet geobserveerd" if score is None else self.labels.get(score, str(score))


@dataclasses.dataclass(frozen=True)
class Groep:
    id: str
    naam: str
    rol: str | None = None


@dataclasses.dataclass(frozen=True)
class Aspect:
    nr: int
    id: str
    groep: str
    naam: str
    niveaus: dict[int, str] = dataclasses.field(default_factory=dict)   # what the teacher sees at each level
    kenmerken: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Band:
    van: int
    tot: int
    route: str
    label: str


@dataclasses.dataclass(frozen=True)
class VoldoendeGegevens:
    """When the advice may be definitief: enough moments, spread over enough weeks, enough aspects scored."""
    min_momenten: int = 5
    min_weken: int = 5
    min_aspecten: int = 20


@dataclasses.dataclass(frozen=True)
class Instrument:
    id: str
    versie: str
    naam: str
    gevalideerd: bool
    validatie_opmerking: str
    schaal: Schaal
    groepen: tuple[Groep, ...]
    aspecten: tuple[Aspect, ...]
    banden: tuple[Band, ...]
    voldoende: VoldoendeGegevens
    onderwijs_max_leeftijd: int = 27      # "onder 28 bij de start"
    onderwijs_min_schooljaren: int = 9
    bestand: str = ""

    @property
    def min_totaal(self) -> int:
        return self.schaal.min * len(self.aspecten)

    @property
    def max_totaal(self) -> int:
        return self.schaal.max * len(self.aspecten)

    def aspect(self, aspect_id: str) -> Aspect:
        return self._aspecten_per_id[aspect_id]

    def groep(self, groep_id: str) -> Groep:
        return next(g for g in self.groepen if g.id == groep_id)

    def aspecten_van(self, groep_id: str) -> tuple[Aspect, ...]:
        return self._per_groep.get(groep_id, ())

    def groep_met_rol(self, rol: str) -> Groep | None:
        return next((g for g in self.groepen if g.rol == rol), None)

    def aspecten_met_kenmerk(self, kenmerk: str) -> list[Aspect]:
        return [a for a in self.aspecten if kenmerk in a.kenmerken]

    def band_voor(self, totaal: int) -> Band:
        for band in self.banden:
            if band.van <= totaal <= band.tot:
                return band
        raise ValueError(f"totaal {totaal} valt buiten de banden van {self.naam}")

    # lookups the engine does for every cursist; computed once (the instrument never changes after loading)
    @functools.cached_property
    def _aspecten_per_id(self) -> dict[str, Aspect]:
        return {a.id: a for a in self.aspecten}

    @functools.cached_property
    def _per_groep(self) -> dict[str, tuple[Aspect, ...]]:
        return {g.id: tuple(a for a in self.aspecten if a.groep == g.id) for g in self.groepen}


def controleer_score(instrument: Instrument, aspect_id: str, score: Any, wie: str = "") -> int | None:
    """The score as stored, or Ongeldig saying what the scale allows."""
    veld = f"Score {wie}" if wie else "Score"
    if aspect_id not in instrument._aspecten_per_id:
        raise Ongeldig(veld, "aspect '{aspect}' staat niet in {instrument}.", code="score.aspect", aspect=aspect_id,
                       instrument=instrument.naam)
    naam = instrument.aspect(aspect_id).naam
    if score is None:
        if not instrument.schaal.niet_geobserveerd:
            raise Ongeldig(veld, "'{aspect}' moet een score krijgen; dit instrument kent geen 'niet geobserveerd'.",
                           code="score.verplicht", aspect=naam)
        return None
    if isinstance(score, bool) or not isinstance(score, int) or score not in instrument.schaal.waarden:
        sjabloon = ("'{aspect}' kreeg {score}; de schaal loopt van {min} tot {max} (of 'niet geobserveerd')."
                    if instrument.schaal.niet_geobserveerd else "'{aspect}' kreeg {score}; de schaal loopt van {min} "
                                                                "tot {max}.")
        raise Ongeldig(veld, sjabloon, code="score.schaal", aspect=naam, score=repr(score),
                       min=instrument.schaal.min, max=instrument.schaal.max)
    return score


# -- groups and placements -----------------------------------------------------------------------------------------
@dataclasses.dataclass
class StartklasGroep(Record):
    ENTITY = Soort.STARTKLASGROEP
    DATUMVELDEN = ("startdatum",)

    id: str = dataclasses.field(default_factory=nieuw_id)
    naam: str = ""
    docenten: list[str] = dataclasses.field(default_factory=list)   # user names of the teachers
    startdatum: dt.date | None = None
    lesdagen: list[str] = dataclasses.field(default_factory=list)
    instrument: str = "koers-tovii-stijl"


def valideer_groep(groep: StartklasGroep) -> list[Ongeldig]:
    fouten = []
    groep.naam = normaliseer_tekst(groep.naam)
    groep.docenten = [normaliseer_tekst(d) for d in groep.docenten if normaliseer_tekst(d)]
    if not groep.naam:
        fouten.append(Ongeldig("Naam", "geef de groep een naam, bijvoorbeeld 'Startklas Dalfsen najaar'.",
                               code="groep.naam"))
    if not groep.docenten:
        fouten.append(Ongeldig("Docenten", "noem ten minste één docent.", code="groep.docent"))
    if groep.startdatum is None:
        fouten.append(Ongeldig("Startdatum", "vul de startdatum van de groep in.", code="groep.start"))
    onbekend = [d for d in groep.lesdagen if d not in LESDAGEN]
    if onbekend:
        fouten.append(Ongeldig("Lesdagen", "'{dagen}' is geen lesdag; kies uit {keuzes}.", code="groep.lesdag",
                               dagen=", ".join(onbekend), keuzes=", ".join(LESDAGEN)))
    if not groep.lesdagen:
        fouten.append(Ongeldig("Lesdagen", "kies ten minste één lesdag.", code="groep.lesdagen"))
    return fouten


def waarschuwing_groepsgrootte(aantal: int) -> Bericht | None:
    if aantal > MAX_CURSISTEN:
        return Bericht("Deze groep heeft {aantal} cursisten; een startklas is bedoeld voor ten hoogste {max}. "
                       "Observeren wordt dan minder nauwkeurig.", code="groep.groot", aantal=aantal, max=MAX_CURSISTEN)
    return None


@dataclasses.dataclass
class Plaatsing(Record):
    ENTITY = Soort.PLAATSING
    DATUMVELDEN = ("van", "tot")

    id: str = dataclasses.field(default_factory=nieuw_id)
    inburgeraar_id: str = ""
    groep_id: str = ""
    van: dt.date | None = None
    tot: dt.date | None = None      # None: still in the group

    def loopt_op(self, datum: dt.date) -> bool:
        return self.van is not None and self.van <= datum and (self.tot is None or datum <= self.tot)

    def overlapt(self, ander: "Plaatsing") -> bool:
        eind, ander_eind = self.tot or dt.date.max, ander.tot or dt.date.max
        return self.van <= ander_eind and ander.van <= eind


def controleer_plaatsing(nieuw: Plaatsing, bestaande: Iterable[Plaatsing], groepsnamen: dict[str, str]
                         ) -> list[Ongeldig]:
    """A cursist is in one group at a time. `bestaande`: this person's other placements."""
    fouten = []
    if not nieuw.inburgeraar_id or not nieuw.groep_id:
        fouten.append(Ongeldig("Plaatsing", "kies een cursist en een groep.", code="plaatsing.wie"))
    if nieuw.van is None:
        fouten.append(Ongeldig("Plaatsing", "vul de datum in vanaf wanneer de cursist in de groep zit.",
                               code="plaatsing.van"))
        return fouten
    if nieuw.tot is not None and nieuw.tot < nieuw.van:
        fouten.append(Ongeldig("Plaatsing", "de einddatum ligt voor de begindatum.", code="plaatsing.tot"))
        return fouten
    for ander in bestaande:
        if ander.id == nieuw.id or ander.inburgeraar_id != nieuw.inburgeraar_id or ander.van is None:
            continue
        if ander.overlapt(nieuw):
            sjabloon = ("deze cursist zit al in groep '{groep}' (vanaf {van}, tot {tot}). Een cursist zit in één "
                        "groep tegelijk: beëindig eerst die plaatsing." if ander.tot else
                        "deze cursist zit al in groep '{groep}' (vanaf {van}, zonder einddatum). Een cursist zit in "
                        "één groep tegelijk: beëindig eerst die plaatsing.")
            fouten.append(Ongeldig("Plaatsing", sjabloon, code="plaatsing.dubbel",
                                   groep=groepsnamen.get(ander.groep_id, ander.groep_id), van=f"{ander.van:%d-%m-%Y}",
                                   tot=f"{ander.tot:%d-%m-%Y}" if ander.tot else ""))
    return fouten


# -- observation moments ---------------------------------------------------------------------------------------------
@dataclasses.dataclass
class Observatiemoment(Record):
    """One lesson day's observation in a group."""
    ENTITY = Soort.OBSERVATIEMOMENT
    DATUMVELDEN = ("datum",)

    id: str = dataclasses.field(default_factory=nieuw_id)
    soort: str = "moment"
    groep_id: str = ""
    datum: dt.date | None = None
    notitie: str = ""


@dataclasses.dataclass
class Observatie(Record):
    """What was seen of one cursist at one moment: scores and notes per aspect."""
    ENTITY = Soort.OBSERVATIEMOMENT
    DATUMVELDEN = ("datum",)

    id: str = ""
    soort: str = "cursist"
    moment_id: str = ""
    groep_id: str = ""
    inburgeraar_id: str = ""
    datum: dt.date | None = None
    scores: dict[str, int | None] = dataclasses.field(default_factory=dict)
    notities: dict[str, str] = dataclasses.field(default_factory=dict)

    def __post_init__(self):
        if not self.id:
            self.id = observatie_id(self.moment_id, self.inburgeraar_id)


def observatie_id(moment_id: str, inburgeraar_id: str) -> str:
    return f"{moment_id}:{inburgeraar_id}"


def controleer_moment(moment: Observatiemoment, observaties: Iterable[Observatie], groep: StartklasGroep,
                      plaatsingen: Iterable[Plaatsing], instrument: Instrument, vandaag: dt.date) -> list[Ongeldig]:
    """Everything wrong with a moment and its scores; empty: it may be saved (all of it, in one transaction)."""
    fouten = []
    if moment.datum is None:
        return [Ongeldig("Datum", "vul de datum van het observatiemoment in.", code="moment.datum")]
    if moment.datum > vandaag:
        fouten.append(Ongeldig("Datum", "{datum} ligt in de toekomst; observeer eerst, scoor daarna.",
                               code="moment.toekomst", datum=f"{moment.datum:%d-%m-%Y}"))
    if groep.startdatum and moment.datum < groep.startdatum:
        fouten.append(Ongeldig("Datum", "{datum} ligt voor de start van groep '{groep}' ({start}).",
                               code="moment.voor_start", datum=f"{moment.datum:%d-%m-%Y}", groep=groep.naam,
                               start=f"{groep.startdatum:%d-%m-%Y}"))
    plaatsingen = list(plaatsingen)
    for obs in observaties:
        if not any(p.inburgeraar_id == obs.inburgeraar_id and p.groep_id == groep.id and p.loopt_op(moment.datum)
                   for p in plaatsingen):
            fouten.append(Ongeldig("Cursist", "cursist {cursist} zat op {datum} niet in groep '{groep}'.",
                                   code="moment.niet_geplaatst", cursist=obs.inburgeraar_id,
                                   datum=f"{moment.datum:%d-%m-%Y}", groep=groep.naam))
        for aspect_id, score in obs.scores.items():
            try:
                controleer_score(instrument, aspect_id, score)
            except Ongeldig as fout:
                fouten.append(fout)
    return fouten


# -- final scores, coverage and growth ---------------------------------------------------------------------------------
@dataclasses.dataclass
class Eindscore(Record):
    """The teacher's final score per aspect for one cursist in one group; the proposal is kept beside it."""
    ENTITY = Soort.EINDSCORE

    id: str = ""
    inburgeraar_id: str = ""
    groep_id: str = ""
    instrument: str = ""
    scores: dict[str, int | None] = dataclasses.field(default_factory=dict)
    voorstel: dict[str, int | None] = dataclasses.field(default_factory=dict)
    vastgesteld_door: str = ""
    vastgesteld_op: str = ""

    def __post_init__(self):
        if not self.id:
            self.id = eindscore_id(self.groep_id, self.inburgeraar_id)


def eindscore_id(groep_id: str, inburgeraar_id: str) -> str:
    return f"{groep_id}:{inburgeraar_id}"


def voorstel_eindscore(instrument: Instrument, observaties: Iterable[Observatie]) -> dict[str, int | None]:
    """Per aspect a weighted mean of the moments where it was scored, rounded half up onto the scale.

    The k-th moment (in date order) weighs k: the last weeks show where the cursist now stands, the first ones
    mostly how new everything was. Aspects never scored are left out; only "niet geobserveerd": None.
    """
    reeks = sorted(observaties, key=lambda o: (o.datum or dt.date.min, o.moment_id))
    som: dict[str, float] = {}
    gewicht: dict[str, float] = {}
    gezien: set[str] = set()
    for k, obs in enumerate(reeks, start=1):
        for aspect_id, score in obs.scores.items():
            gezien.add(aspect_id)
            if score is not None:
                som[aspect_id] = som.get(aspect_id, 0.0) + k * score
                gewicht[aspect_id] = gewicht.get(aspect_id, 0.0) + k
    voorstel: dict[str, int | None] = {}
    for aspect in instrument.aspecten:
        if aspect.id in gewicht:
            waarde = int(som[aspect.id] / gewicht[aspect.id] + 0.5 + 1e-9)
            voorstel[aspect.id] = min(instrument.schaal.max, max(instrument.schaal.min, waarde))
        elif aspect.id in gezien:
            voorstel[aspect.id] = None
    return voorstel


@dataclasses.dataclass(frozen=True)
class Dekking:
    """How much was observed of one cursist: moments with at least one score, distinct weeks, aspects scored."""
    momenten: int
    weken: int
    aspecten: int


def week_van(datum: dt.date, startdatum: dt.date) -> int:
    """Week 1 is the group's first week."""
    return (datum - startdatum).days // 7 + 1


def dekking(observaties: Iterable[Observatie], startdatum: dt.date | None,
            eindscores: dict[str, int | None] | None = None) -> Dekking:
    momenten, weken, aspecten = set(), set(), set()
    for obs in observaties:
        gescoord = [a for a, s in obs.scores.items() if s is not None]
        if gescoord and obs.datum:
            momenten.add(obs.moment_id)
            weken.add(week_van(obs.datum, startdatum) if startdatum else obs.datum.isocalendar()[:2])
            aspecten.update(gescoord)
    if eindscores is not None:
        aspecten = {a for a, s in eindscores.items() if s is not None}
    return Dekking(len(momenten), len(weken), len(aspecten))


def tekorten(d: Dekking, regel: VoldoendeGegevens, aantal_aspecten: int) -> list[str]:
    """What is short for a definitief advice, in words; empty: enough."""
    uit = []
    if d.momenten < regel.min_momenten:
        uit.append(f"{d.momenten} van de minimaal {regel.min_momenten} observatiemomenten")
    if d.weken < regel.min_weken:
        uit.append(f"verspreid over {d.weken} van de minimaal {regel.min_weken} weken")
    if d.aspecten < regel.min_aspecten:
        uit.append(f"{d.aspecten} van de {aantal_aspecten} aspecten gescoord (minimaal {regel.min_aspecten})")
    return uit


def groeilijn(instrument: Instrument, observaties: Iterable[Observatie], startdatum: dt.date
              ) -> list[tuple[int, dict[str, float]]]:
    """Per week (1 = first week of the group) the mean score per group of aspects; weeks without scores are left
    out and so are groups without scores in that week."""
    groep_van = {a.id: a.groep for a in instrument.aspecten}
    per_week: dict[int, dict[str, list[int]]] = {}
    for obs in observaties:
        if obs.datum is None:
            continue
        week = per_week.setdefault(week_van(obs.datum, startdatum), {})
        for aspect_id, score in obs.scores.items():
            if score is not None and aspect_id in groep_van:
                week.setdefault(groep_van[aspect_id], []).append(score)
    return [(w, {g: sum(s) / len(s) for g, s in per_week[w].items()}) for w in sorted(per_week) if per_week[w]]
