"""The welkomstpakket and the A5 wegwijzer, in the inburgeraar's own language.

Each builder returns `Drukwerk`: the PDF bytes (kept in memory; the caller decides where, if anywhere, they are
written) and the warnings the consultant should see (unchecked translation, missing logo, no contacts, ...).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4, A5

from desktop_app.core import termijnen as tm
from desktop_app.core.gemeente import Gemeente, valideer_gemeente
from desktop_app.core.model import ContactRol, Contactpersoon, Inburgeraar, aanbod
from desktop_app.core.validation import Bericht

from .inhoud import BRONTAAL, Tekst, Teksten
from .opmaak import BLAUW, DONKER, GRIJS, LICHT, ORANJE, Opmaak
from .tekst import isoleer, ontbrekende_tekens, teken_regel, zet_alinea
from desktop_app.config import gemeente_file, load_settings


class GeenGegevens(LookupError):
    """The document needs data that is not there yet (e.g. no concept PIP drafted); the message says what to do."""


BABEL_LOCALE = {"prs": "fa_AF", "ckb": "ckb"}


@dataclasses.dataclass
class PrintOpties:
    taal: str = BRONTAAL
    tweetalig: bool = False                    # own language with Dutch beside it
    voetregel_niet_gecontroleerd: bool = True  # "vertaling niet gecontroleerd" under unchecked translations
    boekje: bool = False                       # wegwijzer: A4 two-up booklet instead of A5 pages
    vandaag: dt.date | None = None


@dataclasses.dataclass
class Drukwerk:
    pdf: bytes
    waarschuwingen: list[str]
    paginas: int


# -- municipality --------------------------------------------------------------------------------------------------
def lees_gemeente(pad: Path | None = None) -> tuple[Gemeente, bytes | None, list[str]]:
    """Load a municipality configuration (default: the one in the settings, else the example) and its logo.
    Problems become warnings; printing goes on without them."""
    pad = Path(pad) if pad else gemeente_file(load_settings()[0])
    waarschuwingen: list[str] = []
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, ValueError) as fout:
        reden = fout.strerror if isinstance(fout, OSError) else "geen geldige JSON"
        return Gemeente(naam="Gemeente"), None, [Bericht(
            "Gemeenteconfiguratie {pad} niet te lezen ({reden}); het drukwerk heeft geen gemeentegegevens. Kies een "
            "geldig bestand.", code="druk.gemeente_onleesbaar", pad=str(pad), reden=reden)]
    gemeente, fouten = valideer_gemeente(data)
    waarschuwingen += [Bericht("Gemeenteconfiguratie: {fout}", code="druk.gemeente", fout=f) for f in fouten]
    logo = None
    if gemeente.logo and not any(f.veld == "Logo" for f in fouten):
        logo_pad = (pad.parent / gemeente.logo)
        try:
            logo = logo_pad.read_bytes()
        except OSError as fout:
            waarschuwingen.append(Bericht("Logo {pad} niet te lezen ({reden}); het drukwerk heeft geen logo.",
                                          code="druk.logo_onleesbaar", pad=str(logo_pad), reden=fout.strerror))
        else:
            if not _is_afbeelding(logo):
                waarschuwingen.append(Bericht("Logo {pad} is geen PNG- of JPEG-afbeelding; het drukwerk heeft geen "
                                              "logo. Kies een ander bestand.", code="druk.logo", pad=str(logo_pad)))
                logo = None
    return gemeente, logo, waarschuwingen


def _is_afbeelding(data: bytes) -> bool:
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return False
    try:
        from reportlab.lib.utils import ImageReader
        ImageReader(io.BytesIO(data)).getSize()
        return True
    except Exception:  # any decoder error means: not an image we can print
        return False


# -- shared pieces -------------------------------------------------------------------------------------------------
class _Document:
    def __init__(self, opties: PrintOpties, formaat, grootte: float, marge: float):
        self.opties = opties
        self.t = Teksten(opties.taal)   # OnbekendeTaal for an unknown code: the caller shows its message
        self.vandaag = opties.vandaag or dt.date.today()
        self.o = Opmaak(formaat, rtl=self.t.rtl, grootte=grootte, marge=marge,
                        tweetalig=opties.tweetalig and opties.taal != BRONTAAL)
        self.waarschuwingen: list[str] = []

    def datum(self, d: dt.date, taal: str | None = None) -> str:
        from babel.dates import format_date
        taal = taal or self.t.taal
        return format_date(d, "long", locale=BABEL_LOCALE.get(taal, taal))

    def tekst(self, sleutel: str, **waarden) -> tuple[Tekst, Tekst | None]:
        """The text in the reader's language and, for the bilingual option, in Dutch; dates formatted for each."""
        def opgemaakt(taal):
            return {k: self.datum(v, taal) if isinstance(v, dt.date) else v for k, v in waarden.items()}
        eigen = self.t.get(sleutel, **opgemaakt(self.t.taal))
        if eigen.taal != self.t.taal:   # fell back to Dutch: Dutch dates too
            eigen = self.t.get(sleutel, **opgemaakt(eigen.taal))
        return eigen, (self.t.nl(sleutel, **opgemaakt("nl")) if self.o.tweetalig else None)

    def kop(self, sleutel: str, grootte: float = 16, **waarden) -> None:
        eigen, nl = self.tekst(sleutel, **waarden)
        self.o.kop(eigen, grootte=grootte, nl=nl)

    def alinea(self, sleutel: str, **waarden) -> None:
        eigen, nl = self.tekst(sleutel, **waarden)
        self.o.alinea(eigen, nl=nl)

    def contacten(self, contacten: list[Contactpersoon], kop: str) -> None:
        self.kop(kop)
        if not contacten:
            self.waarschuwingen.append(Bericht("Deze inburgeraar heeft nog geen contactpersonen; het drukwerk zegt "
                                               "dat ze nog volgen. Vul ze in bij de inburgeraar.",
                                               code="druk.geen_contacten"))
            self.alinea("contacten_geen")
        volgorde = [r.value for r in ContactRol]
        for c in sorted(contacten, key=lambda c: volgorde.index(c.rol) if c.rol in volgorde else 99):
            rol = self.t.get(f"rol_{c.rol}") if c.rol in volgorde else self.t.get("rol_overig")
            self.o.alinea(rol, vet=True, kleur=BLAUW, na=0)
            regels = [" · ".join(isoleer(p) for p in (c.naam, c.organisatie) if p)]
            if c.telefoon:
                regels.append(f"{self.t.get('telefoon')}: {isoleer(c.telefoon)}")
            if c.email:
                regels.append(f"{self.t.get('email')}: {isoleer(c.email)}")
            for regel in regels:
                self.o.alinea(regel, na=0)
            self.o.ruimte(8)

    def organisaties(self, gemeente: Gemeente) -> None:
        """Local organisations from the municipality's configuration (names and descriptions stay Dutch)."""
        for org in gemeente.contacten + gemeente.organisaties:
            self.o.alinea(isoleer(org.naam), vet=True, kleur=BLAUW, na=0)
            for regel in (org.omschrijving, org.adres):
                if regel:
                    self.o.alinea(isoleer(regel), na=0, grootte=self.o.grootte * 0.92)
            bereik = [f"{self.t.get('telefoon')}: {isoleer(org.telefoon)}" if org.telefoon else "",
                      f"{self.t.get('email')}: {isoleer(org.email)}" if org.email else ""]
            for regel in filter(None, bereik):
                self.o.alinea(regel, na=0, grootte=self.o.grootte * 0.92)
            self.o.ruimte(7)

    def eigen_paginas(self, gemeente: Gemeente) -> None:
        for pagina in gemeente.paginas:
            taal = self.t.taal if self.t.taal in pagina.titel and self.t.taal in pagina.tekst else BRONTAAL
            titel = Tekst(pagina.titel[taal], taal, "gemeente")
            tekst = Tekst(pagina.tekst[taal], taal, "gemeente")
            if taal != self.t.taal:   # visible fallback, as for our own texts
                tekst = Tekst(tekst.tekst + " " + isoleer(self.t.get("taal_fallback")), taal, "ontbreekt")
                self.t.gebruikt["gemeente:" + pagina.titel[BRONTAAL]] = "ontbreekt"
            nl = (Tekst(pagina.titel[BRONTAAL], BRONTAAL, "bron"), Tekst(pagina.tekst[BRONTAAL], BRONTAAL, "bron"))
            tweetalig = self.o.tweetalig and taal != BRONTAAL
            self.o.kop(titel, grootte=14, nl=nl[0] if tweetalig else None)
            self.o.alinea(tekst, nl=nl[1] if tweetalig else None)

    def voetregel(self, gemeente: Gemeente):
        ongecontroleerd = bool(self.t.niet_gecontroleerd()) and self.opties.voetregel_niet_gecontroleerd
        o = self.o
        grootte = 7.5

        def teken(canvas, nummer: int, totaal: int) -> None:
            tekst = f"{gemeente.naam} · {nummer}/{totaal}"
            if ongecontroleerd:
                tekst += " · vertaling niet gecontroleerd"
            for regel in zet_alinea(tekst, o.breedte - 2 * o.marge, grootte, rtl=False):
                x = o.marge if o.rtl else o.breedte - o.marge - regel.breedte
                teken_regel(canvas, regel, x, o.marge - 6, GRIJS)
        return teken

    def afronden(self, gemeente: Gemeente, titel: str, boekje: bool = False) -> Drukwerk:
        ongecontroleerd = self.t.niet_gecontroleerd()
        if ongecontroleerd:
            ontbreekt = [k for k, s in self.t.gebruikt.items() if s == "ontbreekt"]
            self.waarschuwingen.append(Bericht(
                "De vertaling in '{taal}' is niet door een moedertaalspreker gecontroleerd ({aantal} teksten).",
                code="druk.ongecontroleerd", taal=self.t.taal, aantal=len(ongecontroleerd)))
            if ontbreekt:
                self.waarschuwingen.append(Bericht(
                    "{aantal} tekst(en) ontbreken en staan er in het Nederlands: {namen}.", code="druk.ontbreekt",
                    aantal=len(ontbreekt), namen=", ".join(k.removeprefix("gemeente:") for k in ontbreekt)))
        maak = self.o.boekje_pdf if boekje else self.o.pdf
        return Drukwerk(maak(titel, self.voetregel(gemeente)), self.waarschuwingen, len(self.o.paginas))


