"""The "Afdrukken" tab of one inburgeraar: choose a document and language, see the real pages, print or save.

The PDF is built and rasterised in memory (pypdfium2 reads bytes); a file is written only where the user chooses in
the save dialog. Warnings (unchecked translation, missing logo, no contacts) stand above the preview.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from desktop_app.core.dates import datum_nl
from desktop_app.gui.background import run_in_background
from desktop_app.gui.meldingen import tekst

# What the combo offers: (document, A4 booklet?)
KEUZES = (("welkomstpakket", False), ("wegwijzer", False), ("wegwijzer", True), ("pip", False), ("observatie", False))


def pagina_beelden(pdf: bytes, dpi: float) -> list[QImage]:
    """Rasterise every page in memory. Called on the GUI thread only: PDFium is not thread-safe, and a crash was
    seen when its objects were finalised while a worker rendered (50 ms for five A4 pages at 60 dpi)."""
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(pdf)
    try:
        beelden = []
        for i in range(len(document)):
            beeld = document[i].render(scale=dpi / 72).to_pil().convert("RGB")
            data = beeld.tobytes()
            beelden.append(QImage(data, beeld.width, beeld.height, 3 * beeld.width,
                                  QImage.Format_RGB888).copy())   # copy: the bytes go away with `data`
        return beelden
    finally:
        document.close()


class PrintView(QWidget):
    sig_klaar = Signal()   # a preview was built (tests wait for it)

    def __init__(self, bediening, inburgeraar_id: str, parent=None):
        super().__init__(parent)
        from desktop_app.printing.inhoud import beschikbare_talen, taalnaam
        self.d = bediening.d
        self.inburgeraar_id = inburgeraar_id
        self.inburgeraar = self.d.inburgeraars.lees(inburgeraar_id)
        self.drukwerk = None
        self._bezig = False
        self._opnieuw = False

        self.document = QComboBox()
        namen = (self.tr("Welkomstpakket"), self.tr("Wegwijzer (A5)"), self.tr("Wegwijzer (A4-boekje, vouwen)"),
                 self.tr("PIP"), self.tr("Observatieverslag startklas"))
        for naam, keuze in zip(namen, KEUZES, strict=True):
            self.document.addItem(naam, keuze)
        self.document.setAccessibleName(self.tr("Document"))
        self.taal = QComboBox()
        for code in beschikbare_talen():
            self.taal.addItem(f"{taalnaam(code)} ({code})", code)
        eigen = self.inburgeraar.taal if self.inburgeraar else "nl"
        self.taal.setCurrentIndex(max(0, self.taal.findData(eigen)))
        self._taal_melding = "" if eigen in beschikbare_talen() else self.tr(
            "Er is geen drukwerk in de taal '%1' van deze inburgeraar; kies een andere taal.").replace("%1", eigen)
        self.taal.setAccessibleName(self.tr("Taal van het drukwerk"))
        self.pipversie = QComboBox()           # the PIP: the current one, or an earlier beschikking
        self.pipversie.setAccessibleName(self.tr("Versie van het PIP"))
        self.tweetalig = QCheckBox(self.tr("Met Nederlands ernaast"))
        self.voetregel = QCheckBox(self.tr("Regel 'vertaling niet gecontroleerd'"))
        self.voetregel.setChecked(True)
        self.afdrukken_knop = QPushButton(self.tr("&Afdrukken…"))
        self.opslaan_knop = QPushButton(self.tr("Opslaan als &PDF…"))
        for knop in (self.afdrukken_knop, self.opslaan_knop):
            knop.setEnabled(False)
        self.afdrukken_knop.clicked.connect(self.afdrukken_dialoog)
        self.opslaan_knop.clicked.connect(self.opslaan_dialoog)

        # two rows: what to print, then how; one row does not fit 1280 px in longer languages
        keuzes = QHBoxLayout()
        for label, widget in ((self.tr("&Document:"), self.document), (self.tr("&Taal:"), self.taal)):
            l = QLabel(label)
            l.setBuddy(widget)
            keuzes.addWidget(l)
            keuzes.addWidget(widget)
        keuzes.addWidget(self.pipversie)
        keuzes.addStretch(1)
        keuzes.addWidget(self.afdrukken_knop)
        keuzes.addWidget(self.opslaan_knop)
        opties = QHBoxLayout()
        opties.addWidget(self.tweetalig)
        opties.addWidget(self.voetregel)
        opties.addStretch(1)

        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.paginas = QWidget()
        self.paginas_layout = QVBoxLayout(self.paginas)
        self.paginas_layout.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.paginas)
        scroll.setStyleSheet("QScrollArea { background: #8a8a8a; }")
        self.paginas.setStyleSheet("background: #8a8a8a;")

        lay = QVBoxLayout(self)
        lay.addLayout(keuzes)
        lay.addLayout(opties)
        lay.addWidget(self.melding)
        lay.addWidget(scroll, 1)

        for widget in (self.document, self.taal, self.pipversie):
            widget.currentIndexChanged.connect(self.bijwerken)
        for vak in (self.tweetalig, self.voetregel):
            vak.toggled.connect(self.bijwerken)
        self._verouderd = True
        bediening.sig_gewijzigd.connect(self._gewijzigd)

    def showEvent(self, event) -> None:
        """Build the preview when the tab is shown (opening an inburgeraar should not cost a PDF), and again when what
        it shows changed while the tab was hidden."""
        super().showEvent(event)
        if self._verouderd:
            self.bijwerken()

    def _gewijzigd(self, wijzigingen, _bron) -> None:
        """Anything of this person changed (the PIP, the advice, the contacts, a key date): the preview follows."""
        if not wijzigingen.raakt_inburgeraar(self.inburgeraar_id):
            return
        self.inburgeraar = self.d.inburgeraars.lees(self.inburgeraar_id)
        self._verouderd = True
        if self.isVisible():
            self.bijwerken()

    # -- building --------------------------------------------------------------------------------------------------
    def keuze(self) -> tuple[str, bool]:
        return self.document.currentData()

    def bijwerken(self) -> None:
        """Rebuild the preview; while one is being built, remember to build once more afterwards."""
        if self._bezig:
            self._opnieuw = True
            return
        from desktop_app.printing.documenten import PrintOpties
        from desktop_app.printing.maken import NEDERLANDSTALIG, bouw
        self._verouderd = False
        document, boekje = self.keuze()
        nederlands = document in NEDERLANDSTALIG
        for widget in (self.taal, self.tweetalig, self.voetregel):
            widget.setEnabled(not nederlands)
        self._vul_pipversies(document)
        opties = PrintOpties(taal="nl" if nederlands else self.taal.currentData(), boekje=boekje,
                             tweetalig=self.tweetalig.isChecked(),
                             voetregel_niet_gecontroleerd=self.voetregel.isChecked())
        try:
            gegevens = self.d.drukwerk.verzamel(document, self.inburgeraar_id,   # the store: on this thread
                                                self.pipversie.currentData() if document == "pip" else None)
        except LookupError as fout:
            self._toon_fout(str(fout))
            return
        gebruiker = self.d.gebruiker
        self._bezig = True
        self.melding.setText(self.tr("Voorbeeld wordt gemaakt…"))

        def maak(_voortgang):
            return bouw(document, gegevens, opties, gebruiker=gebruiker)

        run_in_background(maak, on_success=self._klaar, on_failure=self._mislukt)

    def _vul_pipversies(self, document: str) -> None:
        gekozen = self.pipversie.currentData()
        self.pipversie.blockSignals(True)
        self.pipversie.clear()
        self.pipversie.addItem(self.tr("Huidig PIP"), None)
        if document == "pip" and self.d.rol.werkt_met_dossiers:
            for v in reversed(self.d.pip.versies(self.inburgeraar_id)):
                self.pipversie.addItem(self.tr("Versie %1 (%2)").replace("%1", str(v.versie))
                                       .replace("%2", datum_nl(v.dagtekening)), v.versie)
        self.pipversie.setCurrentIndex(max(0, self.pipversie.findData(gekozen)))
        self.pipversie.setVisible(self.pipversie.count() > 1)
        self.pipversie.blockSignals(False)

    def _klaar(self, drukwerk) -> None:
        self._bezig = False
        self.drukwerk = drukwerk
        self._toon_paginas(pagina_beelden(drukwerk.pdf, 72 * self.devicePixelRatioF()))
        waarschuwingen = [self._taal_melding] if self._taal_melding else []
        waarschuwingen += map(tekst, self.drukwerk.waarschuwingen)
        if waarschuwingen:
            self.melding.setStyleSheet("color: #7a4b00; background: #fff3cd; padding: 6px;")
            self.melding.setText(self.tr("Let op:") + " " + " ".join(waarschuwingen))
        else:
            self.melding.setStyleSheet("")
            self.melding.setText(self.tr("%n pagina('s).", "", self.drukwerk.paginas))
        for knop in (self.afdrukken_knop, self.opslaan_knop):
            knop.setEnabled(True)
        self.sig_klaar.emit()
        if self._opnieuw:
            self._opnieuw = False
            self.bijwerken()

    def _mislukt(self, fout: Exception) -> None:
        self._bezig = False
        from desktop_app.printing.inhoud import OnbekendeTaal
        from desktop_app.printing.documenten import GeenGegevens
        if isinstance(fout, (GeenGegevens, OnbekendeTaal)):
            self._toon_fout(str(fout))
        else:
            self._toon_fout(self.tr("Het drukwerk kon niet worden gemaakt (%1). Er is niets opgeslagen of "
                                    "afgedrukt.").replace("%1", type(fout).__name__))
        self.sig_klaar.emit()
        if self._opnieuw:
            self._opnieuw = False
            self.bijwerken()

    def _toon_fout(self, tekst: str) -> None:
        self.drukwerk = None
        self._toon_paginas([])
        self.melding.setStyleSheet("color: #842029; background: #f8d7da; padding: 6px;")
        self.melding.setText(tekst)
        for knop in (self.afdrukken_knop, self.opslaan_knop):
            knop.setEnabled(False)

    def _toon_paginas(self, beelden: list[QImage]) -> None:
        while self.paginas_layout.count():
            item = self.paginas_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for n, beeld in enumerate(beelden, 1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(beeld))
            label.setAccessibleName(self.tr("Pagina %1").replace("%1", str(n)))
            label.setStyleSheet("background: white; border: 1px solid #555;")
            self.paginas_layout.addWidget(label, 0, Qt.AlignHCenter)

    # -- output ------------------------------------------------------------------------------------------------------
    def voorgestelde_naam(self) -> str:
        document, boekje = self.keuze()
        achternaam = (self.inburgeraar.achternaam if self.inburgeraar else "").replace(" ", "-") or "inburgeraar"
        return f"{document}{'-boekje' if boekje else ''}-{achternaam}.pdf"

    def opslaan_dialoog(self) -> None:
        pad, _ = QFileDialog.getSaveFileName(self, self.tr("Opslaan als PDF"), self.voorgestelde_naam(),
                                             self.tr("PDF-bestanden (*.pdf)"))
        if pad:
            self.opslaan(pad)

    def opslaan(self, pad: str) -> bool:
        """Write the PDF where the user chose; the only place it is ever written."""
        if self.drukwerk is None:
            return False
        if not pad.lower().endswith(".pdf"):
            pad += ".pdf"
        try:
            with open(pad, "wb") as uit:
                uit.write(self.drukwerk.pdf)
        except OSError as fout:
            QMessageBox.warning(self, self.tr("Niet opgeslagen"),
                                self.tr("%1 kon niet worden geschreven: %2. Kies een andere map.")
                                .replace("%1", pad).replace("%2", fout.strerror or str(fout)))
            return False
        self.melding.setStyleSheet("")
        self.melding.setText(self.tr("Opgeslagen als %1.").replace("%1", pad))
        return True

    def afdrukken_dialoog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.voorgestelde_naam())
        dialoog = QPrintDialog(printer, self)
        if dialoog.exec() == QPrintDialog.Accepted:
            self.afdrukken(printer)

    def afdrukken(self, printer) -> None:
        """Paint the real pages onto the printer (each page rendered at the printer's resolution, up to 300 dpi)."""
        from PySide6.QtGui import QPageLayout, QPageSize
        if self.drukwerk is None:
            return
        document, boekje = self.keuze()
        liggend = boekje
        printer.setPageOrientation(QPageLayout.Landscape if liggend else QPageLayout.Portrait)
        if not liggend and document == "wegwijzer":
            printer.setPageSize(QPageSize(QPageSize.A5))
        dpi = min(300, printer.resolution())
        beelden = pagina_beelden(self.drukwerk.pdf, dpi)
        schilder = QPainter(printer)
        try:
            for n, beeld in enumerate(beelden):
                if n:
                    printer.newPage()
                doel = schilder.viewport()
                maat = beeld.size().scaled(doel.size(), Qt.KeepAspectRatio)
                schilder.drawImage(doel.x(), doel.y(), beeld.scaled(maat, Qt.KeepAspectRatio,
                                                                   Qt.SmoothTransformation))
        finally:
            schilder.end()
