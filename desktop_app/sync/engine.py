"""One sync round of a local store with the central server: push the outbox, then pull by cursor.

- Push: outbox entries after the last acknowledged number, in batches; the server answers each (device, number) once
  and the same again on a retry, so a broken connection is resumed by simply pushing again.
- Pull: pages after the cursor, each applied in ONE local transaction together with the new cursor. A remote change is
  audited with user "sync:<who>" and never enters the outbox. Fields with a local edit that is not yet pushed keep the
  local value (the server merges them per field when they arrive).
- Conflicts reported by the server are kept in `sync_conflict` until the person resolves them (`resolve`).
- A change the server refuses by itself (need-to-know: the caseload moved, the docent left the group; or a field name,
  value or kind of record the server cannot accept) leaves the outbox, so the rest keeps syncing, but is kept in
  `sync_geweigerd` with its values, the server's code (also one this version does not know) and the reason until the
  person exports or discards it (`export_refused`, `discard_refused`, both audited). The local record stays as it is.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any, Callable

from sqlalchemy import bindparam, delete, func, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from desktop_app.core.wijzigingen import Wijzigingen
from desktop_app.store.schema import meta, outbox, record
from koers_protocol.sync import (MAX_BATCH, MAX_BODY_BYTES, PROTOCOL_VERSION, VERWIJDERD, EnrollResponse, ProtocolInfo,
                                 PullResponse, PushResponse)

from . import bijlagen
from .client import Client, DeviceRevoked, SyncError, VersionMismatch, als_json
from .tables import sync_conflict, sync_geweigerd

Progress = Callable[[int, int, str], None]
PAGE = 500
MAX_PORTIE_BYTES = MAX_BODY_BYTES - 4096   # a push body, with room for the envelope

# Keys in the store's meta table.
SERVER, TOKEN, DEVICE, USER, ROLE, GEMEENTE = ("sync.server", "sync.token", "sync.device_id", "sync.user",
                                               "sync.role", "sync.gemeente")
CURSOR, PUSHED, LAATST, INGETROKKEN, CA_BUNDLE, PROXY = ("sync.cursor", "sync.pushed_seq", "sync.laatste",
                                                         "sync.ingetrokken", "sync.ca_bundle", "sync.proxy")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclasses.dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    geweigerd: int = 0      # changes the server refused in this round (kept locally, see refused_changes)
    wijzigingen: Wijzigingen = dataclasses.field(default_factory=Wijzigingen)   # what this round changed locally


@dataclasses.dataclass
class OpenConflict:
    id: int
    entity: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    theirs_by: str


@dataclasses.dataclass
class RefusedChange:
    seq: int
    entity: str
    record_id: str
    fields: dict[str, Any]
    deleted: bool
    gewijzigd: str      # when the edit was made
    code: str
    reden: str
    geweigerd: str      # when the server refused it

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# -- settings and enrollment ----------------------------------------------------------------------------------------
def is_enrolled(store) -> bool:
    return bool(store.get_meta(TOKEN))


def client_for(store, **kwargs) -> Client:
    if not is_enrolled(store):
        raise SyncError("Dit apparaat is nog niet aangemeld bij de centrale server. Meld het aan met de server-URL "
                        "en de code van de beheerder.", "niet_aangemeld")
    return Client(store.get_meta(SERVER), store.get_meta(TOKEN), ca_bundle=store.get_meta(CA_BUNDLE) or None,
                  proxy=store.get_meta(PROXY) or None, **kwargs)


def set_connection_settings(store, *, ca_bundle: str | None = None, proxy: str | None = None) -> None:
    store.set_meta(CA_BUNDLE, ca_bundle or "")
    store.set_meta(PROXY, proxy or "")


def check_protocol(client: Client) -> None:
    info = ProtocolInfo.model_validate(client.request("GET", "/v1/protocol"))
    if PROTOCOL_VERSION < info.min:
        raise VersionMismatch(f"Deze versie van Koers is te oud voor de server (protocol {PROTOCOL_VERSION}, de server "
                              f"vraagt minstens {info.min}). Installeer de nieuwste versie; uw gegevens blijven "
                              f"bewaard.", "client_te_oud")
    if PROTOCOL_VERSION > info.max:
        raise VersionMismatch(f"De server is ouder dan deze Koers (kent protocol tot en met {info.max}). Vraag de "
                              f"beheerder de server bij te werken. Uw wijzigingen blijven bewaard op dit apparaat en "
                              f"gaan mee zodra de server is bijgewerkt.", "server_te_oud")


def enroll(store, server: str, code: str, *, ca_bundle: str | None = None, proxy: str | None = None,
           device_name: str = "", **client_kwargs) -> EnrollResponse:
    """Exchange the one-time code for a device token and remember the server. Local edits made before enrolling
    are pushed at the first sync."""
    if not server.startswith(("https://", "http://")):
        raise SyncError("De server-URL moet beginnen met https:// (bijvoorbeeld https://koers.gemeente.nl).", "url")
    with Client(server, ca_bundle=ca_bundle, proxy=proxy, **client_kwargs) as client:
        check_protocol(client)
        with store.transaction() as conn:
            eerste = conn.execute(select(func.min(outbox.c.seq))).scalar()
            laatste = conn.execute(select(func.max(outbox.c.seq))).scalar() or 0
        start = eerste - 1 if eerste else laatste
        antwoord = EnrollResponse.model_validate(client.request(
            "POST", "/v1/enroll", json={"code": code.strip(), "device_name": device_name, "start_seq": start}))
    with store.transaction() as conn:
        for key, value in ((SERVER, server.rstrip("/")), (TOKEN, antwoord.token), (DEVICE, antwoord.device_id),
                           (USER, antwoord.user), (ROLE, antwoord.role), (GEMEENTE, antwoord.gemeente),
                           (CURSOR, "0"), (PUSHED, str(start)), (INGETROKKEN, ""), (CA_BUNDLE, ca_bundle or ""),
                           (PROXY, proxy or "")):
            _set(conn, key, value)
    return antwoord


def _get(conn: Connection, key: str, default: str = "") -> str:
    value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
    return default if value is None else value


def _set(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(meta).where(meta.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(meta).values(key=key, value=value))


# -- one round ------------------------------------------------------------------------------------------------------
def sync(store, client: Client | None = None, progress: Progress | None = None, *, batch: int = MAX_BATCH,
         page: int = PAGE) -> SyncReport:
    """Push, then pull. Raises SyncError (DeviceRevoked, VersionMismatch, Unreachable) with a message for the user;
    whatever was acknowledged before the error stays acknowledged, and the next round resumes from there."""
    eigen = client is None
    client = client or client_for(store)
    progress = progress or (lambda done, total, text="": None)
    report = SyncReport()
    try:
        check_protocol(client)
        _report_resolutions(store, client)
        bijlagen.upload(store, client)  # before the records that refer to them
        _push(store, client, progress, report, batch)
        _pull(store, client, progress, report, page)
        bijlagen.download(store, client)
    except DeviceRevoked:
        store.set_meta(INGETROKKEN, _now())
        raise
    finally:
        if eigen:
            client.close()
    store.set_meta(LAATST, _now())
    return report


def pending_count(store) -> int:
    with store.transaction() as conn:
        pushed = int(_get(conn, PUSHED, "0"))
        return conn.execute(select(func.count()).select_from(outbox).where(outbox.c.seq > pushed)).scalar()


def next_batch(store, limit: int = MAX_BATCH, after: int | None = None) -> list[dict]:
    """The next outbox entries to push, as protocol changes (JSON-ready): at most `limit`, and no more than fit in
    one request. A change that fits in no request goes without its fields (`te_groot`): the server refuses it by
    itself and the device keeps it whole, so it cannot hold up the rest."""
    with store.transaction() as conn:
        pushed = int(_get(conn, PUSHED, "0")) if after is None else after
        rows = conn.execute(select(outbox).where(outbox.c.seq > pushed).order_by(outbox.c.seq)
                            .limit(limit)).mappings().all()
    changes, grootte = [], 0
    for r in rows:
        change = {"seq": r["seq"], "entity": r["entity"], "id": r["record_id"], "fields": json.loads(r["fields"]),
                  "deleted": bool(r["deleted"]), "base_rev": r["base_rev"], "at": r["at"]}
        n = len(als_json(change)) + 1
        if n > MAX_PORTIE_BYTES:
            change = {**change, "fields": {}, "te_groot": n}
            n = len(als_json(change)) + 1
        if changes and grootte + n > MAX_PORTIE_BYTES:
            break
        changes.append(change)
        grootte += n
    return changes


def _push(store, client: Client, progress: Progress, report: SyncReport, batch: int) -> None:
    totaal = pending_count(store)
    while True:
        changes = next_batch(store, batch)
        if not changes:
            return
        antwoord = PushResponse.model_validate(client.request("POST", "/v1/push", json={"changes": changes}))
        laatste = changes[-1]["seq"]
        with store.transaction() as conn:
            for result in antwoord.results:
                for c in result.conflicts:
                    if conn.execute(select(sync_conflict.c.id).where(sync_conflict.c.id == c.id)).first() is None:
                        conn.execute(insert(sync_conflict).values(
                            id=c.id, entity=c.entity, record_id=c.record_id, field=c.field, mine=_json(c.mine),
                            theirs=_json(c.theirs), theirs_by=c.theirs_by, rev=c.rev, at=_now(), gemeld=0))
                        report.conflicts += 1
            for change, result in zip(changes, sorted(antwoord.results, key=lambda r: r.seq)):
                if result.status == "geweigerd" and conn.execute(select(sync_geweigerd.c.seq).where(
                        sync_geweigerd.c.seq == change["seq"])).first() is None:
                    velden = conn.execute(select(outbox.c.fields).where(outbox.c.seq == change["seq"])).scalar()
                    conn.execute(insert(sync_geweigerd).values(   # the change whole, as the outbox holds it
                        seq=change["seq"], entity=change["entity"], record_id=change["id"], fields=velden,
                        deleted=int(change["deleted"]), base_rev=change["base_rev"], gewijzigd=change["at"],
                        code=result.weigering.code, reden=result.weigering.detail, geweigerd=_now()))
                    report.geweigerd += 1
            schoon = {}
            for change, result in zip(changes, sorted(antwoord.results, key=lambda r: r.seq)):
                if result.schoon:
                    schoon[(change["entity"], change["id"])] = result.rev
            if schoon:  # nobody else changed these: take the new revision as base, no need to pull them back
                conn.execute(update(record).where(record.c.entity == bindparam("k_entity"),
                                                  record.c.id == bindparam("k_id"),
                                                  record.c.server_rev < bindparam("rev"))
                             .values(server_rev=bindparam("rev")),
                             [{"k_entity": e, "k_id": i, "rev": rev} for (e, i), rev in schoon.items()])
            _set(conn, PUSHED, str(laatste))
            # Keep the newest acknowledged entry: SQLite reuses rowids of an emptied table, and the server knows
            # each (device, number) pair only once.
            conn.execute(delete(outbox).where(outbox.c.seq < laatste))
        report.pushed += len(changes)
        progress(report.pushed, totaal, "Wijzigingen versturen")


def _pull(store, client: Client, progress: Progress, report: SyncReport, page: int) -> None:
    while True:
        cursor = int(store.get_meta(CURSOR, "0"))
        antwoord = PullResponse.model_validate(client.request("GET", "/v1/pull",
                                                              params={"after": cursor, "limit": page}))
        with store.transaction() as conn:  # one page, one transaction, including the new cursor
            if int(_get(conn, CURSOR, "0")) != cursor:
                continue  # another round moved on meanwhile; ask again from there
            toegepast = _apply_page(store, conn, antwoord)
            _set(conn, CURSOR, str(antwoord.cursor))
        report.wijzigingen |= toegepast
        report.pulled += len(antwoord.records)
        progress(report.pulled, report.pulled + (page if antwoord.more else 0), "Wijzigingen ophalen")
        if not antwoord.more:
            return


def _apply_page(store, conn: Connection, antwoord: PullResponse) -> Wijzigingen:
    """Apply one page of remote records: read the local rows once, write in bulk, audit as "sync:<who>"."""
    pushed = int(_get(conn, PUSHED, "0"))
    pending: dict[tuple[str, str], set[str]] = {}
    for r in conn.execute(select(outbox.c.entity, outbox.c.record_id, outbox.c.fields, outbox.c.deleted)
                          .where(outbox.c.seq > pushed)):
        velden = pending.setdefault((r.entity, r.record_id), set())
        velden.update(json.loads(r.fields))
        if r.deleted:
            velden.add(VERWIJDERD)
    keys = list({(r.entity, r.id) for r in antwoord.records})
    local = {}
    for i in range(0, len(keys), 400):
        for r in conn.execute(select(record.c.entity, record.c.id, record.c.data, record.c.deleted,
                                     record.c.server_rev).where(tuple_(record.c.entity, record.c.id).in_(keys[i:i + 400]))):
            local[(r.entity, r.id)] = r
    now = _now()
    nieuw, bijwerken, audits = {}, {}, []
    for remote in antwoord.records:
        key = (remote.entity, remote.id)
        if key in nieuw or key in bijwerken:  # the same record twice in a page: the later revision wins
            row = None
            old = json.loads((nieuw.get(key) or bijwerken.get(key))["data"])
            old_deleted = bool((nieuw.get(key) or bijwerken.get(key))["deleted"])
        else:
            row = local.get(key)
            if row is not None and row.server_rev >= remote.rev:
                continue  # already have it (a page delivered twice)
            old = json.loads(row.data) if row else {}
            old_deleted = bool(row.deleted) if row else False
        lokaal = pending.get(key, set())
        if lokaal and remote.deleted:
            continue  # a local edit of what was deleted elsewhere: the server reports it as a conflict on push
        if lokaal:
            data = {**remote.fields, **{f: old[f] for f in lokaal if f in old}}
            deleted = old_deleted
        elif remote.deleted:
            data, deleted = old, True  # a tombstone keeps the last values locally, like a local delete
        else:
            data, deleted = dict(remote.fields), False
        values = {"entity": remote.entity, "id": remote.id, "data": _json(data), "deleted": int(deleted),
                  "server_rev": remote.rev, "updated_at": now}
        (nieuw if key in nieuw or (row is None and key not in bijwerken) else bijwerken)[key] = values
        if not deleted:
            bijlagen.want(conn, data)
        changes = {f: (old.get(f), data.get(f)) for f in sorted(set(old) | set(data)) if old.get(f) != data.get(f)}
        if deleted != old_deleted:
            changes[VERWIJDERD] = (old_deleted, deleted)
        audits += [(now, f"sync:{remote.by}", remote.entity, remote.id, f, None if a is None else _json(a),
                    None if b is None else _json(b), "synchronisatie") for f, (a, b) in changes.items()]
    if nieuw:
        conn.execute(insert(record), list(nieuw.values()))
    if bijwerken:
        conn.execute(update(record).where(record.c.entity == bindparam("k_entity"), record.c.id == bindparam("k_id"))
                     .values(data=bindparam("data"), deleted=bindparam("deleted"),
                             server_rev=bindparam("server_rev"), updated_at=bindparam("updated_at")),
                     [{"k_entity": v["entity"], "k_id": v["id"], "data": v["data"], "deleted": v["deleted"],
                       "server_rev": v["server_rev"], "updated_at": v["updated_at"]} for v in bijwerken.values()])
    if audits:  # straight to the driver: thousands of rows per page, SQLAlchemy's parameter handling is the cost
        conn.exec_driver_sql('INSERT INTO audit ("at", "user", entity, record_id, field, old, new, reason) '
                             'VALUES (?, ?, ?, ?, ?, ?, ?, ?)', audits)
    geschreven = {**nieuw, **bijwerken}
    return Wijzigingen.van(geschreven, (k[1] if k[0] == "inburgeraar" else json.loads(v["data"]).get("inburgeraar_id")
                                        for k, v in geschreven.items()))


# -- changes the server refused --------------------------------------------------------------------------------------
GEWEIGERD = "(geweigerde wijziging)"  # the audit "field" of what happened to a refused change


def refused_changes(store) -> list[RefusedChange]:
    """The refused changes the person has not discarded yet, oldest first."""
    with store.transaction() as conn:
        rows = conn.execute(select(sync_geweigerd).where(sync_geweigerd.c.verwijderd.is_(None))
                            .order_by(sync_geweigerd.c.seq)).mappings().all()
    return [RefusedChange(seq=r["seq"], entity=r["entity"], record_id=r["record_id"], fields=json.loads(r["fields"]),
                          deleted=bool(r["deleted"]), gewijzigd=r["gewijzigd"], code=r["code"], reden=r["reden"],
                          geweigerd=r["geweigerd"]) for r in rows]


def _inhoud(change: RefusedChange) -> dict[str, Any]:
    return {"velden": change.fields, "verwijderd": change.deleted, "reden": change.reden}


def export_refused(store, seqs: list[int] | None = None) -> str:
    """The refused changes (all, or these numbers) as JSON text to copy or save; the export is audited."""
    keuze = [c for c in refused_changes(store) if seqs is None or c.seq in seqs]
    with store.transaction() as conn:
        for c in keuze:
            store._audit(conn, _now(), c.entity, c.record_id, {GEWEIGERD: (_inhoud(c), _inhoud(c))},
                         "niet geaccepteerde wijziging geëxporteerd")
    return json.dumps([c.as_dict() for c in keuze], ensure_ascii=False, indent=2)


def discard_refused(store, seq: int) -> None:
    """The person's explicit decision to drop a refused change from the queue: audited with its values. The local
    record is not touched."""
    change = next((c for c in refused_changes(store) if c.seq == seq), None)
    if change is None:
        raise SyncError(f"Geweigerde wijziging {seq} is al verwijderd of bestaat niet.", "onbekende_weigering")
    with store.transaction() as conn:
        store._audit(conn, _now(), change.entity, change.record_id, {GEWEIGERD: (_inhoud(change), None)},
                     "niet geaccepteerde wijziging verwijderd uit de wachtrij")
        conn.execute(update(sync_geweigerd).where(sync_geweigerd.c.seq == seq).values(verwijderd=_now()))


# -- conflicts ------------------------------------------------------------------------------------------------------
def open_conflicts(store) -> list[OpenConflict]:
    with store.transaction() as conn:
        rows = conn.execute(select(sync_conflict).where(sync_conflict.c.opgelost.is_(None))
                            .order_by(sync_conflict.c.id)).mappings().all()
    return [OpenConflict(id=r["id"], entity=r["entity"], record_id=r["record_id"], field=r["field"],
                         mine=json.loads(r["mine"]), theirs=json.loads(r["theirs"]), theirs_by=r["theirs_by"])
            for r in rows]


def resolve(store, conflict_id: int, keuze: str, value: Any = None) -> None:
    """The person's decision: 'mijn' (keep my value), 'hun' (keep the server's) or 'bewerkt' (this value). A new
    value is an ordinary edit (audited, into the outbox, pushed at the next sync); the decision itself is audited."""
    if keuze not in ("mijn", "hun", "bewerkt"):
        raise ValueError(keuze)
    conflict = next((c for c in open_conflicts(store) if c.id == conflict_id), None)
    if conflict is None:
        raise SyncError(f"Conflict {conflict_id} is al opgelost of bestaat niet.", "onbekend_conflict")
    reden = {"mijn": "conflict opgelost: eigen waarde behouden",
             "hun": f"conflict opgelost: waarde van {conflict.theirs_by} behouden",
             "bewerkt": "conflict opgelost: nieuwe waarde"}[keuze]
    with store.transaction() as conn:
        if conflict.field == VERWIJDERD:
            _resolve_deletion(store, conn, conflict, keuze, reden)
        elif keuze == "hun":
            store._audit(conn, _now(), conflict.entity, conflict.record_id,
                         {conflict.field: (conflict.mine, conflict.theirs)}, reden)
        else:
            nieuw = conflict.mine if keuze == "mijn" else value
            if not store.put(conflict.entity, conflict.record_id, {conflict.field: nieuw}, reason=reden, conn=conn):
                store._audit(conn, _now(), conflict.entity, conflict.record_id, {conflict.field: (nieuw, nieuw)},
                             reden)
        conn.execute(update(sync_conflict).where(sync_conflict.c.id == conflict_id)
                     .values(opgelost=_now(), keuze=keuze))


def _resolve_deletion(store, conn: Connection, conflict: OpenConflict, keuze: str, reden: str) -> None:
    if keuze == "hun":
        store._audit(conn, _now(), conflict.entity, conflict.record_id, {VERWIJDERD: (conflict.mine, conflict.theirs)},
                     reden)
        return
    if conflict.mine is True:  # I deleted, they edited: delete again, now knowing their edit
        row = conn.execute(select(record.c.server_rev).where(record.c.entity == conflict.entity,
                                                             record.c.id == conflict.record_id)).first()
        conn.execute(update(record).where(record.c.entity == conflict.entity, record.c.id == conflict.record_id)
                     .values(deleted=1, updated_at=_now()))
        conn.execute(insert(outbox).values(entity=conflict.entity, record_id=conflict.record_id, fields="{}",
                                           deleted=1, base_rev=row.server_rev if row else 0, at=_now()))
        store._audit(conn, _now(), conflict.entity, conflict.record_id, {VERWIJDERD: (False, True)}, reden)
    else:  # I edited, they deleted: bring it back with the local values
        row = conn.execute(select(record.c.data).where(record.c.entity == conflict.entity,
                                                       record.c.id == conflict.record_id)).first()
        data = {**(json.loads(row.data) if row else {}), **(conflict.mine or {})}
        store.put(conflict.entity, conflict.record_id, data, reason=reden, conn=conn)


def _report_resolutions(store, client: Client) -> None:
    with store.transaction() as conn:
        rows = conn.execute(select(sync_conflict.c.id, sync_conflict.c.keuze).where(
            sync_conflict.c.opgelost.is_not(None), sync_conflict.c.gemeld == 0)).all()
    for conflict_id, keuze in rows:
        try:
            client.request("POST", f"/v1/conflicts/{conflict_id}/resolve", json={"keuze": keuze})
        except SyncError as fout:
            if fout.status != 404:
                raise
        with store.transaction() as conn:
            conn.execute(update(sync_conflict).where(sync_conflict.c.id == conflict_id).values(gemeld=1))


def status(store) -> dict[str, Any]:
    """What the status area shows: enrolled to where, as whom, last success, pending changes, open conflicts,
    changes the server refused."""
    return {"aangemeld": is_enrolled(store), "server": store.get_meta(SERVER, ""), "gebruiker": store.get_meta(USER, ""),
            "rol": store.get_meta(ROLE, ""), "gemeente": store.get_meta(GEMEENTE, ""),
            "laatste": store.get_meta(LAATST, ""), "ingetrokken": store.get_meta(INGETROKKEN, ""),
            "wachtend": pending_count(store), "conflicten": len(open_conflicts(store)),
            "geweigerd": len(refused_changes(store))}
