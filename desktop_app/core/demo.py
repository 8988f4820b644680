"""Fictional inburgeraars for demos, tests and benchmarks. Every name is made up from common given and family names;
BSNs pass the elfproef but come from a range no real person has (they start with 9, as test BSNs do)."""
from __future__ import annotations

import datetime as dt
import random

from .model import ContactRol, Contactpersoon, Doelgroep, Inburgeraar

# (voornaam, achternaam, naam in eigen schrift, taal)
NAMEN = [
    ("Amal", "Haddad", "أمل حداد", "ar"), ("Yousef", "Al-Khatib", "يوسف الخطيب", "ar"),
    ("Rania", "Suleiman", "رانيا سليمان", "ar"), ("Omar", "Nasser", "عمر ناصر", "ar"),
    ("Layla", "Darwish", "ليلى درويش", "ar"), ("Karim", "Mansour", "كريم منصور", "ar"),
    ("Shirin", "Ahmadi", "شیرین احمدی", "fa"), ("Dariush", "Karimi", "داریوش کریمی", "fa"),
    ("Parisa", "Rahimi", "پریسا رحیمی", "fa"), ("Farhad", "Hosseini", "فرهاد حسینی", "fa"),
    ("Zahra", "Mohammadi", "زهرا محمدی", "prs"), ("Abdul", "Rahmani", "عبدالرحمانی", "ps"),
    ("Senait", "Tesfay", "ሰናይት ተስፋይ", "ti"), ("Yonas", "Gebremedhin", "ዮናስ ገብረመድህን", "ti"),
    ("Helen", "Kidane", "ሄለን ኪዳነ", "ti"), ("Filmon", "Berhane", "ፊልሞን በርሀነ", "ti"),
    ("Mehret", "Tekle", "መሓረት ተኽለ", "ti"), ("Samuel", "Habte", "ሳሙኤል ሃብተ", "ti"),
    ("Hodan", "Warsame", "", "so"), ("Abdirahman", "Farah", "", "so"),
    ("Elif", "Yıldız", "", "tr"), ("Mehmet", "Çelik", "", "tr"),
    ("Olena", "Kovalenko", "Олена Коваленко", "en"), ("Lucía", "Fernández", "", "en"),
    ("Grace", "Okafor", "", "en"), ("Rojin", "Aydın", "", "tr"),
]
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
    for i in range(aantal):
        voornaam, achternaam, eigen, taal = NAMEN[i % len(NAMEN)]
        koppeling = vandaag - dt.timedelta(days=rng.randrange(5, 700))
        ib = Inburgeraar(
            voornamen=voornaam, achternaam=achternaam if i < len(NAMEN) else f"{achternaam} {i // len(NAMEN)}",
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
