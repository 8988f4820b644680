"""Sync never gets stuck on changes the server refuses for need-to-know. A consultant's caseload moves to a colleague
(or a docent leaves a group) while the device still has unsent edits: the server refuses just those changes, applies
the rest, and the device keeps the refused ones with the reason until the person exports or discards them. Nothing
is lost, later syncs keep working, device and server hold the same (what is no longer this device's leaves it), and a
malformed batch is still refused whole."""
from __future__ import annotations

import datetime as dt

import httpx
import pytest

from desktop_app.diensten import Diensten
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import Client
from koers_protocol.sync import CLOCK_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION
from synchelp import FaultProxy, do_sync, received_count, server_state

KM, COLLEGA, DOCENT = "K. de Vries", "P. Jansen", "J. Bakker"


def _caseload_moves_with_unsent_edits(server, make_store):
    """The beheerder assigns two inburgeraars to KM; KM edits both offline; meanwhile ib-1 moves to a colleague."""
    beheer, km = make_store("beheer", user="Beheer", role="beheerder"), make_store("km")
    server.enroll(beheer, "Beheer", "beheerder"), server.enroll(km, KM)
    for ib, naam in (("ib-1", "Amal"), ("ib-2", "Yonas")):
        beheer.put("inburgeraar", ib, {"voornamen": naam, "achternaam": "Fictief", "telefoon": "0600000000",
                                       "klantmanager": KM})
    do_sync(beheer), do_sync(km)
    km.put("inburgeraar", "ib-1", {"telefoon": "0611111111", "adres": "Laan 1"})
    km.put("contactpersoon", "cp-1", {"inburgeraar_id": "ib-1", "naam": "Tolk Fictief"})
    km.put("inburgeraar", "ib-2", {"telefoon": "0622222222"})
    beheer.put("inburgeraar", "ib-1", {"klantmanager": COLLEGA})
    do_sync(beheer)
    return beheer, km


def test_caseload_moved_refused_edits_are_kept_and_the_rest_syncs(server, make_store):
    beheer, km = _caseload_moves_with_unsent_edits(server, make_store)

    report = do_sync(km)
    assert report.pushed == 3 and report.geweigerd == 2
    op_server = server_state(server.engine)
    assert op_server[("inburgeraar", "ib-2")]["telefoon"] == "0622222222"  # the allowed edit arrived
    assert op_server[("inburgeraar", "ib-1")]["telefoon"] == "0600000000"  # the refused one did not
    assert "adres" not in op_server[("inburgeraar", "ib-1")] and ("contactpersoon", "cp-1") not in op_server

    geweigerd = sync_engine.refused_changes(km)
    assert [(g.entity, g.record_id, g.fields, g.code) for g in geweigerd] == [
        ("inburgeraar", "ib-1", {"telefoon": "0611111111", "adres": "Laan 1"}, "niet_meer_zichtbaar"),
        ("contactpersoon", "cp-1", {"inburgeraar_id": "ib-1", "naam": "Tolk Fictief"}, "niet_meer_zichtbaar")]
    assert "hoort niet (meer) bij de caseload van K. de Vries" in geweigerd[0].reden
    assert "Inburgeraar ib-1 hoort niet (meer) bij de caseload" in geweigerd[1].reden
    assert all(g.geweigerd and g.gewijzigd for g in geweigerd)
    # nothing lost: the refused changes keep their values (above). The device is back in step with the server: ib-1
    # and the new contact are no longer this consultant's, so they left the device, audited
    assert km.get("inburgeraar", "ib-1") is None and km.get("contactpersoon", "cp-1") is None
    [weg] = [r for r in km.audit_trail("inburgeraar", "ib-1") if r["field"] == "(verwijderd)"]
    assert weg["user"] == "sync:server" and "niet (meer) op de server voor dit apparaat" in weg["reason"]
    # and their content with them: the audit keeps who did what, when and why, without the values; what stays of
    # them is the name the refused list shows (the refused values themselves are in that list, above)
    assert all(r["old"] is None and r["new"] is None for r in km.audit_trail("inburgeraar", "ib-1"))
    assert km.laatst_bekend("inburgeraar", "ib-1") == {"voornamen": "Amal", "achternaam": "Fictief"}
    assert km.laatst_bekend("contactpersoon", "cp-1") == {"inburgeraar_id": "ib-1"}
    assert [Diensten(km).sync.naam_bij(g.entity, g.record_id, g.fields) for g in geweigerd] == ["Amal Fictief"] * 2
    status = sync_engine.status(km)
    assert status["wachtend"] == 0 and status["geweigerd"] == 2

    # later syncs keep working, and the refusals are not repeated or lost
    km.put("inburgeraar", "ib-2", {"adres": "Straat 2"})
    report = do_sync(km)
    assert report.pushed == 1 and report.geweigerd == 0
    assert server_state(server.engine)[("inburgeraar", "ib-2")]["adres"] == "Straat 2"
    assert len(sync_engine.refused_changes(km)) == 2
    # the colleague receives ib-1 as the server has it, without the refused edits
    collega = make_store("collega", user=COLLEGA)
    server.enroll(collega, COLLEGA), do_sync(collega)
    assert collega.get("inburgeraar", "ib-1")["telefoon"] == "0600000000"


