"""Where Koers keeps its settings, and reading/writing them (platform-appropriate folders via platformdirs).

A broken settings file never stops the app: the problems are reported, the defaults are used for the wrong values,
and the file is left as it is until the user saves from the settings dialog.
"""
from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from platformdirs import user_config_dir

from desktop_app.core.gemeente import Doel, valideer_gemeente
from desktop_app.core.instellingen import Instellingen, valideer_instellingen
from desktop_app.core.validation import Ongeldig
from desktop_app.paths import RESOURCES

VOORBEELD_GEMEENTE = RESOURCES / "gemeente" / "voorbeeld.json"


def config_dir() -> Path:
    return Path(os.environ.get("KOERS_CONFIG_DIR") or user_config_dir("Koers", appauthor=False))


def settings_file() -> Path:
    return config_dir() / "instellingen.json"


def load_settings(path: Path | None = None) -> tuple[Instellingen, list[Ongeldig]]:
    path = path or settings_file()
    if not path.exists():
        return Instellingen(), []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as fout:
        regel = getattr(fout, "lineno", None)
        waar = f" (regel {regel})" if regel else ""
        return Instellingen(), [Ongeldig("Instellingen", f"{path}{waar} is niet te lezen; de standaardinstellingen "
                                         f"worden gebruikt. Sla de instellingen opnieuw op om het te herstellen.")]
    return valideer_instellingen(data, bestaat=lambda p: Path(p).expanduser().is_file())


def save_settings(settings: Instellingen, path: Path | None = None) -> None:
    from desktop_app.store.files import write_atomic
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False).encode("utf-8"))


def gemeente_file(settings: Instellingen) -> Path:
    return Path(settings.gemeente_bestand).expanduser() if settings.gemeente_bestand else VOORBEELD_GEMEENTE


def gemeentedoelen(settings: Instellingen) -> tuple[Doel, ...]:
    """The municipality's own targets, shown beside the legal termijnen. A file that cannot be read gives none (printing
    and the settings dialog say what is wrong with it)."""
    try:
        gemeente, _ = valideer_gemeente(json.loads(gemeente_file(settings).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return ()
    return tuple(gemeente.doelen) if gemeente else ()
