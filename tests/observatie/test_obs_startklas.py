"""Groups, placements, moments, final scores and the stored advice, through a real encrypted store."""
import datetime as dt

import pytest

from desktop_app.core.model import Inburgeraar
from desktop_app.core.observatie import (Observatie, Observatiemoment, Plaatsing, StartklasGroep, dekking, groeilijn,
                                         voorstel_eindscore, waarschuwing_groepsgrootte)
from desktop_app.core.validation import Ongeldig
from desktop_app.diensten import Diensten, GeenToegang
from desktop_app.diensten.startklas import instrumenten

VANDAAG = dt.date(2026, 11, 22)
START = dt.date(2026, 9, 7)
INS = instrumenten()["koers-tovii-stijl"]


def sk(store):
    """The startklas service of this store, on the test's fixed day."""
    return Diensten(store, vandaag=VANDAAG).startklas


def nieuwe_groep(store, naam="Startklas Dalfsen najaar", start=START):
    groep = StartklasGroep(naam=naam, docenten=["J. Bakker"], startdatum=start, lesdagen=["dinsdag", "donderdag"])
    sk(store).bewaar_groep(groep)
    return groep


def cursist(store, voornaam="Senait", geboren=dt.date(1990, 5, 1)):
    ib = Inburgeraar(voornamen=voornaam, achternaam="Tesfay", geboortedatum=geboren)
    store.save(ib)
    return ib


def moment(store, groep, datum, scores_per_cursist):
    m = Observatiemoment(groep_id=groep.id, datum=datum, notitie="")
    obs = [Observatie(moment_id=m.id, inburgeraar_id=i, scores=s) for i, s in scores_per_cursist.items()]
    sk(store).bewaar_moment(m, obs)
    return m


def test_groep_validatie_en_waarschuwing(store):
    with pytest.raises(Ongeldig) as fout:
        sk(store).bewaar_groep(StartklasGroep(naam=" ", lesdagen=["zondag"]))
    tekst = str(fout.value)
    assert "Naam: geef de groep een naam" in tekst and "noem ten minste één docent" in tekst
    assert "'zondag' is geen lesdag" in tekst and "Startdatum" in tekst
    assert store.count("startklasgroep") == 0
    assert waarschuwing_groepsgrootte(12) is None
    assert "13 cursisten; een startklas is bedoeld voor ten hoogste 12" in waarschuwing_groepsgrootte(13)


def test_dertiende_cursist_geeft_waarschuwing(store):
    groep = nieuwe_groep(store)
    meldingen = [sk(store).plaats(Plaatsing(inburgeraar_id=cursist(store, f"C{i}").id, groep_id=groep.id,
                                            van=START)).waarschuwingen for i in range(13)]
    assert meldingen[:12] == [()] * 12 and "13 cursisten" in meldingen[12][0]


def test_cursist_niet_in_twee_groepen_tegelijk(store):
    a, b = nieuwe_groep(store, "Groep A"), nieuwe_groep(store, "Groep B")
    ib = cursist(store)
    sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=a.id, van=START))
    with pytest.raises(Ongeldig, match="zit al in groep 'Groep A' \\(vanaf 07-09-2026, zonder einddatum\\)"):
        sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=b.id, van=dt.date(2026, 10, 1)))
    assert len(store.all("plaatsing")) == 1
    # after the first placement ends, the next one may start
    eerste = store.load_all(Plaatsing)[0]
    eerste.tot = dt.date(2026, 9, 30)
    store.save(eerste)
    sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=b.id, van=dt.date(2026, 10, 1)))
    with pytest.raises(Ongeldig, match="einddatum ligt voor de begindatum"):
        sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=b.id, van=dt.date(2026, 10, 1),
                                   tot=dt.date(2026, 9, 1)))


