"""The brede-intake definitions in forms/: every one validates, and every kind of mistake gives a precise error."""
import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.formulier.definitie import bouw_definitie
from desktop_app.core.formulier.fouten import DefinitionError
from desktop_app.forms.jsonbron import lees_json, lees_json_tekst
from desktop_app.forms.register import INTAKE_MAP, SCHEMA_PAD, laad_definitie, laad_map

BESTANDEN = sorted(p for p in INTAKE_MAP.glob("*.json") if not p.name.endswith(".schema.json"))
DOMEINEN = ["leerbaarheid", "opleiding", "werkervaring", "praktische_competenties", "werknemersvaardigheden",
            "taalniveau", "motivatie", "zelfredzaamheid", "digitaal", "gezinssituatie", "fysieke_gezondheid",
            "mentale_gezondheid", "sociaal_netwerk", "rechten_plichten"]


@pytest.mark.parametrize("bestand", BESTANDEN, ids=lambda p: p.name)
def test_every_definition_validates(bestand):
    d = laad_definitie(bestand)
    assert [s.id for s in d.domeinen] == DOMEINEN
    assert [s.nummer for s in d.domeinen] == list(range(1, 15))
    for sectie in d.domeinen:
        ids = [v.id for v in sectie.vragen]
        assert ids[-5:] == ["zrm", "ondersteuning", "pip_voorstel", "status", "notities"]
        assert d.vraag(f"{sectie.id}.status").optiewaarden == ["besproken", "deels", "niet_besproken",
                                                                 "vervolg_nodig"]
    assert {s.id for s in d.secties if s.bijzonder} == {"fysieke_gezondheid", "mentale_gezondheid"}
    assert d.vraag("leerbaarheid.toets_uitkomst").optiewaarden == ["b1_haalbaar", "b1_niet_haalbaar", "vrijgesteld"]
    for pad in ("opleiding.opleidingen", "werkervaring.banen", "taalniveau.talen", "gezinssituatie.kinderen",
                "gesprekken.gesprekken"):
        assert d.vraag(pad).type == "herhaling"
    assert d.vraag("warme_overdracht.gehouden") and d.vraag("gezinssituatie.kinderen")
    assert any(v.id == "vve" for v in d.vraag("gezinssituatie.kinderen").vragen)
    for vraag in d.vragen():
        for v in [vraag, *vraag.vragen]:
            assert v.label["nl"] and v.label["en"], v.pad
            assert all(o.label["nl"] and o.label["en"] for o in v.opties), v.pad


def test_the_folder_loads_two_versions_with_a_declared_migration():
    formulieren = laad_map()
    assert formulieren.fouten == []
    assert formulieren.versies("brede_intake") == [1, 2]
    v2 = formulieren.laatste("brede_intake")
    assert v2.van_versie == 1 and {s.soort for s in v2.migratie} == {"hernoem", "vervalt", "opties", "samenvoegen"}


def _v1() -> dict:
    return json.loads((INTAKE_MAP / "brede_intake.v1.json").read_text(encoding="utf-8"))


def _zet(pad, waarde):
    def wijzig(d):
        doel = d
        for deel in pad[:-1]:
            doel = doel[deel]
        doel[pad[-1]] = waarde
    return wijzig


def _vraag_in(d, sectie, vraag):
    s = next(i for i, x in enumerate(d["secties"]) if x["id"] == sectie)
    v = next(i for i, x in enumerate(d["secties"][s]["vragen"]) if x["id"] == vraag)
    return s, v


S_LEER, V_UITKOMST = _vraag_in(_v1(), "leerbaarheid", "toets_uitkomst")
S_LEER, V_VRIJ = _vraag_in(_v1(), "leerbaarheid", "vrijstelling_reden")
S_ZELF, V_LANGER = _vraag_in(_v1(), "zelfredzaamheid", "ontzorgen_langer")

