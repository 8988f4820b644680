"""Helpers to build score profiles on an instrument: per group one score, with exceptions per aspect."""
from __future__ import annotations

from desktop_app.core.observatie import Instrument


def profiel(instrument: Instrument, per_groep: dict[str, int], **uitzonderingen: int | None) -> dict[str, int | None]:
    scores = {a.id: per_groep[a.groep] for a in instrument.aspecten}
    scores.update(uitzonderingen)
    return scores


def met_totaal(instrument: Instrument, basis: int, totaal: int) -> dict[str, int]:
    """All aspects at `basis`, then the first ones raised one step until the sum is `totaal`."""
    scores = {a.id: basis for a in instrument.aspecten}
    rest = totaal - basis * len(scores)
    for a in instrument.aspecten:
        if rest <= 0:
            break
        scores[a.id] += 1
        rest -= 1
    assert sum(scores.values()) == totaal
    return scores
