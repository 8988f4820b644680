"""Fictional inburgeraars for demos, tests and benchmarks. Every name is made up from common given and family names;
BSNs pass the elfproef but come from a range no real person has (they start with 9, as test BSNs do)."""
from __future__ import annotations

import datetime as dt
import random

from .model import ContactRol, Contactpersoon, Doelgroep, Inburgeraar

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
GEMEENTEN = ["Huizen", "Dalfsen", "Ermelo", "Harderwijk", "Heerenveen", "Overbetuwe", "Zeewolde", "Laren"]


def elfproef_bsn(rng: random.Random) -> str:
    while True:
        cijfers = [9] + [rng.randrange(10) for _ in range(7)]
        som = sum(c * w for c, w in zip(cijfers, (9, 8, 7, 6, 5, 4, 3, 2)))
        laatste = som % 11
        if laatste < 10:
            return "".join(map(str, cijfers)) + str(laatste)


def demo_inburgeraars(aantal: int, vandaag: dt.date, seed: int = 2021) -> list[Inburgeraar]:
    rng = random.Random(seed)
    doelgroepen = list(Doelgroep)
    uit = []
    talen = list(NAMEN)
    for i in range(aantal):
        taal = talen[i % len(talen)]
        voornamen, achternamen = NAMEN[taal]
        k = i // len(talen)
        (voornaam, eigen_voor), (achternaam, eigen_achter) = (voornamen[k % len(voornamen)],
                                                              achternamen[(k // len(voornamen) + k) % len(achternamen)])
        eigen = f"{eigen_voor} {eigen_achter}" if eigen_voor and eigen_achter else ""
        koppeling = vandaag - dt.timedelta(days=rng.randrange(5, 700))
        ib = Inburgeraar(
            voornamen=voornaam, achternaam=achternaam,
            naam_eigen_schrift=eigen, taal=taal, doelgroep=doelgroepen[i % len(doelgroepen)].value,
            geboortedatum=vandaag - dt.timedelta(days=rng.randrange(17 * 365, 60 * 365)),
            gemeente=GEMEENTEN[i % len(GEMEENTEN)], bsn=elfproef_bsn(rng) if i % 3 else "",
            v_nummer="".join(str(rng.randrange(10)) for _ in range(10)), telefoon=f"06-{rng.randrange(10**7, 10**8)}",
            klantmanager="K. de Vries", koppeling=koppeling,
        )
        verloop = (vandaag - koppeling).days
        if verloop > 20 or i % 4:
            ib.brp_inschrijving = koppeling + dt.timedelta(days=rng.randrange(0, 20))
            ib.brp_inschrijving = min(ib.brp_inschrijving, vandaag)
        if verloop > 50 and i % 5:
            ib.intake_start = koppeling + dt.timedelta(days=rng.randrange(10, 50))
        if verloop > 80 and i % 3:
            ib.leerbaarheidstoets = koppeling + dt.timedelta(days=rng.randrange(56, 80))
        if verloop > 90 and i % 4 and ib.brp_inschrijving:
            ib.pip_dagtekening = min(ib.brp_inschrijving + dt.timedelta(days=rng.randrange(40, 90)), vandaag)
            ib.start_ontzorgen = ib.pip_dagtekening
            ib.vestiging = ib.brp_inschrijving
        uit.append(ib)
    return uit


def demo_contacten(ib: Inburgeraar) -> list[Contactpersoon]:
    return [
        Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.KLANTMANAGER.value, naam="Karin de Vries",
                       organisatie=f"Gemeente {ib.gemeente}", telefoon="14 035", email="klantmanager@example.nl"),
        Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.MAATSCHAPPELIJK_BEGELEIDER.value, naam="Joost Smit",
                       organisatie="VluchtelingenWerk", telefoon="06-12345678", email="begeleiding@example.nl"),
        Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.TAALSCHOOL.value, naam="Taalcentrum De Brug",
                       organisatie="Taalcentrum De Brug", telefoon="035-5550100", email="info@example.nl"),
    ]


def demo_startklas(cursisten: list[Inburgeraar], docent: str, vandaag: dt.date, instrument, seed: int = 7):
    """A StarterZ-klas of up to 10 of these people, started 8 weeks ago, observed weekly for 7 weeks.
    Each cursist gets a learning profile (how high and how fast they grow), so the advice spreads over the routes.
    Returns (group, placements, [(moment, observations)])."""
    from .observatie import Observatie, Observatiemoment, Plaatsing, StartklasGroep
    rng = random.Random(seed)
    start = vandaag - dt.timedelta(weeks=8)
    start -= dt.timedelta(days=start.weekday())          # a Monday
    groep = StartklasGroep(naam="Startklas demo (ma/wo)", docenten=[docent], startdatum=start,
                           lesdagen=["maandag", "woensdag"], instrument=instrument.id)
    gekozen = cursisten[:10]
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
