"""Text layout that is right in every script: font runs, HarfBuzz shaping, bidi per line after breaking.

ReportLab shapes (HarfBuzz) but does not reorder bidi text, and one Noto font never covers everything (Naskh lacks
'(' and '—', Ethiopic lacks ASCII digits). So a paragraph goes through these steps, in this order (UAX #9 says:
resolve levels on the whole paragraph, break lines on the logical text, then reorder each line):

1. embedding levels for the whole paragraph (python-bidi, which knows isolates: FSI…PDI around names and numbers);
2. a font per character: the script's own font, else the font of the previous character, else the first that has it;
3. line breaking on the logical text with shaped widths;
4. per line: reorder (rule L2), mirror brackets at odd levels, group into runs of one font and one level, shape each.

Each drawn line carries its logical text as /ActualText, so pdftotext gives the words in logical order.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata

from bidi import get_display
from bidi.mirror import MIRRORED
from desktop_app.paths import RESOURCES

FONT_DIR = RESOURCES / "fonts"

# (family key, regular file, bold file); order = fallback order.
FAMILIES = (
    ("latin", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    ("ethiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
)
RTL_TALEN = {"ar", "fa", "prs", "ps", "ckb"}
# Naskh looks a size smaller than Noto Sans at the same point size (short letters, long ascenders): scale it up so
# Arabic script and Latin read alike side by side.
SCHAAL = {"latin": 1.0, "arabic": 1.15, "ethiopic": 1.0}

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
# Invisible characters that steer bidi or shaping; never drawn as glyphs of their own (ZWNJ/ZWJ stay for shaping).
_STUURTEKENS = set("\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
_VERBINDERS = set("\u200c\u200d")


def isoleer(waarde: object) -> str:
    """Wrap a value (name, V-nummer, phone number, date) so it keeps its own direction inside RTL text."""
    return f"{FSI}{waarde}{PDI}"


def _script(ch: str) -> str | None:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF \
            or 0xFE70 <= o <= 0xFEFF:
        return "arabic"
    if 0x1200 <= o <= 0x139F or 0x2D80 <= o <= 0x2DDF or 0xAB00 <= o <= 0xAB2F:
        return "ethiopic"
    if ch.isalpha():
        return "latin"
    return None


@functools.cache
def _fonts() -> dict[tuple[str, bool], str]:
    """Register the shipped fonts once; returns (family, bold) → ReportLab font name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    namen = {}
    for familie, regular, bold in FAMILIES:
        for vet, bestand in ((False, regular), (True, bold)):
            naam = f"Koers-{familie}{'-bold' if vet else ''}"
            pdfmetrics.registerFont(TTFont(naam, str(FONT_DIR / bestand)))
            namen[(familie, vet)] = naam
    return namen


@functools.cache
def _dekking() -> dict[str, frozenset[int]]:
    """Code points per family (regular and bold cover the same characters)."""
    from reportlab.pdfbase import pdfmetrics
    return {familie: frozenset(pdfmetrics.getFont(_fonts()[(familie, False)]).face.charToGlyph)
            for familie, _, _ in FAMILIES}


def ontbrekende_tekens(tekst: str) -> list[str]:
    """Characters no shipped font has (they would print as empty boxes). Controls and line breaks don't count."""
    dekking = _dekking()
    uit = []
    for ch in dict.fromkeys(tekst):
        if ch in _STUURTEKENS or ch in "\n\t" or unicodedata.category(ch) == "Cf":
            continue
        if not any(ord(ch) in codes for codes in dekking.values()) and ch not in uit:
            uit.append(ch)
    return uit


def _kies_fonts(tekst: str) -> list[str]:
    """A family per character: its script's font, else the previous character's, else the first that covers it."""
    dekking = _dekking()
    uit: list[str] = []
    vorige = None
    for ch in tekst:
        o = ord(ch)
        script = _script(ch)
        if script and o in dekking[script]:
            familie = script
        elif vorige and (o in dekking[vorige] or ch in _STUURTEKENS or unicodedata.combining(ch)):
            familie = vorige
        else:
            familie = next((f for f, _, _ in FAMILIES if o in dekking[f]), "latin")
        uit.append(familie)
        vorige = familie
    return uit


# A word: non-space characters; an isolated value (a date, a name) is never broken over two lines.
_WOORD = re.compile(r"(?:\u2068[^\u2069]*\u2069?|\S)+")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(tekst: str, rtl: bool) -> list[int]:
    """Resolved embedding level per character (python-bidi reports them per UTF-8 byte)."""
    info = get_display(tekst, base_dir="R" if rtl else "L", debug=True)
    blok = info[info.index("levels:"):info.index("paragraphs:")]
    per_byte = [int(n) for n in _LEVEL.findall(blok)]
    uit, i = [], 0
    for ch in tekst:
        uit.append(per_byte[i] if i < len(per_byte) else (1 if rtl else 0))
        i += len(ch.encode("utf-8"))
    return uit


