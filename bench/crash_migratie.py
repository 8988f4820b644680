"""A crash test for schema migrations: SIGKILL the upgrade of a store at every SQL statement boundary and at random
moments, then open the store as a user would and count the stores that are bricked (do not open, lost data, or are
not intact). Also checks that the copy taken before the migration is taken once, however often it is retried.

    python -m bench.crash_migratie [--random 300]

tests/store/test_migratie_crash.py runs a bounded number of the same trials.
"""
from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
PASS = "correct paard batterij nietje"
VAN = "0001"          # the oldest schema: the upgrade runs every migration there is
ONBRUIKBAAR = "onbruikbaar"

# Runs Store.open (which migrates). With a statement number N > 0 it kills itself just before statement N starts
# (SQLite's trace callback fires at the start of each statement); it prints the number of statements it saw.
KIND = """
import os, signal, sys, time
import desktop_app.store.store as st
stop, teller = int(sys.argv[3]), [0]
def spoor(_sql):
    teller[0] += 1
    if teller[0] == stop:
        os.kill(os.getpid(), signal.SIGKILL)
echt = st.Store._verbind
def verbind(self, path):
    conn = echt(self, path)
    conn.set_trace_callback(spoor)
    return conn
st.Store._verbind = verbind
print("start", flush=True)
t0 = time.perf_counter()
st.Store.open(sys.argv[1], sys.argv[2]).close()
print("klaar", teller[0], time.perf_counter() - t0, flush=True)
"""


def maak_sjabloon(pad: Path, inburgeraars: int = 300) -> int:
    """A store at schema 0001 with data; returns its number of live records."""
    from alembic import command
    from desktop_app.core.demo import demo_inburgeraars
    from desktop_app.store import vault
    from desktop_app.store.migrate import _config
    from desktop_app.store.store import Store
    import datetime as dt
    store = Store.create(pad, PASS, user="K. de Vries", kdf=vault.FAST_KDF_FOR_TESTS)
    with store.transaction() as conn:
        for ib in demo_inburgeraars(inburgeraars, dt.date(2026, 11, 22)):
            store.put(ib.ENTITY, ib.id, ib.to_fields(), conn=conn)
    config = _config()
    with store.transaction() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, VAN)
    aantal = sum(store.aantallen().values())
    store.close()
    return aantal


def _start(pad: Path, stop: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", KIND, str(pad), PASS, str(stop)], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def meet(sjabloon: Path, werk: Path) -> tuple[int, float]:
    """One undisturbed upgrade: (statements it runs, seconds Store.open takes)."""
    pad = werk / "meting"
    shutil.copytree(sjabloon, pad)
    kind = _start(pad, 0)
    uit = kind.communicate()[0].split()
    shutil.rmtree(pad)
    return int(uit[-2]), float(uit[-1])


def proef(sjabloon: Path, pad: Path, aantal: int, *, stop: int = 0, na: float | None = None) -> str | None:
    """Kill one upgrade (at statement `stop`, or `na` seconds into Store.open), then open it as a user would.
    Returns None when the store is fine, else what is wrong (starting with ONBRUIKBAAR when the store is bricked)."""
    from sqlalchemy import text
    from desktop_app.store.migrate import HEAD, current_revision
    from desktop_app.store.store import Store
    shutil.copytree(sjabloon, pad)
    kind = _start(pad, stop)
    if na is not None:
        kind.stdout.readline()          # "start": Store.open begins now
        time.sleep(na)
        with contextlib.suppress(ProcessLookupError):
            kind.send_signal(signal.SIGKILL)
    kind.communicate()
    try:
        store = Store.open(pad, PASS)
    except Exception as fout:       # noqa: BLE001 - every failure to open is a bricked store
        return f"{ONBRUIKBAAR}: opent niet: {type(fout).__name__}: {fout}"
    try:
        with store.transaction() as conn:
            if conn.execute(text("PRAGMA integrity_check")).scalar() != "ok":
                return f"{ONBRUIKBAAR}: integrity_check faalt"
        if current_revision(store) != HEAD:
            return f"{ONBRUIKBAAR}: schema {current_revision(store)} in plaats van {HEAD}"
        if sum(store.aantallen().values()) != aantal:
            return f"{ONBRUIKBAAR}: {sum(store.aantallen().values())} van {aantal} records"
        migratiekopieen = [p.name for p in store.backups() if "voor-migratie" in p.name]
        if len(migratiekopieen) > 1:
            return f"{len(migratiekopieen)} kopieën voor de migratie"
        if any(p.name.endswith(".bezig") for p in (pad / "backups").iterdir()):
            return "onaffe kopie blijft staan"
    finally:
        store.close()
    shutil.rmtree(pad)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=300, help="trials killed at a random moment")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        werk = Path(tmp)
        aantal = maak_sjabloon(werk / "sjabloon")
        statements, duur = meet(werk / "sjabloon", werk)
        print(f"upgrade {VAN} → nieuwste: {statements} statements, Store.open {duur * 1000:.0f} ms, {aantal} records")
        proeven = [("statement", n, None) for n in range(1, statements + 1)]
        proeven += [("willekeurig", 0, rng.uniform(0, duur * 1.2)) for _ in range(args.random)]
        fouten = []
        start = time.perf_counter()
        for i, (soort, stop, na) in enumerate(proeven):
            fout = proef(werk / "sjabloon", werk / f"p{i}", aantal, stop=stop, na=na)
            if fout:
                fouten.append(fout)
                print(f"FOUT na {soort} {stop or f'{na * 1000:.0f} ms'}: {fout}", flush=True)
        onbruikbaar = sum(1 for f in fouten if f.startswith(ONBRUIKBAAR))
        print(f"{len(proeven)} proeven ({statements} op elke statementgrens, {args.random} op een willekeurig "
              f"moment) in {time.perf_counter() - start:.0f} s: {onbruikbaar} opslagen onbruikbaar, "
              f"{len(fouten) - onbruikbaar} met een andere fout (extra kopie, onaffe kopie)")
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