# -- welkomstpakket ------------------------------------------------------------------------------------------------
def _stappen(d: _Document, ib: Inburgeraar) -> list[tuple[str, str, str]]:
    """(title, extra line, date line) per step of the routekaart, with this person's own dates where known and the
    steps of their doelgroep: a warme overdracht only for an asielstatushouder (a nareiziger or migrant starts with the
    inschrijving in the gemeente), the leerroute as their own choice where the municipality only advises."""
    t, fmt = d.t, d.datum
    volgt = str(t.get("datum_volgt"))
    aanbod_ = aanbod(ib.doelgroep)

    def uiterlijk_of_gedaan(gedaan, uiterlijk):
        if gedaan:
            return str(t.get("datum_gedaan", datum=fmt(gedaan)))
        return str(t.get("datum_uiterlijk", datum=fmt(uiterlijk))) if uiterlijk else volgt

    vanaf_intake = getattr(ib, aanbod_.intake_vanaf)
    venster = tm.leerbaarheidstoets_venster(vanaf_intake)
    if ib.leerbaarheidstoets:
        toets = str(t.get("datum_gedaan", datum=fmt(ib.leerbaarheidstoets)))
    elif venster:
        toets = str(t.get("datum_tussen", van=fmt(venster[0]), tot=fmt(venster[1])))
    else:
        toets = volgt
    termijn = tm.inburgeringstermijn(ib.pip_dagtekening)
    if aanbod_.warme_overdracht:
        begin = (str(t.get("stap_warme_overdracht")),
                 str(t.get("datum_vanaf", datum=fmt(ib.koppeling))) if ib.koppeling else volgt)
    else:
        begin = (str(t.get("stap_inschrijving")),
                 str(t.get("datum_gedaan", datum=fmt(ib.brp_inschrijving))) if ib.brp_inschrijving else volgt)
    return [
        (begin[0], "", begin[1]),
        (str(t.get("stap_brede_intake")), "", uiterlijk_of_gedaan(ib.intake_start,
                                                                   tm.intake_start_uiterlijk(vanaf_intake))),
        (str(t.get("stap_leerbaarheidstoets")), "", toets),
        (str(t.get("stap_pip")), "", uiterlijk_of_gedaan(ib.pip_dagtekening, tm.pip_uiterlijk(ib.brp_inschrijving))),
        (str(t.get("stap_leerroute")), str(t.get("stap_leerroute_extra" if aanbod_.leerroute_aangeboden
                                                 else "stap_leerroute_eigen_extra")),
         str(t.get("datum_vanaf", datum=fmt(termijn[0]))) if termijn else volgt),
        (str(t.get("stap_examen")), "", str(t.get("datum_uiterlijk", datum=fmt(termijn[1]))) if termijn else volgt),
    ]


