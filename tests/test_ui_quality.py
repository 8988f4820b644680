"""Every screen as a person with a screen reader, a keyboard, a longer language or large text would meet it."""
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from desktop_app.core.demo import demo_contacten, demo_inburgeraars
from desktop_app.core.instellingen import Instellingen
from desktop_app.gui.background import wait_for_background
from desktop_app.gui.help import AboutDialog, HelpDialog
from desktop_app.gui.inburgeraar_dialog import InburgeraarDialog
from desktop_app.gui.look import install_translation
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings_dialog import SettingsDialog
from desktop_app.i18n import qt_vertalingen

from tests.uicheck import clipped, unnamed, unreachable

VANDAAG = dt.date(2026, 11, 22)
ROOT = Path(__file__).parents[1]


def fill(store, n=30):
    for ib in demo_inburgeraars(n, VANDAAG):
        store.save(ib)
        for c in demo_contacten(ib):
            store.save(c)


def unlock(qtbot, window, passphrase):
    lock = window.stack.currentWidget()
    lock.wachtwoord.setText(passphrase)
    with qtbot.waitSignal(window.sig_unlocked, timeout=15_000):
        lock.ontgrendel()


def each_screen(qtbot, window, passphrase):
    """Yield (name, top widget) for the lock screen, every module tab and every tab of one inburgeraar, and the
    dialogs, each shown at 1280×800."""
    window.resize(1280, 800)
    window.show()
    qtbot.wait(10)
    yield "vergrendelscherm", window
    unlock(qtbot, window, passphrase)
    modules: QTabWidget = window.modules
    for i in range(modules.count()):
        modules.setCurrentIndex(i)
        qtbot.wait(10)
        yield f"module {modules.tabText(i)}", window
        if window.caseload is not None and modules.widget(i) is window.caseload.parentWidget():
            window.caseload.kies(window.caseload.model.index(0, 0).data(Qt.UserRole + 3))
            wait_for_background()
            qtbot.wait(10)
            assert type(window.detail.widget(0)).__name__ == "ClientDetail", "an inburgeraar is shown"
            for j in range(window.detail.count()):
                window.detail.setCurrentIndex(j)
                wait_for_background()
                qtbot.wait(10)
                yield f"tab {window.detail.tabText(j)}", window
    for dialog in (SettingsDialog(Instellingen(), window), InburgeraarDialog(None, VANDAAG, window),
                   HelpDialog("caseload", window), AboutDialog(window)):
        dialog.show()
        qtbot.wait(10)
        yield type(dialog).__name__, dialog
        dialog.close()


@pytest.fixture
def make_window(qtbot, store, store_dir):
    """Windows are built after any translation or font is installed, as at a real start."""
    fill(store)
    store.close()
    made = []

    def make():
        w = MainWindow(store_dir, vandaag=VANDAAG)
        qtbot.addWidget(w)
        made.append(w)
        return w
    yield make
    for w in made:
        w.lock()


@pytest.fixture
def window(make_window):
    return make_window()


def test_every_control_has_an_accessible_name_and_is_reachable_by_keyboard(qtbot, window, passphrase):
    problems = {}
    for name, screen in each_screen(qtbot, window, passphrase):
        found = unnamed(screen) + [f"niet met Tab bereikbaar: {w}" for w in unreachable(screen)]
        if found:
            problems[name] = found
    assert problems == {}


def test_pseudo_locale_mirrors_and_clips_nothing(qtbot, make_window, passphrase):
    app = QApplication.instance()
    assert install_translation(app, "pseudo")
    try:
        window = make_window()
        assert app.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
        problems = {}
        for name, screen in each_screen(qtbot, window, passphrase):
            if name == "vergrendelscherm":
                assert "⟦" in screen.stack.currentWidget().knop.text()      # the translation is really in use
            found = clipped(screen)
            if screen.minimumSizeHint().width() > 1280:
                found.append(f"minimum width {screen.minimumSizeHint().width()}px does not fit 1280px")
            if found:
                problems[name] = found
        assert problems == {}
    finally:
        install_translation(app, "nl")


def test_large_text_clips_nothing(qtbot, make_window, passphrase):
    app = QApplication.instance()
    font = app.font()
    bigger = app.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        window = make_window()
        problems = {}
        for name, screen in each_screen(qtbot, window, passphrase):
            found = clipped(screen)
            if found:
                problems[name] = found
        assert problems == {}
    finally:
        app.setFont(font)


SCALED = """
import sys, datetime as dt
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
assert app.primaryScreen().devicePixelRatio() == 2.0, app.primaryScreen().devicePixelRatio()
from desktop_app.gui.main_window import MainWindow
from tests.uicheck import clipped
w = MainWindow(Path(sys.argv[1]), vandaag=dt.date(2026, 11, 22)); w.resize(1280, 800); w.show(); app.processEvents()
problems = clipped(w)
img = w.grab()
assert img.width() == 2560, img.width()
img.save(sys.argv[2])
print("CLIPPED", problems)
"""


