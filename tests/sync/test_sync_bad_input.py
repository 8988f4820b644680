"""Bad input to the server: a request that cannot be read as a whole gets a precise 4xx with a Dutch message and
nothing of it is applied; a change the server cannot accept is refused by itself and the rest of its batch is applied.
Never a 500. And the OpenAPI schema is served and valid."""
from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from central import db as central_db
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import VersionMismatch
from koers_protocol.sync import (CLOCK_HEADER, ENTITEITEN, FIELD_PATTERN, MAX_BODY_BYTES, MAX_DIEPTE,
                                       MAX_VELDNAAM, MAX_WAARDE_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION)
from synchelp import do_sync, received_count, server_state


@pytest.fixture
def device(server, make_store):
    store = make_store("a")
    server.enroll(store, "K. de Vries")
    for i in range(3):
        store.put("inburgeraar", f"ib-{i}", {"voornamen": f"N{i}", "klantmanager": "K. de Vries"})
    return store


def _post(server, store, body=None, *, content=None, headers=None, path="/v1/push"):
    h = {"Authorization": f"Bearer {store.get_meta('sync.token')}", PROTOCOL_HEADER: str(PROTOCOL_VERSION),
         CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat(), **(headers or {})}
    if content is not None:
        h.setdefault("Content-Type", "application/json")
        return httpx.post(server.url + path, content=content, headers=h)
    return httpx.post(server.url + path, json=body, headers=h)


def _refused(response, status: int, code: str, *fragments: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code
    for fragment in fragments:
        assert fragment in body["detail"]


def _nothing_applied(server) -> None:
    assert server_state(server.engine) == {} and received_count(server.engine) == 0


def _answers(response) -> list[tuple[str, str | None]]:
    """(status, refusal code) per change of a batch that was read."""
    assert response.status_code == 200, response.text
    return [(r["status"], (r["weigering"] or {}).get("code")) for r in response.json()["results"]]


def test_malformed_json(server, device):
    _refused(_post(server, device, content=b'{"changes": [{"seq": 1,'), 422, "ongeldig_verzoek", "geen geldige JSON")
    _nothing_applied(server)


def test_oversized_payload(server, device):
    _refused(_post(server, device, content=b" " * (MAX_BODY_BYTES + 1)), 413, "te_groot", "te groot")
    big = [{**c, "seq": 1 + i} for i, c in enumerate(sync_engine.next_batch(device) * 200)]
    _refused(_post(server, device, {"changes": big}), 422, "ongeldig_verzoek", "te lang")
    _nothing_applied(server)


def test_unknown_parts(server, device):
    """An unknown key of the request itself: refused whole. An unknown key in one change: that change alone."""
    _refused(_post(server, device, {"changes": sync_engine.next_batch(device), "extra": 1}), 422,
             "ongeldig_verzoek", "onbekend veld 'extra'")
    _nothing_applied(server)
    changes = sync_engine.next_batch(device)
    changes[1]["prioriteit"] = "hoog"
    antwoord = _post(server, device, {"changes": changes})
    assert _answers(antwoord) == [("toegepast", None), ("geweigerd", "ongeldige_wijziging"), ("toegepast", None)]
    assert "onbekend veld 'prioriteit'" in antwoord.json()["results"][1]["weigering"]["detail"]
    assert set(server_state(server.engine)) == {("inburgeraar", "ib-0"), ("inburgeraar", "ib-2")}


def test_bad_values_inside_a_change_are_refused_by_themselves(server, device):
    changes = sync_engine.next_batch(device)
    changes[0]["fields"] = {"geen spaties": 1}
    changes[2]["entity"] = "Robert'); DROP TABLE record;--"
    antwoord = _post(server, device, {"changes": changes})
    assert _answers(antwoord) == [("geweigerd", "ongeldige_veldnaam"), ("toegepast", None),
                                  ("geweigerd", "onbekende_soort")]
    results = antwoord.json()["results"]
    eerste, derde = results[0]["weigering"]["detail"], results[2]["weigering"]["detail"]
    assert "Wijziging 1 (inburgeraar ib-0): de veldnaam 'geen spaties' is niet geldig" in eerste
    assert "de soort gegevens \"Robert'); DROP TABLE record;--\" niet" in derde
    assert all("Deze wijziging is niet verwerkt; de rest wel." in d for d in (eerste, derde))
    assert set(server_state(server.engine)) == {("inburgeraar", "ib-1")}
    assert received_count(server.engine) == 3   # the refusals are remembered too


def test_a_protocol_1_client_still_gets_such_a_batch_refused_whole(server, device):
    """An older Koers cannot keep a refusal with a code it does not know: for it nothing changes (but its intake
    answers are valid field names now)."""
    changes = sync_engine.next_batch(device)
    changes[0]["fields"] = {"geen spaties": 1}
    _refused(_post(server, device, {"changes": changes}, headers={PROTOCOL_HEADER: "1"}), 422, "ongeldig_verzoek",
             "de veldnaam 'geen spaties' is niet geldig", "Er is niets verwerkt", "Werk Koers op dit apparaat bij")
    _nothing_applied(server)
    changes[0]["fields"] = {"warme_overdracht.locatie": "AZC Budel"}
    antwoord = _post(server, device, {"changes": changes}, headers={PROTOCOL_HEADER: "1"})
    assert _answers(antwoord) == [("toegepast", None)] * 3


def test_sequence_gap_and_out_of_order_batch(server, device):
    changes = sync_engine.next_batch(device)
    _refused(_post(server, device, {"changes": changes[1:]}), 409, "volgnummer_gat", "Wijziging 1")
    _refused(_post(server, device, {"changes": [changes[0], changes[2]]}), 422, "volgorde", "opeenvolgende")
    _nothing_applied(server)


def test_replayed_batch_with_other_content(server, device):
    changes = sync_engine.next_batch(device)
    assert _post(server, device, {"changes": changes}).status_code == 200
    changes[1]["fields"] = {"voornamen": "Vervalst"}
    _refused(_post(server, device, {"changes": changes}), 409, "volgnummer_hergebruikt", "andere inhoud")
    assert server_state(server.engine)[("inburgeraar", "ib-1")]["voornamen"] == "N1"


def test_clock_far_off(server, device):
    scheef = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=3)).isoformat()
    _refused(_post(server, device, {"changes": sync_engine.next_batch(device)}, headers={CLOCK_HEADER: scheef}),
             400, "klok_afwijking", "loopt 3.0 uur voor", "Zet datum en tijd goed")
    _nothing_applied(server)


