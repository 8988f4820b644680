"""A device and the server agree on every record after "sync until quiet", also after the server refused a change
(issue 11, items 1 and 2): the device's copy of a refused record is brought back in step (the server's copy, or gone
when the server has none for this device) while the refused change itself is kept whole for the person; and the
server never creates a record from a change that does not say who may see it."""
from __future__ import annotations

import datetime as dt

from desktop_app.sync import engine as sync_engine
from synchelp import diverged, do_sync, server_state

KM, COLLEGA, DOCENT = "K. de Vries", "P. Jansen", "J. Bakker"
GISTEREN = (dt.date.today() - dt.timedelta(days=1)).isoformat()


def _startklas(server, make_store):
    """A consultant's cursist, placed in the docent's group; the docent has scored one observation."""
    km, docent = make_store("km"), make_store("docent", user=DOCENT, role="docent")
    server.enroll(km, KM), server.enroll(docent, DOCENT, "docent")
    km.put("inburgeraar", "ib-1", {"voornamen": "Amal", "achternaam": "Haddad", "klantmanager": KM})
    km.put("startklasgroep", "g-1", {"naam": "Startklas Dalfsen najaar", "docenten": [DOCENT]})
    km.put("plaatsing", "pl-1", {"inburgeraar_id": "ib-1", "groep_id": "g-1", "van": "2026-09-01"})
    do_sync(km), do_sync(docent)
    docent.put("observatiemoment", "m-1:ib-1", {"soort": "cursist", "moment_id": "m-1", "inburgeraar_id": "ib-1",
                                                "groep_id": "g-1", "scores": {"concentratie": 1}})
    do_sync(docent), do_sync(km)
    return km, docent


def _tot_het_stil_is(*stores) -> None:
    for _ in range(3):
        for store in stores:
            do_sync(store)


def test_a_refused_edit_does_not_stay_on_the_device(server, make_store):
    """11.1: the docent is taken off the group and scores (refused); is put back, edits another field and syncs.
    Before: the server answered `schoon`, the device took the new revision and never pulled the record again —
    server score 1, docent score 2, nothing pending, no conflict."""
    km, docent = _startklas(server, make_store)
    km.put("startklasgroep", "g-1", {"docenten": []})
    do_sync(km)
    docent.put("observatiemoment", "m-1:ib-1", {"scores": {"concentratie": 2}})
    assert do_sync(docent).geweigerd == 1
    km.put("startklasgroep", "g-1", {"docenten": [DOCENT]})
    do_sync(km)
    docent.put("observatiemoment", "m-1:ib-1", {"notities": {"concentratie": "werkt goed mee"}})
    _tot_het_stil_is(docent, km)

    op_server = server_state(server.engine)[("observatiemoment", "m-1:ib-1")]
    assert op_server["scores"] == {"concentratie": 1} and op_server["notities"] == {"concentratie": "werkt goed mee"}
    assert diverged(docent, server) == {} and diverged(km, server) == {}
    assert sync_engine.pending_count(docent) == 0 and sync_engine.open_conflicts(docent) == []
    [geweigerd] = sync_engine.refused_changes(docent)   # the refused score is kept for the docent to see
    assert geweigerd.fields == {"scores": {"concentratie": 2}} and geweigerd.code == "niet_meer_zichtbaar"


def test_a_refused_create_then_an_edit_leaves_no_orphan(server, make_store):
    """11.2: the caseload moved; the consultant adds a contact (refused) and later edits it. Before: the edit
    ({'telefoon': ...}) arrived for a record the server did not have and was kept without `inburgeraar_id`, visible
    to no klantmanager, and the consultant's device kept a contact the server never accepted."""
    beheer, km = make_store("beheer", user="Beheer", role="beheerder"), make_store("km")
    server.enroll(beheer, "Beheer", "beheerder"), server.enroll(km, KM)
    beheer.put("inburgeraar", "ib-1", {"voornamen": "Yonas", "achternaam": "Tesfaye", "klantmanager": KM})
    do_sync(beheer), do_sync(km)
    beheer.put("inburgeraar", "ib-1", {"klantmanager": COLLEGA})
    do_sync(beheer)
    km.put("contactpersoon", "cp-1", {"inburgeraar_id": "ib-1", "naam": "Tolk Fictief", "rol": "tolk"})
    assert do_sync(km).geweigerd == 1
    km.put("contactpersoon", "cp-1", {"telefoon": "0611111111"})   # on the device the contact is edited
    do_sync(km)
    _tot_het_stil_is(km, beheer)

    assert ("contactpersoon", "cp-1") not in server_state(server.engine)
    assert diverged(km, server) == {} and diverged(beheer, server) == {}
    assert km.get("contactpersoon", "cp-1") is None
    assert [g.fields for g in sync_engine.refused_changes(km)] == [
        {"inburgeraar_id": "ib-1", "naam": "Tolk Fictief", "rol": "tolk"}, {"telefoon": "0611111111"}]


