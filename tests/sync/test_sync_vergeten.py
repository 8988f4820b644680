"""A device holds only what its user may have now (issue 11): when access moves — a caseload to a colleague, a docent
off a group, a placement ends by date, a record to another person — the device forgets the records the server would
no longer give it, at its next sync, and takes them back when access returns. Own edits that can no longer go to the
server are kept in the refused list with their values, never silently dropped."""
from __future__ import annotations

import datetime as dt
import secrets

import httpx

from central import db as central_db
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.bijlagen import bewaar_bijlage, lees_bijlage
from desktop_app.sync.client import Client
from koers_protocol.sync import CLOCK_HEADER, PROTOCOL_HEADER
from synchelp import FaultProxy, diverged, do_sync, records
from tests.journeys.mensen import inburgeraar
from tests.realistisch import antwoorden

KM, COLLEGA, DOCENT, BEHEER = "K. de Vries", "P. Jansen", "J. Bakker", "Beheer"
VANDAAG = dt.date.today()
GEZONDHEID = ("fysieke_gezondheid.", "mentale_gezondheid.")


def _persoon_met_intake(km, i: int = 0):
    """A person of KM's caseload with the whole brede intake (dotted field names) and a health attachment."""
    ib = inburgeraar(i, VANDAAG, KM)
    km.save(ib)
    alles = antwoorden(VANDAAG)
    km.put("intake", ib.id, {"inburgeraar_id": ib.id, **{k: v for k, v in alles.items()
                                                           if not k.startswith(GEZONDHEID)}})
    scan = bewaar_bijlage(km, "verklaring huisarts (fictief) — تقرير طبي ".encode() * 500)
    km.put("intake_bijzonder", ib.id, {"inburgeraar_id": ib.id, "fysieke_gezondheid.verklaring": scan,
                                       **{k: v for k, v in alles.items() if k.startswith(GEZONDHEID)}})
    km.put("contactpersoon", f"cp-{ib.id}", {"inburgeraar_id": ib.id, "naam": "Tolk Fictief",
                                             "telefoon": "06-98765432"})
    return ib, scan


def _van(store, ib_id: str) -> set:
    """The records on a device that belong to this person."""
    return {k for k, v in records(store).items() if k[1] == ib_id or v.get("inburgeraar_id") == ib_id}


def _apparaten(server, make_store):
    km, collega = make_store("km"), make_store("collega", user=COLLEGA)
    beheer = make_store("beheer", user=BEHEER, role="beheerder")
    for store, user, rol in ((km, KM, "consultant"), (collega, COLLEGA, "consultant"), (beheer, BEHEER, "beheerder")):
        server.enroll(store, user, rol)
    return km, collega, beheer


def test_a_caseload_moved_to_a_colleague_leaves_the_first_device_and_comes_back(server, make_store):
    km, collega, beheer = _apparaten(server, make_store)
    ib, scan = _persoon_met_intake(km)
    blijft = inburgeraar(1, VANDAAG, KM)
    km.save(blijft)
    do_sync(km), do_sync(beheer)
    assert {("inburgeraar", ib.id), ("intake", ib.id), ("intake_bijzonder", ib.id)} <= _van(km, ib.id)

    beheer.put("inburgeraar", ib.id, {"klantmanager": COLLEGA})   # the caseload moves
    do_sync(beheer)
    report = do_sync(km)

    assert _van(km, ib.id) == set() and ("inburgeraar", blijft.id) in records(km)
    assert report.wijzigingen.raakt_inburgeraar(ib.id) and ("intake_bijzonder", ib.id) in report.wijzigingen.records
    assert lees_bijlage(km, scan) is None   # the health attachment left with the record that referred to it
    for soort in ("inburgeraar", "intake", "intake_bijzonder", "contactpersoon"):
        record_id = ib.id if soort != "contactpersoon" else f"cp-{ib.id}"
        trail = km.audit_trail(soort, record_id)
        assert trail[-1]["reason"] == sync_engine.TOEGANG_INGETROKKEN and trail[-1]["user"] == "sync:server"
        assert all(r["old"] is None and r["new"] is None for r in trail)   # who did what and when; no values
    assert diverged(km, server) == {}
    # the colleague has the person, with everything
    do_sync(collega)
    assert collega.get("intake_bijzonder", ib.id)["fysieke_gezondheid.verklaring"] == scan
    assert lees_bijlage(collega, scan) is not None

    beheer.put("inburgeraar", ib.id, {"klantmanager": KM})   # and back: every record returns, though KM's cursor
    do_sync(beheer)                                          # is past their revisions
    do_sync(km)
    assert km.get("inburgeraar", ib.id)["achternaam"] == ib.achternaam
    assert km.get("intake", ib.id) == collega.get("intake", ib.id)
    assert km.get("intake_bijzonder", ib.id) == collega.get("intake_bijzonder", ib.id)
    assert lees_bijlage(km, scan) == lees_bijlage(collega, scan)
    do_sync(collega)   # and the colleague forgets
    assert _van(collega, ib.id) == set() and lees_bijlage(collega, scan) is None
    assert diverged(km, server) == {} and diverged(collega, server) == {}


