"""Starting the app: `koers` (or `python -m desktop_app`)."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path


def no_display_message() -> str | None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                  or os.environ.get("QT_QPA_PLATFORM")):
        return ("koers: geen beeldscherm gevonden (DISPLAY is leeg). Start Koers in een virtueel scherm met: "
                "xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/koers")
    return None


def _logboek() -> None:
    """Log lines go to stderr: warnings and worse, or what KOERS_LOG asks for (INFO adds which screen is on view).
    Nothing logged holds personal data."""
    niveau = logging.getLevelName(os.environ.get("KOERS_LOG", "").upper())
    logging.basicConfig(level=niveau if isinstance(niveau, int) else logging.WARNING, format="%(name)s: %(message)s")


def run(store_dir: Path, idle_minutes: float | None = None) -> int:
    melding = no_display_message()
    if melding:
        print(melding, file=sys.stderr)
        return 1
    _logboek()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox
    from desktop_app.config import load_settings
    from .main_window import MainWindow
    from .look import apply_look
    from .meldingen import melding
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Koers")
    app.setOrganizationName("Koers")
    instellingen, fouten = load_settings()
    apply_look(app, instellingen)
    window = MainWindow(store_dir, idle_minutes=idle_minutes, instellingen=instellingen)
    sys.excepthook = _meld_onverwachte_fout(window)
    window.show()
    if fouten:
        QMessageBox.warning(window, QCoreApplication.translate("App", "Instellingen"), "\n\n".join((
            QCoreApplication.translate(
                "App", "Niet alle instellingen konden worden gebruikt; voor deze geldt de standaardwaarde:"),
            "\n".join(melding(f) for f in fouten),
            QCoreApplication.translate("App", "Herstel ze via Bestand → Instellingen."))))
    return app.exec()


def _meld_onverwachte_fout(window):
    """An error nobody caught: tell the user, write only its kind and place to stderr (no traceback text: it can
    hold personal data), keep the app running. Every saved change is already in the store."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox
    from koers_protocol.foutmelding import veilige_beschrijving

    def hook(soort, fout, tb):
        if issubclass(soort, KeyboardInterrupt):
            sys.__excepthook__(soort, fout, tb)
            return
        fout.__traceback__ = tb
        beschrijving = veilige_beschrijving(fout)
        print(f"koers: onverwachte fout: {beschrijving}", file=sys.stderr)
        QMessageBox.critical(window, QCoreApplication.translate("App", "Onverwachte fout"), QCoreApplication.translate(
            "App", "Er ging iets mis (%1). Wat u eerder invoerde is opgeslagen; de laatste handeling mogelijk niet. "
                   "Meld dit met deze code aan de beheerder.").replace("%1", beschrijving))
    return hook
