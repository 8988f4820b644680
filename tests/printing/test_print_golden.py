"""Golden images: the first pages of each document in each language, rasterised at low dpi, compared with a tolerance.

References live in tests/printing/golden/. They change only on purpose:
    KOERS_GOLDEN_UPDATE=1 python -m pytest tests/printing/test_print_golden.py
then look at the new PNGs before committing them.
"""
import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from desktop_app.printing.documenten import PrintOpties, welkomstpakket, wegwijzer

from .conftest import VANDAAG, maak_contacten, maak_inburgeraar

GOLDEN = Path(__file__).parent / "golden"
DPI = 40
BIJWERKEN = os.environ.get("KOERS_GOLDEN_UPDATE") == "1"
TALEN = ("nl", "en", "ar", "ti", "fa", "prs", "ps", "so", "tr")
# (document, pages): the cover and the routekaart; for the A5 wegwijzer its first text page
DOCUMENTEN = {"welkomstpakket": (1, 2), "wegwijzer": (2,)}


def rasteriseer(pdf: bytes, pagina: int) -> Image.Image:
    with tempfile.TemporaryDirectory() as map_:   # fictional data only
        (Path(map_) / "d.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-gray", "-f", str(pagina), "-l", str(pagina),
                        "-singlefile", str(Path(map_) / "d.pdf"), str(Path(map_) / "p")], check=True)
        return Image.open(Path(map_) / "p.png").convert("L")


def maak(document: str, taal: str) -> bytes:
    ib = maak_inburgeraar(taal)
    bouw = welkomstpakket if document == "welkomstpakket" else wegwijzer
    return bouw(ib, maak_contacten(ib), PrintOpties(taal=taal, vandaag=VANDAAG)).pdf


@pytest.mark.parametrize("taal", TALEN)
@pytest.mark.parametrize("document", sorted(DOCUMENTEN))
def test_pages_look_like_the_reference(document, taal):
    pdf = maak(document, taal)
    for pagina in DOCUMENTEN[document]:
        beeld = rasteriseer(pdf, pagina)
        referentie = GOLDEN / f"{document}-{taal}-{pagina}.png"
        if BIJWERKEN:
            beeld.save(referentie, optimize=True)
            continue
        assert referentie.exists(), f"{referentie.name} ontbreekt; maak hem met KOERS_GOLDEN_UPDATE=1"
        verwacht = Image.open(referentie).convert("L")
        assert beeld.size == verwacht.size
        verschil = ImageChops.difference(beeld, verwacht)
        gemiddeld = ImageStat.Stat(verschil).mean[0]
        anders = sum(verschil.point(lambda v: 255 if v > 64 else 0).histogram()[255:]) / (beeld.width * beeld.height)
        # anti-aliasing may shift by a grey level or two; a moved word changes far more than this
        assert gemiddeld < 1.5 and anders < 0.004, (f"{referentie.name}: gemiddeld verschil {gemiddeld:.2f}, "
                                                    f"{anders:.2%} pixels anders")
