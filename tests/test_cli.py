"""The `koers` command as a user runs it: exit codes and the one line that says what is wrong."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
GOOD = "lange geheime zin voor de test"


def koers(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, input=stdin, timeout=120)


@pytest.fixture
def pw(tmp_path):
    (tmp_path / "pw").write_text(GOOD + "\n")
    (tmp_path / "bad").write_text("niet het goede wachtwoord\n")
    return tmp_path


@pytest.fixture
def demo_store(tmp_path, pw):
    r = koers("demo", "--store", tmp_path / "s", "--clients", 12, "--passphrase-file", pw / "pw")
    assert r.returncode == 0, r.stderr
    return tmp_path / "s"


def test_init_refuses_a_weak_passphrase_and_an_existing_store(tmp_path, pw):
    (tmp_path / "weak").write_text("abc\n")
    r = koers("init", "--store", tmp_path / "s", "--passphrase-file", tmp_path / "weak")
    assert r.returncode == 1 and "te zwak" in r.stderr
    assert not (tmp_path / "s").exists()
    assert koers("init", "--store", tmp_path / "s", "--passphrase-file", pw / "pw").returncode == 0
    r = koers("init", "--store", tmp_path / "s", "--passphrase-file", pw / "pw")
    assert r.returncode == 1 and "staat al een Koers-opslag" in r.stderr


def test_demo_list_and_info(demo_store, pw):
    r = koers("list", "--store", demo_store, "--passphrase-file", pw / "pw")
    lines = r.stdout.splitlines()
    assert r.returncode == 0 and len(lines) == 12
    assert all(len(line.split("\t")) == 2 for line in lines)
    r = koers("info", "--store", demo_store, "--passphrase-file", pw / "pw")
    assert "inburgeraar: 12" in r.stdout and "schemaversie:" in r.stdout
    names = [line.split("\t")[1] for line in lines]
    assert not any(name in r.stdout for name in names), "info shows no personal data"


def test_demo_has_every_doelgroep_and_names_in_several_scripts(demo_store, pw):
    from desktop_app.core.model import Doelgroep, Inburgeraar
    from desktop_app.store.store import Store
    s = Store.open(demo_store, GOOD)
    mensen = s.load_all(Inburgeraar)
    s.close()
    assert {ib.doelgroep for ib in mensen} == {d.value for d in Doelgroep}
    eigen = "".join(ib.naam_eigen_schrift for ib in mensen)
    assert any("\u0600" <= c <= "\u06ff" for c in eigen)       # Arabic script (Arabic and Farsi)
    assert "ی" in eigen                                          # Farsi yeh
    assert any("\u1200" <= c <= "\u137f" for c in eigen)       # Ethiopic (Tigrinya)


def test_wrong_passphrase_exits_2_with_one_clear_line(demo_store, pw):
    r = koers("list", "--store", demo_store, "--passphrase-file", pw / "bad")
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "wachtwoord klopt niet" in r.stderr
    assert r.stdout == ""


def test_no_passphrase_without_a_terminal_says_what_to_do(demo_store):
    r = koers("list", "--store", demo_store, stdin="")
    assert r.returncode == 1 and "--passphrase-file" in r.stderr


def test_missing_store_says_how_to_make_one(tmp_path, pw):
    r = koers("list", "--store", tmp_path / "nergens", "--passphrase-file", pw / "pw")
    assert r.returncode == 1 and "koers init" in r.stderr



def test_store_before_the_command_is_the_store_the_command_uses(tmp_path, pw):
    """`koers --store MAP demo` wrote into the default store while saying nothing (the command's own --store default
    won): the folder a person names is the one used, before or after the command."""
    leeg = tmp_path / "standaard"
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--store", str(tmp_path / "s"), "demo", "--clients", "3",
                        "--passphrase-file", str(pw / "pw")], capture_output=True, text=True, cwd=ROOT, timeout=120,
                       env={**os.environ, "KOERS_STORE": str(leeg)})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "s" / "koers.db").exists() and not leeg.exists()
    assert len(koers("--store", tmp_path / "s", "list", "--passphrase-file", pw / "pw").stdout.splitlines()) == 3

CSV_HEADER = "voornamen;achternaam;naam_eigen_schrift;geboortedatum;doelgroep;bsn;v_nummer;koppeling\n"


def test_import_with_bad_rows_imports_nothing_and_names_each_line(demo_store, pw, tmp_path):
    csv = tmp_path / "nieuw.csv"
    csv.write_text(CSV_HEADER +
                   "Huda;Aziz;هدى عزيز;03-04-1991;asielstatushouder;111222333;1234567890;01-10-2026\n"
                   "Sami;Nasser;;31-02-1990;asielstatushouder;;;\n"
                   "Reza;Karimi;;01-01-1985;gezinsmigrant;123456789;;\n"
                   "Baran;Şen;;01-01-2031;onbekend;;;\n", encoding="utf-8")
    r = koers("import", "--store", demo_store, "--passphrase-file", pw / "pw", csv)
    assert r.returncode == 1
    assert "regel 3:" in r.stderr and "geen datum" in r.stderr
    assert "regel 4:" in r.stderr and "elfproef" in r.stderr
    assert "regel 5:" in r.stderr and "toekomst" in r.stderr and "bestaat niet" in r.stderr
    assert "regel 2:" not in r.stderr
    assert "niets geïmporteerd" in r.stderr
    listed = koers("list", "--store", demo_store, "--passphrase-file", pw / "pw").stdout
    assert "Huda" not in listed
    r = koers("import", "--store", demo_store, "--passphrase-file", pw / "pw", "--skip-bad", csv)
    assert r.returncode == 0 and "1 inburgeraar(s) geïmporteerd, 3 regel(s) overgeslagen" in r.stdout
    assert "Huda Aziz" in koers("list", "--store", demo_store, "--passphrase-file", pw / "pw").stdout


def test_import_in_the_wrong_encoding_is_refused_before_touching_the_store(demo_store, pw, tmp_path):
    csv = tmp_path / "latin1.csv"
    csv.write_bytes((CSV_HEADER + "Elif;Yıldız;;01-01-1990;gezinsmigrant;;;\n").encode("utf-8")
                    .replace("ı".encode("utf-8"), b"\xfd"))
    r = koers("import", "--store", demo_store, "--passphrase-file", pw / "pw", csv)
    assert r.returncode == 1 and "geen UTF-8 (regel 2)" in r.stderr and "CSV UTF-8" in r.stderr


def test_import_with_unknown_columns_lists_the_allowed_ones(demo_store, pw, tmp_path):
    csv = tmp_path / "kolom.csv"
    csv.write_text("achternaam,doelgroep,shoe_size\nAziz,gezinsmigrant,42\n")
    r = koers("import", "--store", demo_store, "--passphrase-file", pw / "pw", csv)
    assert r.returncode == 1 and "shoe_size" in r.stderr and "voornamen" in r.stderr


def test_gui_without_a_display_says_how_to_start_it(tmp_path):
    import os
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--store", str(tmp_path / "s")], capture_output=True,
                       text=True, cwd=ROOT, env=env, timeout=60)
    assert r.returncode == 1 and "xvfb-run" in r.stderr and r.stderr.count("\n") == 1
