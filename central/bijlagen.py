"""Attachments: content-addressed per tenant, uploaded in chunks. Each device uploads into a place of its own
(`bijlage_upload`): the chunks may arrive in any order, more than once, even twice at the same moment, and a broken
upload resumes with the chunks the server lacks. Only when they hash to the name is the attachment kept, once per
tenant however many devices upload it.

Who may know of an attachment follows the records: a device sees its status, uploads to it and downloads it only when
a record it may see refers to it, or when it uploaded those bytes itself. To anyone else the server answers as if it
did not exist, so neither its existence nor its size leaks to another caseload. What a device uploaded and no record
refers to yet counts against its room (MAX_ONVERWEZEN) and is removed after BEWAARTERMIJN."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import and_, delete, exists, false, func, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from koers_protocol.sync import CHUNK_SIZE, MAX_BIJLAGE, QUOTUM, BijlageStatus, bijlage_refs

from .db import now
from .schema import bijlage, bijlage_deel, bijlage_upload, bijlage_upload_deel, record
from .sync import Device, Refused, fields_for, visible

MAX_ONVERWEZEN = 4 * MAX_BIJLAGE     # per device: bytes uploaded that no record refers to (yet)
BEWAARTERMIJN = dt.timedelta(days=7)


def aantal_delen(grootte: int) -> int:
    return max(1, -(-grootte // CHUNK_SIZE))


def _onbekend(sha: str) -> Refused:
    # The same answer whether it does not exist or is not for this device: no probing of other caseloads.
    return Refused(404, "onbekende_bijlage", f"Bijlage {sha[:12]}… is er niet, of niet voor dit apparaat.")


def _bijlage(device: Device, sha: str):
    return and_(bijlage.c.gemeente_id == device.gemeente_id, bijlage.c.sha256 == sha)


def _upload(tabel, device: Device, sha: str):
    return and_(tabel.c.gemeente_id == device.gemeente_id, tabel.c.sha256 == sha, tabel.c.apparaat_id == device.id)


def _voeg_in(conn: Connection, tabel, waarden: dict | None = None, van=None) -> None:
    """Insert, or keep what is there: a retry, or another request for the same row at the same moment."""
    insert = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(tabel)
    insert = insert.from_select(list(van.selected_columns.keys()), van) if van is not None else insert.values(waarden)
    conn.execute(insert.on_conflict_do_nothing())


def _mijn_upload(conn: Connection, device: Device, sha: str):
    return conn.execute(select(bijlage_upload.c.grootte, bijlage_upload.c.klaar)
                        .where(_upload(bijlage_upload, device, sha))).first()


def _beschikbaar(conn: Connection, device: Device, sha: str, eigen) -> int | None:
    """The size of the attachment when this device may know of it, else None."""
    grootte = conn.execute(select(bijlage.c.grootte).where(_bijlage(device, sha))).scalar()
    if grootte is None or not ((eigen is not None and eigen.klaar) or _mag_zien(conn, device, sha)):
        return None
    return grootte


def _compleet(sha: str, grootte: int) -> BijlageStatus:
    return BijlageStatus(sha256=sha, grootte=grootte, ontvangen=list(range(aantal_delen(grootte))), compleet=True)


def _in_uitvoering(conn: Connection, device: Device, sha: str, grootte: int) -> BijlageStatus:
    delen = conn.execute(select(bijlage_upload_deel.c.n).where(_upload(bijlage_upload_deel, device, sha))
                         .order_by(bijlage_upload_deel.c.n)).scalars()
    return BijlageStatus(sha256=sha, grootte=grootte, ontvangen=list(delen), compleet=False)


def status(conn: Connection, device: Device, sha: str) -> BijlageStatus:
    eigen = _mijn_upload(conn, device, sha)
    if eigen is not None and not eigen.klaar:
        return _in_uitvoering(conn, device, sha, eigen.grootte)
    grootte = _beschikbaar(conn, device, sha, eigen)
    if grootte is None:
        raise _onbekend(sha)
    return _compleet(sha, grootte)


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
    eigen = _mijn_upload(conn, device, sha)
    if eigen is None or eigen.klaar:
        bekend = _beschikbaar(conn, device, sha, eigen)
        if bekend is not None:
            return _compleet(sha, bekend)   # the server has it, and this device may know: nothing to send
        _begin(conn, device, sha, grootte)
    elif eigen.grootte != grootte:
        raise Refused(409, "bijlage_grootte", f"Dit apparaat stuurt bijlage {sha[:12]}… al met {eigen.grootte} "
                                              f"bytes, niet {grootte}. Er is niets bewaard.")
    _voeg_in(conn, bijlage_upload_deel, {"gemeente_id": device.gemeente_id, "sha256": sha, "apparaat_id": device.id,
                                         "n": n, "data": data})
    return _in_uitvoering(conn, device, sha, grootte)


def _begin(conn: Connection, device: Device, sha: str, grootte: int) -> None:
    """A new upload of this device, within its room; what lies unreferenced too long is cleaned up first."""
    ruim_op(conn, device.gemeente_id)
    if _in_gebruik(conn, device) + grootte > MAX_ONVERWEZEN:
        raise Refused(413, QUOTUM, f"Dit apparaat heeft al {MAX_ONVERWEZEN // 1024 // 1024} MB aan bijlagen "
                                   f"gestuurd waar nog geen gegevens naar verwijzen. Er is niets bewaard; Koers "
                                   f"verstuurt eerst de wijzigingen die ernaar verwijzen en daarna de rest.")
    conn.execute(delete(bijlage_upload).where(_upload(bijlage_upload, device, sha)))
    _voeg_in(conn, bijlage_upload, {"gemeente_id": device.gemeente_id, "sha256": sha, "apparaat_id": device.id,
                                    "grootte": grootte, "begonnen": now(), "klaar": False})


def _in_gebruik(conn: Connection, device: Device) -> int:
    """Bytes this device uploaded that no record refers to: uploads in progress and finished ones not referred to."""
    mijn = and_(bijlage_upload.c.gemeente_id == device.gemeente_id, bijlage_upload.c.apparaat_id == device.id)
    bezig = conn.execute(select(func.coalesce(func.sum(bijlage_upload.c.grootte), 0))
                         .where(mijn, bijlage_upload.c.klaar == false())).scalar()
    los = conn.execute(select(func.coalesce(func.sum(bijlage.c.grootte), 0)).select_from(bijlage.join(
        bijlage_upload, and_(bijlage_upload.c.gemeente_id == bijlage.c.gemeente_id,
                             bijlage_upload.c.sha256 == bijlage.c.sha256)))
        .where(mijn, bijlage_upload.c.klaar == true(), bijlage.c.verwezen == false())).scalar()
    return int(bezig) + int(los)


def finish(conn: Connection, device: Device, sha: str) -> BijlageStatus | Refused:
    """Complete the upload, or return (not raise) the refusal for damaged chunks: their removal must commit."""
    eigen = _mijn_upload(conn, device, sha)
    if eigen is None or eigen.klaar:
        grootte = _beschikbaar(conn, device, sha, eigen)
        if grootte is None:
            raise _onbekend(sha)
        return _compleet(sha, grootte)
    huidig = _in_uitvoering(conn, device, sha, eigen.grootte)
    ontbreekt = sorted(set(range(aantal_delen(eigen.grootte))) - set(huidig.ontvangen))
    if ontbreekt:
        raise Refused(409, "bijlage_onvolledig", f"Van bijlage {sha[:12]}… ontbreken nog de delen "
                                                 f"{', '.join(map(str, ontbreekt[:10]))}. Stuur die eerst.")
    digest = hashlib.sha256()
    delen = select(bijlage_upload_deel.c.data).where(_upload(bijlage_upload_deel, device, sha))
    for deel in conn.execute(delen.order_by(bijlage_upload_deel.c.n)):
        digest.update(deel.data)
    if digest.hexdigest() != sha:
        conn.execute(delete(bijlage_upload_deel).where(_upload(bijlage_upload_deel, device, sha)))
        conn.execute(delete(bijlage_upload).where(_upload(bijlage_upload, device, sha)))
        return Refused(422, "bijlage_hash", f"De delen van bijlage {sha[:12]}… vormen samen niet de bijlage met die "
                                           f"hash (beschadigd onderweg?). Ze zijn weggegooid; stuur de bijlage opnieuw.")
    ref = f"sha256:{sha}"
    verwezen = conn.execute(select(exists().where(record.c.gemeente_id == device.gemeente_id,
                                                  record.c.data.contains(ref)))).scalar()
    _voeg_in(conn, bijlage, {"gemeente_id": device.gemeente_id, "sha256": sha, "grootte": eigen.grootte,
                             "verwezen": verwezen, "aangemaakt": now()})
    u = bijlage_upload_deel.c
    _voeg_in(conn, bijlage_deel, van=select(u.gemeente_id, u.sha256, u.n, u.data).where(
        _upload(bijlage_upload_deel, device, sha)))
    conn.execute(delete(bijlage_upload_deel).where(_upload(bijlage_upload_deel, device, sha)))
    conn.execute(update(bijlage_upload).where(_upload(bijlage_upload, device, sha)).values(klaar=True))
    return _compleet(sha, eigen.grootte)


def read_chunk(conn: Connection, device: Device, sha: str, n: int) -> bytes:
    if _beschikbaar(conn, device, sha, _mijn_upload(conn, device, sha)) is None:
        raise _onbekend(sha)
    data = conn.execute(select(bijlage_deel.c.data).where(bijlage_deel.c.gemeente_id == device.gemeente_id,
                                                          bijlage_deel.c.sha256 == sha, bijlage_deel.c.n == n)).scalar()
    if data is None:
        raise Refused(404, "onbekende_bijlage", f"Bijlage {sha[:12]}… heeft geen deel {n}.")
    return bytes(data)


def ruim_op(conn: Connection, gemeente_id: int, nu: dt.datetime | None = None) -> None:
    """Uploads left unfinished, and attachments no record referred to, for longer than BEWAARTERMIJN: gone."""
    grens = ((nu or dt.datetime.now(dt.timezone.utc)) - BEWAARTERMIJN).isoformat(timespec="microseconds")
    u, d = bijlage_upload.c, bijlage_upload_deel.c
    oud = select(u.sha256, u.apparaat_id).where(u.gemeente_id == gemeente_id, u.klaar == false(), u.begonnen < grens)
    for sha, apparaat_id in conn.execute(oud).all():
        conn.execute(delete(bijlage_upload_deel).where(d.gemeente_id == gemeente_id, d.sha256 == sha,
                                                       d.apparaat_id == apparaat_id))
        conn.execute(delete(bijlage_upload).where(u.gemeente_id == gemeente_id, u.sha256 == sha,
                                                  u.apparaat_id == apparaat_id))
    los = conn.execute(select(bijlage.c.sha256).where(bijlage.c.gemeente_id == gemeente_id,
                                                      bijlage.c.verwezen == false(),
                                                      bijlage.c.aangemaakt < grens)).scalars().all()
    for sha in los:
        for tabel in (bijlage_deel, bijlage_upload, bijlage):
            conn.execute(delete(tabel).where(tabel.c.gemeente_id == gemeente_id, tabel.c.sha256 == sha))


def _mag_zien(conn: Connection, device: Device, sha: str) -> bool:
    ref = f"sha256:{sha}"
    rows = conn.execute(select(record.c.entity, record.c.data).where(
        visible(device), record.c.deleted == false(), record.c.data.contains(ref)))
    return any(ref in bijlage_refs(fields_for(device, r.entity, json.loads(r.data))) for r in rows)
