"""`make bench`: run every benchmark in bench/ and print one table: figure, value, floor, ratio, target, met."""
from __future__ import annotations

import os
import pathlib
import subprocess
import sys


def main() -> int:
    load_before = os.getloadavg()[0]
    rows, failed = [], []
    for script in sorted(pathlib.Path(__file__).parent.glob("bench_*.py")):
        module = f"bench.{script.stem}"
        print(f"… {module}", file=sys.stderr, flush=True)
        result = subprocess.run([sys.executable, "-m", module], capture_output=True, text=True)
        if result.returncode:
            failed.append((module, result.stderr.strip().splitlines()[-1:] or ["?"]))
        rows += [line.split("\t")[1:] for line in result.stdout.splitlines() if line.startswith("BENCH\t")]
    header = ["figure", "value", "floor", "ratio", "target", "met"]
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths]] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))
    for module, last in failed:
        print(f"FAILED {module}: {last[0]}")
    with_target = [r for r in rows if r[-1] in ("ja", "NEE")]     # "–": information, no target to meet
    met = sum(1 for r in with_target if r[-1] == "ja")
    print(f"\n{met} of {len(with_target)} targets met ({len(rows) - len(with_target)} rows information only)"
          + (f", {len(failed)} benchmark(s) failed" if failed else ""))
    # the machine is shared: other processes move the absolute values, less so a ratio to a floor run alongside
    print(f"{os.cpu_count()} cores, load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
