"""Welkomstpakket and wegwijzer in every language: fonts embedded, content and dates right, bad input handled."""
import json
import re
import shutil
import subprocess

import pytest

from desktop_app.core.gemeente import valideer_gemeente
from desktop_app.printing import inhoud
from desktop_app.printing.documenten import PrintOpties, _Document, lees_gemeente, welkomstpakket, wegwijzer
from desktop_app.printing.inhoud import OnbekendeTaal, Teksten, beschikbare_talen
from desktop_app.printing.opmaak import boekje_volgorde

from .conftest import VANDAAG, maak_contacten, maak_inburgeraar, pdffonts, pdftotext

TALEN = ("nl", "en", "ar", "ti", "fa", "prs", "ps", "so", "tr")


def test_all_required_languages_are_there():
    assert set(TALEN) <= set(beschikbare_talen())


def test_every_translation_keeps_the_placeholders_of_the_source():
    bron = inhoud.alle_teksten()["nl"]
    for taal, teksten in inhoud.alle_teksten().items():
        for sleutel, tekst in teksten.items():
            assert set(re.findall(r"{\w+}", tekst)) == set(re.findall(r"{\w+}", bron[sleutel])), f"{taal}/{sleutel}"


@pytest.mark.parametrize("taal", TALEN)
def test_documents_build_with_every_font_embedded(taal, tmp_path):
    ib = maak_inburgeraar(taal)
    for drukwerk in (welkomstpakket(ib, maak_contacten(ib), PrintOpties(taal=taal, vandaag=VANDAAG)),
                     wegwijzer(ib, maak_contacten(ib), PrintOpties(taal=taal, vandaag=VANDAAG)),
                     wegwijzer(None, [], PrintOpties(taal=taal, vandaag=VANDAAG, boekje=True))):
        assert drukwerk.pdf.startswith(b"%PDF")
        assert not any("Tekens zonder lettertype" in w for w in drukwerk.waarschuwingen)
        fonts = pdffonts(drukwerk.pdf, tmp_path)
        assert fonts, "no fonts at all?"
        for regel in fonts:
            assert regel[-5] == "yes", f"not embedded: {regel}"   # columns: ... emb sub uni object ID
            assert "Helvetica" not in regel[0]


def test_arabic_welkomstpakket_reads_right_to_left_and_mirrors_the_routekaart(tmp_path):
    ib = maak_inburgeraar("ar")
    pdf = welkomstpakket(ib, maak_contacten(ib), PrintOpties(taal="ar", vandaag=VANDAAG)).pdf
    tekst = pdftotext(pdf, tmp_path)
    assert "خريطة طريقك" in tekst
    assert "Amal Haddad" in tekst
    nummers = _stapnummers(pdf, tmp_path)
    assert nummers["1"] > nummers["2"] > nummers["3"]          # first row runs right to left
    assert nummers["4"] < nummers["5"] < nummers["6"]          # and the snake comes back
    ib.taal = "nl"
    nl = _stapnummers(welkomstpakket(ib, [], PrintOpties(taal="nl", vandaag=VANDAAG)).pdf, tmp_path)
    assert nl["1"] < nl["2"] < nl["3"]


def _stapnummers(pdf: bytes, tmp_path) -> dict[str, float]:
    """x position of the step numbers 1-6 in the routekaart (page 2)."""
    pad = tmp_path / "bbox.pdf"
    pad.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-f", "2", "-l", "2", str(pad), "-"], capture_output=True,
                          text=True, check=True).stdout
    return {m.group(2): float(m.group(1)) for m in re.finditer(r'xMin="([\d.]+)"[^>]*>([1-6])</word>', html)}


def test_routekaart_shows_the_persons_own_dates(tmp_path):
    ib = maak_inburgeraar("nl")
    tekst = pdftotext(welkomstpakket(ib, [], PrintOpties(taal="nl", vandaag=VANDAAG)).pdf, tmp_path)
    vlak = " ".join(tekst.split())
    assert "gedaan op 1 juli 2025" in vlak                           # brede intake started
    assert "tussen 28 juli 2025 en 25 augustus 2025" in vlak         # leerbaarheidstoets window, 8-12 weeks
    assert "gedaan op 15 augustus 2025" in vlak                      # PIP
    assert "uiterlijk 15 augustus 2028" in vlak                      # end of the 3-year termijn
    assert "van 16 augustus 2025 tot en met 15 augustus 2028" in vlak


