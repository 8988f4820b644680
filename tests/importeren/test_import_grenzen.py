"""Issue 12.11: `koers import` with the files people really send. Duplicates (in the file and against the store) are
reported with line numbers; control characters, ESC, bidi overrides and line breaks in names are refused; a date that
reads two ways is refused with what to write; an overlong field and an unterminated quote are reported without a
traceback and without swallowing the good rows after them; a large file is read in bounded memory."""
import datetime as dt
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from bench.bench_import import schrijf_csv
from desktop_app.core.importeren import ImportFout, lees_csv

ROOT = Path(__file__).parents[2]
KOP = "voornamen;achternaam;naam_eigen_schrift;geboortedatum;doelgroep;bsn;v_nummer;koppeling\n"
HUDA = "Huda;Aziz;هدى عزيز;03-04-1991;asielstatushouder;111222333;1234567890;01-10-2026\n"


def koers(*args):
    return subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


@pytest.fixture
def opslag(store, store_dir, tmp_path, passphrase):
    store.close()
    (tmp_path / "pw").write_text(passphrase + "\n")
    return lambda *args: koers(*args[:1], "--store", store_dir, "--passphrase-file", tmp_path / "pw", *args[1:])


def _csv(tmp_path, *regels, naam="nieuw.csv"):
    pad = tmp_path / naam
    pad.write_text(KOP + "".join(regels), encoding="utf-8")
    return pad


def test_the_same_file_twice_imports_nobody_twice(opslag, tmp_path):
    pad = _csv(tmp_path, HUDA, "Reza;Karimi;رضا کریمی;01-01-1985;gezinsmigrant;;;\n")
    assert opslag("import", pad).returncode == 0
    r = opslag("import", pad)
    assert r.returncode == 1
    assert "regel 2: staat al in Koers (zelfde BSN)" in r.stderr
    assert "regel 3: staat al in Koers (zelfde naam en geboortedatum)" in r.stderr
    assert opslag("import", "--skip-bad", pad).stdout.startswith("0 inburgeraar(s) geïmporteerd")
    assert len(opslag("list").stdout.splitlines()) == 2


def test_duplicates_within_the_file_name_the_line_they_repeat(opslag, tmp_path):
    pad = _csv(tmp_path, HUDA,
               "Huda;Aziz-Omar;;03-04-1992;asielstatushouder;111222333;;\n",            # same BSN
               "Sara;Haile;ሳራ ሃይለ;05-06-1990;nareiziger;;1234567890;\n",                   # same V-nummer
               "Omar;Nasser;;07-08-1980;overige_migrant;;;\n",
               "omar;NASSER;;07-08-1980;overige_migrant;;;\n")                          # same name and birth date
    r = opslag("import", pad)
    assert "regel 3: dubbel: zelfde BSN als regel 2" in r.stderr
    assert "regel 4: dubbel: zelfde V-nummer als regel 2" in r.stderr
    assert "regel 6: dubbel: zelfde naam en geboortedatum als regel 5" in r.stderr
    assert "regel 5" not in r.stderr.replace("als regel 5", "")


@pytest.mark.parametrize("naam", ["Amal\x1b[2J", "Amal\u202eladdaH", "Am\u2066al", "Amal\tHaddad", "Amal\x00",
                                  "Amal\u2028Haddad"])
def test_control_characters_and_bidi_overrides_in_names_are_refused_with_the_line(opslag, tmp_path, naam):
    pad = _csv(tmp_path, HUDA, f"{naam};Haddad;;01-01-1990;nareiziger;;;\n")
    r = opslag("import", "--skip-bad", pad)
    assert "regel 3:" in r.stderr and "stuurteken" in r.stderr and "Traceback" not in r.stderr
    assert opslag("list").stdout.count("\n") == 1 and "\x1b" not in opslag("list").stdout


def test_farsi_joiners_and_direction_marks_stay_allowed(opslag, tmp_path):
    pad = _csv(tmp_path, "Mehdi;Rezaei;مهدی\u200cرضایی\u200f;02-02-1988;asielstatushouder;;;\n")
    assert opslag("import", pad).returncode == 0


def test_a_date_that_reads_two_ways_is_refused_with_what_to_write(opslag, tmp_path):
    pad = _csv(tmp_path, "Sami;Nasser;;05/12/1990;asielstatushouder;;;\n")
    r = opslag("import", pad)
    assert r.returncode == 1 and "regel 2:" in r.stderr and "dubbelzinnig" in r.stderr
    assert "05-12-1990 als 05 de dag is" in r.stderr


def test_an_overlong_field_and_an_unterminated_quote_lose_no_good_rows(opslag, tmp_path):
    pad = _csv(tmp_path, "Lang;" + "x" * 140_000 + ";;01-01-1990;nareiziger;;;\n",
               "Mila;" + "y" * 201 + ";;01-01-1990;nareiziger;;;\n",
               '"Rami;Saleh;;01-01-1990;nareiziger;;;\n',
               HUDA, "Reza;Karimi;;01-01-1985;gezinsmigrant;;;\n")
    r = opslag("import", pad)
    assert "Traceback" not in r.stderr and r.returncode == 1
    assert "regel 2: de regel is" in r.stderr and "regel 3: kolom achternaam is langer dan 200" in r.stderr
    assert "regel 4: een aanhalingsteken" in r.stderr
    r = opslag("import", "--skip-bad", pad)
    assert r.stdout.startswith("2 inburgeraar(s) geïmporteerd, 3 regel(s) overgeslagen")
    assert {"Huda Aziz", "Reza Karimi"} <= set(line.split("\t")[1] for line in opslag("list").stdout.splitlines())


def _piek(pad, rijen):
    tracemalloc.start()
    with open(pad, encoding="utf-8") as fh:
        aantal = sum(1 for r in lees_csv(fh, dt.date(2026, 11, 22)) if not isinstance(r, ImportFout))
    piek = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert aantal == rijen
    return piek


def test_reading_keeps_no_records_in_memory(tmp_path):
    schrijf_csv(tmp_path / "klein.csv", 2_000)
    schrijf_csv(tmp_path / "groot.csv", 20_000)
    per_rij = (_piek(tmp_path / "groot.csv", 20_000) - _piek(tmp_path / "klein.csv", 2_000)) / 18_000
    assert per_rij < 400, f"{per_rij:.0f} bytes per row: records are kept (one takes over 1,000 bytes)"
