"""Who may read and write what is decided on the server, from the person a record belongs to (the klantmanager's
caseload) and, for a docent, the cursist's placement in one of their groups that has not ended; never from who created
the record (issue 11, items 3-6). First the table (role × record × situation, read and write, the expected answer),
then each defect as it was found."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading

import httpx
import pytest
from sqlalchemy import select

from central import db as central_db
from central.cli import export_rows
from central.schema import gemeente, record
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.bijlagen import bewaar_bijlage, lees_bijlage
from koers_protocol.sync import CHUNK_SIZE, CLOCK_HEADER, MAX_BIJLAGE, PROTOCOL_HEADER, PROTOCOL_VERSION
from synchelp import LiveServer, diverged, do_sync, server_state, server_view
from tests.journeys.mensen import inburgeraar

KM, COLLEGA, DOCENT, ANDERE_DOCENT, BEHEER = "K. de Vries", "P. Jansen", "J. Bakker", "M. Yilmaz", "Beheer"
VANDAAG = dt.date.today()
GISTEREN = (VANDAAG - dt.timedelta(days=1)).isoformat()


class Apparaat:
    """A device speaking the protocol directly: its token and its own sequence numbers."""

    def __init__(self, server, user: str, rol: str, gemeente_naam: str = "Utrecht"):
        code = central_db.enroll(server.engine, user, rol, gemeente_naam)
        self.url, self.engine = server.url, server.engine
        antwoord = httpx.post(server.url + "/v1/enroll", json={"code": code},
                              headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})
        assert antwoord.status_code == 200, antwoord.text
        self.token, self.device_id, self.seq = antwoord.json()["token"], antwoord.json()["device_id"], 0
        with server.engine.begin() as conn:
            self.gemeente_id = conn.execute(select(gemeente.c.id).where(gemeente.c.naam == gemeente_naam)).scalar()

    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}

    def push(self, *changes: tuple[str, str, dict]) -> list[dict]:
        body = []
        for entity, record_id, fields in changes:
            self.seq += 1
            with self.engine.begin() as conn:   # based on the server's revision: an edit, not a conflict
                rev = conn.execute(select(record.c.rev).where(record.c.entity == entity, record.c.id == record_id,
                                                              record.c.gemeente_id == self.gemeente_id)).scalar()
            body.append({"seq": self.seq, "entity": entity, "id": record_id, "fields": fields, "base_rev": rev or 0,
                         "at": dt.datetime.now(dt.timezone.utc).isoformat()})
        antwoord = httpx.post(self.url + "/v1/push", json={"changes": body}, headers=self.headers())
        assert antwoord.status_code == 200, antwoord.text
        return antwoord.json()["results"]

    def leest(self) -> set:
        return set(server_view(self.url, self.token))


# -- the table --------------------------------------------------------------------------------------------------------
# Four people of KM's caseload, one per situation (and one per doelgroep): placed in the docent's group g-1; never
# placed; placed until yesterday; and one KM made, whose caseload then moved to COLLEGA. Every kind of record exists
# for each (the ones in a group in g-1, made by the beheerder, who may write anything).
SITUATIES = ("geplaatst", "niet_geplaatst", "afgelopen", "verhuisd")
SOORTEN = ("inburgeraar", "contactpersoon", "intake", "intake_bijzonder", "pip", "plaatsing", "observatiemoment",
           "eindscore", "trajectadvies")

# Per (who, situation) and kind: read (L: received, -: not) and write (S: applied; t: refused niet_toegestaan — never
# for this role; z: refused niet_meer_zichtbaar — not (or no longer) this device's; .: there is no such record).
TABEL = """
wie            situatie         ib  cp  in  bz  pip pl  obs es  ta
consultant     geplaatst        LS  LS  LS  LS  LS  LS  LS  LS  LS
consultant     niet_geplaatst   LS  LS  LS  LS  LS  ..  LS  LS  LS
consultant     afgelopen        LS  LS  LS  LS  LS  LS  LS  LS  LS
consultant     verhuisd         -z  -z  -z  -z  -z  ..  -z  -z  -z
collega        geplaatst        -z  -z  -z  -z  -z  -z  -z  -z  -z
collega        verhuisd         LS  LS  LS  LS  LS  ..  LS  LS  LS
docent         geplaatst        Lt  -t  -t  -t  -t  Lt  LS  LS  LS
docent         niet_geplaatst   -t  -t  -t  -t  -t  ..  -z  -z  -z
docent         afgelopen        -t  -t  -t  -t  -t  Lt  -z  -z  -z
docent         verhuisd         -t  -t  -t  -t  -t  ..  -z  -z  -z
andere_docent  geplaatst        -t  -t  -t  -t  -t  -t  -z  -z  -z
andere_docent  afgelopen        -t  -t  -t  -t  -t  -t  -z  -z  -z
beheerder      geplaatst        LS  LS  LS  LS  LS  LS  LS  LS  LS
beheerder      verhuisd         LS  LS  LS  LS  LS  ..  LS  LS  LS
"""
# The group g-1 and its lesson-day moment: every consultant sees the groups (to place people in them); the moment goes
# with the people placed in the group.
GROEP = """
wie            groep  moment
consultant     LS     LS
collega        LS     -z
docent         Lt     LS
andere_docent  -t     -z
beheerder      LS     LS
"""
WEIGERING = {"t": "niet_toegestaan", "z": "niet_meer_zichtbaar"}


def _regels(tekst: str) -> list[list[str]]:
    return [r.split() for r in tekst.strip().splitlines()[1:]]


def _id(soort: str, situatie: str) -> str:
    return f"ib-{situatie}" if soort == "inburgeraar" else f"{soort}-{situatie}"


@pytest.fixture(scope="module")
def wereld(postgres):
    server = LiveServer(postgres.new_database())
    beheer = Apparaat(server, BEHEER, "beheerder")
    km = Apparaat(server, KM, "consultant")
    for i, situatie in enumerate(SITUATIES):
        ib = _id("inburgeraar", situatie)
        velden = {**inburgeraar(i, VANDAAG, KM).to_fields(), "klantmanager": KM}
        wie = km if situatie == "verhuisd" else beheer   # KM makes this one: the maker keeps no access
        assert {r["status"] for r in wie.push(("inburgeraar", ib, velden))} == {"toegepast"}
    beheer.push(("startklasgroep", "g-1", {"naam": "Startklas Dalfsen", "docenten": [DOCENT]}),
                ("startklasgroep", "g-2", {"naam": "Startklas Zwolle", "docenten": [ANDERE_DOCENT]}),
                ("observatiemoment", "moment-g-1", {"soort": "moment", "groep_id": "g-1", "datum": GISTEREN}),
                ("plaatsing", _id("plaatsing", "geplaatst"), {"inburgeraar_id": "ib-geplaatst", "groep_id": "g-1",
                                                             "van": "2026-09-01"}),
                ("plaatsing", _id("plaatsing", "afgelopen"), {"inburgeraar_id": "ib-afgelopen", "groep_id": "g-1",
                                                             "van": "2026-09-01", "tot": GISTEREN}))
    for situatie in SITUATIES:
        ib = _id("inburgeraar", situatie)
        resultaten = beheer.push(*[(soort, _id(soort, situatie), {"inburgeraar_id": ib, "groep_id": "g-1"}
                                    if soort in ("observatiemoment", "eindscore", "trajectadvies")
                                    else {"inburgeraar_id": ib})
                                   for soort in SOORTEN[1:5] + SOORTEN[6:]])
        assert {r["status"] for r in resultaten} == {"toegepast"}
    assert beheer.push(("inburgeraar", "ib-verhuisd", {"klantmanager": COLLEGA}))[0]["status"] == "toegepast"
    apparaten = {"consultant": km, "collega": Apparaat(server, COLLEGA, "consultant"),
                 "docent": Apparaat(server, DOCENT, "docent"), "andere_docent": Apparaat(server, ANDERE_DOCENT,
                                                                                        "docent"),
                 "beheerder": beheer, "zeist": Apparaat(server, "Z. Consulent", "consultant", "Zeist")}
    gelezen = {wie: apparaat.leest() for wie, apparaat in apparaten.items()}  # before anyone writes
    yield server, apparaten, gelezen
    server.stop()
    server.engine.dispose()


def _controleer(server, apparaat, gelezen, wie: str, soort: str, record_id: str, verwacht: str) -> None:
    lezen, schrijven = verwacht
    if lezen == ".":
        return
    assert ((soort, record_id) in gelezen) == (lezen == "L"), f"{wie} leest {soort} {record_id}"
    veld = f"notitie_{wie}"
    [resultaat] = apparaat.push((soort, record_id, {veld: "x"}))
    if schrijven == "S":
        assert resultaat["status"] == "toegepast", f"{wie} schrijft {soort} {record_id}: {resultaat}"
        assert server_state(server.engine)[(soort, record_id)][veld] == "x"
    else:
        assert resultaat["status"] == "geweigerd", f"{wie} schrijft {soort} {record_id}: {resultaat}"
        assert resultaat["weigering"]["code"] == WEIGERING[schrijven], f"{wie} schrijft {soort} {record_id}"
        assert veld not in server_state(server.engine).get((soort, record_id), {})


@pytest.mark.parametrize("regel", _regels(TABEL), ids=lambda r: f"{r[0]}-{r[1]}")
def test_access_table_for_records_of_a_person(wereld, regel):
    server, apparaten, gelezen = wereld
    wie, situatie, *verwacht = regel
    for soort, uitkomst in zip(SOORTEN, verwacht):
        _controleer(server, apparaten[wie], gelezen[wie], wie, soort, _id(soort, situatie), uitkomst)


@pytest.mark.parametrize("regel", _regels(GROEP), ids=lambda r: r[0])
def test_access_table_for_a_group(wereld, regel):
    server, apparaten, gelezen = wereld
    wie, groep, moment = regel
    _controleer(server, apparaten[wie], gelezen[wie], wie, "startklasgroep", "g-1", groep)
    _controleer(server, apparaten[wie], gelezen[wie], wie, "observatiemoment", "moment-g-1", moment)


def test_access_table_other_gemeente_and_revoked(wereld):
    """Zeist sees nothing of Utrecht; what it writes under the same ids points at nobody of Zeist (refused), or is a
    record of its own; a revoked device is refused everything."""
    server, apparaten, gelezen = wereld
    assert gelezen["zeist"] == set()
    with server.engine.begin() as conn:
        utrecht = conn.execute(select(record.c.entity, record.c.id, record.c.data).where(
            record.c.gemeente_id == apparaten["beheerder"].gemeente_id).order_by(record.c.entity, record.c.id)).all()
    zeist = apparaten["zeist"]
    resultaten = zeist.push(("intake", "intake-geplaatst", {"inburgeraar_id": "ib-geplaatst", "werk": "Zeist"}),
                            ("contactpersoon", "contactpersoon-geplaatst", {"naam": "Zeist"}),
                            ("inburgeraar", "ib-geplaatst", {"voornamen": "Zeist"}))
    assert [(r["weigering"] or {}).get("code") for r in resultaten] == [
        "niet_meer_zichtbaar", "ongeldige_wijziging", None]
    assert zeist.leest() == {("inburgeraar", "ib-geplaatst")}   # its own, in Zeist
    with server.engine.begin() as conn:
        assert conn.execute(select(record.c.entity, record.c.id, record.c.data).where(
            record.c.gemeente_id == apparaten["beheerder"].gemeente_id).order_by(record.c.entity, record.c.id)
        ).all() == utrecht
    km2 = Apparaat(server, KM, "consultant")
    central_db.revoke(server.engine, km2.device_id)
    assert httpx.get(server.url + "/v1/pull", headers=km2.headers()).status_code == 401
    antwoord = httpx.post(server.url + "/v1/push", headers=km2.headers(), json={"changes": [
        {"seq": 1, "entity": "intake", "id": "intake-geplaatst", "fields": {"werk": "x"}, "base_rev": 0,
         "at": "2026-11-22T10:00:00+00:00"}]})
    assert antwoord.status_code == 401 and antwoord.json()["code"] == "apparaat_ingetrokken"


def test_a_docent_receives_only_the_name_of_a_placed_cursist(wereld):
    server, apparaten, _ = wereld
    velden = server_view(server.url, apparaten["docent"].token)[("inburgeraar", "ib-geplaatst")]
    assert set(velden) <= {"voornamen", "achternaam", "naam_eigen_schrift", "geboortedatum"}


# -- the defects as found ---------------------------------------------------------------------------------------------
def _startklas(server, make_store):
    km, docent = make_store("km"), make_store("docent", user=DOCENT, role="docent")
    server.enroll(km, KM), server.enroll(docent, DOCENT, "docent")
    for i in range(2):
        km.save(inburgeraar(i, VANDAAG, KM))
    ib1, ib2 = (ib for ib, _ in sorted(km.all("inburgeraar"), key=lambda r: r[1]["voornamen"]))
    km.put("startklasgroep", "g-1", {"naam": "Startklas Dalfsen", "docenten": [DOCENT]})
    km.put("plaatsing", "pl-1", {"inburgeraar_id": ib1, "groep_id": "g-1", "van": "2026-09-01"})
    do_sync(km), do_sync(docent)
    return km, docent, ib1, ib2


def test_a_docent_writes_only_for_cursisten_placed_in_their_group(server, make_store):
    """11.3: with their own group's id a docent wrote observations and a trajectadvies for anyone; the forged records
    reached the consultant's device and the back-office export."""
    km, docent, geplaatst, niet = _startklas(server, make_store)
    docent.put("observatiemoment", f"m-1:{niet}", {"soort": "cursist", "moment_id": "m-1", "inburgeraar_id": niet,
                                                   "groep_id": "g-1", "scores": {"concentratie": 1}})
    docent.put("trajectadvies", niet, {"inburgeraar_id": niet, "groep_id": "g-1", "route": "z_route"})
    docent.put("observatiemoment", f"m-1:{geplaatst}", {"soort": "cursist", "moment_id": "m-1",
                                                        "inburgeraar_id": geplaatst, "groep_id": "g-1",
                                                        "scores": {"concentratie": 4}})
    assert do_sync(docent).geweigerd == 2
    do_sync(km)
    assert km.get("observatiemoment", f"m-1:{niet}") is None and km.get("trajectadvies", niet) is None
    assert km.get("observatiemoment", f"m-1:{geplaatst}")["scores"] == {"concentratie": 4}
    assert not [r for r in export_rows(server.engine) if r[1] == "trajectadvies"]
    assert all("is niet (meer) geplaatst in groep g-1" in g.reden for g in sync_engine.refused_changes(docent))