def test_refusal_survives_a_lost_answer(server, make_store):
    """The server refused and applied the rest, but the answer never arrived: the retry gets the same refusal."""
    _beheer, km = _caseload_moves_with_unsent_edits(server, make_store)
    proxy = FaultProxy(server.port)
    try:
        proxy.drop_push_responses = 1
        with Client(proxy.url, km.get_meta("sync.token"), backoff=0.01) as client:
            report = sync_engine.sync(km, client)
        assert proxy.faults == 1 and report.geweigerd == 2
    finally:
        proxy.close()
    assert received_count(server.engine) == 3 + 3  # KM's three changes once, besides the beheerder's three
    assert [g.record_id for g in sync_engine.refused_changes(km)] == ["ib-1", "cp-1"]
    assert server_state(server.engine)[("inburgeraar", "ib-2")]["telefoon"] == "0622222222"


def test_docent_removed_from_a_group_keeps_unsent_observations(server, make_store):
    km, docent = make_store("km"), make_store("docent", user=DOCENT, role="docent")
    server.enroll(km, KM), server.enroll(docent, DOCENT, "docent")
    for groep, ib in (("g-1", "ib-1"), ("g-3", "ib-3")):
        km.put("inburgeraar", ib, {"voornamen": "Cursist", "achternaam": ib, "klantmanager": KM})
        km.put("startklasgroep", groep, {"naam": f"Startklas {groep}", "docenten": [DOCENT]})
        km.put("plaatsing", f"pl-{ib}", {"inburgeraar_id": ib, "groep_id": groep})
    do_sync(km), do_sync(docent)
    docent.put("observatiemoment", "obs-1", {"inburgeraar_id": "ib-1", "groep_id": "g-1", "score": 2})
    do_sync(docent)
    # offline: the docent edits an observation and adds new ones in both groups; meanwhile leaves g-1
    docent.put("observatiemoment", "obs-1", {"score": 3})
    docent.put("observatiemoment", "obs-2", {"inburgeraar_id": "ib-1", "groep_id": "g-1", "score": 4})
    docent.put("observatiemoment", "obs-3", {"inburgeraar_id": "ib-3", "groep_id": "g-3", "score": 5})
    km.put("startklasgroep", "g-1", {"docenten": ["Iemand Anders"]})
    do_sync(km)

    report = do_sync(docent)
    assert report.geweigerd == 2
    op_server = server_state(server.engine)
    assert op_server[("observatiemoment", "obs-3")]["score"] == 5
    assert op_server[("observatiemoment", "obs-1")]["score"] == 2 and ("observatiemoment", "obs-2") not in op_server
    geweigerd = sync_engine.refused_changes(docent)
    assert [(g.record_id, g.fields.get("score")) for g in geweigerd] == [("obs-1", 3), ("obs-2", 4)]
    assert all("hoort bij groep g-1, niet (meer) bij een groep van J. Bakker" in g.reden for g in geweigerd)
    # the group is no longer the docent's: its observations left the device (their refused edits are kept above)
    assert docent.get("observatiemoment", "obs-1") is None and docent.get("observatiemoment", "obs-2") is None
    docent.put("observatiemoment", "obs-3", {"score": 6})
    assert do_sync(docent).geweigerd == 0
    assert server_state(server.engine)[("observatiemoment", "obs-3")]["score"] == 6
    # back in the group: the docent receives the observation as the server has it
    km.put("startklasgroep", "g-1", {"docenten": [DOCENT]})
    do_sync(km), do_sync(docent)
    assert docent.get("observatiemoment", "obs-1")["score"] == 2


