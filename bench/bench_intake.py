"""Brede intake: render the largest domain, switch domains (≤ 50 ms), autosave one answer (p99 ≤ 5 ms).

Floors measured in the same run, interleaved with the figure: the same number of bare Qt rows (label + line edit) for
rendering and opening a domain; a switch between two such bare pages for switching; a plain SQLite UPDATE of one JSON
row (WAL, synchronous=FULL, as the store) for the autosave.
Run: python -m bench.bench_intake
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from statistics import median

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QStackedWidget, QTextEdit, QVBoxLayout,  # noqa: E402
                               QWidget)

from bench.common import at_most, interleaved, report, seconds, tail, timed  # noqa: E402
from desktop_app.core.model import Inburgeraar  # noqa: E402
from desktop_app.diensten import Diensten  # noqa: E402
from desktop_app.diensten.intake import laad_formulieren  # noqa: E402
from desktop_app.gui.bediening import Bediening  # noqa: E402
from desktop_app.gui.intake.formulier import DomeinFormulier  # noqa: E402
from desktop_app.gui.intake_view import IntakeView  # noqa: E402
from desktop_app.store import vault  # noqa: E402
from desktop_app.store.store import Store  # noqa: E402

VANDAAG = dt.date(2026, 11, 22)
AUTOSAVES = 1000
SWITCHES = 300
COLD_VIEWS = 5


def _aantal(sectie) -> int:
    return sum(1 + len(v.vragen) for v in sectie.vragen)


def kale_pagina(n: int) -> QWidget:
    """The same number of rows as bare Qt: a label and a line edit each, three text boxes (as the closing block has)."""
    w = QWidget()
    lay = QVBoxLayout(w)
    for i in range(n):
        lay.addWidget(QLabel(f"vraag {i}"))
        lay.addWidget(QTextEdit() if i < 3 else QLineEdit())
    return w


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(Path(tmp) / "store", "bench wachtwoord lang genoeg", user="bench",
                             kdf=vault.FAST_KDF_FOR_TESTS)
        ib = Inburgeraar(voornamen="Amal", achternaam="Haddad", geboortedatum=dt.date(1990, 5, 1),
                         koppeling=dt.date(2026, 9, 1))
        store.save(ib)
        diensten = Diensten(store, vandaag=VANDAAG, formulieren=laad_formulieren(store))
        opslag = diensten.intake
        intake = opslag.laad(ib.id)
        # a realistic intake: two children, three jobs, two languages
        intake.zet("gezinssituatie.huishouden", "partner_kinderen")
        intake.zet("gezinssituatie.kinderen", [{"voornaam": "Noor", "geboortedatum": "2024-03-01"},
                                               {"voornaam": "Sami", "geboortedatum": "2016-05-01"}])
        intake.zet("werkervaring.banen", [{"beroep": f"beroep {i}", "jaren": i} for i in range(3)])
        opslag.bewaar_alles(intake)

        grootste = max(intake.definitie.secties, key=_aantal)
        n = _aantal(grootste)

        def toon_en_sluit(w: QWidget) -> None:
            w.resize(900, 700)
            w.show()
            app.processEvents()
            w.close()
            w.deleteLater()

        render, kaal = interleaved(
            lambda: toon_en_sluit(DomeinFormulier(grootste, intake, lambda *a: None, lambda v: "", lambda v: None,
                                                  lambda v, i: None)),
            lambda: toon_en_sluit(kale_pagina(n)), 9)
        report(f"intake: render grootste domein ({grootste.id}, {n} vragen)", seconds(median(render)),
               seconds(median(kaal), "kale rijen"), at_most(seconds(0.050)))

        # the cold path (no forms built ahead): the first visit of each domain beside a bare page with that
        # domain's rows added to a stack and shown; the longest per fresh view, median over the views
        koud, koud_kaal = [], []
        for _ in range(COLD_VIEWS):
            view = IntakeView(Bediening(diensten), ib.id, vooruit_bouwen=False)
            view.resize(1100, 750)
            view.show()
            kale_stapel = QStackedWidget()
            kale_stapel.resize(900, 700)
            kale_stapel.show()
            app.processEvents()
            domeinen = view.navigator.count() - 1          # the last entry is the summary, measured apart
            eerste, kale_eerste = [], []
            for rij in range(1, domeinen):                  # row 0 is built with the view
                sectie = intake.definitie.sectie(view.navigator.item(rij).data(Qt.UserRole))

                def kaal_openen():
                    pagina = kale_pagina(_aantal(sectie))
                    kale_stapel.addWidget(pagina)
                    kale_stapel.setCurrentWidget(pagina)
                    app.processEvents()

                eerste.append(timed(lambda: (view.navigator.setCurrentRow(rij), app.processEvents())))
                kale_eerste.append(timed(kaal_openen))
            koud.append(max(eerste))
            koud_kaal.append(max(kale_eerste))
            kale_stapel.close()
            if len(koud) < COLD_VIEWS:
                view.close()
        report("intake: domein openen zonder vooraf bouwen (langste)", seconds(median(koud)),
               seconds(median(koud_kaal), "kale pagina"))

        # every form is built now: switching shows the kept form; the floor switches between two bare pages
        stapel = QStackedWidget()
        paginas = [kale_pagina(n) for _ in range(2)]
        for pagina in paginas:
            stapel.addWidget(pagina)
        stapel.resize(900, 700)
        stapel.show()
        app.processEvents()
        volgende_rij = itertools.cycle(range(domeinen))
        volgende_pagina = itertools.cycle(paginas)

        def kaal_wisselen():
            stapel.setCurrentWidget(next(volgende_pagina))
            app.processEvents()

        wissel, kale_wissel = interleaved(lambda: (view.navigator.setCurrentRow(next(volgende_rij)),
                                                   app.processEvents()), kaal_wisselen, SWITCHES, warmup=domeinen)
        report("intake: domein wisselen (p99, mediaan van 5 rondes)", seconds(tail(wissel, 99)),
               seconds(tail(kale_wissel, 99), "kale wissel p99"), at_most(seconds(0.050)))

        samenvatting, kale_wissel = interleaved(
            lambda: (view.navigator.setCurrentRow(domeinen), app.processEvents()), kaal_wisselen, 15,
            before=lambda: (view.navigator.setCurrentRow(0), app.processEvents()))
        report("intake: samenvatting tonen", seconds(median(samenvatting)), seconds(median(kale_wissel), "kale wissel"))

        record = store.get("intake", ib.id)
        db = sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("CREATE TABLE record (id TEXT PRIMARY KEY, data TEXT)")
        db.execute("INSERT INTO record VALUES ('x', ?)", (json.dumps(record, ensure_ascii=False),))
        antwoorden = (f"Verpleegkundige worden ({i}) أريد أن أعمل" for i in itertools.count())

        def autosave():
            opslag.zet(intake, "motivatie.doelen", next(antwoorden))

        def kaal_bewaren():
            # a changed value each time: SQLite writes nothing (and syncs nothing) for an UPDATE to the same value
            data = json.dumps({**record, "motivatie.doelen": next(antwoorden)}, ensure_ascii=False)
            db.execute("BEGIN")
            db.execute("UPDATE record SET data = ? WHERE id = 'x'", (data,))
            db.execute("COMMIT")

        tijden, kaal_tijden = interleaved(autosave, kaal_bewaren, AUTOSAVES, warmup=20)
        db.close()
        report("intake: autosave één antwoord (p99, mediaan van 5 rondes)", seconds(tail(tijden, 99)),
               seconds(tail(kaal_tijden, 99), "kale SQLite p99"), at_most(seconds(0.005)))
        report("intake: autosave één antwoord (mediaan)", seconds(median(tijden)),
               seconds(median(kaal_tijden), "kale SQLite-write"))
        view.close()
        store.close()


if __name__ == "__main__":
    main()
