"""The PIP (Plan Inburgering en Participatie), a beschikking: drafted from the brede intake and the startklas advice,
edited field by field as a concept, then vastgesteld — an explicit, audited act with a dagtekening that freezes that
version. A change afterwards is a new version (a new beschikking) with its reason; earlier versions stay readable and
printable. The inburgeringstermijn stays anchored on the first vastgesteld PIP (Wet inburgering 2021 art. 11 lid 3).

Impossible values (ontzorgen shorter than 6 months, a route that does not exist) are refused with the reason; what is
still missing for a beschikking (the argument for deviating from the leerbaarheidstoets) shows as a warning and
stops vaststellen."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from desktop_app.core.model import Inburgeraar, Soort, valideer_inburgeraar
from desktop_app.core.pip import (CONCEPT, VASTGESTELD, ConceptPIP, controleer_pip, controleer_vaststellen,
                                  maak_concept_pip, termijnen_als_velden, versie_id)
from desktop_app.core.termijnen import geplande_voortgangsgesprekken, inburgeringstermijn, interval_maanden
from desktop_app.core.validation import Geweigerd, Ongeldig
from desktop_app.core.wijzigingen import Wijzigingen

# Which of controleer_pip's messages belong to which field: those refuse an edit of that field. The others (the
# argumentation) are warnings shown above the PIP until it is vastgesteld.
VELD_VAN_MELDING = {"Leerroute": "leerroute", "Ontzorgen": "ontzorgen_maanden",
                    "Voortgangsgesprekken": "voortgangsgesprekken_per_jaar"}


class Pips:
    def __init__(self, diensten):
        self.d = diensten
        self.store = diensten.store

    # -- reading ---------------------------------------------------------------------------------------------------
    def lees(self, inburgeraar_id: str) -> ConceptPIP | None:
        """The PIP being worked on: a concept, or the version in force."""
        self.d.vereis_dossier("Het PIP")
        return self.store.load(ConceptPIP, inburgeraar_id)

    def versies(self, inburgeraar_id: str) -> list[ConceptPIP]:
        """Every vastgesteld version, oldest first, as it was vastgesteld."""
        self.d.vereis_dossier("Het PIP")
        return sorted((p for p in self.store.load_all(ConceptPIP, inburgeraar_id=inburgeraar_id)
                       if p.id != inburgeraar_id and p.vastgesteld), key=lambda p: p.versie)

    def versie(self, inburgeraar_id: str, versie: int | None) -> ConceptPIP | None:
        """Version `versie` as vastgesteld, or (None) the PIP being worked on."""
        if versie is None:
            return self.lees(inburgeraar_id)
        return next((p for p in self.versies(inburgeraar_id) if p.versie == versie), None)

    def waarschuwingen(self, pip: ConceptPIP) -> list[Ongeldig]:
        """What stands between a concept and a beschikking, for the consultant to see above it; of a vastgesteld
        PIP what changed under it since (a later koppeling)."""
        ib = self.store.load(Inburgeraar, pip.inburgeraar_id)
        if pip.vastgesteld:
            return controleer_pip(pip, ib, self.d.vandaag)
        return [f for f in controleer_vaststellen(pip, ib, self.d.vandaag) if f.veld != "PIP-dagtekening"]

    def termijnen(self, inburgeraar_id: str) -> list[dict]:
        """The person's termijnen as of today (the PIP stores the ones it was drafted with)."""
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        return termijnen_als_velden(ib, self.d.vandaag, self.d.voortgang_interval) if ib is not None else []

    def gezin(self, inburgeraar_id: str) -> Gezin:
        """The household around this PIP: the partner (each has an own intake and PIP; linked by the partner's
        V-nummer in either intake) with the partner's kinderopvang condition, and the children with their vve from
        both intakes — so the conditions that bind the household show on both PIPs."""
        self.d.vereis_dossier("Het PIP")
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        eigen = self.store.get(Soort.INTAKE, inburgeraar_id) or {}
        partner = None
        if ib is not None:
            v_nummer = eigen.get(PARTNER_V_NUMMER)
            partner_id = next((i for i, velden in self.store.all(Soort.INBURGERAAR)
                               if v_nummer and velden.get("v_nummer") == v_nummer), None)
            if partner_id is None and ib.v_nummer:      # recorded on the partner's side only
                partner_id = next((i for i, velden in self.store.all(Soort.INTAKE)
                                   if i != inburgeraar_id and velden.get(PARTNER_V_NUMMER) == ib.v_nummer), None)
            partner = self.store.load(Inburgeraar, partner_id) if partner_id else None
        partner_pip = self.store.load(ConceptPIP, partner.id) if partner is not None else None
        kinderen = {}
        for intake in (eigen, (self.store.get(Soort.INTAKE, partner.id) or {}) if partner else {}):
            for kind in intake.get(KINDEREN) or []:
                sleutel = (kind.get("voornaam"), kind.get("geboortedatum"))
                kinderen[sleutel] = {**kinderen.get(sleutel, {}), **{k: v for k, v in kind.items() if v}}
        return Gezin(partner, partner_pip, list(kinderen.values()))

    # -- a concept -----------------------------------------------------------------------------------------------------
    def ontwerp(self, inburgeraar_id: str) -> ConceptPIP | None:
        """A draft from the intake and the startklas advice (not saved). Of a new version, what the draft cannot
        know stays: its number and reason."""
        self.d.vereis_dossier("Het PIP")
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        if ib is None:
            return None
        intake = self.d.intake.laad(inburgeraar_id)
        secties = intake.definitie.secties
        interval = None if ib.voortgangsgesprekken_per_jaar else self.d.voortgang_interval
        nieuw = maak_concept_pip(ib, intake.antwoorden, self.d.intake.trajectadvies(inburgeraar_id), self.d.vandaag,
                                 opgesteld_door=self.d.gebruiker,
                                 form_versie=f"{intake.definitie.formulier} v{intake.definitie.versie}",
                                 domeinlabels={s.id: s.tekst() for s in secties},
                                 bijzondere_domeinen=frozenset(s.id for s in secties if s.bijzonder),
                                 interval_voortgang_maanden=interval)
        vorig = self.store.load(ConceptPIP, inburgeraar_id)
        if vorig is not None:
            nieuw.versie, nieuw.wijzigingsreden = vorig.versie, vorig.wijzigingsreden
        return nieuw

    def stel_op(self, inburgeraar_id: str) -> Wijzigingen:
        """Draft (or redraft) and save the concept. Redrafting overwrites edits (the audit keeps them): the screen
        asks first. A vastgesteld PIP is not redrafted: make a new version first."""
        self._vereis_concept(self.lees(inburgeraar_id))
        nieuw = self.ontwerp(inburgeraar_id)
        if nieuw is None:
            return Wijzigingen()
        self.store.save(nieuw, reason="concept PIP opgesteld uit de brede intake")
        return Wijzigingen.van([(Soort.PIP, inburgeraar_id)], [inburgeraar_id])

    def wijzig(self, inburgeraar_id: str, veld: str, waarde: Any) -> Wijzigingen:
        """One field of the concept, with what follows from it (how often → the planned voortgangsgesprekken).
        Raises Ongeldig, naming the field, when the value is impossible or the PIP is vastgesteld."""
        pip = self.lees(inburgeraar_id)
        if pip is None:
            raise Ongeldig("PIP", "er is nog geen concept PIP; stel het eerst op uit de brede intake.", code="pip.geen")
        self._vereis_concept(pip)
        if veld in _VAN_VASTSTELLEN:
            raise Ongeldig("PIP", "'{veld}' volgt uit het vaststellen en wordt niet met de hand gezet.",
                           code="pip.veld_van_vaststellen", veld=veld)
        kandidaat = dataclasses.replace(pip, **{veld: waarde})
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        fouten = [f for f in controleer_pip(kandidaat, ib, self.d.vandaag) if VELD_VAN_MELDING.get(f.veld) == veld]
        if fouten:
            raise fouten[0]
        velden: dict[str, Any] = {veld: waarde}
        if veld == "voortgangsgesprekken_per_jaar" and ib is not None:
            velden["voortgangsgesprekken"] = _gesprekken(ib.pip_dagtekening or pip.dagtekening, waarde)
        self.store.put(Soort.PIP, inburgeraar_id, velden, reason="concept PIP bewerkt")
        return Wijzigingen.van([(Soort.PIP, inburgeraar_id)], [inburgeraar_id])

    # -- the beschikking -----------------------------------------------------------------------------------------------
    def vaststellen(self, inburgeraar_id: str, dagtekening: dt.date) -> Wijzigingen:
        """Make the concept a beschikking dated `dagtekening`: refused (Geweigerd, with everything still missing)
        unless complete. Audited with who and when; that version is kept frozen. The first one starts the
        inburgeringstermijn; a later one does not move it (art. 11 lid 3)."""
        pip = self.lees(inburgeraar_id)
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        if pip is None or ib is None:
            raise Ongeldig("PIP", "er is nog geen concept PIP; stel het eerst op uit de brede intake.", code="pip.geen")
        eerste = ib.pip_dagtekening or dagtekening       # the termijn keeps counting from the first beschikking
        kandidaat = dataclasses.replace(pip, dagtekening=dagtekening)
        persoon = dataclasses.replace(ib, pip_dagtekening=eerste)
        fouten = controleer_vaststellen(kandidaat, ib, self.d.vandaag)
        fouten += [f for f in valideer_inburgeraar(persoon, self.d.vandaag) if f.sleutel == "pip_dagtekening"]
        if fouten:
            raise Geweigerd(fouten)
        periode = inburgeringstermijn(eerste)
        vastgesteld = dataclasses.replace(
            kandidaat, status=VASTGESTELD, vastgesteld_door=self.d.gebruiker,
            vastgesteld_op=dt.datetime.now().isoformat(timespec="seconds"), periode_start=periode[0],
            periode_einde=periode[1], voortgangsgesprekken=_gesprekken(eerste, pip.voortgangsgesprekken_per_jaar))
        reden = f"PIP vastgesteld: versie {pip.versie}, dagtekening {dagtekening:%d-%m-%Y}"
        bevroren = dataclasses.replace(vastgesteld, id=versie_id(inburgeraar_id, pip.versie))
        with self.store.transaction() as conn:
            self.store.put(Soort.PIP, inburgeraar_id, vastgesteld.to_fields(), reason=reden, conn=conn)
            self.store.put(Soort.PIP, bevroren.id, bevroren.to_fields(), reason=reden, conn=conn)
            self.store.put(Soort.INBURGERAAR, inburgeraar_id, {
                "pip_dagtekening": eerste.isoformat(),
                "voortgangsgesprekken_per_jaar": pip.voortgangsgesprekken_per_jaar}, reason=reden, conn=conn)
        return Wijzigingen.van([(Soort.PIP, inburgeraar_id), (Soort.PIP, bevroren.id),
                                (Soort.INBURGERAAR, inburgeraar_id)], [inburgeraar_id])

    def nieuwe_versie(self, inburgeraar_id: str, reden: str) -> Wijzigingen:
        """Start the next beschikking from the one in force (its content as a concept), with why it is needed. The
        version in force stays as it was until the new one is vastgesteld."""
        pip = self.lees(inburgeraar_id)
        if pip is None or not pip.vastgesteld:
            raise Ongeldig("PIP", "alleen een vastgesteld PIP krijgt een nieuwe versie; dit is nog een concept.",
                           code="pip.nog_concept")
        if not (reden or "").strip():
            raise Ongeldig("Reden wijziging", "schrijf op waarom er een nieuwe beschikking komt (bijvoorbeeld een "
                                              "andere leerroute).", code="pip.reden")
        concept = dataclasses.replace(pip, status=CONCEPT, versie=pip.versie + 1, wijzigingsreden=reden.strip(),
                                      dagtekening=None, vastgesteld_door="", vastgesteld_op="",
                                      opgesteld_op=self.d.vandaag, opgesteld_door=self.d.gebruiker)
        self.store.put(Soort.PIP, inburgeraar_id, concept.to_fields(),
                       reason=f"nieuwe versie {concept.versie} van het PIP: {reden.strip()}")
        return Wijzigingen.van([(Soort.PIP, inburgeraar_id)], [inburgeraar_id])

    @staticmethod
    def _vereis_concept(pip: ConceptPIP | None) -> None:
        if pip is not None and pip.vastgesteld:
            raise Ongeldig("PIP", "versie {versie} is vastgesteld (een beschikking) en verandert niet meer. Kies "
                                  "'Nieuwe versie' en schrijf de reden op; die versie stelt u daarna vast.",
                           code="pip.bevroren", versie=pip.versie)


PARTNER_V_NUMMER, KINDEREN = "gezinssituatie.partner_v_nummer", "gezinssituatie.kinderen"


@dataclasses.dataclass(frozen=True)
class Gezin:
    partner: Inburgeraar | None
    partner_pip: ConceptPIP | None
    kinderen: list[dict[str, Any]]      # rows of the intakes: voornaam, geboortedatum, school, vve


# Set by vaststellen only: the beschikking's date, who and when, the period and the planned conversations.
_VAN_VASTSTELLEN = {"status", "versie", "dagtekening", "vastgesteld_door", "vastgesteld_op", "periode_start",
                    "periode_einde", "voortgangsgesprekken", "termijnen"}


def _gesprekken(start: dt.date | None, per_jaar: int) -> list[str]:
    return [d.isoformat() for d in geplande_voortgangsgesprekken(start, interval_maanden(per_jaar))]
