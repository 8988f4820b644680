"""Reading and writing the StarterZ-klas through the store: groups, placements, moments, final scores, advice.

Every write goes through `store.put` (audit + sync outbox). A write that consists of several records (a moment with
its scores) is checked completely first and then written in one transaction: refused means nothing saved.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from desktop_app.core.dates import leeftijd
from desktop_app.core.model import Inburgeraar
from desktop_app.core.observatie import (Eindscore, Instrument, Observatie, Observatiemoment, Plaatsing,
                                         StartklasGroep, controleer_moment, controleer_score, controleer_plaatsing, dekking,
                                         eindscore_id, valideer_groep, voorstel_eindscore, waarschuwing_groepsgrootte)
from desktop_app.core.trajectadvies import Advies, bereken_advies, controleer_override, uit_intake
from desktop_app.core.validation import Ongeldig

from .store import Store


class Geweigerd(Ongeldig):
    """One or more reasons why a write was refused; nothing was saved."""

    def __init__(self, fouten: list[Ongeldig]):
        super().__init__(fouten[0].veld, fouten[0].melding)
        self.fouten = fouten

    def __str__(self) -> str:
        return "\n".join(str(f) for f in self.fouten)


def _weiger(fouten: list[Ongeldig]) -> None:
    if fouten:
        raise Geweigerd(fouten)


@lru_cache(maxsize=1)
def instrumenten() -> dict[str, Instrument]:
    from desktop_app.forms.instrument import laad_instrumenten
    return laad_instrumenten()


def instrument_van(groep: StartklasGroep) -> Instrument:
    alle = instrumenten()
    if groep.instrument not in alle:
        raise Ongeldig("Instrument", f"het instrument '{groep.instrument}' van groep '{groep.naam}' is niet "
                                     f"geïnstalleerd; kies een ander instrument of zet het bestand in forms/observatie/.")
    return alle[groep.instrument]


# -- groups and placements -----------------------------------------------------------------------------------------
def groepen(store: Store) -> list[StartklasGroep]:
    return sorted(store.load_all(StartklasGroep), key=lambda g: (g.startdatum or dt.date.min, g.naam), reverse=True)


def bewaar_groep(store: Store, groep: StartklasGroep) -> str | None:
    """Save or refuse; returns a warning (too many cursisten) or None."""
    _weiger(valideer_groep(groep))
    if groep.instrument not in instrumenten():
        _weiger([Ongeldig("Instrument", f"'{groep.instrument}' is niet geïnstalleerd.")])
    store.save(groep)
    return waarschuwing_groepsgrootte(len(plaatsingen_van(store, groep.id)))


def plaatsingen_van(store: Store, groep_id: str, op: dt.date | None = None) -> list[Plaatsing]:
    lijst = store.load_all(Plaatsing, groep_id=groep_id)
    return [p for p in lijst if op is None or p.loopt_op(op)]


def plaats(store: Store, plaatsing: Plaatsing) -> str | None:
    """Place a cursist in a group, or refuse (already in another group at the same time)."""
    bestaande = store.load_all(Plaatsing, inburgeraar_id=plaatsing.inburgeraar_id)
    namen = {g.id: g.naam for g in store.load_all(StartklasGroep)}
    fouten = controleer_plaatsing(plaatsing, bestaande, namen)
    if plaatsing.groep_id not in namen:
        fouten.append(Ongeldig("Plaatsing", "deze groep bestaat niet (meer)."))
    _weiger(fouten)
    store.save(plaatsing)
    return waarschuwing_groepsgrootte(len(plaatsingen_van(store, plaatsing.groep_id)))


def cursisten(store: Store, groep_id: str) -> list[tuple[str, str]]:
    """(inburgeraar_id, name) of everyone ever placed in the group, by name."""
    uit = {}
    for p in plaatsingen_van(store, groep_id):
        ib = store.load(Inburgeraar, p.inburgeraar_id)
        uit[p.inburgeraar_id] = ib.naam if ib and ib.naam else "(naam onbekend)"
    return sorted(uit.items(), key=lambda kv: kv[1].casefold())


# -- moments ---------------------------------------------------------------------------------------------------------
def momenten(store: Store, groep_id: str) -> list[Observatiemoment]:
    return sorted(store.load_all(Observatiemoment, groep_id=groep_id, soort="moment"),
                  key=lambda m: m.datum or dt.date.min)


def observaties(store: Store, groep_id: str, inburgeraar_id: str | None = None) -> list[Observatie]:
    where = {"groep_id": groep_id, "soort": "cursist"}
    if inburgeraar_id:
        where["inburgeraar_id"] = inburgeraar_id
    return store.load_all(Observatie, **where)


def bewaar_moment(store: Store, moment: Observatiemoment, obs: list[Observatie], vandaag: dt.date) -> None:
    """Check the moment and all its scores, then write everything in one transaction (or nothing)."""
    groep = store.load(StartklasGroep, moment.groep_id)
    if groep is None:
        _weiger([Ongeldig("Groep", "de groep van dit moment bestaat niet (meer).")])
    for o in obs:
        o.moment_id, o.groep_id, o.datum = moment.id, moment.groep_id, moment.datum
    _weiger(controleer_moment(moment, obs, groep, plaatsingen_van(store, groep.id), instrument_van(groep), vandaag))
    with store.transaction() as conn:
        store.put(moment.ENTITY, moment.id, moment.to_fields(), conn=conn)
        for o in obs:
            store.put(o.ENTITY, o.id, o.to_fields(), conn=conn)


# -- final scores and advice -------------------------------------------------------------------------------------------
def eindscore(store: Store, groep: StartklasGroep, inburgeraar_id: str) -> Eindscore:
    """The stored final score, or a fresh one holding the current proposal (not yet saved)."""
    voorstel = voorstel_eindscore(instrument_van(groep), observaties(store, groep.id, inburgeraar_id))
    bestaand = store.load(Eindscore, eindscore_id(groep.id, inburgeraar_id))
    if bestaand:
        bestaand.voorstel = voorstel
        return bestaand
    return Eindscore(inburgeraar_id=inburgeraar_id, groep_id=groep.id, instrument=groep.instrument, voorstel=voorstel)


def bewaar_eindscore(store: Store, groep: StartklasGroep, inburgeraar_id: str, scores: dict[str, int | None]
                     ) -> Eindscore:
    """The teacher's final word. Each change is audited, with the proposal it departed from in the reason."""
    instrument = instrument_van(groep)
    fouten = []
    for aspect_id, score in scores.items():
        try:
            controleer_score(instrument, aspect_id, score)
        except Ongeldig as fout:
            fouten.append(fout)
    _weiger(fouten)
    es = eindscore(store, groep, inburgeraar_id)
    afwijkend = [f"{instrument.aspect(a).nr} {es.voorstel.get(a)}→{s}" for a, s in scores.items()
                 if a in es.voorstel and es.voorstel[a] != s]
    reden = ("Eindscore vastgesteld door de docent" +
             (f"; afwijkend van het voorstel: {', '.join(afwijkend)}" if afwijkend else "; gelijk aan het voorstel"))
    es.scores = dict(scores)
    es.vastgesteld_door = store.user
    es.vastgesteld_op = dt.date.today().isoformat()
    store.put(es.ENTITY, es.id, es.to_fields(), reason=_kort(reden))
    return es