def teken_routekaart(d: _Document, ib: Inburgeraar) -> None:
    """The route as a drawn diagram: two rows of three numbered boxes, joined by arrows in a snake; mirrored for RTL
    (the route starts top right and the first row runs right to left)."""
    o, rtl = d.o, d.t.rtl
    stappen = _stappen(d, ib)
    breedte = o.breedte - 2 * o.marge
    kolommen, gat = 3, 26
    bw = (breedte - (kolommen - 1) * gat) / kolommen
    # lay out the text of every box first: all boxes get the height of the fullest one
    inhoud = []
    for titel, extra, datum in stappen:
        blok = [(o.regels(tekst, bw - 14, grootte, vet, rtl=rtl), grootte, kleur)
                for tekst, grootte, vet, kleur in ((titel, 11.5, True, BLAUW), (extra, 9.5, False, DONKER),
                                                  (datum, 9.5, False, DONKER)) if tekst]
        inhoud.append(blok)
    bh = max(88, max(30 + sum(len(r) * g * 1.45 + 3 for r, g, _ in blok) + 8 for blok in inhoud))
    rijgat = 40
    hoogte = 2 * bh + rijgat
    if not o.past(hoogte + 10):
        o.nieuwe_pagina()
    top = o.y
    posities = []
    for i in range(len(stappen)):
        rij, kol = divmod(i, kolommen)
        if rij % 2:            # snake: the second row runs back
            kol = kolommen - 1 - kol
        if rtl:                # mirrored
            kol = kolommen - 1 - kol
        x = o.marge + kol * (bw + gat)
        y = top - rij * (bh + rijgat) - bh
        posities.append((x, y))

    def pijl(c, x1, y1, x2, y2):
        import math
        c.setStrokeColor(ORANJE)
        c.setFillColor(ORANJE)
        c.setLineWidth(2.2)
        c.line(x1, y1, x2, y2)
        hoek = math.atan2(y2 - y1, x2 - x1)
        punt = [(x2, y2)] + [(x2 - 8 * math.cos(hoek + s * 0.45), y2 - 8 * math.sin(hoek + s * 0.45)) for s in (-1, 1)]
        p = c.beginPath()
        p.moveTo(*punt[0])
        for q in punt[1:]:
            p.lineTo(*q)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    for i in range(len(stappen) - 1):
        (x1, y1), (x2, y2) = posities[i], posities[i + 1]
        if abs(y1 - y2) < 1:   # same row
            if x2 > x1:
                o.teken(lambda c, a=(x1 + bw + 2, y1 + bh / 2, x2 - 3, y2 + bh / 2): pijl(c, *a))
            else:
                o.teken(lambda c, a=(x1 - 2, y1 + bh / 2, x2 + bw + 3, y2 + bh / 2): pijl(c, *a))
        else:                  # down to the next row
            o.teken(lambda c, a=(x1 + bw / 2, y1 - 2, x2 + bw / 2, y2 + bh + 3): pijl(c, *a))

    for n, (blok, (x, y)) in enumerate(zip(inhoud, posities), 1):
        def kader(c, x=x, y=y, n=n):
            c.setFillColor(LICHT)
            c.setStrokeColor(BLAUW)
            c.setLineWidth(1)
            c.roundRect(x, y, bw, bh, 8, stroke=1, fill=1)
            cx = x + bw - 14 if rtl else x + 14
            c.setFillColor(BLAUW)
            c.circle(cx, y + bh - 14, 10, stroke=0, fill=1)
        o.teken(kader)
        cijfer = zet_alinea(str(n), 20, 11, rtl=False, vet=True)[0]
        cx = x + bw - 14 if rtl else x + 14
        o.teken(lambda c, r=cijfer, cx=cx, y=y: teken_regel(c, r, cx - r.breedte / 2, y + bh - 18, white))
        ty = y + bh - 30
        for regels, grootte, kleur in blok:
            for regel in regels:
                ty -= grootte * 1.45
                o.teken(lambda c, r=regel, yy=ty, k=kleur, x=x:
                        teken_regel(c, r, x + (bw - r.breedte) / 2, yy, k))
            ty -= 3
    o.y = top - hoogte - 12


