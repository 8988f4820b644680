"""The intake's answers in the store: load (migrating older versions), autosave one answer, the key dates that follow.

Qt-free, so the CLI and tests use it as the GUI does. Every write goes through `store.put` (audit + sync outbox).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any, Iterator

from desktop_app.core.intake import (ENTITY, ENTITY_BIJZONDER, GESPREKKEN, TOETS_AFGENOMEN, Intake,
                                     antwoorden_uit_velden, onbekende_antwoorden, persoon_context)
from desktop_app.core.model import Inburgeraar, valideer_inburgeraar
from desktop_app.core.pip import ConceptPIP, maak_concept_pip
from desktop_app.core.validation import Ongeldig

from .register import Formulieren, GeenDefinitie, intake_map, laad_map

FORMULIER = "brede_intake"
TRAJECTADVIES = "trajectadvies"


class GeenToegang(PermissionError):
    pass


class MetaCache(MutableMapping):
    """The last good text of each definition file, kept in the (encrypted) store's meta table."""

    def __init__(self, store):
        self.store = store

    def __getitem__(self, naam: str) -> str:
        waarde = self.store.get_meta(f"formcache:{naam}")
        if waarde is None:
            raise KeyError(naam)
        return waarde

    def __setitem__(self, naam: str, tekst: str) -> None:
        self.store.set_meta(f"formcache:{naam}", tekst)

    def __delitem__(self, naam: str) -> None:
        raise KeyError(naam)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_geladen: dict[tuple, Formulieren] = {}


def laad_formulieren(store=None, map_: Path | None = None) -> Formulieren:
    """Load the definitions; with a store, a broken file falls back to the last good copy kept in the store.
    A folder that loaded cleanly is remembered per process (by file names, sizes and times): opening the next
    inburgeraar costs no parsing."""
    map_ = Path(map_) if map_ else intake_map()
    try:
        bestanden = sorted(map_.glob("*.json"))
        sleutel = (str(map_), tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in bestanden))
    except OSError:
        sleutel = None
    cache = MetaCache(store) if store is not None else None
    formulieren = _geladen.get(sleutel) if sleutel else None
    if formulieren is None:
        formulieren = laad_map(map_, cache)
        if sleutel and not formulieren.fouten:
            _geladen[sleutel] = formulieren
    elif cache is not None:
        for naam, tekst in formulieren.teksten.items():   # keep this store's last good copies up to date too
            if cache.get(naam) != tekst:
                cache[naam] = tekst
    return formulieren


