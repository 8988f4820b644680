"""Short Dutch help per screen (F1) and the about dialog with versions and licences."""
from __future__ import annotations

import platform
from importlib import metadata

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget
from desktop_app.paths import RESOURCES

HELP_DIR = RESOURCES / "help"

# The widget class that is on screen → its help page. The first match walking up from the focus widget wins.
SCHERMEN = {
    "FirstRunScreen": "eerste_start", "LockScreen": "vergrendeld", "IntakeView": "intake", "PipView": "pip",
    "StartklasView": "startklas", "PrintView": "afdrukken", "SyncView": "synchroniseren",
    "SettingsDialog": "instellingen", "ClientDetail": "gegevens", "CaseloadView": "caseload",
}


def help_key(widget: QWidget | None) -> str:
    while widget is not None:
        for klasse in type(widget).__mro__:
            if klasse.__name__ in SCHERMEN:
                return SCHERMEN[klasse.__name__]
        widget = widget.parentWidget()
    return "overzicht"


def help_html(key: str) -> str:
    pad = HELP_DIR / f"{key}.html"
    if not pad.exists():
        pad = HELP_DIR / "overzicht.html"
    return pad.read_text(encoding="utf-8")


class _TekstDialoog(QDialog):
    """A read-only text (HTML) with a Close button."""

    def __init__(self, titel: str, html: str, breedte: int, hoogte: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.tekst = QTextBrowser()
        self.tekst.setAccessibleName(titel)
        self.tekst.setOpenExternalLinks(False)
        self.tekst.setHtml(html)
        knoppen = QDialogButtonBox(QDialogButtonBox.Close)
        knoppen.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tekst)
        lay.addWidget(knoppen)
        self.resize(breedte, hoogte)


class HelpDialog(_TekstDialoog):
    def __init__(self, key: str, parent=None):
        super().__init__(QCoreApplication.translate("HelpDialog", "Help"), help_html(key), 560, 480, parent)
        self.key = key


LICENTIES = [
    ("Qt 6 / PySide6", "LGPL-3.0 (dynamisch gelinkt; de Qt-bibliotheken zijn vervangbaar)"),
    ("Noto-lettertypen (Naskh Arabic, Sans, Sans Ethiopic)", "SIL Open Font License 1.1 — resources/fonts/OFL.txt"),
    ("SQLCipher (via sqlcipher3)", "BSD-stijl; bevat OpenSSL (Apache-2.0)"),
    ("SQLAlchemy, Alembic", "MIT"),
    ("ReportLab", "BSD"), ("HarfBuzz (via uharfbuzz)", "MIT"), ("python-bidi", "LGPL-3.0"),
    ("Babel", "BSD-3-Clause (met CLDR-gegevens, Unicode License)"), ("argon2-cffi", "MIT"),
    ("cryptography", "Apache-2.0 / BSD"), ("FastAPI, Uvicorn, httpx", "MIT / BSD-3-Clause"),
    ("psycopg", "LGPL-3.0"), ("platformdirs", "MIT"),
]


def versies() -> list[tuple[str, str]]:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion
    uit = [("Koers", _versie("koers")), ("Python", platform.python_version()), ("Qt", qVersion()),
           ("PySide6", pyside)]
    for pakket in ("SQLAlchemy", "sqlcipher3", "alembic", "reportlab", "Babel", "argon2-cffi", "httpx"):
        uit.append((pakket, _versie(pakket)))
    return uit


def _versie(pakket: str) -> str:
    try:
        return metadata.version(pakket)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(_TekstDialoog):
    def __init__(self, parent=None):
        rijen = "".join(f"<tr><td>{n}</td><td>{v}</td></tr>" for n, v in versies())
        licenties = "".join(f"<tr><td>{n}</td><td>{lic}</td></tr>" for n, lic in LICENTIES)
        doel = QCoreApplication.translate(
            "AboutDialog", "Brede intake, startklas-observatie en welkomstpakket voor de Wet inburgering 2021.")
        html = (f"<h2>Koers</h2><p>{doel}</p>"
                f"<h3>{QCoreApplication.translate('AboutDialog', 'Versies')}</h3><table cellpadding='2'>{rijen}</table>"
                f"<h3>{QCoreApplication.translate('AboutDialog', 'Licenties')}</h3>"
                f"<table cellpadding='2'>{licenties}</table>")
        super().__init__(QCoreApplication.translate("AboutDialog", "Over Koers"), html, 600, 560, parent)
