"""Printed material: gather what a document needs, with its derived parts computed now (the termijnen on the PIP,
the trajectadvies beside the final scores), so nothing prints stale; desktop_app.printing builds the PDF from it."""
from __future__ import annotations

from pathlib import Path

from desktop_app.core.model import Soort
from desktop_app.printing.documenten import Drukwerk as Pdf, GeenGegevens, PrintOpties
from desktop_app.printing.maken import DOCUMENTEN, Gegevens, bouw


class ClientOntbreekt(LookupError):
    def __init__(self, client_id: str):
        super().__init__(f"Er is geen inburgeraar met id {client_id} in deze opslag; zie 'koers list' voor de ids.")


class Drukwerk:
    def __init__(self, diensten):
        self.d = diensten
        self.store = diensten.store

    def verzamel(self, document: str, inburgeraar_id: str | None, pip_versie: int | None = None) -> Gegevens:
        """What `document` needs (read from the store: call on the thread that owns it). `pip_versie`: an earlier
        vastgesteld PIP instead of the one being worked on."""
        if document not in DOCUMENTEN:
            raise ValueError(f"Onbekend document '{document}'; kies uit {', '.join(DOCUMENTEN)}.")
        gegevens = Gegevens()
        if not inburgeraar_id:
            return gegevens
        d = self.d
        ib = gegevens.inburgeraar = d.inburgeraars.lees(inburgeraar_id)
        if ib is None:
            raise ClientOntbreekt(inburgeraar_id)
        gegevens.contacten = d.inburgeraars.contacten(inburgeraar_id)
        if document == "pip":
            # its termijnen and planned voortgangsgesprekken are counted as of the print date by printing/rapporten.py
            pip = d.pip.versie(inburgeraar_id, pip_versie)
            if pip is None and pip_versie is not None:
                raise GeenGegevens(f"{ib.naam} heeft geen vastgestelde versie {pip_versie} van het PIP.")
            gegevens.records["pip"] = pip.to_fields() if pip is not None else None
            gegevens.records["gezin"] = self._gezin(inburgeraar_id)
        if document == "observatie":
            gegevens.records["trajectadvies"] = self._advies_nu(inburgeraar_id)
            gegevens.records["eindscores"] = [velden for _, velden in
                                              self.store.all(Soort.EINDSCORE, inburgeraar_id=inburgeraar_id)]
        return gegevens

    def _gezin(self, inburgeraar_id: str) -> list[str]:
        """The household as the printed PIP says it (Dutch): the partner's own PIP and kinderopvang, the children's
        vve."""
        gezin = self.d.pip.gezin(inburgeraar_id)
        regels = []
        if gezin.partner is not None:
            pip = gezin.partner_pip
            stand = "nog geen PIP" if pip is None else f"PIP versie {pip.versie}, {pip.status}"
            regels.append(f"Partner: {gezin.partner.naam} (eigen intake en PIP; {stand})")
            if pip is not None and pip.kinderopvang_nodig:
                regels.append(f"Kinderopvang voor de partner: {pip.kinderopvang_toelichting or 'nodig'}")
        vve = {"aangemeld": "vve aangemeld", "aanmelden": "vve nog aanmelden", "niet": "geen vve"}
        for kind in gezin.kinderen:
            regels.append(f"Kind: {kind.get('voornaam') or '?'}"
                          + (f", {vve[kind['vve']]}" if kind.get("vve") in vve else ""))
        return regels

    def _advies_nu(self, inburgeraar_id: str) -> dict | None:
        """The advice computed from today's scores and intake where this installation can (a consultant's), else
        the stored one."""
        opgeslagen = self.d.startklas.opgeslagen_advies(inburgeraar_id)
        groep = self.d.startklas.groep(opgeslagen["groep_id"]) if opgeslagen and opgeslagen.get("groep_id") else None
        if groep is None or not self.d.rol.werkt_met_dossiers:
            return opgeslagen
        return self.d.startklas.advies(groep, inburgeraar_id).velden(inburgeraar_id, groep.id)

    def maak(self, document: str, inburgeraar_id: str | None, opties: PrintOpties, gemeente_pad: Path | None = None,
             pip_versie: int | None = None) -> Pdf:
        return bouw(document, self.verzamel(document, inburgeraar_id, pip_versie), opties, gemeente_pad,
                    self.d.gebruiker)
