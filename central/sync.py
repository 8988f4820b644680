"""The server's side of sync: authorise, merge per field (three-way), hand out revisions, and decide per device what
it may receive (need-to-know). Every function runs inside one database transaction; a `Refused` raised anywhere rolls
the whole batch back, so a batch is applied completely or not at all."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

from sqlalchemy import and_, delete, false, insert, or_, select, update
from sqlalchemy.engine import Connection

from desktop_app.sync.protocol import (DOCENT_INBURGERAAR_VELDEN, OBSERVATIE_ENTITEITEN, VERWIJDERD, Change,
                                       ChangeResult, Conflict, PushResponse, RemoteRecord)

from .db import now
from .schema import apparaat, conflict, gemeente, groep_docent, ontvangen, record


class Refused(Exception):
    def __init__(self, status: int, code: str, detail: str):
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


@dataclasses.dataclass(frozen=True)
class Device:
    id: str
    user: str
    role: str
    gemeente_id: int
    gemeente: str


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def change_hash(change: Change) -> str:
    return hashlib.sha256(_json(change.model_dump(mode="json")).encode()).hexdigest()


# -- push ---------------------------------------------------------------------------------------------------------
def push(conn: Connection, device: Device, changes: list[Change]) -> PushResponse:
    # Locking the device row serialises two pushes of the same device (a retry racing the original).
    last_seq = conn.execute(select(apparaat.c.last_seq).where(apparaat.c.id == device.id)
                            .with_for_update()).scalar()
    results: list[ChangeResult] = []
    nieuw = [c for c in changes if c.seq > last_seq]
    for change in changes:
        if change.seq > last_seq:
            continue
        row = conn.execute(select(ontvangen.c.hash, ontvangen.c.resultaat).where(
            ontvangen.c.apparaat_id == device.id, ontvangen.c.seq == change.seq)).first()
        if row is None or row.hash != change_hash(change):
            raise Refused(409, "volgnummer_hergebruikt",
                          f"Wijziging {change.seq} van dit apparaat is al ontvangen, maar met een andere inhoud. Er is "
                          f"niets verwerkt. Dit wijst op een beschadigde wachtrij: neem contact op met de beheerder.")
        results.append(ChangeResult.model_validate({**json.loads(row.resultaat), "status": "al_ontvangen"}))
    if nieuw and nieuw[0].seq != last_seq + 1:
        raise Refused(409, "volgnummer_gat",
                      f"Wijziging {last_seq + 1} van dit apparaat ontbreekt (ontvangen t/m {last_seq}, nu aangeboden "
                      f"vanaf {nieuw[0].seq}). Er is niets verwerkt; synchroniseer opnieuw, dan stuurt Koers de "
                      f"wijzigingen op volgorde.")
    if nieuw:
        revs = _Revisions(conn, device.gemeente_id)
        for change in nieuw:
            result = _apply(conn, device, change, revs)
            results.append(result)
            conn.execute(insert(ontvangen).values(apparaat_id=device.id, seq=change.seq, hash=change_hash(change),
                                                  resultaat=result.model_dump_json(), at=now()))
        revs.close()
        last_seq = nieuw[-1].seq
        conn.execute(update(apparaat).where(apparaat.c.id == device.id).values(last_seq=last_seq))
    return PushResponse(results=results, last_seq=last_seq)


class _Revisions:
    """The tenant's revision counter, locked from the first revision until commit (see schema.gemeente)."""

    def __init__(self, conn: Connection, gemeente_id: int):
        self.conn, self.gemeente_id = conn, gemeente_id
        self.rev = conn.execute(select(gemeente.c.rev).where(gemeente.c.id == gemeente_id).with_for_update()).scalar()
        self.start = self.rev

    def next(self) -> int:
        self.rev += 1
        return self.rev

    def close(self) -> None:
        if self.rev != self.start:
            self.conn.execute(update(gemeente).where(gemeente.c.id == self.gemeente_id).values(rev=self.rev))


def _key(device: Device, entity: str, record_id: str):
    return and_(record.c.gemeente_id == device.gemeente_id, record.c.entity == entity, record.c.id == record_id)


