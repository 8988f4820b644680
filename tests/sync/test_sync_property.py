"""Random interleavings of edits, deletions, syncs and conflict resolutions on three devices: after everyone has
synced (and resolved what they were shown) all three devices and the server hold the same, every value held is one
somebody wrote, and each change reached the server exactly once."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.store import vault
from desktop_app.store.store import Store
from desktop_app.sync import engine as sync_engine
from synchelp import PASSPHRASE, LiveServer, do_sync, received_count, records, server_state

IDS = ("ib-a", "ib-b")
FIELDS = ("telefoon", "adres", "email")

edit = st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(IDS), st.sampled_from(FIELDS),
                 st.integers(0, 9))
delete = st.tuples(st.just("delete"), st.integers(0, 2), st.sampled_from(IDS))
sync = st.tuples(st.just("sync"), st.integers(0, 2))
resolve = st.tuples(st.just("resolve"), st.integers(0, 2), st.sampled_from(("mijn", "hun", "bewerkt")))
steps = st.lists(st.one_of(edit, edit, delete, sync, sync, resolve), min_size=1, max_size=25)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_three_devices_converge(postgres, steps):
    tmp = Path(tempfile.mkdtemp())
    server = LiveServer(postgres.new_database())
    devices = [Store.create(tmp / f"d{i}", PASSPHRASE, user="K. de Vries", kdf=vault.FAST_KDF_FOR_TESTS)
               for i in range(3)]
    try:
        for d in devices:
            server.enroll(d, "K. de Vries")
        written = {(e, i, f): set() for e in ("inburgeraar",) for i in IDS for f in FIELDS}
        for ib in IDS:
            devices[0].put("inburgeraar", ib, {"voornamen": ib, "klantmanager": "K. de Vries"})
        do_sync(devices[0])
        total_edits = 1 * len(IDS)

        def resolve_all(d, keuze):
            for c in sync_engine.open_conflicts(d):
                value = f"{c.mine}+{c.theirs}" if keuze == "bewerkt" and c.field in FIELDS else None
                if value is not None:
                    written[("inburgeraar", c.record_id, c.field)].add(value)
                sync_engine.resolve(d, c.id, keuze if value is not None or keuze != "bewerkt" else "mijn", value)

        for step in steps:
            d = devices[step[1]]
            if step[0] == "edit":
                _, _, ib, field, value = step
                if d.put("inburgeraar", ib, {field: f"v{value}"}):
                    total_edits += 1
                written[("inburgeraar", ib, field)].add(f"v{value}")
            elif step[0] == "delete":
                if d.get("inburgeraar", step[2]) is not None:
                    d.delete("inburgeraar", step[2])
            elif step[0] == "sync":
                do_sync(d)
            else:
                resolve_all(d, step[2])
        # everyone syncs and resolves what they are shown, until nothing is left
        for _ in range(4):
            for d in devices:
                do_sync(d)
                resolve_all(d, "mijn")
        for d in devices:
            do_sync(d)

        final = [records(d) for d in devices]
        assert final[0] == final[1] == final[2] == server_state(server.engine)
        assert all(not sync_engine.open_conflicts(d) and sync_engine.pending_count(d) == 0 for d in devices)
        for (entity, ib), fields in final[0].items():
            for field in FIELDS:
                if field in fields:
                    assert fields[field] in written[(entity, ib, field)]  # nothing invented
        # each outbox entry of each device reached the server exactly once
        assert received_count(server.engine) == sum(int(d.get_meta("sync.pushed_seq")) for d in devices)
        assert received_count(server.engine) >= total_edits
    finally:
        for d in devices:
            d.close()
        server.stop()
        server.engine.dispose()
        shutil.rmtree(tmp, ignore_errors=True)