def test_discard_and_export_are_explicit_and_audited(server, make_store):
    _beheer, km = _caseload_moves_with_unsent_edits(server, make_store)
    do_sync(km)
    tekst = sync_engine.export_refused(km)
    assert "0611111111" in tekst and "Tolk Fictief" in tekst and "niet_meer_zichtbaar" in tekst
    [seq_ib, seq_cp] = [g.seq for g in sync_engine.refused_changes(km)]
    sync_engine.discard_refused(km, seq_ib)
    assert [g.record_id for g in sync_engine.refused_changes(km)] == ["cp-1"]
    trail = km.audit_trail("inburgeraar", "ib-1")
    assert [r["reason"] for r in trail if r["field"] == sync_engine.GEWEIGERD] == [
        "niet geaccepteerde wijziging geëxporteerd", "niet geaccepteerde wijziging verwijderd uit de wachtrij"]
    assert trail[-1]["old"]["velden"]["telefoon"] == "0611111111" and trail[-1]["user"] == KM
    assert km.get("inburgeraar", "ib-1") is None  # no longer this consultant's since the sync; discarding wrote nothing
    with pytest.raises(sync_engine.SyncError):
        sync_engine.discard_refused(km, seq_ib)


def test_a_malformed_batch_is_still_refused_whole(server, make_store):
    _beheer, km = _caseload_moves_with_unsent_edits(server, make_store)
    voor = server_state(server.engine), received_count(server.engine)
    headers = {"Authorization": f"Bearer {km.get_meta('sync.token')}", PROTOCOL_HEADER: str(PROTOCOL_VERSION),
               CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}
    changes = sync_engine.next_batch(km)
    changes[2]["seq"] = "drie"  # unreadable, next to one refusable and one allowed change
    antwoord = httpx.post(server.url + "/v1/push", json={"changes": changes}, headers=headers)
    assert antwoord.status_code == 422 and "'changes.2.seq'" in antwoord.json()["detail"]
    antwoord = httpx.post(server.url + "/v1/push", json={"changes": sync_engine.next_batch(km)[1:]}, headers=headers)
    assert antwoord.status_code == 409 and antwoord.json()["code"] == "volgnummer_gat"
    assert (server_state(server.engine), received_count(server.engine)) == voor  # nothing applied
    # the same batch, well-formed: answered per change, and a replay gets the same answers
    eerst = httpx.post(server.url + "/v1/push", json={"changes": sync_engine.next_batch(km)}, headers=headers).json()
    nogmaals = httpx.post(server.url + "/v1/push", json={"changes": sync_engine.next_batch(km)},
                          headers=headers).json()
    assert [r["status"] for r in eerst["results"]] == ["geweigerd", "geweigerd", "toegepast"]
    assert [r["status"] for r in nogmaals["results"]] == ["geweigerd", "geweigerd", "al_ontvangen"]
    assert nogmaals["results"][0]["weigering"] == eerst["results"][0]["weigering"]
    assert eerst["results"][0]["weigering"]["code"] == "niet_meer_zichtbaar"
