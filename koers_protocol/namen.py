"""The names both sides agree on, declared once: who uses Koers (roles) and what kinds of records travel (soorten).
No imports beyond the standard library: desktop_app.core uses these too."""
from __future__ import annotations

import enum


class Rol(enum.StrEnum):
    """Who uses an installation. A docent's device holds nothing of the intake or the PIP."""
    CONSULTANT = "consultant"
    DOCENT = "docent"
    BEHEERDER = "beheerder"

    @property
    def werkt_met_dossiers(self) -> bool:
        """The person's file (intake, PIP, contacts, the caseload) is for consultants and administrators only."""
        return self is not Rol.DOCENT


class Soort(enum.StrEnum):
    """Every kind of record that syncs. The server refuses a change of any other kind."""
    INBURGERAAR = "inburgeraar"
    CONTACTPERSOON = "contactpersoon"
    INTAKE = "intake"
    INTAKE_BIJZONDER = "intake_bijzonder"      # the intake's health answers (special-category data, art. 9 AVG)
    PIP = "pip"
    STARTKLASGROEP = "startklasgroep"
    PLAATSING = "plaatsing"
    OBSERVATIEMOMENT = "observatiemoment"      # a lesson day's moment, and each cursist's observation at it
    EINDSCORE = "eindscore"
    TRAJECTADVIES = "trajectadvies"


# Kinds a docent may receive and push (when their groep_id is one of the docent's groups).
OBSERVATIE_SOORTEN = frozenset({Soort.OBSERVATIEMOMENT, Soort.EINDSCORE, Soort.TRAJECTADVIES})
# Never on a docent's device: the intake, its special-category part and the PIP.
NOOIT_NAAR_DOCENT = frozenset({Soort.INTAKE, Soort.INTAKE_BIJZONDER, Soort.PIP})

# The "field" of a deletion: in a conflict between a deletion and an edit, and in the audit of a deletion.
VERWIJDERD = "(verwijderd)"