def test_access_follows_the_caseload_not_who_created_the_record(server, make_store):
    """11.4: after the caseload moved, the first consultant still received the colleague's edits (health data
    included) and could still write; and one could pre-create an intake_bijzonder for an id that did not exist yet and
    receive the health data entered later."""
    km, collega = make_store("km"), make_store("collega", user=COLLEGA)
    beheer = make_store("beheer", user=BEHEER, role="beheerder")
    for store, user, rol in ((km, KM, "consultant"), (collega, COLLEGA, "consultant"), (beheer, BEHEER, "beheerder")):
        server.enroll(store, user, rol)
    ib = inburgeraar(2, VANDAAG, KM)
    km.save(ib)
    km.put("intake_bijzonder", ib.id, {"inburgeraar_id": ib.id, "mentale_gezondheid.slaap": "slaapt slecht"})
    km.put("intake_bijzonder", "ib-later", {"inburgeraar_id": "ib-later", "mentale_gezondheid.slaap": "(leeg)"})
    assert do_sync(km).geweigerd == 1   # a person that does not exist: refused
    km.put("inburgeraar", ib.id, {"klantmanager": COLLEGA})   # the caseload moves
    do_sync(km), do_sync(collega)
    collega.put("intake_bijzonder", ib.id, {"fysieke_gezondheid.beperking": "slechthorend (fictief)"})
    beheer.put("inburgeraar", "ib-later", {"voornamen": "Later", "klantmanager": COLLEGA})
    do_sync(beheer), do_sync(collega)
    collega.put("intake_bijzonder", "ib-later", {"inburgeraar_id": "ib-later", "fysieke_gezondheid.zicht": "bril"})
    do_sync(collega), do_sync(km)

    assert "fysieke_gezondheid.beperking" not in server_view(server.url, km.get_meta("sync.token")).get(
        ("intake_bijzonder", ib.id), {})
    assert ("intake_bijzonder", "ib-later") not in server_view(server.url, km.get_meta("sync.token"))
    km.put("intake_bijzonder", ib.id, {"mentale_gezondheid.slaap": "beter"})
    assert do_sync(km).geweigerd == 1
    assert server_state(server.engine)[("intake_bijzonder", ib.id)]["mentale_gezondheid.slaap"] == "slaapt slecht"
    assert diverged(km, server) == {} and diverged(collega, server) == {}


