"""Passphrase strength: a rough estimate of guessing effort with advice the user can act on (no dictionary shipped)."""
from __future__ import annotations

import dataclasses
import math
import unicodedata

MINIMUM_BITS = 50


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


def beoordeel(wachtwoord: str) -> Oordeel:
    if not wachtwoord:
        return Oordeel(0, 0, "Kies een wachtwoord van minstens 12 tekens, bijvoorbeeld vier losse woorden.")
    klassen = 0
    for test, grootte in ((str.islower, 26), (str.isupper, 26), (str.isdigit, 10)):
        if any(test(c) for c in wachtwoord):
            klassen += grootte
    if any(not c.isalnum() for c in wachtwoord):
        klassen += 33
    if any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in wachtwoord):
        klassen += 100
    # repeated characters add little: count distinct runs
    effectief = sum(1 for i, c in enumerate(wachtwoord) if i == 0 or c != wachtwoord[i - 1])
    bits = effectief * math.log2(max(klassen, 2)) * (0.75 if len(set(wachtwoord)) < len(wachtwoord) / 2 else 1)
    niveau = 0 if bits < MINIMUM_BITS else 1 if bits < 65 else 2 if bits < 85 else 3
    if niveau == 0:
        advies = "Te kort of te voorspelbaar: maak het langer (minstens 12 tekens), bijvoorbeeld vier losse woorden."
    elif niveau == 1:
        advies = "Voldoende. Langer maakt het sterker."
    else:
        advies = "Goed wachtwoord."
    return Oordeel(bits, niveau, advies)