def test_client_too_old(server, device):
    _refused(_post(server, device, {"changes": sync_engine.next_batch(device)}, headers={PROTOCOL_HEADER: "0"}),
             426, "client_te_oud", "te oud", "Installeer de nieuwste versie")
    r = httpx.get(server.url + "/v1/pull", headers={"Authorization": f"Bearer {device.get_meta('sync.token')}"})
    _refused(r, 426, "client_te_oud")
    _nothing_applied(server)


def test_client_refuses_a_server_it_cannot_speak_with(server, device, monkeypatch):
    from desktop_app.sync import engine
    monkeypatch.setattr(engine, "PROTOCOL_VERSION", 99)
    with pytest.raises(VersionMismatch) as fout:
        do_sync(device)
    assert "Vraag de beheerder de server bij te werken" in str(fout.value)
    _nothing_applied(server)


def test_no_token_and_wrong_token(server, device):
    r = httpx.get(server.url + "/v1/pull", headers={PROTOCOL_HEADER: "1"})
    _refused(r, 401, "geen_token", "niet aangemeld")
    r = httpx.get(server.url + "/v1/pull", headers={PROTOCOL_HEADER: "1", "Authorization": "Bearer verzonnen"})
    _refused(r, 401, "onbekend_token")


def test_pull_parameters(server, device):
    h = {"Authorization": f"Bearer {device.get_meta('sync.token')}", PROTOCOL_HEADER: "1"}
    _refused(httpx.get(server.url + "/v1/pull?after=-1", headers=h), 422, "ongeldig_verzoek", "after")
    _refused(httpx.get(server.url + "/v1/pull?limit=100000", headers=h), 422, "ongeldig_verzoek", "limit")
    _refused(httpx.get(server.url + "/v1/pull?after=abc", headers=h), 422, "ongeldig_verzoek", "after")


def test_openapi_schema_is_served_and_valid(server):
    schema = httpx.get(server.url + "/openapi.json").json()
    validate(schema)
    assert {"/v1/push", "/v1/pull", "/v1/enroll", "/v1/protocol"} <= set(schema["paths"])
    assert "409" in schema["paths"]["/v1/push"]["post"]["responses"]