def test_only_the_owner_resolves_a_conflict(server, make_store):
    """11.5: any device in the gemeente could resolve any conflict (the ids are sequential)."""
    laptop, tweede, collega = make_store("laptop"), make_store("tweede"), make_store("collega", user=COLLEGA)
    for store, user in ((laptop, KM), (tweede, KM), (collega, COLLEGA)):
        server.enroll(store, user)
    laptop.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": KM})
    do_sync(laptop), do_sync(tweede)
    laptop.put("inburgeraar", "ib-1", {"telefoon": "0611111111"})
    tweede.put("inburgeraar", "ib-1", {"telefoon": "0622222222"})
    do_sync(laptop), do_sync(tweede)
    [conflict] = sync_engine.open_conflicts(tweede)
    h = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}
    vreemd = httpx.post(f"{server.url}/v1/conflicts/{conflict.id}/resolve", json={"keuze": "hun"},
                        headers={**h, "Authorization": f"Bearer {collega.get_meta('sync.token')}"})
    assert vreemd.status_code == 404 and vreemd.json()["code"] == "onbekend_conflict"
    with server.engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT opgelost FROM conflict").scalar() is None
    eigen = httpx.post(f"{server.url}/v1/conflicts/{conflict.id}/resolve", json={"keuze": "mijn"},
                       headers={**h, "Authorization": f"Bearer {laptop.get_meta('sync.token')}"})
    assert eigen.status_code == 200   # another device of the same person may