def _omslag(d: _Document, gemeente: Gemeente, logo: bytes | None, titel: Tekst, sub: Tekst | None,
            naam: str = "") -> None:
    o = d.o
    if logo:
        from reportlab.lib.utils import ImageReader
        beeld = ImageReader(io.BytesIO(logo))
        maat = 90 if o.formaat == A4 else 64
        x = o.breedte - o.marge - maat if o.rtl else o.marge
        o.teken(lambda c, x=x, y=o.y - maat: c.drawImage(beeld, x, y, maat, maat, mask="auto"))
        o.ruimte(maat + 10)
    o.alinea(isoleer(gemeente.naam), grootte=13, vet=True, kleur=GRIJS)
    o.ruimte(o.hoogte * 0.12)
    o.alinea(titel, grootte=26 if o.formaat == A4 else 20, vet=True, kleur=BLAUW, na=10)
    if sub is not None:
        o.alinea(sub, grootte=14, kleur=DONKER, na=8)
    if naam:
        o.alinea(naam, grootte=13, kleur=DONKER)


def welkomstpakket(ib: Inburgeraar, contacten: list[Contactpersoon], opties: PrintOpties,
                   gemeente_pad: Path | None = None) -> Drukwerk:
    d = _Document(opties, A4, 11, 56)
    gemeente, logo, waarschuwingen = lees_gemeente(gemeente_pad)
    d.waarschuwingen += waarschuwingen
    _omslag(d, gemeente, logo, d.t.get("welkom_titel", gemeente=gemeente.naam),
            d.t.get("welkom_voor", naam=ib.naam or "—"))
    if ib.naam_eigen_schrift:
        d.o.alinea(isoleer(ib.naam_eigen_schrift), grootte=14)
    if ib.v_nummer:
        d.o.alinea(isoleer(f"V-nummer {ib.v_nummer}"), grootte=10, kleur=GRIJS)
    d.o.ruimte(20)
    d.alinea("welkom_intro")
    d.o.alinea(isoleer(d.datum(d.vandaag)), grootte=9, kleur=GRIJS)

    d.o.nieuwe_pagina()
    d.kop("routekaart_kop", 18)
    d.alinea("routekaart_uitleg")
    d.o.ruimte(8)
    teken_routekaart(d, ib)
    # every promise follows the doelgroep (DOMAIN.md "Doelgroepen: what differs"): what is not offered is not printed
    aanbod_ = aanbod(ib.doelgroep)
    termijn = tm.inburgeringstermijn(ib.pip_dagtekening)
    if termijn and aanbod_.leerroute_aangeboden:     # the municipality may change the route it offers
        d.alinea("termijn_bekend", van=termijn[0], tot=termijn[1],
                 datum=tm.routewijziging_uiterlijk(ib.pip_dagtekening))
    elif termijn:
        d.alinea("termijn_alleen", van=termijn[0], tot=termijn[1])
    else:
        d.alinea("termijn_onbekend")
    d.alinea("leerroute_gemeente" if aanbod_.leerroute_aangeboden else "leerroute_eigen")
    if termijn and not ib.pvt_ondertekend:           # the legal deadline: within the termijn
        d.alinea("pvt_uiterlijk", datum=termijn[1])

    d.o.nieuwe_pagina()
    d.contacten(contacten, "contacten_kop")
    if aanbod_.bijstand:
        d.kop("uitkering_kop")
        d.alinea("uitkering_tekst")
    else:
        d.kop("inkomen_migrant_kop")
        d.alinea("inkomen_migrant_tekst")
    if aanbod_.ontzorgen:
        d.alinea("ontzorgen_tekst")
        momenten = tm.ontzorgen_momenten(ib.start_ontzorgen)
        if momenten:
            d.alinea("ontzorgen_datums", van=momenten[0], tot=momenten[1])

    d.o.nieuwe_pagina()
    d.kop("plicht_kop")
    d.alinea("plicht_tekst")
    d.kop("rechten_kop")
    d.kop("rechten_sub", 12.5)
    d.o.opsomming([d.tekst(f"recht_{n}") for n in (1, 2, 3)])
    d.kop("plichten_sub", 12.5)
    d.o.opsomming([d.tekst(f"plicht_{n}") for n in (1, 2, 3, 4)])

    if gemeente.paginas or gemeente.contacten or gemeente.organisaties:
        d.o.nieuwe_pagina()
        d.kop("gemeente_kop", gemeente=gemeente.naam)
        d.organisaties(gemeente)
        d.eigen_paginas(gemeente)
    _controleer_tekens(d)
    return d.afronden(gemeente, f"Welkomstpakket {gemeente.naam}")


