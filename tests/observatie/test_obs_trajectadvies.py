"""The trajectadvies engine over cursist profiles: bands, the Dalfsen pilot patterns, hard data, sufficiency, the toets."""
import pytest

from desktop_app.core.observatie import Dekking, Instrument
from desktop_app.core.trajectadvies import HardeGegevens, bereken_advies, intake_antwoord, uit_intake
from desktop_app.forms.instrument import laad_instrumenten

INSTRUMENTEN = laad_instrumenten()
KOERS = INSTRUMENTEN["koers-tovii-stijl"]
VIJFTIG = INSTRUMENTEN["voorbeeld-20-criteria"]
GENOEG = Dekking(momenten=7, weken=7, aspecten=24)
def profiel(instrument: Instrument, per_groep: dict[str, int], **uitzonderingen: int | None) -> dict[str, int | None]:
    scores = {a.id: per_groep[a.groep] for a in instrument.aspecten}
    scores.update(uitzonderingen)
    return scores


def met_totaal(instrument: Instrument, basis: int, totaal: int) -> dict[str, int]:
    """All aspects at `basis`, then the first ones raised one step until the sum is `totaal`."""
    scores = {a.id: basis for a in instrument.aspecten}
    rest = totaal - basis * len(scores)
    for a in instrument.aspecten:
        if rest <= 0:
            break
        scores[a.id] += 1
        rest -= 1
    assert sum(scores.values()) == totaal
    return scores


ALLES = HardeGegevens(schooljaren=10, geletterd=True, talen=("ar",), leeftijd_bij_start=35, gezondheidsbeperking=False)


def groepen(a, b, c, d):
    return {"A": a, "B": b, "C": c, "D": d}


