"""The StarterZ-klas: groups, placements, observation moments, final scores and the trajectadvies.

A write that consists of several records (a moment with its scores) is checked completely first and then written in
one transaction: refused means nothing saved. The stored trajectadvies (record id = the inburgeraar's id, what the
intake, the PIP, the printed verslag and the back office read) is derived: it is recomputed whenever one of its inputs
changes — observations, final scores, the intake's hard data, the consultant's override or argument — on a consultant's
installation only (a docent's lacks the hard data)."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from desktop_app.core.dates import leeftijd
from desktop_app.core.model import Inburgeraar, Soort
from desktop_app.core.observatie import (Eindscore, Instrument, Observatie, Observatiemoment, Plaatsing,
                                         StartklasGroep, controleer_moment, controleer_plaatsing, controleer_score,
                                         dekking, eindscore_id, valideer_groep, voorstel_eindscore,
                                         waarschuwing_groepsgrootte)
from desktop_app.core.trajectadvies import Advies, bereken_advies, controleer_override, uit_intake
from desktop_app.core.validation import Geweigerd, Ongeldig
from desktop_app.core.wijzigingen import Wijzigingen

from . import GeenToegang


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
        raise Ongeldig("Instrument", "het instrument '{instrument}' van groep '{groep}' is niet geïnstalleerd; kies "
                                     "een ander instrument of zet het bestand in forms/observatie/.",
                       code="instrument.ontbreekt", instrument=groep.instrument, groep=groep.naam)
    return alle[groep.instrument]


def _kort(tekst: str, lengte: int = 500) -> str:
    return tekst if len(tekst) <= lengte else tekst[:lengte - 1] + "…"


class Startklas:
    def __init__(self, diensten):
        self.d = diensten
        self.store = diensten.store

    # -- groups and placements -----------------------------------------------------------------------------------------
    def groepen(self) -> list[StartklasGroep]:
        return sorted(self.store.load_all(StartklasGroep), key=lambda g: (g.startdatum or dt.date.min, g.naam),
                      reverse=True)

    def groep(self, groep_id: str) -> StartklasGroep | None:
        return self.store.load(StartklasGroep, groep_id)

    def bewaar_groep(self, groep: StartklasGroep) -> Wijzigingen:
        """Save or refuse; a too-large group is a warning, not a refusal."""
        _weiger(valideer_groep(groep))
        if groep.instrument not in instrumenten():
            _weiger([Ongeldig("Instrument", "'{instrument}' is niet geïnstalleerd.", code="instrument.onbekend",
                              instrument=groep.instrument)])
        self.store.save(groep)
        return Wijzigingen.van([(groep.ENTITY, groep.id)], waarschuwingen=[
            waarschuwing_groepsgrootte(len(self.plaatsingen_van(groep.id)))])

    def plaatsingen_van(self, groep_id: str, op: dt.date | None = None) -> list[Plaatsing]:
        lijst = self.store.load_all(Plaatsing, groep_id=groep_id)
        return [p for p in lijst if op is None or p.loopt_op(op)]

    def plaats(self, plaatsing: Plaatsing) -> Wijzigingen:
        """Place a cursist in a group, or refuse (already in another group at the same time)."""
        bestaande = self.store.load_all(Plaatsing, inburgeraar_id=plaatsing.inburgeraar_id)
        namen = {g.id: g.naam for g in self.store.load_all(StartklasGroep)}
        fouten = controleer_plaatsing(plaatsing, bestaande, namen)
        if plaatsing.groep_id not in namen:
            fouten.append(Ongeldig("Plaatsing", "deze groep bestaat niet (meer).", code="plaatsing.groep"))
        _weiger(fouten)
        self.store.save(plaatsing)
        return Wijzigingen.van([(plaatsing.ENTITY, plaatsing.id)], [plaatsing.inburgeraar_id], [
            waarschuwing_groepsgrootte(len(self.plaatsingen_van(plaatsing.groep_id)))])

    def cursisten(self, groep_id: str) -> list[tuple[str, str]]:
        """(inburgeraar_id, name) of everyone ever placed in the group, by name."""
        uit = {}
        for p in self.plaatsingen_van(groep_id):
            ib = self.store.load(Inburgeraar, p.inburgeraar_id)
            uit[p.inburgeraar_id] = ib.naam if ib and ib.naam else "(naam onbekend)"
        return sorted(uit.items(), key=lambda kv: kv[1].casefold())

    # -- moments -------------------------------------------------------------------------------------------------------
    def momenten(self, groep_id: str) -> list[Observatiemoment]:
        return sorted(self.store.load_all(Observatiemoment, groep_id=groep_id, soort="moment"),
                      key=lambda m: m.datum or dt.date.min)

    def observaties(self, groep_id: str, inburgeraar_id: str | None = None) -> list[Observatie]:
        where = {"groep_id": groep_id, "soort": "cursist"}
        if inburgeraar_id:
            where["inburgeraar_id"] = inburgeraar_id
        return self.store.load_all(Observatie, **where)

    def bewaar_moment(self, moment: Observatiemoment, obs: list[Observatie]) -> Wijzigingen:
        """Check the moment and all its scores, then write everything in one transaction (or nothing)."""
        groep = self.groep(moment.groep_id)
        if groep is None:
            _weiger([Ongeldig("Groep", "de groep van dit moment bestaat niet (meer).", code="moment.groep")])
        for o in obs:
            o.moment_id, o.groep_id, o.datum = moment.id, moment.groep_id, moment.datum
        _weiger(controleer_moment(moment, obs, groep, self.plaatsingen_van(groep.id), instrument_van(groep),
                                  self.d.vandaag))
        with self.store.transaction() as conn:
            self.store.put(moment.ENTITY, moment.id, moment.to_fields(), conn=conn)
            for o in obs:
                self.store.put(o.ENTITY, o.id, o.to_fields(), conn=conn)
        personen = {o.inburgeraar_id for o in obs}
        return (Wijzigingen.van([(moment.ENTITY, moment.id)] + [(o.ENTITY, o.id) for o in obs], personen)
                | self.werk_adviezen_bij(*personen))

    # -- final scores and advice ---------------------------------------------------------------------------------------
    def eindscore(self, groep: StartklasGroep, inburgeraar_id: str) -> Eindscore:
        """The stored final score, or a fresh one holding the current proposal (not yet saved)."""
        voorstel = voorstel_eindscore(instrument_van(groep), self.observaties(groep.id, inburgeraar_id))
        bestaand = self.opgeslagen_eindscore(groep.id, inburgeraar_id)
        if bestaand:
            bestaand.voorstel = voorstel
            return bestaand
        return Eindscore(inburgeraar_id=inburgeraar_id, groep_id=groep.id, instrument=groep.instrument,
                         voorstel=voorstel)

    def opgeslagen_eindscore(self, groep_id: str, inburgeraar_id: str) -> Eindscore | None:
        return self.store.load(Eindscore, eindscore_id(groep_id, inburgeraar_id))

    def bewaar_eindscore(self, groep: StartklasGroep, inburgeraar_id: str, scores: dict[str, int | None]
                         ) -> Wijzigingen:
        """The teacher's final word. Each change is audited, with the proposal it departed from in the reason."""
        instrument = instrument_van(groep)
        fouten = []
        for aspect_id, score in scores.items():
            try:
                controleer_score(instrument, aspect_id, score)
            except Ongeldig as fout:
                fouten.append(fout)
        _weiger(fouten)
        es = self.eindscore(groep, inburgeraar_id)
        afwijkend = [f"{instrument.aspect(a).nr} {es.voorstel.get(a)}→{s}" for a, s in scores.items()
                     if a in es.voorstel and es.voorstel[a] != s]
        reden = "Eindscore vastgesteld door de docent; " + (f"afwijkend van het voorstel: {', '.join(afwijkend)}"
                                                            if afwijkend else "gelijk aan het voorstel")
        es.scores = dict(scores)
        es.vastgesteld_door = self.d.gebruiker
        es.vastgesteld_op = self.d.vandaag.isoformat()
        self.store.put(es.ENTITY, es.id, es.to_fields(), reason=_kort(reden))
        return Wijzigingen.van([(es.ENTITY, es.id)], [inburgeraar_id]) | self.werk_adviezen_bij(inburgeraar_id)

    def advies(self, groep: StartklasGroep, inburgeraar_id: str) -> Advies:
        """The advice from whatever this installation knows (a docent's: no intake) and the stored override."""
        instrument = instrument_van(groep)
        obs = self.observaties(groep.id, inburgeraar_id)
        es = self.opgeslagen_eindscore(groep.id, inburgeraar_id)
        scores = es.scores if es and es.scores else voorstel_eindscore(instrument, obs)
        d = dekking(obs, groep.startdatum, es.scores if es and es.scores else None)
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        leeftijd_start = (leeftijd(ib.geboortedatum, groep.startdatum)
                          if ib and ib.geboortedatum and groep.startdatum else None)
        intake = None
        if self.d.rol.werkt_met_dossiers:     # a docent's device holds nothing of the intake
            intake = {**(self.store.get(Soort.INTAKE, inburgeraar_id) or {}),
                      **(self.store.get(Soort.INTAKE_BIJZONDER, inburgeraar_id) or {})}
        hard, toets = uit_intake(intake, leeftijd_start)
        opgeslagen = self.store.get(Soort.TRAJECTADVIES, inburgeraar_id) or {}
        uitkomst = bereken_advies(instrument, scores, d, hard, toets, opgeslagen.get("override_route"),
                                  opgeslagen.get("override_reden", ""), opgeslagen.get("argumentatie", ""))
        if not (es and es.scores):
            uitkomst.voorlopig = True
            uitkomst.redenen.insert(0, "De docent heeft de eindscores nog niet vastgesteld; het advies rust op het "
                                       "voorstel uit de observatiemomenten.")
        return uitkomst

    def opgeslagen_advies(self, inburgeraar_id: str) -> dict | None:
        """The stored advice: record id = inburgeraar id, or any record whose `inburgeraar_id` names this person
        (the last one if there are several)."""
        eigen = self.store.get(Soort.TRAJECTADVIES, inburgeraar_id)
        if eigen is not None:
            return eigen
        andere = self.store.all(Soort.TRAJECTADVIES, inburgeraar_id=inburgeraar_id)
        return andere[-1][1] if andere else None

    def werk_trajectadvies_bij(self, groep: StartklasGroep, inburgeraar_id: str) -> Wijzigingen:
        """Compute and store the advice (consultant's installation only); nothing when it did not change."""
        if not self.d.rol.werkt_met_dossiers:
            return Wijzigingen()
        if self.opgeslagen_advies(inburgeraar_id) is None and not self.observaties(groep.id, inburgeraar_id):
            return Wijzigingen()       # nothing observed yet: there is no advice to keep
        velden = self.advies(groep, inburgeraar_id).velden(inburgeraar_id, groep.id)
        if not self.store.put(Soort.TRAJECTADVIES, inburgeraar_id, velden,
                              reason="Trajectadvies berekend uit de observatie"):
            return Wijzigingen()
        return Wijzigingen.van([(Soort.TRAJECTADVIES, inburgeraar_id)], [inburgeraar_id])

    def werk_adviezen_bij(self, *inburgeraar_ids: str) -> Wijzigingen:
        """After one of its inputs changed: recompute the advice of these people in their current group (or the
        group of their stored advice)."""
        uit = Wijzigingen()
        if not self.d.rol.werkt_met_dossiers:
            return uit
        for ib_id in inburgeraar_ids:
            groep = self._groep_van(ib_id)
            if groep is not None and groep.instrument in instrumenten():
                uit |= self.werk_trajectadvies_bij(groep, ib_id)
        return uit

    def _groep_van(self, inburgeraar_id: str) -> StartklasGroep | None:
        opgeslagen = self.opgeslagen_advies(inburgeraar_id) or {}
        if opgeslagen.get("groep_id"):
            return self.groep(opgeslagen["groep_id"])
        plaatsingen = sorted(self.store.load_all(Plaatsing, inburgeraar_id=inburgeraar_id),
                             key=lambda p: p.van or dt.date.min)
        return self.groep(plaatsingen[-1].groep_id) if plaatsingen else None

    def bewaar_override(self, groep: StartklasGroep, inburgeraar_id: str, route: str | None, reden: str
                        ) -> Wijzigingen:
        """A consultant overrides the advice (or clears the override with route None); audited with the reason."""
        if not self.d.rol.werkt_met_dossiers:
            raise GeenToegang("Alleen een consultant kan het advies overschrijven.")
        controleer_override(route, reden)
        self.store.put(Soort.TRAJECTADVIES, inburgeraar_id, {
            "override_route": route or None, "override_reden": (reden or "").strip() if route else ""},
            reason=(reden or "").strip() or "Overschrijving ingetrokken")
        return (Wijzigingen.van([(Soort.TRAJECTADVIES, inburgeraar_id)], [inburgeraar_id])
                | self.werk_trajectadvies_bij(groep, inburgeraar_id))

    def bewaar_argumentatie(self, groep: StartklasGroep, inburgeraar_id: str, tekst: str) -> Wijzigingen:
        """The consultant's written argument for deviating from the leerbaarheidstoets."""
        if not self.d.rol.werkt_met_dossiers:
            raise GeenToegang("Alleen een consultant schrijft de argumentatie.")
        self.store.put(Soort.TRAJECTADVIES, inburgeraar_id, {"argumentatie": (tekst or "").strip()},
                       reason="Argumentatie bij afwijking van de leerbaarheidstoets")
        return (Wijzigingen.van([(Soort.TRAJECTADVIES, inburgeraar_id)], [inburgeraar_id])
                | self.werk_trajectadvies_bij(groep, inburgeraar_id))

    def na_ontvangst(self, ontvangen: Wijzigingen) -> Wijzigingen:
        """After a sync pull: recompute the advice of the people whose observations, final scores, placement or
        intake arrived."""
        if not ontvangen.raakt(*_ADVIES_INVOER):
            return Wijzigingen()
        return self.werk_adviezen_bij(*ontvangen.inburgeraars)


_ADVIES_INVOER = (Soort.OBSERVATIEMOMENT, Soort.EINDSCORE, Soort.PLAATSING, Soort.INTAKE, Soort.INTAKE_BIJZONDER)
