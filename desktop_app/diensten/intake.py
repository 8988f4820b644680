"""The brede intake: load (migrating older form versions), autosave one answer with the key dates it determines,
close it. The form definitions come from desktop_app.forms; the last good copy of each is kept in the encrypted store,
so a broken file never stops an intake."""
from __future__ import annotations

import datetime as dt
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any, Iterator

from desktop_app.core.intake import (ENTITY, ENTITY_BIJZONDER, GESPREKKEN, TOETS_AFGENOMEN, Intake,
                                     antwoorden_uit_velden, onbekende_antwoorden, persoon_context)
from desktop_app.core.model import Inburgeraar, Soort, valideer_inburgeraar
from desktop_app.core.trajectadvies import INTAKE_DOMEINEN
from desktop_app.core.validation import Ongeldig
from desktop_app.core.wijzigingen import Wijzigingen
from desktop_app.forms.register import Formulieren, GeenDefinitie, intake_map, laad_map

FORMULIER = "brede_intake"


class _FormulierKopieen(MutableMapping):
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
    kopieen = _FormulierKopieen(store) if store is not None else None
    formulieren = _geladen.get(sleutel) if sleutel else None
    if formulieren is None:
        formulieren = laad_map(map_, kopieen)
        if sleutel and not formulieren.fouten:
            _geladen[sleutel] = formulieren
    elif kopieen is not None:
        for naam, tekst in formulieren.teksten.items():   # keep this store's last good copies up to date too
            if kopieen.get(naam) != tekst:
                kopieen[naam] = tekst
    return formulieren


