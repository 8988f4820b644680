"""The server under hostile input and in operation (issue 11, items 7-11): every body bounded while it is read; never a
5xx, every refusal in Dutch with a code; an enrolment whose answer was lost can be retried; instances that start
together on one database take turns at the schema; a health check; failed enrolments limited per client address,
also across instances."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import select
import socket
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import inspect

from central import db as central_db
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import SyncError
from koers_protocol.sync import CHUNK_SIZE, CLOCK_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION
from synchelp import FaultProxy, LiveServer, diverged, do_sync, records

KM = "K. de Vries"
ENGELS = ("Input should", "Field required", "There was an error", "Not Found", "Method Not Allowed",
          "Content Too Large", "value is not", "Internal Server Error")


def _headers(store) -> dict:
    return {"Authorization": f"Bearer {store.get_meta('sync.token')}", PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}


def _nederlands(antwoord: httpx.Response) -> dict:
    assert 400 <= antwoord.status_code < 500, antwoord.text
    body = antwoord.json()
    assert body["code"] and body["detail"] and not any(woord in body["detail"] for woord in ENGELS), body
    return body


@pytest.fixture
def apparaat(server, make_store):
    store = make_store("a")
    server.enroll(store, KM)
    return store


def test_a_chunk_sent_without_a_length_is_bounded_while_it_is_read(server, apparaat):
    """11.7: a chunk PUT with Transfer-Encoding: chunked was read into memory whole (three parallel 300 MB uploads:
    1.5 GB). Now the server stops reading past one chunk's size and answers 413 while the client is still sending."""
    sha = hashlib.sha256(b"groot").hexdigest()
    kop = (f"PUT /v1/bijlagen/{sha}/delen/0?grootte={CHUNK_SIZE} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           f"Transfer-Encoding: chunked\r\nContent-Type: application/octet-stream\r\n"
           + "".join(f"{k}: {v}\r\n" for k, v in _headers(apparaat).items()) + "\r\n").encode()
    stuk = b"%x\r\n" % 65536 + b"x" * 65536 + b"\r\n"
    budget = 64 * 1024 * 1024   # what this client would send in all
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(kop)
        s.setblocking(False)
        gestuurd, antwoord, te_sturen = 0, b"", b""
        while b"\r\n\r\n" not in antwoord or len(antwoord) < antwoord.index(b"\r\n\r\n") + 4 + _lengte(antwoord):
            lezen, schrijven, _ = select.select([s], [s] if gestuurd < budget else [], [], 30)
            assert lezen or schrijven, "de server antwoordt niet"
            if lezen:
                deel = s.recv(65536)
                assert deel, "verbinding gesloten zonder antwoord"
                antwoord += deel
            elif schrijven:
                te_sturen = te_sturen or stuk
                try:
                    n = s.send(te_sturen)
                except (BrokenPipeError, ConnectionResetError):
                    budget = gestuurd   # the server closed its side after answering: read the answer
                    continue
                gestuurd, te_sturen = gestuurd + n, te_sturen[n:]
    assert antwoord.startswith(b"HTTP/1.1 413")
    body = json.loads(antwoord.split(b"\r\n\r\n", 1)[1])
    assert body["code"] == "te_groot" and "512 kB per deel van een bijlage" in body["detail"]
    assert gestuurd < budget // 4   # answered long before the client was done: nothing read it all


def _lengte(antwoord: bytes) -> int:
    for regel in antwoord.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if regel.lower().startswith(b"content-length:"):
            return int(regel.split(b":")[1])
    return 1 << 30


def test_never_a_5xx_and_every_refusal_in_dutch_with_a_code(server, apparaat):
    """11.8: a lone surrogate in any text, a body that does not parse, an unknown address: a 4xx with a Dutch
    `detail` and a `code`, never FastAPI's English default."""
    h = _headers(apparaat)
    json_kop = {"Content-Type": "application/json"}
    vreemd = "\ud800x"
    verzoeken = [
        ("POST", "/v1/enroll", json.dumps({"code": vreemd * 3}).encode(), {}),
        ("POST", "/v1/enroll", json.dumps({"code": "ABCDE-FGHJK", "device_name": vreemd}).encode(), {}),
        ("POST", "/v1/enroll", b'{"code": "\xff\xfe\xfd\xfc"}', {}),
        ("POST", "/v1/enroll", b"code=ABCDE-FGHJK", {"Content-Type": "application/x-www-form-urlencoded"}),
        ("POST", "/v1/conflicts/1/resolve", json.dumps({"keuze": vreemd}).encode(), h),
        ("POST", "/v1/push", json.dumps({vreemd: []}).encode(), h),
        ("POST", "/v1/ophalen", json.dumps({"records": [{"entity": vreemd, "id": "ib-1"}]}).encode(), h),
        ("GET", "/v1/bestaat-niet", None, h),
        ("DELETE", "/v1/pull", None, h),
        ("GET", "/v1/pull?after=" + "9" * 40, None, h),
    ]
    for methode, pad, inhoud, kop in verzoeken:
        antwoord = httpx.request(methode, server.url + pad, content=inhoud,
                                 headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), **json_kop, **kop})
        _nederlands(antwoord)

    wijziging = {"seq": 1, "entity": "inburgeraar", "id": "ib-9", "fields": {"voornamen": vreemd}, "base_rev": 0,
                 "at": "2026-11-22T10:00:00+00:00"}
    antwoorden = []
    for i, wat in enumerate(({}, {"fields": {"x": {vreemd: 1}}}, {"base_rev": False}, {"deleted": 1},
                             {"fields": {"klantmanager": vreemd}}), 1):
        body = json.dumps({"changes": [{**wijziging, **wat, "seq": i}]}).encode()
        antwoord = httpx.post(server.url + "/v1/push", content=body, headers={**h, **json_kop})
        assert antwoord.status_code == 200, antwoord.text
        [resultaat] = antwoord.json()["results"]
        assert resultaat["status"] == "geweigerd" and not any(w in resultaat["weigering"]["detail"] for w in ENGELS)
        antwoorden.append(resultaat["weigering"]["code"])
    assert antwoorden == ["ongeldige_waarde", "ongeldige_waarde", "ongeldige_wijziging", "ongeldige_wijziging",
                          "ongeldige_waarde"]


