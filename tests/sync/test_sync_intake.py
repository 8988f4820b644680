"""A real brede intake, filled through the form engine, travels through sync with its field names ("sectie.vraag")
and values unchanged: push, pull on a second device of the same consultant, a conflict on an answer, the export. And
a device whose outbox an older server refused whole recovers when the server is updated: nothing lost, nothing
twice."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys

import pytest
from starlette.responses import JSONResponse

from desktop_app.diensten import Diensten
from desktop_app.sync import client as sync_client
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import SyncError, VersionMismatch
from synchelp import do_sync, received_count, records, server_state
from tests.journeys.mensen import inburgeraar
from tests.realistisch import ARABISCH, TIGRINYA, vul_brede_intake

VANDAAG = dt.date.today()   # the form checks dates against today, as on the consultant's laptop
KM = "K. de Vries"
GEZONDHEID = ("fysieke_gezondheid", "mentale_gezondheid")


@pytest.fixture
def twee_laptops(server, make_store):
    """Two devices of the same consultant, enrolled; a complete intake filled on the first."""
    laptop, tweede = make_store("laptop"), make_store("tweede")
    server.enroll(laptop, KM), server.enroll(tweede, KM)
    ib = inburgeraar(0, VANDAAG, KM)
    laptop.save(ib)
    intake = vul_brede_intake(laptop, ib.id, VANDAAG)
    return laptop, tweede, ib, intake


def test_a_real_intake_syncs_and_the_second_device_pulls_it_identical(server, twee_laptops):
    laptop, tweede, ib, intake = twee_laptops
    report = do_sync(laptop)
    assert report.geweigerd == 0 and report.pushed > 140 and sync_engine.status(laptop)["wachtend"] == 0
    op_server = server_state(server.engine)
    gewoon, bijzonder = laptop.get("intake", ib.id), laptop.get("intake_bijzonder", ib.id)
    assert op_server[("intake", ib.id)] == gewoon and op_server[("intake_bijzonder", ib.id)] == bijzonder
    # the health domains are stored apart, every other answer in the intake
    assert {k.split(".")[0] for k in bijzonder if "." in k} == set(GEZONDHEID)
    assert not any(k.startswith(GEZONDHEID) for k in gewoon)
    assert gewoon["warme_overdracht.locatie"] == "AZC Budel-Cranendonck, gespreksruimte 3"
    assert gewoon["werkervaring.banen"][1]["taken"] == TIGRINYA and gewoon["motivatie.doelen"] == ARABISCH

    report = do_sync(tweede)
    assert report.pulled >= 3 and records(tweede) == records(laptop)
    weer = Diensten(tweede, vandaag=VANDAAG).intake.laad(ib.id)
    assert weer.antwoorden == intake.antwoorden and weer.ontbrekend() == []
    assert tweede.get("inburgeraar", ib.id) == laptop.get("inburgeraar", ib.id)

    # a later edit leaves the laptop as well: the outbox did not get stuck behind the intake
    laptop.put("inburgeraar", ib.id, {"telefoon": "+31 6 87654321"})
    do_sync(laptop), do_sync(tweede)
    assert tweede.get("inburgeraar", ib.id)["telefoon"] == "+31 6 87654321"


def test_a_conflict_on_an_answer_names_it_and_is_resolved(server, twee_laptops):
    laptop, tweede, ib, _ = twee_laptops
    do_sync(laptop), do_sync(tweede)
    for store, locatie, kinderen in ((laptop, "AZC Ter Apel", "laptop"), (tweede, "Gemeentehuis Zwolle", "tweede")):
        opslag = Diensten(store, vandaag=VANDAAG).intake
        intake = opslag.laad(ib.id)
        opslag.zet(intake, "warme_overdracht.locatie", locatie)
        opslag.zet(intake, "gezinssituatie.kinderen",
                   [{"voornaam": f"Yusuf ({kinderen})", "geboortedatum": "2016-09-12"}])
    do_sync(laptop)
    report = do_sync(tweede)
    assert report.conflicts == 2
    locatie, kinderen = sync_engine.open_conflicts(tweede)
    assert (locatie.entity, locatie.record_id, locatie.field) == ("intake", ib.id, "warme_overdracht.locatie")
    assert (locatie.mine, locatie.theirs, locatie.theirs_by) == ("Gemeentehuis Zwolle", "AZC Ter Apel", KM)
    assert kinderen.field == "gezinssituatie.kinderen" and kinderen.theirs[0]["voornaam"] == "Yusuf (laptop)"

    sync_engine.resolve(tweede, locatie.id, "mijn")
    sync_engine.resolve(tweede, kinderen.id, "hun")
    do_sync(tweede), do_sync(laptop)
    assert sync_engine.open_conflicts(tweede) == [] and records(laptop) == records(tweede)
    antwoorden = Diensten(laptop, vandaag=VANDAAG).intake.laad(ib.id).antwoorden
    assert antwoorden["warme_overdracht.locatie"] == "Gemeentehuis Zwolle"
    assert antwoorden["gezinssituatie.kinderen"][0]["voornaam"] == "Yusuf (laptop)"


def _export(db_url: str, *args: str) -> str:
    uit = subprocess.run([sys.executable, "-m", "central.cli", "export", "--db", db_url, *args], capture_output=True,
                         text=True, check=True)
    return uit.stdout


def test_the_export_holds_the_intake_with_its_field_names(server, twee_laptops):
    laptop, _, ib, _ = twee_laptops
    do_sync(laptop)
    gewoon, bijzonder = laptop.get("intake", ib.id), laptop.get("intake_bijzonder", ib.id)

    uit = json.loads(_export(server.db_url, "--format", "json"))
    [intake] = uit["Utrecht"]["intake"]
    assert (intake["id"], intake["velden"]) == (ib.id, gewoon) and "intake_bijzonder" not in uit["Utrecht"]
    uit = json.loads(_export(server.db_url, "--format", "json", "--met-bijzondere-gegevens"))
    assert uit["Utrecht"]["intake_bijzonder"][0]["velden"] == bijzonder

    rijen = list(csv.DictReader(io.StringIO(_export(server.db_url, "--format", "csv"))))
    velden = {r["veld"]: r["waarde"] for r in rijen if r["soort"] == "intake" and r["id"] == ib.id}
    assert set(velden) == set(gewoon)
    assert velden["warme_overdracht.locatie"] == gewoon["warme_overdracht.locatie"]
    assert velden["motivatie.doelen"] == ARABISCH
    assert json.loads(velden["werkervaring.banen"]) == gewoon["werkervaring.banen"]


# -- upgrading from a server that refused the whole batch ----------------------------------------------------------
OUDE_VELDNAAM = r"^[A-Za-z_][A-Za-z0-9_]{0,63}$"   # what the server accepted before protocol 2


class OudeServer:
    """The server as it was before protocol 2, in front of the same database: it speaks protocol 1 only, and refuses a
    whole batch (422, nothing applied) as soon as one field name has a dot. Everything else goes to the real app."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        pad = scope.get("path") if scope["type"] == "http" else None
        if pad == "/v1/protocol":
            antwoord = JSONResponse({"min": 1, "max": 1, "server_time": dt.datetime.now(dt.timezone.utc).isoformat()})
            return await antwoord(scope, receive, send)
        if pad != "/v1/push":
            return await self.app(scope, receive, send)
        body, meer = b"", True
        while meer:
            bericht = await receive()
            body, meer = body + bericht.get("body", b""), bericht.get("more_body", False)
        for i, change in enumerate(json.loads(body)["changes"]):
            fout = next((n for n in change["fields"] if not re.match(OUDE_VELDNAAM, n)), None)
            if fout:
                antwoord = JSONResponse({"detail": f"Ongeldig verzoek: 'changes.{i}.fields': Value error, ongeldige "
                                                   f"veldnaam {fout!r}: alleen letters, cijfers en _ (hoogstens 64 "
                                                   f"tekens). Er is niets verwerkt.", "code": "ongeldig_verzoek"},
                                        status_code=422)
                return await antwoord(scope, receive, send)

        async def opnieuw():
            return {"type": "http.request", "body": body, "more_body": False}
        return await self.app(scope, opnieuw, send)


