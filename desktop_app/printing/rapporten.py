"""Documents for the consultant, in Dutch: the concept PIP and the observation report of the startklas.

They print what the intake (core/pip.py) and the observation (core/trajectadvies.py) stored; what is missing is
printed as missing ("nog te doen"), never left out silently.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4

from desktop_app.core import termijnen as tm
from desktop_app.core.model import Doelgroep, Inburgeraar, aanbod
from desktop_app.core.validation import Bericht, Ongeldig

from .documenten import Drukwerk, GeenGegevens, PrintOpties, _Document, lees_gemeente
from .opmaak import BLAUW, GRIJS

ROOD = HexColor("#a4262c")


class _Rapport(_Document):
    def __init__(self, opties: PrintOpties, gemeente_pad: Path | None):
        opties.taal = "nl"
        super().__init__(opties, A4, 10, 50)
        self.gemeente, self.logo, waarschuwingen = lees_gemeente(gemeente_pad)
        self.waarschuwingen += waarschuwingen

    def d(self, waarde: Any) -> str:
        """A date (date or ISO string) in Dutch, or a dash."""
        if not waarde:
            return "—"
        if isinstance(waarde, str):
            try:
                waarde = dt.date.fromisoformat(waarde)
            except ValueError:
                return waarde
        return self.datum(waarde)

    def titel(self, titel: str, ib: Inburgeraar, ondertitel: str) -> None:
        o = self.o
        o.alinea(self.gemeente.naam, grootte=10, vet=True, kleur=GRIJS, na=2)
        o.alinea(titel, grootte=20, vet=True, kleur=BLAUW, na=2)
        o.alinea(ondertitel, grootte=10, kleur=GRIJS, na=8)
        doelgroep = Doelgroep(ib.doelgroep).label if ib.doelgroep in {d.value for d in Doelgroep} else ib.doelgroep
        o.velden([("Inburgeraar", ib.naam + (f" ({ib.naam_eigen_schrift})" if ib.naam_eigen_schrift else "")),
                  ("V-nummer", ib.v_nummer), ("Geboortedatum", self.d(ib.geboortedatum)), ("Doelgroep", doelgroep),
                  ("Klantmanager", ib.klantmanager)])
        o.lijn()

    def kop_nl(self, tekst: str) -> None:
        self.o.kop(tekst, grootte=13)

    def te_doen(self, meldingen: list[str]) -> None:
        if not meldingen:
            return
        self.kop_nl("Nog te doen")
        for melding in meldingen:
            self.o.alinea("• " + melding, kleur=ROOD, na=2)

    def voetregel(self, gemeente):
        o = self.o

        def teken(canvas, nummer: int, totaal: int) -> None:
            from .tekst import teken_regel, zet_alinea
            tekst = f"Vertrouwelijk – bevat persoonsgegevens · {gemeente.naam} · {nummer}/{totaal}"
            for regel in zet_alinea(tekst, o.breedte - 2 * o.marge, 7.5, rtl=False):
                teken_regel(canvas, regel, o.breedte - o.marge - regel.breedte, o.marge - 6, GRIJS)
        return teken


def concept_pip(ib: Inburgeraar, pip: dict | None, opties: PrintOpties, gemeente_pad: Path | None = None,
                gebruiker: str = "", gezin: list[str] | None = None) -> Drukwerk:
    from desktop_app.core.pip import (BEZWAARTERMIJN_WEKEN, LEERROUTES, ONTZORGEN_KOSTEN, ConceptPIP, controleer_pip,
                                      wijkt_af_van_toets)
    if not pip:
        raise GeenGegevens(f"Er is nog geen concept-PIP voor {ib.naam}; stel het eerst op vanuit de brede intake.")
    p = ConceptPIP.from_fields(ib.id, pip)
    r = _Rapport(opties, gemeente_pad)
    if p.vastgesteld:
        status = (f"Beschikking · versie {p.versie} · dagtekening {r.d(p.dagtekening)} · vastgesteld door "
                  f"{p.vastgesteld_door}")
    else:
        status = (f"CONCEPT – nog niet vastgesteld · versie {p.versie} · opgesteld op {r.d(p.opgesteld_op)}"
                  + (f" door {p.opgesteld_door}" if p.opgesteld_door else ""))
    r.titel("Plan Inburgering en Participatie", ib, status)
    if p.wijzigingsreden:
        r.o.velden([(f"Reden van versie {p.versie}", p.wijzigingsreden)])
    te_doen = controleer_pip(p, ib, r.vandaag)
    if not p.leerroute:
        te_doen.append(Ongeldig("Leerroute", "nog niet gekozen; kies een leerroute (de leerbaarheidstoets of het "
                                             "startklas-advies helpt).", code="pip.geen_route"))

    r.kop_nl("1. Inburgering")
    toets = {"b1_haalbaar": "B1 haalbaar", "b1_niet_haalbaar": "B1 niet haalbaar", "vrijgesteld": "vrijgesteld"}
    route = p.thema_inburgering or LEERROUTES.get(p.leerroute, "")
    if route and p.leerroute_advies:
        route += " (advies: eigen keuze en eigen kosten, lening DUO)"
    rijen = [("Leerroute", route), ("Bron", p.leerroute_bron),
             ("Streefniveau", p.streefniveau), ("Intensiteit", p.intensiteit), ("Taalaanbieder", p.taalaanbieder),
             ("Leerbaarheidstoets", toets.get(p.leerbaarheidstoets_uitkomst, "nog niet bekend"))]
    if wijkt_af_van_toets(p.leerroute, p.leerbaarheidstoets_uitkomst):
        rijen.append(("Afwijking van de toets", p.afwijking_argumentatie or "ARGUMENTATIE ONTBREEKT"))
    r.o.velden(rijen)

    r.kop_nl("2. Participatie")
    r.o.velden([("PVT", p.pvt), ("MAP", p.map), ("Activiteiten", p.participatie_activiteiten),
                ("Uren participatie", _getal(p.participatie_uren))])

    r.kop_nl("3. Financieel ontzorgen")
    if not aanbod(ib.doelgroep).ontzorgen:
        r.o.velden([("Ontzorgen", "niet van toepassing (alleen voor statushouders)")])
    elif p.ontzorgen:
        kosten = ", ".join(ONTZORGEN_KOSTEN.get(k, k) for k in p.ontzorgen_kosten) or "—"
        r.o.velden([("Ontzorgen", f"ja, {p.ontzorgen_maanden} maanden"), ("Vaste lasten", kosten)])
    else:
        r.o.velden([("Ontzorgen", "nee")])

    r.kop_nl("4. Begeleiding")
    r.o.velden([("Maatschappelijke begeleiding", p.maatschappelijke_begeleiding),
                ("Voortgangsgesprekken", f"{p.voortgangsgesprekken_per_jaar} per jaar"),
                ("Afspraken", p.begeleiding_afspraken)])

    r.kop_nl("Voorwaarden")
    r.o.velden([("Kinderopvang", ("nodig. " if p.kinderopvang_nodig else "niet nodig. ") + p.kinderopvang_toelichting),
                ("Reizen", p.reizen_toelichting), ("Overig", p.overige_voorwaarden)]
               + ([("Gezin", "\n".join(gezin))] if gezin else []))

    # the voortgangsgesprekken and termijnen as core/termijnen.py counts them today, with this PIP's own number of
    # conversations a year (not the copy stored when the concept was drafted: that goes stale)
    volgens_pip = dataclasses.replace(ib, voortgangsgesprekken_per_jaar=p.voortgangsgesprekken_per_jaar or None)
    gesprekken = tm.geplande_voortgangsgesprekken(ib.pip_dagtekening or p.dagtekening,
                                                  tm.voortgang_interval(volgens_pip, tm.STANDAARD_INTERVAL))
    r.kop_nl("Periode en voortgang")
    r.o.velden([("Periode", f"{r.d(p.periode_start)} tot en met {r.d(p.periode_einde)}"),
                ("Geplande gesprekken", ", ".join(r.d(g) for g in gesprekken) or "volgen uit de PIP-dagtekening")])
    r.kop_nl(f"Termijnen (stand op {r.d(r.vandaag)})")
    r.o.velden([(t.omschrijving + (" (doel gemeente)" if t.gemeentelijk else ""),
                 f"{r.d(t.uiterlijk)} · {t.status.label}" + (f" (gedaan {r.d(t.gedaan)})" if t.gedaan else ""))
                for t in tm.termijnen(volgens_pip, r.vandaag, doelen=tuple(r.gemeente.doelen))], labelbreedte=230)

    if p.afspraken:
        r.kop_nl("Afspraken per levensdomein")
        for a in p.afspraken:
            label = a.get("domein_label", a.get("domein", ""))
            if a.get("bijzonder"):
                label += " (bijzonder persoonsgegeven)"
            r.o.velden([(label, a.get("tekst", ""))], labelbreedte=170)
    if p.toelichting:
        r.kop_nl("Toelichting")
        r.o.alinea(p.toelichting)
    if p.vastgesteld:
        r.kop_nl("Bezwaar")
        r.o.alinea(f"Bent u het niet eens met dit besluit? Dan kunt u binnen {BEZWAARTERMIJN_WEKEN} weken na de "
                   f"dagtekening ({r.d(p.dagtekening)}) bezwaar maken bij het college van burgemeester en wethouders "
                   f"van {r.gemeente.naam}. Schrijf in uw bezwaarschrift uw naam en adres, de datum, welk besluit het "
                   f"is (dit PIP, versie {p.versie}) en waarom u het er niet mee eens bent, en onderteken het "
                   f"(Algemene wet bestuursrecht, artikel 6:5 en 6:7). Uw klantmanager helpt u als u vragen heeft.")
    r.te_doen([str(f) for f in te_doen])
    sjabloon = "PIP versie {versie}: {fout}" if p.vastgesteld else "Concept-PIP: {fout}"
    r.waarschuwingen += [Bericht(sjabloon, code="druk.pip_te_doen", versie=p.versie, fout=f) for f in te_doen]
    return r.afronden(r.gemeente, f"PIP versie {p.versie} {ib.naam}" if p.vastgesteld else f"Concept-PIP {ib.naam}")


def observatieverslag(ib: Inburgeraar, advies: dict | None, eindscores: list[dict], opties: PrintOpties,
                      gemeente_pad: Path | None = None, gebruiker: str = "") -> Drukwerk:
    from desktop_app.core.observatie import ROUTES
    if not advies:
        raise GeenGegevens(f"Er is nog geen trajectadvies voor {ib.naam}; rond eerst de observatie in de startklas "
                           f"af.")
    r = _Rapport(opties, gemeente_pad)
    instrument = _instrument(advies.get("instrument", ""))
    naam = instrument.naam if instrument else advies.get("instrument", "")
    r.titel("Observatieverslag startklas", ib, f"Trajectadvies · instrument: {naam} · afgedrukt op "
                                               f"{r.d(r.vandaag)}")
    route = advies.get("route_label") or ROUTES.get(advies.get("route", ""), advies.get("route", ""))
    rijen = [("Advies", f"{route} ({'voorlopig' if advies.get('voorlopig') else 'definitief'})"),
             ("Totaalscore", _getal(advies.get("totaal")))]
    if advies.get("berekende_route") and advies.get("override_route"):
        rijen.append(("Berekend advies", ROUTES.get(advies["berekende_route"], advies["berekende_route"])))
    if advies.get("override_route"):
        rijen.append(("Aangepast naar", ROUTES.get(advies["override_route"], advies["override_route"])))
        rijen.append(("Reden aanpassing", advies.get("override_reden") or "ONTBREEKT"))
    if advies.get("toets"):
        rijen.append(("Leerbaarheidstoets", {"b1_haalbaar": "B1 haalbaar", "b1_niet_haalbaar": "B1 niet haalbaar",
                                              "vrijgesteld": "vrijgesteld"}.get(advies["toets"], advies["toets"])))
    r.o.velden(rijen)
    if instrument is not None and not instrument.gevalideerd:
        r.o.alinea("Let op: dit instrument is niet gevalideerd. " + (instrument.validatie_opmerking or ""),
                   kleur=ROOD, grootte=9)

    te_doen = []
    if advies.get("redenen"):
        r.kop_nl("Redenen")
        for reden in advies["redenen"]:
            r.o.alinea("• " + reden, na=2)
    if advies.get("ondersteuning"):
        r.kop_nl("Ondersteuning")
        for regel in advies["ondersteuning"]:
            r.o.alinea("• " + regel, na=2)
    if advies.get("wijkt_af_van_toets"):
        r.kop_nl("Argumentatie afwijking leerbaarheidstoets")
        if advies.get("argumentatie"):
            r.o.alinea(advies["argumentatie"])
        else:
            r.o.alinea("Nog niet geschreven.", kleur=ROOD)
            te_doen.append("Het advies wijkt af van de leerbaarheidstoets: schrijf de argumentatie op (het PIP is "
                           "een beschikking).")
    if eindscores:
        r.kop_nl("Eindscores per aspect")
        namen = {a.id: f"{a.nr}. {a.naam}" for a in instrument.aspecten} if instrument else {}
        volgorde = list(namen)
        for score in eindscores:
            waarden = score.get("scores") or {}
            rijen = sorted(waarden.items(), key=lambda kv: volgorde.index(kv[0]) if kv[0] in volgorde else 999)
            r.o.velden([(namen.get(k, k), _score(instrument, v)) for k, v in rijen], labelbreedte=300, grootte=9)
    else:
        te_doen.append("Er zijn nog geen eindscores vastgesteld.")
    r.te_doen(te_doen)
    return r.afronden(r.gemeente, f"Observatieverslag {ib.naam}")


def _instrument(instrument_id: str):
    try:
        from desktop_app.forms.instrument import laad_instrumenten
        return laad_instrumenten().get(instrument_id)
    except Exception:   # a broken definition must not stop the report; it prints ids instead of names
        return None


def _score(instrument, waarde) -> str:
    if waarde is None:
        return "niet geobserveerd"
    if instrument is not None:
        label = instrument.schaal.label(waarde)
        return f"{waarde} – {label}" if label and label != str(waarde) else str(waarde)
    return str(waarde)


def _getal(waarde) -> str:
    if waarde in (None, ""):
        return "—"
    from babel.numbers import format_decimal
    return format_decimal(waarde, locale="nl")
