"""Importing a large CSV (issue 12.11): 100,000 rows through `koers import`, in bounded memory. Prints the time and
the peak resident memory of the import process, against the same command on 1,000 rows (the floor: Python, the
libraries and an open store). It takes about two minutes."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import report
from desktop_app.store import vault
from desktop_app.store.store import Store

ROOT = Path(__file__).parents[1]
PASS = "bench wachtwoord met vier woorden"
KOP = "voornamen;achternaam;naam_eigen_schrift;geboortedatum;doelgroep;bsn;v_nummer;koppeling\n"
DOELGROEPEN = ("asielstatushouder", "nareiziger", "gezinsmigrant", "overige_migrant")


def bsn(i: int) -> str:
    """A 9-digit number that passes the elfproef, different for every i (fictional)."""
    for voorloop in (10_000_000 + 2 * i, 10_000_001 + 2 * i):   # one of the two has a valid check digit
        controle = sum(int(c) * w for c, w in zip(f"{voorloop:08d}", range(9, 1, -1))) % 11
        if controle < 10:
            return f"{voorloop:08d}{controle}"
    raise AssertionError(i)


def schrijf_csv(pad: Path, rijen: int) -> None:
    with open(pad, "w", encoding="utf-8") as fh:
        fh.write(KOP)
        for i in range(rijen):
            fh.write(f"Rania{i};Suleiman-Haddad {i};رانيا سليمان;{1 + i % 28:02d}-{1 + i % 12:02d}-{1960 + i % 45};"
                     f"{DOELGROEPEN[i % 4]};{bsn(i)};{1_000_000_000 + i};01-10-2026\n")


def importeer(werk: Path, rijen: int) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of `koers import` of `rijen` rows into a new store."""
    store, csv, pw = werk / f"s{rijen}", werk / f"{rijen}.csv", werk / "pw"
    pw.write_text(PASS + "\n")
    schrijf_csv(csv, rijen)
    # A cheap KDF for the store: Argon2id's 256 MiB would be the peak of every run and hide the import's own memory.
    Store.create(store, PASS, user="bench", kdf=vault.FAST_KDF_FOR_TESTS).close()
    code = ("import resource, sys, time\nfrom desktop_app.cli import main\nt = time.perf_counter()\n"
            "rc = main(sys.argv[1:])\nprint(time.perf_counter() - t, "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, rc)")
    uit = subprocess.run([sys.executable, "-c", code, "import", "--store", store, "--passphrase-file", pw, csv],
                         check=True, cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert uit[-1] == "0", uit
    return float(uit[-3]), float(uit[-2])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        werk = Path(tmp)
        klein_s, klein_mb = importeer(werk, 1_000)
        groot_s, groot_mb = importeer(werk, 100_000)
    # what grows is the duplicate check's digests (about 30 MB per 100,000 rows), never the records themselves
    report("import 100,000 CSV rows: peak RSS", f"{groot_mb:.0f} MB", f"{klein_mb:.0f} MB (1,000 rows)",
           groot_mb / klein_mb, "≤ floor + 50 MB", groot_mb <= klein_mb + 50)
    report("import 100,000 CSV rows: time", f"{groot_s:.1f} s", f"{klein_s:.2f} s (1,000 rows)",
           groot_s / klein_s, "-", True)


if __name__ == "__main__":
    main()