def test_an_enrolment_whose_answer_was_lost_is_retried_with_the_same_device(server, make_store):
    """11.9: the answer to an enrolment was lost; the client's retry burnt the one-time code ("onbekend of al
    gebruikt") and an orphan device was listed active."""
    store = make_store("a")
    proxy = FaultProxy(server.port)
    try:
        proxy.drop_enroll_responses = 1
        code = central_db.enroll(server.engine, KM, "consultant", "Utrecht")
        antwoord = sync_engine.enroll(store, proxy.url, code, backoff=0.01)
        assert proxy.faults == 1
    finally:
        proxy.close()
    apparaten = central_db.devices(server.engine)
    assert [(d["id"], d["ingetrokken"]) for d in apparaten] == [(antwoord.device_id, None)]
    store.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": KM})
    store.set_meta(sync_engine.SERVER, server.url)   # the proxy is gone
    assert do_sync(store).pushed == 1
    with pytest.raises(SyncError, match="onbekend of al gebruikt"):   # the code itself stays one-time
        sync_engine.enroll(make_store("b"), server.url, code, backoff=0.01)


def test_instances_started_together_on_an_empty_database_take_turns_at_the_schema(postgres):
    """11.10: three koers-central processes started together on an empty database: one exited 1 in 2 of 6 trials,
    blaming the database. Six trials of four."""
    for _ in range(6):
        url = postgres.new_database()
        processen = [subprocess.Popen([sys.executable, "-m", "central.cli", "devices", "--db", url],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
        uitkomsten = [(p.wait(120), p.stderr.read()) for p in processen]
        for p in processen:
            p.stdout.close(), p.stderr.close()
        assert [code for code, _ in uitkomsten] == [0] * 4, uitkomsten
        engine = central_db.make_engine(url)
        try:
            assert {"record", "bijlage_upload", "aanmeldpoging"} <= set(inspect(engine).get_table_names())
        finally:
            engine.dispose()


def test_health_says_whether_the_database_is_reachable(server, postgres):
    antwoord = httpx.get(server.url + "/health")
    assert antwoord.status_code == 200 and antwoord.json() == {"status": "ok", "database": "bereikbaar"}
    naam = server.db_url.rsplit("/", 1)[1]
    import psycopg
    with psycopg.connect(f"host=127.0.0.1 port={postgres.port} user=koers dbname=postgres", autocommit=True) as c:
        c.execute(f"ALTER DATABASE {naam} ALLOW_CONNECTIONS false")
        c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (naam,))
        try:
            antwoord = httpx.get(server.url + "/health")
            assert antwoord.status_code == 503 and antwoord.json()["code"] == "database_onbereikbaar"
            assert "niet bereikbaar" in antwoord.json()["detail"]
            pull = httpx.get(server.url + "/v1/pull", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                                                              "Authorization": "Bearer x"})
            assert pull.status_code == 503 and pull.headers["retry-after"]   # the client tries again later
        finally:
            c.execute(f"ALTER DATABASE {naam} ALLOW_CONNECTIONS true")
    assert httpx.get(server.url + "/health").status_code == 200


def test_two_instances_behind_one_address_share_everything_also_the_limit_on_enrolment(server, make_store):
    """11.11: several instances on one database hold no state of their own: devices converge whichever instance
    they reach, and ten failed enrolments from one address through one instance close the door on the other too;
    another address is not affected."""
    tweede = LiveServer(server.db_url)
    try:
        a, b = make_store("a"), make_store("b")
        server.enroll(a, KM), tweede.enroll(b, KM)
        a.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": KM})
        b.put("inburgeraar", "ib-2", {"voornamen": "Yonas", "klantmanager": KM})
        for _ in range(2):
            do_sync(a), do_sync(b)
        assert records(a) == records(b) and diverged(a, server) == {} and diverged(b, tweede) == {}

        kop = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "X-Forwarded-For": "192.0.2.7"}
        for i in range(10):
            antwoord = httpx.post((server if i % 2 else tweede).url + "/v1/enroll", json={"code": f"FOUT{i:04d}"},
                                  headers=kop)
            assert antwoord.status_code == 403
        code = central_db.enroll(server.engine, "P. Jansen", "consultant", "Utrecht")
        dicht = httpx.post(server.url + "/v1/enroll", json={"code": code}, headers=kop)
        body = _nederlands(dicht)
        assert dicht.status_code == 429 and body["code"] == "te_veel_pogingen" and "Wacht 15 minuten" in body["detail"]
        ander = httpx.post(tweede.url + "/v1/enroll", json={"code": code},
                           headers={**kop, "X-Forwarded-For": "192.0.2.8"})
        assert ander.status_code == 200
    finally:
        tweede.stop()
        tweede.engine.dispose()