@pytest.mark.parametrize("datum,scores,melding", [
    (dt.date(2026, 9, 1), {"motivatie": 3}, "01-09-2026 ligt voor de start van groep"),
    (dt.date(2026, 11, 23), {"motivatie": 3}, "23-11-2026 ligt in de toekomst"),
    (dt.date(2026, 9, 8), {"motivatie": 5}, "'Motivatie en inzet' kreeg 5; de schaal loopt van 1 tot 4"),
    (dt.date(2026, 9, 8), {"motivatie": 0}, "kreeg 0"),
    (dt.date(2026, 9, 8), {"motivatie": "3"}, "kreeg '3'"),
    (dt.date(2026, 9, 8), {"vliegen": 3}, "aspect 'vliegen' staat niet in"),
])
def test_fout_moment_wordt_geweigerd_en_niets_half_bewaard(store, datum, scores, melding):
    groep = nieuwe_groep(store)
    a, b = cursist(store, "Amal"), cursist(store, "Omar")
    for ib in (a, b):
        sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=START))
    voor = len(store.audit_trail("observatiemoment"))
    with pytest.raises(Ongeldig) as fout:
        moment(store, groep, datum, {a.id: {"werktempo": 2}, b.id: scores})
    assert melding in str(fout.value)
    assert store.all("observatiemoment") == [] and len(store.audit_trail("observatiemoment")) == voor


def test_niet_geplaatste_cursist_geweigerd(store):
    groep = nieuwe_groep(store)
    ib = cursist(store)
    with pytest.raises(Ongeldig, match="zat op 08-09-2026 niet in groep"):
        moment(store, groep, dt.date(2026, 9, 8), {ib.id: {"motivatie": 3}})


def test_voorstel_recent_weegt_zwaarder_en_groeilijn(store):
    groep = nieuwe_groep(store)
    ib = cursist(store)
    sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=START))
    # motivatie 2, 2, 4: plain mean 2.67, weighted (1·2 + 2·2 + 3·4)/6 = 3.0
    for week, score in ((0, 2), (1, 2), (2, 4)):
        moment(store, groep, START + dt.timedelta(days=7 * week + 1),
               {ib.id: {"motivatie": score, "werktempo": None, "oppikken": 1 + week}})
    obs = sk(store).observaties(groep.id, ib.id)
    voorstel = voorstel_eindscore(INS, obs)
    assert voorstel == {"motivatie": 3, "werktempo": None, "oppikken": 2}  # oppikken (1·1+2·2+3·3)/6 = 2.33
    assert dekking(obs, START) == dekking(obs, START) and dekking(obs, START).momenten == 3
    lijn = groeilijn(INS, obs, START)
    assert [w for w, _ in lijn] == [1, 2, 3]
    assert lijn[0][1] == {"A": 2.0, "C": 1.0} and lijn[2][1] == {"A": 4.0, "C": 3.0}


def test_eindscore_docent_bevestigt_of_wijzigt_geaudit(store):
    groep = nieuwe_groep(store)
    ib = cursist(store)
    sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=START))
    moment(store, groep, dt.date(2026, 9, 8), {ib.id: {a.id: 3 for a in INS.aspecten}})
    es = sk(store).eindscore(groep, ib.id)
    assert es.voorstel["motivatie"] == 3 and not es.scores
    scores = dict(es.voorstel, motivatie=4)
    sk(store).bewaar_eindscore(groep, ib.id, scores)
    trail = store.audit_trail("eindscore")
    rij = next(r for r in trail if r["field"] == "scores")
    assert rij["new"]["motivatie"] == 4 and rij["user"] == "K. de Vries"
    assert "afwijkend van het voorstel: 1 3→4" in rij["reason"]
    with pytest.raises(Ongeldig, match="kreeg 7"):
        sk(store).bewaar_eindscore(groep, ib.id, dict(scores, motivatie=7))
    assert store.get("eindscore", es.id)["scores"]["motivatie"] == 4


