"""A consultant opens a gezinsmigrant in the app: the caseload badge and the termijnen table tell the truth, with the
installation's voortgang interval and the municipality's own target as a row of its own."""
import datetime as dt
import json

from PySide6.QtGui import QColor

from desktop_app.core.instellingen import Instellingen
from desktop_app.core.model import Inburgeraar
from desktop_app.gui.background import wait_for_background
from desktop_app.gui.main_window import MainWindow

D = dt.date
VANDAAG = D(2026, 11, 22)


def test_the_termijnen_table_and_badge_of_a_gezinsmigrant(qtbot, store, store_dir, passphrase, tmp_path):
    ib = Inburgeraar(voornamen="Fatimah Al-Zahraa Abdulkarim", achternaam="Abdullah Mahmoudi",
                     naam_eigen_schrift="فاطمة الزهراء عبد الكريم عبد الله محمودي", doelgroep="gezinsmigrant",
                     adres="Burgemeester van Nispen tot Sevenaerstraat 127-3 hoog achter, 3846 CK Harderwijk",
                     koppeling=D(2025, 12, 1), brp_inschrijving=D(2025, 12, 1), vestiging=D(2025, 12, 1),
                     intake_start=D(2026, 2, 10), leerbaarheidstoets=D(2026, 2, 20), pip_dagtekening=D(2026, 2, 5),
                     laatste_voortgangsgesprek=D(2026, 8, 1))
    store.save(ib)
    store.close()
    gemeente = tmp_path / "hbel.json"
    gemeente.write_text(json.dumps({"naam": "Gemeente Huizen", "doelen": [
        {"stap": "pvt", "maanden": 12, "bron": "Uitvoeringsplan HBEL §1.8"}]}), encoding="utf-8")
    window = MainWindow(store_dir, vandaag=VANDAAG,
                        instellingen=Instellingen(voortgang_interval_maanden=6, gemeente_bestand=str(gemeente)))
    qtbot.addWidget(window)
    window.show()
    lock = window.stack.currentWidget()
    lock.wachtwoord.setText(passphrase)
    with qtbot.waitSignal(window.sig_unlocked, timeout=15_000):
        lock.ontgrendel()

    # nothing legal needs attention (the next voortgangsgesprek is 6 months after 01-08); the municipal target does
    assert window.caseload.proxy.index(0, 1).data() == \
        "Binnenkort: PVT ondertekenen (doel gemeente, uiterlijk 01-12-2026)"
    window.caseload.kies(ib.id)
    wait_for_background()
    tabel = window.detail.widget(0).termijnen
    rijen = {tabel.item(r, 0).text(): [tabel.item(r, k).text() for k in range(1, 5)] for r in range(tabel.rowCount())}
    kleur = {tabel.item(r, 0).text(): tabel.item(r, 4).background().color() for r in range(tabel.rowCount())}
    # [vanaf, uiterlijk, gedaan, status]
    assert rijen["Brede intake starten"] == ["01-12-2025", "01-02-2026", "10-02-2026", "te laat gereed"]
    assert kleur["Brede intake starten"] == QColor("#fde2c4")
    assert rijen["Leerbaarheidstoets afnemen"] == ["26-01-2026", "23-02-2026", "20-02-2026", "gereed"]
    assert rijen["PIP vaststellen"] == ["01-12-2025", "09-02-2026", "05-02-2026", "gereed"]
    assert rijen["Einde inburgeringstermijn"] == ["06-02-2026", "05-02-2029", "—", "open"]
    assert rijen["Volgend voortgangsgesprek"] == ["01-08-2026", "01-02-2027", "—", "open"]
    assert rijen["PVT ondertekenen"] == ["06-02-2026", "05-02-2029", "—", "open"]
    assert rijen["PVT ondertekenen (doel gemeente)"] == ["01-12-2025", "01-12-2026", "—", "binnenkort"]
    for sleutel in ("Leerroute wijzigen kan tot", "Financieel ontzorgen: evaluatie na 3 maanden",
                    "Financieel ontzorgen: minimaal tot en met"):   # the municipality neither offers nor pays these
        assert rijen[sleutel] == ["—", "—", "—", "niet van toepassing"], sleutel
    window.lock()
