"""Fictional inburgeraars for demos, tests and benchmarks. Every name is made up from common given and family names;
BSNs pass the elfproef but come from a range no real person has (they start with 9, as test BSNs do).

Each person stands somewhere on the klantreis (`FASEN`), with key dates counted back from *today*, so the caseload
shows what a consultant's caseload shows: mostly on time, some deadlines due soon, a few overdue (`doelstatus`, checked
with the app's own termijnen). Pure: what `koers demo` writes through the store, the form engine and the startklas
code is planned here.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from .dates import leeftijd, plus_jaren, plus_maanden
from .instellingen import Instellingen
from .model import ContactRol, Contactpersoon, Doelgroep, Inburgeraar, valideer_inburgeraar
from .termijnen import Status, dringendste, termijnen

# Per language: given names and family names as (Latin transcription, own script). Combined, they make people who
# do not exist.
NAMEN: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "ar": ([("Amal", "أمل"), ("Yousef", "يوسف"), ("Rania", "رانيا"), ("Omar", "عمر"), ("Layla", "ليلى"),
            ("Karim", "كريم"), ("Huda", "هدى"), ("Sami", "سامي")],
           [("Haddad", "حداد"), ("Al-Khatib", "الخطيب"), ("Suleiman", "سليمان"), ("Nasser", "ناصر"),
            ("Darwish", "درويش"), ("Mansour", "منصور"), ("Aziz", "عزيز")]),
    "fa": ([("Shirin", "شیرین"), ("Dariush", "داریوش"), ("Parisa", "پریسا"), ("Farhad", "فرهاد"), ("Zahra", "زهرا"),
            ("Reza", "رضا")],
           [("Ahmadi", "احمدی"), ("Karimi", "کریمی"), ("Rahimi", "رحیمی"), ("Hosseini", "حسینی"),
            ("Mohammadi", "محمدی")]),
    "ti": ([("Senait", "ሰናይት"), ("Yonas", "ዮናስ"), ("Helen", "ሄለን"), ("Filmon", "ፊልሞን"), ("Mehret", "መሓረት"),
            ("Samuel", "ሳሙኤል")],
           [("Tesfay", "ተስፋይ"), ("Gebremedhin", "ገብረመድህን"), ("Kidane", "ኪዳነ"), ("Berhane", "በርሀነ"),
            ("Tekle", "ተኽለ"), ("Habte", "ሃብተ")]),
    "so": ([("Hodan", ""), ("Abdirahman", ""), ("Faadumo", ""), ("Mahad", "")],
           [("Warsame", ""), ("Farah", ""), ("Jama", ""), ("Abdi", "")]),
    "tr": ([("Elif", ""), ("Mehmet", ""), ("Rojin", ""), ("Baran", "")],
           [("Yıldız", ""), ("Çelik", ""), ("Aydın", ""), ("Şen", "")]),
    "en": ([("Olena", "Олена"), ("Grace", ""), ("Lucía", ""), ("Daniel", "")],
           [("Kovalenko", "Коваленко"), ("Okafor", ""), ("Fernández", ""), ("Mensah", "")]),
}
# Long names exist: 40 characters in Latin script, or in Arabic script (the same name is longer in the other).
LANGE_NAMEN: dict[int, tuple[str, str, str]] = {
    6: ("Abdulrahman Mohammed Khaled", "Al-Sulaymani", "عبد الرحمن محمد خالد السليماني"),
    8: ("Weletmariam Gebrehiwet", "Woldegiorgis Abay", "ወለተማርያም ገብረሕይወት ወልደጊዮርጊስ ኣባይ"),
    30: ("Fatimah Al-Zahraa Abdulkarim", "Abdullah Mahmoudi", "فاطمة الزهراء عبد الكريم عبد الله محمودي"),
    32: ("Tesfamariam Gebrehiwet", "Woldemichael Abay", "ተስፋማርያም ገብረሕይወት ወልደሚካኤል ኣባይ"),
}
LANG_ADRES = "Burgemeester van Nispen tot Sevenaerstraat 127-3 hoog achter, 3846 CK Harderwijk"   # 80 characters
GEMEENTEN = ["Huizen", "Dalfsen", "Ermelo", "Harderwijk", "Heerenveen", "Overbetuwe", "Zeewolde", "Laren"]
# Per gemeente: netnummer, postcode, the taalschool and the VluchtelingenWerk region (all fictional organisations).
REGIO = {
    "Huizen": ("035", "1271", "Taalcentrum Gooi", "Midden-Nederland"),
    "Dalfsen": ("0529", "7721", "Taalhuis Vechtdal", "Oost-Nederland"),
    "Ermelo": ("0341", "3851", "Taalschool Veluwe Noord", "Oost-Nederland"),
    "Harderwijk": ("0341", "3841", "Taalschool Veluwe Noord", "Oost-Nederland"),
    "Heerenveen": ("0513", "8441", "Taalcentrum De Brug", "Noord-Nederland"),
    "Overbetuwe": ("026", "6661", "Inburgeringsschool Het Anker", "Oost-Nederland"),
    "Zeewolde": ("036", "3891", "Taalschool Veluwe Noord", "Oost-Nederland"),
    "Laren": ("035", "1251", "Taalcentrum Gooi", "Midden-Nederland"),
}
STRATEN = ["Lindelaan", "Kerkstraat", "Molenweg", "Schoolstraat", "Prins Bernhardlaan", "Julianastraat", "De Wiekslag",
           "Beukenhof"]
KLANTMANAGER = ("K. de Vries", "Karin de Vries")
BEGELEIDERS = ["Joost Smit", "Marieke van Dijk", "Henk Bosman", "Fatima El Idrissi", "Anneke de Boer",
               "Pieter Visser", "Yara Haddou", "Gert-Jan Mulder"]
DOCENT = "J. Bakker"   # the startklas docent on a consultant's installation

# Where a person stands on the klantreis (DOMAIN.md "The route").
GEKOPPELD, INTAKE, PIP_CONCEPT, TERMIJN = "gekoppeld", "intake", "pip_concept", "termijn"
FASEN = {GEKOPPELD: 15, INTAKE: 25, PIP_CONCEPT: 15, TERMIJN: 45}                 # weights, in %
FASEN_STATUSHOUDERS = {GEKOPPELD: 10, INTAKE: 35, PIP_CONCEPT: 20, TERMIJN: 35}   # most of the intake work
# the first eight people cover every phase, so a small demo shows every module too
EERSTE_FASEN = [INTAKE, PIP_CONCEPT, TERMIJN, GEKOPPELD, PIP_CONCEPT, INTAKE, TERMIJN, INTAKE]
GESTART, HALF, COMPLEET = "gestart", "half", "compleet"                  # how far the brede intake is
INTERVAL = Instellingen().voortgang_interval_maanden
STARTKLAS_MAX = 10

ASIEL, NAREIZIGER = Doelgroep.ASIELSTATUSHOUDER.value, Doelgroep.NAREIZIGER.value
STATUSHOUDERS = (ASIEL, NAREIZIGER)   # warme overdracht (asiel only), financieel ontzorgen, VluchtelingenWerk


@dataclasses.dataclass
class DemoPersoon:
    nr: int
    seed: str
    inburgeraar: Inburgeraar
    fase: str
    intake: str = ""          # "" (none yet) | gestart | half | compleet
    startklas: bool = False   # placed in the demo startklas


def elfproef_bsn(rng: random.Random) -> str:
    while True:
        cijfers = [9] + [rng.randrange(10) for _ in range(7)]
        som = sum(c * w for c, w in zip(cijfers, (9, 8, 7, 6, 5, 4, 3, 2)))
        laatste = som % 11
        if laatste < 10:
            return "".join(map(str, cijfers)) + str(laatste)


def doelstatus(nr: int) -> Status:
    """The caseload row each person is made to have: of every 20, four due soon and two overdue. For any number of
    people at least 60 % is on time and at most a seventh overdue."""
    positie = nr % 20
    if positie in (2, 7, 12, 17):
        return Status.BINNENKORT
    if positie in (6, 16):
        return Status.TE_LAAT
    return Status.OPEN


def caseload_status(ib: Inburgeraar, vandaag: dt.date, interval: int = INTERVAL) -> Status:
    """What the person's caseload row shows: the most urgent deadline's status, else open (nothing urgent)."""
    termijn = dringendste(termijnen(ib, vandaag, interval))
    return termijn.status if termijn else Status.OPEN


def startklas_start(vandaag: dt.date) -> dt.date:
    """The demo startklas started on the Monday eight weeks ago."""
    start = vandaag - dt.timedelta(weeks=8)
    return start - dt.timedelta(days=start.weekday())


def demo_mensen(aantal: int, vandaag: dt.date, seed: int = 2021, eerste: int = 0) -> list[DemoPersoon]:
    """`aantal` people numbered from `eerste` (a second demo run in a store continues the names)."""
    mensen = []
    talen = list(NAMEN)
    doelgroepen = list(Doelgroep)
    in_startklas = lopend = 0
    for i in range(eerste, eerste + aantal):
        rng = random.Random(f"{seed}-{i}")
        taal = talen[i % len(talen)]
        voornamen, achternamen = NAMEN[taal]
        k = i // len(talen)
        (voornaam, eigen_voor), (achternaam, eigen_achter) = (voornamen[k % len(voornamen)],
                                                              achternamen[(k // len(voornamen) + k) % len(achternamen)])
        eigen = f"{eigen_voor} {eigen_achter}" if eigen_voor and eigen_achter else ""
        if i in LANGE_NAMEN:
            voornaam, achternaam, eigen = LANGE_NAMEN[i]
        doelgroep = doelgroepen[i % len(doelgroepen)].value
        if i < len(EERSTE_FASEN):
            fase = EERSTE_FASEN[i]
        else:
            gewichten = FASEN_STATUSHOUDERS if doelgroep in STATUSHOUDERS else FASEN
            fase = rng.choices(list(gewichten), weights=list(gewichten.values()))[0]
        if fase == INTAKE:        # a third of the running intakes has had only its first conversation
            intake = GESTART if lopend % 3 == 1 else HALF
            lopend += 1
        else:
            intake = "" if fase == GEKOPPELD else COMPLEET
        gemeente = GEMEENTEN[i % len(GEMEENTEN)]
        ib = Inburgeraar(
            voornamen=voornaam, achternaam=achternaam, naam_eigen_schrift=eigen, taal=taal, doelgroep=doelgroep,
            geboortedatum=vandaag - dt.timedelta(days=rng.randrange(17 * 365, 60 * 365)),
            gemeente=gemeente, bsn=elfproef_bsn(rng) if i % 3 else "",
            v_nummer="".join(str(rng.randrange(10)) for _ in range(10)), telefoon=f"06-{rng.randrange(10**7, 10**8)}",
            klantmanager=KLANTMANAGER[0])
        _zet_datums(ib, fase, intake, doelstatus(i), rng, vandaag)
        if ib.brp_inschrijving:
            letters = chr(65 + rng.randrange(26)) + chr(65 + rng.randrange(26))
            ib.adres = f"{rng.choice(STRATEN)} {rng.randint(1, 180)}, {REGIO[gemeente][1]} {letters} {gemeente}"
        mens = DemoPersoon(i, f"{seed}-{i}", ib, fase, intake)
        if (fase in (INTAKE, PIP_CONCEPT) and doelgroep in STATUSHOUDERS and in_startklas < STARTKLAS_MAX
                and ib.koppeling <= startklas_start(vandaag)):
            mens.startklas = True
            in_startklas += 1
        mensen.append(mens)
    harderwijk = next((m.inburgeraar for m in mensen if m.inburgeraar.gemeente == "Harderwijk"
                       and m.inburgeraar.adres), None)
    if harderwijk:
        harderwijk.adres = LANG_ADRES
    return mensen


def demo_inburgeraars(aantal: int, vandaag: dt.date, seed: int = 2021, eerste: int = 0) -> list[Inburgeraar]:
    return [m.inburgeraar for m in demo_mensen(aantal, vandaag, seed, eerste)]


# -- key dates ---------------------------------------------------------------------------------------------------------
def _zet_datums(ib: Inburgeraar, fase: str, intake: str, doel: Status, rng: random.Random, vandaag: dt.date) -> None:
    """Draw the key dates of this phase until the caseload row has the wanted status. Each draw aims at it (the
    deadline that matters falls soon or in the past); other deadlines of the draw may spoil it, then it draws again."""
    for _ in range(1000):
        datums = _trek_datums(fase, ib.doelgroep, intake, doel, rng, vandaag)
        for naam, datum in datums.items():
            setattr(ib, naam, datum)
        if _aannemelijk(ib, fase, vandaag) and caseload_status(ib, vandaag) is doel:
            return
    raise RuntimeError(f"geen demodatums voor fase {fase}, {ib.doelgroep}, {doel} op {vandaag}")


def _aannemelijk(ib: Inburgeraar, fase: str, vandaag: dt.date) -> bool:
    if valideer_inburgeraar(ib, vandaag):
        return False
    if fase == GEKOPPELD:
        return True
    einde = min(vandaag, ib.pip_dagtekening or vandaag)       # the intake's conversations lie before the PIP
    toets = ib.leerbaarheidstoets
    return (ib.koppeling < ib.intake_start <= einde - dt.timedelta(days=14)
            and (toets is None or ib.koppeling + dt.timedelta(days=28) <= toets < einde)
            and (ib.laatste_voortgangsgesprek is None or ib.pip_dagtekening < ib.laatste_voortgangsgesprek)
            and (ib.pvt_ondertekend is None or ib.vestiging < ib.pvt_ondertekend))


def _trek_datums(fase: str, doelgroep: str, intake: str, doel: Status, rng: random.Random, t: dt.date
                 ) -> dict[str, Any]:
    def dagen(van: int, tot: int) -> dt.timedelta:
        return dt.timedelta(days=rng.randint(van, tot))

    asiel = doelgroep == ASIEL

    def koppeling_bij(brp: dt.date) -> dt.date:
        # A statushouder is gekoppeld while still at the AZC and registers in the BRP on moving into a house; a
        # nareiziger registers on arrival (the koppeling follows); others are gekoppeld at registration.
        if asiel:
            return brp - dagen(21, 100)
        return brp + dagen(0, 10) if doelgroep == NAREIZIGER else brp

    def brp_bij(koppeling: dt.date) -> dt.date | None:
        if asiel:
            brp = koppeling + dagen(21, 100)
            return brp if brp <= t else None
        return koppeling - dagen(0, 10) if doelgroep == NAREIZIGER else koppeling

    op_tijd = doel is Status.OPEN
    # the day the deadline that matters falls on, when the row should be due soon or overdue
    doeldag = t + dagen(3, 12) if doel is Status.BINNENKORT else t - dagen(3, 45)
    d: dict[str, Any] = dict.fromkeys(("intake_start", "leerbaarheidstoets", "pip_dagtekening", "start_ontzorgen",
                                       "pvt_ondertekend", "laatste_voortgangsgesprek", "voortgangsgesprekken_per_jaar"))
    toets_open = False                             # the leerbaarheidstoets is what is due
    if fase == GEKOPPELD:                          # the brede intake must start within 2 months of the koppeling
        begin = t - dagen(2, 35) if op_tijd else plus_maanden(doeldag, -2)   # (of the inschrijving, if no AZC)
        k, b = (begin, None) if asiel else (koppeling_bij(begin), begin)      # a statushouder is still at the AZC
    elif fase == INTAKE and op_tijd:
        k = t - (dagen(40, 100) if asiel else dagen(21, 39))
        b = brp_bij(k)
    elif fase == INTAKE and asiel and rng.random() < 0.5:
        k, b, toets_open = doeldag - dt.timedelta(weeks=12), None, True      # still at the AZC
    elif fase in (INTAKE, PIP_CONCEPT):            # the PIP is due 10 weeks after the BRP-inschrijving
        b = t - dagen(36, 49) if op_tijd else doeldag - dt.timedelta(weeks=10)
        k = koppeling_bij(b)
    else:                                          # TERMIJN: the PIP has a dagtekening; the inburgeringstermijn runs
        if op_tijd:
            p = t - dagen(21, 1060)
        else:                                      # the next voortgangsgesprek is due
            basis = plus_maanden(doeldag, -INTERVAL)
            if rng.random() < 0.3:
                p = basis                          # the first one after the PIP
            else:
                p = basis - dagen(30, 900)
                d["laatste_voortgangsgesprek"] = basis
        b = p - dagen(40, 70)
        if plus_jaren(b, 1) < t + dt.timedelta(days=21):   # most sign the PVT in their first year
            d["pvt_ondertekend"] = b + dagen(90, 330)
        if op_tijd and plus_maanden(p, INTERVAL) < t + dt.timedelta(days=21):
            d["laatste_voortgangsgesprek"] = t - dagen(3, 95)
        k = koppeling_bij(b)
        # the PIP's number of voortgangsgesprekken, kept on the person as the PIP screen keeps its dagtekening
        d.update(pip_dagtekening=p, voortgangsgesprekken_per_jaar=12 // INTERVAL)
    d.update(koppeling=k, brp_inschrijving=b, vestiging=b)
    if b and doelgroep in STATUSHOUDERS:
        d["start_ontzorgen"] = b                   # bijstand and financieel ontzorgen start with the house
    if fase != GEKOPPELD:
        einde = min(t, d["pip_dagtekening"] or t)
        d["intake_start"] = k + dagen(7, max(7, min(55, (einde - k).days - 14)))
        laatste_toetsdag = min(84, (einde - k).days - 1)
        # before the PIP the toets is done; during the intake it may be, and should be once its window closes (after
        # only a first conversation it is not: such a draw fails unless the window is still open)
        toets_gedaan = fase != INTAKE or k + dt.timedelta(weeks=12) < t + dt.timedelta(days=21) or (
            laatste_toetsdag >= 28 and rng.random() < 0.4)
        if toets_gedaan and not toets_open and intake != GESTART:
            d["leerbaarheidstoets"] = k + dagen(28, max(28, laatste_toetsdag))
    return d


# -- the brede intake --------------------------------------------------------------------------------------------------
# Content a consultant would write, by kind of biography; Dutch notes, with the person's own words where they speak
# Arabic or Tigrinya.
PROFIELEN: list[dict[str, Any]] = [
    {"opleidingen": [("basis", 6, True), ("beroeps", 3, True)], "alfabetisering": ("goed", "matig"),
     "banen": [("Timmerman", "Bouw", 10, False, "Kozijnen, deuren en meubels maken; klanten helpen in de eigen "
                                                "werkplaats.")],
     "gewenst": "Timmerman of meubelmaker", "rijbewijs": "buitenlands_anders",
     "vakmanschap": "Ervaren timmerman, werkt nauwkeurig met hand- en elektrisch gereedschap. Geen certificaten.",
     "praktijk": "Kan in een leerwerkplaats laten zien wat hij of zij kan; proefplaatsing bij een aannemer mogelijk.",
     "interesses": ["techniek", "sport"], "interesses_toelichting": "Voetbal en klussen",
     "doelen": "Zo snel mogelijk Nederlands leren en weer in de bouw werken.", "toets": "b1_haalbaar",
     "computer": "basis", "uren": 32, "zrm": 4},
    {"opleidingen": [("voortgezet", 12, True), ("hoger", 2, False)], "alfabetisering": ("goed", "goed"),
     "banen": [("Verzorgende", "Zorg", 4, False, "Ouderen verzorgen in een kliniek; medicijnen klaarzetten.")],
     "gewenst": "Verpleegkundige", "studiewens": "Mbo-opleiding verpleegkunde (niveau 4), later misschien hbo.",
     "rijbewijs": "geen", "vakmanschap": "Zorgervaring; EHBO-cursus in het land van herkomst.",
     "praktijk": "Vrijwilligerswerk in een verpleeghuis is een goede eerste stap.",
     "interesses": ["koken", "muziek"], "interesses_toelichting": "Koken voor de buren, zingen",
     "doelen": "Diploma verpleegkunde halen en in een ziekenhuis werken.", "toets": "b1_haalbaar",
     "computer": "goed", "uren": 28, "zrm": 4},
    {"opleidingen": [("basis", 3, False)], "alfabetisering": ("matig", "niet"),
     "banen": [("Boer", "Landbouw", 15, False, "Groente en graan verbouwen, geiten houden, oogst verkopen op de "
                                              "markt.")],
     "gewenst": "Werken in de groenvoorziening of een kwekerij", "rijbewijs": "geen",
     "vakmanschap": "Veel ervaring met land- en tuinbouw.",
     "praktijk": "Werkt graag buiten; een werkervaringsplek bij de gemeentelijke groendienst past.",
     "interesses": ["natuur"], "interesses_toelichting": "Moestuin",
     "doelen": "Eerst lezen en schrijven leren, dan werk in het groen.", "toets": "b1_niet_haalbaar",
     "computer": "geen", "uren": 24, "zrm": 3},
    {"opleidingen": [("voortgezet", 12, True), ("universiteit", 2, False)], "alfabetisering": ("goed", "goed"),
     "banen": [("Bijlesdocent", "Onderwijs", 2, True, "Wiskunde-bijles aan kinderen in de buurt.")],
     "gewenst": "Softwareontwikkelaar", "studiewens": "Informatica aan het hbo; eerst het taalschakeljaar.",
     "rijbewijs": "geen", "vakmanschap": "Programmeert in Python; helpt anderen met computers.",
     "praktijk": "Kan meteen meedoen in een digitale werkplaats of repaircafé.",
     "interesses": ["techniek", "sport"], "interesses_toelichting": "Hardlopen, computers",
     "doelen": "Verder studeren en als programmeur werken.", "toets": "b1_haalbaar",
     "computer": "goed", "uren": 36, "zrm": 4},
    {"opleidingen": [("basis", 5, False)], "alfabetisering": ("goed", "niet"),
     "banen": [("Kleermaker", "Textiel", 6, True, "Kleding maken en herstellen voor familie en buren.")],
     "gewenst": "Werken in een naaiatelier", "rijbewijs": "geen",
     "vakmanschap": "Kan naaien, patronen maken en kleding herstellen.",
     "praktijk": "Naaiatelier van het buurthuis als eerste participatieplek.",
     "interesses": ["koken", "cultuur"], "interesses_toelichting": "Koken, handwerken",
     "doelen": "Nederlands leren om de kinderen op school te helpen en later te werken.",
     "toets": "b1_niet_haalbaar", "computer": "geen", "uren": 20, "zrm": 3},
    {"opleidingen": [("voortgezet", 6, True), ("hoger", 4, True)], "alfabetisering": ("goed", "goed"),
     "banen": [("Boekhouder", "Administratie", 8, False, "Boekhouding en salarisadministratie van een "
                                                          "handelsbedrijf.")],
     "gewenst": "Administratief medewerker", "waardering": True, "rijbewijs": "buitenlands_omwisselbaar",
     "vakmanschap": "Boekhouden; Excel; diploma bedrijfseconomie.",
     "praktijk": "Kan een administratie bijhouden; stage bij een administratiekantoor mogelijk.",
     "interesses": ["sport", "anders"], "interesses_toelichting": "Schaken, fietsen",
     "doelen": "Diploma laten waarderen en weer in de administratie werken.", "toets": "b1_haalbaar",
     "computer": "goed", "uren": 32, "zrm": 4},
]
# (country, mother tongue) per language; English speakers by family name.
HERKOMST = {"ar": [("Syrië", "Arabisch"), ("Jemen", "Arabisch"), ("Irak", "Arabisch")],
            "fa": [("Afghanistan", "Dari"), ("Iran", "Farsi")], "ti": [("Eritrea", "Tigrinya")],
            "so": [("Somalië", "Somalisch")], "tr": [("Turkije", "Turks")]}
HERKOMST_EN = {"Kovalenko": ("Oekraïne", "Oekraïens"), "Okafor": ("Nigeria", "Igbo"),
               "Fernández": ("Colombia", "Spaans"), "Mensah": ("Ghana", "Twi")}
ANDERE_TALEN = {"ar": [("Engels", "basis")], "fa": [("Engels", "basis")], "ti": [("Amhaars", "goed"),
                ("Arabisch", "basis")], "so": [("Arabisch", "basis"), ("Engels", "basis")], "tr": [("Engels", "basis")],
                "en": [("Engels", "goed")]}
KINDERNAMEN = {"ar": ["Noor", "Adam", "Maryam", "Ali"], "fa": ["Sara", "Amir", "Yasmin"],
               "ti": ["Selam", "Natnael", "Ruta"], "so": ["Ayaan", "Hamza"], "tr": ["Zeynep", "Emir"],
               "en": ["Mia", "Samuel"]}
CITATEN = {
    "ar": {"doelen": "أريد أن أتعلم الهولندية بسرعة وأن أعمل من جديد.",
           "werk": "عملت سنوات طويلة في بلدي، وأحب العمل بيدي.",
           "gezin": "أطفالي سعداء في المدرسة هنا.",
           "netwerk": "لا أعرف أحدًا هنا بعد، أريد أن أتعرف على جيراني.",
           "slaap": "أنام قليلًا لأنني أفكر كثيرًا في عائلتي.",
           "begrepen": "فهمت أن عليّ أن أنهي الاندماج خلال ثلاث سنوات."},
    "ti": {"doelen": "ቋንቋ ሆላንድ ቀልጢፈ ክመሃርን ክሰርሕን ደልየ።",
           "werk": "ኣብ ሃገረይ ንዓመታት ሰሪሐ እየ።",
           "gezin": "ደቀይ ኣብ ቤት ትምህርቲ ሓጎስ ኣለዎም።",
           "netwerk": "ምስ ሰባት ክራኸብ ደስ ይብለኒ።",
           "slaap": "ለይቲ ድቃስ ይስኣነኒ።",
           "begrepen": "ኣብ ውሽጢ ሰለስተ ዓመት ክወድእ ከም ዘለኒ ተረዲኡኒ።"},
}
ONDERWERPEN = ["Kennismaking; uitleg over de inburgeringsplicht, de brede intake en het PIP.",
               "Opleiding, werkervaring, taal en motivatie besproken.",
               "Gezin, gezondheid, netwerk en rechten en plichten besproken; voorstellen voor het PIP doorgenomen."]


def _met_citaat(tekst: str, taal: str, onderwerp: str) -> str:
    citaat = CITATEN.get(taal, {}).get(onderwerp)
    return f'{tekst} In eigen woorden: "{citaat}"' if citaat else tekst


def demo_antwoorden(mens: DemoPersoon, vandaag: dt.date) -> list[tuple[str, Any]]:
    """The intake answers in the order a consultant fills them in ("sectie.vraag" → value; a repeat group as a list
    of rows). Only questions that apply to this person are answered, each valid for the form engine."""
    if not mens.intake:
        return []
    ib, rng = mens.inburgeraar, random.Random(f"{mens.seed}-intake")
    taal, asiel, statushouder = ib.taal, ib.doelgroep == ASIEL, ib.doelgroep in STATUSHOUDERS
    leeftijd_ = leeftijd(ib.geboortedatum, vandaag)
    profiel = PROFIELEN[3] if leeftijd_ < 28 and rng.random() < 0.6 else rng.choice(PROFIELEN)
    land, moedertaal = HERKOMST_EN.get(ib.achternaam) or rng.choice(HERKOMST[taal])
    tolk = taal != "en"
    einde = min(vandaag, ib.pip_dagtekening or vandaag) - dt.timedelta(days=1)
    huishouden = (rng.choice(["partner", "partner_kinderen"]) if not asiel or leeftijd_ >= 24 and rng.random() < 0.6
                  else rng.choice(["alleen", "alleen", "alleen_kinderen"]))
    if huishouden != "alleen" and leeftijd_ < 20:
        huishouden = "partner"
    met_partner = huishouden in ("partner", "partner_kinderen")

    a: list[tuple[str, Any]] = []
    gesprekken, datum = [], ib.intake_start
    for nr in range({GESTART: 1, HALF: 2, COMPLEET: 3}[mens.intake]):
        rij: dict[str, Any] = {"datum": datum.isoformat(), "tolk": tolk}
        if tolk:
            rij.update(tolk_taal=moedertaal, tolk_wijze=rng.choice(["aanwezig", "aanwezig", "telefonisch", "video"]))
        op_azc = asiel and (ib.brp_inschrijving is None or datum < ib.brp_inschrijving)
        aanwezig = (["coa"] if op_azc and nr == 0 else
                    ["begeleider"] if statushouder and nr == 2 else [])
        rij.update(aanwezig=(["partner"] if met_partner and nr == 0 else []) + aanwezig, onderwerpen=ONDERWERPEN[nr])
        gesprekken.append(rij)
        datum = min(datum + dt.timedelta(days=rng.randint(5, 14)), einde)
    a.append(("gesprekken.gesprekken", gesprekken))
    if mens.intake == GESTART:
        return a
    # the right to be heard without the partner present
    a.append(("gesprekken.partner_apart", ("gevoerd" if statushouder else "aangeboden") if met_partner else "nvt"))
    if asiel:
        overdracht = ib.koppeling + dt.timedelta(days=(ib.intake_start - ib.koppeling).days // 2)
        a += [("warme_overdracht.datum", overdracht.isoformat()),
              ("warme_overdracht.gehouden", True), ("warme_overdracht.locatie", f"AZC {rng.choice(['Zeist', 'Ede'])}"),
              ("warme_overdracht.coa_casemanager", rng.choice(["R. Jansen", "S. Bakkali", "M. Hoekstra"])),
              ("warme_overdracht.welkomstpakket", True),
              ("warme_overdracht.bijzonderheden", "Driegesprek met de COA-casemanager; woning is aangevraagd.")]
    else:                                   # no AZC, no COA handover (DOMAIN.md "Doelgroepen")
        a.append(("warme_overdracht.gehouden", False))

    domeinen = _domeinen(ib, profiel, land, moedertaal, huishouden, tolk, rng, vandaag)
    klaar = len(domeinen) if mens.intake == COMPLEET else rng.randint(3, 7)
    for n, (sectie, antwoorden, zrm, ondersteuning, voorstel, notitie) in enumerate(domeinen[:klaar]):
        a += [(f"{sectie}.{vraag}", w) for vraag, w in antwoorden]
        status = ("deels" if mens.intake == HALF and n == klaar - 1 else
                  "vervolg_nodig" if zrm <= 2 else "besproken")
        a += [(f"{sectie}.zrm", zrm), (f"{sectie}.status", status)]
        a += [(f"{sectie}.{vraag}", tekst) for vraag, tekst in (("ondersteuning", ondersteuning),
                                                                ("pip_voorstel", voorstel), ("notities", notitie))
              if tekst]
    return a


def _domeinen(ib: Inburgeraar, profiel: dict, land: str, moedertaal: str, huishouden: str, tolk: bool,
              rng: random.Random, vandaag: dt.date) -> list[tuple[str, list, int, str, str, str]]:
    """Per levensdomein, in form order: (section, answers, ZRM score, ondersteuning, PIP proposal, notes)."""
    taal, statushouder = ib.taal, ib.doelgroep in STATUSHOUDERS
    leeftijd_ = leeftijd(ib.geboortedatum, vandaag)

    def zrm(verschil: int = 0) -> int:
        return max(2, min(5, profiel["zrm"] + verschil + rng.choice([-1, 0, 0, 1])))

    uit = []
    toets = ib.leerbaarheidstoets
    leer: list[tuple[str, Any]] = []
    if toets:
        leer += [("toets_gepland", toets.isoformat()), ("toets_afgenomen", toets.isoformat()),
                 ("toets_uitkomst", profiel["toets"]),
                 ("omstandigheden", rng.choice(["Rustig verlopen, in de ochtend afgenomen.",
                                                "Was gespannen en had weinig geslapen; toets wel afgemaakt."]))]
    else:
        leer.append(("toets_gepland", max(vandaag + dt.timedelta(days=3),
                                          ib.koppeling + dt.timedelta(weeks=9)).isoformat()))
    uit.append(("leerbaarheid", leer, 3 if profiel["toets"] == "b1_niet_haalbaar" else 4, "",
                "Leerroute volgens de toets en het startklas-advies." if toets else "", ""))

    opleidingen = [{"land": land, "soort": soort, "jaren": jaren, "diploma": diploma,
                    **({"waardering": bool(profiel.get("waardering"))} if diploma else {})}
                   for soort, jaren, diploma in profiel["opleidingen"]]
    opl = [("opleidingen", opleidingen), ("totaal_jaren", sum(j for _, j, _ in profiel["opleidingen"])),
           ("alfabetisering_eigen", profiel["alfabetisering"][0]),
           ("alfabetisering_latijn", profiel["alfabetisering"][1]), ("studiewens", "studiewens" in profiel)]
    if "studiewens" in profiel:
        opl.append(("studiewens_toelichting", profiel["studiewens"]))
    if leeftijd_ < 28:
        opl.append(("onderwijsroute", "studiewens" in profiel))
    uit.append(("opleiding", opl, zrm(), "Alfabetisering in het Latijnse schrift." if profiel["alfabetisering"][1]
                == "niet" else "", "Diplomawaardering aanvragen bij IDW." if profiel.get("waardering") else "", ""))

    banen = [{"beroep": beroep, "sector": sector, "land": land, "jaren": min(jaren, max(0, leeftijd_ - 16)),
              "vrijwillig": vrijwillig, "taken": taken}
             for beroep, sector, jaren, vrijwillig, taken in profiel["banen"]]
    uit.append(("werkervaring", [("banen", banen), ("gewenst_beroep", profiel["gewenst"]),
                                 ("vrijwilligerswerk_nl", rng.random() < 0.7)], zrm(-1),
                "Oriëntatie op de arbeidsmarkt in combinatie met de MAP.",
                f"Werkervaringsplek richting: {profiel['gewenst'].lower()}.",
                _met_citaat("Veel ervaring in het land van herkomst.", taal, "werk")))
    uit.append(("praktische_competenties", [("vakmanschap", profiel["vakmanschap"]),
                                            ("rijbewijs", profiel["rijbewijs"]), ("praktijk", profiel["praktijk"])],
                zrm(), "", "", ""))
    uit.append(("werknemersvaardigheden", [("op_tijd", "goed"), ("instructies", rng.choice(["goed", "wisselend"])),
                                           ("samenwerken", "goed"), ("werkcultuur_nl", not statushouder and
                                                                     rng.random() < 0.3),
                                           ("belastbaarheid_uren", profiel["uren"])], zrm(-1), "", "", ""))

    talen = [{"taal": t, "niveau": n} for t, n in ANDERE_TALEN.get(taal, []) if t != moedertaal]
    taalniveau = [("moedertaal", moedertaal)] + ([("talen", talen)] if talen else []) + [
        ("niveau_nederlands", rng.choice(["a0", "a0", "a1"] if statushouder else ["a0", "a1", "a2"])),
        ("engels", "goed" if taal == "en" else rng.choice(["geen", "basis"])), ("voorinburgering", statushouder)]
    uit.append(("taalniveau", taalniveau, zrm(-1), "Taalcafé in de bibliotheek naast de lessen.", "", ""))

    uit.append(("motivatie", [("doelen", _met_citaat(profiel["doelen"], taal, "doelen")),
                              ("interesses", profiel["interesses"]),
                              ("interesses_toelichting", profiel["interesses_toelichting"]),
                              ("verwachtingen", "Wil snel meedoen; besproken dat taal en participatie samen opgaan.")],
                5 if profiel["zrm"] >= 4 else 4, "", "", ""))

    ontzorgen = statushouder      # financieel ontzorgen is for statushouders with bijstand only
    zelf = [("geldzaken", "met_hulp" if ontzorgen else "zelf"), ("ontzorgen", ontzorgen)]
    if ontzorgen:
        zelf.append(("ontzorgen_langer", rng.random() < 0.25))
    administratie = "met_hulp" if statushouder else rng.choice(["zelf", "met_hulp"])
    zelf += [("administratie", administratie), ("vervoer", rng.choice([["fiets", "ov"], ["lopend", "ov"], ["fiets"]])),
             ("wonen", f"Woont sinds {ib.brp_inschrijving:%d-%m-%Y} in {ib.gemeente}." if ib.brp_inschrijving else
              f"Woont nog in het AZC; wacht op een woning in {ib.gemeente}.")]
    uit.append(("zelfredzaamheid", zelf, 3 if ontzorgen else 4,
                "Hulp bij post en administratie." if administratie == "met_hulp" else "",
                "Financieel ontzorgen: huur, energie, water en zorgverzekering, ten minste 6 maanden." if ontzorgen
                else "", ""))

    digitaal = [("smartphone", True), ("computer", profiel["computer"]), ("email", profiel["computer"] != "geen"),
                ("digid", "zelf" if profiel["computer"] == "goed" else "met_hulp"),
                ("bankieren", profiel["computer"] == "goed")]
    uit.append(("digitaal", digitaal, 4 if profiel["computer"] == "goed" else 2,
                "" if profiel["computer"] == "goed" else "Cursus Klik & Tik in de bibliotheek.",
                "" if profiel["computer"] == "goed" else "DigiD aanvragen met hulp van de begeleider.", ""))

    gezin: list[tuple[str, Any]] = [("huishouden", huishouden)]
    if huishouden in ("partner", "partner_kinderen") and statushouder:
        gezin.append(("partner_v_nummer", "".join(str(rng.randrange(1, 10)) for _ in range(10))))
    jonge_kinderen = False
    if huishouden in ("partner_kinderen", "alleen_kinderen"):
        kinderen = []
        for naam in rng.sample(KINDERNAMEN[taal], rng.randint(1, min(3, len(KINDERNAMEN[taal])))):
            geboren = vandaag - dt.timedelta(days=rng.randrange(60, 365 * max(1, min(17, leeftijd_ - 19))))
            jong = leeftijd(geboren, vandaag) < 4
            jonge_kinderen |= jong
            kind = {"voornaam": naam, "geboortedatum": geboren.isoformat(),
                    "school": "Peuteropvang De Dribbel" if jong else "Basisschool De Regenboog"
                    if leeftijd(geboren, vandaag) < 12 else "Internationale schakelklas (ISK)"}
            if jong:
                kind["vve"] = rng.choice(["aangemeld", "aanmelden"])
            kinderen.append(kind)
        gezin.append(("kinderen", kinderen))
    gezin += [("gezinshereniging", "afgerond" if ib.doelgroep == NAREIZIGER else
               rng.choice(["nvt", "aangevraagd"]) if ib.doelgroep == ASIEL and huishouden.startswith("alleen") else
               "nvt"), ("kinderopvang", jonge_kinderen and huishouden == "alleen_kinderen")]
    uit.append(("gezinssituatie", gezin, 4 if huishouden != "alleen_kinderen" else 3,
                "Kinderopvang regelen op de lesdagen." if jonge_kinderen and huishouden == "alleen_kinderen" else "",
                "Peuter aanmelden voor voorschoolse educatie (vve)." if jonge_kinderen else "",
                _met_citaat("Kinderen gaan graag naar school.", taal, "gezin")
                if huishouden.endswith("kinderen") else ""))

    beperking = rng.choices([["geen"], ["zien"], ["chronisch"]], weights=[8, 1, 1])[0]
    fysiek: list[tuple[str, Any]] = [("beperkingen", beperking)]
    if beperking != ["geen"]:
        fysiek.append(("beperkingen_toelichting", "Ziet slecht op afstand; bril via de huisarts geregeld."
                       if beperking == ["zien"] else "Diabetes, onder controle bij de huisarts."))
    fysiek += [("huisarts", ib.brp_inschrijving is not None),
               ("belastbaarheid", "beperkt" if beperking == ["chronisch"] else "volledig")]
    uit.append(("fysieke_gezondheid", fysiek, 3 if beperking != ["geen"] else 4,
                "" if ib.brp_inschrijving else "Inschrijven bij een huisarts na de verhuizing.", "", ""))

    signalen = rng.choices([["geen"], ["stress", "slaap"], ["concentratie"]], weights=[13, 5, 2])[0]
    mentaal: list[tuple[str, Any]] = [("signalen", signalen)]
    hulp = signalen != ["geen"] and rng.random() < 0.4
    if signalen != ["geen"]:
        mentaal.append(("hulp", hulp))
        if hulp:
            mentaal.append(("hulp_wie", "Praktijkondersteuner GGZ van de huisarts"))
    mentaal.append(("toestemming_verwijzing", "nvt" if signalen == ["geen"] or hulp else "ja"))
    uit.append(("mentale_gezondheid", mentaal, 4 if signalen == ["geen"] else 2,
                "" if signalen == ["geen"] else "Rust en regelmaat; vinger aan de pols bij de voortgangsgesprekken.",
                "Met toestemming verwijzen naar de praktijkondersteuner GGZ." if signalen != ["geen"] and not hulp
                else "", _met_citaat("Slaapt slecht.", taal, "slaap") if "slaap" in signalen else ""))

    netwerk = [("contacten_nl", rng.choice(["weinig", "enkele"] if statushouder else ["enkele", "veel"])),
               ("familie_nl", ib.doelgroep != ASIEL or rng.random() < 0.3),
               ("gemeenschap", rng.choice(["Sportvereniging in de wijk", "Taalcafé en buurthuis",
                                           "Geloofsgemeenschap in de regio"])),
               ("begeleider", statushouder and ib.brp_inschrijving is not None),   # VluchtelingenWerk, once housed
               ("isolatie", "midden" if statushouder else "laag")]
    uit.append(("sociaal_netwerk", netwerk, 3 if statushouder else 4, "",
                "Maatje via VluchtelingenWerk; kennismaken in het buurthuis." if statushouder else "",
                _met_citaat("Wil graag meer mensen leren kennen.", taal, "netwerk")))

    uit.append(("rechten_plichten", [("uitgelegd", ["inburgeringsplicht", "termijn", "pip_beschikking", "bezwaar",
                                                    "boete"]),
                                     ("eigen_taal", True), ("tolk", tolk), ("begrepen", rng.choice(["ja", "ja",
                                                                                                    "deels"]))],
                4, "", "", _met_citaat("Teruggevraagd: termijn en PIP goed begrepen.", taal, "begrepen")))
    return uit


# -- contacts, PIP, startklas ------------------------------------------------------------------------------------------
def _slug(tekst: str) -> str:
    return "".join(c for c in tekst.lower().replace(" ", "-") if c.isascii() and (c.isalnum() or c == "-"))


def demo_contacten(ib: Inburgeraar) -> list[Contactpersoon]:
    """The klantmanager for everyone; a VluchtelingenWerk volunteer for statushouders with a house; the COA while at
    the AZC; the taalschool once the intake has started."""
    rng = random.Random(f"{ib.voornamen} {ib.achternaam} {ib.gemeente} {ib.koppeling}")
    netnummer, _, taalschool, regio = REGIO[ib.gemeente]
    uit = [Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.KLANTMANAGER.value, naam=KLANTMANAGER[1],
                          organisatie=f"Gemeente {ib.gemeente}", telefoon=f"14 {netnummer}",
                          email=f"k.devries@{_slug(ib.gemeente)}.example.nl")]
    if ib.doelgroep in STATUSHOUDERS and ib.brp_inschrijving:
        naam = rng.choice(BEGELEIDERS)
        uit.append(Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.MAATSCHAPPELIJK_BEGELEIDER.value, naam=naam,
                                  organisatie=f"VluchtelingenWerk {regio}",
                                  telefoon=f"06-{rng.randrange(10**7, 10**8)}",
                                  email=f"{_slug(naam).replace('-', '.')}@vluchtelingenwerk.example.nl"))
    if ib.doelgroep == ASIEL and not ib.brp_inschrijving:
        uit.append(Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.COA.value, naam="COA-casemanager",
                                  organisatie="COA", email="casemanager@coa.example.nl"))
    if ib.intake_start:
        uit.append(Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.TAALSCHOOL.value,
                                  naam=rng.choice(["Coördinator inburgering", "Intakebalie", "Trajectbegeleiding"]),
                                  organisatie=taalschool, telefoon=f"{netnummer}-{rng.randrange(100000, 999999)}",
                                  email=f"info@{_slug(taalschool)}.example.nl"))
    return uit


INTENSITEIT = {"z_route": "10 uur per week in 4 dagdelen", "b1_route": "12 uur per week",
               "b1_snel": "16 uur per week", "onderwijsroute": "20 uur per week (taalschakeltraject)"}


def demo_pip_aanpassingen(mens: DemoPersoon, leerroute: str) -> dict[str, Any]:
    """What the consultant fills in after drafting the concept PIP from the intake."""
    ib = mens.inburgeraar
    aanpassingen: dict[str, Any] = {"intensiteit": INTENSITEIT.get(leerroute, ""),
                                    "taalaanbieder": REGIO[ib.gemeente][2]}
    if mens.fase == TERMIJN:      # drafted on the day it was vastgesteld (diensten/demo.py does that next)
        aanpassingen.update(opgesteld_op=ib.pip_dagtekening)
    return aanpassingen


def demo_startklas(cursisten: list[Inburgeraar], docent: str, vandaag: dt.date, instrument, seed: int = 7):
    """A StarterZ-klas of up to 10 of these people, started 8 weeks ago, observed weekly for 7 weeks.
    Each cursist gets a learning profile (how high and how fast they grow), so the advice spreads over the routes.
    Returns (group, placements, [(moment, observations)])."""
    from .observatie import Observatie, Observatiemoment, Plaatsing, StartklasGroep
    rng = random.Random(seed)
    start = startklas_start(vandaag)
    groep = StartklasGroep(naam="Startklas demo (ma/wo)", docenten=[docent], startdatum=start,
                           lesdagen=["maandag", "woensdag"], instrument=instrument.id)
    gekozen = cursisten[:STARTKLAS_MAX]
    plaatsingen = [Plaatsing(inburgeraar_id=ib.id, groep_id=groep.id, van=start) for ib in gekozen]
    laag, hoog = instrument.schaal.min, instrument.schaal.max
    profielen = {ib.id: (rng.uniform(laag, hoog - 1), rng.uniform(0, 0.25)) for ib in gekozen}
    momenten = []
    for week in range(7):
        datum = start + dt.timedelta(weeks=week, days=2)
        moment = Observatiemoment(groep_id=groep.id, datum=datum, notitie=f"Les week {week + 1}")
        observaties = []
        for ib in gekozen:
            basis, groei = profielen[ib.id]
            scores = {}
            for aspect in instrument.aspecten:
                if rng.random() < 0.15:
                    scores[aspect.id] = None                 # niet geobserveerd
                else:
                    waarde = round(basis + groei * week + rng.uniform(-0.6, 0.6))
                    scores[aspect.id] = max(laag, min(hoog, waarde))
            observaties.append(Observatie(moment_id=moment.id, groep_id=groep.id, inburgeraar_id=ib.id,
                                          datum=datum, scores=scores))
        momenten.append((moment, observaties))
    return groep, plaatsingen, momenten


def demo_eindscore(voorstel: dict[str, int | None], instrument, rng: random.Random) -> dict[str, int | None]:
    """The docent's final word: mostly the proposal; for about half the cursisten one aspect one step different."""
    scores = dict(voorstel)
    gescoord = [a for a, s in scores.items() if s is not None]
    if gescoord and rng.random() < 0.5:
        aspect = rng.choice(gescoord)
        stap = 1 if scores[aspect] < instrument.schaal.max else -1
        scores[aspect] += stap
    return scores


ARGUMENTATIE = {
    True: ("In zeven weken startklas nam de cursist nieuwe stof snel op en werkte steeds zelfstandiger; de "
           "leerbaarheidstoets viel op één moment en onder spanning. Daarom een ambitieuzere route, met extra "
           "begeleiding bij de start."),
    False: ("De observatie laat zien dat lezen en schrijven in het Latijnse schrift nog veel tijd vraagt; de gekozen "
            "route past beter bij het tempo van de cursist. Besproken met de cursist en de docent."),
}


def argumentatie(route: str, toets: str | None) -> str:
    """The consultant's written reason when the startklas advice and the leerbaarheidstoets differ."""
    return ARGUMENTATIE[toets == "b1_niet_haalbaar" and route != "z_route"]
