"""Refusals from core and the services (`Ongeldig`, `GeenToegang`) in the UI language. Core says which rule, with which
values, as a Dutch template (Dutch is the source language); here the template is translated (context "Melding") and
the values are filled in, so an English UI says it in English. tests/test_ui_quality.py checks that every template
core and the services can refuse with is listed below, where lupdate finds it."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .domeinlabels import domein_tr

CONTEXT = "Melding"

SJABLONEN = (
    QT_TRANSLATE_NOOP("Melding", "'{aspect}' moet een score krijgen; dit instrument kent geen 'niet geobserveerd'."),
    QT_TRANSLATE_NOOP("Melding", "'{dagen}' is geen lesdag; kies uit {keuzes}."),
    QT_TRANSLATE_NOOP("Melding", "'{doelgroep}' bestaat niet; kies uit {keuzes}."),
    QT_TRANSLATE_NOOP("Melding", "'{instrument}' is niet geïnstalleerd."),
    QT_TRANSLATE_NOOP("Melding", "'{logo}' is geen PNG- of JPEG-bestand; kies een .png of .jpg."),
    QT_TRANSLATE_NOOP("Melding", "'{route}' bestaat niet; kies uit {keuzes}."),
    QT_TRANSLATE_NOOP("Melding", "'{taal}' is niet beschikbaar; kies uit {keuzes}."),
    QT_TRANSLATE_NOOP("Melding", "'{tekst}' is dubbelzinnig (dag/maand of maand/dag?); schrijf dag-maand-jaar met streepjes ({voorbeeld}) of jaar-maand-dag (1990-12-05)."),
    QT_TRANSLATE_NOOP("Melding", "'{tekst}' is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 01-03-2026."),
    QT_TRANSLATE_NOOP("Melding", "'{veld}' volgt uit het vaststellen en wordt niet met de hand gezet."),
    QT_TRANSLATE_NOOP("Melding", "'{waarde}' is geen datum; schrijf dag-maand-jaar."),
    QT_TRANSLATE_NOOP("Melding", "'{waarde}' is geen getal; vul een getal in."),
    QT_TRANSLATE_NOOP("Melding", "'{waarde}' is geen van de keuzes; kies uit {keuzes}."),
    QT_TRANSLATE_NOOP("Melding", "Alleen een consultant kan het advies overschrijven."),
    QT_TRANSLATE_NOOP("Melding", "Alleen een consultant schrijft de argumentatie."),
    QT_TRANSLATE_NOOP("Melding", "alleen een vastgesteld PIP krijgt een nieuwe versie; dit is nog een concept."),
    QT_TRANSLATE_NOOP("Melding", "aspect '{aspect}' staat niet in {instrument}."),
    QT_TRANSLATE_NOOP("Melding", "beschrijf de Module Arbeidsmarkt en Participatie (of waarom die vervalt)."),
    QT_TRANSLATE_NOOP("Melding", "beschrijf het participatieverklaringstraject."),
    QT_TRANSLATE_NOOP("Melding", "bevat een onzichtbaar stuurteken of regeleinde ({teken}); verwijder het en typ de tekst opnieuw."),
    QT_TRANSLATE_NOOP("Melding", "Concept-PIP: {fout}"),
    QT_TRANSLATE_NOOP("Melding", "cursist {cursist} zat op {datum} niet in groep '{groep}'."),
    QT_TRANSLATE_NOOP("Melding", "de einddatum ligt voor de begindatum."),
    QT_TRANSLATE_NOOP("Melding", "de groep van dit moment bestaat niet (meer)."),
    QT_TRANSLATE_NOOP("Melding", "de leerroute wijkt af van de leerbaarheidstoets; schrijf op waarom (het PIP is een beschikking)."),
    QT_TRANSLATE_NOOP("Melding", "De vertaling in '{taal}' is niet door een moedertaalspreker gecontroleerd ({aantal} teksten)."),
    QT_TRANSLATE_NOOP("Melding", "deze cursist zit al in groep '{groep}' (vanaf {van}, tot {tot}). Een cursist zit in één groep tegelijk: beëindig eerst die plaatsing."),
    QT_TRANSLATE_NOOP("Melding", "deze cursist zit al in groep '{groep}' (vanaf {van}, zonder einddatum). Een cursist zit in één groep tegelijk: beëindig eerst die plaatsing."),
    QT_TRANSLATE_NOOP("Melding", "deze groep bestaat niet (meer)."),
    QT_TRANSLATE_NOOP("Melding", "Deze groep heeft {aantal} cursisten; een startklas is bedoeld voor ten hoogste {max}. Observeren wordt dan minder nauwkeurig."),
    QT_TRANSLATE_NOOP("Melding", "Deze inburgeraar heeft nog geen contactpersonen; het drukwerk zegt dat ze nog volgen. Vul ze in bij de inburgeraar."),
    QT_TRANSLATE_NOOP("Melding", "dit veld toont alleen gegevens en kan niet ingevuld worden."),
    QT_TRANSLATE_NOOP("Melding", "duurt ten minste 6 maanden (seeds 002, 004); vul 6 of meer in."),
    QT_TRANSLATE_NOOP("Melding", "een verlenging verlengt de inburgeringstermijn, en die begint pas na de PIP-dagtekening; vul eerst de PIP-dagtekening in."),
    QT_TRANSLATE_NOOP("Melding", "Er is geen drukwerk in de taal '{taal}' van {naam}; het is in het Nederlands gemaakt. Kies met --lang een andere taal."),
    QT_TRANSLATE_NOOP("Melding", "er is nog geen concept PIP; stel het eerst op uit de brede intake."),
    QT_TRANSLATE_NOOP("Melding", "geef de groep een naam, bijvoorbeeld 'Startklas Dalfsen najaar'."),
    QT_TRANSLATE_NOOP("Melding", "geef de termijn in 'weken' of in 'maanden': één geheel getal van 1 tot 60."),
    QT_TRANSLATE_NOOP("Melding", "geeft een leeftijd boven 120 jaar; controleer het jaartal."),
    QT_TRANSLATE_NOOP("Melding", "Gemeenteconfiguratie {pad} niet te lezen ({reden}); het drukwerk heeft geen gemeentegegevens. Kies een geldig bestand."),
    QT_TRANSLATE_NOOP("Melding", "Gemeenteconfiguratie: {fout}"),
    QT_TRANSLATE_NOOP("Melding", "heeft 10 cijfers, dit zijn er {aantal}."),
    QT_TRANSLATE_NOOP("Melding", "heeft 9 cijfers, dit zijn er {aantal}."),
    QT_TRANSLATE_NOOP("Melding", "heeft een titel en tekst per taal nodig, met ten minste Nederlands ('nl')."),
    QT_TRANSLATE_NOOP("Melding", "heeft geen naam; vul 'naam' in."),
    QT_TRANSLATE_NOOP("Melding", "het bestand bevat geen object met gegevens van de gemeente."),
    QT_TRANSLATE_NOOP("Melding", "het bestand bevat geen object; het wordt opnieuw aangemaakt."),
    QT_TRANSLATE_NOOP("Melding", "het bestand {pad} bestaat niet; kies een bestaand bestand."),
    QT_TRANSLATE_NOOP("Melding", "het instrument '{instrument}' van groep '{groep}' is niet geïnstalleerd; kies een ander instrument of zet het bestand in forms/observatie/."),
    QT_TRANSLATE_NOOP("Melding", "is geen adres; schrijf bijvoorbeeld https://koers.gemeente.nl."),
    QT_TRANSLATE_NOOP("Melding", "is geen proxy-adres; schrijf bijvoorbeeld http://proxy.gemeente.nl:8080."),
    QT_TRANSLATE_NOOP("Melding", "kan niet uit alleen nullen bestaan."),
    QT_TRANSLATE_NOOP("Melding", "kies alleen uit {keuzes}."),
    QT_TRANSLATE_NOOP("Melding", "kies een cursist en een groep."),
    QT_TRANSLATE_NOOP("Melding", "kies een leerroute (bij eigen keuze: de geadviseerde route)."),
    QT_TRANSLATE_NOOP("Melding", "kies een score van 1 (acuut probleem) tot en met 5 (volledig zelfredzaam)."),
    QT_TRANSLATE_NOOP("Melding", "kies ja of nee."),
    QT_TRANSLATE_NOOP("Melding", "kies ten minste één lesdag."),
    QT_TRANSLATE_NOOP("Melding", "klopt niet (elfproef). Controleer de cijfers op het document."),
    QT_TRANSLATE_NOOP("Melding", "ligt niet na het einde van de inburgeringstermijn ({einde}); een verlenging valt daarna."),
    QT_TRANSLATE_NOOP("Melding", "vul de datum van het ontheffingsbesluit in, of maak omvang, grond en onderdelen leeg."),
    QT_TRANSLATE_NOOP("Melding", "kies volledig of gedeeltelijk."),
    QT_TRANSLATE_NOOP("Melding", "kies de grond van de ontheffing: medisch of bijzondere individuele omstandigheden."),
    QT_TRANSLATE_NOOP("Melding", "een gedeeltelijke ontheffing bestaat alleen op medische gronden (Wet inburgering 2021 art. 5 lid 1); bij bijzondere omstandigheden is zij volledig."),
    QT_TRANSLATE_NOOP("Melding", "noem de onderdelen waarvoor de ontheffing geldt, bijvoorbeeld 'lezen en schrijven'."),
    QT_TRANSLATE_NOOP("Melding", "ligt voor de geboortedatum."),
    QT_TRANSLATE_NOOP("Melding", "ligt voor de koppeling aan de gemeente; een PIP volgt op de koppeling. Controleer beide datums."),
    QT_TRANSLATE_NOOP("Melding", "ligt voor de start van de periode."),
    QT_TRANSLATE_NOOP("Melding", "Logo {pad} is geen PNG- of JPEG-afbeelding; het drukwerk heeft geen logo. Kies een ander bestand."),
    QT_TRANSLATE_NOOP("Melding", "Logo {pad} niet te lezen ({reden}); het drukwerk heeft geen logo."),
    QT_TRANSLATE_NOOP("Melding", "mag alleen cijfers bevatten."),
    QT_TRANSLATE_NOOP("Melding", "moet 1, 2, 3, 4, 6 of 12 maanden zijn (een vast aantal gesprekken per jaar)."),
    QT_TRANSLATE_NOOP("Melding", "moet een geheel getal van 1 tot 12 zijn."),
    QT_TRANSLATE_NOOP("Melding", "moet een geheel getal zijn."),
    QT_TRANSLATE_NOOP("Melding", "moet een getal zijn."),
    QT_TRANSLATE_NOOP("Melding", "moet een ja/nee-waarde (true of false) zijn."),
    QT_TRANSLATE_NOOP("Melding", "moet een lijst zijn, bijvoorbeeld {voorbeeld}."),
    QT_TRANSLATE_NOOP("Melding", "moet een lijst zijn."),
    QT_TRANSLATE_NOOP("Melding", "moet een object zijn met 'stap' en 'weken' of 'maanden'."),
    QT_TRANSLATE_NOOP("Melding", "moet een tekst zijn."),
    QT_TRANSLATE_NOOP("Melding", "moet met https:// beginnen: zonder TLS gaan persoonsgegevens onversleuteld over het netwerk."),
    QT_TRANSLATE_NOOP("Melding", "moet tussen 1 en 60 minuten liggen."),
    QT_TRANSLATE_NOOP("Melding", "noem ten minste één docent."),
    QT_TRANSLATE_NOOP("Melding", "nog niet gekozen; kies een leerroute (de leerbaarheidstoets of het startklas-advies helpt)."),
    QT_TRANSLATE_NOOP("Melding", "onbekende instelling; bekend zijn: {bekend}."),
    QT_TRANSLATE_NOOP("Melding", "onbekende velden {velden}; gebruik stap, weken, maanden en bron."),
    QT_TRANSLATE_NOOP("Melding", "onbekende velden {velden}; gebruik {bekend}."),
    QT_TRANSLATE_NOOP("Melding", "PIP versie {versie}: {fout}"),
    QT_TRANSLATE_NOOP("Melding", "schrijf op waarom deze versie de vorige vervangt."),
    QT_TRANSLATE_NOOP("Melding", "schrijf op waarom er een nieuwe beschikking komt (bijvoorbeeld een andere leerroute)."),
    QT_TRANSLATE_NOOP("Melding", "schrijf op waarom u van het advies afwijkt; dat is verplicht en wordt vastgelegd."),
    QT_TRANSLATE_NOOP("Melding", "stap '{stap}' bestaat niet; kies uit {keuzes}."),
    QT_TRANSLATE_NOOP("Melding", "Tekens zonder lettertype (worden als vakjes gedrukt): {tekens}"),
    QT_TRANSLATE_NOOP("Melding", "ten minste één per jaar."),
    QT_TRANSLATE_NOOP("Melding", "versie {versie} is al vastgesteld; maak een nieuwe versie om iets te wijzigen."),
    QT_TRANSLATE_NOOP("Melding", "versie {versie} is vastgesteld (een beschikking) en verandert niet meer. Kies 'Nieuwe versie' en schrijf de reden op; die versie stelt u daarna vast."),
    QT_TRANSLATE_NOOP("Melding", "verwacht een getal."),
    QT_TRANSLATE_NOOP("Melding", "verwacht een lijst van rijen."),
    QT_TRANSLATE_NOOP("Melding", "verwacht tekst."),
    QT_TRANSLATE_NOOP("Melding", "vul de dagtekening van de beschikking in."),
    QT_TRANSLATE_NOOP("Melding", "vul de datum in vanaf wanneer de cursist in de groep zit."),
    QT_TRANSLATE_NOOP("Melding", "vul de datum van het observatiemoment in."),
    QT_TRANSLATE_NOOP("Melding", "vul de naam van de gemeente in (bijvoorbeeld 'Gemeente Huizen')."),
    QT_TRANSLATE_NOOP("Melding", "vul de startdatum van de groep in."),
    QT_TRANSLATE_NOOP("Melding", "vul ten minste een voornaam of achternaam in."),
    QT_TRANSLATE_NOOP("Melding", "{aantal} tekst(en) ontbreken en staan er in het Nederlands: {namen}."),
    QT_TRANSLATE_NOOP("Melding", "{datum} ligt in de toekomst; observeer eerst, scoor daarna."),
    QT_TRANSLATE_NOOP("Melding", "{datum} ligt in de toekomst; vul een datum in die al geweest is."),
    QT_TRANSLATE_NOOP("Melding", "{datum} ligt voor de koppeling aan de gemeente ({koppeling}); een PIP volgt op de koppeling. Controleer de datum."),
    QT_TRANSLATE_NOOP("Melding", "{datum} ligt voor de start van groep '{groep}' ({start})."),
    QT_TRANSLATE_NOOP("Melding", "{waarde} kan niet; vul een getal van {van} tot en met {tot} in."),
    QT_TRANSLATE_NOOP("Melding", "{wat} staat niet op een docent-installatie: die gegevens zijn alleen voor de klantmanager."),
)


def tekst(fout: Exception | str) -> str:
    """The message of a refusal or a `Bericht` in the UI language (without the field); any other error or text as it
    says itself."""
    sjabloon = getattr(fout, "sjabloon", None)
    if sjabloon is None:
        return str(fout)
    vertaald = QCoreApplication.translate(CONTEXT, sjabloon)
    waarden = getattr(fout, "waarden", {})
    # a value may be a domain word ("Het PIP") or a refusal of its own: shown translated too; names and numbers stay
    return vertaald.format(**{k: _waarde(v) for k, v in waarden.items()}) if waarden else vertaald


def _waarde(waarde):
    if hasattr(waarde, "sjabloon"):
        return melding(waarde)
    return domein_tr(waarde) if isinstance(waarde, str) else waarde


def melding(fout: Exception) -> str:
    """"Field: message" in the UI language; every reason of a refusal with several, one per line."""
    fouten = getattr(fout, "fouten", None)
    if fouten:
        return "\n".join(melding(f) for f in fouten)
    veld = getattr(fout, "veld", "")
    return f"{domein_tr(veld)}: {tekst(fout)}" if veld else tekst(fout)
