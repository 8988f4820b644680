"""The brede intake of one inburgeraar: answers, relevance, validation, progress per domain, completion and summary.

Pure: the form definition comes in as an object (core.formulier), the stored fields as dicts. Storage layout (other
parts rely on it):
- entity "intake", record id = inburgeraar id: `inburgeraar_id`, `form_id`, `form_version`, `gearchiveerd` (list),
  `migratie` (what changed when it was last migrated), and one field per answer named "sectie.vraag";
- entity "intake_bijzonder", same id and meta fields, holds the answers of the health domains (special-category data,
  AVG art. 9), so sync and exports can withhold them by entity.
A repeat group's answer is a list of row dicts. A cleared answer is stored as null (a merge cannot remove a field).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from typing import Any

from .dates import leeftijd
from .formulier.definitie import ZRM_STAPPEN, Definitie, Sectie, Vraag, tekst_in
from .formulier.logica import evalueer
from .formulier.migratie import archiefregel
from .model import Inburgeraar, Soort
from .validation import Ongeldig, controleer_bsn, controleer_v_nummer

ENTITY = Soort.INTAKE
ENTITY_BIJZONDER = Soort.INTAKE_BIJZONDER
META_VELDEN = ("inburgeraar_id", "form_id", "form_version", "gearchiveerd", "migratie")
TOETS_UITKOMST = "leerbaarheid.toets_uitkomst"        # read by the observation engine: b1_haalbaar | ...
TOETS_AFGENOMEN = "leerbaarheid.toets_afgenomen"
GESPREKKEN = "gesprekken.gesprekken"
STATUS_LABELS = {"besproken": "besproken", "deels": "deels besproken", "niet_besproken": "niet besproken",
                 "vervolg_nodig": "vervolg nodig"}


def leeg(waarde: Any) -> bool:
    return waarde is None or waarde == "" or waarde == [] or waarde == {}


@dataclasses.dataclass(frozen=True)
class Voortgang:
    beantwoord: int          # required questions answered
    totaal: int              # required questions that apply
    ingevuld: int            # any answers at all in this section
    status: str              # the domain's own status answer, "" when not set
    kleur: str               # leeg | bezig | vervolg | compleet | fout

    @property
    def tekst(self) -> str:
        return f"{self.beantwoord}/{self.totaal}"


@dataclasses.dataclass(frozen=True)
class Ontbrekend:
    sectie: str
    pad: str
    tekst: str               # e.g. "1. Leerbaarheid: Uitkomst leerbaarheidstoets is niet ingevuld"


@dataclasses.dataclass(frozen=True)
class DomeinSamenvatting:
    sectie: Sectie
    zrm: int | None
    status: str
    ondersteuning: str
    pip_voorstel: str
    voortgang: Voortgang


@dataclasses.dataclass(frozen=True)
class Samenvatting:
    domeinen: list[DomeinSamenvatting]
    open_punten: list[str]
    ontbrekend: list[Ontbrekend]
    gearchiveerd: list[dict]

    @property
    def kan_afsluiten(self) -> bool:
        return not self.ontbrekend


def persoon_context(ib: Inburgeraar | None, vandaag: dt.date) -> dict[str, Any]:
    if ib is None:
        return {"leeftijd": None, "doelgroep": None}
    return {"leeftijd": leeftijd(ib.geboortedatum, vandaag) if ib.geboortedatum else None, "doelgroep": ib.doelgroep}


class Intake:
    def __init__(self, definitie: Definitie, inburgeraar_id: str, antwoorden: dict[str, Any] | None = None, *,
                 gearchiveerd: list[dict] | None = None, wijzigingen: list[str] | None = None,
                 persoon: dict[str, Any] | None = None, vandaag: dt.date | None = None):
        self.definitie = definitie
        self.inburgeraar_id = inburgeraar_id
        self.antwoorden: dict[str, Any] = {k: v for k, v in (antwoorden or {}).items() if not leeg(v)}
        self.gearchiveerd = list(gearchiveerd or [])
        self.wijzigingen = list(wijzigingen or [])   # what the last migration changed, for the banner
        self.persoon = persoon or {"leeftijd": None, "doelgroep": None}
        self.vandaag = vandaag or dt.date.today()

    # -- reading ---------------------------------------------------------------------------------------------------
    def waarde(self, pad: str) -> Any:
        return self.antwoorden.get(pad)

    def rijen(self, pad: str) -> list[dict[str, Any]]:
        waarde = self.antwoorden.get(pad)
        return waarde if isinstance(waarde, list) else []

    def context(self, rij: dict | None = None, waarde: Any = None) -> dict[str, Any]:
        data: dict[str, Any] = {s.id: {} for s in self.definitie.secties}
        for pad, w in self.antwoorden.items():
            sectie, _, vraag = pad.partition(".")
            data.setdefault(sectie, {})[vraag] = w
        data.update(persoon=self.persoon, vandaag=self.vandaag.isoformat(), waarde=waarde, rij=rij or {})
        return data

    def relevant(self, vraag: Vraag, rij: dict | None = None, _context: dict | None = None) -> bool:
        if vraag.relevant is None:
            return True
        context = _context if _context is not None else self.context(rij)
        if rij is not None:
            context = {**context, "rij": rij}
        uitkomst = evalueer(vraag.relevant, context)
        return bool(uitkomst) and uitkomst not in ([], "", 0)

    # -- validation ----------------------------------------------------------------------------------------------
    def controleer(self, vraag: Vraag, waarde: Any, rij: dict | None = None) -> Any:
        """The normalised value, or Ongeldig with the reason. Empty values are always allowed (clearing)."""
        if leeg(waarde):
            return None
        label = vraag.tekst()
        t = vraag.type
        if t in ("tekst", "lange_tekst"):
            if not isinstance(waarde, str):
                raise Ongeldig(label, "verwacht tekst.", code="antwoord.tekst")
            waarde = unicodedata.normalize("NFC", waarde.strip() if t == "tekst" else waarde.rstrip())
            if vraag.formaat == "v_nummer":
                waarde = controleer_v_nummer(waarde)
            elif vraag.formaat == "bsn":
                waarde = controleer_bsn(waarde)
        elif t == "getal":
            if isinstance(waarde, str):
                try:
                    waarde = float(waarde.replace(",", "."))
                except ValueError:
                    raise Ongeldig(label, "'{waarde}' is geen getal; vul een getal in.", code="antwoord.geen_getal",
                                   waarde=waarde) from None
            if isinstance(waarde, bool) or not isinstance(waarde, (int, float)) or waarde != waarde:
                raise Ongeldig(label, "verwacht een getal.", code="antwoord.getal")
            if float(waarde).is_integer():
                waarde = int(waarde)
            if vraag.min is not None and waarde < vraag.min or vraag.max is not None and waarde > vraag.max:
                raise Ongeldig(label, "{waarde} kan niet; vul een getal van {van} tot en met {tot} in.",
                               code="antwoord.bereik", waarde=waarde, van=_getal(vraag.min), tot=_getal(vraag.max))
        elif t == "datum":
            try:
                waarde = dt.date.fromisoformat(waarde).isoformat() if isinstance(waarde, str) else waarde.isoformat()
            except (ValueError, AttributeError):
                raise Ongeldig(label, "'{waarde}' is geen datum; schrijf dag-maand-jaar.", code="antwoord.datum",
                               waarde=waarde) from None
        elif t == "janee":
            if not isinstance(waarde, bool):
                raise Ongeldig(label, "kies ja of nee.", code="antwoord.janee")
        elif t == "zrm":
            if isinstance(waarde, bool) or waarde not in ZRM_STAPPEN:
                raise Ongeldig(label, "kies een score van 1 (acuut probleem) tot en met 5 (volledig zelfredzaam).",
                               code="antwoord.zrm")
        elif t == "keuze":
            if waarde not in vraag.optiewaarden:
                raise Ongeldig(label, "'{waarde}' is geen van de keuzes; kies uit {keuzes}.", code="antwoord.keuze",
                               waarde=waarde, keuzes=", ".join(o.tekst() for o in vraag.opties))
        elif t == "meerkeuze":
            if not isinstance(waarde, list) or any(w not in vraag.optiewaarden for w in waarde):
                raise Ongeldig(label, "kies alleen uit {keuzes}.", code="antwoord.meerkeuze",
                               keuzes=", ".join(o.tekst() for o in vraag.opties))
            waarde = [w for w in vraag.optiewaarden if w in waarde]   # definition order, no duplicates
        elif t == "herhaling":
            if not isinstance(waarde, list) or not all(isinstance(r, dict) for r in waarde):
                raise Ongeldig(label, "verwacht een lijst van rijen.", code="antwoord.rijen")
            waarde = [{sub.id: self.controleer(sub, r.get(sub.id), r) for sub in vraag.vragen} for r in waarde]
        elif t == "info":
            raise Ongeldig(label, "dit veld toont alleen gegevens en kan niet ingevuld worden.", code="antwoord.info")
        for controle in vraag.controles:
            context = self.context(rij, waarde)
            if not evalueer(controle.regel, context):
                # the form's own message, in the UI language already (the definition carries nl and en)
                raise Ongeldig(label, tekst_in(controle.melding), code="antwoord.controle")
        return waarde

    # -- writing (the caller stores what `veld_wijziging` returns) -----------------------------------------------
    def zet(self, pad: str, waarde: Any) -> Any:
        """Validate and set a top-level answer. Raises Ongeldig (nothing changes) or returns the stored value."""
        vraag = self._vraag(pad)
        waarde = self.controleer(vraag, waarde)
        if leeg(waarde):
            self.antwoorden.pop(pad, None)
        else:
            self.antwoorden[pad] = waarde
        return waarde

    def zet_rij(self, pad: str, index: int, sub_id: str, waarde: Any) -> Any:
        """Validate and set one answer in row `index` of a repeat group."""
        groep = self._vraag(pad)
        sub = next((v for v in groep.vragen if v.id == sub_id), None)
        if sub is None:
            raise KeyError(f"{pad}.{sub_id}")
        rijen = [dict(r) for r in self.rijen(pad)]
        waarde = self.controleer(sub, waarde, rijen[index])
        rijen[index][sub_id] = waarde
        self.antwoorden[pad] = rijen
        return waarde

    def voeg_rij_toe(self, pad: str) -> int:
        groep = self._vraag(pad)
        self.antwoorden[pad] = [dict(r) for r in self.rijen(pad)] + [{v.id: None for v in groep.vragen}]
        return len(self.antwoorden[pad]) - 1

    def verwijder_rij(self, pad: str, index: int) -> None:
        rijen = [dict(r) for r in self.rijen(pad)]
        del rijen[index]
        if rijen:
            self.antwoorden[pad] = rijen
        else:
            self.antwoorden.pop(pad, None)

    def _vraag(self, pad: str) -> Vraag:
        vraag = self.definitie.vraag(pad)
        if vraag is None:
            raise KeyError(pad)
        return vraag

    # -- storage ----------------------------------------------------------------------------------------------
    def is_bijzonder(self, pad: str) -> bool:
        sectie = pad.split(".", 1)[0]
        return any(s.id == sectie and s.bijzonder for s in self.definitie.secties)

    def entity_van(self, pad: str) -> str:
        return ENTITY_BIJZONDER if self.is_bijzonder(pad) else ENTITY

    def veld_wijziging(self, pad: str) -> tuple[str, dict[str, Any]]:
        """(entity, fields) to put for one changed answer."""
        return self.entity_van(pad), {pad: self.antwoorden.get(pad)}

    def meta(self) -> dict[str, Any]:
        return {"inburgeraar_id": self.inburgeraar_id, "form_id": self.definitie.formulier,
                "form_version": self.definitie.versie}

    def velden(self, vorige: dict[str, dict] | None = None) -> dict[str, dict[str, Any]]:
        """All fields per entity. Keys that `vorige` (the stored records) has but the intake no longer does are
        written as null, so the stored record matches."""
        uit: dict[str, dict[str, Any]] = {ENTITY: {**self.meta(), "migratie": self.wijzigingen},
                                          ENTITY_BIJZONDER: dict(self.meta())}
        for entity, oud in (vorige or {}).items():
            for pad in oud or {}:
                if pad not in META_VELDEN and "." in pad and entity in uit:
                    uit[entity][pad] = None
        for pad, waarde in self.antwoorden.items():
            uit[self.entity_van(pad)][pad] = waarde
        for entity in uit:
            uit[entity]["gearchiveerd"] = [a for a in self.gearchiveerd
                                           if (self.entity_van(a["vraag"]) == entity)]
        return uit

    # -- progress, completeness, summary ------------------------------------------------------------------
    def _verplicht_open(self, sectie: Sectie, context: dict) -> tuple[int, list[tuple[str, str]]]:
        """(number of required items that apply, [(path, text) of those missing])."""
        totaal, open_ = 0, []
        for vraag in sectie.vragen:
            if not self.relevant(vraag, _context=context):
                continue
            if vraag.verplicht:
                totaal += 1
                if leeg(self.antwoorden.get(vraag.pad)):
                    open_.append((vraag.pad, f"{vraag.tekst()} is niet ingevuld" if vraag.type != "herhaling"
                                  else f"{vraag.tekst()}: voeg ten minste één rij toe"))
            if vraag.type == "herhaling":
                for i, rij in enumerate(self.rijen(vraag.pad), 1):
                    for sub in vraag.vragen:
                        if sub.verplicht and self.relevant(sub, rij, _context=context):
                            totaal += 1
                            if leeg(rij.get(sub.id)):
                                open_.append((vraag.pad, f"{vraag.tekst()} {i}: {sub.tekst()} is niet ingevuld"))
        return totaal, open_

    def fouten(self, sectie: Sectie | None = None) -> dict[str, str]:
        """Stored answers that do not pass validation (e.g. after sync or migration): path → reason."""
        uit = {}
        for vraag in (sectie.vragen if sectie else self.definitie.vragen()):
            waarde = self.antwoorden.get(vraag.pad)
            if leeg(waarde):
                continue
            try:
                self.controleer(vraag, waarde)
            except Ongeldig as fout:
                uit[vraag.pad] = fout.melding
        return uit

    def voortgang(self, sectie_id: str, _context: dict | None = None) -> Voortgang:
        sectie = self.definitie.sectie(sectie_id)
        context = _context or self.context()
        totaal, open_ = self._verplicht_open(sectie, context)
        ingevuld = sum(1 for v in sectie.vragen if not leeg(self.antwoorden.get(v.pad)))
        status = self.antwoorden.get(f"{sectie_id}.status") or ""
        if self.fouten(sectie):
            kleur = "fout"
        elif not ingevuld:
            kleur = "leeg"
        elif open_ or status == "niet_besproken":
            kleur = "bezig"
        elif status in ("vervolg_nodig", "deels"):
            kleur = "vervolg"
        else:
            kleur = "compleet"
        return Voortgang(totaal - len(open_), totaal, ingevuld, status, kleur)

    def ontbrekend(self) -> list[Ontbrekend]:
        """Exactly what stands between this intake and closing it, in form order."""
        context = self.context()
        uit: list[Ontbrekend] = []
        fouten = self.fouten()
        for sectie in self.definitie.secties:
            _, open_ = self._verplicht_open(sectie, context)
            uit += [Ontbrekend(sectie.id, pad, f"{sectie.kop}: {tekst}") for pad, tekst in open_]
            if self.antwoorden.get(f"{sectie.id}.status") == "niet_besproken":
                uit.append(Ontbrekend(sectie.id, f"{sectie.id}.status", f"{sectie.kop}: het domein is niet besproken"))
            uit += [Ontbrekend(sectie.id, pad, f"{sectie.kop}: {self.definitie.vraag(pad).tekst()}: {reden}")
                    for pad, reden in fouten.items() if pad.startswith(sectie.id + ".")]
        return uit

    def samenvatting(self) -> Samenvatting:
        context = self.context()
        domeinen, open_punten = [], []
        for sectie in self.definitie.domeinen:
            v = self.voortgang(sectie.id, context)
            zrm = self.antwoorden.get(f"{sectie.id}.zrm")
            domeinen.append(DomeinSamenvatting(sectie, zrm, v.status, self.antwoorden.get(f"{sectie.id}.ondersteuning")
                                               or "", self.antwoorden.get(f"{sectie.id}.pip_voorstel") or "", v))
            if v.status == "vervolg_nodig":
                open_punten.append(f"{sectie.kop}: vervolg nodig")
            elif v.status == "deels":
                open_punten.append(f"{sectie.kop}: deels besproken")
            if zrm in (1, 2):
                open_punten.append(f"{sectie.kop}: {ZRM_STAPPEN[zrm]} (ZRM {zrm})")
        ontbrekend = self.ontbrekend()
        open_punten = [o.tekst for o in ontbrekend] + open_punten
        if self.gearchiveerd:
            open_punten.append(f"{len(self.gearchiveerd)} gearchiveerde antwoord(en) uit een eerdere versie van het "
                               "formulier: bekijk of ze opnieuw ingevuld moeten worden")
        return Samenvatting(domeinen, open_punten, ontbrekend, list(self.gearchiveerd))

    # -- key dates --------------------------------------------------------------------------------------------
    def startdatum(self) -> dt.date | None:
        """The brede intake starts with its first conversation."""
        datums = [r.get("datum") for r in self.rijen(GESPREKKEN) if r.get("datum")]
        return dt.date.fromisoformat(min(datums)) if datums else None

    def toets_afgenomen(self) -> dt.date | None:
        waarde = self.antwoorden.get(TOETS_AFGENOMEN)
        return dt.date.fromisoformat(waarde) if waarde else None


def _getal(x: float | None) -> str:
    if x is None:
        return "…"
    return str(int(x)) if float(x).is_integer() else str(x)


def antwoorden_uit_velden(*records: dict | None) -> tuple[dict[str, Any], list[dict], int | None, str | None]:
    """(answers, archived, form_version, form_id) from the stored "intake" and "intake_bijzonder" records."""
    antwoorden: dict[str, Any] = {}
    gearchiveerd: list[dict] = []
    versie = formulier = None
    for velden in records:
        if not velden:
            continue
        versie = versie or velden.get("form_version")
        formulier = formulier or velden.get("form_id")
        gearchiveerd += velden.get("gearchiveerd") or []
        antwoorden.update({k: v for k, v in velden.items() if k not in META_VELDEN and "." in k and not leeg(v)})
    return antwoorden, gearchiveerd, versie, formulier


def onbekende_antwoorden(definitie: Definitie, antwoorden: dict[str, Any]) -> list[dict]:
    """Answers whose question this version does not have (e.g. arrived by sync from an older device): archive them,
    never drop them."""
    return [archiefregel(definitie, pad, waarde, f"vraag onbekend in versie {definitie.versie}")
            for pad, waarde in antwoorden.items() if definitie.vraag(pad) is None]
