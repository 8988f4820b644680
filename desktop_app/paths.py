"""Where Koers finds its data folders (resources/, forms/, translations/).

In a source checkout, an editable install and the PyInstaller bundle they sit beside the desktop_app package; a
wheel (`pip install .`) installs them under <prefix>/share/koers (pyproject's data-files)."""
from __future__ import annotations

import sys
from pathlib import Path


def _data_root() -> Path:
    beside = Path(__file__).resolve().parents[1]
    if (beside / "resources").is_dir():
        return beside
    return Path(sys.prefix) / "share" / "koers"


DATA_ROOT = _data_root()
RESOURCES = DATA_ROOT / "resources"
FORMS = DATA_ROOT / "forms"
TRANSLATIONS = DATA_ROOT / "translations"