# (name, scores, hard data, toets, expected route, expected route label, texts that must be in the reasons)
PROFIELEN = [
    ("alles nauwelijks", profiel(KOERS, groepen(1, 1, 1, 1)), ALLES, "b1_niet_haalbaar", "z_route", "Z-route",
     ["Totaalscore 24 van 96", "band 24–50"]),
    ("alles soms", profiel(KOERS, groepen(2, 2, 2, 2)), ALLES, None, "z_route", "Z-route", ["Totaalscore 48"]),
    ("regulier", profiel(KOERS, groepen(2, 2, 2, 3)), ALLES, "b1_haalbaar", "b1_route", "B1-route (regulier)",
     ["band 51–68", "Sterkste groep: Schoolse en communicatieve vaardigheden"]),
    ("meestal", profiel(KOERS, groepen(3, 3, 3, 3)), ALLES, "b1_haalbaar", "b1_route", "B1-route", ["band 69–82"]),
    ("vlot, 35 jaar", profiel(KOERS, groepen(4, 4, 4, 4)), ALLES, "b1_haalbaar", "b1_snel",
     "B1-route snel/intensief", ["Geen onderwijsroute: 35 jaar bij de start (grens: jonger dan 28)"]),
    ("vlot, 22 jaar, 12 jaar school", profiel(KOERS, groepen(4, 4, 4, 4)),
     HardeGegevens(12, True, ("fa", "en"), 22, False), "b1_haalbaar", "onderwijsroute", "Onderwijsroute",
     ["Jonger dan 28 bij de start (22) en 12 jaar scholing: advies onderwijsroute"]),
    ("vlot, 27 jaar: nog onderwijsroute", profiel(KOERS, groepen(4, 4, 4, 3)), HardeGegevens(12, True, (), 27, False),
     None, "onderwijsroute", "Onderwijsroute", ["Jonger dan 28"]),
    ("vlot, 28 jaar: geen onderwijsroute", profiel(KOERS, groepen(4, 4, 4, 3)), HardeGegevens(12, True, (), 28, False),
     None, "b1_snel", "B1-route snel/intensief", ["Geen onderwijsroute: 28 jaar"]),
    ("vlot en jong, weinig school", profiel(KOERS, groepen(4, 4, 4, 4)), HardeGegevens(5, True, ("so",), 20, False),
     None, "b1_snel", "B1-route snel/intensief", ["Geen onderwijsroute: 5 jaar scholing (nodig: ten minste 9)"]),
    ("vlot, leeftijd en school onbekend", profiel(KOERS, groepen(4, 4, 4, 4)), HardeGegevens(), None, "b1_snel",
     "B1-route snel/intensief", ["leeftijd of scholing is hier niet bekend",
                                 "Niet beschikbaar: schooljaren, geletterdheid, talen, leeftijd, gezondheid"]),
    ("vlot maar gezondheidsbeperking", profiel(KOERS, groepen(4, 4, 4, 4)), HardeGegevens(12, True, (), 40, True),
     None, "b1_route", "B1-route", ["gezondheidsbeperking gemeld", "bijgesteld van B1-route snel/intensief"]),
    ("regulier met gezondheidsbeperking", profiel(KOERS, groepen(3, 3, 3, 2)), HardeGegevens(8, True, (), 40, True),
     None, "b1_route", "B1-route (regulier)", ["houd rekening met de belastbaarheid"]),
    # Dalfsen: low toets, but quick uptake and independence → B1, not Z
    ("Dalfsen: snel oppikken en zelfstandig", profiel(KOERS, groepen(1, 2, 2, 2), oppikken=4, onthouden=3,
                                                       zelfstandigheid=3),
     HardeGegevens(6, True, ("ti",), 31, False), "b1_niet_haalbaar", "b1_route", "B1-route",
     ["Totaalscore 46", "Advies opgehoogd van Z-route naar B1-route", "Dalfsense pilots"]),
    ("Dalfsen: toets laag, observatie B1", profiel(KOERS, groepen(3, 3, 3, 2), oppikken=4, zelfstandigheid=4),
     HardeGegevens(6, True, ("ti",), 31, False), "b1_niet_haalbaar", "b1_route", "B1-route (regulier)",
     ["Wijkt af van de leerbaarheidstoets (B1 niet haalbaar)"]),
    ("snel oppikken maar niet zelfstandig blijft Z", profiel(KOERS, groepen(1, 2, 2, 2), oppikken=4, onthouden=3,
                                                             zelfstandigheid=1),
     ALLES, "b1_niet_haalbaar", "z_route", "Z-route", ["Totaalscore 44"]),
    # Dalfsen: no schooling, strong leervermogen → ambitious, with alfabetisering as support
    ("Dalfsen: geen school, leervermogen hoog", profiel(KOERS, groepen(3, 3, 4, 1)),
     HardeGegevens(0, False, ("ti", "ar"), 33, False), "b1_niet_haalbaar", "b1_route", "B1-route",
     ["Niet kunnen lezen of weinig scholing zegt niets over leerbaarheid", "zonder die groep komt het totaal op 80",
      "van B1-route (regulier) naar B1-route, met alfabetisering", "Spreekt al 2 talen"]),
    ("geen school, leervermogen hoog, van Z naar B1", profiel(KOERS, groepen(2, 1, 4, 1)),
     HardeGegevens(0, False, ("prs",), 45, False), "b1_niet_haalbaar", "b1_route", "B1-route (regulier)",
     ["Totaalscore 48", "Advies opgehoogd van Z-route naar B1-route (regulier)"]),
    ("geen school, leervermogen gemiddeld: geen ophoging", profiel(KOERS, groepen(2, 2, 2, 1)),
     HardeGegevens(0, False, (), 45, False), None, "z_route", "Z-route", ["Totaalscore 42"]),
    ("geletterdheid geobserveerd laag, intake onbekend", profiel(KOERS, groepen(2, 1, 4, 1)), HardeGegevens(),
     None, "b1_route", "B1-route (regulier)", ["Advies opgehoogd van Z-route"]),
    ("vrijgesteld", profiel(KOERS, groepen(2, 2, 2, 2)), ALLES, "vrijgesteld", "z_route", "Z-route",
     ["Vrijgesteld van de leerbaarheidstoets"]),
    ("toets haalbaar, observatie Z", profiel(KOERS, groepen(1, 2, 1, 2)), ALLES, "b1_haalbaar", "z_route",
     "Z-route", ["Wijkt af van de leerbaarheidstoets (B1 haalbaar)"]),
    ("veel talen", profiel(KOERS, groepen(3, 3, 3, 3)), HardeGegevens(14, True, ("ar", "ku", "tr"), 40, False),
     "b1_haalbaar", "b1_route", "B1-route", ["Spreekt al 3 talen (ar, ku, tr)", "Komt overeen met de leerbaarheidstoets"]),
]


