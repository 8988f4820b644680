"""`koers print …` against a real encrypted store: the PDF lands where asked, bad input is one clear line."""
import sys

import pytest

from desktop_app import cli
from desktop_app.core.model import Inburgeraar

from .conftest import maak_contacten, maak_inburgeraar

PASSPHRASE = "correct paard batterij nietje"   # tests/conftest.py's store fixture


@pytest.fixture
def opslag(store, store_dir, tmp_path):
    ib = maak_inburgeraar("ar")
    store.save(ib)
    for c in maak_contacten(ib):
        store.save(c)
    kaal = Inburgeraar(id="kaal", voornamen="Senait", achternaam="Tesfay", taal="ti")
    store.save(kaal)
    store.close()
    (tmp_path / "pw").write_text(PASSPHRASE + "\n")
    return ["--store", str(store_dir), "--passphrase-file", str(tmp_path / "pw")], ib


def koers(*args) -> int:
    return cli.main([str(a) for a in args])


def test_welkomstpakket_in_the_persons_own_language(opslag, tmp_path, capsys):
    args, ib = opslag
    uit = tmp_path / "welkom.pdf"
    assert koers("print", "welkomstpakket", *args, "--client", ib.id, "--out", uit) == 0
    assert uit.read_bytes().startswith(b"%PDF")
    gemeld = capsys.readouterr()
    assert "geschreven naar" in gemeld.out
    assert "niet door een moedertaalspreker gecontroleerd" in gemeld.err


def test_client_without_contacts_is_printed_with_a_warning(opslag, tmp_path, capsys):
    args, _ = opslag
    assert koers("print", "welkomstpakket", *args, "--client", "kaal", "--out", tmp_path / "w.pdf") == 0
    assert "nog geen contactpersonen" in capsys.readouterr().err


def test_generic_wegwijzer_needs_no_store(tmp_path):
    uit = tmp_path / "wegwijzer.pdf"
    assert koers("print", "wegwijzer", "--lang", "ti", "--boekje", "--out", uit) == 0
    assert uit.stat().st_size > 1000


@pytest.mark.parametrize("extra, melding", [
    (["--lang", "xx"], "Taal 'xx' is onbekend"),
    (["--client", "bestaat-niet"], "geen inburgeraar met id bestaat-niet"),
    ([], "Geef --client ID"),
])
def test_bad_input_is_refused_with_a_message(opslag, tmp_path, capsys, extra, melding):
    args, ib = opslag
    if "--client" not in extra and extra:
        extra = extra + ["--client", ib.id]
    uit = tmp_path / "x.pdf"
    assert koers("print", "welkomstpakket", *args, *extra, "--out", uit) == 1
    assert melding in capsys.readouterr().err
    assert not uit.exists()


def test_out_must_be_a_pdf_in_an_existing_folder(tmp_path, capsys):
    assert koers("print", "wegwijzer", "--out", tmp_path / "nee" / "x.pdf") == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert koers("print", "wegwijzer", "--out", tmp_path / "x.txt") == 1
    assert "eindigt niet op .pdf" in capsys.readouterr().err


def test_koers_start_does_not_import_reportlab():
    import subprocess
    code = "import sys, desktop_app.cli as c; c.build_parser(); print('reportlab' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_language_without_print_content_falls_back_to_dutch_with_a_warning(store, store_dir, tmp_path, capsys):
    koerd = Inburgeraar(id="ku", voornamen="Rojin", achternaam="Aydın", taal="ckb")
    store.save(koerd)
    (tmp_path / "pw").write_text(PASSPHRASE + "\n")
    args = ["--store", str(store_dir), "--passphrase-file", str(tmp_path / "pw")]
    assert koers("print", "wegwijzer", *args, "--client", "ku", "--out", tmp_path / "w.pdf") == 0
    assert "geen drukwerk in de taal 'ckb'" in capsys.readouterr().err