def _kort(tekst: str, lengte: int = 500) -> str:
    return tekst if len(tekst) <= lengte else tekst[:lengte - 1] + "…"


def advies(store: Store, groep: StartklasGroep, inburgeraar_id: str) -> Advies:
    """Compute the advice with whatever this installation knows (a docent's: no intake) and the stored override."""
    instrument = instrument_van(groep)
    obs = observaties(store, groep.id, inburgeraar_id)
    es = store.load(Eindscore, eindscore_id(groep.id, inburgeraar_id))
    scores = es.scores if es and es.scores else voorstel_eindscore(instrument, obs)
    d = dekking(obs, groep.startdatum, es.scores if es and es.scores else None)
    ib = store.load(Inburgeraar, inburgeraar_id)
    leeftijd_start = leeftijd(ib.geboortedatum, groep.startdatum) if ib and ib.geboortedatum and groep.startdatum \
        else None
    intake = None
    if store.role != "docent":     # a docent's device holds nothing of the intake
        intake = {**(store.get("intake", inburgeraar_id) or {}), **(store.get("intake_bijzonder", inburgeraar_id) or {})}
    hard, toets = uit_intake(intake, leeftijd_start)
    opgeslagen = store.get("trajectadvies", inburgeraar_id) or {}
    uitkomst = bereken_advies(instrument, scores, d, hard, toets, opgeslagen.get("override_route"),
                              opgeslagen.get("override_reden", ""), opgeslagen.get("argumentatie", ""))
    if not (es and es.scores):
        uitkomst.voorlopig = True
        uitkomst.redenen.insert(0, "De docent heeft de eindscores nog niet vastgesteld; het advies rust op het "
                                   "voorstel uit de observatiemomenten.")
    return uitkomst


def werk_trajectadvies_bij(store: Store, groep: StartklasGroep, inburgeraar_id: str) -> Advies:
    """Compute and store the "trajectadvies" record (id = inburgeraar id) that the intake and the PIP show.
    Only a consultant's installation writes it: a docent's lacks the hard data."""
    uitkomst = advies(store, groep, inburgeraar_id)
    if store.role != "docent":
        store.put("trajectadvies", inburgeraar_id, uitkomst.velden(inburgeraar_id, groep.id),
                  reason="Trajectadvies berekend uit de observatie")
    return uitkomst


def bewaar_override(store: Store, groep: StartklasGroep, inburgeraar_id: str, route: str | None, reden: str
                    ) -> Advies:
    """A consultant overrides the advice (or clears the override with route None); audited with the reason."""
    if store.role == "docent":
        raise Ongeldig("Route", "alleen een consultant kan het advies overschrijven.")
    controleer_override(route, reden)
    store.put("trajectadvies", inburgeraar_id, {"override_route": route or None,
                                                "override_reden": (reden or "").strip() if route else ""},
              reason=(reden or "").strip() or "Overschrijving ingetrokken")
    return werk_trajectadvies_bij(store, groep, inburgeraar_id)


def bewaar_argumentatie(store: Store, groep: StartklasGroep, inburgeraar_id: str, tekst: str) -> Advies:
    """The consultant's written argument for deviating from the leerbaarheidstoets."""
    if store.role == "docent":
        raise Ongeldig("Argumentatie", "alleen een consultant schrijft de argumentatie.")
    store.put("trajectadvies", inburgeraar_id, {"argumentatie": (tekst or "").strip()},
              reason="Argumentatie bij afwijking van de leerbaarheidstoets")
    return werk_trajectadvies_bij(store, groep, inburgeraar_id)