class Intakes:
    def __init__(self, diensten):
        self.d = diensten
        self.store = diensten.store
        self._formulieren: Formulieren | None = diensten._formulieren

    @property
    def formulieren(self) -> Formulieren:
        if self._formulieren is None:
            self._formulieren = laad_formulieren(self.store)
        return self._formulieren

    # -- reading ---------------------------------------------------------------------------------------------------
    def laad(self, inburgeraar_id: str) -> Intake:
        """The intake in the newest form version; an older answer set is migrated and saved, with what changed."""
        self.d.vereis_dossier("De brede intake")
        vandaag = self.d.vandaag
        gewoon = self.store.get(ENTITY, inburgeraar_id)
        bijzonder = self.store.get(ENTITY_BIJZONDER, inburgeraar_id)
        antwoorden, gearchiveerd, versie, formulier = antwoorden_uit_velden(gewoon, bijzonder)
        formulier = formulier or FORMULIER
        nieuwste = self.formulieren.laatste(formulier)
        persoon = persoon_context(self.store.load(Inburgeraar, inburgeraar_id), vandaag)
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

    def afgesloten_op(self, inburgeraar_id: str) -> str | None:
        return (self.store.get(ENTITY, inburgeraar_id) or {}).get("afgesloten_op")

    def trajectadvies(self, inburgeraar_id: str) -> dict | None:
        """The startklas advice as stored by the startklas service (read-only here)."""
        return self.d.startklas.opgeslagen_advies(inburgeraar_id)

    # -- writing ---------------------------------------------------------------------------------------------------
    def zet(self, intake: Intake, pad: str, waarde: Any) -> Wijzigingen:
        """Set one top-level answer and autosave it; on any refusal (Ongeldig) the intake keeps its previous
        answer and nothing is saved."""
        vorige = intake.antwoorden.get(pad)
        intake.zet(pad, waarde)
        try:
            return self.bewaar(intake, pad)
        except Ongeldig:
            _zet_terug(intake, pad, vorige)
            raise

    def zet_rij(self, intake: Intake, pad: str, index: int, sub_id: str, waarde: Any) -> Wijzigingen:
        """Set one answer in row `index` of a repeat group and autosave the group, or refuse (nothing changes)."""
        vorige = intake.antwoorden.get(pad)
        intake.zet_rij(pad, index, sub_id, waarde)
        try:
            return self.bewaar(intake, pad)
        except Ongeldig:
            _zet_terug(intake, pad, vorige)
            raise

    def bewaar(self, intake: Intake, pad: str) -> Wijzigingen:
        """Autosave one answer as it stands on `intake` (after a row was added or removed, or an undo), plus the key
        dates it determines, in one transaction. Raises Ongeldig when a key date would be impossible."""
        ib_id = intake.inburgeraar_id
        entity, fields = intake.veld_wijziging(pad)
        ib_velden = self._sleuteldatums(intake, pad)
        fields = {**intake.meta(), **fields}   # unchanged meta fields cost nothing: put writes only what changed
        records = set()
        with self.store.transaction() as conn:
            if self.store.put(entity, ib_id, fields, reason="brede intake", conn=conn):
                records.add((entity, ib_id))
            if ib_velden and self.store.put(Soort.INBURGERAAR, ib_id, ib_velden, reason="uit de brede intake",
                                            conn=conn):
                records.add((Soort.INBURGERAAR, ib_id))
        wijzigingen = Wijzigingen.van(records, [ib_id])
        if records and pad.split(".")[0] in INTAKE_DOMEINEN:   # the startklas advice reads these answers
            wijzigingen |= self.d.startklas.werk_adviezen_bij(ib_id)
        return wijzigingen

    def bewaar_alles(self, intake: Intake, reden: str = "brede intake") -> Wijzigingen:
        return self._bewaar_alles(intake, self.store.get(ENTITY, intake.inburgeraar_id),
                                  self.store.get(ENTITY_BIJZONDER, intake.inburgeraar_id), reden)

    def _bewaar_alles(self, intake: Intake, gewoon: dict | None, bijzonder: dict | None, reden: str) -> Wijzigingen:
        velden = intake.velden({ENTITY: gewoon, ENTITY_BIJZONDER: bijzonder})
        records = set()
        with self.store.transaction() as conn:
            for entity, fields in velden.items():
                if entity == ENTITY_BIJZONDER and bijzonder is None and len(fields) <= 4 and not fields["gearchiveerd"]:
                    continue   # no health answers: no record
                if self.store.put(entity, intake.inburgeraar_id, fields, reason=reden, conn=conn):
                    records.add((entity, intake.inburgeraar_id))
        return Wijzigingen.van(records, [intake.inburgeraar_id])

    def sluit_af(self, intake: Intake, op: dt.date | None = None) -> Wijzigingen:
        """Close the intake (on `op`, default today), only when the completion check finds nothing missing: then
        nothing is written and the result is empty."""
        if intake.ontbrekend():
            return Wijzigingen()
        datum = (op or intake.vandaag).isoformat()
        self.store.put(ENTITY, intake.inburgeraar_id, {**intake.meta(), "afgesloten_op": datum},
                       reason="brede intake afgesloten")
        return Wijzigingen.van([(ENTITY, intake.inburgeraar_id)], [intake.inburgeraar_id])

    def migratie_gelezen(self, intake: Intake) -> Wijzigingen:
        """The consultant has seen what the new form version changed: stop showing it (the audit keeps it)."""
        intake.wijzigingen = []
        self.store.put(ENTITY, intake.inburgeraar_id, {"migratie": []}, reason="melding formulierversie gelezen")
        return Wijzigingen.van([(ENTITY, intake.inburgeraar_id)], [intake.inburgeraar_id])

    def _sleuteldatums(self, intake: Intake, pad: str) -> dict[str, Any]:
        """Inburgeraar.intake_start (first time only) and .leerbaarheidstoets follow from the intake; checked with
        the same rules as the person's own form."""
        if pad not in (GESPREKKEN, TOETS_AFGENOMEN):
            return {}
        ib = self.store.load(Inburgeraar, intake.inburgeraar_id)
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
            fouten = [f for f in valideer_inburgeraar(ib, intake.vandaag) if f.sleutel in velden]
            if fouten:
                raise fouten[0]
        return velden


def _zet_terug(intake: Intake, pad: str, waarde: Any) -> None:
    if waarde is None:
        intake.antwoorden.pop(pad, None)
    else:
        intake.antwoorden[pad] = waarde
