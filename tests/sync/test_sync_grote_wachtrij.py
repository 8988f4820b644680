"""An outbox of 10,000 changes with one bad change in the middle syncs the 9,999: a hundred intakes autosaved answer by
answer (the answers of a real brede intake, under their "sectie.vraag" names) and one answer under a name the server
cannot accept. The bad one is set aside on the device with its reason; nothing else is lost or held up."""
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
    # the 9,999 are on the server exactly as on the device; only the bad answer is not
    lokaal = {(e, i): laptop.get(e, i) for e, i, _ in _wijzigingen()}
    assert lokaal[("intake", "ib-000")].pop(SLECHT) == "Verpleegkundige worden"   # kept on the device
    assert server_state(server.engine) == lokaal