class IntakeOpslag:
    def __init__(self, store, formulieren: Formulieren | None = None):
        if store.role == "docent":
            raise GeenToegang("De brede intake staat niet op een docent-installatie: die gegevens zijn alleen voor de "
                              "klantmanager.")
        self.store = store
        self.formulieren = formulieren or laad_formulieren(store)

    def inburgeraar(self, inburgeraar_id: str) -> Inburgeraar | None:
        return self.store.load(Inburgeraar, inburgeraar_id)

    def laad(self, inburgeraar_id: str, vandaag: dt.date | None = None) -> Intake:
        """The intake in the newest form version; an older answer set is migrated and saved, with what changed."""
        vandaag = vandaag or dt.date.today()
        gewoon = self.store.get(ENTITY, inburgeraar_id)
        bijzonder = self.store.get(ENTITY_BIJZONDER, inburgeraar_id)
        antwoorden, gearchiveerd, versie, formulier = antwoorden_uit_velden(gewoon, bijzonder)
        formulier = formulier or FORMULIER
        nieuwste = self.formulieren.laatste(formulier)
        persoon = persoon_context(self.inburgeraar(inburgeraar_id), vandaag)
        if versie is None or versie == nieuwste.versie:
            extra = onbekende_antwoorden(nieuwste, antwoorden)
            antwoorden = {k: v for k, v in antwoorden.items() if nieuwste.vraag(k) is not None}
            intake = Intake(nieuwste, inburgeraar_id, antwoorden, gearchiveerd=gearchiveerd + extra,
                            wijzigingen=(gewoon or {}).get("migratie") or [], persoon=persoon, vandaag=vandaag)
            if extra:
                self._bewaar_alles(intake, gewoon, bijzonder, "onbekende antwoorden gearchiveerd")
            return intake
        if versie > nieuwste.versie:
            raise GeenDefinitie(f"Deze intake is ingevuld met versie {versie} van het formulier; deze computer kent "
                                f"tot en met versie {nieuwste.versie}. Werk Koers bij om haar te openen.")
        resultaat = self.formulieren.migreer(antwoorden, formulier, versie, nieuwste.versie)
        intake = Intake(nieuwste, inburgeraar_id, resultaat.antwoorden,
                        gearchiveerd=gearchiveerd + resultaat.gearchiveerd,
                        wijzigingen=[f"Omgezet van versie {versie} naar versie {nieuwste.versie}:"]
                        + resultaat.wijzigingen, persoon=persoon, vandaag=vandaag)
        self._bewaar_alles(intake, gewoon, bijzonder, f"formulier omgezet van versie {versie} naar {nieuwste.versie}")
        return intake

    def _bewaar_alles(self, intake: Intake, gewoon: dict | None, bijzonder: dict | None, reden: str) -> None:
        velden = intake.velden({ENTITY: gewoon, ENTITY_BIJZONDER: bijzonder})
        with self.store.transaction() as conn:
            for entity, fields in velden.items():
                if entity == ENTITY_BIJZONDER and bijzonder is None and len(fields) <= 4 and not fields["gearchiveerd"]:
                    continue   # no health answers: no record
                self.store.put(entity, intake.inburgeraar_id, fields, reason=reden, conn=conn)

    def bewaar_alles(self, intake: Intake, reden: str = "brede intake") -> None:
        self._bewaar_alles(intake, self.store.get(ENTITY, intake.inburgeraar_id),
                           self.store.get(ENTITY_BIJZONDER, intake.inburgeraar_id), reden)

    def bewaar_antwoord(self, intake: Intake, pad: str) -> dict[str, Any]:
        """Autosave one answer (already set on `intake`), plus the key dates it determines, in one transaction.
        Raises Ongeldig when a key date would be impossible (the caller restores the old answer)."""
        entity, fields = intake.veld_wijziging(pad)
        ib_velden = self._sleuteldatums(intake, pad)
        fields = {**intake.meta(), **fields}   # unchanged meta fields cost nothing: put writes only what changed
        with self.store.transaction() as conn:
            changed = self.store.put(entity, intake.inburgeraar_id, fields, reason="brede intake", conn=conn)
            if ib_velden:
                self.store.put(Inburgeraar.ENTITY, intake.inburgeraar_id, ib_velden,
                               reason="uit de brede intake", conn=conn)
        return changed

    def _sleuteldatums(self, intake: Intake, pad: str) -> dict[str, Any]:
        """Inburgeraar.intake_start (first time only) and .leerbaarheidstoets follow from the intake; checked with
        the same rules as the person's own form."""
        if pad not in (GESPREKKEN, TOETS_AFGENOMEN):
            return {}
        ib = self.inburgeraar(intake.inburgeraar_id)
        if ib is None:
            return {}
        velden: dict[str, Any] = {}
        if pad == GESPREKKEN and ib.intake_start is None and intake.startdatum():
            ib.intake_start = intake.startdatum()
            velden["intake_start"] = ib.intake_start.isoformat()
        if pad == TOETS_AFGENOMEN and ib.leerbaarheidstoets != intake.toets_afgenomen():
            ib.leerbaarheidstoets = intake.toets_afgenomen()
            velden["leerbaarheidstoets"] = ib.leerbaarheidstoets and ib.leerbaarheidstoets.isoformat()
        if velden:
            labels = {"intake_start": "Start brede intake", "leerbaarheidstoets": "Leerbaarheidstoets"}
            fouten = [f for f in valideer_inburgeraar(ib, intake.vandaag)
                      if any(f.veld.startswith(labels[v]) for v in velden)]
            if fouten:
                raise fouten[0]
        return velden

    def sluit_af(self, intake: Intake, op: dt.date | None = None) -> str | None:
        """Close the intake (on `op`, default its today), only when the completion check finds nothing missing.
        Returns the closing date as stored, or None when something is still missing."""
        if intake.ontbrekend():
            return None
        datum = (op or intake.vandaag).isoformat()
        self.store.put(ENTITY, intake.inburgeraar_id, {**intake.meta(), "afgesloten_op": datum},
                       reason="brede intake afgesloten")
        return datum

    def trajectadvies(self, inburgeraar_id: str) -> dict | None:
        """The startklas advice, stored by the observation engine (read-only here). Record id = inburgeraar id, or
        any record whose `inburgeraar_id` names this person (the last one if there are several)."""
        eigen = self.store.get(TRAJECTADVIES, inburgeraar_id)
        if eigen is not None:
            return eigen
        andere = self.store.all(TRAJECTADVIES, inburgeraar_id=inburgeraar_id)
        return andere[-1][1] if andere else None


def concept_pip_uit_intake(opslag: IntakeOpslag, inburgeraar_id: str, vandaag: dt.date) -> ConceptPIP | None:
    """Draft the concept PIP from the intake and the startklas advice (not saved yet); None: no such person."""
    ib = opslag.inburgeraar(inburgeraar_id)
    if ib is None:
        return None
    intake = opslag.laad(inburgeraar_id, vandaag)
    secties = intake.definitie.secties
    return maak_concept_pip(ib, intake.antwoorden, opslag.trajectadvies(inburgeraar_id), vandaag,
                            opgesteld_door=opslag.store.user,
                            form_versie=f"{intake.definitie.formulier} v{intake.definitie.versie}",
                            domeinlabels={s.id: s.tekst() for s in secties},
                            bijzondere_domeinen=frozenset(s.id for s in secties if s.bijzonder))


def zet_en_bewaar(opslag: IntakeOpslag, intake: Intake, pad: str, waarde: Any) -> Any:
    """Set an answer and autosave it; on any refusal the intake keeps its previous answer."""
    vorige = intake.antwoorden.get(pad)
    nieuw = intake.zet(pad, waarde)
    try:
        opslag.bewaar_antwoord(intake, pad)
    except Ongeldig:
        if vorige is None:
            intake.antwoorden.pop(pad, None)
        else:
            intake.antwoorden[pad] = vorige
        raise
    return nieuw
