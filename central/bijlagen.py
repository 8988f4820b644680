"""Attachments: content-addressed per tenant, uploaded in chunks that may arrive in any order and more than once
(a broken upload resumes with the chunks the server lacks), complete only when the bytes hash to the name. A device
may download an attachment only when a record it may see refers to it."""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import and_, delete, false, insert, select, update
from sqlalchemy.engine import Connection

from koers_protocol.sync import CHUNK_SIZE, MAX_BIJLAGE, BijlageStatus, bijlage_refs

from .schema import bijlage, bijlage_deel, record
from .sync import Device, Refused, fields_for, visible


def aantal_delen(grootte: int) -> int:
    return max(1, -(-grootte // CHUNK_SIZE))


def _key(device: Device, sha: str):
    return and_(bijlage.c.gemeente_id == device.gemeente_id, bijlage.c.sha256 == sha)


def _deel_key(device: Device, sha: str):
    return and_(bijlage_deel.c.gemeente_id == device.gemeente_id, bijlage_deel.c.sha256 == sha)


def status(conn: Connection, device: Device, sha: str) -> BijlageStatus:
    row = conn.execute(select(bijlage.c.grootte, bijlage.c.compleet).where(_key(device, sha))).first()
    if row is None:
        raise Refused(404, "onbekende_bijlage", f"De server heeft bijlage {sha[:12]}… (nog) niet.")
    delen = conn.execute(select(bijlage_deel.c.n).where(_deel_key(device, sha)).order_by(bijlage_deel.c.n)).scalars()
    return BijlageStatus(sha256=sha, grootte=row.grootte, ontvangen=list(delen), compleet=row.compleet)


def put_chunk(conn: Connection, device: Device, sha: str, n: int, grootte: int, data: bytes) -> BijlageStatus:
    if grootte > MAX_BIJLAGE:
        raise Refused(413, "te_groot", f"Een bijlage mag hoogstens {MAX_BIJLAGE // 1024 // 1024} MB zijn.")
    aantal = aantal_delen(grootte)
    if n >= aantal:
        raise Refused(422, "ongeldig_verzoek", f"Deel {n} bestaat niet: een bijlage van {grootte} bytes heeft "
                                               f"{aantal} delen (0 t/m {aantal - 1}).")
    verwacht = CHUNK_SIZE if n < aantal - 1 else grootte - CHUNK_SIZE * (aantal - 1)
    if len(data) != verwacht:
        raise Refused(422, "ongeldig_verzoek", f"Deel {n} moet {verwacht} bytes zijn, maar is {len(data)} bytes. "
                                               f"Er is niets bewaard.")
    row = conn.execute(select(bijlage.c.grootte, bijlage.c.compleet).where(_key(device, sha))
                       .with_for_update()).first()
    if row is None:
        conn.execute(insert(bijlage).values(gemeente_id=device.gemeente_id, sha256=sha, grootte=grootte,
                                            compleet=False))
    elif row.grootte != grootte:
        raise Refused(409, "bijlage_grootte", f"Bijlage {sha[:12]}… is hier bekend met {row.grootte} bytes, niet "
                                              f"{grootte}. Er is niets bewaard.")
    if row is None or not row.compleet:
        conn.execute(delete(bijlage_deel).where(_deel_key(device, sha), bijlage_deel.c.n == n))
        conn.execute(insert(bijlage_deel).values(gemeente_id=device.gemeente_id, sha256=sha, n=n, data=data))
    return status(conn, device, sha)


def finish(conn: Connection, device: Device, sha: str) -> BijlageStatus | Refused:
    """Complete the attachment, or return (not raise) the refusal for damaged chunks: their removal must commit."""
    huidig = status(conn, device, sha)
    if huidig.compleet:
        return huidig
    ontbreekt = sorted(set(range(aantal_delen(huidig.grootte))) - set(huidig.ontvangen))
    if ontbreekt:
        raise Refused(409, "bijlage_onvolledig", f"Van bijlage {sha[:12]}… ontbreken nog de delen "
                                                 f"{', '.join(map(str, ontbreekt[:10]))}. Stuur die eerst.")
    digest = hashlib.sha256()
    for deel in conn.execute(select(bijlage_deel.c.data).where(_deel_key(device, sha)).order_by(bijlage_deel.c.n)):
        digest.update(deel.data)
    if digest.hexdigest() != sha:
        conn.execute(delete(bijlage_deel).where(_deel_key(device, sha)))
        conn.execute(delete(bijlage).where(_key(device, sha)))
        return Refused(422, "bijlage_hash", f"De delen van bijlage {sha[:12]}… vormen samen niet de bijlage met die "
                                           f"hash (beschadigd onderweg?). Ze zijn weggegooid; stuur de bijlage opnieuw.")
    conn.execute(update(bijlage).where(_key(device, sha)).values(compleet=True))
    return huidig.model_copy(update={"compleet": True})


def read_chunk(conn: Connection, device: Device, sha: str, n: int) -> bytes:
    row = conn.execute(select(bijlage.c.compleet).where(_key(device, sha))).first()
    if row is None or not row.compleet or not _mag_zien(conn, device, sha):
        # The same answer whether it does not exist or is not for this device: no probing of other caseloads.
        raise Refused(404, "onbekende_bijlage", f"Bijlage {sha[:12]}… is er niet, of niet voor dit apparaat.")
    data = conn.execute(select(bijlage_deel.c.data).where(_deel_key(device, sha), bijlage_deel.c.n == n)).scalar()
    if data is None:
        raise Refused(404, "onbekende_bijlage", f"Bijlage {sha[:12]}… heeft geen deel {n}.")
    return bytes(data)


def _mag_zien(conn: Connection, device: Device, sha: str) -> bool:
    ref = f"sha256:{sha}"
    rows = conn.execute(select(record.c.entity, record.c.data).where(
        visible(device), record.c.deleted == false(), record.c.data.contains(ref)))
    return any(ref in bijlage_refs(fields_for(device, r.entity, json.loads(r.data))) for r in rows)
