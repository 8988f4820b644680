"""The welkomstpakket per doelgroep: it promises what the municipality offers that doelgroep and nothing else
(DOMAIN.md "Doelgroepen: what differs"). Read back from the PDF with pdftotext, as a reader's tools see it."""
import dataclasses
import datetime as dt

import pytest

from desktop_app.core.model import Doelgroep
from desktop_app.printing.documenten import PrintOpties, welkomstpakket
from desktop_app.printing.inhoud import Teksten

from .conftest import VANDAAG, maak_contacten, maak_inburgeraar, pdftotext

LANG_ADRES = "Burgemeester van Nispen tot Sevenaerstraat 127-3 hoog achter, 3846 CK Harderwijk"   # 80 characters
# (warme overdracht, bijstand and ontzorgen, the municipality offers and pays the leerroute)
AANBOD = {"asielstatushouder": (True, True, True), "nareiziger": (False, True, True),
          "gezinsmigrant": (False, False, False), "overige_migrant": (False, False, False)}


def pakket(doelgroep: str, taal: str, tmp_path) -> str:
    ib = dataclasses.replace(maak_inburgeraar(taal), doelgroep=doelgroep, voornamen="Fatimah Al-Zahraa Abdulkarim",
                             achternaam="Abdullah Mahmoudi", adres=LANG_ADRES,
                             naam_eigen_schrift="فاطمة الزهراء عبد الكريم عبد الله محمودي")
    drukwerk = welkomstpakket(ib, maak_contacten(ib), PrintOpties(taal=taal, vandaag=VANDAAG))
    assert not any("Tekens zonder lettertype" in w for w in drukwerk.waarschuwingen)
    return " ".join(pdftotext(drukwerk.pdf, tmp_path).split())


@pytest.mark.parametrize("doelgroep", [d.value for d in Doelgroep])
def test_the_dutch_welkomstpakket_promises_what_the_doelgroep_gets(doelgroep, tmp_path):
    warme_overdracht, bijstand, leerroute_betaald = AANBOD[doelgroep]
    tekst = pakket(doelgroep, "nl", tmp_path)
    assert ("Warme overdracht" in tekst) is warme_overdracht
    assert ("Inschrijving in de gemeente" in tekst) is not warme_overdracht     # a nareiziger has no AZC
    assert ("bijstandsuitkering" in tekst) is bijstand
    assert ("ontzorg" in tekst.lower()) is bijstand
    assert ("De gemeente biedt u een leerroute aan en betaalt de lessen en de examens." in tekst) is leerroute_betaald
    assert ("Daarvoor kunt u geld lenen bij DUO." in tekst) is not leerroute_betaald
    assert ("eigen keuze; MAP en PVT via de gemeente" in tekst) is not leerroute_betaald
    # the municipality changes only a route it offers (seed 002 §3): the 18 months are no promise to the others
    assert ("U kunt uw leerroute laten wijzigen tot 15 februari 2027." in tekst) is leerroute_betaald
    assert "Uw inburgeringstermijn duurt 3 jaar: van 16 augustus 2025 tot en met 15 augustus 2028." in tekst
    # the legal PVT deadline is the end of the termijn, not the first year (that is a municipal target)
    assert "Onderteken uw participatieverklaring (PVT) uiterlijk op 15 augustus 2028." in tekst
    if bijstand:   # ontzorgen from 15-08-2025: evaluation by the last day of 3 months, at least through 6 months
        assert ("Na 3 maanden, uiterlijk op 14 november 2025, bespreken we hoe het gaat. Het ontzorgen duurt in elk "
                "geval tot en met 14 februari 2026.") in tekst
    else:
        assert "bijstand" not in tekst and "uitkering" not in tekst.lower() and "Geld en inkomen" in tekst
    assert "warme overdracht" not in tekst.lower() or warme_overdracht


@pytest.mark.parametrize("taal", ["en", "ar", "ti", "fa", "so"])
@pytest.mark.parametrize("doelgroep", ["asielstatushouder", "gezinsmigrant"])
def test_every_language_promises_the_same(doelgroep, taal, tmp_path):
    """The translations keep the Dutch terms bijstand and financieel ontzorgen in brackets: a language-independent
    check that those paragraphs are (not) there; the step names are checked in the reader's own language."""
    warme_overdracht, bijstand, _ = AANBOD[doelgroep]
    tekst = pakket(doelgroep, taal, tmp_path)
    t = Teksten(taal)
    assert ("bijstand" in tekst) is bijstand and ("ontzorgen" in tekst) is bijstand
    assert (str(t.get("stap_warme_overdracht")) in tekst) is warme_overdracht
    assert (str(t.get("stap_inschrijving")) in tekst) is not warme_overdracht
    assert (str(t.get("inkomen_migrant_kop")) in tekst) is not bijstand


def test_a_nareiziger_starts_from_the_inschrijving_not_an_azc(tmp_path):
    """Seed 002 §2.1: a nareiziger lives with family from the start; the intake counts from the inschrijving."""
    ib = dataclasses.replace(maak_inburgeraar("nl"), doelgroep="nareiziger", koppeling=dt.date(2025, 6, 20),
                             brp_inschrijving=dt.date(2025, 6, 10), intake_start=None)
    tekst = " ".join(pdftotext(welkomstpakket(ib, [], PrintOpties(taal="nl", vandaag=VANDAAG)).pdf,
                               tmp_path).split())
    assert "Inschrijving in de gemeente" in tekst and "Warme overdracht" not in tekst
    assert "gedaan op 10 juni 2025" in tekst                          # the first step: the inschrijving
    assert "uiterlijk 10 augustus 2025" in tekst                      # intake: 2 months from the day after 10-06
    assert "tussen 5 augustus 2025 en 2 september 2025" in tekst      # weeks 8-12 after the inschrijving