@pytest.mark.parametrize("naam,scores,hard,toets,route,label,teksten", PROFIELEN, ids=[p[0] for p in PROFIELEN])
def test_profiel(naam, scores, hard, toets, route, label, teksten):
    advies = bereken_advies(KOERS, scores, GENOEG, hard, toets)
    alles = "\n".join(advies.redenen + [advies.vergelijking])
    assert (advies.route, advies.route_label) == (route, label), alles
    for tekst in teksten:
        assert tekst in alles, f"{tekst!r} ontbreekt in:\n{alles}"
    assert not advies.voorlopig
    assert "Koers observatie-instrument (TOVII-stijl) is nog niet gevalideerd." in advies.redenen
    assert len(PROFIELEN) >= 20


def test_dalfsen_alfabetisering_als_ondersteuning():
    advies = bereken_advies(KOERS, profiel(KOERS, groepen(3, 3, 4, 1)), GENOEG,
                            HardeGegevens(0, False, ("ti",), 30, False), "b1_niet_haalbaar")
    assert advies.ondersteuning == ["alfabetisering"]
    assert advies.wijkt_af_van_toets and advies.argumentatie_nodig


@pytest.mark.parametrize("totaal,route,label", [
    (50, "z_route", "Z-route"), (51, "b1_route", "B1-route (regulier)"), (68, "b1_route", "B1-route (regulier)"),
    (69, "b1_route", "B1-route"), (82, "b1_route", "B1-route"), (83, "b1_snel", "B1-route snel/intensief"),
    (96, "b1_snel", "B1-route snel/intensief"), (24, "z_route", "Z-route")])
def test_bandgrenzen(totaal, route, label):
    basis = 1 if totaal <= 48 else 2 if totaal <= 72 else 3
    advies = bereken_advies(KOERS, met_totaal(KOERS, basis, totaal), GENOEG, ALLES)
    assert (advies.totaal, advies.route, advies.route_label) == (totaal, route, label)


@pytest.mark.parametrize("dekking,tekst", [
    (Dekking(4, 5, 24), "4 van de minimaal 5 observatiemomenten"),
    (Dekking(6, 3, 24), "verspreid over 3 van de minimaal 5 weken"),
    (Dekking(6, 6, 19), "19 van de 24 aspecten gescoord (minimaal 20)"),
])
def test_te_weinig_gegevens_is_voorlopig(dekking, tekst):
    advies = bereken_advies(KOERS, profiel(KOERS, groepen(3, 3, 3, 3)), dekking, ALLES)
    assert advies.voorlopig
    assert any(r.startswith("Voorlopig advies:") and tekst in r for r in advies.redenen)


def test_precies_genoeg_gegevens_is_definitief():
    assert not bereken_advies(KOERS, profiel(KOERS, groepen(3, 3, 3, 3)), Dekking(5, 5, 20), ALLES).voorlopig


def test_niet_geobserveerde_aspecten_naar_rato():
    scores = profiel(KOERS, groepen(3, 3, 3, 3), motivatie=None, initiatief=None, werktempo=None, luisteren=None)
    advies = bereken_advies(KOERS, scores, Dekking(6, 6, 20), ALLES)
    assert advies.totaal == 72
    assert any("20 van de 24 aspecten zijn gescoord (som 60); het totaal is naar rato berekend" in r
               for r in advies.redenen)


def test_zonder_scores_voorlopig_en_laagste_band():
    advies = bereken_advies(KOERS, {}, Dekking(0, 0, 0), HardeGegevens())
    assert advies.voorlopig and advies.route == "z_route"
    assert "nog geen eindscores" in advies.redenen[0]


