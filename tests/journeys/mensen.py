"""Real-shaped fictional people for the journey tests: long names in two scripts, 80-character addresses, every
doelgroep. Nobody here exists; BSNs start with 9 (a range no real person has) and pass the elfproef."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.model import ContactRol, Contactpersoon, Doelgroep, Inburgeraar

ADRES_80 = "Burgemeester van Nieuwenhuysen-Leeuwenhoekln 12 bis, 3812 AB Amersfoort-Vathorst"
assert len(ADRES_80) == 80

# (voornamen, achternaam, naam in eigen schrift, taal, doelgroep)
MENSEN = [
    ("Abdulrahman Mohammed Nour-Eddine", "Al-Abdullah El-Haddad", "عبد الرحمن محمد نور الدين العبدالله الحداد", "ar",
     Doelgroep.ASIELSTATUSHOUDER),
    ("Gebremedhin Tesfamichael", "Woldemichael Kidanemariam", "ገብረመድህን ተስፋሚካኤል ወልደሚካኤል ኪዳነማርያም", "ti",
     Doelgroep.NAREIZIGER),
    ("Shirin Golnaz Zahra", "Mohammadi-Rahimi Hosseinzadeh", "شیرین گلناز زهرا محمدی رحیمی حسین‌زاده", "fa",
     Doelgroep.GEZINSMIGRANT),
    ("Olena Kateryna", "Kovalenko-Shevchenko", "Олена Катерина Коваленко-Шевченко", "en",
     Doelgroep.OVERIGE_MIGRANT),
]
BSN = ["900000016", "900000028", "900000041", "900000053"]


def inburgeraar(i: int, vandaag: dt.date, klantmanager: str = "K. de Vries") -> Inburgeraar:
    voornamen, achternaam, eigen, taal, doelgroep = MENSEN[i]
    koppeling = vandaag - dt.timedelta(days=120 + 10 * i)
    return Inburgeraar(
        voornamen=voornamen, achternaam=achternaam, naam_eigen_schrift=eigen, taal=taal, doelgroep=doelgroep.value,
        geboortedatum=dt.date(1984 + 3 * i, 2, 29 if i == 0 else 14), gemeente="Amersfoort", bsn=BSN[i],
        v_nummer=f"{1234567890 + i}", telefoon="06-12345678", email=f"fictief{i}@example.nl", adres=ADRES_80,
        klantmanager=klantmanager, koppeling=koppeling, brp_inschrijving=koppeling + dt.timedelta(days=14),
    )


def contacten(ib: Inburgeraar) -> list[Contactpersoon]:
    return [
        Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.KLANTMANAGER.value, naam="Karin de Vries-van den Berg",
                       organisatie="Gemeente Amersfoort, team Inburgering", telefoon="14 033",
                       email="klantmanager@example.nl"),
        Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.MAATSCHAPPELIJK_BEGELEIDER.value,
                       naam="Joost Smit", organisatie="VluchtelingenWerk Midden-Nederland", telefoon="06-87654321",
                       email="begeleiding@example.nl"),
        Contactpersoon(inburgeraar_id=ib.id, rol=ContactRol.TAALSCHOOL.value, naam="Taalcentrum De Brug",
                       organisatie="Taalcentrum De Brug", telefoon="033-5550100", email="info@example.nl"),
    ]
