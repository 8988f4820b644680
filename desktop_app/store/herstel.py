"""Putting a backup back: `koers restore` and the lock screen's dialog.

The backup is checked first (it opens with the passphrase, `PRAGMA integrity_check` is ok); the current state
(database, its -wal and -shm, the key file) is kept aside as a backup folder of its own, so a restore can itself be
undone; stale -wal/-shm never meet the restored database.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import shutil
from pathlib import Path

from . import vault
from .errors import KeyFileDamaged, KeyFileMissing, StoreCorrupt, StoreError, WrongPassphrase
from .files import fsync_dir, write_atomic
from .layout import BACKUP_DIR, DB_FILE, KEY_CHANGE_FILE, KEY_FILE
from .verbinding import leesbaar

OPZIJ = "voor-herstel"     # reason of the folder that keeps the state from before a restore


@dataclasses.dataclass(frozen=True)
class Kopie:
    pad: Path

    @property
    def naam(self) -> str:
        return self.pad.name

    @property
    def gemaakt(self) -> dt.datetime:
        return dt.datetime.strptime(self.naam[:21], "%Y%m%dT%H%M%S%f")

    @property
    def reden(self) -> str:
        return self.naam[22:]


@dataclasses.dataclass(frozen=True)
class Inhoud:
    aantallen: dict[str, int]
    schema: str | None
    intact: bool

    @property
    def beschrijving(self) -> str:
        """Counts per kind (no personal data), e.g. '12 inburgeraar, 3 contactpersoon'."""
        if not self.intact:
            return "BESCHADIGD"
        return ", ".join(f"{n} {soort}" for soort, n in sorted(self.aantallen.items())) or "leeg"


def kopieen(directory: Path) -> list[Kopie]:
    """The complete backups of a store, newest first (no passphrase needed: names only)."""
    map_ = Path(directory) / BACKUP_DIR
    if not map_.is_dir():
        return []
    uit = [Kopie(p) for p in map_.iterdir() if not p.name.startswith(".") and (p / DB_FILE).is_file()]
    return sorted((k for k in uit if _van_koers(k)), key=lambda k: k.naam, reverse=True)


def _van_koers(kopie: Kopie) -> bool:
    try:
        return bool(kopie.gemaakt)
    except ValueError:
        return False


def kies(directory: Path, naam: str) -> Kopie:
    """A backup by folder name (or path)."""
    for kopie in kopieen(directory):
        if naam in (kopie.naam, str(kopie.pad)) or Path(naam).name == kopie.naam:
            return kopie
    raise StoreError(f"Geen back-up '{naam}' in {Path(directory) / BACKUP_DIR}. Zonder naam toont "
                     f"'koers restore --store {directory}' welke er zijn.")


def sleutel_van(kopie: Path, passphrase: str) -> tuple[bytes, str]:
    """The database key of a backup (no back-off: whoever has the files can try offline anyway)."""
    sleutelbestand = vault.lees(kopie / KEY_FILE)
    db_key = sleutelbestand.ontsleutel(passphrase)
    if db_key is None:
        raise WrongPassphrase(melding="Het wachtwoord past niet op deze back-up (die hoort bij een ander "
                                      "wachtwoord). Er is niets gewijzigd.")
    return db_key, sleutelbestand.store_id


def bekijk(kopie: Path, passphrase: str) -> Inhoud:
    """What a backup holds (counts per kind, no personal data) and whether it is intact."""
    from sqlalchemy import text
    from .store import Store
    db_key, store_id = sleutel_van(kopie, passphrase)
    if not leesbaar(kopie / DB_FILE, db_key):
        return Inhoud({}, None, False)
    try:
        with contextlib.closing(Store(kopie, db_key, store_id)) as s, s.transaction() as conn:
            if conn.execute(text("PRAGMA integrity_check")).scalar() != "ok":
                return Inhoud({}, None, False)
            schema = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            aantallen = dict(conn.execute(text("SELECT entity, count(*) FROM record WHERE deleted = 0 "
                                               "GROUP BY entity")).all())
    except StoreCorrupt:
        return Inhoud({}, None, False)
    return Inhoud(aantallen, schema, True)


def zet_terug(directory: Path, kopie: Path, passphrase: str) -> Path:
    """Put `kopie` back as the store; returns the folder that keeps the state from before."""
    inhoud = bekijk(kopie, passphrase)
    if not inhoud.intact:
        raise StoreCorrupt(f"De back-up {kopie.name} is zelf beschadigd; er is niets gewijzigd. Kies een andere.")
    return vervang(directory, kopie, bewaar_huidige=True)


def vervang(directory: Path, kopie: Path, *, bewaar_huidige: bool) -> Path | None:
    """Replace the store's files by the backup's. Each step survives a crash: the copy is made under a temporary name
    first; the old files move aside (or go) before the restored ones take their names."""
    nieuw_db = directory / f".{DB_FILE}.herstel"
    shutil.copyfile(kopie / DB_FILE, nieuw_db)
    os.chmod(nieuw_db, 0o600)
    if (kopie / f"{DB_FILE}-wal").exists():       # a folder kept aside by an earlier restore
        shutil.copyfile(kopie / f"{DB_FILE}-wal", directory / f".{DB_FILE}.herstel-wal")
    for pad in (nieuw_db, directory / f".{DB_FILE}.herstel-wal"):
        if pad.exists():
            with open(pad, "rb+") as fh:
                os.fsync(fh.fileno())
    opzij = None
    huidige = [directory / n for n in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", KEY_FILE, KEY_CHANGE_FILE)]
    if bewaar_huidige and any(p.exists() for p in huidige):
        from .store import Store
        opzij = directory / BACKUP_DIR / Store.kopie_naam(OPZIJ)
        bezig = opzij.with_name(f".{opzij.name}.bezig")
        bezig.mkdir(parents=True, mode=0o700)
        for pad in huidige:
            if pad.exists():
                os.replace(pad, bezig / pad.name)
        fsync_dir(bezig)
        os.replace(bezig, opzij)
    else:
        for pad in huidige:
            if pad.name != KEY_FILE:     # replaced atomically below
                pad.unlink(missing_ok=True)
    write_atomic(directory / KEY_FILE, (kopie / KEY_FILE).read_bytes())
    if (directory / f".{DB_FILE}.herstel-wal").exists():
        os.replace(directory / f".{DB_FILE}.herstel-wal", directory / f"{DB_FILE}-wal")
    os.replace(nieuw_db, directory / DB_FILE)
    fsync_dir(directory)
    return opzij


def zet_sleutel_terug(directory: Path, passphrase: str) -> Kopie:
    """A missing or damaged key file back from the newest backup whose key file is intact and opens the current
    database with this passphrase; the database stays as it is, the damaged key file is kept aside."""
    for kopie in kopieen(directory):
        try:
            db_key = vault.lees(kopie.pad / KEY_FILE).ontsleutel(passphrase)
        except (KeyFileDamaged, KeyFileMissing):
            continue
        if db_key is not None and leesbaar(directory / DB_FILE, db_key):
            if (directory / KEY_FILE).exists():
                from .store import Store
                opzij = directory / BACKUP_DIR / f".{Store.kopie_naam('sleutel-' + OPZIJ)}"
                opzij.mkdir(mode=0o700)
                os.replace(directory / KEY_FILE, opzij / KEY_FILE)
                os.replace(opzij, opzij.with_name(opzij.name[1:]))
            write_atomic(directory / KEY_FILE, (kopie.pad / KEY_FILE).read_bytes())
            return kopie
    raise StoreError(f"Geen back-up in {directory / BACKUP_DIR} heeft een sleutelbestand dat met dit wachtwoord de "
                     f"huidige database opent. Controleer het wachtwoord, of zet een hele back-up terug.")
