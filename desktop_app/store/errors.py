"""What can go wrong with a store, each with a message that says what to do. No message ever contains key material."""
from pathlib import Path


class StoreError(Exception):
    """Base: the message is for the user (Dutch), complete and actionable."""


class WrongPassphrase(StoreError):
    def __init__(self, wacht_seconden: float = 0, melding: str = ""):
        super().__init__(melding or "Het wachtwoord klopt niet. Probeer het opnieuw; let op Caps Lock en de "
                                    "toetsenbordtaal.")
        self.wacht_seconden = wacht_seconden


class StoreMissing(StoreError):
    pass


class KeyFileMissing(StoreError):
    pass


class StoreCorrupt(StoreError):
    pass


class KeyFileDamaged(StoreCorrupt):
    """The key file itself is broken (its checksum or structure): not a wrong passphrase, so no back-off."""


class StoreInUse(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


class MigrationFailed(StoreError):
    pass


class DiskFull(StoreError):
    pass


def terugzet_advies(directory: Path | str) -> str:
    """Where every message about a lost or broken store points: the restore command and the lock screen's dialog."""
    return (f"Zet een back-up terug met 'koers restore --store {directory}', of in Koers op het vergrendelscherm "
            f"met 'Back-up terugzetten…'; de huidige toestand wordt daarbij apart bewaard.")
