"""Instrument definitions as data: the default and the 20-criteria example load; broken ones give precise errors."""
import copy
import json

import pytest

from desktop_app.core.formulier.fouten import DefinitionError
from desktop_app.forms.instrument import MAP, laad_instrument, laad_instrumenten

STANDAARD = json.loads((MAP / "koers_tovii_stijl.json").read_text(encoding="utf-8"))


def test_standaardinstrument_zoals_observation_md():
    ins = laad_instrumenten()["koers-tovii-stijl"]
    assert not ins.gevalideerd and "Nog niet gevalideerd" in ins.validatie_opmerking
    assert [g.naam for g in ins.groepen] == ["Leerhouding", "Taakuitvoering", "Leervermogen",
                                            "Schoolse en communicatieve vaardigheden"]
    assert len(ins.aspecten) == 24 and [len(ins.aspecten_van(g.id)) for g in ins.groepen] == [6, 6, 6, 6]
    assert (ins.schaal.min, ins.schaal.max, ins.schaal.niet_geobserveerd) == (1, 4, True)
    assert ins.schaal.labels[2] == "soms, met veel ondersteuning"
    assert all(set(a.niveaus) == {1, 2, 3, 4} and all(a.niveaus.values()) for a in ins.aspecten)
    assert ins.aspect("instructies").naam == "Begrijpt instructies (mondeling, voorbeeld, gebaar)"
    assert ins.aspecten[12].naam == "Pikt nieuwe woorden en patronen snel op"
    assert [(b.van, b.tot, b.route) for b in ins.banden] == [(24, 50, "z_route"), (51, 68, "b1_route"),
                                                             (69, 82, "b1_route"), (83, 96, "b1_snel")]
    assert (ins.voldoende.min_momenten, ins.voldoende.min_weken, ins.voldoende.min_aspecten) == (5, 5, 20)


def test_tweede_instrument_laadt_zonder_code():
    ins = laad_instrumenten()["voorbeeld-20-criteria"]
    assert len(ins.aspecten) == 20 and (ins.schaal.min, ins.schaal.max) == (0, 3)
    assert [b.tot for b in ins.banden] == [29, 47, 60]


def kapot(tmp_path, wijzig):
    data = copy.deepcopy(STANDAARD)
    wijzig(data)
    pad = tmp_path / "kapot.json"
    pad.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    with pytest.raises(DefinitionError) as fout:
        laad_instrument(pad)
    return fout.value


def _zet(pad, waarde):
    def wijzig(data):
        doel = data
        for deel in pad[:-1]:
            doel = doel[deel]
        doel[pad[-1]] = waarde
    return wijzig


@pytest.mark.parametrize("wijzig,pad,wat,verwacht", [
    (_zet(["banden", 1, "van"], 49), "banden[1]", "band 49–68 overlapt met band 24–50", "begint bij 51"),
    (_zet(["banden", 2, "van"], 71), "banden[2]", "totalen 69–70 vallen in geen enkele band (gat)", "begint bij 69"),
    (_zet(["banden", 3, "tot"], 90), "banden", "de hoogste band eindigt bij 90", "hoogst mogelijke totaal 96"),
    (_zet(["banden", 0, "van"], 20), "banden[0].van", "onder het laagst mogelijke totaal", "begint bij 24"),
    (_zet(["banden", 0, "route"], "a2_route"), "banden[0].route", "onbekende route 'a2_route'", "z_route"),
    (_zet(["banden", 0, "tot"], 10), "banden[0]", "'tot' (10) ligt onder 'van' (24)", "van ≤ tot"),
    (_zet(["aantal_aspecten"], 20), "aspecten", "bevat 24 aspecten, maar aantal_aspecten zegt 20",
     "precies 20 aspecten"),
    (lambda d: d["aspecten"].pop(), "aspecten", "bevat 23 aspecten", "precies 24"),
    (_zet(["aspecten", 4, "groep"], "E"), "aspecten[4].groep", "onbekende groep 'E'", "A, B, C, D"),
    (_zet(["groepen", 0, "rol"], "houding"), "groepen[0].rol", "onbekende rol 'houding'", "leervermogen"),
    (_zet(["schaal", "max"], 1), "schaal.max", "1 is niet groter dan min (1)", "max groter dan min"),
    (_zet(["schaal", "max"], 12), "schaal", "loopt van 1 tot 12", "0 tot en met 9"),
    (_zet(["schaal", "min"], "1"), "schaal.min", "verkeerde soort waarde ('1')", "een geheel getal"),
    (lambda d: d["aspecten"][3]["niveaus"].pop("2"), "aspecten[3].niveaus", "niveau 2 ontbreekt",
     "een beschrijving voor elk niveau 1–4"),
    (_zet(["aspecten", 3, "niveaus", "5"], "super"), "aspecten[3].niveaus.5", "niveau '5' ligt buiten de schaal",
     "niveaus 1 tot en met 4"),
    (_zet(["aspecten", 7, "id"], "motivatie"), "aspecten[7].id", "aspect 'motivatie' staat er twee keer in", "unieke"),
    (_zet(["aspecten", 7, "nr"], 9), "aspecten[7].nr", "is 9", "8 (de aspecten doorlopend genummerd)"),
    (_zet(["voldoende_gegevens", "min_aspecten"], 30), "voldoende_gegevens.min_aspecten",
     "vraagt 30 gescoorde aspecten, het instrument heeft er 24", "ten hoogste 24"),
    (lambda d: d.pop("gevalideerd"), "gevalideerd", "ontbreekt", "true of false"),
    (_zet(["soort"], "intake"), "soort", "is 'intake'", "'observatie-instrument'"),
    (lambda d: d["aspecten"].__setitem__(slice(6, 12), []) or d.__setitem__("aantal_aspecten", 18)
     or [a.__setitem__("nr", i + 1) for i, a in enumerate(d["aspecten"])], "groepen[1]",
     "groep 'B' heeft geen aspecten", "ten minste één aspect per groep"),
])
def test_kapotte_definitie_precieze_fout(tmp_path, wijzig, pad, wat, verwacht):
    fout = kapot(tmp_path, wijzig)
    assert fout.file == "kapot.json"
    assert fout.path == pad, str(fout)
    assert wat in fout.message, str(fout)
    assert verwacht in fout.expected, str(fout)
    assert fout.line is not None and fout.line >= 1   # the line in the file, so it can be found in any editor


def test_ongeldige_json_met_regel(tmp_path):
    pad = tmp_path / "stuk.json"
    pad.write_text('{\n "soort": "observatie-instrument",\n "id": "x"\n "naam": "y"\n}', encoding="utf-8")
    with pytest.raises(DefinitionError) as fout:
        laad_instrument(pad)
    assert fout.value.line == 4 and "ongeldige JSON" in fout.value.message


def test_dubbel_id_in_map(tmp_path):
    for naam in ("a.json", "b.json"):
        (tmp_path / naam).write_text(json.dumps(STANDAARD), encoding="utf-8")
    with pytest.raises(DefinitionError, match="id 'koers-tovii-stijl' komt ook voor in a.json"):
        laad_instrumenten(tmp_path)
