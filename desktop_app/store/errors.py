"""What can go wrong with a store, each with a message that says what to do. No message ever contains key material."""


class StoreError(Exception):
    """Base: the message is for the user (Dutch), complete and actionable."""


class WrongPassphrase(StoreError):
    def __init__(self, wacht_seconden: float = 0):
        super().__init__("Het wachtwoord klopt niet. Probeer het opnieuw; let op Caps Lock en de toetsenbordtaal.")
        self.wacht_seconden = wacht_seconden


class StoreMissing(StoreError):
    pass


class KeyFileMissing(StoreError):
    pass


class StoreCorrupt(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


class DiskFull(StoreError):
    pass