def _apply(conn: Connection, device: Device, change: Change, revs: _Revisions) -> ChangeResult:
    row = conn.execute(select(record).where(_key(device, change.entity, change.id))).mappings().first()
    _authorise(conn, device, change, row)
    if row is None:
        rev = revs.next()
        data = {} if change.deleted else dict(change.fields)
        field_revs = {f: [rev, device.id] for f in data}
        if change.deleted:
            field_revs[VERWIJDERD] = [rev, device.id]
        conn.execute(insert(record).values(
            gemeente_id=device.gemeente_id, entity=change.entity, id=change.id, data=_json(data),
            field_revs=_json(field_revs), deleted=change.deleted, rev=rev, by=device.user, created_by=device.user,
            updated_at=now(), **_need_to_know(change.entity, change.id, data)))
        _after_write(conn, device, change.entity, change.id, {}, data, revs)
        return ChangeResult(seq=change.seq, status="toegepast", rev=rev)

    data, field_revs = json.loads(row["data"]), json.loads(row["field_revs"])

    def elders_gewijzigd(field: str) -> bool:
        rev_device = field_revs.get(field)
        return bool(rev_device) and rev_device[0] > change.base_rev and rev_device[1] != device.id

    botsingen: list[tuple[str, Any, Any]] = []
    toepassen: dict[str, Any] = {}
    deleted = row["deleted"]
    if change.deleted:
        if not row["deleted"]:
            if any(elders_gewijzigd(f) for f in data):
                botsingen.append((VERWIJDERD, True, False))  # someone else edited what this device deletes
            else:
                deleted = True
    elif row["deleted"]:
        if elders_gewijzigd(VERWIJDERD):
            botsingen.append((VERWIJDERD, dict(change.fields), True))  # this device edited what someone else deleted
        else:
            deleted, data, toepassen = False, {}, dict(change.fields)
    else:
        for field, value in change.fields.items():
            if elders_gewijzigd(field) and data.get(field) != value:
                botsingen.append((field, value, data.get(field)))
            else:
                toepassen[field] = value

    rev = row["rev"]
    if botsingen and not toepassen and deleted == row["deleted"]:
        # Nothing applied: still give the record a new revision, so the pushing device pulls the server's values
        # (its cursor may already be past the record's old revision) and both sides show the same until resolved.
        rev = revs.next()
        conn.execute(update(record).where(_key(device, change.entity, change.id)).values(rev=rev))
    elif toepassen or deleted != row["deleted"]:
        rev = revs.next()
        oud = dict(data)
        data = {**data, **toepassen}
        for field in toepassen:
            field_revs[field] = [rev, device.id]
        if deleted != row["deleted"]:
            field_revs[VERWIJDERD] = [rev, device.id]
        conn.execute(update(record).where(_key(device, change.entity, change.id)).values(
            data=_json(data), field_revs=_json(field_revs), deleted=deleted, rev=rev, by=device.user,
            updated_at=now(), **_need_to_know(change.entity, change.id, data)))
        _after_write(conn, device, change.entity, change.id, oud, data, revs)
    conflicts = []
    for field, mine, theirs in botsingen:
        cid = conn.execute(insert(conflict).values(
            gemeente_id=device.gemeente_id, apparaat_id=device.id, entity=change.entity, record_id=change.id,
            field=field, mine=_json(mine), theirs=_json(theirs), theirs_by=row["by"], rev=rev)
            .returning(conflict.c.id)).scalar()
        conflicts.append(Conflict(id=cid, entity=change.entity, record_id=change.id, field=field, mine=mine,
                                  theirs=theirs, theirs_by=row["by"], rev=rev))
    return ChangeResult(seq=change.seq, status="conflict" if conflicts else "toegepast", rev=rev, conflicts=conflicts)


def _need_to_know(entity: str, record_id: str, data: dict) -> dict:
    def tekst(value):
        return value if isinstance(value, str) and value else None
    return {"inburgeraar_id": record_id if entity == "inburgeraar" else tekst(data.get("inburgeraar_id")),
            "groep_id": record_id if entity == "startklasgroep" else tekst(data.get("groep_id")),
            "klantmanager": tekst(data.get("klantmanager")) if entity == "inburgeraar" else None}


def _after_write(conn: Connection, device: Device, entity: str, record_id: str, oud: dict, nieuw: dict,
                 revs: _Revisions) -> None:
    """When a write changes who may see what, give the records concerned a new revision, so that devices which are
    now entitled to them receive them on their next pull (a pull only sends what changed after its cursor)."""
    g = device.gemeente_id
    r = record.c
    if entity == "inburgeraar" and oud.get("klantmanager") != nieuw.get("klantmanager"):
        _touch(conn, revs, and_(r.gemeente_id == g, r.inburgeraar_id == record_id, r.entity != "inburgeraar"))
    elif entity == "plaatsing" and (oud.get("groep_id"), oud.get("inburgeraar_id")) != (
            nieuw.get("groep_id"), nieuw.get("inburgeraar_id")) and nieuw.get("inburgeraar_id"):
        _touch(conn, revs, and_(r.gemeente_id == g, r.entity == "inburgeraar", r.id == nieuw["inburgeraar_id"]))
    elif entity == "startklasgroep" and oud.get("docenten") != nieuw.get("docenten"):
        conn.execute(delete(groep_docent).where(groep_docent.c.gemeente_id == g,
                                                groep_docent.c.groep_id == record_id))
        docenten = nieuw.get("docenten") or []
        docenten = sorted({d for d in docenten if isinstance(d, str) and d}) if isinstance(docenten, list) else []
        if docenten:
            conn.execute(insert(groep_docent), [{"gemeente_id": g, "groep_id": record_id, "docent": d}
                                                for d in docenten])
        geplaatst = select(r.inburgeraar_id).where(r.gemeente_id == g, r.entity == "plaatsing",
                                                    r.groep_id == record_id).scalar_subquery()
        _touch(conn, revs, and_(r.gemeente_id == g, or_(
            and_(r.groep_id == record_id, r.entity != "startklasgroep"),
            and_(r.entity == "inburgeraar", r.id.in_(geplaatst)))))