def test_an_outbox_the_old_server_refused_syncs_after_the_upgrade(server, make_store, monkeypatch):
    server.stop()
    server.app = OudeServer(server.app)
    server.start()
    laptop, tweede = make_store("laptop"), make_store("tweede")
    oude_koers = monkeypatch.context()
    with oude_koers as m:   # Koers on the laptop as it was: protocol 1
        m.setattr(sync_client, "PROTOCOL_VERSION", 1)
        m.setattr(sync_engine, "PROTOCOL_VERSION", 1)
        server.enroll(laptop, KM), server.enroll(tweede, KM)
        ib = inburgeraar(0, VANDAAG, KM)
        laptop.save(ib)
        assert do_sync(laptop).pushed == 1   # flat names went through
        vul_brede_intake(laptop, ib.id, VANDAAG)
        laptop.put("inburgeraar", ib.id, {"telefoon": "+31 6 87654321"})
        wachtend = sync_engine.status(laptop)["wachtend"]
        for _ in range(2):   # as it was: refused whole, every time, and the phone number stuck behind it
            with pytest.raises(SyncError) as fout:
                do_sync(laptop)
            assert fout.value.status == 422 and "ongeldige veldnaam 'gesprekken.gesprekken'" in str(fout.value)
        assert sync_engine.status(laptop)["wachtend"] == wachtend > 140 and received_count(server.engine) == 1

    # Koers on the laptop is updated first; the server not yet: it says so, and keeps everything
    with pytest.raises(VersionMismatch) as fout:
        do_sync(laptop)
    assert "Vraag de beheerder de server bij te werken" in str(fout.value) and "blijven bewaard" in str(fout.value)
    assert sync_engine.status(laptop)["wachtend"] == wachtend

    server.restart()   # the updated server, on the same database
    report = do_sync(laptop)
    assert (report.pushed, report.geweigerd) == (wachtend, 0) and sync_engine.status(laptop)["wachtend"] == 0
    assert received_count(server.engine) == 1 + wachtend   # every change once: none lost, none twice
    op_server = server_state(server.engine)
    for entity in ("inburgeraar", "intake", "intake_bijzonder"):
        assert op_server[(entity, ib.id)] == laptop.get(entity, ib.id)
    assert op_server[("inburgeraar", ib.id)]["telefoon"] == "+31 6 87654321"
    do_sync(tweede)
    assert records(tweede) == records(laptop)
