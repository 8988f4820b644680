"""Need-to-know and identity, decided on the server: a docent gets only their groups' cursisten (names) and
observations, never the intake; a revoked device is refused with a clear message and keeps its local data; one
municipality never sees another's data; a docent cannot push what is not theirs."""
from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest

from central import db as central_db
from central.cli import export_rows
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import DeviceRevoked, SyncError
from koers_protocol.sync import DOCENT_INBURGERAAR_VELDEN
from synchelp import do_sync, records, server_state

KM = "K. de Vries"
DOCENT = "J. Bakker"


def _caseload(store) -> None:
    """A consultant's data: two inburgeraars, one placed in the docent's group, with intake, health data and a PIP."""
    for ib, naam in (("ib-1", "Amal"), ("ib-2", "Yonas")):
        store.put("inburgeraar", ib, {"voornamen": naam, "achternaam": "Fictief", "naam_eigen_schrift": "أمل",
                                      "geboortedatum": "1990-01-01", "bsn": "111222333", "telefoon": "0612345678",
                                      "klantmanager": KM})
        store.put("intake", f"in-{ib}", {"inburgeraar_id": ib, "werk": "kok"})
        store.put("intake_bijzonder", f"ib-{ib}", {"inburgeraar_id": ib, "gezondheid": "fictief: astma"})
        store.put("pip", f"pip-{ib}", {"inburgeraar_id": ib, "route": "B1"})
    store.put("startklasgroep", "g-1", {"naam": "Startklas A", "docenten": [DOCENT]})
    store.put("startklasgroep", "g-2", {"naam": "Startklas B", "docenten": ["Iemand Anders"]})
    store.put("plaatsing", "pl-1", {"inburgeraar_id": "ib-1", "groep_id": "g-1"})
    store.put("plaatsing", "pl-2", {"inburgeraar_id": "ib-2", "groep_id": "g-2"})
    store.put("observatiemoment", "obs-2", {"inburgeraar_id": "ib-2", "groep_id": "g-2", "score": 3})


def test_docent_gets_only_their_cursisten_names_and_observations(server, make_store):
    consultant, docent = make_store("km"), make_store("docent", user=DOCENT, role="docent")
    server.enroll(consultant, KM, "consultant")
    server.enroll(docent, DOCENT, "docent")
    _caseload(consultant)
    do_sync(consultant)
    do_sync(docent)

    ontvangen = records(docent)
    assert set(ontvangen) == {("startklasgroep", "g-1"), ("plaatsing", "pl-1"), ("inburgeraar", "ib-1")}
    assert set(ontvangen[("inburgeraar", "ib-1")]) == set(DOCENT_INBURGERAAR_VELDEN)
    assert docent.count("intake") == docent.count("intake_bijzonder") == docent.count("pip") == 0

    # the docent observes; the consultant receives it
    docent.put("observatiemoment", "obs-1", {"inburgeraar_id": "ib-1", "groep_id": "g-1", "score": 4})
    do_sync(docent), do_sync(consultant)
    assert consultant.get("observatiemoment", "obs-1")["score"] == 4


def test_docent_token_cannot_read_intake_directly(server, make_store):
    consultant, docent = make_store("km"), make_store("docent", user=DOCENT, role="docent")
    server.enroll(consultant, KM)
    server.enroll(docent, DOCENT, "docent")
    _caseload(consultant)
    do_sync(consultant)
    with sync_engine.client_for(docent) as client:
        antwoord = client.request("GET", "/v1/pull", params={"after": 0, "limit": 1000})
    tekst = json.dumps(antwoord)
    assert "gezondheid" not in tekst and "kok" not in tekst and "111222333" not in tekst and "0612345678" not in tekst
    assert not {r["entity"] for r in antwoord["records"]} & {"intake", "intake_bijzonder", "pip"}


def test_docent_push_outside_their_groups_is_refused_per_change(server, make_store):
    """What a docent may not write is refused on the server, change by change: nothing of it is applied, the rest of
    the batch is, and the device keeps the refused change with the reason (see test_sync_geweigerd.py)."""
    consultant, docent = make_store("km"), make_store("docent", user=DOCENT, role="docent")
    server.enroll(consultant, KM)
    server.enroll(docent, DOCENT, "docent")
    _caseload(consultant)
    do_sync(consultant), do_sync(docent)
    docent.put("observatiemoment", "obs-ok", {"inburgeraar_id": "ib-1", "groep_id": "g-1", "score": 2})
    docent.put("intake", "in-ib-1", {"inburgeraar_id": "ib-1", "werk": "anders"})
    assert do_sync(docent).geweigerd == 1
    [geweigerd] = sync_engine.refused_changes(docent)
    assert geweigerd.code == "niet_toegestaan" and (geweigerd.entity, geweigerd.record_id) == ("intake", "in-ib-1")
    assert "Een docent mag alleen observaties" in geweigerd.reden and "'intake'" in geweigerd.reden
    assert server_state(server.engine)[("intake", "in-ib-1")]["werk"] == "kok"  # the intake is untouched
    assert server_state(server.engine)[("observatiemoment", "obs-ok")]["score"] == 2  # the allowed change arrived
    # nothing is lost: the refused change keeps its values; and the device is back in step with the server: a
    # docent's device holds no intake
    assert geweigerd.fields["werk"] == "anders" and docent.get("intake", "in-ib-1") is None

    other = make_store("docent2", user=DOCENT, role="docent")
    server.enroll(other, DOCENT, "docent")
    other.put("eindscore", "es-1", {"inburgeraar_id": "ib-2", "groep_id": "g-2", "score": 1})
    do_sync(other)
    [geweigerd] = sync_engine.refused_changes(other)
    assert geweigerd.code == "niet_meer_zichtbaar" and "hoort bij groep g-2" in geweigerd.reden
    assert ("eindscore", "es-1") not in server_state(server.engine)


