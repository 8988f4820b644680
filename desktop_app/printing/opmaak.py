"""Flow of headings, paragraphs and lists over pages, for left-to-right and right-to-left documents.

Pages are recorded as lists of drawing operations and only drawn at the end, so the same A5 pages can be written
one per sheet or imposed two-up on A4 for a folded booklet.
"""
from __future__ import annotations

import dataclasses
import io
from typing import Callable

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, A5, landscape

from .inhoud import Tekst
from .tekst import Regel, teken_regel, zet_alinea, _fonts

BLAUW = HexColor("#145a8c")
DONKER = HexColor("#222222")
GRIJS = HexColor("#666666")
LICHT = HexColor("#e8f0f7")
ORANJE = HexColor("#f0aa1e")

Tekenen = Callable[[object], None]


@dataclasses.dataclass
class Pagina:
    ops: list[Tekenen] = dataclasses.field(default_factory=list)


class Opmaak:
    """Writes blocks top to bottom; `rtl` mirrors alignment and the side of the bilingual columns."""

    def __init__(self, formaat=A4, *, rtl: bool, marge: float = 56, grootte: float = 11, tweetalig: bool = False):
        self.breedte, self.hoogte = formaat
        self.formaat = formaat
        self.rtl = rtl
        self.marge = marge
        self.grootte = grootte
        self.tweetalig = tweetalig
        self.paginas: list[Pagina] = []
        self.gezet: list[str] = []   # every text laid out, for the glyph-coverage check
        self.nieuwe_pagina()

    # -- pages ---------------------------------------------------------------------------------------------------
    def nieuwe_pagina(self) -> None:
        self.paginas.append(Pagina())
        self.y = self.hoogte - self.marge

    @property
    def onderkant(self) -> float:
        return self.marge + 18   # room for the footer

    def teken(self, op: Tekenen) -> None:
        self.paginas[-1].ops.append(op)

    def ruimte(self, punten: float) -> None:
        self.y -= punten

    def past(self, hoogte: float) -> bool:
        return self.y - hoogte >= self.onderkant

    # -- text ----------------------------------------------------------------------------------------------------
    @staticmethod
    def regelafstand(grootte: float) -> float:
        return grootte * 1.6   # Naskh's tall ascenders and Ethiopic need the room

    def regels(self, tekst: Tekst | str, breedte: float, grootte: float, vet: bool = False,
               rtl: bool | None = None) -> list[Regel]:
        richting = tekst.rtl if isinstance(tekst, Tekst) else (self.rtl if rtl is None else rtl)
        self.gezet.append(str(tekst))
        return zet_alinea(str(tekst), breedte, grootte, rtl=richting, vet=vet)

    def _teken_regels(self, regels: list[Regel], links: float, breedte: float, y: float, grootte: float,
                      rechts_uitlijnen: bool, kleur, midden: bool = False) -> None:
        stap = self.regelafstand(grootte)
        for n, regel in enumerate(regels):
            if midden:
                x = links + (breedte - regel.breedte) / 2
            else:
                x = links + breedte - regel.breedte if rechts_uitlijnen else links
            self.teken(lambda c, r=regel, x=x, yy=y - n * stap - grootte: teken_regel(c, r, x, yy, kleur))

    def alinea(self, tekst: Tekst | str, *, grootte: float | None = None, vet: bool = False, kleur=DONKER,
               nl: Tekst | None = None, inspringen: float = 0, na: float = 6, midden: bool = False) -> None:
        """A paragraph; with `nl` (bilingual option) the Dutch text stands beside it."""
        grootte = grootte or self.grootte
        stap = self.regelafstand(grootte)
        links, breedte = self.marge, self.breedte - 2 * self.marge
        if nl is not None and self.tweetalig and isinstance(tekst, Tekst) and tekst.taal != nl.taal:
            kolom = (breedte - 18) / 2
            eigen_links = links + kolom + 18 if self.rtl else links
            nl_links = links if self.rtl else links + kolom + 18
            eigen = self.regels(tekst, kolom - inspringen, grootte, vet)
            dutch = self.regels(nl, kolom - inspringen, grootte * 0.9, vet)
            delen = [(eigen, eigen_links, grootte, kleur, tekst.rtl), (dutch, nl_links, grootte * 0.9, GRIJS, False)]
            hoogte = max(len(eigen) * stap, len(dutch) * self.regelafstand(grootte * 0.9))
            if not self.past(hoogte):
                self.nieuwe_pagina()
            for regels, x, g, k, r in delen:
                self._teken_regels(regels, x + (0 if r else inspringen), kolom - inspringen, self.y, g, r, k)
            self.y -= hoogte + na
            return
        rtl = tekst.rtl if isinstance(tekst, Tekst) else self.rtl
        regels = self.regels(tekst, breedte - inspringen, grootte, vet)
        while regels:
            passend = int((self.y - self.onderkant) // stap)
            if len(regels) - passend == 1 and passend > 1:
                passend -= 1          # no widow: never one line alone at the top of the next page
            if passend < 1 or (passend == 1 < len(regels)):
                self.nieuwe_pagina()  # no orphan: never one line alone at the foot of a page
                continue
            deel, regels = regels[:passend], regels[passend:]
            self._teken_regels(deel, links + (0 if rtl else inspringen), breedte - inspringen, self.y, grootte,
                               rtl, kleur, midden)
            self.y -= len(deel) * stap
            if regels:
                self.nieuwe_pagina()
        self.y -= na

    def kop(self, tekst: Tekst | str, *, grootte: float = 16, nl: Tekst | None = None) -> None:
        # never a heading alone at the foot of a page: keep room for it and three lines of text
        if not self.past(self.regelafstand(grootte) * 1.5 + 3 * self.regelafstand(self.grootte)):
            self.nieuwe_pagina()
        self.ruimte(4)
        self.alinea(tekst, grootte=grootte, vet=True, kleur=BLAUW, nl=nl, na=4)

    def opsomming(self, items: list[tuple[Tekst, Tekst | None]]) -> None:
        """Bulleted items; the bullet stands on the reading side (right in RTL)."""
        for tekst, nl in items:
            if not self.past(self.regelafstand(self.grootte)):
                self.nieuwe_pagina()
            y = self.y - self.grootte * 0.65
            rtl = self.rtl
            x = self.breedte - self.marge - 3 if rtl else self.marge + 3
            self.teken(lambda c, x=x, y=y: (c.setFillColor(BLAUW), c.circle(x, y, 2.2, stroke=0, fill=1)))
            self.alinea(tekst, nl=nl, inspringen=14, na=3)

    def velden(self, rijen: list[tuple[str, str]], labelbreedte: float = 150, grootte: float | None = None) -> None:
        """Label/value rows (the Dutch reports); the value wraps, the row moves to the next page whole."""
        grootte = grootte or self.grootte
        stap = self.regelafstand(grootte)
        links, breedte = self.marge, self.breedte - 2 * self.marge
        for label, waarde in rijen:
            labels = self.regels(label, labelbreedte - 8, grootte, True, rtl=False)
            waarden = self.regels(waarde or "—", breedte - labelbreedte, grootte, False, rtl=False)
            hoogte = max(len(labels), len(waarden)) * stap
            if not self.past(hoogte):
                self.nieuwe_pagina()
            self._teken_regels(labels, links, labelbreedte, self.y, grootte, False, GRIJS)
            self._teken_regels(waarden, links + labelbreedte, breedte - labelbreedte, self.y, grootte, False, DONKER)
            self.y -= hoogte + 2

    def lijn(self) -> None:
        y = self.y
        self.teken(lambda c, y=y: (c.setStrokeColor(LICHT), c.setLineWidth(1.2),
                                   c.line(self.marge, y, self.breedte - self.marge, y)))
        self.y -= 8

    # -- output --------------------------------------------------------------------------------------------------
    def _canvas(self, buffer, paginagrootte, titel: str):
        from reportlab.pdfgen.canvas import Canvas
        fonts = _fonts()
        # initialFontName: otherwise ReportLab declares Helvetica, a font that is not embedded
        canvas = Canvas(buffer, pagesize=paginagrootte, initialFontName=fonts[("latin", False)],
                        pageCompression=1, invariant=1)
        canvas.setTitle(titel)
        canvas.setCreator("Koers")
        return canvas

    def pdf(self, titel: str, voetregel: Callable[[object, int, int], None] | None = None) -> bytes:
        """One page per sheet."""
        buffer = io.BytesIO()
        canvas = self._canvas(buffer, self.formaat, titel)
        for n, pagina in enumerate(self.paginas, 1):
            for op in pagina.ops:
                op(canvas)
            if voetregel:
                voetregel(canvas, n, len(self.paginas))
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def boekje_pdf(self, titel: str, voetregel: Callable[[object, int, int], None] | None = None) -> bytes:
        """A5 pages imposed two-up on A4 landscape, printed double-sided and folded: see `boekje_volgorde`."""
        buffer = io.BytesIO()
        blad = landscape(A4)
        canvas = self._canvas(buffer, blad, titel)
        aantal = len(self.paginas)
        for links, rechts in boekje_volgorde(aantal, rtl=self.rtl):
            for kant, nummer in ((0, links), (1, rechts)):
                if nummer is None:
                    continue
                canvas.saveState()
                canvas.translate(kant * blad[0] / 2, 0)
                canvas.scale(blad[0] / 2 / A5[0], blad[1] / A5[1])
                for op in self.paginas[nummer - 1].ops:
                    op(canvas)
                if voetregel:
                    voetregel(canvas, nummer, aantal)
                canvas.restoreState()
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()


def boekje_volgorde(aantal: int, *, rtl: bool = False) -> list[tuple[int | None, int | None]]:
    """Page numbers (1-based, None = blank) on each printed side, left and right, front then back of each sheet.

    With n pages padded to a multiple of 4, sheet s carries on its front n-2s | 2s+1 and on its back 2s+2 | n-2s-1:
    stacked and folded, the pages read 1, 2, 3, … A right-to-left booklet opens on the other side: mirrored."""
    n = (aantal + 3) // 4 * 4
    zijden = []
    for s in range(n // 4):
        zijden.append((n - 2 * s, 2 * s + 1))
        zijden.append((2 * s + 2, n - 2 * s - 1))
    if rtl:
        zijden = [(rechts, links) for links, rechts in zijden]
    return [tuple(p if p <= aantal else None for p in zijde) for zijde in zijden]