def test_an_attachment_follows_the_visibility_of_the_record_that_refers_to_it(server, make_store):
    """11.6: any device could ask whether an attachment exists and how large it is (a docent learned the size of a
    health-data attachment)."""
    km, docent, geplaatst, _ = _startklas(server, make_store)
    scan = bewaar_bijlage(km, b"verklaring van de huisarts (fictief) " * 1000)
    km.put("intake_bijzonder", geplaatst, {"inburgeraar_id": geplaatst, "fysieke_gezondheid.verklaring": scan})
    do_sync(km), do_sync(docent)
    sha = scan.removeprefix("sha256:")
    onbekend = hashlib.sha256(b"bestaat niet").hexdigest()
    h = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat(),
         "Authorization": f"Bearer {docent.get_meta('sync.token')}"}
    for pad in (f"/v1/bijlagen/{sha}", f"/v1/bijlagen/{sha}/delen/0"):
        antwoord, ander = httpx.get(server.url + pad, headers=h), httpx.get(server.url + pad.replace(sha, onbekend),
                                                                             headers=h)
        assert antwoord.status_code == ander.status_code == 404
        assert antwoord.json()["detail"].replace(sha[:12], "") == ander.json()["detail"].replace(onbekend[:12], "")
    # uploading under that name tells nothing either: the docent's own, empty upload
    antwoord = httpx.put(f"{server.url}/v1/bijlagen/{sha}/delen/0", params={"grootte": 10}, content=b"0123456789",
                         headers=h)
    assert antwoord.status_code == 200 and antwoord.json() == {"sha256": sha, "grootte": 10, "ontvangen": [0],
                                                               "compleet": False}
    antwoord = httpx.post(f"{server.url}/v1/bijlagen/{sha}/klaar", headers=h)
    assert antwoord.status_code == 422 and antwoord.json()["code"] == "bijlage_hash"
    assert lees_bijlage(docent, scan) is None