def test_a_record_moved_to_another_person_leaves_the_device(server, make_store):
    km, collega, beheer = _apparaten(server, make_store)
    eigen, ander = inburgeraar(0, VANDAAG, KM), inburgeraar(1, VANDAAG, COLLEGA)
    km.save(eigen)
    beheer.save(ander)
    km.put("contactpersoon", "cp-1", {"inburgeraar_id": eigen.id, "naam": "Maatschappelijk begeleider (fictief)"})
    do_sync(km), do_sync(beheer)
    beheer.put("contactpersoon", "cp-1", {"inburgeraar_id": ander.id})   # it belonged to the other person
    do_sync(beheer)
    do_sync(km), do_sync(collega)
    assert km.get("contactpersoon", "cp-1") is None and collega.get("contactpersoon", "cp-1") is not None
    assert diverged(km, server) == {}


def _groep_met_cursist(server, make_store, tot: str | None = None):
    km, docent = make_store("km"), make_store("docent", user=DOCENT, role="docent")
    server.enroll(km, KM), server.enroll(docent, DOCENT, "docent")
    ib = inburgeraar(2, VANDAAG, KM)
    km.save(ib)
    km.put("startklasgroep", "g-1", {"naam": "Startklas Dalfsen najaar (ma/wo)", "docenten": [DOCENT]})
    km.put("plaatsing", "pl-1", {"inburgeraar_id": ib.id, "groep_id": "g-1", "van": "2026-09-01", "tot": tot})
    do_sync(km), do_sync(docent)
    docent.put("observatiemoment", f"m-1:{ib.id}", {"soort": "cursist", "moment_id": "m-1", "inburgeraar_id": ib.id,
                                                    "groep_id": "g-1", "scores": {"concentratie": 3},
                                                    "notities": {"concentratie": "werkt geconcentreerd"}})
    docent.put("eindscore", f"g-1:{ib.id}", {"inburgeraar_id": ib.id, "groep_id": "g-1",
                                            "scores": {"concentratie": 4}})
    do_sync(docent)
    assert {("inburgeraar", ib.id), ("observatiemoment", f"m-1:{ib.id}"), ("eindscore", f"g-1:{ib.id}")} <= \
        set(records(docent))
    return km, docent, ib


def test_a_docent_taken_off_the_group_forgets_its_cursisten_and_gets_them_back(server, make_store):
    km, docent, ib = _groep_met_cursist(server, make_store)
    km.put("startklasgroep", "g-1", {"docenten": []})
    do_sync(km)
    do_sync(docent)
    assert records(docent) == {}   # the group, the placement, the cursist, the observations: none are theirs now
    assert diverged(docent, server) == {}

    km.put("startklasgroep", "g-1", {"docenten": [DOCENT]})
    do_sync(km)
    do_sync(docent)
    assert docent.get("observatiemoment", f"m-1:{ib.id}")["notities"] == {"concentratie": "werkt geconcentreerd"}
    naam = ("voornamen", "achternaam", "naam_eigen_schrift", "geboortedatum")   # what a docent gets of a cursist
    assert docent.get("inburgeraar", ib.id) == {k: ib.to_fields()[k] for k in naam}
    assert diverged(docent, server) == {}