def test_consultant_sees_only_own_caseload(server, make_store):
    mine, other = make_store("km"), make_store("km2", user="P. Jansen")
    server.enroll(mine, KM)
    server.enroll(other, "P. Jansen")
    _caseload(mine)
    do_sync(mine)
    do_sync(other)
    # the municipality's startklas groups (no personal data: every consultant places cursisten in them), nothing else
    assert set(records(other)) == {("startklasgroep", "g-1"), ("startklasgroep", "g-2")}
    # a caseload moves: the new klantmanager receives the inburgeraar with everything that belongs to it
    mine.put("inburgeraar", "ib-2", {"klantmanager": "P. Jansen"})
    do_sync(mine), do_sync(other)
    assert {k for k in records(other) if k[1].endswith("ib-2")} == {
        ("inburgeraar", "ib-2"), ("intake", "in-ib-2"), ("intake_bijzonder", "ib-ib-2"), ("pip", "pip-ib-2")}
    # and may not touch the other consultant's inburgeraar
    other.put("intake", "nieuw", {"inburgeraar_id": "ib-1", "werk": "x"})
    assert do_sync(other).geweigerd == 1
    [geweigerd] = sync_engine.refused_changes(other)
    assert "hoort niet (meer) bij de caseload van P. Jansen" in geweigerd.reden
    assert ("intake", "nieuw") not in server_state(server.engine)


def test_revoked_device_is_refused_clearly_and_keeps_its_data(server, make_store):
    a = make_store("a")
    antwoord = server.enroll(a, KM)
    _caseload(a)
    do_sync(a)
    central_db.revoke(server.engine, antwoord.device_id)
    a.put("inburgeraar", "ib-1", {"telefoon": "0687654321"})
    with pytest.raises(DeviceRevoked) as fout:
        do_sync(a)
    assert "ingetrokken" in str(fout.value) and "blijven bewaard" in str(fout.value)
    assert a.get("inburgeraar", "ib-1")["telefoon"] == "0687654321"
    assert a.count("inburgeraar") == 2 and sync_engine.pending_count(a) == 1
    assert sync_engine.status(a)["ingetrokken"]
    r = httpx.get(f"{server.url}/v1/pull", headers={"Authorization": f"Bearer {a.get_meta('sync.token')}",
                                                     "X-Koers-Protocol": "1"})
    assert r.status_code == 401 and r.json()["code"] == "apparaat_ingetrokken"


def test_one_municipality_never_sees_another(server, make_store):
    utrecht, zeist = make_store("utrecht"), make_store("zeist")
    server.enroll(utrecht, "Beheer", "beheerder", gemeente="Utrecht")
    server.enroll(zeist, "Beheer", "beheerder", gemeente="Zeist")
    _caseload(utrecht)
    do_sync(utrecht)
    do_sync(zeist)
    assert records(zeist) == {}
    # the same record id in another municipality is a different record
    zeist.put("inburgeraar", "ib-1", {"voornamen": "Ander", "klantmanager": KM})
    do_sync(zeist), do_sync(utrecht)
    assert utrecht.get("inburgeraar", "ib-1")["voornamen"] == "Amal"
    assert zeist.get("inburgeraar", "ib-1") == {"voornamen": "Ander", "klantmanager": KM}


def test_enrollment_code_is_one_time_and_cli_prints_it_last(server, make_store, pg_url):
    uit = subprocess.run([sys.executable, "-m", "central.cli", "enroll", "--db", server.db_url, "--user", KM,
                          "--role", "consultant", "--gemeente", "Utrecht"], capture_output=True, text=True, check=True)
    code = uit.stdout.strip().splitlines()[-1]
    a, b = make_store("a"), make_store("b")
    sync_engine.enroll(a, server.url, code)
    with pytest.raises(SyncError) as fout:
        sync_engine.enroll(b, server.url, code)
    assert "onbekend of al gebruikt" in str(fout.value)
    assert not sync_engine.is_enrolled(b)
    with server.engine.begin() as conn:
        hashes = conn.exec_driver_sql("SELECT token_hash FROM apparaat").scalars().all()
    assert a.get_meta("sync.token") not in hashes  # only a hash is stored


def test_export_leaves_out_health_data_unless_asked(server, make_store):
    a = make_store("a")
    server.enroll(a, KM)
    _caseload(a)
    do_sync(a)
    assert {r[1] for r in export_rows(server.engine)} == {"inburgeraar", "intake", "pip"}
    assert "intake_bijzonder" in {r[1] for r in export_rows(server.engine, met_bijzonder=True)}
    uit = subprocess.run([sys.executable, "-m", "central.cli", "export", "--db", server.db_url, "--format", "csv"],
                         capture_output=True, text=True, check=True).stdout
    assert uit.splitlines()[0] == "gemeente,soort,id,rev,veld,waarde"
    assert "Utrecht,intake,in-ib-1," in uit and "gezondheid" not in uit
    data = json.loads(subprocess.run([sys.executable, "-m", "central.cli", "export", "--db", server.db_url],
                                     capture_output=True, text=True, check=True).stdout)
    assert set(data["Utrecht"]) == {"inburgeraar", "intake", "pip"}
    assert all("telefoon" not in r["velden"] for r in data["Utrecht"]["inburgeraar"])  # contact details stay out
