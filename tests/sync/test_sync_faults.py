"""Faults between client and server, across a real socket: connection dropped mid-push (before and after the server
applied it), duplicated delivery, reordering, a server restart. Afterwards everything converges: nothing lost,
nothing duplicated."""
from __future__ import annotations

import httpx
import pytest

from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import Client, Unreachable
from koers_protocol.sync import CLOCK_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION
from synchelp import FaultProxy, do_sync, received_count, records, server_state


def _edits(store, n: int, prefix: str = "ib") -> None:
    for i in range(n):
        store.put("inburgeraar", f"{prefix}-{i}", {"voornamen": f"Naam {i}", "achternaam": "Fictief",
                                                   "klantmanager": store.user})


def _headers(store) -> dict:
    import datetime as dt
    return {"Authorization": f"Bearer {store.get_meta('sync.token')}", PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}


@pytest.fixture
def proxy(server):
    p = FaultProxy(server.port)
    yield p
    p.close()


def _via(store, proxy):
    return Client(proxy.url, store.get_meta("sync.token"), backoff=0.01)


def test_connection_dropped_after_the_server_applied_the_push(server, proxy, make_store):
    a, b = make_store("a"), make_store("b")
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    _edits(a, 30)
    proxy.drop_push_responses = 2  # the first two answers never arrive; the client retries with the same numbers
    with _via(a, proxy) as client:
        report = sync_engine.sync(a, client, batch=10)
    assert proxy.faults == 2
    assert report.pushed == 30
    assert received_count(server.engine) == 30  # each change once, although two batches arrived twice
    do_sync(b)
    assert records(a) == records(b) == server_state(server.engine)
    assert len(records(b)) == 30


def test_connection_cut_in_the_middle_of_the_request(server, proxy, make_store):
    a, b = make_store("a"), make_store("b")
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    _edits(a, 12)
    proxy.cut_push_requests = 3
    with _via(a, proxy) as client:
        sync_engine.sync(a, client, batch=5)
    assert proxy.faults == 3
    assert received_count(server.engine) == 12
    do_sync(b)
    assert records(a) == records(b) == server_state(server.engine)


def test_connection_dropped_while_pulling_pages(server, proxy, make_store):
    a, b = make_store("a"), make_store("b")
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    _edits(a, 23)
    do_sync(a)
    proxy.drop_pull_responses = 3
    with _via(b, proxy) as client:
        report = sync_engine.sync(b, client, page=5)
    assert proxy.faults == 3 and report.pulled == 23
    assert records(a) == records(b) == server_state(server.engine)
    assert len(b.audit_trail("inburgeraar", "ib-7")) == 3  # each remote field audited once, not once per retry


def test_duplicated_delivery_is_answered_once(server, make_store):
    a = make_store("a")
    server.enroll(a, "K. de Vries")
    _edits(a, 5)
    body = {"changes": sync_engine.next_batch(a)}
    first = httpx.post(f"{server.url}/v1/push", json=body, headers=_headers(a))
    again = httpx.post(f"{server.url}/v1/push", json=body, headers=_headers(a))
    assert first.status_code == again.status_code == 200
    assert {r["status"] for r in first.json()["results"]} == {"toegepast"}
    assert {r["status"] for r in again.json()["results"]} == {"al_ontvangen"}
    assert [r["rev"] for r in first.json()["results"]] == [r["rev"] for r in again.json()["results"]]
    do_sync(a)  # the device itself never heard the first answer: it pushes the same again
    assert received_count(server.engine) == 5
    assert server_state(server.engine) == records(a)


def test_reordered_batches_are_refused_then_converge(server, make_store):
    a, b = make_store("a"), make_store("b")
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    _edits(a, 6)
    batch1, batch2 = sync_engine.next_batch(a, 3), sync_engine.next_batch(a, 3, after=3)
    late = httpx.post(f"{server.url}/v1/push", json={"changes": batch2}, headers=_headers(a))
    assert late.status_code == 409 and late.json()["code"] == "volgnummer_gat"
    assert "Wijziging 1 van dit apparaat ontbreekt" in late.json()["detail"]
    assert server_state(server.engine) == {}  # nothing half-applied
    assert httpx.post(f"{server.url}/v1/push", json={"changes": batch1}, headers=_headers(a)).status_code == 200
    assert httpx.post(f"{server.url}/v1/push", json={"changes": batch2}, headers=_headers(a)).status_code == 200
    do_sync(a), do_sync(b)
    assert received_count(server.engine) == 6
    assert records(a) == records(b) == server_state(server.engine)


def test_server_restart_while_offline_and_between_rounds(server, make_store):
    a, b = make_store("a"), make_store("b")
    server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
    _edits(a, 8)
    do_sync(a)
    server.stop()
    a.put("inburgeraar", "ib-0", {"telefoon": "0612345678"})
    with pytest.raises(Unreachable) as fout:
        do_sync(a, retries=2)
    assert "Uw wijzigingen blijven bewaard" in str(fout.value)
    assert a.get("inburgeraar", "ib-0")["telefoon"] == "0612345678"
    assert sync_engine.pending_count(a) == 1
    server.restart()
    do_sync(a), do_sync(b)
    assert records(a) == records(b) == server_state(server.engine)
    assert b.get("inburgeraar", "ib-0")["telefoon"] == "0612345678"
    assert received_count(server.engine) == 9