# (name, change to a good v1, expected path, words in the message, words in "expected")
KAPOT = [
    ("geen versie", lambda d: d.pop("versie"), "", "'versie' ontbreekt", "'versie'"),
    ("versie als tekst", _zet(["versie"], "1"), "versie", "tekst", "geheel getal"),
    ("onbekend vraagtype", _zet(["secties", S_LEER, "vragen", V_UITKOMST, "type"], "slider"),
     f"secties[{S_LEER}].vragen[{V_UITKOMST}].type", "onbekende waarde \"slider\"", "keuze"),
    ("label zonder Engels", lambda d: d["secties"][S_LEER]["vragen"][V_UITKOMST]["label"].pop("en"),
     f"secties[{S_LEER}].vragen[{V_UITKOMST}].label", "'en' ontbreekt", "'en'"),
    ("onbekend veld", _zet(["secties", S_LEER, "vragen", V_UITKOMST, "verplict"], True),
     f"secties[{S_LEER}].vragen[{V_UITKOMST}].verplict", "onbekend veld 'verplict'", "verplicht"),
    ("keuze zonder opties", lambda d: d["secties"][S_LEER]["vragen"][V_UITKOMST].pop("opties"),
     f"secties[{S_LEER}].vragen[{V_UITKOMST}]", "geen opties", "opties"),
    ("dubbele vraag-id", _zet(["secties", S_LEER, "vragen", V_VRIJ, "id"], "toets_uitkomst"),
     f"secties[{S_LEER}].vragen[{V_VRIJ}].id", "'toets_uitkomst' komt twee keer voor", "unieke id"),
    ("onbekende vraag in relevant", _zet(["secties", S_ZELF, "vragen", V_LANGER, "relevant"],
                                         {"==": [{"var": "zelfredzaamheid.ontzorgn"}, True]}),
     f"secties[{S_ZELF}].vragen[{V_LANGER}].relevant", "onbekende vraag 'zelfredzaamheid.ontzorgn'", "bestaande vraag"),
    ("onbekende optie in relevant", _zet(["secties", S_LEER, "vragen", V_VRIJ, "relevant"],
                                         {"==": [{"var": "leerbaarheid.toets_uitkomst"}, "vrijgestelt"]}),
     f"secties[{S_LEER}].vragen[{V_VRIJ}].relevant", "geen optie 'vrijgestelt'", "vrijgesteld"),
    ("ja/nee met tekst vergeleken", _zet(["secties", S_ZELF, "vragen", V_LANGER, "relevant"],
                                         {"==": [{"var": "zelfredzaamheid.ontzorgen"}, "ja"]}),
     f"secties[{S_ZELF}].vragen[{V_LANGER}].relevant", "ja/nee-vraag", "true of false"),
    ("onbekende operator", _zet(["secties", S_ZELF, "vragen", V_LANGER, "relevant"], {"eval": ["1+1"]}),
     f"secties[{S_ZELF}].vragen[{V_LANGER}].relevant", "onbekende operator 'eval'", "=="),
    ("rij buiten herhaalgroep", _zet(["secties", S_ZELF, "vragen", V_LANGER, "relevant"], {"var": "rij.datum"}),
     f"secties[{S_ZELF}].vragen[{V_LANGER}].relevant", "niet in een herhaalgroep", "sectie.vraag"),
    ("domeinen door elkaar", lambda d: d["secties"].insert(3, d["secties"].pop(5)), "secties",
     "niet op volgorde", "oplopende"),
    ("id met hoofdletters", _zet(["secties", S_LEER, "id"], "Leerbaarheid"), f"secties[{S_LEER}].id",
     "niet de juiste vorm", "kleine letters"),
]


@pytest.mark.parametrize("naam,wijzig,pad,melding,verwacht", KAPOT, ids=[k[0] for k in KAPOT])
def test_broken_definition_gives_a_precise_error(tmp_path, naam, wijzig, pad, melding, verwacht):
    data = _v1()
    wijzig(data)
    bestand = tmp_path / "kapot.json"
    bestand.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with pytest.raises(DefinitionError) as info:
        laad_definitie(bestand)
    fout = info.value
    assert fout.file == "kapot.json"
    assert fout.path == pad
    assert melding in fout.message
    assert verwacht in fout.expected
    assert fout.line is not None
    regel = bestand.read_text(encoding="utf-8").splitlines()[fout.line - 1]
    laatste = pad.rsplit(".", 1)[-1].split("[")[0]
    if pad and not pad.endswith("]") and laatste not in ("relevant",):
        assert f'"{laatste}"' in regel or fout.path.endswith("]"), (fout.line, regel)
    assert f"kapot.json, regel {fout.line}" in str(fout)


