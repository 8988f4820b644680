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
    from PySide6.QtWidgets import QApplication
    from .main_window import MainWindow
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Koers")
    app.setOrganizationName("Koers")
    minuten = idle_minutes or float(os.environ.get("KOERS_IDLE_MINUTES", 5))
    window = MainWindow(store_dir, idle_minutes=minuten)
    window.show()
    return app.exec()
