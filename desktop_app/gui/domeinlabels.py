"""Labels that desktop_app.core defines (it has no Qt) made visible to lupdate, and their translation at display time.
tests/test_ui_quality.py checks that every label core can show is listed here."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Domein"

LABELS = (
    QT_TRANSLATE_NOOP("Domein", "Voornamen"),
    QT_TRANSLATE_NOOP("Domein", "Achternaam"),
    QT_TRANSLATE_NOOP("Domein", "Naam in eigen schrift"),
    QT_TRANSLATE_NOOP("Domein", "Doelgroep"),
    QT_TRANSLATE_NOOP("Domein", "Gemeente"),
    QT_TRANSLATE_NOOP("Domein", "V-nummer"),
    QT_TRANSLATE_NOOP("Domein", "BSN"),
    QT_TRANSLATE_NOOP("Domein", "Taal"),
    QT_TRANSLATE_NOOP("Domein", "Telefoon"),
    QT_TRANSLATE_NOOP("Domein", "E-mail"),
    QT_TRANSLATE_NOOP("Domein", "Adres"),
    QT_TRANSLATE_NOOP("Domein", "Klantmanager"),
    QT_TRANSLATE_NOOP("Domein", "Geboortedatum"),
    QT_TRANSLATE_NOOP("Domein", "Koppeling aan gemeente"),
    QT_TRANSLATE_NOOP("Domein", "BRP-inschrijving"),
    QT_TRANSLATE_NOOP("Domein", "Start brede intake"),
    QT_TRANSLATE_NOOP("Domein", "Leerbaarheidstoets afgenomen"),
    QT_TRANSLATE_NOOP("Domein", "PIP-dagtekening"),
    QT_TRANSLATE_NOOP("Domein", "Start financieel ontzorgen"),
    QT_TRANSLATE_NOOP("Domein", "Vestiging in gemeente"),
    QT_TRANSLATE_NOOP("Domein", "PVT ondertekend"),
    QT_TRANSLATE_NOOP("Domein", "Laatste voortgangsgesprek"),
    QT_TRANSLATE_NOOP("Domein", "Asielstatushouder"),
    QT_TRANSLATE_NOOP("Domein", "Nareiziger"),
    QT_TRANSLATE_NOOP("Domein", "Gezinsmigrant"),
    QT_TRANSLATE_NOOP("Domein", "Overige migrant"),
    QT_TRANSLATE_NOOP("Domein", "Maatschappelijk begeleider"),
    QT_TRANSLATE_NOOP("Domein", "Taalschool"),
    QT_TRANSLATE_NOOP("Domein", "Participatiepartner"),
    QT_TRANSLATE_NOOP("Domein", "COA"),
    QT_TRANSLATE_NOOP("Domein", "Overig"),
    QT_TRANSLATE_NOOP("Domein", "gereed"),
    QT_TRANSLATE_NOOP("Domein", "verlopen"),
    QT_TRANSLATE_NOOP("Domein", "binnenkort"),
    QT_TRANSLATE_NOOP("Domein", "op tijd"),
    QT_TRANSLATE_NOOP("Domein", "onbekend"),
    QT_TRANSLATE_NOOP("Domein", "Leerbaarheidstoets"),
    QT_TRANSLATE_NOOP("Domein", "PIP vastgesteld"),
    QT_TRANSLATE_NOOP("Domein", "Einde inburgeringstermijn"),
    QT_TRANSLATE_NOOP("Domein", "Leerroute wijzigen kan tot"),
    QT_TRANSLATE_NOOP("Domein", "Financieel ontzorgen: evaluatie na 3 maanden"),
    QT_TRANSLATE_NOOP("Domein", "Financieel ontzorgen: minimaal tot"),
    QT_TRANSLATE_NOOP("Domein", "Volgend voortgangsgesprek"),
)


def domein_tr(tekst: str) -> str:
    """The label in the UI language (Dutch, the source, when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, tekst)