def test_json_syntax_error_names_the_line(tmp_path):
    tekst = json.dumps(_v1(), indent=2).splitlines()
    tekst[40] = tekst[40].rstrip(",")   # a missing comma
    bestand = tmp_path / "komma.json"
    bestand.write_text("\n".join(tekst), encoding="utf-8")
    with pytest.raises(DefinitionError) as info:
        laad_definitie(bestand)
    assert info.value.line in (41, 42) and "ongeldige JSON" in info.value.message


def test_line_numbers_point_at_the_offending_value(tmp_path):
    data = _v1()
    data["secties"][S_LEER]["vragen"][V_UITKOMST]["type"] = "slider"
    bestand = tmp_path / "regel.json"
    bestand.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(DefinitionError) as info:
        laad_definitie(bestand)
    assert '"type": "slider"' in bestand.read_text().splitlines()[info.value.line - 1]


def test_migration_referring_to_unknown_old_question_is_a_load_error(tmp_path):
    for p in BESTANDEN:
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    v2 = json.loads((tmp_path / "brede_intake.v2.json").read_text(encoding="utf-8"))
    v2["migratie"]["stappen"][0]["van"] = "taalniveau.nederlandss"
    (tmp_path / "brede_intake.v2.json").write_text(json.dumps(v2, indent=2), encoding="utf-8")
    formulieren = laad_map(tmp_path)
    assert formulieren.versies("brede_intake") == [1]      # v1 keeps working
    fout = formulieren.fouten[0]
    assert fout.file == "brede_intake.v2.json" and fout.path == "migratie.stappen[0].van"
    assert "'taalniveau.nederlandss' bestaat niet in versie 1" in fout.message and fout.line


def test_a_broken_file_never_stops_loading_and_the_last_good_version_keeps_working(tmp_path):
    for p in BESTANDEN:
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    cache: dict[str, str] = {}
    assert laad_map(tmp_path, cache).versies("brede_intake") == [1, 2]
    assert set(cache) == {"brede_intake.v1.json", "brede_intake.v2.json"}
    # someone edits v2 and breaks it: the error names file and line, v2 still works from the last good copy
    (tmp_path / "brede_intake.v2.json").write_text('{"formulier": "brede_intake",\n "versie": 2,\n oeps}',
                                                   encoding="utf-8")
    formulieren = laad_map(tmp_path, cache)
    assert formulieren.versies("brede_intake") == [1, 2]
    assert formulieren.uit_cache == ["brede_intake.v2.json"]
    assert formulieren.fouten[0].file == "brede_intake.v2.json" and formulieren.fouten[0].line == 3
    # without a cache: the newest version that loads is used
    formulieren = laad_map(tmp_path)
    assert formulieren.laatste("brede_intake").versie == 1 and len(formulieren.fouten) == 1


def test_schema_file_is_itself_valid_json_with_the_definition_format():
    schema, _ = lees_json(SCHEMA_PAD)
    assert {"secties", "afsluiting", "migratie"} <= set(schema["properties"])
    assert set(schema["$defs"]["vraag"]["properties"]["type"]["enum"]) >= {
        "tekst", "lange_tekst", "keuze", "meerkeuze", "janee", "getal", "datum", "zrm", "herhaling"}


def test_build_from_data_without_file():
    d = bouw_definitie(copy.deepcopy(_v1()), "geheugen")
    assert d.bestand == "geheugen" and d.versie == 1


json_waarden = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda kind: st.lists(kind, max_size=4) | st.dictionaries(st.text(max_size=6), kind, max_size=4), max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(waarde=json_waarden, inspringen=st.sampled_from([None, 0, 2, "\t"]))
def test_the_line_tracking_reader_reads_exactly_what_json_reads(waarde, inspringen):
    tekst = json.dumps(waarde, indent=inspringen, ensure_ascii=False)
    gelezen, regels = lees_json_tekst(tekst, "x.json")
    assert gelezen == json.loads(tekst)
    assert regels[""] == 1 and all(1 <= r <= tekst.count("\n") + 1 for r in regels.values())
