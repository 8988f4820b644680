"""Every benchmark prints its figures through `report`, one line each, so `make bench` can collect them into one table.

Line format (tab-separated, prefixed so it can be grepped out of other output):
BENCH<TAB>figure<TAB>value<TAB>floor<TAB>ratio<TAB>target<TAB>met

`report` computes the ratio (value / floor) and "met" itself, from the measured value and the targets it is given; a row
without a target is information and says "–" under met. No caller can write a result in.

A floor is measured like the figure it is compared with: after the same warm-up, the same number of runs, interleaved
with the figure's runs so both see the same machine (this one is shared: load comes and goes), and summarised the same
way. `interleaved` does that; tail figures (p99, the longest) are the median over rounds, so one stall does not decide.
"""
from __future__ import annotations

import dataclasses
import statistics
import time
from typing import Callable

UNITS = {"s": (1000, " ms", ".2f"), "MB": (1, " MB", ".0f"), "/s": (1, "/s", ".0f")}   # shown as: scale, suffix, format


def _text(amount: float, unit: str, form: str | None = None) -> str:
    scale, suffix, default = UNITS[unit]
    return f"{amount * scale:{form or default}}{suffix}"


@dataclasses.dataclass(frozen=True)
class Measured:
    """An amount in one of UNITS; `label` says what it is when it is a floor ("kale QMainWindow")."""
    amount: float
    unit: str
    label: str = ""

    def __post_init__(self):
        if self.unit not in UNITS:
            raise ValueError(f"unknown unit {self.unit!r}")

    def __str__(self) -> str:
        return f"{self.label} {_text(self.amount, self.unit)}".strip()


def seconds(amount: float, label: str = "") -> Measured:
    return Measured(amount, "s", label)


def megabytes(amount: float, label: str = "") -> Measured:
    return Measured(amount, "MB", label)


def per_second(amount: float, label: str = "") -> Measured:
    return Measured(amount, "/s", label)


@dataclasses.dataclass(frozen=True)
class Target:
    """A comparison: the value at most / at least `limit`, or the ratio value / floor at most `limit`."""
    limit: Measured | float
    at_least: bool = False

    @property
    def on_ratio(self) -> bool:
        return not isinstance(self.limit, Measured)

    def met(self, value: Measured, ratio: float | None) -> bool:
        if self.on_ratio:
            if ratio is None:
                raise ValueError("a ratio target needs a floor")
            return ratio <= self.limit
        if self.limit.unit != value.unit:
            raise ValueError(f"target in {self.limit.unit}, value in {value.unit}")
        return value.amount >= self.limit.amount if self.at_least else value.amount <= self.limit.amount

    def __str__(self) -> str:
        limit = f"{self.limit:g}×" if self.on_ratio else _text(self.limit.amount, self.limit.unit, "g")
        return f"{'≥' if self.at_least else '≤'} {limit}"


def at_most(limit: Measured) -> Target:
    return Target(limit)


def at_least(limit: Measured) -> Target:
    return Target(limit, at_least=True)


def ratio_at_most(limit: float) -> Target:
    return Target(float(limit))


def report(figure: str, value: Measured, floor: Measured | None = None, *targets: Target) -> None:
    if floor is not None and floor.unit != value.unit:
        raise ValueError(f"floor in {floor.unit}, value in {value.unit}")
    ratio = None if floor is None else value.amount / floor.amount
    met = ("ja" if all(t.met(value, ratio) for t in targets) else "NEE") if targets else "–"
    print("\t".join(["BENCH", figure, str(value), "-" if floor is None else str(floor),
                     "-" if ratio is None else f"{ratio:.2f}×", ", ".join(map(str, targets)) or "-", met]), flush=True)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved(figure: Callable[[], object], floor: Callable[[], object], repeat: int, warmup: int = 1,
                before: Callable[[], object] = lambda: None) -> tuple[list[float], list[float]]:
    """Wall times of `figure` and `floor`, run alternately `repeat` times each after `warmup` untimed pairs;
    `before` runs untimed ahead of each figure run (to leave the screen the figure starts from)."""
    for _ in range(warmup):
        before()
        figure()
        floor()
    times, floor_times = [], []
    for _ in range(repeat):
        before()
        times.append(timed(figure))
        floor_times.append(timed(floor))
    return times, floor_times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def tail(values: list[float], p: float, rounds: int = 5) -> float:
    """The p-th percentile (100: the longest) of each round of consecutive values, median over the rounds: on a shared
    machine one stall from another process must not decide a tail figure, nor its floor."""
    size = len(values) // rounds
    return statistics.median(percentile(values[i * size:(i + 1) * size], p) for i in range(rounds))
