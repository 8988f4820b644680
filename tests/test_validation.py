import datetime as dt

import pytest

from desktop_app.core.model import Inburgeraar, valideer_inburgeraar
from desktop_app.core.validation import Ongeldig, controleer_bsn, controleer_v_nummer, lees_datum

VANDAAG = dt.date(2026, 11, 22)


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "1112.22.333", " 111222333 "])
def test_valid_bsn_passes_the_elfproef(bsn):
    assert len(controleer_bsn(bsn)) == 9


def test_eight_digit_bsn_gets_its_leading_zero():
    # 012345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2-2 = 110 = 10*11
    assert controleer_bsn("12345672") == "012345672"


@pytest.mark.parametrize("bsn, reason", [
    ("123456789", "elfproef"), ("12345678a", "alleen cijfers"), ("1234567", "9 cijfers"),
    ("000000000", "nullen"), ("١٢٣٤٥٦٧٨٢", "alleen cijfers"),
])
def test_impossible_bsn_is_refused_with_the_reason(bsn, reason):
    with pytest.raises(Ongeldig) as fout:
        controleer_bsn(bsn)
    assert reason in fout.value.melding


def test_v_nummer_has_ten_digits():
    assert controleer_v_nummer("12 3456 7890") == "1234567890"
    with pytest.raises(Ongeldig, match="10 cijfers"):
        controleer_v_nummer("123456789")


@pytest.mark.parametrize("tekst, datum", [("2024-02-29", dt.date(2024, 2, 29)), ("29-02-2024", dt.date(2024, 2, 29)),
                                          ("1/3/2025", dt.date(2025, 3, 1))])
def test_dates_are_read_the_dutch_way_too(tekst, datum):
    assert lees_datum(tekst, "x") == datum


def test_impossible_date_says_how_to_write_it():
    with pytest.raises(Ongeldig, match="dag-maand-jaar"):
        lees_datum("29-02-2025", "Geboortedatum")


def test_record_checks_name_future_dates_order_and_numbers():
    ib = Inburgeraar(geboortedatum=dt.date(2030, 1, 1), koppeling=dt.date(2026, 5, 1),
                     pip_dagtekening=dt.date(2026, 4, 1), bsn="123456789", v_nummer="12")
    fouten = {f.sleutel: f.melding for f in valideer_inburgeraar(ib, VANDAAG)}
    assert "voornaam of achternaam" in fouten["achternaam"]
    assert "toekomst" in fouten["geboortedatum"]
    assert "koppeling" in fouten["pip_dagtekening"]
    assert "elfproef" in fouten["bsn"]
    assert "10 cijfers" in fouten["v_nummer"]


def test_a_good_record_has_no_errors_and_names_are_normalised():
    ib = Inburgeraar(voornamen=" Amal ", achternaam="Haddad", naam_eigen_schrift="أمل حداد",
                     geboortedatum=dt.date(1990, 2, 28), koppeling=dt.date(2026, 1, 5), bsn="111222333")
    assert valideer_inburgeraar(ib, VANDAAG) == []
    assert ib.voornamen == "Amal"
