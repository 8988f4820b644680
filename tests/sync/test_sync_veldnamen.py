"""The protocol's field-name grammar admits every field name the app really writes, generated from the shipped form
definitions (loaded through the real form engine, every version, migrated and archived names included) and from the
records in desktop_app.core; and it refuses what is no name. The protocol's list of entities is the app's."""
from __future__ import annotations

import dataclasses

import pytest
from pydantic import ValidationError

from desktop_app.core import intake as core_intake
from desktop_app.core import model, observatie, pip
from desktop_app.core.trajectadvies import Advies
from koers_protocol.namen import Soort
from desktop_app.forms.register import laad_map
from koers_protocol.sync import ENTITEITEN, MAX_VELDNAAM, Change, is_veldnaam

FORMULIEREN = laad_map()


def _records() -> set[type]:
    gezien, open_ = set(), [model.Record]
    while open_:
        for sub in open_.pop().__subclasses__():
            gezien.add(sub)
            open_.append(sub)
    return gezien


def namen_uit_formulieren() -> set[str]:
    """Every name an intake answer is stored under, in every shipped version: the questions (with the afsluiting of
    each domain), the paths inside repeat groups, the names the migrations rename from and to, and what the engine
    writes besides the answers (its meta fields, on both entities)."""
    assert not FORMULIEREN.fouten and len(FORMULIEREN.versies("brede_intake")) >= 2
    namen: set[str] = set()
    for definitie in FORMULIEREN.definities.values():
        for vraag in definitie.vragen():
            namen.add(vraag.pad)
            namen |= {sub.pad for sub in vraag.vragen} | {sub.id for sub in vraag.vragen}
        for stap in definitie.migratie:
            namen |= set(stap.van) | ({stap.naar} if stap.naar else set())
        volledig = core_intake.Intake(definitie, "ib-1", {v.pad: "x" for v in definitie.vragen()},
                                      gearchiveerd=[{"vraag": "taalniveau.nederlands", "waarde": "a2"}],
                                      wijzigingen=["Omgezet"])
        for velden in volledig.velden().values():
            namen |= set(velden)
    return namen | {"afgesloten_op"}   # written by the intake screen when the intake is closed


def namen_uit_core() -> set[str]:
    namen = {f.name for cls in _records() for f in dataclasses.fields(cls) if f.name != "id"}
    advies = Advies(route="b1_route", route_label="B1-route", totaal=60, band_label="", berekende_route="b1_route",
                    voorlopig=False, redenen=[], ondersteuning=[], onbekend=[], toets=None, wijkt_af_van_toets=False,
                    vergelijking="", instrument="koers-tovii-stijl", instrument_naam="", gevalideerd=False)
    return namen | set(advies.velden("ib-1", "g-1")) | set(core_intake.META_VELDEN)


def _change(naam: str) -> dict:
    return {"seq": 1, "entity": "intake", "id": "ib-1", "fields": {naam: "waarde"}, "base_rev": 0,
            "at": "2026-11-22T10:00:00+00:00"}


def test_every_name_the_app_writes_is_a_field_name():
    uit_formulieren, uit_core = namen_uit_formulieren(), namen_uit_core()
    assert {"warme_overdracht.locatie", "motivatie.doelen", "gezinssituatie.kinderen", "taalniveau.nederlands",
            "praktische_competenties.vakmanschap", "fysieke_gezondheid.zrm", "gearchiveerd",
            "form_version"} <= uit_formulieren
    assert {"klantmanager", "inburgeraar_id", "groep_id", "docenten", "scores", "leerroute", "override_route",
            "naam_eigen_schrift"} <= uit_core
    for naam in sorted(uit_formulieren | uit_core):
        assert is_veldnaam(naam), naam
        Change.model_validate(_change(naam))   # the protocol's schema says the same


@pytest.mark.parametrize("naam", [
    "", "geen spaties", "warme_overdracht. locatie", "a..b", ".a", "a.", ".", "sectie.vraag\n", "tab\there",
    "nul\x00", "regel\neinde", "a-b", "a/b", "a:b", "1vraag", "sectie.1vraag", "naïef", "ሰላም", "سؤال", "\ud800",
    "a" * (MAX_VELDNAAM + 1), "s." + "v" * (MAX_VELDNAAM - 1), "(verwijderd)", "(geweigerde wijziging)"])
def test_what_is_no_field_name(naam):
    assert not is_veldnaam(naam)
    with pytest.raises(ValidationError):
        Change.model_validate(_change(naam))


def test_the_longest_name_fits():
    assert is_veldnaam("s." + "v" * (MAX_VELDNAAM - 2)) and is_veldnaam("_" * MAX_VELDNAAM)


def test_the_protocols_entities_are_the_apps():
    geschreven = {cls.ENTITY for cls in _records()} | {core_intake.ENTITY, core_intake.ENTITY_BIJZONDER,
                                                      Soort.TRAJECTADVIES}
    assert geschreven == ENTITEITEN
    assert {pip.ConceptPIP.ENTITY, observatie.Eindscore.ENTITY} <= ENTITEITEN
