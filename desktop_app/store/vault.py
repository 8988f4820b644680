"""The key hierarchy of a store.

passphrase --Argon2id--> key-encryption key --AES-256-GCM--> random 256-bit database key.
The key file holds the salt, the Argon2 parameters and the wrapped database key. Changing the passphrase re-wraps the
same database key, so the database is not re-encrypted. The database key never reaches disk unwrapped.
"""
from __future__ import annotations

import base64
import dataclasses
import json
import os
import time
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import KeyFileMissing, StoreCorrupt, WrongPassphrase
from .files import write_atomic
from .layout import KEY_FILE

FAILURES_FILE = "unlock-failures"
FORMAT = 1


@dataclasses.dataclass(frozen=True)
class KdfParams:
    time_cost: int = 2
    memory_kib: int = 262_144   # 256 MiB: ~0.38 s on the 2-core reference machine
    parallelism: int = 2


# Only for tests that create many stores; the key file records what was used, so unlock needs no flag.
FAST_KDF_FOR_TESTS = KdfParams(time_cost=1, memory_kib=8_192, parallelism=1)


def _kek(passphrase: str, salt: bytes, p: KdfParams) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, p.time_cost, p.memory_kib, p.parallelism, 32, Type.ID)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _wrap(db_key: bytes, passphrase: str, store_id: str, kdf: KdfParams) -> dict:
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_kek(passphrase, salt, kdf)).encrypt(nonce, db_key, store_id.encode())
    return {"format": FORMAT, "store_id": store_id, "kdf": {"name": "argon2id", **dataclasses.asdict(kdf)},
            "salt": _b64(salt), "nonce": _b64(nonce), "wrapped_key": _b64(wrapped)}


def create_key_file(directory: Path, passphrase: str, store_id: str, kdf: KdfParams = KdfParams()) -> bytes:
    db_key = os.urandom(32)
    write_atomic(directory / KEY_FILE, json.dumps(_wrap(db_key, passphrase, store_id, kdf), indent=1).encode())
    return db_key


def _read(directory: Path) -> dict:
    path = directory / KEY_FILE
    if not path.exists():
        raise KeyFileMissing(f"Het sleutelbestand {KEY_FILE} ontbreekt in {directory}. Zet het terug uit de map "
                             f"backups/ of van de back-up van deze laptop; zonder dit bestand is de opslag niet te openen.")
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != FORMAT:
            raise ValueError
        return data
    except (ValueError, UnicodeDecodeError):
        raise StoreCorrupt(f"Het sleutelbestand {path} is beschadigd. Zet het terug uit de map backups/.") from None


def unwrap(directory: Path, passphrase: str) -> tuple[bytes, str]:
    """Return (database key, store id). Raises WrongPassphrase after a delay that grows with each failure in a row."""
    data = _read(directory)
    failures = _failures(directory)
    if failures:
        time.sleep(backoff_seconds(failures))
    kdf = KdfParams(**{k: v for k, v in data["kdf"].items() if k != "name"})
    try:
        kek = _kek(passphrase, base64.b64decode(data["salt"]), kdf)
        db_key = AESGCM(kek).decrypt(base64.b64decode(data["nonce"]), base64.b64decode(data["wrapped_key"]),
                                     data["store_id"].encode())
    except InvalidTag:
        _set_failures(directory, failures + 1)
        raise WrongPassphrase(backoff_seconds(failures + 1)) from None
    if failures:
        _set_failures(directory, 0)
    return db_key, data["store_id"]


def rewrap(directory: Path, old_passphrase: str, new_passphrase: str, kdf: KdfParams = KdfParams()) -> None:
    db_key, store_id = unwrap(directory, old_passphrase)
    write_atomic(directory / KEY_FILE, json.dumps(_wrap(db_key, new_passphrase, store_id, kdf), indent=1).encode())


def backoff_seconds(failures: int) -> float:
    """0 s after the first wrong try, then 1, 2, 4 ... up to 30 s."""
    return 0.0 if failures <= 1 else float(min(2 ** (failures - 2), 30))


def _failures(directory: Path) -> int:
    try:
        return int((directory / FAILURES_FILE).read_text())
    except (OSError, ValueError):
        return 0


def _set_failures(directory: Path, count: int) -> None:
    path = directory / FAILURES_FILE
    if count:
        write_atomic(path, str(count).encode())
    else:
        path.unlink(missing_ok=True)