def test_an_edit_of_a_record_the_server_lacks_is_refused_when_it_does_not_say_whose_it_is(server, make_store):
    """The server itself, whatever a client sends: a record is never created from a change without the fields that
    decide who may see it, and never points at a person that does not exist."""
    km = make_store("km")
    server.enroll(km, KM)
    km.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": KM})
    do_sync(km)
    km.put("contactpersoon", "cp-2", {"inburgeraar_id": "ib-1", "naam": "Buurvrouw"})
    with km.transaction() as conn:   # as an older client would send it: the create lost, only the edit left
        conn.exec_driver_sql("DELETE FROM outbox WHERE record_id = 'cp-2'")
    km.put("contactpersoon", "cp-2", {"telefoon": "0622222222"})
    km.put("intake_bijzonder", "ib-x", {"inburgeraar_id": "ib-bestaat-niet", "gezondheid.astma": "ja"})
    assert do_sync(km).geweigerd == 2
    eerste, tweede = sync_engine.refused_changes(km)
    assert eerste.code == "ongeldige_wijziging" and "zegt niet bij wie het hoort (inburgeraar_id ontbreekt)" in \
        eerste.reden
    assert tweede.code == "niet_meer_zichtbaar" and "Inburgeraar ib-bestaat-niet" in tweede.reden
    assert {k for k in server_state(server.engine)} == {("inburgeraar", "ib-1")}
    assert diverged(km, server) == {}


def test_a_value_the_server_cannot_take_is_reverted_visibly_on_the_device(server, make_store):
    """A refused answer (a name the server cannot accept) does not stay in the device's copy: the record shows what
    the server has, and the refused value waits in the list of refused changes with its reason."""
    laptop, tweede = make_store("laptop"), make_store("tweede")
    server.enroll(laptop, KM), server.enroll(tweede, KM)
    laptop.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": KM})
    laptop.put("intake", "ib-1", {"inburgeraar_id": "ib-1", "motivatie.doelen": "Verpleegkundige worden"})
    do_sync(laptop)
    laptop.put("intake", "ib-1", {"motivatie.doelen 2027": "Zelf een zaak", "motivatie.doelen": "Kok worden"})
    report = do_sync(laptop)
    assert report.geweigerd == 1 and ("intake", "ib-1") in report.wijzigingen.records
    assert report.wijzigingen.raakt_inburgeraar("ib-1")   # the open intake screen reloads
    assert laptop.get("intake", "ib-1") == {"inburgeraar_id": "ib-1", "motivatie.doelen": "Verpleegkundige worden"}
    [geweigerd] = sync_engine.refused_changes(laptop)
    assert geweigerd.fields == {"motivatie.doelen 2027": "Zelf een zaak", "motivatie.doelen": "Kok worden"}
    do_sync(tweede)
    assert diverged(laptop, server) == {} and diverged(tweede, server) == {}


def test_an_ended_placement_is_refused_and_the_docent_keeps_in_step(server, make_store):
    """The placement ended yesterday: the docent's late score is refused, kept, and the device holds what the
    server holds."""
    km, docent = _startklas(server, make_store)
    km.put("plaatsing", "pl-1", {"tot": GISTEREN})
    do_sync(km), do_sync(docent)
    docent.put("eindscore", "g-1:ib-1", {"inburgeraar_id": "ib-1", "groep_id": "g-1", "scores": {"concentratie": 3}})
    assert do_sync(docent).geweigerd == 1
    [geweigerd] = sync_engine.refused_changes(docent)
    assert "cursist ib-1 is niet (meer) geplaatst in groep g-1, of de plaatsing is afgelopen" in geweigerd.reden
    _tot_het_stil_is(docent, km)
    assert ("eindscore", "g-1:ib-1") not in server_state(server.engine)
    assert diverged(docent, server) == {} and docent.get("eindscore", "g-1:ib-1") is None