def test_unreferenced_uploads_have_a_quota_and_are_cleaned_up(server, make_store):
    km = make_store("km")
    server.enroll(km, KM)
    h = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat(),
         "Authorization": f"Bearer {km.get_meta('sync.token')}"}
    groot = MAX_BIJLAGE // CHUNK_SIZE * CHUNK_SIZE   # declared size; one chunk of each is sent
    for i in range(5):
        sha = hashlib.sha256(f"scan {i}".encode()).hexdigest()
        antwoord = httpx.put(f"{server.url}/v1/bijlagen/{sha}/delen/0", params={"grootte": groot},
                             content=b"x" * CHUNK_SIZE, headers=h)
        if i < 4:
            assert antwoord.status_code == 200
    assert antwoord.status_code == 413 and antwoord.json()["code"] == "quotum"
    assert "waar nog geen gegevens naar verwijzen" in antwoord.json()["detail"]
    # a week later nobody referred to them: the next upload finds the room free again
    with server.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE bijlage_upload SET begonnen = '2000-01-01T00:00:00+00:00'")
    antwoord = httpx.put(f"{server.url}/v1/bijlagen/{sha}/delen/0", params={"grootte": groot},
                         content=b"x" * CHUNK_SIZE, headers=h)
    assert antwoord.status_code == 200
    with server.engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM bijlage_upload").scalar() == 1


