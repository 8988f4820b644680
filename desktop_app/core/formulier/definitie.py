"""Form definitions as data: build and check them (references, ids, order), and the objects the app works with.

A definition file (see forms/intake/definitie.schema.json) has `secties`: the sections around the intake (soort
"rondom": gesprekken, warme overdracht) and the levensdomeinen (soort "domein", numbered). Every domein gets the
`afsluiting` questions appended (score, ondersteuningsbehoefte, PIP-afspraken, status, notities), so no domain can
forget them. An answer is addressed as "sectie.vraag"; inside a repeat group a row's answers are "rij.vraag".

Everything a form can get wrong beyond its JSON schema (checked by desktop_app.forms when it reads the file) is found
here, at load time: duplicate ids, unknown operators, and references to questions or options that do not exist.
Each error is a DefinitionError with file, line, path and what was expected.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from . import logica
from .fouten import DefinitionError, Regels, regel_van

TYPEN = ("tekst", "lange_tekst", "keuze", "meerkeuze", "janee", "getal", "datum", "zrm", "herhaling", "info")
MET_OPTIES = ("keuze", "meerkeuze")
FORMATEN = ("bsn", "v_nummer")
BRONNEN = ("trajectadvies",)
ZRM_STAPPEN = {1: "acuut probleem", 2: "niet zelfredzaam", 3: "beperkt zelfredzaam", 4: "voldoende zelfredzaam",
               5: "volledig zelfredzaam"}
VASTE_VARIABELEN = {"vandaag", "waarde", "persoon.leeftijd", "persoon.doelgroep"}


# The language labels are shown in when none is asked for: the app's UI language (set by the GUI at start).
weergavetaal = "nl"


def tekst_in(labels: dict[str, str], taal: str | None = None) -> str:
    return labels.get(taal or weergavetaal) or labels.get("nl") or next(iter(labels.values()), "")


@dataclasses.dataclass(frozen=True)
class Optie:
    waarde: str
    label: dict[str, str]

    def tekst(self, taal: str | None = None) -> str:
        return tekst_in(self.label, taal)


@dataclasses.dataclass
class Controle:
    regel: Any
    melding: dict[str, str]


@dataclasses.dataclass
class Vraag:
    id: str
    type: str
    label: dict[str, str]
    pad: str                                   # "sectie.vraag" (or "sectie.groep.vraag" inside a repeat group)
    verplicht: bool = False
    hulp: dict[str, str] = dataclasses.field(default_factory=dict)
    opties: list[Optie] = dataclasses.field(default_factory=list)
    relevant: Any = None
    controles: list[Controle] = dataclasses.field(default_factory=list)
    min: float | None = None
    max: float | None = None
    formaat: str = ""
    bron: str = ""
    vragen: list["Vraag"] = dataclasses.field(default_factory=list)   # of a repeat group
    afsluiting: bool = False

    def tekst(self, taal: str | None = None) -> str:
        return tekst_in(self.label, taal)

    def optie_tekst(self, waarde: Any, taal: str | None = None) -> str:
        for optie in self.opties:
            if optie.waarde == waarde:
                return optie.tekst(taal)
        return str(waarde)

    @property
    def optiewaarden(self) -> list[str]:
        return [o.waarde for o in self.opties]


@dataclasses.dataclass
class Sectie:
    id: str
    soort: str                                 # "rondom" | "domein"
    titel: dict[str, str]
    vragen: list[Vraag]
    nummer: int | None = None
    bijzonder: bool = False                    # special-category data (AVG art. 9): health

    def tekst(self, taal: str | None = None) -> str:
        return tekst_in(self.titel, taal)

    @property
    def kop(self) -> str:
        return f"{self.nummer}. {self.tekst()}" if self.nummer else self.tekst()


@dataclasses.dataclass
class Migratiestap:
    soort: str                                 # hernoem | vervalt | opties | samenvoegen
    van: list[str]                             # old paths
    naar: str = ""                             # new path
    map: dict[str, str] = dataclasses.field(default_factory=dict)
    reden: dict[str, str] = dataclasses.field(default_factory=dict)
    pad: str = ""                              # where in the file, for errors


@dataclasses.dataclass
class Definitie:
    formulier: str
    versie: int
    titel: dict[str, str]
    secties: list[Sectie]
    bestand: str = ""
    van_versie: int | None = None
    migratie: list[Migratiestap] = dataclasses.field(default_factory=list)
    regels: Regels = dataclasses.field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._vragen = {v.pad: v for s in self.secties for v in s.vragen}
        self._secties = {s.id: s for s in self.secties}

    @property
    def domeinen(self) -> list[Sectie]:
        return [s for s in self.secties if s.soort == "domein"]

    def sectie(self, sectie_id: str) -> Sectie:
        return self._secties[sectie_id]

    def vraag(self, pad: str) -> Vraag | None:
        return self._vragen.get(pad)

    def vragen(self) -> Iterator[Vraag]:
        yield from self._vragen.values()

    def sectie_van(self, pad: str) -> Sectie:
        return self._secties[pad.split(".", 1)[0]]


# -- building ------------------------------------------------------------------------------------------------------
def _vraag(data: dict, pad_in_bestand: str, sectie_id: str, groep: str = "", afsluiting: bool = False) -> Vraag:
    pad = f"{sectie_id}.{groep + '.' if groep else ''}{data['id']}"
    vraag = Vraag(id=data["id"], type=data["type"], label=data["label"], pad=pad,
                  verplicht=data.get("verplicht", False), hulp=data.get("hulp", {}),
                  opties=[Optie(o["waarde"], o["label"]) for o in data.get("opties", [])],
                  relevant=data.get("relevant"),
                  controles=[Controle(c["regel"], c["melding"]) for c in data.get("controles", [])],
                  min=data.get("min"), max=data.get("max"), formaat=data.get("formaat", ""),
                  bron=data.get("bron", ""), afsluiting=afsluiting)
    vraag.vragen = [_vraag(sub, f"{pad_in_bestand}.vragen[{i}]", sectie_id, data["id"])
                    for i, sub in enumerate(data.get("vragen", []))]
    vraag._bestandspad = pad_in_bestand   # for errors found after building
    return vraag


def bouw_definitie(data: dict, bestand: str, regels: Regels | None = None) -> Definitie:
    """Build the Definitie from `data` (parsed, and already checked against the JSON schema). Raises
    DefinitionError."""
    regels = regels or {}

    def fout(pad: str, wat: str, verwacht: str):
        raise DefinitionError(bestand, pad, wat, verwacht, regel_van(regels, pad))

    afsluiting = data.get("afsluiting", [])
    secties: list[Sectie] = []
    gezien_secties: set[str] = set()
    for s_i, s in enumerate(data["secties"]):
        s_pad = f"secties[{s_i}]"
        if s["id"] in gezien_secties:
            fout(f"{s_pad}.id", f"de sectie '{s['id']}' komt twee keer voor", "een unieke id per sectie")
        gezien_secties.add(s["id"])
        if s["soort"] == "domein" and "nummer" not in s:
            fout(s_pad, "een levensdomein zonder nummer", "een veld 'nummer' (1-14)")
        vragen = [_vraag(v, f"{s_pad}.vragen[{i}]", s["id"]) for i, v in enumerate(s["vragen"])]
        if s["soort"] == "domein":
            vragen += [_vraag(v, f"afsluiting[{i}]", s["id"], afsluiting=True) for i, v in enumerate(afsluiting)]
        gezien: dict[str, str] = {}
        for vraag in vragen:
            if vraag.id in gezien:
                fout(f"{vraag._bestandspad}.id", f"de vraag-id '{vraag.id}' komt twee keer voor in sectie "
                     f"'{s['id']}' (ook op {gezien[vraag.id]})", "een unieke id per sectie")
            gezien[vraag.id] = vraag._bestandspad
            _controleer_vorm(vraag, fout)
        secties.append(Sectie(id=s["id"], soort=s["soort"], titel=s["titel"], vragen=vragen, nummer=s.get("nummer"),
                              bijzonder=s.get("bijzonder", False)))
    nummers = [s.nummer for s in secties if s.soort == "domein"]
    if nummers != sorted(nummers) or len(set(nummers)) != len(nummers):
        fout("secties", f"de levensdomeinen staan niet op volgorde of een nummer komt dubbel voor ({nummers})",
             "oplopende, unieke nummers in de volgorde van DOMAIN.md")
    migratie = data.get("migratie") or {}
    definitie = Definitie(formulier=data["formulier"], versie=data["versie"], titel=data["titel"], secties=secties,
                          bestand=bestand, van_versie=migratie.get("van_versie"), regels=regels,
                          migratie=[_stap(st, f"migratie.stappen[{i}]")
                                    for i, st in enumerate(migratie.get("stappen", []))])
    for stap in definitie.migratie:
        nodig = {"hernoem": ("van", "naar"), "vervalt": ("van",), "opties": ("van", "map"),
                 "samenvoegen": ("van", "naar")}[stap.soort]
        for veld in nodig:
            if not getattr(stap, veld) or stap.van == [None]:
                fout(stap.pad, f"een stap '{stap.soort}' zonder '{veld if stap.van != [None] else 'van'}'",
                     "velden " + " en ".join("'vraag' of 'van'" if v == "van" else f"'{v}'" for v in nodig))
        if stap.soort == "samenvoegen" and len(stap.van) < 2:
            fout(f"{stap.pad}.van", "samenvoegen met minder dan twee vragen", "een lijst van ten minste twee vragen")
    if migratie and not definitie.migratie:
        fout("migratie.stappen", "een migratie zonder stappen", "ten minste één stap")
    if definitie.van_versie is not None and definitie.van_versie >= definitie.versie:
        fout("migratie.van_versie", f"migratie van versie {definitie.van_versie} naar versie {definitie.versie}",
             "een eerdere versie dan deze")
    _controleer_verwijzingen(definitie, fout)
    for stap in definitie.migratie:
        if stap.naar and _vind(definitie, stap.naar) is None:
            fout(f"{stap.pad}.naar", f"de vraag '{stap.naar}' bestaat niet in versie {definitie.versie}",
                 "een bestaande vraag als 'sectie.vraag'")
        if stap.soort == "opties":
            nieuw = _vind(definitie, stap.van[0])
            for oud, waarde in stap.map.items():
                if nieuw is not None and waarde not in nieuw.optiewaarden:
                    fout(f"{stap.pad}.map.{oud}", f"de optie '{waarde}' bestaat niet bij '{stap.van[0]}' in versie "
                         f"{definitie.versie}", "een van " + ", ".join(nieuw.optiewaarden))
    return definitie


def _stap(data: dict, pad: str) -> Migratiestap:
    van = data.get("van", data.get("vraag"))
    return Migratiestap(soort=data["soort"], van=van if isinstance(van, list) else [van], naar=data.get("naar", ""),
                        map=data.get("map", {}), reden=data.get("reden", {}), pad=pad)


def _controleer_vorm(vraag: Vraag, fout) -> None:
    p = vraag._bestandspad
    if vraag.type in MET_OPTIES:
        if not vraag.opties:
            fout(p, f"de keuzevraag '{vraag.id}' heeft geen opties", "een lijst 'opties' met ten minste één optie")
        waarden = vraag.optiewaarden
        dubbel = {w for w in waarden if waarden.count(w) > 1}
        if dubbel:
            fout(f"{p}.opties", f"de optie '{sorted(dubbel)[0]}' komt twee keer voor", "unieke optiewaarden")
    elif vraag.opties:
        fout(f"{p}.opties", f"een vraag van type '{vraag.type}' heeft geen opties", "alleen bij keuze of meerkeuze")
    if vraag.type == "herhaling" and not vraag.vragen:
        fout(p, f"de herhaalgroep '{vraag.id}' heeft geen vragen", "een lijst 'vragen' per rij")
    if vraag.type != "herhaling" and vraag.vragen:
        fout(f"{p}.vragen", f"alleen een herhaalgroep heeft eigen vragen, dit is een '{vraag.type}'",
             "type 'herhaling', of geen 'vragen'")
    if vraag.type == "info" and not vraag.bron:
        fout(p, f"de info-vraag '{vraag.id}' zegt niet wat ze toont", "een veld 'bron', bijvoorbeeld 'trajectadvies'")
    if vraag.min is not None and vraag.max is not None and vraag.min > vraag.max:
        fout(f"{p}.min", f"min ({vraag.min}) is groter dan max ({vraag.max})", "min ≤ max")
    ids = [v.id for v in vraag.vragen]
    for sub in vraag.vragen:
        if ids.count(sub.id) > 1:
            fout(f"{sub._bestandspad}.id", f"de vraag-id '{sub.id}' komt twee keer voor in de herhaalgroep",
                 "een unieke id per herhaalgroep")
        if sub.type == "herhaling":
            fout(f"{sub._bestandspad}.type", "een herhaalgroep binnen een herhaalgroep", "één niveau herhaling")
        _controleer_vorm(sub, fout)


def _vind(definitie: Definitie, pad: str, groep: Vraag | None = None) -> Vraag | None:
    if pad.startswith("rij.") and groep is not None:
        return next((v for v in groep.vragen if v.id == pad[4:]), None)
    return definitie.vraag(pad)


def _controleer_verwijzingen(definitie: Definitie, fout) -> None:
    """Every var in relevant/controles names an existing question; every compared literal an existing option."""

    def expressie(expr: Any, pad: str, groep: Vraag | None) -> None:
        try:
            gelezen = logica.controleer(expr)
        except logica.LogicaFout as f:
            fout(pad + f.pad, f.melding, f.verwacht)
        for var in gelezen:
            if var in VASTE_VARIABELEN:
                continue
            if var.startswith("rij.") and groep is None:
                fout(pad, f"'{var}' verwijst naar een rij, maar deze vraag staat niet in een herhaalgroep",
                     "'sectie.vraag'")
            if _vind(definitie, var, groep) is None:
                fout(pad, f"onbekende vraag '{var}'", "een bestaande vraag als 'sectie.vraag'"
                     + (" of 'rij.vraag'" if groep else ""))
        for var, letterlijk in logica.vergelijkingen(expr):
            if var in VASTE_VARIABELEN:
                continue
            doel = _vind(definitie, var, groep)
            if doel is None:
                continue
            if doel.type == "janee":
                fout(pad, f"'{var}' is een ja/nee-vraag en wordt vergeleken met de tekst '{letterlijk}'",
                     "true of false")
            if doel.type in MET_OPTIES and letterlijk not in doel.optiewaarden:
                fout(pad, f"'{var}' heeft geen optie '{letterlijk}'", "een van " + ", ".join(doel.optiewaarden))

    for sectie in definitie.secties:
        for vraag in sectie.vragen:
            for v, groep in [(vraag, None)] + [(sub, vraag) for sub in vraag.vragen]:
                if v.relevant is not None:
                    expressie(v.relevant, f"{v._bestandspad}.relevant", groep)
                for i, controle in enumerate(v.controles):
                    expressie(controle.regel, f"{v._bestandspad}.controles[{i}].regel", groep)