def test_a_placement_that_ends_by_date_leaves_the_docents_device_the_next_day(server, make_store, monkeypatch):
    km, docent, ib = _groep_met_cursist(server, make_store, tot=VANDAAG.isoformat())   # today is its last day
    do_sync(docent)
    assert docent.get("inburgeraar", ib.id) is not None

    # the next day on the server: nobody wrote anything, the placement has ended
    monkeypatch.setattr(central_db, "vandaag", lambda: VANDAAG + dt.timedelta(days=1))
    report = do_sync(docent)
    assert docent.get("inburgeraar", ib.id) is None and docent.get("observatiemoment", f"m-1:{ib.id}") is None
    assert docent.get("eindscore", f"g-1:{ib.id}") is None and report.wijzigingen.raakt_inburgeraar(ib.id)
    assert docent.get("plaatsing", "pl-1")["tot"] == VANDAAG.isoformat()   # the group's placements stay its own
    assert diverged(docent, server) == {}
    assert km.get("observatiemoment", f"m-1:{ib.id}") is None and do_sync(km).pulled
    assert km.get("observatiemoment", f"m-1:{ib.id}")["scores"] == {"concentratie": 3}   # the klantmanager keeps it


def test_an_offline_edit_to_a_record_that_left_is_kept_in_the_refused_list(server, make_store):
    km, _collega, beheer = _apparaten(server, make_store)
    ib, _ = _persoon_met_intake(km)
    do_sync(km), do_sync(beheer)
    km.put("intake", ib.id, {"motivatie.doelen": "Werken als verpleegkundige (fictief) — ممرضة"})   # offline
    beheer.put("inburgeraar", ib.id, {"klantmanager": COLLEGA})
    do_sync(beheer)

    do_sync(km)
    [geweigerd] = sync_engine.refused_changes(km)
    assert (geweigerd.entity, geweigerd.record_id, geweigerd.code) == ("intake", ib.id, "niet_meer_zichtbaar")
    assert geweigerd.fields == {"motivatie.doelen": "Werken als verpleegkundige (fictief) — ممرضة"}
    assert "hoort niet (meer) bij de caseload van K. de Vries" in geweigerd.reden
    assert _van(km, ib.id) == set() and sync_engine.pending_count(km) == 0
    assert diverged(km, server) == {}


class _BewerktTijdensRonde(Client):
    """The person edits a record while the round is under way, just before the device asks what to forget."""

    def __init__(self, *args, bewerk, **kwargs):
        super().__init__(*args, **kwargs)
        self.bewerk = bewerk

    def request(self, method, path, **kwargs):
        if path == "/v1/vergeten" and self.bewerk:
            self.bewerk()
            self.bewerk = None
        return super().request(method, path, **kwargs)


def test_an_edit_made_during_the_round_waits_for_the_servers_answer(server, make_store):
    km, _collega, beheer = _apparaten(server, make_store)
    ib, _ = _persoon_met_intake(km)
    do_sync(km), do_sync(beheer)
    beheer.put("inburgeraar", ib.id, {"klantmanager": COLLEGA})
    do_sync(beheer)

    def bewerk():
        km.put("intake", ib.id, {"motivatie.hobby": "voetbal"})
    with _BewerktTijdensRonde(server.url, km.get_meta("sync.token"), backoff=0.01, bewerk=bewerk) as client:
        sync_engine.sync(km, client)
    assert km.get("intake", ib.id)["motivatie.hobby"] == "voetbal"   # not forgotten while the edit waits
    assert km.get("inburgeraar", ib.id) is None

    do_sync(km)   # the edit goes, is refused, is kept whole; then the record leaves
    [geweigerd] = sync_engine.refused_changes(km)
    assert geweigerd.fields == {"motivatie.hobby": "voetbal"} and geweigerd.code == "niet_meer_zichtbaar"
    assert km.get("intake", ib.id) is None and diverged(km, server) == {}