@pytest.mark.parametrize("taal, verwacht", [("nl", "15 augustus 2025"), ("en", "August 15, 2025"),
                                            ("ar", "15 أغسطس 2025"), ("tr", "15 Ağustos 2025"),
                                            ("ti", "2025"), ("prs", "2025")])
def test_dates_are_formatted_for_the_locale(taal, verwacht):
    import datetime as dt
    d = _Document(PrintOpties(taal=taal, vandaag=VANDAAG), (595, 842), 11, 56)
    assert verwacht in d.datum(dt.date(2025, 8, 15))


def test_unchecked_translation_gets_a_footer_and_a_warning(tmp_path):
    ib = maak_inburgeraar("ar")
    drukwerk = welkomstpakket(ib, maak_contacten(ib), PrintOpties(taal="ar", vandaag=VANDAAG))
    assert "vertaling niet gecontroleerd" in pdftotext(drukwerk.pdf, tmp_path)
    assert any("niet door een moedertaalspreker gecontroleerd" in w for w in drukwerk.waarschuwingen)
    zonder = welkomstpakket(ib, maak_contacten(ib), PrintOpties(taal="ar", vandaag=VANDAAG,
                                                                 voetregel_niet_gecontroleerd=False))
    assert "vertaling niet gecontroleerd" not in pdftotext(zonder.pdf, tmp_path)
    ib.taal = "nl"
    assert "vertaling niet gecontroleerd" not in pdftotext(
        welkomstpakket(ib, [], PrintOpties(taal="nl", vandaag=VANDAAG)).pdf, tmp_path)


def test_bilingual_prints_dutch_beside_the_own_language(tmp_path):
    ib = maak_inburgeraar("fa")
    tekst = pdftotext(welkomstpakket(ib, maak_contacten(ib), PrintOpties(taal="fa", vandaag=VANDAAG,
                                                                          tweetalig=True)).pdf, tmp_path)
    vlak = " ".join(tekst.split())
    assert "Rechten en plichten" in vlak and "حقوق و وظایف" in vlak
    assert "U heeft recht op een tolk" in vlak


@pytest.fixture
def inhoud_kopie(tmp_path, monkeypatch):
    """A copy of the print content that a test may damage."""
    kopie = tmp_path / "print"
    shutil.copytree(inhoud.INHOUD_DIR, kopie)
    monkeypatch.setattr(inhoud, "INHOUD_DIR", kopie)
    inhoud._lees.cache_clear()
    inhoud.beschikbare_talen.cache_clear()
    yield kopie
    inhoud._lees.cache_clear()
    inhoud.beschikbare_talen.cache_clear()


def test_missing_translation_falls_back_visibly_to_dutch(inhoud_kopie, tmp_path):
    pad = inhoud_kopie / "en" / "teksten.json"
    data = json.loads(pad.read_text(encoding="utf-8"))
    del data["teksten"]["plicht_tekst"]
    data["teksten"]["recht_2"] = {"tekst": "You may bring an interpreter.", "status": "gecontroleerd"}
    pad.write_text(json.dumps(data), encoding="utf-8")
    t = Teksten("en")
    assert t.status("recht_2") == "gecontroleerd"
    terug = t.get("plicht_tekst")
    assert terug.taal == "nl" and terug.status == "ontbreekt" and terug.tekst.startswith("U moet inburgeren")
    ib = maak_inburgeraar("en")
    drukwerk = welkomstpakket(ib, maak_contacten(ib), PrintOpties(taal="en", vandaag=VANDAAG))
    vlak = " ".join(pdftotext(drukwerk.pdf, tmp_path).split())
    assert "U moet inburgeren" in vlak and "(Dutch)" in vlak
    assert any("1 tekst(en) ontbreken" in w for w in drukwerk.waarschuwingen)


def test_unknown_language_is_refused_with_the_choices():
    with pytest.raises(OnbekendeTaal, match="kies uit nl, .*ar"):
        welkomstpakket(maak_inburgeraar("xx"), [], PrintOpties(taal="xx", vandaag=VANDAAG))


def test_client_without_contacts_gets_a_document_that_says_so(tmp_path):
    ib = maak_inburgeraar("nl")
    drukwerk = welkomstpakket(ib, [], PrintOpties(taal="nl", vandaag=VANDAAG))
    assert "Uw contactpersonen zijn nog niet bekend" in " ".join(pdftotext(drukwerk.pdf, tmp_path).split())
    assert any("nog geen contactpersonen" in w for w in drukwerk.waarschuwingen)