def test_200_percent_scaling_renders_sharp_and_clips_nothing(tmp_path, store_dir, store):
    store.close()
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", SCALED, str(store_dir), str(tmp_path / "x2.png")], env=env, cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "CLIPPED []" in r.stdout


def test_english_translation_is_complete_and_keeps_placeholders():
    assert qt_vertalingen.problems("en") == []


def test_compiled_translations_are_up_to_date(tmp_path):
    for taal in qt_vertalingen.TALEN:
        qm = tmp_path / f"{taal}.qm"
        subprocess.run([qt_vertalingen._tool("lrelease"), "-silent", str(qt_vertalingen.ts_file(taal)), "-qm",
                        str(qm)], check=True)
        assert qm.read_bytes() == (ROOT / "translations" / f"koers_{taal}.qm").read_bytes(), \
            f"run `make translations` ({taal})"


def test_every_tr_string_in_the_code_is_in_the_translation_file(tmp_path):
    ts = tmp_path / "now.ts"
    subprocess.run([qt_vertalingen._tool("lupdate"), "-no-obsolete", *map(str, qt_vertalingen.sources()),
                    "-ts", str(ts)], check=True, capture_output=True, cwd=ROOT)
    import xml.etree.ElementTree as ET
    now = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
           for m in c.iter("message")}
    known = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(qt_vertalingen.ts_file("en")).getroot().iter("context") for m in c.iter("message")}
    assert sorted(now - known) == [], "run `make translations` and translate the new strings"


def test_placeholder_check_catches_a_dropped_placeholder():
    assert qt_vertalingen.placeholders("Opslag: %1 (%2)") == ["%1", "%2"]
    assert qt_vertalingen.placeholders("{naam} heeft %n") == ["%n", "{naam}"]
    assert qt_vertalingen.pseudo("Opslag: %1 <b>nu</b>").count("%1") == 1


def test_every_label_core_can_show_is_translatable():
    from desktop_app.core.model import VELDLABELS, ContactRol, Doelgroep, Inburgeraar
    from desktop_app.core.termijnen import Status, termijnen
    from desktop_app.gui.domeinlabels import LABELS
    from desktop_app.core.intake import STATUS_LABELS
    from desktop_app.core.model import Rol
    from desktop_app.core.observatie import LESDAGEN, ROUTES
    from desktop_app.gui.intake.samenvatting import KLEUREN
    from desktop_app.core.pip import LEERROUTES, ONTZORGEN_KOSTEN
    shown = set(VELDLABELS.values()) | {d.label for d in Doelgroep} | {c.label for c in ContactRol} | \
        {s.label for s in Status} | {t.omschrijving for t in termijnen(Inburgeraar(), VANDAAG)} | \
        set(STATUS_LABELS.values()) | set(LESDAGEN) | set(ROUTES.values()) | {r.value for r in Rol} | \
        {woord for _, woord in KLEUREN.values()} | set(ONTZORGEN_KOSTEN.values()) | set(LEERROUTES.values())
    assert shown - set(LABELS) == set()


def test_every_refusal_is_translatable_and_said_in_the_ui_language(qapp):
    from desktop_app.core.validation import Bericht, Geweigerd, Ongeldig, controleer_bsn
    from desktop_app.gui.domeinlabels import LABELS
    from desktop_app.gui.meldingen import SJABLONEN, melding, tekst
    from tests.sjablonen import sjablonen, veldnamen
    gevonden, niet_constant = sjablonen()
    assert niet_constant == [], "a template must be a constant string, its values keyword arguments"
    assert gevonden - set(SJABLONEN) == set(), "list the new templates in gui/meldingen.py, then `make translations`"
    assert veldnamen() - set(LABELS) == set(), "list the field names in gui/domeinlabels.py"
    assert install_translation(qapp, "en")
    try:
        with pytest.raises(Ongeldig) as bsn:
            controleer_bsn("12345")
        assert melding(bsn.value) == "BSN: has 9 digits; this has 5."
        weigering = Geweigerd([Ongeldig("Leerroute", "'{route}' bestaat niet; kies uit {keuzes}.", route="X",
                                        keuzes="B1-route"),
                               Ongeldig("PIP-dagtekening", "vul de dagtekening van de beschikking in.")])
        assert melding(weigering).splitlines() == [
            "Learning route: 'X' does not exist; choose from B1 route.",
            "PIP issue date: fill in the date of issue of the decision."]
        # a warning beside a print, with a refusal inside it: English throughout, while str() stays Dutch for the CLI
        waarschuwing = Bericht("Gemeenteconfiguratie: {fout}", fout=Ongeldig("Naam", "vul de naam van de gemeente in "
                                                                               "(bijvoorbeeld 'Gemeente Huizen')."))
        assert waarschuwing.startswith("Gemeenteconfiguratie: Naam: vul de naam")
        assert tekst(waarschuwing) == ("Municipality configuration: Name: fill in the name of the municipality (for "
                                       "example 'Gemeente Huizen').")
    finally:
        install_translation(qapp, "nl")
