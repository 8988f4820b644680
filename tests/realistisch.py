"""A complete brede intake for tests that walk a journey (`from tests.realistisch import vul_brede_intake`).

`vul_brede_intake` fills the intake of a stored inburgeraar (e.g. one from tests/journeys/mensen.py) through the form
engine, answer by answer, as the intake screen saves it (the intake service's `zet`): every question that
applies to the person (relevance as the engine decides it), every domain closed with score, support, PIP proposal,
status and notes; repeat groups with several rows; long Arabic and Tigrinya text; the health domains, which the engine
stores apart in `intake_bijzonder`. Every answer is a field named "sectie.vraag". Fictional content only.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.core.intake import Intake
from desktop_app.diensten import Diensten

ARABISCH = ("درست التمريض ثلاث سنوات في حلب وعملت بعد ذلك خمس سنوات في مستشفى الأطفال. أريد أن أتعلم اللغة "
            "الهولندية بسرعة حتى أستطيع أن أعمل مرة أخرى في رعاية المرضى، وأن أساعد أولادي في المدرسة. "
            "أحب الطبخ والمشي في الطبيعة، وأريد أن أتعرف على جيراني وأن أتطوع في مركز الحي. "
            "أتمنى أن تعترف هولندا بشهادتي وأن أكمل دراستي في مدرسة مهنية للتمريض.")
TIGRINYA = ("ኣብ ኤርትራ ንሰለስተ ዓመት ከም መምህር ቀዳማይ ደረጃ ሰሪሐ። ቆልዑ ምምሃር ይፈቱ እየ፣ ኣብ ሆላንድ እውን ምስ ቆልዑ "
            "ክሰርሕ ይደሊ። ቅድሚ ሕጂ ኣብ ሱዳን ኣብ ሕርሻ ንኽልተ ዓመት ሰሪሐ። ሆላንድኛ ቋንቋ ብቕልጡፍ ክመሃር ደልየ፣ "
            "ድሕሪኡ ኣብ መውዓሊ ህጻናት ከም ሓጋዚ መምህር ክሰርሕ ተስፋ ኣለኒ።")


def antwoorden(vandaag: dt.date) -> dict[str, Any]:
    """An answer to every question of brede_intake v2, in form order (the afsluiting of each domain comes apart)."""
    dag = lambda n: (vandaag - dt.timedelta(days=n)).isoformat()  # noqa: E731
    return {
        "gesprekken.gesprekken": [
            {"datum": dag(30), "tolk": True, "tolk_taal": "Arabisch", "tolk_wijze": "aanwezig",
             "aanwezig": ["partner", "coa"], "onderwerpen": f"Kennismaking, warme overdracht. {ARABISCH}"},
            {"datum": dag(16), "tolk": True, "tolk_taal": "Arabisch", "tolk_wijze": "telefonisch",
             "aanwezig": [], "onderwerpen": "Opleiding, werk en gezondheid, zonder partner (eigen gesprek)."},
            {"datum": dag(2), "tolk": False, "tolk_taal": None, "tolk_wijze": None, "aanwezig": ["begeleider"],
             "onderwerpen": "Motivatie, afspraken voor het PIP."}],
        "gesprekken.partner_apart": "gevoerd",
        "warme_overdracht.datum": dag(31),
        "warme_overdracht.gehouden": True,
        "warme_overdracht.locatie": "AZC Budel-Cranendonck, gespreksruimte 3",
        "warme_overdracht.coa_casemanager": "M. Bakker (COA)",
        "warme_overdracht.welkomstpakket": True,
        "warme_overdracht.bijzonderheden": f"Welkomstpakket in het Arabisch meegegeven. {ARABISCH}",
        "leerbaarheid.toets_gepland": dag(20),
        "leerbaarheid.toets_afgenomen": dag(10),
        "leerbaarheid.toets_uitkomst": "b1_haalbaar",
        "leerbaarheid.omstandigheden": "Rustig afgenomen, met een korte pauze.",
        "opleiding.opleidingen": [
            {"land": "Syrië", "soort": "voortgezet", "jaren": 6, "diploma": True, "waardering": True},
            {"land": "Syrië", "soort": "beroeps", "jaren": 3, "diploma": True, "waardering": False}],
        "opleiding.totaal_jaren": 15,
        "opleiding.alfabetisering_eigen": "goed",
        "opleiding.alfabetisering_latijn": "matig",
        "opleiding.studiewens": True,
        "opleiding.studiewens_toelichting": ARABISCH,
        "opleiding.onderwijsroute": True,
        "werkervaring.banen": [
            {"beroep": "Verpleegkundige", "sector": "Zorg", "land": "Syrië", "jaren": 5, "vrijwillig": False,
             "taken": ARABISCH},
            {"beroep": "Hulpleerkracht", "sector": "Onderwijs", "land": "Eritrea", "jaren": 3, "vrijwillig": True,
             "taken": TIGRINYA}],
        "werkervaring.gewenst_beroep": "Verpleegkundige (mbo-4)",
        "werkervaring.vrijwilligerswerk_nl": True,
        "praktische_competenties.vakmanschap": "Wondzorg, medicatie uitzetten, EHBO-certificaat (Syrië).",
        "praktische_competenties.rijbewijs": "buitenlands_anders",
        "praktische_competenties.praktijk": "Kan een verband aanleggen en uitleggen wat ze doet.",
        "werknemersvaardigheden.op_tijd": "goed",
        "werknemersvaardigheden.instructies": "goed",
        "werknemersvaardigheden.samenwerken": "wisselend",
        "werknemersvaardigheden.werkcultuur_nl": False,
        "werknemersvaardigheden.belastbaarheid_uren": 24,
        "taalniveau.moedertaal": "Arabisch",
        "taalniveau.talen": [{"taal": "Engels", "niveau": "basis"}, {"taal": "Tigrinya", "niveau": "goed"}],
        "taalniveau.niveau_nederlands": "a1",
        "taalniveau.engels": "basis",
        "taalniveau.voorinburgering": True,
        "motivatie.doelen": ARABISCH,
        "motivatie.interesses": ["koken", "natuur"],
        "motivatie.interesses_toelichting": "Wandelen met de kinderen, koken voor de buurt.",
        "motivatie.verwachtingen": TIGRINYA,
        "zelfredzaamheid.geldzaken": "met_hulp",
        "zelfredzaamheid.ontzorgen": True,
        "zelfredzaamheid.ontzorgen_langer": False,
        "zelfredzaamheid.administratie": "met_hulp",
        "zelfredzaamheid.vervoer": ["fiets", "ov"],
        "zelfredzaamheid.wonen": "Huurwoning sinds kort; de huur gaat via ontzorgen.",
        "digitaal.smartphone": True,
        "digitaal.computer": "basis",
        "digitaal.email": True,
        "digitaal.digid": "met_hulp",
        "digitaal.bankieren": False,
        "gezinssituatie.huishouden": "partner_kinderen",
        "gezinssituatie.partner_v_nummer": "0987654321",
        "gezinssituatie.kinderen": [
            {"voornaam": "Yusuf", "geboortedatum": (vandaag.replace(day=1) - dt.timedelta(days=3 * 365)).isoformat(),
             "school": "", "vve": "aanmelden"},
            {"voornaam": "Lina", "geboortedatum": "2016-09-12", "school": "De Regenboog, groep 6", "vve": None}],
        "gezinssituatie.gezinshereniging": "afgerond",
        "gezinssituatie.kinderopvang": True,
        "fysieke_gezondheid.beperkingen": ["zien"],
        "fysieke_gezondheid.beperkingen_toelichting": "Bril nodig; oogarts aangevraagd.",
        "fysieke_gezondheid.huisarts": True,
        "fysieke_gezondheid.belastbaarheid": "beperkt",
        "mentale_gezondheid.signalen": ["slaap", "stress"],
        "mentale_gezondheid.hulp": True,
        "mentale_gezondheid.hulp_wie": "Praktijkondersteuner GGZ van de huisarts",
        "mentale_gezondheid.toestemming_verwijzing": "ja",
        "sociaal_netwerk.contacten_nl": "enkele",
        "sociaal_netwerk.familie_nl": True,
        "sociaal_netwerk.gemeenschap": "Syrische vrouwengroep in de moskee, taalcafé in de bibliotheek",
        "sociaal_netwerk.begeleider": True,
        "sociaal_netwerk.isolatie": "laag",
        "rechten_plichten.uitgelegd": ["inburgeringsplicht", "termijn", "pip_beschikking", "bezwaar", "boete"],
        "rechten_plichten.eigen_taal": True,
        "rechten_plichten.tolk": True,
        "rechten_plichten.begrepen": "ja",
    }


def afsluiting(sectie_id: str, nummer: int) -> dict[str, Any]:
    """The questions that close a domain: score, support, PIP proposal, status and notes."""
    return {f"{sectie_id}.zrm": 2 + nummer % 3,
            f"{sectie_id}.ondersteuning": f"Ondersteuning bij domein {nummer}. {TIGRINYA if nummer % 2 else ARABISCH}",
            f"{sectie_id}.pip_voorstel": f"Afspraak {nummer}: elke maand bespreken in het voortgangsgesprek.",
            f"{sectie_id}.status": "besproken" if nummer % 4 else "vervolg_nodig",
            f"{sectie_id}.notities": f"Notitie bij domein {nummer}."}


def vul_brede_intake(store, inburgeraar_id: str, vandaag: dt.date) -> Intake:
    """Fill the whole intake of this (stored) inburgeraar through the form engine; returns the engine's intake."""
    intakes = Diensten(store, vandaag=vandaag).intake
    intake = intakes.laad(inburgeraar_id)
    alles = antwoorden(vandaag)
    for sectie in intake.definitie.domeinen:
        alles.update(afsluiting(sectie.id, sectie.nummer))
    for pad, waarde in alles.items():
        if intake.relevant(intake.definitie.vraag(pad)):   # the screen shows only what applies to this person
            intakes.zet(intake, pad, waarde)
    return intake