# -- wegwijzer -----------------------------------------------------------------------------------------------------
ONDERWERPEN = ("wonen", "zorg", "werk", "inkomen", "verzekering", "onderwijs", "digid")


def wegwijzer(ib: Inburgeraar | None, contacten: list[Contactpersoon], opties: PrintOpties,
              gemeente_pad: Path | None = None) -> Drukwerk:
    """The A5 booklet; without an inburgeraar it is the generic one (no name, no personal contacts)."""
    d = _Document(opties, A5, 10.5, 36)
    gemeente, logo, waarschuwingen = lees_gemeente(gemeente_pad)
    d.waarschuwingen += waarschuwingen
    _omslag(d, gemeente, logo, d.t.get("wegwijzer_titel"), d.t.get("wegwijzer_sub", gemeente=gemeente.naam),
            naam=isoleer(ib.naam) if ib else "")
    d.o.nieuwe_pagina()
    for onderwerp in ONDERWERPEN:   # one after another: short texts, a page each would be mostly empty
        d.kop(f"{onderwerp}_kop", 14)
        d.alinea(f"{onderwerp}_tekst")
        d.o.ruimte(6)
    d.o.nieuwe_pagina()
    d.kop("organisaties_kop", 14)
    d.organisaties(gemeente)
    if ib is not None:
        d.o.nieuwe_pagina()
        d.contacten(contacten, "wegwijzer_contacten_kop")
    _controleer_tekens(d)
    return d.afronden(gemeente, f"Wegwijzer {gemeente.naam}", boekje=opties.boekje)


def _controleer_tekens(d: _Document) -> None:
    """Refuse to print boxes: warn about any character in this document that no shipped font has."""
    ontbrekend = ontbrekende_tekens("".join(d.o.gezet))
    if ontbrekend:
        d.waarschuwingen.append(Bericht("Tekens zonder lettertype (worden als vakjes gedrukt): {tekens}",
                                        code="druk.tekens", tekens=" ".join(f"U+{ord(c):04X}" for c in ontbrekend)))
