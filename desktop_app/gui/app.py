"""Starting the app: `koers` (or `python -m desktop_app`)."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def no_display_message() -> str | None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                  or os.environ.get("QT_QPA_PLATFORM")):
        return ("koers: geen beeldscherm gevonden (DISPLAY is leeg). Start Koers in een virtueel scherm met: "
                "xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/koers")
    return None


def run(store_dir: Path, idle_minutes: float | None = None) -> int:
    melding = no_display_message()
    if melding:
        print(melding, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox
    from desktop_app.config import load_settings
    from .main_window import MainWindow
    from .look import apply_look
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Koers")
    app.setOrganizationName("Koers")
    instellingen, fouten = load_settings()
    apply_look(app, instellingen)
    window = MainWindow(store_dir, idle_minutes=idle_minutes, instellingen=instellingen)
    window.show()
    if fouten:
        QMessageBox.warning(window, window.tr("Instellingen"), window.tr(
            "Niet alle instellingen konden worden gebruikt; voor deze geldt de standaardwaarde:") + "\n\n" +
            "\n".join(str(f) for f in fouten) + "\n\n" + window.tr("Herstel ze via Bestand → Instellingen."))
    return app.exec()
