"""The trajectadvies engine: final observation scores + hard data → route, with every reason written out.

Order of reasoning (each step that moves the route says so in `redenen`; nothing moves silently):
1. total of the final scores (scaled up when some aspects were not observed) → band → route;
2. no schooling / not literate, school skills low but leervermogen high → the school group does not pull the route
   down; alfabetisering becomes support (seed 002: not being able to read says nothing about learnability);
3. quick uptake and independence ≥ "meestal" while the total says Z → B1 (the Dalfsen pilot pattern);
4. a health limit makes the intensive route not self-evident → B1-snel becomes B1;
5. B1-snel, under 28 at the start and enough schooling → onderwijsroute;
6. data sufficiency → definitief or voorlopig; the leerbaarheidstoets beside it; a difference needs the consultant's
   written argument (the municipality may deviate from the toets, with argumentation).
Pure Python; fast enough for 1,000 cursisten in well under 100 ms.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from .observatie import ROUTE_VOLGORDE, ROUTES, Dekking, Instrument, tekorten

TOETS_UITKOMSTEN = {"b1_haalbaar": "B1 haalbaar", "b1_niet_haalbaar": "B1 niet haalbaar", "vrijgesteld": "vrijgesteld"}
HOOG, LAAG = 2 / 3 - 1e-9, 1 / 3 + 1e-9   # fraction of the scale: ≥ HOOG is "meestal" or better (3 on 1–4), ≤ LAAG low
WEINIG_SCHOLING = 4               # years; below this schooling does not explain school skills
VEEL_TALEN = 2


@dataclasses.dataclass(frozen=True)
class HardeGegevens:
    """From the intake; None = not known here (on a teacher's installation none of it is)."""
    schooljaren: int | None = None
    geletterd: bool | None = None          # reads and writes in at least one script
    talen: tuple[str, ...] | None = None   # languages already mastered
    leeftijd_bij_start: int | None = None
    gezondheidsbeperking: bool | None = None

    def onbekend(self) -> list[str]:
        namen = {"schooljaren": "schooljaren", "geletterd": "geletterdheid", "talen": "talen",
                 "leeftijd_bij_start": "leeftijd", "gezondheidsbeperking": "gezondheid"}
        return [label for veld, label in namen.items() if getattr(self, veld) is None]


@dataclasses.dataclass
class Advies:
    route: str                    # the route after all adjustments (and the override, when there is one)
    route_label: str
    totaal: int
    band_label: str
    berekende_route: str          # what the engine says, before an override
    voorlopig: bool
    redenen: list[str]
    ondersteuning: list[str]
    onbekend: list[str]           # hard data that was not available
    toets: str | None
    wijkt_af_van_toets: bool
    vergelijking: str
    instrument: str
    instrument_naam: str
    gevalideerd: bool
    override_route: str | None = None
    override_reden: str = ""
    argumentatie: str = ""

    @property
    def argumentatie_nodig(self) -> bool:
        """The PIP cannot be final while the advice and the toets differ without a written argument."""
        return self.wijkt_af_van_toets and not self.argumentatie.strip()

    def velden(self, inburgeraar_id: str, groep_id: str) -> dict[str, Any]:
        """The stored "trajectadvies" record (id = inburgeraar id)."""
        return {"inburgeraar_id": inburgeraar_id, "groep_id": groep_id, "route": self.route,
                "route_label": self.route_label, "berekende_route": self.berekende_route, "totaal": self.totaal,
                "voorlopig": self.voorlopig, "redenen": list(self.redenen), "ondersteuning": list(self.ondersteuning),
                "instrument": self.instrument, "gevalideerd": self.gevalideerd, "toets": self.toets,
                "wijkt_af_van_toets": self.wijkt_af_van_toets, "override_route": self.override_route,
                "override_reden": self.override_reden, "argumentatie": self.argumentatie}


def _gemiddelde(waarden: list[int]) -> float | None:
    return sum(waarden) / len(waarden) if waarden else None


def _fmt(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def bereken_advies(instrument: Instrument, scores: dict[str, int | None], dekking: Dekking,
                   hard: HardeGegevens = HardeGegevens(), toets: str | None = None,
                   override_route: str | None = None, override_reden: str = "", argumentatie: str = "") -> Advies:
    schaal = instrument.schaal
    bereik = schaal.max - schaal.min
    redenen: list[str] = []
    ondersteuning: list[str] = []

    gescoord = {a.id: scores[a.id] for a in instrument.aspecten if scores.get(a.id) is not None}
    per_groep = {g.id: [gescoord[a.id] for a in instrument.aspecten_van(g.id) if a.id in gescoord]
                 for g in instrument.groepen}
    gem = {g: _gemiddelde(s) for g, s in per_groep.items()}

    def relatief(waarde: float | None) -> float | None:
        return None if waarde is None else (waarde - schaal.min) / bereik

    # 1. total → band
    n = len(instrument.aspecten)
    if gescoord:
        som = sum(gescoord.values())
        totaal = som if len(gescoord) == n else int(som / len(gescoord) * n + 0.5)
    else:
        totaal = instrument.min_totaal
    band = instrument.band_voor(totaal)
    route = band.route
    if not gescoord:
        redenen.append("Er zijn nog geen eindscores; het advies is daarom alleen een startpunt.")
    elif len(gescoord) < n:
        redenen.append(f"Totaalscore {totaal} van {instrument.max_totaal}: {len(gescoord)} van de {n} aspecten zijn "
                       f"gescoord (som {som}); het totaal is naar rato berekend.")
    else:
        redenen.append(f"Totaalscore {totaal} van {instrument.max_totaal}.")
    redenen.append(f"Het totaal valt in de band {band.van}–{band.tot}: {band.label}.")

    # which groups and aspects carry it
    gemeten = {g: v for g, v in gem.items() if v is not None}
    if gemeten:
        hoog = max(gemeten, key=gemeten.get)
        laag = min(gemeten, key=gemeten.get)
        if hoog != laag:
            redenen.append(f"Sterkste groep: {instrument.groep(hoog).naam} (gemiddeld {_fmt(gemeten[hoog])}); "
                           f"zwakste groep: {instrument.groep(laag).naam} (gemiddeld {_fmt(gemeten[laag])}).")
        sterk = [instrument.aspect(a).naam for a, s in gescoord.items() if s == schaal.max]
        zwak = [instrument.aspect(a).naam for a, s in gescoord.items() if s == schaal.min]
        if sterk:
            redenen.append("Hoogste score op: " + _opsomming(sterk) + ".")
        if zwak:
            redenen.append("Laagste score op: " + _opsomming(zwak) + ".")

    leer = instrument.groep_met_rol("leervermogen")
    school = instrument.groep_met_rol("schoolse_vaardigheden")
    leer_rel = relatief(gem.get(leer.id)) if leer else None
    school_rel = relatief(gem.get(school.id)) if school else None
    letter_aspecten = instrument.aspecten_met_kenmerk("geletterdheid")
    letter_scores = [gescoord[a.id] for a in letter_aspecten if a.id in gescoord]

    # hard data: literacy and schooling
    niet_geletterd = hard.geletterd is False or (hard.geletterd is None and letter_scores and
                                                 max(letter_scores) == schaal.min)
    weinig_scholing = hard.schooljaren is not None and hard.schooljaren < WEINIG_SCHOLING
    if hard.schooljaren is not None:
        redenen.append(f"Scholing: {hard.schooljaren} jaar" + (" — weinig scholing; dat kan lage schoolse "
                       "vaardigheden verklaren, niet het leervermogen." if weinig_scholing else "."))
    if hard.geletterd is False:
        redenen.append("Niet geletterd volgens de intake.")
    if niet_geletterd:
        ondersteuning.append("alfabetisering")

    # 2. school skills low for lack of schooling, leervermogen high → stay ambitious
    if (school and leer and school_rel is not None and leer_rel is not None and school_rel <= LAAG
            and leer_rel >= HOOG and (niet_geletterd or weinig_scholing)):
        andere = [s for g, lijst in per_groep.items() if g != school.id for s in lijst]
        if andere:
            vervangen = _gemiddelde(andere)
            school_aantal = len(instrument.aspecten_van(school.id))
            zonder_school = [s for a, s in gescoord.items() if instrument.aspect(a).groep != school.id]
            geschat = int((sum(zonder_school) / len(zonder_school)) * (n - school_aantal) + vervangen * school_aantal
                          + 0.5)
            nieuwe_band = instrument.band_voor(geschat)
            nieuw = nieuwe_band.route
            if instrument.banden.index(nieuwe_band) > instrument.banden.index(band) and not _hoger(route, nieuw):
                redenen.append(
                    f"{school.naam} is laag (gemiddeld {_fmt(gem[school.id])}) maar {leer.naam} is hoog (gemiddeld "
                    f"{_fmt(gem[leer.id])}). Niet kunnen lezen of weinig scholing zegt niets over leerbaarheid: "
                    f"zonder die groep komt het totaal op {geschat}. Advies opgehoogd van {band.label} naar "
                    f"{nieuwe_band.label}, met alfabetisering als ondersteuning.")
                route, band = nieuw, nieuwe_band
                if "alfabetisering" not in ondersteuning:
                    ondersteuning.append("alfabetisering")
            else:
                redenen.append(f"{leer.naam} is hoog, {school.naam} laag door scholing/geletterdheid; dat verandert "
                               f"de route niet.")

    # 3. quick uptake and independence (Dalfsen pilots): not Z
    snel = instrument.aspecten_met_kenmerk("opnamesnelheid")
    zelf = instrument.aspecten_met_kenmerk("zelfstandigheid")
    drempel = schaal.min + HOOG * bereik
    if route == "z_route" and snel and zelf:
        snel_s = [gescoord[a.id] for a in snel if a.id in gescoord]
        zelf_s = [gescoord[a.id] for a in zelf if a.id in gescoord]
        if snel_s and zelf_s and min(snel_s) >= drempel and min(zelf_s) >= drempel and (
                leer_rel is None or leer_rel >= 0.5):
            redenen.append(f"{_opsomming([a.naam for a in snel])} en {_opsomming([a.naam for a in zelf])} scoren "
                           f"hoog ({min(snel_s)} en {min(zelf_s)}): wie snel oppikt en zelfstandig werkt, haalde in "
                           f"de Dalfsense pilots B1. Advies opgehoogd van Z-route naar B1-route.")
            route = "b1_route"

    # languages already mastered: evidence of language learning, stated, never moving the route alone
    if hard.talen is not None:
        if len(hard.talen) >= VEEL_TALEN:
            redenen.append(f"Spreekt al {len(hard.talen)} talen ({', '.join(hard.talen)}): eerder talen geleerd "
                           f"ondersteunt het advies.")
        else:
            redenen.append(f"Talen: {', '.join(hard.talen) or 'geen opgegeven'}.")

    if hard.leeftijd_bij_start is not None and route != "b1_snel":
        redenen.append(f"Leeftijd bij de start: {hard.leeftijd_bij_start}.")

    # 4. health
    if hard.gezondheidsbeperking:
        if route == "b1_snel":
            redenen.append("Er is een gezondheidsbeperking gemeld: een intensief tempo is niet vanzelfsprekend. "
                           "Advies bijgesteld van B1-route snel/intensief naar B1-route.")
            route = "b1_route"
        else:
            redenen.append("Er is een gezondheidsbeperking gemeld; houd rekening met de belastbaarheid.")

    # 5. onderwijsroute
    if route == "b1_snel":
        jong = hard.leeftijd_bij_start is not None and hard.leeftijd_bij_start <= instrument.onderwijs_max_leeftijd
        scholing = hard.schooljaren is not None and hard.schooljaren >= instrument.onderwijs_min_schooljaren
        grens = instrument.onderwijs_max_leeftijd + 1
        if jong and scholing:
            redenen.append(f"Jonger dan {grens} bij de start ({hard.leeftijd_bij_start}) en {hard.schooljaren} jaar "
                           f"scholing: advies onderwijsroute in plaats van B1-route snel/intensief.")
            route = "onderwijsroute"
        elif hard.leeftijd_bij_start is None or hard.schooljaren is None:
            redenen.append("Onderwijsroute mogelijk bij een hoge score, maar leeftijd of scholing is hier niet "
                           "bekend; de consultant beoordeelt dat.")
        elif not jong:
            redenen.append(f"Geen onderwijsroute: {hard.leeftijd_bij_start} jaar bij de start (grens: jonger dan "
                           f"{grens}).")
        else:
            redenen.append(f"Geen onderwijsroute: {hard.schooljaren} jaar scholing (nodig: ten minste "
                           f"{instrument.onderwijs_min_schooljaren}).")

    # 6. data sufficiency
    tekort = tekorten(dekking, instrument.voldoende, n)
    if tekort:
        redenen.append("Voorlopig advies: " + "; ".join(tekort) + ".")
    onbekend = hard.onbekend()
    if onbekend:
        redenen.append("Niet beschikbaar: " + ", ".join(onbekend) + "; het advies rust op de observatie alleen"
                       + (" voor die gegevens." if len(onbekend) < 5 else "."))
    if not instrument.gevalideerd:
        redenen.append(f"{instrument.naam} is nog niet gevalideerd.")

    berekend = route
    if override_route:
        if override_route not in ROUTES:
            raise ValueError(f"onbekende route {override_route!r}")
        redenen.append(f"Overschreven door de consultant: {ROUTES[override_route]} in plaats van "
                       f"{ROUTES[berekend]}. Reden: {override_reden}")
        route = override_route

    wijkt_af, vergelijking = vergelijk_met_toets(route, toets)
    label = band.label if route == band.route else ROUTES[route]
    return Advies(route=route, route_label=label, totaal=totaal, band_label=band.label,
                  berekende_route=berekend, voorlopig=bool(tekort), redenen=redenen, ondersteuning=ondersteuning,
                  onbekend=onbekend, toets=toets, wijkt_af_van_toets=wijkt_af, vergelijking=vergelijking,
                  instrument=instrument.id, instrument_naam=instrument.naam, gevalideerd=instrument.gevalideerd,
                  override_route=override_route or None, override_reden=override_reden, argumentatie=argumentatie)


def vergelijk_met_toets(route: str, toets: str | None) -> tuple[bool, str]:
    """(differs, explanation). The toets answers one question: is B1 reachable within the termijn?"""
    if toets is None:
        return False, "Er is (hier) nog geen uitslag van de leerbaarheidstoets bekend."
    if toets == "vrijgesteld":
        return False, "Vrijgesteld van de leerbaarheidstoets: het observatieadvies weegt zwaar."
    if toets not in TOETS_UITKOMSTEN:
        return False, f"Onbekende uitslag van de leerbaarheidstoets ({toets})."
    advies_b1 = route != "z_route"
    toets_b1 = toets == "b1_haalbaar"
    if advies_b1 == toets_b1:
        return False, f"Komt overeen met de leerbaarheidstoets ({TOETS_UITKOMSTEN[toets]})."
    return True, (f"Wijkt af van de leerbaarheidstoets ({TOETS_UITKOMSTEN[toets]}): het advies is {ROUTES[route]}. "
                  f"De gemeente mag afwijken, met een schriftelijke argumentatie van de consultant.")


def controleer_override(route: str | None, reden: str) -> None:
    from .validation import Ongeldig
    if route and route not in ROUTES:
        raise Ongeldig("Route", "'{route}' bestaat niet; kies uit {keuzes}.", code="advies.route", route=route,
                       keuzes=", ".join(ROUTES.values()))
    if route and not (reden or "").strip():
        raise Ongeldig("Reden", "schrijf op waarom u van het advies afwijkt; dat is verplicht en wordt vastgelegd.",
                       code="advies.reden")


def _hoger(a: str, b: str) -> bool:
    return ROUTE_VOLGORDE.index(a) > ROUTE_VOLGORDE.index(b)


def _opsomming(namen: list[str], hoogstens: int = 4) -> str:
    namen = [n[0].lower() + n[1:] for n in namen]
    if len(namen) > hoogstens:
        namen = namen[:hoogstens - 1] + [f"{len(namen) - hoogstens + 1} andere"]
    return namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]


# -- reading the intake ----------------------------------------------------------------------------------------------
# The brede intake stores one field per answer named "sectie.vraag" in entity "intake" (id = inburgeraar id) and the
# health domains in "intake_bijzonder" (see core/intake.py). Pass both records merged. Older or other shapes
# ({"sectie": {"vraag": ...}}, {"waarde": ...}) are read too, so a change of layout degrades to "unknown", never to
# a wrong value.
GOED_GENOEG = {"goed", "vloeiend"}
# The intake sections `uit_intake` reads: a change there changes the advice.
INTAKE_DOMEINEN = frozenset({"opleiding", "taalniveau", "fysieke_gezondheid", "leerbaarheid"})


def intake_antwoord(intake: dict | None, domein: str, vraag: str) -> Any:
    if not isinstance(intake, dict):
        return None
    kandidaten = []
    for bak in (intake, intake.get("antwoorden"), intake.get("domeinen")):
        if isinstance(bak, dict):
            kandidaten.append(bak.get(f"{domein}.{vraag}"))
            d = bak.get(domein)
            if isinstance(d, dict):
                kandidaten.append(d.get(vraag))
                if isinstance(d.get("antwoorden"), dict):
                    kandidaten.append(d["antwoorden"].get(vraag))
    for waarde in kandidaten:
        if isinstance(waarde, dict):
            waarde = waarde.get("waarde", waarde.get("value"))
        if waarde not in (None, "", []):
            return waarde
    return None


def _als_int(waarde: Any) -> int | None:
    try:
        return int(float(str(waarde).strip())) if waarde not in (None, "") and not isinstance(waarde, bool) else None
    except ValueError:
        return None


def _rijen(waarde: Any) -> list[dict]:
    return [r for r in waarde if isinstance(r, dict)] if isinstance(waarde, list) else []


def uit_intake(intake: dict | None, leeftijd_bij_start: int | None) -> tuple[HardeGegevens, str | None]:
    """Hard data and the toets outcome from the intake answers (None where not answered)."""
    def a(domein, vraag):
        return intake_antwoord(intake, domein, vraag)

    schooljaren = _als_int(a("opleiding", "totaal_jaren"))
    if schooljaren is None:
        jaren = [_als_int(r.get("jaren")) for r in _rijen(a("opleiding", "opleidingen"))]
        schooljaren = sum(j for j in jaren if j is not None) if any(j is not None for j in jaren) else None

    schrift = [a("opleiding", "alfabetisering_eigen"), a("opleiding", "alfabetisering_latijn")]
    if any(w in ("goed", "matig") for w in schrift):
        geletterd = True
    elif "niet" in schrift:
        geletterd = False
    else:
        geletterd = None

    talen: list[str] = []
    moedertaal = a("taalniveau", "moedertaal")
    if isinstance(moedertaal, str) and moedertaal.strip():
        talen.append(moedertaal.strip())
    talen += [str(r.get("taal")).strip() for r in _rijen(a("taalniveau", "talen"))
              if r.get("taal") and r.get("niveau") in GOED_GENOEG]
    if a("taalniveau", "engels") in GOED_GENOEG:
        talen.append("Engels")
    talen_bekend = bool(talen) or a("taalniveau", "talen") is not None

    beperkingen = a("fysieke_gezondheid", "beperkingen")
    belastbaarheid = a("fysieke_gezondheid", "belastbaarheid")
    if isinstance(beperkingen, str):
        beperkingen = [beperkingen]
    if belastbaarheid in ("beperkt", "zeer_beperkt") or (beperkingen and any(b != "geen" for b in beperkingen)):
        gezondheid = True
    elif beperkingen == ["geen"] or belastbaarheid == "volledig":
        gezondheid = False
    else:
        gezondheid = None

    toets = a("leerbaarheid", "toets_uitkomst")
    hard = HardeGegevens(schooljaren=schooljaren, geletterd=geletterd,
                         talen=tuple(dict.fromkeys(talen)) if talen_bekend else None,
                         leeftijd_bij_start=leeftijd_bij_start, gezondheidsbeperking=gezondheid)
    return hard, toets if isinstance(toets, str) else None
