"""A raw SQLCipher connection with a raw 256-bit key (skips SQLCipher's own KDF), for the engine, backups and rekeying.

`isolation_level=None`: the driver starts no transactions by itself; the store emits BEGIN (SQLAlchemy's pysqlite
recipe), so a migration's CREATE TABLE is inside the transaction and a crash leaves the old schema, not half a new one.
"""
from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3


def verbind(path: Path, db_key: bytes):
    maak_prive(path)
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    # SQLCipher wipes and locks the memory it allocates (keys, decrypted pages) instead of leaving it in the heap
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
    return conn


def maak_prive(path: Path) -> None:
    """Create the database file 0600 before SQLite does (it would use 0644); its -wal and -shm take the same mode."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))


def leesbaar(path: Path, db_key: bytes) -> bool:
    """Does this key open this database (header and schema)?"""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    conn = verbind(path, db_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def rekey(path: Path, oud: bytes, nieuw: bytes) -> None:
    """Re-encrypt every page with the new key in one SQLCipher transaction (a crash leaves the old or the new key)."""
    conn = verbind(path, oud)
    try:
        conn.execute(f"PRAGMA rekey = \"x'{nieuw.hex()}'\"")
    finally:
        conn.close()
