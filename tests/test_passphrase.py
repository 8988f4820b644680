"""Issue 12.5: passphrase strength with zxcvbn, a Dutch word list and the user's own name and role; Dutch advice."""
import pytest

from desktop_app.core.passphrase import beoordeel

EIGEN = ["K. de Vries", "consultant"]


@pytest.mark.parametrize("zwak", ["Password1!", "Welkom01!", "Zomer2025", "Koers2026!", "Januari2026",
                                  "Amsterdam1!", "wachtwoord123", "Kdevries2026!", "consultant2026", "qwerty123456"])
def test_common_and_personal_passwords_are_refused_with_dutch_advice(zwak):
    oordeel = beoordeel(zwak, EIGEN)
    assert not oordeel.voldoende and oordeel.label == "zwak"
    assert oordeel.advies.startswith("Te kort of te voorspelbaar")


def test_the_advice_says_what_made_it_guessable():
    assert "eigen naam" in beoordeel("Kdevries2026!", EIGEN).advies
    assert "welkom" in beoordeel("Welkom01!", EIGEN).advies
    assert "herhalingen" in beoordeel("aaaaaaaaaaaaaaa", EIGEN).advies


@pytest.mark.parametrize("lang", ["correct paard batterij nietje", "vier losse woorden tellen",
                                  "lange geheime zin voor de test", "zeven gouden ganzen boven Dalfsen",
                                  "ليلى تشرب الشاي في الحديقة", "ቡና ምስ ጸባ ኣብ ገዛ"])
def test_long_passphrases_pass(lang):
    oordeel = beoordeel(lang, EIGEN)
    assert oordeel.voldoende and oordeel.label in ("goed", "sterk"), oordeel
