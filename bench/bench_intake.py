"""Brede intake: render the largest domain, switch domains (≤ 50 ms), autosave one answer (p99 ≤ 5 ms).

Floors measured in the same run: the same number of bare Qt rows (label + line edit) for rendering; a plain SQLite
UPDATE of one JSON row (WAL, synchronous=FULL, as the store) for the autosave.
Run: python -m bench.bench_intake
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QStackedWidget, QTextEdit, QVBoxLayout,  # noqa: E402
                               QWidget)

from bench.common import measure, ms, percentile, report  # noqa: E402
from desktop_app.core.model import Inburgeraar  # noqa: E402
from desktop_app.forms.opslag import IntakeOpslag, laad_formulieren, zet_en_bewaar  # noqa: E402
from desktop_app.gui.intake.formulier import DomeinFormulier  # noqa: E402
from desktop_app.gui.intake_view import IntakeView  # noqa: E402
from desktop_app.store import vault  # noqa: E402
from desktop_app.store.store import Store  # noqa: E402

VANDAAG = dt.date(2026, 11, 22)
AUTOSAVES = 400


def _aantal(sectie) -> int:
    return sum(1 + len(v.vragen) for v in sectie.vragen)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(Path(tmp) / "store", "bench wachtwoord lang genoeg", user="bench",
                             kdf=vault.FAST_KDF_FOR_TESTS)
        ib = Inburgeraar(voornamen="Amal", achternaam="Haddad", geboortedatum=dt.date(1990, 5, 1),
                         koppeling=dt.date(2026, 9, 1))
        store.save(ib)
        formulieren = laad_formulieren(store)
        opslag = IntakeOpslag(store, formulieren)
        intake = opslag.laad(ib.id, VANDAAG)
        # a realistic intake: two children, three jobs, two languages
        intake.zet("gezinssituatie.huishouden", "partner_kinderen")
        intake.zet("gezinssituatie.kinderen", [{"voornaam": "Noor", "geboortedatum": "2024-03-01"},
                                               {"voornaam": "Sami", "geboortedatum": "2016-05-01"}])
        intake.zet("werkervaring.banen", [{"beroep": f"beroep {i}", "jaren": i} for i in range(3)])
        opslag.bewaar_alles(intake)

        grootste = max(intake.definitie.secties, key=_aantal)
        n = _aantal(grootste)

        def render():
            form = DomeinFormulier(grootste, intake, lambda *a: None, lambda v: "", lambda v: None,
                                   lambda v, i: None)
            form.resize(900, 700)
            form.show()
            app.processEvents()
            form.close()
            form.deleteLater()

        def kale_pagina() -> QWidget:
            """The same number of rows as bare Qt: a label and a line edit each, three text boxes (as the
            closing block has)."""
            w = QWidget()
            lay = QVBoxLayout(w)
            for i in range(n):
                lay.addWidget(QLabel(f"vraag {i}"))
                lay.addWidget(QTextEdit() if i < 3 else QLineEdit())
            return w

        def kale_rijen():
            w = kale_pagina()
            w.resize(900, 700)
            w.show()
            app.processEvents()
            w.close()
            w.deleteLater()

        render()
        t_render, t_kaal = measure(render, 9), measure(kale_rijen, 9)
        report(f"intake: render grootste domein ({grootste.id}, {n} vragen)", ms(t_render), ms(t_kaal),
               t_render / t_kaal, "≤ 50 ms", t_render <= 0.050)

        view = IntakeView(store, ib.id, formulieren=formulieren, vandaag=VANDAAG,
                          vooruit_bouwen=False)      # measure the cold path first
        view.resize(1100, 750)
        view.show()
        app.processEvents()
        rijen = view.navigator.count()
        eerste = []
        domeinen = rijen - 1                         # the last entry is the summary, measured apart
        for i in range(domeinen):                    # first visit builds the form
            start = time.perf_counter()
            view.navigator.setCurrentRow(i)
            app.processEvents()
            eerste.append(time.perf_counter() - start)
        wissel = []
        for ronde in range(5):                       # later visits show the kept form
            for i in range(domeinen):
                start = time.perf_counter()
                view.navigator.setCurrentRow(i)
                app.processEvents()
                wissel.append(time.perf_counter() - start)
        stapel = QStackedWidget()
        paginas = [kale_pagina() for _ in range(2)]
        for pagina in paginas:
            stapel.addWidget(pagina)
        stapel.resize(900, 700)
        stapel.show()
        app.processEvents()
        kale_wissels = []
        for i in range(40):
            start = time.perf_counter()
            stapel.setCurrentWidget(paginas[i % 2])
            app.processEvents()
            kale_wissels.append(time.perf_counter() - start)
        t_leeg = percentile(kale_wissels, 50)
        start = time.perf_counter()
        view.navigator.setCurrentRow(rijen - 1)
        app.processEvents()
        t_samenvatting = time.perf_counter() - start
        report("intake: samenvatting tonen", ms(t_samenvatting), ms(t_leeg), t_samenvatting / t_leeg, "-", True)
        report("intake: domein openen zonder vooraf bouwen (max)", ms(max(eerste)), ms(t_leeg),
               max(eerste) / t_leeg, "- (forms are built ahead while idle)", True)
        report("intake: domein wisselen (p99)", ms(percentile(wissel, 99)), ms(percentile(kale_wissels, 99)),
               percentile(wissel, 99) / percentile(kale_wissels, 99), "≤ 50 ms", percentile(wissel, 99) <= 0.050)

        tijden = []
        for i in range(AUTOSAVES):
            start = time.perf_counter()
            zet_en_bewaar(opslag, intake, "motivatie.doelen", f"Verpleegkundige worden ({i}) أريد أن أعمل")
            tijden.append(time.perf_counter() - start)
        record = json.dumps(store.get("intake", ib.id), ensure_ascii=False)
        db = sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("CREATE TABLE record (id TEXT PRIMARY KEY, data TEXT)")
        db.execute("INSERT INTO record VALUES ('x', ?)", (record,))
        kaal_tijden = []
        for i in range(AUTOSAVES):
            start = time.perf_counter()
            db.execute("BEGIN")
            db.execute("UPDATE record SET data = ? WHERE id = 'x'", (record.replace("(", f"({i}", 1),))
            db.execute("COMMIT")
            kaal_tijden.append(time.perf_counter() - start)
        db.close()
        p99, p99_kaal = percentile(tijden, 99), percentile(kaal_tijden, 99)
        report("intake: autosave één antwoord (p99)", ms(p99), ms(p99_kaal), p99 / p99_kaal, "≤ 5 ms", p99 <= 0.005)
        report("intake: autosave één antwoord (mediaan)", ms(percentile(tijden, 50)), ms(percentile(kaal_tijden, 50)),
               percentile(tijden, 50) / percentile(kaal_tijden, 50), "-", True)
        view.close()
        store.close()


if __name__ == "__main__":
    main()