def _touch(conn: Connection, revs: _Revisions, where) -> None:
    keys = conn.execute(select(record.c.entity, record.c.id).where(where).order_by(record.c.rev)).all()
    for entity, record_id in keys:
        conn.execute(update(record).where(record.c.gemeente_id == revs.gemeente_id, record.c.entity == entity,
                                          record.c.id == record_id).values(rev=revs.next()))


# -- authorisation ------------------------------------------------------------------------------------------------
def _my_groups(device: Device):
    return select(groep_docent.c.groep_id).where(groep_docent.c.gemeente_id == device.gemeente_id,
                                                 groep_docent.c.docent == device.user)


def _authorise(conn: Connection, device: Device, change: Change, row) -> None:
    if device.role == "beheerder":
        return
    if device.role == "docent":
        if change.entity not in OBSERVATIE_ENTITEITEN:
            raise Refused(403, "niet_toegestaan",
                          f"Een docent mag alleen observaties, eindscores en trajectadviezen van de eigen groepen "
                          f"versturen, geen '{change.entity}' (wijziging {change.seq}). Er is niets verwerkt.")
        mijn = set(conn.execute(_my_groups(device)).scalars())
        groepen = {change.fields.get("groep_id")} if "groep_id" in change.fields else set()
        if row is not None:
            groepen.add(row["groep_id"])
        elif not change.fields.get("groep_id"):
            groepen.add(None)
        vreemd = [g for g in groepen if g not in mijn]
        if vreemd:
            raise Refused(403, "niet_toegestaan",
                          f"Wijziging {change.seq} ({change.entity}) hoort bij groep {vreemd[0] or '(geen groep)'}, "
                          f"niet bij een groep van {device.user}. Er is niets verwerkt.")
        return
    # consultant: only their own caseload, and what they created themselves
    if row is not None and not _zichtbaar_voor_consultant(conn, device, row):
        raise Refused(403, "niet_toegestaan",
                      f"'{change.entity}' {change.id} hoort niet bij de caseload van {device.user} (wijziging "
                      f"{change.seq}). Er is niets verwerkt.")
    ib = change.fields.get("inburgeraar_id")
    if ib and change.entity != "inburgeraar":
        eigenaar = conn.execute(select(record.c.klantmanager, record.c.created_by).where(
            _key(device, "inburgeraar", ib))).first()
        if eigenaar is not None and device.user not in (eigenaar.klantmanager, eigenaar.created_by):
            raise Refused(403, "niet_toegestaan",
                          f"Inburgeraar {ib} hoort niet bij de caseload van {device.user} (wijziging {change.seq}). "
                          f"Er is niets verwerkt.")


def _zichtbaar_voor_consultant(conn: Connection, device: Device, row) -> bool:
    if device.user in (row["created_by"], row["klantmanager"]):
        return True
    if not row["inburgeraar_id"]:
        return False
    km = conn.execute(select(record.c.klantmanager).where(_key(device, "inburgeraar", row["inburgeraar_id"]))).scalar()
    return km == device.user


# -- pull ---------------------------------------------------------------------------------------------------------
def visible(device: Device):
    """The SQL condition for the records this device may receive."""
    r = record.c
    tenant = r.gemeente_id == device.gemeente_id
    if device.role == "beheerder":
        return tenant
    other = record.alias("r2")
    if device.role == "consultant":
        caseload = select(other.c.id).where(other.c.gemeente_id == device.gemeente_id,
                                            other.c.entity == "inburgeraar", other.c.klantmanager == device.user)
        return and_(tenant, or_(r.created_by == device.user, r.inburgeraar_id.in_(caseload)))
    groepen = _my_groups(device)
    geplaatst = select(other.c.inburgeraar_id).where(other.c.gemeente_id == device.gemeente_id,
                                                     other.c.entity == "plaatsing", other.c.deleted == false(),
                                                     other.c.groep_id.in_(groepen))
    return and_(tenant, or_(and_(r.entity == "startklasgroep", r.id.in_(groepen)),
                            and_(r.entity == "plaatsing", r.groep_id.in_(groepen)),
                            and_(r.entity == "inburgeraar", r.id.in_(geplaatst)),
                            and_(r.entity.in_(sorted(OBSERVATIE_ENTITEITEN)), r.groep_id.in_(groepen))))


def pull(conn: Connection, device: Device, cursor: int, limit: int) -> tuple[list[RemoteRecord], int, bool]:
    rows = conn.execute(select(record.c.entity, record.c.id, record.c.rev, record.c.deleted, record.c.data,
                               record.c.by).where(visible(device), record.c.rev > cursor)
                        .order_by(record.c.rev).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    uit = []
    for row in rows:
        fields = {} if row.deleted else json.loads(row.data)
        if device.role == "docent" and row.entity == "inburgeraar":
            fields = {k: v for k, v in fields.items() if k in DOCENT_INBURGERAAR_VELDEN}
        uit.append(RemoteRecord(entity=row.entity, id=row.id, rev=row.rev, deleted=row.deleted, fields=fields,
                                by=row.by))
    new_cursor = rows[-1].rev if rows else cursor
    return uit, new_cursor, more
