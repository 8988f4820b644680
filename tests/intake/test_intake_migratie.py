"""Opening an intake filled with an older form version: migrated, what changed is shown, nothing is lost."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.intake import ENTITY, ENTITY_BIJZONDER
from desktop_app.core.model import Inburgeraar
from desktop_app.diensten import Diensten
from desktop_app.forms.register import laad_map

FORMULIEREN = laad_map()
V1, V2 = FORMULIEREN.versie("brede_intake", 1), FORMULIEREN.versie("brede_intake", 2)
VANDAAG = dt.date(2026, 11, 22)


def waarde_voor(vraag, kies):
    t = vraag.type
    if t == "keuze":
        return kies(vraag.optiewaarden)
    if t == "meerkeuze":
        return vraag.optiewaarden[: 1 + len(vraag.optiewaarden) // 2]
    return {"janee": True, "zrm": 3, "getal": 5, "datum": "2026-10-01", "tekst": f"tekst {vraag.id}",
            "lange_tekst": f"lang antwoord bij {vraag.id}",
            "herhaling": [{sub.id: None for sub in vraag.vragen}]}.get(t)


def _bewaard(pad_v1, waarde, resultaat) -> bool:
    """Is this v1 answer somewhere in the migrated result: as is, renamed, mapped, merged or archived?"""
    if any(a["vraag"] == pad_v1 and a["waarde"] == waarde for a in resultaat.gearchiveerd):
        return True
    for stap in V2.migratie:
        if pad_v1 in stap.van:
            nieuw = resultaat.antwoorden.get(stap.naar or pad_v1)
            if stap.soort == "hernoem":
                return nieuw == waarde
            if stap.soort == "opties":
                return nieuw == stap.map.get(waarde, waarde)
            if stap.soort == "samenvoegen":
                return isinstance(nieuw, str) and str(waarde) in nieuw
    return resultaat.antwoorden.get(pad_v1) == waarde


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_migration_keeps_every_answer(data):
    vragen = [v for v in V1.vragen() if v.type != "info"]
    gekozen = data.draw(st.lists(st.sampled_from(vragen), unique_by=lambda v: v.pad, min_size=1, max_size=60))
    antwoorden = {v.pad: waarde_voor(v, lambda opties: data.draw(st.sampled_from(opties))) for v in gekozen}
    resultaat = FORMULIEREN.migreer(antwoorden, "brede_intake", 1)
    for pad, waarde in antwoorden.items():
        assert _bewaard(pad, waarde, resultaat), (pad, waarde, resultaat)


def test_every_declared_step_happens_and_is_described():
    antwoorden = {"taalniveau.nederlands": "a2", "praktische_competenties.handvaardigheid": "goed",
                  "praktische_competenties.rijbewijs": "c_d", "praktische_competenties.vakvaardigheden": "lassen",
                  "praktische_competenties.certificaten": "VCA", "motivatie.doelen": "verpleegkundige worden"}
    r = FORMULIEREN.migreer(antwoorden, "brede_intake", 1)
    assert r.antwoorden == {"taalniveau.niveau_nederlands": "a2", "praktische_competenties.rijbewijs": "nl_groot",
                            "praktische_competenties.vakmanschap": "Vakvaardigheden: lassen\nCertificaten: VCA",
                            "motivatie.doelen": "verpleegkundige worden"}
    assert [(a["vraag"], a["waarde"], a["weergave"]) for a in r.gearchiveerd] == [
        ("praktische_competenties.handvaardigheid", "goed", "Goed")]
    assert len(r.wijzigingen) == 4


def test_unmapped_option_is_archived_not_dropped():
    r = FORMULIEREN.migreer({"praktische_competenties.rijbewijs": "buitenlands"}, "brede_intake", 1)
    assert "praktische_competenties.rijbewijs" not in r.antwoorden
    assert r.gearchiveerd[0]["waarde"] == "buitenlands" and r.gearchiveerd[0]["weergave"] == "Buitenlands rijbewijs"
    assert "kies opnieuw" in r.gearchiveerd[0]["reden"]


def test_opening_an_old_intake_migrates_it_in_the_store(store):
    ib = Inburgeraar(voornamen="Yonas", achternaam="Gebremedhin", koppeling=dt.date(2026, 8, 1))
    store.save(ib)
    meta = {"inburgeraar_id": ib.id, "form_id": "brede_intake", "form_version": 1, "gearchiveerd": []}
    store.put(ENTITY, ib.id, {**meta, "taalniveau.nederlands": "a1", "praktische_competenties.handvaardigheid":
                              "aandachtspunt", "taalniveau.moedertaal": "Tigrinya (ትግርኛ)"})
    store.put(ENTITY_BIJZONDER, ib.id, {**meta, "mentale_gezondheid.signalen": ["slaap"]})
    intake = Diensten(store, vandaag=VANDAAG, formulieren=FORMULIEREN).intake.laad(ib.id)
    assert intake.definitie.versie == 2
    assert intake.waarde("taalniveau.niveau_nederlands") == "a1"
    assert intake.waarde("taalniveau.moedertaal") == "Tigrinya (ትግርኛ)"
    assert intake.waarde("mentale_gezondheid.signalen") == ["slaap"]
    assert intake.wijzigingen[0] == "Omgezet van versie 1 naar versie 2:"
    assert intake.gearchiveerd[0]["waarde"] == "aandachtspunt"
    gewoon, bijzonder = store.get(ENTITY, ib.id), store.get(ENTITY_BIJZONDER, ib.id)
    assert gewoon["form_version"] == bijzonder["form_version"] == 2
    assert gewoon["taalniveau.nederlands"] is None and gewoon["taalniveau.niveau_nederlands"] == "a1"
    assert gewoon["gearchiveerd"][0]["vraag"] == "praktische_competenties.handvaardigheid"
    assert bijzonder["mentale_gezondheid.signalen"] == ["slaap"] and bijzonder["gearchiveerd"] == []
    assert any("omgezet van versie 1 naar 2" in (r["reason"] or "") for r in store.audit_trail(ENTITY, ib.id))
    # opening again: nothing to migrate, the archive and the notice stay
    weer = Diensten(store, vandaag=VANDAAG, formulieren=FORMULIEREN).intake.laad(ib.id)
    assert weer.gearchiveerd == intake.gearchiveerd and weer.wijzigingen == intake.wijzigingen
    assert "gearchiveerde antwoord" in weer.samenvatting().open_punten[-1]


def test_answers_to_unknown_questions_are_archived(store):
    ib = Inburgeraar(voornamen="Omar")
    store.save(ib)
    store.put(ENTITY, ib.id, {"inburgeraar_id": ib.id, "form_id": "brede_intake", "form_version": 2,
                              "motivatie.hobby": "schaken"})
    intake = Diensten(store, vandaag=VANDAAG, formulieren=FORMULIEREN).intake.laad(ib.id)
    assert intake.gearchiveerd[0]["vraag"] == "motivatie.hobby" and intake.gearchiveerd[0]["waarde"] == "schaken"
    opgeslagen = store.get(ENTITY, ib.id)
    assert [a["waarde"] for a in opgeslagen["gearchiveerd"]] == ["schaken"] and opgeslagen["motivatie.hobby"] is None
    assert len(Diensten(store, vandaag=VANDAAG, formulieren=FORMULIEREN).intake.laad(ib.id).gearchiveerd) == 1   # archived once, not twice
