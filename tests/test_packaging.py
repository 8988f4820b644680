"""The one-folder bundle (PyInstaller, as `make package` builds it) starts, opens a demo store and prints a PDF —
without the source tree or the venv behind it."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scherm import toont_scherm

ROOT = Path(__file__).parents[1]
PASS = "lange geheime zin voor de bundel"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    work = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
                    "--workpath", str(work / "build"), str(ROOT / "packaging" / "koers.spec")],
                   check=True, cwd=ROOT, capture_output=True, timeout=900)
    exe = work / "dist" / "koers" / "koers"
    assert exe.exists()
    return exe


def _env(tmp_path):
    # no PYTHONPATH, run from an empty folder: the bundle must carry everything itself
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), KOERS_CONFIG_DIR=str(tmp_path / "config"))
    return env


def test_bundle_opens_a_demo_store_and_prints_a_pdf(bundle, tmp_path):
    (tmp_path / "pw").write_text(PASS)
    env = _env(tmp_path)
    run = lambda *args: subprocess.run([str(bundle), *args], cwd=tmp_path, env=env, capture_output=True,
                                       text=True, timeout=300)
    r = run("demo", "--store", "s", "--clients", "8", "--passphrase-file", "pw")
    assert r.returncode == 0, r.stderr
    r = run("list", "--store", "s", "--passphrase-file", "pw")
    assert len(r.stdout.splitlines()) == 8
    client = r.stdout.splitlines()[0].split("\t")[0]
    r = run("print", "welkomstpakket", "--store", "s", "--client", client, "--lang", "ar", "--out", "w.pdf",
            "--passphrase-file", "pw")
    assert r.returncode == 0, r.stderr
    pdf = (tmp_path / "w.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(tmp_path / "w.pdf")], capture_output=True, text=True).stdout
        assert "NotoNaskhArabic" in fonts


def test_bundle_shows_the_first_run_screen_offscreen(bundle, tmp_path):
    err = toont_scherm([str(bundle), "--store", str(tmp_path / "nieuw")], "eerste start", env=_env(tmp_path),
                       cwd=tmp_path)
    assert "Traceback" not in err


def test_wheel_carries_the_data_the_app_needs(koers_wheel):
    """`pip install .` on Windows/macOS: fonts, print content, forms, translations and migrations travel along."""
    import zipfile
    names = zipfile.ZipFile(koers_wheel).namelist()
    data = [n.split("/data/share/koers/", 1)[1] for n in names if "/data/share/koers/" in n]
    for expected in ("resources/fonts/NotoNaskhArabic-Regular.ttf", "resources/fonts/NotoSansEthiopic-Regular.ttf",
                     "resources/fonts/OFL.txt", "resources/print/ti/teksten.json", "resources/help/intake.html",
                     "forms/observatie/koers_tovii_stijl.json", "translations/koers_en.qm"):
        assert expected in data, expected
    assert "desktop_app/store/migrations/versions/0001_foundation.py" in names
    assert not any(n.startswith("tests/") for n in names)
