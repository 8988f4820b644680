"""Attachments travel in chunks with a hash: they arrive byte-identical, a broken upload resumes with only the chunks
the server lacks, a damaged one is refused, and need-to-know applies to them as to records."""
from __future__ import annotations

import datetime as dt
import hashlib
import random

import httpx
import pytest

from desktop_app.sync import engine as sync_engine
from desktop_app.sync.bijlagen import bewaar_bijlage, lees_bijlage
from desktop_app.sync.client import Client, Unreachable
from koers_protocol.sync import CHUNK_SIZE, CLOCK_HEADER, PROTOCOL_HEADER
from synchelp import FaultProxy, do_sync

DATA = random.Random(7).randbytes(2 * CHUNK_SIZE + 12345)  # three chunks, the last one short


def _headers(store) -> dict:
    return {"Authorization": f"Bearer {store.get_meta('sync.token')}", PROTOCOL_HEADER: "1",
            CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}


def test_attachment_arrives_byte_identical(server, make_store):
    a, b = make_store("a"), make_store("b")
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    ref = bewaar_bijlage(a, DATA)
    a.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
    a.put("intake", "in-1", {"inburgeraar_id": "ib-1", "diploma_scan": ref})
    do_sync(a), do_sync(b)
    assert b.get("intake", "in-1")["diploma_scan"] == ref
    assert lees_bijlage(b, ref) == DATA


def test_broken_upload_resumes_with_the_missing_chunks(server, make_store):
    a, b = make_store("a"), make_store("b")
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    ref = bewaar_bijlage(a, DATA)
    a.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries", "foto": ref})
    proxy = FaultProxy(server.port)
    try:
        real_put = Client.request
        puts = []

        def counting(self, method, path, **kw):
            if method == "PUT":
                puts.append(path)
                if len(puts) == 2 and not proxy.faults:
                    proxy.cut_chunk_uploads = 1  # the second chunk is cut off half-way
            return real_put(self, method, path, **kw)

        Client.request = counting
        try:
            with Client(proxy.url, a.get_meta("sync.token"), retries=0) as client:
                with pytest.raises(Unreachable):
                    sync_engine.sync(a, client)
            assert puts == [f"/v1/bijlagen/{ref[7:]}/delen/0", f"/v1/bijlagen/{ref[7:]}/delen/1"]
            assert sync_engine.pending_count(a) == 1  # the record waits until its attachment is there
            puts.clear()
            with Client(proxy.url, a.get_meta("sync.token"), retries=0) as client:
                sync_engine.sync(a, client)
        finally:
            Client.request = real_put
        assert puts == [f"/v1/bijlagen/{ref[7:]}/delen/1", f"/v1/bijlagen/{ref[7:]}/delen/2"]  # not chunk 0 again
    finally:
        proxy.close()
    do_sync(b)
    assert lees_bijlage(b, ref) == DATA


def test_damaged_or_wrong_chunks_are_refused(server, make_store):
    a = make_store("a")
    server.enroll(a, "K. de Vries")
    sha = hashlib.sha256(b"iets anders").hexdigest()
    url = f"{server.url}/v1/bijlagen/{sha}"
    r = httpx.put(f"{url}/delen/0", params={"grootte": 10}, content=b"123", headers=_headers(a))
    assert r.status_code == 422 and "moet 10 bytes zijn" in r.json()["detail"]
    r = httpx.put(f"{url}/delen/5", params={"grootte": 10}, content=b"0123456789", headers=_headers(a))
    assert r.status_code == 422 and "Deel 5 bestaat niet" in r.json()["detail"]
    r = httpx.post(f"{url}/klaar", headers=_headers(a))
    assert r.status_code == 404 and r.json()["code"] == "onbekende_bijlage"
    assert httpx.put(f"{url}/delen/0", params={"grootte": 10}, content=b"0123456789",
                     headers=_headers(a)).status_code == 200
    r = httpx.post(f"{url}/klaar", headers=_headers(a))
    assert r.status_code == 422 and r.json()["code"] == "bijlage_hash" and "weggegooid" in r.json()["detail"]
    assert httpx.get(url, headers=_headers(a)).status_code == 404  # nothing half kept
    r = httpx.get(f"{server.url}/v1/bijlagen/NIET-HEX", headers=_headers(a))
    assert r.status_code == 422


def test_docent_gets_attachments_of_observations_never_of_the_intake(server, make_store):
    km, docent = make_store("km"), make_store("docent", user="J. Bakker", role="docent")
    server.enroll(km, "K. de Vries"), server.enroll(docent, "J. Bakker", "docent")
    scan = bewaar_bijlage(km, b"medische verklaring (fictief)")
    werk = bewaar_bijlage(km, b"werkblad van de cursist (fictief)")
    km.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
    km.put("intake_bijzonder", "ib-x", {"inburgeraar_id": "ib-1", "verklaring": scan})
    km.put("startklasgroep", "g-1", {"naam": "A", "docenten": ["J. Bakker"]})
    km.put("plaatsing", "p-1", {"inburgeraar_id": "ib-1", "groep_id": "g-1"})
    km.put("observatiemoment", "o-1", {"inburgeraar_id": "ib-1", "groep_id": "g-1", "werkblad": werk})
    do_sync(km), do_sync(docent)
    assert lees_bijlage(docent, werk) == b"werkblad van de cursist (fictief)"
    assert lees_bijlage(docent, scan) is None
    r = httpx.get(f"{server.url}/v1/bijlagen/{scan[7:]}/delen/0", headers=_headers(docent))
    assert r.status_code == 404 and "niet voor dit apparaat" in r.json()["detail"]