def test_logo_that_is_not_an_image_is_a_warning_not_a_crash(tmp_path):
    (tmp_path / "logo.png").write_text("dit is geen plaatje", encoding="utf-8")
    (tmp_path / "gemeente.json").write_text(json.dumps({"naam": "Gemeente Proef", "logo": "logo.png"}),
                                            encoding="utf-8")
    ib = maak_inburgeraar("nl")
    drukwerk = welkomstpakket(ib, [], PrintOpties(taal="nl", vandaag=VANDAAG), tmp_path / "gemeente.json")
    assert any("geen PNG- of JPEG-afbeelding" in w for w in drukwerk.waarschuwingen)
    assert "Gemeente Proef" in pdftotext(drukwerk.pdf, tmp_path)


def test_unreadable_municipality_configuration_is_a_warning(tmp_path):
    (tmp_path / "kapot.json").write_text("{niet: json", encoding="utf-8")
    gemeente, logo, waarschuwingen = lees_gemeente(tmp_path / "kapot.json")
    assert logo is None and "geen geldige JSON" in waarschuwingen[0]
    _, _, waarschuwingen = lees_gemeente(tmp_path / "bestaat-niet.json")
    assert "niet te lezen" in waarschuwingen[0]


def test_example_municipality_is_valid():
    gemeente, logo, waarschuwingen = lees_gemeente()
    assert waarschuwingen == [] and logo and gemeente.naam == "Gemeente Voorbeeld"
    assert gemeente.organisaties and gemeente.paginas


def test_municipality_validation_says_what_is_wrong():
    gemeente, fouten = valideer_gemeente({"naam": "", "logo": "logo.gif", "contacten": [{"telefoon": "1"}],
                                          "paginas": [{"titel": {"en": "x"}, "tekst": {"en": "y"}}]})
    meldingen = " | ".join(str(f) for f in fouten)
    assert "vul de naam van de gemeente in" in meldingen
    assert "geen PNG- of JPEG-bestand" in meldingen
    assert "Contact 1: heeft geen naam" in meldingen
    assert "ten minste Nederlands" in meldingen
    assert gemeente is not None
    assert valideer_gemeente([1, 2])[0] is None


def test_booklet_imposition_order():
    assert boekje_volgorde(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    assert boekje_volgorde(6) == [(None, 1), (2, None), (6, 3), (4, 5)]   # padded to 8 with blanks
    assert boekje_volgorde(8, rtl=True) == [(1, 8), (7, 2), (3, 6), (5, 4)]
    # every page exactly once
    assert sorted(p for zijde in boekje_volgorde(12) for p in zijde) == list(range(1, 13))


def test_booklet_pdf_puts_cover_and_last_page_on_the_first_side(tmp_path):
    ib = maak_inburgeraar("nl")
    a5 = wegwijzer(ib, maak_contacten(ib), PrintOpties(taal="nl", vandaag=VANDAAG))
    boekje = wegwijzer(ib, maak_contacten(ib), PrintOpties(taal="nl", vandaag=VANDAAG, boekje=True))
    zijden = (a5.paginas + 3) // 4 * 2
    pad = tmp_path / "boekje.pdf"
    pad.write_bytes(boekje.pdf)
    info = subprocess.run(["pdfinfo", str(pad)], capture_output=True, text=True).stdout
    assert re.search(rf"Pages:\s+{zijden}\n", info)
    assert re.search(r"Page size:\s+841\.\d+ x 595\.\d+ pts", info)   # A4 landscape
    eerste = pdftotext(boekje.pdf, tmp_path, "-f", "1", "-l", "1")
    assert "Wegwijzer" in eerste and f"1/{a5.paginas}" in eerste
    if a5.paginas % 4 == 0:
        assert f"{a5.paginas}/{a5.paginas}" in eerste


def test_a_character_no_font_has_is_reported_not_printed_silently():
    ib = maak_inburgeraar("nl")
    contacten = maak_contacten(ib)
    contacten[0].naam = "王 Wei"
    drukwerk = welkomstpakket(ib, contacten, PrintOpties(taal="nl", vandaag=VANDAAG))
    assert any("Tekens zonder lettertype" in w and "U+738B" in w for w in drukwerk.waarschuwingen)