def test_the_check_runs_only_when_access_moved(server, make_store):
    """A first sync asks once; an ordinary edit does not move access, so a normal sync sends no keys; a move of the
    caseload makes the consultant's device ask once."""
    km, _collega, beheer = _apparaten(server, make_store)
    ib, _ = _persoon_met_intake(km)
    proxy = FaultProxy(server.port)
    try:
        def vragen(store) -> int:
            voor = len(proxy.request_lines)
            with Client(proxy.url, store.get_meta("sync.token"), backoff=0.01) as client:
                sync_engine.sync(store, client)
            return sum(r.startswith("POST /v1/vergeten") for r in proxy.request_lines[voor:])

        assert vragen(km) == 1 and vragen(km) == 0
        beheer_ronde = vragen(beheer)
        km.put("inburgeraar", ib.id, {"telefoon": "06-11112222"})
        assert vragen(km) == 0 and vragen(beheer) == 0 and beheer_ronde == 1
        beheer.put("inburgeraar", ib.id, {"klantmanager": COLLEGA})
        assert vragen(beheer) == 0   # a beheerder sees the whole gemeente: never anything to forget
        assert vragen(km) == 1 and vragen(km) == 0 and _van(km, ib.id) == set()
    finally:
        proxy.close()


def test_unknown_and_not_yours_get_the_same_answer(server, make_store):
    km, collega, _beheer = _apparaten(server, make_store)
    collega.save(inburgeraar(3, VANDAAG, COLLEGA))
    eigen = inburgeraar(0, VANDAAG, KM)
    km.save(eigen)
    do_sync(km), do_sync(collega)
    [(ander, _)] = collega.all("inburgeraar")
    vraag = {"records": [{"entity": "inburgeraar", "id": i} for i in (eigen.id, ander, "ib-bestaat-niet")]}
    antwoord = httpx.post(server.url + "/v1/vergeten", json=vraag, headers=_kop(4, km.get_meta("sync.token")))
    assert antwoord.status_code == 200
    assert antwoord.json() == {"vergeten": [{"entity": "inburgeraar", "id": i}
                                            for i in sorted((ander, "ib-bestaat-niet"))]}
    leeg = httpx.post(server.url + "/v1/vergeten", json={"records": []}, headers=_kop(4, km.get_meta("sync.token")))
    assert leeg.status_code == 422 and "te kort" in leeg.json()["detail"]


def _kop(protocol: int, token: str | None = None) -> dict:
    kop = {PROTOCOL_HEADER: str(protocol), CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}
    return {**kop, "Authorization": f"Bearer {token}"} if token else kop


def test_a_protocol_3_client_still_syncs_and_gets_no_new_field(server, make_store):
    km = make_store("km")
    server.enroll(km, KM)
    eigen = inburgeraar(0, VANDAAG, KM)
    km.save(eigen)
    do_sync(km)
    code = central_db.enroll(server.engine, KM, "consultant", "Utrecht")
    aanmelding = httpx.post(server.url + "/v1/enroll", json={"code": code, "token": secrets.token_hex(32)},
                            headers=_kop(3))
    assert aanmelding.status_code == 200
    token = aanmelding.json()["token"]
    pull = httpx.get(server.url + "/v1/pull", params={"after": 0}, headers=_kop(3, token))
    assert pull.status_code == 200 and "toegang" not in pull.json()   # it would refuse a field it does not know
    [remote] = pull.json()["records"]
    push = httpx.post(server.url + "/v1/push", headers=_kop(3, token), json={"changes": [{
        "seq": 1, "entity": "inburgeraar", "id": eigen.id, "fields": {"telefoon": "06-33334444"}, "deleted": False,
        "base_rev": remote["rev"], "at": dt.datetime.now(dt.timezone.utc).isoformat()}]})
    assert push.status_code == 200 and push.json()["results"][0]["status"] == "toegepast"
    do_sync(km)
    assert km.get("inburgeraar", eigen.id)["telefoon"] == "06-33334444"
    assert isinstance(httpx.get(server.url + "/v1/pull", headers=_kop(4, token)).json()["toegang"], str)
