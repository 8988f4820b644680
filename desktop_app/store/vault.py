"""The key hierarchy of a store.

passphrase --Argon2id--> key-encryption key --AES-256-GCM--> random 256-bit database key.
The key file holds the salt, the Argon2 parameters, the wrapped database key and a SHA-256 checksum over all of it, so
a damaged key file (a flipped bit, a truncated or broken file) is told apart from a wrong passphrase. Changing the
passphrase gives the database a new key (see wachtwoord.py). The database key never reaches disk unwrapped.
"""
from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
import os
import time
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase
from .files import write_atomic
from .layout import KEY_FILE

FAILURES_FILE = "unlock-failures"
FORMAT = 2          # 1: without checksum (still read; rewritten with one at the next unlock)


@dataclasses.dataclass(frozen=True)
class KdfParams:
    time_cost: int = 2
    memory_kib: int = 262_144   # 256 MiB: ~0.38 s on the 2-core reference machine
    parallelism: int = 2


# Only for tests that create many stores; the key file records what was used, so unlock needs no flag.
FAST_KDF_FOR_TESTS = KdfParams(time_cost=1, memory_kib=8_192, parallelism=1)


@dataclasses.dataclass(frozen=True)
class Sleutelbestand:
    """A key file that passed its structure and checksum checks."""
    store_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    format: int = FORMAT
    vorige: tuple[bytes, bytes] | None = None   # during a passphrase change: (nonce, old key wrapped by the new key)

    def ontsleutel(self, passphrase: str) -> bytes | None:
        """The database key, or None when the passphrase does not fit."""
        try:
            return AESGCM(_kek(passphrase, self.salt, self.kdf)).decrypt(self.nonce, self.wrapped_key,
                                                                         self.store_id.encode())
        except InvalidTag:
            return None

    def vorige_sleutel(self, db_key: bytes) -> bytes:
        nonce, wrapped = self.vorige
        return AESGCM(db_key).decrypt(nonce, wrapped, self.store_id.encode())

    def inhoud(self) -> bytes:
        data = {"format": FORMAT, "store_id": self.store_id,
                "kdf": {"name": "argon2id", **dataclasses.asdict(self.kdf)}, "salt": _b64(self.salt), "nonce": _b64(self.nonce), "wrapped_key": _b64(self.wrapped_key)}
        if self.vorige:
            data["vorige_nonce"], data["vorige_sleutel"] = map(_b64, self.vorige)
        data["controle"] = _controle(data)
        return json.dumps(data, indent=1).encode()


def _kek(passphrase: str, salt: bytes, p: KdfParams) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, p.time_cost, p.memory_kib, p.parallelism, 32, Type.ID)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _controle(data: dict) -> str:
    inhoud = {k: v for k, v in data.items() if k != "controle"}
    return hashlib.sha256(json.dumps(inhoud, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def wrap(db_key: bytes, passphrase: str, store_id: str, kdf: KdfParams = KdfParams(),
         vorige: bytes | None = None) -> Sleutelbestand:
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_kek(passphrase, salt, kdf)).encrypt(nonce, db_key, store_id.encode())
    oud = None
    if vorige is not None:
        vorige_nonce = os.urandom(12)
        oud = (vorige_nonce, AESGCM(db_key).encrypt(vorige_nonce, vorige, store_id.encode()))
    return Sleutelbestand(store_id, kdf, salt, nonce, wrapped, vorige=oud)


def create_key_file(directory: Path, passphrase: str, store_id: str, kdf: KdfParams = KdfParams(),
                    db_key: bytes | None = None) -> bytes:
    db_key = db_key or os.urandom(32)
    write_atomic(directory / KEY_FILE, wrap(db_key, passphrase, store_id, kdf).inhoud())
    return db_key


def lees(path: Path) -> Sleutelbestand:
    """Read and check a key file. KeyFileMissing / KeyFileDamaged (with what to do) instead of a traceback."""
    directory = path.parent
    if not path.exists():
        raise KeyFileMissing(f"Het sleutelbestand {path.name} ontbreekt in {directory}; zonder dit bestand is de "
                             f"opslag niet te openen. Zet het terug met 'koers restore --store {directory} "
                             f"--key-only' (uit de nieuwste back-up), of in Koers op het vergrendelscherm met "
                             f"'Back-up terugzetten…'.")
    try:
        data = json.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("format") not in (1, 2):
            raise ValueError("onbekende opbouw")
        if data["format"] == 2 and data.get("controle") != _controle(data):
            raise ValueError("de controlesom klopt niet")
        kdf = data["kdf"]
        if kdf.get("name") != "argon2id":
            raise ValueError("onbekende sleutelafleiding")
        params = KdfParams(**{k: v for k, v in kdf.items() if k != "name"})
        if not all(type(v) is int and 0 < v <= 1 << 22 for v in dataclasses.astuple(params)):
            raise ValueError("ongeldige parameters")
        sb = Sleutelbestand(data["store_id"], params, base64.b64decode(data["salt"], validate=True),
                            base64.b64decode(data["nonce"], validate=True),
                            base64.b64decode(data["wrapped_key"], validate=True), data["format"])
        if not isinstance(sb.store_id, str) or (len(sb.salt), len(sb.nonce), len(sb.wrapped_key)) != (16, 12, 48):
            raise ValueError("ongeldige lengtes")
        if "vorige_sleutel" in data:
            sb = dataclasses.replace(sb, vorige=(base64.b64decode(data["vorige_nonce"], validate=True),
                                                 base64.b64decode(data["vorige_sleutel"], validate=True)))
        return sb
    except (ValueError, UnicodeDecodeError, KeyError, TypeError, AttributeError, binascii.Error):
        raise KeyFileDamaged(f"Het sleutelbestand {path} is beschadigd; het wachtwoord is dus niet het probleem. "
                             f"Zet het sleutelbestand terug met 'koers restore --store {directory} --key-only' (uit "
                             f"de nieuwste back-up; de gegevens blijven zoals ze zijn), of in Koers op het "
                             f"vergrendelscherm met 'Back-up terugzetten…' → 'Alleen het sleutelbestand'."
                             ) from None


def unwrap(directory: Path, passphrase: str) -> tuple[bytes, str]:
    """Return (database key, store id). Raises WrongPassphrase after a delay that grows with each failure in a row;
    a damaged key file raises KeyFileDamaged at once and counts as no failure."""
    sb = lees(directory / KEY_FILE)
    failures = _failures(directory)
    if failures:
        time.sleep(backoff_seconds(failures))
    db_key = sb.ontsleutel(passphrase)
    if db_key is None:
        raise mislukt(directory)
    if failures:
        _set_failures(directory, 0)
    if sb.format < FORMAT:   # an older key file gets its checksum
        write_atomic(directory / KEY_FILE, dataclasses.replace(sb, format=FORMAT).inhoud())
    return db_key, sb.store_id


def mislukt(directory: Path, melding: str = "") -> WrongPassphrase:
    """Count one more wrong passphrase and return the error to raise."""
    failures = _failures(directory) + 1
    _set_failures(directory, failures)
    return WrongPassphrase(backoff_seconds(failures), melding)


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
