"""The concept PIP (Plan Inburgering en Participatie): drafted from the brede intake and the startklas advice, then
edited field by field by the consultant. Impossible values (a PIP dated before the koppeling, ontzorgen shorter than 6
months) are refused with the reason; the argument for deviating from the leerbaarheidstoets is asked for, not forced."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from desktop_app.core.model import Inburgeraar, Soort, valideer_inburgeraar
from desktop_app.core.pip import ConceptPIP, controleer_pip, maak_concept_pip, termijnen_als_velden
from desktop_app.core.termijnen import inburgeringstermijn
from desktop_app.core.validation import Ongeldig
from desktop_app.core.wijzigingen import Wijzigingen

# Which of controleer_pip's messages belong to which field: those refuse an edit of that field. The others (the
# argumentation) are warnings shown above the PIP.
VELD_VAN_MELDING = {"Leerroute": "leerroute", "PIP-dagtekening": "dagtekening", "Start periode": "periode_start",
                    "Ontzorgen": "ontzorgen_maanden", "Voortgangsgesprekken": "voortgangsgesprekken_per_jaar"}


class Pips:
    def __init__(self, diensten):
        self.d = diensten
        self.store = diensten.store

    def lees(self, inburgeraar_id: str) -> ConceptPIP | None:
        self.d.vereis_dossier("Het PIP")
        return self.store.load(ConceptPIP, inburgeraar_id)

    def waarschuwingen(self, pip: ConceptPIP) -> list[Ongeldig]:
        """What is impossible or missing in the PIP as stored, also what changed since under it (a later
        koppeling): the consultant sees it above the PIP."""
        return controleer_pip(pip, self.store.load(Inburgeraar, pip.inburgeraar_id), self.d.vandaag)

    def termijnen(self, inburgeraar_id: str) -> list[dict]:
        """The person's termijnen as of today (the PIP stores the ones it was drafted with)."""
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        return termijnen_als_velden(ib, self.d.vandaag) if ib is not None else []

    def ontwerp(self, inburgeraar_id: str) -> ConceptPIP | None:
        """A draft from the intake and the startklas advice (not saved); a dagtekening already set stays."""
        self.d.vereis_dossier("Het PIP")
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        if ib is None:
            return None
        intake = self.d.intake.laad(inburgeraar_id)
        secties = intake.definitie.secties
        nieuw = maak_concept_pip(ib, intake.antwoorden, self.d.intake.trajectadvies(inburgeraar_id), self.d.vandaag,
                                 opgesteld_door=self.d.gebruiker,
                                 form_versie=f"{intake.definitie.formulier} v{intake.definitie.versie}",
                                 domeinlabels={s.id: s.tekst() for s in secties},
                                 bijzondere_domeinen=frozenset(s.id for s in secties if s.bijzonder))
        vorig = self.store.load(ConceptPIP, inburgeraar_id)
        if vorig is not None and vorig.dagtekening:
            nieuw.dagtekening = vorig.dagtekening
        return nieuw

    def stel_op(self, inburgeraar_id: str) -> Wijzigingen:
        """Draft (or redraft) and save the PIP. Redrafting overwrites edits (the audit keeps them): the screen asks
        first."""
        nieuw = self.ontwerp(inburgeraar_id)
        if nieuw is None:
            return Wijzigingen()
        self.store.save(nieuw, reason="concept PIP opgesteld uit de brede intake")
        return Wijzigingen.van([(Soort.PIP, inburgeraar_id)], [inburgeraar_id])

    def wijzig(self, inburgeraar_id: str, veld: str, waarde: Any) -> Wijzigingen:
        """One field of the PIP, with what follows from it (the dagtekening starts the inburgeringstermijn and plans
        the voortgangsgesprekken). Raises Ongeldig, naming the field, when the value is impossible."""
        pip = self.lees(inburgeraar_id)
        if pip is None:
            raise Ongeldig("PIP", "er is nog geen concept PIP; stel het eerst op uit de brede intake.")
        vandaag = self.d.vandaag
        kandidaat = dataclasses.replace(pip, **{veld: dt.date.fromisoformat(waarde) if veld == "dagtekening"
                                                and waarde else waarde})
        ib = self.store.load(Inburgeraar, inburgeraar_id)
        fouten = [f for f in controleer_pip(kandidaat, ib, vandaag) if VELD_VAN_MELDING.get(f.veld) == veld]
        if fouten:
            raise fouten[0]
        velden: dict[str, Any] = {veld: waarde}
        ib_velden: dict[str, Any] = {}
        if veld == "dagtekening" and ib is not None:
            ib.pip_dagtekening = kandidaat.dagtekening
            fouten = [f for f in valideer_inburgeraar(ib, vandaag) if f.sleutel == "pip_dagtekening"]
            if fouten:
                raise fouten[0]
            termijn = inburgeringstermijn(kandidaat.dagtekening)
            kandidaat.periode_start, kandidaat.periode_einde = termijn if termijn else (None, None)
            velden.update(periode_start=kandidaat.periode_start and kandidaat.periode_start.isoformat(),
                          periode_einde=kandidaat.periode_einde and kandidaat.periode_einde.isoformat(),
                          termijnen=termijnen_als_velden(ib, vandaag))
            ib_velden = {"pip_dagtekening": waarde}
        if veld in ("dagtekening", "voortgangsgesprekken_per_jaar") and ib is not None:
            # the planned voortgangsgesprekken follow from the dagtekening and how often
            interval = max(1, 12 // max(1, kandidaat.voortgangsgesprekken_per_jaar))
            velden["voortgangsgesprekken"] = maak_concept_pip(ib, {}, None, vandaag,
                                                              interval_voortgang_maanden=interval).voortgangsgesprekken
        records = {(Soort.PIP, inburgeraar_id)}
        with self.store.transaction() as conn:
            self.store.put(Soort.PIP, inburgeraar_id, velden, reason="concept PIP bewerkt", conn=conn)
            if ib_velden and self.store.put(Soort.INBURGERAAR, inburgeraar_id, ib_velden, reason="PIP-dagtekening",
                                            conn=conn):
                records.add((Soort.INBURGERAAR, inburgeraar_id))
        return Wijzigingen.van(records, [inburgeraar_id])
