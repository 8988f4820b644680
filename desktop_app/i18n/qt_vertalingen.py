"""UI translations with Qt Linguist files: Dutch is the source, English is complete, `pseudo` finds layout bugs.

    python -m desktop_app.i18n.qt_vertalingen extract   # lupdate: new/changed strings into translations/*.ts
    python -m desktop_app.i18n.qt_vertalingen compile   # pseudo-locale from the sources, then lrelease → *.qm
    python -m desktop_app.i18n.qt_vertalingen check     # placeholders kept, nothing unfinished

(`make translations` runs all three.)
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
TALEN = ("en", "pseudo")
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
# Text between these is kept as it is in the pseudo-locale: placeholders, HTML tags, entities.
BEHOUD = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}|<[^>]+>|&[a-z]+;")


def ts_file(taal: str) -> Path:
    return TRANSLATIONS / f"koers_{taal}.ts"


def _tool(name: str) -> str:
    kandidaat = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(kandidaat) if kandidaat.exists() else f"pyside6-{name}"


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "desktop_app" / "gui").rglob("*.py"))


def extract() -> None:
    TRANSLATIONS.mkdir(exist_ok=True)
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-source-language", "nl", "-target-language", "en",
                    *map(str, sources()), "-ts", str(ts_file("en"))], check=True, cwd=ROOT)


def pseudo(tekst: str) -> str:
    """Longer (~40 %) and visibly foreign, placeholders and markup untouched, accelerator (&) kept."""
    tabel = str.maketrans("aeiouAEIOUcnsyz", "àéîõüÀÉÎÕÜçñšýž")
    delen, vorige = [], 0
    for m in BEHOUD.finditer(tekst):
        delen.append(tekst[vorige:m.start()].translate(tabel))
        delen.append(m.group())
        vorige = m.end()
    delen.append(tekst[vorige:].translate(tabel))
    kern = "".join(delen)
    zichtbaar = len(BEHOUD.sub("", tekst))
    return f"⟦{kern}{'·' * max(1, int(zichtbaar * 0.4))}⟧" if zichtbaar else kern


def make_pseudo() -> None:
    boom = ET.parse(ts_file("en"))
    wortel = boom.getroot()
    wortel.set("language", "ar")   # a right-to-left locale: the pseudo run mirrors every layout
    for message in wortel.iter("message"):
        bron = message.findtext("source") or ""
        vertaling = message.find("translation")
        vertaling.attrib.pop("type", None)
        if message.get("numerus") == "yes":     # one pseudo text per plural form (Arabic has 6), no loose text
            for kind in list(vertaling):
                vertaling.remove(kind)
            vertaling.text = None
            for _ in range(6):
                ET.SubElement(vertaling, "numerusform").text = pseudo(bron)
        else:
            vertaling.text = pseudo(bron)
    context = ET.SubElement(wortel, "context")
    ET.SubElement(context, "name").text = "QGuiApplication"
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = "QT_LAYOUT_DIRECTION"
    ET.SubElement(message, "translation").text = "RTL"
    boom.write(ts_file("pseudo"), encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    make_pseudo()
    for taal in TALEN:
        subprocess.run([_tool("lrelease"), "-silent", str(ts_file(taal)), "-qm",
                        str(TRANSLATIONS / f"koers_{taal}.qm")], check=True, cwd=ROOT)


def placeholders(tekst: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(tekst or ""))


def problems(taal: str = "en") -> list[str]:
    """Every message that is unfinished or whose translation drops or adds a placeholder."""
    uit = []
    for context in ET.parse(ts_file(taal)).getroot().iter("context"):
        naam = context.findtext("name")
        for message in context.iter("message"):
            bron = message.findtext("source") or ""
            vertaling = message.find("translation")
            if message.get("numerus") == "yes":     # plural forms: every <numerusform> must be complete
                teksten = [n.text or "" for n in vertaling.iter("numerusform")]
            else:
                teksten = [vertaling.text or ""]
            if vertaling.get("type") in ("unfinished", "vanished", "obsolete") or not teksten or not all(teksten):
                if vertaling.get("type") not in ("vanished", "obsolete"):
                    uit.append(f"{naam}: niet vertaald: {bron!r}")
                continue
            for tekst in teksten:
                if placeholders(bron) != placeholders(tekst):
                    uit.append(f"{naam}: placeholders {placeholders(bron)} ≠ {placeholders(tekst)} in {tekst!r}")
    return uit


def main(argv: list[str]) -> int:
    opdracht = argv[1] if len(argv) > 1 else "check"
    if opdracht == "extract":
        extract()
    elif opdracht == "compile":
        compile_all()
    elif opdracht == "check":
        gevonden = problems("en")
        print("\n".join(gevonden) or "alle vertalingen compleet, placeholders gelijk")
        return 1 if gevonden else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
