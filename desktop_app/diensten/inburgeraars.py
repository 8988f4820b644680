"""The caseload: the inburgeraars and their contacts, the CSV import of newly gekoppelde people, and drafts of an edit
that Koers kept when it locked in the middle of it."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from desktop_app.core.importeren import ImportFout, decodeer, lees_csv
from desktop_app.core.model import Contactpersoon, Inburgeraar, Soort, valideer_inburgeraar
from desktop_app.core.validation import Geweigerd
from desktop_app.core.wijzigingen import Wijzigingen

CONCEPT_INBURGERAAR = "inburgeraar"   # the kind of draft an unfinished edit of a person is kept as


class Inburgeraars:
    def __init__(self, diensten):
        self.d = diensten
        self.store = diensten.store

    def alle(self) -> list[Inburgeraar]:
        return self.store.load_all(Inburgeraar)

    def lees(self, inburgeraar_id: str) -> Inburgeraar | None:
        return self.store.load(Inburgeraar, inburgeraar_id)

    def contacten(self, inburgeraar_id: str) -> list[Contactpersoon]:
        return self.store.load_all(Contactpersoon, inburgeraar_id=inburgeraar_id)

    def bewaar(self, ib: Inburgeraar, reden: str | None = None) -> Wijzigingen:
        """Check and save a person; a person without a klantmanager is the current user's. Raises Geweigerd with
        every problem (nothing saved)."""
        self.d.vereis_dossier("Een inburgeraar toevoegen of bewerken")
        fouten = valideer_inburgeraar(ib, self.d.vandaag)
        if fouten:
            raise Geweigerd(fouten)
        ib.klantmanager = ib.klantmanager or self.d.gebruiker
        if not self.store.save(ib, reason=reden):
            return Wijzigingen()
        return Wijzigingen.van([(Soort.INBURGERAAR, ib.id)], [ib.id])

    def bewaar_contact(self, contact: Contactpersoon) -> Wijzigingen:
        self.d.vereis_dossier("Contactpersonen")
        if not self.store.save(contact):
            return Wijzigingen()
        return Wijzigingen.van([(Soort.CONTACTPERSOON, contact.id)], [contact.inburgeraar_id])

    # -- import ------------------------------------------------------------------------------------------------------
    def controleer_import(self, bestand: Path) -> Iterator[Inburgeraar | ImportFout]:
        """Every row of a CSV of newly gekoppelde people, read one line at a time (bounded memory): a person to
        import, or what is wrong with that line (also a duplicate of someone in the file or already in Koers).
        Raises OSError or core.importeren.OnleesbaarBestand when the file cannot be read at all."""
        bestaande = self.alle()
        with open(bestand, "rb") as fh:
            yield from lees_csv(decodeer(fh), self.d.vandaag, bestaande)

    def importeer(self, bestand: Path) -> Wijzigingen:
        """Import the good rows of the file in one transaction (run `controleer_import` first to report the bad)."""
        self.d.vereis_dossier("Importeren")
        ids = []
        with self.store.transaction() as conn:
            for rij in self.controleer_import(bestand):
                if not isinstance(rij, ImportFout):
                    rij.klantmanager = rij.klantmanager or self.d.gebruiker
                    self.store.put(rij.ENTITY, rij.id, rij.to_fields(), conn=conn, reason=f"import {bestand.name}")
                    ids.append(rij.id)
        return Wijzigingen.van([(Soort.INBURGERAAR, i) for i in ids], ids)

    # -- drafts --------------------------------------------------------------------------------------------------------
    def bewaar_concept(self, sleutel: str, origineel_id: str | None, teksten: dict) -> None:
        """An edit that could not be saved yet (Koers locked with an invalid value in the form): kept encrypted."""
        self.store.bewaar_concept(sleutel, CONCEPT_INBURGERAAR, {"origineel": origineel_id, "velden": teksten})

    def concepten(self) -> list[tuple[str, Inburgeraar | None, dict]]:
        """The drafts to offer again: (key, the person as saved or None for a new one, the typed texts)."""
        return [(sleutel, self.lees(data["origineel"]) if data["origineel"] else None, data["velden"])
                for sleutel, soort, data in self.store.concepten() if soort == CONCEPT_INBURGERAAR]

    def verwijder_concept(self, sleutel: str) -> None:
        self.store.verwijder_concept(sleutel)
