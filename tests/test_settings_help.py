"""Settings (validated file + dialog), help per screen, about dialog."""
import json

import pytest

from desktop_app.config import load_settings, save_settings
from desktop_app.core.instellingen import Instellingen, valideer_instellingen
from desktop_app.gui.help import HELP_DIR, SCHERMEN, AboutDialog, HelpDialog, help_key
from desktop_app.gui.settings_dialog import SettingsDialog


def test_settings_round_trip(tmp_path):
    path = tmp_path / "instellingen.json"
    settings = Instellingen(taal="en", vergrendel_na_minuten=10, server_url="https://koers.example.nl", proxy="")
    save_settings(settings, path)
    assert load_settings(path) == (settings, [])
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("data, key, message", [
    ({"vergrendel_na_minuten": 0}, "vergrendel_na_minuten", "tussen 1 en 60"),
    ({"server_url": "http://koers.gemeente.nl"}, "server_url", "https://"),
    ({"server_url": "koers"}, "server_url", "geen adres"),
    ({"taal": "xx"}, "taal", "niet beschikbaar"),
    ({"ca_bundel": "/bestaat/niet.pem"}, "ca_bundel", "bestaat niet"),
    ({"hoog_contrast": "ja"}, "hoog_contrast", "ja/nee"),
    ({"kleur": "blauw"}, "kleur", "onbekende instelling"),
])
def test_wrong_settings_say_what_is_wrong_and_fall_back(data, key, message):
    from pathlib import Path
    settings, errors = valideer_instellingen(data, bestaat=lambda p: Path(p).exists())
    assert [e.sleutel for e in errors] == [key]
    assert message in errors[0].melding
    if hasattr(Instellingen, key):
        assert getattr(settings, key) == getattr(Instellingen(), key)


def test_local_http_server_is_allowed_for_a_trial():
    assert valideer_instellingen({"server_url": "http://127.0.0.1:8765"})[1] == []


def test_a_broken_settings_file_never_stops_the_app(tmp_path):
    path = tmp_path / "instellingen.json"
    path.write_text('{"taal": "en",\n "vergrendel_na_minuten": }')
    settings, errors = load_settings(path)
    assert settings == Instellingen()
    assert "regel 2" in errors[0].melding and "standaardinstellingen" in errors[0].melding
    assert path.read_text().startswith('{"taal"'), "the broken file is left for the user to see"


def test_settings_dialog_refuses_a_bad_value_beside_its_field(qtbot, tmp_path):
    dialog = SettingsDialog(Instellingen())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.server, "http://koers.gemeente.nl")
    dialog.accept()
    assert dialog.resultaat is None and dialog.isVisible()
    assert "https://" in dialog.meldingen["server_url"].text() and dialog.meldingen["server_url"].isVisible()
    dialog.server.setText("https://koers.gemeente.nl")
    dialog.accept()
    assert dialog.resultaat.server_url == "https://koers.gemeente.nl"


def test_the_interval_offers_only_a_whole_number_of_conversations_a_year(qtbot):
    dialog = SettingsDialog(Instellingen(voortgang_interval_maanden=6))
    qtbot.addWidget(dialog)
    keuzes = [dialog.interval.itemText(i) for i in range(dialog.interval.count())]
    assert keuzes == ["maand", "2 maanden", "3 maanden", "4 maanden", "6 maanden", "12 maanden"]
    assert dialog.interval.currentText() == "6 maanden"
    dialog.interval.setCurrentIndex(keuzes.index("3 maanden"))
    dialog.accept()
    assert dialog.resultaat.voortgang_interval_maanden == 3


def test_municipality_file_with_a_fake_logo_is_refused_with_the_reason(qtbot, tmp_path):
    (tmp_path / "logo.png").write_text("dit is geen afbeelding")
    (tmp_path / "gemeente.json").write_text(json.dumps({"naam": "Gemeente Test", "logo": "logo.png"}))
    dialog = SettingsDialog(Instellingen())
    qtbot.addWidget(dialog)
    dialog.gemeente.setText(str(tmp_path / "gemeente.json"))
    dialog.accept()
    assert dialog.resultaat is None
    assert "geen PNG/JPEG" in dialog.meldingen["gemeente_bestand"].text()


def test_every_screen_has_dutch_help(qtbot):
    for key in set(SCHERMEN.values()) | {"overzicht"}:
        page = (HELP_DIR / f"{key}.html").read_text(encoding="utf-8")
        assert page.startswith("<h2>") and len(page) > 200, key
    dialog = HelpDialog("intake")
    qtbot.addWidget(dialog)
    assert "levensdomeinen" in dialog.tekst.toPlainText()


def test_help_follows_the_screen_in_focus(qtbot, tmp_path):
    from desktop_app.gui.lock_screen import LockScreen
    lock = LockScreen(tmp_path)
    qtbot.addWidget(lock)
    assert help_key(lock.wachtwoord) == "vergrendeld"


def test_about_lists_versions_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.tekst.toPlainText()
    for expected in ("PySide6", "Qt", "LGPL", "Open Font License", "SQLCipher", "Python"):
        assert expected in text


def _luminance(color):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def test_high_contrast_palette_meets_wcag_aaa(qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication
    from desktop_app.gui.look import apply_look
    app = QApplication.instance()
    before = app.palette()
    apply_look(app, Instellingen(hoog_contrast=True))
    try:
        p = app.palette()
        for fg, bg in ((QPalette.WindowText, QPalette.Window), (QPalette.Text, QPalette.Base),
                       (QPalette.ButtonText, QPalette.Button), (QPalette.HighlightedText, QPalette.Highlight)):
            light, dark = sorted((_luminance(p.color(fg)), _luminance(p.color(bg))), reverse=True)
            assert (light + 0.05) / (dark + 0.05) >= 7, (fg, bg)
    finally:
        app.setPalette(before)
