"""Attachments on the device: kept by content hash inside the encrypted store; a record refers to one with a field
value "sha256:<hex>". Sync uploads new ones in chunks (resuming with what the server lacks) and downloads the ones
that pulled records refer to, checking the hash before keeping them."""
from __future__ import annotations

import hashlib

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from .client import Client, SyncError
from koers_protocol.sync import CHUNK_SIZE, MAX_BIJLAGE, BijlageStatus, bijlage_refs
from .tables import sync_bijlage


def bewaar_bijlage(store, data: bytes) -> str:
    """Keep the bytes; returns the reference to put in a record field."""
    if len(data) > MAX_BIJLAGE:
        raise ValueError(f"Een bijlage mag hoogstens {MAX_BIJLAGE // 1024 // 1024} MB zijn.")
    sha = hashlib.sha256(data).hexdigest()
    with store.transaction() as conn:
        row = conn.execute(select(sync_bijlage.c.data).where(sync_bijlage.c.sha256 == sha)).first()
        if row is None:
            conn.execute(insert(sync_bijlage).values(sha256=sha, data=data, geupload=0))
        elif row.data is None:
            conn.execute(update(sync_bijlage).where(sync_bijlage.c.sha256 == sha).values(data=data, geupload=1))
    return f"sha256:{sha}"


def lees_bijlage(store, ref: str) -> bytes | None:
    """The bytes, or None while the attachment has not been downloaded yet."""
    with store.transaction() as conn:
        return conn.execute(select(sync_bijlage.c.data).where(sync_bijlage.c.sha256 == ref.removeprefix("sha256:"))
                            ).scalar()


def want(conn: Connection, fields: dict) -> None:
    """Called while a pulled page is applied: remember attachments it refers to that are not here yet."""
    for ref in bijlage_refs(fields):
        sha = ref.removeprefix("sha256:")
        if conn.execute(select(sync_bijlage.c.sha256).where(sync_bijlage.c.sha256 == sha)).first() is None:
            conn.execute(insert(sync_bijlage).values(sha256=sha, data=None, geupload=1))


def upload(store, client: Client) -> int:
    with store.transaction() as conn:
        shas = conn.execute(select(sync_bijlage.c.sha256).where(sync_bijlage.c.geupload == 0,
                                                                sync_bijlage.c.data.is_not(None))).scalars().all()
    for sha in shas:
        data = lees_bijlage(store, sha)
        try:
            have = set(BijlageStatus.model_validate(client.request("GET", f"/v1/bijlagen/{sha}")).ontvangen)
        except SyncError as fout:
            if fout.status != 404:
                raise
            have = set()
        for n in range(max(1, -(-len(data) // CHUNK_SIZE))):
            if n not in have:
                client.request("PUT", f"/v1/bijlagen/{sha}/delen/{n}", params={"grootte": len(data)},
                               content=data[n * CHUNK_SIZE:(n + 1) * CHUNK_SIZE])
        client.request("POST", f"/v1/bijlagen/{sha}/klaar")
        with store.transaction() as conn:
            conn.execute(update(sync_bijlage).where(sync_bijlage.c.sha256 == sha).values(geupload=1))
    return len(shas)


def download(store, client: Client) -> int:
    """Fetch the attachments pulled records refer to. One that is not (yet) available stays wanted for next time."""
    with store.transaction() as conn:
        shas = conn.execute(select(sync_bijlage.c.sha256).where(sync_bijlage.c.data.is_(None))).scalars().all()
    gehaald = 0
    for sha in shas:
        try:
            status = BijlageStatus.model_validate(client.request("GET", f"/v1/bijlagen/{sha}"))
        except SyncError as fout:
            if fout.status == 404:
                continue
            raise
        if not status.compleet:
            continue
        delen = [client.request("GET", f"/v1/bijlagen/{sha}/delen/{n}", raw=True)
                 for n in range(max(1, -(-status.grootte // CHUNK_SIZE)))]
        data = b"".join(delen)
        if hashlib.sha256(data).hexdigest() != sha:
            continue  # damaged on the way: try again next round
        with store.transaction() as conn:
            conn.execute(update(sync_bijlage).where(sync_bijlage.c.sha256 == sha).values(data=data))
        gehaald += 1
    return gehaald
