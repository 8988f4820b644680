"""StarterZ-klas benchmarks: a key press in the 12 × 24 scoring grid, and the trajectadvies for 1,000 cursisten.

Floors measured in the same run, interleaved with the figure: a key press (arrow) in a bare 12 × 24 QTableWidget;
summing the scores for 1,000 cursisten in a plain loop; a plain SQLite transaction updating as many JSON rows as the
grid's autosave writes.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402

from bench.common import at_most, interleaved, report, seconds, tail  # noqa: E402
from desktop_app.core.model import Inburgeraar  # noqa: E402
from desktop_app.core.observatie import (Dekking, Observatie, Observatiemoment, Plaatsing,  # noqa: E402
                                         StartklasGroep, voorstel_eindscore)
from desktop_app.core.trajectadvies import HardeGegevens, bereken_advies  # noqa: E402
from desktop_app.diensten import Diensten  # noqa: E402
from desktop_app.diensten.startklas import instrumenten  # noqa: E402
from desktop_app.gui.bediening import Bediening  # noqa: E402
from desktop_app.store import vault  # noqa: E402
from desktop_app.store.store import Store  # noqa: E402

VANDAAG = dt.date(2026, 11, 22)
START = dt.date(2026, 9, 8)


def toets(widget, key, tekst="") -> float:
    """Wall time of one key press + release and the repaint it causes."""
    app = QApplication.instance()
    start = time.perf_counter()
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, key, Qt.NoModifier, tekst))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, key, Qt.NoModifier, tekst))
    app.processEvents()
    return time.perf_counter() - start


def bench_rooster() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(f"{tmp}/s", "bench bench bench", user="J. Bakker", role="docent",
                             kdf=vault.FAST_KDF_FOR_TESTS)
        groep = StartklasGroep(naam="Bench", docenten=["J. Bakker"], startdatum=START, lesdagen=["dinsdag"])
        sk = Diensten(store, vandaag=VANDAAG).startklas
        sk.bewaar_groep(groep)
        for i in range(12):
            ib = Inburgeraar(voornamen=f"Cursist {i + 1:02d}", achternaam="Bench")
            store.save(ib)
            sk.plaats(Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=START))
        sk.bewaar_moment(Observatiemoment(groep_id=groep.id, datum=VANDAAG), [])

        from desktop_app.gui.observatie import StartklasView
        view = StartklasView(Bediening(sk.d))
        view.resize(1280, 760)
        view.show()
        view.tabs.setCurrentIndex(1)
        app.processEvents()
        tabel = view.observeren.tabel
        assert (tabel.model().rowCount(), tabel.model().columnCount()) == (12, 24)

        bare = QTableWidget(12, 24)
        for r in range(12):
            for k in range(24):
                bare.setItem(r, k, QTableWidgetItem(str(1 + (r + k) % 4)))
        bare.resize(1280, 760)
        bare.show()
        bare.setCurrentCell(0, 0)
        app.processEvents()

        rng = random.Random(1)
        tijden, vloer = [], []
        for ronde in range(4):                     # the first round warms up (first paint, lazy set-up): not timed
            tabel.setCurrentIndex(tabel.model().index(0, 0))
            bare.setCurrentCell(0, 0)
            for _ in range(12 * 24):
                cijfer = str(rng.randint(1, 4))
                t = toets(tabel, getattr(Qt, f"Key_{cijfer}"), cijfer)
                v = toets(bare, Qt.Key_Right)
                if ronde:
                    tijden.append(t)
                    vloer.append(v)
                if bare.currentColumn() == 23:
                    bare.setCurrentCell((bare.currentRow() + 1) % 12, 0)
        view.observeren.bewaar()
        opslaan, kaal = autosave_rooster(store, view.observeren.moment, list(view.observeren.model.obs.values()), tmp)
        view.close()
        store.close()

    p50, p95, hoogst = statistics.median(tijden), tail(tijden, 95, 3), tail(tijden, 100, 3)
    report("rooster 12×24: toets (mediaan)", seconds(p50), seconds(statistics.median(vloer), "kale tabel"),
           at_most(seconds(0.016)))
    report("rooster 12×24: toets (p95, mediaan van 3 rondes)", seconds(p95),
           seconds(tail(vloer, 95, 3), "kale tabel p95"), at_most(seconds(0.016)))
    report("rooster 12×24: toets (langste, mediaan van 3 rondes)", seconds(hoogst),
           seconds(tail(vloer, 100, 3), "kale tabel langste"), at_most(seconds(0.016)))
    report("rooster: autosave 12 × 24 scores (1 transactie)", seconds(opslaan), seconds(kaal, "kale SQLite-write"))


def autosave_rooster(store, moment, obs, tmp) -> tuple[float, float]:
    """The grid's autosave of a whole moment (every score changed) against a plain SQLite transaction that updates as
    many JSON rows (WAL, synchronous=FULL, as the store). Medians of interleaved runs."""
    db = sqlite3.connect(f"{tmp}/plain.db", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("CREATE TABLE record (id TEXT PRIMARY KEY, data TEXT)")
    db.executemany("INSERT INTO record VALUES (?, ?)", [(o.id, json.dumps(o.to_fields())) for o in obs])
    ronde = itertools.count()

    def nieuwe_scores():
        # every score changes: the store writes only what changed, SQLite nothing for an unchanged value
        r = next(ronde)
        for o in obs:
            o.scores = {a: 1 + (i + r) % 4 for i, a in enumerate(o.scores)}

    def kaal():
        db.execute("BEGIN")
        for o in obs:
            db.execute("UPDATE record SET data = ? WHERE id = ?", (json.dumps(o.to_fields()), o.id))
        db.execute("COMMIT")

    sk = Diensten(store, vandaag=VANDAAG).startklas
    opslaan, vloer = interleaved(lambda: sk.bewaar_moment(moment, obs), kaal, 15,
                                 before=nieuwe_scores)
    db.close()
    return statistics.median(opslaan), statistics.median(vloer)


def bench_advies() -> None:
    ins = instrumenten()["koers-tovii-stijl"]
    rng = random.Random(7)
    profielen = []
    for i in range(1000):
        niveau = rng.uniform(1.2, 3.8)
        scores = {a.id: max(1, min(4, round(niveau + rng.uniform(-1, 1)))) if rng.random() > 0.05 else None
                  for a in ins.aspecten}
        hard = HardeGegevens(rng.choice([0, 2, 6, 10, 14]), rng.random() > 0.2, ("ar", "en")[:rng.randint(1, 2)],
                             rng.randint(17, 60), rng.random() < 0.1)
        profielen.append((scores, Dekking(rng.randint(3, 8), rng.randint(3, 8), 24), hard,
                          rng.choice([None, "b1_haalbaar", "b1_niet_haalbaar", "vrijgesteld"])))

    def advies():
        return [bereken_advies(ins, s, d, h, t) for s, d, h, t in profielen]

    def vloer():
        return [sum(v for v in s.values() if v is not None) for s, _, _, _ in profielen]

    t, f = interleaved(advies, vloer, 7)
    report("trajectadvies voor 1.000 cursisten", seconds(statistics.median(t)),
           seconds(statistics.median(f), "24 scores optellen"), at_most(seconds(0.100)))

    # the whole path from the moments: proposal (8 moments × 24 aspects each) + advice
    momenten = []
    for i in range(1000):
        momenten.append([Observatie(moment_id=f"m{k}", inburgeraar_id=str(i), datum=START + dt.timedelta(days=7 * k),
                                    scores={a.id: rng.randint(1, 4) for a in ins.aspecten}) for k in range(8)])

    def heel():
        return [bereken_advies(ins, voorstel_eindscore(ins, obs), Dekking(8, 8, 24)) for obs in momenten]

    def heel_vloer():
        return [sum(v for o in obs for v in o.scores.values()) for obs in momenten]

    t2, f2 = interleaved(heel, heel_vloer, 5)
    report("voorstel uit 8 momenten + advies, 1.000 cursisten", seconds(statistics.median(t2)),
           seconds(statistics.median(f2), "8 × 24 scores optellen"))


if __name__ == "__main__":
    QApplication.instance() or QApplication([])
    bench_advies()
    bench_rooster()
