"""Foundation benchmarks (issue 2), each against a floor measured in the same run:
- start to lock screen vs a bare PySide6 QMainWindow (target ≤ 1.5×)
- one autosave-sized write incl. audit and outbox vs a plain SQLite write with the same durability (≤ 1.3×, p99 ≤ 5 ms)
- unlock to a caseload of 10,000 demo inburgeraars visible, beyond the KDF (≤ 150 ms)
- resident memory with 10,000 loaded (≤ 250 MB)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import measure, ms, percentile, report

ROOT = Path(__file__).parents[1]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
PASS = "bench wachtwoord met vier woorden"

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""
KOERS = """
import time, sys; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from desktop_app.gui.main_window import MainWindow
app = QApplication([]); w = MainWindow(sys.argv[1]); w.show(); app.processEvents()
assert type(w.stack.currentWidget()).__name__ == "LockScreen"
assert "sqlalchemy" not in sys.modules, "the lock screen must not load the database layer"
print(time.perf_counter() - t0)
"""


def _in_process(code: str, *args: str) -> float:
    """Wall time of a fresh interpreter up to the shown window (interpreter start included for both)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=ENV, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def startup(store_dir: Path) -> None:
    floor = measure(lambda: _in_process(BARE), 5)
    koers = measure(lambda: _in_process(KOERS, str(store_dir)), 5)
    ratio = koers / floor
    report("start tot vergrendelscherm", ms(koers), f"kale QMainWindow {ms(floor)}", ratio, "≤ 1.5x", ratio <= 1.5)


def autosave(store) -> None:
    from desktop_app.core.model import Inburgeraar
    ib = Inburgeraar(voornamen="Amal", achternaam="Haddad")
    store.save(ib)
    times = []
    for i in range(400):
        start = time.perf_counter()
        store.put("inburgeraar", ib.id, {"adres": f"Stationsweg {i}"})
        times.append(time.perf_counter() - start)

    with tempfile.TemporaryDirectory() as tmp:
        plain = sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None)
        for pragma in ("journal_mode = WAL", "synchronous = FULL"):
            plain.execute(f"PRAGMA {pragma}")
        plain.execute("create table record (id text primary key, data text)")
        plain.execute("insert into record values ('x', ?)", (json.dumps(ib.to_fields()),))
        floor_times = []
        for i in range(400):
            data = json.dumps({**ib.to_fields(), "adres": f"Stationsweg {i}"})
            start = time.perf_counter()
            plain.execute("begin")
            plain.execute("update record set data = ? where id = 'x'", (data,))
            plain.execute("commit")
            floor_times.append(time.perf_counter() - start)
        plain.close()
    med, floor_med = percentile(times, 50), percentile(floor_times, 50)
    p99 = percentile(times, 99)
    report("autosave (record + audit + outbox), mediaan", ms(med), f"kale SQLite-write {ms(floor_med)}",
           med / floor_med, "≤ 1.3x", med / floor_med <= 1.3)
    report("autosave p99", ms(p99), f"kale SQLite p99 {ms(percentile(floor_times, 99))}", None, "≤ 5 ms", p99 <= 0.005)


def caseload(store_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.store import vault
    from desktop_app.store.store import Store

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    vault.unwrap(store_dir, PASS)
    kdf = time.perf_counter() - start

    window = MainWindow(store_dir)
    window.show()
    app.processEvents()
    start = time.perf_counter()
    store = Store.open(store_dir, PASS)
    window._open(store)
    app.processEvents()
    total = time.perf_counter() - start
    rows = window.caseload.proxy.rowCount()
    assert rows >= 10_000, rows
    beyond = total - kdf
    report("ontgrendelen tot caseload 10.000 zichtbaar (zonder KDF)", ms(beyond), f"KDF {ms(kdf)}", None, "≤ 150 ms",
           beyond <= 0.150)
    rss = _rss_mb()
    report("geheugen (RSS) met 10.000 geladen", f"{rss:.0f} MB", "-", None, "≤ 250 MB", rss <= 250)
    window.lock()
    window.close()


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    from desktop_app.core.demo import demo_inburgeraars
    from desktop_app.store.store import Store
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = Path(tmp) / "store"
        store = Store.create(store_dir, PASS, user="bench")
        mensen = demo_inburgeraars(10_000, dt.date.today())
        with store.transaction() as conn:
            for ib in mensen:
                store.put(ib.ENTITY, ib.id, ib.to_fields(), conn=conn)
        autosave(store)
        store.close()
        startup(store_dir)
        caseload(store_dir)


if __name__ == "__main__":
    main()