def _volledig_geobserveerd(store, groep, ib, per_groep):
    for week in range(6):
        moment(store, groep, START + dt.timedelta(days=7 * week + 1),
               {ib.id: {a.id: per_groep[a.groep] for a in INS.aspecten}})


def test_advies_met_intake_toets_argumentatie_en_override(store):
    groep = nieuwe_groep(store)
    ib = cursist(store, geboren=dt.date(1985, 1, 1))
    sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=START))
    _volledig_geobserveerd(store, groep, ib, {"A": 3, "B": 3, "C": 4, "D": 1})
    sk(store).bewaar_eindscore(groep, ib.id, sk(store).eindscore(groep, ib.id).voorstel)
    store.put("intake", ib.id, {"inburgeraar_id": ib.id, "leerbaarheid.toets_uitkomst": "b1_niet_haalbaar",
                                "opleiding.totaal_jaren": 0, "opleiding.alfabetisering_eigen": "niet"})
    store.put("intake_bijzonder", ib.id, {"inburgeraar_id": ib.id, "fysieke_gezondheid.beperkingen": ["geen"]})
    sk(store).werk_trajectadvies_bij(groep, ib.id)
    advies = sk(store).advies(groep, ib.id)
    assert advies.route == "b1_route" and not advies.voorlopig and advies.ondersteuning == ["alfabetisering"]
    assert advies.wijkt_af_van_toets and advies.argumentatie_nodig
    rec = store.get("trajectadvies", ib.id)
    assert rec["route"] == "b1_route" and rec["inburgeraar_id"] == ib.id and rec["groep_id"] == groep.id
    assert rec["instrument"] == "koers-tovii-stijl" and rec["voorlopig"] is False and rec["totaal"] == 66
    assert any("alfabetisering" in r for r in rec["redenen"])
    assert advies.onbekend == ["talen"]            # schooling, literacy, age and health came from the intake

    sk(store).bewaar_argumentatie(groep, ib.id, "Pikt in de startklas alles snel op; toets onder stress.")
    advies = sk(store).advies(groep, ib.id)
    assert not advies.argumentatie_nodig and store.get("trajectadvies", ib.id)["argumentatie"].startswith("Pikt")

    with pytest.raises(Ongeldig, match="schrijf op waarom"):
        sk(store).bewaar_override(groep, ib.id, "z_route", "  ")
    sk(store).bewaar_override(groep, ib.id, "z_route", "Kan door zorg thuis maar 2 dagdelen per week.")
    rec = store.get("trajectadvies", ib.id)
    assert rec["route"] == "z_route" and rec["override_route"] == "z_route"
    rijen = [r for r in store.audit_trail("trajectadvies", ib.id) if r["field"] == "override_route"]
    assert rijen[-1]["new"] == "z_route" and rijen[-1]["reason"] == "Kan door zorg thuis maar 2 dagdelen per week."
    assert rijen[-1]["user"] == "K. de Vries"


def test_docent_zonder_intake(docent_store):
    store = docent_store
    groep = nieuwe_groep(store)
    ib = cursist(store, geboren=dt.date(2003, 1, 1))
    sk(store).plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=START))
    _volledig_geobserveerd(store, groep, ib, {"A": 4, "B": 4, "C": 4, "D": 4})
    assert not sk(store).werk_trajectadvies_bij(groep, ib.id)   # only a consultant's installation writes it
    advies = sk(store).advies(groep, ib.id)
    assert advies.route == "b1_snel" and advies.toets is None
    assert advies.onbekend == ["schooljaren", "geletterdheid", "talen", "gezondheid"]
    assert any("Niet beschikbaar: schooljaren, geletterdheid, talen, gezondheid" in r for r in advies.redenen)
    assert advies.voorlopig   # no final scores yet
    assert store.get("trajectadvies", ib.id) is None       # only a consultant's installation writes the advice
    with pytest.raises(GeenToegang, match="Alleen een consultant"):
        sk(store).bewaar_override(groep, ib.id, "b1_route", "reden")
