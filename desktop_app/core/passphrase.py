"""Passphrase strength: zxcvbn's estimate of the guesses an attacker needs, with a Dutch word list and the user's own
name and role as words it knows, and advice in Dutch the user can act on."""
from __future__ import annotations

import dataclasses
import math
from typing import Sequence

# zxcvbn's "score 4": at least 10^10 guesses, its mark for resisting an offline attack on a slow hash (Argon2id here)
MINIMUM_BITS = 10 * math.log2(10)
_BASIS = "Te kort of te voorspelbaar: maak het langer (minstens 12 tekens), bijvoorbeeld vier losse woorden."


@dataclasses.dataclass(frozen=True)
class Oordeel:
    bits: float
    niveau: int        # 0 zwak · 1 matig · 2 goed · 3 sterk
    advies: str

    @property
    def voldoende(self) -> bool:
        return self.bits >= MINIMUM_BITS

    @property
    def label(self) -> str:
        return ("zwak", "matig", "goed", "sterk")[self.niveau]


def beoordeel(wachtwoord: str, eigen_woorden: Sequence[str] = ()) -> Oordeel:
    """`eigen_woorden`: the user's name, role and the like, which a passphrase must not lean on."""
    if not wachtwoord:
        return Oordeel(0, 0, "Kies een wachtwoord van minstens 12 tekens, bijvoorbeeld vier losse woorden.")
    zxcvbn = _zxcvbn()
    eigen = []
    for woord in eigen_woorden:
        delen = (woord or "").lower().replace(".", " ").split()
        eigen += delen + ["".join(delen), "".join(delen[1:])]    # "K. de Vries": k, de, vries, kdevries, devries
    uitslag = zxcvbn(wachtwoord[:100], user_inputs=eigen)   # zxcvbn is quadratic; 100 characters say enough
    bits = float(uitslag["guesses_log10"]) * math.log2(10)
    if bits < MINIMUM_BITS:
        return Oordeel(bits, 0, " ".join([_BASIS, *_waarom(uitslag["sequence"])]))
    if bits < 14 * math.log2(10):
        return Oordeel(bits, 1, "Voldoende. Langer maakt het sterker.")
    return Oordeel(bits, 2 if bits < 18 * math.log2(10) else 3, "Goed wachtwoord.")


def _waarom(reeks: list[dict]) -> list[str]:
    """What made it guessable, in the order zxcvbn found it, each reason once."""
    redenen: list[str] = []
    for deel in reeks:
        patroon = deel["pattern"]
        if patroon == "dictionary" and deel.get("dictionary_name") == "user_inputs":
            reden = "Gebruik niet uw eigen naam of rol."
        elif patroon == "dictionary" and deel.get("l33t"):
            reden = "Cijfers of tekens in plaats van letters (zoals 0 voor o) maken het nauwelijks sterker."
        elif patroon == "dictionary":
            reden = ("Vermijd veelgebruikte woorden en wachtwoorden, zoals 'welkom', 'wachtwoord', seizoenen, "
                     "maanden of plaatsnamen.")
        elif patroon in ("date", "regex"):
            reden = "Vermijd jaartallen en datums."
        elif patroon in ("repeat", "sequence"):
            reden = "Vermijd herhalingen en reeksen (zoals 'aaa' of '1234')."
        elif patroon == "spatial":
            reden = "Vermijd toetsenbordpatronen (zoals 'qwerty')."
        else:
            continue
        if reden not in redenen:
            redenen.append(reden)
    return redenen


_geladen = None


def _zxcvbn():
    """zxcvbn with the Dutch words, loaded at the first judgement (the lock screen never needs it)."""
    global _geladen
    if _geladen is None:
        from zxcvbn import matching, zxcvbn
        from .woorden_nl import WOORDEN
        matching.add_frequency_lists({"nederlands": WOORDEN})
        _geladen = zxcvbn
    return _geladen
