"""Journey 3, a fresh install: the wheel built from the repository, installed with pip into a clean venv outside the
checkout (its dependencies from the hashed requirements.lock, as on a new machine), used from an empty folder without
PYTHONPATH: demo data and an import of real-shaped people, the caseload, printed material in Arabic and Tigrinya, the
window, the server's admin commands.

The venv is shared by the tests of this module; building the wheel and the venv is most of what the journey costs:
about 27 s of 33 s on the shared 2-core machine when it is quiet, 52 s of 64 s under load (pip's cache warm)."""
from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.importeren import KOLOMMEN
from tests.scherm import toont_scherm

from .conftest import pdffonts, pdftekst
from .mensen import MENSEN, inburgeraar

ROOT = Path(__file__).parents[2]
PASS = "vier losse woorden voor een verse installatie"
CLIENTS = 12


def _run(command: list, **kwargs) -> subprocess.CompletedProcess:
    r = subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=600, **kwargs)
    assert r.returncode == 0, f"{command}: {r.returncode}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


@pytest.fixture(scope="module")
def venv(koers_wheel, tmp_path_factory):
    venv = tmp_path_factory.mktemp("fresh-install") / "venv"
    assert ROOT not in venv.parents
    _run([sys.executable, "-m", "venv", venv])
    python = venv / "bin" / "python"
    _run([python, "-m", "pip", "install", "-q", "--require-hashes", "-r", ROOT / "requirements.lock"])
    _run([python, "-m", "pip", "install", "-q", "--no-deps", koers_wheel])
    _run([python, "-m", "pip", "check"])
    yield venv
    shutil.rmtree(venv)          # half a gigabyte; pytest keeps the temp folders of the last three runs


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """The new user's empty folder: the commands run here."""
    return tmp_path_factory.mktemp("thuis")


@pytest.fixture(scope="module")
def env(venv, home) -> dict[str, str]:
    """Nothing from the checkout or the test's own venv: no PYTHON*, no VIRTUAL_ENV, only the new venv on PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "KOERS_", "QT_"))}
    env.update(HOME=str(home), KOERS_CONFIG_DIR=str(home / ".config" / "koers"),
               PATH=os.pathsep.join([str(venv / "bin"), "/usr/local/bin", "/usr/bin", "/bin"]))
    return env


@pytest.fixture(scope="module")
def koers(venv, home, env):
    return lambda *args: _run([venv / "bin" / "koers", *args], cwd=home, env=env)


@pytest.fixture(scope="module")
def caseload(koers, home) -> dict[str, str]:
    """`koers demo` into a new store, then `koers import` of the real-shaped people (long names in two scripts, every
    doelgroep) as the back office's CSV holds them; the caseload as `koers list` prints it: name → id."""
    (home / "wachtwoord").write_text(PASS)
    koers("demo", "--store", "opslag", "--clients", CLIENTS, "--passphrase-file", "wachtwoord")
    with (home / "gekoppeld.csv").open("w", newline="", encoding="utf-8") as f:
        schrijver = csv.DictWriter(f, fieldnames=list(KOLOMMEN))
        schrijver.writeheader()
        for i in range(len(MENSEN)):
            velden = inburgeraar(i, dt.date.today()).to_fields()
            schrijver.writerow({k: velden[k] for k in KOLOMMEN})
    koers("import", "--store", "opslag", "--passphrase-file", "wachtwoord", "gekoppeld.csv")
    regels = koers("list", "--store", "opslag", "--passphrase-file", "wachtwoord").stdout.splitlines()
    return {naam: ib_id for ib_id, naam in (regel.split("\t") for regel in regels)}


def test_the_installed_package_runs_from_the_venv_with_its_own_data(venv, home, env):
    r = _run([venv / "bin" / "python", "-c", "import desktop_app, desktop_app.paths as p; "
              "print(desktop_app.__file__); print(p.DATA_ROOT)"], cwd=home, env=env)
    package, data = map(Path, r.stdout.splitlines())
    assert venv in package.parents and ROOT not in package.parents
    assert data == venv / "share" / "koers"
    assert (data / "resources" / "fonts" / "NotoSansEthiopic-Regular.ttf").is_file()


def test_demo_and_import_fill_the_caseload_that_list_shows(caseload):
    assert len(caseload) == CLIENTS + len(MENSEN)
    for voornamen, achternaam, *_ in MENSEN:
        assert f"{voornamen} {achternaam}" in caseload


def _fonts(pdf: Path) -> dict[str, str]:
    """Font name (without the subset prefix) → embedded yes/no, from pdffonts."""
    regels = pdffonts(pdf).splitlines()[2:]
    return {regel.split()[0].split("+")[-1]: regel.split()[-5] for regel in regels}


@pytest.mark.parametrize("document, taal, wie, schrift, met_eigen_schrift", [
    ("welkomstpakket", "ar", 0, "NotoNaskhArabic-Regular", True),
    ("wegwijzer", "ti", 1, "NotoSansEthiopic-Regular", False)])
def test_print_in_the_persons_language_embeds_the_noto_fonts_and_names_the_person(
        koers, home, caseload, document, taal, wie, schrift, met_eigen_schrift):
    voornamen, achternaam, eigen_schrift, *_ = MENSEN[wie]
    pdf = home / f"{document}-{taal}.pdf"
    r = koers("print", document, "--store", "opslag", "--client", caseload[f"{voornamen} {achternaam}"],
              "--lang", taal, "--out", pdf.name, "--passphrase-file", "wachtwoord")
    assert f"{document} geschreven naar {pdf.name}" in r.stdout
    fonts = _fonts(pdf)
    assert schrift in fonts and "NotoSans-Regular" in fonts
    assert set(fonts.values()) == {"yes"}, fonts
    tekst = " ".join(pdftekst(pdf).split())
    for naam in [f"{voornamen} {achternaam}"] + ([eigen_schrift] if met_eigen_schrift else []):
        assert naam in tekst


def test_the_window_shows_the_lock_screen_for_the_store(venv, home, env, caseload):
    err = toont_scherm([str(venv / "bin" / "koers"), "--store", "opslag"], "vergrendeld", env=env, cwd=home)
    assert "Traceback" not in err


def test_the_central_server_admin_commands_run_from_the_venv(venv, home, env):
    central = venv / "bin" / "koers-central"
    r = _run([central, "--help"], cwd=home, env=env)
    for commando in ("serve", "enroll", "revoke", "devices", "export"):
        assert commando in r.stdout
    db = f"sqlite:///{home / 'centraal.db'}"
    r = _run([central, "enroll", "--db", db, "--user", "K. de Vries", "--role", "consultant", "--gemeente",
              "Gemeente Voorbeeld"], cwd=home, env=env)
    assert "Aanmeldcode voor K. de Vries (consultant, Gemeente Voorbeeld)" in r.stdout
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", r.stdout.splitlines()[-1])     # the one-time code, typed by hand
    assert _run([central, "devices", "--db", db], cwd=home, env=env).stdout == ""     # none has used it yet
