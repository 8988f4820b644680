"""What sync keeps in the store, and the only way the sync engine (desktop_app.sync) reaches the local database.

- The outbox after the last number the server acknowledged; the acknowledgement of a pushed batch (conflicts and
  refused changes kept, revisions taken, acknowledged entries removed) in one transaction.
- A page of remote records applied in one transaction together with the new cursor, audited as "sync:<who>". A
  remote change never enters the outbox; a field with a local edit that is not yet pushed keeps the local value.
- Records whose local copy holds a change the server refused are fetched again and brought in step: the server's copy
  (with local edits not yet pushed), or removed here when the server has none for this device, keeping only what
  names the person (for the refused list) and no values in its audit rows. The refused change itself stays whole in
  `sync_geweigerd` for the person to read, copy or discard.
- Records the server would no longer give this device (access moved: a caseload, a placement, a group's docenten)
  are forgotten: the row, the values in its audit rows and the attachments only it referred to leave the device; one
  audit row without personal data says so. A record with a local edit not yet pushed waits for the server's answer
  to that edit (refused, it is kept whole in `sync_geweigerd`).
- Conflicts until the person resolves them; attachments by content hash; sync state in `meta` (the keys below).

Audit rows, outbox entries and deletions are written by the Store's own helpers only (`_audit`, `_outbox`,
`_verwijder`); a record forgotten leaves only through `vergeet`."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any, Iterable, Protocol

from sqlalchemy import bindparam, delete, func, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from desktop_app.core.wijzigingen import Wijzigingen
from koers_protocol.namen import VERWIJDERD, Soort

from .schema import audit, meta, outbox, record, sync_bijlage, sync_conflict, sync_geweigerd, sync_ophalen
from .waarden import als_json, nu

# Sync state in meta.
SERVER, TOKEN, DEVICE, USER, ROLE, GEMEENTE = ("sync.server", "sync.token", "sync.device_id", "sync.user",
                                               "sync.role", "sync.gemeente")
CURSOR, PUSHED, LAATST, INGETROKKEN, CA_BUNDLE, PROXY = ("sync.cursor", "sync.pushed_seq", "sync.laatste",
                                                         "sync.ingetrokken", "sync.ca_bundle", "sync.proxy")
TOEGANG = "sync.toegang"   # where access stood (PullResponse.toegang) at the last complete check of what to forget
GEWEIGERD = "(geweigerde wijziging)"   # the audit "field" of what happened to a refused change
TOEGANG_INGETROKKEN = "toegang ingetrokken"   # the audit reason of a record forgotten
VAN_DE_SERVER = "synchronisatie"
NIET_HIER = ("niet (meer) op de server voor dit apparaat: hier verwijderd; de geweigerde wijziging staat bij "
             "Synchroniseren")
# What a record removed after a refusal keeps: enough to name the person the refused change was about
# (diensten.synchronisatie.naam_bij), nothing else.
_WAT_EEN_WEIGERING_NOEMT = frozenset({"voornamen", "achternaam", "inburgeraar_id"})
_IN = 400   # keys per IN (...) list: SQLite allows 999 parameters per statement


class Remote(Protocol):
    """A record as the server sends it (koers_protocol.sync.RemoteRecord)."""
    entity: str
    id: str
    rev: int
    deleted: bool
    fields: dict[str, Any]
    by: str


class ServerConflict(Protocol):
    """A conflict as the server reports it (koers_protocol.sync.Conflict)."""
    id: int
    entity: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    theirs_by: str
    rev: int


@dataclasses.dataclass(frozen=True)
class Uitgaand:
    """An outbox entry: one local edit, pushed under its number."""
    seq: int
    entity: str
    record_id: str
    fields: dict[str, Any]
    deleted: bool
    base_rev: int
    at: str


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

    def inhoud(self) -> dict[str, Any]:
        """What the audit keeps of it."""
        return {"velden": self.fields, "verwijderd": self.deleted, "reden": self.reden}


def audit_rijen(now: str, user: str, entity: str, record_id: str, changes: dict[str, tuple[Any, Any]],
                reason: str | None) -> list[tuple]:
    """Audit rows (at, user, entity, record_id, field, old, new, reason), one per changed field."""
    return [(now, user, entity, record_id, field, None if old is None else als_json(old),
             None if new is None else als_json(new), reason) for field, (old, new) in changes.items()]


def _eigenaar(entity: str, record_id: str, data: dict) -> str | None:
    """The inburgeraar a record belongs to."""
    ib = record_id if entity == Soort.INBURGERAAR else data.get("inburgeraar_id")
    return ib if isinstance(ib, str) else None


def _zet(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(meta).where(meta.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(meta).values(key=key, value=value))


def _lees(conn: Connection, key: str, default: str = "") -> str:
    value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
    return default if value is None else value


def _bevestigd(conn: Connection) -> int:
    return int(_lees(conn, PUSHED, "0"))


class SyncOpslag:
    """Mixed into desktop_app.store.store.Store."""

    # -- sync state ----------------------------------------------------------------------------------------------
    def zet_meta(self, waarden: dict[str, str]) -> None:
        """Several meta values in one transaction (an enrolment is all or nothing)."""
        with self.transaction() as conn:
            for key, value in waarden.items():
                _zet(conn, key, value)

    def stempel(self, key: str) -> None:
        """Now, as the value of `key` (when the last sync succeeded, when the device was revoked)."""
        self.set_meta(key, nu())

    # -- the outbox ----------------------------------------------------------------------------------------------
    def outbox_grenzen(self) -> tuple[int | None, int]:
        """(first, last) outbox number: where a new enrolment starts counting."""
        with self.transaction() as conn:
            eerste, laatste = conn.execute(select(func.min(outbox.c.seq), func.max(outbox.c.seq))).one()
        return eerste, laatste or 0

    def aantal_uitgaand(self) -> int:
        """Outbox entries the server has not acknowledged yet."""
        with self.transaction() as conn:
            return conn.execute(select(func.count()).select_from(outbox)
                                .where(outbox.c.seq > _bevestigd(conn))).scalar()

    def uitgaand(self, limit: int, na: int | None = None) -> list[Uitgaand]:
        """The next outbox entries after `na` (default: after the last acknowledged number), oldest first."""
        with self.transaction() as conn:
            vanaf = _bevestigd(conn) if na is None else na
            rows = conn.execute(select(outbox).where(outbox.c.seq > vanaf).order_by(outbox.c.seq)
                                .limit(limit)).mappings().all()
        return [Uitgaand(r["seq"], r["entity"], r["record_id"], json.loads(r["fields"]), bool(r["deleted"]),
                         r["base_rev"], r["at"]) for r in rows]

    def verwerk_push(self, laatste: int, conflicten: Iterable[ServerConflict], weigeringen: dict[int, tuple[str, str]],
                     schoon: dict[tuple[str, str], int]) -> tuple[int, int]:
        """The server's answer to a batch up to outbox number `laatste`, in one transaction: its conflicts and
        refusals (seq → (code, reason)) kept, once each; the records it refused marked to be fetched again; the
        revisions of records nobody else changed (`schoon`) taken as base; the acknowledged entries removed.
        Returns (new conflicts, new refusals)."""
        now = nu()
        with self.transaction() as conn:
            nieuwe_conflicten = 0
            for c in conflicten:
                if conn.execute(select(sync_conflict.c.id).where(sync_conflict.c.id == c.id)).first() is None:
                    conn.execute(insert(sync_conflict).values(
                        id=c.id, entity=c.entity, record_id=c.record_id, field=c.field, mine=als_json(c.mine),
                        theirs=als_json(c.theirs), theirs_by=c.theirs_by, rev=c.rev, at=now, gemeld=0))
                    nieuwe_conflicten += 1
            nieuwe_weigeringen = 0
            for seq, (code, reden) in weigeringen.items():
                entry = conn.execute(select(outbox).where(outbox.c.seq == seq)).mappings().first()
                if entry is None or conn.execute(select(sync_geweigerd.c.seq).where(
                        sync_geweigerd.c.seq == seq)).first() is not None:
                    continue
                conn.execute(insert(sync_geweigerd).values(   # the change whole, as the outbox holds it
                    seq=seq, entity=entry["entity"], record_id=entry["record_id"], fields=entry["fields"],
                    deleted=entry["deleted"], base_rev=entry["base_rev"], gewijzigd=entry["at"], code=code,
                    reden=reden, geweigerd=now))
                self._haal_opnieuw(conn, entry["entity"], entry["record_id"])
                nieuwe_weigeringen += 1
            uit_de_pas = self._op_te_halen(conn)
            schoon = {k: rev for k, rev in schoon.items() if k not in uit_de_pas}
            if schoon:  # nobody else changed these: take the new revision as base, no need to pull them back
                conn.execute(update(record).where(record.c.entity == bindparam("k_entity"),
                                                  record.c.id == bindparam("k_id"),
                                                  record.c.server_rev < bindparam("rev"))
                             .values(server_rev=bindparam("rev")),
                             [{"k_entity": e, "k_id": i, "rev": rev} for (e, i), rev in schoon.items()])
            _zet(conn, PUSHED, str(laatste))
            # Keep the newest acknowledged entry: SQLite reuses rowids of an emptied table, and the server knows
            # each (device, number) pair only once.
            conn.execute(delete(outbox).where(outbox.c.seq < laatste))
        return nieuwe_conflicten, nieuwe_weigeringen

    # -- remote records ------------------------------------------------------------------------------------------
    def pas_pagina_toe(self, records: list[Remote], van: int, naar: int) -> Wijzigingen | None:
        """Apply one pulled page in one transaction together with the new cursor `naar`. None (nothing applied) when
        the cursor is no longer `van`: another round moved on meanwhile."""
        with self.transaction() as conn:
            if int(_lees(conn, CURSOR, "0")) != van:
                return None
            gewijzigd = self._pas_toe(conn, records, altijd=False)
            _zet(conn, CURSOR, str(naar))
        return gewijzigd

    def op_te_halen(self) -> list[tuple[str, str]]:
        """The records whose local copy holds a change the server refused: (entity, id)."""
        with self.transaction() as conn:
            return sorted(self._op_te_halen(conn))

    def herstel(self, records: list[Remote], onbekend: Iterable[tuple[str, str]]) -> Wijzigingen:
        """Bring records fetched again in step, in one transaction: the server's copy replaces the local one (local
        edits not yet pushed stay); a record the server has not for this device (`onbekend`) is removed here,
        audited, unless a local edit of it still waits to be pushed (then it is fetched again next round)."""
        with self.transaction() as conn:
            gewijzigd = self._pas_toe(conn, records, altijd=True)
            wachtend = self._wachtend(conn)
            weg, bijlagen = [], set()
            for entity, record_id in onbekend:
                if (entity, record_id) in wachtend:
                    continue
                row = conn.execute(select(record.c.data).where(record.c.entity == entity, record.c.id == record_id,
                                                               record.c.deleted == 0)).first()
                if self._verwijder(conn, entity, record_id, NIET_HIER, user="sync:server", naar_server=False):
                    data = json.loads(row.data)
                    weg.append((entity, record_id, data))
                    bijlagen |= self._wis_inhoud(conn, entity, record_id, data, bewaar=_WAT_EEN_WEIGERING_NOEMT)
                # What this device knew of the server's copy is void: an edit here later starts from nothing.
                conn.execute(update(record).where(record.c.entity == entity, record.c.id == record_id)
                             .values(server_rev=0))
                conn.execute(delete(sync_ophalen).where(sync_ophalen.c.entity == entity,
                                                        sync_ophalen.c.record_id == record_id))
            self._vergeet_bijlagen(conn, bijlagen)
        return gewijzigd | Wijzigingen.van([(e, i) for e, i, _ in weg], [_eigenaar(e, i, d) for e, i, d in weg])

    def gehouden(self) -> dict[tuple[str, str], int]:
        """The records here that came from, or reached, the server (live or deleted), with the server revision they
        are based on: what the server is asked about when access moved. A record made here and never accepted has
        no revision: only this device has it."""
        with self.transaction() as conn:
            return {(r.entity, r.id): r.server_rev for r in conn.execute(
                select(record.c.entity, record.c.id, record.c.server_rev).where(record.c.server_rev > 0))}

    def vergeet(self, sleutels: dict[tuple[str, str], int]) -> Wijzigingen:
        """Forget records the server no longer gives this device, in one transaction: the row goes, its audit rows
        keep who did what and when but lose the values, attachments no other record, pending edit or refused change
        refers to go too; one audit row (no personal data) says why. `sleutels` holds the revision each record had
        when the server was asked: one pulled again since (access came back) stays. A record with a local edit not
        yet pushed stays until the server answers that edit (a refusal keeps it whole, then the record is fetched
        again and removed)."""
        weg, bijlagen = [], set()
        with self.transaction() as conn:
            wachtend = self._wachtend(conn)
            now = nu()
            for (entity, record_id), rev in sleutels.items():
                if (entity, record_id) in wachtend:
                    self._haal_opnieuw(conn, entity, record_id)
                    continue
                row = conn.execute(select(record.c.data).where(record.c.entity == entity, record.c.id == record_id,
                                                               record.c.server_rev == rev)).first()
                if row is None:
                    continue
                data = json.loads(row.data)
                bijlagen |= self._wis_inhoud(conn, entity, record_id, data)
                conn.execute(delete(sync_ophalen).where(sync_ophalen.c.entity == entity,
                                                        sync_ophalen.c.record_id == record_id))
                self._schrijf_audit(conn, audit_rijen(now, "sync:server", entity, record_id,
                                                      {VERWIJDERD: (None, None)}, TOEGANG_INGETROKKEN))
                weg.append((entity, record_id, data))
            self._vergeet_bijlagen(conn, bijlagen)
        return Wijzigingen.van([(e, i) for e, i, _ in weg], [_eigenaar(e, i, d) for e, i, d in weg])

    @staticmethod
    def _wis_inhoud(conn: Connection, entity: str, record_id: str, data: dict,
                    bewaar: frozenset[str] | None = None) -> set[str]:
        """A record's content (`data`) leaves the device: the values in its audit rows (who did what and when stay),
        and the row itself, or with `bewaar` all of it but those fields (a tombstone that still names what a refusal
        was about). Returns the attachments it referred to (the caller removes those nothing else refers to)."""
        from koers_protocol.sync import bijlage_refs   # pydantic: only once there is something to sync
        conn.execute(update(audit).where(audit.c.entity == entity, audit.c.record_id == record_id)
                     .values(old=None, new=None))
        waar = (record.c.entity == entity) & (record.c.id == record_id)
        if bewaar is None:
            conn.execute(delete(record).where(waar))
        else:
            conn.execute(update(record).where(waar).values(
                data=als_json({k: v for k, v in data.items() if k in bewaar})))
        return bijlage_refs(data)

    @staticmethod
    def _vergeet_bijlagen(conn: Connection, refs: set[str]) -> None:
        """Attachments of forgotten records that nothing here refers to any more."""
        for ref in sorted(refs):
            patroon = f"%{ref}%"
            nog = (select(record.c.id).where(record.c.data.like(patroon)),
                   select(outbox.c.seq).where(outbox.c.fields.like(patroon)),
                   select(sync_geweigerd.c.seq).where(sync_geweigerd.c.fields.like(patroon)))
            if not any(conn.execute(vraag.limit(1)).first() for vraag in nog):
                conn.execute(delete(sync_bijlage).where(sync_bijlage.c.sha256 == ref.removeprefix("sha256:")))

    def _pas_toe(self, conn: Connection, records: list[Remote], altijd: bool) -> Wijzigingen:
        """Remote records into the local table: the local rows read once, written in bulk, audited as
        "sync:<who>". `altijd`: also a revision this device already has (a record fetched again)."""
        from koers_protocol.sync import bijlage_refs   # pydantic: only once there is something to sync
        wachtend = self._wachtend(conn)
        keys = list({(r.entity, r.id) for r in records})
        local = {}
        for i in range(0, len(keys), _IN):
            for r in conn.execute(select(record.c.entity, record.c.id, record.c.data, record.c.deleted,
                                         record.c.server_rev).where(tuple_(record.c.entity, record.c.id)
                                                                    .in_(keys[i:i + _IN]))):
                local[(r.entity, r.id)] = r
        now = nu()
        nieuw, bijwerken, audits, bijlagen, eigenaars = {}, {}, [], set(), {}
        for remote in records:
            key = (remote.entity, remote.id)
            if key in nieuw or key in bijwerken:  # the same record twice in a page: the later revision wins
                row = None
                eerder = nieuw.get(key) or bijwerken.get(key)
                old, old_deleted = json.loads(eerder["data"]), bool(eerder["deleted"])
            else:
                row = local.get(key)
                if row is not None and row.server_rev >= remote.rev and not altijd:
                    continue  # already have it (a page delivered twice)
                old = json.loads(row.data) if row else {}
                old_deleted = bool(row.deleted) if row else False
            lokaal = wachtend.get(key, set())
            if lokaal and remote.deleted:
                continue  # a local edit of what was deleted elsewhere: the server reports it as a conflict on push
            if lokaal:
                data = {**remote.fields, **{f: old[f] for f in lokaal if f in old}}
                deleted = old_deleted
            elif remote.deleted:
                data, deleted = old, True  # a tombstone keeps the last values locally, like a local delete
            else:
                data, deleted = dict(remote.fields), False
            values = {"entity": remote.entity, "id": remote.id, "data": als_json(data), "deleted": int(deleted),
                      "server_rev": remote.rev, "updated_at": now}
            (nieuw if key in nieuw or (row is None and key not in bijwerken) else bijwerken)[key] = values
            eigenaars[key] = _eigenaar(remote.entity, remote.id, data)
            if not deleted:
                bijlagen |= bijlage_refs(data)
            changes = {f: (old.get(f), data.get(f)) for f in sorted(set(old) | set(data))
                       if old.get(f) != data.get(f)}
            if deleted != old_deleted:
                changes[VERWIJDERD] = (old_deleted, deleted)
            audits += audit_rijen(now, f"sync:{remote.by}", remote.entity, remote.id, changes, VAN_DE_SERVER)
        if nieuw:
            conn.execute(insert(record), list(nieuw.values()))
        if bijwerken:
            conn.execute(update(record).where(record.c.entity == bindparam("k_entity"),
                                              record.c.id == bindparam("k_id"))
                         .values(data=bindparam("data"), deleted=bindparam("deleted"),
                                 server_rev=bindparam("server_rev"), updated_at=bindparam("updated_at")),
                         [{"k_entity": v["entity"], "k_id": v["id"], "data": v["data"], "deleted": v["deleted"],
                           "server_rev": v["server_rev"], "updated_at": v["updated_at"]} for v in bijwerken.values()])
        self._schrijf_audit(conn, audits)
        self._wil_bijlagen(conn, bijlagen)
        geschreven = {**nieuw, **bijwerken}
        for entity, record_id in self._op_te_halen(conn) & set(geschreven):  # in step: the server's copy + own edits
            conn.execute(delete(sync_ophalen).where(sync_ophalen.c.entity == entity,
                                                    sync_ophalen.c.record_id == record_id))
        return Wijzigingen.van(geschreven, eigenaars.values())

    @staticmethod
    def _wachtend(conn: Connection) -> dict[tuple[str, str], set[str]]:
        """Per record, the fields with a local edit not yet acknowledged (VERWIJDERD for a deletion)."""
        wachtend: dict[tuple[str, str], set[str]] = {}
        for r in conn.execute(select(outbox.c.entity, outbox.c.record_id, outbox.c.fields, outbox.c.deleted)
                              .where(outbox.c.seq > _bevestigd(conn))):
            velden = wachtend.setdefault((r.entity, r.record_id), set())
            velden.update(json.loads(r.fields))
            if r.deleted:
                velden.add(VERWIJDERD)
        return wachtend

    @staticmethod
    def _haal_opnieuw(conn: Connection, entity: str, record_id: str) -> None:
        if conn.execute(select(sync_ophalen.c.entity).where(sync_ophalen.c.entity == entity,
                                                            sync_ophalen.c.record_id == record_id)).first() is None:
            conn.execute(insert(sync_ophalen).values(entity=entity, record_id=record_id))

    @staticmethod
    def _op_te_halen(conn: Connection) -> set[tuple[str, str]]:
        return {(r.entity, r.record_id) for r in conn.execute(select(sync_ophalen))}

    # -- conflicts -----------------------------------------------------------------------------------------------
    def open_conflicten(self) -> list[OpenConflict]:
        with self.transaction() as conn:
            rows = conn.execute(select(sync_conflict).where(sync_conflict.c.opgelost.is_(None))
                                .order_by(sync_conflict.c.id)).mappings().all()
        return [OpenConflict(id=r["id"], entity=r["entity"], record_id=r["record_id"], field=r["field"],
                             mine=json.loads(r["mine"]), theirs=json.loads(r["theirs"]), theirs_by=r["theirs_by"])
                for r in rows]

    def los_conflict_op(self, conflict: OpenConflict, keuze: str, value: Any = None) -> Wijzigingen:
        """The person's decision, in one transaction: 'mijn' (keep my value), 'hun' (keep the server's) or 'bewerkt'
        (this value). The value that stays is queued for the server as an ordinary edit (audited, pushed at the next
        sync), even when this device already shows it; the decision itself is audited."""
        reden = {"mijn": "conflict opgelost: eigen waarde behouden",
                 "hun": f"conflict opgelost: waarde van {conflict.theirs_by} behouden",
                 "bewerkt": "conflict opgelost: nieuwe waarde"}[keuze]
        entity, record_id = conflict.entity, conflict.record_id
        with self.transaction() as conn:
            now = nu()
            row = conn.execute(select(record.c.data, record.c.deleted, record.c.server_rev).where(
                record.c.entity == entity, record.c.id == record_id)).first()
            data = json.loads(row.data) if row else {}
            if keuze == "hun":
                field = conflict.field
                self._audit(conn, now, entity, record_id, {field: (conflict.mine, conflict.theirs)}, reden)
            elif conflict.field == VERWIJDERD and conflict.mine is True:
                # I deleted, they edited: delete again, now knowing their edit
                if not self._verwijder(conn, entity, record_id, reden):
                    self._outbox(conn, now, entity, record_id, {}, True, row.server_rev if row else 0)
            elif conflict.field == VERWIJDERD:
                # I edited, they deleted: bring it back with the local values
                self.put(entity, record_id, {**data, **(conflict.mine or {})}, reason=reden, conn=conn)
            else:
                nieuw = conflict.mine if keuze == "mijn" else value
                if not self.put(entity, record_id, {conflict.field: nieuw}, reason=reden, conn=conn):
                    self._audit(conn, now, entity, record_id, {conflict.field: (nieuw, nieuw)}, reden)
                    self._outbox(conn, now, entity, record_id, {conflict.field: nieuw}, False,
                                 row.server_rev if row else 0)
            conn.execute(update(sync_conflict).where(sync_conflict.c.id == conflict.id)
                         .values(opgelost=now, keuze=keuze))
            nieuw_data = conn.execute(select(record.c.data).where(record.c.entity == entity,
                                                                  record.c.id == record_id)).scalar()
        return Wijzigingen.van([(entity, record_id)],
                               [_eigenaar(entity, record_id, json.loads(nieuw_data) if nieuw_data else data)])

    def te_melden_oplossingen(self) -> list[tuple[int, str]]:
        """Resolved conflicts the server has not heard of yet: (id, keuze)."""
        with self.transaction() as conn:
            return [tuple(r) for r in conn.execute(select(sync_conflict.c.id, sync_conflict.c.keuze).where(
                sync_conflict.c.opgelost.is_not(None), sync_conflict.c.gemeld == 0))]

    def oplossing_gemeld(self, conflict_id: int) -> None:
        with self.transaction() as conn:
            conn.execute(update(sync_conflict).where(sync_conflict.c.id == conflict_id).values(gemeld=1))

    # -- refused changes -----------------------------------------------------------------------------------------
    def geweigerde_wijzigingen(self) -> list[RefusedChange]:
        """The refused changes the person has not discarded yet, oldest first."""
        with self.transaction() as conn:
            rows = conn.execute(select(sync_geweigerd).where(sync_geweigerd.c.verwijderd.is_(None))
                                .order_by(sync_geweigerd.c.seq)).mappings().all()
        return [RefusedChange(seq=r["seq"], entity=r["entity"], record_id=r["record_id"],
                              fields=json.loads(r["fields"]), deleted=bool(r["deleted"]), gewijzigd=r["gewijzigd"],
                              code=r["code"], reden=r["reden"], geweigerd=r["geweigerd"]) for r in rows]

    def noteer_export(self, changes: list[RefusedChange]) -> None:
        """Refused changes copied or saved by the person: audited with their values."""
        with self.transaction() as conn:
            now = nu()
            for c in changes:
                self._audit(conn, now, c.entity, c.record_id, {GEWEIGERD: (c.inhoud(), c.inhoud())},
                            "niet geaccepteerde wijziging geëxporteerd")

    def verwijder_geweigerd(self, change: RefusedChange) -> None:
        """The person's explicit decision to drop a refused change from the list: audited with its values."""
        with self.transaction() as conn:
            now = nu()
            self._audit(conn, now, change.entity, change.record_id, {GEWEIGERD: (change.inhoud(), None)},
                        "niet geaccepteerde wijziging verwijderd uit de wachtrij")
            conn.execute(update(sync_geweigerd).where(sync_geweigerd.c.seq == change.seq).values(verwijderd=now))

    def laatst_bekend(self, entity: str, record_id: str) -> dict | None:
        """A record's last fields on this device, also when it is no longer here (to name what a refusal was
        about)."""
        with self.transaction() as conn:
            data = conn.execute(select(record.c.data).where(record.c.entity == entity,
                                                            record.c.id == record_id)).scalar()
        return json.loads(data) if data else None

    # -- attachments ---------------------------------------------------------------------------------------------
    def bewaar_bijlage(self, data: bytes) -> str:
        """Keep the bytes (the caller checks the size); returns the reference to put in a record field."""
        sha = hashlib.sha256(data).hexdigest()
        with self.transaction() as conn:
            row = conn.execute(select(sync_bijlage.c.data).where(sync_bijlage.c.sha256 == sha)).first()
            if row is None:
                conn.execute(insert(sync_bijlage).values(sha256=sha, data=data, geupload=0))
            elif row.data is None:
                conn.execute(update(sync_bijlage).where(sync_bijlage.c.sha256 == sha).values(data=data, geupload=1))
        return f"sha256:{sha}"

    def lees_bijlage(self, sha: str) -> bytes | None:
        """The bytes, or None while the attachment has not been downloaded yet."""
        with self.transaction() as conn:
            return conn.execute(select(sync_bijlage.c.data).where(sync_bijlage.c.sha256 == sha)).scalar()

    def te_uploaden(self) -> list[str]:
        with self.transaction() as conn:
            return conn.execute(select(sync_bijlage.c.sha256).where(sync_bijlage.c.geupload == 0,
                                                                    sync_bijlage.c.data.is_not(None))).scalars().all()

    def bijlage_geupload(self, sha: str) -> None:
        with self.transaction() as conn:
            conn.execute(update(sync_bijlage).where(sync_bijlage.c.sha256 == sha).values(geupload=1))

    def te_downloaden(self) -> list[str]:
        with self.transaction() as conn:
            return conn.execute(select(sync_bijlage.c.sha256).where(sync_bijlage.c.data.is_(None))).scalars().all()

    def bijlage_gedownload(self, sha: str, data: bytes) -> None:
        with self.transaction() as conn:
            conn.execute(update(sync_bijlage).where(sync_bijlage.c.sha256 == sha).values(data=data))

    @staticmethod
    def _wil_bijlagen(conn: Connection, refs: set[str]) -> None:
        """Attachments pulled records refer to that are not here yet: downloaded after the pull."""
        shas = [ref.removeprefix("sha256:") for ref in refs]
        for i in range(0, len(shas), _IN):
            deel = shas[i:i + _IN]
            hier = set(conn.execute(select(sync_bijlage.c.sha256).where(sync_bijlage.c.sha256.in_(deel))).scalars())
            nieuw = [{"sha256": sha, "data": None, "geupload": 1} for sha in deel if sha not in hier]
            if nieuw:
                conn.execute(insert(sync_bijlage), nieuw)