def _visuele_volgorde(levels: list[int]) -> list[int]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or higher."""
    volgorde = list(range(len(levels)))
    if not levels:
        return volgorde
    hoogste = max(levels)
    laagste_oneven = min((lv for lv in levels if lv % 2), default=hoogste + 1)
    for niveau in range(hoogste, laagste_oneven - 1, -1):
        i = 0
        while i < len(volgorde):
            if levels[volgorde[i]] >= niveau:
                j = i
                while j < len(volgorde) and levels[volgorde[j]] >= niveau:
                    j += 1
                volgorde[i:j] = reversed(volgorde[i:j])
                i = j
            else:
                i += 1
    return volgorde


@dataclasses.dataclass
class Stuk:
    """One shaped run, ready to draw: text (ShapedStr or str), font name, width and font size in points."""
    tekst: str
    font: str
    breedte: float
    grootte: float


@dataclasses.dataclass
class Regel:
    logisch: str          # the line's text in logical order, for tests
    visueel: str          # the same in visual order: what text extractors expect to find on the page
    stukken: list[Stuk]   # in visual order, left to right
    breedte: float


@functools.lru_cache(maxsize=20000)
def _vorm(tekst: str, font: str, grootte: float):
    """Shape one run (cached: the same words recur on every page). Returns (shaped text, width)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
    vorm = shapeStr(tekst, font, grootte)
    if isinstance(vorm, ShapedStr):
        return vorm, sum(sd.x_advance for sd in vorm.__shapeData__) * grootte / 1000
    return vorm, pdfmetrics.stringWidth(tekst, font, grootte)


def _runs(indices: list[int], tekst: str, families: list[str], levels: list[int]):
    """Group character indices (in the given order) into (family, level, [indices]) runs."""
    runs: list[tuple[str, int, list[int]]] = []
    for i in indices:
        if tekst[i] in _STUURTEKENS:
            continue
        if runs and runs[-1][0] == families[i] and runs[-1][1] == levels[i]:
            runs[-1][2].append(i)
        else:
            runs.append((families[i], levels[i], [i]))
    return runs


def _breedte(indices: range, tekst: str, families: list[str], vet: bool, grootte: float) -> float:
    fonts = _fonts()
    totaal = 0.0
    for familie, _, idx in _runs(list(indices), tekst, families, [0] * len(tekst)):
        totaal += _vorm("".join(tekst[i] for i in idx), fonts[(familie, vet)], grootte * SCHAAL[familie])[1]
    return totaal


def zet_alinea(tekst: str, breedte: float, grootte: float, *, rtl: bool, vet: bool = False) -> list[Regel]:
    """Break a paragraph (logical order) into lines no wider than `breedte`, each reordered and shaped."""
    tekst = unicodedata.normalize("NFC", tekst)
    if "\n" in tekst:   # a hard line break ends a bidi paragraph (UAX #9 P1): lay out each part on its own
        return [r for deel in tekst.split("\n") for r in zet_alinea(deel, breedte, grootte, rtl=rtl, vet=vet)]
    if not tekst.strip():
        return []
    fonts = _fonts()
    levels = _levels(tekst, rtl)
    families = _kies_fonts(tekst)
    # words and the spaces between them, as index ranges into the logical text
    woorden = [(m.start(), m.end()) for m in _WOORD.finditer(tekst)]
    spatie = _breedte(range(0, 1), " ", ["latin"], vet, grootte)
    regels: list[tuple[int, int]] = []
    begin, eind, huidig = None, None, 0.0
    for a, b in woorden:
        w = _breedte(range(a, b), tekst, families, vet, grootte)
        if begin is not None and huidig + spatie + w > breedte:
            regels.append((begin, eind))
            begin = None
        if begin is None:
            begin, huidig = a, w
        else:
            huidig += spatie + w
        eind = b
    if begin is not None:
        regels.append((begin, eind))

    uit = []
    for a, b in regels:
        volgorde = [a + i for i in _visuele_volgorde(levels[a:b])]
        stukken, totaal = [], 0.0
        for familie, level, idx in _runs(volgorde, tekst, families, levels):
            tekens = [tekst[i] for i in idx]  # visual order
            if any(_script(c) == "arabic" for c in tekens):
                # HarfBuzz lays out Arabic-script runs (letters, but also ۱۲۳ digits) right-to-left and mirrors
                # them itself: hand it the reverse of what must appear.
                tekens.reverse()
            elif level % 2:
                tekens = [MIRRORED.get(c, c) for c in tekens]
            g = grootte * SCHAAL[familie]
            vorm, w = _vorm("".join(tekens), fonts[(familie, vet)], g)
            stukken.append(Stuk(vorm, fonts[(familie, vet)], w, g))
            totaal += w
        logisch = "".join(c for c in tekst[a:b] if c not in _STUURTEKENS)
        visueel = "".join(MIRRORED.get(tekst[i], tekst[i]) if levels[i] % 2 else tekst[i]
                          for i in volgorde if tekst[i] not in _STUURTEKENS)
        uit.append(Regel(logisch, visueel, stukken, totaal))
    return uit


def _actual_text(tekst: str) -> str:
    return "<FEFF" + tekst.encode("utf-16-be").hex().upper() + ">"


def teken_regel(canvas, regel: Regel, x: float, y: float, kleur=None) -> None:
    """Draw one line with its left edge at x.

    The line is wrapped in /ActualText with its characters in visual order: extractors (poppler) treat page text
    as visual and reorder it to logical themselves; without it they would see Arabic presentation forms and
    private-use code points of the shaped glyphs."""
    canvas._code.append(f"/Span <</ActualText {_actual_text(regel.visueel)}>> BDC")
    if kleur is not None:
        canvas.setFillColor(kleur)
    for stuk in regel.stukken:
        canvas.setFont(stuk.font, stuk.grootte)
        canvas.drawString(x, y, stuk.tekst)
        x += stuk.breedte
    canvas._code.append("EMC")