def test_numbers_and_texts_the_database_cannot_hold(server, device):
    changes = sync_engine.next_batch(device)
    changes[0]["seq"] = 10**30
    _refused(_post(server, device, {"changes": changes[:1]}), 422, "ongeldig_verzoek", "changes.0.seq")
    changes = sync_engine.next_batch(device)
    changes[0]["fields"] = {"voornamen": "A\u0000B"}  # NUL inside a value is kept (escaped in JSON), not a 500
    assert _post(server, device, {"changes": changes}).status_code == 200
    assert server_state(server.engine)[("inburgeraar", "ib-0")]["voornamen"] == "A\u0000B"
    r = httpx.post(server.url + "/v1/enroll", json={"code": "ABCDE-FGHJK", "device_name": "x\u0000y"},
                   headers={PROTOCOL_HEADER: "1"})
    _refused(r, 422, "ongeldig_verzoek", "device_name")
    r = _post(server, device, {"keuze": "mijn"}, path="/v1/conflicts/99999999999/resolve")
    _refused(r, 422, "ongeldig_verzoek", "conflict_id")
    _refused(_post(server, device, {"keuze": "mijn"}, path="/v1/conflicts/7/resolve"), 404, "onbekend_conflict")
    _refused(_post(server, device, {"keuze": "misschien"}, path="/v1/conflicts/7/resolve"), 422, "ongeldig_verzoek",
             "keuze")


def _diep(n: int):
    waarde: list = []
    for _ in range(n - 1):
        waarde = [waarde]
    return waarde


