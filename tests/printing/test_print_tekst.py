"""The text layer: bidi per line after breaking, isolation, font runs, glyph coverage, extraction in logical order."""
import re
import unicodedata

import pytest

from desktop_app.printing.inhoud import alle_teksten
from desktop_app.printing.opmaak import Opmaak
from desktop_app.printing.tekst import (_kies_fonts, _levels, _visuele_volgorde, isoleer, ontbrekende_tekens,
                                        zet_alinea)

from .conftest import pdftotext

AR = (f"مرحباً {isoleer('Amal Haddad')}، رقمك هو {isoleer('V-1234567890')}. اتصل بمدير الحالة على الرقم "
      f"{isoleer('06-12345678')} قبل {isoleer('12 مارس 2026')} وشكراً لك على التعاون والصبر خلال الأشهر الثلاثة "
      f"القادمة.")
FA = (f"سلام {isoleer('Shirin Ahmadi')}، شما می‌توانید تا {isoleer('12 مارس 2026')} با شمارهٔ "
      f"{isoleer('06-12345678')} تماس بگیرید؛ این برنامه 3 سال طول می‌کشد و در آن 800 ساعت شرکت می‌کنید.")

# a word: a run of one script (Arabic letters with ZWNJ and marks, Latin letters, digits)
_WOORD = re.compile(r"[\u0621-\u065F\u0670-\u06D3\u06FA-\u06FC]+|[A-Za-z]+|[0-9]+")


def woorden(tekst: str) -> list[str]:
    tekst = "".join(c for c in unicodedata.normalize("NFC", tekst) if unicodedata.category(c) != "Cf"
                    or c == "\u200c")
    return _WOORD.findall(tekst.replace("\u200c", ""))


def test_rule_l2_reverses_from_highest_level_down():
    # "abc" at level 2 inside level 1: the whole line reverses, then the embedded run back again
    assert _visuele_volgorde([1, 1, 2, 2, 2, 1]) == [5, 2, 3, 4, 1, 0]
    assert _visuele_volgorde([0, 0, 0]) == [0, 1, 2]


def test_isolated_latin_name_keeps_its_order_inside_arabic():
    levels = _levels(f"مرحبا {isoleer('Amal Haddad')} شكرا", rtl=True)
    assert set(levels[7:18]) == {2}          # "Amal Haddad" one LTR run at level 2
    regel = zet_alinea(f"مرحبا {isoleer('Amal Haddad')} شكرا", 500, 12, rtl=True)[0]
    assert regel.visueel.index("Amal Haddad") >= 0
    assert regel.visueel.startswith("ا")     # the last Arabic word stands leftmost … ("شكرا" reversed)
    assert regel.visueel.endswith("م")       # … and the first word rightmost ("مرحبا" reversed)


def test_paragraph_breaks_on_logical_text_and_reorders_each_line():
    regels = zet_alinea(AR, 220, 12, rtl=True)
    assert len(regels) >= 3
    assert woorden(" ".join(r.logisch for r in regels)) == woorden(AR)   # breaking kept the logical order
    assert all(r.breedte <= 220 for r in regels)
    # an isolated value is never split over two lines
    assert any("12 مارس 2026" in r.logisch for r in regels)


def test_font_runs_fall_back_per_character():
    tekst = "مرحباً (مهم) — ሰላም 2026"
    families = dict(zip(tekst, _kies_fonts(tekst)))
    assert families["م"] == "arabic"
    assert families["("] == "latin"          # Noto Naskh Arabic has no parentheses
    assert families["—"] == "latin"          # … nor the em dash
    assert families["ሰ"] == "ethiopic"
    assert families["2"] == "latin"          # Noto Sans Ethiopic has no ASCII digits


def test_every_shipped_text_is_covered_by_a_shipped_font():
    for taal, teksten in alle_teksten().items():
        for sleutel, tekst in teksten.items():
            assert ontbrekende_tekens(tekst) == [], f"{taal}/{sleutel}"


def test_coverage_check_fails_on_a_character_no_font_has():
    assert ontbrekende_tekens("Welkom 中 \U0001F600") == ["中", "\U0001F600"]
    assert ontbrekende_tekens(isoleer("Amal") + "\u200c") == []   # controls are not drawn


@pytest.mark.parametrize("tekst", [AR, FA], ids=["ar", "fa"])
def test_pdftotext_gives_words_in_logical_order(tekst, tmp_path):
    opmaak = Opmaak(rtl=True)
    opmaak.breedte = 56 * 2 + 230           # a narrow column: the paragraph wraps over several lines
    opmaak.alinea(tekst)
    assert len(opmaak.paginas[0].ops) >= 3
    uit = pdftotext(opmaak.pdf("test"), tmp_path)
    assert woorden(uit) == woorden(tekst)
    assert "Amal Haddad" in uit or "Shirin Ahmadi" in uit   # the isolated name, in its own order
