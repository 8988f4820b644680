"""Large outboxes. 10,000 changes with one bad change in the middle sync the 9,999: a hundred intakes autosaved answer
by answer (the answers of a real brede intake, under their "sectie.vraag" names) and one answer under a name the
server cannot accept. And an outbox larger than one request goes in several. What the server cannot take is set aside
on the device with its reason; nothing else is lost or held up."""
from __future__ import annotations

import datetime as dt

from desktop_app.sync import engine as sync_engine
from synchelp import do_sync, received_count, server_state
from tests.realistisch import antwoorden

KM = "K. de Vries"
N, MIDDEN = 10_000, 5_000
SLECHT = "motivatie.doelen 2027"   # e.g. from a hand-edited form definition: a space is no part of a field name


def _wijzigingen() -> list[tuple[str, str, dict]]:
    """(entity, id, fields) per change, as the intake screen saves them: the person, then one answer at a time."""
    uit: list[tuple[str, str, dict]] = []
    per_intake = list(antwoorden(dt.date.today()).items())
    persoon = 0
    while len(uit) < N - 1:
        ib = f"ib-{persoon:03d}"
        uit.append(("inburgeraar", ib, {"voornamen": f"Amal {persoon}", "achternaam": "Haddad", "klantmanager": KM}))
        uit.append(("intake", ib, {"inburgeraar_id": ib, "form_id": "brede_intake", "form_version": 2}))
        uit += [("intake", ib, {pad: waarde}) for pad, waarde in per_intake]
        persoon += 1
    uit = uit[:N - 1]
    return uit[:MIDDEN] + [("intake", "ib-000", {SLECHT: "Verpleegkundige worden"})] + uit[MIDDEN:]


def test_10000_changes_with_one_bad_one_in_the_middle(server, make_store):
    laptop = make_store("laptop")
    server.enroll(laptop, KM)
    with laptop.transaction() as conn:
        for entity, record_id, fields in _wijzigingen():
            assert laptop.put(entity, record_id, fields, conn=conn)
    assert sync_engine.status(laptop)["wachtend"] == N

    report = do_sync(laptop)
    assert (report.pushed, report.geweigerd, report.conflicts) == (N, 1, 0)
    assert received_count(server.engine) == N and sync_engine.status(laptop)["wachtend"] == 0
    [geweigerd] = sync_engine.refused_changes(laptop)
    assert (geweigerd.seq, geweigerd.entity, geweigerd.record_id) == (MIDDEN + 1, "intake", "ib-000")
    assert geweigerd.fields == {SLECHT: "Verpleegkundige worden"} and geweigerd.code == "ongeldige_veldnaam"
    assert f"de veldnaam '{SLECHT}' is niet geldig" in geweigerd.reden
    # the 9,999 are on the server exactly as on the device; the bad answer is on neither (kept with its refusal)
    lokaal = {(e, i): laptop.get(e, i) for e, i, _ in _wijzigingen()}
    assert SLECHT not in lokaal[("intake", "ib-000")]
    assert server_state(server.engine) == lokaal


def test_an_outbox_larger_than_one_request_goes_in_several(server, make_store):
    """600 whole intakes (as the engine saves them after a form migration: one change with every answer) are more
    than 4 MB together: they go in as many requests as needed. One change larger than any request may be (a text of
    5 MB pasted into an answer) is set aside on the device, whole, with its reason; it holds nothing up."""
    laptop, tweede = make_store("laptop"), make_store("tweede")
    server.enroll(laptop, KM), server.enroll(tweede, KM)
    intake = {"form_id": "brede_intake", "form_version": 2, **antwoorden(dt.date.today())}
    with laptop.transaction() as conn:   # the people the intakes are of, on the server already
        for p in range(600):
            laptop.put("inburgeraar", f"ib-{p:03d}", {"voornamen": f"Amal {p}", "klantmanager": KM}, conn=conn)
    do_sync(laptop)
    with laptop.transaction() as conn:
        for p in range(600):
            laptop.put("intake", f"ib-{p:03d}", {**intake, "inburgeraar_id": f"ib-{p:03d}"}, conn=conn)
            if p == 300:
                laptop.put("intake", "ib-300", {"motivatie.verwachtingen": "Nederlands leren. " * 300_000},
                           conn=conn)
    assert len(sync_engine.next_batch(laptop)) < 500   # one request holds fewer than 500 of these

    report = do_sync(laptop)
    assert (report.pushed, report.geweigerd) == (601, 1) and sync_engine.status(laptop)["wachtend"] == 0
    [groot] = sync_engine.refused_changes(laptop)
    assert (groot.code, groot.record_id) == ("te_groot", "ib-300")
    assert groot.fields == {"motivatie.verwachtingen": "Nederlands leren. " * 300_000}   # kept whole on the device
    assert "is te groot om te versturen (5.1 MB; een portie mag hoogstens 4 MB zijn)" in groot.reden
    do_sync(tweede)
    assert tweede.count("intake") == 600
    for store in (tweede, laptop):   # the laptop is in step with the server: the long text only in the refusal
        assert store.get("intake", "ib-300")["motivatie.verwachtingen"] == intake["motivatie.verwachtingen"]
