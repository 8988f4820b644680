"""Moving an answer set from one version of a form to the next, following the migration the new version declares.

Nothing is silently dropped: an answer whose question was removed, or whose option has no counterpart, goes to the
"gearchiveerde antwoorden" (readable, with the old label and the reason). Every step is described in Dutch, so the
consultant sees what changed when an older intake is opened.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from .definitie import MET_OPTIES, Definitie, Vraag


@dataclasses.dataclass
class MigratieResultaat:
    antwoorden: dict[str, Any]
    gearchiveerd: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    wijzigingen: list[str] = dataclasses.field(default_factory=list)


def _leeg(waarde: Any) -> bool:
    return waarde is None or waarde == "" or waarde == []


def _label(definitie: Definitie, pad: str) -> str:
    vraag = definitie.vraag(pad)
    return f"{definitie.sectie_van(pad).tekst()}: {vraag.tekst()}" if vraag else pad


def archiefregel(oud: Definitie, pad: str, waarde: Any, reden: str) -> dict[str, Any]:
    vraag = oud.vraag(pad)
    if vraag is not None and vraag.type in MET_OPTIES:
        tekst = (", ".join(vraag.optie_tekst(w) for w in waarde) if isinstance(waarde, list)
                 else vraag.optie_tekst(waarde))
    else:
        tekst = waarde if isinstance(waarde, str) else None
    return {"vraag": pad, "label": _label(oud, pad), "waarde": waarde, "weergave": tekst,
            "versie": oud.versie, "reden": reden}


def _past(vraag: Vraag, waarde: Any) -> bool:
    """Does an answer fit the new question's options? (Other types keep their value.)"""
    if vraag.type == "keuze":
        return waarde in vraag.optiewaarden
    if vraag.type == "meerkeuze":
        return isinstance(waarde, list) and all(w in vraag.optiewaarden for w in waarde)
    return True


def migreer_stap(antwoorden: dict[str, Any], oud: Definitie, nieuw: Definitie) -> MigratieResultaat:
    """Apply `nieuw.migratie` (declared from `oud.versie`) to answers of version `oud`."""
    uit = MigratieResultaat(dict(antwoorden))
    a = uit.antwoorden
    naar_versie = f"versie {nieuw.versie}"
    for stap in nieuw.migratie:
        bron = stap.van[0]
        if stap.soort == "hernoem":
            if bron in a:
                a[stap.naar] = a.pop(bron)
                oud_label, nieuw_label = _label(oud, bron), _label(nieuw, stap.naar)
                uit.wijzigingen.append((f"'{oud_label}' heet nu '{nieuw_label}'" if oud_label != nieuw_label else
                                        f"'{nieuw_label}' is omgezet naar versie {nieuw.versie}")
                                       + "; het antwoord is meegenomen.")
        elif stap.soort == "vervalt":
            if bron in a:
                waarde = a.pop(bron)
                if not _leeg(waarde):
                    reden = stap.reden.get("nl") or f"vraag vervallen in {naar_versie}"
                    uit.gearchiveerd.append(archiefregel(oud, bron, waarde, reden))
                    uit.wijzigingen.append(f"'{_label(oud, bron)}' is vervallen; het antwoord staat onder "
                                           "gearchiveerde antwoorden.")
        elif stap.soort == "opties":
            if bron in a and not _leeg(a[bron]):
                waarde = a[bron]
                lijst = waarde if isinstance(waarde, list) else [waarde]
                nieuwe = [stap.map.get(w, w) for w in lijst]
                vraag = nieuw.vraag(bron)
                niet = [w for w, n in zip(lijst, nieuwe) if vraag is not None and n not in vraag.optiewaarden]
                gehouden = [n for n in nieuwe if vraag is None or n in vraag.optiewaarden]
                if niet:
                    uit.gearchiveerd.append(archiefregel(oud, bron, waarde, f"optie bestaat niet meer in "
                                                         f"{naar_versie}; kies opnieuw"))
                if isinstance(waarde, list):
                    a[bron] = list(dict.fromkeys(gehouden))
                elif gehouden:
                    a[bron] = gehouden[0]
                else:
                    del a[bron]
                if nieuwe != lijst or niet:
                    uit.wijzigingen.append(f"De keuzes bij '{_label(nieuw, bron)}' zijn veranderd; het antwoord is "
                                           "omgezet" + (" (een deel moet opnieuw gekozen worden)." if niet else "."))
        elif stap.soort == "samenvoegen":
            delen = [(p, a.pop(p)) for p in stap.van if p in a]
            teksten = [f"{oud.vraag(p).tekst() if oud.vraag(p) else p}: {w}" for p, w in delen if not _leeg(w)]
            if teksten:
                bestaand = a.get(stap.naar)
                a[stap.naar] = "\n".join(([bestaand] if not _leeg(bestaand) else []) + teksten)
                uit.wijzigingen.append(f"{', '.join(repr(_label(oud, p)) for p, _ in delen)} zijn samengevoegd tot "
                                       f"'{_label(nieuw, stap.naar)}'.")
    # Whatever the declared steps did not cover: answers to questions the new version lacks, values it cannot hold.
    for pad in list(a):
        vraag = nieuw.vraag(pad)
        if vraag is None:
            waarde = a.pop(pad)
            if not _leeg(waarde):
                uit.gearchiveerd.append(archiefregel(oud, pad, waarde, f"vraag bestaat niet meer in {naar_versie}"))
                uit.wijzigingen.append(f"'{_label(oud, pad)}' bestaat niet meer; het antwoord staat onder "
                                       "gearchiveerde antwoorden.")
        elif not _leeg(a[pad]) and not _past(vraag, a[pad]):
            uit.gearchiveerd.append(archiefregel(oud, pad, a.pop(pad), f"antwoord past niet bij {naar_versie}; "
                                                 "kies opnieuw"))
    return uit


def controleer_migratie(oud: Definitie, nieuw: Definitie) -> list[tuple[str, str, str]]:
    """What in `nieuw.migratie` refers to something `oud` does not have: (path in file, what, expected)."""
    fouten = []
    for stap in nieuw.migratie:
        for i, pad in enumerate(stap.van):
            vraag = oud.vraag(pad)
            if vraag is None:
                fouten.append((f"{stap.pad}.van" + (f"[{i}]" if len(stap.van) > 1 else ""),
                               f"de vraag '{pad}' bestaat niet in versie {oud.versie}",
                               f"een vraag uit versie {oud.versie} als 'sectie.vraag'"))
            elif stap.soort == "opties":
                for optie in stap.map:
                    if optie not in vraag.optiewaarden:
                        fouten.append((f"{stap.pad}.map.{optie}", f"'{pad}' had in versie {oud.versie} geen optie "
                                       f"'{optie}'", "een van " + ", ".join(vraag.optiewaarden)))
    return fouten
