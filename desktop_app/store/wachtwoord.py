"""Unlocking, and changing the passphrase so that the old one opens nothing current.

A change gives the database a new random key (SQLCipher `PRAGMA rekey`) and re-encrypts every backup with it, each
backup getting the new key file. It first writes koers.key.nieuw: the new key wrapped with the new passphrase plus the
old key wrapped with the new key. A change cut short (crash, power) is finished at the next unlock with the new
passphrase; with the old passphrase the store still opens only if the database was not yet re-keyed.
"""
from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

from . import vault
from .errors import KeyFileDamaged, StoreCorrupt, WrongPassphrase, terugzet_advies
from .files import fsync_dir, write_atomic
from .layout import BACKUP_DIR, DB_FILE, KEY_CHANGE_FILE, KEY_FILE
from .verbinding import leesbaar, rekey


def ontgrendel(directory: Path, passphrase: str) -> tuple[bytes, str]:
    """(database key, store id) for this passphrase; finishes an interrupted passphrase change first."""
    journaal = directory / KEY_CHANGE_FILE
    if not journaal.exists():
        return vault.unwrap(directory, passphrase)
    try:
        nieuw = vault.lees(journaal)
    except KeyFileDamaged:
        nieuw = None    # written atomically, so this is damage after the fact: decide with the old key file
    nieuwe_sleutel = nieuw.ontsleutel(passphrase) if nieuw else None
    if nieuwe_sleutel is not None:
        _maak_af(directory, nieuw, nieuw.vorige_sleutel(nieuwe_sleutel), nieuwe_sleutel)
        return vault.unwrap(directory, passphrase)   # resets the failure count
    oude_sleutel, store_id = vault.unwrap(directory, passphrase)
    if leesbaar(directory / DB_FILE, oude_sleutel):
        journaal.unlink()      # the change never reached the database: the old passphrase stays valid
        fsync_dir(directory)
        return oude_sleutel, store_id
    raise vault.mislukt(directory, "Dit is het vorige wachtwoord: het wachtwoord van deze opslag is gewijzigd. "
                                   "Gebruik het nieuwe wachtwoord.")


def wijzig(store, oud: str, nieuw: str, kdf: vault.KdfParams = vault.KdfParams()) -> None:
    """Change the passphrase of an open store (nothing else may use it meanwhile): new database key, every backup
    re-encrypted with it, the old passphrase refused afterwards."""
    directory = store.directory
    huidige = store.db_key
    if vault.lees(directory / KEY_FILE).ontsleutel(oud) != huidige:
        raise WrongPassphrase(melding="Het huidige wachtwoord klopt niet; er is niets gewijzigd.")
    nieuwe_sleutel = os.urandom(32)
    journaal = vault.wrap(nieuwe_sleutel, nieuw, store.store_id, kdf, vorige=huidige)
    write_atomic(directory / KEY_CHANGE_FILE, journaal.inhoud())
    store.engine.dispose()        # SQLCipher re-keys only without other connections
    _maak_af(directory, journaal, huidige, nieuwe_sleutel)
    store.zet_sleutel(nieuwe_sleutel)


def _maak_af(directory: Path, journaal: vault.Sleutelbestand, oud: bytes, nieuw: bytes) -> None:
    """Re-key the database, then every backup; each step can be repeated after a crash."""
    sleutelbestand = dataclasses.replace(journaal, vorige=None).inhoud()
    db = directory / DB_FILE
    if leesbaar(db, oud):
        rekey(db, oud, nieuw)
    elif not leesbaar(db, nieuw):
        raise StoreCorrupt(f"De database in {directory} opent met geen van beide sleutels. "
                           f"{terugzet_advies(directory)}")
    backups = directory / BACKUP_DIR
    for kopie in sorted(p for p in backups.iterdir() if p.is_dir()) if backups.is_dir() else []:
        kopie_db = kopie / DB_FILE
        if leesbaar(kopie_db, oud):
            rekey(kopie_db, oud, nieuw)
        elif not leesbaar(kopie_db, nieuw):
            shutil.rmtree(kopie)      # a copy neither key opens is damaged; the old passphrase must not open it
            continue
        write_atomic(kopie / KEY_FILE, sleutelbestand)
    write_atomic(directory / KEY_FILE, sleutelbestand)
    (directory / KEY_CHANGE_FILE).unlink()
    fsync_dir(directory)
