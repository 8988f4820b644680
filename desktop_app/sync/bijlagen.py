"""Attachments on the device: kept by content hash inside the encrypted store; a record refers to one with a field
value "sha256:<hex>". Sync uploads new ones in chunks (resuming with what the server lacks) and downloads the ones
that pulled records refer to, checking the hash before keeping them."""
from __future__ import annotations

import hashlib

from koers_protocol.sync import CHUNK_SIZE, MAX_BIJLAGE, QUOTUM, BijlageStatus

from .client import Client, SyncError


def bewaar_bijlage(store, data: bytes) -> str:
    """Keep the bytes; returns the reference to put in a record field."""
    if len(data) > MAX_BIJLAGE:
        raise ValueError(f"Een bijlage mag hoogstens {MAX_BIJLAGE // 1024 // 1024} MB zijn.")
    return store.bewaar_bijlage(data)


def lees_bijlage(store, ref: str) -> bytes | None:
    """The bytes, or None while the attachment has not been downloaded yet."""
    return store.lees_bijlage(ref.removeprefix("sha256:"))


def _delen(grootte: int) -> int:
    return max(1, -(-grootte // CHUNK_SIZE))


def upload(store, client: Client) -> bool:
    """Upload the attachments the server does not have yet. Returns True when it stopped because the server's room
    for attachments that no record refers to yet is full: pushing the records makes room."""
    for sha in store.te_uploaden():
        data = store.lees_bijlage(sha)
        try:
            have = set(BijlageStatus.model_validate(client.request("GET", f"/v1/bijlagen/{sha}")).ontvangen)
        except SyncError as fout:
            if fout.status != 404:
                raise
            have = set()
        try:
            for n in range(_delen(len(data))):
                if n not in have:
                    client.request("PUT", f"/v1/bijlagen/{sha}/delen/{n}", params={"grootte": len(data)},
                                   content=data[n * CHUNK_SIZE:(n + 1) * CHUNK_SIZE])
        except SyncError as fout:
            if fout.code == QUOTUM:
                return True
            raise
        client.request("POST", f"/v1/bijlagen/{sha}/klaar")
        store.bijlage_geupload(sha)
    return False


def download(store, client: Client) -> int:
    """Fetch the attachments pulled records refer to. One that is not (yet) available stays wanted for next time."""
    gehaald = 0
    for sha in store.te_downloaden():
        try:
            status = BijlageStatus.model_validate(client.request("GET", f"/v1/bijlagen/{sha}"))
        except SyncError as fout:
            if fout.status == 404:
                continue
            raise
        if not status.compleet:
            continue
        data = b"".join(client.request("GET", f"/v1/bijlagen/{sha}/delen/{n}", raw=True)
                        for n in range(_delen(status.grootte)))
        if hashlib.sha256(data).hexdigest() != sha:
            continue  # damaged on the way: try again next round
        store.bijlage_gedownload(sha, data)
        gehaald += 1
    return gehaald
