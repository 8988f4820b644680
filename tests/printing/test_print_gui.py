"""The "Afdrukken" tab, offscreen: the preview shows the real pages, printing and saving go only where chosen."""
from pathlib import Path

import pytest

from desktop_app.gui.print_view import PrintView
from tests.bediening import bediening

from .conftest import maak_contacten, maak_inburgeraar

pytestmark = pytest.mark.gui


@pytest.fixture
def view(store, qtbot):
    ib = maak_inburgeraar("ar")
    store.save(ib)
    for c in maak_contacten(ib):
        store.save(c)
    w = PrintView(bediening(store), ib.id)
    qtbot.addWidget(w)
    assert w.drukwerk is None   # nothing is built until the tab is shown
    w.show()
    qtbot.waitUntil(lambda: w.drukwerk is not None, timeout=20000)
    return w


def _paginas(w) -> int:
    return w.paginas_layout.count()


def test_preview_shows_every_page_in_the_persons_language(view):
    assert view.taal.currentData() == "ar"
    assert _paginas(view) == view.drukwerk.paginas >= 4
    assert "niet door een moedertaalspreker gecontroleerd" in view.melding.text()
    assert view.afdrukken_knop.isEnabled() and view.opslaan_knop.isEnabled()


def test_switching_document_rebuilds_the_preview(view, qtbot):
    with qtbot.waitSignal(view.sig_klaar, timeout=20000):
        view.document.setCurrentIndex(1)   # wegwijzer A5
    qtbot.waitUntil(lambda: not view._bezig, timeout=20000)
    assert view.keuze() == ("wegwijzer", False)
    assert _paginas(view) == view.drukwerk.paginas


def test_pip_without_a_draft_says_what_to_do(view, qtbot):
    view.document.setCurrentIndex(3)   # concept-PIP: none drafted in this store
    qtbot.waitUntil(lambda: "nog geen concept-PIP" in view.melding.text(), timeout=20000)
    assert _paginas(view) == 0
    assert not view.opslaan_knop.isEnabled()
    assert not view.taal.isEnabled()   # the consultant's documents are Dutch


def test_save_writes_only_where_chosen(view, tmp_path, _private_tmp):
    doel = tmp_path / "gekozen" / "welkom"
    doel.parent.mkdir()
    assert view.opslaan(str(doel))
    assert (doel.parent / "welkom.pdf").read_bytes() == view.drukwerk.pdf
    # nothing with personal data left behind in the temp directory
    for pad in Path(_private_tmp).rglob("*"):
        if pad.is_file():
            assert b"Haddad" not in pad.read_bytes()


def test_save_to_an_unwritable_place_warns_and_keeps_the_document(view, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    gezien = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: gezien.append(a[2]))
    assert not view.opslaan(str(tmp_path / "bestaat-niet" / "x.pdf"))
    assert gezien and "kon niet worden geschreven" in gezien[0]
    assert view.drukwerk is not None


def test_print_paints_every_page(view, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "geprint.pdf"))   # a "printer" that writes a file, for the test
    printer.setResolution(100)
    view.afdrukken(printer)
    import pypdfium2 as pdfium
    assert len(pdfium.PdfDocument((tmp_path / "geprint.pdf").read_bytes())) == view.drukwerk.paginas