def test_instrument_met_20_criteria_en_eigen_banden():
    assert len(VIJFTIG.aspecten) == 20 and (VIJFTIG.min_totaal, VIJFTIG.max_totaal) == (0, 60)
    genoeg = Dekking(4, 4, 18)
    for totaal, route in ((0, "z_route"), (29, "z_route"), (30, "b1_route"), (47, "b1_route"), (48, "b1_snel"),
                          (60, "b1_snel")):
        scores = met_totaal(VIJFTIG, min(totaal // 20, 2), totaal)
        advies = bereken_advies(VIJFTIG, scores, genoeg, ALLES)
        assert (advies.totaal, advies.route) == (totaal, route)
        assert not advies.voorlopig
        assert not any("niet gevalideerd" in r for r in advies.redenen)   # a licensed, validated form
    # its own sufficiency rule: 18 of 20 aspects
    assert bereken_advies(VIJFTIG, met_totaal(VIJFTIG, 1, 30), Dekking(4, 4, 17), ALLES).voorlopig


def test_20_criteria_dalfsen_zelfstandig():
    scores = {a.id: 1 for a in VIJFTIG.aspecten}
    scores.update({"c07": 3, "c11": 3, "c12": 2})     # werkt zelfstandig, leert woorden snel, onthoudt
    advies = bereken_advies(VIJFTIG, scores, Dekking(4, 4, 20), ALLES, "b1_niet_haalbaar")
    assert advies.totaal == 25 and advies.route == "b1_route"


def test_override_met_reden():
    advies = bereken_advies(KOERS, profiel(KOERS, groepen(2, 2, 2, 2)), GENOEG, ALLES, "b1_haalbaar",
                            override_route="b1_route", override_reden="Werkte 8 jaar als kleermaker; leert snel.")
    assert advies.route == "b1_route" and advies.berekende_route == "z_route"
    assert "Overschreven door de consultant: B1-route in plaats van Z-route" in advies.redenen[-1]
    assert not advies.wijkt_af_van_toets


def test_intake_antwoord_in_verschillende_vormen():
    assert intake_antwoord({"leerbaarheid": {"toets_uitkomst": "b1_haalbaar"}}, "leerbaarheid",
                           "toets_uitkomst") == "b1_haalbaar"
    assert intake_antwoord({"antwoorden": {"leerbaarheid": {"toets_uitkomst": {"waarde": "vrijgesteld"}}}},
                           "leerbaarheid", "toets_uitkomst") == "vrijgesteld"
    assert intake_antwoord({"antwoorden": {"leerbaarheid.toets_uitkomst": "b1_niet_haalbaar"}}, "leerbaarheid",
                           "toets_uitkomst") == "b1_niet_haalbaar"
    assert intake_antwoord(None, "leerbaarheid", "toets_uitkomst") is None
    # the brede intake's own layout: one field per answer "sectie.vraag"; health from intake_bijzonder
    intake = {"leerbaarheid.toets_uitkomst": "b1_niet_haalbaar", "opleiding.totaal_jaren": 3,
              "opleiding.alfabetisering_eigen": "niet", "opleiding.alfabetisering_latijn": "niet",
              "taalniveau.moedertaal": "Tigrinya", "taalniveau.engels": "basis",
              "taalniveau.talen": [{"taal": "Arabisch", "niveau": "vloeiend"}, {"taal": "Amhaars", "niveau": "basis"}],
              "fysieke_gezondheid.beperkingen": ["bewegen"]}
    hard, toets = uit_intake(intake, 30)
    assert hard == HardeGegevens(3, False, ("Tigrinya", "Arabisch"), 30, True) and toets == "b1_niet_haalbaar"
    hard, _ = uit_intake({"opleiding.opleidingen": [{"soort": "basis", "jaren": 6}, {"soort": "voortgezet", "jaren": 3}],
                          "opleiding.alfabetisering_latijn": "matig", "fysieke_gezondheid.beperkingen": ["geen"]}, None)
    assert (hard.schooljaren, hard.geletterd, hard.talen, hard.gezondheidsbeperking) == (9, True, None, False)
    assert uit_intake(None, 40) == (HardeGegevens(leeftijd_bij_start=40), None)
