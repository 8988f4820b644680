"""Two devices of one consultant edit the same inburgeraar: different fields merge, the same field becomes a conflict
that the person resolves, and both devices and the server converge. Real PostgreSQL, real uvicorn, real SQLCipher."""
from __future__ import annotations

import json

from sqlalchemy import select

from central.schema import record as server_record
from synchelp import do_sync, records
from desktop_app.store.schema import outbox
from desktop_app.sync import engine as sync_engine
from koers_protocol.sync import VERWIJDERD

IB = "ib-0001"
AMAL = {"voornamen": "Amal", "achternaam": "Haddad", "klantmanager": "K. de Vries", "gemeente": "Utrecht"}


def server_fields(server, entity: str, record_id: str) -> dict:
    with server.engine.begin() as conn:
        row = conn.execute(select(server_record.c.data, server_record.c.deleted).where(
            server_record.c.entity == entity, server_record.c.id == record_id)).one()
    return {"deleted": row.deleted, **json.loads(row.data)}


def two_devices(server, make_store):
    a, b = make_store("laptop"), make_store("tablet")
    a.put("inburgeraar", IB, AMAL)
    server.enroll(a, "K. de Vries")  # an edit made before enrolling is pushed at the first sync
    server.enroll(b, "K. de Vries")
    do_sync(a)
    do_sync(b)
    assert b.get("inburgeraar", IB) == AMAL
    return a, b


def test_different_fields_merge_and_remote_changes_stay_out_of_the_outbox(server, make_store):
    a, b = two_devices(server, make_store)
    a.put("inburgeraar", IB, {"telefoon": "0612345678"})
    b.put("inburgeraar", IB, {"email": "amal@example.org"})
    do_sync(a), do_sync(b), do_sync(a)

    expected = {**AMAL, "telefoon": "0612345678", "email": "amal@example.org"}
    assert a.get("inburgeraar", IB) == b.get("inburgeraar", IB) == expected
    assert server_fields(server, "inburgeraar", IB) == {"deleted": False, **expected}
    assert sync_engine.open_conflicts(a) == sync_engine.open_conflicts(b) == []
    assert sync_engine.pending_count(a) == sync_engine.pending_count(b) == 0
    # the remote edit is audited as coming from sync, and did not enter the outbox
    trail = [r for r in a.audit_trail("inburgeraar", IB) if r["field"] == "email"]
    assert [(r["user"], r["new"], r["reason"]) for r in trail] == [("sync:K. de Vries", "amal@example.org",
                                                                    "synchronisatie")]
    with a.transaction() as conn:
        assert not [r for r in conn.execute(select(outbox.c.fields)) if "email" in r.fields]


def test_same_field_becomes_conflict_resolved_keep_mine_converges(server, make_store):
    a, b = two_devices(server, make_store)
    a.put("inburgeraar", IB, {"achternaam": "Haddad-Saleh"})
    b.put("inburgeraar", IB, {"achternaam": "Al-Haddad"})
    assert do_sync(a).conflicts == 0
    assert do_sync(b).conflicts == 1

    [conflict] = sync_engine.open_conflicts(b)
    assert (conflict.field, conflict.mine, conflict.theirs) == ("achternaam", "Al-Haddad", "Haddad-Saleh")
    # nothing silently lost: the server kept its value, the device shows it too, and its own value waits in the conflict
    assert b.get("inburgeraar", IB)["achternaam"] == "Haddad-Saleh"
    assert server_fields(server, "inburgeraar", IB)["achternaam"] == "Haddad-Saleh"

    sync_engine.resolve(b, conflict.id, "mijn")
    do_sync(b), do_sync(a)
    assert a.get("inburgeraar", IB)["achternaam"] == b.get("inburgeraar", IB)["achternaam"] == "Al-Haddad"
    assert server_fields(server, "inburgeraar", IB)["achternaam"] == "Al-Haddad"
    assert sync_engine.open_conflicts(b) == []
    assert any(r["reason"] == "conflict opgelost: eigen waarde behouden" for r in b.audit_trail("inburgeraar", IB))


def test_conflict_resolved_keep_theirs_and_edit(server, make_store):
    a, b = two_devices(server, make_store)
    a.put("inburgeraar", IB, {"telefoon": "0611111111", "adres": "Laan 1"})
    b.put("inburgeraar", IB, {"telefoon": "0622222222", "adres": "Laan 2"})
    do_sync(a), do_sync(b)
    conflicts = {c.field: c for c in sync_engine.open_conflicts(b)}
    assert set(conflicts) == {"telefoon", "adres"}
    sync_engine.resolve(b, conflicts["telefoon"].id, "hun")
    sync_engine.resolve(b, conflicts["adres"].id, "bewerkt", "Laan 1A")
    do_sync(b), do_sync(a)
    assert a.get("inburgeraar", IB) == b.get("inburgeraar", IB)
    assert b.get("inburgeraar", IB)["telefoon"] == "0611111111"
    assert b.get("inburgeraar", IB)["adres"] == "Laan 1A"
    redenen = [r["reason"] for r in b.audit_trail("inburgeraar", IB)]
    assert "conflict opgelost: waarde van K. de Vries behouden" in redenen
    assert "conflict opgelost: nieuwe waarde" in redenen


def test_deletion_is_a_tombstone_that_syncs(server, make_store):
    a, b = two_devices(server, make_store)
    a.delete("inburgeraar", IB, reason="dubbel ingevoerd")
    do_sync(a), do_sync(b)
    assert a.get("inburgeraar", IB) is None and b.get("inburgeraar", IB) is None
    assert server_fields(server, "inburgeraar", IB)["deleted"] is True
    assert any(r["field"] == VERWIJDERD and r["user"] == "sync:K. de Vries" for r in b.audit_trail("inburgeraar", IB))


def test_delete_against_edit_is_a_conflict_not_a_silent_loss(server, make_store):
    a, b = two_devices(server, make_store)
    a.put("inburgeraar", IB, {"telefoon": "0633333333"})
    b.delete("inburgeraar", IB)
    do_sync(a)
    assert do_sync(b).conflicts == 1
    [conflict] = sync_engine.open_conflicts(b)
    assert conflict.field == VERWIJDERD
    # the other person's edit survives on the server and comes back to this device until the person decides
    assert b.get("inburgeraar", IB)["telefoon"] == "0633333333"
    sync_engine.resolve(b, conflict.id, "mijn")
    do_sync(b), do_sync(a)
    assert a.get("inburgeraar", IB) is None and b.get("inburgeraar", IB) is None
    assert records(a) == records(b)