@pytest.mark.parametrize("veld, waarde, reden", [
    ("klantmanager", 42, "moet een naam zijn"),
    ("klantmanager", "K. de Vries\nP. Jansen", "moet een naam zijn"),
    ("klantmanager", "K" * 201, "moet een naam zijn"),
    ("inburgeraar_id", ["ib-1"], "moet de id van een record zijn"),
    ("inburgeraar_id", "ib-" + "1" * 80, "moet de id van een record zijn"),
    ("groep_id", "groep 1", "moet de id van een record zijn"),
    ("docenten", ["J. Bakker", 7], "moet een lijst van namen zijn"),
    ("gesprekken.gesprekken", _diep(21), "is te diep genest"),
    ("motivatie.doelen", "ا" * (MAX_WAARDE_BYTES // 2 + 1), "is te groot (256 kB; hoogstens 256 kB)"),
    ("opleiding.totaal_jaren", float("nan"), "is geen getal"),
    ("opleiding.totaal_jaren", float("inf"), "is geen getal"),
    ("motivatie.doelen", "half \ud83d teken", "bevat tekst die geen geldige Unicode is"),
    ("gezinssituatie.kinderen", [{"voor\udc00naam": "Lina"}], "bevat tekst die geen geldige Unicode is"),
])
def test_a_value_the_server_cannot_keep_is_refused_by_itself(server, device, veld, waarde, reden):
    changes = sync_engine.next_batch(device)
    changes[1]["fields"] = {veld: waarde}
    body = json.dumps({"changes": changes}).encode()   # escapes the lone surrogate, writes NaN and Infinity
    eerst = _post(server, device, content=body)
    assert _answers(eerst) == [("toegepast", None), ("geweigerd", "ongeldige_waarde"), ("toegepast", None)]
    detail = eerst.json()["results"][1]["weigering"]["detail"]
    assert f"Wijziging 2 (inburgeraar ib-1): de waarde van '{veld}' {reden}" in detail
    assert "Vul de waarde op dit apparaat opnieuw in" in detail
    nogmaals = _post(server, device, content=body)   # a retry: the same answers, nothing applied twice
    assert _answers(nogmaals) == [("al_ontvangen", None), ("geweigerd", "ongeldige_waarde"), ("al_ontvangen", None)]
    assert nogmaals.json()["results"][1] == eerst.json()["results"][1] and received_count(server.engine) == 3
    assert set(server_state(server.engine)) == {("inburgeraar", "ib-0"), ("inburgeraar", "ib-2")}


def test_the_bounds_themselves_are_accepted(server, device):
    changes = sync_engine.next_batch(device)
    changes[0]["fields"] = {"gesprekken.gesprekken": _diep(MAX_DIEPTE), "klantmanager": "K" * 200}
    changes[1]["fields"] = {"motivatie.doelen": "x" * (MAX_WAARDE_BYTES - 2), "inburgeraar_id": "i" * 80}
    changes[2]["fields"] = {"s." + "v" * (MAX_VELDNAAM - 2): None, "groep_id": "", "docenten": []}
    assert _answers(_post(server, device, {"changes": changes})) == [("toegepast", None)] * 3


# -- hostile input: a code and a Dutch message, never a 5xx ---------------------------------------------------------
_tekens = st.characters(exclude_categories=()) | st.sampled_from(["\ud800", "\udfff", "\x00", "\n", "\u202e", "."])
_tekst = st.text(_tekens, max_size=12)   # control characters and lone surrogates included
_veldnaam = st.sampled_from(["klantmanager", "inburgeraar_id", "groep_id", "docenten", "warme_overdracht.locatie"]
                           ) | st.from_regex(FIELD_PATTERN, fullmatch=True).map(lambda n: n[:MAX_VELDNAAM])
_enkel = st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | _tekst
_waarde = st.sampled_from([
    "\ud800", ["a", {"b\udfff": 1}], "a\x00b", float("nan"), float("-inf"), 2**70, "K" * 201, "i" * 81, "ib 1",
    ["J. Bakker", None], _diep(MAX_DIEPTE), _diep(MAX_DIEPTE + 1), "", None]) | st.recursive(
    _enkel, lambda kind: st.lists(kind, max_size=3) | st.dictionaries(_tekst, kind, max_size=3), max_leaves=8)


@st.composite
def _wijziging(draw) -> dict:
    """A well-formed change with hostile values, some with one part spoilt (a field name among them)."""
    wijziging = {"entity": draw(st.sampled_from(sorted(ENTITEITEN))), "id": draw(st.sampled_from(["ib-1", "g-1"])),
                 "fields": draw(st.dictionaries(_veldnaam, _waarde, min_size=1, max_size=3)),
                 "base_rev": draw(st.integers(0, 3)),
                 "at": "2026-11-22T10:00:00+00:00"}
    deel = draw(st.none() | st.sampled_from(["veldnaam", "entity", "id", "fields", "base_rev", "at", "deleted",
                                             "prioriteit"]))
    if deel == "veldnaam":
        wijziging["fields"][draw(_tekst | st.sampled_from(["a..b", "x" * (MAX_VELDNAAM + 1)]))] = 1
    elif deel:
        wijziging[deel] = draw(_enkel | st.integers(-2**64, 2**64))
    return wijziging


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(wijzigingen=st.lists(_wijziging(), min_size=1, max_size=4))
def test_hostile_changes_get_a_code_and_a_dutch_reason(server, wijzigingen):
    """Any field names and values: each change is applied or refused by itself (or the request whole, when it is too
    big), always with a code and a Dutch message; what was accepted can be pulled; a retry gets the same answers."""
    code = central_db.enroll(server.engine, "K. de Vries", "consultant", "Utrecht")
    token = httpx.post(server.url + "/v1/enroll", json={"code": code},
                       headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}).json()["token"]
    h = {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json",
         CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}
    body = json.dumps({"changes": [{"seq": i, **w} for i, w in enumerate(wijzigingen, 1)]}).encode()
    antwoorden = []
    for _ in range(2):
        r = httpx.post(server.url + "/v1/push", content=body, headers=h)
        assert r.status_code < 500, r.text
        if r.status_code >= 400:
            assert r.json()["code"] and "Er is niets verwerkt" in r.json()["detail"], r.text
            antwoorden.append(r.json())
            continue
        for result in r.json()["results"]:
            if result["status"] == "geweigerd":
                assert result["weigering"]["code"] and "niet verwerkt" in result["weigering"]["detail"]
            else:
                assert result["status"] in ("toegepast", "conflict", "al_ontvangen")
        antwoorden.append([(x["status"] if x["status"] == "geweigerd" else "verwerkt", x["weigering"])
                           for x in r.json()["results"]])
        assert httpx.get(server.url + "/v1/pull", headers=h).status_code == 200
    assert antwoorden[0] == antwoorden[1]
