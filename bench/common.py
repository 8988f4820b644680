"""Every benchmark prints its figures through `report`, one line each, so `make bench` can collect them into one table.

Line format (tab-separated, prefixed so it can be grepped out of other output):
BENCH<TAB>figure<TAB>value<TAB>floor<TAB>ratio<TAB>target<TAB>met
"""
from __future__ import annotations

import statistics
import time
from typing import Callable


def measure(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `fn` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(figure: str, value: str, floor: str, ratio: float | None, target: str, met: bool) -> None:
    ratio_text = "-" if ratio is None else f"{ratio:.2f}x"
    print(f"BENCH\t{figure}\t{value}\t{floor}\t{ratio_text}\t{target}\t{'ja' if met else 'NEE'}", flush=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"
