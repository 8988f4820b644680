"""The app's look: UI language (Qt translations from translations/), the high-contrast palette, the application icon."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core.instellingen import Instellingen
from desktop_app.core.formulier import definitie

from desktop_app.paths import RESOURCES, TRANSLATIONS

ICON = RESOURCES / "icons" / "koers.svg"

_translators: list[QTranslator] = []

def install_translation(app: QApplication, taal: str) -> bool:
    """Load translations/koers_<taal>.qm (Dutch is the source and needs none). Returns whether one was loaded."""
    for oud in _translators:
        app.removeTranslator(oud)
    _translators.clear()
    definitie.weergavetaal = taal if taal in ("nl", "en") else "nl"   # form definitions carry nl and en labels
    if taal == "nl":
        return True
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"koers_{taal}.qm")):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    QLocale.setDefault(QLocale(taal))
    return True

def high_contrast_palette() -> QPalette:
    """White on black with yellow selection: WCAG AAA contrast for text and focus."""
    p = QPalette()
    zwart, wit, geel, cyaan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#00ffff")
    for rol in (QPalette.Window, QPalette.Base, QPalette.AlternateBase, QPalette.Button, QPalette.ToolTipBase):
        p.setColor(rol, zwart)
    for rol in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.ToolTipText, QPalette.BrightText):
        p.setColor(rol, wit)
    p.setColor(QPalette.Highlight, geel)
    p.setColor(QPalette.HighlightedText, zwart)
    p.setColor(QPalette.Link, cyaan)
    p.setColor(QPalette.PlaceholderText, QColor("#c0c0c0"))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#a0a0a0"))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#a0a0a0"))
    p.setColor(QPalette.Disabled, QPalette.WindowText, QColor("#a0a0a0"))
    return p

def apply_look(app: QApplication, instellingen: Instellingen) -> None:
    install_translation(app, instellingen.taal)
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    if instellingen.hoog_contrast:
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
