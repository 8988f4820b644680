"""A fixed fictional inburgeraar and helpers that look at PDFs the way poppler (and a reader) sees them."""
import datetime as dt
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.model import ContactRol, Contactpersoon, Inburgeraar

VANDAAG = dt.date(2026, 11, 22)


def maak_inburgeraar(taal: str = "ar") -> Inburgeraar:
    return Inburgeraar(
        id="00000000-0000-4000-8000-000000000001", voornamen="Amal", achternaam="Haddad",
        naam_eigen_schrift="أمل حداد", taal=taal, v_nummer="1234567890", gemeente="Voorbeeld",
        koppeling=dt.date(2025, 6, 2), brp_inschrijving=dt.date(2025, 6, 10), intake_start=dt.date(2025, 7, 1),
        leerbaarheidstoets=None, pip_dagtekening=dt.date(2025, 8, 15), start_ontzorgen=dt.date(2025, 8, 15),
        vestiging=dt.date(2025, 6, 10))


def maak_contacten(ib: Inburgeraar) -> list[Contactpersoon]:
    return [
        Contactpersoon(id="c1", inburgeraar_id=ib.id, rol=ContactRol.KLANTMANAGER.value, naam="Karin de Vries",
                       organisatie="Gemeente Voorbeeld", telefoon="14 0999", email="k.devries@voorbeeld.example"),
        Contactpersoon(id="c2", inburgeraar_id=ib.id, rol=ContactRol.MAATSCHAPPELIJK_BEGELEIDER.value,
                       naam="Joost Smit", organisatie="VluchtelingenWerk", telefoon="06-12345678"),
    ]


@pytest.fixture
def inburgeraar():
    return maak_inburgeraar()


def pdftotext(pdf: bytes, tmp_path: Path, *extra: str) -> str:
    pad = tmp_path / "doc.pdf"   # fictional data only, inside the test's own tmp dir
    pad.write_bytes(pdf)
    return subprocess.run(["pdftotext", *extra, str(pad), "-"], capture_output=True, text=True, check=True).stdout


def pdffonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    pad = tmp_path / "fonts.pdf"
    pad.write_bytes(pdf)
    uit = subprocess.run(["pdffonts", str(pad)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [regel.split() for regel in uit[2:]]
