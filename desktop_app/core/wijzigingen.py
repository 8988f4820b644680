"""What a write or a sync round changed. Every service call that writes returns one; the GUI carries it to every open
view in one signal, and each view reloads what it shows when the change touches it (Anki's OpChanges)."""
from __future__ import annotations

import dataclasses
from typing import Iterable


@dataclasses.dataclass(frozen=True)
class Wijzigingen:
    records: frozenset[tuple[str, str]] = frozenset()     # (soort, id) of every record written
    inburgeraars: frozenset[str] = frozenset()           # the people those records belong to
    waarschuwingen: tuple[str, ...] = ()                  # said to the user, the write went through
    gesynchroniseerd: bool = False                        # a sync round ran (its time, the outbox, the conflicts)

    @classmethod
    def van(cls, records: Iterable[tuple[str, str]] = (), inburgeraars: Iterable[str] = (),
            waarschuwingen: Iterable[str | None] = ()) -> "Wijzigingen":
        return cls(frozenset(records), frozenset(i for i in inburgeraars if i),
                   tuple(w for w in waarschuwingen if w))

    def __or__(self, ander: "Wijzigingen") -> "Wijzigingen":
        return Wijzigingen(self.records | ander.records, self.inburgeraars | ander.inburgeraars,
                           self.waarschuwingen + ander.waarschuwingen, self.gesynchroniseerd or ander.gesynchroniseerd)

    def __bool__(self) -> bool:
        return bool(self.records) or self.gesynchroniseerd

    def raakt(self, *soorten: str) -> bool:
        return any(soort in soorten for soort, _ in self.records)

    def raakt_inburgeraar(self, inburgeraar_id: str) -> bool:
        return inburgeraar_id in self.inburgeraars


GEEN = Wijzigingen()