def test_a_device_over_its_quota_sends_the_records_first_and_then_the_rest(server, make_store, monkeypatch):
    """The quota never wedges a device: when the room for attachments nothing refers to is full, the records that
    refer to the ones already sent go first, which makes room."""
    from central import bijlagen as server_bijlagen
    monkeypatch.setattr(server_bijlagen, "MAX_ONVERWEZEN", 3 * CHUNK_SIZE)
    laptop, tweede = make_store("laptop"), make_store("tweede")
    server.enroll(laptop, KM), server.enroll(tweede, KM)
    laptop.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": KM})
    scans = [bewaar_bijlage(laptop, secrets.token_bytes(CHUNK_SIZE + 100)) for _ in range(4)]
    for i, scan in enumerate(scans):
        laptop.put("contactpersoon", f"cp-{i}", {"inburgeraar_id": "ib-1", "naam": f"Scan {i}", "scan": scan})
    do_sync(laptop)
    do_sync(laptop), do_sync(tweede)
    assert all(lees_bijlage(tweede, scan) == lees_bijlage(laptop, scan) for scan in scans)


def test_the_same_chunk_twice_at_the_same_moment_is_kept_once(server, make_store):
    """11.8: the same chunk uploaded twice at once answered 500 (IntegrityError)."""
    km = make_store("km")
    server.enroll(km, KM)
    h = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat(),
         "Authorization": f"Bearer {km.get_meta('sync.token')}"}
    data = secrets.token_bytes(CHUNK_SIZE + 10)
    sha = hashlib.sha256(data).hexdigest()
    statussen: list[int] = []

    def stuur(n: int) -> None:
        with httpx.Client() as http:
            statussen.append(http.put(f"{server.url}/v1/bijlagen/{sha}/delen/{n}", params={"grootte": len(data)},
                                      content=data[n * CHUNK_SIZE:(n + 1) * CHUNK_SIZE], headers=h).status_code)
    for n in (0, 1):
        draden = [threading.Thread(target=stuur, args=(n,)) for _ in range(6)]
        for d in draden:
            d.start()
        for d in draden:
            d.join()
    assert statussen == [200] * 12
    antwoord = httpx.post(f"{server.url}/v1/bijlagen/{sha}/klaar", headers=h)
    assert antwoord.status_code == 200 and antwoord.json()["compleet"] and antwoord.json()["ontvangen"] == [0, 1]
